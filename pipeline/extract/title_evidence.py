"""How sure the page's largest text is as the course title, from where it stands and what
the page's picture shows.

Size alone is unsure: the largest line may be the issuer's brand or a slogan. Where it
stands tells them apart: a brand or a slogan heads the page above the certificate's own
heading ("Certificate of Completion", "CERTIFICAAT"), the title follows it. And a title in
a display font whose character map is scrambled reads as other letters in the text layer
than the page shows; the picture, read by OCR, tells. A title under the heading that the
picture shows as read is sure; one above the heading, or that the picture reads otherwise,
is not. Without a heading to stand under, a title the file's own name spells out is sure too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from pipeline.extract.candidates import Candidate
from pipeline.extract.fuzzy import similar
from pipeline.extract.layout import Document, Line, boxes_meet
from pipeline.extract.vocab import compile_words
from pipeline.extract.wording import CERTIFICATE_WORDS
from pipeline.text import fold

# The certificate's own nouns, in every language the vocabulary knows (its first groups).
_HEADING = compile_words(CERTIFICATE_WORDS[:4])
_HEADING_WORDS = 6
# A heading wrapped onto the next line goes on with one of these ("CERTIFICATE" / "OF PAPER
# PRESENTATION", "ATTESTATO" / "DI PARTECIPAZIONE"): that line is the heading's, no title.
_GOES_ON = re.compile(r"(?:of|for|de|di|du|des|del|della|van|voor|für|über|na|do|da|ve)\s", re.I)
# What the picture shows agrees with the text layer at least this much (difflib's ratio,
# case and punctuation aside): OCR of crisp print misses a letter or two, a cipher all.
_SEEN_ALIKE = 0.9
SEEN = 0.85  # under the heading, as the picture shows it
BRAND_PLACE = 0.5  # above the heading, or the picture reads otherwise
# A file name names the course only with a title of this many words (one word is any file's).
_NAMED_WORDS = 3
# Words a file name adds around a course's title.
_GENERIC_FILE_WORD = re.compile(
    r"certif\w*|cert|completion|completed|course|badge|diploma|final|copy|download\w*|pdf|\d+"
)


def weigh_largest_title(doc: Document, found: Candidate) -> Candidate:
    """`found` (the largest text, offered as the course) made surer or less sure by where it
    stands and by what the page's picture shows in its box."""
    if found.page is None or found.bbox is None:
        return found
    headings = [line for line in doc.lines() if line.page == found.page and is_heading(line)]
    top, bottom = found.bbox[1], found.bbox[3]
    above = [h for h in headings if h.bottom <= top + 1]
    below = [h for h in headings if h.top >= bottom - 1]
    if _GOES_ON.match(found.value):
        return found
    by_ocr = _read_by_ocr(doc, found)
    if not above:
        if below:
            return replace(found, confidence=min(found.confidence, BRAND_PLACE))
        return _named_by_file(doc, found, by_ocr)
    if doc.sight is None or not _latin(found.value):
        return _named_by_file(doc, found, by_ocr)  # no OCR here, or another script
    if by_ocr:
        return found  # its letters are the picture's own reading: nothing to confirm
    seen = doc.sight(found.page, found.bbox)
    if seen is None:
        return _named_by_file(doc, found, by_ocr)
    if similar(found.value, seen) >= _SEEN_ALIKE:
        source = "layout (largest text under the heading, as its picture shows)"
        return replace(found, confidence=max(found.confidence, SEEN), source=source)
    source = "layout (largest text, which its picture shows otherwise)"
    return replace(found, confidence=min(found.confidence, BRAND_PLACE), source=source)


def is_heading(line: Line) -> bool:
    """A short line of the certificate's nouns: no number, no label."""
    text = line.text.strip()
    return (
        len(text.split()) <= _HEADING_WORDS
        and not re.search(r"[\d:#@/]", text)
        and _HEADING.search(text) is not None
    )


def _named_by_file(doc: Document, found: Candidate, by_ocr: bool) -> Candidate:
    """`found`, sure when the file's name holds the whole title ("AWS_Certified_Cloud_
    Practitioner.pdf"): whoever named the file named it after the course, not a slogan. Not
    for a title OCR read (`by_ocr`): its letters are unsure, a file name cannot make them sure."""
    title = fold(found.value).split()
    if len(title) < _NAMED_WORDS or by_ocr:
        return found
    if not _file_named(fold(Path(doc.file_name).stem).split(), title):
        return found
    source = "layout (largest text, as the file is named)"
    return replace(found, confidence=max(found.confidence, SEEN), source=source)


def _file_named(name: list[str], title: list[str]) -> bool:
    """Whether the file name's words hold the title's with nothing but generic words on
    either side ("…_certificate"): a title cut short ("Northern Lights Security" of
    "Northern_Lights_Security_Summit_2024.pdf") has more of itself beside it."""
    for start in range(len(name) - len(title) + 1):
        if name[start : start + len(title)] != title:
            continue
        beside = name[start - 1 : start] + name[start + len(title) : start + len(title) + 1]
        if all(_GENERIC_FILE_WORD.fullmatch(word) for word in beside):
            return True
    return False


def _read_by_ocr(doc: Document, found: Candidate) -> bool:
    return any(
        line.read_by_ocr
        for line in doc.lines()
        if line.page == found.page and found.bbox and boxes_meet(line.bbox, found.bbox)
    )


def _latin(text: str) -> bool:
    """Whether every letter of text is a Latin one (the script OCR reads here)."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())
