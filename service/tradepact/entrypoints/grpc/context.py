"""Per-call context shared between interceptors and servicers: request id, principal, budget."""

from __future__ import annotations

import time
from contextvars import ContextVar

from tradepact.domain.errors import Unauthenticated
from tradepact.domain.principal import Principal

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
principal_var: ContextVar[Principal | None] = ContextVar("principal", default=None)
deadline_var: ContextVar[float | None] = ContextVar("deadline", default=None)


def current_principal() -> Principal:
    """The authenticated caller of the current RPC (set by the auth interceptor)."""
    principal = principal_var.get()
    if principal is None:
        raise Unauthenticated("no principal in this call")
    return principal


def time_budget(default: float) -> float:
    """Seconds left for this call: the client deadline capped by the server's deadline cap."""
    deadline = deadline_var.get()
    if deadline is None:
        return default
    return max(0.0, min(default, deadline - time.monotonic()))
