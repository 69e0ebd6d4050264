"""Exporting a document from the window: profile, preview of the redaction, consent, and a
background write that leaves nothing when cancelled, failed or interrupted by the lock."""

from __future__ import annotations

import csv
import io
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from notebook import Notebook
from notebook.export.facts import gather
from notebook.model import Case, Consent, Evidence, Incident, Interview, Person, Threat
from tests.core.docx_parts import all_text, opened
from ui import export_dialog
from ui.export_dialog import (
    CSV,
    FILE_NAMES,
    DocumentExportDialog,
    ExportProgressDialog,
    running_exports,
)
from ui.main_window import MainWindow
from ui.session import Session

WAIT_MS = 20_000


@pytest.fixture
def ids(notebook: Notebook) -> dict[str, str]:
    """A case with a protected officer (two spellings, contact notes), a shareable interview
    and one whose consent is "none"."""
    case = notebook.add(Case(title="Ruziev", reference="KR-2019-07"))
    kamil = notebook.add(Person(case_id=case.id, name="Kamil Ruziev"))
    officer = notebook.add(
        Person(
            case_id=case.id,
            name="Bakyt Osmonov",
            other_names=("Бакыт Осмонов",),
            protected=True,
            pseudonym="Officer A",
            contact_notes="Lives near the market",
        )
    )
    notebook.add(
        Threat(
            case_id=case.id,
            title="Bakyt Osmonov put a gun to his head",
            date="2019-06-10",
            type="death-threat",
            risk="critical",
            perpetrator_id=officer.id,
        )
    )
    notebook.add(Incident(case_id=case.id, title="Earlier pressure", date="2019~"))
    notebook.add(Evidence(case_id=case.id, title="Medical report", exhibit_ref="KR/1"))
    shared = notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=kamil.id,
            title="First interview",
            date="2020-06",
            consent=Consent(scope="share-named"),
            transcript="Bakyt Osmonov came to the ward.",
        )
    )
    refused = notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=kamil.id,
            title="Second interview",
            date="2020-07",
            consent=Consent(scope="none"),
        )
    )
    anonymised = notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=kamil.id,
            title="Third interview",
            consent=Consent(scope="share-anonymised"),
        )
    )
    other = notebook.add(Case(title="Another case"))
    notebook.add(Person(case_id=other.id, name="Aida Bekova"))
    return {
        "case": case.id,
        "other": other.id,
        "anonymised": anonymised.id,
        "kamil": kamil.id,
        "officer": officer.id,
        "shared": shared.id,
        "refused": refused.id,
    }


@pytest.fixture
def window(qtbot, tmp_path: Path, notebook: Notebook, ids) -> MainWindow:
    session = Session()
    made = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    qtbot.addWidget(made)
    made.show()
    session.adopt(notebook)
    return made


@pytest.fixture
def dialog(window: MainWindow) -> DocumentExportDialog:
    window.export_action.trigger()
    return next(w for w in window.findChildren(DocumentExportDialog) if w.isVisible())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """The texts of the warnings and notices shown, none of them modal."""
    shown: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def choose(dialog: DocumentExportDialog, profile: str) -> None:
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData(profile))


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(export_dialog, "ask_for_paths", lambda *_args, **_kwargs: [str(path)])


def preview(dialog: DocumentExportDialog) -> list[str]:
    return [dialog.preview.item(row).text() for row in range(dialog.preview.count())]


def finish(qtbot, dialog: DocumentExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is not None and not running_exports(), timeout=WAIT_MS)


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def hold_reading(monkeypatch) -> threading.Event:
    """Hold the worker's reading of the case until released or cancelled; the preview, which
    reads without progress, is not held. Returns the event that says the worker is held."""
    held = threading.Event()

    def holding(notebook, case_id, *, redact=True, progress=None):
        if progress is not None:
            held.set()
            while True:
                progress.check()
                time.sleep(0.005)
        return gather(notebook, case_id, redact=redact, progress=progress)

    monkeypatch.setattr(export_dialog, "gather", holding)
    return held


# -- the action -------------------------------------------------------------------------------


def test_the_export_action_is_offered_only_while_the_notebook_is_open(window):
    assert window.export_action.isEnabled()
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.lock()
    assert not window.export_action.isEnabled()


def test_without_a_case_the_action_asks_for_one_first(qtbot, tmp_path, notebook, told):
    session = Session()
    window = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    qtbot.addWidget(window)
    session.adopt(notebook)
    window.export_action.trigger()
    assert told == ["Choose or create a case first."]
    assert not window.findChildren(DocumentExportDialog)


def test_the_dialog_opens_on_the_current_case_with_a_title_that_names_no_case(dialog, ids):
    assert dialog.case_id() == ids["case"]
    assert dialog.windowTitle() == "Export a document"
    assert dialog.redact_box.isChecked()
    assert dialog.author.text() == ""


# -- the preview ------------------------------------------------------------------------------


def test_the_preview_shows_each_spelling_under_its_pseudonym_and_what_is_withheld(dialog):
    lines = preview(dialog)
    assert "• Bakyt Osmonov / Бакыт Осмонов → Officer A" in lines
    withheld = lines[lines.index("Withheld") + 1 :]
    assert "• The contact details of Officer A, a protected person" in withheld
    assert "• Interview with Kamil Ruziev, July 2020: its consent is “No consent”" in withheld


def test_turning_redaction_off_asks_first_and_the_preview_then_names_people(dialog, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.redact_box.click()
    assert dialog.redact_box.isChecked()  # the answer was no
    assert "Shown under pseudonyms" in preview(dialog)

    dialog.redact_box.click()
    assert not dialog.redact_box.isChecked()
    assert len(asked) == 2
    lines = preview(dialog)
    assert "Named in full (not redacted)" in lines
    assert "• Bakyt Osmonov" in lines
    assert not any("Officer A" in line for line in lines)
    assert not dialog.options().redact

    dialog.redact_box.click()  # back on: no question
    assert len(asked) == 2
    assert "• Bakyt Osmonov / Бакыт Осмонов → Officer A" in preview(dialog)


def test_choosing_another_case_reloads_the_people_and_the_preview(dialog, ids):
    dialog.case_box.setCurrentIndex(dialog.case_box.findData(ids["other"]))
    assert dialog.case_id() == ids["other"]
    assert "• Nobody in this case is marked protected." in preview(dialog)
    assert "• Nothing is withheld." in preview(dialog)
    witnesses = [dialog.witness_box.itemText(i) for i in range(dialog.witness_box.count())]
    assert witnesses == ["Leave blank for the lawyer", "Aida Bekova"]
    choose(dialog, "interview")
    assert dialog.problem.text() == "This case has no interview to export."
    assert not dialog.export_button.isEnabled()


def test_the_witness_and_interview_choices_follow_the_profile(dialog, ids):
    choose(dialog, "witness")
    assert dialog.statement_group.isEnabled()
    assert not dialog.interview_box.isEnabled()
    assert not dialog.prepared_by.isEnabled()
    witnesses = [dialog.witness_box.itemText(i) for i in range(dialog.witness_box.count())]
    assert witnesses[0] == "Leave blank for the lawyer"
    assert "Bakyt Osmonov — protected, shown as Officer A" in witnesses
    dialog.witness_box.setCurrentIndex(dialog.witness_box.findData(ids["kamil"]))
    assert dialog.options().witness_id == ids["kamil"]

    choose(dialog, "interview")
    assert not dialog.statement_group.isEnabled()
    assert dialog.interview_box.isEnabled()
    assert dialog.options().witness_id == ""

    choose(dialog, "urgent-appeal")
    assert dialog.prepared_by.isEnabled()
    assert not dialog.interview_box.isEnabled()


def test_an_interview_without_consent_cannot_be_exported_and_the_dialog_says_why(dialog, ids):
    choose(dialog, "interview")
    dialog.interview_box.setCurrentIndex(dialog.interview_box.findData(ids["shared"]))
    assert dialog.export_button.isEnabled()
    assert "• Its consent allows this export: Share with name." in preview(dialog)

    dialog.interview_box.setCurrentIndex(dialog.interview_box.findData(ids["refused"]))
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == (
        "This interview may not be exported: its consent is “No consent”."
    )
    choose(dialog, "chronology")
    assert dialog.export_button.isEnabled()
    assert not dialog.problem.isVisibleTo(dialog)


def test_an_interview_consented_anonymised_goes_out_only_redacted(dialog, ids, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    choose(dialog, "interview")
    dialog.interview_box.setCurrentIndex(dialog.interview_box.findData(ids["anonymised"]))
    assert dialog.export_button.isEnabled()
    dialog.redact_box.click()
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == (
        "This interview may be exported only with protected people redacted "
        "(consent: Share anonymised)."
    )


def test_the_date_is_read_from_words_and_an_unreadable_one_stops_the_export(dialog):
    choose(dialog, "witness")
    dialog.statement_date.line.setText("1 July 2020")
    assert dialog.options().statement_date == "2020-07-01"
    assert dialog.export_button.isEnabled()
    dialog.statement_date.line.setText("the day after the raid")
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == "The date of the document cannot be read."
    choose(dialog, "urgent-appeal")
    assert not dialog.export_button.isEnabled()
    choose(dialog, "chronology")  # a chronology prints no date of its own
    assert not dialog.statement_date.isEnabled()
    assert dialog.export_button.isEnabled()
    assert dialog.options().statement_date == ""


# -- writing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("profile", ["witness", "chronology", "exhibits", "urgent-appeal"])
def test_a_word_profile_writes_a_redacted_document_that_word_can_open(
    qtbot, dialog, monkeypatch, out, profile
):
    if profile == "urgent-appeal":
        pytest.importorskip("notebook.export.appeal")
    if profile == "witness":
        pytest.importorskip("notebook.export.statement")
    choose(dialog, profile)
    save_as(monkeypatch, out / "draft")  # no suffix typed: it is added
    dialog.export()
    finish(qtbot, dialog)
    written = out / "draft.docx"
    assert dialog.status.text() == f"Written: {written}"
    data = written.read_bytes()
    opened(data)
    assert "Osmonov" not in all_text(data)
    assert leftovers(out) == ["draft.docx"]


def test_the_interview_record_is_written_for_an_interview_whose_consent_allows_it(
    qtbot, dialog, monkeypatch, out, ids
):
    pytest.importorskip("notebook.export.interview_record")
    choose(dialog, "interview")
    dialog.interview_box.setCurrentIndex(dialog.interview_box.findData(ids["shared"]))
    save_as(monkeypatch, out / "interview.docx")
    dialog.export()
    finish(qtbot, dialog)
    data = (out / "interview.docx").read_bytes()
    assert "came to the ward" in all_text(data)
    assert "Osmonov" not in all_text(data)


def test_the_chronology_as_csv_writes_a_table(qtbot, dialog, monkeypatch, out):
    choose(dialog, CSV)
    save_as(monkeypatch, out / "chronology")
    dialog.export()
    finish(qtbot, dialog)
    text = (out / "chronology.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 3  # a header and the two facts
    assert "Osmonov" not in text
    assert "Officer A" in text


def test_the_author_is_written_only_when_given(qtbot, dialog, monkeypatch, out):
    choose(dialog, "chronology")
    save_as(monkeypatch, out / "anonymous.docx")
    dialog.export()
    finish(qtbot, dialog)
    assert opened((out / "anonymous.docx").read_bytes()).core_properties.author == ""
    dialog.author.setText("A. Lawyer")
    save_as(monkeypatch, out / "signed.docx")
    dialog.export()
    finish(qtbot, dialog)
    assert opened((out / "signed.docx").read_bytes()).core_properties.author == "A. Lawyer"


def test_a_suffix_added_to_an_existing_name_asks_before_replacing(qtbot, dialog, monkeypatch, out):
    (out / "kept.docx").write_bytes(b"the user's own file")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    choose(dialog, "chronology")
    save_as(monkeypatch, out / "kept")
    dialog.export()
    assert dialog.job is None
    assert (out / "kept.docx").read_bytes() == b"the user's own file"


def test_cancelling_leaves_no_file(qtbot, dialog, monkeypatch, out):
    held = hold_reading(monkeypatch)
    choose(dialog, "chronology")
    save_as(monkeypatch, out / "cancelled.docx")
    dialog.export()
    progress = next(w for w in dialog.findChildren(ExportProgressDialog) if w.isVisible())
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    assert held.wait(WAIT_MS / 1000)
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.status.text() == "Cancelled. Nothing was written."
    assert leftovers(out) == []
    assert dialog.export_button.isEnabled()


def test_a_failing_write_says_why_and_leaves_no_file(qtbot, dialog, monkeypatch, out, told):
    def full_disk(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_dialog, "write_export", full_disk)
    choose(dialog, "chronology")
    save_as(monkeypatch, out / "full.docx")
    dialog.export()
    finish(qtbot, dialog)
    expected = "The file could not be written (No space left on device). Nothing was written."
    assert told == [expected]
    assert dialog.status.text() == expected
    assert leftovers(out) == []


def test_locking_during_an_export_stops_it_and_leaves_no_file(
    qtbot, window, dialog, monkeypatch, out, told
):
    held = hold_reading(monkeypatch)
    choose(dialog, "chronology")
    save_as(monkeypatch, out / "locked.docx")
    dialog.export()
    job = dialog.job
    assert job is not None
    assert held.wait(WAIT_MS / 1000)
    window.lock()
    assert not job.is_running
    assert running_exports() == []
    assert not window.session.is_open
    assert not dialog.isVisible()
    assert told == []
    assert leftovers(out) == []


def test_every_choice_proposes_a_neutral_file_name_with_the_right_suffix():
    assert set(FILE_NAMES) == {
        "witness",
        "chronology",
        CSV,
        "urgent-appeal",
        "interview",
        "exhibits",
    }
    for profile, name in FILE_NAMES.items():
        assert Path(name).suffix == (".csv" if profile == CSV else ".docx")


def test_a_write_failing_while_the_lock_waits_for_it_shows_no_box_to_hold_the_lock_back(
    qtbot, window, dialog, monkeypatch, out, told
):
    writing = threading.Event()

    def slow_failure(path, data):
        writing.set()
        time.sleep(0.2)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(export_dialog, "write_export", slow_failure)
    choose(dialog, "chronology")
    save_as(monkeypatch, out / "pulled.docx")
    dialog.export()
    assert writing.wait(WAIT_MS / 1000)
    window.lock()
    assert told == []
    assert not window.session.is_open
    assert running_exports() == []
    assert leftovers(out) == []
