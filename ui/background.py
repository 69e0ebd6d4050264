"""Long core work off the UI thread: a worker that only calls the core, polled from the UI.

The worker is a plain Python thread; it never touches Qt. The UI thread polls it on a timer
and emits the job's signals itself, so every signal is delivered on the UI thread and none
fires once the job's window is gone. Each kind of job keeps its own registry of running
jobs, so the window's lock can cancel them and wait before the database closes.
"""

from __future__ import annotations

import threading
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from notebook import Cancelled
from notebook.progress import Progress

POLL_MS = 50


class BackgroundJob(QObject):
    """Runs `work()` in a worker thread. Exactly one of `finished` (with what `work` returned),
    `failed` (a sentence from `describe`) or `cancelled` is emitted, on the UI thread."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal()  # on each poll while running: read `progress`

    running: ClassVar[set[BackgroundJob]]  # each subclass has its own
    thread_name: ClassVar[str] = "background-job"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.running = set()

    def __init__(
        self, progress: Progress, *, parent: QObject | None = None, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self._outcome: tuple[str, object] | None = None  # set last by the worker
        self._delivered = False
        self._thread = threading.Thread(target=self._run, name=self.thread_name)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    # -- what a job does (worker thread: core calls only) -----------------------------------

    def work(self) -> object:
        """The job itself; raise Cancelled when `progress` says so."""
        raise NotImplementedError

    def describe(self, error: BaseException) -> str:
        """The failure in words for the user (UI thread)."""
        raise NotImplementedError

    # -- control ----------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        type(self).running.add(self)
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        """Ask the worker to stop at its next check; safe from any thread, at any time."""
        self.progress.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has stopped, then deliver its outcome now. False on timeout."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                return False
        self._deliver()
        return True

    @classmethod
    def stop_all(cls) -> None:
        """Cancel every running job of this kind and wait for it: call before the database
        closes."""
        for job in list(cls.running):
            job.cancel()
        for job in list(cls.running):
            job.wait()
            cls.running.discard(job)

    # -- inside -----------------------------------------------------------------------------

    def _run(self) -> None:
        outcome: tuple[str, object]
        try:
            outcome = ("finished", self.work())
        except Cancelled:
            outcome = ("cancelled", None)
        except Exception as error:  # turned into words on the UI thread
            outcome = ("failed", error)
        self._outcome = outcome

    def _poll(self) -> None:
        if self._outcome is None:
            self.progressed.emit()
            return
        self._thread.join()
        self._deliver()

    def _deliver(self) -> None:
        if self._delivered or self._outcome is None:
            return
        self._delivered = True
        type(self).running.discard(self)
        # A job whose window is gone has nobody to tell: its callbacks are dropped.
        if not shiboken6.isValid(self):
            return
        self._timer.stop()
        self.progressed.emit()
        kind, value = self._outcome
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            assert isinstance(value, BaseException)
            self.failed.emit(self.describe(value))


class JobProgressDialog(QProgressDialog):
    """A window-modal progress dialog whose Cancel (or the lock's reject) stops the job."""

    def __init__(self, job: BackgroundJob, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._job = job
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        # Window-modal: while the worker uses the notebook, nothing in the window may use it.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.canceled.connect(self._on_cancel)
        job.progressed.connect(self.refresh)
        job.finished.connect(self._end)
        job.failed.connect(self._end)
        job.cancelled.connect(self._end)

    def refresh(self) -> None:
        """Show the job's progress; each kind of job says it in its own words."""
        raise NotImplementedError

    def reject(self) -> None:
        # The window's lock rejects every dialog: that must stop the job as Cancel does.
        self._job.cancel()
        super().reject()

    def _on_cancel(self) -> None:
        self._job.cancel()
        self.refresh()

    def _end(self, *_outcome: object) -> None:
        self.close()
        self.deleteLater()


BAR_STEPS = 1000  # a byte bar's range: bytes as a fraction, since a bar's range is a 32-bit int


def data_size(locale: QLocale, size: int) -> str:
    """A number of bytes as people read it, in the interface's language: "12.3 MB"."""
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class ByteProgressDialog(JobProgressDialog):
    """A job that writes a known number of bytes: busy until the total is known, then a bar
    and "X of Y". Each kind of job gives its own words."""

    def __init__(self, job: BackgroundJob, parent: QWidget | None, *, language: str) -> None:
        super().__init__(job, parent)
        self._locale = QLocale(language)
        self.setRange(0, 0)  # busy until the core knows how many bytes it will write

    def busy_text(self) -> str:
        raise NotImplementedError

    def writing_text(self, done: str, total: str) -> str:
        raise NotImplementedError

    def stopping_text(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        progress = self._job.progress
        if progress.cancelled:
            self.setLabelText(self.stopping_text())
        elif not progress.total:
            self.setLabelText(self.busy_text())
        else:
            self.setLabelText(
                self.writing_text(
                    data_size(self._locale, progress.done), data_size(self._locale, progress.total)
                )
            )
        if progress.total:
            self.setRange(0, BAR_STEPS)
            self.setValue(round(progress.fraction * BAR_STEPS))
