"""What a certificate says it is worth: "CE Credits: 48", "40 CPE credits", "2.5 CEUs", "16 hours".

Only what is printed is read; CE credits are never derived from hours (the portal's catalog
decides what an item earns). When a page prints several kinds, the most specific wins:
CE credits, then CPE, then CEU, then hours.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.extract.layout import Document, Line
from pipeline.extract.model import CreditUnit, PrintedCredits, Problem, ProblemKind

_NUMBER = r"(?P<n>\d{1,4}(?:[.,]\d{1,2})?)"
_HOURS_WORD = (
    r"(?:hours?|hrs?\.?|horas?|heures?|stunden|std\.?|ore|uur|saat|godzin\w*|часов|часа|"
    r"h(?=\s*\d{1,2}\s*m\b|\s*$))"
)
_MINUTES = re.compile(r"^\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?\.?|minutos|minuten|m\b)", re.I)

# (unit, patterns): each pattern has a named group `n`, the number.
_RULES: tuple[tuple[CreditUnit, tuple[re.Pattern[str], ...]], ...] = (
    (
        "CE",
        (
            re.compile(
                rf"(?<![\w.,]){_NUMBER}\s*(?:CE|continuing\s+education)\s+(?:credits?|points?|units?)\b",
                re.I,
            ),
            re.compile(
                rf"\b(?:CE|continuing\s+education)\s+(?:credits?|points?)\s*(?:earned|awarded)?"
                rf"\s*[:=\-–]?\s*{_NUMBER}(?![\w.,]\d)",
                re.I,
            ),
        ),
    ),
    (
        "CPE",
        (
            re.compile(rf"(?<![\w.,]){_NUMBER}\s*CPEs?\b", re.I),
            re.compile(
                rf"(?<![\w-])CPEs?\s*(?:credits?|hours?|points?)?\s*(?:earned|awarded)?\s*"
                rf"[:=\-–]?\s*{_NUMBER}(?![\w.,]\d)(?![-/]\w)",
                re.I,
            ),
        ),
    ),
    (
        "CEU",
        (
            re.compile(rf"(?<![\w.,]){_NUMBER}\s*CEUs?\b", re.I),
            re.compile(
                rf"(?<![\w-])CEUs?\s*(?:earned|awarded)?\s*[:=\-–]?\s*{_NUMBER}"
                r"(?![\w.,]\d)(?![-/]\w)",
                re.I,
            ),
        ),
    ),
    (
        "hours",
        (
            re.compile(
                r"(?<![\w-])(?:credit|contact|training|total|learning|cpd)?\s*hours"
                rf"\s*(?::|=|-|–)\s*{_NUMBER}(?![\w.,]\d)",
                re.I,
            ),
            re.compile(
                r"(?<![\w-])(?:duration|length|dura[cç][aã]o|durée|dauer|duración|durata|süre|czas)"
                rf"\s*(?:de|:|=|-|–)?\s*{_NUMBER}\s*(?:total\s+)?{_HOURS_WORD}(?![\w-])",
                re.I,
            ),
            re.compile(
                rf"(?<![\w.,:/-]){_NUMBER}\s*(?:(?:credit|contact|training|learning|total)\s+)?"
                rf"{_HOURS_WORD}(?![\w-])",
                re.I,
            ),
        ),
    ),
)


def read_credits(doc: Document) -> tuple[PrintedCredits | None, Problem | None]:
    """The credits the certificate prints and, if it prints two figures of one kind, the
    CONFLICT saying so; the page's rows are gathered once for both."""
    lines = _rows(doc)
    return _first_credits(lines), _disagreement(lines)


def find_printed_credits(doc: Document) -> PrintedCredits | None:
    """The credits the certificate prints, the most specific kind first, or None."""
    return _first_credits(_rows(doc))


def _first_credits(lines: list[Line]) -> PrintedCredits | None:
    for unit, patterns in _RULES:
        for line, match in _matches(lines, patterns):
            value = _number(match.group("n"))
            if unit == "hours":
                minutes = _MINUTES.match(line.text[match.end() :])
                if minutes:
                    value = round(value + int(minutes.group(1)) / 60, 2)
            if 0 < value <= 1000:
                start, end = match.span("n")
                return PrintedCredits(value, unit, line.page, line.bbox_of(start, end))
    return None


def _disagreement(lines: list[Line]) -> Problem | None:
    """A CONFLICT when the page prints two different numbers of one kind of credit ("1.6
    CEUs" in the field, "approved for 2.0 CEUs" in the note): which one the item earns is
    for a person to say. Hours may differ (a course's length beside its credit hours)."""
    for unit, patterns in _RULES:
        if unit == "hours":
            continue
        values = sorted({_number(m.group("n")) for _, m in _matches(lines, patterns)} - {0.0})
        if len(values) > 1:
            shown = " and ".join(f"{v:g} {unit}" for v in values)
            return Problem(
                ProblemKind.CONFLICT,
                f"the certificate prints different credits, {shown}: check what it is worth",
            )
    return None


def _rows(doc: Document) -> list[Line]:
    """The page's lines, and each cell joined with the next cell of its row when that holds
    a bare number ("CEUs awarded | 8"): a label's number in the next cell is read with it."""
    rows: dict[tuple[int, int], list[Line]] = {}
    for line in doc.lines():
        rows.setdefault((line.page, line.row), []).append(line)
    joined: list[Line] = []
    for cells in rows.values():
        joined.extend(cells)
        ordered = sorted(cells, key=lambda cell: cell.x0)
        for label, value in itertools.pairwise(ordered):
            if _BARE_NUMBER.fullmatch(value.text.strip()):
                words = (*label.words, *value.words)
                joined.append(replace(label, words=words, x1=value.x1))
    return joined


_BARE_NUMBER = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?")


def _matches(
    lines: list[Line], patterns: tuple[re.Pattern[str], ...]
) -> Iterator[tuple[Line, re.Match[str]]]:
    for pattern in patterns:
        for line in lines:
            for match in pattern.finditer(line.text):
                yield line, match


def _number(text: str) -> float:
    return float(text.replace(",", "."))
