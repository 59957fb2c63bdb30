"""Which of a certificate's dates are the course's start and end, and which are not.

The dates come classified (`date_roles`); the best-ranked role wins, a range is the course's
dates, and dates that disagree are a conflict for a person to settle, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.extract.candidates import Candidate
from pipeline.extract.date_roles import DatedMention, Role
from pipeline.extract.model import Problem, ProblemKind

_CONFIDENCE = {
    Role.END: 0.95,
    Role.START: 0.95,
    Role.COMPLETION: 0.95,
    Role.COURSE: 0.92,
    Role.GENERIC: 0.88,
    Role.UNLABELED: 0.7,
    Role.ISSUED: 0.7,
}
_TRUSTED = 0.9  # what a profile's say-so raises an unlabeled or issue date to
_UNLABELED_RANGE = 0.88
_ONLY_DATE = 0.82
_TOLD_OTHERWISE = 0.6  # a labelled completion date the sentence contradicts


@dataclass(frozen=True)
class CourseDates:
    """The chosen start and end dates (None when unknown) and what to tell the user."""

    start: Candidate | None
    end: Candidate | None
    problems: tuple[Problem, ...]
    # Dates are printed, but none of them is the course's (only "valid until", "born on"…).
    none_printed: bool = False
    # Only one date (or one month) is printed, so there is no start to read.
    start_not_printed: bool = False


def choose_course_dates(
    found: list[DatedMention],
    *,
    one_day_event: bool,
    unlabeled_is_completion: bool = False,
    issued_is_completion: bool = False,
    others_unread: bool = False,
) -> CourseDates:
    """Pick start and end from classified dates; never guess between conflicting ones.

    `others_unread`: the page prints a course date that could not be read, so a date that
    looks like the only one is not known to be the completion date."""
    problems: list[Problem] = []
    unclear = [f for f in found if f.mention.ambiguous and f.role != Role.EXCLUDED]
    if len(unclear) == 1:
        readings = " or ".join(_describe(r) for r in unclear[0].mention.readings)
        text = f"'{unclear[0].mention.text}' could be {readings}: day/month order unclear"
        problems.append(Problem(ProblemKind.AMBIGUOUS_DATE, text, "end_date"))
    elif unclear:  # one line for them all: a person settles the order once
        each = " and ".join(
            f"'{f.mention.text}' ({' or '.join(_describe(r) for r in f.mention.readings)})"
            for f in unclear
        )
        text = f"day/month order unclear in {each}"
        problems.append(Problem(ProblemKind.AMBIGUOUS_DATE, text, "end_date"))
    broken = [f"'{item.mention.text}'" for item in found if item.role == Role.BROKEN]
    if broken:  # one line for them all: both ends of one range are one doubt
        parts = " and ".join(broken)
        which = "are parts of a date range" if len(broken) > 1 else "is part of a date range"
        problems.append(
            Problem(ProblemKind.NOT_FOUND, f"{parts} {which} that cannot be read", "end_date")
        )
    usable = _without_expiry([f for f in found if f.role not in (Role.EXCLUDED, Role.BROKEN)])
    starts = [f for f in usable if f.role == Role.START and not f.mention.ambiguous]
    end_tiers = [Role.END, Role.COMPLETION, Role.COURSE, Role.GENERIC, Role.UNLABELED, Role.ISSUED]
    chosen: DatedMention | None = None
    confidence = 0.0
    for role in end_tiers:
        tier = [f for f in usable if f.role == role]
        if not tier:
            continue
        if any(f.mention.ambiguous for f in tier):
            return CourseDates(None, None, tuple(problems))
        ranges = [f for f in tier if f.mention.start is not None]
        # A range is the course's dates; a lone date beside it is when it was signed.
        competing = ranges or tier
        distinct = {(f.mention.start, f.mention.end) for f in competing}
        chosen = competing[0]
        confidence = _confidence(role, unlabeled_is_completion, issued_is_completion)
        if role in (Role.UNLABELED, Role.ISSUED) and confidence < _TRUSTED:
            # A range printed on a certificate is the course's dates; a date that is the only
            # one on the page is its completion date, whatever its label (none, or "issued":
            # measured over every corpus, an only issue date was the completion date 9 in 9).
            if chosen.mention.start is not None:
                confidence = _UNLABELED_RANGE
            elif len({f.mention.end for f in usable}) == 1 and not others_unread:
                confidence = _ONLY_DATE
        whole = _enclosing(ranges)
        if whole is not None:
            chosen = whole  # "September 9 – December 2" over its modules' ranges inside it
        elif len(_distinct_ends(distinct)) > 1:
            listed = ", ".join(sorted({f.mention.text for f in competing}))
            problems.append(
                Problem(
                    ProblemKind.CONFLICT,
                    f"different {_role_words(role)} dates on the certificate: {listed}",
                    "end_date",
                )
            )
            chosen = None
            break
        told = _told_otherwise(chosen, usable) if role in (Role.END, Role.COMPLETION) else None
        if told is not None:
            problems.append(
                Problem(
                    ProblemKind.CONFLICT,
                    f"the completion date {chosen.mention.text!r} differs from the course's "
                    f"'{told.label} {told.mention.text}'",
                    "end_date",
                )
            )
            confidence = min(confidence, _TOLD_OTHERWISE)
        if role in (Role.UNLABELED, Role.ISSUED) and confidence < 0.8:
            problems.append(
                Problem(
                    ProblemKind.UNSURE,
                    f"end date {chosen.mention.text!r} has no completion label"
                    + (" (it is the issue date)" if role == Role.ISSUED else ""),
                    "end_date",
                )
            )
        break

    end: Candidate | None = None
    start: Candidate | None = None
    if chosen is not None and chosen.mention.end is not None:
        source = _source(chosen)
        end = Candidate(
            "end_date", chosen.mention.end.isoformat(), confidence, chosen.page, chosen.bbox, source
        )
        if chosen.mention.start is not None:
            start = Candidate(
                "start_date",
                chosen.mention.start.isoformat(),
                confidence,
                chosen.page,
                chosen.bbox,
                source,
            )
    if start is None and chosen is not None and chosen.mention.start is None:
        start = _start_of_range_ending(
            chosen, usable, unlabeled_is_completion, issued_is_completion
        )
    if starts:
        first = starts[0]
        assert first.mention.end is not None
        start = Candidate(
            "start_date",
            first.mention.end.isoformat(),
            _CONFIDENCE[Role.START],
            first.page,
            first.bbox,
            _source(first),
        )
        if len({f.mention.end for f in starts}) > 1:
            problems.append(
                Problem(
                    ProblemKind.CONFLICT, "different start dates on the certificate", "start_date"
                )
            )
            start = _lowered(start, 0.4)
    if start is None and end is not None and one_day_event:
        start = Candidate(
            "start_date",
            end.value,
            end.confidence,
            end.page,
            end.bbox,
            "one-day event: same day as the end date",
        )
    unreadable = any(f.mention.ambiguous or f.role == Role.BROKEN for f in found)
    none_printed = (
        end is None and not usable and not unreadable and not others_unread and bool(found)
    )
    if end is None and chosen is None and not unreadable and not none_printed:
        problems.append(Problem(ProblemKind.NOT_FOUND, "no completion date found", "end_date"))
    # No range, no start label: the certificate prints one date, whatever is unsure about it.
    one_date = (
        start is None
        and end is not None
        and not unreadable
        and not others_unread
        and not any(f.mention.start is not None or f.role == Role.START for f in found)
    )
    return CourseDates(
        start, end, tuple(problems), none_printed=none_printed, start_not_printed=one_date
    )


def _told_otherwise(chosen: DatedMention, usable: list[DatedMention]) -> DatedMention | None:
    """A date the wording gives the course ("… completed the course X on 9 May 2025", "…
    held from 7 to 9 October") whose last day differs from the one labelled as its end."""
    if chosen.mention.start is not None:
        return None
    for item in usable:
        said_on = item.role == Role.GENERIC and item.label.casefold() == "on"
        # (A range that begins after the labelled end is a later course's: "the follow-up
        # training runs from 15 to 17 April".)
        ran = (
            item.role in (Role.COURSE, Role.GENERIC)
            and item.mention.start is not None
            and chosen.mention.end is not None
            and item.mention.start <= chosen.mention.end
        )
        if (
            (said_on and item.mention.start is None) or ran
        ) and item.mention.end != chosen.mention.end:
            return item
    return None


def _without_expiry(usable: list[DatedMention]) -> list[DatedMention]:
    """Drop an unlabelled date that is another date 1-5 years on (the same day, or the day
    before): "October 29, 2022" beside "October 29, 2024" is a validity period's end."""
    single = [f for f in usable if f.mention.start is None and f.mention.end]
    plain = [f for f in single if f.role in (Role.UNLABELED, Role.GENERIC)]
    expiries = set()
    for first in single:  # the day it was earned, whatever its label ("Issued on" too)
        for later in plain:
            assert first.mention.end is not None and later.mention.end is not None
            years = later.mention.end.year - first.mention.end.year
            if 1 <= years <= 5 and _anniversary(first.mention.end, later.mention.end, years):
                expiries.add(id(later))
    return [f for f in usable if id(f) not in expiries]


def _anniversary(day: date, later: date, years: int) -> bool:
    try:
        same = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        same = day.replace(year=day.year + years, day=28)
    return 0 <= (same - later).days <= 1


def _distinct_ends(values: set[tuple[date | None, date | None]]) -> set[date | None]:
    return {end for _, end in values}


def _start_of_range_ending(
    chosen: DatedMention, usable: list[DatedMention], unlabeled_ok: bool, issued_ok: bool
) -> Candidate | None:
    """The start of the one range that ends on the chosen end date ("… du 14" / "au 18 juillet
    2025", the table's "du 14 au 18 juillet 2025"): the two agree on the course's end."""
    ranges = [
        f for f in usable if f.mention.start is not None and f.mention.end == chosen.mention.end
    ]
    if not ranges or len({f.mention.start for f in ranges}) > 1:
        return None
    found = ranges[0]
    assert found.mention.start is not None
    return Candidate(
        "start_date",
        found.mention.start.isoformat(),
        _confidence(found.role, unlabeled_ok, issued_ok),
        found.page,
        found.bbox,
        _source(found),
    )


def _confidence(role: Role, unlabeled_ok: bool, issued_ok: bool) -> float:
    if (role == Role.UNLABELED and unlabeled_ok) or (role == Role.ISSUED and issued_ok):
        return _TRUSTED
    return _CONFIDENCE[role]


def _role_words(role: Role) -> str:
    return {Role.UNLABELED: "unlabelled", Role.GENERIC: "'Date'"}.get(role, role.name.lower())


def _source(item: DatedMention) -> str:
    if item.label:
        return f"date labelled '{item.label}'"
    return "date without a label"


def _describe(reading: tuple[date | None, date]) -> str:
    start, end = reading
    text = end.strftime("%-d %B %Y")
    return f"{start.strftime('%-d %B %Y')} – {text}" if start else text


def _lowered(candidate: Candidate, confidence: float) -> Candidate:
    return Candidate(
        candidate.field,
        candidate.value,
        min(candidate.confidence, confidence),
        candidate.page,
        candidate.bbox,
        candidate.source,
    )


def _enclosing(ranges: list[DatedMention]) -> DatedMention | None:
    """The range every other range lies within (a programme's dates over its parts'), when
    the ranges differ; None when none holds them all."""
    spans = {(f.mention.start, f.mention.end) for f in ranges}
    if len(spans) < 2:
        return None
    for candidate in ranges:
        start, end = candidate.mention.start, candidate.mention.end
        if start is None or end is None:
            continue
        if all(
            f.mention.start is not None
            and f.mention.end is not None
            and start <= f.mention.start
            and f.mention.end <= end
            for f in ranges
        ):
            return candidate
    return None
