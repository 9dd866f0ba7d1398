"""Request text the escrow looks up or stores, checked before any statement runs.

Without these checks odd input reached the database and failed there, as INTERNAL and only on
PostgreSQL: its text columns cannot hold NUL characters (psycopg refuses them even as a lookup
parameter) and the ledger's `reference` column holds at most 256 characters. Each rule here
answers INVALID_ARGUMENT naming the field, on both databases alike; an empty order or milestone
id is "is required", not NOT_FOUND.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from tradepact.domain.errors import FieldViolation, InvalidInput

MAX_ID = 64  # ids are 32 hex digits; the columns hold 64
MAX_TEXT = 4000  # reasons, notes and anything else not listed below
LIMITS = {
    "order_id": MAX_ID,
    "milestone_id": MAX_ID,
    "payment_reference": 256,  # the ledger entry's reference column
    "payout_reference": 256,
}
EVIDENCE_LIMITS = {"document_ref": 400, "file_sha256": 128, "notes": MAX_TEXT}
REQUIRED = frozenset({"order_id", "milestone_id"})
SKIPPED = frozenset({"idempotency_key"})  # check_key's


def _text(bad: list[FieldViolation], field: str, value: str, limit: int,
          required: bool = False) -> None:
    if required and not value:
        bad.append(FieldViolation(field, "is required"))
    elif "\x00" in value:
        bad.append(FieldViolation(field, "must not contain NUL characters"))
    elif len(value) > limit:
        bad.append(FieldViolation(field, f"is {len(value)} characters long; the limit is "
                                         f"{limit}"))


def check_order_id(order_id: str) -> None:
    """InvalidInput unless `order_id` could be an order's id."""
    bad: list[FieldViolation] = []
    _text(bad, "order_id", order_id, MAX_ID, required=True)
    if bad:
        raise InvalidInput(bad)


def check_command(cmd: Any) -> None:
    """InvalidInput naming every string field of a write command that no order could take."""
    bad: list[FieldViolation] = []
    for f in fields(cmd):
        value = getattr(cmd, f.name)
        if f.name in SKIPPED:
            continue
        if isinstance(value, str):
            _text(bad, f.name, value, LIMITS.get(f.name, MAX_TEXT), f.name in REQUIRED)
        elif f.name == "evidence":
            for i, item in enumerate(value):
                for name, limit in EVIDENCE_LIMITS.items():
                    _text(bad, f"evidence[{i}].{name}", getattr(item, name), limit)
    if bad:
        raise InvalidInput(bad)


__all__ = ["EVIDENCE_LIMITS", "LIMITS", "MAX_ID", "MAX_TEXT", "check_command", "check_order_id"]
