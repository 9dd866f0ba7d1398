"""Disputes freeze unreleased milestones; resolution settles exactly what is held."""

from __future__ import annotations

import pytest

from tests.unit.escrow.helpers import AT, BL, new_id, order_with
from tradepact.domain.errors import IllegalTransition, InvalidInput
from tradepact.domain.escrow import model
from tradepact.domain.escrow.approvals import ApprovalPolicy
from tradepact.domain.escrow.ledger import Movement
from tradepact.domain.escrow.machine import MilestoneState, OrderState


def test_dispute_freezes_milestones_and_blocks_payout_requests():
    order = order_with(MilestoneState.FUNDED)
    model.open_dispute(order, "buyer-user", "goods not as described", AT)
    assert order.state is OrderState.DISPUTED
    with pytest.raises(IllegalTransition, match="when milestone m1 is DISPUTED"):
        model.request_release(order, "m1", [BL], "seller-user", AT, ApprovalPolicy())


def test_resolution_must_split_exactly_what_is_held():
    order = order_with(MilestoneState.FUNDED, 10_000)
    model.open_dispute(order, "buyer-user", "late", AT)
    with pytest.raises(InvalidInput) as exc:
        model.resolve_dispute(order, "admin", 6_000, 5_000, "", AT, new_id)
    # Only the sum is wrong: the refund is not called negative.
    assert [(v.field, v.description) for v in exc.value.violations] == [
        ("release_minor", "release 6000 + refund 5000 = 11000 minor units, but 10000 are held: "
                          "they must add up to it")]
    with pytest.raises(InvalidInput) as exc:
        model.resolve_dispute(order, "admin", 10_001, -1, "", AT, new_id)
    assert [v.field for v in exc.value.violations] == ["refund_minor"]
    assert order.state is OrderState.DISPUTED and order.held_minor() == 10_000
    effect = model.resolve_dispute(order, "admin", 6_000, 4_000, "split", AT, new_id)
    m = order.milestones[0]
    assert (m.released_minor, m.refunded_minor, m.held_minor) == (6_000, 4_000, 0)
    moved = {e.movement: e.amount_minor for e in effect.entries if e.amount_minor > 0}
    assert moved == {Movement.RELEASE: 6_000, Movement.REFUND: 4_000}
    assert order.state is OrderState.CANCELLED


def test_full_release_resolution_completes_the_order():
    order = order_with(MilestoneState.RELEASE_REQUESTED, 10_000)
    model.open_dispute(order, "buyer-user", "late", AT)
    model.resolve_dispute(order, "admin", 10_000, 0, "", AT, new_id)
    assert order.state is OrderState.COMPLETED


def test_cancel_refunds_what_is_held():
    order = order_with(MilestoneState.RELEASE_REQUESTED, 10_000)
    effect = model.cancel(order, "platform", "buyer withdrew", AT, new_id)
    assert order.milestones[0].state is MilestoneState.REFUNDED
    assert [e.amount_minor for e in effect.entries if e.amount_minor > 0] == [10_000]


def test_partial_funding_accumulates_and_over_funding_is_refused():
    order = order_with(MilestoneState.PENDING, 10_000)
    model.fund(order, "m1", 4_000, "PAY-1", AT, new_id())
    assert order.milestones[0].state is MilestoneState.PENDING
    with pytest.raises(InvalidInput, match="over-funds"):
        model.fund(order, "m1", 6_001, "PAY-2", AT, new_id())
    model.fund(order, "m1", 6_000, "PAY-2", AT, new_id())
    assert (order.milestones[0].state, order.milestones[0].funded_minor) == (
        MilestoneState.FUNDED, 10_000)
