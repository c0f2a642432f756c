"""Rooms: subject rooms, smart and online classrooms, classrooms, storerooms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Equipment, Room, Staff
from app.models.enums import RoomKind, RoomStatus
from app.services import audit
from app.services.common import apply_fields, check_version, now_utc
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import RoomInput, parse
from app.services.search_text import equipment_search_text, room_search_text
from app.services.text import fold, normalise_code


def _check_code_free(s: Session, school_id: str, code: str, room_id: str | None) -> None:
    # Compared in Python: SQLite's lower() leaves non-ASCII letters (Đ, Ệ, ...) as they are.
    q = select(Room.code).where(Room.school_id == school_id, Room.deleted_at.is_(None))
    if room_id:
        q = q.where(Room.id != room_id)
    wanted = normalise_code(code)
    if any(normalise_code(taken) == wanted for taken in s.scalars(q)):
        raise ServiceError.for_field("code", f"Mã phòng «{code}» đã có trong sổ. Hãy dùng mã khác.")


def _check_staff(s: Session, school_id: str, staff_id: str | None) -> None:
    if staff_id is None:
        return
    staff = s.get(Staff, staff_id)
    if staff is None or staff.school_id != school_id or staff.deleted_at is not None:
        raise ServiceError.for_field(
            "responsible_staff_id", "Người phụ trách không có trong danh sách cán bộ."
        )


def _values(data: RoomInput) -> dict[str, Any]:
    values = data.model_dump()
    values["classes_served"] = [c.model_dump() for c in data.classes_served]
    values["search_text"] = room_search_text(data.code, data.name, data.building)
    return values


def create_room(reg: Register, data: RoomInput | dict[str, Any]) -> Room:
    values = parse(RoomInput, data)
    with reg.write() as s:
        _check_code_free(s, reg.school_id, values.code, None)
        _check_staff(s, reg.school_id, values.responsible_staff_id)
        room = Room(school_id=reg.school_id, **_values(values))
        s.add(room)
        s.flush()
        audit.record(s, reg, "room", room.id, "create", summary=f"{room.code} – {room.name}")
    return room


def get_room(reg: Register, room_id: str) -> Room:
    with reg.read() as s:
        room = s.get(Room, room_id)
    if room is None or room.school_id != reg.school_id:
        raise ServiceError("Không tìm thấy phòng này trong sổ.")
    return room


def update_room(
    reg: Register,
    room_id: str,
    data: RoomInput | dict[str, Any],
    expected_version: int | None = None,
) -> Room:
    values = parse(RoomInput, data)
    with reg.write() as s:
        room = _live_room(s, reg, room_id)
        check_version(room, expected_version, "Phòng")
        _check_code_free(s, reg.school_id, values.code, room.id)
        _check_staff(s, reg.school_id, values.responsible_staff_id)
        changes = apply_fields(room, _values(values))
        changes.pop("search_text", None)
        if changes:
            audit.record(s, reg, "room", room.id, "update", changes, f"Sửa phòng {room.code}")
            if {"code", "name"} & changes.keys():
                _reindex_room_equipment(s, room)
    return room


def delete_room(reg: Register, room_id: str) -> None:
    delete_rooms(reg, [room_id])


def delete_rooms(reg: Register, room_ids: list[str]) -> None:
    """Soft-delete rooms, all or none: a room that still holds equipment refuses them all."""
    with reg.write() as s:
        for room_id in room_ids:
            _delete_room(s, reg, room_id)


def _delete_room(s: Session, reg: Register, room_id: str) -> None:
    room = _live_room(s, reg, room_id)
    count = s.scalar(
        select(func.count()).where(Equipment.room_id == room.id, Equipment.deleted_at.is_(None))
    )
    if count:
        raise ServiceError(
            f"Phòng {room.code} còn {count} thiết bị. "
            "Hãy chuyển các thiết bị sang phòng khác trước khi xóa phòng."
        )
    room.deleted_at = now_utc()
    audit.record(s, reg, "room", room.id, "delete", summary=f"Xóa phòng {room.code}")


def restore_room(reg: Register, room_id: str) -> Room:
    restore_rooms(reg, [room_id])
    return get_room(reg, room_id)


def restore_rooms(reg: Register, room_ids: list[str]) -> None:
    with reg.write() as s:
        for room_id in room_ids:
            _restore_room(s, reg, room_id)


def _restore_room(s: Session, reg: Register, room_id: str) -> None:
    room = s.get(Room, room_id)
    if room is None or room.school_id != reg.school_id:
        raise ServiceError("Không tìm thấy phòng này trong sổ.")
    if room.deleted_at is None:
        return
    _check_code_free(s, reg.school_id, room.code, room.id)
    room.deleted_at = None
    audit.record(s, reg, "room", room.id, "restore", summary=f"Khôi phục phòng {room.code}")


def _live_room(s: Session, reg: Register, room_id: str) -> Room:
    room = s.get(Room, room_id)
    if room is None or room.school_id != reg.school_id or room.deleted_at is not None:
        raise ServiceError("Không tìm thấy phòng này trong sổ (có thể đã bị xóa).")
    return room


def _reindex_room_equipment(s: Session, room: Room) -> None:
    """The room's code and name are part of each of its items' search text."""
    items = s.scalars(select(Equipment).where(Equipment.room_id == room.id)).all()
    for item in items:
        s.execute(
            update(Equipment)
            .where(Equipment.id == item.id)
            # Only the local search text changes: keep updated_at, so nothing is synced.
            .values(
                search_text=equipment_search_text(item, room),
                updated_at=Equipment.updated_at,
            )
            .execution_options(synchronize_session=False)
        )


@dataclass(frozen=True)
class RoomQuery:
    text: str = ""
    kind: RoomKind | None = None
    status: RoomStatus | None = None
    include_deleted: bool = False
    sort: str = "code"
    descending: bool = False


ROOM_SORTS = {
    "code": Room.code,
    "name": Room.name,
    "kind": Room.kind,
    "building": Room.building,
    "area_m2": Room.area_m2,
    "seats": Room.seats,
    "status": Room.status,
}


def room_ids(reg: Register, q: RoomQuery = RoomQuery()) -> list[str]:
    stmt = select(Room.id).where(Room.school_id == reg.school_id)
    if not q.include_deleted:
        stmt = stmt.where(Room.deleted_at.is_(None))
    if q.kind is not None:
        stmt = stmt.where(Room.kind == q.kind)
    if q.status is not None:
        stmt = stmt.where(Room.status == q.status)
    for term in fold(q.text).split():
        stmt = stmt.where(Room.search_text.contains(term, autoescape=True))
    column = ROOM_SORTS.get(q.sort, Room.code)
    stmt = stmt.order_by(column.desc() if q.descending else column.asc(), Room.id)
    with reg.read() as s:
        return list(s.scalars(stmt))


def list_rooms(reg: Register, include_deleted: bool = False) -> list[Room]:
    with reg.read() as s:
        stmt = select(Room).where(Room.school_id == reg.school_id)
        if not include_deleted:
            stmt = stmt.where(Room.deleted_at.is_(None))
        return list(s.scalars(stmt.order_by(Room.code)))


def rooms_by_ids(reg: Register, ids: list[str]) -> dict[str, Room]:
    with reg.read() as s:
        return {r.id: r for r in s.scalars(select(Room).where(Room.id.in_(ids)))}


@dataclass(frozen=True)
class RoomSummary:
    equipment_lines: int
    total_quantity: int
    total_value: int
    broken_quantity: int


def room_summary(reg: Register, room_id: str) -> RoomSummary:
    with reg.read() as s:
        row = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(Equipment.quantity), 0),
                func.coalesce(func.sum(Equipment.quantity * Equipment.unit_price), 0),
                func.coalesce(func.sum(Equipment.qty_broken), 0),
            ).where(Equipment.room_id == room_id, Equipment.deleted_at.is_(None))
        ).one()
    return RoomSummary(int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def equipment_counts(reg: Register) -> dict[str, int]:
    """Live equipment lines per room id."""
    with reg.read() as s:
        rows = s.execute(
            select(Equipment.room_id, func.count())
            .where(Equipment.school_id == reg.school_id, Equipment.deleted_at.is_(None))
            .group_by(Equipment.room_id)
        ).all()
    return {room_id: int(n) for room_id, n in rows if room_id is not None}
