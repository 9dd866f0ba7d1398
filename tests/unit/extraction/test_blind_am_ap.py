"""Prices, counts and names read from blind sets am, an and ao (and the sets written with this
release); each case with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_prs_counts_pairs():
    terms = chat((B, "canvas sneakers, size 36-41, total 1800 prs"), (S, "USD 4.30/pair FOB Xiamen"), (B, "ok"))
    assert quantities(terms) == [Decimal("1800")]
    assert prices(terms) == [Decimal("4.30")]
    # trap: the pairs a carton holds are no order
    terms = chat((B, "canvas sneakers 1800 pairs"), (S, "USD 4.30/pair, 12 prs per carton"), (B, "ok"))
    assert quantities(terms) == [Decimal("1800")]


def test_delivery_asked_is_answered_with_the_lead_time():
    terms = chat((B, "ok. delivery?"), (S, "35-40 days, after chinese new year holiday factory starts 20th feb"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (35, 40)
    # trap: the way to a place asked is the transit time
    terms = chat((B, "ok. delivery to Hamburg?"), (S, "30 days"))
    assert terms.lead_time.min_days is None
