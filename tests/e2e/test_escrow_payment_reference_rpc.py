"""RecordFunding through a real server: one bank payment is recorded once (SQLite, PostgreSQL)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from tests.support.escrow_flow import client, key, money, new_order
from tests.support.pg import throwaway_database
from tests.support.server_process import ServerProcess
from tradepact_client import AlreadyExists, TradepactError


def _fund(c, order, index, minor, ref, k=None):
    return c.record_funding(idempotency_key=k or key(), order_id=order.order_id,
                            milestone_id=order.milestones[index].milestone_id,
                            amount=money(order, minor), payment_reference=ref)


def test_the_same_bank_payment_under_a_second_key_is_already_exists(server):
    order = new_order(server.address)
    with client(server.address, "platform") as c:
        k = key()
        first = _fund(c, order, 0, 1_000, "BANK-77", k=k)
        for index, minor in ((0, 1_000), (0, 500), (1, 1_000)):
            with pytest.raises(AlreadyExists) as err:
                _fund(c, order, index, minor, "BANK-77")
            assert err.value.code is grpc.StatusCode.ALREADY_EXISTS
            assert [v.field for v in err.value.field_violations] == ["payment_reference"]
            assert "'BANK-77' already exists" in err.value.message
        assert _fund(c, order, 0, 1_000, "BANK-77", k=k) == first  # same key: the replay
    with client(server.address, "admin") as root:
        ledger = root.get_ledger(order_id=order.order_id)
    assert ledger.funded.minor_units == ledger.held.minor_units == 1_000
    assert len(ledger.entries) == 2 and ledger.balanced


@pytest.mark.postgres
def test_racing_recordings_of_one_payment_on_postgresql_record_it_once(tmp_path):
    with throwaway_database() as url:
        srv = ServerProcess(tmp_path, database_url=url).start()
        try:
            order = new_order(srv.address)
            barrier = threading.Barrier(8)

            def record(_):
                with client(srv.address, "platform", max_attempts=1) as c:
                    barrier.wait()
                    try:
                        _fund(c, order, 0, 1_000, "BANK-RACE")
                        return grpc.StatusCode.OK
                    except TradepactError as exc:
                        return exc.code

            with ThreadPoolExecutor(8) as pool:
                codes = list(pool.map(record, range(8)))
            with client(srv.address, "admin") as root:
                ledger = root.get_ledger(order_id=order.order_id)
        finally:
            srv.terminate()
    assert sorted(c.name for c in codes) == ["ALREADY_EXISTS"] * 7 + ["OK"], codes
    assert ledger.funded.minor_units == 1_000 and ledger.balanced
