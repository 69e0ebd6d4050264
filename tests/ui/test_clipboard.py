"""The clipboard guard: what we copy leaves the clipboard, what the user copied stays."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ui.clipboard import CLEAR_AFTER_MS, ClipboardGuard

SHORT_MS = 50
SECRET = "Witness: Aigerim K., Almaty"


@pytest.fixture
def clipboard(qapp) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def guard(qapp, clipboard: QClipboard) -> Iterator[ClipboardGuard]:
    guarded = ClipboardGuard(clear_after_ms=SHORT_MS)
    yield guarded
    guarded.clear_now()
    guarded.deleteLater()


def test_the_default_delay_is_thirty_seconds(qapp) -> None:
    assert CLEAR_AFTER_MS == 30_000
    assert ClipboardGuard().clear_after_ms == 30_000


def test_copied_text_is_on_the_clipboard_until_the_delay_passes(qtbot, guard, clipboard) -> None:
    guard.copy(SECRET)
    assert clipboard.text() == SECRET
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)


def test_text_the_user_copied_since_is_left_alone(qtbot, guard, clipboard) -> None:
    guard.copy(SECRET)
    clipboard.setText("a phone number from another program")
    qtbot.wait(SHORT_MS * 4)
    assert clipboard.text() == "a phone number from another program"


def test_clear_now_empties_the_clipboard_at_once_on_lock(qapp, clipboard) -> None:
    guard = ClipboardGuard()
    guard.copy(SECRET)
    guard.clear_now()
    assert clipboard.text() == ""


def test_clear_now_leaves_what_the_user_copied_since(qapp, clipboard) -> None:
    guard = ClipboardGuard()
    guard.copy(SECRET)
    clipboard.setText("the user's own text")
    guard.clear_now()
    assert clipboard.text() == "the user's own text"


def test_a_second_copy_gets_its_own_full_delay(qtbot, qapp, clipboard) -> None:
    guard = ClipboardGuard(clear_after_ms=300)
    guard.copy("first")
    qtbot.wait(200)
    guard.copy("second")
    qtbot.wait(200)
    assert clipboard.text() == "second"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)


def test_text_copied_from_our_own_widgets_is_cleared_too(
    qtbot, guard, clipboard, monkeypatch
) -> None:
    # Offscreen Qt cannot tell who owns the clipboard; a desktop session says it is us.
    monkeypatch.setattr(clipboard, "ownsClipboard", lambda: True)
    editor = QLineEdit(SECRET)
    qtbot.addWidget(editor)
    editor.selectAll()
    editor.copy()
    assert clipboard.text() == SECRET
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)


def test_text_another_program_put_there_is_not_adopted(qtbot, guard, clipboard) -> None:
    clipboard.setText("copied in a browser")
    qtbot.wait(SHORT_MS * 4)
    assert clipboard.text() == "copied in a browser"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the hint is for X11/Wayland")
def test_copies_ask_clipboard_history_tools_not_to_keep_them(guard, clipboard) -> None:
    guard.copy(SECRET)
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
