"""A table model that holds only the ids of a SQL query and loads rows as they are shown.

With 100,000 items the model keeps 100,000 short strings; the rows themselves are
fetched a page at a time when the view first asks for them, and sorting re-queries
SQL with another ORDER BY (no proxy model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

PAGE = 200
CACHE_LIMIT = 4000

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str  # also the sort key given to fetch_ids
    header: str
    text: Callable[[Any], str]
    align_right: bool = False
    sortable: bool = True
    visible: bool = True
    width: int = 0
    warn: Callable[[Any], bool] | None = None  # paint this cell red when true


@dataclass
class Source:
    """How the model gets its data: ids in order, then rows for some ids."""

    fetch_ids: Callable[[str, bool], list[str]]
    fetch_rows: Callable[[Sequence[str]], dict[str, Any]]
    is_muted: Callable[[Any], bool] = field(default=lambda row: False)


class IdTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], source: Source, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.source = source
        self._ids: list[str] = []
        self._rows: dict[str, Any] = {}
        self._sort_key = columns[0].key
        self._descending = False

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-run the query (filters or data changed); rows are fetched lazily again."""
        ids = self.source.fetch_ids(self._sort_key, self._descending)
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def reload_ids(self, ids: Sequence[str]) -> None:
        """Some rows changed in place: drop them from the cache and repaint them."""
        for item_id in ids:
            self._rows.pop(item_id, None)
            try:
                row = self._ids.index(item_id)
            except ValueError:
                continue
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _row(self, row: int) -> Any:
        item_id = self._ids[row]
        cached = self._rows.get(item_id)
        if cached is not None:
            return cached
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        start = max(0, row - PAGE // 4)
        page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        self._rows.update(self.source.fetch_rows(page))
        return self._rows.get(item_id)

    # -- ids and rows for the views -----------------------------------------------------

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: str) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> Any:
        return self._row(row) if 0 <= row < len(self._ids) else None

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_sort(self, key: str, descending: bool) -> None:
        """Choose the order without querying (the next refresh uses it)."""
        self._sort_key = key
        self._descending = descending

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._row(index.row())
            return "" if row is None else self.columns[index.column()].text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.columns[index.column()].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self._row(index.row())
            if row is not None and self.source.is_muted(row):
                return QBrush(QColor("#8a8a8a"))
            warn = self.columns[index.column()].warn
            if row is not None and warn is not None and warn(row):
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].sortable:
            return
        self._sort_key = self.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
