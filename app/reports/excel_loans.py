"""The loan book as an Excel sheet: one row a loan, oldest first, with what came back
in each condition and what is still out; times are the school's local time. Rows are
streamed by the register export's fast writer (a whole year of loans in a second)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.reports.data import school_info
from app.reports.excel_export import (
    Column,
    Progress,
    _check_folder,
    _period,
    _save_fast,
    _template,
)
from app.reports.vocabulary import vn_date
from app.services.common import now_utc
from app.services.loans import LoanRow, book_rows
from app.services.register import Register

TITLE = "Sổ theo dõi mượn – trả thiết bị"
SHEET = "Sổ mượn trả"

LOAN_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Ngày giờ mượn", 16, "datetime"),
    Column("Mã tài sản", 14),
    Column("Tên thiết bị", 32),
    Column("Đơn vị tính", 9),
    Column("Số lượng", 9, "number"),
    Column("Người mượn", 24),
    Column("Lớp", 8),
    Column("Tiết", 7),
    Column("Tên bài dạy", 32),
    Column("Hạn trả", 16, "datetime"),
    Column("Ngày giờ trả", 16, "datetime"),
    Column("Trả tốt", 8, "number"),
    Column("Trả hỏng", 8, "number"),
    Column("Mất", 7, "number"),
    Column("Chưa trả", 8, "number"),
    Column("Trạng thái", 16),
    Column("Ghi chú khi trả", 30),
    Column("Ghi chú", 24),
)


def _local(moment: datetime | None) -> datetime | None:
    """A cell holds a time without a zone: the PC's local time, to the minute."""
    if moment is None:
        return None
    return moment.astimezone().replace(tzinfo=None, second=0, microsecond=0)


def state_word(row: LoanRow, now: datetime) -> str:
    if not row.is_open:
        return "Đã trả"
    if row.overdue(now):
        return "Quá hạn"
    return "Trả một phần" if row.returned_units else "Đang mượn"


def _values(n: int, row: LoanRow, now: datetime) -> list[Any]:
    return [
        n,
        _local(row.lent_at),
        row.asset_code,
        row.item_name,
        row.unit,
        row.quantity,
        row.borrower_name,
        row.class_name,
        row.period,
        row.lesson,
        _local(row.due_at),
        _local(row.returned_at),
        row.returned_good,
        row.returned_damaged,
        row.returned_lost,
        row.outstanding,
        state_word(row, now),
        row.return_notes,
        row.notes,
    ]


def export_loans(
    reg: Register,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """The loans lent ``since`` ... ``until`` (both included), oldest first; ``now`` is
    what their state (overdue or not) is measured against."""
    out = Path(out)
    now = now or now_utc()
    school = school_info(reg)
    loans = book_rows(reg, since, until)
    period = _period(since, until)
    _check_folder(out)
    still_out = [r for r in loans if r.is_open]
    build = _template(
        TITLE,
        school,
        period,
        (SHEET, LOAN_COLUMNS),
        lambda rows: [
            ("Nội dung", TITLE),
            ("Thời gian", period),
            ("Số lượt mượn", rows),
            ("Số đơn vị cho mượn", sum(r.quantity for r in loans)),
            ("Số lượt chưa trả đủ", len(still_out)),
            ("Trong đó quá hạn", sum(1 for r in still_out if r.overdue(now))),
            ("Đơn vị trả hỏng", sum(r.returned_damaged for r in loans)),
            ("Đơn vị bị mất", sum(r.returned_lost for r in loans)),
            ("Tình trạng tính đến", f"{vn_date(now)} {now.astimezone():%H:%M}"),
        ],
    )
    rows = (_values(n, row, now) for n, row in enumerate(loans, start=1))
    written = _save_fast(out, build, LOAN_COLUMNS, rows, len(loans), progress)
    if progress is not None:
        progress(written, written)
    return out
