"""PagedTable: a long table split page by page keeps every row once, in order, puts
the header on each page and never leaves a heading, the totals or what follows the
table (its tail: the signatures) stranded."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from app.reports.pdf.blocks import Signer, signature_flowables
from app.reports.pdf.page import SheetInfo, frame_width, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from tests.reports.test_pdf_sheets import in_order, one_line, read_pdf

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


def test_a_tail_that_does_not_fit_takes_the_last_item_and_the_totals_with_it() -> None:
    rows = Rows(COLUMNS, total_span=2)
    for n in range(10):
        rows.item([str(n), f"Ống nghiệm số {n}", "1"])
    rows.total("TỔNG CỘNG", {2: "10"})
    tail = [Spacer(1, 80)]
    table = PagedTable(Header([header_cells("STT", "Tên", "SL")]), rows, tail=tail)
    rows_only = table._height(len(rows))
    assert table.wrap(300, 1000)[1] == rows_only + 80
    # Every row fits, the tail does not: the last item and the totals go over with it.
    first, rest = table.split(300, rows_only + 40)
    assert isinstance(first, Table) and isinstance(rest, PagedTable)
    assert (rest.start, rest.tail) == (9, tail)
    assert rest.wrap(300, 1000)[1] < rows_only
    # A page too short even for one item and the tail: try the next page, then give up
    # keeping them together rather than fail.
    last = PagedTable(rest.header, rows, 9, tail=tail)
    assert last.split(300, 60) == []
    last._postponed = 1  # as reportlab marks a flowable it moved to a new page
    table_page, *after = last.split(300, 60)
    assert isinstance(table_page, Table) and after == tail


@pytest.mark.parametrize("signed", [True, False])
@pytest.mark.parametrize("count", range(14, 30))
def test_the_totals_and_signatures_never_stand_alone_on_the_last_page(
    tmp_path: Path, count: int, signed: bool
) -> None:
    """However many rows, the last page has the last item, the totals and the
    signatures (the counts run the totals row past the end of the first page)."""
    rows = Rows(COLUMNS, total_span=2)
    for n in range(1, count + 1):
        rows.item([str(n), f"Ống nghiệm số {n}", "1"])
    rows.total("TỔNG CỘNG", {2: str(count)})
    signers = [Signer("Người lập", "Đặng Quốc Việt"), Signer("Hiệu trưởng", "Phạm Thị Hồng Nhung")]
    tail = signature_flowables(signers, frame_width(wide=False)) if signed else []
    story = [
        Spacer(1, 60 * mm),
        PagedTable(Header([header_cells("STT", "Tên", "SL")]), rows, tail=tail),
    ]
    out = write_pdf(tmp_path / "t.pdf", story, SheetInfo("T", "S"), wide=False)
    pages = [one_line(page) for page in read_pdf(out)]
    last = pages[-1]
    assert in_order(last, f"STT Tên SL {count} Ống nghiệm số {count} 1 TỔNG CỘNG {count}"), last
    if signed:
        assert in_order(last, "NGƯỜI LẬP HIỆU TRƯỞNG Đặng Quốc Việt Phạm Thị Hồng Nhung"), last
    text = " ".join(pages)  # every row once
    assert all(text.count(f"Ống nghiệm số {n} ") == 1 for n in range(1, count + 1))
