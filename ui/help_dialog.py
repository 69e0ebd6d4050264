"""Help: the guide in the interface's language, and the keyboard shortcuts of the real actions.

The guide is shown once by itself, at the first start; whether it has been is the one thing
remembered about it (a QSettings boolean, nothing else).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from . import guide as guides
from .shortcuts import Shortcut

GUIDE_SHOWN_KEY = "help/guide_shown"
SectionIdRole = Qt.ItemDataRole.UserRole + 20  # on the list of sections: the heading's id


def guide_was_shown(settings: QSettings | None = None) -> bool:
    stored = settings if settings is not None else QSettings()
    return stored.value(GUIDE_SHOWN_KEY, False, type=bool)


def remember_guide_shown(settings: QSettings | None = None) -> None:
    stored = settings if settings is not None else QSettings()
    stored.setValue(GUIDE_SHOWN_KEY, True)
    stored.sync()


class GuideBrowser(QTextBrowser):
    """Shows the guide and goes nowhere else: a link that is not `#id` inside it does nothing,
    and no resource (image, stylesheet, file) is ever loaded from outside the text."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> bool:
        """Scroll to `#id`; refuse anything with a scheme, a host or a path."""
        if url.scheme() or url.host() or url.path() or not url.fragment():
            return False
        self.scrollToAnchor(url.fragment())
        return True

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


class HelpDialog(QDialog):
    """Two tabs: the guide, with its sections listed beside it, and the shortcuts list.

    `language` and `shortcuts` are asked again at each `retranslate`, `menu_names` at each
    showing of the guide: they come from the window, so they say what it says now.
    """

    GUIDE_TAB, SHORTCUTS_TAB = 0, 1

    def __init__(
        self,
        parent: QWidget | None,
        *,
        language: Callable[[], str],
        shortcuts: Callable[[], list[Shortcut]],
        menu_names: Callable[[], Mapping[str, str]] = dict,
        notes: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._shortcuts = shortcuts
        self._menu_names = menu_names
        self._notes = notes
        self.guide: guides.Guide | None = None
        self.sections = QListWidget()
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sections.setSpacing(2)
        self.sections.currentItemChanged.connect(self._go_to_section)
        self.browser = GuideBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 600])
        self.shortcut_table = QTableWidget(0, 3)
        self.shortcut_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcut_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortcut_table.verticalHeader().hide()
        self.shortcut_table.setWordWrap(True)
        header = self.shortcut_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.shortcut_notes = QLabel()
        self.shortcut_notes.setWordWrap(True)
        shortcuts_page = QWidget()
        shortcuts_column = QVBoxLayout(shortcuts_page)
        shortcuts_column.addWidget(self.shortcut_table, 1)
        shortcuts_column.addWidget(self.shortcut_notes)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(shortcuts_page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.buttons)
        self.resize(900, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help"))
        self.tabs.setTabText(self.GUIDE_TAB, self.tr("&Guide"))
        self.tabs.setTabText(self.SHORTCUTS_TAB, self.tr("&Keyboard shortcuts"))
        self.sections.setAccessibleName(self.tr("Sections of the guide"))
        self.browser.setAccessibleName(self.tr("Guide"))
        self.shortcut_table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.shortcut_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Keys"), self.tr("Where")]
        )
        self.show_guide_text()
        self.fill_shortcuts()

    # -- the guide --------------------------------------------------------------------------

    def show_guide_text(self) -> None:
        """Load the guide in the current language; keep the section on show if there is one."""
        current = self.sections.currentItem()
        keep = current.data(SectionIdRole) if current is not None else None
        self.guide = guides.load(self._language())
        self.browser.setMarkdown(self.guide.rendered(self._menu_names()))
        self._name_headings()
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in self.guide.sections:
            if section.level != 2:
                continue
            item = QListWidgetItem(section.title)
            item.setData(SectionIdRole, section.id)
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        if keep:
            self.go_to(keep)

    def _name_headings(self) -> None:
        """Give each heading its id as an anchor name, in order, so `#id` finds it."""
        assert self.guide is not None
        ids = iter(self.guide.section_ids)
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                section_id = next(ids, None)
                if section_id is None:
                    break
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([section_id])
                cursor.mergeCharFormat(anchor)
            block = block.next()

    def heading_ids(self) -> list[str]:
        """The anchor names the shown document holds, in order (for tests)."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                fragment = next(iter(block), None)
                if fragment is not None:
                    found += fragment.fragment().charFormat().anchorNames()
            block = block.next()
        return found

    def go_to(self, section_id: str) -> None:
        self.tabs.setCurrentIndex(self.GUIDE_TAB)
        for row in range(self.sections.count()):
            if self.sections.item(row).data(SectionIdRole) == section_id:
                self.sections.blockSignals(True)
                self.sections.setCurrentRow(row)
                self.sections.blockSignals(False)
        self.browser.scrollToAnchor(section_id)

    def _go_to_section(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.browser.scrollToAnchor(item.data(SectionIdRole))

    # -- the shortcuts ----------------------------------------------------------------------

    def fill_shortcuts(self) -> None:
        rows = self._shortcuts()
        self.shortcut_table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate((row.name, row.keys, row.where)):
                self.shortcut_table.setItem(number, column, QTableWidgetItem(text))
        self.shortcut_table.resizeRowsToContents()
        self.shortcut_notes.setText("\n\n".join(self._notes()))

    def listed_shortcuts(self) -> list[tuple[str, str]]:
        """(name, keys) of each row on show."""
        table = self.shortcut_table
        return [
            (table.item(row, 0).text(), table.item(row, 1).text())
            for row in range(table.rowCount())
        ]

    # -- showing ----------------------------------------------------------------------------

    def show_tab(self, tab: int) -> None:
        """Bring the dialog up (again) on `tab`, with what the window says now."""
        self.show_guide_text()
        self.fill_shortcuts()
        self.tabs.setCurrentIndex(tab)
        self.show()
        self.raise_()
        self.activateWindow()
        widget = self.browser if tab == self.GUIDE_TAB else self.shortcut_table
        widget.setFocus()
