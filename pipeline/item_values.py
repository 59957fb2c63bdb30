"""One rule set for an item's values: how a typed or extracted value is read and checked.

Extraction and a person's edits go through the same checks: a date is YYYY-MM-DD, not in
the future and not before 1990; a start is not after its end; a code has no spaces and at
least three characters; credits are a non-negative number. A failed check is an
InvalidValue naming the field, in one line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date

from pipeline.errors import InvalidValue
from pipeline.extract.model import FIELD_NAMES, MISSING, Extraction

FieldData = str | date | float | None
DATE_FIELDS = frozenset({"start_date", "end_date"})
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The same bounds extraction checks a date against (pipeline.extract.value_checks).
_FIRST_PLAUSIBLE_YEAR = 1990


def parse_value(name: str, raw: str | None) -> FieldData:
    """A value as a person typed it, checked as extraction checks what it reads."""
    value = clean(raw)
    if value is None:
        return None
    if name in DATE_FIELDS:
        day = parse_date(name, value)
        if day > date.today():
            raise InvalidValue(f"{label(name)} {value} is in the future")
        if day.year < _FIRST_PLAUSIBLE_YEAR:
            raise InvalidValue(f"{label(name)} {value} is not a plausible year for a CE item")
        return day
    if name == "validation_code" and (len(value) < 3 or any(c.isspace() for c in value)):
        raise InvalidValue(f"validation code '{value}' cannot be a code: no spaces, 3+ characters")
    if name == "credits":
        try:
            credits = float(value)
        except ValueError:
            credits = math.nan
        return check_credits(credits, shown=value)
    return value


def parse_date(name: str, value: str) -> date:
    """A YYYY-MM-DD date; InvalidValue naming the field otherwise."""
    try:
        if _ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise InvalidValue(f"{label(name)} must be YYYY-MM-DD, not '{value}'")


def check_credits(credits: float, *, shown: object) -> float:
    """Credits that are a non-negative number; InvalidValue otherwise."""
    if not math.isfinite(credits) or credits < 0:
        raise InvalidValue(f"credits must be a non-negative number, not '{shown}'")
    return credits


def check_date_order(start: FieldData, end: FieldData) -> None:
    """InvalidValue when a start date is after its end date."""
    if isinstance(start, date) and isinstance(end, date) and start > end:
        raise InvalidValue(f"start date {start.isoformat()} is after end date {end.isoformat()}")


def clean(value: str | None) -> str | None:
    """Trimmed text; empty means None."""
    if value is None:
        return None
    return value.strip() or None


def label(name: str) -> str:
    """A field's name as people read it: "start date"."""
    return name.replace("_", " ")


def labels(names: Iterable[str]) -> str:
    """Field names as people read them, comma-separated."""
    return ", ".join(label(name) for name in names)


def as_text(value: FieldData) -> str | None:
    """How a value is written in history and JSON: dates as YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def values_from(extraction: Extraction) -> tuple[dict[str, FieldData], list[str]]:
    """The item's values from an extraction, and a problem per date not in YYYY-MM-DD form."""
    values: dict[str, FieldData] = {}
    problems: list[str] = []
    for name in FIELD_NAMES:
        raw = clean(extraction.fields.get(name, MISSING).value)
        if name in DATE_FIELDS and raw is not None:
            try:
                values[name] = parse_date(name, raw)
            except InvalidValue as exc:
                values[name] = None
                problems.append(str(exc))
        else:
            values[name] = raw
    return values, problems
