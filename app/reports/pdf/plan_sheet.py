"""KẾ HOẠCH BẢO TRÌ THIẾT BỊ: the school's maintenance plans (what, for which items,
how often, when last done and next due), then the tasks due up to a day, plan by
plan, with blank columns for the day it was done and who did it: the sheet the
officer takes round the rooms and the principal signs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from app.reports.data import school_info
from app.reports.pdf.blocks import (
    Letterhead,
    officer_and_principal,
    school_year,
    signature_flowables,
    title_block,
    upper,
)
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import number
from app.reports.vocabulary import vn_date, word
from app.services.errors import ServiceError
from app.services.maintenance import PlanQuery, PlanRow, plan_list
from app.services.maintenance_tasks import DueTask, due_tasks
from app.services.register import Register

TITLE = "Kế hoạch bảo trì thiết bị"
AHEAD_DAYS = 30  # the tasks listed: due up to a month ahead by default
PROGRESS_EVERY = 500
SECTION_ROOM = 45 * mm  # a section's heading, the table's header and a few rows

# Each table adds up to the 252 mm landscape frame.
PLAN_COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(70 * mm, wraps=True),  # nội dung công việc
    Column(70 * mm, wraps=True),  # áp dụng cho
    Column(18 * mm, "RIGHT"),  # số thiết bị
    Column(20 * mm, "CENTER", wraps=True),  # chu kỳ
    Column(21 * mm, "CENTER"),  # lần gần nhất
    Column(21 * mm, "CENTER"),  # đến hạn
    Column(22 * mm, wraps=True),  # ghi chú
)
PLAN_HEADER = ("STT", "Nội dung công việc", "Áp dụng cho", "Số thiết bị", "Chu kỳ",
               "Lần gần nhất", "Đến hạn gần nhất", "Ghi chú")  # fmt: skip

TASK_COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(24 * mm),  # mã tài sản
    Column(56 * mm, wraps=True),  # tên thiết bị
    Column(18 * mm, "CENTER", wraps=True),  # phòng
    Column(21 * mm, "CENTER"),  # lần gần nhất
    Column(21 * mm, "CENTER"),  # đến hạn
    Column(33 * mm, "CENTER", wraps=True),  # tình trạng: "Quá hạn 182 ngày" on one line
    Column(22 * mm),  # ngày thực hiện: written by hand
    Column(31 * mm),  # người thực hiện: written by hand
    Column(16 * mm),  # ký
)
TASK_HEADER = ("STT", "Mã tài sản", "Tên thiết bị", "Phòng", "Lần gần nhất", "Đến hạn",
               "Tình trạng", "Ngày thực hiện", "Người thực hiện", "Ký")  # fmt: skip


def interval_words(days: int) -> str:
    """A plan's interval as a sheet writes it: "3 tháng", "1 năm", "2 tuần", "45 ngày"."""
    for size, unit in ((365, "năm"), (30, "tháng"), (7, "tuần")):
        if days % size == 0:
            return f"{days // size} {unit}"
    return f"{days} ngày"


def target_words(row: PlanRow) -> str:
    """What a plan applies to, in the sheet's words."""
    if row.equipment_id:
        return f"{row.asset_code} – {row.item_name}"
    text = f"Các thiết bị nhóm «{word(row.category)}»"
    if row.name_contains:
        text += f" có tên chứa «{row.name_contains}»"
    return text


def late_words(task: DueTask) -> str:
    if task.days_overdue > 0:
        return f"Quá hạn {number(task.days_overdue)} ngày"
    if task.days_overdue == 0:
        return "Đến hạn hôm nay"
    return f"Còn {number(-task.days_overdue)} ngày"


def _plan_cells(n: int, row: PlanRow, on: date) -> list[str]:
    notes = "Tạm dừng" if not row.active else ""
    if row.active and row.due:
        notes = f"{number(row.due)} việc đến hạn"
    return [
        str(n),
        row.task,
        target_words(row),
        number(row.items),
        interval_words(row.interval_days),
        vn_date(row.last_done_on),
        vn_date(row.earliest_due) if row.active else "",
        notes,
    ]


def _task_cells(n: int, task: DueTask) -> list[str]:
    return [
        str(n),
        task.asset_code,
        task.name,
        task.room_code or "",
        vn_date(task.last_done_on) or "Chưa làm",
        vn_date(task.due_on),
        late_words(task),
        "",
        "",
        "",
    ]


def plan_sheet(
    reg: Register,
    out: Path,
    *,
    on: date | None = None,
    until: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the plans and the tasks due up to ``until`` (a month after ``on`` by
    default; ``on`` is the sheet's date, today by default) to ``out``."""
    on = on or date.today()
    until = until or on + timedelta(days=AHEAD_DAYS)
    if until < on:
        raise ServiceError(
            f"Ngày cuối ({vn_date(until)}) trước ngày lập kế hoạch ({vn_date(on)}): "
            "hãy chọn một ngày từ hôm nay trở đi."
        )
    school = school_info(reg)
    plans = plan_list(reg, PlanQuery(on=on, sort="task"))
    tasks = due_tasks(reg, on, ahead=(until - on).days)
    total = len(tasks)

    plan_rows = Rows(PLAN_COLUMNS)
    for n, row in enumerate(plans, start=1):
        plan_rows.item(_plan_cells(n, row, on))
    if not plans:
        plan_rows.heading("Chưa có kế hoạch bảo trì nào", RowKind.NOTE)

    by_plan: dict[str, list[DueTask]] = {}
    for task in tasks:
        by_plan.setdefault(task.plan_id, []).append(task)
    task_rows = Rows(TASK_COLUMNS)
    n = 0
    for plan in plans:
        group = by_plan.get(plan.id)
        if not group:
            continue
        task_rows.heading(
            f"{plan.task} (chu kỳ {interval_words(plan.interval_days)}; "
            f"{number(len(group))} thiết bị)"
        )
        for task in group:
            n += 1
            task_rows.item(_task_cells(n, task))
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, total)
    if not tasks:
        task_rows.heading("Không có việc bảo trì nào đến hạn trong thời gian này", RowKind.NOTE)

    st = styles()
    overdue = sum(1 for t in tasks if t.overdue)
    period = f"Các việc đến hạn đến ngày {vn_date(until)}"
    summary = (
        f"Tổng cộng {number(len(plans))} kế hoạch; {number(total)} việc đến hạn đến ngày "
        f"{vn_date(until)}, trong đó {number(overdue)} việc đã quá hạn."
    )
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, f"{school.name} – {school_year(on)}", f"({period})"),
        Paragraph(upper("I. Các kế hoạch bảo trì"), st.section),
        PagedTable(Header([header_cells(*PLAN_HEADER)]), plan_rows),
        CondPageBreak(SECTION_ROOM),  # the heading never ends a page alone
        Paragraph(upper(f"II. Các việc đến hạn đến ngày {vn_date(until)}"), st.section),
        PagedTable(
            Header([header_cells(*TASK_HEADER)]),
            task_rows,
            tail=[
                Spacer(1, 2 * mm),
                Paragraph(summary, st.body_justified),
                *signature_flowables(officer_and_principal(school), frame_width(wide=True)),
            ],
        ),
    ]
    path = write_pdf(out, story, SheetInfo(TITLE.upper(), school.name, period), wide=True)
    if progress is not None:
        progress(total, total)
    return path


__all__ = ["interval_words", "late_words", "plan_sheet", "target_words"]
