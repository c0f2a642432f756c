"""The loan book as an Excel sheet: one row a loan, oldest first, with what came back
in each condition and what is still out; times are the school's local time."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.reports.data import school_info
from app.reports.excel_export import Column, _clean, _info_sheet, _period, _Sheet, _writing
from app.reports.vocabulary import vn_date
from app.services.common import now_utc
from app.services.loans import LoanRow, book_rows
from app.services.register import Register

TITLE = "Sổ theo dõi mượn – trả thiết bị"

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
) -> Path:
    """The loans lent ``since`` ... ``until`` (both included), oldest first; ``now`` is
    what their state (overdue or not) is measured against."""
    now = now or now_utc()
    school = school_info(reg)
    rows = book_rows(reg, since, until)
    period = _period(since, until)
    with _writing(out, TITLE, school, period) as wb:
        sheet = _Sheet(wb, "Sổ mượn trả", LOAN_COLUMNS, len(rows))
        for n, row in enumerate(rows, start=1):
            sheet.append([_clean(v) if type(v) is str else v for v in _values(n, row, now)])
        still_out = [r for r in rows if r.is_open]
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", TITLE),
                ("Thời gian", period),
                ("Số lượt mượn", len(rows)),
                ("Số đơn vị cho mượn", sum(r.quantity for r in rows)),
                ("Số lượt chưa trả đủ", len(still_out)),
                ("Trong đó quá hạn", sum(1 for r in still_out if r.overdue(now))),
                ("Đơn vị trả hỏng", sum(r.returned_damaged for r in rows)),
                ("Đơn vị bị mất", sum(r.returned_lost for r in rows)),
                ("Tình trạng tính đến", f"{vn_date(now)} {now.astimezone():%H:%M}"),
            ],
        )
    return Path(out)
