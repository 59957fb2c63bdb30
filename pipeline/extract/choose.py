"""Choosing one value per field from the finders' candidates; a close rival is a conflict."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Candidate
from pipeline.extract.model import MISSING, FieldValue, Problem, ProblemKind
from pipeline.text import fold

_CONFLICT_MARGIN = 0.12
_STRONG = 0.75


def value_key(field: str, value: str) -> str:
    """How two values of a field are compared: codes by upper case, text by `text.fold`."""
    if field == "validation_code":
        return value.upper()
    return fold(value)


def pick(cands: list[Candidate], field: str) -> tuple[FieldValue, Problem | None]:
    """The best-supported value; two strong different values are a conflict, not a choice."""
    if not cands:
        return MISSING, None
    cands = _without_run_ins(cands)
    if field == "course_name":
        cands = _without_prose(cands)
    groups: dict[str, list[Candidate]] = {}
    # At equal confidence the fuller value first: a title read whole by a sentence beats the
    # part of it a label gave ("Network Automation" / "… with Python and Netmiko").
    for cand in sorted(cands, key=lambda c: (-c.confidence, -len(c.value))):
        key = value_key(field, cand.value)
        home = next((k for k in groups if _same_value(field, k, key)), key)
        groups.setdefault(home, []).append(cand)
    scored = []
    for members in groups.values():
        best = members[0]
        kinds = {m.source.split(" ")[0] for m in members}
        support = min(0.99, best.confidence + 0.03 * (len(kinds) - 1))
        scored.append((support, best, members))
    scored.sort(key=lambda item: -item[0])
    support, best, _ = scored[0]
    value = FieldValue(best.value, support, best.page, best.bbox, best.source, best.origin)
    if len(scored) > 1:
        rival_support, rival, _ = scored[1]
        if rival_support >= _STRONG and support - rival_support < _CONFLICT_MARGIN:
            label = field.replace("_", " ")
            conflict = Problem(
                ProblemKind.CONFLICT,
                f"two different values for {label}: '{best.value}' ({best.source}) and "
                f"'{rival.value}' ({rival.source})",
                field,
            )
            # Not a coin toss: the person picks one of the two named in the problem.
            return FieldValue(None, 0.0, None, None, "conflicting values"), conflict
    return value, None


_LABEL_SOURCE = re.compile(r"^label '([^']+)'")


def _without_run_ins(cands: list[Candidate]) -> list[Candidate]:
    """Without values that hold another candidate's label: a sentence read on into the label
    of the value below it ("… Development Training Course" over "Training Course: X")."""
    labels = {
        found.group(1).casefold()
        for c in cands
        if (found := _LABEL_SOURCE.match(c.source)) and " " in found.group(1).strip()
    }
    if not labels:
        return cands
    kept = [
        c
        for c in cands
        if _LABEL_SOURCE.match(c.source)
        or not any(
            re.search(rf"(?<!\w){re.escape(label)}(?!\w)", c.value.casefold()) for label in labels
        )
    ]
    return kept or cands


def _without_prose(cands: list[Candidate]) -> list[Candidate]:
    """Without sentence prose read as a title ("… completed the practical lab assessment")
    when another candidate is written like one (a title has a capital letter or a digit), and
    without a course's number when a title of several words is offered."""
    titled = [c for c in cands if _written_as_title(c.value)]
    # A course's number ("NET204x" under "Course", in a side panel) is no rival for its
    # title: one word with digits gives way to a title of several words.
    named = [c for c in titled if not _course_number(c.value)]
    if any(len(c.value.split()) > 1 for c in named):
        titled = named
    return titled or cands


def _course_number(value: str) -> bool:
    return len(value.split()) == 1 and any(ch.isdigit() for ch in value)


def _written_as_title(value: str) -> bool:
    return any(ch.isdigit() or (ch.isalpha() and ch != ch.lower()) for ch in value)


def _same_value(field: str, a: str, b: str) -> bool:
    if a == b:
        return True
    if field == "validation_code":
        # A verification address may carry the code's last part only ("…/0K4M7Q" for
        # "HCI-CSP2-0K4M7Q"): one code, not two.
        short, long = sorted((a, b), key=len)
        return (
            len(short) >= 4
            and any(ch.isdigit() for ch in short)
            and re.search(rf"[-/_.]{re.escape(short)}$", long) is not None
        )
    # A course name found by a sentence and by a label may differ by a word around it.
    return (
        field in ("course_name", "learner_name") and (a in b or b in a) and min(len(a), len(b)) > 8
    )
