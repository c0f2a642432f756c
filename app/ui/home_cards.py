"""The home screen's attention cards of the daily work: overdue loans and maintenance
due. Each is read off the UI thread and opens its page when clicked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from app.services.loans import LoanCounts, loan_counts
from app.services.maintenance_tasks import due_task_count
from app.services.register import Register
from app.ui.home_page import ALERT, CALM, WARN, Attention, Card
from app.ui.labels import fmt_int


def loans_attention() -> Attention:
    def show(card: Card, c: LoanCounts) -> None:
        detail = (
            QCoreApplication.translate("HomeCards", "%n loan(s) still out", "", c.open)
            + "\n"
            + QCoreApplication.translate("HomeCards", "%n due within two hours", "", c.due_soon)
        )
        card.show_figure(fmt_int(c.overdue), detail, ALERT if c.overdue else CALM)

    return Attention(
        QCoreApplication.translate("HomeCards", "Overdue loans"), "loans", loan_counts, show
    )


@dataclass(frozen=True)
class DueMaintenance:
    due: int  # due today or earlier
    overdue: int  # due before today
    coming: int  # not due yet, due within 30 days


def due_maintenance(reg: Register, on: date | None = None) -> DueMaintenance:
    today = on or date.today()
    due = due_task_count(reg, today)
    return DueMaintenance(
        due=due,
        overdue=due_task_count(reg, today - timedelta(days=1)),
        coming=due_task_count(reg, today + timedelta(days=30)) - due,
    )


def maintenance_attention() -> Attention:
    def show(card: Card, d: DueMaintenance) -> None:
        detail = (
            QCoreApplication.translate("HomeCards", "%n overdue", "", d.overdue)
            + "\n"
            + QCoreApplication.translate("HomeCards", "%n more due within 30 days", "", d.coming)
        )
        colour = ALERT if d.overdue else WARN if d.due else CALM
        card.show_figure(fmt_int(d.due), detail, colour)

    return Attention(
        QCoreApplication.translate("HomeCards", "Maintenance due"), "plans", due_maintenance, show
    )
