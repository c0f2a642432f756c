"""Sync settings: join the district server once, sync now, review conflicts and refused
changes, and carry the changes on a USB stick when there is no network."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.register import Register
from app.sync import state
from app.sync.client import SyncClient
from app.ui.history_view import make_table
from app.ui.hub import Hub
from app.ui.labels import fmt_date
from app.ui.sync_controller import SyncController
from app.ui.usb_sync import UsbSync


def _value(value: object) -> str:
    return "—" if value in (None, "") else str(value)


class SyncDialog(QDialog):
    def __init__(
        self, reg: Register, controller: SyncController, hub: Hub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reg = reg
        self.controller = controller
        self.hub = hub
        self.setWindowTitle(self.tr("Sync with the district"))
        self.resize(760, 560)

        server_box = QGroupBox(self.tr("District server"))
        form = QFormLayout(server_box)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://sotb.pgd-….edu.vn")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKMN")
        self.device_name = QLineEdit(self.tr("Equipment room PC"))
        self.enroll_button = QPushButton(self.tr("&Connect this PC"))
        self.enroll_button.clicked.connect(self.enroll)
        self.enrolled_label = QLabel()
        self.enrolled_label.setWordWrap(True)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("One-time code"), self.code)
        form.addRow(self.tr("Name of this PC"), self.device_name)
        form.addRow("", self.enroll_button)
        form.addRow(self.enrolled_label)

        status_box = QGroupBox(self.tr("Status"))
        status = QVBoxLayout(status_box)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.clicked.connect(controller.sync_now)
        self.export_button = QPushButton(self.tr("&Export USB file…"))
        self.usb = UsbSync(controller, self)
        self.export_button.clicked.connect(lambda: self.usb.export(self))
        self.import_button = QPushButton(self.tr("&Import reply file…"))
        self.import_button.clicked.connect(lambda: self.usb.import_reply(self))
        for button in (self.sync_button, self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        status.addWidget(self.status_label)
        status.addLayout(buttons)

        self.tabs = QTabWidget()
        self.conflict_page = QWidget()
        self.rejected_page = QWidget()
        self.tabs.addTab(self.conflict_page, "")
        self.tabs.addTab(self.rejected_page, "")
        QVBoxLayout(self.conflict_page)
        QVBoxLayout(self.rejected_page)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(server_box)
        layout.addWidget(status_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

        controller.status_changed.connect(self.refresh)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        settings = state.load(self.reg)
        self.url.setText(self.url.text() or settings.server_url)
        if settings.enrolled:
            self.enrolled_label.setText(
                self.tr("This PC is connected (device %1). A new code connects it again.").replace(
                    "%1", settings.device_id[:8]
                )
            )
        else:
            self.enrolled_label.setText(
                self.tr("Ask the district office for the server address and a one-time code.")
            )
        st = self.controller.status()
        lines = [self.tr("%n change(s) waiting to be sent.", "", st.pending)]
        if settings.last_sync_at:
            lines.append(self.tr("Last sync: %1").replace("%1", fmt_date(settings.last_sync_at)))
        if settings.last_error:
            lines.append(self.tr("Last error: %1").replace("%1", settings.last_error))
        warning = settings.clock_warning()
        if warning:
            lines.append(warning)
        if st.running:
            lines.append(self.tr("Syncing…"))
        self.status_label.setText("\n".join(lines))
        self.sync_button.setEnabled(settings.enrolled and not st.running)
        self.export_button.setEnabled(settings.enrolled)
        self.import_button.setEnabled(settings.enrolled)
        self._fill_reviews()

    def _fill_reviews(self) -> None:
        conflicts = state.conflicts(self.reg)
        rejected = state.rejected(self.reg)
        self.tabs.setTabText(
            0, self.tr("Conflicts to review (%1)").replace("%1", str(len(conflicts)))
        )
        self.tabs.setTabText(1, self.tr("Refused changes (%1)").replace("%1", str(len(rejected))))
        self.conflict_table = make_table(
            [
                self.tr("When"),
                self.tr("Table"),
                self.tr("Column"),
                self.tr("This PC's value"),
                self.tr("District's value (kept)"),
            ],
            [
                [
                    fmt_date(c.recorded_at),
                    c.table_name,
                    c.column_name,
                    _value(c.local_value),
                    _value(c.server_value),
                ]
                for c in conflicts
            ],
        )
        self.rejected_table = make_table(
            [self.tr("When"), self.tr("Table"), self.tr("Reason")],
            [[fmt_date(r.recorded_at), r.table_name, r.message or r.reason] for r in rejected],
        )
        self._conflict_ids = [c.id for c in conflicts]
        self._rejected_ids = [r.id for r in rejected]
        self._set_page(
            self.conflict_page,
            self.conflict_table,
            self.tr("Mark all as reviewed"),
            lambda: self._settle(state.resolve_conflicts, self._conflict_ids),
        )
        self._set_page(
            self.rejected_page,
            self.rejected_table,
            self.tr("Dismiss all"),
            lambda: self._settle(state.dismiss_rejected, self._rejected_ids),
        )

    def _set_page(self, page: QWidget, table: QTableWidget, action: str, slot) -> None:  # type: ignore[no-untyped-def]
        layout = page.layout()
        assert layout is not None
        while (item := layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        layout.addWidget(table)
        button = QPushButton(action)
        button.setEnabled(table.rowCount() > 0)
        button.clicked.connect(slot)
        layout.addWidget(button)

    def _settle(self, action, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
        action(self.reg, ids)
        self.controller.status_changed.emit()

    # -- actions ---------------------------------------------------------------------------

    def enroll(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self._warn(self.tr("Enter the server address and the one-time code."))
            return
        self.enroll_button.setEnabled(False)
        client = SyncClient(self.reg)
        name = self.device_name.text().strip()
        self.controller.runner.run(
            lambda _p: client.enroll(url, code, name),
            self._enrolled,
            self._enroll_failed,
            parent=self,
            label=self.tr("Connecting to the district server…"),
        )

    def _enrolled(self, answer: object) -> None:
        self.enroll_button.setEnabled(True)
        self.code.clear()
        self.hub.changed.emit("school", [])
        self.controller.start()
        self.controller.sync_now()
        self.refresh()

    def _enroll_failed(self, exc: Exception) -> None:
        self.enroll_button.setEnabled(True)
        self._warn(exc.message if isinstance(exc, ServiceError) else str(exc))

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)
