"""Enumerations of the register. Values are stored as their string value."""

from __future__ import annotations

from enum import StrEnum


class SchoolLevel(StrEnum):
    MN = "MN"
    TH = "TH"
    THCS = "THCS"
    THPT = "THPT"
    LIEN_CAP = "LIEN_CAP"
    GDTX = "GDTX"


class RoomKind(StrEnum):
    SUBJECT = "subject"
    SMART = "smart"
    ONLINE = "online"
    CLASSROOM = "classroom"
    STOREROOM = "storeroom"
    PREPARATION = "preparation"


class RoomStatus(StrEnum):
    IN_USE = "in_use"
    UNDER_REPAIR = "under_repair"
    NOT_IN_USE = "not_in_use"


class EquipmentCategory(StrEnum):
    FIXED_ASSET = "fixed_asset"
    TOOL = "tool"
    TEACHING = "teaching"
    CONSUMABLE = "consumable"
    CHEMICAL = "chemical"


class EquipmentStatus(StrEnum):
    IN_USE = "in_use"
    IN_STORE = "in_store"
    ON_LOAN = "on_loan"
    IN_REPAIR = "in_repair"
    DISPOSED = "disposed"


class Condition(StrEnum):
    GOOD = "good"
    MINOR_DAMAGE = "minor_damage"
    BROKEN = "broken"
    LOST = "lost"


class FundingSource(StrEnum):
    STATE_BUDGET = "state_budget"
    PARENTS = "parents"
    SPONSOR = "sponsor"
    PROGRAMME = "programme"


class MaintenanceKind(StrEnum):
    MAINTENANCE = "maintenance"
    REPAIR = "repair"
    INSPECTION = "inspection"


class MaintenanceResult(StrEnum):
    DONE = "done"
    FIXED = "fixed"
    NOT_FIXED = "not_fixed"
    SENT_OUT = "sent_out"


class FaultStatus(StrEnum):
    OPEN = "open"  # reported, nobody working on it yet
    REPAIRING = "repairing"  # became a repair (maintenance record) not yet finished
    FIXED = "fixed"
    NOT_FIXED = "not_fixed"  # could not be repaired: a candidate for disposal
    CANCELLED = "cancelled"  # reported by mistake


class CountStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    FINALISED = "finalised"
    CANCELLED = "cancelled"


class DisposalStatus(StrEnum):
    DRAFT = "draft"  # the list is being prepared; the register is unchanged
    APPLIED = "applied"  # the items left the register (status disposed / quantity less)


class TransferKind(StrEnum):
    ROOM = "room"  # between two rooms of the school
    SCHOOL = "school"  # between schools, prepared by the district
