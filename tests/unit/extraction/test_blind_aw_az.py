"""Prices, counts, names, payment, lead times and modes read from blind sets aw, ax, ay and az
(and from a scan of the tuned sets' wrong values); each case with the trap that keeps the rule
narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, methods, prices, quantities, shares
from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.transcript import Message, Role, Transcript


def test_a_buyers_list_of_goods_with_bare_counts_counts_each():
    terms = chat((B, "hi, we need 18/0 stainless dinner fork and dinner knife. fork 6000, knife 4000. C&F Durban"),
                 (S, "dinner fork USD 0.42, dinner knife USD 0.55, C&F Durban"), (B, "ok confirmed"))
    assert quantities(terms) == [Decimal("6000"), Decimal("4000")]
    assert prices(terms) == [Decimal("0.42"), Decimal("0.55")]
    # names opening with their sizes, priced later under shorter names with the same sizes
    terms = chat((B, "we need the Aria range in porcelain: 27cm dinner plate 3000, 21cm salad plate 2500, "
                     "16cm bowl 2000. CFR Rotterdam pls"),
                 (S, "Aria CFR Rotterdam:\n27cm plate USD 2.35\n21cm plate USD 1.62\n16cm bowl USD 1.48"),
                 (B, "ok"))
    assert items(terms) == [("27cm dinner plate", Decimal("3000"), Decimal("2.35")),
                            ("21cm salad plate", Decimal("2500"), Decimal("1.62")),
                            ("16cm bowl", Decimal("2000"), Decimal("1.48"))]
    # trap: a seller's figures after names are prices, not counts
    terms = chat((B, "need sofa and armchair, 2 containers"), (S, "we make sofa and armchair. sofa 180, armchair 950"))
    assert not any(quantities(terms))
    # trap: one-word names never named before in the message are colours or variants, not goods
    terms = chat((B, "tote bag 2000 pcs. walnut 1000, olive 1000"), (S, "USD 1.20/pc FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]


def test_trees_are_counted_and_kuai_after_jiu_is_money():
    terms = chat((B, "1.8米 PE+PVC混合圣诞树 一个40HQ大概能装多少棵？"), (S, "1.8米的一个40HQ能装900棵"),
                 (B, "那就900棵，整柜，报到岸价汉堡"), (S, "到岸价汉堡 USD 31.20/棵"), (B, "31.20 可以，确认"))
    assert quantities(terms) == [Decimal("900")]
    assert prices(terms) == [Decimal("31.20")]
    terms = chat((B, "万圣节乳胶面具 三款混装，要1200个，怎么卖"), (S, "一个3块"), (B, "1200个，按3块一个算可以。能开票吗"),
                 (S, "开票要加6个点，不开票就3块"), (B, "不要票"))
    assert quantities(terms) == [Decimal("1200")]
    # trap: "那就" before a count of pieces is the count
    terms = chat((B, "瓷砖 60x60 那就300块，报价"), (S, "每块18元"), (B, "好"))
    assert quantities(terms) == [Decimal("300")]


def test_a_price_that_becomes_another_is_the_sellers_new_price():
    terms = chat((B, "need LED pumpkin candy bucket, 5000pcs, CFR Santos. What price?"),
                 (S, "CFR Santos USD 1.74/pc for 5000pcs"), (B, "Our bank prefer D/P at sight"),
                 (S, "OK manager agree D/P at sight. But price become 1.80 because of the bank charges"),
                 (B, "ok 1.80 with D/P at sight"))
    assert prices(terms) == [Decimal("1.80")]
    # trap: a price said to go up for another order is not this order's
    terms = chat((B, "need LED pumpkin candy bucket, 5000pcs, CFR Santos. What price?"),
                 (S, "CFR Santos USD 1.74/pc for 5000pcs"), (B, "ok"),
                 (S, "pls note: if you order next year the price goes up to 1.80"))
    assert prices(terms)[0] == Decimal("1.74")


def test_a_length_in_metres_followed_by_another_count_is_a_spec():
    terms = chat((B, "您好，聖誕燈串 LED 10米 100燈 暖白，5000條，麻煩報CFR基隆"), (S, "CFR基隆 USD 1.62/條"), (B, "好的"))
    assert quantities(terms) == [Decimal("5000")]
    assert prices(terms) == [Decimal("1.62")]
    # trap: metres ordered, with nothing counted after them
    terms = chat((B, "PVC软管 内径20mm，要3000米，报价"), (S, "每米2.5元"), (B, "好"))
    assert quantities(terms) == [Decimal("3000")]


def test_colours_then_how_many_then_each_count_one_line_of_their_sum():
    terms = chat((B, "生日派对布置套装，粉色和蓝色两款，各1500套，FOB汕头报个价"), (S, "两款同价，FOB汕头 USD 1.85/套"),
                 (B, "1.85可以"))
    assert quantities(terms) == [Decimal("3000")]
    # trap: two designs that are not colours are no colour total
    terms = chat((B, "生日派对布置套装，男孩款和女孩款两款，各1500套，FOB汕头报个价"), (S, "两款同价，FOB汕头 USD 1.85/套"),
                 (B, "1.85可以"))
    assert quantities(terms) == [None]


def test_kits_are_counted_and_a_mix_ratio_is_no_count():
    terms = chat((B, "saw ur balloon garland arch kit, the boho one, 140pcs. price?"), (S, "USD 3.60/kit FOB Shantou"),
                 (B, "ok. bulk order 2000 kits"), (S, "ok"))
    assert quantities(terms) == [Decimal("2000")]
    assert prices(terms) == [Decimal("3.60")]
    # trap: "2:1 kit" is the mix ratio of the kit, no count of one kit
    terms = chat((B, "clear epoxy resin, 2:1 mix ratio, about 3 tons"), (S, "epoxy resin 2:1 kit USD 4.20/kg FOB Shanghai"),
                 (B, "ok 4.20, 3000 kg"))
    assert quantities(terms) == [Decimal("3000")]


def test_packings_priced_apart_are_options_of_one_goods_not_goods():
    terms = chat((B, "你好，鋁膜氣球套裝 16吋 玫瑰金，3000套，要送到香港"),
                 (S, "有兩種包裝：OPP袋裝 USD 0.68/套，彩盒裝 USD 0.85/套。DAP 香港"),
                 (B, "OK，DAP 香港冇問題。包裝我要問下客人先"))
    assert quantities(terms) == [Decimal("3000")]
    assert prices(terms) == [None]
    # trap: the buyer's choice of one packing takes its price
    terms = chat((B, "你好，鋁膜氣球套裝 16吋 玫瑰金，3000套，要送到香港"),
                 (S, "有兩種包裝：OPP袋裝 USD 0.68/套，彩盒裝 USD 0.85/套。DAP 香港"),
                 (B, "要彩盒裝的，0.85可以"))
    assert prices(terms) == [Decimal("0.85")]


def test_a_bare_counter_per_dozen_is_no_unit_price_of_pieces():
    terms = chat((B, "中秋燈籠，要2400個，離岸價深圳幾多錢？"), (S, "燈籠 離岸價深圳 每打 HKD 96，12個一打"),
                 (B, "每打90得唔得？"), (S, "可以，90一打"), (B, "好，成交"))
    assert quantities(terms) == [Decimal("2400")]
    assert prices(terms) == [None]
    # trap: a bare counter per piece is the unit price
    terms = chat((B, "中秋燈籠，要2400個，離岸價深圳幾多錢？"), (S, "燈籠 離岸價深圳 每個 HKD 8"),
                 (B, "每個7.5得唔得？"), (S, "可以，7.5一個"), (B, "好，成交"))
    assert prices(terms) == [Decimal("7.5")]


def test_a_bare_count_list_after_what_orders_it_counts_one_word_names():
    terms = chat((B, "samples ok. bulk: crown 10000, blowers 20000. price?"),
                 (S, "crown USD 0.16/pc, blower USD 0.045/pc. EXW Shantou"), (B, "ok"))
    assert quantities(terms) == [Decimal("10000"), Decimal("20000")]
    assert prices(terms) == [Decimal("0.16"), Decimal("0.045")]
    # trap: after a colon that orders nothing, one-word names are no goods
    terms = chat((B, "tote bag 2000 pcs. colours: walnut 1000, olive 1000"), (S, "USD 1.20/pc FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]


def test_an_agreed_price_the_seller_withdraws_in_chinese_is_open():
    terms = chat((B, "推拉式指紋電子鎖，300組，CIF基隆報價？"), (S, "推拉式指紋鎖 CIF基隆 每組 USD 88"),
                 (B, "可以，88 成交"), (S, "不好意思，面板這週漲價，88做不了，要92才行，請見諒"))
    assert quantities(terms) == [Decimal("300")]
    assert prices(terms) == [None]
    # trap: the buyer then takes the new price
    terms = chat((B, "推拉式指紋電子鎖，300組，CIF基隆報價？"), (S, "推拉式指紋鎖 CIF基隆 每組 USD 88"),
                 (B, "可以，88 成交"), (S, "不好意思，面板這週漲價，88做不了，要92才行，請見諒"), (B, "好吧，92可以"))
    assert prices(terms) == [Decimal("92")]


def test_pipe_lengths_are_counted_and_ex_factory_lead_time_is_no_rule():
    terms = chat((B, "UPVC pressure pipe SCH40, 2 inch, 20ft length, white. 1800 lengths. can you do DDP Dallas Texas?"),
                 (S, "2\" SCH40 white: DDP Dallas USD 16.40/length. Ex-factory lead time 20 days."), (B, "ok 16.40"))
    assert quantities(terms) == [Decimal("1800")]
    assert terms.incoterm.rule == "DDP" and terms.incoterm.status.value == "AGREED"
    assert terms.logistics.containers == []
    # trap: an ex-factory price is still the rule EXW
    terms = chat((B, "UPVC pipe 1800 lengths, price?"), (S, "ex-factory USD 14.20/length"), (B, "ok"))
    assert terms.incoterm.rule == "EXW"


def test_a_proforma_attached_names_no_goods():
    terms = chat((B, "Kindly quote 4 inch submersible borehole pump, 1.5kW. Quantity 120 units, CIF Mombasa"),
                 (S, "4SD 1.5kW: USD 186/set CIF Mombasa"), (B, "Price 186 accepted. Please send PI"),
                 (S, "PI attached: 120 sets x USD 186 = USD 22,320, CIF Mombasa"), (B, "Checked, all fine"))
    assert items(terms) == [("4 inch submersible borehole pump", Decimal("120"), Decimal("186"))]


def test_a_door_delivered_to_a_city_is_that_city():
    terms = chat((B, "人脸识别智能门锁，要500套，能做双清包税到门吗"), (S, "可以的，双清包税到悉尼门，每套1180元"), (B, "可以"))
    assert (terms.incoterm.rule, terms.incoterm.named_place) == ("DDP", "悉尼")
    # trap: a city whose name ends in 门
    terms = chat((B, "智能门锁 500套，FOB厦门，什么价"), (S, "FOB厦门，每套160元"), (B, "可以"))
    assert (terms.incoterm.rule, terms.incoterm.named_place) == ("FOB", "厦门")


def test_within_n_days_answered_to_a_lead_time_question_bounds_it():
    terms = chat((B, "水浸传感器 要20000个"), (B, "交期？"), (S, "20天以内。量大不建议走快递"))
    assert lead(terms) == (None, 20)
    # trap: a plain answer is both bounds
    terms = chat((B, "水浸传感器 要20000个"), (B, "交期？"), (S, "20天。量大不建议走快递"))
    assert lead(terms) == (20, 20)


def test_a_lead_time_asked_for_with_neng_zuo_dao_is_a_counter():
    terms = chat((B, "青花茶具 1200套，FOB厦门多少？"), (S, "FOB厦门 9.8美金/套，交期45天"), (B, "价格可以。交期太长了，35天可以吗？"),
                 (S, "手绘青花比较慢，最快40天"), (B, "38天能不能做到？"), (S, "我问一下车间主任再回复你"), (B, "好"))
    assert lead(terms) == (None, None)
    # trap: the seller's answer that it can be done takes it
    terms = chat((B, "青花茶具 1200套，FOB厦门多少？"), (S, "FOB厦门 9.8美金/套，交期45天"), (B, "38天能不能做到？"),
                 (S, "可以，38天能做到"), (B, "好"))
    assert lead(terms) == (38, 38)


def test_a_split_the_seller_cannot_keep_after_the_yes_is_open_until_answered():
    terms = chat((B, "smart deadbolt 1000 pcs, USD 39.80 FOB Xiamen. payment 30/70?"),
                 (S, "yes confirmed 1000pcs @USD39.80 FOB Xiamen, 30% deposit 70% before shipment by TT"),
                 (B, "great, PO on the way"),
                 (S, "so sorry, our finance dept says for a first order we must get 50% deposit, balance 50% before shipment"))
    assert None in shares(terms) or shares(terms) == []
    assert terms.payment.status.value == "CONFLICTING"
    # trap: the buyer's yes, asked back as a question, takes the new split
    terms = chat((S, "WCB Y strainer USD 27.80/pc FOB Tianjin. 30% deposit, 70% before shipment"), (B, "ok agreed both"),
                 (S, "sorry, my manager says we need 50% deposit, balance 50% before shipment. hope ok"),
                 (B, "hmm ok, 50/50 fine, TT. btw could you still do 27.00 since we pay 50% upfront?"))
    assert shares(terms) == [Decimal("50"), Decimal("50")]


def test_a_collection_for_the_whole_sum_clears_the_split():
    terms = chat((S, "CFR Santos USD 1.74/pc. Payment 30% TT deposit + 70% before shipment"),
                 (B, "Our bank prefer D/P at sight for full amount, we never pay deposit on first order."),
                 (S, "OK manager agree D/P at sight 100% because you have good bank reference."), (B, "ok"))
    assert shares(terms) == [None]
    assert terms.payment.installments[0].method.value == "DP"
    # trap: a D/P for the balance keeps the deposit
    terms = chat((S, "CFR Santos USD 1.74/pc. Payment 30% TT deposit, 70% by D/P at sight"), (B, "ok"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]


def test_a_rule_asked_for_and_put_off_is_not_taken_by_a_later_yes_to_the_payment():
    terms = chat((B, "swing check valve DN100, 250 pcs, pls quote"), (S, "FOB Xiamen USD 48.50/pc, lead time 30 days"),
                 (B, "price is acceptable. but we prefer CFR Durban. can you arrange?"),
                 (S, "ok let me check freight with our shipping agent, will revert tomorrow"),
                 (B, "ok. also pls confirm payment 30/70"), (S, "yes 30% deposit 70% before shipment, TT"))
    assert terms.incoterm.status.value == "CONFLICTING"
    # trap: the seller's own first quote, put off by the buyer, stands
    terms = chat((B, "H4 LED bulbs 4000 sets"), (S, "Best USD 3.95 CIF Jebel Ali"), (B, "let me check with my partner"),
                 (S, "ok"), (B, "ok 3.95"))
    assert (terms.incoterm.rule, terms.incoterm.status.value) == ("CIF", "AGREED")


def test_sinosure_is_export_credit_insurance_not_an_escrow():
    terms = chat((B, "对夹式蝶阀 DN200，400台，CIF新加坡。付款我们一般做承兑交单D/A 60天"),
                 (S, "D/A风险比较大，我们要申请中信保额度，查好回复您"), (S, "中信保批下来了，D/A 60天可以做"), (B, "好的"))
    assert [m.value for m in methods(terms)] == ["DA"]
    # trap: Alibaba's 信保 is the escrow
    terms = chat((B, "对夹式蝶阀 DN200，400台，走阿里信保"), (S, "可以，信保订单，全款"), (B, "好的"))
    assert [m.value for m in methods(terms)] == ["ESCROW"]


def test_a_legacy_rule_renamed_in_chinese_names_no_place():
    terms = chat((B, "LED tree topper star, 4000pcs. Can you quote DAT Antwerp?"),
                 (S, "DAT 现在叫 DPU 了 (Incoterms 2020). DPU Antwerp USD 3.05/pc"), (B, "ok, 3.05 is ok"))
    assert (terms.incoterm.rule, terms.incoterm.named_place, terms.incoterm.status.value) == ("DPU", "Antwerp", "AGREED")


def test_the_whole_sum_paid_first_in_chinese_or_before_pickup_is_full_payment():
    for said in ("西聯啦，全數先付", "PayPal 付全額", "Payment 100% before pick up, TT"):
        terms = chat((B, "4路NVR套裝 50套"), (S, "每套 HKD 980"), (B, said), (S, "ok"))
        assert shares(terms) == [Decimal("100")], said
    # trap: paying in full asked about under a condition leaves the split offered
    terms = chat((B, "4路NVR套裝 50套"), (S, "每套 HKD 980，30%定金，70%出貨前"), (B, "如果付全額的話可以再便宜嗎？"),
                 (S, "不行"))
    assert shares(terms) == [Decimal("30"), Decimal("70")]


def test_tenths_in_digits_beside_a_payment_word_are_a_share():
    terms = chat((B, "乳胶面具 1200个，付款？"), (S, "先付5成定金，剩下的发货前结清"), (B, "可以"))
    assert shares(terms) == [Decimal("50"), Decimal("50")]
    # trap: 成 of how new the goods are is no share
    terms = chat((B, "二手叉车 3台，7成新的有吗"), (S, "有，每台USD 5200"), (B, "可以"))
    assert shares(terms) == []


def test_lead_times_after_the_deposit_in_traditional_chinese_or_sent_within_days_and_sea_shipping_apart():
    terms = chat((B, "燈籠 2400個"), (S, "每個 HKD 8"), (B, "幾耐有貨？"), (S, "收訂金後18日"))
    assert lead(terms) == (18, 18)
    terms = chat((B, "甜品碟 600隻"), (S, "好的，有現貨，付款後 3 日內順豐寄出"))
    assert lead(terms) == (None, 3)
    terms = chat((B, "brass ball valves 5000 pcs"), (S, "production 25-30 days after deposit. sea shipping Ningbo to "
                                                        "Felixstowe abt 32 days"))
    assert lead(terms) == (25, 30)
    assert (terms.logistics.transit_time.min_days, terms.logistics.transit_time.max_days) == (32, 32)
    # trap: what the courier takes on the way is no lead time
    terms = chat((B, "甜品碟 600隻"), (S, "順豐寄出後 3 日到"))
    assert lead(terms) == (None, None)


def test_two_prices_offered_are_no_count_of_two():
    terms = chat((B, "Hi, 20pcs porcelain dinner set, hotel white, 1000 sets. 报个价"),
                 (S, "两个价格: FOB Shenzhen USD 12.50/set, 或者 CIF Sydney USD 13.90/set. 你们哪个方便?"))
    assert quantities(terms) == [Decimal("1000")]
    # trap: two pieces ordered are a count
    terms = chat((B, "样品要两个，多少钱"), (S, "样品每个50元"), (B, "大货要两个柜，3000个"))
    assert quantities(terms) == [Decimal("3000")]


def test_goods_the_customer_no_longer_wants_are_dropped_by_their_short_name():
    terms = chat((B, "釉下彩：7寸汤碗 3000个，5寸饭碗 5000个，8寸深盘 2000个，CIF巴生港"),
                 (S, "CIF巴生港：7寸汤碗 1.35美金，5寸饭碗 0.82美金，8寸深盘 1.58美金"),
                 (B, "深盘客户不要了，只做两款。汤碗1.3可以吗"), (S, "汤碗1.3可以，饭碗0.82不变"), (B, "好的，确认"))
    assert items(terms) == [("7寸汤碗", Decimal("3000"), Decimal("1.3")), ("5寸饭碗", Decimal("5000"), Decimal("0.82"))]
    # trap: a short name two goods end in drops neither
    terms = chat((B, "7寸深盘 3000个，8寸深盘 2000个"), (S, "7寸深盘 1.35美金，8寸深盘 1.58美金"), (B, "深盘客户不要了吗？"))
    assert len(items(terms)) == 2


def test_prices_said_back_out_of_order_go_to_the_goods_each_is_the_price_of():
    terms = chat((B, "NVR 100台，PTZ 400台，FOB Shenzhen 报价 pls"), (S, "16CH NVR USD 78/台，4MP PTZ USD 96/台，FOB Shenzhen"),
                 (B, "PTZ 能不能 92？"), (S, "PTZ 94 最低了，NVR 价格不变"), (B, "ok 94 and 78, deal"))
    assert prices(terms) == [Decimal("78"), Decimal("94")]
    # trap: new counters near the prices keep the goods' order
    terms = chat((B, "NVR 100台，PTZ 400台，FOB Shenzhen 报价 pls"), (S, "16CH NVR USD 78/台，4MP PTZ USD 96/台，FOB Shenzhen"),
                 (B, "can do 75 and 90?"), (S, "ok 75 and 90"))
    assert prices(terms) == [Decimal("75"), Decimal("90")]


def test_sizes_in_fractions_of_an_inch_tell_goods_apart():
    terms = chat((B, '需要黃銅球閥 1/2" 和 3/4"，各 2000 個，請報 FOB 廈門價格'), (S, '黃銅球閥 1/2" USD 1.45，3/4" USD 2.05，FOB 廈門'),
                 (B, "價格OK"))
    assert items(terms) == [('黃銅球閥 1/2"', Decimal("2000"), Decimal("1.45")),
                            ('黃銅球閥 3/4"', Decimal("2000"), Decimal("2.05"))]
    # trap: one size of one goods is a spec, not a goods of its own
    terms = chat((B, '需要黃銅球閥 1/2"，2000 個，請報 FOB 廈門價格'), (S, '黃銅球閥 1/2" USD 1.45，FOB 廈門'), (B, "價格OK"))
    assert quantities(terms) == [Decimal("2000")] and prices(terms) == [Decimal("1.45")]


def test_one_kind_of_goods_in_two_sizes_named_after_the_words_are_two_lines():
    terms = chat((B, "We need 3000 pcs glycerine filled pressure gauge 63mm 0-16 bar, SS case, and 1500 pcs glycerine "
                     "filled pressure gauge 100mm 0-10 bar. FCA Shenzhen."),
                 (S, "63mm 0-16bar: USD 3.05/pc; 100mm 0-10bar: USD 6.80/pc. FCA Shenzhen"), (B, "ok prices fine"))
    assert quantities(terms) == [Decimal("3000"), Decimal("1500")]
    assert prices(terms) == [Decimal("3.05"), Decimal("6.80")]
    # trap: the same goods in the same size named twice is one line
    terms = chat((B, "3000 pcs pressure gauge 63mm. pressure gauge 63mm price?"), (S, "63mm USD 3.05/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")] and prices(terms) == [Decimal("3.05")]


def test_a_count_of_each_after_a_list_of_goods_counts_each():
    terms = chat((B, "we need witch wig, clown afro wig, 80s mullet wig. 1000 of each. CIF Sydney pls"),
                 (S, "CIF Sydney: witch wig USD 1.95, clown afro wig USD 1.60, 80s mullet wig USD 2.10"), (B, "all good"))
    assert items(terms) == [("witch wig", Decimal("1000"), Decimal("1.95")),
                            ("clown afro wig", Decimal("1000"), Decimal("1.60")),
                            ("80s mullet wig", Decimal("1000"), Decimal("2.10"))]
    # trap: "each" of a carton after a list is the packing, not the order
    terms = chat((B, "we need witch wig, clown afro wig. 50 each carton"), (S, "ok"))
    assert not any(quantities(terms))


def test_a_logistics_forwarder_fills_the_mode_or_makes_sea_lcl():
    terms = chat((B, "managed switch 200 pcs FOB Shanghai"), (S, "Confirmed. 30% deposit TT, 70% before shipment"),
                 (Role.OTHER, "Hi, Marco from BlueOcean Logistics. we'll ship LCL Shanghai - Valencia, transit about 32 days"))
    assert terms.logistics.mode.value == "SEA_LCL"
    terms = chat((B, "hotel trays 500 pcs CFR Jeddah"), (S, "production 30 days after deposit, 海运到 Jeddah about 22-25 days"),
                 (Role.OTHER, "Omar from Gulf Star Shipping, Ryan's forwarder. we'll book LCL Ningbo-Jeddah"))
    assert terms.logistics.mode.value == "SEA_LCL"
    # trap: a forwarder's other mode does not overrule the parties' own
    terms = chat((B, "hotel trays 500 pcs"), (S, "by air 5 days"), (B, "ok air"),
                 (Role.OTHER, "Omar from Gulf Star Logistics. we'll ship LCL"))
    assert terms.logistics.mode.value == "AIR"


def test_a_colleague_the_buyer_brings_in_by_name_speaks_for_the_buyer():
    transcript = Transcript(messages=[
        Message(role=Role.BUYER, author="Mr. Reyes", text="we need 2MP wifi bulb camera 8000 pcs, CNF Manila"),
        Message(role=Role.SELLER, author="Huang", text="bulb camera 2MP CNF Manila USD 9.15/pc for 8000pcs"),
        Message(role=Role.BUYER, author="Mr. Reyes", text="ok. my colleague Jun will handle the payment part"),
        Message(role=Role.OTHER, author="Jun", text="Hi, Jun here. we can do 30% TT deposit, 70% D/P at sight. ok?"),
        Message(role=Role.SELLER, author="Huang", text="D/P 不太行哦，balance TT before shipment pls"),
        Message(role=Role.OTHER, author="Jun", text="ok fine, 30% TT + 70% TT before shipment"),
    ])
    terms = RulesExtractor().extract(transcript)
    assert [i.method.value for i in terms.payment.installments] == ["TT", "TT"]
    assert terms.payment.status.value == "AGREED"
    # trap: someone nobody brought in is not read as the buyer
    transcript.messages[2] = Message(role=Role.BUYER, author="Mr. Reyes", text="ok. payment?")
    terms = RulesExtractor().extract(transcript)
    assert terms.payment.status.value != "AGREED"


def test_goods_taken_out_by_a_closing_drop_it_or_dropped_the_or_bought_locally():
    terms = chat((B, "HC-SR501 PIR module 2000pcs, HC-SR04 ultrasonic 1500pcs, DHT22 1000pcs"),
                 (S, "HC-SR501 USD 0.55, HC-SR04 USD 0.62, DHT22 USD 1.85"),
                 (B, "DHT22 we found cheaper locally, drop it. other two ok"))
    assert [d for d, _, _ in items(terms)] == ["HC-SR501 PIR module", "HC-SR04 ultrasonic"]
    terms = chat((B, "30ml shampoo bottle 50000pcs, wooden comb 50000pcs"), (S, "shampoo 0.90, comb 0.35 RMB"),
                 (B, "ok 0.90. pls remove comb, we buy combs locally"))
    assert [d for d, _, _ in items(terms)] == ["30ml shampoo bottle"]
    terms = chat((B, "pencil case 2500pcs, highlighters 3000pcs"), (S, "pencil case USD 0.88, highlighter USD 0.55"),
                 (B, "ok"), (B, "bad news, marketing dropped the highlighters 😩 pls remove. pencil case stays as agreed"))
    assert [d for d, _, _ in items(terms)] == ["pencil case"]
    # trap: a drop closing a sentence that opens with other goods drops only what it names
    terms = chat((B, "HC-SR501 PIR module 2000pcs, DHT22 1000pcs"), (S, "HC-SR501 USD 0.55, DHT22 USD 1.85"),
                 (B, "HC-SR501 ok, but DHT22 remove"))
    assert [d for d, _, _ in items(terms)] == ["HC-SR501 PIR module"]


def test_bare_counters_of_a_price_per_thousand_are_no_unit_price():
    terms = chat((B, "alcohol prep pads 3x6cm, need 2 million pcs. DDP Manila"),
                 (S, "alcohol pads 3x6cm 2ply: USD 6.50 per 1000pcs DDP Manila"), (B, "6.20?"), (S, "6.30 ok"), (B, "deal"))
    assert quantities(terms) == [Decimal("2000000")]
    assert prices(terms) == [None]
    # trap: a counter near a unit price on the table, beside goods priced per thousand, is that price
    terms = chat((B, "wall socket 3000 pcs, also cable ties 100000 pcs"),
                 (S, "wall socket USD 0.95/pc, cable ties USD 5.8 per 1000pcs"), (B, "can you do 0.90?"), (S, "ok 0.90"))
    # (the cable ties are a line of their own since "also" leads into a name: no unit price)
    assert prices(terms) == [Decimal("0.90"), None]


def test_a_road_mode_said_with_trucks_is_grounded():
    # chat() asserts that the grounding verifier keeps every value
    terms = chat((B, "MS plate S355JR 10mm, 45 tons. we send our own trucks. price EXW your warehouse?"),
                 (S, "EXW Tianjin USD 610/ton"), (B, "ok"))
    assert terms.logistics.mode.value == "ROAD"
