"""A headline that names the course otherwise: the page's largest title and the sentence's
course share most of their words, yet differ ("BSI 512: Advanced Incident Response and
Threat Hunting" over "has completed BSI 508: Advanced Incident Response, Threat Hunting
and Digital Forensics"). One of them is not this certificate's course: a person says which.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.candidates import accept_course
from pipeline.extract.fallbacks import prominent_text
from pipeline.extract.layout import Document
from pipeline.extract.model import FieldValue, Problem, ProblemKind
from pipeline.extract.wording import certificate_score
from pipeline.text import fold

# This share of the shorter title's words in the other: the same course named twice.
_SHARED = 0.6
_CAP = 0.6
_WORD = re.compile(r"\w+")


def with_rival_title(
    fields: dict[str, FieldValue], doc: Document, problems: list[Problem]
) -> dict[str, FieldValue]:
    """The course made unsure, with a conflict told, when the page's largest title names it
    almost, but not quite, as the chosen value does."""
    course = fields["course_name"]
    if course.value is None or course.source.startswith("layout"):
        return fields
    chosen = fold(course.value)
    learner = fields["learner_name"].value

    def not_a_title(text: str) -> bool:
        return bool(certificate_score(text)) or (learner is not None and learner in text)

    for headline in prominent_text(
        doc,
        accept_course,
        field="course_name",
        skip=not_a_title,
        clear=1.0,
        unsure=1.0,
    ):
        rival = fold(headline.value)
        if rival in chosen or chosen in rival or not _alike(rival, chosen):
            continue
        problems.append(
            Problem(
                ProblemKind.CONFLICT,
                f"the headline names the course '{headline.value}', the text "
                f"'{course.value}': check which this certificate is for",
                "course_name",
            )
        )
        return {**fields, "course_name": replace(course, confidence=min(course.confidence, _CAP))}
    return fields


def _alike(a: str, b: str) -> bool:
    words_a, words_b = set(_WORD.findall(a)), set(_WORD.findall(b))
    shorter = min(len(words_a), len(words_b))
    return shorter >= 3 and len(words_a & words_b) >= _SHARED * shorter
