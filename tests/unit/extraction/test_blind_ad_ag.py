"""Prices, counts and names read from blind sets ad, ae and af; each case with the trap that
keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_point_in_time_is_no_talk_of_days():
    # "这周" (this week) and "昨天" (yesterday) name no number of days: the 62 counters the price
    terms = chat((B, "不锈钢球阀，1000个，报价"), (S, "不锈钢球阀 ¥58/个，出厂价"), (B, "可以，58就58"),
                 (S, "不好意思，昨天报错了，材料这周涨了，58做不了，得62"), (B, "62就62吧"))
    assert prices(terms) == [Decimal("62")]
    # trap: "30天" is a number of days, so the 30 after it is no price
    terms = chat((S, "不锈钢球阀 ¥28/个，出厂价"), (B, "可以"), (S, "交期30天太赶了，得35"))
    assert prices(terms) == [Decimal("28")]


def test_a_three_piece_design_is_no_count():
    terms = chat((B, "DN25 三片式不锈钢球阀，1000个，报价"), (S, "¥58/个，出厂价"), (B, "可以"))
    assert quantities(terms) == [Decimal("1000")]
    # trap: three pieces ordered are a count
    terms = chat((B, "不锈钢球阀 3片，报价"), (S, "¥58/片，出厂价"), (B, "可以"))
    assert quantities(terms) == [Decimal("3")]


def test_a_bit_over_so_many_kuai_is_a_price_not_a_count():
    terms = chat((B, "角磨机，要800台，报个到岸价胡志明"), (S, "到岸价胡志明 美金17.5/台"),
                 (B, "17块多了，16.5吧"), (S, "16.8，不能再少了"), (B, "行，16.8"))
    assert quantities(terms) == [Decimal("800")]
    assert prices(terms) == [Decimal("16.8")]
