"""Items whose 90-day submission window had already closed when they were recorded (an old
certificate imported as pending): marked once, and kept out of every deadline alarm.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite does it in place): batch mode would reflect and rebuild the
    # table, and SQLite cannot reflect the expression index of 0004.
    op.add_column(
        "items",
        sa.Column(
            "window_closed_at_import", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )


def downgrade() -> None:
    op.drop_column("items", "window_closed_at_import")
