"""Documents laid out from plain text, so that extraction rules can be tested without a PDF."""

from __future__ import annotations

from pipeline.extract.layout import SEGMENT_GAP_EM, Document, Glyph, Page, build_lines


def document_from_text(
    text: str, *, file_name: str = "certificate.pdf", size: float = 12
) -> Document:
    """A document laid out from plain text: one line per text line, tabs as column gaps.

    Lets extraction rules be tested on text alone, without rendering a PDF.
    """
    glyphs: list[Glyph] = []
    advance = size * 0.5
    for line_no, raw in enumerate(text.splitlines()):
        top = 40 + line_no * size * 1.6
        x = 40.0
        for column, chunk in enumerate(raw.split("\t")):
            if column:
                x += size * (SEGMENT_GAP_EM + 1)
            for ch in chunk:
                glyphs.append(Glyph(ch, x, top, x + advance, top + size, size))
                x += advance
    lines = build_lines(glyphs, page=1)
    height = 80 + len(text.splitlines()) * size * 1.6
    return Document(file_name, (Page(1, 842.0, height, tuple(lines)),), page_count=1)
