"""A dialog's short list of lines as a table model: a disposal's items, a handover's.

The rows are kept in memory (a few hundred at most); subclasses set ``headers`` and
give ``data``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
L = TypeVar("L")


class ShortListModel(QAbstractTableModel, Generic[L]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[L] = []
        self.headers: list[str] = []

    def set_lines(self, lines: list[L]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def add(self, line: L) -> None:
        self.beginInsertRows(NO_PARENT, len(self.lines), len(self.lines))
        self.lines.append(line)
        self.endInsertRows()

    def remove(self, rows: Sequence[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(NO_PARENT, row, row)
            del self.lines[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
