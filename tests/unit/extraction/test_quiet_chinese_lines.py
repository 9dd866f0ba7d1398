"""Chinese chat lines that hold no term skip the reading of terms (the speed of a 200-message
chat depends on it); these cases keep every line that may hold a term, a yes or a figure on the
full path."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, shares


def test_chinese_small_talk_between_an_offer_and_its_yes_changes_nothing():
    terms = chat((S, "FOB宁波 每个2.35美金，30%定金，70%发货前"), (B, "在吗？"), (S, "我们明天回复您"),
                 (B, "收到，谢谢"), (B, "好的，就这样"))
    assert prices(terms) == [Decimal("2.35")] and terms.line_items[0].status.value == "AGREED"
    assert shares(terms) == [30, 70]


def test_lines_with_a_yes_a_figure_or_a_keyword_are_still_read():
    # a yes with no Latin letter or figure: "好的" accepts
    terms = chat((S, "FOB宁波 每个2.35美金"), (B, "好的"))
    assert terms.line_items[0].status.value == "AGREED"
    # full-width figures and signs: "３０％定金"
    terms = chat((S, "付款方式：３０％定金，余款发货前"), (B, "没问题"))
    assert shares(terms) == [30, 70]
    # numerals in words: "交期二十五天" (a keyword and a numeral)
    assert lead(chat((S, "交期二十五天"), (B, "可以"))) == (25, 25)
    # traditional characters folded: "確認" is a yes
    terms = chat((S, "FOB寧波 每個2.35美金"), (B, "確認"))
    assert terms.line_items[0].status.value == "AGREED"


def test_a_question_of_lead_time_without_a_keyword_is_still_heard():
    # "要多久呢" asks how long; the bare days that answer it are the lead time
    terms = chat((S, "FOB宁波 每个2.35美金"), (B, "好的"), (B, "要多久呢"), (S, "25天"), (B, "好"))
    assert lead(terms) == (25, 25)
