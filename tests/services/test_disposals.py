"""Thanh lý: drafts, their list of items, applying to the register in one step; every
refusal leaves the register as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.models import Equipment, Loan
from app.models.enums import Condition, DisposalStatus, EquipmentStatus
from app.services import audit, disposals, equipment
from app.services.disposals import DisposalQuery, disposal_ids, disposal_rows
from app.services.equipment_query import EquipmentQuery, equipment_ids
from app.services.register import Register

DECIDED = date.today() - timedelta(days=20)
DISPOSED = date.today() - timedelta(days=10)
DRAFT = {
    "decision_number": "15/QĐ-THCS",
    "decision_date": DECIDED,
    "disposed_on": DISPOSED,
    "reason": "Hỏng không sửa được, hết thời gian sử dụng",
    "method": "Bán phế liệu",
    "committee": [
        {"name": "Nguyễn Văn An", "position": "Hiệu trưởng", "role": "Chủ tịch hội đồng"},
        {"name": "Trần Thị Bích", "position": "Kế toán", "role": "Thư ký"},
    ],
}


@pytest.fixture
def school(register: Register, add_room, add_item):  # type: ignore[no-untyped-def]
    lab = add_room(register, "P.KHTN1", "Phòng Khoa học tự nhiên 1", subject_type="khtn")
    lot = add_item(
        register,
        "TB-0010",
        "Kính hiển vi quang học",
        room_id=lab.id,
        quantity=10,
        qty_minor_damage=1,
        qty_broken=3,
        qty_lost=1,
        unit_price=2_400_000,
        unit="chiếc",
    )
    tv = add_item(
        register, "TB-0011", "Tivi Sony 55 inch", room_id=lab.id, qty_broken=1, quantity=1
    )
    tv = equipment.get_equipment(register, tv.id)
    good = add_item(register, "TB-0012", "Quả địa cầu", quantity=4, unit_price=350_000)
    return register, lot, tv, good


def _draft(reg: Register, **over: object) -> str:
    return disposals.create_disposal(reg, {**DRAFT, **over}).id


def test_a_draft_changes_nothing_in_the_register_until_applied(school) -> None:  # type: ignore[no-untyped-def]
    reg, lot, tv, _ = school
    draft = _draft(reg)
    lines = disposals.add_lines(
        reg,
        draft,
        [
            {"equipment_id": lot.id, "quantity": 2, "remaining_value": 200_000, "reason": "Vỡ"},
            {"equipment_id": tv.id},
        ],
    )
    assert [line.condition for line in lines] == [Condition.BROKEN, Condition.BROKEN]
    assert [line.original_value for line in lines] == [4_800_000, 0]  # from the item's price
    assert equipment.get_equipment(reg, lot.id).qty_broken == 3
    row = disposal_rows(reg, [draft])[draft]
    assert (row.status, row.items, row.units, row.original_value, row.remaining_value) == (
        DisposalStatus.DRAFT,
        2,
        3,
        4_800_000,
        200_000,
    )
    listed = disposals.disposal_lines(reg, draft)
    assert [(r.asset_code, r.quantity, r.available) for r in listed] == [
        ("TB-0010", 2, 3),
        ("TB-0011", 1, 1),
    ]


def test_applying_takes_the_units_out_in_one_step_with_audit(school) -> None:  # type: ignore[no-untyped-def]
    reg, lot, tv, _ = school
    draft = _draft(reg)
    disposals.add_lines(
        reg,
        draft,
        [
            {"equipment_id": lot.id, "quantity": 3},
            {"equipment_id": lot.id, "quantity": 1, "condition": "lost"},
            {"equipment_id": tv.id},
        ],
    )
    done = disposals.apply_disposal(reg, draft)
    assert (done.items, done.units, done.whole_items) == (2, 5, 1)
    # Part of a lot: the quantity and the condition counts go down, and still add up.
    after = equipment.get_equipment(reg, lot.id)
    assert (after.quantity, after.qty_good, after.qty_minor_damage, after.qty_broken) == (
        6,
        5,
        1,
        0,
    )
    assert after.qty_lost == 0 and after.status == EquipmentStatus.IN_USE
    # A whole item leaves service: it stays as history, out of the normal lists.
    gone = equipment.get_equipment(reg, tv.id)
    assert (gone.status, gone.quantity, gone.deleted_at) == (EquipmentStatus.DISPOSED, 1, None)
    assert tv.id not in equipment_ids(reg, EquipmentQuery(in_service=True))
    assert tv.id in equipment_ids(reg, EquipmentQuery(status=EquipmentStatus.DISPOSED))
    applied = disposals.get_disposal(reg, draft)
    assert applied.status == DisposalStatus.APPLIED and applied.applied_at is not None
    item_lines = audit.history(reg, "equipment", lot.id)
    assert item_lines[0].action == "dispose"
    assert item_lines[0].changes["quantity"] == [10, 6]
    assert item_lines[0].changes["qty_broken"] == [3, 0]
    assert "15/QĐ-THCS" in item_lines[0].summary
    assert audit.history(reg, "equipment", tv.id)[0].changes["status"] == ["in_use", "disposed"]
    assert [h.action for h in audit.history(reg, "disposal", draft)][:2] == ["apply", "add_items"]


def test_an_applied_disposal_is_read_only(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, lot, tv, good = school
    draft = _draft(reg)
    (line,) = disposals.add_lines(reg, draft, [{"equipment_id": tv.id}])
    disposals.apply_disposal(reg, draft)
    refused(reg, disposals.apply_disposal, draft)
    refused(reg, disposals.update_disposal, draft, {**DRAFT, "reason": "Khác"})
    refused(reg, disposals.delete_disposal, draft)
    refused(reg, disposals.add_lines, draft, [{"equipment_id": good.id, "condition": "good"}])
    refused(reg, disposals.update_line, line.id, {"equipment_id": tv.id, "quantity": 1})
    refused(reg, disposals.remove_lines, [line.id])


def test_a_draft_can_be_edited_and_deleted(school) -> None:  # type: ignore[no-untyped-def]
    reg, lot, _, _ = school
    draft = _draft(reg, decision_number="", decision_date=None)
    (line,) = disposals.add_lines(reg, draft, [{"equipment_id": lot.id, "quantity": 1}])
    disposals.update_line(
        reg, line.id, {"equipment_id": lot.id, "quantity": 2, "remaining_value": 100_000}
    )
    assert [(r.quantity, r.original_value) for r in disposals.disposal_lines(reg, draft)] == [
        (2, 4_800_000)
    ]
    disposals.update_disposal(reg, draft, {**DRAFT, "method": "Tiêu hủy"})
    assert disposals.get_disposal(reg, draft).method == "Tiêu hủy"
    assert disposals.remove_lines(reg, [line.id]) == 1
    assert disposals.disposal_lines(reg, draft) == []
    disposals.delete_disposal(reg, draft)
    assert disposal_ids(reg) == []
    assert equipment.get_equipment(reg, lot.id).quantity == 10


def test_applying_needs_the_decision_number_and_date(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, lot, _, _ = school
    no_number = _draft(reg, decision_number="")
    disposals.add_lines(reg, no_number, [{"equipment_id": lot.id}])
    err = refused(reg, disposals.apply_disposal, no_number, field="decision_number")
    assert "số quyết định" in err.message
    no_date = _draft(reg, decision_date=None)
    disposals.add_lines(reg, no_date, [{"equipment_id": lot.id}])
    err = refused(reg, disposals.apply_disposal, no_date, field="decision_date")
    assert "ngày quyết định" in err.message
    empty = _draft(reg)
    assert "trống" in refused(reg, disposals.apply_disposal, empty).message


def test_more_units_than_the_item_has_in_that_condition_are_refused(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, lot, _, good = school
    draft = _draft(reg)
    err = refused(reg, disposals.add_lines, draft, [{"equipment_id": lot.id, "quantity": 4}])
    assert "chỉ có 3 chiếc hỏng" in err.message
    refused(
        reg,
        disposals.add_lines,
        draft,
        [{"equipment_id": good.id, "quantity": 1}],  # broken by default: it has none
        field="quantity",
    )
    # Two drafts took the same broken units: the second cannot be applied any more.
    other = _draft(reg)
    disposals.add_lines(reg, draft, [{"equipment_id": lot.id, "quantity": 3}])
    disposals.add_lines(reg, other, [{"equipment_id": lot.id, "quantity": 2}])
    disposals.apply_disposal(reg, draft)
    err = refused(reg, disposals.apply_disposal, other, field="quantity")
    assert "chỉ có 0 chiếc hỏng" in err.message


def test_an_item_is_listed_once_per_condition(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, lot, _, _ = school
    draft = _draft(reg)
    disposals.add_lines(reg, draft, [{"equipment_id": lot.id}])
    err = refused(reg, disposals.add_lines, draft, [{"equipment_id": lot.id}])
    assert "đã có trong danh sách" in err.message
    refused(
        reg,
        disposals.add_lines,
        draft,
        [
            {"equipment_id": lot.id, "condition": "lost"},
            {"equipment_id": lot.id, "condition": "lost"},
        ],
    )


def test_deleted_and_disposed_items_cannot_be_listed(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, lot, tv, _ = school
    first = _draft(reg)
    disposals.add_lines(reg, first, [{"equipment_id": tv.id}])
    disposals.apply_disposal(reg, first)
    draft = _draft(reg)
    err = refused(reg, disposals.add_lines, draft, [{"equipment_id": tv.id}])
    assert "đã được thanh lý" in err.message
    disposals.add_lines(reg, draft, [{"equipment_id": lot.id}])
    equipment.delete_equipment(reg, [lot.id])
    refused(reg, disposals.apply_disposal, draft, field="equipment_id")


def test_remaining_value_is_at_most_the_original_value(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, lot, _, _ = school
    draft = _draft(reg)
    err = refused(
        reg,
        disposals.add_lines,
        draft,
        [{"equipment_id": lot.id, "quantity": 1, "remaining_value": 2_400_001}],
        field="remaining_value",
    )
    assert "2.400.000" in err.message
    refused(
        reg, disposals.add_lines, draft, [{"equipment_id": lot.id, "remaining_value": -1}],
        field="remaining_value",
    )  # fmt: skip


def test_bad_drafts_are_refused(register, refused) -> None:  # type: ignore[no-untyped-def]
    refused(
        register, disposals.create_disposal, {**DRAFT, "disposed_on": None}, field="disposed_on"
    )
    refused(
        register,
        disposals.create_disposal,
        {**DRAFT, "decision_date": date.today() + timedelta(days=3)},
        field="decision_date",
    )
    refused(
        register,
        disposals.create_disposal,
        {**DRAFT, "disposed_on": DECIDED - timedelta(days=1)},
        field="disposed_on",
    )
    refused(
        register,
        disposals.create_disposal,
        {**DRAFT, "committee": [{"name": ""}]},
        field="committee",
    )


def test_lent_units_cannot_be_disposed(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, _, _, good = school
    with reg.write() as s:
        s.add(
            Loan(
                school_id=reg.school_id,
                equipment_id=good.id,
                borrower_name="Phạm Thị Hoa",
                quantity=3,
                lent_at=datetime.now(UTC),
            )
        )
    draft = _draft(reg)
    err = refused(
        reg,
        disposals.add_lines,
        draft,
        [{"equipment_id": good.id, "quantity": 2, "condition": "good"}],
    )
    assert "đang cho mượn" in err.message
    disposals.add_lines(reg, draft, [{"equipment_id": good.id, "quantity": 1, "condition": "good"}])
    disposals.apply_disposal(reg, draft)
    assert equipment.get_equipment(reg, good.id).quantity == 3


def test_candidates_are_the_broken_and_lost_units(school) -> None:  # type: ignore[no-untyped-def]
    reg, lot, tv, good = school
    found = disposals.disposal_candidates(reg)
    assert [(c.asset_code, c.condition, c.available) for c in found] == [
        ("TB-0010", Condition.BROKEN, 3),
        ("TB-0010", Condition.LOST, 1),
        ("TB-0011", Condition.BROKEN, 1),
    ]
    draft = _draft(reg)
    disposals.add_lines(reg, draft, [{"equipment_id": tv.id}])
    left = disposals.disposal_candidates(reg, draft)
    assert [c.asset_code for c in left] == ["TB-0010", "TB-0010"]  # listed ones left out


def test_a_candidate_a_repair_could_not_fix_says_so(school) -> None:  # type: ignore[no-untyped-def]
    from app.services import faults

    reg, _, _, good = school
    week_ago = date.today() - timedelta(days=7)
    fault = faults.report_fault(
        reg,
        {"equipment_id": good.id, "quantity": 1, "reported_on": week_ago,
         "reported_by": "Cô Hoa", "description": "Vỡ trục quay"},
    )  # fmt: skip
    faults.start_repair(reg, fault.id, {"started_on": week_ago, "performed_by": "Thầy Nam"})
    faults.finish_repair(reg, fault.id, {"finished_on": date.today(), "outcome": "not_fixed"})
    why = {(c.asset_code, c.condition): c.why for c in disposals.disposal_candidates(reg)}
    assert why[("TB-0012", Condition.BROKEN)] == (
        f"Hỏng; báo hỏng đã sửa không được ngày {date.today():%d/%m/%Y}"
    )
    assert why[("TB-0011", Condition.BROKEN)] == "Hỏng (theo sổ)"
    assert len(why) == 4  # the globe once, not again as a fault's suggestion


def test_the_list_searches_without_accents_and_by_item(school) -> None:  # type: ignore[no-untyped-def]
    reg, lot, tv, _ = school
    first = _draft(reg, reason="Tivi hỏng màn hình")
    disposals.add_lines(reg, first, [{"equipment_id": tv.id}])
    second = _draft(reg, decision_number="22/QĐ-THCS", reason="Kính vỡ")
    disposals.add_lines(reg, second, [{"equipment_id": lot.id}])
    assert disposal_ids(reg, DisposalQuery(text="hong man hinh")) == [first]
    assert disposal_ids(reg, DisposalQuery(text="kinh hien vi")) == [second]
    assert disposal_ids(reg, DisposalQuery(text="TB-0011")) == [first]
    assert set(disposal_ids(reg, DisposalQuery(text="qđ-thcs"))) == {first, second}
    disposals.apply_disposal(reg, first)
    assert disposal_ids(reg, DisposalQuery(status=DisposalStatus.DRAFT)) == [second]
    assert disposals.find_disposal(reg, "22/qđ-thcs").id == second


def test_the_disposal_reaches_every_row_through_the_outbox(school) -> None:  # type: ignore[no-untyped-def]
    reg, lot, _, _ = school
    from sqlalchemy import text

    draft = _draft(reg)
    disposals.add_lines(reg, draft, [{"equipment_id": lot.id}])
    disposals.apply_disposal(reg, draft)
    with reg.read() as s:
        queued = {
            (t, op)
            for t, op in s.execute(
                text("SELECT table_name, op FROM sync_outbox WHERE row_id IN (:a, :b)"),
                {"a": draft, "b": lot.id},
            )
        }
        lines = s.execute(
            text("SELECT count(*) FROM sync_outbox WHERE table_name = 'disposal_line'")
        ).scalar_one()
    assert {("disposal", "insert"), ("disposal", "update"), ("equipment", "update")} <= queued
    assert lines == 1


def test_items_stay_consistent_after_the_bulk_of_a_disposal(register, add_item) -> None:  # type: ignore[no-untyped-def]
    items = [
        add_item(register, f"TB-{n:04}", f"Ghế học sinh {n}", quantity=5, qty_broken=2)
        for n in range(30)
    ]
    draft = _draft(register)
    disposals.add_lines(register, draft, [{"equipment_id": i.id, "quantity": 2} for i in items])
    done = disposals.apply_disposal(register, draft)
    assert done.units == 60
    with register.read() as s:
        for item in items:
            row = s.get(Equipment, item.id)
            assert row is not None
            assert (row.quantity, row.qty_good, row.qty_broken) == (3, 3, 0)


def _demo_story(path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    from app.services import transfers
    from app.services.demo import generate_demo

    reg = Register.open(path)
    try:
        generate_demo(reg, items=400, seed=5)
        ids = disposal_ids(reg)
        made = [
            (r.decision_number, r.decision_date, r.disposed_on, r.status, r.units)
            for r in disposal_rows(reg, ids).values()
        ]
        made += [
            (line.asset_code, line.quantity, line.remaining_value)
            for line in disposals.disposal_lines(reg, ids[0])
        ]
        moved = [
            (r.asset_code, r.quantity, r.from_room_code, r.to_room_code, r.new_asset_code)
            for r in transfers.transfer_rows(reg, transfers.transfer_ids(reg)).values()
        ]
        return made, sorted(moved, key=repr)
    finally:
        reg.close()


def test_the_demo_has_a_disposal_of_last_year_and_handovers_the_same_for_a_seed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = _demo_story(tmp_path / "a.sqlite")
    assert first == _demo_story(tmp_path / "b.sqlite")
    made, moved = first
    decision_number, decided, disposed_on, status, units = made[0]
    assert status == DisposalStatus.APPLIED and units > 0 and decision_number
    assert disposed_on.year < date.today().year or (date.today() - disposed_on).days > 300
    assert len(moved) >= 3 and any(qty > 1 for _, qty, *_ in moved)  # a lot moved too
