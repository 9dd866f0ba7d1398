"""A split across instruments ("70 % by L/C at sight, 30 % D/P") is one schedule whose shares
keep their own methods; alternatives, tiers, untyped instruments and counter-offers still leave
it open."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import PaymentMethod, PaymentTrigger, TermStatus
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.evaluation import Case, _correct, predict

LC, DP, TT, CASH = PaymentMethod.LC_SIGHT, PaymentMethod.DP, PaymentMethod.TT, PaymentMethod.CASH


def chat(*turns: tuple[Role, str]) -> Transcript:
    return Transcript(messages=[Message(role=r, text=t) for r, t in turns])


def seller(*texts: str) -> Transcript:
    return chat(*((Role.SELLER, t) for t in texts))


def shares(terms) -> list[tuple]:
    return [(i.percent, i.method) for i in terms.payment.installments]


@pytest.mark.parametrize(("text", "expected"), [
    ("Payment: 70% by L/C at sight, 30% D/P.", [(Decimal(70), LC), (Decimal(30), DP)]),
    ("30% deposit by T/T, the remaining 70% by L/C at sight.", [(Decimal(30), TT), (Decimal(70), LC)]),
    ("Payment: 30% T/T in advance, 70% D/P at sight.", [(Decimal(30), TT), (Decimal(70), DP)]),
    ("50% by L/C at sight and the balance by D/P.", [(Decimal(50), LC), (Decimal(50), DP)]),
    ("可以，50%信用证，其余50%付款交单。", [(Decimal(50), LC), (Decimal(50), DP)]),
    ("付款方式：30%定金电汇，其余70%即期信用证。", [(Decimal(30), TT), (Decimal(70), LC)]),
    ("We don't accept D/A. 70% L/C at sight, 30% T/T.", [(Decimal(70), LC), (Decimal(30), TT)]),
    ("We can only accept 20% cash deposit, the other 80% by L/C at sight.",
     [(Decimal(20), CASH), (Decimal(80), LC)]),
    ("我们只接受20%现金定金，其余80%用信用证支付。", [(Decimal(20), CASH), (Decimal(80), LC)]),
])
def test_each_share_keeps_its_own_method(text, expected):
    terms = RulesExtractor().extract(seller(text))
    assert terms.payment.status == TermStatus.PROPOSED
    assert shares(terms) == expected


def test_a_bilingual_message_states_the_split_once():
    terms = RulesExtractor().extract(seller(
        "Payment: 50% by L/C at sight, the balance by D/P.\n付款：50%信用证，其余用付款交单。"))
    assert shares(terms) == [(Decimal(50), LC), (Decimal(50), DP)]


def test_only_a_share_called_a_deposit_falls_due_on_order():
    deposit = RulesExtractor().extract(seller("30% deposit by T/T, the remaining 70% by L/C at sight."))
    assert [i.trigger for i in deposit.payment.installments] == [
        PaymentTrigger.ON_ORDER, PaymentTrigger.UNSPECIFIED]
    documentary = RulesExtractor().extract(seller("Payment: 70% by L/C at sight, 30% D/P."))
    assert documentary.payment.installments[0].trigger == PaymentTrigger.UNSPECIFIED


def test_usance_days_go_with_their_share():
    terms = RulesExtractor().extract(chat(
        (Role.SELLER, "For the first order we need 30% T/T in advance, 70% by L/C at 60 days."),
        (Role.BUYER, "Agreed.")))
    assert terms.payment.status == TermStatus.AGREED
    assert [(i.method, i.due_days) for i in terms.payment.installments] == [
        (TT, None), (PaymentMethod.LC_USANCE, 60)]


def test_the_split_is_grounded_share_by_share():
    transcript = seller("Payment: 70% by L/C at sight, 30% D/P.")
    terms = RulesExtractor().extract(transcript)
    verified, dropped = verify_grounding(terms.model_copy(deep=True), transcript)
    assert shares(verified) == shares(terms)
    assert not dropped


def test_the_other_side_accepts_the_split():
    terms = RulesExtractor().extract(chat(
        (Role.BUYER, "Our bank prefers documentary terms. Can we do 70% by L/C at sight and 30% D/P?"),
        (Role.SELLER, "OK, 70% L/C at sight and 30% D/P is acceptable for this order.")))
    assert terms.payment.status == TermStatus.AGREED
    assert shares(terms) == [(Decimal(70), LC), (Decimal(30), DP)]


def test_a_question_alone_is_not_a_term():
    terms = RulesExtractor().extract(chat(
        (Role.BUYER, "Can we do 50% by L/C and the balance by D/P?")))
    assert terms.payment.status == TermStatus.MISSING


@pytest.mark.parametrize("text", [
    "50% by L/C or 50% by T/T.",  # one instrument or the other
    "Two ways for us: 50% by L/C and 50% by D/P, or 30% deposit by T/T and 70% by L/C.",
    "50% L/C + 50% D/P; 30% T/T + 70% L/C also possible.",  # two schemes, 200 %
    "Orders under USD 5,000: 100% T/T. Orders above USD 5,000: 30% T/T, 70% L/C.",  # tiers
    "We can only accept a 20% deposit by cheque, the other 80% by L/C at sight.",  # no typed method
    "30% deposit, balance by T/T before shipment. We also accept L/C.",  # the deposit has no method
    "We need 30% deposit by T/T. L/C is fine for the balance.",  # the balance's share is not written
])
def test_schemes_that_are_not_one_split_stay_open(text):
    terms = RulesExtractor().extract(seller(text))
    assert not terms.payment.installments
    assert terms.payment.status == TermStatus.CONFLICTING


def test_a_split_offered_with_or_is_an_alternative_to_the_first_offer():
    terms = RulesExtractor().extract(chat(
        (Role.SELLER, "We can take 25% in cash, the other 75% by L/C at sight."),
        (Role.BUYER, "Let me think."),
        (Role.SELLER, "Or 30% deposit by T/T and the remaining 70% by L/C, also fine for us.")))
    assert terms.payment.status == TermStatus.CONFLICTING
    assert not terms.payment.installments


def test_a_counter_offer_leaves_the_split_open():
    terms = RulesExtractor().extract(chat(
        (Role.SELLER, "Payment 70% L/C at sight, 30% D/P."),
        (Role.BUYER, "We prefer 30% T/T deposit and 70% T/T before shipment.")))
    assert terms.payment.status == TermStatus.CONFLICTING
    assert not terms.payment.installments


def test_one_method_for_both_shares_is_a_plain_deposit_and_balance():
    terms = RulesExtractor().extract(seller("30% T/T deposit, 70% T/T balance before shipment."))
    assert shares(terms) == [(Decimal(30), TT), (Decimal(70), TT)]
    assert predict(terms)["method"] == "TT"
    assert (predict(terms)["deposit_pct"], predict(terms)["balance_pct"]) == (30, 70)


def test_the_evaluation_reads_a_split_as_a_composite_method_without_deposit_and_balance():
    got = predict(RulesExtractor().extract(seller("30% deposit by T/T, the remaining 70% by L/C at sight.")))
    assert got["method"] == "TT+LC_SIGHT"
    assert got["deposit_pct"] is None and got["balance_pct"] is None


@pytest.mark.parametrize(("got", "want", "samples", "correct"), [
    ("LC_SIGHT+DP", "LC+DP", True, True),
    ("DP+LC_SIGHT", "LC+DP", True, True),  # parts in any order
    ("LC_SIGHT+DP", "LC|DP", True, False),  # a split is not a choice
    ("LC_SIGHT", "LC+DP", True, False),
    ("TT+LC_SIGHT", "Cash+LC", True, False),
    ("CASH+LC_SIGHT", "Cash+LC", True, True),
    ("ESCROW|TT", "Alipay|TT", True, True),
    ("TT|LC_SIGHT", "LC|TT", True, True),
    ("LC_SIGHT+LC_USANCE", "LC", True, True),  # one sample method
    ("ESCROW+TT", "TT+Alipay", True, True),
    ("TT+LC_SIGHT", "LC_SIGHT+TT", False, True),
    ("TT", "TT|LC_SIGHT", False, False),
    ("TT+LC_SIGHT", "TT", False, False),
])
def test_composite_methods_compare_as_sets_with_the_same_separator(got, want, samples, correct):
    case = Case("c", Transcript(messages=[]), {}, numeric_text=samples)
    assert _correct("method", got, want, case) is correct
