"""The catalog in the store: replace it with a file's rows, load it for matching."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pipeline.catalog import Catalog, CatalogRow
from pipeline.models import CatalogEntry, utcnow


def replace_catalog(session: Session, rows: Iterable[CatalogRow], *, source: str) -> int:
    """Replace the stored catalog with rows; returns how many entries it had before."""
    before = len(session.scalars(select(CatalogEntry.id)).all())
    session.execute(delete(CatalogEntry))
    now = utcnow()
    session.add_all(
        CatalogEntry(
            row=row.row,
            pattern=row.pattern,
            credits=row.credits,
            activity_type=row.activity_type,
            offer_expires=row.offer_expires,
            note=row.note,
            source=source,
            imported_at=now,
        )
        for row in rows
    )
    session.flush()
    return before


def load_catalog(session: Session) -> Catalog:
    """The stored catalog (empty when none was imported)."""
    entries: Sequence[CatalogEntry] = session.scalars(
        select(CatalogEntry).order_by(CatalogEntry.row, CatalogEntry.id)
    ).all()
    if not entries:
        return Catalog()
    return Catalog(
        rows=tuple(
            CatalogRow(
                row=entry.row,
                pattern=entry.pattern,
                credits=entry.credits,
                activity_type=entry.activity_type,
                offer_expires=entry.offer_expires,
                note=entry.note,
            )
            for entry in entries
        ),
        source=entries[0].source,
        imported_at=entries[0].imported_at,
    )
