"""Adding evidence files in the background: many at once, with progress, cancel and lock safety.

The job is a `BackgroundJob` (ui/background.py): a worker thread that only calls the core,
polled from the UI thread, whose signals are delivered on the UI thread.

While a job runs the UI must not write to the notebook (the connection is shared, and a
write from the UI would join the worker's transaction). That is ensured by the progress
dialog, which is window-modal over the main window (no menu, drop, editor or undo reaches
it), by `start_import` refusing a second job, and by the window's lock, which calls
`stop_all_imports()` (cancel, then wait) before the database closes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from notebook import DamagedNotebook, InvalidInput, Notebook, NotebookError
from notebook.model import Evidence
from notebook.progress import Progress

from .background import POLL_MS, BackgroundJob, JobProgressDialog
from .core_words import core_message

_STEPS = 1000  # the progress bar's range: fine enough for a smooth bar, whatever the bytes


class BatchProgress(Progress):
    """Bytes done of all the files of one import, and which file is under way."""

    def __init__(self) -> None:
        super().__init__(0)
        self.file_count = 0
        self.file_index = 0  # 1-based once a file has begun
        self.current_name = ""


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders replaced by the files inside them (sorted), each once."""
    files: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        path = Path(path)
        found = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def files_from_drop(mime: QMimeData) -> list[Path]:
    """The local files and folders of a drop; web and other non-file URLs are ignored."""
    paths: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if (path.is_file() or path.is_dir()) and path not in paths:
            paths.append(path)
    return paths


class ImportJob(BackgroundJob):
    """Imports files into a case, one transaction per file, in a worker thread.

    Files committed before a cancel or a failure stay; the file under way leaves nothing.
    `finished` carries the ids of the new evidence records, in import order; after a failure
    or a cancel, `new_ids` holds those that were added before it.
    """

    thread_name = "evidence-import"

    def __init__(
        self,
        notebook: Notebook,
        case_id: str,
        paths: Iterable[Path],
        *,
        actor: str,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(BatchProgress(), parent=parent, poll_ms=poll_ms)
        self.progress: BatchProgress
        self._notebook = notebook
        self._case_id = case_id
        self._paths = [Path(p) for p in paths]
        self._actor = actor
        self.new_ids: list[str] = []
        self._current = ""  # the file under way, to name in a failure

    def work(self) -> list[str]:
        files = expand_paths(self._paths)
        sizes = []
        for file in files:
            self._current = file.name
            sizes.append(file.stat().st_size)
        self.progress.file_count = len(files)
        self.progress.total = sum(sizes)
        offset = 0
        for index, (file, size) in enumerate(zip(files, sizes, strict=True), start=1):
            self.progress.check()
            self._current = file.name
            self.progress.file_index, self.progress.current_name = index, file.name
            stored = self._notebook.import_evidence(
                file,
                Evidence(case_id=self._case_id, title=file.name),
                actor=self._actor,
                progress=self.progress.part(offset),
            )
            self.new_ids.append(stored.id)
            offset += size
            self.progress.done = offset
        return list(self.new_ids)

    def describe(self, error: BaseException) -> str:
        return self._describe(self._current, error)

    def _describe(self, name: str, error: BaseException) -> str:
        if isinstance(error, OSError) or (isinstance(error, InvalidInput) and name):
            return self.tr("{0} could not be read; it was not added.").format(name or "?")
        if isinstance(error, DamagedNotebook):
            return self.tr("The notebook could not store {0}: it may be damaged.").format(name)
        if isinstance(error, NotebookError):
            return self.tr("{0} was not added: {1}").format(name, core_message(error))
        return self.tr("{0} was not added because of an unexpected error.").format(name)


def running_imports() -> list[ImportJob]:
    return list(ImportJob.running)


def stop_all_imports() -> None:
    """Cancel every running import and wait for it: call before the database closes."""
    ImportJob.stop_all()


class ImportProgressDialog(JobProgressDialog):
    """Which file is being added and how far the whole batch is; Cancel stops the job."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(job, parent)
        self._job: ImportJob = job
        self.setWindowTitle(self.tr("Adding evidence"))
        self.setRange(0, _STEPS)
        self.setLabelText(self.tr("Preparing…"))

    def refresh(self) -> None:
        progress = self._job.progress
        if progress.cancelled:
            self.setLabelText(self.tr("Stopping…"))
        elif progress.current_name:
            self.setLabelText(
                self.tr("Adding {0}\n(file {1} of {2})").format(
                    progress.current_name, progress.file_index, progress.file_count
                )
            )
        self.setValue(round(progress.fraction * _STEPS))


def start_import(
    parent: QWidget, session, case_id: str, paths: Iterable[Path], actor: str
) -> ImportJob | None:
    """Start importing `paths` into the case with a progress dialog; None if one already runs.

    The caller connects `finished`/`failed`/`cancelled` (reload the view, show a failure).
    """
    if running_imports():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportJob", "Evidence"),
            QCoreApplication.translate(
                "ImportJob", "Files are still being added; wait for them or cancel first."
            ),
        )
        return None
    job = ImportJob(session.notebook, case_id, paths, actor=actor, parent=parent)
    dialog = ImportProgressDialog(job, parent)
    job.failed.connect(
        lambda message: (
            QMessageBox.warning(parent, parent.tr("Evidence"), message)
            if shiboken6.isValid(parent)
            else None
        )
    )
    dialog.show()
    job.start()
    return job
