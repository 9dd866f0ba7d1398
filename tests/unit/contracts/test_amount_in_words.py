"""Contract totals are written in words, in English and in Chinese financial capitals."""

from __future__ import annotations

import pytest

from tradepact.domain.contract import amount_in_words_en, amount_in_words_zh
from tradepact.domain.contract.words import integer_in_words_zh


def test_usd_total_in_chinese_capitals_names_dollars_and_cents():
    assert amount_in_words_zh(1234560, "USD") == "壹万贰仟叁佰肆拾伍美元陆拾分"


def test_usd_total_in_english_words():
    assert amount_in_words_en(1234560, "USD") == (
        "US Dollars Twelve Thousand Three Hundred Forty-Five and Sixty Cents Only")


def test_whole_amounts_end_with_only_and_zheng():
    assert amount_in_words_en(100, "USD") == "US Dollars One Only"
    assert amount_in_words_zh(1915000, "USD") == "壹万玖仟壹佰伍拾美元整"


@pytest.mark.parametrize(("n", "words"), [
    (10005, "壹万零伍"), (10500, "壹万零伍佰"), (100000, "壹拾万"), (1050, "壹仟零伍拾"),
    (100000005, "壹亿零伍"), (1001001, "壹佰万壹仟零壹"), (20000000, "贰仟万"),
])
def test_inner_zeros_are_read_once_as_ling(n, words):
    assert integer_in_words_zh(n) == words


def test_renminbi_uses_yuan_jiao_fen():
    assert amount_in_words_zh(1234560, "CNY") == "人民币壹万贰仟叁佰肆拾伍元陆角整"
    assert amount_in_words_zh(1000005, "CNY") == "人民币壹万元零伍分"


def test_currencies_without_minor_units_have_no_cents():
    assert amount_in_words_en(12345, "JPY") == (
        "Japanese Yen Twelve Thousand Three Hundred Forty-Five Only")


@pytest.mark.parametrize("currency", ["USD", "JPY", "KWD", "CNY"])
def test_every_int64_amount_has_its_words(currency):
    # Before, amounts from 10**16 major units up ran off the end of the scale tables
    # (IndexError, so DraftContract answered INTERNAL).
    biggest = 2**63 - 1
    assert amount_in_words_en(biggest, currency).endswith("Only")
    assert amount_in_words_zh(biggest, currency)
    assert integer_in_words_zh(10**16 + 5) == "壹亿亿零伍"
