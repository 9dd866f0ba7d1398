"""Wrap a grpc RpcMethodHandler's behaviour, whatever its streaming kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc

# Wrapper(behavior, request_or_iterator, context, streams_response) -> response or iterator
Wrapper = Callable[[Callable[..., Any], Any, grpc.ServicerContext, bool], Any]

_FACTORIES = {
    (False, False): ("unary_unary", grpc.unary_unary_rpc_method_handler),
    (False, True): ("unary_stream", grpc.unary_stream_rpc_method_handler),
    (True, False): ("stream_unary", grpc.stream_unary_rpc_method_handler),
    (True, True): ("stream_stream", grpc.stream_stream_rpc_method_handler),
}


class Undecodable:
    """Stands in for a request whose bytes did not parse (e.g. invalid UTF-8 in a string)."""

    def __init__(self, error: Exception) -> None:
        self.error = error


def tolerant(deserializer: Callable[[bytes], Any] | None) -> Callable[[bytes], Any] | None:
    """A deserializer that returns Undecodable instead of raising, so the error interceptor
    can answer INVALID_ARGUMENT rather than grpc's generic INTERNAL."""
    if deserializer is None:
        return None

    def parse(data: bytes) -> Any:
        try:
            return deserializer(data)
        except Exception as exc:  # noqa: BLE001 - any parse failure is the caller's bad input
            return Undecodable(exc)

    return parse


def wrap_handler(handler: grpc.RpcMethodHandler | None, wrapper: Wrapper, *,
                 tolerant_requests: bool = False) -> Any:
    """Return a handler whose behaviour runs inside `wrapper`."""
    if handler is None:
        return None
    key = (bool(handler.request_streaming), bool(handler.response_streaming))
    attr, factory = _FACTORIES[key]
    behavior = getattr(handler, attr)

    def new_behavior(request: Any, context: grpc.ServicerContext) -> Any:
        return wrapper(behavior, request, context, key[1])

    return factory(
        new_behavior,
        request_deserializer=(tolerant(handler.request_deserializer) if tolerant_requests
                              else handler.request_deserializer),
        response_serializer=handler.response_serializer,
    )
