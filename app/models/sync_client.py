"""The PC's own sync bookkeeping: settings, conflicts to review, refused changes.

None of these tables travel: they describe this register's conversation with the
district server.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utcnow


class SyncSetting(Base):
    """Key/value settings of the sync (server address, device id and secret, cursors)."""

    __tablename__ = "sync_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    """A column where the district's value replaced a pending edit of this school.

    ``origin`` is "pull" (found while applying pulled changes: ``server_value`` is the
    district's value) or "push" (the server answered "conflict" for a pushed change:
    the district's value arrives with a later pull, ``server_value`` is None).
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    column_name: Mapped[str] = mapped_column(String(60))
    local_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    origin: Mapped[str] = mapped_column(String(10), default="pull")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class SyncRejected(Base):
    """A pushed change the server refused; kept for the officer, never blocks the queue."""

    __tablename__ = "sync_rejected"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(64), unique=True)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(60), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    changed: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    dismissed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
