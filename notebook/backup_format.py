"""The bytes of a backup file: its plain preamble, and the container inside its sealed stream.

A backup file is a preamble, then one sealed stream:

    preamble  "CNBACKUP" (8 bytes), then big-endian: the format version (u16), the stream's
              chunk size (u32), the stream's random salt (16 bytes), the header's length (u32)
              and the header: notebook.json exactly as the notebook held it (key slots and
              KDF settings, which give nothing without the passphrase or a recovery code);
              last, the SHA-256 of everything after the magic (32 bytes), so that damage to
              the preamble is told apart from a wrong passphrase and from another file.
    stream    crypto's chunked AEAD (the STREAM construction) under the master key's
              "backup" subkey and the salt, with the SHA-256 of the whole preamble as the
              stream's id: a preamble moved onto another backup's stream opens nothing.

What the stream carries is a container of entries, each a kind byte, a name (u8 length,
ASCII) and a size (u64), then that many bytes:

    M  the manifest, JSON: when, how many records and audit entries, the database copy's size,
       and for every stored evidence file what its database row holds (its wrapped key, salt,
       chunk size and hashes), so the backup can be checked without opening the database
    D  the database: a consistent SQLCipher copy, still encrypted under the database key
    B  each blob the manifest lists as present, in its order, named by its id: the bytes as
       stored (already encrypted under the file's own key)
    E  the end; the stream must end with it

Nothing here is readable without the key but the header, and the header names no content.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, BinaryIO

from .errors import MALFORMED_DATA, DamagedBackup, UnsupportedFormat

MAGIC = b"CNBACKUP"
FORMAT_VERSION = 1
STREAM_PURPOSE = "backup"  # of the master-key subkey that seals the stream

_FIXED = struct.Struct(">HI16sI")  # version, chunk size, salt, header length
_CHECKSUM_BYTES = 32
# notebook.json is a few hundred bytes per key slot; a forged length must not allocate more.
MAXIMUM_HEADER_BYTES = 1 << 20
MINIMUM_CHUNK_BYTES = 1 << 10
MAXIMUM_CHUNK_BYTES = 1 << 24

MANIFEST, DATABASE, BLOB, END = b"M", b"D", b"B", b"E"
_ENTRY = struct.Struct(">cB")  # kind, name length; then the name and the size
_SIZE = struct.Struct(">Q")
# About 400 bytes of JSON per evidence file: room for hundreds of thousands of them.
MAXIMUM_MANIFEST_BYTES = 256 << 20
_BLOB_ID = re.compile(r"[0-9a-f]{8,64}")


# -- the preamble -----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Preamble:
    version: int
    chunk_bytes: int
    salt: bytes
    header: bytes  # notebook.json as it was
    raw: bytes  # every byte of the preamble, as written

    @property
    def stream_id(self) -> str:
        """The sealed stream's id: binds the stream to this very preamble."""
        return "backup/" + hashlib.sha256(self.raw).hexdigest()


def make_preamble(header: bytes, *, salt: bytes, chunk_bytes: int) -> Preamble:
    fixed = _FIXED.pack(FORMAT_VERSION, chunk_bytes, salt, len(header))
    checksum = hashlib.sha256(fixed + header).digest()
    return Preamble(
        version=FORMAT_VERSION,
        chunk_bytes=chunk_bytes,
        salt=salt,
        header=header,
        raw=MAGIC + fixed + header + checksum,
    )


def read_preamble(reader: BinaryIO) -> Preamble:
    """Read and check the preamble; the reader is left at the stream's first byte.

    Damage raises DamagedBackup; a file that never was a backup, UnsupportedFormat.
    """
    magic = reader.read(len(MAGIC))
    fixed = reader.read(_FIXED.size)
    looks_like_one = magic == MAGIC

    def refuse(what: str) -> Exception:
        if looks_like_one:
            return DamagedBackup(what)
        return UnsupportedFormat("not a notebook backup")

    if len(fixed) < _FIXED.size:
        raise refuse("truncated")
    version, chunk_bytes, salt, length = _FIXED.unpack(fixed)
    if length > MAXIMUM_HEADER_BYTES:
        raise refuse("preamble")
    header = reader.read(length)
    checksum = reader.read(_CHECKSUM_BYTES)
    if len(header) < length or len(checksum) < _CHECKSUM_BYTES:
        raise refuse("truncated")
    if hashlib.sha256(fixed + header).digest() != checksum:
        raise refuse("preamble")
    if not looks_like_one:
        raise DamagedBackup("preamble")  # all but the magic holds: the magic was hit
    if version > FORMAT_VERSION:
        raise UnsupportedFormat("newer backup format")
    if version < 1 or not MINIMUM_CHUNK_BYTES <= chunk_bytes <= MAXIMUM_CHUNK_BYTES:
        raise DamagedBackup("preamble")
    return Preamble(
        version=version,
        chunk_bytes=chunk_bytes,
        salt=salt,
        header=header,
        raw=magic + fixed + header + checksum,
    )


# -- the manifest -----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class BlobEntry:
    """One stored evidence file: what its row holds, and how many bytes its blob had."""

    record_id: str
    blob_id: str
    stored_bytes: int | None  # None: the notebook had already lost this blob
    key_nonce: bytes = field(repr=False)
    sealed_key: bytes = field(repr=False)
    salt: bytes = field(repr=False)
    chunk_bytes: int
    size: int
    sha256: str
    sha512: str


@dataclass(frozen=True, kw_only=True)
class Manifest:
    created: str
    schema_version: int
    records: int
    audit_entries: int
    database_bytes: int
    blobs: tuple[BlobEntry, ...]

    def encode(self) -> bytes:
        document = {
            "format": FORMAT_VERSION,
            "created": self.created,
            "schema_version": self.schema_version,
            "records": self.records,
            "audit_entries": self.audit_entries,
            "database_bytes": self.database_bytes,
            "blobs": [_blob_to_json(blob) for blob in self.blobs],
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def decode(cls, data: bytes) -> Manifest:
        """The manifest was sealed with the rest: a bad one is a writer's fault, or damage."""
        try:
            document = json.loads(data.decode("utf-8"))
            manifest = cls(
                created=str(document["created"]),
                schema_version=_count(document["schema_version"]),
                records=_count(document["records"]),
                audit_entries=_count(document["audit_entries"]),
                database_bytes=_count(document["database_bytes"]),
                blobs=tuple(_blob_from_json(item) for item in document["blobs"]),
            )
        except MALFORMED_DATA:
            raise DamagedBackup("manifest") from None
        if len({blob.blob_id for blob in manifest.blobs}) != len(manifest.blobs):
            raise DamagedBackup("manifest")
        return manifest

    @property
    def present(self) -> list[BlobEntry]:
        """The blobs the container holds, in its order."""
        return [blob for blob in self.blobs if blob.stored_bytes is not None]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("not a count")
    return value


def _blob_to_json(blob: BlobEntry) -> dict[str, Any]:
    document = asdict(blob)
    for name in ("key_nonce", "sealed_key", "salt"):
        document[name] = _b64(document[name])
    return document


def _blob_from_json(item: dict[str, Any]) -> BlobEntry:
    blob_id = str(item["blob_id"])
    # The id becomes a path when restoring: only the hex a notebook gives its blobs.
    if not _BLOB_ID.fullmatch(blob_id):
        raise ValueError("not a blob id")
    stored = item["stored_bytes"]
    return BlobEntry(
        record_id=str(item["record_id"]),
        blob_id=blob_id,
        stored_bytes=None if stored is None else _count(stored),
        key_nonce=base64.b64decode(item["key_nonce"], validate=True),
        sealed_key=base64.b64decode(item["sealed_key"], validate=True),
        salt=base64.b64decode(item["salt"], validate=True),
        chunk_bytes=_count(item["chunk_bytes"]),
        size=_count(item["size"]),
        sha256=str(item["sha256"]),
        sha512=str(item["sha512"]),
    )


# -- entries ----------------------------------------------------------------------------------


def entry_head(kind: bytes, name: str, size: int) -> bytes:
    encoded = name.encode("ascii")
    return _ENTRY.pack(kind, len(encoded)) + encoded + _SIZE.pack(size)


def entry_bytes(name: str, size: int) -> int:
    """How many container bytes an entry takes, its head included."""
    return _ENTRY.size + len(name) + _SIZE.size + size


def read_entry_head(
    reader: Any, *, damaged: Callable[[str], Exception] = DamagedBackup
) -> tuple[bytes, str, int]:
    """(kind, name, size) of the next entry; a short or malformed head is `damaged`."""
    fixed = reader.read(_ENTRY.size)
    if len(fixed) < _ENTRY.size:
        raise damaged("container")
    kind, length = _ENTRY.unpack(fixed)
    name = reader.read(length)
    size = reader.read(_SIZE.size)
    if len(name) < length or len(size) < _SIZE.size:
        raise damaged("container")
    try:
        text = name.decode("ascii")
    except UnicodeDecodeError:
        raise damaged("container") from None
    return kind, text, _SIZE.unpack(size)[0]
