"""notebook.json: the header that holds key slots and KDF settings, never content."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .crypto import NONCE_BYTES, SALT_BYTES, KdfParams
from .errors import DamagedNotebook, UnsupportedFormat

FORMAT_NAME = "case-notebook"
FORMAT_VERSION = 1
# No laptop we serve has more; a forged header must not make unlocking allocate terabytes.
MAXIMUM_KDF_MEMORY_KIB = 16 * 1024 * 1024
# Memory times passes: four passes over the most memory (about 90 s here; the default costs
# 1/128 of it). A forged pass count must not make unlocking run for days (or overflow Argon2's
# 32-bit count) before the passphrase is known to be wrong.
MAXIMUM_KDF_WORK_KIB = 4 * MAXIMUM_KDF_MEMORY_KIB


@dataclass(frozen=True, kw_only=True)
class KeySlot:
    """One way in: a KDF setting and salt, and the master key sealed under the key they give."""

    slot_id: str
    kind: str  # "passphrase" or "recovery"; any other is a later version's, kept as it is
    format_version: int = FORMAT_VERSION  # of the header it was sealed in
    kdf: KdfParams
    salt: bytes = b""
    nonce: bytes = b""
    sealed_key: bytes = b""

    def binding(self) -> bytes:
        """What the seal authenticates besides the key: moving or editing a slot breaks it."""
        return canonical_json(
            {
                "format": FORMAT_NAME,
                "format_version": self.format_version,
                "slot": self.slot_id,
                "kind": self.kind,
                "kdf": _kdf_to_json(self.kdf, self.salt),
            }
        )


@dataclass(frozen=True, kw_only=True)
class Header:
    slots: tuple[KeySlot, ...]
    format_version: int = FORMAT_VERSION
    mac: str = ""  # HMAC under a master-key subkey: catches deliberate edits once unlocked

    def body(self) -> bytes:
        """The canonical bytes the MAC covers."""
        return canonical_json(_body_to_json(self))

    def with_slot(self, slot: KeySlot) -> Header:
        """The slot with the same id replaced where it stands (so listings keep their order),
        or a new slot added at the end."""
        if any(s.slot_id == slot.slot_id for s in self.slots):
            slots = tuple(slot if s.slot_id == slot.slot_id else s for s in self.slots)
        else:
            slots = (*self.slots, slot)
        return replace(self, slots=slots, mac="")

    def without_slot(self, slot_id: str) -> Header:
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id != slot_id), mac="")


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kdf_to_json(kdf: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "name": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": _b64(salt),
    }


def _body_to_json(header: Header) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": header.format_version,
        "slots": [
            {
                "id": s.slot_id,
                "kind": s.kind,
                "kdf": _kdf_to_json(s.kdf, s.salt),
                "wrap": {"name": "aes-256-gcm", "nonce": _b64(s.nonce), "key": _b64(s.sealed_key)},
            }
            for s in header.slots
        ],
    }


def _checksum(document: dict[str, Any]) -> str:
    unsummed = {k: v for k, v in document.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(canonical_json(unsummed)).hexdigest()


def encode(header: Header) -> bytes:
    document = _body_to_json(header)
    document["mac"] = header.mac
    document["checksum"] = _checksum(document)
    return json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"


def decode(data: bytes) -> Header:
    """Parse and check a header; accidental damage raises DamagedNotebook."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # nested past Python's limit
        raise DamagedNotebook("header") from None
    if not isinstance(document, dict):
        raise DamagedNotebook("header")
    # A header whose format name was hit by damage is damaged, not another program's file.
    if document.get("format") != FORMAT_NAME and "checksum" not in document:
        raise UnsupportedFormat("not a notebook")
    if document.get("checksum") != _checksum(document):
        raise DamagedNotebook("header")
    if document.get("format") != FORMAT_NAME:
        raise UnsupportedFormat("not a notebook")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedNotebook("header")
    if version > FORMAT_VERSION:
        raise UnsupportedFormat("newer format")
    try:
        slots = tuple(_slot_from_json(s, version) for s in document["slots"])
        mac = str(document["mac"])
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
        raise DamagedNotebook("header") from None
    if not slots:
        raise DamagedNotebook("header")
    return Header(slots=slots, format_version=version, mac=mac)


def _slot_from_json(item: dict[str, Any], format_version: int) -> KeySlot:
    kdf, wrap = item["kdf"], item["wrap"]
    if kdf["name"] != "argon2id" or wrap["name"] != "aes-256-gcm":
        raise ValueError("unknown algorithm")
    slot = KeySlot(
        slot_id=str(item["id"]),
        kind=str(item["kind"]),
        format_version=format_version,
        kdf=KdfParams(
            memory_kib=int(kdf["memory_kib"]),
            iterations=int(kdf["iterations"]),
            lanes=int(kdf["lanes"]),
        ),
        salt=_unb64(kdf["salt"]),
        nonce=_unb64(wrap["nonce"]),
        sealed_key=_unb64(wrap["key"]),
    )
    # Values Argon2id or AES-GCM would refuse with their own errors, deep inside unlocking.
    params = slot.kdf
    if not (1 <= params.lanes < 2**24 and params.iterations >= 1):
        raise ValueError("kdf cost out of range")
    if not 8 * params.lanes <= params.memory_kib <= MAXIMUM_KDF_MEMORY_KIB:
        raise ValueError("kdf memory out of range")
    if params.memory_kib * params.iterations > MAXIMUM_KDF_WORK_KIB:
        raise ValueError("kdf work out of range")
    if len(slot.salt) != SALT_BYTES or len(slot.nonce) != NONCE_BYTES:
        raise ValueError("salt or nonce of the wrong length")
    return slot


def read(path: Path) -> Header:
    return decode(path.read_bytes())


def write_atomically(path: Path, header: Header) -> None:
    """Write beside, flush to disk, rename over: a crash leaves the old header or the new one."""
    write_file_atomically(path, encode(header))


def write_file_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        # A half-written header (or one sealed under a passphrase the user never
        # learned was set) must not linger beside the real one.
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
