"""Vietnamese words for the register's values on printed sheets and Excel files.

Official documents are always in Vietnamese, whatever language the app shows, so
these are plain text here, not Qt translations. Excel import reads them back too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from enum import Enum

from app.models.enums import (
    Condition,
    CountStatus,
    DisposalStatus,
    EquipmentCategory,
    EquipmentStatus,
    FaultStatus,
    FundingSource,
    MaintenanceKind,
    MaintenanceResult,
    RoomKind,
    RoomStatus,
    SchoolLevel,
    TransferKind,
)


class EnumWords(Mapping[Enum, str]):
    """Words keyed by enum member, told apart by their enum: RoomStatus.IN_USE and
    EquipmentStatus.IN_USE are both the string "in_use", so a plain dict would keep
    only one of them."""

    def __init__(self, pairs: list[tuple[Enum, str]]) -> None:
        self._by = {(type(member), member.value): (member, text) for member, text in pairs}

    def __getitem__(self, member: Enum) -> str:
        return self._by[(type(member), member.value)][1]

    def __iter__(self) -> Iterator[Enum]:
        return (member for member, _ in self._by.values())

    def __len__(self) -> int:
        return len(self._by)


WORDS = EnumWords(
    [
        (SchoolLevel.MN, "Mầm non"),
        (SchoolLevel.TH, "Tiểu học"),
        (SchoolLevel.THCS, "Trung học cơ sở"),
        (SchoolLevel.THPT, "Trung học phổ thông"),
        (SchoolLevel.LIEN_CAP, "Liên cấp"),
        (SchoolLevel.GDTX, "Giáo dục thường xuyên"),
        (RoomKind.SUBJECT, "Phòng học bộ môn"),
        (RoomKind.SMART, "Phòng học thông minh"),
        (RoomKind.ONLINE, "Phòng học trực tuyến"),
        (RoomKind.CLASSROOM, "Phòng học"),
        (RoomKind.STOREROOM, "Kho thiết bị"),
        (RoomKind.PREPARATION, "Phòng chuẩn bị"),
        (RoomStatus.IN_USE, "Đang sử dụng"),
        (RoomStatus.UNDER_REPAIR, "Đang sửa chữa"),
        (RoomStatus.NOT_IN_USE, "Không sử dụng"),
        (EquipmentCategory.FIXED_ASSET, "Tài sản cố định"),
        (EquipmentCategory.TOOL, "Công cụ dụng cụ"),
        (EquipmentCategory.TEACHING, "Thiết bị dạy học"),
        (EquipmentCategory.CONSUMABLE, "Vật tư tiêu hao"),
        (EquipmentCategory.CHEMICAL, "Hóa chất"),
        (EquipmentStatus.IN_USE, "Đang sử dụng"),
        (EquipmentStatus.IN_STORE, "Trong kho"),
        (EquipmentStatus.ON_LOAN, "Đang cho mượn"),
        (EquipmentStatus.IN_REPAIR, "Đang sửa chữa"),
        (EquipmentStatus.DISPOSED, "Đã thanh lý"),
        (Condition.GOOD, "Tốt"),
        (Condition.MINOR_DAMAGE, "Hỏng nhẹ"),
        (Condition.BROKEN, "Hỏng"),
        (Condition.LOST, "Mất"),
        (FundingSource.STATE_BUDGET, "Ngân sách nhà nước"),
        (FundingSource.PARENTS, "Xã hội hóa"),
        (FundingSource.SPONSOR, "Tài trợ"),
        (FundingSource.PROGRAMME, "Chương trình/dự án"),
        (MaintenanceKind.MAINTENANCE, "Bảo dưỡng"),
        (MaintenanceKind.REPAIR, "Sửa chữa"),
        (MaintenanceKind.INSPECTION, "Kiểm tra"),
        (MaintenanceResult.DONE, "Hoàn thành"),
        (MaintenanceResult.FIXED, "Đã sửa xong"),
        (MaintenanceResult.NOT_FIXED, "Không sửa được"),
        (MaintenanceResult.SENT_OUT, "Gửi đi sửa"),
        (FaultStatus.OPEN, "Đã báo hỏng"),
        (FaultStatus.REPAIRING, "Đang sửa chữa"),
        (FaultStatus.FIXED, "Đã sửa xong"),
        (FaultStatus.NOT_FIXED, "Không sửa được"),
        (FaultStatus.CANCELLED, "Đã hủy"),
        (CountStatus.OPEN, "Đang kiểm kê"),
        (CountStatus.PAUSED, "Tạm dừng"),
        (CountStatus.FINALISED, "Đã chốt"),
        (CountStatus.CANCELLED, "Đã hủy"),
        (DisposalStatus.DRAFT, "Đang lập"),
        (DisposalStatus.APPLIED, "Đã thanh lý"),
        (TransferKind.ROOM, "Điều chuyển giữa các phòng"),
        (TransferKind.SCHOOL, "Điều chuyển giữa các trường"),
    ]
)


def word(value: Enum | None) -> str:
    """The Vietnamese word for an enum value ("" for None)."""
    if value is None:
        return ""
    return WORDS.get(value, str(value.value))


def vn_date(value: date | datetime | None) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.strftime("%d/%m/%Y")


def vn_number(value: int | float) -> str:
    """1.250.000 (dots between thousands), 1,5 for a fraction: the Vietnamese way."""
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:,.2f}".split(".")
        return whole.replace(",", ".") + "," + frac.rstrip("0")
    return f"{int(value):,}".replace(",", ".")


def place_and_date(place: str, on: date) -> str:
    """'Lai Châu, ngày 30 tháng 5 năm 2024' (the place may be empty)."""
    text = f"ngày {on.day} tháng {on.month} năm {on.year}"
    return f"{place}, {text}" if place else text.capitalize()
