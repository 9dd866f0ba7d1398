"""Prices, counts and terms read from blind sets em to er; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities, shares


def test_what_one_container_holds_is_no_order():
    terms = chat((B, "flat lid, simple one. around 260 pcs this time, 2 containers"),
                 (S, "with window we can't nest them, 40HQ loads 130pcs. price JPY 12800/pc FOB Qingdao"), (B, "ok"))
    assert quantities(terms) == [Decimal("260")]
    # trap: a count after a container that is not what it holds is the order
    terms = chat((B, "1x40HQ 130pcs please, FOB Qingdao"), (S, "JPY 12800/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("130")]
    # trap: what the one container ordered holds is the order
    terms = chat((B, "tomato paste 70g x 50 tins/ctn. 1x40HQ CFR Tema how much?"),
                 (S, "one 40HQ load 3700 ctns. CFR Tema USD 11.20/ctn"), (B, "ok"))
    assert quantities(terms) == [Decimal("3700")]


def test_a_count_of_each_after_goods_with_their_specs_in_brackets():
    terms = chat((B, "looking for casket lowering devices (brass finish, with straps) and church trucks "
                     "(telescopic, chrome). 12 of each"),
                 (S, "lowering device EUR 395/set, church truck EUR 168/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("12"), Decimal("12")]
    # trap: a comma outside the brackets still lists goods of their own
    terms = chat((B, "lowering devices (brass), church trucks, bier stands. 12 of each"), (S, "ok"))
    assert quantities(terms) == [Decimal("12")] * 3



def test_a_weight_right_after_the_goods_name_is_what_one_bears_when_pieces_are_counted():
    terms = chat((B, "After 1000 pcs of 50mm ball coupling, 3500kg, 3 hole, galvanised"), (S, "AUD 16.90/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("1000")]
    terms = chat((B, "10 inch pneumatic jockey wheel 500kg with clamp, 1800 pcs, CIP Santos"), (S, "USD 17.90/pc"),
                 (B, "ok"))
    assert quantities(terms) == [Decimal("1800")]
    # trap: a weight after a joining word is ordered
    terms = chat((B, "we need 1000 pcs frames and 500kg beeswax"), (S, "ok"))
    assert quantities(terms) == [Decimal("1000"), Decimal("500")]


def test_a_cooling_capacity_in_btu_tells_two_sizes_apart_and_is_no_count():
    terms = chat((B, "split AC 9000 BTU x 200 and split AC 12000 BTU x 300, same model as last"),
                 (S, "9000BTU USD 138, 12000BTU USD 152, CIF Kingston"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("200"), Decimal("300")], [Decimal("138"), Decimal("152")])
    # trap: a count before the "x" still counts the pieces, not their size
    terms = chat((B, "20 cartons x 200"), (S, "ok"))
    assert Decimal("200") not in quantities(terms)


def test_what_one_cylinder_holds_is_no_order():
    terms = chat((B, "R410A 11.3kg cylinders, 300 pcs. FCA Shanghai"), (S, "R410A 11.3kg, 99.8% purity, USD 72/cyl"),
                 (B, "ok"))
    assert quantities(terms) == [Decimal("300")]
    terms = chat((B, "R404A制冷剂，10.9公斤一次性钢瓶，要1360瓶，出厂价多少？"), (S, "R404A 10.9kg，出厂价每瓶美金58.5"), (B, "好的"))
    assert quantities(terms) == [Decimal("1360")]
    # trap: a weight priced by the kilo is ordered
    terms = chat((B, "saffron 12.5kg please"), (S, "USD 1,800/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("12.5")]


def test_boxes_ordered_then_what_one_box_holds():
    terms = chat((B, "2400 boxes tattoo cartridges 20pcs/box, mix 3RL/5RL/7RM. CIF Santos price?"),
                 (S, "USD 7.00/box CIF Santos, LCL"), (B, "ok"))
    assert quantities(terms) == [Decimal("2400")]
    # trap: cartons are not the boxes one holds so many of
    terms = chat((B, "120 cartons tattoo cartridges 20pcs/box"), (S, "USD 7.00/box"), (B, "ok"))
    assert Decimal("120") not in quantities(terms)


def test_a_model_code_before_a_price_per_can_is_no_price():
    terms = chat((B, "杂交番茄种子200罐，辣椒种子150罐"), (S, "番茄F1每罐28美金，辣椒F1每罐22美金"), (B, "可以"))
    assert prices(terms) == [Decimal("28"), Decimal("22")]
    # trap: a figure right before 每罐 with no code is still the price
    terms = chat((B, "番茄种子200罐"), (S, "美金价格：28每罐"), (B, "可以"))
    assert prices(terms) == [Decimal("28")]


def test_the_bags_fill_and_a_containers_load_are_no_order():
    terms = chat((B, "we need NPK 15-15-15 granular, 50kg PP woven bags with PE liner, 500 MT. pls quote FOB"),
                 (S, "FOB Qingdao USD 395/MT. we load 20GP, 25mt per cntr"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]
    # trap: a weight before goods that are not bags is ordered
    terms = chat((B, "we need 50kg green tea leaves"), (S, "USD 12/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("50")]


def test_goods_are_listed_where_their_name_is_first_said_not_where_a_word_of_it_is():
    terms = chat((B, "Our hospital mortuary needs 2 stainless embalming tables (hydraulic) and one 4-body mortuary "
                     "refrigerator. Pls quote CIP Nairobi"),
                 (S, "SS304 hydraulic embalming table USD 1850/unit, 4-body mortuary refrigerator USD 6400/unit"),
                 (B, "prices fine, proceed"))
    assert prices(terms) == [Decimal("1850"), Decimal("6400")]
    # trap: goods named first by their whole name keep that order
    terms = chat((B, "we need hay nets and corner feeders"), (S, "corner feeders USD 5.90, hay nets USD 2.35"), (B, "ok"))
    assert prices(terms) == [Decimal("2.35"), Decimal("5.90")]


def test_the_whole_sum_by_a_method_and_beside_a_fees_percentage():
    for seller in ("yes PayPal ok, full payment, PayPal fee 4.4% on you", "I send you payment link, pay 100% by credit card",
                   "yes, 100% payment on Alibaba. card fee 2.99% on your side", "付款全數現金，提貨嗰陣交"):
        terms = chat((B, "can I pay PayPal or card or cash?"), (S, seller), (B, "ok"))
        assert shares(terms)[:1] == [Decimal("100")] and not any(shares(terms)[1:]), seller
    # traps: cash in full on delivery is no prepayment; a fee beside a share leaves the share
    terms = chat((B, "付款呢？"), (S, "貨到你驗完貨，全數現金俾司機"), (B, "ok"))
    assert shares(terms)[:1] != [Decimal("100")]
    terms = chat((B, "payment?"), (S, "30% deposit, 70% before shipment, bank fee 1% on you"), (B, "ok"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]


def _lead(terms):
    return (terms.lead_time.min_days, terms.lead_time.max_days)


def test_the_way_there_told_after_the_making_is_the_transit_not_the_lead_time():
    terms = chat((B, "ok deal"), (S, "production 15-18 days, truck to Almaty 9-12 days"), (B, "ok"))
    assert _lead(terms) == (15, 18)
    terms = chat((B, "可以，明天付"), (S, "收到款后一个星期出货，到吉隆坡大概12-15天"), (B, "好"))
    assert _lead(terms) == (7, 7)
    terms = chat((B, "好的。多久能做好"), (S, "十五个工作日，海运到马尼拉大概7-10天"), (B, "好"))
    assert _lead(terms) == (15, 15)
    terms = chat((B, "paid"), (S, "payment received. all goods ready in 7 working days then air to LAX"), (B, "ok"))
    assert _lead(terms) == (7, 7)
    # traps: days after the goods are received, or by sea, are the way's; "by truck" days too
    terms = chat((B, "ok"), (S, "sea freight to Almaty 30 days"), (B, "ok"))
    assert terms.lead_time.max_days is None
    terms = chat((B, "ok"), (S, "收到货后一个星期付尾款"), (B, "好"))
    assert terms.lead_time.max_days is None


def test_the_reviews_traps_for_weights_boxes_containers_and_brackets():
    # a weight of goods joined to others counted in pieces is ordered
    terms = chat((B, "beeswax 500kg, and 300 pcs wooden frames"), (S, "ok"))
    assert quantities(terms) == [Decimal("500"), Decimal("300")]
    terms = chat((B, "paprika powder 400kg, plastic jars 1000 pcs"), (S, "ok"))
    assert Decimal("400") in quantities(terms)
    terms = chat((B, "18.5 kg of silver findings please, plus 1000 pcs jewelry boxes"), (S, "ok"))
    assert Decimal("18.5") in quantities(terms)
    # bags bought by the kilo, and goods packed in bags, are ordered by weight
    terms = chat((B, "Need 20kg of zip lock bags"), (S, "USD 3.1/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("20")]
    terms = chat((B, "pls send 50kg peppercorns in vacuum bags"), (S, "USD 9/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("50")]
    # boxes that restate the pieces, are in stock or were ordered before are no order of boxes
    terms = chat((B, "10,000 pcs nitrile gloves = 100 boxes, 100pcs/box"), (S, "USD 0.025/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("10000")]
    terms = chat((B, "We want 4,800 masks = 96 boxes x 50pcs/box"), (S, "USD 0.04/pc"), (B, "ok"))
    assert Decimal("96") not in quantities(terms)
    terms = chat((B, "our last order was 900 boxes with 50pcs/box. now we need 1200 boxes"), (S, "USD 1.95/box"), (B, "ok"))
    assert quantities(terms) == [Decimal("1200")]
    # with nothing counted before, what the container holds is the full container ordered
    terms = chat((B, "We take a full 40HQ of the chairs"), (S, "40HQ holds 2,200 pcs, USD 5.2/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("2200")]
    # sizes in brackets are the goods' specs, not sizes counted each
    terms = chat((B, "We need LED panels (600x600, 40W), downlights (6 inch, 12W). 200 of each."),
                 (S, "LED panel USD 6.2, downlight USD 2.1"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("200")] * 2, [Decimal("6.2"), Decimal("2.1")])


def test_a_two_letter_code_before_a_price_per_piece_is_the_currency_or_a_size():
    terms = chat((B, "要200条"), (S, "美金 US12每条"), (B, "好"))
    assert prices(terms) == [Decimal("12")]


def test_a_price_per_unit_said_before_its_amount_in_a_sellers_list():
    terms = chat((B, "外机16匹 6台，内机风管机3.6kW 48台，线控器48个，成本加运费蒙巴萨"),
                 (S, "报价如下（成本加运费蒙巴萨，美金）：\n外机16P全直流变频 每台4,650\n风管机3.6kW 每台218\n线控器 每个12"),
                 (B, "可以"))
    assert prices(terms) == [Decimal("4650"), Decimal("218"), Decimal("12")]
    # traps: what one holds or its fen are no price; a buyer's "每台" is asked, not offered
    terms = chat((B, "多少钱一米"), (S, "每米6分5，一卷1000米"), (B, "行"))
    assert Decimal("6") not in prices(terms)
    terms = chat((B, "每箱20个，要100箱"), (S, "可以"))
    assert prices(terms) == [None] or prices(terms) == []


def test_a_price_under_cost_is_turned_down():
    terms = chat((B, "kids trolley case 16 inch, 1200pcs CFR Santos"), (S, "USD 14.20/pc CFR Santos"),
                 (B, "price too high, 13.50 and we close"), (S, "13.50 is under cost. I can do 13.80 if you take 1500pcs"),
                 (B, "let me think"))
    assert prices(terms) == [None]


def test_bulk_ships_and_a_forwarder_named_express_say_the_sea():
    for text in ("we charter breakbulk vessel, quote FAS Tianjin", "CNF Mombasa USD 428 PMT, bulk in hold",
                 "our forwarder Ocean Express will collect and consolidate LCL to Southampton"):
        terms = chat((B, "ok"), (S, text), (B, "ok"))
        assert terms.logistics.mode.value.startswith("SEA"), text
    # trap: a courier named alone is still the courier
    terms = chat((B, "ok"), (S, "we send by express, 5 days"), (B, "ok"))
    assert terms.logistics.mode.value == "EXPRESS"


def test_a_yes_to_the_way_of_paying_leaves_the_price_open():
    terms = chat((B, "kids trolley case 16 inch, 1200pcs CFR Santos"), (S, "USD 14.20/pc CFR Santos, 1x40HQ"),
                 (B, "CFR Santos ok but price too high, 13.50 and we close"),
                 (S, "13.50 is under cost. I can do 13.80 if you take 1500pcs"),
                 (B, "payment we prefer D/P at sight as always"), (S, "D/P at sight fine for you"))
    assert prices(terms) == [None]
    # trap: a yes with nothing named takes up the price
    terms = chat((B, "kids trolley case, 1200pcs"), (S, "USD 14.20/pc"), (B, "13.50 and we close"), (S, "fine for you"))
    assert prices(terms) == [Decimal("13.50")]


def test_a_place_shortened_to_a_few_of_its_letters_is_the_same_place():
    terms = chat((B, "Need cotton yarn 40,000 kgs. CIF Chittagong price?"), (S, "USD 3.08/kg CIF Chittagong"),
                 (B, "ok CIF Ctg fine. Payment L/C at sight ok for u?"), (S, "L/C at sight ok"))
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("CIF", "Chittagong")
    # trap: letters not in the place's name name another place
    terms = chat((B, "FOB Shanghai price?"), (S, "USD 3/pc FOB Shanghai"), (B, "FOB Ningbo better"), (S, "let me check"))
    assert terms.incoterm.named_place != "Shanghai" or terms.incoterm.status.value == "CONFLICTING"


def test_coffins_tombstones_and_cylinders_are_counted_and_a_loads_weight_is_not():
    terms = chat((B, "桐木棺材，日式六尺，带小窗，这次要一百二十口"), (S, "出厂价每口六百八"), (B, "好"))
    assert quantities(terms) == [Decimal("120")]
    terms = chat((B, "花崗岩墓碑，印度紅，傳統台式，八十座，報DAT高雄"), (S, "DAT高雄每座美金二百四十"), (B, "好"))
    assert quantities(terms) == [Decimal("80")]
    terms = chat((B, "R32 refrigerant 9kg refillable cylinder? 200 cyl"), (S, "EUR 86/cyl CIF Lisbon"), (B, "ok"))
    assert quantities(terms) == [Decimal("200")]
    terms = chat((B, "我要800袋，90块行不行"), (S, "800袋的话92"), (B, "好，92。一台9米6的车装得下吗"), (S, "8吨，9米6够了"))
    assert quantities(terms) == [Decimal("800")]
    # traps: ports and seats are no count; a rating borne is no order
    terms = chat((B, "16口千兆PoE交换机，3000台"), (S, "好"))
    assert quantities(terms) == [Decimal("3000")]
    terms = chat((B, "low speed electric car 4座, 16 units"), (S, "USD 3650/unit"), (B, "ok"))
    assert quantities(terms) == [Decimal("16")]
    terms = chat((B, "双眼板簧，每对承重1500公斤，800对"), (S, "每对42.5美金"), (B, "好"))
    assert quantities(terms) == [Decimal("800")]


def test_a_rating_after_a_trailers_name_in_chinese_is_no_order():
    terms = chat((B, "镀锌平板拖车8x5尺，单轴，1500kg，要24台，DAP温哥华我们仓库，报美金"), (S, "DAP温哥华每台1180美金"), (B, "可以"))
    assert quantities(terms) == [Decimal("24")]
    # traps: a weight wanted, or other goods joined before the count, is ordered
    terms = chat((B, "木炭要1500kg，另外24台烤炉"), (S, "好"))
    assert Decimal("1500") in quantities(terms)


def test_metric_tonnes_in_chinese_are_counted():
    terms = chat((B, "水溶性肥料 10-52-10，25公斤袋，30公噸，CIF基隆，請報價"), (S, "CIF基隆 每公噸USD 1,250"), (B, "好"))
    assert quantities(terms) == [Decimal("30")]


def test_the_second_reviews_traps_for_prices_per_unit_ports_and_yeses():
    # a figure after 每<unit> that is a spec, a pack's count, a fee or last year's price is no price
    for seller in ("每台55寸 4K", "每包 1000 装", "每台50的运费 另算", "规格：每瓶500毫升，每箱24瓶", "每桶200公升 装",
                   "押金每个5，退托盘后返还", "去年每台4,200 今年涨价", "每盒 50，每箱 40 盒"):
        terms = chat((B, "钢托盘1000个 价格？"), (S, seller), (B, "好"))
        assert all(p is None for p in prices(terms)), seller
    # its currency after it is read with it
    terms = chat((B, "会议桌10张"), (S, "会议桌每张18,500泰铢"), (B, "好"))
    assert (prices(terms), terms.currency.code) == ([Decimal("18500")], "THB")
    # a short form names a port only as the trade writes it: SH is Shanghai, not Shenzhen
    terms = chat((B, "FOB Shenzhen 1000 pcs 2.90?"), (S, "FOB SH 2.90 ok"), (B, "ok"))
    assert terms.incoterm.named_place != "Shenzhen"
    # a yes to the payment with a close of the deal takes up the price too
    terms = chat((B, "26.20/pc CIF Lagos, D/P at sight?"), (S, "D/P at sight ok, we start production on Monday"))
    assert prices(terms) == [Decimal("26.20")]
    # a price at a loss accepted anyway is the price; an overseas courier is a courier
    terms = chat((B, "nail files 5000 pcs, USD 2.60/pc?"), (S, "2.60 at a loss for us but we accept"), (B, "great"))
    assert prices(terms) == [Decimal("2.60")]
    terms = chat((B, "how ship?"), (S, "we send by oversea express, 5-7 days door to door"), (B, "ok"))
    assert terms.logistics.mode.value == "EXPRESS"
    terms = chat((B, "bulk carrier bags with 4 loops, 1000 pcs"), (S, "USD 5/pc"), (B, "ok"))
    assert terms.logistics.mode is None or terms.logistics.mode.value != "SEA"


def test_the_third_reviews_traps_for_ports_seats_engines_loads_and_cash_on_delivery():
    for buyer, want in (("交换机24口，要100台", [Decimal("100")]), ("电动观光车 14座，要5台", [Decimal("5")]),
                        ("4 cyl engine for boats, 25 units", [Decimal("25")]), ("咖啡豆 60公斤，磨豆机 2台", [Decimal("60"), Decimal("2")]),
                        ("电动葫芦 2公吨，要 20 台", [Decimal("20")])):
        terms = chat((B, buyer), (S, "好"))
        assert quantities(terms) == want, buyer
    # what the packs come to, and a truck load when the buyer takes the truck
    terms = chat((B, "25公斤一包，要1200包"), (S, "就是30公吨，每公吨1,150"), (B, "好"))
    assert quantities(terms) == [Decimal("1200")]
    terms = chat((B, "大米你们能发多少"), (S, "我们一车最多装33吨，9米6的车，你要一车的话就是33吨"), (B, "好，要一车"))
    assert quantities(terms) == [Decimal("33")]
    # cash or card on delivery is no prepayment; "到时候" and "到出柜" are no place
    for seller in ("好，送货上门，全数现金给司机就行", "ok, pay 100% by card on arrival at your warehouse"):
        terms = chat((B, "付款呢"), (S, seller), (B, "ok"))
        assert shares(terms)[:1] != [Decimal("100")], seller
    terms = chat((B, "做3000个要多久"), (S, "我们排一下产，到时候大概25天"), (B, "好"))
    assert terms.lead_time.max_days == 25


def test_a_last_reviews_traps_for_the_whole_sum_by_a_method():
    for seller in ("our response rate is 100% on Alibaba", "pay 100% via PayPal after you receive the goods",
                   "sorry my credit card full this month, can do TT?"):
        terms = chat((B, "payment?"), (S, seller), (B, "ok"))
        assert shares(terms)[:1] != [Decimal("100")], seller
    terms = chat((B, "payment?"), (S, "Yes 100% on trade assurance, released to us after you confirm receipt"), (B, "ok"))
    assert shares(terms)[:1] == [Decimal("100")]
