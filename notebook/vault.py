"""A notebook folder: create, unlock and lock it; the key hierarchy; its key slots."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from . import crypto, header
from .crypto import DEFAULT_KDF, RECOVERY_KDF, KdfParams
from .errors import DamagedNotebook, InvalidInput, NotFound, WrongPassphrase
from .header import Header, KeySlot
from .lockfile import FolderLock

HEADER_FILE = "notebook.json"
DATABASE_FILE = "notebook.db"
BLOB_FOLDER = "blobs"
LOCK_FILE = "notebook.lock"
SUFFIX = ".casenotebook"
MINIMUM_PASSPHRASE_LENGTH = 8
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


@dataclass(frozen=True, kw_only=True)
class SlotInfo:
    """What may be shown of a key slot: its id and kind, never its salt or sealed key."""

    slot_id: str
    kind: str


class Vault:
    """An unlocked notebook folder: holds the master key and, when writable, the folder lock."""

    def __init__(self, folder: Path, master_key: bytes, head: Header, lock: FolderLock | None):
        self.folder = folder
        self._master_key = master_key
        self._header = head
        self._lock = lock

    def __repr__(self) -> str:
        return f"Vault({self.folder.name!r}, {'locked' if self.is_closed else 'unlocked'})"

    # -- creating and opening ---------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        allow_weak_kdf_for_tests: bool = False,
    ) -> Vault:
        """A new, empty notebook folder, unlocked and locked for writing by this process."""
        folder = Path(folder)
        _check_new_passphrase(passphrase)
        if not kdf.is_strong() and not allow_weak_kdf_for_tests:
            raise InvalidInput("the key derivation is weaker than the minimum", field="kdf")
        if folder.exists() and any(folder.iterdir()):
            raise InvalidInput("the folder exists and is not empty", field="path")
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)  # encrypted anyway; but not even its size is other users' business
        (folder / BLOB_FOLDER).mkdir(exist_ok=True)
        lock = FolderLock(folder / LOCK_FILE)
        lock.acquire()
        master_key = crypto.random_bytes(crypto.KEY_BYTES)
        slot = _seal_master_key(
            master_key, passphrase, kdf, slot_id=_new_slot_id(), kind=PASSPHRASE_SLOT
        )
        vault = cls(folder, master_key, Header(slots=(slot,)), lock)
        vault._save_header(vault._header)
        return vault

    @classmethod
    def open(cls, folder: Path | str, passphrase: str, *, writable: bool = True) -> Vault:
        """Unlock an existing notebook with its passphrase or a recovery code.

        Changes nothing on disk, whatever goes wrong.
        """
        folder = Path(folder)
        header_path = folder / HEADER_FILE
        if not header_path.is_file():
            raise NotFound("no notebook in that folder")
        lock = FolderLock(folder / LOCK_FILE) if writable else None
        if lock:
            lock.acquire()
        try:
            head = header.read(header_path)
            master_key = _unseal_master_key(head, passphrase)
            if not crypto.mac_matches(_header_mac_key(master_key), head.body(), head.mac):
                raise DamagedNotebook("header")
            if not (folder / DATABASE_FILE).is_file():
                raise DamagedNotebook("database missing")
        except BaseException:
            if lock:
                lock.release(undo_creation=True)
            raise
        return cls(folder, master_key, head, lock)

    # -- keys -------------------------------------------------------------------------------

    def subkey(self, purpose: str) -> bytes:
        """A key for one job (the database, evidence files, ...), derived from the master key."""
        self._require_open()
        return crypto.subkey(self._master_key, purpose)

    @property
    def database_key(self) -> bytes:
        return self.subkey("database")

    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_FILE

    @property
    def blob_folder(self) -> Path:
        return self.folder / BLOB_FOLDER

    @property
    def writable(self) -> bool:
        return self._lock is not None

    # -- passphrase -------------------------------------------------------------------------

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        allow_weak_kdf_for_tests: bool = False,
    ) -> None:
        """Reseal the master key under the new passphrase: one small file, whatever the size.

        The header is replaced atomically, so after a crash either passphrase works, never none.
        """
        self._require_writable()
        _check_new_passphrase(new_passphrase)
        _check_kdf(kdf, allow_weak_kdf_for_tests)
        old = next((s for s in self._header.slots if s.kind == PASSPHRASE_SLOT), None)
        slot = _seal_master_key(
            self._master_key,
            new_passphrase,
            kdf,
            slot_id=old.slot_id if old else self._unused_slot_id(),
            kind=PASSPHRASE_SLOT,
        )
        self._save_header(self._header.with_slot(slot))

    def opens_with(self, secret: str) -> bool:
        """Whether `secret` (the passphrase or a recovery code) opens this notebook: asked
        again before the passphrase is changed, so that someone at an unlocked laptop cannot
        lock its owner out. Costs one key derivation per slot tried."""
        self._require_open()
        try:
            return _unseal_master_key(self._header, secret) == self._master_key
        except (WrongPassphrase, DamagedNotebook):
            return False

    # -- other key slots --------------------------------------------------------------------

    def slots(self) -> list[SlotInfo]:
        """Every way in, in the header's order."""
        return [SlotInfo(slot_id=s.slot_id, kind=s.kind) for s in self._header.slots]

    def add_recovery_slot(
        self,
        *,
        kdf: KdfParams = RECOVERY_KDF,
        allow_weak_kdf_for_tests: bool = False,
    ) -> tuple[str, str]:
        """Seal the master key under a fresh recovery code: returns (slot id, code).

        The code is kept nowhere: the caller shows it once.
        """
        self._require_writable()
        _check_kdf(kdf, allow_weak_kdf_for_tests)
        code = crypto.new_recovery_code()
        slot = _seal_master_key(
            self._master_key, code, kdf, slot_id=self._unused_slot_id(), kind=RECOVERY_SLOT
        )
        self._save_header(self._header.with_slot(slot))
        return slot.slot_id, code

    def remove_slot(self, slot_id: str) -> SlotInfo:
        """Remove a way in; the passphrase's own slot stays (changing it is how to replace it)."""
        self._require_writable()
        slot = next((s for s in self._header.slots if s.slot_id == slot_id), None)
        if slot is None:
            # Not echoed: someone may have typed the recovery code in place of the id.
            raise NotFound("no key slot with that id")
        if len(self._header.slots) == 1:
            raise InvalidInput("the last key slot cannot be removed", field="slot")
        passphrase_slots = [s for s in self._header.slots if s.kind == PASSPHRASE_SLOT]
        if passphrase_slots == [slot]:
            # Without it the notebook opens only with a code that lives away from the laptop.
            raise InvalidInput("the passphrase's key slot cannot be removed", field="slot")
        self._save_header(self._header.without_slot(slot_id))
        return SlotInfo(slot_id=slot.slot_id, kind=slot.kind)

    def _unused_slot_id(self) -> str:
        taken = {s.slot_id for s in self._header.slots}
        while (slot_id := _new_slot_id()) in taken:
            pass
        return slot_id

    def _save_header(self, head: Header) -> None:
        signed = Header(
            slots=head.slots, mac=crypto.mac(_header_mac_key(self._master_key), head.body())
        )
        header.write_atomically(self.folder / HEADER_FILE, signed)
        self._header = signed

    def sweep_temporary_header(self) -> None:
        """Remove the header a kill left half-made beside the real one (the .tmp of
        header.write_file_atomically): it may hold the master key sealed under a passphrase
        the user was never told was set. Only with the folder's lock: no header is being
        written meanwhile."""
        self._require_writable()
        (self.folder / (HEADER_FILE + ".tmp")).unlink(missing_ok=True)

    # -- closing ----------------------------------------------------------------------------

    def close(self) -> None:
        """Forget the key and release the folder lock. Safe to call twice."""
        self._master_key = b""
        if self._lock:
            self._lock.release()
            self._lock = None

    @property
    def is_closed(self) -> bool:
        return not self._master_key

    def _require_open(self) -> None:
        if self.is_closed:
            raise InvalidInput("the notebook is locked")

    def _require_writable(self) -> None:
        self._require_open()
        if not self.writable:
            raise InvalidInput("the notebook is open read-only")


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MINIMUM_PASSPHRASE_LENGTH:
        raise InvalidInput("the passphrase is too short", field="passphrase")


def _check_kdf(kdf: KdfParams, allow_weak_kdf_for_tests: bool) -> None:
    if not kdf.is_strong() and not allow_weak_kdf_for_tests:
        raise InvalidInput("the key derivation is weaker than the minimum", field="kdf")


def _new_slot_id() -> str:
    return secrets.token_hex(4)


def _header_mac_key(master_key: bytes) -> bytes:
    return crypto.subkey(master_key, "header")


def _seal_master_key(
    master_key: bytes, secret: str, kdf: KdfParams, *, slot_id: str, kind: str
) -> KeySlot:
    unsealed = KeySlot(
        slot_id=slot_id, kind=kind, kdf=kdf, salt=crypto.random_bytes(crypto.SALT_BYTES)
    )
    kek = crypto.derive_kek(secret, unsealed.salt, kdf)
    nonce, sealed = crypto.wrap_key(kek, master_key, context=unsealed.binding())
    return KeySlot(
        slot_id=slot_id, kind=kind, kdf=kdf, salt=unsealed.salt, nonce=nonce, sealed_key=sealed
    )


def _unseal_master_key(head: Header, secret: str) -> bytes:
    """Try each slot with the secret read as its kind reads it: as typed, or as a code."""
    code = crypto.normalise_recovery_code(secret)
    readings = {PASSPHRASE_SLOT: secret, RECOVERY_SLOT: code}
    # Passphrase slots first, even when the secret reads as a code: many 25-letter passphrases
    # do ("correct horse battery staple"), and the passphrase is what opens it every day.
    for slot in sorted(head.slots, key=lambda s: s.kind != PASSPHRASE_SLOT):
        reading = readings.get(slot.kind)
        if reading is not None and (key := _unseal_as(slot, slot.kind, reading)) is not None:
            return key
    # A slot whose kind was edited opens only as the kind it was sealed as: that is tampering,
    # not a wrong secret. Costs a KDF per slot of another kind, and only when nothing opened.
    relabelled = (
        _unseal_as(slot, kind, reading) is not None
        for slot in head.slots
        for kind, reading in readings.items()
        if kind != slot.kind and reading is not None
    )
    if any(relabelled):
        raise DamagedNotebook("header")
    raise WrongPassphrase()


def _unseal_as(slot: KeySlot, kind: str, secret: str) -> bytes | None:
    kek = crypto.derive_kek(secret, slot.salt, slot.kdf)
    context = replace(slot, kind=kind).binding()
    try:
        return crypto.unwrap_key(kek, slot.nonce, slot.sealed_key, context=context)
    except crypto.UnwrapFailed:
        return None
