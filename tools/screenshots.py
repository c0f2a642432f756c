"""Render every screen of the desktop app to docs/images/ (for the docs and for review).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--lang vi|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QSettings

    from app.services.demo import generate_demo
    from app.services.equipment import find_by_asset_code
    from app.services.register import Register
    from app.services.rooms import list_rooms
    from app.ui import i18n
    from app.ui.app import make_application, save_screenshot
    from app.ui.equipment_detail import EquipmentDetail
    from app.ui.forms.equipment_form import EquipmentForm
    from app.ui.main_window import MainWindow
    from app.ui.room_detail import RoomDetail
    from app.ui.wizard import SetupWizard

    make_application()
    QCoreApplication.setOrganizationName("SoThietBiScreenshots")
    QSettings().clear()
    i18n.install(args.lang)
    out: Path = args.out
    suffix = "" if args.lang == "vi" else f"-{args.lang}"

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        save_screenshot(widget, out / f"{name}{suffix}.png")
        print(out / f"{name}{suffix}.png")

    with tempfile.TemporaryDirectory() as tmp:
        empty = Register.open(Path(tmp) / "empty.sqlite")
        wizard = SetupWizard(empty)
        shot(wizard, "wizard")
        wizard.school_page.code.setText("79000701")
        wizard.school_page.name.setText("Trường THCS Nguyễn Du")
        wizard.next()
        shot(wizard, "wizard-start")
        wizard.close()

        # A login name like an officer's PC has (the lines counted and the history
        # say who did it), not the name of whoever renders the shots.
        reg = Register.open(Path(tmp) / "demo.sqlite", actor="thietbi")
        generate_demo(reg, items=2000, seed=1)
        catch_up_maintenance(reg)
        catch_up_faults(reg)
        window = MainWindow(reg)
        window.resize(1360, 780)
        from app.ui.tasks import TaskRunner

        TaskRunner.synchronous = True  # the home page's figures, read at once
        window.home_page.refresh()
        TaskRunner.synchronous = False
        window.resize(1360, 960)  # the cards' lists and both charts, whole
        shot(window, "home")
        window.resize(1360, 780)
        window.show_widget(window.equipment_page)
        shot(window, "equipment")
        window.equipment_page.search.setText("may chieu")
        window.equipment_page.refresh()
        shot(window, "search")
        window.equipment_page.search.setText("")
        window.show_widget(window.rooms_page)
        shot(window, "rooms")
        window.show_widget(window.maintenance_page)
        shot(window, "maintenance")

        item_id = window.equipment_page.model.id_at(0)
        assert item_id is not None
        detail = EquipmentDetail(reg, window.hub, item_id, window)
        shot(detail, "equipment-detail")
        detail.tabs.setCurrentIndex(2)
        shot(detail, "equipment-history")
        detail.close()

        room = next(r for r in list_rooms(reg) if r.kind.value == "subject")
        room_page = RoomDetail(reg, window.hub, room.id, window)
        shot(room_page, "room-detail")
        room_page.tabs.setCurrentIndex(1)
        shot(room_page, "room-equipment")
        room_page.close()

        form = EquipmentForm(reg, parent=window)
        existing = find_by_asset_code(reg, window.equipment_page.model.row_data(0).asset_code)
        assert existing is not None
        form.asset_code.setText(existing.asset_code.lower())
        form.name.setText("Máy chiếu vật thể")
        form.try_save()  # the asset code is taken
        shot(form, "equipment-form-errors")
        form.asset_code.setText("TB-NEW-01")
        form.quantity.setText("3")
        form.qty_good.setText("1")
        form.qty_broken.setText("1")
        form.acquired_on.setText("31/02/2024")
        form.try_save()  # quantities do not add up, no such date
        shot(form, "equipment-form-quantity-errors")
        form.close()
        from app.ui.sync_dialog import SyncDialog

        sync = SyncDialog(reg, window.sync, window.hub, window)
        shot(sync, "sync-dialog")
        sync.close()
        from app.ui.forms.fields import room_choices
        from app.ui.label_dialog import LabelDialog

        labels = LabelDialog(window, rooms=room_choices(reg), selected=12)
        shot(labels, "label-dialog")
        labels.close()
        shot_import(reg, window, Path(tmp), shot)
        shot_disposals_and_transfers(reg, window, Path(tmp), shot, out)
        shot_compliance(reg, window, Path(tmp), shot, out)
        shot_loans(reg, window, Path(tmp), shot, out)
        shot_maintenance_and_faults(reg, window, Path(tmp), shot, out)
        shot_room_usage(reg, window, Path(tmp), shot, out)
        shot_inventory(reg, window, Path(tmp), shot, out)
        window.close()
        reg.close()
        empty.close()


def shot_import(reg, window, folder: Path, shot) -> None:  # type: ignore[no-untyped-def]
    """The Excel import wizard's check page, on a workbook with two rows to fix."""
    import openpyxl

    from app.ui.import_dialog import ImportDialog
    from app.ui.tasks import TaskRunner

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sổ TB"
    ws.append(["TRƯỜNG THCS LÊ LỢI"])
    ws.append(["SỔ QUẢN LÝ THIẾT BỊ NĂM HỌC 2025 - 2026"])
    ws.append([])
    ws.append(["STT", "Mã TS", "Tên thiết bị", "ĐVT", "SL", "Đơn giá", "Phòng", "Năm sử dụng"])
    ws.append([1, "NK-1", "Máy chiếu Sony", "cái", 1, "9.500.000", "B202", 2021])
    ws.append([2, "NK-2", "Loa kéo", "cái", "hai", "2.000.000đ", "Kho", "08/2022"])
    ws.append([3, None, "Bảng tương tác", "cái", 1, "45.000.000", "Phòng Lab mới", "2023"])
    ws.append([4, "NK-1", "Micro không dây", "bộ", 2, "1.200.000", "B202", "31/02/2022"])
    ws.append(["Cộng", None, None, None, 5])
    path = folder / "so-cu.xlsx"
    wb.save(path)
    TaskRunner.synchronous = True
    wizard = ImportDialog(reg, window)
    wizard.resize(960, 640)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    for _ in range(3):  # file, sheet, columns: on to the check
        wizard.next()
    shot(wizard, "import-dry-run")
    wizard.close()
    TaskRunner.synchronous = False


def shot_disposals_and_transfers(reg, window, folder: Path, shot, images: Path) -> None:  # type: ignore[no-untyped-def]
    """Thanh lý and bàn giao: both pages on the demo's rows, a draft disposal with its
    list, the refusal to apply it without a decision, the handover dialog splitting a
    lot, items arrived from another school, and the two printed minutes."""
    import shutil
    import subprocess
    from datetime import UTC, date, datetime, timedelta

    from app.models import Equipment, Transfer
    from app.models.enums import TransferKind
    from app.reports.pdf.disposal_minutes import disposal_minutes
    from app.reports.pdf.transfer_minutes import transfer_minutes
    from app.services import disposals, transfers
    from app.services.equipment_query import EquipmentQuery, equipment_ids
    from app.services.rooms import list_rooms
    from app.ui.disposal_dialog import DisposalDialog
    from app.ui.transfer_dialog import TransferDialog

    pages = [page for _, page in window.pages]
    window.nav.setCurrentRow(pages.index(window.disposals_page))
    applied = window.disposals_page.model.id_at(0)
    window.disposals_page.table.selectRow(0)
    shot(window, "disposals-page")
    candidates = disposals.disposal_candidates(reg)[:7]
    draft = disposals.create_disposal(
        reg,
        {
            "decision_date": date.today() - timedelta(days=3),
            "disposed_on": date.today(),
            "reason": "Thiết bị hỏng, không còn khả năng sửa chữa",
            "method": "Bán phế liệu",
            "committee": [
                {"name": reg.school().principal, "position": "Hiệu trưởng",
                 "role": "Chủ tịch hội đồng"},
                {"name": reg.school().equipment_officer, "position": "Nhân viên thiết bị",
                 "role": "Thư ký"},
            ],
        },
    )  # fmt: skip
    disposals.add_lines(
        reg,
        draft.id,
        [
            {"equipment_id": c.equipment_id, "quantity": c.available, "condition": c.condition}
            for c in candidates
        ],
    )
    dialog = DisposalDialog(reg, window.hub, draft.id, window, confirm=lambda _q: True)
    dialog.resize(1100, 820)
    shot(dialog, "disposals-dialog")
    dialog.apply()  # no decision number yet: refused, said beside the field
    shot(dialog, "disposals-apply-refused")
    dialog.close()
    done = DisposalDialog(reg, window.hub, applied, window)
    done.resize(1100, 820)
    shot(done, "disposals-applied")
    done.close()

    # An item another school sent, with no room yet (as the district's transfer arrives
    # through sync).
    arrived = equipment_ids(reg, EquipmentQuery(text="may chieu", in_service=True))[-1]
    with reg.write() as s:
        s.get(Equipment, arrived).room_id = None
        s.add(
            Transfer(
                school_id=reg.school_id,
                kind=TransferKind.SCHOOL,
                equipment_id=arrived,
                quantity=1,
                qty_good=1,
                from_school_id="other-school",
                to_school_id=reg.school_id,
                from_school_name="Trường THCS Lê Quý Đôn",
                to_school_name=reg.school().name,
                transferred_on=date.today(),
                decision_number="45/QĐ-PGDĐT",
                created_at=datetime.now(UTC),
            )
        )
    window.nav.setCurrentRow(pages.index(window.transfers_page))
    window.transfers_page.refresh()
    shot(window, "disposals-transfers-page")
    store = next(r for r in list_rooms(reg) if r.kind.value == "storeroom")
    lab = next(r for r in list_rooms(reg) if r.kind.value == "subject")
    lots = equipment_ids(reg, EquipmentQuery(room_id=store.id, in_service=True))
    handover = TransferDialog(reg, window, item_ids=lots[:4], to_room_id=lab.id)
    handover.handed_by.setText(reg.school().equipment_officer)
    handover.reason.setPlainText("Trang bị cho phòng học bộ môn")
    model = handover.lines
    big = next((r for r, line in enumerate(model.lines) if line.total >= 4), None)
    if big is not None:
        model.setData(model.index(big, 4), str(model.lines[big].total // 2))
    handover.resize(1000, 720)
    shot(handover, "disposals-handover-dialog")
    handover.close()

    tool = shutil.which("pdftoppm")
    moved = transfers.transfer_ids(reg, transfers.TransferQuery(kind=TransferKind.ROOM))
    for name, make in (
        ("disposals-sheet-minutes", lambda out: disposal_minutes(reg, out, applied)),
        ("disposals-sheet-handover", lambda out: transfer_minutes(reg, out, moved[0])),
    ):
        pdf = make(folder / f"{name}.pdf")
        if tool is not None:
            subprocess.run(
                [tool, "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                 str(images / name)],
                check=True,
            )  # fmt: skip
            print(images / f"{name}.png")


def catch_up_maintenance(reg) -> None:  # type: ignore[no-untyped-def]
    """The demo school stands on a day of May 2026 (``reference_date``): shots taken
    months later would show every maintenance task long overdue. Most tasks are
    recorded as done at days spread over their interval, as a school that keeps up
    would have them: a few left overdue, some due within the month, most later."""
    import random
    from collections import defaultdict
    from datetime import date, timedelta

    from app.services.maintenance import complete_tasks
    from app.services.maintenance_tasks import due_tasks

    today = date.today()
    rng = random.Random("sotb-screenshots:maintenance")
    by_day: dict[date, list[tuple[str, str]]] = defaultdict(list)
    for task in due_tasks(reg, today):
        if rng.random() < 0.05:
            continue  # left overdue
        since_last = (today - task.last_done_on).days - 1 if task.last_done_on else 10_000
        offset = rng.randint(0, max(0, min(task.interval_days - 1, since_last)))
        by_day[today - timedelta(days=offset)].append((task.plan_id, task.equipment_id))
    officer = reg.school().equipment_officer
    for day, pairs in sorted(by_day.items()):
        complete_tasks(reg, pairs, {"performed_on": day, "performed_by": officer})


def catch_up_faults(reg) -> None:  # type: ignore[no-untyped-def]
    """The demo's fault reports stand in May 2026 too. By the day of the shots its
    repairs have come back (a few could not be fixed) and its waiting reports were seen
    to (one was a mistake); the new school year has reports of its own: two overdue at
    the repairer's, one due back next week, one mended at school, one fixed, one that
    cannot be fixed, and two reported in the last days, waiting."""
    import random
    from datetime import date, timedelta

    from app.models.enums import EquipmentStatus, FaultStatus, MaintenanceResult
    from app.services import faults
    from app.services.demo_faults import symptom
    from app.services.equipment_query import EquipmentQuery, equipment_ids, equipment_rows
    from app.services.faults import FaultQuery
    from app.services.schools import list_staff

    today = date.today()
    rng = random.Random("sotb-screenshots:faults")
    fixed, not_fixed = MaintenanceResult.FIXED, MaintenanceResult.NOT_FIXED
    for row in faults.fault_log(reg, FaultQuery(statuses=(FaultStatus.REPAIRING,))):
        start = row.started_on or row.reported_on
        back = (row.repair_due_on or start + timedelta(days=10)) + timedelta(rng.randint(-3, 4))
        outcome = not_fixed if rng.random() < 0.15 else fixed
        faults.finish_repair(
            reg, row.id, {"finished_on": min(max(back, start), today), "outcome": outcome}
        )
    waiting = faults.fault_log(reg, FaultQuery(statuses=(FaultStatus.OPEN,)))
    officer = reg.school().equipment_officer
    for i, row in enumerate(waiting):
        if i == 0:
            faults.cancel_fault(reg, row.id, "báo nhầm", on=row.reported_on + timedelta(days=2))
            continue
        mended = min(row.reported_on + timedelta(days=rng.randint(1, 6)), today)
        faults.finish_repair(
            reg, row.id, {"finished_on": mended, "outcome": fixed, "performed_by": officer}
        )

    teachers = [m for m in list_staff(reg, active_only=True) if m.subject]
    repairers = faults.known_repairers(reg) or ["Trung tâm bảo hành Điện tử Sao Mai"]
    items = []
    for words in ("may chieu", "may tinh xach tay", "tivi", "loa keo", "quat tran", "may in"):
        ids = equipment_ids(reg, EquipmentQuery(text=words, in_service=True))
        rows = equipment_rows(reg, ids)
        items += [
            rows[i]
            for i in ids
            if rows[i].qty_good >= 1 and rows[i].status == EquipmentStatus.IN_USE
        ][:2]
    # (days ago reported, what becomes of it): newest last.
    stories = [
        (75, "not_fixed"),
        (60, "fixed"),
        (40, "overdue"),
        (30, "overdue"),
        (20, "at_school"),
        (12, "out"),
        (3, "waiting"),
        (1, "waiting"),
    ]
    for item, (ago, story) in zip(rng.sample(items, len(stories)), stories, strict=True):
        reported = today - timedelta(days=ago)
        teacher = rng.choice(teachers)
        fault = faults.report_fault(
            reg,
            {
                "equipment_id": item.id,
                "quantity": 1,
                "reported_on": reported,
                "reporter_id": teacher.id,
                "reported_by": teacher.full_name,
                "description": symptom(rng, item.name),
            },
        )
        if story == "waiting":
            continue
        start = reported + timedelta(days=rng.randint(1, 3))
        sent_out = story != "at_school"
        promised = {"overdue": start + timedelta(days=14), "out": today + timedelta(days=6)}
        faults.start_repair(
            reg,
            fault.id,
            {
                "started_on": start,
                "performed_by": officer if story == "at_school" else rng.choice(repairers),
                "cost": 0 if story == "at_school" else rng.choice((350_000, 600_000, 1_200_000)),
                "sent_out": sent_out,
                "repair_due_on": promised.get(
                    story, start + timedelta(days=10) if sent_out else None
                ),
            },
        )
        if story in ("fixed", "not_fixed"):
            faults.finish_repair(
                reg,
                fault.id,
                {
                    "finished_on": start + timedelta(days=9),
                    "outcome": fixed if story == "fixed" else not_fixed,
                },
            )


def first_page(pdf: Path, images: Path, name: str, resolution: int = 70) -> None:
    """The PDF's first page as images/NAME.png (when poppler's pdftoppm is there)."""
    import shutil
    import subprocess

    tool = shutil.which("pdftoppm")
    if tool is None:
        return
    subprocess.run(
        [tool, "-r", str(resolution), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
         str(images / name)],
        check=True,
    )  # fmt: skip
    print(images / f"{name}.png")


def shot_maintenance_and_faults(reg, window, folder: Path, shot, images: Path) -> None:  # type: ignore[no-untyped-def]
    """Maintenance plans and fault reports: the plans page, a category plan's form, the
    due tasks ticked by scanning and their completion, the fault reports page with an
    overdue repair, the report form, the repair dialogs, the printed plan schedule and
    fault book."""
    from datetime import date, timedelta

    from app.reports.pdf.fault_book import fault_book, year_start
    from app.reports.pdf.plan_sheet import plan_sheet
    from app.services import faults
    from app.services.equipment_query import EquipmentQuery, equipment_ids, equipment_rows
    from app.services.faults import FaultQuery
    from app.services.maintenance import get_plan
    from app.services.maintenance_tasks import DueTask, TaskFilter, due_tasks
    from app.ui.due_tasks_dialog import CompleteTasksDialog, DueTasksDialog
    from app.ui.forms.fault_form import FaultForm
    from app.ui.forms.plan_form import PlanForm
    from app.ui.repair_dialog import FinishRepairDialog, StartRepairDialog

    pages = [page for _, page in window.pages]
    window.nav.setCurrentRow(pages.index(window.plans_page))
    plans = window.plans_page
    plans.refresh()
    plans.table.selectRow(0)
    shot(window, "maintenance-plans")
    category_row = next(
        (i for i in range(plans.model.rowCount()) if not plans.model.row_data(i).equipment_id), 0
    )
    plan = plans.model.row_data(category_row)
    form = PlanForm(reg, plan=get_plan(reg, plan.id), parent=window)
    shot(form, "maintenance-plan-form")
    form.close()

    # A plan's tasks, as Ctrl+D on its row opens them (due within 30 days): one late
    # and one not due yet ticked by scanning their labels.
    def mixed(plan_id: str) -> list[DueTask]:
        return due_tasks(reg, f=TaskFilter(plan_ids=[plan_id]), ahead=30)

    rows = [plans.model.row_data(i) for i in range(plans.model.rowCount())]
    chosen = max(
        rows,
        key=lambda r: (
            any(t.overdue for t in mixed(r.id)) and any(t.days_overdue < 0 for t in mixed(r.id)),
            -abs(len(mixed(r.id)) - 12),
        ),
    )
    tasks = mixed(chosen.id)
    late = next((t for t in tasks if t.overdue), tasks[0])
    coming = next((t for t in tasks if t.days_overdue < 0), tasks[-1])
    dialog = DueTasksDialog(reg, window.hub, chosen.id, window)
    dialog.resize(1300, 440)
    panel = dialog.panel
    panel.horizon.set_value(30)
    for task in (late, coming):
        panel.scan(task.asset_code)  # as a scanner types the label's code and Enter
    shot(dialog, "maintenance-due-tasks")
    done = CompleteTasksDialog(reg, [late, coming], dialog)
    shot(done, "maintenance-complete-tasks")
    done.close()
    dialog.close()

    window.nav.setCurrentRow(pages.index(window.faults_page))
    window.faults_page.refresh()
    window.faults_page.table.selectRow(0)
    shot(window, "faults-page")
    projectors = equipment_ids(reg, EquipmentQuery(text="may chieu", in_service=True))
    rows = equipment_rows(reg, projectors)
    projector = next(rows[i] for i in projectors if rows[i].qty_good >= 1)
    report = FaultForm(reg, parent=window)
    report.asset_code.setText(projector.asset_code)
    report._show_item()
    report.description.setPlainText("Máy chiếu không lên hình, đèn báo nhấp nháy đỏ")
    shot(report, "faults-report-form")
    report.close()
    # The newest waiting report goes to a repairer; the repair due back next week ends.
    waiting = faults.fault_log(reg, FaultQuery(statuses=(faults.FaultStatus.OPEN,)))
    repairing = faults.fault_log(reg, FaultQuery(statuses=(faults.FaultStatus.REPAIRING,)))
    if waiting:
        start = StartRepairDialog(reg, waiting[0].id, window)
        start.performed_by.setText(
            (faults.known_repairers(reg) or ["Cửa hàng Điện tử Minh Phát"])[0]
        )
        start.cost.set_value(450_000)
        start.repair_due_on.set_value(date.today() + timedelta(days=7))
        shot(start, "faults-start-repair")
        start.close()
    out = [r for r in repairing if r.repair_due_on and r.repair_due_on >= date.today()]
    if out or repairing:
        finish = FinishRepairDialog(reg, (out or repairing)[0].id, window)
        finish.work.setPlainText("Thay bo mạch nguồn")
        shot(finish, "faults-repair-result")
        finish.close()

    first_page(plan_sheet(reg, folder / "ke-hoach-bao-tri.pdf"), images, "maintenance-sheet-plans")
    since = year_start(date.today())
    first_page(
        fault_book(reg, folder / "so-bao-hong.pdf", since=since), images, "faults-sheet-book"
    )


def shot_room_usage(reg, window, folder: Path, shot, images: Path) -> None:  # type: ignore[no-untyped-def]
    """Sổ theo dõi sử dụng phòng học bộ môn: a busy room's week in the demo's last
    weeks (one session noted a problem), the list of sessions, the term's statistics by
    room and by month, the form recording a session in an empty cell with an item
    scanned, its refusal of periods already taken, the print dialog and the book."""
    from collections import Counter
    from datetime import timedelta

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QTableWidgetSelectionRange

    from app.reports.pdf.usage_book import usage_book
    from app.services import room_usage
    from app.services.equipment_query import EquipmentQuery, equipment_ids
    from app.services.room_usage import UsageQuery
    from app.ui.forms.room_usage_form import RoomUsageForm
    from app.ui.room_usage_page import UsageScopeDialog
    from app.ui.tasks import TaskRunner

    slots = list(room_usage.usage_rows(reg, room_usage.usage_ids(reg, UsageQuery())).values())
    sessions = Counter((s.room_id, room_usage.week_start(s.used_on)) for s in slots)
    noted = {(s.room_id, room_usage.week_start(s.used_on)) for s in slots if s.incidents}
    latest = max(week for _room, week in noted)
    room_id, monday = max(
        (key for key in noted if key[1] >= latest - timedelta(days=14)), key=lambda k: sessions[k]
    )
    week = [
        s for s in slots if s.room_id == room_id and monday <= s.used_on < monday + timedelta(7)
    ]

    page = window.room_usage_page
    window.show_widget(page)
    page.tabs.setCurrentIndex(0)
    page.week.set_room(room_id)
    page.week.set_week(monday)

    # Two empty periods of a day that has a session: where the form below opens.
    def free(day_index: int, period: int) -> bool:
        return page.week.slot_at(period - 1, day_index) is None

    day_index, first = next(
        (d, p)
        for d in range(6)
        if any(s.used_on.weekday() == d for s in week)
        for p in (1, 2, 3, 4, 6, 7, 8, 9)
        if free(d, p) and free(d, p + 1) and room_usage.half_day(p) == room_usage.half_day(p + 1)
    )
    page.week.grid.setCurrentCell(first - 1, day_index)
    both = QTableWidgetSelectionRange(first - 1, day_index, first, day_index)
    page.week.grid.setRangeSelected(both, True)  # two periods, to record them together
    shot(window, "room-usage-week")

    page.tabs.setCurrentIndex(1)
    page.list_page.refresh()
    page.list_page.table.selectRow(0)
    shot(window, "room-usage-list")

    TaskRunner.synchronous = True
    stats = page.stats
    since, until = room_usage.term_of(monday)
    stats.period.set_value("custom")
    stats.since.set_value(since)
    stats.until.set_value(min(until, max(s.used_on for s in slots)))
    page.tabs.setCurrentIndex(2)
    stats.refresh()
    shot(window, "room-usage-stats")
    stats.tabs.setCurrentIndex(2)
    shot(window, "room-usage-stats-months")
    stats.tabs.setCurrentIndex(0)
    TaskRunner.synchronous = False
    page.tabs.setCurrentIndex(0)

    day = monday + timedelta(days=day_index)
    model = next(s for s in week if s.used_on == day)
    grade = model.class_name[:1]
    others = [
        c for c in room_usage.class_names(reg) if c.startswith(grade) and c != model.class_name
    ]
    form = RoomUsageForm(
        reg, room_id=room_id, used_on=day, periods=(first, first + 1), parent=window
    )
    form.class_name.setText(others[0] if others else model.class_name)
    form.teacher.setText(model.teacher_name)
    form.lesson.setText(model.lesson)
    items = equipment_ids(reg, EquipmentQuery(room_id=room_id, in_service=True))
    for item_id in items[:2]:
        code = room_usage.item_names(reg, [item_id])[item_id][0]
        form.items.scan.setText(code)
        form.items.scan.resolve()  # as a scanner's code and Enter
    form.resize(640, form.sizeHint().height())
    shot(form, "room-usage-form")
    form.period_from.set_value(model.period_from)  # the end follows the start
    form.try_save()  # the periods are taken: refused, said under the field
    shot(form, "room-usage-form-refused")
    form.close()

    title = QCoreApplication.translate("ReportActions", "Room usage book")
    scope = UsageScopeDialog(reg, title, room_id, window)
    shot(scope, "room-usage-scope")
    scope.close()
    book = usage_book(
        reg, folder / "so-su-dung-phong.pdf", since=since, until=until, room_id=room_id
    )
    first_page(book, images, "room-usage-sheet-book")


def shot_compliance(reg, window, folder: Path, shot, images: Path) -> None:  # type: ignore[no-untyped-def]
    """Rà soát: the rooms tab on a room short of its rules, the missing equipment by
    subject and grade, classes per grade, checking a ministry list with a bad row, and
    the printed review's first page."""
    import shutil
    import subprocess

    import openpyxl

    from app.reports.pdf.compliance_sheet import compliance_sheet
    from app.ui.catalogue_import_dialog import CatalogueImportDialog
    from app.ui.classes_dialog import ClassesDialog
    from app.ui.tasks import TaskRunner

    TaskRunner.synchronous = True
    page = window.compliance_page
    window.nav.setCurrentRow([p for _, p in window.pages].index(page))
    page.refresh()
    short = next((i for i, r in enumerate(page.room_table.rows) if r.shortfalls), 0)
    page.room_table.view.selectRow(page.room_table.model.row_of(str(short)))
    shot(window, "compliance-rooms")
    page.tabs.setCurrentIndex(1)
    shot(window, "compliance-equipment")
    classes = ClassesDialog(reg, "THCS", window)
    shot(classes, "compliance-classes")
    classes.close()

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KHTN 6"
    ws.append(["DANH MỤC THIẾT BỊ DẠY HỌC TỐI THIỂU MÔN KHOA HỌC TỰ NHIÊN - LỚP 6"])
    ws.append([])
    ws.append(["STT", "Chủ đề", "Tên thiết bị", "Đối tượng sử dụng", "Đơn vị tính", "Số lượng"])
    ws.append([1, "Tế bào", "Kính lúp cầm tay", "HS", "cái", "06"])
    ws.append([2, "Tế bào", "Bộ tranh tế bào", "GV", "bộ", "01"])
    ws.append([3, "Lực", "Lực kế ống 5 N", "HS", "cái", "sáu"])
    path = folder / "tt38-khtn.xlsx"
    wb.save(path)
    dialog = CatalogueImportDialog(reg, "THCS", window)
    dialog.path.setText(str(path))
    dialog.check()
    shot(dialog, "compliance-import")
    dialog.close()
    TaskRunner.synchronous = False

    pdf = compliance_sheet(reg, folder / "ra-soat.pdf")
    tool = shutil.which("pdftoppm")
    if tool is not None:
        subprocess.run(
            [tool, "-r", "60", "-png", "-f", "1", "-l", "2", str(pdf),
             str(images / "compliance-sheet")],
            check=True,
        )  # fmt: skip


def shot_loans(reg, window, folder: Path, shot, images: Path) -> None:  # type: ignore[no-untyped-def]
    """Sổ mượn – trả: the page with loans out (one overdue in red), the lend dialog
    with scanned items and its refusal of too many units, a partial return with a
    damaged unit, an item's loans, the period asked for the book and its first page."""
    import shutil
    import subprocess
    from datetime import date, timedelta

    from sqlalchemy import func, select

    from app.models import Equipment, Loan
    from app.models.enums import EquipmentCategory, EquipmentStatus
    from app.reports.pdf.loan_book import loan_book
    from app.services import loans
    from app.services.common import now_utc
    from app.services.schools import list_staff
    from app.ui.equipment_detail import EquipmentDetail
    from app.ui.forms.loan_form import LendDialog
    from app.ui.loan_book_dialog import LoanPeriodDialog, school_year_start
    from app.ui.loan_return_dialog import ReturnDialog

    with reg.read() as s:
        lots = list(
            s.scalars(
                select(Equipment.id)
                .where(
                    Equipment.qty_good >= 12,
                    Equipment.status == EquipmentStatus.IN_USE,
                    Equipment.category == EquipmentCategory.TEACHING,
                    Equipment.deleted_at.is_(None),
                )
                .order_by(Equipment.asset_code_norm)
                .limit(3)
            )
        )
        busiest = s.scalar(
            select(Loan.equipment_id)
            .group_by(Loan.equipment_id)
            .order_by(func.count().desc(), Loan.equipment_id)
            .limit(1)
        )
    teachers = sorted(
        (t for t in list_staff(reg) if t.subject), key=lambda t: "Khoa học" not in t.subject
    )[:2]
    now = now_utc().replace(microsecond=0)
    # Two loans out now: one due in an hour, one two hours late.
    for teacher, lot, lent, due in (
        (teachers[0], lots[0], now - timedelta(hours=1), now + timedelta(hours=1)),
        (teachers[1], lots[1], now - timedelta(hours=5), now - timedelta(hours=2)),
    ):
        loans.lend(
            reg,
            {
                "borrower_id": teacher.id,
                "class_name": "8A3",
                "period": "3-4",
                "lesson": "Thực hành theo nhóm",
                "lent_at": lent,
                "due_at": due,
                "lines": [{"equipment_id": lot, "quantity": 10}],
            },
        )
    pages = [page for _, page in window.pages]
    window.nav.setCurrentRow(pages.index(window.loans_page))
    window.loans_page.refresh()
    shot(window, "loans-page")

    lend = LendDialog(reg, window)
    lend.borrower.choose(teachers[0])
    lend.class_name.setText("7A2")
    lend.period.setText("3-4")
    lend.lesson.setText("Bài 18: Tế bào – đơn vị cơ sở của sự sống")
    found = loans.lendable(reg, [lots[2], lots[0]])
    lend.add_item(found[lots[2]])
    lend.lines[0][1].setValue(8)
    lend.add_item(found[lots[0]])  # as a scan adds it: its units available are said
    lend.resize(860, 640)
    shot(lend, "loans-lend")
    item, spin = lend.lines[-1]
    spin.setValue(item.available + 5)
    lend.try_save()  # more than available: refused, nothing written
    shot(lend, "loans-lend-refused")
    lend.close()

    out = next(r for r in loans.list_loans(reg, loans.LoanQuery()) if r.quantity >= 10)
    back = ReturnDialog(reg, out.id, window)
    back.good.setText(str(out.outstanding - 3))
    back.damaged.setText("1")
    back.notes.setPlainText("Một cái bị gãy khi thu dọn sau giờ thực hành")
    shot(back, "loans-return")
    back.close()

    detail = EquipmentDetail(reg, window.hub, busiest, window)
    detail.tabs.setCurrentIndex(detail.tabs.count() - 1)
    detail.resize(900, 560)
    shot(detail, "loans-item")
    detail.close()

    period = LoanPeriodDialog(window.tr("Loan book"), window)
    shot(period, "loans-period")
    period.close()

    tool = shutil.which("pdftoppm")
    pdf = loan_book(reg, folder / "loans-book.pdf", since=school_year_start(date.today()))
    if tool is not None:
        subprocess.run(
            [tool, "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(images / "loans-sheet-book")],
            check=True,
        )  # fmt: skip
        print(images / "loans-sheet-book.png")


def shot_inventory(reg, window, folder: Path, shot, images: Path) -> None:  # type: ignore[no-untyped-def]
    """Kiểm kê: last school year's count of the labs, finalised; this year's whole-school
    count under way: the page, the wizard, the counting screen (a single from another
    room, a lot's quantities, an unknown code), the finalise dialog, and the minutes."""
    import shutil
    import subprocess
    from datetime import date

    from PySide6.QtCore import Qt

    from app.reports.pdf import count_minutes
    from app.services import inventory_count as ic
    from app.services import inventory_finalise as fin
    from app.services import inventory_lines as il
    from app.services.rooms import list_rooms
    from app.ui.count_finalise_dialog import FinaliseDialog
    from app.ui.count_session import CountSession
    from app.ui.count_wizard import CountWizard
    from app.ui.tasks import TaskRunner

    TaskRunner.synchronous = True
    for active in il.active_counts(reg):
        ic.cancel_count(reg, active.id)
    school = reg.school()
    committee = [
        {"name": school.principal or "Nguyễn Văn Hùng", "position": "Hiệu trưởng",
         "role": ic.ROLE_CHAIR},
        {"name": "Phạm Thị Lan", "position": "Phó hiệu trưởng", "role": ic.ROLE_MEMBER},
        {"name": school.equipment_officer or "Trần Thị Mỹ Dung", "position": "Nhân viên thiết bị",
         "role": ic.ROLE_SECRETARY},
    ]  # fmt: skip
    today = date.today()
    year_end = date(today.year if today >= date(today.year, 5, 31) else today.year - 1, 5, 31)
    labs = [r for r in list_rooms(reg) if r.kind.value == "subject"][:3]
    past = ic.open_count(
        reg,
        {"title": f"Kiểm kê cuối năm học {year_end.year - 1} - {year_end.year}",
         "counted_on": year_end, "committee": committee, "whole_school": False,
         "room_ids": [r.id for r in labs]},
    )  # fmt: skip
    lines = il.count_lines(reg, past.id)
    lots = [line for line in lines if line.is_lot and line.book_good > 2]
    for line in lots[:2]:  # a unit missing, a unit broken
        ic.record_count(
            reg, past.id,
            {"equipment_id": line.equipment_id, "room_id": line.book_room_id,
             "good": line.book_good - 1, "minor_damage": line.book_minor_damage,
             "broken": line.book_broken + (1 if line is lots[1] else 0),
             "reason": "Vỡ khi làm thí nghiệm" if line is lots[1] else ""},
        )  # fmt: skip
    single = next(line for line in lines if not line.is_lot)
    ic.scan(reg, past.id, single.asset_code, labs[-1].id if single.book_room_id != labs[-1].id
            else labs[0].id)  # fmt: skip
    ic.tick_lines(reg, past.id, [line.id for line in lines])
    fin.finalise_count(
        reg, past.id,
        conclusion="Thiết bị cơ bản đủ và đúng sổ. Đề nghị bổ sung 1 bộ thí nghiệm bị thiếu, "
        "sửa chữa thiết bị hỏng trước năm học mới.",
    )  # fmt: skip

    count = ic.open_count(
        reg,
        {"title": f"Kiểm kê cuối năm học {year_end.year} - {year_end.year + 1}",
         "counted_on": today, "committee": committee},
    )  # fmt: skip
    rooms = [r for r in list_rooms(reg) if r.kind.value == "subject"]
    first = il.line_ids(reg, il.LineQuery(count.id, room_id=rooms[0].id))
    ic.tick_lines(reg, count.id, first, rooms[0].id)
    pages = [page for _, page in window.pages]
    window.nav.setCurrentRow(pages.index(window.inventory_page))
    window.inventory_page.refresh()
    window.inventory_page.table.selectRow(0)
    shot(window, "inventory-page")

    wizard = CountWizard(reg, parent=window)
    wizard.chosen_rooms.setChecked(True)
    for i in range(3):
        wizard.rooms.item(i).setCheckState(Qt.CheckState.Checked)
    wizard.committee.set_members(committee)
    shot(wizard, "inventory-wizard")
    wizard.close()

    session = CountSession(reg, window.hub, count.id, window, confirm=lambda _q: False,
                           beep=lambda: None)  # fmt: skip
    session.resize(1360, 780)
    room = rooms[1]
    session.choose_room(room.id)
    here = [il.line_rows(reg, [i])[i] for i in il.line_ids(reg, il.LineQuery(count.id, room.id))]
    for line in [line for line in here if not line.is_lot][:4]:
        session.scan_code(line.asset_code)
    lot = next((line for line in here if line.is_lot), None)
    if lot is not None:
        session.scan_code(lot.asset_code)
        session.lot.good.setText(str(max(lot.book_good - 1, 0)))
        session.save_lot()
    stray = next(line for line in il.count_lines(reg, count.id)
                 if line.book_room_id not in (room.id, None) and not line.is_lot)  # fmt: skip
    session.scan_code(stray.asset_code)
    shot(session, "inventory-session")
    if lot is not None:
        session.scan_code(lot.asset_code)
        shot(session, "inventory-session-lot")
        session.cancel_lot(quiet=True)
    session.scan_code("TB-KHONG-CO")
    shot(session, "inventory-session-unknown")
    session.close()

    dialog = FinaliseDialog(reg, window.hub, count.id, window, confirm=lambda _q: False)
    dialog.resize(1100, 720)
    shot(dialog, "inventory-finalise")
    dialog.close()
    ic.cancel_count(reg, count.id, "Ảnh minh họa")
    TaskRunner.synchronous = False

    tool = shutil.which("pdftoppm")
    pdf = count_minutes(reg, folder / "inventory-minutes.pdf", past.id)
    if tool is not None:
        subprocess.run(
            [tool, "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(images / "inventory-sheet-minutes")],
            check=True,
        )  # fmt: skip
        print(images / "inventory-sheet-minutes.png")


if __name__ == "__main__":
    main()
