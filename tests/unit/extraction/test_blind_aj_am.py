"""Prices, counts and names read from blind sets aj, ak and al; each case with the trap that
keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, prices, quantities
from tradepact.domain.terms import TermStatus
from tradepact.domain.transcript import Role


def test_a_list_in_one_line_with_a_spec_in_brackets_before_the_count():
    terms = chat((B, "pls quote: camping chair CC-3 (foldable, 120kg load), 400 pcs; picnic table PT-8, 120 pcs"),
                 (S, "CC-3 USD 6.80/pc\nPT-8 USD 21.50/pc"), (B, "ok"))
    assert items(terms) == [("camping chair CC-3", Decimal("400"), Decimal("6.80")),
                            ("picnic table PT-8", Decimal("120"), Decimal("21.50"))]


def test_a_count_after_total_counts_the_goods_before_the_comma():
    terms = chat((B, "need: hex dumbbells, total 3000kg; kettlebells KB-12, 200 pcs"),
                 (S, "dumbbells USD 1.30/kg, KB-12 USD 14/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000"), Decimal("200")]
    # trap: a total amount of money after the comma is no count
    terms = chat((B, "hex dumbbells 3000kg"), (S, "USD 1.30/kg, total USD 3900"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]
    assert prices(terms) == [Decimal("1.30")]


def test_the_same_words_in_another_order_are_the_same_goods():
    terms = chat((B, "cast iron olympic plates 6000kg"), (S, "olympic plates cast iron USD 1.25/kg"),
                 (B, "ok"))
    assert items(terms) == [("cast iron olympic plates", Decimal("6000"), Decimal("1.25"))]
    # trap: other words are other goods
    terms = chat((B, "cast iron olympic plates 6000kg, rubber olympic plates 2000kg"),
                 (S, "cast iron olympic plates USD 1.25/kg, rubber olympic plates USD 1.60/kg"), (B, "ok"))
    assert prices(terms) == [Decimal("1.25"), Decimal("1.60")]


def test_a_count_written_with_the_word_before_a_model_code_is_no_price():
    terms = chat((B, "weight bench WB-3, 150 units; power rack PR-9, 60 units"),
                 (S, "WB-3 USD 96/unit\nPR-9 power rack USD 138/unit"), (B, "ok. add 20 more racks"),
                 (S, "sure, 80 racks then"), (S, "checked: 150 bench + 80 racks = 1x40HQ"), (B, "great"))
    assert items(terms) == [("weight bench WB-3", Decimal("150"), Decimal("96")),
                            ("power rack PR-9", Decimal("80"), Decimal("138"))]


def test_list_lines_with_counted_parts_specs_and_a_count_in_colours():
    terms = chat((B, "pls quote FOB Xiamen:\n- 2 burner camping stove CS-B2, 400 red + 200 green\n"
                     "- folding 3 tier shelf FS-T3, steel frame, 500pcs"),
                 (S, "CS-B2 USD 12.60 (red/green same price)\nFS-T3 USD 8.90"), (B, "ok"))
    assert items(terms) == [("2 burner camping stove CS-B2", Decimal("600"), Decimal("12.60")),
                            ("folding 3 tier shelf FS-T3, steel frame", Decimal("500"), Decimal("8.90"))]
    # trap: colours priced apart stay apart (no sum), and a figure before a colour with no
    # other count beside it is no count
    terms = chat((B, "camping stove CS-B2: 400 red + 200 green"),
                 (S, "red USD 12.60, green USD 13.10"), (B, "ok"))
    assert quantities(terms) != [Decimal("600")]
    terms = chat((B, "camping stove CS-B2, 500 pcs, is 100 red ok?"), (S, "USD 12.60"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]


def test_a_chinese_name_with_its_code_before_each():
    terms = chat((B, "充气泳圈 R-60 和 R-90，FOB汕头报价"),
                 (S, "FOB汕头：泳圈R-60 每个1.35美金，泳圈R-90 每个2.10美金"),
                 (B, "R-60要5000个，R-90要3000个"), (S, "好的"))
    assert items(terms) == [("泳圈R-60", Decimal("5000"), Decimal("1.35")),
                            ("泳圈R-90", Decimal("3000"), Decimal("2.10"))]


def test_spoken_dollars_and_tents_and_canopies_in_chinese_numerals():
    terms = chat((B, "上次聊的单层二到三人帐篷要两千顶，天幕四米乘四米要八百个，厦门离岸价多少"),
                 (S, "厦门离岸价：帐篷每顶十二块五美金，天幕每个十一块八美金"), (B, "好的"))
    assert items(terms) == [("单层二到三人帐篷", Decimal("2000"), Decimal("12.5")),
                            ("天幕四米乘四米", Decimal("800"), Decimal("11.8"))]
    assert terms.currency.code == "USD"
    # trap: days are still no goods ("三天" ships in three days), and 块 alone stays yuan
    terms = chat((B, "帐篷要两千顶"), (S, "帐篷每顶十二块五，三天发货"), (B, "好的"))
    assert [(i.quantity, i.unit_price, i.currency) for i in terms.line_items] == [
        (Decimal("2000"), Decimal("12.5"), "CNY")]


def test_a_machine_rate_is_no_count_and_a_price_said_as_the_minimum_counters():
    terms = chat((B, "need a pillow packing machine, 80 bags/min, 1 set"),
                 (S, "FOB Shanghai USD 15,800"), (B, "15,000?"), (S, "15,400 ok"), (B, "ok 15,400"),
                 (S, "sorry, servo motors went up, 15,900 is minimum now"))
    assert quantities(terms) == [Decimal("1")]
    assert prices(terms) == [None]  # the agreed price was taken back: an open counter
    assert terms.line_items[0].status == TermStatus.CONFLICTING
    # trap: a minimum order amount is still no price
    terms = chat((B, "need a pillow packing machine, 1 set"), (S, "FOB Shanghai USD 15,800"), (B, "ok"),
                 (S, "pls note 15,000 is minimum order amount for FOB"))
    assert prices(terms) == [Decimal("15800")]


def test_goods_said_again_with_a_word_shortened_or_their_material_added():
    terms = chat((B, "need 10 units end suction booster pump, 6 units stainless submersible pump, "
                     "and hydraulic seal kits 40 pcs"),
                 (S, "end suction pump cast iron: USD 210/unit\nSS submersible: USD 330/unit\n"
                     "hyd seal kit: USD 4.50/pc"),
                 (B, "submersible can you do 310?"), (S, "ok 310"))
    assert items(terms) == [("end suction booster pump", Decimal("10"), Decimal("210")),
                            ("stainless submersible pump", Decimal("6"), Decimal("310")),
                            ("hydraulic seal kits", Decimal("40"), Decimal("4.50"))]
    # trap: other goods whose name holds the asked one's words stay apart
    terms = chat((B, "need steel pipe clamp 500 pcs"), (S, "steel pipe clamp USD 0.80, steel pipe USD 3.20/m"),
                 (B, "ok"))
    assert [i.description for i in terms.line_items] == ["steel pipe clamp", "steel pipe"]
    # trap: a word of doubt is no goods
    terms = chat((B, "water tank 1000L 20 pcs"), (S, "USD 79/pc"), (B, "hmm can you do 76?"), (S, "ok 77 final"),
                 (B, "ok"))
    assert items(terms) == [("water tank 1000L", Decimal("20"), Decimal("77"))]


def test_one_share_alone_counters_the_split_just_offered_and_its_acceptance_names_no_price():
    terms = chat((B, "almonds 900 ctns"), (S, "USD 31.50/ctn FOB Tianjin"), (B, "ok"),
                 (B, "payment 20% TT deposit, 80% TT against BL copy"),
                 (S, "for nuts we need 30% dear, margin very small"), (B, "ok 30 then"))
    assert [i.percent for i in terms.payment.installments] == [Decimal("30"), Decimal("70")]
    assert prices(terms) == [Decimal("31.50")]
    # trap: the balance said alone with its trigger restates the split, and a discount is no share
    terms = chat((S, "40% T/T deposit, 60% against B/L copy"), (B, "60% against BL copy ok. confirmed"))
    assert [i.percent for i in terms.payment.installments] == [Decimal("40"), Decimal("60")]
    terms = chat((B, "payment 30% deposit, 70% before shipment TT"), (S, "ok. and 5% discount if 2 containers"))
    assert [i.percent for i in terms.payment.installments] == [Decimal("30"), Decimal("70")]


def test_goods_forgotten_leave_the_order():
    terms = chat((B, "need 800 ctns raisins and 2 tons walnut"),
                 (S, "raisin USD 28.50/ctn, walnut USD 6.90/kg"), (B, "forget walnut then, raisin ok"))
    assert items(terms) == [("raisins", Decimal("800"), Decimal("28.50"))]


def test_the_sellers_manager_prices_for_the_seller():
    terms = chat((B, "罐頭玉米 425克×24罐/箱，要1200箱，請報FOB廈門"), (S, "FOB廈門 每箱美金14.5"), (B, "好，14.5"))
    assert prices(terms) == [Decimal("14.5")]
    transcript_turns = [(B, "罐頭玉米 425克×24罐/箱，要1200箱，請報FOB廈門"), (S, "FOB廈門 每箱美金14.5"), (B, "好，14.5"),
                        (Role.OTHER, "您好，我是陳經理。這幾週玉米一直漲，14.5這個價我們做不了，最少要15，不好意思")]
    terms = chat(*transcript_turns)
    assert prices(terms) == [None]  # the seller's side took the price back: open again
    # trap: a forwarder's figures are no price of the goods
    terms = chat(*transcript_turns[:3], (Role.OTHER, "我是貨代小林，運費我們可以做到1500美金一個櫃"))
    assert prices(terms) == [Decimal("14.5")]


def test_the_buyers_price_on_condition_that_it_orders_is_a_counter():
    terms = chat((B, "need 1 edge banding machine"), (S, "FOB Guangzhou USD 8,900"),
                 (B, "if you can do 8,200 we order today"))
    assert prices(terms) == [None]
    assert terms.line_items[0].status == TermStatus.CONFLICTING
    terms = chat((B, "要一台封边机"), (S, "FOB广州 USD 8,900"), (B, "8,200的话我们马上下单"), (S, "好的，成交"))
    assert prices(terms) == [Decimal("8200")]
    # trap: the seller putting the answer off to ask the manager takes up nothing
    terms = chat((B, "要一台封边机"), (S, "FOB广州 USD 8,900"), (B, "8,200的话我们马上下单"),
                 (S, "好的，我跟经理再确认一下价格，稍等"))
    assert prices(terms) == [None]


def test_a_chinese_name_before_a_price_per_kilogram_and_after_buy():
    terms = chat((B, "您好，想買大紅袍花椒300公斤，雙清包稅到基隆"),
                 (S, "雙清包稅到基隆，人民幣：花椒每公斤98元"), (B, "好，成交"))
    assert items(terms) == [("大紅袍花椒", Decimal("300"), Decimal("98"))]


def test_a_packing_list_of_cases_and_a_price_per_bale():
    terms = chat((B, "confirm order: 1 set case erector CE-40 and 1 set carton sealer FXJ-50"),
                 (S, "CE-40 USD 3,950/set, FXJ-50 USD 1,150/set EXW Dongguan"), (B, "ok"),
                 (S, "packing: erector 1 wooden case 180x120x150cm 420kg, sealer 1 case 110x90x120cm 160kg"))
    assert quantities(terms) == [Decimal("1"), Decimal("1")]
    # a price per bale for a count in pieces is no price of one piece, and what a bale holds no count
    terms = chat((B, "woven pp sacks 20000 pcs"), (S, "FOB Qingdao USD 9.60 per bale, 100 pcs/bale"), (B, "ok"))
    assert items(terms) == [("woven pp sacks", Decimal("20000"), None)]
    # trap: the weight ordered, with no case's size beside it, is still the order
    terms = chat((B, "pp granules 5000kg"), (S, "USD 1.12/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("5000")]


def test_a_machines_price_corrected_after_a_typo_and_a_price_per_unit_above_a_hundred_thousand():
    terms = chat((B, "we need a bottle filling and capping machine, 1 unit, CIF Rotterdam in EUR"),
                 (S, "FC-12, 30-40 bottles/min. CIF Rotterdam EUR 2,3800"), (S, "sorry typo, EUR 23,800"),
                 (B, "ok. I send 30 bottles by DHL for a test"), (S, "ok"), (B, "test ok, confirmed"))
    assert items(terms) == [("bottle filling and capping machine", Decimal("1"), Decimal("23800"))]
    # a figure broken by a typo is no price at all (not EUR 2,380)
    terms = chat((B, "need 1 unit"), (S, "CIF Rotterdam EUR 2,3800"))
    assert prices(terms) == [None]
    terms = chat((B, "需要500kVA靜音柴油發電機2台，請報CIF澳門價"), (S, "CIF澳門每台HK$215,000"), (B, "好"))
    assert items(terms)[0][1:] == (Decimal("2"), Decimal("215000"))
    # trap: an order total of the same size, said per nothing, is still no unit price
    terms = chat((B, "需要發電機2台"), (S, "CIF澳門 合計HK$430,000"), (B, "好"))
    assert prices(terms) == [None]


def test_a_price_list_in_other_words_goes_to_the_goods_listed_in_their_order():
    terms = chat((B, "need: 1) beach umbrella 180cm 2) folding beach chair 3) beach mat 2x1.8m. CIF Jeddah pls"),
                 (S, "CIF Jeddah:\n沙滩伞 180cm USD 4.10/pc\n折叠沙滩椅 USD 6.30/pc\n沙滩垫 USD 2.25/pc"),
                 (B, "qty: umbrella 1000, chair 800, mat 1500"), (S, "ok"), (B, "deal"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("1000"), Decimal("4.10")), (Decimal("800"), Decimal("6.30")), (Decimal("1500"), Decimal("2.25"))]
    # trap: a list with a count it names no goods for may not match the prices line for line
    terms = chat((B, "need: check valve 1/2in 50pcs, unloader valve UV-2 30pcs, o-ring kit OK-9 2000pcs"),
                 (S, "止回阀 USD 12.80/pc\n卸荷阀 USD 9.40/pc"), (B, "ok"))
    assert Decimal("12.80") not in [i.unit_price for i in terms.line_items if i.quantity == Decimal("30")]
    # trap: as many prices as goods but some named again: no reordering
    terms = chat((B, "umbrella 1000 pcs and chair 800 pcs"), (S, "chair USD 6.30, umbrella USD 4.10"), (B, "ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("1000"), Decimal("4.10")), (Decimal("800"), Decimal("6.30"))]


def test_oem_part_numbers_in_names_and_litres_of_oil():
    terms = chat((B, "need compatible parts: oil filter 1613610500 60pcs, air filter 1621574200 30pcs, "
                     "and compressor oil 600 liters"),
                 (S, "oil filter 1613610500 — USD 11.20/pc\nair filter 1621574200 — USD 24/pc\n"
                     "compressor oil — USD 5.80/liter"), (B, "ok confirm"))
    assert items(terms) == [("oil filter 1613610500", Decimal("60"), Decimal("11.20")),
                            ("air filter 1621574200", Decimal("30"), Decimal("24")),
                            ("compressor oil", Decimal("600"), Decimal("5.80"))]
    # trap: a big count right after the name, with its unit, is still the count, and a kettle's
    # litres are its size
    terms = chat((B, "dog leash 100000 pcs"), (S, "ok"))
    assert quantities(terms) == [Decimal("100000")]
    terms = chat((B, "need 3000 pcs electric kettle 2 liters"), (S, "ok"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_code_and_chinese_name_before_each_and_a_price():
    terms = chat((B, "要兩款頭燈：H-20 充電頭燈 2000個，H-5 電池頭燈 4000個，CIF 基隆"),
                 (S, "CIF 基隆：H-20 頭燈 每個 3.40 美元，H-5 頭燈 每個 1.15 美元"), (B, "好的，確認"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("2000"), Decimal("3.40")), (Decimal("4000"), Decimal("1.15"))]
    # trap: sizes alone before each keep their own reading
    terms = chat((B, "香氛蠟燭兩個尺寸：200g要2000個，400g要1000個"), (S, "200g每個2.60美金，400g每個4.10美金"), (B, "好"))
    assert prices(terms) == [Decimal("2.60"), Decimal("4.10")]


def test_the_figure_of_a_count_is_no_price():
    terms = chat((B, "瑜伽垫 要1.5万个，出厂价多少？"), (S, "出厂价 6.8元/个"), (B, "6.8可以。就1.5万个"), (S, "好的"))
    assert items(terms) == [("瑜伽垫", Decimal("15000"), Decimal("6.8"))]


def test_what_comes_with_the_goods_is_no_count_and_a_cantonese_yes_with_the_figure_counters():
    terms = chat((B, "25cm 公仔連兩套衫，要 800 盒，港幣報價"), (S, "DAP 香港 每盒 HK$36"), (B, "HK$34 得唔得？"),
                 (S, "34 都得，但要全數付款先出貨"), (B, "OK"))
    assert items(terms)[0][1:] == (Decimal("800"), Decimal("34"))
    # trap: a count of ten or more after 連 is still the count
    terms = chat((B, "要公仔連盒 800個"), (S, "每個 HK$36"), (B, "OK"))
    assert quantities(terms) == [Decimal("800")]


def test_a_yes_to_the_payment_takes_up_no_price_put_off():
    terms = chat((B, "salam, need band saw 600mm with coolant pump. 4 sets"),
                 (S, "Hello sir! MJ346 600mm, 5.5kw main motor. FOB Qingdao USD 1,850/set"),
                 (B, "another supplier offer me 1,700 FOB same model"), (S, "sir our saw is heavy duty. 1,850 is fair price"),
                 (B, "ok. make it CIF Dammam then"), (S, "CIF Dammam USD 2,020/set, 4 sets by LCL"),
                 (B, "freight too much. my forwarder maybe cheaper, i check with him and tell u"),
                 (S, "ok sir. payment 30% deposit 70% before shipment, production 20 days"), (B, "payment ok"))
    assert prices(terms) == [None]
    assert [i.percent for i in terms.payment.installments] == [Decimal("30"), Decimal("70")]
    # trap: "price ok" takes up the price and the rule it was quoted at
    terms = chat((B, "need band saw, 4 sets"), (S, "FOB Qingdao USD 1,850/set"), (B, "price ok"))
    assert prices(terms) == [Decimal("1850")]
    assert terms.incoterm.status == TermStatus.AGREED


def test_amounts_added_for_each_option_are_no_prices():
    terms = chat((B, "need 1 set filling machine"),
                 (S, "A) semi-auto filler USD 3,200\nB) automatic filling line USD 6,900\nFOB Guangzhou"),
                 (B, "quote CIF Durban also"), (S, "CIF Durban add USD 650 for A, USD 980 for B"))
    assert Decimal("980") not in prices(terms) and Decimal("650") not in prices(terms)


def test_a_list_line_with_its_packing_after_a_comma_and_a_count_after_a_dash():
    terms = chat((B, "pls offer CIF Hamburg:\nsunflower kernels bakery grade, 25kg bags - 12 MT\n"
                     "roasted pumpkin seeds 10mm - 6 MT"),
                 (S, "sunflower kernels bakery USD 1250/MT, roasted pumpkin seeds USD 2100/MT CIF Hamburg"),
                 (B, "ok confirmed"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("12"), Decimal("1250")), (Decimal("6"), Decimal("2100"))]


def test_the_courier_for_a_sample_is_no_price_and_the_count_goes_to_the_goods_negotiated():
    terms = chat((B, "Hi, interested in dried wood ear, thick grade 3-4cm. can you send sample first?"),
                 (S, "sure, sample 300g free, you pay DHL courier around 40 USD"), (B, "ok send pls"),
                 (S, "MOQ 100kg. thick grade 3-4cm USD 9.80/kg"), (B, "we order 500kg. can do 9.20?"),
                 (S, "500kg 9.40 ok"), (B, "deal"))
    assert items(terms) == [("thick grade 3-4cm", Decimal("500"), Decimal("9.40"))]
    # trap: with two goods on the table an unnamed count stays no one's
    terms = chat((B, "black fungus and shiitake"), (S, "fungus USD 9.80/kg, shiitake USD 26/kg"),
                 (B, "we order 500kg"), (S, "ok"))
    assert quantities(terms) == [None, None]


def test_pounds_and_cases_count_and_a_bags_weight_does_not():
    terms = chat((B, "need IQF basa fillets 7-9oz"), (S, "CFR Savannah USD 1.45/lb, 40000 lbs per 40RF"),
                 (B, "ok 1.45 fine, one 40RF"), (S, "ok"))
    assert items(terms)[0][1:] == (Decimal("40000"), Decimal("1.45"))
    terms = chat((B, "basa fillets in 10 lbs bags, 2000 cases"), (S, "USD 38/case"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]


def test_tea_cakes_counted_and_cartons_asked_for_beside_their_packing():
    terms = chat((B, "普洱生茶饼 357克，我们要1500饼，价格多少"), (S, "1500饼 每饼72元"), (B, "好"))
    assert items(terms)[0][1:] == (Decimal("1500"), Decimal("72"))
    terms = chat((B, "need frozen squid rings 1kg bag x 10/ctn, 800 ctns"), (S, "CFR Busan USD 31/ctn"), (B, "ok"))
    assert quantities(terms) == [Decimal("800")]
    # trap: a packing list after the order still counts no cartons
    terms = chat((B, "squid rings 8000 kg"), (S, "USD 3.10/kg"), (B, "ok"),
                 (S, "packing 1kg bag x 10/ctn, 800 ctns, 9.2 cbm"))
    assert quantities(terms) == [Decimal("8000")]


def test_chinese_names_after_besides_before_then_and_shortened_in_the_middle():
    terms = chat((B, "另外碳素网球拍要600支"), (S, "碳素拍 每支8.9美金"), (B, "行，网球拍就8.9"), (S, "好的"))
    assert items(terms) == [("碳素网球拍", Decimal("600"), Decimal("8.9"))]
    # trap: names that open alike but end in other goods stay apart
    terms = chat((B, "碳素网球拍要600支，碳素网球包要300个"), (S, "碳素拍 每支8.9美金，碳素包 每个4.2美金"), (B, "好"))
    assert prices(terms) == [Decimal("8.9"), Decimal("4.2")]


def test_a_list_in_one_line_parts_apart_by_semicolons_with_specs_before_each_count():
    terms = chat((B, "Hi, mummy sleeping bag 木乃伊睡袋 -5°C, 1.6kg, 1200pcs; camping pillow 充气枕头 inflatable, 900pcs. FOB Ningbo?"),
                 (S, "FOB Ningbo: 睡袋 USD 8.20/pc, 枕头 USD 1.35/pc"), (B, "ok both"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("1200"), Decimal("8.20")), (Decimal("900"), Decimal("1.35"))]
    # trap: a part whose count is what a set holds names no count
    terms = chat((B, "ambient light kit, model AL-4; also footwell light 2条/套, model FL-2. 价格?"), (S, "ok"))
    assert quantities(terms) in ([], [None], [None, None])


def test_engineers_sent_to_install_and_their_daily_fee_are_no_goods():
    terms = chat((B, "要一台全自动吹瓶机"), (S, "全自动吹瓶机4腔 CIF USD 32,000/台"), (B, "好的，成交"),
                 (B, "安装怎么算"), (S, "我们派两个工程师过去安装调试，每人每天100美金，大概15天"), (B, "好的"))
    assert items(terms) == [("全自动吹瓶机", Decimal("1"), Decimal("32000"))]  # ("要一台": one ordered)


def test_an_amount_for_two_units_or_more_is_their_total():
    terms = chat((B, "need 2 pcs inverter generator samples"), (S, "By FedEx, about USD 160 for 2 units"), (B, "ok"))
    assert prices(terms) == [None]
    # trap: an amount for one piece is its price
    terms = chat((B, "need 2 pcs inverter generator samples"), (S, "USD 215 for 1 unit, sample price"), (B, "ok"))
    assert prices(terms) == [Decimal("215")]


def test_codes_without_a_hyphen_beside_chinese_names_and_the_answer_to_a_price_asked_of_one_goods():
    terms = chat((B, "配件要一批：空气滤芯KL1520 400个，燃油滤芯RY0611 250个"),
                 (S, "空气滤芯一打120元，燃油滤芯7.5元一个"), (B, "空气滤芯按个算多少"), (S, "一个10块"),
                 (B, "好的"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("400"), Decimal("10")), (Decimal("250"), Decimal("7.5"))]


def test_a_price_line_opening_with_a_model_code_then_chinese_words_and_a_count_in_meters():
    terms = chat((B, "pls quote CNF Chattogram: CB-40 gear pump 30 sets, suction hose 2 inch 500 meter, flange gasket DN80 20 dozen"),
                 (S, "CNF Chattogram:\nCB-40 齿轮泵 + 2.2kW motor: USD 168/set\nDN80 垫片 gasket: USD 9.20/dozen"),
                 (B, "ok agreed"))
    got = {i.quantity: i.unit_price for i in terms.line_items}
    assert got[Decimal("30")] == Decimal("168") and got[Decimal("20")] == Decimal("9.20")
    assert Decimal("500") in got


def test_what_a_container_loads_a_puzzles_pieces_and_a_count_per_design_are_no_order():
    terms = chat((B, "folding treadmill T-700, 150 units EXW Yongkang, USD 142 ok as in your last email"),
                 (S, "USD 142 EXW confirmed"), (S, "carton 160x75x28cm, 58kg, 40HQ can load 150 ok"), (B, "👍"))
    assert items(terms)[0][1:] == (Decimal("150"), Decimal("142"))
    terms = chat((B, "500 piece jigsaw puzzle, our 4 designs, 1500pcs each design = 6000pcs"),
                 (S, "500pc puzzle FOB Shenzhen USD 2.10/pc"), (B, "ok"))
    assert items(terms)[0][1:] == (Decimal("6000"), Decimal("2.10"))


def test_a_reefer_container_is_sea_freight_in_full_containers():
    for said in ("ok 1.45 fine, one 40RF", "book 1x40RH from Zhanjiang", "两个货拼一个20尺冷柜", "the reefer sails on the 8th"):
        terms = chat((B, "frozen basa fillets 20000 kg"), (S, "CFR Savannah USD 1.45/kg"), (B, said), (S, "ok"))
        assert terms.logistics.mode.value == "SEA_FCL", said
    # trap: a reefer named as goods (a fridge) is no sea freight
    terms = chat((B, "mini fridge 50L, 300 pcs"), (S, "USD 48/pc FOB Ningbo"), (B, "ok"))
    assert terms.logistics.mode.value == "UNSPECIFIED"


def test_a_container_as_the_least_order_says_nothing_of_the_mode():
    terms = chat((S, "FOB Ningbo: gunpowder tea USD 3.40/kg, MOQ 1x20GP"), (B, "we take 8000kg"), (S, "ok"))
    assert terms.logistics.mode.value == "UNSPECIFIED"
    # trap: the container the order ships in does
    terms = chat((S, "FOB Ningbo: gunpowder tea USD 3.40/kg"), (B, "we take 8000kg, 1x20GP"), (S, "ok"))
    assert terms.logistics.mode.value == "SEA_FCL"


def test_the_forwarders_plan_fills_a_mode_nobody_stated():
    terms = chat((B, "dried apricots 3000 kg FOB Tianjin"), (S, "USD 4.20/kg"), (B, "ok"),
                 (Role.OTHER, "Hello, Kevin from Bluesea Logistics, forwarder of buyer. We plan 1x20GP ex Tianjin"),
                 (S, "ok Kevin"))
    assert terms.logistics.mode.value == "SEA_FCL"
    # trap: two ways offered by the forwarder are a choice nobody made, and what the parties
    # agreed stands over the forwarder's words
    terms = chat((B, "phone holders 5000 pcs at USD 1.35 FCA Shenzhen"), (S, "ok"),
                 (Role.OTHER, "air freight is USD 4.20/kg, or sea LCL about USD 380 total"))
    assert terms.logistics.mode.value == "UNSPECIFIED"
    terms = chat((B, "sinks 1500 pcs, 1x40HQ"), (S, "ok, 一个40尺高柜"),
                 (Role.OTHER, "我是货代小刘，可以走拼箱，运费便宜"))
    assert terms.logistics.mode.value == "SEA_FCL"


def test_lead_time_after_the_lc_said_short_and_a_month_in_chinese():
    terms = chat((B, "production time?"), (S, "40-45 days after LC"), (B, "ok"))
    assert lead(terms) == (40, 45)
    terms = chat((B, "交期？"), (S, "大概一个月"), (B, "好"))
    assert lead(terms) == (30, 30)
    # trap: what a month makes is no lead time, and a payment after the credit is no production
    terms = chat((S, "我们一个月可以生产五万个，产能没问题。"), (B, "好的"))
    assert lead(terms) == (None, None)
    terms = chat((S, "balance 90 days after LC"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_a_lead_time_asked_after_a_payment_sentence_and_days_for_printing_and_packing():
    terms = chat((B, "ok 100% before shipment. When ready?"), (S, "10 days"), (B, "ok"))
    assert lead(terms) == (10, 10)
    terms = chat((B, "how fast?"), (S, "4-6 days for logo printing and packing, then DHL 3-5 days to you"), (B, "ok"))
    assert lead(terms) == (4, 6)
    # trap: a question about the way there is still no lead time asked
    terms = chat((B, "ok 100% before shipment. how long by sea to Durban?"), (S, "about 25 days"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_a_bare_price_in_a_sentence_opening_with_the_goods_is_theirs():
    terms = chat((B, "rope toy RT-3 5000 pcs, rubber ball RB-6 4000 pcs"), (S, "RT-3 USD 0.95/pc, RB-6 USD 0.85/pc"),
                 (B, "ok both"), (S, "sorry, cost went up. RB-6 must be 0.98 now"))
    assert prices(terms) == [Decimal("0.95"), None]  # the rope toy's price stands, the ball's is open again


def test_the_seller_raising_a_price_the_buyer_named_withdraws_it():
    terms = chat((B, "水管车HC-30 1500台，CIF墨尔本报个价"), (S, "HC-30 CIF墨尔本9.80美金/台"), (B, "9.20能做吗"),
                 (S, "9.20可以"), (B, "好的，发PI吧"), (S, "张总不好意思，老板说9.20做不了，钢管涨价了，最低9.50美金"))
    assert prices(terms) == [None]
    assert terms.line_items[0].status == TermStatus.CONFLICTING
    # trap: the seller restating the agreed price, or offering less, keeps or lowers it
    terms = chat((B, "水管车HC-30 1500台"), (S, "HC-30 9.80美金/台"), (B, "9.20能做吗"), (S, "9.20可以"),
                 (S, "确认9.20美金，PI今天发"))
    assert prices(terms) == [Decimal("9.20")]


def test_what_a_day_makes_and_a_double_frame_are_no_counts():
    terms = chat((B, "您好，我们做饼干的，要枕式包装机，两台"), (S, "250型 出厂价32000元/台"),
                 (B, "我们一天大概三万个饼干，够用吗"), (S, "够用"))
    assert items(terms) == [("", Decimal("2"), Decimal("32000"))]
    terms = chat((B, "wide belt sander 1 unit"), (S, "wide belt sander 1300 双砂架 — USD 8,400/unit"), (B, "ok"))
    assert quantities(terms) == [Decimal("1")]


def test_the_seller_taking_up_the_order_by_preparing_the_pi_agrees():
    terms = chat((B, "stoneware mugs 8000pcs. your price of 1.15 USD FOB Xiamen is ok for us"),
                 (S, "Thank you dear! I'll prepare PI. 30% TT deposit, 70% against BL copy"))
    assert terms.incoterm.status == TermStatus.AGREED
    # trap: asking for a PI later is no yes to a counter left open
    terms = chat((S, "mugs USD 1.15 FOB Xiamen"), (B, "1.05?"), (S, "I'll check, will prepare PI after boss confirms"))
    assert prices(terms) == [None]
