"""Prices, counts and terms read from blind sets es to ex; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_reorder_of_a_count_of_goods_opening_a_sentence_is_the_order():
    terms = chat((B, "hi Sandy, reorder 60 LPR cameras for the carpark. AUD 310/unit DDU Sydney"), (S, "confirmed"))
    assert quantities(terms) == [Decimal("60")]
    terms = chat((B, "Hello Peter, repeat order 200 face recognition terminals, same price USD 145?"), (S, "yes"))
    assert quantities(terms) == [Decimal("200")]
    # trap: a reorder of a handful of quotes or samples counts no goods
    terms = chat((B, "hi, reorder 3 samples please, USD 40 each"), (S, "ok"))
    assert quantities(terms) == [None]


def test_the_chinese_name_of_cfr_is_no_freight_and_goods_before_it_no_place():
    terms = chat((B, "你好，翼闸24台，成本加运费杰贝阿里，报价"), (S, "翼闸成本加运费杰贝阿里每台850美金，一个40HQ整柜"),
                 (B, "好的"))
    assert (terms.incoterm.named_place, quantities(terms), prices(terms)) == ("杰贝阿里", [Decimal("24")], [Decimal("850")])
    # trap: the freight said on its own is still no price of the goods
    terms = chat((B, "翼闸24台，离岸价宁波每台850美金"), (S, "运费每台50美金"), (B, "好的"))
    assert prices(terms) == [Decimal("850")]
