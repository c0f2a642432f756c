"""The demo data generator: deterministic, valid, believable, fast enough, refuses twice."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.cli import main
from app.models import (
    AuditEntry,
    DisposalLine,
    Equipment,
    Loan,
    MaintenancePlan,
    MaintenanceRecord,
    Room,
    School,
    Staff,
    Transfer,
)
from app.models.enums import EquipmentCategory, EquipmentStatus, RoomKind, SchoolLevel
from app.services import demo
from app.services.demo import CATALOGUE, TASKS, DemoSummary, generate_demo, reference_date
from app.services.equipment_query import EquipmentQuery, count_equipment, equipment_ids
from app.services.errors import ServiceError
from app.services.reference import room_types_for_level
from app.services.register import Register
from app.services.rooms import create_room
from app.services.schemas import EquipmentInput, MaintenanceInput, SchoolInput
from app.services.search_text import equipment_search_text
from app.services.text import fold, normalise_code
from tests.conftest import looks_vietnamese

EQUIPMENT_FIELDS = [name for name in EquipmentInput.model_fields]
MAINTENANCE_FIELDS = [name for name in MaintenanceInput.model_fields]


@pytest.fixture
def new_register(tmp_path: Path) -> Iterator[Callable[[str], Register]]:
    """Fresh register files (migrated on open), closed after the test."""
    opened: list[Register] = []

    def make(name: str) -> Register:
        reg = Register.open(tmp_path / name, actor="demo-test")
        opened.append(reg)
        return reg

    yield make
    for reg in opened:
        reg.close()


def content(reg: Register) -> dict[str, Any]:
    """Everything the seed decides, without ids and time stamps."""
    with reg.read() as s:
        items = s.execute(
            select(
                Equipment.asset_code,
                Equipment.name,
                Equipment.catalogue_code,
                Equipment.category,
                Equipment.brand,
                Equipment.model,
                Equipment.serial,
                Equipment.quantity,
                Equipment.qty_good,
                Equipment.qty_minor_damage,
                Equipment.qty_broken,
                Equipment.qty_lost,
                Equipment.unit_price,
                Equipment.funding_source,
                Equipment.acquired_on,
                Equipment.in_service_on,
                Equipment.warranty_until,
                Equipment.status,
                Equipment.notes,
                Room.code,
            )
            .outerjoin(Room, Room.id == Equipment.room_id)
            .order_by(Equipment.asset_code)
        ).all()
        records = s.execute(
            select(
                Equipment.asset_code,
                MaintenanceRecord.performed_on,
                MaintenanceRecord.kind,
                MaintenanceRecord.description,
                MaintenanceRecord.performed_by,
                MaintenanceRecord.cost,
                MaintenanceRecord.result,
            )
            .join(Equipment, Equipment.id == MaintenanceRecord.equipment_id)
            .order_by(Equipment.asset_code, MaintenanceRecord.performed_on)
        ).all()
        rooms = s.execute(
            select(Room.code, Room.name, Room.area_m2, Room.seats, Room.classes_served).order_by(
                Room.code
            )
        ).all()
        staff = sorted(s.scalars(select(Staff.full_name)))
        school = s.execute(select(School.code, School.name, School.principal)).one()
    return {
        "items": [tuple(r) for r in items],
        "records": [tuple(r) for r in records],
        "rooms": [tuple(r) for r in rooms],
        "staff": staff,
        "school": tuple(school),
    }


def fts_count(reg: Register, match: str) -> int:
    with reg.read() as s:
        query = text("SELECT count(*) FROM equipment_fts WHERE equipment_fts MATCH :m")
        return int(s.scalar(query, {"m": match}) or 0)


# -- determinism ----------------------------------------------------------------------


def test_same_seed_same_register_other_seed_other_register(
    new_register: Callable[[str], Register],
) -> None:
    first, second, other = new_register("a.sqlite"), new_register("b.sqlite"), new_register("c")
    assert generate_demo(first, items=300, seed=7) == generate_demo(second, items=300, seed=7)
    generate_demo(other, items=300, seed=8)

    a, b, c = content(first), content(second), content(other)
    assert a == b
    assert a["items"] and a["records"]
    assert [r[:3] for r in a["items"]] != [r[:3] for r in c["items"]]
    assert a["staff"] != c["staff"]
    # Ids are made fresh: only the content repeats.
    with first.read() as s1, second.read() as s2:
        assert set(s1.scalars(select(Equipment.id))).isdisjoint(s2.scalars(select(Equipment.id)))


def test_reference_date_is_fixed_by_the_seed_and_never_after_today() -> None:
    assert reference_date(3, today=date(2030, 1, 1)) == reference_date(3, today=date(2031, 6, 1))
    assert reference_date(3, today=date(2030, 1, 1)) != reference_date(4, today=date(2030, 1, 1))
    assert reference_date(3, today=date(2020, 2, 29)) == date(2020, 2, 29)
    assert reference_date(-5) <= date.today()


# -- what it makes -------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Register, Any]]:
    """One 600-item demo register shared by the read-only checks below."""
    reg = Register.open(tmp_path_factory.mktemp("demo") / "demo.sqlite", actor="demo-test")
    calls: list[tuple[int, int]] = []
    summary = generate_demo(reg, items=600, seed=1, progress=lambda d, t: calls.append((d, t)))
    try:
        yield reg, (summary, calls)
    finally:
        reg.close()


def test_counts_match_the_request_and_the_summary(demo_register: tuple[Register, Any]) -> None:
    reg, (summary, calls) = demo_register
    assert summary.items == 600
    assert count_equipment(reg) == 600
    assert calls == [(600, 600)]
    with reg.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == summary.rooms
        assert s.scalar(select(func.count()).select_from(Staff)) == summary.staff
        records = s.scalar(select(func.count()).select_from(MaintenanceRecord))
        plans = s.scalar(select(func.count()).select_from(MaintenancePlan))
    assert records == summary.maintenance_records
    assert plans == summary.maintenance_plans >= 6
    assert 30 <= summary.staff <= 40
    # Roughly one maintenance record per three items, on the devices.
    assert 600 / 6 < summary.maintenance_records < 600 / 1.5
    assert f"{summary.rooms} phòng, 600 thiết bị" in str(summary)


def test_summary_reads_as_vietnamese() -> None:
    summary = DemoSummary(rooms=24, items=2000, maintenance_records=640, staff=35)
    assert str(summary) == "24 phòng, 2.000 thiết bị, 640 bản ghi bảo trì, 35 cán bộ"
    with pytest.raises(AttributeError):
        summary.items = 3  # type: ignore[misc]


def test_a_believable_school_is_set_up(demo_register: tuple[Register, Any]) -> None:
    reg, _ = demo_register
    school = reg.school()
    assert school.level == SchoolLevel.THCS
    assert school.name.startswith("Trường THCS ")
    assert re.fullmatch(r"\d{8}", school.code)
    assert school.governing_body.startswith("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ")
    assert school.district and school.province and school.address
    assert 24 <= school.class_count <= 32
    assert 35 * school.class_count <= school.student_count <= 46 * school.class_count
    with reg.read() as s:
        staff = {m.full_name: m for m in s.scalars(select(Staff))}
    assert staff[school.principal].position == "Hiệu trưởng"
    assert "thiết bị" in staff[school.equipment_officer].position
    teachers = [m for m in staff.values() if m.subject and "Hiệu trưởng" not in m.position]
    assert len({m.subject for m in teachers}) >= 10
    assert all(looks_vietnamese(name) or " " in name for name in staff)
    assert len({m.email for m in staff.values()}) == len(staff)


def test_rooms_cover_the_thcs_subject_rooms_and_the_special_rooms(
    demo_register: tuple[Register, Any],
) -> None:
    reg, _ = demo_register
    with reg.read() as s:
        rooms = list(s.scalars(select(Room)))
    subject = [r for r in rooms if r.kind == RoomKind.SUBJECT]
    types = [r.subject_type for r in subject]
    assert set(types) == {t.key for t in room_types_for_level("THCS")}
    assert types.count("khtn") == 2
    for room in subject:
        assert room.area_m2 is not None and room.area_m2 >= 60
        assert room.seats > 0 and room.area_m2 >= room.seats * 1.5
        assert room.responsible_staff_id is not None
        assert room.rules_document
    kinds = {r.kind for r in rooms}
    assert kinds == set(RoomKind)
    smart = next(r for r in rooms if r.kind == RoomKind.SMART)
    assert smart.classes_served and all(c["grade"] in (6, 7, 8, 9) for c in smart.classes_served)
    online = next(r for r in rooms if r.kind == RoomKind.ONLINE)
    assert online.responsible_staff_id and online.has_internet and online.has_security
    assert any(r.has_preparation_room and r.preparation_area_m2 for r in subject)
    classrooms = [r for r in rooms if r.kind == RoomKind.CLASSROOM]
    assert len(classrooms) == reg.school().class_count
    assert len({r.code.lower() for r in rooms}) == len(rooms)


def test_every_item_is_valid_as_a_form_entry_and_derived_columns_match(
    demo_register: tuple[Register, Any],
) -> None:
    reg, _ = demo_register
    today = date.today()
    with reg.read() as s:
        items = list(s.scalars(select(Equipment)))
        rooms = {r.id: r for r in s.scalars(select(Room))}
        lent = set(s.scalars(select(Loan.equipment_id)))
        handled = set(s.scalars(select(DisposalLine.equipment_id)))
        handled |= set(s.scalars(select(Transfer.equipment_id)))
    assert len({i.asset_code_norm for i in items}) == len(items)
    for item in items:
        data = {name: getattr(item, name) for name in EQUIPMENT_FIELDS}
        EquipmentInput.model_validate(data)  # raises if anything breaks a rule
        assert re.fullmatch(r"TB-\d{6}", item.asset_code)
        total = item.qty_good + item.qty_minor_damage + item.qty_broken + item.qty_lost
        assert total == item.quantity > 0
        assert item.acquired_on and item.in_service_on
        assert item.acquired_on <= item.in_service_on <= today
        assert item.warranty_until is None or item.warranty_until > item.acquired_on
        assert item.asset_code_norm == normalise_code(item.asset_code)
        assert item.name_norm == fold(item.name)
        room = rooms.get(item.room_id) if item.room_id else None
        assert item.search_text == equipment_search_text(item, room)
        assert item.deleted_at is None
        # Only the demo loans edit an item (a unit back damaged or lost, the status), and
        # the demo disposal and handovers (units disposed of, a room).
        assert item.version == 1 or item.id in lent or item.id in handled
        assert item.created_at.tzinfo is not None
        if item.category == EquipmentCategory.FIXED_ASSET:
            assert item.unit_price >= 10_000_000, item.name
        elif item.category not in (EquipmentCategory.CHEMICAL, EquipmentCategory.CONSUMABLE):
            assert item.unit_price < 10_000_000, item.name
        if item.status == EquipmentStatus.IN_REPAIR:
            assert item.qty_broken == item.quantity
    # The FTS index, filled by triggers during the bulk insert, has every row.
    assert fts_count(reg, '"tb"') == len(items)
    assert fts_count(reg, '"000123"') == 1


def test_the_mix_is_believable(demo_register: tuple[Register, Any]) -> None:
    reg, _ = demo_register
    with reg.read() as s:
        items = list(s.scalars(select(Equipment)))
    counted = {c: sum(1 for i in items if i.category == c) for c in EquipmentCategory}
    assert all(counted.values()), counted
    statuses = [i.status for i in items]
    assert statuses.count(EquipmentStatus.IN_USE) > len(items) * 0.8
    assert {i.funding_source.value for i in items} == {
        "state_budget",
        "parents",
        "sponsor",
        "programme",
    }
    assert sum(i.funding_source.value == "state_budget" for i in items) > len(items) / 2
    assert any(i.qty_minor_damage for i in items) and any(i.qty_broken for i in items)
    assert any(i.qty_lost for i in items)
    assert {i.unit for i in items} >= {"cái", "bộ", "chiếc", "hộp", "lọ"}
    assert any(i.catalogue_code.startswith("CSKHTN") for i in items)
    assert any(i.serial and i.brand and i.model and i.warranty_until for i in items)
    assert any(re.search(r" số \d\d+$", i.name) for i in items)  # numbered computers
    years = {i.acquired_on.year for i in items if i.acquired_on}
    assert max(years) - min(years) >= 7
    assert all(i.unit_price % 1000 == 0 for i in items)


def test_maintenance_records_are_valid_and_plausible(demo_register: tuple[Register, Any]) -> None:
    reg, _ = demo_register
    with reg.read() as s:
        records = list(s.scalars(select(MaintenanceRecord)))
        plans = {p.id: p for p in s.scalars(select(MaintenancePlan))}
    assert records
    for record in records:
        MaintenanceInput.model_validate({n: getattr(record, n) for n in MAINTENANCE_FIELDS})
        item = record.equipment
        assert item.in_service_on is not None and record.performed_on >= item.in_service_on
        assert record.performed_by
        if record.plan_id is not None:
            assert record.description == plans[record.plan_id].task
    assert any(r.cost > 0 for r in records) and any(r.cost == 0 for r in records)
    assert any("máy chiếu" in r.description.lower() for r in records)
    in_repair = {r.equipment_id for r in records if r.result.value == "sent_out"}
    with reg.read() as s:
        statuses = {row.id: row.status for row in s.execute(select(Equipment.id, Equipment.status))}
    assert all(statuses[i] == EquipmentStatus.IN_REPAIR for i in in_repair)
    assert any(p.equipment_id for p in plans.values())
    assert any(
        p.task == "Vệ sinh máy chiếu, lưới lọc bụi và kiểm tra giờ bóng đèn" for p in plans.values()
    )


def test_accent_free_search_finds_demo_items(demo_register: tuple[Register, Any]) -> None:
    reg, _ = demo_register
    found = equipment_ids(reg, EquipmentQuery(text="may chieu"))
    assert found
    with reg.read() as s:
        names = list(s.scalars(select(Equipment.name).where(Equipment.id.in_(found))))
    assert all("may chieu" in fold(name) for name in names), names
    assert any(name.startswith("Máy chiếu") for name in names)
    assert len(equipment_ids(reg, EquipmentQuery(text="TB-0001"))) == 100  # code prefix


def test_audit_trail_per_chunk_and_per_item(
    empty_register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK_SIZE", 100)
    calls: list[tuple[int, int]] = []
    generate_demo(empty_register, items=450, seed=2, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(100, 450), (200, 450), (300, 450), (400, 450), (450, 450)]
    school_id = empty_register.school_id
    with empty_register.read() as s:
        chunks = list(
            s.scalars(
                select(AuditEntry.summary)
                .where(
                    AuditEntry.entity == "equipment",
                    AuditEntry.entity_id == school_id,
                    AuditEntry.action == "import",
                )
                .order_by(AuditEntry.summary)
            )
        )
        item_ids = set(s.scalars(select(Equipment.id)))
        created = list(
            s.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "equipment",
                    AuditEntry.action == "import",
                    AuditEntry.entity_id != school_id,
                )
            )
        )
        record_items = list(s.scalars(select(MaintenanceRecord.equipment_id)))
        maintained = list(
            s.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "equipment", AuditEntry.action == "maintenance"
                )
            )
        )
    assert len(chunks) == 5
    assert chunks[0] == "Tạo dữ liệu mẫu: 100 thiết bị (TB-000001 – TB-000100)"
    assert chunks[-1] == "Tạo dữ liệu mẫu: 50 thiết bị (TB-000401 – TB-000450)"
    # Every item's own history starts with its creation, and lists its maintenance.
    assert sorted(created) == sorted(item_ids)
    assert record_items and sorted(maintained) == sorted(record_items)


def test_a_big_run_goes_in_chunks(new_register: Callable[[str], Register]) -> None:
    reg = new_register("big.sqlite")
    calls: list[tuple[int, int]] = []
    summary = generate_demo(reg, items=20_000, seed=5, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(n, 20_000) for n in (5000, 10_000, 15_000, 20_000)]
    assert summary.items == count_equipment(reg) == 20_000
    assert str(summary).split(", ")[1] == "20.000 thiết bị"
    with reg.read() as s:
        codes = s.scalar(select(func.count(func.distinct(Equipment.asset_code_norm))))
    assert codes == 20_000
    assert fts_count(reg, '"tb"') == 20_000
    assert fts_count(reg, '"019999"') == 1


# -- refusals and existing schools ----------------------------------------------------


def test_refuses_a_register_that_has_equipment(
    demo_register: tuple[Register, Any], refused: Any
) -> None:
    reg, _ = demo_register
    err: ServiceError = refused(reg, generate_demo, items=10, seed=1)
    assert "trống" in err.message


def test_refuses_a_negative_count(empty_register: Register, refused: Any) -> None:
    refused(empty_register, generate_demo, items=-1)


def test_an_existing_school_is_kept_and_filled(register: Register) -> None:
    before = register.school()
    summary = generate_demo(register, items=120, seed=3)
    after = register.school()
    assert (after.id, after.code, after.name) == (before.id, before.code, before.name)
    with register.read() as s:
        codes = list(s.scalars(select(Room.code)))
    assert len(codes) == summary.rooms
    assert count_equipment(register) == 120


def test_a_register_with_its_own_rooms_is_refused(register: Register, snapshot) -> None:
    """A demo half-written by an earlier failure (rooms, no items) cannot be doubled."""
    create_room(register, {"kind": "classroom", "code": "A101", "name": "Phòng của trường"})
    before = snapshot(register)
    with pytest.raises(ServiceError, match="đã có phòng"):
        generate_demo(register, items=120, seed=3)
    assert snapshot(register) == before


def test_the_given_school_is_used(empty_register: Register) -> None:
    school = SchoolInput(
        code="01234567",
        name="Trường THCS Chu Văn An",
        level=SchoolLevel.THCS,
        class_count=12,
        principal="Nguyễn Văn Bình",
    )
    summary = generate_demo(empty_register, items=50, seed=1, school=school)
    got = empty_register.school()
    assert (got.code, got.name) == ("01234567", "Trường THCS Chu Văn An")
    with empty_register.read() as s:
        principal = s.scalars(select(Staff).where(Staff.position == "Hiệu trưởng")).one()
        classrooms = s.scalar(
            select(func.count()).select_from(Room).where(Room.kind == RoomKind.CLASSROOM)
        )
    assert principal.full_name == "Nguyễn Văn Bình"
    assert classrooms == 12
    assert summary.school_name == "Trường THCS Chu Văn An"


def test_no_items_still_makes_the_school(empty_register: Register) -> None:
    summary = generate_demo(empty_register, items=0, seed=1)
    assert summary.items == summary.maintenance_records == 0
    assert summary.rooms > 20 and summary.staff > 30
    assert empty_register.has_school()


def test_the_catalogue_is_consistent() -> None:
    for tpl in CATALOGUE:
        if tpl.category == EquipmentCategory.FIXED_ASSET:
            assert tpl.price_k[0] >= 10_000, tpl.name
        assert tpl.price_k[0] <= tpl.price_k[1] and 1 <= tpl.qty[0] <= tpl.qty[1]
        assert not tpl.tasks or tpl.tasks in TASKS, tpl.tasks
        assert tpl.listed == bool(tpl.catalogue_code)
        if tpl.catalogue_code:
            assert re.fullmatch(r"CS[A-Z]+\d?\.\d\d", tpl.catalogue_code), tpl.catalogue_code
    projector = [t.catalogue_code for t in CATALOGUE if t.name == "Máy chiếu đa năng"]
    assert len(set(projector)) == 1  # the same thing has one code wherever it is kept


# -- the command line ---------------------------------------------------------------


def test_cli_demo_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.sqlite"
    assert main(["demo", "--items", "300", "--db", str(path)]) == 0
    out = capsys.readouterr()
    assert "300 thiết bị" in out.out
    assert "100%" in out.err
    assert main(["--db", str(path), "info"]) == 0
    info = capsys.readouterr().out
    assert "Thiết bị: 300" in info and "Trường THCS" in info
    assert main(["demo", "--items", "300", "--db", str(path)]) == 1
    assert "Lỗi:" in capsys.readouterr().err
