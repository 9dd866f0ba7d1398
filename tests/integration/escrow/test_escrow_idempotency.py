"""Idempotency keys: replays return the original, mismatches change nothing, in-flight aborts."""

from __future__ import annotations

import dataclasses
import threading
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest

from tests.integration.escrow.conftest import ADMIN, PLATFORM, key
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.adapters.db.escrow_tables import idempotency_keys
from tradepact.domain.errors import Conflict, InvalidInput
from tradepact.usecases import escrow as uc


def fund(world, o, amount, k, ref="PAY-1", who=PLATFORM, uow=None):
    m = o.milestones[0]
    return uc.record_funding(uc.RecordFunding(o.id, m.id, amount, ref, k), who, uow or world.uow)


def test_replay_returns_the_original_response_and_moves_no_money(world):
    o = world.order()
    k = key()
    first = fund(world, o, 10_000, k)
    fund(world, o, 5_000, key(), ref="PAY-2")  # the order moves on (another bank payment)
    again = fund(world, o, 10_000, k)
    assert again == first  # the response recorded the first time, not today's order
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 15_000


def test_same_key_different_request_is_invalid_and_changes_nothing(world):
    o = world.order()
    k = key()
    fund(world, o, 10_000, k)
    with pytest.raises(InvalidInput) as info:
        fund(world, o, 20_000, k)
    assert info.value.violations[0].field == "idempotency_key"
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 10_000


def test_keys_are_scoped_per_principal(world):
    o = world.order()
    k = key()
    fund(world, o, 10_000, k)
    other_platform = PLATFORM.__class__.from_role_strings("svc-platform-2", ["platform"])
    fund(world, o, 10_000, k, ref="PAY-2", who=other_platform)
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 20_000


def test_failed_request_records_nothing_so_a_retry_may_succeed(world):
    o = world.order()
    k = key()
    with pytest.raises(InvalidInput):
        fund(world, o, 10_000, k, ref=" ")
    fund(world, o, 10_000, k, ref="PAY-1")  # same key, corrected request: not a mismatch
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 10_000


class PausingStore(SqlEscrowStore):
    """Holds the first write transaction open until told to commit."""

    def __init__(self, engine):
        super().__init__(engine)
        self.inside, self.go = threading.Event(), threading.Event()

    @contextmanager
    def write(self):
        with super().write() as tx:
            yield tx
            self.inside.set()
            assert self.go.wait(30)


def test_key_in_flight_aborts_on_postgres_and_replays_after_commit_on_sqlite(world, engine):
    o = world.order()
    k = key()
    slow = uc.EscrowUnitOfWork(PausingStore(engine), world.uow.settings)
    first: dict = {}
    t = threading.Thread(target=lambda: first.setdefault("r", fund(world, o, 10_000, k, uow=slow)))
    t.start()
    assert slow.store.inside.wait(30)
    if engine.dialect.name == "postgresql":
        with pytest.raises(Conflict, match="in flight"):
            fund(world, o, 10_000, k)
        slow.store.go.set()
        t.join()
        second = fund(world, o, 10_000, k)
    else:
        # SQLite admits one writer: the second request waits for the first, then replays it.
        got: dict = {}
        t2 = threading.Thread(target=lambda: got.setdefault("r", fund(world, o, 10_000, k)))
        t2.start()
        time.sleep(0.3)
        assert "r" not in got
        slow.store.go.set()
        t.join()
        t2.join()
        second = got["r"]
    assert second == first["r"]
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 10_000


def test_expired_keys_are_purged_after_their_retention(world, engine):
    o = world.order()
    k = key()
    fund(world, o, 10_000, k)
    ttl = world.uow.settings.idempotency_ttl
    assert ttl >= timedelta(hours=24)
    now = world.uow.clock()
    assert uc.purge_idempotency_keys(world.uow, now + ttl - timedelta(minutes=1)) == 0
    assert uc.purge_idempotency_keys(world.uow, now + ttl + timedelta(minutes=1)) >= 1
    with engine.connect() as conn:
        left = conn.execute(idempotency_keys.select().where(idempotency_keys.c.key == k)).all()
    assert left == []


def test_a_key_past_its_retention_but_not_yet_purged_counts_as_new(world):
    # The record is still there; past its expiry the key is free: a different request with it
    # runs (and replaces the record) instead of being refused or replayed.
    o = world.order()
    k = key()
    fund(world, o, 10_000, k)
    now = world.uow.clock()
    later = dataclasses.replace(
        world.uow, clock=lambda: now + world.uow.settings.idempotency_ttl + timedelta(minutes=1))
    second = fund(world, o, 2_000, k, ref="PAY-2", uow=later)
    assert fund(world, o, 2_000, k, ref="PAY-2", uow=later) == second  # the new record
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 12_000


class PurgeAfterClaimStore(SqlEscrowStore):
    """Runs the retention purge right after a write transaction read the key's record."""

    def __init__(self, engine, purge_at):
        super().__init__(engine)
        self.purge_at = purge_at

    @contextmanager
    def write(self):
        with super().write() as tx:
            claim = tx.claim_key

            def claim_then_purge(*args, **kwargs):
                out = claim(*args, **kwargs)
                self.purge_idempotency_keys(self.purge_at)  # its own transaction, committed
                return out

            tx.claim_key = claim_then_purge
            yield tx


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_a_key_purged_between_claim_and_record_still_gets_its_new_record(world, engine):
    # The purge takes no key lock: it can delete the expired record a request just read. The
    # request's new record must still be written (an UPDATE of the gone row wrote nothing, and
    # a retry with the key then paid the money in again).
    o = world.order()
    k = key()
    fund(world, o, 10_000, k)
    now = world.uow.clock()
    later_now = now + world.uow.settings.idempotency_ttl + timedelta(minutes=1)
    racing = dataclasses.replace(world.uow, clock=lambda: later_now,
                                 store=PurgeAfterClaimStore(engine, later_now))
    second = fund(world, o, 2_000, k, ref="PAY-2", uow=racing)
    later = dataclasses.replace(world.uow, clock=lambda: later_now)
    assert fund(world, o, 2_000, k, ref="PAY-2", uow=later) == second  # a replay
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 12_000


def test_retention_below_24_hours_is_refused():
    with pytest.raises(ValueError):
        uc.EscrowSettings(idempotency_ttl=timedelta(hours=23))


def test_a_replay_does_not_wait_for_another_write_on_the_order(world, engine):
    # A retry of a finished request answers from its record; it must not queue behind (or
    # hold) the order's row lock while another request is mid-transition on the same order.
    o = world.order()
    k = key()
    first = fund(world, o, 10_000, k)
    busy = uc.EscrowUnitOfWork(PausingStore(engine), world.uow.settings)
    other = threading.Thread(target=lambda: fund(world, o, 5_000, key(), ref="PAY-2",
                                                 uow=busy))
    other.start()
    try:
        assert busy.store.inside.wait(30)
        if engine.dialect.name == "postgresql":  # SQLite has one writer at a time by design
            started = time.monotonic()
            assert fund(world, o, 10_000, k) == first
            assert time.monotonic() - started < 1.0
    finally:
        busy.store.go.set()
        other.join()
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 15_000
