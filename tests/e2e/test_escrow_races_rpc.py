"""Races through gRPC: 32 clients at one milestone at once, on SQLite and PostgreSQL.

Exactly one call wins each race; every loser gets FAILED_PRECONDITION (the milestone or order
already moved on) or ABORTED (a conflict the SDK's own retries did not get past), never
another error, and the books balance with no double release. The SIGKILL crash test is in
test_escrow_crash_rpc.py.
"""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from tests.support.escrow_flow import client, fund_and_request, key, new_order
from tests.support.server_process import server_on
from tradepact.v1 import escrow_pb2
from tradepact_client import TradepactError

CLIENTS = 32
# What a race's loser may get: the state moved on, or a conflict it could not get past.
LOSER_CODES = {grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.ABORTED}
RELEASED = escrow_pb2.MILESTONE_STATE_RELEASED
REFUNDED = escrow_pb2.MILESTONE_STATE_REFUNDED


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                scope="module")
def race_server(request, tmp_path_factory):
    yield from server_on(request.param, tmp_path_factory, "race")


def _race(calls):
    barrier = threading.Barrier(len(calls))

    def run(call):
        barrier.wait()
        try:
            return call()
        except TradepactError as exc:
            return exc

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


def _losers_codes(results) -> list[grpc.StatusCode]:
    """The status codes of the failed calls, each FAILED_PRECONDITION checked to be about
    state (the milestone or order had moved on), not some other precondition."""
    losers = [r for r in results if isinstance(r, TradepactError)]
    for r in losers:
        if r.code is grpc.StatusCode.FAILED_PRECONDITION:
            assert [v.type for v in r.precondition_violations] == ["STATE"], r
    return [r.code for r in losers]


def _assert_books(address, order_id):
    with client(address, "platform") as c:
        ledger = c.get_ledger(order_id=order_id)
        audit = c.verify_audit(order_id=order_id)
    assert ledger.balanced and audit.ok
    assert sum(e.amount.minor_units for e in ledger.entries) == 0
    assert ledger.held.minor_units == (ledger.funded.minor_units - ledger.released.minor_units
                                       - ledger.refunded.minor_units)
    return ledger, audit


@pytest.mark.parametrize("round_", range(3))
def test_32_reviewers_confirming_one_deposit_release_it_exactly_once(race_server, round_):
    order = fund_and_request(race_server.address, new_order(race_server.address), 0)
    m = order.milestones[0]
    assert m.approvals_required == 1  # the first approval releases: every other one loses
    reviewers = [client(race_server.address, "reviewer" if i % 2 else "reviewer2")
                 for i in range(CLIENTS)]
    try:
        results = _race([lambda c=c: c.confirm_payout(
            idempotency_key=key(), order_id=order.order_id, milestone_id=m.milestone_id,
            approval_hash=m.approval_hash) for c in reviewers])
    finally:
        for c in reviewers:
            c.close()
    won = [r for r in results if not isinstance(r, TradepactError)]
    assert len(won) == 1 and won[0].released, results
    codes = _losers_codes(results)
    assert len(codes) == CLIENTS - 1
    assert set(codes) <= LOSER_CODES, Counter(c.name for c in codes)
    ledger, audit = _assert_books(race_server.address, order.order_id)
    assert ledger.released.minor_units == m.amount.minor_units
    assert [e.kind for e in ledger.entries if e.amount.minor_units > 0].count("RELEASE") == 1
    # created, funded, evidence, release requested, released: the losers wrote nothing
    assert audit.events_checked == 5


@pytest.mark.parametrize("round_", range(3))
def test_confirm_racing_cancel_decides_the_milestone_exactly_once(race_server, round_):
    order = fund_and_request(race_server.address, new_order(race_server.address), 0)
    m = order.milestones[0]
    calls, kinds = [], []
    for i in range(CLIENTS):
        if i % 2:
            c = client(race_server.address, "reviewer")
            calls.append(lambda c=c: c.confirm_payout(
                idempotency_key=key(), order_id=order.order_id, milestone_id=m.milestone_id,
                approval_hash=m.approval_hash))
            kinds.append("confirm")
        else:
            c = client(race_server.address, "platform")
            calls.append(lambda c=c: c.cancel_order(
                idempotency_key=key(), order_id=order.order_id, reason="race"))
            kinds.append("cancel")
    results = _race(calls)
    won = [(kind, r) for kind, r in zip(kinds, results, strict=True)
           if not isinstance(r, TradepactError)]
    confirmed = [r for kind, r in won if kind == "confirm"]
    cancelled = [r for kind, r in won if kind == "cancel"]
    # Exactly one call decides milestone 0: the confirm that releases it, or the cancel that
    # refunds it. A confirm that wins leaves the order's other (unfunded) milestone open, so
    # one cancel may still succeed after it, closing that one and refunding nothing of
    # milestone 0; no second confirm and no second cancel ever succeed.
    assert len(confirmed) <= 1 and len(cancelled) <= 1, won
    deciders = [r for r in confirmed if r.released] + [
        r for r in cancelled if r.order.milestones[0].state == REFUNDED]
    assert len(deciders) == 1, won
    if confirmed:
        assert confirmed[0].released
        assert all(r.order.milestones[0].state == RELEASED
                   and r.order.milestones[0].refunded.minor_units == 0 for r in cancelled)
    codes = _losers_codes(results)
    assert len(codes) == CLIENTS - len(won)
    assert set(codes) <= LOSER_CODES, Counter(c.name for c in codes)
    ledger, audit = _assert_books(race_server.address, order.order_id)
    moved = ledger.released.minor_units + ledger.refunded.minor_units
    assert moved == m.amount.minor_units  # either released or refunded, never both
    assert ledger.released.minor_units in (0, m.amount.minor_units)
    # created, funded, evidence, release requested, then one event per winning call
    assert audit.events_checked == 4 + len(won)
