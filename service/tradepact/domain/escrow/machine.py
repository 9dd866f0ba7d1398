"""The escrow state machines: one table for milestones, one for orders, printable as Markdown.

A milestone holds one installment of the payment schedule. Its whole life is the table
`MILESTONE_TRANSITIONS` below; anything not in the table raises `IllegalTransition` naming the
event and the current state, and changes nothing. An order's state is derived from its
milestones (`order_state`), and order-level events are allowed only from the states in
`ORDER_TRANSITIONS`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from tradepact.domain.errors import IllegalTransition


class MilestoneState(StrEnum):
    """Where one installment's money is; stored as-is in the database."""

    PENDING = "PENDING"  # waiting for (the rest of) the buyer's payment
    FUNDED = "FUNDED"  # the full amount is held in escrow
    RELEASE_REQUESTED = "RELEASE_REQUESTED"  # the seller evidenced the condition; reviewers decide
    DISPUTED = "DISPUTED"  # frozen by the buyer's dispute until it is resolved
    RELEASED = "RELEASED"  # paid out to the seller (final)
    REFUNDED = "REFUNDED"  # returned to the buyer, or closed unfunded (final)


class MilestoneEvent(StrEnum):
    """Things that happen to a milestone."""

    FUND_PART = "fund_part"  # a payment that leaves part of the amount unfunded
    FUND = "fund"  # the payment that completes the amount
    SUBMIT_EVIDENCE = "submit_evidence"
    REQUEST_RELEASE = "request_release"
    APPROVE = "approve"  # a reviewer's approval when more are still needed
    CONFIRM = "confirm"  # the approval that completes the quorum: money goes to the seller
    REJECT = "reject"
    REFUND = "refund"  # cancellation
    FREEZE = "freeze"  # the buyer opened a dispute
    SETTLE_RELEASE = "settle_release"  # dispute resolved with (part of) the money to the seller
    SETTLE_REFUND = "settle_refund"  # dispute resolved with all of it back to the buyer


class OrderState(StrEnum):
    """An order's state, derived from its milestones."""

    ACTIVE = "ACTIVE"
    DISPUTED = "DISPUTED"
    COMPLETED = "COMPLETED"  # every milestone released, nothing refunded
    CANCELLED = "CANCELLED"  # every milestone final, some money (or an unfunded part) went back


class OrderEvent(StrEnum):
    """Things that happen to a whole order."""

    OPEN_DISPUTE = "open_dispute"
    RESOLVE_DISPUTE = "resolve_dispute"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Transition:
    """One row of a machine's table."""

    source: StrEnum
    event: StrEnum
    target: StrEnum
    why: str


M, E = MilestoneState, MilestoneEvent

# The whole milestone machine on one screen.
MILESTONE_TRANSITIONS: tuple[Transition, ...] = (
    Transition(M.PENDING, E.FUND_PART, M.PENDING, "platform records a partial payment"),
    Transition(M.PENDING, E.FUND, M.FUNDED, "platform records the payment completing the amount"),
    Transition(M.PENDING, E.SUBMIT_EVIDENCE, M.PENDING, "seller adds a document early"),
    Transition(M.FUNDED, E.SUBMIT_EVIDENCE, M.FUNDED, "seller adds a document"),
    Transition(M.RELEASE_REQUESTED, E.SUBMIT_EVIDENCE, M.RELEASE_REQUESTED,
               "seller adds a document; earlier approvals stop counting"),
    Transition(M.FUNDED, E.REQUEST_RELEASE, M.RELEASE_REQUESTED,
               "seller asks for payout with the required evidence"),
    Transition(M.RELEASE_REQUESTED, E.APPROVE, M.RELEASE_REQUESTED,
               "a reviewer approves; a second reviewer is still needed"),
    Transition(M.RELEASE_REQUESTED, E.CONFIRM, M.RELEASED,
               "the last required reviewer approves; payout instruction recorded"),
    Transition(M.RELEASE_REQUESTED, E.REJECT, M.FUNDED, "a reviewer rejects, with a reason"),
    Transition(M.PENDING, E.REFUND, M.REFUNDED, "order cancelled; any partial payment returned"),
    Transition(M.FUNDED, E.REFUND, M.REFUNDED, "order cancelled"),
    Transition(M.RELEASE_REQUESTED, E.REFUND, M.REFUNDED, "order cancelled"),
    Transition(M.PENDING, E.FREEZE, M.DISPUTED, "buyer opens a dispute"),
    Transition(M.FUNDED, E.FREEZE, M.DISPUTED, "buyer opens a dispute"),
    Transition(M.RELEASE_REQUESTED, E.FREEZE, M.DISPUTED, "buyer opens a dispute"),
    Transition(M.DISPUTED, E.SETTLE_RELEASE, M.RELEASED,
               "resolution pays (part of) the held money to the seller, the rest back"),
    Transition(M.DISPUTED, E.SETTLE_REFUND, M.REFUNDED, "resolution returns the money"),
)

OS, OE = OrderState, OrderEvent

ORDER_TRANSITIONS: tuple[Transition, ...] = (
    Transition(OS.ACTIVE, OE.OPEN_DISPUTE, OS.DISPUTED, "buyer disputes; unreleased milestones freeze"),
    Transition(OS.DISPUTED, OE.RESOLVE_DISPUTE, OS.COMPLETED,
               "admin/reviewer: release X + refund Y = held; every milestone ends released, "
               "nothing refunded"),
    Transition(OS.DISPUTED, OE.RESOLVE_DISPUTE, OS.CANCELLED,
               "admin/reviewer: release X + refund Y = held; any refund (or a milestone "
               "closed unfunded)"),
    Transition(OS.ACTIVE, OE.CANCEL, OS.CANCELLED, "platform/admin refunds everything held"),
)

FINAL_MILESTONE_STATES = frozenset({M.RELEASED, M.REFUNDED})
FREEZABLE_MILESTONE_STATES = frozenset(
    t.source for t in MILESTONE_TRANSITIONS if t.event is E.FREEZE)

def _targets(rows: tuple[Transition, ...]) -> dict[tuple[StrEnum, StrEnum], frozenset[StrEnum]]:
    table: dict[tuple[StrEnum, StrEnum], set[StrEnum]] = {}
    for t in rows:
        table.setdefault((t.source, t.event), set()).add(t.target)
    return {k: frozenset(v) for k, v in table.items()}


_MILESTONE_TABLE = {(t.source, t.event): t.target for t in MILESTONE_TRANSITIONS}
# An order's state follows from its milestones, so an order event may end in more than one
# state (a resolution: COMPLETED or CANCELLED): (state, event) -> every target of its rows.
_ORDER_TABLE = _targets(ORDER_TRANSITIONS)


def milestone_next(state: MilestoneState, event: MilestoneEvent, subject: str) -> MilestoneState:
    """The state after `event`; raises IllegalTransition if the table has no such row."""
    target = _MILESTONE_TABLE.get((MilestoneState(state), MilestoneEvent(event)))
    if target is None:
        raise IllegalTransition("milestone", subject, str(event), str(state))
    return MilestoneState(target)


def milestone_allows(state: MilestoneState, event: MilestoneEvent) -> bool:
    """True when the table has a row for (state, event)."""
    return (MilestoneState(state), MilestoneEvent(event)) in _MILESTONE_TABLE


def order_targets(state: OrderState, event: OrderEvent, subject: str = "") -> frozenset[OrderState]:
    """The states the table lets `event` lead to from `state`; IllegalTransition if none."""
    targets = _ORDER_TABLE.get((OrderState(state), OrderEvent(event)))
    if targets is None:
        raise IllegalTransition("order", subject, str(event), str(state))
    return frozenset(OrderState(t) for t in targets)


def check_order_event(state: OrderState, event: OrderEvent, subject: str) -> None:
    """Raise IllegalTransition unless the order may take `event` in `state`."""
    order_targets(state, event, subject)


def order_state(milestone_states: Iterable[MilestoneState], *,
                anything_refunded: bool = False) -> OrderState:
    """An order's state follows from its milestones (and whether any money went back)."""
    states = [MilestoneState(s) for s in milestone_states]
    if any(s is M.DISPUTED for s in states):
        return OS.DISPUTED
    if states and all(s is M.RELEASED for s in states) and not anything_refunded:
        return OS.COMPLETED
    if states and all(s in FINAL_MILESTONE_STATES for s in states):
        return OS.CANCELLED
    return OS.ACTIVE


def render_markdown() -> str:
    """Both tables as Markdown, for the README (generated from the code, never hand-written)."""
    lines = ["### Milestone", "", "| from | event | to | when |", "|---|---|---|---|"]
    lines += [f"| {t.source} | `{t.event}` | {t.target} | {t.why} |" for t in MILESTONE_TRANSITIONS]
    lines += ["", "### Order", "",
              "Derived from its milestones: DISPUTED if any is disputed, COMPLETED when all are "
              "released and nothing was refunded, CANCELLED when all are final otherwise, "
              "else ACTIVE.", "",
              "| from | event | to | when |", "|---|---|---|---|"]
    lines += [f"| {t.source} | `{t.event}` | {t.target} | {t.why} |" for t in ORDER_TRANSITIONS]
    return "\n".join(lines) + "\n"


__all__ = [
    "FINAL_MILESTONE_STATES",
    "FREEZABLE_MILESTONE_STATES",
    "MILESTONE_TRANSITIONS",
    "ORDER_TRANSITIONS",
    "MilestoneEvent",
    "MilestoneState",
    "OrderEvent",
    "OrderState",
    "Transition",
    "check_order_event",
    "milestone_allows",
    "milestone_next",
    "order_state",
    "order_targets",
    "render_markdown",
]
