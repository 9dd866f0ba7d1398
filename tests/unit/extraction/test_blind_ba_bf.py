"""Prices, counts, names, payment, lead times and modes read from blind sets ba to bf; each case
with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_bound_on_a_spec_leaves_the_price_after_it_a_unit_price():
    terms = chat((B, "镀锌钢管 200吨，CFR吉达"), (S, "您好，热镀锌管DN50*3.5 6米，锌层≥200g/㎡，CFR吉达 780美元/吨"),
                 (B, "可以"))
    assert prices(terms) == [Decimal("780")]
    terms = chat((B, "galvanized coil 100 tons"), (S, "zinc coating >= 120g, tensile >350mpa, CFR Jeddah USD 815/ton"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("815")]
    # trap: a bound on the count is still a tier, its price no unit price
    terms = chat((B, "galvanized coil 100 tons"), (S, "≥ 500 tons USD 780/ton"), (B, "ok"))
    assert prices(terms) == [None]


def test_what_one_container_holds_is_no_order():
    terms = chat((B, "镀锌钢管 200吨，CFR吉达"), (S, "CFR吉达 780美元/吨"), (B, "可以"),
                 (S, "20GP，一个柜装25吨，一共8个柜"), (B, "好的"))
    assert quantities(terms) == [Decimal("200")]
    # trap: the tons ordered are still the order
    terms = chat((B, "镀锌钢管，CFR吉达"), (S, "CFR吉达 780美元/吨"), (B, "可以，要25吨，一个柜"), (S, "好的"))
    assert quantities(terms) == [Decimal("25")]
