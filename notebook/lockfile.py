"""An exclusive, crash-safe lock on a notebook folder: the OS releases it when the process dies."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import NotebookInUse

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt


class FolderLock:
    """Held by the one process that may write; `release()` or the process's exit frees it."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None
        self._created = False

    def acquire(self) -> None:
        self._created = not self._path.exists()
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            raise NotebookInUse() from None
        self._fd = fd

    def release(self, *, undo_creation: bool = False) -> None:
        """Free the lock; `undo_creation` also removes a lock file this lock had to create,
        so that an open that failed leaves the folder exactly as it found it."""
        if self._fd is None:
            return
        if undo_creation and self._created:
            self._path.unlink(missing_ok=True)
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        else:
            os.lseek(self._fd, 0, os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
