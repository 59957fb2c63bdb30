"""Course dates printed as months only: "Jan-Apr 2025", "December 2022 - February 2023".

The portal wants days. A certificate that prints only months gives the course's first and
last month; their first and last days are what a person types (and what the blind sets'
authors wrote), so they are offered. Sure when the months stand on their own line or under
a course-date label — the certificate's whole statement of when the course ran, read from
the text layer; flagged when other words introduce them ("Rev. May 2023" in a footer may
be no course's month). `with_months` puts them in place of the course dates when no day
of the course is read, or when a course-date label names the months and no label names
the days read (a signing date, say).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from enum import Enum

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
# Months standing alone or under a course-date label: measured right 10 of 10 over every
# corpus (the first and last days being what the printed values' authors wrote).
MONTHS_STATED = 0.85
# Months that state the course's period on their own: nothing but a word of time before
# them ("in", "during"), nothing but a parenthesis after ("(12 week course)"). A footer's
# "© March 2024 Acme Inc." or "Rev. May 2023" is no course's month.
_STATING_BEFORE = re.compile(r"^\s*(?:(?:in|during|held|from)\s+)?$", re.IGNORECASE)
_STATING_AFTER = re.compile(r"^\s*(?:\([^()]*\))?\s*[.,]?\s*$")
# Parts of a line set apart by a dot or a bar ("Cohort 7 · March – May 2025 · 60 hours"):
# each stands on its own.
_SEGMENT = re.compile(r"\s[·•|]\s")


class Needed(Enum):
    """Which months count: any, only those a course-date label names, or only those that
    state the period (labelled, or standing on their own)."""

    ANY = "any"
    LABELLED = "labelled"
    STATED = "stated"


def month_dates(
    doc: Document, course_labels: re.Pattern[str], needed: Needed = Needed.ANY
) -> tuple[Candidate | None, Candidate | None, Problem | None]:
    """(start, end, the problem telling a person to check the days — None when the months
    state the course's period on their own or under one of `course_labels`) from the first
    line that prints months `needed` counts; (None, None, None) when no line does. A single
    month gives only the end: its last day."""
    lines = list(doc.lines())
    for line, found in _mentions(doc):
        before = _before(line, found, lines)
        labelled = course_labels.search(before) is not None
        stated = labelled or (
            _STATING_BEFORE.match(_SEGMENT.split(before)[-1]) is not None
            and _STATING_AFTER.match(_SEGMENT.split(line.text[found.end() :])[0]) is not None
        )
        if (needed is Needed.LABELLED and not labelled) or (needed is Needed.STATED and not stated):
            continue
        confidence = MONTHS_STATED if stated else MONTHS_ONLY
        span = found.group(0).strip()
        bbox = line.bbox_of(found.start(), found.end() - found.start())
        if found.group("only"):
            month = _month(found.group("only"))
            year = int(found.group("only_year"))
            end = _last_day(year, month)
            source = f"month only '{span}': its last day"
            candidate = Candidate("end_date", end.isoformat(), confidence, line.page, bbox, source)
            told = f"'{span}' prints a month only: the end date is set to its last day"
            told += f", {end:%-d %B %Y}: check it"
            problem = None if stated else Problem(ProblemKind.UNSURE, told, "end_date")
            return None, candidate, problem
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
        first, last = (f"months only '{span}': {day}" for day in ("the first day", "the last day"))
        return (
            Candidate("start_date", start.isoformat(), confidence, line.page, bbox, first),
            Candidate("end_date", end.isoformat(), confidence, line.page, bbox, last),
            None if stated else Problem(ProblemKind.UNSURE, told, "end_date"),
        )
    return None, None, None


def with_months(
    doc: Document, dates: CourseDates, dated: list[DatedMention], labels: DateLabels
) -> CourseDates:
    """The course dates; with no day's date of the course read, the months it prints
    (their first and last days), telling so instead of "not found". Months a course-date label names
    ("Termín konání: září 2024") also beat days that no label names (a signing date)."""
    if any(p.kind in (ProblemKind.CONFLICT, ProblemKind.AMBIGUOUS_DATE) for p in dates.problems):
        return dates
    if dates.start is None and dates.end is None and not dates.none_printed:
        start, end, told = month_dates(doc, _course_date_labels(labels))
        kept = tuple(p for p in dates.problems if p.kind != ProblemKind.NOT_FOUND)
    elif all(d.role in _NO_COURSE_LABEL for d in dated):
        # An issue date is no course date: months stating the period on their own beat it.
        issued = all(d.role in (Role.ISSUED, Role.EXCLUDED) for d in dated)
        needed = Needed.STATED if issued else Needed.LABELLED
        start, end, told = month_dates(doc, _course_date_labels(labels), needed)
        kept = tuple(p for p in dates.problems if p.field not in ("start_date", "end_date"))
    else:
        return dates
    if end is None:
        return dates
    problems = (*kept, told) if told is not None else kept
    return replace(dates, start=start, end=end, problems=problems, start_not_printed=start is None)


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
