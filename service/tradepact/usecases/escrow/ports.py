"""What the escrow use cases need from storage, the clock and the id generator."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol
from uuid import uuid4

from tradepact.domain.escrow.approvals import ApprovalPolicy
from tradepact.domain.escrow.audit import AuditEvent
from tradepact.domain.escrow.ledger import LedgerEntry
from tradepact.domain.escrow.model import Order

from ..idempotency import KeysInFlight

MIN_IDEMPOTENCY_TTL = timedelta(hours=24)
MIN_AUDIT_KEY_BYTES = 32


class StoredResponse(Protocol):
    """An idempotency record."""

    operation: str
    request_hash: str
    response_json: str
    expires_at: datetime


class EscrowTx(Protocol):
    """Statements inside one transaction (see adapters.db.escrow_repo.SqlEscrowTx)."""

    def claim_key(self, subject: str, key: str, *, prefetch_order: str | None = None,
                  now: datetime | None = None) -> tuple[bool, StoredResponse | None]: ...
    def get_key(self, subject: str, key: str) -> StoredResponse | None: ...
    def put_key(self, subject: str, key: str, operation: str, request_hash: str,
                response_json: str, now: datetime, expires_at: datetime, *,
                replace: bool) -> None: ...
    def order_id_for_contract(self, contract_id: str, version: int) -> str | None: ...
    def insert_order(self, order: Order, terms_json: str) -> None: ...
    def load_order(self, order_id: str, *, lock: bool = False) -> Order | None: ...
    def save_order(self, order: Order, touched: set[str]) -> None: ...
    def terms_json(self, order_id: str) -> str | None: ...
    def list_orders(self, party_ids: frozenset[str] | None, state: str | None, limit: int,
                    offset: int) -> list[Order]: ...
    def release_queue(self, limit: int, *, exclude_parties: frozenset[str] = frozenset(),
                      after: tuple[datetime, str] | None = None
                      ) -> list[tuple[Order, str]]: ...
    def order_ids(self) -> list[str]: ...
    def audit_head(self, order_id: str) -> tuple[int, str, str] | None: ...
    def add_entries(self, entries: list[LedgerEntry], at: datetime) -> None: ...
    def order_entries(self, order_id: str | None = None) -> list[LedgerEntry]: ...
    def funded_with_reference(self, order_id: str, reference: str) -> tuple[str, int] | None: ...
    def append_event(self, ev: AuditEvent) -> None: ...
    def events(self, order_id: str, after_sequence: int = 0,
               limit: int | None = None) -> list[AuditEvent]: ...


class EscrowStore(Protocol):
    """Opens transactions."""

    def write(self) -> AbstractContextManager[EscrowTx]: ...
    def read(self) -> AbstractContextManager[EscrowTx]: ...
    def purge_idempotency_keys(self, now: datetime) -> int: ...


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


def new_id() -> str:
    """A random 32-hex-digit id."""
    return uuid4().hex


@dataclass
class EscrowSettings:
    """Configuration of the escrow: reviewer thresholds, idempotency-key retention, and the
    key the audit events are sealed and verified with.

    The server passes the configured audit key (see adapters/audit_key.py); left out, it is a
    random one for this object's life, which seals and verifies only what this object wrote.
    """

    policy: ApprovalPolicy = field(default_factory=ApprovalPolicy)
    idempotency_ttl: timedelta = timedelta(hours=24)
    audit_key: bytes = field(default_factory=lambda: secrets.token_bytes(MIN_AUDIT_KEY_BYTES),
                             repr=False)

    def __post_init__(self) -> None:
        if self.idempotency_ttl < MIN_IDEMPOTENCY_TTL:
            raise ValueError(f"idempotency keys must be kept at least {MIN_IDEMPOTENCY_TTL}")
        if len(self.audit_key) < MIN_AUDIT_KEY_BYTES:
            raise ValueError(f"the audit key must be at least {MIN_AUDIT_KEY_BYTES} bytes")


@dataclass
class EscrowUnitOfWork:
    """Everything an escrow use case touches: the store, settings, clock and ids.

    `on_event` (optional) is called with (order_id, sequence) after each commit that appended
    an audit event, e.g. to wake in-process WatchOrder streams.

    `in_flight`: the idempotency keys this process's requests are running, so that another
    request with one is Conflict at once (on SQLite too, where the database would make it wait
    and replay); the server shares one with the contracts' unit of work.
    """

    store: EscrowStore
    settings: EscrowSettings = field(default_factory=EscrowSettings)
    clock: Callable[[], datetime] = utc_now
    new_id: Callable[[], str] = new_id
    on_event: Callable[[str, int], None] | None = None
    in_flight: KeysInFlight = field(default_factory=KeysInFlight)


__all__ = [
    "MIN_IDEMPOTENCY_TTL",
    "EscrowSettings",
    "EscrowStore",
    "EscrowTx",
    "EscrowUnitOfWork",
    "StoredResponse",
    "new_id",
    "utc_now",
]
