"""Inventory counts through the services: opening (snapshot, overlaps refused), the
scan paths, pause and resume, finalising exactly the differences in one transaction,
and a finalised count that can no longer change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Equipment, InventoryLine, Room
from app.models.enums import CountStatus
from app.services import equipment, loans
from app.services import inventory_count as ic
from app.services import inventory_finalise as fin
from app.services import inventory_lines as il
from app.services.errors import ServiceError
from app.services.register import Register
from tests.conftest import Refused, table_state

ON = date.today() - timedelta(days=1)
COMMITTEE = [
    {"name": "Nguyễn Văn Hùng", "position": "Hiệu trưởng", "role": "Trưởng ban"},
    {"name": "Trần Thị Mỹ Dung", "position": "Cán bộ thiết bị", "role": "Thư ký"},
]


@dataclass
class School:
    reg: Register
    lab: Room
    it: Room
    store: Room
    items: dict[str, Equipment]


@pytest.fixture
def school(
    register: Register, add_room: Callable[..., Room], add_item: Callable[..., Any]
) -> School:
    lab = add_room(register, "P.HOA", "Phòng Hóa học", subject_type="khtn")
    it = add_room(register, "P.TIN1", "Phòng Tin học 1")
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    items = {
        "TB-01": add_item(register, "TB-01", "Máy chiếu", room_id=it.id, unit_price=9_000_000),
        "TB-02": add_item(register, "TB-02", "Loa kéo", room_id=it.id, qty_broken=1),
        "TB-03": add_item(
            register, "TB-03", "Bộ ống nghiệm", room_id=lab.id, quantity=20, qty_minor_damage=2,
            qty_lost=1, unit="bộ", unit_price=150_000,
        ),
        "TB-04": add_item(register, "TB-04", "Kính hiển vi", room_id=lab.id, quantity=6),
        "TB-05": add_item(register, "TB-05", "Quả địa cầu", room_id=store.id),
        "TB-06": add_item(register, "TB-06", "Tivi cũ", room_id=store.id, status="disposed"),
        "TB-07": add_item(register, "TB-07", "Bản đồ chưa xếp phòng"),
    }  # fmt: skip
    return School(register, lab, it, store, items)


def open_whole(reg: Register, **kw: Any) -> il.CountRow:
    data = {"title": "Kiểm kê cuối năm học", "counted_on": ON, "committee": COMMITTEE, **kw}
    return ic.open_count(reg, data)


def line(reg: Register, count_id: str, code: str) -> il.LineRow:
    (found,) = [r for r in il.count_lines(reg, count_id) if r.asset_code == code]
    return found


def audit_count(reg: Register, entity: str, action: str | None = None) -> int:
    stmt = select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == entity)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    with reg.read() as s:
        return int(s.scalar(stmt) or 0)


# == opening =============================================================================


def test_opening_snapshots_every_live_item_of_the_scope(school: School) -> None:
    reg = school.reg
    equipment.delete_equipment(reg, [school.items["TB-05"].id])
    count = open_whole(reg)
    assert count.status == CountStatus.OPEN and count.whole_school
    lines = {r.asset_code: r for r in il.count_lines(reg, count.id)}
    # Deleted and disposed items are not counted; items in no room are.
    assert set(lines) == {"TB-01", "TB-02", "TB-03", "TB-04", "TB-07"}
    kit = lines["TB-03"]
    assert (kit.book_quantity, kit.book_good, kit.book_minor_damage, kit.book_lost) == (
        20,
        17,
        2,
        1,
    )
    assert kit.book_room_code == "P.HOA" and kit.unit_price == 150_000
    assert not kit.counted and kit.expected
    assert lines["TB-07"].book_room_id is None
    assert (count.lines, count.counted, count.committee) == (5, 0, COMMITTEE)
    assert audit_count(reg, "inventory_count", "open") == 1


def test_a_count_of_chosen_rooms_takes_only_their_items(school: School) -> None:
    count = ic.open_count(
        school.reg,
        {"title": "Kiểm kê phòng bộ môn", "counted_on": ON, "whole_school": False,
         "room_ids": [school.lab.id, school.it.id, school.lab.id]},
    )  # fmt: skip
    assert sorted(count.room_codes) == ["P.HOA", "P.TIN1"]
    codes = sorted(r.asset_code for r in il.count_lines(school.reg, count.id))
    assert codes == ["TB-01", "TB-02", "TB-03", "TB-04"]


def test_overlapping_counts_are_refused_naming_the_open_one(
    school: School, refused: Refused
) -> None:
    reg = school.reg
    rooms = {"whole_school": False, "counted_on": ON}
    first = ic.open_count(reg, {**rooms, "title": "Kiểm kê P.HOA", "room_ids": [school.lab.id]})
    second = {**rooms, "title": "Lần 2", "room_ids": [school.lab.id, school.store.id]}
    err = refused(reg, ic.open_count, second, field="room_ids")
    assert "Kiểm kê P.HOA" in err.message and "trùng phòng P.HOA" in err.message
    err = refused(reg, ic.open_count, {"title": "Toàn trường", "counted_on": ON}, field="room_ids")
    assert "Kiểm kê P.HOA" in err.message
    # Another room is fine; then the whole school overlaps both, even paused.
    other = ic.open_count(reg, {**rooms, "title": "Kiểm kê kho", "room_ids": [school.store.id]})
    ic.pause_count(reg, first.id)
    err = refused(reg, ic.open_count, {"title": "Toàn trường", "counted_on": ON})
    assert "tạm dừng" in err.message
    ic.cancel_count(reg, first.id, "Mở nhầm")
    ic.cancel_count(reg, other.id)
    assert open_whole(reg).status == CountStatus.OPEN  # nothing active any more
    err = refused(reg, ic.open_count, {**rooms, "title": "Phòng tin", "room_ids": [school.it.id]})
    assert "toàn trường" in err.message


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": "", "counted_on": ON}, "title"),
        ({"title": "K", "counted_on": date.today() + timedelta(days=60)}, "counted_on"),
        ({"title": "K", "counted_on": ON, "whole_school": False, "room_ids": []}, "room_ids"),
        ({"title": "K", "counted_on": ON, "whole_school": False, "room_ids": ["x"]}, "room_ids"),
        ({"title": "K", "counted_on": ON, "committee": [COMMITTEE[0], COMMITTEE[0]]}, "committee"),
        ({"title": "K", "counted_on": ON, "committee": [{"name": ""}]}, "committee"),
    ],
)
def test_a_wrong_count_is_refused(
    school: School, refused: Refused, data: dict[str, Any], field: str
) -> None:
    refused(school.reg, ic.open_count, data, field=field)


# == scanning ============================================================================


def test_a_single_item_scanned_counts_one_in_its_book_condition(school: School) -> None:
    reg = school.reg
    count = open_whole(reg)
    result = ic.scan(reg, count.id, " tb-01 ", school.it.id)
    assert result.kind == ic.ScanKind.COUNTED and not result.other_room and not result.extra
    assert result.line is not None
    assert (result.line.counted, result.line.counted_good, result.line.found_room_code) == (
        True, 1, "P.TIN1",
    )  # fmt: skip
    assert result.line.counted_by == reg.actor and result.line.counted_at is not None
    broken = ic.scan(reg, count.id, "TB-02", school.it.id)
    assert broken.line is not None and (broken.line.counted_good, broken.line.counted_broken) == (
        0,
        1,
    )
    assert broken.line.state == il.LineState.MATCHES  # the book had it broken: no difference
    # Scanned again in the same room: nothing is written.
    before = table_state(reg)
    again = ic.scan(reg, count.id, "TB-01", school.it.id)
    assert again.kind == ic.ScanKind.ALREADY and table_state(reg) == before
    assert audit_count(reg, "inventory_count") == 1  # scans write no audit lines


def test_an_item_found_in_another_room_is_counted_there(school: School) -> None:
    reg = school.reg
    count = open_whole(reg)
    result = ic.scan(reg, count.id, "TB-01", school.lab.id)
    assert result.other_room and result.line is not None
    assert (result.line.book_room_code, result.line.found_room_code) == ("P.TIN1", "P.HOA")
    assert result.line.moved and result.line.state == il.LineState.DIFFERS
    # Found again in the storeroom: it is where it was seen last.
    moved = ic.scan(reg, count.id, "TB-01", school.store.id)
    assert moved.kind == ic.ScanKind.COUNTED and moved.before_room_code == "P.HOA"
    progress = il.count_progress(reg, count.id)
    assert progress.room(school.it.id).elsewhere == 1
    assert progress.room(school.store.id).from_elsewhere == 1
    assert progress.room(school.lab.id).from_elsewhere == 0


def test_scanned_without_a_room_an_item_counts_where_the_book_has_it(school: School) -> None:
    reg = school.reg
    count = open_whole(reg)
    result = ic.scan(reg, count.id, "TB-01", None)
    assert result.kind == ic.ScanKind.COUNTED and not result.other_room
    assert result.line is not None and result.line.found_room_code == "P.TIN1"
    assert not result.line.moved and result.before_room_code is None
    assert ic.scan(reg, count.id, "TB-01", None).kind == ic.ScanKind.ALREADY
    # An item in no room: counted, then already counted.
    assert ic.scan(reg, count.id, "TB-07", None).kind == ic.ScanKind.COUNTED
    assert ic.scan(reg, count.id, "TB-07", None).kind == ic.ScanKind.ALREADY
    lot = ic.scan(reg, count.id, "TB-03", None)
    assert lot.kind == ic.ScanKind.ENTER_QUANTITIES and not lot.other_room
    # Marked not found, then found after all: counted, not "already".
    (kit,) = [r for r in il.count_lines(reg, count.id) if r.asset_code == "TB-02"]
    ic.mark_not_found(reg, count.id, [kit.id])
    found = ic.scan(reg, count.id, "TB-02", school.it.id)
    assert found.kind == ic.ScanKind.COUNTED and found.before_room_code is None
    assert found.line is not None and found.line.state == il.LineState.MATCHES


def test_unknown_and_disposed_codes_write_nothing(school: School) -> None:
    reg = school.reg
    count = open_whole(reg)
    before = table_state(reg)
    assert ic.scan(reg, count.id, "KHONG-CO-MA", school.it.id).kind == ic.ScanKind.UNKNOWN
    assert ic.scan(reg, count.id, "", school.it.id).kind == ic.ScanKind.UNKNOWN
    assert ic.scan(reg, count.id, "TB-06", school.store.id).kind == ic.ScanKind.DISPOSED
    assert table_state(reg) == before


def test_an_item_the_scope_did_not_expect_is_added_as_extra(school: School) -> None:
    reg = school.reg
    count = ic.open_count(
        reg,
        {"title": "Phòng Tin", "counted_on": ON, "whole_school": False, "room_ids": [school.it.id]},
    )
    result = ic.scan(reg, count.id, "TB-05", school.it.id)  # the storeroom's globe
    assert result.kind == ic.ScanKind.COUNTED and result.extra
    assert result.line is not None and not result.line.expected
    assert result.line.state == il.LineState.EXTRA and result.line.book_room_code == "KHO"
    assert il.count_progress(reg, count.id).room(school.it.id).extra == 1
    assert il.get_count(reg, count.id).extra == 1
    # A lot from outside: its quantities first (no line until they are saved).
    lot = ic.scan(reg, count.id, "TB-04", school.it.id)
    assert lot.kind == ic.ScanKind.ENTER_QUANTITIES and lot.line is None and lot.extra
    assert lot.item is not None and lot.item.quantity == 6
    saved = ic.record_count(
        reg, count.id, {"equipment_id": lot.item.equipment_id, "room_id": school.it.id, "good": 2}
    )
    assert not saved.expected and saved.found_room_code == "P.TIN1" and saved.counted_good == 2
    # A room outside the scope is refused.
    with pytest.raises(ServiceError, match="không thuộc phạm vi"):
        ic.scan(reg, count.id, "TB-01", school.lab.id)


def test_a_lot_asks_for_its_quantities_then_records_them(school: School, refused: Refused) -> None:
    reg = school.reg
    count = open_whole(reg)
    before = table_state(reg)
    result = ic.scan(reg, count.id, "TB-03", school.lab.id)
    assert result.kind == ic.ScanKind.ENTER_QUANTITIES and table_state(reg) == before
    assert result.line is not None and result.line.is_lot
    entry = {"equipment_id": result.line.equipment_id, "room_id": school.lab.id}
    refused(
        reg, ic.record_count, count.id, {**entry, "good": 1, "to_dispose": 2}, field="to_dispose"
    )
    refused(reg, ic.record_count, count.id, {**entry, "good": -1}, field="good")
    saved = ic.record_count(
        reg, count.id, {**entry, "good": 15, "minor_damage": 1, "broken": 1, "to_dispose": 1,
                        "reason": "1 bộ vỡ ống"},
    )  # fmt: skip
    # 20 in the book, 1 of them lost already: 17 found, so 2 more are missing.
    assert (saved.found, saved.present, saved.missing, saved.shortage, saved.counted_lost) == (
        17, 17, 2, 3, 3,
    )  # fmt: skip
    assert saved.to_dispose == 1 and saved.reason == "1 bộ vỡ ống"
    assert il.count_progress(reg, count.id).room(school.lab.id).missing == 1


def test_units_on_loan_are_neither_counted_nor_missing(school: School) -> None:
    reg = school.reg
    microscopes = school.items["TB-04"]
    loans.lend(
        reg,
        {"borrower_name": "Phạm Thị Hoa", "class_name": "7A2",
         "lines": [{"equipment_id": microscopes.id, "quantity": 2}]},
    )  # fmt: skip
    count = open_whole(reg)
    result = ic.scan(reg, count.id, "TB-04", school.lab.id)
    assert result.on_loan == 2
    saved = ic.record_count(
        reg, count.id, {"equipment_id": microscopes.id, "room_id": school.lab.id, "good": 4}
    )
    assert (saved.on_loan, saved.present, saved.missing, saved.state) == (
        2,
        6,
        0,
        il.LineState.MATCHES,
    )


# == tick, not found, undo, pause =========================================================


def test_tick_not_found_and_undo(school: School) -> None:
    reg = school.reg
    count = open_whole(reg)
    ids = {r.asset_code: r.id for r in il.count_lines(reg, count.id)}
    assert ic.tick_lines(reg, count.id, [ids["TB-03"], ids["TB-04"]], school.lab.id) == 2
    kit = line(reg, count.id, "TB-03")
    assert (kit.counted_good, kit.counted_minor_damage, kit.missing, kit.state) == (
        17, 2, 0, il.LineState.MATCHES,
    )  # fmt: skip
    assert ic.tick_lines(reg, count.id, [ids["TB-03"]], school.lab.id) == 0  # already counted
    assert ic.mark_not_found(reg, count.id, [ids["TB-07"]]) == 1
    gone = line(reg, count.id, "TB-07")
    assert gone.counted and gone.present == 0 and gone.state == il.LineState.NOT_FOUND
    assert gone.reason == ic.NOT_FOUND_REASON
    extra = ic.scan(reg, count.id, "TB-01", school.lab.id)
    assert extra.line is not None
    assert ic.undo_lines(reg, count.id, [ids["TB-04"], extra.line.id]) == 2
    assert not line(reg, count.id, "TB-04").counted and not line(reg, count.id, "TB-01").counted
    progress = il.count_progress(reg, count.id)
    assert (progress.total.expected, progress.total.counted, progress.total.missing) == (6, 2, 1)


def test_pause_and_resume_keep_every_counted_line(school: School, refused: Refused) -> None:
    reg = school.reg
    count = open_whole(reg)
    ic.scan(reg, count.id, "TB-01", school.it.id)
    ic.record_count(
        reg,
        count.id,
        {"equipment_id": school.items["TB-03"].id, "room_id": school.lab.id, "good": 10},
    )
    before = il.count_lines(reg, count.id)
    assert ic.pause_count(reg, count.id).status == CountStatus.PAUSED
    err = refused(reg, ic.scan, count.id, "TB-02", school.it.id)
    assert "tạm dừng" in err.message
    refused(reg, ic.tick_lines, count.id, [before[0].id])
    # The count's details may still be corrected while paused.
    ic.update_count(
        reg, count.id, {"title": "Kiểm kê năm 2026", "counted_on": ON, "committee": COMMITTEE}
    )
    resumed = ic.resume_count(reg, count.id)
    assert resumed.status == CountStatus.OPEN and resumed.title == "Kiểm kê năm 2026"
    assert il.count_lines(reg, count.id) == before
    assert resumed.counted == 2
    assert [audit_count(reg, "inventory_count", a) for a in ("pause", "resume", "update")] == [
        1,
        1,
        1,
    ]


# == finalising ==========================================================================


def counted_school(school: School) -> tuple[il.CountRow, dict[str, il.LineRow]]:
    """A whole-school count with one of each difference, nothing left uncounted."""
    reg = school.reg
    count = open_whole(reg)
    ic.scan(reg, count.id, "TB-01", school.lab.id)  # found in the wrong room
    ic.scan(reg, count.id, "TB-02", school.it.id)  # as the book says
    items = school.items
    ic.record_count(  # 2 missing, 1 newly broken
        reg, count.id,
        {"equipment_id": items["TB-03"].id, "room_id": school.lab.id, "good": 15,
         "minor_damage": 1, "broken": 1, "to_dispose": 1},
    )  # fmt: skip
    ic.record_count(  # one more than the book
        reg, count.id, {"equipment_id": items["TB-04"].id, "room_id": school.lab.id, "good": 7}
    )
    ic.scan(reg, count.id, "TB-07", school.store.id)  # had no room: now in the storeroom
    ic.scan(reg, count.id, "TB-05", school.store.id)
    return count, {r.asset_code: r for r in il.count_lines(reg, count.id)}


def figures(reg: Register, item_id: str) -> tuple[int, int, int, int, int, str | None]:
    with reg.read() as s:
        item = s.get(Equipment, item_id)
        assert item is not None
        return (item.quantity, item.qty_good, item.qty_minor_damage, item.qty_broken,
                item.qty_lost, item.room_id)  # fmt: skip


def test_finalising_applies_exactly_the_differences(school: School) -> None:
    reg = school.reg
    count, _ = counted_school(school)
    items = school.items
    untouched = {code: figures(reg, items[code].id) for code in ("TB-02", "TB-05", "TB-06")}
    plan = fin.finalise_plan(reg, count.id)
    assert plan.can_finalise and not plan.uncounted and plan.to_dispose == 1
    assert {c.line.asset_code for c in plan.changes} == {"TB-01", "TB-03", "TB-04", "TB-07"}
    assert [c.line.asset_code for c in plan.missing] == ["TB-03"]
    assert [c.line.asset_code for c in plan.surplus] == ["TB-04"]
    assert sorted(c.line.asset_code for c in plan.moved) == ["TB-01", "TB-07"]
    # Units only lost or added are not a change of condition; a newly broken one is.
    assert [c.line.asset_code for c in plan.condition] == ["TB-03"]
    seen: list[tuple[int, int]] = []
    done = fin.finalise_count(reg, count.id, conclusion="Số liệu khớp với sổ, trừ 2 bộ ống nghiệm.",
                              progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert (
        done.items_changed == 4 and done.newly_lost == 2 and done.surplus == 1 and done.moved == 2
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert figures(reg, items["TB-01"].id) == (1, 1, 0, 0, 0, school.lab.id)
    assert figures(reg, items["TB-03"].id) == (20, 15, 1, 1, 3, school.lab.id)
    assert figures(reg, items["TB-04"].id) == (7, 7, 0, 0, 0, school.lab.id)
    assert figures(reg, items["TB-07"].id) == (1, 1, 0, 0, 0, school.store.id)
    for code, before in untouched.items():
        assert figures(reg, items[code].id) == before, code
    with reg.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "inventory")).all()
        # The moved item is found by the room search.
        moved = s.get(Equipment, items["TB-01"].id)
        assert moved is not None and "p.hoa" in moved.search_text
    assert sorted(e.entity_id for e in entries) == sorted(done.item_ids)
    kit = next(e for e in entries if e.entity_id == items["TB-03"].id)
    assert kit.changes["qty_lost"] == [1, 3] and "Kiểm kê cuối năm học" in kit.summary
    assert "không tìm thấy 2" in kit.summary
    tb01 = next(e for e in entries if e.entity_id == items["TB-01"].id)
    assert tb01.changes["room"] == ["P.TIN1 – Phòng Tin học 1", "P.HOA – Phòng Hóa học"]
    final = il.get_count(reg, count.id)
    assert final.status == CountStatus.FINALISED and final.finalised_at is not None
    assert final.conclusion.startswith("Số liệu khớp")
    assert audit_count(reg, "inventory_count", "finalise") == 1


def test_finalise_is_refused_without_committee_or_with_items_not_counted(
    school: School, refused: Refused
) -> None:
    reg = school.reg
    count = open_whole(reg, committee=[])
    ic.scan(reg, count.id, "TB-01", school.it.id)
    plan = fin.finalise_plan(reg, count.id)
    assert not plan.can_finalise and len(plan.problems) == 2
    uncounted = sorted(r.asset_code for r in plan.uncounted)
    assert uncounted == ["TB-02", "TB-03", "TB-04", "TB-05", "TB-07"]
    err = refused(reg, fin.finalise_count, count.id)
    assert "ban kiểm kê" in err.message and "chưa kiểm" in err.message and "TB-03" in err.message
    ic.update_count(reg, count.id, {"title": "Kiểm kê", "counted_on": ON, "committee": COMMITTEE})
    refused(reg, fin.finalise_count, count.id)  # still 5 not counted
    # Confirmed as not found: their units are recorded as lost.
    done = fin.finalise_count(reg, count.id, confirm_missing=True)
    assert done.items_changed == 5
    assert figures(reg, school.items["TB-03"].id)[:5] == (20, 0, 0, 0, 20)
    assert figures(reg, school.items["TB-02"].id)[:5] == (1, 0, 0, 0, 1)
    lines = {r.asset_code: r for r in il.count_lines(reg, count.id)}
    assert all(r.counted for r in lines.values())
    assert lines["TB-03"].counted_lost == 20 and lines["TB-03"].reason == ic.NOT_FOUND_REASON


def test_uncounted_items_all_on_loan_need_no_decision(school: School) -> None:
    reg = school.reg
    projector = school.items["TB-01"]
    loans.lend(reg, {"borrower_name": "Lê Văn Tám", "lines": [{"equipment_id": projector.id}]})
    count = ic.open_count(
        reg, {"title": "Phòng Tin", "counted_on": ON, "whole_school": False,
              "room_ids": [school.it.id], "committee": COMMITTEE},
    )  # fmt: skip
    ic.scan(reg, count.id, "TB-02", school.it.id)
    plan = fin.finalise_plan(reg, count.id)
    assert plan.can_finalise and [r.asset_code for r in plan.accounted] == ["TB-01"]
    assert plan.changes == []
    before = figures(reg, projector.id)
    fin.finalise_count(reg, count.id)
    assert figures(reg, projector.id) == before
    assert line(reg, count.id, "TB-01").on_loan == 1


def test_items_changed_after_opening_are_listed_and_counted_figures_win(school: School) -> None:
    reg = school.reg
    count, _ = counted_school(school)
    kit = school.items["TB-04"]
    equipment.update_equipment(
        reg, kit.id, {"asset_code": "TB-04", "name": "Kính hiển vi", "room_id": school.lab.id,
                      "quantity": 6, "qty_broken": 2},
    )  # fmt: skip
    equipment.delete_equipment(reg, [school.items["TB-02"].id])
    plan = fin.finalise_plan(reg, count.id)
    assert [r.asset_code for r, _ in plan.changed_since_open] == ["TB-04"]
    assert [r.asset_code for r in plan.gone] == ["TB-02"]
    fin.finalise_count(reg, count.id)
    assert figures(reg, kit.id)[:5] == (7, 7, 0, 0, 0)  # what the committee counted
    settled = line(reg, count.id, "TB-04")
    assert (settled.book_quantity, settled.book_broken) == (6, 2)  # the book just before
    assert "Sổ thay đổi sau khi mở kiểm kê" in settled.reason


def test_a_failed_finalise_writes_nothing(school: School) -> None:
    reg = school.reg
    count, _ = counted_school(school)
    before = table_state(reg)

    def power_cut(done: int, total: int) -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        fin.finalise_count(reg, count.id, progress=power_cut)
    assert table_state(reg) == before


def test_a_finalised_count_is_read_only(school: School, refused: Refused) -> None:
    reg = school.reg
    count, lines = counted_school(school)
    fin.finalise_count(reg, count.id)
    kit = school.items["TB-03"].id
    for call, args in [
        (ic.scan, (count.id, "TB-05", school.store.id)),
        (ic.record_count, (count.id, {"equipment_id": kit, "good": 1})),
        (ic.tick_lines, (count.id, [lines["TB-02"].id])),
        (ic.mark_not_found, (count.id, [lines["TB-02"].id])),
        (ic.undo_lines, (count.id, [lines["TB-02"].id])),
        (ic.update_count, (count.id, {"title": "X", "counted_on": ON})),
        (ic.pause_count, (count.id,)),
        (ic.resume_count, (count.id,)),
        (ic.cancel_count, (count.id,)),
        (fin.finalise_count, (count.id,)),
        (fin.finalise_plan, (count.id,)),
    ]:
        err = refused(reg, call, *args)
        assert "đã chốt" in err.message, call


def test_a_cancelled_count_changes_nothing_in_the_register(school: School) -> None:
    reg = school.reg
    count, _ = counted_school(school)
    with reg.read() as s:
        before = sorted(tuple(r) for r in s.execute(select(Equipment.id, Equipment.quantity,
                        Equipment.qty_lost, Equipment.room_id)))  # fmt: skip
    cancelled = ic.cancel_count(reg, count.id, "Ban kiểm kê chưa đủ người")
    assert cancelled.status == CountStatus.CANCELLED and "Lý do hủy" in cancelled.notes
    with reg.read() as s:
        after = sorted(tuple(r) for r in s.execute(select(Equipment.id, Equipment.quantity,
                       Equipment.qty_lost, Equipment.room_id)))  # fmt: skip
        kept = s.scalar(select(func.count()).select_from(InventoryLine))
    assert after == before and kept == 6
    with pytest.raises(ServiceError, match="đã hủy"):
        ic.scan(reg, count.id, "TB-01", school.it.id)


def test_find_count_by_id_or_latest(school: School) -> None:
    reg = school.reg
    with pytest.raises(ServiceError, match="chưa có đợt kiểm kê"):
        il.find_count(reg, "latest")
    first = open_whole(reg, title="Đợt 1")
    ic.cancel_count(reg, first.id)
    second = open_whole(reg, title="Đợt 2")
    assert il.find_count(reg, "latest").id == second.id
    assert il.find_count(reg, first.id).id == first.id
    assert il.find_count(reg, first.id[:30]).id == first.id
    with pytest.raises(ServiceError, match="quá ngắn"):
        il.find_count(reg, first.id[:3])
    with pytest.raises(ServiceError, match="Không có đợt kiểm kê"):
        il.find_count(reg, "ffffffff-no")


def test_the_count_list_filters_by_state_and_accent_free_words(school: School) -> None:
    reg = school.reg
    first = open_whole(reg, title="Kiểm kê cuối năm học", notes="Đột xuất theo yêu cầu")
    ic.cancel_count(reg, first.id)
    second = open_whole(reg, title="Bàn giao phòng Hóa")
    assert il.count_ids(reg) == [second.id, first.id]  # newest first
    assert il.count_ids(reg, il.CountQuery(text="ban giao hoa")) == [second.id]
    assert il.count_ids(reg, il.CountQuery(text="dot xuat")) == [first.id]
    assert il.count_ids(reg, il.CountQuery(text="khong co")) == []
    assert il.count_ids(reg, il.CountQuery(status=CountStatus.CANCELLED)) == [first.id]
