"""Ways back for a person who changed their mind: reopen an item for review, and undo its
last status change. Both leave history entries, like every other change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from pipeline.errors import InvalidTransition, ItemIncomplete
from pipeline.extract.model import REQUIRED_FIELDS
from pipeline.items import change_status, get_item, history_of, log_change, missing_fields
from pipeline.models import HistoryAction, Item, ItemStatus, utcnow

# Statuses that promise a complete item (as approve does).
_COMPLETE = (ItemStatus.ready, ItemStatus.submitted, ItemStatus.earned)


def reopen(session: Session, item_id: int, *, actor: str) -> Item:
    """rejected or ready -> pending: look at it again (a rejection's reason is cleared)."""
    item = get_item(session, item_id)
    if item.status not in (ItemStatus.rejected, ItemStatus.ready):
        raise InvalidTransition(
            f"item #{item.id} is {item.status}; only a rejected or ready item can be reopened"
        )
    _clear_rejection(session, item, actor)
    change_status(session, item, ItemStatus.pending, actor=actor)
    return item


def undo(session: Session, item_id: int, *, actor: str) -> Item:
    """Put the item back in the status it had before its last status change."""
    item = get_item(session, item_id)
    changes = [e for e in history_of(item) if e.action == HistoryAction.status and e.old_value]
    if not changes:
        raise InvalidTransition(f"item #{item.id} has no status change to undo")
    previous = ItemStatus(str(changes[-1].old_value))
    if previous == item.status:
        raise InvalidTransition(f"item #{item.id} is already {previous}")
    if previous in _COMPLETE:
        missing = missing_fields({name: getattr(item, name) for name in REQUIRED_FIELDS})
        if missing:
            names = ", ".join(m.replace("_", " ") for m in missing)
            raise ItemIncomplete(f"item #{item.id} misses {names}: it cannot be {previous} again")
    if item.status == ItemStatus.rejected:
        _clear_rejection(session, item, actor)
    change_status(session, item, previous, actor=actor)
    return item


def _clear_rejection(session: Session, item: Item, actor: str) -> None:
    if item.reject_reason is None:
        return
    log_change(
        session,
        item,
        utcnow(),
        actor,
        HistoryAction.edited,
        field="reject_reason",
        old=item.reject_reason,
        new=None,
    )
    item.reject_reason = None
