"""How an item's values read in a sheet's cells."""

from __future__ import annotations

from app.models.enums import EquipmentStatus, FundingSource
from app.reports.data import RegisterRow
from app.reports.vocabulary import vn_number, word

NO_ROOM = "Chưa xếp phòng"
NO_SUBJECT = "Chưa ghi môn học"
NOTHING = "Không có thiết bị"
# Statuses worth a word in the notes column: the item is not where the book says.
NOTED_STATUSES = (EquipmentStatus.ON_LOAN, EquipmentStatus.IN_REPAIR, EquipmentStatus.DISPOSED)


# The book's funding column is narrow: the two long words go short, explained by
# FUNDING_LEGEND under the table (NSNN is the usual abbreviation in school books).
_FUNDING_SHORT = {FundingSource.STATE_BUDGET: "NSNN", FundingSource.PROGRAMME: "CT/DA"}
FUNDING_LEGEND = "NSNN: ngân sách nhà nước; CT/DA: chương trình, dự án."


def funding_short(source: FundingSource) -> str:
    return _FUNDING_SHORT.get(source) or word(source)


def condition_text(row: RegisterRow) -> str:
    """The condition counts as a sheet writes them: "Tốt 20, hỏng 2"."""
    parts = [
        (name, count)
        for name, count in (
            ("tốt", row.qty_good),
            ("hỏng nhẹ", row.qty_minor_damage),
            ("hỏng", row.qty_broken),
            ("mất", row.qty_lost),
        )
        if count
    ]
    text = ", ".join(f"{name} {vn_number(count)}" for name, count in parts)
    return text[:1].upper() + text[1:]


def notes_text(row: RegisterRow) -> str:
    status = word(row.status) if row.status in NOTED_STATUSES else ""
    return "; ".join(part for part in (status, row.notes.strip()) if part)


def room_heading(code: str | None, name: str | None) -> str:
    if not code:
        return NO_ROOM
    return f"Phòng: {code} – {name}" if name and name != code else f"Phòng: {code}"


def number(value: int) -> str:
    return vn_number(value)


def year(value: int | None) -> str:
    return "" if value is None else str(value)  # a year takes no thousands dot
