"""Labels drawn as pictures beside values printed as text: OCR gives back the labels.

Some certificates print only the values as text ("Jane Doe", "October 29, 2022", a code)
and draw everything else — labels, wording — as part of a background picture. Reading the
page by OCR and adding the words the text layer lacks lets the labels give the values their
roles. Only wording and labels are taken from OCR (a value's characters always come from the
text layer when it has them), only where no text-layer glyph is, and only when Tesseract is
sure of every word.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.label_patterns import vocabulary
from pipeline.extract.layout import UNREADABLE, Glyph, Word, build_lines, spread_word
from pipeline.text import fold

_SURE_WORD = 0.85


def ocr_labels(text: Sequence[Glyph], ocr: Sequence[Glyph], page: int) -> list[Glyph]:
    """The OCR'd glyphs of the lines that are labels or certificate wording, without the
    words the text layer already holds."""
    boxes = [g for g in text if g.text != UNREADABLE and not g.text.isspace()]
    known = {fold(word) for word in _words_of(text)}
    vocab = vocabulary(None)
    kept: list[Glyph] = []
    for line in build_lines(ocr, page=page):
        fresh = [w for w in line.words if not _covered(w.bbox, boxes) and fold(w.text) not in known]
        if not fresh or any((w.ocr_confidence or 0.0) < _SURE_WORD for w in fresh):
            continue
        wording = " ".join(w.text for w in fresh)
        # A label ("Date of achievement:", "Validation number") or a sentence's opening
        # ("This certifies that"), up to its end: never a heading, nor the words after an
        # opening, which could pass for a value.
        if vocab.any_label.fullmatch(wording.strip(" :#")):
            end = len(wording)
        else:
            found = [
                m
                for m in (
                    vocab.label_then_colon.search(wording),
                    vocab.learner_before.search(wording),
                    vocab.course_before.search(wording),
                )
                if m is not None
            ]
            if not found:
                continue
            end = max(m.end() for m in found)
        kept.extend(_glyphs_of(_words_before(fresh, end)))
    return kept


def _words_before(words: Sequence[Word], end: int) -> list[Word]:
    """The words of a line whose text starts before character `end` of the joined line."""
    kept, offset = [], 0
    for word in words:
        if offset >= end:
            break
        kept.append(word)
        offset += len(word.text) + 1
    return kept


def _covered(box: tuple[float, float, float, float], glyphs: Sequence[Glyph]) -> bool:
    x0, top, x1, bottom = box
    return any(g.x0 < x1 and x0 < g.x1 and g.top < bottom and top < g.bottom for g in glyphs)


def _words_of(glyphs: Sequence[Glyph]) -> list[str]:
    return "".join(g.text for g in glyphs).split()


def _glyphs_of(words: Sequence[Word]) -> list[Glyph]:
    """Glyphs for OCR'd words (spread over each word's box), a space between words."""
    glyphs: list[Glyph] = []
    for word in words:
        x0, top, _, bottom = word.bbox
        if glyphs:
            last = glyphs[-1]
            glyphs.append(Glyph(" ", last.x1, top, x0, bottom, word.size))
        glyphs.extend(
            spread_word(word.text, word.bbox, word.size, ocr_confidence=word.ocr_confidence)
        )
    return glyphs
