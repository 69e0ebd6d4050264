"""The erase-after-wrong-passphrases guard in the desktop: set with its warning in view, and
the unlock page counting down, then saying plainly that the notebook was erased."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE, create_test_notebook
from tests.ui.test_main_window import window_for
from ui.session import Session


def test_the_guard_is_set_from_the_dialog_and_the_unlock_page_counts_down(
    qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "guarded.casenotebook"
    create_test_notebook(folder).close()
    session = Session(folder)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    dialog = window.show_guard()
    assert dialog is not None
    assert not dialog.enabled.isChecked() and not dialog.limit.isEnabled()
    assert "copies the notebook's folder" in dialog.warning.text()
    dialog.enabled.setChecked(True)
    dialog.limit.setValue(3)
    dialog.apply()
    assert session.notebook.erase_after() == 3
    window.lock()
    page = window.unlock_page
    page.passphrase.setText("wrong passphrase")
    page.try_unlock()
    assert "2 more wrong attempts in a row will erase this notebook" in page.message.text()
    page.passphrase.setText(PASSPHRASE)
    page.try_unlock()
    assert session.is_open
    window.lock()
    for _ in range(2):
        page.passphrase.setText("wrong passphrase")
        page.try_unlock()
    page.passphrase.setText("wrong passphrase")
    page.try_unlock()
    assert "the notebook has been erased" in page.message.text()
    assert not folder.exists()
