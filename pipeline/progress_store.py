"""Read what renewal progress is computed from out of the store (through SQLAlchemy)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.catalog_store import load_catalog
from pipeline.exams import list_exams
from pipeline.models import Item, ItemStatus
from pipeline.progress import RenewalFacts
from pipeline.store_values import ItemFacts


def renewal_facts(session: Session) -> RenewalFacts:
    """The catalog, every item that is not rejected, and the exams."""
    return RenewalFacts(load_catalog(session), load_item_facts(session), list_exams(session))


def load_item_facts(session: Session) -> list[ItemFacts]:
    """The facts of every item that is not rejected, by id."""
    # Columns only: loading Item objects would load every certificate's text with them.
    rows = session.execute(
        select(
            Item.id,
            Item.status,
            Item.course_name,
            Item.end_date,
            Item.credits,
            Item.window_closed_at_import,
        )
        .where(Item.status != ItemStatus.rejected)
        .order_by(Item.id)
    )
    return [ItemFacts(*row) for row in rows]
