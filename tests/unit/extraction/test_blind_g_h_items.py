"""Several goods in one order, from blind sets g and h (both tuned on): each count and price
stays with the goods it was said for."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, prices, quantities


def test_a_name_before_its_brackets_labels_the_count_after_them():
    terms = chat((B, "order for Yangjiang tools:\n1. cutting mats (flexible PP, set of 4) 3000 sets\n"
                     "2. beech rolling pins 2000 pcs\n3. silicone spatulas 5000 pcs\nFOB Guangzhou?"),
                 (S, "FOB Guangzhou: cutting mats USD 1.10/set, rolling pins USD 0.95/pc, silicone spatulas USD 0.48/pc"),
                 (B, "rolling pins 0.9?"), (S, "ok 0.9 可以"), (B, "confirmed all 3, pls send PI"))
    assert quantities(terms) == [Decimal(3000), Decimal(2000), Decimal(5000)]
    assert prices(terms) == [Decimal("1.10"), Decimal("0.9"), Decimal("0.48")]


def test_a_bare_counter_goes_to_the_one_price_it_is_close_to():
    terms = chat((S, "cutting mats USD 1.10/set, rolling pins USD 0.95/pc"), (B, "ok 0.9 for the pins?"),
                 (S, "ok 0.9 可以"))
    assert prices(terms) == [Decimal("1.10"), Decimal("0.9")]
    # a counter as close to two prices belongs to neither
    terms = chat((S, "cutting mats USD 1.00/set, rolling pins USD 0.96/pc"), (B, "0.98?"), (S, "ok 0.98 可以"))
    assert Decimal("0.98") not in prices(terms)


def test_an_unnamed_count_in_a_list_of_goods_is_no_ones():
    terms = chat((B, "kitchen sinks 200 pcs, faucets 300 pcs, and 500 pcs"), (S, "ok"))
    assert sorted(q for q in quantities(terms) if q is not None) == [Decimal(200), Decimal(300)]


def test_chinese_names_with_numbers_and_shelves():
    terms = chat((B, "钢制货架两种：轻型四层的300套，中型四层的120套，双清包税到莫斯科怎么算？"),
                 (S, "双清包税莫斯科，走铁路：轻型四层货架195元/套，中型四层货架450元/套，人民币"),
                 (B, "中型贵了，430行不行"), (S, "430可以，轻型不能再少了"), (B, "可以"))
    assert quantities(terms) == [Decimal(300), Decimal(120)]
    assert prices(terms) == [Decimal(195), Decimal(430)]
    assert [d for d, _, _ in items(terms)][:1] == ["轻型四层"]
    # 现货 still names no goods
    assert [d for d, _, _ in items(chat((S, "现货195元/套"), (B, "好的")))] == [""]
