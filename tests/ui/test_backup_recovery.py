"""Backing up from the window, and recovery codes: made, shown once, used, removed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from notebook import Notebook, WrongPassphrase
from notebook import backup as backup_module
from notebook.backup import SCRATCH_PREFIX, verify_backup
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.model import Case, Evidence
from tests.conftest import PASSPHRASE, create_test_notebook
from ui import main_window
from ui.backup_dialog import BACKUP_FILE_NAME, BackupJob, BackupProgressDialog
from ui.main_window import MainWindow
from ui.recovery_dialog import RecoveryDialog
from ui.session import Session

CHEAP = {"kdf": WEAK_KDF_FOR_TESTS, "allow_weak_kdf_for_tests": True}
WAIT_MS = 10_000


@pytest.fixture
def window(qtbot, tmp_path: Path, notebook_path: Path) -> Iterator[MainWindow]:
    notebook = create_test_notebook(notebook_path)
    case = notebook.add(Case(title="Ruziev", reference="KR-2019-07"))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 not much of a photograph" * 1000)
    notebook.import_evidence(photo, Evidence(case_id=case.id, title="Photo"), actor="tester")
    session = Session()
    window = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    qtbot.addWidget(window)
    window.kdf_options = CHEAP
    session.adopt(notebook)
    window.show()
    yield window
    window.lock()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """The texts of the notices shown with QMessageBox's statics, none of them modal."""
    shown: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def save_as(monkeypatch, path: Path) -> dict:
    """Answer the save dialog with `path`; returns what the window asked it."""
    asked: dict = {}

    def answer(_parent, _title, **options):
        asked.update(options)
        return [str(path)]

    monkeypatch.setattr(main_window, "ask_for_paths", answer)
    return asked


def hold_backup(monkeypatch) -> threading.Event:
    """Hold the worker before the core writes anything, until it is cancelled; then let the
    core go on, so that it meets the cancel itself. Returns the event that says it is held."""
    held = threading.Event()
    write_backup = backup_module.write_backup

    def holding(notebook, out, *, force=False, progress=None):
        held.set()
        deadline = time.monotonic() + WAIT_MS / 1000
        while not progress.cancelled and time.monotonic() < deadline:
            time.sleep(0.005)
        return write_backup(notebook, out, force=force, progress=progress)

    monkeypatch.setattr(backup_module, "write_backup", holding)
    return held


def leftovers(out: Path, folder: Path) -> list[str]:
    """Everything in the destination's folder, and any scratch copy in the notebook's."""
    scratch = [p.name for p in folder.iterdir() if p.name.startswith(SCRATCH_PREFIX)]
    return sorted([p.name for p in out.iterdir()] + scratch)


def finished(window: MainWindow) -> bool:
    return window.backup_result is not None and not BackupJob.running


# -- backing up -------------------------------------------------------------------------------


def test_both_actions_are_offered_only_while_the_notebook_is_open(window):
    assert window.notebook_button.isEnabled()
    assert window.backup_action.isEnabled()
    assert window.recovery_action.isEnabled()
    window.lock()
    assert not window.notebook_button.isEnabled()
    assert not window.backup_action.isEnabled()
    assert not window.recovery_action.isEnabled()


def test_a_backup_is_written_that_opens_with_the_passphrase(qtbot, window, monkeypatch, out):
    asked = save_as(monkeypatch, out / "kept.cnbackup")
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: finished(window), timeout=WAIT_MS)
    assert asked["mode"] == QFileDialog.FileMode.AnyFile
    assert asked["accept"] == QFileDialog.AcceptMode.AcceptSave
    assert Path(asked["start"]).name == BACKUP_FILE_NAME
    check = verify_backup(out / "kept.cnbackup", PASSPHRASE)
    assert check.sound
    assert check.records == 2
    text = window.backup_result.text()
    assert "kept.cnbackup" in text
    assert "opens with the passphrase you have now" in text
    assert "erase does not reach it" in text
    assert window.backup_result.icon() == QMessageBox.Icon.Information
    assert leftovers(out, window.session.path) == ["kept.cnbackup"]


def test_cancelling_a_backup_leaves_nothing(qtbot, window, monkeypatch, out):
    save_as(monkeypatch, out / "stopped.cnbackup")
    held = hold_backup(monkeypatch)
    window.backup_action.trigger()
    assert held.wait(WAIT_MS / 1000)
    progress = next(w for w in window.findChildren(BackupProgressDialog) if w.isVisible())
    progress.findChild(QPushButton).click()  # its Cancel button
    qtbot.waitUntil(lambda: not BackupJob.running, timeout=WAIT_MS)
    assert window.backup_result is None  # the user stopped it: nothing to tell
    assert leftovers(out, window.session.path) == []
    assert window.session.is_open


def test_locking_during_a_backup_stops_it_and_leaves_nothing(qtbot, window, monkeypatch, out):
    save_as(monkeypatch, out / "locked.cnbackup")
    held = hold_backup(monkeypatch)
    folder = window.session.path
    window.backup_action.trigger()
    assert held.wait(WAIT_MS / 1000)
    window.lock()
    assert not BackupJob.running
    assert not window.session.is_open
    assert leftovers(out, folder) == []


def test_a_failed_backup_says_why_in_words(qtbot, window, monkeypatch, out):
    save_as(monkeypatch, out / "full.cnbackup")

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "write_backup", no_space)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: finished(window), timeout=WAIT_MS)
    assert window.backup_result.icon() == QMessageBox.Icon.Warning
    assert window.backup_result.text() == (
        "The backup could not be written (No space left on device). Nothing was written."
    )


def test_a_backup_inside_the_notebook_folder_is_refused_before_it_starts(window, monkeypatch, told):
    save_as(monkeypatch, window.session.path / "inside.cnbackup")
    window.backup_action.trigger()
    assert told == ["A backup cannot be written inside the notebook's folder: choose another."]
    assert not BackupJob.running
    assert not (window.session.path / "inside.cnbackup").exists()


# -- recovery codes ---------------------------------------------------------------------------


def make_code(qtbot, window: MainWindow) -> RecoveryDialog:
    dialog = window.show_recovery_codes()
    assert dialog is not None
    dialog.make_button.click()
    qtbot.waitUntil(lambda: bool(dialog.code_label.text()), timeout=WAIT_MS)
    return dialog


def test_a_code_is_shown_once_and_opens_the_notebook(qtbot, window):
    folder = window.session.path
    dialog = make_code(qtbot, window)
    code = dialog.code_label.text()
    slot_id = dialog.shown_slot
    assert "It will not be shown again." in dialog.code_warning.text()
    assert code not in QGuiApplication.clipboard().text()
    assert list(dialog.remove_buttons) == [slot_id]  # the passphrase's slot has no Remove
    assert not dialog.make_button.isEnabled()  # one code on show at a time
    dialog.reject()
    assert dialog.code_label.text() == ""
    assert dialog.code_box.isHidden()
    window.lock()
    with Notebook.open(folder, code) as opened:
        slots = {slot.slot_id: slot.kind for slot in opened.key_slots()}
    assert slots[slot_id] == "recovery"
    assert sorted(slots.values()) == ["passphrase", "recovery"]


def test_locking_clears_the_code_on_show(qtbot, window):
    dialog = make_code(qtbot, window)
    window.lock()
    assert dialog.code_label.text() == ""
    assert not dialog.isVisible()


def test_a_removed_code_no_longer_opens_the_notebook(qtbot, window, monkeypatch):
    folder = window.session.path
    dialog = make_code(qtbot, window)
    code = dialog.code_label.text()
    slot_id = dialog.shown_slot
    asked: list[str] = []

    def yes(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.remove_buttons[slot_id].click()
    assert slot_id in asked[0]
    assert dialog.remove_buttons == {}
    assert dialog.code_label.text() == ""  # the code of a removed slot is not left on show
    assert [slot.kind for slot in window.session.notebook.key_slots()] == ["passphrase"]
    window.lock()
    with pytest.raises(WrongPassphrase):
        Notebook.open(folder, code)


def test_saying_no_keeps_the_code(qtbot, window, monkeypatch):
    dialog = make_code(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    dialog.remove_buttons[dialog.shown_slot].click()
    assert len(window.session.notebook.key_slots()) == 2
    assert dialog.code_label.text()


def test_closing_before_the_code_is_made_makes_none_and_gives_the_cursor_back(qtbot, window):
    dialog = window.show_recovery_codes()
    dialog.make_button.click()
    assert QApplication.overrideCursor() is not None  # busy while the key is derived
    dialog.reject()
    qtbot.wait(50)
    assert QApplication.overrideCursor() is None
    assert [slot.kind for slot in window.session.notebook.key_slots()] == ["passphrase"]
