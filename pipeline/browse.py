"""Looking through many items without loading them all: counts, the ordered ids that match
a search, one page of items, an item's neighbours and look-alikes. For the review page,
where a store holds ten thousand items and a page must answer in well under 100 ms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from pipeline.duplicates import name_key, text_key
from pipeline.items import review_order
from pipeline.models import Document, Item, ItemStatus
from pipeline.text import loose, words

# The order the page groups items in.
STATUS_ORDER = (
    ItemStatus.pending,
    ItemStatus.ready,
    ItemStatus.submitted,
    ItemStatus.earned,
    ItemStatus.rejected,
)
PAGE_SIZE = 100


@dataclass(frozen=True)
class Page:
    """One page of the item list: its items (in order) and where it sits among the rest."""

    items: list[Item]
    number: int
    pages: int
    matched: int


def status_counts(session: Session) -> dict[ItemStatus, int]:
    """How many items are in each status (every status present, zero or more)."""
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for status, count in session.execute(select(Item.status, func.count()).group_by(Item.status)):
        counts[status] = count
    return counts


def review_count(session: Session) -> int:
    """Pending items that need review."""
    found = session.scalar(
        select(func.count())
        .select_from(Item)
        .where(Item.status == ItemStatus.pending, Item.needs_review.is_(True))
    )
    return int(found or 0)


def page_of_items(session: Session, *, status: ItemStatus | None, query: str, number: int) -> Page:
    """The items matching status and query, grouped by status (review first within pending),
    PAGE_SIZE at a time; only that page's items are loaded. Without a query the database
    orders and cuts the page itself."""
    if not query.strip():
        return _plain_page(session, status, number)
    rows = session.execute(
        select(
            Item.id,
            Item.status,
            Item.needs_review,
            Item.course_name,
            Item.validation_code,
            Item.learner_name,
            Item.issuer,
            Document.original_name,
        ).join(Item.document)
    ).all()
    wanted = [r for r in rows if (status is None or r.status == status) and _matches(r, query)]
    rank = {s: n for n, s in enumerate(STATUS_ORDER)}
    wanted.sort(
        key=lambda r: (
            rank[r.status],
            0 if r.status == ItemStatus.pending and r.needs_review else 1,
            r.id,
        )
    )
    pages = max(1, -(-len(wanted) // PAGE_SIZE))
    number = min(max(1, number), pages)
    ids = [r.id for r in wanted[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]]
    return Page(items_by_ids(session, ids), number, pages, len(wanted))


def _plain_page(session: Session, status: ItemStatus | None, number: int) -> Page:
    where = [] if status is None else [Item.status == status]
    matched = int(session.scalar(select(func.count()).select_from(Item).where(*where)) or 0)
    pages = max(1, -(-matched // PAGE_SIZE))
    number = min(max(1, number), pages)
    status_rank = case({s.value: n for n, s in enumerate(STATUS_ORDER)}, value=Item.status)
    ids = session.scalars(
        select(Item.id)
        .where(*where)
        .order_by(status_rank, review_order(), Item.id)
        .offset((number - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    ).all()
    return Page(items_by_ids(session, ids), number, pages, matched)


def items_by_ids(session: Session, ids: Sequence[int]) -> list[Item]:
    """The items with these ids, in that order, with their documents."""
    if not ids:
        return []
    found = session.scalars(
        select(Item).where(Item.id.in_(ids)).options(selectinload(Item.document))
    ).all()
    by_id = {item.id: item for item in found}
    return [by_id[i] for i in ids if i in by_id]


def _matches(row: Any, query: str) -> bool:
    query = query.strip()
    if not query:
        return True
    if re.fullmatch(r"#\d+", query):
        return query == f"#{row.id}"
    haystack = loose(
        " ".join(
            str(v or "")
            for v in (
                row.course_name,
                row.validation_code,
                row.learner_name,
                row.issuer,
                row.original_name,
            )
        )
    )
    return all(word in haystack for word in words(query))


def neighbours(session: Session, item: Item) -> dict[str, int | None]:
    """The previous and next item in the list's order (pending items needing review first,
    then by id), for keyboard navigation; two indexed queries, whatever the store's size."""
    rank = review_order()
    mine = 0 if item.status == ItemStatus.pending and item.needs_review else 1
    before = or_(rank < mine, and_(rank == mine, Item.id < item.id))
    after = or_(rank > mine, and_(rank == mine, Item.id > item.id))
    previous = session.scalar(
        select(Item.id).where(before).order_by(rank.desc(), Item.id.desc()).limit(1)
    )
    following = session.scalar(select(Item.id).where(after).order_by(rank, Item.id).limit(1))
    return {"previous": previous, "next": following}


def similar_items(session: Session, item: Item) -> list[Item]:
    """Other items that may be the same certificate (same code, or same course, learner and
    end date), compared as the store compares them when it looks for duplicates; the indexes
    on the code and the end date find the candidates."""
    conditions = []
    if item.validation_code:
        conditions.append(func.lower(Item.validation_code) == item.validation_code.lower())
    if item.course_name and item.end_date:
        conditions.append(
            and_(
                Item.end_date == item.end_date,
                func.lower(Item.course_name) == item.course_name.lower(),
            )
        )
    if not conditions:
        return []
    candidates = session.scalars(
        select(Item).where(or_(*conditions), Item.id != item.id).order_by(Item.id)
    ).all()
    similar = []
    for other in candidates:
        same_code = bool(item.validation_code) and text_key(other.validation_code) == text_key(
            item.validation_code
        )
        same_course = (
            other.end_date == item.end_date
            and text_key(other.course_name) == text_key(item.course_name)
            and name_key(other.learner_name) == name_key(item.learner_name)
        )
        if same_code or same_course:
            similar.append(other)
    return similar
