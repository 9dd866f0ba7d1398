"""Prices, counts and terms read from blind sets cq to cv; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, methods, prices, quantities, shares
from tradepact.domain.terms import PaymentMethod


def test_pieces_counted_again_in_dozens_are_the_order_and_a_dozen_price_no_unit_price():
    for ask in ("the painted nutcracker soldiers, 240 pcs (that's 20 dozen)", "仿真尤加利，要240枝（20打）",
                "nutcracker soldiers 240 pcs, i.e. 20 dozen"):
        terms = chat((B, ask), (S, "USD 54 per dozen, sold by the dozen only"), (B, "ok"))
        assert quantities(terms) == [Decimal("240")], ask
        assert prices(terms) == [None], ask
    # trap: a dozen count that is not the pieces again stays a count of its own
    terms = chat((B, "nutcracker soldiers 240 pcs (and 30 dozen candles)"), (S, "USD 54 per dozen"), (B, "ok"))
    assert quantities(terms) != [Decimal("240")]


def test_soldiers_is_no_sold():
    terms = chat((B, "wooden toy soldiers 240 pcs"), (S, "USD 4.50/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("240")]
    # trap: what was sold is no order
    terms = chat((B, "wooden toy soldiers, price?"), (S, "USD 4.50/pc, we sold 240 pcs last month"), (B, "ok"))
    assert quantities(terms) == [None]


def test_an_offer_for_a_count_asked_about_taken_up_with_its_price_and_bare_count():
    head = ((B, "wall clocks 3000 pcs, CIF Felixstowe, GBP"), (S, "GBP 4.35/pc CIF Felixstowe for 3000 pcs."),
            (B, "Ok, what about 4.05 if we take 4000 pcs instead of 3000?"),
            (S, "4000 pcs I can do 4.10. That's really the bottom"))
    terms = chat(*head, (B, "Alright. 4.10 for 4000, agreed"))
    assert quantities(terms) == [Decimal("4000")] and prices(terms) == [Decimal("4.10")]
    # trap: the count said again for later, beside the price first quoted, takes nothing up
    terms = chat(*head, (B, "ok. for now we go 3000 at 4.35, if they sell well we do 4000 next quarter"))
    assert quantities(terms) == [Decimal("3000")] and prices(terms) == [Decimal("4.35")]


def test_colours_each_counted_in_chinese_ten_thousands_are_grounded():
    # (a grounding gap the evaluation test found when blind set db landed: the verifier summed
    # "两色各1万" but not a count of each written in Chinese numerals, nor 兩)
    for ask in ("金屬按扣 黑色同銀色 兩色，各一萬顆，報價", "金属按扣 两色，各一万颗，报价"):
        terms = chat((B, ask), (S, "每颗US$0.021"), (B, "可以"))
        assert quantities(terms) == [Decimal("20000")], ask  # (chat() asserts the verifier kept it)


def test_goods_before_the_factory_price_are_no_place():
    terms = chat((B, "想訂潛水錶和飛行員錶各一款"), (S, "潛水錶出廠價每支NT$1250，飛行員錶每支NT$1080，各50支起訂"),
                 (B, "潛水錶80支、飛行員錶60支"), (S, "好"))
    assert terms.incoterm.named_place is None
    assert prices(terms) == [Decimal("1250"), Decimal("1080")]
    # trap: a town before the factory price is its place
    terms = chat((B, "潛水錶 80支"), (S, "東莞出廠價每支NT$1250"), (B, "好"))
    assert terms.incoterm.named_place == "東莞"


def test_pots_are_counted_and_the_stems_of_one_arrangement_are_not():
    terms = chat((B, "想訂仿真蝴蝶蘭盆景（5枝，連白色陶瓷盆），要120盆，用港幣報價"), (S, "DAP觀塘 每盆HK$168"), (B, "得，168 ok"))
    assert quantities(terms) == [Decimal("120")]
    # trap: a basin's 盆 after no figure counts nothing
    terms = chat((B, "陶瓷面盆 300个"), (S, "每个US$12.5"), (B, "好"))
    assert quantities(terms) == [Decimal("300")]


def test_an_agreed_price_the_seller_takes_back_naming_it_again_is_open():
    head = ((B, "Kapton tape 60 micron, 5000 rolls, CIP Frankfurt by air?"), (S, "USD 1.35/roll CIP Frankfurt, by air"),
            (B, "ok 1.35 accepted. please send the PI"))
    for said in ("so sorry, I made a mistake. 1.35 is for our 50 micron. For 60 micron the price is USD 1.52/roll",
                 "so sorry, material went up. 1.35 is no longer possible, the best now is 1.52"):
        terms = chat(*head, (S, said))
        assert prices(terms) == [None], said
    # trap: the price said again for the goods ordered stands
    terms = chat(*head, (S, "sure. 1.35 is for the 5000 rolls, PI today"))
    assert prices(terms) == [Decimal("1.35")]


def test_confirming_opens_no_goods_name():
    for said in ("excellent. Confirming 3000 pcs at NZD 4.70 DDU Auckland", "ok cnfrm 3000pcs @4.70 ddu auckland"):
        terms = chat((B, "we need 3000 alkaline filter cartridges, DDU Auckland"), (S, "NZD 4.70 per cartridge DDU Auckland"),
                     (B, said), (S, "Confirmed"))
        assert len(terms.line_items) == 1 and quantities(terms) == [Decimal("3000")], said
    # trap: goods named after the word are still goods
    terms = chat((B, "Confirming: filter cartridges 3000 pcs"), (S, "NZD 4.70 per cartridge"), (B, "ok"))
    assert [i.description for i in terms.line_items] == ["filter cartridges"]


def test_a_carton_price_with_what_a_carton_holds_said_in_chinese_is_no_unit_price():
    terms = chat((B, "木纹数字闹钟，6000个，DAP阿拉木图"), (S, "我们按箱报价：一箱60个，DAP阿拉木图 每箱96美金"),
                 (B, "92美金一箱行吗"), (S, "行，92美金一箱"))
    assert quantities(terms) == [Decimal("6000")] and prices(terms) == [None]
    terms = chat((B, "10寸PP棉滤芯，要5000支，怎么卖"), (S, "一箱50支，145元一箱"), (B, "行，140一箱，5000支"),
                 (S, "好的"))
    assert quantities(terms) == [Decimal("5000")] and prices(terms) == [None]
    # trap: a carton price with no word of what a carton holds is read as before
    terms = chat((B, "LED显示屏箱体 200箱"), (S, "每箱560美金"), (B, "好"))
    assert prices(terms) == [Decimal("560")]


def test_the_sides_of_one_size_are_no_sizes_counted_each():
    terms = chat((B, "想批和紙膠帶 15mm x 7m，20款各100捲，請問價格？"), (S, "每捲NT$18，20款共2000捲"), (B, "好的"))
    assert quantities(terms) == [Decimal("2000")] and prices(terms) == [Decimal("18")]
    # trap: two sizes joined by "and" are still counted each
    terms = chat((B, "和紙膠帶 15mm 和 20mm 各100捲"), (S, "15mm 每捲NT$18，20mm 每捲NT$22"), (B, "好的"))
    assert quantities(terms) == [Decimal("100"), Decimal("100")]


def test_a_count_of_each_design_beside_their_total_is_one_line():
    def ask(total):
        return (B, f"We want the PVC wall panels 250mm x 8mm x 5.95m, the 3 designs (LD-2501, LD-2507, LD-2512). "
                   f"{total} pcs total, 4000 each design. pls send best price FOB")
    terms = chat(ask("12,000"), (S, "usd1.65/pc FOB Ningbo, same price all 3 designs"), (B, "ok"))
    assert quantities(terms) == [Decimal("12000")] and prices(terms) == [Decimal("1.65")]
    # trap: a total that is not their sum leaves the count of each
    terms = chat(ask("15,000"), (S, "usd1.65/pc FOB Ningbo, same price all 3 designs"), (B, "ok"))
    assert Decimal("4000") in quantities(terms)


def test_sizes_with_their_unit_key_the_counts_and_colours_after_them():
    terms = chat((B, "热敏不干胶标签两种：100×150mm每卷500张，要2000卷；60×40mm每卷1000张，白色1500卷、黄色1500卷"),
                 (S, "100×150每卷2.1美金，60×40每卷1.35美金，白色黄色一个价，FOB深圳"), (B, "60×40能1.3吗"),
                 (S, "可以，1.3。100×150就降不了了"), (B, "好的，就这么定"))
    assert quantities(terms) == [Decimal("2000"), Decimal("3000")]
    assert prices(terms) == [Decimal("2.1"), Decimal("1.3")]
    # trap: a spec with its unit written onto a Chinese name leaves the names the lines
    terms = chat((B, "1. 桦木胶合板18mm 1220*2440，1200张\n2. 密度板9mm E1，800张\n3. 橡木封边条0.5*22mm，200米一卷，100卷"),
                 (S, "桦木板每张15.6美金，纤维板每张6.8美金，封边条每卷12美金"), (B, "好"))
    assert [i.description for i in terms.line_items] == ["桦木胶合板", "密度板", "橡木封边条"]
    assert quantities(terms) == [Decimal("1200"), Decimal("800"), Decimal("100")]


def test_saudi_and_qatari_riyals_are_currencies():
    for code in ("SAR", "QAR"):
        terms = chat((B, f"RO water purifier 400 GPD, 60 units, DDU Riyadh, price in {code} pls"),
                     (S, f"{code} 1150/unit DDU Riyadh"), (B, "price ok"))
        assert prices(terms) == [Decimal("1150")] and terms.currency.code == code, code
    # trap: the letters inside a word are no currency
    terms = chat((B, "RO water purifier, 60 units"), (S, "1150 per unit, Sarah will send the PI"), (B, "ok"))
    assert terms.currency.code is None


def test_goods_after_a_plus_counted_in_chinese_units_are_the_next_line():
    terms = chat((B, "PPX cartridge 1万支 + UDF carbon 1.2万支, CFR Jakarta"), (S, "PPX USD 0.27/支, UDF USD 0.55/支"),
                 (B, "ok deal both"))
    assert quantities(terms) == [Decimal("10000"), Decimal("12000")]
    # trap: a count with "+" and nothing counted after it is a threshold
    terms = chat((B, "PPX cartridge price?"), (S, "USD 0.27/支 for 1万支 +"), (B, "ok"))
    assert quantities(terms) == [None]


def test_a_currency_written_once_after_a_list_of_prices_per_unit():
    terms = chat((B, "PPX cartridge 10000 pcs, UDF carbon 12000 pcs"), (S, "PPX 0.27/支, UDF 0.55/支, USD, CFR Jakarta"),
                 (B, "ok deal both"))
    assert prices(terms) == [Decimal("0.27"), Decimal("0.55")] and terms.currency.code == "USD"
    # trap: a code after words that are no price list stays no price's currency
    terms = chat((B, "PPX cartridge 10000 pcs, UDF carbon 12000 pcs"), (S, "we accept T/T, USD, CFR Jakarta ok"),
                 (B, "ok"))
    assert prices(terms) == [None, None]


def test_a_two_letter_acronym_heading_a_name_names_it_again():
    # (with the currency once after the list: the figure after "PP" is read by its name alone)
    terms = chat((B, "PP cartridge 10000 pcs and UDF carbon 12000 pcs, CFR Jakarta"),
                 (S, "PP 0.27/支, UDF 0.55/支, USD, CFR Jakarta"), (B, "PP 0.25? UDF ok"), (S, "PP 0.26 is lowest"),
                 (B, "ok deal both"))
    assert prices(terms) == [Decimal("0.26"), Decimal("0.55")]
    # trap: the acronym at the end of a name is no name of it
    terms = chat((B, "water cartridge PP 10000 pcs and UDF carbon 12000 pcs"),
                 (S, "cartridge USD 0.27/pc, UDF USD 0.55/pc"), (B, "PP 0.40?"), (S, "ok"))
    assert prices(terms) == [Decimal("0.27"), Decimal("0.55")]


def test_i_can_give_a_figure_is_the_speakers_own_counter():
    terms = chat((B, "spring riders, price?"), (S, "USD 58/pc EXW Wenzhou"), (B, "this time we need only 60 pcs"),
                 (S, "For 60 pcs I can give 55"), (B, "Deal at 55"))
    assert prices(terms) == [Decimal("55")]
    # trap: what another supplier gives is no counter
    terms = chat((B, "spring riders, 60 pcs"), (S, "USD 58/pc EXW Wenzhou"), (B, "another factory gives 52"), (S, "sorry"))
    assert prices(terms) == [Decimal("58")]


def test_a_roll_price_with_what_a_roll_holds_is_no_price_of_the_square_metres_counted():
    for said in ("是按卷卖的，一卷2米宽25米长，50平方。到岸价雅加达每卷98美金", "sold by roll, 50 sqm per roll, USD 98 per roll CIF Jakarta"):
        terms = chat((B, "20mm阳台草，要4000平方，到岸价雅加达多少？"), (S, said), (B, "4000平方，每卷98美金确认"))
        assert quantities(terms) == [Decimal("4000")] and prices(terms) == [None], said
    # trap: a price per square metre with the roll's size stays the price
    terms = chat((B, "20mm阳台草，要4000平方"), (S, "一卷50平方，每平方1.96美金"), (B, "确认"))
    assert prices(terms) == [Decimal("1.96")]


def test_a_price_on_condition_of_the_count_already_ordered_is_an_offer():
    terms = chat((B, "幼儿园组合滑梯HX-17，出厂价多少？"), (S, "HX-17出厂价9800元一套"), (B, "我们要8套，能不能便宜点"),
                 (S, "8套的话9500一套"), (B, "行。怎么付款"))
    assert prices(terms) == [Decimal("9500")]
    # trap: a price on condition of another count stays a hypothetical
    terms = chat((B, "幼儿园组合滑梯HX-17，出厂价多少？"), (S, "HX-17出厂价9800元一套"), (B, "我们要8套，能不能便宜点"),
                 (S, "如果10套的话9300一套"), (B, "行。怎么付款"))
    assert prices(terms) == [Decimal("9800")]


def test_an_amount_for_the_lot_is_no_unit_price():
    terms = chat((B, "could I get 150 travel neck pillows with my logo?"), (S, "yes, USD 3.90 each including embroidery"),
                 (B, "how would you ship to Austin TX?"), (S, "UPS express, shipping USD 210 for the lot"), (B, "fine"))
    assert prices(terms) == [Decimal("3.90")]
    # trap: a price per piece of a lot named after it stays the price
    terms = chat((B, "150 travel neck pillows"), (S, "USD 3.90 each, the lot ships in 7 days"), (B, "fine"))
    assert prices(terms) == [Decimal("3.90")]


def test_a_few_words_asking_the_lead_time_take_the_next_duration():
    for ask, answer, days in (("Deal. How soon can you produce?", "about three weeks", 21), ("lead?", "two weeks", 14),
                              ("fine. and production time", "35 to 40 days after we receive the deposit", 35)):
        terms = chat((B, "labels 6000 rolls"), (S, "GBP 2.88/roll"), (B, ask), (S, answer))
        assert lead(terms)[0] == days, ask
    # trap: a longer line with the words is no question
    terms = chat((B, "labels 6000 rolls"), (S, "GBP 2.88/roll"), (B, "our production time is planned around your ship"),
                 (S, "two weeks by sea"))
    assert lead(terms)[0] is None


def test_days_offered_after_days_turned_down_in_one_message():
    head = ((B, "60cm wall clocks 1000 pcs"), (S, "DAP Milano EUR 11.80/pc, 生产 25天"),
            (B, "price ok. can production be 15 days?"))
    terms = chat(*head, (S, "15天 太赶了, 20 days ok"), (B, "ok 20 days. payment 30% deposit 70% before shipping"))
    assert lead(terms) == (20, 20)
    # trap: days only turned down put no days on the table (the lead time stays open)
    terms = chat(*head, (S, "15天 太赶了"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_days_to_build_the_goods_are_the_lead_time():
    for said in ("We need 45 days to build them, then they go in 1x20GP", "45 days to build the units"):
        terms = chat((B, "commercial RO units, 20 sets"), (S, f"GBP 980/set DAT Felixstowe. {said}"), (B, "ok"))
        assert lead(terms) == (45, 45), said
    # trap: days to build something else are no lead time
    terms = chat((B, "commercial RO units, 20 sets"), (S, "GBP 980/set. it took 45 days to build our new plant"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_an_answer_to_the_lead_time_in_chinese_numerals_or_weeks():
    for ask, answer, days in (("交期多久?", "十五个工作日", (15, 15)), ("grazie! production?", "五周", (35, 35)),
                              ("生产多久?", "三到四周. 汽运 via Khorgos to Almaty about 8-10 days", (21, 28))):
        terms = chat((B, "trampolines 760 pcs"), (S, "USD 95/pc DAP Almaty"), (B, ask), (S, answer))
        assert lead(terms) == days, ask
    # trap: weeks said while a lead time is on the table, of something else, are no lead time
    terms = chat((B, "trampolines 760 pcs"), (S, "USD 95/pc DAP Almaty, production 35-40 days"), (B, "ok"),
                 (S, "I hold the price for 1 week"))
    assert lead(terms) == (35, 40)


def test_when_can_it_be_collected_how_long_and_about_n_weeks_ask_and_answer_the_lead_time():
    for ask, answer, days in (("OK冇問題。幾時可以攞？", "要貼標同埋包裝，七個工作天", (7, 7)),
                              ("好的，就这么定。交期多长", "十五个工作日", (15, 15)),
                              ("lead time?", "三周左右, then sea to Lagos about 40 days", (21, 21))):
        terms = chat((B, "機械錶 50隻"), (S, "每隻HK$680"), (B, ask), (S, answer))
        assert lead(terms) == days, ask
    # trap: asking when the goods arrive is asking the voyage
    terms = chat((B, "機械錶 50隻"), (S, "每隻HK$680"), (B, "幾時可以到香港？坐船幾耐？"), (S, "七個工作天"))
    assert lead(terms) == (None, None)


def test_shares_written_short_adv_and_bal():
    for said in ("ok deal 1.58. pymt 30 dep 70 bal b4 shpmt by tt ok?", "ok deal 1.6. pymnt 30% adv bal 70% agnst bl copy, tt"):
        terms = chat((B, "barcode labels 5000 rolls"), (S, "usd 1.58/roll fob shenzhen"), (B, said), (S, "ok"))
        assert shares(terms) == [Decimal("30"), Decimal("70")], said
    # trap: a word that only opens with "adv" is no advance
    terms = chat((B, "barcode labels 5000 rolls"), (S, "usd 1.58/roll fob shenzhen"),
                 (B, "30% adverts on your labels pls, the other 70% plain"), (S, "ok"))
    assert shares(terms) == []


def test_the_whole_sum_by_a_method_or_in_one_payment():
    for said in ("Sure, full payment by PayPal and we ship within 10 days", "可以刷卡，一次付清，一週內出貨"):
        terms = chat((B, "washi tape 2000 rolls, can I pay by card or paypal?"), (S, said), (B, "ok"))
        assert shares(terms) == [Decimal("100")], said  # one installment (chat() asserts the verifier kept it)
    # trap: one payment of a share is no whole sum
    terms = chat((B, "washi tape 2000 rolls"), (S, "一次付款30%定金，餘款出貨前付清"), (B, "ok"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]


def test_the_balance_in_tenths_said_by_its_time():
    for said in ("付款老规矩，T/T 三成定金，七成见提单副本", "付款T/T 三成定金，七成出货前"):
        terms = chat((B, "静音挂钟 4000个"), (S, "每个3.2美金 FOB宁波"), (B, said), (S, "好"))
        assert shares(terms) == [Decimal("30"), Decimal("70")], said
    # trap: 成 after a figure that is no payment stays no share
    terms = chat((B, "静音挂钟 4000个，七成新的也可以"), (S, "每个3.2美金 FOB宁波，T/T 三成定金"), (B, "好"))
    assert shares(terms)[:1] == [Decimal("30")] and Decimal("70") not in shares(terms)[:1]


def test_a_split_written_with_a_space_after_the_payment_word():
    terms = chat((B, "anti slip tape 2k rolls"), (S, "fob usd 4.0/roll"), (B, "ok 4.0 deal. pymt 50 50, ld time?"),
                 (S, "ld time 2wks aftr dep, t/t pls"), (B, "ok np"))
    assert shares(terms) == [Decimal("50"), Decimal("50")]  # (chat() asserts the verifier kept it)
    # trap: two counts after the word are no split
    terms = chat((B, "anti slip tape"), (S, "fob usd 4.0/roll"), (B, "ok deal. pymt 50 50 rolls each colour, dep by tt"), (S, "ok"))
    assert Decimal("50") not in shares(terms)


def test_either_way_offers_no_options():
    head = ((B, "egg crate toppers, 2000 pcs"), (S, "two options: FOB Shanghai USD 11.20/pc, CIF Sydney USD 12.60/pc"),
            (B, "let me check freight first"))
    terms = chat(*head, (S, "Sure. Production is 20 days either way and payment 30/70 by T/T"), (B, "ok noted"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]
    # trap: either this or that is still a choice
    terms = chat(*head, (S, "Sure. payment either 30/70 by T/T or 100% by L/C"), (B, "ok noted"))
    assert shares(terms) != [Decimal("30"), Decimal("70")]


def test_schemes_to_choose_from_each_by_its_own_means_offer_the_means():
    terms = chat((B, "roman wall clocks 3000 pcs CFR Mombasa"),
                 (S, "CFR Mombasa USD 2.95/pc. 付款 you can choose: 30% TT deposit + 70% TT before shipment, or 100% L/C at sight"),
                 (B, "let me check with my bank about the LC charges"))
    assert terms.payment.offered_methods == [PaymentMethod.TT, PaymentMethod.LC_SIGHT]
    # trap: a split by two instruments with no choice offered offers none
    terms = chat((B, "roman wall clocks 3000 pcs"), (S, "USD 2.95/pc. 30% TT deposit, 70% by L/C at sight"), (B, "ok"))
    assert terms.payment.offered_methods == []


def test_export_credit_insurance_is_no_escrow():
    terms = chat((B, "ok. payment: 20% TT deposit, 80% D/A 60 days"), (S, "D/A 风险大, 我们要申请信保, wait pls"),
                 (S, "信保批了. 20% T/T + 80% D/A 60天 ok"))
    assert PaymentMethod.ESCROW not in methods(terms) and methods(terms) == [PaymentMethod.TT, PaymentMethod.DA]
    # trap: Alibaba's 信保 order is the escrow
    terms = chat((B, "付款方式呢"), (S, "走阿里信保，全款下单"), (B, "好"))
    assert methods(terms) == [PaymentMethod.ESCROW]


def test_a_fixed_deposit_by_one_instrument_and_the_balance_by_another():
    for said in ("USD 3000 deposit by Western Union, 余款 T/T before shipment",
                 "USD 3000 deposit by Western Union, balance T/T before shipment"):
        terms = chat((B, "playground slides 4 sets, how to pay?"), (S, said), (B, "ok"))
        assert methods(terms) == [PaymentMethod.WESTERN_UNION, PaymentMethod.TT], said
        assert terms.payment.installments[0].fixed_amount_minor == 300000, said
    # trap: a balance due on open account is no second instrument
    terms = chat((B, "gumboots 8000 pairs, payment?"), (S, "we can do USD 5,000 deposit by TT, balance net 30 days from B/L date"),
                 (B, "ok"))
    assert PaymentMethod.OA not in methods(terms)


def test_panels_stems_bunches_bouquets_and_garlands_count_the_order():
    for ask, count in (("40x60cm silk rose flower wall panels, champagne colour, 200 panels. FOB Guangzhou price?", 200),
                       ("the big-head silk hydrangea stems in white and green, 7500 stems in total", 7500),
                       ("dried lavender, 300 bunches", 300), ("bridal bouquets 120 bouquets", 120)):
        terms = chat((B, ask), (S, "USD 1.12 each FOB Guangzhou"), (B, "ok"))
        assert quantities(terms) == [Decimal(count)], ask
    # trap: the panels one umbrella is sewn of count no order
    terms = chat((B, "golf umbrellas 30 inch, 8 panels, 1000 pcs"), (S, "USD 4.20/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("1000")]


def test_so_many_colours_times_a_count_is_one_line_of_their_product():
    # (one line once the colours are priced alike, as with 三色同价)
    terms = chat((B, "PVC electrical tape 19mm x 20m, assorted colours: 10 colours x 3000 rolls. Same price as last "
                     "time, EUR 0.118?"), (S, "yes same EUR 0.118/roll DDU Dublin"), (B, "ok"))
    assert quantities(terms) == [Decimal("30000")]  # (chat() asserts the verifier kept it)
    # trap: more colours than a palette names are no count of colours
    terms = chat((B, "PVC tape, 15 colours x 300 rolls, same price?"), (S, "yes EUR 0.118/roll"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")]


def test_taiwan_home_delivery_and_a_truck_to_the_door_are_modes():
    for said, mode in (("一打NT$480，黑貓宅配送到台中", "EXPRESS"), ("每筒HK$8.5，DAP 觀塘，貨車送上門", "ROAD"),
                       ("DDU香港每個HKD 42，深圳貨車直接過關送到你倉", "ROAD")):
        terms = chat((B, "想訂300件"), (S, said), (B, "好"))
        assert terms.logistics.mode.value == mode, said  # (chat() asserts the verifier kept it)
    # trap: a truck named for something else carries nothing
    terms = chat((B, "想訂300件"), (S, "每件HK$8.5，我哋貨車好多"), (B, "好"))
    assert terms.logistics.mode.value == "UNSPECIFIED"


def test_review_the_new_words_in_their_other_meanings():
    # (a review with chats of its own found these read wrongly by this release's rules; base read them right)
    assert lead(chat((S, "每个3.5美金 FOB 宁波，2000个"), (B, "报价有效期多长？"), (S, "7天"), (B, "ok"))) == (None, None)
    assert lead(chat((S, "单价12元，5000个，生产25天"), (B, "好的。定金要多长时间内付？"), (S, "3天内"))) == (25, 25)
    assert lead(chat((S, "每件HK$45，300件，20日出貨"), (B, "好。幾時要俾訂金？"), (S, "3日內"), (B, "OK"))) == (20, 20)
    assert lead(chat((B, "我哋要1000件，幾時可以攞報價？"), (S, "2日"), (B, "OK"))) == (None, None)
    assert lead(chat((B, "deal at 5.2 for 1000 pcs. how soon can you send PI?"), (S, "within 2 days"), (B, "ok"))) \
        == (None, None)
    terms = chat((S, "每个15元，2000个，30%定金，70%发货前"), (B, "好。这是我们第一次付款给你们，账号发我"), (S, "好的"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]
    terms = chat((S, "USD 3.50/pc FOB Ningbo, 2000 pcs, payment TT"), (B, "too high. can reduce 5%, adv"),
                 (S, "ok 3.35 final"), (B, "ok"))
    assert Decimal("5") not in shares(terms)
    terms = chat((S, "SAR 1.2 W/kg, price USD 38/unit, 300 units"), (B, "ok"))
    assert prices(terms) == [Decimal("38")] and terms.currency.code == "USD"
    terms = chat((B, "人造草 每卷2x25米，4000平方，到岸价雅加达多少？"), (S, "每平方1.9美金"), (B, "ok"))
    assert quantities(terms) == [Decimal("4000")]


def test_review_short_splits_with_the_balance_named_last():
    # (from the same review: shares written short the first rules of this release still missed)
    for said in ("ok. 40 dep 60 bal, tt", "ok. 40 dep 60 bal", "pymt 40 60 pls"):
        terms = chat((S, "usd 2.1/pc fob ningbo"), (B, said), (S, "ok"))
        assert shares(terms) == [Decimal("40"), Decimal("60")], said
    # trap: a balance with a count after it is no share
    terms = chat((S, "usd 2.1/pc fob ningbo"), (B, "40 dep 60 bal 2000 pcs later"), (S, "ok"))
    assert shares(terms) != [Decimal("40"), Decimal("60")]
