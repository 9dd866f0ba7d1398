"""one bank payment funds an order once: unique payment reference per order's funding

Revision ID: 0002
Revises: 0001
Create Date: 2027-01-10 09:00:00.000000

A FUND movement's ESCROW_HELD leg carries the payment reference; before this revision the same
reference could be recorded twice under two idempotency keys, so the escrow believed it held
money it never received. The use case now refuses a repeated reference (ALREADY_EXISTS); this
partial unique index is the database's backstop.

A database that already holds such duplicates is not silently "fixed": the upgrade stops and
names them, since which of the two recordings is real is a decision for a person (reverse the
spurious one, e.g. by cancelling and re-creating the order, then upgrade again).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = "movement = 'FUND' AND account = 'ESCROW_HELD'"


def upgrade() -> None:
    duplicates = op.get_bind().execute(sa.text(
        "SELECT order_id, reference, count(*) FROM escrow_ledger_entries "
        f"WHERE {WHERE} GROUP BY order_id, reference HAVING count(*) > 1 "
        "ORDER BY order_id, reference")).all()
    if duplicates:
        listed = "; ".join(f"order {o} reference {r!r} recorded {n} times"
                           for o, r, n in duplicates[:20])
        raise RuntimeError(
            f"{len(duplicates)} payment reference(s) funded an order more than once, so that "
            f"order's ledger counts money twice: {listed}. Resolve them, then upgrade again.")
    op.create_index('uq_escrow_ledger_fund_reference', 'escrow_ledger_entries',
                    ['order_id', 'reference'], unique=True,
                    sqlite_where=sa.text(WHERE), postgresql_where=sa.text(WHERE))


def downgrade() -> None:
    op.drop_index('uq_escrow_ledger_fund_reference', table_name='escrow_ledger_entries')
