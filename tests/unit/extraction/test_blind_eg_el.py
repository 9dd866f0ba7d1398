"""Prices, counts and terms read from blind sets eg to el; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, prices, quantities
from tradepact.domain.terms import TermStatus


def test_one_machine_ordered_costs_the_big_sum_said_with_no_unit():
    terms = chat((B, "For the crate project we go with 1 set of the 1300T two-platen machine. Price FAS Shanghai?"),
                 (S, "1300T two-platen, screw 120mm, FAS Shanghai: USD 415,000"), (B, "Agreed"))
    assert prices(terms) == [Decimal("415000")]
    # traps: a sum for several machines, or with a count of several beside it, is the lot's
    for buyer, seller in (("we need 10 sets of the 1300T machine, price FAS Shanghai?", "FAS Shanghai: USD 415,000"),
                          ("we need 1 set of the 1300T machine, price FAS Shanghai?", "2 sets FAS Shanghai: USD 415,000")):
        terms = chat((B, buyer), (S, seller), (B, "Agreed"))
        assert prices(terms) == [None], seller


def test_ten_thousands_with_no_unit_are_one_machines_price_not_a_count():
    terms = chat((B, "埃及客户那台650吨注塑机定了，一台。FOB蛇口能不能做到68万？"), (S, "68万做不了，最低68.5万，FOB蛇口"),
                 (B, "行，68.5万就68.5万"), (S, "好的"))
    assert Decimal("685000") not in quantities(terms) and Decimal("680000") not in quantities(terms)
    # trap: with no machine ordered, bare ten thousands still count the goods
    terms = chat((B, "大号1万 小号1.5万，报价"), (S, "大号0.35元，小号0.28元"), (B, "好的"))
    assert quantities(terms) == [Decimal("10000"), Decimal("15000")]


def test_rated_loads_tell_goods_apart_as_sizes_do():
    terms = chat((B, "HSZ manual chain hoists, 3m lift.\n1 ton x 200 pcs\n2 ton x 150 pcs\npls quote FOB"),
                 (S, "HSZ 3m lift, FOB Ningbo:\n1T - USD 28.50/pc\n2T - USD 36.80/pc"), (B, "ok, send the PI"))
    assert items(terms) == [("1 ton", Decimal("200"), Decimal("28.50")), ("2 ton", Decimal("150"), Decimal("36.80"))]
    terms = chat((B, "vertical plate lifting clamps, 1t x 150 and 3t x 80. DDU Toronto?"),
                 (S, "price in CAD: 1t CAD 48.50, 3t CAD 86.00"), (B, "ok fine, go ahead"))
    assert (quantities(terms), prices(terms)) == ([Decimal("150"), Decimal("80")], [Decimal("48.50"), Decimal("86.00")])
    # trap: tonnes ordered at a price per tonne are the weight, not sizes of two goods
    terms = chat((B, "urea, we need 20 tons at USD 650/ton and 30 tons at USD 640/ton"), (S, "ok"))
    assert all(not d.startswith("20") for d, _, _ in items(terms))


def test_what_a_machine_holds_is_no_weight_ordered():
    terms = chat((B, "我们需要除湿干燥机：三机一体50公斤的5台，蜂窝式150公斤的2台"), (S, "可以"))
    assert quantities(terms) == [Decimal("5"), Decimal("2")]
    terms = chat((B, "need price for hopper dryer 50kg, 10 units. CIF Jebel Ali"), (S, "USD 420/unit"), (B, "ok"))
    assert quantities(terms) == [Decimal("10")]
    # traps: a weight ordered after a verb or of goods is still the order
    terms = chat((B, "我们要买咖啡豆500公斤"), (S, "每公斤58元"), (B, "好的"))
    assert quantities(terms) == [Decimal("500")]
    terms = chat((B, "we need 50kg of dryer beads"), (S, "USD 4.2/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("50")]


def test_a_diameter_is_no_count_and_tells_two_sets_apart():
    terms = chat((B, "Need bimetallic screw and barrel: Ø50 L/D 22 for our 200T, qty 2 sets, and Ø65 L/D 22 for the 300T, "
                     "qty 1 set"),
                 (S, "Ø50 bimetallic screw barrel set MYR 7,900/set, Ø65 set MYR 11,600/set. DAT Port Klang"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2"), Decimal("1")], [Decimal("7900"), Decimal("11600")])
    # trap: one goods with its diameter is still one line, counted as written
    terms = chat((B, "nylon rods Ø30 x 1m, 500 pcs"), (S, "USD 3.20/pc"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("500")], [Decimal("3.20")])
    terms = chat((B, "Ø65 set, how much?"), (S, "MYR 11,600/set"), (B, "ok"))
    assert Decimal("65") not in quantities(terms)


def test_how_counted_goods_ship_names_no_other_goods():
    for seller in ("CAD 124.00/pc DDU Toronto. 320 pcs flat-packed fill one 40HQ",
                   "CAD 124.00/pc DDU Toronto. 320 pcs knock-down = 1x40HQ"):
        terms = chat((B, "we need 3-drawer lateral filing cabinets, steel, light grey, 320 pcs. Price DDU Toronto?"),
                     (S, seller), (B, "ok, PI pls"))
        assert items(terms) == [("3-drawer lateral filing cabinets", Decimal("320"), Decimal("124.00"))], seller
    # trap: goods named after such a word are goods ("200 pcs KD wardrobes")
    terms = chat((B, "we need 200 pcs KD wardrobes and 100 pcs steel lockers"), (S, "USD 96/pc and USD 88/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("200"), Decimal("100")]


def test_a_certificate_type_and_a_fraction_are_no_counter():
    terms = chat((B, "we need anchor shackles 3/4\", 5000 pcs"), (S, "USD 3.18/pc FOB Qingdao"),
                 (B, "spec for the PI:\nItem: Anchor shackle, bolt type, 3/4\"\nCert: EN 10204 3.1"),
                 (S, "Noted, RR-C-271 and 3.1 cert ok"), (B, "ok go"))
    assert prices(terms) == [Decimal("3.18")]
    # trap: a bare counter is still one
    terms = chat((B, "anchor shackles, 5000 pcs"), (S, "USD 3.18/pc FOB Qingdao"), (B, "can you do 3.10?"), (S, "ok 3.10"))
    assert prices(terms) == [Decimal("3.10")]


def test_the_pieces_one_set_holds_are_no_count_in_chinese():
    terms = chat((B, "我們想進一批胎內式胎壓偵測器，4顆感應器一組，數量1,000組"), (S, "胎內式TPMS一組4顆，新台幣1,150元/組"), (B, "可以"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1000")], [Decimal("1150")])
    # traps: pieces counted with no set after them are the order; many pieces are no set's
    terms = chat((B, "要胎压传感器4颗，样品"), (S, "每颗280元"), (B, "可以"))
    assert quantities(terms) == [Decimal("4")]
    terms = chat((B, "传感器500颗一组发货就行"), (S, "每颗28元"), (B, "可以"))
    assert quantities(terms) == [Decimal("500")]


def test_a_letter_of_credit_needed_names_no_goods():
    terms = chat((B, "order 400 sets LC200 head units, prices as quoted ok"),
                 (S, "Noted 400 sets. For this amount we need irrevocable L/C at sight"), (B, "LC at sight ok"))
    assert quantities(terms) == [Decimal("400")]  # (one line: no goods named "irrevocable L")
    # trap: goods needed in the same words are still goods
    terms = chat((B, "we need sight glass 200 pcs"), (S, "USD 4.50/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("200")]


def test_goods_added_in_chinese_are_a_line_of_their_own():
    terms = chat((B, "小何，双口快充车载充电器 QC3.0 那款，要黑色2000个，白色1000个"), (S, "黑白同价 ¥12.5/个，最低起订500个"),
                 (B, "再加车载MP3蓝牙FM发射器 1500个"), (S, "FM发射器 ¥23/个"), (B, "好的 下单了"))
    assert quantities(terms) == [Decimal("3000"), Decimal("1500")]
    assert prices(terms)[0] == Decimal("12.5")
    # traps: a feature before 那款 names no goods; more goods to fill a container are no order
    terms = chat((B, "钢管折叠轮椅，实心胎，带坐便的那款，要200台，出厂价多少？"), (S, "坐便轮椅 W-12 出厂价每台360元"), (B, "好"))
    assert (quantities(terms), prices(terms)) == ([Decimal("200")], [Decimal("360")])
    terms = chat((B, "CKD电动车 50台"), (S, "可以走拼箱，或者你们再加点别的货凑一个20GP整柜"), (B, "拼箱吧，每台480美金可以"))
    assert quantities(terms) == [Decimal("50")]


def test_thousands_written_with_a_dot_are_the_price_on_the_table():
    terms = chat((B, "4 sets of rotary rack oven, gas"), (S, "EUR 21,600 per set, DAT Antwerp"),
                 (B, "21.600 € is within budget. DAT Antwerp fine"), (S, "thanks"))
    assert prices(terms) == [Decimal("21600")]
    # trap: three decimals with no such price on the table are a price of their own
    terms = chat((B, "labels, 100,000 pcs"), (S, "USD 0.130/pc"), (B, "0.125 € ok?"), (S, "ok"))
    assert prices(terms) == [Decimal("0.125")]


def test_a_chinese_place_ends_before_a_particle_and_is_no_other_term():
    terms = chat((S, "三層六盤電爐HK$18,800一部，送到你觀塘舖頭"), (B, "OK，咁就DAP觀塘啦"))
    assert terms.incoterm.named_place == "觀塘"
    terms = chat((S, "PC專用螺桿料管Ø50，每組NT$68,000，出廠價，交期約三週"), (B, "好"))
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("EXW", None)
    # trap: a place with its rule still reads
    terms = chat((S, "每組NT$68,000，出廠價，台中交貨"), (B, "好"), (S, "FOB台中也可以"), (B, "就FOB台中吧"))
    assert terms.incoterm.named_place == "台中"


def test_a_truck_after_then_is_the_last_leg_and_a_train_asked_about_is_the_journey():
    terms = chat((B, "push trolleys, 300 pcs. Could you quote CPT Warsaw by train?"),
                 (S, "Sure. Rail via Małaszewicze. CPT Warsaw: push trolley EUR 21.40/pc"), (B, "how long is the train?"),
                 (S, "about 16-18 days Xi'an to Małaszewicze, then one day by truck to Warsaw"), (B, "OK"))
    assert terms.logistics.mode.value == "RAIL"
    terms = chat((B, "要 480 sets, DPU Duisburg, 走中欧班列"), (S, "EUR 139/set DPU Duisburg"),
                 (S, "生产 25-30 days after 样品确认单签字"), (B, "班列要多久?"), (S, "Xi'an to Duisburg 大概 16-18 天"),
                 (B, "好的 confirmed"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (25, 30)
    # traps: a truck said as the way, and production answered to "how long?", still count
    terms = chat((B, "CPT Almaty?"), (S, "CPT Almaty by truck via Khorgos, then customs 2 days"), (B, "ok"))
    assert terms.logistics.mode.value == "ROAD"
    terms = chat((B, "要 480 sets"), (S, "EUR 139/set"), (B, "要多久?"), (S, "大概 16-18 天"), (B, "好的"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (16, 18)


def test_a_bare_dollar_after_another_dollar_is_that_dollar_and_cantonese_talk_names_no_goods():
    terms = chat((B, "想問手動鏈條葫蘆 1噸 3米有冇現貨？要20個"), (S, "有呀，1噸3米 HK$420 一個，EXW價"),
                 (B, "20個可唔可以平啲？$380得唔得"), (S, "$400啦，最平喇，20個唔算多"), (B, "好啦$400。可唔可以俾現金？"),
                 (S, "得"))
    assert (terms.currency.code, quantities(terms), prices(terms)) == ("HKD", [Decimal("20")], [Decimal("400")])
    # traps: a chat that named the US dollar too keeps "$" as read; a "$" alone is the US dollar
    terms = chat((B, "hoists, 20 pcs"), (S, "HK$420 each, or USD 54"), (B, "$52 ok?"), (S, "ok"))
    assert terms.currency.code == "USD"
    terms = chat((B, "hoists, 20 pcs"), (S, "$54 each"), (B, "ok"))
    assert terms.currency.code == "USD"


def test_an_order_put_off_until_a_manager_approves_accepts_nothing():
    turns = ((B, "cordless car vacuum, 300 pcs"), (S, "NZD 31.90/pc CIP Auckland by air"))
    terms = chat(*turns, (B, "ok thanks. I'll confirm the order once my manager signs off the budget tomorrow"))
    assert terms.incoterm.status == TermStatus.PROPOSED
    terms = chat((B, "双边丝护栏网300片"), (S, "每片21.5美金，到岸价迪拜"), (B, "好的，价格我报给项目经理审批，批下来就下单"))
    assert terms.incoterm.status == TermStatus.PROPOSED
    # trap: an approval already through puts nothing off
    terms = chat((B, "双边丝护栏网300片"), (S, "每片21.5美金，到岸价迪拜"), (B, "好的，额度批下来了，就这样"))
    assert terms.incoterm.status == TermStatus.AGREED


def test_a_list_of_prices_its_sentence_opens_with_prices_its_thousands_too():
    terms = chat((B, "repeat order: 40 x hydraulic sausage filler 25L and 200 x manual sausage stuffer 7L"),
                 (S, "Hi Mike! nice to hear from you. Prices same as last PO: hydraulic 25L CAD 1,420, manual 7L CAD 96."),
                 (B, "yes ok"))
    assert prices(terms) == [Decimal("1420"), Decimal("96")]
    # trap: a sum of thousands with no word of prices before it is still the lot's
    terms = chat((B, "40 x hydraulic sausage filler 25L"), (S, "the deposit is CAD 1,420, we received it yesterday"),
                 (B, "yes ok"))
    assert prices(terms) == [None]


def test_what_two_reviews_found_the_first_rules_misread():
    # one machine: a set per carton, a question of one's price or a sample is no order of one
    terms = chat((B, "300 sets of sofa SF-21, 1 set per carton"), (S, "USD 420/set FOB Foshan"), (B, "how about USD 120,000?"),
                 (S, "sorry, best USD 124,500"), (B, "ok, 420 per set then"))
    assert prices(terms) == [Decimal("420")]
    for buyer in ("一套多少钱？", "先寄一套样品给我们看看"):
        terms = chat((B, buyer), (S, "每套45元"), (B, "要2万"), (S, "好"))
        assert quantities(terms) == [Decimal("20000")], buyer
    # nor is one of two goods ordered (要两台 ... 要一台)
    terms = chat((B, "光纤切割机1530要两台，6020要一台，DAP莫斯科"), (S, "1530每台¥98,000；6020每台¥265,000"),
                 (B, "6020能便宜点吗？25万"), (S, "最多¥258,000"), (B, "好吧"))
    assert Decimal("258000") not in prices(terms)[:1]
    # a weight bought for a machine is ordered
    terms = chat((B, "silica gel desiccant for compressed air dryer 200kg please, USD 2.8/kg FOB Qingdao"), (S, "ok, confirmed"))
    assert quantities(terms) == [Decimal("200")]
    # a packing word telling two counts apart, or opening goods, is their name
    terms = chat((S, "Fence post HDG USD 7.40/pc, electro-galvanized USD 6.10/pc"), (B, "2,000 pcs HDG, 1,000 pcs electro-galvanized"))
    assert quantities(terms) == [Decimal("2000"), Decimal("1000")]
    terms = chat((B, "200 sets assembled office desk, 100 sets KD office desk"), (S, "ok"))
    assert quantities(terms) == [Decimal("200"), Decimal("100")]
    # a set of other goods after 和 is no set the pieces fill
    terms = chat((B, "我们要5个电动葫芦和一套遥控器"), (S, "电动葫芦每个2800元，遥控器一套350元"), (B, "好"))
    assert quantities(terms)[:1] == [Decimal("5")]
    # 再加 with no Latin name adds to the count
    terms = chat((B, "我们要3000个保温杯，每个18元，FOB宁波"), (S, "好的"), (B, "再加一些到5000个"), (S, "好"))
    assert items(terms) == [("保温杯", Decimal("5000"), Decimal("18"))]
    # a three-decimal price of other goods, or per piece, is no thousands
    terms = chat((S, "Tool case USD 125/set"), (S, "Screws USD 0.125/pc"), (B, "OK USD 0.125/pc for screws, 20000 pcs"))
    assert Decimal("0.125") in prices(terms)
    terms = chat((B, "3 units of the laser cutter and 2,000 pcs of nozzles"), (S, "Laser cutter USD 1,250/unit FOB Jinan"),
                 (S, "Nozzles: USD 1.250/pc"), (B, "ok both"))
    assert prices(terms) == [Decimal("1250"), Decimal("1.250")]
    # a truck after production days is the road; a toy train asks no journey
    terms = chat((B, "Production 30 days, then by truck to Almaty. Price for 40 sets of office desks?"),
                 (S, "USD 85/set DAP Almaty"), (B, "ok"))
    assert terms.logistics.mode.value == "ROAD"
    terms = chat((B, "我们要500套儿童火车轨道玩具，多久能出货？"), (S, "30天左右"), (B, "好"))
    assert terms.lead_time.max_days == 30


def test_a_price_per_reel_in_chinese_is_a_unit_price():
    terms = chat((B, "我們要採購鋼索 20mm 光面，每軸500米，共12軸"), (S, "每軸500米 報價新台幣38,500元，CIF基隆"),
                 (B, "可以再少一點嗎？"), (S, "最多算您 NT$37,800 一軸"), (B, "好，就這樣"))
    assert prices(terms) == [Decimal("37800")]
    # trap: a three-axis robot counts no reels
    terms = chat((B, "三轴伺服机械手 3台"), (S, "每台USD 6,000"), (B, "好"))
    assert quantities(terms) == [Decimal("3")]


def test_a_route_a_carrier_or_a_freight_beside_production_is_the_journey():
    for seller, days in (("Production 4-5 weeks after deposit; sea freight Ningbo to Auckland is about 22 days", (28, 35)),
                         ("2 weeks after deposit. Flight plus delivery to Birmingham another 5-7 days", (14, 14)),
                         ("about 16-18 days Xi'an to Małaszewicze, then one day by truck to Warsaw. Production needs three weeks",
                          (21, 21))):
        terms = chat((B, "1000 pcs, lead time?"), (S, seller), (B, "ok"))
        assert (terms.lead_time.min_days, terms.lead_time.max_days) == days, seller
    terms = chat((B, "1000 pcs, lead time?"), (S, "Rail from Xi'an to Almaty normally 10-14 days. Production 20 working days before that"),
                 (B, "ok"))
    assert terms.lead_time.max_days != 14  # (the rail's days are no lead time)
    terms = chat((B, "8 units"), (S, "We finish production within 30 days from deposit"), (B, "How long on the water?"),
                 (S, "Shanghai to Melbourne around 16-18 days, plus customs clearance and delivery about 1 week"), (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (None, 30)
    # traps: days said with no route, carrier or freight are still the lead time
    terms = chat((B, "1000 pcs, lead time?"), (S, "around 25 days for Ningbo warehouse stock"), (B, "ok"))
    assert terms.lead_time.max_days == 25


def test_what_the_second_reviews_found_the_rules_misread():
    # a currency code as a word, a fee in another dollar, or the US dollar named: "$" stays as read
    for turns in (((S, "CAD drawing attached. $1.85/pc"), (B, "ok")),
                  ((B, "Can we pay in HKD?"), (S, "No, USD only."), (B, "ok, 200 pcs power banks, $9?"), (S, "$9.40"),
                   (B, "ok")),
                  ((B, "our S$ budget is tight"), (S, "US $1.60/pc"), (B, "ok")),
                  ((B, "Need 3000 pcs phone cases, price?"),
                   (S, "$1.20/pc FOB Shenzhen. Terminal handling at HK side is HKD 1,800 for your forwarder."),
                   (B, "OK 1.20 works"))):
        assert chat(*turns).currency.code == "USD", turns
    terms = chat((B, "用港幣計，要2,500條"), (S, "DDU葵涌每條港幣$18.5"), (B, "17蚊得唔得？"), (S, "最平$17.8"), (B, "好"))
    assert terms.currency.code == "HKD"
    # an approval already given, or of something else, puts nothing off
    for buyer in ("好的，审批已经通过了，成交", "好的，老板审批过了，下单吧",
                  "OK deal. We start the artwork once our manager approves the logo",
                  "Deal. Once the director approves the carton artwork we send it over"):
        terms = chat((B, "1000 pcs"), (S, "USD 2.30/pc FOB Ningbo"), (B, buyer))
        assert terms.incoterm.status == TermStatus.AGREED, buyer
    # a lot's sum after "Price for 500 sets ...:" is no unit price
    terms = chat((B, "Need 500 sets of garden chairs, price?"), (S, "Price for 500 sets including printing: USD 3,750"),
                 (B, "ok"))
    assert prices(terms) == [None]
    # a price per reel keeps its thousands; 齐齐哈尔 is one place
    terms = chat((B, "电缆要20轴"), (S, "美金报价，1,850 每轴"), (B, "好"))
    assert Decimal("850") not in prices(terms)
    terms = chat((B, "那就EXW齐齐哈尔吧，机床我们自己去提"), (S, "好的"))
    assert terms.incoterm.named_place == "齐齐哈尔"
    # customs words before the days, a route in a name, days to produce: still the lead time or the road
    for seller, days in (("可以，USD 3.2/个，双清包税含清关，货期30天", 30),
                         ("Yes DDP Toronto, we handle customs and duties, delivery 45 days after deposit", 45),
                         ("25 days for the Ningbo to Hamburg order, same as last time", 25)):
        terms = chat((B, "3000 pcs, lead time?"), (S, seller), (B, "ok"))
        assert terms.lead_time.max_days == days, seller
    terms = chat((B, "how do you ship?"), (S, "Production 30 days, ready to ship, then by truck to Almaty"), (B, "ok"))
    assert terms.logistics.mode.value == "ROAD"
    terms = chat((B, "shipping?"), (S, "Sea to Hamburg 30 days, then by truck to Prague 2 days"), (B, "ok"))
    assert terms.logistics.mode.value == "SEA"
    # one machine: a company's capital or another goods' sum is no price of it
    terms = chat((B, "We need 1 unit of the 1000kVA transformer"),
                 (S, "USD 48,000/unit CIF Lagos. Our registered capital is USD 2,000,000"), (B, "ok"))
    assert prices(terms) == [Decimal("48000")]
    terms = chat((B, "Qty: 1 set of PET blowing machine 6-cavity"), (S, "USD 145,000 FOB Ningbo, 30% deposit"),
                 (B, "USD 140,000?"), (S, "ok USD 142,000"), (B, "deal"))
    assert prices(terms) == [Decimal("142000")]
