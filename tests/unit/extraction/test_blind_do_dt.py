"""Prices, counts and terms read from blind sets do to dt; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_continental_price_with_thousands_dots_and_decimal_comma():
    terms = chat((B, "we need 3 pcs ATC CNC router 1530, DPU Duisburg"),
                 (S, "9kW HSD spindle, EUR 16.900,00 per set DPU Duisburg"), (B, "Price is acceptable"))
    assert prices(terms) == [Decimal("16900.00")]
    terms = chat((B, "we need 3 sets spindle kits"), (S, "kit with VFD: EUR 1.250,50 per set"), (B, "ok"))
    assert prices(terms) == [Decimal("1250.50")]
    # traps: a decimal comma alone, and a bare figure with a dot stay as they were read
    terms = chat((B, "we need 300 pcs router bits"), (S, "3,20 EUR/pc"), (B, "ok"))
    assert prices(terms) == [Decimal("3.20")]
    terms = chat((B, "we need 300 pcs router bits"), (S, "EUR 16.900 per set"), (B, "ok"))
    assert prices(terms) == [Decimal("16.900")]


def test_ten_thousands_quoted_are_no_count():
    terms = chat((B, "您好，我們需要載貨電梯，兩部，CIF台中，請用新台幣報價"),
                 (S, "CIF台中每部新台幣1,280,000元"), (B, "價格還可以再談嗎？另一家廠商報125萬"),
                 (S, "最低126萬，含安裝指導"), (B, "好，126萬成交"))
    assert quantities(terms) == [Decimal("2")]
    terms = chat((B, "2-post lift 3.5T, 10 units. CPT Osaka price in JPY please"), (S, "CPT Osaka JPY 173,000/unit"),
                 (B, "OK 17.3万円 fine"))
    assert quantities(terms) == [Decimal("10")]
    # trap: ten thousands with no unit and no word of price are a count
    terms = chat((B, "大号1万 小号1.5万，FOB宁波"), (S, "大号0.8美元，小号0.6美元"), (B, "好的"))
    assert quantities(terms) == [Decimal("10000"), Decimal("15000")]
