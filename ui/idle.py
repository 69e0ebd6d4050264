"""Telling the program when to lock: no user input for a while, or the desktop locking or sleeping.

What each platform reports, and so what `session_locked` can catch:

- Linux (and BSDs running these desktops): Qt reports nothing, but the desktop says it on D-Bus,
  which Qt's own QtDBus reads: a screen saver or lock screen going active (GNOME, KDE,
  Cinnamon, MATE, Xfce: `ActiveChanged(true)`), logind's `Lock` for our login session
  (`loginctl lock-session`) and logind's `PrepareForSleep(true)` before suspend. We hold
  no sleep inhibitor, so the machine may be asleep before the signal is handled; it is
  then handled on waking.
- Windows: Qt reports neither a workstation lock (`WM_WTSSESSION_CHANGE` needs
  `WTSRegisterSessionNotification`) nor suspend (`WM_POWERBROADCAST`); nothing here
  catches them.
- macOS: Qt does not forward NSWorkspace's sleep or screen-lock notifications.
- Everywhere: `applicationStateChanged` to `ApplicationSuspended` is handled, but Qt only
  sends it on mobile platforms.

What covers the gaps everywhere is the idle timeout, measured by the wall clock: time spent
asleep or behind a lock screen counts, and the first input after waking finds the timeout
passed, so the program locks before that input reaches any window.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

try:
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # a Qt built without D-Bus
    QDBusConnection = None

IDLE_TIMEOUT_SECONDS = 300
CHECK_INTERVAL_MS = 5_000

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)

_SCREEN_SAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.xfce.ScreenSaver",
)


class IdleWatcher(QObject):
    """Emits `idle` once per stretch of `timeout_seconds` without input; 0 turns it off.

    Input is counted only when it comes from the window system (`spontaneous()`), so events
    the program sends itself never keep the notebook open. Input methods are the exception:
    composed text (Chinese, Japanese …) reaches widgets only as events Qt sends itself.
    """

    idle = Signal()
    session_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        timeout_seconds: float = IDLE_TIMEOUT_SECONDS,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        clock: Callable[[], float] = time.time,
        desktop_hints: bool = True,
    ) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("IdleWatcher needs a QApplication")
        # The wall clock, not a monotonic one: CLOCK_MONOTONIC stops while Linux sleeps, and
        # a laptop left asleep for an hour must find its notebook locked on waking.
        self._clock = clock
        self._timeout = 0.0
        self._last_input = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self._bus_hints = _DesktopBusHints(self) if desktop_hints else None
        if self._bus_hints is not None:
            self._bus_hints.locking.connect(self.session_locked)
        self.set_timeout(timeout_seconds)

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        """Change the idle timeout; 0 stops watching for idleness (session hints still work)."""
        if seconds < 0:
            raise ValueError("the idle timeout cannot be negative")
        self._timeout = float(seconds)
        if self._timeout:
            self._timer.start()
        else:
            self._timer.stop()

    def reset(self) -> None:
        """Start counting afresh, e.g. after the notebook is unlocked."""
        self._last_input = self._clock()
        self._fired = False

    def check(self) -> None:
        """Emit `idle` if the timeout has passed; the timer calls this every few seconds."""
        if self._idle_for_too_long():
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        """Stop watching input and time; used when the program shuts down and by tests."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        if not event.spontaneous() and kind != QEvent.Type.InputMethod:
            return False
        if self._idle_for_too_long():
            # The first input after a long sleep: lock before it reaches the window it was
            # aimed at, and swallow it so it cannot type into the notebook being locked.
            self._fired = True
            self._last_input = self._clock()
            self.idle.emit()
            return True
        self.reset()
        return False

    def _idle_for_too_long(self) -> bool:
        if not self._timeout or self._fired:
            return False
        now = self._clock()
        if now < self._last_input:
            # The clock was set back: count from now rather than waiting for it to catch up.
            self._last_input = now
        return now - self._last_input >= self._timeout

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.session_locked.emit()


class _DesktopBusHints(QObject):
    """Listens on D-Bus for the desktop locking its screen or the machine going to sleep."""

    locking = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.platform in ("win32", "darwin") or QDBusConnection is None:
            return
        # An empty service and path accept the signal from any sender: a forged one can only
        # lock the notebook, while a desktop using an unexpected bus name would go unheard.
        session_address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if _is_local_address(session_address):
            session = QDBusConnection.sessionBus()
            if session.isConnected():
                for interface in _SCREEN_SAVERS:
                    session.connect(
                        "",
                        "",
                        interface,
                        "ActiveChanged",
                        self,
                        SLOT("_screen_saver_active_changed(bool)"),
                    )
        system_address = os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", "unix:")
        if _is_local_address(system_address):
            system = QDBusConnection.systemBus()
            if system.isConnected():
                system.connect(
                    "",
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                    "PrepareForSleep",
                    self,
                    SLOT("_prepare_for_sleep(bool)"),
                )
                session_path = _logind_session_path(os.environ.get("XDG_SESSION_ID", ""))
                if session_path:
                    system.connect(
                        "",
                        session_path,
                        "org.freedesktop.login1.Session",
                        "Lock",
                        self,
                        SLOT("_session_lock()"),
                    )

    @Slot(bool)
    def _screen_saver_active_changed(self, active: bool) -> None:
        if active:
            self.locking.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.locking.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.locking.emit()


def _is_local_address(address: str) -> bool:
    """True for D-Bus addresses that are all Unix sockets: the program opens no network."""
    parts = [part for part in address.split(";") if part]
    return bool(parts) and all(part.startswith("unix:") for part in parts)


def _logind_session_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as sd-bus does ("2" → "_32")."""
    if not session_id:
        return ""
    escaped = "".join(
        char
        if char.isascii() and (char.isalpha() or (char.isdigit() and index > 0))
        else "".join(f"_{byte:02x}" for byte in char.encode())
        for index, char in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{escaped}"
