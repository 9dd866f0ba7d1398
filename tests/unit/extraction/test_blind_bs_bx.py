"""Prices, counts and lines read from blind sets bs to bx; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities, shares
from tradepact.domain.transcript import Role


def test_sizes_of_one_goods_each_counted_and_priced_are_lines_of_their_own():
    terms = chat((B, "hex bolts DIN 933 grade 8.8 HDG:\nM16 40,000pcs\nM20 25,000pcs\nFOB Tianjin?"),
                 (S, "FOB Tianjin:\nM16: USD 0.118/pc\nM20: USD 0.205/pc"),
                 (B, "M20 0.198 pls, M16 fine"), (S, "ok M20 0.198"))
    assert quantities(terms) == [Decimal("40000"), Decimal("25000")]
    assert prices(terms) == [Decimal("0.118"), Decimal("0.198")]
    # in one line too, and a size changed later in Chinese
    terms = chat((B, "wood screws: 4x40mm 300,000pcs and 5x60mm 120,000pcs, CIF Lagos"),
                 (S, "4x40mm USD 0.0061, 5x60mm USD 0.0128"), (B, "ok"),
                 (B, "那就 4x40mm 改成 350,000pcs，5x60mm 还是120,000pcs"), (S, "好的"))
    assert quantities(terms) == [Decimal("350000"), Decimal("120000")]
    assert prices(terms) == [Decimal("0.0061"), Decimal("0.0128")]
    # traps: counts of price tiers, and sizes trailing a longer name, are no sizes of their own
    terms = chat((B, "deck screws 4.5x50, price for 200k and 500k?"), (S, "200k: USD 0.029/pc\n500k: USD 0.027/pc"),
                 (B, "we take 200k at 0.029"), (S, "ok"))
    assert prices(terms) == [Decimal("0.029")]
    terms = chat((B, "need rgb strip and driver"), (S, "strip 5050 60leds IP65: USD 3.20/roll\ndriver 12V 100W: USD 6.80/pc"),
                 (B, "qty strip 1000 rolls, driver 200pcs"), (S, "ok"))
    assert prices(terms) == [Decimal("3.20"), Decimal("6.80")]
    assert quantities(terms) == [Decimal("1000"), Decimal("200")]


def test_slabs_are_counted_as_sheets_are():
    terms = chat((B, "we need 60 slabs of Nero Marquina marble 20mm, FOB Xiamen"), (S, "USD 96/slab"), (B, "ok"))
    assert quantities(terms) == [Decimal("60")]
    assert prices(terms) == [Decimal("96")]
    # trap: a slab's thickness is no count
    terms = chat((B, "Nero Marquina slabs 20mm thick, price?"), (S, "USD 96/slab"), (B, "ok"))
    assert quantities(terms) == [None]


def test_a_model_code_and_a_pack_weight_are_no_counts():
    terms = chat((B, "G654芝麻黑路沿石，1000*150*300，要800块，FOB厦门"), (S, "G654路沿石 FOB厦门 每块美金11.50"), (B, "可以"))
    assert quantities(terms) == [Decimal("800")]
    terms = chat((B, "whey isolate 2kg tub, chocolate, 1500 tubs please"), (S, "USD 21.40/tub FOB Qingdao"), (B, "ok"))
    assert quantities(terms) == [Decimal("1500")]
    # traps: a count glued to no code stands, and so does a weight ordered
    terms = chat((B, "台阶石要600块，FOB厦门"), (S, "每块美金9.80"), (B, "可以"))
    assert quantities(terms) == [Decimal("600")]
    terms = chat((B, "wheat flour 25 tons in 25kg bags, CFR Aden"), (S, "USD 410/ton"), (B, "ok"))
    assert quantities(terms) == [Decimal("25")]


def test_cartons_and_their_weight_told_to_the_forwarder_are_the_packing_not_the_order():
    terms = chat((B, "不锈钢自攻螺丝 ST3.5x13，30万个，0.009美金 FOB深圳"), (S, "确认 30万个 0.009美金/个"),
                 (B, "我拉货代进群"), (Role.OTHER, "我是货代小李，拼箱到巴生港，麻烦发一下箱数和毛重"),
                 (S, "大概60箱，每箱18公斤"), (B, "👍"))
    assert quantities(terms) == [Decimal("300000")]
    # trap: cartons ordered, with what each holds, are the order
    terms = chat((B, "芒果罐头要两千箱，每箱24罐"), (S, "每箱美金19.50"), (B, "可以"))
    assert quantities(terms) == [Decimal("2000")]


def test_a_sum_after_an_equals_sign_and_a_price_per_crate_are_no_unit_prices():
    terms = chat((B, "flap discs 8000pcs?"), (S, "USD 0.21/pc"), (B, "ok 8000pcs at 0.21"),
                 (S, "ok, 8000pcs x 0.21 = USD 1680, full payment before production"), (B, "fine"))
    assert prices(terms) == [Decimal("0.21")]
    terms = chat((B, "beeswax tealights 40k pcs, price?"), (S, "USD 9.50 per 1000pcs, 40k = USD 380"), (B, "ok deal"))
    assert prices(terms) == [None]
    terms = chat((B, "culture stone panels 600x150mm, 3600 pcs"),
                 (S, "packed 24 pcs per crate, USD 74 per crate FOB Tianjin"), (B, "74 per crate ok"))
    assert prices(terms) == [None]
    assert quantities(terms) == [Decimal("3600")]
    # traps: the price of one said with an equals sign stands, and so does a price per piece
    terms = chat((B, "flap discs 8000pcs?"), (S, "1 pc = USD 0.21"), (B, "ok"))
    assert prices(terms) == [Decimal("0.21")]
    terms = chat((B, "culture stone panels 3600 pcs"), (S, "packed 24 pcs per crate, USD 3.10/pc"), (B, "ok"))
    assert prices(terms) == [Decimal("3.10")]


def test_a_yes_for_the_payment_or_the_rule_takes_up_no_price():
    terms = chat((B, "we need turnkey PCBA for our controller board, qty 3000 sets, pls quote"),
                 (S, "USD 7.60/set FOB Shenzhen"), (B, "too high, target is 6.90"),
                 (S, "7.20 is final, sorry"), (B, "payment?"), (S, "30% deposit, 70% before shipment, TT"),
                 (B, "ok for payment, FOB Shenzhen also ok"), (B, "for the price 7.00 is our max"))
    assert prices(terms) == [None]
    assert shares(terms) == [Decimal("30"), Decimal("70")]
    # trap: a yes for all that is on the table takes the price up
    terms = chat((B, "we need turnkey PCBA for our controller board, qty 3000 sets, pls quote"),
                 (S, "USD 7.60/set FOB Shenzhen"), (B, "too high, target is 6.90"),
                 (S, "7.20 is final, sorry"), (B, "payment?"), (S, "30% deposit, 70% before shipment, TT"),
                 (B, "ok fine"))
    assert prices(terms) == [Decimal("7.20")]


def test_what_a_pack_holds_and_how_many_lengths_are_listed_are_no_counts():
    terms = chat((B, "鱼油软胶囊，两个规格：90粒装2000瓶，180粒装1000瓶，FOB青岛"),
                 (S, "90粒装 3.1美金/瓶，180粒装 5.6美金/瓶"), (B, "可以"))
    assert quantities(terms) == [Decimal("2000"), Decimal("1000")]
    assert prices(terms) == [Decimal("3.1"), Decimal("5.6")]
    terms = chat((B, "USB-C cable assembly, black, in 2 lengths:\n300mm x 5000pcs\n1000mm x 2000pcs"),
                 (S, "300mm USD 0.62/pc\n1000mm USD 0.88/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("5000"), Decimal("2000")]
    assert prices(terms) == [Decimal("0.62"), Decimal("0.88")]
    # trap: lengths ordered are the order
    terms = chat((B, "we need 400 lengths of 6m steel pipe"), (S, "USD 18.50 per length"), (B, "ok"))
    assert quantities(terms) == [Decimal("400")]


def test_btl_counts_bottles():
    terms = chat((B, "need 2 items: elderberry gummies 60ct - 5000 btl, biotin gummies 60ct - 3000 btl. CFR Karachi?"),
                 (S, "elderberry gummies USD 1.55/btl, biotin gummies USD 1.65/btl"), (B, "ok"))
    assert quantities(terms) == [Decimal("5000"), Decimal("3000")]
    assert prices(terms) == [Decimal("1.55"), Decimal("1.65")]


def test_talk_of_the_container_and_the_boss_names_no_goods():
    terms = chat((B, "we need brake master cylinders for MF 240 tractors, qty around 3000 pcs"),
                 (S, "CIF Mombasa 3000 pcs USD 12.40/pc"), (B, "then 3600 pcs fills the 40HQ better?"),
                 (S, "yes 3600 pcs nearly full 40HQ. for 3600 pcs USD 12.10/pc"), (B, "3600 pcs but at 11.90?"),
                 (S, "boss agree USD 11.90/pc for 3600 pcs, CIF Mombasa"), (B, "good"))
    assert quantities(terms) == [Decimal("3600")]
    assert prices(terms) == [Decimal("11.90")]
    # trap: goods that are filled keep their name
    terms = chat((B, "we need 2000 pcs glycerine filled pressure gauge 63mm"), (S, "USD 3.05/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]
    assert prices(terms) == [Decimal("3.05")]


def test_a_count_after_a_question_for_samples_is_the_samples():
    terms = chat((B, "stainless hose clamps 12mm, we need 300,000pcs, EXW price?"), (S, "EXW Ningbo USD 0.031/pc"),
                 (B, "can you send samples first? 100pcs"), (S, "sure"), (B, "samples ok, let's go with 300k"))
    assert quantities(terms) == [Decimal("300000")]
    # trap: a count after a question of price is the order
    terms = chat((B, "stainless hose clamps 12mm, price? 300,000pcs"), (S, "EXW Ningbo USD 0.031/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("300000")]


def test_a_figure_right_before_a_price_is_the_goods_size_not_its_count():
    terms = chat((B, "这次订两样：\n1. 冲击钻 13mm 710W 双速 1200台\n2. 电镐 95型 1700W 400台\n都是出厂价吗"),
                 (S, "出厂价：\n冲击钻13 ¥98/台\n电镐95 ¥560/台"), (B, "行"))
    assert quantities(terms) == [Decimal("1200"), Decimal("400")]
    assert prices(terms) == [Decimal("98"), Decimal("560")]
    # trap: a figure far from any price, after the goods, is their count
    terms = chat((S, "hotel safe HS-30 USD 38/pc, luggage rack LR-2 USD 22/pc"), (B, "HS-30 180, LR-2 200"), (S, "ok"))
    assert quantities(terms) == [Decimal("180"), Decimal("200")]


def test_the_weight_and_cartons_of_the_count_ordered_are_no_counts():
    terms = chat((B, "self drilling screws 4.2x19, 1,500,000 pcs. price?"), (S, "USD 4.10 per 1000pcs FOB Tianjin"),
                 (B, "ok. all in one 20GP?"), (S, "yes, 1.5M pcs is about 2.6 tons, 75 ctns, one 20GP no problem"))
    assert quantities(terms) == [Decimal("1500000")]
    terms = chat((B, "彩钢瓦螺丝 5.5x32，要150万个，CFR达累斯萨拉姆"), (S, "0.019美金/个"), (B, "好的"),
                 (S, "150万个大概9吨，一个20GP"))
    assert quantities(terms) == [Decimal("1500000")]
    # trap: tons ordered are the order
    terms = chat((B, "螺纹钢 HRB400 12mm，要60吨，CFR蒙巴萨"), (S, "每吨620美金"), (B, "好的"))
    assert quantities(terms) == [Decimal("60")]


def test_days_after_the_deposit_arrives_are_the_lead_time():
    terms = chat((B, "尼龙锁紧螺母 M12，15万个，FOB宁波"), (S, "0.016美金/个"), (B, "可以。交期呢"),
                 (S, "定金到账后18天"), (B, "好"))
    assert lead(terms) == (18, 18)
    # trap: the days the money takes to arrive are no lead time
    terms = chat((B, "尼龙锁紧螺母 M12，15万个，FOB宁波"), (S, "0.016美金/个"), (B, "定金电汇过去要几天到账？"),
                 (S, "一般2天到账"))
    assert lead(terms) == (None, None)


def test_days_opening_the_answer_to_a_lead_time_question_are_the_lead_time_beside_the_voyage():
    terms = chat((B, "胶原蛋白软糖 5000瓶，CFR仁川"), (S, "2.6美金/瓶"), (B, "好的，交期呢？"),
                 (S, "18-22天，青岛到仁川船程很短，2天左右"))
    assert lead(terms) == (18, 22)
    terms = chat((B, "軟板 FPC 3000片，CIF基隆"), (S, "每片USD 1.20"), (B, "好。交期多久？"), (S, "12天，海運到基隆約3天"))
    assert lead(terms) == (12, 12)
    terms = chat((B, "whey 2kg tubs 1500 tubs"), (S, "USD 21.40/tub FOB Qingdao"), (B, "👍 交期多久?"), (S, "20-25天, 海运 by sea"))
    assert lead(terms) == (20, 25)
    # traps: days asked of the voyage are no lead time, nor are days in one clause with the sea
    terms = chat((B, "whey 2kg tubs 1500 tubs"), (S, "USD 21.40/tub FOB Qingdao"), (B, "transit time?"), (S, "30 days, by sea"))
    assert lead(terms) == (None, None)
    terms = chat((B, "whey 2kg tubs 1500 tubs"), (S, "USD 21.40/tub FOB Qingdao"), (B, "交期多久?"), (S, "海运20天"))
    assert lead(terms) == (None, None)


def test_the_whole_sum_paid_first_said_in_traditional_chinese_or_through_the_escrow():
    for said in ("付款要全數出貨前付清，銀行電匯", "PayPal可以，全數付款後安排生產", "全額匯款到我們台灣的帳戶，現貨付款後3天出貨"):
        terms = chat((B, "香薰蠟燭禮盒 300盒，每盒港幣58"), (S, "好的"), (S, said))
        assert shares(terms)[:1] == [Decimal("100")], said
    terms = chat((B, "calacatta viola slabs 20 slabs EXW"), (S, "USD 260/slab"), (B, "ok, trade assurance?"),
                 (S, "sure, 信保订单 ok, you pay 100% to Alibaba"))
    assert shares(terms)[:1] == [Decimal("100")]
    # trap: the whole sum paid on arrival is no payment first
    terms = chat((B, "香薰蠟燭禮盒 300盒，每盒港幣58"), (S, "好的"), (S, "全額匯款收貨後付"))
    assert shares(terms)[:1] != [Decimal("100")]


def test_a_courier_named_with_its_service_or_in_chinese_prices_the_parcel_not_the_goods():
    terms = chat((B, "need 40pcs proto PCB 4 layer, can u ship FedEx to Denver?"),
                 (S, "yes. USD 5.20/pc, 40pcs = USD 208, FedEx IP to Denver USD 48. PayPal ok"), (B, "cool, paying now"))
    assert prices(terms) == [Decimal("5.20")]
    terms = chat((B, "六层板，这次小批量40片，含DHL到利雅得，总共多少钱？"),
                 (S, "单价USD 2.10，40片是84美金，DHL到利雅得42美金，一共126美金"), (B, "好，西联汇款"))
    assert prices(terms) == [Decimal("2.10")]
    # trap: a price with its courier named for the goods' delivery stands
    terms = chat((B, "500 pcs phone stands, DDP Austin by UPS?"), (S, "USD 2.35/pc DDP Austin by UPS"), (B, "ok"))
    assert prices(terms) == [Decimal("2.35")]


def test_a_question_of_the_next_order_is_no_term_of_this_one():
    terms = chat((B, "soy wax flakes 1500kg"), (S, "FOB Ningbo USD 3.85/kg"), (B, "ok 3.85 confirmed"),
                 (B, "btw what about 5 tons next order, price?"), (S, "5 tons can be 3.60"), (B, "good to know"))
    assert prices(terms) == [Decimal("3.85")]
    assert quantities(terms) == [Decimal("1500")]
    # trap: a change of this order's count stands
    terms = chat((B, "soy wax flakes 1500kg"), (S, "FOB Ningbo USD 3.85/kg"), (B, "ok, make it 2000kg"), (S, "ok"))
    assert quantities(terms) == [Decimal("2000")]


def test_a_yes_answering_a_question_of_payment_takes_up_no_price_left_open():
    terms = chat((B, "花岗岩台面 80张，到岸价墨尔本多少"), (S, "到岸价墨尔本 每张150美金"), (B, "价格高了，最多135"),
                 (S, "最多给您142"), (B, "138吧，可以的话马上下单"), (S, "这个我要问下老板，明天回您"),
                 (B, "好，等你消息。付款还是三七吗"), (S, "对，30%定金，70%发货前付清，TT"), (B, "👌"))
    assert prices(terms) == [None]
    assert shares(terms) == [Decimal("30"), Decimal("70")]
    # traps: a yes to a question of the price, or a yes that closes the deal, takes the price up
    terms = chat((B, "花岗岩台面 80张，到岸价墨尔本多少"), (S, "到岸价墨尔本 每张150美金"), (B, "138可以吗？"), (S, "对，138可以"))
    assert prices(terms) == [Decimal("138")]
    terms = chat((B, "tents 800 pcs FOB Ningbo"), (S, "USD 19.20/pc"), (B, "30% deposit TT, rest against BL copy?"),
                 (S, "yes ok. I send PI now"))
    assert prices(terms) == [Decimal("19.20")]


def test_a_bare_figure_for_one_of_the_goods_counters_the_price():
    terms = chat((B, "G654路沿石，要600块，FOB厦门报价"), (S, "G654路沿石 FOB厦门 每块美金11.50"), (B, "11.50可以，下单"),
                 (S, "好的"), (S, "不好意思，报价算错了，11.50做不了，要12.40一块"))
    assert prices(terms) == [None]  # the seller withdrew the agreed price, no answer yet
    terms = chat((B, "G654路沿石，要600块，FOB厦门报价"), (S, "每块美金11.50"), (B, "11.00一块可以吗"), (S, "可以"))
    assert prices(terms) == [Decimal("11.00")]
    # trap: a figure a Chinese word counts is no price
    terms = chat((B, "G654路沿石，要600块，FOB厦门报价"), (S, "每块美金11.50"), (B, "好的"), (S, "12个工作日交货"))
    assert prices(terms) == [Decimal("11.50")]


def test_colours_named_in_traditional_chinese_are_parts_of_one_count():
    terms = chat((B, "矽膠隔熱墊：灰色1500片、墨綠1500片、淺藍1000片"), (S, "三色同價，每片NT$42"), (B, "可以"))
    assert quantities(terms) == [Decimal("4000")]
    assert prices(terms) == [Decimal("42")]
    # and a numeral right after a figure and a comma is a number of its own, no decimal
    terms = chat((B, "矽膠隔熱墊 三色：灰色1500片、墨綠1500片、奶茶色1000片"), (S, "每片NT$42，三色同價"), (B, "可以"))
    assert prices(terms) == [Decimal("42")]
