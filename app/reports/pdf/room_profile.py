"""HỒ SƠ PHÒNG HỌC: one room's details, its facility checklist and its equipment."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.reports.data import (
    FACILITY_WORDS,
    RegisterRow,
    RoomRow,
    SchoolInfo,
    register_rows,
    room_rows,
    school_info,
)
from app.reports.fonts import serif_font
from app.reports.pdf.blocks import (
    Letterhead,
    Signer,
    school_year,
    signature_flowables,
    title_block,
)
from app.reports.pdf.page import TABLE_SIZE, SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import NOTHING, condition_text, number
from app.reports.vocabulary import vn_number, word
from app.services.equipment_query import EquipmentQuery
from app.services.errors import ServiceError
from app.services.register import Register

TITLE = "Hồ sơ phòng học"
LABEL_WIDTH = 52 * mm

COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(22 * mm, wraps=True),  # mã
    Column(56 * mm, wraps=True),  # tên
    Column(14 * mm, "CENTER", wraps=True),  # đơn vị tính
    Column(13 * mm, "RIGHT"),  # số lượng
    Column(25 * mm, wraps=True),  # tình trạng
    Column(25 * mm, "RIGHT"),  # thành tiền
)
QTY, VALUE = 4, 6
HEADER = ("STT", "Mã thiết bị", "Tên thiết bị", "Đơn vị tính", "Số lượng", "Tình trạng",
          "Thành tiền (đồng)")  # fmt: skip


def _area(value: float | None) -> str:
    return f"{vn_number(value)} m²" if value else "Chưa ghi"


def _details(room: RoomRow) -> list[tuple[str, str]]:
    kind = word(room.kind)
    if room.subject_type_name:
        kind += f" – {room.subject_type_name}"
    where = ", ".join(
        part
        for part in (
            f"Dãy/nhà {room.building}" if room.building else "",
            f"tầng {room.floor}" if room.floor is not None else "",
        )
        if part
    )
    prep = "Không"
    if room.has_preparation_room:
        prep = "Có" + (
            f" (diện tích {_area(room.preparation_area_m2)})" if room.preparation_area_m2 else ""
        )
    classes = ", ".join(
        str(c.get("class_name", "")) + (f" ({c['students']} học sinh)" if c.get("students") else "")
        for c in room.classes_served
    )
    return [
        ("Mã phòng", room.code),
        ("Tên phòng", room.name),
        ("Loại phòng", kind),
        ("Vị trí", where or "Chưa ghi"),
        ("Diện tích", _area(room.area_m2)),
        ("Số chỗ ngồi", vn_number(room.seats) if room.seats else "Chưa ghi"),
        ("Phòng chuẩn bị", prep),
        ("Người phụ trách", room.responsible or "Chưa phân công"),
        ("Các lớp sử dụng", classes or "Chưa ghi"),
        ("Nội quy phòng", room.rules_document or "Chưa có"),
        ("Hiện trạng", word(room.status)),
        ("Ghi chú", room.notes),
    ]


def _details_table(room: RoomRow, width: float) -> Table:
    st = styles()
    data = [
        [Paragraph(f"{i}. {escape(label)}:", st.body), Paragraph(escape(value), st.body)]
        for i, (label, value) in enumerate(_details(room), start=1)
    ]
    table = Table(data, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _facilities_table(room: RoomRow, width: float) -> Table:
    """The checklist two items a row: item, Có/Không; item, Có/Không (the font has no
    tick-box glyphs, so the answer is a word)."""
    font = serif_font()
    items = [
        (label, "Có" if room.facilities[key] else "Không") for key, label in FACILITY_WORDS.items()
    ]
    half = (len(items) + 1) // 2
    left, right = items[:half], items[half:] + [("", "")] * (2 * half - len(items))
    data = [["Hạng mục", "Hiện trạng", "Hạng mục", "Hiện trạng"]]
    data += [[a, b, c, d] for (a, b), (c, d) in zip(left, right, strict=True)]
    answer = 22 * mm
    table = Table(data, colWidths=[width / 2 - answer, answer] * 2)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font.regular, TABLE_SIZE + 1),
                ("FONT", (0, 0), (-1, 0), font.bold, TABLE_SIZE + 1),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (1, 0), (1, -1), "CENTER"),
                ("ALIGN", (3, 0), (3, -1), "CENTER"),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ]
        )
    )
    return table


def _equipment(reg: Register, room: RoomRow) -> Rows:
    rows = Rows(COLUMNS, total_span=QTY)
    qty = value = 0

    def cells(n: int, row: RegisterRow) -> list[str]:
        return [
            str(n),
            row.asset_code,
            row.name,
            row.unit,
            number(row.quantity),
            condition_text(row),
            number(row.total_value),
        ]

    for n, row in enumerate(register_rows(reg, EquipmentQuery(room_id=room.id)), start=1):
        rows.item(cells(n, row))
        qty += row.quantity
        value += row.total_value
    if not len(rows):
        rows.heading(NOTHING, RowKind.NOTE)
    rows.total("TỔNG CỘNG", {QTY: number(qty), VALUE: number(value)})
    return rows


def _signers(school: SchoolInfo, room: RoomRow) -> list[Signer]:
    return [
        Signer("Phụ trách phòng", room.responsible),
        Signer("Người lập", school.equipment_officer),
        Signer("Hiệu trưởng", school.principal),
    ]


def room_profile(reg: Register, out: Path, room_id: str, *, on: date | None = None) -> Path:
    """Print the profile of the room ``room_id`` to ``out``, dated ``on`` (today):
    details, facilities and the equipment in it, with its total value."""
    found = room_rows(reg, [room_id])
    if not found:
        raise ServiceError("Không tìm thấy phòng này trong sổ (có thể đã bị xóa).")
    room = found[0]
    school = school_info(reg)
    on = on or date.today()
    width = frame_width(wide=False)
    st = styles()
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, f"{room.name} ({room.code})", f"{school.name} – {school_year(on)}"),
        Paragraph("I. THÔNG TIN CHUNG", st.section),
        _details_table(room, width),
        Paragraph("II. CƠ SỞ VẬT CHẤT", st.section),
        _facilities_table(room, width),
        Paragraph("III. DANH MỤC THIẾT BỊ", st.section),
        PagedTable(
            Header([header_cells(*HEADER)]),
            _equipment(reg, room),
            tail=signature_flowables(_signers(school, room), width),
        ),
    ]
    info = SheetInfo(f"{TITLE.upper()} {room.code}", school.name, room.name)
    return write_pdf(out, story, info, wide=False)
