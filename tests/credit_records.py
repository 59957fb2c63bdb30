"""Recording items the way ingestion does, for the credit and renewal tests."""

from __future__ import annotations

import itertools
from datetime import date

from sqlalchemy.orm import Session

from pipeline.catalog import CatalogRow
from pipeline.catalog_store import replace_catalog
from pipeline.extract.model import FIELD_NAMES, Extraction, FieldValue
from pipeline.items import SourceFile, mark_earned, record_item, reject
from pipeline.models import ActivityType, ItemStatus

_hashes = itertools.count(1)


def add_item(
    session: Session,
    course: str,
    end: str,
    status: ItemStatus = ItemStatus.ready,
    *,
    start: str | None = None,
    granted: float | None = None,
) -> int:
    """Record an item the way ingestion does, then move it to status."""
    number = next(_hashes)
    values = {
        "course_name": course,
        "start_date": start or end,
        "end_date": end,
        "validation_code": f"CODE-{number}",
        "learner_name": "Jane Q. Doe",
        "issuer": "Cisco Learning Partner",
    }
    fields = {name: FieldValue(values[name], 0.95, 1, None, "test") for name in FIELD_NAMES}
    sha = f"{number:064x}"
    extraction = Extraction("cert.pdf", sha, 1, None, fields, (), False)
    source = SourceFile(sha, f"{number}.pdf", 1, 1, f"/archive/{number}.pdf", "")
    first = {ItemStatus.earned: ItemStatus.submitted, ItemStatus.rejected: ItemStatus.pending}
    item = record_item(  # recorded the day it ended, as the watcher would have
        session, extraction, source, status=first.get(status, status), today=date.fromisoformat(end)
    )
    if status == ItemStatus.earned:
        mark_earned(session, item.id, credits=granted, actor="test")
    elif status == ItemStatus.rejected:
        reject(session, item.id, reason="not mine", actor="test")
    return item.id


def catalog_row(pattern: str, credits: float, n: int = 2, expires: str | None = None) -> CatalogRow:
    offer = date.fromisoformat(expires) if expires else None
    return CatalogRow(n, pattern, credits, ActivityType.instructor_led, offer)


def use_catalog(session: Session, *rows: tuple[str, float]) -> None:
    replace_catalog(
        session, [catalog_row(p, c, n) for n, (p, c) in enumerate(rows, start=2)], source="t.csv"
    )
