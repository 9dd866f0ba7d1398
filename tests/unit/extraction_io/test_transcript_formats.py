"""Chat exports become transcripts with the exact texts, times and the parties' roles."""

from __future__ import annotations

from datetime import datetime

import pytest

from tradepact.adapters.transcript_formats import detect_format, parse_export
from tradepact.domain.errors import InvalidInput
from tradepact.domain.transcript import Role

WHATSAPP = """\
[25/03/2024, 14:05:09] Anna Schmidt: Hi, please quote 1000 pcs LED bulbs
[25/03/2024, 14:07:41] Li Wei: USD 3.50/pc FOB Ningbo
Payment: 30% deposit, balance before shipment
[26/03/2024, 09:00:00] Anna Schmidt: OK, deal 👍
"""

WHATSAPP_ANDROID = """\
25/03/2024, 14:05 - Anna: need 500 sets
25/03/2024, 14:06 - Bob: our factory price is USD 12/set
"""

WECHAT = """\
王经理 2024-03-25 14:05:09
你好，请报价 1000 个

李工 2024-03-25 14:07:41
单价 25 元，出厂价
定金三成

王经理 2024-03-25 14:10:00
好的
"""

PLAIN = """\
Buyer Co: can you quote 200 units?
Factory: USD 8.20 each, FOB Shenzhen.
Payment: 50% advance
Buyer Co: ok
"""


def test_whatsapp_multiline_messages_continue_until_the_next_header():
    t = parse_export(WHATSAPP, buyer_names=["Anna Schmidt"], seller_names=["Li Wei"])
    assert [m.author for m in t.messages] == ["Anna Schmidt", "Li Wei", "Anna Schmidt"]
    assert t.messages[1].text == ("USD 3.50/pc FOB Ningbo\n"
                                  "Payment: 30% deposit, balance before shipment")
    assert t.messages[1].sent_at == datetime(2024, 3, 25, 14, 7, 41)
    assert [m.role for m in t.messages] == [Role.BUYER, Role.SELLER, Role.BUYER]


def test_android_whatsapp_export_is_detected_and_parsed():
    assert detect_format(WHATSAPP_ANDROID) == "whatsapp"
    t = parse_export(WHATSAPP_ANDROID)
    assert [m.text for m in t.messages] == ["need 500 sets", "our factory price is USD 12/set"]
    assert t.messages[0].sent_at == datetime(2024, 3, 25, 14, 5)


def test_wechat_export_keeps_text_lines_and_drops_blank_separators():
    assert detect_format(WECHAT) == "wechat"
    t = parse_export(WECHAT)
    assert [m.author for m in t.messages] == ["王经理", "李工", "王经理"]
    assert t.messages[1].text == "单价 25 元，出厂价\n定金三成"
    assert t.messages[2].sent_at == datetime(2024, 3, 25, 14, 10)


def test_roles_are_inferred_from_who_quotes_and_who_asks():
    t = parse_export(WECHAT)
    assert [m.role for m in t.messages] == [Role.BUYER, Role.SELLER, Role.BUYER]
    t = parse_export(WHATSAPP)
    assert [m.role for m in t.messages] == [Role.BUYER, Role.SELLER, Role.BUYER]


def test_plain_lines_that_open_with_a_term_are_not_speakers():
    assert detect_format(PLAIN) == "plain"
    t = parse_export(PLAIN)
    assert [m.author for m in t.messages] == ["Buyer Co", "Factory", "Buyer Co"]
    assert t.messages[1].text == "USD 8.20 each, FOB Shenzhen.\nPayment: 50% advance"


def test_roles_stay_other_when_the_chat_does_not_make_them_clear():
    t = parse_export("Anna: hello\nBob: hi there\n")
    assert {m.role for m in t.messages} == {Role.OTHER}


def test_naming_one_side_of_a_two_party_chat_makes_the_other_the_counterparty():
    t = parse_export("Anna: hello\nBob: hi there\n", seller_names=["bob"])
    assert [m.role for m in t.messages] == [Role.BUYER, Role.SELLER]


def test_a_third_party_stays_other():
    text = "Anna: please quote\nBob: USD 3/pc from our factory\nCarl (forwarder): hello all\n"
    roles = {m.author: m.role for m in parse_export(text).messages}
    assert roles == {"Anna": Role.BUYER, "Bob": Role.SELLER, "Carl (forwarder)": Role.OTHER}


def test_a_name_cannot_be_buyer_and_seller():
    with pytest.raises(InvalidInput) as err:
        parse_export(PLAIN, buyer_names=["Factory"], seller_names=["factory"])
    assert err.value.violations[0].field == "seller_names"


def test_unknown_format_is_refused_with_the_field_named():
    with pytest.raises(InvalidInput) as err:
        parse_export(PLAIN, fmt="telegram")
    assert err.value.violations[0].field == "format"


def test_json_text_is_recognised_for_the_caller_to_parse():
    assert detect_format('\ufeff{"messages": []}') == "json"


def test_message_text_is_kept_exactly_including_invisible_characters():
    text = "[01/02/2024, 10:00:00] A: 30\u200b% deposit\u202e\n"
    assert parse_export(text).messages[0].text == "30\u200b% deposit\u202e"


def test_speakers_named_after_their_side_get_that_role():
    t = parse_export("Supplier: hello\n买家：你好\n")
    assert [(m.author, m.role) for m in t.messages] == [("Supplier", Role.SELLER),
                                                        ("买家", Role.BUYER)]
