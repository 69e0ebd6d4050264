"""The contact code in the desktop: shown with its fingerprint, copied on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from notebook.identity import parse_contact_code
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.ui.test_main_window import window_for
from ui.session import Session


@pytest.fixture
def notebook_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "identity.casenotebook"
    create_test_notebook(folder).close()
    return folder


def test_the_dialog_shows_this_notebooks_code_and_fingerprint(qtbot, tmp_path, notebook_folder):
    session = Session(notebook_folder)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    dialog = window.show_identity()
    assert dialog is not None
    identity = session.notebook.identity()
    assert dialog.code.toPlainText() == identity.contact_code
    assert dialog.fingerprint.text() == identity.fingerprint
    assert parse_contact_code(dialog.code.toPlainText()) == identity
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == identity.contact_code
    dialog.reject()


def test_the_action_waits_for_an_open_notebook(qtbot, tmp_path, notebook_folder):
    session = Session(notebook_folder)
    window = window_for(qtbot, session, tmp_path)
    assert not window.identity_action.isEnabled()
    assert window.show_identity() is None
    session.unlock(PASSPHRASE)
    assert window.identity_action.isEnabled()
    window.lock()
    assert not window.identity_action.isEnabled()
