"""The sealed stream of a case package, entry by entry: written with the hash the sender
signs, read back with every chunk authenticated and the signature checked at the end.

The bytes are described in package_format.py. The signature's hash takes the preamble and
every container byte except evidence files' bodies, which the signed header binds by their
SHA-256 and SHA-512: the writer sends them straight to the sealer, and whoever reads one
through `file()` checks those hashes (import_stream, or `drain_file`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from . import crypto
from .backup_format import entry_head, read_entry_head
from .errors import DamagedPackage, NotAddressedHere
from .identity import Identity
from .package_format import (
    END,
    FILE,
    SIGNATURE,
    SIGNATURE_BYTES,
    Preamble,
    read_preamble,
    signed_message,
)
from .progress import Progress

if TYPE_CHECKING:
    from .notebook import Notebook

_COPY_BYTES = 1 << 20


class PackageWriter:
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


@dataclass(frozen=True)
class FileEntry:
    """One evidence file as the header lists it."""

    record_id: str
    size: int
    sha256: str
    sha512: str
    original_name: str


class PackageReader:
    """The package's container, entry by entry, decrypted and hashed for the signature."""

    def __init__(self, notebook: Notebook, source: BinaryIO, progress: Progress) -> None:
        self.preamble: Preamble = read_preamble(source)
        self.own: Identity = notebook.identity()  # this notebook, whom the package must name
        try:
            secret = notebook.agree_as_recipient(self.preamble.ephemeral_public)
        except crypto.KeyAgreementFailed:
            raise DamagedPackage("preamble") from None
        stream_key, confirmation_key = crypto.sealed_to_keys(
            secret,
            ephemeral_public=self.preamble.ephemeral_public,
            recipient_public=self.own.receiving_key,
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

    def file(self, item: FileEntry) -> FileStream:
        """The next evidence file, as a stream of exactly its size."""
        if self.head(FILE, item.record_id) != item.size:
            raise DamagedPackage("container")
        return FileStream(self, item.size)

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


class FileStream:
    """Exactly `size` bytes of the container, for import_stream; short means damage."""

    def __init__(self, reader: PackageReader, size: int) -> None:
        self._reader = reader
        self._left = size

    def __enter__(self) -> FileStream:
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
