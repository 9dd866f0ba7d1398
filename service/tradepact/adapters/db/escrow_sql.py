"""The escrow store's hot-path SQL: fixed statements written once, and on PostgreSQL the
buffered writes of a flush combined into one statement (see `combined`).

Used by `escrow_repo`; nothing here touches a connection.
"""

from __future__ import annotations

import re
from typing import Any

from . import idempotency

try:
    from psycopg import RawCursor  # psycopg >= 3.2: $n placeholders, no query parsing
except ImportError:  # pragma: no cover - older psycopg sends the writes one by one
    RawCursor = None

# Column lists in the order escrow_repo's row mappers unpack them (raw rows and Core rows alike).
ORDER_COLUMNS = ("id", "contract_id", "contract_version", "terms_fingerprint", "terms_summary",
                 "total_minor", "currency", "buyer_party_id", "seller_party_id", "created_by",
                 "created_at", "updated_at", "state", "version", "audit_sequence", "audit_head",
                 "audit_seal", "dispute_json")
MILESTONE_COLUMNS = ("id", "order_id", "idx", "label", "amount_minor", "currency", "trigger",
                     "release_condition", "method", "due_days", "state", "funded_minor",
                     "released_minor", "refunded_minor", "evidence_json", "approvals_json",
                     "approvals_required", "release_requested_by", "release_requested_at",
                     "release_note", "reject_reason", "payout_json", "version")

# --- the hot path's statements, written once with :named parameters ---------------------------
SQL = {
    "order": f"SELECT {', '.join(ORDER_COLUMNS)} FROM escrow_orders WHERE id = :id",
    "milestones": f"SELECT {', '.join(MILESTONE_COLUMNS)} FROM escrow_milestones "
                  "WHERE order_id = :order_id ORDER BY idx",
    "update_order": "UPDATE escrow_orders SET state = :state, version = :new_version, "
                    "updated_at = :updated_at, audit_sequence = :audit_sequence, "
                    "audit_head = :audit_head, audit_seal = :audit_seal, "
                    "dispute_json = :dispute_json "
                    "WHERE id = :id AND version = :version",
    "update_milestone": "UPDATE escrow_milestones SET state = :state, "
                        "funded_minor = :funded_minor, released_minor = :released_minor, "
                        "refunded_minor = :refunded_minor, evidence_json = :evidence_json, "
                        "approvals_json = :approvals_json, "
                        "approvals_required = :approvals_required, "
                        "release_requested_by = :release_requested_by, "
                        "release_requested_at = :release_requested_at, "
                        "release_note = :release_note, "
                        "reject_reason = :reject_reason, payout_json = :payout_json, "
                        "version = :new_version WHERE id = :id AND version = :version",
    "insert_entry": "INSERT INTO escrow_ledger_entries (movement_id, movement, order_id, "
                    "milestone_id, account, amount_minor, currency, reference, created_at) "
                    "VALUES (:movement_id, :movement, :order_id, :milestone_id, :account, "
                    ":amount_minor, :currency, :reference, :created_at)",
    "insert_event": "INSERT INTO escrow_events (order_id, sequence, kind, actor, at, "
                    "payload_json, prev_hash, hash, seal) VALUES (:order_id, :sequence, :kind, "
                    ":actor, :at, :payload_json, :prev_hash, :hash, :seal)",
    "notify": "SELECT pg_notify(:channel, :payload)",
    "fund_reference": "SELECT milestone_id, amount_minor FROM escrow_ledger_entries "
                      "WHERE order_id = :order_id AND reference = :reference "
                      "AND movement = 'FUND' AND account = 'ESCROW_HELD'",
}
PG_SQL = {name: re.sub(r":(\w+)", r"%(\1)s", sql) for name, sql in SQL.items()}
_PG_PLAIN = dict(PG_SQL)  # before the guards below wrap the UPDATEs
# On PostgreSQL the last writes and COMMIT go in one pipeline, so a version check cannot wait
# for the client to read a row count: the guarded UPDATEs fail inside the database instead
# (count 0 -> division by zero), which aborts the transaction before its COMMIT runs.
GUARDED = ("update_order", "update_milestone")
DIVISION_BY_ZERO = "22012"  # the SQLSTATE a guarded write raises
for _name in GUARDED:
    PG_SQL[_name] = f"WITH changed AS ({PG_SQL[_name]} RETURNING 1) SELECT 1 / count(*) FROM changed"
PG_SQL["order_for_update"] = PG_SQL["order"] + " FOR UPDATE"
# The key's record, and the order locked only if this transaction holds the key's advisory lock
# (it is re-entrant; false when another transaction holds it) and the key has no live record:
# a request whose key is in flight, and a replay, return at once instead of queueing behind
# whatever write holds the order. It runs after the statement that takes the advisory lock, so
# its snapshot sees the record of any request that held the lock before; while the lock is
# held nobody else can write one.
KEY_COLUMNS = 4
PG_SQL["key_and_order_for_update"] = (
    "SELECT k.operation, k.request_hash, k.response_json, k.expires_at, o.* "
    "FROM (SELECT 1) AS one LEFT JOIN idempotency_keys AS k "
    'ON k.subject = %(subject)s AND k."key" = %(key)s '
    f"LEFT JOIN LATERAL ({PG_SQL['order']} AND pg_try_advisory_xact_lock(%(key_lock)s) "
    "AND (k.expires_at IS NULL OR k.expires_at <= %(now)s) FOR UPDATE) AS o ON true")
PG_SQL["insert_key"], PG_SQL["replace_key"] = idempotency.INSERT_SQL, idempotency.REPLACE_SQL
SQL["insert_key"] = idempotency.sqlite_form(idempotency.INSERT_SQL)
SQL["replace_key"] = idempotency.sqlite_form(idempotency.REPLACE_SQL)


def _positional(sql: str) -> tuple[str, tuple[str, ...]]:
    """The statement with %s placeholders, and the parameter names in placeholder order."""
    return re.sub(r"%\((\w+)\)s", "%s", sql), tuple(re.findall(r"%\((\w+)\)s", sql))


def _numbered(sql: str) -> tuple[bytes, tuple[str, ...]]:
    """The statement with $n placeholders (pq_pipeline's form), and the parameter names."""
    plain, names = _positional(sql)
    first, *rest = plain.split("%s")
    return (first + "".join(f"${i}{piece}" for i, piece in enumerate(rest, start=1))).encode(), names


# The claim's statements in pq_pipeline's form: name -> ($n SQL, parameter names in order).
NUMBERED = {name: _numbered(sql) for name, sql in (
    ("key_lock", "SELECT pg_try_advisory_xact_lock(%(k)s)"),
    ("key_and_order_for_update", PG_SQL["key_and_order_for_update"]),
    ("milestones", PG_SQL["milestones"]))}


# The buffered writes of a flush go to PostgreSQL as one statement: the driver's work per
# statement costs the server more CPU than the domain operation does, and a transition buffers
# six or seven. Data-modifying CTEs all run, in one snapshot, on rows this transaction already
# holds locked; the version guards and NOTIFY are the final SELECT. It is built once per shape
# with $n placeholders and run on a raw cursor: psycopg re-parses %s queries of more than 50
# parameters on every call.
#   name -> ("update", SQL with RETURNING 1, names) | ("insert", head, row, names)
#           | ("select", expression, names)
_PARTS: dict[str, tuple] = {}
for _name, _sql in (("update_order", _PG_PLAIN["update_order"]),
                    ("update_milestone", _PG_PLAIN["update_milestone"]),
                    ("replace_key", idempotency.REPLACE_SQL)):
    _PARTS[_name] = ("update", *_positional(_sql + " RETURNING 1"))
for _name, _sql in (("insert_entry", _PG_PLAIN["insert_entry"]),
                    ("insert_event", _PG_PLAIN["insert_event"]),
                    ("insert_key", idempotency.INSERT_SQL)):
    _head, _, _row = _sql.partition(" VALUES ")
    _PARTS[_name] = ("insert", _head + " VALUES ", *_positional(_row))
_PARTS["notify"] = ("select", "pg_notify(%s, %s)", ("channel", "payload"))
_COMBINED: dict[tuple[tuple[str, int], ...], bytes] = {}


def _combined_sql(shape: tuple[tuple[str, int], ...]) -> bytes:
    """The statement for writes of this shape: (name, rows or -1 for one dict) each."""
    ctes: list[str] = []
    selects: list[str] = []
    for name, rows in shape:
        part = _PARTS[name]
        if part[0] == "select":
            continue
        alias = f"w{len(ctes)}"
        if part[0] == "update":
            ctes.append(f"{alias} AS ({part[1]})")
            if name in GUARDED:
                selects.append(f"1 / (SELECT count(*) FROM {alias})")
        else:
            ctes.append(f"{alias} AS ({part[1]}{', '.join([part[2]] * max(rows, 1))})")
    selects += [_PARTS[name][1] for name, _ in shape if _PARTS[name][0] == "select"]
    return _numbered(f"WITH {', '.join(ctes)} SELECT {', '.join(selects) or '1'}")[0]


def combined(pending: list[tuple[str, Any, str]]) -> tuple[bytes, list[Any]] | None:
    """One statement doing every buffered write and its parameters, or None when they cannot.

    Two writes to the same row cannot share one: the parts do not see each other's changes.
    A guarded part that changed no row makes the statement divide by zero.
    """
    if RawCursor is None:
        return None
    shape = []
    params: list[Any] = []
    selected: list[Any] = []
    updated = set()
    for name, values, _ in pending:
        part = _PARTS.get(name)
        if part is None or (isinstance(values, list) and not values):
            return None
        kind = part[0]
        if kind == "select":
            selected += [values[n] for n in part[2]]
        elif kind == "update":
            row = (name, values.get("id") or (values.get("subject"), values.get("key")))
            if row in updated:
                return None
            updated.add(row)
            params += [values[n] for n in part[2]]
        else:
            for v in values if isinstance(values, list) else (values,):
                params += [v[n] for n in part[3]]
        shape.append((name, len(values) if isinstance(values, list) else -1))
    if not updated and not any(_PARTS[n][0] == "insert" for n, _ in shape):
        return None
    key = tuple(shape)
    sql = _COMBINED.get(key)
    if sql is None:
        sql = _COMBINED[key] = _combined_sql(key)
    return sql, params + selected
