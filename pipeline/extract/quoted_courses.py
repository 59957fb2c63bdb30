"""A title in quotation marks right after the word for a course: "al corso “Fondamenti …”",
"w szkoleniu „Bezpieczeństwo …”", "das Seminar „IT-Service-Management …“".

However the sentence around it is worded, a course noun followed by a quote names the
course; the quote may run onto the paragraph's next lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract.candidates import Accept, Candidate
from pipeline.extract.geometry import paragraph_continuation, union
from pipeline.extract.layout import Document
from pipeline.extract.quotes import OPENING, find_quoted

# The word for a course, a training or an event in the vocabulary's languages, in its
# inflected forms ("szkoleniu", "kursie"); a whole word: the end of a compound may name
# another course ("vervolgtraining", the follow-up training).
_COURSE_NOUN = re.compile(
    r"(?<![^\W\d_])(?:course|corso|curso|cours|cursus|kurs\w{0,3}|szkoleni\w{0,2}|seminar\w{0,4}|"
    r"webinar\w{0,4}|workshop\w{0,2}|training|formation|formazione|schulung|lehrgang|"
    r"program(?:me|a|ma|u|ie)?|opleiding|eğitim\w{0,3}|курс\w{0,2}|σεμινάρι\w{0,2})"
    r"\s*(?=[" + re.escape("".join(OPENING)) + r"])",
    re.IGNORECASE,
)

QUOTED_ALONE = 0.75


def quoted_after_course_noun(
    doc: Document, accept: Accept, *, confidence: float
) -> Iterator[Candidate]:
    """Course names quoted right after a course noun, with the lines their quote runs onto."""
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        for match in _COURSE_NOUN.finditer(line.text):
            following = paragraph_continuation(line, lines[index + 1 :])
            quoted = find_quoted(line.text[match.end() :], [b.text for b in following])
            if quoted is None or not quoted[2]:
                continue
            title, used, _ = quoted
            accepted = accept(title)
            if not accepted:
                continue
            boxes = [line.bbox_of(match.end(), len(line.text) - match.end())]
            boxes += [b.bbox for b in following[:used]]
            source = f"quoted after '{match.group(0).strip()}'"
            yield Candidate("course_name", accepted, confidence, line.page, union(boxes), source)
