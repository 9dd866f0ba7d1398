"""A unit price quoted as a range is no price: a draft shows the quoted range as a marked
placeholder with no line total or contract total, and a final version is refused naming it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.support.contract_model import build_from_sample as _build
from tradepact.domain.contract import Language, blocking_gaps
from tradepact.domain.contract.gaps import GapReason
from tradepact.domain.contract.schedule import contract_total_minor
from tradepact.domain.errors import PreconditionFailed
from tradepact.domain.findings import PRICE_RANGE, review_terms
from tradepact.domain.terms import Severity, TermStatus

RANGE_EN = "[[ QUOTED RANGE: USD 3.2–3.6; a single unit price must be agreed ]]"
RANGE_ZH = "[[ 报价区间：USD 3.2–3.6；须约定单一单价 ]]"


def _quoted_as_range(sample, status=TermStatus.PROPOSED):
    terms = sample["terms"].model_copy(deep=True)
    bottle = terms.line_items[0]
    bottle.unit_price, bottle.unit_price_max, bottle.status = (Decimal("3.2"), Decimal("3.6"),
                                                               status)
    return terms


def _bottle_row(doc):
    goods = next(b for s in doc.sections for b in s.blocks if getattr(b, "name", "") == "goods")
    return goods.rows[0], goods.footer[0]


@pytest.mark.parametrize("status", [TermStatus.PROPOSED, TermStatus.AGREED])
def test_a_range_is_a_blocking_gap_whatever_its_status_says(sample, status):
    gaps = blocking_gaps(_quoted_as_range(sample, status), sample["parties"])
    price = [g for g in gaps if g.field == "line_items[0].unit_price"]
    assert [g.reason for g in price] == [GapReason.PRICE_RANGE]
    assert "USD 3.2-3.6" in price[0].description
    assert "single unit price" in price[0].description


def test_a_final_contract_with_a_quoted_range_fails_naming_the_gap(template, sample):
    with pytest.raises(PreconditionFailed) as err:
        _build(template, sample, _quoted_as_range(sample, TermStatus.AGREED), final=True)
    assert [(v.type, v.subject) for v in err.value.violations] == [
        ("GAP", "line_items[0].unit_price")]
    assert "quoted as a range" in str(err.value)


@pytest.mark.parametrize(("language", "marker"), [
    (Language.EN, RANGE_EN), (Language.ZH, RANGE_ZH),
    (Language.BILINGUAL, "[[ QUOTED RANGE: USD 3.2–3.6; a single unit price must be agreed / "
                         "报价区间：USD 3.2–3.6；须约定单一单价 ]]"),
])
def test_the_draft_shows_the_quoted_range_as_a_placeholder_in_every_language(
        template, sample, language, marker):
    doc = _build(template, sample, _quoted_as_range(sample), language=language)
    row, _ = _bottle_row(doc)
    assert row[5] == marker
    assert marker in doc.plain_text()


def test_the_draft_computes_no_line_total_or_contract_total_from_a_range(template, sample):
    doc = _build(template, sample, _quoted_as_range(sample))
    row, footer = _bottle_row(doc)
    assert row[6].startswith("[[ MISSING")
    assert footer[-1].startswith("[[ MISSING")
    # 5000 x 3.20 = 16,000.00 would be a total nobody agreed
    assert "16,000" not in doc.plain_text()
    assert any(n.endswith("[line_items[0].unit_price]") and "quoted as a range" in n
               for n in doc.gap_notice)


def test_the_escrow_amounts_refuse_a_range(sample):
    with pytest.raises(PreconditionFailed) as err:
        contract_total_minor(_quoted_as_range(sample))
    assert [v.subject for v in err.value.violations] == ["line_items[0].unit_price"]


def test_the_review_flags_a_range_as_blocking(sample):
    findings = [f for f in review_terms(_quoted_as_range(sample)) if f.code == PRICE_RANGE]
    assert [(f.field, f.severity) for f in findings] == [("line_items[0].unit_price",
                                                          Severity.BLOCKING)]
    assert "(USD 3.2-3.6)" in findings[0].message
