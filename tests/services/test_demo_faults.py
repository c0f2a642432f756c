"""The demo's fault reports: every repair of its log was reported first, some broken
units wait for a repair; the units the reports hold are on the items' books; the
same for a seed; and the fault service can go on working with them."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Equipment, FaultReport, MaintenanceRecord
from app.models.enums import EquipmentStatus, FaultStatus, MaintenanceKind, MaintenanceResult
from app.services import faults
from app.services.demo import generate_demo
from app.services.demo_faults import SYMPTOMS, symptom
from app.services.register import Register


def make_demo(folder: Path, seed: int = 3) -> Register:
    reg = Register.open(folder / f"demo-{seed}.sqlite", actor="demo-test")
    generate_demo(reg, items=800, seed=seed)
    return reg


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    reg = make_demo(tmp_path_factory.mktemp("demo-faults"))
    yield reg
    reg.close()


def reports(reg: Register) -> list[Any]:
    with reg.read() as s:
        return list(
            s.execute(
                select(
                    Equipment.asset_code,
                    FaultReport.reported_on,
                    FaultReport.reported_by,
                    FaultReport.description,
                    FaultReport.status,
                    FaultReport.repair_due_on,
                    FaultReport.closed_on,
                )
                .join(Equipment, Equipment.id == FaultReport.equipment_id)
                .order_by(Equipment.asset_code, FaultReport.reported_on, FaultReport.status)
            )
        )


def test_reports_in_every_state_with_their_repairs(demo: Register) -> None:
    rows = faults.fault_log(demo)
    states = Counter(r.status for r in rows)
    assert states[FaultStatus.OPEN] >= 5
    assert states[FaultStatus.REPAIRING] >= 1
    assert states[FaultStatus.FIXED] >= 20
    assert states[FaultStatus.CANCELLED] == 0
    for row in rows:
        assert row.description and row.reported_by
        if row.status == FaultStatus.OPEN:
            assert row.started_on is None and row.closed_on is None
            continue
        assert row.started_on is not None and row.performed_by
        assert row.reported_on <= row.started_on
        if row.status == FaultStatus.REPAIRING:
            assert row.result == MaintenanceResult.SENT_OUT
            assert row.repair_due_on is not None and row.repair_due_on > row.started_on
        if row.status in (FaultStatus.FIXED, FaultStatus.NOT_FIXED):
            assert row.closed_on is not None and row.started_on <= row.closed_on <= date.today()
            assert row.result == MaintenanceResult(row.status.value)


def test_every_repair_of_the_log_was_reported(demo: Register) -> None:
    with demo.read() as s:
        linked = set(s.scalars(select(FaultReport.maintenance_record_id)))
        repairs = s.execute(
            select(MaintenanceRecord.id, MaintenanceRecord.result, Equipment.status)
            .join(Equipment, Equipment.id == MaintenanceRecord.equipment_id)
            .where(MaintenanceRecord.kind == MaintenanceKind.REPAIR)
        ).all()
    sent_out = [r for r in repairs if r.result == MaintenanceResult.SENT_OUT]
    fixed = [r for r in repairs if r.result == MaintenanceResult.FIXED]
    assert sent_out and fixed
    for record in sent_out + fixed:
        if record.status != EquipmentStatus.DISPOSED:
            assert record.id in linked


def test_units_held_by_reports_are_broken_on_the_books(demo: Register) -> None:
    with demo.read() as s:
        held = s.execute(
            select(FaultReport.equipment_id, func.sum(FaultReport.quantity))
            .where(FaultReport.status.in_(faults.UNDER_WAY))
            .group_by(FaultReport.equipment_id)
        ).all()
        items = {i.id: i for i in s.scalars(select(Equipment))}
    assert held
    for item_id, units in held:
        item = items[item_id]
        assert units <= item.qty_broken, item.asset_code
        assert (
            item.qty_good + item.qty_minor_damage + item.qty_broken + item.qty_lost == item.quantity
        )


def test_each_report_has_its_audit_line(demo: Register) -> None:
    with demo.read() as s:
        ids = set(s.scalars(select(FaultReport.id)))
        audited = set(
            s.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "fault_report", AuditEntry.action == "create"
                )
            )
        )
    assert ids and ids <= audited


def test_symptoms_follow_the_name() -> None:
    rng = random.Random(1)
    assert "micro" not in symptom(rng, "Bộ mạch lập trình micro:bit (kèm cảm biến)").lower()
    projector = dict(SYMPTOMS)[r"^máy chiếu"]
    assert {symptom(rng, "Máy chiếu đa năng") for _ in range(10)} <= set(projector)
    map_texts = {symptom(rng, "Bản đồ tự nhiên thế giới") for _ in range(10)}
    assert map_texts <= {"Rách mép, bong lớp ép", "Bạc màu, mờ chữ, không treo được"}


def test_the_same_seed_makes_the_same_reports(demo: Register, tmp_path: Path) -> None:
    again = make_demo(tmp_path)
    try:
        assert reports(again) == reports(demo)
    finally:
        again.close()


def test_the_service_goes_on_with_demo_reports(
    demo: Register, tmp_path_factory: pytest.TempPathFactory
) -> None:
    reg = make_demo(tmp_path_factory.mktemp("demo-faults-work"), seed=5)
    try:
        rows = faults.fault_log(reg)
        by_status: dict[FaultStatus, list[faults.FaultRow]] = defaultdict(list)
        for row in rows:
            by_status[row.status].append(row)
        repairing = by_status[FaultStatus.REPAIRING][0]
        done = faults.finish_repair(
            reg, repairing.id, {"finished_on": date.today(), "outcome": "fixed", "cost": 350_000}
        )
        assert done.status == FaultStatus.FIXED
        waiting = by_status[FaultStatus.OPEN]
        started = faults.start_repair(
            reg, waiting[0].id, {"started_on": date.today(), "performed_by": "Điện máy Hòa Bình"}
        )
        assert started.status == FaultStatus.REPAIRING
        cancelled = faults.cancel_fault(reg, waiting[1].id, "Báo nhầm")
        assert cancelled.status == FaultStatus.CANCELLED
    finally:
        reg.close()
