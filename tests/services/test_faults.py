"""Fault reports: units marked broken with the report, the repair they become, how it
ends, the list, and every refusal leaving nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.models import FaultReport
from app.models.enums import EquipmentStatus, FaultStatus, MaintenanceKind, MaintenanceResult
from app.services import audit, equipment, faults, maintenance, schools
from app.services.faults import FaultQuery
from tests.conftest import ACTOR

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)
LAST_WEEK = TODAY - timedelta(days=7)


@pytest.fixture
def lot(register, add_room, add_item):
    """Twenty computers, two of them already broken."""
    room = add_room(register)
    return add_item(
        register, "TB-0001", "Máy tính để bàn Dell", room_id=room.id, quantity=20, qty_broken=2
    )


@pytest.fixture
def projector(register, add_item):
    return add_item(register, "TB-0002", "Máy chiếu Epson", category="fixed_asset")


def _report(item, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "equipment_id": item.id,
        "quantity": 1,
        "reported_on": LAST_WEEK,
        "reported_by": "Cô Hoa (GV Tin)",
        "description": "Không lên màn hình, đèn nguồn nháy cam",
    }
    data.update(changes)
    return data


def _start(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "started_on": LAST_WEEK + timedelta(days=1),
        "performed_by": "Cửa hàng tin học Minh Phát",
        "cost": 450_000,
        "repair_due_on": TODAY + timedelta(days=3),
    }
    data.update(changes)
    return data


def _item(reg, item_id):
    return equipment.get_equipment(reg, item_id)


def _fault(reg, fault_id) -> FaultReport:
    return faults.get_fault(reg, fault_id)


# -- the happy paths -------------------------------------------------------------------


def test_reporting_marks_units_broken_with_audit_on_both(register, lot):
    fault = faults.report_fault(register, _report(lot, quantity=3))
    item = _item(register, lot.id)
    assert (item.qty_good, item.qty_broken, item.quantity) == (15, 5, 20)
    stored = _fault(register, fault.id)
    assert (stored.status, stored.quantity, stored.reported_by) == (
        FaultStatus.OPEN,
        3,
        "Cô Hoa (GV Tin)",
    )
    assert "khong len man hinh" in stored.search_text
    (created,) = audit.history(register, "fault_report", fault.id)
    assert (created.actor, created.action) == (ACTOR, "create")
    on_item = audit.history(register, "equipment", lot.id)[0]
    assert on_item.action == "fault"
    assert on_item.changes["qty_good"] == [18, 15]
    assert on_item.changes["qty_broken"] == [2, 5]
    assert "Báo hỏng 3 cái" in on_item.summary


def test_a_staff_reporter_is_written_by_name(register, lot):
    teacher = schools.add_staff(register, {"full_name": "Phạm Thị Hoa", "subject": "Tin học"})
    fault = faults.report_fault(register, _report(lot, reported_by="", reporter_id=teacher.id))
    stored = _fault(register, fault.id)
    assert (stored.reporter_id, stored.reported_by) == (teacher.id, "Phạm Thị Hoa")


def test_repair_sent_out_then_fixed(register, projector):
    fault = faults.report_fault(register, _report(projector))
    assert _item(register, projector.id).qty_broken == 1
    faults.start_repair(register, fault.id, _start())
    stored = _fault(register, fault.id)
    assert stored.status == FaultStatus.REPAIRING
    assert stored.repair_due_on == TODAY + timedelta(days=3)
    record = maintenance.get_maintenance(register, stored.maintenance_record_id)
    assert (record.kind, record.result, record.performed_by, record.cost) == (
        MaintenanceKind.REPAIR,
        MaintenanceResult.SENT_OUT,
        "Cửa hàng tin học Minh Phát",
        450_000,
    )
    assert record.description == "Không lên màn hình, đèn nguồn nháy cam"
    # Its only unit left the school: the item is in repair.
    assert _item(register, projector.id).status == EquipmentStatus.IN_REPAIR

    faults.finish_repair(
        register, fault.id, {"finished_on": TODAY, "outcome": "fixed", "cost": 520_000}
    )
    stored = _fault(register, fault.id)
    assert (stored.status, stored.closed_on) == (FaultStatus.FIXED, TODAY)
    record = maintenance.get_maintenance(register, record.id)
    assert (record.result, record.cost) == (MaintenanceResult.FIXED, 520_000)
    item = _item(register, projector.id)
    assert (item.qty_good, item.qty_broken, item.status) == (1, 0, EquipmentStatus.IN_USE)
    actions = [h.action for h in audit.history(register, "fault_report", fault.id)]
    assert actions == ["finish", "repair", "create"]
    assert audit.history(register, "maintenance", record.id)[0].changes["cost"] == [
        450_000,
        520_000,
    ]


def test_one_unit_of_a_lot_sent_out_leaves_the_lot_in_use(register, lot):
    fault = faults.report_fault(register, _report(lot))
    faults.start_repair(register, fault.id, _start())
    assert _item(register, lot.id).status == EquipmentStatus.IN_USE


def test_repair_at_school_does_not_change_the_status(register, projector):
    fault = faults.report_fault(register, _report(projector))
    faults.start_repair(register, fault.id, _start(sent_out=False, performed_by="Thầy Nam"))
    assert _item(register, projector.id).status == EquipmentStatus.IN_USE


def test_not_fixed_keeps_units_broken_and_offers_the_item_for_disposal(register, projector, lot):
    fault = faults.report_fault(register, _report(projector))
    faults.start_repair(register, fault.id, _start())
    faults.finish_repair(
        register,
        fault.id,
        {
            "finished_on": TODAY,
            "outcome": "not_fixed",
            "notes": "Hỏng bo mạch, không còn linh kiện",
        },
    )
    item = _item(register, projector.id)
    assert (item.qty_good, item.qty_broken) == (0, 1)
    # Back from the repairer, nothing works: stored, waiting for disposal.
    assert item.status == EquipmentStatus.IN_STORE
    record = maintenance.get_maintenance(register, _fault(register, fault.id).maintenance_record_id)
    assert record.result == MaintenanceResult.NOT_FIXED
    assert "không còn linh kiện" in record.notes
    (candidate,) = faults.disposal_candidates(register)
    assert (candidate.equipment_id, candidate.units, candidate.fault_ids) == (
        projector.id,
        1,
        (fault.id,),
    )
    # The disposal screen's own list picks it up.
    from app.services.disposals import disposal_candidates

    assert projector.id in {c.equipment_id for c in disposal_candidates(register)}


def test_an_open_fault_mended_on_the_spot(register, lot):
    fault = faults.report_fault(register, _report(lot))
    faults.finish_repair(
        register,
        fault.id,
        {"finished_on": TODAY, "outcome": "fixed", "performed_by": "Thầy Nam", "cost": 0},
    )
    stored = _fault(register, fault.id)
    assert stored.status == FaultStatus.FIXED
    record = maintenance.get_maintenance(register, stored.maintenance_record_id)
    assert (record.kind, record.result, record.performed_on) == (
        MaintenanceKind.REPAIR,
        MaintenanceResult.FIXED,
        TODAY,
    )
    assert _item(register, lot.id).qty_broken == 2


def test_cancel_puts_the_units_back(register, lot):
    fault = faults.report_fault(register, _report(lot, quantity=2))
    faults.cancel_fault(register, fault.id, "Báo nhầm máy")
    stored = _fault(register, fault.id)
    assert (stored.status, stored.closed_on) == (FaultStatus.CANCELLED, TODAY)
    assert "Báo nhầm máy" in stored.notes
    item = _item(register, lot.id)
    assert (item.qty_good, item.qty_broken) == (18, 2)
    assert audit.history(register, "equipment", lot.id)[0].changes["qty_broken"] == [4, 2]


def test_a_second_repair_keeps_the_item_in_repair(register, add_item):
    pair = add_item(register, "TB-0003", "Loa kéo", quantity=2)
    first = faults.report_fault(register, _report(pair))
    second = faults.report_fault(register, _report(pair, description="Rè tiếng"))
    faults.start_repair(register, first.id, _start())
    faults.start_repair(register, second.id, _start())
    assert _item(register, pair.id).status == EquipmentStatus.IN_REPAIR
    faults.finish_repair(register, first.id, {"finished_on": TODAY})
    assert _item(register, pair.id).status == EquipmentStatus.IN_REPAIR  # the other is out
    faults.finish_repair(register, second.id, {"finished_on": TODAY})
    assert _item(register, pair.id).status == EquipmentStatus.IN_USE


# -- refusals --------------------------------------------------------------------------


def test_reporting_more_units_than_are_good_is_refused(register, lot, projector, refused):
    err = refused(register, faults.report_fault, _report(lot, quantity=19), field="quantity")
    assert "chỉ còn 18 cái tốt" in err.message
    faults.report_fault(register, _report(projector))
    err = refused(register, faults.report_fault, _report(projector), field="quantity")
    assert "không còn cái nào tốt" in err.message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"quantity": 0}, "quantity"),
        ({"description": ""}, "description"),
        ({"reported_on": TOMORROW}, "reported_on"),
        ({"reported_by": ""}, "reported_by"),
        ({"equipment_id": "nope"}, "equipment_id"),
        ({"reporter_id": "nope"}, "reporter_id"),
    ],
)
def test_bad_reports_refused(register, lot, refused, changes, field):
    refused(register, faults.report_fault, _report(lot, **changes), field=field)


def test_reports_on_deleted_or_disposed_items_refused(register, lot, add_item, refused):
    gone = add_item(register, "TB-9", "Tivi cũ", status="disposed")
    err = refused(register, faults.report_fault, _report(gone), field="equipment_id")
    assert "thanh lý" in err.message
    equipment.delete_equipment(register, [lot.id])
    refused(register, faults.report_fault, _report(lot), field="equipment_id")


def test_steps_out_of_order_refused(register, lot, refused):
    fault = faults.report_fault(register, _report(lot))
    err = refused(register, faults.finish_repair, fault.id, {"finished_on": TODAY})
    assert "người/đơn vị" in err.message  # mended on the spot: say by whom
    refused(register, faults.start_repair, fault.id, _start(started_on=LAST_WEEK - timedelta(1)))
    refused(register, faults.start_repair, fault.id, _start(performed_by=""), field="performed_by")
    refused(
        register,
        faults.start_repair,
        fault.id,
        _start(repair_due_on=LAST_WEEK),
        field="repair_due_on",
    )
    refused(register, faults.start_repair, fault.id, _start(started_on=TOMORROW))
    faults.start_repair(register, fault.id, _start())
    err = refused(register, faults.start_repair, fault.id, _start())
    assert "đang sửa chữa" in err.message
    err = refused(register, faults.cancel_fault, fault.id)
    assert "ghi kết quả" in err.message
    refused(register, faults.finish_repair, fault.id, {"finished_on": LAST_WEEK})
    refused(register, faults.finish_repair, fault.id, {"finished_on": TODAY, "outcome": "done"})
    faults.finish_repair(register, fault.id, {"finished_on": TODAY})
    for step, args in (
        (faults.finish_repair, ({"finished_on": TODAY},)),
        (faults.start_repair, (_start(),)),
        (faults.cancel_fault, ()),
    ):
        err = refused(register, step, fault.id, *args)
        assert "đã sửa xong" in err.message
    refused(register, faults.cancel_fault, "nope")


def test_units_changed_elsewhere_refuse_the_fix(register, lot, refused):
    """Someone set the broken count to 0 by hand: the fix cannot give back units."""
    fault = faults.report_fault(register, _report(lot, quantity=3))
    equipment.update_equipment(
        register, lot.id, {"asset_code": "TB-0001", "name": lot.name, "quantity": 20}
    )
    err = refused(
        register, faults.finish_repair, fault.id, {"finished_on": TODAY, "performed_by": "Thầy Nam"}
    )
    assert "hỏng" in err.message
    refused(register, faults.cancel_fault, fault.id)


# -- lists -----------------------------------------------------------------------------


def test_list_filters_searches_without_accents_and_finds_overdue(register, lot, projector):
    waiting = faults.report_fault(register, _report(lot, description="Bàn phím liệt phím"))
    late = faults.report_fault(register, _report(projector))
    faults.start_repair(register, late.id, _start(repair_due_on=TODAY - timedelta(days=1)))
    assert set(faults.fault_ids(register)) == {waiting.id, late.id}
    assert faults.fault_ids(register, FaultQuery(text="ban phim")) == [waiting.id]
    assert faults.fault_ids(register, FaultQuery(text="minh phat")) == [late.id]  # repairer
    assert faults.fault_ids(register, FaultQuery(text="may chieu")) == [late.id]  # item
    assert faults.fault_ids(register, FaultQuery(statuses=(FaultStatus.OPEN,))) == [waiting.id]
    assert faults.fault_ids(register, FaultQuery(overdue_only=True)) == [late.id]
    assert faults.fault_ids(register, FaultQuery(equipment_id=lot.id)) == [waiting.id]
    rows = faults.fault_rows(register, [late.id])
    assert rows[late.id].overdue() and rows[late.id].performed_by == "Cửa hàng tin học Minh Phát"
    counts = faults.fault_counts(register)
    assert (counts.open, counts.repairing, counts.overdue) == (1, 1, 1)
    log = faults.fault_log(register, FaultQuery(descending=False))
    assert [r.id for r in log] == [waiting.id, late.id]  # same day: by asset code
