"""The repository of records: add, change, delete, link, tag and read them, in transactions."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from . import dates, model, search
from .audit import AuditLog
from .db import Database, IntegrityError, Row
from .errors import InUse, InvalidInput, NotFound
from .model import Case, Link, Record


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


class Store:
    """Records in the encrypted database; every change writes its audit entry atomically."""

    def __init__(self, db: Database, *, clock: Callable[[], str] = utc_now) -> None:
        self.db = db
        self._clock = clock
        self.audit = AuditLog(db, clock)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes: all of them commit, or none (nested groups are savepoints)."""
        try:
            with self.db.atomic():
                yield
        except BaseException:
            self.audit.forget_cached_head()
            raise

    # -- records ----------------------------------------------------------------------------

    def add(self, record: Record) -> Record:
        """Store a new record; returns it with its id and times filled in."""
        if record.id:
            raise InvalidInput("a new record must not have an id yet", field="id")
        now = self._clock()
        stored = replace(record, id=new_id(), created=now, updated=now)
        model.validate(stored)
        with self.transaction():
            self._check_case(stored)
            self._check_people(stored)
            self.db.execute(
                "INSERT INTO records(id, kind, case_id, created, updated, label, type, date,"
                " sort_start, sort_end, day_order, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                _row_values(stored),
            )
            self._write_people(stored)
            self._index(stored)
            self.audit.append("create", stored.id, _change(stored))
        return stored

    def get(self, record_id: str) -> Record:
        row = self.db.query_one(
            "SELECT id, kind, case_id, created, updated, body FROM records WHERE id = ?",
            (record_id,),
        )
        if row is None:
            raise NotFound(record_id)
        return _record_from_row(row)

    def update(self, record_id: str, **changes: Any) -> Record:
        """Change some fields of a record; returns the record as now stored."""
        with self.transaction():
            current = self.get(record_id)
            proposed = model.changed(current, **changes)
            if proposed == current:
                return current
            stored = replace(proposed, updated=self._clock())
            model.validate(stored)
            self._check_people(stored)
            self.db.execute(
                "UPDATE records SET label=?, type=?, date=?, sort_start=?, sort_end=?,"
                " day_order=?, body=?, updated=? WHERE id=?",
                (*_row_values(stored)[5:], stored.updated, stored.id),
            )
            self.db.execute("DELETE FROM record_people WHERE record_id = ?", (stored.id,))
            self._write_people(stored)
            self._index(stored)
            self.audit.append("update", stored.id, _change(stored))
        return stored

    def delete(self, record_id: str) -> None:
        """Delete a record with its links and tags; refused while other records refer to it."""
        with self.transaction():
            record = self.get(record_id)
            self._refuse_if_referenced(record)
            for link in self.links(record_id):
                self.unlink(link.id)
            for tag in self.tags(record_id):
                self.untag(record_id, tag)
            self.db.execute("DELETE FROM record_people WHERE record_id = ?", (record_id,))
            num = self.db.scalar("SELECT num FROM records WHERE id = ?", (record_id,))
            search.unindex_record(self.db, num)
            self.db.execute("DELETE FROM records WHERE id = ?", (record_id,))
            self.audit.append("delete", record_id, _change(record))

    def records(self, *, case_id: str | None = None, kind: str | None = None) -> list[Record]:
        """Records in the order they were created, optionally of one case and one kind."""
        sql = "SELECT id, kind, case_id, created, updated, body FROM records WHERE 1"
        parameters: list[Any] = []
        if case_id is not None:
            sql += " AND case_id = ?"
            parameters.append(case_id)
        if kind is not None:
            sql += " AND kind = ?"
            parameters.append(kind)
        return [_record_from_row(row) for row in self.db.query(sql + " ORDER BY num", parameters)]

    def cases(self) -> list[Case]:
        return [r for r in self.records(kind="case") if isinstance(r, Case)]

    def count(self, *, kind: str | None = None) -> int:
        if kind is None:
            return int(self.db.scalar("SELECT count(*) FROM records"))
        return int(self.db.scalar("SELECT count(*) FROM records WHERE kind = ?", (kind,)))

    # -- links ------------------------------------------------------------------------------

    def link(self, from_id: str, to_id: str, kind: str, *, note: str = "") -> Link:
        model.validate_link_kind(kind)
        if from_id == to_id:
            raise InvalidInput("a record cannot be linked to itself", field="to_id")
        with self.transaction():
            source, target = self.get(from_id), self.get(to_id)
            case_id = _case_of(source)
            if case_id != _case_of(target):
                raise InvalidInput("linked records must be in the same case", field="to_id")
            link = Link(
                id=new_id(),
                case_id=case_id,
                from_id=from_id,
                to_id=to_id,
                kind=kind,
                note=note,
                created=self._clock(),
            )
            try:
                self.db.execute(
                    "INSERT INTO links(id, case_id, from_id, to_id, kind, note, created)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (link.id, link.case_id, from_id, to_id, kind, note, link.created),
                )
            except IntegrityError:
                raise InvalidInput(
                    "these records are already linked that way", field="kind"
                ) from None
            self.audit.append("link", link.id, model.to_data(link))
        return link

    def unlink(self, link_id: str) -> None:
        with self.transaction():
            link = self.get_link(link_id)
            self.db.execute("DELETE FROM links WHERE id = ?", (link_id,))
            self.audit.append("unlink", link_id, model.to_data(link))

    def get_link(self, link_id: str) -> Link:
        row = self.db.query_one("SELECT * FROM links WHERE id = ?", (link_id,))
        if row is None:
            raise NotFound(link_id)
        return Link(**dict(row))

    def links(self, record_id: str) -> list[Link]:
        """Links from or to a record."""
        rows = self.db.query(
            "SELECT * FROM links WHERE from_id = ? OR to_id = ? ORDER BY created, id",
            (record_id, record_id),
        )
        return [Link(**dict(row)) for row in rows]

    # -- tags -------------------------------------------------------------------------------

    def tag(self, record_id: str, tag: str) -> None:
        tag = model.validate_tag(tag)
        with self.transaction():
            record = self.get(record_id)
            if tag in self.tags(record_id):
                return
            self.db.execute("INSERT INTO tags(record_id, tag) VALUES (?, ?)", (record_id, tag))
            self._index(record)
            self.audit.append("tag", record_id, {"tag": tag})

    def untag(self, record_id: str, tag: str) -> None:
        with self.transaction():
            record = self.get(record_id)
            if tag not in self.tags(record_id):
                raise NotFound(tag)
            self.db.execute("DELETE FROM tags WHERE record_id = ? AND tag = ?", (record_id, tag))
            self._index(record)
            self.audit.append("untag", record_id, {"tag": tag})

    def tags(self, record_id: str) -> list[str]:
        rows = self.db.query("SELECT tag FROM tags WHERE record_id = ? ORDER BY tag", (record_id,))
        return [row[0] for row in rows]

    def all_tags(self, *, case_id: str | None = None) -> list[str]:
        if case_id is None:
            rows = self.db.query("SELECT DISTINCT tag FROM tags ORDER BY tag")
        else:
            rows = self.db.query(
                "SELECT DISTINCT t.tag FROM tags t JOIN records r ON r.id = t.record_id"
                " WHERE r.case_id = ? ORDER BY t.tag",
                (case_id,),
            )
        return [row[0] for row in rows]

    # -- the rules that need the database ---------------------------------------------------

    def _check_case(self, record: Record) -> None:
        if isinstance(record, Case):
            if record.case_id:
                raise InvalidInput("a case does not belong to another case", field="case_id")
            return
        if not record.case_id:
            raise InvalidInput("the record needs a case", field="case_id")
        kind = self.db.scalar("SELECT kind FROM records WHERE id = ?", (record.case_id,))
        if kind != "case":
            raise InvalidInput("there is no case with that id", field="case_id")

    def _check_people(self, record: Record) -> None:
        for person_id, _role in record.person_references():
            row = self.db.query_one("SELECT kind, case_id FROM records WHERE id = ?", (person_id,))
            if row is None or row["kind"] != "person":
                raise InvalidInput("there is no person with that id", field="people")
            if row["case_id"] != record.case_id:
                raise InvalidInput("the person belongs to another case", field="people")

    def _write_people(self, record: Record) -> None:
        references = sorted(set(record.person_references()))
        self.db.executemany(
            "INSERT INTO record_people(record_id, person_id, role) VALUES (?, ?, ?)",
            [(record.id, person_id, role) for person_id, role in references],
        )

    def _refuse_if_referenced(self, record: Record) -> None:
        if isinstance(record, Case):
            held = int(
                self.db.scalar("SELECT count(*) FROM records WHERE case_id = ?", (record.id,))
            )
            if held:
                raise InUse(f"the case still holds {held} records", field="case_id")
        users = int(
            self.db.scalar(
                "SELECT count(DISTINCT record_id) FROM record_people"
                " WHERE person_id = ? AND record_id != ?",
                (record.id, record.id),
            )
        )
        if users:
            raise InUse(f"{users} other records refer to this person", field="people")

    def _index(self, record: Record) -> None:
        """Replace the record's row in the full-text index (same rowid as the record)."""
        num = self.db.scalar("SELECT num FROM records WHERE id = ?", (record.id,))
        texts = record.searchable_text()
        if record.label in texts:
            texts.remove(record.label)  # already in its own, more heavily weighted column
        search.index_record(self.db, num, record.label, [*texts, *self.tags(record.id)])


def _case_of(record: Record) -> str:
    return record.id if isinstance(record, Case) else record.case_id


def _change(record: Record) -> dict[str, Any]:
    return {
        "kind": record.KIND,
        "id": record.id,
        "case": record.case_id,
        "updated": record.updated,
        "body": model.body_of(record),
    }


def _row_values(record: Record) -> tuple[Any, ...]:
    date_text = record.date
    sort_start = sort_end = None
    if date_text:
        sort_start, sort_end = dates.sort_bounds(dates.parse(date_text))
    kind_type = getattr(record, "type", "") or getattr(record, "evidence_kind", "")
    if record.KIND == "interview":
        kind_type = "interview"
    return (
        record.id,
        record.KIND,
        record.case_id or None,
        record.created,
        record.updated,
        record.label,
        kind_type,
        date_text,
        sort_start,
        sort_end,
        getattr(record, "day_order", 0),
        json.dumps(model.body_of(record), ensure_ascii=False, separators=(",", ":")),
    )


def _record_from_row(row: Row) -> Record:
    data = json.loads(row["body"])
    data.update(
        id=row["id"], case_id=row["case_id"] or "", created=row["created"], updated=row["updated"]
    )
    return model.from_data(row["kind"], data)
