"""Who may approve a payout, how many must, and what exactly an approval is bound to.

Rules: only reviewers confirm or reject; amounts at or above a per-currency threshold need two
different reviewers; nobody approves a payout on an order where they are a party, nor their own
release request; a reviewer counts once; an approval counts only while the digest of what it
approved (milestone, amount, beneficiary, evidence) is unchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel

from tradepact.domain.errors import PermissionDenied, PreconditionFailed, PreconditionViolation
from tradepact.domain.principal import Principal, Role

from .milestones import EvidenceItem


class Approval(BaseModel):
    """A reviewer's approval of one payout, bound to the digest it saw."""

    reviewer: str
    digest: str
    at: str = ""  # ISO 8601 UTC


@dataclass(frozen=True)
class ApprovalPolicy:
    """How many reviewers a payout needs: two at or above the currency's threshold."""

    thresholds_minor: Mapping[str, int] = field(default_factory=dict)
    default_threshold_minor: int | None = None  # for currencies without their own; None: never

    def required(self, amount_minor: int, currency: str) -> int:
        """1 or 2 approvals."""
        limit = self.thresholds_minor.get(currency.upper(), self.default_threshold_minor)
        return 2 if limit is not None and amount_minor >= limit else 1


def payout_digest(milestone_id: str, amount_minor: int, currency: str, beneficiary: str,
                  evidence: Iterable[EvidenceItem]) -> str:
    """SHA-256 over the canonical JSON of what a reviewer approves."""
    body = {"milestone_id": milestone_id, "amount_minor": amount_minor, "currency": currency,
            "beneficiary": beneficiary, "evidence": [e.identity() for e in evidence]}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_may_review(principal: Principal, action: str, order_parties: Iterable[str],
                     requested_by: str | None = None) -> None:
    """Raise PermissionDenied unless `principal` may confirm/reject this payout."""
    if not principal.has(Role.REVIEWER):
        raise PermissionDenied(principal.subject, action, "only reviewers confirm or reject payouts")
    if principal.party_ids() & set(order_parties):
        raise PermissionDenied(principal.subject, action, "a reviewer may not act on an order "
                                                          "where they are a party")
    if requested_by is not None and principal.subject == requested_by:
        raise PermissionDenied(principal.subject, action, "nobody approves their own release request")


def counted(approvals: Iterable[Approval], digest: str) -> set[str]:
    """Distinct reviewers whose approval is bound to the current digest."""
    return {a.reviewer for a in approvals if a.digest == digest}


def add_approval(approvals: list[Approval], reviewer: str, digest: str, at: str,
                 milestone_id: str) -> list[Approval]:
    """Approvals with this reviewer's added; the same reviewer cannot count twice."""
    if reviewer in counted(approvals, digest):
        raise PreconditionFailed(PreconditionViolation(
            "APPROVAL", f"milestone {milestone_id}",
            f"{reviewer} already approved this payout; a second, different reviewer is needed"))
    # The reviewer's approval of an older digest is replaced; the audit log keeps the history.
    kept = [a for a in approvals if a.reviewer != reviewer]
    return [*kept, Approval(reviewer=reviewer, digest=digest, at=at)]


__all__ = [
    "Approval",
    "ApprovalPolicy",
    "add_approval",
    "check_may_review",
    "counted",
    "payout_digest",
]
