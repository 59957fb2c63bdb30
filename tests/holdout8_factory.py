"""Blind hold-out set 8: completion certificates made by Ghostscript and by cairo.

About half of the certificates are hand-written PostScript programs converted to PDF with
Ghostscript's pdfwrite device (standard fonts that Ghostscript replaces with URW clones, custom
encoding vectors, Type 3 user-defined fonts - some with glyph names that do not match what is
drawn - per-glyph positioning, /Rotate pages, poster-sized pages).  The other half are drawn with
cairo (through cairocffi) the way design tools such as Inkscape export them: embedded DejaVu or
URW subsets, text converted to outlines, glyphs placed one by one, shadow layers, text whose
/ToUnicode map was fed the wrong characters, sideways content.

Every person, company, code and number is invented.

Public interface: `HOLDOUT_CASES` (list of `Case`) and `HOLDOUT_KINDS` (case name -> "known",
"foreign", "unknown" or "unclear").
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import cairocffi as cairo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from certfactory import Case, Expected

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.35, 0.35, 0.38)
LIGHT: Color = (0.6, 0.6, 0.62)

# --------------------------------------------------------------------------------------------
# Text measurement (cairo toy API on the URW / DejaVu fonts that both producers really use)
# --------------------------------------------------------------------------------------------

# logical font key -> (fontconfig family, bold, italic)
_FACES: dict[str, tuple[str, bool, bool]] = {
    # PostScript standard fonts (Ghostscript substitutes the URW clones named here)
    "H": ("Nimbus Sans", False, False),
    "HB": ("Nimbus Sans", True, False),
    "HO": ("Nimbus Sans", False, True),
    "HBO": ("Nimbus Sans", True, True),
    "T": ("Nimbus Roman", False, False),
    "TB": ("Nimbus Roman", True, False),
    "TI": ("Nimbus Roman", False, True),
    "TBI": ("Nimbus Roman", True, True),
    "C": ("Nimbus Mono PS", False, False),
    "CB": ("Nimbus Mono PS", True, False),
    "P": ("P052", False, False),
    "PB": ("P052", True, False),
    "PI": ("P052", False, True),
    "N": ("C059", False, False),
    "NB": ("C059", True, False),
    "NI": ("C059", False, True),
    "Z": ("Z003", False, False),
    "A": ("URW Gothic", False, False),
    "AB": ("URW Gothic", True, False),
    # DejaVu (cairo only)
    "S": ("DejaVu Sans", False, False),
    "SB": ("DejaVu Sans", True, False),
    "SI": ("DejaVu Sans", False, True),
    "SBI": ("DejaVu Sans", True, True),
    "R": ("DejaVu Serif", False, False),
    "RB": ("DejaVu Serif", True, False),
    "RI": ("DejaVu Serif", False, True),
    "RBI": ("DejaVu Serif", True, True),
    "M": ("DejaVu Sans Mono", False, False),
    "MB": ("DejaVu Sans Mono", True, False),
}

_PS_NAMES: dict[str, str] = {
    "H": "Helvetica",
    "HB": "Helvetica-Bold",
    "HO": "Helvetica-Oblique",
    "HBO": "Helvetica-BoldOblique",
    "T": "Times-Roman",
    "TB": "Times-Bold",
    "TI": "Times-Italic",
    "TBI": "Times-BoldItalic",
    "C": "Courier",
    "CB": "Courier-Bold",
    "P": "Palatino-Roman",
    "PB": "Palatino-Bold",
    "PI": "Palatino-Italic",
    "N": "NewCenturySchlbk-Roman",
    "NB": "NewCenturySchlbk-Bold",
    "NI": "NewCenturySchlbk-Italic",
    "Z": "ZapfChancery-MediumItalic",
    "A": "AvantGarde-Book",
    "AB": "AvantGarde-Demi",
}


def _select(ctx: cairo.Context, key: str, size: float) -> None:
    family, bold, italic = _FACES[key]
    ctx.select_font_face(
        family,
        cairo.FONT_SLANT_ITALIC if italic else cairo.FONT_SLANT_NORMAL,
        cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL,
    )
    ctx.set_font_size(size)


@cache
def _measure_ctx() -> cairo.Context:
    surface = cairo.ImageSurface(cairo.FORMAT_A8, 4, 4)
    ctx = cairo.Context(surface)
    options = cairo.FontOptions()
    options.set_hint_metrics(cairo.HINT_METRICS_OFF)
    options.set_hint_style(cairo.HINT_STYLE_NONE)
    ctx.set_font_options(options)
    return ctx


@cache
def text_width(s: str, key: str, size: float, track: float = 0.0) -> float:
    ctx = _measure_ctx()
    _select(ctx, key, size)
    return float(ctx.text_extents(s)[4]) + track * max(len(s) - 1, 0)


def wrap(text: str, key: str, size: float, width: float) -> list[str]:
    """Greedy word wrap with the real font metrics."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, key, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# --------------------------------------------------------------------------------------------
# PostScript programs -> Ghostscript pdfwrite
# --------------------------------------------------------------------------------------------

# Characters outside Latin-1 that the custom encoding vector puts into the unused 128-159 slots.
_PS_EXTRA: dict[str, tuple[int, str]] = {
    "–": (128, "endash"),
    "—": (129, "emdash"),
    "“": (130, "quotedblleft"),
    "”": (131, "quotedblright"),
    "‘": (132, "quoteleft"),
    "’": (133, "quoteright"),
    "•": (134, "bullet"),
    "…": (135, "ellipsis"),
    "™": (136, "trademark"),
    "Ł": (137, "Lslash"),
    "ł": (138, "lslash"),
    "Ś": (139, "Sacute"),
    "ś": (140, "sacute"),
    "Ż": (141, "Zdotaccent"),
    "ż": (142, "zdotaccent"),
    "ć": (143, "cacute"),
    "ı": (144, "dotlessi"),
    "İ": (145, "Idotaccent"),
    "ş": (146, "scedilla"),
    "Ş": (147, "Scedilla"),
    "ğ": (148, "gbreve"),
    "Ğ": (149, "Gbreve"),
    "ę": (150, "eogonek"),
    "ą": (151, "aogonek"),
    "ń": (152, "nacute"),
    "ź": (153, "zacute"),
    "Ć": (154, "Cacute"),
    "œ": (155, "oe"),
    "€": (156, "Euro"),
    "č": (157, "ccaron"),
    "Č": (158, "Ccaron"),
    "ő": (159, "ohungarumlaut"),
}

_PS_PROCS = r"""
/H8Enc ISOLatin1Encoding 256 array copy def
H8Enc 39 /quotesingle put H8Enc 45 /hyphen put H8Enc 96 /grave put
/ReEncode { findfont dup length dict begin
  { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding H8Enc def currentdict end definefont pop } bind def
/SF { exch findfont exch scalefont setfont } bind def
/Tk 0 def
/SW { dup stringwidth pop exch length 1 sub Tk mul add } bind def
/SH { Tk 0 eq { show } {
  { 1 string dup 0 4 -1 roll put show currentpoint exch Tk add exch moveto } forall
  } ifelse } bind def
/L { moveto SH } bind def
/C { moveto dup SW 2 div neg 0 rmoveto SH } bind def
/R { moveto dup SW neg 0 rmoveto SH } bind def
/T3BuildChar { 1 index /BaseF get setfont 1 index /Perm get exch get exch pop
  1 string dup 0 4 -1 roll put dup stringwidth setcharwidth 0 0 moveto true charpath fill
} bind def
"""


def _ps_bytes(s: str) -> bytes:
    out = bytearray()
    for ch in s:
        if ch in _PS_EXTRA:
            out.append(_PS_EXTRA[ch][0])
        elif ord(ch) < 256:
            out.append(ord(ch))
        else:
            raise ValueError(f"not encodable in the PostScript vector: {ch!r}")
    return bytes(out)


def _ps_lit(data: bytes) -> str:
    parts = ["("]
    for b in data:
        if b in (40, 41, 92):
            parts.append("\\" + chr(b))
        elif 32 <= b < 127:
            parts.append(chr(b))
        else:
            parts.append(f"\\{b:03o}")
    parts.append(")")
    return "".join(parts)


def _ps_docstr(s: str) -> str:
    return _ps_lit(s.encode("latin-1", "replace"))


def _rot_cipher(b: int) -> int:
    """Letters rot13, digits rot5: what a scrambled font's codes are, for the drawn byte b."""
    if 65 <= b <= 90:
        return 65 + (b - 65 + 13) % 26
    if 97 <= b <= 122:
        return 97 + (b - 97 + 13) % 26
    if 48 <= b <= 57:
        return 48 + (b - 48 + 5) % 10
    return b


class _Type3:
    """A PostScript user-defined font drawing the outlines of a standard font.

    mode "std": codes and glyph names are the ordinary ones (text layer is fine);
    "rot": the code sent for a letter is its rot13 twin, named as such (text layer scrambled);
    "gnames": codes handed out in order of first use, glyph names /g1, /g2 ... (no meaning).
    """

    def __init__(self, name: str, base: str, mode: str) -> None:
        self.name, self.base, self.mode = name, base, mode
        self.codes: dict[int, int] = {}  # drawn byte -> code (gnames mode)

    def encode(self, s: str) -> bytes:
        data = _ps_bytes(s)
        if self.mode == "rot":
            return bytes(_rot_cipher(b) for b in data)
        if self.mode == "gnames":
            out = bytearray()
            for b in data:
                if b == 32:
                    out.append(32)
                    continue
                if b not in self.codes:
                    code = len(self.codes) + 1
                    code = code if code < 32 else code + 100
                    self.codes[b] = code
                out.append(self.codes[b])
            return bytes(out)
        return data

    def definition(self) -> str:
        lines = [f"/{self.name} 12 dict begin", "/FontType 3 def"]
        lines.append("/FontMatrix [0.001 0 0 0.001 0 0] def /FontBBox [-250 -300 1300 1050] def")
        lines.append(f"/BaseF /H8-{_PS_NAMES[self.base]} findfont 1000 scalefont def")
        lines.append("/Perm 256 array def 0 1 255 { Perm exch dup put } for")
        if self.mode == "std":
            lines.append("/Encoding H8Enc def")
        elif self.mode == "rot":
            lines.append("/Encoding H8Enc def")
            lines.extend(
                f"Perm {b} {_rot_cipher(b)} put" for b in range(256) if _rot_cipher(b) != b
            )
        else:
            lines.append("/Encoding 256 array def 0 1 255 { Encoding exch /.notdef put } for")
            lines.append("Encoding 32 /space put")
            for b, code in self.codes.items():
                lines.append(f"Encoding {code} /g{code} put Perm {code} {b} put")
        lines.append("/BuildChar { T3BuildChar } def")
        lines.append(f"currentdict end /{self.name} exch definefont pop")
        return "\n".join(lines)


class PSDoc:
    """A PostScript program, written with y measured from the top of the (visual) page."""

    def __init__(
        self,
        w: float,
        h: float,
        *,
        title: str = "",
        creator: str = "",
        author: str = "",
        date: str = "D:20240303101500Z",
        rotate: str = "",
        autorotate: bool = False,
    ) -> None:
        self.title, self.creator, self.author, self.date = title, creator, author, date
        self.autorotate = autorotate
        self.pages: list[tuple[float, float, str, list[str]]] = []
        self.fonts: set[str] = set()
        self.type3: dict[str, _Type3] = {}
        self.new_page(w, h, rotate=rotate)

    # -- pages -------------------------------------------------------------------------------
    def new_page(self, w: float, h: float, *, rotate: str = "") -> None:
        """rotate "pdfmark": the page is stored portrait, its content turned, with /Rotate 90;
        "turn": the same without the /Rotate (left to Ghostscript's auto-rotation or to none).
        """
        self.w, self.h = w, h
        self.ops: list[str] = []
        self.pages.append((w, h, rotate, self.ops))

    def define_type3(self, name: str, base: str, mode: str = "std") -> str:
        self.fonts.add(base)
        self.type3[name] = _Type3(name, base, mode)
        return name

    # -- drawing -----------------------------------------------------------------------------
    def _font(self, key: str, size: float) -> tuple[str, Callable[[str], bytes]]:
        if key in self.type3:
            t3 = self.type3[key]
            return f"/{key} {_num(size)} SF", t3.encode
        self.fonts.add(key)
        return f"/H8-{_PS_NAMES[key]} {_num(size)} SF", _ps_bytes

    def measure(self, s: str, font: str, size: float, track: float = 0.0) -> float:
        key = self.type3[font].base if font in self.type3 else font
        return text_width(s, key, size, track)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 11,
        font: str = "H",
        align: str = "l",
        color: Color = BLACK,
        track: float = 0.0,
        bold2: float = 0.0,
        angle: float = 0.0,
        words: bool = False,
    ) -> None:
        setfont, enc = self._font(font, size)
        rgb = " ".join(_num(c) for c in color)
        self.ops.append(f"{setfont} {rgb} setrgbcolor /Tk {_num(track)} def")
        op = {"l": "L", "c": "C", "r": "R"}[align]
        if words:
            # one show per word at positions computed here (as print drivers emit them)
            width = self.measure(s, font, size, track)
            start = x - {"l": 0.0, "c": width / 2, "r": width}[align]
            pos = start
            space = self.measure(" ", font, size)
            for word in s.split(" "):
                if word:
                    self.text(pos, y, word, size, font, "l", color, track, bold2)
                pos += self.measure(word, font, size, track) + space + track
            return
        lit = _ps_lit(enc(s))
        passes = [0.0, bold2] if bold2 else [0.0]
        for dx in passes:
            if angle:
                self.ops.append(
                    f"gsave {_num(x + dx)} {_num(self.h - y)} translate {_num(angle)} rotate "
                    f"{lit} 0 0 {op} grestore"
                )
            else:
                self.ops.append(f"{lit} {_num(x + dx)} {_num(self.h - y)} {op}")

    def para(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        size: float = 11,
        font: str = "H",
        leading: float | None = None,
        align: str = "l",
        color: Color = BLACK,
    ) -> float:
        """Word-wrapped paragraph; returns the baseline after the last line."""
        lead = leading or size * 1.35
        ax = {"l": x, "c": x + width / 2, "r": x + width}[align]
        for line in wrap(
            text, font if font not in self.type3 else self.type3[font].base, size, width
        ):
            self.text(ax, y, line, size, font, align, color)
            y += lead
        return y

    def line(
        self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.7, color: Color = BLACK
    ) -> None:
        rgb = " ".join(_num(c) for c in color)
        self.ops.append(
            f"{_num(lw)} setlinewidth {rgb} setrgbcolor {_num(x1)} {_num(self.h - y1)} moveto "
            f"{_num(x2)} {_num(self.h - y2)} lineto stroke"
        )

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None = None,
        stroke: Color | None = None,
        lw: float = 1.0,
    ) -> None:
        path = f"{_num(x)} {_num(self.h - y - h)} {_num(w)} {_num(h)}"
        if fill is not None:
            self.ops.append(f"{' '.join(_num(c) for c in fill)} setrgbcolor {path} rectfill")
        if stroke is not None:
            self.ops.append(
                f"{_num(lw)} setlinewidth {' '.join(_num(c) for c in stroke)} setrgbcolor "
                f"{path} rectstroke"
            )

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        fill: Color | None = None,
        stroke: Color | None = None,
        lw: float = 1.0,
    ) -> None:
        path = f"newpath {_num(cx)} {_num(self.h - cy)} {_num(r)} 0 360 arc closepath"
        if fill is not None:
            self.ops.append(f"{' '.join(_num(c) for c in fill)} setrgbcolor {path} fill")
        if stroke is not None:
            self.ops.append(
                f"{_num(lw)} setlinewidth {' '.join(_num(c) for c in stroke)} setrgbcolor "
                f"{path} stroke"
            )

    def raw(self, ps: str) -> None:
        self.ops.append(ps)

    # -- output ------------------------------------------------------------------------------
    def program(self) -> str:
        out = ["%!PS-Adobe-3.0", f"%%Creator: {self.creator or 'dvips'}"]
        if self.title:
            out.append(f"%%Title: {self.title}")
        out += [f"%%Pages: {len(self.pages)}", "%%EndComments", _PS_PROCS]
        for slot in sorted({v for v in _PS_EXTRA.values()}):
            out.append(f"H8Enc {slot[0]} /{slot[1]} put")
        for key in sorted(self.fonts):
            out.append(f"/H8-{_PS_NAMES[key]} /{_PS_NAMES[key]} ReEncode")
        for t3 in self.type3.values():
            out.append(t3.definition())
        info = [f"/CreationDate ({self.date})", f"/ModDate ({self.date})"]
        if self.title:
            info.append(f"/Title {_ps_docstr(self.title)}")
        if self.author:
            info.append(f"/Author {_ps_docstr(self.author)}")
        if self.creator:
            info.append(f"/Creator {_ps_docstr(self.creator)}")
        out.append(f"[ {' '.join(info)} /DOCINFO pdfmark")
        for i, (w, h, rotate, ops) in enumerate(self.pages, 1):
            out.append(f"%%Page: {i} {i}")
            if rotate in ("pdfmark", "turn"):
                out.append(f"<< /PageSize [{_num(h)} {_num(w)}] >> setpagedevice")
                out.append(f"gsave {_num(h)} 0 translate 90 rotate")
            else:
                out.append(f"<< /PageSize [{_num(w)} {_num(h)}] >> setpagedevice")
                out.append("gsave")
            out.extend(ops)
            out.append("grestore")
            if rotate == "pdfmark":
                out.append("[ {ThisPage} << /Rotate 90 >> /PUT pdfmark")
            out.append("showpage")
        out.append("%%EOF")
        return "\n".join(out) + "\n"

    def write(self, path: Path) -> Path:
        with tempfile.TemporaryDirectory(prefix="h8ps-") as tmp:
            src = Path(tmp) / "in.ps"
            src.write_text(self.program(), encoding="latin-1")
            rotate = "/PageByPage" if self.autorotate else "/None"
            env = dict(os.environ, SOURCE_DATE_EPOCH="1709460900")
            subprocess.run(
                [
                    "gs",
                    "-q",
                    "-dNOPAUSE",
                    "-dBATCH",
                    "-dSAFER",
                    "-sDEVICE=pdfwrite",
                    f"-dAutoRotatePages={rotate}",
                    f"-sOutputFile={path}",
                    str(src),
                ],
                check=True,
                env=env,
                capture_output=True,
            )
        return path


# --------------------------------------------------------------------------------------------
# cairo (as design tools export)
# --------------------------------------------------------------------------------------------


def _bogus(s: str) -> str:
    """What a broken /ToUnicode map says instead of s (ASCII only, same length)."""
    return "".join(chr(_rot_cipher(ord(c))) if c.isascii() else c for c in s)


class CairoDoc:
    """A cairo PDF surface with the same drawing vocabulary as PSDoc (y from the top)."""

    def __init__(
        self,
        path: Path,
        w: float,
        h: float,
        *,
        creator: str = "Inkscape 1.3.2 (https://inkscape.org)",
        title: str | None = None,
        author: str | None = None,
        date: str = "2024-03-03T10:15:00",
    ) -> None:
        self.path = path
        self.surface = cairo.PDFSurface(str(path), w, h)
        self.surface.set_metadata(cairo.PDF_METADATA_CREATOR, creator)
        self.surface.set_metadata(cairo.PDF_METADATA_CREATE_DATE, date)
        self.surface.set_metadata(cairo.PDF_METADATA_MOD_DATE, date)
        if title:
            self.surface.set_metadata(cairo.PDF_METADATA_TITLE, title)
        if author:
            self.surface.set_metadata(cairo.PDF_METADATA_AUTHOR, author)
        self.ctx = cairo.Context(self.surface)
        self.w, self.h = w, h

    def new_page(self, w: float | None = None, h: float | None = None) -> None:
        self.ctx.show_page()
        if w is not None and h is not None:
            self.surface.set_size(w, h)
            self.w, self.h = w, h

    def measure(self, s: str, font: str, size: float, track: float = 0.0) -> float:
        return text_width(s, font, size, track)

    def _draw(self, x: float, y: float, s: str, track: float, mode: str) -> None:
        ctx = self.ctx
        if mode == "text" and not track:
            ctx.move_to(x, y)
            ctx.show_text(s)
            return
        glyphs = ctx.get_scaled_font().text_to_glyphs(x, y, s, False)
        if track:
            glyphs = [(g[0], g[1] + i * track, g[2]) for i, g in enumerate(glyphs)]
        if mode == "path":
            ctx.new_path()
            ctx.glyph_path(glyphs)
            ctx.fill()
        elif mode == "bogus":
            fake = _bogus(s)
            ctx.show_text_glyphs(fake, glyphs, [(1, 1)] * len(glyphs), 0)
        else:
            ctx.show_glyphs(glyphs)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 11,
        font: str = "S",
        align: str = "l",
        color: Color = BLACK,
        track: float = 0.0,
        bold2: float = 0.0,
        angle: float = 0.0,
        mode: str = "text",
        shadow: tuple[float, float, Color] | None = None,
    ) -> None:
        ctx = self.ctx
        _select(ctx, font, size)
        width = text_width(s, font, size, track)
        dx0 = {"l": 0.0, "c": -width / 2, "r": -width}[align]
        layers: list[tuple[float, float, Color]] = []
        if shadow:
            layers.append(shadow)
        layers.append((0.0, 0.0, color))
        if bold2:
            layers.append((bold2, 0.0, color))
        for dx, dy, col in layers:
            ctx.save()
            ctx.set_source_rgb(*col)
            if angle:
                ctx.translate(x, y)
                ctx.rotate(-math.radians(angle))
                self._draw(dx0 + dx, dy, s, track, mode)
            else:
                self._draw(x + dx0 + dx, y + dy, s, track, mode)
            ctx.restore()

    def para(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        size: float = 11,
        font: str = "S",
        leading: float | None = None,
        align: str = "l",
        color: Color = BLACK,
        mode: str = "text",
    ) -> float:
        lead = leading or size * 1.35
        ax = {"l": x, "c": x + width / 2, "r": x + width}[align]
        for line in wrap(text, font, size, width):
            self.text(ax, y, line, size, font, align, color, mode=mode)
            y += lead
        return y

    def line(
        self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.7, color: Color = BLACK
    ) -> None:
        ctx = self.ctx
        ctx.save()
        ctx.set_source_rgb(*color)
        ctx.set_line_width(lw)
        ctx.move_to(x1, y1)
        ctx.line_to(x2, y2)
        ctx.stroke()
        ctx.restore()

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None = None,
        stroke: Color | None = None,
        lw: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        ctx = self.ctx
        ctx.save()
        ctx.new_path()
        if radius:
            r = radius
            ctx.arc(x + w - r, y + r, r, -math.pi / 2, 0)
            ctx.arc(x + w - r, y + h - r, r, 0, math.pi / 2)
            ctx.arc(x + r, y + h - r, r, math.pi / 2, math.pi)
            ctx.arc(x + r, y + r, r, math.pi, 3 * math.pi / 2)
            ctx.close_path()
        else:
            ctx.rectangle(x, y, w, h)
        if fill is not None:
            ctx.set_source_rgb(*fill)
            if stroke is not None:
                ctx.fill_preserve()
            else:
                ctx.fill()
        if stroke is not None:
            ctx.set_source_rgb(*stroke)
            ctx.set_line_width(lw)
            ctx.stroke()
        ctx.restore()

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        fill: Color | None = None,
        stroke: Color | None = None,
        lw: float = 1.0,
    ) -> None:
        ctx = self.ctx
        ctx.save()
        ctx.new_path()
        ctx.arc(cx, cy, r, 0, 2 * math.pi)
        if fill is not None:
            ctx.set_source_rgb(*fill)
            if stroke is not None:
                ctx.fill_preserve()
            else:
                ctx.fill()
        if stroke is not None:
            ctx.set_source_rgb(*stroke)
            ctx.set_line_width(lw)
            ctx.stroke()
        ctx.restore()

    def finish(self) -> Path:
        self.surface.finish()
        return self.path


# ============================================================================================
# The certificates
# ============================================================================================

_CASES: list[tuple[Case, str]] = []


def _case(
    name: str,
    kind: str,
    expected: Expected,
    note: str,
) -> Callable[[Callable[[Path], Path]], Callable[[Path], Path]]:
    def deco(fn: Callable[[Path], Path]) -> Callable[[Path], Path]:
        _CASES.append((Case(name, expected, fn, note), kind))
        return fn

    return deco


CISCO_BLUE: Color = (0.016, 0.624, 0.851)
DARK_BLUE: Color = (0.03, 0.2, 0.4)

# ---------------------------------------------------------------- Ghostscript: known issuers


@_case(
    "h8-ciscou-encor",
    "known",
    Expected(
        "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.2",
        None,
        "2024-03-03",
        "CU-2F7Q-K9M4-83XD",
        "Mariana Okonkwo-Reyes",
        "Cisco U.",
        False,
        (64, "CE"),
    ),
    "gs; 'Congratulations!' slogan far larger than the course; letter-spaced heading drawn "
    "glyph by glyph; '(ENCOR) v1.2' tail alone on the next line; Cisco ID and exam decoys",
)
def _g_ciscou_encor(folder: Path) -> Path:
    d = PSDoc(792, 612, title="Cisco U. Certificate", creator="Cisco U. Certificate Service")
    d.rect(0, 0, 792, 12, fill=CISCO_BLUE)
    d.rect(24, 30, 744, 556, stroke=(0.75, 0.82, 0.88), lw=1.2)
    d.text(60, 78, "Cisco U.", 24, "HB", color=DARK_BLUE)
    d.text(732, 72, "Cisco ID: CSCO10482277", 8.5, "H", "r", GREY)
    d.text(396, 120, "CERTIFICATE OF COMPLETION", 12, "H", "c", GREY, track=3.4)
    d.text(396, 190, "Congratulations!", 44, "HB", "c", DARK_BLUE)
    d.text(396, 232, "This certifies that", 12, "H", "c", GREY)
    d.text(396, 272, "Mariana Okonkwo-Reyes", 28, "TBI", "c")
    d.line(230, 284, 562, 284, 0.6, LIGHT)
    d.text(396, 312, "has successfully completed the course", 12, "H", "c", GREY)
    d.text(
        396,
        346,
        "Implementing and Operating Cisco Enterprise Network Core Technologies",
        17,
        "HB",
        "c",
    )
    d.text(396, 369, "(ENCOR) v1.2", 17, "HB", "c")
    d.text(396, 405, "Completed March 3, 2024", 12, "H", "c")
    d.text(396, 425, "Continuing Education credits: 64", 12, "H", "c")
    d.text(396, 452, "This course helps you prepare for exam 350-401 ENCOR.", 9.5, "HO", "c", GREY)
    d.line(80, 520, 300, 520, 0.6)
    d.text(80, 536, "Priya Venkataraman-Holt", 10, "HB")
    d.text(80, 550, "Director, Cisco U. Learning Programs", 9, "H", color=GREY)
    d.text(712, 536, "Certificate ID: CU-2F7Q-K9M4-83XD", 10, "H", "r")
    d.text(712, 550, "u.cisco.com", 9, "H", "r", GREY)
    d.circle(396, 530, 28, stroke=CISCO_BLUE, lw=2)
    d.text(396, 534, "CE", 14, "HB", "c", CISCO_BLUE)
    return d.write(folder / "certificate.pdf")


@_case(
    "h8-clp-sdwan-table",
    "known",
    Expected(
        "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
        "2023-06-12",
        "2023-06-16",
        "NNA-230616-0412",
        "Jörg Wießner",
        "Cisco Learning Partner",
        False,
        (40, "CE"),
    ),
    "gs; label/value table; name drawn twice 0.35 pt apart (fake bold); en-dash range "
    "'12–16 June 2023'; course code, instructor ID and 'Issued on' decoys",
)
def _g_clp_sdwan(folder: Path) -> Path:
    d = PSDoc(842, 595, title="Teilnahmezertifikat ENSDWI", creator="PScript5.dll Version 5.2.2")
    d.rect(0, 0, 842, 70, fill=(0.93, 0.95, 0.97))
    d.text(60, 40, "Nordlicht Netzwerk Akademie GmbH", 17, "HB", color=DARK_BLUE)
    d.text(
        60, 57, "Cisco Learning Partner  •  Hamburg  •  Berlin  •  München", 9.5, "H", color=GREY
    )
    d.text(782, 40, "Certificate No.: NNA-230616-0412", 10, "H", "r")
    d.text(60, 130, "Certificate of Attendance", 30, "TB", color=DARK_BLUE)
    d.text(60, 156, "Cisco authorized instructor-led training", 11, "TI", color=GREY)
    rows = [
        ("Participant", "Jörg Wießner"),
        ("Course", "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0"),
        ("Course code", "ENSDWI"),
        ("Dates", "12–16 June 2023"),
        ("Delivery", "Instructor-led classroom, Hamburg"),
        ("Instructor", "Tamsin Oyelaran-Brück (Instructor ID: CCSI-30417)"),
        ("Cisco Continuing Education", "40 CE credits"),
    ]
    y = 200.0
    for label, value in rows:
        d.line(60, y + 9, 782, y + 9, 0.4, LIGHT)
        d.text(66, y, label, 10.5, "H", color=GREY)
        if label == "Participant":
            d.text(270, y, value, 12, "HB", bold2=0.35)
        else:
            d.text(270, y, value, 11, "H")
        y += 31
    d.line(60, 184, 782, 184, 0.8, DARK_BLUE)
    d.text(60, 470, "Issued on 19 June 2023, Hamburg", 10, "H", color=GREY)
    d.line(560, 505, 782, 505, 0.6)
    d.text(560, 520, "Henrike Albers-Mwangi, Training Manager", 9.5, "H")
    d.text(
        60,
        560,
        "Nordlicht Netzwerk Akademie GmbH  •  Amtsgericht Hamburg HRB 998877  •  "
        "www.nordlicht-akademie.example",
        7.5,
        "H",
        color=LIGHT,
    )
    return d.write(folder / "Teilnahmebescheinigung_ENSDWI_Wiessner.pdf")


@_case(
    "h8-udemy-ansible-type3",
    "known",
    Expected(
        "Mastering Ansible Automation: From Playbooks to Production Pipelines (2023 Edition)",
        None,
        "2023-08-14",
        "UC-5e0b9c71-2f4a-4d38-9a7e-1c3b8f6d2e40",
        "Siobhán Ní Bhraonáin",
        "Udemy",
        False,
        (22.5, "hours"),
    ),
    "gs; Udemy layout; title in a Type 3 font (readable glyph names) wrapped over two lines; "
    "'Reference Number' decoy; 'Aug. 14, 2023'; length in total hours",
)
def _g_udemy_ansible(folder: Path) -> Path:
    uc = "UC-5e0b9c71-2f4a-4d38-9a7e-1c3b8f6d2e40"
    d = PSDoc(792, 612, title=uc, creator="wkhtmltopdf 0.12.6")
    t3 = d.define_type3("UdemySansBold", "HB", "std")
    purple = (0.64, 0.2, 0.94)
    d.text(56, 76, "udemy", 30, "HB", color=purple)
    d.text(736, 58, f"Certificate no: {uc}", 8, "H", "r", GREY)
    d.text(736, 72, f"Certificate url: ude.my/{uc}", 8, "H", "r", GREY)
    d.text(736, 86, "Reference Number: 0004", 8, "H", "r", GREY)
    d.text(56, 200, "CERTIFICATE OF COMPLETION", 11, "HB", color=GREY, track=0.8)
    d.text(56, 250, "Mastering Ansible Automation: From Playbooks to", 27, t3)
    d.text(56, 284, "Production Pipelines (2023 Edition)", 27, t3)
    d.text(56, 330, "Instructors", 10, "H", color=GREY)
    d.text(120, 330, "Dariusz Fenwick-Abara, Lio Tanaka-Moss", 10, "HB")
    d.text(56, 480, "Siobhán Ní Bhraonáin", 30, "HB")
    d.text(56, 512, "Date", 10, "H", color=GREY)
    d.text(90, 512, "Aug. 14, 2023", 10, "HB")
    d.text(56, 528, "Length", 10, "H", color=GREY)
    d.text(98, 528, "22.5 total hours", 10, "HB")
    return d.write(folder / f"Udemy-{uc}.pdf")


@_case(
    "h8-linkedin-nasba-words",
    "known",
    Expected(
        "Network Automation with NETCONF, RESTCONF and YANG",
        None,
        "2024-03-03",
        "AaH2kT9mQx7LpR3vZ8bN1cWd",
        "Rafael Domínguez Ibarra",
        "LinkedIn Learning",
        False,
        (2.5, "CPE"),
    ),
    "gs; LinkedIn Learning wording, every word placed by its own moveto; 'Congratulations, "
    "<name>' larger than the course; completion time and duration next to the date; NASBA "
    "sponsor number decoy; CPE credits in a side box",
)
def _g_linkedin(folder: Path) -> Path:
    d = PSDoc(792, 612, title="Certificate of Completion", creator="Chromium (Skia/PDF m122)")
    blue = (0.04, 0.4, 0.76)
    d.rect(0, 0, 14, 612, fill=blue)
    d.text(60, 80, "LinkedIn Learning", 15, "HB", color=blue, words=True)
    d.text(60, 150, "Certificate of Completion", 13, "H", color=GREY, words=True)
    d.text(60, 200, "Congratulations, Rafael Domínguez Ibarra", 30, "HB", words=True)
    d.text(60, 248, "Network Automation with NETCONF, RESTCONF and YANG", 19, "H", words=True)
    d.text(
        60,
        276,
        "Course completed on Mar 03, 2024 at 11:42AM UTC  •  2 hours 14 minutes",
        11,
        "H",
        color=GREY,
        words=True,
    )
    d.para(
        60,
        318,
        "By continuing to learn, you have expanded your perspective, sharpened your "
        "skills, and made yourself even more in demand.",
        420,
        11,
        "H",
        color=GREY,
    )
    d.line(60, 430, 250, 430, 0.6)
    d.text(60, 446, "Head of Content Strategy, Learning", 9.5, "H", words=True)
    d.text(60, 520, "LinkedIn Learning", 9, "HB", color=GREY)
    d.text(60, 533, "1000 W Maude Ave", 9, "H", color=GREY)
    d.text(60, 546, "Sunnyvale, CA 94085", 9, "H", color=GREY)
    d.rect(520, 300, 230, 200, stroke=(0.8, 0.82, 0.85), lw=0.8)
    box = [
        ("Field of Study:", "Information Technology"),
        ("Delivery Method:", "QAS Self Study"),
        ("Recommended CPE credits:", "2.5"),
        ("NASBA Sponsor:", "103957"),
    ]
    y = 328.0
    for label, value in box:
        d.text(534, y, label, 9, "H", color=GREY)
        d.text(534, y + 13, value, 10.5, "HB")
        y += 36
    d.para(
        534,
        480,
        "LinkedIn is registered with NASBA as a sponsor of continuing professional education.",
        205,
        6.5,
        "H",
        color=LIGHT,
    )
    d.text(60, 578, "Certificate ID: AaH2kT9mQx7LpR3vZ8bN1cWd", 9, "H", color=GREY)
    name = "CertificateOfCompletion_Network Automation with NETCONF RESTCONF and YANG.pdf"
    return d.write(folder / name)


@_case(
    "h8-netacad-pt-captions",
    "known",
    Expected(
        "Introdução à Cibersegurança",
        None,
        "2025-01-15",
        None,
        "Luís Fernando Gonçalves Araújo",
        "Cisco Networking Academy",
        False,
        None,
    ),
    "gs; Portuguese Networking Academy certificate; instructor/academy/location/date printed "
    "above small caption lines; 'de janeiro de' month; no code",
)
def _g_netacad_pt(folder: Path) -> Path:
    d = PSDoc(792, 612, title="Certificado", creator="Cisco Networking Academy")
    d.rect(20, 20, 752, 572, stroke=CISCO_BLUE, lw=3)
    d.rect(28, 28, 736, 556, stroke=(0.7, 0.85, 0.93), lw=0.8)
    d.text(396, 78, "Cisco Networking Academy", 15, "HB", "c", CISCO_BLUE)
    d.text(396, 126, "Certificado de Conclusão do Curso", 26, "T", "c")
    d.text(396, 186, "Luís Fernando Gonçalves Araújo", 28, "TBI", "c", DARK_BLUE)
    d.text(396, 218, "concluiu com êxito o nível de estudante do curso", 12, "T", "c")
    d.text(396, 254, "Introdução à Cibersegurança", 22, "TB", "c")
    d.text(
        396,
        284,
        "administrado pelo instrutor abaixo assinado. O estudante foi capaz de:",
        11.5,
        "T",
        "c",
    )
    bullets = [
        "Explicar os conceitos básicos de segurança da informação e as ameaças mais comuns.",
        "Descrever técnicas de proteção de dispositivos pessoais e da privacidade online.",
        "Reconhecer oportunidades de carreira na área de cibersegurança.",
    ]
    y = 316.0
    for b in bullets:
        d.text(150, y, "•", 11, "T")
        d.text(164, y, b, 10.5, "T")
        y += 18
    cols = [
        (70, "Helena Marques Ribeiro", "Instrutor"),
        (250, "Instituto Técnico do Vale do Paraíba", "Academia"),
        (452, "São José dos Campos, Brasil", "Local"),
        (612, "15 de janeiro de 2025", "Data"),
    ]
    for x, value, caption in cols:
        d.text(x, 488, value, 10, "T")
        d.line(x, 496, x + (170 if x < 600 else 120), 496, 0.6)
        d.text(x, 508, caption, 8, "TI", color=GREY)
    d.text(396, 560, "netacad.com", 8, "H", "c", GREY)
    return d.write(folder / "Introducao_a_Ciberseguranca_certificado.pdf")


@_case(
    "h8-coursera-course-times",
    "known",
    Expected(
        "Cloud Networking Fundamentals: Design, Security and Operations at Scale",
        None,
        "2024-11-21",
        "QX4N8B2LKT7Z",
        "Kateryna Vasylenko-Brandt",
        "Coursera",
        False,
        None,
    ),
    "gs; Coursera course certificate: bare date at the top left, two-line title with a "
    "colon, code only inside 'Verify at https://coursera.org/verify/...'; vertical ribbon text",
)
def _g_coursera(folder: Path) -> Path:
    d = PSDoc(792, 612, title="Coursera QX4N8B2LKT7Z.pdf", creator="Coursera")
    d.rect(600, 0, 150, 612, fill=(0.93, 0.94, 0.96))
    d.text(675, 300, "COURSE CERTIFICATE", 15, "HB", "c", GREY, track=2.2, angle=90)
    d.circle(675, 470, 46, stroke=(0.0, 0.34, 0.82), lw=3)
    d.text(675, 476, "coursera", 13, "HB", "c", (0.0, 0.34, 0.82))
    d.text(60, 70, "Nov 21, 2024", 11, "H", color=GREY)
    d.text(60, 150, "Kateryna Vasylenko-Brandt", 30, "T")
    d.text(60, 184, "has successfully completed", 12, "H", color=GREY)
    d.text(60, 226, "Cloud Networking Fundamentals: Design, Security", 22, "TB")
    d.text(60, 254, "and Operations at Scale", 22, "TB")
    d.para(
        60,
        290,
        "an online non-credit course authorized by Northbridge Institute of "
        "Technology and offered through Coursera",
        470,
        11,
        "H",
        color=GREY,
    )
    d.line(60, 420, 260, 420, 0.6)
    d.text(60, 436, "Prof. Emeka Darlington-Vos", 10, "HB")
    d.text(60, 449, "Department of Electrical and Computer Engineering", 9, "H", color=GREY)
    d.text(60, 462, "Northbridge Institute of Technology", 9, "H", color=GREY)
    d.para(
        60,
        540,
        "Coursera has confirmed the identity of this individual and their "
        "participation in the course.",
        480,
        8,
        "H",
        color=GREY,
    )
    d.text(60, 566, "Verify at: https://coursera.org/verify/QX4N8B2LKT7Z", 8, "H", color=GREY)
    return d.write(folder / "Coursera QX4N8B2LKT7Z.pdf")


@_case(
    "h8-ine-oldstyle-captions",
    "known",
    Expected(
        "Cisco Enterprise Advanced Routing: OSPF, EIGRP and BGP Design Deep Dive",
        None,
        "2024-03-03",
        "INE-C7Q2-W8K4-M1ZP",
        "Aditya Raghunathan-Cole",
        "INE",
        False,
        (18, "CPE"),
    ),
    "gs; old style: every value above a rule with its caption UNDER it, including a two-line "
    "title captioned 'Course'; '3 Mar 2024'; instructor next to the code",
)
def _g_ine(folder: Path) -> Path:
    d = PSDoc(842, 595, title="INE Certificate of Completion", creator="INE Certificates")
    orange = (0.95, 0.42, 0.13)
    d.rect(0, 0, 842, 595, fill=(0.07, 0.09, 0.14))
    d.rect(30, 30, 782, 535, fill=(1, 1, 1))
    d.text(70, 92, "INE", 34, "HB", color=orange)
    d.text(140, 92, "CERTIFICATE OF COMPLETION", 14, "H", color=GREY, track=2.0)
    d.text(421, 180, "Aditya Raghunathan-Cole", 28, "P", "c")
    d.line(211, 192, 631, 192, 0.6)
    d.text(421, 206, "Student", 8.5, "H", "c", GREY)
    d.text(421, 262, "Cisco Enterprise Advanced Routing: OSPF, EIGRP", 20, "PB", "c")
    d.text(421, 288, "and BGP Design Deep Dive", 20, "PB", "c")
    d.line(171, 300, 671, 300, 0.6)
    d.text(421, 314, "Course", 8.5, "H", "c", GREY)
    cols = [
        (150, "3 Mar 2024", "Date Completed"),
        (330, "18", "CPE Credits"),
        (510, "INE-C7Q2-W8K4-M1ZP", "Certificate ID"),
        (690, "Brock Tenoriwa", "Instructor"),
    ]
    for x, value, caption in cols:
        d.text(x, 420, value, 12, "P", "c")
        d.line(x - 75, 430, x + 75, 430, 0.6)
        d.text(x, 444, caption, 8.5, "H", "c", GREY)
    d.text(421, 530, "ine.com  •  Verify this certificate in your INE account", 8, "H", "c", LIGHT)
    return d.write(folder / "INE_Certificate_of_Completion.pdf")


@_case(
    "h8-skillsoft-dmy-printed",
    "known",
    Expected(
        "Securing Kubernetes Workloads: Pod Security Admission and Network Policies",
        None,
        "2024-04-11",
        None,
        "Agnieszka Wróblewska-Kamińska",
        "Skillsoft",
        False,
        None,
    ),
    "gs; portrait; 'Date of completion: 11/04/2024' whose day/month order is settled only by "
    "'Printed on: 23/04/2024' in the footer; Polish name through a custom encoding vector; "
    "learner ID decoy",
)
def _g_skillsoft(folder: Path) -> Path:
    d = PSDoc(595, 842, title="Certificate of Completion", creator="Skillsoft Percipio")
    green = (0.0, 0.55, 0.45)
    d.rect(0, 0, 595, 120, fill=(0.06, 0.13, 0.2))
    d.text(50, 70, "skillsoft", 30, "HB", color=(1, 1, 1))
    d.text(50, 92, "Percipio", 12, "H", color=(0.7, 0.8, 0.85))
    d.text(297, 210, "Certificate of Completion", 28, "T", "c")
    d.text(297, 260, "This is to certify that", 12, "H", "c", GREY)
    d.text(297, 300, "Agnieszka Wróblewska-Kamińska", 22, "HB", "c", green)
    d.text(297, 340, "has successfully completed", 12, "H", "c", GREY)
    d.text(297, 378, "Securing Kubernetes Workloads: Pod Security", 16, "TB", "c")
    d.text(297, 398, "Admission and Network Policies", 16, "TB", "c")
    d.text(297, 450, "Date of completion: 11/04/2024", 11, "H", "c")
    d.text(297, 468, "Learner ID: 50218833", 9, "H", "c", GREY)
    d.line(60, 700, 535, 700, 0.5, LIGHT)
    d.text(60, 716, "Skillsoft  •  Percipio Intelligent Learning Experience", 8, "H", color=GREY)
    d.text(535, 716, "Printed on: 23/04/2024", 8, "H", "r", GREY)
    return d.write(folder / "Securing Kubernetes Workloads certificate.pdf")


@_case(
    "h8-clp-cover-letter-first",
    "known",
    Expected(
        "Designing Cisco Enterprise Networks (ENSLD) v1.1",
        "2024-07-01",
        "2024-07-05",
        "FLX-ENSLD-240705-09",
        "Bartholomew Adeyemi-Lindqvist",
        "Cisco Learning Partner",
        False,
        None,
    ),
    "gs; two pages: a portrait cover letter about ANOTHER upcoming course (CLCOR, dates, booking "
    "ref) then the landscape certificate; dotted dates '01.07.2024 – 05.07.2024'",
)
def _g_clp_cover(folder: Path) -> Path:
    d = PSDoc(595, 842, title="Ihre Kursunterlagen", creator="Microsoft Word")
    d.text(60, 80, "Flexion Learning Solutions AG", 16, "HB", color=DARK_BLUE)
    d.text(60, 96, "Cisco Learning Partner  |  Seefeldstrasse 80, 8008 Zürich", 9, "H", color=GREY)
    d.text(535, 150, "Zürich, 8 July 2024", 10, "T", "r")
    d.text(60, 200, "Dear Bartholomew Adeyemi-Lindqvist,", 11, "T")
    y = d.para(
        60,
        230,
        "Thank you for your registration for our next course, Implementing "
        "Cisco Collaboration Core Technologies (CLCOR) v1.1, which will take place from "
        "09.09.2024 to 13.09.2024 in our Zürich training centre. Your booking "
        "reference is FLX-BK-558201.",
        475,
        11,
        "T",
    )
    y = d.para(
        60,
        y + 10,
        "Joining instructions, the lab access details and the e-kit "
        "activation code for CLCOR will be sent to you two weeks before the course "
        "starts.",
        475,
        11,
        "T",
    )
    y = d.para(
        60,
        y + 10,
        "Please also find attached your certificate of attendance for the "
        "course you have just completed. Cisco Continuing Education credits are "
        "submitted by us within ten working days.",
        475,
        11,
        "T",
    )
    d.text(60, y + 30, "Kind regards,", 11, "T")
    d.text(60, y + 70, "Mireille Castellanos-Brandt", 11, "T")
    d.text(60, y + 84, "Customer Success, Flexion Learning Solutions AG", 10, "T", color=GREY)

    d.new_page(842, 595)
    d.rect(0, 0, 842, 595, fill=(0.97, 0.98, 0.99))
    d.rect(36, 36, 770, 523, stroke=DARK_BLUE, lw=1.5)
    d.text(421, 100, "Flexion Learning Solutions AG", 14, "HB", "c", DARK_BLUE)
    d.text(421, 116, "Cisco Learning Partner", 9.5, "H", "c", GREY)
    d.text(421, 170, "Certificate of Attendance", 32, "T", "c")
    d.text(421, 215, "This is to confirm that", 12, "T", "c", GREY)
    d.text(421, 255, "Bartholomew Adeyemi-Lindqvist", 26, "TB", "c")
    d.text(421, 290, "has attended the Cisco authorized training", 12, "T", "c", GREY)
    d.text(421, 328, "Designing Cisco Enterprise Networks (ENSLD) v1.1", 20, "TB", "c")
    d.text(421, 358, "01.07.2024 – 05.07.2024  |  Zürich", 12, "T", "c")
    d.line(100, 480, 320, 480, 0.6)
    d.text(100, 494, "Jonas Ferreira-Eklund, Certified Cisco Systems Instructor", 9, "T")
    d.text(742, 494, "Certificate No.: FLX-ENSLD-240705-09", 10, "T", "r")
    return d.write(folder / "FLX_ENSLD_Attendance.pdf")


# ---------------------------------------------------------------- Ghostscript: other issuers


@_case(
    "h8-aws-ilt-rotate90",
    "foreign",
    Expected(
        "Architecting on AWS",
        "2025-01-22",
        "2025-01-24",
        None,
        "Chidinma Haldorsen-Eze",
        None,
        False,
        None,
    ),
    "gs; portrait page stored with /Rotate 90 (content drawn turned); range 'January 22 - "
    "January 24, 2025'; class ID decoy; no certificate code",
)
def _g_aws(folder: Path) -> Path:
    d = PSDoc(
        792, 612, title="AWS Certificate of Completion", creator="AWS Training", rotate="pdfmark"
    )
    navy = (0.14, 0.18, 0.24)
    amber = (1.0, 0.6, 0.0)
    d.rect(0, 0, 792, 90, fill=navy)
    d.text(50, 56, "aws", 30, "HB", color=(1, 1, 1))
    d.text(118, 56, "training and certification", 14, "H", color=(1, 1, 1))
    d.rect(0, 90, 792, 5, fill=amber)
    d.text(396, 170, "Certificate of Completion", 30, "H", "c", navy)
    d.text(396, 215, "This is to certify that", 12, "H", "c", GREY)
    d.text(396, 258, "Chidinma Haldorsen-Eze", 28, "HB", "c")
    d.text(396, 292, "has successfully completed the AWS instructor-led course", 12, "H", "c", GREY)
    d.text(396, 334, "Architecting on AWS", 24, "HB", "c", navy)
    d.text(396, 368, "January 22 - January 24, 2025", 13, "H", "c")
    d.text(
        396,
        400,
        "Delivered by Skyline Cloud Training Ltd., AWS Training Partner",
        10,
        "H",
        "c",
        GREY,
    )
    d.line(70, 520, 290, 520, 0.6)
    d.text(70, 535, "Rurik Almeida-Shaw", 10, "HB")
    d.text(70, 548, "AWS Authorized Instructor", 9, "H", color=GREY)
    d.text(722, 535, "Class ID: 7730142", 9, "H", "r", GREY)
    d.text(722, 548, "aws.amazon.com/training", 9, "H", "r", GREY)
    return d.write(folder / "AWS_Architecting_on_AWS_Certificate.pdf")


@_case(
    "h8-fortinet-autorotated",
    "foreign",
    Expected(
        "FortiGate 7.4 Administrator",
        None,
        "2024-03-03",
        "FTNT-4KJ8Q2WZ7M",
        "Ramón Echeverría Solís",
        None,
        False,
        None,
    ),
    "gs; landscape content drawn turned on a portrait page, Ghostscript's auto-rotation sets "
    "/Rotate; 'Validation code' next to a candidate ID; 'Valid until' decoy",
)
def _g_fortinet(folder: Path) -> Path:
    # drawn turned on a portrait page; pdfwrite's auto-rotation adds the /Rotate
    d = PSDoc(
        842,
        595,
        title="Fortinet Training Institute",
        creator="Fortinet NSE Institute",
        rotate="turn",
        autorotate=True,
    )
    red = (0.85, 0.11, 0.14)
    d.rect(0, 0, 842, 16, fill=red)
    d.text(60, 80, "FORTINET", 28, "HB", color=red, track=1.5)
    d.text(62, 98, "Training Institute", 11, "H", color=GREY)
    d.text(421, 170, "Certificate of Completion", 30, "H", "c")
    d.text(421, 210, "This is to certify that", 12, "H", "c", GREY)
    d.text(421, 252, "Ramón Echeverría Solís", 28, "HB", "c")
    d.text(421, 286, "has successfully completed the course", 12, "H", "c", GREY)
    d.text(421, 326, "FortiGate 7.4 Administrator", 24, "HB", "c", red)
    d.text(421, 362, "Completion date: 3 Mar 2024", 12, "H", "c")
    d.text(421, 380, "Certificate valid until: 3 Mar 2026", 10, "H", "c", GREY)
    d.text(80, 520, "Candidate ID: FTNT0038814", 10, "H")
    d.text(762, 520, "Validation code: FTNT-4KJ8Q2WZ7M", 10, "H", "r")
    d.text(762, 536, "training.fortinet.com/verify", 8.5, "H", "r", GREY)
    return d.write(folder / "certificate_FTNT-4KJ8Q2WZ7M.pdf")


@_case(
    "h8-redhat-type3-all",
    "foreign",
    Expected(
        "Red Hat Enterprise Linux Automation with Ansible (RH294)",
        "2025-05-21",
        "2025-06-18",
        "250618-RH294-00731",
        "Oskar Lindqvist-Mbeki",
        None,
        False,
        None,
    ),
    "gs; every string in Type 3 user fonts; '(RH294)' tail on its own line; range "
    "'21 May - 18 Jun 2025'; Red Hat certification ID decoy beside the certificate number",
)
def _g_redhat(folder: Path) -> Path:
    d = PSDoc(842, 595, title="Certificate of Attendance", creator="Red Hat Training Portal")
    reg = d.define_type3("RHText", "H", "std")
    bold = d.define_type3("RHDisplay", "HB", "std")
    red = (0.93, 0.0, 0.0)
    d.rect(0, 0, 842, 595, fill=(1, 1, 1))
    d.rect(0, 0, 842, 80, fill=(0.08, 0.08, 0.08))
    d.text(60, 50, "Red Hat", 24, bold, color=(1, 1, 1))
    d.text(170, 50, "Training and Certification", 13, reg, color=(0.85, 0.85, 0.85))
    d.text(60, 150, "CERTIFICATE OF ATTENDANCE", 26, bold, color=red)
    d.text(60, 190, "This is to certify that", 12, reg, color=GREY)
    d.text(60, 228, "Oskar Lindqvist-Mbeki", 26, bold)
    d.text(60, 262, "attended the course", 12, reg, color=GREY)
    d.text(60, 298, "Red Hat Enterprise Linux Automation with Ansible", 22, bold)
    d.text(60, 324, "(RH294)", 22, bold)
    d.text(60, 364, "Virtual class, weekly sessions: 21 May - 18 Jun 2025", 12, reg)
    d.text(60, 470, "Certificate number: 250618-RH294-00731", 10.5, reg)
    d.text(60, 486, "Red Hat Certification ID: 250-118-443", 10.5, reg, color=GREY)
    d.line(560, 470, 780, 470, 0.6)
    d.text(560, 486, "Ingrid Solheim-Acosta, Training Delivery Manager", 9, reg)
    return d.write(folder / "RH294_Certificate_of_Attendance.pdf")


@_case(
    "h8-juniper-poster-ambiguous",
    "foreign",
    Expected(
        "Juniper Networks Certified Associate, Junos (JNCIA-Junos)",
        None,
        "2024-04-05",
        "JPR-0488172",
        "Ólafur Sigurðsson",
        None,
        True,
        None,
    ),
    "gs; 3000 x 2100 pt page; 'Date certified: 04/05/2024' and 'Valid through: 04/05/2027' with "
    "nothing to settle day/month order (needs review); candidate ID and exam JN0-105 decoys",
)
def _g_juniper(folder: Path) -> Path:
    k = 3000 / 842
    d = PSDoc(3000, 2100, title="JNCIA-Junos", creator="Juniper Certification Program")
    green = (0.33, 0.64, 0.2)

    def t(
        x: float,
        y: float,
        s: str,
        size: float,
        font: str = "H",
        align: str = "l",
        color: Color = BLACK,
    ) -> None:
        d.text(x * k, y * k, s, size * k, font, align, color)

    d.rect(0, 0, 3000, 2100, fill=(0.98, 0.98, 0.97))
    d.rect(20 * k, 20 * k, 802 * k, 550 * k, stroke=green, lw=4 * k)
    t(60, 80, "JUNIPER NETWORKS", 20, "HB", color=green)
    t(60, 98, "Certification Program", 11, "H", color=GREY)
    t(421, 170, "This certifies that", 13, "H", "c", GREY)
    t(421, 215, "Ólafur Sigurðsson", 32, "TB", "c")
    t(
        421,
        252,
        "has successfully completed all requirements to be recognized as a",
        13,
        "H",
        "c",
        GREY,
    )
    t(421, 292, "Juniper Networks Certified Associate, Junos (JNCIA-Junos)", 21, "HB", "c")
    t(421, 332, "Exam: JN0-105", 11, "H", "c", GREY)
    t(120, 440, "Date certified: 04/05/2024", 12, "H")
    t(120, 460, "Valid through: 04/05/2027", 12, "H")
    t(722, 440, "Certification ID: JPR-0488172", 12, "H", "r")
    t(722, 460, "Candidate ID: JNCP0119274", 12, "H", "r")
    return d.write(folder / "JNCIA-Junos_certificate.pdf")


@_case(
    "h8-fr-attestation-letter",
    "foreign",
    Expected(
        "Administration avancée des pare-feux Stormshield Network Security et haute disponibilité",
        "2023-06-12",
        "2023-06-16",
        "AF-2023-0612-017",
        "Hélène Dubois-Lefèvre",
        None,
        False,
        (35, "hours"),
    ),
    "gs; French training-centre attestation written as a letter; the quoted title « … » wraps "
    "inside the sentence; 'du 12 au 16 juin 2023'; birth date, 'Fait à Lyon, le 19 juin' and "
    "activity-declaration number decoys",
)
def _g_fr(folder: Path) -> Path:
    d = PSDoc(595, 842, title="Attestation de fin de formation", creator="LibreOffice Writer")
    d.text(60, 70, "CFRL", 26, "TB", color=(0.1, 0.25, 0.5))
    d.text(60, 88, "Centre de Formation Réseaux Lyon-Confluence", 11, "T", color=GREY)
    d.text(
        60,
        101,
        "12 quai Perrache, 69002 Lyon  •  Déclaration d’activité n° 84 69 18342 69",
        8.5,
        "T",
        color=GREY,
    )
    d.text(297, 180, "ATTESTATION DE FIN DE FORMATION", 17, "TB", "c")
    d.text(297, 200, "N° d’attestation : AF-2023-0612-017", 10.5, "T", "c")
    text = (
        "Je soussignée, Claire Beaumont-Vidal, directrice pédagogique du Centre de Formation "
        "Réseaux Lyon-Confluence, atteste que Madame Hélène Dubois-Lefèvre, née le 04/09/1987 à "
        "Grenoble, a suivi avec assiduité la formation « Administration avancée des pare-feux "
        "Stormshield Network Security et haute disponibilité » du 12 au 16 juin 2023, d’une durée "
        "totale de 35 heures, en présentiel dans nos locaux."
    )
    y = d.para(70, 260, text, 455, 12, "T", leading=18)
    y = d.para(
        70,
        y + 14,
        "Objectifs atteints : configuration du filtrage et de la NAT, VPN "
        "IPsec et SSL, haute disponibilité active/passive, supervision et journalisation.",
        455,
        12,
        "T",
        leading=18,
    )
    d.para(
        70,
        y + 14,
        "Cette attestation est délivrée pour servir et valoir ce que de droit.",
        455,
        12,
        "T",
        leading=18,
    )
    d.text(525, 560, "Fait à Lyon, le 19 juin 2023", 12, "T", "r")
    d.text(525, 640, "Claire Beaumont-Vidal", 12, "TI", "r")
    d.text(525, 655, "Directrice pédagogique", 10, "T", "r", GREY)
    return d.write(folder / "attestation_formation_Dubois-Lefevre.pdf")


@_case(
    "h8-de-konferenz-band",
    "foreign",
    Expected(
        "Netzwerktage Rhein-Main 2023",
        "2023-03-21",
        "2023-03-23",
        "NRM23-B-8841",
        "Friederike Schäfer-Ünal",
        None,
        False,
        None,
    ),
    "gs; German conference attendance; the event name also runs vertically in a side band; "
    "name faux-bold (drawn twice); 'vom 21. bis 23. März 2023'; ticket number and "
    "'Aufzeichnungen … bis zum 30. Juni 2023' decoys",
)
def _g_de(folder: Path) -> Path:
    d = PSDoc(595, 842, title="Teilnahmebescheinigung", creator="Adobe InDesign 18.2 (Macintosh)")
    teal = (0.0, 0.42, 0.45)
    d.rect(0, 0, 90, 842, fill=teal)
    d.text(
        58, 760, "NETZWERKTAGE RHEIN-MAIN  ·  2023", 20, "HB", color=(1, 1, 1), track=1.5, angle=90
    )
    d.text(130, 120, "Teilnahmebescheinigung", 28, "HB", color=teal)
    d.text(130, 190, "Hiermit bestätigen wir, dass", 12, "H")
    d.text(130, 232, "Friederike Schäfer-Ünal", 22, "HB", bold2=0.4)
    d.text(130, 270, "vom 21. bis 23. März 2023 an der Fachkonferenz", 12, "H")
    d.text(130, 300, "Netzwerktage Rhein-Main 2023", 17, "HB")
    d.text(130, 326, "im Kongresszentrum Frankfurt am Main teilgenommen hat.", 12, "H")
    d.para(
        130,
        372,
        "Schwerpunkte: Campus-Netze mit EVPN/VXLAN, Zero Trust im Mittelstand, "
        "Automatisierung mit Ansible und Netbox, Wi-Fi 7.",
        400,
        11,
        "H",
        color=GREY,
    )
    d.para(
        130,
        430,
        "Die Aufzeichnungen aller Vorträge sind bis zum 30. Juni 2023 im "
        "Teilnehmerportal verfügbar.",
        400,
        10,
        "HO",
        color=GREY,
    )
    d.text(130, 520, "Bescheinigungs-Nr.: NRM23-B-8841", 11, "H")
    d.text(130, 538, "Ticket-Nr.: NRM23-T-004417", 10, "H", color=GREY)
    d.text(130, 640, "Frankfurt am Main, 23. März 2023", 11, "H")
    d.line(130, 700, 330, 700, 0.6)
    d.text(130, 714, "Dr. Konstantin Weißgerber, Programmkomitee", 9.5, "H")
    return d.write(folder / "Teilnahmebescheinigung_NRM23.pdf")


@_case(
    "h8-it-university-spaced",
    "foreign",
    Expected(
        "Sicurezza delle Reti e dei Sistemi Cloud",
        "2024-10-07",
        "2024-10-25",
        "UCM-7H2K-QP4M",
        "Maria Vittoria Cappelletti",
        None,
        False,
        None,
    ),
    "gs; Italian university attestation; learner name letter-spaced glyph by glyph; "
    "'dal 7 al 25 ottobre 2024'; code both labelled and in a verification URL; student "
    "number and 'Castelmare, 30 ottobre 2024' decoys",
)
def _g_it(folder: Path) -> Path:
    d = PSDoc(842, 595, title="Attestato di partecipazione", creator="PDFCreator 5.1")
    wine = (0.5, 0.08, 0.15)
    d.rect(30, 30, 782, 535, stroke=wine, lw=2)
    d.text(421, 82, "UNIVERSITÀ DEGLI STUDI DI CASTELMARE", 15, "TB", "c", wine, track=1.0)
    d.text(421, 100, "Dipartimento di Ingegneria dell’Informazione", 11, "TI", "c", GREY)
    d.text(421, 160, "ATTESTATO DI PARTECIPAZIONE", 24, "T", "c", track=1.5)
    d.text(421, 205, "Si attesta che", 12, "T", "c")
    d.text(421, 245, "Maria Vittoria Cappelletti", 22, "TB", "c", track=4.0)
    d.text(421, 270, "Matricola n. 0512004471", 9.5, "T", "c", GREY)
    d.text(421, 300, "ha frequentato il Corso di perfezionamento", 12, "T", "c")
    d.text(421, 336, "Sicurezza delle Reti e dei Sistemi Cloud", 22, "TBI", "c", wine)
    d.text(
        421,
        368,
        "svoltosi dal 7 al 25 ottobre 2024 presso il Polo Didattico di Castelmare.",
        12,
        "T",
        "c",
    )
    d.text(90, 450, "Castelmare, 30 ottobre 2024", 11, "T")
    d.line(560, 450, 760, 450, 0.6)
    d.text(660, 466, "Il Direttore del Corso", 10, "T", "c")
    d.text(660, 480, "Prof.ssa Ludovica Serra-Mantovani", 10, "TI", "c")
    d.text(
        421,
        535,
        "Codice di verifica: UCM-7H2K-QP4M  —  verificabile su "
        "https://attestati.unicastelmare.example/verifica/UCM-7H2K-QP4M",
        8.5,
        "T",
        "c",
        GREY,
    )
    return d.write(folder / "attestato_UCM-7H2K-QP4M.pdf")


@_case(
    "h8-nl-script-gnames",
    "foreign",
    Expected(
        "Netwerkbeheer met MikroTik RouterOS",
        None,
        "2024-02-14",
        "DS-24-0214-33",
        "Sanne van der Heijden-Bakker",
        None,
        True,
        None,
    ),
    "gs; Dutch training centre; name and course set in a Type 3 script font whose glyphs are "
    "named /g1, /g2 … (text layer meaningless, needs review); '14 februari 2024'; "
    "'Geboortedatum: 02-11-1990' decoy; labels and code readable",
)
def _g_nl(folder: Path) -> Path:
    d = PSDoc(842, 595, title="Certificaat", creator="QuarkXPress(R) 15.2")
    script = d.define_type3("DeSchakelScript", "Z", "gnames")
    orange = (0.9, 0.45, 0.05)
    d.rect(0, 0, 842, 595, fill=(1.0, 0.98, 0.95))
    d.rect(40, 40, 762, 515, stroke=orange, lw=1.5)
    d.text(421, 95, "Opleidingscentrum De Schakel", 16, "HB", "c", orange)
    d.text(421, 112, "Utrecht  •  Amersfoort", 9.5, "H", "c", GREY)
    d.text(421, 170, "CERTIFICAAT", 34, "TB", "c")
    d.text(421, 210, "Hierbij verklaren wij dat", 12, "T", "c")
    d.text(421, 258, "Sanne van der Heijden-Bakker", 36, script, "c")
    d.text(421, 282, "Geboortedatum: 02-11-1990", 9.5, "T", "c", GREY)
    d.text(421, 318, "met goed gevolg de opleiding", 12, "T", "c")
    d.text(421, 362, "Netwerkbeheer met MikroTik RouterOS", 32, script, "c")
    d.text(421, 396, "heeft afgerond op 14 februari 2024.", 12, "T", "c")
    d.text(90, 500, "Certificaatnummer: DS-24-0214-33", 10, "H")
    d.line(560, 490, 752, 490, 0.6)
    d.text(656, 504, "Wouter Maasland-Okeke, directeur", 9.5, "T", "c")
    return d.write(folder / "Certificaat_DS-24-0214-33.pdf")


# ---------------------------------------------------------------- Ghostscript: unclear/unknown


@_case(
    "h8-unclear-type3-rot13",
    "unclear",
    Expected(
        "Zero Trust Network Access Practitioner",
        None,
        "2024-09-09",
        "HCA-ZT-2409-5531",
        "Evander Quist-Nakamura",
        None,
        True,
        None,
    ),
    "gs; name, course and code drawn by a Type 3 'brand' font whose codes and glyph names are "
    "those of OTHER letters (copying gives rot13-like nonsense; needs review); labels and date "
    "in Helvetica",
)
def _g_unclear_rot(folder: Path) -> Path:
    d = PSDoc(792, 612, title="Helix Cloud Academy certificate", creator="HCA Render 2.3")
    brand = d.define_type3("HelixBrand", "HB", "rot")
    plum = (0.36, 0.16, 0.5)
    d.rect(0, 0, 260, 612, fill=plum)
    d.text(40, 90, "Helix Cloud", 24, "HB", color=(1, 1, 1))
    d.text(40, 118, "Academy", 24, "HB", color=(1, 1, 1))
    d.text(40, 560, "helixcloud.academy.example", 9, "H", color=(0.85, 0.8, 0.9))
    d.text(300, 120, "Certificate of Completion", 26, "H", color=plum)
    d.text(300, 180, "Awarded to", 10, "H", color=GREY)
    d.text(300, 210, "Evander Quist-Nakamura", 24, brand)
    d.text(300, 260, "For completing", 10, "H", color=GREY)
    d.text(300, 288, "Zero Trust Network Access Practitioner", 19, brand)
    d.text(300, 340, "Completed", 10, "H", color=GREY)
    d.text(300, 358, "September 9, 2024", 13, "H")
    d.text(300, 410, "Certificate ID", 10, "H", color=GREY)
    d.text(300, 430, "HCA-ZT-2409-5531", 14, brand)
    return d.write(folder / "8c41e0d2-93aa-4f57-b0c6-1d2e3f405162.pdf")


@_case(
    "h8-unclear-two-codes",
    "unclear",
    Expected(
        "Wireless LAN Design and Site Surveys",
        None,
        "2024-10-18",
        "LNI-2024-0871",
        "Marguerite Okafor-Lindström",
        None,
        True,
        None,
    ),
    "gs; two different codes under equally strong labels ('Certificate No.' top right, "
    "'Certificate ID' at the bottom) - needs review",
)
def _g_unclear_two(folder: Path) -> Path:
    d = PSDoc(842, 595, title="Certificate", creator="Lakeshore LMS")
    blue = (0.1, 0.3, 0.55)
    d.rect(25, 25, 792, 545, stroke=blue, lw=2.5)
    d.text(70, 80, "Lakeshore Network Institute", 16, "TB", color=blue)
    d.text(772, 80, "Certificate No.: LNI-2024-0871", 10, "H", "r")
    d.text(421, 170, "Certificate of Completion", 32, "TB", "c")
    d.text(421, 215, "presented to", 12, "TI", "c", GREY)
    d.text(421, 258, "Marguerite Okafor-Lindström", 28, "T", "c")
    d.text(421, 295, "for successfully completing", 12, "TI", "c", GREY)
    d.text(421, 335, "Wireless LAN Design and Site Surveys", 22, "TB", "c", blue)
    d.text(421, 372, "October 18, 2024", 13, "T", "c")
    d.line(90, 480, 300, 480, 0.6)
    d.text(90, 494, "Program Director", 9.5, "T", color=GREY)
    d.text(752, 494, "Certificate ID: 7Q2M-44KD-R9XE", 10, "H", "r")
    return d.write(folder / "certificate.pdf")


@_case(
    "h8-unclear-ambiguous-date",
    "unclear",
    Expected(
        "Linux Server Administration Bootcamp",
        None,
        "2023-05-04",
        "RIT-23-1187",
        "Tobiah Marchetti-Ansah",
        None,
        True,
        None,
    ),
    "gs; the only date is 'Date: 05/04/2023' and nothing on the page settles day/month "
    "order (needs review); 'Certificate #' label",
)
def _g_unclear_date(folder: Path) -> Path:
    d = PSDoc(792, 612, title="Certificate", creator="Ridgeview IT Training")
    d.rect(36, 36, 720, 540, stroke=BLACK, lw=0.8)
    d.text(396, 96, "Ridgeview IT Training", 18, "NB", "c")
    d.text(396, 160, "CERTIFICATE", 36, "N", "c", track=3)
    d.text(396, 186, "OF COMPLETION", 13, "N", "c", GREY, track=3)
    d.text(396, 240, "Tobiah Marchetti-Ansah", 26, "NI", "c")
    d.text(396, 276, "has completed the", 12, "N", "c", GREY)
    d.text(396, 312, "Linux Server Administration Bootcamp", 22, "NB", "c")
    d.text(120, 470, "Date: 05/04/2023", 11, "N")
    d.text(672, 470, "Certificate #: RIT-23-1187", 11, "N", "r")
    return d.write(folder / "Certificate_Tobiah.pdf")


@_case(
    "h8-unknown-kerned-vertical-serial",
    "unknown",
    Expected(
        "IPv6 Fundamentals, Transition Mechanisms and Security",
        None,
        "2024-12-05",
        "TSS-000417",
        "Kwame Asante-Whitfield",
        None,
        False,
        (8, "CPE"),
    ),
    "gs; odd issuer; every string set glyph by glyph with small letter-spacing; serial number "
    "printed vertically in the right margin; 'December 5th, 2024'; member number decoy",
)
def _g_unknown_kerned(folder: Path) -> Path:
    d = PSDoc(792, 612, title="Certificate of Achievement", creator="dvips(k) 2023.1")
    gold = (0.65, 0.5, 0.15)
    d.rect(30, 30, 732, 552, stroke=gold, lw=3)
    d.rect(38, 38, 716, 536, stroke=gold, lw=0.6)
    d.text(396, 100, "The Subnet Society", 20, "PB", "c", gold, track=0.6)
    d.text(396, 165, "Certificate of Achievement", 30, "P", "c", track=0.8)
    d.text(396, 212, "awarded to", 12, "PI", "c", GREY, track=0.4)
    d.text(396, 254, "Kwame Asante-Whitfield", 28, "PB", "c", track=0.7)
    d.text(396, 292, "for completing the seminar series", 12, "PI", "c", GREY, track=0.4)
    d.text(
        396, 330, "IPv6 Fundamentals, Transition Mechanisms and Security", 19, "PB", "c", track=0.5
    )
    d.text(396, 366, "December 5th, 2024", 13, "P", "c", track=0.5)
    d.text(396, 388, "Recommended for 8 CPE credits", 11, "P", "c", track=0.4)
    d.text(100, 500, "Member no. 20417", 9.5, "P", color=GREY, track=0.3)
    d.line(470, 490, 690, 490, 0.6)
    d.text(580, 505, "Hollis Brandvold, Chair", 10, "PI", "c", track=0.3)
    d.text(735, 420, "Serial No. TSS-000417", 9, "P", color=GREY, track=0.5, angle=90)
    return d.write(folder / "TSS-certificate-000417.pdf")


# ---------------------------------------------------------------- cairo: known issuers


@_case(
    "h8-netacad-vi-sidepanel",
    "known",
    Expected(
        "Networking Essentials",
        None,
        "2025-01-15",
        None,
        "Nguyễn Thị Thu Hà",
        "Cisco Networking Academy",
        False,
        None,
    ),
    "cairo; Networking Academy wording with the course name inside the sentence ('for "
    "completing Networking Essentials course administered by…'); Vietnamese name, academy and "
    "location; side panel; values above captions",
)
def _c_netacad_vi(folder: Path) -> Path:
    d = CairoDoc(
        folder / "Networking_Essentials_certificate.pdf",
        792,
        612,
        title="Certificate of Course Completion",
    )
    d.rect(0, 0, 200, 612, fill=(0.02, 0.3, 0.5))
    d.text(100, 300, "Cisco Networking Academy", 20, "SB", "c", (1, 1, 1), angle=90)
    d.circle(100, 520, 36, stroke=(1, 1, 1), lw=2)
    d.text(100, 526, "NetAcad", 12, "SB", "c", (1, 1, 1))
    d.text(240, 90, "Certificate of Course Completion", 26, "R", color=DARK_BLUE)
    d.text(240, 160, "Nguyễn Thị Thu Hà", 30, "RB")
    d.line(240, 172, 740, 172, 0.6, LIGHT)
    d.text(
        240,
        206,
        "has successfully achieved student level credential for completing",
        11.5,
        "S",
        color=GREY,
    )
    d.text(240, 226, "Networking Essentials", 11.5, "SB")
    w = d.measure("Networking Essentials ", "SB", 11.5)
    d.text(
        240 + w, 226, "course administered by the undersigned instructor.", 11.5, "S", color=GREY
    )
    d.text(240, 246, "The student was able to proficiently:", 11.5, "S", color=GREY)
    y = 274.0
    for b in [
        "Explain important concepts in network communication and IPv4/IPv6 addressing.",
        "Build a simple home network and configure basic wireless security.",
        "Use common troubleshooting tools to verify connectivity.",
    ]:
        d.text(256, y, "•  " + b, 10, "S")
        y += 19
    cols = [
        (240, "Lê Quang Vinh", "Instructor", 100),
        (352, "Học viện Công nghệ Sông Hàn", "Academy Name", 170),
        (534, "Đà Nẵng, Việt Nam", "Location", 110),
        (656, "15 Jan 2025", "Date", 90),
    ]
    for x, value, caption, width in cols:
        d.text(x, 470, value, 9.5, "S")
        d.line(x, 478, x + width, 478, 0.5)
        d.text(x, 490, caption, 8, "SI", color=GREY)
    return d.finish()


@_case(
    "h8-ciscolive-letter",
    "known",
    Expected(
        "Cisco Live Amsterdam 2025",
        "2025-02-09",
        "2025-02-14",
        None,
        "Ana Beatriz Conceição",
        "Cisco Live",
        False,
        (24, "CE"),
    ),
    "cairo; portrait letter 'Dear …, This letter confirms that you attended …'; the letter's "
    "own date and 'on-demand until 31 August 2025' decoys; registration ID is not a code; "
    "CE credits in a sentence",
)
def _c_ciscolive(folder: Path) -> Path:
    d = CairoDoc(
        folder / "CiscoLive_Attendance_Letter.pdf",
        612,
        792,
        title="Cisco Live Attendance Letter",
        creator="Cisco Events Attendee Portal",
    )
    d.rect(0, 0, 612, 96, fill=(0.0, 0.2, 0.35))
    d.text(50, 58, "Cisco Live", 30, "SB", color=(1, 1, 1))
    d.text(562, 58, "EMEA", 14, "S", "r", (0.6, 0.85, 1.0))
    d.text(50, 150, "February 18, 2025", 11, "S")
    d.text(50, 195, "Dear Ana Beatriz Conceição,", 11, "S")
    y = d.para(
        50,
        225,
        "This letter confirms that you attended Cisco Live Amsterdam 2025, "
        "held 9–14 February 2025 at RAI Amsterdam, the Netherlands.",
        512,
        11,
        "S",
        leading=16,
    )
    d.text(306, y + 18, "Cisco Live Amsterdam 2025", 17, "SB", "c", (0.0, 0.2, 0.35))
    d.text(306, y + 38, "9–14 February 2025  •  RAI Amsterdam", 10.5, "S", "c", GREY)
    y = d.para(
        50,
        y + 78,
        "By attending eligible breakout sessions, labs and technical seminars "
        "you earned 24 Continuing Education (CE) credits, which have been submitted to "
        "the Cisco Continuing Education Program for the recertification of your Cisco "
        "certifications.",
        512,
        11,
        "S",
        leading=16,
    )
    y = d.para(
        50,
        y + 10,
        "Session recordings remain available on-demand in the Cisco Live "
        "portal until 31 August 2025.",
        512,
        11,
        "S",
        leading=16,
    )
    d.text(50, y + 22, "Registration ID: CL25EMEA-0077813", 10, "S", color=GREY)
    d.text(50, y + 70, "Best regards,", 11, "S")
    d.text(50, y + 110, "Cisco Live Attendee Services", 11, "SB")
    d.text(306, 760, "ciscolive.com", 8.5, "S", "c", GREY)
    return d.finish()


@_case(
    "h8-pluralsight-glyphs-tr",
    "known",
    Expected(
        "Configuring BGP on Cisco IOS XE Routers",
        None,
        "2024-03-12",
        None,
        "Zeynep İnce Karaoğlu",
        "Pluralsight",
        False,
        None,
    ),
    "cairo; heading and Turkish name (İ, ğ) placed glyph by glyph with letter-spacing via "
    "show_glyphs; dark background; author line; no code",
)
def _c_pluralsight(folder: Path) -> Path:
    d = CairoDoc(
        folder / "pluralsight-certificate.pdf", 792, 612, title="Certificate of Completion"
    )
    pink = (0.93, 0.1, 0.45)
    d.rect(0, 0, 792, 612, fill=(0.09, 0.09, 0.12))
    d.rect(0, 0, 792, 8, fill=pink)
    d.text(60, 80, "PLURALSIGHT", 20, "SB", color=pink, track=3.0)
    d.text(60, 170, "CERTIFICATE OF COMPLETION", 13, "S", color=(0.7, 0.7, 0.75), track=4.0)
    d.text(60, 240, "Zeynep İnce Karaoğlu", 34, "SB", color=(1, 1, 1), track=1.6)
    d.text(60, 284, "has completed", 12, "S", color=(0.7, 0.7, 0.75))
    d.text(60, 322, "Configuring BGP on Cisco IOS XE Routers", 22, "S", color=(1, 1, 1))
    d.text(60, 352, "Author: Colm Haverty-Nakano", 10.5, "S", color=(0.7, 0.7, 0.75))
    d.text(60, 470, "Completed on", 10, "S", color=(0.7, 0.7, 0.75))
    d.text(60, 490, "March 12, 2024", 14, "SB", color=(1, 1, 1))
    d.text(732, 490, "pluralsight.com", 10, "S", "r", (0.7, 0.7, 0.75))
    return d.finish()


@_case(
    "h8-cbt-labels-outlined",
    "known",
    Expected(
        "CCNP Security: Implementing and Operating Cisco Security Core Technologies (SCOR 350-701)",
        None,
        "2024-02-19",
        "CBT-9W4R-22LX",
        "Tomasz Łęczycki",
        "CBT Nuggets",
        False,
        None,
    ),
    "cairo; 'converted to outlines': heading, logo and every label are paths, only the values "
    "(ISO date, level, code) and the footer URL are text; exam number inside the title; "
    "two-line title",
)
def _c_cbt(folder: Path) -> Path:
    d = CairoDoc(folder / "CBT-9W4R-22LX.pdf", 842, 595, title="cbt-certificate")
    orange = (0.96, 0.5, 0.12)
    d.rect(0, 0, 842, 595, fill=(0.98, 0.98, 0.98))
    d.rect(0, 0, 842, 110, fill=(0.1, 0.12, 0.18))
    d.text(60, 68, "CBT Nuggets", 30, "SB", color=orange, mode="path")
    d.text(782, 68, "CERTIFICATE OF COMPLETION", 13, "S", "r", (1, 1, 1), track=2.0, mode="path")
    d.text(60, 170, "This certifies that", 12, "S", color=GREY, mode="path")
    d.text(60, 206, "Tomasz Łęczycki", 28, "SB")
    d.text(60, 246, "has completed the training", 12, "S", color=GREY, mode="path")
    d.text(60, 280, "CCNP Security: Implementing and Operating Cisco Security Core", 19, "SB")
    d.text(60, 304, "Technologies (SCOR 350-701)", 19, "SB")
    labels = [(60, "Completed"), (300, "Skill level"), (540, "Certificate ID")]
    values = ["2024-02-19", "Intermediate", "CBT-9W4R-22LX"]
    for (x, label), value in zip(labels, values, strict=True):
        d.text(x, 400, label.upper(), 9, "SB", color=GREY, track=1.2, mode="path")
        d.text(x, 422, value, 14, "S")
    d.text(60, 540, "Verify at https://www.cbtnuggets.com/verify/CBT-9W4R-22LX", 9, "S", color=GREY)
    return d.finish()


@_case(
    "h8-udemy-poster-greek",
    "known",
    Expected(
        "Kubernetes for Network Engineers: CNI, Service Mesh and eBPF (Hands-On)",
        None,
        "2025-01-07",
        "UC-3f2b8c1e-7a4d-4c59-b0e2-9d81f6a3c7b4",
        "Δημήτρης Κωνσταντινίδης",
        "Udemy",
        False,
        (61, "hours"),
    ),
    "cairo; Udemy layout on a 3000 x 2100 pt page; Greek learner name; UUID file name; "
    "reference number decoy; 'Jan. 7, 2025'",
)
def _c_udemy(folder: Path) -> Path:
    uc = "UC-3f2b8c1e-7a4d-4c59-b0e2-9d81f6a3c7b4"
    k = 3000 / 792
    d = CairoDoc(
        folder / "3f2b8c1e-7a4d-4c59-b0e2-9d81f6a3c7b4.pdf",
        3000,
        2100,
        title=uc,
        creator="Udemy Certificates",
    )
    purple = (0.64, 0.2, 0.94)

    def t(
        x: float,
        y: float,
        s: str,
        size: float,
        font: str = "S",
        align: str = "l",
        color: Color = BLACK,
    ) -> None:
        d.text(x * k, y * k, s, size * k, font, align, color)

    t(56, 76, "udemy", 30, "SB", color=purple)
    t(736, 58, f"Certificate no: {uc}", 8, "S", "r", GREY)
    t(736, 72, f"Certificate url: ude.my/{uc}", 8, "S", "r", GREY)
    t(736, 86, "Reference Number: 0005", 8, "S", "r", GREY)
    t(56, 200, "CERTIFICATE OF COMPLETION", 11, "SB", color=GREY)
    t(56, 248, "Kubernetes for Network Engineers: CNI,", 28, "SB")
    t(56, 284, "Service Mesh and eBPF (Hands-On)", 28, "SB")
    t(56, 326, "Instructors", 10, "S", color=GREY)
    t(122, 326, "Maelis Ostrowski-Tan", 10, "SB")
    t(56, 470, "Δημήτρης Κωνσταντινίδης", 30, "SB")
    t(56, 502, "Date", 10, "S", color=GREY)
    t(90, 502, "Jan. 7, 2025", 10, "SB")
    t(56, 518, "Length", 10, "S", color=GREY)
    t(100, 518, "61 total hours", 10, "SB")
    return d.finish()


@_case(
    "h8-coursera-spec-panel",
    "known",
    Expected(
        "Network Security Operations with Open-Source Tools",
        None,
        "2024-06-03",
        "7XK2P9QLMZ4B",
        "Aurélien Kowalczyk-Moreau",
        "Coursera",
        False,
        None,
    ),
    "cairo; Coursera Specialization: the four included course titles are listed in a side "
    "panel (decoy titles); name with a shadow layer; code in the verify URL only",
)
def _c_coursera_spec(folder: Path) -> Path:
    d = CairoDoc(
        folder / "Coursera 7XK2P9QLMZ4B.pdf",
        792,
        612,
        title="Coursera 7XK2P9QLMZ4B",
        creator="Coursera",
    )
    blue = (0.0, 0.34, 0.82)
    d.rect(540, 0, 252, 612, fill=(0.94, 0.95, 0.97))
    d.text(666, 60, "SPECIALIZATION", 13, "SB", "c", blue, track=2.0)
    d.text(666, 78, "CERTIFICATE", 13, "SB", "c", blue, track=2.0)
    d.text(560, 130, "Courses completed:", 10, "SB", color=GREY)
    y = 152.0
    for course in [
        "Packet Analysis with Wireshark and Zeek",
        "Intrusion Detection with Suricata",
        "Security Monitoring with the Elastic Stack",
        "Capstone: Building a SOC Lab",
    ]:
        y = d.para(560, y, course, 210, 9.5, "S", leading=12.5) + 8
    d.para(
        560,
        420,
        "The online specialization named in this certificate may draw on material "
        "from courses taught on-campus, but the included courses are not equivalent to "
        "on-campus courses.",
        210,
        7,
        "S",
        color=GREY,
    )
    d.text(50, 70, "Jun 3, 2024", 11, "S", color=GREY)
    d.text(50, 150, "Aurélien Kowalczyk-Moreau", 28, "R", shadow=(0.8, 0.8, (0.8, 0.8, 0.82)))
    d.text(
        50,
        184,
        "has successfully completed the online, non-credit Specialization",
        11,
        "S",
        color=GREY,
    )
    d.text(50, 224, "Network Security Operations with", 22, "RB")
    d.text(50, 252, "Open-Source Tools", 22, "RB")
    d.para(
        50,
        290,
        "Those who earn the Specialization have completed a series of rigorous "
        "courses, including hands-on projects, offered by Eastmoor University.",
        450,
        10.5,
        "S",
        color=GREY,
    )
    d.line(50, 430, 240, 430, 0.6)
    d.text(50, 446, "Dr. Sunniva Achterberg-Oyelowo", 10, "SB")
    d.text(50, 459, "Eastmoor University", 9, "S", color=GREY)
    d.text(50, 560, "Verify this certificate at:", 8, "S", color=GREY)
    d.text(50, 572, "https://coursera.org/verify/specialization/7XK2P9QLMZ4B", 8, "S", color=GREY)
    return d.finish()


@_case(
    "h8-ciscou-values-outlined",
    "known",
    Expected(
        "Developing Applications and Automating Workflows Using Cisco Platforms (DEVASC) v1.1",
        None,
        "2024-06-17",
        "CU-7KQ2-M4XD-91PA",
        "Hiroshi Adebayo-Kuusela",
        "Cisco U.",
        True,
        (48, "CE"),
    ),
    "cairo; Cisco U. with 'Keep learning!' printed larger than anything; labels in boxes; the "
    "learner name and certificate ID are outlines only (visible, not in the text layer - "
    "needs review)",
)
def _c_ciscou(folder: Path) -> Path:
    d = CairoDoc(
        folder / "CiscoU_DEVASC_certificate.pdf",
        792,
        612,
        title="Cisco U. Certificate",
        creator="Cisco U. (Skia/PDF)",
    )
    d.rect(0, 0, 792, 612, fill=(0.97, 0.99, 1.0))
    d.text(50, 64, "Cisco U.", 22, "SB", color=DARK_BLUE)
    d.text(396, 150, "Keep learning!", 54, "SB", "c", CISCO_BLUE)
    d.text(396, 190, "Certificate of Completion", 14, "S", "c", GREY)
    rows = [
        ("LEARNER", None),
        ("COURSE", None),
        ("COMPLETED ON", "17 Jun 2024"),
        ("CE CREDITS", "48"),
        ("CERTIFICATE ID", None),
    ]
    y = 240.0
    for label, value in rows:
        d.rect(70, y - 15, 130, 22, stroke=CISCO_BLUE, lw=0.8, radius=4)
        d.text(135, y, label, 8.5, "SB", "c", CISCO_BLUE, track=0.8)
        if label == "LEARNER":
            d.text(220, y + 1, "Hiroshi Adebayo-Kuusela", 16, "SB", mode="path")
        elif label == "COURSE":
            d.text(
                220, y, "Developing Applications and Automating Workflows Using Cisco", 12.5, "S"
            )
            d.text(220, y + 17, "Platforms (DEVASC) v1.1", 12.5, "S")
            y += 17
        elif label == "CERTIFICATE ID":
            d.text(220, y, "CU-7KQ2-M4XD-91PA", 12.5, "M", mode="path")
        else:
            d.text(220, y, value or "", 12.5, "S")
        y += 44
    d.text(742, 570, "u.cisco.com", 9, "S", "r", GREY)
    return d.finish()


# ---------------------------------------------------------------- cairo: other issuers


@_case(
    "h8-microsoft-fakebold-mcid",
    "foreign",
    Expected(
        "Microsoft Certified: Azure Network Engineer Associate",
        None,
        "2024-10-08",
        "CB7F3A-2E91D5",
        "Ignacio Ruiz-Valderrama",
        None,
        False,
        None,
    ),
    "cairo; Microsoft certification: title drawn twice 0.3 pt apart (faux bold); "
    "'Certification number' beside the MCID and exam AZ-700 decoys; 'Expires on' decoy",
)
def _c_microsoft(folder: Path) -> Path:
    d = CairoDoc(
        folder / "Microsoft_Certified_Azure_Network_Engineer_Associate.pdf",
        792,
        612,
        title="Microsoft Certification",
        creator="Microsoft Learn",
    )
    d.rect(40, 40, 712, 532, stroke=(0.85, 0.85, 0.85), lw=1)
    for i, col in enumerate(
        [(0.95, 0.31, 0.13), (0.5, 0.73, 0.0), (0.0, 0.64, 0.94), (1.0, 0.73, 0.0)]
    ):
        d.rect(70 + (i % 2) * 13, 70 + (i // 2) * 13, 12, 12, fill=col)
    d.text(104, 90, "Microsoft", 20, "S", color=GREY)
    d.text(396, 180, "Ignacio Ruiz-Valderrama", 30, "S", "c")
    d.text(
        396,
        220,
        "has successfully completed the requirements to be recognized as a",
        12,
        "S",
        "c",
        GREY,
    )
    d.text(
        396, 262, "Microsoft Certified: Azure Network Engineer Associate", 21, "SB", "c", bold2=0.3
    )
    d.text(396, 292, "Exam passed: AZ-700", 10, "S", "c", GREY)
    d.circle(396, 380, 46, fill=(0.0, 0.47, 0.83))
    d.text(396, 376, "ASSOCIATE", 9, "SB", "c", (1, 1, 1), track=1.0)
    d.text(396, 390, "Azure", 10, "S", "c", (1, 1, 1))
    left = [("Date of achievement:", "October 8, 2024"), ("Expires on:", "October 8, 2025")]
    right = [("Certification number:", "CB7F3A-2E91D5"), ("MCID:", "991823457")]
    y = 480.0
    for (la, va), (lb, vb) in zip(left, right, strict=True):
        d.text(80, y, la, 10, "S", color=GREY)
        d.text(200, y, va, 10, "SB")
        d.text(470, y, lb, 10, "S", color=GREY)
        d.text(600, y, vb, 10, "SB")
        y += 20
    d.text(
        396,
        548,
        "Imogen Arkwright-Oduya, Corporate Vice President, Microsoft Learn",
        8.5,
        "S",
        "c",
        GREY,
    )
    return d.finish()


@_case(
    "h8-gr-university-range",
    "foreign",
    Expected(
        "Ασφάλεια Δικτύων και Υπολογιστικού Νέφους",
        "2024-06-03",
        "2024-06-28",
        "IDSK-2024-0318",
        "Ελένη Παπαδοπούλου",
        None,
        False,
        (40, "hours"),
    ),
    "cairo; Greek university continuing-education attestation; 'από 3 έως 28 Ιουνίου 2024' "
    "(genitive month); protocol number and issue date decoys; duration in ώρες",
)
def _c_greek(folder: Path) -> Path:
    d = CairoDoc(
        folder / "pistopoiitiko_IDSK-2024-0318.pdf",
        595,
        842,
        title="Πιστοποιητικό",
        creator="LibreOffice 7.5",
    )
    navy = (0.05, 0.2, 0.45)
    d.rect(30, 30, 535, 782, stroke=navy, lw=1.5)
    d.text(297, 100, "ΙΔΡΥΜΑ ΔΙΚΤΥΑΚΩΝ ΣΠΟΥΔΩΝ ΚΡΗΤΗΣ", 15, "RB", "c", navy)
    d.text(297, 120, "Κέντρο Επιμόρφωσης και Δια Βίου Μάθησης", 11, "RI", "c", GREY)
    d.text(540, 165, "Αρ. Πρωτ.: 1187/02-07-2024", 9, "R", "r", GREY)
    d.text(297, 240, "ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ", 19, "RB", "c")
    d.text(297, 300, "Βεβαιώνεται ότι η", 12, "R", "c")
    d.text(297, 340, "Ελένη Παπαδοπούλου", 24, "RB", "c", navy)
    d.text(297, 380, "παρακολούθησε με επιτυχία το επιμορφωτικό πρόγραμμα", 12, "R", "c")
    d.text(297, 418, "Ασφάλεια Δικτύων και Υπολογιστικού Νέφους", 17, "RB", "c")
    d.text(297, 452, "που πραγματοποιήθηκε από 3 έως 28 Ιουνίου 2024,", 12, "R", "c")
    d.text(297, 470, "συνολικής διάρκειας 40 ωρών.", 12, "R", "c")
    d.text(297, 540, "Αριθμός πιστοποιητικού: IDSK-2024-0318", 11, "R", "c")
    d.text(100, 650, "Ηράκλειο, 2 Ιουλίου 2024", 11, "R")
    d.line(340, 690, 520, 690, 0.6)
    d.text(430, 706, "Ο Επιστημονικός Υπεύθυνος", 10, "R", "c")
    d.text(430, 720, "Καθ. Στέλιος Μαυρογιάννης", 10, "RI", "c")
    return d.finish()


@_case(
    "h8-ru-training-centre",
    "foreign",
    Expected(
        "Маршрутизация и коммутация в корпоративных сетях",
        "2024-04-15",
        "2024-04-26",
        "24-0415-117",
        "Смирнова Анастасия Игоревна",
        None,
        False,
        (72, "hours"),
    ),
    "cairo; Russian training-centre certificate; 'с 15 по 26 апреля 2024 г.'; '72 академических "
    "часа'; issue date decoy; registration number is the code",
)
def _c_russian(folder: Path) -> Path:
    d = CairoDoc(
        folder / "sertifikat_24-0415-117.pdf",
        842,
        595,
        title="Сертификат",
        creator="CorelDRAW 2021",
    )
    red = (0.7, 0.1, 0.1)
    d.rect(0, 0, 842, 595, fill=(0.99, 0.98, 0.96))
    d.rect(25, 25, 792, 545, stroke=red, lw=2)
    d.text(421, 80, "Учебный центр «СетьПрофи»", 15, "SB", "c", red)
    d.text(421, 150, "СЕРТИФИКАТ", 40, "RB", "c", track=4.0)
    d.text(421, 200, "Настоящим подтверждается, что", 12, "R", "c")
    d.text(421, 240, "Смирнова Анастасия Игоревна", 26, "RBI", "c")
    d.text(421, 278, "прошла обучение по программе повышения квалификации", 12, "R", "c")
    d.text(421, 314, "«Маршрутизация и коммутация в корпоративных сетях»", 19, "RB", "c", red)
    d.text(421, 350, "в объёме 72 академических часа, с 15 по 26 апреля 2024 г.", 12, "R", "c")
    d.text(90, 470, "Регистрационный номер: 24-0415-117", 11, "R")
    d.text(90, 490, "Дата выдачи: 27 апреля 2024 г.", 11, "R", color=GREY)
    d.line(540, 470, 750, 470, 0.6)
    d.text(645, 486, "Директор А. В. Белозёров", 10, "R", "c")
    d.text(421, 545, "г. Новосибирск", 9, "R", "c", GREY)
    return d.finish()


@_case(
    "h8-tr-conference-ribbon",
    "foreign",
    Expected(
        "Ağ Güvenliği Zirvesi 2024",
        "2024-03-12",
        "2024-03-13",
        "AGZ24-00417",
        "İsmail Çağrı Yıldız",
        None,
        False,
        None,
    ),
    "cairo; Turkish conference: 'KATILIM BELGESİ' heading larger than the event; event name on "
    "a rotated ribbon too; '12–13 Mart 2024'; 'Sayın' before the name; issue date decoy",
)
def _c_turkish(folder: Path) -> Path:
    d = CairoDoc(folder / "katilim_belgesi.pdf", 842, 595, title="Katılım Belgesi")
    teal = (0.0, 0.45, 0.55)
    d.rect(0, 0, 842, 595, fill=(1, 1, 1))
    d.rect(742, 0, 100, 595, fill=teal)
    d.text(
        800,
        297,
        "AĞ GÜVENLİĞİ ZİRVESİ 2024  ·  İSTANBUL",
        16,
        "SB",
        "c",
        (1, 1, 1),
        angle=90,
        track=1.0,
    )
    d.text(380, 120, "KATILIM BELGESİ", 44, "SB", "c", teal)
    d.text(380, 190, "Sayın İsmail Çağrı Yıldız", 24, "S", "c")
    d.text(380, 236, "12–13 Mart 2024 tarihlerinde İstanbul’da düzenlenen", 12, "S", "c", GREY)
    d.text(380, 270, "Ağ Güvenliği Zirvesi 2024", 20, "SB", "c")
    d.text(380, 300, "etkinliğine katılmıştır.", 12, "S", "c", GREY)
    d.text(80, 450, "Belge No: AGZ24-00417", 11, "S")
    d.text(80, 470, "Düzenlenme tarihi: 15 Mart 2024", 10, "S", color=GREY)
    d.line(470, 450, 680, 450, 0.6)
    d.text(575, 466, "Doç. Dr. Sevgi Kaplanoğlu", 10, "S", "c")
    d.text(575, 480, "Düzenleme Kurulu Başkanı", 9, "S", "c", GREY)
    return d.finish()


@_case(
    "h8-pl-university-quoted",
    "foreign",
    Expected(
        "Projektowanie sieci bezprzewodowych Wi-Fi 6 w przedsiębiorstwie",
        "2024-11-04",
        "2024-11-08",
        "117/2024/WiFi",
        "Małgorzata Żółkiewska-Nowak",
        None,
        False,
        None,
    ),
    "cairo; Polish university 'ZAŚWIADCZENIE'; the title in „…” quotes wraps inside the "
    "sentence; 'w dniach 4–8 listopada 2024 r.'; date of birth and place/date decoys",
)
def _c_polish(folder: Path) -> Path:
    d = CairoDoc(
        folder / "zaswiadczenie_117_2024.pdf",
        595,
        842,
        title="Zaświadczenie",
        creator="Microsoft® Word 2019",
    )
    d.text(297, 80, "POLITECHNIKA NADWIŚLAŃSKA", 15, "RB", "c", (0.45, 0.1, 0.1))
    d.text(297, 98, "Centrum Kształcenia Ustawicznego", 11, "RI", "c", GREY)
    d.text(297, 190, "ZAŚWIADCZENIE", 26, "RB", "c", track=2.0)
    d.text(297, 214, "o ukończeniu szkolenia", 13, "R", "c")
    d.text(297, 240, "Nr zaświadczenia: 117/2024/WiFi", 10.5, "R", "c")
    text = (
        "Zaświadcza się, że Pani Małgorzata Żółkiewska-Nowak, urodzona 3 marca 1991 r. w Toruniu, "
        "ukończyła szkolenie „Projektowanie sieci bezprzewodowych Wi-Fi 6 w przedsiębiorstwie”, "
        "które odbyło się w dniach 4–8 listopada 2024 r. w Krakowie."
    )
    y = d.para(70, 300, text, 455, 12.5, "R", leading=20)
    d.para(
        70,
        y + 10,
        "Program obejmował: planowanie pokrycia radiowego, pomiary site survey, "
        "WPA3 i 802.1X, roaming oraz rozwiązywanie problemów.",
        455,
        12.5,
        "R",
        leading=20,
    )
    d.text(70, 620, "Kraków, 12 listopada 2024 r.", 11, "R")
    d.line(330, 680, 525, 680, 0.6)
    d.text(427, 696, "dr inż. Bogusław Kędzierski", 10, "RI", "c")
    d.text(427, 710, "Kierownik szkolenia", 9, "R", "c", GREY)
    return d.finish()


@_case(
    "h8-es-training-verify-url",
    "foreign",
    Expected(
        "Seguridad perimetral con FortiGate: configuración avanzada y alta disponibilidad",
        "2025-02-03",
        "2025-02-14",
        "CSV-8K2M-Q7PL",
        "María José Peñalosa Núñez",
        None,
        False,
        None,
    ),
    "cairo; Spanish training centre 'certificado de aprovechamiento'; 'del 3 al 14 de febrero "
    "de 2025'; code both labelled and in a verification URL; NIF decoy; long title with colon",
)
def _c_spanish(folder: Path) -> Path:
    d = CairoDoc(
        folder / "certificado_CSV-8K2M-Q7PL.pdf",
        842,
        595,
        title="Certificado",
        creator="Adobe Illustrator 28.0 (Windows)",
    )
    green = (0.1, 0.4, 0.25)
    d.rect(0, 0, 842, 595, fill=(0.98, 0.99, 0.97))
    d.rect(0, 0, 842, 14, fill=green)
    d.text(60, 70, "Redes Ibéricas Formación", 17, "SB", color=green)
    d.text(60, 88, "Centro de formación tecnológica  •  Valencia", 9.5, "S", color=GREY)
    d.text(421, 150, "CERTIFICADO DE APROVECHAMIENTO", 22, "RB", "c", track=1.0)
    d.text(421, 200, "Se certifica que D.ª", 12, "R", "c")
    d.text(421, 236, "María José Peñalosa Núñez", 24, "RB", "c", green)
    d.text(421, 258, "con NIF 47382915K", 9.5, "R", "c", GREY)
    d.text(421, 290, "ha superado con aprovechamiento el curso", 12, "R", "c")
    d.text(
        421,
        324,
        "Seguridad perimetral con FortiGate: configuración avanzada y alta disponibilidad",
        15,
        "RB",
        "c",
    )
    d.text(
        421, 356, "celebrado del 3 al 14 de febrero de 2025 en modalidad presencial.", 12, "R", "c"
    )
    d.text(90, 470, "Código de verificación: CSV-8K2M-Q7PL", 10.5, "S")
    d.text(
        90,
        486,
        "Compruebe su autenticidad en "
        "https://formacion.redesibericas.example/verificar/CSV-8K2M-Q7PL",
        8.5,
        "S",
        color=GREY,
    )
    d.text(752, 530, "Valencia, a 17 de febrero de 2025", 10, "R", "r")
    return d.finish()


@_case(
    "h8-vi-training-centre",
    "foreign",
    Expected(
        "Quản trị hệ thống mạng doanh nghiệp với Cisco",
        "2024-03-04",
        "2024-04-26",
        "SGN-24-0311",
        "Trần Minh Khôi",
        None,
        False,
        None,
    ),
    "cairo; Vietnamese training centre: 'từ ngày 04 tháng 3 năm 2024 đến ngày 26 tháng 4 năm "
    "2024'; date of birth and 'TP. Hồ Chí Minh, ngày 30 tháng 4 năm 2024' decoys; 'Số hiệu'",
)
def _c_vietnamese(folder: Path) -> Path:
    d = CairoDoc(folder / "giay_chung_nhan_SGN-24-0311.pdf", 842, 595, title="Giấy chứng nhận")
    red = (0.75, 0.1, 0.1)
    d.rect(0, 0, 842, 595, fill=(1.0, 0.99, 0.94))
    d.rect(20, 20, 802, 555, stroke=(0.8, 0.6, 0.1), lw=4)
    d.text(421, 70, "TRUNG TÂM ĐÀO TẠO MẠNG SÀI GÒN", 14, "SB", "c", red)
    d.text(421, 135, "GIẤY CHỨNG NHẬN", 36, "RB", "c", red)
    d.text(250, 195, "Chứng nhận:", 12, "R")
    d.text(360, 195, "Trần Minh Khôi", 20, "RB")
    d.text(250, 222, "Ngày sinh:", 12, "R")
    d.text(360, 222, "21/07/1995", 12, "R")
    d.text(250, 258, "Đã hoàn thành khóa học:", 12, "R")
    d.text(421, 294, "Quản trị hệ thống mạng doanh nghiệp với Cisco", 19, "RB", "c")
    d.text(
        421,
        330,
        "Thời gian: từ ngày 04 tháng 3 năm 2024 đến ngày 26 tháng 4 năm 2024",
        12,
        "R",
        "c",
    )
    d.text(421, 350, "Xếp loại: Giỏi", 12, "R", "c")
    d.text(90, 470, "Số hiệu: SGN-24-0311", 11, "R")
    d.text(600, 440, "TP. Hồ Chí Minh, ngày 30 tháng 4 năm 2024", 11, "RI", "c")
    d.text(600, 460, "GIÁM ĐỐC", 11, "RB", "c")
    d.text(600, 520, "Phạm Văn Đức", 11, "RB", "c")
    return d.finish()


@_case(
    "h8-univ-cert-then-letter",
    "foreign",
    Expected(
        "Network Programmability and Automation",
        "2024-09-09",
        "2024-11-18",
        "WU-SCS-24-11873",
        "Ezinne Castellanos-Moore",
        None,
        False,
        (3.0, "CEU"),
    ),
    "cairo; two pages: the certificate, then a letter inviting to ANOTHER course (with its own "
    "start date, CEUs and course code); 'September 9 – November 18, 2024'; CEUs",
)
def _c_univ(folder: Path) -> Path:
    d = CairoDoc(
        folder / "WU_SCS_certificate_11873.pdf",
        792,
        612,
        title="Certificate of Completion",
        creator="Westbrook University SCS",
    )
    maroon = (0.45, 0.08, 0.12)
    d.rect(24, 24, 744, 564, stroke=maroon, lw=2.5)
    d.text(396, 84, "WESTBROOK UNIVERSITY", 18, "RB", "c", maroon, track=2.0)
    d.text(396, 104, "School of Continuing Studies", 11, "RI", "c", GREY)
    d.text(396, 170, "Certificate of Completion", 32, "R", "c")
    d.text(396, 214, "This certifies that", 12, "R", "c", GREY)
    d.text(396, 254, "Ezinne Castellanos-Moore", 28, "RBI", "c")
    d.text(
        396,
        290,
        "has successfully completed the professional certificate program",
        12,
        "R",
        "c",
        GREY,
    )
    d.text(396, 328, "Network Programmability and Automation", 22, "RB", "c", maroon)
    d.text(396, 362, "September 9 – November 18, 2024", 12, "R", "c")
    d.text(396, 382, "3.0 Continuing Education Units (CEUs)", 12, "R", "c")
    d.line(80, 500, 290, 500, 0.6)
    d.text(80, 515, "Dean, School of Continuing Studies", 9.5, "R", color=GREY)
    d.text(712, 515, "Certificate No. WU-SCS-24-11873", 10, "R", "r")

    d.new_page(612, 792)
    d.text(50, 70, "WESTBROOK UNIVERSITY", 14, "RB", color=maroon, track=1.5)
    d.text(50, 86, "School of Continuing Studies", 10, "RI", color=GREY)
    d.text(50, 150, "November 25, 2024", 11, "R")
    d.text(50, 190, "Dear Ezinne,", 11, "R")
    y = d.para(
        50,
        220,
        "Congratulations on completing your certificate program. Your "
        "certificate is enclosed with this letter.",
        512,
        11,
        "R",
        leading=16,
    )
    y = d.para(
        50,
        y + 10,
        "We would like to invite you to continue with Advanced Network "
        "Automation with Python and Nornir (course code NETA-520), starting January 13, "
        "2025. The course runs for ten weeks and carries 2.5 CEUs. Early registration "
        "closes December 20, 2024.",
        512,
        11,
        "R",
        leading=16,
    )
    d.text(50, y + 40, "Sincerely,", 11, "R")
    d.text(50, y + 80, "Office of Student Services", 11, "R")
    return d.finish()


# ---------------------------------------------------------------- cairo: unknown / unclear


@_case(
    "h8-ptbr-platform-order",
    "unknown",
    Expected(
        "Infraestrutura como Código com Terraform e Ansible",
        "2024-08-05",
        "2024-08-09",
        "4F7A-29BC-D1E0",
        "João Pedro Guimarães Conceição",
        None,
        False,
        None,
    ),
    "cairo; invented Brazilian online platform; course and 'realizado de 5 a 9 de agosto de "
    "2024' inside one sentence, title repeated below; order number and 'Emitido em 12/08/2024' "
    "decoys",
)
def _c_ptbr(folder: Path) -> Path:
    d = CairoDoc(
        folder / "certificado-trilhatech-4F7A29BC.pdf",
        842,
        595,
        title="Certificado",
        creator="Trilha Tech (cairo)",
    )
    violet = (0.35, 0.2, 0.75)
    d.rect(0, 0, 842, 595, fill=(0.97, 0.96, 1.0))
    d.rect(0, 520, 842, 75, fill=violet)
    d.text(60, 80, "trilha.tech", 22, "SB", color=violet)
    d.text(60, 150, "CERTIFICADO", 36, "SB", track=2.0)
    d.text(60, 210, "Certificamos que", 12, "S", color=GREY)
    d.text(60, 246, "João Pedro Guimarães Conceição", 26, "SB", color=violet)
    y = d.para(
        60,
        286,
        "concluiu o curso Infraestrutura como Código com Terraform e Ansible, "
        "realizado de 5 a 9 de agosto de 2024, na modalidade online ao vivo.",
        560,
        13,
        "S",
        leading=19,
    )
    d.text(60, y + 24, "Infraestrutura como Código com Terraform e Ansible", 15, "SB")
    d.text(60, 470, "Emitido em 12/08/2024  •  Pedido nº 000918273", 9.5, "S", color=GREY)
    d.text(60, 552, "Código de autenticação: 4F7A-29BC-D1E0", 11, "S", color=(1, 1, 1))
    d.text(60, 570, "Valide em trilha.tech.example/validar", 9, "S", color=(0.85, 0.85, 1.0))
    return d.finish()


@_case(
    "h8-unknown-sideways-no-rotate",
    "unknown",
    Expected(
        "BGP Deep Dive: Route Reflectors, Confederations and Policy (Lab Edition)",
        None,
        "2024-09-14",
        "PFL-BGP-0914-2231",
        "Linnea Barros-Okoye",
        None,
        False,
        None,
    ),
    "cairo; landscape certificate drawn turned 90° on a portrait page with NO /Rotate (reads "
    "sideways); long title with colon and parentheses; order number decoy",
)
def _c_sideways(folder: Path) -> Path:
    d = CairoDoc(folder / "PacketForge_certificate.pdf", 612, 792, title="PacketForge Labs")
    ctx = d.ctx
    ctx.save()
    # landscape 792 x 612 content, rotated so that its text runs bottom-to-top
    ctx.translate(0, 792)
    ctx.rotate(-math.pi / 2)
    w, h = 792, 612
    d.w, d.h = w, h
    slate = (0.15, 0.22, 0.3)
    d.rect(0, 0, w, h, fill=(0.96, 0.97, 0.98))
    d.rect(0, 0, w, 70, fill=slate)
    d.text(50, 45, "PacketForge Labs", 20, "SB", color=(1, 1, 1))
    d.text(396, 150, "Certificate of Completion", 30, "S", "c", slate)
    d.text(396, 200, "Linnea Barros-Okoye", 28, "SB", "c")
    d.text(396, 236, "has completed the hands-on lab course", 12, "S", "c", GREY)
    d.text(396, 274, "BGP Deep Dive: Route Reflectors, Confederations and Policy", 18, "SB", "c")
    d.text(396, 298, "(Lab Edition)", 18, "SB", "c")
    d.text(396, 340, "Completed 14 Sep 2024", 12, "S", "c")
    d.text(60, 540, "Credential ID: PFL-BGP-0914-2231", 10, "S")
    d.text(732, 540, "Order #: PF-20240911-7781", 9, "S", "r", GREY)
    ctx.restore()
    return d.finish()


@_case(
    "h8-unknown-shadow-layers",
    "unknown",
    Expected(
        "Python for Network Engineers: Netmiko, NAPALM and Nornir",
        None,
        "2024-03-03",
        "OVL-33K-9QZ",
        "Dorotea Vuković-Hale",
        None,
        False,
        (2.4, "CEU"),
    ),
    "cairo; heading, title and name each drawn as a grey shadow 1.2 pt off plus the text (every "
    "glyph doubled in the text layer); '3rd of March 2024'; 'Verification code'; '2.4 CEUs'",
)
def _c_shadow(folder: Path) -> Path:
    d = CairoDoc(folder / "Ovelia-Certificate.pdf", 842, 595, title="Ovelia Learning")
    coral = (0.9, 0.35, 0.3)
    sh = (1.2, 1.2, (0.75, 0.75, 0.78))
    d.rect(0, 0, 842, 595, fill=(1, 1, 1))
    d.circle(760, 90, 40, fill=coral)
    d.text(760, 96, "OL", 20, "SB", "c", (1, 1, 1))
    d.text(60, 80, "Ovelia Learning", 16, "SB", color=coral)
    d.text(60, 160, "Certificate of Achievement", 34, "SB", shadow=sh)
    d.text(60, 220, "Proudly presented to", 12, "S", color=GREY)
    d.text(60, 262, "Dorotea Vuković-Hale", 30, "RBI", shadow=sh)
    d.text(60, 300, "for completing the online course", 12, "S", color=GREY)
    d.text(
        60,
        338,
        "Python for Network Engineers: Netmiko, NAPALM and Nornir",
        20,
        "SB",
        color=coral,
        shadow=sh,
    )
    d.text(60, 380, "Completed on the 3rd of March 2024  •  2.4 CEUs", 12, "S")
    d.text(60, 520, "Verification code: OVL-33K-9QZ", 10, "S", color=GREY)
    return d.finish()


@_case(
    "h8-unknown-badge-issued",
    "unknown",
    Expected(
        "Certified Network Automation Practitioner",
        None,
        "2024-10-28",
        "BFG-NAP-7731",
        "Hamza El-Amrani Rossi",
        None,
        False,
        None,
    ),
    "cairo; square badge-style credential; 'Completed 28 Oct 2024' with 'Issued on 2 Nov 2024' "
    "and 'Valid until 2 Nov 2027' decoys; Credential ID",
)
def _c_badge(folder: Path) -> Path:
    d = CairoDoc(
        folder / "bitfield-guild-credential.pdf", 612, 612, title="Bitfield Guild credential"
    )
    gold = (0.85, 0.65, 0.15)
    ink = (0.12, 0.12, 0.2)
    d.rect(0, 0, 612, 612, fill=(0.08, 0.09, 0.14))
    d.circle(306, 200, 120, fill=ink, stroke=gold, lw=6)
    d.circle(306, 200, 104, stroke=gold, lw=1)
    d.text(306, 160, "BITFIELD GUILD", 13, "SB", "c", gold, track=2.0)
    d.text(306, 196, "Certified Network", 15, "SB", "c", (1, 1, 1))
    d.text(306, 216, "Automation Practitioner", 15, "SB", "c", (1, 1, 1))
    d.text(306, 250, "CREDENTIAL", 9, "S", "c", gold, track=2.0)
    d.text(306, 370, "Awarded to", 11, "S", "c", (0.7, 0.7, 0.75))
    d.text(306, 400, "Hamza El-Amrani Rossi", 22, "SB", "c", (1, 1, 1))
    d.text(306, 436, "Certified Network Automation Practitioner", 13, "S", "c", gold)
    rows = [
        ("Completed", "28 Oct 2024"),
        ("Issued on", "2 Nov 2024"),
        ("Valid until", "2 Nov 2027"),
        ("Credential ID", "BFG-NAP-7731"),
    ]
    y = 480.0
    for label, value in rows:
        d.text(296, y, label, 10, "S", "r", (0.7, 0.7, 0.75))
        d.text(316, y, value, 10, "SB", "l", (1, 1, 1))
        y += 18
    return d.finish()


@_case(
    "h8-unclear-tounicode-garbage",
    "unclear",
    Expected(
        "Incident Response with Velociraptor",
        None,
        "2024-07-30",
        "KCR-IR-88213",
        "Marcus Delacroix-Abiodun",
        None,
        True,
        None,
    ),
    "cairo; name and course set in a font whose /ToUnicode map was fed other letters (page "
    "shows the right words, copied text is rot13 nonsense - needs review); code and date fine",
)
def _c_bogus(folder: Path) -> Path:
    d = CairoDoc(
        folder / "kestrel-certificate.pdf",
        842,
        595,
        title="Kestrel Cyber Range",
        creator="Scribus 1.6.1",
    )
    ember = (0.8, 0.3, 0.05)
    d.rect(0, 0, 842, 595, fill=(0.1, 0.1, 0.1))
    d.rect(30, 30, 782, 535, fill=(1, 1, 1))
    d.text(70, 90, "KESTREL CYBER RANGE", 18, "SB", color=ember, track=2.0)
    d.text(70, 170, "Certificate of Completion", 30, "S")
    d.text(70, 220, "This certificate is awarded to", 12, "S", color=GREY)
    d.text(70, 262, "Marcus Delacroix-Abiodun", 30, "RBI", mode="bogus")
    d.text(70, 302, "for completing the range exercise", 12, "S", color=GREY)
    d.text(70, 342, "Incident Response with Velociraptor", 24, "RBI", color=ember, mode="bogus")
    d.text(70, 400, "Date: 30 Jul 2024", 12, "S")
    d.text(70, 500, "Certificate ID: KCR-IR-88213", 11, "S")
    return d.finish()


@_case(
    "h8-unclear-values-outlined",
    "unclear",
    Expected(
        "Automating Network Configuration with Ansible and NetBox",
        None,
        "2024-05-22",
        "SH-5521-ANB",
        "Priyanka Oduya-Sørensen",
        None,
        True,
        None,
    ),
    "cairo; portal certificate whose labels are text but every personalised value (name, "
    "course, date, code) is drawn as outlines - nothing to copy, needs review",
)
def _c_values_paths(folder: Path) -> Path:
    d = CairoDoc(
        folder / "SkillHarbor_certificate.pdf",
        792,
        612,
        title="SkillHarbor",
        creator="SkillHarbor Certificates (cairo)",
    )
    sea = (0.0, 0.4, 0.6)
    d.rect(0, 0, 792, 612, fill=(0.95, 0.98, 1.0))
    d.rect(0, 0, 792, 80, fill=sea)
    d.text(50, 50, "SkillHarbor", 24, "SB", color=(1, 1, 1))
    d.text(742, 50, "Certificate of Completion", 14, "S", "r", (1, 1, 1))
    rows = [
        ("Learner", "Priyanka Oduya-Sørensen", 22.0),
        ("Course", "Automating Network Configuration with Ansible and NetBox", 17.0),
        ("Completed", "2024-05-22", 14.0),
        ("Certificate ID", "SH-5521-ANB", 14.0),
    ]
    y = 170.0
    for label, value, size in rows:
        d.text(60, y, label, 10, "S", color=GREY)
        d.text(60, y + size + 8, value, size, "SB", mode="path")
        y += size + 70
    return d.finish()


HOLDOUT_CASES: list[Case] = [case for case, _ in _CASES]
HOLDOUT_KINDS: dict[str, str] = {case.name: kind for case, kind in _CASES}

__all__ = ["HOLDOUT_CASES", "HOLDOUT_KINDS"]


def _self_check(names: Sequence[str] = ()) -> None:  # pragma: no cover - manual use
    out = Path(tempfile.mkdtemp(prefix="h8-"))
    for case in HOLDOUT_CASES:
        if names and case.name not in names:
            continue
        folder = out / case.name
        folder.mkdir()
        print(case.build(folder))


if __name__ == "__main__":  # pragma: no cover
    _self_check(sys.argv[1:])
