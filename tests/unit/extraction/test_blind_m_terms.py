"""Terms from blind set m, each rule with a trap beside it.

Set m was measured untouched for one release (figures only; they are in the README) and tuned
on in the next; n and o stay untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, prices, quantities


def test_a_listed_name_goes_on_with_its_spec_before_the_count():
    terms = chat((B, 'PO for:\n- brass ball valves 1/2" full port PN25: 4000 pcs\n'
                     '- brass spring check valves 1/2": 3000 pcs'),
                 (S, "ok, ball valve USD 2.15, check valve USD 1.98"), (B, "confirmed"))
    assert quantities(terms) == [Decimal(4000), Decimal(3000)]
    assert prices(terms) == [Decimal("2.15"), Decimal("1.98")]
    # a listed label that is no goods names none: the price is the goods' named above
    terms = chat((S, "quote for brass ball valves:\n- FOB Ningbo price per pc: USD 2.15\n- lead time 30 days"),
                 (B, "ok"))
    assert items(terms) == [("brass ball valves", None, Decimal("2.15"))]


def test_a_price_asked_for_or_given_for_named_goods():
    for given in ("1.90 is my last price for check valve", "USD 1.90 for the check valves"):
        terms = chat((S, "ball valve USD 2.15, check valve USD 1.98"),
                     (B, "Can u do the check valves at 1.85? others ok"), (S, given), (B, "ok 1.90"))
        assert prices(terms) == [Decimal("2.15"), Decimal("1.90")], given
    # "meet me at" names no goods
    terms = chat((S, "3-seater fabric sofas USD 168/set FOB"), (B, "Meet me at 165?"), (S, "OK, 165"))
    assert items(terms) == [("3-seater fabric sofas", None, Decimal(165))]


def test_the_way_to_the_buyer_after_production_is_no_lead_time():
    terms = chat((S, "Production 6 weeks, then rail about 18-20 days to Warsaw."), (B, "ok good"))
    assert lead(terms) == (42, 42)
    terms = chat((S, "可以的, PayPal 全款. We ship by UPS, 大概一周 deliver. 生产 5 days."), (B, "perfect 👍"))
    assert lead(terms) == (5, 5)
    # shipped by sea, delivered N days after the deposit: that is the lead time
    terms = chat((S, "We ship by sea, can deliver in 30 days after deposit"), (B, "ok"))
    assert lead(terms) == (30, 30)
