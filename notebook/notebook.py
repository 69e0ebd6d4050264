"""An open notebook: the vault, its database and the record store, as one object to hold."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import search as search_module
from . import timeline as timeline_module
from .audit import ChainReport
from .crypto import DEFAULT_KDF, KdfParams
from .db import Database
from .errors import UnsupportedFormat
from .schema import MIGRATIONS
from .store import Store, utc_now
from .vault import Vault


@dataclass(frozen=True, kw_only=True)
class VerifyReport:
    database_problems: list[str] = field(default_factory=list)
    audit: ChainReport | None = None

    @property
    def sound(self) -> bool:
        return not self.database_problems and self.audit is not None and self.audit.intact


class Notebook(Store):
    """Use as a context manager, or call close(): that forgets the keys and frees the lock."""

    def __init__(self, vault: Vault, db: Database, *, clock: Any = utc_now) -> None:
        super().__init__(db, clock=clock)
        self.vault = vault

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
        vault = Vault.open(folder, passphrase, writable=writable)
        try:
            # The header's key opened, so the key is right: from here every failure is damage.
            db = Database.open(vault.database_path, vault.database_key, read_only=not writable)
            if writable:
                db.migrate(MIGRATIONS)
            elif db.user_version != len(MIGRATIONS):
                db.close()
                raise UnsupportedFormat("the schema needs an upgrade: open it for writing")
        except BaseException:
            vault.close()
            raise
        return cls(vault, db)

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

    def change_passphrase(self, new_passphrase: str, **kdf_options: Any) -> None:
        self.vault.change_passphrase(new_passphrase, **kdf_options)

    def verify(self) -> VerifyReport:
        """Every database page on a fresh connection, then the audit chain."""
        fresh = Database.open(self.vault.database_path, self.vault.database_key, read_only=True)
        try:
            problems = fresh.integrity_problems()
        finally:
            fresh.close()
        if problems:
            return VerifyReport(database_problems=problems)
        return VerifyReport(audit=self.audit.verify())
