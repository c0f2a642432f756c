"""Excel (.xlsx) export of an inventory count: one row per line, the book's figures
beside the counted ones, the differences, who counted it and when; the count itself
(scope, date, committee, conclusion) on the "Thông tin" sheet. Same house layout as
the other exports (``excel_export``): header in row 1, frozen, filtered, numbers and
money as numbers, text that never becomes a formula."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models.enums import CountStatus
from app.reports.data import school_info
from app.reports.excel_export import PROGRESS_EVERY, Column, _clean, _info_sheet, _Sheet, _writing
from app.reports.vocabulary import vn_date, word
from app.services.inventory_lines import LineRow, LineState, count_lines, get_count
from app.services.register import Register

STATE_WORDS = {
    LineState.UNCOUNTED: "Chưa kiểm",
    LineState.MATCHES: "Khớp sổ",
    LineState.DIFFERS: "Có chênh lệch",
    LineState.NOT_FOUND: "Không tìm thấy",
    LineState.EXTRA: "Ngoài phạm vi",
}

COUNT_COLUMNS = (
    Column("STT", 7, "number"),
    Column("Mã tài sản", 14),
    Column("Tên thiết bị", 36),
    Column("Đơn vị tính", 9),
    Column("Phòng theo sổ", 12),
    Column("Phòng tìm thấy", 12),
    Column("Kết quả", 15),
    Column("Sổ: số lượng", 9, "number"),
    Column("Sổ: tốt", 8, "number"),
    Column("Sổ: hỏng nhẹ", 8, "number"),
    Column("Sổ: hỏng", 8, "number"),
    Column("Sổ: mất", 8, "number"),
    Column("Đơn giá (đồng)", 14, "money"),
    Column("Nguyên giá theo sổ (đồng)", 16, "money"),
    Column("Kiểm: tốt", 8, "number"),
    Column("Kiểm: hỏng nhẹ", 8, "number"),
    Column("Kiểm: hỏng", 8, "number"),
    Column("Đang cho mượn", 9, "number"),
    Column("Kiểm: số lượng", 9, "number"),
    Column("Nguyên giá theo kiểm kê (đồng)", 16, "money"),
    Column("Thừa", 7, "number"),
    Column("Thiếu", 7, "number"),
    Column("Không tìm thấy (ghi mất)", 10, "number"),
    Column("Chờ thanh lý", 9, "number"),
    Column("Người kiểm", 18),
    Column("Lúc kiểm", 16),
    Column("Ghi chú", 36),
)


def _values(n: int, line: LineRow) -> list[Any]:
    book = [
        line.book_quantity,
        line.book_good,
        line.book_minor_damage or None,
        line.book_broken or None,
        line.book_lost or None,
        line.unit_price,
        line.book_quantity * line.unit_price,
    ]
    counted: list[Any] = [None] * 10
    if line.counted:
        counted = [
            line.counted_good,
            line.counted_minor_damage or None,
            line.counted_broken or None,
            line.on_loan or None,
            line.present,
            line.present * line.unit_price,
            line.surplus or None,
            line.shortage or None,
            line.counted_lost or None,
            line.to_dispose or None,
        ]
    moment = line.counted_at.astimezone().strftime("%d/%m/%Y %H:%M") if line.counted_at else ""
    return [
        n,
        line.asset_code,
        line.name,
        line.unit,
        line.book_room_code or "",
        line.found_room_code or "",
        STATE_WORDS[line.state],
        *book,
        *counted,
        line.counted_by,
        moment,
        line.reason,
    ]


def _committee_text(members: list[dict[str, str]]) -> str:
    parts = []
    for m in members:
        extra = ", ".join(p for p in (m.get("position", ""), m.get("role", "")) if p)
        parts.append(m.get("name", "") + (f" ({extra})" if extra else ""))
    return "; ".join(parts)


def export_count(
    reg: Register,
    out: Path,
    count_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """The lines of one count, by the book's room then code (the minutes' order)."""
    count = get_count(reg, count_id)
    lines = count_lines(reg, count.id)
    school = school_info(reg)
    subject = f"{count.title} – {vn_date(count.counted_on)}"
    with _writing(out, "Kết quả kiểm kê", school, subject) as wb:
        sheet = _Sheet(wb, "Kiểm kê", COUNT_COLUMNS, len(lines))
        for n, line in enumerate(lines, start=1):
            sheet.append([_clean(v) if type(v) is str else v for v in _values(n, line)])
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, len(lines))
        counted = [line for line in lines if line.counted]
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", "Kết quả kiểm kê tài sản, thiết bị"),
                ("Đợt kiểm kê", count.title),
                ("Thời điểm kiểm kê", count.counted_on),
                ("Phạm vi", count.scope_text),
                ("Trạng thái", word(count.status)),
                (
                    "Ngày chốt",
                    count.finalised_at.astimezone().date()
                    if count.status == CountStatus.FINALISED and count.finalised_at
                    else "",
                ),
                ("Ban kiểm kê", _committee_text(count.committee)),
                ("Số dòng thiết bị", len(lines)),
                ("Đã kiểm", len(counted)),
                ("Tổng thừa (đơn vị)", sum(line.surplus for line in counted)),
                ("Tổng thiếu (đơn vị)", sum(line.shortage for line in counted)),
                ("Kết luận", count.conclusion),
            ],
        )
    if progress is not None:
        progress(len(lines), len(lines))
    return Path(out)
