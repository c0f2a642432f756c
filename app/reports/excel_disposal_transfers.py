"""Excel exports of the disposals (one row per item disposed of, and one per decision)
and of the transfers (one row per item handed over), in the house layout of
``excel_export``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.reports.data import school_info
from app.reports.excel_export import Column, _clean, _info_sheet, _period, _Sheet, _writing
from app.reports.pdf.texts import NO_ROOM
from app.reports.pdf.transfer_minutes import condition_words
from app.reports.vocabulary import word
from app.services import disposals, transfers
from app.services.errors import ServiceError
from app.services.register import Register

DISPOSAL_LINE_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Số quyết định", 16),
    Column("Ngày quyết định", 13, "date"),
    Column("Ngày thanh lý", 13, "date"),
    Column("Trạng thái", 13),
    Column("Mã tài sản", 14),
    Column("Tên thiết bị", 32),
    Column("Đơn vị tính", 9),
    Column("Phòng (mã)", 11),
    Column("Tình trạng", 11),
    Column("Số lượng", 9, "number"),
    Column("Nguyên giá (đồng)", 15, "money"),
    Column("Giá trị còn lại (đồng)", 15, "money"),
    Column("Lý do", 30),
    Column("Hình thức thanh lý", 20),
)
DISPOSAL_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Số quyết định", 16),
    Column("Ngày quyết định", 13, "date"),
    Column("Ngày thanh lý", 13, "date"),
    Column("Trạng thái", 13),
    Column("Số loại thiết bị", 10, "number"),
    Column("Số đơn vị", 10, "number"),
    Column("Tổng nguyên giá (đồng)", 16, "money"),
    Column("Tổng giá trị còn lại (đồng)", 16, "money"),
    Column("Thu hồi (đồng)", 14, "money"),
    Column("Lý do", 32),
    Column("Hình thức thanh lý", 20),
    Column("Hội đồng thanh lý", 40),
)
TRANSFER_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Ngày bàn giao", 13, "date"),
    Column("Loại", 22),
    Column("Mã tài sản", 14),
    Column("Mã mới", 14),
    Column("Tên thiết bị", 32),
    Column("Đơn vị tính", 9),
    Column("Số lượng", 9, "number"),
    Column("Tình trạng", 18),
    Column("Nơi giao", 22),
    Column("Nơi nhận", 22),
    Column("Số quyết định", 16),
    Column("Người giao", 20),
    Column("Người nhận", 20),
    Column("Thành tiền (đồng)", 15, "money"),
    Column("Lý do", 30),
)


def _check(since: date | None, until: date | None) -> None:
    if since is not None and until is not None and since > until:
        raise ServiceError(
            f"Khoảng thời gian không hợp lệ: từ ngày {since:%d/%m/%Y} đến ngày {until:%d/%m/%Y}."
        )


def _within(on: date, since: date | None, until: date | None) -> bool:
    return (since is None or on >= since) and (until is None or on <= until)


def _cleaned(values: list[Any]) -> list[Any]:
    return [_clean(v) if type(v) is str else v for v in values]


def _committee_text(members: list[dict[str, Any]]) -> str:
    return "; ".join(
        ", ".join(str(m.get(k, "")) for k in ("name", "position", "role") if m.get(k))
        for m in members
    )


def export_disposals(
    reg: Register, out: Path, *, since: date | None = None, until: date | None = None
) -> Path:
    """Every disposal (drafts too, said so) dated ``since`` ... ``until``, oldest first."""
    _check(since, until)
    school = school_info(reg)
    ids = disposals.disposal_ids(reg, disposals.DisposalQuery(descending=False))
    heads = disposals.disposal_rows(reg, ids)
    chosen = [heads[i] for i in ids if _within(heads[i].disposed_on, since, until)]
    records = {d.id: disposals.get_disposal(reg, d.id) for d in chosen}
    lines = {d.id: disposals.disposal_lines(reg, d.id) for d in chosen}
    period = _period(since, until)
    with _writing(out, "Thanh lý tài sản, thiết bị", school, period) as wb:
        sheet = _Sheet(
            wb, "Thiết bị thanh lý", DISPOSAL_LINE_COLUMNS, sum(map(len, lines.values()))
        )
        n = 0
        for d in chosen:
            for line in lines[d.id]:
                n += 1
                sheet.append(
                    _cleaned(
                        [
                            n,
                            d.decision_number,
                            d.decision_date,
                            d.disposed_on,
                            word(d.status),
                            line.asset_code,
                            line.name,
                            line.unit,
                            line.room_code,
                            word(line.condition),
                            line.quantity,
                            line.original_value,
                            line.remaining_value,
                            line.reason or d.reason,
                            d.method,
                        ]
                    )
                )
        summary = _Sheet(wb, "Hồ sơ thanh lý", DISPOSAL_COLUMNS, len(chosen))
        for k, d in enumerate(chosen, start=1):
            summary.append(
                _cleaned(
                    [
                        k,
                        d.decision_number,
                        d.decision_date,
                        d.disposed_on,
                        word(d.status),
                        d.items,
                        d.units,
                        d.original_value,
                        d.remaining_value,
                        d.proceeds,
                        d.reason,
                        d.method,
                        _committee_text(records[d.id].committee),
                    ]
                )
            )
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", "Thanh lý tài sản, thiết bị"),
                ("Thời gian", period),
                ("Số hồ sơ thanh lý", len(chosen)),
                ("Số dòng thiết bị", n),
                ("Tổng nguyên giá (đồng)", sum(d.original_value for d in chosen)),
            ],
        )
    return Path(out)


def export_transfers(
    reg: Register, out: Path, *, since: date | None = None, until: date | None = None
) -> Path:
    """Every item handed over ``since`` ... ``until``, between rooms and between
    schools, oldest first."""
    _check(since, until)
    school = school_info(reg)
    q = transfers.TransferQuery(since=since, until=until, descending=False)
    ids = transfers.transfer_ids(reg, q)
    period = _period(since, until)
    value = 0
    with _writing(out, "Điều chuyển, bàn giao thiết bị", school, period) as wb:
        sheet = _Sheet(wb, "Điều chuyển", TRANSFER_COLUMNS, len(ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = transfers.transfer_rows(reg, chunk)
            for n, row in enumerate((rows[i] for i in chunk), start=start + 1):
                worth = row.quantity * row.unit_price
                value += worth
                sheet.append(
                    _cleaned(
                        [
                            n,
                            row.transferred_on,
                            word(row.kind),
                            row.asset_code,
                            row.new_asset_code,
                            row.name,
                            row.unit,
                            row.quantity,
                            condition_words(row),
                            row.from_text or NO_ROOM,
                            row.to_text or NO_ROOM,
                            row.decision_number,
                            row.handed_by,
                            row.received_by,
                            worth,
                            row.reason,
                        ]
                    )
                )
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", "Điều chuyển, bàn giao thiết bị"),
                ("Thời gian", period),
                ("Số lượt điều chuyển", sheet.written),
                ("Tổng giá trị (đồng)", value),
            ],
        )
    return Path(out)
