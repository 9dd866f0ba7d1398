"""Per-write ledger checks from running totals refuse exactly what the full-ledger check refuses."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradepact.domain.escrow.ledger import (
    LedgerEntry,
    LedgerInvariantError,
    MilestoneMoney,
    Movement,
    check_invariants,
    check_write,
    milestone_totals,
    movement,
)

_ids = itertools.count()
AMOUNTS = {"m1": 100, "m2": 50}
NONE = {"m1": MilestoneMoney(), "m2": MilestoneMoney()}


def mv(kind: Movement, amount: int, mid: str = "m1", order: str = "o1") -> list[LedgerEntry]:
    return movement(kind, f"mv{next(_ids)}", order, mid, amount, "USD")


def after(before: dict, entries: list[LedgerEntry]) -> dict:
    moved = milestone_totals(entries)
    return {mid: MilestoneMoney(b.funded + moved.get(mid, MilestoneMoney()).funded,
                                b.released + moved.get(mid, MilestoneMoney()).released,
                                b.refunded + moved.get(mid, MilestoneMoney()).refunded)
            for mid, b in before.items()}


def test_a_funding_that_the_rows_record_passes():
    entries = mv(Movement.FUND, 60)
    check_write("o1", entries, AMOUNTS, NONE, after(NONE, entries))


def test_rows_that_claim_more_than_the_entries_moved_are_refused():
    entries = mv(Movement.FUND, 60)
    claimed = {**after(NONE, entries), "m1": MilestoneMoney(61, 0, 0)}
    with pytest.raises(LedgerInvariantError, match="row says"):
        check_write("o1", entries, AMOUNTS, NONE, claimed)


def test_a_release_beyond_what_is_held_is_refused():
    held = {**NONE, "m1": MilestoneMoney(100, 60, 0)}
    entries = mv(Movement.RELEASE, 41)
    with pytest.raises(LedgerInvariantError, match="funded|negative"):
        check_write("o1", entries, AMOUNTS, held, after(held, entries))


def test_funding_beyond_the_milestone_amount_is_refused():
    entries = mv(Movement.FUND, 101)
    with pytest.raises(LedgerInvariantError, match="amount"):
        check_write("o1", entries, AMOUNTS, NONE, after(NONE, entries))


def test_an_unbalanced_movement_is_refused():
    debit, credit = mv(Movement.FUND, 60)
    entries = [debit, dataclasses.replace(credit, amount_minor=-59)]
    with pytest.raises(LedgerInvariantError, match="sums to"):
        check_write("o1", entries, AMOUNTS, NONE, after(NONE, entries))


def test_a_movement_posted_to_the_wrong_accounts_is_refused():
    debit, credit = mv(Movement.RELEASE, 10)
    entries = [debit, dataclasses.replace(credit, account=debit.account, amount_minor=-10)]
    held = {**NONE, "m1": MilestoneMoney(100, 0, 0)}
    with pytest.raises(LedgerInvariantError, match="not one debit"):
        check_write("o1", entries, AMOUNTS, held, after(held, entries))


def test_entries_for_another_order_or_an_unknown_milestone_are_refused():
    with pytest.raises(LedgerInvariantError, match="for order o2"):
        entries = mv(Movement.FUND, 10, order="o2")
        check_write("o1", entries, AMOUNTS, NONE, after(NONE, entries))
    with pytest.raises(LedgerInvariantError, match="unknown milestone"):
        check_write("o1", mv(Movement.FUND, 10, mid="m9"), AMOUNTS, NONE, NONE)


@st.composite
def histories(draw):
    """A sequence of movements on two milestones, some of them impossible."""
    steps = draw(st.lists(st.tuples(st.sampled_from(list(Movement)), st.sampled_from(["m1", "m2"]),
                                    st.integers(1, 120)), min_size=1, max_size=12))
    return [mv(kind, amount, mid) for kind, mid, amount in steps]


@settings(max_examples=300, deadline=None)
@given(histories())
def test_step_by_step_checks_agree_with_checking_the_whole_ledger(steps):
    ledger: list[LedgerEntry] = []
    before = dict(NONE)
    for entries in steps:
        rows = after(before, entries)
        try:
            check_invariants(ledger + entries, AMOUNTS, rows)
            whole_ok = True
        except LedgerInvariantError:
            whole_ok = False
        try:
            check_write("o1", entries, AMOUNTS, before, rows)
            step_ok = True
        except LedgerInvariantError:
            step_ok = False
        assert step_ok == whole_ok
        if step_ok:  # a refused write is rolled back: the books stay as they were
            ledger += entries
            before = rows
