"""Terms from blind set p, each rule with a trap beside it: measured once untouched (figures only;
they are in the README), then its two ungrounded values were read, then it was tuned on. s stays
untouched as the honest measure (see tests/data/blind/README.md)."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, prices, quantities, shares


def test_a_price_spoken_in_chinese_numerals_is_grounded_in_its_quote():
    # chat() fails when the grounding verifier drops a value: "四块二" is 4.2, not 4 and 2
    terms = chat((B, "玻璃保鲜盒三千套"), (S, "三千套的话四块二一套"), (B, "好的，四块二"))
    assert prices(terms) == [Decimal("4.2")]
    terms = chat((S, "45L透明的十八块五一个"), (B, "好的"))
    assert prices(terms) == [Decimal("18.5")]
    assert quantities(terms) in ([None], [])  # eighteen yuan, not eighteen pieces
    # a whole amount in numerals stays whole
    terms = chat((S, "二十三块一个"), (B, "好的"))
    assert prices(terms) == [Decimal(23)]


def test_best_is_a_whole_price_and_a_price_that_must_be():
    terms = chat((S, "180 sets is USD 96.50 per set FOB Tianjin."), (B, "96.5 is steep mate"),
                 (S, "talked to my boss, best is 91/set."), (B, "ok 91 works for us."))
    assert prices(terms) == [Decimal(91)]
    terms = chat((B, "家用铝箔卷 30cm×10m，每卷什么价？"), (S, "CFR雅加达每卷0.68美金"), (B, "能做D/A 60天吗"),
                 (S, "D/A 60天可以，但价格要0.70"), (B, "好，0.70，订36000卷"))
    assert prices(terms) == [Decimal("0.70")]
    assert quantities(terms) == [Decimal(36000)]  # 10m is the size of a roll


def test_an_ok_that_names_another_figure_accepts_no_price():
    # the rules do not read "91 works" as a price; the ok is still no yes to 96.50
    terms = chat((S, "180 sets is USD 96.50 per set FOB Tianjin."), (B, "ok 91 works for us."))
    assert terms.line_items[0].status.value != "AGREED"
    # an ok beside a figure far from the price still accepts it
    terms = chat((S, "180 sets, USD 96.50 per set FOB Tianjin"), (B, "ok, PO 7731 follows"))
    assert terms.line_items[0].status.value == "AGREED"


def test_what_a_packing_ratio_comes_to_is_the_order():
    terms = chat((B, "thermal rolls 80x80mm, 300 cartons pls"),
                 (S, "50 rolls per ctn so 15000 rolls. USD 0.38/roll DAP Rotterdam"), (B, "yes same terms"))
    assert quantities(terms) == [Decimal(15000)]
    # the ratio alone orders nothing
    terms = chat((B, "thermal rolls, 300 cartons pls"), (S, "50 rolls per ctn. USD 19/ctn"), (B, "ok"))
    assert quantities(terms) == [Decimal(300)]


def test_the_load_and_the_reels_are_no_order_of_weight_or_reels():
    terms = chat((B, "galvanized steel wire rope 10mm. we need 20,000 metres on 500m reels"),
                 (S, "USD 0.86 per metre C&F Gdansk"), (B, "Ok 0.86/m accepted"),
                 (S, "by sea in 1x20GP since it is heavy, abt 7.5 tons"), (B, "Deal"))
    assert quantities(terms) == [Decimal(20000)]
    assert prices(terms) == [Decimal("0.86")]
    # about 8 tons ordered is still an order (counted in kilograms, the unit of its price)
    terms = chat((B, "we need about 8 tons of cashew nuts"), (S, "USD 7.20/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal(8000)]


def test_a_second_name_after_and_labels_its_count():
    terms = chat((B, "K9 crystal chandelier CH-8012 (dia 80cm) 120 sets, and CH-6006 (dia 60cm) 200 sets"),
                 (S, "CH-8012 USD 146/set, CH-6006 USD 88/set, FOB Shenzhen."), (B, "ok"))
    assert quantities(terms) == [Decimal(120), Decimal(200)]
    assert prices(terms) == [Decimal(146), Decimal(88)]
    terms = chat((S, "8000 pairs 价格要 1.02. 要不然 10000 pairs 还是 0.95."), (B, "let me think"))
    assert all(d != "不然" for d, _, _ in items(terms))


def test_counters_said_after_too_high_or_before_a_promise_leave_the_price_open():
    terms = chat((B, "round plush dog bed 80cm, grey, 1200 pcs. what's ur price?"), (S, "USD 8.70/pc FOB Shanghai"),
                 (B, "too high for us, 7.90?"), (S, "8.40 is the best i can"), (B, "8.00 and we confirm today"),
                 (S, "let me ask my boss"))
    assert prices(terms) in ([None], [])
    # the seller's own lower price with no counter is still on the table
    terms = chat((S, "USD 8.70/pc FOB Shanghai"), (B, "too high for us"), (S, "8.40 is the best i can"))
    assert prices(terms) == [Decimal("8.40")]


def test_a_few_pieces_to_send_are_samples():
    terms = chat((S, "sample can send first"), (B, "pls send 2 pcs, blue and grey"), (S, "ok"))
    assert quantities(terms) in ([None], [])
    terms = chat((B, "pls send 20 pcs for our shop trial order at USD 3.10"), (S, "ok"))
    assert quantities(terms) == [Decimal(20)]


def test_shipping_to_a_place_is_transit_and_days_from_the_credit_are_lead_time():
    terms = chat((S, "好的! 生产 25 days, shipping to Vancouver about 18 days"), (B, "ok"))
    assert lead(terms) == (25, 25)
    terms = chat((S, "40 days from L/C receipt. then sea freight about 32 days to Felixstowe"), (B, "ok good"))
    assert lead(terms) == (40, 40)
    # days from the credit to pay are no lead time
    terms = chat((S, "payment 60 days from B/L date"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_dollars_and_cents_in_words_and_a_price_asked_with_could_you_give():
    terms = chat((S, "ok 1200 pairs is the 1000+ tier, USD 10.40"), (B, "could you give 9.60 for 1200?"),
                 (S, "sorry can't do 9.6. 10.20 is the last"), (B, "alright, ten dollars twenty a pair then"),
                 (S, "thank you!"))
    assert prices(terms) == [Decimal("10.20")]
    # twenty dollars alone is twenty
    terms = chat((S, "twenty dollars a pair"), (B, "ok"))
    assert prices(terms) == [Decimal(20)]


def test_bottles_are_counted_and_a_booking_is_no_goods():
    terms = chat((B, "gel hand sanitizer 500ml pump bottle. 10,000 bottles, price?"),
                 (S, "USD 1.12/bottle FOB Shanghai. note it is DG class 3, we need DG booking"), (B, "ok"))
    assert items(terms) == [("", Decimal(10000), Decimal("1.12"))]
    assert terms.line_items[0].total == Decimal("11200")  # bottles priced per bottle


def test_full_payment_alone_is_the_whole_sum_before_and_a_moq_clause_leaves_the_price():
    terms = chat((S, "600 pcs $1.55 EXW Dongguan. payment Western Union or TT"), (B, "Western Union ok, full payment"))
    assert shares(terms) == [Decimal(100)]
    terms = chat((S, "full payment after arrival"), (B, "ok"))
    assert shares(terms) != [Decimal(100)]
    # the MOQ in its own clause does not make the price after it a threshold
    terms = chat((S, "起订量10万支，每支0.018美金，FOB厦门"), (B, "大货订15万支"), (B, "价格能不能0.016"),
                 (S, "0.017吧，纸价最近也涨"), (B, "好"))
    assert prices(terms) == [Decimal("0.017")]


def test_a_count_per_item_or_design_is_no_order():
    # (a shared sample's convention, in our own words: a minimum per design restated as "quantity")
    terms = chat((S, "MOQ is 300 sets per design. To quote please tell us: 1. Quantity: 300 sets per style, "
                     "no mixing. 2. Size: we need the width"))
    assert quantities(terms) in ([None], [])
    terms = chat((B, "we order 300 sets in total"), (S, "ok"))
    assert quantities(terms) == [Decimal(300)]

