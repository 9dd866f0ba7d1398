"""The per-order audit log: append-only events, hash-chained so edits, deletions and reorders show.

Each event stores its sequence number (1, 2, ...), the previous event's hash and its own hash,
a SHA-256 over the canonical JSON of everything else. The order row keeps the head (last
sequence and hash), so even deleting the newest event is detected. Every order's log starts
with its `order.created` event, so a log wiped to nothing (head reset too), or one whose first
event is anything else, is broken as well.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field

GENESIS_HASH = "0" * 64
FIRST_KIND = "order.created"  # every order's event 1


class AuditEvent(BaseModel):
    """One thing that happened to an order, as recorded."""

    order_id: str
    sequence: int
    kind: str  # e.g. "order_created", "milestone.fund", "order.cancel"
    actor: str  # the principal's subject
    at: str  # ISO 8601 UTC
    payload: dict[str, Any] = Field(default_factory=dict)
    prev_hash: str = GENESIS_HASH
    hash: str = ""


def event_hash(order_id: str, sequence: int, kind: str, actor: str, at: str,
               payload: dict[str, Any], prev_hash: str) -> str:
    """SHA-256 of the canonical JSON of an event's content and its predecessor's hash."""
    body = {"order_id": order_id, "sequence": sequence, "kind": kind, "actor": actor, "at": at,
            "payload": payload, "prev_hash": prev_hash}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                           default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def next_event(order_id: str, prev_sequence: int, prev_hash: str, kind: str, actor: str,
               at: str, payload: dict[str, Any]) -> AuditEvent:
    """The event that follows (prev_sequence, prev_hash) in the order's chain."""
    # Round-trip through JSON so the hash is over exactly what storage will give back.
    payload = json.loads(json.dumps(payload, default=str))
    seq = prev_sequence + 1
    return AuditEvent(order_id=order_id, sequence=seq, kind=kind, actor=actor, at=at,
                      payload=payload, prev_hash=prev_hash,
                      hash=event_hash(order_id, seq, kind, actor, at, payload, prev_hash))


@dataclass(frozen=True)
class ChainBreak:
    """One problem in a chain: the sequence number where it shows, and what is wrong."""

    sequence: int
    description: str


def find_breaks(events: Sequence[AuditEvent] | Iterable[AuditEvent],
                head: tuple[int, str] | None = None, *, order_id: str = "") -> list[ChainBreak]:
    """Problems found in one order's chain (empty when intact), events in stored order.

    `events` are the order's whole log; `head` is the (sequence, hash) the order row recorded
    for its newest event, if known. Each problem carries the stored event's sequence; a head
    that does not match the newest stored event names the first sequence after the two agree.
    A log with no events, or whose first event is not sequence 1 `order.created`, is broken
    at sequence 1: every order is created by that event (`order_id` names the order then).
    """
    problems: list[ChainBreak] = []
    prev_hash, expected_seq = GENESIS_HASH, 1
    last: AuditEvent | None = None
    for ev in events:
        found = []
        if last is None and ev.sequence == 1 and ev.kind != FIRST_KIND:
            found.append(f"the log starts with {ev.kind}, not {FIRST_KIND} (its start was "
                         "deleted or replaced)")
        if ev.sequence != expected_seq:
            found.append(f"expected sequence {expected_seq} (deleted or reordered)")
        if ev.prev_hash != prev_hash:
            found.append("previous-hash link broken (deleted, inserted or reordered)")
        recomputed = event_hash(ev.order_id, ev.sequence, ev.kind, ev.actor, ev.at, ev.payload,
                                ev.prev_hash)
        if recomputed != ev.hash:
            found.append("content does not match its hash (edited)")
        problems += [ChainBreak(ev.sequence, f"order {ev.order_id} event {ev.sequence}: {what}")
                     for what in found]
        prev_hash, expected_seq, last = ev.hash, ev.sequence + 1, ev
    if last is None:
        said = f"the order row's head says {head[0]}" if head is not None and head[0] else \
            "not even its order.created"
        who = f"order {order_id}: " if order_id else ""
        problems.append(ChainBreak(1, f"{who}no events stored, {said} (deleted)"))
    if head is not None and last is not None:
        seq, digest = head
        if (last.sequence, last.hash) != (seq, digest):
            # the same sequence: that event was edited; else the first one only one side has
            where = seq if last.sequence == seq else min(last.sequence, seq) + 1
            problems.append(ChainBreak(
                where, f"order {last.order_id}: newest event {last.sequence} does not match "
                f"the recorded head {seq} (deleted or edited)"))
    return problems


def verify_chain(events: Sequence[AuditEvent] | Iterable[AuditEvent],
                 head: tuple[int, str] | None = None, *, order_id: str = "") -> list[str]:
    """The descriptions of `find_breaks`: empty when the chain is intact."""
    return [b.description for b in find_breaks(events, head, order_id=order_id)]


__all__ = ["FIRST_KIND", "GENESIS_HASH", "AuditEvent", "ChainBreak", "event_hash", "find_breaks", "next_event",
           "verify_chain"]
