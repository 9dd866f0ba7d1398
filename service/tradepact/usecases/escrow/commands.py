"""Escrow commands and query inputs: plain frozen dataclasses the servicer fills from requests."""

from __future__ import annotations

from dataclasses import dataclass, field

from tradepact.domain.escrow.machine import OrderState
from tradepact.domain.escrow.milestones import EvidenceItem
from tradepact.domain.terms import TradeTerms


@dataclass(frozen=True)
class ContractSnapshot:
    """A final contract version as the contracts layer hands it over: what an order freezes."""

    contract_id: str
    version: int
    terms_fingerprint: str
    terms: TradeTerms
    total_minor: int
    currency: str
    buyer_party_id: str
    seller_party_id: str


@dataclass(frozen=True)
class CreateOrder:
    """Make an escrow order from a contract version (platform, admin)."""

    contract: ContractSnapshot
    idempotency_key: str


@dataclass(frozen=True)
class RecordFunding:
    """The buyer's payment arrived in escrow (platform).

    `currency`, when given, must be the order's: callers holding a Money need not read the
    order first to check it.
    """

    order_id: str
    milestone_id: str
    amount_minor: int
    payment_reference: str
    idempotency_key: str
    # Left out of the request fingerprint while empty, so keys recorded before it existed
    # still replay.
    currency: str = field(default="", metadata={"fingerprint": "when set"})


@dataclass(frozen=True)
class SubmitEvidence:
    """The seller adds documents to a milestone (seller party)."""

    order_id: str
    milestone_id: str
    evidence: tuple[EvidenceItem, ...]
    idempotency_key: str


@dataclass(frozen=True)
class RequestRelease:
    """The seller asks for payout, optionally adding the evidence in the same call."""

    order_id: str
    milestone_id: str
    idempotency_key: str
    evidence: tuple[EvidenceItem, ...] = ()
    # The seller's note to the reviewers; out of the fingerprint while empty, so keys
    # recorded before it was kept still replay.
    note: str = field(default="", metadata={"fingerprint": "when set"})


@dataclass(frozen=True)
class ConfirmPayout:
    """A reviewer approves a requested payout.

    `expected_digest` is the approval hash the reviewer saw (the request's `approval_hash`),
    required: if the milestone, amount, beneficiary or evidence changed since, the approval is
    refused. The name stays as it was so that recorded requests keep their fingerprint.
    """

    order_id: str
    milestone_id: str
    idempotency_key: str
    expected_digest: str
    payout_reference: str = ""


@dataclass(frozen=True)
class RejectPayout:
    """A reviewer sends a payout request back, with a reason."""

    order_id: str
    milestone_id: str
    reason: str
    idempotency_key: str


@dataclass(frozen=True)
class OpenDispute:
    """The buyer disputes the order (buyer party)."""

    order_id: str
    reason: str
    idempotency_key: str


@dataclass(frozen=True)
class ResolveDispute:
    """Settle a dispute: release X to the seller and refund Y to the buyer, X + Y = held."""

    order_id: str
    release_minor: int
    refund_minor: int
    idempotency_key: str
    note: str = ""


@dataclass(frozen=True)
class CancelOrder:
    """Cancel an order and refund what it holds (platform, admin)."""

    order_id: str
    reason: str
    idempotency_key: str


@dataclass(frozen=True)
class ListOrders:
    """Which orders to list; `page_token` is the opaque token of the previous page."""

    state: OrderState | None = None
    page_size: int = 50
    page_token: str = ""


__all__ = [
    "CancelOrder",
    "ConfirmPayout",
    "ContractSnapshot",
    "CreateOrder",
    "ListOrders",
    "OpenDispute",
    "RecordFunding",
    "RejectPayout",
    "RequestRelease",
    "ResolveDispute",
    "SubmitEvidence",
]
