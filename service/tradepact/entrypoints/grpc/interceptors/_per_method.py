"""Each interceptor wraps a method's handler once, and reads per-call data from the context."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc


class PerMethod:
    """The wrapped handler of each method, built the first time the method is called.

    grpc asks every interceptor for the handler on every call, and the servicer's handler for a
    method is the same object each time; rebuilding the wrappers (closures, new method
    handlers, the tolerant deserializer) on every call cost as much as the interceptors' work.
    A method whose inner handler is a different object is wrapped again; only methods with a
    handler are kept, so the table holds at most the server's methods.
    """

    def __init__(self, wrap: Callable[[str, Any], Any]) -> None:
        self._wrap = wrap
        self._by_method: dict[str, tuple[Any, Any]] = {}

    def get(self, method: str, handler: Any) -> Any:
        """The wrapped `handler` of `method` (None when there is no handler)."""
        hit = self._by_method.get(method)
        if hit is not None and hit[0] is handler:
            return hit[1]
        wrapped = self._wrap(method, handler)
        if handler is not None:
            self._by_method[method] = (handler, wrapped)
        return wrapped


def metadata_value(context: grpc.ServicerContext, key: str) -> str:
    """The call's metadata value for `key`, the last one if repeated; '' when absent."""
    value = ""
    for k, v in context.invocation_metadata() or ():
        if k == key:
            value = v
    return value
