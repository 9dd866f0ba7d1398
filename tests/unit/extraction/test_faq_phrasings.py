"""Phrasings of supplier FAQs, terms pages and trade letters that a chat also uses."""

from __future__ import annotations

from decimal import Decimal

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import IncotermRule, TermStatus
from tradepact.domain.transcript import Message, Role, Transcript


def extract(*texts: str, role: Role = Role.SELLER):
    return RulesExtractor().extract(
        Transcript(messages=[Message(role=role, text=t) for t in texts])
    )


# --- conditions govern their own part of a sentence ---------------------------------------------


def test_a_statement_before_a_condition_with_its_own_consequence_stands():
    terms = extract("Our price quotation is ex-factory, if you need FOB cost you can ask for it.")
    assert terms.incoterm.rule == IncotermRule.EXW
    assert terms.incoterm.status == TermStatus.PROPOSED


def test_a_trailing_condition_without_a_consequence_governs_the_whole_sentence():
    terms = extract("We can do USD 3.20, if you order 5000 pcs.")
    assert not terms.line_items or terms.line_items[0].unit_price is None


def test_a_leading_condition_governs_the_whole_sentence():
    terms = extract("If you book a full container, we can do FOB Ningbo.")
    assert terms.incoterm.status == TermStatus.MISSING


def test_chinese_statement_before_a_condition_stands():
    terms = extract("我们报的是出厂价，如果需要FOB价格可以另外报。")
    assert terms.incoterm.rule == IncotermRule.EXW


def test_a_courtesy_if_is_no_condition():
    terms = extract(
        "We shall be glad if you will state your prices, CIF Haiphong including packing.",
        role=Role.BUYER,
    )
    assert terms.incoterm.rule == IncotermRule.CIF
    assert terms.incoterm.named_place == "Haiphong"


def test_a_request_for_a_quote_states_the_quantity_wanted():
    terms = extract(
        "Will you please quote for the supply of approximately 100 metric tons of paper?",
        role=Role.BUYER,
    )
    assert terms.line_items[0].quantity == Decimal(100)


def test_an_amount_with_or_more_is_a_threshold_not_a_price():
    terms = extract("USD 1.85/pc, and a free gift box when you spend USD 500 or more.")
    assert [i.unit_price for i in terms.line_items] == [Decimal("1.85")]
