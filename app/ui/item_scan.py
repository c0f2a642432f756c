"""Picking register items by scanner or search, for the disposal and handover dialogs.

A USB scanner types the asset code and Enter: an exact code is taken at once. Any
other text is a search (accents optional): one match is taken, several open a picker
listing them (an ``IdTableModel`` over the register's own query, so a broad search of
100,000 items stays instant).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import equipment as equipment_service
from app.services.equipment_query import EquipmentLister, EquipmentQuery, equipment_rows
from app.services.register import Register
from app.ui.equipment_page import equipment_columns
from app.ui.id_table_model import IdTableModel, Source


class ItemPicker(QDialog):
    """The items matching a search, to choose one or several (Enter takes them)."""

    def __init__(
        self, reg: Register, ids: list[str], text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose items"))
        self.resize(760, 420)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        wanted = {"asset_code", "name", "room", "quantity", "unit", "qty_broken", "status"}
        columns = [c for c in equipment_columns() if c.key in wanted]
        self.model = IdTableModel(
            columns, Source(lambda _s, _d: ids, lambda some: equipment_rows(reg, some)), self
        )
        self.model.refresh()
        self.table.setModel(self.model)
        for i, col in enumerate(columns):
            self.table.setColumnWidth(i, max(col.width, 60))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        if ids:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("%n item(s) match «%1». Select and press Enter.", "", len(ids)).replace(
                    "%1", text
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()

    def chosen(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]


class ScanBox(QLineEdit):
    """A line edit that turns a scanned code or a search into item ids (``picked``)."""

    picked = Signal(list)
    not_found = Signal(str)

    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Scan the label or type an asset code or name, then Enter"))
        self._lister: EquipmentLister | None = None

    def resolve(self) -> None:
        text = self.text().strip()
        if not text:
            return
        ids = self.matching(text)
        if not ids:
            self.not_found.emit(text)
            self.selectAll()
            return
        if len(ids) > 1:
            picker = ItemPicker(self.reg, ids, text, self.window())
            if not picker.exec():
                self.selectAll()
                return
            ids = picker.chosen()
        self.clear()
        if ids:
            self.picked.emit(ids)

    def matching(self, text: str) -> list[str]:
        """An exact asset code first (what a scanner sends), else a search of the items
        in service."""
        item = equipment_service.find_by_asset_code(self.reg, text)
        if item is not None:
            return [item.id]
        if self._lister is None:
            lister = EquipmentLister(self.reg)
            self.destroyed.connect(lambda *_: lister.close())
            self._lister = lister
        return self._lister.ids(EquipmentQuery(text=text, in_service=True))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Enter must not also press the dialog's default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.resolve()
            event.accept()
            return
        super().keyPressEvent(event)
