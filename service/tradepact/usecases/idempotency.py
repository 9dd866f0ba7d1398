"""Run a write exactly once per (principal, idempotency key), inside the write's transaction.

A key is "in flight" while a request with it runs: another request with the key is Conflict
(ABORTED) at once, not queued behind it. Within one process `KeysInFlight` says so before any
transaction starts (on SQLite, one writer at a time, the database alone would make the second
request wait for the first and replay it); across processes PostgreSQL's advisory lock on the
key does (adapters.db.idempotency).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from tradepact.domain.errors import Conflict, InvalidInput
from tradepact.domain.principal import Principal

log = logging.getLogger(__name__)

MAX_KEY_LENGTH = 200
T = TypeVar("T")


class KeyTx(Protocol):
    """The idempotency-key statements a write transaction offers."""

    def try_lock_key(self, subject: str, key: str) -> bool: ...
    def get_key(self, subject: str, key: str) -> Any: ...
    def put_key(self, subject: str, key: str, operation: str, request_hash: str,
                response_json: str, now: datetime, expires_at: datetime, *,
                replace: bool) -> None: ...


def in_flight(key: str) -> Conflict:
    """The error for a request whose idempotency key another request is still using."""
    return Conflict(f"a request with idempotency key {key!r} is still in flight")


class KeysInFlight:
    """The (principal subject, idempotency key) pairs requests of this process are running.

    Thread-safe; one per process, shared by every use case whose keys share the key table
    (the escrow's and the contracts').
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: set[tuple[str, str]] = set()

    @contextmanager
    def hold(self, subject: str, key: str) -> Iterator[None]:
        """Mark the key in flight for the block; Conflict when it already is. The mark goes
        however the block ends."""
        entry = (subject, key)
        with self._lock:
            if entry in self._held:
                raise in_flight(key)
            self._held.add(entry)
        try:
            yield
        finally:
            with self._lock:
                self._held.discard(entry)

    def held(self) -> frozenset[tuple[str, str]]:
        """The pairs in flight now (for tests and diagnostics)."""
        with self._lock:
            return frozenset(self._held)


def _default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | datetime):
        return str(value)
    if is_dataclass(value):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    raise TypeError(f"cannot fingerprint {type(value).__name__}")


def request_fingerprint(operation: str, cmd: Any) -> str:
    """SHA-256 of the operation and every command field except the idempotency key.

    Fields marked `metadata={"fingerprint": "when set"}` count only when non-empty, so a field
    added later does not change the fingerprint of requests recorded before it existed.
    """
    body = {f.name: getattr(cmd, f.name) for f in fields(cmd) if f.name != "idempotency_key"
            and (f.metadata.get("fingerprint") != "when set" or getattr(cmd, f.name))}
    canonical = json.dumps({"op": operation, "request": body}, sort_keys=True,
                           separators=(",", ":"), default=_default, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def aware(dt: datetime) -> datetime:
    """A naive timestamp read back from SQLite is UTC."""
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def check_key(key: str) -> None:
    """Every mutating call needs a key of sane length."""
    if not key or len(key) > MAX_KEY_LENGTH:
        raise InvalidInput("idempotency_key", f"is required, at most {MAX_KEY_LENGTH} characters")
    if "\x00" in key:  # PostgreSQL text cannot hold it: the key's record could not be written
        raise InvalidInput("idempotency_key", "must not contain NUL characters")


def run_once(tx: KeyTx, principal: Principal, operation: str, cmd: Any, now: datetime,
             ttl: timedelta, work: Callable[[], T], dump: Callable[[T], str],
             load: Callable[[str], T]) -> T:
    """Replay the stored response, refuse a reused key, or do the work and record it."""
    key = cmd.idempotency_key
    check_key(key)
    request_hash = request_fingerprint(operation, cmd)
    if not tx.try_lock_key(principal.subject, key):
        raise in_flight(key)
    prior = tx.get_key(principal.subject, key)
    if prior is not None and aware(prior.expires_at) > now:
        if (prior.operation, prior.request_hash) != (operation, request_hash):
            raise InvalidInput("idempotency_key", "was already used with a different request")
        log.info("replaying %s for an idempotency key of %s", operation, principal.subject)
        return load(prior.response_json)
    result = work()
    tx.put_key(principal.subject, key, operation, request_hash, dump(result), now, now + ttl,
               replace=prior is not None)
    return result
