"""Values with other text printed over them: a stamp or a mark drawn across a date or a code.

Text set by a layout never overlaps other text; two different words drawn on top of each
other inside a value's box mean something was printed over it later ("AMENDED 21.03.2025"
across the completion date), and which of them counts is for a person to say.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.layout import BBox, Document, Word
from pipeline.extract.model import FieldValue, Problem, ProblemKind

# How much of a word must lie inside the value's box to be part of what is printed there,
# and how much of it another word must cover to be printed over it.
_INSIDE = 0.5
_COVERED = 0.3
_CAP = 0.5


def with_overprints_unsure(
    fields: dict[str, FieldValue], doc: Document, problems: list[Problem]
) -> dict[str, FieldValue]:
    """The values with confidence lowered, and a problem added, where other text is printed
    over them."""
    words: dict[int, list[Word]] = {}
    for line in doc.lines():
        # OCR's words of a picture may lie over the text layer's own: only printed text counts.
        if not line.read_by_ocr:
            words.setdefault(line.page, []).extend(line.words)
    checked = dict(fields)
    for name, value in fields.items():
        if value.value is None or value.bbox is None or value.page is None:
            continue
        page = words.get(value.page, [])
        inside = [w for w in page if _area(w.bbox, value.bbox) > _INSIDE * _size(w)]
        if not any(_over(a, b) for a in inside for b in page if a is not b):
            continue
        checked[name] = replace(value, confidence=min(value.confidence, _CAP))
        label = name.replace("_", " ")
        problems.append(
            Problem(
                ProblemKind.UNSURE,
                f"other text is printed over the {label} '{value.value}' (a stamp?): check it",
                name,
            )
        )
    return checked


def _over(word: Word, other: Word) -> bool:
    """Whether `other` covers much of `word` (a stamp's word over a value's)."""
    if word.text.casefold() == other.text.casefold():
        return False  # one word drawn twice (a shadow), not another word over it
    return _area(word.bbox, other.bbox) > _COVERED * _size(word)


def _size(word: Word) -> float:
    x0, top, x1, bottom = word.bbox
    return max(x1 - x0, 0.0) * max(bottom - top, 0.0)


def _area(a: BBox, b: BBox) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(width, 0.0) * max(height, 0.0)
