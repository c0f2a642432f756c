"""What the count screens, the minutes and the Excel file read of an inventory count:
the counts with their progress, each line with its book and counted figures, and the
progress by room (read-only queries; the writers are in ``inventory_count``).

How a line's figures read (the same everywhere):

- *found*: the units the committee saw (good + minor damage + broken);
- *present*: found plus the units out on loan when it was counted (the loan book
  accounts for them);
- *thừa* (surplus): present units above the book's quantity;
- *thiếu* (shortage): the book's quantity less the present units. Units the book
  already had as lost are part of it: they were not found either;
- *missing*: units the book held as here (quantity less lost) that were not found:
  what the count newly records as lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import Equipment, InventoryCount, InventoryLine, Room
from app.models.enums import CountStatus, EquipmentStatus
from app.services.disposals import units_on_loan
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.text import fold, normalise_code, search_terms

NO_ROOM = "__none__"  # the "room" of items the book has in no room

FOUND = (
    InventoryLine.counted_good + InventoryLine.counted_minor_damage + InventoryLine.counted_broken
)
PRESENT = FOUND + InventoryLine.on_loan
BOOK_PRESENT = InventoryLine.book_quantity - InventoryLine.book_lost
IS_MISSING = and_(InventoryLine.counted, PRESENT < BOOK_PRESENT)
IS_MOVED = and_(
    InventoryLine.counted,
    InventoryLine.found_room_id.is_not(None),
    or_(
        InventoryLine.book_room_id.is_(None),
        InventoryLine.found_room_id != InventoryLine.book_room_id,
    ),
)
CONDITION_DIFFERS = or_(
    InventoryLine.counted_good + InventoryLine.on_loan != InventoryLine.book_good,
    InventoryLine.counted_minor_damage != InventoryLine.book_minor_damage,
    InventoryLine.counted_broken != InventoryLine.book_broken,
)
HAS_DIFFERENCE = or_(
    not_(InventoryLine.expected),
    and_(
        InventoryLine.counted,
        or_(
            PRESENT < BOOK_PRESENT,
            InventoryLine.book_quantity < PRESENT,
            CONDITION_DIFFERS,
            IS_MOVED,
            InventoryLine.to_dispose > 0,
        ),
    ),
)


# == the counts ==========================================================================


@dataclass(frozen=True)
class CountRow:
    """A count as its list and its screens show it."""

    id: str
    title: str
    counted_on: date
    whole_school: bool
    room_ids: list[str]
    room_codes: list[str]  # the scope's rooms by code (empty for the whole school)
    status: CountStatus
    started_at: datetime
    finalised_at: datetime | None
    committee: list[dict[str, str]]
    conclusion: str
    notes: str
    lines: int  # items expected by the book
    counted: int  # of them, counted
    extra: int  # found though the scope did not expect them
    version: int

    @property
    def remaining(self) -> int:
        return self.lines - self.counted

    @property
    def active(self) -> bool:
        """Open or paused: it can still be counted, finalised or cancelled."""
        return self.status in (CountStatus.OPEN, CountStatus.PAUSED)

    @property
    def scope_text(self) -> str:
        """ "Toàn trường" or the rooms' codes, as the minutes and the list write it."""
        return "Toàn trường" if self.whole_school else ", ".join(self.room_codes)


@dataclass(frozen=True)
class CountQuery:
    text: str = ""  # words of the title or notes (accents optional)
    status: CountStatus | None = None
    sort: str = "counted_on"
    descending: bool = True


COUNT_SORTS: dict[str, Any] = {
    "counted_on": InventoryCount.counted_on,
    "title": InventoryCount.title,
    "status": InventoryCount.status,
    "started_at": InventoryCount.started_at,
    "finalised_at": InventoryCount.finalised_at,
}


def count_ids(reg: Register, q: CountQuery = CountQuery()) -> list[str]:
    column = COUNT_SORTS.get(q.sort, InventoryCount.counted_on)
    stmt = select(InventoryCount.id).where(
        InventoryCount.school_id == reg.school_id, InventoryCount.deleted_at.is_(None)
    )
    if q.status is not None:
        stmt = stmt.where(InventoryCount.status == q.status)
    order = column.desc() if q.descending else column.asc()
    stmt = stmt.order_by(order, InventoryCount.started_at.desc(), InventoryCount.id)
    terms = search_terms(q.text)
    with reg.read() as s:
        if not terms:
            return list(s.scalars(stmt))
        # A school has a few counts a year: their text is matched here, not indexed.
        rows = s.execute(stmt.add_columns(InventoryCount.title, InventoryCount.notes)).all()
    return [row[0] for row in rows if all(t in fold(f"{row[1]} {row[2]}") for t in terms)]


def _line_totals() -> Any:
    return (
        select(
            InventoryLine.count_id,
            func.sum(case((InventoryLine.expected, 1), else_=0)).label("lines"),
            func.sum(case((and_(InventoryLine.expected, InventoryLine.counted), 1), else_=0)).label(
                "counted"
            ),
            func.sum(case((InventoryLine.expected, 0), else_=1)).label("extra"),
        )
        .where(InventoryLine.deleted_at.is_(None))
        .group_by(InventoryLine.count_id)
        .subquery()
    )


def count_rows(reg: Register, ids: Sequence[str]) -> dict[str, CountRow]:
    if not ids:
        return {}
    totals = _line_totals()
    stmt = (
        select(
            InventoryCount,
            func.coalesce(totals.c.lines, 0),
            func.coalesce(totals.c.counted, 0),
            func.coalesce(totals.c.extra, 0),
        )
        .outerjoin(totals, totals.c.count_id == InventoryCount.id)
        .where(InventoryCount.id.in_(list(ids)), InventoryCount.school_id == reg.school_id)
    )
    with reg.read() as s:
        found = s.execute(stmt).all()
        wanted_rooms = {rid for count, *_ in found for rid in count.room_ids or []}
        codes = dict(s.execute(select(Room.id, Room.code).where(Room.id.in_(wanted_rooms))).all())
    return {
        count.id: CountRow(
            id=count.id,
            title=count.title,
            counted_on=count.counted_on,
            whole_school=count.whole_school,
            room_ids=list(count.room_ids or []),
            room_codes=sorted(codes.get(rid, "?") for rid in count.room_ids or []),
            status=count.status,
            started_at=count.started_at,
            finalised_at=count.finalised_at,
            committee=[dict(m) for m in count.committee or []],
            conclusion=count.conclusion,
            notes=count.notes,
            lines=int(lines),
            counted=int(counted),
            extra=int(extra),
            version=count.version,
        )
        for count, lines, counted, extra in found
    }


def get_count(reg: Register, count_id: str) -> CountRow:
    row = count_rows(reg, [count_id]).get(count_id)
    if row is None:
        raise ServiceError("Không tìm thấy đợt kiểm kê này (có thể đã bị xóa).")
    return row


def find_count(reg: Register, key: str) -> CountRow:
    """A count by its id, or "latest": the most recent count that was not cancelled
    (as `sotb print inventory --count` and `sotb export count` take it)."""
    key = key.strip()
    if key.lower() in ("latest", "moi-nhat", "mới nhất"):
        with reg.read() as s:
            found = s.scalar(
                select(InventoryCount.id)
                .where(
                    InventoryCount.school_id == reg.school_id,
                    InventoryCount.deleted_at.is_(None),
                    InventoryCount.status != CountStatus.CANCELLED,
                )
                .order_by(InventoryCount.started_at.desc(), InventoryCount.id.desc())
                .limit(1)
            )
        if found is None:
            raise ServiceError("Sổ chưa có đợt kiểm kê nào. Hãy mở đợt kiểm kê trước.")
        return get_count(reg, found)
    with reg.read() as s:
        matches = list(
            s.scalars(
                select(InventoryCount.id).where(
                    InventoryCount.school_id == reg.school_id,
                    InventoryCount.deleted_at.is_(None),
                    InventoryCount.id.startswith(key.lower(), autoescape=True),
                )
            )
        )
    if len(matches) == 1 and len(key) >= 8:  # the first 8 characters are enough
        return get_count(reg, matches[0])
    if len(matches) > 1 or (matches and len(key) < 8):
        raise ServiceError(
            f"Mã {key!r} quá ngắn để chỉ rõ một đợt kiểm kê; hãy ghi ít nhất 8 ký tự đầu của mã."
        )
    raise ServiceError(
        f"Không có đợt kiểm kê nào có mã {key!r}. Ghi mã của đợt, hoặc «latest» cho đợt mới nhất."
    )


# == the lines ===========================================================================


class LineState(StrEnum):
    """How a line stands, for the counting screen's colours and filters."""

    UNCOUNTED = "uncounted"
    MATCHES = "matches"  # counted, as the book says
    DIFFERS = "differs"  # counted, with a difference (condition, quantity, room, to dispose)
    NOT_FOUND = "not_found"  # counted: nothing of it was found
    EXTRA = "extra"  # found, though the count's scope did not expect it


@dataclass(frozen=True)
class LineRow:
    id: str
    count_id: str
    equipment_id: str
    asset_code: str
    name: str
    unit: str
    item_status: EquipmentStatus
    expected: bool
    book_room_id: str | None
    book_room_code: str | None
    book_room_name: str | None
    found_room_id: str | None
    found_room_code: str | None
    found_room_name: str | None
    book_quantity: int
    book_good: int
    book_minor_damage: int
    book_broken: int
    book_lost: int
    unit_price: int
    counted: bool
    counted_good: int
    counted_minor_damage: int
    counted_broken: int
    counted_lost: int
    to_dispose: int
    on_loan: int
    counted_at: datetime | None
    counted_by: str
    reason: str
    version: int

    @property
    def is_lot(self) -> bool:
        """More than one unit: counted by typing quantities, not by one scan."""
        return self.book_quantity > 1

    @property
    def found(self) -> int:
        return self.counted_good + self.counted_minor_damage + self.counted_broken

    @property
    def present(self) -> int:
        return self.found + self.on_loan

    @property
    def book_present(self) -> int:
        return self.book_quantity - self.book_lost

    @property
    def surplus(self) -> int:
        return max(self.present - self.book_quantity, 0) if self.counted else 0

    @property
    def shortage(self) -> int:
        return max(self.book_quantity - self.present, 0) if self.counted else 0

    @property
    def missing(self) -> int:
        return max(self.book_present - self.present, 0) if self.counted else 0

    @property
    def moved(self) -> bool:
        return (
            self.counted
            and self.found_room_id is not None
            and self.found_room_id != self.book_room_id
        )

    @property
    def condition_changed(self) -> bool:
        return self.counted and (
            self.counted_good + self.on_loan,
            self.counted_minor_damage,
            self.counted_broken,
        ) != (self.book_good, self.book_minor_damage, self.book_broken)

    @property
    def state(self) -> LineState:
        if not self.expected:
            return LineState.EXTRA
        if not self.counted:
            return LineState.UNCOUNTED
        if self.present == 0 and self.book_present > 0:
            return LineState.NOT_FOUND
        if self.missing or self.surplus or self.condition_changed or self.moved or self.to_dispose:
            return LineState.DIFFERS
        return LineState.MATCHES


class LineFilter(StrEnum):
    ALL = "all"
    UNCOUNTED = "uncounted"
    COUNTED = "counted"
    DIFFERENCES = "differences"


@dataclass(frozen=True)
class LineQuery:
    count_id: str
    room_id: str | None = None  # lines the book has here or found here; NO_ROOM
    show: LineFilter = LineFilter.ALL
    text: str = ""  # words of the name, or the start of the asset code
    sort: str = "asset_code"
    descending: bool = False


BookRoom = aliased(Room)
FoundRoom = aliased(Room)

LINE_SORTS: dict[str, Any] = {
    "asset_code": Equipment.asset_code_norm,
    "name": Equipment.name_norm,
    "book_room": BookRoom.code,
    "found_room": FoundRoom.code,
    "book_quantity": InventoryLine.book_quantity,
    "counted_at": InventoryLine.counted_at,
    "counted_by": InventoryLine.counted_by,
}


def _line_filter(q: LineQuery, stmt: Select[Any]) -> Select[Any]:
    stmt = stmt.where(InventoryLine.count_id == q.count_id, InventoryLine.deleted_at.is_(None))
    if q.room_id == NO_ROOM:
        stmt = stmt.where(InventoryLine.book_room_id.is_(None))
    elif q.room_id is not None:
        stmt = stmt.where(
            or_(InventoryLine.book_room_id == q.room_id, InventoryLine.found_room_id == q.room_id)
        )
    if q.show == LineFilter.UNCOUNTED:
        stmt = stmt.where(not_(InventoryLine.counted))
    elif q.show == LineFilter.COUNTED:
        stmt = stmt.where(InventoryLine.counted)
    elif q.show == LineFilter.DIFFERENCES:
        stmt = stmt.where(HAS_DIFFERENCE)
    terms = search_terms(q.text)
    if terms:
        by_words = and_(*(Equipment.search_text.contains(t, autoescape=True) for t in terms))
        code = normalise_code(q.text)
        stmt = stmt.where(
            or_(by_words, Equipment.asset_code_norm.startswith(code, autoescape=True))
        )
    return stmt


def line_ids(reg: Register, q: LineQuery) -> list[str]:
    column = LINE_SORTS.get(q.sort, Equipment.asset_code_norm)
    stmt: Select[Any] = select(InventoryLine.id).join(
        Equipment, Equipment.id == InventoryLine.equipment_id
    )
    if q.sort == "book_room":
        stmt = stmt.outerjoin(BookRoom, BookRoom.id == InventoryLine.book_room_id)
    elif q.sort == "found_room":
        stmt = stmt.outerjoin(FoundRoom, FoundRoom.id == InventoryLine.found_room_id)
    stmt = _line_filter(q, stmt)
    order = column.desc() if q.descending else column.asc()
    stmt = stmt.order_by(order, Equipment.asset_code_norm, InventoryLine.id)
    with reg.read() as s:
        return list(s.scalars(stmt))


_LINE_COLUMNS = (
    InventoryLine.id,
    InventoryLine.count_id,
    InventoryLine.equipment_id,
    Equipment.asset_code,
    Equipment.name,
    Equipment.unit,
    Equipment.status,
    InventoryLine.expected,
    InventoryLine.book_room_id,
    BookRoom.code,
    BookRoom.name,
    InventoryLine.found_room_id,
    FoundRoom.code,
    FoundRoom.name,
    InventoryLine.book_quantity,
    InventoryLine.book_good,
    InventoryLine.book_minor_damage,
    InventoryLine.book_broken,
    InventoryLine.book_lost,
    InventoryLine.unit_price,
    InventoryLine.counted,
    InventoryLine.counted_good,
    InventoryLine.counted_minor_damage,
    InventoryLine.counted_broken,
    InventoryLine.counted_lost,
    InventoryLine.to_dispose,
    InventoryLine.on_loan,
    InventoryLine.counted_at,
    InventoryLine.counted_by,
    InventoryLine.reason,
    InventoryLine.version,
)


def _line_select() -> Select[Any]:
    stmt: Select[Any] = select(*_LINE_COLUMNS)  # type: ignore[assignment]
    return (
        stmt.join(Equipment, Equipment.id == InventoryLine.equipment_id)
        .outerjoin(BookRoom, BookRoom.id == InventoryLine.book_room_id)
        .outerjoin(FoundRoom, FoundRoom.id == InventoryLine.found_room_id)
    )


def line_rows(reg: Register, ids: Sequence[str]) -> dict[str, LineRow]:
    if not ids:
        return {}
    stmt = _line_select().where(
        InventoryLine.id.in_(list(ids)), InventoryLine.school_id == reg.school_id
    )
    with reg.read() as s:
        return {row[0]: LineRow(*row) for row in s.execute(stmt)}


def line_of(s: Session, line_id: str) -> LineRow:
    """One line read inside the caller's session (a writer returning what it wrote)."""
    return LineRow(*s.execute(_line_select().where(InventoryLine.id == line_id)).one())


def count_lines(reg: Register, count_id: str) -> list[LineRow]:
    """Every line of a count, by the book's room (the unexpected ones last), then code:
    the order of the minutes."""
    stmt = (
        _line_select()
        .where(InventoryLine.count_id == count_id, InventoryLine.deleted_at.is_(None))
        .order_by(
            not_(InventoryLine.expected),
            BookRoom.code.is_(None),
            BookRoom.code,
            Equipment.asset_code_norm,
            InventoryLine.id,
        )
    )
    with reg.read() as s:
        return [LineRow(*row) for row in s.execute(stmt.execution_options(yield_per=2000))]


# == progress ============================================================================


@dataclass
class RoomProgress:
    """The count's progress in one room (or over the whole count)."""

    expected: int = 0  # lines the book has here
    counted: int = 0  # of them, counted (wherever they were found)
    missing: int = 0  # of them, counted with units not found
    elsewhere: int = 0  # of them, found in another room
    from_elsewhere: int = 0  # found here, though the book has them in another room
    extra: int = 0  # found here, though the count did not expect them at all

    @property
    def remaining(self) -> int:
        return self.expected - self.counted


@dataclass
class CountProgress:
    total: RoomProgress = field(default_factory=RoomProgress)
    rooms: dict[str, RoomProgress] = field(default_factory=dict)  # by room id; NO_ROOM

    def room(self, room_id: str | None) -> RoomProgress:
        return self.rooms.get(room_id or NO_ROOM, RoomProgress())


def count_progress(reg: Register, count_id: str) -> CountProgress:
    """Counted, remaining, missing, moved and extra lines, by room and overall: one
    grouped query, cheap enough to run after every scan."""
    stmt = (
        select(
            InventoryLine.book_room_id,
            InventoryLine.found_room_id,
            InventoryLine.expected,
            InventoryLine.counted,
            case((IS_MISSING, 1), else_=0),
            func.count(),
        )
        .where(InventoryLine.count_id == count_id, InventoryLine.deleted_at.is_(None))
        .group_by(
            InventoryLine.book_room_id,
            InventoryLine.found_room_id,
            InventoryLine.expected,
            InventoryLine.counted,
            case((IS_MISSING, 1), else_=0),
        )
    )
    progress = CountProgress()
    rooms: dict[str, RoomProgress] = defaultdict(RoomProgress)
    total = progress.total
    with reg.read() as s:
        groups = s.execute(stmt).all()
    for book_room, found_room, expected, counted, missing, n in groups:
        book = book_room or NO_ROOM
        moved = bool(counted) and found_room is not None and found_room != book_room
        if not expected:
            rooms[found_room or book].extra += n
            total.extra += n
            continue
        for target in (rooms[book], total):
            target.expected += n
            if counted:
                target.counted += n
            if missing:
                target.missing += n
            if moved:
                target.elsewhere += n
        if moved:
            rooms[found_room].from_elsewhere += n
    progress.rooms = dict(rooms)
    return progress


def on_loan_now(s: Session, item_ids: Sequence[str]) -> dict[str, int]:
    """Units of each item out on open loans now."""
    return dict(units_on_loan(s, item_ids))


def active_counts(reg: Register) -> list[CountRow]:
    """The open and paused counts (at most a few), newest first."""
    with reg.read() as s:
        ids = list(
            s.scalars(
                select(InventoryCount.id)
                .where(
                    InventoryCount.school_id == reg.school_id,
                    InventoryCount.deleted_at.is_(None),
                    InventoryCount.status.in_([CountStatus.OPEN, CountStatus.PAUSED]),
                )
                .order_by(InventoryCount.started_at.desc())
            )
        )
    rows = count_rows(reg, ids)
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True)
class ItemNow:
    """An item of a count's line as the register has it now."""

    quantity: int
    good: int
    minor_damage: int
    broken: int
    lost: int
    room_id: str | None
    room_code: str | None
    status: EquipmentStatus
    deleted: bool


NowRoom = aliased(Room)


def lines_with_items(s: Session, count_id: str) -> list[tuple[LineRow, ItemNow]]:
    """Every line of a count with its item as the register has it now (to finalise)."""
    stmt = (
        _line_select()
        .add_columns(
            Equipment.quantity,
            Equipment.qty_good,
            Equipment.qty_minor_damage,
            Equipment.qty_broken,
            Equipment.qty_lost,
            Equipment.room_id,
            NowRoom.code,
            Equipment.status,
            Equipment.deleted_at.is_not(None),
        )
        .outerjoin(NowRoom, NowRoom.id == Equipment.room_id)
        .where(InventoryLine.count_id == count_id, InventoryLine.deleted_at.is_(None))
        .order_by(Equipment.asset_code_norm, InventoryLine.id)
    )
    width = len(_LINE_COLUMNS)
    return [
        (LineRow(*row[:width]), _item_now(row[width:]))
        for row in s.execute(stmt.execution_options(yield_per=2000))
    ]


def _item_now(values: Sequence[Any]) -> ItemNow:
    qty, good, minor, broken, lost, room_id, room_code, status, deleted = values
    return ItemNow(qty, good, minor, broken, lost, room_id, room_code, status, bool(deleted))
