"""The reviewer queue: the seller's note with the evidence, and paging (SQLite, PostgreSQL)."""

from __future__ import annotations

from tests.integration.escrow.conftest import ADMIN, BL, REVIEWER_1, SELLER, key
from tradepact.usecases import escrow as uc

NOTE = "B/L copy attached; originals by courier"


def test_the_note_is_kept_with_the_request_and_its_audit_event(world):
    # Before, RequestRelease.note was dropped on the floor.
    o, mid = world.funded()
    o = uc.request_release(uc.RequestRelease(o.id, mid, key(), (BL,), note=NOTE), SELLER,
                           world.uow)
    assert o.milestone(mid).release_note == NOTE
    assert uc.get_order(o.id, ADMIN, world.uow).milestone(mid).release_note == NOTE
    event = uc.list_events(o.id, 0, ADMIN, world.uow)[-1]
    assert event.kind == "milestone.request_release" and event.payload["note"] == NOTE
    assert uc.verify_audit(ADMIN, world.uow, o.id).ok
    o = uc.reject_payout(uc.RejectPayout(o.id, mid, "unreadable scan", key()), REVIEWER_1,
                         world.uow)
    assert uc.get_order(o.id, ADMIN, world.uow).milestone(mid).release_note == ""


def test_a_request_without_a_note_replays_under_its_key(world):
    o, mid = world.funded()
    k = key()
    first = uc.request_release(uc.RequestRelease(o.id, mid, k, (BL,)), SELLER, world.uow)
    assert uc.request_release(uc.RequestRelease(o.id, mid, k, (BL,)), SELLER, world.uow) == first
    assert "note" not in uc.list_events(o.id, 0, ADMIN, world.uow)[-1].payload
