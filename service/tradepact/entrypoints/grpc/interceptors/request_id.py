"""Give every call a request id (the client's x-request-id or a new one) and a time budget."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import grpc

from .._handlers import wrap_handler
from ..context import deadline_var, request_id_var
from ._per_method import PerMethod, metadata_value

_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


class RequestIdInterceptor(grpc.ServerInterceptor):
    """Sets the request id and the capped deadline in context vars; echoes the id back."""

    def __init__(self, deadline_cap_seconds: float) -> None:
        self._cap = deadline_cap_seconds
        self._handlers = PerMethod(self._wrap)

    def intercept_service(self, continuation: Any, details: grpc.HandlerCallDetails) -> Any:
        return self._handlers.get(details.method, continuation(details))

    def _wrap(self, method: str, handler: Any) -> Any:
        cap = self._cap

        def run(behavior: Any, request: Any, context: grpc.ServicerContext, streams: bool) -> Any:
            incoming = metadata_value(context, "x-request-id")
            rid = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
            remaining = context.time_remaining()
            budget = cap if remaining is None else min(cap, remaining)
            deadline = time.monotonic() + budget
            # Trailing, not initial, metadata: an extra initial-metadata batch costs a cheap
            # RPC about a third of its server CPU. Errors carry it too (see errors.py).
            context.set_trailing_metadata((("x-request-id", rid),))
            if not streams:
                t1, t2 = request_id_var.set(rid), deadline_var.set(deadline)
                try:
                    return behavior(request, context)
                finally:
                    request_id_var.reset(t1)
                    deadline_var.reset(t2)
            return _streaming(behavior, request, context, rid, deadline)

        return wrap_handler(handler, run)


def _streaming(behavior: Any, request: Any, context: Any, rid: str, deadline: float) -> Any:
    t1, t2 = request_id_var.set(rid), deadline_var.set(deadline)
    try:
        yield from behavior(request, context)
    finally:
        request_id_var.reset(t1)
        deadline_var.reset(t2)
