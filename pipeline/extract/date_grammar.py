"""The grammar that finds dates in text: month and weekday names masked, days, months and
years as pattern fragments, and the compiled patterns for one date, a pair (a range) and a
compact range ("10-14 March 2025"). `dates` parses what they match."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial

from pipeline.extract.date_words import (
    MONTH_NAMES_FLAT,
    MONTHS,
    ORDINAL_DAYS,
    RANGE_WORDS,
    WEEKDAY_NAMES,
    alternation,
)
from pipeline.text import loose

# ---------------------------------------------------------------------------------------------
# Grammar. Every token is a function of a group-name prefix because Python's re forbids the
# same group name twice in one pattern, and a range holds two dates.

_MONTH_MASK, _WEEKDAY_MASK, _ORDINAL_MASK = "\ua7ff", "\ua7fe", "\ua7fd"  # see mask_words
HS = r"[ \t\u00a0\u2009\u202f]"  # horizontal space only: a date never spans lines
SEP = rf"(?:{HS}*[,./\-]{HS}*|{HS}+)"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~"
_RSEP = (
    rf"(?:{HS}*[{re.escape(_DASHES)}]{HS}*"
    rf"|{HS}+(?:tot{HS}+en{HS}+met|{alternation(RANGE_WORDS.split())}){HS}+"
    rf"(?:ngày{HS}+)?"  # Vietnamese "từ ngày 4/3/2024 đến ngày 29/3/2024"
    rf"|{HS}+all['’]{HS}*)"  # Italian "dal 4 all'8 marzo"
)
NOT_LETTER = r"(?![^\W\d_])"
_WEEKDAY = rf"(?:{_WEEKDAY_MASK}+{NOT_LETTER}\.?(?:{HS}*,{HS}*|{HS}+))?"
_OF = rf"(?:(?:(?:day{HS}+)?of|de|del|di){HS}+)?"  # 18th of October, 20 de abril
_DE = rf"(?:(?:de|del|di){HS}+)?"  # abril de 2023
# Not glued to a word or to digits before it (120/04/2023, 1.20.04.2023, ENCOR-12-06-2023)...
_BEFORE = r"(?<!\w)(?<!\d[./:\-])(?<![^\W\d_][\-/])"
# ...nor to digits after it (20/04/20231, 2023-04-20.1); letters after are allowed (T10:30).
_AFTER = r"(?!\d)(?![./:\-]\d)"


def _day(g: str) -> str:
    return rf"(?P<{g}>[0-9]{{1,2}})(?![0-9])(?:st|nd|rd|th|er|º|°|ª|\.)?"


def _word_day(g: str) -> str:
    """A day written as an ordinal word, followed by "day of" (which makes it a date)."""
    return rf"(?P<{g}>{_ORDINAL_MASK}+){HS}+day{HS}+of{HS}+"


def day_number(text: str) -> int:
    """A day's number from its digits or its ordinal word (0 when it is neither)."""
    if text.isdigit():
        return int(text)
    return ORDINAL_DAYS.get(re.sub(r"\s+", " ", text.lower()), 0)


def _month(g: str) -> str:
    # Month names are masked before matching (see mask_words): the grammar sees the mask.
    return rf"(?P<{g}>{_MONTH_MASK}+){NOT_LETTER}\.?"


def _words(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words (or phrases) of a vocabulary, case-insensitive."""
    return re.compile(rf"(?<![^\W\d_]){alternation(words)}(?![^\W\d_])", re.IGNORECASE)


# Letters no certificate prints stand in for each letter of a month name, a weekday and an
# ordinal day ("twenty-first"), so each vocabulary (hundreds of names, accents optional) is
# compiled once, not in every form of the grammar: compiling it was the slowest part of
# starting a reader. Spans do not move, and a name is read back from the original text.
_MASKED = (
    (_words(MONTH_NAMES_FLAT), _MONTH_MASK),
    (_words(WEEKDAY_NAMES.split()), _WEEKDAY_MASK),
    (_words(ORDINAL_DAYS), _ORDINAL_MASK),
)


def mask_words(text: str) -> str:
    for pattern, mask in _MASKED:
        text = pattern.sub(partial(_masked, mask), text)
    return text


def _masked(mask: str, found: re.Match[str]) -> str:
    return mask * len(found.group())


def month_of(m: re.Match[str], group: str, text: str) -> int | None:
    start, end = m.span(group)
    return MONTHS.get(loose(text[start:end]))


def _year(g: str) -> str:
    return rf"(?P<{g}>(?:19|20)[0-9]{{2}})(?![0-9])"


def _single(p: str) -> str:
    """One complete date; sub-forms are told apart by the prefixes i, n, t and u."""
    iso = (
        rf"(?P<{p}iy>(?:19|20)[0-9]{{2}})(?P<{p}is>[-/.])(?P<{p}im>[0-9]{{1,2}})"
        rf"(?P={p}is)(?P<{p}id>[0-9]{{1,2}})(?![0-9])"
    )
    numeric = (
        rf"(?P<{p}na>[0-9]{{1,2}})(?P<{p}ns>[-/.])(?P<{p}nb>[0-9]{{1,2}})"
        rf"(?P={p}ns)(?P<{p}ny>(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9])"
    )
    day_first = rf"{_day(p + 'td')}{SEP}{_OF}{_month(p + 'tm')}{SEP}{_DE}{_year(p + 'ty')}"
    # "eighth day of October, 2025", "Eighth Day Of October Of The Year 2025"
    in_words = (
        rf"{_word_day(p + 'wd')}{_month(p + 'wm')}{SEP}"
        rf"(?:of{HS}+)?(?:the{HS}+)?(?:year{HS}+)?{_year(p + 'wy')}"
    )
    month_first = rf"{_month(p + 'um')}{SEP}{_day(p + 'ud')}{SEP}{_year(p + 'uy')}"
    # Vietnamese: "ngày 18 tháng 3 năm 2024", "18 tháng 3, 2024" (months are numbered).
    numbered_month = (
        rf"(?:ng[àa]y{HS}+)?(?P<{p}vd>[0-9]{{1,2}}){HS}+th[áa]ng{HS}+(?P<{p}vm>[0-9]{{1,2}})"
        rf"(?:{HS}*,{HS}*|{HS}+)(?:n[ăa]m{HS}+)?{_year(p + 'vy')}"
    )
    forms = f"{iso}|{numeric}|{day_first}|{month_first}|{numbered_month}|{in_words}"
    return rf"(?P<{p}>{_WEEKDAY}(?:{forms}))"


# 12-16 June 2023, 12 June - 16 June 2023, 28 Dec - 3 Jan 2024, del 12 al 16 de junio de 2023
_COMPACT_DAY_FIRST = (
    rf"{_WEEKDAY}{_day('fd1')}(?:{SEP}{_OF}{_month('fm1')})?{_RSEP}(?:the{HS}+)?"
    rf"{_WEEKDAY}{_day('fd2')}{SEP}{_OF}{_month('fm2')}{SEP}{_DE}{_year('fy')}"
)
# June 12-16, 2023, June 12th to 16th, 2023, Dec 28 - Jan 3, 2024
_COMPACT_MONTH_FIRST = (
    rf"{_WEEKDAY}{_month('gm1')}{SEP}{_day('gd1')}{_RSEP}"
    rf"{_WEEKDAY}(?:{_month('gm2')}{SEP})?{_day('gd2')}{SEP}{_year('gy')}"
)

SINGLE_RE = re.compile(_BEFORE + _single("s") + _AFTER, re.IGNORECASE)
PAIR_RE = re.compile(_BEFORE + _single("a") + _RSEP + _single("b") + _AFTER, re.IGNORECASE)
COMPACT_RE = re.compile(
    rf"{_BEFORE}(?:{_COMPACT_DAY_FIRST}|{_COMPACT_MONTH_FIRST}){_AFTER}", re.IGNORECASE
)
