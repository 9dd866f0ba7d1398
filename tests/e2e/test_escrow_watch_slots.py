"""WatchOrder stream slots over real gRPC: a stream the client closes gives its slot back at
once, and the limit (half the RPC threads) still refuses a stream when that many are open.

The server gives each stream a slot while its handler runs. A handler waiting for the next
event used to notice a closed stream only when its one-second poll ran out, so a client
opening and closing streams quickly met RESOURCE_EXHAUSTED with no stream of its own open.
(grpc may hand the server a new call a few milliseconds before it reports the end of the one
the client just closed; a new stream waits that long for a slot, so these tests need no
retries either.)
"""

from __future__ import annotations

import grpc
import pytest
from google.rpc import error_details_pb2

from tests.support.escrow_flow import ROLES, new_order
from tests.support.rich_status import details
from tests.support.server_process import ServerProcess, auth
from tradepact.v1 import escrow_pb2, escrow_pb2_grpc

WORKERS = 4
LIMIT = WORKERS // 2  # the server keeps half of its RPC threads for everything else


@pytest.fixture(scope="module")
def small_server(tmp_path_factory: pytest.TempPathFactory):
    srv = ServerProcess(tmp_path_factory.mktemp("watch-slots"),
                        env={"TRADEPACT_MAX_WORKERS": str(WORKERS)}).start()
    try:
        yield srv
    finally:
        assert srv.terminate() == 0


@pytest.fixture(scope="module")
def order_id(small_server) -> str:
    return new_order(small_server.address).order_id


def _open(stub: escrow_pb2_grpc.EscrowServiceStub, order_id: str) -> grpc.Future:
    """A stream that has delivered the order's first event: its handler holds a slot and
    waits for the next event."""
    call = stub.WatchOrder(escrow_pb2.WatchOrderRequest(order_id=order_id),
                           metadata=auth(*_buyer()), timeout=20)
    assert next(call).event.sequence == 1
    return call


def _buyer() -> tuple[str, ...]:
    subject, roles = ROLES["buyer"]
    return (subject, *roles)


def test_streams_opened_and_closed_in_a_quick_loop_never_run_out_of_slots(small_server,
                                                                          order_id):
    with grpc.insecure_channel(small_server.address) as ch:
        stub = escrow_pb2_grpc.EscrowServiceStub(ch)
        refused = []
        for i in range(10 * LIMIT):
            try:
                call = _open(stub, order_id)
            except grpc.RpcError as err:
                refused.append((i, err.code(), err.details()))
                continue
            call.cancel()
        assert refused == []


def test_streams_that_end_at_their_deadline_give_their_slots_back(small_server, order_id):
    with grpc.insecure_channel(small_server.address) as ch:
        stub = escrow_pb2_grpc.EscrowServiceStub(ch)
        for _ in range(LIMIT):
            call = stub.WatchOrder(escrow_pb2.WatchOrderRequest(order_id=order_id),
                                   metadata=auth(*_buyer()), timeout=0.3)
            with pytest.raises(grpc.RpcError) as ended:
                list(call)
            assert ended.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        _open(stub, order_id).cancel()  # every slot is free again


def test_the_limit_still_holds_for_streams_that_stay_open(small_server, order_id):
    with grpc.insecure_channel(small_server.address) as ch:
        stub = escrow_pb2_grpc.EscrowServiceStub(ch)
        held = [_open(stub, order_id) for _ in range(LIMIT)]
        try:
            with pytest.raises(grpc.RpcError) as full:
                _open(stub, order_id)
            assert full.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert "concurrent WatchOrder streams" in full.value.details()
            assert f"limit of {LIMIT}" in full.value.details()
            info = details(full.value, error_details_pb2.ErrorInfo)
            assert [i.reason for i in info] == ["TOOLARGE"]
            held.pop().cancel()
            held.append(_open(stub, order_id))  # the closed one's slot
        finally:
            for call in held:
                call.cancel()
        for _ in range(2 * LIMIT):  # and every slot came back
            _open(stub, order_id).cancel()
