"""Interceptors wrap a method's handler once, yet judge every call by its own metadata."""

from __future__ import annotations

from typing import Any, NamedTuple

import grpc
import pytest
from grpc import _interceptor

from tradepact.adapters.tokens import TokenVerifier, issue_token
from tradepact.entrypoints.grpc.context import current_principal, request_id_var
from tradepact.entrypoints.grpc.interceptors import build_interceptors

SECRET = "s" * 32
METHOD = "/tradepact.v1.EscrowService/RecordFunding"


class Details(NamedTuple):
    method: str
    invocation_metadata: tuple


class Aborted(Exception):
    pass


class Context:
    """The little of grpc.ServicerContext the interceptors use."""

    def __init__(self, metadata: tuple) -> None:
        self._metadata = metadata
        self.trailing: Any = None
        self.status: Any = None

    def invocation_metadata(self) -> tuple:
        return self._metadata

    def time_remaining(self) -> float:
        return 30.0

    def set_trailing_metadata(self, metadata: Any) -> None:
        self.trailing = metadata

    def code(self) -> None:
        return None

    def abort_with_status(self, status: Any) -> None:
        self.status = status
        raise Aborted


@pytest.fixture
def server():
    seen: list[tuple[str, str]] = []

    def behavior(request: Any, context: Any) -> bytes:
        seen.append((current_principal().subject, request_id_var.get()))
        return b"ok"

    handler = grpc.unary_unary_rpc_method_handler(behavior)
    pipeline = _interceptor.service_pipeline(build_interceptors(
        TokenVerifier(secret=SECRET), deadline_cap_seconds=60, metrics=False))

    def call(*metadata: tuple[str, str]) -> tuple[Context, Any]:
        context = Context(metadata)
        wrapped = pipeline.execute(lambda _: handler, Details(METHOD, metadata))
        try:
            return context, wrapped.unary_unary(b"", context)
        except Aborted:
            return context, None

    call.seen = seen  # type: ignore[attr-defined]
    call.wrapped = lambda: pipeline.execute(lambda _: handler, Details(METHOD, ()))  # type: ignore[attr-defined]
    return call


def bearer(subject: str, role: str) -> tuple[str, str]:
    return ("authorization", f"Bearer {issue_token(subject, [role], secret=SECRET)}")


def test_the_wrapped_handler_is_built_once_per_method(server):
    assert server.wrapped() is server.wrapped()


def test_each_call_is_authorized_by_its_own_token(server):
    _, ok = server(bearer("svc-a", "platform"), ("x-request-id", "req-1"))
    denied, none = server(bearer("sam", "seller:acme-cn"), ("x-request-id", "req-2"))
    missing, _ = server(("x-request-id", "req-3"))
    _, ok_again = server(bearer("svc-b", "platform"))
    assert ok == ok_again == b"ok" and none is None
    assert denied.status.code == grpc.StatusCode.PERMISSION_DENIED
    assert missing.status.code == grpc.StatusCode.UNAUTHENTICATED
    assert [s for s, _ in server.seen] == ["svc-a", "svc-b"]  # nobody inherits a principal
    assert server.seen[0][1] == "req-1" and len(server.seen[1][1]) == 32  # a fresh id


def test_each_call_echoes_its_own_request_id(server):
    first, _ = server(bearer("svc-a", "platform"), ("x-request-id", "req-1"))
    second, _ = server(bearer("svc-a", "platform"), ("x-request-id", "req-2"))
    assert first.trailing == (("x-request-id", "req-1"),)
    assert second.trailing == (("x-request-id", "req-2"),)
