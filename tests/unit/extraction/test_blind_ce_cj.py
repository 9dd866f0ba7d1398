"""Prices, counts and terms read from blind sets ce to cj; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_an_area_glued_to_its_unit_names_no_goods():
    # "for 6000sqm" is the area counted: the price is of the grass asked for, on one line
    terms = chat((B, "Need 6,000 sqm of 35mm sports turf, FOB price?"),
                 (S, "USD 4.40/sqm"), (B, "too high"), (S, "Lowest is 4.15 for 6000sqm"), (B, "ok deal"))
    assert quantities(terms) == [Decimal("6000")] and prices(terms) == [Decimal("4.15")]
    # trap: goods named before the area still get it
    terms = chat((B, "blue rubber mats 800m2 please"), (S, "blue rubber mats 800m2 USD 6.20"), (B, "ok"))
    assert prices(terms) == [Decimal("6.20")] and len(terms.line_items) == 1


def test_an_amount_deducted_from_the_balance_is_no_price():
    terms = chat((B, "2000 sqm of the vinyl plank, USD 5.40 ok. Remember the USD 260 for the broken boxes last time"),
                 (S, "Sure, USD 260 we deduct from the balance. 5.40 confirmed"), (B, "good"))
    assert prices(terms) == [Decimal("5.40")]
