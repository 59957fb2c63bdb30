from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import (
    DateMention,
    NumericOrder,
    find_dates,
    infer_numeric_order,
    parse_date,
    partial_dates,
)

# ---------------------------------------------------------------------------------------------
# Our own formatter, independent of the module under test.

EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
FR_PLAIN = (
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
)
FR_ABBR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
PT = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)
IT = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Formatter = Callable[[date], str]
RangeFormatter = Callable[[date, date], str]


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def en(d: date) -> str:
    return EN[d.month - 1]


def abbr(d: date) -> str:
    return EN_ABBR[d.month - 1]


# Single-date formats that never depend on a day/month order.
NAMED: dict[str, Formatter] = {
    "April 20, 2023": lambda d: f"{en(d)} {d.day}, {d.year}",
    "Apr 20 2023": lambda d: f"{abbr(d)} {d.day} {d.year}",
    "20 Apr 2023": lambda d: f"{d.day} {abbr(d)} {d.year}",
    "20-Apr-2023": lambda d: f"{d.day:02d}-{abbr(d)[:3]}-{d.year}",
    "20th April 2023": lambda d: f"{ordinal(d.day)} {en(d)} {d.year}",
    "18th of October 2021": lambda d: f"{ordinal(d.day)} of {en(d)} {d.year}",
    "April 20th, 2023": lambda d: f"{en(d)} {ordinal(d.day)}, {d.year}",
    "Sept. 5, 2023": lambda d: f"{abbr(d)}. {d.day}, {d.year}",
    "Monday, April 20, 2023": lambda d: f"{WEEKDAYS[d.weekday()]}, {en(d)} {d.day}, {d.year}",
    "AUGUST 9, 2021": lambda d: f"{en(d).upper()} {d.day}, {d.year}",
    "tabs and spaces": lambda d: f"{d.day}\t{en(d)}   {d.year}",
    "spaced comma": lambda d: f"{en(d)}  {d.day} ,  {d.year}",
    "fr": lambda d: f"{d.day} {FR[d.month - 1]} {d.year}",
    "fr unaccented": lambda d: f"{d.day} {FR_PLAIN[d.month - 1]} {d.year}",
    "fr abbreviated": lambda d: f"{d.day} {FR_ABBR[d.month - 1]} {d.year}",
    "fr upper": lambda d: f"{d.day} {FR[d.month - 1].upper()} {d.year}",
    "de": lambda d: f"{d.day}. {DE[d.month - 1]} {d.year}",
    "es": lambda d: f"{d.day} de {ES[d.month - 1]} de {d.year}",
    "pt": lambda d: f"{d.day} de {PT[d.month - 1]} de {d.year}",
    "it": lambda d: f"{d.day} {IT[d.month - 1]} {d.year}",
    "nl": lambda d: f"{d.day} {NL[d.month - 1]} {d.year}",
    "iso": lambda d: f"{d:%Y-%m-%d}",
    "iso slash": lambda d: f"{d:%Y/%m/%d}",
    "iso dot": lambda d: f"{d:%Y.%m.%d}",
    "iso unpadded": lambda d: f"{d.year}-{d.month}-{d.day}",
}

# (order the text is written in, formatter, uses a two-digit year)
NUMERIC: dict[str, tuple[NumericOrder, Formatter, bool]] = {
    "20/04/2023": ("dmy", lambda d: f"{d:%d/%m/%Y}", False),
    "20.04.2023": ("dmy", lambda d: f"{d:%d.%m.%Y}", False),
    "20-04-2023": ("dmy", lambda d: f"{d:%d-%m-%Y}", False),
    "20/4/2023": ("dmy", lambda d: f"{d.day}/{d.month}/{d.year}", False),
    "04/20/2023": ("mdy", lambda d: f"{d:%m/%d/%Y}", False),
    "4/20/2023": ("mdy", lambda d: f"{d.month}/{d.day}/{d.year}", False),
    "20/04/23": ("dmy", lambda d: f"{d:%d/%m/%y}", True),
    "20.04.23": ("dmy", lambda d: f"{d:%d.%m.%y}", True),
    "04/20/23": ("mdy", lambda d: f"{d:%m/%d/%y}", True),
}

# Formats whose text starts with at least two digits, so a digit glued before changes a number.
PADDED: dict[str, Formatter] = {
    "20 April 2023": lambda d: f"{d:%d} {en(d)} {d.year}",
    "20-Apr-2023": NAMED["20-Apr-2023"],
    "20. April 2023": lambda d: f"{d:%d}. {DE[d.month - 1]} {d.year}",
    "20 de abril de 2023": lambda d: f"{d:%d} de {ES[d.month - 1]} de {d.year}",
    "iso": NAMED["iso"],
    "iso slash": NAMED["iso slash"],
    "iso dot": NAMED["iso dot"],
    **{name: NUMERIC[name][1] for name in ("20/04/2023", "20.04.2023", "20-04-2023", "04/20/2023")},
    **{name: NUMERIC[name][1] for name in ("20/04/23", "20.04.23", "04/20/23")},
}

PREFIXES = ("", "Completed on ", "Date:\t", "(", "Issued  ", "le ")
SUFFIXES = ("", ".", ")", " at 10:30", ", certificate ENCOR-350-401", "\nSigned")

all_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
twenty_first = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))

fast = settings(max_examples=200, deadline=None)


def single(text: str, s: str, offset: int, day: date) -> DateMention:
    return DateMention((offset, offset + len(s)), s, None, day)


def swapped(d: date) -> date | None:
    try:
        return date(d.year, d.day, d.month)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Property tests


@fast
@given(
    day=all_dates,
    fmt=st.sampled_from(sorted(NAMED)),
    prefix=st.sampled_from(PREFIXES),
    suffix=st.sampled_from(SUFFIXES),
)
def test_named_and_iso_dates_round_trip(day: date, fmt: str, prefix: str, suffix: str) -> None:
    s = NAMED[fmt](day)
    text = prefix + s + suffix
    assert find_dates(text) == [single(text, s, len(prefix), day)]
    assert parse_date(s) == day
    assert parse_date(f"  ({s}). ") == day


@fast
@given(
    day=all_dates,
    fmt=st.sampled_from(sorted(NUMERIC)),
    prefix=st.sampled_from(PREFIXES),
    suffix=st.sampled_from(SUFFIXES),
)
def test_numeric_dates_ambiguous_unless_order_decides(
    day: date, fmt: str, prefix: str, suffix: str
) -> None:
    order, formatter, two_digit = NUMERIC[fmt]
    if two_digit and day.year < 2000:
        day = day.replace(year=day.year + 100)
    s = formatter(day)
    text = prefix + s + suffix
    span = (len(prefix), len(prefix) + len(s))
    other_order: NumericOrder = "mdy" if order == "dmy" else "dmy"
    other = swapped(day)

    assert find_dates(text, order=order) == [DateMention(span, s, None, day)]
    assert parse_date(s, order=order) == day

    [mention] = find_dates(text)
    if "." in fmt:
        # Dotted dates are day-first wherever they are written: never ambiguous.
        assert mention == DateMention(span, s, None, day)
        assert find_dates(text, order=other_order)[0].end == day
        assert infer_numeric_order(text) == "dmy"
        return
    if other is not None and other != day:
        assert mention.ambiguous
        assert mention.start is None and mention.end is None
        assert not mention.is_range
        assert mention.span == span
        assert set(mention.readings) == {(None, day), (None, other)}
        assert parse_date(s) is None
        assert infer_numeric_order(text) is None
        assert find_dates(text, order=other_order)[0].end == other
    else:
        assert mention == DateMention(span, s, None, day)
        assert parse_date(s) == day
        # An order under which the date is impossible falls back to the only valid reading.
        assert find_dates(text, order=other_order)[0].end == day
        assert infer_numeric_order(text) == (None if other == day else order)


@fast
@given(
    day=all_dates,
    fmt=st.sampled_from(sorted(PADDED)),
    digit=st.sampled_from("0123456789"),
)
def test_digit_glued_before_never_matches(day: date, fmt: str, digit: str) -> None:
    assert find_dates(digit + PADDED[fmt](day)) == []


@fast
@given(
    day=twenty_first,
    # Every format but unpadded ISO ends with a four-digit year or a two-digit number.
    fmt=st.sampled_from(sorted(set(NAMED) - {"iso unpadded"}) + sorted(NUMERIC)),
    digit=st.sampled_from("0123456789"),
)
def test_digit_glued_after_never_matches(day: date, fmt: str, digit: str) -> None:
    formatter = NAMED[fmt] if fmt in NAMED else NUMERIC[fmt][1]
    assert find_dates(formatter(day) + digit) == []
    assert find_dates("Date: " + formatter(day) + digit + " end") == []


def _same_month(s: date, e: date) -> list[str]:
    y, m = e.year, e.month - 1
    return [
        f"{s.day}-{e.day} {EN[m]} {y}",
        f"{s.day} - {e.day} {EN[m]} {y}",
        f"{EN[m]} {s.day}-{e.day}, {y}",
        f"{EN[m].upper()} {s.day}-{e.day}, {y}",
        f"{EN[m]} {ordinal(s.day)} to {ordinal(e.day)}, {y}",
        f"{EN_ABBR[m]} {s.day} – {e.day} {y}",
        f"{ordinal(s.day)}-{ordinal(e.day)} {EN[m]} {y}",
        f"{s.day}. bis {e.day}. {DE[m]} {y}",
        f"{s.day} au {e.day} {FR[m]} {y}",
        f"{s.day} al {e.day} de {ES[m]} de {y}",
        f"{s.day} a {e.day} de {PT[m]} de {y}",
        f"{s.day}—{e.day} {IT[m]} {y}",
        f"{s.day} tot {e.day} {NL[m]} {y}",
    ]


def _cross_month(s: date, e: date) -> list[str]:
    y = e.year
    return [
        f"{s.day} {abbr(s)} - {e.day} {abbr(e)} {y}",
        f"{s.day} {en(s)} to {e.day} {en(e)} {y}",
        f"{en(s)} {s.day} - {en(e)} {e.day}, {y}",
        f"{abbr(s)} {ordinal(s.day)} – {abbr(e)} {ordinal(e.day)}, {y}",
        f"{s.day} {FR[s.month - 1]} au {e.day} {FR[e.month - 1]} {y}",
        f"{s.day} de {ES[s.month - 1]} al {e.day} de {ES[e.month - 1]} de {y}",
    ]


@st.composite
def short_ranges(draw: st.DrawFn) -> tuple[date, date]:
    start = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 10, 1)))
    return start, start + timedelta(days=draw(st.integers(0, 90)))


@fast
@given(
    bounds=short_ranges(),
    pick=st.integers(0, 100),
    prefix=st.sampled_from(PREFIXES),
    suffix=st.sampled_from(SUFFIXES),
)
def test_compact_ranges_round_trip(
    bounds: tuple[date, date], pick: int, prefix: str, suffix: str
) -> None:
    s, e = bounds
    forms = _cross_month(s, e)
    if (s.year, s.month) == (e.year, e.month):
        forms += _same_month(s, e)
    r = forms[pick % len(forms)]
    text = prefix + r + suffix
    [mention] = find_dates(text)
    assert mention == DateMention((len(prefix), len(prefix) + len(r)), r, s, e)
    assert mention.is_range
    assert parse_date(r) is None


SEPARATORS = (
    "-",
    " - ",
    " – ",
    "—",
    " — ",
    " to ",
    " through ",
    " thru ",
    " until ",
    " till ",
    " bis ",
    " au ",
    " al ",
    " a ",
)


@st.composite
def long_ranges(draw: st.DrawFn) -> tuple[date, date]:
    start = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2097, 1, 1)))
    return start, start + timedelta(days=draw(st.integers(0, 1000)))


@fast
@given(
    bounds=long_ranges(),
    fmt=st.sampled_from(sorted(NAMED)),
    sep=st.sampled_from(SEPARATORS),
    prefix=st.sampled_from(PREFIXES),
)
def test_full_date_pairs_round_trip(
    bounds: tuple[date, date], fmt: str, sep: str, prefix: str
) -> None:
    s, e = bounds
    r = NAMED[fmt](s) + sep + NAMED[fmt](e)
    text = prefix + r + " (5 days)"
    assert find_dates(text) == [DateMention((len(prefix), len(prefix) + len(r)), r, s, e)]


@fast
@given(bounds=long_ranges(), fmt=st.sampled_from(sorted(NAMED)), sep=st.sampled_from(SEPARATORS))
def test_backwards_pair_is_two_single_dates(bounds: tuple[date, date], fmt: str, sep: str) -> None:
    early, late = bounds
    if early == late:
        late += timedelta(days=1)
    first, second = NAMED[fmt](late), NAMED[fmt](early)
    text = first + sep + second
    assert find_dates(text) == [
        single(text, first, 0, late),
        single(text, second, len(first) + len(sep), early),
    ]


@fast
@given(
    bounds=long_ranges(),
    fmt=st.sampled_from([name for name, spec in NUMERIC.items() if not spec[2]]),
    sep=st.sampled_from((" - ", " – ", " to ", "–")),
)
def test_numeric_pairs_round_trip(bounds: tuple[date, date], fmt: str, sep: str) -> None:
    s, e = bounds
    order, formatter, _ = NUMERIC[fmt]
    r = formatter(s) + sep + formatter(e)
    assert find_dates(r, order=order) == [DateMention((0, len(r)), r, s, e)]

    # Without an order: the true reading is always offered, and a second one only when the
    # swapped reading is also a forward range of real dates.
    [mention] = find_dates(r)
    alt_s, alt_e = swapped(s), swapped(e)
    alternatives = {(s, e)}
    if alt_s is not None and alt_e is not None and alt_s <= alt_e and "." not in fmt:
        alternatives.add((alt_s, alt_e))
    if len(alternatives) == 2:
        assert mention.ambiguous and mention.is_range
        assert (mention.start, mention.end) == (None, None)
        assert set(mention.readings) == alternatives
    else:
        assert mention == DateMention((0, len(r)), r, s, e)


# ---------------------------------------------------------------------------------------------
# Examples


def ends(text: str, order: NumericOrder | None = None) -> list[tuple[str, date | None]]:
    return [(m.text, m.end) for m in find_dates(text, order=order)]


def ranges(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(m.text, m.start, m.end) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-04-20", date(2023, 4, 20)),
        ("2023/04/20", date(2023, 4, 20)),
        ("2023.04.20", date(2023, 4, 20)),
        ("2023-04-02", date(2023, 4, 2)),  # year first is never ambiguous
        ("20/04/2023", date(2023, 4, 20)),
        ("20.04.2023", date(2023, 4, 20)),
        ("20-04-2023", date(2023, 4, 20)),
        ("4/20/2023", date(2023, 4, 20)),
        ("20/04/23", date(2023, 4, 20)),
        ("20.04.23", date(2023, 4, 20)),
        ("05/05/2023", date(2023, 5, 5)),
        ("29/02/2024", date(2024, 2, 29)),
        ("April 20, 2023", date(2023, 4, 20)),
        ("Apr 20 2023", date(2023, 4, 20)),
        ("20 Apr 2023", date(2023, 4, 20)),
        ("20-Apr-2023", date(2023, 4, 20)),
        ("20th April 2023", date(2023, 4, 20)),
        ("18th of October 2021", date(2021, 10, 18)),
        ("the 18th day of October, 2021", date(2021, 10, 18)),
        ("the eighth day of October, 2025", date(2025, 10, 8)),
        ("Eighth Day Of October Of The Year 2025", date(2025, 10, 8)),
        ("twenty-first day of May 2024", date(2024, 5, 21)),
        ("the Thirty First day of December 2019", date(2019, 12, 31)),
        ("April 20th, 2023", date(2023, 4, 20)),
        ("Sept. 5, 2023", date(2023, 9, 5)),
        ("Sept.5, 2023", date(2023, 9, 5)),
        ("Monday, April 20, 2023", date(2023, 4, 20)),
        ("AUGUST 9, 2021", date(2021, 8, 9)),
        ("1er mai 2023", date(2023, 5, 1)),
        ("12 février 2023", date(2023, 2, 12)),
        ("12 fe\u0301vrier 2023", date(2023, 2, 12)),  # decomposed accent
        ("15 aout 2023", date(2023, 8, 15)),
        ("20. April 2023", date(2023, 4, 20)),
        ("3. Jänner 2022", date(2022, 1, 3)),
        ("4. März 2021", date(2021, 3, 4)),
        ("4. Maerz 2021", date(2021, 3, 4)),
        ("Montag, 20. April 2023", date(2023, 4, 20)),
        ("20 de abril de 2023", date(2023, 4, 20)),
        ("1º de mayo del 2023", date(2023, 5, 1)),
        ("5 de setiembre de 2022", date(2022, 9, 5)),
        ("20 de março de 2023", date(2023, 3, 20)),
        ("20 aprile 2023", date(2023, 4, 20)),
        ("20 maart 2023", date(2023, 3, 20)),
        ("7 DÉCEMBRE 2023", date(2023, 12, 7)),
        ("3 марта 2024", date(2024, 3, 3)),
        ("18 Φεβρουαρίου 2024", date(2024, 2, 18)),
        ("15 Mart 2024", date(2024, 3, 15)),
        ("12 listopada 2023", date(2023, 11, 12)),
        ("ngày 18 tháng 3 năm 2024", date(2024, 3, 18)),
        ("18 tháng 3, 2024", date(2024, 3, 18)),
        ("20 Apr 2023 10:30", date(2023, 4, 20)),
        ("2023-04-20T10:30:00", date(2023, 4, 20)),
    ],
)
def test_single_date_examples(text: str, expected: date) -> None:
    [mention] = find_dates(text)
    assert mention.end == expected
    assert mention.start is None
    assert not mention.ambiguous
    assert mention.text == text.split(" 10:30")[0].split("T10")[0].removeprefix("the ")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("12-16 June 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("12 - 16 June 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("June 12-16, 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("AUGUST 9-11, 2021", date(2021, 8, 9), date(2021, 8, 11)),
        ("June 12 - June 16, 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("June 12, 2023 - June 16, 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("21 May - 18 Jun 2025", date(2025, 5, 21), date(2025, 6, 18)),
        ("28 Dec 2023 - 3 Jan 2024", date(2023, 12, 28), date(2024, 1, 3)),
        ("28 Dec - 3 Jan 2024", date(2023, 12, 28), date(2024, 1, 3)),
        ("Dec 28 - Jan 3, 2024", date(2023, 12, 28), date(2024, 1, 3)),
        ("2023-06-12 to 2023-06-16", date(2023, 6, 12), date(2023, 6, 16)),
        ("12/06/2023 – 16/06/2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("12/06/2023-16/06/2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("12 June 2023 through 16 June 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("June 12th to 16th, 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("12. bis 16. Juni 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("12 au 16 juin 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("12 al 16 de junio de 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("3 по 7 марта 2024", date(2024, 3, 3), date(2024, 3, 7)),
        ("10 έως 14 Απριλίου 2024", date(2024, 4, 10), date(2024, 4, 14)),
        ("21–23 listopada 2023", date(2023, 11, 21), date(2023, 11, 23)),
        ("3 do 7 marca 2024", date(2024, 3, 3), date(2024, 3, 7)),
        (
            "ngày 04 tháng 3 năm 2024 đến ngày 26 tháng 4 năm 2024",
            date(2024, 3, 4),
            date(2024, 4, 26),
        ),
        ("Monday 12 - Friday 16 June 2023", date(2023, 6, 12), date(2023, 6, 16)),
        ("12 June 2023 - 12 June 2023", date(2023, 6, 12), date(2023, 6, 12)),
        ("2023-04-20 – 25 April 2023", date(2023, 4, 20), date(2023, 4, 25)),
        # Only one reading of the pair is a forward range, so the order is settled.
        ("05/06/2023 - 25/06/2023", date(2023, 6, 5), date(2023, 6, 25)),
        ("05/06/2023 - 04/07/2023", date(2023, 6, 5), date(2023, 7, 4)),
    ],
)
def test_range_examples(text: str, start: date, end: date) -> None:
    assert ranges(text) == [(text, start, end)]
    assert find_dates(text)[0].is_range


def test_range_span_leaves_out_from() -> None:
    text = "Attended from 12 June 2023 to 16 June 2023."
    [mention] = find_dates(text)
    assert mention.text == "12 June 2023 to 16 June 2023"
    assert text[mention.span[0] : mention.span[1]] == mention.text
    assert ranges("du 12 au 16 juin 2023") == [
        ("12 au 16 juin 2023", date(2023, 6, 12), date(2023, 6, 16))
    ]


def test_ambiguous_numeric_date() -> None:
    [mention] = find_dates("Completed 04/05/2023")
    assert mention == DateMention(
        (10, 20),
        "04/05/2023",
        None,
        None,
        ambiguous=True,
        readings=((None, date(2023, 5, 4)), (None, date(2023, 4, 5))),
    )
    assert not mention.is_range
    assert ends("04/05/2023", order="dmy") == [("04/05/2023", date(2023, 5, 4))]
    assert ends("04/05/2023", order="mdy") == [("04/05/2023", date(2023, 4, 5))]


def test_order_that_makes_a_date_impossible_falls_back() -> None:
    assert ends("25/04/2023", order="mdy") == [("25/04/2023", date(2023, 4, 25))]
    assert ends("04/25/2023", order="dmy") == [("04/25/2023", date(2023, 4, 25))]


def test_ambiguous_numeric_range() -> None:
    [mention] = find_dates("01/02/2023 - 03/04/2023")
    assert mention.ambiguous and mention.is_range
    assert (mention.start, mention.end) == (None, None)
    assert mention.readings == (
        (date(2023, 2, 1), date(2023, 4, 3)),
        (date(2023, 1, 2), date(2023, 3, 4)),
    )
    [resolved] = find_dates("01/02/2023 - 03/04/2023", order="mdy")
    assert (resolved.start, resolved.end) == (date(2023, 1, 2), date(2023, 3, 4))


def test_range_backwards_under_the_given_order_is_two_dates() -> None:
    assert ends("05/06/2023 - 04/07/2023", order="mdy") == [
        ("05/06/2023", date(2023, 5, 6)),
        ("04/07/2023", date(2023, 4, 7)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "16 June 2023 - 12 June 2023",
        "2023-06-16 to 2023-06-12",
        "June 16, 2023 – June 12, 2023",
    ],
)
def test_backwards_range_is_two_dates(text: str) -> None:
    mentions = find_dates(text)
    assert [(m.start, m.end) for m in mentions] == [
        (None, date(2023, 6, 16)),
        (None, date(2023, 6, 12)),
    ]


def test_backwards_compact_range_keeps_only_the_complete_date() -> None:
    assert ranges("12 June - 10 June 2023") == [("10 June 2023", None, date(2023, 6, 10))]
    assert find_dates("June 16-12, 2023") == []


def test_several_mentions_in_order() -> None:
    text = (
        "Issued Monday, April 20, 2023 for the course held 12-16 June 2023; "
        "valid until 2026-04-20. Ref 12/06/2023,13/06/2023"
    )
    assert [(m.text, m.start, m.end, m.ambiguous) for m in find_dates(text)] == [
        ("Monday, April 20, 2023", None, date(2023, 4, 20), False),
        ("12-16 June 2023", date(2023, 6, 12), date(2023, 6, 16), False),
        ("2026-04-20", None, date(2026, 4, 20), False),
        ("12/06/2023", None, None, True),
        ("13/06/2023", None, date(2023, 6, 13), False),
    ]
    for m in find_dates(text):
        assert text[m.span[0] : m.span[1]] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "2023123",
        "June 12, 20231",
        "120/04/2023",
        "20/04/20231",
        "1.20.04.2023",
        "20.04.2023.5",
        "10:30",
        "1.2.3",
        "version 2.1.20",
        "v12.10.20",
        "ENCOR-350-401",
        "ENCOR-12-06-2023",
        "+1 408-526-4000",
        "(555) 123-4567",
        "+44 20 7946 0958",
        "+33 1 23 45 67 89",
        "192.168.12.06",
        "ISBN 978-3-16-148410-0",
        "12-16",
        "pages 12-16 of 20",
        "31 April 2023",
        "29/02/2023",
        "29 Feb 2023",
        "2023-13-01",
        "2023-02-30",
        "32/01/2023",
        "00/01/2023",
        "20 April 1850",
        "20 April 2150",
        "01/01/1899",
        "20-04-23",  # two-digit years only with / or .
        "April 2023",
        "May 5",
        "20Apr2023",
        "12 out of 2023",
        "the first day of school 2020",  # an ordinal word needs "day of" and a month
        "thirtieth day of February 2024",
        "\ua7ff\ua7ff\ua7ff 5, 2023",  # the letters that stand in for month names inside
        "5 \ua7ff\ua7ff\ua7ff 2023",
        "\ua7fd\ua7fd day of May 2023",
        "",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25/04/2023", "dmy"),
        ("25.04.2023", "dmy"),
        ("on 25/04/23", "dmy"),
        ("04/25/2023", "mdy"),
        ("4/25/23 and 04/05/2023", "mdy"),
        ("04/05/2023 then 25/04/2023", "dmy"),
        ("16/06/2023-12/06/2023", "dmy"),
        ("04/05/2023", None),
        ("05/05/2023", None),
        ("25/04/2023 and 04/26/2023", None),
        ("2023-04-25", None),
        ("25 April 2023", None),
        ("31/02/2023", None),  # impossible under either order
        ("120/04/2023", None),
        ("no dates here", None),
    ],
)
def test_infer_numeric_order(text: str, expected: NumericOrder | None) -> None:
    assert infer_numeric_order(text) == expected


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("20 April 2023", None, date(2023, 4, 20)),
        ("  20 April 2023.  ", None, date(2023, 4, 20)),
        ("(2023-04-20)", None, date(2023, 4, 20)),
        ("Monday, April 20, 2023", None, date(2023, 4, 20)),
        ("04/05/2023", None, None),
        ("04/05/2023", "mdy", date(2023, 4, 5)),
        ("04/05/2023", "dmy", date(2023, 5, 4)),
        ("Date: 20 April 2023", None, None),
        ("20 April 2023 onwards", None, None),
        ("12-16 June 2023", None, None),
        ("20 April 2023, 21 April 2023", None, None),
        ("16 June 2023 - 12 June 2023", None, None),
        ("nothing", None, None),
    ],
)
def test_parse_date(text: str, order: NumericOrder | None, expected: date | None) -> None:
    assert parse_date(text, order=order) == expected


def test_is_range() -> None:
    assert DateMention((0, 1), "x", date(2023, 1, 1), date(2023, 1, 2)).is_range
    assert not DateMention((0, 1), "x", None, date(2023, 1, 2)).is_range
    assert DateMention(
        (0, 1), "x", None, None, True, ((date(2023, 1, 1), date(2023, 1, 2)),)
    ).is_range


def test_ordinal_range_written_out() -> None:
    [mention] = find_dates("held from the 3rd to the 7th of November 2025")
    assert (mention.start, mention.end) == (date(2025, 11, 3), date(2025, 11, 7))


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("Term: Spring 2025", ["Spring 2025"]),
        ("Completed in October 2024.", ["October 2024"]),
        ("Wintersemester 2023", ["Wintersemester 2023"]),
        ("mars 2024", ["mars 2024"]),
        ("19 March 2025", []),  # a full date is not partial
        ("Issued March 3, 2025", []),
        ("© 2025 Acme Learning", []),
    ],
)
def test_partial_dates(text: str, partial: list[str]) -> None:
    assert partial_dates(text) == partial


def test_only_a_day_first_language_settles_the_order() -> None:
    from pipeline.extract.date_order import order_of_language

    german = "Hiermit wird bestätigt, dass die Teilnehmerin den Kurs mit Erfolg und in der Zeit"
    assert order_of_language(german * 2) == "dmy"
    assert order_of_language("Настоящим удостоверяется, что слушатель прошёл обучение") == "dmy"
    short = "Certificamos que Ana concluiu o curso com êxito, na modalidade online. Emitido em"
    assert order_of_language(short) == "dmy"  # a short certificate: few words, none English
    english = "This is to certify that the learner has completed the course on the platform"
    assert order_of_language(english * 3) is None
    assert order_of_language("Zertifikat für") is None  # too little to tell
    mixed = english * 3 + " Zertifikat für den Kurs"
    assert order_of_language(mixed) is None


def test_a_certificate_in_two_languages_is_dated_by_its_day_first_page() -> None:
    from pipeline.extract.date_order import order_of_language

    german = "Hiermit wird die Teilnahme bestätigt. Der Aufwand für den Kurs wurde mit 4 Stunden"
    english = "This is to certify that the learner has completed the course on the platform"
    assert order_of_language(german + "\f" + english * 3) == "dmy"
    assert order_of_language(english * 3 + "\f" + english) is None
