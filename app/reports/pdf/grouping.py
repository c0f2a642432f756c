"""Items grouped under heading rows (by room or by subject), each group closed by a
subtotal row, and a grand total: shared by the register book and the inventory."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.reports.data import RegisterRow
from app.reports.pdf.paged_table import RowKind, Rows
from app.reports.pdf.texts import NO_ROOM, NO_SUBJECT, NOTHING, number, room_heading

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250


def group_of(row: RegisterRow, by: str) -> tuple[str, str, str]:
    """The group a row belongs to: its key, heading and subtotal label."""
    if by == "subject":
        if not row.subject:
            return "", NO_SUBJECT, f"Cộng: {NO_SUBJECT.lower()}"
        return row.subject, f"Môn: {row.subject}", f"Cộng môn {row.subject}"
    if not row.room_code:
        return "", NO_ROOM, f"Cộng: {NO_ROOM.lower()}"
    code = row.room_code
    return code, room_heading(code, row.room_name), f"Cộng phòng {code}"


@dataclass
class GroupedRows:
    """Fills ``rows``: item cells from ``cells(number, row)``, the quantity and value
    totals in columns ``qty_col`` and ``value_col``.

    Progress counts each item twice (read, then laid out on a page): ``steps`` is
    twice the number of items expected.
    """

    rows: Rows
    cells: Callable[[int, RegisterRow], Sequence[str]]
    by: str
    qty_col: int
    value_col: int
    steps: int
    progress: Progress | None = None
    count: int = 0
    qty: int = 0
    value: int = 0
    _group: str | None = None
    _label: str = ""
    _group_qty: int = 0
    _group_value: int = 0
    _item_ends: list[int] = field(default_factory=list)  # row index after each item

    def add(self, row: RegisterRow) -> None:
        key, heading, label = group_of(row, self.by)
        if key != self._group:
            self.close_group()
            self._group, self._label = key, label
            self.rows.heading(heading)
        self.count += 1
        self.rows.item(self.cells(self.count, row))
        self._item_ends.append(len(self.rows))
        value = row.total_value
        self._group_qty += row.quantity
        self._group_value += value
        self.qty += row.quantity
        self.value += value
        if self.progress is not None and self.count % PROGRESS_EVERY == 0:
            self.progress(self.count, self.steps)

    def empty_group(self, heading: str) -> None:
        """A group asked for by name that has no items: its heading and a note."""
        self.close_group()
        self.rows.heading(heading)
        self.rows.heading(NOTHING, RowKind.NOTE)

    def close_group(self) -> None:
        if self._group is not None:
            totals = {
                self.qty_col: number(self._group_qty),
                self.value_col: number(self._group_value),
            }
            self.rows.total(self._label, totals, RowKind.SUBTOTAL)
        self._group, self._group_qty, self._group_value = None, 0, 0

    def finish(self) -> None:
        """Close the last group, note an empty table, add the grand total."""
        self.close_group()
        if not len(self.rows):
            self.rows.heading(NOTHING, RowKind.NOTE)
        grand = {self.qty_col: number(self.qty), self.value_col: number(self.value)}
        self.rows.total("TỔNG CỘNG", grand)

    def placed(self, end: int) -> None:
        """PagedTable's callback: the rows before ``end`` are on pages."""
        if self.progress is not None:
            self.progress(self.steps // 2 + bisect_right(self._item_ends, end), self.steps)
