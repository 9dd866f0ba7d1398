"""Goods descriptions, several line items, due days, L/C usance and fixed deposits, end to end
through the rules extractor and the grounding verifier."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.adapters.transcript_formats import parse_export
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import (
    IncotermRule,
    PaymentMethod,
    PaymentTrigger,
    TermStatus,
    TradeTerms,
    TransportMode,
)
from tradepact.domain.transcript import Message, Role, Transcript

CHATS = Path(__file__).resolve().parents[3] / "clients" / "examples" / "chats"


def chat(*lines: tuple[str, str]) -> Transcript:
    return Transcript(messages=[Message(role=Role.BUYER if who == "B" else Role.SELLER, text=text)
                                for who, text in lines])


def grounded(transcript: Transcript) -> TradeTerms:
    terms, findings = verify_grounding(RulesExtractor().extract(transcript), transcript)
    assert not [f for f in findings if f.code == "UNGROUNDED"], findings
    return terms


@pytest.mark.parametrize(("text", "description"), [
    ("We need 3000 pcs stainless steel water bottles, 500ml. Please quote.",
     "stainless steel water bottles, 500ml"),
    ("Hi, we want 2000 sets of bamboo cutting boards, 3-piece set.",
     "bamboo cutting boards, 3-piece set"),
    ("We want to order 5000 pcs canvas tote bags with logo. USD 1.05/pc?", "canvas tote bags with logo"),
    ("您好！帆布袋3000个，单价人民币12.5元/个，出厂价。", "帆布袋"),
    ("我們訂3000個不鏽鋼保溫瓶，每個2.60美元。", "不鏽鋼保溫瓶"),
    ("Hi，我们要5000个 silicone phone cases，USD 0.75/pc", "silicone phone cases"),
])
def test_the_goods_description_is_the_phrase_the_parties_wrote(text, description):
    terms = grounded(chat(("B", text)))
    assert terms.line_items[0].description == description


@pytest.mark.parametrize("text", [
    "For 3000 pcs the price is USD 2.80/pc FOB Ningbo.",
    "Confirmed, 2500 pcs black.",
    "Sorry, correction: USD 5.30 because of the new packaging.",
    "We will order 800 pcs, they can go FOB Shenzhen at USD 7.20/pc.",
    "您好！2000个的话，单价USD 3.20/个，FOB宁波。",
])
def test_no_description_is_invented_when_no_goods_are_named(text):
    terms = grounded(chat(("S", text)))
    assert [i.description for i in terms.line_items] == [""]


@pytest.mark.parametrize(("text", "quantity", "description"), [
    ("Hi Lily, we are ready to order the 2,000 folding camping chairs at USD 6.80/pc FOB Xiamen.",
     Decimal(2000), "folding camping chairs"),
    ("We would like to buy 1,500 ceramic mugs with logo.", Decimal(1500), "ceramic mugs with logo"),
    ("We need 1,500 ceramic mugs, FOB Ningbo please.", Decimal(1500), "ceramic mugs"),
    ("We'd like to order 800 bamboo cutting boards.", Decimal(800), "bamboo cutting boards"),
])
def test_a_count_between_a_buying_verb_and_the_goods_is_the_order_quantity(text, quantity, description):
    item = grounded(chat(("B", text))).line_items[0]
    assert (item.quantity, item.unit, item.description) == (quantity, None, description)


@pytest.mark.parametrize("text", [
    "For the logo we need 2 options, printed and embossed.",
    "We need thirty percent deposit and the balance before shipment.",
    "We need 30 days for production.",
    "We need 12 inch pizza boxes with our logo.",
    "We want to buy 2020 model office chairs.",
    "We need 100 spare chairs for the showroom.",
    "We are ready to order 2 pallets of the mugs.",
    "We need 3 invoices for customs.",
    "We need 10 working days to check the samples.",
    "We plan to order 4 times per year.",
    "We need 2 certificates: CE and RoHS.",
    "We need 24 hours customer service.",
    "We want 2 weeks more for the artwork.",
    "We need 500 more cartons for packing.",
    "We require 3 copies of the B/L.",
])
def test_a_count_of_anything_but_goods_is_no_order_quantity(text):
    assert grounded(chat(("B", text))).line_items == []


def test_each_priced_goods_is_its_own_line_item_with_its_own_total():
    terms = grounded(chat(
        ("B", "We need 3000 pcs insulated water bottles and 3000 pcs gift boxes with our logo."),
        ("S", "FOB Ningbo: insulated water bottles USD 3.45/pc, gift box USD 0.38/pc. MOQ 1000 pcs."),
        ("B", "OK, deal."),
    ))
    rows = [(i.description, i.quantity, i.unit_price, i.total) for i in terms.line_items]
    assert rows == [("insulated water bottles", 3000, Decimal("3.45"), Decimal("10350.00")),
                    ("gift boxes", 3000, Decimal("0.38"), Decimal("1140.00"))]
    assert terms.moq.value == 1000
    assert all(i.unit_price is not None and i.status != TermStatus.CONFLICTING for i in terms.line_items)


def test_price_tiers_for_one_goods_stay_options_not_line_items():
    terms = grounded(chat(("S", "Cotton t-shirts: USD 2.90/pc for 1000 pcs, USD 2.60/pc for 5000 pcs.")))
    assert len(terms.line_items) == 1
    assert terms.line_items[0].status == TermStatus.CONFLICTING
    assert terms.line_items[0].unit_price is None


def test_balance_days_after_bl_date_are_due_days_of_the_balance():
    terms = grounded(chat(("S", "30% deposit by T/T, balance within 7 days after B/L date."),
                          ("B", "confirmed")))
    balance = terms.payment.installments[1]
    assert (balance.percent, balance.trigger, balance.trigger_event, balance.due_days) == (
        70, PaymentTrigger.DAYS_AFTER_EVENT, "B/L date", 7)


@pytest.mark.parametrize(("text", "method", "due"), [
    ("For repeat orders: net 30.", PaymentMethod.OA, 30),
    ("Yes, open account, payment 30 days after invoice date.", PaymentMethod.OA, 30),
    ("老客户可以月结30天。", PaymentMethod.OA, 30),
    ("We can only pay by L/C 60 days.", PaymentMethod.LC_USANCE, 60),
    ("L/C at 90 days is acceptable.", PaymentMethod.LC_USANCE, 90),
    ("Payment by irrevocable L/C at sight.", PaymentMethod.LC_SIGHT, None),
])
def test_usance_and_open_account_days_are_due_days(text, method, due):
    [only] = grounded(chat(("S", text))).payment.installments
    assert (only.method, only.due_days, only.percent) == (method, due, None)


def test_a_fixed_deposit_keeps_its_amount_and_the_balance_gets_no_invented_share():
    terms = grounded(chat(("S", "USD 5,000 deposit by T/T, balance before shipment."), ("B", "Agreed.")))
    deposit, balance = terms.payment.installments
    assert (deposit.fixed_amount_minor, deposit.currency, deposit.percent) == (500000, "USD", None)
    assert (balance.fixed_amount_minor, balance.percent, balance.trigger) == (
        None, None, PaymentTrigger.BEFORE_SHIPMENT)


def test_a_chinese_fixed_deposit_in_wan():
    [deposit, _] = grounded(chat(("S", "付款：先付定金1万元，余款发货前付清。"))).payment.installments
    assert (deposit.fixed_amount_minor, deposit.currency) == (1000000, "CNY")


def test_an_offer_restated_after_the_other_side_spoke_can_be_accepted():
    terms = grounded(chat(
        ("B", "Hi, we want 2000 sets of bamboo cutting boards, 3-piece set."),
        ("S", "Price is USD 6.80/set FOB Xiamen."),
        ("B", "ok, agreed. FOB Xiamen USD 6.80/set, 2000 sets."),
        ("S", "Confirmed, thank you!"),
    ))
    assert terms.line_items[0].status == TermStatus.AGREED


def _demo(name: str, buyer: str, seller: str) -> TradeTerms:
    text = (CHATS / name).read_text(encoding="utf-8")
    return grounded(parse_export(text, buyer_names=[buyer], seller_names=[seller]))


@pytest.mark.skipif(not CHATS.exists(), reason="demo chats not in this checkout")
def test_demo_negotiation_extracts_every_term_a_contract_needs():
    t = _demo("negotiation-whatsapp.txt", "Tom Becker", "Lily Chen")
    assert (t.incoterm.rule, t.incoterm.named_place, t.incoterm.status) == (
        IncotermRule.CIF, "Hamburg", TermStatus.AGREED)
    assert [s.summary for s in t.incoterm.superseded] == ["FOB Ningbo"]
    assert [(i.percent, i.trigger) for i in t.payment.installments] == [
        (30, PaymentTrigger.ON_ORDER), (70, PaymentTrigger.AGAINST_BL_COPY)]
    assert (t.lead_time.min_days, t.lead_time.max_days) == (25, 30)
    assert t.logistics.mode == TransportMode.SEA_FCL
    assert (t.logistics.transit_time.min_days, t.logistics.transit_time.max_days) == (30, 35)
    [item] = t.line_items
    assert (item.description, item.quantity, item.unit_price, item.status) == (
        "750ml stainless steel water bottles", 5000, Decimal("3.62"), TermStatus.AGREED)
    assert t.moq.value == 1000


@pytest.mark.skipif(not CHATS.exists(), reason="demo chats not in this checkout")
def test_demo_chinese_chat_has_exw_without_a_place_and_canvas_bags():
    t = _demo("all-chinese-wechat.txt", "王磊", "陈芳")
    assert (t.incoterm.rule, t.incoterm.named_place) == (IncotermRule.EXW, None)
    [item] = t.line_items
    assert (item.description, item.quantity, item.unit_price, item.currency) == (
        "帆布袋", 3000, Decimal("12.5"), "CNY")
    assert (t.lead_time.min_days, t.lead_time.max_days, t.lead_time.working_days) == (15, 20, True)


@pytest.mark.skipif(not CHATS.exists(), reason="demo chats not in this checkout")
def test_demo_without_lead_time_leaves_it_missing():
    t = _demo("missing-lead-time.txt", "Anna", "Mr. Zhao")
    [item] = t.line_items
    assert (item.description, item.quantity, item.unit_price, item.status) == (
        "bamboo cutting boards, 3-piece set", 2000, Decimal("6.80"), TermStatus.AGREED)
    assert [i.percent for i in t.payment.installments] == [50, 50]
    assert t.lead_time.status == TermStatus.MISSING


def test_a_rest_paid_in_several_shares_keeps_each_share_with_its_own_trigger():
    # giving all 70 % "before shipment" would let the escrow release the inspection share
    # before anyone inspected
    from tradepact.adapters.extraction.rules import RulesExtractor
    from tradepact.domain.grounding import verify_grounding
    from tradepact.domain.terms import PaymentTrigger as T
    from tradepact.domain.transcript import Message, Role, Transcript
    cases = {
        "定金30%，发货前付60%，尾款10%验货后付": [(30, T.ON_ORDER), (60, T.BEFORE_SHIPMENT), (10, T.AFTER_INSPECTION)],
        "30% deposit, 60% before shipment, 10% after inspection":
            [(30, T.ON_ORDER), (60, T.BEFORE_SHIPMENT), (10, T.AFTER_INSPECTION)],
        "30% deposit, 40% against B/L copy, 30% 45 days after B/L date":
            [(30, T.ON_ORDER), (40, T.AGAINST_BL_COPY), (30, T.DAYS_AFTER_EVENT)],
        # a share whose own clause names no trigger known here stays unsettled, never borrowed
        "30% deposit, 60% before shipment and 10% after installation at your plant":
            [(30, T.ON_ORDER), (60, T.BEFORE_SHIPMENT), (10, T.UNSPECIFIED)],
    }
    for text, want in cases.items():
        transcript = Transcript(messages=[Message(role=Role.SELLER, text=text)])
        terms = RulesExtractor().extract(transcript)
        assert [(i.percent, i.trigger) for i in terms.payment.installments] == want, text
        verified, findings = verify_grounding(terms.model_copy(deep=True), transcript)
        assert len(verified.payment.installments) == len(want), (text, findings)
    # percentages after a deposit that are no payments are no tranches: the balance keeps its trigger
    margin = RulesExtractor().extract(Transcript(messages=[Message(
        role=Role.SELLER, text="30% deposit, balance before shipment. Our margin is 20% after a 50% rise.")]))
    assert [(i.percent, i.trigger) for i in margin.payment.installments] == [
        (30, T.ON_ORDER), (70, T.BEFORE_SHIPMENT)]
    last = RulesExtractor().extract(Transcript(messages=[Message(
        role=Role.SELLER, text="30% deposit, 40% against B/L copy, 30% 45 days after B/L date")]))
    assert (last.payment.installments[-1].due_days, last.payment.installments[-1].trigger_event) == (
        45, "B/L date")
