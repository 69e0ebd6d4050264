"""Changing the passphrase in the desktop: the current one asked again, the new one twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from notebook import Notebook, WrongPassphrase
from notebook.crypto import WEAK_KDF_FOR_TESTS
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.ui.test_main_window import window_for
from ui.session import Session

NEW = "six random words make a passphrase"


def test_the_passphrase_changes_only_when_the_current_one_is_given_right(
    qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "change.casenotebook"
    create_test_notebook(folder).close()
    session = Session(
        folder, kdf_options={"kdf": WEAK_KDF_FOR_TESTS, "allow_weak_kdf_for_tests": True}
    )
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    dialog = window.change_passphrase()
    assert dialog is not None
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.fields.passphrase.setText(NEW)
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.fields.again.setText(NEW)
    assert ok.isEnabled()
    dialog.current.setText("not the passphrase")
    dialog.change()
    assert "not right" in dialog.problem.text()
    assert session.notebook.vault.opens_with(PASSPHRASE)
    dialog.current.setText(PASSPHRASE)
    dialog.change()
    assert not dialog.isVisible()
    window.lock()
    Notebook.open(folder, NEW).close()
    with pytest.raises(WrongPassphrase):
        Notebook.open(folder, PASSPHRASE)
