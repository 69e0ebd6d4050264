"""What the benchmarks share: timing, best-of rounds, random files, and a process's peak memory."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no peak RSS to read
    resource = None  # type: ignore[assignment]

MIB = 1024 * 1024


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
