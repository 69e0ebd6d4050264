"""Receiving a case package: check it, plan what it changes, and take it in.

See package.py for what a package is and what receiving promises. Here: the header's checks
(addressed to this notebook, from the expected sender, newer than the last package of the
case from it), the plan (package_merge.py), and the one transaction that applies it and
commits only once the signature at the end of the stream is known good.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import package_merge
from .errors import DamagedPackage, InvalidInput, NotAddressedHere, WrongSender
from .evidence import PriorEvent, blob_path
from .export.redact import Redactor
from .identity import Identity
from .model import Evidence, Person, Record
from .package import FORMAT, PackageHeader, decode_header, remember_base, remember_exchange
from .package_content import (
    IncomingCase,
    Withheld,
    decode_records,
    record_digest,
    redacted_record,
)
from .package_format import HEADER, MAXIMUM_HEADER_BYTES, MAXIMUM_RECORDS_BYTES, RECORDS
from .package_stream import PackageReader
from .progress import Progress

if TYPE_CHECKING:
    from .notebook import Notebook


@dataclass(frozen=True)
class ReceivedPackage:
    """What a package holds and what taking it changes (or, in a dry run, would change)."""

    package_id: str
    created: str
    sender_fingerprint: str  # confirm it with the sender before relying on the package
    case_id: str
    case_label: str
    redacted: bool
    new_case: bool
    changes: list[package_merge.Change]
    withheld: list[Withheld]  # what the sender left out, and why
    renamed_marks: list[tuple[str, str]] = field(default_factory=list)  # (theirs, ours)
    tags_added: int = 0
    links_added: int = 0
    applied: bool = False

    def count(self, outcome: str) -> int:
        return sum(1 for change in self.changes if change.outcome == outcome)

    @property
    def conflicts(self) -> list[package_merge.Change]:
        return [change for change in self.changes if change.outcome == package_merge.CONFLICT]


def receive_package(
    notebook: Notebook,
    path: Path,
    *,
    actor: str,
    expected_sender: Identity | None = None,
    accept_new_sender: bool = False,
    take_theirs: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ReceivedPackage:
    """Check the package at `path` and take it into this notebook (see the module's text)."""
    path = Path(path)
    progress = progress or Progress()
    progress.total = path.stat().st_size
    with open(path, "rb") as source:
        reader = PackageReader(notebook, source, progress)
        header = _read_header(reader, reader.own, expected_sender)
        incoming = decode_records(
            reader.whole(RECORDS, "records", MAXIMUM_RECORDS_BYTES), case_id=header.case_id
        )
        _check_files_listed(header, incoming)
        peer = header.sender.fingerprint
        new_case = _check_sender_and_order(notebook, header, accept_new_sender)
        ours = _our_records(notebook, incoming)
        base = _base(notebook, peer, header.case_id)
        seen = _as_the_sender_sees(notebook, header, new_case)
        changes = package_merge.plan(
            incoming.records, ours, base, take_theirs=take_theirs, seen=seen
        )
        changes = _restore_what_is_named(changes, incoming)
        report = ReceivedPackage(
            package_id=header.package_id,
            created=header.created,
            sender_fingerprint=peer,
            case_id=header.case_id,
            case_label=incoming.records[0].label,
            redacted=header.redacted,
            new_case=new_case,
            changes=changes,
            withheld=incoming.withheld,
        )
        if dry_run:
            for item in header.files:
                reader.drain_file(item)
            reader.finish(header.sender)
            return report
        return _apply(notebook, reader, header, incoming, report, seen, actor=actor)


def _read_header(
    reader: PackageReader, own: Identity, expected_sender: Identity | None
) -> PackageHeader:
    header = decode_header(reader.whole(HEADER, "header", MAXIMUM_HEADER_BYTES))
    if header.format_version > FORMAT:
        raise InvalidInput("the package was made by a newer version", field="package")
    if header.recipient.receiving_key != own.receiving_key:
        # Sealed to us, yet addressed inside (and signed) to someone else: re-sealed on the way.
        raise NotAddressedHere("addressed to another notebook")
    if header.sender == own:
        raise InvalidInput("this package was made by this notebook itself", field="package")
    if expected_sender is not None and header.sender != expected_sender:
        raise WrongSender(header.sender.fingerprint)
    return header


def _check_files_listed(header: PackageHeader, incoming: IncomingCase) -> None:
    evidence = {record.id for record in incoming.records if isinstance(record, Evidence)}
    listed = [item.record_id for item in header.files]
    if len(set(listed)) != len(listed) or not set(listed) <= evidence:
        raise DamagedPackage("header")


def _check_sender_and_order(
    notebook: Notebook, header: PackageHeader, accept_new_sender: bool
) -> bool:
    """Whether the case is new here. A case we already hold may come only from a notebook it
    was exchanged with (unless the user accepts a new one), and only newer than the last."""
    peer = header.sender.fingerprint
    existing = notebook.db.query_one("SELECT kind FROM records WHERE id = ?", (header.case_id,))
    if existing is not None and existing["kind"] != "case":
        raise InvalidInput("the package's case clashes with a record here", field="package")
    if notebook.db.query_one("SELECT 1 FROM exchanges WHERE package_id = ?", (header.package_id,)):
        raise InvalidInput("this package was already received", field="package")
    last = notebook.db.scalar(
        "SELECT max(created) FROM exchanges WHERE case_id = ? AND peer = ?"
        " AND direction = 'received'",
        (header.case_id, peer),
    )
    if last is not None and header.created <= last:
        raise InvalidInput(
            f"this package was made at {header.created}, before one already received from "
            f"the same notebook ({last}); nothing was taken",
            field="package",
        )
    if existing is None:
        return True
    known = notebook.db.query_one(
        "SELECT 1 FROM exchanges WHERE case_id = ? AND peer = ?", (header.case_id, peer)
    )
    if known is None and not accept_new_sender:
        raise WrongSender(peer)
    return False


def _our_records(notebook: Notebook, incoming: IncomingCase) -> dict[str, Record]:
    """Our versions of the package's case's records; a record id that names something else
    here (another kind, another case) refuses the package."""
    case_id = incoming.records[0].id
    ours = {record.id: record for record in notebook.records(case_id=case_id)}
    if notebook.db.query_one("SELECT 1 FROM records WHERE id = ?", (case_id,)):
        ours[case_id] = notebook.get(case_id)
    for record in incoming.records:
        mine = ours.get(record.id)
        if mine is None:
            if notebook.db.query_one("SELECT 1 FROM records WHERE id = ?", (record.id,)):
                raise InvalidInput(
                    "a record of the package has the id of a record of another case here",
                    field="package",
                )
        elif mine.KIND != record.KIND:
            raise InvalidInput(
                "a record of the package has the id of another kind of record here",
                field="package",
            )
    return ours


def _base(notebook: Notebook, peer: str, case_id: str) -> dict[str, str]:
    return dict(
        notebook.db.tuples(
            "SELECT record_id, digest FROM exchange_base WHERE peer = ? AND case_id = ?",
            (peer, case_id),
        )
    )


def _as_the_sender_sees(
    notebook: Notebook, header: PackageHeader, new_case: bool
) -> Callable[[Record], Record]:
    """How our records compare with a package's: through our own redactor if it is redacted
    (a pseudonym where we hold the name is no edit), else as they are."""
    if not header.redacted or new_case:
        return lambda record: record
    redactor = Redactor.for_case(notebook, header.case_id)
    return lambda record: redacted_record(record, redactor)


def _restore_what_is_named(
    changes: list[package_merge.Change], incoming: IncomingCase
) -> list[package_merge.Change]:
    """A person we deleted comes back when a record being written still names them: the
    record cannot be stored without them."""
    records = {record.id: record for record in incoming.records}
    written = [records[change.record_id] for change in changes if change.writes]
    named = {person_id for record in written for person_id, _ in record.person_references()}
    return [
        replace(change, outcome=package_merge.NEW)
        if change.outcome == package_merge.DELETED_HERE and change.record_id in named
        else change
        for change in changes
    ]


def _apply(
    notebook: Notebook,
    reader: PackageReader,
    header: PackageHeader,
    incoming: IncomingCase,
    report: ReceivedPackage,
    seen: Callable[[Record], Record],
    *,
    actor: str,
) -> ReceivedPackage:
    records = {record.id: record for record in incoming.records}
    outcomes = {change.record_id: change.outcome for change in report.changes}
    with_files = {item.record_id for item in header.files}
    peer = header.sender.fingerprint
    intake = (
        f"transferred in case package {header.package_id} from notebook {peer}, "
        f"made {header.created}"
    )
    renamed: list[tuple[str, str]] = []
    new_blobs: list[str] = []
    try:
        with notebook.transaction():
            for record in incoming.records:
                outcome = outcomes[record.id]
                if outcome == package_merge.NEW and record.id not in with_files:
                    notebook.add(_fit_mark(notebook, record, renamed), reuse_id=True)
                elif outcome in (package_merge.UPDATED, package_merge.TOOK_THEIRS):
                    _update(notebook, record, seen, redacted=header.redacted)
            for item in header.files:
                record = records[item.record_id]
                if outcomes[item.record_id] != package_merge.NEW:
                    reader.drain_file(item)
                    continue
                assert isinstance(record, Evidence)
                with reader.file(item) as stream:
                    try:
                        stored = notebook.import_stream(
                            stream,
                            _fit_mark(notebook, record, renamed),
                            size=item.size,
                            original_name=item.original_name,
                            actor=actor,
                            purpose=intake,
                            expected=(item.sha256, item.sha512),
                            history=_history(incoming, record.id),
                            reuse_id=True,
                        )
                    except InvalidInput as error:
                        if error.field == "file":  # not the bytes its signed hashes name
                            raise DamagedPackage("evidence file") from None
                        raise
                stored_file = notebook.evidence_file(stored.id)
                if stored_file is not None:
                    new_blobs.append(stored_file.blob_id)
            tags_added = _add_tags(notebook, incoming, outcomes)
            links_added = _add_links(notebook, incoming)
            remember_base(
                notebook,
                peer,
                header.case_id,
                {
                    record.id: record_digest(record)
                    for record in incoming.records
                    if outcomes[record.id] not in _BASE_STAYS
                },
            )
            remember_exchange(
                notebook,
                header.package_id,
                "received",
                peer,
                header.case_id,
                header.created,
                header.redacted,
                len(incoming.records),
            )
            notebook.audit.append(
                "receive",
                header.case_id,
                {
                    "package": header.package_id,
                    "from": peer,
                    "created": header.created,
                    **{
                        outcome: report.count(outcome)
                        for outcome in (
                            package_merge.NEW,
                            package_merge.UPDATED,
                            package_merge.CONFLICT,
                            package_merge.TOOK_THEIRS,
                        )
                    },
                },
            )
            # Only now, with everything read, is the signature known good: until it is,
            # nothing above has committed.
            reader.finish(header.sender)
    except BaseException:
        for blob_id in new_blobs:
            blob_path(notebook, blob_id).unlink(missing_ok=True)
        raise
    return replace(
        report,
        renamed_marks=renamed,
        tags_added=tags_added,
        links_added=links_added,
        applied=True,
    )


# The base stays as it was where the two versions still disagree, so the conflict is reported
# again until they agree; a deleted record keeps its base, so it is not brought back.
_BASE_STAYS = frozenset({package_merge.CONFLICT, package_merge.DELETED_HERE})


# What redaction erases from a protected person: a redacted package never holds it, so its
# blanks and pseudonyms are never taken for edits of these fields.
_ERASED_BY_REDACTION = frozenset({"name", "other_names", "birth_date", "contact_notes"})


def _update(
    notebook: Notebook, record: Record, seen: Callable[[Record], Record], *, redacted: bool
) -> None:
    """Take the sender's version of the fields they changed, as seen through the package's
    redaction: where it differs from ours only by a pseudonym, ours stays."""
    ours = notebook.get(record.id)
    fields = set(package_merge.differing_fields(seen(ours), record))
    protected = (
        isinstance(record, Person)
        and isinstance(ours, Person)
        and (record.protected or ours.protected)
    )
    if redacted and protected:
        fields -= _ERASED_BY_REDACTION
    if isinstance(record, Evidence) and record.exhibit_ref in _marks_of_others(notebook, record):
        fields.discard("exhibit_ref")
    changes = {name: getattr(record, name) for name in fields}
    if changes:
        notebook.update(record.id, **changes)


def _fit_mark(notebook: Notebook, record: Record, renamed: list[tuple[str, str]]) -> Record:
    """An exhibit mark already given here to another item is replaced by the next free one."""
    if not isinstance(record, Evidence) or not record.exhibit_ref:
        return record
    if record.exhibit_ref not in _marks_of_others(notebook, record):
        return record
    fresh = notebook.suggest_exhibit_ref(record.case_id)
    renamed.append((record.exhibit_ref, fresh))
    return replace(record, exhibit_ref=fresh)


def _marks_of_others(notebook: Notebook, record: Evidence) -> set[str]:
    rows = notebook.db.tuples(
        "SELECT json_extract(b.body, '$.exhibit_ref') FROM records r"
        " JOIN record_bodies b ON b.num = r.num"
        " WHERE r.case_id = ? AND r.kind = 'evidence' AND r.id != ?",
        (record.case_id, record.id),
    )
    return {mark for (mark,) in rows if mark}


def _history(incoming: IncomingCase, record_id: str) -> list[PriorEvent]:
    return [
        PriorEvent(
            event="prior",
            actor=event.actor,
            purpose=f"{event.event} {event.at}: {event.purpose}",
            sha256=event.sha256,
        )
        for event in incoming.custody.get(record_id, [])
    ]


def _add_tags(notebook: Notebook, incoming: IncomingCase, outcomes: dict[str, str]) -> int:
    added = 0
    for record_id, tags in incoming.tags.items():
        if outcomes.get(record_id) in (None, package_merge.DELETED_HERE):
            continue
        have = set(notebook.tags(record_id))
        for tag in tags:
            if tag not in have:
                notebook.tag(record_id, tag)
                added += 1
    return added


def _add_links(notebook: Notebook, incoming: IncomingCase) -> int:
    """The package's links between records we hold, those we do not have yet."""
    added = 0
    for link in incoming.links:
        present = notebook.db.query_one(
            "SELECT (SELECT count(*) FROM records WHERE id IN (?, ?)) = 2,"
            " EXISTS (SELECT 1 FROM links WHERE from_id = ? AND to_id = ? AND kind = ?)",
            (link.from_id, link.to_id, link.from_id, link.to_id, link.kind),
        )
        if present is None or not present[0] or present[1] or link.from_id == link.to_id:
            continue
        notebook.link(link.from_id, link.to_id, link.kind, note=link.note, link_id=link.id)
        added += 1
    return added
