"""The audit chain catches edited, deleted and reordered events."""

from __future__ import annotations

from tradepact.domain.escrow.audit import (
    GENESIS_HASH,
    AuditEvent,
    find_breaks,
    next_event,
    verify_chain,
)


def chain(n: int = 4) -> list[AuditEvent]:
    out: list[AuditEvent] = []
    seq, head = 0, GENESIS_HASH
    for i in range(n):
        kind = "order.created" if i == 0 else f"kind.{i}"  # as every real order's log
        ev = next_event("o1", seq, head, kind, "actor", f"2026-01-0{i + 1}T00:00:00Z",
                        {"amount_minor": 100 * i})
        out.append(ev)
        seq, head = ev.sequence, ev.hash
    return out


def head_of(events: list[AuditEvent]) -> tuple[int, str]:
    return events[-1].sequence, events[-1].hash


def test_intact_chain_verifies():
    events = chain()
    assert verify_chain(events, head=head_of(events)) == []


def test_edited_payload_is_detected():
    events = chain()
    events[1] = events[1].model_copy(update={"payload": {"amount_minor": 999_999}})
    assert any("edited" in p for p in verify_chain(events, head=head_of(chain())))


def test_edit_with_recomputed_hash_breaks_the_next_link():
    events = chain()
    forged = next_event("o1", 1, events[0].hash, "kind.1", "actor", events[1].at,
                        {"amount_minor": 999_999})
    events[1] = forged
    problems = verify_chain(events)
    assert any("event 3" in p and "link" in p for p in problems)


def test_deleted_event_in_the_middle_is_detected():
    events = chain()
    del events[1]
    assert verify_chain(events)


def test_deleted_newest_event_is_detected_by_the_head():
    events = chain()
    head = head_of(events)
    assert verify_chain(events[:-1]) == []  # the chain alone cannot tell...
    assert verify_chain(events[:-1], head=head)  # ...the order row's head can


def test_reordered_events_are_detected():
    events = chain()
    events[1], events[2] = events[2], events[1]
    assert verify_chain(events, head=head_of(chain()))


def test_each_break_carries_the_sequence_where_it_shows():
    events = chain()
    head = head_of(events)
    edited = [*events[:1], events[1].model_copy(update={"payload": {}}), *events[2:]]
    assert [b.sequence for b in find_breaks(edited, head=head)] == [2]
    assert [b.sequence for b in find_breaks([events[0], *events[2:]], head=head)] == [3, 3]
    assert [b.sequence for b in find_breaks(events[:-1], head=head)] == [4]  # newest deleted
    extra = next_event("o1", 4, events[-1].hash, "kind.x", "actor", events[-1].at, {})
    assert [b.sequence for b in find_breaks([*events, extra], head=head)] == [5]  # appended
    assert [b.sequence for b in find_breaks([], head=head)] == [1]  # every event deleted


def test_a_log_wiped_to_nothing_is_broken_even_when_its_head_was_reset_too():
    # Before, no events and a head of (0, "") verified as intact: an order must have at
    # least its order.created event.
    assert [(b.sequence, b.description) for b in find_breaks([], head=(0, ""), order_id="o1")] \
        == [(1, "order o1: no events stored, not even its order.created (deleted)")]
    assert verify_chain([])


def test_a_log_that_does_not_start_with_order_created_is_broken():
    # A chain re-hashed from a forged first event is internally consistent: only its first
    # event's kind gives it away.
    forged, seq, head = [], 0, GENESIS_HASH
    for kind in ("milestone.fund", "milestone.request_release"):
        ev = next_event("o1", seq, head, kind, "actor", "2026-01-01T00:00:00Z", {})
        forged.append(ev)
        seq, head = ev.sequence, ev.hash
    breaks = find_breaks(forged, head=head_of(forged))
    assert [b.sequence for b in breaks] == [1]
    assert "starts with milestone.fund, not order.created" in breaks[0].description
