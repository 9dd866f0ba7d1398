"""Every escrow RPC x every role on a real order, including party reviewers and self-approval.

`True` means the call goes through (the gate and the use case's party checks both allow it);
`False` means PERMISSION_DENIED, or NOT_FOUND where the caller may not even see the order.
"""

from __future__ import annotations

import pytest

from tests.support.escrow_flow import ROLES, client, key, new_order
from tradepact.v1 import common_pb2, escrow_pb2
from tradepact_client import NotFound, PermissionDenied

ALL = list(ROLES)
#             platform seller buyer reviewer reviewer2 admin other_s other_b party_reviewer
MATRIX = {
    "record_funding":    "P",
    "submit_evidence":   "S",
    "request_release":   "S",
    "confirm_payout":    "R",
    "reject_payout":     "R",
    "open_dispute":      "B",
    "resolve_dispute":   "RA",
    "cancel_order":      "PA",
    "get_order":         "PSBRA",
    "get_ledger":        "PSBRA",
    "list_review_queue": "RA",
    "verify_audit":      "PRA",
}
CODE = {"platform": "P", "seller": "S", "buyer": "B", "reviewer": "R", "reviewer2": "R",
        "admin": "A", "other_seller": "-", "other_buyer": "-", "party_reviewer": "X"}


def _expected(rpc: str, role: str) -> bool:
    code = CODE[role]
    if code == "X":  # a reviewer who is also the order's seller
        return rpc in ("submit_evidence", "request_release", "get_order", "get_ledger",
                       "list_review_queue", "verify_audit")
    return code in MATRIX[rpc]


def _prepare(address: str, rpc: str) -> tuple[escrow_pb2.Order, dict]:
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
        "confirm_payout": dict(milestone_id=m.milestone_id, approval_hash=m.approval_hash),
        "reject_payout": dict(milestone_id=m.milestone_id, reason="blurry scan"),
        "open_dispute": dict(reason="late"),
        "resolve_dispute": dict(release_to_seller=zero, refund_to_buyer=zero),
        "cancel_order": dict(reason="buyer withdrew"),
    }.get(rpc, {})
    return order, args


@pytest.mark.parametrize("rpc", list(MATRIX))
def test_escrow_rpc_by_role(server, rpc):
    outcomes = {}
    for role in ALL:
        order, args = _prepare(server.address, rpc)
        with client(server.address, role) as c:
            call = getattr(c, rpc)
            try:
                if rpc == "list_review_queue":
                    call()
                elif rpc == "verify_audit":
                    call(order_id=order.order_id)
                elif rpc in ("get_order", "get_ledger"):
                    call(order_id=order.order_id)
                else:
                    call(idempotency_key=key(), order_id=order.order_id, **args)
                outcomes[role] = True
            except (PermissionDenied, NotFound):
                outcomes[role] = False
    assert outcomes == {role: _expected(rpc, role) for role in ALL}
