"""Terms from blind set k, each rule with a trap beside it.

Set k was measured untouched at the end of its release (its figures are in the README) and
tuned on after; l stays untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities
from tradepact.domain.terms import TermStatus


def test_a_counter_said_with_then_and_a_price_called_high_leave_the_price_open():
    terms = chat((B, "nickel spark plugs 20,000 pcs. FOB price?"), (S, "FOB Xiamen USD 0.58/pc. lead time 25 days"),
                 (B, "FOB Xiamen is fine for us. But 0.58 is high, a Ruian factory gave us 0.50"),
                 (S, "can do 0.56"), (B, "0.52 and we sign today"), (S, "0.52 impossible. 0.55 is the last"),
                 (B, "0.53 then. payment and lead time as you said are ok"),
                 (S, "I need to ask my manager for 0.53, will reply you tomorrow morning"))
    assert prices(terms) == [None]
    assert terms.incoterm.status == TermStatus.AGREED
    # high quality is no complaint about the price
    terms = chat((S, "FOB Xiamen USD 0.58/pc"), (B, "ok, your quality is high quality"))
    assert prices(terms) == [Decimal("0.58")]


def test_assorted_names_no_goods_and_a_spoken_price_ends_before_a_chinese_comma():
    terms = chat((B, "universal frameless wiper blades"), (S, "USD 0.68/pc FOB Guangzhou"),
                 (B, "10,000 pcs assorted as per size list attached"), (S, "10k pcs ok at 0.68"))
    assert quantities(terms) == [Decimal(10000)]
    terms = chat((S, "每米6分5，一卷1000米"), (B, "要800卷，能不能6分"), (S, "6分做不了，给你6分3，800卷就是每卷63元"),
                 (B, "行，63一卷"))
    assert quantities(terms) == [Decimal(800)]
    # two heights are no count
    terms = chat((B, "铁艺吧台椅 66cm 和 76cm 两个高度，报个价"), (S, "66cm 每把135元"))
    assert quantities(terms) in ([None], [])


def test_a_chinese_counter_with_a_thousands_comma():
    terms = chat((S, "CIF基隆 每公噸 新台幣 17,300 元"), (B, "17,000 可以的話就下單"), (S, "好的，17,000，50公噸"))
    assert prices(terms) == [Decimal(17000)]
    # a count with a thousands comma before 可以 is no price far from the one on the table
    terms = chat((S, "CIF基隆 每公噸 新台幣 17,300 元"), (B, "5,000 可以嗎"))
    assert prices(terms) == [Decimal(17300)]


def test_a_count_after_a_counter_and_the_customer_name_no_goods_or_thousands():
    terms = chat((S, "双清包税到汉堡 每套 EUR 86"), (B, "客户要600套，价格可以到82吗"), (S, "600套的话84欧可以"),
                 (B, "好的 84 600套"), (B, "不好意思，客户预算砍了，先做450套，价格还能保持84吗"),
                 (S, "450套的话要86欧"), (B, "那就86，450套，确认"), (S, "好的，今天做PI"))
    assert quantities(terms) == [Decimal(450)]


def test_terms_for_later_orders_are_no_terms_of_this_one():
    terms = chat((B, "可唔可以月結30日？"), (S, "第一單要先付一半訂金，之後先可以月結"), (B, "好"))
    assert [i.method for i in terms.payment.installments if i.method.value != "UNSPECIFIED"] == []
    terms = chat((S, "first order must be 100% T/T, next order can do 50/50"), (B, "ok, 100% then"))
    assert [i.percent for i in terms.payment.installments][:1] == [Decimal(100)]
    # "next order of" is this order
    terms = chat((B, "time for next order of the sandpaper discs, 50,000 pcs total"), (S, "ok"))
    assert quantities(terms) == [Decimal(50000)]


def test_a_rule_named_back_while_put_off_is_not_agreed_by_a_later_yes_to_something_else():
    terms = chat((S, "连云港FOB 每吨385美元"), (B, "客户要到吉大港的价格，CIF"), (S, "CIF吉大港 每吨452美元"),
                 (B, "客户自己买保险，报个CFR吉大港吧"), (S, "好的，我问下货代CFR的价格，下午回复"),
                 (B, "付款走阿里信保，百分之三十定金，尾款发货前付清，可以吧？"), (S, "可以的，信保没问题"))
    assert terms.incoterm.status == TermStatus.CONFLICTING
    assert prices(terms) in ([None], [])
    # the answer that comes back after checking agrees it
    terms = chat((B, "DDP our warehouse in Manchester, 1200 pairs @ £19.40/pair"),
                 (S, "Let me check the DDP cost to Manchester with our forwarder..."),
                 (S, "Harriet, ok for us, all confirmed as you wrote."))
    assert terms.incoterm.status == TermStatus.AGREED


def test_ports_whose_gang_is_their_name_and_a_courier_for_samples():
    assert chat((S, "连云港FOB 每吨385美元"), (B, "好")).incoterm.named_place == "连云港"
    assert chat((S, "CIF吉大港 每吨452美元"), (B, "好")).incoterm.named_place == "吉大港"
    assert chat((S, "FOB宁波港 每吨385美元"), (B, "好")).incoterm.named_place == "宁波"
    terms = chat((B, "Can you send 2 samples of 90x120 so our QC can check the surface? We can pay the courier"),
                 (S, "Samples no problem"))
    assert terms.logistics.mode.value == "UNSPECIFIED"
