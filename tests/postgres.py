"""PostgreSQL for the tests: the URL from TEST_DATABASE_URL (or a skip saying how to
set it), and a fresh schema per use, dropped afterwards, so nothing clashes."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, text

from app.models.db import make_engine
from tests.system import missing


def postgres_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL", "")
    if not url:
        missing(
            "TEST_DATABASE_URL not set: set it to a PostgreSQL URL, e.g. "
            "postgresql+psycopg://postgres@127.0.0.1:5432/test, to run the PostgreSQL tests"
        )
    if not url.startswith("postgresql"):
        pytest.skip(f"TEST_DATABASE_URL is not a PostgreSQL URL: {url.split(':', 1)[0]}")
    return url


@contextmanager
def fresh_schema(base: str, prefix: str = "sotb_test") -> Iterator[tuple[Engine, str]]:
    """An engine whose search_path is a new, empty schema, and an URL that reaches the
    same schema (for a server process or the CLI)."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    root = make_engine(base)
    with root.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(base, connect_args={"options": f"-csearch_path={schema}"})
    sep = "&" if "?" in base else "?"
    try:
        yield engine, f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        engine.dispose()
        with root.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        root.dispose()
