"""A price quoted as a range crosses the API as two Money values, and nothing else is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradepact.domain.errors import InvalidInput
from tradepact.domain.terms import LineItem, TermStatus, TradeTerms
from tradepact.entrypoints.grpc.converters.terms import terms_from_pb, terms_to_pb


def _range_item(**changes) -> TradeTerms:
    item = LineItem(description="tote bags", quantity=Decimal(500), unit="pcs",
                    unit_price=Decimal("0.4"), unit_price_max=Decimal("1"), currency="USD",
                    status=TermStatus.PROPOSED)
    return TradeTerms(line_items=[item.model_copy(update=changes)])


def test_a_quoted_range_round_trips_with_both_bounds():
    terms = _range_item()
    back = terms_from_pb(terms_to_pb(terms))
    assert back.line_items == terms.line_items
    assert back.line_items[0].price_is_range


def test_a_range_below_a_minor_unit_keeps_its_exact_bounds():
    terms = _range_item(unit_price=Decimal("0.035"), unit_price_max=Decimal("0.045"))
    item = terms_from_pb(terms_to_pb(terms)).line_items[0]
    assert (item.unit_price, item.unit_price_max) == (Decimal("0.035"), Decimal("0.045"))


def test_a_single_price_has_no_upper_bound_on_the_wire():
    pb = terms_to_pb(_range_item(unit_price_max=None))
    assert not pb.line_items[0].HasField("unit_price_max")
    assert terms_from_pb(pb).line_items[0].unit_price_max is None


def test_the_json_of_a_range_shows_both_bounds_and_no_total():
    from google.protobuf import json_format

    item = json_format.MessageToDict(terms_to_pb(_range_item()))["lineItems"][0]
    assert item["unitPrice"] == {"currencyCode": "USD", "minorUnits": "40"}
    assert item["unitPriceMax"] == {"currencyCode": "USD", "minorUnits": "100"}
    assert "total" not in item


@pytest.mark.parametrize(("mutate", "field"), [
    (lambda li: li.ClearField("unit_price"), "terms.line_items[0].unit_price"),
    (lambda li: setattr(li.unit_price_max, "currency_code", "EUR"),
     "terms.line_items[0].unit_price_max.currency_code"),
    (lambda li: setattr(li.unit_price_max, "minor_units", 10),
     "terms.line_items[0].unit_price_max"),
])
def test_a_range_nobody_could_quote_is_refused_naming_the_field(mutate, field):
    pb = terms_to_pb(_range_item())
    mutate(pb.line_items[0])
    with pytest.raises(InvalidInput) as err:
        terms_from_pb(pb)
    assert field in str(err.value.violations[0].field)
