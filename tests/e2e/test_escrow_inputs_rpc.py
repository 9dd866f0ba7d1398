"""Through a real server on each database: odd input is INVALID_ARGUMENT with the field named.

These requests used to answer INTERNAL (on PostgreSQL, or on both databases where noted).
"""

from __future__ import annotations

import grpc
import pytest

from tests.support.escrow_flow import client, key, money, new_order
from tests.support.server_process import server_on
from tradepact_client import TradepactError


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                scope="module")
def db_server(request, tmp_path_factory):
    yield from server_on(request.param, tmp_path_factory, "inputs")


def _invalid(call) -> list[str]:
    with pytest.raises(TradepactError) as exc:
        call()
    assert exc.value.code is grpc.StatusCode.INVALID_ARGUMENT, exc.value
    return [v.field for v in exc.value.field_violations]


@pytest.mark.parametrize("reference", ["PAY\x001", "P" * 300])
def test_record_funding_with_a_reference_the_ledger_cannot_hold(db_server, reference):
    order = new_order(db_server.address)
    m = order.milestones[0]
    with client(db_server.address, "platform") as c:
        assert _invalid(lambda: c.record_funding(
            idempotency_key=key(), order_id=order.order_id, milestone_id=m.milestone_id,
            amount=money(order, 100), payment_reference=reference)) == ["payment_reference"]
        ledger = c.get_ledger(order_id=order.order_id)
    assert ledger.funded.minor_units == 0 and not ledger.entries


def test_ids_with_nul_characters_and_empty_ids(db_server):
    order = new_order(db_server.address)
    with client(db_server.address, "admin") as c:
        assert _invalid(lambda: c.get_order(order_id="x\x00")) == ["order_id"]
        assert _invalid(lambda: c.get_ledger(order_id="x\x00")) == ["order_id"]
        assert _invalid(lambda: c.cancel_order(idempotency_key=key(), order_id="x\x00",
                                               reason="r")) == ["order_id"]
        assert _invalid(lambda: c.cancel_order(idempotency_key="k\x00",
                                               order_id=order.order_id,
                                               reason="r")) == ["idempotency_key"]
    with client(db_server.address, "platform") as c:
        assert _invalid(lambda: c.record_funding(
            idempotency_key=key(), order_id=order.order_id, milestone_id="",
            amount=money(order, 100), payment_reference="PAY-1")) == ["milestone_id"]
        assert c.get_order(order_id=order.order_id).order.revision == order.revision


def test_forged_page_tokens_and_negative_queue_sizes(db_server):
    new_order(db_server.address)
    with client(db_server.address, "reviewer") as c:
        assert _invalid(lambda: c.list_orders(page_token="9" * 25)) == ["page_token"]
        assert _invalid(lambda: c.list_review_queue(page_size=-3)) == ["page_size"]
        assert c.list_orders(page_size=1).orders


@pytest.mark.parametrize("after", [5, 2**31, 2**63 - 1])
def test_watch_order_resumed_beyond_the_newest_event_is_refused(db_server, after):
    # Before, the stream waited silently, then skipped every new event up to `after` (and on
    # PostgreSQL a sequence beyond 32 bits was INTERNAL).
    order = new_order(db_server.address)  # one event: order.created
    with client(db_server.address, "buyer") as c:
        assert _invalid(lambda: next(iter(c.watch_order(
            order_id=order.order_id, after_sequence=after, timeout=10)))) == ["after_sequence"]
        stream = c.watch_order(order_id=order.order_id, after_sequence=0, timeout=10)
        first = next(iter(stream))
        stream.close()
    assert first.event.sequence == 1


def test_watch_order_resumed_at_the_newest_event_waits_for_the_next(db_server):
    order = new_order(db_server.address)
    with client(db_server.address, "buyer") as c:
        stream = c.watch_order(order_id=order.order_id, after_sequence=1, timeout=20)
        m = order.milestones[0]
        with client(db_server.address, "platform") as p:
            p.record_funding(idempotency_key=key(), order_id=order.order_id,
                             milestone_id=m.milestone_id, amount=money(order, 100),
                             payment_reference="PAY-1")
        nxt = next(iter(stream))
        stream.close()
    assert (nxt.event.sequence, nxt.event.type) == (2, "milestone.fund")
