"""The window as a user meets it: welcome, create, unlock, the workspace, and locking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from notebook import Notebook
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.model import Case, Incident, Interview, Person, Threat
from tests.conftest import PASSPHRASE, create_test_notebook
from ui.commands import edit_command
from ui.editor import EditorDialog
from ui.main_window import WINDOW_TITLE, MainWindow
from ui.models import RecordIdRole, Row, RowTableModel
from ui.session import Session
from ui.strength import estimate

CHEAP = {"kdf": WEAK_KDF_FOR_TESTS, "allow_weak_kdf_for_tests": True}


@pytest.fixture
def filled_notebook(tmp_path: Path) -> Path:
    path = tmp_path / "case.casenotebook"
    with create_test_notebook(path) as notebook:
        case = notebook.add(Case(title="Ruziev", reference="KR-2019-07"))
        kamil = notebook.add(Person(case_id=case.id, name="Kamil Ruziev"))
        notebook.add(
            Threat(
                case_id=case.id,
                title="Gun to the head",
                date="2019-06-10",
                type="death-threat",
                risk="critical",
            )
        )
        notebook.add(
            Incident(case_id=case.id, title="Earlier pressure", date="2019~", type="intimidation")
        )
        notebook.add(Interview(case_id=case.id, interviewee_id=kamil.id, date="2020-06"))
    return path


def window_for(qtbot, session: Session, tmp_path: Path) -> MainWindow:
    window = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    qtbot.addWidget(window)
    window.show()
    return window


def open_editor(window: MainWindow) -> EditorDialog:
    """The editor dialog the last action opened."""
    return next(w for w in window.findChildren(EditorDialog) if w.isVisible())


def test_with_no_notebook_the_welcome_screen_offers_three_ways_in(qtbot, tmp_path):
    window = window_for(qtbot, Session(None, kdf_options=CHEAP), tmp_path)
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle().replace("[*]", "") == WINDOW_TITLE
    assert not window.lock_action.isEnabled()


def test_a_known_notebook_starts_locked_and_a_wrong_passphrase_says_so(
    qtbot, tmp_path, filled_notebook
):
    window = window_for(qtbot, Session(filled_notebook), tmp_path)
    assert window.pages.currentWidget() is window.unlock_page
    window.unlock_page.passphrase.setText("not the passphrase")
    window.unlock_page.unlock_button.click()
    assert "Wrong passphrase" in window.unlock_page.message.text()
    assert window.pages.currentWidget() is window.unlock_page
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    assert window.pages.currentWidget() is window.workspace
    assert window.unlock_page.passphrase.text() == ""


def test_a_damaged_notebook_is_told_apart_from_a_wrong_passphrase(qtbot, tmp_path, filled_notebook):
    database = filled_notebook / "notebook.db"
    data = bytearray(database.read_bytes())
    data[40] ^= 0xFF
    database.write_bytes(bytes(data))
    window = window_for(qtbot, Session(filled_notebook), tmp_path)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    message = window.unlock_page.message.text()
    assert "damaged" in message
    assert "Wrong passphrase" not in message


def test_a_notebook_open_elsewhere_says_so(qtbot, tmp_path, filled_notebook):
    window = window_for(qtbot, Session(filled_notebook), tmp_path)
    with Notebook.open(filled_notebook, PASSPHRASE):
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.unlock_button.click()
    assert "open in another program" in window.unlock_page.message.text()


def test_the_workspace_lists_a_cases_sections_and_its_timeline_in_order(
    qtbot, tmp_path, filled_notebook
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    navigator = window.workspace.navigator
    assert navigator.topLevelItemCount() == 1
    case_item = navigator.topLevelItem(0)
    assert [case_item.child(i).text(0) for i in range(case_item.childCount())] == [
        "Timeline",
        "Incidents and threats",
        "Interviews",
        "People and organisations",
        "Evidence",
    ]
    assert window.workspace.views.currentWidget() is window.workspace.timeline
    listed = window.workspace.timeline.model
    dates = [listed.index(row, 0).data() for row in range(listed.rowCount())]
    assert dates == ["about 2019", "10 June 2019", "June 2020"]
    assert window.windowTitle().replace("[*]", "") == WINDOW_TITLE


def test_the_filter_narrows_the_list(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    case_id = session.notebook.cases()[0].id
    window.workspace.show_section(case_id, "incidents")
    window.workspace.filter.setText("gun")
    assert window.workspace.proxy.rowCount() == 1
    assert window.workspace.proxy.index(0, 2).data() == "Gun to the head"


def test_locking_empties_every_list_closes_dialogs_and_asks_for_the_passphrase(
    qtbot, tmp_path, filled_notebook
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    dialog = QDialog(window)
    dialog.open()
    timeline = window.workspace.timeline
    assert timeline.model.rowCount() > 0 and timeline.canvas.content.marks
    window.workspace.show_section(session.notebook.cases()[0].id, "incidents")
    assert window.workspace.model.rowCount() > 0
    window.lock_action.trigger()
    assert not session.is_open
    assert not dialog.isVisible()
    assert window.workspace.model.rowCount() == 0
    assert timeline.model.rowCount() == 0 and not timeline.canvas.content.marks
    assert timeline.case_marks is None
    assert window.workspace.navigator.topLevelItemCount() == 0
    assert window.pages.currentWidget() is window.unlock_page


def test_creating_a_notebook_opens_it_empty(qtbot, tmp_path):
    session = Session(None, kdf_options=CHEAP)
    window = window_for(qtbot, session, tmp_path)
    session.create(tmp_path / "fresh.casenotebook", PASSPHRASE)
    assert window.pages.currentWidget() is window.workspace
    assert (tmp_path / "fresh.casenotebook" / "notebook.json").is_file()
    assert window.workspace.navigator.topLevelItemCount() == 0


def test_the_row_model_passes_qts_model_tester(qtmodeltester):
    model = RowTableModel(["Date", "Title"])
    model.set_rows(
        [
            Row("a", ("10 June 2019", "Threat"), (1, "Threat")),
            Row("b", ("about 2019", "Pressure"), (0, "Pressure")),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 0).data(RecordIdRole) == "b"


def test_the_strength_meter_rewards_six_random_words_and_not_short_passwords():
    assert estimate("correct horse battery staple orange violin").level == 3
    assert estimate("Password1!").level <= 1
    assert estimate("").bits == 0


def test_search_shows_results_as_you_type_and_enter_opens_the_record(
    qtbot, tmp_path, filled_notebook
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    window.find_action.trigger()
    qtbot.keyClicks(window.search_field, "gun")
    results = window.workspace.results
    assert window.workspace.views.currentWidget() is results
    assert results.model().rowCount() == 1
    assert "\x02" in results.model().index(0, 2).data()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.workspace.views.currentWidget() is window.workspace.table
    assert window.workspace.navigator.currentItem().text(0) == "Incidents and threats"
    selected = window.workspace.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] != []
    window.search_field.clear()
    assert window.workspace.views.currentWidget() is window.workspace.table


def test_snippets_are_escaped_before_matches_are_made_bold():
    from ui.search_view import snippet_html

    assert snippet_html("<script>\x02gun\x03") == "&lt;script&gt;<b>gun</b>"


def test_locking_clears_the_search(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    window.search_field.setText("gun")
    window.lock()
    assert window.search_field.text() == ""
    assert window.workspace.results.model().rowCount() == 0
    assert not window.search_field.isEnabled()


def test_a_new_incident_is_saved_listed_and_undone(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    window.new_actions["incident"].trigger()
    dialog = open_editor(window)
    dialog.form.widget("title").setText("Search of the Ventus office")
    dialog.form.widget("date").setText("about June 2019")
    dialog.save()
    assert not dialog.isVisible()
    titles = [r.title for r in session.notebook.records(kind="incident")]
    assert "Search of the Ventus office" in titles
    added = next(
        r for r in session.notebook.records(kind="incident") if r.title.startswith("Search")
    )
    assert added.date == "2019-06~"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert "Search of the Ventus office" not in [
        r.title for r in session.notebook.records(kind="incident")
    ]
    assert not window.isWindowModified()


def test_editing_a_record_from_the_list_and_undoing_it(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    threat = next(iter(session.notebook.records(kind="threat")))
    window.edit_record(threat.id)
    dialog = open_editor(window)
    dialog.form.widget("place").setText("Karakol")
    dialog.save()
    assert session.notebook.get(threat.id).place == "Karakol"
    window.undo_action.trigger()
    assert session.notebook.get(threat.id).place == ""
    window.redo_action.trigger()
    assert session.notebook.get(threat.id).place == "Karakol"


def test_a_refused_edit_stays_in_the_dialog_and_off_the_undo_stack(
    qtbot, tmp_path, filled_notebook
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    threat = next(iter(session.notebook.records(kind="threat")))
    window.edit_record(threat.id)
    dialog = open_editor(window)
    dialog.form.widget("title").setText("")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.form.problem.text() != ""
    assert window.undo_stack.count() == 0
    assert session.notebook.get(threat.id).title == "Gun to the head"


def test_locking_forgets_the_undo_history(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    threat = next(iter(session.notebook.records(kind="threat")))
    window.undo_stack.push(
        edit_command(lambda: session.notebook, threat, {"place": "Bishkek"}, "Edit")
    )
    window.lock()
    assert window.undo_stack.count() == 0


def test_tags_and_links_are_saved_with_the_edit_and_undone_as_one_step(
    qtbot, tmp_path, filled_notebook
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    notebook = session.notebook
    threat = next(iter(notebook.records(kind="threat")))
    window.edit_record(threat.id)
    dialog = open_editor(window)
    dialog.form.widget("place").setText("Karakol")
    dialog.relations.tags.setText("escalation; 2019")
    target = dialog.relations.target.findText("Earlier pressure (Incident)")
    dialog.relations.target.setCurrentIndex(target)
    dialog.relations.kind.setCurrentIndex(dialog.relations.kind.findData("follows"))
    dialog.relations.add_button.click()
    dialog.save()
    assert notebook.tags(threat.id) == ["2019", "escalation"]
    assert [link.kind for link in notebook.links(threat.id)] == ["follows"]
    assert notebook.get(threat.id).place == "Karakol"
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()
    assert notebook.tags(threat.id) == []
    assert notebook.links(threat.id) == []
    assert notebook.get(threat.id).place == ""


def test_a_tag_with_a_comma_is_refused_in_the_dialog(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    threat = next(iter(session.notebook.records(kind="threat")))
    window.edit_record(threat.id)
    dialog = open_editor(window)
    dialog.relations.tags.setText("a,b")
    dialog.save()
    assert dialog.isVisible()
    assert session.notebook.tags(threat.id) == []


def test_deleting_a_record_is_undone_with_its_tags_and_links(
    qtbot, tmp_path, filled_notebook, monkeypatch
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    notebook = session.notebook
    threat = next(iter(notebook.records(kind="threat")))
    other = next(r for r in notebook.records(kind="incident"))
    notebook.tag(threat.id, "escalation")
    notebook.link(threat.id, other.id, "follows")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.workspace.reveal(threat.id)
    window.delete_action.trigger()
    assert threat.id not in [r.id for r in notebook.records(kind="threat")]
    window.undo_action.trigger()
    assert notebook.get(threat.id).title == threat.title
    assert notebook.tags(threat.id) == ["escalation"]
    assert [link.kind for link in notebook.links(threat.id)] == ["follows"]


def test_a_refused_deletion_says_why_and_leaves_the_undo_history_alone(
    qtbot, tmp_path, filled_notebook, monkeypatch
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    kamil = next(iter(session.notebook.records(kind="person")))
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.workspace.reveal(kamil.id)
    window.delete_action.trigger()
    assert session.notebook.get(kamil.id).name == "Kamil Ruziev"
    assert warnings and "not deleted" in warnings[0]
    assert window.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("case", "title", "A second case"),
        ("person", "name", "Aigul Witness"),
        ("organisation", "name", "Ventus"),
        ("incident", "title", "Summons to the GKNB"),
        ("threat", "title", "Call at night"),
        ("interview", "title", "Second interview"),
        ("evidence", "title", "Original of the complaint"),
    ],
)
def test_every_kind_of_record_can_be_added_from_the_new_menu(
    qtbot, tmp_path, filled_notebook, kind, field, value
):
    session = Session(filled_notebook)
    window = window_for(qtbot, session, tmp_path)
    session.unlock(PASSPHRASE)
    before = session.notebook.count(kind=kind)
    window.new_actions[kind].trigger()
    dialog = open_editor(window)
    dialog.form.widget(field).setText(value)
    if kind == "interview":
        interviewee = dialog.form.widget("interviewee_id")
        interviewee.setCurrentIndex(interviewee.findText("Kamil Ruziev"))
    dialog.save()
    assert not dialog.isVisible(), dialog.form.problem.text()
    assert session.notebook.count(kind=kind) == before + 1
    window.undo_action.trigger()
    assert session.notebook.count(kind=kind) == before
