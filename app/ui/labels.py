"""Display text for the register's values: enum labels, dates, money (translatable)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.models.enums import (
    Condition,
    EquipmentCategory,
    EquipmentStatus,
    FundingSource,
    MaintenanceKind,
    MaintenanceResult,
    RoomKind,
    RoomStatus,
    SchoolLevel,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def enum_labels(enum_cls: type[Enum]) -> dict[Enum, str]:
    """Every member of ``enum_cls`` with its label in the current language."""
    t = QCoreApplication.translate
    tables: dict[type[Enum], dict[Enum, str]] = {
        SchoolLevel: {
            SchoolLevel.MN: t("Labels", "Preschool (MN)"),
            SchoolLevel.TH: t("Labels", "Primary (TH)"),
            SchoolLevel.THCS: t("Labels", "Lower secondary (THCS)"),
            SchoolLevel.THPT: t("Labels", "Upper secondary (THPT)"),
            SchoolLevel.LIEN_CAP: t("Labels", "Combined levels"),
            SchoolLevel.GDTX: t("Labels", "Continuing education (GDTX)"),
        },
        RoomKind: {
            RoomKind.SUBJECT: t("Labels", "Subject room"),
            RoomKind.SMART: t("Labels", "Smart classroom"),
            RoomKind.ONLINE: t("Labels", "Online classroom"),
            RoomKind.CLASSROOM: t("Labels", "Classroom"),
            RoomKind.STOREROOM: t("Labels", "Storeroom"),
            RoomKind.PREPARATION: t("Labels", "Preparation room"),
        },
        RoomStatus: {
            RoomStatus.IN_USE: t("Labels", "In use"),
            RoomStatus.UNDER_REPAIR: t("Labels", "Under repair"),
            RoomStatus.NOT_IN_USE: t("Labels", "Not in use"),
        },
        EquipmentCategory: {
            EquipmentCategory.FIXED_ASSET: t("Labels", "Fixed asset"),
            EquipmentCategory.TOOL: t("Labels", "Tool"),
            EquipmentCategory.TEACHING: t("Labels", "Teaching equipment"),
            EquipmentCategory.CONSUMABLE: t("Labels", "Consumable"),
            EquipmentCategory.CHEMICAL: t("Labels", "Chemical"),
        },
        EquipmentStatus: {
            EquipmentStatus.IN_USE: t("Labels", "In use"),
            EquipmentStatus.IN_STORE: t("Labels", "In store"),
            EquipmentStatus.ON_LOAN: t("Labels", "On loan"),
            EquipmentStatus.IN_REPAIR: t("Labels", "In repair"),
            EquipmentStatus.DISPOSED: t("Labels", "Disposed"),
        },
        Condition: {
            Condition.GOOD: t("Labels", "Good"),
            Condition.MINOR_DAMAGE: t("Labels", "Minor damage"),
            Condition.BROKEN: t("Labels", "Broken"),
            Condition.LOST: t("Labels", "Lost"),
        },
        FundingSource: {
            FundingSource.STATE_BUDGET: t("Labels", "State budget"),
            FundingSource.PARENTS: t("Labels", "Parents' contribution"),
            FundingSource.SPONSOR: t("Labels", "Sponsor"),
            FundingSource.PROGRAMME: t("Labels", "Programme/project"),
        },
        MaintenanceKind: {
            MaintenanceKind.MAINTENANCE: t("Labels", "Maintenance"),
            MaintenanceKind.REPAIR: t("Labels", "Repair"),
            MaintenanceKind.INSPECTION: t("Labels", "Inspection"),
        },
        MaintenanceResult: {
            MaintenanceResult.DONE: t("Labels", "Done"),
            MaintenanceResult.FIXED: t("Labels", "Fixed"),
            MaintenanceResult.NOT_FIXED: t("Labels", "Not fixed"),
            MaintenanceResult.SENT_OUT: t("Labels", "Sent for repair"),
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


def fmt_money(value: int | None) -> str:
    return "" if value is None else f"{fmt_int(value)} đ"


def fmt_area(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",") + " m²"


def yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")
