"""Course dates printed as months only: "Jan-Apr 2025", "December 2022 - February 2023".

The portal wants days. A certificate that prints only months gives the course's first and
last month; their first and last days are what a person would type, so they are offered —
never as sure: the item is flagged so that a person checks the days.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date

from pipeline.extract.candidates import Candidate
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


def month_dates(doc: Document) -> tuple[Candidate | None, Candidate | None, Problem | None]:
    """(start, end, the problem telling a person to check the days) from the first line
    that prints the course's months; (None, None, None) when no line does. A single month
    gives only the end: its last day."""
    for line, found in _mentions(doc):
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


def _mentions(doc: Document) -> Iterator[tuple[Line, re.Match[str]]]:
    """Month mentions outside every full date ("5 March 2025" is a day's date), on lines
    that do not print them as another period's."""
    for line in doc.lines():
        full = [m.span for m in find_dates(line.text)]
        for found in _MONTHS.finditer(line.text):
            inside = any(a < found.end() and found.start() < b for a, b in full)
            if not inside and not _NOT_THE_COURSE.search(line.text[: found.start()]):
                yield line, found


def _month(name: str) -> int:
    return MONTHS[loose(name.rstrip("."))]


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
