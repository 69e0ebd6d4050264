"""The dialog that adds or edits one record; saving pushes an undoable command."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from notebook import InvalidInput, NotebookError, model
from notebook.model import Record

from .commands import AddRecord, LinkRecords, TagRecord, UnlinkRecords, edit_command
from .core_words import core_message
from .language import sorted_by_name
from .record_form import RecordForm
from .relations import RelationsEditor, check_tags
from .session import Session
from .words import kind_name


class EditorDialog(QDialog):
    """One record's form. Checks run before the command is pushed, so a refused change
    never reaches the undo stack; the form then marks the field at fault."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        stack: QUndoStack,
        *,
        kind: str,
        case_id: str,
        record: Record | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._stack = stack
        self._kind = kind
        self._case_id = case_id
        self._record = record
        notebook = session.notebook
        people = sorted_by_name(
            [(p.id, p.label) for p in notebook.records(case_id=case_id, kind="person")],
            lambda person: person[1],
            language=language,
        )
        self.form = RecordForm(kind, people=people, language=language)
        if record is not None:
            self.form.set_record(record)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        # Tags and links belong to a stored record: they are offered once it exists.
        self.relations = (
            RelationsEditor(notebook, record, language=language) if record is not None else None
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 3)
        if self.relations is not None:
            layout.addWidget(self.relations, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        # The title names the kind of record, never its contents.
        self.setWindowTitle(self.tr("New record") if record is None else self.tr("Edit record"))

    def save(self) -> None:
        self.form.clear_problem()
        try:
            command = self._command()
        except InvalidInput as problem:
            self.form.show_problem(problem.field, core_message(problem))
            return
        except NotebookError as problem:
            self.form.show_problem(None, core_message(problem))
            return
        commands = [command] if command is not None else []
        if self.relations is not None and self._record is not None:
            commands += self._relation_commands(self._record.id)
        if len(commands) == 1:
            self._stack.push(commands[0])
        elif commands:
            self._stack.beginMacro(self.tr("Edit {0}").format(kind_name(self._kind)))
            for each in commands:
                self._stack.push(each)
            self._stack.endMacro()
        self.accept()

    def _relation_commands(self, record_id: str) -> list[QUndoCommand]:
        assert self.relations is not None
        notebook = lambda: self._session.notebook  # noqa: E731
        added, removed = self.relations.tag_changes()
        commands: list[QUndoCommand] = [TagRecord(notebook, record_id, t, add=True) for t in added]
        commands += [TagRecord(notebook, record_id, t, add=False) for t in removed]
        commands += [
            UnlinkRecords(notebook, link_id, self.tr("Remove link"))
            for link_id in self.relations.removed_links
        ]
        commands += [
            LinkRecords(notebook, record_id, planned.to_id, planned.kind, self.tr("Link"))
            for planned in self.relations.added_links
        ]
        return commands

    def _command(self) -> QUndoCommand | None:
        notebook = self._session.notebook
        if self.relations is not None:
            check_tags(self.relations)
        if self._record is None:
            data = dict(self.form.values())
            if self._kind != "case":
                data["case_id"] = self._case_id
            record = model.from_data(self._kind, data)
            notebook.check_new_record(record)
            return AddRecord(
                lambda: self._session.notebook,
                record,
                self.tr("Add {0}").format(kind_name(self._kind)),
            )
        changes = self.form.changes(self._record)
        if not changes:
            return None
        notebook.check_new_record(model.changed(self._record, **changes))
        return edit_command(
            lambda: self._session.notebook,
            self._record,
            changes,
            self.tr("Edit {0}").format(kind_name(self._kind)),
        )
