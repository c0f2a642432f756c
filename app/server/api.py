"""The district server's HTTP application."""

from __future__ import annotations

import os

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import Engine

from app import __version__
from app.models.migrate import head_revision
from app.server.db import DEFAULT_URL, open_server_db
from app.server.routes import install_routes

DATABASE_URL_ENV = "SOTB_SERVER_DATABASE_URL"


class Health(BaseModel):
    status: str
    version: str
    schema_version: str


def create_app(engine: Engine | None = None) -> FastAPI:
    """The app on ``engine``, or on the database named by $SOTB_SERVER_DATABASE_URL
    (each worker process builds its own)."""
    if engine is None:
        engine = open_server_db(os.environ.get(DATABASE_URL_ENV, DEFAULT_URL))
    api = FastAPI(
        title="Sổ Thiết Bị – district server",
        version=__version__,
        openapi_url="/api/v1/openapi.json",
    )
    api.state.engine = engine
    install_routes(api)

    @api.get("/healthz", response_model=Health)
    def healthz() -> Health:
        return Health(status="ok", version=__version__, schema_version=head_revision())

    return api
