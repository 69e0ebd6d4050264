"""An open notebook: the vault, its database and the record store, as one object to hold."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from . import backup as backup_module
from . import crypto as crypto_module
from . import evidence as evidence_module
from . import guard as guard_module
from . import identity as identity_module
from . import package as package_module
from . import package_receive as receive_module
from . import search as search_module
from . import timeline as timeline_module
from .audit import ChainReport
from .crypto import DEFAULT_KDF, KdfParams
from .db import Database
from .errors import NotebookInUse, UnsupportedFormat, WrongPassphrase
from .model import Evidence, Record
from .progress import Progress
from .schema import MIGRATIONS
from .store import Store, utc_now
from .vault import SlotInfo, Vault


@dataclass(frozen=True, kw_only=True)
class VerifyReport:
    database_problems: list[str] = field(default_factory=list)
    audit: ChainReport | None = None
    evidence: list[evidence_module.FixityResult] = field(default_factory=list)
    custody_problems: list[int] = field(default_factory=list)  # seqs of altered custody rows

    @property
    def sound(self) -> bool:
        return (
            not self.database_problems
            and self.audit is not None
            and self.audit.intact
            and all(result.status == "intact" for result in self.evidence)
            and not self.custody_problems
        )


class Notebook(Store):
    """Use as a context manager, or call close(): that forgets the keys and frees the lock."""

    def __init__(self, vault: Vault, db: Database, *, clock: Any = utc_now) -> None:
        super().__init__(db, clock=clock)
        self.vault = vault
        # Blobs of deleted evidence wait here while a backup reads an older snapshot.
        self._blob_keepers = 0
        self._kept_blobs: list[Path] = []
        self._keeping = threading.Lock()

    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        allow_weak_kdf_for_tests: bool = False,
    ) -> Notebook:
        vault = Vault.create(
            folder, passphrase, kdf=kdf, allow_weak_kdf_for_tests=allow_weak_kdf_for_tests
        )
        try:
            db = Database.open(vault.database_path, vault.database_key, create=True)
            db.migrate(MIGRATIONS)
        except BaseException:
            vault.close()
            raise
        return cls(vault, db)

    @classmethod
    def open(cls, folder: Path | str, passphrase: str, *, writable: bool = True) -> Notebook:
        try:
            vault = Vault.open(folder, passphrase, writable=writable)
        except WrongPassphrase as error:
            # Counted only when the user turned the guard on; it may erase the notebook.
            raise guard_module.after_wrong_passphrase(Path(folder), error) from None
        guard_module.after_unlock(vault.folder)
        try:
            # The header's key opened, so the key is right: from here every failure is damage.
            db = Database.open(vault.database_path, vault.database_key, read_only=not writable)
            if writable:
                db.migrate(MIGRATIONS)
                opened = cls(vault, db)
                evidence_module.sweep(opened)
                backup_module.sweep_scratch(vault.folder)
                vault.sweep_temporary_header()
                return opened
            version = db.user_version
            if version > len(MIGRATIONS):
                db.close()
                raise UnsupportedFormat("this notebook was written by a newer version")
        except BaseException:
            vault.close()
            raise
        if version == len(MIGRATIONS):
            return cls(vault, db)
        # Made by an older version: bring its schema up to date once (only what this version
        # adds, such as its keys), then open it read-only as asked.
        db.close()
        vault.close()
        try:
            cls.open(folder, passphrase, writable=True).close()
        except NotebookInUse:
            raise UnsupportedFormat(
                "this notebook needs a one-time upgrade, and another program has it open: "
                "close that program and try again"
            ) from None
        return cls.open(folder, passphrase, writable=False)

    def __enter__(self) -> Notebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()
        self.vault.close()

    # -- the rest of the core, on this notebook ---------------------------------------------

    def search(
        self,
        query: str,
        *,
        case_id: str | None = None,
        limit: int = 50,
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[search_module.Hit]:
        return search_module.search(self.db, query, case_id=case_id, limit=limit, marks=marks)

    def timeline(self, case_id: str, **filters: Any) -> list[timeline_module.Entry]:
        self.get(case_id)
        return timeline_module.timeline(self.db, case_id, **filters)

    def marks(self, case_id: str) -> list[timeline_module.Mark]:
        """What the visual timeline draws: the case's dated and undated records."""
        self.get(case_id)
        return timeline_module.marks(self, case_id)

    def change_passphrase(
        self, new_passphrase: str, *, current: str | None = None, **kdf_options: Any
    ) -> None:
        """Reseal the master key under a new passphrase (recovery codes keep working). With
        `current`, refused unless it opens the notebook: the desktop asks for it again."""
        if current is not None and not self.vault.opens_with(current):
            raise WrongPassphrase()
        # Only the header changes, never the database: not even an audit entry is written.
        self.vault.change_passphrase(new_passphrase, **kdf_options)

    # -- erase after wrong passphrases (off unless asked) ----------------------------------

    def erase_after(self) -> int | None:
        """How many wrong passphrases in a row erase this notebook; None when the guard is off."""
        guard = guard_module.read(self.vault.folder)
        return guard.erase_after if guard else None

    def set_erase_after(self, limit: int | None) -> None:
        """Turn the guard on (3 to 100 wrong passphrases in a row) or off (None), logged."""
        self.vault._require_writable()
        with self.transaction():
            self.audit.append("set-guard", "notebook", {"erase_after": limit})
            guard_module.set_limit(self.vault.folder, limit)

    # -- key slots --------------------------------------------------------------------------

    def key_slots(self) -> list[SlotInfo]:
        return self.vault.slots()

    def add_recovery_code(self, **kdf_options: Any) -> tuple[str, str]:
        """A new recovery key slot, logged: returns (slot id, code), the code to show once."""
        slot_id, code = self.vault.add_recovery_slot(**kdf_options)
        try:
            with self.transaction():
                self.audit.append("add-key", slot_id, {"slot": slot_id, "kind": "recovery"})
        except BaseException:
            # The code will never be shown: its slot must not stay behind, unlogged.
            self.vault.remove_slot(slot_id)
            raise
        return slot_id, code

    def remove_key_slot(self, slot_id: str) -> SlotInfo:
        """Remove a key slot, logged; the entry is undone if the header cannot be written."""
        with self.transaction():
            kind = next((s.kind for s in self.vault.slots() if s.slot_id == slot_id), "")
            self.audit.append("remove-key", slot_id, {"slot": slot_id, "kind": kind})
            return self.vault.remove_slot(slot_id)

    def verify(
        self, *, actor: str = "", quick: bool = False, progress: Progress | None = None
    ) -> VerifyReport:
        """Every database page on a fresh connection, the audit chain, then every evidence
        file decrypted and re-hashed (quick: present and whole-sized only)."""
        fresh = Database.open(self.vault.database_path, self.vault.database_key, read_only=True)
        try:
            problems = fresh.integrity_problems()
        finally:
            fresh.close()
        if problems:
            return VerifyReport(database_problems=problems)
        chain = self.audit.verify()
        custody = evidence_module.custody_problems(self)
        files = evidence_module.verify_files(self, actor=actor, quick=quick, progress=progress)
        return VerifyReport(audit=chain, evidence=files, custody_problems=custody)

    # -- evidence files ---------------------------------------------------------------------

    def import_evidence(
        self,
        source: Path | str,
        record: Evidence,
        *,
        actor: str,
        progress: Progress | None = None,
    ) -> Evidence:
        return evidence_module.import_file(
            self, Path(source), record, actor=actor, progress=progress
        )

    def evidence_file(self, record_id: str) -> evidence_module.EvidenceFile | None:
        return evidence_module.file_of(self, record_id)

    def export_evidence(
        self,
        record_id: str,
        destination: Path | str,
        *,
        actor: str,
        purpose: str = "exported",
        force: bool = False,
        progress: Progress | None = None,
    ) -> evidence_module.EvidenceFile:
        return evidence_module.export_file(
            self,
            record_id,
            Path(destination),
            actor=actor,
            purpose=purpose,
            force=force,
            progress=progress,
        )

    def read_evidence(
        self, record_id: str, target: BinaryIO, *, actor: str, purpose: str = "viewed"
    ) -> evidence_module.EvidenceFile:
        return evidence_module.read_file(self, record_id, target, actor=actor, purpose=purpose)

    def custody(self, record_id: str) -> list[evidence_module.CustodyEvent]:
        return evidence_module.custody_of(self, record_id)

    # -- the notebook's signing key --------------------------------------------------------

    def signing_public_key(self) -> bytes:
        """The public half of the notebook's Ed25519 key (32 bytes); share it freely."""
        return bytes(self.db.scalar("SELECT public_key FROM identity WHERE purpose = 'signing'"))

    def identity(self) -> identity_module.Identity:
        """The public halves of the notebook's keys: give its contact code to whoever may send
        it a case, and read its fingerprint to them."""
        rows = dict(
            self.db.tuples(
                "SELECT purpose, public_key FROM identity WHERE purpose IN ('receiving', 'signing')"
            )
        )
        return identity_module.Identity(
            receiving_key=bytes(rows["receiving"]), signing_key=bytes(rows["signing"])
        )

    def sign(self, data: bytes) -> bytes:
        """The notebook's Ed25519 signature over `data`; the private key never leaves here."""
        private_key = self.db.scalar("SELECT private_key FROM identity WHERE purpose = 'signing'")
        return crypto_module.sign(bytes(private_key), data)

    def agree_as_recipient(self, ephemeral_public: bytes) -> bytes:
        """The secret a sender shared with this notebook's receiving key; the private key
        never leaves here."""
        private_key = self.db.scalar("SELECT private_key FROM identity WHERE purpose = 'receiving'")
        return crypto_module.agree_as_recipient(bytes(private_key), ephemeral_public)

    # -- case packages ----------------------------------------------------------------------

    def send_case(
        self, case_id: str, recipient: identity_module.Identity, out: Path | str, **options: Any
    ) -> package_module.SentPackage:
        """Write the case as a package only `recipient` can open: see package.py."""
        return package_module.send_case(self, case_id, recipient, Path(out), **options)

    def receive_package(self, path: Path | str, **options: Any) -> receive_module.ReceivedPackage:
        """Check a case package and take it in (or, with dry_run, only say what it would
        change): see package_receive.py."""
        return receive_module.receive_package(self, Path(path), **options)

    def import_stream(self, reader: BinaryIO, record: Evidence, **options: Any) -> Evidence:
        """Evidence from a stream (a bundle's entry): see evidence.import_stream."""
        return evidence_module.import_stream(self, reader, record, **options)

    def stream_evidence(
        self, record_id: str, target: BinaryIO, *, progress: Progress | None = None
    ) -> evidence_module.EvidenceFile:
        """The original bytes into `target`, checked against the recorded hashes. Logs no
        custody event: the caller does, once what it builds exists (`record_exports`)."""
        return evidence_module.stream_file(self, record_id, target, progress=progress)

    def record_exports(self, record_ids: list[str], *, actor: str, purpose: str) -> None:
        """One custody event "export" for each item, in one transaction."""
        evidence_module.record_exports(self, record_ids, actor=actor, purpose=purpose)

    def suggest_exhibit_ref(self, case_id: str) -> str:
        return evidence_module.suggest_exhibit_ref(self, case_id)

    def add(self, record: Record, *, reuse_id: bool = False) -> Record:
        """As Store.add; an evidence item without an exhibit mark gets the case's next one."""
        if isinstance(record, Evidence):
            record = evidence_module.with_exhibit_ref(self, record)
        return super().add(record, reuse_id=reuse_id)

    def delete(self, record_id: str, *, actor: str = "") -> None:
        """Delete a record; an evidence file goes with it, its key destroyed, its end logged."""
        with self.transaction():
            blob = evidence_module.forget_file(self, record_id, actor=actor)
            super().delete(record_id)
        if blob is not None and not self.db.in_transaction:
            self._discard_blob(blob)

    # -- backup -----------------------------------------------------------------------------

    def backup(
        self, out: Path | str, *, force: bool = False, progress: Progress | None = None
    ) -> backup_module.BackupSummary:
        """The whole notebook as one encrypted file at `out`, taken from a consistent snapshot
        while the notebook stays open (any thread may go on writing): see backup.py."""
        return backup_module.write_backup(self, Path(out), force=force, progress=progress)

    @contextmanager
    def keeping_blobs(self) -> Iterator[None]:
        """While inside, blobs of evidence deleted meanwhile stay on disk: a backup may be
        reading them, its snapshot older than the deletion. They go when the last one leaves."""
        with self._keeping:
            self._blob_keepers += 1
        try:
            yield
        finally:
            released: list[Path] = []
            with self._keeping:
                self._blob_keepers -= 1
                if not self._blob_keepers:
                    released, self._kept_blobs = self._kept_blobs, []
            for blob in released:
                blob.unlink(missing_ok=True)

    def _discard_blob(self, blob: Path) -> None:
        with self._keeping:
            if self._blob_keepers:
                self._kept_blobs.append(blob)
                return
        blob.unlink(missing_ok=True)
