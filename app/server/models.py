"""The district server's own tables (the schools' rows live in the register tables).

Every table carries ``school_id`` where it belongs to a school, so the data can later
be distributed by school.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.base import NAMING, UtcDateTime, utcnow
from app.models.ids import uuid7


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Device(ServerBase):
    """An enrolled PC. Only the hash of its secret is kept, and its bundle key wrapped."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    school_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    app_version: Mapped[str] = mapped_column(String(30), default="")
    # The highest device_seq taken from this device (pushes at or below are skipped).
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    # Its USB bundle key, wrapped by the server key file (app/server/keys.py).
    bundle_key: Mapped[str | None] = mapped_column(String(96), default=None)


class EnrollCode(ServerBase):
    """A one-time code the district gives a school's officer."""

    __tablename__ = "enroll_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    school_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class ChangeLog(ServerBase):
    """Every change the server applied, in commit order (server_seq)."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_school_seq", "school_id", "server_seq"),)

    server_seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    school_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    changed: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)
    # The device that made it; None for the district's own edits.
    origin_device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    change_id: Mapped[str | None] = mapped_column(String(64), default=None)
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PushBatch(ServerBase):
    """The answer given to a batch, returned again if the same batch comes back."""

    __tablename__ = "push_batch"

    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    response: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DistrictUser(ServerBase):
    """District staff who log in to the dashboard (argon2 password hashes)."""

    __tablename__ = "district_user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(100), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="staff")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
