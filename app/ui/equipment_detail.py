"""An equipment item's page: its details, maintenance and full history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import audit
from app.services import equipment as equipment_service
from app.services.maintenance import MaintenanceQuery, maintenance_ids, maintenance_rows
from app.services.reference import room_type_name
from app.services.register import Register
from app.ui.forms.equipment_form import EquipmentForm
from app.ui.forms.maintenance_form import MaintenanceForm
from app.ui.history_view import history_table, make_table
from app.ui.hub import Hub
from app.ui.labels import fmt_date, fmt_int, fmt_money, label
from app.ui.loans_page import item_loans_table


class EquipmentDetail(QDialog):
    def __init__(self, reg: Register, hub: Hub, item_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.reg = reg
        self.hub = hub
        self.item_id = item_id
        self.resize(760, 520)
        self.tabs = QTabWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.edit_button = buttons.addButton(
            self.tr("&Edit…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.maint_button = buttons.addButton(
            self.tr("Record &maintenance…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.clicked.connect(self.edit)
        self.maint_button.clicked.connect(self.add_maintenance)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        item = equipment_service.get_equipment(self.reg, self.item_id)
        self.item = item
        self.setWindowTitle(f"{item.asset_code} – {item.name}")
        deleted = "  [" + self.tr("deleted") + "]" if item.deleted_at else ""
        self.title.setText(f"{item.asset_code} – {item.name}{deleted}")
        self.edit_button.setEnabled(item.deleted_at is None)
        self.maint_button.setEnabled(item.deleted_at is None)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tabs.addTab(self._details(), self.tr("Details"))
        self.tabs.addTab(self._maintenance(), self.tr("Maintenance"))
        self.tabs.addTab(
            history_table(audit.history(self.reg, "equipment", item.id)), self.tr("History")
        )
        self.tabs.addTab(item_loans_table(self.reg, item.id), self.tr("Loans"))
        self.tabs.setCurrentIndex(max(current, 0))

    def _details(self) -> QWidget:
        item = self.item
        room = item.room
        room_text = "—"
        if room is not None:
            room_text = f"{room.code} – {room.name}"
            if room.subject_type:
                room_text += f" ({room_type_name(room.subject_type)})"
        page = QWidget()
        form = QFormLayout(page)
        pairs = [
            (self.tr("Category"), label(item.category)),
            (self.tr("Room"), room_text),
            (self.tr("Status"), label(item.status)),
            (self.tr("Subject / grades"), " / ".join(p for p in (item.subject, item.grades) if p)),
            (self.tr("Catalogue code"), item.catalogue_code),
            (self.tr("Quantity"), f"{fmt_int(item.quantity)} {item.unit}"),
            (
                self.tr("By condition"),
                self.tr("good %1, minor damage %2, broken %3, lost %4")
                .replace("%1", str(item.qty_good))
                .replace("%2", str(item.qty_minor_damage))
                .replace("%3", str(item.qty_broken))
                .replace("%4", str(item.qty_lost)),
            ),
            (self.tr("Unit price"), fmt_money(item.unit_price)),
            (self.tr("Total value"), fmt_money(item.total_value)),
            (self.tr("Funding source"), label(item.funding_source)),
            (self.tr("Acquired on"), fmt_date(item.acquired_on)),
            (self.tr("In service since"), fmt_date(item.in_service_on)),
            (self.tr("Warranty until"), fmt_date(item.warranty_until)),
            (self.tr("Brand / model"), " / ".join(p for p in (item.brand, item.model) if p)),
            (self.tr("Serial number"), item.serial),
            (
                self.tr("Origin / supplier"),
                " / ".join(p for p in (item.origin, item.supplier) if p),
            ),
            (self.tr("Notes"), item.notes),
        ]
        for caption, value in pairs:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            form.addRow(caption, text)
        return page

    def _maintenance(self) -> QWidget:
        ids = maintenance_ids(self.reg, MaintenanceQuery(equipment_id=self.item_id))
        rows = maintenance_rows(self.reg, ids)
        headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Done by"),
            self.tr("Cost"),
            self.tr("Result"),
            self.tr("Next due"),
            self.tr("What was done"),
        ]
        return make_table(
            headers,
            [
                [
                    fmt_date(r.performed_on),
                    label(r.kind),
                    r.performed_by,
                    fmt_money(r.cost),
                    label(r.result),
                    fmt_date(r.next_due_on),
                    r.description,
                ]
                for r in (rows[i] for i in ids)
            ],
        )

    def edit(self) -> None:
        form = EquipmentForm(self.reg, self.item, parent=self)
        if form.exec():
            self.hub.changed.emit("equipment", [self.item_id])
            self.reload()

    def add_maintenance(self) -> None:
        form = MaintenanceForm(self.reg, equipment=self.item, parent=self)
        if form.exec():
            self.hub.changed.emit("maintenance", [form.saved_result.id])
            self.reload()
