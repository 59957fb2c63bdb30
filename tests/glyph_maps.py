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
    return _cid_pdf(path, lines, unmapped=unmapped)


def scrambled_map_pdf(
    path: Path, lines: Sequence[tuple[str, float, float, float]], scrambled: Sequence[int]
) -> Path:
    """Write `lines` the same way; the lines numbered in `scrambled` are set in a second copy
    of the font whose Unicode map lies (each letter mapped to the one 13 places on, as a
    display font with a scrambled map does): the page shows them right, the text layer not."""
    return _cid_pdf(path, lines, scrambled=scrambled)


def _rot13(ch: str) -> str:
    if "a" <= ch.lower() <= "z":
        base = ord("a") if ch.islower() else ord("A")
        return chr(base + (ord(ch) - base + 13) % 26)
    return ch


def _cid_pdf(
    path: Path,
    lines: Sequence[tuple[str, float, float, float]],
    *,
    unmapped: str = "",
    scrambled: Sequence[int] = (),
) -> Path:
    font_path = font_file("DejaVuSans.ttf")
    font = TTFont(font_path)
    cmap, order = font.getBestCmap(), font.getGlyphOrder()
    glyph_ids = {ch: order.index(cmap[ord(ch)]) for text, *_ in lines for ch in text}
    content = b"".join(
        b"BT /F%d %.1f Tf %.1f %.1f Td <%s> Tj ET\n"
        % (
            2 if index in scrambled else 1,
            size,
            x,
            y,
            "".join(f"{glyph_ids[ch]:04X}" for ch in text).encode(),
        )
        for index, (text, x, y, size) in enumerate(lines)
    )
    mapped = sorted((g, ch) for ch, g in glyph_ids.items() if ch not in unmapped)
    data = font_path.read_bytes()
    path.write_bytes(
        raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R /F2 10 0 R >> >> >>",
                _stream(content),
                _type0(8),
                b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDSystemInfo "
                b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                b"/FontDescriptor 7 0 R /CIDToGIDMap /Identity /DW 600 >>",
                b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 "
                b"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
                b"/CapHeight 729 /StemV 80 /FontFile2 9 0 R >>",
                _stream(_to_unicode(mapped)),
                _stream(data, b" /Length1 %d" % len(data)),
                _type0(11),
                _stream(_to_unicode([(g, _rot13(ch)) for g, ch in mapped])),
            ]
        )
    )
    return path


def _type0(to_unicode: int) -> bytes:
    return (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode %d 0 R >>" % to_unicode
    )


def _to_unicode(mapped: Sequence[tuple[int, str]]) -> bytes:
    return (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName "
        b"/Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> "
        b"endcodespacerange\n%d beginbfchar\n" % len(mapped)
        + b"".join(b"<%04X> <%04X>\n" % (g, ord(ch)) for g, ch in mapped)
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
