"""SỔ THEO DÕI MƯỢN – TRẢ THIẾT BỊ: every lend of a period, oldest first and by month,
with the columns of the paper book (ngày mượn, người mượn, lớp, tiết, tên bài dạy,
tên thiết bị, số lượng, ngày trả, tình trạng khi trả, ký mượn, ký trả); the two
signature columns are left blank for the borrowers to sign."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.reports.data import school_info
from app.reports.excel_export import _period
from app.reports.pdf.blocks import (
    Letterhead,
    closing_flowables,
    officer_and_principal,
    school_years,
    title_block,
)
from app.reports.pdf.page import SheetInfo, frame_width, write_pdf
from app.reports.pdf.paged_table import Column, Header, PagedTable, RowKind, Rows, header_cells
from app.reports.pdf.texts import number
from app.reports.vocabulary import vn_date
from app.services.loans import LoanRow, book_rows
from app.services.register import Register

TITLE = "Sổ theo dõi mượn – trả thiết bị"
PROGRESS_EVERY = 500

# They add up to the 252 mm landscape frame; a date fits its column on one line.
COLUMNS = (
    Column(10 * mm, "CENTER"),  # STT
    Column(20 * mm, "CENTER"),  # ngày mượn
    Column(30 * mm, wraps=True),  # người mượn
    Column(12 * mm, "CENTER", wraps=True),  # lớp
    Column(11 * mm, "CENTER", wraps=True),  # tiết
    Column(40 * mm, wraps=True),  # tên bài dạy
    Column(46 * mm, wraps=True),  # tên thiết bị
    Column(14 * mm, "CENTER", wraps=True),  # số lượng
    Column(20 * mm, "CENTER"),  # ngày trả
    Column(21 * mm, wraps=True),  # tình trạng khi trả
    Column(14 * mm),  # ký mượn
    Column(14 * mm),  # ký trả
)
HEADER = ("STT", "Ngày mượn", "Người mượn", "Lớp", "Tiết", "Tên bài dạy", "Tên thiết bị",
          "Số lượng", "Ngày trả", "Tình trạng khi trả", "Ký mượn", "Ký trả")  # fmt: skip


def return_text(row: LoanRow) -> str:
    """Tình trạng khi trả: "Tốt", "Tốt 3, hỏng 1 (vỡ lam kính)", or for a loan not yet
    all back, what came back and what is still out ("" when nothing came back)."""
    if row.returned_units == 0:
        return ""
    text = "Tốt" if row.returned_good == row.quantity else row.condition_text
    if row.is_open:
        text = (
            f"Đã trả {number(row.returned_units)} ({text.lower()}); còn {number(row.outstanding)}"
        )
    if row.return_notes:
        text += f" ({row.return_notes})"
    return text


def _cells(n: int, row: LoanRow) -> list[str]:
    return [
        str(n),
        vn_date(row.lent_at),
        row.borrower_name,
        row.class_name,
        row.period,
        row.lesson,
        f"{row.item_name} ({row.asset_code})",
        f"{number(row.quantity)} {row.unit}",
        vn_date(row.returned_at),
        return_text(row),
        "",
        "",
    ]


def loan_book(
    reg: Register,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Print the loans lent ``since`` ... ``until`` (both included) to ``out``;
    ``on`` is the date the sheet is signed (today by default)."""
    on = on or date.today()
    school = school_info(reg)
    loans = book_rows(reg, since, until)
    total = len(loans)
    rows = Rows(COLUMNS)
    month = None
    for n, row in enumerate(loans, start=1):
        lent = row.lent_at.astimezone()
        if (lent.year, lent.month) != month:
            month = (lent.year, lent.month)
            rows.heading(f"Tháng {lent.month:02d}/{lent.year}")
        rows.item(_cells(n, row))
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n, total)
    if not total:
        rows.heading("Không có lượt mượn nào trong thời gian này", RowKind.NOTE)

    units = sum(r.quantity for r in loans)
    still_out = [r for r in loans if r.is_open]
    damaged = sum(r.returned_damaged for r in loans)
    lost = sum(r.returned_lost for r in loans)
    summary = (
        f"Tổng cộng: {number(total)} lượt mượn, {number(units)} đơn vị thiết bị; "
        f"{number(total - len(still_out))} lượt đã trả đủ, {number(len(still_out))} lượt chưa "
        f"trả đủ. Khi trả: {number(damaged)} đơn vị hỏng, {number(lost)} đơn vị mất."
    )
    period = _period(since, until) if since or until else "Toàn bộ sổ"
    last = until or (loans[-1].lent_at.astimezone().date() if loans else on)
    first = since or (loans[0].lent_at.astimezone().date() if loans else last)
    years = school_years(first, last)
    story: list[Flowable] = [
        Letterhead(school, on),
        *title_block(TITLE, f"{school.name} – {years}", f"({period})"),
        PagedTable(
            Header([header_cells(*HEADER)]),
            rows,
            tail=[
                Spacer(1, 3 * mm),
                *closing_flowables(
                    [summary], officer_and_principal(school), frame_width(wide=True)
                ),
            ],
        ),
    ]
    path = write_pdf(out, story, SheetInfo(TITLE.upper(), school.name, period), wide=True)
    if progress is not None:
        progress(total, total)
    return path


__all__ = ["loan_book", "return_text"]
