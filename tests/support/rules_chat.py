"""A chat run through the rules extractor, for the unit cases of the blind-set rules.

`chat((SELLER, "..."), (BUYER, "..."))` extracts the terms and asserts that every value is
grounded, so each case checks what a user would see in the contract; the helpers read the
fields the cases assert on.
"""

from __future__ import annotations

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Message, Role, Transcript

S, B = Role.SELLER, Role.BUYER


def chat(*turns: tuple[Role, str]) -> TradeTerms:
    transcript = Transcript(messages=[Message(role=r, text=t) for r, t in turns])
    terms = RulesExtractor().extract(transcript)
    verified, dropped = verify_grounding(terms.model_copy(deep=True), transcript)
    assert not dropped, dropped  # every value a case asserts on is grounded
    return terms


def prices(terms: TradeTerms) -> list:
    return [i.unit_price for i in terms.line_items]


def quantities(terms: TradeTerms) -> list:
    return [i.quantity for i in terms.line_items]


def shares(terms: TradeTerms) -> list:
    return [i.percent for i in terms.payment.installments]


def methods(terms: TradeTerms) -> list:
    return [i.method for i in terms.payment.installments]


def lead(terms: TradeTerms) -> tuple:
    return terms.lead_time.min_days, terms.lead_time.max_days


def items(terms: TradeTerms) -> list:
    return [(i.description, i.quantity, i.unit_price) for i in terms.line_items]
