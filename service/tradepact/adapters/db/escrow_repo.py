"""The escrow store on SQLite or PostgreSQL: Core statements, one transaction per operation.

Concurrency: every write runs in `transaction(engine, write=True)`. On SQLite that is BEGIN
IMMEDIATE, so one writer at a time; on PostgreSQL the order row is locked with FOR UPDATE before
it is read. On top of either, every UPDATE checks the row's version, so a lost update surfaces
as `Conflict` instead of silently overwriting. Each committed audit event is announced on
PostgreSQL with NOTIFY tradepact_order_events '<order_id>:<sequence>' in the same transaction.

Speed: a transition's statements are fixed SQL run on the driver connection under SQLAlchemy's
(same transaction), with no per-call statement building, prepared on the server. On PostgreSQL
the claim and the final flush bypass psycopg's cursors and pipeline object: `pq_pipeline` sends
them through libpq's pipeline mode itself (psycopg's per-statement machinery cost ~130 us of
CPU per transition, more than the domain operation).
Writes are buffered and sent together at `flush()` (before any later read and before commit):
on PostgreSQL as one statement (data-modifying CTEs, built once per shape, see escrow_sql.combined) in
one pipeline with COMMIT, so a transition costs two round trips: the key's lock and lookup
with the order's row lock and milestones, then the writes with COMMIT. The version checks fail
inside the database there (see escrow_sql.GUARDED), so a lost update never commits. On SQLite, writers
of one process queue on a lock before BEGIN IMMEDIATE instead of sleeping in SQLite's busy
handler (fair, no 100 ms naps).
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Connection, Engine, Row, func, insert, select

from tradepact.domain.errors import Conflict
from tradepact.domain.escrow.approvals import Approval
from tradepact.domain.escrow.audit import AuditEvent
from tradepact.domain.escrow.ledger import Account, LedgerEntry, Movement
from tradepact.domain.escrow.machine import MilestoneState, OrderState
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.escrow.model import Dispute, Milestone, Order
from tradepact.domain.terms import PaymentMethod, PaymentTrigger

from . import idempotency, pq_pipeline
from .engine import is_sqlite, transaction
from .escrow_sql import (
    DIVISION_BY_ZERO,
    KEY_COLUMNS,
    MILESTONE_COLUMNS,
    NUMBERED,
    ORDER_COLUMNS,
    PG_SQL,
    SQL,
    RawCursor,
    combined,
)
from .escrow_tables import audit_key, events, ledger_entries, milestones, orders

NOTIFY_CHANNEL = "tradepact_order_events"

_evidence = TypeAdapter(list[EvidenceItem])
_approvals = TypeAdapter(list[Approval])

_ORDER_SELECT = [orders.c[n] for n in ORDER_COLUMNS]
_MILESTONE_SELECT = [milestones.c[n] for n in MILESTONE_COLUMNS]


def _ts(iso: str | None) -> datetime | None:
    return None if iso is None else datetime.fromisoformat(iso)


def _iso(dt: datetime | str | None) -> str | None:
    if dt is None:
        return None
    if isinstance(dt, str):  # SQLite through the driver: the text SQLAlchemy stored
        dt = datetime.fromisoformat(dt)
    if dt.tzinfo is None:  # SQLite hands timestamps back naive; they were written in UTC
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _milestone(r: Sequence[Any]) -> Milestone:
    (id_, order_id, idx, label, amount, currency, trigger, condition, method, due_days, state,
     funded, released, refunded, evidence_json, approvals_json, required, requested_by,
     requested_at, release_note, reject_reason, payout_json, version) = r
    return Milestone(
        id=id_, order_id=order_id, index=idx, label=label, amount_minor=amount,
        currency=currency, trigger=PaymentTrigger(trigger),
        release_condition=EvidenceType(condition), method=PaymentMethod(method),
        due_days=due_days, state=MilestoneState(state), funded_minor=funded,
        released_minor=released, refunded_minor=refunded,
        evidence=_evidence.validate_json(evidence_json),
        approvals=_approvals.validate_json(approvals_json),
        approvals_required=required, release_requested_by=requested_by,
        release_requested_at=_iso(requested_at), release_note=release_note,
        reject_reason=reject_reason,
        payout=json.loads(payout_json) if payout_json else None, version=version)


def _order(r: Sequence[Any], ms: list[Milestone]) -> Order:
    (id_, contract_id, contract_version, fingerprint, summary, total, currency, buyer, seller,
     created_by, created_at, updated_at, state, version, audit_sequence, audit_head, audit_seal,
     dispute_json) = r
    return Order(
        id=id_, contract_id=contract_id, contract_version=contract_version,
        terms_fingerprint=fingerprint, terms_summary=summary, total_minor=total,
        currency=currency, buyer_party_id=buyer, seller_party_id=seller, created_by=created_by,
        created_at=_iso(created_at), updated_at=_iso(updated_at), state=OrderState(state),
        version=version, audit_sequence=audit_sequence, audit_head=audit_head,
        audit_seal=audit_seal, dispute=Dispute.model_validate_json(dispute_json) if dispute_json else None,
        milestones=ms)


def _milestone_values(m: Milestone) -> dict:
    return dict(
        state=str(m.state), funded_minor=m.funded_minor, released_minor=m.released_minor,
        refunded_minor=m.refunded_minor,
        evidence_json=_evidence.dump_json(m.evidence).decode(),
        approvals_json=_approvals.dump_json(m.approvals).decode(),
        approvals_required=m.approvals_required, release_requested_by=m.release_requested_by,
        release_requested_at=_ts(m.release_requested_at), release_note=m.release_note,
        reject_reason=m.reject_reason,
        payout_json=json.dumps(m.payout) if m.payout is not None else None)


def _entry(r: Row) -> LedgerEntry:
    return LedgerEntry(movement_id=r.movement_id, movement=Movement(r.movement),
                       order_id=r.order_id, milestone_id=r.milestone_id,
                       account=Account(r.account), amount_minor=r.amount_minor,
                       currency=r.currency, reference=r.reference)


UNREADABLE_PAYLOAD = "unreadable_payload_json"


def _payload(stored: str) -> dict[str, Any]:
    """An event's payload; stored text that is not a JSON object can only be an edit.

    It is kept verbatim under one key the service never writes, so the event no longer matches
    its hash and verify-audit reports it as edited, instead of failing to read it (INTERNAL).
    """
    try:
        value = json.loads(stored)
    except ValueError:
        value = None
    return value if isinstance(value, dict) else {UNREADABLE_PAYLOAD: stored}


def _event(r: Row) -> AuditEvent:
    return AuditEvent(order_id=r.order_id, sequence=r.sequence, kind=r.kind, actor=r.actor,
                      at=r.at, payload=_payload(r.payload_json), prev_hash=r.prev_hash,
                      hash=r.hash, seal=r.seal)


def _sqlite_ts(dt: datetime | None) -> str | None:
    """A timestamp as SQLAlchemy's SQLite DateTime stores it: UTC text, no offset."""
    return None if dt is None else dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class SqlEscrowTx:
    """The escrow's statements inside one open transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        self.raw = conn.connection.driver_connection  # same connection, same transaction
        # PostgreSQL: the claim and the final flush go through pq_pipeline (see its docstring)
        self.direct = self.postgres and pq_pipeline.usable(self.raw)
        # (sql name, params or list of params, what a version mismatch means or "")
        self._pending: list[tuple[str, Any, str]] = []
        # (order id, order rows, milestone rows) read under lock by claim_key(prefetch_order=)
        self._prefetched: tuple[str, list[tuple], list[tuple]] | None = None

    # --- the driver path ---------------------------------------------------------------------
    def _ts(self, dt: datetime | None) -> datetime | str | None:
        return dt if self.postgres else _sqlite_ts(dt)

    def _fetch(self, *queries: tuple[str, dict]) -> list[list[tuple]]:
        """Run read statements in order (one round trip on PostgreSQL); rows of each."""
        self.flush()
        if self.postgres:
            with self.raw.pipeline():
                curs = [self.raw.execute(PG_SQL[name], params, prepare=True)
                        for name, params in queries]
            return [c.fetchall() for c in curs]
        return [self.raw.execute(SQL[name], params).fetchall() for name, params in queries]

    def _write(self, name: str, params: Any, conflict: str = "") -> None:
        self._pending.append((name, params, conflict))

    def flush(self, *, commit: bool = False) -> None:
        """Send the buffered writes; Conflict when a version-checked row had changed.

        `commit` (the end of a write transaction): on PostgreSQL, COMMIT goes in the same
        round trip as the writes; it never runs if a guarded write found its row changed.
        """
        pending, self._pending = self._pending, []
        if self.postgres:
            if not pending and not commit:
                return
            conflicts = [conflict for _, _, conflict in pending if conflict]
            one = combined(pending) if pending else None
            try:
                if one is not None and self.direct:
                    pq_pipeline.run(self.raw, [one], commit=commit)
                    return
                with self.raw.pipeline():
                    if one is not None:
                        RawCursor(self.raw).execute(one[0], one[1], prepare=True)
                    else:
                        for name, params, _ in pending:
                            if isinstance(params, list):
                                self.raw.cursor().executemany(PG_SQL[name], params)
                            else:
                                self.raw.execute(PG_SQL[name], params, prepare=True)
                    if commit:
                        self.raw.execute("COMMIT")
            except Exception as err:
                if getattr(err, "sqlstate", None) != DIVISION_BY_ZERO:
                    raise
                # The database does not say which guarded row failed: name every candidate.
                raise Conflict(" or ".join(dict.fromkeys(conflicts))
                               or "a row changed concurrently") from err
            return
        for name, params, conflict in pending:
            if isinstance(params, list):
                self.raw.executemany(SQL[name], params)
            elif self.raw.execute(SQL[name], params).rowcount != 1 and conflict:
                raise Conflict(conflict)

    # --- idempotency -------------------------------------------------------------------------
    def claim_key(self, subject: str, key: str, *, prefetch_order: str | None = None,
                  now: datetime | None = None
                  ) -> tuple[bool, idempotency.StoredResponse | None]:
        """Take the key's in-flight lock and read what it recorded: (locked, record or None).

        `prefetch_order`: the order the request will lock next, unless the key holds a record
        live at `now` (a replay). On PostgreSQL its row lock and milestones are taken in the
        same round trip (statements run in order, each with its own snapshot), and the next
        `load_order(order_id, lock=True)` uses them.
        """
        self.flush()
        if prefetch_order is None or not self.postgres:
            return idempotency.claim_key(self.raw, self.postgres, subject, key)[:2]
        if now is None:
            raise ValueError("prefetch_order needs now (when the key's record counts)")
        lock_id = idempotency.key_lock_id(subject, key)
        params = {"k": lock_id, "subject": subject, "key": key, "id": prefetch_order,
                  "key_lock": lock_id, "now": now, "order_id": prefetch_order}
        if self.direct:
            lock_rows, first_rows, ms_rows = pq_pipeline.run(self.raw, [
                (sql, [params[n] for n in names]) for sql, names in (
                    NUMBERED["key_lock"], NUMBERED["key_and_order_for_update"],
                    NUMBERED["milestones"])])
            locked, row = bool(lock_rows[0][0]), first_rows[0]
        else:
            with self.raw.pipeline():
                lock = self.raw.execute("SELECT pg_try_advisory_xact_lock(%(k)s)",
                                        {"k": lock_id}, prepare=True)
                first = self.raw.execute(PG_SQL["key_and_order_for_update"], {
                    "subject": subject, "key": key, "id": prefetch_order, "key_lock": lock_id,
                    "now": now}, prepare=True)
                ms = self.raw.execute(PG_SQL["milestones"], {"order_id": prefetch_order},
                                      prepare=True)
            locked, row, ms_rows = bool(lock.fetchone()[0]), first.fetchone(), ms.fetchall()
        record = None if row[0] is None else idempotency.StoredResponse(*row[:KEY_COLUMNS])
        if locked and row[KEY_COLUMNS] is not None:  # else a replay, or no such order
            self._prefetched = (prefetch_order, [row[KEY_COLUMNS:]], ms_rows)
        return locked, record

    def try_lock_key(self, subject: str, key: str) -> bool:
        """Take the key's in-flight lock; False when another transaction holds it."""
        return idempotency.try_lock_key(self.conn, subject, key)

    def get_key(self, subject: str, key: str) -> idempotency.StoredResponse | None:
        """The response recorded for the key, if any."""
        return idempotency.get_key(self.conn, subject, key)

    def put_key(self, subject: str, key: str, operation: str, request_hash: str,
                response_json: str, now: datetime, expires_at: datetime, *,
                replace: bool) -> None:
        """Record the key's response in this transaction (sent at the next flush)."""
        self._write("replace_key" if replace else "insert_key", dict(
            subject=subject, key=key, operation=operation, request_hash=request_hash,
            response_json=response_json, created_at=self._ts(now),
            expires_at=self._ts(expires_at)))

    # --- orders ------------------------------------------------------------------------------
    def order_id_for_contract(self, contract_id: str, version: int) -> str | None:
        """The order already made from this contract version, if any."""
        self.flush()
        return self.conn.execute(select(orders.c.id).where(
            orders.c.contract_id == contract_id, orders.c.contract_version == version)
        ).scalar_one_or_none()

    def insert_order(self, order: Order, terms_json: str) -> None:
        """Store a new order and its milestones."""
        self.flush()
        self.conn.execute(insert(orders).values(
            id=order.id, contract_id=order.contract_id, contract_version=order.contract_version,
            terms_fingerprint=order.terms_fingerprint, terms_json=terms_json,
            terms_summary=order.terms_summary, total_minor=order.total_minor,
            currency=order.currency, buyer_party_id=order.buyer_party_id,
            seller_party_id=order.seller_party_id, created_by=order.created_by,
            created_at=_ts(order.created_at), updated_at=_ts(order.updated_at),
            state=str(order.state), version=order.version, audit_sequence=order.audit_sequence,
            audit_head=order.audit_head, audit_seal=order.audit_seal, dispute_json=None))
        self.conn.execute(insert(milestones), [dict(
            id=m.id, order_id=m.order_id, idx=m.index, label=m.label,
            amount_minor=m.amount_minor, currency=m.currency, trigger=str(m.trigger),
            release_condition=str(m.release_condition), method=str(m.method),
            due_days=m.due_days, version=m.version, **_milestone_values(m))
            for m in order.milestones])

    def load_order(self, order_id: str, *, lock: bool = False) -> Order | None:
        """The order with its milestones; `lock` takes its row lock (PostgreSQL FOR UPDATE).

        The milestones are read by a second statement, after the lock is held: in READ
        COMMITTED that statement sees every transaction that committed before we got it.
        Rows that `claim_key(prefetch_order=order_id)` read that way are used when present.
        """
        prefetched, self._prefetched = self._prefetched, None
        if lock and prefetched is not None and prefetched[0] == order_id:
            rows, ms = prefetched[1], prefetched[2]
        else:
            first = "order_for_update" if lock and self.postgres else "order"
            rows, ms = self._fetch((first, {"id": order_id}),
                                   ("milestones", {"order_id": order_id}))
        if not rows:
            return None
        return _order(rows[0], [_milestone(m) for m in ms])

    def save_order(self, order: Order, touched: set[str]) -> None:
        """Write the order and its touched milestones, each guarded by its version.

        The writes are sent at the next flush (at the latest before commit); a row whose
        version changed meanwhile makes that flush raise Conflict.
        """
        self._write("update_order", dict(
            id=order.id, version=order.version, new_version=order.version + 1,
            state=str(order.state), updated_at=self._ts(_ts(order.updated_at)),
            audit_sequence=order.audit_sequence, audit_head=order.audit_head,
            audit_seal=order.audit_seal, dispute_json=order.dispute.model_dump_json() if order.dispute else None),
            f"order {order.id} changed concurrently")
        order.version += 1
        for m in order.milestones:
            if m.id not in touched:
                continue
            values = _milestone_values(m)
            values["release_requested_at"] = self._ts(values["release_requested_at"])
            self._write("update_milestone", dict(id=m.id, version=m.version,
                                                 new_version=m.version + 1, **values),
                        f"milestone {m.id} changed concurrently")
            m.version += 1

    def terms_json(self, order_id: str) -> str | None:
        """The frozen terms of an order as JSON."""
        self.flush()
        return self.conn.execute(select(orders.c.terms_json).where(orders.c.id == order_id)
                                 ).scalar_one_or_none()

    def _with_milestones(self, rows: Sequence[Row]) -> list[Order]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        by_order: dict[str, list[Milestone]] = {i: [] for i in ids}
        self.flush()
        for m in self.conn.execute(select(*_MILESTONE_SELECT)
                                   .where(milestones.c.order_id.in_(ids))
                                   .order_by(milestones.c.order_id, milestones.c.idx)):
            by_order[m.order_id].append(_milestone(m))
        return [_order(r, by_order[r.id]) for r in rows]

    def list_orders(self, party_ids: frozenset[str] | None, state: str | None, limit: int,
                    offset: int) -> list[Order]:
        """Orders oldest first; `party_ids` limits them to orders of those parties."""
        self.flush()
        stmt = select(*_ORDER_SELECT)
        if party_ids is not None:
            stmt = stmt.where(orders.c.buyer_party_id.in_(party_ids)
                              | orders.c.seller_party_id.in_(party_ids))
        if state is not None:
            stmt = stmt.where(orders.c.state == state)
        stmt = stmt.order_by(orders.c.created_at, orders.c.id).limit(limit).offset(offset)
        return self._with_milestones(self.conn.execute(stmt).all())

    def release_queue(self, limit: int, *, exclude_parties: frozenset[str] = frozenset(),
                      after: tuple[datetime, str] | None = None) -> list[tuple[Order, str]]:
        """(order, milestone id) for milestones waiting for reviewers, oldest request first.

        Ordered by (request time, milestone id), so pages are stable: `after` is the last
        (request time, milestone id) of the previous page. Orders of `exclude_parties` are
        left out in the statement, before the limit.
        """
        self.flush()
        requested_at, mid = milestones.c.release_requested_at, milestones.c.id
        stmt = (select(mid, milestones.c.order_id)
                .where(milestones.c.state == str(MilestoneState.RELEASE_REQUESTED)))
        if exclude_parties:
            stmt = stmt.join(orders, orders.c.id == milestones.c.order_id).where(
                orders.c.buyer_party_id.not_in(exclude_parties),
                orders.c.seller_party_id.not_in(exclude_parties))
        if after is not None:
            at = after[0].astimezone(UTC)  # SQLite compares the UTC text SQLAlchemy writes
            stmt = stmt.where((requested_at > at) | ((requested_at == at) & (mid > after[1])))
        rows = self.conn.execute(stmt.order_by(requested_at, mid).limit(limit)).all()
        order_rows = self.conn.execute(
            select(*_ORDER_SELECT).where(orders.c.id.in_({r.order_id for r in rows}))).all()
        by_id = {o.id: o for o in self._with_milestones(order_rows)}
        return [(by_id[r.order_id], r.id) for r in rows]

    def order_ids(self) -> list[str]:
        """Every order id."""
        self.flush()
        return list(self.conn.execute(select(orders.c.id).order_by(orders.c.id)).scalars())

    def audit_head(self, order_id: str) -> tuple[int, str, str] | None:
        """(sequence, hash) of the order's newest event as recorded on the order row, and the
        seal recorded with them."""
        self.flush()
        row = self.conn.execute(select(orders.c.audit_sequence, orders.c.audit_head,
                                       orders.c.audit_seal)
                                .where(orders.c.id == order_id)).first()
        return None if row is None else (row.audit_sequence, row.audit_head, row.audit_seal)

    # --- ledger and audit --------------------------------------------------------------------
    def add_entries(self, entries: list[LedgerEntry], at: datetime) -> None:
        """Append ledger entries (sent at the next flush)."""
        if entries:
            when = self._ts(at)
            self._write("insert_entry", [dict(
                movement_id=e.movement_id, movement=str(e.movement), order_id=e.order_id,
                milestone_id=e.milestone_id, account=str(e.account), amount_minor=e.amount_minor,
                currency=e.currency, reference=e.reference, created_at=when) for e in entries])

    def order_entries(self, order_id: str | None = None) -> list[LedgerEntry]:
        """The order's ledger entries in write order (every order's when None)."""
        self.flush()
        stmt = select(ledger_entries).order_by(ledger_entries.c.id)
        if order_id is not None:
            stmt = stmt.where(ledger_entries.c.order_id == order_id)
        return [_entry(r) for r in self.conn.execute(stmt)]

    def funded_with_reference(self, order_id: str, reference: str) -> tuple[str, int] | None:
        """(milestone id, amount) of the order's funding recorded under this payment reference."""
        rows = self._fetch(("fund_reference", {"order_id": order_id, "reference": reference}))[0]
        return (rows[0][0], rows[0][1]) if rows else None

    def ledger_sum(self) -> int:
        """The sum of every entry in the ledger (zero when healthy)."""
        self.flush()
        return int(self.conn.execute(select(func.coalesce(func.sum(ledger_entries.c.amount_minor),
                                                          0))).scalar_one())

    def append_event(self, ev: AuditEvent) -> None:
        """Append an audit event and, on PostgreSQL, announce it at commit (at the next flush)."""
        self._write("insert_event", dict(
            order_id=ev.order_id, sequence=ev.sequence, kind=ev.kind, actor=ev.actor, at=ev.at,
            payload_json=json.dumps(ev.payload, sort_keys=True, ensure_ascii=False),
            prev_hash=ev.prev_hash, hash=ev.hash, seal=ev.seal))
        if self.postgres:
            self._write("notify", {"channel": NOTIFY_CHANNEL,
                                   "payload": f"{ev.order_id}:{ev.sequence}"})

    def events(self, order_id: str, after_sequence: int = 0,
               limit: int | None = None) -> list[AuditEvent]:
        """The order's events after a sequence number, in sequence order."""
        self.flush()
        stmt = (select(events).where(events.c.order_id == order_id,
                                     events.c.sequence > after_sequence)
                .order_by(events.c.sequence))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_event(r) for r in self.conn.execute(stmt)]


_sqlite_writers: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_sqlite_writers_guard = threading.Lock()


def _writer_lock(engine: Engine) -> threading.Lock:
    with _sqlite_writers_guard:
        return _sqlite_writers.setdefault(engine, threading.Lock())


class SqlEscrowStore:
    """Opens escrow transactions on one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._queue = _writer_lock(engine) if is_sqlite(engine) else None
        if not is_sqlite(engine):
            pq_pipeline.watch_engine(engine)

    @contextmanager
    def write(self) -> Iterator[SqlEscrowTx]:
        """A write transaction (BEGIN IMMEDIATE on SQLite); buffered writes flush before commit."""
        if self._queue is None:
            with transaction(self.engine, write=True) as conn:
                tx = SqlEscrowTx(conn)
                yield tx
                tx.flush(commit=True)  # the transaction's own commit then finds it done
            return
        with self._queue, transaction(self.engine, write=True) as conn:
            tx = SqlEscrowTx(conn)
            yield tx
            tx.flush()

    @contextmanager
    def read(self) -> Iterator[SqlEscrowTx]:
        """A read-only transaction."""
        with transaction(self.engine, write=False) as conn:
            yield SqlEscrowTx(conn)

    def purge_idempotency_keys(self, now: datetime) -> int:
        """Delete idempotency keys past their retention."""
        return idempotency.purge_expired(self.engine, now)

    def claim_audit_key(self, check: str, now: datetime) -> str:
        """The check value of the key the audit log is sealed with: `check` when none was
        recorded yet (it is recorded now), else the recorded one, which the caller compares.
        Of servers starting together on a new database, the first to commit decides."""
        if is_sqlite(self.engine):
            from sqlalchemy.dialects.sqlite import insert as upsert
        else:
            from sqlalchemy.dialects.postgresql import insert as upsert
        with transaction(self.engine, write=True) as conn:
            conn.execute(upsert(audit_key).values(id=1, key_check=check, created_at=now)
                         .on_conflict_do_nothing())
            return conn.execute(select(audit_key.c.key_check)
                                .where(audit_key.c.id == 1)).scalar_one()


__all__ = ["NOTIFY_CHANNEL", "SqlEscrowStore", "SqlEscrowTx"]
