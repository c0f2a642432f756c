"""Read-only tables for a row's history: audit trail and maintenance records."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.services.audit import HistoryLine
from app.services.schemas import LABELS
from app.ui.labels import fmt_date

# A row's history is a few dozen lines at most, so a plain table widget is fine here.


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("History", "Created"),
        "update": QCoreApplication.translate("History", "Edited"),
        "move": QCoreApplication.translate("History", "Moved"),
        "delete": QCoreApplication.translate("History", "Deleted"),
        "restore": QCoreApplication.translate("History", "Restored"),
        "maintenance": QCoreApplication.translate("History", "Maintenance"),
        "import": QCoreApplication.translate("History", "Imported"),
        "lend": QCoreApplication.translate("History", "Lent"),
        "return": QCoreApplication.translate("History", "Returned"),
        "cancel_loan": QCoreApplication.translate("History", "Loan cancelled"),
        "dispose": QCoreApplication.translate("History", "Disposed of"),
        "split": QCoreApplication.translate("History", "Split off"),
        "transfer_in": QCoreApplication.translate("History", "Received from another school"),
        "transfer_out": QCoreApplication.translate("History", "Sent to another school"),
    }.get(action, action)


def _value(value: Any) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return fmt_date(date.fromisoformat(value))
    return str(value)


def describe_changes(changes: dict[str, Any]) -> str:
    """ "Đơn giá: 12500000 → 12000000; Phòng: P.TH1 → —" (ids left out)."""
    parts = []
    for key, value in changes.items():
        if key.endswith("_id") or not (isinstance(value, list) and len(value) == 2):
            continue
        name = LABELS.get(key, "Phòng" if key == "room" else key)
        parts.append(f"{name}: {_value(value[0])} → {_value(value[1])}")
    return "; ".join(parts)


def make_table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def history_table(lines: list[HistoryLine]) -> QTableWidget:
    headers = [
        QCoreApplication.translate("History", "When"),
        QCoreApplication.translate("History", "Who"),
        QCoreApplication.translate("History", "Action"),
        QCoreApplication.translate("History", "What"),
        QCoreApplication.translate("History", "Changes"),
    ]
    rows = [
        [fmt_date(h.at), h.actor, action_label(h.action), h.summary, describe_changes(h.changes)]
        for h in lines
    ]
    return make_table(headers, rows)
