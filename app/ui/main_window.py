"""The main window: navigation between the pages, menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__
from app.services.equipment_query import count_equipment
from app.services.register import Register
from app.sync.client import SyncReport
from app.ui.compliance_page import CompliancePage, compliance_attention
from app.ui.disposals_page import DisposalsPage
from app.ui.equipment_page import EquipmentPage
from app.ui.faults_page import FaultsPage
from app.ui.home_cards import loans_attention, maintenance_attention
from app.ui.home_page import HomePage, sync_summary
from app.ui.hub import Hub
from app.ui.inventory_page import InventoryPage
from app.ui.labels import with_grouped_count
from app.ui.list_page import ListPage
from app.ui.loans_page import LoansPage
from app.ui.maintenance_page import MaintenancePage
from app.ui.plans_page import PlansPage
from app.ui.reports_menu import ReportActions
from app.ui.room_usage_page import RoomUsagePage
from app.ui.rooms_page import RoomsPage
from app.ui.settings_dialog import SettingsDialog
from app.ui.sync_controller import SyncController
from app.ui.sync_dialog import SyncDialog
from app.ui.sync_status import SyncIndicator
from app.ui.transfers_page import TransfersPage
from app.ui.usb_sync import UsbSync

# What a pulled sync may have changed: every screen that shows one of these refreshes.
PULLED_ENTITIES = (
    "equipment",
    "room",
    "maintenance",
    "maintenance_plan",
    "fault_report",
    "loan",
    "room_usage",
    "inventory_count",
    "disposal",
    "transfer",
    "school",
)


class MainWindow(QMainWindow):
    def __init__(self, reg: Register) -> None:
        super().__init__()
        self.reg = reg
        self.hub = Hub(self)
        school = reg.school()
        self.setWindowTitle(f"{APP_NAME} – {school.name}")
        self.resize(1280, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; border: none; background: #f2f4f7; }"
            "QListWidget::item { padding: 10px 12px; }"
            "QListWidget::item:selected { background: #1d4f91; color: white; }"
        )
        self.stack = QStackedWidget()
        # The sync controller first: the home page's sync card reads its status.
        self.sync = SyncController(reg, self)
        self.sync_indicator = SyncIndicator(self.sync)
        self.home_page = HomePage(
            reg,
            self.hub,
            sync_summary(lambda: self.sync_indicator.describe(self.sync.status())),
            [loans_attention(), maintenance_attention(), compliance_attention()],
        )
        with ListPage.built_lazily():  # each list loads when first shown
            self.equipment_page = EquipmentPage(reg, self.hub)
            self.rooms_page = RoomsPage(reg, self.hub)
            self.maintenance_page = MaintenancePage(reg, self.hub)
            self.disposals_page = DisposalsPage(reg, self.hub)
            self.transfers_page = TransfersPage(reg, self.hub)
            self.loans_page = LoansPage(reg, self.hub)
            self.room_usage_page = RoomUsagePage(reg, self.hub)
            self.plans_page = PlansPage(reg, self.hub)
            self.faults_page = FaultsPage(reg, self.hub)
            self.compliance_page = CompliancePage(reg, self.hub)
            self.inventory_page = InventoryPage(reg, self.hub)
        # In the order of an officer's week: the overview, the register, the daily
        # books, then the work of a term or a year.
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Home"), self.home_page),
            (self.tr("Equipment"), self.equipment_page),
            (self.tr("Rooms"), self.rooms_page),
            (self.tr("Loans"), self.loans_page),
            (self.tr("Room usage"), self.room_usage_page),
            (self.tr("Maintenance"), self.maintenance_page),
            (self.tr("Maintenance plans"), self.plans_page),
            (self.tr("Fault reports"), self.faults_page),
            (self.tr("Inventory counts"), self.inventory_page),
            (self.tr("Disposals"), self.disposals_page),
            (self.tr("Transfers"), self.transfers_page),
            (self.tr("Compliance"), self.compliance_page),
        ]
        # The keys the home page's cards open.
        self.page_keys: dict[str, QWidget] = {
            "equipment": self.equipment_page,
            "rooms": self.rooms_page,
            "loans": self.loans_page,
            "plans": self.plans_page,
            "faults": self.faults_page,
            "compliance": self.compliance_page,
            "inventory": self.inventory_page,
        }
        self.home_page.open_page.connect(self.open_page)
        for title, page in self.pages:
            self.nav.addItem(QListWidgetItem(title))
            self.stack.addWidget(page)
        # As wide as its longest title in the language shown (and its padding).
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 30))
        self.nav.currentRowChanged.connect(self.show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.school_label = QLabel(school.name)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.file_label = QLabel(str(reg.path or reg.engine.url))
        self.file_label.setStyleSheet("color: #555;")
        for widget in (self.school_label, self.count_label):
            self.statusBar().addWidget(widget)
        self.sync_indicator.clicked.connect(self.open_sync)
        self.sync.synced.connect(self._after_sync)
        self.hub.changed.connect(lambda _e, _ids: self.sync.status_changed.emit())
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(self.file_label)
        self._build_menus()
        self.hub.changed.connect(lambda _e, _ids: self.update_counts())
        self.update_counts()
        self.nav.setCurrentRow(0)
        self.sync.start()
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.triggered.connect(lambda: SettingsDialog(self).exec())
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, (title, _page) in enumerate(self.pages):
            action = QAction(title, self)
            if i < 9:  # Ctrl+1 … Ctrl+9
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, i=i: self.nav.setCurrentRow(i))
            view_menu.addAction(action)
            self.addAction(action)

        self.reports = ReportActions(self, self.reg, self)
        self.disposals_page.print_requested.connect(self.reports.disposal_minutes)
        self.transfers_page.print_requested.connect(self.reports.transfer_minutes)
        self.inventory_page.print_requested.connect(self.reports.count_minutes)
        self.inventory_page.export_requested.connect(self.reports.export_count)
        self.menuBar().addMenu(self.reports.print_menu)
        self.menuBar().addMenu(self.reports.excel_menu)

        sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        sync_now = QAction(self.tr("Sync &now"), self)
        sync_now.setShortcut(QKeySequence("F9"))
        sync_now.triggered.connect(self.sync.sync_now)
        sync_settings = QAction(self.tr("Sync &settings and review…"), self)
        sync_settings.triggered.connect(self.open_sync)
        sync_menu.addActions([sync_now, sync_settings])
        sync_menu.addSeparator()
        self.usb = UsbSync(self.sync, self)
        usb_export = QAction(self.tr("&Write a sync file for USB…"), self)
        usb_export.triggered.connect(lambda: self.usb.export(self))
        usb_import = QAction(self.tr("&Apply the district's reply file…"), self)
        usb_import.triggered.connect(lambda: self.usb.import_reply(self))
        sync_menu.addActions([usb_export, usb_import])
        self.addAction(sync_now)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def open_sync(self) -> None:
        SyncDialog(self.reg, self.sync, self.hub, self).exec()

    def _after_sync(self, report: SyncReport) -> None:
        if report.pulled:
            for entity in PULLED_ENTITIES:
                self.hub.changed.emit(entity, [])
        if self.reg.school().name != self.school_label.text():
            self.school_label.setText(self.reg.school().name)

    def show_widget(self, page: QWidget) -> None:
        self.nav.setCurrentRow([p for _title, p in self.pages].index(page))

    def open_page(self, key: str) -> None:
        """A home card's page by its key; "sync" opens the sync dialog."""
        if key == "sync":
            self.open_sync()
        elif key in self.page_keys:
            self.show_widget(self.page_keys[key])

    def show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.pages[row][1]
        # A list page starts in its search box (where a scanner types, too).
        getattr(page, "search", page).setFocus()

    def update_counts(self) -> None:
        count = count_equipment(self.reg)
        self.count_label.setText(
            with_grouped_count(self.tr("%n item(s) in the register", "", count), count)
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            APP_NAME,
            f"<b>{APP_NAME}</b> {__version__}<br>"
            + self.tr("The equipment register of a school: rooms, equipment, maintenance.")
            + f"<br><br>{self.file_label.text()}",
        )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
