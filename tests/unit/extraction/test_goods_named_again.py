"""Goods named again in other words later in the chat are the same line item, not new ones;
each case with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities

_SHOCKS = (S, "Front shock absorber USD 21.50/set\nRear shock absorber USD 18.70/set\n"
              "Strut mount USD 6.40/set")


def test_a_leading_word_names_the_one_goods_it_opens():
    terms = chat(_SHOCKS, (B, "ok. 300 sets front, 300 sets rear, 200 sets strut mount"))
    assert quantities(terms) == [Decimal(300), Decimal(300), Decimal(200)]
    assert prices(terms) == [Decimal("21.50"), Decimal("18.70"), Decimal("6.40")]


def test_a_leading_word_two_goods_open_names_neither():
    terms = chat((S, "bath towels USD 3.10/pc, bath mats USD 4.20/pc"), (B, "ok, 500 pcs bath"))
    assert quantities(terms)[:2] == [None, None]  # "bath" stays goods of its own


def test_goods_listed_together_stay_apart_though_one_name_opens_the_other():
    terms = chat((B, "repeat order: MCB 1P 16A C curve - 10,000 pcs, MCB 2P 32A - 4,000 pcs"),
                 (S, "ok"))
    assert quantities(terms) == [Decimal(10000), Decimal(4000)]
