"""The room-usage book in Excel: every session of a stretch of days (one room or all),
then its statistics per room, per subject and per month, and the "Thông tin" sheet.
The house layout of app/reports/excel_export.py (header row, frozen, filtered, real
dates and numbers, text never a formula)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.reports.data import school_info
from app.reports.excel_export import Column, _clean, _info_sheet, _period, _Sheet, _writing
from app.reports.vocabulary import vn_date, word
from app.services import room_usage
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.room_usage import UsageQuery
from app.services.room_usage_stats import (
    usage_by_month,
    usage_by_room,
    usage_by_subject,
    usage_totals,
)
from app.services.rooms import get_room

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 2000
WEEKDAYS = room_usage.WEEKDAYS

SESSION_COLUMNS = (
    Column("STT", 7, "number"),
    Column("Ngày", 12, "date"),
    Column("Thứ", 10),
    Column("Buổi", 8),
    Column("Từ tiết", 8, "number"),
    Column("Đến tiết", 8, "number"),
    Column("Số tiết", 8, "number"),
    Column("Phòng (mã)", 11),
    Column("Phòng (tên)", 28),
    Column("Lớp", 9),
    Column("Giáo viên", 24),
    Column("Môn học", 18),
    Column("Tên bài dạy", 42),
    Column("Thiết bị sử dụng", 42),
    Column("Tình trạng phòng và thiết bị", 32),
    Column("Ghi chú", 24),
)
ROOM_COLUMNS = (
    Column("Phòng (mã)", 11),
    Column("Phòng (tên)", 30),
    Column("Loại phòng", 22),
    Column("Số buổi", 9, "number"),
    Column("Số tiết", 9, "number"),
    Column("Số tiết có thể dùng", 12, "number"),
    Column("Tỉ lệ sử dụng (%)", 12, "decimal"),
)
SUBJECT_COLUMNS = (
    Column("Môn học", 30),
    Column("Số buổi", 9, "number"),
    Column("Số tiết", 9, "number"),
    Column("Số phòng đã dùng", 12, "number"),
)
MONTH_COLUMNS = (
    Column("Tháng", 10),
    Column("Số buổi", 9, "number"),
    Column("Số tiết", 9, "number"),
    Column("Số tiết có thể dùng", 12, "number"),
    Column("Tỉ lệ sử dụng (%)", 12, "decimal"),
)
NO_SUBJECT = "(chưa ghi môn)"


def export_usage(
    reg: Register,
    out: Path,
    *,
    since: date,
    until: date,
    room_id: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """The sessions of ``since`` ... ``until`` (of one room, or all), oldest first by
    room, and their statistics."""
    if since > until:
        raise ServiceError(
            f"Khoảng thời gian không hợp lệ: từ ngày {vn_date(since)} đến ngày {vn_date(until)}."
        )
    school = school_info(reg)
    room = get_room(reg, room_id) if room_id is not None else None
    q = UsageQuery(room_id=room_id, since=since, until=until)
    count = room_usage.count_usage(reg, q)
    period = _period(since, until)
    scope = f"Phòng {room.code} – {room.name}" if room is not None else "Tất cả các phòng"
    with _writing(out, "Sổ theo dõi sử dụng phòng học bộ môn", school, period) as wb:
        sheet = _Sheet(wb, "Sổ sử dụng phòng", SESSION_COLUMNS, count)
        for n, s in enumerate(room_usage.iter_slots(reg, q), start=1):
            values: list[Any] = [
                n,
                s.used_on,
                WEEKDAYS[s.used_on.weekday()],
                room_usage.half_day(s.period_from).capitalize(),
                s.period_from,
                s.period_to,
                s.periods,
                s.room_code,
                s.room_name,
                s.class_name,
                s.teacher_name,
                s.subject,
                s.lesson,
                s.equipment,
                s.incidents or "Bình thường",
                s.notes,
            ]
            sheet.append([_clean(v) if type(v) is str else v for v in values])
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, count)
        _statistics(wb, reg, since, until, room_id)
        totals = usage_totals(reg, since, until, room_id)
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", "Sổ theo dõi sử dụng phòng học bộ môn"),
                ("Phòng", scope),
                ("Thời gian", period),
                ("Số buổi", totals.sessions),
                ("Số tiết", totals.periods),
                ("Số buổi ghi sự cố", totals.incidents),
                ("Tiết", "Tiết 1–5: buổi sáng; tiết 6–10: buổi chiều"),
                (
                    "Số tiết có thể dùng",
                    "Số ngày từ thứ Hai đến thứ Bảy trong khoảng thời gian × 10 tiết "
                    "(chưa trừ ngày nghỉ lễ)",
                ),
            ],
        )
    if progress is not None:
        progress(count, count)
    return Path(out)


def _statistics(wb: Any, reg: Register, since: date, until: date, room_id: str | None) -> None:
    rooms = usage_by_room(reg, since, until)
    if room_id is not None:
        rooms = [r for r in rooms if r.room_id == room_id]
    sheet = _Sheet(wb, "Thống kê theo phòng", ROOM_COLUMNS, len(rooms))
    for r in rooms:
        name = r.name + (" (đã xóa)" if r.deleted else "")
        sheet.append(
            [
                r.code,
                name,
                word(r.kind),
                r.sessions,
                r.periods,
                r.available,
                round(r.share * 100, 1),
            ]
        )
    subjects = usage_by_subject(reg, since, until, room_id)
    sheet = _Sheet(wb, "Thống kê theo môn", SUBJECT_COLUMNS, len(subjects))
    for s in subjects:
        sheet.append([s.subject or NO_SUBJECT, s.sessions, s.periods, s.rooms])
    months = usage_by_month(reg, since, until, room_id)
    sheet = _Sheet(wb, "Thống kê theo tháng", MONTH_COLUMNS, len(months))
    for m in months:
        sheet.append(
            [f"{m.month:02d}/{m.year}", m.sessions, m.periods, m.available, round(m.share * 100, 1)]
        )
