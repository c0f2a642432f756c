"""Push and pull: the sync endpoints a school's PC calls."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.server.auth import ERROR_RESPONSES, ApiError, CurrentDevice, upgrade_required
from app.server.deps import SessionDep
from app.server.sync_apply import PushRefused, pull, push
from app.server.versions import UpgradeRequired, check_versions
from app.sync.protocol import (
    API_PREFIX,
    CURSOR_HEADER,
    DEFAULT_PULL_LIMIT,
    ErrorCode,
    PullResponse,
    PushRequest,
    PushResponse,
)

router = APIRouter(prefix=f"{API_PREFIX}/sync", tags=["sync"], responses=ERROR_RESPONSES)


@router.post("/push", response_model=PushResponse)
def push_changes(request: PushRequest, device: CurrentDevice, session: SessionDep) -> Response:
    """Apply one batch of the device's outbox; the same batch_id twice gives one answer."""
    try:
        check_versions(request.schema_version, request.app_version)
    except UpgradeRequired as exc:
        raise upgrade_required(exc) from None
    try:
        answer = push(session, device, request)
    except PushRefused as exc:
        session.rollback()
        raise ApiError(
            409, ErrorCode.BAD_REQUEST, exc.message, headers={CURSOR_HEADER: str(exc.cursor)}
        ) from None
    # Serialised once, not validated again: a first upload's answer holds 2,000 results.
    return Response(answer.model_dump_json(), media_type="application/json")


@router.get("/pull", response_model=PullResponse)
def pull_changes(
    device: CurrentDevice,
    session: SessionDep,
    since: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = DEFAULT_PULL_LIMIT,
) -> PullResponse:
    """Changes of the device's school after ``since`` that it did not make itself."""
    return pull(session, device, since, limit)
