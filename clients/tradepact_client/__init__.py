"""tradepact's Python SDK: a typed gRPC client, its error types, and a fake for users' tests."""

from ._methods import DEFAULT_TIMEOUT
from ._retry import RetryPolicy
from .client import TradepactClient
from .errors import (
    Aborted,
    AlreadyExists,
    Cancelled,
    ChecksumMismatch,
    DeadlineExceeded,
    FailedPrecondition,
    FieldViolation,
    Internal,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    PreconditionViolation,
    ResourceExhausted,
    TradepactError,
    Unauthenticated,
    Unavailable,
    Unimplemented,
)
from .fake import Call, FakeTradepactClient, NotScripted

__all__ = [
    "Aborted",
    "AlreadyExists",
    "Call",
    "Cancelled",
    "ChecksumMismatch",
    "DEFAULT_TIMEOUT",
    "DeadlineExceeded",
    "FailedPrecondition",
    "FakeTradepactClient",
    "FieldViolation",
    "Internal",
    "InvalidArgument",
    "NotFound",
    "NotScripted",
    "PermissionDenied",
    "PreconditionViolation",
    "ResourceExhausted",
    "RetryPolicy",
    "TradepactClient",
    "TradepactError",
    "Unauthenticated",
    "Unavailable",
    "Unimplemented",
]
