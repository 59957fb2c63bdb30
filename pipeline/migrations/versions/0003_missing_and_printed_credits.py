"""What a certificate does not print (`missing`) and what it says it is worth.

`missing` lists the portal fields the certificate does not print (a one-date certificate has
no start date): an item is no longer "needs review" for that alone. `printed_credits` is
{"value", "unit", "page", "bbox"} or null.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("missing", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("printed_credits", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("printed_credits")
        batch.drop_column("missing")
