"""seal the audit log with a key the database does not hold; events append-only on PostgreSQL

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-11 09:00:00.000000

The hash chain had no secret: whoever could write the database could edit an event, recompute
the later hashes and the order row's head, and verify-audit said "intact". Each event now has a
seal, an HMAC-SHA256 under the servers' audit key over its order, sequence and hash, and so does
each order row's head (tradepact.domain.escrow.audit); escrow_audit_key keeps a check value of
the key (never the key), so a server holding another key refuses to start.

Events already stored are sealed here, once, with the key the upgrade is given (the server's
own, from TRADEPACT_AUDIT_KEY or its key file; `tradepact db upgrade` reads the same settings).
They are sealed as they are stored, so any break verify-audit reported before is still
reported; what sealing cannot tell is a chain someone recomputed before this upgrade from a
real one (run verify-audit before upgrading if in doubt). This happens in the migration, not
at every start, so that after it an unsealed event is always a problem: a server that sealed
whatever it found unsealed would seal an edit for anyone who empties the seals and waits for
a restart. A database holding events is not upgraded without the key: the upgrade stops and
says how to give it.

On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE on escrow_events (nothing in the
service changes or deletes an event: the log is append-only by design). It stops mistakes and
roles that may only write rows; the table's owner can still switch it off, which is what the
seals are for. SQLite gets none: whoever can write the file can drop a trigger as easily.
"""
import hashlib
import hmac
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import context, op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("tradepact.adapters.db.migrate")

CHUNK = 5000

# The seal as revision 0004 defines it (a copy of tradepact.domain.escrow.audit, frozen here:
# a later change there must not change what this revision wrote).
def _mac(key: bytes, label: str, order_id: str, sequence: int, digest: str) -> str:
    message = json.dumps([label, order_id, sequence, digest], separators=(",", ":"),
                         ensure_ascii=False).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _key_check(key: bytes) -> str:
    return hmac.new(key, b"tradepact.audit.key-check.v1", hashlib.sha256).hexdigest()


APPEND_ONLY = """
CREATE FUNCTION escrow_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'escrow_events is append-only: % refused (audit events are never changed '
                    'or deleted)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$
"""


def _key() -> bytes | None:
    given = context.config.attributes.get("audit_key")
    return given() if callable(given) else given


def upgrade() -> None:
    bind = op.get_bind()
    stored = bind.execute(sa.text("SELECT count(*) FROM escrow_events")).scalar_one()
    orders = bind.execute(sa.text("SELECT count(*) FROM escrow_orders")).scalar_one()
    key = _key() if stored or orders else None
    if (stored or orders) and not key:
        raise RuntimeError(
            f"{stored} audit event(s) of {orders} order(s) were written before audit seals; "
            "revision 0004 seals them with the servers' audit key, and this upgrade was given "
            "none. Upgrade with `tradepact db upgrade` (or by starting the server) using the "
            "key every server will use: TRADEPACT_AUDIT_KEY, or the key file "
            "TRADEPACT_AUDIT_KEY_FILE (default audit.key in the data directory).")

    with op.batch_alter_table('escrow_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seal', sqlmodel.sql.sqltypes.AutoString(length=64),
                                      nullable=False, server_default=''))
    with op.batch_alter_table('escrow_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_seal', sqlmodel.sql.sqltypes.AutoString(length=64),
                                      nullable=False, server_default=''))
    op.create_table('escrow_audit_key',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('key_check', sqlmodel.sql.sqltypes.AutoString(length=64),
                              nullable=False),
                    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint('id'))

    if key:
        sealed = _seal_events(bind, key)
        _seal_heads(bind, key)
        table = sa.table('escrow_audit_key', sa.column('id'), sa.column('key_check'),
                         sa.column('created_at', sa.DateTime(timezone=True)))
        bind.execute(sa.insert(table).values(id=1, key_check=_key_check(key),
                                             created_at=datetime.now(UTC)))
        context.config.attributes["sealed_events"] = sealed
        log.warning("sealed %d audit events of %d orders written before audit seals, as "
                    "stored (verify-audit still reports any break they had)", sealed, orders)

    if bind.dialect.name == "postgresql":
        op.execute(APPEND_ONLY)
        op.execute("CREATE TRIGGER escrow_events_append_only BEFORE UPDATE OR DELETE ON "
                   "escrow_events FOR EACH ROW EXECUTE FUNCTION escrow_events_append_only()")
        op.execute("CREATE TRIGGER escrow_events_no_truncate BEFORE TRUNCATE ON escrow_events "
                   "FOR EACH STATEMENT EXECUTE FUNCTION escrow_events_append_only()")


def _seal_events(bind: sa.Connection, key: bytes) -> int:
    sealed, after = 0, ("", 0)
    while True:
        rows = bind.execute(sa.text(
            "SELECT order_id, sequence, hash FROM escrow_events "
            "WHERE order_id > :o OR (order_id = :o AND sequence > :s) "
            "ORDER BY order_id, sequence LIMIT :n"),
            {"o": after[0], "s": after[1], "n": CHUNK}).all()
        if not rows:
            return sealed
        bind.execute(sa.text("UPDATE escrow_events SET seal = :seal "
                             "WHERE order_id = :o AND sequence = :s"),
                     [{"seal": _mac(key, "tradepact.audit.event.v1", o, s, h), "o": o, "s": s}
                      for o, s, h in rows])
        sealed += len(rows)
        after = (rows[-1][0], rows[-1][1])


def _seal_heads(bind: sa.Connection, key: bytes) -> None:
    after = ""
    while True:
        rows = bind.execute(sa.text(
            "SELECT id, audit_sequence, audit_head FROM escrow_orders WHERE id > :o "
            "ORDER BY id LIMIT :n"), {"o": after, "n": CHUNK}).all()
        if not rows:
            return
        bind.execute(sa.text("UPDATE escrow_orders SET audit_seal = :seal WHERE id = :o"),
                     [{"seal": _mac(key, "tradepact.audit.head.v1", o, s, h), "o": o}
                      for o, s, h in rows])
        after = rows[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER escrow_events_no_truncate ON escrow_events")
        op.execute("DROP TRIGGER escrow_events_append_only ON escrow_events")
        op.execute("DROP FUNCTION escrow_events_append_only()")
    op.drop_table('escrow_audit_key')
    # Not in batch mode: on SQLite that copies the table, and escrow_orders cannot be dropped
    # while other tables' foreign keys point at it. ALTER TABLE DROP COLUMN (SQLite 3.35+) can.
    op.drop_column('escrow_orders', 'audit_seal')
    op.drop_column('escrow_events', 'seal')
