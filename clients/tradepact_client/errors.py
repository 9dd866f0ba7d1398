"""The SDK's error types, mapped once from `grpc.RpcError` (with google.rpc rich details).

Every failed call raises a subclass of `TradepactError`; catch the family you care about::

    TradepactError                  code, message, request_id, field_violations, ...
     ├── InvalidArgument            INVALID_ARGUMENT, OUT_OF_RANGE (see .field_violations)
     ├── NotFound                   NOT_FOUND
     ├── AlreadyExists              ALREADY_EXISTS
     ├── PermissionDenied           PERMISSION_DENIED
     ├── Unauthenticated            UNAUTHENTICATED
     ├── FailedPrecondition         FAILED_PRECONDITION (see .precondition_violations)
     ├── Aborted                    ABORTED (a conflict; safe to retry with the same key)
     ├── ResourceExhausted          RESOURCE_EXHAUSTED (message too large, rate limits)
     ├── DeadlineExceeded           DEADLINE_EXCEEDED
     ├── Unavailable                UNAVAILABLE (server down or unreachable)
     ├── Cancelled                  CANCELLED
     ├── Unimplemented              UNIMPLEMENTED
     ├── Internal                   INTERNAL, UNKNOWN, DATA_LOSS
     └── ChecksumMismatch           raised by the SDK itself: downloaded bytes do not match
                                    the SHA-256 or size the server announced

`from_rpc_error` is the one place a `grpc.RpcError` becomes one of these; the client raises
`from_rpc_error(exc) from exc` so the original gRPC error stays on `__cause__`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldViolation:
    """One bad field of a request: its dotted path and what is wrong with it."""

    field: str
    description: str


@dataclass(frozen=True)
class PreconditionViolation:
    """One state that forbids the call (e.g. type "STATE", subject "milestone m1")."""

    type: str
    subject: str
    description: str


class TradepactError(Exception):
    """A failed tradepact call: status code, message, request id and structured details."""

    default_code: grpc.StatusCode = grpc.StatusCode.UNKNOWN

    def __init__(self, message: str, *, code: grpc.StatusCode | None = None,
                 request_id: str = "", reason: str = "",
                 field_violations: tuple[FieldViolation, ...] = (),
                 precondition_violations: tuple[PreconditionViolation, ...] = (),
                 retry_delay: float | None = None) -> None:
        self.code = code or self.default_code
        self.message = message
        self.request_id = request_id
        self.reason = reason
        self.field_violations = tuple(field_violations)
        self.precondition_violations = tuple(precondition_violations)
        self.retry_delay = retry_delay
        super().__init__(self._text())

    def _text(self) -> str:
        text = f"{self.code.name}: {self.message}"
        if self.field_violations:
            text += " [" + "; ".join(f"{v.field}: {v.description}"
                                     for v in self.field_violations) + "]"
        if self.precondition_violations:
            text += " [" + "; ".join(f"{v.subject}: {v.description}"
                                     for v in self.precondition_violations) + "]"
        if self.request_id and self.request_id not in self.message:
            text += f" (request id {self.request_id})"
        return text


class InvalidArgument(TradepactError):
    """The request is malformed; `field_violations` says which fields and why."""

    default_code = grpc.StatusCode.INVALID_ARGUMENT


class NotFound(TradepactError):
    """The named contract, order or milestone does not exist."""

    default_code = grpc.StatusCode.NOT_FOUND


class AlreadyExists(TradepactError):
    """The thing to create exists already."""

    default_code = grpc.StatusCode.ALREADY_EXISTS


class PermissionDenied(TradepactError):
    """The caller's roles do not allow this call on this resource."""

    default_code = grpc.StatusCode.PERMISSION_DENIED


class Unauthenticated(TradepactError):
    """No token, or a token that is invalid or expired."""

    default_code = grpc.StatusCode.UNAUTHENTICATED


class FailedPrecondition(TradepactError):
    """The resource's state forbids the call; `precondition_violations` says which state."""

    default_code = grpc.StatusCode.FAILED_PRECONDITION


class Aborted(TradepactError):
    """A concurrent change or a request with the same idempotency key still in flight."""

    default_code = grpc.StatusCode.ABORTED


class ResourceExhausted(TradepactError):
    """Too large or too many: a message over the size limit, a quota."""

    default_code = grpc.StatusCode.RESOURCE_EXHAUSTED


class DeadlineExceeded(TradepactError):
    """The call did not finish within its deadline."""

    default_code = grpc.StatusCode.DEADLINE_EXCEEDED


class Unavailable(TradepactError):
    """The server could not be reached or is shutting down."""

    default_code = grpc.StatusCode.UNAVAILABLE


class Cancelled(TradepactError):
    """The call was cancelled."""

    default_code = grpc.StatusCode.CANCELLED


class Unimplemented(TradepactError):
    """The server does not implement this RPC (yet)."""

    default_code = grpc.StatusCode.UNIMPLEMENTED


class Internal(TradepactError):
    """The server failed unexpectedly; quote `request_id` when reporting it."""

    default_code = grpc.StatusCode.INTERNAL


class ChecksumMismatch(TradepactError):
    """A downloaded file's SHA-256 or size differs from what the server announced."""

    default_code = grpc.StatusCode.DATA_LOSS


#: Status code -> error type; the one table the client maps through.
ERROR_TYPES: dict[grpc.StatusCode, type[TradepactError]] = {
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArgument,
    grpc.StatusCode.OUT_OF_RANGE: InvalidArgument,
    grpc.StatusCode.NOT_FOUND: NotFound,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExists,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDenied,
    grpc.StatusCode.UNAUTHENTICATED: Unauthenticated,
    grpc.StatusCode.FAILED_PRECONDITION: FailedPrecondition,
    grpc.StatusCode.ABORTED: Aborted,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhausted,
    grpc.StatusCode.DEADLINE_EXCEEDED: DeadlineExceeded,
    grpc.StatusCode.UNAVAILABLE: Unavailable,
    grpc.StatusCode.CANCELLED: Cancelled,
    grpc.StatusCode.UNIMPLEMENTED: Unimplemented,
    grpc.StatusCode.INTERNAL: Internal,
    grpc.StatusCode.UNKNOWN: Internal,
    grpc.StatusCode.DATA_LOSS: Internal,
}


def from_rpc_error(exc: grpc.RpcError, request_id: str = "") -> TradepactError:
    """The SDK error for a failed call, with rich details when the server sent them.

    `request_id` is what the client sent; the server's RequestInfo detail wins when present.
    """
    code = _call(exc, "code") or grpc.StatusCode.UNKNOWN
    message = _call(exc, "details") or code.name
    found: dict[str, Any] = {"field_violations": [], "precondition_violations": []}
    try:
        status = rpc_status.from_call(exc)  # type: ignore[arg-type]
    except (ValueError, AttributeError, TypeError):
        status = None  # mismatching or unreadable details: keep code and message
    for detail in status.details if status is not None else ():
        _read_detail(detail, found)
    kind = ERROR_TYPES.get(code, TradepactError)
    return kind(message, code=code, request_id=found.get("request_id") or request_id,
                reason=found.get("reason", ""),
                field_violations=tuple(found["field_violations"]),
                precondition_violations=tuple(found["precondition_violations"]),
                retry_delay=found.get("retry_delay"))


def _call(exc: Any, name: str) -> Any:
    fn = getattr(exc, name, None)
    return fn() if callable(fn) else None


def _read_detail(detail: Any, found: dict[str, Any]) -> None:
    if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
        msg = error_details_pb2.BadRequest()
        detail.Unpack(msg)
        found["field_violations"] += [FieldViolation(v.field, v.description)
                                      for v in msg.field_violations]
    elif detail.Is(error_details_pb2.PreconditionFailure.DESCRIPTOR):
        pf = error_details_pb2.PreconditionFailure()
        detail.Unpack(pf)
        found["precondition_violations"] += [
            PreconditionViolation(v.type, v.subject, v.description) for v in pf.violations]
    elif detail.Is(error_details_pb2.RequestInfo.DESCRIPTOR):
        info = error_details_pb2.RequestInfo()
        detail.Unpack(info)
        found["request_id"] = info.request_id
    elif detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
        ei = error_details_pb2.ErrorInfo()
        detail.Unpack(ei)
        found["reason"] = ei.reason
    elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
        ri = error_details_pb2.RetryInfo()
        detail.Unpack(ri)
        if ri.HasField("retry_delay"):
            found["retry_delay"] = ri.retry_delay.ToTimedelta().total_seconds()
    else:
        log.debug("ignoring error detail %s", detail.type_url)


__all__ = [
    "ERROR_TYPES",
    "Aborted",
    "AlreadyExists",
    "Cancelled",
    "ChecksumMismatch",
    "DeadlineExceeded",
    "FailedPrecondition",
    "FieldViolation",
    "Internal",
    "InvalidArgument",
    "NotFound",
    "PermissionDenied",
    "PreconditionViolation",
    "ResourceExhausted",
    "TradepactError",
    "Unauthenticated",
    "Unavailable",
    "Unimplemented",
    "from_rpc_error",
]
