"""Sổ theo dõi sử dụng phòng học bộ môn through the services: recording a session with
its teacher, subject and equipment, every refusal (overlap, periods, rooms, items,
dates, people) leaving the register exactly as it was, corrections that keep their
own slot, soft deletion with its audit line, the week, the list and its filters, and
the statistics on known data."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.models import Equipment, RoomUsage
from app.models.enums import EquipmentStatus, RoomKind
from app.services import audit, equipment, room_usage, rooms, schools
from app.services.errors import VersionConflict
from app.services.register import Register
from app.services.room_usage import UsageQuery
from app.services.room_usage_stats import (
    usage_by_month,
    usage_by_room,
    usage_by_subject,
    usage_totals,
)
from tests.conftest import Refused

TODAY = date.today()
MONDAY = room_usage.week_start(TODAY)  # this week: inside the allowed dates whatever the day


@pytest.fixture
def school(register: Register, add_room, add_item) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    it = add_room(register, "P.TIN1", "Phòng Tin học 1", subject_type="tin_hoc")
    lab = add_room(register, "P.KHTN1", "Phòng bộ môn Khoa học tự nhiên", subject_type="khtn")
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    projector = add_item(register, "TB-0001", "Máy chiếu Epson EB-X06", room_id=it.id)
    computers = add_item(register, "TB-0002", "Máy tính để bàn Dell", room_id=it.id, quantity=20)
    hoa = schools.add_staff(register, {"full_name": "Phạm Thị Hoà", "subject": "Tin học"})
    left = schools.add_staff(register, {"full_name": "Đỗ Văn Lâm", "active": False})
    return {
        "it": it,
        "lab": lab,
        "store": store,
        "projector": projector,
        "computers": computers,
        "hoa": hoa,
        "left": left,
    }


def session(school: dict[str, Any], **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "room_id": school["it"].id,
        "used_on": MONDAY,
        "period_from": 3,
        "period_to": 4,
        "class_name": "7A2",
        "teacher_id": school["hoa"].id,
        "lesson": "Bài 3. Thông tin trong máy tính",
        "equipment_ids": [school["projector"].id, school["computers"].id],
        "equipment_text": "2 bộ loa rời",
    }
    data.update(kw)
    return data


def audit_lines(reg: Register, usage_id: str) -> list[audit.HistoryLine]:
    return audit.history(reg, "room_usage", usage_id)


# == recording ===========================================================================


def test_a_session_is_written_with_its_teacher_subject_items_and_audit_line(
    register: Register, school: dict[str, Any]
) -> None:
    usage = room_usage.record_usage(register, session(school))
    stored = room_usage.get_usage(register, usage.id)
    assert (stored.room_id, stored.used_on) == (school["it"].id, MONDAY)
    assert (stored.period_from, stored.period_to) == (3, 4)
    assert stored.teacher_id == school["hoa"].id
    assert stored.teacher_name == "Phạm Thị Hoà"  # the name as written in the staff list
    assert stored.subject == "Tin học"  # the teacher's subject
    assert stored.equipment_ids == [school["projector"].id, school["computers"].id]
    assert stored.incidents == ""
    assert "may chieu epson" in stored.search_text and "pham thi hoa" in stored.search_text
    (line,) = audit_lines(register, usage.id)
    assert line.action == "create"
    assert line.summary == f"P.TIN1 {MONDAY:%d/%m/%Y} tiết 3–4: 7A2 – Phạm Thị Hoà"


def test_a_typed_teacher_takes_the_rooms_subject(
    register: Register, school: dict[str, Any]
) -> None:
    usage = room_usage.record_usage(
        register, session(school, teacher_id=None, teacher_name="Cô Lan (dạy thay)")
    )
    assert (usage.teacher_id, usage.teacher_name) == (None, "Cô Lan (dạy thay)")
    assert usage.subject == "Tin học"  # the subject room's type
    written = room_usage.record_usage(
        register, session(school, period_from=1, period_to=1, subject="Hoạt động trải nghiệm")
    )
    assert written.subject == "Hoạt động trải nghiệm"  # a subject written is kept


def test_a_multi_purpose_room_has_no_default_subject(
    register: Register, school: dict[str, Any], add_room
) -> None:  # type: ignore[no-untyped-def]
    hall = add_room(register, "P.DCN", "Phòng đa chức năng", subject_type="da_chuc_nang")
    usage = room_usage.record_usage(
        register, session(school, room_id=hall.id, teacher_id=None, teacher_name="Lê Văn Tám")
    )
    assert usage.subject == ""


def test_adjacent_periods_and_other_rooms_and_days_are_free(
    register: Register, school: dict[str, Any]
) -> None:
    room_usage.record_usage(register, session(school))  # tiết 3–4
    room_usage.record_usage(register, session(school, period_from=1, period_to=2))
    room_usage.record_usage(register, session(school, period_from=5, period_to=5))
    room_usage.record_usage(register, session(school, room_id=school["lab"].id))
    room_usage.record_usage(register, session(school, used_on=MONDAY + timedelta(days=1)))
    room_usage.record_usage(register, session(school, period_from=6, period_to=10))
    assert room_usage.count_usage(register) == 6


@pytest.mark.parametrize(
    ("first", "last"),
    [(3, 4), (4, 5), (2, 3), (1, 5), (4, 4), (3, 3)],
    ids=["same", "starts-inside", "ends-inside", "covers", "inside-end", "inside-start"],
)
def test_an_overlapping_session_is_refused_naming_the_one_there(
    register: Register, school: dict[str, Any], refused: Refused, first: int, last: int
) -> None:
    room_usage.record_usage(register, session(school))  # 7A2, tiết 3–4
    err = refused(
        register,
        room_usage.record_usage,
        session(school, class_name="8A1", period_from=first, period_to=last),
        field="period_from",
    )
    assert err.message == (
        f"Phòng Tin học 1 đã có lớp 7A2 tiết 3–4 ngày {MONDAY:%d/%m/%Y}. "
        "Hãy chọn tiết khác hoặc phòng khác."
    )


def test_a_deleted_session_frees_its_slot(register: Register, school: dict[str, Any]) -> None:
    first = room_usage.record_usage(register, session(school))
    room_usage.delete_usage(register, first.id)
    again = room_usage.record_usage(register, session(school, class_name="8A1"))
    assert again.class_name == "8A1"


@pytest.mark.parametrize(
    ("periods", "field", "words"),
    [
        ((0, 1), "period_from", "Không có tiết 0"),
        ((9, 11), "period_to", "Không có tiết 11"),
        ((4, 2), "period_to", "Tiết kết thúc (2) đứng trước tiết bắt đầu (4)"),
        ((5, 6), "period_to", "nối buổi sáng với buổi chiều"),
    ],
)
def test_periods_out_of_range_reversed_or_across_the_day_are_refused(
    register: Register,
    school: dict[str, Any],
    refused: Refused,
    periods: tuple[int, int],
    field: str,
    words: str,
) -> None:
    first, last = periods
    err = refused(
        register,
        room_usage.record_usage,
        session(school, period_from=first, period_to=last),
        field=field,
    )
    assert words in err.fields[field]


def test_a_deleted_room_or_a_storeroom_is_refused(
    register: Register, school: dict[str, Any], refused: Refused, add_room
) -> None:  # type: ignore[no-untyped-def]
    gone = add_room(register, "P.NN1", "Phòng Ngoại ngữ 1", subject_type="ngoai_ngu")
    rooms.delete_room(register, gone.id)
    err = refused(
        register, room_usage.record_usage, session(school, room_id=gone.id), field="room_id"
    )
    assert err.message == "Phòng Ngoại ngữ 1 (P.NN1) đã bị xóa khỏi sổ: hãy chọn phòng khác."
    err = refused(
        register,
        room_usage.record_usage,
        session(school, room_id=school["store"].id),
        field="room_id",
    )
    assert "Kho thiết bị (KHO) không phải phòng học" in err.message
    refused(register, room_usage.record_usage, session(school, room_id="no-such-room"))


def test_unknown_deleted_or_disposed_equipment_is_refused(
    register: Register, school: dict[str, Any], refused: Refused, add_item
) -> None:  # type: ignore[no-untyped-def]
    refused(
        register,
        room_usage.record_usage,
        session(school, equipment_ids=["not-an-item"]),
        field="equipment_ids",
    )
    old = add_item(register, "TB-0009", "Loa kéo cũ")
    equipment.delete_equipment(register, [old.id])
    err = refused(
        register,
        room_usage.record_usage,
        session(school, equipment_ids=[old.id]),
        field="equipment_ids",
    )
    assert "TB-0009 – Loa kéo cũ đã bị xóa khỏi sổ" in err.message
    sold = add_item(register, "TB-0010", "Máy chiếu Sony cũ")
    with register.write() as s:
        row = s.get(Equipment, sold.id)
        assert row is not None
        row.status = EquipmentStatus.DISPOSED
    err = refused(
        register,
        room_usage.record_usage,
        session(school, equipment_ids=[sold.id]),
        field="equipment_ids",
    )
    assert "đã thanh lý" in err.message


def test_dates_far_ahead_or_far_back_are_refused_a_booking_weeks_ahead_is_not(
    register: Register, school: dict[str, Any], refused: Refused
) -> None:
    ahead = TODAY + timedelta(days=room_usage.DAYS_AHEAD)
    room_usage.record_usage(register, session(school, used_on=ahead))
    far = TODAY + timedelta(days=room_usage.DAYS_AHEAD + 1)
    err = refused(register, room_usage.record_usage, session(school, used_on=far), field="used_on")
    assert f"Ngày {far:%d/%m/%Y} còn hơn 31 ngày nữa" in err.message
    assert "ngày giờ của máy tính" in err.message  # the PC's clock may be the wrong one
    back = TODAY - timedelta(days=room_usage.DAYS_BACK + 1)
    err = refused(register, room_usage.record_usage, session(school, used_on=back), field="used_on")
    assert "đã hơn một năm trước" in err.message
    room_usage.record_usage(
        register, session(school, used_on=TODAY - timedelta(days=room_usage.DAYS_BACK))
    )


def test_a_session_needs_a_class_and_a_teacher_who_still_works_here(
    register: Register, school: dict[str, Any], refused: Refused
) -> None:
    refused(register, room_usage.record_usage, session(school, class_name=""), field="class_name")
    refused(
        register,
        room_usage.record_usage,
        session(school, teacher_id=None, teacher_name=""),
        field="teacher_name",
    )
    err = refused(
        register,
        room_usage.record_usage,
        session(school, teacher_id=school["left"].id),
        field="teacher_name",
    )
    assert "Đỗ Văn Lâm không còn công tác ở trường" in err.message
    refused(
        register, room_usage.record_usage, session(school, teacher_id="gone"), field="teacher_name"
    )
    refused(
        register, room_usage.record_usage, session(school, class_name="7A2" * 8), field="class_name"
    )
    refused(
        register,
        room_usage.record_usage,
        session(school, lesson="Bài\x0b3"),  # a control character pasted from Word
        field="lesson",
    )


# == corrections and deletion ============================================================


def test_a_correction_keeps_its_own_slot_and_writes_what_changed(
    register: Register, school: dict[str, Any]
) -> None:
    usage = room_usage.record_usage(register, session(school))
    changed = room_usage.update_usage(
        register,
        usage.id,
        session(school, period_from=4, period_to=5, incidents="Máy số 7 không lên màn hình"),
        expected_version=usage.version,
    )
    assert (changed.period_from, changed.period_to) == (4, 5)
    assert "may so 7" in changed.search_text
    newest = audit_lines(register, usage.id)[0]
    assert newest.action == "update"
    assert newest.changes["period_from"] == [3, 4]
    assert newest.changes["incidents"] == ["", "Máy số 7 không lên màn hình"]
    assert "search_text" not in newest.changes


def test_a_correction_onto_another_session_is_refused(
    register: Register, school: dict[str, Any], refused: Refused
) -> None:
    room_usage.record_usage(register, session(school))  # 7A2 tiết 3–4
    other = room_usage.record_usage(
        register, session(school, class_name="9A3", period_from=1, period_to=2)
    )
    err = refused(
        register,
        room_usage.update_usage,
        other.id,
        session(school, class_name="9A3", period_from=2, period_to=3),
        field="period_from",
    )
    assert "đã có lớp 7A2 tiết 3–4" in err.message


def test_a_correction_made_on_an_old_form_is_refused(
    register: Register, school: dict[str, Any]
) -> None:
    usage = room_usage.record_usage(register, session(school))
    room_usage.update_usage(register, usage.id, session(school, lesson="Bài 4"))
    with pytest.raises(VersionConflict):
        room_usage.update_usage(
            register, usage.id, session(school, lesson="Bài 5"), expected_version=usage.version
        )


def test_an_old_session_can_be_corrected_and_keeps_items_deleted_since(
    register: Register, school: dict[str, Any]
) -> None:
    old_day = TODAY - timedelta(days=500)
    with register.write() as s:
        old = RoomUsage(
            school_id=register.school_id,
            room_id=school["it"].id,
            used_on=old_day,
            period_from=1,
            period_to=2,
            class_name="6A1",
            teacher_name="Phạm Thị Hoà",
            equipment_ids=[school["projector"].id],
        )
        s.add(old)
    equipment.delete_equipment(register, [school["projector"].id])
    room_usage.update_usage(
        register,
        old.id,
        session(
            school,
            used_on=old_day,
            period_from=1,
            period_to=2,
            class_name="6A1",
            equipment_ids=[school["projector"].id],
            incidents="Ghi bổ sung",
        ),
    )
    assert room_usage.get_usage(register, old.id).incidents == "Ghi bổ sung"


def test_deleting_is_soft_audited_and_all_or_none(
    register: Register, school: dict[str, Any], refused: Refused
) -> None:
    one = room_usage.record_usage(register, session(school))
    two = room_usage.record_usage(register, session(school, period_from=1, period_to=1))
    refused(register, room_usage.delete_usage, [one.id, "no-such-session"])
    room_usage.delete_usage(register, [one.id, two.id])
    assert room_usage.get_usage(register, one.id).deleted_at is not None
    assert audit_lines(register, one.id)[0].action == "delete"
    assert room_usage.count_usage(register) == 0
    refused(register, room_usage.delete_usage, one.id)  # already deleted
    refused(register, room_usage.update_usage, one.id, session(school))


# == week, list, suggestions ============================================================


def test_the_week_of_a_room(register: Register, school: dict[str, Any]) -> None:
    room_usage.record_usage(register, session(school))
    room_usage.record_usage(
        register, session(school, used_on=MONDAY + timedelta(days=5), period_from=7, period_to=7)
    )
    room_usage.record_usage(register, session(school, room_id=school["lab"].id))
    slots = room_usage.week_slots(register, school["it"].id, MONDAY + timedelta(days=3))
    assert [(s.used_on.weekday(), s.periods_text) for s in slots] == [(0, "3–4"), (5, "7")]
    assert slots[0].equipment == "Máy chiếu Epson EB-X06; Máy tính để bàn Dell; 2 bộ loa rời"
    assert room_usage.week_slots(register, school["it"].id, MONDAY + timedelta(days=7)) == []


def test_the_list_filters_and_searches_without_accents(
    register: Register, school: dict[str, Any]
) -> None:
    a = room_usage.record_usage(register, session(school))
    b = room_usage.record_usage(
        register,
        session(
            school,
            room_id=school["lab"].id,
            teacher_id=None,
            teacher_name="Nguyễn Văn Đức",
            subject="Khoa học tự nhiên",
            lesson="Bài 18. Tế bào",
            equipment_ids=[],
            equipment_text="Kính lúp",
            used_on=MONDAY + timedelta(days=1),
        ),
    )

    def ids(**kw: Any) -> set[str]:
        return set(room_usage.usage_ids(register, UsageQuery(**kw)))

    assert ids() == {a.id, b.id}
    assert ids(room_id=school["lab"].id) == {b.id}
    assert ids(teacher_name="Nguyễn Văn Đức") == {b.id}
    assert ids(subject="Tin học") == {a.id}
    assert ids(text="te bao") == {b.id}
    assert ids(text="DUC") == {b.id}
    assert ids(text="may chieu") == {a.id}  # the name of an item used
    assert ids(text="kinh lup") == {b.id}  # equipment written by hand
    assert ids(month=(MONDAY.year, MONDAY.month)) >= {a.id}
    next_month = (MONDAY.year + MONDAY.month // 12, MONDAY.month % 12 + 1)
    assert a.id not in ids(month=next_month)
    assert room_usage.usage_ids(register, UsageQuery(descending=True))[0] == b.id
    teachers, subjects, months = room_usage.book_filters(register)
    assert teachers == ["Nguyễn Văn Đức", "Phạm Thị Hoà"]  # by given name: Đức, Hoà
    assert subjects == ["Khoa học tự nhiên", "Tin học"]
    assert (MONDAY.year, MONDAY.month) in months
    rows = room_usage.usage_rows(register, [a.id])
    assert rows[a.id].room_code == "P.TIN1"


def test_rooms_are_listed_subject_rooms_first_without_storerooms(
    register: Register, school: dict[str, Any], add_room
) -> None:  # type: ignore[no-untyped-def]
    add_room(register, "A101", "Phòng học lớp 6A1", kind="classroom", subject_type=None)
    add_room(register, "B301", "Phòng học thông minh", kind="smart", subject_type=None)
    add_room(register, "C201", "Phòng học trực tuyến", kind="online", subject_type=None)
    kinds = [r.kind for r in room_usage.usage_rooms(register)]
    assert kinds == [
        RoomKind.SUBJECT,
        RoomKind.SUBJECT,
        RoomKind.SMART,
        RoomKind.ONLINE,
        RoomKind.CLASSROOM,
    ]


def test_class_suggestions_come_from_the_school_and_the_book(
    register: Register, school: dict[str, Any]
) -> None:
    schools.update_school(
        register, {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS",
                   "class_count": 9}
    )  # fmt: skip
    room_usage.record_usage(register, session(school, class_name="CLB Tin học"))
    names = room_usage.class_names(register)
    assert names[:3] == ["6A1", "6A2", "6A3"]
    assert "9A2" in names and "9A3" not in names  # 9 classes: 3, 2, 2, 2
    assert names[-1] == "CLB Tin học"


def test_school_days_count_monday_to_saturday() -> None:
    monday = date(2026, 11, 2)
    assert room_usage.school_days(monday, monday + timedelta(days=6)) == 6
    assert room_usage.school_days(monday + timedelta(days=6), monday + timedelta(days=6)) == 0
    assert room_usage.school_days(date(2026, 11, 1), date(2026, 11, 30)) == 25
    assert room_usage.school_days(monday, monday - timedelta(days=1)) == 0


# == statistics ==========================================================================


def test_statistics_by_room_subject_and_month_on_known_data(
    register: Register, school: dict[str, Any], add_room
) -> None:  # type: ignore[no-untyped-def]
    add_room(register, "B301", "Phòng học thông minh", kind="smart", subject_type=None)
    # Written straight in: the dates are fixed, whatever today is.
    rows = [
        ("it", date(2026, 3, 2), 1, 2, "Tin học"),
        ("it", date(2026, 3, 2), 3, 3, "Tin học"),
        ("it", date(2026, 3, 31), 6, 8, "Toán"),
        ("it", date(2026, 4, 1), 1, 1, "Tin học"),
        ("lab", date(2026, 3, 10), 1, 2, "Khoa học tự nhiên"),
        ("lab", date(2026, 5, 4), 1, 2, "Khoa học tự nhiên"),  # outside the stretch
    ]
    with register.write() as s:
        for room, day, first, last, subject in rows:
            s.add(
                RoomUsage(
                    school_id=register.school_id,
                    room_id=school[room].id,
                    used_on=day,
                    period_from=first,
                    period_to=last,
                    class_name="7A1",
                    teacher_name="Phạm Thị Hoà",
                    subject=subject,
                    incidents="Mất điện" if first == 6 else "",
                )
            )
        gone = RoomUsage(
            school_id=register.school_id,
            room_id=school["it"].id,
            used_on=date(2026, 3, 3),
            period_from=1,
            period_to=5,
            class_name="8A1",
            teacher_name="X",
            subject="Tin học",
        )
        s.add(gone)
    room_usage.delete_usage(register, gone.id)  # deleted sessions count for nothing
    since, until = date(2026, 3, 1), date(2026, 4, 30)
    days = room_usage.school_days(since, until)
    assert days == 52  # March 2026: 26 days Mon–Sat, April: 26
    by_room = {r.code: r for r in usage_by_room(register, since, until)}
    assert set(by_room) == {"P.TIN1", "P.KHTN1", "B301"}  # no storeroom; unused rooms too
    assert (by_room["P.TIN1"].sessions, by_room["P.TIN1"].periods) == (4, 7)
    assert by_room["P.TIN1"].available == 520
    assert by_room["P.TIN1"].share == pytest.approx(7 / 520)
    assert (by_room["P.KHTN1"].sessions, by_room["P.KHTN1"].periods) == (1, 2)
    assert (by_room["B301"].sessions, by_room["B301"].share) == (0, 0.0)
    assert [r.code for r in usage_by_room(register, since, until)][0] == "P.TIN1"

    by_subject = [(r.subject, r.sessions, r.periods, r.rooms) for r in usage_by_subject(
        register, since, until)]  # fmt: skip
    assert by_subject == [("Tin học", 3, 4, 1), ("Toán", 1, 3, 1), ("Khoa học tự nhiên", 1, 2, 1)]
    one_room = usage_by_subject(register, since, until, room_id=school["lab"].id)
    assert [(r.subject, r.periods) for r in one_room] == [("Khoa học tự nhiên", 2)]

    by_month = [(m.year, m.month, m.sessions, m.periods) for m in usage_by_month(
        register, date(2026, 2, 15), date(2026, 5, 3))]  # fmt: skip
    assert by_month == [(2026, 2, 0, 0), (2026, 3, 4, 8), (2026, 4, 1, 1), (2026, 5, 0, 0)]
    march = usage_by_month(register, since, date(2026, 3, 31), room_id=school["it"].id)[0]
    assert (march.periods, march.available) == (6, 260)
    all_rooms = usage_by_month(register, since, date(2026, 3, 31))[0]
    assert all_rooms.available == 260 * 3  # three rooms of the book

    totals = usage_totals(register, since, until)
    assert (totals.sessions, totals.periods, totals.rooms_used, totals.incidents) == (5, 9, 2, 1)
