"""Rules a second review found gaps in: fail-closed thresholds, disputes, watch slots, races."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from tests.support.escrow_flow import client, fund_and_request, key, new_order
from tests.support.pg import throwaway_database
from tests.support.samples import sample_options, sample_parties, sample_terms
from tests.support.server_process import ServerProcess
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb
from tradepact.v1 import common_pb2, escrow_pb2
from tradepact_client import PermissionDenied, ResourceExhausted, TradepactError


def _order_in(address: str, currency: str) -> escrow_pb2.Order:
    terms = sample_terms()
    for item in terms.line_items:
        item.currency = currency
    terms.currency.code = currency
    with client(address, "platform") as c:
        version = c.draft_contract(
            idempotency_key=key(), terms=terms_to_pb(terms), parties=parties_to_pb(
                sample_parties()), options=options_to_pb(sample_options(), "standard"),
            final=True).version
        return c.create_order(idempotency_key=key(), contract_id=version.contract_id).order


def test_a_currency_without_its_own_threshold_needs_two_reviewers(server):
    order = fund_and_request(server.address, _order_in(server.address, "JPY"), 0)
    assert order.total.currency_code == "JPY"
    assert order.milestones[0].approvals_required == 2
    with client(server.address, "reviewer") as alice:
        first = alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                     milestone_id=order.milestones[0].milestone_id,
                                     approval_hash=order.milestones[0].approval_hash)
    assert not first.released and first.approvals_remaining == 1


def test_a_dispute_cannot_release_a_large_sum_on_one_reviewers_word(server):
    order = new_order(server.address)
    big = order.milestones[-1]  # the balance: above the USD threshold
    fund_and_request(server.address, order, len(order.milestones) - 1)
    with client(server.address, "buyer") as buyer:
        buyer.open_dispute(idempotency_key=key(), order_id=order.order_id, reason="late")
    release = common_pb2.Money(currency_code=big.amount.currency_code,
                               minor_units=big.amount.minor_units)
    with client(server.address, "reviewer") as alice, pytest.raises(PermissionDenied):
        alice.resolve_dispute(idempotency_key=key(), order_id=order.order_id,
                              release_to_seller=release)
    with client(server.address, "admin") as root:
        root.resolve_dispute(idempotency_key=key(), order_id=order.order_id,
                                    release_to_seller=release)
        ledger = root.get_ledger(order_id=order.order_id)
    assert ledger.released.minor_units == big.amount.minor_units and ledger.balanced


def test_watch_streams_cannot_take_every_rpc_thread(tmp_path):
    srv = ServerProcess(tmp_path, env={"TRADEPACT_MAX_WORKERS": "4"}).start()
    try:
        order = new_order(srv.address)
        with client(srv.address, "buyer") as buyer:
            streams = [buyer.watch_order(order_id=order.order_id, timeout=20) for _ in range(2)]
            for s in streams:
                next(iter(s))  # both slots are now held
            with pytest.raises(ResourceExhausted):
                next(iter(buyer.watch_order(order_id=order.order_id, timeout=10)))
            assert buyer.get_order(order_id=order.order_id, timeout=5).order.order_id
            for s in streams:
                s.close()
    finally:
        assert srv.terminate() == 0


@pytest.mark.postgres
def test_racing_create_orders_for_one_contract_never_answer_internal(tmp_path):
    with throwaway_database() as url:
        srv = ServerProcess(tmp_path, database_url=url).start()
        try:
            with client(srv.address, "platform") as c:
                version = c.draft_contract(
                    idempotency_key=key(), terms=terms_to_pb(sample_terms()),
                    parties=parties_to_pb(sample_parties()),
                    options=options_to_pb(sample_options(), "standard"), final=True).version
            barrier = threading.Barrier(8)

            def create(_):
                with client(srv.address, "platform", max_attempts=1) as c:
                    barrier.wait()
                    try:
                        c.create_order(idempotency_key=key(), contract_id=version.contract_id)
                        return grpc.StatusCode.OK
                    except TradepactError as exc:
                        return exc.code

            with ThreadPoolExecutor(8) as pool:
                codes = list(pool.map(create, range(8)))
        finally:
            srv.terminate()
    assert codes.count(grpc.StatusCode.OK) == 1
    assert set(codes) <= {grpc.StatusCode.OK, grpc.StatusCode.ALREADY_EXISTS,
                          grpc.StatusCode.ABORTED}, codes
