"""The escrow state machine: the table is the whole truth, and illegal moves change nothing."""

from __future__ import annotations

import pytest

from tests.unit.escrow.helpers import AT, BL, REVIEWER, new_id, order_with
from tradepact.domain.errors import IllegalTransition
from tradepact.domain.escrow import model
from tradepact.domain.escrow.approvals import ApprovalPolicy
from tradepact.domain.escrow.machine import (
    MILESTONE_TRANSITIONS,
    ORDER_TRANSITIONS,
    MilestoneEvent,
    MilestoneState,
    OrderEvent,
    OrderState,
    milestone_allows,
    milestone_next,
    order_state,
    order_targets,
    render_markdown,
)

E, S = MilestoneEvent, MilestoneState
ALL_PAIRS = [(s, e) for s in S for e in E]
ILLEGAL = [(s, e) for s, e in ALL_PAIRS if not milestone_allows(s, e)]

# The operations a caller can ask for on one milestone, and the machine event each checks.
OPERATIONS = {
    E.FUND: lambda o: model.fund(o, "m1", 1, "PAY-1", AT, new_id()),
    E.SUBMIT_EVIDENCE: lambda o: model.submit_evidence(o, "m1", [BL], "seller-user", AT),
    E.REQUEST_RELEASE: lambda o: model.request_release(o, "m1", [BL], "seller-user", AT,
                                                       ApprovalPolicy()),
    E.CONFIRM: lambda o: model.confirm(o, "m1", REVIEWER, AT, new_id(),
                                       expected_digest=model.current_digest(o, o.milestones[0])),
    E.REJECT: lambda o: model.reject(o, "m1", REVIEWER, "blurry scan", AT),
}


@pytest.mark.parametrize(("state", "event"), ILLEGAL)
def test_every_illegal_transition_names_event_and_state(state, event):
    with pytest.raises(IllegalTransition) as info:
        milestone_next(state, event, "m1")
    assert info.value.event == str(event) and info.value.state == str(state)
    assert f"can't {event} when milestone m1 is {state}" in str(info.value)


@pytest.mark.parametrize("t", MILESTONE_TRANSITIONS, ids=lambda t: f"{t.source}-{t.event}")
def test_every_table_row_is_a_legal_move(t):
    assert milestone_next(t.source, t.event, "m1") is t.target


@pytest.mark.parametrize(("state", "event"),
                         [(s, e) for s in S for e in OPERATIONS if not milestone_allows(s, e)
                          and not (e is E.FUND and s is S.PENDING)])
def test_refused_operation_changes_nothing(state, event):
    order = order_with(state)
    before = order.model_dump()
    with pytest.raises(IllegalTransition) as info:
        OPERATIONS[event](order)
    assert info.value.state == str(state)
    assert order.model_dump() == before


def test_released_and_refunded_are_final():
    for final in (S.RELEASED, S.REFUNDED):
        assert not any(milestone_allows(final, e) for e in E)


@pytest.mark.parametrize(("states", "expected"), [
    ([S.PENDING, S.FUNDED], OrderState.ACTIVE),
    ([S.RELEASED, S.DISPUTED], OrderState.DISPUTED),
    ([S.RELEASED, S.RELEASED], OrderState.COMPLETED),
    ([S.RELEASED, S.REFUNDED], OrderState.CANCELLED),
    ([S.RELEASED, S.FUNDED], OrderState.ACTIVE),
])
def test_order_state_follows_from_its_milestones(states, expected):
    assert order_state(states) is expected


def test_cancelled_order_refuses_a_dispute_and_changes_nothing():
    order = order_with(S.FUNDED)
    model.cancel(order, "platform", "buyer withdrew", AT, new_id)
    before = order.model_dump()
    with pytest.raises(IllegalTransition, match="can't open_dispute when order o1 is CANCELLED"):
        model.open_dispute(order, "buyer-user", "late", AT)
    assert order.model_dump() == before


def _order_event_outcomes():
    """(state before, event, state after) for each way an order event can end."""
    out = []
    order = order_with(S.FUNDED)
    model.open_dispute(order, "buyer-user", "late", AT)
    out.append((OrderState.ACTIVE, OrderEvent.OPEN_DISPUTE, order.state))
    order = order_with(S.FUNDED)
    model.cancel(order, "platform", "withdrawn", AT, new_id)
    out.append((OrderState.ACTIVE, OrderEvent.CANCEL, order.state))
    for state, release in ((S.FUNDED, 10_000), (S.FUNDED, 6_000), (S.FUNDED, 0),
                           (S.RELEASE_REQUESTED, 10_000), (S.PENDING, 0)):
        order = order_with(state, 10_000)
        model.open_dispute(order, "buyer-user", "late", AT)
        model.resolve_dispute(order, "admin", release, order.held_minor() - release, "", AT,
                              new_id)
        out.append((OrderState.DISPUTED, OrderEvent.RESOLVE_DISPUTE, order.state))
    return out


@pytest.mark.parametrize(("before", "event", "after"), _order_event_outcomes(),
                         ids=lambda v: str(v))
def test_the_order_table_lists_the_state_each_order_event_leads_to(before, event, after):
    # A resolution that refunds anything ends CANCELLED: the table used to say COMPLETED only.
    assert (before, event, after) in {(t.source, t.event, t.target) for t in ORDER_TRANSITIONS}
    assert after in order_targets(before, event)


def test_markdown_table_lists_every_transition_from_the_code():
    md = render_markdown()
    for t in (*MILESTONE_TRANSITIONS, *ORDER_TRANSITIONS):
        assert f"| {t.source} | `{t.event}` | {t.target} |" in md
