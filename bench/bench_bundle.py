"""Times an evidence bundle of large exhibits against reading them back, and its peak memory.

Run: `.venv/bin/python bench/bench_bundle.py [--size-mib N] [--files F] [--rounds R]` (N
defaults to 1024 MiB in F = 8 files, best of R = 3 rounds; `--size-mib 64` is a quick check).
It prints a table and always exits 0: a report, not a test.

Untimed set-up, in one temporary folder that is removed at the end: a notebook (test-only KDF)
with one case and F exhibits of random bytes, N MiB in all, imported with `import_evidence`
from files written 1 MiB at a time (each source is deleted once imported). The blobs were just
written, so every side below reads them from the page cache.

- bare: `stream_evidence` of every exhibit into a sink that discards the bytes. This is the
  baseline: the least a bundle must do with each exhibit is decrypt it and check it against its
  recorded SHA-256 and SHA-512, which is exactly this, with nothing written and no custody event.
- ours: `build_bundle(notebook, case_id, out, BundleOptions(actor="bench"))`, the whole build
  as `casenotebook export bundle` runs it: reading the case, the index, the chronology and the
  schedule, every exhibit decrypted into a stored zip entry (which adds a CRC-32 and the write),
  the tag files and the signature, the fsync, and the custody events. Its speed is exhibit bytes
  over the whole time. Goal: ours >= 0.7x the bare speed. Each round times bare then ours, and
  the best of each is kept, so noise on a shared machine falls on both alike.
- memory: one more build in a fresh child process that has already imported the modules and
  opened the notebook. It reads its peak RSS (VmHWM on Linux, else `ru_maxrss`) before and
  after the call: the difference is the build's peak extra memory. Goal: < 100 MiB, whatever
  the exhibits' size.
- context, not a goal: a bare `zipfile` writing as many bytes (one random 1 MiB chunk over and
  over) into one stored entry and fsyncing it, the part of a bundle the baseline does not do.
  Done after the baseline, in turn rather than alongside it, the two would reach the ratio
  printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    MIB,
    Timing,
    file_sizes_mib,
    no_room_for,
    peak_rss_bytes,
    record_figure,
    say,
    timed,
    write_random_file,
)
from bench.goals import GOALS
from notebook import Notebook
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.export.bundle import BundleOptions, build_bundle
from notebook.model import Case, Evidence

CHUNK = MIB
RATIO_GOAL = GOALS["bundle.build"].value
MEMORY_GOAL_MIB = GOALS["bundle.memory"].value
PASSPHRASE = "benchmark passphrase, not a secret"
CHILD_FLAG = "--child-bundle"
# Sources and blobs, then blobs and the zip, are on disk together: twice the exhibits, and
# some room for the notebook and the documents.
SPARE_BYTES = 256 * MIB


class Discard:
    """A writer that keeps nothing: what the baseline streams into."""

    def write(self, data: bytes) -> int:
        return len(data)


# -- set-up -----------------------------------------------------------------------------------


def fill(notebook: Notebook, scratch: Path, sizes: list[int], say: Callable[[str], None]) -> str:
    """One case with an exhibit of random bytes for each size; the case's id."""
    case = notebook.add(Case(title="Benchmark case", reference="BB-1", exhibit_prefix="BB"))
    for number, size_mib in enumerate(sizes, start=1):
        say(f"exhibit {number} of {len(sizes)}: {size_mib:,} MiB ...")
        source = scratch / f"exhibit-{number}.bin"
        write_random_file(source, size_mib)
        notebook.import_evidence(
            source, Evidence(case_id=case.id, title=f"Exhibit {number}"), actor="bench"
        )
        source.unlink()
    return case.id


# -- the two sides ----------------------------------------------------------------------------


def read_back(notebook: Notebook, record_ids: list[str]) -> Callable[[], None]:
    def work() -> None:
        sink = Discard()
        for record_id in record_ids:
            notebook.stream_evidence(record_id, sink)  # type: ignore[arg-type]

    return work


def bundle(notebook: Notebook, case_id: str, out: Path) -> Callable[[], None]:
    def work() -> None:
        build_bundle(notebook, case_id, out, BundleOptions(actor="bench"))

    return work


def bare_zip(path: Path, size: int) -> float:
    """Seconds for zipfile to write `size` bytes into one stored entry, fsynced."""
    chunk = os.urandom(CHUNK)

    def work() -> None:
        with open(path, "wb") as stream:
            with zipfile.ZipFile(stream, "w", allowZip64=True) as archive:
                info = zipfile.ZipInfo("exhibit.bin")
                with archive.open(info, "w", force_zip64=True) as target:
                    for _ in range(size // CHUNK):
                        target.write(chunk)
                    target.write(chunk[: size % CHUNK])
            stream.flush()
            os.fsync(stream.fileno())

    try:
        return timed(work)
    finally:
        path.unlink(missing_ok=True)


def stored_size(notebook: Notebook, record_id: str) -> int:
    stored = notebook.evidence_file(record_id)
    assert stored is not None
    return stored.size


def exhibit_bytes_in(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
    return sum(info.file_size for info in entries if "/data/exhibits/" in info.filename)


# -- memory, in a fresh process ---------------------------------------------------------------


def child_bundle(folder: str, case_id: str, out: str) -> int:
    """In the child: open, note the peak RSS, build once, note it again; print JSON."""
    with Notebook.open(folder, PASSPHRASE) as notebook:
        before = peak_rss_bytes()
        seconds = timed(bundle(notebook, case_id, Path(out)))
        after = peak_rss_bytes()
    Path(out).unlink(missing_ok=True)
    print(json.dumps({"seconds": seconds, "rss_before": before, "rss_after": after}))
    return 0


def in_child(folder: Path, case_id: str, out: Path) -> dict[str, Any]:
    script = str(Path(__file__).resolve())
    done = subprocess.run(
        [sys.executable, script, CHILD_FLAG, str(folder), case_id, str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the bundling child failed ({done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the run ----------------------------------------------------------------------------------


def line(title: str, timing: Timing, ratio: str = "", goal: str = "", verdict: str = "") -> str:
    return (
        f"{title:<40} {timing.seconds:>7.2f} s {timing.mib_per_second:>8.0f}"
        f" {ratio:>7} {goal:>7}  {verdict}"
    ).rstrip()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [CHILD_FLAG]:
        return child_bundle(*argv[1:4])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024, metavar="N")
    parser.add_argument("--files", type=int, default=8, metavar="F")
    parser.add_argument("--rounds", type=int, default=3, metavar="R")
    options = parser.parse_args(argv)
    size_mib = max(1, options.size_mib)
    sizes = file_sizes_mib(size_mib, min(max(1, options.files), size_mib))
    rounds = max(1, options.rounds)

    title = (
        f"Case Notebook evidence bundle against reading the exhibits back: {size_mib:,} MiB in "
        f"{len(sizes)} exhibits, {os.cpu_count()} cores, best of {rounds}"
    )
    refusal = no_room_for(2 * size_mib * MIB + SPARE_BYTES)
    if refusal:
        print(title)
        print(refusal)
        return 0

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as scratch:
        folder = Path(scratch) / "bench.casenotebook"
        out = Path(scratch) / "b.zip"
        notebook = Notebook.create(
            folder, PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
        )
        try:
            case_id = fill(notebook, Path(scratch), sizes, say)
            record_ids = [
                row["id"]
                for row in notebook.db.query(
                    "SELECT r.id FROM evidence_files f JOIN records r ON r.num = f.num"
                    " ORDER BY f.num"
                )
            ]
            exhibits = sum(stored_size(notebook, record_id) for record_id in record_ids)
            bare_best = ours_best = float("inf")
            zip_size = zipped_exhibits = 0
            for number in range(1, rounds + 1):
                say(f"round {number} of {rounds}: bare read-back, then the bundle ...")
                bare_best = min(bare_best, timed(read_back(notebook, record_ids)))
                ours_best = min(ours_best, timed(bundle(notebook, case_id, out)))
                zip_size, zipped_exhibits = out.stat().st_size, exhibit_bytes_in(out)
                out.unlink()
            say("context: bare zipfile write + fsync ...")
            zip_only = bare_zip(Path(scratch) / "bare.zip", exhibits)
        finally:
            notebook.close()
        say("memory: the bundle in a fresh process ...")
        try:
            child, failure = in_child(folder, case_id, out), ""
        except (RuntimeError, ValueError) as error:
            child, failure = {}, str(error)

    bare = Timing(seconds=bare_best, size=exhibits)
    ours = Timing(seconds=ours_best, size=exhibits)
    zipping = Timing(seconds=zip_only, size=exhibits)
    ratio = ours.mib_per_second / bare.mib_per_second
    in_turn = bare.seconds / (bare.seconds + zipping.seconds)
    print(title)
    print(f"{'operation':<40} {'time':>9} {'MiB/s':>8} {'ratio':>7} {'goal':>7}  verdict")
    print(line("bare: stream_evidence into a discard", bare, "1.00x"))
    verdict = "met" if ratio >= RATIO_GOAL else "NOT met"
    print(line("ours: build_bundle", ours, f"{ratio:.2f}x", f">={RATIO_GOAL}x", verdict))
    record_figure(
        "bundle.build",
        what=f"build_bundle, {size_mib:,} MiB in {len(sizes)} exhibits",
        ours=ours.mib_per_second,
        unit="MiB/s",
        bare=bare.mib_per_second,
        bare_what="stream_evidence of every exhibit into a discard",
        ratio=ratio,
        ratio_of="speed",
    )
    print("context (the part of a bundle the baseline does not do):")
    print(line("  bare zipfile stored entry + fsync", zipping, f"{in_turn:.2f}x"))
    record_figure(
        "bundle.zip",
        what="bare zipfile stored entry + fsync (ratio: read-back then zip, in turn)",
        ours=zipping.mib_per_second,
        unit="MiB/s",
        bare=bare.mib_per_second,
        bare_what="stream_evidence of every exhibit into a discard",
        ratio=in_turn,
        ratio_of="speed",
    )
    print("(ratio: speed over the bare read-back's; beside the context, bare then zip in turn)")
    print()
    if child and child["rss_before"] is not None:
        extra = (child["rss_after"] - child["rss_before"]) / MIB
        verdict = "met" if extra < MEMORY_GOAL_MIB else "NOT met"
        print(
            f"peak extra memory of the bundle: {extra:.1f} MiB (goal < {MEMORY_GOAL_MIB} MiB:"
            f" {verdict}); the child's peak RSS {child['rss_after'] / MIB:.1f} MiB"
        )
        record_figure(
            "bundle.memory",
            what=f"peak extra memory of a bundle of {size_mib:,} MiB",
            ours=extra,
            unit="MiB",
        )
    elif child:
        print("peak extra memory of the bundle: not measurable on this system")
    if failure:
        print(failure)
    print(f"zip size: {zip_size / MIB:,.1f} MiB for {exhibits / MIB:,.1f} MiB of exhibits")
    print(f"exhibit bytes in the zip equal the notebook's: {zipped_exhibits == exhibits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
