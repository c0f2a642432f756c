"""Alembic environment: runs on the connection handed in by app.models.migrate."""

from __future__ import annotations

from alembic import context

from app.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` run by hand
    from app.models.db import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///register.sqlite")
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
