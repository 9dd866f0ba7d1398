"""32 threads racing on one milestone: exactly one wins, the ledger balances, no double release."""

from __future__ import annotations

import threading
from collections import Counter
from decimal import Decimal

import pytest

from tests.integration.escrow.conftest import ADMIN, PLATFORM, approval_hash, key
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.domain.errors import Conflict, IllegalTransition
from tradepact.domain.escrow.ledger import Movement
from tradepact.domain.principal import Principal
from tradepact.domain.terms import Installment, PaymentSchedule, PaymentTrigger, TradeTerms
from tradepact.usecases import escrow as uc

THREADS = 32
ROUNDS = 3


def race(calls):
    """Run the calls at once from a barrier; return Counter of outcomes."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(call):
        barrier.wait()
        try:
            call()
            result = "ok"
        except (IllegalTransition, Conflict) as exc:
            result = type(exc).__name__
        except Exception as exc:  # noqa: BLE001 - anything else is a failure, reported below
            result = f"unexpected {type(exc).__name__}: {exc}"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run, args=(c,)) for c in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return Counter(outcomes)


def releases_of(engine, milestone_id: str) -> int:
    with SqlEscrowStore(engine).read() as tx:
        return sum(1 for e in tx.order_entries() if e.milestone_id == milestone_id
                   and e.movement is Movement.RELEASE and e.amount_minor > 0)


def assert_books_sound(world, engine, order_id: str) -> None:
    s = uc.ledger_summary(order_id, ADMIN, world.uow)
    assert s.problems == []
    assert s.released_minor + s.refunded_minor + s.held_minor == s.funded_minor
    with SqlEscrowStore(engine).read() as tx:
        assert tx.ledger_sum() == 0
    assert uc.verify_audit(ADMIN, world.uow, order_id).problems == {order_id: []}


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_32_reviewers_confirming_at_once_release_exactly_once(world, engine, round_):
    o, mid = world.requested(total=100_000)  # 700.00 USD: one reviewer suffices
    reviewers = [Principal.from_role_strings(f"rev-{i}", ["reviewer"]) for i in range(THREADS)]
    seen = approval_hash(o, mid)  # what every one of them reviewed
    outcomes = race([lambda r=r: uc.confirm_payout(uc.ConfirmPayout(o.id, mid, key(), seen), r,
                                                   world.uow) for r in reviewers])
    assert outcomes["ok"] == 1, outcomes
    assert sum(outcomes.values()) == THREADS and not any(k.startswith("unexpected")
                                                         for k in outcomes)
    assert releases_of(engine, mid) == 1
    assert_books_sound(world, engine, o.id)


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_confirm_and_cancel_racing_move_the_money_exactly_once(world, engine, round_):
    # A one-milestone order, so a release completes it and a cancel closes it: one must win.
    terms = TradeTerms(payment=PaymentSchedule(installments=[
        Installment(percent=Decimal(100), trigger=PaymentTrigger.AGAINST_BL_COPY)]))
    o, mid = world.requested(index=0, terms=terms, total=100_000)
    reviewers = [Principal.from_role_strings(f"rev-{i}", ["reviewer"]) for i in range(THREADS)]
    seen = approval_hash(o, mid)
    calls = []
    for i in range(THREADS):
        if i % 2:
            calls.append(lambda r=reviewers[i]: uc.confirm_payout(
                uc.ConfirmPayout(o.id, mid, key(), seen), r, world.uow))
        else:
            calls.append(lambda: uc.cancel_order(uc.CancelOrder(o.id, "race", key()), PLATFORM,
                                                 world.uow))
    outcomes = race(calls)
    assert outcomes["ok"] == 1, outcomes
    assert not any(k.startswith("unexpected") for k in outcomes), outcomes
    s = uc.ledger_summary(o.id, ADMIN, world.uow)
    assert s.released_minor + s.refunded_minor == 100_000  # paid out once, one way
    assert releases_of(engine, mid) <= 1
    assert_books_sound(world, engine, o.id)


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_32_concurrent_fundings_never_over_fund(world, engine, round_):
    o = world.order(total=100_000)
    m = o.milestones[0]  # 30,000 minor units; 32 payments of 1,000 can only fit 30
    outcomes = race([lambda i=i: uc.record_funding(  # one bank payment each
        uc.RecordFunding(o.id, m.id, 1_000, f"PAY-{i}", key()), PLATFORM, world.uow)
        for i in range(THREADS)])
    # The 30th payment completes the milestone; the last two find it FUNDED.
    assert outcomes == Counter({"ok": 30, "IllegalTransition": 2}), outcomes
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 30_000
    assert_books_sound(world, engine, o.id)


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_a_write_on_a_row_that_changed_since_it_was_read_is_a_conflict_and_nothing_commits(
        world, engine):
    # The row lock normally rules this out; the version check is the second line of defence,
    # and it must still hold now that writes are buffered and sent together with the COMMIT
    # (on PostgreSQL the check fails inside the database, so the COMMIT never runs).
    o, _ = world.funded()
    store = SqlEscrowStore(engine)
    with pytest.raises(Conflict, match="changed concurrently"):
        with store.write() as tx:
            order = tx.load_order(o.id, lock=False)  # no row lock: another writer slips in
            uc.record_funding(uc.RecordFunding(o.id, o.milestones[0].id, 1, "PAY-2", key()),
                              PLATFORM, world.uow)
            order.audit_sequence += 1
            tx.save_order(order, {order.milestones[0].id})
    after = uc.get_order(o.id, ADMIN, world.uow)
    assert after.version == o.version + 1  # only the other writer's commit
    assert_books_sound(world, engine, o.id)
