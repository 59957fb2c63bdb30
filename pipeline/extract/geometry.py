"""Layout relations between lines: below, above, aligned, wrapped onto the next line."""

from __future__ import annotations

from pipeline.extract.dates import find_dates
from pipeline.extract.layout import BBox, Line
from pipeline.extract.vocab import URL

# Values further than this many line heights from their label are not its value.
MAX_LABEL_DISTANCE = 3.0

# Certificates leave generous space between a sentence and the large value it introduces.
SENTENCE_REACH = 4.0


def overlaps(a: Line, b: Line) -> bool:
    """Whether two lines share a good part of their width."""
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    return overlap > 0.3 * min(a.x1 - a.x0, b.x1 - b.x0)


def is_rule(line: Line) -> bool:
    """A line drawn with underscores or dashes, not text."""
    return not line.text.strip("_-–—=.· ")


def join_wrapped(parts: list[str]) -> str:
    """Join the lines of a wrapped value; a line ending in a hyphen ("SD-") joins tight."""
    text = ""
    for part in parts:
        if text.endswith("-") and text[-2:-1].isalpha():
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text


def line_below(
    line: Line, following: list[Line], *, reach: float = MAX_LABEL_DISTANCE
) -> Line | None:
    for other in following:
        if other.page != line.page or other.row == line.row:
            continue
        height = max(line.bottom - line.top, other.bottom - other.top, 1.0)
        if other.top - line.bottom > reach * height:
            return None
        if is_rule(other):
            continue
        if overlaps(other, line) or abs(centre(other) - centre(line)) < 0.5 * (line.x1 - line.x0):
            return other
    return None


def continuation(first: Line, lines: list[Line]) -> list[Line]:
    """Lines that carry on a wrapped value: same size, right below, aligned, and not a cell
    of a table row (a line with another cell beside it on the left or over it)."""
    return _wrapped(first, lines, downwards=True)


def continuation_above(first: Line, lines: list[Line]) -> list[Line]:
    """Lines above `first` that begin its value (a title printed over a caption wraps up)."""
    return _wrapped(first, lines, downwards=False)


def _wrapped(first: Line, lines: list[Line], *, downwards: bool) -> list[Line]:
    block: list[Line] = []
    current = first
    for other in lines if downwards else reversed(lines):
        if other.page != first.page:
            continue
        if downwards and (other.row <= current.row or other.top <= current.top):
            continue
        slack = band_overlap(other, current)
        if not downwards and (other.row >= current.row or other.bottom > current.top + slack):
            continue
        if _beside(other, current):
            continue  # another column
        if _in_table_row(other, current, lines):
            break
        size = current.size
        # Wrapped lines of one paragraph sit closer than a line of text apart.
        gap = other.top - current.bottom if downwards else current.top - other.bottom
        # ... or, set with generous leading, a word or two that end it in lower case.
        goes_on = (
            downwards
            and not other.read_by_ocr
            and other.text[:1].islower()
            and len(other.words) <= 2
            and not other.text.rstrip().endswith((".", "!", "?"))
            and gap <= _LOOSE_LEADING * size
        )
        # ... or a title's main part ending in a colon, its subtitle set a little smaller
        # ("Data Center Networking:" / "Automation with Ansible and NetBox").
        subtitle = (
            downwards
            and current.text.rstrip().endswith(":")
            and len(current.words) >= _TITLE_BEFORE_COLON
            and gap <= _LOOSE_LEADING * size
            and 0.8 * size <= other.size <= 1.25 * size
        )
        if gap > 0.5 * size and not (goes_on or subtitle):
            break
        if not (same_size(other, current) or _ocr_goes_on(other, current) or subtitle):
            break
        if not overlaps(other, current):
            break
        if find_dates(other.text) or other.text.rstrip().endswith(":") or URL.search(other.text):
            break
        block.append(other)
        current = other
        if len(block) >= _MOST_WRAPPED - 1:
            break
    return block if downwards else block[::-1]


# A value wraps onto four lines at most (a long title in large type); more is a paragraph.
_MOST_WRAPPED = 4
# The widest gap (in font sizes) between wrapped lines when the next goes on in lower case.
_LOOSE_LEADING = 1.0
# A line of this many words or more ending in a colon is a title's main part, not a label.
_TITLE_BEFORE_COLON = 3


def _ocr_goes_on(other: Line, current: Line) -> bool:
    """A line OCR read below another, starting in lower case ("and Segmentation"): the
    same value goes on, though OCR measured its size otherwise (its sizes are estimates)."""
    return (
        other.read_by_ocr
        and current.read_by_ocr
        and other.text[:1].islower()
        and 0.5 * current.size <= other.size <= 1.5 * current.size
    )


def band_overlap(a: Line, b: Line) -> float:
    """How far two lines may overlap and still be one above the other: OCR draws each line
    as a band 1.2 sizes tall around its middle, so a title's lines set tighter than that
    (a heading's leading is often 0.9-1.0 size) have bands that overlap."""
    return 0.35 * min(a.size, b.size) if a.read_by_ocr or b.read_by_ocr else 0.0


def _speck(line: Line) -> bool:
    """A letter or two OCR read in a picture's artwork (a seal, a fold): no table cell."""
    return line.read_by_ocr and sum(ch.isalnum() for ch in line.text) <= 2


def paragraph_continuation(first: Line, following: list[Line], *, most: int = 3) -> list[Line]:
    """The next lines of the paragraph `first` is in: same size, same left edge or overlapping,
    at the paragraph's line spacing. Unlike `continuation` they may hold dates and other
    words after the value: the caller cuts the joined text at its stop words."""
    block: list[Line] = []
    current = first
    for other in following:
        if other.page != first.page or other.row <= current.row or other.top <= current.top:
            continue
        size = current.size
        if other.top - current.bottom > 1.2 * size:
            break
        if not (same_size(other, current) or _ocr_goes_on(other, current)):
            break
        if abs(other.x0 - current.x0) > size and not overlaps(other, current):
            break
        caption = other.text.rstrip().endswith(":") and len(other.words) <= 3
        if caption or any(
            o is not other and o.page == other.page and o.row == other.row and not _speck(o)
            for o in following
        ):
            break  # a caption ("Duration:") or one cell of a table row: the form begins
        block.append(other)
        current = other
        if len(block) >= most:
            break
    return block


def same_size(a: Line, b: Line) -> bool:
    """Whether two lines are set in one font size: within 10%, or 25% when either was read
    by OCR (whose sizes are estimated from the letters' shapes)."""
    ocr = a.read_by_ocr or b.read_by_ocr
    return abs(a.size - b.size) <= (0.25 if ocr else 0.1) * max(a.size, b.size)


def _beside(other: Line, current: Line) -> bool:
    """Whether `other` lies wholly to one side of `current` (in another column)."""
    return other.x0 >= current.x1 + current.size or other.x1 <= current.x0 - current.size


def _in_table_row(other: Line, current: Line, lines: list[Line]) -> bool:
    """Whether `other` is one cell of a table row: another line on its row lies to its left,
    or over the value's own column (a column further right is just the next column). Display
    text far larger or smaller on that row (a slogan set beside the title) is no cell."""
    reach = current.x1 + 2 * current.size
    return any(
        o is not other
        and o.page == other.page
        and o.row == other.row
        and (o.x1 <= other.x0 or o.x0 < reach)
        and not _speck(o)
        and max(o.size, other.size) <= _CELL_SIZES * min(o.size, other.size)
        # The same words beside it: a bilingual page's other column, printing it too.
        and o.text.strip() != other.text.strip()
        for o in lines
    )


def cut_by_a_row(last: Line, lines: list[Line]) -> bool:
    """Whether a value's last line has, tight under it in its size and column, a line that
    `continuation` refused as a table row's cell: the value may wrap on into it (both
    cells of a row wrapping), or may end there; a person tells."""
    return any(
        other.page == last.page
        and other.row != last.row
        and 0 <= other.top - last.bottom < 0.5 * last.size
        and same_size(other, last)
        and overlaps(other, last)
        and _in_table_row(other, last, lines)
        for other in lines
    )


# The cells of one table row are set in sizes within this ratio of each other.
_CELL_SIZES = 1.6


def centre(line: Line) -> float:
    """The line's horizontal centre."""
    return (line.x0 + line.x1) / 2


def union(boxes: list[BBox]) -> BBox:
    """The box around boxes."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def line_above(line: Line, previous: list[Line]) -> Line | None:
    """The nearest line right above `line` that is aligned with it, or None."""
    height = max(line.bottom - line.top, 1.0)
    for other in reversed(previous):
        if other.page != line.page or other.row == line.row:
            continue
        if line.top - other.bottom > MAX_LABEL_DISTANCE * max(height, other.bottom - other.top):
            return None
        if is_rule(other):
            continue
        return other if overlaps(other, line) or abs(centre(other) - centre(line)) < 60 else None
    return None
