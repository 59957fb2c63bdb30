"""Reading a taught layout: each value found where one corrected certificate showed it.

A layout profile (derived by `teach.py` from a person's correction, or written by hand)
says, for each value, which fixed text of the template sits next to it and how: the value
follows it on the same line (`after`), sits in the next cell of its row (`right`), or on a
line a given distance below or above it (`below`, `above`). Values found this way still
pass every shape check; one that does not is not proposed, and the generic rules read it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pipeline.errors import ProfileError
from pipeline.extract.candidates import (
    Candidate,
    accept_code,
    accept_course,
    accept_name,
    code_token,
)
from pipeline.extract.dates import NumericOrder, find_dates
from pipeline.extract.fuzzy import SAME_TEXT, find_phrase, similar
from pipeline.extract.geometry import continuation, join_wrapped, paragraph_continuation
from pipeline.extract.layout import BBox, Document, Line, union
from pipeline.extract.vocab import (
    AMBIGUOUS_CODE_LABELS,
    CODE_LABELS,
    COURSE_LABELS,
    DECOY_LABELS,
    ISSUER_LABELS,
    LEARNER_LABELS,
)
from pipeline.text import fold

Relation = Literal["after", "right", "below", "above"]
RELATIONS: tuple[Relation, ...] = ("after", "right", "below", "above")
TAUGHT_FIELDS = ("course_name", "learner_name", "validation_code", "start_date", "end_date")
DATE_FIELDS = ("start_date", "end_date")
# A value read where its layout puts it, and of the right shape, is sure.
TAUGHT_CONFIDENCE = 0.96
# How far (in the value's font sizes) a line may sit from where the layout puts it.
_ROOM_EM = 0.8
_EDGES = " :;,.-–—#«»\"“”‘’'\t"
# A line that begins with a known label ("Learner:") starts the next value, not this one's.
_LABEL_START = re.compile(
    r"^\s*(?:"
    + "|".join(
        f"(?:{w})"
        for w in (
            *CODE_LABELS,
            *COURSE_LABELS,
            *LEARNER_LABELS,
            *DECOY_LABELS,
            *AMBIGUOUS_CODE_LABELS,
            *ISSUER_LABELS,
        )
    )
    + r")\s*[:#]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Locator:
    """Where one value sits in a taught layout, relative to a fixed text of it."""

    field: str
    anchor: str  # fixed text printed on every certificate of the layout
    where: Relation
    offset: float = 0.0  # below/above: points between the anchor's top and the value's top
    span: tuple[float, float] | None = None  # below/above: the value's left and right edges
    size: float = 0.0  # the value's font size on the taught certificate
    until: str | None = None  # after: fixed text that ends the value on its line
    date: int = 1  # dates: which day of the text (a range "3–5 May" holds two)
    shape: re.Pattern[str] | None = None  # codes: the shape every code of the layout has


@dataclass(frozen=True)
class Found:
    """The text a locator points at, where it is, and the lines it took."""

    text: str
    bbox: BBox
    page: int
    lines: tuple[Line, ...]


def days_in(text: str, order: NumericOrder | None) -> list[date] | None:
    """The days printed in text, a range counting its first and last; None when one is
    ambiguous (day/month order unsettled)."""
    days: list[date] = []
    for mention in find_dates(text, order=order):
        if mention.ambiguous or mention.end is None:
            return None
        if mention.start is not None:
            days.append(mention.start)
        days.append(mention.end)
    return days


def locate_taught(
    doc: Document,
    locators: Mapping[str, Locator],
    order: NumericOrder | None,
    source: str,
) -> list[Candidate]:
    """Candidates for the fields a layout profile places, each at TAUGHT_CONFIDENCE."""
    anchors = {fold(loc.anchor) for loc in locators.values()}
    found: list[Candidate] = []
    for field, locator in locators.items():
        value = read_value(doc, locator, order, anchors)
        if value is not None:
            text, spot = value
            found.append(Candidate(field, text, TAUGHT_CONFIDENCE, spot.page, spot.bbox, source))
    return found


def read_value(
    doc: Document, locator: Locator, order: NumericOrder | None, anchors: set[str]
) -> tuple[str, Found] | None:
    """The value a locator points at, checked for its field's shape; None when the layout
    does not hold it (the anchor is missing, nothing sits there, or the shape is wrong)."""
    accept = _ACCEPT.get(locator.field)
    for spot in spots(doc, locator, anchors):
        if locator.field in DATE_FIELDS:
            days = days_in(spot.text, order)
            if days and len(days) >= locator.date:
                return days[locator.date - 1].isoformat(), spot
            continue
        readings = (
            [accept_code(r) for r in _code_readings(spot.text)]
            if accept is None
            else [accept(spot.text)]
        )
        for value in readings:
            if value is not None and (locator.shape is None or locator.shape.fullmatch(value)):
                return value, spot
    return None


def spots(doc: Document, locator: Locator, anchors: set[str]) -> Iterator[Found]:
    """Every text the locator points at, nearest first, for each line holding its anchor."""
    key = fold(locator.anchor)
    lines = list(doc.lines())
    for line in lines:
        folded = fold(line.text)
        if locator.where == "after":
            if key and (key in folded or line.read_by_ocr):
                spot = _after(line, locator)
                if spot is not None:
                    cut = _cut(_wrapped(spot, lines, locator, anchors), locator.until)
                    if cut is not None:
                        yield cut
        elif folded == key or (line.read_by_ocr and similar(folded, key) >= SAME_TEXT):
            if locator.where == "right":
                yield from (_wrapped(s, lines, locator, anchors) for s in _right_of(line, lines))
            else:
                yield from (_wrapped(s, lines, locator, anchors) for s in _at(line, lines, locator))


def _after(line: Line, locator: Locator) -> Found | None:
    start = _end_of(line.text, locator.anchor)
    if start is None and line.read_by_ocr:
        found = find_phrase(locator.anchor, line.text)
        start = found[1] if found else None
    if start is None:
        return None
    text = re.sub(r"^[\W_]+", "", line.text[start:]).strip(_EDGES)
    if not text:
        return None
    return Found(text, line.bbox_of(start, len(line.text)), line.page, (line,))


def _cut(spot: Found, until: str | None) -> Found | None:
    """The value up to the fixed words that follow it ("has completed"), when they must."""
    if until is None:
        return spot
    stop = _start_of(spot.text, until, 0)
    if stop is None:
        return None
    text = spot.text[:stop].strip(_EDGES)
    return Found(text, spot.bbox, spot.page, spot.lines) if text else None


def _right_of(anchor: Line, lines: list[Line]) -> Iterator[Found]:
    middle = (anchor.top + anchor.bottom) / 2
    beside = [
        other
        for other in lines
        if other.page == anchor.page
        and other.x0 >= anchor.x1 - 1
        and other.top <= middle <= other.bottom
    ]
    for other in sorted(beside, key=lambda o: o.x0)[:1]:
        yield Found(other.text, other.bbox, other.page, (other,))


def _at(anchor: Line, lines: list[Line], locator: Locator) -> Iterator[Found]:
    sign = 1 if locator.where == "below" else -1
    expected = anchor.top + sign * locator.offset
    room = _ROOM_EM * max(locator.size, 4.0)
    left, right = locator.span or (anchor.x0, anchor.x1)
    near = [
        other
        for other in lines
        if other.page == anchor.page
        and other is not anchor
        and abs(other.top - expected) <= room
        and min(other.x1, right) - max(other.x0, left) > 0
        and _sized(other, locator.size)
    ]
    for other in sorted(near, key=lambda o: abs(o.top - expected)):
        yield Found(other.text, other.bbox, other.page, (other,))


def _sized(line: Line, size: float) -> bool:
    """Whether a line is set in the value's size (any, when the layout does not say)."""
    if size <= 0:
        return True
    slack = 0.25 if line.read_by_ocr else 0.15
    return abs(line.size - size) <= slack * max(line.size, size)


def _wrapped(spot: Found, lines: list[Line], locator: Locator, anchors: set[str]) -> Found:
    """A course title (or a long name) goes on onto the lines that wrap it (never onto the
    layout's fixed text or the next label); a title inside a sentence goes on through its
    paragraph up to the fixed words that end it."""
    if locator.field not in ("course_name", "learner_name"):
        return spot
    if locator.until:
        return in_paragraph(spot, lines, locator.until)
    more = []
    for other in continuation(spot.lines[-1], lines):
        folded = fold(other.text)
        if any(a and a in folded for a in anchors) or _LABEL_START.match(other.text):
            break
        more.append(other)
    return _joined(spot, more)


def in_paragraph(spot: Found, lines: list[Line], until: str | None) -> Found:
    """The spot and the next lines of its paragraph, up to the line holding `until` (all
    the paragraph's next lines, up to three, without it)."""
    pattern = phrase_pattern(until) if until else None
    if pattern is not None and pattern.search(spot.text):
        return spot
    more = []
    for other in paragraph_continuation(spot.lines[-1], lines):
        more.append(other)
        if pattern is not None and pattern.search(other.text):
            break
    return _joined(spot, more)


def _joined(spot: Found, more: list[Line]) -> Found:
    if not more:
        return spot
    text = join_wrapped([spot.text, *(o.text for o in more)])
    return Found(text, union([spot.bbox, *(o.bbox for o in more)]), spot.page, (*spot.lines, *more))


def _end_of(text: str, phrase: str) -> int | None:
    match = phrase_pattern(phrase).search(text)
    return match.end() if match else None


def _start_of(text: str, phrase: str, after: int) -> int | None:
    match = phrase_pattern(phrase).search(text, after)
    return match.start() if match else None


def words_of(text: str) -> list[str]:
    """Text's words as printed (case aside): unlike `fold`, 'ß' stays 'ß', so the words
    can be searched for in the page's own text."""
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text))


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase's words in order, whatever punctuation and spacing sit between them."""
    words = words_of(phrase)
    between = r"[\W_]*"
    body = between.join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _code_readings(text: str) -> Iterator[str]:
    """What a code's spot may hold: the whole text, or the code at its start, or after a
    sign or an abbreviation before it ('№', 'n', 'No.'), a label's cell going on after it."""
    tokens = text.split()
    for skip in range(min(3, len(tokens))):
        rest = re.sub(r"^[\W_]+", "", " ".join(tokens[skip:]))
        if rest:
            yield from (rest, code_token(rest)) if skip == 0 else (code_token(rest),)


_ACCEPT: dict[str, Callable[[str], str | None]] = {
    "course_name": accept_course,
    "learner_name": accept_name,
}


_LOCATOR_KEYS = {"anchor", "where", "offset", "span", "size", "until", "date", "shape"}


def locators_from_mapping(raw: object, where: str) -> dict[str, Locator]:
    """Validate a profile's `fields` mapping (field -> where its value sits)."""
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: 'fields' must map a field to where its value sits")
    locators = {}
    for field, spec in raw.items():
        key = f"fields.{field}"
        if field not in TAUGHT_FIELDS:
            raise ProfileError(f"{where}: unknown key '{key}'")
        if not isinstance(spec, dict):
            raise ProfileError(f"{where}: '{key}' must be a mapping (anchor, where, …)")
        unknown = sorted(set(spec) - _LOCATOR_KEYS)
        if unknown:
            raise ProfileError(f"{where}: unknown key '{key}.{unknown[0]}'")
        locators[field] = _locator(field, spec, key, where)
    return locators


def _locator(field: str, spec: dict[str, object], key: str, where: str) -> Locator:
    anchor = spec.get("anchor")
    if not isinstance(anchor, str) or not fold(anchor):
        raise ProfileError(f"{where}: '{key}.anchor' must be the fixed text beside the value")
    relation = spec.get("where")
    if relation not in RELATIONS:
        raise ProfileError(f"{where}: '{key}.where' must be one of {', '.join(RELATIONS)}")
    span = spec.get("span")
    if span is not None and not (
        isinstance(span, list) and len(span) == 2 and all(_is_number(v) for v in span)
    ):
        raise ProfileError(f"{where}: '{key}.span' must be [left, right] in points")
    for name in ("offset", "size"):
        if name in spec and not _is_number(spec[name]):
            raise ProfileError(f"{where}: '{key}.{name}' must be a number of points")
    day = spec.get("date", 1)
    if isinstance(day, bool) or not isinstance(day, int) or day < 1:
        raise ProfileError(f"{where}: '{key}.date' must be 1, 2, … (which date of the text)")
    until = spec.get("until")
    if until is not None and (not isinstance(until, str) or not fold(until)):
        raise ProfileError(f"{where}: '{key}.until' must be text")
    return Locator(
        field=field,
        anchor=anchor,
        where=relation,
        offset=float(spec.get("offset", 0.0)),  # type: ignore[arg-type]
        span=(float(span[0]), float(span[1])) if isinstance(span, list) else None,
        size=float(spec.get("size", 0.0)),  # type: ignore[arg-type]
        until=until,
        date=day,
        shape=_shape(spec.get("shape"), f"{key}.shape", where),
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _shape(raw: object, key: str, where: str) -> re.Pattern[str] | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ProfileError(f"{where}: '{key}' must be a regular expression")
    try:
        return re.compile(raw)
    except re.error as exc:
        raise ProfileError(f"{where}: '{key}' is not a valid regular expression ({exc})") from exc
