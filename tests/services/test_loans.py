"""Sổ mượn – trả: lending (one borrower, several items, within the available units),
returning by condition (partial, damaged, lost), the item's status on loan and back,
overdue loans measured against an explicit clock, the lists and their search. Every
refusal leaves the register exactly as it was (loans, items, audit trail, outbox)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Equipment, Loan
from app.models.enums import EquipmentStatus
from app.models.outbox import SyncOutbox
from app.services import audit, equipment, loans, maintenance, schools
from app.services.loan_schemas import default_due
from app.services.loans import LoanQuery, LoanState
from app.services.register import Register
from tests.conftest import Refused

LENT = datetime(2026, 11, 2, 1, 30, tzinfo=UTC)  # 08:30 in Hà Nội
DUE = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def school(register: Register, add_room, add_item) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    lab = add_room(register, "P.KHTN1", "Phòng Khoa học tự nhiên 1", subject_type="khtn")
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    microscopes = add_item(
        register, "TB-000123", "Kính hiển vi quang học", room_id=lab.id, quantity=6
    )
    calculators = add_item(
        register, "TB-000200", "Máy tính cầm tay Casio fx-580VN X", room_id=store.id,
        quantity=42, qty_broken=2, status="in_store",
    )  # fmt: skip
    globe = add_item(register, "TB-000300", "Quả địa cầu hành chính", room_id=store.id)
    hoa = schools.add_staff(register, {"full_name": "Phạm Thị Hoa", "subject": "KHTN"})
    left = schools.add_staff(register, {"full_name": "Đỗ Văn Lâm", "active": False})
    return {
        "microscopes": microscopes,
        "calculators": calculators,
        "globe": globe,
        "hoa": hoa,
        "left": left,
    }


def lend_data(school: dict[str, Any], *lines: tuple[str, int], **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "borrower_id": school["hoa"].id,
        "class_name": "7A2",
        "period": "3-4",
        "lesson": "Bài 18: Tế bào – đơn vị cơ sở của sự sống",
        "lent_at": LENT,
        "due_at": DUE,
        "lines": [{"equipment_id": school[key].id, "quantity": n} for key, n in lines],
    }
    data.update(kw)
    return data


def item(reg: Register, item_id: str) -> Equipment:
    return equipment.get_equipment(reg, item_id)


def count(reg: Register, model: Any) -> int:
    with reg.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def available(reg: Register, item_id: str) -> int:
    return loans.lendable(reg, [item_id])[item_id].available


# -- lending ----------------------------------------------------------------------------


def test_one_lend_writes_a_loan_per_item_with_audit_lines(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    made = loans.lend(register, lend_data(school, ("microscopes", 4), ("calculators", 40)))
    assert [(loan.quantity, loan.borrower_name) for loan in made] == [
        (4, "Phạm Thị Hoa"),
        (40, "Phạm Thị Hoa"),
    ]
    rows = loans.loan_rows(register, [loan.id for loan in made])
    first = rows[made[0].id]
    assert (first.asset_code, first.class_name, first.period) == ("TB-000123", "7A2", "3-4")
    assert first.lent_at == LENT and first.due_at == DUE and first.is_open
    assert first.borrower_id == school["hoa"].id
    assert available(register, school["microscopes"].id) == 2
    assert available(register, school["calculators"].id) == 0
    lines = audit.history(register, "equipment", school["microscopes"].id)
    assert lines[0].action == "lend"
    assert lines[0].summary == "Cho mượn 4 cái – Phạm Thị Hoa – 7A2"
    assert lines[0].changes["loan_id"] == [None, made[0].id]
    on_loan = audit.history(register, "loan", made[0].id)
    assert [h.action for h in on_loan] == ["lend"]
    assert "TB-000123 Kính hiển vi quang học" in on_loan[0].summary
    # the outbox carries both loans to the district
    with register.read() as s:
        queued = set(s.scalars(select(SyncOutbox.row_id).where(SyncOutbox.table_name == "loan")))
    assert queued == {loan.id for loan in made}


def test_a_name_not_on_the_staff_list_is_kept_as_typed(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    data = lend_data(school, ("globe", 1), borrower_id=None, borrower_name="  Cô Lan (thực tập) ")
    (loan,) = loans.lend(register, data)
    assert (loan.borrower_id, loan.borrower_name) == (None, "Cô Lan (thực tập)")


def test_the_due_time_defaults_to_the_end_of_the_school_day(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("globe", 1), due_at=None))
    assert loan.due_at == default_due(LENT)
    local = loan.due_at.astimezone()
    assert (local.hour, local.minute) == (17, 0)
    assert local.date() == LENT.astimezone().date()
    late = LENT.astimezone().replace(hour=18)
    assert default_due(late).astimezone().date() == late.date() + timedelta(days=1)


def test_open_loans_count_against_the_available_units(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    loans.lend(register, lend_data(school, ("microscopes", 4)))
    loans.lend(register, lend_data(school, ("microscopes", 2)))
    assert available(register, school["microscopes"].id) == 0


# -- refusals ---------------------------------------------------------------------------


def test_lending_more_than_available_is_refused_naming_the_item(
    register: Register, school, refused: Refused
) -> None:  # type: ignore[no-untyped-def]
    loans.lend(register, lend_data(school, ("microscopes", 4)))
    loans_before, outbox_before = count(register, Loan), count(register, SyncOutbox)
    err = refused(register, loans.lend, lend_data(school, ("microscopes", 4)), field="lines")
    assert "TB-000123 Kính hiển vi quang học: còn 2 cái sẵn sàng cho mượn, " in err.message
    assert "không thể cho mượn 4." in err.message
    assert (count(register, Loan), count(register, SyncOutbox)) == (loans_before, outbox_before)
    # broken units are not lendable either: 42 calculators, 2 broken
    err = refused(register, loans.lend, lend_data(school, ("calculators", 41)), field="lines")
    assert "còn 40 cái sẵn sàng cho mượn, không thể cho mượn 41." in err.message


def test_one_bad_line_refuses_the_whole_lend(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    data = lend_data(school, ("globe", 1), ("microscopes", 7), ("calculators", 2))
    err = refused(register, loans.lend, data, field="lines")
    assert "TB-000123" in err.message and "TB-000300" not in err.message
    assert count(register, Loan) == 0
    assert item(register, school["globe"].id).status == EquipmentStatus.IN_USE


@pytest.mark.parametrize("quantity", [0, -3])
def test_a_quantity_under_one_is_refused(
    register: Register, school, refused: Refused, quantity: int
) -> None:  # type: ignore[no-untyped-def]
    err = refused(register, loans.lend, lend_data(school, ("globe", quantity)), field="lines")
    assert "TB-000300 Quả địa cầu hành chính: số lượng cho mượn phải từ 1 trở lên" in err.message


def test_a_deleted_item_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    equipment.delete_equipment(register, [school["globe"].id])
    err = refused(register, loans.lend, lend_data(school, ("globe", 1)), field="lines")
    assert "đã bị xóa" in err.message


def test_a_disposed_item_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    globe = item(register, school["globe"].id)
    data = {k: getattr(globe, k) for k in ("asset_code", "name", "room_id", "quantity")}
    equipment.update_equipment(register, globe.id, {**data, "status": "disposed"})
    err = refused(register, loans.lend, lend_data(school, ("globe", 1)), field="lines")
    assert "TB-000300 Quả địa cầu hành chính đã thanh lý" in err.message


def test_an_item_in_repair_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    maintenance.record_maintenance(
        register,
        {
            "equipment_id": school["microscopes"].id,
            "kind": "repair",
            "performed_on": date.today(),
            "description": "Gửi hãng sửa núm lấy nét",
            "result": "sent_out",
        },
    )
    err = refused(register, loans.lend, lend_data(school, ("microscopes", 1)), field="lines")
    assert "đang sửa chữa, không cho mượn được" in err.message


def test_the_same_item_twice_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    data = lend_data(school, ("microscopes", 1), ("microscopes", 2))
    err = refused(register, loans.lend, data, field="lines")
    assert "có hai lần trong phiếu mượn" in err.message


@pytest.mark.parametrize("due", [LENT, LENT - timedelta(minutes=5)])
def test_a_due_time_not_after_the_lend_is_refused(
    register: Register, school, refused: Refused, due: datetime
) -> None:  # type: ignore[no-untyped-def]
    err = refused(register, loans.lend, lend_data(school, ("globe", 1), due_at=due), field="due_at")
    assert "phải sau lúc mượn" in err.message


def test_a_due_time_years_away_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    due = LENT.replace(year=2028)
    refused(register, loans.lend, lend_data(school, ("globe", 1), due_at=due), field="due_at")


def test_no_borrower_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    data = lend_data(school, ("globe", 1), borrower_id=None, borrower_name="   ")
    err = refused(register, loans.lend, data, field="borrower_name")
    assert "Chưa ghi người mượn" in err.message


def test_a_staff_member_who_left_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    data = lend_data(school, ("globe", 1), borrower_id=school["left"].id)
    err = refused(register, loans.lend, data, field="borrower_name")
    assert "Đỗ Văn Lâm không còn công tác" in err.message


def test_a_lend_without_items_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    refused(register, loans.lend, lend_data(school), field="lines")


# -- the item's status ------------------------------------------------------------------


def test_taking_the_last_unit_marks_the_item_on_loan_and_a_return_puts_it_back(
    register: Register, school
) -> None:  # type: ignore[no-untyped-def]
    calculators = school["calculators"].id  # in store
    (first,) = loans.lend(register, lend_data(school, ("calculators", 30)))
    assert item(register, calculators).status == EquipmentStatus.IN_STORE
    assert first.status_before is None
    (last,) = loans.lend(register, lend_data(school, ("calculators", 10)))
    assert item(register, calculators).status == EquipmentStatus.ON_LOAN
    assert last.status_before == EquipmentStatus.IN_STORE
    line = audit.history(register, "equipment", calculators)[0]
    assert line.changes["status"] == ["in_store", "on_loan"]
    # a unit of the first loan back: one is available again, the status comes back
    loans.return_loan(register, {"loan_id": first.id, "good": 1})
    assert item(register, calculators).status == EquipmentStatus.IN_STORE
    assert audit.history(register, "equipment", calculators)[0].changes["status"] == [
        "on_loan",
        "in_store",
    ]


def test_a_damaged_return_of_the_last_unit_puts_the_status_back(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    globe = school["globe"].id
    (loan,) = loans.lend(register, lend_data(school, ("globe", 1)))
    assert item(register, globe).status == EquipmentStatus.ON_LOAN
    loans.return_loan(register, {"loan_id": loan.id, "damaged": 1})
    back = item(register, globe)
    assert back.status == EquipmentStatus.IN_USE  # nothing is out any more
    assert (back.qty_good, back.qty_broken) == (0, 1)


def test_a_status_set_by_hand_is_left_alone(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("microscopes", 2)))
    current = item(register, school["microscopes"].id)
    data = {k: getattr(current, k) for k in ("asset_code", "name", "room_id", "quantity")}
    equipment.update_equipment(register, current.id, {**data, "status": "on_loan"})
    loans.return_loan(register, {"loan_id": loan.id, "good": 2})
    assert item(register, current.id).status == EquipmentStatus.ON_LOAN


# -- returning --------------------------------------------------------------------------


def test_partial_returns_accumulate_until_everything_is_accounted_for(
    register: Register, school
) -> None:  # type: ignore[no-untyped-def]
    micro = school["microscopes"].id
    (loan,) = loans.lend(register, lend_data(school, ("microscopes", 5)))
    back = LENT + timedelta(hours=3)
    loans.return_loan(register, {"loan_id": loan.id, "good": 2, "returned_at": back})
    row = loans.get_loan(register, loan.id)
    assert (row.returned_good, row.outstanding, row.is_open) == (2, 3, True)
    assert available(register, micro) == 3
    loans.return_loan(
        register,
        {"loan_id": loan.id, "good": 1, "damaged": 1, "lost": 1, "returned_at": back,
         "notes": "Vỡ một vật kính; một chiếc học sinh làm rơi mất"},
    )  # fmt: skip
    row = loans.get_loan(register, loan.id)
    assert (row.returned_good, row.returned_damaged, row.returned_lost) == (3, 1, 1)
    assert row.returned_at == back and not row.is_open
    assert row.condition_text == "Tốt 3, hỏng 1, mất 1"
    assert row.return_notes == "Vỡ một vật kính; một chiếc học sinh làm rơi mất"
    after = item(register, micro)
    assert (after.quantity, after.qty_good, after.qty_broken, after.qty_lost) == (6, 4, 1, 1)
    assert available(register, micro) == 4
    line = audit.history(register, "equipment", micro)[0]
    assert line.action == "return"
    assert line.summary == "Nhận trả 3 cái – Phạm Thị Hoa – 7A2: tốt 1, hỏng 1, mất 1"
    assert line.changes["qty_broken"] == [0, 1] and line.changes["qty_lost"] == [0, 1]


def test_returning_more_than_outstanding_is_refused(
    register: Register, school, refused: Refused
) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("microscopes", 4)))
    loans.return_loan(register, {"loan_id": loan.id, "good": 2})
    err = refused(register, loans.return_loan, {"loan_id": loan.id, "good": 2, "lost": 1})
    assert "Phạm Thị Hoa còn giữ 2 cái, không thể nhận trả 3." in err.message


def test_a_return_of_nothing_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("microscopes", 4)))
    refused(register, loans.return_loan, {"loan_id": loan.id}, field="good")
    refused(register, loans.return_loan, {"loan_id": loan.id, "good": -1}, field="good")


def test_a_closed_loan_cannot_be_returned_again(
    register: Register, school, refused: Refused
) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("globe", 1)))
    loans.return_loan(register, {"loan_id": loan.id, "good": 1})
    err = refused(register, loans.return_loan, {"loan_id": loan.id, "good": 1})
    assert "đã trả đủ" in err.message


def test_a_return_before_the_lend_is_refused(register: Register, school, refused: Refused) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("globe", 1)))
    early = {"loan_id": loan.id, "good": 1, "returned_at": LENT - timedelta(hours=1)}
    refused(register, loans.return_loan, early, field="returned_at")


def test_a_return_over_a_newer_change_is_refused(
    register: Register, school, refused: Refused
) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("microscopes", 4)))
    shown = loans.get_loan(register, loan.id).version
    loans.return_loan(register, {"loan_id": loan.id, "good": 1})
    stale = {"loan_id": loan.id, "good": 1, "expected_version": shown}
    refused(register, loans.return_loan, stale)


def test_several_loans_return_in_one_go_or_not_at_all(
    register: Register, school, refused: Refused
) -> None:  # type: ignore[no-untyped-def]
    made = loans.lend(register, lend_data(school, ("microscopes", 2), ("globe", 1)))
    closed = loans.lend(register, lend_data(school, ("calculators", 1)))[0]
    loans.return_loan(register, {"loan_id": closed.id, "good": 1})
    refused(register, loans.return_all_good, [made[0].id, closed.id])
    loans.return_all_good(register, [loan.id for loan in made])
    rows = loans.loan_rows(register, [loan.id for loan in made])
    assert all(not r.is_open and r.returned_good == r.quantity for r in rows.values())


# -- extending and cancelling -----------------------------------------------------------


def test_a_loan_can_be_extended_but_not_to_before_it_began(
    register: Register, school, refused: Refused
) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("globe", 1)))
    later = DUE + timedelta(days=2)
    loans.extend_loan(register, {"loan_id": loan.id, "due_at": later})
    assert loans.get_loan(register, loan.id).due_at == later
    assert audit.history(register, "loan", loan.id)[0].summary.startswith("Gia hạn trả")
    early = {"loan_id": loan.id, "due_at": LENT - timedelta(days=1)}
    refused(register, loans.extend_loan, early, field="due_at")


def test_a_loan_written_by_mistake_is_cancelled_and_the_status_restored(
    register: Register, school, refused: Refused
) -> None:  # type: ignore[no-untyped-def]
    (loan,) = loans.lend(register, lend_data(school, ("globe", 1)))
    loans.cancel_loan(register, loan.id, "ghi nhầm người mượn")
    assert item(register, school["globe"].id).status == EquipmentStatus.IN_USE
    assert loans.loan_ids(register, LoanQuery(state=LoanState.ALL)) == []
    assert "ghi nhầm người mượn" in audit.history(register, "loan", loan.id)[0].summary
    (other,) = loans.lend(register, lend_data(school, ("microscopes", 3)))
    loans.return_loan(register, {"loan_id": other.id, "good": 1})
    refused(register, loans.cancel_loan, other.id)


# -- overdue, lists and search ----------------------------------------------------------


def test_overdue_is_measured_against_the_given_clock(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    early = loans.lend(register, lend_data(school, ("microscopes", 1), due_at=DUE))[0]
    late = loans.lend(register, lend_data(school, ("globe", 1), due_at=DUE + timedelta(hours=5)))[0]
    returned = loans.lend(register, lend_data(school, ("calculators", 3)))[0]
    loans.return_loan(register, {"loan_id": returned.id, "good": 3})

    before = DUE - timedelta(minutes=30)
    assert loans.overdue_count(register, now=before) == 0
    counts = loans.loan_counts(register, now=before)
    assert (counts.open, counts.overdue, counts.due_soon) == (2, 0, 1)

    between = DUE + timedelta(hours=1)
    assert loans.overdue_count(register, now=between) == 1
    assert [r.id for r in loans.overdue_loans(register, now=between)] == [early.id]
    q = LoanQuery(state=LoanState.OVERDUE, now=between)
    assert loans.loan_ids(register, q) == [early.id]

    after = DUE + timedelta(days=1)
    assert [r.id for r in loans.overdue_loans(register, now=after)] == [early.id, late.id]
    assert [r.id for r in loans.overdue_loans(register, now=after, limit=1)] == [early.id]
    assert loans.open_loan_count(register) == 2
    row = loans.get_loan(register, late.id)
    assert row.overdue(after) and not row.overdue(before)
    assert row.due_soon(DUE + timedelta(hours=4)) and not row.due_soon(DUE)


def test_the_state_filters_and_sorting(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    a = loans.lend(register, lend_data(school, ("microscopes", 1)))[0]
    b = loans.lend(register, lend_data(school, ("globe", 1), lent_at=LENT + timedelta(hours=1)))[0]
    loans.return_loan(register, {"loan_id": a.id, "good": 1})
    assert loans.loan_ids(register, LoanQuery(state=LoanState.OPEN)) == [b.id]
    assert loans.loan_ids(register, LoanQuery(state=LoanState.RETURNED)) == [a.id]
    assert loans.loan_ids(register, LoanQuery(state=LoanState.ALL)) == [b.id, a.id]
    by_code = LoanQuery(state=LoanState.ALL, sort="asset_code", descending=False)
    assert loans.loan_ids(register, by_code) == [a.id, b.id]


def test_search_ignores_accents_over_item_and_borrower(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    hoa = loans.lend(register, lend_data(school, ("microscopes", 1)))[0]
    other = lend_data(school, ("globe", 1), borrower_id=None, borrower_name="Nguyễn Đức Thắng")
    thang = loans.lend(register, {**other, "class_name": "9A1", "lesson": "Địa hình Việt Nam"})[0]

    def found(text: str) -> list[str]:
        return loans.loan_ids(register, LoanQuery(text=text, state=LoanState.ALL))

    assert found("pham thi hoa") == [hoa.id]
    assert found("kinh hien vi") == [hoa.id]
    assert found("HOA kính") == [hoa.id]  # borrower and item words together
    assert found("duc thang") == [thang.id]
    assert found("dia hinh") == [thang.id]
    assert found("9a1") == [thang.id]
    assert found("tb-0003") == [thang.id]  # the start of an asset code
    assert found("giáo viên vắng") == []


def test_the_book_covers_days_lent_in_the_schools_calendar(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    first = loans.lend(register, lend_data(school, ("globe", 1)))[0]
    next_day = LENT + timedelta(days=1)
    second = loans.lend(
        register,
        lend_data(
            school, ("microscopes", 1), lent_at=next_day, due_at=next_day + timedelta(hours=2)
        ),
    )[0]
    day = LENT.astimezone().date()
    assert [r.id for r in loans.book_rows(register)] == [first.id, second.id]
    assert [r.id for r in loans.book_rows(register, since=day, until=day)] == [first.id]
    assert [r.id for r in loans.book_rows(register, since=day + timedelta(days=1))] == [second.id]
    with pytest.raises(loans.ServiceError):
        loans.book_rows(register, since=day, until=day - timedelta(days=1))


def test_the_lend_dialogs_lookup(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    (found,) = loans.find_lendable(register, "tb-000123")
    assert (found.asset_code, found.available, found.refusal(6)) == ("TB-000123", 6, None)
    assert "không thể cho mượn 7" in (found.refusal(7) or "")
    assert [x.asset_code for x in loans.find_lendable(register, "may tinh casio")] == ["TB-000200"]
    assert loans.find_lendable(register, "") == []
    loans.lend(register, lend_data(school, ("microscopes", 2)))
    assert (
        loans.lendable(register, [school["microscopes"].id])[school["microscopes"].id].on_loan == 2
    )
    assert loans.known_classes(register) == ["7A2"]


def test_every_change_is_in_the_audit_trail(register: Register, school) -> None:  # type: ignore[no-untyped-def]
    before = count(register, AuditEntry)
    made = loans.lend(register, lend_data(school, ("microscopes", 2), ("globe", 1)))
    assert count(register, AuditEntry) == before + 4  # a line on each loan and each item
    loans.return_loan(register, {"loan_id": made[0].id, "good": 2})
    assert count(register, AuditEntry) == before + 6
