"""Terms from blind set m, each rule with a trap beside it.

Set m was measured untouched for one release (figures only; they are in the README) and tuned
on in the next; s stays untouched as the honest measure (see tests/data/blind/README.md).
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, prices, quantities, shares


def test_a_listed_name_goes_on_with_its_spec_before_the_count():
    terms = chat((B, 'PO for:\n- brass ball valves 1/2" full port PN25: 4000 pcs\n'
                     '- brass spring check valves 1/2": 3000 pcs'),
                 (S, "ok, ball valve USD 2.15, check valve USD 1.98"), (B, "confirmed"))
    assert quantities(terms) == [Decimal(4000), Decimal(3000)]
    assert prices(terms) == [Decimal("2.15"), Decimal("1.98")]
    # a listed label that is no goods names none: the price is the goods' named above
    terms = chat((S, "quote for brass ball valves:\n- FOB Ningbo price per pc: USD 2.15\n- lead time 30 days"),
                 (B, "ok"))
    assert items(terms) == [("brass ball valves", None, Decimal("2.15"))]


def test_a_price_asked_for_or_given_for_named_goods():
    for given in ("1.90 is my last price for check valve", "USD 1.90 for the check valves"):
        terms = chat((S, "ball valve USD 2.15, check valve USD 1.98"),
                     (B, "Can u do the check valves at 1.85? others ok"), (S, given), (B, "ok 1.90"))
        assert prices(terms) == [Decimal("2.15"), Decimal("1.90")], given
    # "meet me at" names no goods
    terms = chat((S, "3-seater fabric sofas USD 168/set FOB"), (B, "Meet me at 165?"), (S, "OK, 165"))
    assert items(terms) == [("3-seater fabric sofas", None, Decimal(165))]


def test_the_way_to_the_buyer_after_production_is_no_lead_time():
    terms = chat((S, "Production 6 weeks, then rail about 18-20 days to Warsaw."), (B, "ok good"))
    assert lead(terms) == (42, 42)
    terms = chat((S, "可以的, PayPal 全款. We ship by UPS, 大概一周 deliver. 生产 5 days."), (B, "perfect 👍"))
    assert lead(terms) == (5, 5)
    # shipped by sea, delivered N days after the deposit: that is the lead time
    terms = chat((S, "We ship by sea, can deliver in 30 days after deposit"), (B, "ok"))
    assert lead(terms) == (30, 30)


def test_the_side_whose_price_was_agreed_offers_another_and_the_price_is_open_again():
    terms = chat((S, "UK-23M: FOB Guangzhou USD 14.80/pc for 800 pcs."), (B, "ok. Could you send 2 samples by DHL first?"),
                 (B, "price wise 14.80 is steep tbh. Another factory quoted me 12.90"),
                 (S, "14.20 is the best i can do."), (B, "I can go 13.20, not more. Let me know"),
                 (S, "Let me check with my boss tomorrow"))
    assert terms.line_items[0].status.value == "CONFLICTING"
    assert prices(terms) in ([None], [])
    # their new price taken up is the price
    terms = chat((S, "12oz canvas: FOB Shanghai USD 2.35/m."), (B, "Can you quote in EUR?"),
                 (S, "Sure, EUR 2.18/m FOB Shanghai."), (B, "2.10 and we have a deal"), (S, "ok EUR 2.10, deal."))
    assert prices(terms) == [Decimal("2.10")]
    # the other side alone countering an agreed price leaves it agreed
    terms = chat((S, "USD 14.80/pc FOB Guangzhou"), (B, "ok"), (B, "can you do 13.20?"))
    assert prices(terms) == [Decimal("14.80")]


def test_shuang_of_shuangqing_counts_no_pairs():
    terms = chat((B, "USB flash drives 32GB, 1000 pcs"), (S, "可以 双清包税 to Berlin, USD 3.30/pc all in"),
                 (B, "ok 3.30 双清包税 Berlin 👍"))
    assert quantities(terms) == [Decimal(1000)]
    assert terms.incoterm.rule.value == "DDP"
    terms = chat((S, "USD 3.30 双清包税 to Berlin"), (B, "ok"))
    assert quantities(terms) in ([None], [])
    # a count of pairs is still one
    terms = chat((B, "棉袜 3000双，多少钱"), (S, "每双2.5元"), (B, "好"))
    assert quantities(terms) == [Decimal(3000)]


def test_the_weight_of_one_drum_is_no_order_of_kilograms():
    terms = chat((B, "refined glycerin 99.7% in 250kg HDPE drums we need 80 drums (20 MT, one 20GP). CFR Chennai"),
                 (S, "CFR Chennai USD 268/drum."), (B, "ok"))
    assert quantities(terms) == [Decimal(80)]
    # kilograms ordered are still the order
    terms = chat((B, "we need 250kg of HDPE granules"), (S, "USD 1.20/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal(250)]


def test_exw_our_factory_and_the_full_amount_before_shipping():
    terms = chat((B, "reflective dog harness, 300 pcs total"),
                 (S, "USD 3.10/pc EXW our factory Dongguan. Shipping by FedEx is extra"),
                 (B, "can I pay western union?"),
                 (S, "Western Union ok, full amount USD 930 + FedEx 260 before shipping."), (B, "ok sending now"))
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("EXW", "Dongguan")
    assert shares(terms) == [Decimal(100)]
    # "our factory price" names no place, and a full amount after arrival is no prepayment
    terms = chat((S, "EXW our factory price USD 3.10, full amount after arrival"), (B, "ok"))
    assert terms.incoterm.named_place is None
    assert shares(terms) != [Decimal(100)]


def test_a_count_written_with_the_goods_name_alone():
    terms = chat((B, "for the 3/8 LP saw chain loops 52DL we need 2000 loops this time."),
                 (S, "CNF Durban USD 3.35/loop for 2000."), (B, "Ok agreed"),
                 (B, "sorry, we need to bump it up to 2600 loops. same price ok?"),
                 (S, "2600 loops same price USD 3.35 no problem"))
    assert quantities(terms) == [Decimal(2600)]
    # what one container takes is no order
    terms = chat((S, "250 pcs HDPE water tanks 1000L at USD 68/pc FOB Qingdao."), (B, "ok"),
                 (S, "One 40HQ takes 48 tanks so we need 6 containers."))
    assert quantities(terms) == [Decimal(250)]


def test_days_at_sea_and_a_set_of_24_pieces():
    terms = chat((S, "Production 20-25 days after deposit."), (B, "So ready in ~3.5 weeks plus 22 days at sea."),
                 (S, "Correct 👍"))
    assert lead(terms) == (20, 25)
    terms = chat((B, "我們想訂不鏽鋼西餐刀叉餐具組（24件組），數量 1,000 組。"), (S, "每組 9.80 美元"), (B, "好的"))
    assert quantities(terms) == [Decimal(1000)]
    # 24件 alone is still 24 pieces
    terms = chat((B, "不鏽鋼湯匙 24件"), (S, "好的"))
    assert quantities(terms) == [Decimal(24)]


def test_chinese_goods_named_with_and_without_their_size_and_da_days():
    terms = chat((B, "需要酒店小香皂 20g 和洗髮露 30ml 瓶裝。"),
                 (S, "20g 小香皂每個 HK$0.85，30ml 洗髮露每瓶 HK$1.30，DAP 香港"),
                 (B, "香皂要 50,000 個，洗髮露 30,000 瓶。付款我們習慣 D/A 30 天。"),
                 (S, "好吧，這次就 D/A 30 天。卡車運送，生產十二個工作天。"), (B, "好的"))
    assert quantities(terms) == [Decimal(50000), Decimal(30000)]
    assert prices(terms) == [Decimal("0.85"), Decimal("1.30")]
    assert lead(terms) == (12, 12)
    # two sizes of one goods stay two goods
    terms = chat((S, "20g 小香皂每個 HK$0.85，40g 小香皂每個 HK$1.10"), (B, "好的"))
    assert prices(terms) == [Decimal("0.85"), Decimal("1.10")]


def test_a_paper_size_is_no_model_code_and_in_mold_goods_are_no_mould_fee():
    terms = chat((B, "要三样: A5 kraft notebooks 2000 本, washi tape 15mm 5000 卷"),
                 (S, "OK: notebook £0.74, washi tape £0.14"), (B, "done, confirm order 👍"))
    assert prices(terms) == [Decimal("0.74"), Decimal("0.14")]
    assert len(terms.line_items) == 2
    terms = chat((B, "in-mold cycling helmets, 我们确认 3000 pcs @ USD 6.75 FOB Ningbo"), (S, "收到, confirm"))
    assert prices(terms) == [Decimal("6.75")]
    assert terms.currency.code == "USD"
    # a mould fee is still no unit price
    terms = chat((S, "mould fee USD 800, refundable"), (B, "ok"))
    assert prices(terms) in ([None], [])


def test_then_by_sea_after_production_is_transit():
    terms = chat((S, "生产十天左右, 然后 sea + 派送 about 45 days."), (B, "ok all fine"))
    assert lead(terms) == (10, 10)


def test_loading_days_after_the_credit_is_opened_are_lead_time():
    terms = chat((S, "L/C 60天 可以, 但价格 USD 2,190/MT."), (B, "ok 2190 accepted. 交货期?"),
                 (S, "开证后 10-15 天 装船."), (B, "Good."))
    assert lead(terms) == (10, 15)
    # the days of the credit itself are not
    terms = chat((S, "L/C 60天 可以"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_talk_of_the_order_is_no_name_of_goods():
    terms = chat((B, "陈总，角磨机 100mm 850W，上次谈的 CFR 拉各斯 每台 11.2 美元，我们确认 1000 台。"), (S, "好的"),
                 (B, "客户追加了，改成 1500 台，价格能降点吗？"), (S, "1500 台可以给到 10.9 美元。"),
                 (B, "好的，就按 1500 台 10.9 美元。"))
    assert items(terms) == [("", Decimal(1500), Decimal("10.9"))]
    # goods named before the change keep their name
    terms = chat((B, "保温杯 1000 个"), (S, "好的"), (B, "保温杯改成 1500 个"), (S, "可以"))
    assert items(terms) == [("保温杯", Decimal(1500), None)]


def test_part_of_the_order_from_stock_or_the_rest_is_no_order():
    terms = chat((B, "藤编收纳篮（大中小三件套）我们要 600 套"), (S, "可以的亲，每套 RMB 158。"),
                 (S, "现货有200套，其余400套要 15 天生产。"), (B, "👌"))
    assert quantities(terms) == [Decimal(600)]
    terms = chat((B, "we need 600 sets"), (S, "200 sets in stock, the remaining 400 sets need 15 days"), (B, "ok"))
    assert quantities(terms) == [Decimal(600)]




def test_a_per_unit_word_names_no_goods():
    terms = chat((B, "腰果5000公斤"), (S, "5000公斤，每公斤52元"), (B, "好"))
    assert items(terms) == [("腰果", Decimal(5000), Decimal(52))]
    terms = chat((S, "5000公斤，每公斤52元"), (B, "好"))
    assert items(terms) == [("", Decimal(5000), Decimal(52))]
