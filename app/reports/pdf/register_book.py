"""SỔ QUẢN LÝ THIẾT BỊ DẠY HỌC: the register as a record book, grouped by room or by
subject, with subtotals and a grand total.

Speed (10,000 items well under 20 s on two cores): rows stream from the register, each
becomes plain strings (a Paragraph only for text too long for its column), and the
table is laid out page by page by PagedTable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.reports.data import ALL_ITEMS, RegisterRow, count_register_rows, register_rows, school_info
from app.reports.pdf.blocks import (
    Letterhead,
    officer_and_principal,
    school_year,
    signature_flowables,
    title_block,
)
from app.reports.pdf.grouping import GroupedRows
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, Rows, header_cells
from app.reports.pdf.texts import (
    FUNDING_LEGEND,
    condition_text,
    funding_short,
    notes_text,
    number,
    year,
)
from app.reports.vocabulary import vn_date
from app.services.equipment_query import EquipmentQuery
from app.services.errors import ServiceError
from app.services.register import Register

TITLE = "Sổ quản lý thiết bị dạy học"
GROUPINGS = {"room": "theo phòng", "subject": "theo môn học"}

# Widths fit the usual values on one line at 11 pt (a code, "Trung Quốc",
# "14.920.000", a total in billions); they add up to the 252 mm landscape frame.
COLUMNS = (
    Column(11 * mm, "CENTER"),  # STT (fits 10000)
    Column(21 * mm, wraps=True),  # mã
    Column(48 * mm, wraps=True),  # tên thiết bị
    Column(11 * mm, "CENTER", wraps=True),  # đơn vị tính
    Column(12 * mm, "RIGHT"),  # số lượng
    Column(21 * mm, wraps=True),  # nước sản xuất / nguồn gốc
    Column(13 * mm, "CENTER"),  # năm đưa vào sử dụng
    Column(20 * mm, "RIGHT"),  # đơn giá
    Column(26 * mm, "RIGHT"),  # thành tiền
    Column(20 * mm, wraps=True),  # nguồn kinh phí
    Column(24 * mm, wraps=True),  # tình trạng
    Column(25 * mm, wraps=True),  # ghi chú
)
QTY, VALUE = 4, 8  # the columns the totals fill in
HEADER = (
    "STT",
    "Mã thiết bị",
    "Tên thiết bị",
    "Đơn vị tính",
    "Số lượng",
    "Nước sản xuất / Nguồn gốc",
    "Năm đưa vào sử dụng",
    "Đơn giá (đồng)",
    "Thành tiền (đồng)",
    "Nguồn kinh phí",
    "Tình trạng",
    "Ghi chú",
)


def _cells(number_in_book: int, row: RegisterRow) -> list[str]:
    return [
        str(number_in_book),
        row.asset_code,
        row.name,
        row.unit,
        number(row.quantity),
        row.origin,
        year(row.year_in_service),
        number(row.unit_price),
        number(row.total_value),
        funding_short(row.funding_source),
        condition_text(row),
        notes_text(row),
    ]


def register_book(
    reg: Register,
    out: Path,
    *,
    q: EquipmentQuery = ALL_ITEMS,
    by: str = "room",
    on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the register book of the items matching ``q`` to ``out`` (PDF), grouped
    ``by`` "room" or "subject", dated ``on`` (today).

    ``progress(done, total)`` counts each item twice: read, then laid out on a page.
    """
    if by not in GROUPINGS:
        raise ServiceError("Sổ thiết bị chỉ sắp xếp được theo phòng hoặc theo môn học.")
    on = on or date.today()
    school = school_info(reg)
    steps = 2 * count_register_rows(reg, q)
    book = GroupedRows(Rows(COLUMNS, total_span=QTY), _cells, by, QTY, VALUE, steps, progress)
    for row in register_rows(reg, q, order=by):
        book.add(row)
    book.finish()

    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(
            TITLE,
            f"{school.name} – {school_year(on)}",
            f"(Tính đến ngày {vn_date(on)}; sắp xếp {GROUPINGS[by]})",
        ),
        PagedTable(
            Header([header_cells(*HEADER)]),
            book.rows,
            on_placed=book.placed,
            tail=[
                Spacer(1, 2),
                Paragraph(f"<i>Ghi chú:</i> {FUNDING_LEGEND}", styles().cell),
                *signature_flowables(officer_and_principal(school), frame_width(wide=True)),
            ],
        ),
    ]
    info = SheetInfo(TITLE.upper(), school.name, f"{school_year(on)}, {vn_date(on)}")
    path = write_pdf(out, story, info, wide=True)
    if progress is not None:
        progress(steps, steps)
    return path
