"""Access log and Prometheus metrics: one line and one sample per call, never the payload."""

from __future__ import annotations

import logging
import time
from typing import Any

import grpc

from .._handlers import wrap_handler
from ._per_method import PerMethod

log = logging.getLogger("tradepact.access")

_METRICS: dict[str, Any] = {}


def _metrics() -> dict[str, Any]:
    if not _METRICS:
        from prometheus_client import Counter, Histogram

        _METRICS["requests"] = Counter(
            "tradepact_grpc_requests_total", "RPCs handled", ["method", "code"])
        _METRICS["latency"] = Histogram(
            "tradepact_grpc_request_seconds", "RPC latency", ["method"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        _METRICS["errors"] = Counter(
            "tradepact_grpc_errors_total", "RPCs that ended with a non-OK status", ["method", "code"])
    return _METRICS


class AccessLogInterceptor(grpc.ServerInterceptor):
    """Logs method, status code and duration; records Prometheus samples when enabled."""

    def __init__(self, *, metrics: bool) -> None:
        self._metrics = _metrics() if metrics else None
        self._handlers = PerMethod(self._wrap)

    def intercept_service(self, continuation: Any, details: grpc.HandlerCallDetails) -> Any:
        if details.method.startswith("/grpc.health.v1.Health/"):
            return continuation(details)
        return self._handlers.get(details.method, continuation(details))

    def _wrap(self, method: str, handler: Any) -> Any:
        metrics = self._metrics

        def finish(context: grpc.ServicerContext, started: float, failed: bool) -> None:
            code = context.code() if hasattr(context, "code") else None
            name = "INTERNAL" if failed and code is None else (code.name if code else "OK")
            elapsed = time.perf_counter() - started
            log.info("rpc %s %s %.1fms", method, name, elapsed * 1000)
            if metrics is not None:
                metrics["requests"].labels(method, name).inc()
                metrics["latency"].labels(method).observe(elapsed)
                if name != "OK":
                    metrics["errors"].labels(method, name).inc()

        def run(behavior: Any, request: Any, context: grpc.ServicerContext, streams: bool) -> Any:
            started = time.perf_counter()
            if streams:
                return _streaming(behavior, request, context, started, finish)
            failed = True
            try:
                result = behavior(request, context)
                failed = False
                return result
            finally:
                finish(context, started, failed)

        return wrap_handler(handler, run)


def _streaming(behavior: Any, request: Any, context: Any, started: float, finish: Any) -> Any:
    failed = True
    try:
        yield from behavior(request, context)
        failed = False
    finally:
        finish(context, started, failed)
