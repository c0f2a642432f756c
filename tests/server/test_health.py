"""The server answers its health check with its version and schema version."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app import __version__
from app.models.migrate import head_revision
from app.server.api import create_app
from app.server.cli import build_parser


def test_healthz_reports_versions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.server.db import open_server_db

    client = TestClient(create_app(open_server_db(f"sqlite:///{tmp_path / 'server.sqlite'}")))
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "version": __version__,
        "schema_version": head_revision(),
    }
    assert client.get("/api/v1/openapi.json").json()["info"]["version"] == __version__


def test_serve_arguments() -> None:
    args = build_parser().parse_args(["serve", "--port", "9000", "--workers", "2"])
    assert (args.port, args.workers, args.host) == (9000, 2, "127.0.0.1")
