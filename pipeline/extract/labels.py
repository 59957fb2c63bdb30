"""Values beside their labels: on the same line, to the right, below, or above."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from pipeline.extract.candidates import Accept, Candidate, code_token
from pipeline.extract.checks import code_is_certain_shape
from pipeline.extract.geometry import (
    MAX_LABEL_DISTANCE,
    continuation,
    continuation_above,
    cut_by_a_row,
    is_rule,
    join_wrapped,
    overlaps,
    union,
)
from pipeline.extract.label_cells import (
    ends_sentence,
    heads_a_column,
    next_cell,
    next_heading,
    opens_with_label,
)
from pipeline.extract.layout import Document, Line, Word

# How much each layout relation between a label and its value is trusted.
SAME_LINE, RIGHT, BELOW, ABOVE, ABOVE_CAPTIONED = 1.0, 0.97, 0.93, 0.85, 0.92


@dataclass(frozen=True)
class LabelHit:
    """A label found on a line, and where its text ends."""

    line: Line
    label: str
    start: int  # offset in line.text of the label's first letter
    end: int  # offset in line.text right after the label and its punctuation
    label_only: bool  # the label is the whole line
    colon: bool  # punctuation (":" or "#") follows the label
    gap: float  # space between the label and the next word, in font sizes
    # The label closes a sentence ("… khóa học:"): only a cell to its right is its value.
    closing: bool = False


_LABEL_PUNCT = re.compile(r"^\s*[:#=\-–—.…·]*\s*")
# Dot leaders between a form's label and its value ("Course ........ CLCOR v1.2").
_LEADERS = re.compile(r"^\s*(?:[.…·]\s*){3,}")
# What continues a code after a gap ("NA-ND-47   -25"): the code's middle is covered or cut.
_CONTINUES_A_CODE = re.compile(r"^[-/._][A-Za-z0-9]")
# A code with a piece apart from it is offered, never sure: the middle may be missing.
BROKEN_CODE = 0.6


def find_labels(
    doc: Document, labels: re.Pattern[str], shadow: re.Pattern[str] | None = None
) -> Iterator[LabelHit]:
    """Every occurrence of a label in the document's lines.

    A hit inside a longer label of another kind ("Name" in "Course Name") is skipped:
    `shadow` matches every known label.
    """
    for line in doc.lines():
        longer = [m.span() for m in shadow.finditer(line.text)] if shadow else []
        for match in labels.finditer(line.text):
            start, end_ = match.span()
            label_start = start + len(match.group(0)) - len(match.group(0).lstrip())
            if any(
                s <= label_start and end_ <= e and (e - s) > (end_ - label_start) + 1
                for s, e in longer
            ):
                continue
            rest = _LABEL_PUNCT.match(line.text[match.end() :])
            end = match.end() + (rest.end() if rest else 0)
            before = line.text[: match.start()].strip()
            yield LabelHit(
                line=line,
                label=match.group(0),
                start=label_start,
                end=end,
                label_only=not before and not line.text[end:].strip(),
                colon=bool(re.search(r"[:#]\s*$", match.group(0)))
                or bool(re.match(r"\s*[:#]", line.text[match.end() :])),
                gap=_gap_after(line, match.end()),
                closing="closing" in labels.groupindex and match.group("closing") is not None,
            )


def _gap_after(line: Line, offset: int) -> float:
    """The space after the word ending at `offset`, in font sizes beyond the line's usual
    word spacing (letter-spaced lines space every word widely)."""
    gaps = [(b.bbox[0] - a.bbox[2]) / max(a.size, 1.0) for a, b in itertools.pairwise(line.words)]
    if not gaps:
        return 0.0
    usual = statistics.median(gaps)
    position = 0
    for index, word in enumerate(line.words[:-1]):
        position += len(word.text)
        if position >= offset:
            return gaps[index] - usual if len(gaps) > 2 else gaps[index] - 0.3
        position += 1
    return 0.0


# A value whose next line may carry it on (a wrapped row of cells) is offered unsure.
MAY_GO_ON = 0.75
# Without a colon, a label is told from a sentence's first word by the space after it.
LABEL_GAP = 0.8


def values_for_labels(
    doc: Document,
    labels: re.Pattern[str],
    any_label: re.Pattern[str],
    label_then_colon: re.Pattern[str],
    accept: Accept,
    *,
    field: str,
    confidence: float,
    first_token: bool = False,
    wrap: bool = False,
    not_a_value: Callable[[str], bool] | None = None,
    need_gap: bool = False,
) -> Iterator[Candidate]:
    """Values beside their labels: on the same line, to the right, below, or above.

    A neighbouring line that is itself a label ("Cisco ID" beside "Validation code"), or a
    sentence (`not_a_value`), is never a label's value. With `wrap`, a value below or above
    its label takes the lines that continue it.
    """
    lines = list(doc.lines())
    for hit in find_labels(doc, labels, any_label):
        line = hit.line
        if need_gap and not (hit.label_only or hit.colon or hit.gap >= LABEL_GAP):
            continue
        if ends_sentence(line.text[: hit.end], line.text[hit.end :]):
            continue  # "… introduciendo el código de verificación. Instituto …": no value
        rest = line.text[hit.end :]
        next_label = label_then_colon.search(rest)
        if next_label and next_label.start() > 0:
            rest = rest[: next_label.start()]
        elif next_label:
            rest = ""
        raw = rest.strip()
        if raw.endswith(":") and len(raw.split()) <= 3:
            raw = ""  # the label goes on ("Số hiệu chứng nhận:"): its value is in the next cell
        if raw:
            if first_token:
                raw = code_token(raw)
            start = line.text.index(raw, hit.end)
            value = accept(raw)
            if value:
                found_here = Candidate(
                    field,
                    value,
                    confidence * SAME_LINE,
                    line.page,
                    line.bbox_of(start, start + len(raw)),
                    f"label '{hit.label.strip()}'",
                )
                yield _unless_broken(found_here, line, lines)
            continue
        if hit.label_only and heads_a_column(line, lines, any_label):
            continue  # "Title" over a table's rows of session titles: a list, not the value
        found: list[Candidate] = []
        span = line.bbox_of(hit.start, hit.end)
        for relation, weight, neighbour in _neighbours(line, lines, hit.label_only, span):
            if hit.closing and not next_cell(line, neighbour, relation):
                continue
            if any_label.fullmatch(neighbour.text.strip(" :")):
                continue  # another label, e.g. the next column's heading
            if relation == "right" and next_heading(line, neighbour, lines):
                continue
            if (
                field == "course_name"
                and relation == "above"
                and hit.label_only
                and not hit.colon
                and line.size >= 0.9 * neighbour.size
            ):
                continue  # "Training" as large as the line above it ends that title
            if not_a_value is not None and not_a_value(neighbour.text):
                continue
            block = [neighbour]
            if wrap and relation == "above":
                block = [*continuation_above(neighbour, lines), neighbour]
            elif wrap:
                # A wrapped value ends where a line opens with a label ("Certificate number:
                # …" under "Course: Secure SD-WAN …").
                block += itertools.takewhile(
                    lambda b: not opens_with_label(b.text.strip(), any_label),
                    continuation(neighbour, lines),
                )
                if relation == "below" and cut_by_a_row(block[-1], lines):
                    weight *= MAY_GO_ON  # "Aerolume Certified Wi-Fi 6E" / "CISSP | Design …"
            elif field == "validation_code" and neighbour.text.rstrip().endswith(("-", "/")):
                # A long code broken after a separator ("TR-" / "SG-240109-0045") goes on
                # in the next line of its cell.
                block += [b for b in continuation(neighbour, lines)[:1] if len(b.words) == 1]
            if field == "validation_code":
                text = "".join(b.text.strip() for b in block)
            else:
                text = join_wrapped([b.text for b in block])
            leaders = _LEADERS.match(text)
            skip = leaders.end() if leaders and text[leaders.end() :].strip() else 0
            text = text[skip:]
            text = code_token(text) if first_token and text else text
            value = accept(text)
            if value:
                bbox = (
                    neighbour.bbox_of(skip, skip + len(text))
                    if len(block) == 1
                    else union([b.bbox for b in block])
                )
                source = f"label '{hit.label.strip()}' ({relation})"
                candidate = Candidate(
                    field, value, confidence * weight, neighbour.page, bbox, source
                )
                found.append(_unless_broken(candidate, block[-1], lines))
        # A code with digits beats a word that merely passes the code check.
        found.sort(key=lambda c: field == "validation_code" and not code_is_certain_shape(c.value))
        if found:
            yield found[0]


def _unless_broken(candidate: Candidate, line: Line, lines: list[Line]) -> Candidate:
    """The code, unsure when a piece that continues it stands apart on its row ("NA-ND-47"
    … "-25"): a stamp or the page edge hides what is between."""
    if candidate.field != "validation_code" or not line.text.rstrip().endswith(candidate.value):
        return candidate
    apart = [
        other
        for other in lines
        if other.page == line.page
        and other.row == line.row
        and 0 < other.x0 - line.x1 <= 12 * line.size
        and _CONTINUES_A_CODE.match(other.text.strip())
    ]
    if not apart:
        return candidate
    piece = min(apart, key=lambda other: other.x0).text.strip()
    return replace(
        candidate,
        confidence=min(candidate.confidence, BROKEN_CODE),
        source=f"{candidate.source}, then a gap and '{piece}'",
    )


def _neighbours(
    line: Line, lines: list[Line], label_only: bool, span: tuple[float, float, float, float]
) -> Iterator[tuple[str, float, Line]]:
    """Lines that may hold a label's value, best relation first; of two as near, the one
    under (or over) the label's own words (`span`: "CONTINUING EDUCATION  CREDENTIAL ID"
    read as one line over two values)."""
    same_page = [other for other in lines if other.page == line.page and other is not line]
    right = [o for o in same_page if o.row == line.row and o.x0 >= line.x1]
    if not right and label_only:
        # A value wrapped onto two lines beside a label set between them ("Leading Agile
        # Teams: Coaching for High" / "Course title" / "Performance"): its first line.
        right = [
            o
            for o in same_page
            if o.x0 >= line.x1 and o.top < line.bottom and o.bottom > line.top and o.top < line.top
        ]
    if right:
        yield "right", RIGHT, min(right, key=lambda o: (o.x0, o.top))
    height = max(line.bottom - line.top, 1.0)

    def under_label(o: Line) -> float:
        """How far `o` stands under (or over) the label's own words."""
        return min(o.x1, span[2]) - max(o.x0, span[0])

    def in_column(o: Line) -> bool:
        # (OCR's words are spread evenly over its boxes: their places are estimates.)
        return overlaps(o, line) or (
            not line.read_by_ocr and under_label(o) > 0.3 * min(o.x1 - o.x0, span[2] - span[0])
        )

    below = [
        o
        for o in same_page
        if o.top >= line.bottom - 1
        and o.top - line.bottom <= MAX_LABEL_DISTANCE * height
        and in_column(o)
        and not is_rule(o)
    ]
    above = (
        [
            o
            for o in same_page
            if o.bottom <= line.top + 1
            and line.top - o.bottom <= MAX_LABEL_DISTANCE * height
            and in_column(o)
            and not is_rule(o)
        ]
        if label_only
        else []
    )
    nearest_below = min(
        below, key=lambda o: (round(o.top - line.bottom), -under_label(o)), default=None
    )
    nearest_above = min(
        above, key=lambda o: (round(line.top - o.bottom), -under_label(o)), default=None
    )
    options: list[tuple[float, str, float, Line]] = []
    if nearest_below is not None:
        options.append((nearest_below.top - line.bottom, "below", BELOW, nearest_below))
    if nearest_above is not None:
        # Old-style certificates print a small caption under a large value.
        weight = ABOVE_CAPTIONED if nearest_above.size > line.size * 1.1 else ABOVE
        options.append((line.top - nearest_above.bottom, "above", weight, nearest_above))
    for _, relation, weight, neighbour in sorted(options, key=lambda o: o[0]):
        yield relation, weight, _column_of(neighbour, line, same_page)


def _column_of(neighbour: Line, label: Line, lines: list[Line]) -> Line:
    """The part of `neighbour` over (or under) the label, when the label is one caption of a
    row of captions ("Student | Academy Name | Date" under one run of values): the run of
    words, split where the gaps widen, that overlaps the caption most."""
    if not any(o.row == label.row and o is not neighbour for o in lines):
        return neighbour
    chunks: list[list[Word]] = [[neighbour.words[0]]]
    for previous, word in itertools.pairwise(neighbour.words):
        if word.bbox[0] - previous.bbox[2] > _CHUNK_GAP_EM * max(word.size, 1.0):
            chunks.append([])
        chunks[-1].append(word)
    if len(chunks) == 1:
        return neighbour

    def overlap(chunk: list[Word]) -> float:
        return min(chunk[-1].bbox[2], label.x1) - max(chunk[0].bbox[0], label.x0)

    best = max(chunks, key=overlap)
    if overlap(best) <= 0:
        return neighbour
    return replace(neighbour, words=tuple(best), x0=best[0].bbox[0], x1=best[-1].bbox[2])


# Words of one value sit closer than this (in font sizes); values set side by side, farther.
_CHUNK_GAP_EM = 0.9
