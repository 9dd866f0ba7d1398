"""Terms from blind set l, each rule with a trap beside it.

Set l was measured untouched twice in its release (figures only; they are in the README) and
tuned on after; m stays untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_count_each_is_per_container_not_the_order():
    terms = chat((B, "bottle grade PET resin, 500 MT, CNF Karachi"),
                 (S, "USD 1,035/MT CNF Karachi, 20 x 20GP at 25 MT each"), (B, "Deal"))
    assert quantities(terms) == [Decimal(500)]
    # a packing list's weights are no order either
    terms = chat((B, "car phone holders 5000 pcs at USD 1.35"), (S, "yes correct, 1.35 each"),
                 (S, "50 cartons, 100pcs/ctn, 12kg each, total 600kg, 2.4cbm"))
    assert quantities(terms) == [Decimal(5000)]


def test_ok_a_whole_price_for_you():
    terms = chat((B, "how much 4 200 kits"), (S, "$14.5 per kit exw guangzhou"), (B, "14 ?"),
                 (S, "ok 14 for u 👍"), (B, "cool"))
    assert prices(terms) == [Decimal(14)]
    # "for your team" is no "for you"
    terms = chat((S, "$14.5 per kit"), (B, "samples?"), (S, "ok 20 for your team to test"))
    assert prices(terms) == [Decimal("14.5")]
