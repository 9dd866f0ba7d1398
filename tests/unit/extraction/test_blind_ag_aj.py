"""Prices, counts and names read from blind sets ag, ah and ai; each case with the trap that
keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities
from tradepact.domain.terms import TermStatus


def test_a_million_pieces_written_1m():
    terms = chat((B, "KN95 folding mask, white. 1M pcs. CIF Rotterdam price?"),
                 (S, "USD 0.065/pc CIF Rotterdam"), (B, "ok"))
    assert quantities(terms) == [Decimal("1000000")]
    # trap: rolls 5 metres long are no five million rolls
    terms = chat((B, "garden hose 5m rolls, 2000 rolls, price?"), (S, "USD 3.20/roll FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]


def test_the_packing_said_in_the_next_sentence_leaves_the_order():
    terms = chat((B, "3 ply face mask, earloop. 500,000 pcs. 50pcs/box"),
                 (S, "0.021 USD/pc FOB Xiamen"), (B, "ok"))
    assert quantities(terms) == [Decimal("500000")]
    # trap: the packing in the count's own sentence still makes it no order
    terms = chat((B, "face mask, packed 50 pcs per box"), (S, "0.021 USD/pc FOB Xiamen"), (B, "ok"))
    assert quantities(terms) == [None]


def test_cartons_ordered_with_what_one_holds_in_brackets():
    terms = chat((B, "vinyl gloves size L, 6000 cartons (10 boxes x 100pcs per ctn). same price?"),
                 (S, "yes USD 13.20/carton CIF Melbourne"), (B, "ok confirmed"))
    assert quantities(terms) == [Decimal("6000")]


def test_a_list_of_goods_a_line_each_with_its_count_after_a_dash():
    terms = chat((B, "need ur best prices:\nA. 5ml syringe with needle 22G - 100,000\n"
                     "B. IV cannula 22G with injection port - 20,000\nC. urine bag 2000ml with T-valve - 5,000"),
                 (S, "received, will quote"))
    assert quantities(terms) == [Decimal("100000"), Decimal("20000"), Decimal("5000")]
    assert [item.description for item in terms.line_items] == [
        "5ml syringe with needle 22G", "IV cannula 22G with injection port", "urine bag 2000ml with T-valve"]
    # trap: a list of terms, a line each, counts nothing
    terms = chat((S, "our terms:\nMOQ - 500\nlead time - 30\nport - 2024"), (B, "ok"))
    assert quantities(terms) == []


def test_the_word_for_lead_time_alone_asks_for_it():
    terms = chat((B, "交期"), (S, "20个工作日"))
    assert lead(terms) == (20, 20)
    # trap: a message that states the lead time asks nothing, so a later bare duration is no answer
    terms = chat((S, "交期30天"), (B, "好的"), (S, "样品7天"))
    assert lead(terms) == (30, 30)


def test_counts_said_respectively_go_to_the_goods_in_their_order():
    terms = chat((B, "报下这三款：ZK-15 15ml真空瓶 白色；RY-100 100ml乳液瓶 压泵；GS-50 50g膏霜瓶 磨砂。数量分别8000、10000、6000"),
                 (S, "ZK-15 0.52美金\nRY-100 0.31美金\nGS-50 0.46美金"), (B, "好的"))
    assert [(i.description, i.quantity) for i in terms.line_items] == [
        ("ZK-15", Decimal("8000")), ("RY-100", Decimal("10000")), ("GS-50", Decimal("6000"))]
    terms = chat((B, "pls quote ZK-15 vacuum bottle, RY-100 lotion bottle and GS-50 cream jar, "
                     "qty 8000, 10000 and 6000 pcs respectively"), (S, "ZK-15 0.52\nRY-100 0.31\nGS-50 0.46 USD"))
    assert quantities(terms) == [Decimal("8000"), Decimal("10000"), Decimal("6000")]
    # trap: three counts for two goods named leave whose count is whose unsaid
    terms = chat((B, "报下 ZK-15 真空瓶；RY-100 乳液瓶。数量分别8000、10000、6000"),
                 (S, "ZK-15 0.52美金\nRY-100 0.31美金"), (B, "好的"))
    assert quantities(terms) == [None, None]


def test_goods_listed_with_semicolons_each_named_before_its_count():
    terms = chat((B, "quote pls: magnetic car phone holder vent clip MH-02, 5000pcs; "
                     "15W wireless charging car mount WC-15, 2000pcs. FOB Shenzhen"),
                 (S, "FOB Shenzhen: MH-02 USD 0.95, WC-15 USD 6.70"), (B, "ok good"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("magnetic car phone holder vent clip MH-02", Decimal("5000"), Decimal("0.95")),
        ("15W wireless charging car mount WC-15", Decimal("2000"), Decimal("6.70"))]


def test_two_words_inside_a_longer_name_said_before_are_those_goods():
    terms = chat((B, "quote pls: magnetic car phone holder vent clip MH-02, 5000pcs; "
                     "15W wireless charging car mount WC-15, 2000pcs"),
                 (S, "CIF Felixstowe: phone holder USD 1.04, wireless mount USD 6.95"), (B, "ok"))
    assert [i.unit_price for i in terms.line_items] == [Decimal("1.04"), Decimal("6.95")]
    # trap: words that two goods named before both hold name neither
    terms = chat((B, "black phone holder clip, 5000pcs; white phone holder clip, 2000pcs"),
                 (S, "phone holder USD 1.04"), (B, "ok"))
    assert {(i.description, i.quantity, i.unit_price) for i in terms.line_items if i.quantity} == {
        ("black phone holder clip", Decimal("5000"), None), ("white phone holder clip", Decimal("2000"), None)}


def test_a_price_per_dozen_agreed_without_its_currency_is_no_price_of_one_piece():
    terms = chat((B, "need iridium spark plugs 6000pcs"), (S, "Iridium USD 14.40 per dozen"),
                 (B, "13.80/dozen?"), (S, "ok 13.80 per dozen for 6000pcs"))
    assert quantities(terms) == [Decimal("6000")] and prices(terms) == [None]
    assert "PRICE_UNIT_DIFFERS" in {f.code for f in terms.findings}
    # trap: a price per piece said without its currency is the unit price
    terms = chat((B, "need iridium spark plugs 6000pcs"), (S, "Iridium USD 1.20/pc"),
                 (B, "1.15/pc?"), (S, "ok 1.15 per piece for 6000pcs"))
    assert prices(terms) == [Decimal("1.15")]


def test_a_model_code_in_brackets_after_the_goods_size_and_spec_names_those_goods():
    terms = chat((B, "pls quote C&F Jeddah for: enameled cast iron casserole 24cm with lid, red (CI-24) and "
                     "cast iron skillet 26cm pre-seasoned (SK-26). 1200 sets casserole + 2400 pcs skillet"),
                 (S, "C&F Jeddah: CI-24 USD 16.75/set, SK-26 USD 6.40/pc"), (B, "ok confirmed"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("1200"), Decimal("16.75")), (Decimal("2400"), Decimal("6.40"))]


def test_a_count_of_each_size_said_after_the_goods_plural():
    terms = chat((B, "blackout curtain panels, navy. 2 sizes: 132x213cm and 132x244cm. qty 1500 panels each size"),
                 (S, "FOB Shanghai: 132x213 USD 4.65/panel, 132x244 USD 5.10/panel"), (B, "ok go ahead"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("1500"), Decimal("4.65")), (Decimal("1500"), Decimal("5.10"))]
    # trap: a count in one size's own words is that size's alone
    terms = chat((B, "blackout curtain panels 132x213cm, qty 1500 panels"), (S, "USD 4.65/panel FOB Shanghai"),
                 (B, "ok"))
    assert quantities(terms) == [Decimal("1500")]


def test_chinese_goods_with_a_look_after_a_space_and_fifteen_thousand_written_1wan5qian():
    terms = chat((B, "老板，要两款陶瓷碗：6寸面碗 釉下彩蓝边 3万个，8寸汤碗 同款花色 1万5千个，出厂价多少？"),
                 (S, "6寸4.2元一个，8寸6.8元一个"), (B, "6寸给4块，8寸6块5"), (S, "6寸4块1，8寸6块6，不能再低了"),
                 (B, "行"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("6寸面碗", Decimal("30000"), Decimal("4.1")), ("8寸汤碗", Decimal("15000"), Decimal("6.6"))]
    # trap: five thousand alone is five thousand
    terms = chat((B, "汤碗 5千个，出厂价多少？"), (S, "6.8元一个"), (B, "行"))
    assert quantities(terms) == [Decimal("5000")]


def test_paintings_counted_in_fu_and_a_counter_asked_nengbuneng():
    terms = chat((B, "装饰画 抽象油画 带框 两个尺寸：60x90 和 80x120，各要300幅，双清包税到悉尼，怎么报？"),
                 (S, "双清包税到悉尼：60x90 每幅98元，80x120 每幅145元，人民币"), (B, "80x120 能不能140"),
                 (S, "可以，140"), (B, "好"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("300"), Decimal("98")), (Decimal("300"), Decimal("140"))]
    # trap: a figure turned down is no counter-offer
    terms = chat((B, "装饰画 要300幅"), (S, "每幅145元 人民币"), (B, "140不能做吗"), (S, "不能，145"), (B, "好"))
    assert prices(terms) == [Decimal("145")]


def test_a_qty_list_naming_the_goods_before_each_count_or_in_two_words_after_it():
    terms = chat((B, "我们要下单: silicone spatula 硅胶铲 (SP-01), stainless whisk 打蛋器 10 inch"),
                 (S, "EXW Yangjiang 价格: 硅胶铲 RMB 6.5/pc, 打蛋器 RMB 4.8/pc"),
                 (B, "qty: spatula 5000, whisk 3000. ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("5000"), Decimal("6.5")), (Decimal("3000"), Decimal("4.8"))]
    terms = chat((B, "We take: aluminium 4-seater sofa set (AL-400) and the teak coffee table (CT-90)"),
                 (S, "FOB Ningbo: AL-400 sofa set USD 265/set, CT-90 table USD 58/pc"),
                 (B, "qty: 80 sofa sets, 60 tables. ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("80"), Decimal("265")), (Decimal("60"), Decimal("58"))]
    # trap: a list of terms after "qty" names no goods
    terms = chat((S, "USD 265/set FOB Ningbo"), (B, "qty: payment 30, lead 45. ok"))
    assert quantities(terms) == [None]


def test_a_longer_lead_time_the_seller_needs_after_the_yes_withdraws_the_agreed_one():
    terms = chat((B, "lead time?"), (S, "20 days"), (B, "ok confirmed, PO follows"),
                 (S, "Mark sorry, line is full with a big order from another customer, we need 35 days for yours"))
    assert lead(terms) == (None, None)
    terms = chat((S, "交期 25 天"), (B, "OK"), (S, "不好意思，剛剛工廠說空罐缺貨，交期 25 天做不到，要 35 天"))
    assert lead(terms) == (None, None)
    # trap: a delay reported after the yes keeps the agreed lead time
    terms = chat((B, "What is the production time?"), (S, "Production time is 30 days after deposit."),
                 (B, "OK, agreed."), (S, "Sorry, the order was delayed by 10 days because of the holiday, "
                                       "the goods will be ready in 2 weeks."))
    assert lead(terms) == (30, 30)
    # trap: a shorter lead time offered after the yes withdraws nothing
    terms = chat((B, "lead time?"), (S, "20 days"), (B, "ok"), (S, "sorry, good news, we can do 15 days"))
    assert lead(terms) != (None, None)


def test_a_price_quoted_in_answer_to_a_price_asked_for_a_rule_and_place_states_them():
    terms = chat((B, "玻璃威士忌杯 (GW-300)，要500打，FOB廈門每打多少？"), (S, "每打美金10.8"), (B, "好 10.8 每打"))
    assert (terms.incoterm.rule, terms.incoterm.named_place, terms.incoterm.status) == (
        "FOB", "廈門", TermStatus.AGREED)
    terms = chat((B, "FOB Xiamen price?"), (S, "USD 10.8/pc"), (B, "ok"))
    assert (terms.incoterm.rule, terms.incoterm.named_place) == ("FOB", "Xiamen")
    # trap: an answer that names another rule quotes that rule
    terms = chat((B, "FOB Xiamen price?"), (S, "sorry we only do EXW Xiamen, USD 10.8/pc"), (B, "ok"))
    assert terms.incoterm.rule == "EXW"
    # trap: a price said later, not in answer, leaves the question a question
    terms = chat((B, "FOB Xiamen price?"), (S, "let me check"), (S, "USD 10.8/pc"), (B, "ok"))
    assert terms.incoterm.rule is None


def test_a_named_place_written_with_latin_letters_beyond_ascii():
    for place in ("Małaszewicze", "Düsseldorf", "São Paulo", "Gdańsk"):
        terms = chat((S, f"USD 2.85/pc DAP {place} by rail"), (B, "ok"))
        assert (terms.incoterm.rule, terms.incoterm.named_place) == ("DAP", place)


def test_door_to_door_is_no_part_of_the_place():
    terms = chat((S, "双清包税到悉尼门到门：每幅98元"), (B, "好"))
    assert (terms.incoterm.rule, terms.incoterm.named_place) == ("DDP", "悉尼")


def test_a_truck_that_carries_the_goods_said_in_chinese_or_cantonese():
    for said in ("大約15日做好，貨車由中山直送葵涌倉", "大约10日做好，用货车过关送到你酒楼",
                 "到时候我们安排货车从安吉直接拉到上海仓库", "5g 每包HKD 0.26，DAP 葵涌，中港車送到你倉",
                 "我哋搵中港車上深圳廠提貨", "Delivered to your Kwai Chung warehouse by our cross-border truck"):
        terms = chat((S, said), (B, "ok"))
        assert terms.logistics.mode == "ROAD", said
    # trap: a truck driver's visit carries no goods
    terms = chat((S, "明天我开车去你们工厂看货"), (B, "好"))
    assert terms.logistics.mode == "UNSPECIFIED"


def test_bare_counters_after_a_comma_before_a_chinese_particle_and_not_the_days_on_the_table():
    terms = chat((S, "TK-120 CIF基隆 每張美金152元"), (B, "可以算150嗎？"), (S, "好的，150"), (B, "謝謝"))
    assert prices(terms) == [Decimal("150")]
    terms = chat((S, "HP-88 CIF 香港 每個港幣 42 元"), (B, "40 蚊得唔得？"), (S, "41 係最好價啦"), (B, "好，41"))
    assert prices(terms) == [Decimal("41")]
    terms = chat((B, "rattan armchair RA-77, 250 pcs, FOB Shanghai price?"), (S, "USD 46 FOB Shanghai"),
                 (B, "meet me at 43?"), (S, "ok 43, final"), (B, "deal"), (S, "Lead time 45 days after deposit"),
                 (B, "can you make 40?"), (S, "Sorry 45 days minimum"), (B, "ok 45 then"))
    assert prices(terms) == [Decimal("43")] and lead(terms) == (45, 45)
    # trap: asking for better after the yes leaves the agreed price
    terms = chat((B, "除垢劑500ml 要5000瓶"), (S, "一瓶NT$52"), (B, "可以算48嗎？"), (S, "好，NT$48"), (B, "OK"),
                 (B, "老闆問說還可以算45嗎？"))
    assert prices(terms) == [Decimal("48")]
    # trap: a count in Chinese after the figure is no price
    terms = chat((S, "每個港幣 42 元"), (B, "40个得唔得？"))
    assert prices(terms) == [Decimal("42")]


def test_a_counter_put_off_is_taken_up_by_no_later_ok_to_another_term():
    terms = chat((B, "rear shock absorber OEM 56210-EB70A, 800pcs, CFR Callao"), (S, "CFR Callao USD 16.80/pc"),
                 (B, "price high. 15.50 possible?"), (S, "15.50 no way, 16.20 ok?"), (B, "15.80 and we confirm today"),
                 (S, "let me check with boss tomorrow"), (B, "ok. payment we do 30% deposit, 70% against BL copy"),
                 (S, "ok no problem"))
    assert prices(terms) == [None]
    terms = chat((B, "真皮沙发 L-890，50套，报个价？"), (S, "L-890 FOB深圳 每套420美金"), (B, "380，可以的话今天就付定金"),
                 (S, "这个价我要问一下老板，明天回复您"), (B, "好，付款方式还是三七开吧？"), (S, "对，30%定金，70%发货前"))
    assert prices(terms) == [None]
    # trap: the counter answered later is agreed
    terms = chat((S, "L-890 FOB深圳 每套420美金"), (B, "380可以吗"), (S, "这个价我要问一下老板"), (S, "老板说380可以"),
                 (B, "好"))
    assert prices(terms) == [Decimal("380")]


def test_tonnes_priced_per_kilogram_are_counted_in_kilograms():
    terms = chat((S, "drywall screw USD 1.15/kg, CIF Chittagong"), (B, "drywall screw 5 吨"), (S, "ok"))
    item = terms.line_items[0]
    assert (item.quantity, item.unit, item.unit_price, item.total) == (
        Decimal("5000"), "kg", Decimal("1.15"), Decimal("5750.00"))
    terms = chat((S, "散装卸妆棉 每公斤28元"), (B, "要3吨，到岸价釜山多少"), (S, "3吨的话到岸价釜山每公斤31元"),
                 (B, "30块吧"), (S, "行，30"))
    assert quantities(terms) == [Decimal("3000")] and prices(terms) == [Decimal("30")]
    # trap: tonnes priced per tonne stay tonnes
    terms = chat((S, "HDPE granules USD 1135/ton CIF Apapa"), (B, "we take 25 tons"), (S, "ok"))
    assert (terms.line_items[0].quantity, terms.line_items[0].unit) == (Decimal("25"), "MT")


def test_a_model_code_and_a_space_before_a_long_chinese_name():
    terms = chat((B, "您好，想詢價：HK1612 滾針軸承 20000個，30205 圓錐滾子軸承 5000個"),
                 (S, "HK1612 USD 0.18/個，30205 USD 1.05/個，FOB 廈門"), (B, "好的"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("20000"), Decimal("0.18")), (Decimal("5000"), Decimal("1.05"))]
    # trap: a size before the Chinese words is no model code of the goods
    terms = chat((B, "膨胀螺丝 M8x80 要20万个"), (S, "M8x80 镀锌膨胀螺丝 0.045美金/个，FOB天津"), (B, "好"))
    assert quantities(terms) == [Decimal("200000")] and prices(terms) == [Decimal("0.045")]


def test_a_numbered_list_each_line_counted_after_a_dash():
    terms = chat((B, "1) 9pc ball end hex key set 1.5-10mm CrV - 6000 sets\n2) 6pc screwdriver set, 3 slot 3 PH - 5000 sets\n"
                     "3) 8\" combination pliers - 4000pcs\n4) 5m x 19mm tape measure - 8000pcs"),
                 (S, "FOB Ningbo:\nhex key set 9pc: $1.35/set\nscrewdriver set 6pc: $2.10/set\n8\" pliers: $1.62/pc\n"
                     "tape measure 5m: $0.95/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("6000"), Decimal("5000"), Decimal("4000"), Decimal("8000")]
    assert [i.description for i in terms.line_items] == [
        "9pc ball end hex key set 1.5-10mm CrV", "6pc screwdriver set, 3 slot 3 PH", "8\" combination pliers",
        "5m x 19mm tape measure"]
    assert prices(terms)[3] == Decimal("0.95")


def test_counts_changed_after_a_code_and_a_far_whole_figure_is_no_price():
    terms = chat((B, "we want:\nmetal hanging bird feeder BF-3 (green) – 1000 pcs\nsquirrel-proof tube feeder SQ-8 – 500 pcs"),
                 (S, "BF-3 USD 4.20/pc\nSQ-8 USD 6.60/pc"), (B, "small change: BF-3 make it 1500, SQ-8 reduce to 400"),
                 (S, "ok"))
    assert quantities(terms) == [Decimal("1500"), Decimal("400")]
    assert prices(terms) == [Decimal("4.20"), Decimal("6.60")]
    # trap: a figure near the price is a counter-offer
    terms = chat((S, "BF-3 USD 42/pc"), (B, "BF-3 make it 40"), (S, "ok"))
    assert prices(terms) == [Decimal("40")]
    # trap: the fixed deposit agreed is no price
    terms = chat((B, "slip-on exhaust EX-51C, 350pcs. price EXW?"), (S, "EXW Guangzhou USD 23/pc"),
                 (B, "ok. can i pay USD 2000 deposit and rest before shipping"),
                 (S, "2000 too small bro, make it 2500 usd deposit and rest before ship"), (B, "ok 2500"))
    assert prices(terms) == [Decimal("23")]


def test_a_count_of_each_of_the_codes_listed_before_it():
    terms = chat((B, "quote HRC55 4 flute carbide end mills, D6x50, D8x60, D10x75, 500 each"),
                 (S, "EXW Dongguan:\n4F carbide end mill D6x50 – USD 1.85\n4F carbide end mill D8x60 – USD 2.40\n"
                     "4F carbide end mill D10x75 – USD 3.60"), (B, "ok prices accepted"))
    assert quantities(terms) == [Decimal("500")] * 3
    assert prices(terms) == [Decimal("1.85"), Decimal("2.40"), Decimal("3.60")]
    # trap: designs of goods named before, each counted in Chinese, are no goods of their own
    terms = chat((S, "PVC墙纸 2.6美金/卷"), (B, "编号 W-1023 和 W-1027 各四百卷"), (S, "好的"))
    assert quantities(terms) == [None]


def test_goods_of_one_kind_told_apart_by_the_size_each_line_opens_with():
    terms = chat((B, "final check before PO:\n- 250ml glass jar with bamboo lid 20,000pcs\n"
                     "- 500ml glass jar with bamboo lid 15,000pcs"),
                 (S, "prices FOB Shanghai: 250ml $0.32, 500ml $0.41"), (B, "can you do 0.39 for the 500ml?"),
                 (S, "ok 0.39 accepted for 500ml"), (B, "ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("20000"), Decimal("0.32")), (Decimal("15000"), Decimal("0.39"))]
    # trap: one goods named twice with its one size is one goods
    terms = chat((B, "250ml glass jar with bamboo lid 20,000pcs"), (S, "250ml glass jar $0.32"), (B, "ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal("20000"), Decimal("0.32"))]


def test_sizes_listed_then_a_count_of_each():
    terms = chat((B, "ball bearing drawer slides 45mm width, 350mm / 400mm / 500mm, each 4000 pairs"),
                 (S, "350mm USD 1.62, 400mm USD 1.78, 500mm USD 2.15 per pair FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [Decimal("4000")] * 3
    assert prices(terms) == [Decimal("1.62"), Decimal("1.78"), Decimal("2.15")]
    # trap: a count for each carton is no count of goods
    terms = chat((B, "drawer slides 350mm, 2000 pairs, packed 20 cartons, each 100 pairs"),
                 (S, "USD 1.62 per pair FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]


def test_the_days_of_a_payment_term_leave_a_counter_in_their_sentence_a_counter():
    terms = chat((B, "- main control board MCB-220: 1500 pcs\n- LCD display board DSP-03: 1500 pcs"),
                 (S, "MCB-220 USD 8.40\nDSP-03 USD 3.15"), (B, "ok"),
                 (S, "LC 60 days ok but need add 1% interest, so MCB 8.33, DSP 3.18"), (B, "ok accepted"))
    assert prices(terms) == [Decimal("8.33"), Decimal("3.18")]
    # trap: the count of past orders is no price
    terms = chat((B, "resistance bands set, 8000 sets"), (S, "price same USD 2.15/set CNF Jebel Ali"),
                 (B, "ok. and payment D/A 60 days like last 2 orders"), (S, "yes D/A 60 days ok"))
    assert prices(terms) == [Decimal("2.15")]
    # trap: days of lead time in the sentence still make a figure no price
    terms = chat((S, "USD 2.15/set CNF Jebel Ali"), (B, "45 days is too long, 30?"))
    assert prices(terms) == [Decimal("2.15")]


def test_a_size_then_a_code_in_brackets_in_a_mixed_message():
    terms = chat((B, "for the Melbourne project: marble top dining table 1.8m (MT-180) 30 pcs 和 配套餐椅 velvet chair "
                     "green (VC-06) 180 pcs"), (S, "您好, CIF Melbourne: MT-180 USD 310/pc, VC-06 USD 45/pc"),
                 (B, "chair 43 ok?"), (S, "可以 43"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("30"), Decimal("310")), (Decimal("180"), Decimal("43"))]


def test_spoken_thousands_and_pieces_restated_as_cartons():
    terms = chat((B, "要下单：不锈钢汤锅 (ST-24)，不锈钢炒锅 (WK-32)"), (S, "FOB宁波：汤锅6.8美金，炒锅8.2美金"),
                 (B, "汤锅2千个，炒锅1千5"), (S, "好的"))
    assert quantities(terms) == [Decimal("2000"), Decimal("1500")]
    terms = chat((B, "16pc stoneware dinner set SW-16G. Qty 800 sets."),
                 (S, "800 sets is 200 cartons (4 sets/ctn). CIF Felixstowe price USD 14.20/set"), (B, "ok"))
    assert quantities(terms) == [Decimal("800")]
    # trap: fifteen hundred yuan is money, no count
    terms = chat((S, "样品费1千5块钱"), (B, "好"))
    assert quantities(terms) == []


def test_lamps_counted_in_zhan():
    terms = chat((B, "想訂：水晶吊燈 (CL-808)、床頭壁燈 (WL-15)"), (S, "DAP香港價：吊燈 每盞HK$680，壁燈 HK$95"),
                 (B, "吊燈40盞，壁燈200盞"), (S, "OK"))
    assert quantities(terms) == [Decimal("40"), Decimal("200")]
    terms = chat((B, "吊灯40盏"), (S, "每盏680元"), (B, "好"))
    assert quantities(terms) == [Decimal("40")] and prices(terms) == [Decimal("680")]


def test_boats_and_medals_counted_in_sou_and_mei_after_a_name_and_a_space():
    terms = chat((B, "充气皮划艇 要300艘，奖牌 5000枚"), (S, "皮划艇每艘88美金，奖牌每枚1.2美金"), (B, "好"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("充气皮划艇", Decimal("300"), Decimal("88")), ("奖牌", Decimal("5000"), Decimal("1.2"))]
    # trap: a size before the verb names no goods of its own
    terms = chat((B, "commercial induction cooker 3.5kW countertop 和 8kW 大炒炉 induction wok, 报 EXW 价"),
                 (S, "3.5kW 台式 RMB 680/台, 8kW 单头小炒炉 RMB 3,250/台, 出厂价 顺德"), (S, "OK USD: 3.5kW USD 96, 8kW USD 458"),
                 (B, "3.5kW 要 40 台, 8kW 要 12 台. 8kW 450 can?"), (S, "ok 450 la"))
    assert "3.5kW" not in [i.description for i in terms.line_items]


def test_letter_sizes_counted_after_a_word_for_size_and_one_price_for_every_size():
    terms = chat((B, "nitrile gloves 4g 黑色 black, 尺码 S 2000箱, M 5000箱, L 3000箱. 每箱10盒"),
                 (S, "黑色丁腈 4g all sizes same price USD 22.5/箱 FOB Shanghai"), (B, "22 ok?"), (S, "ok 22"),
                 (B, "deal"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal("2000"), Decimal("22")), (Decimal("5000"), Decimal("22")), (Decimal("3000"), Decimal("22"))]
    # trap: one goods' colours at one price say nothing of other goods' price
    terms = chat((B, "多口袋工作長褲（卡其、黑色）跟工作短褲。長褲卡其600條、黑色600條，短褲800條"),
                 (S, "多口袋工作長褲兩個顏色同價 USD 6.8/條，工作短褲 USD 4.5/條，FOB廈門"), (B, "好"))
    assert Decimal("4.5") in prices(terms)


def test_a_count_in_colours_is_one_line_when_the_chat_says_they_are_one_price():
    terms = chat((B, "前挡遮阳伞 car windshield sunshade umbrella, 140x79cm, 颜色 silver 800个, black 700个, same price?"),
                 (S, "yes 同价. FOB Ningbo USD 2.35/pc"), (B, "2.2?"), (S, "2.3 ok, 伞骨是10根的"), (B, "ok deal 2.3"))
    assert quantities(terms) == [Decimal("1500")] and prices(terms) == [Decimal("2.3")]
    terms = chat((B, "linen cushion cover 45x45 (CC-45L). 颜色: 米白 900 pcs, 灰色 600 pcs, 墨绿 500 pcs"),
                 (S, "同一个价格 all colours, FOB Shanghai USD 1.95/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]
    # trap: colours priced apart are no one line, and their counts are not added up
    terms = chat((B, "cordless drill CD-20B: 600pcs yellow housing and 400pcs blue housing"),
                 (S, "yellow USD 24.80/set, blue USD 25.50/set"), (B, "ok"))
    assert Decimal("1000") not in quantities(terms)


def test_a_length_the_goods_come_with_is_no_order_of_metres():
    terms = chat((B, "wall-mounted hose reel HR-30 with 30m hose, please offer CNF Rotterdam"),
                 (S, "1x40HQ loads 1680 units of HR-30. EUR 21.40/unit CNF Rotterdam"), (B, "confirmed. 1680 units"))
    assert quantities(terms) == [Decimal("1680")]
    # trap: metres ordered are an order
    terms = chat((B, "garden hose, we need 3000m"), (S, "USD 0.35/m"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]


def test_the_pieces_of_a_set_named_with_its_drive_size_are_no_order():
    terms = chat((B, 'hi do u have 24pc 1/2" drive socket set, CrV, blow mold case?'), (S, "Yes, USD 9.50/set FOB Ningbo"),
                 (B, "ok"))
    assert quantities(terms) == [None]
    # trap: sets counted beside the pieces they hold: the sets are the order
    terms = chat((B, '24pc 1/2" drive socket set - 600 sets'), (S, "USD 9.50/set FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [Decimal("600")]


def test_one_price_for_every_size_said_in_chinese_and_countered_with_its_currency():
    terms = chat((B, "軟骨雨刷 16吋、18吋、22吋、24吋 各要300支，港幣報價？"), (S, "全部尺寸一樣價，每支HK$12"),
                 (B, "HK$11得唔得？"), (S, "HK$11.5啦，運費我哋包"), (B, "好，11.5"))
    assert prices(terms) == [Decimal("11.5")] * 4


def test_a_count_in_a_unit_only_one_goods_is_counted_in():
    terms = chat((B, "interested in your washi tape sets (pastel 10-roll set) and the 3x3 inch sticky notes"),
                 (S, "Washi tape pastel set 10 rolls: USD 1.05/set. Sticky notes 100 sheets/pad: USD 0.38/pad. EXW Yiwu"),
                 (B, "We'd need 600 sets of washi and 2000 pads of sticky notes."), (S, "Ok no problem."),
                 (B, "can we go 3000 pads? better price?"), (S, "3000 pads can do 0.35"),
                 (B, "great, then 600 sets washi at 1.05 and 3000 pads at 0.35"), (S, "Confirmed"))
    assert quantities(terms) == [Decimal("600"), Decimal("3000")]
    # trap: a spool's weight is no order
    terms = chat((B, "ER70S-6 MIG wire, 1200 pcs. CNF Karachi rate?"),
                 (S, "ER70S-6 1.2mm 15kg/盘, CNF Karachi USD 14.90/spool"), (B, "ok"))
    assert quantities(terms) == [Decimal("1200")]


def test_square_metres_written_m2():
    terms = chat((B, "HDPE geomembrane smooth, 1.0mm 20,000 m2 and 1.5mm 8,000 m2. DDP Nairobi?"),
                 (S, "DDP Nairobi:\n1.0mm HDPE geomembrane – USD 1.72/m2\n1.5mm HDPE geomembrane – USD 2.45/m2"), (B, "ok"))
    assert [(i.quantity, i.unit, i.unit_price) for i in terms.line_items] == [
        (Decimal("20000"), "sqm", Decimal("1.72")), (Decimal("8000"), "sqm", Decimal("2.45"))]
    # trap: an M2 screw is no area
    terms = chat((B, "M2 screws 5000 pcs"), (S, "USD 0.01/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("5000")]


def test_a_numbered_chinese_list_whose_name_and_count_a_comma_parts():
    terms = chat((B, "您好，询价三款园林工具，FOB宁波：\n1. 修枝剪 SK-8，8000把\n2. 伸缩高枝剪 TL-3，1500把\n3. 嫁接刀 GK-1，3000把"),
                 (S, "报价如下（FOB宁波，美金）：\n修枝剪SK-8  2.25/把\n高枝剪TL-3  10.20/把\n嫁接刀GK-1  1.05/把"), (B, "可以"))
    assert quantities(terms) == [Decimal("8000"), Decimal("1500"), Decimal("3000")]
    assert prices(terms) == [Decimal("2.25"), Decimal("10.20"), Decimal("1.05")]


def test_adding_interest_names_no_goods():
    terms = chat((B, "Gypsum board 1220x2440x12mm, paper faced. need CNF Manila price"),
                 (S, "12mm standard USD 2.35/sheet C&F Manila"), (B, "we need 3150 sheets. payment LC 90 days"),
                 (S, "LC 90 days we need add 3% interest. USD 2.42"), (B, "ok 2.42 with LC 90 days"))
    assert prices(terms) == [Decimal("2.42")]


def test_a_forty_foot_container_written_in_chinese_numerals_grounds_the_sea():
    # (chat asserts that every value is grounded: the mode was dropped as unsupported by "四十尺")
    terms = chat((B, "多少钱一个"), (S, "USD 3.20/个 FOB宁波"), (B, "我们装一个四十尺的货柜"), (S, "没问题"))
    assert terms.logistics.mode == "SEA_FCL"
