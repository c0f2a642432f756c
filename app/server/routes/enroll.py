"""Enrollment of a school's PC, and the authenticated probe ``GET /api/v1/me``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import Engine

from app.models import School
from app.models.base import utcnow
from app.models.db import session_factory
from app.server import admin
from app.server.auth import ERROR_RESPONSES, ApiError, CurrentDevice, upgrade_required
from app.server.deps import SessionDep, get_engine
from app.server.versions import UpgradeRequired, check_versions
from app.services.errors import ServiceError
from app.sync.protocol import API_PREFIX, EnrollRequest, EnrollResponse, ErrorBody, ErrorCode

router = APIRouter(prefix=API_PREFIX, tags=["devices"])


class DeviceInfo(BaseModel):
    """Who the server takes this device for, and the server's clock."""

    device_id: str
    device_name: str
    school_id: str
    school_code: str
    school_name: str
    cursor: int  # the highest device_seq the server has taken from this device
    server_time: datetime


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    responses={
        400: {"model": ErrorBody, "description": "Wrong, used or expired code"},
        426: ERROR_RESPONSES[426],
    },
)
def enroll(
    request: EnrollRequest, engine: Annotated[Engine, Depends(get_engine)]
) -> EnrollResponse:
    """Spend a one-time enrollment code: the device's id and secret (shown once)."""
    try:
        check_versions(request.schema_version, request.app_version)
    except UpgradeRequired as exc:
        raise upgrade_required(exc) from None
    # A write transaction from the start (SQLite: BEGIN IMMEDIATE), so racing PCs queue.
    with session_factory(engine, write=True)() as session:
        try:
            device, secret = admin.enroll(
                session, request.code, request.device_name, request.app_version
            )
        except ServiceError as exc:
            session.rollback()
            raise ApiError(400, ErrorCode.ENROLL_CODE_INVALID, exc.message) from None
        school = session.get(School, device.school_id)
        assert school is not None
        answer = EnrollResponse(
            device_id=device.id,
            device_secret=secret,
            school_id=school.id,
            school_code=school.code,
            school_name=school.name,
            server_time=utcnow(),
        )
        session.commit()
    return answer


@router.get("/me", response_model=DeviceInfo, responses=ERROR_RESPONSES)
def me(device: CurrentDevice, session: SessionDep) -> DeviceInfo:
    """The authenticated device, its school and the server time (a probe, and the
    client's measure of its clock offset)."""
    school = session.get(School, device.school_id)
    return DeviceInfo(
        device_id=device.id,
        device_name=device.name,
        school_id=device.school_id,
        school_code=school.code if school else "",
        school_name=school.name if school else "",
        cursor=device.cursor,
        server_time=utcnow(),
    )
