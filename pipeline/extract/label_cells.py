"""Where a label stands: one heading of a table's row, a form's cell beside its value, the
next column's heading, or a word that ends a sentence (so it names no value)."""

from __future__ import annotations

import re

from pipeline.extract.geometry import line_below
from pipeline.extract.layout import Line


def heads_a_column(label: Line, lines: list[Line], any_label: re.Pattern[str]) -> bool:
    """Whether a label is one heading of a table's row ("Session  Title  Credits": three
    cells or more; a form's row is a label and its value) with two or more entries under
    it, none of them a label (the lines of one wrapped entry are one)."""
    cells = sum(1 for o in lines if o.page == label.page and o.row == label.row)
    if cells < 3:
        return False
    entries, current = 0, label
    for other in lines:
        if other.page != label.page or other.top <= current.top or other.row == current.row:
            continue
        # (A row's cells may read as one line: "WLD-090 RF Basics …" under "Code  Course".)
        if not any(abs(word.bbox[0] - label.x0) < label.size for word in other.words):
            continue
        if other.top - current.bottom > 2.0 * (current.bottom - current.top):
            break
        if opens_with_label(other.text.strip(), any_label):
            return False
        # A line set tight under the entry above, in its size, wraps that entry on.
        wraps = (
            current is not label
            and other.top - current.bottom < _WRAP_GAP * (current.bottom - current.top)
            and abs(other.size - current.size) <= 0.1 * current.size
        )
        entries, current = entries + (0 if wraps else 1), other
    return entries >= 2


# Lines of one wrapped cell stand closer than this share of their height (a table's rows
# are spaced wider).
_WRAP_GAP = 0.5


# A label's last word (four letters or more: not "No." or "Ref.") ending a sentence, and the
# next sentence's first word.
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}\s*\.\s*$")
_NEXT_SENTENCE = re.compile(r"^\s*[^\W\d_][^\W\d_A-ZÀ-Þ]+\b(?![-/])")


def ends_sentence(upto: str, rest: str) -> bool:
    """Whether a label closes its sentence (a period after a whole word) and the next
    sentence begins (a capitalised word, not a code): the label names no value here."""
    return bool(
        _SENTENCE_END.search(upto) and _NEXT_SENTENCE.match(rest) and rest.lstrip()[:1].isupper()
    )


def opens_with_label(text: str, any_label: re.Pattern[str]) -> bool:
    """A cell that is a label, alone or before a colon ("Subject: …"); not an entry that
    merely starts with a label's word ("Subject access requests and disclosures")."""
    hit = any_label.match(text)
    if hit is None:
        return False
    after = text[hit.end() :].lstrip()
    return not after or after[:1] == ":" or hit.group(0).rstrip().endswith(":")


def next_cell(line: Line, neighbour: Line, relation: str) -> bool:
    """Whether `neighbour` is the next cell of a form row: to the right, in the same style."""
    return (
        relation == "right"
        and abs(neighbour.size - line.size) <= 0.2 * line.size
        and neighbour.x0 - line.x1 <= 8 * line.size
    )


def next_heading(label: Line, beside: Line, lines: list[Line]) -> bool:
    """Whether the line beside a label is the next column's heading ("KATILIMCI   EĞİTİM
    TARİHLERİ" over "Elif Yıldırım Aksoy   17-19 Şubat 2025"): set like the label, and each
    stands over a value of one row, set larger than both."""
    if abs(beside.size - label.size) > 0.1 * label.size:
        return False
    under_label = line_below(label, [o for o in lines if o.top > label.top])
    under_beside = line_below(beside, [o for o in lines if o.top > beside.top])
    return (
        under_label is not None
        and under_beside is not None
        and under_label is not under_beside
        and under_label.row == under_beside.row
        and all(sum(ch.isalnum() for ch in u.text) > 2 for u in (under_label, under_beside))
        and min(under_label.size, under_beside.size) > 1.25 * label.size
    )
