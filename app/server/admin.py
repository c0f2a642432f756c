"""The district's administrative operations, as plain functions on a Session.

Schools, one-time enrollment codes, devices and district staff. Nothing here knows
about HTTP: the CLI and the routes call these and own the transaction (the functions
flush, the caller commits). Refusals are ServiceError with a Vietnamese message.

Secrets are never stored: an enrollment code and a device secret are kept only as
their sha256, a staff password only as its argon2 hash.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import School
from app.models.base import utcnow
from app.models.ids import uuid7
from app.server import keys
from app.server.models import Device, DistrictUser, EnrollCode
from app.services.errors import ServiceError
from app.services.schemas import SchoolInput, parse
from app.sync.bundle import bundle_key

# Enrollment codes: no 0/O, 1/I/L, so a code read over the phone is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12  # 31**12 ≈ 2**59 codes
CODE_GROUP = 4
MAX_VALID_HOURS = 24 * 30
ROLES = ("admin", "staff")
MIN_PASSWORD_LENGTH = 8

ENROLL_CODE_INVALID = (
    "Mã đăng ký không đúng. Hãy kiểm tra lại từng ký tự, hoặc xin Phòng GD&ĐT cấp mã mới."
)
ENROLL_CODE_USED = (
    "Mã đăng ký này đã được dùng cho một máy khác (mỗi mã chỉ dùng được một lần). "
    "Hãy xin Phòng GD&ĐT cấp mã mới."
)
ENROLL_CODE_EXPIRED = "Mã đăng ký đã hết hạn. Hãy xin Phòng GD&ĐT cấp mã mới."

_hasher = PasswordHasher()


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- schools ------------------------------------------------------------------------


def add_school(session: Session, data: SchoolInput | dict[str, Any]) -> School:
    """Create a school the district manages; its mã trường must be new."""
    values = parse(SchoolInput, data)
    if _school_by_code(session, values.code) is not None:
        raise ServiceError.for_field(
            "code", f"Đã có trường mã {values.code}. Mỗi trường phải có một mã riêng."
        )
    school = School(**values.model_dump())
    session.add(school)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:  # created by someone else meanwhile
        raise ServiceError.for_field(
            "code", f"Đã có trường mã {values.code}. Mỗi trường phải có một mã riêng."
        ) from None
    return school


def _school_by_code(session: Session, code: str) -> School | None:
    return session.scalars(
        select(School).where(func.upper(School.code) == code.strip().upper())
    ).first()


def find_school(session: Session, school: str) -> School:
    """A school by id or by mã trường."""
    key = school.strip()
    found = session.get(School, key) if len(key) <= 36 else None
    if found is None:
        found = _school_by_code(session, key)
    if found is None or found.deleted_at is not None:
        raise ServiceError(
            f"Không có trường nào có mã {key}. Xem danh sách bằng lệnh: sotb-server school list"
        )
    return found


def list_schools(session: Session) -> list[School]:
    return list(
        session.scalars(select(School).where(School.deleted_at.is_(None)).order_by(School.code))
    )


# -- enrollment codes ---------------------------------------------------------------


def normalise_code(code: str) -> str:
    """Upper case, separators and spaces removed: "abcd-efgh jkmn" -> "ABCDEFGHJKMN"."""
    return re.sub(r"[^0-9A-Za-z]", "", code).upper()


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + CODE_GROUP] for i in range(0, len(raw), CODE_GROUP))


def make_enroll_code(session: Session, school: str, valid_hours: float = 72) -> str:
    """A fresh one-time code for ``school`` (id or mã trường), e.g. "ABCD-EFGH-JKMN".

    Only the sha256 of the normalised code is stored; the code itself is shown once.
    It expires after ``valid_hours`` (see code_expires_at).
    """
    if not 1 <= valid_hours <= MAX_VALID_HOURS:
        raise ServiceError(
            f"Thời hạn của mã phải từ 1 đến {MAX_VALID_HOURS} giờ ({MAX_VALID_HOURS // 24} ngày)."
        )
    target = find_school(session, school)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = utcnow()
    session.add(
        EnrollCode(
            code_hash=sha256_hex(raw),
            school_id=target.id,
            created_at=now,
            expires_at=now + timedelta(hours=valid_hours),
        )
    )
    session.flush()
    return format_code(raw)


def _code_row(session: Session, code: str) -> EnrollCode | None:
    raw = normalise_code(code)
    return session.get(EnrollCode, sha256_hex(raw)) if len(raw) == CODE_LENGTH else None


def code_expires_at(session: Session, code: str) -> datetime | None:
    """When the code expires (UTC), None for a code that was never issued."""
    row = _code_row(session, code)
    return row.expires_at if row is not None else None


def enroll(
    session: Session, code: str, device_name: str = "", app_version: str = ""
) -> tuple[Device, str]:
    """Spend a one-time code: a new Device of the code's school and its secret.

    The secret (256 bits) is returned once; the database keeps only its sha256 and the
    bundle key derived from it, wrapped by the server key file. The
    code is taken by one conditional UPDATE, so two PCs racing with the same code
    cannot both succeed.
    """
    row = _code_row(session, code)
    if row is None:
        raise ServiceError.for_field("code", ENROLL_CODE_INVALID)
    now = utcnow()
    if row.used_at is not None:
        raise ServiceError.for_field("code", ENROLL_CODE_USED)
    if row.expires_at <= now:
        raise ServiceError.for_field("code", ENROLL_CODE_EXPIRED)
    school = session.get(School, row.school_id)
    if school is None or school.deleted_at is not None:
        raise ServiceError.for_field("code", ENROLL_CODE_INVALID)

    device_id = uuid7()
    taken = session.connection().execute(
        update(EnrollCode)
        .where(
            EnrollCode.code_hash == row.code_hash,
            EnrollCode.used_at.is_(None),
            EnrollCode.expires_at > now,
        )
        .values(used_at=now, device_id=device_id)
    )
    if taken.rowcount != 1:  # another PC spent it meanwhile
        raise ServiceError.for_field("code", ENROLL_CODE_USED)
    session.expire(row)

    secret = secrets.token_urlsafe(32)
    device = Device(
        id=device_id,
        school_id=row.school_id,
        name=device_name.strip()[:100],
        secret_hash=sha256_hex(secret),
        bundle_key=keys.wrap(bundle_key(secret), device_id, keys.server_key()),
        created_at=now,
        app_version=app_version.strip()[:30],
        cursor=0,
    )
    session.add(device)
    session.flush()
    return device, secret


# -- devices ------------------------------------------------------------------------


def list_devices(session: Session, school: str | None = None) -> list[Device]:
    """Every device, or those of one school (id or mã trường), newest first."""
    query = select(Device)
    if school is not None:
        query = query.where(Device.school_id == find_school(session, school).id)
    return list(session.scalars(query.order_by(Device.created_at.desc(), Device.id)))


def revoke_device(session: Session, device_id: str) -> Device:
    """Refuse every later request of this device. Revoking twice changes nothing."""
    device = session.get(Device, device_id.strip())
    if device is None:
        raise ServiceError(
            f"Không có máy nào có mã {device_id}. Xem danh sách bằng lệnh: sotb-server device list"
        )
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        session.flush()
    return device


# -- district staff -----------------------------------------------------------------


def add_user(
    session: Session, username: str, password: str, full_name: str = "", role: str = "staff"
) -> DistrictUser:
    """A district staff account; the password is kept only as an argon2 hash."""
    name = username.strip()
    if not re.fullmatch(r"[A-Za-z0-9._-]{3,60}", name):
        raise ServiceError.for_field(
            "username",
            "Tên đăng nhập phải dài 3–60 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, "
            "gạch dưới hoặc gạch ngang.",
        )
    if role not in ROLES:
        raise ServiceError.for_field("role", f"Vai trò phải là một trong: {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServiceError.for_field(
            "password", f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự."
        )
    if len(full_name.strip()) > 100:
        raise ServiceError.for_field("full_name", "Họ và tên dài quá 100 ký tự.")
    taken = session.scalars(
        select(DistrictUser).where(func.lower(DistrictUser.username) == name.lower())
    ).first()
    if taken is not None:
        raise ServiceError.for_field("username", f"Đã có tài khoản {taken.username}.")
    user = DistrictUser(
        username=name,
        full_name=full_name.strip(),
        password_hash=_hasher.hash(password),
        role=role,
    )
    session.add(user)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise ServiceError.for_field("username", f"Đã có tài khoản {name}.") from None
    return user


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so both cases take the same time."""
    return _hasher.hash(secrets.token_urlsafe(16))


def verify_user(session: Session, username: str, password: str) -> DistrictUser | None:
    """The active user with this name and password, else None (never says which failed)."""
    user = session.scalars(
        select(DistrictUser).where(func.lower(DistrictUser.username) == username.strip().lower())
    ).first()
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled_at is not None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.flush()
    return user
