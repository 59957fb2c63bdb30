"""Shape checks for extracted values: is this string plausibly a code or a name? (Course
names: `course_checks`.)"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from pipeline.extract.dates import find_dates
from pipeline.extract.organisations import is_organisation
from pipeline.extract.vocab import (
    AMBIGUOUS_CODE_LABELS,
    BOILERPLATE,
    CODE_LABELS,
    COURSE_LABELS,
    DECOY_LABELS,
    ISSUER_LABELS,
    LEARNER_LABELS,
    compile_words,
)

_CODE_CHARS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/+=-]*[A-Za-z0-9=]$")
# Issuers writing in another script put its letters in their register numbers too
# ("2024-ИБ-03317"): letters of any script, with digits (a word alone is never a code).
_SCRIPT_CODE = re.compile(r"^(?=.*\d)[^\W_](?:[^\W_]|[./+=-])*[^\W_]$")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
# Exam numbers and course codes print like codes but never are the certificate's own code.
_EXAM_OR_COURSE_CODE = re.compile(
    r"^(?:[A-Z]{2,8}[- ]?)?\d{3}-\d{3}$|^CSCO\d{6,}$|^(?:v|ver|version)?\d+(?:\.\d+)+$",
    re.IGNORECASE,
)
WHOLE_LABEL = compile_words(
    CODE_LABELS
    + DECOY_LABELS
    + AMBIGUOUS_CODE_LABELS
    + COURSE_LABELS
    + LEARNER_LABELS
    + ISSUER_LABELS
)
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:" + "|".join(f"(?:{b})" for b in BOILERPLATE) + r")\s*[:.!]?\s*$", re.IGNORECASE
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?$")
_NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "y",
        "e",
        "bin",
        "al",
        "el",
        "st",
        "st.",
        "mc",
        "mac",
        "jr",
        "jr.",
        "sr",
        "sr.",
        "ii",
        "iii",
        "iv",
    ]
)


def uuid_in(text: str) -> str | None:
    """The first UUID in text, or None."""
    match = _UUID.search(text)
    return match.group(0) if match else None


_GROUPED_CODE = re.compile(r"[A-Z0-9]{3,6}(?: [A-Z0-9]{3,6}){2,5}")


def code_problem(value: str) -> str | None:
    """Why value cannot be a certificate code, or None when its shape is plausible."""
    if _GROUPED_CODE.fullmatch(value) and any(ch.isdigit() for ch in value):
        return None  # printed in groups for legibility: "HF7K 29QD M3ZP"
    if not 4 <= len(value) <= 64:
        return f"'{value}' is too short or long for a certificate code"
    if not _CODE_CHARS.match(value) and not (not value.isascii() and _SCRIPT_CODE.match(value)):
        return f"'{value}' has characters a certificate code does not have"
    if value.isalpha() and value.islower():
        return f"'{value}' is a word, not a certificate code"
    if _EXAM_OR_COURSE_CODE.match(value):
        return f"'{value}' looks like an exam, course or Cisco ID, not a certificate code"
    if any(_mostly(value, m.span) for m in find_dates(value)):
        return f"'{value}' is a date, not a certificate code"
    if WHOLE_LABEL.fullmatch(value):
        return f"'{value}' is a label, not a certificate code"
    return None


def _mostly(value: str, span: tuple[int, int]) -> bool:
    """Whether the date at `span` is all of value but a character or two ("17/02/2024/SZK"
    is a register number that starts with a date, "2024-02-17" is a date)."""
    rest = value[: span[0]] + value[span[1] :]
    return sum(ch.isalnum() for ch in rest) < 3


def code_is_certain_shape(value: str) -> bool:
    """True for codes that mix digits in (most issuers'); letters-only codes are unusual."""
    return any(ch.isdigit() for ch in value) and sum(ch.isalnum() for ch in value) >= 5


def is_plausible_code(value: str) -> bool:
    """A token that reads as a certificate code: code-shaped and not a date, label or number
    that only looks like one."""
    return code_is_certain_shape(value) and code_problem(value) is None


def is_random_letters(value: str) -> bool:
    """A letters-only token no language spells: 6–16 letters with at most one vowel in four
    (a code drawn at random, "kQmzpwrt"); a word ("DOWNLOAD", "Completed") has more."""
    if not re.fullmatch(r"[A-Za-z]{6,16}", value):
        return False
    return sum(ch in "aeiouyAEIOUY" for ch in value) <= len(value) / 4


def is_name_like(value: str) -> bool:
    """A person's name: 2–6 words of letters besides particles ("María José Fernández de
    Castro y Villalobos"), perhaps surname first before a comma, no digits, not fixed
    certificate wording."""
    surname, comma, given = value.partition(",")
    if comma and "," not in given and 1 <= len(given.split()) <= 3 and surname.strip():
        value = f"{surname} {given}"  # "Van der Berg-Okafor, Annelies": surname first
    words = value.split()
    named = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if not 2 <= len(named) <= 6 or len(words) > 9 or len(value) > 70:
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    if BOILERPLATE_LINE.match(value) or WHOLE_LABEL.fullmatch(value):
        return False
    lowered = {w.lower().strip(".") for w in words}
    if lowered & _NOT_NAME_WORDS or is_organisation(value):
        return False
    capitalised = [w for w in words if w.lower() not in _NAME_PARTICLES]
    return bool(capitalised) and all(w[0].isupper() for w in capitalised)


_NOT_NAME_WORDS = frozenset(
    [
        "certificate",
        "certificates",
        "certify",
        "certifies",
        "completion",
        "completed",
        "complete",
        "course",
        "courses",
        "training",
        "program",
        "programme",
        "achievement",
        "attendance",
        "cisco",
        "academy",
        "learning",
        "university",
        "institute",
        "networking",
        "network",
        "networks",
        "session",
        "webinar",
        "live",
        "the",
        "of",
        "and",
        "for",
        "with",
        "this",
        "that",
        "has",
        "have",
        "date",
        "signature",
        "director",
        "manager",
        "instructor",
        "digital",
        "online",
        "id",
        "no",
        "number",
        "code",
        "bootcamp",
        "college",
        "school",
        "center",
        "centre",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "corp",
        "corporation",
        "company",
        "group",
        "solutions",
        "systems",
        "technologies",
        "technology",
        "labs",
        "services",
        "partners",
        "partner",
        "education",
        "foundation",
        "association",
        "society",
        "council",
    ]
)


def clean_name(value: str) -> str:
    """Trim punctuation, collapse spaces and drop a title before a person's name and the
    credentials after it ("Yusuf Demirci, CISA")."""
    value = re.sub(r"\s+", " ", value).strip(" ,.;:\"'“”")
    credentials = _POST_NOMINALS.search(value)
    # Only after a name in mixed case: "SMITH, JOHN" is a surname and a first name.
    if credentials and not value[: credentials.start()].isupper():
        value = value[: credentials.start()]
    return _HONORIFIC.sub("", value).strip(" ,.;:\"'“”")


# Credentials after a comma: two to seven capitals, perhaps with lower-case letters inside
# ("CISA", "CISSP", "PhD", "MSc").
_POST_NOMINALS = re.compile(r"(?:,\s*(?:[A-Z][A-Za-z]{0,5}[A-Z]|Ph\.?D\.?|M\.?D\.?|MSc|BSc))+$")


# Titles printed before a name ("Madame", "Pani", "Sayın", "D.ª", "г-н"): not part of it.
_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|mlle|madame|monsieur|mademoiselle|"
    r"sr|sra|srta|d\.?ª|dña|doña|don|dom|d\.(?=\s+\S+\s+\S)|sig|sig\.ra|signor|signora|dott|"
    r"dott\.ssa|ing|eng|"
    r"pan|pani|sayın|bay|bayan|ông|bà|anh|chị|em|г-н|г-жа|господин|госпожа|κ|κα|κος|"
    r"dhr|mevr|mevrouw|de\s+heer)\.?\s+)+(?=\S)",
    re.IGNORECASE,
)


_URL_PARAM_KEYS = {"id", "code", "cert", "certificate", "credential", "serial", "c", "verification"}


_CERTIFICATE_KEY_WORDS = {"cert", "certificate", "credential", "verification", "validation"}


def _code_key(key: str) -> bool:
    """Whether a query key names the certificate's code: one of the usual keys, or a key whose
    words say so ("certificate_id", "credentialId"; not "user_id" or "order")."""
    words = {w.lower() for w in re.split(r"[_.\-]|(?<=[a-z])(?=[A-Z])", key) if w}
    return key.lower() in _URL_PARAM_KEYS or bool(words & _CERTIFICATE_KEY_WORDS)


def code_from_url(url: str) -> str | None:
    """The certificate code a verification URL carries (a query value or its last segment)."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    for key, value in parse_qsl(parts.query):
        if _code_key(key) and value and code_problem(value) is None:
            return value
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    last = segments[-1]
    if re.fullmatch(
        r"(?:verify|verification|validate|certificate|certificates|badges?|share)", last, re.I
    ):
        return None
    found_uuid = uuid_in(last)
    if found_uuid and len(found_uuid) >= len(last) - 4:
        return last
    if is_plausible_code(last):
        return last
    # A letters-only token with capitals ("/go/kQmzpwrt", "/HZTQRMVW") is a short code;
    # the engine flags its unusual shape.
    if re.fullmatch(r"[A-Za-z]{6,16}", last) and not last.islower() and not last.istitle():
        return last
    return None
