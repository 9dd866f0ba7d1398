"""An in-process gRPC server on loopback that answers tradepact RPCs from a script, for SDK tests.

It is a test double for the tradepact server: no use cases, no database — each RPC pops the
next scripted action (a response, a status to fail with, or a callable) and records what it got.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent import futures
from dataclasses import dataclass, field
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from tradepact_client._methods import RPCS


@dataclass
class Received:
    """One request as the server saw it."""

    request: Any
    metadata: dict[str, str]
    time_remaining: float | None


def rich_status(code: grpc.StatusCode, message: str, *details: Any) -> status_pb2.Status:
    """A google.rpc.Status with packed details, like the real server's error interceptor."""
    packed = []
    for d in details:
        a = any_pb2.Any()
        a.Pack(d)
        packed.append(a)
    return status_pb2.Status(code=code.value[0], message=message, details=packed)


def bad_request(*violations: tuple[str, str]) -> error_details_pb2.BadRequest:
    return error_details_pb2.BadRequest(field_violations=[
        error_details_pb2.BadRequest.FieldViolation(field=f, description=d)
        for f, d in violations])


@dataclass
class ScriptedServer:
    """`script[method_name]` is a list of actions used in order; the last one repeats.

    An action is a response message (for streams: a list of messages, may end with a
    status), a `grpc.StatusCode`, a `status_pb2.Status`, or a callable(request, context).
    """

    script: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    received: dict[str, list[Received]] = field(default_factory=lambda: defaultdict(list))
    port: int = 0
    _server: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> ScriptedServer:
        self._server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        handlers: dict[str, dict[str, Any]] = defaultdict(dict)
        for rpc in RPCS.values():
            behaviour = self._behaviour(rpc.name)
            make = (grpc.unary_stream_rpc_method_handler if rpc.server_streaming
                    else grpc.unary_unary_rpc_method_handler)
            handlers[rpc.service][rpc.method] = make(
                behaviour, request_deserializer=rpc.request.FromString,
                response_serializer=rpc.response.SerializeToString)
        self._server.add_generic_rpc_handlers(
            [grpc.method_handlers_generic_handler(svc, methods)
             for svc, methods in handlers.items()])
        self.port = self._server.add_insecure_port("127.0.0.1:0")
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop(0).wait()

    def _next(self, name: str) -> Any:
        with self._lock:
            actions = self.script[name]
            if not actions:
                raise AssertionError(f"nothing scripted for {name}")
            return actions.pop(0) if len(actions) > 1 else actions[0]

    def _behaviour(self, name: str) -> Callable[[Any, grpc.ServicerContext], Any]:
        streaming = RPCS[name].server_streaming

        def unary(request: Any, context: grpc.ServicerContext) -> Any:
            self._record(name, request, context)
            return _act(self._next(name), request, context)

        def stream(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
            self._record(name, request, context)
            action = self._next(name)
            if callable(action):
                action = action(request, context)
            for item in action:
                if isinstance(item, grpc.StatusCode | status_pb2.Status):
                    _act(item, request, context)
                yield item

        return stream if streaming else unary

    def _record(self, name: str, request: Any, context: grpc.ServicerContext) -> None:
        with self._lock:
            self.received[name].append(Received(request, dict(context.invocation_metadata()),
                                                context.time_remaining()))


def _act(action: Any, request: Any, context: grpc.ServicerContext) -> Any:
    if isinstance(action, grpc.StatusCode):
        context.abort(action, f"scripted {action.name}")
    if isinstance(action, status_pb2.Status):
        context.abort_with_status(rpc_status.to_status(action))
    if callable(action):
        return action(request, context)
    return action
