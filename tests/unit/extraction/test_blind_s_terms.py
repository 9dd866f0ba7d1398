"""Set s was written after all of its release's tuning and measured once, untouched (figures only;
they are in the README); then only its one ungrounded value was read, a grounding gap."""

from __future__ import annotations

from tests.support.rules_chat import B, S, chat


def test_a_place_named_after_the_rule_was_agreed_is_grounded_in_its_quote():
    terms = chat((S, "USD 6.20/pc EXW our factory in Caoxian, Shandong. can also quote FOB Qingdao"),
                 (S, "Best I can do is 5.90 EXW"), (B, "ok 5.90 EXW works for us."),
                 (S, "So 2000 pcs at USD 5.90 EXW Caoxian."), (B, "Ok agreed."))
    assert (terms.incoterm.rule.value, terms.incoterm.named_place) == ("EXW", "Caoxian")
