"""From a laid-out Document to an Extraction: run the finders, choose, check, flag.

The rules are general (label vocabularies, layout relations, sentence patterns, validation);
a profile only adds an issuer's labels, code shape and date habits. Every value carries its
confidence; anything unsure, missing or failing a check puts the item up for review with a
problem in words, never a silent guess.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.errors import NotACertificate
from pipeline.extract import fallbacks, labels
from pipeline.extract.candidates import Candidate
from pipeline.extract.checks import is_plausible_code
from pipeline.extract.choose import pick
from pipeline.extract.course_checks import PLACEHOLDER
from pipeline.extract.course_dates import CourseDates, choose_course_dates
from pipeline.extract.date_order import (
    order_of_duration,
    order_of_language,
    order_of_twin,
    unsure_by_length,
)
from pipeline.extract.date_roles import classify_dates, date_labels, dates_printed_unread
from pipeline.extract.dates import NumericOrder, infer_numeric_order
from pipeline.extract.gather import gather_candidates, issuer_candidates
from pipeline.extract.label_patterns import Vocabulary, vocabulary
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
    needs_review,
    untold_problems,
)
from pipeline.extract.month_dates import with_months
from pipeline.extract.ocr import NOT_INSTALLED as OCR_NOT_INSTALLED
from pipeline.extract.ocr_evidence import fold_ocr_confidence
from pipeline.extract.overprint import with_overprints_unsure
from pipeline.extract.page_edge import with_cut_by_the_edge
from pipeline.extract.pictured import with_pictured_values
from pipeline.extract.printed_credits import read_credits
from pipeline.extract.profiles import Profile, choose_profile
from pipeline.extract.rival_title import with_rival_learner, with_rival_title
from pipeline.extract.taught import locate_taught
from pipeline.extract.value_checks import check_values
from pipeline.extract.vocab import URL, URL_HINT
from pipeline.extract.wording import (
    certificate_score,
    non_certificate_score,
    unreadable_is_wording,
)

__all__ = ["extract_document"]


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

    def read(pages: Document) -> Extraction:
        return _extract(
            pages,
            file=file,
            sha256=sha256,
            profiles=profiles,
            owner_name=owner_name,
            today=today,
        )

    return with_pictured_values(doc, read(doc), read)


def _extract(
    doc: Document,
    *,
    file: str,
    sha256: str,
    profiles: list[Profile],
    owner_name: str | None,
    today: date,
) -> Extraction:
    text = doc.text
    problems = _text_problems(text, ocr_missing=doc.ocr_missing)
    if doc.ocr_unread:
        pages = ", ".join(str(n) for n in doc.ocr_unread)
        problems.append(
            Problem(
                ProblemKind.NO_TEXT,
                f"page {pages} not read: reading the scan took longer than its time limit "
                "(extraction.ocr_time_limit_seconds)",
            )
        )
    if not text.strip():  # nothing to read: one problem says why, no list of what is missing
        return Extraction(
            file=file,
            sha256=sha256,
            page_count=doc.page_count,
            profile=None,
            fields=dict.fromkeys(FIELD_NAMES, MISSING),
            problems=tuple(problems),
            needs_review=True,
            text=text,
            missing=(),
            printed_credits=None,
        )
    choice = choose_profile(
        profiles, _without_disclaimers(text), page_sizes(doc), scanned=read_by_ocr(doc)
    )
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
    found = gather_candidates(doc, vocab, profile)

    order = (
        (profile.numeric_order if profile else None)
        or infer_numeric_order(text)
        or order_of_twin(text)
        or order_of_language(text)
    )
    told_by_length = order is None and (order := order_of_duration(text)) is not None
    one_day = bool(profile and profile.one_day_event) or bool(vocab.one_day.search(text))
    extra_labels = tuple(sorted(profile.labels.items())) if profile else ()
    labels_of_dates = date_labels(extra_labels)
    dated = classify_dates(doc, order, labels_of_dates)
    course_dates = choose_course_dates(
        dated,
        one_day_event=one_day,
        others_unread=dates_printed_unread(doc, dated, labels_of_dates),
        unlabeled_is_completion=bool(profile and profile.unlabeled_date_is_completion),
        issued_is_completion=bool(profile and profile.issue_date_is_completion),
    )
    course_dates = with_months(doc, course_dates, dated, labels_of_dates)
    if told_by_length:
        course_dates = unsure_by_length(course_dates)
    problems.extend(course_dates.problems)
    found.extend(c for c in (course_dates.start, course_dates.end) if c is not None)
    if profile is not None:
        found.extend(fallbacks.profile_dates(doc, profile.patterns, order, profile.name))
    found.extend(issuer_candidates(doc, profile, choice.matched))
    if profile is not None and profile.fields:
        found, problems = _read_as_taught(doc, profile, order, found, problems)

    fields: dict[str, FieldValue] = {}
    for name in FIELD_NAMES:
        value, conflict = pick([c for c in found if c.field == name], name)
        fields[name] = value
        if conflict:
            problems.append(conflict)

    fields = fold_ocr_confidence(fields, doc, problems)
    fields = with_overprints_unsure(fields, doc, problems)
    fields = with_rival_title(fields, doc, problems)
    fields = with_rival_learner(fields, doc, problems)
    fields = with_cut_by_the_edge(fields, doc, problems)
    fields = check_values(fields, problems, profile=profile, owner_name=owner_name, today=today)
    printed_credits, credits_told = read_credits(doc)
    if credits_told is not None:
        problems.append(credits_told)
    missing = _not_printed(fields, doc, vocab, course_dates)
    absent = set(profile.absent) if profile is not None and profile.fields else set()
    missing = tuple(n for n in REQUIRED_FIELDS if n in missing or n in absent)
    problems.extend(untold_problems(fields, problems, (*missing, *absent)))
    return Extraction(
        file=file,
        sha256=sha256,
        page_count=doc.page_count,
        profile=profile.name if profile else None,
        fields=fields,
        problems=tuple(dict.fromkeys(problems)),
        needs_review=needs_review(fields, problems),
        text=text,
        missing=missing,
        printed_credits=printed_credits,
    )


def read_by_ocr(doc: Document) -> bool:
    """Whether any of the document's text was read from a picture."""
    return any(line.read_by_ocr for line in doc.lines())


def page_sizes(doc: Document) -> list[tuple[float, float]]:
    """Each page's (width, height) in points, as layout profiles compare them."""
    return [(page.width, page.height) for page in doc.pages]


def _read_as_taught(
    doc: Document,
    profile: Profile,
    order: NumericOrder | None,
    found: list[Candidate],
    problems: list[Problem],
) -> tuple[list[Candidate], list[Problem]]:
    """A taught layout's values replace what the generic rules proposed for their fields
    (a person showed where they are); fields it does not place stay the rules' own."""
    taught = locate_taught(doc, profile.fields, order, f"taught layout {profile.name}")
    placed = {c.field for c in taught} | set(profile.absent)
    kept = [c for c in found if c.field not in placed]
    # A person confirmed this layout is a certificate, whatever its wording.
    shown = [p for p in problems if p.field not in placed and p.kind != ProblemKind.NOT_CERTIFICATE]
    for field in profile.check:
        if field not in placed:
            label = field.replace("_", " ")
            shown.append(
                Problem(
                    ProblemKind.UNSURE,
                    f"this layout prints more than one {label.split()[-1]}: check the {label}",
                    field,
                )
            )
    return kept + taught, shown


def _text_problems(text: str, *, ocr_missing: bool) -> list[Problem]:
    """What the text layer itself tells: nothing to read, unreadable glyphs, no certificate
    wording; raise NotACertificate for an invoice or receipt."""
    if not text.strip():
        message = (
            OCR_NOT_INSTALLED
            if ocr_missing
            else "no text on the page (an image-only scan?): enter the fields by hand"
        )
        return [Problem(ProblemKind.NO_TEXT, message)]
    problems = []
    if ocr_missing:
        problems.append(Problem(ProblemKind.NO_TEXT, OCR_NOT_INSTALLED))
    if any(
        UNREADABLE in line and not unreadable_is_wording(line, UNREADABLE)
        for line in text.splitlines()
    ):
        message = (
            "part of the text cannot be read (a font without a Unicode map): "
            "check the values against the certificate"
        )
        problems.append(Problem(ProblemKind.NO_TEXT, message))
    unfilled = PLACEHOLDER.search(text)
    if unfilled:
        message = (
            f"the certificate prints a template's unfilled field '{unfilled.group(0)}': "
            "the value it stands for is missing"
        )
        problems.append(Problem(ProblemKind.NOT_FOUND, message))
    score = certificate_score(text)
    if score <= 1 and non_certificate_score(text) >= 2:
        raise NotACertificate("not a certificate: it reads like an invoice or receipt")
    if score == 0:
        message = "no certificate wording found: is this a completion certificate?"
        problems.append(Problem(ProblemKind.NOT_CERTIFICATE, message))
    return problems


def _not_printed(
    fields: dict[str, FieldValue], doc: Document, vocab: Vocabulary, dates: CourseDates
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
    one_date = end.confidence >= REVIEW_BELOW or dates.start_not_printed
    if fields["start_date"].value is None and end.value and one_date:
        missing.append("start_date")
    if end.value is None and dates.none_printed:
        missing.append("end_date")
        if fields["start_date"].value is None:
            missing.append("start_date")  # no date of the course at all: neither is printed
    if fields["validation_code"].value is None and not _code_is_announced(doc, vocab):
        missing.append("validation_code")
    return tuple(name for name in REQUIRED_FIELDS if name in missing)


def _code_is_announced(doc: Document, vocab: Vocabulary) -> bool:
    """Whether the page labels a code or points to a verification page (so one is printed).
    "Scan to verify" announces one only where some code-shaped text is on the page: often
    the QR code alone carries it."""
    if next(labels.find_labels(doc, vocab.code, vocab.any_label), None) is not None:
        return True
    qr_label = next(labels.find_labels(doc, vocab.qr_code, vocab.any_label), None) is not None
    for line in doc.lines():
        if any(URL_HINT.search(url.group(0)) for url in URL.finditer(line.text)):
            return True
        if qr_label and any(_code_shaped(word.text) for word in line.words):
            return True
        if _code_under_unknown_label(line.text, vocab):
            return True
    return False


# "Kennung: QX-2231-77": a few words, a colon, one code-shaped token.
_LABELLED_TOKEN = re.compile(
    r"^\s*(?P<label>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,2})\s*[:#]\s*(?P<value>\S+)\s*$"
)


def _code_under_unknown_label(text: str, vocab: Vocabulary) -> bool:
    """Whether the line is a label the vocabulary does not know beside a code-shaped value:
    a code may be printed there, under a word no list holds, so not reading one needs a
    person rather than being taken for a code the certificate does not print."""
    found = _LABELLED_TOKEN.match(text)
    if found is None or not _code_shaped(found.group("value")):
        return False
    label = found.group("label")
    return vocab.any_label.search(label) is None and vocab.weak_code.search(label) is None


def _code_shaped(token: str) -> bool:
    return is_plausible_code(token.strip(".,;:()"))


_DISCLAIMER = re.compile(
    r"trademark|not\s+affiliated|not\s+endorsed|endorsed\s+by|registered\s+mark|"
    r"independent\s+training\s+provider|®|™",
    re.IGNORECASE,
)


def _without_disclaimers(text: str) -> str:
    """The text without trademark notices: naming Cisco there says nothing about the issuer."""
    return "\n".join(line for line in text.splitlines() if not _DISCLAIMER.search(line))
