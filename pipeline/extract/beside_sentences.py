"""Values beside a sentence rather than inside it: the name above "has completed …", the
title above "Course completed by …"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract.candidates import Accept, Candidate, accept_lowercase_name
from pipeline.extract.checks import clean_name, is_name_like
from pipeline.extract.date_words import MONTH_NAMES_FLAT, alternation
from pipeline.extract.geometry import band_overlap, join_wrapped, line_above, union
from pipeline.extract.layout import Document, Line

_DATE_FOLLOWS = re.compile(
    rf"\s*(?:on|am|le|el|il|em|op)?\s*[:,]?\s*(?:\d|{alternation(MONTH_NAMES_FLAT)})", re.IGNORECASE
)
_ABOVE_A_DATE = 0.7
_VERB_FIRST = re.compile(
    r"^\s*(?:has|have|hat|ha|a|heeft)\s+(?:successfully|erfolgreich|obtenido|obtained|achieved|"
    r"completed|attended|passed|earned|demonstrated|met|fulfilled|réussi|suivi|completado|"
    r"completato|finished|participated|taken)\b",
    re.IGNORECASE,
)


def names_before_course(
    doc: Document,
    triggers: re.Pattern[str],
    *,
    confidence: float,
    learner_triggers: re.Pattern[str] | None = None,
) -> Iterator[Candidate]:
    """The learner's name just before 'has successfully completed', on its line or above."""
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        verb_first = _VERB_FIRST.match(line.text)
        matches = [verb_first] if verb_first else list(triggers.finditer(line.text))
        for match in matches:
            raw = line.text[: match.start()]
            before = clean_name(raw)
            # "hat vom 4. bis 8. September an dem Seminar": the sentence's subject, the
            # name, is on the line above.
            if before and re.match(r"(?:has|have|hat|ha|a|heeft)\s", before, re.IGNORECASE):
                before = ""
            if before:
                # "D.ª María Ruiz, con DNI 48291736K, ha superado …": the subject is what comes
                # before an aside between commas.
                # Only a closed aside: "Acme, LLC · This certificate confirms completion
                # of" names no one.
                closed = raw.rstrip().endswith(",")
                subject = (
                    before
                    if is_name_like(before) or not closed
                    else clean_name(before.split(",")[0])
                )
                if is_name_like(subject):
                    yield Candidate(
                        "learner_name",
                        subject,
                        confidence if subject == before else confidence * 0.95,
                        line.page,
                        line.bbox_of(0, len(before)),
                        "sentence (name before the course)",
                    )
                continue
            above = line_above(line, lines[:index])
            # "Frau Annegret Müller, geboren am …," / "hat … teilgenommen": the name is what
            # comes before the first comma of the line above.
            name = clean_name(above.text.split(",")[0]) if above is not None else ""
            if above is not None and is_name_like(name):
                # Above "Completed on 14 June" (a date's label, no sentence) stands whatever
                # was printed last, a name or a title alike: a guess, not evidence.
                dated = _DATE_FOLLOWS.match(line.text[match.end() :])
                yield Candidate(
                    "learner_name",
                    name,
                    confidence * (_ABOVE_A_DATE if dated else 0.95),
                    above.page,
                    above.bbox,
                    "layout (name above 'completed')",
                )
            elif above is not None and learner_triggers is not None:
                # "This certifies that / jane doe / has achieved": a name typed in lower
                # case, but both sentences around it say it is the learner's.
                lowercase = accept_lowercase_name(above.text)
                opening = line_above(above, lines[: lines.index(above)])
                if lowercase and opening and _ends_with(learner_triggers, opening.text):
                    yield Candidate(
                        "learner_name",
                        lowercase,
                        confidence * 0.95,
                        above.page,
                        above.bbox,
                        "layout (name between two sentences)",
                    )


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    return any(not text[m.end() :].strip(" :,") for m in pattern.finditer(text))


# "Course completed by Jane Doe", "Course completed on 3 March 2024": a passive sentence
# whose subject, the course, is the title printed just above it.
_COMPLETED_BY = re.compile(
    r"(?:this\s+)?(?:course|training|program(?:me)?|learning\s+path|module|workshop|webinar)"
    r"(?:\s+was)?\s+(?:successfully\s+)?(?:completed|attended|passed)\s+(?:by|on)\s",
    re.IGNORECASE,
)


def titles_before_completed_by(
    doc: Document, accept: Accept, *, confidence: float, openings: re.Pattern[str]
) -> Iterator[Candidate]:
    """The title above a "Course completed by/on …" line, with the lines it wraps up from
    (never up into a sentence opening: "Congratulations, Jane Doe" over the title)."""
    lines = list(doc.lines())
    for line in lines:
        if not _COMPLETED_BY.match(line.text):
            continue
        above = _nearest_above(line, lines, reach=2.0)
        if above is None or above.size <= line.size:
            continue  # a title stands out from the sentence under it
        block = [above]
        while len(block) < 4 and (up := _nearest_above(block[0], lines, reach=1.2)) is not None:
            if abs(up.size - above.size) > 0.1 * above.size or openings.search(up.text):
                break
            block.insert(0, up)  # the title wraps up from here, whatever sits beside it
        value = accept(join_wrapped([b.text for b in block]))
        if value:
            yield Candidate(
                "course_name",
                value,
                confidence,
                above.page,
                union([b.bbox for b in block]),
                "layout (title above 'course completed')",
            )


# Turkish puts the object before its verb: "Siber Güvenliğe Giriş eğitimini başarıyla
# tamamlamıştır" (the course, its case-marked "training" noun, then "completed").
_COURSE_THEN_VERB = re.compile(
    r"^(?P<course>.+?)\s+(?:eğitimi(?:ni|ne)|kursu(?:nu|na)|programı(?:nı|na)|semineri(?:ni|ne)|"
    r"webinarı(?:nı|na)|atölyesi(?:ni|ne))\s+(?:başarıyla\s+|başarı\s+ile\s+)?"
    r"(?:tamamla|katıl|bitir)\w*",
    re.IGNORECASE,
)


def courses_before_their_verb(
    doc: Document, accept: Accept, *, confidence: float
) -> Iterator[Candidate]:
    """The course a sentence names before its verb ("X eğitimini başarıyla tamamlamıştır")."""
    for line in doc.lines():
        found = _COURSE_THEN_VERB.match(line.text.strip())
        value = accept(found.group("course")) if found else None
        if found and value:
            start = line.text.index(found.group("course"))
            yield Candidate(
                "course_name",
                value,
                confidence,
                line.page,
                line.bbox_of(start, start + len(found.group("course"))),
                "sentence (course before its verb)",
            )


def _nearest_above(line: Line, lines: list[Line], *, reach: float) -> Line | None:
    """The nearest line above `line` that overlaps it across, within `reach` times the larger
    size of the two (lines beside it in another column are passed over, unlike `line_above`)."""
    over = [
        o
        for o in lines
        if o.page == line.page
        and o.bottom <= line.top + 1 + band_overlap(o, line)
        and line.top - o.bottom <= reach * max(line.size, o.size)
        and o.x0 < line.x1
        and line.x0 < o.x1
    ]
    return max(over, key=lambda o: o.bottom) if over else None
