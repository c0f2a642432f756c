"""The wire protocol between a school's PC and the district server (pydantic).

Network requests and USB bundles carry the same objects. Every request says which
schema and app version it speaks; the server answers ``upgrade_required`` outside the
range it accepts. Times on the wire are the server's; a PC's clock decides nothing.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.models.outbox import SYNCED_TABLES

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
MAX_BATCH = 2000  # changes per push batch (fewer round trips: a first upload is 280,000)
DEFAULT_PULL_LIMIT = 500

Table = Literal[
    "school",
    "staff",
    "room",
    "equipment",
    "maintenance_plan",
    "maintenance_record",
    "fault_report",
    "loan",
    "room_usage",
    "inventory_count",
    "inventory_line",
    "disposal",
    "disposal_line",
    "transfer",
    "audit_entry",
]
Op = Literal["insert", "update", "delete"]

# Columns a check constraint ties together merge as one: when the district and a school
# both edit some of them, the district's whole group wins (column by column, the two
# halves could add up to a row the register refuses), and a logged change carries the
# whole group so the receiver never mixes them either.
MERGE_GROUPS: dict[str, tuple[frozenset[str], ...]] = {
    "equipment": (
        frozenset({"quantity", "qty_good", "qty_minor_damage", "qty_broken", "qty_lost"}),
    ),
    "loan": (frozenset({"quantity", "returned_good", "returned_damaged", "returned_lost"}),),
    "room_usage": (frozenset({"period_from", "period_to"}),),
}


def widen_to_groups(table: str, columns: set[str]) -> set[str]:
    """``columns`` plus every column of a merge group that one of them belongs to."""
    wide = set(columns)
    for group in MERGE_GROUPS.get(table, ()):
        if group & columns:
            wide |= group
    return wide


# Headers every device request carries.
DEVICE_HEADER = "X-Device-Id"
SCHEMA_HEADER = "X-Schema-Version"
APP_HEADER = "X-App-Version"
# On a refused push: the highest device_seq the server holds from this device.
CURSOR_HEADER = "X-Device-Cursor"


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Change(_Wire):
    """One row change from a device's outbox."""

    change_id: str = Field(min_length=1, max_length=64)
    device_seq: int = Field(ge=1)
    table: Table
    row_id: str = Field(min_length=1, max_length=36)
    op: Op
    changed: dict[str, Any]
    base_version: int = Field(ge=0)


class PushRequest(_Wire):
    device_id: str
    batch_id: str = Field(min_length=1, max_length=64)  # idempotency key
    first_seq: int = Field(ge=1)
    last_seq: int = Field(ge=1)
    schema_version: str
    app_version: str
    changes: list[Change] = Field(max_length=MAX_BATCH)
    # The highest server_seq the device had applied when it sent the batch: the
    # district's changes after it were not seen by the school when it edited.
    pull_cursor: int | None = Field(default=None, ge=0)


class ChangeStatus(StrEnum):
    APPLIED = "applied"
    REJECTED = "rejected"
    CONFLICT = "conflict"  # applied in part: the district's edit of some column won
    ALREADY = "already"  # at or below the device's cursor: applied before


class ChangeResult(_Wire):
    change_id: str
    device_seq: int
    status: ChangeStatus
    reason: str | None = None  # machine code, e.g. "owner_changed", "wrong_school"
    message: str | None = None  # Vietnamese text for the officer
    server_seq: int | None = None
    lost_columns: list[str] = Field(default_factory=list)  # conflict: district's value kept


class PushResponse(_Wire):
    batch_id: str
    cursor: int  # the highest device_seq the server has now taken
    results: list[ChangeResult]
    server_time: datetime


class PulledChange(_Wire):
    server_seq: int
    table: Table
    row_id: str
    op: Op
    changed: dict[str, Any]
    version: int  # the row's version on the server after this change


class PullResponse(_Wire):
    changes: list[PulledChange]
    next_since: int  # ask again with since=next_since
    has_more: bool
    server_time: datetime
    # The highest device_seq the server holds from this device: below what it once
    # acknowledged, the server was restored from a backup and the PC sends all again.
    device_cursor: int | None = None


class EnrollRequest(_Wire):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=100)
    app_version: str
    schema_version: str


class EnrollResponse(_Wire):
    device_id: str
    device_secret: str  # shown once; the server keeps only its hash
    school_id: str
    school_code: str
    school_name: str
    server_time: datetime


class ErrorCode(StrEnum):
    UNAUTHORIZED = "unauthorized"
    REVOKED = "revoked"
    UPGRADE_REQUIRED = "upgrade_required"
    BAD_REQUEST = "bad_request"
    ENROLL_CODE_INVALID = "enroll_code_invalid"


class ErrorBody(_Wire):
    code: ErrorCode
    message: str  # Vietnamese, says what to do


assert set(Table.__args__) == set(SYNCED_TABLES)  # type: ignore[attr-defined]
