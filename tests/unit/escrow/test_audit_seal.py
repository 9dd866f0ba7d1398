"""Seals: the hash chain can be recomputed by anyone; the seals need the audit key."""

from __future__ import annotations

from tradepact.domain.escrow.audit import (
    GENESIS_HASH,
    SEAL_MISMATCH,
    UNSEALED,
    AuditEvent,
    event_seal,
    find_breaks,
    head_seal,
    key_check,
    next_event,
)

KEY = b"k" * 32
OTHER = b"o" * 32


def chain(n: int = 4, key: bytes | None = KEY, order_id: str = "o1") -> list[AuditEvent]:
    out: list[AuditEvent] = []
    seq, head = 0, GENESIS_HASH
    for i in range(n):
        kind = "order.created" if i == 0 else f"kind.{i}"
        ev = next_event(order_id, seq, head, kind, "actor", f"2026-01-0{i + 1}T00:00:00Z",
                        {"amount_minor": 100 * i, "payment_reference": f"PAY-{i}"}, key=key)
        out.append(ev)
        seq, head = ev.sequence, ev.hash
    return out


def sealed_head(events: list[AuditEvent], key: bytes = KEY) -> tuple[tuple[int, str], str]:
    last = events[-1]
    return (last.sequence, last.hash), head_seal(key, last.order_id, last.sequence, last.hash)


def breaks(events, head, seal, key=KEY) -> list[tuple[int, str]]:
    return [(b.sequence, b.description)
            for b in find_breaks(events, head, order_id="o1", key=key, sealed_head=seal)]


def test_a_sealed_chain_verifies_with_its_key():
    events = chain()
    head, seal = sealed_head(events)
    assert all(e.seal == event_seal(KEY, "o1", e.sequence, e.hash) for e in events)
    assert breaks(events, head, seal) == []


def test_the_audits_forgery_fails_the_seal_of_the_edited_event_and_of_each_rehashed_one():
    # Edit event 2 and recompute the chain and the head, as anyone with the database can.
    events = chain()
    forged, seq, prev = [events[0]], 1, events[0].hash
    for ev in events[1:]:
        payload = dict(ev.payload)
        if ev.sequence == 2:
            payload.update(payment_reference="FORGED", amount_minor=1)
        f = next_event("o1", seq, prev, ev.kind, ev.actor, ev.at, payload)  # no key
        forged.append(f.model_copy(update={"seal": ev.seal}))  # the old seals kept
        seq, prev = f.sequence, f.hash
    assert find_breaks(forged, (seq, prev)) == []  # the chain alone says intact
    got = breaks(forged, (seq, prev), sealed_head(events)[1])
    assert got == [(s, f"order o1 event {s}: {SEAL_MISMATCH}") for s in (2, 3, 4)]


def test_an_event_written_without_a_seal_is_reported_unsealed():
    events = chain()
    events[2] = events[2].model_copy(update={"seal": ""})
    head, seal = sealed_head(events)
    assert breaks(events, head, seal) == [(3, f"order o1 event 3: {UNSEALED}")]


def test_a_wrong_key_reports_every_event_and_nothing_else():
    events = chain()
    head, seal = sealed_head(events)
    got = breaks(events, head, seal, key=OTHER)
    assert [s for s, _ in got] == [1, 2, 3, 4]
    assert all(d.endswith(SEAL_MISMATCH) for _, d in got)
    assert "audit key is not the one" in SEAL_MISMATCH


def test_a_tail_cut_off_with_the_head_moved_back_fails_the_head_seal():
    events = chain()
    _, seal = sealed_head(events)  # the row's seal, for head 4
    kept = events[:2]
    head = (kept[-1].sequence, kept[-1].hash)
    assert find_breaks(kept, head) == []  # chain and head agree...
    got = breaks(kept, head, seal)  # ...the head's seal does not
    assert [s for s, _ in got] == [3] and got[0][1].endswith("(deleted)")
    # An event's seal is not a head's: copying event 2's seal onto the row does not help.
    assert [s for s, _ in breaks(kept, head, kept[-1].seal)] == [3]
    assert breaks(kept, head, head_seal(KEY, "o1", 2, kept[-1].hash)) == []  # a real one


def test_the_head_seal_is_checked_only_when_given_and_only_with_a_key():
    events = chain()
    head, _ = sealed_head(events)
    assert breaks(events, head, None) == []
    assert find_breaks(events, head, sealed_head="0" * 64) == []  # no key: chain only
    assert [s for s, _ in breaks(events, head, "")] == [5]


def test_seals_are_bound_to_key_order_and_sequence():
    digest = "ab" * 32
    one = event_seal(KEY, "o1", 1, digest)
    assert one == event_seal(KEY, "o1", 1, digest)
    assert len({one, event_seal(OTHER, "o1", 1, digest), event_seal(KEY, "o2", 1, digest),
                event_seal(KEY, "o1", 2, digest), head_seal(KEY, "o1", 1, digest)}) == 5
    assert key_check(KEY) == key_check(b"k" * 32) != key_check(OTHER)
    assert KEY.hex() not in key_check(KEY)
