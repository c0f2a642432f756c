"""Demo sessions of the room-usage book: the subject rooms, the smart and the online
classroom of a demo school used week after week to a timetable, over the current
school term (holidays left out), deterministic for a seed and written in bulk.

Each term draws a weekly timetable per room (which class, teacher and subject sits in
which periods); every week follows it, with a lesson sometimes held elsewhere, now and
then an incident noted, and the room's own equipment in use.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select

from app.models import AuditEntry, Equipment, Room, RoomUsage, Staff
from app.models.enums import EquipmentStatus, RoomKind
from app.models.ids import uuid7
from app.services import audit
from app.services.common import now_utc
from app.services.register import Register
from app.services.room_usage import (
    AFTERNOON,
    MORNING,
    class_names,
    school_terms,
    term_of,
    week_start,
)
from app.services.search_text import room_usage_search_text

CHUNK = 5000

# Lunar new year's day and the Hùng Kings' day (10/3 âm lịch) of the years the demo and
# the benchmark may fall in; a year outside the table simply has no such holiday.
TET = {
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
}
HUNG_KINGS = {
    2022: date(2022, 4, 10),
    2023: date(2023, 4, 29),
    2024: date(2024, 4, 18),
    2025: date(2025, 4, 7),
    2026: date(2026, 4, 26),
    2027: date(2027, 4, 16),
    2028: date(2028, 4, 4),
    2029: date(2029, 4, 23),
    2030: date(2030, 4, 12),
}

# What is taught in each kind of room (the teachers' subjects in the demo staff list).
ROOM_SUBJECTS: dict[str, tuple[str, ...]] = {
    "tin_hoc": ("Tin học",),
    "khtn": ("Khoa học tự nhiên",),
    "ngoai_ngu": ("Tiếng Anh",),
    "am_nhac": ("Âm nhạc",),
    "mi_thuat": ("Mĩ thuật",),
    "cong_nghe": ("Công nghệ",),
    "khxh": ("Lịch sử và Địa lí", "Giáo dục công dân"),
    "da_chuc_nang": ("Ngữ văn", "Toán", "Hoạt động trải nghiệm, hướng nghiệp"),
    "khoa_hoc_cong_nghe": ("Khoa học", "Công nghệ"),
    "vat_li": ("Vật lí",),
    "hoa_hoc": ("Hóa học",),
    "sinh_hoc": ("Sinh học",),
    "smart": ("Toán", "Ngữ văn", "Tiếng Anh", "Lịch sử và Địa lí", "Khoa học tự nhiên"),
    "online": ("Tiếng Anh", "Toán"),
}
# The share of a room's morning periods the timetable fills (afternoons: 40 % of it).
FILL = {
    "tin_hoc": 0.6,
    "khtn": 0.5,
    "ngoai_ngu": 0.45,
    "smart": 0.5,
    "am_nhac": 0.35,
    "mi_thuat": 0.35,
    "cong_nghe": 0.3,
    "khxh": 0.25,
    "da_chuc_nang": 0.25,
    "online": 0.12,
}
PRACTICAL = ("tin_hoc", "khtn", "cong_nghe", "vat_li", "hoa_hoc", "sinh_hoc")  # often 2 periods

LESSONS: dict[str, tuple[str, ...]] = {
    "Tin học": (
        "Thông tin và dữ liệu",
        "Máy tính và cộng đồng",
        "Tổ chức lưu trữ, tìm kiếm và trao đổi thông tin",
        "Soạn thảo văn bản: định dạng và trình bày trang",
        "Bảng tính điện tử: nhập dữ liệu và công thức",
        "Trình chiếu: tạo bài trình chiếu",
        "Thuật toán tìm kiếm tuần tự",
        "Lập trình trực quan với Scratch",
        "Đạo đức, pháp luật và văn hoá trong môi trường số",
    ),
    "Khoa học tự nhiên": (
        "Sử dụng kính lúp và kính hiển vi quang học",
        "Tế bào – đơn vị cơ sở của sự sống",
        "Đo khối lượng, đo thời gian",
        "Phản ứng hoá học: thực hành",
        "Tốc độ chuyển động: đo tốc độ",
        "Ánh sáng, tia sáng: thực hành",
        "Trao đổi nước và chất dinh dưỡng ở thực vật",
        "Acid – base – pH: thí nghiệm",
        "Mạch điện đơn giản: lắp mạch",
    ),
    "Tiếng Anh": (
        "Unit 1. My new school – Listening",
        "Unit 2. My house – Speaking",
        "Unit 3. Friends – A closer look",
        "Unit 4. Music and arts – Getting started",
        "Unit 5. Food and drink – Skills",
        "Unit 6. Community services – Project",
        "Unit 7. Television – Listening",
        "Unit 8. Films – Communication",
    ),
    "Âm nhạc": (
        "Hát: Đi học",
        "Nhạc cụ: sáo recorder",
        "Thường thức âm nhạc: nhạc sĩ Văn Cao",
        "Đọc nhạc: bài số 2",
        "Hát: Mùa thu ngày khai trường",
        "Nhạc cụ: kèn phím",
    ),
    "Mĩ thuật": (
        "Vẽ tranh đề tài trường em",
        "Tạo hình con vật từ vật liệu tái chế",
        "Trang trí đường diềm",
        "Vẽ tranh phong cảnh",
        "Thiết kế bìa sách",
        "Nặn tượng chân dung",
    ),
    "Công nghệ": (
        "Nhà ở đối với con người",
        "Sử dụng năng lượng trong gia đình",
        "Lắp ráp mạch điện đơn giản",
        "Trồng và chăm sóc cây cảnh",
        "Bản vẽ kĩ thuật: hình chiếu vuông góc",
        "An toàn điện",
    ),
    "Lịch sử và Địa lí": (
        "Bản đồ – phương tiện thể hiện bề mặt Trái Đất",
        "Việt Nam từ khoảng thế kỉ VII trước Công nguyên",
        "Khí hậu và thời tiết",
        "Các quốc gia cổ đại phương Đông",
        "Sông và hồ; nước ngầm",
        "Thời Bắc thuộc và chống Bắc thuộc",
    ),
    "Giáo dục công dân": (
        "Tự hào về truyền thống gia đình, dòng họ",
        "Yêu thương con người",
        "Tiết kiệm",
        "Quyền trẻ em",
    ),
    "Ngữ văn": (
        "Truyện và truyện cổ tích: Thánh Gióng",
        "Thơ lục bát: Những câu hát dân gian về vẻ đẹp quê hương",
        "Nghị luận văn học: trình bày ý kiến",
        "Kí: Cô Tô",
        "Nói và nghe: kể lại một trải nghiệm",
    ),
    "Toán": (
        "Hình học trực quan: tam giác đều, hình vuông",
        "Số nguyên: phép cộng và phép trừ",
        "Thống kê: biểu đồ cột",
        "Phân số và số thập phân",
        "Đường thẳng song song",
        "Tam giác bằng nhau",
    ),
    "Hoạt động trải nghiệm, hướng nghiệp": (
        "Em với nhà trường",
        "Khám phá bản thân",
        "Trách nhiệm với bản thân",
        "Rèn luyện kỹ năng ứng phó thiên tai",
    ),
}
INCIDENTS: dict[str, tuple[str, ...]] = {
    "tin_hoc": (
        "Máy số 12 không khởi động được, đã báo cán bộ thiết bị",
        "Chuột máy số 5 bị hỏng",
        "Mạng internet chập chờn cuối tiết",
        "Bàn phím máy số 8 liệt phím Enter",
    ),
    "khtn": (
        "Vỡ 01 ống nghiệm trong khi làm thí nghiệm",
        "Kính hiển vi số 3 không lấy nét được",
        "Vòi nước bàn thí nghiệm số 2 rò rỉ",
        "Thiếu 02 đèn cồn, đã mượn phòng chuẩn bị",
    ),
    "": (
        "Máy chiếu mờ, cần thay bóng đèn",
        "Mất điện 15 phút đầu tiết",
        "Loa bị rè",
        "Quạt trần số 2 không quay",
        "Một cửa sổ kẹt không đóng được",
        "Điều hòa chảy nước",
    ),
}
HAND_WRITTEN = (
    "Phiếu học tập",
    "Bảng phụ",
    "Tranh ảnh minh họa",
    "Bộ thẻ từ vựng",
    "Giấy A0, bút dạ",
)


def holidays(since: date, until: date) -> set[date]:
    """School holidays between ``since`` and ``until``: 2/9, 1/1, Tết (a week either
    side of the lunar new year), the Hùng Kings' day, 30/4 and 1/5."""
    days: set[date] = set()
    for year in range(since.year, until.year + 1):
        days |= {date(year, 9, 2), date(year, 1, 1), date(year, 4, 30), date(year, 5, 1)}
        if year in TET:
            days |= {TET[year] + timedelta(days=n) for n in range(-7, 7)}
        if year in HUNG_KINGS:
            day = HUNG_KINGS[year]
            days |= {day, day + timedelta(days=1)} if day.weekday() == 6 else {day}
    return days


def terms(since: date, until: date) -> list[tuple[date, date]]:
    """The terms (học kỳ) that meet ``since`` ... ``until``, each cut to it."""
    found = []
    for year in range(since.year - 1, until.year + 1):
        for first, last in school_terms(year):
            if first <= until and last >= since:
                found.append((max(first, since), min(last, until)))
    return found


@dataclass(frozen=True)
class _Place:
    """A room of the book, what is taught in it, and its equipment."""

    room_id: str
    kind_key: str  # the subject-room type, or "smart" / "online"
    subjects: tuple[str, ...]
    items: tuple[tuple[str, str], ...]  # (id, name) of the room's items
    responsible: str


@dataclass(frozen=True)
class _Lesson:
    """One cell of a room's weekly timetable."""

    weekday: int
    period_from: int
    period_to: int
    class_name: str
    subject: str
    teacher: tuple[str | None, str]


def _places(reg: Register) -> list[_Place]:
    with reg.read() as s:
        rooms = list(
            s.scalars(
                select(Room)
                .where(
                    Room.school_id == reg.school_id,
                    Room.deleted_at.is_(None),
                    Room.kind.in_((RoomKind.SUBJECT, RoomKind.SMART, RoomKind.ONLINE)),
                )
                .order_by(Room.code)
            )
        )
        items: dict[str | None, list[tuple[str, str]]] = {}
        stmt = (
            select(Equipment.room_id, Equipment.id, Equipment.name)
            .where(
                Equipment.school_id == reg.school_id,
                Equipment.deleted_at.is_(None),
                Equipment.status != EquipmentStatus.DISPOSED,
                Equipment.room_id.in_([r.id for r in rooms]),
            )
            .order_by(Equipment.asset_code_norm)
        )
        for room_id, item_id, name in s.execute(stmt):
            items.setdefault(room_id, []).append((item_id, name))
    places = []
    for room in rooms:
        key = (room.subject_type or "") if room.kind == RoomKind.SUBJECT else room.kind.value
        staff = room.responsible_staff
        places.append(
            _Place(
                room.id,
                key,
                ROOM_SUBJECTS.get(key, ("Hoạt động trải nghiệm, hướng nghiệp",)),
                tuple(items.get(room.id, ())[:40]),
                staff.full_name if staff is not None else "",
            )
        )
    return places


def _teachers(reg: Register) -> dict[str, list[tuple[str | None, str]]]:
    with reg.read() as s:
        staff = s.scalars(
            select(Staff)
            .where(Staff.school_id == reg.school_id, Staff.deleted_at.is_(None), Staff.active)
            .order_by(Staff.full_name)
        ).all()
    by_subject: dict[str, list[tuple[str | None, str]]] = {}
    for member in staff:
        if member.subject:
            by_subject.setdefault(member.subject, []).append((member.id, member.full_name))
    everyone: list[tuple[str | None, str]] = [
        (m.id, m.full_name) for m in staff if m.position.startswith(("Giáo viên", "Tổ"))
    ]
    by_subject[""] = everyone or [(m.id, m.full_name) for m in staff] or [(None, "Giáo viên")]
    return by_subject


def _timetable(
    rng: random.Random,
    place: _Place,
    classes: Sequence[str],
    teachers: dict[str, list[tuple[str | None, str]]],
) -> list[_Lesson]:
    fill = FILL.get(place.kind_key, 0.3)
    cells: list[_Lesson] = []
    for weekday in range(6):
        saturday = weekday == 5
        for half, rate in ((MORNING, fill), (AFTERNOON, fill * 0.4)):
            if saturday:
                rate = rate * 0.5 if half is MORNING else 0.0
            period = half.start
            while period < half.stop:
                if rng.random() >= rate:
                    period += 1
                    continue
                length = 2 if place.kind_key in PRACTICAL and rng.random() < 0.45 else 1
                last = min(period + length - 1, half.stop - 1)
                class_name = rng.choice(classes)
                subject = rng.choice(place.subjects)
                pool = teachers.get(subject) or teachers[""]
                # One teacher per class and subject, the way a timetable assigns them.
                teacher = pool[sum(map(ord, class_name + subject)) % len(pool)]
                cells.append(_Lesson(weekday, period, last, class_name, subject, teacher))
                period = last + 1
    return cells


def plan_sessions(
    reg: Register, seed: int, since: date, until: date, skip: float = 0.12
) -> Iterator[dict[str, Any]]:
    """The demo sessions from ``since`` to ``until`` as rows ready to insert, in date
    order; ``skip`` is the share of timetabled lessons held elsewhere that week."""
    rng = random.Random(f"sotb-demo-usage:{seed}")
    places = _places(reg)
    classes = class_names(reg) or ["6A1", "7A1", "8A1", "9A1"]
    teachers = _teachers(reg)
    off = holidays(since, until)
    school_id = reg.school_id
    stamp = now_utc()
    for first, last in terms(since, until):
        tables = [(p, _timetable(rng, p, classes, teachers)) for p in places]
        monday = week_start(first)
        week = 0
        while monday <= last:
            for place, table in tables:
                for cell in table:
                    day = monday + timedelta(days=cell.weekday)
                    if day < first or day > last or day in off or rng.random() < skip:
                        continue
                    yield _row(rng, place, cell, day, week, school_id, stamp)
            monday += timedelta(days=7)
            week += 1


def _row(
    rng: random.Random,
    place: _Place,
    cell: _Lesson,
    day: date,
    week: int,
    school_id: str,
    stamp: Any,
) -> dict[str, Any]:
    titles = LESSONS.get(cell.subject, ("Ôn tập",))
    grade = int(cell.class_name[0]) if cell.class_name[:1].isdigit() else 0
    # A class moves on to the next lesson every two weeks or so.
    index = (week // 2 + grade) % len(titles)
    title = titles[index]
    lesson = title if title.startswith("Unit") else f"Bài {index + 1}. {title}"
    used = []
    if place.items and rng.random() < 0.85:
        used = rng.sample(place.items, k=min(len(place.items), rng.randint(1, 3)))
    incidents = ""
    if rng.random() < 0.03:
        incidents = rng.choice(INCIDENTS.get(place.kind_key, INCIDENTS[""]) + INCIDENTS[""])
    row: dict[str, Any] = {
        "id": uuid7(),
        "school_id": school_id,
        "created_at": stamp,
        "updated_at": stamp,
        "deleted_at": None,
        "version": 1,
        "room_id": place.room_id,
        "used_on": day,
        "period_from": cell.period_from,
        "period_to": cell.period_to,
        "class_name": cell.class_name,
        "teacher_id": cell.teacher[0],
        "teacher_name": cell.teacher[1],
        "subject": cell.subject,
        "lesson": lesson,
        "equipment_ids": [item_id for item_id, _ in used],
        "equipment_text": rng.choice(HAND_WRITTEN) if rng.random() < 0.15 else "",
        "incidents": incidents,
        "notes": "",
    }
    row["search_text"] = room_usage_search_text(row, [name for _, name in used])
    return row


def write_sessions(reg: Register, rows: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> int:
    """INSERT the rows a chunk per transaction, each with its audit line."""
    written = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        stamp = now_utc()
        with reg.write() as s:
            s.execute(insert(RoomUsage), chunk)
            s.execute(
                insert(AuditEntry),
                [
                    audit.bulk_row(reg, stamp, "room_usage", r["id"], "import", "Tạo dữ liệu mẫu")
                    for r in chunk
                ],
            )

    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            flush()
            written += len(chunk)
            chunk = []
    if chunk:
        flush()
        written += len(chunk)
    return written


def add_demo_usage(reg: Register, seed: int, ref: date) -> int:
    """Sessions of the term under way on ``ref``, up to the end of ``ref``'s week (the
    lessons already planned are noted ahead, as an officer does). Returns how many."""
    first, last = term_of(ref)
    saturday = week_start(ref) + timedelta(days=5)
    return write_sessions(reg, plan_sessions(reg, seed, first, min(last, saturday)))
