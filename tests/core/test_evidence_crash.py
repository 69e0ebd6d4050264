"""A kill during evidence import never leaves a half item or an unreadable notebook.

A child process imports files in a loop and says which items committed; the test kills it
with SIGKILL at a random moment, then opens the notebook and checks what survived.

CASENOTEBOOK_STRESS=N runs N rounds instead of the default 20 (`make stress`);
CASENOTEBOOK_CRASH_SEED=S replays the random delays of a failed run (the seed is printed,
and pytest shows it when a round fails). Timing on a busy machine moves the kills anyway,
so a seed makes a run similar, not identical.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from notebook import Notebook
from notebook.evidence import PART_SUFFIX
from notebook.model import Case
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.crash import PASSPHRASE_VARIABLE, Child, blob_names, crash_seed, stress_rounds

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

ROUNDS = stress_rounds(default=20)
# After the child says it is ready, the kill comes within this many seconds: a few imports
# of the files below on the reference machine, so kills land in every phase of an import.
LONGEST_DELAY = 0.15
# Sizes in bytes: whole chunks, a chunk and a bit, and odd tails (the last chunk is special).
SOURCE_SIZES = (1 << 20, (2 << 20) + 1, (3 << 20) + 12_345, 4 << 20)
# Items kept from round to round (older ones are deleted), so later kills can be seen not to
# harm earlier items while verify() stays cheap in a long stress run.
ITEMS_KEPT = 12
COMMITTED = re.compile(r"committed ([0-9a-f-]+) ([0-9a-f]{64})\n")

CHILD = f"""\
import itertools, os, sys
from notebook import Notebook
from notebook.model import Evidence

folder, case_id, *sources = sys.argv[1:]
with Notebook.open(folder, os.environ["{PASSPHRASE_VARIABLE}"]) as nb:
    print("ready", flush=True)
    for turn in itertools.count():
        record = nb.import_evidence(
            sources[turn % len(sources)],
            Evidence(case_id=case_id, title=f"item {{turn}}"),
            actor="crash test",
        )
        print("committed", record.id, nb.evidence_file(record.id).sha256, flush=True)
"""


@dataclass
class Round:
    number: int
    delay: float
    committed: dict[str, str] = field(default_factory=dict)
    blobs_before_open: set[str] = field(default_factory=set)

    def __str__(self) -> str:
        return f"round {self.number} (kill {self.delay * 1000:.0f} ms after ready)"


def write_sources(folder: Path) -> dict[Path, str]:
    folder.mkdir()
    sources = {}
    for size in SOURCE_SIZES:
        data = os.urandom(size)
        path = folder / f"source-{size}.bin"
        path.write_bytes(data)
        sources[path] = hashlib.sha256(data).hexdigest()
    return sources


def run_and_kill(child: Path, argv: list[str], delay: float, log: Path) -> str:
    """Start the importing child, kill it `delay` seconds after it is ready; its stdout."""
    process = Child([str(child), *argv], log=log, environment={PASSPHRASE_VARIABLE: PASSPHRASE})
    try:
        process.wait_ready()
        time.sleep(delay)
    finally:
        lines = process.kill()
    return "".join(line + "\n" for line in lines)


def check_after_the_kill(nb: Notebook, turn: Round, expected: dict[str, str]) -> None:
    report = nb.verify(actor="crash test")
    unsound = [result for result in report.evidence if result.status != "intact"]
    assert report.sound, f"{turn}: {report.database_problems} {report.audit} {unsound}"
    for record_id, sha256 in expected.items():
        stored = nb.evidence_file(record_id)
        assert stored is not None, f"{turn}: committed item {record_id} is gone"
        assert stored.sha256 == sha256, f"{turn}: item {record_id} has another hash"
    items = nb.records(kind="evidence")
    files = {item.id: nb.evidence_file(item.id) for item in items}
    assert all(files.values()), f"{turn}: an evidence record has no file"
    file_rows = nb.db.scalar("SELECT count(*) FROM evidence_files")
    assert file_rows == len(items), f"{turn}: a file row has no evidence record"
    left = blob_names(nb.vault.folder)
    assert not [name for name in left if name.endswith(PART_SUFFIX)], f"{turn}: .part left"
    known = {stored.blob_id for stored in files.values() if stored}
    assert left == known, f"{turn}: blobs without a row: {sorted(left - known)}"


def delete_all_but_the_newest(nb: Notebook, expected: dict[str, str]) -> None:
    items = sorted(nb.records(kind="evidence"), key=lambda item: item.created)
    for item in items[:-ITEMS_KEPT]:
        nb.delete(item.id, actor="crash test")
        expected.pop(item.id, None)


def test_a_kill_during_import_never_leaves_a_half_item_or_an_unreadable_notebook(
    tmp_path: Path,
) -> None:
    seed = crash_seed()
    print(f"CASENOTEBOOK_CRASH_SEED={seed} CASENOTEBOOK_STRESS={ROUNDS}")
    rng = random.Random(seed)
    sources = write_sources(tmp_path / "sources")
    notebook_path = tmp_path / "case.casenotebook"
    with create_test_notebook(notebook_path) as nb:
        case_id = nb.add(Case(title="Detentions at the border", reference="KR-12")).id
    child = tmp_path / "import_forever.py"
    child.write_text(CHILD)
    argv = [str(notebook_path), case_id, *map(str, sources)]

    expected: dict[str, str] = {}  # record id -> sha256, of every committed item still kept
    mid_import = reported = 0
    for number in range(ROUNDS):
        turn = Round(number=number, delay=rng.uniform(0, LONGEST_DELAY))
        output = run_and_kill(child, argv, turn.delay, tmp_path / "child-stderr.txt")
        turn.committed = dict(COMMITTED.findall(output))
        assert set(turn.committed.values()) <= set(sources.values()), f"{turn}: wrong hash"
        turn.blobs_before_open = blob_names(notebook_path)
        expected.update(turn.committed)
        reported += len(turn.committed)

        with Notebook.open(notebook_path, PASSPHRASE) as nb:
            check_after_the_kill(nb, turn, expected)
            swept = turn.blobs_before_open - blob_names(notebook_path)
            mid_import += bool(swept)
            delete_all_but_the_newest(nb, expected)

    print(f"{ROUNDS} kills, {mid_import} inside an import, {reported} items reported committed")
    if ROUNDS >= 10:
        assert mid_import, "no kill landed inside an import: the test proved nothing"
        assert reported, "no import ever committed: the test proved nothing"
