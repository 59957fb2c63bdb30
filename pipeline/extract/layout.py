"""Words, lines and pages: the positioned text every extraction rule works on.

`build_lines` turns raw glyphs into lines of words by geometry alone, so it copes with
letter-spaced text (each glyph its own fragment), words drawn one by one, tabs and rotated
text. Coordinates are those of the page as displayed, in PDF points, top-left origin.
"""

from __future__ import annotations

import itertools
import math
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

# What a glyph reads as when its font maps it to no character (see pdf._readable).
UNREADABLE = "\ufffd"

# A gap wider than this many font sizes splits a row into separate segments (table columns).
SEGMENT_GAP_EM = 2.2
# A gap this much wider than a line's usual glyph gap is a word break (letter-spaced text).
WORD_GAP_EM = 0.15
# The same character drawn again this close (in font sizes, and well within its own width)
# is a second layer of the same text — fake bold, a shadow, a duplicated text layer — not
# a second character ("ll" sits a whole glyph width apart).
DUPLICATE_EM = 0.15


@dataclass(frozen=True)
class Glyph:
    """One drawn character as the PDF reader reports it."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    direction: tuple[float, float] = (1.0, 0.0)  # reading direction, display coords (y down)
    bold: bool = False
    ocr_confidence: float | None = None  # read from the page's picture: Tesseract's 0–1


@dataclass(frozen=True)
class Word:
    """A run of glyphs without a break; bbox in display coordinates."""

    text: str
    bbox: BBox
    size: float
    bold: bool = False
    ocr_confidence: float | None = None  # its least sure character, when read by OCR


@dataclass(frozen=True)
class Line:
    """A horizontal run of words; rows split into segments at wide gaps (columns)."""

    words: tuple[Word, ...]
    page: int
    row: int  # lines with the same row index sit side by side
    # Position in reading space (rotated text is turned upright), for layout relations.
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(w.text for w in self.words))

    @property
    def size(self) -> float:
        """The line's typical font size."""
        return statistics.median(w.size for w in self.words) if self.words else 0.0

    @property
    def read_by_ocr(self) -> bool:
        """Whether any of the line's words was read from the page's picture."""
        return any(w.ocr_confidence is not None for w in self.words)

    @property
    def bbox(self) -> BBox:
        """The line's box on the displayed page."""
        return union(w.bbox for w in self.words)

    def bbox_of(self, start: int, end: int) -> BBox:
        """Box of the words covering text[start:end] (character offsets into `text`)."""
        boxes = []
        offset = 0
        for word in self.words:
            w_start, w_end = offset, offset + len(word.text)
            if w_end > start and w_start < end:
                boxes.append(word.bbox)
            offset = w_end + 1
        return union(boxes) if boxes else self.bbox


@dataclass(frozen=True)
class Page:
    """One page of the PDF: its number (1-based), size and lines in reading order."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        """The page's lines, one per line of text, side-by-side segments joined by tabs."""
        rows: list[str] = []
        last_row = None
        for line in self.lines:
            if line.row == last_row:
                rows[-1] += "\t" + line.text
            else:
                rows.append(line.text)
            last_row = line.row
        return "\n".join(rows)


@dataclass(frozen=True)
class Document:
    """What the extractor sees of a PDF: pages (only those read), form fields, the file name."""

    file_name: str
    pages: tuple[Page, ...]
    page_count: int
    form_fields: tuple[tuple[str, str], ...] = ()
    ocr_missing: bool = False  # a page needed OCR to be read, and OCR is not installed
    ocr_unread: tuple[int, ...] = ()  # pages OCR did not finish within its time limit
    coarse_scans: tuple[tuple[int, int], ...] = ()  # (page, dpi) of scans below 150 dpi
    # The pages again with every word OCR read in their pictures, values included, when a
    # page's text layer holds only values (its wording is a picture); else empty.
    pictured: tuple[Page, ...] = ()
    # What a page's picture shows in a box (page numbered from 1), read by OCR when asked;
    # None where OCR cannot run, or when the reader has no time left for it.
    sight: Callable[[int, BBox], str | None] | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        """All text read, pages separated by a form feed."""
        return "\f".join(page.text for page in self.pages)

    def lines(self) -> Iterator[Line]:
        """Every line of every page read, in reading order."""
        for page in self.pages:
            yield from page.lines


def boxes_meet(a: BBox, b: BBox) -> bool:
    """Whether two boxes overlap (touching edges do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def union(boxes: Iterable[BBox]) -> BBox:
    """The smallest box holding all boxes."""
    x0s, tops, x1s, bottoms = zip(*boxes, strict=True)
    return (min(x0s), min(tops), max(x1s), max(bottoms))


def normalize_text(text: str) -> str:
    """Split ligatures (ﬁ), widen full-width forms, unify spaces; drop zero-width and soft
    hyphens. Other characters are kept as printed ("2.ª edición" stays as it is)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _INVISIBLE:
            continue
        code = ord(ch)
        if 0xFB00 <= code <= 0xFB4F or 0xFF01 <= code <= 0xFF5E or unicodedata.category(ch) == "Zs":
            ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    return "".join(out)


_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def spread_word(
    text: str, box: BBox, size: float, *, ocr_confidence: float | None = None
) -> list[Glyph]:
    """Glyphs for a word known only by its box (OCR), spread evenly across it."""
    x0, top, x1, bottom = box
    step = (x1 - x0) / max(len(text), 1)
    return [
        Glyph(
            ch,
            x0 + index * step,
            top,
            x0 + index * step + step * 0.95,
            bottom,
            size,
            ocr_confidence=ocr_confidence,
        )
        for index, ch in enumerate(text)
    ]


def dedupe_glyphs(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """The glyphs without the copies drawn over them (the first drawn of each is kept)."""
    kept: list[Glyph] = []
    # Buckets a few font sizes wide: a copy lies in its original's bucket or a neighbour's.
    buckets: dict[tuple[str, int, int], list[Glyph]] = {}
    for glyph in glyphs:
        if glyph.text.isspace():
            kept.append(glyph)
            continue
        size = max(glyph.size, 1.0)
        cell = 4 * size
        bx, by = int(glyph.x0 // cell), int(glyph.top // cell)
        near = DUPLICATE_EM * size
        narrow = 0.5 * max(glyph.x1 - glyph.x0, 0.1)
        duplicate = any(
            abs(other.x0 - glyph.x0) <= min(near, narrow)
            and abs(other.top - glyph.top) <= near
            and abs(other.size - glyph.size) <= 0.1 * size
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other in buckets.get((glyph.text, bx + dx, by + dy), ())
        )
        if not duplicate:
            kept.append(glyph)
            buckets.setdefault((glyph.text, bx, by), []).append(glyph)
    return kept


def build_lines(glyphs: Sequence[Glyph], page: int, *, first_row: int = 0) -> list[Line]:
    """Group glyphs into lines of words, each reading direction on its own."""
    by_direction: dict[tuple[int, int], list[Glyph]] = {}
    for glyph in dedupe_glyphs(glyphs):
        if _is_slanted(glyph.direction):
            continue  # diagonal text is a watermark, never a certificate's values
        by_direction.setdefault(_quarter_turn(glyph.direction), []).append(glyph)
    lines: list[Line] = []
    row = first_row
    # The direction with most glyphs first: it is the certificate's own text.
    for direction, group in sorted(by_direction.items(), key=lambda kv: -len(kv[1])):
        new = _lines_in_direction(group, direction, page, row)
        lines.extend(new)
        row = (new[-1].row + 1) if new else row
    return lines


def _is_slanted(direction: tuple[float, float]) -> bool:
    dx, dy = abs(direction[0]), abs(direction[1])
    return min(dx, dy) > 0.2 * max(dx, dy)


def _quarter_turn(direction: tuple[float, float]) -> tuple[int, int]:
    dx, dy = direction
    if abs(dx) >= abs(dy):
        return (1, 0) if dx >= 0 else (-1, 0)
    return (0, 1) if dy > 0 else (0, -1)


@dataclass(frozen=True)
class _Placed:
    glyph: Glyph
    x0: float  # reading-space box: text runs left to right, lines top to bottom
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


def _to_reading_space(glyph: Glyph, direction: tuple[int, int]) -> _Placed:
    # Rotate display coordinates so that `direction` becomes left-to-right.
    angle = math.atan2(direction[1], direction[0])
    cos, sin = round(math.cos(-angle)), round(math.sin(-angle))
    xs, ys = [], []
    for x, y in ((glyph.x0, glyph.top), (glyph.x1, glyph.bottom)):
        xs.append(x * cos - y * sin)
        ys.append(x * sin + y * cos)
    return _Placed(glyph, min(xs), min(ys), max(xs), max(ys))


def _lines_in_direction(
    glyphs: list[Glyph], direction: tuple[int, int], page: int, first_row: int
) -> list[Line]:
    placed = [_to_reading_space(g, direction) for g in glyphs]
    # Runs keep the content stream's order: a PDF that draws a value overlapping its label
    # still reads "label value", not the two interleaved glyph by glyph.
    runs = _runs(placed)
    runs.sort(key=lambda run: (_centre(run), run[0].x0))
    rows: list[list[list[_Placed]]] = []
    for run in runs:
        if rows:
            last = rows[-1]
            tolerance = 0.4 * max(_height(run), _height(last[-1]))
            if abs(_centre(run) - statistics.median(_centre(r) for r in last[-4:])) <= tolerance:
                last.append(run)
                continue
        rows.append([run])

    lines: list[Line] = []
    for row_index, row in enumerate(rows, start=first_row):
        row.sort(key=lambda run: run[0].x0)
        glyph_row = [item for run in row for item in run]
        for segment in _split_segments(glyph_row):
            words = _words(segment)
            if words:
                lines.append(
                    Line(
                        words=tuple(words),
                        page=page,
                        row=row_index,
                        x0=min(p.x0 for p in segment),
                        top=min(p.top for p in segment),
                        x1=max(p.x1 for p in segment),
                        bottom=max(p.bottom for p in segment),
                    )
                )
    return lines


def _runs(placed: list[_Placed]) -> list[list[_Placed]]:
    """Consecutive glyphs (stream order) on one baseline, moving rightwards without a gap."""
    runs: list[list[_Placed]] = []
    for item in placed:
        if runs:
            run = runs[-1]
            last = run[-1]
            size = max(item.glyph.size, last.glyph.size, 1.0)
            same_line = abs((item.top + item.bottom) / 2 - _centre(run)) <= 0.4 * max(
                item.height, last.height
            )
            forward = last.x1 - 0.5 * size <= item.x0 <= last.x1 + SEGMENT_GAP_EM * size
            if same_line and forward:
                run.append(item)
                continue
        runs.append([item])
    return runs


def _centre(run: list[_Placed]) -> float:
    return statistics.median((p.top + p.bottom) / 2 for p in run[:8])


def _height(run: list[_Placed]) -> float:
    return max(p.height for p in run[:8])


def _split_segments(row: list[_Placed]) -> list[list[_Placed]]:
    segments: list[list[_Placed]] = [[]]
    previous: _Placed | None = None
    for item in row:
        if previous is not None and not item.glyph.text.isspace():
            sizes = sorted((max(item.glyph.size, 1.0), max(previous.glyph.size, 1.0)))
            gap = item.x0 - previous.x1
            # Measured in the smaller type; a change of type size across a gap is a new cell.
            if gap > SEGMENT_GAP_EM * sizes[0] or (sizes[1] > 1.3 * sizes[0] and gap > sizes[0]):
                segments.append([])
        segments[-1].append(item)
        if not item.glyph.text.isspace():
            previous = item
    return [s for s in segments if any(not p.glyph.text.isspace() for p in s)]


def _words(segment: list[_Placed]) -> list[Word]:
    visible = [p for p in segment if not p.glyph.text.isspace()]
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(visible)]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    words: list[list[_Placed]] = [[]]
    previous: _Placed | None = None
    for item in segment:
        if item.glyph.text.isspace():
            words.append([])
            previous = None
            continue
        if previous is not None:
            size = max(item.glyph.size, 1.0)
            gap = item.x0 - previous.x1
            if gap > max(usual_gap, 0.0) + WORD_GAP_EM * size or gap < -0.3 * size:
                words.append([])
        words[-1].append(item)
        previous = item
    result = []
    for group in words:
        if not group:
            continue
        text = normalize_text("".join(p.glyph.text for p in group)).strip()
        if not text or text == UNREADABLE:
            continue  # a lone unmapped glyph is a bullet or an icon, not text
        result.append(
            Word(
                text=text,
                bbox=union((p.glyph.x0, p.glyph.top, p.glyph.x1, p.glyph.bottom) for p in group),
                size=statistics.median(p.glyph.size for p in group),
                bold=any(p.glyph.bold for p in group),
                ocr_confidence=min(
                    (p.glyph.ocr_confidence for p in group if p.glyph.ocr_confidence is not None),
                    default=None,
                ),
            )
        )
    return result
