"""Terms from blind set h, each rule with a trap beside it.

Set h was written at the start of a release and measured untouched; it was tuned on once set i
had been written and measured, and i stays untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, methods, prices, quantities
from tradepact.domain.terms import PaymentMethod, TermStatus, TransportMode


def test_a_bare_lc_after_a_usance_is_the_same_credit():
    terms = chat((S, "可以，遠期信用證60天"), (B, "好的，L/C 提單日後60天"), (S, "沒問題，收到信用證後20天出貨"),
                 (B, "fine, we apply LC this week"))
    assert methods(terms) == [PaymentMethod.LC_USANCE]
    assert terms.payment.installments[-1].due_days == 60
    # an L/C at sight said as such is at sight
    terms = chat((S, "L/C 90 days"), (B, "no, only L/C at sight"))
    assert methods(terms) != [PaymentMethod.LC_USANCE]


def test_traditional_feet_are_a_container():
    terms = chat((S, "CIF台中每平方米28美金，要走兩個20呎櫃"), (B, "好的"))
    assert terms.logistics.mode == TransportMode.SEA_FCL


def test_the_size_of_the_goods_in_kg_is_no_order_beside_a_count():
    terms = chat((B, "digital kitchen scales 5kg, the glass top one (KS-520). we need 3000 pcs"))
    assert quantities(terms) == [Decimal(3000)]
    # kilograms ordered are a quantity
    assert quantities(chat((B, "we need 500 kg of the cat litter"))) == [Decimal(500)]


def test_putting_off_a_choice_between_rules_reopens_it_and_its_prices():
    terms = chat((B, "KS-520, 3000 pcs"), (S, "KS-520 FOB Shenzhen USD 3.90/pc"),
                 (B, "can u also quote CIF LA?"), (S, "CIF Los Angeles USD 4.35/pc 海运"),
                 (B, "ok. payment?"), (S, "30% T/T deposit, 70% before shipment. 交期15天"),
                 (B, "payment ok 👍 for FOB vs CIF let me compare w/ a forwarder quote first, 明天回复你"))
    assert terms.incoterm.status == TermStatus.CONFLICTING
    assert prices(terms) == [None]
    assert terms.payment.status == TermStatus.AGREED
    # a rule in dispute leaves a single price quoted on one rule standing
    terms = chat((S, "Our offer: FOB Shanghai USD 12.50 per set"), (B, "How about CIF Rotterdam?"),
                 (S, "Let me check with our forwarder and come back tomorrow."))
    assert terms.incoterm.status == TermStatus.CONFLICTING and prices(terms) == [Decimal("12.50")]


def test_a_best_price_and_a_fee_for_all_the_goods():
    terms = chat((S, "for 80cm size 40pcs: USD 98/pc"), (B, "ok. can u do 90?"),
                 (S, "90 is too tight. best price 95, that's final"), (B, "ok 95 fine"),
                 (S, "Ship by UPS express to Melbourne, about USD 620 for all, u can pay together"))
    assert prices(terms) == [Decimal(95)]


def test_a_question_tag_asks_about_its_own_clause():
    terms = chat((B, "10.5寸白色陶瓷餐盘，8000个，发长滩，成本加运费价多少"),
                 (S, "CFR长滩每个13块，人民币报价可以吗"), (B, "人民币也行，12块可以吗"),
                 (S, "12太低了，釉料涨价。12块5，最低了"), (B, "成交"))
    assert terms.incoterm.named_place == "长滩" and terms.incoterm.status == TermStatus.AGREED
    assert quantities(terms) == [Decimal(8000)] and prices(terms) == [Decimal("12.5")]
    # a tag alone after a comma asks about the whole sentence: the buyer's question asks for CFR
    terms = chat((B, "CFR长滩每个12块，可以吗?"))
    assert terms.incoterm.status != TermStatus.AGREED and prices(terms) == [Decimal(12)]


def test_the_point_of_a_price_ends_no_goods_name():
    terms = chat((S, "离岸价厦门每包1.45美金"), (B, "1.35吧"), (S, "好吧，1.35就1.35，20万包。"), (B, "成交👍"))
    assert len(terms.line_items) == 1
    assert prices(terms) == [Decimal("1.35")] and quantities(terms) == [Decimal(200000)]


def test_a_figure_asked_back_is_a_counter():
    terms = chat((S, "FOB上海每件3.2美金"), (B, "有點高耶，另一家工廠報2.75。2.8可以嗎？"),
                 (S, "最低3.0美金"), (B, "嗯…我再跟老闆討論一下"), (S, "好的，等您消息🙏"))
    assert prices(terms) == [None] and terms.line_items[0].status == TermStatus.CONFLICTING


def test_a_price_including_the_freight_and_a_place_to_the_door():
    terms = chat((B, "雙清包稅到台北多少？"), (S, "雙清包稅台北到門，含FedEx運費，每支16.5美金"), (B, "好，就這樣 👍"))
    assert terms.incoterm.named_place == "台北" and prices(terms) == [Decimal("16.5")]
    # the freight alone is no unit price
    assert prices(chat((S, "每支16.5美金"), (S, "FedEx運費每支2美金"))) == [Decimal("16.5")]


def test_the_asker_putting_off_the_answer_leaves_it_proposed():
    ask = (B, "折叠脏衣篮，5000个，到岸价悉尼报一下")
    answer = (S, "亲，5000个到岸价悉尼每个2.3美金，走海运拼箱。")
    terms = chat(ask, answer, (B, "嗯收到，我考虑一下，这两天回复你"), (S, "好的亲，这个价格本周有效哦"))
    assert terms.incoterm.status == TermStatus.PROPOSED
    # without the deferral the answer to the request is agreed
    assert chat(ask, answer).incoterm.status == TermStatus.AGREED
    # and a yes before the deferral holds
    terms = chat(ask, answer, (B, "价格可以接受。"), (B, "付款我跟财务商量一下再回复你"))
    assert terms.incoterm.status == TermStatus.AGREED


def test_price_tiers_name_no_goods_and_a_threshold_with_up_is_no_order():
    terms = chat((S, "C&F Durban prices:\n500-999pcs USD 2.60\n1000-2999pcs USD 2.35\n3000pcs up USD 2.10\nMOQ 500pcs."),
                 (B, "Let us go with 3000 pcs so we get the 2.10 price"),
                 (S, "Sure 3000pcs at USD 2.10 C&F Durban 👌"), (B, "deal"))
    assert len(terms.line_items) == 1
    assert (quantities(terms), prices(terms)) == ([Decimal(3000)], [Decimal("2.10")])
    # "up to" is no threshold
    assert quantities(chat((B, "we need 3000pcs up to the end of the year"))) == [Decimal(3000)]


def test_goods_spelt_two_ways_are_one_line_item():
    terms = chat((B, "its for the 500 units UHF walky talky, BF-888S type"),
                 (S, "the UHF walkie-talkies USD 14.20/unit FOB Xiamen as quoted"), (B, "ok"))
    assert len(terms.line_items) == 1
    assert (quantities(terms), prices(terms)) == ([Decimal(500)], [Decimal("14.20")])
    # other goods stay apart
    terms = chat((B, "500 pcs cutting mats and 300 pcs cutting boards"), (S, "cutting mats USD 1.10/pc"))
    assert len(terms.line_items) == 2
