"""Retries only where a second attempt cannot apply twice; deadlines and backoff are bounded."""

from __future__ import annotations

import random
import uuid

import grpc
import pytest

import tradepact_client as sdk
from tests.unit.client.scripted_server import ScriptedServer
from tradepact.v1 import escrow_pb2
from tradepact_client import RetryPolicy, TradepactClient
from tradepact_client._methods import RPCS, build_request

FUNDED = escrow_pb2.RecordFundingResponse(order=escrow_pb2.Order(order_id="o-1"))
ORDER = escrow_pb2.GetOrderResponse(order=escrow_pb2.Order(order_id="o-1"))


def test_unavailable_is_retried_until_the_server_answers(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["get_order"] = [grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.UNAVAILABLE,
                                    ORDER]
    assert client.get_order(order_id="o-1") == ORDER
    assert len(scripted.received["get_order"]) == 3


def test_retries_stop_after_max_attempts(scripted: ScriptedServer,
                                         client: TradepactClient) -> None:
    scripted.script["get_order"] = [grpc.StatusCode.UNAVAILABLE]
    with pytest.raises(sdk.Unavailable):
        client.get_order(order_id="o-1")
    assert len(scripted.received["get_order"]) == client.retry_policy.max_attempts == 3


def test_aborted_is_retried_for_calls_with_an_idempotency_key(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["record_funding"] = [grpc.StatusCode.ABORTED, FUNDED]
    assert client.record_funding(order_id="o-1", milestone_id="m-1") == FUNDED
    assert len(scripted.received["record_funding"]) == 2


def test_aborted_is_not_retried_for_reads(scripted: ScriptedServer,
                                          client: TradepactClient) -> None:
    scripted.script["get_order"] = [grpc.StatusCode.ABORTED, ORDER]
    with pytest.raises(sdk.Aborted):
        client.get_order(order_id="o-1")
    assert len(scripted.received["get_order"]) == 1


@pytest.mark.parametrize("code", [grpc.StatusCode.FAILED_PRECONDITION,
                                  grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN,
                                  grpc.StatusCode.DEADLINE_EXCEEDED,
                                  grpc.StatusCode.RESOURCE_EXHAUSTED,
                                  grpc.StatusCode.INVALID_ARGUMENT], ids=lambda c: c.name)
def test_other_failures_are_never_retried_even_with_a_key(
        scripted: ScriptedServer, client: TradepactClient, code: grpc.StatusCode) -> None:
    scripted.script["confirm_payout"] = [code, escrow_pb2.ConfirmPayoutResponse()]
    with pytest.raises(sdk.TradepactError):
        client.confirm_payout(order_id="o-1", milestone_id="m-1", approval_hash="h")
    assert len(scripted.received["confirm_payout"]) == 1


def test_every_attempt_of_a_mutating_call_sends_the_same_generated_key(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["record_funding"] = [grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.ABORTED,
                                         FUNDED]
    client.record_funding(order_id="o-1", milestone_id="m-1")
    keys = {r.request.idempotency_key for r in scripted.received["record_funding"]}
    assert len(keys) == 1
    assert uuid.UUID(keys.pop()).version == 4


def test_a_key_given_by_the_caller_is_sent_unchanged(scripted: ScriptedServer,
                                                     client: TradepactClient) -> None:
    scripted.script["cancel_order"] = [escrow_pb2.CancelOrderResponse()]
    request = escrow_pb2.CancelOrderRequest(order_id="o-1", idempotency_key="mine-1")
    client.cancel_order(request)
    assert scripted.received["cancel_order"][0].request.idempotency_key == "mine-1"


def test_two_calls_without_a_key_get_different_keys(scripted: ScriptedServer,
                                                    client: TradepactClient) -> None:
    scripted.script["record_funding"] = [FUNDED]
    client.record_funding(order_id="o-1", milestone_id="m-1")
    client.record_funding(order_id="o-1", milestone_id="m-1")
    first, second = scripted.received["record_funding"]
    assert first.request.idempotency_key != second.request.idempotency_key


def test_every_mutating_rpc_gets_a_key_and_the_callers_message_is_not_changed() -> None:
    mutating = [rpc for rpc in RPCS.values() if rpc.mutating]
    assert {r.name for r in mutating} >= {"draft_contract", "render_contract", "create_order",
                                          "record_funding", "confirm_payout", "cancel_order"}
    for rpc in mutating:
        original = rpc.request()
        assert build_request(rpc, original, {}).idempotency_key
        assert original.idempotency_key == ""


def test_calls_carry_the_default_deadline_and_the_bearer_token(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["get_order"] = [ORDER]
    client.get_order(order_id="o-1")
    seen = scripted.received["get_order"][0]
    # grpc rounds the deadline up when it encodes it on the wire (a few ms at most)
    assert seen.time_remaining is not None and 4.0 < seen.time_remaining <= 5.1
    assert seen.metadata["authorization"] == "Bearer tok-123"


def test_backoff_waits_are_bounded_and_grow(scripted: ScriptedServer, client: TradepactClient,
                                            sleeps: list[float]) -> None:
    scripted.script["get_order"] = [grpc.StatusCode.UNAVAILABLE]
    with pytest.raises(sdk.Unavailable):
        client.get_order(order_id="o-1")
    assert len(sleeps) == 2  # between three attempts
    assert 0 <= sleeps[0] <= 0.05 and 0 <= sleeps[1] <= 0.1


def test_backoff_never_exceeds_its_ceiling() -> None:
    policy = RetryPolicy(max_attempts=50, initial_backoff=0.1, max_backoff=1.5,
                         rng=random.Random(7))
    waits = [policy.backoff(attempt) for attempt in range(1, 50)]
    assert all(0 <= w <= min(1.5, 0.1 * 2 ** (a - 1)) for a, w in enumerate(waits, 1))
    assert max(waits) > 0.75  # it does grow towards the ceiling


def test_no_retry_is_attempted_when_the_wait_would_pass_the_deadline(
        scripted: ScriptedServer) -> None:
    scripted.script["get_order"] = [grpc.StatusCode.UNAVAILABLE, ORDER]
    policy = RetryPolicy(max_attempts=5, initial_backoff=10.0, max_backoff=10.0,
                         rng=random.Random(1))
    with TradepactClient(scripted.address, timeout=0.5, retry_policy=policy) as client, \
            pytest.raises(sdk.Unavailable):
        client.get_order(order_id="o-1")
    assert len(scripted.received["get_order"]) == 1


def test_a_per_call_timeout_overrides_the_default(scripted: ScriptedServer,
                                                  client: TradepactClient) -> None:
    scripted.script["get_order"] = [ORDER]
    client.get_order(order_id="o-1", timeout=3.0)
    assert scripted.received["get_order"][0].time_remaining <= 3.1  # wire rounding
