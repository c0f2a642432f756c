"""Display text for the register's values: enum labels, dates, money (translatable)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication

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


def enum_labels(enum_cls: type[Enum]) -> dict[Enum, str]:
    """Every member of ``enum_cls`` with its label in the current language."""
    tables: dict[type[Enum], dict[Enum, str]] = {
        SchoolLevel: {
            SchoolLevel.MN: QCoreApplication.translate("Labels", "Preschool (MN)"),
            SchoolLevel.TH: QCoreApplication.translate("Labels", "Primary (TH)"),
            SchoolLevel.THCS: QCoreApplication.translate("Labels", "Lower secondary (THCS)"),
            SchoolLevel.THPT: QCoreApplication.translate("Labels", "Upper secondary (THPT)"),
            SchoolLevel.LIEN_CAP: QCoreApplication.translate("Labels", "Combined levels"),
            SchoolLevel.GDTX: QCoreApplication.translate("Labels", "Continuing education (GDTX)"),
        },
        RoomKind: {
            RoomKind.SUBJECT: QCoreApplication.translate("Labels", "Subject room"),
            RoomKind.SMART: QCoreApplication.translate("Labels", "Smart classroom"),
            RoomKind.ONLINE: QCoreApplication.translate("Labels", "Online classroom"),
            RoomKind.CLASSROOM: QCoreApplication.translate("Labels", "Classroom"),
            RoomKind.STOREROOM: QCoreApplication.translate("Labels", "Storeroom"),
            RoomKind.PREPARATION: QCoreApplication.translate("Labels", "Preparation room"),
        },
        RoomStatus: {
            RoomStatus.IN_USE: QCoreApplication.translate("Labels", "In use"),
            RoomStatus.UNDER_REPAIR: QCoreApplication.translate("Labels", "Under repair"),
            RoomStatus.NOT_IN_USE: QCoreApplication.translate("Labels", "Not in use"),
        },
        EquipmentCategory: {
            EquipmentCategory.FIXED_ASSET: QCoreApplication.translate("Labels", "Fixed asset"),
            EquipmentCategory.TOOL: QCoreApplication.translate("Labels", "Tool"),
            EquipmentCategory.TEACHING: QCoreApplication.translate("Labels", "Teaching equipment"),
            EquipmentCategory.CONSUMABLE: QCoreApplication.translate("Labels", "Consumable"),
            EquipmentCategory.CHEMICAL: QCoreApplication.translate("Labels", "Chemical"),
        },
        EquipmentStatus: {
            EquipmentStatus.IN_USE: QCoreApplication.translate("Labels", "In use"),
            EquipmentStatus.IN_STORE: QCoreApplication.translate("Labels", "In store"),
            EquipmentStatus.ON_LOAN: QCoreApplication.translate("Labels", "On loan"),
            EquipmentStatus.IN_REPAIR: QCoreApplication.translate("Labels", "In repair"),
            EquipmentStatus.DISPOSED: QCoreApplication.translate("Labels", "Disposed"),
        },
        Condition: {
            Condition.GOOD: QCoreApplication.translate("Labels", "Good"),
            Condition.MINOR_DAMAGE: QCoreApplication.translate("Labels", "Minor damage"),
            Condition.BROKEN: QCoreApplication.translate("Labels", "Broken"),
            Condition.LOST: QCoreApplication.translate("Labels", "Lost"),
        },
        FundingSource: {
            FundingSource.STATE_BUDGET: QCoreApplication.translate("Labels", "State budget"),
            FundingSource.PARENTS: QCoreApplication.translate("Labels", "Parents' contribution"),
            FundingSource.SPONSOR: QCoreApplication.translate("Labels", "Sponsor"),
            FundingSource.PROGRAMME: QCoreApplication.translate("Labels", "Programme/project"),
        },
        MaintenanceKind: {
            MaintenanceKind.MAINTENANCE: QCoreApplication.translate("Labels", "Maintenance"),
            MaintenanceKind.REPAIR: QCoreApplication.translate("Labels", "Repair"),
            MaintenanceKind.INSPECTION: QCoreApplication.translate("Labels", "Inspection"),
        },
        MaintenanceResult: {
            MaintenanceResult.DONE: QCoreApplication.translate("Labels", "Done"),
            MaintenanceResult.FIXED: QCoreApplication.translate("Labels", "Fixed"),
            MaintenanceResult.NOT_FIXED: QCoreApplication.translate("Labels", "Not fixed"),
            MaintenanceResult.SENT_OUT: QCoreApplication.translate("Labels", "Sent for repair"),
        },
        FaultStatus: {
            FaultStatus.OPEN: QCoreApplication.translate("Labels", "Reported"),
            FaultStatus.REPAIRING: QCoreApplication.translate("Labels", "Being repaired"),
            FaultStatus.FIXED: QCoreApplication.translate("Labels", "Fixed"),
            FaultStatus.NOT_FIXED: QCoreApplication.translate("Labels", "Cannot be fixed"),
            FaultStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        },
        CountStatus: {
            CountStatus.OPEN: QCoreApplication.translate("Labels", "Counting"),
            CountStatus.PAUSED: QCoreApplication.translate("Labels", "Paused"),
            CountStatus.FINALISED: QCoreApplication.translate("Labels", "Finalised"),
            CountStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        },
        DisposalStatus: {
            DisposalStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
            DisposalStatus.APPLIED: QCoreApplication.translate("Labels", "Disposed"),
        },
        TransferKind: {
            TransferKind.ROOM: QCoreApplication.translate("Labels", "Between rooms"),
            TransferKind.SCHOOL: QCoreApplication.translate("Labels", "Between schools"),
        },
    }
    return tables[enum_cls]


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    return enum_labels(type(value)).get(value, str(value.value))


def fmt_date(value: date | datetime | None) -> str:
    """dd/mm/yyyy, as Vietnamese forms write dates."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def fmt_int(value: int | None) -> str:
    """1.200.000: thousands separated by dots, the Vietnamese way."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", ".")


def with_grouped_count(text: str, count: int) -> str:
    """A translated "%n ..." message with its count written as fmt_int writes it (Qt's
    %n has no thousands separator): "1995 thiết bị" → "1.995 thiết bị"."""
    return text.replace(str(count), fmt_int(count), 1) if count >= 1000 else text


def fmt_money(value: int | None) -> str:
    return "" if value is None else f"{fmt_int(value)} đ"


def fmt_area(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",") + " m²"


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Labels", "Yes")
    return QCoreApplication.translate("Labels", "No")
