"""The timeline page of a case: the chart, the list beside it in step, filters and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from notebook import InvalidInput, NotebookError, dateinput, datetext, vocabularies
from notebook.timeline import Mark, MarkFilter

from .core_words import core_message
from .language import sorted_by_name
from .models import RecordIdRole, Row, RowTableModel
from .privacy import ask_for_paths
from .session import Session
from .timeline_canvas import TimelineCanvas
from .timeline_content import BY_PERSON, BY_TYPE, CaseMarks, build_content
from .timeline_export import ExportDialog, export_view
from .timeline_paint import TimelineWords

LIST_WIDTH = 380


class TimelinePage(QWidget):
    record_activated = Signal(str)

    def __init__(self, session: Session, language: str = "en") -> None:
        super().__init__()
        self._session = session
        self.language = language
        self.words = TimelineWords(self)
        self.case_marks: CaseMarks | None = None
        self.mark_filter = MarkFilter()
        self._shown_case = ""
        self._syncing = False

        self.lanes = QComboBox()
        self.lanes.addItem("", BY_TYPE)
        self.lanes.addItem("", BY_PERSON)
        self.lanes.currentIndexChanged.connect(lambda _index: self.apply())
        self.types_button, self.types_menu = self._filter_button()
        self.people_button, self.people_menu = self._filter_button()
        self.tags_button, self.tags_menu = self._filter_button()
        self.status_button, self.status_menu = self._filter_button()
        self.start_field = QLineEdit()
        self.end_field = QLineEdit()
        for field in (self.start_field, self.end_field):
            field.setClearButtonEnabled(True)
            field.setMaximumWidth(150)
            field.editingFinished.connect(self.apply)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom_by(1 / 1.5))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom_by(1.5))
        self.fit_button = QToolButton()
        self.fit_button.clicked.connect(lambda: self.canvas.fit())
        self.export_menu = QMenu(self)
        self.export_png = QAction(self)
        self.export_png.triggered.connect(lambda: self.export("png"))
        self.export_svg = QAction(self)
        self.export_svg.triggered.connect(lambda: self.export("svg"))
        self.export_menu.addAction(self.export_png)
        self.export_menu.addAction(self.export_svg)
        self.export_button = QToolButton()
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        self.lanes_label = QLabel()
        self.lanes_label.setBuddy(self.lanes)
        self.start_label = QLabel()
        self.start_label.setBuddy(self.start_field)
        self.end_label = QLabel()
        self.end_label.setBuddy(self.end_field)
        for widget in (
            self.lanes_label, self.lanes, self.types_button, self.people_button,
            self.tags_button, self.status_button, self.start_label, self.start_field,
            self.end_label, self.end_field,
        ):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        for widget in (
            self.zoom_out_button, self.zoom_in_button, self.fit_button, self.export_button
        ):  # fmt: skip
            controls.addWidget(widget)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filters)
        summary_row = QHBoxLayout()
        summary_row.setContentsMargins(0, 0, 0, 0)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.clear_button)

        self.canvas = TimelineCanvas()
        self.canvas.selection_changed.connect(self._chosen_in_chart)
        self.canvas.activated.connect(self.record_activated)
        self.model = RowTableModel([])
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.doubleClicked.connect(
            lambda index: self.record_activated.emit(index.data(RecordIdRole))
        )
        self.list.selectionModel().selectionChanged.connect(self._chosen_in_list)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.list)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([800, LIST_WIDTH])

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(controls)
        column.addLayout(summary_row)
        column.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.lanes_label.setText(self.tr("&Lanes:"))
        self.lanes.setItemText(0, self.tr("by type"))
        self.lanes.setItemText(1, self.tr("by person"))
        self.types_button.setText(self.tr("Types"))
        self.people_button.setText(self.tr("People"))
        self.tags_button.setText(self.tr("Tags"))
        self.status_button.setText(self.tr("Fact status"))
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.start_field.setPlaceholderText(self.tr("e.g. 2019"))
        self.end_field.setPlaceholderText(self.tr("e.g. June 2020"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit the case"))
        self.fit_button.setToolTip(self.tr("Show the whole case (Home)"))
        self.export_button.setText(self.tr("Export image"))
        self.export_png.setText(self.tr("As PNG picture…"))
        self.export_svg.setText(self.tr("As SVG drawing…"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.list.setAccessibleName(self.tr("Records on the timeline"))
        self.model.set_rows([], headers=self._headers())
        if self.case_marks is not None:
            self.reload()

    # -- the case ---------------------------------------------------------------------------

    def show_case(self, case_id: str, language: str) -> None:
        """Show a case: a new one fits the view and starts unfiltered; the same one keeps both."""
        self.language = language
        fresh = case_id != self._shown_case
        if fresh:
            self.mark_filter = MarkFilter()
            self.start_field.clear()
            self.end_field.clear()
        self._shown_case = case_id
        self.case_marks = CaseMarks.load(self._session.notebook, case_id)
        self._rebuild_menus()
        self.apply(fit=fresh)

    def reload(self) -> None:
        if self._shown_case and self._session.is_open:
            self.show_case(self._shown_case, self.language)

    def clear(self) -> None:
        """On lock: nothing of the notebook stays in a widget."""
        self.case_marks = None
        self._shown_case = ""
        self.mark_filter = MarkFilter()
        self.start_field.clear()
        self.end_field.clear()
        for menu in (self.types_menu, self.people_menu, self.tags_menu, self.status_menu):
            menu.clear()
        self.canvas.clear()
        self.model.clear()
        self.summary.clear()

    # -- filters ----------------------------------------------------------------------------

    def _filter_button(self) -> tuple[QToolButton, QMenu]:
        menu = QMenu(self)
        button = QToolButton()
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button, menu

    def _rebuild_menus(self) -> None:
        assert self.case_marks is not None
        case_marks = self.case_marks
        chosen = self.mark_filter
        self.types_menu.clear()
        for code in case_marks.groups():
            self._choice(
                self.types_menu, self.words.group_title(code, self.language), "group", code,
                code in chosen.groups,
            )  # fmt: skip
        types = case_marks.types()
        if types:
            self.types_menu.addSection(self.tr("Incident types"))
        labels = vocabularies.load("incident_types")
        for code in types:
            self._choice(
                self.types_menu, labels.label(code, self.language), "type", code,
                code in chosen.types,
            )  # fmt: skip
        self.people_menu.clear()
        for record in sorted_by_name(case_marks.named_people(), lambda record: record.label):
            self._choice(
                self.people_menu, record.label, "person", record.id, record.id in chosen.people
            )
        self.tags_menu.clear()
        for tag in case_marks.tags():
            self._choice(self.tags_menu, tag, "tag", tag, tag in chosen.tags)
        self.status_menu.clear()
        statuses = vocabularies.load("fact_status")
        for code in statuses.codes:
            self._choice(
                self.status_menu, statuses.label(code, self.language), "status", code,
                code in chosen.statuses,
            )  # fmt: skip
        for button, menu in (
            (self.people_button, self.people_menu),
            (self.tags_button, self.tags_menu),
        ):
            button.setEnabled(not menu.isEmpty())

    def _choice(self, menu: QMenu, text: str, what: str, code: str, checked: bool) -> None:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setData((what, code))
        action.toggled.connect(lambda _checked: self.apply())

    def _checked(self, menu: QMenu, what: str) -> frozenset[str]:
        return frozenset(
            action.data()[1]
            for action in menu.actions()
            if action.isCheckable() and action.isChecked() and action.data()[0] == what
        )

    def set_filter(self, mark_filter: MarkFilter) -> None:
        """Choose a filter in the controls (as the user would) and apply it."""
        self.mark_filter = mark_filter
        # In words, as the user would type them; they read back to the same EDTF.
        for field, value in (
            (self.start_field, mark_filter.start),
            (self.end_field, mark_filter.end),
        ):
            field.setText(datetext.describe(value, self.language) if value else "")
        if self.case_marks is not None:
            self._syncing = True
            try:
                self._rebuild_menus()
            finally:
                self._syncing = False
        self.apply()

    def clear_filters(self) -> None:
        self.set_filter(MarkFilter())

    def _filter_from_controls(self) -> MarkFilter | str:
        """The filter the controls describe, or what is wrong with a date typed in them."""
        edges = []
        for field in (self.start_field, self.end_field):
            text = field.text().strip()
            try:
                edges.append(dateinput.to_edtf(text, self.language) if text else "")
            except InvalidInput as error:
                return self.tr("That date was not understood: {0}").format(core_message(error))
        try:
            return MarkFilter(
                groups=self._checked(self.types_menu, "group"),
                types=self._checked(self.types_menu, "type"),
                people=self._checked(self.people_menu, "person"),
                tags=self._checked(self.tags_menu, "tag"),
                statuses=self._checked(self.status_menu, "status"),
                start=edges[0],
                end=edges[1],
            )
        except InvalidInput as error:
            return self.tr("That date range does not work: {0}").format(core_message(error))

    # -- showing ----------------------------------------------------------------------------

    def apply(self, *, fit: bool = False) -> None:
        """Read the controls, then redraw the chart and the list with what passes the filter."""
        if self._syncing or self.case_marks is None:
            return
        made = self._filter_from_controls()
        problem = made if isinstance(made, str) else ""
        if not problem:
            assert isinstance(made, MarkFilter)
            self.mark_filter = made
        content = build_content(
            self.case_marks,
            self.mark_filter,
            lanes=self.lanes.currentData(),
            language=self.language,
            words=self.words,
        )
        self.canvas.set_content(content, fit=fit)
        self.model.set_rows([self._row(mark) for mark in content.marks], headers=self._headers())
        self.list.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.list.setColumnWidth(column, min(self.list.columnWidth(column), 160))
        self._select_in_list(sorted(self.canvas.selected))
        self._describe(content.marks, problem)

    def _describe(self, shown: list[Mark], problem: str) -> None:
        assert self.case_marks is not None
        total = len(self.case_marks.marks)
        chosen = self.mark_filter
        parts = [self.tr("Showing {0} of {1}").format(len(shown), total)]
        language = self.language
        if chosen.groups or chosen.types:
            labels = vocabularies.load("incident_types")
            names = [self.words.group_title(code, language) for code in sorted(chosen.groups)]
            names += [labels.label(code, language) for code in sorted(chosen.types)]
            parts.append(self.tr("types: {0}").format(", ".join(names)))
        if chosen.people:
            names = [self.case_marks.person_name(person_id) for person_id in chosen.people]
            parts.append(self.tr("people: {0}").format(", ".join(sorted_by_name(names))))
        if chosen.tags:
            parts.append(self.tr("tags: {0}").format(", ".join(sorted_by_name(chosen.tags))))
        if chosen.statuses:
            statuses = vocabularies.load("fact_status")
            names = [statuses.label(code, language) for code in sorted(chosen.statuses)]
            parts.append(self.tr("fact status: {0}").format(", ".join(names)))
        if chosen.start or chosen.end:
            start = datetext.describe(chosen.start, language) if chosen.start else "…"
            end = datetext.describe(chosen.end, language) if chosen.end else "…"
            parts.append(self.tr("dates: {0} to {1}").format(start, end))
        if chosen.is_clear:
            parts.append(self.tr("no filter"))
        text = " · ".join(parts)
        if problem:
            text = problem + " " + text
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #A50F15;" if problem else "")
        self.clear_button.setEnabled(not chosen.is_clear or bool(problem))

    def filter_summary(self) -> str:
        return self.summary.text()

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Title"),
            self.tr("What"),
            self.tr("Risk"),
            self.tr("Status"),
        ]

    def _row(self, mark: Mark) -> Row:
        language = self.language
        when = datetext.describe(mark.date, language) if mark.date else self.tr("date unknown")
        if mark.kind == "interview":
            what = self.tr("Interview")
        elif mark.kind == "evidence":
            what = self.tr("Evidence acquired")
        else:
            what = vocabularies.load("incident_types").label(mark.type, language)
        risk = vocabularies.load("risk_levels").label(mark.risk, language) if mark.risk else ""
        status = (
            vocabularies.load("fact_status").label(mark.fact_status, language)
            if mark.fact_status
            else ""
        )
        return Row(mark.record_id, (when, mark.label, what, risk, status))

    # -- keeping the chart and the list in step ---------------------------------------------

    def selected_ids(self) -> list[str]:
        return sorted(self.canvas.selected)

    def _chosen_in_list(self) -> None:
        if self._syncing:
            return
        rows = sorted({index.row() for index in self.list.selectionModel().selectedRows()})
        ids = [self.model.index(row, 0).data(RecordIdRole) for row in rows]
        current = self.list.currentIndex()
        first = current.data(RecordIdRole) if current.isValid() else None
        ordered = [first, *[i for i in ids if i != first]] if first in ids else ids
        self.canvas.set_selection(ordered, reveal=True)

    def _chosen_in_chart(self, record_ids: list[str]) -> None:
        self._select_in_list(record_ids)

    def _select_in_list(self, record_ids: list[str]) -> None:
        self._syncing = True
        try:
            wanted = set(record_ids)
            selection = QItemSelection()
            first = None
            for row in range(self.model.rowCount()):
                index = self.model.index(row, 0)
                if index.data(RecordIdRole) in wanted:
                    last = self.model.index(row, self.model.columnCount() - 1)
                    selection.select(index, last)
                    first = first or index
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.list.selectionModel().select(selection, flags)
            if first is not None:
                self.list.scrollTo(first)
                self.list.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._syncing = False

    # -- export -----------------------------------------------------------------------------

    def export(self, image_format: str) -> None:
        """Ask for a title and size, then a file; write the view as a picture for reports."""
        if self.case_marks is None:
            return
        dialog = ExportDialog(self, self.case_marks, image_format, self.canvas.size())
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        chosen = ask_for_paths(
            self,
            self.tr("Export the timeline"),
            mode=QFileDialog.FileMode.AnyFile,
            accept=QFileDialog.AcceptMode.AcceptSave,
        )
        if not chosen:
            return
        path = Path(chosen[0])
        if path.suffix.lower() != f".{image_format}":
            path = path.with_name(path.name + f".{image_format}")
        try:
            export_view(
                path,
                self._session.notebook,
                self.case_marks,
                self.mark_filter,
                lanes=self.lanes.currentData(),
                language=self.language,
                first_minute=self.canvas.view.first_minute,
                last_minute=self.canvas.last_minute,
                width=dialog.width_box.value(),
                height=dialog.height_box.value(),
                title=dialog.title_field.text(),
            )
        except (NotebookError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Export image"),
                self.tr("The picture was not written: {0}").format(core_message(error)),
            )
