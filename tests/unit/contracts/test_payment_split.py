"""The payment schedule in the contract is exactly what the escrow will enforce."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradepact.domain.contract import contract_total_minor, installment_amounts, split_amount
from tradepact.domain.errors import InvalidInput, PreconditionFailed
from tradepact.domain.terms import Installment, LineItem, TradeTerms


@st.composite
def shares(draw):
    """Whole-percent or two-decimal shares that add up to exactly 100."""
    cuts = sorted(draw(st.sets(st.integers(1, 9999), max_size=6)))
    points = [0, *cuts, 10000]
    return [Decimal(b - a) / 100 for a, b in zip(points, points[1:], strict=False)]


@given(total=st.integers(0, 10**12), percents=shares())
def test_installments_always_sum_to_the_contract_total(total, percents):
    amounts = split_amount(total, percents)
    assert sum(amounts) == total
    assert len(amounts) == len(percents)
    assert all(a >= 0 for a in amounts)


@given(total=st.integers(0, 10**12), percents=shares())
def test_every_installment_but_the_last_is_its_share_rounded_down(total, percents):
    amounts = split_amount(total, percents)
    for amount, percent in zip(amounts[:-1], percents[:-1], strict=True):
        exact = Decimal(total) * percent / 100
        assert amount <= exact < amount + 1


def test_the_rounding_remainder_goes_to_the_last_installment():
    # 1,000.01 split 30/70: 300.003 -> 300.00, and the last takes the odd cent.
    assert split_amount(100001, [Decimal(30), Decimal(70)]) == [30000, 70001]
    # A third each of 100.00: 33.33 + 33.33 + 33.34.
    third = Decimal(100) / 3
    assert split_amount(10000, [third.quantize(Decimal("0.01")), Decimal("33.33"),
                                Decimal("33.34")]) == [3333, 3333, 3334]


@pytest.mark.parametrize("percents", [[Decimal(30), Decimal(60)], [Decimal(50), Decimal(51)],
                                      [Decimal(0), Decimal(100)], []])
def test_a_schedule_that_is_not_exactly_100_percent_is_refused(percents):
    with pytest.raises(InvalidInput):
        split_amount(1000, percents)


def test_the_contract_total_is_the_sum_of_the_rounded_line_totals():
    terms = TradeTerms(line_items=[
        LineItem(description="a", quantity=Decimal(3), unit_price=Decimal("0.335"),
                 currency="USD"),  # 1.005 -> 1.01
        LineItem(description="b", quantity=Decimal(1000), unit_price=Decimal("3.45"),
                 currency="USD"),
    ])
    assert contract_total_minor(terms) == (101 + 345000, "USD")


def test_a_total_cannot_be_computed_without_prices_and_says_which_line():
    terms = TradeTerms(line_items=[LineItem(description="a", quantity=Decimal(3),
                                            currency="USD")])
    with pytest.raises(PreconditionFailed) as err:
        contract_total_minor(terms)
    assert [v.subject for v in err.value.violations] == ["line_items[0].unit_price"]


def test_installment_amounts_follow_the_schedule_order():
    terms = TradeTerms(payment={"installments": [Installment(percent=Decimal(30)),
                                                 Installment(percent=Decimal(70))]})
    assert installment_amounts(terms, 1915000) == [574500, 1340500]


def test_a_schedule_mixing_percent_and_fixed_amounts_is_refused_not_guessed():
    terms = TradeTerms(payment={"installments": [Installment(percent=Decimal(30)),
                                                 Installment(fixed_amount_minor=500)]})
    with pytest.raises(InvalidInput):
        installment_amounts(terms, 1000)
