"""Odd request text is INVALID_ARGUMENT naming the field, on SQLite and PostgreSQL alike.

Before, it reached the database: on PostgreSQL a NUL character in any looked-up or stored
string, or a payment reference over the ledger column's 256 characters, failed there and the
caller got INTERNAL (on SQLite the same requests succeeded); an empty order or milestone id was
NOT_FOUND.
"""

from __future__ import annotations

import pytest

from tests.integration.escrow.conftest import (
    ADMIN,
    BUYER,
    PLATFORM,
    REVIEWER_1,
    SELLER,
    key,
)
from tradepact.domain.errors import InvalidInput
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.usecases import escrow as uc


def _fields(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [v.field for v in exc.value.violations]


def _unchanged(world, order) -> None:
    after = uc.get_order(order.id, ADMIN, world.uow)
    assert (after.version, after.audit_sequence) == (order.version, order.audit_sequence)
    assert uc.ledger_summary(order.id, ADMIN, world.uow).entries == sum(
        2 for m in order.milestones if m.funded_minor)


@pytest.mark.parametrize(("reference", "why"), [
    ("PAY-\x00-1", "NUL"),
    ("P" * 257, "257 characters"),
])
def test_a_payment_reference_the_ledger_cannot_hold_is_invalid_and_moves_no_money(
        world, reference, why):
    o = world.order()
    m = o.milestones[0]
    with pytest.raises(InvalidInput) as exc:
        uc.record_funding(uc.RecordFunding(o.id, m.id, 1_000, reference, key()), PLATFORM,
                          world.uow)
    assert _fields(exc) == ["payment_reference"] and why in str(exc.value)
    _unchanged(world, o)
    # The longest reference the ledger holds is recorded as given.
    done = uc.record_funding(uc.RecordFunding(o.id, m.id, 1_000, "P" * 256, key()), PLATFORM,
                             world.uow)
    assert done.milestones[0].funded_minor == 1_000


def test_nul_characters_in_ids_keys_and_reasons_are_invalid_not_internal(world):
    o, mid = world.requested()
    with pytest.raises(InvalidInput) as exc:
        uc.get_order("ord\x00", ADMIN, world.uow)
    assert _fields(exc) == ["order_id"]
    with pytest.raises(InvalidInput) as exc:
        uc.list_events("ord\x00", 0, ADMIN, world.uow)
    assert _fields(exc) == ["order_id"]
    with pytest.raises(InvalidInput) as exc:
        uc.verify_audit(ADMIN, world.uow, "ord\x00")
    assert _fields(exc) == ["order_id"]
    with pytest.raises(InvalidInput) as exc:
        uc.reject_payout(uc.RejectPayout(o.id, mid, "forged\x00B/L", key()), REVIEWER_1,
                         world.uow)
    assert _fields(exc) == ["reason"]
    with pytest.raises(InvalidInput) as exc:
        uc.open_dispute(uc.OpenDispute(o.id, "late", "key\x00"), BUYER, world.uow)
    assert _fields(exc) == ["idempotency_key"]
    with pytest.raises(InvalidInput) as exc:
        uc.cancel_order(uc.CancelOrder("ord\x00", "late", key()), PLATFORM, world.uow)
    assert _fields(exc) == ["order_id"]
    _unchanged(world, o)


def test_evidence_text_is_checked_item_by_item(world):
    o = world.order()
    m = o.milestones[0]
    items = (EvidenceItem(type=EvidenceType.SIGNED_CONTRACT, document_ref="SC-1"),
             EvidenceItem(type=EvidenceType.OTHER, document_ref="D" * 401, notes="n\x00"))
    with pytest.raises(InvalidInput) as exc:
        uc.submit_evidence(uc.SubmitEvidence(o.id, m.id, items, key()), SELLER, world.uow)
    assert _fields(exc) == ["evidence[1].document_ref", "evidence[1].notes"]
    _unchanged(world, o)


def test_empty_ids_are_required_not_missing(world):
    o = world.order()
    with pytest.raises(InvalidInput) as exc:
        uc.record_funding(uc.RecordFunding(o.id, "", 1_000, "PAY-1", key()), PLATFORM,
                          world.uow)
    assert _fields(exc) == ["milestone_id"] and "required" in str(exc.value)
    with pytest.raises(InvalidInput) as exc:
        uc.open_dispute(uc.OpenDispute("", "late", key()), BUYER, world.uow)
    assert _fields(exc) == ["order_id"]
    with pytest.raises(InvalidInput) as exc:
        uc.get_order("", ADMIN, world.uow)
    assert _fields(exc) == ["order_id"]
    _unchanged(world, o)


def test_unicode_text_within_the_limits_is_kept_as_given(world):
    o, mid = world.requested()
    reason = "提单与合同不符 — B/L doesn't match 🚢"
    o = uc.reject_payout(uc.RejectPayout(o.id, mid, reason, key()), REVIEWER_1, world.uow)
    assert uc.get_order(o.id, SELLER, world.uow).milestone(mid).reject_reason == reason


@pytest.mark.parametrize("token", ["9" * 19, "9" * 5000, "٣", "-1", "1e3"])
def test_a_page_token_this_service_never_issued_is_invalid(world, token):
    world.order()
    with pytest.raises(InvalidInput) as exc:
        uc.list_orders(uc.ListOrders(page_token=token), ADMIN, world.uow)
    assert _fields(exc) == ["page_token"]


def test_the_furthest_page_token_is_an_empty_page(world):
    world.order()
    assert uc.list_orders(uc.ListOrders(page_token="9" * 18), ADMIN, world.uow) == ([], "")


@pytest.mark.parametrize("size", [-1, 0, 501])
def test_the_review_queue_page_size_is_bounded(world, size):
    world.requested()
    with pytest.raises(InvalidInput) as exc:
        uc.reviewer_queue(REVIEWER_1, world.uow, limit=size)
    assert _fields(exc) == ["page_size"]
    assert len(uc.reviewer_queue(REVIEWER_1, world.uow, limit=1)[0]) == 1
