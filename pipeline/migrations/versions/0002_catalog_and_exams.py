"""The CE item catalog and passed exams, for renewal progress.

Items keep no copy of their catalog match: expected credits are computed on the fly, so a
re-imported catalog applies to every item at once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "catalog_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("pattern", sa.Text(), nullable=False),
        sa.Column("credits", sa.Float(), nullable=False),
        # Checked by the application (ActivityType), like items.status.
        sa.Column("activity_type", sa.String(length=32), nullable=False),
        sa.Column("offer_expires", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_entries")),
    )

    op.create_table(
        "exams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("exam_type", sa.String(length=16), nullable=False),
        sa.Column("passed_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exams")),
        sa.UniqueConstraint("name", "passed_on", name=op.f("uq_exams_name")),
    )
    op.create_index(op.f("ix_exams_passed_on"), "exams", ["passed_on"])


def downgrade() -> None:
    op.drop_table("exams")
    op.drop_table("catalog_entries")
