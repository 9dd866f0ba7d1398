"""The escrow's double-entry ledger: balanced movements and the invariants checked on every write.

Entries are signed integer minor units: positive debits, negative credits. Every movement is
two entries that sum to zero, so the whole ledger always sums to zero. Accounts are per order:

    BUYER_FUNDING   credit-normal: what the buyer paid in (its balance is -sum)
    ESCROW_HELD     debit-normal:  what the platform holds for the order
    SELLER_PAYABLE  debit-normal:  what was released to the seller
    BUYER_REFUND    debit-normal:  what was returned to the buyer

    fund:    ESCROW_HELD +a / BUYER_FUNDING -a
    release: SELLER_PAYABLE +a / ESCROW_HELD -a
    refund:  BUYER_REFUND +a / ESCROW_HELD -a
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Account(StrEnum):
    """Ledger accounts (each kept per order)."""

    BUYER_FUNDING = "BUYER_FUNDING"
    ESCROW_HELD = "ESCROW_HELD"
    SELLER_PAYABLE = "SELLER_PAYABLE"
    BUYER_REFUND = "BUYER_REFUND"


class Movement(StrEnum):
    """Why money moved."""

    FUND = "FUND"
    RELEASE = "RELEASE"
    REFUND = "REFUND"


_LEGS: dict[Movement, tuple[Account, Account]] = {  # (debit, credit)
    Movement.FUND: (Account.ESCROW_HELD, Account.BUYER_FUNDING),
    Movement.RELEASE: (Account.SELLER_PAYABLE, Account.ESCROW_HELD),
    Movement.REFUND: (Account.BUYER_REFUND, Account.ESCROW_HELD),
}
_CREDIT_NORMAL = frozenset({Account.BUYER_FUNDING})


class LedgerInvariantError(RuntimeError):
    """The ledger would break an invariant: a bug, never a user error; the write is rolled back."""


@dataclass(frozen=True)
class LedgerEntry:
    """One leg of a movement."""

    movement_id: str
    movement: Movement
    order_id: str
    milestone_id: str
    account: Account
    amount_minor: int  # signed: + debit, - credit
    currency: str
    reference: str = ""  # payment reference, payout instruction id, ...


def movement(kind: Movement, movement_id: str, order_id: str, milestone_id: str,
             amount_minor: int, currency: str, reference: str = "") -> list[LedgerEntry]:
    """The two balanced entries of one movement of a positive amount."""
    if amount_minor <= 0:
        raise LedgerInvariantError(f"{kind} of {amount_minor} minor units: amounts must be positive")
    debit, credit = _LEGS[kind]
    common = dict(movement_id=movement_id, movement=kind, order_id=order_id,
                  milestone_id=milestone_id, currency=currency, reference=reference)
    return [LedgerEntry(account=debit, amount_minor=amount_minor, **common),
            LedgerEntry(account=credit, amount_minor=-amount_minor, **common)]


@dataclass(frozen=True)
class MilestoneMoney:
    """Totals for one milestone, as the ledger says."""

    funded: int = 0
    released: int = 0
    refunded: int = 0

    @property
    def held(self) -> int:
        """Still in escrow."""
        return self.funded - self.released - self.refunded


def milestone_totals(entries: Iterable[LedgerEntry]) -> dict[str, MilestoneMoney]:
    """Funded/released/refunded per milestone id, read from the debit legs."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    slot = {Movement.FUND: 0, Movement.RELEASE: 1, Movement.REFUND: 2}
    for e in entries:
        if e.amount_minor > 0:
            acc[e.milestone_id][slot[e.movement]] += e.amount_minor
    return {mid: MilestoneMoney(*v) for mid, v in acc.items()}


def balances(entries: Iterable[LedgerEntry]) -> dict[tuple[str, Account], int]:
    """Balance per (order, account) in the account's normal direction (>= 0 when healthy)."""
    out: dict[tuple[str, Account], int] = defaultdict(int)
    for e in entries:
        sign = -1 if e.account in _CREDIT_NORMAL else 1
        out[(e.order_id, e.account)] += sign * e.amount_minor
    return dict(out)


def check_invariants(entries: Iterable[LedgerEntry], amounts: Mapping[str, int],
                     recorded: Mapping[str, MilestoneMoney] | None = None) -> None:
    """Raise LedgerInvariantError on any broken invariant.

    `amounts` maps milestone id -> its amount; `recorded` (optional) the totals the milestone
    rows carry, which must agree with the ledger. Invariants: each movement and the whole ledger
    sum to zero; no account has a negative balance; per milestone released + refunded <= funded
    <= amount; per order held = funded - released - refunded.
    """
    entries = list(entries)
    problems: list[str] = []
    if (total := sum(e.amount_minor for e in entries)) != 0:
        problems.append(f"entries sum to {total}, not 0")
    per_movement: dict[str, int] = defaultdict(int)
    for e in entries:
        per_movement[e.movement_id] += e.amount_minor
    problems += [f"movement {m} sums to {s}" for m, s in per_movement.items() if s]
    bal = balances(entries)
    problems += [f"{acct} of order {oid} is negative ({b})" for (oid, acct), b in bal.items() if b < 0]
    totals = milestone_totals(entries)
    for mid in set(totals) - set(amounts):
        problems.append(f"entries for unknown milestone {mid}")
    for mid, amount in amounts.items():
        t = totals.get(mid, MilestoneMoney())
        if not (0 <= t.released + t.refunded <= t.funded <= amount):
            problems.append(f"milestone {mid}: released {t.released} + refunded {t.refunded} "
                            f"<= funded {t.funded} <= amount {amount} does not hold")
        if recorded is not None and recorded.get(mid, MilestoneMoney()) != t:
            problems.append(f"milestone {mid}: row says {recorded.get(mid)}, ledger says {t}")
    orders = {e.order_id for e in entries}
    for oid in orders:
        mine = [e for e in entries if e.order_id == oid]
        t = milestone_totals(mine)
        expected = sum(m.held for m in t.values())
        if bal.get((oid, Account.ESCROW_HELD), 0) != expected:
            problems.append(f"order {oid}: held {bal.get((oid, Account.ESCROW_HELD), 0)} != "
                            f"funded - released - refunded = {expected}")
    if problems:
        raise LedgerInvariantError("; ".join(problems))


def check_write(order_id: str, entries: Iterable[LedgerEntry], amounts: Mapping[str, int],
                before: Mapping[str, MilestoneMoney], after: Mapping[str, MilestoneMoney]) -> None:
    """Raise LedgerInvariantError if one write to an order would break an invariant.

    The same invariants as `check_invariants`, proved from running totals instead of the whole
    ledger: `before` are the totals the milestone rows carried when locked (which every earlier
    write proved equal to the ledger), `after` the totals they will carry, `entries` the new
    entries. Each new movement has exactly its two legs and sums to zero (so the ledger still
    sums to zero); before + what the entries move = after for every milestone; after, per
    milestone released + refunded <= funded <= amount; per order no account is negative and
    the ESCROW_HELD balance equals funded - released - refunded.
    """
    entries = list(entries)
    problems: list[str] = []
    legs: dict[str, list[LedgerEntry]] = defaultdict(list)
    for e in entries:
        legs[e.movement_id].append(e)
        if e.order_id != order_id:
            problems.append(f"entry of movement {e.movement_id} is for order {e.order_id}, "
                            f"not {order_id}")
        if e.milestone_id not in amounts:
            problems.append(f"entries for unknown milestone {e.milestone_id}")
    for mid, pair in legs.items():
        debit, credit = _LEGS[pair[0].movement]
        shape = sorted((e.account, e.amount_minor > 0) for e in pair)
        if shape != sorted([(debit, True), (credit, False)]) or len({
                (e.movement, e.milestone_id) for e in pair}) != 1:
            problems.append(f"movement {mid} is not one debit of {debit} and one credit of "
                            f"{credit} on one milestone")
        if (s := sum(e.amount_minor for e in pair)) != 0:
            problems.append(f"movement {mid} sums to {s}")
    moved = milestone_totals(entries)
    held_account = sum(b.held for b in before.values()) + sum(
        e.amount_minor for e in entries if e.account is Account.ESCROW_HELD)
    for mid, amount in amounts.items():
        b, a = before.get(mid, MilestoneMoney()), after.get(mid, MilestoneMoney())
        d = moved.get(mid, MilestoneMoney())
        if (b.funded + d.funded, b.released + d.released, b.refunded + d.refunded) != (
                a.funded, a.released, a.refunded):
            problems.append(f"milestone {mid}: row says {a}, ledger says {b} moved by {d}")
        if not (0 <= a.released + a.refunded <= a.funded <= amount):
            problems.append(f"milestone {mid}: released {a.released} + refunded {a.refunded} "
                            f"<= funded {a.funded} <= amount {amount} does not hold")
    totals = [after.get(mid, MilestoneMoney()) for mid in amounts]
    for account, balance in ((Account.BUYER_FUNDING, sum(t.funded for t in totals)),
                             (Account.SELLER_PAYABLE, sum(t.released for t in totals)),
                             (Account.BUYER_REFUND, sum(t.refunded for t in totals)),
                             (Account.ESCROW_HELD, held_account)):
        if balance < 0:
            problems.append(f"{account} of order {order_id} is negative ({balance})")
    if held_account != (expected := sum(t.held for t in totals)):
        problems.append(f"order {order_id}: held {held_account} != "
                        f"funded - released - refunded = {expected}")
    if problems:
        raise LedgerInvariantError("; ".join(problems))


__all__ = [
    "Account",
    "LedgerEntry",
    "LedgerInvariantError",
    "MilestoneMoney",
    "Movement",
    "balances",
    "check_invariants",
    "check_write",
    "milestone_totals",
    "movement",
]
