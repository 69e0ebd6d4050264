"""Sending and receiving a case in the desktop program: the contact code checked as typed,
the package checked before anything is taken, the sender's fingerprint shown, and a
package dropped on the window received rather than stored as evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from notebook.model import Case, Incident, Person
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.ui.test_main_window import window_for
from ui.main_window import MainWindow
from ui.package_dialog import ReceiveDialog, SendJob
from ui.session import Session

WAIT_MS = 20_000


def make_notebook(folder: Path, *, with_case: bool) -> Path:
    with create_test_notebook(folder) as notebook:
        if with_case:
            case = notebook.add(Case(title="Karakol detentions"))
            notebook.add(
                Person(case_id=case.id, name="Aigul Osmonova", protected=True, pseudonym="W1")
            )
            notebook.add(Incident(case_id=case.id, title="Aigul Osmonova detained"))
    return folder


@pytest.fixture
def defender(qtbot, tmp_path: Path) -> MainWindow:
    session = Session(make_notebook(tmp_path / "defender.casenotebook", with_case=True))
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    return window


@pytest.fixture
def lawyer(qtbot, tmp_path: Path) -> MainWindow:
    session = Session(make_notebook(tmp_path / "lawyer.casenotebook", with_case=False))
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    return window


def identity(window: MainWindow):
    return window.session.notebook.identity()


def write_package(qtbot, sender: MainWindow, recipient: MainWindow, out: Path) -> Path:
    dialog = sender.send_case()
    assert dialog is not None
    dialog.code.setPlainText(identity(recipient).contact_code)
    recipient_code = dialog.recipient()
    assert recipient_code is not None
    dialog.start(recipient_code, out)
    qtbot.waitUntil(lambda: not SendJob.running, timeout=WAIT_MS)
    return out


def checked(qtbot, dialog: ReceiveDialog) -> ReceiveDialog:
    qtbot.waitUntil(lambda: dialog.plan is not None or bool(dialog.heading.text()), timeout=WAIT_MS)
    return dialog


def test_the_send_dialog_checks_the_contact_code_as_it_is_typed(defender, lawyer) -> None:
    dialog = defender.send_case()
    assert dialog is not None
    assert not dialog.write_button.isEnabled()
    code = identity(lawyer).contact_code
    dialog.code.setPlainText(code[:-4] + ("AAAA" if not code.endswith("AAAA") else "BBBB"))
    assert not dialog.write_button.isEnabled()
    assert "changed on its way" in dialog.fingerprint.text()
    dialog.code.setPlainText(identity(defender).contact_code)
    assert not dialog.write_button.isEnabled()
    dialog.code.setPlainText(code)
    assert dialog.write_button.isEnabled()
    assert identity(lawyer).fingerprint in dialog.fingerprint.text()
    assert dialog.redact.isChecked()
    dialog.reject()


def test_a_sent_case_is_received_after_the_preview_shows_who_signed_it(
    qtbot, defender, lawyer, tmp_path
) -> None:
    package = write_package(qtbot, defender, lawyer, tmp_path / "case.cnpkg")
    assert package.is_file()
    qtbot.waitUntil(lambda: defender.package_result is not None, timeout=WAIT_MS)
    assert identity(lawyer).fingerprint in defender.package_result.text()
    dialog = checked(qtbot, lawyer.receive_package(package))
    assert dialog.plan is not None and not dialog.plan.applied
    assert dialog.fingerprint.text() == identity(defender).fingerprint
    assert dialog.receive_button.isVisibleTo(dialog)
    assert lawyer.session.notebook.count() == 0  # the preview took nothing
    dialog.receive()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.applied, timeout=WAIT_MS)
    assert lawyer.session.notebook.count() == 3
    assert lawyer.workspace.navigator.topLevelItem(0).text(0) == "Karakol detentions"
    names = [p.label for p in lawyer.session.notebook.records(kind="person")]
    assert names == ["W1"]  # redacted by default


def test_a_package_dropped_on_the_window_is_received_not_stored_as_evidence(
    qtbot, defender, lawyer, tmp_path
) -> None:
    package = write_package(qtbot, defender, lawyer, tmp_path / "dropped.cnpkg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    lawyer.dropEvent(drop)
    dialogs = [d for d in lawyer.findChildren(ReceiveDialog) if d.isVisible()]
    assert len(dialogs) == 1
    checked(qtbot, dialogs[0])
    assert dialogs[0].plan is not None
    assert lawyer.session.notebook.count(kind="evidence") == 0


def test_a_damaged_package_is_explained_and_offers_nothing_to_take(
    qtbot, defender, lawyer, tmp_path
) -> None:
    package = write_package(qtbot, defender, lawyer, tmp_path / "p.cnpkg")
    data = bytearray(package.read_bytes())
    data[-10] ^= 1
    package.write_bytes(bytes(data))
    dialog = checked(qtbot, lawyer.receive_package(package))
    assert dialog.plan is None
    assert "damaged or was altered" in dialog.heading.text()
    assert not dialog.receive_button.isVisibleTo(dialog)
    assert lawyer.session.notebook.count() == 0


def test_a_case_from_an_unknown_sender_waits_until_the_fingerprint_is_confirmed(
    qtbot, defender, lawyer, tmp_path
) -> None:
    # The lawyer already holds the case, from the defender; a third notebook sends it too.
    first = write_package(qtbot, defender, lawyer, tmp_path / "1.cnpkg")
    dialog = checked(qtbot, lawyer.receive_package(first))
    dialog.receive()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.applied, timeout=WAIT_MS)
    dialog.reject()
    third_folder = make_notebook(tmp_path / "third.casenotebook", with_case=False)
    third = window_for(qtbot, Session(third_folder), tmp_path)
    third.session.unlock(PASSPHRASE)
    copy = write_package(qtbot, defender, third, tmp_path / "copy.cnpkg")
    taken = checked(qtbot, third.receive_package(copy))
    taken.receive()
    qtbot.waitUntil(lambda: taken.plan is not None and taken.plan.applied, timeout=WAIT_MS)
    onward = write_package(qtbot, third, lawyer, tmp_path / "onward.cnpkg")
    refused = checked(qtbot, lawyer.receive_package(onward))
    assert refused.plan is None
    assert identity(third).fingerprint in refused.heading.text()
    assert refused.trust_button.isVisibleTo(refused)
    refused.trust_button.click()
    qtbot.waitUntil(lambda: refused.plan is not None, timeout=WAIT_MS)
    assert refused.fingerprint.text() == identity(third).fingerprint
