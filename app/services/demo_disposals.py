"""Demo disposals and handovers: one disposal carried out last school year (broken
units of a few items, under a decision of the principal) and a few handovers between
rooms this year (an item, a lot, a batch of three). Few rows,
so they go through the ordinary services; the same seed picks the same items."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.models import Equipment, Room, Staff
from app.models.enums import EquipmentStatus, RoomKind
from app.services import disposals, transfers
from app.services.register import Register

DISPOSAL_ITEMS = 8


@dataclass(frozen=True)
class DemoDisposals:
    disposals: int = 0
    disposed_units: int = 0
    handovers: int = 0


def _rng(seed: int, part: str) -> random.Random:
    return random.Random(f"sotb-demo:{seed}:{part}")


def _people(reg: Register) -> dict[str, str]:
    """The staff a disposal committee and a handover name, by position."""
    with reg.read() as s:
        staff = s.scalars(
            select(Staff)
            .where(Staff.school_id == reg.school_id, Staff.deleted_at.is_(None))
            .order_by(Staff.created_at, Staff.id)
        ).all()
    found: dict[str, str] = {}
    for member in staff:
        found.setdefault(member.position, member.full_name)
    found.setdefault("Giáo viên", staff[-1].full_name if staff else "")
    return found


def _free_items(reg: Register, *where: Any) -> list[Equipment]:
    """Items in service matching ``where``, in asset-code order, with no unit lent out
    (the filters keep a 100,000-item register from loading every row)."""
    with reg.read() as s:
        items = list(
            s.scalars(
                select(Equipment)
                .where(
                    Equipment.school_id == reg.school_id,
                    Equipment.deleted_at.is_(None),
                    Equipment.status.in_([EquipmentStatus.IN_USE, EquipmentStatus.IN_STORE]),
                    *where,
                )
                .order_by(Equipment.asset_code_norm)
            )
        )
        lent = disposals.units_on_loan(s, [i.id for i in items])
    return [i for i in items if not lent.get(i.id)]


def _disposal(reg: Register, rng: random.Random, ref: date, people: dict[str, str]) -> int:
    broken = _free_items(reg, Equipment.qty_broken > 0)
    if not broken:
        return 0
    chosen = sorted(
        rng.sample(broken, min(DISPOSAL_ITEMS, len(broken))), key=lambda i: i.asset_code
    )
    decided = ref - timedelta(days=330 + rng.randint(0, 40))
    committee = [
        {
            "name": people.get("Hiệu trưởng", ""),
            "position": "Hiệu trưởng",
            "role": "Chủ tịch hội đồng",
        },
        {
            "name": people.get("Phó Hiệu trưởng", ""),
            "position": "Phó Hiệu trưởng",
            "role": "Phó Chủ tịch hội đồng",
        },
        {"name": people.get("Kế toán", ""), "position": "Kế toán", "role": "Ủy viên"},
        {
            "name": people.get("Nhân viên thiết bị – thí nghiệm", ""),
            "position": "Nhân viên thiết bị",
            "role": "Thư ký",
        },
    ]
    draft = disposals.create_disposal(
        reg,
        {
            "decision_number": f"{rng.randint(20, 60)}/QĐ-THCS",
            "decision_date": decided,
            "disposed_on": decided + timedelta(days=rng.randint(5, 15)),
            "reason": "Thiết bị hỏng, không còn khả năng sửa chữa; đã hết thời gian sử dụng",
            "method": "Bán phế liệu",
            "proceeds": rng.randint(3, 12) * 50_000,
            "committee": [m for m in committee if m["name"]],
        },
    )
    lines = []
    for item in chosen:
        original = item.unit_price * item.qty_broken
        lines.append(
            {
                "equipment_id": item.id,
                "quantity": item.qty_broken,
                "condition": "broken",
                # Scrap value: a few per cent of the original cost, in thousands.
                "remaining_value": original * rng.randint(2, 8) // 100 // 1000 * 1000,
                "reason": rng.choice(
                    ("Hỏng mạch, không sửa được", "Vỡ, không sử dụng được", "Hết hạn sử dụng")
                ),
            }
        )
    disposals.add_lines(reg, draft.id, lines)
    return disposals.apply_disposal(reg, draft.id).units


def _rooms(reg: Register) -> dict[RoomKind, list[Room]]:
    with reg.read() as s:
        rooms = s.scalars(
            select(Room)
            .where(Room.school_id == reg.school_id, Room.deleted_at.is_(None))
            .order_by(Room.code)
        ).all()
    by_kind: dict[RoomKind, list[Room]] = {}
    for room in rooms:
        by_kind.setdefault(room.kind, []).append(room)
    return by_kind


def _handovers(reg: Register, rng: random.Random, ref: date, people: dict[str, str]) -> int:
    """Three handovers out of the storeroom, on three days of the last months."""
    rooms = _rooms(reg)
    stores = rooms.get(RoomKind.STOREROOM, [])
    targets = rooms.get(RoomKind.SUBJECT, []) + rooms.get(RoomKind.SMART, [])
    if not stores or not targets:
        return 0
    in_store = _free_items(reg, Equipment.room_id == stores[0].id, Equipment.quantity > 0)
    lots = [i for i in in_store if i.qty_good >= 4]
    singles = [i for i in in_store if i not in lots]
    if not lots or len(singles) < 4:
        return 0
    officer = people.get("Nhân viên thiết bị – thí nghiệm", "")
    teacher = people.get("Giáo viên", "")
    lot = rng.choice(lots)
    plans: list[tuple[list[dict[str, Any]], str]] = [
        ([{"equipment_id": rng.choice(singles).id}], "Bổ sung thiết bị cho phòng bộ môn"),
        # Whole items only: a split would add a register line the demo did not ask for.
        ([{"equipment_id": lot.id}], "Chuyển bộ thiết bị từ kho lên phòng học"),
        (
            [{"equipment_id": i.id} for i in rng.sample(singles, 3)],
            "Sắp xếp lại thiết bị đầu năm học",
        ),
    ]
    done = 0
    used: set[str] = set()
    for n, (lines, reason) in enumerate(plans):
        lines = [line for line in lines if line["equipment_id"] not in used]
        if not lines:
            continue
        used.update(str(line["equipment_id"]) for line in lines)
        transfers.transfer_between_rooms(
            reg,
            {
                "to_room_id": rng.choice(targets).id,
                "transferred_on": ref - timedelta(days=90 - 30 * n + rng.randint(0, 10)),
                "decision_number": f"{rng.randint(60, 99)}/QĐ-THCS" if n == 2 else "",
                "handed_by": officer,
                "received_by": teacher,
                "reason": reason,
                "lines": lines,
            },
        )
        done += 1
    return done


def add_demo_disposals(reg: Register, seed: int, ref: date) -> DemoDisposals:
    """The demo's disposal and handovers (nothing where the register has no fit)."""
    people = _people(reg)
    units = _disposal(reg, _rng(seed, "disposal"), ref, people)
    handovers = _handovers(reg, _rng(seed, "handovers"), ref, people)
    return DemoDisposals(1 if units else 0, units, handovers)
