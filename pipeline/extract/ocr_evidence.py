"""How sure a value read from a page's picture is: the rule's confidence times the OCR's."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.layout import BBox, Document, boxes_meet
from pipeline.extract.model import FieldValue, Problem, ProblemKind

# Characters OCR mistakes for each other in codes: never "fixed", an unsure one is flagged
# (where its run of characters does not tell its kind).
_CONFUSABLE = frozenset("0OoDQ1lI|i5S8B2Z6G")
_CONFUSED_LETTERS = frozenset("OoDQlI|i")
# A code's word read below this by OCR may hold a confused character: it is unsure.
_SURE_CHARACTER = 0.95
# Measured over every corpus (bench/accuracy_report.py), titles and dates OCR read were
# right 90% and 97% of the time at the confidence their rules give: not the 99% "sure"
# means (a title's wrapped lines, a date's digits). They are offered for a person to check;
# learners' names and codes (with the check on confusable characters) were right 48 in 48.
_OCR_UNSURE_FIELDS = ("course_name", "start_date", "end_date")
_OCR_UNSURE = 0.79
# What a value OCR read from a coarse scan (below 150 dpi) is worth at most.
_COARSE = 0.7


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
        if name in _OCR_UNSURE_FIELDS:
            confidence = min(confidence, _OCR_UNSURE)
        if (
            name == "validation_code"
            and ocr < _SURE_CHARACTER
            and holds_confusable(field.value)
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
        coarse = dict(doc.coarse_scans).get(field.page)
        if coarse is not None:
            confidence = min(confidence, _COARSE)
            problems.append(
                Problem(
                    ProblemKind.UNSURE,
                    f"page {field.page} is a scan of {coarse} dpi, too coarse to be sure of "
                    "what OCR read: check the values",
                )
            )
        folded[name] = replace(field, confidence=confidence, source=f"{field.source}, OCR")
    return folded


def holds_confusable(code: str) -> bool:
    """Whether a code holds a character OCR may have confused with one of another kind: in
    a run of letters and digits mixed ("B0E3", "7O4"), or alone ("-0-"), or a letter OCR
    takes for another letter (l/I, O/D/Q). In a run all of digits ("0220") each is what it
    looks like, as is each letter of "PANW"."""
    for run in re.split(r"[^0-9A-Za-z|]+", code):
        if not any(ch in _CONFUSABLE for ch in run):
            continue
        digits = sum(ch.isdigit() for ch in run)
        if len(run) == 1 or 0 < digits < len(run):
            return True
        if not digits and any(ch in _CONFUSED_LETTERS for ch in run):
            return True  # l/I and O/D/Q are letters both
    return False


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
