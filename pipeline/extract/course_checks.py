"""Shape checks for course names: is this string plausibly a course's title, and the title
cleaned of a sentence's own words around it."""

from __future__ import annotations

import re

from pipeline.extract.checks import BOILERPLATE_LINE, WHOLE_LABEL
from pipeline.extract.date_words import MONTH_NAMES_FLAT, alternation
from pipeline.extract.dates import find_dates

# A lower-case word that links a sentence's parts: no title opens with it ("as validated by
# the student", "with a consolidated score of").
_OPENS_WITH_LINKING_WORD = re.compile(
    r"(?:as|by|with|for|of|in|on|at|to|and|or|from|which|who|that|whose|where|when)\s"
)
# A lower-case fragment with a verb ("modules is attached") is a sentence's tail.
_SENTENCE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|shall|can|may|must|does|did|be|been)\b"
)


def course_is_title_like(value: str) -> bool:
    """Course titles start with a capital or a digit; a lower-case start is a sentence's."""
    first = value.lstrip(" \"'“”‘’«»„‚‹›「」(")[:1]
    return not first.islower()


def course_problem(value: str) -> str | None:
    """Why value cannot be a course name, or None when it is plausible."""
    stripped = value.strip(" :-–—\"'“”‘’")
    if len(stripped) < 3 or not re.search(r"[^\W\d_]{2}", stripped):
        return f"'{value}' is too short to be a course name"
    if len(stripped) > 250:
        return "the course name is implausibly long"
    if _LIST_HEADING.fullmatch(stripped):
        return f"'{value}' heads a list of parts, not a course name"
    if PLACEHOLDER.search(stripped):
        return f"'{value}' is a template's unfilled field, not a course name"
    if BOILERPLATE_LINE.match(stripped) or WHOLE_LABEL.fullmatch(stripped):
        return f"'{value}' is certificate wording, not a course name"
    if find_dates(stripped) or _DAY_AND_MONTH.fullmatch(stripped):
        return f"'{value}' holds a date: not a course name"
    if stripped[:1].islower() and (
        _SENTENCE_VERB.search(stripped) or _OPENS_WITH_LINKING_WORD.match(stripped)
    ):
        return f"'{value}' is part of a sentence, not a course name"
    if re.match(
        r"\d+(?:[.,]\d+)?\s*(?:hours?|hrs?|days?|weeks?|credits?|modules?|minutes?)\b",
        stripped,
        re.I,
    ):
        return f"'{value}' is a quantity, not a course name"
    if _EXAM_CODE_ONLY.fullmatch(stripped):
        return f"'{value}' is an exam code, not a course name"
    if _DESCRIPTION.match(stripped):
        return f"'{value}' describes the courses taken, not a course name"
    if _FILLER_ONLY.fullmatch(stripped):
        return f"'{value}' is the sentence's own words ('a course on'), not a course name"
    if COLUMN_HEADS.fullmatch(stripped):
        return f"'{value}' heads a table's columns, not a course name"
    return None


# Words that head a table's columns ("Code | Course | Started | Completed | Hours | Result").
COLUMN_HEAD_WORDS = (
    r"hours?|result|score|grade|status|dates?|credits?|started|completed|progress|points|code|"
    r"course|title|passed"
)
COLUMN_HEADS = re.compile(rf"(?:\s*(?:{COLUMN_HEAD_WORDS}))+\s*", re.IGNORECASE)


# The heading of a list of a programme's parts, perhaps with their count ("Modules 7 of 7").
_LIST_HEADING = re.compile(
    r"(?:courses|modules|lessons|sessions|topics|units|chapters|labs|kurse|cours|cursos|"
    r"corsi|moduli|módulos|modules\s+completed)(?:\s*:?\s*\d+\s*(?:of|/|von|de|di|sur)\s*\d+)?",
    re.IGNORECASE,
)
# A template's field left unfilled: "{{course.title}}", "<<Name>>", "[Course Name]".
PLACEHOLDER = re.compile(
    r"\{\{[^{}]*\}\}|\$\{[^{}]+\}|<<[^<>]+>>|%[A-Z_]{3,}%|\[(?:[A-Z][a-z]+ )?(?:Name|Title)\]"
)
# A day without its year ("on 14 June", "June 14th"): no course name, however it is printed.
_MONTH_WORD = rf"{alternation(MONTH_NAMES_FLAT)}\.?"
_DAY_AND_MONTH = re.compile(
    rf"(?:(?:on|am|le|el|il|em|op|the)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?"
    rf"{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)",
    re.IGNORECASE,
)
_FILLER_ONLY = re.compile(
    r"(?:(?:a|an|the|this|course|training|program(?:me)?|class|module|session|on|in|of)\b\s*)+",
    re.IGNORECASE,
)
# "Exam passed: AZ-700": an exam code alone names no course.
_EXAM_CODE_ONLY = re.compile(
    r"(?:exam\s+)?(?:[A-Z]{1,4}\d?-?\d{3}(?:-\d{3})?|\d{3}-\d{3})", re.IGNORECASE
)
# "Those who earn the Specialization have completed all four courses listed …".
_DESCRIPTION = re.compile(
    r"(?:all|each|every|several|both|these|those|the\s+following|one\s+or\s+more|"
    r"l['’]ensemble\s+des|tous\s+les|toutes\s+les|todos\s+los|todas\s+las|tutti\s+i|"
    r"(?:a\s+)?(?:series|set|number)\s+of)\s",
    re.IGNORECASE,
)


def clean_course(value: str) -> str:
    """Trim quotes, punctuation, a sentence's article and a dangling 'course' word."""
    value = re.sub(r"\s+", " ", value).strip()
    value = value.strip(" \"'“”‘’«»„‚‹›「」")
    value = re.sub(r"[\s,;:.]+$", "", value)
    # A lowercase article belongs to the sentence, not the title ("completing the CCNA: …").
    value = re.sub(r"^(?:the|a|an|o|el|la|le|il|der|die|das)\s+(?=\S)", "", value)
    value = re.sub(
        r"^(?:the\s+)?(?:(?:online|e-?learning|training)\s+)?(?:course|training)\s*[:\-–]\s*",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # "Certificate of completion – Secure SD-WAN Deployment" (an e-mail's subject): the
    # document's own name before a dash is not the title.
    value = re.sub(
        r"^(?:your\s+)?certificate\s+of\s+(?:completion|attendance|achievement|participation)"
        r"\s*[–—:-]\s*(?=\S)",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # "the Networking Essentials course (course version 3.0)": the sentence's own "course"
    # and its lower-case aside about it are not the title.
    value = re.sub(r"\s+course\s*\((?=[a-z])[^()]*\)$", " course", value)
    if _ends_with_generic_course_word(value):
        value = re.sub(r"\s+course$", "", value)
    return value.strip(" \"'“”‘’«»„‚‹›「」")


def _ends_with_generic_course_word(value: str) -> bool:
    # "... Fundamentals course" -> drop "course"; but keep "Crash Course" style titles.
    # Only the sentence's lower-case "course": a title may end in "Course" on purpose.
    return bool(re.search(r"\s(?:course)$", value)) and not re.search(
        r"(?:crash|short|mini|master|intensive)\s+course$", value, re.IGNORECASE
    )
