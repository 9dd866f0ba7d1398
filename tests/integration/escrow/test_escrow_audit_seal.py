"""Audit seals through the use cases on SQLite and PostgreSQL: whoever can write the database
can recompute the hash chain, but not the seals, which need the audit key."""

from __future__ import annotations

from sqlalchemy import text

from tests.support.audit_forgery import rewrite_chain
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.domain.escrow.audit import SEAL_MISMATCH, UNSEALED
from tradepact.usecases import escrow as uc

from .conftest import ADMIN


def _forge(engine, order_id: str, sequence: int, changes: dict) -> None:
    """Edit one event's payload and recompute every later hash and the order row's head."""
    with engine.begin() as conn:
        rewrite_chain(conn, order_id, sequence, changes)


def _with_key(world, key: bytes) -> uc.EscrowUnitOfWork:
    return uc.EscrowUnitOfWork(world.uow.store, uc.EscrowSettings(audit_key=key))


def test_every_event_and_the_head_are_stored_sealed(world, engine):
    o, _ = world.requested()
    with world.uow.store.read() as tx:
        events = tx.events(o.id)
        _, _, seal = tx.audit_head(o.id)
    assert len(events) == 3 and all(len(e.seal) == 64 for e in events)
    assert seal == o.audit_seal and len(seal) == 64
    assert uc.verify_audit(ADMIN, world.uow, o.id).problems == {o.id: []}


def test_the_audits_forgery_is_reported_naming_the_order_and_each_rewritten_event(world, engine):
    o, _ = world.requested()  # events: created, fund, request_release
    intact, _ = world.requested()
    _forge(engine, o.id, 2, {"payment_reference": "FORGED", "amount_minor": 1})
    report = uc.verify_audit(ADMIN, world.uow)
    assert [(b.sequence, b.description) for b in report.breaks[o.id]] == [
        (2, f"order {o.id} event 2: {SEAL_MISMATCH}"),
        (3, f"order {o.id} event 3: {SEAL_MISMATCH}")]
    assert report.breaks[intact.id] == [] and not report.ok


def test_a_wrong_key_reports_every_event_of_every_order(world):
    a, _ = world.requested()
    b = world.order()
    report = uc.verify_audit(ADMIN, _with_key(world, b"w" * 32))
    assert {oid: [x.sequence for x in found] for oid, found in report.breaks.items()} == {
        a.id: [1, 2, 3], b.id: [1]}
    assert all(x.description.endswith(SEAL_MISMATCH) for found in report.breaks.values()
               for x in found)


def test_the_same_key_in_another_unit_of_work_verifies(world):
    # What a restarted server, or a second one sharing the key, does.
    o, _ = world.requested()
    again = _with_key(world, world.uow.settings.audit_key)
    assert uc.verify_audit(ADMIN, again, o.id).problems == {o.id: []}
    assert uc.verify_audit(ADMIN, uc.EscrowUnitOfWork(SqlEscrowStore(world.uow.store.engine),
                                                      again.settings), o.id).ok


def test_events_cut_from_the_end_with_the_head_moved_back_are_reported(world, engine):
    o, _ = world.requested()
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM escrow_events WHERE order_id = :o AND sequence = 3"),
                     {"o": o.id})
        head = conn.execute(text("SELECT hash FROM escrow_events WHERE order_id = :o AND "
                                 "sequence = 2"), {"o": o.id}).scalar_one()
        conn.execute(text("UPDATE escrow_orders SET audit_sequence = 2, audit_head = :h "
                          "WHERE id = :o"), {"h": head, "o": o.id})
    breaks = uc.verify_audit(ADMIN, world.uow, o.id).breaks[o.id]
    assert [b.sequence for b in breaks] == [3] and "cut off" in breaks[0].description


def test_an_event_whose_seal_was_emptied_is_reported_unsealed(world, engine):
    o, _ = world.requested()
    with engine.begin() as conn:
        conn.execute(text("UPDATE escrow_events SET seal = '' WHERE order_id = :o AND "
                          "sequence = 2"), {"o": o.id})
    assert uc.verify_audit(ADMIN, world.uow, o.id).problems[o.id] == [
        f"order {o.id} event 2: {UNSEALED}"]
