"""The chronology of a case by earliest possible date: entries for lists, marks for the view."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import dates, vocabularies
from .db import Database
from .errors import InvalidInput
from .model import Evidence, Incident, Interview, Record
from .store import UNDATED, Store

TIMELINE_KINDS = ("incident", "threat", "interview")


class Entry(NamedTuple):
    """One line of a chronology (a tuple: a long timeline builds a hundred thousand of them)."""

    record_id: str
    kind: str
    type: str  # the incident type, or "interview"
    label: str
    date: str  # EDTF as recorded; empty when unknown
    sort_start: int | None  # minutes since 0001-01-01 of the earliest possible start
    sort_end: int | None  # ... and of the latest possible end; None when undated
    day_order: int

    @property
    def dated(self) -> bool:
        return bool(self.date)

    def parsed_date(self) -> dates.EdtfDate | None:
        return dates.parse(self.date) if self.date else None


# A row of the query below as an Entry: tuple.__new__ called from C, without the Python
# frame of Entry._make for each of a hundred thousand rows (the query gives eight columns).
_entry = functools.partial(tuple.__new__, Entry)


def timeline(
    db: Database,
    case_id: str,
    *,
    types: tuple[str, ...] = (),
    person_id: str | None = None,
    tag: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> list[Entry]:
    """Dated entries by earliest possible start, then same-day order; undated ones last.

    `start` and `end` are EDTF: an entry is kept when its possible span meets the range
    (so "2019" keeps "2019-06-10" and "2018/2020"); a date range leaves undated entries out.
    The order is the index's own (undated records carry a key after every date), so
    SQLite reads a chronology without sorting it.
    """
    sql = (
        "SELECT id, kind, type, label, date, NULLIF(sort_start, ?), NULLIF(sort_end, ?),"
        " day_order FROM records"
        " INDEXED BY records_by_time"
        f" WHERE case_id = ? AND kind IN ({','.join('?' * len(TIMELINE_KINDS))})"
    )
    parameters: list[Any] = [UNDATED, UNDATED, case_id, *TIMELINE_KINDS]
    if types:
        sql += f" AND type IN ({','.join('?' * len(types))})"
        parameters += types
    if person_id:
        sql += (
            " AND num IN (SELECT p.record_num FROM record_people p"
            " JOIN records person ON person.num = p.person_num WHERE person.id = ?)"
        )
        parameters.append(person_id)
    if tag:
        sql += " AND id IN (SELECT record_id FROM tags WHERE tag = ?)"
        parameters.append(tag)
    if start or end:
        sql += " AND sort_start < ?"
        parameters.append(UNDATED)
    if start:
        sql += " AND sort_end >= ?"
        parameters.append(dates.sort_bounds(dates.parse(start))[0])
    if end:
        sql += " AND sort_start <= ?"
        parameters.append(dates.sort_bounds(dates.parse(end))[1])
    sql += " ORDER BY sort_start, day_order, sort_end, num"
    return db.tuples(sql, parameters, make=_entry)


# -- marks: what the visual timeline draws --------------------------------------------------

MARK_KINDS = ("incident", "threat", "interview", "evidence")
# Groups colour and order the marks; incidents take theirs from the incident types vocabulary.
INTERVIEWS_GROUP = "interviews"
EVIDENCE_GROUP = "evidence"


@dataclass(frozen=True, slots=True)
class Mark:
    """One record on the visual timeline, with everything its drawing and filters need."""

    record_id: str
    kind: str
    type: str  # the incident type; "interview"; or the evidence kind
    group: str  # an incident group code, INTERVIEWS_GROUP or EVIDENCE_GROUP
    label: str
    date: str  # EDTF as recorded (for evidence: when it was acquired); empty when unknown
    start: int | None  # minutes since 0001-01-01 of the earliest possible start; None undated
    end: int | None  # ... and of the latest possible end
    precision: str  # how finely the less precise side is known (dates.Precision); "" undated
    approximate: bool
    uncertain: bool
    open_start: bool  # an interval whose start is open or unknown
    open_end: bool
    day_order: int
    risk: str  # threats only; empty until assessed
    fact_status: str  # incidents and threats only
    people: tuple[str, ...]  # ids of every person the record names
    tags: tuple[str, ...]

    @property
    def dated(self) -> bool:
        return self.start is not None


def marks(store: Store, case_id: str) -> list[Mark]:
    """Every incident, threat, interview and evidence item of a case, dated ones by earliest
    possible start (then same-day order), undated ones after them in the order they were made."""
    tags: dict[str, list[str]] = {}
    for record_id, tag in store.db.tuples(
        "SELECT t.record_id, t.tag FROM tags t JOIN records r ON r.id = t.record_id"
        " WHERE r.case_id = ? ORDER BY t.tag",
        (case_id,),
    ):
        tags.setdefault(record_id, []).append(tag)
    # One query for every kind, so undated marks keep the order they were made in across kinds.
    made = [
        _mark(record, tuple(tags.get(record.id, ())))
        for record in store.records(case_id=case_id)
        if record.KIND in MARK_KINDS
    ]
    dated = sorted(
        (mark for mark in made if mark.dated),
        key=lambda mark: (mark.start, mark.day_order, mark.end),
    )
    return dated + [mark for mark in made if not mark.dated]


def _mark(record: Record, tags: tuple[str, ...]) -> Mark:
    date = record.date
    if isinstance(record, Incident):
        type_, group = record.type, incident_group(record.type)
    elif isinstance(record, Interview):
        type_, group = "interview", INTERVIEWS_GROUP
    elif isinstance(record, Evidence):
        type_, group, date = record.evidence_kind, EVIDENCE_GROUP, record.acquired_on
    else:  # pragma: no cover - MARK_KINDS names only the classes above
        raise TypeError(record.KIND)
    people = [reference[0] for reference in record.person_references()]
    if isinstance(record, Incident):
        people += [participant.person_id for participant in record.people]
    start = end = None
    precision = ""
    approximate = uncertain = open_start = open_end = False
    if date:
        parsed = dates.parse(date)
        start, end = dates.sort_bounds(parsed)
        points = [point for point in (parsed.start, parsed.end) if point is not None]
        precision = max(points, key=lambda point: _COARSENESS[point.precision]).precision.value
        approximate, uncertain = parsed.approximate, parsed.uncertain
        open_start = parsed.open_start or parsed.unknown_start
        open_end = parsed.open_end or parsed.unknown_end
    return Mark(
        record_id=record.id,
        kind=record.KIND,
        type=type_,
        group=group,
        label=record.label,
        date=date,
        start=start,
        end=end,
        precision=precision,
        approximate=approximate,
        uncertain=uncertain,
        open_start=open_start,
        open_end=open_end,
        day_order=getattr(record, "day_order", 0),
        risk=getattr(record, "risk", ""),
        fact_status=getattr(record, "fact_status", ""),
        people=tuple(dict.fromkeys(people)),
        tags=tags,
    )


_COARSENESS = {precision: rank for rank, precision in enumerate(reversed(dates.Precision))}


def incident_group(incident_type: str) -> str:
    """The broad category of an incident type; "other" for a code this version does not know."""
    vocabulary = vocabularies.load("incident_types")
    if incident_type not in vocabulary:
        return "other"
    return vocabulary.term(incident_type).group or "other"


def group_codes() -> tuple[str, ...]:
    """Every group, in the order lanes and legends show them."""
    return (*vocabularies.load("incident_groups").codes, INTERVIEWS_GROUP, EVIDENCE_GROUP)


@dataclass(frozen=True)
class MarkFilter:
    """Which marks to show: each set left empty lets everything through; the rest combine,
    except groups and types, which together answer one question (a mark of a chosen group or
    of a chosen type is kept).

    A date range (EDTF, either side may be empty) keeps marks whose possible span meets it
    and leaves undated marks out; a fact-status choice leaves out records that have none.
    """

    groups: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    start: str = ""
    end: str = ""

    def __post_init__(self) -> None:
        # Parse now, so a bad date is refused when the filter is made, not when it is used.
        low = dates.sort_bounds(dates.parse(self.start))[0] if self.start else None
        high = dates.sort_bounds(dates.parse(self.end))[1] if self.end else None
        if low is not None and high is not None and low > high:
            raise InvalidInput("the range ends before it starts", field="end")
        object.__setattr__(self, "_bounds", (low, high))

    @property
    def is_clear(self) -> bool:
        return self == MarkFilter()

    def accepts(self, mark: Mark) -> bool:
        # Groups and types are one choice, "what kind of record": either may let a mark in.
        if (self.groups or self.types) and not (
            mark.group in self.groups or mark.type in self.types
        ):
            return False
        if self.people and not self.people.intersection(mark.people):
            return False
        if self.tags and not self.tags.intersection(mark.tags):
            return False
        if self.statuses and mark.fact_status not in self.statuses:
            return False
        low, high = self._bounds  # type: ignore[attr-defined]
        if low is None and high is None:
            return True
        if mark.start is None or mark.end is None:
            return False
        return (low is None or mark.end >= low) and (high is None or mark.start <= high)

    def apply(self, all_marks: list[Mark]) -> list[Mark]:
        return [mark for mark in all_marks if self.accepts(mark)]
