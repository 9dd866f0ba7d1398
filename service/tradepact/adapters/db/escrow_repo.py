"""The escrow store on SQLite or PostgreSQL: Core statements, one transaction per operation.

Concurrency: every write runs in `transaction(engine, write=True)`. On SQLite that is BEGIN
IMMEDIATE, so one writer at a time; on PostgreSQL the order row is locked with FOR UPDATE before
it is read. On top of either, every UPDATE checks the row's version, so a lost update surfaces
as `Conflict` instead of silently overwriting. Each committed audit event is announced on
PostgreSQL with NOTIFY tradepact_order_events '<order_id>:<sequence>' in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from pydantic import TypeAdapter
from sqlalchemy import Connection, Engine, Row, func, insert, select, text, update

from tradepact.domain.errors import Conflict
from tradepact.domain.escrow.approvals import Approval
from tradepact.domain.escrow.audit import AuditEvent
from tradepact.domain.escrow.ledger import Account, LedgerEntry, Movement
from tradepact.domain.escrow.machine import MilestoneState
from tradepact.domain.escrow.milestones import EvidenceItem
from tradepact.domain.escrow.model import Dispute, Milestone, Order

from . import idempotency
from .engine import transaction
from .escrow_tables import events, ledger_entries, milestones, orders

NOTIFY_CHANNEL = "tradepact_order_events"

_evidence = TypeAdapter(list[EvidenceItem])
_approvals = TypeAdapter(list[Approval])


def _ts(iso: str | None) -> datetime | None:
    return None if iso is None else datetime.fromisoformat(iso)


def _iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:  # SQLite hands timestamps back naive; they were written in UTC
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _milestone(r: Row) -> Milestone:
    return Milestone(
        id=r.id, order_id=r.order_id, index=r.idx, label=r.label, amount_minor=r.amount_minor,
        currency=r.currency, trigger=r.trigger, release_condition=r.release_condition,
        method=r.method, due_days=r.due_days, state=r.state, funded_minor=r.funded_minor,
        released_minor=r.released_minor, refunded_minor=r.refunded_minor,
        evidence=_evidence.validate_json(r.evidence_json),
        approvals=_approvals.validate_json(r.approvals_json),
        approvals_required=r.approvals_required, release_requested_by=r.release_requested_by,
        release_requested_at=_iso(r.release_requested_at), reject_reason=r.reject_reason,
        payout=json.loads(r.payout_json) if r.payout_json else None, version=r.version)


def _order(r: Row, ms: list[Milestone]) -> Order:
    return Order(
        id=r.id, contract_id=r.contract_id, contract_version=r.contract_version,
        terms_fingerprint=r.terms_fingerprint, terms_summary=r.terms_summary,
        total_minor=r.total_minor, currency=r.currency, buyer_party_id=r.buyer_party_id,
        seller_party_id=r.seller_party_id, created_by=r.created_by,
        created_at=_iso(r.created_at), updated_at=_iso(r.updated_at), state=r.state,
        version=r.version, audit_sequence=r.audit_sequence, audit_head=r.audit_head,
        dispute=Dispute.model_validate_json(r.dispute_json) if r.dispute_json else None,
        milestones=ms)


def _milestone_values(m: Milestone) -> dict:
    return dict(
        state=str(m.state), funded_minor=m.funded_minor, released_minor=m.released_minor,
        refunded_minor=m.refunded_minor,
        evidence_json=_evidence.dump_json(m.evidence).decode(),
        approvals_json=_approvals.dump_json(m.approvals).decode(),
        approvals_required=m.approvals_required, release_requested_by=m.release_requested_by,
        release_requested_at=_ts(m.release_requested_at), reject_reason=m.reject_reason,
        payout_json=json.dumps(m.payout) if m.payout is not None else None)


def _entry(r: Row) -> LedgerEntry:
    return LedgerEntry(movement_id=r.movement_id, movement=Movement(r.movement),
                       order_id=r.order_id, milestone_id=r.milestone_id,
                       account=Account(r.account), amount_minor=r.amount_minor,
                       currency=r.currency, reference=r.reference)


def _event(r: Row) -> AuditEvent:
    return AuditEvent(order_id=r.order_id, sequence=r.sequence, kind=r.kind, actor=r.actor,
                      at=r.at, payload=json.loads(r.payload_json), prev_hash=r.prev_hash,
                      hash=r.hash)


class SqlEscrowTx:
    """The escrow's statements inside one open transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"

    # --- idempotency -------------------------------------------------------------------------
    def try_lock_key(self, subject: str, key: str) -> bool:
        """Take the key's in-flight lock; False when another transaction holds it."""
        return idempotency.try_lock_key(self.conn, subject, key)

    def get_key(self, subject: str, key: str) -> idempotency.StoredResponse | None:
        """The response recorded for the key, if any."""
        return idempotency.get_key(self.conn, subject, key)

    def put_key(self, subject: str, key: str, operation: str, request_hash: str,
                response_json: str, now: datetime, expires_at: datetime, *,
                replace: bool) -> None:
        """Record the key's response in this transaction."""
        idempotency.put_key(self.conn, subject, key, operation, request_hash, response_json,
                            now, expires_at, replace=replace)

    # --- orders ------------------------------------------------------------------------------
    def order_id_for_contract(self, contract_id: str, version: int) -> str | None:
        """The order already made from this contract version, if any."""
        return self.conn.execute(select(orders.c.id).where(
            orders.c.contract_id == contract_id, orders.c.contract_version == version)
        ).scalar_one_or_none()

    def insert_order(self, order: Order, terms_json: str) -> None:
        """Store a new order and its milestones."""
        self.conn.execute(insert(orders).values(
            id=order.id, contract_id=order.contract_id, contract_version=order.contract_version,
            terms_fingerprint=order.terms_fingerprint, terms_json=terms_json,
            terms_summary=order.terms_summary, total_minor=order.total_minor,
            currency=order.currency, buyer_party_id=order.buyer_party_id,
            seller_party_id=order.seller_party_id, created_by=order.created_by,
            created_at=_ts(order.created_at), updated_at=_ts(order.updated_at),
            state=str(order.state), version=order.version, audit_sequence=order.audit_sequence,
            audit_head=order.audit_head, dispute_json=None))
        self.conn.execute(insert(milestones), [dict(
            id=m.id, order_id=m.order_id, idx=m.index, label=m.label,
            amount_minor=m.amount_minor, currency=m.currency, trigger=str(m.trigger),
            release_condition=str(m.release_condition), method=str(m.method),
            due_days=m.due_days, version=m.version, **_milestone_values(m))
            for m in order.milestones])

    def load_order(self, order_id: str, *, lock: bool = False) -> Order | None:
        """The order with its milestones; `lock` takes its row lock (PostgreSQL FOR UPDATE)."""
        stmt = select(orders).where(orders.c.id == order_id)
        if lock and self.postgres:
            stmt = stmt.with_for_update()
        row = self.conn.execute(stmt).first()
        if row is None:
            return None
        ms = self.conn.execute(select(milestones).where(milestones.c.order_id == order_id)
                               .order_by(milestones.c.idx)).all()
        return _order(row, [_milestone(m) for m in ms])

    def save_order(self, order: Order, touched: set[str]) -> None:
        """Write the order and its touched milestones, each guarded by its version."""
        res = self.conn.execute(
            update(orders).where(orders.c.id == order.id, orders.c.version == order.version)
            .values(state=str(order.state), version=order.version + 1,
                    updated_at=_ts(order.updated_at), audit_sequence=order.audit_sequence,
                    audit_head=order.audit_head,
                    dispute_json=order.dispute.model_dump_json() if order.dispute else None))
        if res.rowcount != 1:
            raise Conflict(f"order {order.id} changed concurrently")
        order.version += 1
        for m in order.milestones:
            if m.id not in touched:
                continue
            res = self.conn.execute(
                update(milestones).where(milestones.c.id == m.id,
                                         milestones.c.version == m.version)
                .values(version=m.version + 1, **_milestone_values(m)))
            if res.rowcount != 1:
                raise Conflict(f"milestone {m.id} changed concurrently")
            m.version += 1

    def terms_json(self, order_id: str) -> str | None:
        """The frozen terms of an order as JSON."""
        return self.conn.execute(select(orders.c.terms_json).where(orders.c.id == order_id)
                                 ).scalar_one_or_none()

    def _with_milestones(self, rows: Sequence[Row]) -> list[Order]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        by_order: dict[str, list[Milestone]] = {i: [] for i in ids}
        for m in self.conn.execute(select(milestones).where(milestones.c.order_id.in_(ids))
                                   .order_by(milestones.c.order_id, milestones.c.idx)):
            by_order[m.order_id].append(_milestone(m))
        return [_order(r, by_order[r.id]) for r in rows]

    def list_orders(self, party_ids: frozenset[str] | None, state: str | None, limit: int,
                    offset: int) -> list[Order]:
        """Orders oldest first; `party_ids` limits them to orders of those parties."""
        stmt = select(orders)
        if party_ids is not None:
            stmt = stmt.where(orders.c.buyer_party_id.in_(party_ids)
                              | orders.c.seller_party_id.in_(party_ids))
        if state is not None:
            stmt = stmt.where(orders.c.state == state)
        stmt = stmt.order_by(orders.c.created_at, orders.c.id).limit(limit).offset(offset)
        return self._with_milestones(self.conn.execute(stmt).all())

    def release_queue(self, limit: int) -> list[tuple[Order, str]]:
        """(order, milestone id) for milestones waiting for reviewers, oldest request first."""
        rows = self.conn.execute(
            select(milestones.c.id, milestones.c.order_id)
            .where(milestones.c.state == str(MilestoneState.RELEASE_REQUESTED))
            .order_by(milestones.c.release_requested_at, milestones.c.id).limit(limit)).all()
        order_rows = self.conn.execute(
            select(orders).where(orders.c.id.in_({r.order_id for r in rows}))).all()
        by_id = {o.id: o for o in self._with_milestones(order_rows)}
        return [(by_id[r.order_id], r.id) for r in rows]

    def order_ids(self) -> list[str]:
        """Every order id."""
        return list(self.conn.execute(select(orders.c.id).order_by(orders.c.id)).scalars())

    def audit_head(self, order_id: str) -> tuple[int, str] | None:
        """(sequence, hash) of the order's newest event as recorded on the order row."""
        row = self.conn.execute(select(orders.c.audit_sequence, orders.c.audit_head)
                                .where(orders.c.id == order_id)).first()
        return None if row is None else (row.audit_sequence, row.audit_head)

    # --- ledger and audit --------------------------------------------------------------------
    def add_entries(self, entries: list[LedgerEntry], at: datetime) -> None:
        """Append ledger entries."""
        if entries:
            self.conn.execute(insert(ledger_entries), [dict(
                movement_id=e.movement_id, movement=str(e.movement), order_id=e.order_id,
                milestone_id=e.milestone_id, account=str(e.account), amount_minor=e.amount_minor,
                currency=e.currency, reference=e.reference, created_at=at) for e in entries])

    def order_entries(self, order_id: str | None = None) -> list[LedgerEntry]:
        """The order's ledger entries in write order (every order's when None)."""
        stmt = select(ledger_entries).order_by(ledger_entries.c.id)
        if order_id is not None:
            stmt = stmt.where(ledger_entries.c.order_id == order_id)
        return [_entry(r) for r in self.conn.execute(stmt)]

    def ledger_sum(self) -> int:
        """The sum of every entry in the ledger (zero when healthy)."""
        return int(self.conn.execute(select(func.coalesce(func.sum(ledger_entries.c.amount_minor),
                                                          0))).scalar_one())

    def append_event(self, ev: AuditEvent) -> None:
        """Append an audit event and, on PostgreSQL, announce it at commit."""
        self.conn.execute(insert(events).values(
            order_id=ev.order_id, sequence=ev.sequence, kind=ev.kind, actor=ev.actor, at=ev.at,
            payload_json=json.dumps(ev.payload, sort_keys=True, ensure_ascii=False),
            prev_hash=ev.prev_hash, hash=ev.hash))
        if self.postgres:
            self.conn.execute(text("SELECT pg_notify(:c, :p)"),
                              {"c": NOTIFY_CHANNEL, "p": f"{ev.order_id}:{ev.sequence}"})

    def events(self, order_id: str, after_sequence: int = 0,
               limit: int | None = None) -> list[AuditEvent]:
        """The order's events after a sequence number, in sequence order."""
        stmt = (select(events).where(events.c.order_id == order_id,
                                     events.c.sequence > after_sequence)
                .order_by(events.c.sequence))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_event(r) for r in self.conn.execute(stmt)]


class SqlEscrowStore:
    """Opens escrow transactions on one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def write(self) -> Iterator[SqlEscrowTx]:
        """A write transaction (BEGIN IMMEDIATE on SQLite)."""
        with transaction(self.engine, write=True) as conn:
            yield SqlEscrowTx(conn)

    @contextmanager
    def read(self) -> Iterator[SqlEscrowTx]:
        """A read-only transaction."""
        with transaction(self.engine, write=False) as conn:
            yield SqlEscrowTx(conn)

    def purge_idempotency_keys(self, now: datetime) -> int:
        """Delete idempotency keys past their retention."""
        return idempotency.purge_expired(self.engine, now)


__all__ = ["NOTIFY_CHANNEL", "SqlEscrowStore", "SqlEscrowTx"]
