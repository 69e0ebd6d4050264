"""Qt item models over plain rows from the core: records of one section, and the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from .language import collator

RecordIdRole = Qt.ItemDataRole.UserRole + 1  # the record's id, for opening it
SortKeyRole = Qt.ItemDataRole.UserRole + 2  # what the column sorts by (dates sort by EDTF keys)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    """One line of a list: the cells as shown, how each sorts, and whose record it is."""

    record_id: str
    cells: tuple[str, ...]
    sort_keys: tuple[Any, ...] = ()


class RowTableModel(QAbstractTableModel):
    """A read-only table of `Row`s; the headers are given, the rows replaced as a whole."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row], headers: Sequence[str] | None = None) -> None:
        """Replace the rows (and, for another section, the columns) in one reset."""
        self.beginResetModel()
        self._rows = list(rows)
        if headers is not None:
            self._headers = list(headers)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()] if index.column() < len(row.cells) else None
        if role == RecordIdRole:
            return row.record_id
        if role == SortKeyRole:
            keys = row.sort_keys or row.cells
            return keys[index.column()] if index.column() < len(keys) else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CollatingSortProxy(QSortFilterProxyModel):
    """Sorts text alphabetically in the interface language (Kyrgyz ң after н, ё after е, case
    ignored); other sort keys (dates, sizes) as Qt compares them."""

    def lessThan(self, left: Index, right: Index) -> bool:
        first, second = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(first, str) and isinstance(second, str):
            return collator().compare(first, second) < 0
        return super().lessThan(left, right)
