"""Background sync: tries whenever the server may answer, backs off while it does not,
and never blocks the window. Its state feeds the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.register import Register
from app.sync import outbox_reader, state
from app.sync.client import SyncClient, SyncError, SyncReport
from app.ui.tasks import TaskRunner

FIRST_TRY_MS = 5_000
EVERY_MS = 5 * 60_000  # after a success
BACKOFF_MS = (30_000, 60_000, 120_000, 300_000, 900_000)  # after failures, then stays


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    running: bool
    pending: int
    oldest_pending: timedelta | None
    last_sync: state.SyncSettings
    conflicts: int
    rejected: int


class SyncController(QObject):
    status_changed = Signal()
    progress = Signal(int, int)  # changes sent or received so far, and of how many
    synced = Signal(object)  # SyncReport
    failed = Signal(str)

    def __init__(self, reg: Register, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.runner = TaskRunner()  # network work has its own thread, apart from edits
        self.running = False
        self.failures = 0
        self.client_factory = lambda: SyncClient(self.reg)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        if state.load(self.reg).enrolled:
            self.timer.start(FIRST_TRY_MS)
        self.status_changed.emit()

    def status(self) -> SyncStatus:
        settings = state.load(self.reg)
        conflicts, rejected = state.open_counts(self.reg)
        return SyncStatus(
            enrolled=settings.enrolled,
            running=self.running,
            pending=outbox_reader.pending_count(self.reg),
            oldest_pending=outbox_reader.oldest_pending_age(self.reg),
            last_sync=settings,
            conflicts=conflicts,
            rejected=rejected,
        )

    def sync_now(self) -> None:
        if self.running or not state.load(self.reg).enrolled:
            return
        self.running = True
        self.timer.stop()
        self.status_changed.emit()
        client = self.client_factory()
        self.runner.run(
            lambda progress: client.sync_once(lambda _stage, done, total: progress(done, total)),
            self._done,
            self._failed,
            on_progress=self.progress.emit,
        )

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.failures = 0
        self.timer.start(EVERY_MS)
        self.synced.emit(report)
        self.status_changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.failures += 1
        if isinstance(exc, SyncError) and exc.code in ("revoked", "not_enrolled"):
            self.timer.stop()  # retrying cannot help: the officer must act
        else:
            self.timer.start(BACKOFF_MS[min(self.failures, len(BACKOFF_MS)) - 1])
        message = exc.message if isinstance(exc, SyncError) else str(exc)
        self.failed.emit(message)
        self.status_changed.emit()
