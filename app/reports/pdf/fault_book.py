"""SỔ THEO DÕI BÁO HỎNG – SỬA CHỮA THIẾT BỊ: every fault reported in a period, oldest
first and by month: who reported what on which item, who repaired it, when, at what
cost and with what result; the total cost and the figures under it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.models.enums import FaultStatus
from app.reports.data import school_info
from app.reports.excel_export import _period
from app.reports.pdf.blocks import (
    Letterhead,
    officer_and_principal,
    school_years,
    signature_flowables,
    title_block,
)
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import number
from app.reports.vocabulary import vn_date
from app.services.errors import ServiceError
from app.services.faults import FaultQuery, FaultRow, fault_log
from app.services.register import Register

TITLE = "Sổ theo dõi báo hỏng – sửa chữa thiết bị"
PROGRESS_EVERY = 500

# They add up to the 252 mm landscape frame.
COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(20 * mm, "CENTER"),  # ngày báo
    Column(23 * mm, wraps=True),  # người báo
    Column(37 * mm, wraps=True),  # thiết bị
    Column(15 * mm, "CENTER", wraps=True),  # số lượng ("12 chiếc" on one line)
    Column(36 * mm, wraps=True),  # hiện tượng hỏng
    Column(27 * mm, wraps=True),  # người / đơn vị sửa
    Column(20 * mm, "CENTER"),  # ngày sửa
    Column(22 * mm, "RIGHT"),  # chi phí
    Column(22 * mm, wraps=True),  # kết quả
    Column(20 * mm, "CENTER"),  # ngày xong
)
COST = 8
HEADER = ("STT", "Ngày báo", "Người báo", "Thiết bị", "SL", "Hiện tượng hỏng",
          "Người / đơn vị sửa", "Ngày sửa", "Chi phí (đồng)", "Kết quả", "Ngày xong")  # fmt: skip


def year_start(on: date) -> date:
    """The first day of the school year ``on`` falls in, as the sheet's subtitle counts
    it (from August): where the book starts by default, so summer repairs are in it."""
    return date(on.year if on.month >= 8 else on.year - 1, 8, 1)


def result_words(row: FaultRow, on: date) -> str:
    """Kết quả: where the report stands, as the book writes it."""
    if row.status == FaultStatus.OPEN:
        return "Chờ sửa"
    if row.status == FaultStatus.REPAIRING:
        if row.repair_due_on is None:
            return "Đang sửa"
        if row.overdue(on):
            return f"Quá hạn trả: {vn_date(row.repair_due_on)}"
        return f"Đang sửa, hẹn trả {vn_date(row.repair_due_on)}"
    if row.status == FaultStatus.NOT_FIXED:
        return "Không sửa được, đề nghị thanh lý"
    if row.status == FaultStatus.CANCELLED:
        return "Hủy (báo nhầm)"
    return "Đã sửa xong"


def item_words(row: FaultRow) -> str:
    text = f"{row.asset_code} – {row.name}"
    return f"{text} ({row.room_code})" if row.room_code else text


def _cells(n: int, row: FaultRow, on: date) -> list[str]:
    repaired = row.status != FaultStatus.CANCELLED and row.started_on is not None
    return [
        str(n),
        vn_date(row.reported_on),
        row.reported_by,
        item_words(row),
        f"{number(row.quantity)} {row.unit}",
        row.description,
        (row.performed_by or "") if repaired else "",
        vn_date(row.started_on) if repaired else "",
        number(row.cost) if repaired and row.cost else "",
        result_words(row, on),
        vn_date(row.closed_on),
    ]


def fault_book(
    reg: Register,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the faults reported ``since`` ... ``until`` (both included) to ``out``;
    ``on`` is the sheet's date (today by default), what "overdue" is measured on."""
    if since and until and since > until:
        raise ServiceError(
            f"Ngày bắt đầu ({vn_date(since)}) sau ngày kết thúc ({vn_date(until)}): "
            "hãy chọn lại khoảng thời gian."
        )
    on = on or date.today()
    school = school_info(reg)
    reports = fault_log(
        reg, FaultQuery(since=since, until=until, sort="reported_on", descending=False)
    )
    total = len(reports)
    rows = Rows(COLUMNS, total_span=COST)
    month = None
    cost = 0
    for n, row in enumerate(reports, start=1):
        if (row.reported_on.year, row.reported_on.month) != month:
            month = (row.reported_on.year, row.reported_on.month)
            rows.heading(f"Tháng {row.reported_on.month:02d}/{row.reported_on.year}")
        rows.item(_cells(n, row, on))
        if row.status != FaultStatus.CANCELLED and row.cost:
            cost += row.cost
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n, total)
    if not total:
        rows.heading("Không có báo hỏng nào trong thời gian này", RowKind.NOTE)
    rows.total("TỔNG CHI PHÍ SỬA CHỮA", {COST: number(cost)})

    counts = {status: 0 for status in FaultStatus}
    for row in reports:
        counts[row.status] += 1
    overdue = sum(1 for r in reports if r.overdue(on))
    summary = (
        f"Tổng cộng: {number(total)} lần báo hỏng, trong đó {number(counts[FaultStatus.FIXED])} "
        f"đã sửa xong, {number(counts[FaultStatus.NOT_FIXED])} không sửa được, "
        f"{number(counts[FaultStatus.REPAIRING])} đang sửa ({number(overdue)} quá hạn trả), "
        f"{number(counts[FaultStatus.OPEN])} chờ sửa, {number(counts[FaultStatus.CANCELLED])} "
        f"đã hủy. Chi phí sửa chữa: {number(cost)} đồng."
    )
    st = styles()
    period = _period(since, until)
    # The years the book covers: from its first day (or first report) to its last.
    last = until or on
    first = since or (reports[0].reported_on if reports else last)
    years = school_years(min(first, last), last)
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, f"{school.name} – {years}", f"({period})"),
        PagedTable(
            Header([header_cells(*HEADER)]),
            rows,
            tail=[
                Spacer(1, 3 * mm),
                Paragraph(escape(summary), st.body_justified),
                *signature_flowables(officer_and_principal(school), frame_width(wide=True)),
            ],
        ),
    ]
    path = write_pdf(out, story, SheetInfo(TITLE.upper(), school.name, period), wide=True)
    if progress is not None:
        progress(total, total)
    return path


__all__ = ["fault_book", "item_words", "result_words", "year_start"]
