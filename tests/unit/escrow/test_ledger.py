"""The double-entry ledger: balanced movements, and invariants that refuse impossible books."""

from __future__ import annotations

import pytest

from tradepact.domain.escrow.ledger import (
    Account,
    LedgerInvariantError,
    MilestoneMoney,
    Movement,
    balances,
    check_invariants,
    movement,
)


def mv(kind: Movement, amount: int, mid: str = "m1", n: list[int] = [0]) -> list:  # noqa: B006
    n[0] += 1
    return movement(kind, f"mv{n[0]}", "o1", mid, amount, "USD")


def test_fund_release_refund_balance_and_move_money_where_expected():
    entries = mv(Movement.FUND, 100) + mv(Movement.RELEASE, 60) + mv(Movement.REFUND, 40)
    check_invariants(entries, {"m1": 100}, {"m1": MilestoneMoney(100, 60, 40)})
    b = balances(entries)
    assert sum(e.amount_minor for e in entries) == 0
    assert b[("o1", Account.BUYER_FUNDING)] == 100
    assert b[("o1", Account.ESCROW_HELD)] == 0
    assert b[("o1", Account.SELLER_PAYABLE)] == 60
    assert b[("o1", Account.BUYER_REFUND)] == 40


def test_releasing_more_than_funded_is_refused():
    entries = mv(Movement.FUND, 100) + mv(Movement.RELEASE, 101)
    with pytest.raises(LedgerInvariantError, match="negative|funded"):
        check_invariants(entries, {"m1": 100})


def test_double_release_is_refused():
    entries = mv(Movement.FUND, 100) + mv(Movement.RELEASE, 100) + mv(Movement.RELEASE, 100)
    with pytest.raises(LedgerInvariantError):
        check_invariants(entries, {"m1": 100})


def test_funding_beyond_the_milestone_amount_is_refused():
    with pytest.raises(LedgerInvariantError, match="amount 100"):
        check_invariants(mv(Movement.FUND, 101), {"m1": 100})


def test_unbalanced_entry_is_refused():
    entries = mv(Movement.FUND, 100)
    with pytest.raises(LedgerInvariantError, match="sum"):
        check_invariants(entries[:1], {"m1": 100})


def test_row_totals_must_agree_with_the_ledger():
    with pytest.raises(LedgerInvariantError, match="row says"):
        check_invariants(mv(Movement.FUND, 100), {"m1": 100}, {"m1": MilestoneMoney(90, 0, 0)})


def test_zero_or_negative_movements_do_not_exist():
    with pytest.raises(LedgerInvariantError):
        movement(Movement.FUND, "x", "o1", "m1", 0, "USD")
