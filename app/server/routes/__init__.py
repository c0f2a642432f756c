"""The HTTP routes of the district server, one module per area (enroll, sync, ...)."""

from __future__ import annotations

from fastapi import FastAPI

from app.server.auth import install_error_handlers
from app.server.routes import enroll, sync


def install_routes(app: FastAPI) -> None:
    """ErrorBody answers for every error, then the device routes."""
    install_error_handlers(app)
    app.include_router(enroll.router)
    app.include_router(sync.router)
