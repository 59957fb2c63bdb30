"""Find and parse dates and date ranges in text taken from certificates.

A wrong date shown as certain is the worst failure the product can have, so the grammar is
strict: numbers glued to other digits are never dates, impossible dates give no mention, and a
numeric date whose day/month order cannot be decided is returned as ambiguous with every
reading instead of a guess.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, NamedTuple

from pipeline.extract.date_grammar import (
    COMPACT_RE,
    HS,
    NOT_LETTER,
    PAIR_RE,
    SEP,
    SINGLE_RE,
    day_number,
    mask_words,
    month_of,
)
from pipeline.extract.date_words import (
    MONTH_NAMES_FLAT,
    WEEKDAY_OF,
    alternation,
)
from pipeline.text import loose

NumericOrder = Literal["dmy", "mdy"]


@dataclass(frozen=True)
class DateMention:
    """A date or date range in text; an ambiguous one lists its readings instead of guessing."""

    span: tuple[int, int]  # [start, end) character offsets of the whole mention in the text
    text: str  # text[span[0]:span[1]]
    start: date | None  # first day of a range; None for a single date
    end: date | None  # the date itself, or a range's last day; None only when ambiguous
    ambiguous: bool = False  # day/month order could not be decided
    readings: tuple[tuple[date | None, date], ...] = ()  # when ambiguous: every (start, end)

    @property
    def is_range(self) -> bool:
        """True for a range, including an ambiguous one (all its readings are ranges)."""
        if self.ambiguous:
            return any(start is not None for start, _ in self.readings)
        return self.start is not None


# ---------------------------------------------------------------------------------------------
# Interpretation


class _Parsed(NamedTuple):
    """A date under each numeric order; both fields are equal unless the text is d/m or m/d."""

    dmy: date | None
    mdy: date | None


_INVALID = _Parsed(None, None)


@dataclass(frozen=True)
class _Candidate:
    span: tuple[int, int]
    mentions: tuple[DateMention, ...]
    parsed: tuple[_Parsed, ...]


def _make_date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2099:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _same(year: int, month: int, day: int) -> _Parsed:
    d = _make_date(year, month, day)
    return _Parsed(d, d)


def _numeric(a: str, sep: str, b: str, year_text: str) -> _Parsed:
    if len(year_text) == 2:
        # Two-digit years only with / or .; with dots both parts must be padded, which keeps
        # version numbers such as 2.1.20 out.
        if sep == "-" or (sep == "." and (len(a) < 2 or len(b) < 2)):
            return _INVALID
        year = 2000 + int(year_text)
    else:
        year = int(year_text)
    day_first = _make_date(year, int(b), int(a))
    if sep == ".":
        # Dotted numeric dates (04.03.2024) are day-first wherever they are written, and
        # tell the rest of the page that it writes dates day-first too.
        return _Parsed(day_first, None)
    return _Parsed(day_first, _make_date(year, int(a), int(b)))


def _group(m: re.Match[str], name: str) -> str:
    value = m.group(name)
    assert value is not None, name
    return value


def _parse_single(m: re.Match[str], p: str, text: str) -> _Parsed:
    if m.group(p + "iy") is not None:
        year, month, day = (int(_group(m, p + g)) for g in ("iy", "im", "id"))
        return _same(year, month, day)
    if m.group(p + "na") is not None:
        return _numeric(*(_group(m, p + g) for g in ("na", "ns", "nb", "ny")))
    if m.group(p + "vd") is not None:
        year, month, day = (int(_group(m, p + g)) for g in ("vy", "vm", "vd"))
        return _same(year, month, day)
    form = next(f for f in ("t", "w", "u") if m.group(p + f + "d") is not None)
    named = month_of(m, p + form + "m", text)
    if named is None:
        return _INVALID
    start, end = m.span(p + form + "d")  # a day in words is masked: read it from the text
    return _same(int(_group(m, p + form + "y")), named, day_number(text[start:end]))


def _parse_compact(m: re.Match[str], text: str) -> tuple[date, date] | None:
    f = "f" if m.group("fd1") is not None else "g"
    # Day-first forms may omit the first month (12-16 June), month-first the second (June 12-16).
    first_group = f + "m1" if m.group(f + "m1") is not None else f + "m2"
    last_group = f + "m2" if m.group(f + "m2") is not None else f + "m1"
    first_month, last_month = month_of(m, first_group, text), month_of(m, last_group, text)
    if first_month is None or last_month is None:
        return None
    year = int(_group(m, f + "y"))
    # Only the end carries the year: 28 Dec - 3 Jan 2024 starts in 2023.
    start_year = year - 1 if first_month > last_month else year
    start = _make_date(start_year, first_month, int(_group(m, f + "d1")))
    end = _make_date(year, last_month, int(_group(m, f + "d2")))
    if start is None or end is None or start > end:
        return None
    return start, end


def _in_order(parsed: _Parsed, order: NumericOrder | None) -> tuple[date | None, date | None]:
    return (parsed.mdy, parsed.dmy) if order == "mdy" else (parsed.dmy, parsed.mdy)


def _single_dates(parsed: _Parsed, order: NumericOrder | None) -> list[date]:
    """The possible dates: one when certain, two when ambiguous, none when impossible."""
    preferred, other = _in_order(parsed, order)
    if order is not None:
        # An order that makes the date impossible (25/04 as m/d) yields to the valid one.
        chosen = preferred if preferred is not None else other
        return [] if chosen is None else [chosen]
    return list(dict.fromkeys(d for d in (preferred, other) if d is not None))


def _range_readings(
    first: _Parsed, last: _Parsed, order: NumericOrder | None
) -> list[tuple[date, date]]:
    """Readings that make first..last a forward range; both ends always share one order."""
    readings = list(zip(_in_order(first, order), _in_order(last, order), strict=True))
    if order is not None:
        for start, end in readings:
            if start is not None and end is not None:
                return [(start, end)] if start <= end else []
        return []
    valid = (
        (start, end)
        for start, end in readings
        if start is not None and end is not None and start <= end
    )
    return list(dict.fromkeys(valid))


def _mention(
    text: str, span: tuple[int, int], readings: list[tuple[date | None, date]]
) -> DateMention:
    source = text[span[0] : span[1]]
    if len(readings) > 1:
        readings = _on_its_weekday(source, readings)  # (the grammar takes a weekday in)
    if len(readings) == 1:
        start, end = readings[0]
        return DateMention(span, source, start, end)
    return DateMention(span, source, None, None, ambiguous=True, readings=tuple(readings))


# The last word before the date's digits: where a weekday stands.
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_][\w-]*)\.?[\s,]*(?=\d[\d\W]*$)")


def _on_its_weekday(
    mention: str, readings: list[tuple[date | None, date]]
) -> list[tuple[date | None, date]]:
    """The readings whose (last) day falls on the weekday printed right before it ("Friday,
    3/8/2024" is 8 March: 3 August 2024 was a Saturday); all of them when none is printed
    or none falls on it."""
    found = _WEEKDAY_BEFORE.search(mention.rstrip())
    day = WEEKDAY_OF.get(loose(found.group(1))) if found else None
    if day is None:
        return readings
    on_it = [r for r in readings if r[1].weekday() == day]
    return on_it or readings


def _single_mention(
    text: str, span: tuple[int, int], parsed: _Parsed, order: NumericOrder | None
) -> DateMention | None:
    dates = _single_dates(parsed, order)
    return _mention(text, span, [(None, d) for d in dates]) if dates else None


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The match at every start position, so overlapping candidates are all seen."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _candidates(text: str, order: NumericOrder | None) -> Iterator[_Candidate]:
    masked = mask_words(text)
    for m in _scan(SINGLE_RE, masked):
        parsed = _parse_single(m, "s", text)
        single = _single_mention(text, m.span(), parsed, order)
        if single is not None:
            yield _Candidate(m.span(), (single,), (parsed,))
    for m in _scan(PAIR_RE, masked):
        first, last = _parse_single(m, "a", text), _parse_single(m, "b", text)
        readings = _range_readings(first, last, order)
        if readings:
            mentions: tuple[DateMention, ...] = (_mention(text, m.span(), list(readings)),)
        else:
            # Not a forward range under any reading: the two dates stand on their own.
            parts = (
                _single_mention(text, m.span("a"), first, order),
                _single_mention(text, m.span("b"), last, order),
            )
            mentions = tuple(part for part in parts if part is not None)
        if mentions:
            yield _Candidate(m.span(), mentions, (first, last))
    for m in _scan(COMPACT_RE, masked):
        compact = _parse_compact(m, text)
        if compact is not None:
            yield _Candidate(m.span(), (_mention(text, m.span(), [compact]),), ())


def _select(text: str, order: NumericOrder | None) -> list[_Candidate]:
    """Leftmost, then longest, non-overlapping candidates."""
    chosen: list[_Candidate] = []
    taken_until = 0
    for candidate in sorted(_candidates(text, order), key=lambda c: (c.span[0], -c.span[1])):
        if candidate.span[0] >= taken_until:
            chosen.append(candidate)
            taken_until = candidate.span[1]
    return chosen


# ---------------------------------------------------------------------------------------------
# Public API


def find_dates(text: str, *, order: NumericOrder | None = None) -> list[DateMention]:
    """Every date or date range in text, in order of appearance, non-overlapping.

    With ``order`` None a numeric date such as 04/05/2023 is returned ambiguous, with both
    readings; pass the order (e.g. from :func:`infer_numeric_order`) to resolve it.
    """
    return [
        _from_the_first_listed_day(text, mention)
        for candidate in _select(text, order)
        for mention in candidate.mentions
    ]


# Days listed before a range's first day ("nei giorni 7, 8 e 9 ottobre"): the list's first
# is the course's first day.
_JOINED_BY_AND = re.compile(r"^\d{1,2}\s+(?:and|e|y|et|und|i|en|og|och)\s+\d", re.IGNORECASE)
_LISTED_DAYS = re.compile(r"(?<![\d./-])(\d{1,2})(?:\s*,\s*\d{1,2})*\s*,\s*$")


def _from_the_first_listed_day(text: str, mention: DateMention) -> DateMention:
    """A range read from its last two listed days, started at the list's first day."""
    if mention.ambiguous or mention.start is None or not _JOINED_BY_AND.search(mention.text):
        return mention
    listed = _LISTED_DAYS.search(text[: mention.span[0]])
    if listed is None:
        return mention
    days = [int(d) for d in re.findall(r"\d{1,2}", listed.group(0))]
    # The listed days run up to the range's first, a course day or two apart ("Room 5, 8 and
    # 9 March" is a room).
    run = [*days, mention.start.day]
    if days[0] < 1 or not all(0 < b - a <= 2 for a, b in itertools.pairwise(run)):
        return mention
    day = days[0]
    start = mention.start.replace(day=day)
    span = (listed.start(), mention.span[1])
    return replace(mention, span=span, text=text[span[0] : span[1]], start=start)


_SEASONS = (
    "spring summer autumn fall winter term semester trimester quarter frühjahr frühling sommer "
    "herbst wintersemester sommersemester primavera verano otoño invierno printemps été automne "
    "hiver estate autunno inverno"
)
_PARTIAL_RE = re.compile(
    rf"(?<![\w]){alternation([*MONTH_NAMES_FLAT, *_SEASONS.split()])}{NOT_LETTER}\.?"
    rf"(?:{HS}+(?:term|semester|de|of))?{SEP}(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)


def partial_dates(text: str) -> list[str]:
    """A month or season with only a year ("March 2025", "Spring 2025"): when a course was
    taken, printed too coarsely to be a date — outside every full date in text."""
    full = [m.span for m in find_dates(text)]
    return [
        m.group(0)
        for m in _PARTIAL_RE.finditer(text)
        if not any(start < m.end() and m.start() < end for start, end in full)
    ]


def infer_numeric_order(text: str) -> NumericOrder | None:
    """'dmy' or 'mdy' when an unambiguous all-numeric date in text (e.g. 25/04/2023 or
    04/25/2023) settles the order; None when none does or they disagree."""
    votes: set[NumericOrder] = set()
    for candidate in _select(text, None):
        for parsed in candidate.parsed:
            if parsed.dmy is not None and parsed.mdy is None:
                votes.add("dmy")
            elif parsed.mdy is not None and parsed.dmy is None:
                votes.add("mdy")
    return votes.pop() if len(votes) == 1 else None


def parse_date(text: str, *, order: NumericOrder | None = None) -> date | None:
    """The single date that is the whole of text (surrounding whitespace/punctuation allowed),
    or None (also None when ambiguous)."""
    mentions = find_dates(text, order=order)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    if mention.ambiguous or mention.is_range:
        return None
    start, end = mention.span
    if any(ch.isalnum() for ch in text[:start] + text[end:]):
        return None
    return mention.end
