"""The catalog of known CE items: read a CSV and match course names (pipeline.catalog_store
keeps it in the store).

The file (`ceinbox catalog import example` loads the one in `pipeline/catalogs/`) has a header
row and these columns:

    pattern        text found in the course name, case-insensitively, at word edges; `*`
                   stands for any text ("Cisco Live*Security" or "ENCOR*")
    credits        CE credits the portal grants (0 for items it lists but grants nothing for)
    type           instructor-led, e-learning, event, authoring or other
    offer_expires  optional YYYY-MM-DD: items completed after it no longer match
    note           optional, free text

When several patterns match, the most specific wins: the one with the most literal text.
Two equally specific patterns with different credits match nothing, and the item says why,
instead of one being picked silently.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pipeline.errors import CatalogError
from pipeline.store_values import ActivityType
from pipeline.text import fold

# The example catalog shipped with ceinbox (`ceinbox catalog import example`).
EXAMPLE_CATALOG = Path(__file__).resolve().with_name("catalogs") / "example.csv"

REQUIRED_COLUMNS = ("pattern", "credits", "type")
OPTIONAL_COLUMNS = ("offer_expires", "note")
COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
NOT_IN_CATALOG = "not in the catalog"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]+")
_MAX_PATTERN = 300


@dataclass(frozen=True)
class CatalogRow:
    """One entry of the catalog, validated."""

    row: int  # its row in the imported file (the header is row 1)
    pattern: str
    credits: float
    activity_type: ActivityType
    offer_expires: date | None = None
    note: str | None = None

    @property
    def specificity(self) -> int:
        """How much literal text the pattern holds: the longer, the more specific."""
        return len(normalize(self.pattern.replace("*", " ")).replace(" ", ""))


@dataclass(frozen=True)
class CatalogMatch:
    """The catalog entry an item's course matches, or why there is none."""

    entry: CatalogRow | None
    note: str | None = None  # why there is no entry; None when there is one

    @property
    def expected(self) -> float | None:
        """The credits the catalog promises, or None."""
        return None if self.entry is None else self.entry.credits


@dataclass(frozen=True)
class Catalog:
    """The stored catalog: its rows, and where and when they were imported from."""

    rows: tuple[CatalogRow, ...] = ()
    source: str | None = None
    imported_at: datetime | None = None

    def match(self, course_name: str | None, end_date: date | None) -> CatalogMatch:
        """The most specific entry matching the course name that still covered end_date."""
        if not course_name or not course_name.strip():
            return CatalogMatch(None, f"{NOT_IN_CATALOG} (no course name)")
        name = normalize(course_name)
        matching = [row for row in self.rows if _compile(row.pattern).search(name)]
        if not matching:
            return CatalogMatch(None, NOT_IN_CATALOG)
        current = [row for row in matching if _offer_covers(row, end_date)]
        if not current:
            ended = max(matching, key=lambda row: row.specificity)
            return CatalogMatch(
                None,
                f"{NOT_IN_CATALOG} (the offer '{ended.pattern}' ended on "
                f"{_iso(ended.offer_expires)})",
            )
        best = max(row.specificity for row in current)
        top = [row for row in current if row.specificity == best]
        if len({(row.credits, row.activity_type) for row in top}) > 1:
            rows = " and ".join(f"row {row.row} '{row.pattern}'" for row in top)
            return CatalogMatch(
                None, f"{NOT_IN_CATALOG}: it matches {rows} equally; make one more specific"
            )
        return CatalogMatch(min(top, key=lambda row: row.row))


def normalize(text: str) -> str:
    """The form in which course names and patterns are compared (`pipeline.text.fold`)."""
    return fold(text)


@functools.lru_cache(maxsize=1024)
def _compile(pattern: str) -> re.Pattern[str]:
    parts = [re.escape(normalize(part)) for part in pattern.split("*")]
    body = ".*".join(parts)
    # Word edges keep "ENCOR" from matching "ENCORE"; a `*` at either end lifts that edge.
    head = r"(?<!\w)" if not pattern.strip().startswith("*") else ""
    tail = r"(?!\w)" if not pattern.strip().endswith("*") else ""
    return re.compile(head + body + tail)


def _offer_covers(row: CatalogRow, end_date: date | None) -> bool:
    return row.offer_expires is None or end_date is None or end_date <= row.offer_expires


# --- reading a catalog file --------------------------------------------------------------


def read_catalog_file(path: Path) -> tuple[CatalogRow, ...]:
    """The validated rows of a catalog CSV; CatalogError with one line per bad row."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not UTF-8 text (save it as 'CSV UTF-8')") from exc
    return parse_catalog(text, source=str(path))


def parse_catalog(text: str, *, source: str) -> tuple[CatalogRow, ...]:
    """Validate a catalog CSV's text: every row is checked before anything is returned."""
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise CatalogError(f"{source}: empty; the first row must name the columns {_columns()}")
    # Spreadsheets set to a decimal comma save CSV with semicolons.
    header_line = next(line for line in lines if line.strip())
    delimiter = ";" if ";" in header_line and "," not in header_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[str] = []
    header: list[str] | None = None
    rows: list[CatalogRow] = []
    seen: dict[str, int] = {}
    end_of_previous = 0
    for cells in reader:
        number, end_of_previous = end_of_previous + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = _header(cells, source, number)
            continue
        try:
            extra = any(cell.strip() for cell in cells[len(header) :])
            row = _row(dict(zip(header, cells, strict=False)), number, extra)
        except _RowProblem as problem:
            problems.append(f"{source}: row {number}: {problem}")
            continue
        key = normalize(row.pattern)
        if key in seen:
            problems.append(
                f"{source}: row {number}, column 'pattern': '{row.pattern}' is already "
                f"on row {seen[key]}"
            )
            continue
        seen[key] = number
        rows.append(row)
    if problems:
        raise CatalogError(*problems)
    if not rows:
        raise CatalogError(f"{source}: no entries below the header row")
    return tuple(rows)


class _RowProblem(Exception):
    """What is wrong with one row (internal: gathered into one CatalogError)."""


def _columns() -> str:
    return ",".join(COLUMNS)


def _header(cells: list[str], source: str, number: int) -> list[str]:
    names = [cell.strip().lower().replace(" ", "_") for cell in cells]
    where = f"{source}: row {number} (the header)"
    for name in names:
        if not name:
            continue  # spreadsheets add empty columns at the end
        if name not in COLUMNS:
            raise CatalogError(f"{where}: unknown column '{name}'; the columns are {_columns()}")
        if names.count(name) > 1:
            raise CatalogError(f"{where}: column '{name}' appears twice")
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise CatalogError(f"{where}: missing column '{missing[0]}'; the columns are {_columns()}")
    return names


def _row(cells: dict[str, str], number: int, extra: bool) -> CatalogRow:
    if extra:
        raise _RowProblem("more cells than the header has columns")
    values = {name: cells.get(name, "").strip() for name in COLUMNS}
    found: list[str] = []
    pattern = " ".join(values["pattern"].split())
    if not pattern.replace("*", "").strip():
        found.append("column 'pattern' is empty")
    elif len(pattern) > _MAX_PATTERN:
        found.append(f"column 'pattern' is longer than {_MAX_PATTERN} characters")
    credits = _credits(values["credits"], found)
    activity = values["type"].lower()
    if activity not in set(ActivityType):
        shown = f"'{values['type']}'" if values["type"] else "empty"
        found.append(f"column 'type' must be one of {', '.join(ActivityType)}, not {shown}")
    expires = _offer_expires(values["offer_expires"], found)
    if found:
        raise _RowProblem("; ".join(found))
    return CatalogRow(
        row=number,
        pattern=pattern,
        credits=credits,
        activity_type=ActivityType(activity),
        offer_expires=expires,
        note=values["note"] or None,
    )


def _credits(raw: str, found: list[str]) -> float:
    text = raw.replace(",", ".") if _DECIMAL_COMMA.fullmatch(raw) else raw
    try:
        credits = float(text)
    except ValueError:
        credits = math.nan
    if not math.isfinite(credits) or credits < 0:
        shown = f"'{raw}'" if raw else "empty"
        found.append(f"column 'credits' must be a number of credits (0 or more), not {shown}")
    return credits


def _offer_expires(raw: str, found: list[str]) -> date | None:
    if not raw:
        return None
    if _ISO_DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    found.append(f"column 'offer_expires' must be a date YYYY-MM-DD or empty, not '{raw}'")
    return None


# --- the stored catalog ------------------------------------------------------------------


def _iso(value: date | None) -> str:
    return value.isoformat() if value is not None else "—"
