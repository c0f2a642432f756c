"""The district server's HTTP application."""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

from app import __version__
from app.models.migrate import head_revision


class Health(BaseModel):
    status: str
    version: str
    schema_version: str


def create_app() -> FastAPI:
    api = FastAPI(
        title="Sổ Thiết Bị – district server",
        version=__version__,
        openapi_url="/api/v1/openapi.json",
    )

    @api.get("/healthz", response_model=Health)
    def healthz() -> Health:
        return Health(status="ok", version=__version__, schema_version=head_revision())

    return api
