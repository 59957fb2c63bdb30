"""Other ways to a value: form fields, a profile's own patterns, and type size."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterator, Mapping

from pipeline.extract.candidates import Accept, Candidate
from pipeline.extract.dates import NumericOrder, find_dates
from pipeline.extract.geometry import continuation, continuation_above, join_wrapped, union
from pipeline.extract.layout import BBox, Document, Line
from pipeline.text import fold


def form_field_values(
    doc: Document,
    labels: dict[str, re.Pattern[str]],
    accepts: dict[str, Accept],
    *,
    confidence: float,
) -> Iterator[Candidate]:
    """Values kept in form fields whose names read like a field's label."""
    for name, raw in doc.form_fields:
        readable = re.sub(r"(?<=[a-z])(?=[A-Z])|[_.\-]+", " ", name)
        for field, pattern in labels.items():
            if pattern.search(readable):
                value = accepts[field](raw)
                if value:
                    yield Candidate(
                        field,
                        value,
                        confidence,
                        _page_of(doc, raw),
                        _bbox_of(doc, raw),
                        f"form field '{name}'",
                    )
                break


def _page_of(doc: Document, value: str) -> int | None:
    for line in doc.lines():
        if value in line.text:
            return line.page
    return None


def _bbox_of(doc: Document, value: str) -> BBox | None:
    for line in doc.lines():
        position = line.text.find(value)
        if position >= 0:
            return line.bbox_of(position, position + len(value))
    return None


def pattern_values(
    doc: Document,
    field: str,
    pattern: re.Pattern[str],
    accept: Accept,
    *,
    source: str,
    confidence: float,
) -> Iterator[Candidate]:
    """Values matched by a profile's own regular expression (first group, or the match)."""
    for page in doc.pages:
        for match in pattern.finditer(page.text):
            raw = match.group(1) if pattern.groups else match.group(0)
            value = accept(raw.strip())
            if value:
                yield Candidate(
                    field, value, confidence, page.number, _bbox_of(doc, raw.strip()), source
                )


def profile_dates(
    doc: Document,
    patterns: Mapping[str, re.Pattern[str]],
    order: NumericOrder | None,
    profile: str,
) -> Iterator[Candidate]:
    """Start and end dates matched by a profile's own patterns (their first group a date)."""
    for field in ("start_date", "end_date"):
        pattern = patterns.get(field)
        if pattern is None:
            continue
        for page in doc.pages:
            for match in pattern.finditer(page.text):
                raw = (match.group(1) if pattern.groups else match.group(0)).strip()
                found = find_dates(raw, order=order)
                if len(found) != 1 or found[0].ambiguous or found[0].end is None:
                    continue
                day = found[0].start if field == "start_date" and found[0].start else found[0].end
                yield Candidate(
                    field,
                    day.isoformat(),
                    0.95,
                    page.number,
                    _bbox_of(doc, raw),
                    f"profile {profile}",
                )


_SPARSE_LINES = 8


def prominent_text(
    doc: Document,
    accept: Accept,
    *,
    field: str,
    skip: Callable[[str], bool],
    clear: float,
    unsure: float,
) -> Iterator[Candidate]:
    """Fallback: the largest text on the page that passes `accept` and is not skipped.

    Certificates print the learner and the course far larger than anything else; when no
    label or sentence names them (labels drawn as images, a bare layout) size is the clue.
    Confidence is `clear` when one block stands out, `unsure` when another is as large.
    """
    lines = list(doc.lines())
    if not lines:
        return
    # On a page of a few values only (labels drawn as pictures) there is no body text:
    # anything clearly larger than the smallest line stands out.
    sparse = len(lines) <= _SPARSE_LINES
    sizes = [line.size for line in lines]
    body = min(sizes) if sparse else statistics.median(sizes)
    least = body * (1.1 if sparse else 1.3)
    blocks: list[tuple[float, Line, list[Line], str]] = []
    used: set[int] = set()
    for line in sorted(lines, key=lambda item: (-item.size, item.top)):
        if id(line) in used or line.size < least or skip(line.text):
            continue
        # A word or two wrapped onto the next line ("… Essential" / "Training") ends the
        # title, even when it is a word that could be a label.
        # A title's first line may be measured a little smaller (OCR sizes are estimates):
        # the block starts at the top of the paragraph, wherever its largest line is.
        above = [b for b in continuation_above(line, lines) if id(b) not in used]
        block = [
            *(b for b in above if not skip(b.text)),
            line,
            *(b for b in continuation(line, lines) if len(b.words) <= 2 or not skip(b.text)),
        ]
        used.update(id(b) for b in block)
        value = accept(join_wrapped([b.text for b in block]))
        if value and len(value.split()) >= 2:
            blocks.append((line.size, line, block, value))
    if not blocks:
        return
    size, line, block, value = blocks[0]
    stands_out = len(blocks) == 1 or blocks[1][0] < 0.87 * size
    if len(block) == 1 and value.isupper():
        stands_out = False  # one line in capitals: a heading or a brand more often than not
    yield Candidate(
        field,
        value,
        clear if stands_out else unsure,
        line.page,
        union([b.bbox for b in block]),
        "layout (largest text)",
    )


# An event's own name heads a conference certificate: "IEEE International Conference on
# Emerging Technologies …", "Annual Symposium on …". The event is what the item is for.
_EVENT_NOUN = r"(?:conference|symposium|congress|summit|colloquium|workshop)"
_EVENT = re.compile(
    rf"^(?:[\w&.-]+\s+){{0,4}}?{_EVENT_NOUN}\s+(?:on|of|for)\b"
    # "EUROSECOPS 2024 – European Security Operations Summit": the noun ends the name.
    rf"|^(?:[\w&.'’–-]+\s+){{2,8}}{_EVENT_NOUN}(?:\s+(?:19|20)\d\d)?$",
    re.IGNORECASE,
)
_EVENT_NAME = 0.75  # unsure: the event is named, but nothing says it is the course
# Sure when the certificate's own wording names the event again ("… presented a paper at the
# IEEE International Conference on …"): the heading is then the event it was issued for.
_EVENT_NAMED_AGAIN = 0.85


def event_heading(doc: Document, accept: Accept) -> Iterator[Candidate]:
    """Fallback: an event's name printed as a heading (wrapped lines joined), unsure."""
    lines = list(doc.lines())
    for line in lines:
        if not _EVENT.match(line.text.strip()):
            continue
        block = [line, *continuation(line, lines)]
        value = accept(join_wrapped([b.text for b in block]))
        if value:
            again = _named_again(value, [other for other in lines if other not in block])
            yield Candidate(
                "course_name",
                value,
                _EVENT_NAMED_AGAIN if again else _EVENT_NAME,
                line.page,
                union([b.bbox for b in block]),
                "event heading, named again in the text" if again else "event heading",
            )
        return


def _named_again(value: str, others: list[Line]) -> bool:
    """Whether the other lines' text, read as one, holds the whole event name, or the
    initials of its words as a word of its own (ICCICS for "International Conference on
    Computational Intelligence & Cyber Security", "ISECNA 2025")."""
    printed = " ".join(line.text for line in others)
    if f" {fold(value)} " in f" {fold(printed)} ":
        return True
    words = re.findall(r"[^\W\d_]+", value)
    if not all(w.isupper() for w in words):  # (an acronym beside the name is not spelled)
        words = [w for w in words if not w.isupper()]
    significant = [w for w in words if w[0].isupper() and w.lower() not in _MINOR_WORDS]
    spelled = {w.lower() for w in re.findall(r"(?<![\w])[A-Z]{3,}(?=\d{2,4}\b|\b)", printed)}
    for kept in (significant, significant[:-1]):  # (the event's noun may be left out)
        initials = "".join(w[0] for w in kept).lower()
        if len(initials) >= 3 and initials in spelled:
            return True
    return False


_MINOR_WORDS = frozenset(
    ["on", "of", "for", "and", "the", "in", "at", "to", "de", "des", "du", "la", "le"]
)
