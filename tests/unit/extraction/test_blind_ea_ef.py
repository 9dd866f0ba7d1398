"""Prices, counts and terms read from blind sets ea to ef; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices


def test_a_courier_to_a_place_in_latin_letters_costs_the_parcel():
    terms = chat((B, "hi, wall door stops, two thousand pieces"), (S, "两个颜色同价 CAD 0.95/pc. 寄 UPS express 可以吗?"),
                 (B, "shipping cost?"), (S, "UPS 到 Vancouver CAD 160, 路上 5-7 days"), (B, "deal"))
    assert (prices(terms), terms.currency.code) == ([Decimal("0.95")], "CAD")
    # trap: a price per piece delivered by the courier is the goods' price
    terms = chat((B, "door stops, 2000 pcs"), (S, "CAD 0.95/pc"), (S, "UPS 到 Vancouver CAD 1.10/pc"), (B, "deal"))
    assert prices(terms) == [Decimal("1.10")]
