"""The grounding verifier keeps a quoted price range only when both bounds are written, and
never lets a range pass as agreed."""

from __future__ import annotations

from decimal import Decimal

from tradepact.domain.grounding import UNGROUNDED, UNGROUNDED_AGREEMENT, verify_grounding
from tradepact.domain.terms import Evidence, LineItem, TermStatus, TradeTerms
from tradepact.domain.transcript import Message, Role, Transcript

CHAT = Transcript(messages=[
    Message(role=Role.BUYER, author="Ana", text="Please quote 500 pcs tote bags."),
    Message(role=Role.SELLER, author="Li", text="The EXW price is about $0.4-$1/pcs."),
    Message(role=Role.BUYER, author="Ana", text="OK, deal."),
])


def ev(index: int, quote: str) -> Evidence:
    start = CHAT.messages[index].text.index(quote)
    return Evidence(message_index=index, start=start, end=start + len(quote), quote=quote)


def bags(**changes) -> TradeTerms:
    item = LineItem(description="tote bags", quantity=Decimal(500), unit="pcs",
                    unit_price=Decimal("0.4"), unit_price_max=Decimal("1"), currency="USD",
                    status=TermStatus.PROPOSED,
                    evidence=[ev(0, "500 pcs tote bags"), ev(1, "$0.4-$1/pcs")])
    return TradeTerms(line_items=[item.model_copy(update=changes)])


def test_a_range_with_both_bounds_written_is_kept():
    terms, findings = verify_grounding(bags(), CHAT)
    item = terms.line_items[0]
    assert (item.unit_price, item.unit_price_max) == (Decimal("0.4"), Decimal("1"))
    assert findings == []


def test_an_invented_upper_bound_drops_the_whole_range_not_just_the_bound():
    terms, findings = verify_grounding(bags(unit_price_max=Decimal("1.5")), CHAT)
    item = terms.line_items[0]
    # keeping 0.4 alone would make a single price nobody said
    assert (item.unit_price, item.unit_price_max) == (None, None)
    assert item.quantity == 500
    assert [(f.code, f.field) for f in findings] == [(UNGROUNDED, "line_items[0].unit_price_max")]


def test_an_invented_lower_bound_drops_the_range_too():
    terms, findings = verify_grounding(bags(unit_price=Decimal("0.3")), CHAT)
    assert (terms.line_items[0].unit_price, terms.line_items[0].unit_price_max) == (None, None)
    assert [f.field for f in findings] == ["line_items[0].unit_price"]


def test_an_upside_down_range_is_dropped():
    terms, findings = verify_grounding(
        bags(unit_price=Decimal("1"), unit_price_max=Decimal("0.4")), CHAT)
    assert terms.line_items[0].unit_price is None
    assert [f.field for f in findings] == ["line_items[0].unit_price_max"]


def test_a_range_claimed_agreed_falls_back_to_proposed_even_after_an_ok():
    terms, findings = verify_grounding(
        bags(status=TermStatus.AGREED, evidence=[ev(0, "500 pcs tote bags"),
                                                 ev(1, "$0.4-$1/pcs"), ev(2, "OK, deal.")]),
        CHAT)
    assert terms.line_items[0].status == TermStatus.PROPOSED
    assert [(f.code, f.field) for f in findings] == [
        (UNGROUNDED_AGREEMENT, "line_items[0].status")]


def test_a_range_has_no_total_even_when_one_is_supplied():
    terms, findings = verify_grounding(bags(total=Decimal("200")), CHAT)
    assert terms.line_items[0].total is None
    assert [f.field for f in findings] == ["line_items[0].total"]
