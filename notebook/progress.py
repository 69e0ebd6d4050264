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
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0
