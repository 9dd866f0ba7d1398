"""Read-only escrow use cases: orders, the reviewer queue, audit events, verification, ledger."""

from __future__ import annotations

import base64
import json
from datetime import datetime

from pydantic import BaseModel

from tradepact.domain.errors import InvalidInput, NotFound
from tradepact.domain.escrow.approvals import counted
from tradepact.domain.escrow.audit import AuditEvent, ChainBreak, find_breaks
from tradepact.domain.escrow.ledger import (
    Account,
    LedgerInvariantError,
    balances,
    check_invariants,
    milestone_totals,
)
from tradepact.domain.escrow.model import Milestone, Order, current_digest
from tradepact.domain.principal import Principal, Role

from .access import load_visible, require_role, sees_all
from .commands import ListOrders
from .inputs import MAX_ID, check_order_id
from .ports import EscrowUnitOfWork

MAX_PAGE = 500
MAX_TOKEN_DIGITS = 18  # page tokens are offsets, within every database's integer range


def get_order(order_id: str, principal: Principal, uow: EscrowUnitOfWork) -> Order:
    """One order with its milestones; NotFound when absent or not the caller's."""
    with uow.store.read() as tx:
        return load_visible(tx, principal, order_id, lock=False)


def list_orders(query: ListOrders, principal: Principal,
                uow: EscrowUnitOfWork) -> tuple[list[Order], str]:
    """Orders oldest first and the next page token ("" on the last page).

    Parties see only their own orders; platform, admin and reviewers see all.
    """
    size = query.page_size or 50
    if not 1 <= size <= MAX_PAGE:
        raise InvalidInput("page_size", f"must be between 1 and {MAX_PAGE}")
    token = query.page_token or "0"
    # Tokens are offsets this service wrote in ASCII digits; a forged huge one overflowed the
    # database's integer (INTERNAL) before it was refused.
    if not (token.isascii() and token.isdigit()) or len(token) > MAX_TOKEN_DIGITS:
        raise InvalidInput("page_token", "is not a token this service issued")
    offset = int(token)
    parties = None if sees_all(principal) else principal.party_ids()
    if parties is not None and not parties:
        return [], ""
    with uow.store.read() as tx:
        rows = tx.list_orders(parties, str(query.state) if query.state else None, size + 1,
                              offset)
    more = len(rows) > size
    return rows[:size], str(offset + size) if more else ""


class QueueItem(BaseModel):
    """A payout waiting for reviewers, with what they need to decide."""

    order: Order
    milestone: Milestone
    terms_summary: str
    terms_json: str  # the frozen contract terms, as TradeTerms JSON
    approvals_counted: list[str]
    approvals_required: int
    digest: str  # what an approval now would be bound to


def _queue_token(m: Milestone) -> str:
    """The opaque token of the page after `m`: its request time and id."""
    raw = json.dumps([m.release_requested_at, m.id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _queue_position(token: str) -> tuple[datetime, str] | None:
    """(request time, milestone id) a queue page token stands for; InvalidInput if forged."""
    if not token:
        return None
    try:
        if len(token) > 400 or not token.isascii():
            raise ValueError(token)
        at, mid = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        when = datetime.fromisoformat(at)
        if when.tzinfo is None or not isinstance(mid, str) or not 0 < len(mid) <= MAX_ID:
            raise ValueError(token)
        check_order_id(mid)  # no NUL, within the column
    except (ValueError, TypeError, InvalidInput):
        raise InvalidInput("page_token", "is not a token this service issued") from None
    return when, mid


def reviewer_queue(principal: Principal, uow: EscrowUnitOfWork, limit: int = 50,
                   page_token: str = "") -> tuple[list[QueueItem], str]:
    """RELEASE_REQUESTED milestones, oldest request first (reviewers and admins), and the
    next page's token ("" on the last page).

    Orders where the reviewer is a party are left out, in the query before its limit, so
    every page but the last is full. Pages follow (request time, milestone id): a request
    decided meanwhile neither shifts nor repeats the rest, and one made (or made again
    after a rejection) meanwhile shows at the end.
    """
    require_role(principal, "see the reviewer queue", Role.REVIEWER, Role.ADMIN)
    if not 1 <= limit <= MAX_PAGE:  # a negative LIMIT was INTERNAL on PostgreSQL
        raise InvalidInput("page_size", f"must be between 1 and {MAX_PAGE}")
    after = _queue_position(page_token)
    with uow.store.read() as tx:
        waiting = tx.release_queue(limit + 1, exclude_parties=principal.party_ids(),
                                   after=after)
        more = len(waiting) > limit
        waiting = waiting[:limit]
        terms_by_order = {order.id: tx.terms_json(order.id) for order, _ in waiting}
    out = []
    for order, milestone_id in waiting:
        m = order.milestone(milestone_id)
        digest = current_digest(order, m)
        out.append(QueueItem(order=order, milestone=m, terms_summary=order.terms_summary,
                             terms_json=terms_by_order.get(order.id) or "",
                             approvals_counted=sorted(counted(m.approvals, digest)),
                             approvals_required=m.approvals_required, digest=digest))
    return out, _queue_token(out[-1].milestone) if more and out else ""


def list_events(order_id: str, after_sequence: int, principal: Principal,
                uow: EscrowUnitOfWork, limit: int | None = None) -> list[AuditEvent]:
    """The order's audit events after a sequence number (to stream or resume a watch).

    A sequence beyond the order's newest event is refused: nobody was sent such an event, so
    the caller resumes from a wrong number (another order's, a stale store's), and a watch
    waiting for it would silently skip every event up to it.
    """
    if after_sequence < 0:
        raise InvalidInput("after_sequence", "must not be negative")
    with uow.store.read() as tx:
        order = load_visible(tx, principal, order_id, lock=False)
        if after_sequence > order.audit_sequence:
            raise InvalidInput("after_sequence", f"is beyond the order's newest event "
                                                 f"({order.audit_sequence})")
        return tx.events(order_id, after_sequence, limit)


class AuditReport(BaseModel):
    """Problems in the audit chain per order, and how many events were checked."""

    breaks: dict[str, list[ChainBreak]]  # each problem with the sequence where it shows
    events_checked: int

    @property
    def problems(self) -> dict[str, list[str]]:
        """The problems' descriptions per order."""
        return {oid: [b.description for b in found] for oid, found in self.breaks.items()}

    @property
    def ok(self) -> bool:
        return not any(self.breaks.values())


def verify_audit(principal: Principal, uow: EscrowUnitOfWork,
                 order_id: str | None = None) -> AuditReport:
    """Check the audit log of one order (every order when `order_id` is None): the hash
    chain, and each event's and the head's seal under the audit key, which the database does
    not hold (so a chain recomputed by someone with only database access shows)."""
    require_role(principal, "verify the audit log", Role.ADMIN, Role.REVIEWER, Role.PLATFORM)
    with uow.store.read() as tx:
        if order_id is not None:
            check_order_id(order_id)
        ids = [order_id] if order_id is not None else tx.order_ids()
        out: dict[str, list[ChainBreak]] = {}
        checked = 0
        for oid in ids:
            head = tx.audit_head(oid)
            if head is None:
                raise NotFound("order", oid)
            sequence, digest, seal = head
            events = tx.events(oid)
            checked += len(events)
            out[oid] = find_breaks(events, head=(sequence, digest), order_id=oid,
                                   key=uow.settings.audit_key, sealed_head=seal)
    return AuditReport(breaks=out, events_checked=checked)


class LedgerSummary(BaseModel):
    """An order's money as the ledger tells it."""

    order_id: str
    currency: str
    total_minor: int
    funded_minor: int
    released_minor: int
    refunded_minor: int
    held_minor: int
    balances: dict[str, int]  # account -> balance in its normal direction
    entries: int
    problems: list[str]
    entry_list: list[dict] = []  # every entry, oldest first (movement, account, amount...)  # broken invariants; empty when the ledger is sound


def ledger_summary(order_id: str, principal: Principal, uow: EscrowUnitOfWork) -> LedgerSummary:
    """Totals, account balances and an invariant check for one order."""
    with uow.store.read() as tx:
        order = load_visible(tx, principal, order_id, lock=False)
        entries = tx.order_entries(order_id)
    totals = milestone_totals(entries)
    problems: list[str] = []
    try:
        check_invariants(entries, {m.id: m.amount_minor for m in order.milestones},
                         {m.id: m.money() for m in order.milestones})
    except LedgerInvariantError as exc:
        problems = str(exc).split("; ")
    bal = balances(entries)
    return LedgerSummary(
        order_id=order.id, currency=order.currency, total_minor=order.total_minor,
        funded_minor=sum(t.funded for t in totals.values()),
        released_minor=sum(t.released for t in totals.values()),
        refunded_minor=sum(t.refunded for t in totals.values()),
        held_minor=sum(t.held for t in totals.values()),
        balances={str(a): bal.get((order.id, a), 0) for a in Account},
        entries=len(entries), problems=problems,
        entry_list=[{"movement_id": e.movement_id, "movement": str(e.movement),
                     "milestone_id": e.milestone_id, "account": str(e.account),
                     "amount_minor": e.amount_minor, "currency": e.currency,
                     "reference": e.reference} for e in entries])


__all__ = [
    "AuditReport",
    "LedgerSummary",
    "QueueItem",
    "get_order",
    "ledger_summary",
    "list_events",
    "list_orders",
    "reviewer_queue",
    "verify_audit",
]
