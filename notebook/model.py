"""The records, as frozen dataclasses, and the rules a record must meet before it is stored."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from . import dates, vocabularies
from .errors import InvalidInput

# lxml (and so every Word export) refuses these; refusing them at the door keeps exports safe.
_FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Halves of UTF-16 pairs, alone: from bytes that were not UTF-8, or a "\ud800" escape in JSON.
_SURROGATES = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"^[^\s,][^,]{0,63}$")
MAXIMUM_LINE_LENGTH = 1_000
MAXIMUM_TEXT_LENGTH = 10_000_000


@dataclass(frozen=True, kw_only=True)
class Record:
    """What every record has: identity, its case, and when it was created and last changed."""

    KIND: ClassVar[str] = ""
    # Fields holding an EDTF date, a vocabulary code, a person's id, or one line of text.
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ()
    CODE_FIELDS: ClassVar[dict[str, str]] = {}
    PERSON_FIELDS: ClassVar[tuple[str, ...]] = ()
    LINE_FIELDS: ClassVar[tuple[str, ...]] = ()

    id: str = ""
    case_id: str = ""
    created: str = ""
    updated: str = ""

    @property
    def label(self) -> str:
        """How the record is named in lists: its title or name."""
        return str(getattr(self, "title", "") or getattr(self, "name", ""))

    @property
    def date(self) -> str:  # overridden by dated records
        return ""

    def person_references(self) -> list[tuple[str, str]]:
        """(person id, role) for every person this record names."""
        return [
            (getattr(self, name), name.removesuffix("_id"))
            for name in self.PERSON_FIELDS
            if getattr(self, name)
        ]

    def searchable_text(self) -> list[str]:
        """Every free-text value, for the full-text index."""
        return [text for text in _text_values(self) if text]


@dataclass(frozen=True, kw_only=True)
class Case(Record):
    KIND: ClassVar[str] = "case"
    CODE_FIELDS: ClassVar[dict[str, str]] = {"status": "case_status"}
    LINE_FIELDS: ClassVar[tuple[str, ...]] = ("title", "reference", "exhibit_prefix")

    title: str
    reference: str = ""
    summary: str = ""
    status: str = "open"
    exhibit_prefix: str = ""  # marks exhibits "KR/1", "KR/2"…; from the title when empty


@dataclass(frozen=True, kw_only=True)
class Person(Record):
    KIND: ClassVar[str] = "person"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("birth_date",)
    CODE_FIELDS: ClassVar[dict[str, str]] = {"sex": "sex"}
    LINE_FIELDS: ClassVar[tuple[str, ...]] = ("name", "occupation", "pseudonym")

    name: str
    other_names: tuple[str, ...] = ()
    sex: str = "unknown"
    birth_date: str = ""
    occupation: str = ""
    contact_notes: str = ""
    protected: bool = False
    pseudonym: str = ""  # what exports print instead of the name of a protected person


@dataclass(frozen=True, kw_only=True)
class Organisation(Record):
    KIND: ClassVar[str] = "organisation"
    LINE_FIELDS: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    other_names: tuple[str, ...] = ()
    description: str = ""
    contact_notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Participant:
    """A person's part in one incident; roles belong to the incident, not to the person."""

    person_id: str
    role: str
    involvement: str = ""  # for perpetrators: the degree of involvement
    perpetrator_type: str = ""  # for perpetrators: police, security service, private person…


@dataclass(frozen=True, kw_only=True)
class Incident(Record):
    KIND: ClassVar[str] = "incident"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("date",)
    CODE_FIELDS: ClassVar[dict[str, str]] = {
        "type": "incident_types",
        "fact_status": "fact_status",
        "confidentiality": "confidentiality",
    }
    LINE_FIELDS: ClassVar[tuple[str, ...]] = ("title", "place")

    title: str
    type: str = "other"
    date: str = ""  # EDTF; empty when the date is unknown
    place: str = ""
    description: str = ""
    people: tuple[Participant, ...] = ()
    fact_status: str = "unsure"
    confidentiality: str = "restricted"
    day_order: int = 0  # orders events recorded on the same day

    def person_references(self) -> list[tuple[str, str]]:
        return [(p.person_id, p.role) for p in self.people] + super().person_references()


@dataclass(frozen=True, kw_only=True)
class Threat(Incident):
    KIND: ClassVar[str] = "threat"
    CODE_FIELDS: ClassVar[dict[str, str]] = {
        **Incident.CODE_FIELDS,
        "means": "threat_means",
        "channel": "threat_channels",
        "risk": "risk_levels",
        "perpetrator_type": "perpetrator_types",
    }
    PERSON_FIELDS: ClassVar[tuple[str, ...]] = ("perpetrator_id",)

    type: str = "threat"
    means: str = ""
    channel: str = ""
    perpetrator_id: str = ""
    perpetrator_type: str = ""  # what is known when the person is not: "state-security-service"
    risk: str = ""  # empty until assessed
    protective_measures: str = ""


@dataclass(frozen=True, kw_only=True)
class Consent:
    """Informed consent for an interview: its scope, who may receive it, and any withdrawal."""

    scope: str = "none"  # none, record-only, share-anonymised, share-named
    recipients: str = ""
    withdrawn: bool = False
    withdrawn_on: str = ""  # EDTF

    @property
    def given(self) -> bool:
        return self.scope != "none" and not self.withdrawn

    def allows_sharing(self, *, redacted: bool) -> bool:
        """Whether an export or a case package may carry the interview: a redacted one under
        share-anonymised or share-named, one that names people only under share-named, and
        none once consent is withdrawn."""
        if self.withdrawn:
            return False
        allowed = ("share-anonymised", "share-named") if redacted else ("share-named",)
        return self.scope in allowed


@dataclass(frozen=True, kw_only=True)
class Interview(Record):
    KIND: ClassVar[str] = "interview"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("date",)
    CODE_FIELDS: ClassVar[dict[str, str]] = {"confidentiality": "confidentiality"}
    PERSON_FIELDS: ClassVar[tuple[str, ...]] = ("interviewee_id",)
    LINE_FIELDS: ClassVar[tuple[str, ...]] = ("title", "interviewer", "place", "language")

    interviewee_id: str
    title: str = ""
    interviewer: str = ""
    date: str = ""
    place: str = ""
    language: str = ""
    interpreter: str = ""
    consent: Consent = field(default_factory=Consent)
    transcript: str = ""
    confidentiality: str = "confidential"
    day_order: int = 0

    @property
    def label(self) -> str:
        return self.title or "Interview"


@dataclass(frozen=True, kw_only=True)
class Evidence(Record):
    """What is known about a piece of evidence; the file itself is stored separately."""

    KIND: ClassVar[str] = "evidence"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("acquired_on",)
    CODE_FIELDS: ClassVar[dict[str, str]] = {
        "evidence_kind": "evidence_kinds",
        "source_reliability": "source_reliability",
        "confidentiality": "confidentiality",
    }
    LINE_FIELDS: ClassVar[tuple[str, ...]] = ("title", "source", "acquired_by", "exhibit_ref")

    title: str
    description: str = ""
    evidence_kind: str = "other"  # photo, video, medical record…; "kind" is the record's
    source: str = ""
    source_reliability: str = ""
    acquired_on: str = ""
    acquired_how: str = ""
    acquired_by: str = ""
    device_clock_note: str = ""  # e.g. "the phone's clock ran an hour behind"
    exhibit_ref: str = ""  # e.g. KR/1, unique within the case
    confidentiality: str = "confidential"
    # The file shows or names a protected person (a face, a voice, a signature): redacted
    # bundles leave it out, since no pseudonym can be put inside a photograph.
    identifies_protected: bool = False

    @property
    def date(self) -> str:
        return self.acquired_on


@dataclass(frozen=True, kw_only=True)
class Link:
    """A typed, directed relation between two records of one case."""

    id: str = ""
    case_id: str = ""
    from_id: str
    to_id: str
    kind: str
    note: str = ""
    created: str = ""


RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls for cls in (Case, Person, Organisation, Incident, Threat, Interview, Evidence)
}
KINDS: tuple[str, ...] = tuple(RECORD_TYPES)
IDENTITY_FIELDS = ("id", "case_id", "created", "updated")


# -- checking --------------------------------------------------------------------------------


def validate(record: Record) -> None:
    """Raise InvalidInput, naming the field, for the first thing wrong with a record."""
    for name in ("title", "name"):
        if hasattr(record, name) and not str(getattr(record, name)).strip():
            if isinstance(record, Interview):
                continue
            raise InvalidInput(f"the {name} must not be empty", field=name)
    for name, text in _named_text_values(record):
        _check_text(name, text, single_line=name in record.LINE_FIELDS)
    for name in record.DATE_FIELDS:
        _check_date(name, getattr(record, name))
    for name, vocabulary in record.CODE_FIELDS.items():
        value = getattr(record, name)
        if value or name not in _OPTIONAL_CODES:
            vocabularies.require(vocabulary, value, field=name)
    if isinstance(record, Incident):
        _check_participants(record.people)
    if isinstance(record, Interview):
        vocabularies.require("consent_scope", record.consent.scope, field="consent")
        _check_date("consent_withdrawn_on", record.consent.withdrawn_on)
        if record.consent.withdrawn_on and not record.consent.withdrawn:
            raise InvalidInput(
                "a withdrawal date needs the consent marked withdrawn", field="consent_withdrawn_on"
            )
    if isinstance(record, Person) and record.protected and not record.pseudonym.strip():
        raise InvalidInput("a protected person needs a pseudonym", field="pseudonym")
    if isinstance(record, Incident | Interview) and not isinstance(record.day_order, int):
        raise InvalidInput("the same-day order must be a whole number", field="day_order")


_OPTIONAL_CODES = {"means", "channel", "risk", "source_reliability", "perpetrator_type"}


def validate_link_kind(kind: str) -> None:
    vocabularies.require("link_kinds", kind, field="kind")


def validate_tag(tag: str) -> str:
    cleaned = tag.strip()
    if not _TAG.match(cleaned) or _FORBIDDEN_CHARACTERS.search(cleaned):
        raise InvalidInput(
            "a tag is 1 to 64 characters, without commas or control characters", field="tag"
        )
    return cleaned


def _check_participants(people: tuple[Participant, ...]) -> None:
    seen: set[tuple[str, str]] = set()
    for participant in people:
        if not participant.person_id:
            raise InvalidInput("a participant needs a person", field="people")
        vocabularies.require("roles", participant.role, field="role")
        for name, vocabulary, words in (
            ("involvement", "involvement", "degree of involvement"),
            ("perpetrator_type", "perpetrator_types", "perpetrator type"),
        ):
            value = getattr(participant, name)
            if not value:
                continue
            if participant.role != "perpetrator":
                raise InvalidInput(f"only a perpetrator has a {words}", field=name)
            vocabularies.require(vocabulary, value, field=name)
        key = (participant.person_id, participant.role)
        if key in seen:
            raise InvalidInput("the same person is listed twice in the same role", field="people")
        seen.add(key)


def _check_date(name: str, value: str) -> None:
    if not value:
        return
    try:
        dates.parse(value)
    except InvalidInput as error:
        raise InvalidInput(str(error), field=name) from None


def _check_text(name: str, text: str, *, single_line: bool) -> None:
    if _FORBIDDEN_CHARACTERS.search(text):
        raise InvalidInput("the text contains control characters", field=name)
    if _SURROGATES.search(text):
        raise InvalidInput("the text is not valid Unicode", field=name)
    if single_line and ("\n" in text or "\r" in text):
        raise InvalidInput("this field takes a single line", field=name)
    limit = MAXIMUM_LINE_LENGTH if single_line else MAXIMUM_TEXT_LENGTH
    if len(text) > limit:
        raise InvalidInput(f"the text is longer than {limit:,} characters", field=name)


def _named_text_values(record: Any, prefix: str = "") -> list[tuple[str, str]]:
    values: list[tuple[str, str]] = []
    for name in field_names(type(record)):
        if name in IDENTITY_FIELDS or name.endswith("_id"):
            continue
        value = getattr(record, name)
        if isinstance(value, str):
            values.append((prefix + name, value))
        elif isinstance(value, tuple):
            values.extend((prefix + name, item) for item in value if isinstance(item, str))
        elif isinstance(value, Consent):
            values.extend(_named_text_values(value, prefix=name + "_"))
    return values


def _text_values(record: Record) -> list[str]:
    skipped = set(record.CODE_FIELDS) | set(record.DATE_FIELDS)
    return [text for name, text in _named_text_values(record) if name not in skipped]


# -- plain data, for the database and for --json ----------------------------------------------


@functools.cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def to_data(record: Record | Link | Participant | Consent) -> dict[str, Any]:
    """The record's own fields as JSON-ready data (tuples become lists).

    Written out rather than `dataclasses.asdict`, which deep-copies every value and was
    a third of the cost of storing a record.
    """
    return {name: _plain(getattr(record, name)) for name in field_names(type(record))}


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Participant | Consent):
        return to_data(value)
    return value


def body_of(record: Record) -> dict[str, Any]:
    """What is stored in the record's body: every field but its identity."""
    return {
        name: _plain(getattr(record, name))
        for name in field_names(type(record))
        if name not in IDENTITY_FIELDS
    }


def from_data(kind: str, data: dict[str, Any]) -> Record:
    """Rebuild a record from stored or typed data; unknown keys are refused."""
    try:
        cls = RECORD_TYPES[kind]
    except KeyError:
        raise InvalidInput(f"unknown record kind {kind!r}", field="kind") from None
    unknown = sorted(set(data) - set(field_names(cls)))
    if unknown:
        raise InvalidInput(f"a {kind} has no field {unknown[0]!r}", field=unknown[0])
    values = dict(data)
    if "people" in values:
        values["people"] = tuple(
            p if isinstance(p, Participant) else Participant(**p) for p in values["people"]
        )
    if "consent" in values and isinstance(values["consent"], dict):
        values["consent"] = Consent(**values["consent"])
    if "other_names" in values:
        values["other_names"] = tuple(values["other_names"])
    try:
        return cls(**values)
    except TypeError as error:
        raise InvalidInput(f"a {kind} is incomplete: {error}", field=None) from None


def changed(record: Record, **changes: Any) -> Record:
    """A copy of the record with some fields changed, its identity untouched."""
    for name in changes:
        if name in IDENTITY_FIELDS:
            raise InvalidInput(f"{name} cannot be changed", field=name)
    merged = {**to_data(record), **changes}
    return from_data(record.KIND, merged)
