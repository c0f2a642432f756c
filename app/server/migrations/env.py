"""Alembic environment of the server's own tables (version table: alembic_version_server)."""

from __future__ import annotations

from alembic import context

from app.server.models import ServerBase

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    version_table="alembic_version_server",
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # The register's tables have their own migrations: leave them alone here.
    include_name=lambda name, type_, _parent: (
        type_ != "table" or name in ServerBase.metadata.tables
    ),
)
with context.begin_transaction():
    context.run_migrations()
