"""Races through gRPC: 32 clients at one milestone, on SQLite and PostgreSQL; SIGKILL mid-load."""

from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.support.escrow_flow import client, fund_and_request, key, new_order
from tests.support.server_process import ServerProcess, server_on
from tradepact.v1 import escrow_pb2
from tradepact_client import TradepactError

CLIENTS = 32


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


def _assert_books(address, order_id):
    with client(address, "platform") as c:
        ledger = c.get_ledger(order_id=order_id)
        audit = c.verify_audit(order_id=order_id)
    assert ledger.balanced and audit.ok
    assert sum(e.amount.minor_units for e in ledger.entries) == 0
    assert ledger.held.minor_units == (ledger.funded.minor_units - ledger.released.minor_units
                                       - ledger.refunded.minor_units)
    return ledger


@pytest.mark.parametrize("round_", range(3))
def test_32_reviewers_confirming_one_deposit_release_it_exactly_once(race_server, round_):
    order = fund_and_request(race_server.address, new_order(race_server.address), 0)
    m = order.milestones[0]
    reviewers = [client(race_server.address, "reviewer" if i % 2 else "reviewer2")
                 for i in range(CLIENTS)]
    try:
        results = _race([lambda c=c: c.confirm_payout(
            idempotency_key=key(), order_id=order.order_id, milestone_id=m.milestone_id)
            for c in reviewers])
    finally:
        for c in reviewers:
            c.close()
    released = [r for r in results if not isinstance(r, Exception) and r.released]
    assert len(released) == 1
    ledger = _assert_books(race_server.address, order.order_id)
    assert ledger.released.minor_units == m.amount.minor_units


@pytest.mark.parametrize("round_", range(2))
def test_confirm_racing_cancel_never_pays_twice(race_server, round_):
    order = fund_and_request(race_server.address, new_order(race_server.address), 0)
    m = order.milestones[0]
    calls = []
    for i in range(CLIENTS):
        if i % 2:
            c = client(race_server.address, "reviewer")
            calls.append(lambda c=c: c.confirm_payout(
                idempotency_key=key(), order_id=order.order_id, milestone_id=m.milestone_id))
        else:
            c = client(race_server.address, "platform")
            calls.append(lambda c=c: c.cancel_order(
                idempotency_key=key(), order_id=order.order_id, reason="race"))
    _race(calls)
    ledger = _assert_books(race_server.address, order.order_id)
    moved = ledger.released.minor_units + ledger.refunded.minor_units
    assert moved == m.amount.minor_units  # either released or refunded, never both


def test_a_server_killed_mid_load_restarts_with_balanced_books_and_replays_keys(tmp_path):
    srv = ServerProcess(tmp_path).start()
    orders = [new_order(srv.address) for _ in range(4)]
    done: dict[str, tuple[escrow_pb2.RecordFundingRequest, escrow_pb2.RecordFundingResponse]] = {}
    stop = threading.Event()
    rng = random.Random(20261122)

    def load(worker: int) -> None:
        with client(srv.address, "platform", max_attempts=1) as c:
            while not stop.is_set():
                order = orders[rng.randrange(len(orders))]
                m = order.milestones[rng.randrange(len(order.milestones))]
                req = escrow_pb2.RecordFundingRequest(
                    idempotency_key=key(), order_id=order.order_id,
                    milestone_id=m.milestone_id, payment_reference=f"w{worker}",
                    amount=escrow_pb2.RecordFundingRequest().amount)
                req.amount.currency_code = m.amount.currency_code
                req.amount.minor_units = 1 + rng.randrange(100)
                try:
                    done[req.idempotency_key] = (req, c.record_funding(req, timeout=5))
                except TradepactError:
                    pass  # killed mid-call, or milestone full: both are fine here

    for _kill_round in range(3):
        stop.clear()
        threads = [threading.Thread(target=load, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        time.sleep(0.5 + rng.random())
        srv.kill()  # SIGKILL: no chance to finish anything cleanly
        stop.set()
        for t in threads:
            t.join(10)
        srv = ServerProcess(tmp_path, port=srv.port).start()
        for order in orders:
            _assert_books(srv.address, order.order_id)
    assert done, "the load made no successful calls"
    with client(srv.address, "platform") as c:
        for req, original in list(done.values())[:20]:
            assert c.record_funding(req) == original  # same key, same answer after restarts
        for order in orders:
            ledger = c.get_ledger(order_id=order.order_id)
            funded = sum(resp.order.order_id == order.order_id and req.amount.minor_units or 0
                         for req, resp in done.values())
            # Every acknowledged funding is in the books; unacknowledged ones may or may not be.
            assert ledger.funded.minor_units >= funded
    srv.terminate()
