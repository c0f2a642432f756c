"""BIÊN BẢN BÀN GIAO THIẾT BỊ: one handover (between rooms, or from one school to
another): who handed over and who received, the decision, the items with their
quantity and condition, where from and where to, their value, and the signatures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.models.enums import TransferKind
from app.reports.data import school_info
from app.reports.pdf.blocks import (
    Letterhead,
    Signer,
    closing_flowables,
    dotted,
    school_year,
    title_block,
)
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, Rows, header_cells
from app.reports.pdf.texts import NO_ROOM, number
from app.reports.vocabulary import vn_date, vn_number
from app.services import transfers
from app.services.register import Register
from app.services.transfers import TransferRow

TITLE = "Biên bản bàn giao thiết bị"

COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(24 * mm, wraps=True),  # mã
    Column(56 * mm, wraps=True),  # tên
    Column(14 * mm, "CENTER", wraps=True),  # đơn vị tính
    Column(14 * mm, "RIGHT"),  # số lượng
    Column(30 * mm, wraps=True),  # tình trạng
    Column(24 * mm, wraps=True),  # nơi giao
    Column(24 * mm, wraps=True),  # nơi nhận
    Column(26 * mm, "RIGHT"),  # thành tiền
    Column(30 * mm, wraps=True),  # ghi chú
)
QTY, VALUE = 4, 8
HEADER = ("STT", "Mã thiết bị", "Tên thiết bị", "Đơn vị tính", "Số lượng", "Tình trạng",
          "Nơi giao", "Nơi nhận", "Thành tiền (đồng)", "Ghi chú")  # fmt: skip


def condition_words(row: TransferRow) -> str:
    """ "Tốt 4, hỏng 1" for the units handed over."""
    parts = [
        f"{name} {vn_number(count)}"
        for name, count in (
            ("tốt", row.qty_good),
            ("hỏng nhẹ", row.qty_minor_damage),
            ("hỏng", row.qty_broken),
            ("mất", row.qty_lost),
        )
        if count
    ]
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _place(room_code: str | None, school: str, kind: TransferKind) -> str:
    if kind == TransferKind.SCHOOL:
        return school
    return room_code or NO_ROOM


def _cells(n: int, row: TransferRow) -> list[str]:
    notes = f"Mã mới: {row.new_asset_code}" if row.new_asset_code else ""
    return [
        str(n),
        row.asset_code,
        row.name,
        row.unit,
        number(row.quantity),
        condition_words(row),
        _place(row.from_room_code, row.from_school_name, row.kind),
        _place(row.to_room_code, row.to_school_name, row.kind),
        number(row.quantity * row.unit_price),
        notes,
    ]


def _person(label: str, name: str, width: float) -> str:
    return f"{label}: Ông (bà) {name}" if name else dotted(f"{label}: Ông (bà) ", width)


def transfer_minutes(
    reg: Register,
    out: Path,
    transfer_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the handover ``transfer_id`` belongs to (all its items) to ``out``."""
    rows_of = transfers.handover_rows(reg, transfer_id)
    first = rows_of[0]
    school = school_info(reg)
    width = frame_width(wide=True)
    st = styles()
    rows = Rows(COLUMNS, total_span=QTY)
    units = value = 0
    for n, row in enumerate(rows_of, start=1):
        rows.item(_cells(n, row))
        units += row.quantity
        value += row.quantity * row.unit_price
    rows.total("TỔNG CỘNG", {QTY: number(units), VALUE: number(value)})
    on = first.transferred_on
    if first.kind == TransferKind.SCHOOL:
        scope = f"Từ {first.from_school_name} đến {first.to_school_name}"
        where = school.name
    else:
        sources = sorted({f"phòng {r.from_room_code}" if r.from_room_code else NO_ROOM.lower()
                          for r in rows_of})  # fmt: skip
        target = first.to_room_code or ""
        scope = f"Từ {', '.join(sources)} đến phòng {target}"
        if first.to_room_name and first.to_room_name != target:
            scope += f" – {first.to_room_name}"
        where = f"{school.name}, phòng {target}"
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, f"{school.name} – {school_year(on)}", f"({scope})"),
    ]
    if first.decision_number:
        story.append(
            Paragraph(
                escape(
                    f"Căn cứ Quyết định số {first.decision_number} về việc điều chuyển thiết bị;"
                ),
                st.body_justified,
            )
        )
    story += [
        Paragraph(
            escape(f"Hôm nay, ngày {on.day} tháng {on.month} năm {on.year}, tại {where}, gồm:"),
            st.body_justified,
        ),
        Paragraph(escape(_person("Bên giao", first.handed_by, width)), st.body),
        Paragraph(escape(_person("Bên nhận", first.received_by, width)), st.body),
        Paragraph(
            escape(
                "Hai bên cùng kiểm tra và bàn giao các thiết bị sau"
                + (f" (lý do: {first.reason})" if first.reason else "")
                + ":"
            ),
            st.body_justified,
        ),
        PagedTable(
            Header([header_cells(*HEADER)]),
            rows,
            tail=[
                Spacer(1, 2 * mm),
                *closing_flowables(
                    [
                        f"Tổng số: {len(rows_of)} loại thiết bị, {number(units)} đơn vị, "
                        f"giá trị {number(value)} đồng.",
                        *([f"Ghi chú: {first.notes}"] if first.notes else []),
                        "Bên nhận đã nhận đủ số lượng và đúng tình trạng như trên, chịu trách "
                        "nhiệm quản lý và sử dụng từ ngày nhận. Biên bản lập thành 02 bản, mỗi "
                        "bên giữ 01 bản.",
                    ],
                    [
                        Signer("Bên giao", first.handed_by),
                        Signer("Bên nhận", first.received_by),
                        Signer("Hiệu trưởng", school.principal),
                    ],
                    width,
                ),
            ],
        ),
    ]
    info = SheetInfo(TITLE.upper(), school.name, first.decision_number or vn_date(on))
    path = write_pdf(out, story, info, wide=True)
    if progress is not None:
        progress(1, 1)
    return path
