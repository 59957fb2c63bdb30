"""Fourth blind held-out set: certificate layouts written without looking at the extractor.

Each case is a small declarative page description (text runs, rules, boxes, circles, pen strokes;
y measured from the top of the page to the text baseline) rendered by either fpdf2 or reportlab,
so the text layers differ the way they do between real producers.  Page rotation and cover pages
are applied with pypdf / extra pages.  Every person, company, code and number is invented.

Public interface: `HOLDOUT_CASES` (list of `Case`) and `HOLDOUT_KINDS` (case name -> "known",
"foreign", "unknown" or "unclear").
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from certfactory import Case, Expected

__all__ = ["HOLDOUT_CASES", "HOLDOUT_KINDS"]

# --------------------------------------------------------------------------------------------
# Drawing model
# --------------------------------------------------------------------------------------------

RGB = tuple[float, float, float]
BLACK: RGB = (0.0, 0.0, 0.0)
GREY: RGB = (0.45, 0.45, 0.45)
LIGHT: RGB = (0.85, 0.85, 0.85)
WHITE: RGB = (1.0, 1.0, 1.0)
NAVY: RGB = (0.02, 0.16, 0.32)
CISCO_BLUE: RGB = (0.0, 0.55, 0.82)
GOLD: RGB = (0.72, 0.56, 0.18)

LETTER_P = (612.0, 792.0)
LETTER_L = (792.0, 612.0)
A4_P = (595.28, 841.89)
A4_L = (841.89, 595.28)

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_FALLBACK = {
    "Helvetica": "DejaVuSans",
    "Helvetica-Bold": "DejaVuSans-Bold",
    "Helvetica-Oblique": "DejaVuSans-Oblique",
    "Helvetica-BoldOblique": "DejaVuSans-BoldOblique",
    "Times-Roman": "DejaVuSerif",
    "Times-Bold": "DejaVuSerif-Bold",
    "Times-Italic": "DejaVuSerif-Italic",
    "Times-BoldItalic": "DejaVuSerif-BoldItalic",
    "Courier": "DejaVuSansMono",
    "Courier-Bold": "DejaVuSansMono-Bold",
}
_TTF = sorted(set(_FALLBACK.values()) | {"DejaVuSansCondensed", "DejaVuSerifCondensed"})
_CORE_FPDF = {
    "Helvetica": ("helvetica", ""),
    "Helvetica-Bold": ("helvetica", "B"),
    "Helvetica-Oblique": ("helvetica", "I"),
    "Helvetica-BoldOblique": ("helvetica", "BI"),
    "Times-Roman": ("times", ""),
    "Times-Bold": ("times", "B"),
    "Times-Italic": ("times", "I"),
    "Times-BoldItalic": ("times", "BI"),
    "Courier": ("courier", ""),
    "Courier-Bold": ("courier", "B"),
}
_registered = False


def _register_rl_fonts() -> None:
    global _registered
    if _registered:
        return
    for name in _TTF:
        pdfmetrics.registerFont(TTFont(name, str(_DEJAVU / f"{name}.ttf")))
    _registered = True


def _font_for(font: str, text: str) -> str:
    """Core fonts only carry Latin-1; anything else falls back to the matching DejaVu face."""
    if font in _FALLBACK:
        try:
            text.encode("latin-1")
        except UnicodeEncodeError:
            return _FALLBACK[font]
    return font


def width(text: str, font: str, size: float, cs: float = 0.0) -> float:
    _register_rl_fonts()
    face = _font_for(font, text)
    return pdfmetrics.stringWidth(text, face, size) + cs * max(len(text) - 1, 0)


@dataclass(frozen=True)
class T:
    x: float
    y: float
    s: str
    font: str = "Helvetica"
    size: float = 11.0
    color: RGB = BLACK
    align: str = "L"  # L, C or R: x is the left edge, centre or right edge
    cs: float = 0.0  # extra character spacing (letter-spaced display type)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: RGB | None = None
    stroke: RGB | None = BLACK
    lw: float = 1.0


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    color: RGB = BLACK
    lw: float = 0.8


@dataclass(frozen=True)
class Ring:
    cx: float
    cy: float
    r: float
    fill: RGB | None = None
    stroke: RGB | None = BLACK
    lw: float = 1.0


@dataclass(frozen=True)
class Stroke:
    points: tuple[tuple[float, float], ...]
    color: RGB = NAVY
    lw: float = 1.1


Item = T | Box | Rule | Ring | Stroke


@dataclass
class Page:
    size: tuple[float, float]
    items: list[Item] = field(default_factory=list)

    def add(self, *items: Item | Sequence[Item]) -> Page:
        for it in items:
            if isinstance(it, T | Box | Rule | Ring | Stroke):
                self.items.append(it)
            else:
                self.items.extend(it)
        return self


@dataclass
class Doc:
    filename: str
    pages: list[Page]
    engine: str  # "fpdf" or "rl"
    rotate: int = 0
    title: str = ""
    author: str = ""


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------


def _x_of(t: T) -> float:
    if t.align == "L":
        return t.x
    w = width(t.s, t.font, t.size, t.cs)
    return t.x - w / 2 if t.align == "C" else t.x - w


def _render_fpdf(doc: Doc, path: Path) -> None:
    pdf = FPDF(unit="pt", format=doc.pages[0].size)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    for name in _TTF:
        pdf.add_font(name, "", str(_DEJAVU / f"{name}.ttf"))
    if doc.title:
        pdf.set_title(doc.title)
    if doc.author:
        pdf.set_author(doc.author)
    pdf.set_creator("fpdf2")
    for page in doc.pages:
        pdf.add_page(format=page.size)
        for it in page.items:
            if isinstance(it, T):
                face = _font_for(it.font, it.s)
                fam, style = _CORE_FPDF.get(face, (face, ""))
                pdf.set_font(fam, style, it.size)
                pdf.set_text_color(*(round(c * 255) for c in it.color))
                pdf.set_char_spacing(it.cs)
                pdf.text(_x_of(it), it.y, it.s)
                pdf.set_char_spacing(0)
            elif isinstance(it, Box):
                style = ("F" if it.fill else "") + ("D" if it.stroke else "")
                if it.fill:
                    pdf.set_fill_color(*(round(c * 255) for c in it.fill))
                if it.stroke:
                    pdf.set_draw_color(*(round(c * 255) for c in it.stroke))
                    pdf.set_line_width(it.lw)
                pdf.rect(it.x, it.y, it.w, it.h, style=style)
            elif isinstance(it, Rule):
                pdf.set_draw_color(*(round(c * 255) for c in it.color))
                pdf.set_line_width(it.lw)
                pdf.line(it.x1, it.y1, it.x2, it.y2)
            elif isinstance(it, Ring):
                style = ("F" if it.fill else "") + ("D" if it.stroke else "")
                if it.fill:
                    pdf.set_fill_color(*(round(c * 255) for c in it.fill))
                if it.stroke:
                    pdf.set_draw_color(*(round(c * 255) for c in it.stroke))
                    pdf.set_line_width(it.lw)
                pdf.ellipse(it.cx - it.r, it.cy - it.r, 2 * it.r, 2 * it.r, style=style)
            else:
                pdf.set_draw_color(*(round(c * 255) for c in it.color))
                pdf.set_line_width(it.lw)
                pdf.polyline(list(it.points), style="D")
    pdf.output(str(path))


def _render_rl(doc: Doc, path: Path) -> None:
    _register_rl_fonts()
    c = Canvas(str(path), pagesize=doc.pages[0].size)
    if doc.title:
        c.setTitle(doc.title)
    if doc.author:
        c.setAuthor(doc.author)
    for page in doc.pages:
        w, h = page.size
        c.setPageSize((w, h))
        for it in page.items:
            if isinstance(it, T):
                face = _font_for(it.font, it.s)
                c.setFillColorRGB(*it.color)
                text = c.beginText(_x_of(it), h - it.y)
                text.setFont(face, it.size)
                text.setCharSpace(it.cs)  # Tc persists in the page state: always set it
                text.textOut(it.s)
                c.drawText(text)
            elif isinstance(it, Box):
                if it.fill:
                    c.setFillColorRGB(*it.fill)
                if it.stroke:
                    c.setStrokeColorRGB(*it.stroke)
                    c.setLineWidth(it.lw)
                c.rect(it.x, h - it.y - it.h, it.w, it.h, stroke=int(bool(it.stroke)),
                       fill=int(bool(it.fill)))
            elif isinstance(it, Rule):
                c.setStrokeColorRGB(*it.color)
                c.setLineWidth(it.lw)
                c.line(it.x1, h - it.y1, it.x2, h - it.y2)
            elif isinstance(it, Ring):
                if it.fill:
                    c.setFillColorRGB(*it.fill)
                if it.stroke:
                    c.setStrokeColorRGB(*it.stroke)
                    c.setLineWidth(it.lw)
                c.circle(it.cx, h - it.cy, it.r, stroke=int(bool(it.stroke)),
                         fill=int(bool(it.fill)))
            else:
                c.setStrokeColorRGB(*it.color)
                c.setLineWidth(it.lw)
                p = c.beginPath()
                x0, y0 = it.points[0]
                p.moveTo(x0, h - y0)
                for x, y in it.points[1:]:
                    p.lineTo(x, h - y)
                c.drawPath(p, stroke=1, fill=0)
        c.showPage()
    c.save()


def _rotate(path: Path, degrees: int) -> None:
    reader = PdfReader(str(path))
    writer = PdfWriter()
    for page in reader.pages:
        page.rotate(degrees)
        writer.add_page(page)
    with path.open("wb") as fh:
        writer.write(fh)


def _builder(make: Callable[[], Doc]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        doc = make()
        path = folder / doc.filename
        if doc.engine == "fpdf":
            _render_fpdf(doc, path)
        else:
            _render_rl(doc, path)
        if doc.rotate:
            _rotate(path, doc.rotate)
        return path

    return build


# --------------------------------------------------------------------------------------------
# Motifs: wrapped paragraphs, logos drawn from rules and text, seals, signatures
# --------------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, maxw: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and width(trial, font, size) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def para(
    x: float,
    y: float,
    text: str,
    *,
    font: str = "Helvetica",
    size: float = 11.0,
    maxw: float = 400.0,
    leading: float | None = None,
    align: str = "L",
    color: RGB = BLACK,
) -> list[T]:
    step = leading or size * 1.35
    return [
        T(x, y + i * step, line, font, size, color, align)
        for i, line in enumerate(wrap(text, font, size, maxw))
    ]


def cisco_bars(x: float, y: float, unit: float = 1.0, color: RGB = CISCO_BLUE) -> list[Rule]:
    """The bridge mark: nine vertical bars, short-medium-tall, bottom at y."""
    heights = (0.35, 0.6, 1.0, 0.6, 0.35, 0.6, 1.0, 0.6, 0.35)
    return [
        Rule(x + i * 5 * unit, y, x + i * 5 * unit, y - 18 * unit * hgt, color, 2.4 * unit)
        for i, hgt in enumerate(heights)
    ]


def signature(x: float, y: float, w: float = 120.0, seed: int = 1, color: RGB = NAVY) -> Stroke:
    pts = []
    n = 40
    for i in range(n + 1):
        t = i / n
        amp = 9 * math.sin(3.1 * t * math.pi + seed) * (1 - 0.6 * t)
        wob = 4 * math.sin(11 * t * math.pi + 2 * seed)
        pts.append((x + w * t, y - amp - wob))
    return Stroke(tuple(pts), color, 1.0)


def seal(cx: float, cy: float, r: float, lines: Sequence[str], color: RGB = GOLD) -> list[Item]:
    items: list[Item] = [Ring(cx, cy, r, None, color, 2.0), Ring(cx, cy, r - 5, None, color, 0.6)]
    for k in range(24):
        a = 2 * math.pi * k / 24
        items.append(
            Rule(cx + (r - 5) * math.cos(a), cy + (r - 5) * math.sin(a),
                 cx + (r - 10) * math.cos(a), cy + (r - 10) * math.sin(a), color, 0.6)
        )
    n = len(lines)
    for i, line in enumerate(lines):
        items.append(T(cx, cy + (i - (n - 1) / 2) * 9 + 3, line, "Times-Bold", 7, color, "C"))
    return items


def border(size: tuple[float, float], inset: float, color: RGB, lw: float = 2.0,
           double: bool = False) -> list[Box]:
    w, h = size
    boxes = [Box(inset, inset, w - 2 * inset, h - 2 * inset, None, color, lw)]
    if double:
        boxes.append(Box(inset + 6, inset + 6, w - 2 * inset - 12, h - 2 * inset - 12, None,
                         color, lw / 3))
    return boxes


def kv_below(x: float, y: float, value: str, label: str, *, vfont: str = "Helvetica-Bold",
             vsize: float = 12, lw: float = 150, align: str = "L") -> list[Item]:
    """Value written on a rule with its label underneath (old-style form)."""
    lx = x if align == "L" else x - lw / 2
    return [
        T(x, y, value, vfont, vsize, BLACK, align),
        Rule(lx, y + 5, lx + lw, y + 5, GREY, 0.6),
        T(x, y + 16, label, "Helvetica", 8, GREY, align),
    ]


def kv_above(x: float, y: float, label: str, value: str, *, vfont: str = "Helvetica-Bold",
             vsize: float = 12, lcolor: RGB = GREY) -> list[T]:
    """Small caption above its value."""
    return [T(x, y, label, "Helvetica", 7.5, lcolor), T(x, y + vsize + 4, value, vfont, vsize)]


# --------------------------------------------------------------------------------------------
# Known issuers
# --------------------------------------------------------------------------------------------


def _k_ciscou_sidepanel() -> Doc:
    pg = Page(LETTER_L)
    pg.add(
        Box(0, 0, 220, 612, NAVY, None),
        cisco_bars(30, 80, 1.2, WHITE),
        T(30, 112, "cisco", "Helvetica-Bold", 30, WHITE),
        T(112, 112, "U.", "Helvetica-Bold", 30, CISCO_BLUE),
        T(30, 140, "Learning that moves you forward", "Helvetica-Oblique", 9, LIGHT),
        T(30, 500, "Account", "Helvetica", 8, LIGHT),
        T(30, 514, "Cisco ID: csco-71822604", "Helvetica", 9, WHITE),
        T(30, 540, "Eligible for Cisco Continuing", "Helvetica", 8, LIGHT),
        T(30, 551, "Education credit", "Helvetica", 8, LIGHT),
        T(260, 110, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 26, NAVY),
        Rule(260, 124, 560, 124, CISCO_BLUE, 3),
        T(260, 170, "This certifies that", "Helvetica", 12, GREY),
        T(260, 210, "Priyanka Venkatesan-Moreau", "Times-BoldItalic", 30, BLACK),
        T(260, 245, "has successfully completed the Cisco U. course", "Helvetica", 12, GREY),
        T(260, 275, "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "Helvetica-Bold", 17),
        kv_above(260, 340, "START DATE", "02 Feb 2025"),
        kv_above(390, 340, "COMPLETION DATE", "14 Mar 2025"),
        kv_above(540, 340, "CE CREDITS", "40"),
        kv_above(260, 395, "CERTIFICATE ID", "CU-8F3K-22QW-91ZD", vfont="Courier-Bold"),
        signature(560, 470, 130, 2),
        Rule(550, 480, 730, 480, GREY, 0.6),
        T(550, 494, "Vice President, Learning & Certifications", "Helvetica", 8, GREY),
        T(260, 580, "Issued 15 Mar 2025  ·  u.cisco.com", "Helvetica", 8, GREY),
    )
    return Doc("CiscoU_Certificate_ENSDWI.pdf", [pg], "rl", title="Cisco U. certificate")


def _k_netacad_classic() -> Doc:
    w = A4_L[0]
    pg = Page(A4_L)
    pg.add(
        border(A4_L, 22, CISCO_BLUE, 3, double=True),
        cisco_bars(w / 2 - 22, 82, 1.0),
        T(w / 2, 104, "Cisco Networking Academy", "Helvetica-Bold", 15, CISCO_BLUE, "C"),
        T(w / 2, 150, "Certificate of Course Completion", "Times-Bold", 30, BLACK, "C"),
        T(w / 2, 205, "Aleksandar Horvath-Pinto", "Times-Italic", 30, NAVY, "C"),
        Rule(w / 2 - 200, 214, w / 2 + 200, 214, GREY, 0.6),
        T(w / 2, 240, "has successfully achieved student level credential for completing",
          "Times-Roman", 12, BLACK, "C"),
        T(w / 2, 262, "CCNA: Enterprise Networking, Security, and Automation",
          "Times-Bold", 16, BLACK, "C"),
        T(w / 2, 284, "course administered by the undersigned instructor. The student was able "
          "to proficiently:", "Times-Roman", 12, BLACK, "C"),
    )
    bullets = (
        "• Configure single-area OSPFv2 in point-to-point and broadcast networks.",
        "• Explain how to mitigate threats and enhance network security using ACLs.",
        "• Implement standard IPv4 ACLs and configure NAT services on edge routers.",
        "• Explain how network automation is enabled through RESTful APIs.",
    )
    for i, b in enumerate(bullets):
        pg.add(T(170, 312 + i * 16, b, "Times-Roman", 10.5))
    pg.add(
        kv_below(90, 470, "Colegio Técnico Valparaíso Norte", "Academy Name", vsize=11, lw=200),
        kv_below(90, 515, "Valparaíso, Chile", "Location", vsize=11, lw=200),
        signature(520, 455, 140, 4),
        kv_below(520, 470, "Rodrigo Almendra Ruiz", "Instructor", vfont="Times-Italic",
                 vsize=12, lw=220),
        kv_below(520, 515, "18 Jun 2024", "Date", vsize=11, lw=220),
    )
    return Doc("Certificate_of_Course_Completion.pdf", [pg], "fpdf")


def _k_clp_ilt_table() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    pg.add(
        Box(0, 0, w, 70, (0.93, 0.95, 0.98), None),
        T(40, 42, "NorthBridge", "Helvetica-Bold", 22, NAVY),
        T(172, 42, "Network Academy", "Helvetica", 22, CISCO_BLUE),
        cisco_bars(448, 40, 0.8),
        T(448, 56, "Cisco Learning Partner", "Helvetica-Bold", 9, CISCO_BLUE),
        T(w / 2, 130, "Certificate of Training", "Times-Bold", 30, NAVY, "C"),
        T(w / 2, 170, "presented to", "Times-Italic", 13, GREY, "C"),
        T(w / 2, 205, "Tomasz J. Wierzbicki", "Times-Bold", 26, BLACK, "C"),
        Rule(150, 215, 462, 215, GOLD, 1.2),
    )
    rows = [
        ("Course", ["Implementing and Operating Cisco Enterprise Network Core",
                    "Technologies (ENCOR) v1.3"]),
        ("Course Code", ["ENCOR"]),
        ("Training Dates", ["AUGUST 4-8, 2025"]),
        ("Delivery", ["Instructor-led, virtual classroom (vILT)"]),
        ("Instructor", ["Hannelore Voss  (Instructor ID INS-40721)"]),
        ("Duration", ["5 days / 40 hours"]),
    ]
    y = 250.0
    x0, x1, x2 = 60.0, 180.0, 552.0
    for label, lines in rows:
        rh = 10 + 15 * len(lines)
        pg.add(Box(x0, y, x1 - x0, rh, (0.95, 0.95, 0.95), LIGHT, 0.6),
               Box(x1, y, x2 - x1, rh, None, LIGHT, 0.6),
               T(x0 + 8, y + 17, label, "Helvetica-Bold", 10))
        for i, line in enumerate(lines):
            pg.add(T(x1 + 8, y + 17 + 15 * i, line, "Helvetica", 10.5))
        y += rh
    pg.add(
        T(60, y + 40, "Certificate No.: NB-2025-0818-4471", "Helvetica-Bold", 11),
        T(60, y + 58, "Issued on: 11 August 2025", "Helvetica", 10, GREY),
        signature(380, y + 60, 130, 7),
        Rule(370, y + 70, 552, y + 70, GREY, 0.6),
        T(370, y + 84, "Lena Marstrand, Training Director", "Helvetica", 9, GREY),
        *para(w / 2, 740, "NorthBridge Network Academy is an authorized Cisco Learning Partner. "
              "This certificate may be submitted for Cisco Continuing Education credit.",
              size=8, maxw=460, align="C", color=GREY),
    )
    return Doc("NB_certificate_ENCOR.pdf", [pg], "rl", title="Certificate of Training")


def _k_ciscolive_session() -> Doc:
    w = LETTER_L[0]
    pg = Page(LETTER_L)
    pg.add(
        Box(0, 0, w, 95, (0.04, 0.09, 0.2), None),
        cisco_bars(40, 52, 1.0, WHITE),
        T(40, 78, "CISCO LIVE", "Helvetica-Bold", 22, WHITE),
        T(w - 40, 50, "EMEA 2025  |  Amsterdam", "Helvetica-Bold", 13, WHITE, "R"),
        T(w - 40, 70, "9–14 February 2025", "Helvetica", 11, LIGHT, "R"),
        T(w / 2, 160, "Certificate of Attendance", "Helvetica-Bold", 30, NAVY, "C"),
        T(w / 2, 200, "This is to confirm that", "Helvetica", 12, GREY, "C"),
        T(w / 2, 240, "Marguerite Oyelaran-Fitch", "Helvetica-Bold", 26, BLACK, "C"),
        T(w / 2, 272, "attended the following technical session:", "Helvetica", 12, GREY, "C"),
        T(w / 2, 300, "BRKENS-2092", "Courier-Bold", 12, CISCO_BLUE, "C"),
        T(w / 2, 326, "Troubleshooting Campus Fabric with Catalyst Center", "Helvetica-Bold",
          18, BLACK, "C"),
        T(120, 395, "Session date", "Helvetica", 8, GREY),
        T(120, 410, "Wednesday, 12 February 2025 · 14:45–16:15 CET", "Helvetica", 11),
        T(470, 395, "Duration", "Helvetica", 8, GREY),
        T(470, 410, "90 minutes (2 CE credits)", "Helvetica", 11),
        T(120, 440, "Badge ID", "Helvetica", 8, GREY),
        T(120, 455, "4471209", "Helvetica", 11),
        T(470, 440, "Verification code", "Helvetica", 8, GREY),
        T(470, 455, "CL25-EMEA-7Q4M2X", "Courier-Bold", 12),
        Rule(40, 560, w - 40, 560, LIGHT, 0.6),
        T(40, 578, "Cisco Live attendance records can be checked with the verification code "
          "above.", "Helvetica", 8, GREY),
    )
    return Doc("CiscoLive_EMEA25_BRKENS-2092.pdf", [pg], "fpdf")


def _k_udemy() -> Doc:
    w, h = LETTER_L
    uc = "UC-3f1c9a2e-7b4d-4e21-9c0a-5d8e6f7a1b2c"
    pg = Page(LETTER_L)
    pg.add(
        T(50, 70, "udemy", "Helvetica-Bold", 28, (0.64, 0.2, 0.94)),
        T(w - 50, 52, f"Certificate no: {uc}", "Helvetica", 8, GREY, "R"),
        T(w - 50, 64, f"Certificate url: ude.my/{uc}", "Helvetica", 8, GREY, "R"),
        T(w - 50, 76, "Reference Number: 0004", "Helvetica", 8, GREY, "R"),
        T(50, 200, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 11, GREY, cs=1.5),
        *para(50, 250, "Cisco CCNP ENARSI 300-410: Complete Course with Labs",
              font="Helvetica-Bold", size=34, maxw=620, leading=42),
        T(50, 350, "Instructors", "Helvetica", 11, GREY),
        T(124, 350, "Rafael Domingues, Yuki Ostrander-Hale", "Helvetica-Bold", 11),
        T(50, 470, "Ingrid Solvang-Mbeki", "Helvetica-Bold", 26),
        T(50, 500, "Date", "Helvetica", 11, GREY),
        T(100, 500, "Feb. 3, 2025", "Helvetica-Bold", 11),
        T(50, 518, "Length", "Helvetica", 11, GREY),
        T(100, 518, "31.5 total hours", "Helvetica-Bold", 11),
        Rule(0, h - 10, w, h - 10, (0.64, 0.2, 0.94), 6),
    )
    return Doc(f"{uc}.pdf", [pg], "rl", title="Udemy certificate")


def _k_coursera() -> Doc:
    h = LETTER_L[1]
    pg = Page(LETTER_L)
    band = (0.9, 0.94, 0.99)
    pg.add(
        Box(560, 0, 232, h, band, None),
        T(676, 150, "COURSE", "Helvetica-Bold", 20, NAVY, "C", cs=2),
        T(676, 176, "CERTIFICATE", "Helvetica-Bold", 20, NAVY, "C", cs=2),
        Ring(676, 290, 62, WHITE, CISCO_BLUE, 3),
        T(676, 287, "coursera", "Helvetica-Bold", 14, CISCO_BLUE, "C"),
        T(676, 302, "COURSE CERTIFICATE", "Helvetica", 6, GREY, "C"),
        T(50, 70, "coursera", "Helvetica-Bold", 26, (0.0, 0.34, 0.82)),
        T(50, 120, "Feb 9, 2025", "Helvetica", 12),
        T(50, 205, "Kwabena Lindqvist-Arroyo", "Helvetica-Bold", 30),
        T(50, 235, "has successfully completed", "Helvetica", 12, GREY),
        T(50, 270, "Software Defined Networking", "Helvetica-Bold", 22),
        *para(50, 300, "an online non-credit course authorized by University of Kestrel Ridge and "
              "offered through Coursera", size=12, maxw=470, color=GREY),
        signature(50, 420, 150, 3),
        T(50, 440, "Prof. Annika Drummond-Sato", "Helvetica-Bold", 10),
        T(50, 453, "Department of Computer Science", "Helvetica", 9, GREY),
        T(50, 465, "University of Kestrel Ridge", "Helvetica", 9, GREY),
        T(50, 560, "Verify at: https://coursera.org/verify/7XKQ2M9LPZ4R", "Helvetica", 8, GREY),
        *para(50, 573, "Coursera has confirmed the identity of this individual and their "
              "participation in the course.", size=8, maxw=480, color=GREY),
    )
    return Doc("Coursera 7XKQ2M9LPZ4R.pdf", [pg], "fpdf")


def _k_linkedin() -> Doc:
    w, h = LETTER_L
    pg = Page(LETTER_L)
    pg.add(
        Box(30, 30, w - 60, h - 60, None, LIGHT, 1),
        T(w / 2, 110, "Certificate of Completion", "Helvetica", 30, BLACK, "C"),
        T(w / 2, 175, "Congratulations, Hamid Castellanos-Reyes", "Helvetica-Bold", 22,
          BLACK, "C"),
        T(w / 2, 225, "Cisco CCNP Enterprise (350-401) Cert Prep: 4 Network Assurance",
          "Helvetica-Bold", 16, BLACK, "C"),
        T(w / 2, 252, "Course completed on Jan 27, 2025 at 09:14AM UTC", "Helvetica", 11,
          GREY, "C"),
        T(w / 2, 272, "1 hour 52 minutes", "Helvetica", 11, GREY, "C"),
        *para(w / 2, 310, "By continuing to learn, you have expanded your perspective, "
              "sharpened your skills, and made yourself even more in demand.", size=11,
              maxw=430, align="C"),
        T(80, 420, "Top skills covered", "Helvetica-Bold", 9),
        T(80, 434, "Network Monitoring  ·  Cisco Catalyst Center", "Helvetica", 9, GREY),
        signature(w / 2 - 70, 455, 140, 5),
        T(w / 2, 478, "Head of Content Strategy, Learning", "Helvetica", 9, GREY, "C"),
        T(80, 540, "Linked", "Helvetica-Bold", 15, BLACK),
        Box(132, 526, 20, 18, (0.04, 0.4, 0.76), None),
        T(135, 540, "in", "Helvetica-Bold", 13, WHITE),
        T(158, 540, "Learning", "Helvetica", 15, GREY),
        T(w - 80, 540, "Certificate ID: AaQ8rT2mVx9LpKw3ZcN5yB7dHe1", "Helvetica", 8, GREY, "R"),
    )
    return Doc("CertificateOfCompletion_Cisco CCNP Enterprise 350401 Cert Prep 4.pdf", [pg],
               "rl")


def _k_pluralsight_uuid_filename() -> Doc:
    w = A4_P[0]
    pg = Page(A4_P)
    orange = (0.93, 0.2, 0.35)
    pg.add(
        Box(0, 0, w, 12, orange, None),
        T(w / 2, 90, "PLURALSIGHT", "Helvetica-Bold", 20, orange, "C", cs=4),
        T(w / 2, 180, "CERTIFICATE OF COMPLETION", "Helvetica", 14, GREY, "C", cs=2),
        T(w / 2, 260, "Nadira Okonkwo-Lindgren", "Helvetica-Bold", 30, BLACK, "C"),
        T(w / 2, 300, "has successfully completed", "Helvetica", 12, GREY, "C"),
        *para(w / 2, 345, "Cisco Core Security: Securing Network Infrastructure",
              font="Helvetica-Bold", size=20, maxw=440, align="C", leading=26),
        Rule(80, 430, w - 80, 430, LIGHT, 0.8),
        kv_above(90, 460, "AUTHOR", "Delphine Arkwright", vfont="Helvetica", vsize=11),
        kv_above(250, 460, "LEVEL", "Intermediate", vfont="Helvetica", vsize=11),
        kv_above(400, 460, "DURATION", "3h 12m", vfont="Helvetica", vsize=11),
        Rule(80, 500, w - 80, 500, LIGHT, 0.8),
        T(w / 2, 560, "Completed April 22, 2025", "Helvetica", 12, BLACK, "C"),
        T(w / 2, 790, "pluralsight.com  ·  Pluralsight Skills", "Helvetica", 8, GREY, "C"),
    )
    return Doc("pluralsight-certificate-4b8f2c1e-9a7d-4e3b-8c21-0f5d6a7e9b13.pdf", [pg], "fpdf")


def _k_ine_labels_below() -> Doc:
    w = A4_L[0]
    pg = Page(A4_L)
    pg.add(
        Box(0, 0, w, 110, (0.08, 0.08, 0.1), None),
        T(50, 75, "INE", "Helvetica-Bold", 46, WHITE),
        T(150, 62, "Expert-led IT training", "Helvetica", 10, LIGHT),
        T(w - 50, 66, "CERTIFICATE OF ACHIEVEMENT", "Helvetica-Bold", 16, (0.95, 0.75, 0.2),
          "R"),
        T(50, 180, "Lorenzo Achterberg-Saini", "Times-Bold", 32),
        T(50, 212, "has successfully completed the learning path", "Helvetica", 12, GREY),
        T(50, 250, "CCNP Enterprise: Advanced Routing", "Helvetica-Bold", 22),
        T(50, 275, "Student ID 880214  ·  42 lab hours", "Helvetica", 9, GREY),
        kv_below(50, 370, "2025-04-01", "Start date", vfont="Helvetica", vsize=13, lw=150),
        kv_below(230, 370, "2025-05-28", "Completion date", vfont="Helvetica", vsize=13,
                 lw=150),
        kv_below(410, 370, "2025-05-30", "Issued on", vfont="Helvetica", vsize=13, lw=150),
        kv_below(590, 370, "INE-CRED-58D2-KW71", "Credential ID", vfont="Courier-Bold",
                 vsize=13, lw=190),
        seal(w - 110, 480, 48, ["INE", "VERIFIED", "2025"], (0.95, 0.6, 0.1)),
        signature(50, 480, 140, 6),
        T(50, 500, "Chief Learning Officer", "Helvetica", 9, GREY),
    )
    return Doc("INE_certificate.pdf", [pg], "rl")


def _k_cbtnuggets_us_range() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    orange = (0.96, 0.5, 0.1)
    pg.add(
        Ring(66, 62, 18, orange, None),
        T(92, 70, "CBT Nuggets", "Helvetica-Bold", 22, (0.2, 0.2, 0.2)),
        Rule(40, 100, w - 40, 100, orange, 2),
        T(w / 2, 180, "Certificate of Completion", "Times-Bold", 32, BLACK, "C"),
        T(w / 2, 230, "This certificate is awarded to", "Helvetica", 12, GREY, "C"),
        T(w / 2, 275, "Beatriz Halloran-Quist", "Times-BoldItalic", 28, BLACK, "C"),
        T(w / 2, 315, "for completing the training course", "Helvetica", 12, GREY, "C"),
        T(w / 2, 350, "Cisco CCNP Security (350-701 SCOR) Online Training", "Helvetica-Bold",
          16, BLACK, "C"),
        T(110, 430, "Training period:", "Helvetica", 11, GREY),
        T(250, 430, "10/02/2024 – 11/27/2024", "Helvetica-Bold", 11),
        T(110, 450, "Training hours:", "Helvetica", 11, GREY),
        T(250, 450, "42", "Helvetica-Bold", 11),
        T(110, 470, "Trainer:", "Helvetica", 11, GREY),
        T(250, 470, "Owen Halvard", "Helvetica-Bold", 11),
        T(110, 490, "Account No.:", "Helvetica", 11, GREY),
        T(250, 490, "00718342", "Helvetica-Bold", 11),
        T(110, 510, "Certificate #:", "Helvetica", 11, GREY),
        T(250, 510, "CBT-2024-1127-66Q3Z", "Helvetica-Bold", 11),
        signature(360, 610, 140, 8),
        Rule(350, 620, 540, 620, GREY, 0.6),
        T(350, 634, "VP of Learning, CBT Nuggets", "Helvetica", 9, GREY),
    )
    return Doc("cbt-nuggets-certificate.pdf", [pg], "fpdf")


def _k_skillsoft_glued() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    green = (0.05, 0.55, 0.45)
    date = "19 March 2025"
    dw = width(date, "Helvetica", 11)
    pg.add(
        T(50, 60, "skillsoft", "Helvetica-Bold", 24, green),
        T(160, 60, "| percipio", "Helvetica", 16, GREY),
        T(w / 2, 160, "Certificate of Completion", "Helvetica-Bold", 28, BLACK, "C"),
        T(w / 2, 205, "Presented to", "Helvetica", 12, GREY, "C"),
        T(w / 2, 245, "Desmond Achebe-Larsson", "Helvetica-Bold", 24, BLACK, "C"),
        T(w / 2, 285, "For successfully completing", "Helvetica", 12, GREY, "C"),
        T(w / 2, 318, "CCNA 200-301: Network Fundamentals and Access", "Helvetica-Bold", 16,
          BLACK, "C"),
        Box(90, 380, 432, 24, (0.92, 0.96, 0.95), LIGHT, 0.5),
        T(100, 396, "Completion Date", "Helvetica-Bold", 9),
        T(100 + dw + 1.5, 396, "CPE Credits", "Helvetica-Bold", 9),
        T(330, 396, "Duration", "Helvetica-Bold", 9),
        Box(90, 404, 432, 24, None, LIGHT, 0.5),
        T(100, 420, date, "Helvetica", 11),
        T(100 + dw + 1.5, 420, "4.5", "Helvetica", 11),
        T(330, 420, "4h 30m", "Helvetica", 11),
        T(90, 470, "Certificate Number: SKS-PR-71350-22QX", "Helvetica", 10),
        signature(360, 560, 130, 9),
        T(360, 580, "Chief Executive Officer, Skillsoft", "Helvetica", 9, GREY),
        T(50, 760, "Printed on 24 March 2025", "Helvetica", 7, GREY),
    )
    return Doc("Skillsoft_Certificate.pdf", [pg], "rl")


def _k_clp_cover_page2() -> Doc:
    w = A4_P[0]
    letter = Page(A4_P)
    letter.add(
        T(60, 70, "Meridian Learning Services GmbH", "Helvetica-Bold", 16, NAVY),
        T(60, 86, "Cisco Learning Partner  ·  Hafenstraße 12  ·  20457 Hamburg", "Helvetica", 9,
          GREY),
        T(60, 170, "Ms Siobhán Kowalczyk-Ferreira", "Helvetica", 11),
        T(60, 184, "Dunmore Systems Ltd", "Helvetica", 11),
        T(60, 198, "Galway, Ireland", "Helvetica", 11),
        T(w - 60, 170, "Hamburg, 29 September 2025", "Helvetica", 11, BLACK, "R"),
        T(w - 60, 190, "Invoice No. RE-2025-44810", "Helvetica", 9, GREY, "R"),
        T(w - 60, 203, "Order No. 7720193", "Helvetica", 9, GREY, "R"),
        T(60, 260, "Your certificate of attendance", "Helvetica-Bold", 12),
        T(60, 290, "Dear Ms Kowalczyk-Ferreira,", "Helvetica", 11),
        *para(60, 315, "thank you for attending our Cisco authorized training. Please find your "
              "certificate of attendance on the following page. Keep it together with this "
              "letter for your records; you can use it to claim Cisco Continuing Education "
              "credits within 90 days of course completion.", size=11, maxw=470),
        T(60, 420, "Kind regards,", "Helvetica", 11),
        signature(60, 455, 110, 10),
        T(60, 475, "Customer Care Team", "Helvetica", 11),
    )
    cert = Page(A4_P)
    cert.add(
        border(A4_P, 28, NAVY, 2.5, double=True),
        T(w / 2, 110, "Meridian Learning Services", "Helvetica-Bold", 18, NAVY, "C"),
        cisco_bars(w / 2 - 22, 150, 1.0),
        T(w / 2, 166, "Cisco Learning Partner", "Helvetica", 9, CISCO_BLUE, "C"),
        T(w / 2, 240, "CERTIFICATE OF ATTENDANCE", "Times-Bold", 26, BLACK, "C"),
        T(w / 2, 300, "Siobhán Kowalczyk-Ferreira", "Times-Italic", 28, NAVY, "C"),
        T(w / 2, 340, "attended the Cisco authorized course", "Times-Roman", 13, GREY, "C"),
        *para(w / 2, 380, "Implementing Cisco Application Centric Infrastructure (DCACI) v1.2",
              font="Times-Bold", size=17, maxw=420, align="C", leading=22),
        T(w / 2, 450, "22–26 September 2025  ·  Virtual Classroom", "Times-Roman", 13,
          BLACK, "C"),
        T(w / 2, 520, "Certificate Serial No.: MLS-DCACI-250926-0193", "Courier", 11, BLACK,
          "C"),
        signature(w / 2 - 60, 640, 120, 11),
        Rule(w / 2 - 100, 650, w / 2 + 100, 650, GREY, 0.6),
        T(w / 2, 664, "Head of Training", "Times-Roman", 10, GREY, "C"),
        T(w / 2, 790, "Meridian Learning Services GmbH is a Cisco Learning Partner.",
          "Helvetica", 8, GREY, "C"),
    )
    return Doc("MLS_Teilnahme_DCACI.pdf", [letter, cert], "fpdf")


def _k_netacad_rotated() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    pg.add(
        Box(0, 0, w, 8, CISCO_BLUE, None),
        cisco_bars(60, 70, 0.9),
        T(110, 66, "Cisco Networking Academy", "Helvetica-Bold", 14, CISCO_BLUE),
        T(w / 2, 170, "Statement of Achievement", "Helvetica-Bold", 26, BLACK, "C"),
        T(w / 2, 215, "Cisco Networking Academy® recognizes", "Helvetica", 12, GREY, "C"),
        T(w / 2, 260, "Yusuf Rahimov-Castell", "Helvetica-Bold", 26, BLACK, "C"),
        T(w / 2, 300, "for completing the course", "Helvetica", 12, GREY, "C"),
        T(w / 2, 335, "Introduction to Cybersecurity", "Helvetica-Bold", 18, CISCO_BLUE, "C"),
        T(160, 420, "Course start:", "Helvetica", 10, GREY),
        T(270, 420, "16 Sep 2024", "Helvetica", 11),
        T(160, 438, "Course completed:", "Helvetica", 10, GREY),
        T(270, 438, "7 Oct 2024", "Helvetica", 11),
        T(160, 456, "Hours:", "Helvetica", 10, GREY),
        T(270, 456, "6", "Helvetica", 11),
        signature(w / 2 - 60, 560, 120, 12),
        T(w / 2, 580, "Director, Cisco Networking Academy", "Helvetica", 9, GREY, "C"),
        T(w / 2, 720, "Verify: https://www.netacad.com/verify/NA-7RD2-KQ89", "Helvetica", 8,
          GREY, "C"),
    )
    return Doc("statement_of_achievement.pdf", [pg], "rl", rotate=90)


def _k_ciscou_letterspaced() -> Doc:
    w, h = LETTER_L
    pg = Page(LETTER_L)
    pg.add(
        Box(0, h - 60, w, 60, (0.93, 0.96, 0.99), None),
        cisco_bars(50, 70, 1.0),
        T(100, 66, "cisco", "Helvetica-Bold", 22, NAVY),
        T(162, 66, "U.", "Helvetica-Bold", 22, CISCO_BLUE),
        T(w / 2, 150, "LEARNING PATH COMPLETE", "Helvetica", 14, GREY, "C", cs=5),
        T(w / 2, 215, "Chidera Fontaine-Okafor", "Helvetica-Bold", 30, BLACK, "C", cs=2),
        T(w / 2, 255, "has completed", "Helvetica", 12, GREY, "C"),
        *para(w / 2, 290, "Developing Applications and Automating Workflows Using Cisco "
              "Platforms (DEVASC) v1.1", font="Helvetica-Bold", size=17, maxw=520,
              align="C", leading=22),
        T(w / 2, 370, "Started Jun 2, 2025  ·  Completed Jul 24, 2025", "Helvetica", 12,
          BLACK, "C", cs=1.5),
        T(140, 450, "Credential ID", "Helvetica", 8, GREY),
        T(140, 464, "3c19e8d2a7f4", "Courier-Bold", 12),
        T(340, 450, "Cisco ID", "Helvetica", 8, GREY),
        T(340, 464, "csco-5521098", "Courier", 12),
        T(520, 450, "Valid until", "Helvetica", 8, GREY),
        T(520, 464, "Jul 24, 2028", "Helvetica", 12),
        T(w / 2, h - 25, "Cisco U.  ·  u.cisco.com", "Helvetica", 9, GREY, "C"),
    )
    return Doc("cisco_u_learning_path.pdf", [pg], "fpdf")


# --------------------------------------------------------------------------------------------
# Unknown issuers
# --------------------------------------------------------------------------------------------


def _u_university_seal() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    pg.add(
        border(LETTER_P, 30, (0.45, 0.1, 0.15), 3, double=True),
        T(w / 2, 110, "HALVORSEN STATE UNIVERSITY", "Times-Bold", 22, (0.45, 0.1, 0.15), "C",
          cs=1),
        T(w / 2, 132, "School of Professional & Continuing Studies", "Times-Italic", 13, GREY,
          "C"),
        T(w / 2, 210, "Certificate of Completion", "Times-BoldItalic", 34, BLACK, "C"),
        T(w / 2, 260, "This is to certify that", "Times-Roman", 13, BLACK, "C"),
        T(w / 2, 305, "Maximilian Ferreira-Okoye", "Times-Bold", 26, BLACK, "C"),
        T(w / 2, 345, "has completed the non-credit program", "Times-Roman", 13, BLACK, "C"),
        T(w / 2, 380, "Network Automation with Python and Ansible", "Times-Bold", 18, BLACK,
          "C"),
        T(w / 2, 415, "Fall term: September 8 – December 12, 2025", "Times-Roman", 12, BLACK,
          "C"),
        T(w / 2, 433, "60 contact hours", "Times-Roman", 12, GREY, "C"),
        seal(w / 2, 560, 55, ["HALVORSEN", "STATE UNIV.", "EST. 1891"], (0.45, 0.1, 0.15)),
        signature(70, 560, 130, 13),
        Rule(60, 570, 220, 570, BLACK, 0.6),
        T(140, 584, "Dean", "Times-Roman", 10, BLACK, "C"),
        signature(400, 560, 130, 14),
        Rule(390, 570, 550, 570, BLACK, 0.6),
        T(470, 584, "University Registrar", "Times-Roman", 10, BLACK, "C"),
        T(60, 730, "Certificate No. HSU-PS-25-03318", "Times-Roman", 9),
        T(w - 60, 730, "Student ID 900412775", "Times-Roman", 9, BLACK, "R"),
    )
    return Doc("HSU_certificate.pdf", [pg], "rl")


def _u_webinar_oneday() -> Doc:
    h = A4_L[1]
    pg = Page(A4_L)
    teal = (0.0, 0.45, 0.5)
    pg.add(
        Box(0, 0, 14, h, teal, None),
        T(60, 70, "ARCTURUS", "Helvetica-Bold", 24, teal, cs=3),
        T(60, 88, "NETWORKS  ·  Live Webinar Series", "Helvetica", 10, GREY, cs=1),
        T(60, 170, "Certificate of Attendance", "Helvetica-Bold", 32),
        T(60, 215, "Awarded to", "Helvetica", 12, GREY),
        T(60, 250, "Sunniva Adeyemi-Hartmann", "Helvetica-Bold", 26, teal),
        T(60, 290, "for attending the live webinar", "Helvetica", 12, GREY),
        T(60, 322, "Zero Trust Segmentation for Campus Networks", "Helvetica-Bold", 19),
        T(60, 350, "Thursday, 6 March 2025 · 16:00–17:30 CET", "Helvetica", 12),
        T(60, 370, "Presenter: Dr. Ilse Varga", "Helvetica", 11, GREY),
        Box(560, 400, 230, 110, (0.95, 0.97, 0.97), LIGHT, 0.6),
        T(575, 425, "Registration #: 55120931", "Helvetica", 10),
        T(575, 450, "Verification code: 8H3K-WQ2P", "Helvetica-Bold", 10),
        T(575, 475, "Recording available until", "Helvetica", 9, GREY),
        T(575, 488, "6 June 2025", "Helvetica", 9, GREY),
        signature(60, 480, 120, 15, teal),
        T(60, 500, "Webinar Programme Lead", "Helvetica", 9, GREY),
    )
    return Doc("webinar-attendance.pdf", [pg], "fpdf")


def _u_bootcamp_sidepanel() -> Doc:
    w, h = LETTER_L
    pg = Page(LETTER_L)
    dark = (0.12, 0.12, 0.14)
    red = (0.86, 0.2, 0.15)
    pg.add(
        Box(w - 230, 0, 230, h, dark, None),
        T(40, 70, "[>", "Courier-Bold", 28, red),
        T(80, 70, "PacketForge", "Helvetica-Bold", 26, dark),
        T(80, 86, "CCIE LAB BOOTCAMP", "Helvetica", 9, GREY, cs=2),
        T(40, 180, "Certificate of Completion", "Helvetica-Bold", 30, dark),
        T(40, 240, "Rahul Szabo-Engström", "Helvetica-Bold", 28, red),
        T(40, 275, "completed the intensive 5-day", "Helvetica", 12, GREY),
        T(40, 305, "CCIE Enterprise Infrastructure Lab Bootcamp", "Helvetica-Bold", 18, dark),
        T(40, 335, "13–17 January 2025 · Online (live)", "Helvetica", 12),
        signature(40, 470, 140, 16, dark),
        Rule(40, 480, 220, 480, GREY, 0.6),
        T(40, 494, "Ondřej Kalinowski, Lead Instructor", "Helvetica", 9, GREY),
        T(w - 210, 120, "INSTRUCTOR ID", "Helvetica", 8, LIGHT, cs=1),
        T(w - 210, 136, "PF-INS-0042", "Courier-Bold", 12, WHITE),
        T(w - 210, 180, "LAB HOURS", "Helvetica", 8, LIGHT, cs=1),
        T(w - 210, 196, "38", "Helvetica-Bold", 12, WHITE),
        T(w - 210, 240, "CERTIFICATE ID", "Helvetica", 8, LIGHT, cs=1),
        T(w - 210, 256, "PFB-CCIE-EI-2501-0917", "Courier-Bold", 12, WHITE),
        T(w - 210, 560, "packetforge.example", "Helvetica", 8, LIGHT),
    )
    return Doc("PacketForge_CCIE_EI_certificate.pdf", [pg], "rl")


def _u_conference_nocode() -> Doc:
    w = A4_P[0]
    pg = Page(A4_P)
    purple = (0.35, 0.15, 0.55)
    pg.add(
        Box(0, 0, w, 180, purple, None),
        T(w / 2, 80, "NetOps Summit", "Helvetica-Bold", 36, WHITE, "C"),
        T(w / 2, 112, "Europe 2025", "Helvetica", 22, WHITE, "C"),
        T(w / 2, 150, "Lisbon, 14-16 October 2025", "Helvetica", 13, LIGHT, "C"),
        T(w / 2, 260, "CERTIFICATE OF ATTENDANCE", "Helvetica-Bold", 20, purple, "C", cs=1.5),
        T(w / 2, 310, "This certifies that", "Helvetica", 12, GREY, "C"),
        T(w / 2, 355, "Caoimhe Bergström-Adebayo", "Times-BoldItalic", 28, BLACK, "C"),
        *para(w / 2, 400, "attended NetOps Summit Europe 2025 and earned 18 CPE hours.",
              size=12, maxw=420, align="C"),
        T(w / 2, 470, "Attendee No. NOS25-11872", "Helvetica", 10, GREY, "C"),
        signature(w / 2 - 60, 620, 120, 17, purple),
        Rule(w / 2 - 100, 630, w / 2 + 100, 630, GREY, 0.6),
        T(w / 2, 644, "Programme Chair", "Helvetica", 10, GREY, "C"),
    )
    return Doc("NOS25_attendance.pdf", [pg], "fpdf")


def _u_vendor_rotated() -> Doc:
    w = LETTER_L[0]
    pg = Page(LETTER_L)
    green = (0.1, 0.45, 0.25)
    rows = [
        ("Learner", "Emeka Vandersloot"),
        ("Course", "VSA SD-WAN Operations and Troubleshooting"),
        ("Course dates", "2025-03-03 to 2025-03-05"),
        ("Exam No.", "VSA-210"),
        ("Credential ID", "VSA-OPR-7719-2025"),
    ]
    pg.add(
        T(50, 70, "Veridian Systems Academy", "Helvetica-Bold", 22, green),
        Rule(50, 84, w - 50, 84, green, 1.5),
        T(50, 150, "Course Completion Record", "Helvetica-Bold", 26),
    )
    for i, (label, value) in enumerate(rows):
        y = 220 + i * 34
        pg.add(T(50, y, label, "Helvetica", 11, GREY), T(200, y, value, "Helvetica-Bold", 13),
               Rule(50, y + 10, 600, y + 10, LIGHT, 0.4))
    pg.add(
        seal(680, 300, 50, ["VERIDIAN", "ACADEMY", "CERTIFIED"], green),
        T(50, 560, "Veridian Systems Academy, training division of Veridian Systems AB.",
          "Helvetica", 8, GREY),
    )
    return Doc("VSA_completion.pdf", [pg], "rl", rotate=270)


def _u_sentence_only() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    body = (
        "This is to certify that Oluwaseun Brandt-Nakamura attended and successfully completed "
        "the course “Designing Resilient Data Center Fabrics”, held from the 3rd to the 7th "
        "of November 2025 at the Kestrel Training Centre, Leeds, and has been assigned "
        "certificate number KTC/2025/1147."
    )
    pg.add(
        T(72, 72, "Kestrel Training Centre", "Times-Bold", 13),
        T(72, 88, "14 Wharf Row, Leeds", "Times-Roman", 10, GREY),
        Rule(72, 100, w - 72, 100, BLACK, 0.5),
        T(w / 2, 200, "CERTIFICATE", "Times-Bold", 24, BLACK, "C", cs=3),
        *para(72, 270, body, font="Times-Roman", size=14, maxw=w - 144, leading=22),
        T(72, 450, "Signed,", "Times-Roman", 12),
        signature(72, 490, 120, 18, BLACK),
        T(72, 510, "Harriet Okwuosa-Pemberton", "Times-Roman", 12),
        T(72, 526, "Director of Training", "Times-Italic", 11, GREY),
    )
    return Doc("KTC_certificate.pdf", [pg], "fpdf")


def _u_values_above_labels() -> Doc:
    w = LETTER_L[0]
    pg = Page(LETTER_L)
    pg.add(
        border(LETTER_L, 24, (0.3, 0.25, 0.1), 4, double=True),
        T(w / 2, 100, "Lakeshore Technical Institute", "Times-Bold", 28, (0.3, 0.25, 0.1), "C"),
        T(w / 2, 150, "Certificate of Achievement", "Times-Italic", 22, BLACK, "C"),
        kv_below(w / 2, 230, "Ferdinand Oakes-Mwangi", "Student", vfont="Times-BoldItalic",
                 vsize=24, lw=360, align="C"),
        kv_below(w / 2, 300, "BGP Design and Implementation Workshop", "Course",
                 vfont="Times-Bold", vsize=17, lw=420, align="C"),
        kv_below(170, 390, "04/21/2025 – 04/25/2025", "Dates", vfont="Times-Roman", vsize=13,
                 lw=200, align="C"),
        kv_below(w / 2, 390, "Marisol Quintero", "Instructor", vfont="Times-Roman", vsize=13,
                 lw=180, align="C"),
        kv_below(w - 170, 390, "LTI-44871", "Certificate No.", vfont="Times-Roman", vsize=13,
                 lw=180, align="C"),
        seal(w / 2, 495, 45, ["LAKESHORE", "TECHNICAL", "INSTITUTE"], GOLD),
    )
    return Doc("LTI_cert.pdf", [pg], "rl")


# --------------------------------------------------------------------------------------------
# Non-English certificates
# --------------------------------------------------------------------------------------------


def _f_de_clp() -> Doc:
    w = A4_P[0]
    pg = Page(A4_P)
    pg.add(
        T(50, 60, "Alpenfeld Netzwerkschulung GmbH", "Helvetica-Bold", 14, NAVY),
        T(50, 74, "Leopoldstraße 88 · 80802 München", "Helvetica", 8, GREY),
        cisco_bars(w - 120, 58, 0.8),
        T(w - 50, 74, "Cisco Learning Partner", "Helvetica", 8, CISCO_BLUE, "R"),
        T(w / 2, 180, "TEILNAHMEBESCHEINIGUNG", "Helvetica-Bold", 24, BLACK, "C", cs=1),
        T(w / 2, 250, "Herr", "Helvetica", 12, BLACK, "C"),
        T(w / 2, 280, "Jörg Übelhack-Brandt", "Helvetica-Bold", 22, BLACK, "C"),
        T(w / 2, 304, "Geburtsdatum: 02.07.1988", "Helvetica", 10, GREY, "C"),
        T(w / 2, 345, "hat vom 10.03.2025 bis 14.03.2025 an der Schulung", "Helvetica", 12,
          BLACK, "C"),
        *para(w / 2, 380, "Implementing Cisco Enterprise Advanced Routing and Services "
              "(ENARSI) v1.1", font="Helvetica-Bold", size=15, maxw=430, align="C",
              leading=20),
        T(w / 2, 430, "erfolgreich teilgenommen.", "Helvetica", 12, BLACK, "C"),
        T(80, 520, "Kursnummer:", "Helvetica", 10, GREY),
        T(200, 520, "ENARSI", "Helvetica", 10),
        T(80, 536, "Dauer:", "Helvetica", 10, GREY),
        T(200, 536, "5 Tage (40 UE)", "Helvetica", 10),
        T(80, 552, "Zertifikatsnummer:", "Helvetica", 10, GREY),
        T(200, 552, "ALP-25-0310-7782", "Helvetica-Bold", 10),
        T(80, 660, "München, ausgestellt am 17.03.2025", "Helvetica", 10),
        signature(340, 650, 120, 19),
        Rule(330, 660, 510, 660, GREY, 0.6),
        T(420, 674, "Schulungsleitung", "Helvetica", 9, GREY, "C"),
        T(w / 2, 800, "Alpenfeld Netzwerkschulung GmbH ist autorisierter Cisco Learning "
          "Partner.", "Helvetica", 7, GREY, "C"),
    )
    return Doc("Teilnahmebescheinigung_ENARSI.pdf", [pg], "rl")


def _f_fr_university() -> Doc:
    w = A4_L[0]
    pg = Page(A4_L)
    blue = (0.1, 0.2, 0.5)
    pg.add(
        border(A4_L, 20, blue, 1.5),
        T(60, 70, "Université de Valcourt", "Times-Bold", 18, blue),
        T(60, 88, "Service de Formation Continue", "Times-Italic", 11, GREY),
        T(w / 2, 160, "ATTESTATION DE RÉUSSITE", "Times-Bold", 28, BLACK, "C", cs=1),
        T(w / 2, 205, "décernée à", "Times-Italic", 13, GREY, "C"),
        T(w / 2, 245, "Élodie Marchetti-Nguyen", "Times-Bold", 28, blue, "C"),
        T(w / 2, 285, "pour avoir suivi avec succès la formation", "Times-Roman", 13, BLACK,
          "C"),
        T(w / 2, 318, "« Sécurité des réseaux d’entreprise »", "Times-Bold", 18, BLACK, "C"),
        T(w / 2, 350, "du 2 juin 2025 au 27 juin 2025 (35 heures)", "Times-Roman", 13, BLACK,
          "C"),
        T(60, 450, "N° de certificat : UVC-FC-2025-00841", "Times-Roman", 11),
        T(60, 466, "Numéro étudiant : 21908834", "Times-Roman", 11, GREY),
        T(w - 60, 450, "Fait à Valcourt, le 30 juin 2025", "Times-Roman", 11, BLACK, "R"),
        signature(w - 200, 500, 130, 20, blue),
        T(w - 60, 525, "Le Directeur de la Formation Continue", "Times-Italic", 10, GREY, "R"),
    )
    return Doc("attestation_reussite.pdf", [pg], "fpdf")


def _f_es_coursera() -> Doc:
    h = LETTER_L[1]
    pg = Page(LETTER_L)
    pg.add(
        Box(560, 0, 232, h, (0.9, 0.94, 0.99), None),
        T(676, 150, "CERTIFICADO", "Helvetica-Bold", 19, NAVY, "C", cs=1.5),
        T(676, 175, "DEL CURSO", "Helvetica-Bold", 19, NAVY, "C", cs=1.5),
        Ring(676, 290, 60, WHITE, CISCO_BLUE, 3),
        T(676, 294, "coursera", "Helvetica-Bold", 14, CISCO_BLUE, "C"),
        T(50, 70, "coursera", "Helvetica-Bold", 26, (0.0, 0.34, 0.82)),
        T(50, 120, "9 de enero de 2025", "Helvetica", 12),
        T(50, 205, "Valentina Ruiz-Oyelowo", "Helvetica-Bold", 30),
        T(50, 235, "ha completado con éxito", "Helvetica", 12, GREY),
        T(50, 270, "Fundamentos de redes de computadoras", "Helvetica-Bold", 22),
        *para(50, 300, "un curso en línea sin créditos autorizado por Universidad Austral de "
              "Montealto y ofrecido a través de Coursera", size=12, maxw=470, color=GREY),
        signature(50, 420, 150, 21),
        T(50, 440, "Dra. Mercedes Ibarra-Sunde", "Helvetica-Bold", 10),
        T(50, 453, "Facultad de Ingeniería, Universidad Austral de Montealto", "Helvetica", 9,
          GREY),
        T(50, 560, "Verifique en: coursera.org/verify/ES8Q4T2LM7VX", "Helvetica", 8, GREY),
        *para(50, 573, "Coursera ha confirmado la identidad de esta persona y su participación "
              "en el curso.", size=8, maxw=480, color=GREY),
    )
    return Doc("Coursera ES8Q4T2LM7VX.pdf", [pg], "rl")


def _f_pt_netacad() -> Doc:
    w = A4_L[0]
    pg = Page(A4_L)
    pg.add(
        border(A4_L, 18, CISCO_BLUE, 2),
        cisco_bars(50, 72, 1.0),
        T(105, 70, "Cisco Networking Academy", "Helvetica-Bold", 14, CISCO_BLUE),
        T(w / 2, 150, "Certificado de Conclusão de Curso", "Times-Bold", 28, BLACK, "C"),
        T(w / 2, 205, "Rafaela Guimarães Toledo", "Times-Italic", 28, NAVY, "C"),
        T(w / 2, 240, "concluiu com êxito o curso", "Times-Roman", 13, BLACK, "C"),
        T(w / 2, 272, "CCNA: Switching, Routing, and Wireless Essentials", "Times-Bold", 17,
          BLACK, "C"),
        T(w / 2, 298, "ministrado pelo instrutor abaixo assinado.", "Times-Roman", 12, GREY,
          "C"),
        Box(80, 350, w - 160, 90, (0.96, 0.97, 0.99), LIGHT, 0.5),
        T(100, 375, "Período:", "Helvetica-Bold", 10),
        T(190, 375, "03/02/2025 a 15/05/2025", "Helvetica", 10),
        T(100, 395, "Instrutor:", "Helvetica-Bold", 10),
        T(190, 395, "Henrique Batista Lobo", "Helvetica", 10),
        T(100, 415, "Academia:", "Helvetica-Bold", 10),
        T(190, 415, "Instituto Federal Serra Azul", "Helvetica", 10),
        T(450, 375, "Carga horária:", "Helvetica-Bold", 10),
        T(550, 375, "70 horas", "Helvetica", 10),
        T(450, 395, "ID do certificado:", "Helvetica-Bold", 10),
        T(550, 395, "NA-BR-55K2-9QX1", "Helvetica", 10),
        signature(w / 2 - 60, 500, 120, 22),
        T(w / 2, 520, "Henrique Batista Lobo — Instrutor", "Helvetica", 9, GREY, "C"),
    )
    return Doc("certificado_conclusao.pdf", [pg], "fpdf")


def _f_pl_training() -> Doc:
    w = A4_P[0]
    pg = Page(A4_P)
    red = (0.7, 0.1, 0.15)
    pg.add(
        T(w / 2, 70, "Sieciowe Centrum Szkoleniowe Wisła sp. z o.o.", "Helvetica-Bold", 13,
          red, "C"),
        T(w / 2, 86, "ul. Nadwiślańska 5, 00-001 Warszawa", "Helvetica", 8, GREY, "C"),
        T(w / 2, 180, "ZAŚWIADCZENIE", "Times-Bold", 30, BLACK, "C", cs=2),
        T(w / 2, 206, "o ukończeniu szkolenia", "Times-Italic", 14, BLACK, "C"),
        T(w / 2, 260, "Pan", "Times-Roman", 12, BLACK, "C"),
        T(w / 2, 290, "Grzegorz Wójcik-Łapiński", "Times-Bold", 24, BLACK, "C"),
        T(w / 2, 312, "urodzony 14.09.1990 r. w Toruniu", "Times-Roman", 11, GREY, "C"),
        T(w / 2, 350, "ukończył szkolenie", "Times-Roman", 13, BLACK, "C"),
        T(w / 2, 382, "„Automatyzacja sieci z Pythonem i Ansible”", "Times-Bold", 17, BLACK,
          "C"),
        T(w / 2, 414, "zorganizowane w dniach 6–8 października 2025 r. w formie zdalnej",
          "Times-Roman", 12, BLACK, "C"),
        T(w / 2, 432, "w wymiarze 24 godzin dydaktycznych.", "Times-Roman", 12, BLACK, "C"),
        T(70, 540, "Nr certyfikatu: SZK/2025/10/0387", "Times-Roman", 11),
        T(70, 640, "Warszawa, 9 października 2025 r.", "Times-Roman", 11),
        signature(360, 630, 120, 23),
        Rule(350, 640, 520, 640, BLACK, 0.5),
        T(435, 654, "Kierownik szkolenia", "Times-Italic", 9, GREY, "C"),
    )
    return Doc("zaswiadczenie_SZK_2025_10_0387.pdf", [pg], "rl")


def _f_it_clp() -> Doc:
    w, h = A4_L
    pg = Page(A4_L)
    lagoon = (0.0, 0.4, 0.55)
    pg.add(
        Box(w - 250, 0, 250, h, (0.93, 0.96, 0.97), None),
        T(50, 70, "Laguna Formazione S.r.l.", "Times-Bold", 20, lagoon),
        cisco_bars(50, 104, 0.7),
        T(100, 102, "Cisco Learning Partner", "Helvetica", 9, CISCO_BLUE),
        T(50, 180, "ATTESTATO DI PARTECIPAZIONE", "Times-Bold", 24, BLACK),
        T(50, 225, "Si attesta che", "Times-Italic", 13, GREY),
        T(50, 262, "Gianmarco Trevisani-Oduya", "Times-Bold", 26, lagoon),
        T(50, 295, "ha partecipato al corso ufficiale Cisco", "Times-Roman", 13),
        *para(50, 328, "Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2",
              font="Times-Bold", size=17, maxw=520, leading=22),
        T(50, 365, "svoltosi dal 19 al 23 maggio 2025 presso la sede di Padova.", "Times-Roman",
          13),
        kv_above(w - 225, 120, "CODICE CORSO", "CLCOR", vfont="Helvetica", vsize=11),
        kv_above(w - 225, 170, "DURATA", "40 ore", vfont="Helvetica", vsize=11),
        kv_above(w - 225, 220, "ID DOCENTE", "DOC-7731", vfont="Helvetica", vsize=11),
        kv_above(w - 225, 270, "CODICE ATTESTATO", "LGF-CLCOR-0525-118", vfont="Helvetica-Bold",
                 vsize=12),
        T(50, 500, "Padova, 26/05/2025", "Times-Roman", 11),
        signature(300, 490, 120, 24, lagoon),
        T(300, 512, "Il Responsabile della Formazione", "Times-Italic", 9, GREY),
    )
    return Doc("attestato_CLCOR.pdf", [pg], "fpdf")


def _f_nl_webinar() -> Doc:
    w = A4_P[0]
    pg = Page(A4_P)
    orange = (0.9, 0.45, 0.05)
    pg.add(
        Box(0, 0, w, 100, orange, None),
        T(50, 60, "Stichting NetwerkKennis", "Helvetica-Bold", 20, WHITE),
        T(50, 80, "Webinarreeks 2025", "Helvetica", 10, WHITE),
        T(w / 2, 200, "CERTIFICAAT VAN DEELNAME", "Helvetica-Bold", 22, BLACK, "C", cs=1),
        T(w / 2, 250, "Hierbij verklaren wij dat", "Helvetica", 12, GREY, "C"),
        T(w / 2, 290, "Annelies van der Berghe-Osei", "Helvetica-Bold", 24, BLACK, "C"),
        T(w / 2, 325, "heeft deelgenomen aan het webinar", "Helvetica", 12, GREY, "C"),
        T(w / 2, 360, "Netwerkbeveiliging in de praktijk", "Helvetica-Bold", 18, orange, "C"),
        T(w / 2, 392, "gehouden op dinsdag 18 november 2025 van 14.00 tot 15.30 uur",
          "Helvetica", 11, BLACK, "C"),
        T(70, 520, "Lidnummer: 30917", "Helvetica", 10, GREY),
        T(70, 538, "Verificatiecode: NLW-4XR8-22TP", "Helvetica-Bold", 10),
        signature(360, 530, 120, 25),
        T(360, 552, "Voorzitter Stichting NetwerkKennis", "Helvetica", 8, GREY),
    )
    return Doc("certificaat_deelname.pdf", [pg], "rl")


def _f_tr_udemy() -> Doc:
    w = LETTER_L[0]
    uc = "UC-9e2b7a14-3c5d-4f68-a1b2-7d9e0c4f8a36"
    pg = Page(LETTER_L)
    pg.add(
        T(50, 70, "udemy", "Helvetica-Bold", 28, (0.64, 0.2, 0.94)),
        T(w - 50, 52, f"Sertifika no: {uc}", "Helvetica", 8, GREY, "R"),
        T(w - 50, 64, f"Sertifika url: ude.my/{uc}", "Helvetica", 8, GREY, "R"),
        T(w - 50, 76, "Referans Numarası: 0007", "Helvetica", 8, GREY, "R"),
        T(50, 200, "BAŞARI SERTİFİKASI", "Helvetica-Bold", 11, GREY, cs=1.5),
        *para(50, 250, "Sıfırdan İleri Seviye Cisco CCNA 200-301 Eğitimi",
              font="Helvetica-Bold", size=34, maxw=620, leading=42),
        T(50, 350, "Eğitmenler", "Helvetica", 11, GREY),
        T(130, 350, "Kerem Aydınlı", "Helvetica-Bold", 11),
        T(50, 470, "Şükrü Yıldırım-Hoffmann", "Helvetica-Bold", 26),
        T(50, 500, "Tarih", "Helvetica", 11, GREY),
        T(100, 500, "12 Mart 2025", "Helvetica-Bold", 11),
        T(50, 518, "Süre", "Helvetica", 11, GREY),
        T(100, 518, "toplam 41 saat", "Helvetica-Bold", 11),
    )
    return Doc(f"{uc}.pdf", [pg], "fpdf")


# --------------------------------------------------------------------------------------------
# Genuinely unclear certificates
# --------------------------------------------------------------------------------------------


def _c_ambiguous_single_date() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    sky = (0.15, 0.45, 0.8)
    pg.add(
        Ring(70, 70, 16, sky, None),
        T(95, 76, "Brightwave Learning", "Helvetica-Bold", 18, sky),
        T(w / 2, 200, "Certificate of Completion", "Helvetica-Bold", 28, BLACK, "C"),
        T(120, 290, "Learner", "Helvetica", 10, GREY),
        T(240, 290, "Noor Abernathy-Kaur", "Helvetica-Bold", 14),
        T(120, 320, "Course", "Helvetica", 10, GREY),
        T(240, 320, "Wireless LAN Troubleshooting Essentials", "Helvetica-Bold", 14),
        T(120, 350, "Completed", "Helvetica", 10, GREY),
        T(240, 350, "05/04/2025", "Helvetica-Bold", 14),
        T(120, 380, "Certificate Code", "Helvetica", 10, GREY),
        T(240, 380, "BWL-K7Q2-5510", "Courier-Bold", 14),
        T(w / 2, 740, "Brightwave Learning · self-paced online courses", "Helvetica", 8, GREY,
          "C"),
    )
    return Doc("brightwave_certificate.pdf", [pg], "fpdf")


def _c_two_codes() -> Doc:
    w = LETTER_L[0]
    pg = Page(LETTER_L)
    pg.add(
        T(50, 60, "ACRUX", "Helvetica-Bold", 24, NAVY, cs=4),
        T(50, 76, "Digital Academy", "Helvetica", 10, GREY),
        T(w - 50, 60, "Certificate No.: ACR-2025-00931", "Helvetica-Bold", 10, BLACK, "R"),
        T(w / 2, 170, "Certificate of Completion", "Times-Bold", 30, BLACK, "C"),
        T(w / 2, 230, "Thaddeus Mwangi-Lindholm", "Times-BoldItalic", 28, NAVY, "C"),
        T(w / 2, 270, "has completed the online course", "Times-Roman", 13, GREY, "C"),
        T(w / 2, 305, "Kubernetes Networking for Network Engineers", "Times-Bold", 19, BLACK,
          "C"),
        T(w / 2, 335, "Dates: 10 Feb 2025 – 21 Mar 2025", "Times-Roman", 13, BLACK, "C"),
        signature(w / 2 - 60, 450, 120, 26),
        T(w / 2, 470, "Academic Director", "Times-Roman", 10, GREY, "C"),
        T(w / 2, 560, "Verification Code: 7TQ-PL2-W9Z", "Helvetica-Bold", 10, BLACK, "C"),
    )
    return Doc("acrux_certificate.pdf", [pg], "rl")


def _c_blank_learner() -> Doc:
    w = LETTER_L[0]
    pg = Page(LETTER_L)
    pg.add(
        border(LETTER_L, 25, NAVY, 2),
        T(60, 75, "Skyline Tech Education", "Helvetica-Bold", 18, NAVY),
        T(w - 60, 75, "Cisco Learning Partner", "Helvetica-Bold", 11, CISCO_BLUE, "R"),
        T(w / 2, 160, "Certificate of Completion", "Helvetica-Bold", 30, BLACK, "C"),
        T(w / 2, 205, "This certifies that", "Helvetica", 12, GREY, "C"),
        Rule(w / 2 - 180, 245, w / 2 + 180, 245, BLACK, 0.8),
        T(w / 2, 280, "has successfully completed", "Helvetica", 12, GREY, "C"),
        *para(w / 2, 312, "Designing Cisco Enterprise Wireless Networks (ENWLSD) v1.1",
              font="Helvetica-Bold", size=18, maxw=600, align="C"),
        T(w / 2, 345, "September 15-19, 2025", "Helvetica", 13, BLACK, "C"),
        T(90, 470, "Instructor: Patrice Obuya", "Helvetica", 11),
        T(90, 488, "Certificate #: STE-0919-2207", "Helvetica", 11),
        signature(520, 470, 130, 27),
        Rule(510, 480, 700, 480, GREY, 0.6),
        T(605, 494, "Training Manager", "Helvetica", 9, GREY, "C"),
    )
    return Doc("STE_certificate_template.pdf", [pg], "fpdf")


def _c_ambiguous_range() -> Doc:
    w, h = A4_P
    pg = Page(A4_P)
    pg.add(
        Box(40, 40, w - 80, h - 80, None, GREY, 0.6),
        T(w / 2, 110, "Norden Digital School", "Helvetica-Bold", 20, NAVY, "C"),
        T(w / 2, 128, "Self-paced online programmes", "Helvetica", 9, GREY, "C"),
        T(w / 2, 230, "CERTIFICATE", "Helvetica-Bold", 30, BLACK, "C", cs=3),
        T(w / 2, 290, "Ines Sørensen-Abara", "Helvetica-Bold", 24, BLACK, "C"),
        T(w / 2, 325, "completed the programme", "Helvetica", 12, GREY, "C"),
        T(w / 2, 360, "IPv6 Deployment and Transition Techniques", "Helvetica-Bold", 17, BLACK,
          "C"),
        T(w / 2, 400, "Course dates: 02/03/2025 – 06/03/2025", "Helvetica", 12, BLACK, "C"),
        T(w / 2, 420, "Study load: 30 hours", "Helvetica", 11, GREY, "C"),
        T(w / 2, 600, "Certificate code: NDS-CERT-88213", "Courier", 11, BLACK, "C"),
    )
    return Doc("NDS_certificate.pdf", [pg], "rl")


def _c_decoys_no_code() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    pg.add(
        T(50, 60, "Tri-Rivers Learning", "Helvetica-Bold", 18, (0.1, 0.35, 0.2)),
        T(50, 76, "Cisco Learning Partner", "Helvetica", 10, CISCO_BLUE),
        T(w / 2, 170, "Course Completion", "Helvetica-Bold", 28, BLACK, "C"),
        T(w / 2, 220, "Ewa Makarewicz-Doyle", "Helvetica-Bold", 22, BLACK, "C"),
        *para(w / 2, 258, "Implementing and Operating Cisco Security Core Technologies "
              "(SCOR) v1.1", font="Helvetica", size=15, maxw=460, align="C", leading=20),
        T(w / 2, 310, "June 9–13, 2025", "Helvetica", 13, BLACK, "C"),
    )
    rows = [
        ("Student No.", "2025-88431"),
        ("Course Code", "SCOR"),
        ("Exam", "350-701"),
        ("Candidate ID", "CSCO12345678"),
        ("Enrolment No.", "ENR-55102"),
        ("Invoice", "INV-2025-0613-09"),
    ]
    for i, (label, value) in enumerate(rows):
        y = 400 + i * 18
        pg.add(T(150, y, label, "Helvetica", 10, GREY), T(290, y, value, "Helvetica", 10))
    pg.add(
        signature(w / 2 - 60, 600, 120, 28),
        T(w / 2, 620, "Tri-Rivers Learning, Training Operations", "Helvetica", 9, GREY, "C"),
    )
    return Doc("TriRivers_SCOR.pdf", [pg], "fpdf")


def _c_issued_valid_only() -> Doc:
    w, h = LETTER_L
    pg = Page(LETTER_L)
    cobalt = (0.0, 0.28, 0.67)
    pg.add(
        Box(0, 0, w, 16, cobalt, None),
        Box(0, h - 16, w, 16, cobalt, None),
        T(w / 2, 80, "Cobalt Ridge Security Institute", "Helvetica-Bold", 18, cobalt, "C"),
        T(w / 2, 160, "Certificate of Completion", "Helvetica-Bold", 30, BLACK, "C"),
        T(w / 2, 215, "Henrike Adjei-Vasquez", "Helvetica-Bold", 26, cobalt, "C"),
        T(w / 2, 250, "has completed", "Helvetica", 12, GREY, "C"),
        T(w / 2, 285, "Network Threat Hunting Fundamentals", "Helvetica-Bold", 19, BLACK, "C"),
        T(150, 400, "Issued on 3 Feb 2025", "Helvetica", 11),
        T(w - 150, 400, "Valid until 3 Feb 2028", "Helvetica", 11, BLACK, "R"),
        T(w / 2, 440, "Certificate ID: CRS-NTH-4410", "Helvetica", 11, BLACK, "C"),
        seal(w / 2, 520, 40, ["COBALT", "RIDGE"], cobalt),
    )
    return Doc("CRSI_certificate.pdf", [pg], "rl")


def _c_term_only_dob() -> Doc:
    w = LETTER_P[0]
    pg = Page(LETTER_P)
    pg.add(
        T(w / 2, 70, "Riverton Community College", "Times-Bold", 20, NAVY, "C"),
        T(w / 2, 88, "Continuing Education & Workforce Development", "Times-Italic", 11, GREY,
          "C"),
        T(w / 2, 180, "Certificate of Completion", "Times-Bold", 28, BLACK, "C"),
        T(w / 2, 235, "Ignatius Pereira-Holm", "Times-Bold", 24, BLACK, "C"),
        T(w / 2, 260, "Date of birth: 11 April 1994", "Times-Roman", 10, GREY, "C"),
        T(w / 2, 300, "has satisfactorily completed", "Times-Roman", 12, BLACK, "C"),
        T(w / 2, 335, "Linux Networking and Firewalls", "Times-Bold", 18, BLACK, "C"),
        T(w / 2, 365, "Term: Spring 2025  ·  45 clock hours", "Times-Roman", 12, BLACK, "C"),
        T(80, 500, "Certificate No. RCC-CE-25-1172", "Times-Roman", 10),
        signature(380, 490, 120, 29),
        T(380, 510, "Director, Continuing Education", "Times-Italic", 9, GREY),
        T(w / 2, 760, "Printed on 2 July 2025", "Times-Roman", 7, GREY, "C"),
    )
    return Doc("RCC_CE_certificate.pdf", [pg], "fpdf")


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------


def _case(
    name: str,
    kind: str,
    make: Callable[[], Doc],
    expected: Expected,
    note: str,
) -> tuple[Case, str]:
    return Case(name, expected, _builder(make), note), kind


_ALL: list[tuple[Case, str]] = [
    # ---------------------------------------------------------------- known issuers
    _case("h4_ciscou_sidepanel", "known", _k_ciscou_sidepanel, Expected(
        "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "2025-02-02", "2025-03-14",
        "CU-8F3K-22QW-91ZD", "Priyanka Venkatesan-Moreau", "Cisco U.", False),
        "dark left panel with logo and Cisco ID decoy; captions above values; 'Issued' footer"),
    _case("h4_netacad_classic", "known", _k_netacad_classic, Expected(
        "CCNA: Enterprise Networking, Security, and Automation", None, "2024-06-18", None,
        "Aleksandar Horvath-Pinto", "Cisco Networking Academy", True),
        "classic NetAcad: course inside a sentence, values above labels, no code, one date"),
    _case("h4_clp_ilt_table", "known", _k_clp_ilt_table, Expected(
        "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
        "2025-08-04", "2025-08-08", "NB-2025-0818-4471", "Tomasz J. Wierzbicki",
        "Cisco Learning Partner", False),
        "partner ILT certificate: two-column table, course wrapped over two cells, "
        "upper-case range 'AUGUST 4-8, 2025', instructor ID and course code decoys"),
    _case("h4_ciscolive_session", "known", _k_ciscolive_session, Expected(
        "Troubleshooting Campus Fabric with Catalyst Center", "2025-02-12", "2025-02-12",
        "CL25-EMEA-7Q4M2X", "Marguerite Oyelaran-Fitch", "Cisco Live", False),
        "single session; event range 9–14 Feb in header is not the session date; badge ID"),
    _case("h4_udemy", "known", _k_udemy, Expected(
        "Cisco CCNP ENARSI 300-410: Complete Course with Labs", None, "2025-02-03",
        "UC-3f1c9a2e-7b4d-4e21-9c0a-5d8e6f7a1b2c", "Ingrid Solvang-Mbeki", "Udemy", True),
        "Udemy layout: code top-right, course title over two lines, 'Feb. 3, 2025'"),
    _case("h4_coursera", "known", _k_coursera, Expected(
        "Software Defined Networking", None, "2025-02-09", "7XKQ2M9LPZ4R",
        "Kwabena Lindqvist-Arroyo", "Coursera", True),
        "Coursera layout: date above name, code only at the end of the verify URL"),
    _case("h4_linkedin", "known", _k_linkedin, Expected(
        "Cisco CCNP Enterprise (350-401) Cert Prep: 4 Network Assurance", None, "2025-01-27",
        "AaQ8rT2mVx9LpKw3ZcN5yB7dHe1", "Hamid Castellanos-Reyes", "LinkedIn Learning", True),
        "name inside 'Congratulations, …'; completion timestamp; logo split into boxes"),
    _case("h4_pluralsight_uuid_filename", "known", _k_pluralsight_uuid_filename, Expected(
        "Cisco Core Security: Securing Network Infrastructure", None, "2025-04-22",
        "4b8f2c1e-9a7d-4e3b-8c21-0f5d6a7e9b13", "Nadira Okonkwo-Lindgren", "Pluralsight",
        True),
        "no printed code: UUID only in the file name; letter-spaced logo"),
    _case("h4_ine_labels_below", "known", _k_ine_labels_below, Expected(
        "CCNP Enterprise: Advanced Routing", "2025-04-01", "2025-05-28", "INE-CRED-58D2-KW71",
        "Lorenzo Achterberg-Saini", "INE", False),
        "ISO dates with labels below the values; 'Issued on' decoy; Student ID decoy"),
    _case("h4_cbtnuggets_us_range", "known", _k_cbtnuggets_us_range, Expected(
        "Cisco CCNP Security (350-701 SCOR) Online Training", "2024-10-02", "2024-11-27",
        "CBT-2024-1127-66Q3Z", "Beatriz Halloran-Quist", "CBT Nuggets", False),
        "US numeric range where the second date (11/27) settles month-first; account decoy"),
    _case("h4_skillsoft_glued", "known", _k_skillsoft_glued, Expected(
        "CCNA 200-301: Network Fundamentals and Access", None, "2025-03-19",
        "SKS-PR-71350-22QX", "Desmond Achebe-Larsson", "Skillsoft", True),
        "table cell '4.5' drawn flush against the date (glued-number risk); 'Printed on'"),
    _case("h4_clp_cover_page2", "known", _k_clp_cover_page2, Expected(
        "Implementing Cisco Application Centric Infrastructure (DCACI) v1.2", "2025-09-22",
        "2025-09-26", "MLS-DCACI-250926-0193", "Siobhán Kowalczyk-Ferreira",
        "Cisco Learning Partner", False),
        "cover letter on page 1 (letter date, invoice/order numbers), certificate on page 2"),
    _case("h4_netacad_rotated", "known", _k_netacad_rotated, Expected(
        "Introduction to Cybersecurity", "2024-09-16", "2024-10-07", "NA-7RD2-KQ89",
        "Yusuf Rahimov-Castell", "Cisco Networking Academy", False),
        "/Rotate 90 page; code only at the end of a verify URL"),
    _case("h4_ciscou_letterspaced", "known", _k_ciscou_letterspaced, Expected(
        "Developing Applications and Automating Workflows Using Cisco Platforms (DEVASC) v1.1",
        "2025-06-02", "2025-07-24", "3c19e8d2a7f4", "Chidera Fontaine-Okafor", "Cisco U.",
        False),
        "letter-spaced name and date line; 'Valid until' and Cisco ID decoys"),
    # ---------------------------------------------------------------- unknown issuers
    _case("h4_university_seal", "unknown", _u_university_seal, Expected(
        "Network Automation with Python and Ansible", "2025-09-08", "2025-12-12",
        "HSU-PS-25-03318", "Maximilian Ferreira-Okoye", None, False),
        "university extension: serif, seal, two signatures, code and student ID in footer"),
    _case("h4_webinar_oneday", "unknown", _u_webinar_oneday, Expected(
        "Zero Trust Segmentation for Campus Networks", "2025-03-06", "2025-03-06",
        "8H3K-WQ2P", "Sunniva Adeyemi-Hartmann", None, False),
        "one-day vendor webinar; registration number and 'available until' decoys"),
    _case("h4_bootcamp_sidepanel", "unknown", _u_bootcamp_sidepanel, Expected(
        "CCIE Enterprise Infrastructure Lab Bootcamp", "2025-01-13", "2025-01-17",
        "PFB-CCIE-EI-2501-0917", "Rahul Szabo-Engström", None, False),
        "dark right side panel holding instructor ID and certificate ID; en-dash range"),
    _case("h4_conference_nocode", "unknown", _u_conference_nocode, Expected(
        "NetOps Summit Europe 2025", "2025-10-14", "2025-10-16", None,
        "Caoimhe Bergström-Adebayo", None, True),
        "multi-day conference, no certificate code, only an attendee number"),
    _case("h4_vendor_rotated", "unknown", _u_vendor_rotated, Expected(
        "VSA SD-WAN Operations and Troubleshooting", "2025-03-03", "2025-03-05",
        "VSA-OPR-7719-2025", "Emeka Vandersloot", None, False),
        "/Rotate 270; label/value grid; exam number decoy"),
    _case("h4_sentence_only", "unknown", _u_sentence_only, Expected(
        "Designing Resilient Data Center Fabrics", "2025-11-03", "2025-11-07",
        "KTC/2025/1147", "Oluwaseun Brandt-Nakamura", None, False),
        "one paragraph, no labels: 'from the 3rd to the 7th of November 2025'"),
    _case("h4_values_above_labels", "unknown", _u_values_above_labels, Expected(
        "BGP Design and Implementation Workshop", "2025-04-21", "2025-04-25", "LTI-44871",
        "Ferdinand Oakes-Mwangi", None, False),
        "old-style form: every value above a rule with its label underneath"),
    # ---------------------------------------------------------------- non-English
    _case("h4_de_clp", "foreign", _f_de_clp, Expected(
        "Implementing Cisco Enterprise Advanced Routing and Services (ENARSI) v1.1",
        "2025-03-10", "2025-03-14", "ALP-25-0310-7782", "Jörg Übelhack-Brandt",
        "Cisco Learning Partner", False),
        "German Teilnahmebescheinigung: dotted dates, birth date, 'ausgestellt am'"),
    _case("h4_fr_university", "foreign", _f_fr_university, Expected(
        "Sécurité des réseaux d’entreprise", "2025-06-02", "2025-06-27",
        "UVC-FC-2025-00841", "Élodie Marchetti-Nguyen", None, False),
        "French attestation: « » quoted course, 'du … au …', 'Fait à … le' date"),
    _case("h4_es_coursera", "foreign", _f_es_coursera, Expected(
        "Fundamentos de redes de computadoras", None, "2025-01-09", "ES8Q4T2LM7VX",
        "Valentina Ruiz-Oyelowo", "Coursera", True),
        "Spanish Coursera: '9 de enero de 2025', code at end of verify URL"),
    _case("h4_pt_netacad", "foreign", _f_pt_netacad, Expected(
        "CCNA: Switching, Routing, and Wireless Essentials", "2025-02-03", "2025-05-15",
        "NA-BR-55K2-9QX1", "Rafaela Guimarães Toledo", "Cisco Networking Academy", False),
        "Portuguese NetAcad: 'Período: 03/02/2025 a 15/05/2025' (15 settles day-first)"),
    _case("h4_pl_training", "foreign", _f_pl_training, Expected(
        "Automatyzacja sieci z Pythonem i Ansible", "2025-10-06", "2025-10-08",
        "SZK/2025/10/0387", "Grzegorz Wójcik-Łapiński", None, False),
        "Polish zaświadczenie: birth date line, genitive month range '6–8 października'"),
    _case("h4_it_clp", "foreign", _f_it_clp, Expected(
        "Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2", "2025-05-19",
        "2025-05-23", "LGF-CLCOR-0525-118", "Gianmarco Trevisani-Oduya",
        "Cisco Learning Partner", False),
        "Italian attestato: 'dal 19 al 23 maggio 2025', right panel with docente ID decoy"),
    _case("h4_nl_webinar", "foreign", _f_nl_webinar, Expected(
        "Netwerkbeveiliging in de praktijk", "2025-11-18", "2025-11-18", "NLW-4XR8-22TP",
        "Annelies van der Berghe-Osei", None, False),
        "Dutch one-day webinar with dotted times '14.00 tot 15.30'; member number decoy"),
    _case("h4_tr_udemy", "foreign", _f_tr_udemy, Expected(
        "Sıfırdan İleri Seviye Cisco CCNA 200-301 Eğitimi", None, "2025-03-12",
        "UC-9e2b7a14-3c5d-4f68-a1b2-7d9e0c4f8a36", "Şükrü Yıldırım-Hoffmann", "Udemy", True),
        "Turkish Udemy layout: 'Tarih 12 Mart 2025', 'Sertifika no'"),
    # ---------------------------------------------------------------- unclear
    _case("h4_ambiguous_single_date", "unclear", _c_ambiguous_single_date, Expected(
        "Wireless LAN Troubleshooting Essentials", None, None, "BWL-K7Q2-5510",
        "Noor Abernathy-Kaur", None, True),
        "only date is 05/04/2025 and nothing settles day/month order"),
    _case("h4_two_codes", "unclear", _c_two_codes, Expected(
        "Kubernetes Networking for Network Engineers", "2025-02-10", "2025-03-21", None,
        "Thaddeus Mwangi-Lindholm", None, True),
        "'Certificate No.' top-right and 'Verification Code' at the bottom, different values"),
    _case("h4_blank_learner", "unclear", _c_blank_learner, Expected(
        "Designing Cisco Enterprise Wireless Networks (ENWLSD) v1.1", "2025-09-15",
        "2025-09-19", "STE-0919-2207", None, "Cisco Learning Partner", True),
        "template with an empty name line; an instructor name is the only person printed"),
    _case("h4_ambiguous_range", "unclear", _c_ambiguous_range, Expected(
        "IPv6 Deployment and Transition Techniques", None, None, "NDS-CERT-88213",
        "Ines Sørensen-Abara", None, True),
        "self-paced range 02/03/2025 – 06/03/2025: both readings plausible"),
    _case("h4_decoys_no_code", "unclear", _c_decoys_no_code, Expected(
        "Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1",
        "2025-06-09", "2025-06-13", None, "Ewa Makarewicz-Doyle", "Cisco Learning Partner",
        True),
        "no certificate code, only student/course/exam/candidate/enrolment/invoice numbers"),
    _case("h4_issued_valid_only", "unclear", _c_issued_valid_only, Expected(
        "Network Threat Hunting Fundamentals", None, "2025-02-03", "CRS-NTH-4410",
        "Henrike Adjei-Vasquez", None, True),
        "no completion date: only 'Issued on' and 'Valid until'"),
    _case("h4_term_only_dob", "unclear", _c_term_only_dob, Expected(
        "Linux Networking and Firewalls", None, None, "RCC-CE-25-1172",
        "Ignatius Pereira-Holm", None, True),
        "'Term: Spring 2025' only; date of birth and 'Printed on' are the only full dates"),
]

HOLDOUT_CASES: list[Case] = [c for c, _ in _ALL]
HOLDOUT_KINDS: dict[str, str] = {c.name: k for c, k in _ALL}
