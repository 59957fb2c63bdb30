"""What every finder proposes (a Candidate) and the checks that accept or refuse a value.

Each finder module walks the laid-out document one way — labels (labels.py), sentences
(sentences.py), codes in URLs and file names (codes.py), form fields, profile patterns and
type size (fallbacks.py) — and proposes candidates. Choosing between them is the engine's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.checks import (
    clean_name,
    code_from_url,
    code_is_certain_shape,
    code_problem,
    is_name_like,
    is_random_letters,
)
from pipeline.extract.course_checks import clean_course, course_problem
from pipeline.extract.dates import find_dates
from pipeline.extract.layout import UNREADABLE, BBox
from pipeline.extract.model import Origin
from pipeline.extract.vocab import URL


@dataclass(frozen=True)
class Candidate:
    """A proposed value for one field."""

    field: str
    value: str
    confidence: float
    page: int | None
    bbox: BBox | None
    source: str
    origin: Origin = Origin.PAGE


# A value is accepted (and cleaned) or refused: refusal returns None.
Accept = Callable[[str], str | None]

_GROUP = re.compile(r"[A-Z0-9]{3,6}")


def code_token(text: str) -> str:
    """The code at the start of text: its first token, or groups printed apart ("HF7K 29QD
    M3ZP": upper-case letters and digits in groups of one length)."""
    tokens = text.split()
    groups = [tokens[0]]
    for token in tokens[1:6]:
        if not (_GROUP.fullmatch(token) and _GROUP.fullmatch(groups[0])):
            break
        if len(token) != len(groups[0]):
            break
        groups.append(token)
    return " ".join(groups) if len(groups) >= 3 else tokens[0]


def accept_code(raw: str) -> str | None:
    """A certificate code as printed (or carried by a URL printed as the value), or None."""
    if UNREADABLE in raw:
        return None
    value = raw.strip(" .,;:()[]\"'")
    if URL.fullmatch(value):
        return code_from_url(value)
    return value if code_problem(value) is None else None


def accept_code_beside_qr(raw: str) -> str | None:
    """A code beside "Scan to verify": code-shaped (digits in it, or random letters), since
    the words printed by a QR code are as often a signature or a caption."""
    value = accept_code(raw)
    if value is None or not (code_is_certain_shape(value) or is_random_letters(value)):
        return None
    return value


def accept_course(raw: str) -> str | None:
    """A cleaned course name, or None."""
    if UNREADABLE in raw:
        return None
    value = clean_course(raw)
    return value if course_problem(value) is None else None


def accept_name(raw: str) -> str | None:
    """A cleaned person's name, or None."""
    if UNREADABLE in raw:
        return None
    value = clean_name(raw)
    return value if is_name_like(value) else None


def accept_lowercase_name(raw: str) -> str | None:
    """A person's name typed all in lower case ("jane doe"), as some platforms print what
    the learner typed; only where a sentence says a name follows."""
    value = clean_name(raw)
    if _SENTENCE_WORDS & set(value.split()):
        return None  # "Si attesta che il corso …": the sentence goes on, no name typed
    return value if value == value.lower() and is_name_like(value.title()) else None


# Articles and course nouns: a sentence's words, never in a name typed in lower case.
_SENTENCE_WORDS = frozenset(
    {"the", "il", "lo", "la", "le", "el", "los", "las", "o", "os", "der", "die", "das"}
    | {"corso", "course", "curso", "cours", "kurs"}
)


def accept_issuer(raw: str) -> str | None:
    """An organisation's name as printed after 'issued by', or None."""
    value = re.split(r"\s{2,}|\s[-–|]\s|[,;(]", raw.strip())[0].strip(" .:")
    words = value.split()
    if not 1 <= len(words) <= 6 or not value[:1].isupper() or find_dates(value):
        return None
    return value
