"""Idempotency keys in the database, written in the same transaction as the work they guard.

"In flight" needs a lock another transaction can see without waiting: on PostgreSQL a
transaction-scoped advisory lock on the key's hash, tried without blocking. On SQLite a write
transaction holds the whole database (BEGIN IMMEDIATE), so here a second request with the same key
waits for the first to commit and then replays its response; within one process the use cases'
registry of keys in flight (usecases.idempotency.KeysInFlight) refuses it before that, as
PostgreSQL's lock does, and only another process's request waits.

`claim_key`, `INSERT_SQL` and `REPLACE_SQL` are the escrow hot path's versions: fixed SQL on the driver
connection inside the caller's transaction. On PostgreSQL the lock and the lookup go in one
pipeline but remain two statements, so the lookup's snapshot is taken after the lock is held
and sees the record of any request that held it before.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .engine import transaction
from .escrow_tables import idempotency_keys as keys

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredResponse:
    """What a key recorded: the operation, the request's hash and the response."""

    operation: str
    request_hash: str
    response_json: str
    expires_at: datetime


def key_lock_id(subject: str, key: str) -> int:
    """The advisory-lock id of a key (a bigint)."""
    digest = hashlib.blake2b(f"{subject}\x00{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # fits PostgreSQL's bigint


def try_lock_key(conn: Connection, subject: str, key: str) -> bool:
    """Take the key's in-flight lock for this transaction; False when another holds it."""
    if conn.dialect.name != "postgresql":
        return True  # the SQLite write transaction already excludes every other writer
    return bool(conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"),
                             {"k": key_lock_id(subject, key)}).scalar_one())


def get_key(conn: Connection, subject: str, key: str) -> StoredResponse | None:
    """The stored response for (subject, key), expired or not."""
    row = conn.execute(
        select(keys.c.operation, keys.c.request_hash, keys.c.response_json, keys.c.expires_at)
        .where(keys.c.subject == subject, keys.c.key == key)).first()
    if row is None:
        return None
    return StoredResponse(row.operation, row.request_hash, row.response_json, row.expires_at)


def put_key(conn: Connection, subject: str, key: str, operation: str, request_hash: str,
            response_json: str, now: datetime, expires_at: datetime, *, replace: bool) -> None:
    """Record the response; `replace` overwrites an expired record of the same key."""
    values = dict(operation=operation, request_hash=request_hash, response_json=response_json,
                  created_at=now, expires_at=expires_at)
    if replace:
        # an upsert, as REPLACE_SQL below: the purge may have deleted the expired record since
        # it was read, and an UPDATE would then record nothing
        upsert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        conn.execute(upsert(keys).values(subject=subject, key=key, **values)
                     .on_conflict_do_update(index_elements=[keys.c.subject, keys.c.key], set_=values))
    else:
        conn.execute(insert(keys).values(subject=subject, key=key, **values))


_GET = ('SELECT operation, request_hash, response_json, expires_at FROM idempotency_keys '
        'WHERE subject = %(subject)s AND "key" = %(key)s')
INSERT_SQL = ('INSERT INTO idempotency_keys (subject, "key", operation, request_hash, response_json, '
           'created_at, expires_at) VALUES (%(subject)s, %(key)s, %(operation)s, '
           '%(request_hash)s, %(response_json)s, %(created_at)s, %(expires_at)s)')
# An upsert, not an UPDATE: the purge takes no key lock, so the expired record a request read
# may be gone by the time it writes the new one (an UPDATE then wrote nothing, and a retry
# with the key ran the operation again).
REPLACE_SQL = (INSERT_SQL + ' ON CONFLICT (subject, "key") DO UPDATE SET '
               'operation = excluded.operation, request_hash = excluded.request_hash, '
               'response_json = excluded.response_json, created_at = excluded.created_at, '
               'expires_at = excluded.expires_at')


def sqlite_form(sql: str) -> str:
    """The same statement with SQLite's :named parameters."""
    return sql.replace("%(", ":").replace(")s", "")


def claim_key(raw: Any, postgres: bool, subject: str, key: str,
              then: Sequence[tuple[str, dict]] = ()
              ) -> tuple[bool, StoredResponse | None, list[list[tuple]]]:
    """(locked, record, rows of `then`): take the in-flight lock and read the stored response.

    `raw` is the driver connection of an open transaction. The record is only meaningful when
    the lock was taken. `then` are further statements (SQL in the driver's form, parameters)
    that the caller will need whatever the key holds; on PostgreSQL they go in the same
    pipeline, after the lookup, so the whole claim costs one round trip.
    """
    params = {"subject": subject, "key": key}
    if postgres:
        with raw.pipeline():
            lock = raw.execute("SELECT pg_try_advisory_xact_lock(%(k)s)",
                               {"k": key_lock_id(subject, key)}, prepare=True)
            found = raw.execute(_GET, params, prepare=True)
            more = [raw.execute(sql, p, prepare=True) for sql, p in then]
        locked, row = bool(lock.fetchone()[0]), found.fetchone()
        rows = [c.fetchall() for c in more]
    else:
        locked, row = True, raw.execute(sqlite_form(_GET), params).fetchone()
        rows = [raw.execute(sql, p).fetchall() for sql, p in then]
    if row is None:
        return locked, None, rows
    expires = row[3] if isinstance(row[3], datetime) else datetime.fromisoformat(row[3])
    return locked, StoredResponse(row[0], row[1], row[2], expires), rows


def purge_expired(engine: Engine, now: datetime) -> int:
    """Delete keys whose retention ended; returns how many went."""
    with transaction(engine, write=True) as conn:
        count = conn.execute(delete(keys).where(keys.c.expires_at < now)).rowcount
    log.info("purged %d expired idempotency keys", count)
    return count


__all__ = ["INSERT_SQL", "REPLACE_SQL", "StoredResponse", "claim_key", "get_key", "key_lock_id",
           "purge_expired", "put_key", "try_lock_key"]
