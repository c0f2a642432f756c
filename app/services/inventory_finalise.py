"""Chốt kiểm kê: a count's differences applied to the register in one transaction.

The rule, for every line (what the finalise dialog explains):

- the units *present* are those found (good, minor damage, broken, as counted) plus
  those out on loan when the line was counted;
- the item's new figures are the counted ones: good = counted good + on loan, minor
  damage and broken as counted; lost = the register's quantity less the present
  units (never below 0); the quantity grows only when more units were present than
  the register had (thừa);
- an item found in another room moves to the room where it was found;
- a line nobody counted is *not* taken as missing by itself: while it has units to
  find (not lost already, not on loan), finalising is refused, unless the officer
  confirms that the committee looked for them and did not find them: then they are
  recorded as lost like any unit not found;
- an item changed in the register after the count opened (a loan returned damaged,
  an edit) is listed: its counted figures still apply, over its figures of now, and
  the line's book side is brought up to date so the minutes show what changed;
- an item deleted or disposed of since the count opened is left alone.

Each changed item gets an audit line naming the count; the count becomes finalised
and read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Equipment, InventoryCount, InventoryLine, Room
from app.models.enums import CountStatus, EquipmentStatus
from app.services import audit
from app.services.common import apply_fields, check_version, now_utc
from app.services.disposals import units_on_loan
from app.services.equipment import _with_room_names
from app.services.errors import ServiceError
from app.services.inventory_count import NOT_FOUND_REASON, active_count
from app.services.inventory_lines import (
    CountRow,
    ItemNow,
    LineRow,
    count_rows,
    lines_with_items,
)
from app.services.register import Register
from app.services.search_text import equipment_search_text

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 200
LISTED = 5  # items named in a refusal


@dataclass(frozen=True)
class Figures:
    quantity: int
    good: int
    minor_damage: int
    broken: int
    lost: int
    room_id: str | None

    def as_fields(self) -> dict[str, Any]:
        return {
            "quantity": self.quantity,
            "qty_good": self.good,
            "qty_minor_damage": self.minor_damage,
            "qty_broken": self.broken,
            "qty_lost": self.lost,
            "room_id": self.room_id,
        }


def _now_figures(now: ItemNow) -> Figures:
    return Figures(now.quantity, now.good, now.minor_damage, now.broken, now.lost, now.room_id)


def _book_figures(line: LineRow) -> Figures:
    return Figures(
        line.book_quantity,
        line.book_good,
        line.book_minor_damage,
        line.book_broken,
        line.book_lost,
        line.book_room_id,
    )


@dataclass(frozen=True)
class Change:
    """One item's figures now and after finalising."""

    line: LineRow
    before: Figures
    after: Figures
    before_room_code: str | None
    confirmed_missing: bool = False  # not counted; its units recorded as not found

    @property
    def surplus(self) -> int:
        return max(self.after.quantity - self.before.quantity, 0)

    @property
    def newly_lost(self) -> int:
        return max(self.after.lost - self.before.lost, 0)

    @property
    def recovered(self) -> int:
        """Units the register had as lost that were found."""
        return max(self.before.lost - self.after.lost, 0)

    @property
    def moved(self) -> bool:
        return self.after.room_id != self.before.room_id

    @property
    def condition_changed(self) -> bool:
        """Units changed condition (not only good units lost, found again or added)."""
        b, a = self.before, self.after
        if (b.minor_damage, b.broken) != (a.minor_damage, a.broken):
            return True
        return a.good - b.good != self.surplus + self.recovered - self.newly_lost

    @property
    def changes_anything(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class FinalisePlan:
    """What finalising a count would do, and what stops it."""

    count: CountRow
    lines: int  # every line (expected and extra)
    counted: int
    changes: list[Change]  # every item whose figures or room change
    uncounted: list[LineRow]  # not counted, with units to find (a decision is needed)
    confirm_missing: bool  # the officer confirmed the uncounted lines as not found
    accounted: list[LineRow]  # not counted, nothing to find (every unit lent or lost)
    changed_since_open: list[tuple[LineRow, Figures]]  # item's register figures now
    gone: list[LineRow]  # deleted or disposed of since opening: left alone
    to_dispose: int  # units proposed for disposal
    targets: dict[str, Figures] = field(default_factory=dict)  # by line id, applied
    problems: list[str] = field(default_factory=list)  # why finalising is refused

    @property
    def missing(self) -> list[Change]:
        return [c for c in self.changes if c.newly_lost]

    @property
    def surplus(self) -> list[Change]:
        return [c for c in self.changes if c.surplus]

    @property
    def recovered(self) -> list[Change]:
        return [c for c in self.changes if c.recovered]

    @property
    def moved(self) -> list[Change]:
        return [c for c in self.changes if c.moved]

    @property
    def extra(self) -> list[Change]:
        return [c for c in self.changes if not c.line.expected]

    @property
    def condition(self) -> list[Change]:
        return [c for c in self.changes if c.condition_changed]

    @property
    def can_finalise(self) -> bool:
        return not self.problems


def _target(line: LineRow, now: ItemNow, outstanding: int) -> Figures:
    """The item's figures after finalising (the rule in the module's docstring)."""
    if line.counted:
        good, minor, broken, on_loan = (
            line.counted_good,
            line.counted_minor_damage,
            line.counted_broken,
            line.on_loan,
        )
        room = line.found_room_id or now.room_id
    else:  # nothing found; units on loan are accounted for by the loan book
        good, minor, broken, on_loan = 0, 0, 0, min(outstanding, now.quantity)
        room = now.room_id
    present = good + minor + broken + on_loan
    lost = max(now.quantity - present, 0)
    return Figures(present + lost, good + on_loan, minor, broken, lost, room)


def _to_find(now: ItemNow, outstanding: int) -> int:
    return now.quantity - now.lost - outstanding


def _plan(s: Session, reg: Register, count: InventoryCount, confirm_missing: bool) -> FinalisePlan:
    rows = lines_with_items(s, count.id)
    lent = units_on_loan(s, [line.equipment_id for line, _ in rows])
    changes: list[Change] = []
    uncounted: list[LineRow] = []
    accounted: list[LineRow] = []
    drift: list[tuple[LineRow, Figures]] = []
    gone: list[LineRow] = []
    targets: dict[str, Figures] = {}
    counted = to_dispose = 0
    for line, now in rows:
        if now.deleted or now.status == EquipmentStatus.DISPOSED:
            gone.append(line)
            continue
        outstanding = lent.get(line.equipment_id, 0)
        before = _now_figures(now)
        if before != _book_figures(line):
            drift.append((line, before))
        missing = not line.counted and _to_find(now, outstanding) > 0
        if line.counted:
            counted += 1
            to_dispose += line.to_dispose
        elif missing:
            uncounted.append(line)
            if not confirm_missing:
                continue
        else:
            accounted.append(line)
        after = _target(line, now, outstanding)
        targets[line.id] = after
        change = Change(line, before, after, now.room_code, confirmed_missing=missing)
        if change.changes_anything:
            changes.append(change)
    problems: list[str] = []
    if not any(str(m.get("name", "")).strip() for m in count.committee or []):
        problems.append(
            "Chưa có ban kiểm kê: hãy ghi các thành viên (trưởng ban, thư ký, ...) của đợt "
            "kiểm kê trước khi chốt, vì biên bản cần chữ ký của họ."
        )
    if uncounted and not confirm_missing:
        codes = ", ".join(line.asset_code for line in uncounted[:LISTED])
        more = f" và {len(uncounted) - LISTED} thiết bị khác" if len(uncounted) > LISTED else ""
        problems.append(
            f"Còn {len(uncounted)} thiết bị chưa kiểm ({codes}{more}). Hãy kiểm tiếp, "
            "hoặc xác nhận rằng ban kiểm kê đã tìm mà không thấy: khi đó chúng được ghi là mất."
        )
    row = count_rows(reg, [count.id])[count.id]
    return FinalisePlan(
        count=row,
        lines=len(rows),
        counted=counted,
        changes=changes,
        uncounted=uncounted,
        confirm_missing=confirm_missing,
        accounted=accounted,
        changed_since_open=drift,
        gone=gone,
        to_dispose=to_dispose,
        targets=targets,
        problems=problems,
    )


def finalise_plan(reg: Register, count_id: str, confirm_missing: bool = False) -> FinalisePlan:
    """What finalising would change (the dialog's summary); nothing is written."""
    with reg.read() as s:
        count = active_count(s, reg, count_id, counting=False)
        return _plan(s, reg, count, confirm_missing)


@dataclass(frozen=True)
class Finalised:
    count_id: str
    items_changed: int
    moved: int
    newly_lost: int  # units
    surplus: int  # units
    item_ids: tuple[str, ...]


def _summary(change: Change, title: str, on: str, rooms: dict[str, str]) -> str:
    parts: list[str] = []
    if change.newly_lost:
        parts.append(f"không tìm thấy {change.newly_lost}, ghi là mất")
    if change.recovered:
        parts.append(f"tìm lại {change.recovered} đã ghi mất")
    if change.surplus:
        parts.append(f"thừa {change.surplus}")
    if change.condition_changed:
        a = change.after
        parts.append(f"tình trạng: tốt {a.good}, hỏng nhẹ {a.minor_damage}, hỏng {a.broken}")
    if change.moved:
        target = rooms.get(change.after.room_id or "", "(không có phòng)")
        parts.append(f"chuyển đến {target}")
    return f"Kiểm kê «{title}» ngày {on}: " + "; ".join(parts)


def _reason_for_drift(line: LineRow) -> str:
    return (
        f"Sổ thay đổi sau khi mở kiểm kê (lúc mở: số lượng {line.book_quantity}, tốt "
        f"{line.book_good}, hỏng nhẹ {line.book_minor_damage}, hỏng {line.book_broken}, "
        f"mất {line.book_lost})"
    )


def finalise_count(
    reg: Register,
    count_id: str,
    *,
    confirm_missing: bool = False,
    conclusion: str | None = None,
    expected_version: int | None = None,
    progress: Progress | None = None,
) -> Finalised:
    """Apply the count's differences to the register, all in one transaction, and
    close the count. Refused (nothing written) while the plan has problems."""
    with reg.write() as s:
        count = active_count(s, reg, count_id, counting=False)
        check_version(count, expected_version, "Đợt kiểm kê")
        if conclusion is not None:
            count.conclusion = conclusion.strip()[:5000]
        plan = _plan(s, reg, count, confirm_missing)
        if plan.problems:
            raise ServiceError(" ".join(plan.problems))
        total = len(plan.changes) + len(plan.changed_since_open) + len(plan.uncounted) + 1
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)

        on = f"{count.counted_on:%d/%m/%Y}"
        rooms = dict(s.execute(select(Room.id, Room.code)).all())
        items = _items(s, [c.line.equipment_id for c in plan.changes])
        for change in plan.changes:
            item = items[change.line.equipment_id]
            old_room = item.room_id
            changes = apply_fields(item, change.after.as_fields())
            if "room_id" in changes:
                room = s.get(Room, item.room_id) if item.room_id else None
                item.search_text = equipment_search_text(item, room)
                changes = _with_room_names(s, changes, old_room, item.room_id)
            changes["inventory_count_id"] = [None, count.id]
            audit.record(
                s,
                reg,
                "equipment",
                item.id,
                "inventory",
                changes,
                _summary(change, count.title, on, rooms),
            )
            step()
        _settle_lines(s, reg, plan, step)
        stamp = now_utc()
        status = apply_fields(count, {"status": CountStatus.FINALISED, "finalised_at": stamp})
        lost = sum(c.newly_lost for c in plan.changes)
        surplus = sum(c.surplus for c in plan.changes)
        audit.record(
            s,
            reg,
            "inventory_count",
            count.id,
            "finalise",
            {**status, "items_changed": [None, len(plan.changes)]},
            f"Chốt kiểm kê «{count.title}»: {len(plan.changes)} thiết bị thay đổi "
            f"(không tìm thấy {lost}, thừa {surplus}, chuyển phòng {len(plan.moved)})",
        )
        if progress is not None:
            progress(total, total)
    return Finalised(
        count.id,
        len(plan.changes),
        len(plan.moved),
        lost,
        surplus,
        tuple(c.line.equipment_id for c in plan.changes),
    )


def _items(s: Session, ids: list[str]) -> dict[str, Equipment]:
    found: dict[str, Equipment] = {}
    for start in range(0, len(ids), 500):
        for item in s.scalars(select(Equipment).where(Equipment.id.in_(ids[start : start + 500]))):
            found[item.id] = item
    return found


def _settle_lines(s: Session, reg: Register, plan: FinalisePlan, step: Callable[[], None]) -> None:
    """The lines as the minutes print them: the book side brought up to date where the
    register changed since opening, every uncounted line closed (not found, or all of
    it on loan or lost already), the lost figure as applied."""
    drift = {line.id: now for line, now in plan.changed_since_open}
    rows = {line.id: line for line in [*plan.uncounted, *plan.accounted]}
    rows.update({line.id: line for line, _ in plan.changed_since_open})
    rows.update({c.line.id: c.line for c in plan.changes})
    ids = sorted(rows)
    lines: dict[str, InventoryLine] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for line in s.scalars(select(InventoryLine).where(InventoryLine.id.in_(chunk))):
            lines[line.id] = line
    stamp = now_utc()
    for line_id in ids:
        line, row = lines[line_id], rows[line_id]
        now = drift.get(line_id)
        if now is not None:
            line.book_quantity, line.book_good = now.quantity, now.good
            line.book_minor_damage, line.book_broken = now.minor_damage, now.broken
            line.book_lost, line.book_room_id = now.lost, now.room_id
            line.reason = "; ".join(p for p in (line.reason, _reason_for_drift(row)) if p)
        after = plan.targets.get(line_id)
        if after is None:  # the item went meanwhile
            continue
        if not row.counted:
            line.counted = True
            line.counted_at = stamp
            line.counted_by = reg.actor[:100]
            line.on_loan = after.good  # nothing was found: the good units are the lent ones
            if after.lost > line.book_lost:
                line.reason = line.reason or NOT_FOUND_REASON
        line.counted_lost = after.lost
        step()
