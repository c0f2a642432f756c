"""Sync by USB stick, from the Sync menu and the sync dialog: write the school's file,
apply the district's reply.

Both run on the sync's own thread, so never beside a network sync and never on the UI
thread (a first file of a large register takes a while), with a progress dialog. An
applied reply is announced like a network sync (``SyncController.synced``), so every
screen refreshes the same way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.errors import ServiceError
from app.sync import bundle
from app.sync.apply import ApplyResult
from app.sync.client import SyncReport
from app.ui.sync_controller import SyncController


class UsbSync(QObject):
    def __init__(self, controller: SyncController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reg = controller.reg

    def export(self, window: QWidget) -> None:
        """Ask for a folder (the USB stick) and write the file of everything the district
        has not acknowledged."""
        folder = QFileDialog.getExistingDirectory(
            window, QCoreApplication.translate("UsbSync", "Folder on the USB stick")
        )
        if folder:
            self.write_to(Path(folder), window)

    def write_to(self, folder: Path, window: QWidget) -> None:
        def written(path: Path) -> None:
            self._tell(
                window,
                QCoreApplication.translate(
                    "UsbSync",
                    "Written %1. Take it to the district office; bring back their reply file.",
                ).replace("%1", str(path)),
            )

        self.controller.runner.run(
            lambda _p: bundle.write_bundle(folder, self.reg),
            written,
            lambda exc: self._warn(window, exc),
            parent=window,
            label=QCoreApplication.translate("UsbSync", "Writing the sync file…"),
        )

    def import_reply(self, window: QWidget) -> None:
        """Ask for the district's reply file and apply it."""
        name, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("UsbSync", "Reply file from the district"),
            "",
            QCoreApplication.translate("UsbSync", "Sync files (*.zip)"),
        )
        if name:
            self.read_from(Path(name), window)

    def read_from(self, path: Path, window: QWidget) -> None:
        def applied(result: ApplyResult) -> None:
            self.controller.synced.emit(
                SyncReport(conflicts=result.conflicts, pulled=result.applied)
            )
            self.controller.status_changed.emit()
            message = QCoreApplication.translate(
                "UsbSync", "Reply applied: %n change(s) from the district.", "", result.applied
            )
            if result.resent:
                message += "\n\n" + QCoreApplication.translate(
                    "UsbSync",
                    "The district's server had lost part of this school's data. The whole "
                    "register (%1 rows) goes again in the next sync file.",
                ).replace("%1", str(result.resent))
            self._tell(window, message)

        self.controller.runner.run(
            lambda _p: bundle.import_reply(self.reg, bundle.read_reply_bundle(path, self.reg)),
            applied,
            lambda exc: self._warn(window, exc),
            parent=window,
            label=QCoreApplication.translate("UsbSync", "Applying the district's reply…"),
        )

    def _tell(self, window: QWidget, message: str) -> None:
        QMessageBox.information(window, window.windowTitle(), message)

    def _warn(self, window: QWidget, exc: Exception) -> None:
        message = exc.message if isinstance(exc, ServiceError) else str(exc)
        QMessageBox.warning(window, window.windowTitle(), message)
