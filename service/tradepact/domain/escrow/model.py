"""The escrow order aggregate: an order, its milestones, and every operation's effects.

Operations check the state machine first and mutate only when every check passed, so a refused
operation changes nothing. Each returns an `Effect`: the ledger entries to write and the audit
event to append; the use case persists both with the changed rows in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from tradepact.domain.errors import (
    FieldViolation,
    InvalidInput,
    NotFound,
    PreconditionFailed,
    PreconditionViolation,
)
from tradepact.domain.principal import Principal
from tradepact.domain.terms import PaymentMethod, PaymentTrigger

from .approvals import (
    Approval,
    ApprovalPolicy,
    add_approval,
    check_may_review,
    counted,
    payout_digest,
)
from .ledger import LedgerEntry, MilestoneMoney, Movement, movement
from .machine import (
    FINAL_MILESTONE_STATES,
    MilestoneEvent,
    MilestoneState,
    OrderEvent,
    OrderState,
    milestone_next,
    order_state,
    order_targets,
)
from .milestones import EvidenceItem, EvidenceType, MilestonePlan

E = MilestoneEvent


class Milestone(BaseModel):
    """One installment held in escrow."""

    id: str
    order_id: str
    index: int
    label: str
    amount_minor: int
    currency: str
    trigger: PaymentTrigger
    release_condition: EvidenceType
    method: PaymentMethod = PaymentMethod.UNSPECIFIED
    due_days: int | None = None
    state: MilestoneState = MilestoneState.PENDING
    funded_minor: int = 0
    released_minor: int = 0
    refunded_minor: int = 0
    evidence: list[EvidenceItem] = Field(default_factory=list)
    approvals: list[Approval] = Field(default_factory=list)
    approvals_required: int = 1
    release_requested_by: str | None = None
    release_requested_at: str | None = None
    release_note: str = ""  # the seller's note to the reviewers with the pending request
    reject_reason: str = ""
    payout: dict[str, Any] | None = None  # the payout instruction, once released
    version: int = 0

    @property
    def held_minor(self) -> int:
        """Still in escrow for this milestone."""
        return self.funded_minor - self.released_minor - self.refunded_minor

    def money(self) -> MilestoneMoney:
        """The totals this row claims; the ledger must agree."""
        return MilestoneMoney(self.funded_minor, self.released_minor, self.refunded_minor)

    def _move(self, event: MilestoneEvent) -> None:
        self.state = milestone_next(self.state, event, self.id)


class Dispute(BaseModel):
    """A buyer's dispute and, once resolved, how the held money was split."""

    opened_by: str
    opened_at: str
    reason: str
    resolved_by: str | None = None
    resolved_at: str | None = None
    release_minor: int | None = None
    refund_minor: int | None = None
    note: str = ""


class Order(BaseModel):
    """An escrow order made from one frozen contract version."""

    id: str
    contract_id: str
    contract_version: int
    terms_fingerprint: str
    terms_summary: str = ""
    total_minor: int
    currency: str
    buyer_party_id: str
    seller_party_id: str
    created_by: str
    created_at: str
    updated_at: str
    state: OrderState = OrderState.ACTIVE
    version: int = 0
    audit_sequence: int = 0
    audit_head: str = ""
    audit_seal: str = ""  # the head's seal under the server's audit key (audit.head_seal)
    dispute: Dispute | None = None
    milestones: list[Milestone] = Field(default_factory=list)

    @property
    def parties(self) -> tuple[str, str]:
        """(buyer party id, seller party id)."""
        return self.buyer_party_id, self.seller_party_id

    def milestone(self, milestone_id: str) -> Milestone:
        """The milestone with this id, or NotFound."""
        for m in self.milestones:
            if m.id == milestone_id:
                return m
        raise NotFound("milestone", milestone_id)

    def held_minor(self) -> int:
        """Everything still in escrow for the order."""
        return sum(m.held_minor for m in self.milestones)


@dataclass
class Effect:
    """What one operation did: the audit event to append and the ledger entries to write."""

    kind: str
    payload: dict[str, Any]
    entries: list[LedgerEntry] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # milestone ids whose rows changed


def new_order(*, order_id: str, contract_id: str, contract_version: int, terms_fingerprint: str,
              terms_summary: str, total_minor: int, currency: str, buyer_party_id: str,
              seller_party_id: str, plans: list[MilestonePlan], created_by: str, at: str,
              new_id: Callable[[], str]) -> tuple[Order, Effect]:
    """A fresh ACTIVE order with one PENDING milestone per planned installment."""
    milestones = [Milestone(id=new_id(), order_id=order_id, index=p.index, label=p.label,
                            amount_minor=p.amount_minor, currency=p.currency, trigger=p.trigger,
                            release_condition=p.release_condition, method=p.method,
                            due_days=p.due_days) for p in plans]
    order = Order(id=order_id, contract_id=contract_id, contract_version=contract_version,
                  terms_fingerprint=terms_fingerprint, terms_summary=terms_summary,
                  total_minor=total_minor, currency=currency, buyer_party_id=buyer_party_id,
                  seller_party_id=seller_party_id, created_by=created_by, created_at=at,
                  updated_at=at, milestones=milestones)
    payload = {"contract_id": contract_id, "contract_version": contract_version,
               "terms_fingerprint": terms_fingerprint, "total_minor": total_minor,
               "currency": currency, "milestones": [
                   {"id": m.id, "amount_minor": m.amount_minor, "condition": m.release_condition}
                   for m in milestones]}
    return order, Effect("order.created", payload, touched={m.id for m in milestones})


def _finish(order: Order, effect: Effect, at: str,
            allowed: frozenset[OrderState] | None = None) -> Effect:
    """Derive the order's state; for an order event, `allowed` are the table's targets."""
    order.state = order_state((m.state for m in order.milestones),
                              anything_refunded=any(m.refunded_minor for m in order.milestones))
    assert allowed is None or order.state in allowed, (
        f"order {order.id} ended {order.state}; the order table allows {sorted(allowed)}")
    order.updated_at = at
    return effect


def fund(order: Order, milestone_id: str, amount_minor: int, payment_reference: str, at: str,
         movement_id: str) -> Effect:
    """The platform records a buyer payment into escrow; partial payments accumulate."""
    m = order.milestone(milestone_id)
    if m.state is not MilestoneState.PENDING:
        milestone_next(m.state, E.FUND, m.id)  # raises, naming the event and state
    remaining = m.amount_minor - m.funded_minor
    if amount_minor <= 0:
        raise InvalidInput("amount_minor", "must be positive")
    if amount_minor > remaining:
        raise InvalidInput("amount_minor", f"over-funds the milestone: {remaining} minor units "
                                           f"remain of {m.amount_minor}")
    if not payment_reference.strip():
        raise InvalidInput("payment_reference", "is required")
    m._move(E.FUND if amount_minor == remaining else E.FUND_PART)
    m.funded_minor += amount_minor
    entries = movement(Movement.FUND, movement_id, order.id, m.id, amount_minor, m.currency,
                       payment_reference)
    return _finish(order, Effect("milestone.fund", {
        "milestone_id": m.id, "amount_minor": amount_minor, "payment_reference": payment_reference,
        "funded_minor": m.funded_minor, "state": m.state}, entries, {m.id}), at)


def _check_items(items: list[EvidenceItem]) -> None:
    bad = [FieldViolation(f"evidence[{i}].document_ref", "is required")
           for i, it in enumerate(items) if not it.document_ref.strip()]
    if bad:
        raise InvalidInput(bad)


def submit_evidence(order: Order, milestone_id: str, items: list[EvidenceItem], actor: str,
                    at: str) -> Effect:
    """The seller adds documents; approvals of the earlier evidence stop counting."""
    m = order.milestone(milestone_id)
    m_next = milestone_next(m.state, E.SUBMIT_EVIDENCE, m.id)
    if not items:
        raise InvalidInput("evidence", "at least one item is required")
    _check_items(items)
    stamped = [it.model_copy(update={"submitted_by": actor, "submitted_at": at}) for it in items]
    m.evidence = [*m.evidence, *stamped]
    m.state = m_next
    return _finish(order, Effect("milestone.submit_evidence", {
        "milestone_id": m.id, "evidence": [it.model_dump(mode="json") for it in stamped]},
        touched={m.id}), at)


def request_release(order: Order, milestone_id: str, items: list[EvidenceItem], actor: str,
                    at: str, policy: ApprovalPolicy, note: str = "") -> Effect:
    """The seller asks for payout; the milestone's condition must be evidenced.

    `note` is the seller's word to the reviewers; it is kept with the request (and its audit
    event) and dropped when the request is rejected.
    """
    m = order.milestone(milestone_id)
    m_next = milestone_next(m.state, E.REQUEST_RELEASE, m.id)
    _check_items(items)
    stamped = [it.model_copy(update={"submitted_by": actor, "submitted_at": at}) for it in items]
    evidence = [*m.evidence, *stamped]
    need = m.release_condition
    if not any(need is EvidenceType.OTHER or it.type is need for it in evidence):
        raise PreconditionFailed(PreconditionViolation(
            "EVIDENCE", f"milestone {m.id}", f"release needs a {need} evidence item"))
    m.evidence, m.state = evidence, m_next
    m.release_requested_by, m.release_requested_at = actor, at
    m.release_note = note
    m.approvals, m.reject_reason = [], ""
    m.approvals_required = policy.required(m.held_minor, m.currency)
    payload: dict[str, Any] = {
        "milestone_id": m.id, "amount_minor": m.held_minor,
        "approvals_required": m.approvals_required,
        "evidence": [it.model_dump(mode="json") for it in stamped]}
    if note:  # earlier events had no note key; their hashes stay as they were
        payload["note"] = note
    return _finish(order, Effect("milestone.request_release", payload, touched={m.id}), at)


def current_digest(order: Order, m: Milestone) -> str:
    """The digest a reviewer approves now: milestone, amount, beneficiary, evidence."""
    return payout_digest(m.id, m.held_minor, m.currency, order.seller_party_id, m.evidence)


def confirm(order: Order, milestone_id: str, reviewer: Principal, at: str,
            movement_id: str, *, expected_digest: str, payout_reference: str = "") -> Effect:
    """A reviewer approves; the approval completing the quorum releases the money to the seller.

    `expected_digest` is the approval hash the reviewer saw, and it is required: the approval
    is bound to it, so if the milestone, amount, beneficiary or evidence changed since, it is
    refused. (Without it an approval used to bind itself to whatever the evidence was at that
    moment, including documents added after the reviewer looked.) The violation names the
    request field, `approval_hash`.
    """
    m = order.milestone(milestone_id)
    check_may_review(reviewer, "confirm payouts", order.parties, m.release_requested_by)
    if not expected_digest:
        raise InvalidInput("approval_hash", "is required: the approval hash of the milestone "
                                            "as you reviewed it (GetOrder and the review "
                                            "queue show it)")
    if m.state is not MilestoneState.RELEASE_REQUESTED:
        milestone_next(m.state, E.CONFIRM, m.id)
    digest = current_digest(order, m)
    if expected_digest != digest:
        raise PreconditionFailed(PreconditionViolation(
            "APPROVAL_HASH", f"milestones/{m.id}",
            "what you approved changed since you saw it (amount, beneficiary or evidence); "
            "review the milestone again"))
    approvals = add_approval(m.approvals, reviewer.subject, digest, at, m.id)
    reviewers = sorted(counted(approvals, digest))
    payload: dict[str, Any] = {"milestone_id": m.id, "reviewer": reviewer.subject,
                               "digest": digest, "approvals": reviewers,
                               "approvals_required": m.approvals_required}
    if len(reviewers) < m.approvals_required:
        m._move(E.APPROVE)
        m.approvals = approvals
        return _finish(order, Effect("milestone.approve", payload, touched={m.id}), at)
    amount = m.held_minor
    m._move(E.CONFIRM)
    m.approvals = approvals
    m.released_minor += amount
    m.payout = {"instruction_id": movement_id, "beneficiary": order.seller_party_id,
                "amount_minor": amount, "currency": m.currency, "approved_by": reviewers,
                "reference": payout_reference}
    entries = movement(Movement.RELEASE, movement_id, order.id, m.id, amount, m.currency,
                       movement_id)
    payload.update(amount_minor=amount, payout=m.payout)
    return _finish(order, Effect("milestone.confirm", payload, entries, {m.id}), at)


def reject(order: Order, milestone_id: str, reviewer: Principal, reason: str, at: str) -> Effect:
    """A reviewer sends the request back to FUNDED with a reason; approvals are dropped."""
    m = order.milestone(milestone_id)
    check_may_review(reviewer, "reject payouts", order.parties)
    m_next = milestone_next(m.state, E.REJECT, m.id)
    if not reason.strip():
        raise InvalidInput("reason", "a rejection needs a reason")
    m.state, m.approvals, m.reject_reason = m_next, [], reason
    m.release_requested_by = m.release_requested_at = None
    m.release_note = ""
    return _finish(order, Effect("milestone.reject", {
        "milestone_id": m.id, "reviewer": reviewer.subject, "reason": reason}, touched={m.id}), at)


def open_dispute(order: Order, actor: str, reason: str, at: str) -> Effect:
    """The buyer disputes: every unreleased milestone freezes until resolution."""
    allowed = order_targets(order.state, OrderEvent.OPEN_DISPUTE, order.id)
    if not reason.strip():
        raise InvalidInput("reason", "a dispute needs a reason")
    frozen = [m for m in order.milestones if m.state not in FINAL_MILESTONE_STATES]
    for m in frozen:
        m._move(E.FREEZE)
    order.dispute = Dispute(opened_by=actor, opened_at=at, reason=reason)
    return _finish(order, Effect("order.open_dispute", {
        "reason": reason, "frozen": [m.id for m in frozen], "held_minor": order.held_minor()},
        touched={m.id for m in frozen}), at, allowed)


def resolve_dispute(order: Order, actor: str, release_minor: int, refund_minor: int, note: str,
                    at: str, new_id: Callable[[], str]) -> Effect:
    """Settle everything held: release X to the seller and refund Y to the buyer, X + Y = held.

    X is allocated to the disputed milestones in schedule order; a milestone that gets any of X
    ends RELEASED (its remainder refunded), the others end REFUNDED.
    """
    allowed = order_targets(order.state, OrderEvent.RESOLVE_DISPUTE, order.id)
    held = order.held_minor()
    # Only what is wrong: "refund must not be negative" used to come with every refusal.
    bad = [FieldViolation(name, "must not be negative")
           for name, value in (("release_minor", release_minor), ("refund_minor", refund_minor))
           if value < 0]
    if not bad and release_minor + refund_minor != held:
        bad.append(FieldViolation("release_minor", (
            f"release {release_minor} + refund {refund_minor} = {release_minor + refund_minor} "
            f"minor units, but {held} are held: they must add up to it")))
    if bad:
        raise InvalidInput(bad)
    entries: list[LedgerEntry] = []
    split: list[dict[str, Any]] = []
    left = release_minor
    disputed = [m for m in order.milestones if m.state is MilestoneState.DISPUTED]
    for m in sorted(disputed, key=lambda m: m.index):
        give = min(left, m.held_minor)
        back = m.held_minor - give
        left -= give
        m._move(E.SETTLE_RELEASE if give else E.SETTLE_REFUND)
        if give:
            entries += movement(Movement.RELEASE, new_id(), order.id, m.id, give, m.currency)
            m.released_minor += give
        if back:
            entries += movement(Movement.REFUND, new_id(), order.id, m.id, back, m.currency)
            m.refunded_minor += back
        split.append({"milestone_id": m.id, "release_minor": give, "refund_minor": back})
    assert order.dispute is not None  # DISPUTED orders always carry their dispute
    order.dispute = order.dispute.model_copy(update={
        "resolved_by": actor, "resolved_at": at, "release_minor": release_minor,
        "refund_minor": refund_minor, "note": note})
    return _finish(order, Effect("order.resolve_dispute", {
        "release_minor": release_minor, "refund_minor": refund_minor, "note": note,
        "split": split}, entries, {m.id for m in disputed}), at, allowed)


def cancel(order: Order, actor: str, reason: str, at: str, new_id: Callable[[], str]) -> Effect:
    """Cancel the order: every unreleased milestone is refunded what it holds."""
    allowed = order_targets(order.state, OrderEvent.CANCEL, order.id)
    entries: list[LedgerEntry] = []
    open_ = [m for m in order.milestones if m.state not in FINAL_MILESTONE_STATES]
    refunds = []
    for m in open_:
        m._move(E.REFUND)
        if m.held_minor:
            refunds.append({"milestone_id": m.id, "refund_minor": m.held_minor})
            entries += movement(Movement.REFUND, new_id(), order.id, m.id, m.held_minor, m.currency)
            m.refunded_minor += m.held_minor
    return _finish(order, Effect("order.cancel", {"reason": reason, "refunds": refunds}, entries,
                                 {m.id for m in open_}), at, allowed)


__all__ = [
    "Dispute",
    "Effect",
    "Milestone",
    "Order",
    "cancel",
    "confirm",
    "current_digest",
    "fund",
    "new_order",
    "open_dispute",
    "reject",
    "request_release",
    "resolve_dispute",
    "submit_evidence",
]
