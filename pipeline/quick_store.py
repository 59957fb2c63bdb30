"""Reads for the commands a person types most (`list`, `show`, `progress`), straight from a SQLite
store through the standard library's sqlite3: importing SQLAlchemy alone takes longer than
the whole answer should (about 0.35 s of a 0.3 s budget on a small machine).

Only for a SQLite file whose schema is already current. Anything else — PostgreSQL, a store
still to create or migrate, any SQLite error — gives None, and the command reads through
SQLAlchemy as always. tests/test_quick_store.py keeps both readers' answers identical.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pipeline.catalog import Catalog, CatalogRow
from pipeline.progress import RenewalFacts
from pipeline.store_values import (
    SCHEMA_HEAD,
    ActivityType,
    ExamRecord,
    ExamType,
    ItemFacts,
    ItemStatus,
)

T = TypeVar("T")

_SQLITE_FILE = "sqlite:///"
_BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class ListedItem:
    """What `ceinbox list` prints of an item."""

    id: int
    status: ItemStatus
    needs_review: bool
    end_date: date | None
    credits: float | None
    window_closed_at_import: bool
    validation_code: str | None
    course_name: str | None


def store_file(url: str) -> Path | None:
    """The file of a plain SQLite URL (`sqlite:////abs/path.db`), or None for any other."""
    if not url.startswith(_SQLITE_FILE) or "?" in url:
        return None
    path = url[len(_SQLITE_FILE) :]
    if not path.startswith("/"):
        return None  # relative: the settings always make it absolute, so this is not ours
    return Path(path)


def read(url: str, reader: Callable[[sqlite3.Connection], T]) -> T | None:
    """reader's answer from one read transaction on a read-only connection (a consistent
    snapshot that takes no lock), or None when this store must be read through SQLAlchemy."""
    path = store_file(url)
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error:
        return None
    with closing(connection):
        connection.isolation_level = None
        try:
            connection.execute("BEGIN")
            versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if versions != [(SCHEMA_HEAD,)]:
                return None
            return reader(connection)
        except sqlite3.Error:
            return None  # SQLAlchemy's path reads it again and reports what is wrong


def listed_items(connection: sqlite3.Connection, status: ItemStatus | None) -> list[ListedItem]:
    """Every item (of one status): pending items needing review first, then by id."""
    where, arguments = ("WHERE status = ?", (status.value,)) if status else ("", ())
    rows = connection.execute(
        "SELECT id, status, needs_review, end_date, credits, window_closed_at_import,"
        " validation_code, course_name FROM items " + where + " ORDER BY"
        " CASE WHEN status = 'pending' AND needs_review = 1 THEN 0 ELSE 1 END, id",
        arguments,
    )
    return [
        ListedItem(
            id,
            ItemStatus(state),
            bool(review),
            _date(end),
            credits,
            bool(closed),
            code,
            course,
        )
        for id, state, review, end, credits, closed, code, course in rows
    ]


def catalog(connection: sqlite3.Connection) -> Catalog:
    """The stored catalog (empty when none was imported)."""
    rows = connection.execute(
        "SELECT row, pattern, credits, activity_type, offer_expires, note, source, imported_at"
        " FROM catalog_entries ORDER BY row, id"
    ).fetchall()
    if not rows:
        return Catalog()
    return Catalog(
        rows=tuple(
            CatalogRow(row, pattern, credits, ActivityType(kind), _date(expires), note)
            for row, pattern, credits, kind, expires, note, _, _ in rows
        ),
        source=rows[0][6],
        imported_at=_utc(rows[0][7]),
    )


def renewal_facts(connection: sqlite3.Connection) -> RenewalFacts:
    """What progress is computed from, as pipeline.progress_store reads it."""
    items = [
        ItemFacts(id, ItemStatus(state), course, _date(end), granted, bool(closed))
        for id, state, course, end, granted, closed in connection.execute(
            "SELECT id, status, course_name, end_date, credits, window_closed_at_import"
            " FROM items WHERE status != 'rejected' ORDER BY id"
        )
    ]
    exams = tuple(
        ExamRecord(id, name, ExamType(kind), date.fromisoformat(passed))
        for id, name, kind, passed in connection.execute(
            "SELECT id, name, exam_type, passed_on FROM exams ORDER BY passed_on, id"
        )
    )
    return RenewalFacts(catalog(connection), items, exams)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _utc(value: str | None) -> datetime | None:
    # SQLAlchemy stores UTC times without their zone on SQLite; pipeline.models reads them so.
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value is not None else None


@dataclass(frozen=True)
class DocumentRecord:
    """What `show` tells of an item's certificate file."""

    original_name: str
    sha256: str
    archive_path: str


@dataclass(frozen=True)
class ItemRecord:
    """A stored item as `show` and its export object read it (pipeline.item_json)."""

    id: int
    status: ItemStatus
    course_name: str | None
    start_date: date | None
    end_date: date | None
    validation_code: str | None
    learner_name: str | None
    issuer: str | None
    credits: float | None
    needs_review: bool
    window_closed_at_import: bool
    problems: list[str]
    missing: list[str]
    printed_credits: dict[str, Any] | None
    fields: dict[str, Any]
    reject_reason: str | None
    created_at: datetime
    updated_at: datetime
    document: DocumentRecord


@dataclass(frozen=True)
class HistoryRecord:
    """One entry of an item's history."""

    at: datetime
    actor: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class ShownItem:
    """An item, its history (oldest first) and the catalog: everything `show` prints."""

    item: ItemRecord
    history: list[HistoryRecord]
    catalog: Catalog


def shown_item(connection: sqlite3.Connection, item_id: int) -> ShownItem | None:
    """The item with that id, or None (SQLAlchemy's path then says whether it was deleted)."""
    row = connection.execute(
        "SELECT i.id, i.status, i.course_name, i.start_date, i.end_date, i.validation_code,"
        " i.learner_name, i.issuer, i.credits, i.needs_review, i.window_closed_at_import,"
        " i.problems, i.missing, i.printed_credits, i.fields, i.reject_reason, i.created_at,"
        " i.updated_at, d.original_name, d.sha256, d.archive_path"
        " FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        return None
    item = ItemRecord(
        id=row[0],
        status=ItemStatus(row[1]),
        course_name=row[2],
        start_date=_date(row[3]),
        end_date=_date(row[4]),
        validation_code=row[5],
        learner_name=row[6],
        issuer=row[7],
        credits=row[8],
        needs_review=bool(row[9]),
        window_closed_at_import=bool(row[10]),
        problems=_json(row[11]) or [],
        missing=_json(row[12]) or [],
        printed_credits=_json(row[13]),
        fields=_json(row[14]) or {},
        reject_reason=row[15],
        created_at=_stamp(row[16]),
        updated_at=_stamp(row[17]),
        document=DocumentRecord(row[18], row[19], row[20]),
    )
    history = [
        HistoryRecord(_stamp(at), actor, action, field, old, new)
        for at, actor, action, field, old, new in connection.execute(
            "SELECT at, actor, action, field, old_value, new_value FROM history"
            " WHERE item_id = ? ORDER BY at, id",
            (item_id,),
        )
    ]
    return ShownItem(item, history, catalog(connection))


def _json(value: str | None) -> Any:
    return json.loads(value) if value is not None else None


def _stamp(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
