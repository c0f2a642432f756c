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

__all__ = [
    "AppSetting",
    "AuditEntry",
    "Base",
    "Equipment",
    "MaintenancePlan",
    "MaintenanceRecord",
    "Room",
    "School",
    "Staff",
    "SyncConflict",
    "SyncOutbox",
    "SyncRejected",
    "SyncSetting",
    "SyncState",
]
