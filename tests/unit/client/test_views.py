"""The CLI's terms view shows methods offered as alternatives and cash."""

from __future__ import annotations

from tradepact.v1 import terms_pb2
from tradepact_client.cli._views import term_rows


def _payment_row(pb: terms_pb2.TradeTerms) -> str:
    return next(value for term, value, _, _ in term_rows(pb) if term == "Payment")


def test_offered_methods_are_shown_as_a_choice_nobody_made():
    pb = terms_pb2.TradeTerms()
    pb.payment.status = terms_pb2.TERM_STATUS_CONFLICTING
    pb.payment.offered_methods.extend([terms_pb2.PAYMENT_METHOD_TT,
                                       terms_pb2.PAYMENT_METHOD_CASH])
    assert _payment_row(pb) == "by TT or CASH (offered, none chosen)"


def test_a_schedule_without_alternatives_shows_only_its_installments():
    pb = terms_pb2.TradeTerms()
    pb.payment.installments.add(percent="100", method=terms_pb2.PAYMENT_METHOD_CASH,
                                trigger=terms_pb2.PAYMENT_TRIGGER_ON_ORDER)
    assert _payment_row(pb) == "100% ON_ORDER by CASH"
