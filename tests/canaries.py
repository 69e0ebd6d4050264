"""Canary strings in every free-text field a notebook holds, in file names and evidence bytes.

Fields are found by reflection over the record dataclasses, so a field added later is filled
(and so scanned for) without anyone remembering to add it here. What a test then looks for
anywhere on disk is every canary, each one's random token alone (should a field be stored
changed) and its case-folded form (a search index may keep that), in UTF-8 and UTF-16.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from notebook import Notebook
from notebook.model import (
    IDENTITY_FIELDS,
    Case,
    Consent,
    Evidence,
    Incident,
    Interview,
    Organisation,
    Participant,
    Person,
    Record,
    Threat,
)

# Free text is every text field but identifiers, dates and vocabulary codes (which the model
# names for each kind) and these short codes, which the program checks or proposes itself.
CODES = {"perpetrator_id", "interviewee_id", "exhibit_ref", "exhibit_prefix"}


def canary(label: str) -> str:
    """A string found nowhere else: Cyrillic, Latin and a random token."""
    return f"{label}-Канарейка-{secrets.token_hex(6)}"


def free_text_fields(kind: type[Record]) -> list[str]:
    not_free = {*IDENTITY_FIELDS, *kind.CODE_FIELDS, *kind.DATE_FIELDS, *CODES}
    return [
        item.name
        for item in dataclasses.fields(kind)
        if item.name not in not_free and item.type in ("str", str)
    ]


@dataclass
class Planted:
    """What was put in, by where it went."""

    texts: dict[str, str] = field(default_factory=dict)
    evidence_ids: list[str] = field(default_factory=list)

    def plant(self, where: str) -> str:
        self.texts[where] = text = canary(where.replace(" ", "_").replace(".", "_"))
        return text

    def needles(self) -> list[str]:
        found = set()
        for text in self.texts.values():
            found |= {text, text.casefold(), text.rsplit("-", 1)[1]}
        return sorted(found)


def _filled(kind: type[Record], planted: Planted, **fixed: object) -> Record:
    values = {name: planted.plant(f"{kind.__name__}.{name}") for name in free_text_fields(kind)}
    values.update(fixed)
    return kind(**values)


def evidence_bytes(planted: Planted, where: str, size: int = 200_000) -> bytes:
    """Random bytes with a canary inside, once in UTF-8 and once in UTF-16."""
    text = planted.plant(where)
    middle = size // 2
    return (
        os.urandom(middle)
        + text.encode("utf-8")
        + os.urandom(1000)
        + text.encode("utf-16-le")
        + os.urandom(size - middle)
    )


def fill_every_field(notebook: Notebook, sources: Path) -> Planted:
    """A case with one record of each kind, every free-text field a canary, and evidence
    files whose names and contents carry canaries; the record edited once more as well."""
    planted = Planted()
    case = notebook.add(_filled(Case, planted))
    person = notebook.add(
        _filled(
            Person,
            planted,
            case_id=case.id,
            other_names=(planted.plant("Person.other_names"),),
            protected=True,
        )
    )
    notebook.add(
        _filled(
            Organisation,
            planted,
            case_id=case.id,
            other_names=(planted.plant("Organisation.other_names"),),
        )
    )
    participant = Participant(
        person_id=person.id, role="victim", involvement="", perpetrator_type=""
    )
    incident = notebook.add(
        _filled(Incident, planted, case_id=case.id, date="2024-03-02", people=(participant,))
    )
    notebook.add(_filled(Threat, planted, case_id=case.id, date="2024-03-05"))
    consent = Consent(scope="record-only", recipients=planted.plant("Consent.recipients"))
    notebook.add(
        _filled(Interview, planted, case_id=case.id, interviewee_id=person.id, consent=consent)
    )
    sources.mkdir(parents=True, exist_ok=True)
    for number in (1, 2):
        name = planted.plant(f"file name {number}")
        source = sources / f"{name}.jpg"
        source.write_bytes(evidence_bytes(planted, f"evidence content {number}"))
        record = _filled(Evidence, planted, case_id=case.id)
        planted.evidence_ids.append(
            notebook.import_evidence(source, record, actor=planted.plant(f"actor {number}")).id
        )
    notebook.tag(incident.id, planted.plant("tag"))
    notebook.link(planted.evidence_ids[0], incident.id, "supports", note=planted.plant("link note"))
    notebook.record_exports(
        planted.evidence_ids[:1],
        actor=planted.plant("export actor"),
        purpose=planted.plant("purpose"),
    )
    # An edit, so old versions of pages (the WAL, freed pages) hold content too.
    notebook.update(incident.id, description=planted.plant("Incident.description edited"))
    return planted
