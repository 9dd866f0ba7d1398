"""Migrations build the whole schema on an empty SQLite file and an empty PostgreSQL database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from tradepact.adapters.db import tables  # noqa: F401 - registers the tables
from tradepact.adapters.db.engine import make_engine
from tradepact.adapters.db.migrate import MIGRATIONS, alembic_config, current_revision, upgrade


def _head() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def test_migrations_build_the_schema_the_models_describe(database_url):
    upgrade(database_url)
    assert current_revision(database_url) == _head()
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    finally:
        engine.dispose()
    assert diff == [], "models and migrations disagree: generate a new revision"


def test_upgrading_twice_changes_nothing(database_url):
    upgrade(database_url)
    upgrade(database_url)
    assert current_revision(database_url) == _head()


def test_db_upgrade_command_creates_the_sqlite_file_under_the_data_dir(tmp_path: Path):
    tradepact = Path(sys.executable).with_name("tradepact")
    out = subprocess.run([str(tradepact), "db", "upgrade", "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "d" / "tradepact.sqlite3").exists()
    assert _head() in out.stdout
    assert MIGRATIONS.is_dir()
