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
