"""The server's own tables as its migrations build them match app/server/models.py, on
SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from app.server.models import ServerBase


def test_migrated_server_tables_match_the_models(server_engine: Engine) -> None:
    own = set(ServerBase.metadata.tables)
    with server_engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                # The register's tables (the schools' rows) have their own check.
                "include_name": lambda name, kind, _parent: kind != "table" or name in own,
            },
        )
        assert compare_metadata(ctx, ServerBase.metadata) == []
