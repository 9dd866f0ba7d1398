"""Alembic migrations, run programmatically (`tradepact db upgrade`, or at start-up when asked)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from .engine import make_engine

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at the bundled migrations and the given database."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    return cfg


def upgrade(url: str, revision: str = "head", *,
            audit_key: bytes | Callable[[], bytes] | None = None) -> int:
    """Bring the database schema to `revision` (idempotent).

    Revision 0004 seals the audit events already stored with `audit_key` (the key, or a
    callable giving it, called only then) and refuses to run without it when there are any.
    Returns how many events it sealed (0 when it did not run or found none).
    """
    cfg = alembic_config(url)
    cfg.attributes["audit_key"] = audit_key
    command.upgrade(cfg, revision)
    return int(cfg.attributes.get("sealed_events", 0))


def current_revision(url: str) -> str | None:
    """The schema revision the database is at, or None when it has none."""
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def table_names(url: str) -> list[str]:
    """Tables present in the database (for checks and tests)."""
    engine = make_engine(url)
    try:
        return sorted(inspect(engine).get_table_names())
    finally:
        engine.dispose()
