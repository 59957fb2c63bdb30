"""Test-certificate factory: realistic completion certificates and hostile files, made at test time.

Every certificate is described declaratively (a list of drawing items in points, y measured from
the top of the page to the text baseline) and rendered by one of two real PDF producers
(reportlab or fpdf2) so that the text layers differ the way they do in the wild.  Quirks are
applied as transformations of those item lists (letter spacing, word fragments, labels turned
into pictures, fonts swapped for a Unicode TTF...) or as post-processing with pypdf (page
rotation, encryption, an extra /ToUnicode map).

All people, partners, codes and instructors are invented.

Public interface: `Expected`, `Case`, `CLEAN_CASES`, `TRICKY_CASES`, `PARTIAL_CASES`,
`UNCLEAR_CASES`, `BAD_INPUTS`, `ce_credits_certificate`, `raw_pdf`.
"""

from __future__ import annotations

import io
import math
import random
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

# --------------------------------------------------------------------------------------------
# Public interface
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    course_name: str | None
    start_date: str | None  # YYYY-MM-DD
    end_date: str | None
    validation_code: str | None
    learner_name: str | None
    issuer: str | None  # one of ISSUERS; None for an unknown issuer
    needs_review: bool
    # What the certificate prints it is worth: (number, unit), unit one of "CE", "CPE",
    # "CEU", "hours"; None when it prints nothing of the kind.
    printed_credits: tuple[float, str] | None = None


@dataclass(frozen=True)
class Case:
    name: str  # short id, unique, used as pytest id
    expected: Expected
    build: Callable[[Path], Path]  # writes the PDF into the given folder, returns its path
    note: str = ""  # what is tricky about it


ISSUERS = (
    "Cisco U.",
    "Cisco Networking Academy",
    "Cisco Learning Partner",
    "Cisco Live",
    "Udemy",
    "Coursera",
    "LinkedIn Learning",
    "Pluralsight",
    "INE",
    "CBT Nuggets",
    "Skillsoft",
)

# --------------------------------------------------------------------------------------------
# Page sizes (points) and colours
# --------------------------------------------------------------------------------------------

Size = tuple[float, float]
A4_L: Size = (841.89, 595.28)
A4_P: Size = (595.28, 841.89)
LETTER_L: Size = (792.0, 612.0)
LETTER_P: Size = (612.0, 792.0)
WIDE: Size = (960.0, 540.0)
HUGE: Size = (2000.0, 1400.0)

INK = "#1A1A1A"
GREY = "#666666"
LIGHT = "#BBBBBB"
WHITE = "#FFFFFF"
NAVY = "#0D274D"
SKY = "#049FD9"

Align = Literal["l", "c", "r"]
Row = tuple[str, str]

# --------------------------------------------------------------------------------------------
# Drawing items
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline, from the top of the page
    s: str
    size: float = 11.0
    font: str = "sans"
    align: Align = "l"
    color: str = INK
    spacing: float = 0.0  # extra space after every character (PDF Tc)
    split: bool = False  # draw each word as its own fragment, in shuffled order


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.8
    color: str = INK


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # top edge
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0


@dataclass(frozen=True)
class Disc:
    x: float  # centre
    y: float
    r: float
    fill: str | None = None
    stroke: str | None = INK
    width: float = 1.0


@dataclass(frozen=True)
class Scribble:
    """A hand signature: a seeded random polyline inside the box."""

    x: float
    y: float
    w: float
    h: float
    seed: int = 0
    color: str = "#1F2A6B"


@dataclass(frozen=True)
class Picture:
    """A raster image: `items` drawn by Pillow on a white canvas of `src` points."""

    x: float
    y: float
    w: float
    h: float
    items: tuple[Item, ...]
    src: Size
    dpi: int = 150
    skew: float = 0.0  # degrees, like a crooked scan
    blur: float = 0.0
    transparent: bool = False


@dataclass(frozen=True)
class Field:
    """An AcroForm text field holding the value (reportlab only)."""

    name: str
    x: float
    y: float  # top edge
    w: float
    h: float
    value: str
    size: float = 12.0


Item = Text | Rule | Box | Disc | Scribble | Picture | Field


@dataclass(frozen=True)
class Page:
    size: Size  # the layout's size (width, height) as the reader sees it
    items: tuple[Item, ...]
    rotate: int = 0  # /Rotate set afterwards with pypdf
    turned: bool = False  # landscape content drawn sideways on a portrait media box


@dataclass(frozen=True)
class Meta:
    title: str = ""
    author: str = ""
    creator: str = ""
    producer: str = ""
    subject: str = ""


@dataclass(frozen=True)
class Doc:
    pages: tuple[Page, ...]
    engine: Literal["rl", "fpdf"] = "rl"
    filename: str | None = None
    meta: Meta = Meta()
    encrypt: tuple[str, str] | None = None  # (user password, owner password)
    tab_unicode: bool = False  # add a /ToUnicode map to simple fonts so byte 9 reads as a tab


@dataclass(frozen=True)
class Frame:
    """Page geometry for layouts: fractions of the page and a font scale."""

    w: float
    h: float
    k: float = 1.0

    def x(self, p: float) -> float:
        return self.w * p

    def y(self, p: float) -> float:
        return self.h * p

    def s(self, size: float) -> float:
        return size * self.k


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Font:
    rl: str  # reportlab name
    family: str  # fpdf2 family
    style: str  # fpdf2 style
    ttf: str  # DejaVu file: the TTF for Unicode fonts, the look-alike for rasters
    core: bool  # one of the PDF standard 14 fonts (WinAnsi only)


_FONTS: dict[str, _Font] = {
    "sans": _Font("Helvetica", "helvetica", "", "DejaVuSans.ttf", True),
    "sans-b": _Font("Helvetica-Bold", "helvetica", "B", "DejaVuSans-Bold.ttf", True),
    "sans-i": _Font("Helvetica-Oblique", "helvetica", "I", "DejaVuSans-Oblique.ttf", True),
    "serif": _Font("Times-Roman", "times", "", "DejaVuSerif.ttf", True),
    "serif-b": _Font("Times-Bold", "times", "B", "DejaVuSerif-Bold.ttf", True),
    "serif-i": _Font("Times-Italic", "times", "I", "DejaVuSerif-Italic.ttf", True),
    "serif-bi": _Font("Times-BoldItalic", "times", "BI", "DejaVuSerif-BoldItalic.ttf", True),
    "mono": _Font("Courier", "courier", "", "DejaVuSansMono.ttf", True),
    "uni": _Font("DejaVuSans", "dejavusans", "", "DejaVuSans.ttf", False),
    "uni-b": _Font("DejaVuSans-Bold", "dejavusans", "B", "DejaVuSans-Bold.ttf", False),
    "uni-serif": _Font("DejaVuSerif", "dejavuserif", "", "DejaVuSerif.ttf", False),
    "uni-serif-b": _Font("DejaVuSerif-Bold", "dejavuserif", "B", "DejaVuSerif-Bold.ttf", False),
    "uni-serif-i": _Font("DejaVuSerif-Italic", "dejavuserif", "I", "DejaVuSerif-Italic.ttf", False),
    "uni-cond": _Font("DejaVuSansCondensed", "dejavucond", "", "DejaVuSansCondensed.ttf", False),
}

# Every core font has a Unicode look-alike, used to re-font a layout with a TTF.
UNICODE_FONTS: dict[str, str] = {
    "sans": "uni",
    "sans-b": "uni-b",
    "sans-i": "uni",
    "serif": "uni-serif",
    "serif-b": "uni-serif-b",
    "serif-i": "uni-serif-i",
    "serif-bi": "uni-serif-b",
    "mono": "uni-cond",
}

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/truetype"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)


@cache
def font_file(name: str) -> Path:
    for folder in _FONT_DIRS:
        path = folder / name
        if path.is_file():
            return path
    raise FileNotFoundError(f"font {name} not found; install the DejaVu fonts (fonts-dejavu-core)")


@cache
def _rl_font(logical: str) -> str:
    font = _FONTS[logical]
    if not font.core:
        pdfmetrics.registerFont(TTFont(font.rl, str(font_file(font.ttf))))
    return font.rl


def text_width(s: str, font: str, size: float, spacing: float = 0.0) -> float:
    return pdfmetrics.stringWidth(s.replace("\t", ""), _rl_font(font), size) + spacing * len(s)


# --------------------------------------------------------------------------------------------
# Text fragments: alignment, tabs and word splitting resolved to left-aligned pieces
# --------------------------------------------------------------------------------------------


def _fragments(t: Text) -> list[Text]:
    width = text_width(t.s, t.font, t.size, t.spacing)
    x = t.x - {"l": 0.0, "c": width / 2, "r": width}[t.align]
    if "\t" in t.s:
        # A word processor's tab stops: every segment but the last keeps its tab character.
        stop = t.size * 4
        out: list[Text] = []
        cursor = x
        parts = t.s.split("\t")
        for i, part in enumerate(parts):
            seg = part if i == len(parts) - 1 else part + "\t"
            out.append(replace(t, x=cursor, s=seg, align="l", split=False))
            end = cursor + text_width(part, t.font, t.size, t.spacing) + t.size * 0.5
            cursor = x + math.ceil((end - x) / stop) * stop
        return out
    if t.split:
        space = text_width(" ", t.font, t.size, t.spacing)
        frags: list[Text] = []
        for word in t.s.split(" "):
            frags.append(replace(t, x=x, s=word, align="l", split=False))
            x += text_width(word, t.font, t.size, t.spacing) + space
        random.Random(t.s).shuffle(frags)
        return frags
    return [replace(t, x=x, align="l")]


def _rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _rl_color(color: str) -> Color:
    r, g, b = _rgb(color)
    return Color(r / 255, g / 255, b / 255)


def _scribble_points(s: Scribble) -> list[tuple[float, float]]:
    rnd = random.Random(s.seed)
    n = 14
    return [
        (s.x + s.w * i / (n - 1), s.y + s.h * (0.5 + 0.45 * math.sin(i * 1.7 + rnd.random() * 2)))
        for i in range(n)
    ]


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------


def _raster(p: Picture) -> Image.Image:
    scale = p.dpi / 72
    dims = (max(1, round(p.src[0] * scale)), max(1, round(p.src[1] * scale)))
    img = Image.new("RGBA", dims, (255, 255, 255, 0 if p.transparent else 255))
    draw = ImageDraw.Draw(img)
    for item in p.items:
        if isinstance(item, Text):
            for frag in _fragments(item):
                path = str(font_file(_FONTS[frag.font].ttf))
                # DejaVu is wider than the layout's metrics: shrink it to the same width.
                want = text_width(frag.s, frag.font, frag.size, frag.spacing) * scale
                size = frag.size * scale
                have = ImageFont.truetype(path, 100).getlength(frag.s.replace("\t", " ")) / 100
                if have * size > want > 0:
                    size = want / have
                font = ImageFont.truetype(path, max(1, round(size)))
                xy = (frag.x * scale, frag.y * scale)
                draw.text(xy, frag.s.replace("\t", " "), font=font, fill=frag.color, anchor="ls")
        elif isinstance(item, Rule):
            pts = [(item.x1 * scale, item.y1 * scale), (item.x2 * scale, item.y2 * scale)]
            draw.line(pts, fill=item.color, width=max(1, round(item.width * scale)))
        elif isinstance(item, Box):
            rect = (item.x * scale, item.y * scale, (item.x + item.w) * scale,
                    (item.y + item.h) * scale)
            draw.rectangle(rect, fill=item.fill, outline=item.stroke,
                           width=max(1, round(item.width * scale)))
        elif isinstance(item, Disc):
            rect = ((item.x - item.r) * scale, (item.y - item.r) * scale,
                    (item.x + item.r) * scale, (item.y + item.r) * scale)
            draw.ellipse(rect, fill=item.fill, outline=item.stroke,
                         width=max(1, round(item.width * scale)))
        elif isinstance(item, Scribble):
            draw.line([(x * scale, y * scale) for x, y in _scribble_points(item)],
                      fill=item.color, width=max(1, round(scale)))
    if p.skew:
        img = img.rotate(p.skew, resample=Image.Resampling.BICUBIC, fillcolor=WHITE)
    if p.blur:
        img = img.filter(ImageFilter.GaussianBlur(p.blur))
    return img if p.transparent else img.convert("RGB")


def _draw_rl(c: Canvas, item: Item, page_h: float) -> None:
    if isinstance(item, Text):
        for frag in _fragments(item):
            obj = c.beginText(frag.x, page_h - frag.y)
            obj.setFont(_rl_font(frag.font), frag.size)
            obj.setFillColor(_rl_color(frag.color))
            obj.setCharSpace(frag.spacing)  # Tc outlives BT/ET: always set it
            obj.textOut(frag.s)
            c.drawText(obj)
    elif isinstance(item, Rule):
        c.setStrokeColor(_rl_color(item.color))
        c.setLineWidth(item.width)
        c.line(item.x1, page_h - item.y1, item.x2, page_h - item.y2)
    elif isinstance(item, Box | Disc):
        if item.fill:
            c.setFillColor(_rl_color(item.fill))
        if item.stroke:
            c.setStrokeColor(_rl_color(item.stroke))
        c.setLineWidth(item.width)
        flags = {"stroke": int(bool(item.stroke)), "fill": int(bool(item.fill))}
        if isinstance(item, Box):
            c.rect(item.x, page_h - item.y - item.h, item.w, item.h, **flags)
        else:
            c.circle(item.x, page_h - item.y, item.r, **flags)
    elif isinstance(item, Scribble):
        pts = _scribble_points(item)
        path = c.beginPath()
        path.moveTo(pts[0][0], page_h - pts[0][1])
        for x, y in pts[1:]:
            path.lineTo(x, page_h - y)
        c.setStrokeColor(_rl_color(item.color))
        c.setLineWidth(1.1)
        c.drawPath(path, stroke=1, fill=0)
    elif isinstance(item, Picture):
        c.drawImage(ImageReader(_raster(item)), item.x, page_h - item.y - item.h, item.w, item.h,
                    mask="auto")
    else:
        c.acroForm.textfield(
            name=item.name, value=item.value, x=item.x, y=page_h - item.y - item.h,
            width=item.w, height=item.h, fontName="Helvetica", fontSize=item.size,
            borderWidth=0, fillColor=_rl_color(WHITE), textColor=_rl_color(INK),
            fieldFlags="readOnly", maxlen=200,
        )


def _render_rl(doc: Doc, path: Path) -> None:
    def media(page: Page) -> Size:
        return (page.size[1], page.size[0]) if page.turned else page.size

    c = Canvas(str(path), pagesize=media(doc.pages[0]), invariant=1)
    for setter, value in (
        (c.setTitle, doc.meta.title), (c.setAuthor, doc.meta.author),
        (c.setCreator, doc.meta.creator), (c.setSubject, doc.meta.subject),
        (c.setProducer, doc.meta.producer),
    ):
        if value:
            setter(value)
    for page in doc.pages:
        c.setPageSize(media(page))
        c.saveState()
        if page.turned:
            c.translate(page.size[1], 0)
            c.rotate(90)
        for item in page.items:
            _draw_rl(c, item, page.size[1])
        c.restoreState()
        c.showPage()
    c.save()


def _draw_fpdf(pdf: FPDF, item: Item, fonts: set[str]) -> None:
    if isinstance(item, Text):
        for frag in _fragments(item):
            font = _FONTS[frag.font]
            if not font.core and frag.font not in fonts:
                pdf.add_font(font.family, font.style, font_file(font.ttf))
                fonts.add(frag.font)
            pdf.set_font(font.family, font.style, frag.size)
            pdf.set_char_spacing(frag.spacing)
            pdf.set_text_color(*_rgb(frag.color))
            pdf.text(frag.x, frag.y, frag.s)
    elif isinstance(item, Rule):
        pdf.set_draw_color(*_rgb(item.color))
        pdf.set_line_width(item.width)
        pdf.line(item.x1, item.y1, item.x2, item.y2)
    elif isinstance(item, Box | Disc):
        if item.fill:
            pdf.set_fill_color(*_rgb(item.fill))
        if item.stroke:
            pdf.set_draw_color(*_rgb(item.stroke))
        pdf.set_line_width(item.width)
        style = ("F" if item.fill else "") + ("D" if item.stroke else "")
        if isinstance(item, Box):
            pdf.rect(item.x, item.y, item.w, item.h, style=style)
        else:
            pdf.ellipse(item.x - item.r, item.y - item.r, 2 * item.r, 2 * item.r, style=style)
    elif isinstance(item, Scribble):
        pdf.set_draw_color(*_rgb(item.color))
        pdf.set_line_width(1.1)
        pdf.polyline(_scribble_points(item), style="D")
    elif isinstance(item, Picture):
        pdf.image(_raster(item), item.x, item.y, item.w, item.h)
    else:
        raise ValueError("form fields need the reportlab engine")


def _render_fpdf(doc: Doc, path: Path) -> None:
    pdf = FPDF(unit="pt", format=doc.pages[0].size)
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))
    for setter, value in (
        (pdf.set_title, doc.meta.title), (pdf.set_author, doc.meta.author),
        (pdf.set_creator, doc.meta.creator), (pdf.set_subject, doc.meta.subject),
        (pdf.set_producer, doc.meta.producer),
    ):
        if value:
            setter(value)
    fonts: set[str] = set()
    for page in doc.pages:
        if page.turned:
            raise ValueError("sideways content needs the reportlab engine")
        pdf.add_page(format=page.size)
        for item in page.items:
            _draw_fpdf(pdf, item, fonts)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# Post-processing with pypdf
# --------------------------------------------------------------------------------------------


def _winansi_tounicode() -> bytes:
    """A /ToUnicode CMap for a WinAnsi simple font that also maps byte 9 to a tab."""
    pairs: list[tuple[int, str]] = [(9, "\t")]
    for code in range(0x20, 0x100):
        try:
            pairs.append((code, bytes([code]).decode("cp1252")))
        except UnicodeDecodeError:
            continue
    blocks = []
    for i in range(0, len(pairs), 100):
        chunk = pairs[i : i + 100]
        body = "\n".join(f"<{code:02X}> <{ord(ch):04X}>" for code, ch in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{body}\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _postprocess(doc: Doc, path: Path) -> None:
    if not (doc.encrypt or doc.tab_unicode or any(p.rotate or p.turned for p in doc.pages)):
        return
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(path.read_bytes())))
    for page, spec in zip(writer.pages, doc.pages, strict=True):
        turn = spec.rotate + (90 if spec.turned else 0)
        if turn:
            page.rotate(turn)
    if doc.tab_unicode:
        cmap = DecodedStreamObject()
        cmap.set_data(_winansi_tounicode())
        ref = writer._add_object(cmap)
        for page in writer.pages:
            fonts = page["/Resources"].get_object().get("/Font")
            for font_ref in (fonts.get_object() if fonts else {}).values():
                font = font_ref.get_object()
                if font.get("/Subtype") == "/Type1" and "/ToUnicode" not in font:
                    font[NameObject("/ToUnicode")] = ref
    if doc.encrypt:
        writer.encrypt(user_password=doc.encrypt[0], owner_password=doc.encrypt[1])
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())


def render(doc: Doc, folder: Path, default_name: str) -> Path:
    path = folder / (doc.filename or default_name)
    (_render_rl if doc.engine == "rl" else _render_fpdf)(doc, path)
    _postprocess(doc, path)
    return path


# --------------------------------------------------------------------------------------------
# Layout helpers
# --------------------------------------------------------------------------------------------


def wrap(s: str, font: str, size: float, max_w: float) -> list[str]:
    """Greedy word wrap; "\n" forces a break (as a layout engine breaking after a hyphen)."""
    lines: list[str] = []
    for para in s.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = f"{line} {word}" if line else word
            if line and text_width(cand, font, size) > max_w:
                lines.append(line)
                line = word
            else:
                line = cand
        lines.append(line)
    return lines


def block(
    x: float, y: float, s: str, *, size: float, max_w: float, font: str = "sans",
    align: Align = "c", color: str = INK, leading: float | None = None,
) -> tuple[list[Item], float]:
    """Wrapped text starting at baseline y; returns the items and the last baseline."""
    lead = leading or size * 1.22
    lines = wrap(s, font, size, max_w) if s else []
    items: list[Item] = [
        Text(x, y + i * lead, line, size, font, align, color) for i, line in enumerate(lines)
    ]
    return items, y + max(0, len(lines) - 1) * lead


def rows(
    x: float, y: float, pairs: Sequence[Row], *, size: float,
    style: Literal["inline", "column", "stacked", "tab"] = "inline", label_w: float = 0.0,
    leading: float | None = None, label_font: str = "sans-b", value_font: str = "sans",
    color: str = INK, label_color: str | None = None, sep: str = ": ",
) -> list[Item]:
    """Label/value rows in one of the usual certificate styles."""
    lead = leading or size * (2.7 if style == "stacked" else 1.65)
    lab_color = label_color or color
    if style == "column":
        widest = max((text_width(label, label_font, size) for label, _ in pairs), default=0.0)
        label_w = max(label_w, widest + size)
    out: list[Item] = []
    for i, (label, value) in enumerate(pairs):
        yy = y + i * lead
        if not label:
            out.append(Text(x, yy, value, size, value_font, color=color))
        elif style == "stacked":
            out.append(Text(x, yy, label.upper(), size * 0.72, label_font, color=lab_color,
                            spacing=0.6))
            out.append(Text(x, yy + size * 1.3, value, size, value_font, color=color))
        elif style == "tab":
            out.append(Text(x, yy, f"{label}{sep.rstrip()}\t{value}", size, value_font,
                            color=color))
        elif style == "column":
            out.append(Text(x, yy, label, size, label_font, color=lab_color))
            out.append(Text(x + label_w, yy, value, size, value_font, color=color))
        else:
            head = label + sep
            out.append(Text(x, yy, head, size, label_font, color=lab_color))
            out.append(Text(x + text_width(head, label_font, size), yy, value, size, value_font,
                            color=color))
    return out


def pairs_line(
    cx: float, y: float, pairs: Sequence[Row], *, size: float, gap: float = 28.0,
    color: str = INK,
) -> list[Item]:
    """Several 'Label: value' groups on one centred line."""
    parts = [f"{label}: {value}" for label, value in pairs]
    total = sum(text_width(p, "sans", size) for p in parts) + gap * (len(parts) - 1)
    x = cx - total / 2
    out: list[Item] = []
    for p in parts:
        out.append(Text(x, y, p, size, "sans", color=color))
        x += text_width(p, "sans", size) + gap
    return out


def over_rule(
    x: float, y: float, w: float, value: str, label: str, *, size: float,
    font: str = "serif", label_font: str = "serif-i",
) -> list[Item]:
    """Old style: the value written on a line, its label printed underneath."""
    return [
        Text(x + w / 2, y, value, size, font, "c"),
        Rule(x, y + size * 0.45, x + w, y + size * 0.45, 0.7),
        Text(x + w / 2, y + size * 1.6, label, size * 0.8, label_font, "c", GREY),
    ]


def signature(
    x: float, y: float, w: float, name: str, role: str, *, size: float, seed: int,
    color: str = INK,
) -> list[Item]:
    return [
        Scribble(x + w * 0.18, y - size * 3.2, w * 0.6, size * 2.6, seed),
        Rule(x, y, x + w, y, 0.6, color),
        Text(x + w / 2, y + size * 1.35, name, size, "sans-b", "c", color),
        Text(x + w / 2, y + size * 2.55, role, size * 0.85, "sans", "c", color),
    ]


def cisco_bars(x: float, y: float, h: float, color: str) -> list[Item]:
    """The nine-bar bridge mark; y is the bottom of the bars."""
    heights = (0.3, 0.55, 1.0, 0.55, 0.3, 0.55, 1.0, 0.55, 0.3)
    bar, gap = h * 0.09, h * 0.075
    return [
        Box(x + i * (bar + gap), y - h * k, bar, h * k, fill=color)
        for i, k in enumerate(heights)
    ]


def border(f: Frame, inset: float, color: str, double: bool = True) -> list[Item]:
    out: list[Item] = [Box(inset, inset, f.w - 2 * inset, f.h - 2 * inset, stroke=color,
                           width=f.s(2.4))]
    if double:
        d = inset + f.s(7)
        out.append(Box(d, d, f.w - 2 * d, f.h - 2 * d, stroke=color, width=f.s(0.7)))
    return out


def seal(x: float, y: float, r: float, lines: Sequence[str], color: str) -> list[Item]:
    size = r * 0.22
    out: list[Item] = [Disc(x, y, r, stroke=color, width=2), Disc(x, y, r * 0.84, stroke=color,
                                                                   width=0.6)]
    top = y - (len(lines) - 1) * size * 0.6 + size * 0.35
    out += [Text(x, top + i * size * 1.2, line, size, "sans-b", "c", color)
            for i, line in enumerate(lines)]
    return out


def restyle(
    items: Sequence[Item], *, where: Callable[[Text], bool] = lambda t: True,
    fonts: Mapping[str, str] | None = None, spacing: float | None = None,
    split: bool | None = None,
) -> list[Item]:
    """Apply a text-layer quirk to the Text items that match `where`.

    A fragment that started exactly where its left neighbour ended (an inline label and its
    value) still starts there afterwards.
    """
    out: list[Item] = []
    prev: tuple[Text, Text] | None = None  # (before, after) of the last Text
    for item in items:
        if isinstance(item, Text):
            new = item
            if where(item):
                new = replace(
                    item,
                    font=(fonts or {}).get(item.font, item.font),
                    spacing=item.spacing if spacing is None else spacing,
                    split=item.split if split is None else split,
                )
            if prev and prev[0].align == item.align == "l" and prev[0].y == item.y:
                old_end = prev[0].x + text_width(prev[0].s, prev[0].font, prev[0].size,
                                                 prev[0].spacing)
                if abs(old_end - item.x) < 0.01:
                    new = replace(new, x=prev[1].x + text_width(
                        prev[1].s, prev[1].font, prev[1].size, prev[1].spacing))
            prev = (item, new)
            item = new
        out.append(item)
    return out


def as_picture(t: Text, dpi: int = 200) -> Picture:
    """The text drawn as a raster image, like a label baked into a certificate background."""
    frag = _fragments(replace(t, split=False))[0]
    pad = t.size * 0.25
    w = text_width(t.s, t.font, t.size, t.spacing) + 2 * pad
    h = t.size * 1.5
    inner = replace(frag, x=pad, y=t.size * 1.12)
    return Picture(frag.x - pad, t.y - t.size * 1.12, w, h, (inner,), (w, h), dpi,
                   transparent=True)


def centred_lines(
    folder: Path, lines: Sequence[tuple[str, float, float, bool]], font: str = "sans"
) -> Path:
    """A landscape certificate of centred lines (text, baseline, size, drawn as a picture)."""
    items: list[Item] = []
    for text, y, size, pictured in lines:
        line = Text(LETTER_L[0] / 2, y, text, size, font, "c")
        items.append(as_picture(line, dpi=300) if pictured else line)
    return render(Doc((Page(LETTER_L, tuple(items)),)), folder, "certificate.pdf")


def labels_to_pictures(items: Sequence[Item], keep: Callable[[Text], bool]) -> list[Item]:
    return [
        it if not isinstance(it, Text) or keep(it) else as_picture(it) for it in items
    ]


# --------------------------------------------------------------------------------------------
# Issuer layouts.  Each takes the page frame and the expected values (learner, course, code)
# plus what differs between certificates of that issuer, and returns the drawing items.
# --------------------------------------------------------------------------------------------


def _v(value: str | None) -> str:
    return value or ""


def cisco_u(
    f: Frame, e: Expected, *, dates: Sequence[Row], code_label: str = "Validation Code",
    title: str = "Certificate of Completion", course: str | None = None,
    extra: Sequence[Row] = (("CE Credits", "48"), ("Cisco ID", "CSCO10483726")),
    footer: Sequence[str] = (), table: Sequence[tuple[str, str, float, Align]] = (),
    phrases: tuple[str, str] = ("This certifies that", "has successfully completed"),
) -> list[Item]:
    it: list[Item] = [Box(0, 0, f.w, f.y(0.14), fill=NAVY),
                      Box(0, f.y(0.14), f.w, f.s(4), fill=SKY)]
    it += cisco_bars(f.x(0.05), f.y(0.09), f.s(26), WHITE)
    it.append(Text(f.x(0.05) + f.s(62), f.y(0.09), "Cisco U.", f.s(22), "sans-b", color=WHITE))
    it.append(Text(f.x(0.95), f.y(0.09), "Learning & Certifications", f.s(11), "sans", "r",
                   "#CFE8F5"))
    it.append(Text(f.x(0.5), f.y(0.25), title, f.s(30), "serif-b", "c", NAVY))
    it.append(Text(f.x(0.5), f.y(0.32), phrases[0], f.s(12), "sans", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.40), _v(e.learner_name), f.s(28), "serif-i", "c"))
    it.append(Rule(f.x(0.28), f.y(0.425), f.x(0.72), f.y(0.425), 0.6, LIGHT))
    it.append(Text(f.x(0.5), f.y(0.48), phrases[1], f.s(12), "sans", "c", GREY))
    name, y = block(f.x(0.5), f.y(0.55), course if course is not None else _v(e.course_name),
                    size=f.s(19), max_w=f.x(0.8), font="sans-b", color=NAVY)
    it += name
    y = max(y + f.s(42), f.y(0.70))
    if table:
        x = f.x(0.14)
        for header, value, width, align in table:
            at = {"l": x, "c": x + width / 2, "r": x + width}[align]
            it.append(Text(at, y, header, f.s(9), "sans-b", align, GREY))
            it.append(Text(at, y + f.s(16), value, f.s(11), "sans", align))
            x += width
        it.append(Rule(f.x(0.14), y + f.s(4), x, y + f.s(4), 0.4, LIGHT))
        y += f.s(38)
    it += rows(f.x(0.14), y, dates, size=f.s(11), style="column", label_w=f.s(112),
               label_color=GREY)
    right = [(code_label, _v(e.validation_code)), *extra] if code_label else list(extra)
    it += rows(f.x(0.55), y, right, size=f.s(11), style="column", label_w=f.s(100),
               label_color=GREY)
    it += signature(f.x(0.68), f.y(0.895), f.x(0.25), "Danielle Ferraro-Quinn",
                    "Vice President, Learning & Certifications", size=f.s(8.5), seed=7)
    for i, line in enumerate(reversed(footer)):
        it.append(Text(f.x(0.05), f.y(0.965) - i * f.s(11), line, f.s(7.5), "sans", color=GREY))
    return it


@dataclass(frozen=True)
class Wording:
    title: str
    subtitle: str
    certify: str
    completed: str
    tagline: str
    signer_role: str


EN = Wording("CERTIFICATE", "of Completion", "This is to certify that",
             "has successfully completed the official Cisco training course",
             "Authorized Cisco Learning Partner", "Managing Director")
FR = Wording("ATTESTATION", "de fin de formation", "Nous certifions que",
             "a suivi avec succès la formation officielle Cisco",
             "Partenaire de formation agréé Cisco (Cisco Learning Partner)", "Directrice générale")
DE = Wording("TEILNAHMEBESCHEINIGUNG", "", "Hiermit bestätigen wir, dass",
             "erfolgreich an der offiziellen Cisco Schulung teilgenommen hat",
             "Autorisierter Cisco Learning Partner", "Geschäftsführer")


def partner_ilt(
    f: Frame, e: Expected, *, partner: str, left: Sequence[Row], right: Sequence[Row],
    words: Wording = EN, course: str | None = None, course_code: str = "",
    under_name: str = "", completed: str | None = None, place_date: str = "",
    signer: str = "Annika Vestergaard", accent: str = "#0B5563",
) -> list[Item]:
    """A European partner's instructor-led course certificate."""
    it: list[Item] = border(f, f.s(18), accent)
    it.append(Text(f.x(0.08), f.y(0.12), partner, f.s(14), "sans-b", color=accent))
    it.append(Text(f.x(0.08), f.y(0.12) + f.s(14), words.tagline, f.s(8.5), "sans", color=GREY))
    bx, by = f.x(0.78), f.y(0.065)
    it.append(Box(bx, by, f.s(118), f.s(50), stroke=SKY, width=0.8))
    it += cisco_bars(bx + f.s(10), by + f.s(24), f.s(16), SKY)
    it.append(Text(bx + f.s(10), by + f.s(36), "Cisco Learning Partner", f.s(8), "sans-b",
                   color=NAVY))
    it.append(Text(bx + f.s(10), by + f.s(45), "Gold", f.s(7), "sans", color=GREY))
    it.append(Text(f.x(0.5), f.y(0.25), words.title, f.s(32), "serif-b", "c", accent))
    if words.subtitle:
        it.append(Text(f.x(0.5), f.y(0.25) + f.s(24), words.subtitle, f.s(16), "serif-i", "c",
                       accent))
    it.append(Text(f.x(0.5), f.y(0.37), words.certify, f.s(12), "sans", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.44), _v(e.learner_name) or "_" * 34, f.s(25), "serif-b", "c"))
    y = f.y(0.44)
    if under_name:
        y += f.s(18)
        it.append(Text(f.x(0.5), y, under_name, f.s(10.5), "sans", "c", GREY))
    it.append(Text(f.x(0.5), y + f.s(26), completed or words.completed, f.s(11.5), "sans", "c"))
    name, y = block(f.x(0.5), y + f.s(56), course if course is not None else _v(e.course_name),
                    size=f.s(18), max_w=f.x(0.78), font="sans-b", color=accent)
    it += name
    if course_code:
        y += f.s(20)
        it.append(Text(f.x(0.5), y, course_code, f.s(10), "sans", "c", GREY))
    y = max(y + f.s(36), f.y(0.70))
    it += rows(f.x(0.1), y, left, size=f.s(10.5))
    it += rows(f.x(0.55), y, right, size=f.s(10.5))
    if place_date:
        it.append(Text(f.x(0.1), f.y(0.9), place_date, f.s(10), "sans", color=GREY))
    it += signature(f.x(0.62), f.y(0.88), f.x(0.26), signer, words.signer_role, size=f.s(8.5),
                    seed=3)
    return it


def partner_us(
    f: Frame, e: Expected, *, partner: str, date_line: str, bottom: Sequence[Row],
    instructor: str = "Ingrid Solheim", course: str | None = None,
    title: str = "Certificate of Achievement", gold: str = "#9A7B2F",
) -> list[Item]:
    """A centred, gold-bordered North American partner certificate."""
    it: list[Item] = border(f, f.s(22), gold)
    it += [Disc(f.s(30) + d, f.s(30) + e2, f.s(4), fill=gold, stroke=None)
           for d in (0, f.w - f.s(60)) for e2 in (0, f.h - f.s(60))]
    it.append(Text(f.x(0.5), f.y(0.13), partner, f.s(15), "serif-b", "c", gold))
    it.append(Text(f.x(0.5), f.y(0.13) + f.s(14), "A Cisco Learning Partner", f.s(9), "sans",
                   "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.27), title, f.s(36), "serif-bi", "c", INK))
    it.append(Text(f.x(0.5), f.y(0.35), "is hereby presented to", f.s(12), "serif-i", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.44), _v(e.learner_name), f.s(30), "serif-b", "c"))
    it.append(Rule(f.x(0.25), f.y(0.46), f.x(0.75), f.y(0.46), 0.6, gold))
    it.append(Text(f.x(0.5), f.y(0.52), "for successful completion of", f.s(12), "serif-i", "c",
                   GREY))
    name, y = block(f.x(0.5), f.y(0.59), course if course is not None else _v(e.course_name),
                    size=f.s(20), max_w=f.x(0.7), font="serif-b")
    it += name
    it.append(Text(f.x(0.5), y + f.s(30), date_line, f.s(13), "serif", "c"))
    it += signature(f.x(0.1), f.y(0.86), f.x(0.24), instructor, "Instructor", size=f.s(9),
                    seed=11)
    it += signature(f.x(0.66), f.y(0.86), f.x(0.24), "Warren T. Abernathy", "President",
                    size=f.s(9), seed=12)
    it += seal(f.x(0.5), f.y(0.83), f.s(34), ("CISCO", "LEARNING", "PARTNER"), gold)
    it += pairs_line(f.x(0.5), f.y(0.945), bottom, size=f.s(8.5), color=GREY)
    return it


def netacad(
    f: Frame, e: Expected, *, rows_right: Sequence[Row], instructor: str,
    title: str = "Certificate of Course Completion",
    lead_in: str = "has successfully achieved student level credential for completing",
    lead_out: str = "course administered by the undersigned instructor. "
    "The student was able to proficiently:",
    skills: Sequence[str] = (
        "Configure VLANs and inter-VLAN routing applying security best practices.",
        "Troubleshoot inter-VLAN routing on Layer 3 devices.",
        "Configure redundancy on a switched network using STP and EtherChannel.",
        "Explain how WLANs enable network connectivity and configure WLAN security.",
    ),
    role: str = "Instructor",
) -> list[Item]:
    it: list[Item] = [Box(0, 0, f.x(0.035), f.h, fill=SKY)]
    it += cisco_bars(f.x(0.09), f.y(0.1), f.s(22), SKY)
    it.append(Text(f.x(0.09) + f.s(54), f.y(0.1), "Cisco Networking Academy", f.s(16), "sans-b",
                   color=NAVY))
    it.append(Text(f.x(0.09), f.y(0.22), title, f.s(24), "sans-b", color=NAVY))
    it.append(Text(f.x(0.09), f.y(0.32), _v(e.learner_name), f.s(28), "sans"))
    it.append(Text(f.x(0.09), f.y(0.39), lead_in, f.s(11), "sans", color=GREY))
    name, y = block(f.x(0.09), f.y(0.46), _v(e.course_name), size=f.s(20), max_w=f.x(0.8),
                    font="sans-b", align="l", color=NAVY)
    it += name
    body, y = block(f.x(0.09), y + f.s(26), lead_out, size=f.s(10.5), max_w=f.x(0.82),
                    align="l", color=GREY)
    it += body
    for i, skill in enumerate(skills):
        it.append(Text(f.x(0.11), y + f.s(18) * (i + 1), "\u2022 " + skill, f.s(9.5), "sans"))
    it += signature(f.x(0.09), f.y(0.88), f.x(0.26), instructor, role, size=f.s(9), seed=5)
    it += rows(f.x(0.52), f.y(0.78), rows_right, size=f.s(9.5), style="column",
               label_w=f.s(105), label_color=GREY)
    return it


def cisco_live(
    f: Frame, e: Expected, *, city: str, rows_left: Sequence[Row], rows_right: Sequence[Row],
    lead: str = "attended the following technical session",
) -> list[Item]:
    it: list[Item] = [Box(0, 0, f.w, f.y(0.22), fill="#0B1B3D"),
                      Box(0, f.y(0.22), f.w, f.s(5), fill="#00BCEB")]
    it += cisco_bars(f.x(0.06), f.y(0.1), f.s(22), WHITE)
    it.append(Text(f.x(0.06), f.y(0.17), "CISCO Live!", f.s(28), "sans-b", color=WHITE))
    it.append(Text(f.x(0.94), f.y(0.17), city, f.s(14), "sans", "r", "#9FD8F0"))
    it.append(Text(f.x(0.5), f.y(0.33), "Certificate of Attendance", f.s(24), "sans-b", "c",
                   "#0B1B3D"))
    it.append(Text(f.x(0.5), f.y(0.40), "This is to certify that", f.s(11), "sans", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.48), _v(e.learner_name), f.s(26), "serif-b", "c"))
    it.append(Text(f.x(0.5), f.y(0.55), lead, f.s(11), "sans", "c", GREY))
    name, y = block(f.x(0.5), f.y(0.62), _v(e.course_name), size=f.s(18), max_w=f.x(0.8),
                    font="sans-b", color="#0B1B3D")
    it += name
    y = max(y + f.s(34), f.y(0.74))
    it += rows(f.x(0.14), y, rows_left, size=f.s(10), style="column", label_w=f.s(95),
               label_color=GREY)
    it += rows(f.x(0.55), y, rows_right, size=f.s(10), style="column", label_w=f.s(95),
               label_color=GREY)
    it.append(Text(f.x(0.5), f.y(0.965), f"Cisco Live {city} \u00b7 ciscolive.com", f.s(7.5),
                   "sans", "c", GREY))
    return it


def udemy(
    f: Frame, e: Expected, *, date_rows: Sequence[Row], instructor: str,
    length: str = "14.5 total hours", reference: str = "0004", course: str | None = None,
    course_w: float = 0.8,
) -> list[Item]:
    code = _v(e.validation_code)
    purple = "#A435F0"
    it: list[Item] = [Text(f.x(0.07), f.y(0.11), "udemy", f.s(30), "sans-b", color=purple)]
    it += rows(f.x(0.93) - f.s(260), f.y(0.07), (
        ("Certificate no", code), ("Certificate url", f"ude.my/{code}"),
        ("Reference Number", reference),
    ), size=f.s(7.5), label_font="sans", color=GREY, leading=f.s(11))
    it.append(Text(f.x(0.07), f.y(0.34), "CERTIFICATE OF COMPLETION", f.s(10), "sans-b",
                   color=GREY, spacing=f.s(1.2)))
    name, y = block(f.x(0.07), f.y(0.34) + f.s(50), course if course is not None
                    else _v(e.course_name), size=f.s(34), max_w=f.x(course_w), font="sans-b",
                    align="l", leading=f.s(41))
    it += name
    it += rows(f.x(0.07), y + f.s(34), (("Instructors", instructor),), size=f.s(12),
               label_font="sans", value_font="sans-b", sep="  ")
    it.append(Text(f.x(0.07), f.y(0.8), _v(e.learner_name), f.s(26), "sans-b"))
    it += rows(f.x(0.07), f.y(0.8) + f.s(26), (*date_rows, ("Length", length)), size=f.s(11),
               label_font="sans", value_font="sans-b", sep="  ", leading=f.s(16))
    return it


def coursera(
    f: Frame, e: Expected, *, date_line: str, verify: Sequence[str],
    university: str = "Lakeshore Polytechnic University", course: str | None = None,
    instructor: Sequence[str] = ("Dr. Anselm Whitcombe", "Professor of Computer Networks",
                                 "Lakeshore Polytechnic University"),
) -> list[Item]:
    blue = "#0056D2"
    it: list[Item] = [Box(f.x(0.72), 0, f.x(0.28), f.h, fill="#F2F4F7")]
    it.append(Text(f.x(0.86), f.y(0.2), "COURSE", f.s(15), "sans-b", "c", GREY,
                   spacing=f.s(2.5)))
    it.append(Text(f.x(0.86), f.y(0.2) + f.s(20), "CERTIFICATE", f.s(15), "sans-b", "c", GREY,
                   spacing=f.s(2.5)))
    it += seal(f.x(0.86), f.y(0.5), f.s(52), (), blue)  # the real seal is a picture
    it.append(Text(f.x(0.07), f.y(0.11), "coursera", f.s(24), "sans-b", color=blue))
    it.append(Text(f.x(0.07) + f.s(130), f.y(0.11), university, f.s(12), "serif-b", color=GREY))
    it.append(Text(f.x(0.07), f.y(0.25), date_line, f.s(12), "sans", color=GREY))
    it.append(Text(f.x(0.07), f.y(0.35), _v(e.learner_name), f.s(30), "serif"))
    it.append(Text(f.x(0.07), f.y(0.42), "has successfully completed", f.s(12), "sans",
                   color=GREY))
    name, y = block(f.x(0.07), f.y(0.50), course if course is not None else _v(e.course_name),
                    size=f.s(22), max_w=f.x(0.6), font="sans-b", align="l")
    it += name
    auth, _ = block(f.x(0.07), y + f.s(26), f"an online non-credit course authorized by "
                    f"{university} and offered through Coursera", size=f.s(10),
                    max_w=f.x(0.55), align="l", color=GREY)
    it += auth
    it.append(Scribble(f.x(0.07), f.y(0.72), f.s(120), f.s(26), seed=21))
    it += [Text(f.x(0.07), f.y(0.8) + i * f.s(11), line, f.s(9 if i else 10),
                "sans-b" if i == 0 else "sans", color=INK if i == 0 else GREY)
           for i, line in enumerate(instructor)]
    tail = (*verify, "Coursera has confirmed the identity of this individual and their "
            "participation in the course.")
    it += [Text(f.x(0.07), f.y(0.93) - (len(tail) - 1 - i) * f.s(10), line, f.s(7.5), "sans",
                color=GREY) for i, line in enumerate(tail)]
    return it


def linkedin(
    f: Frame, e: Expected, *, date_lines: Sequence[str], cert_id_label: str = "Certificate ID",
    skills: str = "Cisco Networking \u00b7 IP Addressing \u00b7 Subnetting",
) -> list[Item]:
    blue = "#0A66C2"
    it: list[Item] = [Box(f.x(0.08), f.y(0.07), f.s(22), f.s(22), fill=blue),
                      Text(f.x(0.08) + f.s(4), f.y(0.07) + f.s(17), "in", f.s(15), "sans-b",
                           color=WHITE),
                      Text(f.x(0.08) + f.s(28), f.y(0.07) + f.s(17), "LinkedIn Learning",
                           f.s(15), "sans-b", color=blue)]
    it.append(Text(f.x(0.08), f.y(0.21), "Certificate of Completion", f.s(13), "sans", color=GREY))
    it.append(Text(f.x(0.08), f.y(0.30), f"Congratulations, {_v(e.learner_name)}", f.s(28),
                   "sans-b"))
    name, y = block(f.x(0.08), f.y(0.39), _v(e.course_name), size=f.s(21), max_w=f.x(0.72),
                    align="l")
    it += name
    it += [Text(f.x(0.08), y + f.s(28) + i * f.s(15), line, f.s(11), "sans", color=GREY)
           for i, line in enumerate(date_lines)]
    y += f.s(28) + len(date_lines) * f.s(15) + f.s(12)
    body, y = block(f.x(0.08), y, "By continuing to learn, you have expanded your perspective, "
                    "sharpened your skills, and made yourself even more in demand.",
                    size=f.s(10), max_w=f.x(0.6), align="l")
    it += body
    it.append(Text(f.x(0.08), y + f.s(24), "Top skills covered", f.s(10), "sans-b"))
    it.append(Text(f.x(0.08), y + f.s(38), skills, f.s(10), "sans", color=GREY))
    it += signature(f.x(0.68), f.y(0.72), f.x(0.22), "Tamsin Okereke-Hale",
                    "Head of Content Strategy, Learning", size=f.s(8.5), seed=31)
    it.append(Text(f.x(0.08), f.y(0.94), "LinkedIn Learning \u00b7 Sunnyvale, CA 94085",
                   f.s(7.5), "sans", color=GREY))
    it.append(Text(f.x(0.08), f.y(0.94) + f.s(10),
                   f"{cert_id_label}: {_v(e.validation_code)}", f.s(7.5), "sans", color=GREY))
    it += rows(f.x(0.68), f.y(0.84), (
        ("Field of Study", "Information Technology"), ("Program Level", "Intermediate"),
        ("Delivery Method", "QAS Self Study"), ("CPE Credits", "1.5"),
        ("NASBA Sponsor ID", "103496"),
    ), size=f.s(7), label_font="sans", color=GREY, leading=f.s(9.5))
    return it


def pluralsight(
    f: Frame, e: Expected, *, left: Sequence[Row], right: Sequence[Row], author: str,
) -> list[Item]:
    orange, pink = "#F15B2A", "#E80A89"
    it: list[Item] = [Box(0, 0, f.x(0.06), f.h, fill=orange), Box(0, 0, f.x(0.06), f.y(0.3),
                                                                    fill=pink)]
    it.append(Text(f.x(0.12), f.y(0.12), "PLURALSIGHT", f.s(16), "sans-b", color=orange,
                   spacing=f.s(0.8)))
    it.append(Text(f.x(0.12), f.y(0.26), "Certificate of Completion", f.s(32), "serif"))
    it.append(Text(f.x(0.12), f.y(0.34), "This is to certify that", f.s(11), "sans", color=GREY))
    it.append(Text(f.x(0.12), f.y(0.42), _v(e.learner_name), f.s(26), "sans-b"))
    it.append(Text(f.x(0.12), f.y(0.49), "has successfully completed the course", f.s(11),
                   "sans", color=GREY))
    name, y = block(f.x(0.12), f.y(0.56), _v(e.course_name), size=f.s(20), max_w=f.x(0.78),
                    font="sans-b", align="l")
    it += name
    it.append(Text(f.x(0.12), y + f.s(20), f"Author: {author}", f.s(11), "sans-i", color=GREY))
    y = max(y + f.s(52), f.y(0.74))
    it += rows(f.x(0.12), y, left, size=f.s(10.5), style="column", label_w=f.s(85),
               label_color=GREY)
    it += rows(f.x(0.55), y, right, size=f.s(10.5), style="column", label_w=f.s(85),
               label_color=GREY)
    it.append(Text(f.x(0.12), f.y(0.95), "Pluralsight, LLC \u00b7 Verify this credential at "
                   "app.pluralsight.com/credentials", f.s(7.5), "sans", color=GREY))
    return it


def ine(
    f: Frame, e: Expected, *, left: Sequence[Row], right: Sequence[Row],
    style: Literal["column", "tab"] = "column",
) -> list[Item]:
    orange, pale = "#FF6A13", "#D8D8D8"
    it: list[Item] = [Box(0, 0, f.w, f.h, fill="#141414"), Box(0, 0, f.w, f.s(6), fill=orange)]
    it.append(Text(f.x(0.08), f.y(0.15), "INE", f.s(40), "sans-b", color=orange))
    it.append(Text(f.x(0.5), f.y(0.30), "CERTIFICATE OF COMPLETION", f.s(24), "sans-b", "c",
                   WHITE, spacing=f.s(1.5)))
    it.append(Text(f.x(0.5), f.y(0.38), "This certificate is presented to", f.s(12), "sans", "c",
                   pale))
    it.append(Text(f.x(0.5), f.y(0.47), _v(e.learner_name), f.s(30), "serif-b", "c", WHITE))
    it.append(Text(f.x(0.5), f.y(0.54), "for successfully completing the learning path",
                   f.s(12), "sans", "c", pale))
    name, y = block(f.x(0.5), f.y(0.61), _v(e.course_name), size=f.s(20), max_w=f.x(0.8),
                    font="sans-b", color=WHITE)
    it += name
    y = max(y + f.s(40), f.y(0.74))
    for x, pairs in ((f.x(0.1), left), (f.x(0.56), right)):
        it += rows(x, y, pairs, size=f.s(10.5), style=style, label_w=f.s(100), color=WHITE,
                   label_color=pale)
    it.append(Text(f.x(0.5), f.y(0.96), "INE \u00b7 ine.com", f.s(7.5), "sans", "c", pale))
    return it


def cbt_nuggets(
    f: Frame, e: Expected, *, left: Sequence[Row], right: Sequence[Row],
    bottom: Sequence[Row] = (),
) -> list[Item]:
    teal = "#0E7C86"
    it: list[Item] = [Box(0, 0, f.w, f.y(0.13), fill=teal)]
    it.append(Text(f.x(0.5), f.y(0.08), "CBT Nuggets", f.s(26), "sans-b", "c", WHITE))
    it.append(Text(f.x(0.5), f.y(0.24), "Certificate of Completion", f.s(28), "serif-b", "c"))
    it.append(Text(f.x(0.5), f.y(0.31), "presented to", f.s(12), "serif-i", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.38), _v(e.learner_name), f.s(28), "serif-bi", "c"))
    it.append(Text(f.x(0.5), f.y(0.45), "for completing the training", f.s(12), "serif-i", "c",
                   GREY))
    name, y = block(f.x(0.5), f.y(0.52), _v(e.course_name), size=f.s(20), max_w=f.x(0.8),
                    font="sans-b", color=teal)
    it += name
    y = max(y + f.s(44), f.y(0.64))
    it += rows(f.x(0.14), y, left, size=f.s(12), style="stacked")
    it += rows(f.x(0.56), y, right, size=f.s(12), style="stacked")
    it += rows(f.x(0.14), f.y(0.83), bottom, size=f.s(12), style="stacked")
    it += seal(f.x(0.78), f.y(0.86), f.s(40), ("CBT", "NUGGETS", "VERIFIED"), teal)
    it.append(Text(f.x(0.5), f.y(0.96), "Verify certificates at cbtnuggets.com/certificates",
                   f.s(7.5), "sans", "c", GREY))
    return it


def skillsoft(
    f: Frame, e: Expected, *, left: Sequence[Row], right: Sequence[Row],
    footer: str = "",
) -> list[Item]:
    dark = "#1B3764"
    it: list[Item] = border(f, f.s(16), dark, double=False)
    it.append(Text(f.x(0.07), f.y(0.11), "skillsoft", f.s(24), "sans-b", color=dark))
    it.append(Text(f.x(0.07), f.y(0.11) + f.s(15), "percipio", f.s(11), "sans", color=GREY))
    it += seal(f.x(0.88), f.y(0.15), f.s(40), ("SKILLSOFT", "COMPLETED"), dark)
    it.append(Text(f.x(0.5), f.y(0.27), "CERTIFICATE OF COMPLETION", f.s(26), "serif-b", "c",
                   dark))
    it.append(Text(f.x(0.5), f.y(0.35), "This is to certify that", f.s(12), "sans", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.43), _v(e.learner_name), f.s(28), "serif-bi", "c"))
    it.append(Text(f.x(0.5), f.y(0.50), "has successfully completed", f.s(12), "sans", "c",
                   GREY))
    name, y = block(f.x(0.5), f.y(0.57), _v(e.course_name), size=f.s(20), max_w=f.x(0.8),
                    font="sans-b", color=dark)
    it += name
    y = max(y + f.s(40), f.y(0.72))
    it += rows(f.x(0.14), y, left, size=f.s(10.5))
    it += rows(f.x(0.56), y, right, size=f.s(10.5))
    if footer:
        it.append(Text(f.x(0.5), f.y(0.95), footer, f.s(7.5), "sans", "c", GREY))
    return it


def webinar(
    f: Frame, e: Expected, *, host: str, date_line: str, rows_: Sequence[Row],
) -> list[Item]:
    green = "#2E7D32"
    it: list[Item] = [Box(0, 0, f.w, f.s(8), fill=green), Box(0, f.h - f.s(8), f.w, f.s(8),
                                                              fill=green)]
    it.append(Text(f.x(0.5), f.y(0.12), host, f.s(15), "sans-b", "c", green))
    it.append(Text(f.x(0.5), f.y(0.12) + f.s(15), "Live online events for network engineers",
                   f.s(9), "sans", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.28), "Certificate of Participation", f.s(32), "serif-b", "c"))
    it.append(Text(f.x(0.5), f.y(0.36), "This certificate is awarded to", f.s(12), "sans", "c",
                   GREY))
    it.append(Text(f.x(0.5), f.y(0.45), _v(e.learner_name), f.s(28), "serif-i", "c"))
    it.append(Text(f.x(0.5), f.y(0.52), "for attending the live webinar", f.s(12), "sans", "c",
                   GREY))
    name, y = block(f.x(0.5), f.y(0.59), _v(e.course_name), size=f.s(19), max_w=f.x(0.78),
                    font="sans-b")
    it += name
    it.append(Text(f.x(0.5), y + f.s(28), date_line, f.s(12), "sans", "c"))
    it += rows(f.x(0.3), f.y(0.78), rows_, size=f.s(10), style="column", label_w=f.s(110),
               label_color=GREY)
    return it


def oldstyle(
    f: Frame, e: Expected, *, partner: str, date: str, instructor: str,
    cert_label: str = "Certificate No.",
) -> list[Item]:
    red = "#7A1F1F"
    it: list[Item] = border(f, f.s(20), red)
    it.append(Text(f.x(0.5), f.y(0.13), partner, f.s(18), "serif-b", "c", red))
    it.append(Text(f.x(0.5), f.y(0.13) + f.s(16), "Authorized Cisco Learning Partner",
                   f.s(11), "serif-i", "c", GREY))
    it.append(Text(f.x(0.5), f.y(0.29), "Certificate of Training", f.s(40), "serif-bi", "c",
                   red))
    it.append(Text(f.x(0.5), f.y(0.37), "This document certifies the successful completion of "
                   "the course", f.s(13), "serif-i", "c", GREY))
    it += over_rule(f.x(0.12), f.y(0.5), f.x(0.76), _v(e.course_name), "Course", size=f.s(17),
                    font="serif-b")
    third = f.x(0.24)
    for i, (value, label) in enumerate(((date, "Date"), (_v(e.learner_name), "Student"),
                                        (instructor, "Instructor"))):
        it += over_rule(f.x(0.1) + i * (third + f.x(0.04)), f.y(0.68), third, value, label,
                        size=f.s(14))
    it += over_rule(f.x(0.38), f.y(0.84), f.x(0.24), _v(e.validation_code), cert_label,
                    size=f.s(12), font="mono")
    return it


def form_template(f: Frame, labels: Sequence[str], values: Sequence[str], partner: str
                  ) -> list[Item]:
    """A fillable certificate: labels printed, values only in AcroForm fields."""
    it: list[Item] = border(f, f.s(18), NAVY, double=False)
    it.append(Text(f.x(0.5), f.y(0.13), partner, f.s(16), "sans-b", "c", NAVY))
    it.append(Text(f.x(0.5), f.y(0.13) + f.s(14), "Cisco Learning Partner", f.s(9), "sans", "c",
                   GREY))
    it.append(Text(f.x(0.5), f.y(0.26), "CERTIFICATE OF COMPLETION", f.s(28), "serif-b", "c",
                   NAVY))
    y = f.y(0.4)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        yy = y + i * f.s(38)
        it.append(Text(f.x(0.12), yy, label, f.s(12), "sans-b", color=GREY))
        it.append(Rule(f.x(0.3), yy + f.s(6), f.x(0.88), yy + f.s(6), 0.5, LIGHT))
        it.append(Field(f"field_{i}", f.x(0.3), yy - f.s(17), f.x(0.58), f.s(20), value,
                        f.s(12)))
    return it


def cover_letter(f: Frame, e: Expected, *, partner: str, date: str, body: Sequence[str],
                 address: Sequence[str]) -> list[Item]:
    it: list[Item] = [Text(f.x(0.1), f.y(0.08), partner, f.s(14), "sans-b", color=NAVY),
                      Text(f.x(0.1), f.y(0.08) + f.s(13), "Training Services \u00b7 "
                           "1800 Commerce Parkway, Suite 400 \u00b7 Columbus, OH 43215",
                           f.s(8), "sans", color=GREY)]
    it += [Text(f.x(0.1), f.y(0.18) + i * f.s(13), line, f.s(10.5), "sans")
           for i, line in enumerate((_v(e.learner_name), *address))]
    it.append(Text(f.x(0.9), f.y(0.18), date, f.s(10.5), "sans", "r"))
    y = f.y(0.34)
    for para in body:
        items, y = block(f.x(0.1), y, para, size=f.s(10.5), max_w=f.x(0.8), align="l")
        it += items
        y += f.s(22)
    it += signature(f.x(0.1), y + f.s(40), f.x(0.3), "Rebecca Lindahl-Cruz",
                    "Training Coordinator", size=f.s(9), seed=41)
    return it


def invoice(f: Frame) -> list[Item]:
    it: list[Item] = [Text(f.x(0.08), f.y(0.08), "Summit Ridge Technical Training, Inc.",
                           f.s(14), "sans-b", color=NAVY),
                      Text(f.x(0.08), f.y(0.08) + f.s(13), "1800 Commerce Parkway, Suite 400 "
                           "\u00b7 Columbus, OH 43215 \u00b7 Tax ID 00-0000000", f.s(8), "sans",
                           color=GREY),
                      Text(f.x(0.92), f.y(0.09), "INVOICE", f.s(26), "sans-b", "r", NAVY)]
    it += rows(f.x(0.62), f.y(0.17), (
        ("Invoice No.", "INV-2023-004211"), ("Invoice date", "June 20, 2023"),
        ("Due date", "July 20, 2023"), ("PO number", "PO-77120"), ("Customer No.", "448812"),
    ), size=f.s(9.5), style="column", label_w=f.s(80))
    it.append(Text(f.x(0.08), f.y(0.18), "Bill to", f.s(9.5), "sans-b", color=GREY))
    it += [Text(f.x(0.08), f.y(0.18) + (i + 1) * f.s(13), line, f.s(10), "sans")
           for i, line in enumerate(("Harbor Point Logistics LLC", "Attn: Accounts Payable",
                                     "55 Wharf Street", "Portland, ME 04101"))]
    cols: tuple[tuple[float, str, Align], ...] = (
        (0.08, "Description", "l"), (0.62, "Qty", "r"), (0.76, "Unit price", "r"),
        (0.92, "Amount", "r"))
    y = f.y(0.46)
    it.append(Box(f.x(0.07), y - f.s(14), f.x(0.86), f.s(20), fill="#E8EEF5"))
    it += [Text(f.x(x), y, h, f.s(9.5), "sans-b", a) for x, h, a in cols]
    lines = (
        ("Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
         "1", "3,450.00", "3,450.00"),
        ("  Instructor-led, June 12 - June 16, 2023, seat for M. Quispe Villanueva", "", "", ""),
        ("Official Cisco courseware (digital), part no. ENCOR-V1.3-DKIT", "1", "450.00",
         "450.00"),
        ("Lab access, 5 days", "1", "0.00", "0.00"),
    )
    for i, line in enumerate(lines):
        yy = y + (i + 1) * f.s(20)
        it += [Text(f.x(x), yy, v, f.s(9), "sans", a)
               for (x, _, a), v in zip(cols, line, strict=True)]
    y += f.s(20) * (len(lines) + 2)
    it += rows(f.x(0.62), y, (("Subtotal", "USD 3,900.00"), ("Sales tax (0%)", "USD 0.00"),
                              ("Total due", "USD 3,900.00")), size=f.s(10), style="column",
               label_w=f.s(95))
    it.append(Text(f.x(0.08), f.y(0.9), "Payment terms: net 30. Please quote the invoice number "
                   "with your payment. Bank: First Example Bank, account 000000000.", f.s(8),
                   "sans", color=GREY))
    return it


# --------------------------------------------------------------------------------------------
# Case plumbing
# --------------------------------------------------------------------------------------------

Layout = Callable[..., list[Item]]


def page(layout: Layout, e: Expected, size: Size = LETTER_L, *, k: float = 1.0, rotate: int = 0,
         turned: bool = False, quirk: Callable[[list[Item]], list[Item]] | None = None,
         **kw: object) -> Page:
    items = layout(Frame(size[0], size[1], k), e, **kw)
    return Page(size, tuple(quirk(items) if quirk else items), rotate, turned)


def _case(name: str, e: Expected, note: str, make: Callable[[Expected], Doc]) -> Case:
    def build(folder: Path) -> Path:
        return render(make(e), folder, f"{name}.pdf")

    return Case(name, e, build, note)


def simple(layout: Layout, size: Size = LETTER_L, *, engine: Literal["rl", "fpdf"] = "rl",
           filename: str | None = None, meta: Meta = Meta(), k: float = 1.0, rotate: int = 0,
           turned: bool = False, encrypt: tuple[str, str] | None = None, tabs: bool = False,
           quirk: Callable[[list[Item]], list[Item]] | None = None, **kw: object
           ) -> Callable[[Expected], Doc]:
    """A one-page certificate made by `layout`."""

    def make(e: Expected) -> Doc:
        pg = page(layout, e, size, k=k, rotate=rotate, turned=turned, quirk=quirk, **kw)
        return Doc((pg,), engine, filename, meta, encrypt, tabs)

    return make


def exp(course: str | None, start: str | None, end: str | None, code: str | None,
        learner: str | None, issuer: str | None, review: bool = False) -> Expected:
    return Expected(course, start, end, code, learner, issuer, review)


LP = "Cisco Learning Partner"
NORTHBRIDGE = "NorthBridge Networks Academy GmbH"
SUMMIT = "Summit Ridge Technical Training, Inc."
ENCOR = "Implementing and Operating Cisco Enterprise Network Core Technologies"


def _is_value(*values: str | None) -> Callable[[Text], bool]:
    wanted = {v for v in values if v}
    return lambda t: t.s in wanted or any(v in t.s for v in wanted if len(v) > 6)


# --------------------------------------------------------------------------------------------
# CLEAN: one or more realistic certificates per issuer
# --------------------------------------------------------------------------------------------

CLEAN_CASES: list[Case] = [
    _case("clean_cisco_u_course",
          exp("Implementing Cisco Enterprise Advanced Routing and Services (ENARSI) v1.1",
              "2024-01-08", "2024-02-02", "4B7E2C91D0F3", "Lena Hartmann-Okafor", "Cisco U."),
          "Cisco U. with Completion Date plus Issued on and Printed on dates; Cisco ID decoy",
          simple(cisco_u, LETTER_L, dates=(("Start Date", "January 8, 2024"),
                                           ("Completion Date", "February 2, 2024"),
                                           ("Issued on", "February 3, 2024")),
                 footer=("Printed on March 15, 2024",
                         "\u00a9 2024 Cisco Systems, Inc. \u00b7 Cisco U. \u00b7 u.cisco.com"),
                 meta=Meta(title="Cisco U. Certificate of Completion",
                           producer="Cisco U. Certificates"))),
    _case("clean_partner_ilt_encor",
          exp(ENCOR, "2023-06-12", "2023-06-16", "NBA-2023-061629", "Priya Raghunathan", LP),
          "5-day ILT '12-16 June 2023'; instructor name, CCSI instructor ID, course code decoys",
          simple(partner_ilt, A4_L, partner=NORTHBRIDGE,
                 course_code="Course code: ENCOR v1.3 \u00b7 Exam 350-401",
                 left=(("Dates", "12-16 June 2023"), ("Duration", "5 days (40 hours)"),
                       ("Location", "Frankfurt am Main / Virtual Classroom")),
                 right=(("Instructor", "Rafael Montoya-Brandt"), ("Instructor ID", "CCSI-34817"),
                        ("Certificate No.", "NBA-2023-061629")),
                 place_date="Frankfurt am Main, 16 June 2023")),
    _case("clean_partner_us_wrapped",
          exp("Implementing and Operating Cisco Service Provider Network Core Technologies",
              "2023-09-18", "2023-09-22", "TP-0048213-77", "Mateo Quispe Villanueva", LP),
          "long course name wrapped on two lines; 'September 18 - September 22, 2023'; course "
          "code SPCOR 350-501 and instructor decoys on the same footer line as the code",
          simple(partner_us, LETTER_L, engine="fpdf", partner=SUMMIT,
                 date_line="September 18 - September 22, 2023",
                 bottom=(("Course Code", "SPCOR 350-501"), ("Certificate #", "TP-0048213-77"),
                         ("Instructor ID", "CCSI-50917")))),
    _case("clean_netacad_course_completion",
          exp("CCNA: Switching, Routing, and Wireless Essentials", "2023-02-06", "2023-05-19",
              "NA-20230519-7718342", "Aoife N\u00ed Bhriain", "Cisco Networking Academy"),
          "NetAcad 'Certificate of Course Completion' with skills bullets and academy details",
          simple(netacad, LETTER_L, engine="fpdf", instructor="Hiroshi Tanabe-Ward",
                 rows_right=(("Academy Name", "Lakeview Technical College"),
                             ("Location", "Galway, Ireland"),
                             ("Course Start", "06 Feb 2023"), ("Course End", "19 May 2023"),
                             ("Validation Number", "NA-20230519-7718342")))),
    _case("clean_cisco_live_session",
          exp("Catalyst 9000 Series Switching Architecture Deep Dive", "2024-02-07", "2024-02-07",
              "CLEUR24-7Q4M-X2KD", "Kwame Asante-Boateng", "Cisco Live"),
          "one-day Cisco Live technical session; session ID BRKENS-2810 is not the code",
          simple(cisco_live, WIDE, city="Amsterdam",
                 rows_left=(("Session ID", "BRKENS-2810"), ("Session Date", "February 7, 2024"),
                            ("Duration", "90 minutes")),
                 rows_right=(("Speaker", "Marguerite Olsson"), ("CE Credits", "1.5"),
                             ("Certificate ID", "CLEUR24-7Q4M-X2KD")))),
    _case("clean_udemy",
          exp("Cisco CCNA 200-301 \u2013 The Complete Guide to Getting Certified", "2023-12-28",
              "2024-01-23", "UC-7d3e9b2a-41f6-4c8e-a5d0-93b1f2e6c847", "Sof\u00eda Elena Marchetti",
              "Udemy"),
          "Udemy layout: 'Certificate no: UC-...' and 'Certificate url: ude.my/UC-...'; exam "
          "number inside the title; reference number decoy",
          simple(udemy, (792.0, 612.0), engine="fpdf", instructor="Kofi Mensah-Larsen",
                 date_rows=(("Started", "Dec. 28, 2023"), ("Completed", "Jan. 23, 2024")),
                 filename="UC-7d3e9b2a-41f6-4c8e-a5d0-93b1f2e6c847.pdf")),
    _case("clean_coursera",
          exp("Software-Defined Networking and Network Programmability", "2024-02-12",
              "2024-03-05", "QW8ZK3LMP2XR", "Jun-ho Baek", "Coursera"),
          "Coursera: 'Verify at coursera.org/verify/CODE', dates printed plainly at the top",
          simple(coursera, LETTER_L, date_line="Feb 12, 2024 \u2013 Mar 5, 2024",
                 verify=("Verify at coursera.org/verify/QW8ZK3LMP2XR",),
                 filename="Coursera QW8ZK3LMP2XR.pdf",
                 meta=Meta(producer="Skia/PDF m121", creator="Chromium"))),
    _case("clean_linkedin_learning",
          exp("Cisco Networking Foundations: IP Addressing and Subnetting", "2024-01-20",
              "2024-01-23", "AbLkT3Nq7xYp0RzW2mVcUe8sHhQ", "\u00c9lodie Marchand",
              "LinkedIn Learning"),
          "LinkedIn Learning: mixed-case certificate ID in the footer, NASBA sponsor ID decoy, "
          "completion time of day",
          simple(linkedin, LETTER_L, date_lines=(
              "Course started on Jan 20, 2024",
              "Course completed on Jan 23, 2024 at 02:15PM UTC \u00b7 1 hour 25 minutes"),
              filename="CertificateOfCompletion_Cisco Networking Foundations IP Addressing "
                       "and Subnetting.pdf")),
    _case("clean_pluralsight",
          exp("Configuring and Verifying OSPF Multi-area Networks", "2024-03-01", "2024-03-11",
              "8d6c1f0e3b2a4c5d9e8f7a6b5c4d3e2f", "Bj\u00f6rn Lindqvist-Haas", "Pluralsight"),
          "Pluralsight: hex credential ID, Skill IQ number decoy",
          simple(pluralsight, A4_L, engine="fpdf", author="Dmitri Kovalenko",
                 left=(("Started", "Mar 1, 2024"), ("Completed", "Mar 11, 2024"),
                       ("Duration", "3h 12m")),
                 right=(("Credential ID", "8d6c1f0e3b2a4c5d9e8f7a6b5c4d3e2f"),
                        ("Skill IQ", "212 (Proficient)")))),
    _case("clean_ine",
          exp("CCNP Enterprise: Advanced Routing Technologies", "2024-01-08", "2024-01-26",
              "INE-5528-K7PX", "Chiara De Santis", "INE"),
          "INE: white text on a dark page; Serial No. label",
          simple(ine, LETTER_L, left=(("Instructor", "Tobias Rennholm"),
                                      ("Start Date", "Jan 8, 2024"),
                                      ("Completion Date", "Jan 26, 2024")),
                 right=(("Serial No.", "INE-5528-K7PX"), ("Training Hours", "22")))),
    _case("clean_cbt_nuggets",
          exp("Cisco CCNP Enterprise Core (350-401 ENCOR)", "2023-10-02", "2023-11-17",
              "CBTN-84K2-QZ7M", "Oluwaseun Adeyemi", "CBT Nuggets"),
          "portrait Letter; labels in small caps above their values; exam code in the title",
          simple(cbt_nuggets, LETTER_P, engine="fpdf",
                 left=(("Started", "October 2, 2023"), ("Completed", "November 17, 2023")),
                 right=(("Trainer", "Aurelio Santangelo"), ("Training Hours", "38")),
                 bottom=(("Verification code", "CBTN-84K2-QZ7M"),))),
    _case("clean_skillsoft",
          exp("CCNP ENCOR: Network Assurance and Telemetry", "2023-11-06", "2023-11-09",
              "SKS-3390214857", "Nguyen Thi Mai Anh", "Skillsoft"),
          "Skillsoft Percipio: 'Certificate #', Skillsoft course ID decoy",
          simple(skillsoft, A4_L, left=(("Started on", "Nov 6, 2023"),
                                        ("Completed on", "Nov 9, 2023"), ("Duration", "1h 05m")),
                 right=(("Course ID", "it_nlccnpen_09_enus"), ("Certificate #", "SKS-3390214857")),
                 footer="Skillsoft \u00b7 Percipio \u00b7 skillsoft.com")),
    _case("clean_cisco_u_path_portrait",
          exp("Cisco Certified DevNet Associate (DEVASC) Learning Path", "2025-05-21",
              "2025-06-18", "CU-LP-9F42C7A1", "Rosalind Achterberg", "Cisco U."),
          "A4 portrait; range '21 May - 18 Jun 2025' in one value; Certificate ID label",
          simple(cisco_u, A4_P, engine="fpdf", code_label="Certificate ID",
                 dates=(("Dates", "21 May - 18 Jun 2025"), ("CE Credits", "30")),
                 extra=(("Cisco ID", "CSCO20577311"),),
                 footer=("\u00a9 2025 Cisco Systems, Inc. \u00b7 Cisco U.",))),
]

# --------------------------------------------------------------------------------------------
# TRICKY: text-layer and layout quirks a good extractor still reads fully
# --------------------------------------------------------------------------------------------


def _two_page(first: Callable[[Expected], Page], second: Callable[[Expected], Page],
              engine: Literal["rl", "fpdf"] = "rl") -> Callable[[Expected], Doc]:
    return lambda e: Doc((first(e), second(e)), engine)


def _acroform(e: Expected) -> Doc:
    labels = ("Participant:", "Course:", "Start date:", "End date:", "Certificate ID:",
              "Instructor:")
    values = (_v(e.learner_name), _v(e.course_name), "November 6, 2023", "November 10, 2023",
              _v(e.validation_code), "Marguerite Olsson")
    items = form_template(Frame(*LETTER_L), labels, values, "Harborview IT Education")
    return Doc((Page(LETTER_L, tuple(items)),))


def _scan(e: Expected) -> Doc:
    shown = exp("Implementing Cisco SD-WAN Solutions", None, None, "HV-2022-5519",
                "Felix Aranda", None)
    src = partner_ilt(Frame(*A4_L), shown, partner="Harborview IT Education",
                      left=(("Dates", "7-11 March 2022"),), right=(("Certificate No.",
                                                                    "HV-2022-5519"),))
    pic = Picture(0, 0, A4_L[0], A4_L[1], tuple(src), A4_L, dpi=110, skew=0.8, blur=0.6)
    return Doc((Page(A4_L, (pic,)),), meta=Meta(producer="Canon iR-ADV C5535 PDF",
                                                 creator="Scan to PDF"))


LETTER_BODY = (
    "Dear Mr Ferretti-Brown,",
    "Thank you for attending our instructor-led course last week. Please find your certificate "
    "of completion on the following page; keep it together with this letter for your records.",
    "Your order ORD-2024-00871 (customer no. 448812) has been settled in full with Cisco "
    "Learning Credits. If you plan to submit the course for Cisco Continuing Education credits, "
    "please do so within 90 days of the last day of the class.",
    "Kind regards,",
)

TRICKY_CASES: list[Case] = [
    _case("tricky_letter_spaced_fpdf",
          exp("CCNP ENCOR: Wireless Roaming and Client Mobility", "2023-07-17", "2023-07-24",
              "SKS-4471093365", "Ewa Sandoval-Kraus", "Skillsoft"),
          "fpdf2 set_char_spacing on every string: extractors see 'J u l  2 4 ,  2 0 2 3'",
          simple(skillsoft, A4_L, engine="fpdf", quirk=lambda it: restyle(it, spacing=3.2),
                 left=(("Started on", "Jul 17, 2023"), ("Completed on", "Jul 24, 2023")),
                 right=(("Certificate #", "SKS-4471093365"),))),
    _case("tricky_letter_spaced_reportlab",
          exp("Cisco Networking Foundations: Network Security Basics", "2023-08-02",
              "2023-08-04", "AX9dPq2LmZ7tRw4YbK1cVn5sGhE", "Siddharth Menon", "LinkedIn Learning"),
          "reportlab charSpace on the name, course and dates only",
          simple(linkedin, LETTER_L, date_lines=("Course started on Aug 2, 2023",
                                                 "Course completed on Aug 4, 2023"),
                 quirk=lambda it: restyle(it, spacing=3.5, where=lambda t: t.size >= 11))),
    _case("tricky_fragment_split",
          exp("Designing Cisco Enterprise Wireless Networks", "2024-04-08", "2024-04-19",
              "5b0e7c2d9a4f4e1b8c3d6f2a0e9b7c41", "Ximena Olvera", "Pluralsight"),
          "every word is its own text fragment at an explicit position, drawn in shuffled order",
          simple(pluralsight, A4_L, author="Hiroshi Tanabe-Ward",
                 quirk=lambda it: restyle(it, split=True),
                 left=(("Started", "Apr 8, 2024"), ("Completed", "Apr 19, 2024")),
                 right=(("Credential ID", "5b0e7c2d9a4f4e1b8c3d6f2a0e9b7c41"),))),
    _case("tricky_tabs",
          exp("Cisco SD-WAN Operations and Troubleshooting", "2024-02-05", "2024-02-16",
              "INE-7731-QM4T", "Henrik Aasgaard", "INE"),
          "tab characters between labels and values (byte 9 mapped to U+0009 by /ToUnicode)",
          simple(ine, LETTER_L, engine="fpdf", tabs=True, style="tab",
                 left=(("Start Date", "Feb 5, 2024"), ("Completion Date", "Feb 16, 2024")),
                 right=(("Serial No.", "INE-7731-QM4T"), ("Training Hours", "19")))),
    _case("tricky_ligatures",
          exp("Configuring Cisco Unified Communications Manager Workflows", "2023-05-15",
              "2023-05-26", "7F1A3C9E22B4", "Hana Kova\u010dov\u00e1", "Cisco U."),
          "DejaVu TTF with U+FB01/U+FB02 ligatures in the course name, title and labels",
          simple(cisco_u, LETTER_L, title="Certi\ufb01cate of Completion",
                 course="Con\ufb01guring Cisco Uni\ufb01ed Communications Manager Work\ufb02ows",
                 code_label="Certi\ufb01cate ID",
                 dates=(("Start Date", "May 15, 2023"), ("Completion Date", "May 26, 2023")),
                 quirk=lambda it: restyle(it, fonts=UNICODE_FONTS))),
    _case("tricky_hyphen_wrap",
          exp("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "2023-03-01", "2023-03-14",
              "UC-0c4b2e8f-5a1d-4f3e-9b6c-7d2e1a0f8b53", "Yasmin Farouk", "Udemy"),
          "course name wrapped after the hyphen of 'SD-WAN' ('SD-' / 'WAN Solutions ...')",
          simple(udemy, LETTER_L, instructor="Kofi Mensah-Larsen", course_w=0.5,
                 course="Implementing Cisco SD-\nWAN Solutions (ENSDWI) v3.0",
                 date_rows=(("Started", "Mar. 1, 2023"), ("Completed", "Mar. 14, 2023")))),
    _case("tricky_rotate_90",
          exp("Troubleshooting Cisco SD-Access Fabric Deployments", "2023-06-06", "2023-06-06",
              "CLUS23-3HX8-PW6N", "Declan O'Rourke-Matsuda", "Cisco Live"),
          "page rendered upright, then /Rotate 90 set with pypdf",
          simple(cisco_live, WIDE, rotate=90, city="Las Vegas",
                 rows_left=(("Session ID", "BRKENS-3822"), ("Session Date", "June 6, 2023")),
                 rows_right=(("Certificate ID", "CLUS23-3HX8-PW6N"),))),
    _case("tricky_sideways_content",
          exp("Implementing Cisco Collaboration Core Technologies", "2023-11-06", "2023-11-10",
              "NBA-2023-110644", "Ana Beatriz Couto", LP),
          "landscape certificate drawn sideways on a portrait media box, shown upright by "
          "/Rotate 90 (how print-to-PDF stores landscape pages)",
          simple(partner_ilt, A4_L, turned=True, partner=NORTHBRIDGE,
                 course_code="Course code: CLCOR v1.2",
                 left=(("Dates", "6-10 November 2023"), ("Duration", "5 days")),
                 right=(("Instructor", "Rafael Montoya-Brandt"),
                        ("Certificate No.", "NBA-2023-110644")))),
    _case("tricky_cover_letter_page2",
          exp("Implementing Cisco Enterprise Wireless Networks", "2024-01-15", "2024-01-19",
              "TP-0051876-12", "Luca Ferretti-Brown", LP),
          "page 1 is a cover letter with its own date, order and customer numbers",
          _two_page(lambda e: page(cover_letter, e, LETTER_P, partner=SUMMIT,
                                   date="January 24, 2024", body=LETTER_BODY,
                                   address=("412 Alder Crescent", "Dayton, OH 45402")),
                    lambda e: page(partner_us, e, LETTER_L, partner=SUMMIT,
                                   date_line="January 15 - January 19, 2024",
                                   bottom=(("Course Code", "ENWLSI 300-430"),
                                           ("Certificate #", "TP-0051876-12"))),
                    engine="fpdf")),
    _case("tricky_huge_page",
          exp("Cisco DevNet Associate: Automating Networks with Python and Ansible",
              "2023-04-03", "2023-05-02", "UC-b81f0d3e-62a9-4c17-8e5b-f04d9a3c2e16",
              "Mei Lin Tsang", "Udemy"),
          "2000 x 1400 pt page with fonts scaled up",
          simple(udemy, HUGE, k=2.4, instructor="Kofi Mensah-Larsen",
                 date_rows=(("Started", "Apr. 3, 2023"), ("Completed", "May 2, 2023")))),
    _case("tricky_values_above_labels",
          exp("Interconnecting Cisco Networking Devices Part 2 (ICND2) v3.0", "2019-03-04",
              "2019-03-08", "0193-4471", "Gabriel Nwachukwu", LP),
          "old style: each value written on a rule with its label underneath",
          simple(oldstyle, LETTER_L, engine="fpdf",
                 partner="Great Lakes Network Institute", date="March 4-8, 2019",
                 instructor="Walter Q. Pembrook")),
    _case("tricky_labels_as_images",
          # The labels are pictures: without OCR the two dates could be start/end or
          # completion/issue and are left empty; with OCR the labels give every value its role.
          exp("Implementing Automation for Cisco Enterprise Solutions (ENAUI)", "2023-10-09",
              "2023-10-27", "9C2E5A7B10D4", "Ines Valverde", "Cisco U."),
          "labels and headings are raster images; only the values are text",
          simple(cisco_u, LETTER_L,
                 dates=(("Start Date", "October 9, 2023"), ("Completion Date", "October 27, 2023")),
                 footer=("\u00a9 2023 Cisco Systems, Inc. \u00b7 Cisco U.",),
                 quirk=lambda it: labels_to_pictures(it, _is_value(
                     "Ines Valverde", "Implementing Automation for Cisco",
                     "Enterprise Solutions (ENAUI)", "October 9, 2023", "October 27, 2023",
                     "9C2E5A7B10D4", "48", "CSCO10483726", "Cisco Systems, Inc.")))),
    _case("tricky_form_fields",
          exp("Cisco Firepower Threat Defense Essentials", "2023-11-06", "2023-11-10",
              "HV-FTD-23-0871", "Pavel Hor\u00e1k", LP),
          "values only in read-only AcroForm text fields; the page text holds only the labels",
          _acroform),
    _case("tricky_url_code_wrapped",
          exp("Cloud Networking and Data Center Virtualization", "2023-09-04", "2023-10-02",
              "ZP4T9XKQ7L2M", "Am\u00e9lie Rousseau-Dione", "Coursera"),
          "the verification URL wraps inside the code: '.../verify/ZP4T9X' + 'KQ7L2M'",
          simple(coursera, LETTER_L, engine="fpdf",
                 date_line="Sep 4, 2023 \u2013 Oct 2, 2023",
                 verify=("Verify at: https://coursera.org/verify/ZP4T9X", "KQ7L2M"))),
    _case("tricky_french",
          exp("Implementing Cisco Enterprise Advanced Routing and Services", "2023-10-02",
              "2023-10-06", "FR-LP-2023-1187", "Th\u00e9o Lambert-Ndiaye", LP),
          "French: 'du 2 au 6 octobre 2023', 'N° de certificat'",
          simple(partner_ilt, A4_L, words=FR, partner="Formatech R\u00e9seaux SAS",
                 course_code="Code du cours : ENARSI v1.1 \u00b7 Examen 300-410",
                 left=(("Dates", "du 2 au 6 octobre 2023"), ("Dur\u00e9e", "5 jours (35 heures)"),
                       ("Lieu", "Lyon")),
                 right=(("Formateur", "Bastien Leclerc-Amrani"),
                        ("N\u00b0 de certificat", "FR-LP-2023-1187")),
                 place_date="Fait \u00e0 Lyon, le 6 octobre 2023")),
    _case("tricky_german",
          exp("Implementing Cisco SD-WAN Solutions", "2024-03-04", "2024-03-08",
              "DE-2024-03-0452", "Jonas Wei\u00dfenberg", LP),
          "German sentence 'hat vom 4. bis 8. März 2024 ...', a date of birth decoy, "
          "'Zertifikatsnummer'",
          simple(partner_ilt, A4_L, engine="fpdf", words=DE,
                 partner="Rheinwerk Netzwerkschulung GmbH",
                 under_name="geboren am 14.02.1988 in K\u00f6ln",
                 completed="vom 4. bis 8. M\u00e4rz 2024 erfolgreich an der offiziellen Cisco "
                           "Schulung teilgenommen hat",
                 course_code="Kurs-Code: ENSDWI v3.0",
                 left=(("Zeitraum", "04.03.2024 \u2013 08.03.2024"), ("Dauer", "5 Tage")),
                 right=(("Trainer", "Matthias Brenner-Oyelaran"),
                        ("Zertifikatsnummer", "DE-2024-03-0452")),
                 place_date="Frankfurt am Main, 8. M\u00e4rz 2024")),
    _case("tricky_spanish",
          exp("CCNA: Introducci\u00f3n a las redes", "2023-02-13", "2023-06-02",
              "NA-20230602-4410927", "Diego Paredes Amaral", "Cisco Networking Academy"),
          "Spanish NetAcad certificate, 'del 13 de febrero al 2 de junio de 2023'",
          simple(netacad, LETTER_L, engine="fpdf", instructor="Luc\u00eda Herrera Campos",
                 title="Certificado de finalizaci\u00f3n del curso",
                 lead_in="ha obtenido con \u00e9xito la credencial de nivel de estudiante por "
                         "completar el curso",
                 lead_out="administrado por el instructor abajo firmante, del 13 de febrero al "
                          "2 de junio de 2023. El estudiante fue capaz de:",
                 skills=("Configurar switches y routers con direccionamiento IPv4 e IPv6.",
                         "Explicar los protocolos y modelos de red."),
                 role="Instructora",
                 rows_right=(("Nombre de la academia", "Instituto T\u00e9cnico Valle Alto"),
                             ("Ubicaci\u00f3n", "Quito, Ecuador"),
                             ("N\u00famero de validaci\u00f3n", "NA-20230602-4410927")))),
    _case("tricky_ordinal_date_webinar",
          exp("Zero Trust Segmentation for Campus Networks", "2021-10-18", "2021-10-18",
              "WBN-21-1018-0457", "Keiko Morrow", None),
          "one-day webinar from an unknown host, 'held on the 18th of October 2021'; the code "
          "embeds digits of the date",
          simple(webinar, A4_L, host="NetOps Community Webinar Series",
                 date_line="held on the 18th of October 2021",
                 rows_=(("Presenter", "Kofi Mensah-Larsen"), ("Duration", "60 minutes"),
                        ("Certificate ID", "WBN-21-1018-0457")))),
    _case("tricky_glued_number",
          # '202316' is not a year: the range is unreadable, so both dates are flagged.
          exp("Understanding Cisco Network Automation Essentials (DEVNAE)", None,
              None, "A5D0E3B7C218", "Samuel Okoro-Finch", "Cisco U.", review=True),
          "details table: the right-aligned Dates column touches the CE Credits column, so the "
          "text reads '14 Aug 2023 - 25 Aug 202316'",
          simple(cisco_u, LETTER_L, dates=(), extra=(("Cisco ID", "CSCO30918452"),),
                 table=(("Format", "E-learning with labs", 150, "l"),
                        ("Dates", "14 Aug 2023 - 25 Aug 2023", 170, "r"),
                        ("CE Credits", "16", 80, "l")))),
    _case("tricky_iso_dates",
          exp("Cisco CCNA Security Fundamentals (200-301)", "2024-01-22", "2024-02-09",
              "CBTN-19PX-T3WA", "Linnea Strand", "CBT Nuggets"),
          "ISO dates 2024-01-22 / 2024-02-09",
          simple(cbt_nuggets, LETTER_P, engine="fpdf",
                 left=(("Started", "2024-01-22"), ("Completed", "2024-02-09")),
                 right=(("Trainer", "Aurelio Santangelo"), ("Training Hours", "12")),
                 bottom=(("Verification code", "CBTN-19PX-T3WA"),))),
    _case("tricky_year_end_range",
          exp("Implementing Cisco Enterprise Wireless Networks (ENWLSI)", "2023-12-21",
              "2024-01-09", "6E2B9D4A7F01", "Owen Castellanos", "Cisco U."),
          "a range across the year end in one value: '21 Dec 2023 \u2013 09 Jan 2024'",
          simple(cisco_u, LETTER_L, engine="fpdf",
                 dates=(("Course Dates", "21 Dec 2023 \u2013 09 Jan 2024"),))),
    _case("tricky_empty_password",
          exp("Cisco Wireless LAN Fundamentals", "2023-06-19", "2023-06-21",
              "AQm7Zr2KxTp9LwVb3NcYh6DsEf", "Nadia Rahimi", "LinkedIn Learning"),
          "encrypted with an empty user password (opens without asking)",
          simple(linkedin, LETTER_L, encrypt=("", "owner-2023"),
                 date_lines=("Course started on Jun 19, 2023",
                             "Course completed on Jun 21, 2023 at 09:41AM UTC"))),
    _case("tricky_weird_filename",
          exp("CCNA: Enterprise Networking, Security, and Automation", "2023-08-28",
              "2023-12-15", "NA-20231215-5520368", "Victor Almeida-Shaw",
              "Cisco Networking Academy"),
          "file name with spaces, quotes, non-ASCII and shell metacharacters",
          simple(netacad, LETTER_L, instructor="Marguerite Olsson",
                 filename="it's \"my\" cert \u00fc $(x) & ;.pdf",
                 rows_right=(("Academy Name", "Riverside Community College"),
                             ("Location", "Sacramento, CA"),
                             ("Course Start", "28 Aug 2023"), ("Course End", "15 Dec 2023"),
                             ("Validation Number", "NA-20231215-5520368")))),
    _case("tricky_numeric_settled_by_other_date",
          exp("Implementing Cisco Application Centric Infrastructure", "2023-04-03",
              "2023-04-07", "BLX-23-0417", "Fatima Zahra Bennani", LP),
          "'03/04/2023 - 07/04/2023' is day/month only because 'Printed 25/04/2023' exists",
          simple(partner_ilt, A4_L, partner="Blackwater Lane Training Ltd",
                 course_code="Course code: DCACI v1.2",
                 left=(("Course dates", "03/04/2023 - 07/04/2023"), ("Venue", "Reading, UK")),
                 right=(("Trainer", "Oliver Penhaligon"), ("Certificate No.", "BLX-23-0417")),
                 place_date="Printed 25/04/2023")),
    _case("tricky_us_numeric",
          exp("Securing Email with Cisco Email Security Appliance", "2023-06-12", "2023-06-16",
              "TP-0049920-05", "Tobias Lindgren", LP),
          "US numeric range '06/12/2023 - 06/16/2023' (the 16 settles month/day)",
          simple(partner_us, LETTER_L, partner=SUMMIT, instructor="Ingrid Solheim",
                 date_line="06/12/2023 - 06/16/2023",
                 bottom=(("Course Code", "SESA v3.1"), ("Certificate #", "TP-0049920-05")))),
    _case("tricky_uuid_in_filename",
          exp("CCNP Security: Securing Networks with Cisco Firepower", "2024-05-06",
              "2024-05-24", "9d41c7e2-3b58-4a6f-8e0d-1c2b3a4f5e67", "Rhys Llewellyn-Park",
              "INE", review=True),
          "no code on the page; the download's file name carries a UUID (lower confidence)",
          simple(ine, LETTER_L, left=(("Instructor", "Tobias Rennholm"),
                                      ("Start Date", "May 6, 2024")),
                 right=(("Completion Date", "May 24, 2024"), ("Training Hours", "31")),
                 filename="certificate-9d41c7e2-3b58-4a6f-8e0d-1c2b3a4f5e67.pdf")),
    _case("tricky_decoy_ids",
          exp("Implementing and Administering Cisco Solutions (CCNA)", "2023-10-02",
              "2023-10-06", "VX7-4412-KQ", "Carmen Villalobos Ruiz", LP),
          "Candidate ID, Cisco ID, instructor ID, course code CCNA-200-301, part number, "
          "enrolment ID, order number, 'Valid through' and 'Expires' dates around the code",
          simple(partner_ilt, A4_L, partner="Pacific Crest Learning Pty Ltd",
                 course_code="Course code: CCNA-200-301 \u00b7 Part no. CCNA-V2.0-ILT-5D",
                 left=(("Dates", "October 2-6, 2023"), ("Candidate ID", "CSCO11223344"),
                       ("Enrolment ID", "ENR-884213"), ("Order No.", "PO-2023-7781")),
                 right=(("Instructor", "Rafael Montoya-Brandt"), ("Instructor ID", "CCSI-34817"),
                        ("Validation Code", "VX7-4412-KQ"), ("Valid through", "2026-10-06")),
                 place_date="Sydney, 6 October 2023 \u00b7 Voucher expires 31 Dec 2023")),
    _case("tricky_all_caps_range",
          exp("Introducing Automation for Cisco Solutions (CSAU)", "2021-08-09", "2021-08-11",
              "TP-0039172-44", "Marisol Etxeberria", LP),
          "upper-case range 'AUGUST 9-11, 2021'",
          simple(partner_us, LETTER_L, engine="fpdf", partner=SUMMIT,
                 date_line="AUGUST 9-11, 2021",
                 bottom=(("Course Code", "CSAU v1.0"), ("Certificate #", "TP-0039172-44")))),
]

# --------------------------------------------------------------------------------------------
# UNCLEAR: the right answer is to flag, with the unknowable fields None
# --------------------------------------------------------------------------------------------

UNCLEAR_CASES: list[Case] = [
    _case("unclear_ambiguous_numeric",
          exp(ENCOR, None, None, "BLX-23-0388", "Sunita Gorecki", LP, True),
          "one numeric date 05/04/2023 and nothing that settles day/month order",
          simple(partner_ilt, A4_L, partner="Blackwater Lane Training Ltd",
                 left=(("Date", "05/04/2023"), ("Venue", "Virtual Classroom")),
                 right=(("Trainer", "Oliver Penhaligon"), ("Certificate No.", "BLX-23-0388")))),
    _case("unclear_conflicting_codes",
          exp("CCNP ENCOR: Virtualization and Network Segmentation", "2024-03-04", "2024-03-06",
              None, "Joaquim Ferraz", "Skillsoft", True),
          "'Certificate #' and 'Certificate ID' with different values",
          simple(skillsoft, A4_L, left=(("Started on", "Mar 4, 2024"),
                                        ("Completed on", "Mar 6, 2024")),
                 right=(("Certificate #", "SKS-5102938476"),),
                 footer="Certificate ID: SKS-5102938811 \u00b7 Skillsoft \u00b7 Percipio")),
    _case("unclear_learner_missing",
          exp("Implementing Cisco Enterprise Network Assurance", "2023-09-11", "2023-09-15",
              "NBA-2023-091503", None, LP, True),
          "blank learner line on an unfilled template",
          simple(partner_ilt, A4_L, partner=NORTHBRIDGE,
                 left=(("Dates", "11-15 September 2023"),),
                 right=(("Certificate No.", "NBA-2023-091503"),))),
    _case("unclear_course_missing",
          exp(None, "2023-05-08", "2023-05-19", "3D8F1B6C0A27", "Ravi Chandrasekar-Hollis",
              "Cisco U.", True),
          "a title and a name but no course name",
          simple(cisco_u, LETTER_L, course="", phrases=("This certifies that",
                                                         "has successfully completed"),
                 dates=(("Start Date", "May 8, 2023"), ("Completion Date", "May 19, 2023")))),
    _case("unclear_image_only",
          exp("Implementing Cisco SD-WAN Solutions", "2022-03-07", "2022-03-11", "HV-2022-5519",
              "Felix Aranda", None, True),
          "a scanned certificate at 110 dpi, skewed and blurred: one image, no text layer "
          "(values only readable by OCR, unsure at this quality)",
          _scan),
]

# Certificates that do not print every portal field: read surely, with `missing` naming what
# the certificate does not print (not "needs review": there is nothing to check, only to add).
PARTIAL_CASES: list[Case] = [
    _case("partial_udemy_single_date",
          exp("Cisco CCNP ENCOR 350-401: Complete Course with Labs", None, "2024-01-23",
              "UC-2f1e0b9c-7a64-4d2e-b1c3-9e8f7a6b5c4d", "Marta Zielinski", "Udemy", False),
          "a real Udemy certificate prints one date: no start date",
          simple(udemy, LETTER_L, engine="fpdf", instructor="Kofi Mensah-Larsen",
                 date_rows=(("Date", "Jan. 23, 2024"),),
                 filename="UC-2f1e0b9c-7a64-4d2e-b1c3-9e8f7a6b5c4d.pdf")),
    _case("partial_coursera_single_date",
          exp("Network Programmability with Python", None, "2024-03-05", "H7RM2Q9XKD4L",
              "Ibrahim Diallo-Schultz", "Coursera", False),
          "a real Coursera certificate prints only the completion date",
          simple(coursera, LETTER_L, date_line="Mar 5, 2024",
                 verify=("Verify at coursera.org/verify/H7RM2Q9XKD4L",))),
    _case("partial_linkedin_single_date",
          exp("Cisco CCNA (200-301) Cert Prep: 1 Network Fundamentals", None, "2024-04-11",
              "Ad3TkQm9WzYp4LbR7xCnV2sHf0", "Clara Beaumont", "LinkedIn Learning", False),
          "'Course completed on' only",
          simple(linkedin, LETTER_L, date_lines=(
              "Course completed on Apr 11, 2024 at 06:03PM UTC \u00b7 3 hours 2 minutes",))),
    _case("partial_no_code",
          exp("Implementing Cisco Secure Access Solutions", "2024-02-19", "2024-02-23", None,
              "Felix Aranda", LP, False),
          "no code anywhere, and the file name has none",
          simple(partner_us, LETTER_L, partner=SUMMIT, date_line="February 19 - February 23, 2024",
                 bottom=(("Course Code", "SISE v4.0"), ("Duration", "5 days")))),
]

# --------------------------------------------------------------------------------------------
# BAD_INPUTS: files to refuse or survive
# --------------------------------------------------------------------------------------------


def raw_pdf(objects: Sequence[bytes], root: int = 1) -> bytes:
    """A PDF with a correct xref table around hand-written object bodies."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n" % (len(objects) + 1, root,
                                                                      xref)
    return bytes(out) + b"%%EOF\n"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_HELLO = _stream(b"BT /F1 24 Tf 72 700 Td (Certificate of Completion) Tj ET")
_HELV = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page_obj(contents: int, extra: bytes = b"") -> bytes:
    return (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >>%s >>" % (contents, extra))


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _bad_empty(folder: Path) -> Path:
    return _write(folder, "empty.pdf", b"")


def _bad_not_pdf(folder: Path) -> Path:
    img = Image.new("RGB", (64, 48), "#3366AA")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return _write(folder, "certificate.pdf", buf.getvalue())


def _clean_bytes(folder: Path, index: int = 1) -> bytes:
    sub = folder / f".src{index}"
    sub.mkdir(exist_ok=True)
    data = CLEAN_CASES[index].build(sub).read_bytes()
    for f in sub.iterdir():
        f.unlink()
    sub.rmdir()
    return data


def _bad_truncated(folder: Path) -> Path:
    data = _clean_bytes(folder)
    return _write(folder, "truncated.pdf", data[: len(data) // 2])


def _bad_garbage(folder: Path) -> Path:
    return _write(folder, "garbage.pdf", b"%PDF-1.7\n" + random.Random(7).randbytes(20_000))


def _bad_password(folder: Path) -> Path:
    e = exp(ENCOR, "2023-06-12", "2023-06-16", "NBA-2023-061777", "Anja Kristensen", LP)
    doc = simple(partner_ilt, A4_L, partner=NORTHBRIDGE, encrypt=("secret", "owner-secret"),
                 left=(("Dates", "12-16 June 2023"),),
                 right=(("Certificate No.", "NBA-2023-061777"),))(e)
    return render(doc, folder, "password.pdf")


def _bad_many_pages(folder: Path) -> Path:
    path = folder / "many_pages.pdf"
    c = Canvas(str(path), pagesize=LETTER_P, invariant=1)
    for n in range(1, 501):
        c.setFont("Helvetica", 10)
        c.drawString(72, 740, f"Training transcript \u2013 page {n} of 500")
        c.drawString(72, 720, f"Module {n}: Lab exercise {n % 37 + 1} completed")
        c.showPage()
    c.save()
    return path


def _bad_cyclic(folder: Path) -> Path:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R 5 0 R] /Count 3 >>",  # lists itself
        _page_obj(6),
        _HELV,
        b"<< /Type /Pages /Parent 5 0 R /Kids [5 0 R 2 0 R] /Count 2 >>",  # a /Kids loop
        _HELLO,
    ]
    return _write(folder, "cyclic.pdf", raw_pdf(objects))


def _bad_deep(folder: Path) -> Path:
    depth = 100_000
    deep = b"[" * depth + b"]" * depth
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page_obj(5, b" /Annots " + deep),
        _HELV,
        _HELLO,
    ]
    return _write(folder, "deep_nesting.pdf", raw_pdf(objects))


BOMB_SIZE = 200 * 1024 * 1024


def _bad_bomb(folder: Path) -> Path:
    comp = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    parts = [comp.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))]
    parts.append(comp.flush())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page_obj(5),
        _HELV,
        _stream(b"".join(parts), b" /Filter /FlateDecode"),
    ]
    return _write(folder, "decompression_bomb.pdf", raw_pdf(objects))


def _bad_blank(folder: Path) -> Path:
    path = folder / "blank.pdf"
    c = Canvas(str(path), pagesize=A4_P, invariant=1)
    c.showPage()
    c.save()
    return path


def _bad_no_pages(folder: Path) -> Path:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    return _write(folder, "no_pages.pdf", raw_pdf(objects))


def _bad_invoice(folder: Path) -> Path:
    doc = Doc((Page(LETTER_P, tuple(invoice(Frame(*LETTER_P)))),), "rl",
              meta=Meta(title="Invoice INV-2023-004211"))
    return render(doc, folder, "invoice INV-2023-004211.pdf")


BAD_INPUTS: dict[str, Callable[[Path], Path]] = {
    "empty": _bad_empty,
    "not_pdf": _bad_not_pdf,
    "truncated": _bad_truncated,
    "garbage_after_header": _bad_garbage,
    "password": _bad_password,
    "many_pages": _bad_many_pages,
    "cyclic": _bad_cyclic,
    "deep_nesting": _bad_deep,
    "decompression_bomb": _bad_bomb,
    "blank": _bad_blank,
    "no_pages": _bad_no_pages,
    "invoice": _bad_invoice,
}


def ce_credits_certificate(folder: Path) -> Path:
    """A one-date certificate that prints what it is worth ("CE Credits: 48")."""
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    for y, text in (
        (30, "Certificate of Completion"),
        (45, "This is to certify that Jane Q. Doe"),
        (55, "has successfully completed the course"),
        (65, "Implementing Cisco SD-WAN Solutions"),
        (80, "Completed on: 2024-03-08"),
        (90, "Certificate ID: SDW-2024-0042"),
        (100, "CE Credits: 48"),
    ):
        pdf.text(20, y, text)
    path = folder / "sdwan-certificate.pdf"
    pdf.output(str(path))
    return path
