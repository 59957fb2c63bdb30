"""Running the finders over a document: every candidate value with its evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from pipeline.extract import (
    beside_sentences,
    candidates,
    codes,
    fallbacks,
    labels,
    sentences,
)
from pipeline.extract.addressee import addressees
from pipeline.extract.candidates import Candidate
from pipeline.extract.choose import value_key
from pipeline.extract.label_patterns import Vocabulary, vocabulary
from pipeline.extract.layout import Document, boxes_meet
from pipeline.extract.organisations import is_institution
from pipeline.extract.profiles import Profile
from pipeline.extract.quoted_courses import QUOTED_ALONE, quoted_after_course_noun
from pipeline.extract.title_evidence import SEEN, is_heading, weigh_largest_title
from pipeline.extract.vocab import (
    COURSE_FILLER,
    COURSE_LABELS,
    COURSE_STOPS,
    LEARNER_LABELS,
    LEARNER_STOPS,
    compile_words,
)
from pipeline.extract.wording import certificate_score

# Size alone is unsure for a title (a slogan or a heading can be the largest text on the
# page), unless the issuer's profile says its layout puts the title there.
# Measured over every corpus (bench/accuracy_report.py): a person's name that stands out as
# the page's largest was right 58 times in 58; a course title by size alone, 39 in 51.
_LARGEST_TEXT = {"learner_name": 0.85, "course_name": 0.7}
_PROFILE_LAYOUT = 0.85


def gather_candidates(doc: Document, vocab: Vocabulary, profile: Profile | None) -> list[Candidate]:
    """Every candidate the finders propose for the code, course and learner."""
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
            doc,
            vocab.qr_code,
            vocab,
            candidates.accept_code_beside_qr,
            "validation_code",
            0.95,
            True,
        ),
        *(
            _numbered_under_the_heading(doc, c)
            for c in _label_values(
                doc, vocab.weak_code, vocab, candidates.accept_code, "validation_code", 0.6, True
            )
        ),
        *codes.codes_in_urls(doc, confidence=0.88),
        *codes.codes_in_file_name(doc, confidence=0.55),
    ]
    code_candidates = [c for c in code_candidates if c.value not in decoys]
    # A "Badge ID" is the code when nothing else is (then unsure), else someone's own number.
    ambiguous = list(
        _label_values(
            doc, vocab.ambiguous_code, vocab, candidates.accept_code, "validation_code", 0.55, True
        )
    )
    decoys |= {c.value for c in ambiguous}
    if not code_candidates:
        code_candidates = ambiguous
    if not code_candidates:
        code_candidates = list(codes.standalone_codes(doc, decoys, confidence=0.5, beside_url=0.85))
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
            labels=vocab.any_label,
        )
    )
    found.extend(
        beside_sentences.titles_before_completed_by(
            doc, accept_course, confidence=0.9, openings=vocab.learner_before
        )
    )
    found.extend(beside_sentences.courses_before_their_verb(doc, accept_course, confidence=0.88))
    found.extend(
        _label_values(doc, vocab.learner, vocab, candidates.accept_name, "learner_name", 0.9)
    )
    # A name after "certifies that"; one typed all in lower case is read, unsurely.
    for accept_learner, confidence in (
        (candidates.accept_name, 0.92),
        (candidates.accept_lowercase_name, 0.6),
    ):
        found.extend(
            sentences.lines_after_trigger(
                doc,
                vocab.learner_before,
                LEARNER_STOPS,
                accept_learner,
                field="learner_name",
                confidence=confidence,
                wrap=False,
            )
        )
    found.extend(addressees(doc, confidence=0.85))
    found.extend(
        beside_sentences.names_before_course(
            doc, vocab.course_before, confidence=0.85, learner_triggers=vocab.learner_before
        )
    )
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
    # After the largest text, which a quote must not silence: a quoted title after a course
    # noun may be another course's ("we invite you to the training “…”"), so it is unsure
    # alone and sure only where another reading agrees.
    found.extend(quoted_after_course_noun(doc, accept_course, confidence=QUOTED_ALONE))
    return _each_in_its_field(found)


def _each_in_its_field(found: list[Candidate]) -> list[Candidate]:
    """A value offered both as the course and as the learner ("Annika Rautio" under a
    "COMPLETED" heading, and as the largest name) is one of them: the field with no other
    value keeps it; when both or neither have another, the stronger evidence does (both
    keep it on a tie, for the conflict to tell)."""
    best: dict[tuple[str, str], float] = {}
    for c in found:
        if c.field in _PERSON_OR_TITLE:
            key = (c.field, value_key(c.field, c.value))
            best[key] = max(best.get(key, 0.0), c.confidence)

    def has_another(field: str, key: str) -> bool:
        return any(f == field and k != key for f, k in best)

    def weaker(c: Candidate) -> bool:
        if c.field not in _PERSON_OR_TITLE:
            return False
        other = _PERSON_OR_TITLE[c.field]
        mine, theirs = value_key(c.field, c.value), value_key(other, c.value)
        if (other, theirs) not in best:
            return False
        mine_else, theirs_else = has_another(c.field, mine), has_another(other, theirs)
        if mine_else != theirs_else:
            return mine_else
        return best[(other, theirs)] > best[(c.field, mine)]

    return [c for c in found if not weaker(c)]


_PERSON_OR_TITLE = {"course_name": "learner_name", "learner_name": "course_name"}


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
            or vocab.label_then_colon.match(text.strip())
            or _weak_code_label(vocab, text)
            or vocab.learner_before.search(text)
            or vocab.course_before.search(text)
            or any(word.lower() in lowered for word in keywords)
            or any(name in text for name in names)
        )

    extra: list[Candidate] = []
    if not any(c.field == "learner_name" for c in found):
        extra.extend(
            _not_above_its_introduction(doc, vocab, c)
            for c in fallbacks.prominent_text(
                doc,
                candidates.accept_name,
                field="learner_name",
                skip=not_a_value,
                clear=_largest_text_confidence(profile, "learner_name"),
                unsure=0.5,
            )
        )
        names |= {c.value for c in extra}
    # A sentence's own lower-case words ("attended the keynotes, technical tracks …") name
    # no course: an event's heading may.
    if not any(c.field == "course_name" and not c.value.split()[0].islower() for c in found):
        extra.extend(fallbacks.event_heading(doc, candidates.accept_course))
    if not any(c.field == "course_name" for c in found):
        # With the learner known, a name-shaped line ("Advanced Cluster Operations") may be
        # the course; without, the largest name is more likely the learner than the course.
        clear = _largest_text_confidence(profile, "course_name")
        titles = fallbacks.prominent_text(
            doc,
            lambda text: (
                None
                if (not names and candidates.accept_name(text)) or is_institution(text)
                else candidates.accept_course(text)
            ),
            field="course_name",
            skip=not_a_value,
            clear=clear,
            unsure=0.5,
        )
        # Only size alone is weighed (a profile that says its title is the largest text
        # is sure already; a block as large as another stays unsure).
        weighed = clear < SEEN
        extra.extend(
            weigh_largest_title(doc, title) if weighed and title.confidence == clear else title
            for title in titles
        )
    return extra


def _not_above_its_introduction(doc: Document, vocab: Vocabulary, found: Candidate) -> Candidate:
    """The largest name, unsure where it stands above words that end their line introducing
    the learner ("This is to certify that"): the name goes under them, so a name above is a
    brand's or a header's, and the learner's own line may be blank."""
    if found.page is None or found.bbox is None:
        return found
    for line in doc.lines():
        if line.page != found.page or line.top < found.bbox[3]:
            continue
        # Only words that end their line point down to the name ("… the above named
        # participant has completed" points up).
        if any(
            not line.text[m.end() :].strip(" :,.") for m in vocab.learner_before.finditer(line.text)
        ):
            return replace(found, confidence=min(found.confidence, _ABOVE_ITS_INTRODUCTION))
    return found


_ABOVE_ITS_INTRODUCTION = 0.5


def _numbered_under_the_heading(doc: Document, found: Candidate) -> Candidate:
    """A code a bare number mark labels ("Nr ZS/117/01/2025", "No. 2025-114") on the lines
    right under the certificate's own heading ("ZAŚWIADCZENIE O UKOŃCZENIU SZKOLENIA"): the
    document's number, as such certificates print it."""
    if found.page is None or found.bbox is None:
        return found
    left, top, right, bottom = found.bbox
    lines = [line for line in doc.lines() if line.page == found.page]
    if not any(
        boxes_meet(line.bbox, found.bbox) and _NUMBER_MARK.match(line.text) for line in lines
    ):
        return found
    for line in lines:
        # (A heading set large stands a little further above: its own line spacing.)
        reach = 2.5 * max(line.size, bottom - top)
        above = line.bottom <= top + 1 and top - line.bottom < reach
        if above and line.x0 < right and left < line.x1 and is_heading(line):
            source = f"{found.source}, under the certificate's heading"
            return replace(found, confidence=_UNDER_THE_HEADING, source=source)
    return found


# A line opening with a bare number mark, then its value ("Nr ZS/117/01/2025").
_NUMBER_MARK = re.compile(r"\s*(?:nr|no)\.?\s*[:#]?\s*\S", re.IGNORECASE)
_UNDER_THE_HEADING = 0.9


def _weak_code_label(vocab: Vocabulary, text: str) -> bool:
    """A line led by a label that sometimes names a code: "Code: 0NLW…", "Ref. #: 77"."""
    found = vocab.weak_code.match(text.strip())
    if found is None:
        return False
    return any(mark in found.group(0) for mark in ":#") or bool(
        re.match(r"\s*[:#]", text.strip()[found.end() :])
    )


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
    # The issuer and the other names the profile knows it by ("Global Knowledge" for
    # Skillsoft): phrases of two words or more, never generic ones like "webinar".
    names = [profile.issuer, *(word for word, _ in profile.keywords if len(word.split()) > 1)]
    body = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(body, re.IGNORECASE)


def _not_the_issuer(accept: candidates.Accept, profile: Profile | None) -> candidates.Accept:
    """`accept`, refusing the issuer's own name ("has completed the Cisco U. learning path")."""
    names = {value_key("x", word) for word, _ in profile.keywords} if profile else set()
    if profile and profile.issuer:
        names.add(value_key("x", profile.issuer))

    def accept_unless_issuer(text: str) -> str | None:
        value = accept(text)
        return None if value is None or value_key("x", value) in names else value

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


def issuer_candidates(
    doc: Document, profile: Profile | None, matched: tuple[str, ...]
) -> list[Candidate]:
    """The issuer: the matched profile's, else a value after "Issued by"-like labels."""
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
