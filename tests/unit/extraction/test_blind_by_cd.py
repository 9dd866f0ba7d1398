"""Prices, counts and lines read from blind sets by to cd; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_goods_priced_under_another_name_are_the_goods_counted():
    # the buyer counts, the seller prices the same goods in another order and in his own words
    terms = chat((B, "Need: front wiper blades 22in 5000 pcs, rear wiper arms 2000 pcs, washer pumps 1500 pcs"),
                 (S, "FOB Ningbo: washer pump 12V USD 2.10, rear arm assembly USD 1.35, wiper blade frameless USD 0.88"),
                 (B, "ok, confirmed"))
    assert quantities(terms) == [Decimal("5000"), Decimal("2000"), Decimal("1500")]
    assert prices(terms) == [Decimal("0.88"), Decimal("1.35"), Decimal("2.10")]
    assert len(terms.line_items) == 3
    # one goods quoted fewer than counted: the others pair, the unquoted one stays unpriced
    terms = chat((B, "搅拌桶 300个，搅拌杆 500根，刮刀 800把"), (S, "不锈钢刮刀 6.5元/把，加厚搅拌桶 38元/个"), (B, "可以"))
    assert quantities(terms) == [Decimal("300"), Decimal("500"), Decimal("800")]
    assert prices(terms) == [Decimal("38"), None, Decimal("6.5")]


def test_goods_priced_under_a_name_sharing_no_word_stay_apart():
    # trap: no word shared, so which goods the price is of is not said
    terms = chat((B, "door stoppers 3000 pcs"), (S, "hinge set USD 1.20"), (B, "ok"))
    assert quantities(terms)[0] == Decimal("3000") and prices(terms)[0] is None
