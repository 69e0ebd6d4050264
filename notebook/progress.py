"""Progress and cancellation of long work, polled by whoever shows it; no threads here."""

from __future__ import annotations

import threading

from .errors import Cancelled


class Progress:
    """The worker calls `advance()` and `check()`; a watcher reads `fraction`, may `cancel()`."""

    def __init__(self, total: int = 0) -> None:
        self.total = total
        self.done = 0
        self._cancelled = threading.Event()

    def advance(self, done: int) -> None:
        self.done = done
        self.check()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call it between units of work."""
        if self._cancelled.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether a stop was asked for (a watcher shows "Stopping…" until the work ends)."""
        return self._cancelled.is_set()

    def part(self, offset: int) -> Progress:
        """What one piece of a larger job sees: its own units, counted from `offset` into this
        progress, and this progress's cancel."""
        return _Part(self, offset)

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0


class _Part(Progress):
    def __init__(self, whole: Progress, offset: int) -> None:
        super().__init__(0)
        self._whole = whole
        self._offset = offset

    def advance(self, done: int) -> None:
        self.done = done
        self._whole.advance(self._offset + done)

    def check(self) -> None:
        self._whole.check()

    def cancel(self) -> None:
        self._whole.cancel()

    @property
    def cancelled(self) -> bool:
        return self._whole.cancelled
