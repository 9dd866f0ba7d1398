"""Terms from blind set j, each rule with a trap beside it.

Set j was measured untouched at the start of this release (its figures are in the README) and
tuned on after; k stays untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities
from tradepact.domain.normalize import normalize


def test_a_chinese_comma_between_figures_groups_no_thousands():
    terms = chat((B, "300个，走中欧班列到华沙，DAP 华沙 多少钱"), (S, "DAP华沙 铁路 每个 USD 58，300个大概装一个40尺柜"),
                 (B, "价格可以"))
    assert prices(terms) == [Decimal(58)]
    assert quantities(terms) == [Decimal(300)]
    # the evidence still points into the original text, and an ASCII thousands comma stays one
    assert normalize("USD 58，300个").to_original(6, 7) == (6, 7)
    assert quantities(chat((B, "we need 58,300 pcs"), (S, "ok"))) == [Decimal(58300)]


def test_tubes_a_pack_size_and_a_price_per_unit_with_no_currency():
    terms = chat((B, "77速的 出厂价多少一筒？"), (S, "一级鹅毛 出厂价38一筒 12个装"), (B, "我要八百筒 35行不行"),
                 (S, "八百筒给你36 最低了"), (B, "36成交"))
    assert quantities(terms) == [Decimal(800)]
    assert prices(terms) == [Decimal(36)]
    assert terms.line_items[0].total == Decimal(28800)
