"""Messages that describe schemes or options rather than a deal leave the term open."""

from __future__ import annotations

from decimal import Decimal

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import PaymentMethod, TermStatus, TransportMode
from tradepact.domain.transcript import Message, Role, Transcript


def seller(*texts: str) -> Transcript:
    return Transcript(messages=[Message(role=Role.SELLER, text=t) for t in texts])


def extract(*texts: str):
    return RulesExtractor().extract(seller(*texts))


def test_a_payment_scheme_tiered_by_order_value_is_not_the_deal():
    terms = extract("Orders up to USD 3,000: paid at once when ordering.\n"
                    "Orders over USD 3,000: 30% deposit, 70% before shipment.")
    assert terms.payment.status == TermStatus.CONFLICTING
    assert not terms.payment.installments


def test_one_tier_the_order_may_meet_is_still_a_proposal():
    terms = extract("For orders under USD 5000 we need 100% T/T in advance.")
    assert terms.payment.status == TermStatus.PROPOSED
    assert terms.payment.installments[0].percent == Decimal(100)


def test_a_method_named_as_one_alternative_is_not_the_method():
    terms = extract("We confirm once we receive your payment or a valid L/C.")
    assert terms.payment.status == TermStatus.CONFLICTING
    assert not terms.payment.installments


def test_a_split_across_two_instruments_is_one_schedule_with_a_method_per_share():
    terms = extract("30% deposit by T/T, the remaining 70% by L/C at sight.")
    assert terms.payment.status == TermStatus.PROPOSED
    assert [(i.percent, i.method) for i in terms.payment.installments] == [
        (Decimal(30), PaymentMethod.TT), (Decimal(70), PaymentMethod.LC_SIGHT)]


def test_a_method_beside_cash_is_not_the_method_of_the_whole_payment():
    terms = extract("We take part in cash at the factory, the rest by L/C at sight.")
    assert not terms.payment.installments


def test_a_mode_inside_a_list_of_options_is_not_chosen():
    terms = extract("Two options: (1) your forwarder collects at our door; (2) we ship by sea to your port.")
    assert terms.logistics.mode == TransportMode.UNSPECIFIED
    assert terms.logistics.status == TermStatus.CONFLICTING


def test_a_rule_asked_without_a_question_word_is_not_offered():
    assert extract("DDP Madrid?").incoterm.status == TermStatus.MISSING


def test_a_mould_fee_is_not_a_unit_price_and_its_refund_threshold_not_the_quantity():
    terms = extract("FOB price USD 1.80/pc.",
                    "Mould fee USD 500, refunded when the order reaches 8,000 pcs; "
                    "the cost of each plate is RMB 300/colour.")
    assert [(i.unit_price, i.quantity) for i in terms.line_items] == [(Decimal("1.80"), None)]
    assert terms.currency.code == "USD"


def test_several_listed_currencies_leave_the_currency_open():
    terms = extract("We can receive USD, EUR or RMB; orders above 20000 RMB need a PI.")
    assert terms.currency.code is None


def test_t_t_alone_is_still_the_method():
    terms = extract("Payment: 30% T/T deposit, 70% balance before shipment.")
    assert {i.method for i in terms.payment.installments} == {PaymentMethod.TT}
