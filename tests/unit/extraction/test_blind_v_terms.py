"""Rules found on blind set v (measured figures-only while t and u were tuned on, then its errors
read); each case with the trap that keeps the rule narrow, in this file's own phrasings."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_bare_counter_before_a_comma_and_xing_ba_taking_it():
    terms = chat((B, "刹车片 3000套 价格多少"), (S, "FOB厦门 5.6美金一套"), (S, "那5.45吧"),
                 (B, "5.4，可以的话今天就下单"), (S, "行吧，5.4。"))
    assert prices(terms) == [Decimal("5.4")]
    assert terms.line_items[0].status.value == "AGREED"


def test_a_bare_count_before_ke_yi_is_no_price():
    terms = chat((S, "刹车片 FOB厦门 5.6美金一套"), (B, "3000，可以"))
    assert prices(terms) == [Decimal("5.6")]


def test_can_only_do_a_higher_price_after_the_yes_withdraws_it():
    terms = chat((S, "FOB Ningbo USD 4.20/pc"), (B, "ok 4.20 FOB Ningbo works"),
                 (S, "Sorry, copper price went up, factory can only do 4.45 now"))
    assert (prices(terms), terms.line_items[0].status.value) == ([None], "CONFLICTING")


def test_sets_counted_in_zu_and_the_pieces_of_one_set_are_no_order():
    terms = chat((B, "3/8吋套筒扳手組72件那款，要800組，FOB台中報價多少"), (S, "72件組FOB台中每組US$24.50"),
                 (B, "好"))
    assert quantities(terms) == [Decimal(800)]
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("FOB", "台中")


def test_a_price_taken_with_its_tax_word():
    terms = chat((B, "机油滤芯 要500个"), (S, "出厂价8.5元一个，不含税"), (B, "含税多少"), (S, "开13%专票的话9.6"),
                 (B, "那就含税9.6，全款先付"), (S, "好的，那我先给你备货"))
    assert prices(terms) == [Decimal("9.6")]


def test_days_offered_after_the_lead_time_was_called_too_long():
    terms = chat((S, "OF-2201 is USD 1.32/pc FOB Qingdao"), (B, "what's your delivery?"),
                 (S, "40 days after receiving LC"), (B, "too long, we need the goods before Ramadan. 30 days possible?"),
                 (S, "checked with workshop. we can do 35 days, latest"), (B, "ok 35. I'll open LC next week"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (35, 35)


def test_transit_called_too_long_is_no_lead_time():
    terms = chat((S, "production 20 days"), (B, "ok"), (B, "shipping 40 days by sea is too long"),
                 (S, "by air it is 7 days"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (20, 20)


def test_goods_named_by_a_model_code_alone():
    terms = chat((B, "need to reorder the ceramic brake pads. D1210 (front) x 1200 sets and D1092 (rear) x 800 sets"),
                 (S, "D1210 was USD 6.85/set and D1092 USD 5.40/set FOB Xiamen"), (B, "ok go ahead"))
    assert quantities(terms) == [Decimal(1200), Decimal(800)]
    assert prices(terms) == [Decimal("6.85"), Decimal("5.40")]


def test_an_alternative_described_then_priced_is_no_named_line_of_its_own():
    # "LiFePO4 48V 600Ah is USD 6,900/set": spec words and "is" name no goods
    terms = chat((B, "pls quote forklift traction batteries, qty 20 sets"),
                 (S, "lead-acid traction battery USD 3,180/set. 20 sets."), (B, "what about lithium?"),
                 (S, "LiFePO4 48V 600Ah is USD 6,900/set"), (B, "stay with lead acid. 3,100?"),
                 (S, "3,150 final"), (B, "ok 3150"))
    assert not any((i.description or "").lower().startswith("lifepo4") for i in terms.line_items)


def test_a_count_of_each_size_named_before_it():
    terms = chat((B, "laminated steel padlocks 40mm and 50mm, keyed different. qty 5000 each size. CNF Mombasa pls"),
                 (S, "40mm USD 1.65/pc, 50mm USD 2.10/pc C&F Mombasa"), (B, "ok proceed"))
    assert quantities(terms) == [Decimal(5000), Decimal(5000)]
    assert prices(terms) == [Decimal("1.65"), Decimal("2.10")]


def test_a_count_of_each_of_the_goods_joined_before_it():
    terms = chat((B, "尖嘴鉗6吋跟斜口鉗6吋各要2400支，麻煩報價"), (S, "尖嘴鉗6吋每支NT$68，斜口鉗6吋每支NT$72"), (B, "OK"))
    assert quantities(terms) == [Decimal(2400), Decimal(2400)]
    assert prices(terms) == [Decimal(68), Decimal(72)]


def test_sizes_counted_each_then_priced_under_their_chinese_name():
    terms = chat((B, "铸铁锅 26cm和30cm两个尺寸各要500个"), (S, "到岸价釜山：26cm铸铁锅 9.6美金，30cm铸铁锅 11.8美金"),
                 (B, "好的，确认"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("26cm铸铁锅", Decimal(500), Decimal("9.6")), ("30cm铸铁锅", Decimal(500), Decimal("11.8"))]


def test_each_with_one_goods_named_or_an_moq_per_size_orders_nothing():
    terms = chat((B, "軟骨雨刷 各要300支"), (S, "好"))
    assert quantities(terms) in ([], [None])
    terms = chat((S, "1/2 inch valve USD 1.32/pc, 3/4 inch valve USD 1.85/pc. MOQ 5000pcs per size"), (B, "ok"))
    assert all(q is None for q in quantities(terms))


def test_each_written_right_before_the_count_and_designs_counted_each_are_parts():
    terms = chat((B, "尖嘴鉗6吋跟斜口鉗6吋各2400支"), (S, "尖嘴鉗6吋每支NT$68，斜口鉗6吋每支NT$72"), (B, "OK"))
    assert quantities(terms) == [Decimal(2400), Decimal(2400)]
    terms = chat((B, "墙纸八百卷"), (S, "墙纸 2.6美金/卷"), (B, "编号 W-1023 和 W-1027 各四百卷"), (S, "好的"))
    assert quantities(terms) == [Decimal(800)]
