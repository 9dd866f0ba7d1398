"""Prices, counts and terms read from blind sets fe to fj; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_the_most_a_named_container_takes_after_the_count_is_no_counter():
    terms = chat((B, "750mm PVC traffic cones, orange. Qty 3000 pcs. Pls quote FOB Xiamen"),
                 (S, "750mm PVC cone = USD 3.85/pc FOB Xiamen. 3000pcs fits in one 40HQ, max is abt 3100pcs"),
                 (B, "ok price is fine"))
    assert (quantities(terms), prices(terms)) == ([Decimal("3000")], [Decimal("3.85")])
    # trap: a seller's new count with no container said is still a counter
    terms = chat((B, "traffic cones, 3000 pcs"), (S, "USD 3.85/pc, MOQ ok. we can do max 2500pcs this month"),
                 (B, "ok 2500pcs then"))
    assert quantities(terms) == [Decimal("2500")]


def test_a_model_code_said_beside_the_goods_names_them_when_the_seller_quotes_by_the_code():
    terms = chat((B, "direct drive lockstitch sewing machine, model like your JK-9800D, 220V. qty 240 sets. FOB Ningbo"),
                 (S, "JK-9800D complete set USD 172/set FOB Ningbo."), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("240")], [Decimal("172")])
    # trap: the code names the goods it was said beside, not the other goods counted
    terms = chat((B, "overlock machine 100 sets; direct drive lockstitch sewing machine, model like your JK-9800D, "
                     "240 sets"), (S, "overlock USD 150/set. JK-9800D complete set USD 172/set"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("100"), Decimal("240")], [Decimal("150"), Decimal("172")])


def test_ordering_through_a_platform_names_no_goods():
    terms = chat((B, "round knife cloth cutting machine with 110mm blade, 30 pcs. price in AUD pls. "
                     "we order through Alibaba Trade Assurance"),
                 (S, "round knife RC-110 AUD 96 per pc FCA Shenzhen."), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("30")], [Decimal("96")])
    # trap: goods ordered are still named
    terms = chat((B, "we order round knife cutters, 30 pcs"), (S, "AUD 96 per pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("30")]


def test_counts_said_in_a_colour_make_one_line_at_one_price():
    terms = chat((B, "flatbed coverstitch machine 3 needle 5 thread, we want 60 in white and 40 in the grey colour"),
                 (S, "flatbed coverstitch TN-562 USD 305 per set for both colours, FOB Shanghai"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("100")], [Decimal("305")])
    # trap: with no one price for the colours, no sum
    terms = chat((B, "coverstitch machine, we want 60 in white and 40 in grey"), (S, "white USD 305, grey USD 315"),
                 (B, "ok"))
    assert Decimal("100") not in quantities(terms)
