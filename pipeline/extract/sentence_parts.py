"""The words between a sentence's opening and its value, a name that runs onto the next
line ("attestons que Mme Élodie" / "Marchand-Bérard a suivi …"), and a title set larger
under the sentence that introduces it."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Accept
from pipeline.extract.geometry import (
    SENTENCE_REACH,
    centre,
    continuation,
    continuation_above,
    join_wrapped,
    overlaps,
    paragraph_continuation,
)
from pipeline.extract.layout import Line
from pipeline.extract.quotes import quote_opening
from pipeline.extract.vocab import DATE_LABEL_AT_END

# "completed and received a passing grade in X": a second verb between opening and value.
SECOND_PREDICATE = re.compile(
    r"^\s*(?:and|&)\s+(?:has\s+|have\s+)?(?:received|earned|achieved|obtained|passed|"
    r"been\s+awarded)\b[^.:;]{0,40}?\s(?:in|for|of|on)\b\s*"
    # "has attended and completed the following course"
    r"|^\s*(?:and|&)\s+(?:has\s+)?(?:successfully\s+)?(?:completed|finished|passed)\b\s*",
    re.IGNORECASE,
)
_ROLE = (
    r"(?:the\s+|o\s+|a\s+|el\s+|la\s+|le\s+|l['’]\s*|il\s+|lo\s+|der\s+|die\s+)?"
    r"(?:student|learner|participant|trainee|candidate|alun[oa]|aluno\(a\)|estudante|"
    r"participante|alumn[oa]|estudiante|[ée]l[èe]ve|[ée]tudiant(?:e)?|participant(?:e)?|"
    r"studente|partecipante|teilnehmer(?:in)?|student(?:in)?)"
)
_DURATION = (
    r"(?:a\s+total\s+of\s+|um\s+total\s+de\s+|un\s+total\s+de\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:total\s+)?(?:hours?|hrs?\.?|horas?|heures?|stunden|ore)"
    r"(?:\s*(?:and|e|et|y|und)\s*\d+\s*(?:minutes|minutos|minuten|minuti|min\.?))?"
    r"\s+(?:of|de|do|da|du|des|del|di|von|dello|della)\s+"
)
# "ukończył szkolenie pt.: X", "the course entitled X": the word saying a title follows.
_ENTITLED = (
    r"(?:pt\.|pn\.|pod\s+tytułem|pod\s+nazwą|entitled|intitul[ée]e?|intitolat[oa]|"
    r"titulad[oa]|denominad[oa])\s*:?\s*"
)
# A form of address before a name: "Mme Élodie …", "la Sig.ra Chiara …", "Frau Jana …".
_HONORIFIC = (
    r"(?:la\s+|il\s+|el\s+|le\s+|o\s+|a\s+)?"
    r"(?:Mme|Mlle|M\.|Madame|Mademoiselle|Monsieur|Mr\.?|Mrs\.?|Ms\.?|Miss|Frau|Herrn?|"
    r"Sr\.|Sra\.|Srta\.|Señora?|Sig\.(?:ra)?|Signora?|Dott\.(?:ssa)?|Pani?|Paní|Pán|Sayın|"
    r"Dna\.|Dl\.|Doamna|Domnul)"
)
# How long and in what form a course ran, before its title: "the five-day in-person
# Kubernetes Operations Bootcamp", "a two-week online Python course".
_FORM = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|full|multi)"
    r"[-\s](?:days?|weeks?|months?|hours?)(?:[-\s]long)?|in-person|online|virtual|hands-on|"
    r"instructor-led|self-paced|live|intensive|full-time|part-time|on-?site|remote"
)
FORM_BEFORE_TITLE = re.compile(rf"^\s*(?i:(?:the\s+|an?\s+)?(?:(?:{_FORM})\s+)+)(?=[A-ZÀ-Þ0-9])")
# What stands between an opening and its value: a role only before a capitalised name ("the
# student Jane Doe", not "the student body"), a duration, "entitled", a form of address.
LEAD_IN = re.compile(
    rf"^\s*(?:(?i:{_ROLE})\s+(?=[A-ZÀ-Þ])|(?i:{_DURATION})|(?i:{_ENTITLED})(?=\S)|{_HONORIFIC}\s+(?=[A-ZÀ-Þ]))"
)


def name_run_on(
    found: tuple[str, list[Line], bool],
    rest: str,
    line: Line,
    following: list[Line],
    stop_re: re.Pattern[str],
) -> tuple[str, list[Line], bool]:
    """A first name alone at the line's end, joined with the capitalised words opening the next line
    of its paragraph up to the sentence's own next word ("Élodie" + "Marchand-Bérard a suivi"
    is "Élodie Marchand-Bérard"). A name that ends on its line (a stop word follows) is whole."""
    text, used, sure = found
    if used or stop_re.search(rest) or len(text.split()) != 1:
        return found
    below = paragraph_continuation(line, following)[:1]
    if not below:
        return found
    stop = stop_re.search(below[0].text)
    if stop is None:
        return found
    head = below[0].text[: stop.start()].strip()
    words = head.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return found
    return f"{text} {head}", below, sure


# A value set this much larger than the sentence introducing it is the value itself.
TITLE_SIZE = 1.15
_DATE_LABEL_AT_END = re.compile(DATE_LABEL_AT_END, re.IGNORECASE)


def _opens_with_quote(text: str) -> bool:
    """A line that opens with a quote: the sentence's quoted value, not print to pass over."""
    return quote_opening(text) == 0


def title_below(line: Line, following: list[Line], accept: Accept) -> tuple[str, list[Line]] | None:
    """The title a sentence introduces: the next lines set clearly larger than the sentence.

    "has completed all modules, labs and the capstone of" / (small print) / BIG TITLE — the
    sentence's own words are not the course; the large line under it is.
    """
    height = max(line.bottom - line.top, 1.0)
    passed: list[Line] = []
    for other in following:
        if other.page != line.page or other.row == line.row or other.top <= line.top:
            continue
        if other.top - line.bottom > SENTENCE_REACH * max(height, other.bottom - other.top):
            return None
        if len(passed) >= 3:
            return None
        # Sizes OCR estimates vary from line to line: "clearly larger" asks for more.
        ocr = other.read_by_ocr or line.read_by_ocr
        if other.size >= (TITLE_SIZE + (0.25 if ocr else 0.0)) * line.size and (
            overlaps(other, line) or abs(centre(other) - centre(line)) < 0.5 * (line.x1 - line.x0)
        ):
            # A first line OCR measured a little smaller is the title's too: it wraps up.
            above = continuation_above(other, passed) if ocr else []
            block = [*above, other, *continuation(other, following)]
            joined = join_wrapped([b.text for b in block])
            label = _DATE_LABEL_AT_END.search(joined)
            text = accept(joined[: label.start()] if label else joined)
            return (text, block) if text else None
        if _opens_with_quote(other.text):
            return None  # ("… the course" / "“Securing …” on April 9" / Keep learning.)
        passed.append(other)
    return None
