"""Escrow tables as SQLModel classes on SQLModel.metadata (Alembic migrations come from these).

The hot paths use SQLAlchemy Core statements on `Model.__table__`; the classes exist for the
schema and for readable ad-hoc queries. States are stored as the domain's StrEnum values.
Audit event timestamps are stored as the exact ISO text that was hashed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

_TS = DateTime(timezone=True)


class EscrowOrderRow(SQLModel, table=True):
    """One escrow order made from a frozen contract version."""

    __tablename__ = "escrow_orders"
    __table_args__ = (UniqueConstraint("contract_id", "contract_version",
                                       name="uq_escrow_orders_contract_version"),)

    id: str = Field(primary_key=True, max_length=64)
    contract_id: str = Field(max_length=64)
    contract_version: int
    terms_fingerprint: str = Field(max_length=64)
    terms_json: str = Field(sa_type=Text)
    terms_summary: str = Field(default="", sa_type=Text)
    total_minor: int = Field(sa_type=BigInteger)
    currency: str = Field(max_length=3)
    buyer_party_id: str = Field(index=True, max_length=128)
    seller_party_id: str = Field(index=True, max_length=128)
    created_by: str = Field(max_length=256)
    created_at: datetime = Field(sa_type=_TS, index=True)
    updated_at: datetime = Field(sa_type=_TS)
    state: str = Field(index=True, max_length=32)
    version: int = 0
    audit_sequence: int = 0
    audit_head: str = Field(default="", max_length=64)
    audit_seal: str = Field(default="", max_length=64)  # the head's seal (audit.head_seal)
    dispute_json: str | None = Field(default=None, sa_type=Text)


class EscrowMilestoneRow(SQLModel, table=True):
    """One installment held in escrow; evidence and approvals ride along as JSON."""

    __tablename__ = "escrow_milestones"
    __table_args__ = (Index("ix_escrow_milestones_queue", "state", "release_requested_at"),)

    id: str = Field(primary_key=True, max_length=64)
    order_id: str = Field(foreign_key="escrow_orders.id", index=True, max_length=64)
    idx: int
    label: str = Field(max_length=64)
    amount_minor: int = Field(sa_type=BigInteger)
    currency: str = Field(max_length=3)
    trigger: str = Field(max_length=32)
    release_condition: str = Field(max_length=32)
    method: str = Field(max_length=32)
    due_days: int | None = None
    state: str = Field(max_length=32)
    funded_minor: int = Field(default=0, sa_type=BigInteger)
    released_minor: int = Field(default=0, sa_type=BigInteger)
    refunded_minor: int = Field(default=0, sa_type=BigInteger)
    evidence_json: str = Field(default="[]", sa_type=Text)
    approvals_json: str = Field(default="[]", sa_type=Text)
    approvals_required: int = 1
    release_requested_by: str | None = Field(default=None, max_length=256)
    release_requested_at: datetime | None = Field(default=None, sa_type=_TS)
    release_note: str = Field(default="", sa_type=Text)
    reject_reason: str = Field(default="", sa_type=Text)
    payout_json: str | None = Field(default=None, sa_type=Text)
    version: int = 0


# A FUND movement's ESCROW_HELD leg carries the bank's payment reference: one per order, so
# one bank payment is never counted twice (the use case refuses it first, under the order's
# lock; this index is the last line).
FUND_REFERENCE_WHERE = "movement = 'FUND' AND account = 'ESCROW_HELD'"


class EscrowLedgerEntryRow(SQLModel, table=True):
    """One leg of a balanced movement; signed minor units (+ debit, - credit). Append-only."""

    __tablename__ = "escrow_ledger_entries"
    __table_args__ = (Index("uq_escrow_ledger_fund_reference", "order_id", "reference",
                            unique=True, sqlite_where=text(FUND_REFERENCE_WHERE),
                            postgresql_where=text(FUND_REFERENCE_WHERE)),)

    id: int | None = Field(default=None, primary_key=True)
    movement_id: str = Field(index=True, max_length=64)
    movement: str = Field(max_length=16)
    order_id: str = Field(foreign_key="escrow_orders.id", index=True, max_length=64)
    milestone_id: str = Field(foreign_key="escrow_milestones.id", max_length=64)
    account: str = Field(max_length=32)
    amount_minor: int = Field(sa_type=BigInteger)
    currency: str = Field(max_length=3)
    reference: str = Field(default="", max_length=256)
    created_at: datetime = Field(sa_type=_TS)


class EscrowEventRow(SQLModel, table=True):
    """One hash-chained, sealed audit event of an order. Append-only (on PostgreSQL a trigger
    refuses UPDATE, DELETE and TRUNCATE; see migration 0004)."""

    __tablename__ = "escrow_events"

    order_id: str = Field(primary_key=True, foreign_key="escrow_orders.id", max_length=64)
    sequence: int = Field(primary_key=True)
    kind: str = Field(max_length=64)
    actor: str = Field(max_length=256)
    at: str = Field(max_length=40)
    payload_json: str = Field(sa_type=Text)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    seal: str = Field(default="", max_length=64)  # HMAC under the audit key (audit.event_seal)


class EscrowAuditKeyRow(SQLModel, table=True):
    """One row: the check value of the key the log is sealed with (audit.key_check), so a
    server holding another key refuses to start rather than seal with it. Never the key."""

    __tablename__ = "escrow_audit_key"

    id: int = Field(default=1, primary_key=True)
    key_check: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=_TS)


class IdempotencyKeyRow(SQLModel, table=True):
    """A mutating request's key, the hash of what it asked, and the response it got."""

    __tablename__ = "idempotency_keys"

    subject: str = Field(primary_key=True, max_length=256)  # keys are scoped per principal
    key: str = Field(primary_key=True, max_length=200)
    operation: str = Field(max_length=64)
    request_hash: str = Field(max_length=64)
    response_json: str = Field(sa_type=Text)
    created_at: datetime = Field(sa_type=_TS)
    expires_at: datetime = Field(sa_type=_TS, index=True)


orders = EscrowOrderRow.__table__
milestones = EscrowMilestoneRow.__table__
ledger_entries = EscrowLedgerEntryRow.__table__
events = EscrowEventRow.__table__
audit_key = EscrowAuditKeyRow.__table__
idempotency_keys = IdempotencyKeyRow.__table__

__all__ = [
    "EscrowAuditKeyRow",
    "EscrowEventRow",
    "EscrowLedgerEntryRow",
    "EscrowMilestoneRow",
    "EscrowOrderRow",
    "IdempotencyKeyRow",
    "audit_key",
    "events",
    "idempotency_keys",
    "ledger_entries",
    "milestones",
    "orders",
]
