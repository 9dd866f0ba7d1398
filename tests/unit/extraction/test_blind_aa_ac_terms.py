"""Lead time, transit, named place and a deposit counter, read from blind sets ab and ac; each case
with the trap that keeps the rule narrow."""

from __future__ import annotations

from tests.support.rules_chat import B, S, chat


def test_days_off_are_no_lead_time():
    terms = chat((S, "生产25-30天，定金后开始"), (B, "好的"), (S, "下周我们放假3天，不影响交期"), (B, "ok"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (25, 30)


def test_from_one_place_to_another_is_transit():
    terms = chat((S, "大货20天，收到定金后开始"), (B, "好"), (S, "廈門到台中很快，2-3天"), (B, "OK 謝謝"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (20, 20)
    assert terms.logistics.transit_time is not None and terms.logistics.transit_time.max_days == 3


def test_days_by_train_are_transit():
    terms = chat((S, "production 22-25 days after deposit"), (B, "ok"),
                 (S, "train Yiwu–Małaszewicze about 16-18 days, then your truck"), (B, "good"))
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (22, 25)


def test_a_currency_or_a_pronoun_is_no_part_of_a_chinese_place():
    terms = chat((S, "FOB青岛美金报价，每卷12.5"), (B, "可以"))
    assert terms.incoterm.named_place == "青岛"
    terms = chat((S, "报价含双清包税，到您门口不用再付任何费用，DDP吉隆坡"), (B, "好"))
    assert terms.incoterm.named_place != "到您"


def test_a_deposit_asked_for_with_can_we_do_is_an_open_counter():
    terms = chat((S, "30% TT deposit, 70% before shipment. Production 30 days"),
                 (B, "30 days ok. for deposit can we do 20%? our cash flow is tight"),
                 (S, "let me check with my boss"))
    assert terms.payment.status.value == "CONFLICTING"
    # agreed when the seller takes it
    terms = chat((S, "30% TT deposit, 70% before shipment"), (B, "for deposit can we do 20%?"), (S, "ok 20% deposit fine"))
    assert [i.percent for i in terms.payment.installments][:1] == [20]
