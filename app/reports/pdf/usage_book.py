"""SỔ THEO DÕI SỬ DỤNG PHÒNG HỌC BỘ MÔN: the sessions held in one room (or in every
subject room, smart and online classroom, one section each) over a stretch of days,
month by month, with the room's figures and the signatures under each section.

Columns (the paper book's): ngày; tiết; lớp; giáo viên; tên bài dạy; thiết bị sử
dụng; tình trạng phòng và thiết bị; ký tên (left for the teacher to sign).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from app.models import Room
from app.reports.data import SchoolInfo, school_info
from app.reports.pdf.blocks import Letterhead, Signer, signature_flowables, title_block
from app.reports.pdf.page import SheetInfo, frame_width, styles, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import room_heading
from app.reports.vocabulary import vn_date, vn_number
from app.services import room_usage
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.room_usage import BOOK_KINDS, PERIODS_PER_DAY, Slot, UsageQuery
from app.services.room_usage_stats import usage_by_room
from app.services.rooms import get_room

TITLE = "Sổ theo dõi sử dụng phòng học bộ môn"
NORMAL = "Bình thường"
NOTHING_HELD = "Không có buổi sử dụng phòng nào trong thời gian này"
PERIODS_NOTE = "Tiết 1–5: buổi sáng; tiết 6–10: buổi chiều."
PROGRESS_EVERY = 200
Progress = Callable[[int, int], None]

# Widths fit a date, "6–10", a class and a teacher's name on one line at 11 pt; the
# lesson and the equipment wrap. They add up to the 252 mm of the landscape frame.
COLUMNS = (
    Column(22 * mm, "CENTER"),  # ngày
    Column(13 * mm, "CENTER"),  # tiết
    Column(15 * mm, "CENTER", wraps=True),  # lớp
    Column(38 * mm, wraps=True),  # giáo viên
    Column(60 * mm, wraps=True),  # tên bài dạy
    Column(48 * mm, wraps=True),  # thiết bị sử dụng
    Column(36 * mm, wraps=True),  # tình trạng phòng và thiết bị
    Column(20 * mm),  # ký tên
)
HEADER = (
    "Ngày",
    "Tiết",
    "Lớp",
    "Giáo viên",
    "Tên bài dạy",
    "Thiết bị sử dụng",
    "Tình trạng phòng và thiết bị",
    "Ký tên",
)


@dataclass
class Section:
    """One room's part of the book: its rows and its figures."""

    room: Room
    rows: Rows = field(default_factory=lambda: Rows(COLUMNS))
    sessions: int = 0
    periods: int = 0
    incidents: int = 0
    _month: tuple[int, int] | None = None

    def add(self, slot: Slot) -> None:
        month = (slot.used_on.year, slot.used_on.month)
        if month != self._month:
            self._month = month
            self.rows.heading(f"Tháng {month[1]:02d}/{month[0]}")
        self.rows.item(cells(slot, room_usage.default_subject(self.room, None)))
        self.sessions += 1
        self.periods += slot.periods
        self.incidents += bool(slot.incidents)


def cells(slot: Slot, room_subject: str) -> list[str]:
    """A session as the book writes it; the subject goes with the lesson when it is not
    the room's own ("Toán: Thống kê ..." in a computer room)."""
    lesson = slot.lesson
    if slot.subject and slot.subject != room_subject:
        lesson = f"{slot.subject}: {lesson}" if lesson else slot.subject
    return [
        vn_date(slot.used_on),
        slot.periods_text,
        slot.class_name,
        slot.teacher_name,
        lesson,
        slot.equipment,
        slot.incidents or NORMAL,
        "",
    ]


def _rooms(reg: Register, room_id: str | None, since: date, until: date) -> list[Room]:
    """The room asked for, or every live room of the book and any other room used in
    the stretch (a classroom, a room deleted since), by code."""
    if room_id is not None:
        return [get_room(reg, room_id)]
    live = {r.id: r for r in room_usage.usage_rooms(reg)}
    used = {s.room_id for s in usage_by_room(reg, since, until) if s.sessions}
    chosen = [r for r in live.values() if r.kind in BOOK_KINDS or r.id in used]
    chosen += [get_room(reg, gone) for gone in used - live.keys()]
    return sorted(chosen, key=lambda r: (r.code, r.id))


def _period(since: date, until: date) -> str:
    return f"Từ ngày {vn_date(since)} đến ngày {vn_date(until)}"


def _share(periods: int, available: int) -> str:
    share = 100 * periods / available if available else 0.0
    return vn_number(round(share, 1)) + " %"


def _section_story(
    school: SchoolInfo, section: Section, since: date, until: date, on: date
) -> list[Flowable]:
    room = section.room
    st = styles()
    responsible = room.responsible_staff.full_name if room.responsible_staff else ""
    lines = [f"{school.name} – {room_heading(room.code, room.name)}"]
    if responsible:
        lines.append(f"Người phụ trách: {responsible}")
    lines.append(f"({_period(since, until)})")
    rows = section.rows
    if not len(rows):
        rows.heading(NOTHING_HELD, RowKind.NOTE)
    available = room_usage.school_days(since, until) * PERIODS_PER_DAY
    figures = (
        f"<b>Cộng:</b> {vn_number(section.sessions)} buổi, {vn_number(section.periods)} tiết; "
        f"đã dùng {_share(section.periods, available)} trong {vn_number(available)} tiết có "
        f"thể dùng (từ thứ Hai đến thứ Bảy, 10 tiết mỗi ngày). Số buổi ghi sự cố về phòng, "
        f"thiết bị: {vn_number(section.incidents)}."
    )
    signers = [
        Signer("Người phụ trách phòng", responsible),
        Signer("Hiệu trưởng", school.principal),
    ]
    return [
        Letterhead(school, on),
        *title_block(TITLE, *lines),
        Paragraph(f"<i>Ghi chú:</i> {PERIODS_NOTE}", st.cell),
        Spacer(1, 2 * mm),
        PagedTable(
            Header([header_cells(*HEADER)]),
            rows,
            tail=[
                Spacer(1, 2 * mm),
                Paragraph(figures, st.body),
                *signature_flowables(signers, frame_width(wide=True)),
            ],
        ),
    ]


def usage_book(
    reg: Register,
    out: Path,
    *,
    since: date,
    until: date,
    room_id: str | None = None,
    on: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Print the book of ``room_id`` (or of every room of the book, a section each) for
    ``since`` ... ``until`` (both included) to ``out``, dated ``on`` (today)."""
    if since > until:
        raise ServiceError(
            f"Ngày bắt đầu ({vn_date(since)}) sau ngày kết thúc ({vn_date(until)}): "
            "hãy chọn lại khoảng thời gian."
        )
    on = on or date.today()
    school = school_info(reg)
    rooms = _rooms(reg, room_id, since, until)
    sections = {room.id: Section(room) for room in rooms}
    q = UsageQuery(room_id=room_id, since=since, until=until)
    total = room_usage.count_usage(reg, q)
    for done, slot in enumerate(room_usage.iter_slots(reg, q), start=1):
        section = sections.get(slot.room_id)
        if section is not None:
            section.add(slot)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total + 1)
    story: list[Flowable] = []
    for section in sections.values():
        if story:
            story.append(PageBreak())
        story += _section_story(school, section, since, until, on)
    scope = rooms[0].code if room_id is not None else "các phòng học bộ môn"
    info = SheetInfo(TITLE.upper(), school.name, f"{scope}, {_period(since, until)}")
    path = write_pdf(out, story, info, wide=True)
    if progress is not None:
        progress(total + 1, total + 1)
    return path


__all__ = ["usage_book"]
