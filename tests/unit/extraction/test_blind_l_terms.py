"""Terms from blind set l, each rule with a trap beside it.

Set l was measured untouched twice in its release (figures only; they are in the README) and
tuned on after; m stays untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_count_each_is_per_container_not_the_order():
    terms = chat((B, "bottle grade PET resin, 500 MT, CNF Karachi"),
                 (S, "USD 1,035/MT CNF Karachi, 20 x 20GP at 25 MT each"), (B, "Deal"))
    assert quantities(terms) == [Decimal(500)]
    # a packing list's weights are no order either
    terms = chat((B, "car phone holders 5000 pcs at USD 1.35"), (S, "yes correct, 1.35 each"),
                 (S, "50 cartons, 100pcs/ctn, 12kg each, total 600kg, 2.4cbm"))
    assert quantities(terms) == [Decimal(5000)]


def test_ok_a_whole_price_for_you():
    terms = chat((B, "how much 4 200 kits"), (S, "$14.5 per kit exw guangzhou"), (B, "14 ?"),
                 (S, "ok 14 for u 👍"), (B, "cool"))
    assert prices(terms) == [Decimal(14)]
    # "for your team" is no "for you"
    terms = chat((S, "$14.5 per kit"), (B, "samples?"), (S, "ok 20 for your team to test"))
    assert prices(terms) == [Decimal("14.5")]


def test_counters_said_as_a_maximum_or_a_can_you_do_and_another_factorys_price():
    terms = chat((S, "USD 0.86/pc C&F Jebel Ali"), (B, "we confirm 0.86"), (S, "we need to adjust to 0.91/pc"),
                 (B, "That's not fair, we already confirmed with you. Max I can accept is 0.88"),
                 (S, "ok 0.88 accepted, please open LC soon"))
    assert prices(terms) == [Decimal("0.88")]
    terms = chat((B, "304不锈钢刀叉勺套装，5000套，FOB深圳多少钱？"), (S, "FOB深圳每套9.2美元"),
                 (B, "另外一家揭阳的工厂报8.5美元，同样的材质。"), (B, "那8.8能做吗？能做我就下单。"),
                 (S, "我跟老板申请一下，明天答复您。"))
    assert prices(terms) in ([None], [])
    # "payment terms are fine. But price..." accepts the terms, not the price
    terms = chat((S, "CIF Chennai USD 2,450/MT. 30% TT advance, 70% against copy of B/L."),
                 (B, "payment terms are fine. But price... another supplier offered me 2,280 CIF Chennai"))
    assert terms.payment.status.value == "AGREED"
    assert terms.line_items[0].status.value != "AGREED"


def test_square_metres_said_short_and_per_container_counts():
    terms = chat((S, "木纹款600*9mm，出厂价每平方米32元。"), (B, "要800平方，30能做吗？"), (S, "800平最低31，运费你们自己出哈。"),
                 (B, "行"))
    assert quantities(terms) == [Decimal(800)]
    assert prices(terms) == [Decimal(31)]
    terms = chat((B, "數量我們要4800平方米"), (S, "4800平方剛好兩個20GP，每櫃2400平方"), (B, "好"))
    assert quantities(terms) == [Decimal(4800)]


def test_a_price_then_a_comma_and_its_lowest():
    terms = chat((S, "CIF Jeddah: PU basketball #7 USD 4.60/pc"), (B, "basketball 4.40 ok?"),
                 (S, "basketball 4.50, 最低了"), (B, "ok deal"))
    assert prices(terms) == [Decimal("4.50")]
    # a comma and anything else after an amount makes no price of it
    terms = chat((S, "CIF Jeddah USD 4.60/pc"), (B, "we sold 4.50, last year"), (S, "ok"))
    assert prices(terms) == [Decimal("4.60")]


def test_western_union_in_traditional_script_and_going_to_remit():
    terms = chat((B, "我要600條，可以用西聯匯款嗎？"), (S, "西聯可以，請全額付款後我們安排空運。"), (B, "好，今天去匯款。"))
    assert [i.method.value for i in terms.payment.installments] == ["WESTERN_UNION"]
    # 汇款 as the method still is a wire transfer
    terms = chat((S, "付款方式：汇款，30%定金"), (B, "好的"))
    assert [i.method.value for i in terms.payment.installments][:1] == ["TT"]


def test_a_product_total_yards_and_cartons_with_their_contents():
    terms = chat((B, "rubber conveyor belts EP400/3, 1200mm wide, 4 rolls x 200m = 800m. Quote?"), (S, "ok"))
    assert quantities(terms) == [Decimal(800)]
    terms = chat((S, "Under 25k the price is 2.42"), (B, "ok we go with 25,000 yds at 2.35 then"),
                 (S, "Confirmed 25,000 yds @2.35"))
    assert quantities(terms) == [Decimal(25000)]
    assert terms.line_items[0].unit == "yds"
    terms = chat((B, "甜玉米罐头的离岸价多少？要两千箱，每箱24罐。"), (S, "离岸价天津每箱11.8美元，2000箱。"), (B, "好"))
    assert quantities(terms) == [Decimal(2000)]
    # a packing list's cartons after the count per carton are still no order
    terms = chat((B, "we confirm 2000 sets at USD 4.60 FOB Xiamen"), (S, "confirmed"),
                 (S, "carton 60x40x35, 20 sets/ctn, 100 ctns"))
    assert quantities(terms) == [Decimal(2000)]
