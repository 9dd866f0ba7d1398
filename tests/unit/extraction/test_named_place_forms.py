"""Named places written after the rule in the forms chats use, and ports offered as a choice."""

from __future__ import annotations

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import IncotermRule
from tradepact.domain.transcript import Message, Role, Transcript


def extract(*texts: str, role: Role = Role.SELLER):
    return RulesExtractor().extract(Transcript(messages=[Message(role=role, text=t) for t in texts]))


def test_places_after_the_rule():
    for text, rule, place in (("USD 1.95/pc FOB Port of Ningbo.", IncotermRule.FOB, "Ningbo"),
                              ("Price term: FOB(Shenzhen)", IncotermRule.FOB, "Shenzhen"),
                              ("FOB (Ningbo)", IncotermRule.FOB, "Ningbo"),
                              ("CIF To Hamburg", IncotermRule.CIF, "Hamburg"),
                              ("FOB Shenzhen port, USD 2.10/pc", IncotermRule.FOB, "Shenzhen"),
                              ("CIF to Hamburg USD 3/pc", IncotermRule.CIF, "Hamburg"),
                              ("到岸价 汉堡 每件3美元", IncotermRule.CIF, "汉堡"),
                              ("离岸价（宁波）每件3美元", IncotermRule.FOB, "宁波")):
        terms = extract(text)
        assert (terms.incoterm.rule, terms.incoterm.named_place) == (rule, place), text


def test_ports_offered_as_a_choice_name_no_place():
    for text in ("FOB Ningbo or Shanghai port", "FOB Ningbo/Shanghai", "FOB Ningbo port or Shanghai port"):
        terms = extract(text)
        assert terms.incoterm.rule == IncotermRule.FOB, text
        assert terms.incoterm.named_place is None, text


def test_a_port_chosen_after_the_choice_is_the_place():
    terms = extract("We can load FOB Ningbo port or Shanghai port.", "FOB Shanghai please.")
    assert terms.incoterm.named_place == "Shanghai"


def test_another_rule_after_or_is_not_a_second_place():
    terms = extract("FOB Ningbo or CIF Hamburg")
    assert terms.incoterm.named_place is None  # two rules offered: the term is open
