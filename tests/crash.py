"""What the crash tests share: a child process killed with SIGKILL, and the work it does.

The parent side (`Child`, `crash_seed`, `stress_rounds`, `blob_names`) starts a child, reads
what it says line by line as it says it, and kills it. The child side (`python -m
tests.crash`, `Workload`) opens a notebook and changes it at random until it is killed,
saying before each step what it starts and after each commit what it committed.

The child imports the core only: not pytest, not Qt, nothing of the parent's.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from notebook import Notebook
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.errors import InUse
from notebook.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Interview,
    Participant,
    Person,
    Record,
    Threat,
    to_data,
)

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE_VARIABLE = "CASENOTEBOOK_TEST_PASSPHRASE"
# The workload's child: both passphrases it alternates between, and which one opens it now.
PASSPHRASES_VARIABLE = "CASENOTEBOOK_TEST_PASSPHRASES"
SECOND_PASSPHRASE = "a second passphrase, for the crash test"
# Every text the workload writes holds this word: it must never be found in clear on disk.
CANARY = "Zhalalabadcanary"


def stress_rounds(default: int) -> int:
    """How many kills: CASENOTEBOOK_STRESS=N (`make stress`), else the test's default."""
    return int(os.environ.get("CASENOTEBOOK_STRESS") or default)


def crash_seed() -> int:
    """CASENOTEBOOK_CRASH_SEED=S replays the random choices of a failed run, else a new seed.
    Timing on a busy machine moves the kills anyway: a seed makes a run similar, not identical.
    """
    return int(os.environ.get("CASENOTEBOOK_CRASH_SEED") or random.SystemRandom().getrandbits(32))


def blob_names(notebook_path: Path) -> set[str]:
    return {path.name for path in (notebook_path / "blobs").glob("*/*") if path.is_file()}


class Child:
    """A Python child process whose lines are read as they come, then killed with SIGKILL.

    Each line is kept with the moment it arrived; a line the kill cut short is dropped.
    """

    def __init__(self, argv: list[str], *, log: Path, environment: dict[str, str]) -> None:
        variables = dict(os.environ)
        variables.update(environment)
        variables["PYTHONPATH"] = os.pathsep.join(
            filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))
        )
        self._log = log
        self._errors = open(log, "wb")  # noqa: SIM115 (closed in kill)
        self._process = subprocess.Popen(
            [sys.executable, *argv],
            stdout=subprocess.PIPE,
            stderr=self._errors,
            env=variables,
            cwd=ROOT,
            text=True,
        )
        self.lines: list[tuple[float, str]] = []
        self._arrived = threading.Condition()
        self._ended = False
        self._reader = threading.Thread(target=self._read, name="crash-child-stdout", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if not line.endswith("\n"):
                break  # cut short by the kill: the child never finished saying it
            with self._arrived:
                self.lines.append((time.monotonic(), line[:-1]))
                self._arrived.notify_all()
        with self._arrived:
            self._ended = True
            self._arrived.notify_all()

    def wait_for(self, wanted: Callable[[str], bool], *, after: int = 0, timeout: float) -> bool:
        """Wait until a line from index `after` on is `wanted`; False after `timeout` seconds
        or if the child ended."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                if any(wanted(line) for _, line in self.lines[after:]):
                    return True
                left = deadline - time.monotonic()
                if left <= 0 or self._ended:
                    return False
                self._arrived.wait(left)

    def wait_ready(self, *, timeout: float = 60) -> None:
        """Until the child says "ready" (call `kill` in any case, also when this raises)."""
        if not self.wait_for(lambda line: line == "ready", timeout=timeout):
            raise AssertionError(f"the child did not start: {self._log.read_text()}")

    def kill(self) -> list[str]:
        """SIGKILL now; every whole line the child said. Raises if it had ended by itself."""
        self._process.send_signal(signal.SIGKILL)
        code = self._process.wait()
        self._reader.join()
        assert self._process.stdout is not None
        self._process.stdout.close()
        self._errors.close()
        assert code == -signal.SIGKILL, (
            f"the child ended by itself ({code}): {self._log.read_text()}"
        )
        return [line for _, line in self.lines]


# -- the child's side: a notebook changed at random until the kill ----------------------------

WORDS = (
    "detained at the checkpoint",
    "the officer refused to give his name",
    "her phone was taken",
    "released without charge",
    "a car without plates followed them",
    "the lawyer was not allowed in",
    "neighbours saw the search",
    "medical report dated the next day",
    "the call came from a withheld number",
    "Бишкек",
    "Жалал-Абад",
    CANARY,
)
TAGS = ("urgent", "follow-up", "verified", "needs translation", "court", "UN")
LINK_KINDS = ("supports", "contradicts", "describes", "follows", "mentions", "derived-from")
INCIDENT_TYPES = ("intimidation", "harassment", "surveillance", "hacking", "other")
MOST_RECORDS = 50  # beyond this the workload deletes more than it adds: verify stays cheap
MOST_EVIDENCE = 4
WEIGHTS = {
    "add": 30,
    "update": 12,
    "tag": 8,
    "link": 8,
    "delete": 10,
    "import": 14,
    "passphrase": 8,
    "backup": 6,
}


def digest_of(nb: Notebook, record_id: str) -> str:
    """What a reader sees of a record: its fields, tags, links and stored file, hashed."""
    record = nb.get(record_id)
    stored = nb.evidence_file(record_id) if record.KIND == "evidence" else None
    facts = {
        "kind": record.KIND,
        "record": to_data(record),
        "tags": nb.tags(record_id),
        "links": sorted(
            [link.id, link.from_id, link.to_id, link.kind, link.note]
            for link in nb.links(record_id)
        ),
        "file": [stored.sha256, stored.size] if stored else None,
    }
    encoded = json.dumps(facts, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()


def state_of(nb: Notebook) -> dict[str, str]:
    """Every record's id and digest."""
    return {record.id: digest_of(nb, record.id) for record in nb.records()}


class Workload:
    """One random step after another; every step says `begin ...` first and, once its change
    has committed, what is now true (see tests/core/test_crash.py for the lines)."""

    def __init__(
        self,
        nb: Notebook,
        rng: random.Random,
        *,
        passphrases: list[str],
        now: int,
        sources: list[Path],
        backups: Path,
        name: str,
        out: TextIO,
    ) -> None:
        self.nb = nb
        self.rng = rng
        self.passphrases = passphrases
        self.now = now
        self.sources = sources
        self.backups = backups
        self.name = name
        self.out = out
        self.taken = 0

    def say(self, line: str) -> None:
        # One write per line, flushed: a kill can cut a line short, never mix two.
        self.out.write(line + "\n")
        self.out.flush()

    def commit(self, *record_ids: str, deleted: str = "") -> None:
        parts = [f"{record_id}={digest_of(self.nb, record_id)}" for record_id in record_ids]
        self.say(" ".join(["commit", *parts, *([f"-{deleted}"] if deleted else [])]))

    def text(self, most: int = 40) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(3, most))) + "."

    def line(self) -> str:
        return f"{self.rng.choice(WORDS[:9]).capitalize()} {self.rng.randrange(1000)} {CANARY}"

    def date(self) -> str:
        year, month, day = self.rng.randint(2015, 2024), self.rng.randint(1, 12), 10
        return self.rng.choice(
            (f"{year}-{month:02}-{day}", f"{year}-{month:02}", f"{year}~", f"{year}-{month:02}?")
        )

    def of_kind(self, kind: str) -> list[Record]:
        return self.nb.records(kind=kind)

    # -- steps ----------------------------------------------------------------------------

    def step(self) -> None:
        if not self.nb.count(kind="case"):
            return self.do_add()  # every other step needs a case
        count = self.nb.count() - self.nb.count(kind="case")
        weights = dict(WEIGHTS)
        if count > MOST_RECORDS:
            weights["delete"] += 40
        kind = self.rng.choices(list(weights), weights=list(weights.values()))[0]
        getattr(self, f"do_{kind}")()

    def do_add(self) -> None:
        cases = self.of_kind("case")
        if len(cases) < 2 or (len(cases) < 3 and self.rng.random() < 0.02):
            self.say("begin add case")
            reference = f"KR-{self.rng.randrange(100)}"
            case = Case(title=self.line(), reference=reference, summary=self.text())
            self.commit(self.nb.add(case).id)
            return
        case = self.rng.choice(cases)
        people = [p for p in self.of_kind("person") if p.case_id == case.id]
        kind = self.rng.choice(("person", "incident", "threat", "interview"))
        if not people and kind == "interview":
            kind = "person"
        record = self.new_record(kind, case.id, people)
        self.say(f"begin add {kind}")
        self.commit(self.nb.add(record).id)

    def new_record(self, kind: str, case_id: str, people: list[Record]) -> Record:
        rng = self.rng
        if kind == "person":
            protected = rng.random() < 0.2
            return Person(
                case_id=case_id,
                name=self.line(),
                occupation="journalist",
                contact_notes=self.text(),
                protected=protected,
                pseudonym="Witness A" if protected else "",
            )
        if kind == "incident":
            involved = rng.sample(people, min(len(people), rng.randint(0, 2)))
            return Incident(
                case_id=case_id,
                title=self.line(),
                type=rng.choice(INCIDENT_TYPES),
                date=self.date(),
                place="Osh",
                description=self.text(400),
                people=tuple(
                    Participant(person_id=p.id, role=role)
                    for p, role in zip(involved, ("victim", "witness"), strict=False)
                ),
            )
        if kind == "threat":
            return Threat(
                case_id=case_id,
                title=self.line(),
                date=self.date(),
                means=rng.choice(("phone-call", "message", "in-person")),
                channel=rng.choice(("phone", "sms", "")),
                perpetrator_id=rng.choice(people).id if people and rng.random() < 0.5 else "",
                risk=rng.choice(("low", "medium", "high", "critical")),
                protective_measures=self.text(),
            )
        return Interview(
            case_id=case_id,
            interviewee_id=rng.choice(people).id,
            title=self.line(),
            interviewer="L. Asanova",
            date=self.date(),
            language="ky",
            consent=Consent(scope=rng.choice(("record-only", "share-anonymised"))),
            transcript=self.text(2000),
        )

    def do_update(self) -> None:
        record = self.rng.choice(self.nb.records())
        field = {
            "case": "summary",
            "person": "contact_notes",
            "incident": "description",
            "threat": "protective_measures",
            "interview": "transcript",
            "evidence": "description",
        }[record.KIND]
        self.say(f"begin update {record.id}")
        self.nb.update(record.id, **{field: f"{self.taken}/{self.rng.random()} {self.text()}"})
        self.commit(record.id)

    def do_tag(self) -> None:
        record = self.rng.choice(self.nb.records())
        tags = self.nb.tags(record.id)
        self.say(f"begin tag {record.id}")
        if len(tags) == len(TAGS):
            self.nb.untag(record.id, self.rng.choice(tags))
        else:
            self.nb.tag(record.id, self.rng.choice([t for t in TAGS if t not in tags]))
        self.commit(record.id)

    def do_link(self) -> None:
        case = self.rng.choice(self.of_kind("case"))
        records = self.nb.records(case_id=case.id)
        if len(records) < 2:
            return self.do_add()
        source, target = self.rng.sample(records, 2)
        taken = {link.kind for link in self.nb.links(source.id) if link.to_id == target.id}
        free = [kind for kind in LINK_KINDS if kind not in taken]
        if not free:
            return self.do_update()
        self.say(f"begin link {source.id} {target.id}")
        self.nb.link(source.id, target.id, self.rng.choice(free), note=self.text(5))
        self.commit(source.id, target.id)

    def do_delete(self, kind: str | None = None) -> None:
        records = [r for r in self.nb.records(kind=kind) if r.KIND != "case"]
        if not records:
            return self.do_add()
        record = self.rng.choice(records)
        links = self.nb.links(record.id)
        others = sorted(
            {link.to_id if link.from_id == record.id else link.from_id for link in links}
        )
        self.say(" ".join(["begin delete", record.id, *others]))
        try:
            self.nb.delete(record.id, actor="crash test")
        except InUse:
            self.say("skip")  # a person still named by another record: nothing changed
            return
        self.commit(*others, deleted=record.id)

    def do_import(self) -> None:
        if self.nb.count(kind="evidence") >= MOST_EVIDENCE:
            return self.do_delete("evidence")
        case = self.rng.choice(self.of_kind("case"))
        source = self.rng.choice(self.sources)
        self.say(f"begin import {source.name}")
        record = self.nb.import_evidence(
            source,
            Evidence(case_id=case.id, title=self.line(), description=self.text()),
            actor="crash test",
        )
        self.commit(record.id)

    def do_passphrase(self) -> None:
        target = 1 - self.now
        self.say(f"begin passphrase {target}")
        self.nb.change_passphrase(
            self.passphrases[target], kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
        )
        self.now = target
        self.say(f"passphrase now {target}")

    def do_backup(self) -> None:
        self.taken += 1
        path = self.backups / f"{self.name}-{self.taken}.cnbak"
        self.say(f"begin backup {path}")
        self.nb.backup(path)
        self.say(f"backup {path}")


def work_until_killed(argv: list[str]) -> None:
    """argv: notebook folder, backup folder, seed, a name for this run's backups, sources."""
    folder, backups, seed, name, *sources = argv
    passphrases, now = json.loads(os.environ[PASSPHRASES_VARIABLE])
    with Notebook.open(folder, passphrases[now]) as nb:
        workload = Workload(
            nb,
            random.Random(int(seed)),
            passphrases=passphrases,
            now=now,
            sources=[Path(source) for source in sources],
            backups=Path(backups),
            name=name,
            out=sys.stdout,
        )
        workload.say("ready")
        for _ in itertools.count():
            workload.step()


if __name__ == "__main__":
    work_until_killed(sys.argv[1:])
