"""Maintenance plans, a plan's task done, and a room's session, saved through the
services at the desk, reach the district server as written; a district edit of a plan
comes back. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.models import MaintenancePlan, MaintenanceRecord, RoomUsage
from app.server.sync_apply import district_edit
from app.services import maintenance, room_usage, rooms
from tests.server.test_loans_sync import desk, item_id, on_server  # noqa: F401 - fixture

TODAY = date.today()


def test_a_plan_its_task_done_and_a_session_reach_the_server(desk) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    engine, reg, client = desk
    microscopes = item_id(reg, "TB-1")
    plan = maintenance.create_plan(
        reg,
        {
            "equipment_id": microscopes,
            "task": "Lau vật kính, tra dầu",
            "interval_days": 90,
            "next_due_on": TODAY - timedelta(days=2),
        },
    )
    done = maintenance.complete_plan_task(reg, plan.id, microscopes, TODAY, "Tổ KHTN")
    lab = next(r for r in rooms.list_rooms(reg) if r.code == "KHTN1")
    session = room_usage.record_usage(
        reg,
        {
            "room_id": lab.id,
            "used_on": TODAY - timedelta(days=TODAY.weekday()),  # this week's Monday
            "period_from": 1,
            "period_to": 2,
            "class_name": "7A2",
            "teacher_name": "Phạm Thị Hoa",
            "lesson": "Tế bào thực vật",
            "equipment_ids": [microscopes],
            "incidents": "Một kính hiển vi mờ vật kính",
        },
    )
    report = client.sync_once()
    assert report.rejected == 0 and report.conflicts == 0

    there = on_server(engine, MaintenancePlan, plan.id)
    local = maintenance.get_plan(reg, plan.id)
    assert (there.task, there.interval_days, there.equipment_id) == (
        "Lau vật kính, tra dầu",
        90,
        microscopes,
    )
    assert there.next_due_on == local.next_due_on == TODAY + timedelta(days=90)
    record = on_server(engine, MaintenanceRecord, done.id)
    assert (record.plan_id, record.performed_on, record.performed_by) == (
        plan.id,
        TODAY,
        "Tổ KHTN",
    )
    used = on_server(engine, RoomUsage, session.id)
    assert (used.class_name, used.equipment_ids, used.incidents) == (
        "7A2",
        [microscopes],
        "Một kính hiển vi mờ vật kính",
    )
    assert "te bao thuc vat" in used.search_text  # derived on the server as on the PC

    # The district moves the plan's date; the PC takes it on its next sync.
    moved = TODAY + timedelta(days=30)
    with Session(engine) as s:
        district_edit(s, "maintenance_plan", plan.id, {"next_due_on": moved.isoformat()})
    assert client.sync_once().pulled == 1
    assert maintenance.get_plan(reg, plan.id).next_due_on == moved
