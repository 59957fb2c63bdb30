"""Placing one corrected value on its certificate: where it is printed, and the fixed text
beside it that finds it again on the next certificate of the layout (teach.py's helper).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pipeline.extract.dates import NumericOrder, find_dates
from pipeline.extract.fuzzy import SAME_TEXT, find_phrase, similar
from pipeline.extract.layout import Document, Line
from pipeline.extract.taught import (
    DATE_FIELDS,
    Locator,
    Relation,
    days_in,
    in_paragraph,
    phrase_pattern,
    read_value,
    spots,
    words_of,
)

LETTERS = re.compile(r"[^\W\d_]")


def place_value(
    field: str,
    value: str,
    dates: set[date],
    others: list[str],
    lines: list[Line],
    fixed: list[Line],
    order: NumericOrder | None,
    anchors: set[str],
    doc: Document,
) -> Locator | None:
    """The first way of placing the value that reads it back from this very page. A date
    printed in two places (a course day that is also an event's first day) is not placed:
    one certificate cannot tell which of them the layout means, unless only one of them
    holds just the person's dates (a session's day alone, not inside the event's range)."""
    found = occurrences(field, value, lines, order)
    if field in DATE_FIELDS:
        found = _explaining(found, dates, order)
        if len({id(line) for line, _ in found}) > 1:
            return None
    for line, start in found:
        for locator in _ways(field, value, others, line, start, fixed, order, doc, anchors):
            read = read_value(doc, locator, order, anchors)
            if read is not None and reads_as(read[0], value, ocr=line.read_by_ocr):
                return locator
    return None


def _explaining(
    found: list[tuple[Line, int]], dates: set[date], order: NumericOrder | None
) -> list[tuple[Line, int]]:
    """The occurrences whose line prints exactly the person's dates, when there are some."""
    exact = [
        (line, start) for line, start in found if set(days_in(line.text, order) or []) == dates
    ]
    return exact if exact else found


def occurrences(
    field: str, value: str, lines: list[Line], order: NumericOrder | None
) -> list[tuple[Line, int]]:
    """(line, offset where the value begins in it) for each place the value is printed."""
    found = []
    for line in lines:
        if field in DATE_FIELDS:
            mentions = find_dates(line.text, order=order)
            day = date.fromisoformat(value)
            if any(day in (days_in(m.text, order) or []) for m in mentions):
                found.append((line, mentions[0].span[0]))
            continue
        start = _start_in(line.text, value)
        if start is None and line.read_by_ocr:
            # A scan's words differ by a letter here and there from what the person typed.
            near = find_phrase(value, line.text)
            start = near[0] if near else None
        if start is not None:
            found.append((line, start))
    return found


def _start_in(text: str, value: str) -> int | None:
    """Where value (or, for a wrapped value, its first part) begins in text."""
    words = words_of(value)
    for count in range(len(words), 0, -1):
        pattern = r"[\W_]*".join(re.escape(w) for w in words[:count])
        tail = r"[\W_]*$" if count < len(words) else r"(?!\w)"
        match = re.search(rf"(?<!\w){pattern}{tail}", text, re.IGNORECASE)
        if match:
            return match.start()
        if count < len(words) and count < 2:
            break
    return None


def _ways(
    field: str,
    value: str,
    others: list[str],
    line: Line,
    start: int,
    fixed: list[Line],
    order: NumericOrder | None,
    doc: Document,
    anchors: set[str],
) -> list[Locator]:
    """Candidate locators, the most local first: after a label, beside it, below or above."""
    shape = re.compile(_code_shape(value)) if field == "validation_code" else None
    ways: list[Locator] = []
    prefix = _after_values(line.text[:start], others).strip()
    if len(LETTERS.findall(prefix)) >= 2:
        index = _day_index(field, value, line.text[start:], order)
        ways.append(Locator(field, prefix, "after", date=index, shape=shape))
        if field in ("course_name", "learner_name"):
            ways.extend(_ended(ways[-1], value, doc, anchors))
    else:  # nothing, or only a letter or a sign ("с", "«"), before the value on its line
        index = _day_index(field, value, line.text, order)
        left = [o for o in fixed if o.page == line.page and o.row == line.row and o.x1 <= line.x0]
        for other in sorted(left, key=lambda o: -o.x1)[:1]:
            ways.append(Locator(field, other.text, "right", date=index, shape=shape))
        for other in _nearest(line, fixed):
            where: Relation = "below" if other.top < line.top else "above"
            ways.append(
                Locator(
                    field,
                    other.text,
                    where,
                    offset=round(abs(line.top - other.top), 1),
                    span=(round(line.x0, 1), round(line.x1, 1)),
                    size=round(line.size, 1),
                    date=index,
                    shape=shape,
                )
            )
    return ways


def _ended(locator: Locator, value: str, doc: Document, anchors: set[str]) -> list[Locator]:
    """The locator with the fixed words that follow the value in its sentence ("» qui
    s'est déroulée", "has completed"): a value inside a sentence stops there."""
    lines = list(doc.lines())
    for spot in spots(doc, locator, anchors):
        joined = in_paragraph(spot, lines, None)
        match = re.match(phrase_pattern(value).pattern, joined.text, re.IGNORECASE)
        if match:
            words = re.findall(r"[^\W\d_]+", joined.text[match.end() :])[:3]
            return [replace(locator, until=" ".join(words))] if words else []
    return []


def _day_index(field: str, value: str, text: str, order: NumericOrder | None) -> int:
    if field not in DATE_FIELDS:
        return 1
    days = days_in(text, order) or []
    day = date.fromisoformat(value)
    return days.index(day) + 1 if day in days else 1


def _after_values(prefix: str, values: list[str]) -> str:
    """What of the text before a value follows the other values in it (the fixed part)."""
    for value in values:
        match = phrase_pattern(value).search(prefix)
        if match:
            prefix = prefix[match.end() :]
    return prefix


def _nearest(line: Line, fixed: list[Line]) -> list[Line]:
    """Fixed lines above or below, nearest first; those over the value's own column first."""
    same_page = [o for o in fixed if o.page == line.page and o.row != line.row]

    def cost(other: Line) -> tuple[bool, float]:
        over = min(other.x1, line.x1) - max(other.x0, line.x0) > 0
        return (not over, abs(other.top - line.top))

    return sorted(same_page, key=cost)[:3]


def _code_shape(code: str) -> str:
    """A pattern every code of the layout fits: the same separators, groups of the same
    length and kind of characters (digit-only groups may grow or shrink by one)."""
    parts = []
    for group, separator in re.findall(r"([A-Za-z0-9]+)([^A-Za-z0-9]*)", code):
        kinds = "0-9" if group.isdigit() else _letters_of(group) + "0-9"
        size = len(group)
        count = (
            f"{{{max(1, size - 1)},{size + 1}}}" if group.isdigit() and size >= 4 else f"{{{size}}}"
        )
        parts.append(f"[{kinds}]{count}{re.escape(separator)}")
    return "".join(parts) or re.escape(code)


def _letters_of(group: str) -> str:
    upper, lower = any(c.isupper() for c in group), any(c.islower() for c in group)
    if upper and lower:
        return "A-Za-z"
    return "a-z" if lower else "A-Z"


def reads_as(got: str, wanted: str, *, ocr: bool) -> bool:
    """Whether a value read back is the person's: the same, or on a scan nearly the same
    text (never a date or a code: those must be exact)."""
    if got == wanted:
        return True
    return ocr and not _looks_like_code_or_date(wanted) and similar(got, wanted) >= SAME_TEXT


def _looks_like_code_or_date(value: str) -> bool:
    return bool(re.fullmatch(r"[\w\-/.]+", value)) and bool(re.search(r"\d", value))
