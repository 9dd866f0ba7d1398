"""Prices, counts and terms read from blind sets dc to dh; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, methods, prices, quantities, shares
from tradepact.domain.terms import IncotermRule, TermStatus


def test_pieces_to_a_carton_are_the_packing_not_the_order():
    terms = chat((B, "Hi Sunny, we need 1200 aluminium reflective signs, 600mm triangle. CFR Jeddah."),
                 (S, "Hello Faisal, USD 14.80 per sign CFR Jeddah. 20 pcs to a carton."), (B, "ok, 14.80 works"))
    assert quantities(terms) == [Decimal("1200")]
    # trap: pieces ordered "to" a place are still the order
    terms = chat((B, "we need 1200 pcs to Jeddah, CFR"), (S, "USD 14.80/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("1200")]


def test_a_count_opening_the_buyers_message_counts_the_goods_it_names():
    terms = chat((B, "Kia ora Jenny, 250 rubber speed humps 600x400mm, black/yellow. Quote in NZD, CIF Auckland?"),
                 (S, "NZD 38.60 per hump CIF Auckland"), (B, "ok deal"))
    assert quantities(terms) == [Decimal("250")]
    terms = chat((B, "Hi, small order this time: 120 LED flashing warning lights with batteries. EXW price pls"),
                 (S, "EXW USD 8.50/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("120")]
    terms = chat((B, "Hi Wendy, final list: 2000 solar road studs (model SRS-6) and 5000 plastic road studs "
                     "(cat eye, white). FOB Shenzhen."),
                 (S, "solar stud USD 3.10, plastic stud USD 0.32, FOB Shenzhen"), (B, "agreed"))
    assert quantities(terms) == [Decimal("2000"), Decimal("5000")]
    terms = chat((B, "Hi Cherry, for 5000 aluminium offset walking canes in bronze colour, what is your FOB Xiamen?"),
                 (S, "USD 4.60 FOB Xiamen"), (B, "ok"))
    assert quantities(terms) == [Decimal("5000")]


def test_a_figure_opening_a_message_is_no_count_unless_it_names_goods_in_the_plural():
    # traps: a price, a grade, a size, the weather, what a book holds
    for text in ("1120 possible? market is soft now", "201 body ok. 38.50 too much", "24 flat?",
                 "26 degrees today here", "A4 hardcover. 160 pages, full colour"):
        terms = chat((B, "CIF Hamburg price pls"), (S, "USD 40 CIF Hamburg"), (B, text))
        assert not any(quantities(terms)), text
    # nor when the message counts in a unit: then the figure opening it is a size
    terms = chat((B, "Hello Cathy, 264 egg incubators, 120 units, DPU Jebel Ali"), (S, "USD 410/unit DPU"), (B, "ok"))
    assert quantities(terms) == [Decimal("120")]


def test_a_count_opening_the_message_before_a_number_word_in_the_name():
    terms = chat((B, "Bonjour Eric, 500 four-wheel rollators with basket, DAP Lyon. Price in EUR?"),
                 (S, "EUR 39.00/pc DAP Lyon"), (B, "ok for 39"))
    assert quantities(terms) == [Decimal("500")]


def test_looking_at_a_count_of_goods_orders_them():
    terms = chat((B, "Wendy, we are looking at 320 lightweight transport chairs with 12-inch rear wheels. Offer?"),
                 (S, "FOB Ningbo USD 41.00/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("320")]
    # trap: a figure of the name after "looking at" is no count
    terms = chat((B, "we're looking at 4-ply silicone coupler hoses, blue. 800 pcs. Price DDU Manchester?"),
                 (S, "USD 3.60/pc DDU Manchester"), (B, "ok"))
    assert quantities(terms) == [Decimal("800")]


def test_the_cantonese_we_want_is_no_part_of_the_goods_name():
    terms = chat((B, "你好，我哋要雪糕筒500個，同埋膠水馬60個，DAP價，用港幣報。"),
                 (S, "雪糕筒每個港幣18元，膠水馬每個港幣260元，DAP"), (B, "好，就咁話。"))
    assert quantities(terms) == [Decimal("500"), Decimal("60")]
    assert [i.description for i in terms.line_items] == ["雪糕筒", "膠水馬"]


def test_eggs_one_incubator_holds_are_no_count_of_incubators():
    terms = chat((B, "你好，48顆全自動孵蛋機要30台，可以DDP送到府嗎？"), (S, "48顆全自動孵蛋機 DDP 每台NT$2,350"), (B, "好"))
    assert quantities(terms) == [Decimal("30")]
    terms = chat((B, "Hello Ms Sun, 12-egg mini incubator, 1000 units, FOB Dalian, price in JPY please"),
                 (S, "佐藤先生您好, 12枚迷你孵化器 FOB Dalian JPY 2450/unit"), (B, "ok"))
    assert quantities(terms) == [Decimal("1000")]
    # trap: eggs counted in 枚 are still a count
    terms = chat((B, "咸鸭蛋要5000枚，每枚多少钱"), (S, "每枚1.2元"), (B, "好"))
    assert quantities(terms) == [Decimal("5000")]


def test_a_chinese_name_said_again_with_a_word_added_after_its_count_is_the_same_goods():
    terms = chat((B, "小李你好，96枚孵化器要六百台，DAP莫斯科，走铁路"),
                 (S, "伊万你好，96枚自动孵化器DAP莫斯科每台四十五美金，铁路运输"), (B, "好"))
    assert quantities(terms) == [Decimal("600")] and len(terms.line_items) == 1
    # traps: the box of the goods is other goods, and so are incubators of another size
    terms = chat((B, "96枚孵化器要600台，还有96枚孵化器外盒600个"), (S, "96枚孵化器每台45美金，96枚孵化器外盒每个2美金"),
                 (B, "好"))
    assert prices(terms) == [Decimal("45"), Decimal("2")]
    terms = chat((B, "96枚孵化器要600台，还有56枚孵化器300台"), (S, "96枚自动孵化器每台45美金，56枚自动孵化器每台30美金"),
                 (B, "好"))
    assert quantities(terms) == [Decimal("600"), Decimal("300")] and prices(terms) == [Decimal("45"), Decimal("30")]


def test_a_remark_in_brackets_after_a_price_leaves_the_next_goods_named():
    terms = chat((B, "final order: 45L starter tank kit, 900 pcs black + 600 pcs white; 300L/h internal filter, 1500 pcs; "
                     "50W preset heater, 1500 pcs"),
                 (S, "prices DDP Los Angeles: tank kit USD 29.00 (black or white, same price), internal filter "
                     "USD 3.10, heater USD 2.75"), (B, "ok"))
    assert prices(terms) == [Decimal("29.00"), Decimal("3.10"), Decimal("2.75")]
    # trap: a list of specs after the goods still names no goods of its own
    terms = chat((B, "IV stand 300 pcs"), (S, "SS304 IV stand, 5 castors, 4 hooks, chrome knob lock: USD 17.60/pc"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("17.60")]


def test_goods_told_apart_by_their_sizes_when_one_name_is_the_other_shortened():
    terms = chat((B, "order: 3L plastic chicken drinker, 1000 red + 1000 yellow; 5L drinker 1500 pcs; 10kg feeder "
                     "1200 pcs. Price DAT Rotterdam pls, in EUR"),
                 (S, "3L drinker EUR 1.05/pc (red or yellow, same price), 5L drinker EUR 1.32/pc, 10kg feeder "
                     "EUR 1.95/pc. All DAT Rotterdam"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000"), Decimal("1500"), Decimal("1200")]
    assert prices(terms) == [Decimal("1.05"), Decimal("1.32"), Decimal("1.95")]


def test_the_chinese_names_of_cfr_and_cif_are_no_freight_or_cost_of_their_own():
    terms = chat((B, "周小姐，N48方块磁铁 50x25x10，三千块，报成本加运费的价格"),
                 (S, "阮先生您好，N48 50x25x10，成本加运费（CFR）每块2.35美金"), (B, "可以"))
    assert prices(terms) == [Decimal("2.35")]
    terms = chat((B, "磁铁三千块，报到岸价"), (S, "成本加保险加运费（CIF）每块2.60美金"), (B, "可以"))
    assert prices(terms) == [Decimal("2.60")]
    # traps: the freight or the cost per piece is still no price of the goods
    for text in ("运费每块0.3美金", "成本每块2美金"):
        terms = chat((B, "磁铁三千块"), (S, text), (B, "可以"))
        assert not any(prices(terms)), text


def test_a_sum_just_sent_is_a_payment_not_a_price():
    terms = chat((B, "magnetic sheet rolls 1m x 30m, we need 250 rolls, DDP please"),
                 (S, "USD 64/roll DDP, by sea. sample fee USD 30 via PayPal"),
                 (B, "ok, PayPal for the sample, just sent the 30 USD"), (B, "sample approved, go ahead with the 250 rolls"))
    assert prices(terms) == [Decimal("64")]
    # trap: a price asked after "sent" is still a price
    terms = chat((B, "250 rolls, DDP"), (S, "USD 64/roll DDP"), (B, "sample sent back. can you do USD 60?"),
                 (S, "ok USD 60"))
    assert prices(terms) == [Decimal("60")]


def test_an_approximate_amount_in_a_sentence_opened_by_a_way_of_shipping_is_its_freight():
    terms = chat((B, "can you price solar road studs for 3000 pcs? EXW please"),
                 (S, "EXW our factory in Cixi: USD 4.20/pc at 3000 pcs."), (B, "OK, EXW Cixi at 4.20 accepted."),
                 (S, "Sure. Air to Riyadh is about 5-7 days, roughly USD 0.90/pc extra. Sea LCL is 30-35 days, around "
                     "USD 0.25/pc. Which one do you prefer?"))
    assert prices(terms) == [Decimal("4.20")]
    # traps: a price the sentence names a rule or a price for is still the price
    terms = chat((B, "3000 pcs road studs, CIF Jeddah"), (S, "Sea freight included, about USD 4.60/pc CIF Jeddah"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("4.60")]
    terms = chat((B, "3000 pcs road studs"), (S, "by sea the price is about USD 4.60/pc"), (B, "ok"))
    assert prices(terms) == [Decimal("4.60")]
    # and what the forwarder quotes is carriage, not a price left after the freight is set aside
    terms = chat((B, "nylon yarn 2,000 kg, FCA Shanghai, EUR pls"), (S, "EUR 4.90/kg FCA Shanghai"), (B, "4.80?"),
                 (S, "OK 4.80 for 2,000kg."),
                 (S, "Sea LCL: 约 35 days to Genoa, 我们 forwarder quote approx EUR 380. Air: 4-5 days to Milan, "
                     "approx EUR 2.30/kg = EUR 4,600."))
    assert prices(terms) == [Decimal("4.80")]


def test_by_air_freight_after_the_rule_says_how_the_goods_go_not_what_carriage_costs():
    terms = chat((B, "Hello Frank, 250 solar powered warning lights. Please quote CIP Nairobi by air."),
                 (S, "CIP Nairobi (JKIA) by air freight: USD 11.20 per light, insurance included."), (B, "ok"))
    assert prices(terms) == [Decimal("11.20")]
    # trap: air freight quoted on its own is the carriage
    terms = chat((B, "250 lights, EXW"), (S, "EXW USD 9.80 per light"), (S, "by air freight: USD 1.20 per light"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("9.80")]



def test_a_condition_in_a_chinese_clause_of_its_own_leaves_the_price_before_it():
    terms = chat((B, "刘工你好，家用锥刀电动磨豆机，一千台，请报到岸价"),
                 (S, "阮先生好，到岸价每台23.5美金，港口定了以后如果运费差别大再调整。"), (B, "行"))
    assert prices(terms) == [Decimal("23.5")]
    # trap: a price the condition governs stays out
    terms = chat((B, "磨豆机一千台，报到岸价"), (S, "如果订两千台，每台22美金"), (B, "行"))
    assert not any(prices(terms))


def test_a_floor_after_the_freight_that_raised_it_is_the_price():
    terms = chat((B, "800 reflective warning signs. Price in EUR, DPU?"), (S, "DPU 每块 EUR 21.00, unloaded at your depot."),
                 (B, "ok, 21 accepted."), (S, "Sorry Lukas, 刚刚重新核算了运费, 21 做不了, 最少 EUR 22.30."),
                 (B, "Hmm, not happy about that, but ok, 22.30."))
    assert prices(terms) == [Decimal("22.30")]
    # trap: the freight's own amount is still no price
    terms = chat((B, "800 signs, DPU"), (S, "DPU 每块 EUR 21.00"), (B, "ok"), (S, "运费最少 EUR 900"))
    assert prices(terms) == [Decimal("21.00")]


def test_a_figure_to_reckon_the_price_at_is_a_counter():
    terms = chat((S, "起订量200块。200到999块每块9.6美金，1000块以上每块8.9美金，都是成本加运费价。"),
                 (B, "我们订1500块，按8.9算。付款用即期信用证。"), (S, "可以"))
    assert prices(terms) == [Decimal("8.9")]
    # trap: what the order comes to (算下来) is no price
    terms = chat((S, "每块9.6美金"), (B, "1500块，9.6算下来一万四"), (S, "对"))
    assert prices(terms) == [Decimal("9.6")]


def test_days_once_the_deposit_arrives_or_from_the_order_are_the_lead_time():
    assert lead(chat((B, "ok. how long for production?"), (S, "15-20 days once the deposit arrives."), (B, "Fine"))) == (15, 20)
    assert lead(chat((B, "Thanks. Production?"),
                     (S, "About six weeks from order confirmation. Sea freight to Auckland then takes roughly 3 weeks "
                         "on top."))) == (42, 42)
    # trap: the days from the deposit to the goods' arrival are no lead time
    terms = chat((S, "Production needs 45 days from deposit."), (B, "So cargo in Melbourne ~75 days from deposit, that works."))
    assert lead(terms) == (45, 45)


def test_the_making_named_by_its_trade_and_goods_ready_or_collected_after_days():
    assert lead(chat((B, "ok"), (S, "We roast to order: 10 working days after your PO. The train from Xi'an to Duisburg "
                                    "takes about 18 days."))) == (10, 10)
    assert lead(chat((B, "付款五五开？"), (S, "可以，一半定金，一半发货前付，电汇。烘焙加包装五天。"))) == (5, 5)
    assert lead(chat((B, "ok"), (S, "条款不变：FAS，0.028，月结30天。货10天内可以备好"))) == (None, 10)
    assert lead(chat((B, "到时候付现金行吗"), (S, "行，提货的时候现金结清。十天后来拉就可以"))) == (10, 10)
    assert lead(chat((B, "幾時有貨？"), (S, "一個星期內可以出"))) == (None, 7)
    # trap: the days of monthly settlement stay payment days
    assert lead(chat((B, "能月结30天吗？"), (S, "没问题，月结30天"))) == (None, None)


def test_days_after_the_credit_arrives_where_it_arrives_said_between():
    assert lead(chat((B, "交期呢？"), (S, "信用证到我们这边后三十天，装一个40尺整柜"))) == (30, 30)
    # trap: a credit of thirty days is the payment's
    assert lead(chat((B, "付款呢？"), (S, "信用证30天"))) == (None, None)


def test_half_up_front_and_the_other_half_later_is_fifty_fifty():
    for text in ("Payment half in advance, the other half against B/L copy, by T/T.",
                 "Yes, half and half by T/T is fine.",
                 "Payment: half up front by wire, the other half when you send us the B/L copy."):
        assert shares(chat((B, "payment?"), (S, text), (B, "ok"))) == [Decimal(50), Decimal(50)], text
    # trap: half of the goods shipped now is no share of the payment
    assert shares(chat((B, "payment?"), (S, "30% deposit, 70% before shipment"), (B, "ok"),
                       (B, "can you ship half now and half later?"))) == [Decimal(30), Decimal(70)]


def test_the_full_amount_before_we_ship_or_paid_in_full_is_all_up_front():
    for text in ("Yes Western Union is ok, full amount before we ship",
                 "PayPal is ok, we add the 4.4% fee. PayPal orders are paid in full before production.",
                 "ok 19 deal. pay thru alibaba trade assurance full amt ok?"):
        assert shares(chat((B, "payment?"), (S, text), (B, "ok")))[0] == Decimal(100), text


def place(terms) -> str | None:
    return terms.incoterm.named_place


def test_words_of_the_rule_or_of_duties_after_it_are_no_place():
    assert place(chat((B, "FAS price please"), (S, "Hi Ahmed, FAS 船边交货 USD 69/set"), (B, "ok"))) is None
    assert place(chat((B, "可以DDP送到府嗎？"), (S, "48顆全自動孵蛋機DDP含關稅，每台新台幣1850元"), (B, "好"))) is None
    # trap: a place after the rule stays
    assert place(chat((B, "FAS price please"), (S, "FAS 上海 USD 69/set"), (B, "ok"))) == "上海"


def test_a_figure_opening_a_message_that_names_a_model_a_year_people_or_a_measure_counts_nothing():
    # (traps a second reader found for the opening count, with chats of its own)
    for text in ("Hi Nina, 2026 wall calendars with our logo, price?", "Hi Lily, 6205 bearings, best price?",
                 "Hi, 16 gauge wires, 100m rolls, price?", "Hi, 45 nurses in our ward need new scrubs. Quote?",
                 "Hi, 5000 lumens floodlights, IP66, price?", "Hi, 20 chairs in one carton?",
                 "Hi, 250 helmets per pallet. price?", "Hi Amy. 1000 chairs at 19.50 or 500 chairs at 21?",
                 "we're looking at 12 gauge steel sheets, 4x8 ft"):
        terms = chat((B, text), (S, "USD 12 each"), (B, "ok"))
        assert not any(quantities(terms)), text


def test_goods_named_for_a_way_of_shipping_or_priced_all_in_keep_their_price():
    for seller in ("Air fryer 5L digital, around USD 21.50 per unit", "Sea salt coarse grade approx USD 21.50/kg",
                   "Sea LCL around USD 21.50/pc, including freight to Jeddah",
                   "By sea, about USD 21.50 per unit delivered to your door"):
        assert prices(chat((B, "500 units please"), (S, seller), (B, "ok"))) == [Decimal("21.50")], seller
    # and freight said after the rule's price in the same message stays freight
    terms = chat((B, "250 solar lights, FOB Shenzhen"),
                 (S, "FOB Shenzhen USD 9.80 per light, by air freight: USD 1.20 per light extra"), (B, "ok"))
    assert prices(terms) == [Decimal("9.80")]
    terms = chat((B, "250 lights, CIP Nairobi"), (S, "USD 11.20 per light CIP. Insurance included: USD 80 for the shipment"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("11.20")]


def test_a_floor_of_freight_per_container_or_of_a_total_or_fee_is_no_price():
    for text in ("海运费最近涨了很多，最少 USD 1800 一个柜", "总价 USD 12,000, 最低 USD 11,500 可以", "样品费可以退, 最少 USD 50"):
        terms = chat((B, "500 pcs chairs"), (S, "USD 24/pc"), (B, "ok"), (S, text))
        assert prices(terms) == [Decimal("24")], text


def test_a_chinese_condition_with_no_consequence_of_its_own_still_governs_the_price_before_it():
    terms = chat((B, "磨豆机一千台，报到岸价"), (S, "每台22美金，你们如果订两千台的话"), (B, "那就订一千台，什么价？"))
    assert not any(prices(terms))
    terms = chat((B, "椅子500把"), (S, "每把80元"), (B, "便宜点"), (S, "每把75元，你们如果能月底前付全款的话"),
                 (B, "付不了全款，80就80吧"))
    assert prices(terms) == [Decimal("80")]


def test_a_rate_of_exchange_to_reckon_at_is_no_price():
    terms = chat((B, "保温杯2000个，报美金"), (S, "每个6.5美金"), (B, "我们财务说人民币付款，按7.2算"), (S, "好的"))
    assert prices(terms) == [Decimal("6.5")]


def test_goods_counted_in_ke_that_are_no_incubators_keep_their_count():
    for text in ("你好，5000颗电容器，100uF 25V，报个价", "5000颗手机芯片，多少钱", "要5000颗继电器，12V的"):
        assert quantities(chat((B, text), (S, "每颗0.5元"), (B, "好"))) == [Decimal("5000")], text
    # and goods with a weight or length head, one with a word more, are two goods
    terms = chat((B, "5吨叉车10台，5吨电动叉车5台"), (S, "5吨叉车每台12000美金，5吨电动叉车每台15000美金"), (B, "好"))
    assert quantities(terms) == [Decimal("10"), Decimal("5")]


def test_the_commas_of_a_spec_in_brackets_still_count():
    terms = chat((B, "office chair 500 pcs"), (S, "Office chair (mesh back, nylon base, 3D armrest), black frame: USD 35/pc"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("35")] and quantities(terms) == [Decimal("500")]
    terms = chat((B, "再加厚款垃圾袋5000个"), (S, "每个0.3元"), (B, "好"))
    assert [i.description for i in terms.line_items] == ["再加厚款垃圾袋"]


def test_south_african_rand():
    terms = chat((B, "need brood boxes n super boxes. 600 brood + 600 supers. CIF Durban in Rand pls"),
                 (S, "10框 brood box ZAR 310 each, super box（浅继箱）ZAR 265 each, CIF Durban"), (B, "ok deal"))
    assert prices(terms) == [Decimal("310"), Decimal("265")] and terms.currency.code == "ZAR"
    assert prices(chat((B, "报价"), (S, "每个南非兰特310"), (B, "好"))) == [Decimal("310")]


def test_a_count_after_x_before_and_counts_the_goods_before_it():
    terms = chat((B, "need 4-frame manual honey extractor x40 and uncapping fork x200. DDP Manchester by air, GBP pls"),
                 (S, "四框手摇摇蜜机 GBP 58/pc, uncapping fork GBP 1.90/pc, DDP Manchester 空运"), (B, "ok"))
    assert quantities(terms) == [Decimal("40"), Decimal("200")] and prices(terms) == [Decimal("58"), Decimal("1.90")]
    # trap: a size after x is still no count
    terms = chat((B, "need sheets 1220 x 2440 mm, 300 pcs"), (S, "USD 12/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")]


def test_days_after_we_have_the_deposit_and_the_credit_leave_the_split_across_instruments():
    terms = chat((B, "ok"), (S, "We can take 20% deposit by T/T and the remaining 80% by irrevocable L/C at sight."),
                 (B, "Agreed. Delivery time?"), (S, "35 days after we have the deposit and the L/C."))
    assert [m.value for m in methods(terms)] == ["TT", "LC_SIGHT"] and lead(terms) == (35, 35)


def test_an_agreed_rule_asked_to_be_changed_instead_is_open_again():
    terms = chat((B, "D43 magnets 6000 sets, price?"), (S, "D43 FOB 深圳每套1.65美金"), (B, "1.65可以。付款呢？"),
                 (S, "30%定金，70%尾款发货前付清，电汇"), (B, "可以。另外能不能改成CIF洛杉矶？我们这边自己订舱太麻烦"))
    assert terms.incoterm.status == TermStatus.CONFLICTING and terms.incoterm.rule is None
    terms = chat((B, "broiler pan feeders, 8000 pcs. Quote pls"), (S, "USD 1.12/pc FOB Tianjin, 1x40GP"),
                 (B, "price is ok. payment 30/70?"), (S, "ok, 30% deposit, 70% by T/T"),
                 (B, "good. But we prefer CFR San Antonio instead of FOB, can you?"), (S, "CFR要加运费，我明天问一下货代"))
    assert terms.incoterm.status == TermStatus.CONFLICTING
    # trap: the change answered and taken up is agreed
    terms = chat((B, "pet carriers 1200 pcs, price?"), (S, "FCA Shenzhen USD 10.20/pc"), (B, "ok"),
                 (B, "could you quote CIP Chicago instead?"), (S, "CIP Chicago USD 11.30/pc"), (B, "ok deal"))
    assert terms.incoterm.status == TermStatus.AGREED and terms.incoterm.rule == IncotermRule.CIP


def test_a_size_between_the_order_verb_and_a_chinese_name_leaves_the_name_counted():
    terms = chat((B, "張經理您好，我們想訂 350ml 紅銅色手沖壺 150 支，還有陶瓷濾杯 300 個。"),
                 (S, "手沖壺每支NT$480，濾杯每個NT$95"), (B, "好"))
    assert quantities(terms) == [Decimal("150"), Decimal("300")]
    # trap: a size then a unit word is no name ("45cm 一條")
    terms = chat((B, "珍珠項鍊 45cm 一條多少？要150條"), (S, "每條170元"), (B, "好"))
    assert quantities(terms) == [Decimal("150")]


def test_the_bulk_named_after_the_samples_right_before_its_count_is_the_order():
    terms = chat((B, "孙小姐，锂电池增氧泵（户外钓鱼用）先要一个样品，样品确认后大货 1500 个"), (S, "每个12美金"), (B, "好"))
    assert quantities(terms) == [Decimal("1500")]
    # trap: samples counted after the bulk word are still samples
    terms = chat((B, "大货之前先要5个样品"), (S, "样品每个12美金"), (B, "好"))
    assert not any(quantities(terms))


def test_the_buyers_own_vessel_or_the_vessel_from_a_port_is_by_sea():
    for text in ("Our own vessel collects them at the quay, so FAS price pls",
                 "After that the vessel from Shanghai to Rotterdam is about 30-35 days."):
        assert chat((B, "3000 pcs"), (S, text)).logistics.mode.value == "SEA", text
    # trap: a vessel as goods ("pressure vessel") says nothing of the way
    assert chat((B, "need 20 pressure vessels, 500L"), (S, "USD 900 each")).logistics.mode.value == "UNSPECIFIED"


def test_weak_lead_time_cues_leave_payment_paper_and_keeping_days_alone():
    # (traps a second reader found, with chats of its own)
    for seller in ("we can give you 30 days credit from the order date, by T/T.", "T/T, 30 days after your PO.",
                   "We roast on Mondays, best consumed 7-21 days after roast.", "开船后3天内可以出提单",
                   "有问题的货我们30天后来拉回去"):
        assert lead(chat((B, "ok?"), (S, seller))) == (None, None), seller
    assert lead(chat((B, "lead time?"), (S, "2 weeks. We need 3 days once the deposit arrives to buy the material."))) == (14, 14)
    assert lead(chat((B, "交期多久？"), (S, "大货25天。设计稿两天内可以出"))) == (25, 25)
    terms = chat((B, "付款？"), (S, "信用证到我们银行后5个工作日内我们交单"))
    assert lead(terms) == (None, None) and [m.value for m in methods(terms)] == ["LC_SIGHT"]


def test_half_of_the_goods_or_of_a_fee_is_no_share_of_the_payment():
    for said in ("we can deliver half now and the other half in 2 weeks", "FYI half and half packing, 12 pcs per carton",
                 "received, but only half deposit arrived, bank charges?"):
        terms = chat((B, "payment?"), (S, "30% deposit, 70% before shipment"), (B, "ok"), (S, said))
        assert shares(terms) == [Decimal(30), Decimal(70)], said
    assert shares(chat((B, "payment?"), (S, "Western Union is ok. Half now, half before shipping."), (B, "ok"))) \
        == [Decimal(50), Decimal(50)]


def test_the_full_amount_as_a_policy_or_to_check_is_no_term():
    terms = chat((B, "payment?"), (S, "30% deposit, 70% against BL copy"), (B, "ok"),
                 (S, "for orders under USD 1000, full amount before we ship. yours is bigger so 30/70 ok"))
    assert shares(terms) == [Decimal(30), Decimal(70)]


def test_a_change_said_with_instead_of_something_else_leaves_the_agreed_rule():
    terms = chat((B, "CIF Durban price?"), (S, "CIF Durban USD 8/pc"), (B, "ok deal"),
                 (S, "we ship from Ningbo instead of Shanghai, FOB cost is same for us"))
    assert terms.incoterm.status == TermStatus.AGREED and terms.incoterm.rule == IncotermRule.CIF
    terms = chat((B, "报FOB宁波"), (S, "FOB宁波每个5美元"), (B, "可以"), (S, "唛头改成英文的，CIF价格单我也附上了供参考"))
    assert terms.incoterm.status == TermStatus.AGREED and terms.incoterm.rule == IncotermRule.FOB


def test_sizes_joined_by_and_are_no_counts_and_a_place_before_han_is_kept():
    terms = chat((B, "5 inch x 20 and 6 inch x 20 grinding discs, 2000 pcs"), (S, "USD 0.5/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]
    terms = chat((B, "8-way dual RCD x 400 and 16-way dual RCD x 250, DDP"), (S, "USD 21 and USD 34"), (B, "ok"))
    assert quantities(terms) == [Decimal("400"), Decimal("250")]
    assert place(chat((B, "報價"), (S, "DDP台中含稅，每台1850元"), (B, "好"))) == "台中"


def test_qualifiers_materials_samples_drawn_vessels_and_names_that_look_like_rand():
    for text in ("需要 12寸 左右 300个", "螺丝要 10mm 不锈钢 20000个"):
        terms = chat((B, text), (S, "每个5元"), (B, "好"))
        assert [i.description for i in terms.line_items] != [text.split(" ")[1] + " " + text.split(" ")[2]], text
    terms = chat((B, "订单1000个，每个5美元"), (S, "好的"), (B, "出货前样品从大货里抽 5 个寄给我们"), (S, "可以"))
    assert quantities(terms) == [Decimal("1000")]
    assert chat((B, "need 20 pressure vessels, own vessel design with ASME stamp"), (S, "USD 900 each"),
                (B, "ok")).logistics.mode.value == "UNSPECIFIED"
    terms = chat((B, "Hi, Zar here. 500 mugs pls"), (S, "Hi Zar 310 each is our price in USD"), (B, "ok"))
    assert terms.currency.code == "USD"
