"""The window's guards working together: idle locking, and the clipboard on lock."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from notebook.model import Case, Incident
from tests.conftest import PASSPHRASE, create_test_notebook
from ui.app import build_window
from ui.session import Session


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def opened_window(qtbot, tmp_path, clock=None):
    path = tmp_path / "case.casenotebook"
    with create_test_notebook(path) as notebook:
        case = notebook.add(Case(title="Case"))
        notebook.add(Incident(case_id=case.id, title="Raid", date="2019-06-10"))
    session = Session(path)
    window = build_window(session, default_folder=path, idle_clock=clock or FakeClock())
    qtbot.addWidget(window)
    window.show()
    session.unlock(PASSPHRASE)
    return window, session


def test_five_idle_minutes_on_the_wall_clock_lock_everything(qtbot, tmp_path):
    clock = FakeClock()
    window, session = opened_window(qtbot, tmp_path, clock)
    dialog = QDialog(window)
    dialog.open()
    clock.now += 299
    window.idle_watcher.check()
    assert session.is_open
    clock.now += 2  # five minutes passed, asleep or not
    window.idle_watcher.check()
    assert not session.is_open
    assert not dialog.isVisible()
    assert window.workspace.model.rowCount() == 0
    assert window.pages.currentWidget() is window.unlock_page


def test_copied_rows_leave_the_clipboard_on_lock(qtbot, tmp_path):
    window, _session = opened_window(qtbot, tmp_path)
    window.workspace.current_list().selectRow(0)  # the timeline's list, shown first
    window.copy_action.trigger()
    clipboard = QGuiApplication.clipboard()
    assert "Raid" in clipboard.text()
    window.lock()
    assert "Raid" not in clipboard.text()
