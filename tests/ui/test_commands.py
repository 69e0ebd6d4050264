"""Undo and redo of adding and editing records, through a QUndoStack."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from notebook.model import Case, Incident
from ui.commands import AddRecord, edit_command


def test_adding_undoes_to_nothing_and_redoes_under_the_same_id(notebook):
    case = notebook.add(Case(title="Case"))
    stack = QUndoStack()
    command = AddRecord(
        lambda: notebook, Incident(case_id=case.id, title="Raid", date="2019"), "Add incident"
    )
    stack.push(command)
    first_id = command.record_id
    assert notebook.get(first_id).title == "Raid"
    stack.undo()
    assert notebook.count(kind="incident") == 0
    stack.redo()
    assert notebook.get(first_id).title == "Raid"


def test_an_edit_undoes_and_redoes_and_later_edits_still_find_a_recreated_record(notebook):
    case = notebook.add(Case(title="Case"))
    stack = QUndoStack()
    adding = AddRecord(
        lambda: notebook, Incident(case_id=case.id, title="Raid", date="2019"), "Add incident"
    )
    stack.push(adding)
    record = notebook.get(adding.record_id)
    stack.push(
        edit_command(
            lambda: notebook, record, {"title": "Night raid", "place": "Karakol"}, "Edit incident"
        )
    )
    assert notebook.get(record.id).title == "Night raid"
    stack.undo()
    assert (notebook.get(record.id).title, notebook.get(record.id).place) == ("Raid", "")
    stack.undo()
    stack.redo()
    stack.redo()
    assert notebook.get(record.id).place == "Karakol"
    assert notebook.audit.verify().intact
