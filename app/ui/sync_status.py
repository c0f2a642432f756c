"""The status bar's sync indicator: pending changes, their age, last sync, errors.

A queue stuck silently is the classic offline-sync failure, so an old queue or an error
is shown in red, and a wrong PC clock in orange."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.labels import fmt_date
from app.ui.sync_controller import SyncController, SyncStatus

STUCK_AFTER = timedelta(days=2)


class SyncIndicator(QLabel):
    clicked = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sync_indicator")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextFormat(Qt.TextFormat.PlainText)
        controller.status_changed.connect(self.refresh)
        controller.failed.connect(lambda _m: self.refresh())
        controller.progress.connect(self.show_progress)
        self.refresh()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)

    def show_progress(self, done: int, total: int) -> None:
        """A long first sync: how far it has got."""
        self.setText(
            self.tr("Sync: syncing… %1/%2").replace("%1", str(done)).replace("%2", str(total))
        )

    def refresh(self) -> None:
        status = self.controller.status()
        text, colour, tip = self.describe(status)
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(f"color: {colour}; padding: 0 6px;" if colour else "padding: 0 6px;")

    def describe(self, status: SyncStatus) -> tuple[str, str, str]:
        settings = status.last_sync
        if not status.enrolled:
            return (
                self.tr("Sync: not set up"),
                "#555",
                self.tr("Click to connect this PC to the district server."),
            )
        parts = []
        if status.running:
            parts.append(self.tr("Syncing…"))
        if status.pending:
            age = ""
            if status.oldest_pending is not None:
                age = " " + self._age(status.oldest_pending)
            parts.append(self.tr("%n change(s) waiting", "", status.pending) + age)
        else:
            parts.append(self.tr("All sent"))
        if settings.last_sync_at is not None:
            parts.append(self.tr("last sync %1").replace("%1", fmt_date(settings.last_sync_at)))
        if status.conflicts or status.rejected:
            parts.append(self.tr("%n to review", "", status.conflicts + status.rejected))
        tip = [settings.last_error] if settings.last_error else []
        warning = settings.clock_warning()
        if warning:
            parts.append(self.tr("PC clock is wrong"))
            tip.append(warning)
        colour = ""
        stuck = status.oldest_pending is not None and status.oldest_pending > STUCK_AFTER
        if settings.last_error or stuck:
            colour = "#b3261e"
            if settings.last_error:
                parts.append(self.tr("error"))
        elif warning or status.conflicts or status.rejected:
            colour = "#b26a00"
        return (self.tr("Sync: ") + " · ".join(parts), colour, "\n".join(tip))

    def _age(self, age: timedelta) -> str:
        hours = int(age.total_seconds() // 3600)
        if hours < 1:
            return self.tr("(oldest under an hour)")
        if hours < 48:
            return self.tr("(oldest %n hour(s))", "", hours)
        return self.tr("(oldest %n day(s))", "", hours // 24)
