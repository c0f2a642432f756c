"""Điều chuyển, bàn giao: items handed from one room to another, and the transfers
between schools that the district prepares (they arrive through sync, read-only here).

A handover (biên bản bàn giao) moves one or several items into one room on a date.
A whole item changes room; part of a lot is split off as a new register item with its
own asset code ("TB-0004.1": the lot's code, a dot and the first free number) and the
moved units, the lot keeping the rest. Each moved item gets a ``Transfer`` row; the
rows of one handover share a ``batch_id`` and print as one sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import Equipment, Room, Transfer
from app.models.enums import EquipmentStatus, TransferKind
from app.models.ids import uuid7
from app.services import audit
from app.services.common import apply_fields
from app.services.disposals import units_on_loan
from app.services.equipment import create_in_session, move_in_session
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import EquipmentInput, FieldProblem, clean_text, not_in_future, parse
from app.services.text import normalise_code, search_terms

CONDITIONS = ("qty_good", "qty_minor_damage", "qty_broken", "qty_lost")
CODE_LIMIT = 40  # Equipment.asset_code


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


class TransferLineInput(_Input):
    """One item of a handover: the whole item (no quantity), or some of its units."""

    equipment_id: str = Field(min_length=1)
    quantity: int | None = Field(default=None, ge=1, le=1_000_000)
    # The moved units by condition; none given: good units first, then the others.
    qty_good: int | None = Field(default=None, ge=0)
    qty_minor_damage: int | None = Field(default=None, ge=0)
    qty_broken: int | None = Field(default=None, ge=0)
    qty_lost: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _counts_add_up(self) -> Self:
        counts = [getattr(self, c) for c in CONDITIONS]
        if all(c is None for c in counts):
            return self
        total = sum(c or 0 for c in counts)
        if self.quantity is None:
            self.quantity = total
        if total != self.quantity:
            raise FieldProblem(
                "quantity",
                f"Số lượng theo tình trạng cộng lại bằng {total}, khác số lượng chuyển "
                f"({self.quantity}).",
            )
        if total == 0:
            raise FieldProblem("quantity", "Số lượng chuyển phải lớn hơn 0.")
        return self

    def split(self) -> dict[str, int] | None:
        if all(getattr(self, c) is None for c in CONDITIONS):
            return None
        return {c: getattr(self, c) or 0 for c in CONDITIONS}


class RoomTransferInput(_Input):
    to_room_id: str = Field(min_length=1)
    transferred_on: date
    decision_number: str = Field(default="", max_length=60)
    handed_by: str = Field(default="", max_length=100)
    received_by: str = Field(default="", max_length=100)
    reason: str = Field(default="", max_length=2000)
    notes: str = Field(default="", max_length=5000)
    lines: list[TransferLineInput] = Field(default_factory=list, max_length=20_000)

    @field_validator("decision_number", "handed_by", "received_by")
    @classmethod
    def _visible(cls, v: str) -> str:
        return clean_text(v, "Ô này")

    @field_validator("transferred_on")
    @classmethod
    def _not_future(cls, v: date) -> date | None:
        return not_in_future(v, "Ngày bàn giao")

    @model_validator(mode="after")
    def _has_items(self) -> Self:
        if not self.lines:
            raise FieldProblem(
                "lines", "Chưa có thiết bị nào để bàn giao: hãy quét nhãn hoặc tìm thiết bị."
            )
        return self


@dataclass(frozen=True)
class Handover:
    batch_id: str
    transfer_ids: tuple[str, ...]
    moved: tuple[str, ...]  # items that changed room whole
    split_off: tuple[str, ...]  # new items made for part of a lot
    touched: tuple[str, ...]  # every item whose row changed or was made


def _room(s: Session, reg: Register, room_id: str) -> Room:
    room = s.get(Room, room_id)
    if room is None or room.school_id != reg.school_id or room.deleted_at is not None:
        raise ServiceError.for_field(
            "to_room_id", "Phòng nhận không có trong sổ (có thể đã bị xóa). Hãy chọn phòng khác."
        )
    return room


def _item(s: Session, reg: Register, item_id: str) -> Equipment:
    item = s.get(Equipment, item_id)
    if item is None or item.school_id != reg.school_id or item.deleted_at is not None:
        raise ServiceError.for_field(
            "lines", "Một thiết bị trong danh sách không còn trong sổ (có thể đã bị xóa)."
        )
    if item.status == EquipmentStatus.DISPOSED:
        raise ServiceError.for_field(
            "lines", f"Thiết bị {item.asset_code} đã thanh lý, không bàn giao được."
        )
    return item


def deleted_codes(s: Session, school_id: str) -> set[str]:
    """The normalised codes of the school's deleted items (few; read once per handover)."""
    return set(
        s.scalars(
            select(Equipment.asset_code_norm).where(
                Equipment.school_id == school_id, Equipment.deleted_at.is_not(None)
            )
        )
    )


def free_split_code(s: Session, school_id: str, code: str, deleted: set[str]) -> str:
    """``code`` + ".n" with the smallest n no item of the school uses, live or deleted
    (``deleted``: from ``deleted_codes``; a deleted item keeps its code so it can be
    restored). Live codes are looked up in their index, one candidate at a time."""
    n = 1
    while True:
        suffix = f".{n}"
        candidate = code[: CODE_LIMIT - len(suffix)] + suffix
        norm = normalise_code(candidate)
        taken = norm in deleted or s.scalar(
            select(Equipment.id)
            .where(
                Equipment.school_id == school_id,
                Equipment.asset_code_norm == norm,
                Equipment.deleted_at.is_(None),
            )
            .limit(1)
        )
        if not taken:
            return candidate
        n += 1


def _split_counts(
    item: Equipment, quantity: int, asked: dict[str, int] | None, lent: int
) -> dict[str, int]:
    """The moved units by condition: as asked (each within what the item has), else
    good ones first. Lent units are good ones away from the room: they cannot move."""
    have = {c: int(getattr(item, c)) for c in CONDITIONS}
    have["qty_good"] = max(have["qty_good"] - lent, 0)
    if asked is None:
        left, taken = quantity, {}
        for c in CONDITIONS:
            taken[c] = min(have[c], left)
            left -= taken[c]
        if left:
            raise ServiceError.for_field(
                "lines",
                f"{item.asset_code}: {lent} {item.unit} đang cho mượn chưa trả, "
                f"chỉ chuyển được {quantity - left}.",
            )
        return taken
    words = {
        "qty_good": "tốt",
        "qty_minor_damage": "hỏng nhẹ",
        "qty_broken": "hỏng",
        "qty_lost": "mất",
    }
    for c in CONDITIONS:
        if asked[c] > have[c]:
            note = f" ({lent} đang cho mượn)" if c == "qty_good" and lent else ""
            raise ServiceError.for_field(
                "lines",
                f"{item.asset_code} chỉ có {have[c]} {item.unit} {words[c]}{note}, "
                f"không chuyển được {asked[c]}.",
            )
    return dict(asked)


def _copy(
    item: Equipment, code: str, room_id: str, counts: dict[str, int], on: date
) -> EquipmentInput:
    """The new item for units split off a lot: the lot's details, its own code."""
    fields = {name: getattr(item, name) for name in EquipmentInput.model_fields}
    note = f"Tách từ {item.asset_code} khi bàn giao ngày {on:%d/%m/%Y}."
    fields.update(
        asset_code=code,
        room_id=room_id,
        quantity=sum(counts.values()),
        notes=(f"{item.notes.strip()} {note}" if item.notes.strip() else note)[:5000],
        status=EquipmentStatus.IN_USE if item.status == EquipmentStatus.ON_LOAN else item.status,
        **counts,
    )
    return parse(EquipmentInput, fields)


def transfer_between_rooms(reg: Register, data: RoomTransferInput | dict[str, Any]) -> Handover:
    """Hand items over to a room, all of them or none (every refusal writes nothing)."""
    values = parse(RoomTransferInput, data)
    ids = [line.equipment_id for line in values.lines]
    if len(set(ids)) != len(ids):
        raise ServiceError.for_field(
            "lines", "Một thiết bị có hai lần trong danh sách bàn giao; hãy bỏ bớt một dòng."
        )
    batch_id = uuid7()
    transfer_ids: list[str] = []
    moved: list[str] = []
    split_off: list[str] = []
    with reg.write() as s:
        room = _room(s, reg, values.to_room_id)
        lent = units_on_loan(s, ids)
        deleted: set[str] | None = None  # read at the first split
        note = f"bàn giao ngày {values.transferred_on:%d/%m/%Y}" + (
            f", QĐ số {values.decision_number}" if values.decision_number else ""
        )
        for line in values.lines:
            item = _item(s, reg, line.equipment_id)
            if item.room_id == room.id:
                raise ServiceError.for_field(
                    "lines",
                    f"Thiết bị {item.asset_code} đã ở phòng {room.code}: hãy chọn phòng nhận khác.",
                )
            quantity = line.quantity if line.quantity is not None else item.quantity
            if quantity > item.quantity:
                raise ServiceError.for_field(
                    "lines",
                    f"Thiết bị {item.asset_code} chỉ có {item.quantity} {item.unit}, "
                    f"không chuyển được {quantity}.",
                )
            if item.quantity == 0:
                raise ServiceError.for_field(
                    "lines", f"Thiết bị {item.asset_code} có số lượng 0, không có gì để chuyển."
                )
            away = lent.get(item.id, 0)
            if quantity == item.quantity and away:
                # The minutes say the receiver got every unit: not while a teacher has some.
                here = item.quantity - away
                raise ServiceError.for_field(
                    "lines",
                    f"Thiết bị {item.asset_code} còn {away} {item.unit} đang cho mượn chưa trả: "
                    "hãy nhận trả trước khi bàn giao cả thiết bị"
                    + (f", hoặc chỉ chuyển {here} {item.unit} còn ở phòng." if here > 0 else "."),
                )
            from_room = item.room_id
            new_id: str | None = None
            if quantity == item.quantity:
                counts = {c: int(getattr(item, c)) for c in CONDITIONS}
                move_in_session(s, reg, [item.id], room.id, note)
                moved.append(item.id)
            else:
                counts = _split_counts(item, quantity, line.split(), lent.get(item.id, 0))
                if deleted is None:
                    deleted = deleted_codes(s, reg.school_id)
                code = free_split_code(s, reg.school_id, item.asset_code, deleted)
                new = create_in_session(
                    s,
                    reg,
                    _copy(item, code, room.id, counts, values.transferred_on),
                    f"tách {quantity} {item.unit} từ {item.asset_code}, {note} đến {room.code}",
                )
                new_id = new.id
                split_off.append(new.id)
                rest = {c: int(getattr(item, c)) - counts[c] for c in CONDITIONS}
                changes = apply_fields(item, {"quantity": item.quantity - quantity, **rest})
                changes["split_to"] = [None, code]
                audit.record(
                    s,
                    reg,
                    "equipment",
                    item.id,
                    "split",
                    changes,
                    f"Chuyển {quantity} {item.unit} sang mã mới {code} ở {room.code}, {note}",
                )
            transfer = Transfer(
                id=uuid7(),  # known now: no flush per line
                school_id=reg.school_id,
                kind=TransferKind.ROOM,
                batch_id=batch_id,
                equipment_id=item.id,
                new_equipment_id=new_id,
                quantity=quantity,
                from_room_id=from_room,
                to_room_id=room.id,
                transferred_on=values.transferred_on,
                decision_number=values.decision_number,
                handed_by=values.handed_by,
                received_by=values.received_by,
                reason=values.reason,
                notes=values.notes,
                **counts,
            )
            s.add(transfer)
            transfer_ids.append(transfer.id)
        audit.record(
            s,
            reg,
            "transfer",
            batch_id,
            "create",
            {"items": [None, len(transfer_ids)], "to_room": [None, f"{room.code} – {room.name}"]},
            f"Bàn giao {len(transfer_ids)} thiết bị đến {room.code}, {note}",
        )
    return Handover(
        batch_id,
        tuple(transfer_ids),
        tuple(moved),
        tuple(split_off),
        tuple(dict.fromkeys(ids + split_off)),
    )


# -- lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TransferQuery:
    text: str = ""
    kind: TransferKind | None = None
    room_id: str | None = None  # handed from or to this room
    since: date | None = None
    until: date | None = None
    sort: str = "transferred_on"
    descending: bool = True


@dataclass(frozen=True)
class TransferRow:
    id: str
    batch_id: str | None
    kind: TransferKind
    transferred_on: date
    equipment_id: str
    asset_code: str
    name: str
    unit: str
    quantity: int
    qty_good: int
    qty_minor_damage: int
    qty_broken: int
    qty_lost: int
    unit_price: int
    from_room_code: str | None
    from_room_name: str | None
    to_room_code: str | None
    to_room_name: str | None
    from_school_name: str
    to_school_name: str
    to_school_id: str | None
    decision_number: str
    handed_by: str
    received_by: str
    reason: str
    notes: str
    new_asset_code: str | None
    item_room_id: str | None  # where the item is now
    item_deleted: bool  # the item left this school's register (sent to another school)

    @property
    def from_text(self) -> str:
        if self.kind == TransferKind.SCHOOL:
            return self.from_school_name
        return self.from_room_code or ""

    @property
    def to_text(self) -> str:
        if self.kind == TransferKind.SCHOOL:
            return self.to_school_name
        return self.to_room_code or ""


_FROM = aliased(Room)
_TO = aliased(Room)
_NEW = aliased(Equipment)

ROW_COLUMNS = (
    Transfer.id,
    Transfer.batch_id,
    Transfer.kind,
    Transfer.transferred_on,
    Transfer.equipment_id,
    Equipment.asset_code,
    Equipment.name,
    Equipment.unit,
    Transfer.quantity,
    Transfer.qty_good,
    Transfer.qty_minor_damage,
    Transfer.qty_broken,
    Transfer.qty_lost,
    Equipment.unit_price,
    _FROM.code,
    _FROM.name,
    _TO.code,
    _TO.name,
    Transfer.from_school_name,
    Transfer.to_school_name,
    Transfer.to_school_id,
    Transfer.decision_number,
    Transfer.handed_by,
    Transfer.received_by,
    Transfer.reason,
    Transfer.notes,
    _NEW.asset_code,
    Equipment.room_id,
    Equipment.deleted_at.is_not(None),
)

TRANSFER_SORTS: dict[str, Any] = {
    "transferred_on": Transfer.transferred_on,
    "asset_code": Equipment.asset_code_norm,
    "name": Equipment.name_norm,
    "kind": Transfer.kind,
    "quantity": Transfer.quantity,
    "decision_number": Transfer.decision_number,
    "from": _FROM.code,
    "to": _TO.code,
}


def _row_select() -> Select[Any]:
    return select(*ROW_COLUMNS)  # type: ignore[return-value]


def _joined(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.join(Equipment, Equipment.id == Transfer.equipment_id)
        .outerjoin(_FROM, _FROM.id == Transfer.from_room_id)
        .outerjoin(_TO, _TO.id == Transfer.to_room_id)
        .outerjoin(_NEW, _NEW.id == Transfer.new_equipment_id)
    )


def _filtered(reg: Register, q: TransferQuery, stmt: Select[Any]) -> Select[Any]:
    stmt = _joined(stmt).where(Transfer.school_id == reg.school_id, Transfer.deleted_at.is_(None))
    if q.kind is not None:
        stmt = stmt.where(Transfer.kind == q.kind)
    if q.room_id is not None:
        stmt = stmt.where(or_(Transfer.from_room_id == q.room_id, Transfer.to_room_id == q.room_id))
    if q.since is not None:
        stmt = stmt.where(Transfer.transferred_on >= q.since)
    if q.until is not None:
        stmt = stmt.where(Transfer.transferred_on <= q.until)
    terms = search_terms(q.text)
    if terms:
        code = normalise_code(q.text)
        stmt = stmt.where(
            or_(
                and_(*(Equipment.search_text.contains(t, autoescape=True) for t in terms)),
                Equipment.asset_code_norm.startswith(code, autoescape=True),
                _NEW.asset_code_norm.startswith(code, autoescape=True),
                Transfer.decision_number.contains(q.text.strip(), autoescape=True),
            )
        )
    return stmt


def transfer_ids(reg: Register, q: TransferQuery = TransferQuery()) -> list[str]:
    column = TRANSFER_SORTS.get(q.sort, Transfer.transferred_on)
    order = column.desc() if q.descending else column.asc()
    stmt = _filtered(reg, q, select(Transfer.id)).order_by(
        order, Transfer.created_at.desc(), Transfer.id
    )
    with reg.read() as s:
        return list(s.scalars(stmt))


def transfer_rows(reg: Register, ids: Sequence[str]) -> dict[str, TransferRow]:
    if not ids:
        return {}
    stmt = _joined(_row_select()).where(Transfer.id.in_(list(ids)))
    with reg.read() as s:
        return {row[0]: TransferRow(*row) for row in s.execute(stmt)}


def handover_rows(reg: Register, transfer_id: str) -> list[TransferRow]:
    """Every row of the handover ``transfer_id`` belongs to, in asset-code order."""
    with reg.read() as s:
        found = s.get(Transfer, transfer_id)
        if found is None or found.school_id != reg.school_id or found.deleted_at is not None:
            raise ServiceError("Không tìm thấy lần điều chuyển này trong sổ.")
        stmt = _joined(_row_select()).where(Transfer.school_id == reg.school_id)
        if found.batch_id is None:
            stmt = stmt.where(Transfer.id == found.id)
        else:
            stmt = stmt.where(Transfer.batch_id == found.batch_id, Transfer.deleted_at.is_(None))
        stmt = stmt.order_by(Equipment.asset_code_norm, Transfer.id)
        return [TransferRow(*row) for row in s.execute(stmt)]


def find_handover(reg: Register, key: str) -> str:
    """The id of a transfer named by its id, its handover's id, or its decision number
    (one handover), as `sotb print transfer` takes it."""
    with reg.read() as s:
        live = (Transfer.school_id == reg.school_id, Transfer.deleted_at.is_(None))
        by_id = s.scalar(
            select(Transfer.id).where(*live, or_(Transfer.id == key, Transfer.batch_id == key))
        )
        if by_id is not None:
            return by_id
        rows = s.execute(
            select(Transfer.id, Transfer.batch_id).where(
                *live, Transfer.decision_number == key.strip()
            )
        ).all()
    batches = {batch or row_id for row_id, batch in rows}
    if len(batches) == 1:
        return rows[0][0]
    if batches:
        raise ServiceError(
            f"Có {len(batches)} lần bàn giao cùng số quyết định {key!r}; hãy in theo mã."
        )
    raise ServiceError(f"Không có lần điều chuyển nào có mã hoặc số quyết định {key!r}.")


def unplaced_arrivals(reg: Register) -> list[str]:
    """Items another school sent here that have no room yet (for the officer to place)."""
    stmt = (
        select(Equipment.id)
        .join(Transfer, Transfer.equipment_id == Equipment.id)
        .where(
            Transfer.school_id == reg.school_id,
            Transfer.kind == TransferKind.SCHOOL,
            Transfer.to_school_id == reg.school_id,
            Transfer.deleted_at.is_(None),
            Equipment.school_id == reg.school_id,
            Equipment.deleted_at.is_(None),
            Equipment.room_id.is_(None),
            Equipment.status != EquipmentStatus.DISPOSED,
        )
        .order_by(Equipment.asset_code_norm)
    )
    with reg.read() as s:
        return list(dict.fromkeys(s.scalars(stmt)))
