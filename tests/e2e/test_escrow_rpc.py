"""EscrowService through a real server and the SDK: the job, the roles, the ledger, the audit."""

from __future__ import annotations

import sqlite3
import threading
import time

import grpc
import pytest

from tests.support.escrow_flow import client, fund_and_request, key, new_order
from tradepact.v1 import escrow_pb2
from tradepact_client import (
    Aborted,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)


def test_deposit_released_by_one_reviewer_balance_needs_two(server):
    order = new_order(server.address)
    assert [m.state for m in order.milestones] == [escrow_pb2.MILESTONE_STATE_PENDING] * len(
        order.milestones)
    assert sum(m.amount.minor_units for m in order.milestones) == order.total.minor_units
    deposit, balance = order.milestones[0], order.milestones[-1]

    requested = fund_and_request(server.address, order, 0)
    assert requested.milestones[0].approvals_required == 1  # below the USD threshold
    with client(server.address, "reviewer") as alice:
        done = alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                    milestone_id=deposit.milestone_id,
                                    approval_hash=requested.milestones[0].approval_hash)
    assert done.released and done.order.milestones[0].state == escrow_pb2.MILESTONE_STATE_RELEASED

    requested = fund_and_request(server.address, done.order, len(order.milestones) - 1)
    assert requested.milestones[-1].approvals_required == 2  # at or above the threshold
    seen = requested.milestones[-1].approval_hash  # what each reviewer looked at
    with client(server.address, "reviewer") as alice, \
            client(server.address, "reviewer2") as bob, \
            client(server.address, "party_reviewer") as lily:
        first = alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                     milestone_id=balance.milestone_id, approval_hash=seen)
        assert not first.released and first.approvals_remaining == 1
        with pytest.raises(PermissionDenied):
            lily.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                milestone_id=balance.milestone_id, approval_hash=seen)
        with pytest.raises((PermissionDenied, FailedPrecondition)):
            alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                 milestone_id=balance.milestone_id, approval_hash=seen)
        second = bob.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                    milestone_id=balance.milestone_id, approval_hash=seen)
    assert second.released
    with client(server.address, "platform") as c:
        ledger = c.get_ledger(order_id=order.order_id)
        audit = c.verify_audit(order_id=order.order_id)
    paid = deposit.amount.minor_units + balance.amount.minor_units
    assert ledger.balanced and ledger.released.minor_units == paid
    assert ledger.funded.minor_units == paid and ledger.held.minor_units == 0
    assert sum(e.amount.minor_units for e in ledger.entries) == 0
    assert audit.ok and audit.events_checked >= 9


def test_an_approval_for_changed_evidence_is_refused(server):
    order = new_order(server.address)
    order = fund_and_request(server.address, order, 0)
    seen = order.milestones[0].approval_hash
    with client(server.address, "seller") as seller:
        seller.submit_evidence(idempotency_key=key(), order_id=order.order_id,
                               milestone_id=order.milestones[0].milestone_id,
                               evidence=escrow_pb2.EvidenceDocument(
                                   type=escrow_pb2.EVIDENCE_TYPE_OTHER,
                                   document_reference="late addition"))
    with client(server.address, "reviewer") as alice, pytest.raises(FailedPrecondition):
        alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                             milestone_id=order.milestones[0].milestone_id, approval_hash=seen)


def test_a_confirmation_without_the_approval_hash_is_invalid_argument_naming_it(server):
    # It used to approve whatever the evidence was at that moment, here a late addition the
    # reviewer never saw ("approved, remaining 1").
    order = fund_and_request(server.address, new_order(server.address), 0)
    m = order.milestones[0]
    with client(server.address, "seller") as seller:
        seller.submit_evidence(idempotency_key=key(), order_id=order.order_id,
                               milestone_id=m.milestone_id, evidence=escrow_pb2.EvidenceDocument(
                                   type=escrow_pb2.EVIDENCE_TYPE_OTHER,
                                   document_reference="late addition"))
    with client(server.address, "reviewer") as alice:
        with pytest.raises(InvalidArgument) as err:
            alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                 milestone_id=m.milestone_id)
        assert [v.field for v in err.value.field_violations] == ["approval_hash"]
        after = alice.get_order(order_id=order.order_id).order.milestones[0]
    assert after.state == escrow_pb2.MILESTONE_STATE_RELEASE_REQUESTED and not after.approvals


def test_funding_beyond_the_milestone_amount_is_refused_and_changes_nothing(server):
    order = new_order(server.address)
    m = order.milestones[0]
    too_much = escrow_pb2.RecordFundingRequest(
        idempotency_key=key(), order_id=order.order_id, milestone_id=m.milestone_id,
        payment_reference="X", amount=m.amount)
    too_much.amount.minor_units += 1
    with client(server.address, "platform") as c:
        with pytest.raises((InvalidArgument, FailedPrecondition)):
            c.record_funding(too_much)
        assert c.get_ledger(order_id=order.order_id).funded.minor_units == 0


def test_parties_see_their_own_orders_only(server):
    order = new_order(server.address)
    for role in ("seller", "buyer", "platform", "admin", "reviewer"):
        with client(server.address, role) as c:
            assert c.get_order(order_id=order.order_id).order.order_id == order.order_id
    for role in ("other_seller", "other_buyer"):
        with client(server.address, role) as c, pytest.raises((NotFound, PermissionDenied)):
            c.get_order(order_id=order.order_id)


# role -> RPC -> whether the gate and the use case let it through on this order
ROLE_MATRIX = {
    "request_release": {"seller": True, "other_seller": False, "buyer": False},
    "open_dispute": {"buyer": True, "other_buyer": False, "seller": False},
    "confirm_payout": {"reviewer": True, "party_reviewer": False, "seller": False,
                       "platform": False},
}


@pytest.mark.parametrize("rpc,role,allowed", [
    (rpc, role, ok) for rpc, roles in ROLE_MATRIX.items() for role, ok in roles.items()])
def test_escrow_role_matrix_on_a_real_order(server, rpc, role, allowed):
    order = new_order(server.address)
    m = order.milestones[0]
    with client(server.address, "platform") as c:
        c.record_funding(idempotency_key=key(), order_id=order.order_id,
                         milestone_id=m.milestone_id, amount=m.amount, payment_reference="P")
    with client(server.address, "seller") as c:
        c.submit_evidence(idempotency_key=key(), order_id=order.order_id,
                          milestone_id=m.milestone_id, evidence=escrow_pb2.EvidenceDocument(
                              type=m.required_evidence, document_reference="D"))
        seen = ""
        if rpc == "confirm_payout":
            seen = c.request_release(idempotency_key=key(), order_id=order.order_id,
                                     milestone_id=m.milestone_id).order.milestones[0].approval_hash
    args = {"request_release": dict(milestone_id=m.milestone_id),
            "open_dispute": dict(reason="late"),
            "confirm_payout": dict(milestone_id=m.milestone_id, approval_hash=seen)}[rpc]
    with client(server.address, role) as c:
        call = getattr(c, rpc)
        if allowed:
            call(idempotency_key=key(), order_id=order.order_id, **args)
        else:
            with pytest.raises((PermissionDenied, NotFound)):
                call(idempotency_key=key(), order_id=order.order_id, **args)


def test_replaying_a_key_returns_the_original_and_a_mismatch_is_invalid(server):
    order = new_order(server.address)
    m = order.milestones[0]
    k = key()
    half = escrow_pb2.RecordFundingRequest(idempotency_key=k, order_id=order.order_id,
                                           milestone_id=m.milestone_id, payment_reference="P1",
                                           amount=m.amount)
    half.amount.minor_units //= 2
    with client(server.address, "platform") as c:
        first = c.record_funding(half)
        again = c.record_funding(half)
        assert again == first
        assert c.get_ledger(order_id=order.order_id).funded.minor_units == half.amount.minor_units
        different = escrow_pb2.RecordFundingRequest()
        different.CopyFrom(half)
        different.payment_reference = "P2"
        with pytest.raises(InvalidArgument) as err:
            c.record_funding(different)
        assert err.value.field_violations[0].field == "idempotency_key"


def test_a_key_still_in_flight_is_aborted_at_once_and_a_retry_after_replays(server):
    # The test holds the SQLite database's write lock, so the first request waits inside the
    # server with its key in flight. A second request with that key is ABORTED at once (not
    # queued behind the first to replay it later); once the first committed, a retry replays.
    order = new_order(server.address)
    m = order.milestones[0]
    req = escrow_pb2.RecordFundingRequest(idempotency_key=key(), order_id=order.order_id,
                                          milestone_id=m.milestone_id,
                                          payment_reference="P-IN-FLIGHT", amount=m.amount)
    first: dict = {}
    db = sqlite3.connect(server.data_dir / "tradepact.sqlite3", isolation_level=None,
                         timeout=30)
    with client(server.address, "platform", max_attempts=1) as c1, \
            client(server.address, "platform", max_attempts=1) as c2:
        db.execute("BEGIN IMMEDIATE")
        try:
            t = threading.Thread(target=lambda: first.setdefault("r", c1.record_funding(req)))
            t.start()
            time.sleep(1.0)  # the first request is in the server, waiting for the lock
            assert t.is_alive()
            started = time.monotonic()
            with pytest.raises(Aborted, match="in flight"):
                c2.record_funding(req, timeout=10)
            assert time.monotonic() - started < 5
        finally:
            db.execute("ROLLBACK")
            db.close()
            t.join(60)
        assert first["r"].order.order_id == order.order_id
        assert c2.record_funding(req) == first["r"]  # the retry replays the first
        assert c2.get_ledger(order_id=order.order_id).funded.minor_units == m.amount.minor_units


def test_watch_order_streams_events_and_resumes_after_a_sequence(server):
    order = new_order(server.address)
    seen = []
    with client(server.address, "buyer") as buyer:
        stream = buyer.watch_order(order_id=order.order_id, timeout=20)

        def follow():
            try:
                for resp in stream:
                    seen.append(resp.event)
                    if len(seen) >= 2:
                        break
            except grpc.RpcError:
                pass
            finally:
                stream.close()

        t = threading.Thread(target=follow)
        t.start()
        fund_and_request(server.address, order, 0)
        t.join(15)
        assert [e.sequence for e in seen[:2]] == [1, 2]
        resumed = buyer.watch_order(order_id=order.order_id, after_sequence=1, timeout=5)
        first = next(iter(resumed))
        resumed.close()
    assert first.event.sequence == 2 and first.event.prev_hash == seen[0].hash


def test_a_dispute_resolution_in_the_wrong_currency_changes_nothing(server):
    from tradepact.v1 import common_pb2

    order = fund_and_request(server.address, new_order(server.address), 0)
    held = order.milestones[0].funded.minor_units
    with client(server.address, "buyer") as buyer:
        buyer.open_dispute(idempotency_key=key(), order_id=order.order_id, reason="damaged")
    with client(server.address, "admin") as admin:
        with pytest.raises(InvalidArgument) as err:
            admin.resolve_dispute(idempotency_key=key(), order_id=order.order_id,
                                  release_to_seller=common_pb2.Money(currency_code="EUR",
                                                                     minor_units=held))
        assert err.value.field_violations[0].field == "release_to_seller.currency_code"
        after = admin.get_order(order_id=order.order_id).order
        assert after.state == escrow_pb2.ORDER_STATE_DISPUTED
        assert admin.get_ledger(order_id=order.order_id).held.minor_units == held
        currency = order.total.currency_code
        done = admin.resolve_dispute(
            idempotency_key=key(), order_id=order.order_id,
            release_to_seller=common_pb2.Money(currency_code=currency, minor_units=held // 2),
            refund_to_buyer=common_pb2.Money(currency_code=currency,
                                             minor_units=held - held // 2)).order
        ledger = admin.get_ledger(order_id=order.order_id)
    assert done.state != escrow_pb2.ORDER_STATE_DISPUTED
    assert ledger.released.minor_units + ledger.refunded.minor_units == held
    assert ledger.held.minor_units == 0 and ledger.balanced


def test_list_orders_pages_and_filters_by_party_and_the_queue_carries_the_terms(server):
    first = new_order(server.address)
    second = fund_and_request(server.address, new_order(server.address), 0)
    with client(server.address, "platform") as c:
        page = c.list_orders(page_size=1)
        assert len(page.orders) == 1 and page.next_page_token
        rest = c.list_orders(page_size=500, page_token=page.next_page_token)
        ids = {o.order_id for o in page.orders} | {o.order_id for o in rest.orders}
        assert {first.order_id, second.order_id} <= ids
    with client(server.address, "other_seller") as stranger:
        assert stranger.list_orders().orders == []
    with client(server.address, "reviewer") as alice:
        queue = alice.list_review_queue().items
    item = next(i for i in queue if i.order.order_id == second.order_id)
    assert item.milestone_id == second.milestones[0].milestone_id
    assert item.terms.line_items and item.terms.incoterm.rule
    assert item.request_time.seconds > 0
