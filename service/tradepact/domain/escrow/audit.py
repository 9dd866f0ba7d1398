"""The per-order audit log: append-only events, hash-chained so edits, deletions and reorders show.

Each event stores its sequence number (1, 2, ...), the previous event's hash and its own hash,
a SHA-256 over the canonical JSON of everything else. The order row keeps the head (last
sequence and hash), so even deleting the newest event is detected. Every order's log starts
with its `order.created` event, so a log wiped to nothing (head reset too), or one whose first
event is anything else, is broken as well.

The chain alone has no secret: whoever can write the database can edit an event and recompute
every later hash and the head. So each event is also sealed, an HMAC-SHA256 under the server's
audit key (which the database does not hold) over its order, sequence and hash, and so is the
order row's head (under another label, so an event's seal never passes for a head's). A
rewritten event then fails its seal, and so does every event re-hashed after it; events cut
from the end with the head moved back leave a head whose seal fails. What no seal can catch is
a whole older state put back (events, head and seals as they once were): keep backups apart.
Reading the key is not the domain's business: these functions take it as an argument.
"""

from __future__ import annotations

import hashlib
import hmac
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
    seal: str = ""  # HMAC under the server's audit key (`event_seal`); "" if written without


def event_hash(order_id: str, sequence: int, kind: str, actor: str, at: str,
               payload: dict[str, Any], prev_hash: str) -> str:
    """SHA-256 of the canonical JSON of an event's content and its predecessor's hash."""
    body = {"order_id": order_id, "sequence": sequence, "kind": kind, "actor": actor, "at": at,
            "payload": payload, "prev_hash": prev_hash}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                           default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _mac(key: bytes, label: str, order_id: str, sequence: int, digest: str) -> str:
    # JSON keeps the parts apart whatever they contain; the label keeps the two kinds of seal
    # apart, so an event's seal is never a valid head seal (that would let a cut tail pass).
    message = json.dumps([label, order_id, sequence, digest], separators=(",", ":"),
                         ensure_ascii=False).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def event_seal(key: bytes, order_id: str, sequence: int, digest: str) -> str:
    """The seal of an event: HMAC-SHA256 under `key` over its order, sequence and hash (which
    covers its content and its predecessor's hash)."""
    return _mac(key, "tradepact.audit.event.v1", order_id, sequence, digest)


def head_seal(key: bytes, order_id: str, sequence: int, head: str) -> str:
    """The seal of an order row's head: (sequence, hash) of its newest event."""
    return _mac(key, "tradepact.audit.head.v1", order_id, sequence, head)


def key_check(key: bytes) -> str:
    """A value that tells whether two keys are the same without revealing either: stored
    with the log, it lets a server with another key refuse to seal (and verify) with it."""
    return hmac.new(key, b"tradepact.audit.key-check.v1", hashlib.sha256).hexdigest()


def next_event(order_id: str, prev_sequence: int, prev_hash: str, kind: str, actor: str,
               at: str, payload: dict[str, Any], *, key: bytes | None = None) -> AuditEvent:
    """The event that follows (prev_sequence, prev_hash) in the order's chain, sealed with
    `key` when given (the service always gives it; without it the event is unsealed)."""
    # Round-trip through JSON so the hash is over exactly what storage will give back.
    payload = json.loads(json.dumps(payload, default=str))
    seq = prev_sequence + 1
    digest = event_hash(order_id, seq, kind, actor, at, payload, prev_hash)
    return AuditEvent(order_id=order_id, sequence=seq, kind=kind, actor=actor, at=at,
                      payload=payload, prev_hash=prev_hash, hash=digest,
                      seal="" if key is None else event_seal(key, order_id, seq, digest))


@dataclass(frozen=True)
class ChainBreak:
    """One problem in a chain: the sequence number where it shows, and what is wrong."""

    sequence: int
    description: str


UNSEALED = "not sealed (written without the audit key: forged, or its seal removed)"
SEAL_MISMATCH = ("seal does not match (rewritten without the audit key; if every event says "
                 "so, the server's audit key is not the one that sealed them)")


def find_breaks(events: Sequence[AuditEvent] | Iterable[AuditEvent],
                head: tuple[int, str] | None = None, *, order_id: str = "",
                key: bytes | None = None, sealed_head: str | None = None) -> list[ChainBreak]:
    """Problems found in one order's chain (empty when intact), events in stored order.

    `events` are the order's whole log; `head` is the (sequence, hash) the order row recorded
    for its newest event, if known. Each problem carries the stored event's sequence; a head
    that does not match the newest stored event names the first sequence after the two agree.
    A log with no events, or whose first event is not sequence 1 `order.created`, is broken
    at sequence 1: every order is created by that event (`order_id` names the order then).

    With `key`, every event's seal is checked too, and `sealed_head` (the head's seal the
    order row recorded, with `head`) when given. A head whose seal fails while the newest
    event and its seal are sound means events were cut from the end and the head moved back:
    that names the first sequence after the head. Without a key only the chain is checked,
    which anyone able to write the database can recompute.
    """
    problems: list[ChainBreak] = []
    prev_hash, expected_seq = GENESIS_HASH, 1
    last: AuditEvent | None = None
    last_sealed = True
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
        if key is not None:
            last_sealed = bool(ev.seal) and hmac.compare_digest(
                ev.seal, event_seal(key, ev.order_id, ev.sequence, ev.hash))
            if not last_sealed:
                found.append(SEAL_MISMATCH if ev.seal else UNSEALED)
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
        elif key is not None and sealed_head is not None and last_sealed and not (
                sealed_head and hmac.compare_digest(
                    sealed_head, head_seal(key, last.order_id, seq, digest))):
            # A forged newest event already says the head is forged: only a sound one whose
            # head fails its seal is news, the tail cut off after it.
            problems.append(ChainBreak(
                seq + 1, f"order {last.order_id}: the recorded head, event {seq}, is not "
                "sealed by the audit key: events after it were cut off and the head moved "
                "back (deleted)"))
    return problems


def verify_chain(events: Sequence[AuditEvent] | Iterable[AuditEvent],
                 head: tuple[int, str] | None = None, *, order_id: str = "",
                 key: bytes | None = None, sealed_head: str | None = None) -> list[str]:
    """The descriptions of `find_breaks`: empty when the chain is intact."""
    return [b.description for b in find_breaks(events, head, order_id=order_id, key=key,
                                               sealed_head=sealed_head)]


__all__ = ["FIRST_KIND", "GENESIS_HASH", "SEAL_MISMATCH", "UNSEALED", "AuditEvent", "ChainBreak",
           "event_hash", "event_seal", "find_breaks", "head_seal", "key_check", "next_event",
           "verify_chain"]
