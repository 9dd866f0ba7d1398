"""Engine factory and transactions that lock for real on both SQLite and PostgreSQL.

SQLite ignores SELECT ... FOR UPDATE, so a write transaction there starts with
BEGIN IMMEDIATE (one writer at a time, others wait on busy_timeout). PostgreSQL write
transactions take row locks with FOR UPDATE in the repositories.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import make_url

from tradepact.domain.errors import DuplicateRecord, Unavailable

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000


def sqlite_url_for(data_dir: str | Path) -> str:
    """The embedded default database: a file under the data directory."""
    path = Path(data_dir).expanduser().resolve() / "tradepact.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite+pysqlite:///{path}"


def is_sqlite(engine: Engine) -> bool:
    """True for the embedded SQLite backend."""
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, pool_size: int = 10, echo: bool = False) -> Engine:
    """Create an engine with durable settings for SQLite and a sized pool for PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            pool_size=pool_size,
            max_overflow=pool_size,
        )
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # No pre-ping (it costs a round trip per checkout): connections are recycled before
        # servers drop them, and a dead one fails the call with UNAVAILABLE, which clients retry.
        return create_engine(
            url, echo=echo, pool_size=pool_size, max_overflow=pool_size, pool_recycle=1800
        )
    raise ValueError(f"unsupported database backend {parsed.get_backend_name()!r}")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control from pysqlite so we can issue BEGIN IMMEDIATE ourselves.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # durable: fsync at every commit
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("tp_write", True) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def transaction(engine: Engine, *, write: bool = True) -> Iterator[Connection]:
    """One transaction: commits on success, rolls back on any exception.

    On SQLite a write transaction holds the database's write lock from its first statement
    (BEGIN IMMEDIATE), so read-check-write sequences cannot interleave.
    """
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(tp_write=write)
            with conn.begin():
                yield conn
    except (exc.IntegrityError, *_driver_errors("IntegrityError")) as err:
        # A unique constraint caught a concurrent writer the checks did not see: retryable.
        raise DuplicateRecord("a concurrent request wrote the same record; retry") from err
    except (exc.OperationalError, exc.InterfaceError,
            *_driver_errors("OperationalError", "InterfaceError")) as err:
        raise Unavailable("the database (connection lost or busy); retry") from err


def _driver_errors(*names: str) -> tuple[type[BaseException], ...]:
    """The DBAPI drivers' own classes: hot paths run statements on the raw connection."""
    import sqlite3

    out: list[type[BaseException]] = [getattr(sqlite3, n) for n in names]
    try:
        import psycopg

        out += [getattr(psycopg, n) for n in names]
    except ImportError:
        pass
    return tuple(out)
