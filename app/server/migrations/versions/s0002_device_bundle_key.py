"""device bundle key (wrapped by the server key file)

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Devices enrolled before have none: their USB files are refused until they
    # enroll again (the network sync is unaffected).
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("bundle_key", sa.String(length=96), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("bundle_key")
