"""The extraction use case: validate, extract with the chosen backend, keep only grounded terms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradepact.domain.errors import InvalidInput
from tradepact.domain.terms import (
    Evidence,
    Incoterm,
    IncotermRule,
    LineItem,
    TermStatus,
    TradeTerms,
)
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.domain.transcript_limits import TranscriptLimits
from tradepact.usecases.extract_terms import ExtractTermsCommand, extract_terms

CHAT = Transcript(messages=[
    Message(role=Role.SELLER, text="FOB Ningbo, USD 3.50/pc for 500 pcs mugs"),
    Message(role=Role.BUYER, text="ok"),
])


class FakeExtractor:
    """Returns canned terms and remembers what it was asked."""

    def __init__(self, name: str, terms: TradeTerms) -> None:
        self.name, self.terms, self.calls = name, terms, 0

    def extract(self, transcript: Transcript) -> TradeTerms:
        self.calls += 1
        return self.terms


def quote(text: str) -> Evidence:
    start = CHAT.messages[0].text.index(text)
    return Evidence(message_index=0, start=start, end=start + len(text), quote=text)


GROUNDED = TradeTerms(incoterm=Incoterm(rule=IncotermRule.FOB, named_place="Ningbo",
                                        status=TermStatus.AGREED, evidence=[quote("FOB Ningbo")]))
INVENTED = TradeTerms(line_items=[LineItem(
    description="mugs", quantity=Decimal(500), unit_price=Decimal("2.99"),
    status=TermStatus.PROPOSED, evidence=[quote("USD 3.50/pc for 500 pcs mugs")])])


def test_the_default_backend_is_used_when_none_is_asked_for():
    rules, llm = FakeExtractor("rules", GROUNDED), FakeExtractor("llm", INVENTED)
    result = extract_terms(ExtractTermsCommand(CHAT), {"rules": rules, "llm": llm})
    assert (result.backend, rules.calls, llm.calls) == ("rules", 1, 0)
    assert result.terms.incoterm.rule == IncotermRule.FOB
    assert result.ungrounded_count == 0


def test_ungrounded_values_from_any_backend_are_dropped_counted_and_reported():
    result = extract_terms(ExtractTermsCommand(CHAT, backend="llm"),
                           {"llm": FakeExtractor("llm", INVENTED)})
    assert result.terms.line_items[0].unit_price is None
    assert result.ungrounded_count == 1
    assert any(f.code == "UNGROUNDED" and f.field == "line_items[0].unit_price"
               for f in result.terms.findings)


def test_unknown_backend_is_invalid_input_on_the_backend_field():
    with pytest.raises(InvalidInput) as err:
        extract_terms(ExtractTermsCommand(CHAT, backend="magic"),
                      {"rules": FakeExtractor("rules", GROUNDED)})
    assert err.value.violations[0].field == "backend"
    assert "rules" in err.value.violations[0].description


def test_an_oversized_transcript_is_refused_before_any_backend_runs():
    rules = FakeExtractor("rules", GROUNDED)
    with pytest.raises(InvalidInput):
        extract_terms(ExtractTermsCommand(CHAT), {"rules": rules},
                      TranscriptLimits(max_messages=1))
    assert rules.calls == 0
