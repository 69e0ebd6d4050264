"""What the benchmarks share: timing, best-of rounds, random files, and a process's peak memory."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no peak RSS to read
    resource = None  # type: ignore[assignment]

MIB = 1024 * 1024
# When set, the file each benchmark appends its figures to, one JSON object a line, for
# bench/report.py; unset (a benchmark run by hand), nothing is written.
FIGURES_ENV = "CASENOTEBOOK_BENCH_FIGURES"


@dataclass(frozen=True, kw_only=True)
class Timing:
    seconds: float
    size: int  # bytes handled in that time

    @property
    def mib_per_second(self) -> float:
        return self.size / MIB / self.seconds if self.seconds else float("inf")


def timed(work: Callable[[], object]) -> float:
    """Seconds `work` took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The fastest of `rounds` runs, in seconds: the one least disturbed by the machine."""
    return min(timed(work) for _ in range(rounds))


def file_sizes_mib(size_mib: int, files: int) -> list[int]:
    """N MiB shared over the files as evenly as whole MiB allow."""
    each, extra = divmod(size_mib, files)
    return [each + (1 if number < extra else 0) for number in range(files)]


def write_random_file(path: Path, size_mib: int) -> None:
    """Random bytes, a MiB at a time, so a large file never sits in memory."""
    with open(path, "wb") as writer:
        for _ in range(size_mib):
            writer.write(os.urandom(MIB))


def peak_rss_bytes() -> int | None:
    """This process's peak RSS. On Linux, VmHWM: `ru_maxrss` of a child starts at its parent's
    RSS when it forked, so a child's own peak hid under a large parent's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for row in status:
                if row.startswith("VmHWM:"):
                    return int(row.split()[1]) * 1024  # in kB
    except OSError:
        pass
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux counts KiB


def no_room_for(needed: int) -> str | None:
    """Why a run that writes `needed` bytes to the temporary folder cannot start; None if it
    can. A full disk would fail the run halfway and leave the machine short of space."""
    folder = tempfile.gettempdir()
    free = shutil.disk_usage(folder).free
    if free >= needed:
        return None
    return (
        f"not run: {folder} has {free / MIB:,.0f} MiB free and the run needs about "
        f"{needed / MIB:,.0f} MiB (set TMPDIR to a roomier disk, or lower --size-mib)"
    )


@dataclass(frozen=True, kw_only=True)
class CaseSize:
    """What a benchmark fills its notebook with, and how many rounds it times."""

    size_mib: int
    sizes: list[int]  # MiB of each evidence file
    incidents: int
    rounds: int


def case_size(
    argv: list[str], description: str, *, size_mib: int, incidents: int | None = None
) -> CaseSize:
    """--size-mib N --files F [--incidents I] --rounds R, read and kept in range."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=size_mib, metavar="N")
    parser.add_argument("--files", type=int, default=8, metavar="F")
    if incidents is not None:
        parser.add_argument("--incidents", type=int, default=incidents, metavar="I")
    parser.add_argument("--rounds", type=int, default=3, metavar="R")
    options = parser.parse_args(argv)
    size = max(1, options.size_mib)
    return CaseSize(
        size_mib=size,
        sizes=file_sizes_mib(size, min(max(1, options.files), size)),
        incidents=max(0, getattr(options, "incidents", 0)),
        rounds=max(1, options.rounds),
    )


def record_figure(
    figure: str,
    *,
    what: str,
    ours: float,
    unit: str,
    bare: float | None = None,
    bare_what: str = "",
    ratio: float | None = None,
    ratio_of: str = "",
) -> None:
    """Hand one figure to the report (bench/report.py), beside the table a benchmark prints.

    `figure` names it in bench/goals.py ("store.insert"); `ours` and `bare` are in `unit`
    ("s", "ms", "MiB/s", "MiB"); `ratio` is the one the benchmark prints, of times or of
    speeds as `ratio_of` says. Appends a JSON line to the file named by $CASENOTEBOOK_BENCH_FIGURES;
    does nothing when it is unset, so a benchmark run by hand prints its table and no more.
    """
    path = os.environ.get(FIGURES_ENV)
    if not path:
        return
    row = {
        "figure": figure,
        "what": what,
        "ours": ours,
        "unit": unit,
        "bare": bare,
        "bare_what": bare_what,
        "ratio": ratio,
        "ratio_of": ratio_of,
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def say(text: str) -> None:
    """A step of the untimed set-up, on stderr: stdout holds only the report."""
    print(text, file=sys.stderr, flush=True)
