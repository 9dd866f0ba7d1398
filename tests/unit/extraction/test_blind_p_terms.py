"""Terms from blind set p: only its two ungrounded values were read, after it was measured once
untouched (figures only; they are in the README). q stays untouched."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_price_spoken_in_chinese_numerals_is_grounded_in_its_quote():
    # chat() fails when the grounding verifier drops a value: "四块二" is 4.2, not 4 and 2
    terms = chat((B, "玻璃保鲜盒三千套"), (S, "三千套的话四块二一套"), (B, "好的，四块二"))
    assert prices(terms) == [Decimal("4.2")]
    terms = chat((S, "45L透明的十八块五一个"), (B, "好的"))
    assert prices(terms) == [Decimal("18.5")]
    assert quantities(terms) in ([None], [])  # eighteen yuan, not eighteen pieces
    # a whole amount in numerals stays whole
    terms = chat((S, "二十三块一个"), (B, "好的"))
    assert prices(terms) == [Decimal(23)]
