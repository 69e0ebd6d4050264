"""The chronology of a case: incidents, threats and interviews by earliest possible date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import dates
from .db import Database

TIMELINE_KINDS = ("incident", "threat", "interview")


@dataclass(frozen=True, kw_only=True)
class Entry:
    record_id: str
    kind: str
    type: str  # the incident type, or "interview"
    label: str
    date: str  # EDTF as recorded; empty when unknown
    sort_start: int | None
    sort_end: int | None
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
    """
    sql = (
        "SELECT id, kind, type, label, date, sort_start, sort_end, day_order FROM records"
        f" WHERE case_id = ? AND kind IN ({','.join('?' * len(TIMELINE_KINDS))})"
    )
    parameters: list[Any] = [case_id, *TIMELINE_KINDS]
    if types:
        sql += f" AND type IN ({','.join('?' * len(types))})"
        parameters += types
    if person_id:
        sql += " AND id IN (SELECT record_id FROM record_people WHERE person_id = ?)"
        parameters.append(person_id)
    if tag:
        sql += " AND id IN (SELECT record_id FROM tags WHERE tag = ?)"
        parameters.append(tag)
    if start:
        sql += " AND sort_end >= ?"
        parameters.append(dates.sort_bounds(dates.parse(start))[0])
    if end:
        sql += " AND sort_start <= ?"
        parameters.append(dates.sort_bounds(dates.parse(end))[1])
    sql += " ORDER BY sort_start IS NULL, sort_start, day_order, sort_end, created, num"
    return [
        Entry(
            record_id=row["id"],
            kind=row["kind"],
            type=row["type"],
            label=row["label"],
            date=row["date"],
            sort_start=row["sort_start"],
            sort_end=row["sort_end"],
            day_order=row["day_order"],
        )
        for row in db.query(sql, parameters)
    ]
