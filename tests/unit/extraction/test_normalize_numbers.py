"""Normalisation keeps a map to the original text; number words become digits."""

from __future__ import annotations

import pytest

from tradepact.domain.normalize import normalize
from tradepact.domain.numbers import chinese_to_int, english_words_to_int, rewrite_number_words


def test_invisible_and_control_characters_are_removed_but_spans_map_back():
    original = "FO\u200bB\u202e Ningbo\x07"
    nt = normalize(original)
    assert nt.lower == "fob ningbo "
    start, end, quote = nt.quote(0, 3)
    assert quote == "FO\u200bB" and original[start:end] == quote


def test_full_width_forms_fold_to_ascii():
    nt = normalize("ＦＯＢ３０％")
    assert nt.lower == "fob30%"
    assert nt.quote(3, 6)[2] == "３０％"


def test_traditional_characters_fold_for_matching_only():
    nt = normalize("訂金30%，餘款出貨前付清")
    assert nt.lower.startswith("订金30%")
    assert nt.text.startswith("訂金")
    # measure words and currency names the goods patterns read: one fold, not a variant per pattern
    assert normalize("書桌80張，每張420港幣，英鎊，3塊").lower == "書桌80张,每张420港币,英镑,3块"


@pytest.mark.parametrize(("words", "value"), [
    ("thirty", 30), ("forty-five", 45), ("five thousand", 5000), ("two hundred and fifty", 250)])
def test_english_number_words(words, value):
    assert english_words_to_int(words) == value


@pytest.mark.parametrize(("words", "value"), [
    ("三十", 30), ("十五", 15), ("两万", 20000), ("一千五", 1500), ("一万五", 15000), ("三七", None)])
def test_chinese_numerals(words, value):
    assert chinese_to_int(words) == value


def test_rewritten_numbers_quote_the_words():
    nt = rewrite_number_words(normalize("交期十五到二十天"))
    assert nt.lower == "交期15到20天"
    i = nt.lower.index("20")
    assert nt.quote(i, i + 2)[2] == "二十"


@pytest.mark.parametrize(("text", "rewritten"), [
    ("定金三成，余款发货前", "定金30%,余款发货前"),
    ("三成订金，七成尾款", "30%订金,70%尾款"),
    ("订金付两成", "订金付20%"),
    ("這批貨七成新", "这批货7成新"),  # 成 without a payment word beside it is no share
])
def test_cheng_counts_tenths_only_beside_a_payment_word(text, rewritten):
    nt = rewrite_number_words(normalize(text))
    assert nt.lower == rewritten
    if "30%" in rewritten:
        i = nt.lower.index("30%")
        assert nt.quote(i, i + 3)[2] == "三成"


def test_a_numeral_right_after_a_figure_is_a_number_of_its_own():
    nt = rewrite_number_words(normalize("量大可以，27一千个"))
    assert "27 1000个" in nt.lower and "271000" not in nt.lower
    assert rewrite_number_words(normalize("要2万个")).lower.endswith("2万个")  # a multiplier stays on its figure
