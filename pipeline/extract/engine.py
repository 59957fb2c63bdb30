"""From a laid-out Document to an Extraction: run the finders, choose, check, flag.

The rules are general (label vocabularies, layout relations, sentence patterns, validation);
a profile only adds an issuer's labels, code shape and date habits. Every value carries its
confidence; anything unsure, missing or failing a check puts the item up for review with a
problem in words, never a silent guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from pipeline.errors import NotACertificate
from pipeline.extract import candidates, codes, fallbacks, labels, sentences
from pipeline.extract.candidates import Candidate
from pipeline.extract.checks import (
    code_is_certain_shape,
    course_is_title_like,
    is_institution,
)
from pipeline.extract.course_dates import choose_course_dates, classify_dates, date_labels
from pipeline.extract.dates import infer_numeric_order
from pipeline.extract.layout import UNREADABLE, Document
from pipeline.extract.model import (
    FIELD_NAMES,
    MISSING,
    REQUIRED_FIELDS,
    REVIEW_BELOW,
    Extraction,
    FieldValue,
    Problem,
    ProblemKind,
)
from pipeline.extract.printed_credits import find_printed_credits
from pipeline.extract.profiles import Profile, choose_profile
from pipeline.extract.vocab import (
    CODE_LABELS,
    COURSE_BEFORE,
    COURSE_FILLER,
    COURSE_LABELS,
    COURSE_STOPS,
    DECOY_LABELS,
    ISSUER_LABELS,
    LEARNER_BEFORE,
    LEARNER_LABELS,
    LEARNER_STOPS,
    ONE_DAY_EVENT,
    URL,
    URL_HINT,
    WEAK_CODE_LABELS,
    certificate_score,
    compile_words,
    non_certificate_score,
)
from pipeline.text import fold, names_match

# Dates printed under these labels are never course dates; other label words stop a value.
_DATE_LABELS = [
    r"(?:course|training|class|event|session|webinar|program(?:me)?)\s*dates?",
    r"(?:completion|start|end|issue|expir\w*|print\w*|birth)\s*date",
    r"date\s+(?:of\s+)?(?:completion|issue|birth|attendance)",
    r"dates?|date\(s\)|issued(?:\s+on)?|completed\s+on|printed\s+on|valid\s+(?:until|through)",
]
_CONFLICT_MARGIN = 0.12
# Size alone is unsure for a title (a slogan or a heading can be the largest text on the
# page), unless the issuer's profile says its layout puts the title there.
# Measured over every corpus (bench/accuracy_report.py): a person's name that stands out as
# the page's largest was right 58 times in 58; a course title by size alone, 39 in 51.
_LARGEST_TEXT = {"learner_name": 0.85, "course_name": 0.7}
_PROFILE_LAYOUT = 0.85
_STRONG = 0.75


@dataclass(frozen=True)
class Vocabulary:
    """The compiled label patterns for one profile (or none)."""

    code: re.Pattern[str]
    weak_code: re.Pattern[str]
    decoy: re.Pattern[str]
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
    everything = code + course + learner + DECOY_LABELS + ISSUER_LABELS + _DATE_LABELS
    anything = "|".join(f"(?:{f})" for f in everything)
    return Vocabulary(
        code=compile_words(code),
        weak_code=compile_words(WEAK_CODE_LABELS),
        decoy=compile_words(DECOY_LABELS),
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
    # values_for_labels checks on the page); inside a sentence they are just words.
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"^\s*(?:{body})(?=\s*$|\s*[:#]|\s)", re.IGNORECASE)


def extract_document(
    doc: Document,
    *,
    file: str,
    sha256: str,
    profiles: list[Profile],
    owner_name: str | None = None,
    today: date | None = None,
) -> Extraction:
    """Read the certificate values from a laid-out document."""
    today = today or date.today()
    text = doc.text
    problems = _text_problems(text)
    choice = choose_profile(profiles, _without_disclaimers(text))
    if choice.tied:
        problems.append(
            Problem(
                ProblemKind.ISSUER_UNCLEAR,
                "the issuer is unclear: matches profiles " + " and ".join(choice.tied) + " equally",
                "issuer",
            )
        )
    profile = choice.profile
    vocab = vocabulary(profile)
    found = _candidates(doc, vocab, profile)

    order = (profile.numeric_order if profile else None) or infer_numeric_order(text)
    one_day = bool(profile and profile.one_day_event) or bool(vocab.one_day.search(text))
    extra_labels = tuple(sorted(profile.labels.items())) if profile else ()
    course_dates = choose_course_dates(
        classify_dates(doc, order, date_labels(extra_labels)),
        one_day_event=one_day,
        unlabeled_is_completion=bool(profile and profile.unlabeled_date_is_completion),
        issued_is_completion=bool(profile and profile.issue_date_is_completion),
    )
    problems.extend(course_dates.problems)
    found.extend(c for c in (course_dates.start, course_dates.end) if c is not None)
    if profile is not None:
        found.extend(fallbacks.profile_dates(doc, profile.patterns, order, profile.name))
    found.extend(_issuer(doc, profile, choice.matched))

    fields: dict[str, FieldValue] = {}
    for name in FIELD_NAMES:
        value, conflict = _pick([c for c in found if c.field == name], name)
        fields[name] = value
        if conflict:
            problems.append(conflict)

    fields = _check(fields, problems, profile=profile, owner_name=owner_name, today=today)
    missing = _not_printed(fields, doc, vocab, none_printed=course_dates.none_printed)
    for name in (*REQUIRED_FIELDS, "learner_name"):
        field = fields[name]
        label = name.replace("_", " ")
        if field.value is None:
            if name not in missing and not any(p.field == name for p in problems):
                problems.append(Problem(ProblemKind.NOT_FOUND, f"{label} not found", name))
        elif field.confidence < REVIEW_BELOW and not any(p.field == name for p in problems):
            problems.append(
                Problem(
                    ProblemKind.UNSURE,
                    f"{label} '{field.value}' is uncertain ({field.source}, "
                    f"confidence {field.confidence:.2f})",
                    name,
                )
            )
    needs_review = bool(problems) or any(
        fields[n].value is not None and fields[n].confidence < REVIEW_BELOW for n in REQUIRED_FIELDS
    )
    return Extraction(
        file=file,
        sha256=sha256,
        page_count=doc.page_count,
        profile=profile.name if profile else None,
        fields=fields,
        problems=tuple(dict.fromkeys(problems)),
        needs_review=needs_review,
        text=text,
        missing=missing,
        printed_credits=find_printed_credits(doc),
    )


def _text_problems(text: str) -> list[Problem]:
    """What the text layer itself tells: nothing to read, unreadable glyphs, no certificate
    wording; raise NotACertificate for an invoice or receipt."""
    if not text.strip():
        message = "no text on the page (an image-only scan?): enter the fields by hand"
        return [Problem(ProblemKind.NO_TEXT, message)]
    problems = []
    if UNREADABLE in text:
        message = (
            "part of the text cannot be read (a font without a Unicode map): "
            "check the values against the certificate"
        )
        problems.append(Problem(ProblemKind.NO_TEXT, message))
    score = certificate_score(text)
    if score <= 1 and non_certificate_score(text) >= 2:
        raise NotACertificate("not a certificate: it reads like an invoice or receipt")
    if score == 0:
        message = "no certificate wording found: is this a completion certificate?"
        problems.append(Problem(ProblemKind.NOT_CERTIFICATE, message))
    return problems


def _not_printed(
    fields: dict[str, FieldValue], doc: Document, vocab: Vocabulary, *, none_printed: bool
) -> tuple[str, ...]:
    """The portal fields the certificate does not print (as opposed to printed, not read).

    A start date is not printed when the end date was read surely and no start stands
    beside it; a code when nothing on the page is labelled as one or points to a
    verification page; an end date when every date printed is some other date (valid
    until, born on). A course name is always printed: not finding one needs a person.
    """
    missing: list[str] = []
    end = fields["end_date"]
    # An unsure end date is reviewed, and its start with it.
    if fields["start_date"].value is None and end.value and end.confidence >= REVIEW_BELOW:
        missing.append("start_date")
    if end.value is None and none_printed:
        missing.append("end_date")
    if fields["validation_code"].value is None and not _code_is_announced(doc, vocab):
        missing.append("validation_code")
    return tuple(name for name in REQUIRED_FIELDS if name in missing)


def _code_is_announced(doc: Document, vocab: Vocabulary) -> bool:
    """Whether the page labels a code or points to a verification page (so one is printed)."""
    for line in doc.lines():
        if any(URL_HINT.search(url.group(0)) for url in URL.finditer(line.text)):
            return True
    return next(labels.find_labels(doc, vocab.code, vocab.any_label), None) is not None


_DISCLAIMER = re.compile(
    r"trademark|not\s+affiliated|not\s+endorsed|endorsed\s+by|registered\s+mark|"
    r"independent\s+training\s+provider|®|™",
    re.IGNORECASE,
)


def _without_disclaimers(text: str) -> str:
    """The text without trademark notices: naming Cisco there says nothing about the issuer."""
    return "\n".join(line for line in text.splitlines() if not _DISCLAIMER.search(line))


def _candidates(doc: Document, vocab: Vocabulary, profile: Profile | None) -> list[Candidate]:
    found: list[Candidate] = []
    decoys = {
        c.value
        for c in _label_values(doc, vocab.decoy, vocab, candidates.accept_code, "decoy", 1.0, True)
    }
    code_candidates = [
        *_label_values(
            doc, vocab.code, vocab, candidates.accept_code, "validation_code", 0.95, True
        ),
        *_label_values(
            doc, vocab.weak_code, vocab, candidates.accept_code, "validation_code", 0.6, True
        ),
        *codes.codes_in_urls(doc, confidence=0.88),
        *codes.codes_in_file_name(doc, confidence=0.55),
    ]
    code_candidates = [c for c in code_candidates if c.value not in decoys]
    if not code_candidates:
        code_candidates = list(codes.standalone_codes(doc, decoys, confidence=0.5))
    found.extend(code_candidates)

    accept_course = _not_the_issuer(candidates.accept_course, profile)
    found.extend(_label_values(doc, vocab.course, vocab, accept_course, "course_name", 0.9))
    found.extend(
        sentences.lines_after_trigger(
            doc,
            vocab.course_before,
            COURSE_STOPS,
            accept_course,
            field="course_name",
            confidence=0.9,
            wrap=True,
            filler=COURSE_FILLER,
            names=_issuer_names(profile),
            issuer=_issuer_brand(profile),
        )
    )
    found.extend(
        _label_values(doc, vocab.learner, vocab, candidates.accept_name, "learner_name", 0.9)
    )
    found.extend(
        sentences.lines_after_trigger(
            doc,
            vocab.learner_before,
            LEARNER_STOPS,
            candidates.accept_name,
            field="learner_name",
            confidence=0.92,
            wrap=False,
        )
    )
    found.extend(
        sentences.lines_after_trigger(
            doc,
            vocab.learner_before,
            LEARNER_STOPS,
            candidates.accept_lowercase_name,
            field="learner_name",
            confidence=0.6,
            wrap=False,
        )
    )
    found.extend(sentences.names_before_course(doc, vocab.course_before, confidence=0.85))
    found.extend(
        fallbacks.form_field_values(
            doc,
            {
                "validation_code": vocab.code,
                "course_name": compile_words(COURSE_LABELS),
                "learner_name": compile_words(LEARNER_LABELS),
            },
            {
                "validation_code": candidates.accept_code,
                "course_name": accept_course,
                "learner_name": candidates.accept_name,
            },
            confidence=0.9,
        )
    )
    if profile is not None:
        accepts = {
            "validation_code": candidates.accept_code,
            "course_name": accept_course,
            "learner_name": candidates.accept_name,
        }
        for field, pattern in profile.patterns.items():
            if field in accepts:
                found.extend(
                    fallbacks.pattern_values(
                        doc,
                        field,
                        pattern,
                        accepts[field],
                        source=f"profile {profile.name}",
                        confidence=0.95,
                    )
                )
    found.extend(_by_prominence(doc, vocab, profile, found))
    return found


def _by_prominence(
    doc: Document, vocab: Vocabulary, profile: Profile | None, found: list[Candidate]
) -> list[Candidate]:
    """Course and learner from the largest text, when nothing better named them."""
    keywords = [word for word, _ in profile.keywords] if profile else []
    names = {c.value for c in found if c.field == "learner_name"}

    def not_a_value(text: str) -> bool:
        lowered = text.lower()
        return bool(
            certificate_score(text)
            or vocab.any_label.fullmatch(text.strip(" :"))
            or vocab.learner_before.search(text)
            or vocab.course_before.search(text)
            or any(word.lower() in lowered for word in keywords)
            or any(name in text for name in names)
        )

    extra: list[Candidate] = []
    if not any(c.field == "learner_name" for c in found):
        extra.extend(
            fallbacks.prominent_text(
                doc,
                candidates.accept_name,
                field="learner_name",
                skip=not_a_value,
                clear=_largest_text_confidence(profile, "learner_name"),
                unsure=0.5,
            )
        )
        names |= {c.value for c in extra}
    if not any(c.field == "course_name" for c in found):
        # With the learner known, a name-shaped line ("Advanced Kubernetes Operators") may be
        # the course; without, the largest name is more likely the learner than the course.
        extra.extend(
            fallbacks.prominent_text(
                doc,
                lambda text: (
                    None
                    if (not names and candidates.accept_name(text)) or is_institution(text)
                    else candidates.accept_course(text)
                ),
                field="course_name",
                skip=not_a_value,
                clear=_largest_text_confidence(profile, "course_name"),
                unsure=0.5,
            )
        )
    return extra


def _largest_text_confidence(profile: Profile | None, field: str) -> float:
    """Size alone is unsure, unless the issuer's profile says the field is its largest text."""
    if profile and field in profile.largest_text:
        return _PROFILE_LAYOUT
    return _LARGEST_TEXT[field]


def _issuer_names(profile: Profile | None) -> re.Pattern[str] | None:
    """The profile's names as one pattern (keywords and issuer), or None without a profile."""
    if profile is None:
        return None
    words = [word for word, _ in profile.keywords] + ([profile.issuer] if profile.issuer else [])
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def _issuer_brand(profile: Profile | None) -> re.Pattern[str] | None:
    """The issuer's own name ("Cisco Networking Academy"), without its other keywords."""
    if profile is None or not profile.issuer:
        return None
    return re.compile(re.escape(profile.issuer), re.IGNORECASE)


def _not_the_issuer(accept: candidates.Accept, profile: Profile | None) -> candidates.Accept:
    """`accept`, refusing the issuer's own name ("has completed the Cisco U. learning path")."""
    names = {_key("x", word) for word, _ in profile.keywords} if profile else set()
    if profile and profile.issuer:
        names.add(_key("x", profile.issuer))

    def accept_unless_issuer(text: str) -> str | None:
        value = accept(text)
        return None if value is None or _key("x", value) in names else value

    return accept_unless_issuer


def _label_values(
    doc: Document,
    label_pattern: re.Pattern[str],
    vocab: Vocabulary,
    accept: candidates.Accept,
    field: str,
    confidence: float,
    first_token: bool = False,
) -> Iterable[Candidate]:
    text_field = field in ("course_name", "learner_name", "issuer")
    return labels.values_for_labels(
        doc,
        label_pattern,
        vocab.any_label,
        vocab.label_then_colon,
        accept,
        field=field,
        confidence=confidence,
        first_token=first_token,
        wrap=field == "course_name",
        need_gap=text_field,
        not_a_value=(lambda text: _is_sentence(vocab, text)) if text_field else None,
    )


def _is_sentence(vocab: Vocabulary, text: str) -> bool:
    """Certificate wording, not a value: 'This is to certify that …', 'has completed …'."""
    return bool(vocab.learner_before.search(text) or vocab.course_before.search(text))


def _issuer(doc: Document, profile: Profile | None, matched: tuple[str, ...]) -> list[Candidate]:
    if profile is not None and profile.issuer:
        bbox, page = None, None
        for line in doc.lines():
            for word in matched:
                at = line.text.lower().find(word.lower())
                if at >= 0:
                    bbox, page = line.bbox_of(at, at + len(word)), line.page
                    break
            if bbox:
                break
        return [Candidate("issuer", profile.issuer, 0.95, page, bbox, f"profile {profile.name}")]
    vocab = vocabulary(profile)
    return list(_label_values(doc, vocab.issuer, vocab, candidates.accept_issuer, "issuer", 0.75))


def _key(field: str, value: str) -> str:
    if field == "validation_code":
        return value.upper()
    return fold(value)


def _pick(cands: list[Candidate], field: str) -> tuple[FieldValue, Problem | None]:
    """The best-supported value; two strong different values are a conflict, not a choice."""
    if not cands:
        return MISSING, None
    groups: dict[str, list[Candidate]] = {}
    for cand in sorted(cands, key=lambda c: -c.confidence):
        key = _key(field, cand.value)
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
    value = FieldValue(best.value, support, best.page, best.bbox, best.source)
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


def _same_value(field: str, a: str, b: str) -> bool:
    if a == b:
        return True
    # A course name found by a sentence and by a label may differ by a word around it.
    return (
        field in ("course_name", "learner_name") and (a in b or b in a) and min(len(a), len(b)) > 8
    )


def _check(
    fields: dict[str, FieldValue],
    problems: list[Problem],
    *,
    profile: Profile | None,
    owner_name: str | None,
    today: date,
) -> dict[str, FieldValue]:
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
        elif not code_is_certain_shape(code.value):
            lower("validation_code", 0.7, f"code '{code.value}' has an unusual shape (no digits)")
        if code.source.startswith("file name"):
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
    if course.value and learner.value and _key("x", course.value) == _key("x", learner.value):
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
