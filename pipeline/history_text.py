"""One readable line per history entry, the same in the terminal and on the page."""

from __future__ import annotations

from pipeline.models import HistoryAction, HistoryEntry


def describe(entry: HistoryEntry) -> str:
    """'recorded as pending', 'pending → ready', 'course name: old → new', 'read again'."""
    if entry.action == HistoryAction.created:
        return f"recorded as {entry.new_value}" if entry.new_value else "recorded"
    if entry.action == HistoryAction.status:
        return f"{entry.old_value or '—'} → {entry.new_value or '—'}"
    if entry.action == HistoryAction.reextracted:
        return "read again from the certificate"
    field = (entry.field or "").replace("_", " ")
    return f"{field}: {entry.old_value or '—'} → {entry.new_value or '—'}"
