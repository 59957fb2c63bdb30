"""Course dates printed as months only: "Jan-Apr 2025", "December 2022 - February 2023".

The portal wants days. A certificate that prints only months gives the course's first and
last month; their first and last days are what a person would type, so they are offered —
never as sure: the item is flagged so that a person checks the days. `with_months` puts them
in place of the course dates when no day of the course is read, or when a course-date label
names the months and no label names the days read (a signing date, say).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from pipeline.extract.candidates import Candidate
from pipeline.extract.course_dates import CourseDates
from pipeline.extract.date_roles import DatedMention, DateLabels, Role
from pipeline.extract.date_words import MONTH_NAMES_FLAT, MONTHS, alternation
from pipeline.extract.dates import find_dates
from pipeline.extract.layout import Document, Line
from pipeline.extract.model import Problem, ProblemKind
from pipeline.text import loose

_MONTH = rf"(?<![^\W\d_]){alternation(MONTH_NAMES_FLAT)}(?![^\W\d_])\.?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_TO = r"\s*(?:[-–—]|to|through|until|till|bis|au|à|a|al|até|do)\s*"
_MONTHS = re.compile(
    rf"(?P<first>{_MONTH})(?:,?\s*(?P<first_year>{_YEAR}))?{_TO}(?P<last>{_MONTH}),?\s*"
    rf"(?P<year>{_YEAR})|(?P<only>{_MONTH}),?\s*(?P<only_year>{_YEAR})",
    re.IGNORECASE,
)
# A month printed after these is some other period's (a validity, a birth), not the course's.
_NOT_THE_COURSE = re.compile(
    r"valid|expir|renew|born|birth|g[üu]ltig|validit|vencimiento|scadenza", re.IGNORECASE
)
MONTHS_ONLY = 0.6


def month_dates(
    doc: Document, labelled: re.Pattern[str] | None = None
) -> tuple[Candidate | None, Candidate | None, Problem | None]:
    """(start, end, the problem telling a person to check the days) from the first line
    that prints the course's months; (None, None, None) when no line does. A single month
    gives only the end: its last day. With `labelled`, only months that pattern labels
    (matching the text before them on their line) count."""
    lines = list(doc.lines())
    for line, found in _mentions(doc):
        if labelled is not None and not labelled.search(_before(line, found, lines)):
            continue
        span = found.group(0).strip()
        bbox = line.bbox_of(found.start(), found.end() - found.start())
        source = "months only"
        if found.group("only"):
            month = _month(found.group("only"))
            year = int(found.group("only_year"))
            end = _last_day(year, month)
            candidate = Candidate("end_date", end.isoformat(), MONTHS_ONLY, line.page, bbox, source)
            told = f"'{span}' prints a month only: the end date is set to its last day"
            told += f", {end:%-d %B %Y}: check it"
            return None, candidate, Problem(ProblemKind.UNSURE, told, "end_date")
        last_year = int(found.group("year"))
        first_month, last_month = _month(found.group("first")), _month(found.group("last"))
        first_year = int(found.group("first_year") or 0) or (
            last_year if first_month <= last_month else last_year - 1
        )
        start, end = date(first_year, first_month, 1), _last_day(last_year, last_month)
        if start > end:
            continue
        told = (
            f"'{span}' prints months only: the dates are set to {start:%-d %B %Y} – "
            f"{end:%-d %B %Y}: check the days"
        )
        return (
            Candidate("start_date", start.isoformat(), MONTHS_ONLY, line.page, bbox, source),
            Candidate("end_date", end.isoformat(), MONTHS_ONLY, line.page, bbox, source),
            Problem(ProblemKind.UNSURE, told, "end_date"),
        )
    return None, None, None


def with_months(
    doc: Document, dates: CourseDates, dated: list[DatedMention], labels: DateLabels
) -> CourseDates:
    """The course dates; with no day's date of the course read, the months it prints
    (offered unsure), telling so instead of "not found". Months a course-date label names
    ("Termín konání: září 2024") also beat days that no label names (a signing date)."""
    if any(p.kind in (ProblemKind.CONFLICT, ProblemKind.AMBIGUOUS_DATE) for p in dates.problems):
        return dates
    if dates.start is None and dates.end is None and not dates.none_printed:
        start, end, told = month_dates(doc)
        kept = tuple(p for p in dates.problems if p.kind != ProblemKind.NOT_FOUND)
    elif all(d.role in _NO_COURSE_LABEL for d in dated):
        start, end, told = month_dates(doc, _course_date_labels(labels))
        kept = tuple(p for p in dates.problems if p.field not in ("start_date", "end_date"))
    else:
        return dates
    if end is None or told is None:
        return dates
    return replace(
        dates, start=start, end=end, problems=(*kept, told), start_not_printed=start is None
    )


# Dates no label calls the course's: months a course-date label names are better evidence.
_NO_COURSE_LABEL = frozenset({Role.UNLABELED, Role.ISSUED, Role.EXCLUDED})


def _course_date_labels(labels: DateLabels) -> re.Pattern[str]:
    """Any label that names a course date, right before the value."""
    return re.compile(
        "|".join(
            f"(?:{labels.anchored[role].pattern})"
            for role in (Role.COURSE, Role.COMPLETION, Role.START, Role.END)
        ),
        re.IGNORECASE,
    )


def _mentions(doc: Document) -> Iterator[tuple[Line, re.Match[str]]]:
    """Month mentions outside every full date ("5 March 2025" is a day's date), on lines
    that do not print them as another period's."""
    for line in doc.lines():
        full = [m.span for m in find_dates(line.text)]
        for found in _MONTHS.finditer(line.text):
            inside = any(a < found.end() and found.start() < b for a, b in full)
            if not inside and not _NOT_THE_COURSE.search(line.text[: found.start()]):
                yield line, found


def _before(line: Line, found: re.Match[str], lines: list[Line]) -> str:
    """The text before a mention: on its line, or the cell left of it on its row."""
    before = line.text[: found.start()]
    if before.strip():
        return before
    left = [o for o in lines if o.page == line.page and o.row == line.row and o.x1 <= line.x0]
    return max(left, key=lambda o: o.x1).text if left else ""


def _month(name: str) -> int:
    return MONTHS[loose(name.rstrip("."))]


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
