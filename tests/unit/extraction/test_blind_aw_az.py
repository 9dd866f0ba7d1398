"""Prices, counts and names read from blind sets aw, ax, ay and az; each case with the trap that
keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, prices, quantities


def test_a_buyers_list_of_goods_with_bare_counts_counts_each():
    terms = chat((B, "hi, we need 18/0 stainless dinner fork and dinner knife. fork 6000, knife 4000. C&F Durban"),
                 (S, "dinner fork USD 0.42, dinner knife USD 0.55, C&F Durban"), (B, "ok confirmed"))
    assert quantities(terms) == [Decimal("6000"), Decimal("4000")]
    assert prices(terms) == [Decimal("0.42"), Decimal("0.55")]
    # names opening with their sizes, priced later under shorter names with the same sizes
    terms = chat((B, "we need the Aria range in porcelain: 27cm dinner plate 3000, 21cm salad plate 2500, "
                     "16cm bowl 2000. CFR Rotterdam pls"),
                 (S, "Aria CFR Rotterdam:\n27cm plate USD 2.35\n21cm plate USD 1.62\n16cm bowl USD 1.48"),
                 (B, "ok"))
    assert items(terms) == [("27cm dinner plate", Decimal("3000"), Decimal("2.35")),
                            ("21cm salad plate", Decimal("2500"), Decimal("1.62")),
                            ("16cm bowl", Decimal("2000"), Decimal("1.48"))]
    # trap: a seller's figures after names are prices, not counts
    terms = chat((B, "need sofa and armchair, 2 containers"), (S, "we make sofa and armchair. sofa 180, armchair 950"))
    assert not any(quantities(terms))
    # trap: one-word names never named before in the message are colours or variants, not goods
    terms = chat((B, "tote bag 2000 pcs. walnut 1000, olive 1000"), (S, "USD 1.20/pc FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]
