"""A kill at any moment loses nothing that was committed, whatever the notebook was doing.

A child process (tests/crash.py, `Workload`) changes one notebook at random: it adds cases,
people, incidents, threats and interviews, updates, tags, links and deletes them, imports
evidence files of a few MiB, changes the passphrase back and forth between two, and takes
backups into a folder outside the notebook. Before each step it says `begin STEP ...`; once
the step has committed it says what is now true, one flushed line each:

    commit ID=DIGEST ... [-ID]   these records now read so (tests/crash.py digest_of); one is gone
    skip                         the step changed nothing (a person other records still name)
    passphrase now I             change_passphrase() returned: passphrase I opens the notebook
    backup PATH                  backup() returned: the file at PATH is whole

The test kills it with SIGKILL at a random moment, or a random moment into the next step of
a chosen kind (a record change, an import, a passphrase change, a backup), round after round
on the same notebook, and after each kill checks that:

- the notebook opens with the passphrase last reported, and not with the other; when the kill
  fell inside a change, with exactly one of the two;
- verify() is sound, every record reads as last reported and deleted ones are gone, and the
  step in flight shows all of its effect or none of it;
- every reported backup verifies, restores, and holds exactly what was reported before it
  began; the backup in flight left no file under its name, or a whole one; beside it at most
  its hidden temporary file, which never holds the records' words in clear;
- after the open, no orphan blob, .part file, temporary header or backup scratch copy is
  left in the notebook folder, and nothing else that a notebook does not hold.

CASENOTEBOOK_STRESS=N runs N rounds instead of the default (`make stress`);
CASENOTEBOOK_CRASH_SEED=S replays a run's random choices: the seed is printed, and is in
every failure's message. Timing on a busy machine moves the kills anyway.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import statistics
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from notebook import Notebook
from notebook.backup import restore, verify_backup
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.errors import WrongPassphrase
from notebook.evidence import PART_SUFFIX
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.crash import (
    CANARY,
    PASSPHRASES_VARIABLE,
    SECOND_PASSPHRASE,
    Child,
    blob_names,
    crash_seed,
    state_of,
    stress_rounds,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

ROUNDS = stress_rounds(default=24)
PASSPHRASES = (PASSPHRASE, SECOND_PASSPHRASE)
# Whole chunks, a chunk and a byte, an odd tail: each import takes some milliseconds here.
SOURCE_SIZES = (1 << 20, (2 << 20) + 1, (3 << 20) + 12_345)
STEPS = ("record", "import", "passphrase", "backup")
RECORD_STEPS = {"add", "update", "tag", "link", "delete"}
# Round n aims at AIMS[n % 5]: anywhere (a random moment after the child is ready), or the
# next step of that kind begun after a random warm-up, a random part of its usual length in.
AIMS = (None, *STEPS)
LONGEST_DELAY = 0.4
WARM_UP = 0.15
# Seconds a step takes before any has been measured; then the median of the last ones seen.
FIRST_GUESS = {"record": 0.005, "import": 0.05, "passphrase": 0.003, "backup": 0.1}
NOTEBOOK_NAMES = {
    "notebook.json",
    "notebook.db",
    "notebook.db-wal",
    "notebook.db-shm",
    "notebook.lock",
    "blobs",
}
HEADER_TEMPORARY = "notebook.json.tmp"
BACKUP_TEMPORARY = (".casenotebook-", ".part")  # export/files.py atomic_output


@dataclass
class Step:
    name: str  # add, update, tag, link, delete, import, passphrase, backup
    args: list[str]
    began: float

    @property
    def kind(self) -> str:
        return "record" if self.name in RECORD_STEPS else self.name

    def __str__(self) -> str:
        return " ".join([self.name, *self.args])


@dataclass
class Known:
    """What the child reported, replayed: true of the notebook at the kill, but for `step`."""

    records: dict[str, str]  # id -> digest
    passphrase: int  # which of PASSPHRASES opens it
    step: Step | None = None  # begun, not reported done: the kill fell inside it
    backups: list[tuple[Path, dict[str, str], int]] = field(default_factory=list)
    before_backup: tuple[dict[str, str], int] | None = None  # at `begin backup`

    def replay(self, lines: list[tuple[float, str]], durations: dict[str, deque[float]]) -> None:
        for moment, line in lines:
            word, *args = line.split()
            if word == "ready":
                continue
            if word == "begin":
                assert self.step is None, f"{line!r} began inside {self.step}"
                self.step = Step(args[0], args[1:], moment)
                if self.step.name == "backup":
                    self.before_backup = (dict(self.records), self.passphrase)
                continue
            step = self.step
            assert step is not None, f"{line!r} outside a step"
            if word == "commit":
                assert step.kind in ("record", "import"), f"{line!r} ends {step}"
                for part in args:
                    if part.startswith("-"):
                        assert self.records.pop(part[1:], None), f"{part[1:]} deleted twice"
                    else:
                        record_id, digest = part.split("=")
                        self.records[record_id] = digest
            elif word == "passphrase":
                assert step.name == "passphrase" and args == ["now", step.args[0]], line
                self.passphrase = int(args[1])
            elif word == "backup":
                assert step.name == "backup" and args == step.args, line
                assert self.before_backup is not None
                self.backups.append((Path(args[0]), *self.before_backup))
            else:
                assert word == "skip", f"the child said {line!r}"
            durations[step.kind].append(moment - step.began)
            self.step = None


def write_sources(folder: Path) -> dict[str, str]:
    """Files to import, by name, with their SHA-256."""
    folder.mkdir()
    sources = {}
    for size in SOURCE_SIZES:
        data = os.urandom(size)
        path = folder / f"source-{size}.bin"
        path.write_bytes(data)
        sources[path.name] = hashlib.sha256(data).hexdigest()
    return sources


def kill_at_random(child: Child, aim: str | None, rng: random.Random, guess: float) -> None:
    child.wait_ready()
    if aim is None:
        time.sleep(rng.uniform(0, LONGEST_DELAY))
        return
    time.sleep(rng.uniform(0, WARM_UP))
    child.wait_for(lambda line: begins(line, aim), after=len(child.lines), timeout=5)
    time.sleep(rng.uniform(0, 1.2 * guess))


def begins(line: str, kind: str) -> bool:
    words = line.split()
    if len(words) < 2 or words[0] != "begin":
        return False
    return ("record" if words[1] in RECORD_STEPS else words[1]) == kind


def open_after_the_kill(path: Path, known: Known, where: str) -> Notebook:
    """With the passphrase last reported; inside a change, with the old one or the new."""
    step = known.step
    tried = [known.passphrase]
    if step is not None and step.name == "passphrase":
        tried.append(int(step.args[0]))
    for number, index in enumerate(tried):
        try:
            nb = Notebook.open(path, PASSPHRASES[index])
        except WrongPassphrase:
            assert number + 1 < len(tried), f"{where}: the passphrase reported does not open it"
            continue
        assert not nb.vault.opens_with(PASSPHRASES[1 - index]), f"{where}: both passphrases open"
        known.passphrase = index
        return nb
    raise AssertionError(f"{where}: neither passphrase opens it")


def check_records(nb: Notebook, known: Known, sources: dict[str, str], where: str) -> bool:
    """Every reported record as reported; the step in flight whole or absent. Returns whether
    that step committed (and so adopts what the notebook now holds as known)."""
    actual = state_of(nb)
    step = known.step
    uncertain = (
        set(step.args) if step and step.name in {"update", "tag", "link", "delete"} else set()
    )
    for record_id, digest in known.records.items():
        if record_id not in uncertain:
            assert record_id in actual, f"{where}: reported record {record_id} is gone"
            assert actual[record_id] == digest, f"{where}: record {record_id} reads otherwise"
    new = set(actual) - set(known.records)
    changed = {
        record_id
        for record_id in uncertain
        if actual.get(record_id) != known.records.get(record_id)
    }
    committed = bool(new or changed)
    if step is not None and step.name in {"add", "import"}:
        assert len(new) <= 1, f"{where}: {len(new)} records appeared in one {step}"
        for record_id in new:
            kind = nb.get(record_id).KIND
            if step.name == "add":
                assert kind == step.args[0], f"{where}: a {kind} appeared in {step}"
            else:
                stored = nb.evidence_file(record_id)
                assert stored and stored.sha256 == sources[step.args[0]], f"{where}: half import"
    else:
        assert not new, f"{where}: records nobody reported appeared: {sorted(new)}"
        # A change to several records (a link, a deletion and its links) is all or nothing.
        assert changed in (set(), uncertain), f"{where}: {step} was half done"
        if step is not None and step.name != "delete":
            assert uncertain <= set(actual), f"{where}: {step} lost a record"
    for record in nb.records(kind="evidence"):
        stored = nb.evidence_file(record.id)
        assert stored and stored.sha256 in sources.values(), f"{where}: a wrong evidence file"
    known.records = actual
    return committed


def check_folder(nb: Notebook, path: Path, where: str) -> None:
    """What the open left: the notebook's own files, and a blob for each stored file only."""
    litter = {p.name for p in path.iterdir()} - NOTEBOOK_NAMES
    assert not litter, f"{where}: left in the notebook folder after the open: {sorted(litter)}"
    stored = {row[0] for row in nb.db.tuples("SELECT blob_id FROM evidence_files")}
    left = blob_names(path)
    assert not [name for name in left if name.endswith(PART_SUFFIX)], f"{where}: .part left"
    assert left == stored, f"{where}: orphan blobs {left - stored}, missing {stored - left}"
    empty = [folder.name for folder in (path / "blobs").iterdir() if not any(folder.iterdir())]
    assert not empty, f"{where}: empty blob folders {empty}"


def check_backup(path: Path, records: dict[str, str], passphrase: int, where: str) -> None:
    """Whole, restorable, and exactly the notebook as it was when the backup began."""
    secret = PASSPHRASES[passphrase]
    assert verify_backup(path, secret).sound, f"{where}: backup {path.name} is unsound"
    restored = path.with_name(path.stem + ".restored")
    try:
        restore(path, secret, restored)
        with Notebook.open(restored, secret) as copy:
            assert state_of(copy) == records, f"{where}: backup {path.name} holds other records"
    finally:
        shutil.rmtree(restored, ignore_errors=True)
    path.unlink()


def check_backups(folder: Path, known: Known, tally: Counter[str], where: str) -> None:
    for path, records, passphrase in known.backups:
        check_backup(path, records, passphrase, where)
    step = known.step
    in_flight = Path(step.args[0]) if step and step.name == "backup" else None
    temporary = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(BACKUP_TEMPORARY[0]) and path.name.endswith(BACKUP_TEMPORARY[1]):
            temporary.append(path)
            continue
        # The kill fell between the rename and the report: the file must be the whole backup.
        assert path == in_flight, f"{where}: {path.name} is there, never reported whole"
        assert known.before_backup is not None
        check_backup(path, *known.before_backup, where)
        tally["backup whole but unreported"] += 1
    assert len(temporary) <= (in_flight is not None), f"{where}: temporary files {temporary}"
    for path in temporary:
        # Hidden, encrypted, never swept (it is not in the notebook): this test removes it.
        assert CANARY.encode() not in path.read_bytes(), f"{where}: words in clear in {path}"
        tally["backup temporary file left beside it"] += 1
        path.unlink()


def test_a_kill_at_any_moment_loses_nothing_committed(tmp_path: Path) -> None:
    seed = crash_seed()
    print(f"CASENOTEBOOK_CRASH_SEED={seed} CASENOTEBOOK_STRESS={ROUNDS}")
    rng = random.Random(seed)
    sources = write_sources(tmp_path / "sources")
    notebook_path = tmp_path / "case.casenotebook"
    create_test_notebook(notebook_path).close()
    backups = tmp_path / "backups"
    backups.mkdir()
    known = Known(records={}, passphrase=0)
    durations: dict[str, deque[float]] = defaultdict(lambda: deque(maxlen=50))
    landed: Counter[str] = Counter()  # kind of step in flight at the kill
    tally: Counter[str] = Counter()  # what the kills left or did
    started = time.monotonic()

    for number in range(ROUNDS):
        aim = AIMS[number % len(AIMS)]
        child = Child(
            [
                "-m",
                "tests.crash",
                str(notebook_path),
                str(backups),
                str(rng.getrandbits(32)),
                f"round{number}",
                *(str(tmp_path / "sources" / name) for name in sources),
            ],
            log=tmp_path / "child-stderr.txt",
            environment={PASSPHRASES_VARIABLE: json.dumps([PASSPHRASES, known.passphrase])},
        )
        try:
            seen = durations[aim] if aim else ()
            guess = statistics.median(seen) if seen else FIRST_GUESS.get(aim or "", 0)
            kill_at_random(child, aim, rng, guess)
        finally:
            child.kill()
        known.backups, known.step = [], None
        known.replay(child.lines, durations)
        step = known.step
        where = f"seed {seed}, round {number} (aimed at {aim or 'anywhere'}, killed in {step})"
        landed[step.kind if step else "between steps"] += 1

        tally["temporary header left"] += (notebook_path / HEADER_TEMPORARY).exists()
        tally["backup scratch copy left"] += any(notebook_path.glob(".backup-*"))
        blobs_before = blob_names(notebook_path)
        with open_after_the_kill(notebook_path, known, where) as nb:
            if step is not None and step.name == "passphrase":
                took_effect = known.passphrase == int(step.args[0])
                tally[f"passphrase change {'took' if took_effect else 'not yet in'} effect"] += 1
            tally["blob or .part swept"] += bool(blobs_before - blob_names(notebook_path))
            check_folder(nb, notebook_path, where)
            report = nb.verify(actor="crash test")
            unsound = [result for result in report.evidence if result.status != "intact"]
            assert report.sound, f"{where}: {report.database_problems} {report.audit} {unsound}"
            if check_records(nb, known, sources, where) and step is not None:
                tally[f"{step.kind} committed but unreported"] += 1
        check_backups(backups, known, tally, where)

    took = time.monotonic() - started
    typical = {kind: f"{statistics.median(seen) * 1000:.1f} ms" for kind, seen in durations.items()}
    print(f"{ROUNDS} kills in {took:.1f} s; killed inside: {dict(landed)}")
    print(f"what the kills left or did: {dict(tally)}; steps take about {typical}")
    if ROUNDS >= 20:
        for kind in STEPS:
            assert landed[kind], f"no kill fell inside a {kind} step: the test proved little"
    if ROUNDS >= 300:
        # In 1,000 kills here each came tens of times (a backup's hidden temporary file, 11
        # times, and a whole backup not yet reported, 3, are too rare to insist on).
        for outcome in (
            "temporary header left",
            "backup scratch copy left",
            "blob or .part swept",
            "passphrase change took effect",
            "passphrase change not yet in effect",
            "record committed but unreported",
        ):
            assert tally[outcome], f"never in {ROUNDS} kills: {outcome}"


def test_a_header_a_killed_passphrase_change_left_beside_the_real_one_goes_at_the_next_open(
    tmp_path: Path,
) -> None:
    """The kill fell after the new header was written beside the real one, before the rename:
    the old passphrase still opens, and the new header (the master key sealed under a
    passphrase the user was never told was set) must not stay on the disk."""
    path = tmp_path / "case.casenotebook"
    create_test_notebook(path).close()
    changed = tmp_path / "changed.casenotebook"
    shutil.copytree(path, changed)
    with Notebook.open(changed, PASSPHRASE) as nb:
        nb.change_passphrase(
            SECOND_PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
        )
    shutil.copyfile(changed / "notebook.json", path / HEADER_TEMPORARY)

    with Notebook.open(path, PASSPHRASE, writable=False):
        assert (path / HEADER_TEMPORARY).exists()  # only a writer, holding the lock, sweeps
    with Notebook.open(path, PASSPHRASE) as nb:
        assert not (path / HEADER_TEMPORARY).exists()
        assert not nb.vault.opens_with(SECOND_PASSPHRASE)
