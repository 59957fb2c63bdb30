"""Export items as CSV or JSON: the same objects `ceinbox list --json` prints."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

# ics: the deadlines calendar (pipeline.calendar_export), not an item listing.
EXPORT_FORMATS = ("csv", "json", "ics")
# The portal's Submit Items fields first, in its order, then the rest.
CSV_COLUMNS = (
    "course_name",
    "start_date",
    "end_date",
    "validation_code",
    "pdf_path",
    "id",
    "status",
    "learner_name",
    "issuer",
    "credits",
    "expected_credits",
    "submit_by",
    "submit_flag",
    "needs_review",
    "problems",
    "source_file",
    "sha256",
)


def export_items(objects: Sequence[dict[str, Any]], fmt: str) -> str:
    """The objects as a CSV document or a JSON array."""
    if fmt == "json":
        return json.dumps(list(objects), indent=2, ensure_ascii=False) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for obj in objects:
        row = dict(obj)
        row["problems"] = "; ".join(obj.get("problems") or [])
        row["needs_review"] = "yes" if obj.get("needs_review") else "no"
        writer.writerow({k: _cell(row.get(k)) for k in CSV_COLUMNS})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    """Text from a certificate must not run as a spreadsheet formula when the CSV is opened."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
