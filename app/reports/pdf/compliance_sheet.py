"""BÁO CÁO RÀ SOÁT PHÒNG HỌC BỘ MÔN VÀ THIẾT BỊ DẠY HỌC TỐI THIỂU: the subject rooms
against Circulars 13 and 14/2020, the equipment against the minimum list of the level,
each shortfall in words, signed by the officer and the principal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.reports.data import school_info
from app.reports.pdf.blocks import (
    Letterhead,
    officer_and_principal,
    school_year,
    signature_flowables,
    title_block,
)
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.vocabulary import vn_number
from app.services.compliance import (
    VERDICT_WORDS,
    EquipmentReport,
    RoomReport,
    check_rooms,
    compare_equipment,
)
from app.services.register import Register
from app.services.text import fold

TITLE = "Báo cáo rà soát phòng học bộ môn và thiết bị dạy học tối thiểu"
Progress = Callable[[int, int], None]

TYPE_COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(45 * mm, wraps=True),  # loại phòng
    Column(17 * mm, "CENTER"),  # cần có
    Column(17 * mm, "CENTER"),  # hiện có
    Column(46 * mm, wraps=True),  # các phòng
    Column(30 * mm, "CENTER", wraps=True),  # kết quả
)
TYPE_HEADER = ("STT", "Loại phòng bộ môn", "Cần có", "Hiện có", "Các phòng", "Kết quả")

ROOM_COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(36 * mm, wraps=True),  # phòng
    Column(17 * mm, "RIGHT", wraps=True),  # diện tích
    Column(13 * mm, "RIGHT"),  # số học sinh
    Column(18 * mm, "CENTER", wraps=True),  # kết quả
    Column(71 * mm, wraps=True),  # nhận xét
)
ROOM_HEADER = ("STT", "Phòng", "Diện tích (m²)", "Số HS", "Kết quả", "Nhận xét")

ITEM_COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(26 * mm, wraps=True),  # mã
    Column(44 * mm, wraps=True),  # tên
    Column(13 * mm, "CENTER", wraps=True),  # đơn vị tính
    Column(18 * mm, "CENTER", wraps=True),  # định mức
    Column(12 * mm, "RIGHT"),  # số lớp
    Column(13 * mm, "RIGHT"),  # cần có
    Column(14 * mm, "RIGHT"),  # hiện có
    Column(15 * mm, "RIGHT"),  # còn thiếu
)
ITEM_HEADER = ("STT", "Mã", "Tên thiết bị", "Đơn vị tính", "Định mức", "Số lớp", "Cần có",
               "Hiện có", "Còn thiếu")  # fmt: skip
REQUIRED, HAVE, MISSING = 6, 7, 8

OTHER_COLUMNS = (
    Column(10 * mm, "CENTER"),
    Column(30 * mm, wraps=True),
    Column(85 * mm, wraps=True),
    Column(20 * mm, "RIGHT"),
    Column(20 * mm, "RIGHT"),
)
OTHER_HEADER = ("STT", "Mã danh mục", "Thiết bị (ví dụ)", "Số dòng", "Số lượng")


def _area(value: float | None) -> str:
    return vn_number(round(value, 2)) if value else "Chưa ghi"


def _paragraphs(texts: tuple[str, ...] | list[str]) -> list[Flowable]:
    st = styles()
    return [Paragraph(escape(t), st.body_justified) for t in texts]


def _types(report: RoomReport) -> Rows:
    rows = Rows(TYPE_COLUMNS)
    for n, t in enumerate(report.types, start=1):
        verdict = {True: "Đủ", False: "Thiếu", None: "Chưa có định mức"}[t.finding.ok]
        if t.finding.ok is False and t.required is not None:
            verdict = f"Thiếu {t.required - t.present} phòng"
        rows.item(
            [
                str(n),
                t.name,
                "–" if t.required is None else str(t.required),
                str(t.present),
                ", ".join(t.rooms),
                verdict,
            ]
        )
    return rows


def _rooms(report: RoomReport) -> Rows:
    rows = Rows(ROOM_COLUMNS)
    for n, room in enumerate(report.rooms, start=1):
        if room.shortfalls:
            remarks = [f.text for f in room.shortfalls]
        else:
            remarks = [f.text for f in room.findings if f.ok is None] or ["Đạt các yêu cầu."]
        place = f"{room.code} – {room.name}"
        if room.type_name and room.type_name.lower() not in room.name.lower():
            place += f" ({room.type_name})"
        rows.item(
            [
                str(n),
                place,
                _area(room.area_m2),
                str(room.students) if room.students else "",
                VERDICT_WORDS[room.verdict],
                " ".join(remarks),
            ]
        )
    if not len(rows):
        rows.heading("Trường chưa có phòng học bộ môn, phòng học trực tuyến nào.", RowKind.NOTE)
    return rows


def _norm(quantity: int, per: str) -> str:
    return f"{quantity}/{'trường' if per == 'school' else 'lớp'}"


def grade_heading(subject: str, grade: int | None) -> str:
    """ "Môn Khoa học tự nhiên – Lớp 6" (sheets and the screen's groups)."""
    where = f"Lớp {grade}" if grade is not None else "Dùng cho mọi khối"
    if fold(subject) == "dung chung":
        return f"Thiết bị dùng chung – {where}"
    return f"Môn {subject} – {where}"


def _equipment(report: EquipmentReport, only_missing: bool) -> Rows:
    rows = Rows(ITEM_COLUMNS, total_span=REQUIRED)
    n = 0
    for total, lines in report.groups(only_missing):
        rows.heading(grade_heading(total.subject, total.grade))
        for e in lines:
            n += 1
            rows.item(
                [
                    str(n),
                    e.line.code,
                    e.line.name,
                    e.line.unit,
                    _norm(e.line.quantity, e.line.per),
                    "" if e.line.per == "school" else str(e.classes),
                    vn_number(e.required),
                    vn_number(e.have),
                    vn_number(e.missing) if e.missing else "–",
                ]
            )
        label = (
            f"Cộng: {total.missing_lines} dòng còn thiếu"
            if only_missing
            else f"Cộng: {total.lines} dòng, {total.missing_lines} dòng còn thiếu"
        )
        rows.total(
            label,
            {
                REQUIRED: vn_number(total.required),
                HAVE: vn_number(total.have),
                MISSING: vn_number(total.missing),
            },  # fmt: skip
            RowKind.SUBTOTAL,
        )
    if not n:
        rows.heading(
            "Không có dòng nào còn thiếu."
            if only_missing and report.lines
            else "Chưa có danh mục để so sánh.",  # fmt: skip
            RowKind.NOTE,
        )
    whole = report.total()
    rows.total(
        "TỔNG CỘNG (cả danh mục)",
        {
            REQUIRED: vn_number(whole.required),
            HAVE: vn_number(whole.have),
            MISSING: vn_number(whole.missing),
        },  # fmt: skip
    )
    return rows


def _others(report: EquipmentReport) -> Rows:
    rows = Rows(OTHER_COLUMNS)
    for n, u in enumerate(report.unlisted, start=1):
        rows.item([str(n), u.code, u.example, vn_number(u.items), vn_number(u.units)])
    return rows


def _conclusion(rooms: RoomReport, stock: EquipmentReport) -> str:
    parts = []
    if rooms.level is None:
        parts.append("Trường không có phòng học bộ môn để rà soát")
    else:
        parts.append(
            f"Phòng học bộ môn: {len(rooms.shortfalls)} thiếu sót ở {rooms.failing_rooms}/"
            f"{len(rooms.rooms)} phòng"
            + (
                " và ở số phòng theo loại"
                if any(t.finding.ok is False for t in rooms.types)
                else ""
            )
        )
    if stock.lines:
        parts.append(
            f"thiết bị dạy học tối thiểu: {len(stock.missing_lines)}/{len(stock.lines)} dòng "
            f"còn thiếu, tổng cộng {vn_number(stock.missing_units)} đơn vị"
        )
    return "Kết luận: " + "; ".join(parts) + "."


def compliance_sheet(
    reg: Register,
    out: Path,
    *,
    level: str | None = None,
    only_missing: bool = True,
    on: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Print the review of the school's subject rooms and minimum equipment to ``out``.
    ``only_missing``: the equipment table lists only the lines still short (the totals
    are those of the whole list)."""
    on = on or date.today()
    school = school_info(reg)
    rooms = check_rooms(reg, level)
    if progress is not None:
        progress(1, 3)
    stock = compare_equipment(reg, rooms.level or level)
    if progress is not None:
        progress(2, 3)
    width = frame_width(wide=False)
    st = styles()
    circular = stock.catalogue.title if stock.catalogue is not None else ""
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(
            TITLE,
            f"{school.name} – {school_year(on)}",
            f"Cấp học: {rooms.level_name}",
        ),
        Paragraph("I. PHÒNG HỌC BỘ MÔN", st.section),
        Paragraph(
            "Căn cứ Thông tư 14/2020/TT-BGDĐT (phòng học bộ môn) và Thông tư 13/2020/TT-BGDĐT "
            "(số phòng). Số học sinh tính diện tích: số chỗ ngồi của phòng, hoặc sĩ số lớp "
            "đông nhất dùng phòng nếu lớn hơn.",
            st.body_justified,
        ),
        *_paragraphs(rooms.notes),
    ]
    if rooms.level is not None:
        story += [
            Paragraph("1. Số phòng học bộ môn theo loại", st.body_bold),
            PagedTable(Header([header_cells(*TYPE_HEADER)]), _types(rooms)),
            *_paragraphs([t.finding.text for t in rooms.types if t.finding.ok is False]),
            Paragraph("2. Từng phòng", st.body_bold),
            PagedTable(Header([header_cells(*ROOM_HEADER)]), _rooms(rooms)),
        ]
    story += [
        Paragraph("II. THIẾT BỊ DẠY HỌC TỐI THIỂU", st.section),
        *_paragraphs(stock.notes),
        Paragraph(
            "Hiện có: số thiết bị còn dùng được (tốt và hỏng nhẹ) trong sổ, chưa thanh lý, có mã "
            "danh mục trùng với mã của dòng. Định mức «/lớp» nhân với số lớp của khối."
            + (" Bảng chỉ liệt kê các dòng còn thiếu." if only_missing else ""),
            st.body_justified,
        ),
    ]
    if stock.lines:
        story.append(
            PagedTable(Header([header_cells(*ITEM_HEADER)]), _equipment(stock, only_missing))
        )
    if stock.unlisted:
        story += [
            Paragraph("III. THIẾT BỊ CÓ MÃ KHÔNG THUỘC DANH MỤC", st.section),
            Paragraph(
                "Các thiết bị dưới đây ghi mã danh mục không có trong "
                + (circular or "danh mục")
                + ": kiểm tra lại mã (gõ nhầm, hoặc mã của cấp học khác).",
                st.body_justified,
            ),
            PagedTable(Header([header_cells(*OTHER_HEADER)]), _others(stock)),
        ]
    closing = [
        Spacer(1, 4 * mm),
        Paragraph(escape(_conclusion(rooms, stock)), st.body_bold),
        *signature_flowables(officer_and_principal(school), width),
    ]
    if isinstance(story[-1], PagedTable):
        story[-1].tail = closing  # with the last table's last rows, never alone
    else:
        story.append(KeepTogether(closing))
    info = SheetInfo(TITLE.upper(), school.name, f"Cấp học {rooms.level_name}")
    path = write_pdf(out, story, info, wide=False)
    if progress is not None:
        progress(3, 3)
    return path
