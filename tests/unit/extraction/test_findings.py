"""review_terms: what a contract still needs, mode misfits, sums and open conflicts."""

from __future__ import annotations

from decimal import Decimal

from tradepact.domain.findings import review_terms
from tradepact.domain.terms import (
    Currency,
    Incoterm,
    IncotermRule,
    Installment,
    LeadTime,
    LineItem,
    Logistics,
    PaymentSchedule,
    Severity,
    TermStatus,
    TradeTerms,
    TransportMode,
)


def complete() -> TradeTerms:
    agreed = TermStatus.AGREED
    return TradeTerms(
        incoterm=Incoterm(rule=IncotermRule.FOB, named_place="Ningbo", status=agreed),
        payment=PaymentSchedule(status=agreed, installments=[Installment(percent=Decimal(30)),
                                                             Installment(percent=Decimal(70))]),
        lead_time=LeadTime(min_days=25, max_days=30, status=agreed),
        logistics=Logistics(mode=TransportMode.SEA_FCL, status=agreed),
        line_items=[LineItem(quantity=Decimal(100), unit_price=Decimal("2.5"), currency="USD", status=agreed)],
        currency=Currency(code="USD", status=agreed))


def codes(terms: TradeTerms) -> set[str]:
    return {f.code for f in review_terms(terms)}


def test_complete_agreed_terms_have_no_findings():
    assert review_terms(complete()) == []


def test_empty_terms_block_on_everything_a_contract_needs():
    findings = review_terms(TradeTerms())
    assert {f.code for f in findings} == {"INCOTERM_MISSING", "PAYMENT_MISSING", "CURRENCY_MISSING",
                                          "LINE_ITEMS_MISSING", "LEAD_TIME_MISSING"}
    assert all(f.severity == Severity.BLOCKING for f in findings)


def test_rule_without_place_is_blocking():
    terms = complete()
    terms.incoterm.named_place = None
    assert "NAMED_PLACE_MISSING" in codes(terms)


def test_fob_by_air_suggests_fca():
    terms = complete()
    terms.logistics.mode = TransportMode.AIR
    finding = next(f for f in review_terms(terms) if f.code == "INCOTERM_MODE_MISMATCH")
    assert finding.severity == Severity.WARNING and "FCA" in finding.message


def test_cif_by_air_suggests_cip():
    terms = complete()
    terms.incoterm.rule = IncotermRule.CIF
    terms.logistics.mode = TransportMode.EXPRESS
    assert "CIP" in next(f.message for f in review_terms(terms) if f.code == "INCOTERM_MODE_MISMATCH")


def test_installments_must_sum_to_100():
    terms = complete()
    terms.payment.installments[1].percent = Decimal(60)
    assert "PAYMENT_NOT_100" in codes(terms)


def test_proposed_and_conflicting_terms_are_reported():
    terms = complete()
    terms.lead_time.status = TermStatus.PROPOSED
    terms.incoterm.status = TermStatus.CONFLICTING
    found = {(f.code, f.field) for f in review_terms(terms)}
    assert ("TERM_NOT_AGREED", "lead_time") in found
    assert ("TERM_CONFLICTING", "incoterm") in found


def test_a_method_without_shares_is_reported_as_missing_shares_not_a_missing_schedule():
    from tradepact.domain.findings import review_terms
    from tradepact.domain.terms import Installment, PaymentMethod, PaymentSchedule, TradeTerms

    terms = TradeTerms(payment=PaymentSchedule(installments=[
        Installment(method=PaymentMethod.LC_USANCE, due_days=60)]))
    [finding] = [f for f in review_terms(terms) if f.code == "PAYMENT_MISSING"]
    assert "share" in finding.message
