"""Excel sheets of the maintenance work: the plans with the tasks due up to a day, and
the fault reports with the repairs they became. One row a plan, a task or a report;
dates and money are real dates and numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.models.enums import FaultStatus
from app.reports.data import school_info
from app.reports.excel_export import Column, _clean, _info_sheet, _period, _Sheet, _writing
from app.reports.pdf.fault_book import result_words
from app.reports.pdf.plan_sheet import AHEAD_DAYS, interval_words, late_words, target_words
from app.reports.vocabulary import vn_date, word
from app.services.errors import ServiceError
from app.services.faults import FaultQuery, fault_log
from app.services.maintenance import PlanQuery, plan_list
from app.services.maintenance_tasks import due_tasks
from app.services.register import Register

Progress = Callable[[int, int], None]
PLANS_TITLE = "Kế hoạch bảo trì thiết bị"
FAULTS_TITLE = "Sổ theo dõi báo hỏng – sửa chữa thiết bị"
PROGRESS_EVERY = 2000

PLAN_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Nội dung công việc", 40),
    Column("Áp dụng cho", 40),
    Column("Nhóm tài sản", 18),
    Column("Tên thiết bị chứa", 16),
    Column("Chu kỳ (ngày)", 10, "number"),
    Column("Chu kỳ", 10),
    Column("Số thiết bị", 10, "number"),
    Column("Việc đến hạn", 10, "number"),
    Column("Đến hạn gần nhất", 14, "date"),
    Column("Lần gần nhất", 14, "date"),
    Column("Trạng thái", 12),
)
TASK_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Nội dung công việc", 40),
    Column("Mã tài sản", 14),
    Column("Tên thiết bị", 36),
    Column("Phòng", 10),
    Column("Lần gần nhất", 14, "date"),
    Column("Đến hạn", 14, "date"),
    Column("Số ngày quá hạn", 10, "number"),
    Column("Tình trạng", 18),
    Column("Chu kỳ", 10),
)
FAULT_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Ngày báo", 12, "date"),
    Column("Mã tài sản", 14),
    Column("Tên thiết bị", 32),
    Column("Phòng", 10),
    Column("Số lượng", 9, "number"),
    Column("Đơn vị tính", 9),
    Column("Hiện tượng hỏng", 40),
    Column("Người báo", 22),
    Column("Trạng thái", 16),
    Column("Người / đơn vị sửa", 28),
    Column("Ngày bắt đầu sửa", 12, "date"),
    Column("Hẹn trả", 12, "date"),
    Column("Chi phí (đồng)", 14, "money"),
    Column("Kết quả", 26),
    Column("Ngày xong", 12, "date"),
    Column("Nội dung sửa chữa", 36),
    Column("Ghi chú", 30),
)


def _row(values: list[Any]) -> list[Any]:
    return [_clean(v) if type(v) is str else v for v in values]


def export_plans(
    reg: Register,
    out: Path,
    *,
    on: date | None = None,
    until: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """The plans, and every task due up to ``until`` (a month after ``on``, today by
    default), the most overdue first."""
    on = on or date.today()
    until = until or on + timedelta(days=AHEAD_DAYS)
    if until < on:
        raise ServiceError(
            f"Ngày cuối ({vn_date(until)}) trước ngày lập ({vn_date(on)}): "
            "hãy chọn một ngày từ hôm nay trở đi."
        )
    school = school_info(reg)
    plans = plan_list(reg, PlanQuery(on=on, sort="task"))
    tasks = due_tasks(reg, on, ahead=(until - on).days)
    period = f"Các việc đến hạn đến ngày {vn_date(until)}"
    with _writing(out, PLANS_TITLE, school, period) as wb:
        sheet = _Sheet(wb, "Kế hoạch bảo trì", PLAN_COLUMNS, len(plans))
        for n, p in enumerate(plans, start=1):
            sheet.append(
                _row(
                    [
                        n,
                        p.task,
                        target_words(p),
                        word(p.category) if p.category else "",
                        p.name_contains,
                        p.interval_days,
                        interval_words(p.interval_days),
                        p.items,
                        p.due,
                        p.earliest_due if p.active else None,
                        p.last_done_on,
                        "Đang áp dụng" if p.active else "Tạm dừng",
                    ]
                )
            )
        task_sheet = _Sheet(wb, "Việc đến hạn", TASK_COLUMNS, len(tasks))
        for n, t in enumerate(tasks, start=1):
            task_sheet.append(
                _row(
                    [
                        n,
                        t.task,
                        t.asset_code,
                        t.name,
                        t.room_code,
                        t.last_done_on,
                        t.due_on,
                        max(t.days_overdue, 0),
                        late_words(t),
                        interval_words(t.interval_days),
                    ]
                )
            )
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, len(tasks))
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", PLANS_TITLE),
                ("Ngày lập", on),
                ("Việc đến hạn đến ngày", until),
                ("Số kế hoạch", len(plans)),
                ("Số kế hoạch đang áp dụng", sum(1 for p in plans if p.active)),
                ("Số việc đến hạn", len(tasks)),
                ("Trong đó quá hạn", sum(1 for t in tasks if t.overdue)),
            ],
        )
    if progress is not None:
        progress(len(tasks), len(tasks))
    return Path(out)


def export_faults(
    reg: Register,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    on: date | None = None,
) -> Path:
    """The faults reported ``since`` ... ``until`` (both included), oldest first;
    ``on`` is what an overdue repair is measured on (today by default)."""
    if since and until and since > until:
        raise ServiceError(
            f"Khoảng thời gian không hợp lệ: từ ngày {vn_date(since)} đến ngày {vn_date(until)}."
        )
    on = on or date.today()
    school = school_info(reg)
    rows = fault_log(
        reg, FaultQuery(since=since, until=until, sort="reported_on", descending=False)
    )
    period = _period(since, until)
    with _writing(out, FAULTS_TITLE, school, period) as wb:
        sheet = _Sheet(wb, "Báo hỏng – sửa chữa", FAULT_COLUMNS, len(rows))
        for n, r in enumerate(rows, start=1):
            sheet.append(
                _row(
                    [
                        n,
                        r.reported_on,
                        r.asset_code,
                        r.name,
                        r.room_code,
                        r.quantity,
                        r.unit,
                        r.description,
                        r.reported_by,
                        word(r.status),
                        r.performed_by,
                        r.started_on,
                        r.repair_due_on,
                        r.cost,
                        result_words(r, on),
                        r.closed_on,
                        r.work,
                        r.notes,
                    ]
                )
            )
        cost = sum(r.cost or 0 for r in rows if r.status != FaultStatus.CANCELLED)
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", FAULTS_TITLE),
                ("Thời gian", period),
                ("Số lần báo hỏng", len(rows)),
                ("Đang chờ sửa", sum(1 for r in rows if r.status == FaultStatus.OPEN)),
                ("Đang sửa", sum(1 for r in rows if r.status == FaultStatus.REPAIRING)),
                ("Trong đó quá hạn trả", sum(1 for r in rows if r.overdue(on))),
                ("Chi phí sửa chữa (đồng)", cost),
            ],
        )
    return Path(out)


__all__ = ["FAULT_COLUMNS", "PLAN_COLUMNS", "TASK_COLUMNS", "export_faults", "export_plans"]
