"""What each date on a certificate is: its role from the words just before it.

Every date found is given a role from its label or the sentence it sits in: completion,
start, end, course dates, a bare "Date", or dates that are not course dates at all (printed,
valid until, expires, born, issued, a browser's print time stamp).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import lru_cache

from pipeline.extract.date_words import (
    DATE_COMPLETION,
    DATE_COURSE,
    DATE_END,
    DATE_EXCLUDED,
    DATE_GENERIC,
    DATE_ISSUED,
    DATE_START,
)
from pipeline.extract.dates import DateMention, NumericOrder, find_dates, partial_dates
from pipeline.extract.layout import BBox, Document, Line

_CONTEXT_CHARS = 90


class Role(IntEnum):
    """What a date on a certificate is; lower values are better end-date evidence."""

    END = 1
    COMPLETION = 2
    COURSE = 3
    GENERIC = 4
    UNLABELED = 5
    ISSUED = 6
    START = 7
    EXCLUDED = 8
    BROKEN = 9  # one end of a range whose other end cannot be read


_ROLE_WORDS: dict[Role, list[str]] = {
    Role.EXCLUDED: DATE_EXCLUDED,
    Role.ISSUED: DATE_ISSUED,
    Role.COMPLETION: DATE_COMPLETION,
    Role.START: DATE_START,
    Role.END: DATE_END,
    Role.COURSE: DATE_COURSE,
    Role.GENERIC: DATE_GENERIC,
}


@dataclass(frozen=True)
class DateLabels:
    """The compiled date-role vocabulary: built-in words plus a profile's own labels."""

    anchored: dict[Role, re.Pattern[str]]  # a label right before the date
    sentence: dict[Role, re.Pattern[str]]  # a word in the sentence around it


# A profile's label kinds and the roles their dates take.
PROFILE_DATE_ROLES = {
    "completion_date": Role.COMPLETION,
    "start_date": Role.START,
    "end_date": Role.END,
}


@lru_cache(maxsize=64)
def date_labels(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> DateLabels:
    """The date vocabulary with a profile's labels (kind -> escaped phrases) added."""
    words = {role: list(found) for role, found in _ROLE_WORDS.items()}
    for kind, phrases in extra:
        if kind in PROFILE_DATE_ROLES:
            words[PROFILE_DATE_ROLES[kind]].extend(phrases)
    anchored = {
        role: re.compile(
            r"(?<![\w])(?:" + "|".join(f"(?:{w})" for w in found) + r")"
            r"(?:\s+(?:on|the|le|am|el|il))?\s*[:\-–=]?\s*$",
            re.IGNORECASE,
        )
        for role, found in words.items()
    }
    sentence = {
        role: re.compile(
            r"(?<![\w])(?:" + "|".join(f"(?:{w})" for w in words[role]) + r")(?![\w])",
            re.IGNORECASE,
        )
        for role in (Role.EXCLUDED, Role.ISSUED, Role.COMPLETION, Role.COURSE)
    }
    return DateLabels(anchored, sentence)


@dataclass(frozen=True)
class DatedMention:
    """A date found on the page, with its role and where it is."""

    mention: DateMention
    role: Role
    page: int
    bbox: BBox
    label: str


def classify_dates(
    doc: Document, order: NumericOrder | None, labels: DateLabels | None = None
) -> list[DatedMention]:
    """Every date on the pages read, each with the role its context gives it."""
    labels = labels or date_labels()
    lines = list(doc.lines())
    sizes = sorted(line.size for line in lines)
    fine_print = 0.8 * sizes[len(sizes) // 2] if sizes else 0.0
    found: list[DatedMention] = []
    # Which lines print a date, found once: every date's context looks at the other lines.
    dated = {id(line) for line in lines if find_dates(line.text)}
    for index, line in enumerate(lines):
        for mention in _dates_on(line, lines[index + 1 :], order, lines[:index]):
            context = _context(line, mention, lines, index, labels, dated)
            role, label = _role(context, labels)
            if (
                role == Role.UNLABELED
                and line.size < fine_print
                and _CLOCK_AFTER.match(line.text[mention.span[1] :])
            ):
                role, label = Role.EXCLUDED, "print time stamp"
            if mention.start is not None and role in (Role.START, Role.END):
                role = Role.COURSE  # "du 2 au 6 octobre": a range is the course's dates
            if mention.start is None and _in_broken_range(line.text, mention):
                role = Role.BROKEN
            elif (
                role == Role.UNLABELED
                and mention.start is None
                and _PLACE_AND_DATE.match(line.text[: mention.span[0]])
            ):
                role, label = Role.ISSUED, "place and date"
            bbox = line.bbox_of(*mention.span)
            found.append(DatedMention(mention, role, line.page, bbox, label))
    return _enrolled_then_finished(found)


_ENROLLED = re.compile(r"^enrol", re.IGNORECASE)
_FINISHED = (Role.COMPLETION, Role.END)


def _enrolled_then_finished(found: list[DatedMention]) -> list[DatedMention]:
    """An enrolment date printed on one line with the course's completion, before it, is
    when the course began ("Enrolled March 3, 2025 · Graduated June 27, 2025"). Alone, an
    enrolment date says nothing of the course's dates."""
    result = list(found)
    for index, dated in enumerate(found):
        if dated.role != Role.EXCLUDED or not _ENROLLED.match(dated.label):
            continue
        if dated.mention.end is None or dated.mention.start is not None:
            continue
        began = dated.mention.end
        if any(
            other.role in _FINISHED
            and other.page == dated.page
            and other.mention.end is not None
            and other.mention.start is None
            and began < other.mention.end
            and (other.mention.end - began).days <= 3 * 366
            and _one_line(other.bbox, dated.bbox)
            for other in found
        ):
            result[index] = replace(dated, role=Role.START)
    return result


def _one_line(a: BBox, b: BBox) -> bool:
    return min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * min(a[3] - a[1], b[3] - b[1])


# An article alone before a date ("the 25th of April"): its label may end the line above.
_ARTICLE = re.compile(r"the|le|la|el|il|der|die|den|dem|o|a", re.IGNORECASE)
# "2/1/25, 11:05 AM" in the fine print: when a browser printed the page, not a course date.
_CLOCK_AFTER = re.compile(r"^,?\s*\d{1,2}:\d{2}\b")
# "Roma, 22/02/2022", "Graz, on 10/08/23", "Warszawa, dnia 5 maja 2024": where and when it
# was signed, not when the course ended.
_PLACE_AND_DATE = re.compile(
    r"^\s*[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2}\s*[,:]\s*"
    r"(?:(?:on|the|le|el|il|em|am|den|dnia|ngày|, )\s*)?$"
)


_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|to|until|through|bis|au|al)\s*\S*\d", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d\S*\s*(?:-|–|—|to|from)\s*$", re.IGNORECASE)
# An amount after a separator: credits, hours, minutes (what the course was worth or lasted).
_QUANTITY_AFTER = re.compile(
    r"^\s*[-–—·|]\s*\d+(?:[.,]\d+)?\s*(?:ce|cpe|ceu|pdu|nasba)?\s*"
    r"(?:credits?|hours?|hrs?\.?|points?|minutes?|mins?\.?|units?|ceus?|pdus?)\b",
    re.IGNORECASE,
)


def _in_broken_range(text: str, mention: DateMention) -> bool:
    """A date followed or preceded by a range separator and an unreadable other end.

    "14 Aug 2023 - 25 Aug 202316" (a column glued on) must not become a one-day course.
    """
    after = text[mention.span[1] :]
    before = text[: mention.span[0]]
    if _QUANTITY_AFTER.match(after):
        return False  # "Completed November 4, 2024 - 6 CE credits": a dash, then an amount
    return bool(_RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before))


def _dates_on(
    line: Line, following: list[Line], order: NumericOrder | None, previous: list[Line]
) -> list[DateMention]:
    """Dates on a line, including one that a paragraph wraps onto the next line
    ("… de 7 de outubro a 2 de dezembro de" / "2024, com …")."""
    mentions = find_dates(line.text, order=order)
    below = next(
        (o for o in following if o.page == line.page and o.row != line.row and o.top > line.top),
        None,
    )
    if below is None or abs(below.size - line.size) > 0.1 * line.size:
        return mentions
    above = next((o for o in reversed(previous) if o.page == line.page and o.top < line.top), None)
    after = next(
        (o for o in following if o.page == line.page and o.row != below.row and o.top > below.top),
        None,
    )
    pitch = below.top - line.top
    # Lines of one paragraph: a small gap, or the same generous leading as the line before
    # (or, for a paragraph's first line, as the line after).
    same_leading = below.top - line.bottom <= 1.2 * line.size and any(
        other is not None
        and abs(other.size - line.size) <= 0.1 * line.size
        and abs(step - pitch) <= 0.1 * pitch
        for other, step in (
            (above, line.top - above.top if above else 0.0),
            (after, after.top - below.top if after else 0.0),
        )
    )
    if below.top - line.bottom > 0.6 * line.size and not same_leading:
        return mentions
    boundary = len(line.text)
    joined = f"{line.text} {below.text}"
    crossing = [m for m in find_dates(joined, order=order) if m.span[0] < boundary < m.span[1]]
    kept = [m for m in mentions if not any(c.span[0] <= m.span[0] for c in crossing)]
    return kept + crossing


def _context(
    line: Line,
    mention: DateMention,
    lines: list[Line],
    index: int,
    labels: DateLabels,
    dated: set[int],
) -> str:
    before = line.text[: mention.span[0]]
    if before.strip() and not before.strip(" .…·"):
        before = ""  # dot leaders from a label in the previous column ("Dates ..... 17.03.")
    if before.strip():
        previous = lines[index - 1] if index else None
        # "… which ran from 3 March to" / "the 25th of April 2025": the label ends the line
        # above, the article alone opens the date's own line.
        if (
            _ARTICLE.fullmatch(before.strip())
            and previous is not None
            and previous.page == line.page
            and not previous.text.rstrip().endswith((".", ":", ";"))
        ):
            return (previous.text + " " + before)[-_CONTEXT_CHARS:]
        return before[-_CONTEXT_CHARS:]
    left = [o for o in lines if o.page == line.page and o.row == line.row and o.x1 <= line.x0]
    if left:
        nearest = max(left, key=lambda o: o.x1)
        # Only a label in the previous column counts ("Completed | March 4"), not a value
        # ("CLA-7719 | 2027-06-01", whose label is above).
        if id(nearest) not in dated and _is_label_text(nearest.text, labels):
            return nearest.text[-_CONTEXT_CHARS:]
    # A label on the line above ("Completion Date" over the value) or, on old-style
    # certificates, below ("Date" printed under the value's rule).
    height = max(line.bottom - line.top, 1.0)
    if _tops_a_column_of_dates(line, lines, dated, height):
        return ""  # "Dates" over a table's rows of modules: each row's, not the course's
    nearby: list[tuple[float, str]] = []
    for other in lines:
        if other.page != line.page or other is line or id(other) in dated:
            continue
        if min(other.x1, line.x1) - max(other.x0, line.x0) <= 0 or len(other.words) > 6:
            continue
        if not other.text.strip("_-–—=.· "):
            continue
        if 0 <= line.top - other.bottom <= 2.5 * height:
            nearby.append((line.top - other.bottom, other.text))
        elif 0 <= other.top - line.bottom <= 2.5 * height and _is_label_text(other.text, labels):
            nearby.append((other.top - line.bottom + 0.5, other.text))
    if nearby:
        return min(nearby)[1][-_CONTEXT_CHARS:]
    previous = lines[index - 1] if index else None
    if (
        previous is not None
        and previous.page == line.page
        and not _heads_another_date(previous, line, lines, dated)
    ):
        return previous.text[-_CONTEXT_CHARS:]
    return ""


def _tops_a_column_of_dates(line: Line, lines: list[Line], dated: set[int], height: float) -> bool:
    """Whether another date stands right under this one, in its column: a table's rows."""
    return any(
        id(other) in dated
        and other.page == line.page
        and other is not line
        and min(other.x1, line.x1) - max(other.x0, line.x0) > 0
        and 0 <= other.top - line.bottom <= 1.5 * height
        for other in lines
    )


def _heads_another_date(label: Line, line: Line, lines: list[Line], dated: set[int]) -> bool:
    """Whether `label` stands right above another date than the one on `line`: "Valid
    Until" over the right-hand date of two is that date's label, not the left one's."""
    height = max(label.bottom - label.top, 1.0)
    return any(
        other is not line
        and other.page == label.page
        and min(other.x1, label.x1) - max(other.x0, label.x0) > 0
        and 0 <= other.top - label.bottom <= 2.5 * height
        and id(other) in dated
        for other in lines
    )


def _is_label_text(text: str, labels: DateLabels) -> bool:
    return any(pattern.search(text) for pattern in labels.anchored.values())


def _role(context: str, labels: DateLabels) -> tuple[Role, str]:
    best: tuple[int, Role, str] | None = None
    for role, pattern in labels.anchored.items():
        match = pattern.search(context)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), role, match.group(0).strip(" :-–="))
    if best is not None and best[1] not in (Role.GENERIC, Role.COURSE):
        return best[1], best[2]
    # A bare "on"/"Date" defers to the sentence around it ("completed … on", "printed … on").
    nearest: tuple[int, Role, str] | None = None
    for role, pattern in labels.sentence.items():
        for match in pattern.finditer(context):
            if nearest is None or match.end() > nearest[0]:
                nearest = (match.end(), role, match.group(0))
    if nearest is not None and (best is None or nearest[1] != Role.COURSE):
        return nearest[1], nearest[2]
    if best is not None:
        return best[1], best[2]
    return Role.UNLABELED, ""


def dates_printed_unread(
    doc: Document, found: list[DatedMention], labels: DateLabels | None = None
) -> bool:
    """Whether the page prints a course date that was not read: a month or season with a
    year only ("Term: Spring 2025"), or a completion/start/end label standing alone with no
    date of its kind read (its value glued to the next cell, drawn as a picture)."""
    labels = labels or date_labels()
    kinds = (Role.END, Role.START, Role.COMPLETION, Role.COURSE)
    read = {f.role for f in found}
    for line in doc.lines():
        if partial_dates(line.text):
            return True
        words = line.text.split()
        # A caption: the label alone, or glued to the next cell's caption ("Completion Date
        # CPE Credits"), not the opening of a sentence ("attended the live webinar").
        for n in range(1, min(len(words), 4) + 1):
            head, rest = " ".join(words[:n]), words[n:]
            # ("attended the Cisco Live Technical Seminar": an article ends no caption)
            caption = (not rest or rest[0][:1].isupper()) and not _ARTICLE.fullmatch(words[n - 1])
            if caption and any(labels.anchored[k].match(head) and k not in read for k in kinds):
                return True
    return False
