"""Checks on the chosen values: dates in the future or out of order, code shapes, titles
that read like sentences, and a certificate issued to someone other than its owner."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipeline.extract.checks import code_is_certain_shape, is_random_letters
from pipeline.extract.choose import value_key
from pipeline.extract.course_checks import course_is_title_like
from pipeline.extract.model import MISSING, FieldValue, Origin, Problem, ProblemKind
from pipeline.extract.profiles import Profile
from pipeline.text import names_match


def check_values(
    fields: dict[str, FieldValue],
    problems: list[Problem],
    *,
    profile: Profile | None,
    owner_name: str | None,
    today: date,
) -> dict[str, FieldValue]:
    """The values with confidence lowered, and a problem added, for each check they fail."""
    checked = dict(fields)

    def lower(
        name: str, cap: float, message: str, kind: ProblemKind = ProblemKind.FAILED_CHECK
    ) -> None:
        checked[name] = replace(checked[name], confidence=min(checked[name].confidence, cap))
        problems.append(Problem(kind, message, name))

    start, end = checked["start_date"].value, checked["end_date"].value
    for name, value in (("start_date", start), ("end_date", end)):
        if value is None:
            continue
        day = date.fromisoformat(value)
        if day > today:
            lower(name, 0.3, f"{name.replace('_', ' ')} {value} is in the future")
        elif day.year < 1990:
            lower(name, 0.3, f"{name.replace('_', ' ')} {value} is implausibly old")
    if start and end and start > end:
        lower("start_date", 0.3, f"start date {start} is after end date {end}")
        lower("end_date", 0.3, f"start date {start} is after end date {end}")

    code = checked["validation_code"]
    if code.value is not None:
        if profile is not None and profile.code_pattern is not None:
            if not profile.code_pattern.match(code.value):
                lower(
                    "validation_code",
                    0.6,
                    f"code '{code.value}' is not shaped like {_issuer_name(profile)}'s codes",
                )
        elif not code_is_certain_shape(code.value) and not (
            # A verification page's address names the certificate by its code, whatever
            # its shape: letters drawn at random are that code, a word is not.
            code.origin == Origin.VERIFICATION_URL and is_random_letters(code.value)
        ):
            lower("validation_code", 0.7, f"code '{code.value}' has an unusual shape (no digits)")
        if code.origin == Origin.FILE_NAME:
            problems.append(
                Problem(
                    ProblemKind.FROM_FILE_NAME,
                    f"validation code '{code.value}' comes from the file name, not the page: "
                    "check it",
                    "validation_code",
                )
            )

    course, learner = checked["course_name"], checked["learner_name"]
    if course.value and not course_is_title_like(course.value):
        lower("course_name", 0.6, f"course name '{course.value}' does not read like a title")
    if (
        course.value
        and learner.value
        and value_key("x", course.value) == value_key("x", learner.value)
    ):
        checked["course_name"] = MISSING
    if owner_name and learner.value and names_match(owner_name, learner.value):
        # The owner's own name, wherever it was found, is the learner's.
        checked["learner_name"] = replace(learner, confidence=max(learner.confidence, 0.9))
    elif owner_name and learner.value:
        lower(
            "learner_name",
            0.5,
            f"the certificate is issued to '{learner.value}', not to the owner '{owner_name}'",
            ProblemKind.OTHER_OWNER,
        )
    return checked


def _issuer_name(profile: Profile) -> str:
    return profile.issuer or profile.name
