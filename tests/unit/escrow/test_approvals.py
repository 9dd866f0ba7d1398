"""Reviewer rules: who may approve a payout, how many must, and what an approval is bound to."""

from __future__ import annotations

import pytest

from tests.unit.escrow.helpers import AT, BL, REVIEWER, REVIEWER_2, new_id, order_with
from tradepact.domain.errors import PermissionDenied, PreconditionFailed
from tradepact.domain.escrow import model
from tradepact.domain.escrow.approvals import ApprovalPolicy
from tradepact.domain.escrow.machine import MilestoneState
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.principal import Principal

TWO_ABOVE_5000 = ApprovalPolicy(thresholds_minor={"USD": 5_000})


def requested(amount: int = 10_000, policy: ApprovalPolicy = TWO_ABOVE_5000):
    order = order_with(MilestoneState.FUNDED, amount)
    model.request_release(order, "m1", [], "seller-user", AT, policy)
    return order


def test_threshold_is_per_currency_and_inclusive():
    assert TWO_ABOVE_5000.required(5_000, "usd") == 2
    assert TWO_ABOVE_5000.required(4_999, "USD") == 1
    assert TWO_ABOVE_5000.required(10**9, "EUR") == 1


def test_amount_over_threshold_needs_two_different_reviewers():
    order = requested()
    model.confirm(order, "m1", REVIEWER, AT, new_id())
    assert order.milestones[0].state is MilestoneState.RELEASE_REQUESTED
    assert order.milestones[0].released_minor == 0
    effect = model.confirm(order, "m1", REVIEWER_2, AT, new_id())
    assert order.milestones[0].state is MilestoneState.RELEASED
    assert order.milestones[0].payout["approved_by"] == ["rev-1", "rev-2"]
    assert sum(e.amount_minor for e in effect.entries if e.amount_minor > 0) == 10_000


def test_amount_below_threshold_needs_one_reviewer():
    order = requested(amount=4_000)
    model.confirm(order, "m1", REVIEWER, AT, new_id())
    assert order.milestones[0].state is MilestoneState.RELEASED


def test_same_reviewer_cannot_count_twice():
    order = requested()
    model.confirm(order, "m1", REVIEWER, AT, new_id())
    with pytest.raises(PreconditionFailed, match="already approved"):
        model.confirm(order, "m1", REVIEWER, AT, new_id())
    assert order.milestones[0].state is MilestoneState.RELEASE_REQUESTED


def test_reviewer_cannot_confirm_own_release_request():
    order = requested()
    self_requester = Principal.from_role_strings("seller-user", ["reviewer"])
    with pytest.raises(PermissionDenied, match="own release request"):
        model.confirm(order, "m1", self_requester, AT, new_id())


@pytest.mark.parametrize("role", ["seller:seller-co", "buyer:buyer-co"])
def test_reviewer_who_is_a_party_cannot_confirm_or_reject(role):
    order = requested()
    party_reviewer = Principal.from_role_strings("insider", ["reviewer", role])
    with pytest.raises(PermissionDenied, match="party"):
        model.confirm(order, "m1", party_reviewer, AT, new_id())
    with pytest.raises(PermissionDenied, match="party"):
        model.reject(order, "m1", party_reviewer, "no", AT)
    assert order.milestones[0].approvals == []


def test_non_reviewer_cannot_confirm():
    order = requested()
    admin = Principal.from_role_strings("boss", ["admin", "platform"])
    with pytest.raises(PermissionDenied, match="only reviewers"):
        model.confirm(order, "m1", admin, AT, new_id())


def test_new_evidence_voids_earlier_approvals():
    order = requested()
    model.confirm(order, "m1", REVIEWER, AT, new_id())
    extra = EvidenceItem(type=EvidenceType.INVOICE, document_ref="INV-9")
    model.submit_evidence(order, "m1", [extra], "seller-user", AT)
    # REVIEWER_2 alone must not complete the quorum: REVIEWER approved different evidence.
    model.confirm(order, "m1", REVIEWER_2, AT, new_id())
    assert order.milestones[0].state is MilestoneState.RELEASE_REQUESTED
    model.confirm(order, "m1", REVIEWER, AT, new_id())  # re-approving the new evidence counts
    assert order.milestones[0].state is MilestoneState.RELEASED


def test_rejection_drops_approvals_and_returns_to_funded():
    order = requested()
    model.confirm(order, "m1", REVIEWER, AT, new_id())
    model.reject(order, "m1", REVIEWER_2, "B/L copy unreadable", AT)
    m = order.milestones[0]
    assert (m.state, m.approvals, m.reject_reason) == (MilestoneState.FUNDED, [],
                                                       "B/L copy unreadable")


def test_release_needs_the_evidence_the_trigger_names():
    order = order_with(MilestoneState.FUNDED)
    order.milestones[0].evidence = []
    invoice = EvidenceItem(type=EvidenceType.INVOICE, document_ref="INV-1")
    with pytest.raises(PreconditionFailed, match="BILL_OF_LADING"):
        model.request_release(order, "m1", [invoice], "seller-user", AT, ApprovalPolicy())
    assert order.milestones[0].state is MilestoneState.FUNDED
    model.request_release(order, "m1", [BL], "seller-user", AT, ApprovalPolicy())
    assert order.milestones[0].state is MilestoneState.RELEASE_REQUESTED
