"""One readable line per history entry, the same in the terminal and on the page."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from pipeline.store_values import HistoryAction


class HistoryLike(Protocol):
    """A history entry: an ORM HistoryEntry, or the record pipeline.quick_store reads."""

    @property
    def at(self) -> datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def field(self) -> str | None: ...
    @property
    def old_value(self) -> str | None: ...
    @property
    def new_value(self) -> str | None: ...


def describe(entry: HistoryLike) -> str:
    """'recorded as pending', 'pending → ready', 'course name: old → new', 'read again'."""
    if entry.action == HistoryAction.created:
        return f"recorded as {entry.new_value}" if entry.new_value else "recorded"
    if entry.action == HistoryAction.status:
        return f"{entry.old_value or '—'} → {entry.new_value or '—'}"
    if entry.action == HistoryAction.reextracted:
        return "read again from the certificate"
    field = (entry.field or "").replace("_", " ")
    return f"{field}: {entry.old_value or '—'} → {entry.new_value or '—'}"
