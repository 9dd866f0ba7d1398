"""The reviewer queue: the seller's note with the evidence, and paging (SQLite, PostgreSQL)."""

from __future__ import annotations

import pytest

from tests.integration.escrow.conftest import (
    ADMIN,
    BL,
    OTHER_SELLER,
    PARTY_REVIEWER,
    REVIEWER_1,
    SELLER,
    key,
)
from tradepact.domain.errors import InvalidInput
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


def _pages(who, uow, size):
    pages, token = [], ""
    while True:
        items, token = uc.reviewer_queue(who, uow, limit=size, page_token=token)
        pages.append([q.milestone.id for q in items])
        if not token:
            return pages
        assert len(pages) < 20, "paging does not end"


def test_pages_are_full_oldest_first_and_skip_the_reviewers_own_orders(world):
    # Before, page_token was ignored (every call returned the first page, no next token) and
    # orders where the reviewer is a party were dropped after the LIMIT, so pages came short.
    def other():  # sold by initech-vn: not PARTY_REVIEWER's order
        o, mid = world.funded(seller="initech-vn")
        uc.request_release(uc.RequestRelease(o.id, mid, key(), (BL,)), OTHER_SELLER, world.uow)
        return mid

    mine = [world.requested()[1] for _ in range(3)]  # acme-cn sells: PARTY_REVIEWER's
    others = [other() for _ in range(4)]
    last = [world.requested()[1], other(), other()]
    assert _pages(REVIEWER_1, world.uow, 2) == [
        mine[:2], [mine[2], others[0]], others[1:3], [others[3], last[0]], last[1:]]
    assert _pages(PARTY_REVIEWER, world.uow, 3) == [others[:3], [others[3], *last[1:]]]


def test_a_page_token_survives_decisions_made_between_pages(world):
    ids = [world.requested()[1] for _ in range(4)]
    first, token = uc.reviewer_queue(REVIEWER_1, world.uow, limit=2)
    assert [q.milestone.id for q in first] == ids[:2] and token
    decided = first[0]
    uc.reject_payout(uc.RejectPayout(decided.order.id, decided.milestone.id, "blurry", key()),
                     REVIEWER_1, world.uow)
    rest, token = uc.reviewer_queue(REVIEWER_1, world.uow, limit=2, page_token=token)
    assert [q.milestone.id for q in rest] == ids[2:] and token == ""


@pytest.mark.parametrize("token", ["garbage", "9" * 18, "W10", "WyJ4IiwgIm0iXQ", "é"])
def test_a_forged_page_token_is_invalid_argument(world, token):
    world.requested()
    with pytest.raises(InvalidInput) as exc:
        uc.reviewer_queue(REVIEWER_1, world.uow, page_token=token)
    assert [v.field for v in exc.value.violations] == ["page_token"]
