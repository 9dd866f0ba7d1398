"""An installment whose trigger nobody stated ("70 % as agreed") is a hidden term: a draft marks
it as missing in the payment table and a final version is refused naming it."""

from __future__ import annotations

import pytest

from tests.support.contract_model import build_from_sample as _build
from tradepact.domain.contract import Language, blocking_gaps
from tradepact.domain.contract.gaps import GapReason
from tradepact.domain.errors import PreconditionFailed
from tradepact.domain.terms import PaymentTrigger


def _unsettled_balance(sample):
    terms = sample["terms"].model_copy(deep=True)
    assert len(terms.payment.installments) >= 2
    terms.payment.installments[-1].trigger = PaymentTrigger.UNSPECIFIED
    terms.payment.installments[-1].trigger_event = None
    return terms, len(terms.payment.installments) - 1


def _payment_rows(doc):
    return next(b for s in doc.sections for b in s.blocks if getattr(b, "name", "") == "payment").rows


def test_the_sample_schedule_has_every_trigger_and_no_gap(sample):
    assert not [g for g in blocking_gaps(sample["terms"], sample["parties"])
                if g.field.startswith("payment")]


def test_an_installment_without_a_trigger_is_a_missing_gap(sample):
    terms, last = _unsettled_balance(sample)
    gaps = [g for g in blocking_gaps(terms, sample["parties"]) if g.field.startswith("payment")]
    assert [(g.field, g.reason) for g in gaps] == [
        (f"payment.installments[{last}].trigger", GapReason.MISSING)]


def test_a_final_contract_with_an_installment_without_a_trigger_fails_naming_it(template, sample):
    terms, last = _unsettled_balance(sample)
    with pytest.raises(PreconditionFailed) as err:
        _build(template, sample, terms, final=True)
    assert [(v.type, v.subject) for v in err.value.violations] == [
        ("GAP", f"payment.installments[{last}].trigger")]


@pytest.mark.parametrize(("language", "marker"), [
    (Language.EN, "[[ MISSING: When the installment is due ]]"),
    (Language.ZH, "[[ MISSING: 付款时点 ]]"),
])
def test_the_draft_marks_the_trigger_missing_instead_of_as_agreed(template, sample, language, marker):
    terms, last = _unsettled_balance(sample)
    doc = _build(template, sample, terms, language=language)
    row = _payment_rows(doc)[last]
    assert row[3] == marker
    assert "as agreed" not in row[3]
    assert marker in doc.plain_text()
