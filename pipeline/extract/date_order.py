"""The day/month order a certificate's language implies, when no date on it settles it.

Only English is written both ways (4/10/2023 is 10 April in London, 4 October in New York).
Every other language a certificate is written in puts the day first, so a page whose wording
is mostly such a language reads 10/08/23 as 10 August. English wording, or too little of
anything, settles nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from pipeline.extract.course_dates import CourseDates
from pipeline.extract.dates import DateMention, NumericOrder, find_dates
from pipeline.extract.model import Problem, ProblemKind

# Short words that occur in every sentence of their language and are not English words.
_FUNCTION_WORDS = {
    "German": "der das und für mit von den dem des ist wird wurde zum zur eine einer nicht auf",
    "Dutch": "het en voor met van een heeft dat wij aan deze hierbij namens door bij uur",
    "French": "le la les et pour avec du une est été au aux par sur",
    "Spanish": "el los las y para con del ha sido que",
    "Italian": "il gli della per è stato",
    "Portuguese": "os da do uma foi em na no com",
    "Polish": "że się jest został dla oraz jako",
    "Turkish": "ve ile için bir",
    "Swedish": "och för som att ett",
}
_DAY_FIRST_WORDS = frozenset(w for words in _FUNCTION_WORDS.values() for w in words.split())
_ENGLISH_WORDS = frozenset(
    ("the", "and", "of", "for", "has", "with", "this", "that", "to", "on", "is", "was", "by")
)
_WORD = re.compile(r"[^\W\d_]+")
# Scripts whose languages all put the day first (Cyrillic, Greek).
_DAY_FIRST_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_ENOUGH = 4


def order_of_language(text: str) -> NumericOrder | None:
    """'dmy' when the wording of a page (pages are separated by form feeds) is mostly a
    language that writes the day first, else None. A certificate printed in two languages
    (German, then English) dates both pages alike: the English page settles nothing."""
    for page in text.split("\f"):
        if _order_of_page(page) is not None:
            return "dmy"
    return None


def _order_of_page(text: str) -> NumericOrder | None:
    words = Counter(w.lower() for w in _WORD.findall(text))
    day_first = sum(n for w, n in words.items() if w in _DAY_FIRST_WORDS)
    english = sum(n for w, n in words.items() if w in _ENGLISH_WORDS)
    script = len(_DAY_FIRST_SCRIPT.findall(text))
    if script >= 10 * _ENOUGH and script > 4 * english:
        return "dmy"
    if day_first >= _ENOUGH and day_first >= 3 * english:
        return "dmy"
    return None


def order_of_twin(text: str) -> NumericOrder | None:
    """'dmy' or 'mdy' when one reading of an ambiguous numeric date is a day the text also
    prints unambiguously ("Date Sept. 4, 2025" beside "completed … on 09/04/2025": the same
    day printed twice); None when none is, or they disagree."""
    mentions = find_dates(text)
    certain = {m.end for m in mentions if not m.ambiguous and not m.is_range and m.end}
    votes: set[NumericOrder] = set()
    for mention in mentions:
        if not mention.ambiguous or mention.is_range:
            continue
        read = {order: find_dates(mention.text, order=order) for order in _ORDERS}
        days = {order: found[0].end if found else None for order, found in read.items()}
        matching = [order for order in _ORDERS if days[order] in certain]
        if len(matching) == 1:
            votes.add(matching[0])
    return votes.pop() if len(votes) == 1 else None


_ORDERS: tuple[NumericOrder, ...] = ("dmy", "mdy")


# "Duration: 5 days", "a 3-day workshop", "5 jours": how long the course ran.
_DAYS_LONG = re.compile(
    r"(?<![\d.,])(\d{1,2})[\s-]*(?:days?|jours?|tagen?|tage|d[ií]as|giorni|dagen|dni)\b",
    re.IGNORECASE,
)


def order_of_duration(text: str) -> NumericOrder | None:
    """The day/month order under which a numeric range lasts as long as the page says the
    course did ("03/03/2025 - 07/03/2025" beside "Duration: 5 days" is 3-7 March, not
    3 March - 3 July); None when no printed length tells the readings apart."""
    lengths = {int(found.group(1)) for found in _DAYS_LONG.finditer(text)}
    if not lengths:
        return None
    orders: tuple[NumericOrder, ...] = ("dmy", "mdy")
    fitting = [
        order
        for order in orders
        if any(_lasts(mention.start, mention.end, lengths) for mention in _ranges(text, order))
    ]
    return fitting[0] if len(fitting) == 1 else None


def _ranges(text: str, order: NumericOrder) -> list[DateMention]:
    return [m for m in find_dates(text, order=order) if m.start is not None and m.end]


def _lasts(start: date | None, end: date | None, lengths: set[int]) -> bool:
    """Whether start..end (both days counted) lasts one of `lengths` days, or working days."""
    if start is None or end is None or end < start:
        return False
    days = (end - start).days + 1
    working = sum((start + timedelta(n)).weekday() < 5 for n in range(min(days, 400)))
    return days in lengths or working in lengths


# Dates whose day/month order only the printed length settles: likely, not sure.
BY_LENGTH = 0.75


def unsure_by_length(dates: CourseDates) -> CourseDates:
    """The course dates, unsure and saying why: their day/month order is inferred from how
    long the page says the course ran, not printed."""
    start, end = dates.start, dates.end
    if end is None:
        return dates
    told = Problem(
        ProblemKind.UNSURE,
        "the day/month order of the dates is taken from the course's printed length: check them",
        "end_date",
    )
    return replace(
        dates,
        start=replace(start, confidence=min(start.confidence, BY_LENGTH)) if start else None,
        end=replace(end, confidence=min(end.confidence, BY_LENGTH)),
        problems=(*dates.problems, told),
    )
