"""One bank payment funds an order once, whatever idempotency key it is recorded under.

Before, RecordFunding did not look at the payment reference: the same bank payment recorded
under two keys counted twice, so the escrow believed it held money it never received (and
could release it).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import sqlalchemy
from sqlalchemy import insert

from tests.integration.escrow.conftest import ADMIN, PLATFORM, key
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.adapters.db.escrow_tables import ledger_entries
from tradepact.domain.errors import AlreadyExists
from tradepact.usecases import escrow as uc


def fund(world, order, amount, ref, k=None, index=1):
    m = order.milestones[index]
    return uc.record_funding(uc.RecordFunding(order.id, m.id, amount, ref, k or key()),
                             PLATFORM, world.uow)


def funded(world, order_id):
    s = uc.ledger_summary(order_id, ADMIN, world.uow)
    assert s.problems == []
    return s.funded_minor, s.entries


@pytest.mark.parametrize("change", ["same request", "another amount", "another milestone",
                                    "padded with spaces"])
def test_a_payment_reference_recorded_again_under_a_new_key_is_already_exists(world, change):
    o = world.order()
    fund(world, o, 100_000, "BANK-20260105-0001")
    before = funded(world, o.id)
    events = uc.get_order(o.id, ADMIN, world.uow).audit_sequence
    amount, index, ref = 100_000, 1, "BANK-20260105-0001"
    if change == "another amount":
        amount = 5_000
    elif change == "another milestone":
        index = 0
    elif change == "padded with spaces":
        ref = f"  {ref} "
    retry_key = key()
    with pytest.raises(AlreadyExists) as err:
        fund(world, o, amount, ref, k=retry_key, index=index)
    assert err.value.field == "payment_reference"
    assert "BANK-20260105-0001" in err.value.message and "recorded once" in err.value.message
    assert funded(world, o.id) == before  # nothing written: no entries, no money
    assert uc.get_order(o.id, ADMIN, world.uow).audit_sequence == events
    # The refused request recorded nothing under its key: it can carry the right reference.
    fixed = fund(world, o, amount, "BANK-20260105-0002", k=retry_key, index=index)
    assert funded(world, o.id)[0] == before[0] + amount
    assert fixed.audit_sequence == events + 1


def test_a_same_key_replay_still_returns_the_first_response(world):
    o = world.order()
    k = key()
    first = fund(world, o, 100_000, "BANK-1", k=k)
    assert fund(world, o, 100_000, "BANK-1", k=k) == first
    assert funded(world, o.id)[0] == 100_000


def test_partial_payments_with_their_own_references_still_accumulate(world):
    o = world.order()
    fund(world, o, 100_000, "BANK-1")
    fund(world, o, 200_000, "BANK-2")
    assert funded(world, o.id)[0] == 300_000


def test_the_same_reference_may_fund_another_order(world):
    # References are unique per order: two banks' references for two payers may coincide.
    a, b = world.order(), world.order()
    fund(world, a, 100_000, "BANK-1")
    fund(world, b, 100_000, "BANK-1")
    assert funded(world, a.id)[0] == funded(world, b.id)[0] == 100_000


def test_racing_requests_with_one_reference_and_different_keys_record_it_once(world):
    o = world.order()
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def run():
        barrier.wait()
        try:
            fund(world, o, 100_000, "BANK-RACE")
            outcomes.append("ok")
        except AlreadyExists:
            outcomes.append("already exists")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            outcomes.append(f"unexpected {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=run) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(outcomes) == ["already exists"] * 7 + ["ok"], outcomes
    assert funded(world, o.id) == (100_000, 2)


def test_the_database_refuses_a_second_funding_leg_with_the_same_reference(world, engine):
    # The last line, should a write ever bypass the use case's check.
    o = world.order()
    fund(world, o, 100_000, "BANK-1")
    m = o.milestones[1]
    row = dict(movement_id="forged", movement="FUND", order_id=o.id, milestone_id=m.id,
               account="ESCROW_HELD", amount_minor=1, currency="USD", reference="BANK-1",
               created_at=datetime.now(UTC))
    with pytest.raises(sqlalchemy.exc.IntegrityError), engine.begin() as conn:
        conn.execute(insert(ledger_entries).values(**row))
    with SqlEscrowStore(engine).read() as tx:
        assert tx.funded_with_reference(o.id, "BANK-1") == (m.id, 100_000)
