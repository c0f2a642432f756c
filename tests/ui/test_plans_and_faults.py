"""The maintenance-plan and fault screens: a plan made by scanning its item, a category
plan that says how many items it covers, the plans list (overdue in red, pause,
delete), the due tasks ticked by scanning and completed together, refusals shown
with nothing written; a fault reported from a scan, refused when too many units,
followed through repair to its result on the Fault reports page; and the Equipment
page's "Report a fault…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.models import FaultReport, MaintenancePlan, MaintenanceRecord
from app.models.enums import EquipmentStatus, FaultStatus
from app.services import equipment, faults, maintenance
from app.services.maintenance_tasks import due_task_count
from app.services.register import Register
from app.ui import faults_page as faults_page_module
from app.ui import plans_page as plans_page_module
from app.ui.due_tasks_dialog import OVERDUE_BACK, CompleteTasksDialog, DueTasksPanel
from app.ui.equipment_page import EquipmentPage
from app.ui.faults_page import FaultsPage
from app.ui.forms.fault_form import FaultForm
from app.ui.forms.plan_form import PlanForm
from app.ui.hub import Hub
from app.ui.plans_page import PlansPage
from app.ui.repair_dialog import FinishRepairDialog, StartRepairDialog

TODAY = date.today()


def item_id(reg: Register, code: str) -> str:
    found = equipment.find_by_asset_code(reg, code)
    assert found is not None
    return found.id


def scan(widget: Any, code: str) -> None:
    """What a USB scanner does: type the code, then Enter."""
    QTest.keyClicks(widget, code)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def count(reg: Register, model: Any) -> int:
    with reg.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def item_plan(reg: Register, code: str, late: int = 3, task: str = "Vệ sinh máy chiếu") -> Any:
    return maintenance.create_plan(
        reg,
        {
            "equipment_id": item_id(reg, code),
            "task": task,
            "interval_days": 90,
            "next_due_on": TODAY - timedelta(days=late),
        },
    )


def category_plan(reg: Register, category: str = "teaching", late: int = 2) -> Any:
    return maintenance.create_plan(
        reg,
        {
            "category": category,
            "task": "Kiểm tra, lau chùi",
            "interval_days": 180,
            "next_due_on": TODAY - timedelta(days=late),
        },
    )


def run_dialog(
    monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], object], seen: list[Any]
) -> None:
    """Make ``cls.exec`` fill the form as a user would and press Save."""

    def exec_(self: Any) -> int:
        seen.append(self)
        fill(self)
        self.try_save()
        return int(self.result())

    monkeypatch.setattr(cls, "exec", exec_)


def brush(model: Any, row: int, role: Qt.ItemDataRole) -> QBrush | None:
    value = model.data(model.index(row, 1), role)
    return value if isinstance(value, QBrush) else None


# -- plans ------------------------------------------------------------------------------


def test_an_item_plan_made_by_scanning_its_label(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    form = PlanForm(reg)
    qtbot.addWidget(form)
    form.show()
    scan(form.asset_code, "TB-0001")
    assert form.isVisible(), "the scanner's Enter goes on to the task, it does not save"
    assert not form.errors() and form.summary.isHidden()
    assert "Máy chiếu Epson" in form.item_name.text()
    assert form.focusWidget() is form.task
    QTest.keyClicks(form.task, "Clean the filter")
    form.interval.setText("30")
    assert form.interval_hint.text() == "every 1 month"
    form.try_save()
    assert form.result() == PlanForm.DialogCode.Accepted
    plan = form.saved_result
    assert plan.equipment_id == item_id(reg, "TB-0001") and plan.interval_days == 30
    assert plan.category is None


def test_a_category_plan_says_how_many_items_it_covers(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    for code in ("TB-0001", "TB-0004"):  # the others stay teaching equipment
        equipment.update_equipment(
            reg, item_id(reg, code), {**_values(reg, code), "category": "fixed_asset"}
        )
    form = PlanForm(reg)
    qtbot.addWidget(form)
    form.show()
    form.target.set_value("category")
    assert not form.asset_code.isVisible() and form.category.isVisible()
    form.category.set_value("teaching")
    assert form.scope.text() == "Covers all 3 item(s) of Teaching equipment."
    form.name_contains.setText("kinh hien vi")  # accents optional
    assert form.scope.text() == (
        "Covers 1 item(s) of Teaching equipment whose name holds «kinh hien vi»."
    )
    form.task.setText("Lau vật kính")
    form.try_save()
    plan = form.saved_result
    assert plan.category == "teaching" and plan.name_contains_norm == "kinh hien vi"


def _values(reg: Register, code: str) -> dict[str, Any]:
    item = equipment.get_equipment(reg, item_id(reg, code))
    return {
        "asset_code": item.asset_code,
        "name": item.name,
        "room_id": item.room_id,
        "quantity": item.quantity,
        "qty_broken": item.qty_broken,
        "unit_price": item.unit_price,
    }


def test_a_bad_plan_shows_its_problems_and_writes_nothing(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    form = PlanForm(reg)
    qtbot.addWidget(form)
    form.asset_code.setText("TB-9999")
    form.interval.setText("0")
    form.try_save()
    assert form.result() != PlanForm.DialogCode.Accepted
    errors = form.errors()
    assert "TB-9999" in errors["equipment_id"]
    assert {"task", "interval_days"} <= set(errors)
    assert count(reg, MaintenancePlan) == 0


def test_the_plans_list_shows_what_is_due_pauses_and_deletes(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    late = item_plan(reg, "TB-0001", late=3)
    later = item_plan(reg, "TB-0004", late=-10, task="Cập nhật phần mềm")
    page = PlansPage(reg, Hub())
    qtbot.addWidget(page)
    assert page.model.ids() == [late.id, later.id]  # the earliest due first
    assert page.model.data(page.model.index(0, 4)) == "1"  # due now
    assert brush(page.model, 0, Qt.ItemDataRole.BackgroundRole) is not None  # overdue
    assert brush(page.model, 1, Qt.ItemDataRole.BackgroundRole) is None
    assert page.due_button.text() == "1 task due"
    page.table.selectRow(0)
    page.toggle_selected()
    assert not maintenance.get_plan(reg, late.id).active
    assert page.model.data(page.model.index(page.model.row_of(late.id), 7)) == "Paused"
    assert page.due_button.text() == "0 tasks due"
    page.search.setText("phan mem")
    page.refresh()
    assert page.model.ids() == [later.id]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.delete_selected()
    assert page.model.ids() == []
    assert [p.id for p in maintenance.list_plans(reg)] == [late.id]


# -- due tasks ----------------------------------------------------------------------------


def test_due_tasks_are_ticked_by_scanning_and_done_together(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    plan = item_plan(reg, "TB-0001", late=5)
    other = item_plan(reg, "TB-0004", late=1, task="Cập nhật phần mềm")
    panel = DueTasksPanel(reg, Hub())
    qtbot.addWidget(panel)
    panel.show()
    assert [k.split(":")[0] for k in panel.model.ids()] == [plan.id, other.id]
    assert brush(panel.model, 0, Qt.ItemDataRole.BackgroundRole) == QBrush(OVERDUE_BACK)
    assert panel.model.data(panel.model.index(0, 2)) == "5 days late"
    scan(panel.search, "TB-0001")
    scan(panel.search, "tb-0004")
    assert panel.search.text() == ""
    assert len(panel.model.ticked) == 2 and "Ticked TB-0004" in panel.scan_status.text()
    assert "2 ticked" in panel.count_label.text()
    seen: list[Any] = []
    run_dialog(
        monkeypatch,
        CompleteTasksDialog,
        lambda d: (d.performed_by.setText("Thầy Hùng"), d.cost.setText("50000")),
        seen,
    )
    panel.mark_done()
    assert len(seen[0].tasks) == 2 and seen[0].result() == CompleteTasksDialog.DialogCode.Accepted
    with reg.read() as s:
        records = list(s.scalars(select(MaintenanceRecord).order_by(MaintenanceRecord.plan_id)))
    assert sorted(str(r.plan_id) for r in records) == sorted([plan.id, other.id])
    assert all(r.performed_by == "Thầy Hùng" and r.cost == 50_000 for r in records)
    assert all(r.next_due_on == TODAY + timedelta(days=90) for r in records)
    assert panel.model.ids() == [] and not panel.model.ticked
    assert due_task_count(reg) == 0


def test_a_scanned_item_outside_the_plan_is_explained_not_ticked(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english
) -> None:
    plan = category_plan(reg, "tool")  # the fixture's items are teaching equipment
    equipment.update_equipment(
        reg, item_id(reg, "TB-0005"), {**_values(reg, "TB-0005"), "category": "tool"}
    )
    panel = DueTasksPanel(reg, Hub(), plan_id=plan.id)
    qtbot.addWidget(panel)
    assert len(panel.model.ids()) == 1
    scan(panel.search, "TB-0003")
    assert not panel.model.ticked
    assert "TB-0003" in panel.scan_status.text()
    assert "nhóm tài sản khác" in panel.scan_status.text()  # the service's reason
    scan(panel.search, "TB-0009")  # no such code: an ordinary search
    assert panel.model.ids() == []


def test_a_refused_completion_stays_open_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english
) -> None:
    plan = item_plan(reg, "TB-0001")
    maintenance.complete_plan_task(reg, plan.id, item_id(reg, "TB-0001"), TODAY)
    panel = DueTasksPanel(reg, Hub(), plan_id=plan.id)
    qtbot.addWidget(panel)
    scan(panel.search, "TB-0001")  # done today already: not due, still ticked
    assert len(panel.model.ticked) == 1 and "not due until" in panel.scan_status.text()
    tasks = maintenance_tasks_of(reg, panel)
    dialog = CompleteTasksDialog(reg, tasks)
    qtbot.addWidget(dialog)
    dialog.try_save()
    assert dialog.result() != CompleteTasksDialog.DialogCode.Accepted
    assert "đã được ghi hoàn thành" in dialog.summary.text()
    assert count(reg, MaintenanceRecord) == 1


def maintenance_tasks_of(reg: Register, panel: DueTasksPanel) -> list[Any]:
    from app.services.maintenance_tasks import tasks_by_key

    keys = panel.chosen()
    found = tasks_by_key(reg, keys)
    return [found[k] for k in keys]


def test_a_scan_on_the_plans_page_opens_its_tasks_ticked(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    item_plan(reg, "TB-0001")
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(plans_page_module.DueTasksDialog, "exec", exec_)
    page = PlansPage(reg, Hub())
    qtbot.addWidget(page)
    scan(page.search, "TB-0001")
    assert len(opened) == 1 and len(opened[0].panel.model.ticked) == 1
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    scan(page.search, "TB-0003")  # no plan covers it: offered one
    assert "No active plan covers TB-0003" in asked[0] and len(opened) == 1


# -- faults -----------------------------------------------------------------------------


def test_a_fault_reported_from_a_scan(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    form = FaultForm(reg)
    qtbot.addWidget(form)
    form.show()
    scan(form.asset_code, "TB-0003")
    assert form.isVisible() and form.focusWidget() is form.description
    assert not form.errors() and form.summary.isHidden()
    assert "12 of 12 cái in good condition" in form.item_hint.text()
    form.quantity.setText("2")
    form.reporter.setText("Cô Phạm Thị Hoa")
    form.description.setPlainText("Núm chỉnh tiêu cự bị trơn")
    form.try_save()
    assert form.result() == FaultForm.DialogCode.Accepted
    item = equipment.get_equipment(reg, item_id(reg, "TB-0003"))
    assert (item.qty_good, item.qty_broken) == (10, 2)
    fault = form.saved_result
    assert fault.reported_by == "Cô Phạm Thị Hoa" and fault.status == FaultStatus.OPEN


def test_reporting_more_units_than_are_good_is_refused(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    form = FaultForm(reg)
    qtbot.addWidget(form)
    form.asset_code.setText("TB-0002")  # 6 units, 1 already broken
    form.quantity.setText("6")
    form.reporter.setText("Thầy Nam")
    form.description.setPlainText("Hỏng")
    form.try_save()
    assert form.result() != FaultForm.DialogCode.Accepted
    assert "chỉ còn 5 cái tốt" in form.errors()["quantity"]
    assert count(reg, FaultReport) == 0
    item = equipment.get_equipment(reg, item_id(reg, "TB-0002"))
    assert (item.qty_good, item.qty_broken) == (5, 1)


def report(reg: Register, code: str, quantity: int = 1) -> Any:
    return faults.report_fault(
        reg,
        {
            "equipment_id": item_id(reg, code),
            "quantity": quantity,
            "reported_on": TODAY - timedelta(days=10),
            "reported_by": "Thầy Nam",
            "description": "Không lên hình",
        },
    )


def test_a_fault_followed_to_its_repair_and_result(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    fault = report(reg, "TB-0001")
    page = FaultsPage(reg, Hub())
    qtbot.addWidget(page)
    assert page.model.ids() == [fault.id]
    assert page.model.data(page.model.index(0, 7)) == "Reported"
    started: list[Any] = []

    def start(d: StartRepairDialog) -> None:
        d.performed_by.setText("Điện máy Hòa Bình")
        d.started_on.set_value(TODAY - timedelta(days=8))
        d.repair_due_on.set_value(TODAY - timedelta(days=1))  # promised yesterday
        d.cost.setText("450.000")

    run_dialog(monkeypatch, StartRepairDialog, start, started)
    scan(page.search, "TB-0001")  # the waiting report goes on to its repair
    assert started and page.search.text() == ""
    row = faults.fault_rows(reg, [fault.id])[fault.id]
    assert row.status == FaultStatus.REPAIRING and row.cost == 450_000
    assert equipment.get_equipment(reg, row.equipment_id).status == EquipmentStatus.IN_REPAIR
    assert page.model.data(page.model.index(0, 7)) == "Overdue"
    assert brush(page.model, 0, Qt.ItemDataRole.BackgroundRole) is not None
    assert page.overdue_button.text() == "1 overdue repair"

    finished: list[Any] = []
    run_dialog(monkeypatch, FinishRepairDialog, lambda d: d.cost.setText("500000"), finished)
    page.table.selectRow(0)
    page.finish_selected()
    assert finished[0].performed_by.text() == "Điện máy Hòa Bình"  # as started
    row = faults.fault_rows(reg, [fault.id])[fault.id]
    assert row.status == FaultStatus.FIXED and row.cost == 500_000 and row.closed_on == TODAY
    assert page.model.ids() == []  # no longer under way
    page.state_filter.set_value("closed")
    assert page.model.ids() == [fault.id]
    assert equipment.get_equipment(reg, row.equipment_id).status == EquipmentStatus.IN_USE


def test_a_repair_that_cannot_fix_offers_the_item_for_disposal(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    fault = report(reg, "TB-0003", 2)
    page = FaultsPage(reg, Hub())
    qtbot.addWidget(page)
    seen: list[Any] = []

    def not_fixed(d: FinishRepairDialog) -> None:
        d.outcome.set_value("not_fixed")
        d.performed_by.setText("Tổ Sinh học")

    run_dialog(monkeypatch, FinishRepairDialog, not_fixed, seen)
    page.table.selectRow(0)
    page.finish_selected()  # mended (or not) on the spot, without a repair started
    assert "disposal candidates" in seen[0].outcome_hint.text()
    assert faults.get_fault(reg, fault.id).status == FaultStatus.NOT_FIXED
    assert [c.units for c in faults.disposal_candidates(reg)] == [2]


def test_cancelling_and_refusals_on_the_faults_page(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    fault = report(reg, "TB-0003", 3)
    page = FaultsPage(reg, Hub())
    qtbot.addWidget(page)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.start_selected()  # nothing selected
    assert told == ["Select one report that is waiting for repair."]
    monkeypatch.setattr(faults_page_module, "ask_cancel_reason", lambda _p, _r: "báo nhầm")
    page.table.selectRow(0)
    page.cancel_selected()
    assert faults.get_fault(reg, fault.id).status == FaultStatus.CANCELLED
    item = equipment.get_equipment(reg, item_id(reg, "TB-0003"))
    assert (item.qty_good, item.qty_broken) == (12, 0)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    page.state_filter.set_value("all")
    page.table.selectRow(0)
    page.change("fault_report", [fault.id], lambda: faults.cancel_fault(reg, fault.id))
    assert "đã hủy" in warned[0]  # a second cancel is refused, shown, nothing written


def describe(form: FaultForm, what: str) -> None:
    form.reporter.setText("Thầy Nam")
    form.description.setPlainText(what)


def test_a_scanned_item_without_a_fault_offers_to_report_one(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    page = FaultsPage(reg, Hub())
    qtbot.addWidget(page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: list[Any] = []
    run_dialog(monkeypatch, FaultForm, lambda d: describe(d, "Quả địa cầu bị nứt"), seen)
    scan(page.search, "TB-0005")
    assert seen[0].asset_code.text() == "TB-0005"
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 1)) == "TB-0005"


def test_the_equipment_page_reports_a_fault_on_the_current_item(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch
) -> None:
    page = EquipmentPage(reg, Hub())
    qtbot.addWidget(page)
    assert "Report a fault…" in [text for text, _slot in page.context_pairs()]
    page.table.selectRow(page.model.row_of(item_id(reg, "TB-0004")))
    seen: list[Any] = []
    run_dialog(monkeypatch, FaultForm, lambda d: describe(d, "Không khởi động"), seen)
    dict(page.context_pairs())["Report a fault…"]()
    assert seen[0].asset_code.text() == "TB-0004"
    item = equipment.get_equipment(reg, item_id(reg, "TB-0004"))
    assert (item.qty_good, item.qty_broken) == (17, 3)


def test_the_main_window_has_both_pages(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    window = MainWindow(reg)
    qtbot.addWidget(window)
    titles = [title for title, _page in window.pages]
    assert "Maintenance plans" in titles and "Fault reports" in titles
    window.nav.setCurrentRow(titles.index("Fault reports"))
    assert window.stack.currentWidget() is window.faults_page
    assert window.faults_page.search.hasFocus() or not window.isVisible()


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, reg: Register) -> None:  # type: ignore[no-untyped-def]
    item_plan(reg, "TB-0001")
    report(reg, "TB-0003")
    plans, panel, fault_list = (
        PlansPage(reg, Hub()),
        DueTasksPanel(reg, Hub()),
        FaultsPage(reg, Hub()),
    )
    for widget in (plans, panel, fault_list):
        qtbot.addWidget(widget)
        qtmodeltester.check(widget.model)
    index = panel.model.index(0, 0)
    assert panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not panel.model.setData(panel.model.index(0, 1), "x", Qt.ItemDataRole.EditRole)


def test_a_scan_in_the_due_tasks_window_presses_no_button(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    from app.ui.due_tasks_dialog import DueTasksDialog

    item_plan(reg, "TB-0001")
    item_plan(reg, "TB-0004", task="Cập nhật phần mềm")
    dialog = DueTasksDialog(reg, Hub())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    scan(dialog.panel.search, "TB-0004")
    assert dialog.isVisible()
    assert [k.split(":")[1] for k in dialog.panel.model.ticked] == [item_id(reg, "TB-0004")]


def test_the_home_card_lists_what_is_due_and_counts_overdue_and_coming_apart(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english
) -> None:
    from app.ui.home_cards import due_maintenance, maintenance_attention
    from app.ui.home_page import Card

    item_plan(reg, "TB-0001", late=3)  # overdue
    item_plan(reg, "TB-0002", late=0, task="Thay bóng đèn")  # due today
    item_plan(reg, "TB-0003", late=-10, task="Tra dầu")  # in ten days
    item_plan(reg, "TB-0004", late=-60, task="Kiểm tra nguồn")  # beyond the month
    due = due_maintenance(reg, TODAY)
    assert (due.due, due.overdue, due.coming) == (2, 1, 1)
    assert [t.asset_code for t in due.first] == ["TB-0001", "TB-0002"]  # most overdue first
    card = Card("")
    qtbot.addWidget(card)
    maintenance_attention().show(card, due)
    assert card.value.text() == "2"
    lines = card.detail.text().splitlines()
    assert lines[:2] == ["1 overdue", "1 more due within 30 days"] and len(lines) == 4
    assert lines[2] == f"• TB-0001 {due.first[0].name} (3 days late)"
    assert lines[2].startswith("• TB-0001 ") and lines[2].endswith(" (3 days late)")
    assert lines[3].startswith("• TB-0002 ") and lines[3].endswith(" (due today)")
