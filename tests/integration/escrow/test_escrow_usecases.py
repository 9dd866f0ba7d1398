"""Escrow use cases on a real database: the happy path, who may do what, audit and ledger."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.integration.escrow.conftest import (
    ADMIN,
    BL,
    BUYER,
    OTHER_SELLER,
    PARTY_REVIEWER,
    PLATFORM,
    REVIEWER_1,
    REVIEWER_2,
    SELLER,
    approval_hash,
    key,
    snapshot,
)
from tradepact.domain.errors import (
    AlreadyExists,
    IllegalTransition,
    InvalidInput,
    NotFound,
    PermissionDenied,
    PreconditionFailed,
)
from tradepact.domain.escrow.machine import MilestoneState, OrderState
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.usecases import escrow as uc
from tradepact.usecases.escrow.writes import request_fingerprint


def test_deposit_and_balance_released_after_reviews(world):
    uow = world.uow
    o = world.order(total=1_000_001)
    dep, bal = o.milestones
    assert (dep.amount_minor, bal.amount_minor) == (300_000, 700_001)
    uow_fund = lambda m, amt, ref: uc.record_funding(  # noqa: E731
        uc.RecordFunding(o.id, m, amt, ref, key()), PLATFORM, uow)
    uow_fund(bal.id, 200_000, "PAY-1")
    o = uow_fund(bal.id, 500_001, "PAY-2")
    assert o.milestones[1].state is MilestoneState.FUNDED
    o = uc.request_release(uc.RequestRelease(o.id, bal.id, key(), (BL,)), SELLER, uow)
    assert o.milestones[1].approvals_required == 2  # 7,000.01 USD is over the threshold
    seen = approval_hash(o, bal.id)
    o = uc.confirm_payout(uc.ConfirmPayout(o.id, bal.id, key(), seen), REVIEWER_1, uow)
    assert o.milestones[1].state is MilestoneState.RELEASE_REQUESTED
    o = uc.confirm_payout(uc.ConfirmPayout(o.id, bal.id, key(), seen), REVIEWER_2, uow)
    assert o.milestones[1].state is MilestoneState.RELEASED
    s = uc.ledger_summary(o.id, BUYER, uow)
    assert (s.funded_minor, s.released_minor, s.held_minor, s.problems) == (
        700_001, 700_001, 0, [])
    assert s.balances["SELLER_PAYABLE"] == 700_001
    assert uc.verify_audit(ADMIN, uow, o.id).problems == {o.id: []}


def test_watch_resumes_after_a_sequence_number(world):
    o, mid = world.requested()
    events = uc.list_events(o.id, 0, SELLER, world.uow)
    assert [e.sequence for e in events] == [1, 2, 3]
    assert [e.kind for e in uc.list_events(o.id, 2, SELLER, world.uow)] == [
        "milestone.request_release"]


def test_parties_see_only_their_own_orders(world):
    mine = world.order()
    theirs = world.order(seller="initech-vn")
    with pytest.raises(NotFound):
        uc.get_order(theirs.id, SELLER, world.uow)
    orders, _ = uc.list_orders(uc.ListOrders(), SELLER, world.uow)
    assert [o.id for o in orders] == [mine.id]
    orders, _ = uc.list_orders(uc.ListOrders(), OTHER_SELLER, world.uow)
    assert [o.id for o in orders] == [theirs.id]
    assert len(uc.list_orders(uc.ListOrders(), REVIEWER_1, world.uow)[0]) == 2


def test_list_orders_pages_through_everything(world):
    ids = [world.order().id for _ in range(5)]
    page, token = uc.list_orders(uc.ListOrders(page_size=2), ADMIN, world.uow)
    seen = [o.id for o in page]
    while token:
        page, token = uc.list_orders(uc.ListOrders(page_size=2, page_token=token), ADMIN,
                                     world.uow)
        seen += [o.id for o in page]
    assert sorted(seen) == sorted(ids)


def test_another_seller_cannot_request_release_on_an_order_not_theirs(world):
    o, mid = world.funded()
    with pytest.raises(NotFound):
        uc.request_release(uc.RequestRelease(o.id, mid, key(), (BL,)), OTHER_SELLER, world.uow)
    with pytest.raises(PermissionDenied):  # the buyer sees the order but is not its seller
        uc.request_release(uc.RequestRelease(o.id, mid, key(), (BL,)), BUYER, world.uow)


def test_only_the_platform_records_funding(world):
    o = world.order()
    m = o.milestones[0]
    for who in (BUYER, SELLER, REVIEWER_1, ADMIN):
        with pytest.raises(PermissionDenied):
            uc.record_funding(uc.RecordFunding(o.id, m.id, 1, "PAY", key()), who, world.uow)
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 0


def test_party_reviewer_and_requesting_seller_cannot_confirm(world):
    o, mid = world.requested()
    for who in (PARTY_REVIEWER, SELLER, BUYER, ADMIN):
        with pytest.raises(PermissionDenied):
            uc.confirm_payout(uc.ConfirmPayout(o.id, mid, key(), approval_hash(o, mid)), who,
                              world.uow)
    assert uc.get_order(o.id, ADMIN, world.uow).milestones[1].approvals == []


def test_a_reviewer_must_send_the_approval_hash_they_saw(world):
    # The audit's repro: the reviewer looks, the seller then adds evidence, and a confirmation
    # without the hash used to answer "approved, remaining 1" for evidence nobody reviewed.
    o, mid = world.requested()
    seen = approval_hash(o, mid)
    late = EvidenceItem(type=EvidenceType.OTHER, document_ref="added after the review")
    o = uc.submit_evidence(uc.SubmitEvidence(o.id, mid, (late,), key()), SELLER, world.uow)
    with pytest.raises(InvalidInput) as info:
        uc.confirm_payout(uc.ConfirmPayout(o.id, mid, key(), ""), REVIEWER_1, world.uow)
    assert [v.field for v in info.value.violations] == ["approval_hash"]
    with pytest.raises(PreconditionFailed) as stale:
        uc.confirm_payout(uc.ConfirmPayout(o.id, mid, key(), seen), REVIEWER_1, world.uow)
    assert stale.value.violations[0].type == "APPROVAL_HASH"
    after = uc.get_order(o.id, ADMIN, world.uow)
    assert after.version == o.version and after.milestone(mid).approvals == []
    o = uc.confirm_payout(uc.ConfirmPayout(o.id, mid, key(), approval_hash(after, mid)),
                          REVIEWER_1, world.uow)
    assert [a.reviewer for a in o.milestone(mid).approvals] == [REVIEWER_1.subject]


def test_over_funding_is_invalid_and_changes_nothing(world):
    o = world.order()
    m = o.milestones[0]
    with pytest.raises(InvalidInput, match="over-funds"):
        uc.record_funding(uc.RecordFunding(o.id, m.id, m.amount_minor + 1, "PAY", key()),
                          PLATFORM, world.uow)
    assert uc.get_order(o.id, ADMIN, world.uow).version == o.version


def test_funding_in_another_currency_is_invalid_and_changes_nothing(world):
    o = world.order()
    m = o.milestones[0]
    with pytest.raises(InvalidInput, match="amount.currency_code"):
        uc.record_funding(uc.RecordFunding(o.id, m.id, 100, "PAY", key(), currency="EUR"),
                          PLATFORM, world.uow)
    assert uc.get_order(o.id, ADMIN, world.uow).version == o.version
    funded = uc.record_funding(uc.RecordFunding(o.id, m.id, 100, "PAY", key(), currency="USD"),
                               PLATFORM, world.uow)
    assert funded.milestones[0].funded_minor == 100


def test_a_funding_without_currency_fingerprints_as_before_the_field_existed():
    cmd = uc.RecordFunding("o1", "m1", 100, "PAY", "k1")
    # The hash that keys recorded before `currency` existed carry.
    assert request_fingerprint("record_funding", cmd) == (
        "5b9899150318d6657125279c8dc235f2c5fe22db0bf4ca9eb636c2bca2391a9e")
    with_currency = uc.RecordFunding("o1", "m1", 100, "PAY", "k1", currency="USD")
    assert request_fingerprint("record_funding", cmd) != request_fingerprint(
        "record_funding", with_currency)


def test_one_order_per_contract_version(world):
    snap = snapshot()
    uc.create_order(uc.CreateOrder(snap, key()), PLATFORM, world.uow)
    with pytest.raises(AlreadyExists):
        uc.create_order(uc.CreateOrder(snap, key()), PLATFORM, world.uow)


def test_dispute_freezes_then_resolution_splits_what_is_held(world):
    o, mid = world.requested()
    o = uc.open_dispute(uc.OpenDispute(o.id, "goods damaged", key()), BUYER, world.uow)
    assert o.state is OrderState.DISPUTED
    with pytest.raises(IllegalTransition):
        uc.confirm_payout(uc.ConfirmPayout(o.id, mid, key(), approval_hash(o, mid)), REVIEWER_1,
                          world.uow)
    with pytest.raises(PermissionDenied):
        uc.resolve_dispute(uc.ResolveDispute(o.id, 0, 700_000, key()), PARTY_REVIEWER, world.uow)
    o = uc.resolve_dispute(uc.ResolveDispute(o.id, 200_000, 500_000, key()), REVIEWER_1,
                           world.uow)
    s = uc.ledger_summary(o.id, ADMIN, world.uow)
    assert (s.released_minor, s.refunded_minor, s.held_minor) == (200_000, 500_000, 0)
    assert o.state is OrderState.CANCELLED


def test_cancel_refunds_everything_held(world):
    o, mid = world.requested()
    o = uc.cancel_order(uc.CancelOrder(o.id, "buyer withdrew", key()), ADMIN, world.uow)
    s = uc.ledger_summary(o.id, ADMIN, world.uow)
    assert (o.state, s.refunded_minor, s.balances["BUYER_REFUND"], s.held_minor) == (
        OrderState.CANCELLED, 700_000, 700_000, 0)


def test_reviewer_queue_lists_oldest_request_first_with_evidence(world):
    first, m1 = world.requested()
    second, m2 = world.requested()
    queue, token = uc.reviewer_queue(REVIEWER_1, world.uow)
    assert [q.milestone.id for q in queue] == [m1, m2] and token == ""
    assert queue[0].milestone.evidence[0].document_ref == BL.document_ref
    assert "AGAINST_BL_COPY" in queue[0].terms_summary
    assert uc.reviewer_queue(PARTY_REVIEWER, world.uow) == ([], "")  # party orders left out
    with pytest.raises(PermissionDenied):
        uc.reviewer_queue(SELLER, world.uow)


def test_verify_audit_catches_an_edited_event_in_the_database(world, engine):
    o, _ = world.requested()
    with engine.begin() as conn:
        conn.execute(text("UPDATE escrow_events SET payload_json = :p "
                          "WHERE order_id = :o AND sequence = 2"),
                     {"p": '{"amount_minor": 1}', "o": o.id})
    problems = uc.verify_audit(ADMIN, world.uow).problems[o.id]
    assert any("edited" in p for p in problems)


def test_verify_audit_catches_a_deleted_newest_event(world, engine):
    o, _ = world.requested()
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM escrow_events WHERE order_id = :o AND sequence = 3"),
                     {"o": o.id})
    assert uc.verify_audit(ADMIN, world.uow, o.id).problems[o.id]
