"""keep the seller's note to the reviewers with a release request

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-10 09:30:00.000000

RequestRelease.note used to be dropped; it is now kept on the milestone while the request
waits, and shown with the evidence (Milestone.release_note, in the review queue too).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('escrow_milestones', schema=None) as batch_op:
        batch_op.add_column(sa.Column('release_note', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('escrow_milestones', schema=None) as batch_op:
        batch_op.drop_column('release_note')
