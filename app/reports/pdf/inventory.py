"""BIÊN BẢN KIỂM KÊ TÀI SẢN, THIẾT BỊ: the minutes of a stock-take, room by room.

The book's side (quantity, original cost, condition counts) is printed; the counted
side and the differences are left blank for the committee to write in by hand (counts
entered in the app come in a later release).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.reports.data import (
    RegisterRow,
    RoomRow,
    count_register_rows,
    register_rows,
    room_rows,
    school_info,
)
from app.reports.pdf.blocks import Letterhead, Signer, dotted, school_year, signatures, title_block
from app.reports.pdf.grouping import GroupedRows
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, Rows, header_cells
from app.reports.pdf.texts import NOTED_STATUSES, number, room_heading
from app.reports.vocabulary import vn_date, vn_number, word
from app.services.equipment_query import EquipmentQuery
from app.services.errors import ServiceError
from app.services.register import Register

TITLE = "Biên bản kiểm kê tài sản, thiết bị"
BLANK_MEMBERS = 4  # lines for the committee when no names are given

COLUMNS = (
    Column(11 * mm, "CENTER"),  # STT (fits 10000)
    Column(21 * mm, wraps=True),  # mã
    Column(46 * mm, wraps=True),  # tên
    Column(11 * mm, "CENTER", wraps=True),  # đơn vị tính
    Column(12 * mm, "RIGHT"),  # sổ sách: số lượng
    Column(25 * mm, "RIGHT"),  # sổ sách: nguyên giá
    Column(12 * mm, "RIGHT"),  # kiểm kê: số lượng (by hand)
    Column(25 * mm, "RIGHT"),  # kiểm kê: nguyên giá (by hand)
    Column(12 * mm, "RIGHT"),  # thừa (by hand)
    Column(12 * mm, "RIGHT"),  # thiếu (by hand)
    Column(12 * mm, "RIGHT"),  # tốt
    Column(12 * mm, "RIGHT"),  # hỏng
    Column(16 * mm, "RIGHT"),  # chờ thanh lý (by hand)
    Column(25 * mm, wraps=True),  # ghi chú
)
QTY, VALUE = 4, 5


def _header() -> Header:
    top = header_cells(
        "STT", "Mã thiết bị", "Tên thiết bị", "Đơn vị tính", "Theo sổ sách", "",
        "Theo kiểm kê", "", "Chênh lệch", "", "Tình trạng", "", "", "Ghi chú",
    )  # fmt: skip
    sub = header_cells(
        "", "", "", "", "Số lượng", "Nguyên giá (đồng)", "Số lượng", "Nguyên giá (đồng)",
        "Thừa", "Thiếu", "Tốt", "Hỏng", "Chờ thanh lý", "",
    )  # fmt: skip
    spans = [("SPAN", (i, 0), (i, 1)) for i in (0, 1, 2, 3, 13)]
    spans += [("SPAN", (a, 0), (b, 0)) for a, b in ((4, 5), (6, 7), (8, 9), (10, 12))]
    return Header([top, sub], spans)


def _count(value: int) -> str:
    return vn_number(value) if value else ""


def _cells(number_in_sheet: int, row: RegisterRow) -> list[str]:
    # The notes column is for the committee's remarks: only what the count must know.
    notes = [f"Mất {row.qty_lost}"] if row.qty_lost else []
    notes += [word(row.status)] if row.status in NOTED_STATUSES else []
    return [
        str(number_in_sheet),
        row.asset_code,
        row.name,
        row.unit,
        number(row.quantity),
        number(row.total_value),
        "",
        "",
        "",
        "",
        _count(row.qty_good),
        _count(row.qty_minor_damage + row.qty_broken),
        "",
        "; ".join(notes),
    ]


def _rooms(reg: Register, room_ids: list[str]) -> list[RoomRow]:
    if not room_ids:
        raise ServiceError("Chưa chọn phòng nào để kiểm kê.")
    found = room_rows(reg, room_ids)
    missing = set(room_ids) - {r.id for r in found}
    if missing:
        raise ServiceError(
            f"Không tìm thấy {len(missing)} phòng trong sổ (có thể đã bị xóa). "
            "Hãy chọn lại phòng cần kiểm kê."
        )
    return found


def _committee(members: list[str], width: float) -> Flowable:
    """The committee, one member a line: name (or dots) and a job title to write in."""
    st = styles().body
    names = members or [""] * BLANK_MEMBERS
    half = width / 2
    lines = []
    for i, name in enumerate(names, start=1):
        who = f"{i}. Ông (bà): {name}" if name else dotted(f"{i}. Ông (bà): ", half - 6)
        lines.append([Paragraph(escape(who), st), Paragraph(dotted("Chức vụ: ", half - 6), st)])
    table = Table(lines, colWidths=[half, half])
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def inventory_sheet(
    reg: Register,
    out: Path,
    *,
    room_ids: list[str] | None = None,
    on: date | None = None,
    committee: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the inventory minutes of ``room_ids`` (every item of the school when
    None) to ``out``. ``committee`` names its members: the first chairs it (trưởng
    ban), the second keeps the minutes (thư ký); none given: lines to fill in by hand.
    """
    on = on or date.today()
    members = [m.strip() for m in committee or [] if m.strip()]
    school = school_info(reg)
    width = frame_width(wide=True)
    rooms = _rooms(reg, room_ids) if room_ids is not None else None
    expected = count_register_rows(reg) if rooms is None else sum(r.item_count for r in rooms)
    steps = 2 * expected
    sheet = GroupedRows(Rows(COLUMNS, total_span=QTY), _cells, "room", QTY, VALUE, steps, progress)
    if rooms is None:
        for row in register_rows(reg, order="room"):
            sheet.add(row)
    else:
        for room in rooms:
            if not room.item_count:
                sheet.empty_group(room_heading(room.code, room.name))
            for row in register_rows(reg, EquipmentQuery(room_id=room.id)):
                sheet.add(row)
    sheet.finish()

    st = styles()
    where = (
        "các phòng: " + ", ".join(f"{r.code} ({r.name})" for r in rooms) if rooms else "toàn trường"
    )
    place = school.name + (f", {school.address}" if school.address else "")
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(
            TITLE, f"{school.name} – {school_year(on)}", f"(Thời điểm kiểm kê: ngày {vn_date(on)})"
        ),
        Paragraph(
            escape(
                f"Hôm nay, vào hồi ...... giờ ...... ngày {on.day} tháng {on.month} năm {on.year}, "
                f"tại {place}, Ban kiểm kê gồm:"
            ),
            st.body_justified,
        ),
        _committee(members, width),
        Paragraph(
            escape(f"Đã tiến hành kiểm kê tài sản, thiết bị tại {where}. Kết quả như sau:"),
            st.body_justified,
        ),
        PagedTable(_header(), sheet.rows, on_placed=sheet.placed),
        KeepTogether(
            [
                Paragraph("Kết luận và kiến nghị của Ban kiểm kê:", st.section),
                *[Paragraph(dotted("", width), st.body) for _ in range(3)],
                Paragraph(
                    "Biên bản kết thúc vào hồi ...... giờ ...... cùng ngày, đã được đọc lại cho "
                    "các thành viên cùng nghe, thống nhất và ký tên dưới đây.",
                    st.body_justified,
                ),
            ]
        ),
        signatures(
            [
                Signer("Thư ký", members[1] if len(members) > 1 else ""),
                Signer("Trưởng ban kiểm kê", members[0] if members else ""),
                Signer("Hiệu trưởng", school.principal),
            ],
            width,
        ),
    ]
    info = SheetInfo(TITLE.upper(), school.name, vn_date(on))
    path = write_pdf(out, story, info, wide=True)
    if progress is not None:
        progress(steps, steps)
    return path
