"""Exporting a document or an evidence bundle from the window: profile, preview of the
redaction, consent, and a background write that leaves nothing when cancelled, failed or
interrupted by the lock."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from notebook import Notebook, crypto
from notebook.export.facts import gather
from notebook.model import Case, Consent, Evidence, Incident, Interview, Person, Threat
from tests.core.docx_parts import all_text, opened
from ui import export_dialog
from ui.background import BAR_STEPS
from ui.export_dialog import (
    BUNDLE,
    CSV,
    FILE_NAMES,
    BundleProgressDialog,
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

    def holding(notebook, case_id, *, redact=True, language="en", progress=None):
        if progress is not None:
            held.set()
            while True:
                progress.check()
                time.sleep(0.005)
        return gather(notebook, case_id, redact=redact, language=language, progress=progress)

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
        BUNDLE,
    }
    suffixes = {CSV: ".csv", BUNDLE: ".zip"}
    for profile, name in FILE_NAMES.items():
        assert Path(name).suffix == suffixes.get(profile, ".docx")


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


# -- evidence bundles -------------------------------------------------------------------------

BAG = "KR-2019-07-evidence"  # the bag's folder, from the case's reference


@pytest.fixture
def stored(notebook: Notebook, ids, tmp_path: Path) -> dict[str, str]:
    """Three exhibits with files, one of which shows the protected officer; "Medical report"
    (KR/1, in `ids`) has no file and so is not offered."""
    files = tmp_path / "files"
    files.mkdir()
    made = {}
    for mark, title, name, protected in [
        ("KR/2", "Photograph of the ward", "ward.jpg", False),
        ("KR/3", "Photograph of the officer", "officer.jpg", True),
        ("KR/4", "Letter from the hospital", "letter.pdf", False),
    ]:
        path = files / name
        path.write_bytes(f"the bytes of {name}".encode() * 50)
        record = Evidence(
            case_id=ids["case"], title=title, exhibit_ref=mark, identifies_protected=protected
        )
        made[mark] = notebook.import_evidence(path, record, actor="t").id
    return made


@pytest.fixture
def bundle_dialog(window: MainWindow, stored) -> DocumentExportDialog:
    window.export_action.trigger()
    made = next(w for w in window.findChildren(DocumentExportDialog) if w.isVisible())
    choose(made, BUNDLE)
    return made


def exhibit_items(dialog: DocumentExportDialog) -> dict[str, str]:
    """The exhibit list as shown: record id → its words."""
    items = (dialog.exhibit_list.item(row) for row in range(dialog.exhibit_list.count()))
    return {item.data(export_dialog.RECORD_ID_ROLE): item.text() for item in items}


def uncheck(dialog: DocumentExportDialog, record_id: str) -> None:
    for row in range(dialog.exhibit_list.count()):
        item = dialog.exhibit_list.item(row)
        if item.data(export_dialog.RECORD_ID_ROLE) == record_id:
            item.setCheckState(Qt.CheckState.Unchecked)


def payload(zip_path: Path) -> list[str]:
    """The files the bag's SHA-256 manifest lists, relative to the bag."""
    with zipfile.ZipFile(zip_path) as archive:
        manifest = archive.read(f"{BAG}/manifest-sha256.txt").decode()
    return sorted(line.split(" ", 1)[1] for line in manifest.splitlines())


def exhibit_folders(zip_path: Path) -> set[str]:
    return {path.split("/")[2] for path in payload(zip_path) if path.startswith("data/exhibits/")}


def export_bundle(qtbot, dialog: DocumentExportDialog, monkeypatch, path: Path) -> None:
    save_as(monkeypatch, path)
    dialog.export()
    finish(qtbot, dialog)


def redaction_off(dialog: DocumentExportDialog, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog.redact_box.click()
    assert not dialog.redact_box.isChecked()


def hold_streaming(monkeypatch, notebook: Notebook) -> threading.Event:
    """Hold the worker in the first exhibit's bytes, the zip begun, until cancelled."""
    held = threading.Event()

    def holding(record_id, target, *, progress=None):
        held.set()
        while True:
            progress.check()
            time.sleep(0.005)

    monkeypatch.setattr(notebook, "stream_evidence", holding)
    return held


def test_choosing_the_bundle_enables_its_choices_and_disables_the_others(dialog, stored):
    assert not dialog.bundle_group.isEnabled()
    choose(dialog, BUNDLE)
    assert dialog.bundle_group.isEnabled()
    assert dialog.prepared_by.isEnabled()
    assert not dialog.statement_group.isEnabled()
    assert not dialog.interview_box.isEnabled()
    assert not dialog.statement_date.isEnabled()
    assert dialog.statements() == ()

    dialog.statement_boxes["witness"].setChecked(True)
    assert dialog.statement_group.isEnabled()
    assert dialog.statement_date.isEnabled()
    dialog.statement_boxes["interview"].setChecked(True)
    assert dialog.interview_box.isEnabled()
    assert dialog.statements() == ("witness", "interview")

    choose(dialog, "chronology")
    assert not dialog.bundle_group.isEnabled()
    assert not dialog.statement_group.isEnabled()
    assert not dialog.interview_box.isEnabled()


def test_the_exhibits_with_files_are_listed_checked_and_those_naming_the_protected_marked(
    bundle_dialog, monkeypatch, stored
):
    dialog = bundle_dialog
    shown = exhibit_items(dialog)
    assert list(shown) == [stored["KR/2"], stored["KR/3"], stored["KR/4"]]  # no KR/1: no file
    assert shown[stored["KR/2"]] == "KR/2 Photograph of the ward, 1.1 kB"
    assert shown[stored["KR/3"]].startswith("KR/3 Photograph of the officer, ")
    assert shown[stored["KR/3"]].endswith(" kB — withheld when redacted")
    assert dialog.chosen_exhibits() == (stored["KR/2"], stored["KR/3"], stored["KR/4"])
    redaction_off(dialog, monkeypatch)
    assert exhibit_items(dialog)[stored["KR/3"]].endswith(" kB")


def test_a_bundle_holds_the_documents_chosen_and_only_the_exhibits_checked(
    qtbot, bundle_dialog, monkeypatch, out, ids, stored
):
    dialog = bundle_dialog
    proposed: list[str] = []

    def ask(*_args, start="", **_kwargs):
        proposed.append(start)
        return [str(out / "for-the-court")]  # no suffix typed: it is added

    uncheck(dialog, stored["KR/4"])
    dialog.statement_boxes["witness"].setChecked(True)
    dialog.statement_boxes["interview"].setChecked(True)
    dialog.interview_box.setCurrentIndex(dialog.interview_box.findData(ids["shared"]))
    monkeypatch.setattr(export_dialog, "ask_for_paths", ask)
    dialog.export()
    finish(qtbot, dialog)
    assert Path(proposed[0]).name == "evidence-bundle.zip"
    written = out / "for-the-court.zip"
    assert leftovers(out) == ["for-the-court.zip"]
    listed = payload(written)
    assert exhibit_folders(written) == {"KR-2"}  # KR/3 withheld (redacted), KR/4 unchecked
    assert "data/exhibits/KR-2/ward.jpg" in listed
    statements = [path for path in listed if path.startswith("data/statements/")]
    assert statements == ["data/statements/interview.docx", "data/statements/witness.docx"]
    with zipfile.ZipFile(written) as archive:
        interview = archive.read(f"{BAG}/data/statements/interview.docx")
    assert "came to the ward" in all_text(interview)
    assert "Osmonov" not in all_text(interview)


def test_an_interview_whose_consent_refuses_is_not_bundled_and_the_dialog_says_why(
    bundle_dialog, ids
):
    dialog = bundle_dialog
    dialog.statement_boxes["interview"].setChecked(True)
    dialog.interview_box.setCurrentIndex(dialog.interview_box.findData(ids["refused"]))
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == (
        "This interview may not be exported: its consent is “No consent”."
    )
    dialog.statement_boxes["interview"].setChecked(False)
    assert dialog.export_button.isEnabled()


def test_with_no_exhibit_checked_the_bundle_is_not_made(bundle_dialog, stored):
    for record_id in stored.values():
        uncheck(bundle_dialog, record_id)
    assert not bundle_dialog.export_button.isEnabled()
    assert bundle_dialog.problem.text() == "Check at least one exhibit to include."


def test_redaction_withholds_an_exhibit_that_identifies_a_protected_person_and_says_so(
    qtbot, bundle_dialog, monkeypatch, out, stored
):
    dialog = bundle_dialog
    withheld = preview(dialog)[preview(dialog).index("Withheld") + 1 :]
    assert "• KR/3 Photograph of the officer: it identifies a protected person" in withheld
    export_bundle(qtbot, dialog, monkeypatch, out / "redacted.zip")
    assert exhibit_folders(out / "redacted.zip") == {"KR-2", "KR-4"}
    with zipfile.ZipFile(out / "redacted.zip") as archive:
        items = json.loads(archive.read(f"{BAG}/evidence/items.json"))
    assert {"kind": "exhibit", "label": "KR/3", "reason": "identifies a protected person"} in (
        items["withheld"]
    )

    redaction_off(dialog, monkeypatch)
    assert not any("identifies a protected person" in line for line in preview(dialog))
    export_bundle(qtbot, dialog, monkeypatch, out / "named.zip")
    assert exhibit_folders(out / "named.zip") == {"KR-2", "KR-3", "KR-4"}


def test_after_a_bundle_the_dialog_shows_its_bag_its_size_and_the_keys_fingerprint(
    qtbot, bundle_dialog, monkeypatch, out, notebook
):
    dialog = bundle_dialog
    export_bundle(qtbot, dialog, monkeypatch, out / "bundle.zip")
    expected = crypto.fingerprint(notebook.signing_public_key())
    assert dialog.fingerprint.text() == expected
    assert dialog.fingerprint.isVisibleTo(dialog)
    assert dialog.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "read it to the recipient by phone" in dialog.fingerprint_note.text()
    with zipfile.ZipFile(out / "bundle.zip") as archive:
        oxum = archive.read(f"{BAG}/bag-info.txt").decode().split("Payload-Oxum: ")[1]
    size, files = oxum.split()[0].split(".")
    lines = dialog.status.text().splitlines()
    assert lines[0] == f"Written: {out / 'bundle.zip'}"
    assert lines[1].startswith(f"Bag {BAG}: {files} files, ")
    assert lines[1].endswith(f" ({int(size):,} bytes).")

    choose(dialog, "chronology")  # another export: the last bundle's key is not left shown
    save_as(monkeypatch, out / "chronology.docx")
    dialog.export()
    assert not dialog.fingerprint.isVisibleTo(dialog)
    finish(qtbot, dialog)


def test_the_bundle_logs_an_export_in_the_custody_of_each_exhibit_in_it(
    qtbot, window, bundle_dialog, monkeypatch, out, notebook, stored
):
    uncheck(bundle_dialog, stored["KR/4"])
    export_bundle(qtbot, bundle_dialog, monkeypatch, out / "bundle.zip")
    exported = notebook.custody(stored["KR/2"])[-1]
    assert exported.event == "export"
    assert exported.actor == window.actor
    assert exported.purpose == f"evidence bundle {BAG}"
    for left_out in (stored["KR/3"], stored["KR/4"]):  # withheld, unchecked
        assert [event.event for event in notebook.custody(left_out)] == ["intake"]


def test_cancelling_a_bundle_leaves_no_zip_and_no_part_file(
    qtbot, bundle_dialog, monkeypatch, out, notebook, stored
):
    dialog = bundle_dialog
    held = hold_streaming(monkeypatch, notebook)
    save_as(monkeypatch, out / "cancelled.zip")
    dialog.export()
    progress = next(w for w in dialog.findChildren(BundleProgressDialog) if w.isVisible())
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    assert held.wait(WAIT_MS / 1000)
    assert [path.suffix for path in out.iterdir()] == [".part"]  # the zip under way
    qtbot.waitUntil(lambda: progress.maximum() == BAR_STEPS, timeout=WAIT_MS)
    assert progress.labelText().startswith("Writing the bundle: ")
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.status.text() == "Cancelled. Nothing was written."
    assert leftovers(out) == []
    assert [event.event for event in notebook.custody(stored["KR/2"])] == ["intake"]
    assert dialog.export_button.isEnabled()


def test_locking_during_a_bundle_stops_it_and_leaves_no_file(
    qtbot, window, bundle_dialog, monkeypatch, out, notebook, told
):
    held = hold_streaming(monkeypatch, notebook)
    save_as(monkeypatch, out / "locked.zip")
    bundle_dialog.export()
    job = bundle_dialog.job
    assert job is not None
    assert held.wait(WAIT_MS / 1000)
    window.lock()
    assert not job.is_running
    assert running_exports() == []
    assert not window.session.is_open
    assert told == []
    assert leftovers(out) == []
