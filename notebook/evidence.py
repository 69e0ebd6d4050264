"""Evidence files: import (hash and encrypt in one pass), read, export, verify, custody, sweep."""

from __future__ import annotations

import contextlib
import mimetypes
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import crypto, writes
from .audit import digest_of
from .errors import DamagedNotebook, InvalidInput, NotFound
from .header import fsync_directory
from .model import Case, Evidence
from .progress import Progress

if TYPE_CHECKING:
    from .notebook import Notebook

PART_SUFFIX = ".part"
UNKNOWN_MEDIA_TYPE = "application/octet-stream"


@dataclass(frozen=True, kw_only=True)
class EvidenceFile:
    """What the notebook knows of a stored file; its key and blob stay inside this module."""

    record_id: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    sha512: str
    imported_at: str
    fixity: str  # unverified, intact, damaged or missing
    fixity_at: str  # when the file last passed a fixity check ("" if never)
    blob_id: str = field(repr=False)


@dataclass(frozen=True, kw_only=True)
class CustodyEvent:
    seq: int
    at: str
    event: str  # intake, view, export, verify, destroy
    record_id: str
    actor: str
    purpose: str
    sha256: str  # the file's hash as this event found it ("" when it could not be read)


@dataclass(frozen=True, kw_only=True)
class FixityResult:
    record_id: str
    exhibit_ref: str
    status: str  # intact, damaged, missing
    checked_hash: bool  # False for a quick check (presence and size only)


# -- where blobs live -------------------------------------------------------------------------


def blob_path(notebook: Notebook, blob_id: str) -> Path:
    """blobs/ab/abcdef…: a random id, never a content hash or a name."""
    return blob_file(notebook.vault.blob_folder, blob_id)


def blob_file(blob_folder: Path, blob_id: str) -> Path:
    """Where a blob lives in a blob folder, this notebook's or one being restored."""
    return blob_folder / blob_id[:2] / blob_id


def sealed_size(size: int, chunk_bytes: int) -> int:
    chunks = max(1, -(-size // chunk_bytes))
    return size + chunks * crypto.TAG_BYTES


def _key_context(blob_id: str) -> bytes:
    return b"case-notebook/v1/evidence-key/" + blob_id.encode("ascii")


# The purpose of the master-key subkey that wraps every file's own key.
KEYS_PURPOSE = "evidence-keys"


def _keys_key(notebook: Notebook) -> bytes:
    return notebook.vault.subkey(KEYS_PURPOSE)


# -- import -----------------------------------------------------------------------------------


def import_file(
    notebook: Notebook,
    source: Path,
    record: Evidence,
    *,
    actor: str,
    progress: Progress | None = None,
) -> Evidence:
    """Hash and encrypt `source` in one pass, then commit the record, its file and custody."""
    source = Path(source)
    if not source.is_file():
        raise InvalidInput("not a file", field="file")
    with open(source, "rb") as reader:
        return import_stream(
            notebook,
            reader,
            record,
            size=os.fstat(reader.fileno()).st_size,
            original_name=source.name,
            actor=actor,
            progress=progress,
        )


@dataclass(frozen=True)
class PriorEvent:
    """A custody event that happened before the item came here (in another notebook)."""

    event: str
    actor: str
    purpose: str
    sha256: str


def import_stream(
    notebook: Notebook,
    reader: BinaryIO,
    record: Evidence,
    *,
    size: int,
    original_name: str,
    actor: str,
    purpose: str = "imported from a file",
    expected: tuple[str, str] | None = None,
    history: Sequence[PriorEvent] = (),
    reuse_id: bool = False,
    progress: Progress | None = None,
) -> Evidence:
    """Hash and encrypt what `reader` gives in one pass, then commit the record, its file and
    its custody: the `history` it brings, then the intake. With `expected` (SHA-256, SHA-512)
    bytes that hash otherwise are refused and nothing is kept. With `reuse_id` the record
    keeps the id it carries (an item of a case received from another notebook).

    The blob is written to a .part file, flushed, renamed and its folder flushed before the
    row commits: a kill leaves a whole item or none (a blob without a row is swept at the
    next open).
    """
    record = with_exhibit_ref(notebook, record)
    notebook.check_new_record(record)
    blob_id = secrets.token_hex(16)
    file_key = crypto.random_bytes(crypto.KEY_BYTES)
    salt = crypto.random_bytes(crypto.SALT_BYTES)
    final = blob_path(notebook, blob_id)
    new_folder = not final.parent.exists()
    part = final.with_name(final.name + PART_SUFFIX)
    progress = progress or Progress()
    try:
        progress.total = size
        with writes.writing(writes.EVIDENCE_COPY):
            final.parent.mkdir(exist_ok=True)
        # Only the writer's failures are a full or failing disk: the reader's are the source's.
        with writes.output_file(part, writes.EVIDENCE_COPY) as writer:
            digest = crypto.seal_stream(
                reader,
                writer,
                file_key=file_key,
                salt=salt,
                file_id=blob_id,
                each_chunk=progress.advance,
            )
        if expected is not None and (digest.sha256, digest.sha512) != expected:
            raise InvalidInput("the file does not match the hashes it came with", field="file")
        with writes.writing(writes.EVIDENCE_COPY):
            os.replace(part, final)
            fsync_directory(final.parent)
            # The folder may be new: its own entry in blobs/ must reach the disk too, or a
            # power cut could keep the row and lose the folder that holds its blob.
            fsync_directory(notebook.vault.blob_folder)
        nonce, sealed_key = crypto.wrap_key(
            _keys_key(notebook), file_key, context=_key_context(blob_id)
        )
        with notebook.transaction():
            stored = notebook.add(record, reuse_id=reuse_id)
            notebook.db.execute(
                "INSERT INTO evidence_files(num, blob_id, key_nonce, sealed_key, salt,"
                " chunk_bytes, size, sha256, sha512, original_name, media_type, imported_at)"
                " VALUES ((SELECT num FROM records WHERE id = ?),?,?,?,?,?,?,?,?,?,?,?)",
                (
                    stored.id,
                    blob_id,
                    nonce,
                    sealed_key,
                    salt,
                    crypto.CHUNK_BYTES,
                    digest.size,
                    digest.sha256,
                    digest.sha512,
                    original_name,
                    media_type_of(Path(original_name)),
                    stored.created,
                ),
            )
            for prior in history:
                _record_custody(
                    notebook,
                    prior.event,
                    stored.id,
                    actor=prior.actor,
                    purpose=prior.purpose,
                    sha256=prior.sha256,
                )
            _record_custody(
                notebook, "intake", stored.id, actor=actor, purpose=purpose, sha256=digest.sha256
            )
    except BaseException:
        part.unlink(missing_ok=True)
        final.unlink(missing_ok=True)
        if new_folder:
            # An empty blobs/xx folder would stay until the next open (sweep).
            with contextlib.suppress(OSError):
                final.parent.rmdir()
        raise
    assert isinstance(stored, Evidence)
    return stored


def media_type_of(path: Path) -> str:
    guessed, _encoding = mimetypes.guess_type(path.name, strict=False)
    return guessed or UNKNOWN_MEDIA_TYPE


# -- exhibit references -----------------------------------------------------------------------


def exhibit_prefix(case: Case) -> str:
    """The case's own prefix, else the letters that open its reference, else its initials."""
    if case.exhibit_prefix:
        return case.exhibit_prefix
    leading = re.match(r"[^\W\d_]+", case.reference)
    if leading and len(leading.group()) <= 4:
        return leading.group().upper()
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", case.title)[:2])
    return initials.upper() or "EX"


def suggest_exhibit_ref(notebook: Notebook, case_id: str) -> str:
    """The next free mark of the case: KR/1, KR/2…"""
    case = notebook.get(case_id)
    if not isinstance(case, Case):
        raise InvalidInput("there is no case with that id", field="case_id")
    prefix = exhibit_prefix(case)
    pattern = re.compile(re.escape(prefix) + r"/(\d+)$")
    used = [
        int(match.group(1))
        for ref in notebook.exhibit_refs(case_id)
        if (match := pattern.match(ref))
    ]
    return f"{prefix}/{max(used, default=0) + 1}"


def with_exhibit_ref(notebook: Notebook, record: Evidence) -> Evidence:
    if record.exhibit_ref or not record.case_id:
        return record
    return replace(record, exhibit_ref=suggest_exhibit_ref(notebook, record.case_id))


# -- reading ----------------------------------------------------------------------------------


def file_of(notebook: Notebook, record_id: str) -> EvidenceFile | None:
    row = _file_row(notebook, record_id)
    return None if row is None else _file_from_row(record_id, row)


def _file_row(notebook: Notebook, record_id: str) -> Any:
    """The evidence_files row of a record (None without a stored file)."""
    return notebook.db.query_one(
        "SELECT f.* FROM evidence_files f JOIN records r ON r.num = f.num WHERE r.id = ?",
        (record_id,),
    )


def _file_from_row(record_id: str, row: Any) -> EvidenceFile:
    return EvidenceFile(
        record_id=record_id,
        original_name=row["original_name"],
        media_type=row["media_type"],
        size=row["size"],
        sha256=row["sha256"],
        sha512=row["sha512"],
        imported_at=row["imported_at"],
        fixity=row["fixity"],
        fixity_at=row["fixity_at"],
        blob_id=row["blob_id"],
    )


def _require_file(notebook: Notebook, record_id: str) -> tuple[EvidenceFile, Any]:
    row = _file_row(notebook, record_id)
    if row is None:
        notebook.get(record_id)  # NotFound when there is no such record at all
        raise NotFound("this evidence has no stored file")
    return _file_from_row(record_id, row), row


def _unseal(
    notebook: Notebook, row: Any, target: BinaryIO | None, progress: Progress | None
) -> crypto.StreamDigest:
    """Decrypt one blob; a missing or altered blob is damage, never data."""
    file_key = _file_key(notebook, row)
    path = blob_path(notebook, row["blob_id"])
    try:
        with open(path, "rb") as reader:
            return crypto.open_stream(
                reader,
                target,
                file_key=file_key,
                salt=row["salt"],
                file_id=row["blob_id"],
                chunk_bytes=row["chunk_bytes"],
                each_chunk=progress.advance if progress else None,
            )
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        # A folder where the blob (or its blobs/xx folder) should be holds no blob either.
        raise DamagedNotebook("evidence file missing") from None
    except crypto.StreamDamaged:
        raise DamagedNotebook("evidence file damaged") from None


def _file_key(notebook: Notebook, row: Any) -> bytes:
    try:
        return crypto.unwrap_key(
            _keys_key(notebook),
            row["key_nonce"],
            row["sealed_key"],
            context=_key_context(row["blob_id"]),
        )
    except crypto.UnwrapFailed:
        raise DamagedNotebook("evidence key damaged") from None


def check_blob(reader: BinaryIO, *, keys_key: bytes, facts: Any) -> str:
    """Decrypt one blob from `reader` and compare it with what its row recorded, away from
    any notebook (a backup's copy): "intact" or "damaged". `facts` holds the row's blob_id,
    key_nonce, sealed_key, salt, chunk_bytes, size, sha256 and sha512."""
    try:
        file_key = crypto.unwrap_key(
            keys_key,
            facts["key_nonce"],
            facts["sealed_key"],
            context=_key_context(facts["blob_id"]),
        )
        digest = crypto.open_stream(
            reader,
            None,
            file_key=file_key,
            salt=facts["salt"],
            file_id=facts["blob_id"],
            chunk_bytes=facts["chunk_bytes"],
        )
    except (crypto.UnwrapFailed, crypto.StreamDamaged):
        return "damaged"
    found = (digest.size, digest.sha256, digest.sha512)
    return "intact" if found == (facts["size"], facts["sha256"], facts["sha512"]) else "damaged"


def read_file(
    notebook: Notebook,
    record_id: str,
    target: BinaryIO,
    *,
    actor: str,
    purpose: str = "viewed",
    progress: Progress | None = None,
) -> EvidenceFile:
    """Write the original bytes to `target` (a viewer's buffer), and log the viewing."""
    info, row = _require_file(notebook, record_id)
    digest = _unseal(notebook, row, target, progress)
    _check_against_record(info, digest)
    with notebook.transaction():
        _record_custody(
            notebook, "view", record_id, actor=actor, purpose=purpose, sha256=digest.sha256
        )
    return info


def stream_file(
    notebook: Notebook, record_id: str, target: BinaryIO, *, progress: Progress | None = None
) -> EvidenceFile:
    """Write the original bytes to `target` (an entry of a bundle being built), checked
    against the recorded hashes; the caller logs the custody event once its work is whole."""
    info, row = _require_file(notebook, record_id)
    digest = _unseal(notebook, row, target, progress)
    _check_against_record(info, digest)
    return info


def record_exports(notebook: Notebook, record_ids: list[str], *, actor: str, purpose: str) -> None:
    """A custody event "export" for each item, all in one transaction."""
    with notebook.transaction():
        for record_id in record_ids:
            info, _row = _require_file(notebook, record_id)
            _record_custody(
                notebook, "export", record_id, actor=actor, purpose=purpose, sha256=info.sha256
            )


def export_file(
    notebook: Notebook,
    record_id: str,
    destination: Path,
    *,
    actor: str,
    purpose: str = "exported",
    force: bool = False,
    progress: Progress | None = None,
) -> EvidenceFile:
    """Write the original bytes to `destination`, whole or not at all; log the export."""
    destination = Path(destination)
    if destination.is_dir():
        raise InvalidInput("the destination is a folder", field="out")
    if destination.exists() and not force:
        raise InvalidInput("the destination exists; choose another or force it", field="out")
    info, row = _require_file(notebook, record_id)
    # A name of our own: "<name>.part" may be someone's file, which "wb" would overwrite.
    partial = destination.with_name(f"{destination.name}.{secrets.token_hex(4)}{PART_SUFFIX}")
    renamed = False
    try:
        with writes.output_file(partial, writes.OUTPUT_FILE) as writer:
            digest = _unseal(notebook, row, writer, progress)
        _check_against_record(info, digest)
        # The file takes its name inside the transaction that logs it: the export and its
        # custody event are kept together or not at all.
        with notebook.transaction():
            _record_custody(
                notebook, "export", record_id, actor=actor, purpose=purpose, sha256=digest.sha256
            )
            with writes.writing(writes.OUTPUT_FILE):
                os.replace(partial, destination)
                renamed = True
                fsync_directory(destination.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        if renamed:
            destination.unlink(missing_ok=True)
        raise
    return info


def _check_against_record(info: EvidenceFile, digest: crypto.StreamDigest) -> None:
    if (digest.size, digest.sha256, digest.sha512) != (info.size, info.sha256, info.sha512):
        raise DamagedNotebook("evidence file does not match its recorded hashes")


# -- fixity -----------------------------------------------------------------------------------


def verify_files(
    notebook: Notebook,
    *,
    actor: str,
    quick: bool = False,
    progress: Progress | None = None,
) -> list[FixityResult]:
    """Decrypt and re-hash every stored file (or, quick, check each blob is there, whole-sized).

    A full check records its outcome on each file and as a custody event.
    """
    rows = notebook.db.query(
        "SELECT r.id, f.* FROM evidence_files f JOIN records r ON r.num = f.num ORDER BY f.num"
    )
    progress = progress or Progress()
    progress.total = sum(row["size"] for row in rows)
    results, done = [], 0
    for row in rows:
        record = notebook.get(row["id"])
        exhibit = record.exhibit_ref if isinstance(record, Evidence) else ""
        path = blob_path(notebook, row["blob_id"])
        status, found_hash = "intact", ""
        if not path.is_file():
            status = "missing"
        elif quick:
            if path.stat().st_size != sealed_size(row["size"], row["chunk_bytes"]):
                status = "damaged"
        else:
            try:
                digest = _unseal(notebook, row, None, None)
                found_hash = digest.sha256
                if (digest.sha256, digest.sha512) != (row["sha256"], row["sha512"]):
                    status = "damaged"
            except DamagedNotebook:
                status = "damaged"
        done += row["size"]
        progress.advance(done)
        results.append(
            FixityResult(
                record_id=row["id"], exhibit_ref=exhibit, status=status, checked_hash=not quick
            )
        )
        if not quick and notebook.vault.writable:
            with notebook.transaction():
                # fixity_at keeps the last check the file passed: a later failure must not
                # erase when it was last known good.
                notebook.db.execute(
                    "UPDATE evidence_files SET fixity = ?,"
                    " fixity_at = CASE WHEN ? = 'intact' THEN ? ELSE fixity_at END WHERE num = ?",
                    (status, status, notebook.now(), row["num"]),
                )
                _record_custody(
                    notebook,
                    "verify",
                    row["id"],
                    actor=actor,
                    purpose=f"fixity check: {status}",
                    sha256=found_hash,
                )
    return results


# -- deletion and sweeping --------------------------------------------------------------------


def forget_file(notebook: Notebook, record_id: str, *, actor: str) -> Path | None:
    """Inside the deletion's transaction: drop the file's key row and log its destruction.

    Returns the blob to remove once the deletion has committed; a blob left behind (the
    deletion sat inside a larger group, or the process died) is swept at the next open.
    """
    info = file_of(notebook, record_id)
    if info is None:
        return None
    notebook.db.execute("DELETE FROM evidence_files WHERE blob_id = ?", (info.blob_id,))
    _record_custody(
        notebook,
        "destroy",
        record_id,
        actor=actor,
        purpose="deleted with its record",
        sha256=info.sha256,
    )
    return blob_path(notebook, info.blob_id)


def sweep(notebook: Notebook) -> int:
    """Remove .part files and blobs that no row references (what a kill can leave behind)."""
    known = {row[0] for row in notebook.db.tuples("SELECT blob_id FROM evidence_files")}
    removed = 0
    for path in notebook.vault.blob_folder.glob("*/*"):
        if path.is_file() and (path.name.endswith(PART_SUFFIX) or path.name not in known):
            path.unlink(missing_ok=True)
            removed += 1
    for folder in notebook.vault.blob_folder.iterdir():
        # An empty folder would still name the first two hex digits of a deleted blob.
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed


# -- custody ----------------------------------------------------------------------------------


def _record_custody(
    notebook: Notebook, event: str, record_id: str, *, actor: str, purpose: str, sha256: str
) -> None:
    details = {
        "event": event,
        "record": record_id,
        "actor": actor,
        "purpose": purpose,
        "sha256": sha256,
    }
    entry = notebook.audit.append(event, record_id, details)
    notebook.db.execute(
        "INSERT INTO custody(seq, record_id, event, actor, purpose, sha256) VALUES (?,?,?,?,?,?)",
        (entry.seq, record_id, event, actor, purpose, sha256),
    )


_CUSTODY_ROWS = (
    "SELECT c.seq, a.at, c.event, c.record_id, c.actor, c.purpose, c.sha256, a.digest,"
    " a.action, a.record_id AS logged_record FROM custody c JOIN audit a ON a.seq = c.seq"
)


def custody_of(notebook: Notebook, record_id: str) -> list[CustodyEvent]:
    """The chain of custody of one item, oldest first (it outlives the item's deletion)."""
    rows = notebook.db.query(f"{_CUSTODY_ROWS} WHERE c.record_id = ? ORDER BY c.seq", (record_id,))
    if any(not _matches_its_audit_entry(row) for row in rows):
        raise DamagedNotebook("custody event does not match its audit entry")
    return [_event_from_row(row) for row in rows]


def custody_problems(notebook: Notebook) -> list[int]:
    """Sequence numbers of custody rows that their audit entries do not vouch for."""
    rows = notebook.db.query(f"{_CUSTODY_ROWS} ORDER BY c.seq")
    return [row["seq"] for row in rows if not _matches_its_audit_entry(row)]


def _event_from_row(row: Any) -> CustodyEvent:
    return CustodyEvent(
        seq=row["seq"],
        at=row["at"],
        event=row["event"],
        record_id=row["record_id"],
        actor=row["actor"],
        purpose=row["purpose"],
        sha256=row["sha256"],
    )


def _matches_its_audit_entry(row: Any) -> bool:
    """The audit chain holds the digest of each event's details: the readable row must hash
    to it, under the same action and record."""
    details = {
        "event": row["event"],
        "record": row["record_id"],
        "actor": row["actor"],
        "purpose": row["purpose"],
        "sha256": row["sha256"],
    }
    return (
        digest_of(details) == row["digest"]
        and row["action"] == row["event"]
        and row["logged_record"] == row["record_id"]
    )
