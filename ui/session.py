"""The open notebook of a desktop session: create, unlock, lock; the one owner of the keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from notebook import Notebook


class Session(QObject):
    """Holds at most one unlocked notebook; everything in the window asks it for the notebook.

    `kdf_options` exists for tests only (a cheap key derivation), passed explicitly.
    """

    opened = Signal()
    locked = Signal()

    def __init__(self, path: Path | None = None, *, kdf_options: dict[str, Any] | None = None):
        super().__init__()
        self.path = path
        self._notebook: Notebook | None = None
        self._kdf_options = kdf_options or {}

    @property
    def notebook(self) -> Notebook:
        if self._notebook is None:
            raise RuntimeError("the notebook is locked")
        return self._notebook

    @property
    def kdf_options(self) -> dict[str, Any]:
        """How new key slots are sealed: the default cost, or the cheap one tests ask for."""
        return dict(self._kdf_options)

    @property
    def is_open(self) -> bool:
        return self._notebook is not None

    def create(self, path: Path, passphrase: str) -> None:
        self.lock()
        self._notebook = Notebook.create(path, passphrase, **self._kdf_options)
        self.path = path
        self.opened.emit()

    def unlock(self, passphrase: str, path: Path | None = None) -> None:
        """Open the notebook; core errors (wrong passphrase, damage, in use) reach the caller."""
        self.lock()
        target = path or self.path
        if target is None:
            raise RuntimeError("no notebook chosen")
        self._notebook = Notebook.open(target, passphrase)
        self.path = target
        self.opened.emit()

    def adopt(self, notebook: Notebook) -> None:
        """Take an already open notebook (the demo, just built)."""
        self.lock()
        self._notebook = notebook
        self.path = notebook.vault.folder
        self.opened.emit()

    def lock(self) -> None:
        """Close the database and forget the keys; safe to call when already locked."""
        if self._notebook is None:
            return
        notebook, self._notebook = self._notebook, None
        notebook.close()
        self.locked.emit()
