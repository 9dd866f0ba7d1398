"""Server interceptors, one per concern, assembled in order by `build_interceptors`."""

from __future__ import annotations

import grpc

from tradepact.adapters.tokens import TokenVerifier

from .access import AccessLogInterceptor
from .auth import AuthInterceptor
from .errors import ErrorInterceptor
from .request_id import RequestIdInterceptor


def build_interceptors(verifier: TokenVerifier | None, *, deadline_cap_seconds: float,
                       metrics: bool) -> list[grpc.ServerInterceptor]:
    """Outermost first: request id, access log + metrics, error mapping, authentication."""
    return [
        RequestIdInterceptor(deadline_cap_seconds),
        AccessLogInterceptor(metrics=metrics),
        ErrorInterceptor(),
        AuthInterceptor(verifier),
    ]


__all__ = ["build_interceptors"]
