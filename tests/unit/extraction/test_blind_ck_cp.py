"""Prices, counts and terms read from blind sets ck to cp; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices


def test_a_price_list_with_its_currency_in_a_bracket_once():
    for said in ("prices EXW Kaiping: toilet roll holder 3.20, robe hook 1.15, soap dish 2.40 (USD/pc)",
                 "prices EXW Kaiping (USD): toilet roll holder 3.20, robe hook 1.15, soap dish 2.40",
                 "prices in USD, EXW Kaiping: toilet roll holder 3.20, robe hook 1.15, soap dish 2.40"):
        terms = chat((B, "I need: toilet roll holder x200, robe hook x400, soap dish x200"), (S, said),
                     (B, "deal"))
        assert prices(terms) == [Decimal("3.20"), Decimal("1.15"), Decimal("2.40")], said
        assert terms.currency.code == "USD", said
    # trap: whole figures after the names stay no price
    terms = chat((B, "toilet roll holder and robe hook, price in USD?"),
                 (S, "(USD) toilet roll holder 300, robe hook 400 we have in stock"), (B, "ok"))
    assert prices(terms) == []
