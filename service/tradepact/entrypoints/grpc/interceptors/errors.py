"""Map the domain error tree to gRPC status codes with google.rpc rich details, in one table."""

from __future__ import annotations

import collections
import logging
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from tradepact.domain import errors as e

from .._handlers import Undecodable, wrap_handler
from ..context import request_id_var
from ._per_method import PerMethod

log = logging.getLogger(__name__)

#: Most specific first; the first isinstance match wins.
STATUS_TABLE: list[tuple[type[e.TradepactError], grpc.StatusCode]] = [
    (e.InvalidInput, grpc.StatusCode.INVALID_ARGUMENT),
    (e.NotFound, grpc.StatusCode.NOT_FOUND),
    (e.AlreadyExists, grpc.StatusCode.ALREADY_EXISTS),
    (e.Unauthenticated, grpc.StatusCode.UNAUTHENTICATED),
    (e.PermissionDenied, grpc.StatusCode.PERMISSION_DENIED),
    (e.PreconditionFailed, grpc.StatusCode.FAILED_PRECONDITION),
    (e.Conflict, grpc.StatusCode.ABORTED),
    (e.TooLarge, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (e.DeadlineExceeded, grpc.StatusCode.DEADLINE_EXCEEDED),
    (e.Unavailable, grpc.StatusCode.UNAVAILABLE),
]

DOMAIN = "tradepact.io"


def status_code_for(exc: e.TradepactError) -> grpc.StatusCode:
    """The status code of a domain error (INTERNAL for an unmapped subclass)."""
    for kind, code in STATUS_TABLE:
        if isinstance(exc, kind):
            return code
    return grpc.StatusCode.INTERNAL


#: The words some domain messages start with that only restate the status code; the status
#: message drops them, or callers would see "UNAUTHENTICATED: unauthenticated: ...". (In the
#: process, e.g. `--local` runs and logs, the domain message keeps them: there is no code.)
_CODE_ECHOES: dict[grpc.StatusCode, str] = {
    grpc.StatusCode.UNAUTHENTICATED: "unauthenticated: ",
    grpc.StatusCode.UNAVAILABLE: "unavailable: ",
    grpc.StatusCode.INVALID_ARGUMENT: "invalid input: ",
}


def status_message(exc: e.TradepactError, code: grpc.StatusCode) -> str:
    """The status message of a domain error: its message without words that echo `code`."""
    echo = _CODE_ECHOES.get(code)
    return exc.message.removeprefix(echo) if echo else exc.message


def _pack(msg: Any) -> any_pb2.Any:
    out = any_pb2.Any()
    out.Pack(msg)
    return out


def to_status(exc: e.TradepactError, request_id: str) -> status_pb2.Status:
    """A google.rpc.Status with details for a domain error."""
    code = status_code_for(exc)
    details = [_pack(error_details_pb2.ErrorInfo(
        reason=type(exc).__name__.upper(), domain=DOMAIN))]
    if isinstance(exc, e.InvalidInput):
        details.append(_pack(error_details_pb2.BadRequest(field_violations=[
            error_details_pb2.BadRequest.FieldViolation(field=v.field, description=v.description)
            for v in exc.violations])))
    elif isinstance(exc, e.AlreadyExists) and exc.field:
        details.append(_pack(error_details_pb2.BadRequest(field_violations=[
            error_details_pb2.BadRequest.FieldViolation(
                field=exc.field, description=exc.message)])))
    elif isinstance(exc, e.PreconditionFailed):
        details.append(_pack(error_details_pb2.PreconditionFailure(violations=[
            error_details_pb2.PreconditionFailure.Violation(
                type=v.type, subject=v.subject, description=v.description)
            for v in exc.violations])))
    elif isinstance(exc, e.Conflict):
        details.append(_pack(error_details_pb2.RetryInfo()))
    details.append(_pack(error_details_pb2.RequestInfo(request_id=request_id)))
    return status_pb2.Status(code=code.value[0], message=status_message(exc, code),
                             details=details)


def internal_status(request_id: str) -> status_pb2.Status:
    """What a caller sees for an unexpected exception: no traceback, just the request id."""
    return status_pb2.Status(
        code=code_pb2.INTERNAL,
        message=f"internal error (request id {request_id})",
        details=[_pack(error_details_pb2.RequestInfo(request_id=request_id))],
    )


class ErrorInterceptor(grpc.ServerInterceptor):
    """Turns raised domain errors into statuses; anything else is logged and becomes INTERNAL."""

    def __init__(self) -> None:
        self._handlers = PerMethod(
            lambda _method, handler: wrap_handler(handler, _run, tolerant_requests=True))

    def intercept_service(self, continuation: Any, details: grpc.HandlerCallDetails) -> Any:
        return self._handlers.get(details.method, continuation(details))


def _run(behavior: Any, request: Any, context: grpc.ServicerContext, streams: bool) -> Any:
    if streams:
        return _streaming(behavior, request, context)
    try:
        _check_decoded(request)
        return behavior(request, context)
    except Exception as exc:  # noqa: BLE001 - this is the one place that maps them
        _abort(context, exc)


def _check_decoded(request: Any) -> None:
    if isinstance(request, Undecodable):
        raise e.InvalidInput("request", "the message could not be parsed (strings must be "
                             f"valid UTF-8): {type(request.error).__name__}")


def _streaming(behavior: Any, request: Any, context: Any) -> Any:
    try:
        _check_decoded(request)
        yield from behavior(request, context)
    except Exception as exc:  # noqa: BLE001
        _abort(context, exc)


def _abort(context: grpc.ServicerContext, exc: Exception) -> None:
    rid = request_id_var.get()
    if isinstance(exc, e.TradepactError):
        status = to_status(exc, rid)
        if status.code == code_pb2.INTERNAL:
            log.error("unmapped domain error %s", type(exc).__name__, exc_info=exc)
    elif _is_grpc_abort(exc):
        raise exc  # context.abort() inside a handler: already a status
    elif isinstance(exc, NotImplementedError):
        status = status_pb2.Status(code=code_pb2.UNIMPLEMENTED,
                                   message="this method is not implemented by this server")
    else:
        log.error("unexpected %s", type(exc).__name__, exc_info=exc)
        status = internal_status(rid)
    base = rpc_status.to_status(status)
    context.abort_with_status(_Status(base.code, base.details,
                                      (*base.trailing_metadata, ("x-request-id", rid))))


class _Status(collections.namedtuple("_Status", ("code", "details", "trailing_metadata")),
              grpc.Status):
    """A status with the rich details and the request id in its trailing metadata."""


def _is_grpc_abort(exc: Exception) -> bool:
    # grpc raises a bare Exception from context.abort(); the context then holds the code.
    return type(exc) is Exception and not exc.args
