"""Service functions on CE items: record, find duplicates, list, edit, move through statuses.

Every function takes a Session and only adds and flushes; the caller owns the transaction
(`with sessions() as session, session.begin(): ...`). Every change leaves HistoryEntry rows;
a field a person changed is marked by an "edited" entry, and re-extraction leaves it alone.

Statuses: pending --approve--> ready --mark_submitted--> submitted --mark_earned--> earned;
pending, ready and submitted can be rejected (with a reason).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, and_, case, func, select
from sqlalchemy.orm import Session

from pipeline.catalog import Catalog
from pipeline.credits import submit_by, submit_flag
from pipeline.errors import InvalidTransition, InvalidValue, ItemIncomplete, ItemNotFound
from pipeline.extract.model import FIELD_NAMES, MISSING, REQUIRED_FIELDS, Extraction, FieldValue
from pipeline.models import (
    DeletedItem,
    Document,
    HistoryAction,
    HistoryEntry,
    Item,
    ItemStatus,
    utcnow,
)
from pipeline.text import fold, loose

EDITABLE_FIELDS = (*FIELD_NAMES, "credits")
_DATE_FIELDS = frozenset({"start_date", "end_date"})
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Statuses that promise a complete item: no edit may take a required field away from them.
_COMPLETE_STATUSES = frozenset({ItemStatus.ready, ItemStatus.submitted, ItemStatus.earned})

FieldData = str | date | float | None


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


def find_duplicate(
    session: Session, *, sha256: str, extraction: Extraction | None = None
) -> Item | None:
    """The oldest item this file duplicates, or None.

    Same bytes always count. With an extraction: the same validation code (trimmed,
    case-insensitive) from the same issuer; when either issuer is unknown, the same code
    counts only if the learner names match or either is unknown. Without a code: the same
    learner, course and end date, all three known. Rejected items count too: re-downloading
    a rejected certificate does not bring it back.
    """
    same_bytes = session.scalars(
        select(Item).join(Item.document).where(Document.sha256 == sha256)
    ).first()
    if same_bytes is not None or extraction is None:
        return same_bytes
    values = _values_from(extraction)[0]
    code = values["validation_code"]
    if isinstance(code, str):
        return _oldest(_same_code(session, code, values))
    return _oldest(_same_learner_course_end(session, values))


def _same_code(session: Session, code: str, values: Mapping[str, FieldData]) -> Iterable[Item]:
    # SQL narrows by an ASCII lowercase match; Python applies the exact rule.
    candidates = session.scalars(
        select(Item).where(func.lower(Item.validation_code) == code.lower())
    )
    issuer, learner = text_key(values["issuer"]), name_key(values["learner_name"])
    for item in candidates:
        if text_key(item.validation_code) != text_key(code):
            continue
        other_issuer = text_key(item.issuer)
        if issuer is not None and other_issuer is not None:
            if issuer == other_issuer:
                yield item
            continue
        other_learner = name_key(item.learner_name)
        if learner is None or other_learner is None or learner == other_learner:
            yield item


def _same_learner_course_end(session: Session, values: Mapping[str, FieldData]) -> Iterable[Item]:
    learner, course = name_key(values["learner_name"]), text_key(values["course_name"])
    end = values["end_date"]
    if learner is None or course is None or not isinstance(end, date):
        return
    for item in session.scalars(select(Item).where(Item.end_date == end)):
        if name_key(item.learner_name) == learner and text_key(item.course_name) == course:
            yield item


def _oldest(items: Iterable[Item]) -> Item | None:
    return min(items, key=lambda item: item.id, default=None)


def text_key(value: FieldData) -> str | None:
    """Case-, width- and punctuation-insensitive form of a text value (`text.fold`)."""
    if not isinstance(value, str):
        return None
    return fold(value) or None


def name_key(value: FieldData) -> str | None:
    """`text_key` of a person's name, accents aside (`text.loose`)."""
    if not isinstance(value, str):
        return None
    return loose(value) or None


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
    values, date_problems = _values_from(extraction)
    missing = missing_fields(values)
    if status == ItemStatus.rejected:
        raise InvalidTransition("an item cannot be recorded as rejected: record it, then reject it")
    if status == ItemStatus.ready and missing:
        raise ItemIncomplete(
            f"{source.original_name} misses {_labels(missing)}: it cannot be recorded as {status}"
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
        needs_review=_needs_review(extraction, values, date_problems),
        problems=[*_messages(extraction), *date_problems],
        missing=list(extraction.missing),
        printed_credits=_printed_credits(extraction),
        fields={name: _where_found(extraction.fields.get(name, MISSING)) for name in FIELD_NAMES},
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


def _values_from(extraction: Extraction) -> tuple[dict[str, FieldData], list[str]]:
    """The item's values from an extraction, and a problem per date not in YYYY-MM-DD form."""
    values: dict[str, FieldData] = {}
    problems: list[str] = []
    for name in FIELD_NAMES:
        raw = _clean(extraction.fields.get(name, MISSING).value)
        if name in _DATE_FIELDS and raw is not None:
            try:
                values[name] = _parse_date(name, raw)
            except InvalidValue as exc:
                values[name] = None
                problems.append(str(exc))
        else:
            values[name] = raw
    return values, problems


def _needs_review(
    extraction: Extraction, values: Mapping[str, FieldData], date_problems: list[str]
) -> bool:
    """The extraction's verdict; also any portal field empty that the certificate prints."""
    unread = [name for name in missing_fields(values) if name not in extraction.missing]
    return extraction.needs_review or bool(date_problems or unread)


def _messages(extraction: Extraction) -> list[str]:
    return [problem.message for problem in extraction.problems]


def _printed_credits(extraction: Extraction) -> dict[str, Any] | None:
    credits = extraction.printed_credits
    return credits.to_json() if credits is not None else None


def _where_found(field: FieldValue) -> dict[str, Any]:
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


def item_to_json(
    item: Item, *, catalog: Catalog | None = None, today: date | None = None
) -> dict[str, Any]:
    """The export object for one item.

    With the catalog (pipeline.catalog.load_catalog), it carries the item's expected credits,
    the pattern it matched, or a note saying why none (null without the catalog). submit_by
    is the last day to submit it; submit_flag is "due-soon" or "overdue" for an item not yet
    submitted whose submit-by date is near (14 days) or past on today (default: the real date).
    """
    match = catalog.match(item.course_name, item.end_date) if catalog is not None else None
    flag = (
        None
        if item.window_closed_at_import
        else submit_flag(item.status, item.end_date, today or date.today())
    )
    return {
        "id": item.id,
        "status": item.status.value,
        "course_name": item.course_name,
        "start_date": _as_text(item.start_date),
        "end_date": _as_text(item.end_date),
        "validation_code": item.validation_code,
        "learner_name": item.learner_name,
        "issuer": item.issuer,
        "credits": item.credits,
        "expected_credits": match.expected if match else None,
        "catalog_match": match.entry.pattern if match and match.entry else None,
        "catalog_note": match.note if match else None,
        "submit_by": _as_text(submit_by(item.end_date)) if item.end_date else None,
        "submit_flag": flag.value if flag else None,
        "window_closed_before_import": item.window_closed_at_import,
        "needs_review": item.needs_review,
        "problems": list(item.problems),
        "missing": list(item.missing or []),
        "printed_credits": dict(item.printed_credits) if item.printed_credits else None,
        "source_file": item.document.original_name,
        "sha256": item.document.sha256,
        "pdf_path": item.document.archive_path,
        "fields": {name: dict(where) for name, where in item.fields.items()},
        "created_at": item.created_at.isoformat(),
        "updated_at": item.updated_at.isoformat(),
    }


# --- a person's edits --------------------------------------------------------------------


def edit_item(
    session: Session, item_id: int, changes: Mapping[str, str | None], *, actor: str
) -> Item:
    """Change fields by hand (values as typed; an empty string clears a field).

    Each changed field gets an "edited" history entry with its old and new value, confidence
    1.0 and source "edited by <actor>". Once a person has edited an item, the extractor's
    problems are dropped: what remains is "<field> is missing" per missing required field,
    and needs_review is true while one is missing.
    """
    item = get_item(session, item_id)
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise InvalidValue(
            f"cannot edit {', '.join(unknown)}; editable fields: {', '.join(EDITABLE_FIELDS)}"
        )
    changes = _same_as_end(item, changes)
    parsed = {name: _parse(name, raw) for name, raw in changes.items()}
    _check_date_order(
        parsed.get("start_date", item.start_date), parsed.get("end_date", item.end_date)
    )
    updates = {name: value for name, value in parsed.items() if value != getattr(item, name)}
    if not updates:
        return item
    if item.status in _COMPLETE_STATUSES:
        lost = [name for name in REQUIRED_FIELDS if name in updates and updates[name] is None]
        if lost:
            raise ItemIncomplete(
                f"item #{item.id} is {item.status}; it cannot lose its {_labels(lost)}"
            )
    now = utcnow()
    fields = dict(item.fields)
    for name, value in updates.items():
        log_change(
            session,
            item,
            now,
            actor,
            HistoryAction.edited,
            field=name,
            old=_as_text(getattr(item, name)),
            new=_as_text(value),
        )
        setattr(item, name, value)
        if name in FIELD_NAMES:
            fields[name] = {
                "confidence": 1.0,
                "page": None,
                "bbox": None,
                "source": f"edited by {actor}",
            }
    item.fields = fields
    if "end_date" in updates:  # a corrected end date: was its window open when recorded?
        end = item.end_date
        item.window_closed_at_import = end is not None and submit_by(end) < item.created_at.date()
    _settle_after_edit(item)
    item.updated_at = now
    session.flush()
    return item


# Typed as a start date: "the course took one day; the certificate prints only that day".
SAME_AS_END = "same-as-end"


def _same_as_end(item: Item, changes: Mapping[str, str | None]) -> Mapping[str, str | None]:
    """Changes with start_date "same-as-end" replaced by the end date (one-date certificates
    only: the portal needs a start date, and for those the end date is the honest one)."""
    if (changes.get("start_date") or "").strip().lower() != SAME_AS_END:
        return changes
    if "start_date" not in (item.missing or []):
        raise InvalidValue(
            f"item #{item.id}'s certificate prints a start date: type that date instead"
        )
    end = changes.get("end_date") or (item.end_date.isoformat() if item.end_date else None)
    if not end:
        raise InvalidValue(f"item #{item.id} has no end date to use as its start date")
    return {**changes, "start_date": end}


# The same bounds extraction checks a date against (pipeline.extract.value_checks).
_FIRST_PLAUSIBLE_YEAR = 1990


def _parse(name: str, raw: str | None) -> FieldData:
    """A value as a person typed it, checked as extraction checks what it reads."""
    value = _clean(raw)
    if value is None:
        return None
    if name in _DATE_FIELDS:
        day = _parse_date(name, value)
        if day > date.today():
            raise InvalidValue(f"{_label(name)} {value} is in the future")
        if day.year < _FIRST_PLAUSIBLE_YEAR:
            raise InvalidValue(f"{_label(name)} {value} is not a plausible year for a CE item")
        return day
    if name == "validation_code" and (len(value) < 3 or any(c.isspace() for c in value)):
        raise InvalidValue(f"validation code '{value}' cannot be a code: no spaces, 3+ characters")
    if name == "credits":
        try:
            credits = float(value)
        except ValueError:
            credits = math.nan
        return _check_credits(credits, shown=value)
    return value


def _parse_date(name: str, value: str) -> date:
    try:
        if _ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise InvalidValue(f"{_label(name)} must be YYYY-MM-DD, not '{value}'")


def _check_credits(credits: float, *, shown: object) -> float:
    if not math.isfinite(credits) or credits < 0:
        raise InvalidValue(f"credits must be a non-negative number, not '{shown}'")
    return credits


def _check_date_order(start: FieldData, end: FieldData) -> None:
    if isinstance(start, date) and isinstance(end, date) and start > end:
        raise InvalidValue(f"start date {start.isoformat()} is after end date {end.isoformat()}")


def _settle_after_edit(item: Item) -> None:
    """A person's edit supersedes the extractor's problems; only missing fields remain."""
    missing = missing_fields({name: getattr(item, name) for name in REQUIRED_FIELDS})
    item.problems = [f"{_label(name)} is missing" for name in missing]
    item.needs_review = bool(missing)


# --- status changes ----------------------------------------------------------------------


def approve(session: Session, item_id: int, *, actor: str) -> Item:
    """pending -> ready, once every required field is filled in."""
    item = get_item(session, item_id)
    _require_status(item, (ItemStatus.pending,), "approved")
    missing = missing_fields({name: getattr(item, name) for name in REQUIRED_FIELDS})
    if missing:
        raise ItemIncomplete(f"item #{item.id} misses {_labels(missing)}")
    item.needs_review = False
    change_status(session, item, ItemStatus.ready, actor=actor)
    return item


def mark_submitted(session: Session, item_id: int, *, actor: str) -> Item:
    """ready -> submitted: the item has been entered on the CE portal."""
    item = get_item(session, item_id)
    _require_status(item, (ItemStatus.ready,), "marked submitted")
    change_status(session, item, ItemStatus.submitted, actor=actor)
    return item


def mark_earned(session: Session, item_id: int, *, credits: float | None, actor: str) -> Item:
    """submitted -> earned, recording the credits granted when given."""
    item = get_item(session, item_id)
    _require_status(item, (ItemStatus.submitted,), "marked earned")
    now = utcnow()
    if credits is not None:
        credits = _check_credits(float(credits), shown=credits)
        if credits != item.credits:
            log_change(
                session,
                item,
                now,
                actor,
                HistoryAction.edited,
                field="credits",
                old=_as_text(item.credits),
                new=_as_text(credits),
            )
            item.credits = credits
    change_status(session, item, ItemStatus.earned, actor=actor, now=now)
    return item


def reject(session: Session, item_id: int, *, reason: str, actor: str) -> Item:
    """pending, ready or submitted -> rejected, with a reason."""
    item = get_item(session, item_id)
    _require_status(item, (ItemStatus.pending, ItemStatus.ready, ItemStatus.submitted), "rejected")
    cleaned = _clean(reason)
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


def _require_status(item: Item, allowed: tuple[ItemStatus, ...], done: str) -> None:
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


# --- re-extraction -----------------------------------------------------------------------


def replace_extraction(
    session: Session, item_id: int, extraction: Extraction, *, actor: str
) -> Item:
    """Take a new extraction's values for every field a person has not edited.

    Allowed while pending or ready. Each changed value gets a "reextracted" history entry.
    A ready item whose values change goes back to pending: a person approved other values.
    Problems and needs_review come from the new extraction, unless a person has edited the
    item (then, as after edit_item, only missing required fields remain as problems).
    """
    item = get_item(session, item_id)
    _require_status(item, (ItemStatus.pending, ItemStatus.ready), "re-extracted")
    edited = set(
        session.scalars(
            select(HistoryEntry.field).where(
                HistoryEntry.item_id == item.id,
                HistoryEntry.action == HistoryAction.edited,
                HistoryEntry.field.is_not(None),
            )
        )
    )
    values, date_problems = _values_from(extraction)
    now = utcnow()
    fields = dict(item.fields)
    changed = False
    for name in FIELD_NAMES:
        if name in edited:
            continue
        fields[name] = _where_found(extraction.fields.get(name, MISSING))
        old, new = getattr(item, name), values[name]
        if old != new:
            log_change(
                session,
                item,
                now,
                actor,
                HistoryAction.reextracted,
                field=name,
                old=_as_text(old),
                new=_as_text(new),
            )
            setattr(item, name, new)
            changed = True
    item.fields = fields
    item.profile = extraction.profile
    if edited:
        _settle_after_edit(item)
    else:
        item.problems = [*_messages(extraction), *date_problems]
        item.needs_review = _needs_review(extraction, values, date_problems)
    item.missing = list(extraction.missing)
    item.printed_credits = _printed_credits(extraction)
    item.updated_at = now
    if changed and item.status == ItemStatus.ready:
        item.problems = [*item.problems, "re-extraction changed approved values: approve again"]
        item.needs_review = True
        change_status(session, item, ItemStatus.pending, actor=actor, now=now)
    session.flush()
    return item


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


def _clean(value: str | None) -> str | None:
    """Trimmed text; empty means None."""
    if value is None:
        return None
    return value.strip() or None


def missing_fields(values: Mapping[str, object]) -> list[str]:
    return [name for name in REQUIRED_FIELDS if values.get(name) is None]


def _label(name: str) -> str:
    return name.replace("_", " ")


def _labels(names: Iterable[str]) -> str:
    return ", ".join(_label(name) for name in names)


def _as_text(value: FieldData) -> str | None:
    """How a value is written in history and JSON: dates as YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
