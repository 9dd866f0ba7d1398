"""Prices, counts and terms read from blind sets ea to ef; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, prices, quantities, shares
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import TermStatus
from tradepact.domain.transcript import Message, Transcript


def test_a_courier_to_a_place_in_latin_letters_costs_the_parcel():
    terms = chat((B, "hi, wall door stops, two thousand pieces"), (S, "两个颜色同价 CAD 0.95/pc. 寄 UPS express 可以吗?"),
                 (B, "shipping cost?"), (S, "UPS 到 Vancouver CAD 160, 路上 5-7 days"), (B, "deal"))
    assert (prices(terms), terms.currency.code) == ([Decimal("0.95")], "CAD")
    # trap: a price per piece delivered by the courier is the goods' price
    terms = chat((B, "door stops, 2000 pcs"), (S, "CAD 0.95/pc"), (S, "UPS 到 Vancouver CAD 1.10/pc"), (B, "deal"))
    assert prices(terms) == [Decimal("1.10")]


def test_a_count_after_x_ends_its_line_though_the_next_opens_with_a_letter():
    terms = chat((B, "we need:\nC16 breaker x 3000\nD32 breaker x 1500"),
                 (S, "prices:\nC16 breaker £0.92\nD32 breaker £1.95"), (B, "ok"))
    assert items(terms) == [("C16 breaker", Decimal("3000"), Decimal("0.92")), ("D32 breaker", Decimal("1500"), Decimal("1.95"))]
    # trap: a size after "x" on its own line is no count
    terms = chat((B, "we need 300 sets:\nframe tube x 50 mm\ncross bar x 40 mm"), (S, "USD 12.5/set"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")]


def test_buttons_and_flat_heads_are_goods_though_an_means_by_and_ping_cheap():
    terms = chat((B, "要一批：\n平头开关 1000个\n急停按钮 200个"), (S, "平头开关 4.5元/个\n急停按钮 8.8元/个"), (B, "价格OK"))
    assert items(terms) == [("平头开关", Decimal("1000"), Decimal("4.5")), ("急停按钮", Decimal("200"), Decimal("8.8"))]
    # traps: "按吨算" (by the tonne) and "平一点" (cheaper) name no goods
    for talk in ("按吨算 20吨", "平一点 500个"):
        terms = chat((B, talk), (S, "每个 USD 8.5"), (B, "ok"))
        assert [d or None for d, _, _ in items(terms)] == [None], talk


def test_the_verifier_reads_a_count_of_wan_and_its_tenth_in_traditional_characters():
    turns = ((B, "膠圈 16萬5個，報價"), (S, "每個 HKD 0.35"), (B, "OK"))
    terms = chat(*turns)
    transcript = Transcript(messages=[Message(role=r, text=t) for r, t in turns])
    kept, dropped = verify_grounding(terms.model_copy(deep=True), transcript)
    assert (quantities(kept), dropped) == ([Decimal("165000")], [])
    # trap: a count nobody wrote is still refused
    terms.line_items[0].quantity, terms.line_items[0].total = Decimal("1650000"), None
    _, dropped = verify_grounding(terms.model_copy(deep=True), transcript)
    assert [f.field for f in dropped] == ["line_items[0].quantity"]


def test_one_machine_ordered_in_chinese_numerals_is_a_count_of_one():
    for buyer in ("PF1315反击式破碎机一台，FOB青岛，多少钱？", "要一台PF1315反击式破碎机，FOB青岛"):
        terms = chat((B, buyer), (S, "FOB青岛39,000美元"), (B, "好"))
        assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("39000")]), buyer
    terms = chat((B, "想要两台PE400x600颚式破碎机"), (S, "每台3.6万元"), (B, "两台一起要，能不能便宜点"), (S, "每台35000"), (B, "行"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2")], [Decimal("35000")])
    # traps: a price per machine, a question, a pack of one and "万一台" are no order of one
    for buyer in ("破碎机39000元一台，FOB青岛", "破碎机一台多少钱", "营养液1升装一套，FOB青岛", "破碎机3.9万一台，FOB青岛"):
        terms = chat((B, buyer), (S, "FOB青岛39,000美元"), (B, "好"))
        assert Decimal("1") not in quantities(terms), buyer


def test_what_the_ordered_count_weighs_is_no_order_of_tonnes():
    terms = chat((B, "Hi Jack, 600 pcs overhead door closer EN3, CIP Auckland"),
                 (S, "CIP Auckland by air: NZD 19.40/pc. Note air freight is expensive, 600 pcs is ~1.1 tons"), (B, "go ahead"))
    assert (quantities(terms), prices(terms)) == ([Decimal("600")], [Decimal("19.40")])
    # trap: tonnes ordered are counted
    terms = chat((B, "galvanized wire, 25 tons"), (S, "USD 880 per ton. 25 tons is about 1 container"), (B, "ok"))
    assert quantities(terms) == [Decimal("25")]


def test_a_count_asked_a_price_for_is_the_order():
    for buyer in ("Morning Grace, need a price for 3,500 sashlock mortise cases, CE marked",
                  "please quote for 3500 sashlock mortise cases"):
        terms = chat((B, buyer), (S, "GBP 4.65 per piece CIF Felixstowe"), (B, "ok"))
        assert quantities(terms) == [Decimal("3500")], buyer
    # trap: a price asked for a delivery time counts no goods
    terms = chat((B, "need a price for 2 weeks delivery"), (S, "GBP 4.65 per piece"), (B, "ok"))
    assert quantities(terms) in ([], [None])


def test_two_finishes_at_one_price_are_one_line_of_their_total():
    terms = chat((B, "the lever handle on rose LH-88: 800 sets matt black and 700 sets satin nickel. Same price for both finishes?"),
                 (S, "yes same price, USD 5.25/set FCA Ningbo"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1500")], [Decimal("5.25")])
    # trap: goods named with their finish are goods of their own
    terms = chat((B, "taps: 500 pcs brushed nickel basin mixer and 300 pcs brushed nickel kitchen mixer"),
                 (S, "basin mixer USD 18.5, kitchen mixer USD 26"), (B, "ok"))
    assert quantities(terms) == [Decimal("500"), Decimal("300")]


def test_cartons_a_buyer_counts_after_what_one_holds_are_the_order():
    terms = chat((B, "We need intermediate relays. We buy by carton, 200 pcs per carton. 600 cartons"),
                 (S, "Price USD 148 per carton C&F Chittagong"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("600")], [Decimal("148")])
    # trap: with the pieces counted, the cartons are their packing
    terms = chat((B, "relays 3000 pcs, 200 pcs per carton, 15 cartons"), (S, "Price USD 0.70/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]


def test_ok_then_let_me_think_in_cantonese_accepts_nothing():
    terms = chat((B, "馬達保護斷路器，要200個"), (S, "EXW 每個 HKD 96"), (B, "OK 我諗下先，聽日覆你"))
    assert terms.incoterm.status == TermStatus.PROPOSED
    # trap: an OK with no putting off accepts
    terms = chat((B, "馬達保護斷路器，要200個"), (S, "EXW 每個 HKD 96"), (B, "OK 冇問題，聽日過數"))
    assert terms.incoterm.status == TermStatus.AGREED


def test_the_whole_sum_by_a_method_on_ordering_in_cantonese():
    terms = chat((B, "想訂180套電子密碼門鎖"), (S, "DAP 觀塘 HK$1,150/套"), (B, "好啦。俾錢點計？"), (S, "落單電匯全數，一次過俾晒"), (B, "OK"))
    assert shares(terms) == [Decimal("100")]
    # trap: a question about it settles nothing
    terms = chat((B, "想訂180套電子密碼門鎖"), (S, "DAP 觀塘 HK$1,150/套"), (B, "落單電匯全數得唔得？"))
    assert shares(terms) == []


def test_a_place_before_its_factory_or_confirmed_after_the_rule_is_the_town():
    for seller, place in (("每套 HKD 1,280，東莞廠出廠價", "東莞"), ("每套 HKD 1,280，台中工廠出廠價", "台中"),
                          ("好的，1,500 顆 USD 26.8 FOB 廈門確認", "廈門")):
        terms = chat((B, "要30套"), (S, seller), (B, "好"))
        assert terms.incoterm.named_place == place, seller
    # traps: "our factory" and "please confirm" name no place
    for seller in ("每套 HKD 1,280，我們廠出廠價", "另外我們的報價條件是FAS，麻煩確認一下"):
        terms = chat((B, "要30套"), (S, seller), (B, "好"))
        assert terms.incoterm.named_place is None, seller


def test_the_yen_sign_in_a_chat_that_named_the_yen():
    terms = chat((B, "waterproof phone pouch. Please give price tiers in JPY, DDP"),
                 (S, "DDP prices:\n5,000 pcs ¥128\n10,000 pcs ¥118"), (B, "We go with 10,000 pcs at ¥118"), (S, "OK"))
    assert (prices(terms), terms.currency.code) == ([Decimal("118")], "JPY")
    terms = chat((B, "防水手机袋 10000个，报日元"), (S, "每个 ¥118"), (B, "好"))
    assert terms.currency.code == "JPY"
    # traps: the yuan named, or asked beside the yen, keeps ¥ the yuan's
    for buyer in ("防水手机袋 10000个，报人民币", "pouch 10000 pcs, we pay in JPY or RMB?"):
        terms = chat((B, buyer), (S, "每个 ¥118"), (B, "好"))
        assert terms.currency.code == "CNY", buyer


def test_near_misses_a_review_found_for_this_release_rules():
    # "no need to think any more" accepts; a reply put off on the shipping date is no defer of the rule
    terms = chat((S, "FOB深圳 USD 3.20/pc，交期25日"), (B, "唔使再諗啦，OK，就咁定"), (S, "好，我出PI"))
    assert terms.incoterm.status == TermStatus.AGREED
    terms = chat((S, "FOB Shenzhen USD 2.85/pc"), (B, "可以，就FOB深圳"), (S, "好，出貨前我再覆你船期"))
    assert terms.incoterm.status == TermStatus.AGREED
    # a measure word before a courier, a code word or after a length counts no goods
    terms = chat((S, "已经寄出2个DHL包裹，里面是样品"), (B, "收到后确认。大货不锈钢碗 6000个，USD 0.9"), (S, "ok"))
    assert quantities(terms) == [Decimal("6000")]
    terms = chat((B, "10米LED灯带 800卷，多少钱"), (S, "RMB 18/卷"), (B, "可以"))
    assert quantities(terms) == [Decimal("800")]
    # one line ending in "x N" before a line of words is no list: "zoom x 30"
    terms = chat((B, "zoom x 30\ncamera module, 300 pcs"), (S, "USD 42/pc"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("300")], [Decimal("42")])
    # the bottles counted make the cartons their packing
    terms = chat((B, "240 bottles, 12 bottles per carton, 20 cartons"), (S, "USD 2.5/bottle"), (B, "ok"))
    assert quantities(terms) == [Decimal("240")]
    # a price per unit after a courier's place is the goods' price
    terms = chat((S, "UPS 到 Toronto each CAD 14, 600 pcs"), (B, "deal"))
    assert prices(terms) == [Decimal("14")]
    # one machine broken, sent as a sample or a price per unit is no order of one
    for turns, count in ((((S, "3800欧一台，"), (B, "好，要两台打包机")), "2"),
                         (((B, "上次坏了一台，这次订50台电钻"), (S, "RMB 110/台")), "50"),
                         (((S, "样机先来一台，大货200台，单价 USD 320"), (B, "好")), "200")):
        assert quantities(chat(*turns)) == [Decimal(count)], turns


def test_lead_times_counted_from_the_deposit_arriving_or_the_credit_opened():
    for seller, days in (("about 4 weeks after your deposit arrives", 28),
                         ("Lead time is 6 weeks from L/C opening. Volume is around 9 cbm so we ship LCL", 42),
                         ("開狀後30天，海運到基隆約3天", 30),
                         ("The ocean leg Tianjin to San Antonio is roughly 38-42 days. Our production is 25-30 days "
                          "counted from the day your deposit arrives.", None)):
        terms = chat((B, "lead time?"), (S, seller), (B, "ok"))
        want = (25, 30) if days is None else (days, days)
        assert (terms.lead_time.min_days, terms.lead_time.max_days) == want, seller
    # trap: the goods arriving is the way there, no time to make them
    terms = chat((B, "lead time?"), (S, "production 20 days, the goods arrive in Durban about 30 days later"), (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (20, 20)


def test_a_lead_time_answered_first_then_the_way_there():
    terms = chat((B, "交期？"), (S, "15个工作日。海运到港大概20天，清关派送另算一周"), (B, "好"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days, terms.lead_time.working_days) == (15, 15, True)
    # trap: days said after the way there are the way's
    terms = chat((B, "交期？"), (S, "海运到港大概20天。另外清关一周"), (B, "好"))
    assert terms.lead_time.max_days is None


def test_days_by_truck_to_a_place_are_the_way_there():
    terms = chat((B, "交期？"), (S, "可以，收到定金后30天完成生产，卡车到阿拉木图大概7天"), (B, "好"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (30, 30)
    # trap: days for the goods made are the lead time
    terms = chat((B, "交期？"), (S, "卡车我们安排，收到定金后25天完成生产"), (B, "好"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (25, 25)


def test_delivery_added_to_the_way_there_is_part_of_it():
    terms = chat((B, "lead time?"), (S, "Production 20 days. Then sea shipping + customs clearance + delivery about 25-30 days"),
                 (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (20, 20)
    # trap: delivery in days of its own is when the goods go
    terms = chat((B, "lead time?"), (S, "delivery about 25-30 days after deposit"), (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (25, 30)


def test_flat_racks_are_containers_and_a_road_haulier_is_a_truck():
    terms = chat((S, "USD 26,800 CNF Durban, shipped on 1x40FR flat rack"), (B, "ok"))
    assert terms.logistics.mode.value == "SEA_FCL"
    for seller in ("一周内发货，汽车物流送到你们天津仓库", "三週，做好用貨運直接送到您台中倉庫"):
        assert chat((S, seller), (B, "好")).logistics.mode.value == "ROAD", seller
    # trap: flat racks ordered are goods, no container
    terms = chat((B, "we need 200 flat racks for the warehouse"), (S, "USD 80/pc, FOB Ningbo"), (B, "ok"))
    assert terms.logistics.mode.value == "UNSPECIFIED"


def test_ok_then_i_report_to_my_supervisor_accepts_nothing_yet():
    terms = chat((B, "需要 20 台"), (S, "每台 NT$6,850，CIF 台中港"), (B, "好，我再跟主管報告一下，謝謝"))
    assert terms.incoterm.status == TermStatus.PROPOSED
    # trap: a report already made, and the yes after it, accept
    terms = chat((B, "需要 20 台"), (S, "每台 NT$6,850，CIF 台中港"), (B, "跟主管報告過了，好，就這樣"))
    assert terms.incoterm.status == TermStatus.AGREED


def test_one_price_for_both_colours_sums_them():
    terms = chat((B, "women's 2mm back-zip shorty wetsuit: 500 pcs black and 400 pcs blue. FOB Shenzhen?"),
                 (S, "Hi Laura, USD 17.60/pc FOB Shenzhen for both colours"), (B, "ok price accepted"))
    assert (quantities(terms), prices(terms)) == ([Decimal("900")], [Decimal("17.60")])
    # trap: a price for each colour keeps them apart
    terms = chat((B, "wetsuit 500 pcs black and 400 pcs blue"), (S, "black USD 17.60/pc, blue USD 18.20/pc"), (B, "ok"))
    assert Decimal("900") not in quantities(terms)


def test_near_misses_a_second_review_found():
    # a bare style word (男款) names no goods of its own beside the goods named
    terms = chat((B, "冲锋衣男款要500件，单价多少？"), (S, "男款冲锋衣128元一件，含税"), (B, "好的，就这样"))
    assert len(terms.line_items) == 1
    # "&" or "+" joined to work, not to a leg of the way there, keeps delivery a lead-time cue
    for seller, days in (("We design & deliver in 20 days", (20, 20)), ("USD 2.50/pc, MOQ 1000 + delivery 20 days", (20, 20))):
        terms = chat((B, "lead time?"), (S, seller), (B, "ok"))
        assert (terms.lead_time.min_days, terms.lead_time.max_days) == days, seller
    # a truck arrived, or goods arrived, is no way there
    terms = chat((B, "交期多久？"), (S, "卡车到了就装，15天"), (B, "好"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (15, 15)
    # days to reply, to pay or to send a bank slip, before the way there, are no lead time
    for seller in ("3天后给你答复。海运20天", "定金3天内付。海运20天", "付款后7天内请提供水单。海运25天", "3日後覆你。海運大概20日"):
        terms = chat((B, "交期？"), (S, seller), (B, "好"))
        assert terms.lead_time.max_days is None, seller
    # one line ending in "x N" before a request is the count
    terms = chat((B, "USB cable x 500\nPlease quote"), (S, "USD 0.85/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]
