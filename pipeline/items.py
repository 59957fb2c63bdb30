"""Service functions on CE items: record, list, move through statuses (duplicates are found
by pipeline.duplicates, values changed by pipeline.item_edits, checked by pipeline.item_values).

Every function takes a Session and only adds and flushes; the caller owns the transaction
(`with sessions() as session, session.begin(): ...`). Every change leaves HistoryEntry rows;
a field a person changed is marked by an "edited" entry, and re-extraction leaves it alone.

Statuses: pending --approve--> ready --mark_submitted--> submitted --mark_earned--> earned;
pending, ready and submitted can be rejected (with a reason).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, and_, case, func, select
from sqlalchemy.orm import Session

from pipeline.credits import submit_by
from pipeline.errors import InvalidTransition, InvalidValue, ItemIncomplete, ItemNotFound
from pipeline.extract.model import FIELD_NAMES, MISSING, REQUIRED_FIELDS, Extraction, FieldValue
from pipeline.item_json import item_to_json as item_to_json
from pipeline.item_values import (
    FieldData,
    as_text,
    check_credits,
    clean,
    labels,
    values_from,
)
from pipeline.models import (
    DeletedItem,
    Document,
    HistoryAction,
    HistoryEntry,
    Item,
    ItemStatus,
    utcnow,
)

EDITABLE_FIELDS = (*FIELD_NAMES, "credits")
# Statuses that promise a complete item: no edit may take a required field away from them.
COMPLETE_STATUSES = frozenset({ItemStatus.ready, ItemStatus.submitted, ItemStatus.earned})


@dataclass(frozen=True)
class SourceFile:
    """The certificate file an item is recorded from."""

    sha256: str
    original_name: str
    size: int
    pages: int
    archive_path: str
    text: str


# --- recording and duplicates ------------------------------------------------------------


def record_item(
    session: Session,
    extraction: Extraction,
    source: SourceFile,
    *,
    status: ItemStatus = ItemStatus.pending,
    actor: str = "ingest",
    today: date | None = None,
) -> Item:
    """Store a new Document and its Item from an extraction, with a "created" history entry.

    The caller checks duplicates first (find_duplicate); recording the same bytes twice
    fails on the database's unique sha256 (IntegrityError at flush). An item recorded as
    ready must be complete; one recorded as submitted or earned (a backlog the portal already
    took) is recorded with the portal fields it has.
    """
    values, date_problems = values_from(extraction)
    missing = missing_fields(values)
    if status == ItemStatus.rejected:
        raise InvalidTransition("an item cannot be recorded as rejected: record it, then reject it")
    if status == ItemStatus.ready and missing:
        raise ItemIncomplete(
            f"{source.original_name} misses {labels(missing)}: it cannot be recorded as {status}"
        )
    now = utcnow()
    end = values["end_date"]
    # An old certificate imported for review: its window closed before ceinbox saw it.
    closed = (
        status == ItemStatus.pending
        and isinstance(end, date)
        and submit_by(end) < (today or date.today())
    )
    document = Document(
        sha256=source.sha256,
        original_name=source.original_name,
        size=source.size,
        pages=source.pages,
        archive_path=source.archive_path,
        text=source.text,
        created_at=now,
    )
    item = Item(
        id=_unused_id(session),
        document=document,
        status=status,
        **values,
        credits=None,
        needs_review=needs_review_of(extraction, values, date_problems),
        problems=[*problem_messages(extraction), *date_problems],
        missing=list(extraction.missing),
        printed_credits=printed_credits_of(extraction),
        fields={name: where_found(extraction.fields.get(name, MISSING)) for name in FIELD_NAMES},
        profile=extraction.profile,
        window_closed_at_import=closed,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    log_change(session, item, now, actor, HistoryAction.created, new=status.value)
    session.flush()
    return item


def _unused_id(session: Session) -> int | None:
    """None (the database picks), or on SQLite the id after every deleted item's: SQLite gives
    a new row the highest id + 1, so a deleted last item's id would come back for another
    certificate (PostgreSQL's sequence never goes back)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    deleted = session.scalar(select(func.max(DeletedItem.item_id)))
    if deleted is None:
        return None
    live = session.scalar(select(func.max(Item.id))) or 0
    return deleted + 1 if deleted >= live else None


def needs_review_of(
    extraction: Extraction, values: Mapping[str, FieldData], date_problems: list[str]
) -> bool:
    """The extraction's verdict; also any portal field empty that the certificate prints."""
    unread = [name for name in missing_fields(values) if name not in extraction.missing]
    return extraction.needs_review or bool(date_problems or unread)


def problem_messages(extraction: Extraction) -> list[str]:
    return [problem.message for problem in extraction.problems]


def printed_credits_of(extraction: Extraction) -> dict[str, Any] | None:
    credits = extraction.printed_credits
    return credits.to_json() if credits is not None else None


def where_found(field: FieldValue) -> dict[str, Any]:
    where = field.to_json()
    del where["value"]
    return where


# --- reading -----------------------------------------------------------------------------


def get_item(session: Session, item_id: int) -> Item:
    """The item with that id; ItemNotFound otherwise."""
    item = session.get(Item, item_id)
    if item is None:
        from pipeline.removal import last_deletion  # removal builds on this module

        gone = last_deletion(session, item_id)
        raise ItemNotFound(gone.description if gone else f"no item #{item_id}")
    return item


# What a one-line listing shows: loading only these skips every JSON column and the document.
LISTED_COLUMNS = (
    Item.window_closed_at_import,
    Item.id,
    Item.status,
    Item.needs_review,
    Item.end_date,
    Item.credits,
    Item.validation_code,
    Item.course_name,
)


def review_order() -> Any:
    """0 for a pending item needing review, else 1: the list shows those first."""
    return case((and_(Item.status == ItemStatus.pending, Item.needs_review.is_(True)), 0), else_=1)


def list_rows(session: Session, *, status: ItemStatus | None = None) -> list[Row[Any]]:
    """LISTED_COLUMNS of each item, in list_items' order: a line per item, without loading
    whole items (ten thousand in a few milliseconds)."""
    statement = select(*LISTED_COLUMNS).order_by(review_order(), Item.id)
    if status is not None:
        statement = statement.where(Item.status == status)
    return list(session.execute(statement))


def list_items(session: Session, *, status: ItemStatus | None = None) -> list[Item]:
    """Items (of one status, or all): pending items needing review first, then by id."""
    statement = select(Item).order_by(review_order(), Item.id)
    if status is not None:
        statement = statement.where(Item.status == status)
    return list(session.scalars(statement))


def history_of(item: Item) -> list[HistoryEntry]:
    """The item's history, oldest first (loaded on first use: call it inside the session)."""
    return list(item.history)


# --- status changes ----------------------------------------------------------------------


def approve(session: Session, item_id: int, *, actor: str) -> Item:
    """pending -> ready, once every required field is filled in."""
    item = get_item(session, item_id)
    require_status(item, (ItemStatus.pending,), "approved")
    missing = missing_fields({name: getattr(item, name) for name in REQUIRED_FIELDS})
    if missing:
        raise ItemIncomplete(f"item #{item.id} misses {labels(missing)}")
    item.needs_review = False
    change_status(session, item, ItemStatus.ready, actor=actor)
    return item


def mark_submitted(session: Session, item_id: int, *, actor: str) -> Item:
    """ready -> submitted: the item has been entered on the CE portal."""
    item = get_item(session, item_id)
    require_status(item, (ItemStatus.ready,), "marked submitted")
    change_status(session, item, ItemStatus.submitted, actor=actor)
    return item


def mark_earned(session: Session, item_id: int, *, credits: float | None, actor: str) -> Item:
    """submitted -> earned, recording the credits granted when given."""
    item = get_item(session, item_id)
    require_status(item, (ItemStatus.submitted,), "marked earned")
    now = utcnow()
    if credits is not None:
        credits = check_credits(float(credits), shown=credits)
        if credits != item.credits:
            log_change(
                session,
                item,
                now,
                actor,
                HistoryAction.edited,
                field="credits",
                old=as_text(item.credits),
                new=as_text(credits),
            )
            item.credits = credits
    change_status(session, item, ItemStatus.earned, actor=actor, now=now)
    return item


def reject(session: Session, item_id: int, *, reason: str, actor: str) -> Item:
    """pending, ready or submitted -> rejected, with a reason."""
    item = get_item(session, item_id)
    require_status(item, (ItemStatus.pending, ItemStatus.ready, ItemStatus.submitted), "rejected")
    cleaned = clean(reason)
    if cleaned is None:
        raise InvalidValue(f"give a reason to reject item #{item.id}")
    now = utcnow()
    log_change(
        session,
        item,
        now,
        actor,
        HistoryAction.edited,
        field="reject_reason",
        old=item.reject_reason,
        new=cleaned,
    )
    item.reject_reason = cleaned
    change_status(session, item, ItemStatus.rejected, actor=actor, now=now)
    return item


def require_status(item: Item, allowed: tuple[ItemStatus, ...], done: str) -> None:
    if item.status not in allowed:
        names = [status.value for status in allowed]
        either = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        raise InvalidTransition(
            f"item #{item.id} is {item.status}; only a {either} item can be {done}"
        )


def change_status(
    session: Session,
    item: Item,
    status: ItemStatus,
    *,
    actor: str,
    now: datetime | None = None,
) -> None:
    """Move item to status, with a history entry (the caller checks the move is allowed)."""
    now = now or utcnow()
    log_change(
        session,
        item,
        now,
        actor,
        HistoryAction.status,
        field="status",
        old=item.status.value,
        new=status.value,
    )
    item.status = status
    item.updated_at = now
    session.flush()


# --- helpers -----------------------------------------------------------------------------


def log_change(
    session: Session,
    item: Item,
    at: datetime,
    actor: str,
    action: HistoryAction,
    *,
    field: str | None = None,
    old: str | None = None,
    new: str | None = None,
) -> None:
    session.add(
        HistoryEntry(
            item=item,
            at=at,
            actor=actor,
            action=action.value,
            field=field,
            old_value=old,
            new_value=new,
        )
    )


def missing_fields(values: Mapping[str, object]) -> list[str]:
    return [name for name in REQUIRED_FIELDS if values.get(name) is None]
