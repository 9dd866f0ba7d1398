"""Currencies named in Chinese before a bare 元, and prices with a continental decimal comma."""

from __future__ import annotations

from decimal import Decimal

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.numbers import parse_decimal
from tradepact.domain.transcript import Message, Role, Transcript


def extract(*texts: str, role: Role = Role.SELLER):
    transcript = Transcript(messages=[Message(role=role, text=t) for t in texts])
    return transcript, RulesExtractor().extract(transcript)


def price_and_currency(text: str):
    transcript, terms = extract(text)
    kept, findings = verify_grounding(terms, transcript)
    assert not findings, text
    item = kept.line_items[0] if kept.line_items else None
    return (item.unit_price if item else None), kept.currency.code


def test_a_currency_named_before_yuan_is_that_currency():
    assert price_and_currency("售價每件新台幣120元。") == (Decimal(120), "TWD")
    assert price_and_currency("港幣50元一件。") == (Decimal(50), "HKD")
    assert price_and_currency("单价3.5欧元，CIF汉堡。") == (Decimal("3.5"), "EUR")
    assert price_and_currency("NT$ 450 per piece") == (Decimal(450), "TWD")
    assert price_and_currency("每个3.5元") == (Decimal("3.5"), "CNY")


def test_a_decimal_comma_is_a_decimal_point():
    assert price_and_currency("EUR 3,20/pc DAP Rotterdam.") == (Decimal("3.20"), "EUR")
    assert price_and_currency("USD 2,5/pc") == (Decimal("2.5"), "USD")


def test_a_thousands_group_is_not_a_decimal():
    _, terms = extract("Unit price USD 2.35/pc, 3,000 pcs, total USD 7,050.")
    assert terms.line_items[0].unit_price == Decimal("2.35")
    assert terms.line_items[0].quantity == Decimal(3000)


def test_parse_decimal_reads_both_notations():
    assert parse_decimal("3,20") == Decimal("3.20")
    assert parse_decimal("12,5") == Decimal("12.5")
    assert parse_decimal("3,000") == Decimal(3000)
    assert parse_decimal("1,250.50") == Decimal("1250.50")


def test_an_amount_in_ten_thousands_of_yuan():
    assert price_and_currency("这台机器单价2万元，FOB上海。") == (Decimal(20000), "CNY")
    _, terms = extract("订单金额低于2万元：下单时付全款。\n订单金额2万元以上：40%订金，尾款发货前付清。")
    assert terms.currency.code == "CNY"  # a tier threshold still tells the currency


def test_ten_thousand_pieces_are_no_money():
    _, terms = extract("我们要2万个。", role=Role.BUYER)
    assert terms.currency.code is None
    assert terms.line_items[0].quantity == Decimal(20000)
