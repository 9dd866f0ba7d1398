"""Prices, counts, names, payment, lead times and modes read from blind sets bg to bl; each case
with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities, shares
from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import LeadTimeBasis, PaymentTrigger, TermStatus, TransportMode
from tradepact.domain.transcript import Message, Role, Transcript

OTHER = Role.OTHER


def test_goods_told_apart_by_tyre_size_codes_are_lines_of_their_own():
    terms = chat((B, "Hello, we need 385/65R22.5 20PR trailer tyres, all-position, 300 pcs, plus 425/65R22.5 20PR "
                     "60 pcs. Price DAP Rotterdam?"),
                 (S, "Hi, DAP Rotterdam:\n385/65R22.5 20PR - EUR 171/pc\n425/65R22.5 20PR - EUR 224/pc"),
                 (B, "OK, 171 and 224"))
    assert quantities(terms) == [Decimal("300"), Decimal("60")]
    assert prices(terms) == [Decimal("171"), Decimal("224")]
    # the code's figures are no price: "R13" is no USD 13
    terms = chat((B, "我们要半钢子午线轮胎：175/70R13、185/65R14，离岸价青岛各多少钱？"),
                 (S, "青岛离岸价：175/70R13 每条16.8美金，185/65R14 每条18.5美金"),
                 (B, "数量：175/70R13 600条，185/65R14 400条"), (S, "好的"))
    assert quantities(terms) == [Decimal("600"), Decimal("400")]
    assert prices(terms) == [Decimal("16.8"), Decimal("18.5")]
    # trap: a width said further back of goods named in words is no size line ("3.5cm" belts)
    terms = chat((B, "genuine leather belts 3.5cm, black, 110cm 600 pcs and 125cm 400 pcs"),
                 (S, "110cm USD 3.20, 125cm USD 3.35"), (B, "ok"))
    assert quantities(terms) == [Decimal("600"), Decimal("400")]


def test_a_count_after_a_material_of_its_dimensions_is_of_those_dimensions():
    terms = chat((B, "要户外防水配电箱 400*500*200 不锈钢的 50台，还有600*800*250的 20台"),
                 (S, "好嘞，304不锈钢 400*500*200 每台560元，600*800*250 每台1080元，都含税"), (B, "行"))
    assert quantities(terms) == [Decimal("50"), Decimal("20")]
    assert prices(terms) == [Decimal("560"), Decimal("1080")]


def test_goods_each_named_then_specced_then_counted_after_a_comma_are_lines():
    terms = chat((B, "Hi, IP66 weatherproof switched socket outlet, 16A, grey, 1500 pcs, and IP65 adaptable junction "
                     "box 100x100x50, 3000 pcs. FOB Shanghai"),
                 (S, "FOB Shanghai: socket outlet USD 2.95/pc, junction box USD 0.74/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("1500"), Decimal("3000")]
    terms = chat((B, "we need cowhide split leather driver gloves with keystone thumb, size L, 5000 pairs, plus goatskin "
                     "grain leather gloves size M, 2000 pairs."), (S, "ok"))
    assert quantities(terms) == [Decimal("5000"), Decimal("2000")]
    # trap: a part of the list that opens with no goods ("and in black, 300 pcs") names none of them
    terms = chat((B, "we need canvas tote bags, natural, 1000 pcs, and in black, 300 pcs."), (S, "USD 1.20/pc"),
                 (B, "ok"))
    assert quantities(terms) != [Decimal("1000"), Decimal("300")]


def test_the_one_price_a_list_leaves_unnamed_is_of_the_goods_it_leaves():
    terms = chat((B, "Need 2-crank manual hospital bed with ABS head/foot boards and side rails, 120 units, plus ABS "
                     "overbed table, 120 units. Please quote FOB."),
                 (S, "Model MB-202, 2 cranks, ABS boards, 4 castors with brakes: USD 265/unit. Overbed table, ABS "
                     "top, height adjustable: USD 38/unit. FOB Qingdao."),
                 (B, "OK, FOB Qingdao accepted"))
    assert prices(terms) == [Decimal("265"), Decimal("38")]
    # trap: not a figure far from the price that goods already has ("备用主轴 4200元" is no machine's)
    terms = chat((B, "Need CNC router 1325, 2 units, plus compression bits, 5 boxes. Please quote."),
                 (S, "CNC router 1325: USD 9,800/unit. Compression bits: USD 40/box."),
                 (B, "and spare spindle?"), (S, "Spare spindle 9kW: USD 600/pc. Compression bits: USD 38/box."))
    assert prices(terms)[0] == Decimal("9800")


def test_tyre_sizes_with_load_index_counted_before_and_a_full_box_are_read():
    terms = chat((B, "we need PCR tyres. Sizes: 195/65R15 91H, 205/55R16 91V. FOB Qingdao?"),
                 (S, "FOB Qingdao:\n195/65R15 91H - USD 21.40/pc\n205/55R16 91V - USD 23.90/pc"),
                 (B, "We plan one 40HQ: 500 pcs 195/65R15, 400 pcs 205/55R16"),
                 (S, "For a full box I can do 21.00 / 23.50"), (B, "ok deal at 21.00 and 23.50"))
    assert quantities(terms) == [Decimal("500"), Decimal("400")]
    assert prices(terms) == [Decimal("21.00"), Decimal("23.50")]
    # trap: goods named "full face" are still goods
    terms = chat((B, "full face helmet 300 pcs"), (S, "full face helmet USD 18/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")] and prices(terms) == [Decimal("18")]


def test_a_list_naming_one_goods_in_new_words_prices_the_goods_it_leaves():
    terms = chat((B, "Hi: half face respirator (twin filter, silicone, size M) 800 pcs, P2 particulate filters 4000 pairs, "
                     "and ABEK1P3 combination cartridges 1200 pairs. CFR Fremantle please."),
                 (S, "Hello, CFR Fremantle:\n- silicone half mask, M: USD 6.90/pc\n- P2 filter: USD 0.62/pair\n"
                     "- ABEK1P3 cartridge: USD 3.15/pair"), (B, "ok"))
    assert quantities(terms) == [Decimal("800"), Decimal("4000"), Decimal("1200")]
    assert prices(terms) == [Decimal("6.90"), Decimal("0.62"), Decimal("3.15")]
    # trap: a price list with goods more than the order names no goods it leaves
    terms = chat((B, "Hi: P2 particulate filters 4000 pairs, and ABEK1P3 combination cartridges 1200 pairs."),
                 (S, "- silicone half mask, M: USD 6.90/pc\n- P2 filter: USD 0.62/pair\n- ABEK1P3 cartridge: USD 3.15/pair"),
                 (B, "ok"))
    assert quantities(terms)[:2] == [Decimal("4000"), Decimal("1200")] and prices(terms)[:2] == [Decimal("0.62"), Decimal("3.15")]


def test_the_time_asked_as_prod_time_and_the_buyers_own_stock():
    assert lead(chat((B, "k"), (B, "prod time?"), (S, "abt 15-20 days aftr depost"))) == (15, 20)
    terms = chat((S, "Yes, D/P at sight is fine for you. Production about 25 days."),
                 (B, "Small change: please take the kingpins out, our Lusaka yard still has 40 in stock."))
    assert lead(terms) == (25, 25)
    # trap: the seller's goods in stock are still no time to make
    terms = chat((S, "Production about 25 days."), (B, "too long"), (S, "ok, we have 500 pcs in stock, ship now"))
    assert terms.lead_time.basis == LeadTimeBasis.IN_STOCK


def test_within_days_from_the_order_to_delivery_is_the_lead_time():
    assert lead(chat((B, "好"), (S, "落單後10日內送到"))) == (None, 10)
    assert lead(chat((B, "好"), (S, "收到定金15天内送到。"))) == (None, 15)
    assert lead(chat((B, "好"), (S, "款到后三天内送到货代仓"))) == (None, 3)
    # trap: days to arrive with no order before them are the way there
    assert lead(chat((B, "好"), (S, "发货后大概5天内送到"))) == (None, None)


def test_the_one_share_paid_after_a_deposit_that_makes_the_sum_whole_is_the_balance():
    assert shares(chat((B, "付款怎么付"), (S, "50%定金，50%货到悉尼前付清，T/T"), (B, "好"))) == [Decimal(50), Decimal(50)]
    assert shares(chat((B, "付款？"), (S, "好的。付款訂金 30%，出貨前付清 70%，電匯。"), (B, "好"))) == [Decimal(30), Decimal(70)]
    terms = chat((B, "付款？"), (S, "30%定金，见提单副本付70%，T/T"), (B, "好"))
    assert shares(terms) == [Decimal(30), Decimal(70)]
    assert terms.payment.installments[1].trigger == PaymentTrigger.AGAINST_BL_COPY
    # trap: a share of something else that happens to make the sum whole is no balance
    assert shares(chat((B, "payment?"), (S, "30% deposit, fabric is 70% cotton"), (B, "ok"))) == [Decimal(30)]


def test_bare_shares_with_their_trigger_and_what_a_side_usually_does():
    assert shares(chat((B, "payment?"), (S, "30 dep 70 b4 shipmnt, TT"), (B, "ok"))) == [Decimal(30), Decimal(70)]
    assert shares(chat((S, "price ok?"), (B, "pay 30 adv 70 bl copy tt"), (S, "ok"))) == [Decimal(30), Decimal(70)]
    terms = chat((B, "Payment 20% deposit, 80% before shipment?"), (S, "We usually do 30/70 but ok, 20/80 for you, by TT"))
    assert shares(terms) == [Decimal(20), Decimal(80)]
    # trap: a bare figure after the deposit that is no share of the sum ("70 pcs") is no balance
    assert shares(chat((B, "payment?"), (S, "30 adv, 70 pcs before shipment"), (B, "ok"))) == []
    # trap: a habit named with no other value after "but" still stands
    terms = chat((B, "payment?"), (S, "we usually do 30% deposit, 70% before shipment, but for you also fine"), (B, "ok"))
    assert shares(terms) == [Decimal(30), Decimal(70)]


def test_an_agreed_price_the_seller_refuses_and_raises_is_open_again():
    terms = chat((S, "HDPE helmets EN397, EXW Yiwu USD 2.35/pc"), (B, "Deal at 2.35."),
                 (S, "Dear, very sorry. HDPE resin went up 8% since Monday and my boss won't accept 2.35. The helmet "
                     "has to be 2.42 now."))
    assert prices(terms) == [None]
    terms = chat((S, "電動病床 DAP香港 每張港幣9,800。"), (B, "好，9,800成交"),
                 (S, "不好意思，昨天報價時馬達成本算錯了，每張要港幣10,600才做得到，請見諒。"))
    assert prices(terms) == [None]
    # trap: the agreed price said again with no refusal and no new figure stands
    terms = chat((S, "HDPE helmets EN397, EXW Yiwu USD 2.35/pc"), (B, "Deal at 2.35."), (S, "ok 2.35 confirmed"))
    assert prices(terms) == [Decimal("2.35")]
    # trap: a cost in another clause of a price not per unit is still no unit price
    assert prices(chat((B, "多少钱"), (S, "成本很高，一共要港币10,600"), (B, "好"))) in ([], [None])


def test_a_rule_the_seller_says_sorry_it_cannot_keep_is_open_with_its_new_price():
    terms = chat((B, "60kW DC charger, 6 units. Can you quote DDP Dubai?"), (S, "USD 8900/unit DDP Dubai"),
                 (B, "ok DDP Dubai at 8900 accepted"),
                 (S, "sorry, our forwarder can no longer clear in UAE. We can only offer CIF Jebel Ali now, 8650/unit"))
    assert terms.incoterm.status == TermStatus.CONFLICTING and terms.incoterm.rule is None
    assert prices(terms) == [None]
    # trap: a rule named again after the yes with no regret (a question about another) changes nothing
    terms = chat((B, "60kW DC charger, 6 units. Can you quote DDP Dubai?"), (S, "USD 8900/unit DDP Dubai"),
                 (B, "ok DDP Dubai at 8900 accepted"), (S, "noted, DDP Dubai, 8900/unit"))
    assert terms.incoterm.status == TermStatus.AGREED and prices(terms) == [Decimal("8900")]


def test_the_last_spec_of_a_list_and_what_one_weighs_name_no_goods():
    terms = chat((B, "please quote stainless steel IV pole, 5-leg base. Qty 800 pcs, FOB Shanghai."),
                 (S, "Hi! SS304 IV stand, 5 castors, 4 hooks, chrome knob lock: USD 17.60/pc FOB Shanghai."), (B, "ok"))
    assert quantities(terms) == [Decimal("800")] and prices(terms) == [Decimal("17.60")]
    terms = chat((B, "需要輕量鋁合金輪椅，250台。請報CIF台中。"), (S, "輕量鋁合金輪椅 AW-18，淨重12.5公斤，可折背，CIF台中 每台美金88元。"),
                 (B, "好"))
    assert quantities(terms) == [Decimal("250")] and prices(terms) == [Decimal("88")]
    # trap: goods each named with their price after a comma are still goods of their own
    terms = chat((B, "need mugs 100 pcs, plates 200 pcs"), (S, "mugs USD 1.20, plates USD 2.10"), (B, "ok"))
    assert prices(terms) == [Decimal("1.20"), Decimal("2.10")]
    # trap: tons of goods are still the order
    assert quantities(chat((B, "PP granules, 25 tons please"), (S, "USD 1,150/ton"), (B, "ok"))) == [Decimal("25")]


def test_a_comma_list_counted_that_another_frame_named_the_same_way_is_still_a_list():
    terms = chat((B, "Hi, aluminium rollator with seat and basket, 8\" wheels, 400 pcs; and folding walking frame "
                     "without wheels, 600 pcs. Need your best price."), (S, "ok, will quote"))
    assert quantities(terms) == [Decimal("400"), Decimal("600")]


def test_goods_told_apart_by_dimensions_each_a_comma_before_its_count():
    terms = chat((B, "Hi Tina, 我们要 stainless steel junction box 300x300x150 IP66, 200pcs, and 400x400x200, 100pcs. "
                     "价格 DAT Riyadh?"),
                 (S, "Hi, DAT Riyadh: 300x300x150 SS304 USD 38.50, 400x400x200 USD 61.00"), (B, "price ok"))
    assert quantities(terms) == [Decimal("200"), Decimal("100")]
    assert prices(terms) == [Decimal("38.50"), Decimal("61.00")]


def test_a_yuan_closing_one_line_opens_no_price_on_the_next():
    terms = chat((B, "304装饰管：圆管25*1.0 要600支，圆管38*1.2 要400支，方管40*40*1.2 要300支，出厂价多少"),
                 (S, "您好，佛山出厂价：\n25*1.0 每支46元\n38*1.2 每支72元\n40*40*1.2 每支88元"), (B, "好"))
    assert prices(terms) == [Decimal("46"), Decimal("72"), Decimal("88")]


def test_yuan_and_jiao_spoken_are_one_price():
    assert prices(chat((B, "兒童雨衣，3000件，請報價"), (S, "您好，每件美金兩元三角五，FOB廈門"), (B, "好"))) == [Decimal("2.35")]
    assert prices(chat((B, "雨衣，3000件"), (S, "每件3元5角"), (B, "好"))) == [Decimal("3.5")]


def test_a_name_right_before_a_size_counted_names_that_size():
    terms = chat((B, "你好，卡布灯箱 单面 1200x2400 要10套，另外 双面 1000x2000 要6套"),
                 (S, "单面1200x2400 1680元/套，双面1000x2000 2150元/套，出厂价广州"),
                 (B, "价格单面1600，双面2050可以吗"), (S, "单面1600可以，双面最低2100"), (B, "好吧，就这样"))
    assert quantities(terms) == [Decimal("10"), Decimal("6")]
    assert prices(terms) == [Decimal("1600"), Decimal("2100")]


def test_prices_answering_if_we_went_to_a_bigger_count_are_hypothetical():
    terms = chat((B, "linen cushion covers 3000 pcs. CFR Durban pls"), (S, "CFR Durban: cover USD 1.38/pc"),
                 (B, "and if we went 10,000 next season, what would the price be?"),
                 (S, "At 10k we could do 1.22"), (B, "Good to know. For now we stay with 3000 at your price."))
    assert prices(terms) == [Decimal("1.38")] and quantities(terms) == [Decimal("3000")]
    # trap: the bigger count taken up takes its price
    terms = chat((B, "linen cushion covers 3000 pcs. CFR Durban pls"), (S, "CFR Durban: cover USD 1.38/pc"),
                 (B, "and if we went 10,000 pcs, what would the price be?"),
                 (S, "For 10,000 pcs we can do USD 1.22/pc"), (B, "ok we take 10,000 pcs"))
    assert prices(terms) == [Decimal("1.22")] and quantities(terms) == [Decimal("10000")]


def test_how_the_forwarder_brought_in_ships_is_the_mode():
    terms = chat((B, "我把我们货代拉进群。"), (OTHER, "大家好，我是货代小李。这票走拼箱，上海到蒙巴萨海运大概 28 天，每周四截关。"))
    assert terms.logistics.mode == TransportMode.SEA_LCL
    terms = chat((B, "adding Mia from our forwarder"),
                 (OTHER, "Hi Leo, Mia from BlueAnchor. We collect at our Ningbo CFS and consolidate LCL to Savannah."))
    assert terms.logistics.mode == TransportMode.SEA_LCL
    terms = chat((B, "adding Marta"), (OTHER, "Hello Leo, we will pick up in Wuxi and send by China-Europe rail to "
                                          "Malaszewicze, then truck to Warsaw."))
    assert terms.logistics.mode == TransportMode.RAIL
    # trap: the truck to the port of loading is no road transport
    terms = chat((B, "adding Mia from our forwarder"),
                 (OTHER, "Pls advise total CBM. we plan 1x20GP loading at your factory in Zhuji then trucking to Ningbo port"))
    assert terms.logistics.mode == TransportMode.SEA_FCL
    # trap: someone else who is no forwarder is still not read for the mode
    terms = chat((B, "adding Mia"), (OTHER, "Hi, Mia from accounts, by sea is cheaper I think"))
    assert terms.logistics.mode == TransportMode.UNSPECIFIED


def test_trucks_across_the_border_in_traditional_chinese_and_a_sea_line_are_modes():
    assert chat((B, "hi"), (S, "每幅 HK$185，DAP 香港，我哋貨車過關直送")).logistics.mode == TransportMode.ROAD
    assert chat((B, "hi"), (S, "DAP香港：充電器 HKD 2350/台，深港直通貨車過關")).logistics.mode == TransportMode.ROAD
    assert chat((B, "hi"), (S, "we have a DDP sea line to the US. DDP Dallas USD 3.95/pc")).logistics.mode == TransportMode.SEA
    assert chat((B, "hi"), (S, "Sea transit to Mombasa is about 28 days.")).logistics.mode == TransportMode.SEA
    # trap: a truck that is the goods is no mode
    assert chat((B, "hi"), (S, "玩具貨車 每台 HK$18")).logistics.mode == TransportMode.UNSPECIFIED


def _said(role: Role, author: str, text: str) -> Message:
    return Message(role=role, author=author, text=text)


def test_a_third_voice_whose_label_names_its_side_speaks_for_that_side():
    transcript = Transcript(messages=[
        _said(Role.BUYER, "buyer", "TBR 295/80R22.5, 120 pcs, CIF Jebel Ali USD 132?"),
        _said(Role.SELLER, "seller", "OK, accepted. Adding Wendy from our shipping dept."),
        _said(Role.OTHER, "Wendy (seller's shipping dept)", "Hi, Wendy here. Production needs 28 days after the TT advance.")])
    assert lead(RulesExtractor().extract(transcript)) == (28, 28)
    transcript = Transcript(messages=[
        _said(Role.BUYER, "buyer", "MCB 1P 10A x 3000, CIF Chittagong"),
        _said(Role.OTHER, "Cindy", "Hi, I'm Cindy 跟单. 付款 T/T 30% deposit, 70% against BL copy. 交期 20 days after deposit"),
        _said(Role.BUYER, "buyer", "ok")])
    terms = RulesExtractor().extract(transcript)
    assert shares(terms) == [Decimal(30), Decimal(70)] and lead(terms) == (20, 20)
    # trap: a forwarder, or a label naming both sides, is no party
    transcript = Transcript(messages=[
        _said(Role.BUYER, "buyer", "MCB 1P 10A x 3000, CIF Chittagong"),
        _said(Role.OTHER, "Mia (forwarder)", "we can do 30% deposit 70% before shipment for our freight"),
        _said(Role.BUYER, "buyer", "ok")])
    assert shares(RulesExtractor().extract(transcript)) == []


def test_deciding_tomorrow_between_two_rules_leaves_the_rule_open():
    terms = chat((B, "6ft inflatable snowman 600pcs. FOB Ningbo price?"), (S, "FOB Ningbo USD 15.90"),
                 (B, "FOB Ningbo 15.90 ok"), (B, "can you also quote CIF Valencia?"), (S, "CIF Valencia USD 17.10/pc"),
                 (B, "thanks, we'll decide tomorrow which one, FOB or CIF"))
    assert terms.incoterm.status == TermStatus.CONFLICTING
    # trap: deciding later about something else leaves an agreed rule agreed
    terms = chat((B, "6ft inflatable snowman 600pcs. FOB Ningbo price?"), (S, "FOB Ningbo USD 15.90"),
                 (B, "FOB Ningbo 15.90 ok"), (B, "we'll decide tomorrow about the colours"))
    assert terms.incoterm.status == TermStatus.AGREED


def test_prices_listed_with_slashes_and_one_currency_are_each_a_price():
    terms = chat((B, "final list: canvas work trousers 4000 pcs, softshell work jacket 1500 pcs, bib overalls 1000 pcs. "
                     "FOB Shanghai as you quoted: 8.40 / 13.20 / 10.75 USD."),
                 (S, "confirmed: 4000 / 1500 / 1000 pcs at USD 8.40 / 13.20 / 10.75, FOB Shanghai."))
    assert prices(terms) == [Decimal("8.40"), Decimal("13.20"), Decimal("10.75")]
    assert terms.currency.code == "USD"
    # trap: a price per unit after a slash is one price
    assert prices(chat((B, "mugs 1000 pcs"), (S, "USD 1.20 / pc"), (B, "ok"))) == [Decimal("1.20")]


def test_a_price_per_carton_of_the_units_counted_is_no_unit_price():
    terms = chat((B, "Type 2 charging cable, 5 meters. 600 pcs. FCA Shenzhen"),
                 (S, "22kW T2-T2 5m cable: USD 610 per carton of 10 pcs, FCA Shenzhen"), (B, "ok, 600 pcs as said"))
    assert prices(terms) == [None] and quantities(terms) == [Decimal("600")]
    assert any(f.code == "PRICE_UNIT_DIFFERS" for f in terms.findings)
    terms = chat((B, "active stylus, price for 3000pcs?"), (S, "Price USD 165 per carton, 60pcs/ctn, FOB Shenzhen"),
                 (B, "can you do 150/ctn?"), (S, "158/ctn is best"), (B, "ok 158 then. 3000pcs"))
    assert prices(terms) == [None]
    # trap: a price per piece said after a price per carton is a unit price
    terms = chat((B, "active stylus, price for 3000pcs?"), (S, "USD 165 per carton, 60pcs/ctn"),
                 (B, "per piece please"), (S, "USD 2.75/pc"), (B, "ok 2.75"))
    assert prices(terms) == [Decimal("2.75")]
    # trap: a price per 箱 of goods counted in pieces said in Chinese may be the goods' own unit
    assert prices(chat((S, "单价USD 560/箱，CIF悉尼"), (B, "好的，18个"))) == [Decimal("560")]


def test_a_price_per_ten_of_the_units_is_no_unit_price():
    terms = chat((B, "48V 350W无刷控制器，这批要2000个，价格还是每10个380元吗"), (S, "是的，每10个380元，含税"))
    assert prices(terms) == [None] and quantities(terms) == [Decimal("2000")]
    # trap: a price per piece is a unit price
    assert prices(chat((B, "无刷控制器要2000个"), (S, "每个38元"), (B, "好"))) == [Decimal("38")]


def test_a_weight_after_a_size_styles_both_a_wire_size_and_a_sets_contents_are_no_order():
    terms = chat((B, "羊毛毯要2000条"), (S, "您好，50%羊毛混纺，150x200 1.8kg，CIF墨尔本 26.5美金一条"), (B, "好"))
    assert quantities(terms) == [Decimal("2000")]
    terms = chat((B, "你好，要三个产品：化妆刷套装12支（带包）2000套"), (S, "化妆刷套装 18元/套"), (B, "好"))
    assert quantities(terms) == [Decimal("2000")]
    terms = chat((B, "BV线 2.5平方 500卷"), (S, "2.5平方的165元/卷"), (B, "行吧，165。4平方的就265"))
    assert Decimal(4) not in quantities(terms)
    # trap: an order in kilograms after the goods' size is the order
    terms = chat((B, "E6013 electrodes 2.5mm 10000kg"), (S, "USD 1.08/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("10000")]
    # trap: sets of a set are the order
    assert quantities(chat((B, "餐具套装1000套"), (S, "每套2.2美元"), (B, "好"))) == [Decimal("1000")]


def test_goods_told_apart_by_how_many_they_serve_keep_their_counts():
    terms = chat((B, "we want the dome tents in 3 sizes. Pls quote FOB Xiamen: 2-person 600 pcs, 4-person 400 pcs, "
                     "6-person 200 pcs."),
                 (S, "FOB Xiamen: 2-person dome tent $11.80, 4-person $19.50, 6-person $34.00."), (B, "fine, go ahead"))
    assert quantities(terms) == [Decimal("600"), Decimal("400"), Decimal("200")]
    assert prices(terms) == [Decimal("11.80"), Decimal("19.50"), Decimal("34.00")]
    # trap: a 3-piece set is one goods with its name
    terms = chat((B, "3-piece knife set 500 sets"), (S, "3-piece knife set USD 4.20/set"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")] and prices(terms) == [Decimal("4.20")]


def test_names_told_apart_by_their_dimensions_inside_them_are_goods_of_their_own():
    terms = chat((B, "pls quote LED panel 600x600 40W, LED panel 300x1200 40W and LED panel 300x300 18W, all 4000K. "
                     "qty 1200 / 800 / 500"),
                 (S, "EXW Zhongshan: 600x600 USD 7.80, 300x1200 USD 8.40, 300x300 USD 3.95"),
                 (S, "ok: 600x600 1500pcs at 7.30, 300x1200 800pcs at 8.10, 300x300 500pcs at 3.95. deal?"), (B, "deal"))
    assert prices(terms) == [Decimal("7.30"), Decimal("8.10"), Decimal("3.95")]
    assert quantities(terms) == [Decimal("1500"), Decimal("800"), Decimal("500")]


def test_goods_named_at_the_start_of_each_part_of_a_list_own_its_count():
    terms = chat((B, "Hi, need quote: hang-on-back aquarium filter 300L/h, 2400 pcs, and canister filter 1200L/h 300 pcs"),
                 (S, "hang-on-back filter USD 4.85/pc, canister filter USD 27.50/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("2400"), Decimal("300")]
    assert prices(terms) == [Decimal("4.85"), Decimal("27.50")]
    # trap: a pack of the goods is no goods ("3000m, rolls of 50m")
    terms = chat((B, "pls quote SAE100R2AT 1/2 inch hydraulic hose, 3000m, rolls of 50m"), (S, "USD 2.35/meter"), (B, "ok"))
    assert Decimal(50) not in quantities(terms) and len(terms.line_items) == 1


def test_a_first_price_list_in_another_language_prices_the_goods_counted_in_order():
    terms = chat((B, "hey mate, need wooden golf tees 70mm, 200k pcs, plus magnetic ball markers with our logo 5000pcs."),
                 (S, "Hi Liam, 木质球钉70mm USD 0.018/pc, 磁性球标 with logo USD 0.35/pc, DDP Sydney"), (B, "ok"))
    assert prices(terms) == [Decimal("0.018"), Decimal("0.35")]
    # trap: one goods priced under two rules is no list of goods
    terms = chat((B, "Please quote 400 pcs of the 52-inch ceiling fans. We need a remote control for each."),
                 (S, "FOB Ningbo USD 24.80/pc or CIF Jebel Ali USD 26.90/pc"), (B, "let me ask my forwarder"))
    assert Decimal("26.90") not in prices(terms)


def test_a_numbered_list_in_one_line_and_a_price_named_by_a_word_of_the_goods_spec():
    terms = chat((B, "Hi, order for a restaurant chain. 1) polyester table napkins 45x45cm, hemmed, white, 9600 pcs. "
                     "2) tablecloth fabric, 100% polyester gabardine, 280cm width, white, 3500 metres. Prices EXW please."),
                 (S, "Hello. Napkins 45x45 hemmed: USD 0.26/pc. Gabardine 280cm: USD 1.85/metre. EXW Shaoxing."),
                 (B, "ok for both"))
    assert quantities(terms) == [Decimal("9600"), Decimal("3500")]
    assert prices(terms) == [Decimal("0.26"), Decimal("1.85")]


def test_a_rough_time_on_the_way_after_the_time_to_make_is_no_second_lead_time():
    assert lead(chat((B, "hi"), (S, "生产 25 days, then shipping abt 40 days to London"), (B, "ok"))) == (25, 25)
    assert lead(chat((B, "hi"), (S, "12 days production, truck 6-8 days to Almaty"), (B, "ok"))) == (12, 12)
    # trap: a time to make with no way there said is still the lead time
    assert lead(chat((B, "hi"), (S, "production about 40 days"), (B, "ok"))) == (40, 40)


def test_the_time_before_the_goods_go_and_common_typos_of_its_basis():
    assert lead(chat((B, "hi"), (S, "around 3 weeks, then ship. transit about 16 days"), (B, "ok"))) == (21, 21)
    assert lead(chat((B, "hi"), (S, "cells 现货, 3-5 days for grading and matching, then ship"), (B, "ok"))) == (3, 5)
    assert lead(chat((B, "hi"), (S, "within 25 days aftr payment"), (B, "ok"))) == (None, 25)
    assert lead(chat((B, "L/C ok"), (S, "production takes 45 days after we recieve the L/C"), (B, "ok"))) == (45, 45)
    # trap: a duration then the way there ("then by sea") is still the way there
    assert lead(chat((B, "hi"), (S, "about 30 days to Hamburg, then by truck 2 days"), (B, "ok"))) == (None, None)
