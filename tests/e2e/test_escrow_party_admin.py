"""An admin who is also the order's buyer or seller decides nothing about that order's money."""

from __future__ import annotations

import grpc
import pytest

from tests.support.escrow_flow import BUYER_PARTY, SELLER_PARTY, client, key, new_order
from tests.support.server_process import token
from tradepact.v1 import common_pb2
from tradepact_client import PermissionDenied, TradepactClient


def _admin_of(address: str, party_role: str) -> TradepactClient:
    party = f"buyer:{BUYER_PARTY}" if party_role == "buyer" else f"seller:{SELLER_PARTY}"
    return TradepactClient(address, token=token(f"admin-{party_role}", "admin", party),
                           timeout=30)


def _disputed(address: str):
    order = new_order(address)
    m = order.milestones[0]
    with client(address, "platform") as c:
        c.record_funding(idempotency_key=key(), order_id=order.order_id,
                         milestone_id=m.milestone_id, amount=m.amount, payment_reference="BANK-1")
    with client(address, "buyer") as c:
        c.open_dispute(idempotency_key=key(), order_id=order.order_id, reason="goods late")
    return order, m


@pytest.mark.parametrize("side", ["buyer", "seller"])
def test_an_admin_who_is_a_party_cannot_resolve_the_dispute(server, side):
    # Before, the admin check returned before the party check: an admin who was the buyer
    # could refund themselves everything, one who was the seller could pay themselves.
    order, m = _disputed(server.address)
    held = common_pb2.Money(currency_code=m.amount.currency_code,
                            minor_units=m.amount.minor_units)
    zero = common_pb2.Money(currency_code=m.amount.currency_code, minor_units=0)
    split = ({"refund_to_buyer": held, "release_to_seller": zero} if side == "buyer"
             else {"release_to_seller": held, "refund_to_buyer": zero})
    with _admin_of(server.address, side) as insider, pytest.raises(PermissionDenied) as err:
        insider.resolve_dispute(idempotency_key=key(), order_id=order.order_id, **split)
    assert err.value.code is grpc.StatusCode.PERMISSION_DENIED
    assert "buyer or seller" in err.value.message
    with client(server.address, "admin") as root:
        ledger = root.get_ledger(order_id=order.order_id)
        assert ledger.held.minor_units == m.amount.minor_units  # nothing moved
        assert ledger.released.minor_units == ledger.refunded.minor_units == 0
        # An admin who is neither side still can.
        root.resolve_dispute(idempotency_key=key(), order_id=order.order_id, **split)
        assert root.get_ledger(order_id=order.order_id).held.minor_units == 0


def test_an_admin_who_is_the_buyer_cannot_cancel_and_refund_themselves(server):
    order = new_order(server.address)
    m = order.milestones[0]
    with client(server.address, "platform") as c:
        c.record_funding(idempotency_key=key(), order_id=order.order_id,
                         milestone_id=m.milestone_id, amount=m.amount, payment_reference="BANK-2")
    with _admin_of(server.address, "buyer") as insider, pytest.raises(PermissionDenied):
        insider.cancel_order(idempotency_key=key(), order_id=order.order_id, reason="mine")
    with client(server.address, "admin") as root:
        ledger = root.get_ledger(order_id=order.order_id)
    assert ledger.held.minor_units == m.amount.minor_units and ledger.refunded.minor_units == 0
