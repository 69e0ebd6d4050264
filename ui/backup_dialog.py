"""Backing up the open notebook to one encrypted file, in the background with progress and cancel.

The core's `Notebook.backup` reads a snapshot through connections of its own and writes the
file under a hidden name beside the destination, renamed when whole: a cancel or a failure
leaves nothing at the destination. The worker is a `BackgroundJob` (ui/background.py); its
progress dialog is window-modal, and the window's lock calls `stop_all_backups()` (cancel,
then wait) before the notebook closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from notebook import DamagedNotebook, Notebook, NotebookError, NotebookInUse, WriteFailed
from notebook.backup import BackupSummary
from notebook.progress import Progress

from .background import POLL_MS, BackgroundJob, ByteProgressDialog
from .core_words import core_message, write_failure_reason

# Proposed in the save dialog: it says what the file is to its owner and nothing of the cases.
# The core derives no name and adds no suffix: whatever the user types is kept.
BACKUP_FILE_NAME = "notebook-backup.cnbackup"


class BackupJob(BackgroundJob):
    """Writes one backup with the core's `Notebook.backup`, in a worker thread.

    Only `finished` (carrying the `BackupSummary`) means a file was written.
    """

    thread_name = "backup"

    def __init__(
        self,
        notebook: Notebook,
        path: Path,
        *,
        force: bool = False,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(Progress(), parent=parent, poll_ms=poll_ms)
        self._notebook = notebook
        self._force = force
        self.path = Path(path)

    def work(self) -> BackupSummary:
        return self._notebook.backup(self.path, force=self._force, progress=self.progress)

    def describe(self, error: BaseException) -> str:
        if isinstance(error, WriteFailed | OSError):
            reason = write_failure_reason(error)
            return self.tr("The backup could not be written ({0}). Nothing was written.").format(
                reason
            )
        if isinstance(error, NotebookInUse):
            return self.tr(
                "Evidence files kept disappearing while the backup was taken: another program "
                "may be deleting them. Nothing was written; try again when it is done."
            )
        if isinstance(error, DamagedNotebook):
            return self.tr(
                "The notebook could not be read whole: it may be damaged. Nothing was written."
            )
        if isinstance(error, NotebookError):
            return self.tr("The backup was not made: {0}").format(core_message(error))
        return self.tr("The backup was not made because of an unexpected error.")


def stop_all_backups() -> None:
    """Cancel every running backup and wait for it: call before the notebook closes."""
    BackupJob.stop_all()


class BackupProgressDialog(ByteProgressDialog):
    """How many bytes of the backup are written; Cancel stops it and leaves no file."""

    def __init__(
        self, job: BackupJob, parent: QWidget | None = None, *, language: str = "en"
    ) -> None:
        super().__init__(job, parent, language=language)
        self.setWindowTitle(self.tr("Backing up"))
        self.refresh()

    def busy_text(self) -> str:
        return self.tr("Copying the notebook…")

    def writing_text(self, done: str, total: str) -> str:
        return self.tr("Writing the backup: {0} of {1}").format(done, total)

    def stopping_text(self) -> str:
        return self.tr("Stopping…")


def start_backup(
    parent: QWidget, notebook: Notebook, path: Path, *, force: bool = False, language: str = "en"
) -> BackupJob | None:
    """Start writing one backup with a progress dialog; None if a backup already runs.

    The caller connects `finished`/`failed`/`cancelled` to tell the user.
    """
    if BackupJob.running:
        return None
    job = BackupJob(notebook, path, force=force, parent=parent)
    BackupProgressDialog(job, parent, language=language).show()
    job.start()
    return job
