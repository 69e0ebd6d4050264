"""Case packages: a case handed from one notebook to another, with no server between them.

Sending (`send_case`) writes one file (its bytes: package_format.py) that only the
recipient's notebook can open: the case's records, links, tags, evidence files and their
custody histories, redacted unless the sender says otherwise (package_content.py), sealed
to the recipient's X25519 key from their contact code and signed with the sender's Ed25519
key. The file is written under a hidden name beside the destination and renamed when whole,
inside the one transaction that logs the package (to whom, when), what each record was as
sent (the base of later comparisons), a custody "export" for each evidence file, and a
"send" entry in the audit log: the file and its log are kept together or not at all.

Receiving (package_receive.py, `receive_package`) opens the package with this notebook's
key, refuses one sealed or addressed to another notebook, one from an unexpected sender, one
older than a package already taken from the same sender for the same case, and any damage
(every chunk is authenticated, every evidence file re-hashed against its hashes, and the
signature checked over everything). Records keep their ids; what already exists is merged
(package_merge.py): the sender's edits are taken, ours kept, and conflicting edits
reported, never silently overwritten. Evidence keeps its hashes and its custody history,
followed by an intake that names the transfer. Everything is applied in one transaction
that commits only once the signature has been checked at the end of the stream: a damaged
or forged package changes nothing. A dry run does the same checks and reports the same
plan, writing nothing.

Here: sending, the header both ends read, and the log of exchanges both ends keep. The
sealed stream itself is package_stream.py.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import crypto, writes
from .backup_format import entry_head
from .errors import MALFORMED_DATA, DamagedPackage, InvalidInput
from .export.files import atomic_output
from .identity import Identity
from .package_content import CaseContent, Withheld, gather_case, is_record_id, record_digest
from .package_format import END, FILE, HEADER, RECORDS, SIGNATURE, make_preamble, signed_message
from .package_stream import FileEntry, PackageWriter
from .progress import Progress
from .store import new_id

if TYPE_CHECKING:
    from .notebook import Notebook

FORMAT = 1  # of the header's JSON


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
    header = encode_header(package_id, created, own, recipient, content)
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

    def logged() -> Any:
        return _log_sent(notebook, content, package_id, created, recipient, actor=actor)

    with atomic_output(out, what=writes.PACKAGE_FILE, logged=logged) as stream:
        stream.write(preamble.raw)
        sealer = crypto.StreamSealer(
            stream, file_key=stream_key, salt=preamble.salt, file_id=preamble.stream_id
        )
        writer = PackageWriter(sealer, preamble.raw)
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


def encode_header(
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


@contextmanager
def _log_sent(
    notebook: Notebook,
    content: CaseContent,
    package_id: str,
    created: str,
    recipient: Identity,
    *,
    actor: str,
) -> Iterator[None]:
    """The package's record, committed only once its file has taken its name."""
    peer = recipient.fingerprint
    with notebook.transaction():
        remember_exchange(
            notebook,
            package_id,
            "sent",
            peer,
            content.case.id,
            created,
            content.redacted,
            len(content.records),
        )
        remember_base(
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
        yield


@dataclass(frozen=True)
class PackageHeader:
    format_version: int
    package_id: str
    created: str
    sender: Identity
    recipient: Identity
    case_id: str
    redacted: bool
    files: list[FileEntry]


def decode_header(data: bytes) -> PackageHeader:
    """The header entry of a package; anything malformed is damage (it was signed whole)."""
    try:
        document = json.loads(data.decode("utf-8"))
        header = PackageHeader(
            format_version=int(document["format"]),
            package_id=str(document["package"]),
            created=str(document["created"]),
            sender=_identity_from_json(document["sender"]),
            recipient=_identity_from_json(document["recipient"]),
            case_id=str(document["case"]),
            redacted=bool(document["redacted"]),
            files=[_file_entry(item) for item in document["files"]],
        )
    except MALFORMED_DATA:
        raise DamagedPackage("header") from None
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


def remember_exchange(
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


def remember_base(notebook: Notebook, peer: str, case_id: str, digests: dict[str, str]) -> None:
    notebook.db.executemany(
        "INSERT INTO exchange_base(peer, record_id, case_id, digest) VALUES (?,?,?,?)"
        " ON CONFLICT(peer, record_id) DO UPDATE SET digest = excluded.digest",
        [(peer, record_id, case_id, digest) for record_id, digest in digests.items()],
    )


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
