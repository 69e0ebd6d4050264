"""What a case package carries: a case's records, links, tags and custody, redacted or not.

Gathering follows the exports' rules, so a package never shares more than a document would:
with redaction, protected people appear only under their pseudonyms (in every text, file
name and custody line), lose their other names, birth date and contact details, and
evidence that shows or names them is left out; interviews go only where their consent
allows (a redacted package needs share-anonymised or share-named, an unredacted one
share-named, a withdrawn consent never).

A record's digest is what two notebooks compare to know whether it changed since they last
exchanged it: its kind, case and fields, without the times that each notebook sets itself.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from . import model
from .errors import MALFORMED_DATA, InvalidInput
from .evidence import CustodyEvent, EvidenceFile
from .export.redact import Redactor, redacted_person
from .model import Case, Consent, Evidence, Interview, Link, Person, Record

if TYPE_CHECKING:
    from .notebook import Notebook

# Records go in this order, so that whatever a record names already exists when it arrives.
_KIND_ORDER = {"case": 0, "person": 1, "organisation": 1}


@dataclass(frozen=True)
class Withheld:
    kind: str
    label: str  # redacted like everything else
    reason: str


@dataclass(frozen=True)
class CaseContent:
    case: Case
    records: list[Record]  # the case first, then people and organisations, then the rest
    links: list[Link]
    tags: dict[str, list[str]]
    custody: dict[str, list[CustodyEvent]]  # of each evidence item sent
    files: list[EvidenceFile]  # the stored files of the evidence sent, in record order
    withheld: list[Withheld]
    redacted: bool

    def encode(self) -> bytes:
        """The records entry of a package, as JSON."""
        document = {
            "records": [{"kind": record.KIND, **model.to_data(record)} for record in self.records],
            "links": [model.to_data(link) for link in self.links],
            "tags": self.tags,
            "custody": {
                record_id: [_event_to_json(event) for event in events]
                for record_id, events in self.custody.items()
            },
            "withheld": [vars(item) for item in self.withheld],
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def gather_case(notebook: Notebook, case_id: str, *, redact: bool) -> CaseContent:
    """Read one case for a package, redacted unless `redact` is False."""
    case = notebook.get(case_id)
    if not isinstance(case, Case):
        raise InvalidInput("that id is not a case", field="case")
    redactor = Redactor.for_case(notebook, case_id) if redact else Redactor.none()
    text = redactor.text
    sent: list[Record] = []
    withheld: list[Withheld] = []
    for record in [case, *notebook.records(case_id=case_id)]:
        shown = redacted_record(record, redactor)
        reason = _reason_to_withhold(record, redact=redact)
        if reason:
            withheld.append(Withheld(record.KIND, shown.label, reason))
        else:
            sent.append(shown)
    sent.sort(key=lambda record: _KIND_ORDER.get(record.KIND, 2))
    ids = {record.id for record in sent}
    links: dict[str, Link] = {}
    tags: dict[str, list[str]] = {}
    for record_id in ids:
        for link in notebook.links(record_id):
            if link.from_id in ids and link.to_id in ids:
                links[link.id] = replace(link, note=text(link.note))
        found = notebook.tags(record_id)
        if found:
            tags[record_id] = [text(tag) for tag in found]
    custody: dict[str, list[CustodyEvent]] = {}
    files: list[EvidenceFile] = []
    for record in sent:
        if not isinstance(record, Evidence):
            continue
        stored = notebook.evidence_file(record.id)
        if stored is not None:
            files.append(replace(stored, original_name=text(stored.original_name)))
        custody[record.id] = [
            replace(event, actor=text(event.actor), purpose=text(event.purpose))
            for event in notebook.custody(record.id)
        ]
    return CaseContent(
        case=sent[0],  # type: ignore[arg-type]
        records=sent,
        links=sorted(links.values(), key=lambda link: (link.created, link.id)),
        tags=dict(sorted(tags.items())),
        custody=custody,
        files=files,
        withheld=withheld,
        redacted=redact,
    )


def _reason_to_withhold(record: Record, *, redact: bool) -> str:
    if isinstance(record, Interview):
        consent = record.consent
        if consent.withdrawn:
            return "consent withdrawn"
        if not consent.allows_sharing(redacted=redact):
            return f"consent ({consent.scope}) does not allow this"
    if isinstance(record, Evidence) and redact and record.identifies_protected:
        return "shows or names a protected person"
    return ""


def redacted_record(record: Record, redactor: Redactor) -> Record:
    """`record` with every free text redacted; a person as `redacted_person` shows them."""
    if isinstance(record, Person):
        return redacted_person(record, redactor)
    text = redactor.text
    skipped = {*model.IDENTITY_FIELDS, *record.CODE_FIELDS, *record.DATE_FIELDS}
    changes: dict[str, Any] = {}
    for name in model.field_names(type(record)):
        if name in skipped or name.endswith("_id"):
            continue
        value = getattr(record, name)
        if isinstance(value, str):
            changes[name] = text(value)
        elif isinstance(value, Consent):
            changes[name] = replace(value, recipients=text(value.recipients))
    return replace(record, **changes)


def record_digest(record: Record) -> str:
    """SHA-256 of what a record says, without the times each notebook sets for itself."""
    canonical = json.dumps(
        {"kind": record.KIND, "id": record.id, "case": record.case_id, **model.body_of(record)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# -- reading the records entry of a package that arrived ---------------------------------------


@dataclass(frozen=True)
class IncomingEvent:
    event: str
    at: str
    actor: str
    purpose: str
    sha256: str


@dataclass(frozen=True)
class IncomingCase:
    records: list[Record]
    links: list[Link]
    tags: dict[str, list[str]]
    custody: dict[str, list[IncomingEvent]]
    withheld: list[Withheld]


def decode_records(data: bytes, *, case_id: str) -> IncomingCase:
    """The records entry of a signed package; a record this version cannot take, or one of
    another case, refuses the whole package (the message names no content)."""
    try:
        document = json.loads(data.decode("utf-8"))
        items = document["records"]
        links = [_typed(Link(**item)) for item in document["links"]]
        tags = {str(key): [str(tag) for tag in value] for key, value in document["tags"].items()}
        custody = {
            str(key): [IncomingEvent(**_event_fields(event)) for event in events]
            for key, events in document["custody"].items()
        }
        withheld = [_typed(Withheld(**item)) for item in document["withheld"]]
        if not isinstance(items, list):
            raise TypeError("records")
    except MALFORMED_DATA:
        raise InvalidInput(
            "the package's records cannot be read by this version", field="package"
        ) from None
    records = [_incoming_record(number, item, case_id) for number, item in enumerate(items, 1)]
    if not records or not isinstance(records[0], Case) or records[0].id != case_id:
        raise InvalidInput("the package does not begin with its case", field="package")
    if len({record.id for record in records}) != len(records):
        raise InvalidInput("the package holds a record twice", field="package")
    return IncomingCase(records, links, tags, custody, withheld)


def _incoming_record(number: int, item: Any, case_id: str) -> Record:
    if not isinstance(item, dict) or not isinstance(item.get("kind"), str):
        raise InvalidInput(f"record {number} of the package has no kind", field="package")
    data = dict(item)
    kind = data.pop("kind")
    try:
        record = _typed(model.from_data(kind, data))
        model.validate(record)
    except InvalidInput as error:
        raise InvalidInput(
            f"record {number} of the package cannot be taken by this version ({error})",
            field="package",
        ) from None
    except (TypeError, ValueError, AttributeError):  # from_data meeting a list where text goes…
        raise InvalidInput(
            f"record {number} of the package holds a value of the wrong type", field="package"
        ) from None
    if not is_record_id(record.id):
        raise InvalidInput(f"record {number} of the package has no valid id", field="package")
    owner = record.id if isinstance(record, Case) else record.case_id
    if owner != case_id:
        raise InvalidInput(f"record {number} of the package is of another case", field="package")
    return record


def _typed(value: Any) -> Any:
    """`value` (a dataclass built from a package's JSON), once every field holds what its
    annotation names; else TypeError. The model does not check types (the store, the desktop
    and the command line never give it others), and JSON can give any."""
    for each in fields(value):
        found = getattr(value, each.name)
        wanted = each.type  # a string: the model uses `from __future__ import annotations`
        if wanted == "str":
            fits = isinstance(found, str)
        elif wanted == "bool":
            fits = isinstance(found, bool)
        elif wanted == "int":
            fits = isinstance(found, int) and not isinstance(found, bool)
        elif wanted == "tuple[str, ...]":
            fits = isinstance(found, tuple) and all(isinstance(item, str) for item in found)
        elif wanted == "tuple[Participant, ...]":
            fits = isinstance(found, tuple) and all(
                isinstance(item, model.Participant) and _typed(item) for item in found
            )
        elif wanted == "Consent":
            fits = isinstance(found, Consent) and _typed(found) is found
        else:  # a field of a kind added since: test_fuzz_packages fails until it is known here
            raise TypeError(f"no check for {wanted}")
        if not fits:
            raise TypeError(each.name)
    return value


def is_record_id(text: Any) -> bool:
    """Ids are UUIDs as the store writes them; anything else could not have come from one."""
    if not isinstance(text, str):
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _event_to_json(event: CustodyEvent) -> dict[str, str]:
    return {
        "event": event.event,
        "at": event.at,
        "actor": event.actor,
        "purpose": event.purpose,
        "sha256": event.sha256,
    }


def _event_fields(event: Any) -> dict[str, str]:
    return {name: str(event[name]) for name in ("event", "at", "actor", "purpose", "sha256")}
