"""Prices, counts and lines read from blind sets bm to br; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_goods_named_with_a_counted_size_are_that_size_not_a_line_of_their_own():
    terms = chat((B, "Hi, two centrifugal pumps: 7.5kW 40 units, 15kW 20 units. CFR Jebel Ali please"),
                 (S, "CFR Jebel Ali:\n7.5kW end suction pump USD 395/unit\n15kW end suction pump USD 700/unit"),
                 (B, "7.5kW 385, 15kW 690"), (S, "ok agreed 385 & 690"))
    assert quantities(terms) == [Decimal("40"), Decimal("20")]
    assert prices(terms) == [Decimal("385"), Decimal("690")]
    # trap: other goods priced beside the counted sizes, naming none of them, are a line
    terms = chat((B, "centrifugal pumps: 7.5kW 40 units, 15kW 20 units, and a spare mechanical seal kit"),
                 (S, "7.5kW USD 395, 15kW USD 700, seal kit USD 18"), (B, "ok"))
    assert prices(terms) == [Decimal("395"), Decimal("700"), Decimal("18")]
