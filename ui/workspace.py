"""The unlocked view: cases and their sections on the left, the chosen section's list beside."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .models import CollatingSortProxy, RecordIdRole, RowTableModel, SortKeyRole
from .search_view import SearchResults
from .sections import SECTIONS, Section
from .session import Session
from .timeline_page import TimelinePage

# Where each kind of record is listed.
SECTION_OF_KIND = {
    "case": "timeline",
    "incident": "incidents",
    "threat": "incidents",
    "interview": "interviews",
    "person": "people",
    "organisation": "people",
    "evidence": "evidence",
}

MAXIMUM_COLUMN_WIDTH = 300
CaseRole = Qt.ItemDataRole.UserRole + 10  # on navigator items: the case's id
SectionRole = Qt.ItemDataRole.UserRole + 11  # on navigator items: the section's key


class Workspace(QWidget):
    record_activated = Signal(str)  # a record's id, on double-click or Enter

    def __init__(self, session: Session, language: str = "en") -> None:
        super().__init__()
        self._session = session
        self.language = language
        self.navigator = QTreeWidget()
        self.navigator.setHeaderHidden(True)
        self.navigator.setMinimumWidth(220)
        self.navigator.currentItemChanged.connect(self._show_current)

        self.model = RowTableModel([])
        self.proxy = CollatingSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortKeyRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._activate)

        self.results = SearchResults(session)
        self.results.record_chosen.connect(self.reveal)
        self.timeline = TimelinePage(session, language)
        self.timeline.record_activated.connect(self.record_activated)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.results)
        self.views.addWidget(self.timeline)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.filter)
        right_column.addWidget(self.views)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter this list"))
        self.filter.setAccessibleName(self.tr("Filter this list"))
        self.navigator.setAccessibleName(self.tr("Cases and their sections"))
        self.table.setAccessibleName(self.tr("Records"))
        self.results.setAccessibleName(self.tr("Search results"))
        if self._session.is_open:
            self.reload()

    def reload(self) -> None:
        """Rebuild the navigator from the notebook, keeping the chosen case and section."""
        chosen = self._current_place()
        self.navigator.clear()
        for case in self._session.notebook.cases():
            case_item = QTreeWidgetItem([case.title])
            case_item.setToolTip(0, case.title)
            case_item.setData(0, CaseRole, case.id)
            for section in SECTIONS:
                child = QTreeWidgetItem([section.title()])
                child.setData(0, CaseRole, case.id)
                child.setData(0, SectionRole, section.key)
                case_item.addChild(child)
            self.navigator.addTopLevelItem(case_item)
            case_item.setExpanded(True)
        self._select(chosen)

    def current_case_id(self) -> str | None:
        place = self._current_place()
        return place[0] if place else None

    def clear(self) -> None:
        """On lock: nothing of the notebook stays in a widget."""
        self.navigator.clear()
        self.model.clear()
        self.results.clear()
        self.timeline.clear()
        self.filter.clear()
        self._show_view(self.table)

    def search(self, query: str) -> int:
        """Results as the user types; an empty query returns to the list."""
        if not query.strip():
            self.results.clear()
            self._show_current(self.navigator.currentItem())
            return 0
        self._show_view(self.results)
        return self.results.run(query)

    def open_first_result(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid():
            index = self.results.model_.index(0, 0)
        if index.isValid():
            self.reveal(index.data(RecordIdRole))

    def reveal(self, record_id: str) -> None:
        """Show the record in its section, selected."""
        record = self._session.notebook.get(record_id)
        case_id = record.id if record.KIND == "case" else record.case_id
        self.show_section(case_id, SECTION_OF_KIND[record.KIND])
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RecordIdRole) == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                break
        self.record_activated.emit(record_id)

    def show_section(self, case_id: str, key: str) -> None:
        self._select((case_id, key))
        self._show_current(self.navigator.currentItem())

    def current_list(self) -> QTableView:
        """The list on show: the section's table, or the one beside the timeline chart."""
        return self.timeline.list if self.views.currentWidget() is self.timeline else self.table

    # -- inside -----------------------------------------------------------------------------

    def _current_place(self) -> tuple[str, str] | None:
        item = self.navigator.currentItem()
        if item is None:
            return None
        return item.data(0, CaseRole), item.data(0, SectionRole) or SECTIONS[0].key

    def _select(self, place: tuple[str, str] | None) -> None:
        for index in range(self.navigator.topLevelItemCount()):
            case_item = self.navigator.topLevelItem(index)
            if place is None or case_item.data(0, CaseRole) == place[0]:
                for child_index in range(case_item.childCount()):
                    child = case_item.child(child_index)
                    if place is None or child.data(0, SectionRole) == place[1]:
                        self.navigator.setCurrentItem(child)
                        return

    def _show_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None or not self._session.is_open:
            self.model.clear()
            return
        case_id = item.data(0, CaseRole)
        key = item.data(0, SectionRole) or SECTIONS[0].key
        if key == "timeline":
            self.timeline.show_case(case_id, self.language)
            self._show_view(self.timeline)
            return
        self._show_view(self.table)
        section = _section(key)
        self.table.setAccessibleName(section.title())
        rows = section.rows(self._session.notebook, case_id, self.language)
        self.model.set_rows(rows, headers=section.headers())
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        # Long titles and places must not push the other columns out of sight.
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > MAXIMUM_COLUMN_WIDTH:
                self.table.setColumnWidth(column, MAXIMUM_COLUMN_WIDTH)

    def _show_view(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        # The timeline has filters of its own; the text filter is for the other lists.
        self.filter.setVisible(view is self.table)

    def _activate(self, index) -> None:
        self.record_activated.emit(index.data(RecordIdRole))


def _section(key: str) -> Section:
    return next(section for section in SECTIONS if section.key == key)
