"""An order reaches the API with every milestone's money, evidence, approvals and times."""

from __future__ import annotations

from tests.unit.escrow.helpers import AT, REVIEWER, REVIEWER_2, new_id, order_with
from tradepact.domain.escrow import model
from tradepact.domain.escrow.approvals import Approval, ApprovalPolicy
from tradepact.domain.escrow.machine import MilestoneState, OrderState
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.escrow.model import Milestone, Order, current_digest
from tradepact.domain.principal import Principal
from tradepact.domain.terms import PaymentTrigger
from tradepact.entrypoints.grpc.converters.escrow import order_into_pb, order_to_pb
from tradepact.v1 import escrow_pb2 as pb

BL = EvidenceItem(type=EvidenceType.BILL_OF_LADING, document_ref="COSU6182733",
                  file_sha256="9f" * 32, notes="copy", submitted_by="sam",
                  submitted_at="2026-01-02T03:04:05.000006+00:00")


def an_order() -> Order:
    requested = Milestone(
        id="m1", order_id="o1", index=0, label="Deposit", amount_minor=30_000, currency="USD",
        trigger=PaymentTrigger.ON_ORDER, release_condition=EvidenceType.BILL_OF_LADING,
        state=MilestoneState.RELEASE_REQUESTED, funded_minor=30_000, evidence=[BL],
        approvals_required=2, release_requested_by="sam", payout={"instruction_id": "PI-1"})
    disputed = Milestone(
        id="m2", order_id="o1", index=1, label="Balance", amount_minor=70_000, currency="USD",
        trigger=PaymentTrigger.AGAINST_BL_COPY, release_condition=EvidenceType.OTHER,
        state=MilestoneState.DISPUTED, funded_minor=70_000, released_minor=0,
        refunded_minor=5)
    order = Order(id="o1", contract_id="c1", contract_version=2, terms_fingerprint="f" * 64,
                  total_minor=100_000, currency="USD", buyer_party_id="globex-de",
                  seller_party_id="acme-cn", created_by="svc",
                  created_at="2026-01-01T00:00:00.000000+00:00", updated_at="",
                  state=OrderState.DISPUTED, version=7, milestones=[requested, disputed])
    requested.approvals = [
        Approval(reviewer="rita", digest=current_digest(order, requested),
                 at="2026-01-03T00:00:00+00:00"),
        Approval(reviewer="ravi", digest="an older digest")]
    return order


def test_every_milestone_field_reaches_the_message():
    out = order_to_pb(an_order())
    assert (out.order_id, out.contract_version, out.revision) == ("o1", 2, 7)
    assert (out.total.currency_code, out.total.minor_units) == ("USD", 100_000)
    assert out.state == pb.ORDER_STATE_DISPUTED
    assert out.create_time.ToJsonString() == "2026-01-01T00:00:00Z"
    assert not out.HasField("update_time")  # no time recorded, no timestamp
    m1, m2 = out.milestones
    assert (m1.sequence, m1.description, m1.funded.minor_units) == (1, "Deposit", 30_000)
    assert m1.state == pb.MILESTONE_STATE_RELEASE_REQUESTED
    assert m1.required_evidence == pb.EVIDENCE_TYPE_BILL_OF_LADING
    assert (m1.evidence[0].document_reference, m1.evidence[0].submitted_by) == (
        "COSU6182733", "sam")
    assert m1.evidence[0].submit_time.ToJsonString() == "2026-01-02T03:04:05.000006Z"
    assert [(a.reviewer, a.valid) for a in m1.approvals] == [("rita", True), ("ravi", False)]
    assert m1.approvals[0].HasField("create_time") and not m1.approvals[1].HasField("create_time")
    assert (m1.approvals_required, m1.payout_reference, m1.frozen) == (2, "PI-1", False)
    assert (m2.refunded.minor_units, m2.frozen, m2.payout_reference) == (5, True, "")


def test_a_response_filled_in_place_carries_the_same_order():
    order = an_order()
    response = pb.RecordFundingResponse()
    order_into_pb(response.order, order)
    assert response.order == order_to_pb(order)


def _released_by_two_with_a_stale_approval() -> Order:
    """10,000 USD cents (two reviewers needed): rev-3 approves, the seller adds a document,
    then rev-1 and rev-2 approve the new evidence and so release it; rev-3's approval stays
    bound to the evidence before the document and never counted."""
    order = order_with(MilestoneState.FUNDED)
    model.request_release(order, "m1", [], "seller-user", AT,
                          ApprovalPolicy(thresholds_minor={"USD": 5_000}))

    def approve(reviewer: Principal) -> None:
        model.confirm(order, "m1", reviewer, AT, new_id(),
                      expected_digest=current_digest(order, order.milestones[0]))

    approve(Principal.from_role_strings("rev-3", ["reviewer"]))
    model.submit_evidence(order, "m1", [EvidenceItem(type=EvidenceType.OTHER,
                                                     document_ref="late")], "seller-user", AT)
    approve(REVIEWER)
    approve(REVIEWER_2)
    assert order.milestones[0].state is MilestoneState.RELEASED
    return order


def test_a_released_milestone_shows_the_approvals_that_released_it():
    # Once released nothing is held, so the hash of what a reviewer would approve now (over
    # the held amount) is no longer the one the approvals are bound to; they still count.
    order = _released_by_two_with_a_stale_approval()
    m = order_to_pb(order).milestones[0]
    assert m.state == pb.MILESTONE_STATE_RELEASED
    assert [(a.reviewer, a.valid) for a in m.approvals] == [
        ("rev-3", False), ("rev-1", True), ("rev-2", True)]
    assert m.approvals_required == 2
    released_hash = {a.approved_hash for a in m.approvals if a.valid}
    assert len(released_hash) == 1 and "" not in released_hash


def test_a_released_milestone_whose_payout_differs_from_the_approvals_shows_none_valid():
    # The approvals count for the payout they are bound to, not for whatever was paid: a
    # payout record that does not match the approved digest (amount, beneficiary) shows them
    # as not counting, rather than trusting the list of names.
    order = _released_by_two_with_a_stale_approval()
    order.milestones[0].payout = {**order.milestones[0].payout, "amount_minor": 9_999}
    assert not any(a.valid for a in order_to_pb(order).milestones[0].approvals)
