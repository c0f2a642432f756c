"""Device authentication, and the one error shape every answer of the API uses.

A device proves itself on every request with two headers::

    X-Device-Id: <device id>
    Authorization: Bearer <device secret>

and says which schema and app version it speaks (``X-Schema-Version``,
``X-App-Version``). ``CurrentDevice`` refuses an unknown device or a wrong secret
(401), a revoked device (403) and a version outside the accepted range (426); a
refused request changes nothing. Every error body is an ``ErrorBody`` JSON object.
"""

from __future__ import annotations

import hmac
import logging
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.models.base import utcnow
from app.server.admin import sha256_hex
from app.server.deps import SessionDep
from app.server.models import Device
from app.server.versions import UpgradeRequired, check_versions
from app.services.errors import ServiceError
from app.sync.protocol import (
    APP_HEADER,
    DEVICE_HEADER,
    SCHEMA_HEADER,
    ErrorBody,
    ErrorCode,
)

log = logging.getLogger(__name__)

# last_seen_at is written at most this often per device (each write is a transaction).
LAST_SEEN_EVERY = timedelta(seconds=60)

UNAUTHORIZED_MESSAGE = (
    "Máy chủ không nhận ra máy này (mã máy hoặc khóa bí mật không đúng). "
    "Hãy đăng ký lại máy trong mục Cài đặt đồng bộ bằng mã mới do Phòng GD&ĐT cấp."
)
REVOKED_MESSAGE = "Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ Phòng GD&ĐT để đăng ký lại."


class ApiError(Exception):
    """An answer other than success: HTTP status plus an ErrorBody."""

    def __init__(
        self,
        status_code: int,
        code: ErrorCode,
        message: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = ErrorBody(code=code, message=message)
        self.headers = headers


def unauthorized() -> ApiError:
    return ApiError(
        401, ErrorCode.UNAUTHORIZED, UNAUTHORIZED_MESSAGE, {"WWW-Authenticate": "Bearer"}
    )


def upgrade_required(exc: UpgradeRequired) -> ApiError:
    return ApiError(426, ErrorCode.UPGRADE_REQUIRED, exc.message)


# For the OpenAPI document of every route that takes CurrentDevice.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Unknown device or wrong secret (unauthorized)"},
    403: {"model": ErrorBody, "description": "The device was revoked (revoked)"},
    426: {"model": ErrorBody, "description": "Client too old or too new (upgrade_required)"},
}

_device_header = APIKeyHeader(
    name=DEVICE_HEADER, auto_error=False, description="The device id given at enrollment"
)
_bearer = HTTPBearer(auto_error=False, description="The device secret given at enrollment")

_DUMMY_HASH = sha256_hex("no such device")


def authenticate(session: Session, device_id: str | None, secret: str | None) -> Device:
    """The device these credentials prove, else ApiError 401/403. Writes nothing."""
    if not device_id or not secret or len(device_id) > 36:
        raise unauthorized()
    device = session.get(Device, device_id)
    # Compare even for an unknown id, so both refusals take the same time.
    stored = device.secret_hash if device is not None else _DUMMY_HASH
    matches = hmac.compare_digest(stored.encode("ascii"), sha256_hex(secret).encode("ascii"))
    if device is None or not matches:
        log.warning("refused device %r: unknown device or wrong secret", device_id[:36])
        raise unauthorized()
    if device.revoked_at is not None:
        log.warning("refused device %s: revoked", device.id)
        raise ApiError(403, ErrorCode.REVOKED, REVOKED_MESSAGE)
    return device


def current_device(
    session: SessionDep,
    device_id: Annotated[str | None, Security(_device_header)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    schema_version: Annotated[str | None, Header(alias=SCHEMA_HEADER)] = None,
    app_version: Annotated[str | None, Header(alias=APP_HEADER)] = None,
) -> Device:
    """The authenticated, not revoked device of this request, in the request's session.

    The session's transaction is committed before the handler runs, so the handler
    starts a fresh one (re-read the device ``with_for_update`` before changing its
    cursor).
    """
    device = authenticate(session, device_id, credentials.credentials if credentials else None)
    try:
        check_versions(schema_version, app_version)
    except UpgradeRequired as exc:
        log.info("device %s: %s", device.id, exc.detail)
        raise upgrade_required(exc) from None
    session.commit()  # end the read; a write below starts with its own UPDATE
    now = utcnow()
    app = (app_version or "")[:30]
    if (
        device.last_seen_at is None
        or now - device.last_seen_at >= LAST_SEEN_EVERY
        or device.app_version != app
    ):
        device.last_seen_at = now
        device.app_version = app
        try:
            session.commit()
        except OperationalError:  # busy database: last_seen_at is not worth a refusal
            session.rollback()
            log.warning("device %s: last_seen_at not written (database busy)", device.id)
    return device


CurrentDevice = Annotated[Device, Depends(current_device)]


# -- error handlers -----------------------------------------------------------------


def _json(status_code: int, body: ErrorBody, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body.model_dump(mode="json"), status_code=status_code, headers=headers)


_STATUS_MESSAGES = {
    401: UNAUTHORIZED_MESSAGE,
    403: "Máy này không có quyền làm việc này.",
    404: "Máy chủ không có địa chỉ này. Hãy kiểm tra địa chỉ máy chủ trong Cài đặt đồng bộ.",
    405: "Máy chủ không nhận kiểu yêu cầu này ở địa chỉ này.",
}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query"))
        parts.append(f"{where}: {err.get('msg', '')}" if where else str(err.get("msg", "")))
    return (
        "Yêu cầu gửi lên không hợp lệ (" + "; ".join(parts) + "). "
        "Hãy cập nhật Sổ Thiết Bị; nếu vẫn lỗi, báo Phòng GD&ĐT."
    )


def install_error_handlers(app: FastAPI) -> None:
    """Make every error answer an ErrorBody JSON object."""

    async def on_api_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return _json(exc.status_code, exc.body, exc.headers)

    async def on_upgrade(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, UpgradeRequired)
        return on_error(upgrade_required(exc))

    async def on_service_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ServiceError)
        return _json(400, ErrorBody(code=ErrorCode.BAD_REQUEST, message=exc.message))

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _json(422, ErrorBody(code=ErrorCode.BAD_REQUEST, message=_validation_message(exc)))

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        if isinstance(exc.detail, dict) and "code" in exc.detail:
            body = ErrorBody.model_validate(exc.detail)
        else:
            code = ErrorCode.UNAUTHORIZED if exc.status_code == 401 else ErrorCode.BAD_REQUEST
            message = _STATUS_MESSAGES.get(exc.status_code)
            if message is None:
                message = f"Máy chủ từ chối yêu cầu (mã {exc.status_code}): {exc.detail}"
            body = ErrorBody(code=code, message=message)
        return _json(exc.status_code, body, dict(exc.headers) if exc.headers else None)

    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _json(
            500,
            ErrorBody(
                code=ErrorCode.BAD_REQUEST,
                message="Máy chủ gặp lỗi khi xử lý yêu cầu. Dữ liệu trên máy vẫn được giữ; "
                "phần mềm sẽ thử lại sau. Nếu lỗi kéo dài, hãy báo Phòng GD&ĐT.",
            ),
        )

    def on_error(exc: ApiError) -> JSONResponse:
        return _json(exc.status_code, exc.body, exc.headers)

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(UpgradeRequired, on_upgrade)
    app.add_exception_handler(ServiceError, on_service_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_crash)
