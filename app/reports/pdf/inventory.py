"""BIÊN BẢN KIỂM KÊ TÀI SẢN, THIẾT BỊ: the minutes of a stock-take, room by room.

Two forms: ``inventory_sheet`` prints the book's side (quantity, original cost,
condition counts) with the counted side left blank for the committee to write in by
hand; ``count_minutes`` prints a count made in the app: book against counted figures,
the differences (thừa, thiếu), the condition, the committee with their positions and
roles, the conclusion and the signatures. A count not yet finalised prints as a draft.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.models.enums import CountStatus
from app.reports.data import (
    RegisterRow,
    RoomRow,
    count_register_rows,
    register_rows,
    room_rows,
    school_info,
)
from app.reports.pdf.blocks import (
    Letterhead,
    Signer,
    dotted,
    school_year,
    signature_flowables,
    title_block,
)
from app.reports.pdf.grouping import GroupedRows
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import NO_ROOM, NOTED_STATUSES, NOTHING, number, room_heading
from app.reports.vocabulary import vn_date, vn_number, word
from app.services.equipment_query import EquipmentQuery
from app.services.errors import ServiceError
from app.services.inventory_count import NOT_FOUND_REASON, ROLE_CHAIR, ROLE_SECRETARY
from app.services.inventory_lines import LineRow, LineState, count_lines, get_count
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


def _committee(members: list[dict[str, str]], width: float) -> Flowable:
    """The committee, one member a line: name, position and role in the committee
    (dots to write in where one is not known)."""
    st = styles().body
    shares = (0.42, 0.34, 0.24)
    lines = []
    for i, member in enumerate(members or [{}] * BLANK_MEMBERS, start=1):
        name, position, role = (member.get(k, "") for k in ("name", "position", "role"))
        widths = [width * share - 6 for share in shares]
        cells = [
            f"{i}. Ông (bà): {name}" if name else dotted(f"{i}. Ông (bà): ", widths[0]),
            f"Chức vụ: {position}" if position else dotted("Chức vụ: ", widths[1]),
            role if role else dotted("Nhiệm vụ: ", widths[2]),
        ]
        lines.append([Paragraph(escape(text), st) for text in cells])
    table = Table(lines, colWidths=[width * share for share in shares])
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
        _committee([{"name": m} for m in members], width),
        Paragraph(
            escape(f"Đã tiến hành kiểm kê tài sản, thiết bị tại {where}. Kết quả như sau:"),
            st.body_justified,
        ),
        PagedTable(
            _header(),
            sheet.rows,
            on_placed=sheet.placed,
            tail=[
                Paragraph("Kết luận và kiến nghị của Ban kiểm kê:", st.section),
                *[Paragraph(dotted("", width), st.body) for _ in range(3)],
                Paragraph(
                    "Biên bản kết thúc vào hồi ...... giờ ...... cùng ngày, đã được đọc lại cho "
                    "các thành viên cùng nghe, thống nhất và ký tên dưới đây.",
                    st.body_justified,
                ),
                *signature_flowables(
                    [
                        Signer("Thư ký", members[1] if len(members) > 1 else ""),
                        Signer("Trưởng ban kiểm kê", members[0] if members else ""),
                        Signer("Hiệu trưởng", school.principal),
                    ],
                    width,
                ),
            ],
        ),
    ]
    info = SheetInfo(TITLE.upper(), school.name, vn_date(on))
    path = write_pdf(out, story, info, wide=True)
    if progress is not None:
        progress(steps, steps)
    return path


# == the minutes of a count made in the app ================================================

EXTRA_HEADING = "Thiết bị ngoài phạm vi kiểm kê, tìm thấy khi kiểm kê"
# The columns whose totals the minutes add up: book qty and value, counted qty and
# value, thừa, thiếu, tốt, hỏng, chờ thanh lý.
SUMMED = (4, 5, 6, 7, 8, 9, 10, 11, 12)


def _line_values(line: LineRow) -> dict[int, int]:
    """The summed columns' figures of a line (counted ones only once it is counted)."""
    values = {QTY: line.book_quantity, VALUE: line.book_quantity * line.unit_price}
    if line.counted:
        values.update(
            {
                6: line.present,
                7: line.present * line.unit_price,
                8: line.surplus,
                9: line.shortage,
                10: line.counted_good + line.on_loan,
                11: line.counted_minor_damage + line.counted_broken,
                12: line.to_dispose,
            }
        )
    return values


def _line_notes(line: LineRow) -> str:
    notes: list[str] = []
    if not line.expected:
        notes.append(f"Sổ ghi: {line.book_room_code or NO_ROOM.lower()}")
    if not line.counted:
        notes.append("Chưa kiểm")
    elif line.state is LineState.NOT_FOUND:
        notes.append("Không tìm thấy")
    if line.moved:
        notes.append(f"Tìm thấy ở {line.found_room_code}")
    if line.counted and line.on_loan:
        notes.append(f"Đang cho mượn {vn_number(line.on_loan)}")
    if line.counted and line.counted_minor_damage:
        notes.append(f"Hỏng nhẹ {vn_number(line.counted_minor_damage)}")
    if line.book_lost and line.counted:
        notes.append(f"Sổ đã ghi mất {vn_number(line.book_lost)}")
    if line.reason and line.reason != NOT_FOUND_REASON:
        notes.append(line.reason)
    return "; ".join(notes)


def _minute_cells(n: int, line: LineRow) -> list[str]:
    values = _line_values(line)
    cells = [str(n), line.asset_code, line.name, line.unit]
    for column in SUMMED:
        value = values.get(column)
        if column in (QTY, VALUE, 6, 7):
            cells.append("" if value is None else number(value))
        else:
            cells.append(_count(value or 0))
    cells.append(_line_notes(line))
    return cells


class _Groups:
    """The lines under their room headings, each room closed by its subtotal."""

    def __init__(self, rows: Rows, steps: int, progress: Callable[[int, int], None] | None):
        self.rows = rows
        self.steps = steps
        self.progress = progress
        self.count = 0
        self.total: dict[int, int] = dict.fromkeys(SUMMED, 0)
        self._key: object = None
        self._label = ""
        self._sub: dict[int, int] = {}
        self._ends: list[int] = []

    def add(self, line: LineRow) -> None:
        key: object = line.book_room_code if line.expected else EXTRA_HEADING
        if key != self._key or self.count == 0:
            self._close()
            self._key = key
            if not line.expected:
                heading, self._label = EXTRA_HEADING, "Cộng: ngoài phạm vi"
            elif line.book_room_code:
                heading = room_heading(line.book_room_code, line.book_room_name)
                self._label = f"Cộng phòng {line.book_room_code}"
            else:
                heading, self._label = NO_ROOM, f"Cộng: {NO_ROOM.lower()}"
            self.rows.heading(heading)
            self._sub = dict.fromkeys(SUMMED, 0)
        self.count += 1
        self.rows.item(_minute_cells(self.count, line))
        self._ends.append(len(self.rows))
        for column, value in _line_values(line).items():
            self._sub[column] += value
            self.total[column] += value
        if self.progress is not None and self.count % 250 == 0:
            self.progress(self.count, self.steps)

    def _close(self) -> None:
        if self._sub:
            self.rows.total(self._label, _totals(self._sub), RowKind.SUBTOTAL)
        self._sub = {}

    def finish(self) -> None:
        self._close()
        if not len(self.rows):
            self.rows.heading(NOTHING, RowKind.NOTE)
        self.rows.total("TỔNG CỘNG", _totals(self.total))

    def placed(self, end: int) -> None:
        if self.progress is not None:
            self.progress(self.steps // 2 + bisect_right(self._ends, end), self.steps)


def _totals(values: dict[int, int]) -> dict[int, str]:
    return {column: number(value) for column, value in values.items()}


def _by_role(members: list[dict[str, str]], role: str, fallback: int) -> str:
    """The member with ``role`` (else the one at ``fallback``), for the signatures."""
    for member in members:
        if member.get("role", "").strip().lower() == role.lower():
            return member.get("name", "")
    return members[fallback].get("name", "") if len(members) > fallback else ""


def _at_hour(moment: datetime | None, on: date) -> str:
    """ "9 giờ 30" when the moment falls on the count's day, else dots to fill in."""
    if moment is None or moment.astimezone().date() != on:
        return "...... giờ ......"
    local = moment.astimezone()
    return f"{local.hour} giờ {local.minute:02d}"


def _findings(lines: list[LineRow]) -> str:
    counted = [line for line in lines if line.counted]
    surplus = sum(line.surplus for line in counted)
    shortage = sum(line.shortage for line in counted)
    known_lost = sum(min(line.book_lost, line.shortage) for line in counted)
    moved = sum(1 for line in counted if line.moved)
    extra = sum(1 for line in lines if not line.expected)
    dispose = sum(line.to_dispose for line in counted)
    value = sum(line.surplus * line.unit_price for line in counted)
    missing_value = sum(line.shortage * line.unit_price for line in counted)
    parts = [
        f"Đã kiểm {vn_number(len(counted))}/{vn_number(len(lines))} loại thiết bị",
        f"thừa {vn_number(surplus)} đơn vị ({number(value)} đồng)",
        f"thiếu {vn_number(shortage)} đơn vị ({number(missing_value)} đồng)"
        + (
            f", trong đó {vn_number(known_lost)} đơn vị sổ đã ghi mất từ trước"
            if known_lost
            else ""
        ),
        f"{vn_number(moved)} thiết bị tìm thấy ở phòng khác với sổ",
        f"{vn_number(extra)} thiết bị ngoài phạm vi kiểm kê",
        f"đề nghị thanh lý {vn_number(dispose)} đơn vị",
    ]
    return "Tổng hợp: " + "; ".join(parts) + "."


def count_minutes(
    reg: Register,
    out: Path,
    count_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the minutes of a count (finalised, or a draft while it is open) to ``out``."""
    count = get_count(reg, count_id)
    lines = count_lines(reg, count.id)
    school = school_info(reg)
    width = frame_width(wide=True)
    on = count.counted_on
    steps = 2 * max(len(lines), 1)
    groups = _Groups(Rows(COLUMNS, total_span=QTY), steps, progress)
    for line in lines:
        groups.add(line)
    groups.finish()
    members = [dict(m) for m in count.committee]
    final = count.status == CountStatus.FINALISED
    when = f"(Thời điểm kiểm kê: ngày {vn_date(on)})"
    if not final:
        when = f"(Thời điểm kiểm kê: ngày {vn_date(on)} – bản nháp, đợt kiểm kê chưa chốt)"
    st = styles()
    where = "toàn trường" if count.whole_school else "các phòng " + ", ".join(count.room_codes)
    place = school.name + (f", {school.address}" if school.address else "")
    conclusion = (
        [Paragraph(escape(text), st.body_justified) for text in count.conclusion.splitlines()]
        if count.conclusion.strip()
        else [Paragraph(dotted("", width), st.body) for _ in range(3)]
    )
    notes = [Paragraph(escape(f"Ghi chú: {count.notes}"), st.body_justified)] if count.notes else []
    ended = _at_hour(count.finalised_at, on) if final else "...... giờ ......"
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, count.title, f"{school.name} – {school_year(on)}", when),
        Paragraph(
            escape(
                f"Hôm nay, vào hồi {_at_hour(count.started_at, on)} ngày {on.day} tháng "
                f"{on.month} năm {on.year}, tại {place}, Ban kiểm kê gồm:"
            ),
            st.body_justified,
        ),
        _committee(members, width),
        Paragraph(
            escape(f"Đã tiến hành kiểm kê tài sản, thiết bị tại {where}. Kết quả như sau:"),
            st.body_justified,
        ),
        PagedTable(
            _header(),
            groups.rows,
            on_placed=groups.placed,
            tail=[
                Spacer(1, 2 * mm),
                Paragraph(escape(_findings(lines)), st.body_justified),
                Paragraph("Kết luận và kiến nghị của Ban kiểm kê:", st.section),
                *conclusion,
                *notes,
                Paragraph(
                    escape(
                        f"Biên bản kết thúc vào hồi {ended} cùng ngày, đã được đọc lại cho các "
                        "thành viên cùng nghe, thống nhất và ký tên dưới đây."
                    ),
                    st.body_justified,
                ),
                *signature_flowables(
                    [
                        Signer("Thư ký", _by_role(members, ROLE_SECRETARY, 1)),
                        Signer("Trưởng ban kiểm kê", _by_role(members, ROLE_CHAIR, 0)),
                        Signer("Hiệu trưởng", school.principal),
                    ],
                    width,
                ),
            ],
        ),
    ]
    info = SheetInfo(TITLE.upper(), school.name, f"{count.title} – {vn_date(on)}")
    path = write_pdf(out, story, info, wide=True)
    if progress is not None:
        progress(steps, steps)
    return path
