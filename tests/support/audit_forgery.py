"""The audit's forgery, for tests of the seals: what someone with only database access can do."""

from __future__ import annotations

import json

import sqlalchemy as sa

from tradepact.domain.escrow.audit import GENESIS_HASH, event_hash


def rewrite_chain(conn: sa.Connection, order_id: str, sequence: int, changes: dict) -> None:
    """Edit one event's payload, recompute every later hash and the order row's head, exactly
    as the service would have (but without its audit key)."""
    rows = conn.execute(sa.text(
        "SELECT sequence, kind, actor, at, payload_json FROM escrow_events "
        "WHERE order_id = :o ORDER BY sequence"), {"o": order_id}).all()
    prev = GENESIS_HASH
    for r in rows:
        payload = json.loads(r.payload_json)
        if r.sequence == sequence:
            payload.update(changes)
        digest = event_hash(order_id, r.sequence, r.kind, r.actor, r.at, payload, prev)
        conn.execute(sa.text(
            "UPDATE escrow_events SET payload_json = :p, prev_hash = :prev, hash = :h "
            "WHERE order_id = :o AND sequence = :s"), {
                "p": json.dumps(payload, sort_keys=True, ensure_ascii=False),
                "prev": prev, "h": digest, "o": order_id, "s": r.sequence})
        prev = digest
    conn.execute(sa.text("UPDATE escrow_orders SET audit_head = :h WHERE id = :o"),
                 {"h": prev, "o": order_id})
