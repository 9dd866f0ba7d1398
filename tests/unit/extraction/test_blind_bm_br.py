"""Prices, counts and lines read from blind sets bm to br; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities, shares


def test_goods_named_with_a_counted_size_are_that_size_not_a_line_of_their_own():
    terms = chat((B, "Hi, two centrifugal pumps: 7.5kW 40 units, 15kW 20 units. CFR Jebel Ali please"),
                 (S, "CFR Jebel Ali:\n7.5kW end suction pump USD 395/unit\n15kW end suction pump USD 700/unit"),
                 (B, "7.5kW 385, 15kW 690"), (S, "ok agreed 385 & 690"))
    assert quantities(terms) == [Decimal("40"), Decimal("20")]
    assert prices(terms) == [Decimal("385"), Decimal("690")]
    # trap: other goods priced beside the counted sizes, naming none of them, are a line
    terms = chat((B, "centrifugal pumps: 7.5kW 40 units, 15kW 20 units, and a spare mechanical seal kit"),
                 (S, "7.5kW USD 395, 15kW USD 700, seal kit USD 18"), (B, "ok"))
    assert prices(terms) == [Decimal("395"), Decimal("700"), Decimal("18")]


def test_a_weight_or_length_of_goods_priced_by_the_piece_is_their_size_not_the_order():
    terms = chat((B, "您好，窗型冷氣 1噸 R32 220V/60Hz，請報FOB價"), (S, "窗型冷氣 1噸 FOB 寧波 USD 198/台"), (B, "好"))
    assert quantities(terms) == [None]
    assert prices(terms) == [Decimal("198")]
    terms = chat((B, "fluorocarbon leader line 50m, 0.40mm, price?"), (S, "50m 0.40 USD 1.85/spool"), (B, "ok 1.85"))
    assert quantities(terms) == [None]
    # traps: a length priced by the length is the order; tons priced per kg are the order in kg
    terms = chat((B, "PVC garden hose 1/2 inch, 500 m"), (S, "USD 0.80/m"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]
    terms = chat((B, "frozen squid rings 12 tons"), (S, "USD 1.62/kg CFR Busan"), (B, "ok"))
    assert quantities(terms) == [Decimal("12000")]


def test_a_price_quoted_on_one_rule_is_no_price_once_another_rule_is_settled():
    terms = chat((B, "3匹柜机 T3 R410A，要80台，报个价"), (S, "3匹立柜式空调 FOB宁波 485美金/台"),
                 (B, "FOB我们做不了，必须CIF达曼"), (S, "好吧，我下周一给您CIF价格"))
    assert prices(terms) == [None]
    assert quantities(terms) == [Decimal("80")]
    # traps: the price of the rule chosen stands, and so does a price said with the rule agreed
    terms = chat((B, "stream rods 2500pcs"), (S, "FOB Ningbo USD 4.30/pc or CIF Mombasa USD 4.75/pc"),
                 (B, "CIF Mombasa ok"))
    assert prices(terms) == [Decimal("4.75")]
    terms = chat((B, "stream rods 2500pcs, FOB?"), (S, "FOB Ningbo USD 4.30/pc"), (B, "ok"))
    assert prices(terms) == [Decimal("4.30")]


def test_a_grade_of_stainless_steel_is_no_count():
    terms = chat((B, "for our marine shop we need 316 stainless:\n1) 6 inch open base cleat\n2) deck hinge 38x38mm"),
                 (S, "1) cleat 6in USD 2.35\n2) hinge 38x38 USD 0.88"),
                 (B, "qty 1000 cleats, 3000 hinges"), (S, "ok"))
    assert quantities(terms) == [Decimal("1000"), Decimal("3000")]
    assert prices(terms) == [Decimal("2.35"), Decimal("0.88")]
    terms = chat((B, "要304不锈钢螺丝 M6"), (S, "好的"))
    assert quantities(terms) == []
    # trap: a count of stainless goods that is no grade is the order
    terms = chat((B, "we need 500 stainless steel cleats"), (S, "USD 2.35/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]


def test_what_one_pack_or_spool_holds_is_no_order():
    terms = chat((B, "老板你好，四层卷纸，每提10卷，什么价？"), (S, "EXW 保定，每提12.8元"), (B, "要3000提，12.5可以吗"),
                 (S, "行，12.5"))
    assert quantities(terms) != [Decimal("10")]
    terms = chat((B, "你好，尼龙鱼线100米 2.0号，离岸价厦门怎么报？"), (S, "2.0号100米 离岸价厦门 2.6元/轴"), (B, "好的"))
    assert quantities(terms) == [None]
    # trap: metres priced by the metre are the order
    terms = chat((B, "尼龙绳 2000米"), (S, "1.2元/米"), (B, "好的"))
    assert quantities(terms) == [Decimal("2000")]


def test_a_size_said_once_beside_sizes_of_another_unit_is_a_spec_of_them_all():
    terms = chat((B, "pls quote braided USB-C to USB-C 60W cables in 1m / 2m / 3m, CIF Rotterdam, 3000 each"),
                 (S, "CIF Rotterdam per pc:\n1m USD 0.98\n2m USD 1.26\n3m USD 1.58"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")] * 3
    assert prices(terms) == [Decimal("0.98"), Decimal("1.26"), Decimal("1.58")]
    # trap: sizes in two units, two of each, are all lines
    terms = chat((B, "LED panels 30W, 40W, 60x60cm, 60x120cm, 500 each"), (S, "ok"))
    assert len(quantities(terms)) == 4


def test_the_cantonese_and_opens_no_goods_name():
    terms = chat((B, "你好，想訂兒童救生衣200件，同成人救生衣300件"), (S, "兒童款 HK$85/件，成人款 HK$95/件"))
    assert [i.description for i in terms.line_items] == ["兒童救生衣", "成人救生衣"]
    terms = chat((B, "哺乳內衣 500件，同埋一次性防溢乳墊 2000盒"), (S, "好"))
    assert [i.description for i in terms.line_items] == ["哺乳內衣", "一次性防溢乳墊"]
    # trap: goods whose name opens with 同 keep it
    terms = chat((B, "要同轴电缆 500米，同步带 200条"), (S, "好的"))
    assert [i.description for i in terms.line_items] == ["同轴电缆", "同步带"]


def test_a_price_said_for_goods_named_after_it_stands_before_an_emoji_and_a_later_condition():
    terms = chat((B, "rotary tiller blades: L-type 6000 pcs and C-type 4000 pcs"),
                 (S, "FOB Shanghai: L-type USD 0.95/pc, C-type USD 0.85/pc"),
                 (B, "could u keep L at 0.92 like before?"),
                 (S, "ok 0.92 for L-type this time 🙂 if double next quarter we could talk about 0.88"))
    assert prices(terms) == [Decimal("0.92"), Decimal("0.85")]
    # trap: the price under the condition is no price
    terms = chat((B, "rotary tiller blades: L-type 6000 pcs and C-type 4000 pcs"),
                 (S, "FOB Shanghai: L-type USD 0.95/pc, C-type USD 0.85/pc"),
                 (S, "🙂 if you double the quantity we could do 0.88 for L-type"))
    assert prices(terms) == [Decimal("0.95"), Decimal("0.85")]


def test_days_said_back_before_a_word_of_payment_reopen_the_lead_time_and_the_journey_is_none():
    terms = chat((B, "thermal rolls 57x40mm, 110000 rolls, C&F Lagos"), (S, "C&F Lagos USD 0.093/roll"),
                 (B, "how many days?"), (S, "Production 20 days, sea transit to Lagos about 40-45 days"),
                 (B, "too long. production can be faster?"), (S, "we can do 14 days if deposit this week"),
                 (B, "ok 14 days. price ok. payment 20% deposit?"))
    assert lead(terms) == (None, None)  # (20 no more, 14 only on a condition: open)
    # traps: days offered for a bigger order stay a hypothetical; the whole journey said back
    # (production plus transit) is no lead time
    terms = chat((B, "thermal rolls 57x40mm, 110000 rolls"), (S, "Production 20 days, sea transit about 35 days"),
                 (B, "too long"), (S, "we can do 14 days if you order 200000 rolls"), (B, "no, 110000 only"))
    assert lead(terms) == (20, 20)
    terms = chat((B, "LED ceiling light 5000 pcs, how long for delivery?"),
                 (S, "Production 20 days after deposit, then shipping to Hamburg about 35 days by sea"),
                 (B, "So we get goods in about 55 days. ok."))
    assert lead(terms) == (20, 20)


def test_a_deposit_word_with_its_own_share_after_a_comma_is_not_the_share_before_it():
    terms = chat((B, "186F柴油微耕机 50台，2380元"), (S, "好的。付款三七开，定金30%，尾款发货前付清，电汇"), (B, "可以"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]
    # trap: a share then its deposit word after a comma is still that deposit
    terms = chat((B, "186F柴油微耕机 50台"), (S, "30%, deposit by TT, balance before shipment"), (B, "ok"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]


def test_a_number_of_designs_or_styles_is_no_goods_counted():
    terms = chat((B, "duvet cover sets, double 200x200 and king 230x220. How much?"),
                 (S, "FOB Shanghai: double set USD 5.60, king set USD 6.30"),
                 (B, "We need 1200 double and 800 king, 4 designs spread over both."), (S, "ok"))
    assert quantities(terms) == [Decimal("1200"), Decimal("800")]
    assert prices(terms) == [Decimal("5.60"), Decimal("6.30")]
    # trap: goods counted whose name follows the count stay counted
    terms = chat((B, "we need 500 designer handbags"), (S, "USD 12/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]


def test_goods_taken_out_of_the_order_with_take_and_out_around_them_are_dropped():
    terms = chat((B, "13T axle - 90 pcs; 28T landing gear - 30 pairs; 2 inch bolt-in kingpin - 30 pcs"),
                 (S, "FOB Qingdao: 13T axle USD 560/pc, 28T landing gear USD 215/pair, 2 inch kingpin USD 19/pc"),
                 (B, "Small change: please take the kingpins out, our yard still has 40 in stock."))
    assert prices(terms) == [Decimal("560"), Decimal("215")]
    # trap: taking goods out of a box or a container drops nothing
    terms = chat((B, "13T axle - 90 pcs; 2 inch kingpin - 30 pcs"), (S, "13T axle USD 560/pc, 2 inch kingpin USD 19/pc"),
                 (B, "ok. the customs may take the kingpins out of the crate to check"))
    assert prices(terms) == [Decimal("560"), Decimal("19")]


def test_a_list_of_bare_figures_near_each_goods_price_is_their_prices_in_turn():
    asked = ((B, "半钢子午线轮胎：175/70R13、185/65R14、195/65R15，离岸价青岛各多少钱？"),
             (S, "青岛离岸价：175/70R13 每条16.8美金，185/65R14 每条18.5美金，195/65R15 每条21.2美金。"),
             (B, "数量：175/70R13 600条，185/65R14 400条，195/65R15 300条，装一个40尺高柜。价格还能低点吗？"))
    terms = chat(*asked, (S, "整柜的话 16.5、18.2、20.9，这是最低了。"), (B, "好的，就按这个价。"))
    assert prices(terms) == [Decimal("16.5"), Decimal("18.2"), Decimal("20.9")]
    # traps: under a condition of another count, or offered as options, the list prices nothing
    terms = chat(*asked, (S, "1万条的话 16.5、18.2、20.9"), (B, "好的"))
    assert prices(terms) == [Decimal("16.8"), Decimal("18.5"), Decimal("21.2")]
    terms = chat((B, "pillows 800, duvets 400"), (S, "FOB Shanghai: pillow USD 6.80, duvet USD 19.50"),
                 (S, "FOB Shanghai 6.70/19.40 or DDP Toronto 9.60/27.50, your choice"))
    assert prices(terms) != [Decimal("6.70"), Decimal("19.40")]


def test_a_list_of_counts_after_a_word_for_quantity_counts_the_goods_in_turn():
    terms = chat((B, "Need hotel pillows and duvet inserts"), (S, "FOB Shanghai: pillow USD 6.80, duvet queen USD 19.50"),
                 (B, "qty confirmed 800/400. can u quote DDP Toronto?"))
    assert quantities(terms) == [Decimal("800"), Decimal("400")]
    # traps: a split is no list of counts, nor are counts asked under a condition
    terms = chat((B, "Need hotel pillows and duvet inserts"), (S, "FOB Shanghai: pillow USD 6.80, duvet queen USD 19.50"),
                 (B, "if qty 800/400 what price?"))
    assert quantities(terms) == [None, None]


def test_the_first_two_goods_pointed_back_at_are_no_count():
    terms = chat((B, "需要：太阳能路灯 200套，LED路灯头 300个"), (S, "太阳能路灯 USD 68/套，LED路灯头 USD 45/个"),
                 (B, "前面两个能不能65和43"))
    assert quantities(terms) == [Decimal("200"), Decimal("300")]
    # trap: two pieces ordered are a count
    terms = chat((B, "样品先要两个"), (S, "好"), (B, "大货要两个柜，路灯头 2000个"))
    assert Decimal("2000") in quantities(terms)


def test_goods_dropped_in_more_chinese_and_cantonese_phrasings_leave_the_order():
    base = ((B, "要翻盖餐炉 120台，双头果汁鼎 40个，亚克力面包柜 30个"),
            (S, "翻盖餐炉 38美金/台，双头果汁鼎 46美金/个，亚克力面包柜 29美金/个"))
    for dropped in ("业主把面包柜砍了", "面包柜就不要了", "面包柜本地买可以", "面包柜我们客户暂时不要了, pls remove",
                    "面包柜唔要住", "面包柜客户那边取消了，先不要了"):
        assert prices(chat(*base, (B, dropped))) == [Decimal("38"), Decimal("46")], dropped
    # trap: a question about the goods drops nothing
    assert prices(chat(*base, (B, "面包柜要加固吗"))) == [Decimal("38"), Decimal("46"), Decimal("29")]


def test_chinese_goods_each_named_before_its_size_are_lines_of_their_own():
    terms = chat((B, "我哋酒店想訂一批毛巾：浴巾70x140 1500條，面巾35x75 3000條"),
                 (S, "DAP香港：浴巾每條HK$42，面巾每條HK$15"), (B, "OK"))
    assert quantities(terms) == [Decimal("1500"), Decimal("3000")]
    assert prices(terms) == [Decimal("42"), Decimal("15")]
    # trap: one goods named twice with two sizes is one goods in two sizes
    terms = chat((B, "要304圆管25*1.0 600支，304圆管38*1.2 400支"), (S, "25*1.0 每支46元，38*1.2 每支70元"), (B, "好"))
    assert quantities(terms) == [Decimal("600"), Decimal("400")]
    assert prices(terms) == [Decimal("46"), Decimal("70")]


def test_a_count_after_over_or_above_is_a_tier_not_the_order():
    terms = chat((B, "body wave bundles 16 inch, price?"), (S, "16 inch $22 per bundle"),
                 (S, "over 300 bundles we give 5% off"))
    assert quantities(terms) == [None]
    terms = chat((B, "要LED筒灯"), (S, "每个12元，超过500个九折"))
    assert quantities(terms) == [None]
    # trap: the count ordered stays
    terms = chat((B, "body wave bundles 16 inch, 350 bundles"), (S, "$22 per bundle, over 300 we give 5% off"))
    assert quantities(terms) == [Decimal("350")]


def test_the_goods_said_to_be_the_only_ones_wanted_leave_the_others_out():
    base = ((B, "要篩網 50件、三角帶 200條、軸承 400個"), (S, "篩網 HK$320/件，三角帶 HK$85/條，軸承 HK$22/個"))
    terms = chat(*base, (B, "軸承我哋喺香港搵到現貨，淨係要篩網同三角帶"))
    assert prices(terms) == [Decimal("320"), Decimal("85")]
    terms = chat((B, "kraft bags small 20000, medium 15000, large 10000"),
                 (S, "small USD 0.085, medium USD 0.11, large USD 0.15"), (B, "sorry. only small and medium, same price"))
    assert prices(terms) == [Decimal("0.085"), Decimal("0.11")]
    # traps: "only" of a deposit, or of all the goods, drops nothing
    assert prices(chat(*base, (B, "只要30%定金可以吗"))) == [Decimal("320"), Decimal("85"), Decimal("22")]
    assert prices(chat(*base, (B, "only 篩網, 三角帶 and 軸承, nothing else"))) == [Decimal("320"), Decimal("85"),
                                                                                  Decimal("22")]


def test_a_count_under_a_traditional_chinese_condition_names_no_goods():
    terms = chat((B, "吊扇 52吋 DC馬達，要200台"), (S, "NT$2,150 一台"), (B, "可以算2,000嗎"),
                 (S, "200台的話 NT$2,080，這是最低了"), (B, "好，就2,080"))
    assert [i.description for i in terms.line_items if i.description] != ["200台的話"]
    assert prices(terms)[-1] == Decimal("2080")


def test_the_least_order_of_each_is_no_count():
    terms = chat((B, "想詢問兩款貓砂：礦砂貓砂 10L 與 松木貓砂 20L"),
                 (S, "CIF基隆：礦砂貓砂10L 每包 USD 2.60，松木貓砂20L 每包 USD 3.90，MOQ各2000包"),
                 (B, "礦砂要 4000 包，松木 2500 包"))
    assert Decimal("2000") not in quantities(terms)
    # trap: a count of each that is the order stays
    terms = chat((B, "礦砂貓砂10L、松木貓砂20L各要2000包"), (S, "礦砂貓砂10L 每包 USD 2.60，松木貓砂20L 每包 USD 3.90"))
    assert quantities(terms) == [Decimal("2000"), Decimal("2000")]


def test_the_length_one_pack_holds_is_no_count():
    terms = chat((B, "need Cat6 UTP cable 305m box, 23AWG pure copper, grey"), (S, "Cat6 UTP 305m: USD 38.50/box"),
                 (B, "200 boxes cable pls"))
    assert Decimal("305") not in quantities(terms)
    # trap: metres ordered are a count
    terms = chat((B, "need Cat6 UTP cable, 3000m"), (S, "USD 0.13/m"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_count_of_each_after_codes_joined_by_and_counts_each_code():
    terms = chat((B, "你好 Jack, nylon cable gland PG9 和 PG16, 黑色, each 20000pcs, 另外 lock nut 40000pcs"),
                 (S, "FOB Shanghai: PG9 USD 0.024, PG16 USD 0.042, lock nut USD 0.007"), (B, "ok"))
    assert quantities(terms) == [Decimal("20000"), Decimal("20000"), Decimal("40000")]
    assert prices(terms) == [Decimal("0.024"), Decimal("0.042"), Decimal("0.007")]
    # trap: a count of each colour of one goods is no count of codes
    terms = chat((B, "cable gland PG9, black, white, each 20000pcs"), (S, "USD 0.024"), (B, "ok"))
    assert len(quantities(terms)) < 2


def test_a_count_after_from_in_a_sentence_that_prices_is_a_tier():
    terms = chat((B, "organic muslin swaddles, qty 2000"), (S, "USD 2.85/pc. Swaddle can be 2.60 from 5000 pcs."))
    assert quantities(terms) == [Decimal("2000")]
    # trap: goods shipped from a place with a count are still the order
    terms = chat((B, "we need 3000 pcs from your Ningbo warehouse"), (S, "USD 2.85/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_bare_amount_beside_the_deposit_counters_a_fixed_deposit_on_the_table():
    terms = chat((B, "we need 1500pcs toner MLT-D111S, CIF Callao?"), (S, "CIF Callao USD 4.10/pc"),
                 (B, "ok. deposit?"), (S, "pls pay USD 2000 deposit, rest before shipment, all by TT"),
                 (B, "can I pay 1500 deposit? cash flow tight"), (S, "ok 1500 deposit fine"))
    assert terms.payment.installments[0].fixed_amount_minor == 150000
    # trap: days after the deposit's receipt are no amount
    terms = chat((B, "床头柜 400个"), (S, "定金付2万元，剩下的货到验收后付清。"), (B, "可以"), (S, "收到定金15天内送到。"))
    assert terms.payment.installments[0].fixed_amount_minor == 2000000


def test_goods_opening_a_sentence_that_ends_by_leaving_them_out_are_dropped():
    base = ((B, "头层牛皮自动扣皮带2000条，还有男士短款钱包500个，报个价"), (S, "皮带14.5元一条，钱包22元一个"))
    terms = chat(*base, (B, "皮带价格可以。钱包客户那边还没定，这次先不要了"))
    assert prices(terms) == [Decimal("14.5")]
    # trap: a sentence opening with other goods leaves those out, not these
    terms = chat(*base, (B, "皮带价格可以。钱包也要，logo这次先不要了"))
    assert prices(terms) == [Decimal("14.5"), Decimal("22")]


def test_a_lot_after_per_and_pieces_before_a_time_are_no_price():
    # two values the verifier refused on the new blind sets bs and bt (grounding gaps): "per
    # thousand" read as "per 1000 is final", and "30块一周" as 30.1 yuan
    terms = chat((B, "drywall screws 3.5x25, 2,000,000 pcs. price?"), (S, "USD 3.30 per 1000pcs FOB Tianjin"),
                 (B, "3.10?"), (S, "3.20 per thousand is final"), (B, "ok deal 3.20/k"))
    assert prices(terms) == [None]
    terms = chat((B, "石英石台面 3000*600*20 多少钱一块"), (S, "这个规格 ¥420/块，起订量10块"), (B, "好的我要30块"),
                 (S, "30块一周左右可以发货"))
    assert prices(terms) == [Decimal("420")]
    # trap: spoken yuan and tenths stay a price
    assert prices(chat((B, "石英石台面 30块"), (S, "每块18块5"))) == [Decimal("18.5")]
