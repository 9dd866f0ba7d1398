"""Shared fixtures: databases (SQLite and PostgreSQL) and real server processes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # makes `tests.support` importable

from tests.support.pg import throwaway_database  # noqa: E402
from tests.support.server_process import ServerProcess  # noqa: E402


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """An empty SQLite database file."""
    return f"sqlite+pysqlite:///{tmp_path / 'tradepact.sqlite3'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """An empty PostgreSQL database (fails on CI when unreachable, skips elsewhere)."""
    with throwaway_database() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each test using it runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / 'tradepact.sqlite3'}"
    else:
        with throwaway_database() as url:
            yield url


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A real `tradepact serve` on the embedded SQLite default, shared by a test module."""
    proc = ServerProcess(tmp_path_factory.mktemp("server")).start()
    try:
        yield proc
    finally:
        proc.terminate()
