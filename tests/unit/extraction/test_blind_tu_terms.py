"""Rules found on blind sets t and u (their errors read after each was measured once, untouched);
each case with the trap that keeps the rule narrow. The chats are this file's own phrasings."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_model_code_starting_if_is_no_hypothetical():
    terms = chat((S, "HF-300 3.2美金，IF-600 4.6美金，CF-1200 22美金，都是FOB深圳"),
                 (B, "数量 HF-300 三千个，IF-600 两千个，CF-1200 五百个"), (S, "好的"))
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("FOB", "深圳")
    assert prices(terms) == [Decimal("3.2"), Decimal("4.6"), Decimal(22)]
    assert quantities(terms) == [Decimal(3000), Decimal(2000), Decimal(500)]


def test_if_as_a_word_still_makes_a_hypothetical():
    terms = chat((S, "IF you take 5000 pcs we can do USD 3.10"), (B, "ok"))
    assert quantities(terms) in ([], [None])


def test_kuai_asked_of_a_figure_near_the_dollar_price_is_a_dollar_counter_not_a_count():
    terms = chat((S, "高腰瑜伽裤1500条 FOB宁波 6.2美金一条"), (B, "6块能做吗"),
                 (S, "最多6.1"), (B, "好吧 6.1 成交"))
    item = terms.line_items[0]
    assert (item.quantity, item.unit_price, item.currency) == (Decimal(1500), Decimal("6.1"), "USD")


def test_kuai_far_from_the_dollar_price_stays_yuan():
    # 45块 against a 6.2-dollar price is no counter of it: the yuan it says stays the yuan
    terms = chat((S, "瑜伽裤 FOB宁波 6.2美金一条"), (B, "改人民币吧，45块可以吗"), (S, "可以"))
    item = terms.line_items[0]
    assert (item.unit_price, item.currency) == (Decimal(45), "CNY")


def test_a_chinese_name_said_again_with_a_word_left_out_is_the_same_goods():
    terms = chat((B, "液压缓冲铰链 20000个，出厂价多少"), (S, "液压铰链 1.05元/个，出厂价"), (B, "行"))
    assert len(terms.line_items) == 1
    assert (terms.line_items[0].quantity, terms.line_items[0].unit_price) == (Decimal(20000), Decimal("1.05"))


def test_chinese_names_with_another_head_or_opening_stay_apart():
    terms = chat((B, "三节滑轨 500套，两节滑轨 300套"), (S, "三节滑轨 12.8元，两节滑轨 9.5元"))
    assert quantities(terms) == [Decimal(500), Decimal(300)]
    assert prices(terms) == [Decimal("12.8"), Decimal("9.5")]


def test_the_weight_of_one_bag_is_no_order():
    terms = chat((B, "混合型貓砂 2.5kg 裝，想訂一個40呎櫃"),
                 (S, "混合貓砂 2.5kg 一個40HQ 大約可裝 9600 包，CIF 高雄 每包 1.35 美金"), (B, "9600包 OK"))
    assert quantities(terms) == [Decimal(9600)]


def test_kilograms_ordered_stay_the_order():
    terms = chat((B, "白胡椒粉 500公斤，多少钱"), (S, "每公斤 38元"))
    assert quantities(terms) == [Decimal(500)]
