"""The dialog that adds or edits one record; saving pushes an undoable command."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from notebook import InvalidInput, NotebookError, model
from notebook.model import Record

from .commands import AddRecord, edit_command
from .record_form import RecordForm
from .session import Session


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
        people = [(p.id, p.label) for p in notebook.records(case_id=case_id, kind="person")]
        self.form = RecordForm(kind, people=people, language=language)
        if record is not None:
            self.form.set_record(record)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        # The title names the kind of record, never its contents.
        self.setWindowTitle(self.tr("New record") if record is None else self.tr("Edit record"))

    def save(self) -> None:
        self.form.clear_problem()
        try:
            command = self._command()
        except InvalidInput as problem:
            self.form.show_problem(problem.field, str(problem))
            return
        except NotebookError as problem:
            self.form.show_problem(None, str(problem))
            return
        if command is not None:
            self._stack.push(command)
        self.accept()

    def _command(self):
        notebook = self._session.notebook
        if self._record is None:
            data = dict(self.form.values())
            if self._kind != "case":
                data["case_id"] = self._case_id
            record = model.from_data(self._kind, data)
            notebook.check_new_record(record)
            return AddRecord(
                lambda: self._session.notebook, record, self.tr("Add {0}").format(self._kind)
            )
        changes = self.form.changes(self._record)
        if not changes:
            return None
        notebook.check_new_record(model.changed(self._record, **changes))
        return edit_command(
            lambda: self._session.notebook,
            self._record,
            changes,
            self.tr("Edit {0}").format(self._kind),
        )
