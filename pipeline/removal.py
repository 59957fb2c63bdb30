"""Deleting an item: the item and its history rows go, the archived certificate stays, and a
DeletedItem row says who deleted it, when, and keeps a copy of what it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pipeline.items import get_item, history_of, item_to_json
from pipeline.models import DeletedItem, Document, HistoryEntry, utcnow


@dataclass(frozen=True)
class Deletion:
    """A deleted item, as `show` and the page tell of it."""

    item_id: int
    deleted_at: datetime
    actor: str
    course_name: str | None
    archive_path: str

    @property
    def description(self) -> str:
        """e.g. "item #12 was deleted on 2026-12-01 by cli; its certificate is kept at …"."""
        return (
            f"item #{self.item_id} was deleted on {self.deleted_at.date().isoformat()} by "
            f"{self.actor}; its certificate is kept at {self.archive_path}"
        )


def delete_item(session: Session, item_id: int, *, actor: str) -> Deletion:
    """Delete the item (any status). Its file stays in the archive; dropping the same file into
    the inbox again records it anew."""
    item = get_item(session, item_id)
    record = {
        "item": item_to_json(item),
        "history": [
            {
                "at": entry.at.isoformat(),
                "actor": entry.actor,
                "action": entry.action,
                "field": entry.field,
                "old": entry.old_value,
                "new": entry.new_value,
            }
            for entry in history_of(item)
        ],
    }
    gone = DeletedItem(
        item_id=item.id,
        deleted_at=utcnow(),
        actor=actor,
        course_name=item.course_name,
        status=item.status.value,
        archive_path=item.document.archive_path,
        record=record,
    )
    document_id = item.document_id
    session.add(gone)
    session.execute(delete(HistoryEntry).where(HistoryEntry.item_id == item.id))
    session.delete(item)
    session.flush()
    # The document row goes too, so the same file is not refused as "already recorded".
    session.execute(delete(Document).where(Document.id == document_id))
    return _deletion(gone)


def last_deletion(session: Session, item_id: int) -> Deletion | None:
    """The latest deletion of an item with that id, if any."""
    found = session.scalars(
        select(DeletedItem)
        .where(DeletedItem.item_id == item_id)
        .order_by(DeletedItem.id.desc())
        .limit(1)
    ).first()
    return _deletion(found) if found is not None else None


def _deletion(row: DeletedItem) -> Deletion:
    return Deletion(
        item_id=row.item_id,
        deleted_at=row.deleted_at,
        actor=row.actor,
        course_name=row.course_name,
        archive_path=row.archive_path,
    )
