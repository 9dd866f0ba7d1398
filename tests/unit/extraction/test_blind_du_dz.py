"""Prices, counts and terms read from blind sets du to dz; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, prices


def test_mini_names_goods_though_it_holds_the_word_for_you():
    terms = chat((B, "迷你电脑600台；无线键盘500套。"), (S, "迷你电脑每台1350元；无线键盘每套28元"), (B, "可以"))
    assert items(terms) == [("迷你电脑", Decimal("600"), Decimal("1350")), ("无线键盘", Decimal("500"), Decimal("28"))]
    # trap: "你" alone is talk, no goods
    terms = chat((B, "你们600台；无线键盘500套。"), (S, "无线键盘每套28元"), (B, "可以"))
    assert [d for d, _, _ in items(terms)] == ["无线键盘"]


def test_a_chinese_name_opening_a_part_with_its_specs_before_the_count():
    terms = chat((B, "您好，Ryzen 7 5825U迷你主机 16G+512G，带WiFi6，六百台；另外配无线键鼠套装六百套。到岸价巴生港，报马币"),
                 (S, "黄总好，到岸价巴生港：迷你主机每台1,350马币，含Win11专业版；无线键鼠套装每套28马币"), (B, "可以接受。"))
    assert items(terms) == [("迷你主机", Decimal("600"), Decimal("1350")), ("无线键鼠套装", Decimal("600"), Decimal("28"))]
    # trap: a Chinese name glossed in English is named by its English words
    terms = chat((B, "Hi, 路亚套装 lure kit 100pcs in tackle box, 600 sets; 软饵 soft plastic worms 10cm, 20000pcs"),
                 (S, "lure kit box USD 5.60/set; 软虫 10cm USD 6.50 per 100pcs. FOB Weihai"), (B, "ok both ok"))
    assert "路亚套装" not in [d for d, _, _ in items(terms)] and Decimal("5.60") in prices(terms)
