"""Prices, counts and names read from blind sets ad, ae and af; each case with the trap that
keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities, shares


def test_a_point_in_time_is_no_talk_of_days():
    # "这周" (this week) and "昨天" (yesterday) name no number of days: the 62 counters the price
    terms = chat((B, "不锈钢球阀，1000个，报价"), (S, "不锈钢球阀 ¥58/个，出厂价"), (B, "可以，58就58"),
                 (S, "不好意思，昨天报错了，材料这周涨了，58做不了，得62"), (B, "62就62吧"))
    assert prices(terms) == [Decimal("62")]
    # trap: "30天" is a number of days, so the 30 after it is no price
    terms = chat((S, "不锈钢球阀 ¥28/个，出厂价"), (B, "可以"), (S, "交期30天太赶了，得35"))
    assert prices(terms) == [Decimal("28")]


def test_a_three_piece_design_is_no_count():
    terms = chat((B, "DN25 三片式不锈钢球阀，1000个，报价"), (S, "¥58/个，出厂价"), (B, "可以"))
    assert quantities(terms) == [Decimal("1000")]
    # trap: three pieces ordered are a count
    terms = chat((B, "不锈钢球阀 3片，报价"), (S, "¥58/片，出厂价"), (B, "可以"))
    assert quantities(terms) == [Decimal("3")]


def test_a_bit_over_so_many_kuai_is_a_price_not_a_count():
    terms = chat((B, "角磨机，要800台，报个到岸价胡志明"), (S, "到岸价胡志明 美金17.5/台"),
                 (B, "17块多了，16.5吧"), (S, "16.8，不能再少了"), (B, "行，16.8"))
    assert quantities(terms) == [Decimal("800")]
    assert prices(terms) == [Decimal("16.8")]


def test_bare_counters_listed_in_the_order_the_goods_were_priced():
    terms = chat((B, "push in fittings: PC8-02 10000pcs, PL8-02 8000pcs. price EXW?"),
                 (S, "PC8-02 USD 0.23, PL8-02 USD 0.28, EXW our factory"),
                 (B, "can do 0.21 and 0.26?"), (S, "ok for this qty we accept 0.21 / 0.26"))
    assert prices(terms) == [Decimal("0.21"), Decimal("0.26")]
    # trap: each figure after a name of its own is no list in order
    terms = chat((B, "尖嘴鉗跟斜口鉗各要2400支"), (S, "尖嘴鉗每支NT$68，斜口鉗每支NT$72"),
                 (B, "斜口鉗可以算70嗎？"), (S, "好啦，斜口70，尖嘴維持68"), (B, "OK"))
    assert Decimal("70") not in prices(terms)[:1]
    # trap: figures out of their goods' places are each the counter of the price they are near
    terms = chat((B, "PC8-02 10000pcs, PL8-02 8000pcs"), (S, "PC8-02 USD 0.23, PL8-02 USD 0.58"),
                 (B, "0.55 and 0.21?"), (S, "ok"))
    assert prices(terms) == [Decimal("0.21"), Decimal("0.55")]


def test_the_pieces_a_set_holds_are_no_count_when_the_line_counts_sets():
    terms = chat((B, "72 teeth ratchet combination wrench set 12pcs 8-19mm, 300 sets, send by UPS"),
                 (S, "12件套棘轮扳手 USD 11.20/set"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")]
    terms = chat((B, "need 9pc ball end hex key set - 6000 sets"), (S, "hex key set 9pc: $1.35/set"), (B, "ok"))
    assert quantities(terms) == [Decimal("6000")]
    # trap: with no count in sets, the pieces are the order
    terms = chat((B, "need 50 pcs tool kit, FOB Ningbo"), (S, "USD 11.20/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("50")]


def test_shares_said_short():
    terms = chat((S, "payment 40% down, 60% against BL copy"), (B, "ok"))
    assert shares(terms) == [40, 60]
    terms = chat((B, "ok 20.80. 50% now 50% when goods ready"), (S, "ok"))
    assert shares(terms) == [50, 50]
    terms = chat((S, "30% dep, 70% b4 shipment by TT"), (B, "ok"))
    assert shares(terms) == [30, 70]
    terms = chat((B, "deposit 多少"), (S, "30% TT, 余款 against BL copy"), (B, "ok"))
    assert shares(terms) == [30, 70]
    # trap: a price gone 10% down is no deposit
    terms = chat((S, "copper price 10% down this month, USD 2.10/pc now"), (B, "ok"))
    assert shares(terms) == []


def test_shares_without_the_percent_sign():
    terms = chat((B, "payment: deposit 30, balance 70 after inspection?"), (S, "ok"))
    assert shares(terms) == [30, 70]
    terms = chat((B, "payment 30 deposit rest before ship, TT"), (S, "ok"))
    assert shares(terms) == [30, 70]
    # traps: a deposit of so many dollars, a share the balance does not make whole
    terms = chat((B, "deposit 50 usd, rest by paypal"), (S, "ok"))
    assert shares(terms) == [None, None] and terms.payment.installments[0].fixed_amount_minor == 5000
    terms = chat((B, "deposit 30, balance 60"), (S, "ok"))
    assert shares(terms) == []


def test_the_whole_sum_before_shipping_beside_a_fee():
    terms = chat((B, "fine. pay by paypal?"), (S, "paypal ok, full amount before shipping, +4.4% fee"), (B, "ok"))
    assert shares(terms) == [100]
    # trap: a share that is paid is no fee
    terms = chat((S, "paypal ok, full amount before shipping, 30% deposit"), (B, "ok"))
    assert shares(terms) == [30]


def test_lead_time_said_short():
    assert lead(chat((S, "FOB Guangzhou, lead 20-25 days"), (B, "ok"))) == (20, 25)
    assert lead(chat((S, "LC at sight 可以. 交货期 after LC 20-25 days, 一个20尺柜"), (B, "ok"))) == (20, 25)
    assert lead(chat((S, "生产一周左右"), (B, "好"))) == (7, 7)
    # trap: a lead on price is no time ("lead 2 colours" has no days either)
    assert lead(chat((S, "lead 2 colours, USD 3.10/pc"), (B, "ok"))) == (None, None)


def test_lead_time_asked_in_a_few_words_is_answered_by_bare_days():
    terms = chat((B, "payment 20% deposit and balance 30 days after BL date"), (S, "ok, we agree"),
                 (B, "lead time pls"), (S, "20 days"), (B, "ok"))
    assert lead(terms) == (20, 20)
    # trap: unasked, bare days after payment days are no lead time
    terms = chat((B, "payment 20% deposit and balance 30 days after BL date"), (S, "ok, we agree"),
                 (S, "20 days"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_shipment_days_after_the_credit_arrives_answer_its_days():
    terms = chat((B, "payment LC 90 days"), (S, "LC 90 days we need add 3% interest. USD 2.42"),
                 (B, "ok 2.42 with LC 90 days"), (S, "confirmed. shipment 15 days after LC received"), (B, "ok"))
    assert lead(terms) == (15, 15)


def test_a_yes_opening_the_message_is_no_part_of_the_goods_counted():
    terms = chat((S, "T bar 160: 0.82, knob 30mm: 0.40, USD FOB Shenzhen"),
                 (S, "ok so T bar 12000pcs at 0.82, knob 8000pcs at 0.40"), (B, "ok confirm"))
    assert quantities(terms) == [Decimal("12000"), Decimal("8000")]
    # trap: "ok boss agree: USD 64/set" names no goods
    terms = chat((B, "price for electric pressure washers HPW-1800, 2x40HQ"), (S, "HPW-1800 FOB Ningbo USD 68/set"),
                 (B, "64 and we have a deal"), (S, "ok boss agree: USD 64/set, 1120 sets"), (B, "deal"))
    assert [i.quantity for i in terms.line_items] == [Decimal("1120")]
    assert "boss" not in terms.line_items[0].description


def test_a_codes_figures_name_its_goods_before_a_count():
    terms = chat((B, "for Dubai project we need: one piece toilet (your CT-1102), wall hung basin (WB-560), cistern (CC-08)"),
                 (S, "CT-1102 USD 62/set\nWB-560 USD 18.5/pc\nCC-08 USD 33/set"),
                 (B, "1102 x 300 sets, 560 x 450, CC-08 300 sets"), (S, "ok"))
    assert quantities(terms) == [Decimal("300"), Decimal("450"), Decimal("300")]
    # trap: figures no code ends in name nothing ("2024 x 300 sets" is no goods of this chat)
    terms = chat((S, "CT-1102 USD 62/set\nWB-560 USD 18.5/pc"), (B, "2024 x 300 sets"), (S, "ok"))
    assert quantities(terms) == [None, None]


def test_codes_in_brackets_after_the_goods_spec_name_those_goods():
    terms = chat((B, "Hi, need brass angle valve 1/2x1/2 chrome (ur AV-12) 8k pcs and brass ball valve DN20 PN25 "
                     "(BV-20) 3k pcs"),
                 (S, "Hello, AV-12 USD 1.38/pc, BV-20 USD 3.05/pc, EXW Yuhuan"), (B, "ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("8000"), Decimal("1.38")), (Decimal("3000"), Decimal("3.05"))]
    # trap: a code that is no goods' of the chat stays goods of its own
    terms = chat((B, "need brass ball valve DN20 PN25 (BV-20) 3k pcs"), (S, "BV-25 USD 3.05/pc, EXW Yuhuan"), (B, "ok"))
    assert len(terms.line_items) == 2


def test_a_table_of_sizes_and_counts_under_a_header_row():
    terms = chat((B, "浴室柜要这几个尺寸，数量如下：\n尺寸 | 数量\n80cm | 120套\n100cm | 80套\n120cm双盆 | 40套"),
                 (S, "杭州出厂价：\n80cm 1150元/套\n100cm 1380元/套\n120cm双盆 1860元/套"), (B, "好"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("80cm", Decimal("120"), Decimal("1150")), ("100cm", Decimal("80"), Decimal("1380")),
        ("120cm双盆", Decimal("40"), Decimal("1860"))]
    # trap: a count after the label on its own line is still read ("数量: 500")
    terms = chat((B, "浴室柜 数量: 500套"), (S, "1150元/套"), (B, "好"))
    assert quantities(terms) == [Decimal("500")]


def test_lengths_in_metres_are_sizes_of_their_own():
    terms = chat((B, "hello, micro USB cable 1m and 2m, 2.4A, white, quote DDP Dubai?"),
                 (S, "DDP Dubai:\n1m: USD 0.48\n2m: USD 0.62"), (B, "ok, 1m 8000pcs, 2m 4000pcs"), (S, "confirmed"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("8000"), Decimal("0.48")), (Decimal("4000"), Decimal("0.62"))]
    # trap: a length of thousands of metres is the order, no size
    terms = chat((B, "need 8000m cable, USD 0.30/m"), (S, "ok"))
    assert quantities(terms) == [Decimal("8000")]


def test_counts_written_as_times_the_goods_and_codes_with_letters_after_the_dash():
    terms = chat((B, "hi, need: HC-SR501 PIR module x2000, HC-SR04 ultrasonic x1500. price pls"),
                 (S, "Hello!\nSR501: 0.55\nSR04: 0.62\nUSD each"), (B, "ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("2000"), Decimal("0.55")), (Decimal("1500"), Decimal("0.62"))]
    # traps: "approx 14", so many pieces or variants times a figure, a size
    terms = chat((B, "lip gloss, 6 shades x 100, and 120pcs x 23 = USD 276 for the samples"), (S, "ok"))
    assert quantities(terms) in ([], [None])
    terms = chat((S, "memory foam seat cushions 45x45cm, 4000 pcs, train approx 14-16 days"), (B, "ok"))
    assert quantities(terms) == [Decimal("4000")]


def test_a_count_label_before_a_wattage_counts_nothing_and_a_voltage_ends_a_size():
    terms = chat((B, "要三款开关电源，出厂价多少？"), (S, "350W 24V：68元/台\n150W 12V：42元/台"),
                 (B, "数量：350W的1000台，150W的2000台"), (S, "好的"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("1000"), Decimal("68")), (Decimal("2000"), Decimal("42"))]
    # trap: a count after the label is still one
    terms = chat((B, "开关电源 数量：350台"), (S, "68元/台"), (B, "好"))
    assert quantities(terms) == [Decimal("350")]


def test_bearings_named_by_their_codes_and_counted_by_their_series():
    terms = chat((B, "pls check price for 6204-2RS, 6205-2RS and 6305ZZ, C3"), (S, "what qty for each?"),
                 (B, "6204 5k, 6205 3k, 6305 1.5k pcs"),
                 (S, "CIF Durban:\n6204-2RS C3 - USD 0.66\n6205-2RS C3 - USD 0.82\n6305ZZ C3 - USD 1.21"),
                 (B, "ok, accept"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("5000"), Decimal("0.66")), (Decimal("3000"), Decimal("0.82")), (Decimal("1500"), Decimal("1.21"))]
    terms = chat((B, "need 6206ZZ and 6207-2RS. 6206ZZ 4000pcs, 6207-2RS 2500pcs"),
                 (S, "6206ZZ USD 0.74, 6207-2RS USD 0.96, FOB Xiamen"), (B, "ok"))
    assert [(i.description, i.quantity) for i in terms.line_items] == [
        ("6206ZZ", Decimal("4000")), ("6207-2RS", Decimal("2500"))]
    # trap: a grade both codes share ("C3") makes them no one goods; a year is no bearing
    terms = chat((S, "2024 catalogue: 6204-2RS C3 USD 0.66, 6205-2RS C3 USD 0.82"), (B, "ok"))
    assert len(terms.line_items) == 2


def test_codes_with_the_sizes_they_are_made_in():
    terms = chat((B, "需要钨钢立铣刀，4刃：D6×50L 2000支，D10×75L 1000支"),
                 (S, "D6×50L 美金2.85/支，D10×75L 美金5.60/支，CIF釜山"), (B, "D10能不能5.3"), (S, "5.45给您"), (B, "好"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("D6×50L", Decimal("2000"), Decimal("2.85")), ("D10×75L", Decimal("1000"), Decimal("5.45"))]
    # trap: goods named in words before the code keep them
    terms = chat((B, "4F carbide end mill D6x50 2000 pcs"), (S, "USD 2.85/pc"), (B, "ok"))
    assert [i.description for i in terms.line_items] == ["4F carbide end mill D6x50"]


def test_a_fitting_named_tee_is_no_number_and_its_counter_is_its_own():
    terms = chat((B, "要询价液压过渡接头：\n1. 直通 1/2 JIC  2000个\n2. 弯头 1/2 JIC  1500个\n3. 三通 1/2 JIC  800个"),
                 (S, "报价如下(美金，FOB宁波)：\n直通 0.68/个\n弯头 0.95/个\n三通 1.25/个"),
                 (B, "三通有点贵，1.10可以吗？其他两个OK"), (S, "三通是锻造的，1.18最低了"), (B, "1.15吧"),
                 (S, "好吧 1.15，成交"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("直通", Decimal("2000"), Decimal("0.68")), ("弯头", Decimal("1500"), Decimal("0.95")),
        ("三通", Decimal("800"), Decimal("1.15"))]
    # trap: three of them is still a count
    terms = chat((B, "三通要三千个"), (S, "1.25美金/个"), (B, "好"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_rate_in_gbps_is_no_pound_and_a_factory_town_is_the_place():
    terms = chat((S, "Hi, 8K HDMI 2.1 2m, 48Gbps, USD 2.40/pc FOB Shenzhen"), (B, "ok"))
    assert terms.currency.code == "USD" and prices(terms) == [Decimal("2.40")]
    # trap: a currency after the figure, then a rule, is still one
    terms = chat((S, "每辆11.5美元FOB上海"), (B, "好"))
    assert terms.currency.code == "USD"
    terms = chat((S, "350W 24V：68元/台，东莞工厂出厂价，不含税"), (B, "好"))
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("EXW", "东莞")
