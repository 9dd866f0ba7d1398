"""Drive a real server through the SDK: a final contract, an order, funded milestones."""

from __future__ import annotations

import uuid

from tests.support.samples import sample_options, sample_parties, sample_terms
from tests.support.server_process import token
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb
from tradepact.v1 import common_pb2, escrow_pb2
from tradepact_client import TradepactClient

SELLER_PARTY = sample_parties().seller.party_id
BUYER_PARTY = sample_parties().buyer.party_id

ROLES = {
    "platform": ("platform-svc", ["platform"]),
    "seller": ("lily", [f"seller:{SELLER_PARTY}"]),
    "buyer": ("tom", [f"buyer:{BUYER_PARTY}"]),
    "reviewer": ("alice", ["reviewer"]),
    "reviewer2": ("bob", ["reviewer"]),
    "admin": ("root", ["admin"]),
    "other_seller": ("mallory", ["seller:someone-else"]),
    "other_buyer": ("eve", ["buyer:someone-else"]),
    "party_reviewer": ("lily-reviews", ["reviewer", f"seller:{SELLER_PARTY}"]),
}


def client(address: str, role: str, **kw) -> TradepactClient:
    """An SDK client acting as one of ROLES."""
    subject, roles = ROLES[role]
    return TradepactClient(address, token=token(subject, *roles), timeout=30, **kw)


def key() -> str:
    return uuid.uuid4().hex


def money(order: escrow_pb2.Order, minor: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code=order.total.currency_code, minor_units=minor)


def final_contract(address: str) -> str:
    """The id of a new final contract from the template's sample terms (no order yet)."""
    with client(address, "platform") as c:
        return c.draft_contract(
            idempotency_key=key(), terms=terms_to_pb(sample_terms()),
            parties=parties_to_pb(sample_parties()),
            options=options_to_pb(sample_options(), "standard"), final=True).version.contract_id


def new_order(address: str) -> escrow_pb2.Order:
    """A final contract from the template's sample terms, and its escrow order."""
    contract_id = final_contract(address)
    with client(address, "platform") as c:
        return c.create_order(idempotency_key=key(), contract_id=contract_id).order


def fund_and_request(address: str, order: escrow_pb2.Order, index: int, note: str = "") -> escrow_pb2.Order:
    """Fund milestone `index` fully, evidence it and request its release (with the seller's note)."""
    m = order.milestones[index]
    with client(address, "platform") as c:
        c.record_funding(idempotency_key=key(), order_id=order.order_id,
                         milestone_id=m.milestone_id, amount=m.amount,
                         payment_reference=f"PAY-{index}")
    with client(address, "seller") as c:
        c.submit_evidence(idempotency_key=key(), order_id=order.order_id,
                          milestone_id=m.milestone_id, evidence=escrow_pb2.EvidenceDocument(
                              type=m.required_evidence, document_reference=f"DOC-{index}",
                              file_sha256="ab" * 32))
        return c.request_release(idempotency_key=key(), order_id=order.order_id,
                                 milestone_id=m.milestone_id, note=note).order
