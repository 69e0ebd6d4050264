"""The bytes of a case package: a plain preamble, then one stream sealed to the recipient.

    preamble  "CNCASEPK" (8 bytes), then big-endian: the format version (u16), the stream's
              chunk size (u32), the stream's random salt (16 bytes), the sender's ephemeral
              X25519 public key (32 bytes) and a confirmation (32 bytes: an HMAC, under a key
              only the recipient can derive, of all that precedes it); last, the SHA-256 of
              everything after the magic (32 bytes), so that damage to the preamble is told
              apart from a package sealed to someone else.
    stream    crypto's chunked AEAD (the STREAM construction) under the key agreed between
              the ephemeral key and the recipient's X25519 key, with the SHA-256 of the whole
              preamble as the stream's id.

Neither party is named outside the stream: a seized package says nothing of who sent it
or to whom. Inside, the stream is a container of entries in the backup's framing (a kind
byte, an ASCII name, a u64 size, the bytes), in this order:

    H  the header, JSON: the package's id and time, the sender's and the recipient's public
       keys, the case's id, whether it was redacted, and each evidence file's record id,
       size and hashes, in the order of the F entries
    R  the records, JSON: the case's records, links, tags and evidence custody histories
    F  each evidence file's original bytes, named by its record id
    S  the sender's Ed25519 signature (64 bytes) over `signed_message`: the SHA-512 of the
       preamble and of every container byte before this entry but the evidence files'
       bodies, which the signed header binds by their SHA-256 and SHA-512 (checked as each
       file is read: hashing the bodies twice would halve the speed for nothing). The header
       names the recipient, so a package cannot be re-sealed to a third notebook as if sent
       to it.
    E  the end; the stream must end with it

The signature comes last so that a package of any size is written in one pass.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass
from typing import BinaryIO

from .errors import DamagedPackage, UnsupportedFormat

MAGIC = b"CNCASEPK"
FORMAT_VERSION = 1

HEADER, RECORDS, FILE, SIGNATURE, END = b"H", b"R", b"F", b"S", b"E"
SIGNATURE_BYTES = 64
# A header lists each evidence file in about 300 bytes; the records of a large case (ten
# thousand records with long transcripts) take tens of MiB. Forged sizes allocate no more.
MAXIMUM_HEADER_BYTES = 64 << 20
MAXIMUM_RECORDS_BYTES = 1 << 30
MINIMUM_CHUNK_BYTES = 1 << 10
MAXIMUM_CHUNK_BYTES = 1 << 24

_FIXED = struct.Struct(">HI16s32s")  # version, chunk size, salt, ephemeral public key
_CONFIRMATION_BYTES = 32
_CHECKSUM_BYTES = 32
_SIGNATURE_CONTEXT = b"case-notebook/v1/case-package-signature\x00"


@dataclass(frozen=True, kw_only=True)
class Preamble:
    version: int
    chunk_bytes: int
    salt: bytes
    ephemeral_public: bytes
    confirmation: bytes
    raw: bytes  # every byte of the preamble, as written

    @property
    def stream_id(self) -> str:
        """The sealed stream's id: binds the stream to this very preamble."""
        return "case-package/" + hashlib.sha256(self.raw).hexdigest()

    def confirms(self, confirmation_key: bytes) -> bool:
        """Whether the recipient's derived key is the one this package was sealed with."""
        expected = _confirmation(confirmation_key, self.raw[: len(MAGIC) + _FIXED.size])
        return hmac.compare_digest(expected, self.confirmation)


def make_preamble(
    *, salt: bytes, chunk_bytes: int, ephemeral_public: bytes, confirmation_key: bytes
) -> Preamble:
    fixed = _FIXED.pack(FORMAT_VERSION, chunk_bytes, salt, ephemeral_public)
    confirmation = _confirmation(confirmation_key, MAGIC + fixed)
    checksum = hashlib.sha256(fixed + confirmation).digest()
    return Preamble(
        version=FORMAT_VERSION,
        chunk_bytes=chunk_bytes,
        salt=salt,
        ephemeral_public=ephemeral_public,
        confirmation=confirmation,
        raw=MAGIC + fixed + confirmation + checksum,
    )


def read_preamble(reader: BinaryIO) -> Preamble:
    """Read and check the preamble; the reader is left at the stream's first byte.

    Damage raises DamagedPackage; a file that never was a case package, UnsupportedFormat.
    """
    magic = reader.read(len(MAGIC))
    rest = reader.read(_FIXED.size + _CONFIRMATION_BYTES + _CHECKSUM_BYTES)
    looks_like_one = magic == MAGIC

    def refuse(what: str) -> Exception:
        if looks_like_one:
            return DamagedPackage(what)
        return UnsupportedFormat("not a case package")

    if len(rest) < _FIXED.size + _CONFIRMATION_BYTES + _CHECKSUM_BYTES:
        raise refuse("truncated")
    fixed = rest[: _FIXED.size]
    confirmation = rest[_FIXED.size : _FIXED.size + _CONFIRMATION_BYTES]
    checksum = rest[_FIXED.size + _CONFIRMATION_BYTES :]
    if hashlib.sha256(fixed + confirmation).digest() != checksum:
        raise refuse("preamble")
    if not looks_like_one:
        raise DamagedPackage("preamble")  # all but the magic holds: the magic was hit
    version, chunk_bytes, salt, ephemeral_public = _FIXED.unpack(fixed)
    if version > FORMAT_VERSION:
        raise UnsupportedFormat("newer case package format")
    if version < 1 or not MINIMUM_CHUNK_BYTES <= chunk_bytes <= MAXIMUM_CHUNK_BYTES:
        raise DamagedPackage("preamble")
    return Preamble(
        version=version,
        chunk_bytes=chunk_bytes,
        salt=salt,
        ephemeral_public=ephemeral_public,
        confirmation=confirmation,
        raw=magic + rest,
    )


def signed_message(content_digest: bytes) -> bytes:
    """What the sender signs: a context of its own, then the SHA-512 of the preamble and of
    the container up to the signature entry."""
    return _SIGNATURE_CONTEXT + content_digest


def _confirmation(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()
