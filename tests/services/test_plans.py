"""Maintenance plans: per item and per category, each item's own due date, completing
tasks (one or many) in one transaction, and every refusal leaving nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, MaintenancePlan, MaintenanceRecord
from app.services import audit, equipment, maintenance
from app.services.maintenance_tasks import (
    TaskFilter,
    due_task_count,
    due_task_keys,
    due_tasks,
    plan_figures,
    task_key,
    tasks_by_key,
)
from tests.conftest import ACTOR

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)
LAST_WEEK = TODAY - timedelta(days=7)


def _plan(item=None, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "task": "Vệ sinh máy chiếu",
        "interval_days": 90,
        "next_due_on": (TODAY - timedelta(days=3)).isoformat(),
    }
    if item is not None:
        data["equipment_id"] = item.id
    data.update(changes)
    return data


def _done(on: date = LAST_WEEK, **changes: Any) -> dict[str, Any]:
    return {"performed_on": on, "performed_by": "Thầy Hùng", **changes}


def _count(reg, model) -> int:
    with reg.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _stored_plan(reg, plan_id) -> MaintenancePlan:
    with reg.read() as s:
        plan = s.get(MaintenancePlan, plan_id)
    assert plan is not None
    return plan


@pytest.fixture
def projector(register, add_room, add_item):
    room = add_room(register)
    return add_item(register, "TB-0001", "Máy chiếu Epson", room_id=room.id, category="fixed_asset")


@pytest.fixture
def school(register, add_item, projector):
    """A projector, a second projector, a computer (fixed assets), a chemical."""
    return {
        "projector": projector,
        "projector2": add_item(register, "TB-0002", "Máy chiếu Sony", category="fixed_asset"),
        "computer": add_item(register, "TB-0003", "Máy tính Dell", category="fixed_asset"),
        "acid": add_item(register, "HC-0001", "Axit clohiđric", category="chemical"),
    }


# -- creating, editing, pausing, deleting ----------------------------------------------


def test_create_plan_and_due_plans(register, projector, add_item):
    overdue = maintenance.create_plan(register, _plan(projector))
    add_item(register, "HC-1", "Axit sunfuric", category="chemical")
    later = maintenance.create_plan(
        register,
        _plan(category="chemical", task="Kiểm tra hóa chất", next_due_on=TODAY + timedelta(30)),
    )
    inactive = maintenance.create_plan(register, _plan(projector, active=False, task="Tạm dừng"))

    assert [p.id for p in maintenance.due_plans(register)] == [overdue.id]
    due_later = maintenance.due_plans(register, on=TODAY + timedelta(days=30))
    assert [p.id for p in due_later] == [overdue.id, later.id]
    assert {p.id for p in maintenance.list_plans(register)} == {overdue.id, later.id, inactive.id}
    (line,) = audit.history(register, "maintenance_plan", overdue.id)
    assert (line.actor, line.action, line.summary) == (ACTOR, "create", "Vệ sinh máy chiếu")


def test_an_item_plan_drops_the_category_and_name_words(register, projector):
    plan = maintenance.create_plan(
        register, _plan(projector, category="chemical", name_contains="axit")
    )
    stored = _stored_plan(register, plan.id)
    assert (stored.category, stored.name_contains, stored.name_contains_norm) == (None, "", "")


def test_update_plan_is_audited_and_checks_the_version(register, projector, refused):
    plan = maintenance.create_plan(register, _plan(projector))
    maintenance.update_plan(
        register, plan.id, _plan(projector, task="Vệ sinh lưới lọc"), expected_version=1
    )
    stored = _stored_plan(register, plan.id)
    assert (stored.task, stored.version) == ("Vệ sinh lưới lọc", 2)
    latest = audit.history(register, "maintenance_plan", plan.id)[0]
    assert latest.action == "update"
    assert latest.changes == {"task": ["Vệ sinh máy chiếu", "Vệ sinh lưới lọc"]}
    refused(register, maintenance.update_plan, plan.id, _plan(projector), expected_version=1)
    refused(register, maintenance.update_plan, "nope", _plan(projector))


def test_pause_resume_and_delete(register, projector, refused):
    plan = maintenance.create_plan(register, _plan(projector))
    assert due_task_count(register) == 1
    assert maintenance.set_plans_active(register, [plan.id], False) == 1
    assert maintenance.set_plans_active(register, [plan.id], False) == 0  # already paused
    assert due_task_count(register) == 0
    assert audit.history(register, "maintenance_plan", plan.id)[0].summary.startswith("Tạm dừng")
    maintenance.set_plans_active(register, [plan.id], True)
    assert due_task_count(register) == 1

    maintenance.delete_plans(register, [plan.id])
    assert maintenance.list_plans(register) == []
    assert due_task_count(register) == 0
    assert _stored_plan(register, plan.id).deleted_at is not None  # soft: a tombstone
    assert audit.history(register, "maintenance_plan", plan.id)[0].action == "delete"
    refused(register, maintenance.get_plan, plan.id)
    refused(register, maintenance.set_plans_active, [plan.id], True)
    refused(register, maintenance.delete_plans, [plan.id])


def test_deleting_several_plans_is_all_or_nothing(register, projector, refused):
    plan = maintenance.create_plan(register, _plan(projector))
    refused(register, maintenance.delete_plans, [plan.id, "nope"])
    assert maintenance.get_plan(register, plan.id).deleted_at is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"task": ""}, "task"),
        ({"task": "Vệ sinh\x0bmáy"}, "task"),
        ({"interval_days": 0}, "interval_days"),
        ({"interval_days": -30}, "interval_days"),
        ({"interval_days": 4000}, "interval_days"),
        ({"next_due_on": "không rõ"}, "next_due_on"),
        ({"name_contains": "x" * 101}, "name_contains"),
    ],
)
def test_bad_plan_refused(register, projector, refused, changes, field):
    refused(register, maintenance.create_plan, _plan(projector, **changes), field=field)


def test_plan_needs_item_or_category(register, refused):
    err = refused(register, maintenance.create_plan, _plan(), field="equipment_id")
    assert "nhóm tài sản" in err.message


def test_plan_for_deleted_or_disposed_item_refused(register, projector, add_item, refused):
    gone = add_item(register, "TB-9", "Loa cũ", status="disposed")
    err = refused(register, maintenance.create_plan, _plan(gone), field="equipment_id")
    assert "thanh lý" in err.message
    equipment.delete_equipment(register, [projector.id])
    refused(register, maintenance.create_plan, _plan(projector), field="equipment_id")


# -- which items, and when -------------------------------------------------------------


def test_a_category_plan_covers_every_live_item_of_its_category(register, school, add_item):
    plan = maintenance.create_plan(register, _plan(category="fixed_asset"))
    gone = add_item(register, "TB-0004", "Máy chiếu hỏng", category="fixed_asset")
    equipment.delete_equipment(register, [gone.id])
    add_item(register, "TB-0005", "Máy chiếu cũ", category="fixed_asset", status="disposed")

    tasks = due_tasks(register)
    assert [t.asset_code for t in tasks] == ["TB-0001", "TB-0002", "TB-0003"]
    assert {t.plan_id for t in tasks} == {plan.id}
    assert all(t.due_on == TODAY - timedelta(days=3) and t.days_overdue == 3 for t in tasks)
    assert all(t.last_done_on is None for t in tasks)
    assert due_task_count(register) == 3
    assert due_task_count(register, on=TODAY - timedelta(days=4)) == 0  # overdue = 3
    assert plan_figures(register)[plan.id].items == 3


def test_a_category_plan_can_keep_to_names_accents_optional(register, school):
    plan = maintenance.create_plan(
        register, _plan(category="fixed_asset", name_contains="may CHIEU")
    )
    assert _stored_plan(register, plan.id).name_contains_norm == "may chieu"
    assert [t.asset_code for t in due_tasks(register)] == ["TB-0001", "TB-0002"]


def test_each_item_is_due_after_its_own_last_record(register, school):
    plan = maintenance.create_plan(
        register, _plan(category="fixed_asset", next_due_on=TODAY - timedelta(days=30))
    )
    first = TODAY - timedelta(days=100)
    maintenance.complete_tasks(register, [(plan.id, school["projector"].id)], _done(first))
    maintenance.complete_tasks(register, [(plan.id, school["projector2"].id)], _done(LAST_WEEK))

    by_code = {t.asset_code: t for t in due_tasks(register, ahead=365)}
    assert by_code["TB-0001"].due_on == first + timedelta(days=90)  # overdue by 10 days
    assert by_code["TB-0001"].days_overdue == 10
    assert by_code["TB-0001"].last_done_on == first
    assert by_code["TB-0002"].due_on == LAST_WEEK + timedelta(days=90)
    assert by_code["TB-0002"].days_overdue < 0  # not yet due
    assert by_code["TB-0003"].due_on == TODAY - timedelta(days=30)  # never done: the plan's
    # Due now: the computer never done and the projector done 100 days ago, the most
    # overdue first; the limit cuts the list.
    assert [t.asset_code for t in due_tasks(register)] == ["TB-0003", "TB-0001"]
    assert [t.asset_code for t in due_tasks(register, limit=1)] == ["TB-0003"]
    figures = plan_figures(register)[plan.id]
    assert (figures.items, figures.due) == (3, 2)
    assert figures.earliest_due == TODAY - timedelta(days=30)
    assert figures.last_done_on == LAST_WEEK


def test_a_new_interval_moves_the_due_dates(register, school):
    plan = maintenance.create_plan(register, _plan(school["projector"]))
    maintenance.complete_tasks(register, [(plan.id, school["projector"].id)], _done(LAST_WEEK))
    assert _stored_plan(register, plan.id).next_due_on == LAST_WEEK + timedelta(days=90)
    data = _plan(school["projector"], interval_days=30)
    data["next_due_on"] = _stored_plan(register, plan.id).next_due_on.isoformat()
    maintenance.update_plan(register, plan.id, data)
    (task,) = due_tasks(register, ahead=365)
    assert task.due_on == LAST_WEEK + timedelta(days=30)
    assert _stored_plan(register, plan.id).next_due_on == LAST_WEEK + timedelta(days=30)


def test_a_later_plan_date_holds_the_items_back(register, school):
    """Postponing the plan: its date wins over an earlier date by the interval."""
    plan = maintenance.create_plan(register, _plan(school["projector"]))
    maintenance.complete_tasks(
        register, [(plan.id, school["projector"].id)], _done(TODAY - timedelta(days=200))
    )
    assert due_task_count(register) == 1
    later = TODAY + timedelta(days=20)
    maintenance.update_plan(
        register, plan.id, _plan(school["projector"], next_due_on=later.isoformat())
    )
    assert due_task_count(register) == 0
    (task,) = due_tasks(register, ahead=30)
    assert task.due_on == later


def test_the_list_filters_by_plan_item_and_text_and_pages_by_key(register, school):
    fixed = maintenance.create_plan(register, _plan(category="fixed_asset"))
    acid = maintenance.create_plan(register, _plan(school["acid"], task="Kiểm tra nhãn"))
    keys = due_task_keys(register)
    assert len(keys) == 4
    only_acid = due_task_keys(register, f=TaskFilter(plan_ids=[acid.id]))
    assert only_acid == [task_key(acid.id, school["acid"].id)]
    by_text = due_task_keys(register, f=TaskFilter(text="may tinh"))
    assert by_text == [task_key(fixed.id, school["computer"].id)]
    # The plan's task is searched too, accents optional, a word of it with the item's.
    by_task = due_task_keys(register, f=TaskFilter(text="kiem tra nhan"))
    assert by_task == [task_key(acid.id, school["acid"].id)]
    assert due_task_keys(register, f=TaskFilter(text="kiem tra may tinh")) == []
    by_item = due_task_keys(register, f=TaskFilter(equipment_ids=[school["projector"].id]))
    assert by_item == [task_key(fixed.id, school["projector"].id)]
    page = tasks_by_key(register, keys[:2])
    assert set(page) == set(keys[:2])
    assert page[keys[0]].task in ("Vệ sinh máy chiếu", "Kiểm tra nhãn")


# -- completing ------------------------------------------------------------------------


def test_complete_plan_task_moves_next_due_and_writes_record(register, projector):
    plan = maintenance.create_plan(register, _plan(projector))
    done_on = TODAY - timedelta(days=1)
    record = maintenance.complete_plan_task(register, plan.id, projector.id, done_on, "Thầy Hùng")

    stored = maintenance.get_maintenance(register, record.id)
    assert stored.plan_id == plan.id
    assert stored.equipment_id == projector.id
    assert (stored.performed_on, stored.performed_by) == (done_on, "Thầy Hùng")
    assert stored.description == "Vệ sinh máy chiếu"
    assert stored.next_due_on == done_on + timedelta(days=90)

    after = _stored_plan(register, plan.id)
    assert after.next_due_on == done_on + timedelta(days=90)
    assert after.version == 2
    assert maintenance.due_plans(register) == []
    assert due_task_count(register) == 0
    latest = audit.history(register, "maintenance_plan", plan.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "update")
    assert latest.changes == {
        "next_due_on": [plan.next_due_on.isoformat(), after.next_due_on.isoformat()]
    }
    assert audit.history(register, "maintenance", record.id)[0].action == "create"
    on_item = audit.history(register, "equipment", projector.id)[0]
    assert on_item.changes == {"maintenance_id": [None, record.id]}


def test_completing_many_items_at_once(register, school):
    plan = maintenance.create_plan(register, _plan(category="fixed_asset"))
    tasks = [(plan.id, school[k].id) for k in ("projector", "projector2", "computer")]
    records = maintenance.complete_tasks(
        register, [*tasks, tasks[0]], _done(cost=50_000, notes="Cả phòng")
    )
    assert len(records) == 3  # the task scanned twice is done once
    assert {r.equipment_id for r in records} == {
        school[k].id for k in ("projector", "projector2", "computer")
    }
    assert all(r.plan_id == plan.id and r.cost == 50_000 for r in records)
    assert due_task_count(register) == 0
    # Every item done: the plan's date is now the earliest next due.
    assert _stored_plan(register, plan.id).next_due_on == LAST_WEEK + timedelta(days=90)


def test_a_category_plan_keeps_its_date_while_some_items_are_not_done(register, school):
    plan = maintenance.create_plan(register, _plan(category="fixed_asset"))
    maintenance.complete_tasks(register, [(plan.id, school["projector"].id)], _done())
    # The two others are still due on the plan's first date: it stays.
    assert _stored_plan(register, plan.id).next_due_on == TODAY - timedelta(days=3)
    assert due_task_count(register) == 2


def test_a_back_dated_record_does_not_pull_the_others_earlier(register, school):
    plan = maintenance.create_plan(register, _plan(category="fixed_asset"))
    long_ago = TODAY - timedelta(days=400)
    maintenance.complete_tasks(register, [(plan.id, school["projector"].id)], _done(long_ago))
    by_code = {t.asset_code: t for t in due_tasks(register)}
    assert by_code["TB-0003"].due_on == TODAY - timedelta(days=3)
    assert by_code["TB-0001"].due_on == TODAY - timedelta(days=3)  # held by the plan's date


@pytest.mark.parametrize("target", ["item", "category"])
def test_deleting_a_completion_makes_the_task_due_again(register, projector, target):
    spec = _plan(projector) if target == "item" else _plan(category="fixed_asset")
    plan = maintenance.create_plan(register, spec)
    (record,) = maintenance.complete_tasks(register, [(plan.id, projector.id)], _done())
    assert due_task_count(register) == 0
    maintenance.delete_maintenance(register, record.id)
    (task,) = due_tasks(register)
    assert task.due_on == LAST_WEEK  # due since the day it had been (wrongly) recorded
    assert audit.history(register, "maintenance_plan", plan.id)[0].changes["next_due_on"][1] == (
        LAST_WEEK.isoformat()
    )


def test_correcting_a_completion_date_moves_the_due_date(register, projector):
    plan = maintenance.create_plan(register, _plan(projector))
    (record,) = maintenance.complete_tasks(register, [(plan.id, projector.id)], _done())
    earlier = TODAY - timedelta(days=95)
    data = {
        "equipment_id": projector.id,
        "performed_on": earlier,
        "description": plan.task,
        "next_due_on": earlier + timedelta(days=90),
    }
    maintenance.update_maintenance(register, record.id, data)
    (task,) = due_tasks(register)
    assert task.due_on == earlier + timedelta(days=90)


def test_complete_tasks_is_one_transaction(register, school, snapshot, monkeypatch):
    """A failure after some records are added must leave none behind."""
    plan = maintenance.create_plan(register, _plan(category="fixed_asset"))
    before = snapshot(register)

    def broken(*_args, **_kw):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(maintenance, "_settle_next_due", broken)
    with pytest.raises(RuntimeError):
        maintenance.complete_tasks(
            register, [(plan.id, school["projector"].id), (plan.id, school["computer"].id)], _done()
        )
    assert snapshot(register) == before
    assert _count(register, MaintenanceRecord) == 0


def test_complete_refusals_write_nothing(register, school, add_item, refused):
    plan = maintenance.create_plan(register, _plan(school["projector"]))
    p1 = school["projector"].id
    refused(register, maintenance.complete_tasks, [("nope", p1)], _done())
    refused(
        register, maintenance.complete_tasks, [(plan.id, "nope")], _done(), field="equipment_id"
    )
    refused(
        register, maintenance.complete_tasks, [(plan.id, p1)], _done(TOMORROW), field="performed_on"
    )
    refused(register, maintenance.complete_tasks, [], _done())
    refused(register, maintenance.complete_tasks, [(plan.id, p1)], _done(cost=-1), field="cost")
    # The plan is for one item: it cannot be completed on another.
    err = refused(
        register,
        maintenance.complete_tasks,
        [(plan.id, school["projector2"].id)],
        _done(),
        field="equipment_id",
    )
    assert "TB-0002" in err.message and "thiết bị khác" in err.message


def test_a_category_plan_refuses_an_item_of_another_category(register, school, refused):
    chemicals = maintenance.create_plan(register, _plan(category="chemical", task="Kiểm tra nhãn"))
    err = refused(
        register,
        maintenance.complete_tasks,
        [(chemicals.id, school["acid"].id), (chemicals.id, school["projector"].id)],
        _done(),
        field="equipment_id",
    )
    assert "TB-0001" in err.message and "nhóm tài sản khác" in err.message
    assert "Kiểm tra nhãn" in err.message
    # The acid, which fits, was not written either.
    assert _count(register, MaintenanceRecord) == 0
    with register.read() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity == "maintenance")
            )
            == 0
        )


def test_a_name_limited_plan_refuses_another_name(register, school, refused):
    plan = maintenance.create_plan(
        register, _plan(category="fixed_asset", name_contains="máy chiếu")
    )
    err = refused(
        register,
        maintenance.complete_tasks,
        [(plan.id, school["computer"].id)],
        _done(),
        field="equipment_id",
    )
    assert "máy chiếu" in err.message
    assert maintenance.task_problem(register, plan.id, school["computer"].id) == err.message
    assert maintenance.task_problem(register, plan.id, school["projector"].id) is None


def test_paused_plan_disposed_item_and_twice_the_same_day_refused(register, school, refused):
    plan = maintenance.create_plan(register, _plan(category="fixed_asset"))
    maintenance.complete_tasks(register, [(plan.id, school["projector"].id)], _done())
    err = refused(
        register,
        maintenance.complete_tasks,
        [(plan.id, school["projector"].id)],
        _done(),
        field="equipment_id",
    )
    assert "đã được ghi hoàn thành" in err.message
    maintenance.set_plans_active(register, [plan.id], False)
    err = refused(register, maintenance.complete_tasks, [(plan.id, school["computer"].id)], _done())
    assert "tạm dừng" in err.message
    maintenance.set_plans_active(register, [plan.id], True)
    item = school["projector2"]
    equipment.update_equipment(
        register,
        item.id,
        {
            "asset_code": "TB-0002",
            "name": item.name,
            "category": "fixed_asset",
            "status": "disposed",
        },
    )
    err = refused(
        register, maintenance.complete_tasks, [(plan.id, item.id)], _done(), field="equipment_id"
    )
    assert "thanh lý" in err.message
    assert [t.asset_code for t in due_tasks(register)] == ["TB-0003"]


# -- the plans list --------------------------------------------------------------------


def test_the_plans_list_counts_filters_searches_and_sorts(register, school):
    items = maintenance.create_plan(
        register, _plan(category="fixed_asset", name_contains="may chieu", task="Lau ống kính")
    )
    one = maintenance.create_plan(
        register, _plan(school["computer"], task="Cập nhật phần mềm", next_due_on=TOMORROW)
    )
    paused = maintenance.create_plan(register, _plan(category="chemical", task="Kiểm tra hóa chất"))
    maintenance.set_plans_active(register, [paused.id], False)
    maintenance.complete_tasks(register, [(items.id, school["projector"].id)], _done())

    rows = {r.id: r for r in maintenance.plan_list(register, maintenance.PlanQuery(on=TODAY))}
    assert rows[items.id].items == 2 and rows[items.id].due == 1  # one projector done
    assert rows[items.id].overdue(TODAY) and rows[items.id].last_done_on == LAST_WEEK
    assert rows[one.id].asset_code == "TB-0003" and rows[one.id].due == 0
    assert not rows[one.id].overdue(TODAY)
    assert rows[paused.id].due == 0 and not rows[paused.id].overdue(TODAY)

    def ids(**q: Any) -> list[str]:
        return [r.id for r in maintenance.plan_list(register, maintenance.PlanQuery(**q))]

    assert ids(state=maintenance.PlanState.DUE) == [items.id]
    assert ids(state=maintenance.PlanState.PAUSED) == [paused.id]
    assert set(ids(state=maintenance.PlanState.ACTIVE)) == {items.id, one.id}
    assert ids(text="ong kinh") == [items.id]  # accents optional
    assert ids(text="tb-0003") == [one.id]  # the item's code
    assert ids(text="dell") == [one.id]  # the item's name
    assert ids(sort="task") == [one.id, paused.id, items.id]
    assert ids(sort="task", descending=True) == [items.id, paused.id, one.id]


def test_scope_count_says_how_many_items_a_category_plan_covers(register, school, add_item):
    gone = add_item(register, "TB-0009", "Máy chiếu cũ", category="fixed_asset")
    equipment.delete_equipment(register, [gone.id])
    assert maintenance.plan_scope_count(register, "fixed_asset") == 3
    assert maintenance.plan_scope_count(register, "fixed_asset", "Máy CHIẾU") == 2
    assert maintenance.plan_scope_count(register, "fixed_asset", "may chieu sony") == 1
    assert maintenance.plan_scope_count(register, "tool") == 0


def test_the_counts_in_one_pass_agree_with_the_counts_one_by_one(register, school):
    from app.services.maintenance_tasks import due_task_count, due_task_counts

    maintenance.create_plan(register, _plan(category="fixed_asset"))
    maintenance.create_plan(register, _plan(school["acid"], task="Kiểm tra nhãn"))
    for day in (TODAY - timedelta(days=400), TODAY, TODAY + timedelta(days=400)):
        counts = due_task_counts(register, day)
        assert (counts.due, counts.overdue, counts.within_30_days) == (
            due_task_count(register, day),
            due_task_count(register, day - timedelta(days=1)),
            due_task_count(register, day + timedelta(days=30)),
        )
    assert due_task_counts(register, TODAY + timedelta(days=400)).due > 0
