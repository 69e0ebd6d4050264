"""Times evidence import against bare SHA-256 over the same file, and measures its peak memory.

Run: `.venv/bin/python bench/bench_evidence.py [--size-mib N]` (N defaults to 1024;
`--size-mib 64` is a quick check of a few seconds). It prints a table and always exits 0:
a report, not a test.

Untimed set-up, in one temporary folder that is removed at the end: a file of N MiB of random
bytes, and a notebook (test-only KDF) with one case. The file was just written, so every
side below reads it from the page cache.

- bare SHA-256: `hashlib.sha256` over the file read in 1 MiB chunks. This is the baseline:
  the least any import must do is read the file and hash it once. Goal: ours >= 0.7x of it.
- ours: `nb.import_evidence(path, Evidence(case_id=..., title=...), actor="bench")`, run in a
  fresh child process that has already imported the modules and opened the notebook. It reads
  the file once, computes SHA-256 and SHA-512 (the latter on a second thread), seals 1 MiB
  chunks with AES-256-GCM, writes and fsyncs the sealed copy, then commits the row. The child
  reads its peak RSS (VmHWM on Linux, else `ru_maxrss`) before and after the call: the
  difference is the peak extra memory of the import. Goal: < 100 MiB, whatever its size.
- context, not goals: bare SHA-512, bare AES-256-GCM over 1 MiB chunks, and a bare copy of the
  file written and fsynced in 1 MiB chunks: each is one part of ours, and the slowest of them
  is the most a single pass can reach. SHA-512 is about three times slower than SHA-256 on this
  machine, so while an import computes it the ratio cannot reach much more than a third.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import notebook
import notebook.crypto
from bench.common import MIB, Timing, peak_rss_bytes, record_figure, say, write_random_file
from bench.goals import GOALS
from notebook.model import Case, Evidence

CHUNK = MIB
RATIO_GOAL = GOALS["evidence.import"].value
MEMORY_GOAL_MIB = GOALS["evidence.memory"].value
PASSPHRASE = "benchmark passphrase, not a secret"
CHILD_FLAG = "--child-import"

# -- bare work on the same file -------------------------------------------------------------


def chunks(path: Path) -> Any:
    with open(path, "rb") as reader:
        while chunk := reader.read(CHUNK):
            yield chunk


def timed(work: Callable[[], int]) -> Timing:
    started = time.perf_counter()
    size = work()
    return Timing(seconds=time.perf_counter() - started, size=size)


def bare_hash(path: Path, name: str) -> tuple[Timing, str]:
    digest = hashlib.new(name)

    def work() -> int:
        size = 0
        for chunk in chunks(path):
            digest.update(chunk)
            size += len(chunk)
        return size

    return timed(work), digest.hexdigest()


def bare_aes_gcm(path: Path) -> Timing:
    aead = AESGCM(os.urandom(32))

    def work() -> int:
        size = 0
        for counter, chunk in enumerate(chunks(path)):
            aead.encrypt(counter.to_bytes(12, "big"), chunk, None)
            size += len(chunk)
        return size

    return timed(work)


def bare_write(path: Path, copy: Path) -> Timing:
    def work() -> int:
        size = 0
        with open(copy, "wb") as writer:
            for chunk in chunks(path):
                writer.write(chunk)
                size += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        return size

    try:
        return timed(work)
    finally:
        copy.unlink(missing_ok=True)


# -- ours, in a fresh process -----------------------------------------------------------------


def child_import(folder: str, source: str, case_id: str) -> int:
    """In the child: open, note the peak RSS, import once, note it again; print JSON."""
    with notebook.Notebook.open(folder, PASSPHRASE) as nb:
        before = peak_rss_bytes()
        started = time.perf_counter()
        record = nb.import_evidence(
            source, Evidence(case_id=case_id, title="Benchmark file"), actor="bench"
        )
        seconds = time.perf_counter() - started
        after = peak_rss_bytes()
        stored = nb.evidence_file(record.id)
        assert stored is not None
        print(
            json.dumps(
                {
                    "seconds": seconds,
                    "size": stored.size,
                    "sha256": stored.sha256,
                    "rss_before": before,
                    "rss_after": after,
                }
            )
        )
    return 0


def ours(folder: Path, source: Path, case_id: str) -> dict[str, Any]:
    script = str(Path(__file__).resolve())
    done = subprocess.run(
        [sys.executable, script, CHILD_FLAG, str(folder), str(source), case_id],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the importing child failed ({done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the run ----------------------------------------------------------------------------------


def new_notebook(folder: Path) -> str:
    """A notebook with one case; its id."""
    with notebook.Notebook.create(
        folder,
        PASSPHRASE,
        kdf=notebook.crypto.WEAK_KDF_FOR_TESTS,
        allow_weak_kdf_for_tests=True,
    ) as nb:
        return nb.add(Case(title="Benchmark case", reference="BE-1")).id


def line(
    title: str, timing: Timing | None, ratio: str = "", goal: str = "", verdict: str = ""
) -> str:
    if timing is None:
        text = f"{title:<38} {'-':>9} {'-':>8} {ratio:>7} {goal:>7}  {verdict}"
    else:
        text = (
            f"{title:<38} {timing.seconds:>7.2f} s {timing.mib_per_second:>8.0f}"
            f" {ratio:>7} {goal:>7}  {verdict}"
        )
    return text.rstrip()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [CHILD_FLAG]:
        return child_import(*argv[1:4])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024, metavar="N")
    size_mib = max(1, parser.parse_args(argv).size_mib)

    with tempfile.TemporaryDirectory(prefix="bench-evidence-") as scratch:
        folder = Path(scratch)
        source = folder / "evidence.bin"
        say(f"writing {size_mib:,} MiB of random bytes ...")
        write_random_file(source, size_mib)
        case_id = new_notebook(folder / "bench.casenotebook")
        say("bare SHA-256, SHA-512, AES-GCM, write ...")
        sha256, bare_sha256 = bare_hash(source, "sha256")
        sha512, _ = bare_hash(source, "sha512")
        aes = bare_aes_gcm(source)
        written = bare_write(source, folder / "copy.bin")
        say("ours: import_evidence in a fresh process ...")
        try:
            child = ours(folder / "bench.casenotebook", source, case_id)
            failure = ""
        except (RuntimeError, ValueError) as error:
            child, failure = {}, str(error)

    print(f"Case Notebook evidence import against bare SHA-256, {size_mib:,} MiB of random bytes")
    print(f"{'operation':<38} {'time':>9} {'MiB/s':>8} {'ratio':>7} {'goal':>7}  verdict")
    print(line("bare sha256 (1 MiB reads)", sha256))
    if child:
        mine = Timing(seconds=child["seconds"], size=child["size"])
        ratio = mine.mib_per_second / sha256.mib_per_second
        verdict = "met" if ratio >= RATIO_GOAL else "NOT met"
        print(line("ours: import_evidence", mine, f"{ratio:.2f}x", f">={RATIO_GOAL}x", verdict))
        record_figure(
            "evidence.import",
            what=f"import_evidence of {size_mib:,} MiB",
            ours=mine.mib_per_second,
            unit="MiB/s",
            bare=sha256.mib_per_second,
            bare_what="hashlib.sha256, 1 MiB reads",
            ratio=ratio,
            ratio_of="speed",
        )
    else:
        print(line("ours: import_evidence", None, verdict="FAILED"))
    print("context (each one part of an import):")
    for figure, title, timing in (
        ("evidence.sha512", "  bare sha512 (1 MiB reads)", sha512),
        ("evidence.aes_gcm", "  bare AES-256-GCM (1 MiB chunks)", aes),
        ("evidence.write", "  bare write + fsync (1 MiB chunks)", written),
    ):
        print(line(title, timing, f"{timing.mib_per_second / sha256.mib_per_second:.2f}x"))
        record_figure(
            figure,
            what=title.strip(),
            ours=timing.mib_per_second,
            unit="MiB/s",
            bare=sha256.mib_per_second,
            bare_what="hashlib.sha256, 1 MiB reads",
            ratio=timing.mib_per_second / sha256.mib_per_second,
            ratio_of="speed",
        )
    print("(ratio: speed over bare SHA-256's; the slowest part's ratio caps ours)")
    print()
    if child and child["rss_before"] is not None:
        extra = (child["rss_after"] - child["rss_before"]) / MIB
        verdict = "met" if extra < MEMORY_GOAL_MIB else "NOT met"
        print(
            f"peak extra memory of the import: {extra:.1f} MiB (goal < {MEMORY_GOAL_MIB} MiB:"
            f" {verdict}); the child's peak RSS {child['rss_after'] / MIB:.1f} MiB"
        )
        record_figure(
            "evidence.memory",
            what=f"peak extra memory of the import of {size_mib:,} MiB",
            ours=extra,
            unit="MiB",
        )
    elif child:
        print("peak extra memory of the import: not measurable on this system")
    if child:
        print(f"stored sha256 equals bare sha256: {child['sha256'] == bare_sha256}")
    if failure:
        print(failure)
    return 0


if __name__ == "__main__":
    sys.exit(main())
