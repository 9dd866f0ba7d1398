"""Authenticate the bearer token and gate each RPC by role (table in authz.py)."""

from __future__ import annotations

import logging
from typing import Any

import grpc

from tradepact.adapters.tokens import TokenVerifier
from tradepact.domain.errors import PermissionDenied, Unauthenticated
from tradepact.domain.principal import DEV_PRINCIPAL

from .._handlers import wrap_handler
from ..authz import allowed_roles, is_public
from ..context import principal_var
from ._per_method import PerMethod, metadata_value

log = logging.getLogger(__name__)


class AuthInterceptor(grpc.ServerInterceptor):
    """Missing/invalid/expired token -> UNAUTHENTICATED; wrong role -> PERMISSION_DENIED.

    With no verifier the server runs in explicit development mode (--dev-no-auth): every
    call acts as a principal holding every role.
    """

    def __init__(self, verifier: TokenVerifier | None) -> None:
        self._verifier = verifier
        self._handlers = PerMethod(self._wrap)

    def intercept_service(self, continuation: Any, details: grpc.HandlerCallDetails) -> Any:
        return self._handlers.get(details.method, continuation(details))

    def _wrap(self, method: str, handler: Any) -> Any:
        if is_public(method) or handler is None:
            return handler
        verifier = self._verifier
        roles = allowed_roles(method)
        action = f"call {method.rsplit('/', 1)[-1]}"
        needs = "needs one of " + ", ".join(sorted(r for r in roles))

        def run(behavior: Any, request: Any, context: grpc.ServicerContext, streams: bool) -> Any:
            if verifier is None:
                principal = DEV_PRINCIPAL
            else:
                principal = verifier.verify(_bearer(metadata_value(context, "authorization")))
            if not (principal.roles & roles):
                raise PermissionDenied(principal.subject, action, needs)
            if not streams:
                token = principal_var.set(principal)
                try:
                    return behavior(request, context)
                finally:
                    principal_var.reset(token)
            return _streaming(behavior, request, context, principal)

        return wrap_handler(handler, run)


def _streaming(behavior: Any, request: Any, context: Any, principal: Any) -> Any:
    token = principal_var.set(principal)
    try:
        yield from behavior(request, context)
    finally:
        principal_var.reset(token)


def _bearer(value: str) -> str:
    scheme, _, token = value.partition(" ")
    if not value:
        raise Unauthenticated("missing bearer token (metadata 'authorization: Bearer <token>')")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("authorization metadata must be 'Bearer <token>'")
    return token.strip()
