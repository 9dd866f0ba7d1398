"""Payment methods offered as alternatives are recorded, in the order offered, until a side
picks one; cash, Alipay and 轉賬 are methods; the alternatives survive grounding and the wire."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import (
    Evidence,
    PaymentMethod,
    PaymentSchedule,
    TermStatus,
    TradeTerms,
)
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.entrypoints.grpc.converters.terms import terms_from_pb, terms_to_pb
from tradepact.evaluation import Case, _correct, predict

TT, LC, CASH, ESCROW = (PaymentMethod.TT, PaymentMethod.LC_SIGHT, PaymentMethod.CASH,
                        PaymentMethod.ESCROW)


def chat(*turns: tuple[Role, str]) -> Transcript:
    return Transcript(messages=[Message(role=r, text=t) for r, t in turns])


def extract(*turns: tuple[Role, str]) -> TradeTerms:
    return RulesExtractor().extract(chat(*turns))


def seller(text: str) -> TradeTerms:
    return extract((Role.SELLER, text))


# --- the rules extractor -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "offered"), [
    ("We accept T/T or L/C at sight.", [TT, LC]),
    ("We accept L/C at sight or T/T.", [LC, TT]),  # in the order offered
    ("We accept T/T, Western Union and PayPal.",
     [TT, PaymentMethod.WESTERN_UNION, PaymentMethod.PAYPAL]),
    ("电汇或者信用证都可以，您看哪个方便。", [TT, LC]),
    ("付款可以T/T或信用證，您選哪一個？", [TT, LC]),
    ("You can pay by T/T or in cash when you visit.", [TT, CASH]),
])
def test_methods_offered_as_alternatives_are_recorded_and_leave_the_payment_open(text, offered):
    terms = seller(text)
    assert terms.payment.status == TermStatus.CONFLICTING
    assert terms.payment.offered_methods == offered
    assert all(i.method == PaymentMethod.UNSPECIFIED for i in terms.payment.installments)


def test_an_ok_to_alternatives_chooses_none_of_them():
    terms = extract((Role.SELLER, "For this order we accept T/T or L/C at sight."),
                    (Role.BUYER, "OK, thanks."))
    assert terms.payment.status == TermStatus.CONFLICTING
    assert terms.payment.offered_methods == [TT, LC]


@pytest.mark.parametrize("choice", ["We will pay by T/T.", "T/T is fine for us."])
def test_choosing_one_alternative_makes_it_the_method(choice):
    terms = extract((Role.SELLER, "We accept T/T or PayPal, whichever suits you."),
                    (Role.BUYER, choice),
                    (Role.SELLER, "OK, I will send the PI."))
    assert terms.payment.status == TermStatus.AGREED
    assert terms.payment.offered_methods == []
    assert [i.method for i in terms.payment.installments] == [TT]


@pytest.mark.parametrize("text", [
    "We confirm once we receive your payment or a valid L/C.",  # one typed method is no choice
    "Orders under USD 2,000: PayPal. Orders over USD 2,000: T/T.",  # tiers, not a choice
    "30% deposit, balance by T/T before shipment. We also accept L/C.",  # T/T pays a share
    "We recommend T/T rather than L/C.",  # the seller settles on one
])
def test_schemes_and_single_options_are_not_alternatives(text):
    assert seller(text).payment.offered_methods == []


def test_a_split_stated_before_a_choice_of_methods_stands():
    terms = seller("30%定金，尾款发货前付清。可以银行转账，用支付宝支付也可以。")
    assert [i.percent for i in terms.payment.installments] == [Decimal(30), Decimal(70)]
    assert terms.payment.offered_methods == [TT, ESCROW]
    assert terms.payment.status == TermStatus.CONFLICTING


def test_a_split_inside_one_listed_alternative_is_left_open():
    terms = seller("Payment options:\n1. L/C at sight.\n2. T/T: 50% deposit, balance before shipment.")
    assert terms.payment.offered_methods == [LC, TT]
    assert not terms.payment.installments


@pytest.mark.parametrize(("text", "method"), [
    ("Payment 100% in cash on order.", CASH),
    ("全款现金支付，下单时付清。", CASH),
    ("可以用支付寶付款，全款預付。", ESCROW),
    ("We take Alipay, 100% in advance.", ESCROW),
    ("付款方式：銀行轉賬，30%訂金，70%出貨前付清。", TT),
    ("付款方式：转账，30%定金，70%发货前付清。", TT),
])
def test_cash_alipay_and_transfers_are_methods(text, method):
    terms = seller(text)
    assert {i.method for i in terms.payment.installments} == {method}


@pytest.mark.parametrize("text", [
    "Our cash flow is tight, so 30% deposit by T/T, balance before shipment.",
    "We can offer a 2% cash discount; 30% deposit by T/T, balance before shipment.",
    "We don't accept cash. 30% deposit by T/T, balance before shipment.",
    "不收现金。30%定金电汇，70%发货前付清。",
])
def test_cash_that_is_not_the_means_of_paying_is_no_method(text):
    terms = seller(text)
    assert {i.method for i in terms.payment.installments} == {TT}


def test_cash_against_documents_is_not_cash():
    assert CASH not in {i.method for i in seller("Payment: cash against documents.").payment.installments}


# --- grounding ---------------------------------------------------------------------------------


def _offered_terms(transcript: Transcript, quotes: list[tuple[int, int]],
                   offered: list[PaymentMethod]) -> TradeTerms:
    text = transcript.messages[0].text
    evidence = [Evidence(message_index=0, start=s, end=e, quote=text[s:e]) for s, e in quotes]
    return TradeTerms(payment=PaymentSchedule(status=TermStatus.CONFLICTING, evidence=evidence,
                                              offered_methods=offered))


def test_offered_methods_named_in_the_quotes_survive_grounding():
    transcript = chat((Role.SELLER, "We accept T/T or L/C at sight."))
    terms = RulesExtractor().extract(transcript)
    verified, dropped = verify_grounding(terms, transcript)
    assert verified.payment.offered_methods == [TT, LC]
    assert verified.payment.status == TermStatus.CONFLICTING
    assert not dropped


def test_an_offered_method_not_in_its_quote_is_dropped_and_one_left_is_no_choice():
    transcript = chat((Role.SELLER, "We accept T/T or L/C at sight."))
    terms = _offered_terms(transcript, [(10, 13)], [TT, PaymentMethod.PAYPAL])  # quotes "T/T"
    verified, dropped = verify_grounding(terms, transcript)
    assert verified.payment.offered_methods == []
    assert {f.field for f in dropped} == {"payment.offered_methods[1]", "payment.offered_methods"}


def test_cash_and_alipay_are_grounded_in_chinese_quotes():
    transcript = chat((Role.SELLER, "可以付現金，或者用支付寶。"))
    terms = _offered_terms(transcript, [(3, 5), (9, 12)], [CASH, ESCROW])
    verified, dropped = verify_grounding(terms, transcript)
    assert verified.payment.offered_methods == [CASH, ESCROW] and not dropped


# --- the wire and the evaluation ---------------------------------------------------------------


def test_offered_methods_and_cash_round_trip_through_the_proto():
    terms = seller("30% deposit, balance before shipment; T/T or cash.")
    terms.payment.offered_methods = [TT, CASH, ESCROW]
    back = terms_from_pb(terms_to_pb(terms))
    assert back.payment.offered_methods == [TT, CASH, ESCROW]
    assert back.payment == terms.payment
    split = seller("We can only accept 20% cash deposit, the other 80% by L/C at sight.")
    assert terms_from_pb(terms_to_pb(split)).payment == split.payment


def test_the_evaluation_writes_alternatives_in_the_order_offered():
    assert predict(seller("We accept L/C at sight or T/T."))["method"] == "LC_SIGHT|TT"


@pytest.mark.parametrize(("got", "want", "correct"), [
    ("CASH", "Cash", True),
    ("ESCROW|TT", "Alipay|TT", True),
    ("LC_SIGHT|TT", "LC|TT", True),
    ("LC_SIGHT|TT", "LC+TT", False),
])
def test_sample_labels_match_offered_and_cash_methods(got, want, correct):
    case = Case("c", Transcript(messages=[]), {}, numeric_text=True)
    assert _correct("method", got, want, case) is correct
