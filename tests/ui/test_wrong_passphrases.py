"""A thousand wrong passphrases typed on the unlock page: refused, silent, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from notebook.model import Case
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.test_wrong_passphrases import ATTEMPTS, snapshot, wrong_passphrases
from ui.main_window import MainWindow
from ui.session import Session

REFUSAL = "Wrong passphrase. Check the keyboard layout and try again."


@pytest.fixture
def closed_notebook(tmp_path: Path) -> Path:
    path = tmp_path / "case.casenotebook"
    with create_test_notebook(path) as notebook:
        notebook.add(Case(title="Detentions at the border"))
    return path


def test_a_thousand_wrong_passphrases_on_the_unlock_page_are_refused_and_change_nothing(
    qtbot, tmp_path: Path, closed_notebook: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    session = Session(closed_notebook)
    window = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    before = snapshot(closed_notebook)
    capfd.readouterr()
    for guess in wrong_passphrases(ATTEMPTS, seed=11):
        page.passphrase.setText(guess)
        page.unlock_button.click()
        assert not session.is_open
        assert page.message.text() == REFUSAL
    assert capfd.readouterr().err == ""
    assert snapshot(closed_notebook) == before
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    assert session.is_open
