"""Changing an item's values: by a person (edit_item) or by reading its certificate again
(replace_extraction). A value a person typed wins over anything the extractor reads later."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.credits import submit_by
from pipeline.errors import InvalidValue, ItemIncomplete
from pipeline.extract.model import FIELD_NAMES, MISSING, REQUIRED_FIELDS, Extraction
from pipeline.item_values import (
    as_text,
    check_date_order,
    label,
    labels,
    parse_value,
    values_from,
)
from pipeline.items import (
    COMPLETE_STATUSES,
    EDITABLE_FIELDS,
    change_status,
    get_item,
    log_change,
    missing_fields,
    needs_review_of,
    printed_credits_of,
    problem_messages,
    require_status,
    where_found,
)
from pipeline.models import HistoryAction, HistoryEntry, Item, ItemStatus, utcnow

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
    parsed = {name: parse_value(name, raw) for name, raw in changes.items()}
    check_date_order(
        parsed.get("start_date", item.start_date), parsed.get("end_date", item.end_date)
    )
    updates = {name: value for name, value in parsed.items() if value != getattr(item, name)}
    if not updates:
        return item
    if item.status in COMPLETE_STATUSES:
        lost = [name for name in REQUIRED_FIELDS if name in updates and updates[name] is None]
        if lost:
            raise ItemIncomplete(
                f"item #{item.id} is {item.status}; it cannot lose its {labels(lost)}"
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
            old=as_text(getattr(item, name)),
            new=as_text(value),
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


def _settle_after_edit(item: Item) -> None:
    """A person's edit supersedes the extractor's problems; only missing fields remain."""
    missing = missing_fields({name: getattr(item, name) for name in REQUIRED_FIELDS})
    item.problems = [f"{label(name)} is missing" for name in missing]
    item.needs_review = bool(missing)


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
    require_status(item, (ItemStatus.pending, ItemStatus.ready), "re-extracted")
    edited = set(
        session.scalars(
            select(HistoryEntry.field).where(
                HistoryEntry.item_id == item.id,
                HistoryEntry.action == HistoryAction.edited,
                HistoryEntry.field.is_not(None),
            )
        )
    )
    values, date_problems = values_from(extraction)
    now = utcnow()
    fields = dict(item.fields)
    changed = False
    for name in FIELD_NAMES:
        if name in edited:
            continue
        fields[name] = where_found(extraction.fields.get(name, MISSING))
        old, new = getattr(item, name), values[name]
        if old != new:
            log_change(
                session,
                item,
                now,
                actor,
                HistoryAction.reextracted,
                field=name,
                old=as_text(old),
                new=as_text(new),
            )
            setattr(item, name, new)
            changed = True
    item.fields = fields
    item.profile = extraction.profile
    if edited:
        _settle_after_edit(item)
    else:
        item.problems = [*problem_messages(extraction), *date_problems]
        item.needs_review = needs_review_of(extraction, values, date_problems)
    item.missing = list(extraction.missing)
    item.printed_credits = printed_credits_of(extraction)
    item.updated_at = now
    if changed and item.status == ItemStatus.ready:
        item.problems = [*item.problems, "re-extraction changed approved values: approve again"]
        item.needs_review = True
        change_status(session, item, ItemStatus.pending, actor=actor, now=now)
    session.flush()
    return item
