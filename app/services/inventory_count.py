"""Kiểm kê: opening a count, counting item by item, pausing, resuming, cancelling.

*Opening* copies the book's figures of every item in scope (live, not disposed) into
the count's lines, in bulk. Two counts never overlap: a count is refused while an
open or paused one shares a room with it (the whole school shares every room).

*Counting* writes each line at once, in its own small transaction, so a power cut
loses nothing: a scan of a single item counts it in the condition the book has (good
if the book had it lost); a lot gets its counted quantities typed in by condition.
An item found that the scope did not expect gets a line of its own (``expected``
false). Who counted a line, when and where, is on the line itself (it syncs like
every row): the audit trail gets a line per count-level action (open, change, pause,
resume, cancel, finalise) and one per register item a finalise changes, not one per
scan. Lost units are not counted: they are what is not found (see ``inventory_lines``).

Finalising is in ``inventory_finalise``. A finalised or cancelled count is read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import Equipment, InventoryCount, InventoryLine, Room
from app.models.enums import CountStatus, EquipmentStatus
from app.models.ids import uuid7
from app.services import audit
from app.services.common import apply_fields, check_version, now_utc
from app.services.disposals import CommitteeMember, units_on_loan
from app.services.errors import ServiceError
from app.services.inventory_lines import CountRow, LineRow, get_count, line_of
from app.services.register import Register
from app.services.schemas import EARLIEST_YEAR, FieldProblem, clean_text, parse
from app.services.text import normalise_code

ROLE_CHAIR = "Trưởng ban"
ROLE_MEMBER = "Thành viên"
ROLE_SECRETARY = "Thư ký"
COMMITTEE_ROLES = (ROLE_CHAIR, ROLE_MEMBER, ROLE_SECRETARY)
AHEAD_DAYS = 31  # a count may be opened the weeks before its date, not later
NOT_FOUND_REASON = "Không tìm thấy khi kiểm kê"
INSERT_CHUNK = 2000
MAX_UNITS = 1_000_000


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


class CountDetails(_Input):
    """What can still be changed while a count is open or paused."""

    title: str = Field(min_length=1, max_length=200)
    counted_on: date  # thời điểm kiểm kê
    committee: list[CommitteeMember] = Field(default_factory=list)
    conclusion: str = Field(default="", max_length=5000)
    notes: str = Field(default="", max_length=5000)

    @field_validator("title")
    @classmethod
    def _visible(cls, v: str) -> str:
        return clean_text(v, "Tên đợt kiểm kê")

    @field_validator("counted_on")
    @classmethod
    def _sensible_date(cls, v: date) -> date:
        if v.year < EARLIEST_YEAR:
            raise ValueError(f"Thời điểm kiểm kê ({v:%d/%m/%Y}) quá xa trong quá khứ.")
        if v > date.today() + timedelta(days=AHEAD_DAYS):
            raise ValueError(
                f"Thời điểm kiểm kê ({v:%d/%m/%Y}) còn hơn một tháng nữa mới tới. "
                "Hãy kiểm tra lại ngày, hoặc ngày giờ của máy tính nếu máy đang sai."
            )
        return v

    @model_validator(mode="after")
    def _one_chair(self) -> Self:
        chairs = [m for m in self.committee if m.role.lower() == ROLE_CHAIR.lower()]
        if len(chairs) > 1:
            raise FieldProblem("committee", "Ban kiểm kê chỉ có một trưởng ban.")
        return self


class CountInput(CountDetails):
    """A new count: its details and its scope (the whole school, or some rooms)."""

    whole_school: bool = True
    room_ids: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _scope(self) -> Self:
        if self.whole_school:
            self.room_ids = []
        else:
            self.room_ids = list(dict.fromkeys(r for r in self.room_ids if r))
            if not self.room_ids:
                raise FieldProblem(
                    "room_ids",
                    "Chưa chọn phòng nào: hãy chọn các phòng cần kiểm kê, "
                    "hoặc kiểm kê toàn trường.",
                )
        return self


class CountEntry(_Input):
    """What the committee counted of one item, in the room being counted."""

    equipment_id: str = Field(min_length=1)
    room_id: str | None = None  # where it was found; None: where the book has it
    good: int = Field(default=0, ge=0, le=MAX_UNITS)
    minor_damage: int = Field(default=0, ge=0, le=MAX_UNITS)
    broken: int = Field(default=0, ge=0, le=MAX_UNITS)
    to_dispose: int = Field(default=0, ge=0, le=MAX_UNITS)
    reason: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _dispose_of_found(self) -> Self:
        found = self.good + self.minor_damage + self.broken
        if self.to_dispose > found:
            raise FieldProblem(
                "to_dispose",
                f"Số chờ thanh lý ({self.to_dispose}) không thể nhiều hơn số đếm được ({found}).",
            )
        return self


# == reading inside a transaction ========================================================


def _count(s: Session, reg: Register, count_id: str) -> InventoryCount:
    count = s.get(InventoryCount, count_id)
    if count is None or count.school_id != reg.school_id or count.deleted_at is not None:
        raise ServiceError("Không tìm thấy đợt kiểm kê này (có thể đã bị xóa).")
    return count


def active_count(s: Session, reg: Register, count_id: str, counting: bool) -> InventoryCount:
    """The count, refused once finalised or cancelled; ``counting``: refused while
    paused too."""
    count = _count(s, reg, count_id)
    if count.status == CountStatus.FINALISED:
        when = f" ngày {count.finalised_at.astimezone():%d/%m/%Y}" if count.finalised_at else ""
        raise ServiceError(
            f"Đợt kiểm kê «{count.title}» đã chốt{when}: chỉ xem và in được, không sửa được nữa."
        )
    if count.status == CountStatus.CANCELLED:
        raise ServiceError(
            f"Đợt kiểm kê «{count.title}» đã hủy: chỉ xem được. Hãy mở một đợt kiểm kê mới."
        )
    if counting and count.status == CountStatus.PAUSED:
        raise ServiceError(
            f"Đợt kiểm kê «{count.title}» đang tạm dừng. Hãy bấm «Tiếp tục» trước khi kiểm tiếp."
        )
    return count


def _scope_words(count: InventoryCount, codes: dict[str, str]) -> str:
    if count.whole_school:
        return "toàn trường"
    return "các phòng " + ", ".join(sorted(codes.get(r, "?") for r in count.room_ids))


def _room_codes(s: Session, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(s.execute(select(Room.id, Room.code).where(Room.id.in_(list(ids)))).all())


def _check_scope_rooms(s: Session, reg: Register, room_ids: Sequence[str]) -> None:
    live = set(
        s.scalars(
            select(Room.id).where(
                Room.id.in_(list(room_ids)),
                Room.school_id == reg.school_id,
                Room.deleted_at.is_(None),
            )
        )
    )
    if len(live) != len(set(room_ids)):
        raise ServiceError.for_field(
            "room_ids",
            "Có phòng đã chọn không còn trong sổ (có thể vừa bị xóa). Hãy chọn lại các phòng.",
        )


def overlapping(
    s: Session, reg: Register, whole_school: bool, room_ids: Sequence[str]
) -> tuple[InventoryCount, list[str]] | None:
    """An open or paused count sharing a room with this scope, and the shared rooms
    (empty when one of them is the whole school)."""
    actives = s.scalars(
        select(InventoryCount)
        .where(
            InventoryCount.school_id == reg.school_id,
            InventoryCount.deleted_at.is_(None),
            InventoryCount.status.in_([CountStatus.OPEN, CountStatus.PAUSED]),
        )
        .order_by(InventoryCount.started_at)
    )
    for other in actives:
        if whole_school or other.whole_school:
            return other, []
        shared = sorted(set(room_ids) & set(other.room_ids))
        if shared:
            return other, shared
    return None


def _overlap_error(s: Session, other: InventoryCount, shared: list[str]) -> ServiceError:
    codes = _room_codes(s, [*other.room_ids, *shared])
    state = "đang tạm dừng" if other.status == CountStatus.PAUSED else "đang kiểm kê"
    where = _scope_words(other, codes)
    clash = (
        "trùng phòng " + ", ".join(sorted(codes.get(r, "?") for r in shared))
        if shared
        else "trùng phạm vi (kiểm kê toàn trường gồm mọi phòng)"
    )
    return ServiceError.for_field(
        "room_ids",
        f"Đợt kiểm kê «{other.title}» ngày {other.counted_on:%d/%m/%Y} ({where}) {state}, "
        f"{clash}. Hai đợt kiểm kê không được trùng phòng: hãy chốt hoặc hủy đợt đó trước, "
        "hoặc chọn các phòng khác.",
    )


# == opening =============================================================================


def _committee_json(values: CountDetails) -> list[dict[str, Any]]:
    return [m.model_dump() for m in values.committee]


def open_count(reg: Register, data: CountInput | dict[str, Any]) -> CountRow:
    """Open a count: the book's figures of every item in scope become its lines."""
    values = parse(CountInput, data)
    with reg.write() as s:
        if not values.whole_school:
            _check_scope_rooms(s, reg, values.room_ids)
        clash = overlapping(s, reg, values.whole_school, values.room_ids)
        if clash is not None:
            raise _overlap_error(s, *clash)
        fields = values.model_dump()
        fields["committee"] = _committee_json(values)
        count = InventoryCount(
            school_id=reg.school_id, status=CountStatus.OPEN, started_at=now_utc(), **fields
        )
        s.add(count)
        s.flush()
        lines = _snapshot(s, reg, count)
        where = _scope_words(count, _room_codes(s, count.room_ids))
        audit.record(
            s,
            reg,
            "inventory_count",
            count.id,
            "open",
            {"lines": [None, lines]},
            f"Mở đợt kiểm kê «{count.title}» ({where}): {lines} thiết bị theo sổ",
        )
    return get_count(reg, count.id)


def _snapshot(s: Session, reg: Register, count: InventoryCount) -> int:
    """The in-scope items' book figures as the count's lines, in bulk INSERTs."""
    stmt = select(
        Equipment.id,
        Equipment.room_id,
        Equipment.quantity,
        Equipment.qty_good,
        Equipment.qty_minor_damage,
        Equipment.qty_broken,
        Equipment.qty_lost,
        Equipment.unit_price,
    ).where(
        Equipment.school_id == reg.school_id,
        Equipment.deleted_at.is_(None),
        Equipment.status != EquipmentStatus.DISPOSED,
    )
    if not count.whole_school:
        stmt = stmt.where(Equipment.room_id.in_(count.room_ids))
    stamp = now_utc()
    rows: list[dict[str, Any]] = []
    made = 0
    for item_id, room_id, qty, good, minor, broken, lost, price in s.execute(stmt):
        rows.append(
            {
                "id": uuid7(),
                "school_id": reg.school_id,
                "created_at": stamp,
                "updated_at": stamp,
                "deleted_at": None,
                "version": 1,
                "count_id": count.id,
                "equipment_id": item_id,
                "expected": True,
                "book_room_id": room_id,
                "book_quantity": qty,
                "book_good": good,
                "book_minor_damage": minor,
                "book_broken": broken,
                "book_lost": lost,
                "unit_price": price,
                "counted": False,
                "found_room_id": None,
                "counted_good": 0,
                "counted_minor_damage": 0,
                "counted_broken": 0,
                "counted_lost": 0,
                "to_dispose": 0,
                "on_loan": 0,
                "counted_at": None,
                "counted_by": "",
                "reason": "",
            }
        )
        if len(rows) == INSERT_CHUNK:
            s.execute(insert(InventoryLine), rows)
            made += len(rows)
            rows = []
    if rows:
        s.execute(insert(InventoryLine), rows)
        made += len(rows)
    return made


# == the count's own changes =============================================================


def update_count(
    reg: Register,
    count_id: str,
    data: CountDetails | dict[str, Any],
    expected_version: int | None = None,
) -> CountRow:
    """Change the title, date, committee, conclusion or notes (not the scope: cancel
    and open another count for that)."""
    values = parse(CountDetails, data)
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=False)
        check_version(count, expected_version, "Đợt kiểm kê")
        fields = values.model_dump()
        fields["committee"] = _committee_json(values)
        changes = apply_fields(count, fields)
        if changes:
            audit.record(
                s,
                reg,
                "inventory_count",
                count.id,
                "update",
                changes,
                f"Sửa đợt kiểm kê «{count.title}»",
            )
    return get_count(reg, count_id)


def _set_status(
    reg: Register, count_id: str, wanted: CountStatus, action: str, summary: str
) -> CountRow:
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=False)
        if count.status == wanted:
            return get_count(reg, count_id)
        changes = apply_fields(count, {"status": wanted})
        audit.record(
            s, reg, "inventory_count", count.id, action, changes, f"{summary} «{count.title}»"
        )
    return get_count(reg, count_id)


def pause_count(reg: Register, count_id: str) -> CountRow:
    """Stop counting for now; every line counted so far is kept as it is."""
    return _set_status(reg, count_id, CountStatus.PAUSED, "pause", "Tạm dừng đợt kiểm kê")


def resume_count(reg: Register, count_id: str) -> CountRow:
    return _set_status(reg, count_id, CountStatus.OPEN, "resume", "Tiếp tục đợt kiểm kê")


def cancel_count(reg: Register, count_id: str, reason: str = "") -> CountRow:
    """Give a count up: nothing of it reaches the register; its lines stay as history."""
    reason = reason.strip()[:500]
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=False)
        changes = apply_fields(count, {"status": CountStatus.CANCELLED})
        if reason:
            note = f"Lý do hủy: {reason}"
            changes.update(apply_fields(count, {"notes": f"{count.notes}\n{note}".strip()}))
        audit.record(
            s,
            reg,
            "inventory_count",
            count.id,
            "cancel",
            changes,
            f"Hủy đợt kiểm kê «{count.title}»" + (f": {reason}" if reason else ""),
        )
    return get_count(reg, count_id)


# == counting ============================================================================


class ScanKind(StrEnum):
    COUNTED = "counted"  # a single item, counted now
    ALREADY = "already"  # a single item counted before in this room: nothing changed
    ENTER_QUANTITIES = "enter_quantities"  # a lot: its counted quantities are typed in
    UNKNOWN = "unknown"  # no live item has this asset code
    DISPOSED = "disposed"  # the item was disposed of: it is not counted


@dataclass(frozen=True)
class BookFigures:
    """An item as the register has it now (for a lot found outside the scope, which
    has no line until its quantities are saved)."""

    equipment_id: str
    asset_code: str
    name: str
    unit: str
    room_id: str | None
    room_code: str | None
    quantity: int
    good: int
    minor_damage: int
    broken: int
    lost: int


@dataclass(frozen=True)
class ScanResult:
    kind: ScanKind
    code: str  # as scanned
    line: LineRow | None = None  # the item's line (as saved, when the scan counted it)
    item: BookFigures | None = None  # the item, for a lot with no line yet
    extra: bool = False  # the count's scope did not expect the item
    other_room: bool = False  # found in a room other than the book's
    before_room_code: str | None = None  # a single counted before in another room
    on_loan: int = 0  # units of the item out on loan now


def _room_for_count(
    s: Session, reg: Register, count: InventoryCount, room_id: str | None
) -> Room | None:
    if room_id is None:
        return None
    room = s.get(Room, room_id)
    if room is None or room.school_id != reg.school_id or room.deleted_at is not None:
        raise ServiceError.for_field("room_id", "Phòng đang kiểm không còn trong sổ.")
    if not count.whole_school and room.id not in count.room_ids:
        raise ServiceError.for_field(
            "room_id",
            f"Phòng {room.code} không thuộc phạm vi đợt kiểm kê «{count.title}». "
            "Hãy chọn một phòng của đợt này.",
        )
    return room


def _item_by_code(s: Session, reg: Register, code: str) -> Equipment | None:
    return s.scalars(
        select(Equipment).where(
            Equipment.school_id == reg.school_id,
            Equipment.asset_code_norm == normalise_code(code),
            Equipment.deleted_at.is_(None),
        )
    ).first()


def _live_item(s: Session, reg: Register, item_id: str) -> Equipment:
    item = s.get(Equipment, item_id)
    if item is None or item.school_id != reg.school_id or item.deleted_at is not None:
        raise ServiceError.for_field(
            "equipment_id", "Thiết bị này không còn trong sổ (có thể vừa bị xóa)."
        )
    if item.status == EquipmentStatus.DISPOSED:
        raise ServiceError.for_field(
            "equipment_id", f"Thiết bị {item.asset_code} đã thanh lý nên không kiểm kê nữa."
        )
    return item


def _line_for(s: Session, count_id: str, item_id: str) -> InventoryLine | None:
    return s.scalars(
        select(InventoryLine).where(
            InventoryLine.count_id == count_id,
            InventoryLine.equipment_id == item_id,
            InventoryLine.deleted_at.is_(None),
        )
    ).first()


def _extra_line(s: Session, reg: Register, count: InventoryCount, item: Equipment) -> InventoryLine:
    """A line for an item the scope did not expect, with the book's figures of now. A
    line removed by an undo comes back (one line per item and count)."""
    line = s.scalars(
        select(InventoryLine).where(
            InventoryLine.count_id == count.id, InventoryLine.equipment_id == item.id
        )
    ).first()
    if line is None:
        line = InventoryLine(school_id=reg.school_id, count_id=count.id, equipment_id=item.id)
        s.add(line)
    line.deleted_at = None
    line.expected = False
    line.book_room_id = item.room_id
    line.book_quantity = item.quantity
    line.book_good = item.qty_good
    line.book_minor_damage = item.qty_minor_damage
    line.book_broken = item.qty_broken
    line.book_lost = item.qty_lost
    line.unit_price = item.unit_price
    return line


def _write_counted(
    reg: Register,
    line: InventoryLine,
    room_id: str | None,
    figures: tuple[int, int, int],
    outstanding: int,
    to_dispose: int = 0,
    reason: str | None = None,
) -> None:
    """Set what was counted. Lent units explain only units not found: an item on
    loan that is found here was returned, whatever the loan book says yet."""
    good, minor, broken = figures
    found = good + minor + broken
    on_loan = min(outstanding, max(line.book_quantity - found, 0))
    line.counted = True
    line.counted_good, line.counted_minor_damage, line.counted_broken = good, minor, broken
    line.on_loan = on_loan
    line.counted_lost = max(line.book_quantity - found - on_loan, 0)
    line.to_dispose = to_dispose
    line.found_room_id = room_id if room_id is not None else line.book_room_id
    line.counted_at = now_utc()
    line.counted_by = reg.actor[:100]
    if reason is not None:
        line.reason = reason


def _single_figures(line: InventoryLine) -> tuple[int, int, int]:
    """One unit, in the condition the book has it (good when the book had it lost)."""
    if line.book_broken:
        return 0, 0, 1
    if line.book_minor_damage:
        return 0, 1, 0
    return 1, 0, 0


def _outstanding(s: Session, item_id: str) -> int:
    return units_on_loan(s, [item_id]).get(item_id, 0)


def scan(reg: Register, count_id: str, code: str, room_id: str | None) -> ScanResult:
    """A code scanned (or typed) in the room being counted (None: wherever the book
    has the item). A single item is counted at once; a lot asks for its quantities
    (nothing is written until they are saved)."""
    code = code.strip()
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=True)
        room = _room_for_count(s, reg, count, room_id)
        item = _item_by_code(s, reg, code) if code else None
        if item is None:
            return ScanResult(ScanKind.UNKNOWN, code)
        if item.status == EquipmentStatus.DISPOSED:
            return ScanResult(ScanKind.DISPOSED, code, item=_book(s, item))
        outstanding = _outstanding(s, item.id)
        line = _line_for(s, count.id, item.id)
        extra = line is None or not line.expected
        book_room = line.book_room_id if line is not None else item.room_id
        here = room.id if room is not None else book_room
        is_lot = (line.book_quantity if line is not None else item.quantity) > 1
        if is_lot:
            return ScanResult(
                ScanKind.ENTER_QUANTITIES,
                code,
                line=line_of(s, line.id) if line is not None else None,
                item=_book(s, item),
                extra=extra,
                other_room=book_room != here,
                on_loan=outstanding,
            )
        if line is None:
            line = _extra_line(s, reg, count, item)
            s.flush()
        before: str | None = None
        found = line.counted_good + line.counted_minor_damage + line.counted_broken
        if line.counted and found and line.found_room_id == here:
            return ScanResult(
                ScanKind.ALREADY,
                code,
                line=line_of(s, line.id),
                extra=extra,
                other_room=line.book_room_id != here,
                on_loan=outstanding,
            )
        if line.counted and found and line.found_room_id is not None:
            before = _room_codes(s, [line.found_room_id]).get(line.found_room_id)
        figures = _single_figures(line)
        if line.counted and found:  # counted elsewhere before: keep its condition
            figures = (line.counted_good, line.counted_minor_damage, line.counted_broken)
        _write_counted(reg, line, room.id if room else None, figures, outstanding)
        s.flush()
        return ScanResult(
            ScanKind.COUNTED,
            code,
            line=line_of(s, line.id),
            extra=extra,
            other_room=line.book_room_id != here,
            before_room_code=before,
            on_loan=outstanding,
        )


def _book(s: Session, item: Equipment) -> BookFigures:
    code = _room_codes(s, [item.room_id]).get(item.room_id) if item.room_id else None
    return BookFigures(
        item.id,
        item.asset_code,
        item.name,
        item.unit,
        item.room_id,
        code,
        item.quantity,
        item.qty_good,
        item.qty_minor_damage,
        item.qty_broken,
        item.qty_lost,
    )


def record_count(reg: Register, count_id: str, data: CountEntry | dict[str, Any]) -> LineRow:
    """Save what was counted of one item (a lot's quantities, or a corrected single):
    the item's line, made for an item the scope did not expect."""
    entry = parse(CountEntry, data)
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=True)
        room = _room_for_count(s, reg, count, entry.room_id)
        item = _live_item(s, reg, entry.equipment_id)
        line = _line_for(s, count.id, item.id)
        if line is None:
            line = _extra_line(s, reg, count, item)
        _write_counted(
            reg,
            line,
            room.id if room else None,
            (entry.good, entry.minor_damage, entry.broken),
            _outstanding(s, item.id),
            entry.to_dispose,
            entry.reason,
        )
        s.flush()
        return line_of(s, line.id)


def _lines(s: Session, count_id: str, line_ids: Sequence[str]) -> list[InventoryLine]:
    wanted = list(dict.fromkeys(line_ids))
    found: list[InventoryLine] = []
    for start in range(0, len(wanted), 500):
        found += s.scalars(
            select(InventoryLine).where(
                InventoryLine.id.in_(wanted[start : start + 500]),
                InventoryLine.count_id == count_id,
                InventoryLine.deleted_at.is_(None),
            )
        )
    return found


def tick_lines(
    reg: Register, count_id: str, line_ids: Sequence[str], room_id: str | None = None
) -> int:
    """Lines found as the book has them (ticked in the table), in ``room_id`` (None:
    the book's room). Lines already counted keep their figures. Returns how many."""
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=True)
        room = _room_for_count(s, reg, count, room_id)
        lines = [line for line in _lines(s, count.id, line_ids) if not line.counted]
        lent = units_on_loan(s, [line.equipment_id for line in lines])
        for line in lines:
            on_loan = min(lent.get(line.equipment_id, 0), line.book_good)
            figures = (line.book_good - on_loan, line.book_minor_damage, line.book_broken)
            _write_counted(reg, line, room.id if room else None, figures, on_loan)
        return len(lines)


def mark_not_found(reg: Register, count_id: str, line_ids: Sequence[str]) -> int:
    """Lines the committee looked for and did not find: nothing counted (units out
    on loan aside). Lines of unexpected items are left alone (undo them instead)."""
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=True)
        lines = [line for line in _lines(s, count.id, line_ids) if line.expected]
        lent = units_on_loan(s, [line.equipment_id for line in lines])
        for line in lines:
            _write_counted(
                reg,
                line,
                None,
                (0, 0, 0),
                lent.get(line.equipment_id, 0),
                reason=line.reason or NOT_FOUND_REASON,
            )
            line.found_room_id = None
        return len(lines)


def undo_lines(reg: Register, count_id: str, line_ids: Sequence[str]) -> int:
    """Take back what was counted of these lines (a wrong scan): they are not counted
    again; a line of an unexpected item goes. Returns how many."""
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=True)
        lines = [
            line for line in _lines(s, count.id, line_ids) if line.counted or not line.expected
        ]
        stamp = now_utc()
        for line in lines:
            if not line.expected:
                line.deleted_at = stamp
            line.counted = False
            line.counted_good = line.counted_minor_damage = line.counted_broken = 0
            line.counted_lost = line.to_dispose = line.on_loan = 0
            line.found_room_id = None
            line.counted_at = None
            line.counted_by = ""
        return len(lines)
