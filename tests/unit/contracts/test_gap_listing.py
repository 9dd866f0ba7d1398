"""Each blocking gap is listed once, even when a finding and the contract's own checks name it."""

from __future__ import annotations

from tests.support.samples import sample_parties, sample_terms
from tradepact.domain.contract import blocking_gaps
from tradepact.domain.findings import review_terms
from tradepact.domain.terms import Finding, Severity, TermStatus, TradeTerms


def _reviewed(terms: TradeTerms) -> TradeTerms:
    return terms.model_copy(update={"findings": review_terms(terms)})


def test_a_missing_lead_time_is_one_gap() -> None:
    terms = sample_terms()
    terms = _reviewed(terms.model_copy(update={"lead_time": type(terms.lead_time)()}))
    assert [(g.field, g.description) for g in blocking_gaps(terms, sample_parties())] == [
        ("lead_time.days", "the lead time is missing")]


def test_line_items_without_prices_are_a_gap_each_and_no_line_items_gap_besides() -> None:
    terms = sample_terms()
    items = [i.model_copy(update={"unit_price": None}) for i in terms.line_items]
    terms = _reviewed(terms.model_copy(update={"line_items": items}))
    assert [f.code for f in terms.findings] == ["LINE_ITEMS_MISSING"]
    fields = [g.field for g in blocking_gaps(terms, sample_parties())]
    assert fields == [f"line_items[{i}].unit_price" for i in range(len(items))]


def test_a_finding_that_says_more_than_missing_stays_next_to_the_gap() -> None:
    terms = sample_terms()
    conflict = Finding(code="TERM_CONFLICTING", severity=Severity.BLOCKING, field="lead_time",
                       message="lead_time: an open counter-offer")
    terms = terms.model_copy(update={
        "lead_time": type(terms.lead_time)(status=TermStatus.AGREED), "findings": [conflict]})
    fields = [g.field for g in blocking_gaps(terms, sample_parties())]
    assert fields == ["lead_time.days", "lead_time"]
