"""Prices, counts and terms read from blind sets es to ex; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities, shares


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


def test_the_same_count_under_a_chinese_name_is_the_one_goods_counted():
    terms = chat((B, "hi 你好, need 50 pcs hand held metal detector, price?"),
                 (S, "Hi Jake, 手持金属探测器 US$14.5/pc, 50 pcs no problem"), (B, "ok deal"))
    assert (quantities(terms), prices(terms)) == ([Decimal("50")], [Decimal("14.5")])
    terms = chat((B, "你好，IC门禁卡要两万张，印双面，到岸价巴生港多少钱"), (S, "两万张双面印刷，到岸价巴生港每张0.68元"), (B, "行"))
    assert (quantities(terms), prices(terms)) == ([Decimal("20000")], [Decimal("0.68")])
    # trap: other goods said to come too are goods of their own, whatever their count
    terms = chat((B, "你好，IC门禁卡要两万张"), (S, "门禁卡每张0.68元，另外钥匙扣两万个每个0.3元"), (B, "行"))
    assert [(i.description, i.quantity) for i in terms.line_items][-1] == ("钥匙扣", Decimal("20000"))


def test_zones_pairs_of_a_set_and_accessories_that_come_with_each_are_no_goods():
    terms = chat((B, "Hi Tony, we need 10 walk through metal detectors, 33 zones, for a school exam hall. CIF Mombasa pls"),
                 (S, "our 33 zone WTMD is USD 760/unit CIF Mombasa"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("10")], [Decimal("760")])
    terms = chat((B, "12 flap barrier gates, bidirectional. Need CIF Durban"),
                 (S, "flap barrier 1200mm SS304, servo motor, IR sensors 6 pairs: USD 1,150/set CIF Durban"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("12")], [Decimal("1150")])
    terms = chat((B, "老板好，直杆道闸30台，出厂价多少"), (S, "直杆道闸出厂价每台1350元，含遥控两个"), (B, "OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("30")], [Decimal("1350")])
    # trap: pairs counted with no set priced are the order
    terms = chat((B, "need 6 pairs of IR sensors"), (S, "USD 45/pair"), (B, "ok"))
    assert quantities(terms) == [Decimal("6")]


def test_cards_sold_as_goods_are_counted_when_a_count_opens_the_message():
    terms = chat((B, "Hello Steven, for the transport card project: 1,000,000 RFID PVC cards and 500,000 ABS keyfobs "
                     "钥匙扣. one 40HQ, FOB Xiamen"), (S, "FOB Xiamen: cards USD 0.06/pc, keyfobs USD 0.09/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("1000000"), Decimal("500000")]
    terms = chat((B, "5000 RFID hotel key cards (MIFARE 1K), 2 card encoders for front desk, and 500 RFID wristbands"),
                 (S, "ok"))
    assert quantities(terms)[:2] == [Decimal("5000"), Decimal("2")]
    # trap (a review's): a single figure in a list that stops there counts no goods
    terms = chat((B, "300 LED panels and 2 drivers each"), (S, "USD 12"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("300")], [Decimal("12")])
    # trap: cards that other goods come on count packs, and one figure alone opening a message is no count
    terms = chat((B, "3000 hair clip cards"), (S, "ok"))
    assert quantities(terms) == []
    terms = chat((B, "2 card encoders for front desk"), (S, "ok"))
    assert quantities(terms) == []


def test_a_total_then_each_containers_share_packs_holding_cans_and_sections_ordered():
    terms = chat((B, "Need lager 500ml can 5% abv, 4 x 40HQ, 10,400 cartons total (2600 per cntr). CIF Lagos"),
                 (S, "USD 9.40/carton of 24 cans CIF Lagos"), (B, "ok"))
    assert quantities(terms) == [Decimal("10400")]
    terms = chat((B, "energy drink 250ml slim can, your formula with our label, 3200 cases of 24 cans. price CIF Durban?"),
                 (S, "USD 6.90/case CIF Durban"), (B, "ok"))
    assert quantities(terms) == [Decimal("3200")]
    terms = chat((B, "repeat order cattle headlock feed barrier, 5m sections, 180 sections. still EUR 64.50?"), (S, "yes"))
    assert quantities(terms) == [Decimal("180")]
    # traps: a container's share with no total said is no order; a few sections build one piece
    terms = chat((B, "lager 500ml can, 2600 cartons per cntr"), (S, "ok"))
    assert quantities(terms) in ([], [None])
    terms = chat((B, "we need 60 units exam table"), (S, "Exam table ET-03 (3 sections, adjustable backrest): USD 148/unit"),
                 (B, "ok"))
    assert quantities(terms) == [Decimal("60")]


def _last_due(terms):
    last = terms.payment.installments[-1]
    return last.due_days, last.trigger_event


def test_the_last_shares_days_after_installation_or_the_bl_said_in_chinese():
    terms = chat((S, "30% T/T with order, 60% T/T before shipment, last 10% T/T within 15 days after installation done"),
                 (B, "ok"))
    assert _last_due(terms) == (15, "installation")
    terms = chat((B, "付款分三次可以吗：30%定金，40%出货前，剩下30%见提单后15天内付"), (S, "可以"))
    assert _last_due(terms) == (15, "B/L date")
    # trap: against the B/L copy with no days is no days after it
    terms = chat((B, "30%定金，70%见提单副本付清"), (S, "可以"))
    assert _last_due(terms) == (None, None)


def test_the_last_shares_days_after_arrival_are_no_share_due_on_arrival():
    terms = chat((S, "可以: 30% deposit, 60% before shipment, 10% within 30 days after arrival. all by T/T"), (B, "ok"))
    assert _last_due(terms) == (30, "arrival")
    terms = chat((S, "预付30%，发货前付60%，剩下10%到港后15天内付清，都是电汇"), (B, "好"))
    assert _last_due(terms) == (15, "arrival")
    terms = chat((S, "付款: 30% deposit, 60% 发货前, 10% 收货后10天内"), (B, "ok"))
    assert _last_due(terms) == (10, "arrival")
    # trap: a share paid on arrival has no days
    terms = chat((S, "30% deposit, 70% after arrival"), (B, "ok"))
    assert _last_due(terms) == (None, None)


def test_a_lone_share_after_a_three_part_schedule_is_no_new_deposit():
    terms = chat((S, "30% deposit, 60% before shipment, 10% within 30 days after installation. all by T/T"),
                 (B, "can the last part be 15%?"), (S, "sorry 10% is our standard, installation is fast"), (B, "ok"))
    assert shares(terms) == [Decimal("30"), Decimal("60"), Decimal("10")]
    # trap: a deposit named with the share still counters the deposit
    terms = chat((S, "30% deposit, 60% before shipment, 10% within 30 days after installation"), (B, "20% deposit ok?"),
                 (S, "ok 20% deposit"))
    assert shares(terms)[0] == Decimal("20")


def test_chinese_splits_paid_first_then_the_rest_and_the_whole_sum_by_wire():
    for text, want in (("先付30%，发货前再付70%", [Decimal("30"), Decimal("70")]),
                       ("先付50%，货到悉尼仓库后再付50%", [Decimal("50"), Decimal("50")]),
                       ("先电汇50%做订金，出货前付清余数", [Decimal("50"), Decimal("50")]),
                       ("先電匯一半做訂金，出貨前找清餘數", [Decimal("50"), Decimal("50")]),
                       ("全數T/T，收到款三日內出貨", [Decimal("100")])):
        assert shares(chat((S, text), (B, "好"))) == want, text
    # traps: the whole sum asked about, or the rest of it, is no full payment
    assert shares(chat((B, "可以全數T/T畀你嗎？"), (S, "再傾"))) == []
    assert shares(chat((S, "三成訂金，全數出貨前付清"), (B, "好"))) != [Decimal("100")]


def test_options_none_chosen_all_in_one_currency_settle_the_currency():
    terms = chat((B, "sparkling mineral water 500ml glass, 1,200 cases for Sydney. what are your prices?"),
                 (S, "two options for you: FOB Xiamen AUD 11.60/case, or CIF Sydney AUD 13.10/case"), (B, "let me check"))
    assert (terms.currency.code, prices(terms)) == ("AUD", [None])
    # trap: options in two currencies settle none
    terms = chat((B, "1,200 cases, prices?"), (S, "FOB Xiamen USD 7.60/case, or CIF Sydney AUD 13.10/case"), (B, "let me check"))
    assert terms.currency.code is None


def _lead(terms):
    return terms.lead_time.min_days, terms.lead_time.max_days


def test_a_couriers_days_to_a_place_and_the_days_from_the_order_before_the_mode():
    terms = chat((B, "shipping?"), (S, "UPS, 5-7 days to Canada. production 10 days"), (B, "great"))
    assert _lead(terms) == (10, 10)
    terms = chat((B, "交期？"), (S, "收到订单后25天，走海运"), (B, "👍"))
    assert _lead(terms) == (25, 25)
    # traps: the days to a place with the courier named are no lead time; from the order to the port is the whole way
    terms = chat((B, "shipping?"), (S, "UPS, 5-7 days to Canada"), (B, "ok"))
    assert _lead(terms) == (None, None)
    terms = chat((B, "交期？"), (S, "下单后25天到港"), (B, "好"))
    assert _lead(terms) != (25, 25)


def test_review_traps_accessories_sections_pairs_packs_due_days_and_full_payment():
    # an accessory of the same count is no other name of the goods
    terms = chat((B, "need 1000 pcs paper coffee cups 8oz"), (S, "杯盖1000个，每个0.03美金"), (B, "ok"))
    assert prices(terms)[0] is None
    # what comes with each only after the price of each, closing its clause
    terms = chat((B, "带灯的款要12台，多少钱一台？"), (S, "每台2600元"), (B, "好"))
    assert quantities(terms) == [Decimal("12")]
    # how many sections one piece has; pairs sold as pairs; pieces in each carton priced per piece
    terms = chat((B, "need 200 pcs telescopic ladder 12 sections"), (S, "USD 25/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("200")]
    terms = chat((B, "need 12 pairs walkie talkie, price USD 40 per set ok?"), (S, "ok"))
    assert quantities(terms) == [Decimal("12")]
    terms = chat((B, "40 cartons of 100 pcs glass jar, price per pc?"), (S, "USD 0.22/pc"), (B, "ok"))
    assert quantities(terms) != [Decimal("40")]
    # days after an event that are no payment's
    for text in ("50% deposit, 50% balance. 收货后7天内可以退换", "30% deposit, 70% balance. warranty starts 30 days after installation",
                 "payment 30% deposit and 70% balance, training 5 days after commissioning", "30%订金，70%尾款，提单后3天寄正本"):
        assert _last_due(chat((S, text), (B, "ok"))) == (None, None), text
    # the whole sum given by wire only said on its own: not the balance, a refusal or after the goods
    # (nor, after a second review, said alone: "全數" may be the whole deposit, "ok，聽日TT全數畀你" after "30%訂金")
    for text in ("訂金30%已經過咗，尾數聽日 T/T 全數畀你", "我哋唔會 TT 全數畀你", "收到貨之後先 TT 全數畀你", "OK，聽日 T/T 全數畀你"):
        assert shares(chat((B, text), (S, "好"))) != [Decimal("100")], text
    # a three-part schedule's deposit countered with a share of no other part, or as the least one
    terms = chat((S, "Payment: 30% deposit, 40% before shipment, 30% against BL copy"), (B, "too high for us, 20% ok?"),
                 (S, "ok 20% fine"))
    assert shares(terms)[0] == Decimal("20")
    terms = chat((B, "can we do 20% deposit, 50% before shipment, 30% after arrival?"), (S, "we need 30% minimum"))
    assert shares(terms)[0] == Decimal("30")


def test_second_review_traps():
    # other goods of the same count offered under a Chinese name, or counted in another unit word
    terms = chat((B, "need 1000 pcs phone case for iphone 15"), (S, "钢化膜1000片，每片0.3美金，要不要？"))
    assert prices(terms)[0] is None
    terms = chat((B, "need 5000 pcs notebooks A5"), (S, "圆珠笔5000支 USD 0.1"))
    assert prices(terms)[0] is None
    # cartons in total with the pieces in each are the packing of an order in pieces
    terms = chat((B, "qty 6000 pcs, 300 ctns total (20 pcs per ctn)"), (S, "ok"))
    assert quantities(terms) == [Decimal("6000")]
    # a currency only asked for settles nothing
    terms = chat((B, "need 500 pcs bluetooth speaker"), (S, "USD 6.8/pc FOB Shenzhen"), (B, "pls quote in EUR"))
    assert terms.currency.code == "USD"
    # the buyer countering the first share of three with no deposit word still counters it
    terms = chat((S, "30% deposit, 50% before shipment, 20% after arrival"), (B, "we prefer 50% now and the rest later"))
    assert shares(terms)[:1] != [Decimal("30")]
    # a courier, then days to do something, is no way there
    terms = chat((B, "lead time?"), (S, "by DHL, 7 days to complete the order"), (B, "ok"))
    assert _lead(terms) == (7, 7)
    # taxes, installation and invoices come with no count of their own; speakers sold by the pair
    terms = chat((B, "价格？"), (S, "每台1350元，含税10台"), (B, "好"))
    assert quantities(terms) == [Decimal("10")]
    terms = chat((B, "Bookshelf speakers 8 pairs: USD 120/set"), (S, "ok"))
    assert quantities(terms) == [Decimal("8")]
    # a reorder of a time is no goods
    terms = chat((B, "reorder 20 next week pls"), (S, "ok"))
    assert quantities(terms) in ([], [None])
