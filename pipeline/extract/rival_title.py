"""A headline that names the course otherwise: the page's largest title and the sentence's
course share most of their words, yet differ ("BSI 512: Advanced Incident Response and
Threat Hunting" over "has completed BSI 508: Advanced Incident Response, Threat Hunting
and Digital Forensics"). One of them is not this certificate's course: a person says which.
So with the learner: a name printed large ("Daniel Ferreira") that the sentence names
otherwise ("This confirms that Daniela Ferreira-Costa has completed …").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.candidates import accept_course, accept_name
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


def with_rival_learner(
    fields: dict[str, FieldValue], doc: Document, problems: list[Problem]
) -> dict[str, FieldValue]:
    """The learner made unsure, with a conflict told, when the page's largest name shares a
    name with the chosen learner yet is another person's (neither holds the other's names)."""
    learner = fields["learner_name"]
    if learner.value is None or learner.source.startswith("layout"):
        return fields
    chosen = set(_WORD.findall(fold(learner.value)))
    course = fields["course_name"].value

    def not_a_name(text: str) -> bool:
        return bool(certificate_score(text)) or (course is not None and course in text)

    for headline in prominent_text(
        doc, accept_name, field="learner_name", skip=not_a_name, clear=1.0, unsure=1.0
    ):
        rival = set(_WORD.findall(fold(headline.value)))
        if not rival & chosen or rival <= chosen or chosen <= rival:
            continue
        problems.append(
            Problem(
                ProblemKind.CONFLICT,
                f"the page prints the name '{headline.value}' large, the text "
                f"'{learner.value}': check who this certificate is for",
                "learner_name",
            )
        )
        capped = replace(learner, confidence=min(learner.confidence, _CAP))
        return {**fields, "learner_name": capped}
    return fields


def _alike(a: str, b: str) -> bool:
    words_a, words_b = set(_WORD.findall(a)), set(_WORD.findall(b))
    shorter = min(len(words_a), len(words_b))
    shared = len(words_a & words_b)
    # ("SKYWARD CLOUD TRAINING", the brand, shares two words with a course on its cloud)
    return shorter >= 3 and shared >= 3 and shared >= _SHARED * shorter
