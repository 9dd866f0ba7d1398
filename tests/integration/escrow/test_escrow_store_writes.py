"""The store's buffered writes: sent together (one statement on PostgreSQL), all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.integration.escrow.conftest import ADMIN, PLATFORM, key
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.domain.errors import Conflict
from tradepact.domain.escrow.audit import AuditEvent
from tradepact.domain.escrow.ledger import Movement, movement
from tradepact.usecases import escrow as uc


def test_two_saves_of_one_order_in_one_transaction_both_count(world, engine):
    # Parts of one PostgreSQL statement do not see each other's changes, so writes that touch
    # the same row twice must not be combined: the second guard would see the old version.
    o = world.order()
    store = SqlEscrowStore(engine)
    with store.write() as tx:
        order = tx.load_order(o.id, lock=True)
        order.terms_summary = "unchanged"
        tx.save_order(order, {order.milestones[0].id})
        tx.save_order(order, {order.milestones[0].id})
    after = uc.get_order(o.id, ADMIN, world.uow)
    assert after.version == o.version + 2
    assert after.milestones[0].version == o.milestones[0].version + 2


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_a_conflicting_transition_records_no_entry_event_or_key(world, engine):
    # On PostgreSQL the guards, ledger entries, audit event and key record are one statement;
    # a guard that finds its row changed must take all of them down with it.
    o, funded_mid = world.funded()
    m = o.milestones[0]
    stale_key, now = key(), world.uow.clock()
    with pytest.raises(Conflict, match="changed concurrently"):
        with SqlEscrowStore(engine).write() as tx:
            order = tx.load_order(o.id, lock=False)  # no row lock: another writer slips in
            uc.record_funding(uc.RecordFunding(o.id, m.id, 1, "PAY-2", key()), PLATFORM,
                              world.uow)
            order.milestones[0].funded_minor += 5
            order.audit_sequence += 1
            tx.save_order(order, {m.id})
            tx.add_entries(movement(Movement.FUND, "mv-stale", o.id, m.id, 5, m.currency), now)
            tx.append_event(AuditEvent(order_id=o.id, sequence=order.audit_sequence + 1,
                                       kind="milestone.fund", actor="x", at="t"))
            tx.put_key(PLATFORM.subject, stale_key, "record_funding", "h", "{}", now,
                       now + timedelta(days=1), replace=False)
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == (
        o.milestones[1].funded_minor + 1)  # the other writer's payment, not the stale one
    assert len(uc.list_events(o.id, 0, ADMIN, world.uow)) == o.audit_sequence + 1
    with SqlEscrowStore(engine).write() as tx:
        assert tx.claim_key(PLATFORM.subject, stale_key) == (True, None)
    assert funded_mid == o.milestones[1].id


def test_replacing_an_expired_key_record_the_purge_already_deleted_still_records_it(engine):
    # the contract store's path (idempotency.put_key): the request read an expired record, the
    # purge deleted it, and the replacement must still be written, or a retry with the key
    # would run the operation again
    from tradepact.adapters.db import idempotency
    from tradepact.adapters.db.engine import transaction

    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    now = datetime.now(UTC)
    with transaction(engine) as conn:
        idempotency.put_key(conn, "svc", "k1", "draft_contract", "old", "{}", long_ago,
                            long_ago, replace=False)
    assert idempotency.purge_expired(engine, now) == 1
    with transaction(engine) as conn:
        idempotency.put_key(conn, "svc", "k1", "draft_contract", "new", '{"v": 2}', now,
                            now + timedelta(days=1), replace=True)
    with transaction(engine, write=False) as conn:
        stored = idempotency.get_key(conn, "svc", "k1")
    assert stored is not None and (stored.request_hash, stored.response_json) == ("new", '{"v": 2}')
