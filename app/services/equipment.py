"""Equipment and devices: create, edit, move between rooms, soft-delete and restore."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Equipment, Room
from app.models.ids import uuid7
from app.services import audit
from app.services import rooms as rooms_service
from app.services.common import apply_fields, check_version, now_utc
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import EquipmentInput, RoomInput, parse
from app.services.search_text import equipment_search_text
from app.services.text import fold, normalise_code


def _room_or_error(s: Session, school_id: str, room_id: str | None) -> Room | None:
    if room_id is None:
        return None
    room = s.get(Room, room_id)
    if room is None or room.school_id != school_id or room.deleted_at is not None:
        raise ServiceError.for_field(
            "room_id", "Phòng đã chọn không có trong sổ (có thể đã bị xóa). Hãy chọn phòng khác."
        )
    return room


def _check_code_free(s: Session, school_id: str, code_norm: str, item_id: str | None) -> None:
    q = select(Equipment.asset_code).where(
        Equipment.school_id == school_id,
        Equipment.asset_code_norm == code_norm,
        Equipment.deleted_at.is_(None),
    )
    if item_id:
        q = q.where(Equipment.id != item_id)
    taken = s.scalar(q.limit(1))
    if taken is not None:
        raise ServiceError.for_field(
            "asset_code",
            f"Mã tài sản «{taken}» đã có trong sổ. Mỗi thiết bị cần một mã riêng.",
        )


def _values(data: EquipmentInput) -> dict[str, Any]:
    values = data.model_dump()
    values["asset_code_norm"] = normalise_code(data.asset_code)
    values["name_norm"] = fold(data.name)
    return values


def create_equipment(reg: Register, data: EquipmentInput | dict[str, Any]) -> Equipment:
    values = parse(EquipmentInput, data)
    with reg.write() as s:
        return create_in_session(s, reg, values)


def create_in_session(
    s: Session, reg: Register, values: EquipmentInput, note: str = ""
) -> Equipment:
    """``create_equipment`` inside the caller's transaction (a lot split by a handover)."""
    room = _room_or_error(s, reg.school_id, values.room_id)
    fields = _values(values)
    _check_code_free(s, reg.school_id, fields["asset_code_norm"], None)
    item = Equipment(school_id=reg.school_id, **fields)
    item.search_text = equipment_search_text(item, room)
    s.add(item)
    s.flush()
    summary = f"{item.asset_code} – {item.name}" + (f": {note}" if note else "")
    audit.record(s, reg, "equipment", item.id, "create", summary=summary)
    return item


BULK_CHUNK = 2000
"""Rows per INSERT batch of ``create_equipment_many`` (all in one transaction)."""


def create_equipment_many(
    reg: Register,
    items: Sequence[EquipmentInput | dict[str, Any]],
    *,
    rooms_to_create: Mapping[str, RoomInput | dict[str, Any]] | None = None,
    note: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Add many items (an Excel import) in ONE transaction: all of them or none.

    Each item is validated like ``create_equipment`` and gets the same derived columns
    and its own audit line. ``rooms_to_create`` maps new room ids (chosen by the
    caller, so items can name them in ``room_id``) to the rooms to add first.
    Any problem raises ServiceError, naming the item, and nothing is written.
    Returns the new items' ids, in order.
    """
    values: list[EquipmentInput] = []
    for i, item in enumerate(items):
        try:
            values.append(parse(EquipmentInput, item))
        except ServiceError as exc:
            raise _nth_error(i, exc) from None
    new_rooms = {rid: parse(RoomInput, data) for rid, data in (rooms_to_create or {}).items()}
    suffix = f" ({note})" if note else ""
    total = len(values)
    ids: list[str] = []
    with reg.write() as s:
        school_id = reg.school_id
        rooms = _live_rooms(s, school_id)
        taken_room_codes = {normalise_code(r.code) for r in rooms.values()}
        for room_id, room_data in new_rooms.items():
            code = normalise_code(room_data.code)
            if code in taken_room_codes:
                raise ServiceError.for_field(
                    "code", f"Mã phòng «{room_data.code}» đã có trong sổ. Hãy dùng mã khác."
                )
            taken_room_codes.add(code)
            # rooms._values: the room's derived columns, as create_room computes them.
            new = Room(id=room_id, school_id=school_id, **rooms_service._values(room_data))
            s.add(new)
            s.flush()
            audit.record(
                s, reg, "room", new.id, "create", summary=f"{new.code} – {new.name}{suffix}"
            )
            rooms[new.id] = new
        # One query for every live code, not one per item (10,000 items in seconds).
        taken: dict[str, str] = dict(
            s.execute(
                select(Equipment.asset_code_norm, Equipment.asset_code).where(
                    Equipment.school_id == school_id, Equipment.deleted_at.is_(None)
                )
            ).all()
        )
        for start in range(0, total, BULK_CHUNK):
            stamp = now_utc()
            rows: list[dict[str, Any]] = []
            history: list[dict[str, Any]] = []
            for i in range(start, min(start + BULK_CHUNK, total)):
                data = values[i]
                room: Room | None = None
                if data.room_id is not None:
                    room = rooms.get(data.room_id)
                    if room is None:
                        raise _nth_error(
                            i,
                            ServiceError.for_field(
                                "room_id",
                                "Phòng đã chọn không có trong sổ (có thể đã bị xóa). "
                                "Hãy chọn phòng khác.",
                            ),
                        )
                fields = _values(data)
                code_norm = fields["asset_code_norm"]
                if code_norm in taken:
                    raise _nth_error(
                        i,
                        ServiceError.for_field(
                            "asset_code",
                            f"Mã tài sản «{taken[code_norm]}» đã có trong sổ. "
                            "Mỗi thiết bị cần một mã riêng.",
                        ),
                    )
                taken[code_norm] = data.asset_code
                item_id = uuid7()
                fields.update(
                    id=item_id,
                    school_id=school_id,
                    search_text=equipment_search_text(data, room),
                    created_at=stamp,
                    updated_at=stamp,
                    deleted_at=None,
                    version=1,
                )
                rows.append(fields)
                history.append(
                    audit.bulk_row(
                        reg,
                        stamp,
                        "equipment",
                        item_id,
                        "import",
                        f"{data.asset_code} – {data.name}{suffix}",
                    )
                )
                ids.append(item_id)
            _insert_many(s, Equipment.__table__, rows)
            s.execute(insert(AuditEntry), history)
            if progress is not None:
                progress(len(ids), total)
        if ids:
            audit.record(
                s,
                reg,
                "equipment",
                school_id,
                "import",
                {"count": [None, len(ids)]},
                f"Nhập {len(ids)} thiết bị{suffix}",
            )
    return ids


def _nth_error(index: int, exc: ServiceError) -> ServiceError:
    """The error of one item of a batch, saying which one."""
    where = f"Thiết bị thứ {index + 1}: "
    return ServiceError(where + exc.message, {k: where + v for k, v in exc.fields.items()})


def _live_rooms(s: Session, school_id: str) -> dict[str, Room]:
    stmt = select(Room).where(Room.school_id == school_id, Room.deleted_at.is_(None))
    return {room.id: room for room in s.scalars(stmt)}


def _insert_many(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Multi-row INSERTs: the FTS5 trigger flushes its terms once per statement, so a
    plain executemany (one statement per row) indexes several times slower. Asking
    for RETURNING makes SQLAlchemy batch the rows ("insertmanyvalues")."""
    if not rows:
        return
    if s.get_bind().dialect.insert_returning:
        s.execute(insert(table).returning(table.c.id), rows).all()
    else:  # pragma: no cover - old SQLite
        s.execute(insert(table), rows)


def get_equipment(reg: Register, item_id: str) -> Equipment:
    with reg.read() as s:
        item = s.get(Equipment, item_id)
    if item is None or item.school_id != reg.school_id:
        raise ServiceError("Không tìm thấy thiết bị này trong sổ.")
    return item


def find_by_asset_code(reg: Register, code: str) -> Equipment | None:
    """Exact asset code (as a barcode scanner types it), live rows only."""
    with reg.read() as s:
        return s.scalars(
            select(Equipment).where(
                Equipment.school_id == reg.school_id,
                Equipment.asset_code_norm == normalise_code(code),
                Equipment.deleted_at.is_(None),
            )
        ).first()


def update_equipment(
    reg: Register,
    item_id: str,
    data: EquipmentInput | dict[str, Any],
    expected_version: int | None = None,
) -> Equipment:
    values = parse(EquipmentInput, data)
    with reg.write() as s:
        item = _live_item(s, reg, item_id)
        check_version(item, expected_version, "Thiết bị")
        fields = _values(values)
        _check_code_free(s, reg.school_id, fields["asset_code_norm"], item.id)
        new_room = _room_or_error(s, reg.school_id, values.room_id)
        old_room_id = item.room_id
        changes = apply_fields(item, fields)
        for derived in ("asset_code_norm", "name_norm"):
            changes.pop(derived, None)
        if changes:
            item.search_text = equipment_search_text(item, new_room)
            action = "update"
            if set(changes) == {"room_id"}:
                action = "move"
            audit.record(
                s,
                reg,
                "equipment",
                item.id,
                action,
                _with_room_names(s, changes, old_room_id, values.room_id),
                f"Sửa {item.asset_code}",
            )
    return item


def move_equipment(
    reg: Register, item_ids: Iterable[str], room_id: str | None, note: str = ""
) -> int:
    """Move items to another room (or to no room). Returns how many moved."""
    with reg.write() as s:
        return move_in_session(s, reg, item_ids, room_id, note)


def move_in_session(
    s: Session, reg: Register, item_ids: Iterable[str], room_id: str | None, note: str = ""
) -> int:
    """``move_equipment`` inside the caller's transaction (a handover moves items and
    writes its own rows in one go)."""
    moved = 0
    room = _room_or_error(s, reg.school_id, room_id)
    for item_id in item_ids:
        item = _live_item(s, reg, item_id)
        if item.room_id == room_id:
            continue
        old_room_id = item.room_id
        item.room_id = room_id
        item.search_text = equipment_search_text(item, room)
        changes = _with_room_names(s, {"room_id": [old_room_id, room_id]}, old_room_id, room_id)
        target = room.code if room else "(không có phòng)"
        audit.record(
            s,
            reg,
            "equipment",
            item.id,
            "move",
            changes,
            f"Chuyển {item.asset_code} đến {target}" + (f": {note}" if note else ""),
        )
        moved += 1
    return moved


def delete_equipment(reg: Register, item_ids: Iterable[str], reason: str = "") -> int:
    """Soft delete: the row stays as a tombstone (it syncs) and can be restored."""
    count = 0
    with reg.write() as s:
        for item_id in item_ids:
            item = _live_item(s, reg, item_id)
            item.deleted_at = now_utc()
            audit.record(
                s,
                reg,
                "equipment",
                item.id,
                "delete",
                summary=f"Xóa {item.asset_code}" + (f": {reason}" if reason else ""),
            )
            count += 1
    return count


def restore_equipment(reg: Register, item_ids: Iterable[str]) -> int:
    count = 0
    with reg.write() as s:
        for item_id in item_ids:
            item = s.get(Equipment, item_id)
            if item is None or item.school_id != reg.school_id:
                raise ServiceError("Không tìm thấy thiết bị này trong sổ.")
            if item.deleted_at is None:
                continue
            _check_code_free(s, reg.school_id, item.asset_code_norm, item.id)
            changes: dict[str, list[Any]] = {}
            if item.room_id is not None:
                room = s.get(Room, item.room_id)
                if room is not None and room.deleted_at is not None:
                    # Its room was deleted meanwhile: the item comes back without a room.
                    changes = _with_room_names(
                        s, {"room_id": [item.room_id, None]}, item.room_id, None
                    )
                    item.room_id = None
                    item.search_text = equipment_search_text(item, None)
            item.deleted_at = None
            audit.record(
                s,
                reg,
                "equipment",
                item.id,
                "restore",
                changes,
                f"Khôi phục {item.asset_code}",
            )
            count += 1
    return count


def _live_item(s: Session, reg: Register, item_id: str) -> Equipment:
    item = s.get(Equipment, item_id)
    if item is None or item.school_id != reg.school_id or item.deleted_at is not None:
        raise ServiceError("Không tìm thấy thiết bị này trong sổ (có thể đã bị xóa).")
    return item


def _with_room_names(
    s: Session, changes: dict[str, list[Any]], old_id: str | None, new_id: str | None
) -> dict[str, list[Any]]:
    """Audit entries name the rooms, so history still reads well if a room goes."""
    if "room_id" not in changes:
        return changes
    names = []
    for rid in (old_id, new_id):
        room = s.get(Room, rid) if rid else None
        names.append(f"{room.code} – {room.name}" if room else "")
    return {**changes, "room": names}
