"""A long table laid out page by page in linear time, its header on every page.

reportlab's (Long)Table re-measures every remaining row each time it splits at a page
end: a 10,000-row book costs O(rows x pages). Here each row is measured once, when it
is added; a page takes the rows that fit (a bisection over the running heights) and
becomes an ordinary small Table with the header rows on top.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.reports.fonts import serif_font
from app.reports.pdf.page import TABLE_SIZE, styles

PAD_X = 3.0  # cell padding left and right (points)
PAD_TOP = 2.0
PAD_BOTTOM = 3.0
LINE = round(TABLE_SIZE * 1.2, 1)
ONE_LINE_ROW = LINE + PAD_TOP + PAD_BOTTOM
GROUP_SHADE = colors.Color(0.92, 0.92, 0.92)

Cell: TypeAlias = "str | Paragraph"  # plain text is far cheaper to lay out


class RowKind(Enum):
    ITEM = "item"
    GROUP = "group"  # a heading row across the table ("Phòng: A101 – ...")
    SUBTOTAL = "subtotal"
    TOTAL = "total"
    NOTE = "note"  # a remark across the table ("Không có thiết bị")


@dataclass(frozen=True)
class Column:
    width: float
    align: str = "LEFT"  # LEFT, CENTER or RIGHT
    wraps: bool = False  # long text may take several lines (else one line, numbers)


@lru_cache(maxsize=4096)
def _text_width(text: str, font: str) -> float:
    # Units, funding sources and conditions repeat on every row: measure each once.
    return float(stringWidth(text, font, TABLE_SIZE))


def _style_for(align: str, bold: bool = False) -> ParagraphStyle:
    st = styles()
    if bold:
        return st.cell_bold
    return {"CENTER": st.cell_center, "RIGHT": st.cell_right}.get(align, st.cell)


@dataclass
class Rows:
    """The body rows of a table, each measured once as it is added."""

    columns: Sequence[Column]
    total_span: int = 1  # a totals row's label spans this many leading columns
    cells: list[list[Cell]] = field(default_factory=list)
    kinds: list[RowKind] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    tops: list[float] = field(default_factory=lambda: [0.0])  # running sum of heights

    @property
    def width(self) -> float:
        return sum(c.width for c in self.columns)

    def _fit(self, text: str, width: float, align: str, bold: bool = False) -> tuple[Cell, float]:
        """A plain string where the text fits on one line (cheap to lay out), else a
        wrapping Paragraph; with the cell's height."""
        font = serif_font()
        face = font.bold if bold else font.regular
        if _text_width(text, face) <= width - 2 * PAD_X:
            return text, ONE_LINE_ROW
        para = Paragraph(escape(text), _style_for(align, bold))
        return para, para.wrap(width - 2 * PAD_X, 1e6)[1] + PAD_TOP + PAD_BOTTOM

    def _push(self, cells: list[Cell], kind: RowKind, height: float) -> None:
        self.cells.append(cells)
        self.kinds.append(kind)
        self.heights.append(height)
        self.tops.append(self.tops[-1] + height)

    def item(self, values: Sequence[str]) -> None:
        cells: list[Cell] = []
        height = ONE_LINE_ROW
        for text, col in zip(values, self.columns, strict=True):
            if col.wraps and text:
                cell, h = self._fit(text, col.width, col.align)
                height = max(height, h)
                cells.append(cell)
            else:
                cells.append(text)
        self._push(cells, RowKind.ITEM, height)

    def heading(self, text: str, kind: RowKind = RowKind.GROUP) -> None:
        """A row across the table: a group heading, or a note."""
        cell, height = self._fit(text, self.width, "LEFT", bold=kind is RowKind.GROUP)
        self._push([cell] + [""] * (len(self.columns) - 1), kind, height)

    def total(self, label: str, values: dict[int, str], kind: RowKind = RowKind.TOTAL) -> None:
        """A totals row: ``label`` across the first columns, ``values`` by column index."""
        label_width = sum(c.width for c in self.columns[: self.total_span])
        cell, height = self._fit(label, label_width, "LEFT", bold=True)
        cells: list[Cell] = [cell] + [""] * (len(self.columns) - 1)
        for index, text in values.items():
            cells[index] = text
        self._push(cells, kind, height)

    @property
    def last_item(self) -> int | None:
        """The index of the last item row (None if there is none)."""
        for index in range(len(self.kinds) - 1, -1, -1):
            if self.kinds[index] is RowKind.ITEM:
                return index
        return None

    def __len__(self) -> int:
        return len(self.cells)


@dataclass
class Header:
    """The header rows, repeated on every page, and their spans."""

    cells: list[list[Cell]]
    commands: list[tuple[Any, ...]] = field(default_factory=list)  # SPANs etc.
    heights: list[float] = field(default_factory=list)

    def measure(self, columns: Sequence[Column]) -> None:
        table = Table(self.cells, colWidths=[c.width for c in columns])
        table.setStyle(TableStyle(base_commands(columns, len(self.cells)) + self.commands))
        table.wrap(sum(c.width for c in columns), 1e6)
        self.heights = list(table._rowHeights)


def header_cells(*titles: str) -> list[Cell]:
    """A header row: bold, centred, wrapping titles ("" where a span covers the cell)."""
    st = styles().head_cell
    return [Paragraph(escape(t), st) if t else "" for t in titles]


def base_commands(columns: Sequence[Column], header_rows: int) -> list[tuple[Any, ...]]:
    font = serif_font()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font.regular, TABLE_SIZE, LINE),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
    ]
    for i, col in enumerate(columns):
        if col.align != "LEFT":
            commands.append(("ALIGN", (i, header_rows), (i, -1), col.align))
    if header_rows:
        commands.append(("FONT", (0, 0), (-1, header_rows - 1), font.bold, TABLE_SIZE, LINE))
        commands.append(("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"))
    return commands


class PagedTable(Flowable):  # type: ignore[misc]
    """The rows from ``start`` on; splits at a page end into a Table and the rest.

    ``tail``: what follows the table (totals in words, the signatures), drawn under
    its last rows and never on a page of its own: when only the tail does not fit, the
    last item and the totals go over to the next page with it."""

    def __init__(
        self,
        header: Header,
        rows: Rows,
        start: int = 0,
        on_placed: Callable[[int], None] | None = None,
        tail: Sequence[Flowable] = (),
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.start = start
        self.on_placed = on_placed
        self.tail = list(tail)
        self._tail_width = 0.0
        self._tail_heights: list[tuple[float, float, float]] = []  # before, height, after
        if not header.heights:
            header.measure(rows.columns)

    def _height(self, end: int) -> float:
        return sum(self.header.heights) + self.rows.tops[end] - self.rows.tops[self.start]

    def _tail_height(self, avail_width: float) -> float:
        if avail_width != self._tail_width or len(self._tail_heights) != len(self.tail):
            self._tail_width = avail_width
            self._tail_heights = [
                (f.getSpaceBefore(), f.wrap(avail_width, 1e6)[1], f.getSpaceAfter())
                for f in self.tail
            ]
        return sum(sum(h) for h in self._tail_heights)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.rows.width, self._height(len(self.rows)) + self._tail_height(avail_width)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        tops = self.rows.tops
        n = len(self.rows)
        room = avail_height - sum(self.header.heights)
        fits = bisect_right(tops, tops[self.start] + room) - 1
        if fits >= n and self.tail:
            # The rows fit, the tail does not: the last item and the totals go with it.
            end = self._tidy_break(n - 1)
            if end > self.start:
                return [self._page(end), self._rest(end)]
            if getattr(self, "_postponed", False):
                # Not even on a fresh page: the tail follows on the next one after all.
                return [self._page(n), *self.tail]
            return []  # try on the next page
        # All the rows would have fitted (the frame measures a hair differently):
        # still leave one for the next page, so the layout always moves on.
        fits = min(fits, n - 1)
        end = self._tidy_break(fits)
        if end <= self.start:
            # Tidiness gives up this page (e.g. the room left under a page's rows holds
            # only the last item, not the totals): on to the next page, and only if it
            # is no better there, break where the rows fit.
            if not getattr(self, "_postponed", False):
                return []
            end = fits
        if end <= self.start:
            return []
        return [self._page(end), self._rest(end)]

    def _rest(self, end: int) -> PagedTable:
        return PagedTable(self.header, self.rows, end, self.on_placed, self.tail)

    def _tidy_break(self, end: int) -> int:
        """Move a page break up so the page does not end badly."""
        # The totals never stand alone on the last page: the last item goes with them.
        last_item = self.rows.last_item
        if last_item is not None and last_item < end < len(self.rows):
            end = last_item
        # A group heading never ends a page: it moves on with its first item.
        while end > self.start + 1 and self.rows.kinds[end - 1] is RowKind.GROUP:
            end -= 1
        return end

    def draw(self) -> None:
        table = self._page(len(self.rows))
        table.wrapOn(self.canv, self.rows.width, self._height(len(self.rows)))
        y = sum(sum(h) for h in self._tail_heights)
        table.drawOn(self.canv, 0, y)
        for flowable, (before, height, after) in zip(self.tail, self._tail_heights, strict=True):
            y -= before + height
            flowable.drawOn(self.canv, 0, y)
            y -= after

    def _page(self, end: int) -> Table:
        """The rows start..end under the header: one page's Table."""
        n_head = len(self.header.cells)
        body = self.rows.cells[self.start : end]
        table = Table(
            self.header.cells + body,
            colWidths=[c.width for c in self.rows.columns],
            rowHeights=self.header.heights + self.rows.heights[self.start : end],
        )
        commands = base_commands(self.rows.columns, n_head) + self.header.commands
        commands += self._row_commands(n_head, end)
        table.setStyle(TableStyle(commands))
        if self.on_placed is not None:
            self.on_placed(end)
        return table

    def _row_commands(self, first: int, end: int) -> list[tuple[Any, ...]]:
        font = serif_font()
        span = self.rows.total_span
        commands: list[tuple[Any, ...]] = []
        for offset, kind in enumerate(self.rows.kinds[self.start : end]):
            r = first + offset
            if kind is RowKind.GROUP:
                commands += [
                    ("SPAN", (0, r), (-1, r)),
                    ("FONT", (0, r), (-1, r), font.bold, TABLE_SIZE, LINE),
                    ("ALIGN", (0, r), (-1, r), "LEFT"),
                    ("BACKGROUND", (0, r), (-1, r), GROUP_SHADE),
                ]
            elif kind is RowKind.NOTE:
                commands += [
                    ("SPAN", (0, r), (-1, r)),
                    ("FONT", (0, r), (-1, r), font.italic, TABLE_SIZE, LINE),
                    ("ALIGN", (0, r), (-1, r), "CENTER"),
                ]
            elif kind in (RowKind.SUBTOTAL, RowKind.TOTAL):
                commands += [
                    ("SPAN", (0, r), (span - 1, r)),
                    ("FONT", (0, r), (-1, r), font.bold, TABLE_SIZE, LINE),
                    (
                        "ALIGN",
                        (0, r),
                        (span - 1, r),
                        "LEFT" if kind is RowKind.SUBTOTAL else "CENTER",
                    ),
                ]
        return commands
