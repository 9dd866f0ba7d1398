"""Regressions a second review of the bg-to-bl rules found: each chat was read wrongly by the
first version of a rule and is read here as the release before it read it."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, methods, prices, shares
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
