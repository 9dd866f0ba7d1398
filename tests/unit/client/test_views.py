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


def test_the_orders_table_never_cuts_an_order_id_in_an_80_column_terminal():
    import io

    from rich.console import Console

    from tradepact.v1 import common_pb2, escrow_pb2
    from tradepact_client.cli._views import orders_table

    order = escrow_pb2.Order(
        order_id="a7e5cb5cb1ca4373844c7f7c7ebd3fd1",
        contract_id="342efa75c967488391e3878bf874beea", contract_version=1,
        seller_party_id="bright-drinkware", buyer_party_id="nordkap-outdoor",
        total=common_pb2.Money(currency_code="USD", minor_units=1810000),
        state=escrow_pb2.ORDER_STATE_ACTIVE)
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(orders_table([order]))
    text = console.export_text()
    assert "…" not in text
    assert any(order.order_id in line for line in text.splitlines())  # whole, on one line
    cells = "".join(line.split("│")[2].strip() for line in text.splitlines()
                    if line.count("│") > 2)
    assert cells.startswith(order.contract_id)  # folded, not cut
