"""Milestones come from the payment schedule and always sum exactly to the contract total."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradepact.domain.errors import InvalidInput
from tradepact.domain.escrow.milestones import EvidenceType, plan_milestones, release_condition
from tradepact.domain.terms import Installment, PaymentSchedule, PaymentTrigger, TradeTerms


def schedule(*installments: Installment) -> TradeTerms:
    return TradeTerms(payment=PaymentSchedule(installments=list(installments)))


def pct(p: str, trigger: PaymentTrigger = PaymentTrigger.UNSPECIFIED, **kw) -> Installment:
    return Installment(percent=Decimal(p), trigger=trigger, **kw)


def test_thirty_seventy_rounding_remainder_goes_to_the_last_installment():
    plans = plan_milestones(schedule(pct("30"), pct("70")), 100_001, "usd")
    assert [p.amount_minor for p in plans] == [30_000, 70_001]
    assert {p.currency for p in plans} == {"USD"}


@given(total=st.integers(1_000, 10**12),
       cuts=st.lists(st.integers(1, 99), min_size=0, max_size=5, unique=True))
def test_percent_milestones_sum_exactly_to_the_total(total, cuts):
    bounds = [0, *sorted(cuts), 100]
    shares = [Decimal(b - a) for a, b in zip(bounds, bounds[1:], strict=False)]
    plans = plan_milestones(schedule(*(Installment(percent=s) for s in shares)), total, "USD")
    assert sum(p.amount_minor for p in plans) == total
    assert all(p.amount_minor > 0 for p in plans)


def test_fixed_amount_installments_are_kept_and_percent_ones_fill_the_rest():
    terms = schedule(Installment(fixed_amount_minor=50_000, currency="USD"), pct("50"))
    assert [p.amount_minor for p in plan_milestones(terms, 100_000, "USD")] == [50_000, 50_000]


def test_schedule_that_does_not_add_up_is_refused():
    with pytest.raises(InvalidInput):
        plan_milestones(schedule(pct("30"), pct("60")), 100_000, "USD")
    with pytest.raises(InvalidInput):
        plan_milestones(schedule(Installment(fixed_amount_minor=10, currency="USD"), pct("50")),
                        100_000, "USD")


def test_empty_schedule_is_refused():
    with pytest.raises(InvalidInput, match="no installments"):
        plan_milestones(schedule(), 100, "USD")


@pytest.mark.parametrize(("trigger", "evidence"), [
    (PaymentTrigger.AGAINST_BL_COPY, EvidenceType.BILL_OF_LADING),
    (PaymentTrigger.AFTER_INSPECTION, EvidenceType.INSPECTION_REPORT),
    (PaymentTrigger.BEFORE_SHIPMENT, EvidenceType.PRODUCTION_COMPLETE),
    (PaymentTrigger.ON_ORDER, EvidenceType.SIGNED_CONTRACT),
    (PaymentTrigger.ON_ARRIVAL, EvidenceType.ARRIVAL_NOTICE),
])
def test_release_condition_follows_the_trigger(trigger, evidence):
    assert release_condition(trigger) is evidence


def test_days_after_bl_date_needs_the_bill_of_lading():
    assert release_condition(PaymentTrigger.DAYS_AFTER_EVENT, "B/L date") is EvidenceType.BILL_OF_LADING
    assert release_condition(PaymentTrigger.DAYS_AFTER_EVENT, "invoice") is EvidenceType.INVOICE
