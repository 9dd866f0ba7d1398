"""Terms from blind set i, each rule with a trap beside it.

Set i was measured when written (its figures, never its errors, were read for one release); it
was tuned on once set k had been written, and j stays untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, methods, prices, quantities, shares
from tradepact.domain.terms import PaymentMethod, TermStatus


def test_the_count_a_price_tier_starts_from_is_no_order():
    terms = chat((B, "ok we want 2500 pcs. can u give 0.88?"),
                 (S, "0.88 only from 3000pcs, for 2500 I can do special 0.98"), (B, "ok 0.98 deal"))
    assert quantities(terms) == [Decimal(2500)]
    assert prices(terms) == [Decimal("0.98")]
    # a count said plainly is still the order
    assert quantities(chat((B, "we take 3000pcs at 0.88"), (S, "ok"))) == [Decimal(3000)]


def test_the_total_is_the_order_and_colours_are_its_parts():
    terms = chat((S, "订单条款：\n1. 华夫格浴袍，白色750件，灰色750件，共1500件\n2. 单价9.8美金/件，FOB上海"))
    assert quantities(terms) == [Decimal(1500)]
    assert prices(terms) == [Decimal("9.8")]
    # two counts each labelled by a colour, with no total said: neither is the order
    terms = chat((B, "窗帘要1200片"), (S, "好的"), (B, "窗帘颜色：灰色600片，米色600片"))
    assert quantities(terms) == [Decimal(1200)]
    # one count with its colour is the order
    assert quantities(chat((B, "white 500 pcs please"), (S, "ok"))) == [Decimal(500)]


def test_a_weight_in_total_is_no_total_of_the_order():
    terms = chat((B, "car phone holders 5000 pcs at USD 1.35"), (S, "yes correct, 1.35 each"),
                 (S, "50 cartons, 100pcs/ctn, 12kg each, total 600kg, 2.4cbm"))
    assert quantities(terms) == [Decimal(5000)]


def test_counts_that_are_no_order():
    # the extra count a change adds, stock on hand, what a container holds, a length of the goods
    terms = chat((B, "一共120件"), (S, "好"), (B, "数量改150件"), (S, "150件冇問題"), (B, "多咗30件，價錢可唔可以平啲？"))
    assert quantities(terms) == [Decimal(150)]
    terms = chat((B, "额温枪要2000个"), (S, "好的"), (S, "现货有800个，剩下的5天生产好，一起发"))
    assert quantities(terms) == [Decimal(2000)]
    terms = chat((B, "我们要三千台"), (S, "可以"), (S, "一个40HQ只能装1600台左右，所以要两个柜"))
    assert quantities(terms) == [Decimal(3000)]
    terms = chat((B, "我们要水管车，带30米管子的，要三千台"), (S, "好的"))
    assert quantities(terms) == [Decimal(3000)]


def test_a_place_before_a_chinese_rule_names_no_goods():
    terms = chat((B, "水管车离岸价多少？"), (S, "宁波离岸价 5.6美金一台"))
    assert [d for d, _, _ in items(terms)] != ["宁波"]
    assert prices(terms) == [Decimal("5.6")]


def test_dozens_and_the_yuan_of_a_dozen():
    terms = chat((S, "纯棉白色枕套一打62块5"), (B, "我要六百打，60块行不行"), (S, "六百打的话61，不能再少了"),
                 (B, "好，61块一打，六百打"), (S, "好的。做好了帮你送到三元里你们货代的仓库"))
    assert quantities(terms) == [Decimal(600)]
    assert prices(terms) == [Decimal(61)]
    assert terms.line_items[0].unit == "dozens"
    # 打 as a verb counts nothing
    assert quantities(chat((S, "打样3天"), (B, "好"))) == []


def test_an_offer_in_kuai_is_a_price_not_pieces():
    terms = chat((S, "铰链1.05元/个"), (B, "便宜点"), (S, "铰链给你1块"), (B, "行"))
    assert prices(terms) == [Decimal(1)]
    assert quantities(terms) == [None]


def test_shipping_for_a_count_is_no_unit_price():
    terms = chat((B, "toilet seats 50 pcs price?"), (S, "50 pcs USD 12.80/pc"),
                 (B, "ok. ship by FedEx to Ohio"), (S, "FedEx shipping for 50pcs USD 210"), (B, "fine"))
    assert prices(terms) == [Decimal("12.80")]


def test_a_bare_counter_beside_words_that_look_like_money():
    # "for us" holds no currency: the target price beside it is still a counter-offer
    terms = chat((B, "Your quote was 2.85/set FOB Xiamen right?"), (S, "yes correct, FOB Xiamen USD 2.85/set"),
                 (B, "FOB Xiamen is fine for us. But the price... my target is 2.60"),
                 (S, "2.60 is below our cost"), (B, "ok waiting for your news"))
    assert prices(terms) == [None] or prices(terms) == []
    assert terms.incoterm.status == TermStatus.AGREED
    # asking back and getting the price, then taking it, agrees it
    terms = chat((B, "Your quote was 2.85/set FOB Xiamen right?"), (S, "yes correct, FOB Xiamen USD 2.85/set"),
                 (B, "ok, 3000 sets then"))
    assert prices(terms) == [Decimal("2.85")]


def test_meeting_in_the_middle_is_a_counter_offer():
    terms = chat((S, "FOB Ningbo USD 3.80/pc for 2000pcs"), (B, "can u do 3.40?"),
                 (S, "3.40 impossible, the movement alone cost us nearly 1.5, best 3.65 for you"),
                 (B, "meet in middle, 3.50 and we close today?"))
    assert prices(terms) in ([None], [])
    assert quantities(terms) == [Decimal(2000)]


def test_chinese_bare_counters_after_a_tier_refusal():
    terms = chat((S, "遮光窗帘：1000片以上 3.9美金/片，3000片以上 3.6美金/片"), (B, "墙纸呢"),
                 (S, "墙纸 0.53x10米一卷，2.6美金/卷"), (B, "窗帘要1200片"), (S, "好的，窗帘1200片就按3.9"), (B, "窗帘3.6可以吗"), (S, "3.6是3000片的价格，1200片做不到的亲"),
                 (B, "好吧3.9"), (S, "谢谢"))
    assert prices(terms)[0] == Decimal("3.9")


def test_a_shop_price_is_no_term():
    terms = chat((S, "HDMI cables 2m USD 1.10/pc, all CIF Felixstowe"),
                 (B, "HDMI price high, amazon sellers here sell at £2.99 retail"), (S, "ok for 5000 I can do 0.98"),
                 (B, "ok 0.98 deal"))
    assert terms.currency.code == "USD"
    assert prices(terms) == [Decimal("0.98")]
    # a retail box is packing, not a shop's price
    terms = chat((S, "FCA Shenzhen USD 4.75/pc for 2000 pcs, with retail box."), (B, "Ok fine."))
    assert prices(terms) == [Decimal("4.75")]


def test_wu_is_western_union_where_it_pays():
    terms = chat((S, "deposit USD 1000 by Western Union pls, balance before shipping also WU"),
                 (B, "can i do T/T? WU fee is high here"), (S, "T/T bank fee for small amount also high dear. WU is better for both"),
                 (B, "ok WU fine"))
    assert methods(terms) and set(methods(terms)) == {PaymentMethod.WESTERN_UNION}
    # Mr Wu pays nothing
    terms = chat((S, "30% deposit by T/T"), (B, "ok, Mr Wu will send it"))
    assert set(methods(terms)) == {PaymentMethod.TT}


def test_a_deposit_with_no_balance_beside_an_agreed_dp_is_no_schedule():
    terms = chat((S, "USD 2.85/pc FOB Ningbo"), (B, "good. Payment D/P at sight"),
                 (S, "D/P... we normally do 30% deposit. first order D/P is risk for us"),
                 (B, "We are 20 years importer. D/P only"), (S, "ok boss agree D/P at sight for this order"),
                 (B, "yes thanks"))
    assert methods(terms) == [PaymentMethod.DP]
    assert shares(terms) == [None]
    # a deposit and its balance beside D/P are a schedule
    terms = chat((S, "30% T/T deposit, balance 70% by D/P at sight"), (B, "ok"))
    assert shares(terms) == [Decimal(30), Decimal(70)]


def test_a_credit_with_its_usance_days_after_it():
    terms = chat((B, "付款我们只能做信用证，远期90天"), (S, "远期90天的话单价要43.5"), (B, "43.5行吧，信用证90天"),
                 (S, "没问题 👌 那就43.5美金，信用证90天远期"))
    assert methods(terms) == [PaymentMethod.LC_USANCE]
    assert terms.payment.installments[-1].due_days == 90
    # days to ship after the credit arrives are no usance
    terms = chat((S, "即期信用证，收到信用证后35天出货"), (B, "好的"))
    assert methods(terms) == [PaymentMethod.LC_SIGHT]
    terms = chat((S, "付款用信用证，35天交货"), (B, "好的"))
    assert methods(terms) == [PaymentMethod.LC_SIGHT]


def test_a_place_of_several_words_joined_by_lower_case():
    terms = chat((B, "USD 112/set CIF Dar es Salaam"), (S, "yes 112 CIF Dar es Salaam"))
    assert terms.incoterm.named_place == "Dar es Salaam"
    # a lower-case word after the place that opens no name is not part of it
    terms = chat((B, "FOB Ningbo la la la"), (S, "ok"))
    assert terms.incoterm.named_place == "Ningbo"


def test_weighing_a_change_to_an_agreed_value_reopens_it():
    terms = chat((S, "lead time 20 days after deposit"), (B, "ok good"),
                 (B, "can you make 15 days instead of 20?"), (S, "15 days 有点难, 我问下生产部"))
    assert terms.lead_time.status == TermStatus.CONFLICTING
    assert lead(terms) == (None, None)
    # turning the change down outright keeps what was agreed
    terms = chat((S, "lead time 20 days after deposit"), (B, "ok good"),
                 (B, "can you make 15 days instead of 20?"), (S, "15 days impossible sorry"))
    assert lead(terms) == (20, 20)
    assert terms.lead_time.status == TermStatus.AGREED


def test_a_price_per_thousand_counts_no_order_and_is_no_unit_price():
    terms = chat((S, "USD 68 per 1000 pcs, C&F Long Beach"), (B, "ok and we need 200,000 pcs"), (S, "ok"))
    assert quantities(terms) == [Decimal(200000)]
    assert prices(terms) == [None]  # a contract would multiply it by 200,000
    assert all(item.total is None for item in terms.line_items)


def test_a_spec_figure_names_no_goods():
    terms = chat((S, "quotation for car jump starters 12V 1000A peak, 16000mAh: USD 21.50/pc EXW Shenzhen"),
                 (B, "20.40 ok. qty 1200 pcs"), (S, "thank you"))
    assert [d for d, _, _ in items(terms)] == ["car jump starters 12V 1000A peak"]
    assert quantities(terms) == [Decimal(1200)]


def test_a_price_per_carton_and_a_count_in_pieces_make_no_total():
    terms = chat((S, "we pack 12 pcs per carton. C&F Felixstowe GBP 38.40 per carton"), (B, "ok. we'd want 2400 pcs"),
                 (S, "ok"))
    item = terms.line_items[0]
    # (and, as LABELLING.md settles for a price per a pack of the units counted, no unit price)
    assert (item.quantity, item.unit_price, item.total) == (Decimal(2400), None, None)
    assert [(f.code, f.severity.value, f.field) for f in terms.findings] == [
        ("PRICE_UNIT_DIFFERS", "BLOCKING", "line_items[0].unit_price")]
    # the same measure on both sides, or pieces against sets, makes a total
    terms = chat((S, "C&F Felixstowe GBP 38.40 per carton"), (B, "ok. 200 cartons"), (S, "ok"))
    assert terms.line_items[0].total == Decimal("7680.00")
    assert chat((S, "每箱260元"), (B, "好的，要50箱")).line_items[0].total == Decimal(13000)
    assert chat((S, "USD 2.85/set"), (B, "ok 3000 pcs")).line_items[0].total == Decimal("8550.00")


def test_shares_said_as_first_and_full_through_the_escrow():
    terms = chat((B, "payment 50% first, 50% before shipment T/T"), (S, "可以"))
    assert shares(terms) == [Decimal(50), Decimal(50)]
    terms = chat((B, "FOB Shenzhen ok for me. payment Alibaba 信保, full payment"), (S, "可以, 信保 100% ok"))
    assert shares(terms) == [Decimal(100)]
    assert methods(terms) == [PaymentMethod.ESCROW]
    terms = chat((S, "100% T/T before production."), (B, "50% first 可以嗎?"),
                 (S, "抱歉 first order must be 100%, next order can do 50/50."), (B, "好吧 ok, 100% then."))
    assert shares(terms) == [Decimal(100)]
    # the first shipment or the first order is no share paid first; nor is a full payment after delivery
    assert shares(chat((S, "the first shipment 50% of the goods"), (B, "ok"))) == []
    assert shares(chat((S, "信保, full payment after delivery"), (B, "ok"))) != [Decimal(100)]


def test_a_duration_then_the_shipping_is_the_lead_time():
    terms = chat((B, "when ready"), (S, "12 days, then LCL to Jakarta, 海运 about 7 days"), (B, "ok good"))
    assert lead(terms) == (12, 12)
    assert (terms.logistics.transit_time.min_days, terms.logistics.transit_time.max_days) == (7, 7)
    # a duration with the sea named in its own clause is still the way there
    terms = chat((B, "when ready"), (S, "ready in 12 days, by sea about 20 days then"), (B, "ok"))
    assert lead(terms) == (12, 12)
