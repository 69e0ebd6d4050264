"""The desktop's emergency erase: a held button, never a slip; the window locks, erases, and
returns to the welcome page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from notebook.model import Case, Person
from tests.conftest import PASSPHRASE, create_test_notebook
from ui import main_window as main_window_module
from ui.erase_dialog import HOLD_MS, EraseDialog
from ui.main_window import MainWindow
from ui.session import Session

SHORT_HOLD_MS = 150


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "case.casenotebook"
    with create_test_notebook(path) as notebook:
        case = notebook.add(Case(title="Ruziev", reference="KR-2019-07"))
        notebook.add(Person(case_id=case.id, name="Kamil Ruziev"))
    return path


def window_for(qtbot, session: Session, tmp_path: Path) -> MainWindow:
    window = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    qtbot.addWidget(window)
    window.show()
    return window


def hold(qtbot, dialog: EraseDialog) -> None:
    """Press the button and keep it down until the dialog is accepted."""
    with qtbot.waitSignal(dialog.accepted, timeout=HOLD_MS + 3000):
        qtbot.mousePress(dialog.hold_button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(dialog.hold_button, Qt.MouseButton.LeftButton)


def visible_words(dialog: EraseDialog) -> str:
    return " ".join(
        [dialog.windowTitle()]
        + [label.text() for label in dialog.findChildren(QLabel)]
        + [button.text() for button in dialog.findChildren(QPushButton)]
    )


def test_letting_go_early_erases_nothing_and_empties_the_button(qtbot) -> None:
    dialog = EraseDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.mousePress(dialog.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.hold_button.fraction > 0.1, timeout=HOLD_MS)
    assert dialog.hold_button.text() == "Keep holding…"
    qtbot.mouseRelease(dialog.hold_button, Qt.MouseButton.LeftButton)
    assert dialog.hold_button.fraction == 0.0
    qtbot.wait(HOLD_MS // 4)
    assert accepted == [] and dialog.isVisible()


def test_two_seconds_held_down_accept_the_dialog(qtbot) -> None:
    dialog = EraseDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.hold_button.hold_ms == HOLD_MS == 2000
    hold(qtbot, dialog)
    assert dialog.result() == EraseDialog.DialogCode.Accepted


def test_holding_the_space_bar_works_as_well_as_the_mouse(qtbot) -> None:
    dialog = EraseDialog(hold_ms=SHORT_HOLD_MS)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.hold_button.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyPress(dialog.hold_button, Qt.Key.Key_Space)
    qtbot.keyRelease(dialog.hold_button, Qt.Key.Key_Space)


def test_enter_and_a_click_never_erase(qtbot) -> None:
    dialog = EraseDialog(hold_ms=SHORT_HOLD_MS)
    qtbot.addWidget(dialog)
    dialog.open()
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.hold_button.click()
    qtbot.wait(SHORT_HOLD_MS * 2)
    assert accepted == [] and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert accepted == [] and not dialog.isVisible()
    assert dialog.result() == EraseDialog.DialogCode.Rejected


def test_the_dialog_says_what_erase_cannot_do(qtbot) -> None:
    dialog = EraseDialog()
    qtbot.addWidget(dialog)
    words = visible_words(dialog)
    for honest in ("copies made elsewhere", "backups", "cloud", "SSD", "not a forensic wipe"):
        assert honest in words


def test_erasing_the_open_notebook_locks_it_erases_it_and_shows_the_welcome_page(
    qtbot, tmp_path: Path, filled: Path
) -> None:
    session = Session(filled)
    window = window_for(qtbot, session, tmp_path)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    assert session.is_open and window.erase_action.isEnabled()
    locked = []
    session.locked.connect(lambda: locked.append(True))

    dialog = window.ask_to_erase()
    assert dialog is not None and dialog.isVisible()
    words = visible_words(dialog)
    for private in ("Ruziev", "KR-2019", filled.name, str(filled.parent)):
        assert private not in words
    dialog.hold_button.hold_ms = SHORT_HOLD_MS
    hold(qtbot, dialog)

    assert locked == [True] and not session.is_open
    assert not os.path.lexists(filled)
    assert window.pages.currentWidget() is window.welcome
    assert session.path is None
    assert window.erase_result is not None and window.erase_result.isVisible()
    assert "was erased" in window.erase_result.text()
    assert "Copies elsewhere" in window.erase_result.text()


def test_a_locked_notebook_is_erased_from_the_unlock_page(
    qtbot, tmp_path: Path, filled: Path
) -> None:
    window = window_for(qtbot, Session(filled), tmp_path)
    assert window.pages.currentWidget() is window.unlock_page
    assert window.erase_action.isEnabled()
    dialog = window.ask_to_erase()
    assert dialog is not None
    dialog.hold_button.hold_ms = SHORT_HOLD_MS
    hold(qtbot, dialog)
    assert not os.path.lexists(filled)
    assert window.pages.currentWidget() is window.welcome


def test_cancelling_the_dialog_keeps_the_notebook(qtbot, tmp_path: Path, filled: Path) -> None:
    window = window_for(qtbot, Session(filled), tmp_path)
    dialog = window.ask_to_erase()
    assert dialog is not None
    dialog.reject()
    assert (filled / "notebook.json").is_file()
    assert window.pages.currentWidget() is window.unlock_page


def test_from_the_welcome_page_it_asks_which_notebook_and_refuses_other_folders(
    qtbot, tmp_path: Path, filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, Session(None), tmp_path)
    assert window.pages.currentWidget() is window.welcome
    assert window.erase_action.isEnabled()
    other = tmp_path / "papers"
    other.mkdir()
    (other / "letter.txt").write_text("keep me")
    told = []
    monkeypatch.setattr(
        main_window_module.QMessageBox, "information", lambda *args: told.append(args[2])
    )
    monkeypatch.setattr(main_window_module, "ask_for_paths", lambda *a, **k: [str(other)])
    assert window.ask_to_erase() is None
    assert told == ["That folder does not hold a notebook."]
    assert (other / "letter.txt").read_text() == "keep me"

    monkeypatch.setattr(main_window_module, "ask_for_paths", lambda *a, **k: [str(filled)])
    dialog = window.ask_to_erase()
    assert dialog is not None
    dialog.hold_button.hold_ms = SHORT_HOLD_MS
    hold(qtbot, dialog)
    assert not os.path.lexists(filled)
    assert window.pages.currentWidget() is window.welcome
