"""A failed call raises one SDK error type per status family, with the server's rich details."""

from __future__ import annotations

import grpc
import pytest
from google.rpc import error_details_pb2

import tradepact_client as sdk
from tests.unit.client.scripted_server import ScriptedServer, bad_request, rich_status
from tradepact_client import TradepactClient
from tradepact_client.errors import ERROR_TYPES


@pytest.mark.parametrize("code", sorted(ERROR_TYPES, key=lambda c: c.name),
                         ids=lambda c: c.name)
def test_each_status_code_raises_its_error_type(scripted: ScriptedServer,
                                                client: TradepactClient,
                                                code: grpc.StatusCode) -> None:
    scripted.script["get_order"] = [code]
    with pytest.raises(ERROR_TYPES[code]) as err:
        client.get_order(order_id="o-1")
    assert err.value.code == code
    assert err.value.message == f"scripted {code.name}"
    assert isinstance(err.value, sdk.TradepactError)


def test_the_grpc_error_stays_on_the_cause(scripted: ScriptedServer,
                                           client: TradepactClient) -> None:
    scripted.script["get_order"] = [grpc.StatusCode.NOT_FOUND]
    with pytest.raises(sdk.NotFound) as err:
        client.get_order(order_id="nope")
    assert isinstance(err.value.__cause__, grpc.RpcError)


def test_invalid_argument_lists_the_field_violations_from_bad_request_details(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["extract_terms"] = [rich_status(
        grpc.StatusCode.INVALID_ARGUMENT, "invalid input",
        bad_request(("transcript.messages", "6 messages exceed the limit of 3"),
                    ("transcript.messages[2].text", "not valid UTF-8")),
        error_details_pb2.RequestInfo(request_id="rid-42"))]
    with pytest.raises(sdk.InvalidArgument) as err:
        client.extract_terms()
    assert err.value.field_violations == (
        sdk.FieldViolation("transcript.messages", "6 messages exceed the limit of 3"),
        sdk.FieldViolation("transcript.messages[2].text", "not valid UTF-8"))
    assert err.value.request_id == "rid-42"
    assert "transcript.messages: 6 messages exceed the limit of 3" in str(err.value)


def test_failed_precondition_lists_the_precondition_violations(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    violation = error_details_pb2.PreconditionFailure.Violation(
        type="STATE", subject="milestone m-1", description="cannot confirm when PENDING")
    scripted.script["confirm_payout"] = [rich_status(
        grpc.StatusCode.FAILED_PRECONDITION, "illegal transition",
        error_details_pb2.PreconditionFailure(violations=[violation]),
        error_details_pb2.ErrorInfo(reason="TRANSITIONNOTALLOWED", domain="tradepact.io"))]
    with pytest.raises(sdk.FailedPrecondition) as err:
        client.confirm_payout(order_id="o-1", milestone_id="m-1", approval_hash="h")
    assert err.value.precondition_violations == (
        sdk.PreconditionViolation("STATE", "milestone m-1", "cannot confirm when PENDING"),)
    assert err.value.reason == "TRANSITIONNOTALLOWED"


def test_without_a_request_info_detail_the_error_carries_the_id_the_client_sent(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["get_order"] = [grpc.StatusCode.PERMISSION_DENIED]
    with pytest.raises(sdk.PermissionDenied) as err:
        client.get_order(order_id="o-1")
    sent = scripted.received["get_order"][0].metadata["x-request-id"]
    assert err.value.request_id == sent and len(sent) == 32


def test_an_unreachable_server_is_unavailable(sleeps: list[float]) -> None:
    with TradepactClient("127.0.0.1:1", timeout=2.0, max_attempts=1) as client, \
            pytest.raises(sdk.Unavailable):
        client.get_order(order_id="o-1")
