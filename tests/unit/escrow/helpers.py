"""Builders for escrow unit tests: an order whose single milestone sits in a chosen state."""

from __future__ import annotations

import itertools

from tradepact.domain.escrow.machine import MilestoneState, order_state
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.escrow.model import Milestone, Order
from tradepact.domain.principal import Principal
from tradepact.domain.terms import PaymentTrigger

AT = "2026-01-01T00:00:00.000000+00:00"
_ids = itertools.count()

REVIEWER = Principal.from_role_strings("rev-1", ["reviewer"])
REVIEWER_2 = Principal.from_role_strings("rev-2", ["reviewer"])
BL = EvidenceItem(type=EvidenceType.BILL_OF_LADING, document_ref="BL-1", file_sha256="ab" * 32)


def new_id() -> str:
    return f"id-{next(_ids)}"


def order_with(state: MilestoneState, amount: int = 10_000) -> Order:
    """One milestone of `amount` USD cents in `state`, with money consistent with the state."""
    funded = 0 if state is MilestoneState.PENDING else amount
    m = Milestone(id="m1", order_id="o1", index=0, label="Balance", amount_minor=amount,
                  currency="USD", trigger=PaymentTrigger.AGAINST_BL_COPY,
                  release_condition=EvidenceType.BILL_OF_LADING, state=state,
                  funded_minor=funded,
                  released_minor=amount if state is MilestoneState.RELEASED else 0,
                  refunded_minor=amount if state is MilestoneState.REFUNDED else 0,
                  evidence=[BL] if state is not MilestoneState.PENDING else [],
                  release_requested_by="seller-user"
                  if state is MilestoneState.RELEASE_REQUESTED else None)
    return Order(id="o1", contract_id="c1", contract_version=1, terms_fingerprint="f" * 64,
                 total_minor=amount, currency="USD", buyer_party_id="buyer-co",
                 seller_party_id="seller-co", created_by="platform", created_at=AT,
                 updated_at=AT, state=order_state([state]), milestones=[m])
