"""NHẬT KÝ BẢO TRÌ, SỬA CHỮA THIẾT BỊ: the maintenance and repair log, oldest first,
with the total cost."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports.data import MaintenanceRow, room_rows, school_info
from app.reports.data import maintenance_log as log_rows
from app.reports.pdf.blocks import (
    Letterhead,
    officer_and_principal,
    signature_flowables,
    title_block,
)
from app.reports.pdf.page import SheetInfo, frame_width, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import number, room_heading
from app.reports.vocabulary import vn_date, word
from app.services.errors import ServiceError
from app.services.maintenance import MaintenanceQuery
from app.services.register import Register

TITLE = "Nhật ký bảo trì, sửa chữa thiết bị"

COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(21 * mm, "CENTER"),  # ngày
    Column(52 * mm, wraps=True),  # thiết bị
    Column(60 * mm, wraps=True),  # hiện tượng hỏng / nội dung bảo trì
    Column(36 * mm, wraps=True),  # người / đơn vị thực hiện
    Column(24 * mm, "RIGHT"),  # chi phí
    Column(26 * mm, wraps=True),  # kết quả
    Column(23 * mm, "CENTER"),  # ngày bảo trì tiếp theo
)
COST = 5
HEADER = (
    "STT",
    "Ngày",
    "Thiết bị",
    "Hiện tượng hỏng / Nội dung bảo trì",
    "Người / đơn vị thực hiện",
    "Chi phí (đồng)",
    "Kết quả",
    "Ngày bảo trì tiếp theo",
)


def _cells(n: int, row: MaintenanceRow) -> list[str]:
    item = f"{row.asset_code} – {row.item_name}"
    if row.room_code:
        item += f" ({row.room_code})"
    work = f"{word(row.kind)}: {row.description}" if row.description else word(row.kind)
    return [
        str(n),
        vn_date(row.performed_on),
        item,
        work,
        row.performed_by,
        number(row.cost) if row.cost else "",
        word(row.result),
        vn_date(row.next_due_on),
    ]


def _period(since: date | None, until: date | None) -> str:
    if since and until:
        return f"Từ ngày {vn_date(since)} đến ngày {vn_date(until)}"
    if since:
        return f"Từ ngày {vn_date(since)}"
    if until:
        return f"Đến ngày {vn_date(until)}"
    return "Toàn bộ nhật ký"


def maintenance_log(
    reg: Register,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    room_id: str | None = None,
    on: date | None = None,
) -> Path:
    """Print the maintenance and repairs done ``since`` ... ``until`` (both included),
    of one room's items or the whole school's, to ``out``, dated ``on`` (today)."""
    if since and until and since > until:
        raise ServiceError(
            f"Ngày bắt đầu ({vn_date(since)}) sau ngày kết thúc ({vn_date(until)}): "
            "hãy chọn lại khoảng thời gian."
        )
    school = school_info(reg)
    scope = school.name  # the period line under it says when
    if room_id is not None:
        found = room_rows(reg, [room_id])
        if not found:
            raise ServiceError("Không tìm thấy phòng này trong sổ (có thể đã bị xóa).")
        scope = f"{school.name} – {room_heading(found[0].code, found[0].name)}"
    query = MaintenanceQuery(room_id=room_id, since=since, descending=False)
    rows = Rows(COLUMNS, total_span=COST)
    cost = 0
    for n, row in enumerate(log_rows(reg, query, until), start=1):
        rows.item(_cells(n, row))
        cost += row.cost
    if not len(rows):
        rows.heading("Không có lần bảo trì, sửa chữa nào trong thời gian này", RowKind.NOTE)
    rows.total("TỔNG CHI PHÍ", {COST: number(cost)})

    on = on or date.today()
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, scope, f"({_period(since, until)})"),
        PagedTable(
            Header([header_cells(*HEADER)]),
            rows,
            tail=signature_flowables(officer_and_principal(school), frame_width(wide=True)),
        ),
    ]
    info = SheetInfo(TITLE.upper(), school.name, _period(since, until))
    return write_pdf(out, story, info, wide=True)


__all__ = ["maintenance_log"]
