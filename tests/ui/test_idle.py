"""The idle watcher: locking after time without input (wall clock) or on the desktop's hints."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.idle import IDLE_TIMEOUT_SECONDS, IdleWatcher, _logind_session_path

REPO = Path(__file__).resolve().parents[2]


class FakeClock:
    """A wall clock the test moves by hand, as a suspend or a clock change would."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def watcher(qapp, clock: FakeClock) -> Iterator[IdleWatcher]:
    # A long check interval: these tests call check() themselves, as the timer would.
    watching = IdleWatcher(timeout_seconds=300, check_interval_ms=60_000, clock=clock)
    yield watching
    watching.stop()
    watching.deleteLater()


@pytest.fixture
def editor(qtbot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class SignalCount:
    def __init__(self, signal) -> None:
        self.count = 0
        signal.connect(self._seen)

    def _seen(self) -> None:
        self.count += 1


def test_the_default_timeout_is_five_minutes(qapp) -> None:
    watching = IdleWatcher(desktop_hints=False)
    try:
        assert IDLE_TIMEOUT_SECONDS == 300
        assert watching.timeout_seconds == 300
    finally:
        watching.stop()


def test_idle_is_not_emitted_before_the_timeout(watcher, clock) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(299)
    watcher.check()
    assert idle.count == 0


def test_idle_is_emitted_once_the_timeout_has_passed(watcher, clock) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(300)
    watcher.check()
    watcher.check()
    assert idle.count == 1


def test_the_periodic_check_emits_idle_without_being_called(qtbot, qapp, clock) -> None:
    watching = IdleWatcher(timeout_seconds=300, check_interval_ms=10, clock=clock)
    try:
        clock.advance(301)
        with qtbot.waitSignal(watching.idle, timeout=2_000):
            pass
    finally:
        watching.stop()


def test_a_key_press_starts_the_count_again(qtbot, watcher, clock, editor) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(200)
    qtbot.keyClick(editor, Qt.Key.Key_A)
    clock.advance(200)
    watcher.check()
    assert idle.count == 0
    clock.advance(100)
    watcher.check()
    assert idle.count == 1


def test_a_mouse_click_starts_the_count_again(qtbot, watcher, clock, editor) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(250)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    clock.advance(250)
    watcher.check()
    assert idle.count == 0


def test_a_mouse_move_starts_the_count_again(qtbot, watcher, clock, editor) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(250)
    qtbot.mouseMove(editor, QPoint(3, 3))
    clock.advance(250)
    watcher.check()
    assert idle.count == 0


def test_events_the_program_sends_itself_are_not_input(watcher, clock, editor) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(250)
    QApplication.sendEvent(
        editor,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b"),
    )
    QApplication.sendEvent(
        editor,
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(2, 2),
            QPointF(2, 2),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert editor.text() == "b"
    clock.advance(50)
    watcher.check()
    assert idle.count == 1


def test_time_asleep_counts_and_idle_comes_at_the_next_check(watcher, clock) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(10)
    watcher.check()
    clock.advance(3_600)  # the laptop slept for an hour: only the wall clock moved
    watcher.check()
    assert idle.count == 1


def test_the_first_key_after_sleep_locks_and_is_swallowed(qtbot, watcher, clock, editor) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(3_600)
    qtbot.keyClick(editor, Qt.Key.Key_X)
    assert idle.count == 1
    assert editor.text() == ""


def test_input_after_idle_starts_a_new_stretch(qtbot, watcher, clock, editor) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(300)
    watcher.check()
    qtbot.keyClick(editor, Qt.Key.Key_A)
    clock.advance(300)
    watcher.check()
    assert idle.count == 2


def test_reset_after_unlock_starts_the_count_again(watcher, clock) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(300)
    watcher.check()
    watcher.reset()
    clock.advance(299)
    watcher.check()
    assert idle.count == 1
    clock.advance(1)
    watcher.check()
    assert idle.count == 2


def test_setting_the_clock_back_does_not_postpone_idle_forever(watcher, clock) -> None:
    idle = SignalCount(watcher.idle)
    clock.advance(-86_400)
    watcher.check()
    clock.advance(300)
    watcher.check()
    assert idle.count == 1


def test_a_timeout_of_zero_never_emits_idle(qtbot, watcher, clock, editor) -> None:
    idle = SignalCount(watcher.idle)
    watcher.set_timeout(0)
    clock.advance(86_400)
    watcher.check()
    qtbot.keyClick(editor, Qt.Key.Key_A)
    assert idle.count == 0
    assert editor.text() == "a"


def test_a_new_timeout_applies_to_the_current_stretch(watcher, clock) -> None:
    idle = SignalCount(watcher.idle)
    watcher.set_timeout(60)
    clock.advance(60)
    watcher.check()
    assert idle.count == 1


def test_a_negative_timeout_is_refused(watcher) -> None:
    with pytest.raises(ValueError):
        watcher.set_timeout(-1)


def test_the_platform_suspending_the_application_locks_it(qapp, watcher) -> None:
    locked = SignalCount(watcher.session_locked)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert locked.count == 0
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert locked.count == 1


def test_logind_session_paths_are_escaped_as_logind_does() -> None:
    assert _logind_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert _logind_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert _logind_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
    assert _logind_session_path("") == ""


SCREEN_LOCK_SCRIPT = textwrap.dedent(
    """
    import json, subprocess, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui.idle import IdleWatcher

    app = QApplication([])
    watcher = IdleWatcher(timeout_seconds=0)
    seen = []
    watcher.session_locked.connect(lambda: seen.append("locked"))

    def screen_saver(active):
        subprocess.run(
            ["dbus-send", "--session", "--type=signal", "/org/gnome/ScreenSaver",
             "org.gnome.ScreenSaver.ActiveChanged", f"boolean:{active}"],
            check=True,
        )

    def unlocked():
        screen_saver("false")
        QTimer.singleShot(500, note_then_lock)

    def note_then_lock():
        seen.append("after unlock")
        screen_saver("true")
        QTimer.singleShot(500, app.quit)

    QTimer.singleShot(100, unlocked)
    app.exec()
    print(json.dumps(seen))
    """
)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("dbus-run-session"),
    reason="needs a private D-Bus session (dbus-run-session)",
)
def test_the_desktop_screen_lock_on_dbus_locks_the_notebook(tmp_path) -> None:
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", SCREEN_LOCK_SCRIPT],
        cwd=REPO,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(tmp_path),
            "PYTHONPATH": str(REPO),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["after unlock", "locked"]
