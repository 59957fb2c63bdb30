"""Third blind held-out set: certificate layouts written without looking at the extractor.

Each case is a small declarative page description (points, y measured from the top of the
page to the text baseline) rendered by fpdf2 or reportlab; a few are post-processed with pypdf
(page rotation).  Layouts imitate what real certificates from Cisco U., the Networking Academy,
Cisco Learning Partners, Cisco Live, e-learning platforms, universities, vendors and
conferences look like, with their usual clutter: several dates and IDs, signatures, seals,
QR-like blocks, footers, tables, labels on the left / above / below, sentence-only wording,
non-English certificates, rotated pages, letter spacing, page-2 certificates, tiny cards and
poster-sized pages.

All people, companies, partners and codes are invented.

Public interface: `HOLDOUT_CASES` (list of `Case`) and `HOLDOUT_KINDS` (case name -> "known",
"foreign", "unknown" or "unclear").
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from certfactory import Case, Expected  # noqa: E402

# --------------------------------------------------------------------------------------------
# Page description
# --------------------------------------------------------------------------------------------

RGB = tuple[float, float, float]
BLACK: RGB = (0.0, 0.0, 0.0)
WHITE: RGB = (1.0, 1.0, 1.0)
GREY: RGB = (0.45, 0.45, 0.45)
LIGHT: RGB = (0.85, 0.85, 0.85)
NAVY: RGB = (0.05, 0.16, 0.36)
CISCO_BLUE: RGB = (0.0, 0.45, 0.72)
INK: RGB = (0.08, 0.14, 0.45)
GOLD: RGB = (0.72, 0.56, 0.18)

LETTER = (612.0, 792.0)
LETTER_L = (792.0, 612.0)
A4 = (595.28, 841.89)
A4_L = (841.89, 595.28)

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Txt:
    x: float
    y: float
    text: str
    size: float = 11.0
    face: str = "helv"  # helv | times | cour | dv | dvs | dvc | dvm
    style: str = ""  # "", "B", "I", "BI"
    align: str = "L"  # x is the left edge (L), the centre (C) or the right edge (R)
    color: RGB = BLACK
    spacing: float = 0.0  # extra space after each character (letter-spaced text)


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.8
    color: RGB = BLACK


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # top edge
    w: float
    h: float
    stroke: RGB | None = BLACK
    fill: RGB | None = None
    width: float = 1.0


@dataclass(frozen=True)
class Ring:
    cx: float
    cy: float
    r: float
    stroke: RGB | None = BLACK
    fill: RGB | None = None
    width: float = 1.0


@dataclass(frozen=True)
class Poly:
    points: tuple[tuple[float, float], ...]
    color: RGB = BLACK
    width: float = 1.0
    fill: RGB | None = None
    closed: bool = False


@dataclass(frozen=True)
class Picture:
    """Text drawn as a raster image: visible on the page, absent from the text layer."""

    x: float
    y: float  # top edge
    text: str
    size: float = 10.0
    color: RGB = BLACK
    bold: bool = False


@dataclass(frozen=True)
class FormField:
    """An AcroForm text field holding a value (reportlab only)."""

    name: str
    x: float
    y: float  # top edge
    w: float
    h: float
    value: str
    size: float = 14.0


Item = Txt | Line | Box | Ring | Poly | Picture | FormField


@dataclass(frozen=True)
class Page:
    w: float
    h: float
    items: tuple[Item, ...]
    rotate: int = 0  # 0, 90 or 270: content drawn turned, /Rotate set so it displays upright


@dataclass(frozen=True)
class Doc:
    filename: str
    producer: str  # "fpdf" | "rl"
    pages: tuple[Page, ...]
    title: str | None = None
    author: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Fonts and measuring
# --------------------------------------------------------------------------------------------

_RL_CORE = {
    ("helv", ""): "Helvetica",
    ("helv", "B"): "Helvetica-Bold",
    ("helv", "I"): "Helvetica-Oblique",
    ("helv", "BI"): "Helvetica-BoldOblique",
    ("times", ""): "Times-Roman",
    ("times", "B"): "Times-Bold",
    ("times", "I"): "Times-Italic",
    ("times", "BI"): "Times-BoldItalic",
    ("cour", ""): "Courier",
    ("cour", "B"): "Courier-Bold",
    ("cour", "I"): "Courier-Oblique",
    ("cour", "BI"): "Courier-BoldOblique",
}
_TTF_FILES = {
    "dv": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "dvs": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "dvc": (
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSansCondensed-BoldOblique",
    ),
    "dvm": (
        "DejaVuSansMono",
        "DejaVuSansMono-Bold",
        "DejaVuSansMono-Oblique",
        "DejaVuSansMono-BoldOblique",
    ),
}
_STYLES = ("", "B", "I", "BI")
_FALLBACK = {"helv": "dv", "times": "dvs", "cour": "dvm"}


@cache
def _register_rl_fonts() -> None:
    for face, files in _TTF_FILES.items():
        for style, stem in zip(_STYLES, files, strict=True):
            pdfmetrics.registerFont(TTFont(f"H3{face}{style}", str(_DEJAVU / f"{stem}.ttf")))


def _effective_face(txt: Txt, producer: str) -> str:
    """Core fonts cannot show every character: switch to the matching DejaVu face if needed."""
    if txt.face not in _FALLBACK:
        return txt.face
    encoding = "latin-1" if producer == "fpdf" else "cp1252"
    try:
        txt.text.encode(encoding)
    except UnicodeEncodeError:
        return _FALLBACK[txt.face]
    return txt.face


def _rl_font(face: str, style: str) -> str:
    if (face, style) in _RL_CORE:
        return _RL_CORE[(face, style)]
    _register_rl_fonts()
    return f"H3{face}{style}"


def _width(txt: Txt, producer: str) -> float:
    font = _rl_font(_effective_face(txt, producer), txt.style)
    return pdfmetrics.stringWidth(txt.text, font, txt.size) + txt.spacing * len(txt.text)


def _left(txt: Txt, producer: str) -> float:
    if txt.align == "C":
        return txt.x - _width(txt, producer) / 2
    if txt.align == "R":
        return txt.x - _width(txt, producer)
    return txt.x


def _picture_image(pic: Picture) -> tuple[Image.Image, float, float]:
    """Render text to an RGBA image; returns it with its size in points."""
    scale = 4
    font = ImageFont.truetype(
        str(_DEJAVU / ("DejaVuSans-Bold.ttf" if pic.bold else "DejaVuSans.ttf")),
        int(pic.size * scale),
    )
    _left, _top, right, bottom = font.getbbox(pic.text)
    img = Image.new("RGBA", (right + 4, bottom + 4), (255, 255, 255, 0))
    ImageDraw.Draw(img).text(
        (2, 2), pic.text, font=font, fill=(*_rgb255(pic.color), 255)
    )
    return img, img.width / scale, img.height / scale


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------


def _rgb255(color: RGB) -> tuple[int, int, int]:
    return (round(color[0] * 255), round(color[1] * 255), round(color[2] * 255))


def _render_fpdf(doc: Doc, path: Path) -> None:
    first = doc.pages[0]
    pdf = FPDF(unit="pt", format=(first.w, first.h))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    for face, files in _TTF_FILES.items():
        for style, stem in zip(_STYLES, files, strict=True):
            pdf.add_font(face, style, str(_DEJAVU / f"{stem}.ttf"))
    if doc.title:
        pdf.set_title(doc.title)
    if doc.author:
        pdf.set_author(doc.author)
    pdf.set_creator(doc.meta.get("creator", "fpdf2"))
    for page in doc.pages:
        if page.rotate:
            raise ValueError("rotated pages are drawn with reportlab")
        pdf.add_page(format=(page.w, page.h))
        for item in page.items:
            _draw_fpdf(pdf, item)
    pdf.output(str(path))


def _draw_fpdf(pdf: FPDF, item: Item) -> None:
    if isinstance(item, Txt):
        face = _effective_face(item, "fpdf")
        core = {"helv": "helvetica", "times": "times", "cour": "courier"}
        pdf.set_font(core.get(face, face), item.style, item.size)
        pdf.set_text_color(*_rgb255(item.color))
        pdf.set_char_spacing(item.spacing)
        pdf.text(_left(item, "fpdf"), item.y, item.text)
        pdf.set_char_spacing(0)
    elif isinstance(item, Line):
        pdf.set_draw_color(*_rgb255(item.color))
        pdf.set_line_width(item.width)
        pdf.line(item.x1, item.y1, item.x2, item.y2)
    elif isinstance(item, Box | Ring):
        style = ("D" if item.stroke else "") + ("F" if item.fill else "")
        if item.stroke:
            pdf.set_draw_color(*_rgb255(item.stroke))
        if item.fill:
            pdf.set_fill_color(*_rgb255(item.fill))
        pdf.set_line_width(item.width)
        if isinstance(item, Box):
            pdf.rect(item.x, item.y, item.w, item.h, style=style)
        else:
            pdf.ellipse(item.cx - item.r, item.cy - item.r, 2 * item.r, 2 * item.r, style=style)
    elif isinstance(item, Poly):
        pdf.set_draw_color(*_rgb255(item.color))
        pdf.set_line_width(item.width)
        if item.fill:
            pdf.set_fill_color(*_rgb255(item.fill))
        if item.closed:
            pdf.polygon(list(item.points), style="DF" if item.fill else "D")
        else:
            pdf.polyline(list(item.points), style="D")
    elif isinstance(item, Picture):
        img, w, h = _picture_image(item)
        pdf.image(img, item.x, item.y, w, h)
    else:
        raise TypeError(f"fpdf cannot draw {item!r}")


def _render_rl(doc: Doc, path: Path) -> None:
    first = doc.pages[0]
    canvas = Canvas(str(path), pagesize=(first.w, first.h))
    if doc.title:
        canvas.setTitle(doc.title)
    if doc.author:
        canvas.setAuthor(doc.author)
    canvas.setCreator(doc.meta.get("creator", "ReportLab"))
    rotations: dict[int, int] = {}
    for index, page in enumerate(doc.pages):
        height = page.h
        if page.rotate in (90, 270):
            canvas.setPageSize((page.h, page.w))
            canvas.saveState()
            if page.rotate == 90:
                canvas.translate(page.h, 0)
                canvas.rotate(90)
            else:
                canvas.translate(0, page.w)
                canvas.rotate(-90)
            rotations[index] = page.rotate
        else:
            canvas.setPageSize((page.w, page.h))
            canvas.saveState()
        for item in page.items:
            _draw_rl(canvas, item, height)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    if rotations:
        reader = PdfReader(str(path))
        writer = PdfWriter()
        for index, pdf_page in enumerate(reader.pages):
            if index in rotations:
                pdf_page.rotate(rotations[index])
            writer.add_page(pdf_page)
        writer.add_metadata(reader.metadata or {})
        with path.open("wb") as handle:
            writer.write(handle)


def _draw_rl(canvas: Canvas, item: Item, height: float) -> None:
    if isinstance(item, Txt):
        face = _effective_face(item, "rl")
        text = canvas.beginText(_left(item, "rl"), height - item.y)
        text.setFont(_rl_font(face, item.style), item.size)
        text.setFillColorRGB(*item.color)
        text.setCharSpace(item.spacing)
        text.textOut(item.text)
        canvas.drawText(text)
    elif isinstance(item, Line):
        canvas.setStrokeColorRGB(*item.color)
        canvas.setLineWidth(item.width)
        canvas.line(item.x1, height - item.y1, item.x2, height - item.y2)
    elif isinstance(item, Box | Ring):
        if item.stroke:
            canvas.setStrokeColorRGB(*item.stroke)
        if item.fill:
            canvas.setFillColorRGB(*item.fill)
        canvas.setLineWidth(item.width)
        flags = {"stroke": int(item.stroke is not None), "fill": int(item.fill is not None)}
        if isinstance(item, Box):
            canvas.rect(item.x, height - item.y - item.h, item.w, item.h, **flags)
        else:
            canvas.circle(item.cx, height - item.cy, item.r, **flags)
    elif isinstance(item, Poly):
        canvas.setStrokeColorRGB(*item.color)
        canvas.setLineWidth(item.width)
        if item.fill:
            canvas.setFillColorRGB(*item.fill)
        path = canvas.beginPath()
        (x0, y0), *rest = item.points
        path.moveTo(x0, height - y0)
        for x, y in rest:
            path.lineTo(x, height - y)
        if item.closed:
            path.close()
        canvas.drawPath(path, stroke=1, fill=int(item.fill is not None))
    elif isinstance(item, Picture):
        img, w, h = _picture_image(item)
        canvas.drawImage(ImageReader(img), item.x, height - item.y - h, w, h, mask="auto")
    elif isinstance(item, FormField):
        canvas.acroForm.textfield(
            name=item.name,
            value=item.value,
            x=item.x,
            y=height - item.y - item.h,
            width=item.w,
            height=item.h,
            fontName="Helvetica",
            fontSize=item.size,
            borderWidth=0,
            borderColor=Color(1, 1, 1),
            fillColor=Color(1, 1, 1),
            textColor=Color(0, 0, 0),
            forceBorder=False,
        )
    else:
        raise TypeError(f"reportlab cannot draw {item!r}")


def _build(doc: Doc, folder: Path) -> Path:
    path = folder / doc.filename
    if doc.producer == "fpdf":
        _render_fpdf(doc, path)
    else:
        _render_rl(doc, path)
    return path


# --------------------------------------------------------------------------------------------
# Drawing helpers (decorations that real certificates carry)
# --------------------------------------------------------------------------------------------


def _signature(x: float, y: float, w: float, seed: int, color: RGB = INK) -> Poly:
    """A scribbled signature roughly w points wide with its baseline at y."""
    rnd = random.Random(seed)
    f1, f2, amp = rnd.uniform(5, 9), rnd.uniform(11, 17), rnd.uniform(6, 11)
    points = []
    for i in range(90):
        t = i / 89
        px = x + w * t + 5 * math.sin(t * f2)
        py = y - amp * abs(math.sin(t * f1 * math.pi / 2)) * (1.1 - t * 0.6) + 2 * math.cos(
            t * f2
        )
        points.append((round(px, 2), round(py, 2)))
    return Poly(tuple(points), color=color, width=1.2)


def _sign_block(
    cx: float, y: float, name: str, title: str, seed: int, width: float = 150
) -> list[Item]:
    """Signature over a rule, the signer's printed name and role under it."""
    return [
        _signature(cx - width * 0.4, y - 6, width * 0.8, seed),
        Line(cx - width / 2, y, cx + width / 2, y, 0.6),
        Txt(cx, y + 13, name, 9.5, align="C"),
        Txt(cx, y + 25, title, 7.5, align="C", color=GREY),
    ]


def _seal(cx: float, cy: float, r: float, words: Sequence[str], color: RGB = GOLD) -> list[Item]:
    """A starburst seal with rings and a few words in the middle."""
    burst = []
    for i in range(48):
        angle = 2 * math.pi * i / 48
        radius = r * (1.12 if i % 2 == 0 else 1.0)
        burst.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    items: list[Item] = [
        Poly(tuple(burst), color=color, width=0.5, fill=(0.96, 0.9, 0.72), closed=True),
        Ring(cx, cy, r * 0.92, stroke=color, width=1.6),
        Ring(cx, cy, r * 0.78, stroke=color, width=0.6),
    ]
    start = cy - (len(words) - 1) * r * 0.13
    for i, word in enumerate(words):
        items.append(Txt(cx, start + i * r * 0.26 + r * 0.06, word, r * 0.17, "helv", "B",
                         "C", color))
    return items


def _qr(x: float, y: float, size: float, seed: int) -> list[Item]:
    """A QR-code-looking block of modules (not a real code)."""
    rnd = random.Random(seed)
    n = 25
    cell = size / n
    items: list[Item] = [Box(x, y, size, size, stroke=None, fill=WHITE)]
    finder = {(0, 0), (0, n - 7), (n - 7, 0)}
    for row in range(n):
        for col in range(n):
            if any(r0 <= row < r0 + 7 and c0 <= col < c0 + 7 for r0, c0 in finder):
                continue
            if rnd.random() < 0.48:
                items.append(Box(x + col * cell, y + row * cell, cell, cell, None, BLACK))
    for r0, c0 in finder:
        bx, by = x + c0 * cell, y + r0 * cell
        items += [
            Box(bx, by, 7 * cell, 7 * cell, None, BLACK),
            Box(bx + cell, by + cell, 5 * cell, 5 * cell, None, WHITE),
            Box(bx + 2 * cell, by + 2 * cell, 3 * cell, 3 * cell, None, BLACK),
        ]
    return items


def _frame(w: float, h: float, inset: float, color: RGB, double: bool = True) -> list[Item]:
    items: list[Item] = [Box(inset, inset, w - 2 * inset, h - 2 * inset, color, None, 2.4)]
    if double:
        d = inset + 7
        items.append(Box(d, d, w - 2 * d, h - 2 * d, color, None, 0.7))
    return items


def _corners(w: float, h: float, inset: float, size: float, color: RGB) -> list[Item]:
    items: list[Item] = []
    for x, y in ((inset, inset), (w - inset - size, inset), (inset, h - inset - size),
                 (w - inset - size, h - inset - size)):
        items.append(Box(x, y, size, size, color, color, 0.5))
    return items


def _para(
    x: float, y: float, lines: Iterable[str], size: float, leading: float, **kw: object
) -> list[Item]:
    return [Txt(x, y + i * leading, line, size, **kw) for i, line in enumerate(lines)]  # type: ignore[arg-type]


def _words(x: float, y: float, text: str, size: float, face: str = "helv", style: str = "",
           align: str = "L", color: RGB = BLACK, producer: str = "rl") -> list[Item]:
    """The text drawn one word at a time (how some producers position text)."""
    probe = Txt(x, y, text, size, face, style, align, color)
    left = _left(probe, producer)
    space = _width(Txt(0, 0, " ", size, face, style), producer)
    items: list[Item] = []
    for word in text.split(" "):
        piece = Txt(left, y, word, size, face, style, "L", color)
        items.append(piece)
        left += _width(piece, producer) + space
    return items


def _scaled(items: Iterable[Item], k: float) -> tuple[Item, ...]:
    """Blow a layout up (or shrink it) by factor k."""
    out: list[Item] = []
    for it in items:
        if isinstance(it, Txt):
            out.append(Txt(it.x * k, it.y * k, it.text, it.size * k, it.face, it.style, it.align,
                           it.color, it.spacing * k))
        elif isinstance(it, Line):
            out.append(Line(it.x1 * k, it.y1 * k, it.x2 * k, it.y2 * k, it.width * k, it.color))
        elif isinstance(it, Box):
            out.append(Box(it.x * k, it.y * k, it.w * k, it.h * k, it.stroke, it.fill,
                           it.width * k))
        elif isinstance(it, Ring):
            out.append(Ring(it.cx * k, it.cy * k, it.r * k, it.stroke, it.fill, it.width * k))
        elif isinstance(it, Poly):
            out.append(Poly(tuple((px * k, py * k) for px, py in it.points), it.color,
                            it.width * k, it.fill, it.closed))
        else:
            raise TypeError(f"cannot scale {it!r}")
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Case registry
# --------------------------------------------------------------------------------------------

HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}


def _add(name: str, kind: str, expected: Expected, doc: Doc, note: str) -> None:
    assert name not in HOLDOUT_KINDS, name
    HOLDOUT_CASES.append(Case(name, expected, partial(_build, doc), note))
    HOLDOUT_KINDS[name] = kind


def _exp(
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None,
    review: bool,
) -> Expected:
    return Expected(course, start, end, code, learner, issuer, review)


# ============================================================================================
# KNOWN issuers (English)
# ============================================================================================


def _cu_learning_path() -> Doc:
    w, h = LETTER_L
    course = "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3"
    items: list[Item] = [
        *_frame(w, h, 24, NAVY),
        Txt(60, 82, "Cisco U.", 24, "helv", "B", color=CISCO_BLUE),
        Txt(60, 96, "Learning for the network era", 8, color=GREY),
        Txt(732, 70, "Certificate ID: CU-8F3K-29QX-7T", 9, align="R"),
        Txt(732, 83, "Cisco ID: csc-42817", 9, align="R", color=GREY),
        Txt(396, 190, "CERTIFICATE OF COMPLETION", 30, "helv", "B", "C", NAVY),
        Txt(396, 235, "This certifies that", 13, align="C"),
        Txt(396, 285, "Dariusz Albrecht-Moreno", 30, "times", "I", "C"),
        Line(196, 297, 596, 297, 0.6, GREY),
        Txt(396, 330, "has completed the Cisco U. learning path", 13, align="C"),
        Txt(396, 362, course, 13.5, "helv", "B", "C"),
        Txt(396, 400, "Start date: March 4, 2025        End date: April 17, 2025", 12, align="C"),
        Txt(396, 424, "Continuing Education credits: 64", 10.5, align="C", color=GREY),
        *_sign_block(205, 515, "Renata Villalobos", "Vice President, Learning & Certifications",
                     11),
        Txt(690, 518, "Issued: April 18, 2025", 10, align="R"),
        Txt(396, 570, "Cisco and the Cisco logo are trademarks of Cisco Systems, Inc. "
                      "\u00a9 2025 Cisco Systems, Inc.", 7, align="C", color=GREY),
    ]
    return Doc("CiscoU_Certificate_ENCOR.pdf", "fpdf", (Page(w, h, tuple(items)),),
               title="Cisco U. Certificate")


_add(
    "cu_learning_path_landscape",
    "known",
    _exp("Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
         "2025-03-04", "2025-04-17", "CU-8F3K-29QX-7T", "Dariusz Albrecht-Moreno", "Cisco U.",
         False),
    _cu_learning_path(),
    "Cisco U. landscape; Cisco ID decoy next to the certificate ID; issued date after end.",
)


def _netacad_values_above() -> Doc:
    w, h = LETTER_L
    bullets = [
        "\u2022 Configure VLANs and inter-VLAN routing applying security best practices.",
        "\u2022 Troubleshoot single-area OSPFv2 in point-to-point and multiaccess networks.",
        "\u2022 Explain how network automation is enabled through RESTful APIs.",
        "\u2022 Implement standard IPv4 ACLs to filter traffic and secure administrative access.",
    ]
    items: list[Item] = [
        Box(0, 0, w, 16, None, CISCO_BLUE),
        Txt(54, 62, "Cisco Networking Academy", 15, "helv", "B", color=CISCO_BLUE),
        Txt(396, 118, "Certificate of Course Completion", 24, "helv", "", "C"),
        Txt(396, 178, "Nkechi Adebayo-Lindqvist", 28, "helv", "B", "C"),
        Txt(396, 212, "has successfully achieved student level credential for completing",
            12, align="C"),
        Txt(396, 246, "CCNA: Enterprise Networking, Security, and Automation", 18, "helv", "B",
            "C"),
        Txt(110, 288, "The student was able to proficiently:", 10, "helv", "B"),
        *_para(120, 306, bullets, 9, 14, face="dv"),
        # Old style: values above their labels.
        Txt(170, 448, "Odalys Ferreira-Baum", 11, align="C"),
        Txt(396, 448, "Vale do Rio Technical College", 11, align="C"),
        Txt(622, 448, "Dec 12, 2024", 11, align="C"),
        Line(80, 456, 260, 456, 0.5),
        Line(306, 456, 486, 456, 0.5),
        Line(532, 456, 712, 456, 0.5),
        Txt(170, 470, "Instructor", 9, align="C", color=GREY),
        Txt(396, 470, "Academy Name", 9, align="C", color=GREY),
        Txt(622, 470, "Date", 9, align="C", color=GREY),
        *_sign_block(396, 540, "Marisela Dunford-Okoye", "Director, Cisco Networking Academy",
                     22, 170),
        Txt(738, 590, "netacad.com", 8, align="R", color=GREY),
    ]
    return Doc("Certificate_of_Completion.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "netacad_values_above",
    "known",
    _exp("CCNA: Enterprise Networking, Security, and Automation", None, "2024-12-12", None,
         "Nkechi Adebayo-Lindqvist", "Cisco Networking Academy", True),
    _netacad_values_above(),
    "NetAcad course certificate, skills bullets, instructor/academy/date values above labels; "
    "no code.",
)


def _clp_table_a4() -> Doc:
    w, h = A4
    rows = [
        ("Participant", ["Ingrid Solvang-Achterberg"]),
        ("Course", ["Implementing and Operating Cisco Security Core",
                    "Technologies (SCOR) v1.1"]),
        ("Course code", ["SCOR"]),
        ("Dates", ["14.10.2024 \u2013 18.10.2024"]),
        ("Duration", ["5 days (40 hours)"]),
        ("Delivery", ["Virtual Classroom (CET)"]),
        ("Trainer", ["Benedikt Oyelaran (Trainer ID CCSI-31877)"]),
        ("Certificate No.", ["HNT-2024-10-55731"]),
        ("Customer order", ["PO 4500192277"]),
    ]
    items: list[Item] = [
        Box(50, 46, 36, 36, None, (0.0, 0.5, 0.55)),
        Txt(96, 66, "HALVORSEN", 18, "helv", "B", color=(0.0, 0.5, 0.55)),
        Txt(96, 79, "NETWORK TRAINING", 8, spacing=2.2, color=GREY),
        Txt(545, 64, "Cisco Learning Partner", 10, "helv", "B", "R", CISCO_BLUE),
        Txt(545, 76, "Gold Certified", 8, align="R", color=GREY),
        Txt(297.6, 170, "Certificate of Attendance", 26, "times", "B", "C"),
        Line(70, 198, 525, 198, 1.2, (0.0, 0.5, 0.55)),
    ]
    y = 230.0
    for label, values in rows:
        items.append(Txt(80, y, label, 10.5, "helv", "B", color=GREY))
        for i, value in enumerate(values):
            items.append(Txt(210, y + i * 14, value, 11))
        y += 14 * (len(values) - 1) + 12
        items.append(Line(76, y - 4, 525, y - 4, 0.3, LIGHT))
        y += 14
    items += [
        *_para(80, y + 20, [
            "Halvorsen Network Training Ltd. is an authorized Cisco Learning Partner. This course",
            "is listed in the Cisco Continuing Education item catalog; submit it at ce.cisco.com",
            "within 90 days of the course end date.",
        ], 9, 12, color=GREY),
        *_sign_block(420, 690, "Solveig Brandvold", "Managing Director", 33),
        Line(40, 790, 555, 790, 0.4, LIGHT),
        Txt(297.6, 804, "Halvorsen Network Training Ltd. \u00b7 14 Harbour Street \u00b7 Bergen "
                        "\u00b7 Printed on 21.10.2024", 7, align="C", color=GREY),
    ]
    return Doc("HNT_certificate_55731.pdf", "rl", (Page(w, h, tuple(items)),),
               title="Certificate of Attendance")


_add(
    "clp_table_a4",
    "known",
    _exp("Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1",
         "2024-10-14", "2024-10-18", "HNT-2024-10-55731", "Ingrid Solvang-Achterberg",
         "Cisco Learning Partner", False),
    _clp_table_a4(),
    "Partner A4 table, course title wrapped over two rows, dotted dates, trainer ID, PO number, "
    "printed-on date.",
)


def _clp_sentence() -> Doc:
    w, h = LETTER_L
    maroon = (0.45, 0.08, 0.12)
    items: list[Item] = [
        *_frame(w, h, 20, maroon),
        *_corners(w, h, 20, 14, maroon),
        Txt(396, 88, "ARKWELL LEARNING", 14, "helv", "B", "C", maroon, spacing=3),
        Txt(396, 160, "Certiﬁcate of Completion", 36, "dvs", "I", "C"),
        Txt(396, 225, "This is to certify that PRIYA RAMANATHAN attended and successfully "
                      "completed", 14, "times", "", "C"),
        Txt(396, 262, "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", 18, "times", "B",
            "C"),
        Txt(396, 298, "from 9 to 13 September 2024, delivered as a virtual instructor-led class.",
            14, "times", "", "C"),
        Txt(396, 322, "Arkwell Learning is a Cisco Gold Learning Partner.", 12, "times", "I",
            "C", GREY),
        *_sign_block(230, 450, "Cornelius Ebbesen", "Lead Instructor, CCSI #40219", 44),
        *_sign_block(562, 450, "Harriet Mwangi-Lowe", "Director of Education", 45),
        *_seal(396, 440, 42, ["ARKWELL", "2024"], maroon),
        Txt(60, 560, "Certificate Number: AKW-77310-S", 9),
        Txt(60, 572, "Student ID: 558201", 9, color=GREY),
        Txt(732, 572, "arkwell-learning.example", 8, align="R", color=GREY),
    ]
    return Doc("ENSDWI_completion.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "clp_sentence_inline_name",
    "known",
    _exp("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "2024-09-09", "2024-09-13",
         "AKW-77310-S", "PRIYA RAMANATHAN", "Cisco Learning Partner", False),
    _clp_sentence(),
    "Sentence-only partner certificate: upper-case name inside the sentence, 'from 9 to 13 "
    "September 2024', ligature title, seal between signatures, student ID under the code.",
)


def _clp_verify_url() -> Doc:
    w, h = A4
    dark = (0.1, 0.12, 0.2)
    items: list[Item] = [
        Box(0, 0, w, 92, None, dark),
        Txt(40, 50, "KESTREL SOLUTIONS", 20, "helv", "B", color=WHITE),
        Txt(40, 68, "IT Training & Certification since 2004", 8.5, color=LIGHT),
        Txt(555, 50, "Cisco Learning Partner", 11, "helv", "B", "R", WHITE),
        Txt(555, 64, "Authorized Training Provider", 8, align="R", color=LIGHT),
        Txt(297.6, 170, "CERTIFICATE", 40, "helv", "B", "C", dark),
        Txt(297.6, 194, "OF TRAINING COMPLETION", 13, "helv", "", "C", GREY, spacing=4),
        Txt(297.6, 250, "Awarded to", 12, "times", "I", "C"),
        Txt(297.6, 290, "Rohan Subramaniam Iyer", 26, "times", "B", "C"),
        Line(150, 300, 445, 300, 0.6, GREY),
        Txt(297.6, 334, "for successfully completing the instructor-led course", 12, align="C"),
        Txt(297.6, 362, "Implementing and Operating Cisco Data Center Core Technologies",
            14, "helv", "B", "C"),
        Txt(297.6, 380, "(DCCOR) v1.2", 14, "helv", "B", "C"),
        *_para(60, 440, [
            "Enrollment ID: KS-EN-2025-884213",
            "Order No: 71120983",
            "Duration: 02-Jun-2025 to 06-Jun-2025",
            "Mode: Live Online (IST)",
            "Trainer: Ananya Deshpande",
        ], 10, 16),
        *_qr(430, 430, 100, 5),
        Txt(480, 546, "Scan to verify", 7.5, align="C", color=GREY),
        *_sign_block(160, 650, "Vikramaditya Sen", "Head \u2013 Learning Delivery", 55),
        Txt(440, 653, "Date of Issue: 09-Jun-2025", 10, align="C"),
        Line(30, 770, 565, 770, 0.4, LIGHT),
        Txt(297.6, 786, "Verify at https://verify.kestrel-solutions.example/cert/KX94-LL20-0Q7M",
            8, align="C", color=GREY),
        Txt(297.6, 798, "Kestrel Solutions Pvt. Ltd. \u00b7 Registered office: Sector 62, Noida",
            7, align="C", color=GREY),
    ]
    return Doc("Kestrel_DCCOR_Certificate.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "clp_code_only_in_verify_url",
    "known",
    _exp("Implementing and Operating Cisco Data Center Core Technologies (DCCOR) v1.2",
         "2025-06-02", "2025-06-06", "KX94-LL20-0Q7M", "Rohan Subramaniam Iyer",
         "Cisco Learning Partner", False),
    _clp_verify_url(),
    "Portrait partner certificate with dark banner, course title over two lines, enrollment ID "
    "and order number, QR block, code only at the end of the verify URL, issue date.",
)


def _ciscolive_session() -> Doc:
    w, h = LETTER
    teal = (0.0, 0.6, 0.6)
    rows = [
        ("Session ID", "BRKENS-2092"),
        ("Session date", "February 11, 2025"),
        ("Duration", "90 minutes"),
        ("Speaker", "Ruair\u00ed O'Donnell-Sato"),
        ("Badge ID", "4417230"),
        ("Validation Code", "CLEU25-7H2KQ"),
        ("CE credits", "2"),
    ]
    items: list[Item] = [
        Box(0, 0, w, 150, None, (0.02, 0.1, 0.25)),
        Txt(306, 70, "Cisco Live", 34, "helv", "B", "C", WHITE),
        Txt(306, 98, "Amsterdam  |  February 9\u201314, 2025", 13, align="C", color=teal),
        Txt(306, 215, "Certificate of Attendance", 24, "helv", "", "C"),
        Txt(306, 260, "Presented to", 11, align="C", color=GREY),
        Txt(306, 292, "Beno\u00eet Lacroix-Hamadi", 24, "helv", "B", "C"),
        Txt(306, 330, "for attending the technical breakout session", 11, align="C",
            color=GREY),
        Txt(306, 360, "Troubleshooting Catalyst 9000 Series Switches", 16, "helv", "B", "C"),
    ]
    y = 420.0
    for label, value in rows:
        items += [
            Txt(300, y, label, 10.5, "helv", "B", "R", GREY),
            Txt(318, y, value, 10.5),
        ]
        y += 22
    items += [
        Line(306, 405, 306, y - 12, 0.4, LIGHT),
        Txt(306, 700, "Use the validation code when submitting this session on the Cisco "
                      "Continuing Education portal.", 8, align="C", color=GREY),
        Txt(306, 760, "\u00a9 2025 Cisco Systems, Inc. All rights reserved.", 7, align="C",
            color=GREY),
    ]
    return Doc("CiscoLive_Attendance_BRKENS-2092.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "ciscolive_single_session",
    "known",
    _exp("Troubleshooting Catalyst 9000 Series Switches", "2025-02-11", "2025-02-11",
         "CLEU25-7H2KQ", "Beno\u00eet Lacroix-Hamadi", "Cisco Live", False),
    _ciscolive_session(),
    "Cisco Live attendance for one session: event range in the banner, session date in a "
    "right/left aligned table with badge ID and session ID decoys.",
)


def _udemy() -> Doc:
    w, h = LETTER_L
    purple = (0.64, 0.2, 0.93)
    code = "UC-3f6c1e2a-8b4d-4d71-9a0e-2c5b7d9e1f04"
    items: list[Item] = [
        Txt(54, 70, "Udemy", 24, "helv", "B", color=purple),
        Txt(738, 58, f"Certificate no: {code}", 8, align="R", color=GREY),
        Txt(738, 70, f"Certificate url: ude.my/{code}", 8, align="R", color=GREY),
        Txt(738, 82, "Reference Number: 0004", 8, align="R", color=GREY),
        Txt(54, 200, "CERTIFICATE OF COMPLETION", 10, "helv", "B", color=GREY, spacing=1.5),
        Txt(54, 245, "Cisco CCNP Enterprise ENCOR 350-401:", 30, "helv", "B"),
        Txt(54, 281, "Complete Hands-On Course", 30, "helv", "B"),
        Txt(54, 322, "Instructors", 11, "helv", "B"),
        Txt(128, 322, "Hamid Okonkwo, Luc\u00eda Brandt", 11),
        Txt(54, 470, "Sebasti\u00e1n Arrieta Vidal", 28, "helv", "B"),
        Txt(54, 500, "Date", 11, "helv", "B"),
        Txt(100, 500, "Aug. 14, 2024", 11),
        Txt(54, 518, "Length", 11, "helv", "B"),
        Txt(100, 518, "22.5 total hours", 11),
    ]
    return Doc(f"{code}.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "udemy_classic",
    "known",
    _exp("Cisco CCNP Enterprise ENCOR 350-401: Complete Hands-On Course", None, "2024-08-14",
         "UC-3f6c1e2a-8b4d-4d71-9a0e-2c5b7d9e1f04", "Sebasti\u00e1n Arrieta Vidal", "Udemy",
         True),
    _udemy(),
    "Udemy style: code and URL tiny at top right with a reference number, title over two big "
    "lines, bold labels left of values, single date.",
)


def _coursera() -> Doc:
    w, h = LETTER_L
    blue = (0.0, 0.34, 0.82)
    items: list[Item] = [
        Box(560, 0, 232, h, None, (0.93, 0.94, 0.96)),
        Txt(676, 120, "SPECIALIZATION", 12, "helv", "B", "C", GREY, spacing=2),
        Txt(676, 138, "CERTIFICATE", 12, "helv", "B", "C", GREY, spacing=2),
        *_seal(676, 250, 60, ["COURSERA", "4 COURSES"], blue),
        Txt(60, 72, "coursera", 22, "helv", "B", color=blue),
        Txt(60, 124, "Mar 3, 2025", 11),
        Txt(60, 192, "Thandiwe Mokoena-Reyes", 30, "times"),
        Txt(60, 226, "has successfully completed the online, non-credit Specialization", 11),
        Txt(60, 266, "Network Automation with Python and Ansible", 22, "helv", "B"),
        *_para(60, 300, [
            "In this Specialization learners automated configuration and verification of",
            "multi-vendor networks with Python, Netmiko, NETCONF/RESTCONF and Ansible,",
            "and built a small CI pipeline for network changes. Oﬀered by Hollowmere University.",
        ], 9, 12, face="dv", color=GREY),
        *_sign_block(150, 470, "Prof. Ilse Vandersteen", "Hollowmere University", 66),
        *_sign_block(390, 470, "Dr. Kaveh Ashrafi", "Hollowmere University", 67),
        Txt(676, 560, "Verify this certificate at:", 8, align="C", color=GREY),
        Txt(676, 572, "coursera.org/verify/specialization/ZK4T9QW2LMNB", 7.5, align="C",
            color=GREY),
    ]
    return Doc("Coursera ZK4T9QW2LMNB.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "coursera_specialization",
    "known",
    _exp("Network Automation with Python and Ansible", None, "2025-03-03", "ZK4T9QW2LMNB",
         "Thandiwe Mokoena-Reyes", "Coursera", True),
    _coursera(),
    "Coursera specialization: date top-left with no label, description paragraph, two signers, "
    "side panel seal, code only in the verify URL.",
)


def _linkedin() -> Doc:
    w, h = LETTER_L
    items: list[Item] = [
        Box(0, 0, w, 8, None, (0.04, 0.4, 0.76)),
        Txt(60, 70, "LinkedIn Learning", 14, "helv", "B", color=(0.04, 0.4, 0.76)),
        Txt(60, 150, "Certificate of Completion", 26, "helv", "B"),
        Txt(60, 200, "Congratulations, Tomasz W\u00f3jcik", 22),
        Txt(60, 250, "Cisco CCNP Enterprise (350-401) Cert Prep: 3 Network Assurance", 16,
            "helv", "B"),
        Txt(60, 276, "Course completed on Jan 28, 2025 at 10:42AM UTC", 11, color=GREY),
        *_para(60, 310, [
            "By continuing to learn, you have expanded your perspective, sharpened your skills,",
            "and made yourself even more in demand.",
        ], 10, 13),
        Box(540, 130, 200, 110, LIGHT, None, 0.6),
        Txt(552, 150, "Top skills covered", 10, "helv", "B"),
        *_para(552, 168, ["Network Monitoring", "Cisco IOS", "NetFlow", "SNMP"], 9, 13),
        *_sign_block(150, 430, "Marisol Qadri", "Head of Content Strategy, Learning", 77, 160),
        *_para(60, 520, [
            "LinkedIn Learning is registered with the National Association of State Boards of "
            "Accountancy (NASBA) as a sponsor of continuing professional education.",
            "NASBA Sponsor ID #: 191178   Field of Study: Information Technology   "
            "CPE Credits: 1.4   Delivery method: QAS Self Study",
        ], 7, 10, color=GREY),
        Txt(738, 580, "Certificate Id: AbXk4QmT9zL0pRsW2vY7nC8e", 8, align="R"),
    ]
    return Doc("CertificateOfCompletion_Cisco CCNP Enterprise 350401 Cert Prep 3.pdf", "rl",
               (Page(w, h, tuple(items)),))


_add(
    "linkedin_learning_nasba",
    "known",
    _exp("Cisco CCNP Enterprise (350-401) Cert Prep: 3 Network Assurance", None, "2025-01-28",
         "AbXk4QmT9zL0pRsW2vY7nC8e", "Tomasz W\u00f3jcik", "LinkedIn Learning", True),
    _linkedin(),
    "LinkedIn Learning: name inside 'Congratulations, …', date with a time, NASBA sponsor ID "
    "decoy, skills box, certificate id bottom right.",
)


def _pluralsight() -> Doc:
    w, h = A4_L
    pink = (0.94, 0.2, 0.5)
    bg = (0.09, 0.09, 0.12)
    course = "CCNP Security: Implementing and Operating Cisco Security Core Technologies"
    items: list[Item] = [
        Box(0, 0, w, h, None, bg),
        Box(0, h - 10, w, 10, None, pink),
        Txt(70, 80, "PLURALSIGHT", 16, "helv", "B", color=pink, spacing=3),
        Txt(70, 170, "Certificate of Completion", 30, "helv", "", color=WHITE),
        Txt(70, 220, "This certifies that", 12, color=LIGHT),
        Txt(70, 262, "Oluwaseun Bergstr\u00f6m", 32, "helv", "B", color=WHITE),
        Txt(70, 300, "has completed the path", 12, color=LIGHT),
        *_words(70, 334, course, 16, "helv", "B", color=WHITE, producer="fpdf"),
        Txt(70, 440, "STARTED", 8, "helv", "B", color=GREY, spacing=1.5),
        Txt(70, 458, "2 Jan 2025", 13, color=WHITE),
        Txt(250, 440, "COMPLETED", 8, "helv", "B", color=GREY, spacing=1.5),
        Txt(250, 458, "19 Feb 2025", 13, color=WHITE),
        Txt(430, 440, "TOTAL COURSE HOURS", 8, "helv", "B", color=GREY, spacing=1.5),
        Txt(430, 458, "31h 12m", 13, color=WHITE),
        Txt(610, 440, "CREDENTIAL ID", 8, "helv", "B", color=GREY, spacing=1.5),
        Txt(610, 458, "ps-7731-a9c4-e0", 13, color=WHITE),
        Txt(70, 545, "Verify credentials at app.pluralsight.example/achievements/verify", 8,
            color=GREY),
    ]
    return Doc("pluralsight-certificate.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "pluralsight_dark_labels_above",
    "known",
    _exp("CCNP Security: Implementing and Operating Cisco Security Core Technologies",
         "2025-01-02", "2025-02-19", "ps-7731-a9c4-e0", "Oluwaseun Bergstr\u00f6m",
         "Pluralsight", False),
    _pluralsight(),
    "Dark Pluralsight page, course drawn word by word, four small letter-spaced labels above "
    "their values (started, completed, hours, credential ID).",
)


def _ine() -> Doc:
    w, h = 960.0, 540.0
    orange = (0.98, 0.45, 0.1)
    bg = (0.04, 0.07, 0.16)
    items: list[Item] = [
        Box(0, 0, w, h, None, bg),
        Txt(60, 90, "INE", 40, "helv", "B", color=orange),
        Txt(60, 150, "CERTIFICATE OF COMPLETION", 12, "helv", "B", color=LIGHT, spacing=3),
        Txt(60, 205, "Mireille Kouassi-Brandt", 32, "helv", "B", color=WHITE),
        Txt(60, 250, "Learning Path", 10, color=GREY),
        Txt(60, 280, "CCIE Enterprise Infrastructure", 24, color=WHITE),
        # labels only as pictures: the text layer holds bare values
        Picture(60, 360, "Completed", 9, LIGHT),
        Txt(60, 392, "2025-04-27", 14, color=WHITE),
        Picture(250, 360, "Issued", 9, LIGHT),
        Txt(250, 392, "2025-04-30", 14, color=WHITE),
        Picture(440, 360, "Credential ID", 9, LIGHT),
        Txt(440, 392, "INE-ENT-5Z8Q3", 14, color=WHITE),
        Picture(680, 360, "Training hours", 9, LIGHT),
        Txt(680, 392, "142", 14, color=WHITE),
        *_qr(820, 60, 90, 9),
        Txt(60, 500, "ine.com", 9, color=GREY),
    ]
    return Doc("INE_Certificate.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "ine_picture_labels",
    "known",
    _exp("CCIE Enterprise Infrastructure", None, "2025-04-27", "INE-ENT-5Z8Q3",
         "Mireille Kouassi-Brandt", "INE", True),
    _ine(),
    "16:9 dark INE certificate whose labels (Completed/Issued/Credential ID) are images; "
    "the text layer has two bare ISO dates side by side.",
)


def _cbt() -> Doc:
    w, h = LETTER
    green = (0.1, 0.55, 0.3)
    items: list[Item] = [
        *_frame(w, h, 28, green, double=False),
        Txt(306, 100, "CBT Nuggets", 26, "helv", "B", "C", green),
        *_seal(510, 110, 38, ["CBT", "NUGGETS"], green),
        Txt(306, 200, "Certificate of Completion", 24, "times", "B", "C"),
        Txt(306, 250, "Awarded to", 12, "times", "I", "C"),
        Txt(306, 292, "Garrett Whitfield-Nakamura", 26, "times", "", "C"),
        Line(150, 304, 462, 304, 0.6),
        Txt(306, 340, "for completing the online training course", 12, "times", "I", "C"),
        Txt(306, 374, "CCNA (200-301) Online Training", 18, "helv", "B", "C"),
        Txt(306, 420, "Trainer: Keith Barrowman        Training hours: 68", 11, align="C"),
        Txt(306, 470, "Completed 07/19/2024", 12, align="C"),
        *_sign_block(306, 600, "Dwight Halvorsen", "Chief Learning Officer, CBT Nuggets", 88),
        Txt(60, 730, "Certificate ID: CBTN-5521-LX8", 9),
        Txt(552, 730, "Account #: 00991277", 9, align="R", color=GREY),
    ]
    return Doc("cbtnuggets_ccna_certificate.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "cbt_nuggets_us_numeric",
    "known",
    _exp("CCNA (200-301) Online Training", None, "2024-07-19", "CBTN-5521-LX8",
         "Garrett Whitfield-Nakamura", "CBT Nuggets", True),
    _cbt(),
    "Portrait CBT Nuggets style: trainer name and hours on one line, numeric 07/19/2024 "
    "(month first settled by 19), account number decoy.",
)


def _skillsoft() -> Doc:
    w, h = LETTER_L
    orange = (0.93, 0.42, 0.13)
    items: list[Item] = [
        Box(0, 0, 230, h, None, orange),
        Txt(115, 110, "skillsoft", 30, "helv", "B", "C", WHITE),
        Txt(115, 132, "percipio", 12, "helv", "", "C", WHITE, spacing=2),
        *_seal(115, 420, 55, ["SKILLSOFT", "VERIFIED"], WHITE),
        Txt(270, 110, "CERTIFICATE OF COMPLETION", 20, "helv", "B", color=(0.2, 0.2, 0.2),
            spacing=1),
        Txt(270, 180, "Svetlana Kuznetsova-Ortiz", 28, "times", "B"),
        Txt(270, 215, "has successfully completed", 12, color=GREY),
        Txt(270, 250, "Cisco CCNA 200-301: IP Connectivity and Routing", 17, "helv", "B"),
        Txt(270, 310, "Completed: March 4, 2025", 11),
        Txt(470, 310, "Duration: 1h 12m", 11),
        Txt(270, 330, "Printed on: March 20, 2025", 9, color=GREY),
        *_sign_block(400, 460, "Desmond Farraday-Ng", "Chief Learning Officer", 99),
        Txt(270, 560, "Verification: https://skillsoft.digitalbadge.example/verify/SK-77A1-02BF",
            8, color=GREY),
    ]
    return Doc("Skillsoft_Certificate_of_Completion.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "skillsoft_side_band",
    "known",
    _exp("Cisco CCNA 200-301: IP Connectivity and Routing", None, "2025-03-04", "SK-77A1-02BF",
         "Svetlana Kuznetsova-Ortiz", "Skillsoft", True),
    _skillsoft(),
    "Coloured left band with seal, completion date and printed-on date, code only in a "
    "verification URL.",
)


def _cu_rotated() -> Doc:
    w, h = LETTER_L
    items: list[Item] = [
        Box(0, 0, w, 70, None, CISCO_BLUE),
        Txt(40, 45, "Cisco U.", 22, "helv", "B", color=WHITE),
        Txt(752, 45, "Course Completion Certificate", 14, "helv", "", "R", WHITE),
        Txt(40, 120, "Learner", 9, color=GREY),
        Txt(40, 136, "Ashwin Castellanos-Pillai", 16, "helv", "B"),
        Txt(40, 170, "Course", 9, color=GREY),
        Txt(40, 186, "Implementing Cisco Enterprise Wireless Networks (ENWLSI) v1.1", 14,
            "helv", "B"),
        Txt(40, 220, "Course dates", 9, color=GREY),
        Txt(40, 236, "2024-11-04 \u2013 2024-11-29", 13),
        Line(470, 270, 470, 420, 0.5, LIGHT),
        Txt(40, 300, "Validation code:", 10, "helv", "B"),
        Txt(140, 300, "CDL-4Q7M-ZZ81", 10),
        Txt(40, 318, "CE credits:", 10, "helv", "B"),
        Txt(140, 318, "40", 10),
        Txt(490, 300, "Order number:", 10, "helv", "B", color=GREY),
        Txt(580, 300, "0091824471", 10, color=GREY),
        Txt(490, 318, "Generated:", 10, "helv", "B", color=GREY),
        Txt(580, 318, "2024-12-02 08:14 UTC", 10, color=GREY),
        *_sign_block(600, 500, "Renata Villalobos", "Cisco Learning & Certifications", 101),
        Txt(40, 590, "u.cisco.com", 8, color=GREY),
    ]
    return Doc("cisco_u_certificate.pdf", "rl", (Page(w, h, tuple(items), rotate=90),))


_add(
    "cu_rotated_page",
    "known",
    _exp("Implementing Cisco Enterprise Wireless Networks (ENWLSI) v1.1", "2024-11-04",
         "2024-11-29", "CDL-4Q7M-ZZ81", "Ashwin Castellanos-Pillai", "Cisco U.", False),
    _cu_rotated(),
    "Portrait media box with /Rotate 90 carrying a landscape Cisco U. certificate; labels above "
    "values, order number and generated timestamp decoys.",
)


def _clp_page2() -> Doc:
    letter = [
        Txt(60, 70, "Veltrix Training Solutions", 18, "helv", "B", color=NAVY),
        Txt(60, 86, "2200 Corporate Loop, Suite 410 \u00b7 Raleigh, NC 27606", 8.5, color=GREY),
        Txt(552, 130, "June 30, 2025", 10.5, align="R"),
        Txt(552, 146, "Invoice #INV-44817", 10.5, align="R"),
        Txt(60, 200, "Dear Ms. Okafor-Svensson,", 11),
        *_para(60, 230, [
            "Thank you for attending your recent instructor-led class with Veltrix Training",
            "Solutions, a Cisco Learning Partner. Your certificate of completion is attached on",
            "the following page.",
            "",
            "To claim Cisco Continuing Education credits, submit the course on the CE portal",
            "within 90 days of its last day, using the certificate code printed on your",
            "certificate. Your enrolment reference for any questions is ENR-2025-06-3391.",
            "",
            "We hope to see you again soon.",
        ], 11, 16),
        Txt(60, 420, "Sincerely,", 11),
        _signature(60, 452, 110, 121),
        Txt(60, 470, "Lorenzo Achebe", 11),
        Txt(60, 484, "Customer Success Manager", 9, color=GREY),
    ]
    w, h = LETTER_L
    cert: list[Item] = [
        *_frame(w, h, 26, NAVY),
        Txt(396, 84, "VELTRIX TRAINING SOLUTIONS", 13, "helv", "B", "C", NAVY, spacing=2),
        Txt(396, 100, "Cisco Learning Partner", 9, align="C", color=CISCO_BLUE),
        Txt(396, 170, "Certificate of Completion", 32, "times", "B", "C"),
        Txt(396, 226, "Chidinma Okafor-Svensson", 26, "times", "I", "C"),
        Txt(396, 262, "has completed", 12, align="C"),
        Txt(396, 296, "Implementing Cisco Application Centric Infrastructure (DCACI) v1.2",
            16, "helv", "B", "C"),
        Txt(396, 330, "June 23 \u2013 27, 2025", 13, align="C"),
        Txt(396, 352, "Live virtual classroom \u00b7 5 days", 10, align="C", color=GREY),
        *_sign_block(230, 470, "Fenwick Oduya", "Instructor (Instructor ID 20931)", 122),
        *_seal(562, 455, 40, ["VELTRIX", "CERTIFIED"], NAVY),
        Txt(396, 548, "Certificate Code: VTX-DCACI-0625-1182", 10, align="C"),
    ]
    return Doc("Veltrix_DCACI_Certificate_and_Letter.pdf", "fpdf",
               (Page(*LETTER, tuple(letter)), Page(w, h, tuple(cert))))


_add(
    "clp_page2_after_letter",
    "known",
    _exp("Implementing Cisco Application Centric Infrastructure (DCACI) v1.2", "2025-06-23",
         "2025-06-27", "VTX-DCACI-0625-1182", "Chidinma Okafor-Svensson",
         "Cisco Learning Partner", False),
    _clp_page2(),
    "Cover letter on page 1 (letter date, invoice, enrolment ref, greeting with the surname), "
    "landscape certificate on page 2 with 'June 23 – 27, 2025'.",
)


def _clp_poster() -> Doc:
    base_w, base_h = A4_L
    purple = (0.3, 0.12, 0.45)
    items: list[Item] = [
        *_frame(base_w, base_h, 18, purple),
        Txt(421, 110, "CERTIFICATE", 36, "times", "B", "C", purple, spacing=12),
        Txt(421, 140, "OF ACHIEVEMENT", 14, "helv", "", "C", GREY, spacing=6),
        Txt(421, 200, "Presented to", 12, "times", "I", "C"),
        Txt(421, 250, "Marguerite Okafor", 30, "times", "", "C", spacing=4),
        Line(250, 262, 592, 262, 0.6, GREY),
        Txt(421, 300, "for the successful completion of", 12, "times", "I", "C"),
        Txt(421, 336, "Designing Cisco Enterprise Networks (ENSLD) v1.1", 20, "helv", "B", "C"),
        Txt(421, 372, "AUGUST 11-15, 2024", 13, "helv", "B", "C", spacing=2),
        Txt(421, 400, "Presented by Quillon Academy, an authorized Cisco Learning Partner", 10,
            "times", "I", "C", GREY),
        *_seal(421, 470, 46, ["QUILLON", "ACADEMY"], purple),
        *_sign_block(200, 495, "Anselm Petrakis", "Certified Cisco Systems Instructor", 131),
        *_sign_block(642, 495, "Yolanda Strand", "Training Manager", 132),
        Txt(60, 560, "Certificate #: 2024-ENSLD-30417", 9),
        Txt(782, 560, "quillon-academy.example", 8, align="R", color=GREY),
    ]
    k = 2384.0 / base_w
    return Doc("Quillon-ENSLD-certificate.pdf", "rl",
               (Page(base_w * k, base_h * k, _scaled(items, k)),))


_add(
    "clp_poster_letterspaced",
    "known",
    _exp("Designing Cisco Enterprise Networks (ENSLD) v1.1", "2024-08-11", "2024-08-15",
         "2024-ENSLD-30417", "Marguerite Okafor", "Cisco Learning Partner", False),
    _clp_poster(),
    "A1-sized page (2384 pt wide), letter-spaced heading and learner name, upper-case "
    "'AUGUST 11-15, 2024', code starting with a year.",
)


def _cu_ce_transcript() -> Doc:
    w, h = A4
    items: list[Item] = [
        Txt(40, 60, "Cisco U.", 20, "helv", "B", color=CISCO_BLUE),
        Txt(555, 52, "Statement of Completion", 12, "helv", "B", "R"),
        Txt(555, 66, "Generated 2025-05-06", 8, align="R", color=GREY),
        Line(40, 80, 555, 80, 0.8, CISCO_BLUE),
        Txt(40, 120, "Name", 9, color=GREY),
        Txt(150, 120, "Lindiwe Abernethy", 11, "helv", "B"),
        Txt(40, 138, "Cisco ID", 9, color=GREY),
        Txt(150, 138, "lindiwe.abernethy.7", 11),
        Txt(40, 156, "Candidate ID", 9, color=GREY),
        Txt(150, 156, "CSCO13377901", 11),
        # two-column table
        Box(40, 190, 515, 22, None, (0.9, 0.95, 0.98)),
        Txt(48, 205, "Item", 9, "helv", "B"),
        Txt(330, 205, "Started", 9, "helv", "B"),
        Txt(410, 205, "Completed", 9, "helv", "B"),
        Txt(490, 205, "CE credits", 9, "helv", "B"),
        Txt(48, 232, "Understanding Cisco Network Automation Essentials", 9.5),
        Txt(48, 244, "(DEVNAE) v1.0", 9.5),
        Txt(330, 232, "12 Feb 2025", 9.5),
        Txt(410, 232, "28 Apr 2025", 9.5),
        Txt(490, 232, "16", 9.5),
        Line(40, 254, 555, 254, 0.3, LIGHT),
        Txt(40, 290, "Certificate validation code", 9, color=GREY),
        Txt(40, 306, "CU-DEVNAE-7R2W-0K4P", 13, "cour", "B"),
        Txt(40, 350, "Exam number 200-901 is not included in this statement.", 8, color=GREY),
        Line(40, 800, 555, 800, 0.3, LIGHT),
        Txt(40, 812, "Page 1 of 1", 7, color=GREY),
    ]
    return Doc("statement_devnae.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "cu_statement_table",
    "known",
    _exp("Understanding Cisco Network Automation Essentials (DEVNAE) v1.0", "2025-02-12",
         "2025-04-28", "CU-DEVNAE-7R2W-0K4P", "Lindiwe Abernethy", "Cisco U.", False),
    _cu_ce_transcript(),
    "Statement-style A4: identity block with Cisco ID and candidate ID, a one-row table with "
    "column headers (started/completed), code below its label, exam number in a footnote.",
)


# ============================================================================================
# UNKNOWN issuers (English)
# ============================================================================================


def _university() -> Doc:
    w, h = LETTER
    crimson = (0.55, 0.05, 0.1)
    items: list[Item] = [
        *_frame(w, h, 30, crimson),
        Txt(306, 100, "LAKESHORE STATE UNIVERSITY", 20, "times", "B", "C", crimson, spacing=1),
        Txt(306, 122, "School of Professional and Continuing Studies", 12, "times", "I", "C"),
        Txt(306, 200, "Certificate of Completion", 28, "times", "", "C"),
        Txt(306, 245, "is hereby awarded to", 12, "times", "I", "C"),
        Txt(306, 290, "Fernando Quispe Mamani", 26, "times", "B", "C"),
        Txt(306, 330, "for satisfactorily completing the non-credit course", 12, "times", "I",
            "C"),
        Txt(306, 366, "Network Security Fundamentals", 20, "times", "B", "C"),
        Txt(306, 392, "NETS 410 \u00b7 40 contact hours \u00b7 4.0 CEUs", 11, "times", "", "C",
            GREY),
        Txt(306, 420, "January 13 \u2013 April 25, 2025", 13, "times", "", "C"),
        *_seal(306, 530, 50, ["LAKESHORE", "SEAL", "1891"], crimson),
        *_sign_block(150, 640, "Dr. Augustina Mbeki", "Dean, Professional Studies", 141),
        *_sign_block(462, 640, "Colm Threlkeld", "Program Director", 142),
        Txt(306, 700, "Conferred on May 2, 2025", 10, "times", "I", "C"),
        Txt(60, 742, "Certificate No. LSU-PS-25-01193", 8.5),
        Txt(552, 742, "Student ID: 200418837", 8.5, align="R", color=GREY),
    ]
    return Doc("LSU_Certificate_NETS410.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "university_ceu",
    "unknown",
    _exp("Network Security Fundamentals", "2025-01-13", "2025-04-25", "LSU-PS-25-01193",
         "Fernando Quispe Mamani", None, False),
    _university(),
    "University continuing-studies certificate: course number line, months-long range, "
    "conferred date, seal, two signers, student ID decoy.",
)


def _vendor_webinar() -> Doc:
    w, h = A4_L
    green = (0.1, 0.45, 0.35)
    items: list[Item] = [
        Box(0, 0, 260, h, None, (0.92, 0.96, 0.94)),
        Txt(40, 80, "ARCWAVE", 24, "helv", "B", color=green),
        Txt(40, 96, "NETWORKS", 10, color=green, spacing=4),
        *_para(40, 420, ["Arcwave Networks Inc.", "Webinar Programme", "events@arcwave.example"],
               8, 11, color=GREY),
        Txt(300, 120, "Certificate of Attendance", 28, "helv", "B"),
        Txt(300, 170, "This confirms that", 11, color=GREY),
        Txt(300, 205, "Yuki Hallstr\u00f6m", 24, "helv", ""),
        Txt(300, 240, "attended the live webinar", 11, color=GREY),
        Txt(300, 272, "Zero Trust Segmentation in Practice", 18, "helv", "B"),
        Txt(300, 300, "Wednesday, 14 May 2025, 16:00\u201317:30 CEST (90 minutes)", 11),
        Txt(300, 360, "Attendee ID", 9, color=GREY),
        Txt(420, 360, "ATT-99120", 9),
        Txt(300, 376, "Certificate Code", 9, color=GREY),
        Txt(420, 376, "AW-WB-250514-0388", 9),
        Txt(300, 392, "Registered", 9, color=GREY),
        Txt(420, 392, "2 May 2025", 9),
        *_sign_block(420, 500, "Pieter-Jan Hoekstra", "Director, Technical Marketing", 151),
    ]
    return Doc("Arcwave_webinar_certificate.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "vendor_webinar_one_day",
    "unknown",
    _exp("Zero Trust Segmentation in Practice", "2025-05-14", "2025-05-14", "AW-WB-250514-0388",
         "Yuki Hallstr\u00f6m", None, False),
    _vendor_webinar(),
    "Vendor webinar (one day, with weekday and times), attendee ID and registration date "
    "decoys, left side panel.",
)


def _conference() -> Doc:
    w, h = A4
    red = (0.8, 0.2, 0.15)
    items: list[Item] = [
        Box(0, 0, w, 200, None, red),
        Txt(297.6, 90, "NetOps Summit 2024", 32, "helv", "B", "C", WHITE),
        Txt(297.6, 120, "Lisbon \u00b7 22\u201324 October 2024", 14, align="C", color=WHITE),
        Txt(297.6, 270, "CERTIFICATE OF PARTICIPATION", 18, "helv", "B", "C", spacing=1.5),
        Txt(297.6, 320, "We confirm that", 11, align="C", color=GREY),
        Txt(297.6, 356, "Aurelio Castellanos-Whitby", 24, "helv", "", "C"),
        *_para(297.6, 396, [
            "attended NetOps Summit 2024, held 22\u201324 October 2024 in Lisbon, including",
            "three days of keynotes, technical tracks and hands-on labs (19 hours).",
        ], 11, 15, align="C"),
        Txt(80, 520, "Registration No.", 9, color=GREY),
        Txt(80, 534, "NS24-7731", 11),
        Txt(300, 520, "Ticket type", 9, color=GREY),
        Txt(300, 534, "Full conference", 11),
        *_sign_block(420, 640, "Ines Carvalho-Pratt", "Programme Chair", 161),
        Txt(60, 770, "Verify this certificate at https://certs.netopssummit.example/v/", 8,
            color=GREY),
        Txt(60, 781, "9KQ2M7XR", 8, color=GREY),
    ]
    return Doc("netops-summit-2024-certificate.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "conference_split_verify_url",
    "unknown",
    _exp("NetOps Summit 2024", "2024-10-22", "2024-10-24", "9KQ2M7XR",
         "Aurelio Castellanos-Whitby", None, False),
    _conference(),
    "Conference participation: the event itself is the item, range in banner and sentence, "
    "registration number decoy, verify URL broken before its code.",
)


def _institute_old_style() -> Doc:
    w, h = LETTER_L
    items: list[Item] = [
        *_frame(w, h, 22, (0.3, 0.25, 0.15)),
        *_corners(w, h, 22, 18, (0.3, 0.25, 0.15)),
        Txt(396, 92, "Rivermark Institute of Technology", 22, "times", "B", "C"),
        Txt(396, 150, "Certificate", 40, "times", "I", "C"),
        Txt(396, 200, "This certificate is awarded in recognition of the successful completion of",
            12, "times", "", "C"),
        Txt(396, 244, "Advanced OSPF and IS-IS Design", 24, "times", "BI", "C"),
        Txt(396, 276, "a 24-hour hands-on workshop", 11, "times", "I", "C", GREY),
        _signature(560, 398, 100, 171),
        Txt(170, 404, "June 6, 2023", 12, "times", "", "C"),
        Txt(396, 404, "Jonah Abernathy-Cole", 14, "times", "B", "C"),
        Line(90, 412, 250, 412, 0.6),
        Line(300, 412, 492, 412, 0.6),
        Line(542, 412, 702, 412, 0.6),
        Txt(170, 426, "Date", 10, "times", "I", "C"),
        Txt(396, 426, "Student", 10, "times", "I", "C"),
        Txt(622, 426, "Instructor", 10, "times", "I", "C"),
        Txt(622, 440, "Rosalind Castellanos", 8, "times", "", "C", GREY),
        *_seal(396, 510, 36, ["RIT"], (0.3, 0.25, 0.15)),
        Txt(740, 560, "Serial No. RIT-0619-2023", 8, "times", "", "R"),
    ]
    return Doc("rit_certificate.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "institute_values_above_labels",
    "unknown",
    _exp("Advanced OSPF and IS-IS Design", None, "2023-06-06", "RIT-0619-2023",
         "Jonah Abernathy-Cole", None, True),
    _institute_old_style(),
    "Old-style certificate: date, student and instructor values above their labels, signature "
    "over the instructor slot, serial number tiny in the corner.",
)


def _wallet_card() -> Doc:
    w, h = 243.0, 153.0
    items: list[Item] = [
        Box(0, 0, w, 30, None, (0.1, 0.1, 0.1)),
        Txt(10, 20, "PACKETCRAFT LABS", 10, "helv", "B", color=WHITE, spacing=1),
        Txt(233, 20, "Completion Card", 7, align="R", color=LIGHT),
        Txt(10, 48, "Name", 5.5, color=GREY),
        Txt(10, 58, "Ilka Varga-Smits", 9, "helv", "B"),
        Txt(10, 72, "Course", 5.5, color=GREY),
        Txt(10, 82, "BGP Deep Dive Lab", 9, "helv", "B"),
        Txt(10, 98, "Completed: 2024-02-09", 6.5),
        Txt(10, 108, "Valid until: 2026-02-09", 6.5, color=GREY),
        Txt(10, 118, "Cert. No. PCL-24-0209-77", 6.5),
        *_qr(180, 60, 52, 181),
        Txt(121.5, 146, "packetcraft.example/verify", 5, align="C", color=GREY),
    ]
    return Doc("packetcraft_card.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "wallet_card_tiny",
    "unknown",
    _exp("BGP Deep Dive Lab", None, "2024-02-09", "PCL-24-0209-77", "Ilka Varga-Smits", None,
         True),
    _wallet_card(),
    "Credit-card sized page (243x153 pt), tiny labels above values, valid-until date.",
)


def _mooc_uuid() -> Doc:
    w, h = LETTER_L
    teal = (0.0, 0.55, 0.6)
    items: list[Item] = [
        Box(0, 0, w, h, None, (0.98, 0.98, 0.96)),
        Box(40, 40, 712, 532, teal, WHITE, 1.5),
        Txt(70, 90, "Skillforge Online", 18, "helv", "B", color=teal),
        Txt(396, 190, "Certificate of Accomplishment", 28, "helv", "", "C"),
        Txt(396, 250, "Marit Eskeland-Obi", 28, "times", "I", "C"),
        Txt(396, 290, "completed all modules, quizzes and graded labs of", 12, align="C"),
        Txt(396, 325, "Python for Network Engineers", 20, "helv", "B", "C"),
        Txt(396, 360, "Course period: 5 January \u2013 18 February 2025", 12, align="C"),
        Txt(396, 382, "Estimated effort: 36 hours", 10, align="C", color=GREY),
        *_sign_block(396, 490, "Okonkwo Reinholt", "Head of Curriculum, Skillforge Online", 191),
        Txt(396, 550, "This certificate does not confer academic credit.", 8, align="C",
            color=GREY),
    ]
    return Doc("skillforge-certificate-5b1e7c2d-3f4a-4e8b-9c0d-7a6f5e4d3c2b.pdf", "rl",
               (Page(w, h, tuple(items)),))


_add(
    "mooc_uuid_in_filename",
    "unknown",
    _exp("Python for Network Engineers", "2025-01-05", "2025-02-18",
         "5b1e7c2d-3f4a-4e8b-9c0d-7a6f5e4d3c2b", "Marit Eskeland-Obi", None, True),
    _mooc_uuid(),
    "No code on the page; the file name carries a UUID. Range sharing the year.",
)


def _form_field() -> Doc:
    w, h = LETTER_L
    items: list[Item] = [
        *_frame(w, h, 24, (0.2, 0.35, 0.6)),
        Txt(396, 90, "BRIGHTLINE TECH INSTITUTE", 16, "helv", "B", "C", (0.2, 0.35, 0.6),
            spacing=2),
        Txt(396, 160, "Certificate of Completion", 30, "times", "B", "C"),
        Txt(396, 205, "This is to certify that", 12, "times", "I", "C"),
        FormField("learner_name", 206, 218, 380, 34, "Haruki Delacroix-Mensah", 20),
        Line(206, 254, 586, 254, 0.6),
        Txt(396, 290, "has completed the training", 12, "times", "I", "C"),
        Txt(396, 324, "Cloud Networking on AWS and Azure for Network Engineers", 17, "helv", "B",
            "C"),
        Txt(396, 356, "Training dates: 3\u20135 March 2025", 12, align="C"),
        *_sign_block(230, 470, "Greta Lindqvist-Ayodele", "Instructor", 201),
        *_sign_block(562, 470, "Samuel Okoro", "Academic Director", 202),
        Txt(60, 560, "Certificate No.: BTI-0325-1147", 9),
    ]
    return Doc("BTI_certificate_filled.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "form_field_learner",
    "unknown",
    _exp("Cloud Networking on AWS and Azure for Network Engineers", "2025-03-03", "2025-03-05",
         "BTI-0325-1147", "Haruki Delacroix-Mensah", None, False),
    _form_field(),
    "Fillable template: the learner's name exists only as an AcroForm field value.",
)


def _vendor_two_column() -> Doc:
    w, h = A4_L
    steel = (0.2, 0.3, 0.4)
    items: list[Item] = [
        Box(0, 0, 250, h, None, steel),
        Txt(30, 70, "CORVANE", 22, "helv", "B", color=WHITE),
        Txt(30, 86, "Systems Education Services", 9, color=LIGHT),
        Txt(30, 170, "SKILLS DEMONSTRATED", 9, "helv", "B", color=LIGHT, spacing=1.5),
        *_para(30, 190, [
            "\u2022 RSVP-TE and SR-TE policies",
            "\u2022 Flex-Algo path computation",
            "\u2022 Traﬃc steering with BGP colours",
            "\u2022 PCE-based controllers",
        ], 9, 15, face="dv", color=WHITE),
        Txt(30, 420, "Course ID: CSE-210", 9, color=LIGHT),
        Txt(30, 434, "Exam number: 210-B", 9, color=LIGHT),
        Txt(290, 110, "Certiﬁcate of Completion", 28, "dvs", "B"),
        Txt(290, 160, "Corvane Systems Education Services certiﬁes that", 11, "dv", "", "L",
            GREY),
        Txt(290, 196, "Esperanza Nwachukwu", 24, "dvs"),
        Txt(290, 232, "has completed the instructor-led course", 11, "dv", "", "L", GREY),
        Txt(290, 264, "Traﬃc Engineering with Segment Routing", 18, "dv", "B"),
        Txt(290, 300, "Date of completion: 18th of October 2024", 11),
        Txt(290, 318, "Length: 3 days", 11),
        *_sign_block(420, 440, "Matthias Oyelowo", "Manager, Education Services", 211),
        Txt(290, 540, "Certificate #: CSE-CRT-000918273", 9),
    ]
    return Doc("Corvane-CSE210-completion.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "vendor_two_column_ligatures",
    "unknown",
    _exp("Traffic Engineering with Segment Routing", None, "2024-10-18", "CSE-CRT-000918273",
         "Esperanza Nwachukwu", None, True),
    _vendor_two_column(),
    "Vendor ILT, dark left column (skills, course ID, exam number), ligatures in title and "
    "course name, '18th of October 2024', 3-day course with only a completion date.",
)


# ============================================================================================
# FOREIGN (non-English)
# ============================================================================================


def _fr_partner() -> Doc:
    w, h = A4
    bleu = (0.1, 0.2, 0.5)
    items: list[Item] = [
        *_frame(w, h, 22, bleu),
        Txt(50, 74, "Formalis R\u00e9seaux", 18, "helv", "B", color=bleu),
        Txt(50, 88, "Partenaire de formation Cisco (Cisco Learning Partner)", 8, color=GREY),
        Txt(297.6, 170, "ATTESTATION DE FIN DE FORMATION", 20, "dv", "B", "C", bleu),
        Txt(297.6, 230, "Stagiaire :", 10, align="C", color=GREY),
        Txt(297.6, 256, "\u00c9lodie Marchand-Vasseur", 22, "times", "B", "C"),
        *_para(297.6, 300, [
            "a suivi avec assiduit\u00e9 la formation",
        ], 12, 16, align="C"),
        Txt(297.6, 332, "Implementing and Operating Cisco Security Core Technologies", 13,
            "helv", "B", "C"),
        Txt(297.6, 348, "(SCOR) v1.1", 13, "helv", "B", "C"),
        Txt(297.6, 380, "du 3 au 7 mars 2025, soit 35 heures, en classe virtuelle.", 12,
            align="C"),
        Txt(80, 460, "Num\u00e9ro d'attestation : ATT-2025-03-1187", 10),
        Txt(80, 476, "N\u00b0 de d\u00e9claration d'activit\u00e9 : 11 75 54321 75", 9,
            color=GREY),
        Txt(80, 490, "Formateur : Yannick Dufresne-Okeke", 9, color=GREY),
        Txt(515, 580, "Fait \u00e0 Paris, le 10 mars 2025", 10, "times", "I", "R"),
        *_sign_block(430, 650, "Sophie Lemaire-Baptiste", "Directrice p\u00e9dagogique", 221),
        Txt(297.6, 790, "Formalis R\u00e9seaux SAS \u2013 SIRET 812 345 678 00021 \u2013 "
                        "12 rue des Ateliers, 75011 Paris", 7, align="C", color=GREY),
    ]
    return Doc("attestation_SCOR_mars2025.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "fr_attestation_partenaire",
    "foreign",
    _exp("Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1",
         "2025-03-03", "2025-03-07", "ATT-2025-03-1187", "\u00c9lodie Marchand-Vasseur",
         "Cisco Learning Partner", False),
    _fr_partner(),
    "French partner attestation: 'du 3 au 7 mars 2025', 'Fait à Paris, le 10 mars 2025', "
    "activity-declaration number and SIRET, English course title over two lines.",
)


def _de_teilnahme() -> Doc:
    w, h = A4
    items: list[Item] = [
        Box(0, 0, 14, h, None, (0.75, 0.1, 0.1)),
        Txt(60, 70, "NETZWERKHAUS Akademie GmbH", 14, "helv", "B"),
        Txt(60, 84, "Schulungen f\u00fcr Netzwerk- und Sicherheitstechnik", 8.5, color=GREY),
        Txt(60, 180, "TEILNAHMEBESCHEINIGUNG", 24, "helv", "B"),
        Txt(60, 240, "Teilnehmer:", 10, color=GREY),
        Txt(160, 240, "Maximilian Gro\u00dfkopf", 12, "helv", "B"),
        Txt(60, 258, "Geburtsdatum:", 10, color=GREY),
        Txt(160, 258, "14.02.1988", 12),
        Txt(60, 276, "Kundennummer:", 10, color=GREY),
        Txt(160, 276, "K-204471", 12),
        *_para(60, 320, [
            "hat vom 17.02.2025 bis 21.02.2025 an der Schulung",
        ], 12, 16),
        Txt(60, 346, "\u201eImplementing Cisco Enterprise Advanced Routing and Services (ENARSI) "
                     "v1.1\u201c", 12, "helv", "B"),
        *_para(60, 372, [
            "in unserem Schulungszentrum Frankfurt am Main teilgenommen.",
            "Inhalte: Layer-3-Technologien, VPN-Dienste, Infrastruktursicherheit,",
            "Troubleshooting mit Cisco DNA Center.",
        ], 12, 16),
        Txt(60, 470, "Zertifikatsnummer: DE-ENARSI-25-04471", 11),
        Txt(60, 560, "Frankfurt am Main, 24.02.2025", 11),
        *_sign_block(420, 600, "Dr. Konstantin Wehrle", "Gesch\u00e4ftsf\u00fchrer", 231),
        Line(40, 780, 555, 780, 0.4, LIGHT),
        Txt(60, 794, "NETZWERKHAUS Akademie GmbH \u00b7 Mainzer Landstra\u00dfe 88 \u00b7 "
                     "60327 Frankfurt \u00b7 HRB 99120", 7, color=GREY),
    ]
    return Doc("Teilnahmebescheinigung_ENARSI.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "de_teilnahmebescheinigung",
    "foreign",
    _exp("Implementing Cisco Enterprise Advanced Routing and Services (ENARSI) v1.1",
         "2025-02-17", "2025-02-21", "DE-ENARSI-25-04471", "Maximilian Gro\u00dfkopf", None,
         False),
    _de_teilnahme(),
    "German letter-like attendance confirmation: date of birth and customer number in the "
    "identity block, 'vom … bis …', German quotes around the course, place/date line.",
)


def _es_certificado() -> Doc:
    w, h = A4_L
    granate = (0.5, 0.1, 0.15)
    items: list[Item] = [
        *_frame(w, h, 20, granate),
        Txt(421, 80, "INSTITUTO TECNOL\u00d3GICO LAS ENCINAS", 14, "helv", "B", "C", granate,
            spacing=1.5),
        Txt(421, 150, "CERTIFICADO DE APROVECHAMIENTO", 26, "times", "B", "C"),
        *_para(421, 215, [
            "Se certifica que Luc\u00eda Fern\u00e1ndez Ortega, con DNI 48213976-K, ha superado "
            "con aprovechamiento el curso",
        ], 13, 18, face="times", align="C"),
        Txt(421, 252, "Administraci\u00f3n avanzada de redes con Cisco Catalyst Center", 18,
            "times", "BI", "C"),
        Txt(421, 288, "impartido del 5 al 9 de mayo de 2025 con una duraci\u00f3n de 30 horas "
                      "lectivas.", 13, "times", "", "C"),
        Txt(421, 330, "Y para que conste, se expide el presente certificado en Sevilla, "
                      "a 12 de mayo de 2025.", 11, "times", "I", "C", GREY),
        *_sign_block(250, 450, "Mar\u00eda Jos\u00e9 Albarr\u00e1n", "Directora acad\u00e9mica",
                     241),
        *_sign_block(592, 450, "Ignacio Berrocal", "Formador", 242),
        Txt(60, 545, "C\u00f3digo de verificaci\u00f3n: ES-CV-8841-QZ", 9),
        Txt(782, 545, "N.\u00ba de expediente: 2025/0417", 9, align="R", color=GREY),
    ]
    return Doc("certificado_catalyst_center.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "es_certificado_frase",
    "foreign",
    _exp("Administración avanzada de redes con Cisco Catalyst Center", "2025-05-05",
         "2025-05-09", "ES-CV-8841-QZ", "Luc\u00eda Fern\u00e1ndez Ortega", None, False),
    _es_certificado(),
    "Spanish sentence certificate: name and DNI inside a sentence, 'del 5 al 9 de mayo de "
    "2025', issue sentence with another date, file number decoy.",
)


def _pt_netacad() -> Doc:
    w, h = LETTER_L
    items: list[Item] = [
        Box(0, h - 16, w, 16, None, CISCO_BLUE),
        Txt(396, 70, "Cisco Networking Academy", 16, "helv", "B", "C", CISCO_BLUE),
        Txt(396, 140, "Certificado de Conclus\u00e3o de Curso", 26, "helv", "", "C"),
        Txt(396, 200, "Jo\u00e3o Pedro Albuquerque Sampaio", 28, "helv", "B", "C"),
        Txt(396, 236, "concluiu com \u00eaxito o curso", 12, align="C"),
        Txt(396, 270, "Introdu\u00e7\u00e3o \u00e0 Ciberseguran\u00e7a", 20, "helv", "B", "C"),
        *_para(396, 310, [
            "e demonstrou ser capaz de explicar as amea\u00e7as, os ataques e as "
            "vulnerabilidades mais comuns,",
            "e as pr\u00e1ticas para proteger dados pessoais e corporativos.",
        ], 10, 14, align="C", color=GREY),
        *_sign_block(220, 470, "Marisela Dunford-Okoye", "Diretora, Cisco Networking Academy",
                     251, 180),
        Txt(580, 464, "15/08/2024", 12, align="C"),
        Line(500, 470, 660, 470, 0.5),
        Txt(580, 484, "Data", 9, align="C", color=GREY),
    ]
    return Doc("Certificado_Introducao_Ciberseguranca.pdf", "rl",
               (Page(w, h, tuple(items)),))


_add(
    "pt_netacad_certificado",
    "foreign",
    _exp("Introdução à Cibersegurança", None, "2024-08-15", None,
         "Jo\u00e3o Pedro Albuquerque Sampaio", "Cisco Networking Academy", True),
    _pt_netacad(),
    "Portuguese NetAcad self-paced certificate: 15/08/2024 above 'Data', no code.",
)


def _it_attestato() -> Doc:
    w, h = A4_L
    verde = (0.0, 0.4, 0.25)
    items: list[Item] = [
        Box(0, 0, w, 6, None, verde),
        Box(0, 6, w, 6, None, WHITE),
        Box(0, 12, w, 6, None, (0.75, 0.1, 0.15)),
        Txt(50, 70, "Formazione Reti Ducale S.r.l.", 14, "helv", "B", color=verde),
        Txt(50, 84, "Partner di formazione Cisco \u2013 Cisco Learning Partner", 8.5, color=GREY),
        Txt(421, 150, "ATTESTATO DI PARTECIPAZIONE", 26, "times", "B", "C"),
        Txt(421, 200, "Si attesta che", 12, "times", "I", "C"),
        Txt(421, 236, "Giulia Ferraresi", 24, "times", "", "C"),
        Txt(421, 270, "ha partecipato al corso", 12, "times", "I", "C"),
        Txt(421, 302, "Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.0",
            15, "helv", "B", "C"),
        Txt(421, 336, "svoltosi dal 10 al 14 febbraio 2025 presso la sede di Milano "
                      "(40 ore).", 12, "times", "", "C"),
        Txt(60, 430, "Codice fiscale partecipante: FRRGLI90A41F205X", 8.5, color=GREY),
        Txt(60, 446, "Codice attestato: IT-CB-2502-0093", 10),
        Txt(60, 462, "Codice corso: CBROPS", 8.5, color=GREY),
        Txt(60, 540, "Milano, 17 febbraio 2025", 11, "times", "I"),
        *_sign_block(640, 520, "Alessandro Pozzi-Mancini", "Responsabile didattico", 261),
    ]
    return Doc("Attestato_CBROPS_Ferraresi.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "it_attestato_partecipazione",
    "foreign",
    _exp("Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.0",
         "2025-02-10", "2025-02-14", "IT-CB-2502-0093", "Giulia Ferraresi",
         "Cisco Learning Partner", False),
    _it_attestato(),
    "Italian partner attestato: 'dal 10 al 14 febbraio 2025', fiscal code and course code "
    "near the attestato code, place/date line.",
)


def _nl_certificaat() -> Doc:
    w, h = A4
    oranje = (0.9, 0.45, 0.0)
    items: list[Item] = [
        Txt(297.6, 90, "DELTAPOORT OPLEIDINGEN", 14, "helv", "B", "C", oranje, spacing=2),
        Txt(297.6, 170, "CERTIFICAAT", 34, "helv", "B", "C"),
        Line(200, 186, 395, 186, 1.5, oranje),
        Txt(297.6, 240, "Hierbij verklaren wij dat", 12, align="C"),
        Txt(297.6, 276, "Sanne van der Berg-Kuipers", 24, "times", "B", "C"),
        Txt(297.6, 310, "de training", 12, align="C"),
        Txt(297.6, 342, "Cisco SD-Access: ontwerp en implementatie", 17, "helv", "B", "C"),
        Txt(297.6, 376, "met goed gevolg heeft afgerond.", 12, align="C"),
        # two columns of facts
        Txt(90, 450, "Datum", 9, color=GREY),
        Txt(90, 465, "8 t/m 10 april 2025", 11),
        Txt(320, 450, "Locatie", 9, color=GREY),
        Txt(320, 465, "Utrecht", 11),
        Txt(90, 495, "Certificaatnummer", 9, color=GREY),
        Txt(90, 510, "NL-2025-SDA-0311", 11),
        Txt(320, 495, "Geldig tot", 9, color=GREY),
        Txt(320, 510, "10 april 2028", 11),
        Txt(90, 540, "Relatienummer", 9, color=GREY),
        Txt(90, 555, "REL-55812", 11),
        *_seal(470, 640, 44, ["DELTAPOORT", "KEURMERK"], oranje),
        *_sign_block(180, 660, "Joost Hendriksen", "Directeur", 271),
        Txt(297.6, 800, "Deltapoort Opleidingen B.V. \u00b7 KvK 61234987", 7, align="C",
            color=GREY),
    ]
    return Doc("Certificaat_SD-Access.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "nl_certificaat_kolommen",
    "foreign",
    _exp("Cisco SD-Access: ontwerp en implementatie", "2025-04-08", "2025-04-10",
         "NL-2025-SDA-0311", "Sanne van der Berg-Kuipers", None, False),
    _nl_certificaat(),
    "Dutch certificate: two columns of label-above facts, '8 t/m 10 april 2025', 'Geldig tot' "
    "date and relation number decoys.",
)


def _pl_zaswiadczenie() -> Doc:
    w, h = A4
    items: list[Item] = [
        Box(0, 0, w, 100, None, (0.86, 0.08, 0.24)),
        Txt(40, 55, "SIECIOWE CENTRUM SZKOLE\u0143 sp. z o.o.", 16, "dv", "B", color=WHITE),
        Txt(40, 74, "Autoryzowany Partner Szkoleniowy Cisco (Cisco Learning Partner)", 9, "dv",
            color=WHITE),
        Txt(297.6, 170, "ZA\u015aWIADCZENIE", 28, "dv", "B", "C"),
        Txt(297.6, 194, "o uko\u0144czeniu szkolenia", 13, "dv", "", "C"),
        Txt(70, 260, "Imi\u0119 i nazwisko:", 10, "dv", "", "L", GREY),
        Txt(200, 260, "Katarzyna W\u0142odarczyk-Nowak", 13, "dv", "B"),
        Txt(70, 285, "Data urodzenia:", 10, "dv", "", "L", GREY),
        Txt(200, 285, "03.11.1990", 11, "dv"),
        Txt(70, 310, "Nazwa szkolenia:", 10, "dv", "", "L", GREY),
        Txt(200, 310, "Implementing Cisco Collaboration Core Technologies", 11, "dv", "B"),
        Txt(200, 324, "(CLCOR) v1.2", 11, "dv", "B"),
        Txt(70, 349, "Termin:", 10, "dv", "", "L", GREY),
        Txt(200, 349, "12.05.2025 \u2013 16.05.2025 (40 godzin)", 11, "dv"),
        Txt(70, 374, "Forma:", 10, "dv", "", "L", GREY),
        Txt(200, 374, "stacjonarna, Warszawa", 11, "dv"),
        Txt(70, 399, "Nr za\u015bwiadczenia:", 10, "dv", "", "L", GREY),
        Txt(200, 399, "47/2025/CLCOR", 11, "dv"),
        Txt(70, 560, "Warszawa, 19.05.2025", 10, "dv"),
        *_sign_block(430, 600, "Bart\u0142omiej Zi\u0119ba", "Kierownik szkolenia", 281),
    ]
    return Doc("zaswiadczenie_CLCOR.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "pl_zaswiadczenie_tabela",
    "foreign",
    _exp("Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2", "2025-05-12",
         "2025-05-16", "47/2025/CLCOR", "Katarzyna W\u0142odarczyk-Nowak",
         "Cisco Learning Partner", False),
    _pl_zaswiadczenie(),
    "Polish partner certificate: left-labelled rows incl. date of birth (dotted), dotted "
    "range, code with slashes, place/date line.",
)


def _sv_rotated() -> Doc:
    w, h = A4_L
    items: list[Item] = [
        Box(30, 30, w - 60, h - 60, (0.0, 0.32, 0.58), None, 1.2),
        Txt(60, 80, "Nordkust IT-utbildning AB", 14, "helv", "B", color=(0.0, 0.32, 0.58)),
        Txt(421, 160, "KURSINTYG", 32, "helv", "B", "C"),
        Txt(421, 210, "H\u00e4rmed intygas att", 12, align="C"),
        Txt(421, 246, "\u00c5sa Lindqvist-Mahmoud", 24, "times", "B", "C"),
        Txt(421, 282, "har genomg\u00e5tt kursen", 12, align="C"),
        Txt(421, 314, "N\u00e4tverksautomation med Cisco NSO", 18, "helv", "B", "C"),
        Txt(421, 346, "2\u20134 juni 2025 i Göteborg (24 timmar).", 12, align="C"),
        Txt(70, 470, "Intygsnummer: NKIT-2506-0142", 10),
        Txt(70, 486, "Personnummer: 19870312-XXXX", 9, color=GREY),
        *_sign_block(620, 480, "Henrik \u00d6berg", "Kursansvarig", 291),
        Txt(70, 540, "G\u00f6teborg den 5 juni 2025", 10, "times", "I"),
    ]
    return Doc("kursintyg_NSO.pdf", "rl", (Page(w, h, tuple(items), rotate=270),))


_add(
    "sv_kursintyg_rotated",
    "foreign",
    _exp("Nätverksautomation med Cisco NSO", "2025-06-02", "2025-06-04", "NKIT-2506-0142",
         "\u00c5sa Lindqvist-Mahmoud", None, False),
    _sv_rotated(),
    "Swedish course certificate on a /Rotate 270 page, '2–4 juni 2025', masked personal number, "
    "place/date line.",
)


def _de_udemy() -> Doc:
    w, h = LETTER_L
    purple = (0.64, 0.2, 0.93)
    code = "UC-9a2d47b1-6e3c-4f80-b2d5-1c7e8a0f3b66"
    items: list[Item] = [
        Txt(54, 70, "Udemy", 24, "helv", "B", color=purple),
        Txt(738, 58, f"Zertifikat Nr.: {code}", 8, align="R", color=GREY),
        Txt(738, 70, f"Zertifikat-URL: ude.my/{code}", 8, align="R", color=GREY),
        Txt(738, 82, "Referenznummer: 0007", 8, align="R", color=GREY),
        Txt(54, 200, "ABSCHLUSSZERTIFIKAT", 10, "helv", "B", color=GREY, spacing=1.5),
        Txt(54, 245, "Cisco ACI Grundlagen: Fabric, Tenants und", 28, "helv", "B"),
        Txt(54, 279, "Contracts praxisnah", 28, "helv", "B"),
        Txt(54, 322, "Dozenten  Felix Ostermann-Diallo", 11),
        Txt(54, 470, "Lena Sch\u00e4fer-Yilmaz", 28, "helv", "B"),
        Txt(54, 500, "Datum  03.02.2025", 11),
        Txt(54, 518, "L\u00e4nge  9,5 Stunden insgesamt", 11),
    ]
    return Doc(f"{code}.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "de_udemy_abschluss",
    "foreign",
    _exp("Cisco ACI Grundlagen: Fabric, Tenants und Contracts praxisnah", None, "2025-02-03",
         "UC-9a2d47b1-6e3c-4f80-b2d5-1c7e8a0f3b66", "Lena Sch\u00e4fer-Yilmaz", "Udemy", True),
    _de_udemy(),
    "German-localised Udemy certificate drawn by fpdf2: dotted date, 'Zertifikat Nr.', "
    "reference number decoy, German title over two lines.",
)


# ============================================================================================
# UNCLEAR (genuinely ambiguous or incomplete)
# ============================================================================================


def _unclear_numeric() -> Doc:
    w, h = LETTER_L
    items: list[Item] = [
        *_frame(w, h, 20, (0.15, 0.3, 0.3)),
        Txt(396, 90, "Tidewater Tech Seminars", 18, "helv", "B", "C", (0.15, 0.3, 0.3)),
        Txt(396, 170, "Certificate of Completion", 30, "times", "B", "C"),
        Txt(396, 230, "Awarded to Callum Adeyemi-Fraser", 16, "times", "", "C"),
        Txt(396, 270, "for completing", 12, "times", "I", "C"),
        Txt(396, 304, "Wireless Site Survey Techniques", 18, "helv", "B", "C"),
        Txt(396, 350, "Date of completion: 05/04/2025", 12, align="C"),
        *_sign_block(396, 470, "Priscilla Van Rensburg", "Seminar Leader", 301),
        Txt(60, 560, "Certificate ID: TTS-88412", 9),
    ]
    return Doc("tidewater_certificate.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "unclear_numeric_single_date",
    "unclear",
    _exp("Wireless Site Survey Techniques", None, None, "TTS-88412", "Callum Adeyemi-Fraser",
         None, True),
    _unclear_numeric(),
    "05/04/2025 with nothing on the page settling day/month order; name after 'Awarded to'.",
)


def _unclear_two_codes() -> Doc:
    w, h = A4_L
    items: list[Item] = [
        Box(0, 0, w, 80, None, (0.25, 0.2, 0.45)),
        Txt(40, 50, "Meridian Skills Hub", 20, "helv", "B", color=WHITE),
        Txt(421, 160, "Certificate of Completion", 30, "helv", "", "C"),
        Txt(421, 215, "Obinna Sv\u00e4rd-Castillo", 26, "helv", "B", "C"),
        Txt(421, 252, "completed the live online course", 12, align="C"),
        Txt(421, 286, "Kubernetes Networking Deep Dive", 18, "helv", "B", "C"),
        Txt(421, 318, "10\u201312 March 2025", 12, align="C"),
        Txt(150, 440, "Certificate ID", 9, align="C", color=GREY),
        Txt(150, 456, "MSH-2025-4471", 12, align="C"),
        Txt(421, 440, "Verification Code", 9, align="C", color=GREY),
        Txt(421, 456, "7GQ2-LX9P", 12, align="C"),
        Txt(692, 440, "Issued", 9, align="C", color=GREY),
        Txt(692, 456, "14 March 2025", 12, align="C"),
    ]
    return Doc("meridian_certificate.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "unclear_two_equal_codes",
    "unclear",
    _exp("Kubernetes Networking Deep Dive", "2025-03-10", "2025-03-12", None,
         "Obinna Sv\u00e4rd-Castillo", None, True),
    _unclear_two_codes(),
    "Certificate ID and Verification Code, different values, equally strong labels.",
)


def _unclear_blank_name() -> Doc:
    w, h = LETTER
    items: list[Item] = [
        *_frame(w, h, 26, NAVY),
        Txt(306, 90, "SUMMIT RIDGE NETWORK TRAINING", 13, "helv", "B", "C", NAVY, spacing=1.5),
        Txt(306, 106, "Cisco Learning Partner", 9, align="C", color=CISCO_BLUE),
        Txt(306, 200, "Certificate of Completion", 30, "times", "B", "C"),
        Txt(306, 250, "This certifies that", 12, "times", "I", "C"),
        Line(156, 290, 456, 290, 0.6),
        Txt(306, 320, "has completed", 12, "times", "I", "C"),
        Txt(306, 356, "Implementing Cisco Service Provider Advanced Routing Solutions", 14,
            "helv", "B", "C"),
        Txt(306, 374, "(SPRI) v1.1", 14, "helv", "B", "C"),
        Txt(306, 410, "September 8 \u2013 12, 2025", 12, align="C"),
        *_sign_block(306, 560, "Darnell Okpara", "Certified Cisco Systems Instructor", 311),
        Txt(60, 730, "Certificate Code: SRNT-SPRI-0925-044", 9),
        Txt(552, 730, "Class ID: 25-0908-SPRI", 9, align="R", color=GREY),
    ]
    return Doc("SPRI_certificate_blank.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "unclear_blank_learner",
    "unclear",
    _exp("Implementing Cisco Service Provider Advanced Routing Solutions (SPRI) v1.1",
         "2025-09-08", "2025-09-12", "SRNT-SPRI-0925-044", None, "Cisco Learning Partner", True),
    _unclear_blank_name(),
    "Partner certificate issued with the name line left blank; instructor is the only person "
    "named; class ID decoy.",
)


def _unclear_numeric_range() -> Doc:
    w, h = LETTER
    items: list[Item] = [
        Txt(60, 80, "Oakhurst Digital Academy", 16, "helv", "B"),
        Line(60, 92, 552, 92, 1, (0.4, 0.6, 0.2)),
        Txt(60, 160, "Course Completion Record", 22, "helv", "B"),
        Txt(60, 210, "Learner:", 10, color=GREY),
        Txt(170, 210, "Ravindra Okonjo-Helms", 12),
        Txt(60, 232, "Course:", 10, color=GREY),
        Txt(170, 232, "SD-WAN Operations and Troubleshooting", 12),
        Txt(60, 254, "Start:", 10, color=GREY),
        Txt(170, 254, "02/03/2025", 12),
        Txt(60, 276, "End:", 10, color=GREY),
        Txt(170, 276, "04/03/2025", 12),
        Txt(60, 298, "Certificate No.:", 10, color=GREY),
        Txt(170, 298, "ODA-31877-C", 12),
        Txt(60, 320, "Status:", 10, color=GREY),
        Txt(170, 320, "Passed (86%)", 12),
        *_sign_block(420, 480, "Marguerite Tshabalala", "Registrar", 321),
    ]
    return Doc("oakhurst_record.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "unclear_numeric_range",
    "unclear",
    _exp("SD-WAN Operations and Troubleshooting", None, None, "ODA-31877-C",
         "Ravindra Okonjo-Helms", None, True),
    _unclear_numeric_range(),
    "Start 02/03/2025, End 04/03/2025: 2–4 March or 3 Feb–3 Apr, both plausible.",
)


def _unclear_validity_only() -> Doc:
    w, h = A4
    items: list[Item] = [
        Txt(297.6, 90, "CORELINK ACADEMY", 18, "helv", "B", "C", (0.1, 0.35, 0.55), spacing=2),
        Txt(297.6, 190, "Proof of Training", 26, "helv", "", "C"),
        Txt(80, 260, "Holder", 9, color=GREY),
        Txt(80, 276, "Wilhelmina Achterberg-Osei", 14, "helv", "B"),
        Txt(80, 306, "Date of birth", 9, color=GREY),
        Txt(80, 322, "1989-09-17", 12),
        Txt(80, 352, "Training", 9, color=GREY),
        Txt(80, 368, "Structured Cabling Installer Level 2", 14, "helv", "B"),
        Txt(80, 398, "Credential ID", 9, color=GREY),
        Txt(80, 414, "CLA-SCI2-7719", 12),
        Txt(330, 398, "Valid until", 9, color=GREY),
        Txt(330, 414, "2027-06-01", 12),
        *_sign_block(420, 560, "Osvaldo Kimura", "Training Coordinator", 331),
        Txt(80, 800, "Printed on 2025-06-02", 8, color=GREY),
    ]
    return Doc("corelink_proof.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "unclear_only_validity_dates",
    "unclear",
    _exp("Structured Cabling Installer Level 2", None, None, "CLA-SCI2-7719",
         "Wilhelmina Achterberg-Osei", None, True),
    _unclear_validity_only(),
    "No course dates at all: only date of birth, valid-until and printed-on dates.",
)


def _unclear_no_year() -> Doc:
    w, h = LETTER_L
    items: list[Item] = [
        *_frame(w, h, 22, (0.35, 0.35, 0.1)),
        Txt(396, 100, "Harrowgate Learning", 20, "times", "B", "C"),
        Txt(396, 170, "Certificate of Achievement", 30, "times", "I", "C"),
        Txt(396, 230, "Ottilie Ferreira-Nakashima", 24, "times", "B", "C"),
        Txt(396, 266, "successfully completed the self-paced module", 12, "times", "", "C"),
        Txt(396, 300, "IPv6 Addressing and Transition Mechanisms", 18, "helv", "B", "C"),
        Txt(396, 336, "Completed on 14 March", 12, align="C"),
        Txt(396, 356, "Module reference: HL-IPV6-201", 9, align="C", color=GREY),
        Txt(60, 560, "Certificate serial: HGL-55120-Q", 9),
        Txt(732, 560, "\u00a9 2024 Harrowgate Learning Ltd.", 8, align="R", color=GREY),
    ]
    return Doc("harrowgate_ipv6.pdf", "rl", (Page(w, h, tuple(items)),))


_add(
    "unclear_date_without_year",
    "unclear",
    _exp("IPv6 Addressing and Transition Mechanisms", None, None, "HGL-55120-Q",
         "Ottilie Ferreira-Nakashima", None, True),
    _unclear_no_year(),
    "'Completed on 14 March' with no year; only a copyright year in the footer.",
)


def _unclear_decoys_only() -> Doc:
    w, h = LETTER
    items: list[Item] = [
        Txt(306, 80, "Bluewater Learning Partners", 18, "helv", "B", "C", NAVY),
        Txt(306, 96, "Cisco Learning Partner \u2013 Premier", 9, align="C", color=CISCO_BLUE),
        Txt(306, 180, "Certificate of Completion", 28, "times", "B", "C"),
        Txt(306, 230, "Theodora Quaye-Lindberg", 22, "times", "I", "C"),
        Txt(306, 264, "completed the Cisco authorized course", 12, align="C"),
        Txt(306, 296, "Implementing Cisco SD-WAN Security and Cloud Solutions", 14, "helv", "B",
            "C"),
        Txt(306, 314, "(SDWSCS) v1.0", 14, "helv", "B", "C"),
        Txt(306, 344, "October 21 \u2013 23, 2024", 12, align="C"),
        Box(120, 400, 372, 110, LIGHT, None, 0.6),
        Txt(136, 422, "Candidate ID:", 9.5, "helv", "B"),
        Txt(260, 422, "CSCO12847391", 9.5),
        Txt(136, 442, "Course code:", 9.5, "helv", "B"),
        Txt(260, 442, "SDWSCS", 9.5),
        Txt(136, 462, "Related exam:", 9.5, "helv", "B"),
        Txt(260, 462, "300-415 ENSDWI", 9.5),
        Txt(136, 482, "Order no.:", 9.5, "helv", "B"),
        Txt(260, 482, "SO-55120981", 9.5),
        Txt(136, 502, "Instructor ID:", 9.5, "helv", "B"),
        Txt(260, 502, "CCSI-40877", 9.5),
        *_sign_block(306, 640, "Augustin Leclair-Mbatha", "Instructor", 341),
    ]
    return Doc("bluewater_SDWSCS.pdf", "fpdf", (Page(w, h, tuple(items)),))


_add(
    "unclear_only_decoy_ids",
    "unclear",
    _exp("Implementing Cisco SD-WAN Security and Cloud Solutions (SDWSCS) v1.0", "2024-10-21",
         "2024-10-23", None, "Theodora Quaye-Lindberg", "Cisco Learning Partner", True),
    _unclear_decoys_only(),
    "Partner certificate whose ID box holds only decoys (candidate ID, course code, exam, "
    "order no., instructor ID); no certificate code.",
)
