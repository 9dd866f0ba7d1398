"""Every escrow RPC x every role on a real order, including party reviewers and self-approval.

`True` means the call goes through (the gate and the use case's party checks both allow it);
`False` means PERMISSION_DENIED, or NOT_FOUND where the caller may not even see the order.
ListOrders answers everyone the gate lets in, so there `True` means the order is listed.

Besides the shared roles (tests.support.escrow_flow.ROLES) three reviewers sit on a side:
`seller_reviewer` is the seller's own subject holding the reviewer role next to the seller's,
and it makes the release request it is then asked to approve (self-approval and a party);
`requester_as_reviewer` is the same subject with the reviewer role alone, so only the rule
against approving one's own request stands in its way; `buyer_reviewer` reviews for the buyer.
"""

from __future__ import annotations

import pytest

from tests.support.escrow_flow import (
    BUYER_PARTY,
    ROLES,
    SELLER_PARTY,
    final_contract,
    key,
    new_order,
)
from tests.support.server_process import token
from tradepact.v1 import common_pb2, escrow_pb2
from tradepact_client import NotFound, PermissionDenied, TradepactClient

SELLER_SUBJECT = ROLES["seller"][0]
SIDE_REVIEWERS = {
    "seller_reviewer": (SELLER_SUBJECT, ["reviewer", f"seller:{SELLER_PARTY}"]),
    "requester_as_reviewer": (SELLER_SUBJECT, ["reviewer"]),
    "buyer_reviewer": ("tom-reviews", ["reviewer", f"buyer:{BUYER_PARTY}"]),
}
EVERY_ROLE = {**ROLES, **SIDE_REVIEWERS}
ALL = list(EVERY_ROLE)
#  P platform, S the order's seller, B its buyer, R reviewer (not a party), A admin
MATRIX = {
    "create_order":      "PA",
    "record_funding":    "P",
    "submit_evidence":   "S",
    "request_release":   "S",
    "confirm_payout":    "R",
    "reject_payout":     "R",
    "open_dispute":      "B",
    "resolve_dispute":   "RA",
    "cancel_order":      "PA",
    "get_order":         "PSBRA",
    "list_orders":       "PSBRA",
    "watch_order":       "PSBRA",
    "get_ledger":        "PSBRA",
    "list_review_queue": "RA",
    "verify_audit":      "PRA",
}
CODE = {"platform": "P", "seller": "S", "buyer": "B", "reviewer": "R", "reviewer2": "R",
        "admin": "A", "other_seller": "-", "other_buyer": "-", "party_reviewer": "X",
        "seller_reviewer": "X", "requester_as_reviewer": "Q", "buyer_reviewer": "Y"}
READS = ("get_order", "list_orders", "watch_order", "get_ledger", "list_review_queue",
         "verify_audit")


def client(address: str, role: str) -> TradepactClient:
    subject, roles = EVERY_ROLE[role]
    return TradepactClient(address, token=token(subject, *roles), timeout=30)


def _expected(rpc: str, role: str) -> bool:
    code = CODE[role]
    if code == "X":  # a reviewer who is also the order's seller: acts as the seller, reads
        return rpc in ("submit_evidence", "request_release", *READS)
    if code == "Y":  # a reviewer who is also the order's buyer
        return rpc in ("open_dispute", *READS)
    if code == "Q":  # a reviewer, but the subject that requested the release
        return "R" in MATRIX[rpc] and rpc != "confirm_payout"
    return code in MATRIX[rpc]


def _requester(role: str) -> str:
    """Who asks for the release: the seller-reviewer itself, so that it then self-approves."""
    return role if role == "seller_reviewer" else "seller"


def _prepare(address: str, rpc: str, role: str) -> tuple[escrow_pb2.Order, dict]:
    """An order in the state the call needs, and the call's arguments."""
    if rpc == "create_order":
        return escrow_pb2.Order(), dict(contract_id=final_contract(address))
    order = new_order(address)
    m = order.milestones[0]
    if rpc in ("submit_evidence", "request_release", "confirm_payout", "reject_payout"):
        with client(address, "platform") as c:
            c.record_funding(idempotency_key=key(), order_id=order.order_id,
                             milestone_id=m.milestone_id, amount=m.amount, payment_reference="P")
        with client(address, "seller") as c:
            c.submit_evidence(idempotency_key=key(), order_id=order.order_id,
                              milestone_id=m.milestone_id, evidence=escrow_pb2.EvidenceDocument(
                                  type=m.required_evidence, document_reference="D"))
    if rpc in ("confirm_payout", "reject_payout"):
        with client(address, _requester(role)) as c:
            m = c.request_release(idempotency_key=key(), order_id=order.order_id,
                                  milestone_id=m.milestone_id).order.milestones[0]
    if rpc == "resolve_dispute":
        with client(address, "buyer") as c:
            c.open_dispute(idempotency_key=key(), order_id=order.order_id, reason="late")
    zero = common_pb2.Money(currency_code=order.total.currency_code, minor_units=0)
    args = {
        "record_funding": dict(milestone_id=m.milestone_id, amount=m.amount,
                               payment_reference="P"),
        "submit_evidence": dict(milestone_id=m.milestone_id, evidence=escrow_pb2.EvidenceDocument(
            type=escrow_pb2.EVIDENCE_TYPE_OTHER, document_reference="extra")),
        "request_release": dict(milestone_id=m.milestone_id),
        # the hash the order showed after the request: the approval is of exactly that
        "confirm_payout": dict(milestone_id=m.milestone_id, approval_hash=m.approval_hash),
        "reject_payout": dict(milestone_id=m.milestone_id, reason="blurry scan"),
        "open_dispute": dict(reason="late"),
        "resolve_dispute": dict(release_to_seller=zero, refund_to_buyer=zero),
        "cancel_order": dict(reason="buyer withdrew"),
    }.get(rpc, {})
    return order, args


def _call(c: TradepactClient, rpc: str, order: escrow_pb2.Order, args: dict) -> bool:
    """Make the call; True when it went through (ListOrders: when it lists the order)."""
    call = getattr(c, rpc)
    if rpc == "list_review_queue":
        call()
    elif rpc == "list_orders":
        listed = call(page_size=500).orders  # newest first: the order is on the first page
        return order.order_id in {o.order_id for o in listed}
    elif rpc == "watch_order":
        stream = call(order_id=order.order_id, timeout=10)
        try:
            assert next(iter(stream)).event.sequence == 1  # the order's creation
        finally:
            stream.close()  # the server frees the stream's slot at once
    elif rpc in ("get_order", "get_ledger", "verify_audit"):
        call(order_id=order.order_id)
    elif rpc == "create_order":
        created = call(idempotency_key=key(), **args).order
        assert created.contract_id == args["contract_id"]
    else:
        call(idempotency_key=key(), order_id=order.order_id, **args)
    return True


@pytest.mark.parametrize("rpc", list(MATRIX))
def test_escrow_rpc_by_role(server, rpc):
    outcomes = {}
    for role in ALL:
        order, args = _prepare(server.address, rpc, role)
        with client(server.address, role) as c:
            try:
                outcomes[role] = _call(c, rpc, order, args)
            except (PermissionDenied, NotFound):
                outcomes[role] = False
    assert outcomes == {role: _expected(rpc, role) for role in ALL}


def test_the_matrix_covers_every_escrow_rpc():
    rpcs = {m.name for m in escrow_pb2.DESCRIPTOR.services_by_name["EscrowService"].methods}
    snake = {"".join(f"_{ch.lower()}" if ch.isupper() else ch for ch in name).lstrip("_")
             for name in rpcs}
    assert snake == set(MATRIX)


@pytest.mark.parametrize(("role", "why"), [
    ("seller_reviewer", "where they are a party"),  # its own request, and the seller's side
    ("requester_as_reviewer", "their own release request"),
    ("party_reviewer", "where they are a party"),
    ("buyer_reviewer", "where they are a party"),
])
def test_self_approval_and_party_reviewers_are_refused_and_record_nothing(server, role, why):
    order, args = _prepare(server.address, "confirm_payout", role)
    requested = order.order_id
    with client(server.address, role) as c, pytest.raises(PermissionDenied) as denied:
        c.confirm_payout(idempotency_key=key(), order_id=requested, **args)
    assert why in str(denied.value), denied.value
    with client(server.address, "reviewer") as alice:
        m = alice.get_order(order_id=requested).order.milestones[0]
        assert m.release_requested_by == SELLER_SUBJECT and not m.approvals
        # an outside reviewer approves the same hash: the refusal changed nothing
        assert alice.confirm_payout(idempotency_key=key(), order_id=requested, **args).released
