"""Two server processes on one PostgreSQL database behave as one service."""

from __future__ import annotations

import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.support.escrow_flow import client, fund_and_request, key, new_order
from tests.support.pg import throwaway_database
from tests.support.server_process import ServerProcess
from tradepact.v1 import contracts_pb2
from tradepact_client import TradepactError

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def replicas(tmp_path_factory):
    # Replicas on one database seal its audit log with one key (each would otherwise make its
    # own in its data directory, and the second would refuse to start).
    shared = {"TRADEPACT_AUDIT_KEY": "scale-out-test-audit-key-0123456789abcdef"}
    with throwaway_database() as url:
        a = ServerProcess(tmp_path_factory.mktemp("replica-a"), database_url=url,
                          env=shared).start()
        b = ServerProcess(tmp_path_factory.mktemp("replica-b"), database_url=url,
                          env=shared).start()
        try:
            yield a, b
        finally:
            a.terminate()
            b.terminate()


def test_a_contract_rendered_through_one_replica_downloads_through_the_other(replicas):
    a, b = replicas
    order = new_order(a.address)
    with client(a.address, "platform") as ca, client(b.address, "seller") as cb:
        rendered = ca.render_contract(idempotency_key=key(), contract_id=order.contract_id,
                                      format=contracts_pb2.DOCUMENT_FORMAT_PDF).file
        data = cb.download_contract(contract_id=order.contract_id,
                                    format=contracts_pb2.DOCUMENT_FORMAT_PDF)
    assert hashlib.sha256(data).hexdigest() == rendered.sha256


def test_a_payout_confirmed_through_one_replica_streams_from_the_other(replicas):
    a, b = replicas
    order = fund_and_request(a.address, new_order(a.address), 0)
    kinds: list[str] = []
    with client(b.address, "buyer") as watcher:
        stream = watcher.watch_order(order_id=order.order_id, timeout=30)
        ready = threading.Event()

        def follow():
            try:
                for resp in stream:
                    kinds.append(resp.event.type)
                    ready.set()
                    if "confirm" in resp.event.type:
                        break
            finally:
                stream.close()

        t = threading.Thread(target=follow)
        t.start()
        assert ready.wait(10)  # caught up with the history; now the live part
        with client(a.address, "reviewer") as alice:
            assert alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                        milestone_id=order.milestones[0].milestone_id,
                                        approval_hash=order.milestones[0].approval_hash).released
        t.join(10)
    assert any("confirm" in k for k in kinds), kinds


def test_32_clients_split_across_both_replicas_release_a_milestone_exactly_once(replicas):
    a, b = replicas
    order = fund_and_request(a.address, new_order(a.address), 0)
    m = order.milestones[0]
    clients = [client((a, b)[i % 2].address, "reviewer") for i in range(32)]
    barrier = threading.Barrier(32)

    def confirm(c):
        barrier.wait()
        try:
            return c.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                    milestone_id=m.milestone_id,
                                    approval_hash=m.approval_hash).released
        except TradepactError:
            return False

    try:
        with ThreadPoolExecutor(32) as pool:
            released = list(pool.map(confirm, clients))
    finally:
        for c in clients:
            c.close()
    assert released.count(True) == 1
    with client(b.address, "platform") as c:
        ledger = c.get_ledger(order_id=order.order_id)
        audit = c.verify_audit(order_id=order.order_id)  # events sealed through a, checked by b
    assert ledger.released.minor_units == m.amount.minor_units and ledger.balanced
    assert audit.ok, audit.problems
