"""Times sending and receiving a case package against copying the notebook folder, same run.

Run: `.venv/bin/python bench/bench_package.py [--size-mib N] [--files F] [--incidents I]
[--rounds R]` (N defaults to 256 MiB of evidence in F = 8 files, with I = 1,000 incidents, best
of R = 3 rounds; `--size-mib 16` is a quick check). It prints a table and always exits 0: a
report, not a test.

Untimed set-up, in one temporary folder removed at the end: a sender notebook (test-only KDF)
with one case of I incidents and F evidence files of random bytes, N MiB in all, and an empty
recipient notebook. Everything below reads from the page cache.

- bare: `shutil.copytree` of the sender's notebook folder: the least it costs to move the
  case's bytes (already encrypted) from one place to another, with no checking at all.
- send: `Notebook.send_case` unredacted, as `casenotebook send --no-redact` runs it: every
  record read, every evidence file decrypted and checked against its hashes, the whole sealed
  to the recipient, signed, flushed and renamed into place, and the custody logged.
- receive: `Notebook.receive_package` into a fresh copy of the empty recipient, as `casenotebook
  receive` runs it: every chunk opened, every record checked and stored, every evidence file
  hashed twice (SHA-256 and SHA-512) and encrypted again under its own key, the signature
  checked, one transaction committed. A dry run (checks only, nothing stored) is context.
  Speed is the evidence bytes over the time; the ratio is ours over bare (1.00x would be as fast
  as the copy). Each round times bare, send, then receive; the best of each is kept.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import astuple
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_backup import fill, folder_bytes, line
from bench.common import MIB, Timing, case_size, no_room_for, record_figure, say, timed
from notebook import Notebook
from notebook.crypto import WEAK_KDF_FOR_TESTS

PASSPHRASE = "benchmark passphrase, not a secret"
# The sender, its copy, the package and the recipient are on disk together.
COPIES = 4
SPARE_BYTES = 128 * MIB


def main(argv: list[str] | None = None) -> int:
    size_mib, sizes, incidents, rounds = astuple(
        case_size(sys.argv[1:] if argv is None else argv, __doc__, size_mib=256, incidents=1000)
    )

    title = (
        f"Case Notebook case packages against shutil.copytree of the notebook folder: "
        f"{size_mib:,} MiB of evidence in {len(sizes)} files and {incidents:,} incidents, "
        f"{os.cpu_count()} cores, best of {rounds}"
    )
    refusal = no_room_for(COPIES * size_mib * MIB + SPARE_BYTES)
    if refusal:
        print(title)
        print(refusal)
        return 0

    with tempfile.TemporaryDirectory(prefix="bench-package-") as scratch_name:
        scratch = Path(scratch_name)
        sender_folder, empty = scratch / "sender.casenotebook", scratch / "empty.casenotebook"
        copy, package = scratch / "copy", scratch / "case.cnpkg"
        Notebook.create(
            empty, PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
        ).close()
        with Notebook.open(empty, PASSPHRASE, writable=False) as recipient:
            to = recipient.identity()
        sender = Notebook.create(
            sender_folder, PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
        )
        try:
            fill(sender, scratch, sizes, incidents, say)
            case_id = sender.cases()[0].id
            size = folder_bytes(sender_folder)
            bare_best = send_best = receive_best = check_best = float("inf")
            records = 0
            sound = False
            for number in range(1, rounds + 1):
                say(f"round {number} of {rounds}: copytree, send, receive ...")
                bare_best = min(bare_best, timed(lambda: shutil.copytree(sender_folder, copy)))
                shutil.rmtree(copy)
                send_best = min(
                    send_best,
                    timed(
                        lambda: sender.send_case(
                            case_id, to, package, actor="bench", redact=False, force=True
                        )
                    ),
                )
                target = scratch / f"recipient-{number}.casenotebook"
                shutil.copytree(empty, target)
                with Notebook.open(target, PASSPHRASE) as recipient:
                    check_best = min(
                        check_best,
                        timed(
                            lambda: recipient.receive_package(package, actor="bench", dry_run=True)
                        ),
                    )
                    receive_best = min(
                        receive_best,
                        timed(lambda: recipient.receive_package(package, actor="bench")),
                    )
                    records = recipient.count()
                    if number == rounds:
                        sound = recipient.verify().sound
                shutil.rmtree(target)
            package_bytes = package.stat().st_size
        finally:
            sender.close()

    bare = Timing(seconds=bare_best, size=size)
    print(title)
    print(f"{'operation':<44} {'time':>9} {'MiB/s':>8} {'ratio':>7}")
    print(line("bare: shutil.copytree of the folder", bare, "1.00x"))
    for figure, name, seconds in (
        ("package.send", "ours: send (Notebook.send_case)", send_best),
        ("package.receive", "ours: receive (Notebook.receive_package)", receive_best),
        ("package.dry_run", "  context: receive --dry-run (checks only)", check_best),
    ):
        timing = Timing(seconds=seconds, size=size)
        print(line(name, timing, f"{timing.mib_per_second / bare.mib_per_second:.2f}x"))
        record_figure(
            figure,
            what=f"{name.strip().removeprefix('ours: ').removeprefix('context: ')}, "
            f"{size_mib:,} MiB of evidence, {incidents:,} incidents",
            ours=timing.mib_per_second,
            unit="MiB/s",
            bare=bare.mib_per_second,
            bare_what=f"shutil.copytree of the {size / MIB:,.0f} MiB folder",
            ratio=timing.mib_per_second / bare.mib_per_second,
            ratio_of="speed",
        )
    print()
    print(f"notebook folder: {size / MIB:,.1f} MiB; package file: {package_bytes / MIB:,.1f} MiB")
    print(f"records received: {records:,}; the recipient passes verify: {sound}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
