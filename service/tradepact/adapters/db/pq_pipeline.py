"""The escrow hot path's statements sent straight through libpq's pipeline mode.

psycopg's own pipeline (`conn.pipeline()` with a cursor per statement) spends more CPU per
transition than the domain operation does: a Python generator round per statement, a cursor,
a pending-result queue. Here a batch of fixed statements goes out as it would there (named
prepared statements, one Sync, one round trip), but driven from a few libpq calls; parameters
are dumped and rows loaded by psycopg's own adapters (a `Transformer` on the connection), so a
row reads back exactly as a psycopg cursor would return it, and a failed statement raises the
psycopg error a cursor would.

Parameters go as text with no declared type: the server types each from where it stands in
the statement (a column, a function argument), as it already does for psycopg's `str`.

Prepared statements are per connection. psycopg deallocates every prepared statement of a
connection (DEALLOCATE ALL) when it rolls back a transaction or runs DROP, ALTER, DISCARD or
DEALLOCATE; `forget_prepared` (wired to the engine's rollback and statement events by
`watch_engine`) then marks ours as unsure. An unsure statement is closed (which is no error if
it is gone) and prepared again in the batch that next uses it.
"""

from __future__ import annotations

import itertools
import re
import threading
import weakref
from collections.abc import Sequence
from typing import Any

from psycopg import errors as pg_errors
from psycopg import pq
from psycopg.adapt import PyFormat, Transformer
from psycopg.generators import fetch_many, send
from sqlalchemy import Engine, event

_IDLE = pq.TransactionStatus.IDLE
_BAD = pq.ConnStatus.BAD
_FATAL = pq.ExecStatus.FATAL_ERROR
_SYNC = pq.ExecStatus.PIPELINE_SYNC
_TUPLES = pq.ExecStatus.TUPLES_OK
_COMMAND_OK = pq.ExecStatus.COMMAND_OK

# One name per statement text, the same on every connection; names never repeat.
_names: dict[bytes, bytes] = {}
_counter = itertools.count(1)


def _name_of(sql: bytes) -> bytes:
    name = _names.get(sql)
    if name is None:
        name = _names.setdefault(sql, b"tp_escrow_%d" % next(_counter))
    return name


class _Prepared:
    """What this process prepared on one connection: sure (exists) or unsure (may not)."""

    __slots__ = ("sure", "unsure")

    def __init__(self) -> None:
        self.sure: set[bytes] = set()
        self.unsure: set[bytes] = set()


_by_connection: weakref.WeakKeyDictionary[Any, _Prepared] = weakref.WeakKeyDictionary()
_by_connection_guard = threading.Lock()


def _prepared(conn: Any) -> _Prepared:
    state = _by_connection.get(conn)
    if state is None:
        with _by_connection_guard:
            state = _by_connection.setdefault(conn, _Prepared())
    return state


def forget_prepared(conn: Any) -> None:
    """The connection's prepared statements may be gone: prepare each again when next used."""
    state = _by_connection.get(conn)
    if state is not None:
        state.unsure |= state.sure
        state.sure = set()


def usable(conn: Any) -> bool:
    """True when a batch may run here: a psycopg connection opening transactions with a plain
    BEGIN (no autocommit, isolation level, read-only or deferrable setting to replay), with
    a libpq that can close a prepared statement (17 or later)."""
    return (getattr(conn, "pgconn", None) is not None and pq.version() >= 170000
            and not conn.autocommit
            and conn.isolation_level is None and conn.read_only is None
            and conn.deferrable is None)


def run(conn: Any, statements: Sequence[tuple[bytes, Sequence[Any]]], *,
        commit: bool = False) -> list[list[tuple]]:
    """Run statements ($n placeholders, parameters) in one round trip; their rows each.

    A BEGIN goes first when no transaction is open (as psycopg would send it); with `commit`
    a COMMIT goes last, and it does not run if a statement failed. A failed statement raises
    its psycopg error once the batch is back; the transaction is then aborted.
    """
    pg = conn.pgconn
    state = _prepared(conn)
    tx = Transformer(conn)
    text = PyFormat.TEXT
    # What each command's result is: b"" a statement's rows, a name its Parse, None neither.
    expect: list[bytes | None] = []
    with conn.lock:
        pg.enter_pipeline_mode()
        failed: BaseException | None = None
        try:
            if pg.transaction_status == _IDLE:
                pg.send_query_params(b"BEGIN", None)
                expect.append(None)
            for sql, params in statements:
                name = _name_of(sql)
                if name not in state.sure:
                    if name in state.unsure:
                        pg.send_close_prepared(name)
                        expect.append(None)
                    pg.send_prepare(name, sql, None)
                    expect.append(name)
                values = tx.dump_sequence(params, [text] * len(params)) if params else None
                pg.send_query_prepared(name, values)
                expect.append(b"")
            if commit:
                pg.send_query_params(b"COMMIT", None)
                expect.append(None)
            pg.pipeline_sync()
            results = conn.wait(_exchange(pg))
        except BaseException as exc:
            failed = exc
            raise
        finally:
            if pg.status != _BAD:
                try:
                    pg.exit_pipeline_mode()
                except pg_errors.OperationalError:
                    if failed is None:
                        raise
    if len(results) != len(expect):
        raise pg_errors.InternalError(f"{len(results)} results for {len(expect)} commands")
    error = None
    rows: list[list[tuple]] = []
    for what, batch in zip(expect, results, strict=True):
        res = batch[-1]
        status = res.status
        if status == _FATAL and error is None:
            error = pg_errors.error_from_result(res, encoding=conn.info.encoding)
        if what == b"":
            if status == _TUPLES:
                tx.set_pgresult(res)
                rows.append(tx.load_rows(0, res.ntuples, tuple))
            else:
                rows.append([])
        elif what is not None and status == _COMMAND_OK:
            state.sure.add(what)
            state.unsure.discard(what)
    if error is not None:
        raise error
    return rows


def _exchange(pg: Any) -> Any:
    """Send what is queued and read every result up to the Sync: one list per command."""
    yield from send(pg)
    out = []
    while True:
        batch = yield from fetch_many(pg)
        if not batch or batch[0].status == _SYNC:
            return out
        out.append(batch)


# psycopg's PrepareManager deallocates everything on these (see psycopg/_preparing.py).
_CLEARS = re.compile(r"^\s*(?:DROP|ALTER|ROLLBACK|DISCARD|DEALLOCATE)\b", re.IGNORECASE)


_watched: weakref.WeakSet[Engine] = weakref.WeakSet()


def watch_engine(engine: Engine) -> None:
    """Mark a connection's prepared statements unsure whenever psycopg may drop them: a
    rollback of an open transaction, or DDL, DISCARD or DEALLOCATE run through the engine.
    Once per engine."""
    with _by_connection_guard:
        if engine in _watched:
            return
        _watched.add(engine)

    def driver(conn: Any) -> Any:
        return conn.connection.driver_connection

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Any) -> None:
        raw = driver(conn)
        if getattr(raw, "pgconn", None) is not None and raw.pgconn.transaction_status != _IDLE:
            forget_prepared(raw)

    @event.listens_for(engine.pool, "reset")
    def _on_reset(dbapi_conn: Any, _record: Any, _state: Any) -> None:
        raw = getattr(dbapi_conn, "driver_connection", dbapi_conn)
        if getattr(raw, "pgconn", None) is not None and raw.pgconn.transaction_status != _IDLE:
            forget_prepared(raw)

    @event.listens_for(engine, "before_cursor_execute")
    def _on_execute(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if _CLEARS.match(statement):
            forget_prepared(driver(conn))


__all__ = ["forget_prepared", "run", "usable", "watch_engine"]
