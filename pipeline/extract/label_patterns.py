"""The label patterns for one profile: the built-in vocabularies compiled, with its labels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.date_words import ONE_DAY_EVENT
from pipeline.extract.profiles import Profile
from pipeline.extract.vocab import (
    AMBIGUOUS_CODE_LABELS,
    CODE_LABELS,
    COURSE_BEFORE,
    COURSE_LABELS,
    DECOY_LABELS,
    ISSUER_LABELS,
    LEARNER_BEFORE,
    LEARNER_LABELS,
    QR_CODE_LABELS,
    WEAK_CODE_LABELS,
    compile_words,
)

# Dates printed under these labels are never course dates; other label words stop a value.
_DATE_LABELS = [
    r"(?:course|training|class|event|session|webinar|program(?:me)?)\s*dates?",
    r"(?:completion|start|end|issue|expir\w*|print\w*|birth)\s*date",
    r"date\s+(?:of\s+)?(?:completion|issue|birth|attendance)",
    r"dates?|date\(s\)|issued(?:\s+on)?|completed\s+on|printed\s+on|valid\s+(?:until|through)",
]


@dataclass(frozen=True)
class Vocabulary:
    """The compiled label patterns for one profile (or none)."""

    code: re.Pattern[str]
    weak_code: re.Pattern[str]
    qr_code: re.Pattern[str]
    decoy: re.Pattern[str]
    ambiguous_code: re.Pattern[str]
    course: re.Pattern[str]
    learner: re.Pattern[str]
    issuer: re.Pattern[str]
    any_label: re.Pattern[str]
    label_then_colon: re.Pattern[str]
    learner_before: re.Pattern[str]
    course_before: re.Pattern[str]
    one_day: re.Pattern[str]


def vocabulary(profile: Profile | None) -> Vocabulary:
    """Label patterns with the profile's own labels added."""
    extra_labels = tuple(sorted(profile.labels.items())) if profile else ()
    return _vocabulary(extra_labels)


@lru_cache(maxsize=64)
def _vocabulary(extra_labels: tuple[tuple[str, tuple[str, ...]], ...]) -> Vocabulary:
    extra = dict(extra_labels)
    code = CODE_LABELS + list(extra.get("validation_code", ()))
    course = COURSE_LABELS + list(extra.get("course_name", ()))
    learner = LEARNER_LABELS + list(extra.get("learner_name", ()))
    everything = (
        code
        + QR_CODE_LABELS
        + course
        + learner
        + DECOY_LABELS
        + AMBIGUOUS_CODE_LABELS
        + ISSUER_LABELS
        + _DATE_LABELS
    )
    anything = "|".join(f"(?:{f})" for f in everything)
    return Vocabulary(
        code=compile_words(code),
        weak_code=compile_words(WEAK_CODE_LABELS),
        qr_code=compile_words(QR_CODE_LABELS),
        decoy=compile_words(DECOY_LABELS),
        ambiguous_code=compile_words(AMBIGUOUS_CODE_LABELS),
        course=_text_label(course),
        learner=_text_label(learner),
        issuer=_text_label(ISSUER_LABELS),
        any_label=compile_words(everything),
        label_then_colon=re.compile(rf"(?<![\w])(?:{anything})\s*[:#]", re.IGNORECASE),
        learner_before=compile_words(LEARNER_BEFORE),
        course_before=compile_words(COURSE_BEFORE),
        one_day=compile_words(ONE_DAY_EVENT),
    )


def _text_label(fragments: list[str]) -> re.Pattern[str]:
    # Words such as "course" or "name" are labels only at the start of their line, followed
    # by a colon, standing alone, or set apart by a wide gap ("Student      Jane Doe", which
    # values_for_labels checks on the page); inside a sentence they are just words — unless
    # the sentence ends with the label and a colon, its value in the next cell on the same
    # row ("Đã hoàn thành khóa học:  Quản trị mạng …"): group "closing".
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(
        rf"^\s*(?:{body})(?=\s*$|\s*[:#]|\s)|(?<![\w])(?P<closing>{body})(?=\s*:\s*$)",
        re.IGNORECASE,
    )
