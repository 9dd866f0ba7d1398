"""Mutating escrow use cases: authorize, apply the domain operation, commit it all at once.

Each call is one write transaction holding, together: the idempotency record, the order's
row lock (PostgreSQL) or the database write lock (SQLite), the changed rows (version-checked),
the ledger entries and one audit event. Either all of it commits or none of it does.

The ledger invariants are proved on every write from running totals (`check_write`): the
milestone rows' funded/released/refunded as locked, plus what the new entries move, must equal
what the rows will say, within bounds, with every movement balanced. The rows' totals agree
with the ledger because every earlier write proved it; `ledger_summary` re-checks an order's
whole ledger.

Idempotency keys are scoped per principal. A replay of a key with the same request returns the
response recorded the first time; with a different request it is InvalidInput on
`idempotency_key` and nothing happens; while the first request is still in flight it is
Conflict: within one process from the unit of work's registry of keys in flight (checked before
any transaction starts, so on SQLite too), across processes from PostgreSQL's advisory lock on
the key. Failed requests record nothing, so retrying them with the same key is safe.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from tradepact.domain.errors import (
    AlreadyExists,
    DuplicateRecord,
    FieldViolation,
    InvalidInput,
    PermissionDenied,
    TradepactError,
)
from tradepact.domain.escrow import model
from tradepact.domain.escrow.audit import GENESIS_HASH, AuditEvent, head_seal, next_event
from tradepact.domain.escrow.ledger import MilestoneMoney, check_write
from tradepact.domain.escrow.milestones import MilestonePlan, plan_milestones
from tradepact.domain.escrow.model import Effect, Order
from tradepact.domain.principal import Principal, Role
from tradepact.domain.terms import TradeTerms

from ..idempotency import aware, check_key, in_flight, request_fingerprint
from .access import (
    load_visible,
    require_buyer,
    require_not_party,
    require_resolver,
    require_role,
    require_seller,
)
from .commands import (
    CancelOrder,
    ConfirmPayout,
    CreateOrder,
    OpenDispute,
    RecordFunding,
    RejectPayout,
    RequestRelease,
    ResolveDispute,
    SubmitEvidence,
)
from .inputs import check_command
from .ports import EscrowTx, EscrowUnitOfWork

log = logging.getLogger(__name__)

def iso(now: datetime) -> str:
    """The one timestamp format the escrow records."""
    return now.astimezone(UTC).isoformat(timespec="microseconds")


def _idempotent(uow: EscrowUnitOfWork, principal: Principal, operation: str, cmd: Any,
                work: Callable[[EscrowTx, datetime], Order], *,
                locks_order: str | None = None) -> Order:
    """Run `work` once per idempotency key; `locks_order` is the order `work` will lock.

    The key is held in flight in this process (`uow.in_flight`) from before the transaction
    starts until it ended, and by the database's key lock (PostgreSQL) inside it.
    """
    key = cmd.idempotency_key
    check_command(cmd)
    check_key(key)
    request_hash = request_fingerprint(operation, cmd)
    now = uow.clock()
    with uow.in_flight.hold(principal.subject, key), uow.store.write() as tx:
        locked, prior = tx.claim_key(principal.subject, key, prefetch_order=locks_order,
                                     now=now)
        if not locked:
            raise in_flight(key)
        live = prior is not None and aware(prior.expires_at) > now
        if prior is not None and live:
            if (prior.operation, prior.request_hash) != (operation, request_hash):
                raise InvalidInput("idempotency_key",
                                   "was already used with a different request")
            log.info("replaying %s for idempotency key of %s", operation, principal.subject)
            return Order.model_validate_json(prior.response_json)
        order = work(tx, now)
        tx.put_key(principal.subject, key, operation, request_hash, order.model_dump_json(),
                   now, now + uow.settings.idempotency_ttl, replace=prior is not None)
    if uow.on_event is not None:
        uow.on_event(order.id, order.audit_sequence)
    return order


def _advance_head(order: Order, kind: str, actor: str, at: str, payload: dict[str, Any],
                  key: bytes) -> AuditEvent:
    """The order's next audit event, sealed, with the order row's head (and its seal) moved
    to it; the caller stores both in one transaction."""
    ev = next_event(order.id, order.audit_sequence, order.audit_head or GENESIS_HASH, kind,
                    actor, at, payload, key=key)
    order.audit_sequence, order.audit_head = ev.sequence, ev.hash
    order.audit_seal = head_seal(key, order.id, ev.sequence, ev.hash)
    return ev


def _commit(tx: EscrowTx, order: Order, before: dict[str, MilestoneMoney], effect: Effect,
            actor: str, now: datetime, key: bytes) -> Order:
    check_write(order.id, effect.entries, {m.id: m.amount_minor for m in order.milestones},
                before, {m.id: m.money() for m in order.milestones})
    ev = _advance_head(order, effect.kind, actor, iso(now), effect.payload, key)
    tx.save_order(order, effect.touched)
    tx.add_entries(effect.entries, now)
    tx.append_event(ev)
    log.info("escrow %s on order %s by %s (event %d)", effect.kind, order.id, actor, ev.sequence)
    return order


def _on_order(uow: EscrowUnitOfWork, principal: Principal, operation: str, cmd: Any,
              act: Callable[[Order, str], Effect], *,
              explain: Callable[[EscrowTx, Order], None] | None = None) -> Order:
    """The common shape: lock the visible order, act on it, commit.

    `explain` runs on the locked order only when `act` refuses, for a refusal whose reason
    lies in more of the store than the order (and may raise a clearer error in its place);
    the transitions that succeed pay for no extra read.
    """
    def work(tx: EscrowTx, now: datetime) -> Order:
        order = load_visible(tx, principal, cmd.order_id, lock=True)
        before = {m.id: m.money() for m in order.milestones}  # as locked, before acting
        try:
            effect = act(order, iso(now))
        except TradepactError:
            if explain is not None:
                explain(tx, order)
            raise
        return _commit(tx, order, before, effect, principal.subject, now,
                       uow.settings.audit_key)
    return _idempotent(uow, principal, operation, cmd, work, locks_order=cmd.order_id)


def terms_summary(terms: TradeTerms, plans: list[MilestonePlan]) -> str:
    """One line a reviewer reads: Incoterm, schedule, lead time."""
    parts = []
    inc = terms.incoterm
    if inc.rule:
        parts.append(f"{inc.rule} {inc.named_place or '(no named place)'}, "
                     f"Incoterms {inc.version}")
    parts.append(" / ".join(f"{p.label} {p.amount_minor} {p.currency} {p.trigger} "
                            f"(needs {p.release_condition})" for p in plans))
    lt = terms.lead_time
    if lt.min_days or lt.max_days:
        span = "-".join(str(d) for d in (lt.min_days, lt.max_days) if d)
        parts.append(f"lead time {span} {'working ' if lt.working_days else ''}days")
    return "; ".join(parts)


def contract_version_to_freeze(contract_id: str, version: int, idempotency_key: str,
                               principal: Principal, uow: EscrowUnitOfWork) -> int:
    """The contract version a CreateOrder asking for `version` (0: the latest) freezes.

    A retry of a recorded CreateOrder gets the version the original froze, not whatever is
    latest now: a newer version (final or draft) made since would otherwise turn the retry of
    the same request into "key already used with a different request" or FAILED_PRECONDITION
    instead of the original response.
    """
    if version or not idempotency_key:
        return version
    check_key(idempotency_key)
    with uow.store.read() as tx:
        prior = tx.get_key(principal.subject, idempotency_key)
    if prior is None or prior.operation != "create_order" or \
            aware(prior.expires_at) <= uow.clock():
        return version
    recorded = Order.model_validate_json(prior.response_json)
    return recorded.contract_version if recorded.contract_id == contract_id else version


def create_order(cmd: CreateOrder, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """Freeze a contract version into an order with one PENDING milestone per installment."""
    require_role(principal, "create escrow orders", Role.PLATFORM, Role.ADMIN)
    c = cmd.contract
    bad = [FieldViolation(f"contract.{name}", "is required")
           for name in ("contract_id", "terms_fingerprint", "buyer_party_id", "seller_party_id")
           if not getattr(c, name)]
    if len(c.currency) != 3 or not c.currency.isalpha():
        bad.append(FieldViolation("contract.currency", "must be an ISO 4217 code"))
    if c.buyer_party_id and c.buyer_party_id == c.seller_party_id:
        bad.append(FieldViolation("contract.seller_party_id", "must differ from the buyer"))
    if c.terms_fingerprint and c.terms_fingerprint != c.terms.fingerprint():
        bad.append(FieldViolation("contract.terms_fingerprint", "does not match the terms"))
    if bad:
        raise InvalidInput(bad)
    plans = plan_milestones(c.terms, c.total_minor, c.currency)

    def work(tx: EscrowTx, now: datetime) -> Order:
        if (existing := tx.order_id_for_contract(c.contract_id, c.version)) is not None:
            raise AlreadyExists("order for contract version", f"{c.contract_id}@{c.version} "
                                                              f"(order {existing})")
        at = iso(now)
        order, effect = model.new_order(
            order_id=uow.new_id(), contract_id=c.contract_id, contract_version=c.version,
            terms_fingerprint=c.terms_fingerprint, terms_summary=terms_summary(c.terms, plans),
            total_minor=c.total_minor, currency=c.currency.upper(),
            buyer_party_id=c.buyer_party_id, seller_party_id=c.seller_party_id, plans=plans,
            created_by=principal.subject, at=at, new_id=uow.new_id)
        ev = _advance_head(order, effect.kind, principal.subject, at, effect.payload,
                           uow.settings.audit_key)
        tx.insert_order(order, c.terms.model_dump_json())
        tx.append_event(ev)
        log.info("escrow order %s created from contract %s v%d by %s", order.id,
                 c.contract_id, c.version, principal.subject)
        return order
    return _idempotent(uow, principal, "create_order", cmd, work)


def record_funding(cmd: RecordFunding, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """The platform records a buyer payment into escrow; partial payments accumulate.

    One bank payment is recorded once: a payment reference already funding the order (under
    any idempotency key, for any milestone or amount) is AlreadyExists on `payment_reference`
    and nothing is written. A retry with the same key still replays the first response.
    References are unique per order (banks' references may repeat across payers); surrounding
    whitespace does not make a new one.

    The database's unique index on (order, reference) of funding legs is the check: a
    repeated reference makes the commit fail (DuplicateRecord), and only then is the earlier
    funding looked up to say which milestone it funded. Of two racing requests, the second
    finds the first committed once it holds the order's lock, so exactly one records it. When
    the funding is refused for another reason (say, it would overfund a milestone the earlier
    payment filled), the repeated reference is still the error reported.
    """
    require_role(principal, "record funding", Role.PLATFORM)
    reference = cmd.payment_reference.strip()

    def explain(tx: EscrowTx, order: Order) -> None:
        if reference and (seen := tx.funded_with_reference(order.id, reference)) is not None:
            raise AlreadyExists(
                "payment reference", reference, field="payment_reference",
                detail=f"it already funded milestone {seen[0]} of this order with {seen[1]} "
                       f"minor units; a bank payment is recorded once")

    def act(order: Order, at: str) -> Effect:
        if cmd.currency and cmd.currency != order.currency:
            raise InvalidInput("amount.currency_code", f"must be the order currency "
                                                       f"{order.currency}")
        return model.fund(order, cmd.milestone_id, cmd.amount_minor, reference, at,
                          uow.new_id())
    try:
        return _on_order(uow, principal, "record_funding", cmd, act, explain=explain)
    except DuplicateRecord:
        if reference:
            with uow.store.read() as tx:
                order = load_visible(tx, principal, cmd.order_id, lock=False)
                explain(tx, order)
        raise


def submit_evidence(cmd: SubmitEvidence, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """The order's seller adds documents to a milestone."""
    def act(order: Order, at: str) -> Effect:
        require_seller(principal, order, "submit evidence")
        return model.submit_evidence(order, cmd.milestone_id, list(cmd.evidence),
                                     principal.subject, at)
    return _on_order(uow, principal, "submit_evidence", cmd, act)


def request_release(cmd: RequestRelease, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """The order's seller asks for a milestone's payout; its condition must be evidenced."""
    def act(order: Order, at: str) -> Effect:
        require_seller(principal, order, "request releases")
        return model.request_release(order, cmd.milestone_id, list(cmd.evidence),
                                     principal.subject, at, uow.settings.policy, cmd.note)
    return _on_order(uow, principal, "request_release", cmd, act)


def confirm_payout(cmd: ConfirmPayout, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """A reviewer approves; the approval completing the quorum releases the money."""
    require_role(principal, "confirm payouts", Role.REVIEWER)
    return _on_order(uow, principal, "confirm_payout", cmd, lambda order, at: model.confirm(
        order, cmd.milestone_id, principal, at, uow.new_id(),
        expected_digest=cmd.expected_digest, payout_reference=cmd.payout_reference))


def reject_payout(cmd: RejectPayout, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """A reviewer sends a payout request back to FUNDED with a reason."""
    require_role(principal, "reject payouts", Role.REVIEWER)
    return _on_order(uow, principal, "reject_payout", cmd, lambda order, at: model.reject(
        order, cmd.milestone_id, principal, cmd.reason, at))


def open_dispute(cmd: OpenDispute, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """The order's buyer disputes it; unreleased milestones freeze."""
    def act(order: Order, at: str) -> Effect:
        require_buyer(principal, order, "open disputes")
        return model.open_dispute(order, principal.subject, cmd.reason, at)
    return _on_order(uow, principal, "open_dispute", cmd, act)


def resolve_dispute(cmd: ResolveDispute, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """An admin or a reviewer, neither a party to the order, settles what is held."""
    require_role(principal, "resolve disputes", Role.ADMIN, Role.REVIEWER)

    def act(order: Order, at: str) -> Effect:
        require_resolver(principal, order)
        if not principal.has(Role.ADMIN) and cmd.release_minor > 0 and \
                uow.settings.policy.required(cmd.release_minor, order.currency) > 1:
            # A dispute must not become a way round the two-reviewer rule: one reviewer may
            # refund, or release small sums; larger releases need an admin's decision.
            raise PermissionDenied(principal.subject, "release this amount by resolving a "
                                   "dispute", "at or above the two-reviewer threshold a "
                                   "resolution that pays the seller needs an admin")
        return model.resolve_dispute(order, principal.subject, cmd.release_minor,
                                     cmd.refund_minor, cmd.note, at, uow.new_id)
    return _on_order(uow, principal, "resolve_dispute", cmd, act)


def cancel_order(cmd: CancelOrder, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """The platform or an admin who is not a party cancels the order; all held is refunded."""
    require_role(principal, "cancel orders", Role.PLATFORM, Role.ADMIN)

    def act(order: Order, at: str) -> Effect:
        require_not_party(principal, order, "cancel orders")
        return model.cancel(order, principal.subject, cmd.reason, at, uow.new_id)
    return _on_order(uow, principal, "cancel_order", cmd, act)


def purge_idempotency_keys(uow: EscrowUnitOfWork, now: datetime | None = None) -> int:
    """Delete idempotency keys whose retention period ended."""
    return uow.store.purge_idempotency_keys(now or uow.clock())


__all__ = [
    "cancel_order",
    "confirm_payout",
    "contract_version_to_freeze",
    "create_order",
    "open_dispute",
    "purge_idempotency_keys",
    "record_funding",
    "reject_payout",
    "request_fingerprint",
    "request_release",
    "resolve_dispute",
    "submit_evidence",
    "terms_summary",
]
