"""Values only a page's picture shows, and roles only its pictured wording gives.

Some certificates print a few values as text (the learner, a date) and draw the rest as a
picture: the course name in a banner, the dates in the artwork, the wording around them.
The text layer is read first; the same page read again with every word OCR found in its
picture (`Document.pictured`) then fills the fields the text layer could not, and confirms
a value both readings agree on. A text-layer value is never replaced: where the two
readings disagree, the text layer's reading stands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pipeline.extract.layout import UNREADABLE, Document, boxes_meet
from pipeline.extract.model import (
    FIELD_NAMES,
    REQUIRED_FIELDS,
    REVIEW_BELOW,
    REVIEWED_FIELDS,
    Extraction,
    FieldValue,
    Problem,
    ProblemKind,
    needs_review,
    untold_problems,
)

_DATES = ("start_date", "end_date")
# A field the text layer left empty is filled from the picture only on evidence this strong:
# OCR'd wording around a text value, or a value OCR read clearly. Weaker readings of a
# picture's artwork (a logo's letters, a signature) are noise, not a value to check.
_FILL_FROM = 0.55
_UNREADABLE_PART = 0.6
# A value whose letters only OCR of the picture gives is offered, never sure.
_FROM_PICTURE = 0.79


def with_pictured_values(
    doc: Document, first: Extraction, read: Callable[[Document], Extraction]
) -> Extraction:
    """`first` (read from the text layer) with what the pictured pages add, if anything:
    `read` extracts a document the way `first` was extracted."""
    if not doc.pictured or not _lacks_something(first):
        return first
    second = read(replace(doc, pages=doc.pictured, pictured=()))
    fields = dict(first.fields)
    settled: set[str] = set()  # fields whose value (or its confirmation) is the second's
    for name in FIELD_NAMES:
        if name in _DATES:
            continue
        mine, theirs = first.fields[name], second.fields[name]
        if theirs.value is None:
            continue
        if (mine.value is None and _fills(name, theirs, first)) or (
            mine.value == theirs.value and theirs.confidence > mine.confidence
        ):
            fields[name] = theirs
            settled.add(name)
    settled |= _dates(first, second, fields)
    if not settled:
        # Nothing to take from the picture but its wording: a heading drawn as a picture
        # ("Сертификат") still tells that this is a certificate.
        if _certificate_in_picture_only(first, second):
            kept = [p for p in first.problems if p.kind != ProblemKind.NOT_CERTIFICATE]
            return replace(first, problems=tuple(kept), needs_review=needs_review(fields, kept))
        return first
    problems = [p for p in first.problems if p.field not in settled]
    problems += [p for p in second.problems if p.field in settled]
    for name in sorted(settled):
        field = fields[name]
        label = name.replace("_", " ")
        if first.fields[name].value is None and field.value and _ocr_read(field):
            # Its letters come from OCR of a picture the text layer does not hold: a person
            # checks them (a scan's values, all OCR'd, are weighed by their own rules).
            fields[name] = field = replace(field, confidence=min(field.confidence, _FROM_PICTURE))
            # The issuer is no portal field: an unsure one is shown, never a reason to review.
            if name in REVIEWED_FIELDS and not any(p.field == name for p in problems):
                problems.append(
                    Problem(
                        ProblemKind.UNSURE,
                        f"{label} '{field.value}' is printed only in a picture (read by OCR): "
                        "check it",
                        name,
                    )
                )
        if field.value and _over_unreadable(doc, field) and field.confidence > _UNREADABLE_PART:
            fields[name] = replace(field, confidence=_UNREADABLE_PART)
            if name in REVIEWED_FIELDS:
                problems.append(
                    Problem(
                        ProblemKind.UNSURE,
                        f"part of the {label} '{field.value}' cannot be read from the text layer "
                        "(a font without a Unicode map): check it",
                        name,
                    )
                )
    if _certificate_in_picture_only(first, second):
        problems = [p for p in problems if p.kind != ProblemKind.NOT_CERTIFICATE]
    missing = tuple(
        name for name in REQUIRED_FIELDS if _missing(name, fields, settled, first, second)
    )
    # What the whole page shows is not printed is no longer "not found".
    problems = [p for p in problems if not (p.kind == ProblemKind.NOT_FOUND and p.field in missing)]
    # A field the text layer's reading let pass unremarked (a profile says it is absent)
    # stays so; one it thought not printed, and the picture shows is, needs a person.
    quiet = [
        n
        for n in REVIEWED_FIELDS
        if fields[n] is first.fields[n]
        and n not in first.missing
        and not any(p.field == n for p in first.problems)
    ]
    problems += untold_problems(fields, problems, (*missing, *quiet))
    return replace(
        first,
        fields=fields,
        problems=tuple(dict.fromkeys(problems)),
        needs_review=needs_review(fields, problems),
        missing=missing,
        text=second.text,
    )


def _certificate_in_picture_only(first: Extraction, second: Extraction) -> bool:
    """Whether only the picture shows certificate wording (the text layer has none)."""
    return any(p.kind == ProblemKind.NOT_CERTIFICATE for p in first.problems) and not any(
        p.kind == ProblemKind.NOT_CERTIFICATE for p in second.problems
    )


def _fills(name: str, theirs: FieldValue, first: Extraction) -> bool:
    """Whether the picture's reading may fill an empty field: strong evidence, a code with a
    digit (a word under "Scan to verify" is not one), not another field's value."""
    if theirs.confidence < _FILL_FROM:
        return False
    if name == "validation_code" and not any(ch.isdigit() for ch in theirs.value or ""):
        return False
    return all(other.value != theirs.value for other in first.fields.values())


def _ocr_read(field: FieldValue) -> bool:
    """Whether some of the value's words were read by OCR (its source says so)."""
    return field.source.endswith(", OCR")


def _over_unreadable(doc: Document, field: FieldValue) -> bool:
    """Whether the text layer has glyphs without a Unicode map inside the value's box (OCR
    then read them, or they were left out)."""
    if field.bbox is None:
        return False
    return any(
        UNREADABLE in word.text and boxes_meet(word.bbox, field.bbox)
        for page in doc.pages
        if page.number == field.page
        for line in page.lines
        for word in line.words
    )


def _lacks_something(first: Extraction) -> bool:
    """Whether a field is empty (and printed) or unsure: only then is the picture read."""
    return any(
        (field.value is None and name not in first.missing) or field.confidence < REVIEW_BELOW
        for name, field in first.fields.items()
        if name != "issuer"
    )


def _dates(first: Extraction, second: Extraction, fields: dict[str, FieldValue]) -> set[str]:
    """Start and end go together: both from the picture when the text layer has no end
    date, a start alone only beside the same end date."""
    start, end = first.fields["start_date"], first.fields["end_date"]
    their_start, their_end = second.fields["start_date"], second.fields["end_date"]
    if end.value is None and their_end.value is not None:
        fields["start_date"], fields["end_date"] = their_start, their_end
        return set(_DATES)
    if (
        end.value is not None
        and end.value == their_end.value
        and start.value is None
        and their_start.value is not None
    ):
        fields["start_date"] = their_start
        return {"start_date"}
    return set()


def _missing(
    name: str,
    fields: dict[str, FieldValue],
    settled: set[str],
    first: Extraction,
    second: Extraction,
) -> bool:
    """Whether a portal field is not printed: as the reading its value came from says (the
    start date goes with the end date's), or, empty in both, as both say (a code label the
    picture shows means a code is printed, even if OCR could not read it)."""
    if fields[name].value is not None:
        return False
    if name in settled or (name == "start_date" and "end_date" in settled):
        return name in second.missing
    return name in first.missing and name in second.missing
