"""Prices, counts, names, payment, lead times and modes read from blind sets bg to bl; each case
with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_goods_told_apart_by_tyre_size_codes_are_lines_of_their_own():
    terms = chat((B, "Hello, we need 385/65R22.5 20PR trailer tyres, all-position, 300 pcs, plus 425/65R22.5 20PR "
                     "60 pcs. Price DAP Rotterdam?"),
                 (S, "Hi, DAP Rotterdam:\n385/65R22.5 20PR - EUR 171/pc\n425/65R22.5 20PR - EUR 224/pc"),
                 (B, "OK, 171 and 224"))
    assert quantities(terms) == [Decimal("300"), Decimal("60")]
    assert prices(terms) == [Decimal("171"), Decimal("224")]
    # the code's figures are no price: "R13" is no USD 13
    terms = chat((B, "我们要半钢子午线轮胎：175/70R13、185/65R14，离岸价青岛各多少钱？"),
                 (S, "青岛离岸价：175/70R13 每条16.8美金，185/65R14 每条18.5美金"),
                 (B, "数量：175/70R13 600条，185/65R14 400条"), (S, "好的"))
    assert quantities(terms) == [Decimal("600"), Decimal("400")]
    assert prices(terms) == [Decimal("16.8"), Decimal("18.5")]
    # trap: a width said further back of goods named in words is no size line ("3.5cm" belts)
    terms = chat((B, "genuine leather belts 3.5cm, black, 110cm 600 pcs and 125cm 400 pcs"),
                 (S, "110cm USD 3.20, 125cm USD 3.35"), (B, "ok"))
    assert quantities(terms) == [Decimal("600"), Decimal("400")]


def test_a_count_after_a_material_of_its_dimensions_is_of_those_dimensions():
    terms = chat((B, "要户外防水配电箱 400*500*200 不锈钢的 50台，还有600*800*250的 20台"),
                 (S, "好嘞，304不锈钢 400*500*200 每台560元，600*800*250 每台1080元，都含税"), (B, "行"))
    assert quantities(terms) == [Decimal("50"), Decimal("20")]
    assert prices(terms) == [Decimal("560"), Decimal("1080")]
