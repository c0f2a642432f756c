"""SQLAlchemy models of the register, engine set-up and migrations (no Qt here)."""

from app.models.base import Base
from app.models.entities import (
    AppSetting,
    AuditEntry,
    Equipment,
    MaintenancePlan,
    MaintenanceRecord,
    Room,
    School,
    Staff,
)
from app.models.outbox import SyncOutbox, SyncState
from app.models.sync_client import SyncConflict, SyncRejected, SyncSetting
from app.models.workflows import (
    CatalogueItem,
    Disposal,
    DisposalLine,
    FaultReport,
    InventoryCount,
    InventoryLine,
    Loan,
    RoomUsage,
    Transfer,
)

__all__ = [
    "AppSetting",
    "AuditEntry",
    "Base",
    "CatalogueItem",
    "Disposal",
    "DisposalLine",
    "Equipment",
    "FaultReport",
    "InventoryCount",
    "InventoryLine",
    "Loan",
    "MaintenancePlan",
    "MaintenanceRecord",
    "Room",
    "RoomUsage",
    "School",
    "Staff",
    "SyncConflict",
    "SyncOutbox",
    "SyncRejected",
    "SyncSetting",
    "SyncState",
    "Transfer",
]
