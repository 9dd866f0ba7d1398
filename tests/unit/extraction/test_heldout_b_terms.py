"""Terms from a second blind set: lead times, places, payment refusals and chat context."""

from __future__ import annotations

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import (
    IncotermRule,
    LeadTimeBasis,
    PaymentMethod,
    TermStatus,
    TransportMode,
)
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


def shares(terms):
    inst = terms.payment.installments
    return (inst[0].percent, inst[1].percent) if len(inst) > 1 else None


def methods(terms):
    return [i.method for i in terms.payment.installments]


def test_a_method_refused_after_it_is_named_is_no_offer():
    terms = chat((B, "可以用承兑交单吗？"), (S, "承兑交单我们不做，只能定金30%，余款见提单副本电汇。"), (B, "好吧"))
    assert shares(terms) == (30, 70) and set(methods(terms)) == {PaymentMethod.TT}
    terms = chat((B, "Can we pay by D/P?"), (S, "D/P we don't accept. 30% deposit, balance by T/T before shipment."),
                 (B, "ok"))
    assert shares(terms) == (30, 70) and set(methods(terms)) == {PaymentMethod.TT}
    # a method followed by what it does is no refusal
    terms = chat((S, "D/P at sight, we do not mind, we do it often."), (B, "ok"))
    assert methods(terms) == [PaymentMethod.DP]


def test_a_lower_deposit_asked_for_counters_the_split():
    terms = chat((S, "定金50%，余款发货前付清。"), (B, "订金可以降到20%吗？"), (S, "我问一下老板。"))
    assert terms.payment.installments == [] and terms.payment.status == TermStatus.CONFLICTING
    terms = chat((S, "50% deposit, 50% before shipment."), (B, "Could the deposit be reduced to 30%?"))
    assert terms.payment.installments == []


def test_usance_days_written_in_chinese_after_lc():
    terms = chat((S, "Payment L/C 120 days."), (B, "L/C 120天 ok, 请发PI."))
    assert methods(terms) == [PaymentMethod.LC_USANCE]
    assert terms.payment.installments[0].due_days == 120
    assert terms.payment.status == TermStatus.AGREED


def test_an_lc_only_policy_clears_a_split_on_the_table():
    for reply in ("We work with L/C only, 90 days from B/L date.", "Sorry, only L/C at sight for new suppliers.",
                  "我们公司只接受信用证。", "100% L/C at sight please."):
        terms = chat((S, "Payment 30% T/T deposit, 70% against B/L copy."), (B, reply))
        assert terms.payment.installments == [] or shares(terms) is None, reply
        assert all(i.percent is None for i in terms.payment.installments), reply
    # a plain acceptance of the method keeps the split
    terms = chat((S, "Payment 30/70 by T/T."), (B, "T/T ok."))
    assert shares(terms) == (30, 70)
    # L/C only for another case leaves it too
    terms = chat((S, "Payment 30% deposit, 70% before shipment by T/T."), (B, "ok, no L/C only then."))
    assert shares(terms) == (30, 70)


def rule(terms):
    return terms.incoterm.rule, terms.incoterm.named_place, terms.incoterm.status


def test_a_place_after_to_and_not_the_price_currency_before_the_rule():
    terms = chat((S, "出厂价每套31美元。"), (B, "能做双清包税吗？"),
                 (S, "双清包税到悉尼每套36美元，走海运。"), (B, "行，就按36美元双清包税。"))
    assert rule(terms) == (IncotermRule.DDP, "悉尼", TermStatus.AGREED)
    assert rule(chat((S, "就按12欧元双清包税。"),))[1] is None
    assert rule(chat((S, "宁波离岸价每个2美元。"),))[1] == "宁波"
    assert rule(chat((B, "可以做雙清包稅到高雄嗎？"), (S, "可以。")))[1] == "高雄"  # the question particle is no place


def test_a_rule_asked_for_against_an_offer_and_deferred_stays_open():
    terms = chat((S, "Sofa cushions USD 8.40/pc EXW Foshan."), (B, "我们在智利没有货代, 可不可以报 CIF Valparaiso?"),
                 (S, "CIF Valparaiso 要问一下船公司, 明天回复您."))
    assert rule(terms) == (None, None, TermStatus.CONFLICTING)
    # a deferral beside a price is still the offer; a real negation still refuses
    terms = chat((B, "Can you quote CIF Valparaiso?"),
                 (S, "CIF Valparaiso USD 9.10/pc, I will confirm the vessel with you tomorrow."), (B, "ok"))
    assert rule(terms) == (IncotermRule.CIF, "Valparaiso", TermStatus.AGREED)
    assert rule(chat((S, "我们不能报CIF Valparaiso，只做FOB Shenzhen。"),))[0] == IncotermRule.FOB


def test_days_answering_a_credits_days_are_no_lead_time():
    terms = chat((S, "付款即期信用证。"), (B, "我们一般开120天远期信用证，可以吗？"), (S, "120天太久了，最多90天。"))
    assert lead(terms) == (None, None)
    terms = chat((B, "We usually open L/C 90 days."), (S, "90 days is too long, 60 days max."))
    assert lead(terms) == (None, None)
    # a lead time named in the reply's own sentence stays, and so do days that answer no credit
    terms = chat((B, "我们一般开120天远期信用证。"), (S, "可以。交期最多45天。"))
    assert lead(terms) == (None, 45)
    terms = chat((B, "Payment T/T, lead time?"), (S, "Too long is no good for you, I know: 35 days max."))
    assert lead(terms) == (35, 35)
    terms = chat((B, "Lead time?"), (S, "Production 40 days, L/C 90 days is fine."), (B, "40 days is too long, 30 days max."))
    assert lead(terms) == (None, None) and terms.lead_time.status == TermStatus.CONFLICTING


def test_a_rule_asked_for_in_full_and_quoted_back_is_agreed():
    terms = chat((B, "What's your price CIF Durban for 5000 pcs?"), (S, "CIF Durban USD 1.12/pc."),
                 (B, "1.05 possible?"), (S, "1.10 is our best."), (B, "ok 1.10, deposit?"),
                 (S, "30% deposit, 70% against B/L copy."), (B, "agreed"))
    assert rule(terms) == (IncotermRule.CIF, "Durban", TermStatus.AGREED)
    # asked without a place, the place the answer names is only proposed; "多少" is no place
    terms = chat((B, "电动剃须刀3000个，离岸价多少？"), (S, "离岸价宁波，每个6.2美元。"), (B, "我再考虑一下。"))
    assert rule(terms) == (IncotermRule.FOB, "宁波", TermStatus.PROPOSED)
    # a different place quoted back is the seller's offer
    terms = chat((B, "Can you do CIF Durban?"), (S, "CIF Cape Town USD 1.20/pc."))
    assert rule(terms) == (IncotermRule.CIF, "Cape Town", TermStatus.PROPOSED)
