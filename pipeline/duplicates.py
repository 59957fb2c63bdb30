"""Is this certificate already recorded? Same bytes, the same code, or the same learner,
course and end date: the oldest such item is the one it duplicates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.extract.model import Extraction
from pipeline.item_values import FieldData, values_from
from pipeline.models import Document, Item
from pipeline.text import fold, loose


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
    values = values_from(extraction)[0]
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
