"""Search as you type over the whole notebook, with the matched words highlighted."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize, Signal
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from notebook import InvalidInput

from .models import RecordIdRole, Row, RowTableModel
from .session import Session
from .words import kind_name

# Marks the core puts around matches; control characters never occur in stored text.
OPEN_MARK, CLOSE_MARK = "\x02", "\x03"
SNIPPET_COLUMN = 2


def snippet_html(snippet: str) -> str:
    """Escape the text, then turn the marks into bold: record text is never read as markup."""
    escaped = html.escape(snippet).replace("\n", " ")
    return escaped.replace(OPEN_MARK, "<b>").replace(CLOSE_MARK, "</b>")


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet's rich text; everything else as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = options.palette.color(role).name()
        document.setHtml(f'<span style="color:{colour}">{snippet_html(options.text)}</span>')
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        painter.save()
        # Centre the text's block vertically, as plain cells are.
        offset = max(0.0, (options.rect.height() - document.size().height()) / 2)
        painter.translate(options.rect.left(), options.rect.top() + offset)
        document.drawContents(painter, QRectF(0, 0, options.rect.width(), options.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 24))


class SearchResults(QTableView):
    """The hits of the current query, best first; Enter or double-click opens one."""

    record_chosen = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self.model_ = RowTableModel([])
        self.setModel(self.model_)
        self.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.activated.connect(lambda index: self.record_chosen.emit(index.data(RecordIdRole)))

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Title"), self.tr("Where it matches")]

    def run(self, query: str, case_id: str | None = None) -> int:
        """Show the hits for `query`; returns how many. An unusable query shows none."""
        if not self._session.is_open or not query.strip():
            self.model_.set_rows([], headers=self.headers())
            return 0
        try:
            hits = self._session.notebook.search(
                query, case_id=case_id, limit=200, marks=(OPEN_MARK, CLOSE_MARK)
            )
        except InvalidInput:
            hits = []
        rows = [Row(hit.record_id, (kind_name(hit.kind), hit.label, hit.snippet)) for hit in hits]
        self.model_.set_rows(rows, headers=self.headers())
        if rows:
            self.selectRow(0)
        return len(rows)

    def clear(self) -> None:
        self.model_.clear()
