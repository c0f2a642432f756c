"""This PC's sync settings and bookkeeping, kept in the register file (no Qt, no HTTP).

Settings live in the ``sync_settings`` key/value table. Functions taking a ``Session``
work inside the caller's transaction (a cursor is stored with the data it belongs
to); functions taking a ``Register`` open their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import SyncConflict, SyncRejected, SyncSetting
from app.services.errors import ServiceError
from app.services.register import Register

SERVER_URL = "server_url"
DEVICE_ID = "device_id"
DEVICE_SECRET = "device_secret"
PULL_CURSOR = "pull_cursor"  # highest server_seq applied here
PUSH_CURSOR = "push_cursor"  # highest device_seq the server acknowledged
LAST_SYNC_AT = "last_sync_at"  # this PC's clock (UTC) at the last successful sync
LAST_SERVER_TIME = "last_server_time"  # the server's clock at that moment
LAST_ERROR = "last_error"
LAST_ERROR_AT = "last_error_at"
CLOCK_OFFSET = "clock_offset_seconds"  # server clock minus PC clock

CLOCK_WARNING_SECONDS = 5 * 60

NOT_ENROLLED = (
    "Máy này chưa được đăng ký đồng bộ với Phòng GD&ĐT. Hãy mở Cài đặt đồng bộ, "
    "nhập địa chỉ máy chủ và mã đăng ký do Phòng cấp."
)


@dataclass(frozen=True)
class SyncSettings:
    server_url: str
    device_id: str
    device_secret: str
    pull_cursor: int
    push_cursor: int
    last_sync_at: datetime | None
    last_server_time: datetime | None
    last_error: str
    last_error_at: datetime | None
    clock_offset_seconds: float | None

    @property
    def enrolled(self) -> bool:
        return bool(self.device_id and self.device_secret)

    def clock_warning(self, threshold: float = CLOCK_WARNING_SECONDS) -> str | None:
        """A Vietnamese warning when this PC's clock is off by more than ``threshold``."""
        offset = self.clock_offset_seconds
        if offset is None or abs(offset) <= threshold:
            return None
        minutes = round(abs(offset) / 60)
        way = "chậm" if offset > 0 else "nhanh"
        return (
            f"Đồng hồ của máy tính đang {way} khoảng {minutes} phút so với máy chủ. "
            "Hãy chỉnh lại ngày giờ của máy; việc đồng bộ vẫn tiếp tục."
        )


# -- raw key/value access (inside a transaction) -----------------------------------


def get_value(s: Session, key: str) -> str | None:
    row = s.get(SyncSetting, key)
    return None if row is None else row.value


def set_value(s: Session, key: str, value: str | None) -> None:
    row = s.get(SyncSetting, key)
    if value is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(SyncSetting(key=key, value=value))
    else:
        row.value = value
    s.flush()


def _int(s: Session, key: str) -> int:
    value = get_value(s, key)
    return int(value) if value else 0


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def pull_cursor(s: Session) -> int:
    return _int(s, PULL_CURSOR)


def set_pull_cursor(s: Session, cursor: int) -> None:
    set_value(s, PULL_CURSOR, str(int(cursor)))


def push_cursor(s: Session) -> int:
    return _int(s, PUSH_CURSOR)


def set_push_cursor(s: Session, cursor: int) -> None:
    set_value(s, PUSH_CURSOR, str(int(cursor)))


def device_id(s: Session) -> str:
    """This PC's device id; ServiceError (Vietnamese) when it is not enrolled."""
    value = get_value(s, DEVICE_ID)
    if not value:
        raise ServiceError(NOT_ENROLLED)
    return value


def device_secret(s: Session) -> str:
    value = get_value(s, DEVICE_SECRET)
    if not value:
        raise ServiceError(NOT_ENROLLED)
    return value


@cache
def schema_version() -> str:
    """The register schema this app speaks (the Alembic head of app.models)."""
    from app.models.migrate import head_revision

    return head_revision()


# -- whole settings ----------------------------------------------------------------


def load(reg: Register) -> SyncSettings:
    with reg.read() as s:
        values = {
            key: value for key, value in s.execute(select(SyncSetting.key, SyncSetting.value))
        }
    offset = values.get(CLOCK_OFFSET)
    return SyncSettings(
        server_url=values.get(SERVER_URL, ""),
        device_id=values.get(DEVICE_ID, ""),
        device_secret=values.get(DEVICE_SECRET, ""),
        pull_cursor=int(values.get(PULL_CURSOR) or 0),
        push_cursor=int(values.get(PUSH_CURSOR) or 0),
        last_sync_at=_time(values.get(LAST_SYNC_AT)),
        last_server_time=_time(values.get(LAST_SERVER_TIME)),
        last_error=values.get(LAST_ERROR, ""),
        last_error_at=_time(values.get(LAST_ERROR_AT)),
        clock_offset_seconds=float(offset) if offset else None,
    )


def save_enrollment(reg: Register, server_url: str, device_id: str, device_secret: str) -> None:
    """Store a new enrollment. Both cursors restart at 0: the new device id is new to
    the server (its push cursor is 0) and a full pull merges like any other pull."""
    with reg.write() as s:
        set_value(s, SERVER_URL, server_url.strip())
        set_value(s, DEVICE_ID, device_id)
        set_value(s, DEVICE_SECRET, device_secret)
        set_pull_cursor(s, 0)
        set_push_cursor(s, 0)
        set_value(s, LAST_ERROR, None)
        set_value(s, LAST_ERROR_AT, None)


def set_server_url(reg: Register, server_url: str) -> None:
    with reg.write() as s:
        set_value(s, SERVER_URL, server_url.strip())


def forget_enrollment(reg: Register) -> None:
    """Drop the device id and secret (e.g. after the district revoked this PC).
    The outbox is kept: a new enrollment sends it."""
    with reg.write() as s:
        for key in (DEVICE_ID, DEVICE_SECRET):
            set_value(s, key, None)


def clock_offset(server_time: datetime, sent_at: datetime, received_at: datetime) -> float:
    """Server clock minus PC clock in seconds, taking the request's midpoint."""
    midpoint = sent_at + (received_at - sent_at) / 2
    return (server_time - midpoint).total_seconds()


def record_success(
    reg: Register,
    server_time: datetime,
    sent_at: datetime | None = None,
    received_at: datetime | None = None,
) -> float:
    """Remember a successful sync (PC time), the server's time and the clock offset;
    clears the last error. Returns the offset in seconds."""
    received = received_at or datetime.now(UTC)
    offset = clock_offset(server_time, sent_at or received, received)
    with reg.write() as s:
        set_value(s, LAST_SYNC_AT, received.astimezone(UTC).isoformat())
        set_value(s, LAST_SERVER_TIME, server_time.astimezone(UTC).isoformat())
        set_value(s, CLOCK_OFFSET, f"{offset:.3f}")
        set_value(s, LAST_ERROR, None)
        set_value(s, LAST_ERROR_AT, None)
    return offset


def record_error(reg: Register, message: str, at: datetime | None = None) -> None:
    with reg.write() as s:
        set_value(s, LAST_ERROR, message)
        set_value(s, LAST_ERROR_AT, (at or datetime.now(UTC)).astimezone(UTC).isoformat())


# -- conflicts and refused changes, for the officer ----------------------------------


def conflicts(reg: Register, include_resolved: bool = False) -> list[SyncConflict]:
    stmt = select(SyncConflict).order_by(SyncConflict.id)
    if not include_resolved:
        stmt = stmt.where(SyncConflict.resolved_at.is_(None))
    with reg.read() as s:
        return list(s.scalars(stmt).all())


def resolve_conflicts(reg: Register, ids: Iterable[int]) -> None:
    """Mark conflicts as reviewed (the district's value stays)."""
    with reg.write() as s:
        s.execute(
            update(SyncConflict)
            .where(SyncConflict.id.in_(list(ids)), SyncConflict.resolved_at.is_(None))
            .values(resolved_at=datetime.now(UTC))
        )


def rejected(reg: Register, include_dismissed: bool = False) -> list[SyncRejected]:
    stmt = select(SyncRejected).order_by(SyncRejected.device_seq)
    if not include_dismissed:
        stmt = stmt.where(SyncRejected.dismissed_at.is_(None))
    with reg.read() as s:
        return list(s.scalars(stmt).all())


def dismiss_rejected(reg: Register, ids: Iterable[int]) -> None:
    with reg.write() as s:
        s.execute(
            update(SyncRejected)
            .where(SyncRejected.id.in_(list(ids)), SyncRejected.dismissed_at.is_(None))
            .values(dismissed_at=datetime.now(UTC))
        )


def open_counts(reg: Register) -> tuple[int, int]:
    """(unresolved conflicts, undismissed refused changes), for the status bar."""
    with reg.read() as s:
        c = s.scalar(select(func.count()).where(SyncConflict.resolved_at.is_(None))) or 0
        r = s.scalar(select(func.count()).where(SyncRejected.dismissed_at.is_(None))) or 0
    return int(c), int(r)
