"""Times a backup of a notebook against copying its folder with shutil.copytree, same run.

Run: `.venv/bin/python bench/bench_backup.py [--size-mib N] [--files F] [--incidents I]
[--rounds R]` (N defaults to 256 MiB of evidence in F = 8 files, with I = 1,000 incidents, best
of R = 3 rounds; `--size-mib 16` is a quick check). It prints a table and always exits 0: a
report, not a test.

Untimed set-up, in one temporary folder that is removed at the end: a notebook (test-only KDF)
with one case, I incidents and F evidence files of random bytes, N MiB in all, imported from
files written 1 MiB at a time (each source deleted once imported). The notebook stays open, as
the desktop program keeps it while it backs up. Everything below reads from the page cache.

- bare: `shutil.copytree` of the notebook folder to a new folder beside it. This is the
  baseline the issue names: the least a copy of the notebook costs. It encrypts nothing (the
  files are encrypted already), fsyncs nothing, and the kernel copies the bytes itself.
- ours: `Notebook.backup(out)` as `casenotebook backup` runs it: a consistent copy of the
  database, a check of every page of it, every blob the snapshot references sealed again into
  one stream, and the file flushed to the disk and renamed into place.
  Speed is the notebook folder's bytes over the time; the ratio is ours over bare (higher is
  better; 1.00x would be as fast as the copy). Each round times bare then ours, and the best of
  each is kept, so noise on a shared machine falls on both alike.
- context, not goals: copytree followed by an fsync of every copied file (what it would cost
  the copy to be on the disk when it returns, as a backup is); `verify_backup` of the backup
  (decrypt everything and re-hash every evidence file: SHA-512 is its ceiling); `restore` of it
  into a new folder (decrypt, write, fsync, open and check).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import astuple
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    MIB,
    Timing,
    case_size,
    no_room_for,
    record_figure,
    say,
    timed,
    write_random_file,
)
from notebook import Notebook
from notebook.backup import restore, verify_backup
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.model import Case, Evidence, Incident

PASSPHRASE = "benchmark passphrase, not a secret"
# The notebook, its copy, the backup and the restored notebook are on disk together.
COPIES = 4
SPARE_BYTES = 128 * MIB


def fill(
    notebook: Notebook, scratch: Path, sizes: list[int], incidents: int, say: Callable[[str], None]
) -> None:
    case = notebook.add(Case(title="Benchmark case", reference="BK-1"))
    say(f"{incidents:,} incidents ...")
    with notebook.transaction():
        for number in range(incidents):
            notebook.add(
                Incident(
                    case_id=case.id,
                    title=f"Incident {number}",
                    date=f"20{10 + number % 14}-{1 + number % 12:02d}",
                    description="A paragraph of what happened, as a witness told it. " * 4,
                )
            )
    for number, size_mib in enumerate(sizes, start=1):
        say(f"evidence file {number} of {len(sizes)}: {size_mib:,} MiB ...")
        source = scratch / f"file-{number}.bin"
        write_random_file(source, size_mib)
        notebook.import_evidence(
            source, Evidence(case_id=case.id, title=f"File {number}"), actor="bench"
        )
        source.unlink()


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def copy_and_sync(source: Path, target: Path) -> None:
    shutil.copytree(source, target)
    for path in target.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def line(title: str, timing: Timing, ratio: str = "") -> str:
    return (
        f"{title:<44} {timing.seconds:>7.2f} s {timing.mib_per_second:>8.0f} {ratio:>7}"
    ).rstrip()


def main(argv: list[str] | None = None) -> int:
    size_mib, sizes, incidents, rounds = astuple(
        case_size(sys.argv[1:] if argv is None else argv, __doc__, size_mib=256, incidents=1000)
    )

    title = (
        f"Case Notebook backup against shutil.copytree of the notebook folder: {size_mib:,} MiB "
        f"of evidence in {len(sizes)} files and {incidents:,} incidents, {os.cpu_count()} cores, "
        f"best of {rounds}"
    )
    refusal = no_room_for(COPIES * size_mib * MIB + SPARE_BYTES)
    if refusal:
        print(title)
        print(refusal)
        return 0

    with tempfile.TemporaryDirectory(prefix="bench-backup-") as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "bench.casenotebook"
        copy, out, restored = scratch / "copy", scratch / "backup", scratch / "restored"
        notebook = Notebook.create(
            folder, PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
        )
        try:
            fill(notebook, scratch, sizes, incidents, say)
            size = folder_bytes(folder)
            bare_best = ours_best = float("inf")
            backup_bytes = 0
            for number in range(1, rounds + 1):
                say(f"round {number} of {rounds}: copytree, then the backup ...")
                bare_best = min(bare_best, timed(lambda: shutil.copytree(folder, copy)))
                shutil.rmtree(copy)
                out.unlink(missing_ok=True)
                ours_best = min(ours_best, timed(lambda: notebook.backup(out)))
                backup_bytes = out.stat().st_size
            say("context: copytree with an fsync of every file ...")
            synced = timed(lambda: copy_and_sync(folder, copy))
            shutil.rmtree(copy)
        finally:
            notebook.close()
        say("context: verify_backup, then restore ...")
        checked = []
        verifying = timed(lambda: checked.append(verify_backup(out, PASSPHRASE)))
        done = []
        restoring = timed(lambda: done.append(restore(out, PASSPHRASE, restored)))
        with Notebook.open(restored, PASSPHRASE, writable=False) as reopened:
            sound = reopened.verify().sound

    bare = Timing(seconds=bare_best, size=size)
    ours = Timing(seconds=ours_best, size=size)
    ratio = ours.mib_per_second / bare.mib_per_second
    print(title)
    print(f"{'operation':<44} {'time':>9} {'MiB/s':>8} {'ratio':>7}")
    print(line("bare: shutil.copytree of the folder", bare, "1.00x"))
    print(line("ours: Notebook.backup", ours, f"{ratio:.2f}x"))
    print("context (ratio: speed over the bare copytree's):")
    copied = f"shutil.copytree of the {size / MIB:,.0f} MiB folder"
    record_figure(
        "backup.backup",
        what=f"Notebook.backup, {size_mib:,} MiB of evidence, {incidents:,} incidents",
        ours=ours.mib_per_second,
        unit="MiB/s",
        bare=bare.mib_per_second,
        bare_what=copied,
        ratio=ratio,
        ratio_of="speed",
    )
    for figure, name, seconds in (
        ("backup.copy_fsync", "  copytree + fsync of every file", synced),
        ("backup.verify", "  verify_backup (decrypt, re-hash)", verifying),
        ("backup.restore", "  restore (decrypt, write, fsync, check)", restoring),
    ):
        timing = Timing(seconds=seconds, size=size)
        print(line(name, timing, f"{timing.mib_per_second / bare.mib_per_second:.2f}x"))
        record_figure(
            figure,
            what=name.strip(),
            ours=timing.mib_per_second,
            unit="MiB/s",
            bare=bare.mib_per_second,
            bare_what=copied,
            ratio=timing.mib_per_second / bare.mib_per_second,
            ratio_of="speed",
        )
    print()
    print(f"notebook folder: {size / MIB:,.1f} MiB; backup file: {backup_bytes / MIB:,.1f} MiB")
    print(f"the backup verifies: {checked[0].sound}; the restored notebook passes verify: {sound}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
