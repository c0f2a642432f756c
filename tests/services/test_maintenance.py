"""Maintenance records and plans: validation, audit trail and one-transaction completion."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.models.enums import EquipmentStatus, MaintenanceKind, MaintenanceResult
from app.services import audit, equipment, maintenance
from app.services.maintenance import MaintenanceQuery
from tests.conftest import ACTOR

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)
LAST_WEEK = TODAY - timedelta(days=7)


@pytest.fixture
def item(register, add_room, add_item):
    room = add_room(register)
    return add_item(register, "TB-0001", "Máy chiếu Epson", room_id=room.id, category="fixed_asset")


def _record(item, **changes):
    data = {
        "equipment_id": item.id,
        "kind": "maintenance",
        "performed_on": LAST_WEEK.isoformat(),
        "description": "Vệ sinh bộ lọc, kiểm tra bóng đèn",
        "performed_by": "Cty TNHH Ánh Dương",
        "cost": 350_000,
    }
    data.update(changes)
    return data


def _count(reg, model):
    with reg.read() as s:
        return s.scalar(select(func.count()).select_from(model))


# -- records ---------------------------------------------------------------------------


def test_record_maintenance_writes_record_and_both_audit_entries(register, item):
    record = maintenance.record_maintenance(
        register, _record(item, next_due_on=(TODAY + timedelta(days=90)).isoformat())
    )
    stored = maintenance.get_maintenance(register, record.id)
    assert stored.equipment_id == item.id
    assert stored.kind == MaintenanceKind.MAINTENANCE
    assert stored.performed_on == LAST_WEEK
    assert stored.cost == 350_000
    assert stored.next_due_on == TODAY + timedelta(days=90)
    assert stored.school_id == register.school_id

    (created,) = audit.history(register, "maintenance", record.id)
    assert (created.actor, created.action) == (ACTOR, "create")
    assert "TB-0001" in created.summary
    on_item = audit.history(register, "equipment", item.id)[0]
    assert (on_item.actor, on_item.action) == (ACTOR, "maintenance")
    assert on_item.changes == {"maintenance_id": [None, record.id]}
    # An ordinary maintenance leaves the item's status alone.
    assert equipment.get_equipment(register, item.id).status == EquipmentStatus.IN_USE


def test_repair_sent_out_marks_item_in_repair(register, item):
    maintenance.record_maintenance(
        register, _record(item, kind="repair", result="sent_out", description="Hỏng nguồn")
    )
    assert equipment.get_equipment(register, item.id).status == EquipmentStatus.IN_REPAIR
    status_change = [
        h for h in audit.history(register, "equipment", item.id) if "status" in h.changes
    ]
    assert status_change[0].changes["status"] == ["in_use", "in_repair"]
    assert status_change[0].action == "update"


def test_update_maintenance_records_changes(register, item):
    record = maintenance.record_maintenance(register, _record(item))
    updated = maintenance.update_maintenance(
        register,
        record.id,
        _record(item, cost=400_000, result="fixed", kind="repair"),
        expected_version=1,
    )
    assert updated.version == 2
    stored = maintenance.get_maintenance(register, record.id)
    assert (stored.cost, stored.result, stored.kind) == (
        400_000,
        MaintenanceResult.FIXED,
        MaintenanceKind.REPAIR,
    )
    latest = audit.history(register, "maintenance", record.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "update")
    assert latest.changes == {
        "cost": [350_000, 400_000],
        "result": ["done", "fixed"],
        "kind": ["maintenance", "repair"],
    }


def test_delete_maintenance_is_soft_and_audited(register, item):
    record = maintenance.record_maintenance(register, _record(item))
    assert maintenance.maintenance_ids(register) == [record.id]
    maintenance.delete_maintenance(register, record.id)
    assert maintenance.get_maintenance(register, record.id).deleted_at is not None
    assert maintenance.maintenance_ids(register) == []
    latest = audit.history(register, "maintenance", record.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "delete")


def test_maintenance_list_filters_sorts_and_rows(register, item, add_item):
    other = add_item(register, "TB-0002", "Đàn Organ Yamaha")
    old = maintenance.record_maintenance(
        register, _record(item, performed_on=(TODAY - timedelta(days=60)).isoformat())
    )
    new = maintenance.record_maintenance(register, _record(item, kind="repair"))
    organ = maintenance.record_maintenance(
        register, _record(other, performed_on=TODAY.isoformat(), cost=0)
    )

    assert maintenance.maintenance_ids(register) == [organ.id, new.id, old.id]
    q = MaintenanceQuery(descending=False)
    assert maintenance.maintenance_ids(register, q) == [old.id, new.id, organ.id]
    assert maintenance.maintenance_ids(register, MaintenanceQuery(equipment_id=other.id)) == [
        organ.id
    ]
    assert maintenance.maintenance_ids(register, MaintenanceQuery(kind=MaintenanceKind.REPAIR)) == [
        new.id
    ]
    since = MaintenanceQuery(since=TODAY - timedelta(days=30))
    assert set(maintenance.maintenance_ids(register, since)) == {new.id, organ.id}
    assert maintenance.maintenance_ids(register, MaintenanceQuery(text="dan organ")) == [organ.id]
    assert maintenance.maintenance_ids(register, MaintenanceQuery(room_id=item.room_id)) == [
        new.id,
        old.id,
    ]

    rows = maintenance.maintenance_rows(register, [organ.id, old.id])
    assert set(rows) == {organ.id, old.id}
    assert (rows[organ.id].asset_code, rows[organ.id].room_code) == ("TB-0002", None)
    assert rows[old.id].room_code == "P.TIN1"


# -- record refusals -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"performed_on": TOMORROW.isoformat()}, "performed_on", "tương lai"),
        ({"next_due_on": LAST_WEEK.isoformat()}, "next_due_on", "phải sau ngày thực hiện"),
        (
            {"next_due_on": (LAST_WEEK - timedelta(days=1)).isoformat()},
            "next_due_on",
            "phải sau ngày thực hiện",
        ),
        ({"description": ""}, "description", "Chưa nhập nội dung"),
        ({"cost": -1}, "cost", "không được âm"),
        ({"kind": "prayer"}, "kind", "không hợp lệ"),
    ],
)
def test_bad_maintenance_input_refused(register, item, refused, changes, field, words):
    err = refused(register, maintenance.record_maintenance, _record(item, **changes), field=field)
    assert words in err.fields[field]


def test_maintenance_needs_a_date(register, item, refused):
    data = _record(item)
    del data["performed_on"]
    refused(register, maintenance.record_maintenance, data, field="performed_on")


def test_maintenance_of_unknown_or_deleted_item_refused(register, item, refused):
    data = _record(item, equipment_id="nope")
    refused(register, maintenance.record_maintenance, data, field="equipment_id")
    equipment.delete_equipment(register, [item.id])
    refused(register, maintenance.record_maintenance, _record(item), field="equipment_id")


def test_update_maintenance_refusals(register, item, refused):
    record = maintenance.record_maintenance(register, _record(item))
    maintenance.update_maintenance(register, record.id, _record(item, cost=1))
    refused(
        register,
        maintenance.update_maintenance,
        record.id,
        _record(item, cost=2),
        expected_version=1,
    )
    refused(
        register,
        maintenance.update_maintenance,
        record.id,
        _record(item, performed_on=TOMORROW.isoformat()),
        field="performed_on",
    )
    refused(register, maintenance.update_maintenance, "nope", _record(item))
    maintenance.delete_maintenance(register, record.id)
    refused(register, maintenance.update_maintenance, record.id, _record(item, cost=3))
    refused(register, maintenance.delete_maintenance, record.id)


# Plans and their tasks: tests/services/test_plans.py
