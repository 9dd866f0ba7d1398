"""Terms from a second blind set: lead times, places, payment refusals and chat context."""

from __future__ import annotations

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import LeadTimeBasis, TermStatus, TransportMode
from tradepact.domain.transcript import Message, Role, Transcript

S, B = Role.SELLER, Role.BUYER


def chat(*turns: tuple[Role, str]):
    return RulesExtractor().extract(Transcript(messages=[Message(role=r, text=t) for r, t in turns]))


def lead(terms):
    return terms.lead_time.min_days, terms.lead_time.max_days


def transit(terms):
    t = terms.logistics.transit_time
    return (t.min_days, t.max_days) if t is not None else None


def test_abbreviated_production_time_after_the_deposit_is_the_lead_time():
    terms = chat((S, "pymt 30%dep T/T, bal b4 shpt. prod time 20-25 working days after dep"), (B, "ok deal"))
    assert lead(terms) == (20, 25) and terms.lead_time.working_days
    assert terms.lead_time.basis == LeadTimeBasis.AFTER_DEPOSIT
    # "product" is no production cue
    assert lead(chat((S, "Our new product line opens in 30 days."))) == (None, None)


def test_days_before_arriving_are_transit_in_chinese():
    terms = chat((S, "可以，全款电汇，收到款后3天发货，走顺丰，大概4天到。"), (B, "好的"))
    assert lead(terms) == (3, 3) and transit(terms) == (4, 4)
    assert lead(chat((S, "3到5天发货。"))) == (3, 5)  # 到 inside a range is no arrival


def test_the_deposit_arriving_is_the_basis_not_money_on_the_way():
    terms = chat((S, "Production 25-28 days after 定金到账, then we book the vessel."))
    assert lead(terms) == (25, 28) and terms.lead_time.basis == LeadTimeBasis.AFTER_DEPOSIT
    assert lead(chat((S, "定金到账后30天交货。"))) == (30, 30)
    assert lead(chat((S, "电汇最快3天到账。"))) == (None, None)


def test_shipping_days_beside_a_stated_lead_time_are_transit():
    terms = chat((S, "FOB Ningbo. Lead time 35 days, shipping 25-28 days to Felixstowe."), (B, "ok"))
    assert lead(terms) == (35, 35) and transit(terms) == (25, 28)
    # alone, or with its start or "within", shipping is when the goods leave
    assert lead(chat((S, "Shipping 30 days after deposit."))) == (30, 30)
    assert lead(chat((S, "Lead time 20 days, shipping within 25 days."))) == (None, None)  # two offers


def test_a_lead_time_turned_down_is_off_the_table():
    terms = chat((S, "Lead time 45 days, FOB Qingdao."), (B, "45 days is too long for us."))
    assert lead(terms) == (None, None)
    terms = chat((S, "交期35天。"), (B, "35天来不及，我们客户等不了。"))
    assert lead(terms) == (None, None)
    # a counter keeps both sides open; another duration turned down leaves the offer alone
    terms = chat((S, "Lead time 45 days."), (B, "45 days is too long, can you do 30 days?"))
    assert terms.lead_time.status == TermStatus.CONFLICTING
    terms = chat((S, "Lead time 40 days."), (B, "60 days would be too long, but 40 days is fine."))
    assert lead(terms) == (40, 40) and terms.lead_time.status == TermStatus.AGREED


def grounded_mode(*turns: tuple[Role, str]):
    transcript = Transcript(messages=[Message(role=r, text=t) for r, t in turns])
    kept, _ = verify_grounding(RulesExtractor().extract(transcript), transcript)
    mode = kept.logistics.mode
    return None if mode in (None, TransportMode.UNSPECIFIED) else mode


def test_a_courier_glued_to_chinese_is_the_mode():
    assert grounded_mode((S, "全款后2天发货，走FedEx。"), (B, "好的")) == TransportMode.EXPRESS
    assert grounded_mode((S, "今天发UPS给你。"), (B, "好的")) == TransportMode.EXPRESS
    # documents by courier say nothing of the goods; a word holding the letters is no courier
    assert grounded_mode((S, "正本文件走DHL寄给你。"),) is None
    assert grounded_mode((S, "We make setups for systems."),) is None


def test_a_truck_sent_for_the_goods_is_road():
    for text in ("出厂价，你们安排货车来厂里拉就行。", "EXW 佛山，客户自己派車來提貨。", "我们可以叫辆车去港口。",
                 "货车运输到仓库。"):
        assert grounded_mode((S, text), (B, "好的")) == TransportMode.ROAD, text
    for text in ("我下周开车去你们工厂看看。", "我们安排车间加班生产。", "这是汽车配件。"):
        assert grounded_mode((S, text), (B, "好的")) is None, text
