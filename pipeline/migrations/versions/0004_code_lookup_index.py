"""An index on the lowercased validation code: the duplicate check looks codes up by it, and
without the index every new file scanned the whole items table (import was quadratic).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_items_code_lower", "items", [sa.text("lower(validation_code)")])


def downgrade() -> None:
    op.drop_index("ix_items_code_lower", table_name="items")
