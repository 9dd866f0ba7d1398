"""Term patterns: legacy and Chinese rule names, splits, number words, modes, evidence offsets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import IncotermRule, PaymentMethod, PaymentTrigger, TransportMode
from tradepact.domain.transcript import Message, Role, Transcript


def extract(text: str, role: Role = Role.SELLER):
    return RulesExtractor().extract(Transcript(messages=[Message(role=role, text=text)]))


@pytest.mark.parametrize(("text", "rule"), [
    ("We ship DDU Chicago", IncotermRule.DAP),
    ("DAT Rotterdam terminal", IncotermRule.DPU),
    ("C&F Durban", IncotermRule.CFR),
    ("CNF Lagos", IncotermRule.CFR),
    ("C+F Mombasa", IncotermRule.CFR),
    ("报价为离岸价", IncotermRule.FOB),
    ("我们报到岸价", IncotermRule.CIF),
    ("这是出厂价", IncotermRule.EXW),
    ("可以做双清包税到门", IncotermRule.DDP),
    ("the ex-factory price is fixed", IncotermRule.EXW),
])
def test_legacy_and_chinese_names_map_to_incoterms_2020(text, rule):
    assert extract(text).incoterm.rule == rule


def test_us_fob_destination_is_not_an_incoterm():
    assert extract("Terms: FOB destination, freight prepaid").incoterm.rule is None


@pytest.mark.parametrize(("text", "deposit", "balance"), [
    ("付款三七开", 30, 70),
    ("五五开", 50, 50),
    ("预付百分之三十，余款发货前付清", 30, 70),
    ("thirty percent deposit, balance before shipment", 30, 70),
    ("payment 30/70 by T/T", 30, 70),
    ("全款发货", 100, 0),
])
def test_payment_splits_in_words_and_digits(text, deposit, balance):
    shares = [i.percent for i in extract(text).payment.installments]
    assert shares[0] == Decimal(deposit)
    assert sum(shares, Decimal(0)) == Decimal(deposit + balance)


def test_balance_trigger_and_method_are_read():
    inst = extract("30% deposit, 70% against copy of B/L, by T/T").payment.installments
    assert inst[1].trigger == PaymentTrigger.AGAINST_BL_COPY
    assert {i.method for i in inst} == {PaymentMethod.TT}


@pytest.mark.parametrize(("text", "lo", "hi", "working"), [
    ("交期十五到二十天", 15, 20, False),
    ("production time forty-five days", 45, 45, False),
    ("lead time 4-5 weeks after artwork confirmation", 28, 35, False),
    ("生产周期20个工作日", 20, 20, True),
    ("we ship within 15 working days after payment", None, 15, True),
])
def test_lead_time_in_words_weeks_and_working_days(text, lo, hi, working):
    lead = extract(text).lead_time
    assert (lead.min_days, lead.max_days, lead.working_days) == (lo, hi, working)


@pytest.mark.parametrize(("text", "mode"), [
    ("1x40HQ by sea", TransportMode.SEA_FCL),
    ("ship LCL please", TransportMode.SEA_LCL),
    ("走空运", TransportMode.AIR),
    ("by DHL express", TransportMode.EXPRESS),
    ("中欧班列 by rail", TransportMode.RAIL),
])
def test_transport_modes(text, mode):
    assert extract(text).logistics.mode == mode


def test_documents_by_courier_do_not_make_the_goods_express():
    assert extract("We send the original documents by DHL.").logistics.mode == TransportMode.UNSPECIFIED


def test_evidence_offsets_point_into_the_original_text_after_invisible_characters():
    text = "\u202eFO\u200bB Ning\u200dbo USD 3.10/pc, deposit 3\u200b0%, balance before shipment"
    terms = extract(text)
    assert terms.incoterm.rule == IncotermRule.FOB and terms.incoterm.named_place == "Ningbo"
    for ev in terms.incoterm.evidence + terms.payment.evidence + terms.line_items[0].evidence:
        assert text[ev.start:ev.end] == ev.quote
    assert terms.incoterm.evidence[0].quote == "FO\u200bB Ning\u200dbo"


def test_evidence_quotes_full_width_digits_as_written():
    text = "定金３０％，尾款发货前付清"
    ev = extract(text).payment.evidence[0]
    assert text[ev.start:ev.end] == ev.quote and "３０％" in ev.quote


def test_number_words_are_quoted_as_words():
    text = "We need thirty percent deposit and the balance before shipment."
    ev = extract(text).payment.evidence[0]
    assert ev.quote.startswith("thirty percent")


def test_quantity_and_price_in_chinese():
    item = extract("FOB上海，两万个，单价2.6美元/个", Role.SELLER).line_items[0]
    assert (item.quantity, item.unit_price, item.currency) == (Decimal(20000), Decimal("2.6"), "USD")
