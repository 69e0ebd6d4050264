"""Undoable edits: each command calls the core once each way (redo adds, undo deletes...)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from notebook import Notebook
from notebook.model import Record

NotebookGetter = Callable[[], Notebook]


class AddRecord(QUndoCommand):
    """Redo stores the record (under the same id every time); undo deletes it."""

    def __init__(self, notebook: NotebookGetter, record: Record, text: str) -> None:
        super().__init__(text)
        self._notebook = notebook
        self._record = record
        self.record_id = ""

    def redo(self) -> None:
        if self.record_id:
            self._notebook().add(replace(self._record, id=self.record_id), reuse_id=True)
        else:
            self.record_id = self._notebook().add(self._record).id

    def undo(self) -> None:
        self._notebook().delete(self.record_id)


class EditRecord(QUndoCommand):
    """Redo applies the new values; undo puts the old ones back."""

    def __init__(
        self,
        notebook: NotebookGetter,
        record_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self._notebook = notebook
        self.record_id = record_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._notebook().update(self.record_id, **self._after)

    def undo(self) -> None:
        self._notebook().update(self.record_id, **self._before)


def edit_command(
    notebook: NotebookGetter, record: Record, changes: dict[str, Any], text: str
) -> EditRecord:
    """The command for `changes`, remembering the fields' current values for undo."""
    before = {name: getattr(record, name) for name in changes}
    return EditRecord(notebook, record.id, before, changes, text)


class TagRecord(QUndoCommand):
    """Redo adds (or removes) one tag; undo does the opposite."""

    def __init__(self, notebook: NotebookGetter, record_id: str, tag: str, *, add: bool) -> None:
        super().__init__(tag)
        self._notebook = notebook
        self._record_id = record_id
        self._tag = tag
        self._add = add

    def redo(self) -> None:
        self._apply(self._add)

    def undo(self) -> None:
        self._apply(not self._add)

    def _apply(self, add: bool) -> None:
        if add:
            self._notebook().tag(self._record_id, self._tag)
        else:
            self._notebook().untag(self._record_id, self._tag)


class LinkRecords(QUndoCommand):
    """Redo links two records (a new link each time); undo removes that link."""

    def __init__(
        self, notebook: NotebookGetter, from_id: str, to_id: str, kind: str, text: str
    ) -> None:
        super().__init__(text)
        self._notebook = notebook
        self._ends = (from_id, to_id, kind)
        self.link_id = ""

    def redo(self) -> None:
        from_id, to_id, kind = self._ends
        self.link_id = self._notebook().link(from_id, to_id, kind).id

    def undo(self) -> None:
        self._notebook().unlink(self.link_id)


class UnlinkRecords(QUndoCommand):
    """Redo removes a link; undo links the same two records the same way again."""

    def __init__(self, notebook: NotebookGetter, link_id: str, text: str) -> None:
        super().__init__(text)
        self._notebook = notebook
        self._link_id = link_id
        link = notebook().get_link(link_id)
        self._ends = (link.from_id, link.to_id, link.kind, link.note)

    def redo(self) -> None:
        self._notebook().unlink(self._link_id)

    def undo(self) -> None:
        from_id, to_id, kind, note = self._ends
        self._link_id = self._notebook().link(from_id, to_id, kind, note=note).id


class DeleteRecord(QUndoCommand):
    """Redo deletes a record with its tags and links; undo brings all three back, same id.

    Not for evidence with a stored file: deleting that destroys the file's key, which no
    undo can give back, so the window asks and deletes it outside the undo history.
    """

    def __init__(self, notebook: NotebookGetter, record_id: str, text: str) -> None:
        super().__init__(text)
        self._notebook = notebook
        current = notebook()
        self._record = current.get(record_id)
        self._tags = current.tags(record_id)
        self._links = [(k.from_id, k.to_id, k.kind, k.note) for k in current.links(record_id)]
        # The window deletes first (so a refusal never reaches the stack), then pushes this.
        self.already_done = False

    def redo(self) -> None:
        if self.already_done:
            self.already_done = False
            return
        self._notebook().delete(self._record.id)

    def undo(self) -> None:
        notebook = self._notebook()
        with notebook.transaction():
            notebook.add(self._record, reuse_id=True)
            for tag in self._tags:
                notebook.tag(self._record.id, tag)
            for from_id, to_id, kind, note in self._links:
                notebook.link(from_id, to_id, kind, note=note)
