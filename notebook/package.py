"""Case packages: a case handed from one notebook to another, with no server between them.

Sending (`send_case`) writes one file (its bytes: package_format.py) that only the
recipient's notebook can open: the case's records, links, tags, evidence files and their
custody histories, redacted unless the sender says otherwise (package_content.py), sealed
to the recipient's X25519 key from their contact code and signed with the sender's Ed25519
key. The file is written under a hidden name beside the destination and renamed when whole.
The notebook then logs, in one transaction, the package (to whom, when), what each record
was as sent (the base of later comparisons), a custody "export" for each evidence file,
and a "send" entry in the audit log.

Receiving (`receive_package`) opens the package with this notebook's key, refuses one sealed
or addressed to another notebook, one from an unexpected sender, one older than a package
already taken from the same sender for the same case, and any damage (every chunk is
authenticated, every evidence file re-hashed against its hashes, and the signature checked
over everything). Records keep their ids; what already exists is merged (package_merge.py):
the sender's edits are taken, ours kept, and conflicting edits reported, never silently
overwritten. Evidence keeps its hashes and its custody history, followed by an intake that
names the transfer. Everything is applied in one transaction that commits only once the
signature has been checked at the end of the stream: a damaged or forged package changes
nothing. A dry run does the same checks and reports the same plan, writing nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import crypto, package_merge
from .backup_format import entry_head, read_entry_head
from .errors import (
    DamagedPackage,
    InvalidInput,
    NotAddressedHere,
    WrongSender,
)
from .evidence import PriorEvent
from .export.files import atomic_output
from .export.redact import Redactor
from .identity import Identity
from .model import Evidence, Person, Record
from .package_content import (
    CaseContent,
    IncomingCase,
    Withheld,
    decode_records,
    gather_case,
    is_record_id,
    record_digest,
    redacted_record,
)
from .package_format import (
    END,
    FILE,
    HEADER,
    MAXIMUM_HEADER_BYTES,
    MAXIMUM_RECORDS_BYTES,
    RECORDS,
    SIGNATURE,
    SIGNATURE_BYTES,
    make_preamble,
    read_preamble,
    signed_message,
)
from .progress import Progress
from .store import new_id

if TYPE_CHECKING:
    from .notebook import Notebook

FORMAT = 1  # of the header's JSON
_COPY_BYTES = 1 << 20


# -- sending ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentPackage:
    package_id: str
    path: Path
    file_bytes: int
    records: int
    evidence_files: int
    withheld: list[Withheld]
    redacted: bool
    recipient_fingerprint: str  # read it to the recipient: it is the code you sent to
    sender_fingerprint: str  # the recipient reads this one back to you


def send_case(
    notebook: Notebook,
    case_id: str,
    recipient: Identity,
    out: Path,
    *,
    actor: str,
    redact: bool = True,
    force: bool = False,
    progress: Progress | None = None,
) -> SentPackage:
    """Write `case_id` as a package that only `recipient` can open, signed by this notebook."""
    out = Path(out)
    if out.exists() and not force:
        raise InvalidInput(f"{out.name} exists; nothing was written", field="out")
    if not out.parent.is_dir():
        raise InvalidInput(f"the folder {out.parent} does not exist", field="out")
    own = notebook.identity()
    if recipient == own:
        raise InvalidInput("that is this notebook's own contact code", field="contact")
    content = gather_case(notebook, case_id, redact=redact)
    package_id, created = new_id(), notebook.now()
    header = _header(package_id, created, own, recipient, content)
    try:
        ephemeral_public, secret = crypto.agree_for_recipient(recipient.receiving_key)
    except crypto.KeyAgreementFailed:
        raise InvalidInput("that contact code holds no usable key", field="contact") from None
    stream_key, confirmation_key = crypto.sealed_to_keys(
        secret, ephemeral_public=ephemeral_public, recipient_public=recipient.receiving_key
    )
    preamble = make_preamble(
        salt=crypto.random_bytes(crypto.SALT_BYTES),
        chunk_bytes=crypto.CHUNK_BYTES,
        ephemeral_public=ephemeral_public,
        confirmation_key=confirmation_key,
    )
    progress = progress or Progress()
    progress.total = sum(item.size for item in content.files)
    with atomic_output(out) as stream:
        stream.write(preamble.raw)
        sealer = crypto.StreamSealer(
            stream, file_key=stream_key, salt=preamble.salt, file_id=preamble.stream_id
        )
        writer = _HashingWriter(sealer, preamble.raw)
        writer.entry(HEADER, "header", header)
        writer.entry(RECORDS, "records", content.encode())
        done = 0
        for item in content.files:
            progress.check()
            writer.write(entry_head(FILE, item.record_id, item.size))
            notebook.stream_evidence(item.record_id, writer.sealer, progress=progress.part(done))
            done += item.size
        signature = notebook.sign(signed_message(writer.digest()))
        writer.entry(SIGNATURE, "signature", signature)
        writer.entry(END, "end", b"")
        sealer.close()
    _log_sent(notebook, content, package_id, created, recipient, actor=actor)
    return SentPackage(
        package_id=package_id,
        path=out,
        file_bytes=out.stat().st_size,
        records=len(content.records),
        evidence_files=len(content.files),
        withheld=content.withheld,
        redacted=redact,
        recipient_fingerprint=recipient.fingerprint,
        sender_fingerprint=own.fingerprint,
    )


def _header(
    package_id: str, created: str, sender: Identity, recipient: Identity, content: CaseContent
) -> bytes:
    document = {
        "format": FORMAT,
        "package": package_id,
        "created": created,
        "sender": _identity_to_json(sender),
        "recipient": _identity_to_json(recipient),
        "case": content.case.id,
        "redacted": content.redacted,
        "files": [
            {
                "record": item.record_id,
                "size": item.size,
                "sha256": item.sha256,
                "sha512": item.sha512,
                "original_name": item.original_name,
            }
            for item in content.files
        ],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def _log_sent(
    notebook: Notebook,
    content: CaseContent,
    package_id: str,
    created: str,
    recipient: Identity,
    *,
    actor: str,
) -> None:
    peer = recipient.fingerprint
    with notebook.transaction():
        _remember_exchange(
            notebook,
            package_id,
            "sent",
            peer,
            content.case.id,
            created,
            content.redacted,
            len(content.records),
        )
        _remember_base(
            notebook,
            peer,
            content.case.id,
            {record.id: record_digest(record) for record in content.records},
        )
        if content.files:
            notebook.record_exports(
                [item.record_id for item in content.files],
                actor=actor,
                purpose=f"sent in case package {package_id} to notebook {peer}",
            )
        notebook.audit.append(
            "send",
            content.case.id,
            {
                "package": package_id,
                "to": peer,
                "records": len(content.records),
                "files": len(content.files),
                "redacted": content.redacted,
            },
        )


class _HashingWriter:
    """Writes into the sealed stream and hashes what it writes, for the signature. Evidence
    files go straight to `sealer`, unhashed: the signed header binds each by its hashes."""

    def __init__(self, sealer: crypto.StreamSealer, preamble: bytes) -> None:
        self.sealer = sealer
        self._hash = hashlib.sha512(preamble)

    def write(self, data: bytes | memoryview) -> int:
        self._hash.update(data)
        return self.sealer.write(data)

    def entry(self, kind: bytes, name: str, data: bytes) -> None:
        self.write(entry_head(kind, name, len(data)))
        self.write(data)

    def digest(self) -> bytes:
        return self._hash.digest()


# -- receiving --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileEntry:
    record_id: str
    size: int
    sha256: str
    sha512: str
    original_name: str


@dataclass(frozen=True)
class PackageHeader:
    package_id: str
    created: str
    sender: Identity
    recipient: Identity
    case_id: str
    redacted: bool
    files: list[FileEntry]


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
        reader = _PackageReader(notebook, source, progress)
        header = _read_header(reader, notebook.identity(), expected_sender)
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
    reader: _PackageReader, own: Identity, expected_sender: Identity | None
) -> PackageHeader:
    data = reader.whole(HEADER, "header", MAXIMUM_HEADER_BYTES)
    try:
        document = json.loads(data.decode("utf-8"))
        header = PackageHeader(
            package_id=str(document["package"]),
            created=str(document["created"]),
            sender=_identity_from_json(document["sender"]),
            recipient=_identity_from_json(document["recipient"]),
            case_id=str(document["case"]),
            redacted=bool(document["redacted"]),
            files=[_file_entry(item) for item in document["files"]],
        )
        format_version = int(document["format"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise DamagedPackage("header") from None
    if format_version > FORMAT:
        raise InvalidInput("the package was made by a newer version", field="package")
    if header.recipient.receiving_key != own.receiving_key:
        # Sealed to us, yet addressed inside (and signed) to someone else: re-sealed on the way.
        raise NotAddressedHere("addressed to another notebook")
    if header.sender == own:
        raise InvalidInput("this package was made by this notebook itself", field="package")
    if expected_sender is not None and header.sender != expected_sender:
        raise WrongSender(header.sender.fingerprint)
    if not is_record_id(header.package_id) or not is_record_id(header.case_id):
        raise DamagedPackage("header")
    return header


def _file_entry(item: Any) -> FileEntry:
    entry = FileEntry(
        record_id=str(item["record"]),
        size=int(item["size"]),
        sha256=str(item["sha256"]),
        sha512=str(item["sha512"]),
        original_name=str(item["original_name"]),
    )
    if not is_record_id(entry.record_id) or entry.size < 0:
        raise ValueError("file entry")
    return entry


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
    reader: _PackageReader,
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
            _remember_base(
                notebook,
                peer,
                header.case_id,
                {
                    record.id: record_digest(record)
                    for record in incoming.records
                    if outcomes[record.id] not in _BASE_STAYS
                },
            )
            _remember_exchange(
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
        from .evidence import blob_path

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


def _remember_exchange(
    notebook: Notebook,
    package_id: str,
    direction: str,
    peer: str,
    case_id: str,
    created: str,
    redacted: bool,
    records: int,
) -> None:
    notebook.db.execute(
        "INSERT INTO exchanges(package_id, direction, peer, case_id, created, at, redacted,"
        " records) VALUES (?,?,?,?,?,?,?,?)",
        (package_id, direction, peer, case_id, created, notebook.now(), int(redacted), records),
    )


def _remember_base(notebook: Notebook, peer: str, case_id: str, digests: dict[str, str]) -> None:
    notebook.db.executemany(
        "INSERT INTO exchange_base(peer, record_id, case_id, digest) VALUES (?,?,?,?)"
        " ON CONFLICT(peer, record_id) DO UPDATE SET digest = excluded.digest",
        [(peer, record_id, case_id, digest) for record_id, digest in digests.items()],
    )


# -- reading the sealed stream ----------------------------------------------------------------


class _PackageReader:
    """The package's container, entry by entry, decrypted and hashed for the signature."""

    def __init__(self, notebook: Notebook, source: BinaryIO, progress: Progress) -> None:
        self.preamble = read_preamble(source)
        own = notebook.identity()
        try:
            secret = notebook.agree_as_recipient(self.preamble.ephemeral_public)
        except crypto.KeyAgreementFailed:
            raise DamagedPackage("preamble") from None
        stream_key, confirmation_key = crypto.sealed_to_keys(
            secret,
            ephemeral_public=self.preamble.ephemeral_public,
            recipient_public=own.receiving_key,
        )
        if not self.preamble.confirms(confirmation_key):
            raise NotAddressedHere("sealed to another notebook")
        self._opener = crypto.StreamOpener(
            source,
            file_key=stream_key,
            salt=self.preamble.salt,
            file_id=self.preamble.stream_id,
            chunk_bytes=self.preamble.chunk_bytes,
        )
        self._hash = hashlib.sha512(self.preamble.raw)
        self._before_head = self._hash.copy()
        self._progress = progress
        self._done = len(self.preamble.raw)

    def read(self, size: int, *, signed: bool = True) -> bytes:
        """Up to `size` bytes; all but evidence files' bodies go into the signature's hash."""
        try:
            data = self._opener.read(size)
        except crypto.StreamDamaged as error:
            raise DamagedPackage(f"chunk {error.chunk}") from None
        if signed:
            self._hash.update(data)
        self._done += len(data)
        self._progress.advance(self._done)
        return data

    def head(self, kind: bytes, name: str | None = None) -> int:
        """The next entry's size, once its head says it is of `kind` (and named `name`)."""
        self._before_head = self._hash.copy()
        found, found_name, size = read_entry_head(self, damaged=DamagedPackage)
        if found != kind or (name is not None and found_name != name):
            raise DamagedPackage("container")
        return size

    def whole(self, kind: bytes, name: str, limit: int) -> bytes:
        size = self.head(kind, name)
        if size > limit:
            raise DamagedPackage("container")
        data = self.read(size)
        if len(data) < size:
            raise DamagedPackage("truncated")
        return data

    def file(self, item: FileEntry) -> _FileStream:
        """The next evidence file, as a stream of exactly its size."""
        if self.head(FILE, item.record_id) != item.size:
            raise DamagedPackage("container")
        return _FileStream(self, item.size)

    def drain_file(self, item: FileEntry) -> None:
        """Read the next evidence file to its end, checking its hashes, keeping nothing."""
        sha256, sha512 = hashlib.sha256(), hashlib.sha512()
        with self.file(item) as stream:
            while chunk := stream.read(_COPY_BYTES):
                sha256.update(chunk)
                sha512.update(chunk)
        if (sha256.hexdigest(), sha512.hexdigest()) != (item.sha256, item.sha512):
            raise DamagedPackage("evidence file")

    def finish(self, sender: Identity) -> None:
        """Check the signature over all that came before it, and that nothing follows."""
        signature = self.whole(SIGNATURE, "signature", SIGNATURE_BYTES)
        signed = signed_message(self._before_head.digest())
        if len(signature) != SIGNATURE_BYTES or not crypto.signature_is_valid(
            sender.signing_key, signed, signature
        ):
            raise DamagedPackage("signature")
        if self.head(END, "end") != 0 or self.read(1):
            raise DamagedPackage("container")


class _FileStream:
    """Exactly `size` bytes of the container, for import_stream; short means damage."""

    def __init__(self, reader: _PackageReader, size: int) -> None:
        self._reader = reader
        self._left = size

    def __enter__(self) -> _FileStream:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None and self._left:
            raise DamagedPackage("evidence file")

    def read(self, size: int = -1) -> bytes:
        wanted = self._left if size < 0 else min(size, self._left)
        if not wanted:
            return b""
        # Not hashed for the signature: the signed header holds this file's SHA-256 and
        # SHA-512, and whoever reads it checks them (import_stream, drain_file).
        data = self._reader.read(wanted, signed=False)
        if len(data) < wanted:
            raise DamagedPackage("truncated")
        self._left -= len(data)
        return data


def _identity_to_json(identity: Identity) -> dict[str, str]:
    return {
        "receiving": base64.b64encode(identity.receiving_key).decode("ascii"),
        "signing": base64.b64encode(identity.signing_key).decode("ascii"),
    }


def _identity_from_json(document: Any) -> Identity:
    receiving = base64.b64decode(document["receiving"], validate=True)
    signing = base64.b64decode(document["signing"], validate=True)
    if len(receiving) != 32 or len(signing) != 32:
        raise ValueError("key length")
    return Identity(receiving_key=receiving, signing_key=signing)


def new_package_name() -> str:
    """A suggested file name that says nothing of the case: random, with a neutral suffix."""
    return f"{secrets.token_hex(4)}.cnpkg"
