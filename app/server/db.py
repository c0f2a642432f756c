"""The server's database: the register tables plus the server's own, both migrated."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from app.models import migrate as register_migrations
from app.models.db import make_engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
DEFAULT_URL = "sqlite:///sotb-server.sqlite"


def server_alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def open_server_db(url: str = DEFAULT_URL) -> Engine:
    engine = make_engine(url, pool_pre_ping=True)
    migrate(engine)
    return engine


def migrate(engine: Engine) -> None:
    """Register tables first (the schools' rows), then the server's own tables."""
    register_migrations.upgrade(engine)
    cfg = server_alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        # The server keeps its own change log: the PC's outbox triggers (present when
        # the server runs on SQLite) stay silent here.
        conn.execute(text("UPDATE sync_state SET applying = 1"))
