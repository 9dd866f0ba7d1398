"""Long work (renders) runs within the calling RPC's budget: its deadline, capped by the server."""

from __future__ import annotations

import time

from tradepact.bootstrap import _budgeted
from tradepact.entrypoints.grpc.context import deadline_var, time_budget


def test_a_render_gets_the_callers_remaining_time_not_the_pools_default():
    seen = {}

    def render(document, fmt, *, timeout):
        seen["timeout"] = timeout
        return "ok"

    token = deadline_var.set(time.monotonic() + 2.0)
    try:
        assert _budgeted(render)(object(), "pdf") == "ok"
    finally:
        deadline_var.reset(token)
    assert 1.5 < seen["timeout"] <= 2.0


def test_without_a_call_context_the_default_budget_applies():
    assert time_budget(default=7.0) == 7.0
