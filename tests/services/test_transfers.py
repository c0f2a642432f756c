"""Bàn giao between rooms: whole items change room, part of a lot becomes a new item
with its own code; a handover is all or nothing and every refusal writes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from app.models import Equipment, Loan, Transfer
from app.models.enums import EquipmentStatus, TransferKind
from app.services import audit, equipment, rooms, transfers
from app.services.register import Register
from app.services.transfers import TransferQuery, transfer_ids, transfer_rows

ON = date.today() - timedelta(days=2)


@pytest.fixture
def school(register: Register, add_room, add_item):  # type: ignore[no-untyped-def]
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom")
    lab = add_room(register, "P.KHTN1", "Phòng Khoa học tự nhiên 1", subject_type="khtn")
    lot = add_item(
        register,
        "TB-0004",
        "Máy tính để bàn Dell Vostro",
        room_id=store.id,
        quantity=20,
        qty_minor_damage=2,
        qty_broken=1,
        unit_price=9_800_000,
        brand="Dell",
        serial="LOT-2024",
        acquired_on="2024-08-01",
        notes="Dự án trang bị phòng Tin",
    )
    projector = add_item(register, "TB-0001", "Máy chiếu Epson EB-X06", room_id=store.id)
    return register, store, lab, lot, projector


def _handover(lab, *lines: dict[str, object], **over: object) -> dict[str, object]:  # type: ignore[no-untyped-def]
    data: dict[str, object] = {
        "to_room_id": lab.id,
        "transferred_on": ON,
        "decision_number": "07/QĐ-THCS",
        "handed_by": "Lê Văn Tâm",
        "received_by": "Phạm Thị Hoa",
        "reason": "Trang bị phòng KHTN",
        "lines": list(lines),
    }
    data.update(over)
    return data


def test_a_whole_item_changes_room_through_move_equipment(school) -> None:  # type: ignore[no-untyped-def]
    reg, store, lab, _, projector = school
    done = transfers.transfer_between_rooms(reg, _handover(lab, {"equipment_id": projector.id}))
    assert done.moved == (projector.id,) and done.split_off == ()
    assert equipment.get_equipment(reg, projector.id).room_id == lab.id
    history = audit.history(reg, "equipment", projector.id)[0]
    assert history.action == "move" and history.changes["room_id"] == [store.id, lab.id]
    (row,) = transfer_rows(reg, done.transfer_ids).values()
    assert (row.kind, row.from_room_code, row.to_room_code, row.quantity) == (
        TransferKind.ROOM,
        "KHO",
        "P.KHTN1",
        1,
    )
    assert (row.qty_good, row.handed_by, row.received_by) == (1, "Lê Văn Tâm", "Phạm Thị Hoa")
    assert audit.history(reg, "transfer", done.batch_id)[0].action == "create"


def test_part_of_a_lot_becomes_a_new_item_with_a_free_code(school) -> None:  # type: ignore[no-untyped-def]
    reg, store, lab, lot, _ = school
    done = transfers.transfer_between_rooms(
        reg,
        _handover(lab, {"equipment_id": lot.id, "quantity": 5, "qty_good": 4, "qty_broken": 1}),
    )
    (new_id,) = done.split_off
    new = equipment.get_equipment(reg, new_id)
    rest = equipment.get_equipment(reg, lot.id)
    assert new.asset_code == "TB-0004.1"
    assert (new.room_id, new.quantity, new.qty_good, new.qty_broken) == (lab.id, 5, 4, 1)
    assert (new.name, new.brand, new.serial, new.unit_price) == (
        lot.name,
        "Dell",
        "LOT-2024",
        9_800_000,
    )
    assert new.acquired_on == date(2024, 8, 1) and "Tách từ TB-0004" in new.notes
    assert (rest.room_id, rest.quantity, rest.qty_good, rest.qty_minor_damage, rest.qty_broken) == (
        store.id,
        15,
        13,
        2,
        0,
    )
    assert audit.history(reg, "equipment", lot.id)[0].action == "split"
    assert audit.history(reg, "equipment", new_id)[0].action == "create"
    # A second split takes the next free number; a deleted item keeps its code too.
    equipment.delete_equipment(reg, [new_id])
    again = transfers.transfer_between_rooms(
        reg, _handover(lab, {"equipment_id": lot.id, "quantity": 2})
    )
    second = equipment.get_equipment(reg, again.split_off[0])
    assert second.asset_code == "TB-0004.2"
    assert (second.qty_good, second.qty_minor_damage) == (2, 0)  # good units first
    (row,) = transfer_rows(reg, again.transfer_ids).values()
    assert row.new_asset_code == "TB-0004.2" and row.asset_code == "TB-0004"


def test_several_items_go_in_one_handover(school) -> None:  # type: ignore[no-untyped-def]
    reg, _, lab, lot, projector = school
    done = transfers.transfer_between_rooms(
        reg,
        _handover(lab, {"equipment_id": projector.id}, {"equipment_id": lot.id, "quantity": 3}),
    )
    assert len(done.transfer_ids) == 2
    rows = transfers.handover_rows(reg, done.transfer_ids[0])
    assert [r.asset_code for r in rows] == ["TB-0001", "TB-0004"]
    assert {r.batch_id for r in rows} == {done.batch_id}
    assert transfers.find_handover(reg, "07/QĐ-THCS") in done.transfer_ids


@pytest.mark.parametrize(
    "case",
    [
        "same room",
        "too many",
        "bad split",
        "deleted item",
        "disposed item",
        "deleted room",
        "twice",
    ],
)
def test_refusals_write_nothing(school, refused, case: str) -> None:  # type: ignore[no-untyped-def]
    reg, store, lab, lot, projector = school
    data = _handover(lab, {"equipment_id": projector.id}, {"equipment_id": lot.id, "quantity": 2})
    if case == "same room":
        data = _handover(store, {"equipment_id": lot.id, "quantity": 2})
        expect = "đã ở phòng KHO"
    elif case == "too many":
        data = _handover(
            lab, {"equipment_id": projector.id}, {"equipment_id": lot.id, "quantity": 21}
        )
        expect = "chỉ có 20"
    elif case == "bad split":
        data = _handover(lab, {"equipment_id": lot.id, "qty_broken": 2})
        expect = "chỉ có 1"
    elif case == "deleted item":
        equipment.delete_equipment(reg, [lot.id])
        expect = "đã bị xóa"
    elif case == "disposed item":
        with reg.write() as s:
            item = s.get(Equipment, lot.id)
            assert item is not None
            item.status = EquipmentStatus.DISPOSED
        expect = "đã thanh lý"
    elif case == "deleted room":
        rooms.delete_room(reg, lab.id)
        expect = "Phòng nhận"
    else:
        data = _handover(lab, {"equipment_id": lot.id, "quantity": 1}, {"equipment_id": lot.id})
        expect = "hai lần"
    err = refused(reg, transfers.transfer_between_rooms, data)
    assert expect in err.message


def test_bad_handovers_are_refused(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, _, lab, lot, _ = school
    refused(reg, transfers.transfer_between_rooms, _handover(lab), field="lines")
    refused(
        reg,
        transfers.transfer_between_rooms,
        _handover(lab, {"equipment_id": lot.id}, transferred_on=date.today() + timedelta(days=1)),
        field="transferred_on",
    )
    refused(
        reg,
        transfers.transfer_between_rooms,
        _handover(lab, {"equipment_id": lot.id, "quantity": 3, "qty_good": 1}),
        field="quantity",
    )


def test_lent_units_stay_with_the_lot(school, refused) -> None:  # type: ignore[no-untyped-def]
    reg, _, lab, lot, _ = school
    with reg.write() as s:
        s.add(
            Loan(
                school_id=reg.school_id,
                equipment_id=lot.id,
                borrower_name="Phạm Thị Hoa",
                quantity=16,
                lent_at=datetime.now(UTC),
            )
        )
    err = refused(
        reg,
        transfers.transfer_between_rooms,
        _handover(lab, {"equipment_id": lot.id, "qty_good": 2}),
    )
    assert "đang cho mượn" in err.message
    done = transfers.transfer_between_rooms(
        reg, _handover(lab, {"equipment_id": lot.id, "quantity": 4})
    )
    new = equipment.get_equipment(reg, done.split_off[0])
    assert (new.qty_good, new.qty_minor_damage, new.qty_broken) == (1, 2, 1)
    # The whole lot cannot be handed over while some of it is out on loan.
    err = refused(reg, transfers.transfer_between_rooms, _handover(lab, {"equipment_id": lot.id}))
    assert "16" in err.message and "nhận trả trước" in err.message


def test_a_single_item_on_loan_is_taken_back_before_its_handover(school, refused) -> None:  # type: ignore[no-untyped-def]
    from app.services import loans

    reg, _, lab, _, projector = school
    loans.lend(reg, {"borrower_name": "Lê Văn Tâm", "lines": [{"equipment_id": projector.id}]})
    err = refused(
        reg, transfers.transfer_between_rooms, _handover(lab, {"equipment_id": projector.id})
    )
    assert err.fields["lines"].endswith("hãy nhận trả trước khi bàn giao cả thiết bị.")
    (loan,) = loans.open_loans_of(reg, projector.id)
    loans.return_all_good(reg, [loan.id])
    transfers.transfer_between_rooms(reg, _handover(lab, {"equipment_id": projector.id}))
    assert equipment.get_equipment(reg, projector.id).room_id == lab.id


def test_the_list_filters_by_kind_room_text_and_date(school) -> None:  # type: ignore[no-untyped-def]
    reg, store, lab, lot, projector = school
    first = transfers.transfer_between_rooms(reg, _handover(lab, {"equipment_id": projector.id}))
    second = transfers.transfer_between_rooms(
        reg,
        _handover(
            store,
            {"equipment_id": projector.id},
            transferred_on=date.today(),
            decision_number="",
        ),
    )
    assert transfer_ids(reg) == [second.transfer_ids[0], first.transfer_ids[0]]
    assert transfer_ids(reg, TransferQuery(text="may chieu epson")) == transfer_ids(reg)
    assert transfer_ids(reg, TransferQuery(text="kính hiển vi")) == []
    assert transfer_ids(reg, TransferQuery(text="07/QĐ")) == list(first.transfer_ids)
    assert transfer_ids(reg, TransferQuery(since=date.today())) == list(second.transfer_ids)
    assert transfer_ids(reg, TransferQuery(kind=TransferKind.SCHOOL)) == []
    assert len(transfer_ids(reg, TransferQuery(room_id=lab.id))) == 2
    split = transfers.transfer_between_rooms(
        reg, _handover(lab, {"equipment_id": lot.id, "quantity": 1})
    )
    assert transfer_ids(reg, TransferQuery(text="TB-0004.1")) == list(split.transfer_ids)


def test_a_handover_syncs_its_rows(school) -> None:  # type: ignore[no-untyped-def]
    reg, _, lab, lot, _ = school
    done = transfers.transfer_between_rooms(
        reg, _handover(lab, {"equipment_id": lot.id, "quantity": 2})
    )
    with reg.read() as s:
        queued = set(
            s.execute(
                text("SELECT table_name, op FROM sync_outbox WHERE row_id IN (:t, :n, :o)"),
                {"t": done.transfer_ids[0], "n": done.split_off[0], "o": lot.id},
            ).all()
        )
        stored = s.scalars(select(Transfer)).one()
    assert {("transfer", "insert"), ("equipment", "insert"), ("equipment", "update")} <= queued
    assert stored.batch_id == done.batch_id and stored.new_equipment_id == done.split_off[0]
