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


def wrap_handler(handler: grpc.RpcMethodHandler | None, wrapper: Wrapper) -> Any:
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
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
