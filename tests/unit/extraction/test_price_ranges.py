"""A unit price quoted as a range is recognised, carried as its two bounds, and never becomes a
price the contract can use: no "ok" agrees it, it has no total, and a later single price
replaces it. Ranges of quantities, days or shares, tiers and other suppliers' quotes are no
price ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import LineItem, TermStatus, TradeTerms
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.evaluation import Case, _correct, predict


def chat(*lines: tuple[str, str]) -> Transcript:
    return Transcript(messages=[Message(role=Role.BUYER if who == "B" else Role.SELLER, text=text)
                                for who, text in lines])


def grounded(*lines: tuple[str, str]) -> TradeTerms:
    transcript = chat(*lines)
    terms, findings = verify_grounding(RulesExtractor().extract(transcript), transcript)
    assert not [f for f in findings if f.code == "UNGROUNDED"], findings
    return terms


def price(item: LineItem) -> tuple[Decimal | None, Decimal | None, str | None]:
    return item.unit_price, item.unit_price_max, item.currency


@pytest.mark.parametrize(("text", "low", "high", "code"), [
    ("The EXW price is about $0.4-$1/pcs based on different sizes.", "0.4", "1", "USD"),
    ("USD 2.5-3.5 per piece FOB Ningbo.", "2.5", "3.5", "USD"),
    ("Our price is from $1.20 to $1.50 per set depending on the finish.", "1.20", "1.50", "USD"),
    ("Price: around USD 2.5 - USD 3.5/pc.", "2.5", "3.5", "USD"),
    ("approx. 0.8-1.2 USD/pc, depends on printing.", "0.8", "1.2", "USD"),
    ("EUR 3,20-3,60/pc ex works.", "3.20", "3.60", "EUR"),
    ("单价3-5元，看尺寸。", "3", "5", "CNY"),
    ("2.5~3.5美金/个，看数量。", "2.5", "3.5", "USD"),
    ("單價3至5元/個，看尺寸。", "3", "5", "CNY"),
    ("人民币12到15元一个。", "12", "15", "CNY"),
])
def test_a_quoted_range_is_the_price_with_both_bounds_and_its_currency(text, low, high, code):
    terms = grounded(("S", text))
    [item] = terms.line_items
    assert price(item) == (Decimal(low), Decimal(high), code)
    assert item.total is None
    assert item.status == TermStatus.PROPOSED
    assert terms.currency.code == code  # a range still names the deal's currency


def test_a_range_the_buyer_accepts_with_ok_is_still_no_agreed_price():
    terms = grounded(("B", "Please quote 2000 pcs canvas tote bags."),
                     ("S", "USD 0.8-1.2/pc depending on the printing."),
                     ("B", "OK, sounds good."))
    [item] = terms.line_items
    assert price(item) == (Decimal("0.8"), Decimal("1.2"), "USD")
    assert item.status == TermStatus.PROPOSED
    assert item.total is None


def test_the_buyer_repeating_the_range_agrees_no_price_either():
    terms = grounded(("S", "USD 0.8-1.2/pc depending on the printing."),
                     ("B", "USD 0.8-1.2/pc is fine for us."))
    assert terms.line_items[0].status == TermStatus.PROPOSED


def test_a_later_single_price_replaces_the_range_which_goes_to_the_history():
    terms = grounded(("S", "Canvas tote bags: USD 0.8-1.2/pc depending on the printing."),
                     ("B", "One colour logo, 2000 pcs, can you do USD 0.85/pc?"),
                     ("S", "OK, confirmed."))
    [item] = terms.line_items
    assert price(item) == (Decimal("0.85"), None, "USD")
    assert item.status == TermStatus.AGREED
    assert item.total == Decimal("1700.00")
    assert [s.summary for s in item.superseded] == ["USD 0.8-1.2"]


def test_a_single_price_equal_to_the_lower_bound_still_replaces_the_range():
    terms = grounded(("S", "USD 0.8-1.2/pc depending on the printing."),
                     ("B", "Then USD 0.8/pc please, one colour."),
                     ("S", "ok"))
    item = terms.line_items[0]
    assert price(item) == (Decimal("0.8"), None, "USD")
    assert item.status == TermStatus.AGREED


def test_a_range_for_one_goods_and_a_single_price_for_another_stay_apart():
    terms = grounded(("S", "Ceramic mugs USD 1.50-2.00/pc, gift boxes USD 0.38/pc."))
    assert [(i.description, *price(i)) for i in terms.line_items] == [
        ("Ceramic mugs", Decimal("1.50"), Decimal("2.00"), "USD"),
        ("gift boxes", Decimal("0.38"), None, "USD")]


@pytest.mark.parametrize("text", [
    "We need 2000-3000 pcs, please quote.",
    "Lead time 30-40 days after deposit.",
    "Payment 30-70, T/T.",
    "Deposit 30%-50% depending on the order.",
    "Delivery 2-3 days after the goods are ready.",
    "Can you do 0.35-0.38?",
    "We will visit you on 2026-03-05.",
])
def test_ranges_of_quantities_days_or_shares_are_no_price(text):
    terms = grounded(("B", text))
    assert all(i.unit_price is None for i in terms.line_items)


def test_a_quantity_range_orders_no_quantity_but_its_price_stands():
    [item] = grounded(("B", "We need 2000-3000 pcs."), ("S", "USD 2.50/pc FOB Ningbo.")).line_items
    assert (item.quantity, *price(item)) == (None, Decimal("2.50"), None, "USD")


def test_a_quantity_range_still_names_the_goods_after_it():
    [item] = grounded(("B", "We will order 2000-3000 pcs yoga mats."),
                      ("S", "USD 4.20/pc FOB Shanghai.")).line_items
    assert (item.description, item.quantity, item.unit_price) == ("yoga mats", None, Decimal("4.20"))


def test_a_tier_table_is_options_not_a_range():
    terms = grounded(("S", "1000-2999 pcs: USD 2.90/pc; 3000-4999 pcs: USD 2.60/pc; "
                           "5000 pcs and above: USD 2.40/pc."))
    assert all(i.unit_price is None and i.unit_price_max is None for i in terms.line_items)
    # "5000 pcs and above" is the last tier's threshold, not the order
    assert all(i.quantity is None for i in terms.line_items)


def test_another_suppliers_range_is_no_term_at_all():
    terms = grounded(("B", "Another supplier quoted $2-3 per piece for the same bags."))
    assert terms.line_items == []
    assert terms.currency.code is None


def test_a_price_change_from_one_price_to_another_is_no_range():
    terms = grounded(("S", "Sorry, material cost went up from USD 1.20 to USD 1.50 per piece."))
    assert all(i.unit_price_max is None for i in terms.line_items)


# --- the evaluation scores both bounds ----------------------------------------------------------

SAMPLE = Case("s", Transcript(messages=[]), {}, numeric_text=True)
LABELLED = Case("t", Transcript(messages=[]), {})


@pytest.mark.parametrize(("got", "want", "case", "correct"), [
    ("0.4-1", "about $0.4-$1/pcs", SAMPLE, True),
    ("0.4-2", "about $0.4-$1/pcs", SAMPLE, False),  # an invented upper bound
    (Decimal("0.4"), "about $0.4-$1/pcs", SAMPLE, False),  # a range is no single price
    ("20-25", "$20 each", SAMPLE, False),
    ("0.4-1", "0.4-1", LABELLED, True),
    ("0.4-1", "0.4-1.00", LABELLED, True),
    ("0.4-1.2", "0.4-1", LABELLED, False),
    (Decimal("0.4"), "0.4-1", LABELLED, False),
    ("0.4-1", "0.4", LABELLED, False),
])
def test_a_range_prediction_is_correct_only_when_both_bounds_match(got, want, case, correct):
    assert _correct("unit_price", got, want, case) is correct


def test_the_evaluation_predicts_a_range_as_low_dash_high():
    assert predict(grounded(("S", "USD 2.5-3.5 per piece.")))["unit_price"] == ["2.5-3.5"]


# --- changes and differences of price -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The price moves from USD 1.20 to USD 1.50 per piece next month.",
    "From June the price goes up from USD 1.20 to USD 1.50/pc.",
])
def test_more_ways_to_say_a_price_changes_are_no_range(text):
    terms = grounded(("S", text))
    assert all(i.unit_price_max is None for i in terms.line_items)


@pytest.mark.parametrize("text", [
    "Material went up, the price will increase $0.10-0.20/pc.",
    "Price reduced by $0.2-0.3/pc.",
    "Price reduced by $0.2/pc.",
    "You save $0.10-0.20 per piece with our packaging.",
    "Logo printing adds $0.10-0.15/pc.",
    "The big size is $0.5 more per piece.",
    "大号比小号贵1-2元。",
    "可以便宜0.5元。",
])
def test_the_size_of_a_change_or_a_difference_is_no_price(text):
    terms = grounded(("S", text))
    # neither a range nor one of its bounds read as a single price
    assert all(i.unit_price is None for i in terms.line_items), terms.line_items
    assert terms.currency.code is not None  # the amount still names the deal's currency


def test_a_range_the_price_is_lowered_to_is_a_range():
    terms = grounded(("S", "For 5000 pcs we can lower it to $1.25-1.30 depending on the carton."))
    [item] = terms.line_items
    assert price(item) == (Decimal("1.25"), Decimal("1.30"), "USD")


def test_a_price_beside_a_difference_is_still_read():
    terms = grounded(("S", "Small size 8元/个, the big one is 1-2元 more."))
    assert [i.unit_price for i in terms.line_items] == [Decimal("8")]
    terms = grounded(("S", "最便宜3元一个。"))  # the cheapest is a price
    assert [i.unit_price for i in terms.line_items] == [Decimal("3")]


@pytest.mark.parametrize("text", [
    "Revised price: USD 2.50-3.00/pc depending on the finish.",
    "Updated quotation, USD 2.50-3.00 per piece.",
    "After the adjustment the price is USD 2.50-3.00/pc.",
])
def test_a_new_price_quoted_as_a_range_is_a_range_not_its_lower_bound(text):
    terms = grounded(("S", text))
    [item] = terms.line_items
    assert price(item) == (Decimal("2.50"), Decimal("3.00"), "USD")


@pytest.mark.parametrize("text", [
    "Sea freight to Hamburg is around USD 1,800-2,200 per 40HQ.",
    "Freight is around USD 800-1000 per container.",
    "Freight about USD 900.",
    "Shipping cost USD 1.5-2/kg by air.",
])
def test_the_cost_of_carriage_is_no_unit_price(text):
    terms = grounded(("S", text))
    assert all(i.unit_price is None for i in terms.line_items), terms.line_items
    assert terms.currency.code == "USD"


@pytest.mark.parametrize(("text", "value"), [
    ("CIF price including freight USD 2.5/pc.", "2.5"),
    ("CIF Hamburg, freight included, USD 2.5/pc.", "2.5"),
    ("Goods USD 2/pc. Freight about USD 800-1000.", "2"),
])
def test_a_price_that_includes_freight_or_stands_beside_it_is_read(text, value):
    terms = grounded(("S", text))
    assert [i.unit_price for i in terms.line_items] == [Decimal(value)]
