"""BIÊN BẢN THANH LÝ TÀI SẢN, THIẾT BỊ: the decision it follows, the committee, the
items with their units, original and remaining values, the reason and method, the
totals and the signatures. A draft prints as such ("Dự thảo"), to be checked before
the committee meets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.models.enums import DisposalStatus
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
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import number, year
from app.reports.vocabulary import vn_date, word
from app.services import disposals
from app.services.disposals import LineRow
from app.services.register import Register

TITLE = "Biên bản thanh lý tài sản, thiết bị"
BLANK_MEMBERS = 3

COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(24 * mm, wraps=True),  # mã
    Column(58 * mm, wraps=True),  # tên
    Column(14 * mm, "CENTER", wraps=True),  # đơn vị tính
    Column(15 * mm, "CENTER"),  # năm sử dụng
    Column(14 * mm, "RIGHT"),  # số lượng
    Column(20 * mm, "CENTER", wraps=True),  # tình trạng
    Column(28 * mm, "RIGHT"),  # nguyên giá
    Column(28 * mm, "RIGHT"),  # giá trị còn lại
    Column(41 * mm, wraps=True),  # lý do, ghi chú
)
QTY, ORIGINAL, REMAINING = 5, 7, 8
HEADER = ("STT", "Mã thiết bị", "Tên thiết bị", "Đơn vị tính", "Năm sử dụng", "Số lượng",
          "Tình trạng", "Nguyên giá (đồng)", "Giá trị còn lại (đồng)",
          "Lý do, ghi chú")  # fmt: skip


def _cells(n: int, line: LineRow) -> list[str]:
    moment = line.in_service_on or line.acquired_on
    return [
        str(n),
        line.asset_code,
        line.name,
        line.unit,
        year(moment.year if moment else None),
        number(line.quantity),
        word(line.condition),
        number(line.original_value),
        number(line.remaining_value),
        line.reason,
    ]


def _committee(members: list[dict[str, str]], width: float) -> Flowable:
    """One member a line: name, position, role in the committee (dots where blank)."""
    st = styles().body
    rows = []
    for i, m in enumerate(members or [{}] * BLANK_MEMBERS, start=1):
        name = m.get("name", "")
        who = f"{i}. Ông (bà): {name}" if name else dotted(f"{i}. Ông (bà): ", width * 0.4 - 6)
        position = m.get("position", "")
        role = m.get("role", "")
        rows.append(
            [
                Paragraph(escape(who), st),
                Paragraph(
                    escape(
                        f"Chức vụ: {position}" if position else dotted("Chức vụ: ", width * 0.3 - 6)
                    ),
                    st,
                ),
                Paragraph(
                    escape(role if role else dotted("Nhiệm vụ: ", width * 0.3 - 6)),
                    st,
                ),
            ]
        )
    table = Table(rows, colWidths=[width * 0.4, width * 0.3, width * 0.3])
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _member(members: list[dict[str, str]], word_in_role: str, fallback: int) -> str:
    for m in members:
        if word_in_role in m.get("role", "").lower():
            return m.get("name", "")
    return members[fallback].get("name", "") if len(members) > fallback else ""


def disposal_minutes(
    reg: Register,
    out: Path,
    disposal_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the minutes of one disposal (applied or draft) to ``out``."""
    disposal = disposals.get_disposal(reg, disposal_id)
    lines = disposals.disposal_lines(reg, disposal.id)
    school = school_info(reg)
    width = frame_width(wide=True)
    st = styles()
    rows = Rows(COLUMNS, total_span=QTY)
    units = original = remaining = 0
    for n, line in enumerate(lines, start=1):
        rows.item(_cells(n, line))
        units += line.quantity
        original += line.original_value
        remaining += line.remaining_value
    if not lines:
        rows.heading("Chưa có thiết bị nào trong danh sách thanh lý", RowKind.NOTE)
    rows.total(
        "TỔNG CỘNG",
        {QTY: number(units), ORIGINAL: number(original), REMAINING: number(remaining)},
    )
    on = disposal.disposed_on
    draft = disposal.status == DisposalStatus.DRAFT
    decision = (
        f"Quyết định số {disposal.decision_number}"
        + (f" ngày {vn_date(disposal.decision_date)}" if disposal.decision_date else "")
        if disposal.decision_number
        else dotted("Quyết định số ", width / 2)
    )
    members = [dict(m) for m in disposal.committee]
    place = school.name + (f", {school.address}" if school.address else "")
    subtitle = f"(Dự thảo, chưa thực hiện – {vn_date(on)})" if draft else f"(Ngày {vn_date(on)})"
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, f"{school.name} – {school_year(on)}", subtitle),
        Paragraph(
            escape(
                f"Căn cứ {decision} của Hiệu trưởng {school.name} về việc thanh lý tài sản, "
                "thiết bị;"
            ),
            st.body_justified,
        ),
        Paragraph(
            escape(
                f"Hôm nay, ngày {on.day} tháng {on.month} năm {on.year}, tại {place}, "
                "Hội đồng thanh lý gồm:"
            ),
            st.body_justified,
        ),
        _committee(members, width),
        Paragraph(escape("Đã tiến hành thanh lý các tài sản, thiết bị sau:"), st.body_justified),
        PagedTable(
            Header([header_cells(*HEADER)]),
            rows,
            tail=[
                Spacer(1, 2 * mm),
                *closing_flowables(
                    [
                        f"Lý do thanh lý: {disposal.reason}"
                        if disposal.reason
                        else dotted("Lý do thanh lý: ", width),
                        f"Hình thức thanh lý: {disposal.method}"
                        if disposal.method
                        else dotted("Hình thức thanh lý: ", width),
                        f"Tổng số: {len(lines)} loại thiết bị, {number(units)} đơn vị; "
                        f"tổng nguyên giá {number(original)} đồng; "
                        f"tổng giá trị còn lại {number(remaining)} đồng; "
                        f"số tiền thu hồi {number(disposal.proceeds)} đồng.",
                        *([f"Ghi chú: {disposal.notes}"] if disposal.notes else []),
                        "Biên bản được lập thành 02 bản, đã được đọc lại cho các thành viên "
                        "hội đồng cùng nghe, thống nhất và ký tên dưới đây.",
                    ],
                    [
                        Signer("Thư ký", _member(members, "thư ký", 1)),
                        Signer("Chủ tịch hội đồng", _member(members, "chủ tịch", 0)),
                        Signer("Hiệu trưởng", school.principal),
                    ],
                    width,
                ),
            ],
        ),
    ]
    info = SheetInfo(TITLE.upper(), school.name, disposal.decision_number or vn_date(on))
    path = write_pdf(out, story, info, wide=True)
    if progress is not None:
        progress(1, 1)
    return path
