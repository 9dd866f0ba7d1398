"""Phrasings of supplier FAQs, terms pages and trade letters that a chat also uses."""

from __future__ import annotations

from decimal import Decimal

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import IncotermRule, PaymentMethod, TermStatus
from tradepact.domain.transcript import Message, Role, Transcript


def extract(*texts: str, role: Role = Role.SELLER):
    return RulesExtractor().extract(
        Transcript(messages=[Message(role=role, text=t) for t in texts])
    )


# --- conditions govern their own part of a sentence ---------------------------------------------


def test_a_statement_before_a_condition_with_its_own_consequence_stands():
    terms = extract("Our price quotation is ex-factory, if you need FOB cost you can ask for it.")
    assert terms.incoterm.rule == IncotermRule.EXW
    assert terms.incoterm.status == TermStatus.PROPOSED


def test_a_trailing_condition_without_a_consequence_governs_the_whole_sentence():
    terms = extract("We can do USD 3.20, if you order 5000 pcs.")
    assert not terms.line_items or terms.line_items[0].unit_price is None


def test_a_leading_condition_governs_the_whole_sentence():
    terms = extract("If you book a full container, we can do FOB Ningbo.")
    assert terms.incoterm.status == TermStatus.MISSING


def test_chinese_statement_before_a_condition_stands():
    terms = extract("我们报的是出厂价，如果需要FOB价格可以另外报。")
    assert terms.incoterm.rule == IncotermRule.EXW


def test_a_courtesy_if_is_no_condition():
    terms = extract(
        "We shall be glad if you will state your prices, CIF Haiphong including packing.",
        role=Role.BUYER,
    )
    assert terms.incoterm.rule == IncotermRule.CIF
    assert terms.incoterm.named_place == "Haiphong"


def test_a_request_for_a_quote_states_the_quantity_wanted():
    terms = extract(
        "Will you please quote for the supply of approximately 100 metric tons of paper?",
        role=Role.BUYER,
    )
    assert terms.line_items[0].quantity == Decimal(100)


def test_an_amount_with_or_more_is_a_threshold_not_a_price():
    terms = extract("USD 1.85/pc, and a free gift box when you spend USD 500 or more.")
    assert [i.unit_price for i in terms.line_items] == [Decimal("1.85")]


# --- payment schemes ----------------------------------------------------------------------------


def shares(terms) -> list[Decimal | None]:
    return [i.percent for i in terms.payment.installments]


def test_variants_under_different_conditions_that_agree_state_the_split():
    terms = extract(
        "In case of EXW delivery, we charge 30% deposit and the remaining 70% before pickup.\n"
        "In case of FOB Xiamen, we charge 30% deposit and the remaining 70% against copy of B/L."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]
    assert terms.incoterm.status == TermStatus.MISSING


def test_variants_that_differ_leave_the_payment_open():
    terms = extract(
        "If you order a full container: 30% deposit, 70% before shipment.\n"
        "If you order less than a container: 50% deposit, 50% before shipment. All by T/T."
    )
    assert terms.payment.status == TermStatus.CONFLICTING
    assert not terms.payment.installments


def test_a_recommended_method_settles_the_alternatives():
    terms = extract(
        "We accept T/T or L/C at sight. We recommend T/T instead of L/C: 30% deposit, "
        "balance before shipment."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]
    assert {i.method for i in terms.payment.installments} == {PaymentMethod.TT}


def test_a_share_for_one_off_fees_is_not_the_goods_split():
    terms = extract(
        "Mould and sample fees: 100% T/T in advance.\nFor the bulk order: 30% deposit, 70% before shipment."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]


def test_the_first_share_remitted_is_the_deposit_of_a_three_tranche_schedule():
    terms = extract(
        "Buyer remits 30% T/T of the invoice value. Buyer pays 40% T/T against copy of B/L. "
        "The balance 30% T/T after arrival."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]


def test_chinese_first_share_paid_and_other_balance():
    assert shares(extract("签合同后客户须付总货款30%，其余货款发货前付清。")) == [
        Decimal(30),
        Decimal(70),
    ]
    assert shares(extract("確認下單付30%訂金，另外70%貨款發貨前付清。")) == [
        Decimal(30),
        Decimal(70),
    ]


def test_prepayment_without_a_share_is_the_whole_price_in_advance():
    for text in (
        "You need to make the prepayment to reserve the goods.",
        "下单前全额付清货款。",
        "小单款到发货。",
    ):
        assert shares(extract(text)) == [Decimal(100)], text


def test_prepayment_beside_a_share_is_not_the_whole_price():
    assert shares(extract("We need 30% advance payment, balance before shipment.")) == [
        Decimal(30),
        Decimal(70),
    ]


def test_a_documentary_sight_draft_on_collection_is_dp():
    terms = extract("We will draw on you by our documentary draft at sight on collection basis.")
    assert terms.payment.installments[0].method == PaymentMethod.DP


def test_a_refusal_with_a_curly_apostrophe_refuses():
    terms = extract("We don’t accept credit card, CAD, DP payment. Payment by T/T.")
    assert {i.method for i in terms.payment.installments} == {PaymentMethod.TT}
