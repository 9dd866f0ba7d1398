"""The fake client answers from its script, records every call, and matches the real client."""

from __future__ import annotations

import hashlib
import inspect
from pathlib import Path

import pytest

import tradepact_client as sdk
from tradepact.v1 import escrow_pb2
from tradepact_client import FakeTradepactClient, NotScripted, TradepactClient
from tradepact_client._methods import RPCS


def order(order_id: str) -> escrow_pb2.GetOrderResponse:
    return escrow_pb2.GetOrderResponse(order=escrow_pb2.Order(order_id=order_id))


def test_queued_responses_are_returned_in_order_then_the_handler() -> None:
    fake = FakeTradepactClient()
    fake.responses["get_order"] += [order("a"), order("b")]
    fake.handlers["get_order"] = lambda request: order("from-" + request.order_id)
    got = [fake.get_order(order_id="x").order.order_id for _ in range(3)]
    assert got == ["a", "b", "from-x"]


def test_a_scripted_error_is_raised() -> None:
    fake = FakeTradepactClient()
    fake.responses["confirm_payout"].append(sdk.FailedPrecondition("milestone m-1 is PENDING"))
    with pytest.raises(sdk.FailedPrecondition, match="PENDING"):
        fake.confirm_payout(order_id="o-1", milestone_id="m-1")


def test_every_call_is_recorded_with_the_request_as_the_real_client_would_send_it() -> None:
    fake = FakeTradepactClient()
    fake.handlers["record_funding"] = lambda r: escrow_pb2.RecordFundingResponse()
    fake.record_funding(order_id="o-1", milestone_id="m-1", metadata=[("x-trace", "1")])
    (call,) = fake.calls
    assert call.method == "record_funding"
    assert call.request.order_id == "o-1" and call.request.idempotency_key
    assert call.metadata == (("x-trace", "1"),)
    assert fake.requests("record_funding") == [call.request]


def test_an_unscripted_call_fails_loudly() -> None:
    with pytest.raises(NotScripted, match="get_ledger"):
        FakeTradepactClient().get_ledger(order_id="o-1")


def test_a_misspelt_method_name_in_the_script_fails_loudly() -> None:
    with pytest.raises(KeyError, match="get_oder"):
        FakeTradepactClient().responses["get_oder"].append(order("a"))


def test_a_response_of_the_wrong_type_is_refused() -> None:
    fake = FakeTradepactClient()
    fake.responses["get_order"].append(escrow_pb2.CancelOrderResponse())
    with pytest.raises(TypeError, match="GetOrderResponse"):
        fake.get_order(order_id="o-1")


def test_a_scripted_download_is_written_with_its_hash(tmp_path: Path) -> None:
    fake = FakeTradepactClient()
    fake.responses["download_contract"].append(b"%PDF-1.7 fake")
    header = fake.download_contract(contract_id="c-1", to=tmp_path / "c.pdf")
    assert (tmp_path / "c.pdf").read_bytes() == b"%PDF-1.7 fake"
    assert header.sha256 == hashlib.sha256(b"%PDF-1.7 fake").hexdigest()


def test_a_scripted_watch_streams_events_and_can_break_midway() -> None:
    fake = FakeTradepactClient()
    fake.responses["watch_order"].append([
        escrow_pb2.WatchOrderResponse(event=escrow_pb2.OrderEvent(sequence=1)),
        sdk.Unavailable("connection lost")])
    stream = fake.watch_order(order_id="o-1")
    assert next(stream).event.sequence == 1
    with pytest.raises(sdk.Unavailable):
        next(stream)


def test_the_fake_has_every_method_of_the_real_client_with_the_same_signature() -> None:
    for name in RPCS:
        real, fake = getattr(TradepactClient, name), getattr(FakeTradepactClient, name)
        assert inspect.signature(real) == inspect.signature(fake), name
