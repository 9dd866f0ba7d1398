"""Goods told apart by a size alone, each counted, get their own line (from blind set p, where
eight chats list sizes; h's and k's sized chats read right with it too). Sizes priced and none
counted give no price: on q and r, which nobody tuned on, a line for every size priced cost
prices."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, prices, quantities


def test_sizes_counted_and_priced_are_lines_and_a_later_change_names_its_size():
    terms = chat((B, "ready to order floating wall shelves: 60cm x 2000 pcs and 90cm x 1000 pcs, oak colour"),
                 (S, "FOB Qingdao: 60cm USD 3.40/pc, 90cm USD 4.60/pc."),
                 (B, "actually make the 90cm 1200 pcs, our client added more."), (S, "yes no problem"))
    assert items(terms) == [("floating wall shelves 60cm", Decimal(2000), Decimal("3.40")),
                            ("floating wall shelves 90cm", Decimal(1200), Decimal("4.60"))]


def test_a_counter_on_one_size_and_sizes_in_chinese():
    terms = chat((B, "cast iron skillets: 10in x 1000 pcs, 12in x 1000 pcs"),
                 (S, "DDP Leeds: 10in GBP 6.40, 12in GBP 8.10 per pc"), (B, "can you do 8.00 on the 12 inch?"),
                 (S, "ok 8.00 for the 12in"), (B, "great, confirmed both sizes"))
    assert prices(terms) == [Decimal("6.40"), Decimal("8.00")]
    terms = chat((B, "L码600件，XL码600件"), (S, "空运双清的话L码68元，XL码72元"), (B, "XL能不能70"), (S, "可以，XL按70元"),
                 (B, "好的"))
    assert prices(terms) == [Decimal(68), Decimal(70)]


def test_sizes_priced_and_none_counted_give_no_price():
    # which size is ordered is not said: no line takes a size's price
    terms = chat((B, "cast iron skillets, 10 inch and 12 inch, 1000 of each"),
                 (S, "DDP Leeds: 10in GBP 6.40, 12in GBP 8.10 per pc"), (B, "great, confirmed"))
    assert prices(terms) in ([], [None])


def test_a_size_priced_but_never_counted_beside_one_counted_is_no_line():
    terms = chat((B, "需要双层纸杯，12oz，起订量多少？"), (S, "价格CIF马尼拉：8oz 0.09元/个，12oz 0.12元/个"),
                 (B, "12oz 我们要八万个"), (S, "好的"))
    assert items(terms) == [("双层纸杯 12oz", Decimal(80000), Decimal("0.12"))]


def test_sizes_offered_to_choose_from_are_options_of_one_goods():
    terms = chat((B, "熏蒸木托盘，我们要1000片，FOB青岛什么价？"),
                 (S, "看你要哪种：欧标1200x800的每片85元，美标1200x1000的每片95元，都是FOB青岛"),
                 (B, "FOB青岛可以。尺寸我要问下我们客户"))
    assert quantities(terms) == [Decimal(1000)]
    assert prices(terms) == [None]


def test_a_count_that_names_no_size_in_a_chat_of_sizes_is_nobodys():
    terms = chat((B, "neoprene laptop sleeves 13 inch and 15.6 inch, 500 pcs"), (B, "13寸 300 个, 15.6寸 200 个"),
                 (S, "13寸 $2.80, 15.6寸 $3.20 EXW"), (B, "ok"))
    assert items(terms) == [("13寸", Decimal(300), Decimal("2.80")), ("15.6寸", Decimal(200), Decimal("3.20"))]
    # counts listed in the order of goods named before them are nobody's ("300 和 200 个")
    terms = chat((B, "neoprene laptop sleeve 13 inch and 15.6 inch, 我们要 300 和 200 个"), (S, "ok"))
    assert quantities(terms) in ([], [None])
    # one size named before a count of one goods is no size line
    terms = chat((B, "TPE yoga mats 6mm 2000 pcs"), (S, "USD 4.20/pc"), (B, "ok"))
    assert items(terms) == [("TPE yoga mats 6mm", Decimal(2000), Decimal("4.20"))]
