"""Terms that crossed the API keep plain numbers in their JSON (the one embedded in contracts too)."""

from __future__ import annotations

import json
from decimal import Decimal

from tradepact.domain.terms import LineItem, TermStatus, TradeTerms
from tradepact.entrypoints.grpc.converters.terms import terms_from_pb, terms_to_pb


def test_whole_amounts_keep_their_digits_after_a_round_trip():
    item = LineItem(description="plywood", quantity=Decimal(7240), unit="sheets", unit_price=Decimal("2.5"),
                    currency="USD", total=Decimal("18100"), status=TermStatus.AGREED)
    back = terms_from_pb(terms_to_pb(TradeTerms(line_items=[item]))).line_items[0]
    dumped = json.loads(back.model_dump_json())
    assert (dumped["unit_price"], dumped["total"]) == ("2.5", "18100")  # was "1.81E+4"
    assert "E+" not in TradeTerms(line_items=[back]).model_dump_json()
