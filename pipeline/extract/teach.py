"""Learning a layout from one corrected certificate: a layout profile, as readable YAML.

Given the laid-out certificate and the values a person confirmed, each value is found on the
page and placed beside a fixed text of the template (taught.py reads it back the same way);
the template's fixed lines identify the layout; the code's shape and the day/month order
come from the values themselves. The derived profile must read the certificate it came from
exactly as corrected, or it is refused with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

import yaml

from pipeline.errors import CannotTeach
from pipeline.extract.dates import NumericOrder, find_dates, infer_numeric_order
from pipeline.extract.engine import page_sizes, read_by_ocr
from pipeline.extract.layout import Document, Line
from pipeline.extract.organisations import is_institution
from pipeline.extract.profiles import Profile, choose_profile, profile_from_mapping
from pipeline.extract.taught import DATE_FIELDS, TAUGHT_FIELDS, Locator, days_in, read_value
from pipeline.extract.teach_place import LETTERS, occurrences, place_value, reads_as
from pipeline.text import fold

# At most this many fixed lines identify the layout.
_MOST_KEYWORDS = 8
_FEWEST_KEYWORDS = 3


# Reads the certificate again with a list of profiles: the values it then gives.
ReadWith = Callable[[list[Profile]], Mapping[str, str | None]]


@dataclass(frozen=True)
class Lesson:
    """A derived layout profile: its YAML, the profile it loads as, and what it covers."""

    name: str
    yaml_text: str
    profile: Profile
    placed: tuple[str, ...]  # fields the profile reads where the certificate shows them
    left: tuple[str, ...]  # fields left to the usual rules (not printed, or printed twice)


def derive_profile(
    doc: Document,
    values: Mapping[str, str | None],
    *,
    name: str,
    issuer: str | None,
    base: Profile | None = None,
    source: str = "",
) -> Lesson:
    """A layout profile reading doc's values where doc shows them; CannotTeach says why not."""
    wanted = {f: v for f, v in values.items() if f in TAUGHT_FIELDS and v}
    lines = list(doc.lines())
    fixed = _fixed_lines(lines, wanted)
    anchors = {fold(line.text) for line in _steady(fixed)}
    order = _numeric_order(lines, wanted, base)
    locators: dict[str, Locator] = {}
    left: list[str] = []
    dates = {date.fromisoformat(wanted[f]) for f in DATE_FIELDS if wanted.get(f)}
    pages: list[int] = []
    ambiguous: list[str] = []
    for field, value in wanted.items():
        others = [v for f, v in wanted.items() if f != field and f not in DATE_FIELDS]
        locator = place_value(
            field, value, dates, others, lines, _steady(fixed), order, anchors, doc
        )
        if locator is None:
            left.append(field)
            if len({id(line) for line, _ in occurrences(field, value, lines, order)}) > 1:
                ambiguous.append(field)
        else:
            locators[field] = locator
            pages.append(_page_of(doc, locator, order, anchors))
    if not locators:
        raise CannotTeach("none of its values is printed where a layout could place it")
    keywords = _keywords(fixed, locators)
    if len(keywords) < _FEWEST_KEYWORDS:
        raise CannotTeach("it prints too little fixed text to tell its layout from others")
    most = max(set(pages), key=pages.count)  # the page most values are on
    page = next(p for p in doc.pages if p.number == most)
    data = _mapping(name, issuer, base, order, keywords, locators, source)
    data["page_size"] = [round(page.width, 1), round(page.height, 1)]
    absent = [f for f in TAUGHT_FIELDS if not values.get(f)]
    if absent:
        data["absent"] = absent
    if any(field in DATE_FIELDS for field in ambiguous):
        data["check"] = [f for f in DATE_FIELDS if f not in locators]
    text = _yaml(data, source, left)
    profile = profile_from_mapping(yaml.safe_load(text), where=f"{name}.yaml", origin="user")
    return Lesson(name, text, profile, tuple(locators), tuple(left))


def issuer_hint(doc: Document, values: Mapping[str, str | None]) -> str | None:
    """The institution the template names in its own fixed text, largest first (to name a
    profile after when the item has no issuer)."""
    texts = {f: v for f, v in values.items() if v}
    for line in sorted(_fixed_lines(list(doc.lines()), texts), key=lambda o: -o.size):
        if is_institution(line.text) and len(line.text) <= 60:
            return line.text.strip()
    return None


def check_lesson(
    lesson: Lesson,
    doc: Document,
    values: Mapping[str, str | None],
    others: list[Profile],
    *,
    read: ReadWith,
) -> None:
    """Refuse a lesson that would misread its own certificate or is not the one chosen."""
    choice = choose_profile(
        [*others, lesson.profile], doc.text, page_sizes(doc), scanned=read_by_ocr(doc)
    )
    if choice.tied:
        raise CannotTeach(
            "it would match this certificate as well as profile "
            + " and ".join(t for t in choice.tied if t != lesson.name)
        )
    if choice.profile is None or choice.profile.name != lesson.name:
        chosen = choice.profile.name if choice.profile else "none"
        raise CannotTeach(f"profile {chosen} would still be chosen for this certificate")
    readings = read([*others, lesson.profile])
    ocr = read_by_ocr(doc)
    for field in lesson.placed:
        got, wanted = readings.get(field), values.get(field)
        if got is None or wanted is None or not reads_as(got, wanted, ocr=ocr):
            label = field.replace("_", " ")
            raise CannotTeach(
                f"it would read {label} as {readings.get(field)!r}, not {values.get(field)!r}"
            )


def _fixed_lines(lines: list[Line], values: Mapping[str, str]) -> list[Line]:
    """Lines of the template itself: letters, no value or a part of one (numbers and dates
    may still change from one certificate to the next: see `_steady`)."""
    texts = [fold(v) for f, v in values.items() if f not in DATE_FIELDS]
    fixed = []
    for line in lines:
        folded = fold(line.text)
        if len(LETTERS.findall(line.text)) < 2:
            continue
        if any(v and (v in folded or folded in v or _share_words(v, folded)) for v in texts):
            continue
        fixed.append(line)
    return fixed


def _steady(lines: list[Line]) -> list[Line]:
    """Fixed lines without a number or a date in them: the ones a value can sit beside."""
    return [line for line in lines if not re.search(r"\d", line.text)]


def _page_of(doc: Document, locator: Locator, order: NumericOrder | None, anchors: set[str]) -> int:
    read = read_value(doc, locator, order, anchors)
    return read[1].page if read else doc.pages[0].number


def _share_words(value: str, line: str, run: int = 3) -> bool:
    """Whether a line holds `run` words of a value in a row (a part of a wrapped value)."""
    words = line.split()
    grams = {" ".join(words[i : i + run]) for i in range(len(words) - run + 1)}
    return any(gram in value for gram in grams)


def _numeric_order(
    lines: list[Line], values: Mapping[str, str], base: Profile | None
) -> NumericOrder | None:
    """The day/month order the corrected dates settle, else the base profile's."""
    wanted = {date.fromisoformat(values[f]) for f in DATE_FIELDS if f in values}
    for line in lines:
        for mention in find_dates(line.text):
            if not mention.ambiguous:
                continue
            for order in ("dmy", "mdy"):
                days = days_in(mention.text, order)
                if days and set(days) & wanted:
                    return "dmy" if order == "dmy" else "mdy"
    printed = infer_numeric_order("\n".join(line.text for line in lines))
    return printed or (base.numeric_order if base else None)


def _keywords(fixed: list[Line], locators: Mapping[str, Locator]) -> list[str]:
    """The template's fixed text that identifies it: the anchors, then the wording of its
    lines by size (the words between numbers: "Reference Number", "total hours")."""
    phrases = [loc.anchor for loc in locators.values()]
    for line in sorted(fixed, key=lambda o: -o.size):
        words = line.text
        for mention in reversed(find_dates(words)):
            words = words[: mention.span[0]] + " 0 " + words[mention.span[1] :]
        phrases.extend(part for part in re.split(r"\S*\d\S*", words) if len(part) <= 60)
    chosen: list[str] = []
    for phrase in sorted(phrases, key=lambda p: len(p.split()) < 2):  # stable: phrases first
        phrase = phrase.strip(" :;,.-–—|·•")
        if len(LETTERS.findall(phrase)) < 5 or any(fold(phrase) == fold(c) for c in chosen):
            continue
        chosen.append(phrase)
        if len(chosen) >= _MOST_KEYWORDS:
            break
    return chosen


def _mapping(
    name: str,
    issuer: str | None,
    base: Profile | None,
    order: NumericOrder | None,
    keywords: list[str],
    locators: Mapping[str, Locator],
    source: str,
) -> dict[str, object]:
    data: dict[str, object] = {"name": name}
    if issuer:
        data["issuer"] = issuer
    data["description"] = f"Layout taught from one corrected certificate{source}"
    data["keywords"] = dict.fromkeys(keywords, 1)
    # All but about one in four (at least one) of them: a line may change with its values.
    data["min_score"] = len(keywords) - max(1, len(keywords) // 4)
    if order:
        data["numeric_order"] = order
    if base is not None:
        for flag in ("one_day_event", "unlabeled_date_is_completion", "issue_date_is_completion"):
            if getattr(base, flag):
                data[flag] = True
        if base.code_pattern is not None:
            data["code_pattern"] = base.code_pattern.pattern
    data["fields"] = {field: _locator_mapping(loc) for field, loc in locators.items()}
    return data


def _locator_mapping(locator: Locator) -> dict[str, object]:
    spec: dict[str, object] = {"anchor": locator.anchor, "where": locator.where}
    if locator.where in ("below", "above"):
        spec.update(offset=locator.offset, span=list(locator.span or ()), size=locator.size)
    if locator.until:
        spec["until"] = locator.until
    if locator.field in DATE_FIELDS and locator.date != 1:
        spec["date"] = locator.date
    if locator.shape is not None:
        spec["shape"] = locator.shape.pattern
    return spec


def _yaml(data: dict[str, object], source: str, left: list[str]) -> str:
    header = [
        "# A layout profile ceinbox derived from one certificate a person corrected" + source,
        "# keywords: fixed text printed on every certificate of this layout (min_score of them",
        "#   must be there). fields: the fixed text beside each value and where the value sits",
        "#   (after it on its line, right of it, or `offset` points below/above it).",
        "# Edit freely; `ceinbox profiles` lists it, and it is checked when loaded.",
    ]
    if left:
        shown = ", ".join(f.replace("_", " ") for f in left)
        header.append(
            f"# Left to the usual rules (not printed, or printed in two places): {shown}."
        )
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return "\n".join(header) + "\n" + body
