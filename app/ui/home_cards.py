"""The home screen's attention cards of the daily work: overdue loans and maintenance
due, each with its first few lines. Each is read off the UI thread and opens its page
when clicked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models.base import utcnow
from app.services.loans import LoanCounts, LoanRow, loan_counts, overdue_loans
from app.services.maintenance_tasks import DueTask, due_task_counts, due_tasks
from app.services.register import Register
from app.ui.due_tasks_dialog import lateness
from app.ui.home_page import ALERT, CALM, WARN, Attention, Card
from app.ui.labels import fmt_int
from app.ui.loans_page import late_by

SHOWN = 3  # lines listed on a card; its page has the rest
NAME_CHARS = 40  # a very long name is cut: a line takes two at most on a card


def _short(text: str) -> str:
    return text if len(text) <= NAME_CHARS else text[: NAME_CHARS - 1].rstrip() + "…"


def _listed(lines: list[str], total: int) -> str:
    """The first lines as bullets, and how many more the page holds."""
    text = "\n".join(f"• {line}" for line in lines)
    more = total - len(lines)
    if more > 0:
        text += "\n" + QCoreApplication.translate("HomeCards", "… and %n more", "", more)
    return text


@dataclass(frozen=True)
class OverdueLoans:
    counts: LoanCounts
    first: list[LoanRow]  # the longest overdue


def overdue_now(reg: Register) -> OverdueLoans:
    now = utcnow()
    return OverdueLoans(loan_counts(reg, now), overdue_loans(reg, now, limit=SHOWN))


def loans_attention() -> Attention:
    def show(card: Card, o: OverdueLoans) -> None:
        c, now = o.counts, utcnow()
        detail = (
            QCoreApplication.translate("HomeCards", "%n loan(s) still out", "", c.open)
            + "\n"
            + QCoreApplication.translate("HomeCards", "%n due within two hours", "", c.due_soon)
        )
        lines = [
            _short(f"{loan.borrower_name} – {loan.item_name}")
            + " ("
            + QCoreApplication.translate("HomeCards", "late by %1").replace(
                "%1", late_by(now - loan.due_at)
            )
            + ")"
            for loan in o.first
            if loan.due_at is not None
        ]
        if lines:
            detail += "\n" + _listed(lines, c.overdue)
        card.show_figure(fmt_int(c.overdue), detail, ALERT if c.overdue else CALM)

    return Attention(
        QCoreApplication.translate("HomeCards", "Overdue loans"), "loans", overdue_now, show
    )


@dataclass(frozen=True)
class DueMaintenance:
    due: int  # due today or earlier
    overdue: int  # due before today
    coming: int  # not due yet, due within 30 days
    first: list[DueTask]  # the most overdue


def due_maintenance(reg: Register, on: date | None = None) -> DueMaintenance:
    today = on or date.today()
    counts = due_task_counts(reg, today)
    return DueMaintenance(
        due=counts.due,
        overdue=counts.overdue,
        coming=counts.within_30_days - counts.due,
        first=due_tasks(reg, today, limit=SHOWN),
    )


def maintenance_attention() -> Attention:
    def show(card: Card, d: DueMaintenance) -> None:
        detail = (
            QCoreApplication.translate("HomeCards", "%n overdue", "", d.overdue)
            + "\n"
            + QCoreApplication.translate("HomeCards", "%n more due within 30 days", "", d.coming)
        )
        lines = [f"{_short(f'{t.asset_code} {t.name}')} ({lateness(t)})" for t in d.first]
        if lines:
            detail += "\n" + _listed(lines, d.due)
        colour = ALERT if d.overdue else WARN if d.due else CALM
        card.show_figure(fmt_int(d.due), detail, colour)

    return Attention(
        QCoreApplication.translate("HomeCards", "Maintenance due"), "plans", due_maintenance, show
    )
