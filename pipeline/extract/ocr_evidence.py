"""How sure a value read from a page's picture is: the rule's confidence times the OCR's."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.layout import BBox, Document, boxes_meet
from pipeline.extract.model import FieldValue, Problem, ProblemKind

# Characters OCR mistakes for each other in codes: never "fixed", an unsure one is flagged.
_CONFUSABLE = frozenset("0OoDQ1lI|i5S8B2Z6G")
# A code's word read below this by OCR may hold a confused character: it is unsure.
_SURE_CHARACTER = 0.95


def fold_ocr_confidence(
    fields: dict[str, FieldValue], doc: Document, problems: list[Problem]
) -> dict[str, FieldValue]:
    """Each value read (in part) by OCR, with its confidence multiplied by that of its least
    sure word; a code with an unsure character that OCR confuses with another is unsure."""
    folded = dict(fields)
    for name, field in fields.items():
        if field.value is None or field.bbox is None or field.page is None:
            continue
        ocr = _ocr_confidence(doc, field.page, field.bbox)
        if ocr is None:
            continue
        confidence = field.confidence * ocr
        if (
            name == "validation_code"
            and ocr < _SURE_CHARACTER
            and any(ch in _CONFUSABLE for ch in field.value)
        ):
            confidence = min(confidence, 0.6)
            problems.append(
                Problem(
                    ProblemKind.UNSURE,
                    f"validation code '{field.value}' was read from a picture and holds "
                    "characters OCR confuses (0/O, 1/l/I, 5/S, 8/B): check it",
                    name,
                )
            )
        folded[name] = replace(field, confidence=confidence, source=f"{field.source}, OCR")
    return folded


def _ocr_confidence(doc: Document, page: int, bbox: BBox) -> float | None:
    """The least OCR confidence of the words inside `bbox`, or None if none was OCR'd."""
    found = [
        word.ocr_confidence
        for line in doc.lines()
        if line.page == page
        for word in line.words
        if word.ocr_confidence is not None and boxes_meet(word.bbox, bbox)
    ]
    return min(found) if found else None
