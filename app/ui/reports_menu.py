"""The Print and Excel menus: each action asks where to save, does the work off the UI
thread with a progress bar, then offers to open what it wrote.

The report modules (reportlab, openpyxl, qrcode) are imported by the actions that use
them, not when the window starts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from app.services.errors import ServiceError
from app.services.register import Register
from app.ui import compliance_actions, tasks
from app.ui.forms.fields import room_choices
from app.ui.tasks import ProgressFn

Work = Callable[[Path, ProgressFn], Path]


class ReportActions(QObject):
    """Builds the two menus of ``window`` and runs what they ask for."""

    def __init__(self, window: QMainWindow, reg: Register, pages: Any) -> None:
        super().__init__(window)
        self.window = window
        self.reg = reg
        self.pages = pages  # the main window: equipment_page, rooms_page
        self.last_folder = str(Path.home())
        self.print_menu = QMenu(self.tr("&Print"), window)
        self.excel_menu = QMenu(self.tr("E&xcel"), window)
        self._fill_print_menu()
        self._fill_excel_menu()
        compliance_actions.connect(self)

    # -- menus ----------------------------------------------------------------------------

    def _add(self, menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_print_menu(self) -> None:
        m = self.print_menu
        self._add(
            m, self.tr("Equipment register book, by &room…"), lambda: self.register_book("room")
        )
        self._add(
            m,
            self.tr("Equipment register book, by &subject…"),
            lambda: self.register_book("subject"),
        )
        self._add(m, self.tr("&Inventory count sheet…"), self.inventory_sheet)
        self._add(m, self.tr("Minutes of an inventory &count…"), self.count_minutes)
        self._add(m, self.tr("&Maintenance log…"), self.maintenance_log)
        self._add(m, self.tr("Maintenance pla&n schedule…"), self.plan_schedule)
        self._add(m, self.tr("&Fault and repair book…"), self.fault_book)
        self._add(m, self.tr("&Loan book…"), self.loan_book)
        self._add(m, self.tr("Room &usage book…"), self.usage_book)
        self._add(m, self.tr("Room &profile of the selected room…"), self.room_profile)
        self._add(m, self.tr("&Disposal minutes of the selected disposal…"), self.disposal_minutes)
        self._add(m, self.tr("&Handover minutes of the selected transfer…"), self.transfer_minutes)
        self._add(
            m,
            self.tr("Subject rooms and minimum &equipment review…"),
            lambda: compliance_actions.print_compliance(self),
        )
        m.addSeparator()
        self._add(m, self.tr("&QR labels…"), self.item_labels)

    def _fill_excel_menu(self) -> None:
        m = self.excel_menu
        self._add(m, self.tr("Export the &register (current filter)…"), self.export_register)
        self._add(m, self.tr("Export the r&ooms…"), self.export_rooms)
        self._add(m, self.tr("Export the &maintenance log…"), self.export_maintenance)
        self._add(m, self.tr("Export the maintenance pla&ns and due tasks…"), self.export_plans)
        self._add(m, self.tr("Export the &fault reports…"), self.export_faults)
        self._add(m, self.tr("Export an inventory &count…"), self.export_count)
        self._add(m, self.tr("Export the &loans…"), self.export_loans)
        self._add(m, self.tr("Export the room &usage book…"), self.export_usage)
        self._add(m, self.tr("&District summary…"), self.export_summary)
        self._add(m, self.tr("Export the di&sposals…"), self.export_disposals)
        self._add(m, self.tr("Export the &transfers…"), self.export_transfers)
        self._add(
            m,
            self.tr("Export the subject rooms and minimum &equipment review…"),
            lambda: compliance_actions.export_compliance(self),
        )
        m.addSeparator()
        self._add(m, self.tr("&Import a register from Excel…"), self.import_register)
        self._add(
            m,
            self.tr("Import a minimum e&quipment list from Excel…"),
            lambda: compliance_actions.import_catalogue(self),
        )

    # -- running ----------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path(self.last_folder) / name), pattern
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.last_folder = str(path.parent)
        return path

    def _run(self, title: str, path: Path, work: Work) -> None:
        def done(result: Any) -> None:
            answer = QMessageBox.question(
                self.window,
                title,
                self.tr("Saved %1.\n\nOpen it now?").replace("%1", str(result)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception) -> None:
            text = exc.message if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self.window, title, text)

        tasks.runner.run(
            lambda progress: work(path, progress),
            done,
            failed,
            parent=self.window,
            label=title,
        )

    def _pdf(self, title: str, name: str, work: Work) -> None:
        path = self._ask_path(title, name, self.tr("PDF files (*.pdf)"))
        if path is not None:
            self._run(title, path.with_suffix(".pdf"), work)

    def _xlsx(self, title: str, name: str, work: Work) -> None:
        path = self._ask_path(title, name, self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self._run(title, path.with_suffix(".xlsx"), work)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    # -- the actions ------------------------------------------------------------------------

    def register_book(self, by: str) -> None:
        from app.reports import pdf

        title = self.tr("Equipment register book")
        q = self.pages.equipment_page.query("asset_code", False)
        self._pdf(
            title,
            f"so-thiet-bi-{date.today():%Y%m%d}.pdf",
            lambda out, progress: pdf.register_book(self.reg, out, q=q, by=by, progress=progress),
        )

    def inventory_sheet(self) -> None:
        from app.reports import pdf

        title = self.tr("Inventory count sheet")
        self._pdf(
            title,
            f"bien-ban-kiem-ke-{date.today():%Y%m%d}.pdf",
            lambda out, progress: pdf.inventory_sheet(self.reg, out, progress=progress),
        )

    def _chosen_count(self, title: str, count_id: str | None) -> Any:
        """The count asked for, else the one selected on its page, else the latest."""
        from app.services.inventory_lines import find_count

        page = getattr(self.pages, "inventory_page", None)
        chosen = count_id or (page.current_id() if page is not None else None)
        try:
            return find_count(self.reg, chosen or "latest")
        except ServiceError as exc:
            self._warn(title, exc.message)
            return None

    def count_minutes(self, count_id: str | None = None) -> None:
        """Biên bản kiểm kê of a count (a draft while it is open)."""
        from app.reports import pdf

        title = self.tr("Inventory count minutes")
        count = self._chosen_count(title, count_id)
        if count is not None:
            self._pdf(
                title,
                f"bien-ban-kiem-ke-{count.counted_on:%Y%m%d}.pdf",
                lambda out, progress: pdf.count_minutes(self.reg, out, count.id, progress),
            )

    def export_count(self, count_id: str | None = None) -> None:
        from app.reports.excel_inventory import export_count

        title = self.tr("Export an inventory count")
        count = self._chosen_count(title, count_id)
        if count is not None:
            self._xlsx(
                title,
                f"kiem-ke-{count.counted_on:%Y%m%d}.xlsx",
                lambda out, progress: export_count(self.reg, out, count.id, progress),
            )

    def maintenance_log(self) -> None:
        from app.reports import pdf

        title = self.tr("Maintenance log")
        self._pdf(
            title,
            f"nhat-ky-bao-tri-{date.today():%Y%m%d}.pdf",
            lambda out, _progress: pdf.maintenance_log(self.reg, out),
        )

    def plan_schedule(self) -> None:
        """Kế hoạch bảo trì: the plans and the tasks due within a month."""
        from app.reports.pdf.plan_sheet import plan_sheet

        self._pdf(
            self.tr("Maintenance plan schedule"),
            f"ke-hoach-bao-tri-{date.today():%Y%m%d}.pdf",
            lambda out, progress: plan_sheet(self.reg, out, progress=progress),
        )

    def fault_book(self) -> None:
        """Sổ báo hỏng – sửa chữa of this school year."""
        from app.reports.pdf.fault_book import fault_book, year_start

        since = year_start(date.today())
        self._pdf(
            self.tr("Fault and repair book"),
            f"so-bao-hong-sua-chua-{date.today():%Y%m%d}.pdf",
            lambda out, progress: fault_book(self.reg, out, since=since, progress=progress),
        )

    def export_plans(self) -> None:
        from app.reports.excel_maintenance_work import export_plans

        self._xlsx(
            self.tr("Export the maintenance plans"),
            f"ke-hoach-bao-tri-{date.today():%Y%m%d}.xlsx",
            lambda out, progress: export_plans(self.reg, out, progress=progress),
        )

    def export_faults(self) -> None:
        from app.reports.excel_maintenance_work import export_faults
        from app.reports.pdf.fault_book import year_start

        since = year_start(date.today())
        self._xlsx(
            self.tr("Export the fault reports"),
            f"bao-hong-sua-chua-{date.today():%Y%m%d}.xlsx",
            lambda out, _progress: export_faults(self.reg, out, since=since),
        )

    def room_profile(self) -> None:
        from app.reports import pdf

        title = self.tr("Room profile")
        room_id = self.pages.rooms_page.current_id()
        if room_id is None:
            self._warn(title, self.tr("Select a room on the Rooms page first."))
            return
        self._pdf(
            title,
            "ho-so-phong.pdf",
            lambda out, _progress: pdf.room_profile(self.reg, out, room_id),
        )

    def item_labels(self) -> None:
        from app.reports import labels
        from app.ui.label_dialog import LabelDialog

        title = self.tr("QR labels")
        ids = self.pages.equipment_page.selected_ids()
        rooms = room_choices(self.reg)
        if not ids and not rooms:
            self._warn(title, self.tr("Select the items on the Equipment page first."))
            return
        dialog = LabelDialog(
            self.window,
            rooms=rooms,
            selected=len(ids),
            room_id=self.pages.rooms_page.current_id(),
        )
        if not dialog.exec():
            return
        layout, room_id = dialog.layout_chosen(), dialog.room_chosen()
        self._pdf(
            title,
            "nhan-qr.pdf",
            lambda out, progress: labels.label_sheet(
                self.reg,
                out,
                item_ids=None if room_id else ids,
                room_id=room_id,
                layout=layout,
                progress=progress,
            ),
        )

    def export_register(self) -> None:
        from app.reports import excel_export

        title = self.tr("Export the register")
        q = self.pages.equipment_page.query("asset_code", False)
        self._xlsx(
            title,
            f"so-thiet-bi-{date.today():%Y%m%d}.xlsx",
            lambda out, progress: excel_export.export_register(
                self.reg, out, q=q, progress=progress
            ),
        )

    def loan_book(self) -> None:
        from app.reports.pdf.loan_book import loan_book
        from app.ui.loan_book_dialog import ask_period

        title = self.tr("Loan book")
        period = ask_period(self.window, title)
        if period is None:
            return
        since, until = period
        self._pdf(
            title,
            f"so-muon-tra-{date.today():%Y%m%d}.pdf",
            lambda out, progress: loan_book(
                self.reg, out, since=since, until=until, progress=progress
            ),
        )

    def export_loans(self) -> None:
        from app.reports.excel_loans import export_loans
        from app.ui.loan_book_dialog import ask_period

        title = self.tr("Export the loans")
        period = ask_period(self.window, title)
        if period is None:
            return
        since, until = period
        self._xlsx(
            title,
            f"so-muon-tra-{date.today():%Y%m%d}.xlsx",
            lambda out, progress: export_loans(
                self.reg, out, since=since, until=until, progress=progress
            ),
        )

    def _usage_scope(self, title: str) -> Any:
        """Which room (the one the room-usage page shows, to start with) and days."""
        from app.ui.room_usage_page import ask_usage_scope

        page = getattr(self.pages, "room_usage_page", None)
        room_id = page.week.room_id() if page is not None else None
        return ask_usage_scope(self.reg, self.window, title, room_id)

    def usage_book(self) -> None:
        from app.reports.pdf.usage_book import usage_book

        title = self.tr("Room usage book")
        scope = self._usage_scope(title)
        if scope is not None:
            self._pdf(
                title,
                f"so-su-dung-phong-{scope.until:%Y%m%d}.pdf",
                lambda out, progress: usage_book(
                    self.reg, out, since=scope.since, until=scope.until,
                    room_id=scope.room_id, progress=progress,
                ),
            )  # fmt: skip

    def export_usage(self) -> None:
        from app.reports.excel_usage import export_usage

        title = self.tr("Export the room usage book")
        scope = self._usage_scope(title)
        if scope is not None:
            self._xlsx(
                title,
                f"so-su-dung-phong-{scope.until:%Y%m%d}.xlsx",
                lambda out, progress: export_usage(
                    self.reg, out, since=scope.since, until=scope.until,
                    room_id=scope.room_id, progress=progress,
                ),
            )  # fmt: skip

    def export_rooms(self) -> None:
        from app.reports import excel_export

        self._xlsx(
            self.tr("Export the rooms"),
            "phong-hoc.xlsx",
            lambda out, _progress: excel_export.export_rooms(self.reg, out),
        )

    def export_maintenance(self) -> None:
        from app.reports import excel_export

        self._xlsx(
            self.tr("Export the maintenance log"),
            "nhat-ky-bao-tri.xlsx",
            lambda out, _progress: excel_export.export_maintenance(self.reg, out),
        )

    def export_summary(self) -> None:
        from app.reports import excel_export

        self._xlsx(
            self.tr("District summary"),
            f"tong-hop-{date.today():%Y%m%d}.xlsx",
            lambda out, _progress: excel_export.export_district_summary(self.reg, out),
        )

    def disposal_minutes(self, disposal_id: str | None = None) -> None:
        """Biên bản thanh lý of ``disposal_id`` (else the Disposals page's current one)."""
        from app.reports.pdf.disposal_minutes import disposal_minutes

        title = self.tr("Disposal minutes")
        chosen = disposal_id or self.pages.disposals_page.current_id()
        if chosen is None:
            self._warn(title, self.tr("Select a disposal on the Disposals page first."))
            return
        self._pdf(
            title,
            f"bien-ban-thanh-ly-{date.today():%Y%m%d}.pdf",
            lambda out, progress: disposal_minutes(self.reg, out, chosen, progress),
        )

    def transfer_minutes(self, transfer_id: str | None = None) -> None:
        """Biên bản bàn giao of ``transfer_id``'s handover (else the Transfers page's)."""
        from app.reports.pdf.transfer_minutes import transfer_minutes

        title = self.tr("Handover minutes")
        chosen = transfer_id or self.pages.transfers_page.current_id()
        if chosen is None:
            self._warn(title, self.tr("Select a transfer on the Transfers page first."))
            return
        self._pdf(
            title,
            f"bien-ban-ban-giao-{date.today():%Y%m%d}.pdf",
            lambda out, progress: transfer_minutes(self.reg, out, chosen, progress),
        )

    def export_disposals(self) -> None:
        from app.reports.excel_disposal_transfers import export_disposals

        self._xlsx(
            self.tr("Export the disposals"),
            "thanh-ly.xlsx",
            lambda out, _progress: export_disposals(self.reg, out),
        )

    def export_transfers(self) -> None:
        from app.reports.excel_disposal_transfers import export_transfers

        self._xlsx(
            self.tr("Export the transfers"),
            "dieu-chuyen.xlsx",
            lambda out, _progress: export_transfers(self.reg, out),
        )

    def import_register(self) -> None:
        from app.ui.import_dialog import ImportDialog

        ImportDialog(self.reg, self.window).exec()
        self.pages.hub.changed.emit("equipment", [])
        self.pages.hub.changed.emit("room", [])
