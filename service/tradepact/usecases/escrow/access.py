"""Who may see and do what with an escrow order.

Visibility: platform, admin and reviewer principals see every order; a buyer or seller sees only
orders where one of their party ids is the order's buyer or seller. Any other order answers
NotFound, exactly like an id that does not exist, so parties cannot probe for other parties'
orders. Someone who can see an order but lacks the role for an action gets PermissionDenied.
"""

from __future__ import annotations

from tradepact.domain.errors import NotFound, PermissionDenied
from tradepact.domain.escrow.model import Order
from tradepact.domain.principal import Principal, Role

from .inputs import check_order_id
from .ports import EscrowTx

STAFF = frozenset({Role.PLATFORM, Role.ADMIN, Role.REVIEWER})


def sees_all(principal: Principal) -> bool:
    """Platform, admin and reviewers see every order."""
    return bool(principal.roles & STAFF)


def can_see(principal: Principal, order: Order) -> bool:
    """True when the principal may read the order."""
    return sees_all(principal) or bool(principal.party_ids() & set(order.parties))


def load_visible(tx: EscrowTx, principal: Principal, order_id: str, *, lock: bool) -> Order:
    """The order, or NotFound when it does not exist or the principal may not see it."""
    check_order_id(order_id)
    order = tx.load_order(order_id, lock=lock)
    if order is None or not can_see(principal, order):
        raise NotFound("order", order_id)
    return order


def require_role(principal: Principal, action: str, *roles: Role) -> None:
    """PermissionDenied unless the principal has one of `roles`."""
    if not any(principal.has(r) for r in roles):
        names = " or ".join(str(r) for r in roles)
        raise PermissionDenied(principal.subject, action, f"needs the {names} role")


def require_seller(principal: Principal, order: Order, action: str) -> None:
    """PermissionDenied unless the principal acts for the order's seller."""
    if order.seller_party_id not in principal.party_ids(Role.SELLER):
        raise PermissionDenied(principal.subject, action, "only the order's seller may")


def require_buyer(principal: Principal, order: Order, action: str) -> None:
    """PermissionDenied unless the principal acts for the order's buyer."""
    if order.buyer_party_id not in principal.party_ids(Role.BUYER):
        raise PermissionDenied(principal.subject, action, "only the order's buyer may")


def require_not_party(principal: Principal, order: Order, action: str) -> None:
    """PermissionDenied when the principal is the order's buyer or seller.

    Whoever decides where an order's money goes (a dispute's split, a cancellation's refund)
    must not be one of the two sides, whatever other roles they hold: admin included.
    """
    if principal.party_ids() & set(order.parties):
        raise PermissionDenied(principal.subject, action, "nobody decides an order's money "
                               "where they are its buyer or seller")


def require_resolver(principal: Principal, order: Order) -> None:
    """Admins and reviewers resolve disputes, never on an order where they are a party."""
    require_not_party(principal, order, "resolve disputes")
    if not (principal.has(Role.ADMIN) or principal.has(Role.REVIEWER)):
        raise PermissionDenied(principal.subject, "resolve disputes",
                               "needs admin, or a reviewer who is not a party to the order")


__all__ = [
    "STAFF",
    "can_see",
    "load_visible",
    "require_buyer",
    "require_not_party",
    "require_resolver",
    "require_role",
    "require_seller",
    "sees_all",
]
