"""Reads for the commands a person types most (`list`, `progress`), straight from a SQLite
store through the standard library's sqlite3: importing SQLAlchemy alone takes longer than
the whole answer should (about 0.35 s of a 0.3 s budget on a small machine).

Only for a SQLite file whose schema is already current. Anything else — PostgreSQL, a store
still to create or migrate, any SQLite error — gives None, and the command reads through
SQLAlchemy as always. tests/test_quick_store.py keeps both readers' answers identical.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

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
