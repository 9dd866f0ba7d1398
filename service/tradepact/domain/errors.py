"""The domain's error tree; each error builds its message from its fields.

    TradepactError
    ├── InvalidInput            bad request data       -> INVALID_ARGUMENT (BadRequest field violations)
    ├── NotFound                no such entity         -> NOT_FOUND
    ├── AlreadyExists           duplicate entity       -> ALREADY_EXISTS
    ├── PermissionDenied        principal may not act  -> PERMISSION_DENIED
    ├── Unauthenticated         no/invalid credentials -> UNAUTHENTICATED
    ├── PreconditionFailed      illegal in this state  -> FAILED_PRECONDITION (PreconditionFailure)
    │   └── IllegalTransition   event not allowed in the current state
    ├── Conflict                concurrent change, retry -> ABORTED
    ├── TooLarge                input beyond a limit   -> RESOURCE_EXHAUSTED
    ├── DeadlineExceeded        work beyond its budget -> DEADLINE_EXCEEDED
    └── Unavailable             a backend is down      -> UNAVAILABLE

The mapping to gRPC status codes lives in one table in the gRPC error interceptor.
"""

from __future__ import annotations

from dataclasses import dataclass


class TradepactError(Exception):
    """Base of every error the service raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldViolation:
    """One bad field of a request: its dotted path and what is wrong with it."""

    field: str
    description: str


class InvalidInput(TradepactError):
    """The request's data is wrong; says which fields and why."""

    def __init__(self, violations: list[FieldViolation] | FieldViolation | str,
                 description: str = "") -> None:
        if isinstance(violations, str):
            violations = [FieldViolation(violations, description)]
        elif isinstance(violations, FieldViolation):
            violations = [violations]
        self.violations = list(violations)
        text = "; ".join(f"{v.field}: {v.description}" for v in self.violations)
        super().__init__(f"invalid input: {text}")


class NotFound(TradepactError):
    """No entity of that kind with that id."""

    def __init__(self, kind: str, ident: str) -> None:
        self.kind, self.ident = kind, ident
        super().__init__(f"{kind} {ident!r} not found")


class AlreadyExists(TradepactError):
    """An entity with that id exists already.

    `field`, when the duplicate is a request field's value, names it (the status then
    carries it as a field violation), and `detail` says what it already belongs to.
    """

    def __init__(self, kind: str, ident: str, *, field: str = "", detail: str = "") -> None:
        self.kind, self.ident, self.field, self.detail = kind, ident, field, detail
        super().__init__(f"{kind} {ident!r} already exists" + (f": {detail}" if detail else ""))


class Unauthenticated(TradepactError):
    """The caller did not prove who it is."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"unauthenticated: {reason}")


class PermissionDenied(TradepactError):
    """The caller is known but may not do this."""

    def __init__(self, principal: str, action: str, reason: str = "") -> None:
        self.principal, self.action, self.reason = principal, action, reason
        tail = f": {reason}" if reason else ""
        super().__init__(f"{principal} may not {action}{tail}")


@dataclass(frozen=True)
class PreconditionViolation:
    """One unmet precondition: a type (e.g. "STATE", "GAP"), its subject and description."""

    type: str
    subject: str
    description: str


class PreconditionFailed(TradepactError):
    """The request is well-formed but not allowed in the current state of things."""

    def __init__(self, violations: list[PreconditionViolation] | PreconditionViolation,
                 message: str | None = None) -> None:
        if isinstance(violations, PreconditionViolation):
            violations = [violations]
        self.violations = list(violations)
        super().__init__(message or "; ".join(
            f"{v.subject}: {v.description}" for v in self.violations))


class IllegalTransition(PreconditionFailed):
    """A state machine was asked for an event its current state does not allow."""

    def __init__(self, machine: str, subject: str, event: str, state: str) -> None:
        self.machine, self.event, self.state = machine, event, state
        super().__init__(
            PreconditionViolation("STATE", subject, f"can't {event} when {machine} is {state}"),
            f"can't {event} when {machine} {subject} is {state}",
        )


class Conflict(TradepactError):
    """A concurrent change got there first; retrying may succeed."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"conflict: {what}")


class DuplicateRecord(Conflict):
    """A unique constraint refused a write: another request already wrote that record.

    Retryable like any Conflict; a use case that knows which record it was explains it
    (record_funding: the payment reference already funded the order, AlreadyExists).
    """


class TooLarge(TradepactError):
    """An input is beyond a configured limit."""

    def __init__(self, what: str, limit: int | str, actual: int | str | None = None) -> None:
        self.what, self.limit, self.actual = what, limit, actual
        got = f" (got {actual})" if actual is not None else ""
        super().__init__(f"{what} exceeds the limit of {limit}{got}")


class DeadlineExceeded(TradepactError):
    """Work took longer than its budget."""

    def __init__(self, what: str, seconds: float) -> None:
        self.what, self.seconds = what, seconds
        super().__init__(f"{what} did not finish within {seconds:g} s")


class Unavailable(TradepactError):
    """A backend the request needs is not reachable now."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"unavailable: {what}")


__all__ = [
    "AlreadyExists",
    "Conflict",
    "DeadlineExceeded",
    "DuplicateRecord",
    "FieldViolation",
    "IllegalTransition",
    "InvalidInput",
    "NotFound",
    "PermissionDenied",
    "PreconditionFailed",
    "PreconditionViolation",
    "TooLarge",
    "TradepactError",
    "Unauthenticated",
    "Unavailable",
]
