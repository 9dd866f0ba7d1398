"""When a failed call may be tried again, and how long to wait: bounded exponential backoff."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import grpc


@dataclass(frozen=True)
class RetryPolicy:
    """Retry only what cannot double-apply.

    UNAVAILABLE is retried for every call: reads change nothing, and every mutating call
    carries an idempotency key, so the server answers a replay with the original response.
    ABORTED (a conflict, or the same key still in flight) is retried only for calls that
    carry an idempotency key. Nothing else is retried. Waits use "full jitter": a random
    time between 0 and min(max_backoff, initial_backoff * multiplier ** (attempt - 1)).
    """

    max_attempts: int = 3
    initial_backoff: float = 0.1
    max_backoff: float = 2.0
    multiplier: float = 2.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.initial_backoff < 0 or self.max_backoff < 0 or self.multiplier < 1:
            raise ValueError("backoff times must be >= 0 and the multiplier >= 1")

    def retryable(self, code: grpc.StatusCode | None, *, idempotent: bool) -> bool:
        """True when a call that failed with `code` is safe to send again."""
        if code == grpc.StatusCode.UNAVAILABLE:
            return True
        return code == grpc.StatusCode.ABORTED and idempotent

    def should_retry(self, code: grpc.StatusCode | None, attempt: int, *,
                     idempotent: bool) -> bool:
        """True when attempt number `attempt` (from 1) failed and another one is allowed."""
        return attempt < self.max_attempts and self.retryable(code, idempotent=idempotent)

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number `attempt` (from 1)."""
        ceiling = min(self.max_backoff,
                      self.initial_backoff * self.multiplier ** max(0, attempt - 1))
        return self.rng.uniform(0, ceiling)


__all__ = ["RetryPolicy"]
