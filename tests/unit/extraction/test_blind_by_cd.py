"""Prices, counts and lines read from blind sets by to cd; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities
from tradepact.domain.transcript import Role


def test_goods_priced_under_another_name_are_the_goods_counted():
    # the buyer counts, the seller prices the same goods in another order and in his own words
    terms = chat((B, "Need: front wiper blades 22in 5000 pcs, rear wiper arms 2000 pcs, washer pumps 1500 pcs"),
                 (S, "FOB Ningbo: washer pump 12V USD 2.10, rear arm assembly USD 1.35, wiper blade frameless USD 0.88"),
                 (B, "ok, confirmed"))
    assert quantities(terms) == [Decimal("5000"), Decimal("2000"), Decimal("1500")]
    assert prices(terms) == [Decimal("0.88"), Decimal("1.35"), Decimal("2.10")]
    assert len(terms.line_items) == 3
    # one goods quoted fewer than counted: the others pair, the unquoted one stays unpriced
    terms = chat((B, "搅拌桶 300个，搅拌杆 500根，刮刀 800把"), (S, "不锈钢刮刀 6.5元/把，加厚搅拌桶 38元/个"), (B, "可以"))
    assert quantities(terms) == [Decimal("300"), Decimal("500"), Decimal("800")]
    assert prices(terms) == [Decimal("38"), None, Decimal("6.5")]


def test_goods_priced_under_a_name_sharing_no_word_stay_apart():
    # trap: no word shared, so which goods the price is of is not said
    terms = chat((B, "door stoppers 3000 pcs"), (S, "hinge set USD 1.20"), (B, "ok"))
    assert quantities(terms)[0] == Decimal("3000") and prices(terms)[0] is None


def test_a_count_after_qty_closing_a_sentence_is_the_order():
    terms = chat((B, "conference booklets A5 48pp, 128gsm gloss, saddle stitch, qty 2500. can u do by air?"),
                 (S, "USD 0.86/pc CPT Dubai"), (B, "ok"))
    assert quantities(terms) == [Decimal("2500")]
    # trap: a decimal after qty is not cut at its point; tonnes priced per kilo are kilos, grounded
    terms = chat((B, "yarn qty 2.5 tons?"), (S, "USD 3.10/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("2500")]
    assert terms.line_items[0].unit == "kg"


def test_copies_are_counted_but_copies_of_documents_are_not():
    terms = chat((B, "coffee table photo books 300x300mm, 6000 copies CIF Los Angeles"), (S, "USD 6.20 CIF Los Angeles"),
                 (B, "6.20 ok"))
    assert quantities(terms) == [Decimal("6000")]
    assert prices(terms) == [Decimal("6.20")]
    terms = chat((B, "cookbooks 5000 pcs CFR Durban"), (S, "USD 3.40, L/C 90 days, send 3 copies of the B/L"), (B, "ok"))
    assert quantities(terms) == [Decimal("5000")]


def test_a_ceiling_on_the_price_names_no_goods():
    terms = chat((B, "my boss says: catalogues 15000 copies, max 0.75 usd. we confirm 15,000 catalogues at 0.74"),
                 (S, "confirmed, USD 0.74"))
    assert len(terms.line_items) == 1
    assert quantities(terms) == [Decimal("15000")]


def test_metres_said_as_m_are_the_same_count():
    terms = chat((B, "cotton poplin 57/58\", 8,000 metres, CIF Durban?"), (S, "USD 1.45 per metre for 8000m"),
                 (B, "ok"))
    assert quantities(terms) == [Decimal("8000")]
    assert terms.line_items[0].unit == "metres"
    # trap: another figure in metres is still another count
    terms = chat((B, "cotton poplin 8,000 metres, CIF Durban?"), (S, "USD 1.45 per metre for 9000m"))
    assert quantities(terms) == [None]


def test_colours_summed_in_square_metres_are_grounded():
    # colours summed in square metres: the "2" of "m2" is no part of the sum
    terms = chat((B, "SPC flooring 5mm: light grey 1,500 m2 + natural oak 1,500 m2, same price pls"),
                 (S, "usd 6.10/m2 FOB Qingdao"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]


def test_wood_tones_are_colours_summed_with_the_others():
    # all three are summed, not two of them
    terms = chat((B, "强化地板 浅灰 600 sqm, 橡木 600 sqm, 胡桃 300 sqm，同一个价吗？"), (S, "同价 usd 4.80/sqm"), (B, "ok"))
    assert quantities(terms) == [Decimal("1500")]


def test_a_price_said_one_ninety_is_no_ninety_one():
    # 1.90 or 190 is not said, so no price
    terms = chat((B, "swim vests, four thousand pieces. price?"), (S, "EUR one ninety per piece, DAT Rotterdam"), (B, "ok"))
    assert quantities(terms) == [Decimal("4000")]
    assert Decimal("91") not in prices(terms)


def test_colours_written_one_after_another_each_so_many_are_one_line_of_their_sum():
    terms = chat((B, "1x1罗纹 320克，黑色灰色各1000公斤，双清包税到洛杉矶多少钱一公斤？"), (S, "黑灰同价，42元一公斤"), (B, "好的"))
    assert quantities(terms) == [Decimal("2000")]
    # a colour after the first may leave out its 色
    terms = chat((B, "塔夫绸 黑色和深蓝各6000件"), (S, "塔夫绸 1.15美金/件（黑、深蓝同价）"), (B, "OK"))
    assert quantities(terms) == [Decimal("12000")]
    # trap: a colour run priced apart is no sum
    terms = chat((B, "罗纹布 黑色灰色各1000公斤"), (S, "黑色42元一公斤，灰色45元一公斤"), (B, "好的"))
    assert Decimal("2000") not in quantities(terms)


def test_yards_in_chinese_are_counted_but_shoe_sizes_are_not():
    terms = chat((B, "我們需要蕾絲花邊，寬5公分，米白色，3000碼，可以用台幣報價嗎？"), (S, "可以的，新台幣每碼9.5元，DAP台中，空運。"),
                 (B, "了解，沒問題"))
    assert quantities(terms) == [Decimal("3000")]
    assert prices(terms) == [Decimal("9.5")]
    assert terms.line_items[0].description == "蕾絲花邊"  # (not "新台幣每碼": a currency is no goods)
    terms = chat((B, "劳保鞋 数量1500双，39到45码混码"), (S, "每双16.3美金"), (B, "好"))
    assert quantities(terms) == [Decimal("1500")]
    assert terms.line_items[0].description != "混码"


def test_a_price_called_a_lot_before_a_counter_is_not_taken_up():
    terms = chat((B, "cotton poplin 8,000 metres CIF Durban?"), (S, "Price USD 1.45 per metre for 8000m."),
                 (B, "1.45 is a lot for plain white poplin. Can you do 1.32?"),
                 (S, "1.32 is very hard, cotton yarn went up again this month. Let me talk to my boss and come "
                     "back to you tomorrow."))
    assert prices(terms) == [None]
    # trap: "a lot of" is no complaint of the price
    terms = chat((B, "cotton poplin 8,000 metres, CIF Durban?"), (S, "Price USD 1.45 per metre for 8000m."),
                 (B, "ok 1.45 is a lot of money but the quality is good, confirmed"))
    assert prices(terms)[0] == Decimal("1.45")


def test_a_better_price_asked_after_agreeing_and_put_off_by_the_other_side_is_open():
    terms = chat((B, "10mm clear tempered glass, 1,500 m2, FOB Tianjin?"), (S, "USD 17.60/m2 FOB Tianjin"), (B, "Accepted."),
                 (B, "Can you make it 16.90 and we confirm today?"),
                 (S, "Let me check with my manager, he is in a meeting. I will reply tomorrow morning."))
    assert prices(terms) == [None]
    # trap: asked with no answer, the price agreed stands (LABELLING.md)
    terms = chat((B, "10mm clear tempered glass, 1,500 m2, FOB Tianjin?"), (S, "USD 17.60/m2 FOB Tianjin"), (B, "Accepted."),
                 (B, "Can you make it 16.90 and we confirm today?"))
    assert prices(terms) == [Decimal("17.60")]


def test_a_price_per_hundred_or_thousand_said_in_chinese_after_the_amount_is_no_unit_price():
    terms = chat((B, "牛皮纸披萨盒，十万个，FOB青岛报价"), (S, "每千个380元人民币"), (B, "每千个350元可以吗？"),
                 (S, "360元每千个，最低了。"), (B, "好的，360"))
    assert quantities(terms) == [Decimal("100000")]
    assert prices(terms) == [None]
    # and the bare counters after it are of the same lot
    terms = chat((B, "雨刮胶条，要五万条。"), (S, "每百条85元人民币，出厂价。"), (B, "能不能80元一百条？"), (S, "82吧"), (B, "好，82"))
    assert prices(terms) == [None]
    # trap: a count from which a price holds is no lot
    terms = chat((B, "杯子 5000个"), (S, "3.5元一个，1000个起订"), (B, "好"))
    assert prices(terms) == [Decimal("3.5")]


def test_the_fixed_deposit_said_again_is_no_price():
    terms = chat((B, "printed care labels 200,000 pcs"), (S, "USD 9.50 per 1000 pcs"), (B, "ok, 9.50 per thousand is fine."),
                 (S, "For a first order we ask a deposit of USD 500, balance before shipment."),
                 (B, "ok, I send the USD 500 today by T/T."))
    assert prices(terms) == [None]
    assert terms.payment.installments[0].fixed_amount_minor == 50000
    # trap: a price per piece that happens to be the deposit's figure is still a price
    terms = chat((B, "vending machine 10 units"), (S, "deposit USD 500 first please"), (B, "ok"),
                 (S, "price USD 500 per unit FOB Guangzhou"), (B, "ok"))
    assert prices(terms) == [Decimal("500")]


def test_a_list_a_line_each_counted_in_sheets_after_a_dash():
    terms = chat((B, "for our next container we need:\n1) 18mm white melamine chipboard 2800x2070 — 600 sheets\n"
                     "2) 3mm HDF back panels, white one side — 1000 sheets\n3) 15mm birch plywood B/BB — 300 sheets\n"
                     "Prices FOB Shanghai please."), (S, "noted, prices tomorrow"))
    assert quantities(terms) == [Decimal("600"), Decimal("1000"), Decimal("300")]
    # traps: a range of counts is no count; nor is one running down after a size
    terms = chat((B, "chipboard 2000 - 3000 sheets, price?"), (S, "USD 17.90/sheet"), (B, "ok"))
    assert quantities(terms) == [None]


def test_colours_each_with_a_bare_count_are_one_line_of_their_sum():
    terms = chat((B, "rigid gift boxes in four colours: black 1000, navy 1000, forest green 500, burgundy 500. Same price?"),
                 (S, "yes same price for all four colours: EUR 1.95/pc, DAP Hamburg"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]
    terms = chat((B, "swim caps, colours black 1000, navy 800, pink 700 pls"), (S, "ok same price all colours, USD 0.95/pc"),
                 (B, "ok deal"))
    assert quantities(terms) == [Decimal("2500")]
    # traps: the parts of a count said before them; a colour's price
    terms = chat((B, "silicone cases 10,000 pcs: black 2000, sand pink 2000, midnight blue 2000, sage green 2000, "
                     "lavender 2000"), (S, "USD 0.68/pc all colours"), (B, "ok"))
    assert quantities(terms) == [Decimal("10000")]
    terms = chat((B, "gift boxes 3000 pcs"), (S, "black 1.95 usd, white 2.05 usd"), (B, "ok black"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_count_after_the_sample_the_order_follows_is_the_order():
    terms = chat((B, "following the sample you sent: the advent calendar boxes, 380x280x45mm, 4000 pcs. final terms?"),
                 (S, "USD 2.35/pc FOB Ningbo"))
    assert quantities(terms) == [Decimal("4000")]
    # trap: the samples sent are still no order
    terms = chat((B, "pls send the samples by DHL: advent calendar boxes, 3 pcs"), (S, "USD 2.35/pc FOB Ningbo"))
    assert quantities(terms) == [None]


def test_a_box_of_the_goods_is_other_goods_and_a_price_per_book_is_a_unit_price():
    terms = chat((B, "2027台历3000本，还有配套的台历外盒3000个，麻烦报FOB厦门人民币价。"),
                 (S, "外盒是白卡彩盒，每个2.6元；台历是三角台历，每本9.8元"), (B, "好的"))
    assert quantities(terms) == [Decimal("3000"), Decimal("3000")]
    assert prices(terms) == [Decimal("9.8"), Decimal("2.6")]
    # trap: goods named longer with their spec are the same goods
    terms = chat((B, "台历3000本"), (S, "台历加厚款每本9.8元"), (B, "好的"))
    assert len(terms.line_items) == 1 and prices(terms) == [Decimal("9.8")]


def test_a_shape_said_with_a_numeral_is_no_number_but_money_in_jiao_is():
    from tradepact.domain.normalize import normalize
    from tradepact.domain.numbers import rewrite_number_words
    assert rewrite_number_words(normalize("三角台历，六角螺栓")).lower == "三角台历,六角螺栓"
    assert rewrite_number_words(normalize("每件美金兩元三角五")).lower.endswith("2元3角5")


def test_lead_times_after_the_money_arrives_a_sample_approved_or_a_new_mould():
    assert lead(chat((B, "多层板 800张，交期多久？"), (S, "定金到账后大概18到22天"))) == (18, 22)
    assert lead(chat((B, "woven labels 10k, lead time?"),
                     (S, "Lead time 7-9 days after you approve the digital sample."))) == (7, 9)
    assert lead(chat((B, "自行车把套 5000对，多久能出货？"), (S, "新模具做十天，打样确认后四周出货。"))) == (28, 28)
    # trap: the way from one place to another is transit
    assert lead(chat((B, "多层板 800张，交期多久？"), (S, "厦门到台中很快，大概2-3天"))) == (None, None)


def test_a_courier_to_a_place_taking_days_is_transit():
    terms = chat((B, "silicone wristbands 5000 pcs, USD 0.12 ok. lead time?"),
                 (S, "Production is 5-7 working days after you confirm the digital proof. Then FedEx to Chicago takes "
                     "3-4 days."))
    assert lead(terms) == (5, 7)
    # trap: shipped by courier so many days after the deposit is when the goods leave
    assert lead(chat((B, "wristbands 5000 pcs, lead time?"), (S, "we ship by DHL to Paris about 5 days after deposit"))) \
        == (5, 5)


def test_days_after_the_payment_arrives_are_the_lead_time_beside_the_mode():
    assert lead(chat((B, "白橡木皮 1.2万平方米，交期多久？"), (S, "收到款后20-25天，海运整柜，一个20GP"))) == (20, 25)
    assert lead(chat((B, "葡萄酒礼盒 2000个，交期？"), (S, "收到款後10至12天。第一次合作要全款。"))) == (10, 12)
    # trap: the sea's days after it stay transit
    terms = chat((B, "木皮 1万平方米，交期多久？"), (S, "付款后15天发货，海运大概30天"))
    assert lead(terms) == (15, 15)
    assert terms.logistics.transit_time is not None and terms.logistics.transit_time.max_days == 30


def test_days_off_for_a_holiday_and_a_lab_dip_s_days_are_no_lead_time():
    terms = chat((B, "自助收银机 20台，交期多久？"), (S, "收到定金后25到30天生产完成。"), (B, "五一你们放假吗？"),
                 (S, "五一放5天，5月1号到5号，不影响您的交期，我们会提前排产。"))
    assert lead(terms) == (25, 30)
    terms = chat((B, "single jersey 2400 kg, lead time?"),
                 (S, "Lab dips take 5 days; bulk knitting + dyeing 18-22 days after lab dip approval."),
                 (B, "olive is too dark"), (S, "Ok, we redo olive. New dip in 3 days."))
    assert lead(terms) == (18, 22)
    # trap: production said as its days is still the lead time
    assert lead(chat((B, "single jersey 2400 kg, lead time?"), (S, "production 20 days"))) == (20, 20)


def test_deposit_and_balance_said_without_the_word_deposit():
    def split(*turns):
        pay = chat(*turns).payment
        return [(i.percent, i.trigger.value) for i in pay.installments]
    assert split((B, "panels 600 sheets, payment?"), (S, "payment 30% T/T, 70% before shipment.")) == \
        [(Decimal("30"), "ON_ORDER"), (Decimal("70"), "BEFORE_SHIPMENT")]
    assert split((B, "buttons 5000 pcs, payment?"), (S, "可以, Western Union, 50% 先付, 50% 发货前.")) == \
        [(Decimal("50"), "ON_ORDER"), (Decimal("50"), "BEFORE_SHIPMENT")]
    assert split((B, "hoses 300 pcs, payment?"), (S, "50% now, the rest before shipping.")) == \
        [(Decimal("50"), "ON_ORDER"), (Decimal("50"), "BEFORE_SHIPMENT")]
    assert [p for p, _ in split((B, "柚木皮 500張，點樣付款？"), (S, "三成訂金，七成尾數送貨前付，電匯"))] == \
        [Decimal("30"), Decimal("70")]
    assert split((B, "pine shims 2000 pcs at USD 0.05, ok, pay by TT full before ship"), (S, "ok")) == \
        [(Decimal("100"), "ON_ORDER")]
    # trap: a share of the goods is no payment
    assert split((B, "rubber feet 30% black, 70% white, payment?"), (S, "T/T")) == [(None, "UNSPECIFIED")]


def test_rail_said_short_with_its_containers_part_loads_and_the_truck_to_the_train():
    def mode(*turns):
        return chat(*turns).logistics.mode.value
    assert mode((B, "gift boxes 3000 pcs, EUR 1.95 ok"), (S, "DAP Hamburg via China-Europe railway"), (B, "Rail is good."),
                (S, "Rail transit Xi'an to Hamburg about 18-22 days, plus 2 days trucking to Xi'an.")) == "RAIL"
    assert mode((B, "PVC profiles 48 tons. Rail this time, our agent books the China-Europe train."),
                (S, "ok, 48 tons is two 40HQ rail containers.")) == "RAIL"
    assert mode((B, "vending spirals 5000 pcs. our agent books LCL space on the train from Yiwu"), (S, "ok")) == "RAIL"
    # traps: a truck to the port before the ship is still sea; LCL with no train is by sea
    assert mode((B, "boxes 3000 pcs, LCL to Hamburg"), (S, "ok, LCL, trucking to Ningbo port 1 day")) == "SEA_LCL"


def test_modes_a_high_cube_by_truck_in_chinese_and_proofs_by_courier():
    def mode(*turns):
        return chat(*turns).logistics.mode.value
    assert mode((B, "覆膜板一千一百张，报个离岸价"), (S, "离岸价青岛每张13.5美金，一千一百张刚好装一个40高柜")) == "SEA_FCL"
    assert mode((B, "收银机 200台，1280可以。我们从二连浩特走汽车过去"), (S, "好的")) == "ROAD"
    assert mode((B, "catalogues 3500 copies, we ship by sea with our forwarder"),
                (S, "Great, I'll send the PI today and the Epson proofs by DHL tomorrow.")) == "SEA"
    assert mode((B, "spatulas 5000 pcs, our forwarder ships LCL from Shenzhen"),
                (S, "ok, FCA Shenzhen, and the USD 120 trucking is charged on top")) == "SEA_LCL"
    # trap: the goods themselves by courier are still express
    assert mode((B, "booklets 500 copies"), (S, "we send them by DHL, 4 days")) == "EXPRESS"


def test_a_price_list_in_another_order_and_words_goes_to_the_goods_it_names():
    terms = chat((B, "RFQ:\n1. casement handles, white, 5000 pcs\n2. friction stays 12 inch stainless, 10000 pcs\n"
                     "3. multipoint locks 1200mm, 2500 pcs\n4. EPDM glazing gasket, 300 rolls\nFOB Ningbo please."),
                 (S, "prices FOB Ningbo:\n- rubber gasket EPDM, 100m per roll: USD 21.00/roll\n- espag locks 1200mm: USD 3.80/pc\n"
                     "- SS friction hinges 12\": USD 0.92/pc\n- white handles: USD 1.45/pc"),
                 (B, "Can you do the hinges at 0.85?"), (S, "0.88 is the best for 10000 pcs."),
                 (B, "ok, 0.88. All four lines confirmed."))
    assert quantities(terms) == [Decimal("5000"), Decimal("10000"), Decimal("2500"), Decimal("300")]
    assert prices(terms) == [Decimal("1.45"), Decimal("0.88"), Decimal("3.80"), Decimal("21.00")]
    # trap: names sharing no word keep the order of the lists
    terms = chat((B, "1) inflatable flamingo 200 pcs\n2) swim ring 500 pcs"), (S, "火烈鸟浮排 USD 3.60\n闪粉泳圈 USD 0.95"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("3.60"), Decimal("0.95")]


def test_a_list_a_line_each_with_counts_in_thousands_after_a_dash():
    terms = chat((B, "for our rain jackets we need:\ncord stoppers single hole - 50,000\ncord ends bell shape - 100k\n"
                     "metal eyelets 5mm gunmetal - 40k\nplastic toggles 20mm - 10k\nprices pls"),
                 (S, "noted, price list tomorrow"))
    assert quantities(terms) == [Decimal("50000"), Decimal("100000"), Decimal("40000"), Decimal("10000")]
    # trap: a list of terms is no list of goods; a colon's spec lines are no counts (second review)
    terms = chat((B, "our terms:\n- qty: 3000\n- price: 18\n- lead time: 30"), (S, "ok"))
    assert Decimal("30") not in quantities(terms) and Decimal("18") not in quantities(terms)


def test_what_one_pack_holds_and_the_packs_loaded_are_no_counts():
    terms = chat((B, "EPDM door seals, 15,000 metres, CIF Rotterdam?"), (S, "EUR 0.52 per metre, packed in rolls of 100 m."),
                 (B, "ok"), (S, "150 rolls, we load them in one 20GP."))
    assert quantities(terms) == [Decimal("15000")]
    terms = chat((B, "spun polyester sewing thread 40/2, 5000m cones, 48,000 cones, CFR Melbourne"), (S, "AUD 0.62/cone"),
                 (B, "ok"))
    assert quantities(terms) == [Decimal("48000")]
    terms = chat((B, "pop-up books 3,000 copies at USD 4.90 FOB Shenzhen"), (S, "ok"),
                 (Role.OTHER, "please send the packing list"), (S, "noted. 20 copies per carton, 52x38x30cm, 150 cartons."))
    assert quantities(terms) == [Decimal("3000")]
    terms = chat((B, "玻璃趟門一共32套，報港紙"), (S, "每套港幣2,150"), (B, "OK"), (S, "訂金一半，兩個禮拜做好。"))
    assert quantities(terms) == [Decimal("32")]
    # traps: rolls ordered are the order; cones ordered are counted
    terms = chat((B, "EPDM seal strip 150 rolls of 100 m"), (S, "EUR 52 per roll"), (B, "ok"))
    assert quantities(terms) == [Decimal("150")]


def test_the_order_said_again_in_packs_is_no_count_and_clear_is_a_colour():
    terms = chat((B, "oak veneer edge banding 0.5x22mm on 200m rolls. Total 60,000 metres."),
                 (S, "price is USD 42 per 1000 metres, EXW Changzhou. That's 300 rolls."), (B, "ok"))
    assert quantities(terms) == [Decimal("60000")]
    terms = chat((B, "玻璃砖190x190x80，要三个颜色：透明2000块，蓝色800块，绿色600块。另外磨砂的1000块。"),
                 (S, "三个颜色同价8.5元，磨砂9.8元"), (B, "好"))
    assert quantities(terms) == [Decimal("3400"), Decimal("1000")]
    # trap: rolls ordered after a price per roll are the order
    terms = chat((B, "edge banding 300 rolls"), (S, "USD 8.40 per roll. That's 300 rolls, ok"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")]
