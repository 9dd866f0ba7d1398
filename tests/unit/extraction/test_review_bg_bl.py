"""Regressions a second review of the bg-to-bl rules found: each chat was read wrongly by the
first version of a rule and is read here as the release before it read it."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, methods, prices, quantities, shares
from tradepact.domain.terms import LeadTimeBasis, PaymentMethod, TermStatus


def test_a_habit_before_an_alternative_a_tier_or_another_goods_is_still_an_offer():
    terms = chat((S, "USD 4.20/pc. We normally quote FOB Ningbo but CIF Hamburg is also possible"), (B, "ok"))
    assert terms.incoterm.status == TermStatus.CONFLICTING
    terms = chat((S, "We normally accept TT but also Western Union"), (B, "ok"))
    assert PaymentMethod.WESTERN_UNION not in methods(terms)
    terms = chat((B, "Need 2000 pcs, price?"), (S, "Normally USD 4.20/pc for 2000 pcs, but 5000 pcs USD 4.00/pc"),
                 (B, "ok deal 2000 pcs"))
    assert Decimal("4.00") not in prices(terms)
    terms = chat((B, "Need 1000 black and 1000 white mugs"), (S, "Black usually USD 2.50 but white USD 2.80"), (B, "ok"))
    assert Decimal("2.80") not in prices(terms)[:1]
    terms = chat((B, "lead time?"), (S, "Usually 25 days after deposit, but in peak season 35 days"), (B, "ok"))
    assert terms.lead_time.status == TermStatus.CONFLICTING


def test_documents_sent_out_and_goods_sent_today_are_no_lead_time():
    assert lead(chat((B, "交期？"), (S, "生产25天"), (B, "好"), (S, "PI已发出，请7天内安排定金"))) == (25, 25)
    assert lead(chat((S, "25 days after deposit"), (B, "ok"), (S, "邮件已发出，请查收，2天内回复"))) == (25, 25)
    assert lead(chat((B, "货发了吗"), (S, "货今天发出，物流大概10天左右"), (B, "好"))) == (None, None)


def _price_of(terms, word: str) -> list:
    return [i.unit_price for i in terms.line_items if word in (i.description or "").lower()]


def test_an_add_on_or_option_priced_beside_the_goods_is_no_price_of_the_other_goods():
    terms = chat((B, "Need canvas tote bags, 2000 pcs, plus cotton drawstring pouches, 3000 pcs. Quote FOB?"),
                 (S, "Tote bag: USD 1.20/pc. Logo printing: USD 0.15/pc. FOB Ningbo."), (B, "ok"))
    assert Decimal("0.15") not in _price_of(terms, "pouch")
    terms = chat((B, "Need 500 pcs stainless water bottles and 500 pcs bamboo lids"),
                 (S, "Water bottle: USD 3.10/pc. Laser engraving: USD 0.25/pc"), (B, "ok"))
    assert Decimal("0.25") not in _price_of(terms, "lid")
    terms = chat((B, "需要办公椅200把，办公桌100张，报价？"), (S, "办公椅每把320元，加头枕每把40元"), (B, "好"))
    assert Decimal("40") not in _price_of(terms, "办公桌")


def test_the_sellers_stock_the_buyer_takes_is_no_stock_of_the_buyers_own():
    terms = chat((B, "lead time?"), (S, "Production 30 days. 500 pcs in stock."),
                 (B, "ok we take the 500 pcs in stock, we have an urgent order"))
    assert terms.lead_time.status == TermStatus.CONFLICTING
    terms = chat((B, "交期？"), (S, "生产30天，现货有500个"), (B, "我们有急单，要现货"))
    assert terms.lead_time.status == TermStatus.CONFLICTING
    assert terms.lead_time.basis != LeadTimeBasis.AFTER_DEPOSIT


def test_a_time_a_shipment_or_a_colour_after_a_comma_is_no_goods_of_its_own():
    for buyer in ("we need cotton t-shirts, 180gsm, 5000 pcs, and next month, 3000 pcs.",
                  "we need cotton t-shirts 180gsm, first shipment, 3000 pcs, and second shipment, 2000 pcs"):
        terms = chat((B, buyer), (S, "USD 2.10/pc"), (B, "ok"))
        assert prices(terms) == [Decimal("2.10")], buyer
    terms = chat((B, "we need ceramic mugs 11oz, white, 1000 pcs, and blue glaze, 2000 pcs"), (S, "USD 1.10/pc"), (B, "ok"))
    assert prices(terms) == [Decimal("1.10")]


def test_a_share_of_the_freight_or_of_the_goods_is_no_balance():
    assert shares(chat((B, "payment?"), (S, "50% deposit, we pay 50% of the freight before shipment"), (B, "ok"))) == [Decimal(50)]
    assert shares(chat((B, "payment?"), (S, "30% deposit. pls pay 70% of freight upon arrival"), (B, "ok"))) == [Decimal(30)]
    terms = chat((B, "付款？"), (S, "30%定金，尾款发货前付清。另外付款后70%的货先发"), (B, "好"))
    assert terms.payment.installments[1].trigger.value == "BEFORE_SHIPMENT"


def test_shipping_in_advance_is_no_deposit():
    assert shares(chat((B, "when?"), (S, "we can ship 20 advance 80 after CNY"), (B, "ok"))) == []


# A second review, of the rules after the first one (4cc9587 to b72ed3d):

def test_prices_of_options_are_no_prices_of_the_goods_in_their_order():
    terms = chat((B, "mugs 3000 pcs and plates 3000 pcs"), (S, "FOB USD 1.20, CIF USD 1.45"), (B, "ok FOB"))
    assert Decimal("1.45") not in prices(terms)
    terms = chat((B, "mugs 3000 pcs and plates 3000 pcs"), (S, "last year USD 1.10, now USD 1.20"), (B, "ok"))
    assert Decimal("1.10") not in prices(terms)


def test_a_lot_or_a_count_after_a_slash_is_no_price():
    assert Decimal(100) not in prices(chat((B, "need 20000 pcs"), (S, "USD 3.50 / 100 pcs"), (B, "ok")))
    assert Decimal(5000) not in prices(chat((B, "price?"), (S, "MOQ 5000 / 1.20 USD"), (B, "ok")))


def test_a_longer_name_opened_by_how_many_names_the_goods_only_with_their_kind():
    terms = chat((B, "dome tents: 2-person 600 pcs, 4-person 400 pcs"), (S, "2-person $11.80, 4-person $19.50"),
                 (B, "and 2-person sleeping bag?"), (S, "2-person sleeping bag $8.20"), (B, "ok"))
    assert prices(terms)[:1] == [Decimal("11.80")]


def test_an_area_a_suit_and_a_weight_after_one_size_are_still_orders():
    assert quantities(chat((B, "复合地板 600平方的"), (S, "85元一平方"), (B, "好")))[:1] == [Decimal(600)]
    assert quantities(chat((B, "运动套装 2000件"), (S, "每件65元"), (B, "好"))) == [Decimal(2000)]
    assert quantities(chat((B, "nichrome wire 0.5mm 20kg"), (S, "USD 18/kg"), (B, "ok"))) == [Decimal(20)]


def test_a_tent_a_tennis_racket_and_a_box_that_is_the_goods_keep_their_price():
    assert prices(chat((B, "dome tents 300 pcs"), (S, "USD 35.50 per tent"), (B, "ok"))) == [Decimal("35.50")]
    assert prices(chat((B, "gift boxes 5000 pcs"), (S, "USD 0.80 per box"), (B, "ok"))) == [Decimal("0.80")]
