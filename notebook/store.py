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
from .db import Database, Row
from .errors import InUse, InvalidInput, NotFound
from .model import Case, Evidence, Link, Record

# The sort key of an unknown date: after every real one (9999-12-31 is about 5.3e9 minutes).
UNDATED = 10**12


def utc_now() -> str:
    """Now, as 2024-06-11T10:00:00.123456Z. From isoformat (its "+00:00" cut): strftime took
    twice as long, and every stored record asks twice."""
    return datetime.now(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def new_id() -> str:
    return str(uuid.uuid4())


class Store:
    """Records in the encrypted database; every change writes its audit entry atomically."""

    def __init__(self, db: Database, *, clock: Callable[[], str] = utc_now) -> None:
        self.db = db
        self._clock = clock
        self.audit = AuditLog(db, clock)
        # id -> (num, kind, case_id): facts that never change while a record exists, so
        # the checks of a bulk import ask the database once per case and person, not per row.
        self._identities: dict[str, tuple[int, str, str]] = {}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes: all of them commit, or none (nested groups are savepoints)."""
        try:
            with self.db.atomic():
                yield
        except BaseException:
            self._forget_cached_state()
            raise

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """The writes of one change, after every check has passed: joins an open group."""
        try:
            with self.db.atomic(join=True):
                yield
        except BaseException:
            self._forget_cached_state()
            raise

    def _forget_cached_state(self) -> None:
        """After a rollback, what was cached may describe rows that never committed."""
        self.audit.forget_cached_head()
        self._identities.clear()

    # -- records ----------------------------------------------------------------------------

    def add(self, record: Record, *, reuse_id: bool = False) -> Record:
        """Store a new record; returns it with its id and times filled in.

        `reuse_id` stores it under the id it carries: for redoing the creation of a record
        whose creation was undone, so that later steps that name it still find it.
        """
        if record.id and not reuse_id:
            raise InvalidInput("a new record must not have an id yet", field="id")
        if reuse_id and (not record.id or self._identity(record.id) is not None):
            raise InvalidInput("that id is missing or already in use", field="id")
        now = self._clock()
        stored = replace(record, id=record.id if reuse_id else new_id(), created=now, updated=now)
        people = self._check_record(stored)
        body = model.body_of(stored)
        with self._writing():
            cursor = self.db.execute(
                "INSERT INTO records(id, kind, case_id, created, updated, label, type, date,"
                " sort_start, sort_end, day_order) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    stored.id,
                    stored.KIND,
                    stored.case_id or None,
                    stored.created,
                    stored.updated,
                    *_derived_columns(stored),
                ),
            )
            num = cursor.lastrowid
            self.db.execute(
                "INSERT INTO record_bodies(num, body) VALUES (?, ?)", (num, _json(body))
            )
            self._write_people(num, people)
            self._index(num, stored, tags=[], fresh=True)
            self.audit.append("create", stored.id, _change(stored, body))
        return stored

    def get(self, record_id: str) -> Record:
        row = self.db.query_one(
            f"{_SELECT_RECORDS} WHERE r.id = ?",
            (record_id,),
        )
        if row is None:
            raise NotFound(record_id)
        return _record_from_row(row)

    def update(self, record_id: str, **changes: Any) -> Record:
        """Change some fields of a record; returns the record as now stored."""
        current = self.get(record_id)
        proposed = model.changed(current, **changes)
        if proposed == current:
            return current
        stored = replace(proposed, updated=self._clock())
        people = self._check_record(stored)
        body = model.body_of(stored)
        num = self._number_of(record_id)
        with self._writing():
            self.db.execute(
                "UPDATE records SET updated=?, label=?, type=?, date=?, sort_start=?,"
                " sort_end=?, day_order=? WHERE num=?",
                (stored.updated, *_derived_columns(stored), num),
            )
            self.db.execute("UPDATE record_bodies SET body=? WHERE num=?", (_json(body), num))
            self.db.execute("DELETE FROM record_people WHERE record_num = ?", (num,))
            self._write_people(num, people)
            self._index(num, stored, tags=self.tags(record_id))
            self.audit.append("update", stored.id, _change(stored, body))
        return stored

    def delete(self, record_id: str) -> None:
        """Delete a record with its links and tags; refused while other records refer to it."""
        record = self.get(record_id)
        num = self._number_of(record_id)
        self._refuse_if_referenced(record, num)
        with self._writing():
            for link in self.links(record_id):
                self.unlink(link.id)
            for tag in self.tags(record_id):
                self.untag(record_id, tag)
            self.db.execute("DELETE FROM record_people WHERE record_num = ?", (num,))
            search.unindex_record(self.db, num)
            self.db.execute("DELETE FROM record_bodies WHERE num = ?", (num,))
            self.db.execute("DELETE FROM records WHERE num = ?", (num,))
            self._identities.pop(record_id, None)
            self.audit.append("delete", record_id, _change(record, model.body_of(record)))

    def records(self, *, case_id: str | None = None, kind: str | None = None) -> list[Record]:
        """Records in the order they were created, optionally of one case and one kind."""
        sql = f"{_SELECT_RECORDS} WHERE 1"
        parameters: list[Any] = []
        if case_id is not None:
            sql += " AND r.case_id = ?"
            parameters.append(case_id)
        if kind is not None:
            sql += " AND r.kind = ?"
            parameters.append(kind)
        rows = self.db.query(sql + " ORDER BY r.num", parameters)
        return [_record_from_row(row) for row in rows]

    def cases(self) -> list[Case]:
        return [r for r in self.records(kind="case") if isinstance(r, Case)]

    def count(self, *, kind: str | None = None) -> int:
        if kind is None:
            return int(self.db.scalar("SELECT count(*) FROM records"))
        return int(self.db.scalar("SELECT count(*) FROM records WHERE kind = ?", (kind,)))

    # -- links ------------------------------------------------------------------------------

    def link(
        self, from_id: str, to_id: str, kind: str, *, note: str = "", link_id: str = ""
    ) -> Link:
        """Link two records of one case. `link_id` keeps the id a link had in another
        notebook (a received case), when it is free here; otherwise a new one is made."""
        model.validate_link_kind(kind)
        if from_id == to_id:
            raise InvalidInput("a record cannot be linked to itself", field="to_id")
        source, target = self.get(from_id), self.get(to_id)
        case_id = _case_of(source)
        if case_id != _case_of(target):
            raise InvalidInput("linked records must be in the same case", field="to_id")
        if self.db.query_one(
            "SELECT 1 FROM links WHERE from_id = ? AND to_id = ? AND kind = ?",
            (from_id, to_id, kind),
        ):
            raise InvalidInput("these records are already linked that way", field="kind")
        with self._writing():
            if link_id and self.db.query_one("SELECT 1 FROM links WHERE id = ?", (link_id,)):
                link_id = ""
            link = Link(
                id=link_id or new_id(),
                case_id=case_id,
                from_id=from_id,
                to_id=to_id,
                kind=kind,
                note=note,
                created=self._clock(),
            )
            self.db.execute(
                "INSERT INTO links(id, case_id, from_id, to_id, kind, note, created)"
                " VALUES (?,?,?,?,?,?,?)",
                (link.id, link.case_id, from_id, to_id, kind, note, link.created),
            )
            self.audit.append("link", link.id, model.to_data(link))
        return link

    def unlink(self, link_id: str) -> None:
        link = self.get_link(link_id)
        with self._writing():
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
        record = self.get(record_id)
        tags = self.tags(record_id)
        if tag in tags:
            return
        with self._writing():
            self.db.execute("INSERT INTO tags(record_id, tag) VALUES (?, ?)", (record_id, tag))
            self._index(self._number_of(record_id), record, tags=[*tags, tag])
            self.audit.append("tag", record_id, {"tag": tag})

    def untag(self, record_id: str, tag: str) -> None:
        record = self.get(record_id)
        tags = self.tags(record_id)
        if tag not in tags:
            raise NotFound(tag)
        with self._writing():
            self.db.execute("DELETE FROM tags WHERE record_id = ? AND tag = ?", (record_id, tag))
            remaining = [t for t in tags if t != tag]
            self._index(self._number_of(record_id), record, tags=remaining)
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

    def check_new_record(self, record: Record) -> None:
        """Every rule `add` applies, without writing: for work that must fail before it starts."""
        self._check_record(record)

    def now(self) -> str:
        return self._clock()

    def exhibit_refs(self, case_id: str) -> list[str]:
        """The exhibit marks already given in a case."""
        rows = self.db.tuples(
            "SELECT json_extract(b.body, '$.exhibit_ref') FROM records r"
            " JOIN record_bodies b ON b.num = r.num WHERE r.case_id = ? AND r.kind = 'evidence'",
            (case_id,),
        )
        return [ref for (ref,) in rows if ref]

    def _check_record(self, record: Record) -> list[tuple[int, str]]:
        """Validate a record against the model and the database; returns its people's numbers."""
        model.validate(record)
        self._check_case(record)
        if isinstance(record, Evidence) and record.exhibit_ref:
            taken = self.db.query_one(
                "SELECT 1 FROM records r JOIN record_bodies b ON b.num = r.num"
                " WHERE r.case_id = ? AND r.kind = 'evidence' AND r.id != ?"
                " AND json_extract(b.body, '$.exhibit_ref') = ?",
                (record.case_id, record.id, record.exhibit_ref),
            )
            if taken:
                raise InvalidInput(
                    "another exhibit of this case has that mark", field="exhibit_ref"
                )
        return self._people_numbers(record)

    def _check_case(self, record: Record) -> None:
        if isinstance(record, Case):
            if record.case_id:
                raise InvalidInput("a case does not belong to another case", field="case_id")
            return
        if not record.case_id:
            raise InvalidInput("the record needs a case", field="case_id")
        identity = self._identity(record.case_id)
        if identity is None or identity[1] != "case":
            raise InvalidInput("there is no case with that id", field="case_id")

    def _people_numbers(self, record: Record) -> list[tuple[int, str]]:
        """(person number, role) for each person the record names: people of its own case."""
        numbers = []
        for person_id, role in sorted(set(record.person_references())):
            identity = self._identity(person_id)
            if identity is None or identity[1] != "person":
                raise InvalidInput("there is no person with that id", field="people")
            if identity[2] != record.case_id:
                raise InvalidInput("the person belongs to another case", field="people")
            numbers.append((identity[0], role))
        return numbers

    def _identity(self, record_id: str) -> tuple[int, str, str] | None:
        if record_id not in self._identities:
            row = self.db.query_one(
                "SELECT num, kind, case_id FROM records WHERE id = ?", (record_id,)
            )
            if row is None:
                return None
            if len(self._identities) > 100_000:
                self._identities.clear()
            self._identities[record_id] = (row["num"], row["kind"], row["case_id"] or "")
        return self._identities[record_id]

    def _number_of(self, record_id: str) -> int:
        identity = self._identity(record_id)
        if identity is None:
            raise NotFound(record_id)
        return identity[0]

    def _write_people(self, num: int, people: list[tuple[int, str]]) -> None:
        self.db.executemany(
            "INSERT INTO record_people(record_num, person_num, role) VALUES (?, ?, ?)",
            [(num, person_num, role) for person_num, role in people],
        )

    def _refuse_if_referenced(self, record: Record, num: int) -> None:
        if isinstance(record, Case):
            held = int(
                self.db.scalar("SELECT count(*) FROM records WHERE case_id = ?", (record.id,))
            )
            if held:
                raise InUse(f"the case still holds {held} records", field="case_id")
        users = int(
            self.db.scalar(
                "SELECT count(DISTINCT record_num) FROM record_people"
                " WHERE person_num = ? AND record_num != ?",
                (num, num),
            )
        )
        if users:
            raise InUse(f"{users} other records refer to this person", field="people")

    def _index(self, num: int, record: Record, *, tags: list[str], fresh: bool = False) -> None:
        """Put the record's words, and its tags, in the full-text index under its number."""
        texts = record.searchable_text()
        if record.label in texts:
            texts.remove(record.label)  # already in its own, more heavily weighted column
        search.index_record(self.db, num, record.label, [*texts, *tags], replace=not fresh)


def _case_of(record: Record) -> str:
    return record.id if isinstance(record, Case) else record.case_id


def _change(record: Record, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": record.KIND,
        "id": record.id,
        "case": record.case_id,
        "updated": record.updated,
        "body": body,
    }


def _json(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _derived_columns(record: Record) -> tuple[Any, ...]:
    """label, type, date, sort_start, sort_end and day_order: what lists and timelines read."""
    date_text = record.date
    if date_text:
        sort_start, sort_end = dates.sort_bounds(dates.parse(date_text))
    else:
        sort_start = sort_end = UNDATED
    if record.KIND == "interview":
        kind_type = "interview"
    else:
        kind_type = getattr(record, "type", "") or getattr(record, "evidence_kind", "")
    return (
        record.label,
        kind_type,
        date_text,
        sort_start,
        sort_end,
        getattr(record, "day_order", 0),
    )


_SELECT_RECORDS = (
    "SELECT r.id, r.kind, r.case_id, r.created, r.updated, b.body"
    " FROM records r JOIN record_bodies b ON b.num = r.num"
)


def _record_from_row(row: Row) -> Record:
    data = json.loads(row["body"])
    data.update(
        id=row["id"], case_id=row["case_id"] or "", created=row["created"], updated=row["updated"]
    )
    return model.from_data(row["kind"], data)
