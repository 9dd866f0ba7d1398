"""A unit price quoted per one measure and a quantity counted in another ("GBP 38.40 per carton",
"2400 pcs") multiply to no sum anybody owes: the extraction's blocking PRICE_UNIT_DIFFERS
finding keeps the line total and the contract total out of a draft and refuses a final version."""

from __future__ import annotations

import pytest

from tests.support.contract_model import build_from_sample as _build
from tradepact.domain.contract import blocking_gaps
from tradepact.domain.contract.gaps import GapReason
from tradepact.domain.errors import PreconditionFailed
from tradepact.domain.terms import Finding, Severity


def _priced_per_carton(sample):
    terms = sample["terms"].model_copy(deep=True)
    terms.findings.append(Finding(code="PRICE_UNIT_DIFFERS", severity=Severity.BLOCKING,
                                  field="line_items[0].unit_price",
                                  message="the unit price is quoted per carton, the quantity in pcs"))
    return terms


def _goods(doc):
    goods = next(b for s in doc.sections for b in s.blocks if getattr(b, "name", "") == "goods")
    return goods.rows[0], goods.footer[0]


def test_the_finding_is_a_gap_on_the_unit_price(sample):
    gaps = blocking_gaps(_priced_per_carton(sample), sample["parties"])
    assert [(g.field, g.reason) for g in gaps] == [("line_items[0].unit_price", GapReason.FINDING)]


def test_a_final_contract_fails_naming_the_unit_price(template, sample):
    with pytest.raises(PreconditionFailed) as err:
        _build(template, sample, _priced_per_carton(sample), final=True)
    assert [(v.type, v.subject) for v in err.value.violations] == [("GAP", "line_items[0].unit_price")]


def test_the_draft_shows_no_line_total_and_no_contract_total(template, sample):
    priced = _build(template, sample, sample["terms"])
    row, footer = _goods(priced)
    assert not row[6].startswith("[[") and not footer[-1].startswith("[[")  # the sample has totals
    row, footer = _goods(_build(template, sample, _priced_per_carton(sample)))
    assert row[6].startswith("[[ MISSING")
    assert footer[-1].startswith("[[ MISSING")
