"""Domain errors become the right status with rich details; surprises become INTERNAL + request id."""

from __future__ import annotations

from concurrent import futures

import grpc
import pytest
from google.rpc import error_details_pb2

from tests.support.rich_status import details
from tradepact.domain import errors as e
from tradepact.entrypoints.grpc.interceptors.access import AccessLogInterceptor
from tradepact.entrypoints.grpc.interceptors.errors import ErrorInterceptor
from tradepact.entrypoints.grpc.interceptors.request_id import RequestIdInterceptor

RAISES = {
    "bad": e.InvalidInput([e.FieldViolation("order_id", "must not be empty"),
                           e.FieldViolation("amount.currency_code", "must be ISO 4217")]),
    "state": e.IllegalTransition("milestone", "m-1", "confirm", "PENDING"),
    "conflict": e.Conflict("order o-1 changed concurrently"),
    "missing": e.NotFound("order", "o-404"),
    "boom": RuntimeError("secret path /home/someone/db.sqlite3 leaked"),
    "anonymous": e.Unauthenticated("missing bearer token"),
    "down": e.Unavailable("the database (connection lost or busy); retry"),
}


@pytest.fixture(scope="module")
def channel():
    def make(name):
        def behavior(request, context):
            raise RAISES[name]
        return grpc.unary_unary_rpc_method_handler(
            behavior, request_deserializer=lambda b: b, response_serializer=lambda b: b)

    handler = grpc.method_handlers_generic_handler(
        "test.Raiser", {name: make(name) for name in RAISES})
    server = grpc.server(futures.ThreadPoolExecutor(4), interceptors=[
        RequestIdInterceptor(30), AccessLogInterceptor(metrics=False), ErrorInterceptor()])
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    with grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
        yield ch
    server.stop(0)


def _call(channel, name, request_id="req-123"):
    call = channel.unary_unary(f"/test.Raiser/{name}", request_serializer=lambda b: b,
                               response_deserializer=lambda b: b)
    with pytest.raises(grpc.RpcError) as err:
        call(b"", metadata=[("x-request-id", request_id)], timeout=5)
    return err.value


def test_invalid_input_is_invalid_argument_with_every_field_violation(channel):
    err = _call(channel, "bad")
    assert err.code() == grpc.StatusCode.INVALID_ARGUMENT
    (bad_request,) = details(err, error_details_pb2.BadRequest)
    assert [v.field for v in bad_request.field_violations] == ["order_id", "amount.currency_code"]


def test_illegal_transition_is_failed_precondition_naming_event_and_state(channel):
    err = _call(channel, "state")
    assert err.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "can't confirm" in err.details() and "PENDING" in err.details()
    (pf,) = details(err, error_details_pb2.PreconditionFailure)
    assert pf.violations[0].type == "STATE"


def test_conflict_is_aborted_and_says_retry(channel):
    err = _call(channel, "conflict")
    assert err.code() == grpc.StatusCode.ABORTED
    assert details(err, error_details_pb2.RetryInfo)


def test_not_found_is_not_found(channel):
    err = _call(channel, "missing")
    assert err.code() == grpc.StatusCode.NOT_FOUND


def test_an_unexpected_exception_is_internal_with_the_request_id_and_no_internals(channel):
    err = _call(channel, "boom", request_id="trace-42")
    assert err.code() == grpc.StatusCode.INTERNAL
    assert err.details() == "internal error (request id trace-42)"
    assert "/home/" not in err.details() and "Traceback" not in err.details()
    (info,) = details(err, error_details_pb2.RequestInfo)
    assert info.request_id == "trace-42"
    assert dict(err.trailing_metadata())["x-request-id"] == "trace-42"


def test_the_status_message_does_not_repeat_the_code_in_words(channel):
    # Not "UNAUTHENTICATED: unauthenticated: missing bearer token" at the caller.
    cases = {"anonymous": (grpc.StatusCode.UNAUTHENTICATED, "missing bearer token"),
             "down": (grpc.StatusCode.UNAVAILABLE,
                      "the database (connection lost or busy); retry"),
             "bad": (grpc.StatusCode.INVALID_ARGUMENT, "order_id: must not be empty; "
                     "amount.currency_code: must be ISO 4217"),
             "conflict": (grpc.StatusCode.ABORTED, "conflict: order o-1 changed concurrently")}
    for name, (code, message) in cases.items():
        err = _call(channel, name)
        assert (err.code(), err.details()) == (code, message)
