"""PDFs whose font leaves some glyphs without a Unicode map, built byte by byte.

The whole DejaVu Sans font is embedded as a CID font (Identity-H, glyph ids as codes) with a
ToUnicode map that leaves out the characters asked for: the reader sees those glyphs as
"(cid:N)", the way real certificates lose their ligatures ("Certi?cate").
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fontTools.ttLib import TTFont

from certfactory import font_file, raw_pdf


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def unmapped_glyph_pdf(
    path: Path, lines: Sequence[tuple[str, float, float, float]], unmapped: str
) -> Path:
    """Write `lines` ((text, x, y from the bottom, size)) on a landscape A4 page; the
    characters of `unmapped` get no Unicode map."""
    font_path = font_file("DejaVuSans.ttf")
    font = TTFont(font_path)
    cmap, order = font.getBestCmap(), font.getGlyphOrder()
    glyph_ids = {ch: order.index(cmap[ord(ch)]) for text, *_ in lines for ch in text}
    content = b"".join(
        b"BT /F1 %.1f Tf %.1f %.1f Td <%s> Tj ET\n"
        % (size, x, y, "".join(f"{glyph_ids[ch]:04X}" for ch in text).encode())
        for text, x, y, size in lines
    )
    mapped = sorted((g, ch) for ch, g in glyph_ids.items() if ch not in unmapped)
    to_unicode = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName "
        b"/Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> "
        b"endcodespacerange\n%d beginbfchar\n" % len(mapped)
        + b"".join(b"<%04X> <%04X>\n" % (g, ord(ch)) for g, ch in mapped)
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    data = font_path.read_bytes()
    path.write_bytes(
        raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                _stream(content),
                b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H "
                b"/DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
                b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDSystemInfo "
                b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                b"/FontDescriptor 7 0 R /CIDToGIDMap /Identity /DW 600 >>",
                b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 "
                b"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
                b"/CapHeight 729 /StemV 80 /FontFile2 9 0 R >>",
                _stream(to_unicode),
                _stream(data, b" /Length1 %d" % len(data)),
            ]
        )
    )
    return path
