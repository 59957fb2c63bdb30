"""An item's export object (`list --json`, `export`, `show`, the page), from a stored item:
an ORM Item, or the plain record pipeline.quick_store reads without SQLAlchemy."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol

from pipeline.catalog import Catalog
from pipeline.credits import submit_by, submit_flag
from pipeline.store_values import ItemStatus


class StoredDocument(Protocol):
    """What an item's export object tells of its certificate file."""

    @property
    def original_name(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def archive_path(self) -> str: ...


class StoredItem(Protocol):
    """What an item's export object and `show` read of a stored item."""

    @property
    def id(self) -> int: ...
    @property
    def status(self) -> ItemStatus: ...
    @property
    def course_name(self) -> str | None: ...
    @property
    def start_date(self) -> date | None: ...
    @property
    def end_date(self) -> date | None: ...
    @property
    def validation_code(self) -> str | None: ...
    @property
    def learner_name(self) -> str | None: ...
    @property
    def issuer(self) -> str | None: ...
    @property
    def credits(self) -> float | None: ...
    @property
    def needs_review(self) -> bool: ...
    @property
    def window_closed_at_import(self) -> bool: ...
    @property
    def problems(self) -> list[str]: ...
    @property
    def missing(self) -> list[str]: ...
    @property
    def printed_credits(self) -> dict[str, Any] | None: ...
    @property
    def fields(self) -> dict[str, Any]: ...
    @property
    def reject_reason(self) -> str | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def document(self) -> StoredDocument: ...


def item_to_json(
    item: StoredItem, *, catalog: Catalog | None = None, today: date | None = None
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
        "start_date": _iso(item.start_date),
        "end_date": _iso(item.end_date),
        "validation_code": item.validation_code,
        "learner_name": item.learner_name,
        "issuer": item.issuer,
        "credits": item.credits,
        "expected_credits": match.expected if match else None,
        "catalog_match": match.entry.pattern if match and match.entry else None,
        "catalog_note": match.note if match else None,
        "submit_by": _iso(submit_by(item.end_date)) if item.end_date else None,
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


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
