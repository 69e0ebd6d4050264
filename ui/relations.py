"""Tags and links of one record, edited beside its form and saved with it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from notebook import InvalidInput, Notebook, model, vocabularies
from notebook.model import Record

from .language import sorted_by_name
from .words import kind_name

LinkIdRole = Qt.ItemDataRole.UserRole  # on list items: the existing link's id


@dataclass(frozen=True)
class PlannedLink:
    to_id: str
    kind: str


class RelationsEditor(QWidget):
    """What the user wants the record's tags and links to become; applied on Save."""

    def __init__(self, notebook: Notebook, record: Record, *, language: str = "en") -> None:
        super().__init__()
        self._record = record
        self._language = language
        self.original_tags = notebook.tags(record.id)
        self.tags = QLineEdit("; ".join(self.original_tags))
        self._labels = {
            r.id: f"{r.label} ({kind_name(r.KIND)})"
            for r in notebook.records(case_id=record.case_id or record.id)
            if r.id != record.id
        }
        self.links = QListWidget()
        self.removed_links: list[str] = []
        self.added_links: list[PlannedLink] = []
        for link in notebook.links(record.id):
            other = link.to_id if link.from_id == record.id else link.from_id
            arrow = "→" if link.from_id == record.id else "←"
            item = QListWidgetItem(
                f"{self._kind_label(link.kind)} {arrow} {self._labels.get(other, other)}"
            )
            item.setData(LinkIdRole, link.id)
            self.links.addItem(item)
        self.kind = QComboBox()
        for code in vocabularies.load("link_kinds").codes:
            self.kind.addItem(self._kind_label(code), code)
        self.target = QComboBox()
        for record_id, label in sorted_by_name(self._labels.items(), lambda pair: pair[1]):
            self.target.addItem(label, record_id)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._plan_link)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._plan_unlink)

        adding = QHBoxLayout()
        adding.addWidget(self.kind)
        adding.addWidget(self.target, 1)
        adding.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(self.tr("Tags"), self.tags)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.links)
        column.addLayout(adding)
        column.addWidget(self.remove_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.tags.setPlaceholderText(self.tr("tags, separated by semicolons"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.add_button.setText(self.tr("Link"))
        self.links.setAccessibleName(self.tr("Links of this record"))
        self.remove_button.setText(self.tr("Remove the chosen link"))
        self.kind.setAccessibleName(self.tr("Kind of link"))
        self.target.setAccessibleName(self.tr("Linked record"))

    def wanted_tags(self) -> list[str]:
        """The tags as typed, checked; InvalidInput names the field when one is not a tag."""
        tags = []
        for text in self.tags.text().split(";"):
            if text.strip():
                tags.append(model.validate_tag(text))
        return sorted(set(tags))

    def tag_changes(self) -> tuple[list[str], list[str]]:
        wanted = self.wanted_tags()
        added = [t for t in wanted if t not in self.original_tags]
        removed = [t for t in self.original_tags if t not in wanted]
        return added, removed

    def _plan_link(self) -> None:
        if self.target.currentData() is None:
            return
        planned = PlannedLink(self.target.currentData(), self.kind.currentData())
        self.added_links.append(planned)
        self.links.addItem(f"{self.kind.currentText()} → {self.target.currentText()}")

    def _plan_unlink(self) -> None:
        item = self.links.currentItem()
        if item is None:
            return
        link_id = item.data(LinkIdRole)
        if link_id:
            self.removed_links.append(link_id)
        else:
            row = self.links.row(item)
            planned_index = row - (self.links.count() - len(self.added_links))
            if 0 <= planned_index < len(self.added_links):
                del self.added_links[planned_index]
        self.links.takeItem(self.links.row(item))

    def _kind_label(self, code: str) -> str:
        return vocabularies.load("link_kinds").label(code, self._language)


def check_tags(editor: RelationsEditor) -> None:
    try:
        editor.wanted_tags()
    except InvalidInput as problem:
        raise InvalidInput(str(problem), field="tags") from None
