"""The chronology of a case: incidents, threats and interviews by earliest possible date."""

from __future__ import annotations

from typing import Any, NamedTuple

from . import dates
from .db import Database
from .store import UNDATED

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
    return list(map(Entry._make, db.tuples(sql, parameters)))
