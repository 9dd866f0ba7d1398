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


def _in_background(call):
    """Start `call` on a thread; the returned dict gets "r": its result or its exception."""
    out: dict = {}

    def run():
        try:
            out["r"] = call()
        except Exception as exc:  # noqa: BLE001 - handed to the test to assert on
            out["r"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


@pytest.mark.parametrize("same_request", [True, False])
def test_a_key_in_flight_in_this_process_aborts_at_once_then_replays(world, engine,
                                                                     same_request):
    # One server process shares one unit of work: a second request with a key still in flight
    # is Conflict (ABORTED) at once on SQLite as on PostgreSQL, not queued behind the first's
    # transaction (SQLite's one writer) to replay it later; nothing of it is done. Once the
    # first finished, a retry replays it.
    o = world.order()
    k = key()
    slow = dataclasses.replace(world.uow, store=PausingStore(engine))
    t, first = _in_background(lambda: fund(world, o, 10_000, k, uow=slow))
    try:
        assert slow.store.inside.wait(30)
        started = time.monotonic()
        t2, second = _in_background(lambda: fund(world, o, 10_000 if same_request else 2_000,
                                                  k, ref="PAY-1" if same_request else "PAY-2"))
        t2.join(5)
        assert isinstance(second.get("r"), Conflict), second.get("r", "still waiting")
        assert "in flight" in str(second["r"])
        assert time.monotonic() - started < 2.0
    finally:
        slow.store.go.set()
        t.join()
        t2.join(60)
    assert not isinstance(first["r"], Exception), first["r"]
    assert fund(world, o, 10_000, k) == first["r"]  # the retry: a replay
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 10_000


def test_a_key_in_flight_in_another_process_aborts_on_postgres_and_waits_on_sqlite(world,
                                                                                   engine):
    # Another process (here: another unit of work, with its own in-flight registry) sees the
    # key in flight only through the database: PostgreSQL's advisory lock makes it Conflict;
    # SQLite admits one writer, so the second request waits for the first, then replays it.
    o = world.order()
    k = key()
    slow = uc.EscrowUnitOfWork(PausingStore(engine), world.uow.settings)
    assert slow.in_flight is not world.uow.in_flight
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


def test_a_failed_request_frees_its_key_in_this_process(world):
    # The registry entry goes however the request ends: a refused request's key is not left
    # "in flight", so the corrected retry runs.
    o = world.order()
    k = key()
    with pytest.raises(InvalidInput):
        fund(world, o, 10**12, k)  # beyond the milestone
    assert not world.uow.in_flight.held()
    fund(world, o, 10_000, k)
    assert not world.uow.in_flight.held()
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
