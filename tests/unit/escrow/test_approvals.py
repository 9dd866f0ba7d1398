"""Reviewer rules: who may approve a payout, how many must, and what an approval is bound to."""

from __future__ import annotations

import pytest

from tests.unit.escrow.helpers import AT, BL, REVIEWER, REVIEWER_2, new_id, order_with
from tradepact.domain.errors import InvalidInput, PermissionDenied, PreconditionFailed
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


def approve(order, reviewer):
    """`reviewer` confirms with the approval hash the milestone shows now."""
    return model.confirm(order, "m1", reviewer, AT, new_id(),
                         expected_digest=model.current_digest(order, order.milestones[0]))


def test_threshold_is_per_currency_and_inclusive():
    assert TWO_ABOVE_5000.required(5_000, "usd") == 2
    assert TWO_ABOVE_5000.required(4_999, "USD") == 1
    assert TWO_ABOVE_5000.required(10**9, "EUR") == 1


def test_amount_over_threshold_needs_two_different_reviewers():
    order = requested()
    approve(order, REVIEWER)
    assert order.milestones[0].state is MilestoneState.RELEASE_REQUESTED
    assert order.milestones[0].released_minor == 0
    effect = approve(order, REVIEWER_2)
    assert order.milestones[0].state is MilestoneState.RELEASED
    assert order.milestones[0].payout["approved_by"] == ["rev-1", "rev-2"]
    assert sum(e.amount_minor for e in effect.entries if e.amount_minor > 0) == 10_000


def test_amount_below_threshold_needs_one_reviewer():
    order = requested(amount=4_000)
    approve(order, REVIEWER)
    assert order.milestones[0].state is MilestoneState.RELEASED


def test_same_reviewer_cannot_count_twice():
    order = requested()
    approve(order, REVIEWER)
    with pytest.raises(PreconditionFailed, match="already approved"):
        approve(order, REVIEWER)
    assert order.milestones[0].state is MilestoneState.RELEASE_REQUESTED


def test_reviewer_cannot_confirm_own_release_request():
    order = requested()
    self_requester = Principal.from_role_strings("seller-user", ["reviewer"])
    with pytest.raises(PermissionDenied, match="own release request"):
        approve(order, self_requester)


@pytest.mark.parametrize("role", ["seller:seller-co", "buyer:buyer-co"])
def test_reviewer_who_is_a_party_cannot_confirm_or_reject(role):
    order = requested()
    party_reviewer = Principal.from_role_strings("insider", ["reviewer", role])
    with pytest.raises(PermissionDenied, match="party"):
        approve(order, party_reviewer)
    with pytest.raises(PermissionDenied, match="party"):
        model.reject(order, "m1", party_reviewer, "no", AT)
    assert order.milestones[0].approvals == []


def test_non_reviewer_cannot_confirm():
    order = requested()
    admin = Principal.from_role_strings("boss", ["admin", "platform"])
    with pytest.raises(PermissionDenied, match="only reviewers"):
        approve(order, admin)


def test_new_evidence_voids_earlier_approvals():
    order = requested()
    approve(order, REVIEWER)
    extra = EvidenceItem(type=EvidenceType.INVOICE, document_ref="INV-9")
    model.submit_evidence(order, "m1", [extra], "seller-user", AT)
    # REVIEWER_2 alone must not complete the quorum: REVIEWER approved different evidence.
    approve(order, REVIEWER_2)
    assert order.milestones[0].state is MilestoneState.RELEASE_REQUESTED
    approve(order, REVIEWER)  # re-approving the new evidence counts
    assert order.milestones[0].state is MilestoneState.RELEASED


def test_confirming_without_the_approval_hash_is_invalid_and_changes_nothing():
    # The audit's repro: the seller adds evidence after the reviewer looked; an approval sent
    # without the hash the reviewer saw used to bind itself to the evidence as it is now.
    order = requested()
    late = EvidenceItem(type=EvidenceType.OTHER, document_ref="added after the review")
    model.submit_evidence(order, "m1", [late], "seller-user", AT)
    before = order.model_dump()
    with pytest.raises(InvalidInput) as info:
        model.confirm(order, "m1", REVIEWER, AT, new_id(), expected_digest="")
    assert [v.field for v in info.value.violations] == ["approval_hash"]
    assert "is required" in info.value.violations[0].description
    assert order.model_dump() == before


def test_confirming_with_the_hash_of_what_changed_since_is_refused():
    order = requested()
    seen = model.current_digest(order, order.milestones[0])
    late = EvidenceItem(type=EvidenceType.OTHER, document_ref="added after the review")
    model.submit_evidence(order, "m1", [late], "seller-user", AT)
    with pytest.raises(PreconditionFailed) as info:
        model.confirm(order, "m1", REVIEWER, AT, new_id(), expected_digest=seen)
    assert info.value.violations[0].type == "APPROVAL_HASH"
    assert order.milestones[0].approvals == []


def test_rejection_drops_approvals_and_returns_to_funded():
    order = requested()
    approve(order, REVIEWER)
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
