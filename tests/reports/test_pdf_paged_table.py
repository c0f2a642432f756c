"""PagedTable: a long table split page by page keeps every row once, in order, puts
the header on each page and never leaves a heading or the totals stranded."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells

COLUMNS = (Column(10 * mm, "CENTER"), Column(60 * mm, wraps=True), Column(20 * mm, "RIGHT"))


def pages_of(table: PagedTable, height: float) -> list[tuple[int, int]]:
    """Split ``table`` into pages of ``height``: the (start, end) rows of each."""
    pages = []
    rest: PagedTable | None = table
    while rest is not None:
        if rest.wrap(rest.rows.width, height)[1] <= height:
            pages.append((rest.start, len(rest.rows)))
            rest = None
            continue
        first, rest = rest.split(rest.rows.width, height)
        assert first.wrap(rest.rows.width, height)[1] <= height  # the page's Table fits
        assert first._cellvalues[0][0] is table.header.cells[0][0]  # header on top
        pages.append((pages[-1][1] if pages else 0, rest.start))
    return pages


def test_rows_are_measured_once_and_wrap_only_when_too_long() -> None:
    rows = Rows(COLUMNS)
    rows.item(["1", "Bàn ghế", "2"])
    rows.item(["2", "Bộ thí nghiệm đo áp suất chất khí loại cải tiến dùng cho lớp học", "1"])
    assert isinstance(rows.cells[0][1], str)
    assert not isinstance(rows.cells[1][1], str)  # a Paragraph
    assert rows.heights[1] > rows.heights[0]
    assert rows.tops == [0.0, rows.heights[0], rows.heights[0] + rows.heights[1]]


def test_a_long_table_splits_without_losing_or_repeating_rows() -> None:
    rows = Rows(COLUMNS, total_span=2)
    for group in range(5):
        rows.heading(f"Phòng: A10{group}")
        for n in range(23):
            rows.item([str(n), f"Ống nghiệm số {n}", "1"])
        rows.total(f"Cộng phòng A10{group}", {2: "23"}, RowKind.SUBTOTAL)
    rows.total("TỔNG CỘNG", {2: "115"})
    table = PagedTable(Header([header_cells("STT", "Tên thiết bị", "Số lượng")]), rows)
    pages = pages_of(table, 300)
    assert len(pages) > 3
    assert pages[0][0] == 0 and pages[-1][1] == len(rows)
    assert all(a[1] == b[0] for a, b in zip(pages, pages[1:], strict=False))
    for _start, end in pages:
        assert rows.kinds[end - 1] is not RowKind.GROUP  # no heading ends a page
    last_start, _ = pages[-1]
    assert RowKind.ITEM in rows.kinds[last_start:]  # the totals come with an item


def test_progress_follows_the_pages() -> None:
    rows = Rows(COLUMNS)
    for n in range(60):
        rows.item([str(n), "Bàn", "1"])
    placed: list[int] = []
    table = PagedTable(Header([header_cells("STT", "Tên", "SL")]), rows, on_placed=placed.append)
    pages_of(table, 250)
    assert placed == sorted(placed) and placed[-1] < len(rows)
