"""Payment methods offered as alternatives are no choice: a final contract blocks on them and
the draft names them in every language."""

from __future__ import annotations

import pytest

from tests.support.contract_model import build_from_sample as _build
from tradepact.domain.contract import Language, blocking_gaps
from tradepact.domain.contract.gaps import GapReason
from tradepact.domain.errors import PreconditionFailed
from tradepact.domain.terms import PaymentMethod, TermStatus


def _offering_tt_or_lc(sample):
    terms = sample["terms"].model_copy(deep=True)
    terms.payment.status = TermStatus.CONFLICTING
    for inst in terms.payment.installments:
        inst.method = PaymentMethod.UNSPECIFIED
    terms.payment.offered_methods = [PaymentMethod.TT, PaymentMethod.LC_SIGHT]
    return terms


def test_methods_offered_as_alternatives_are_a_blocking_gap_naming_them(sample):
    gaps = blocking_gaps(_offering_tt_or_lc(sample), sample["parties"])
    payment = [g for g in gaps if g.field == "payment"]
    assert [g.reason for g in payment] == [GapReason.CONFLICTING]
    assert "TT or LC_SIGHT" in payment[0].description


def test_alternatives_block_even_when_the_status_claims_agreement(sample):
    terms = _offering_tt_or_lc(sample)
    terms.payment.status = TermStatus.AGREED
    assert [g.field for g in blocking_gaps(terms, sample["parties"])] == ["payment"]


def test_a_final_contract_with_open_alternatives_fails(template, sample):
    with pytest.raises(PreconditionFailed) as err:
        _build(template, sample, _offering_tt_or_lc(sample), final=True)
    assert [v.subject for v in err.value.violations] == ["payment"]


@pytest.mark.parametrize(("language", "expected"), [
    (Language.EN, "telegraphic transfer (T/T) or irrevocable letter of credit at sight"),
    (Language.ZH, "电汇（T/T）或不可撤销即期信用证"),
])
def test_the_draft_gap_notice_names_the_alternatives(template, sample, language, expected):
    doc = _build(template, sample, _offering_tt_or_lc(sample), language=language)
    notice = [n for n in doc.gap_notice if n.endswith("[payment]")]
    assert len(notice) == 1 and expected in notice[0]
    assert expected in doc.plain_text()


def test_cash_has_a_clause_text_in_every_language(template):
    for pack in template.data.packs.values():
        assert pack.enums["method"][PaymentMethod.CASH.value]
