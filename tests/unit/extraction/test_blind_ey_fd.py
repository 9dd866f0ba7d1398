"""Prices, counts and terms read from blind sets ey to fd; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities, shares
from tradepact.domain.transcript import Role


def test_a_pressure_or_a_pipe_size_is_no_price_and_no_count():
    terms = chat((B, "1000L air receiver tank, 60 units, CNF Durban please"),
                 (S, "1000L 11 bar: Q345R shell 8mm, hydrotest at 16.5 bar. CNF Durban USD 395/unit"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("60")], [Decimal("395")])
    terms = chat((B, "safety valve DN40 set 1.0MPa, 10 pcs"), (S, "USD 65/pc"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("10")], [Decimal("65")])
    terms = chat((B, "空壓儲氣桶，2000L，10kg/cm²，立式，6個"), (S, "2000L 10kg/cm² 立式儲氣桶，每個USD 1,480"), (B, "OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("6")], [Decimal("1480")])
    # trap: a counter-offer at a price is still read
    terms = chat((B, "1000L tanks, 60 units"), (S, "USD 395/unit"), (B, "can you do 372.5?"), (S, "ok 372.5"))
    assert prices(terms) == [Decimal("372.5")]
    # trap: kilos ordered are still counted
    terms = chat((B, "need 500 kg of gasket sheet"), (S, "USD 4.2/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]


def test_freight_to_a_place_included_opens_the_price_and_what_one_weighs_is_no_count():
    terms = chat((S, "Our 9kW electric steam generator: USD 590/unit ex factory."), (B, "I want 5 units. by air pls"),
                 (S, "Sure. CPT Nairobi, air freight to JKIA included: USD 640/unit, 5 units USD 3,200. "
                     "Each unit 68kg with wooden case."), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("5")], [Decimal("640")])
    # trap: the freight said on its own is no price of the goods
    terms = chat((S, "steam generator USD 590/unit ex factory"), (B, "5 units"), (S, "air freight to Nairobi: USD 640"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("590")]
    # trap: an amount after a count that is not the count times a price is a price
    terms = chat((B, "5 units, USD 600?"), (S, "ok"))
    assert prices(terms) == [Decimal("600")]


def test_a_count_in_pinyin_tai_is_the_order_and_an_exchangers_area_is_no_count():
    terms = chat((B, "ni hao, wo yao you lengqueqi GLC3-7, 150 tai. jiage duoshao? CFR Jakarta"),
                 (S, "GLC3-7 管式油冷却器，换热面积7平方。CFR Jakarta 每台 USD 112"), (B, "hao"))
    assert (quantities(terms), prices(terms)) == ([Decimal("150")], [Decimal("112")])
    terms = chat((B, "shell and tube heat exchanger, 45 m2 heat transfer area, 1.6 MPa. Qty 2 units."),
                 (S, "USD 18,750/unit EXW Wuxi"), (B, "ok"))
    assert quantities(terms) == [Decimal("2")]
    # trap: square metres ordered are counted
    terms = chat((B, "need 450 m2 of sandwich panel"), (S, "USD 9.8/m2"), (B, "ok"))
    assert quantities(terms) == [Decimal("450")]
    # trap: a place called Tai is no count
    terms = chat((B, "need 300 pcs, deliver to 12 Tai Po Road"), (S, "USD 3/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")]


def test_a_price_for_a_single_unit_in_ten_thousands_and_a_deposit_in_ten_thousands_is_no_count():
    terms = chat((B, "我们要电加热蒸汽发生器，72kW，10台"), (S, "72kW电加热蒸汽发生器，单台2.85万元人民币"), (B, "可以"))
    assert (quantities(terms), prices(terms)) == ([Decimal("10")], [Decimal("28500")])
    terms = chat((B, "储气罐50台"), (S, "每台2350元"), (B, "行"), (S, "先打2万定金到对公账户，余款发货前结清"), (B, "可以"))
    assert (quantities(terms), prices(terms)) == ([Decimal("50")], [Decimal("2350")])
    # trap: ten thousands ordered are still the count
    terms = chat((B, "要2万个，单价多少"), (S, "每个0.35元"), (B, "行"))
    assert quantities(terms) == [Decimal("20000")]
    # trap: a single bed named with 单 keeps its name
    terms = chat((B, "单人床垫20张"), (S, "每张450元"), (B, "好"))
    assert [i.description for i in terms.line_items] == ["单人床垫"]


def test_one_machine_named_by_what_it_is_is_priced_by_a_sum_said_far_from_its_rule():
    terms = chat((B, "we need one 200L vacuum emulsifying mixer for face creams. CIF Jebel Ali price?"),
                 (S, "USD 27,500 CIF Jebel Ali"), (B, "can you do DDP Dubai?"),
                 (S, "DDP Dubai, delivered to Al Quoz, 5% duty and 5% VAT included: USD 30,200"),
                 (B, "Ok agreed, DDP Dubai at 30,200"))
    assert (terms.incoterm.rule.value, prices(terms)) == ("DDP", [Decimal("30200")])
    # trap: with several machines ordered, a sum said so is the lot's, no price of one
    terms = chat((B, "we need 3 vacuum emulsifying mixers. DDP Dubai price?"),
                 (S, "DDP Dubai, delivered to Al Quoz, 5% duty and 5% VAT included: USD 30,200"), (B, "ok"))
    assert prices(terms) == [None]


def test_what_comes_with_each_machine_and_what_it_takes_per_batch_are_no_order():
    terms = chat((B, "price for 2 sets ZP-27D rotary tablet press?"),
                 (S, "ZP-27D, 1 set punches & dies included with each machine: USD 15,200/set FOB Shanghai"),
                 (B, "ok 2 sets"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2")], [Decimal("15200")])
    terms = chat((B, "Need 1 set FG-60 fluid bed dryer, C&F Chittagong"),
                 (S, "FG-60: 60kg per batch, fan 7.5kW. Price USD 19,750 C&F Chittagong"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("19750")])
    # trap: machines counted, each with something, are the order
    terms = chat((B, "we need 10 sets tablet press, each with a spare motor"), (S, "USD 820/set"), (B, "ok"))
    assert quantities(terms) == [Decimal("10")]
    # trap: kilos ordered per batch of goods shipped are still read when no batch is a machine's
    terms = chat((B, "need 500 kg of granules"), (S, "USD 4/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]


def test_one_machine_counted_after_its_name_and_a_space_is_one_ordered():
    terms = chat((B, "您好，我們想詢價 ZP-35D 旋轉式打錠機 一台，CIF 基隆，請報美金價格"), (S, "CIF 基隆 USD 19,800"), (B, "好，確認"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("19800")])
    terms = chat((B, "你好，想問 30L 真空乳化機 一部，實驗室用，報港幣價"), (S, "DDU 香港觀塘 HK$ 68,000，中港貨車直送"),
                 (B, "可唔可以 HK$ 65,000？"), (S, "66,000 啦，最低喇"), (B, "好，66,000"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("66000")])
    # trap: "一台" after a price is still no count
    terms = chat((B, "打錠機 10台"), (S, "39000元一台"), (B, "好"))
    assert (quantities(terms), prices(terms)) == ([Decimal("10")], [Decimal("39000")])


def test_a_rule_explained_as_another_names_no_place_and_together_is_no_goods():
    terms = chat((S, "DDU 香港觀塘 HK$ 68,000"), (B, "DDU 即係唔包進口稅？"), (S, "係呀，DDU 即係 DAP，送到你工廈樓下"), (B, "OK"))
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("DAP", "香港觀塘")
    terms = chat((B, "we want 2 units 100L vacuum homogenizer mixer, CIF Istanbul"), (S, "USD 16,500/unit CIF Istanbul"),
                 (B, "ok"), (S, "we will ship one 20GP, 2 unit together"))
    assert [i.description for i in terms.line_items] == ["100L vacuum homogenizer mixer"]


def test_ten_thousands_written_w_in_a_chinese_chat_are_money():
    # (chat() also checks the grounding verifier reads "2.2w" as 22000)
    terms = chat((B, "Hi 老板, ZP-9 旋转式压片机 报价 how much? 出厂价 ok. 2 units"),
                 (S, "ZP-9 九冲, 380V. 出厂价 2.3w 一台, 两台 4.6w RMB"), (B, "2.1w lah, we buy two"),
                 (S, "2.2w, 不能再低了"), (B, "ok la 2.2w, deal"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2")], [Decimal("22000")])
    # trap: ten thousand boxes written so are a count, not money
    terms = chat((B, "丁腈手套 1.2w盒，离岸价厦门多少"), (S, "每盒2.08美金"), (B, "好"))
    assert prices(terms) == [Decimal("2.08")]
    # trap: watts of a lamp are no money
    terms = chat((B, "LED 球泡灯 3.5w 5000个"), (S, "每个0.45美金"), (B, "好"))
    assert prices(terms) == [Decimal("0.45")]


def test_a_voltage_changed_to_is_no_count_changed_to():
    terms = chat((B, "DPP-140小型泡罩包装机，要3台，双清包税到洛杉矶"),
                 (S, "DPP-140平板式，标配220V，可改110V 60Hz。双清包税到门洛杉矶，每台4650美金"), (B, "好的"))
    assert (quantities(terms), prices(terms)) == ([Decimal("3")], [Decimal("4650")])
    # trap: a count changed to is still the order
    terms = chat((B, "包装机要3台"), (S, "每台4650美金"), (B, "数量改成110台吧"), (S, "好"))
    assert quantities(terms) == [Decimal("110")]


def test_a_yes_to_the_split_said_takes_up_the_payment_only():
    terms = chat((B, "FM-09 foot massager, 800 pcs. best price?"), (S, "800pcs USD 32/pc FOB Ningbo"),
                 (B, "can you quote CIF Los Angeles?"), (S, "CIF Los Angeles USD 35.50/pc"),
                 (B, "hmm, let me compare with a freight quote from my broker. Payment terms?"),
                 (S, "30% deposit, 70% balance before shipment, T/T"), (B, "30/70 fine"))
    assert (terms.incoterm.status.value, shares(terms)) == ("PROPOSED", [Decimal("30"), Decimal("70")])
    assert terms.payment.status.value == "AGREED"
    # trap: "30/70 fine, deal" takes up all on the table
    terms = chat((S, "CIF Los Angeles USD 35.50/pc"), (B, "payment?"), (S, "30% deposit, 70% before shipment"),
                 (B, "30/70 fine, deal"))
    assert terms.incoterm.status.value == "AGREED"


def test_a_count_of_a_past_order_is_no_count_and_a_shared_head_makes_one_name():
    terms = chat((B, "Time to reorder the mini massage gun M2. Same as PO 2231 but 4000 pcs this time"),
                 (S, "PO 2231 was 2500pcs M2 at USD 11.70 FOB Shenzhen. For 4000 pcs I can keep the same price"),
                 (B, "confirmed"))
    assert (quantities(terms), prices(terms)) == ([Decimal("4000")], [Decimal("11.70")])
    terms = chat((B, "Interested in the U-shape neck & shoulder massager with heat, NS-12. price list?"),
                 (S, "NS-12 CFR Auckland:\n500-999 pcs: USD 15.50\n1000-4999 pcs: USD 14.20\nMOQ 500 pcs"),
                 (B, "we go with 1000 pcs at the 14.20 tier"), (S, "Great, 1000pcs x USD 14.20 CFR Auckland"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1000")], [Decimal("14.20")])
    # trap: two goods joined by "and" stay two
    terms = chat((B, "please quote the valve and pressure gauge: 20 pcs each"), (S, "ok"))
    assert len(terms.line_items) != 1 or terms.line_items[0].description != "valve and pressure gauge"
    # trap: a count said as "was" now is the order
    terms = chat((B, "the price was 12.5, the qty was 3000 pcs"), (S, "ok 3000 pcs at 12.5"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_count_of_ten_thousands_written_w_is_the_order():
    terms = chat((B, "hi boss, zhu xi guan (bamboo straw) 20cm you ma? want 1.2w pcs for my bubble tea shops"),
                 (S, "有的老板, 1.2w pcs price RMB 0.35/pc"), (B, "ok hao de"))
    assert (quantities(terms), prices(terms)) == ([Decimal("12000")], [Decimal("0.35")])
    terms = chat((B, "我们要1.2w盒，蓝色8000盒，黑色4000盒。2.05可以吗"), (S, "1.2w盒的话2.08美金，真的最低了"), (B, "好，2.08"))
    assert (quantities(terms), prices(terms)) == ([Decimal("12000")], [Decimal("2.08")])
    # trap: watts before a Chinese name are no ten thousands
    terms = chat((B, "35W双口充电头 3000个"), (S, "每个16元"), (B, "好"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_deposit_and_balance_in_pinyin_and_rooms_counted_with_jian():
    terms = chat((B, "MG-T9 massage gun, 2000pcs, CNF Manila"), (S, "USD 15.4 each"), (B, "ok deal"),
                 (S, "payment dingjin 30% , weikuan 70% before ship, by TT"), (B, "ok"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]
    terms = chat((B, "遠紅外線桑拿房 雙人款 TS-2，我們要 20 間，CIF 台中"), (S, "CIF 台中 每間 US$1,080"), (B, "價格 OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("20")], [Decimal("1080")])
    # trap: a time said with 时间 is no count
    terms = chat((B, "桑拿房20間"), (S, "每間 US$1,080，生产需要15天时间"), (B, "OK"))
    assert quantities(terms) == [Decimal("20")]


def test_the_sellers_manager_offering_in_euro_speaks_for_the_seller():
    terms = chat((B, "foot spa FS-900, 1000 pcs DPU Antwerp, price in EUR?"), (S, "FS-900 DPU Antwerp EUR 22.40/pc"),
                 (B, "another factory in Cixi quoted me €19.50"), (S, "我问一下经理, one moment"),
                 (Role.OTHER, "Sophie, this is Manager Wang from Lily's team. For 1000pcs we can do €21.00 DPU Antwerp, final."),
                 (B, "Thank you Mr Wang. €21 DPU Antwerp works for me"))
    assert prices(terms) == [Decimal("21.00")]
    # trap: a forwarder quoting its freight in euro is no seller
    terms = chat((B, "foot spa FS-900, 1000 pcs DPU Antwerp"), (S, "FS-900 DPU Antwerp EUR 22.40/pc"),
                 (Role.OTHER, "forwarder here: sea freight LCL to Antwerp, we can do €850 per shipment"), (B, "ok"))
    assert prices(terms) == [Decimal("22.40")]


def test_a_part_in_the_sellers_spec_list_is_no_count_and_wow_no_goods():
    terms = chat((B, "小美，筋膜枪 G5 那款，5k支，双清包税到洛杉矶仓库多少钱"),
                 (S, "G5 无刷电机 24V，2500mAh 电池，6个按摩头，带收纳包。双清包税到洛杉矶 每支 21.8 美金"), (B, "行"))
    assert (quantities(terms), prices(terms)) == ([Decimal("5000")], [Decimal("21.8")])
    terms = chat((B, "We want 20,000 pcs TM-08"), (S, "wow 2万 pcs 👍 USD 5.35/pc FOB Shenzhen"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("20000")], [Decimal("5.35")])
    # trap: the buyer's count listed so is the order
    terms = chat((B, "要 24V，2500mAh 电池，6个按摩头，蓝色"), (S, "每个30元"), (B, "行"))
    assert quantities(terms) == [Decimal("6")]


def test_pieces_said_again_as_bags_an_area_and_parts_that_come_with_each_are_no_order():
    terms = chat((B, "bamboo BBQ skewers 30cm, packed 100 pcs per bag. total 500k pcs"),
                 (S, "Price USD 3.8 per 1000 pcs, FOB Fuzhou"), (B, "ok good. so 50万支 right? just double checking"),
                 (S, "对，50万支 = 5000 bags, 50 bags per carton, 100 cartons"), (B, "confirmed"))
    assert quantities(terms) == [Decimal("500000")]
    terms = chat((B, "颗粒烧烤炉，带WiFi温控的，要180台，CFR迪拜，报个价"),
                 (S, "颗粒烟熏炉，烤面积700平方英寸，220V/50Hz，带WiFi和两根肉针，CE认证。成本加运费迪拜每台245美金"),
                 (B, "好吧245"))
    assert (quantities(terms), prices(terms)) == ([Decimal("180")], [Decimal("245")])
    # trap: cases said again as rolls are counted in rolls
    terms = chat((B, "gaffer tape, 2000 cases of 24 rolls"), (S, "2000 cases = 48,000 rolls. USD 3.05/roll"), (B, "ok"))
    assert quantities(terms) == [Decimal("48000")]
    # trap: an area ordered is counted
    terms = chat((B, "草坪要700平方"), (S, "每平方45元"), (B, "好"))
    assert quantities(terms) == [Decimal("700")]


def test_the_one_price_of_a_message_goes_to_the_one_goods_counted():
    terms = chat((B, "Looking for a 22 inch ceramic kamado grill, 2-tier stainless grate and nest stand with casters. "
                     "What's your best FOB price for 300 units?"),
                 (S, "FOB Xiamen USD 189/unit for 300 units."), (B, "Let's do 176 and I confirm today"),
                 (S, "OK Travis, 176 FOB Xiamen, deal"))
    assert (quantities(terms), prices(terms)) == ([Decimal("300")], [Decimal("176")])
    # trap: a courier's cost is no price of the goods
    terms = chat((B, "we need punches and dies for our ZP-17 press. 17 sets"), (S, "USD 95/set"), (B, "17 sets at 95"),
                 (S, "We send by DHL, cost to Nairobi about USD 145, you pay it together with the goods"), (B, "ok"))
    assert prices(terms) == [Decimal("95")]
    # trap: two prices in one message for goods named apart stay unassigned
    terms = chat((B, "need 500 pcs kettles, and cups too"), (S, "USD 4.20 and USD 0.80"), (B, "ok"))
    assert Decimal("0.80") not in prices(terms)


def test_a_price_per_thousand_ending_a_sentence_and_prices_of_rules_left_open_are_no_unit_price():
    terms = chat((B, "nitrile gloves, one 40HQ, CIF Felixstowe"), (S, "CIF Felixstowe GBP 17.90 per 1000 pcs, 2,600,000 pcs"),
                 (B, "Can you do 17.20?"), (S, "17.50 is the bottom"), (B, "Fine, GBP 17.50 per thousand. Payment?"))
    assert prices(terms) == [None]
    terms = chat((B, "willow wicker laundry hamper, 1500 pcs. Can you quote DAP Chicago?"), (S, "FOB Ningbo USD 13.90/pc."),
                 (B, "Can you at least do CIF Los Angeles?"),
                 (S, "CIF LA would be 15.60/pc with today's freight. Honestly FOB is better for you"),
                 (B, "Let me talk to our logistics team about it. Payment?"), (S, "30% deposit by TT, balance before shipment"),
                 (B, "That's fine. I'll revert on the shipping term after I speak to logistics."))
    assert (terms.incoterm.status.value, prices(terms)) == ("CONFLICTING", [None])
    # trap: once one rule is taken, its price stands
    terms = chat((S, "FOB Ningbo USD 13.90/pc."), (B, "Can you do CIF Los Angeles?"), (S, "CIF LA would be 15.60/pc"),
                 (B, "ok CIF LA 15.60, deal"))
    assert prices(terms) == [Decimal("15.60")]


def test_what_one_box_holds_the_rest_still_to_make_and_a_machine_named_by_its_area_are_no_order():
    terms = chat((B, "acacia wood serving tray, 800 pcs please, EXW price?"),
                 (S, "EXW 漳州 USD 8.90/pc，1 pc per brown box"), (B, "ok 8.90 fine"))
    assert quantities(terms) == [Decimal("800")]
    terms = chat((B, "X光传感器，要40个"), (S, "每个980美金"), (B, "行"), (S, "好的。现货20个，另外20个需要十天，到时一起发"),
                 (B, "好"))
    assert quantities(terms) == [Decimal("40")]
    terms = chat((B, "管壳式冷凝器，换热面积60平方，客户确认要4台了"),
                 (S, "60平方管壳式冷凝器，FOB宁波每台7900美金"), (B, "FOB宁波没问题"))
    assert quantities(terms) == [Decimal("4")]
    # trap: an area of turf ordered is the order
    terms = chat((B, "700平方草坪"), (S, "每平方45元"), (B, "好"))
    assert quantities(terms) == [Decimal("700")]
    # trap: the rest counted as goods ordered ("另外加20个") is still read
    terms = chat((B, "另外20个支架"), (S, "每个5元"), (B, "好"))
    assert quantities(terms) == [Decimal("20")]


def test_lead_times_asked_in_cantonese_and_pinyin_and_said_as_making_time():
    terms = chat((B, "冇問題，幾耐有貨？"), (S, "大概三個星期"), (B, "好"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (21, 21)
    terms = chat((B, "keyi. jiaoqi duo jiu?"), (S, "十天左右. FOB的话你们货代来提货?"), (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (10, 10)
    terms = chat((B, "ok keyi. shijian? how many days"), (S, "生产 shengchan 25 tian, then truck 3-4 days to Hanoi"), (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (25, 25)
    terms = chat((B, "17 sets at 95"), (S, "OK. Making time 12-15 days after drawing is confirmed."), (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (12, 15)
    # trap: the buyer's days to test the samples are no lead time
    terms = chat((S, "The samples were sent by DHL this morning."), (B, "Thanks, we need 10 days to test the samples."))
    assert terms.lead_time.max_days is None


def test_a_yes_to_the_split_with_more_words_takes_up_all():
    for reply in ("30/70 fine, the rest too", "Looks good. 30/70 fine", "30/70 fine, we take it"):
        terms = chat((B, "price for 1200 pcs yoga mats?"), (S, "FOB Ningbo USD 4.60/pc, 30% deposit 70% before shipment"),
                     (B, reply))
        assert terms.incoterm.status.value == "AGREED", reply


def test_a_price_taken_by_its_figure_or_asked_for_other_goods_stands():
    terms = chat((S, "5000 pcs cotton tote bags: FOB Ningbo USD 13.90/pc"), (B, "Can you do CIF LA?"),
                 (S, "CIF LA would be 15.60/pc. But FOB is better for you"), (B, "15.60 ok"))
    assert prices(terms) == [Decimal("15.60")]
    terms = chat((B, "we need 500 pcs ceramic coffee mugs 350ml. Also interested in bamboo coasters, what is your price?"),
                 (S, "Mugs FOB Xiamen USD 1.20/pc"), (B, "And the coasters?"), (S, "USD 0.35/pc"), (B, "ok both fine"))
    assert prices(terms)[0] == Decimal("1.20")


def test_one_machine_ordered_makes_no_price_of_freight_or_a_service():
    terms = chat((B, "We need 1 air compressor for our workshop, 22kW"), (S, "Screw air compressor 22kW, FOB Shanghai USD 4,600"),
                 (B, "ok. Shipping to Mombasa?"), (S, "LCL to Mombasa USD 1,250"))
    assert prices(terms) == [Decimal("4600")]
    terms = chat((B, "粉碎机 一台，要不锈钢的，报个价"), (S, "FOB 青岛 每台 USD 3,200"), (S, "海运到拉各斯 大约 USD 1,100"),
                 (B, "好的，就按 3,200"))
    assert prices(terms) == [Decimal("3200")]


def test_the_buyers_people_and_service_firms_offering_are_no_seller():
    terms = chat((S, "CIF Sydney AUD 31.50/pc"), (Role.OTHER, "Hello, I am Lisa from the buyer's finance team. We can do AUD 29"),
                 (B, "ok"))
    assert prices(terms) != [Decimal("29")]
    terms = chat((S, "EXW Dongguan ¥ 128/pc"), (Role.OTHER, "I'm the trucking company, we can do ¥ 1,500 to Shenzhen port"),
                 (B, "ok 128 fine"))
    assert prices(terms) == [Decimal("128")]


def test_review_traps_of_the_goods_rules_stay_as_before():
    terms = chat((B, "我们要 500 套 酒店家具，我们酒店有 120 间 客房"), (S, "每套 USD 860 FOB 佛山"), (B, "好"))
    assert quantities(terms) == [Decimal("500")]
    terms = chat((S, "2.5w 风扇 每个 1.85 美金 FOB 宁波"), (B, "要 500 个"), (B, "好"))
    assert prices(terms) == [Decimal("1.85")]
    terms = chat((B, "总价 1.8w 可以吗？3000 个"), (S, "1.8w 可以"))
    assert prices(terms) == [None]
    terms = chat((B, "PO 4512 was 3000 pcs, not 2500. Please correct the PI."), (S, "Sorry, will correct. USD 2.20/pc FOB Ningbo"))
    assert quantities(terms) == [Decimal("3000")]
    terms = chat((B, "We need 8 units with each unit packed in its own wooden case"), (S, "USD 540/unit CIF Jeddah"), (B, "ok"))
    assert quantities(terms) == [Decimal("8")]
    terms = chat((B, "电磁炉报价？要现货"), (S, "好的，2000W 款，15台电磁炉，每台 185元，下周发货"), (B, "好的"))
    assert quantities(terms) == [Decimal("15")]
    terms = chat((B, "我们项目铺装面积 3000平方，地板报价 每平米多少？"), (S, "每平米 68 元"), (B, "好"))
    assert quantities(terms) == [Decimal("3000")]
    terms = chat((B, "We need left and right side mirrors for Hilux, 300 pcs left, 300 pcs right"), (S, "ok"))
    assert len(terms.line_items) == 2
    terms = chat((B, "Interested in the rain shower head and bathroom faucet, 500 pcs each"),
                 (S, "shower head USD 8.50, faucet USD 14.20 FOB Xiamen"), (B, "ok"))
    assert len(terms.line_items) == 2
    terms = chat((B, "上次买了 1.2w 个，这次要 8000 个"), (S, "好的，每个 5.5 元"), (B, "可以"))
    assert quantities(terms) == [Decimal("8000")]


def test_a_price_per_dozen_glossed_and_a_total_per_piece_after_an_addition():
    terms = chat((B, "竹牙刷成人款，這次要24000支，DAT高雄"), (S, "DAT高雄每打（12支）美金1.15"), (B, "OK價格可以"))
    assert prices(terms) == [None]  # a price per dozen while the order counts pieces (LABELLING.md)
    terms = chat((B, "bamboo straw, want 1.2w pcs"), (S, "1.2w pcs price RMB 0.35/pc"), (B, "can DAP KL?"),
                 (S, "DAP Kuala Lumpur by express, add RMB 0.05, total RMB 0.40/pc"), (B, "ok hao de"))
    assert prices(terms) == [Decimal("0.40")]
    # trap: an order's total is still no unit price
    terms = chat((B, "2000 pcs"), (S, "USD 0.35/pc, total USD 700"), (B, "ok"))
    assert prices(terms) == [Decimal("0.35")]


def test_a_count_times_a_bare_price_takes_the_tier_and_directly_names_no_goods():
    terms = chat((B, "looking for high speed handpiece, push button, 4 hole Midwest"),
                 (S, "TX-414: Sample USD 52 incl. shipping, bulk 50pcs+ USD 38/pc"),
                 (B, "ok I'd rather skip the sample and take 50 pcs directly."), (S, "PayPal ok"),
                 (B, "PayPal please, I'll cover the fee. 50 pcs x 38"))
    assert (quantities(terms), prices(terms)) == ([Decimal("50")], [Decimal("38")])
    assert terms.line_items[0].description != "directly"
    # trap: a count times containers, or a count said as so many times another, is no price
    terms = chat((B, "need 2 x 40HQ of tiles"), (S, "USD 4.5/sqm"), (B, "ok 3000 pcs x 2 colours."))
    assert prices(terms) == [Decimal("4.5")]


def test_second_review_traps_stay_as_before():
    terms = chat((B, "final price for the 500 pcs steel shelving?"), (S, "USD 42/pc FOB Tianjin is our best."),
                 (Role.OTHER, "This is Mr. Chen, Sunny's manager. You are our old customer, we can do USD 40.50."),
                 (B, "ok 40.50 deal"))
    assert prices(terms) == [Decimal("40.50")]
    terms = chat((B, "We need 10 units of the water chiller with each unit having its own control panel."),
                 (S, "USD 2,350/unit FOB Ningbo."), (B, "ok"))
    assert quantities(terms) == [Decimal("10")]
    terms = chat((B, "Please quote 1000 pcs of the shoe rack."), (S, "USD 6.30 FOB Ningbo."),
                 (B, "Sorry, PO 3302 was 1500 pcs, not 1000. Please update."))
    assert quantities(terms) == [Decimal("1500")]
    terms = chat((B, "We need 2000 pcs of the car phone holders. Also please quote the USB-C cables."),
                 (S, "That one is USD 0.65/pc FOB Shenzhen."), (B, "And the holders?"))
    assert prices(terms)[0] is None
    terms = chat((B, "Quote 1000 pcs of the baby walker"), (S, "USD 11.80 FOB Ningbo. Freight to Mombasa included USD 13.40."),
                 (B, "we take FOB"))
    assert prices(terms) == [Decimal("11.80")]
    terms = chat((B, "2000 pcs of the enamel mugs, price?"), (S, "FOB USD 1.20/pc. With logo add USD 0.10, total USD 1.30/pc."),
                 (B, "No logo needed. FOB Ningbo ok."))
    assert prices(terms) == [Decimal("1.20")]
    terms = chat((B, "Please quote jackets men and winter gloves, 500 pcs each."),
                 (S, "Jackets USD 14.50/pc, gloves USD 2.10/pair FOB Shanghai."), (B, "ok"))
    assert len(terms.line_items) == 2
    terms = chat((B, "清關幾耐？"), (S, "清關一般 3 至 5 日。你 1000 個 PVC 水喉，每個 US$ 0.80 DDP 香港。"), (B, "OK"))
    assert terms.lead_time.max_days is None
    terms = chat((B, "你们的产能多少？我们要 5000 个收纳盒。"), (S, "日产 1.5w 个，没问题。每个 1.8 美金 FOB 宁波。"), (B, "OK"))
    assert quantities(terms) == [Decimal("5000")]
    terms = chat((B, "首批先做3万 尾款见提单付"), (S, "好的，单价 2.6 元。"))
    assert quantities(terms) == [Decimal("30000")]
    terms = chat((B, "我们要 316L 不锈钢板 300平方做储罐。"), (S, "每平方 RMB 420，含税。"), (B, "行"))
    assert quantities(terms) == [Decimal("300")]
    terms = chat((S, "给您确认订单：24寸，12个黑色，每个 65 元。"), (B, "对，就这样。"))
    assert quantities(terms) == [Decimal("12")]
    terms = chat((S, "我们在东莞有 2 间，都可以生产桑拿房。"), (B, "我们要 10 套，每套多少？"), (S, "每套 USD 1,980。"))
    assert quantities(terms) == [Decimal("10")]
    terms = chat((B, "We need one hydraulic press, 200 ton."), (S, "USD 28,000 FOB Qingdao."), (B, "DDP Riyadh?"),
                 (S, "For DDP Riyadh, the duty and VAT is about USD 4,900."), (B, "ok FOB then"))
    assert prices(terms) == [Decimal("28000")]
    terms = chat((B, "我们要 5000 个纸箱，单个尺寸 40x30x30。"), (S, "单个 RMB 2.3，单箱（50个）RMB 115。"), (B, "ok"))
    assert quantities(terms) == [Decimal("5000")]
