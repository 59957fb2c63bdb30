"""Second, blind held-out set of certificate layouts (nobody tuned the extractor on these).

Every case is a complete, invented certificate (people, companies, codes are made up) described
as a list of drawing items per page and rendered by reportlab or fpdf2, so that the text layers
differ the way they do in the wild.  The layouts try to cover the variety of real certificates:
odd wording and label vocabulary, values above their labels, several people, dates and ID
numbers on one page, small-print footers, logos drawn as text, watermarks, QR-like blocks, a
cover letter before the certificate, a transcript after it, huge and rotated pages, and eight
non-English certificates.

Public interface: `HOLDOUT_CASES` (list of `Case`) and `HOLDOUT_KINDS` (case name -> "known",
"foreign", "unknown" or "unclear").
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from certfactory import Case, Expected

__all__ = ["HOLDOUT_CASES", "HOLDOUT_KINDS"]

# --------------------------------------------------------------------------------------------
# Drawing model
# --------------------------------------------------------------------------------------------

Size = tuple[float, float]
A4_P: Size = (595.28, 841.89)
A4_L: Size = (841.89, 595.28)
LET_P: Size = (612.0, 792.0)
LET_L: Size = (792.0, 612.0)
WIDE: Size = (960.0, 540.0)
HUGE: Size = (2000.0, 1400.0)

INK = "#1B1B1B"
GREY = "#6B6B6B"
LIGHT = "#C8C8C8"
PALE = "#EDEDED"
WHITE = "#FFFFFF"
NAVY = "#0C2A4F"
SKY = "#049FD9"

Align = Literal["l", "c", "r"]

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TTF = {
    "sans": "DejaVuSans.ttf",
    "sans-b": "DejaVuSans-Bold.ttf",
    "sans-i": "DejaVuSans-Oblique.ttf",
    "serif": "DejaVuSerif.ttf",
    "serif-b": "DejaVuSerif-Bold.ttf",
    "serif-i": "DejaVuSerif-Italic.ttf",
    "mono": "DejaVuSansMono.ttf",
    "cond": "DejaVuSansCondensed.ttf",
    "cond-b": "DejaVuSansCondensed-Bold.ttf",
}
# Standard 14 fonts (latin-1 text only), to vary the text layer.
CORE_RL = {
    "helv": "Helvetica",
    "helv-b": "Helvetica-Bold",
    "times": "Times-Roman",
    "times-b": "Times-Bold",
    "times-i": "Times-Italic",
    "courier": "Courier",
}
CORE_FPDF = {
    "helv": ("helvetica", ""),
    "helv-b": ("helvetica", "B"),
    "times": ("times", ""),
    "times-b": ("times", "B"),
    "times-i": ("times", "I"),
    "courier": ("courier", ""),
}


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline, measured from the top of the page
    s: str
    size: float = 11.0
    font: str = "sans"
    align: Align = "l"
    color: str = INK
    spacing: float = 0.0  # extra space after each character (Tc)
    angle: float = 0.0  # counter-clockwise, around (x, y)
    split: bool = False  # each word drawn as its own fragment, in shuffled order


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.8
    color: str = INK


@dataclass(frozen=True)
class Rect:
    x: float
    y: float  # top edge
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0


Item = Text | Line | Rect


@dataclass
class Page:
    size: Size
    items: list[Item] = field(default_factory=list)


def T(
    x: float,
    y: float,
    s: str,
    size: float = 11.0,
    font: str = "sans",
    align: Align = "l",
    color: str = INK,
    spacing: float = 0.0,
    angle: float = 0.0,
    split: bool = False,
) -> Text:
    return Text(x, y, s, size, font, align, color, spacing, angle, split)


def lines(
    x: float,
    y: float,
    texts: Sequence[str],
    size: float = 11.0,
    font: str = "sans",
    align: Align = "l",
    color: str = INK,
    leading: float | None = None,
) -> list[Item]:
    step = leading if leading is not None else size * 1.35
    return [T(x, y + i * step, s, size, font, align, color) for i, s in enumerate(texts)]


def qr_block(x: float, y: float, cells: int, cell: float, seed: int) -> list[Item]:
    """A QR-code-like block of squares (not a real QR code)."""
    rng = random.Random(seed)
    out: list[Item] = []
    for i in range(cells):
        for j in range(cells):
            finder = (i < 7 and j < 7) or (i >= cells - 7 and j < 7) or (i < 7 and j >= cells - 7)
            if finder:
                continue
            if rng.random() < 0.48:
                out.append(Rect(x + i * cell, y + j * cell, cell, cell, fill=INK))
    for fx, fy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        ox, oy = x + fx * cell, y + fy * cell
        out.append(Rect(ox, oy, 7 * cell, 7 * cell, fill=INK))
        out.append(Rect(ox + cell, oy + cell, 5 * cell, 5 * cell, fill=WHITE))
        out.append(Rect(ox + 2 * cell, oy + 2 * cell, 3 * cell, 3 * cell, fill=INK))
    return out


def cisco_bars(x: float, y: float, color: str, scale: float = 1.0) -> list[Item]:
    """The Cisco 'bridge' drawn as thin bars (y = baseline of the bars)."""
    heights = (6, 12, 18, 12, 6, 12, 18, 12, 6)
    return [
        Rect(x + i * 5 * scale, y - h * scale, 2.2 * scale, h * scale, fill=color)
        for i, h in enumerate(heights)
    ]


def signature(x: float, y: float, name: str, role: str, align: Align = "c") -> list[Item]:
    off = {"l": (0, 170), "c": (-85, 85), "r": (-170, 0)}[align]
    return [
        Line(x + off[0], y, x + off[1], y, 0.6, GREY),
        T(x, y + 14, name, 10, "sans", align),
        T(x, y + 26, role, 8, "sans", align, GREY),
    ]


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

_RL_REGISTERED: set[str] = set()


def _rl_font(key: str) -> str:
    if key in CORE_RL:
        return CORE_RL[key]
    name = "H2" + key.replace("-", "_")
    if name not in _RL_REGISTERED:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / TTF[key])))
        _RL_REGISTERED.add(name)
    return name


def _width(s: str, font: str, size: float, spacing: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_font(font), size) + spacing * len(s)


def _fragments(t: Text) -> list[tuple[float, str]]:
    """(x offset, text) pieces of a text item; one piece unless it is split into words."""
    if not t.split:
        return [(0.0, t.s)]
    pieces: list[tuple[float, str]] = []
    pos = 0
    for word in t.s.split(" "):
        if word:
            pieces.append((_width(t.s[:pos], t.font, t.size, t.spacing), word))
        pos += len(word) + 1
    random.Random(t.s).shuffle(pieces)
    return pieces


def _start_x(t: Text) -> float:
    w = _width(t.s, t.font, t.size, t.spacing)
    return {"l": 0.0, "c": -w / 2, "r": -w}[t.align]


def _render_reportlab(pages: Sequence[Page], path: Path, *, rotated: bool = False) -> None:
    first = pages[0].size
    c = Canvas(str(path), pagesize=first)
    c.setCreator("Certificate Service")
    for page in pages:
        w, h = page.size
        if rotated:
            # Landscape content drawn sideways on a portrait sheet; /Rotate 90 is added later.
            c.setPageSize((h, w))
            c.translate(h, 0)
            c.rotate(90)
        else:
            c.setPageSize((w, h))
        for item in page.items:
            if isinstance(item, Rect):
                if item.fill:
                    c.setFillColor(HexColor(item.fill))
                if item.stroke:
                    c.setStrokeColor(HexColor(item.stroke))
                    c.setLineWidth(item.width)
                c.rect(item.x, h - item.y - item.h, item.w, item.h,
                       fill=1 if item.fill else 0, stroke=1 if item.stroke else 0)
            elif isinstance(item, Line):
                c.setStrokeColor(HexColor(item.color))
                c.setLineWidth(item.width)
                c.line(item.x1, h - item.y1, item.x2, h - item.y2)
            else:
                c.saveState()
                c.setFillColor(HexColor(item.color))
                c.translate(item.x, h - item.y)
                if item.angle:
                    c.rotate(item.angle)
                x0 = _start_x(item)
                for dx, piece in _fragments(item):
                    tobj = c.beginText(x0 + dx, 0)
                    tobj.setFont(_rl_font(item.font), item.size)
                    if item.spacing:
                        tobj.setCharSpace(item.spacing)
                    tobj.textOut(piece)
                    c.drawText(tobj)
                c.restoreState()
        c.showPage()
    c.save()


def _rgb(color: str) -> tuple[int, int, int]:
    v = color.lstrip("#")
    return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)


def _render_fpdf(pages: Sequence[Page], path: Path) -> None:
    pdf = FPDF(unit="pt", format=pages[0].size)
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.set_creator("Certificate Service")
    for key, filename in TTF.items():
        pdf.add_font("h2" + key.replace("-", ""), "", str(FONT_DIR / filename))
    for page in pages:
        pdf.add_page(format=page.size)
        for item in page.items:
            if isinstance(item, Rect):
                style = ""
                if item.fill:
                    pdf.set_fill_color(*_rgb(item.fill))
                    style += "F"
                if item.stroke:
                    pdf.set_draw_color(*_rgb(item.stroke))
                    pdf.set_line_width(item.width)
                    style = "DF" if style else "D"
                pdf.rect(item.x, item.y, item.w, item.h, style=style)
            elif isinstance(item, Line):
                pdf.set_draw_color(*_rgb(item.color))
                pdf.set_line_width(item.width)
                pdf.line(item.x1, item.y1, item.x2, item.y2)
            else:
                if item.font in CORE_FPDF:
                    family, style = CORE_FPDF[item.font]
                    pdf.set_font(family, style, item.size)
                else:
                    pdf.set_font("h2" + item.font.replace("-", ""), "", item.size)
                pdf.set_char_spacing(item.spacing)
                pdf.set_text_color(*_rgb(item.color))
                x0 = item.x + _start_x(item)
                if item.angle:
                    with pdf.rotation(item.angle, item.x, item.y):
                        for dx, piece in _fragments(item):
                            pdf.text(x0 + dx, item.y, piece)
                else:
                    for dx, piece in _fragments(item):
                        pdf.text(x0 + dx, item.y, piece)
                pdf.set_char_spacing(0)
    pdf.output(str(path))


def _add_rotate(path: Path, degrees: int) -> None:
    reader = PdfReader(str(path))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for page in writer.pages:
        page.rotate(degrees)
    with path.open("wb") as fh:
        writer.write(fh)


Engine = Literal["rl", "fpdf"]


def _builder(
    engine: Engine,
    pages: Sequence[Page],
    filename: str,
    *,
    rotated: bool = False,
) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / filename
        if engine == "rl":
            _render_reportlab(pages, path, rotated=rotated)
        else:
            _render_fpdf(pages, path)
        if rotated:
            _add_rotate(path, 90)
        return path

    return build


HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}
_PAGES: dict[str, list[Page]] = {}  # kept for layout checks


def _case(
    name: str,
    kind: str,
    engine: Engine,
    pages: list[Page],
    expected: Expected,
    note: str,
    *,
    filename: str = "certificate.pdf",
    rotated: bool = False,
) -> None:
    HOLDOUT_CASES.append(Case(name, expected, _builder(engine, pages, filename, rotated=rotated),
                              note))
    HOLDOUT_KINDS[name] = kind
    _PAGES[name] = pages


# ============================================================================================
# KNOWN ISSUERS, new looks
# ============================================================================================


def _k_cisco_u_darkband() -> None:
    w, _h = A4_L
    name = "Aurelio Bastos-Whitfield"
    course = ("Implementing and Operating Cisco Enterprise Network Core Technologies "
              "(ENCOR) v1.2")
    items: list[Item] = [
        Rect(0, 0, w, 92, fill=NAVY),
        *cisco_bars(42, 56, WHITE, 1.2),
        T(42, 74, "cisco", 14, "sans-b", color=WHITE),
        T(w - 42, 56, "Cisco U.", 24, "sans-b", "r", WHITE),
        T(w / 2, 150, "Certificate of Completion", 30, "serif-b", "c"),
        T(w / 2, 188, "This certifies that", 13, "serif-i", "c", GREY),
        T(w / 2, 232, name, 28, "serif", "c"),
        Line(w / 2 - 210, 244, w / 2 + 210, 244, 0.6, GREY),
        T(w / 2, 276, "has successfully completed the learning path", 13, "serif-i", "c", GREY),
        T(w / 2, 310, course, 14, "sans-b", "c"),
        T(w / 2, 342, "Learning period: 04 Feb 2024 – 29 Mar 2024", 12, "sans", "c"),
        T(w / 2, 362, "Continuing Education credits: 64", 10, "sans", "c", GREY),
        T(60, 462, "Certificate ID", 9, "sans", color=GREY),
        T(60, 479, "CU-7Q4M-2K9X-88TD", 12, "mono"),
        T(w / 2, 462, "Cisco ID", 9, "sans", "c", GREY),
        T(w / 2, 479, "CSCO13877205", 12, "mono", "c"),
        *signature(w - 150, 465, "Rhiannon Achterberg", "VP, Learning & Certifications"),
        T(w / 2, 572, "Printed on 02 Apr 2024  ·  Cisco U.  ·  © 2024 Cisco Systems, Inc. "
          "All rights reserved.", 7, "sans", "c", GREY),
    ]
    _case("k_cisco_u_darkband", "known", "rl", [Page(A4_L, items)],
          Expected(course, "2024-02-04", "2024-03-29", "CU-7Q4M-2K9X-88TD", name, "Cisco U.",
                   False),
          "dark header band with bars logo; Cisco ID decoy; printed-on footer date",
          filename="Cisco_U_Certificate_ENCOR.pdf")


def _k_netacad_qr() -> None:
    w, _h = LET_P
    name = "Nnamdi Okorafor-Lindahl"
    course = "CCNA: Switching, Routing, and Wireless Essentials (SRWE)"
    rows = [
        ("Academy", "Riverside Polytechnic Institute"),
        ("Instructor", "Marguerite Olawale-Finch"),
        ("Course start", "2023-09-11"),
        ("Course end", "2023-12-15"),
        ("Issued", "2023-12-18"),
    ]
    items: list[Item] = [
        T(w / 2, 46, "ı|ı|ı ı|ı|ı", 18, "sans", "c", SKY),
        T(w / 2, 72, "CISCO NETWORKING ACADEMY", 12, "sans-b", "c", SKY, spacing=2.0),
        T(w / 2, 150, "Certificate of Course Completion", 24, "serif-b", "c"),
        T(w / 2, 198, "Cisco Networking Academy® recognizes", 12, "serif-i", "c", GREY),
        T(w / 2, 242, name, 26, "serif", "c"),
        T(w / 2, 280, "for completing the Cisco Networking Academy® course", 12, "serif-i", "c",
          GREY),
        T(w / 2, 314, course, 15, "sans-b", "c"),
        Line(90, 350, w - 90, 350, 0.5, LIGHT),
    ]
    for i, (label, value) in enumerate(rows):
        items.append(T(150, 380 + i * 22, label, 10, "sans", color=GREY))
        items.append(T(270, 380 + i * 22, value, 11, "sans"))
    items += [
        *signature(170, 620, "Laleh Fairbanks-Ito", "Director, Cisco Networking Academy"),
        T(w - 110, 552, "Scan to verify", 8, "sans", "c", GREY),
        *qr_block(w - 154, 560, 25, 3.5, 7),
        T(w - 110, 666, "NA-3F9K-L20Z-P7W4", 8, "mono", "c"),
        T(w / 2, 760, "Cisco Networking Academy is a Cisco Corporate Social Responsibility "
          "program.", 7, "sans", "c", GREY),
    ]
    _case("k_netacad_qr", "known", "fpdf", [Page(LET_P, items)],
          Expected(course, "2023-09-11", "2023-12-15", "NA-3F9K-L20Z-P7W4", name,
                   "Cisco Networking Academy", False),
          "portrait; label/value table with issued date; code only under a QR-like block",
          filename="SRWE_certificate.pdf")


def _k_partner_letterspaced() -> None:
    w, _h = LET_L
    name = "Ximena de la Cruz"
    course = "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0"
    items: list[Item] = [
        T(40, 52, "NORTHGATE", 20, "sans-b", color=NAVY, spacing=4),
        T(40, 68, "technical training", 10, "sans", color=GREY, spacing=1.5),
        T(w - 40, 50, "Cisco Learning Partner", 11, "sans-b", "r", SKY),
        T(w - 40, 64, "Gold Certified · Authorized Training", 8, "sans", "r", GREY),
        T(w / 2, 140, "CERTIFICATE OF ATTENDANCE", 24, "serif-b", "c", spacing=6),
        T(w / 2, 182, "Presented to", 12, "serif-i", "c", GREY),
        T(w / 2, 226, name, 30, "serif", "c"),
        T(w / 2, 262, "for attending the instructor-led course", 12, "serif-i", "c", GREY),
        T(w / 2, 296, course, 17, "sans-b", "c"),
        T(w / 2, 326, "Mar 3rd – 7th 2024  ·  Virtual classroom (UTC+1)  ·  40 hours", 11,
          "sans", "c"),
        T(70, 420, "Instructor: Thabo Lindqvist", 10),
        T(70, 436, "Instructor ID: CCSI-30412", 10, color=GREY),
        T(w / 2, 420, "Course code: ENSDWI", 10, "sans", "c"),
        T(w / 2, 436, "Student no.: 558201", 10, "sans", "c", GREY),
        T(w - 70, 420, "Certificate No.: NTT-2024-00917", 10, "sans-b", "r"),
        *signature(w - 160, 500, "Hollis Pembridge", "Training Director"),
        T(w / 2, 580, "Northgate Technical Training Ltd is a Cisco Learning Partner. Cisco and "
          "the Cisco logo are trademarks of Cisco Systems, Inc.", 6.5, "sans", "c", GREY),
        T(w / 2, 590, "Registered in England No. 09918273  ·  VAT GB 331 2207 91  ·  "
          "12 Quayside, Leeds LS1 4AB", 6.5, "sans", "c", GREY),
    ]
    _case("k_partner_letterspaced", "known", "rl", [Page(LET_L, items)],
          Expected(course, "2024-03-03", "2024-03-07", "NTT-2024-00917", name,
                   "Cisco Learning Partner", False),
          "letter-spaced title, 'Mar 3rd – 7th 2024', instructor ID / student no. decoys, "
          "particle name")


def _k_cisco_live_session() -> None:
    _w, h = WIDE
    name = "Priyanka Raghunathan-Stuart"
    course = "Catalyst Center & SD-Access: Troubleshooting at Scale"
    items: list[Item] = [
        Rect(0, 0, 28, h, fill=SKY),
        T(70, 70, "CISCO LIVE", 30, "sans-b", color=NAVY, spacing=3),
        T(70, 92, "Las Vegas  ·  June 2–6, 2024  ·  Mandalay Bay", 11, color=GREY),
        T(70, 160, "Session Attendance Certificate", 26, "serif-b"),
        T(70, 198, "This confirms that", 12, "serif-i", color=GREY),
        T(70, 234, name, 24, "serif"),
        T(70, 272, "attended the following Cisco Live technical session:", 12, "serif-i",
          color=GREY),
        T(70, 302, "Session BRKENS-2810  ·  Breakout  ·  Advanced", 10, color=GREY),
        T(70, 328, course, 18, "sans-b"),
        T(70, 358, "Session date: Tuesday, June 4, 2024  ·  13:00–14:30 PDT", 11),
        Rect(650, 140, 260, 130, stroke=LIGHT, width=0.8),
        T(665, 165, "Badge #: 4410293", 10),
        T(665, 188, "Registration ID: CLUS24-0091177", 10),
        T(665, 211, "Verification code:", 10, color=GREY),
        T(665, 232, "CL24-LV-88F3K2", 14, "mono"),
        T(665, 256, "CE credits: 1", 9, color=GREY),
        T(70, 505, "Continuing Education credits are awarded per session attended. Sessions "
          "must be claimed within 90 days of the event. Issued 10 June 2024.", 7.5, color=GREY),
    ]
    _case("k_cisco_live_session", "known", "fpdf", [Page(WIDE, items)],
          Expected(course, "2024-06-04", "2024-06-04", "CL24-LV-88F3K2", name, "Cisco Live",
                   False),
          "single conference session with the event range in the header; badge and "
          "registration ID decoys", filename="CiscoLive_BRKENS-2810.pdf")


def _k_udemy_wrapped_url() -> None:
    w, _h = A4_L
    name = "Henrike Solberg"
    course = ("Cisco CCNA 200-301: The Complete Guide (2024 Edition) – Labs & Practice "
              "Exams")
    code = "UC-4e1b7c2a-90f3-4d8e-b6a2-1c5d9e7f3a10"
    items: list[Item] = [
        T(50, 62, "udemy", 28, "sans-b", color="#A435F0"),
        T(w - 40, 40, "Certificate url: ude.my/UC-4e1b7c2a-90f3-4d8e-", 8, "sans", "r", GREY),
        T(w - 40, 51, "b6a2-1c5d9e7f3a10", 8, "sans", "r", GREY),
        T(w - 40, 62, "Reference Number: 0004", 8, "sans", "r", GREY),
        T(50, 196, "CERTIFICATE OF COMPLETION", 11, "sans-b", color=GREY, spacing=1),
        T(50, 244, "Cisco CCNA 200-301: The Complete Guide", 28, "serif-b"),
        T(50, 282, "(2024 Edition) – Labs & Practice Exams", 28, "serif-b"),
        T(50, 330, "Instructors", 10, color=GREY),
        T(120, 330, "Dmitri Varga-Holm, Saoirse McAllister", 10, "sans-b"),
        T(50, 440, name, 30, "sans-b"),
        T(50, 476, "Date", 10, color=GREY),
        T(110, 476, "Jan. 12, 2024", 10, "sans-b"),
        T(50, 494, "Length", 10, color=GREY),
        T(110, 494, "22.5 total hours", 10, "sans-b"),
    ]
    _case("k_udemy_wrapped_url", "known", "rl", [Page(A4_L, items)],
          Expected(course, None, "2024-01-12", code, name, "Udemy", True),
          "code only in a certificate URL broken over two lines; course title on two lines; "
          "two instructors", filename="UC-certificate.pdf")


def _k_coursera_spec() -> None:
    _w, h = LET_L
    name = "Sevara Abdullaeva-Quinn"
    course = "Network Automation with Python & Ansible"
    items: list[Item] = [
        Rect(0, 0, 220, h, fill="#EEF3FA"),
        T(110, 80, "coursera", 24, "sans-b", "c", "#0056D2"),
        T(110, 300, "SPECIALIZATION", 13, "sans-b", "c", NAVY, spacing=2),
        T(110, 320, "CERTIFICATE", 13, "sans-b", "c", NAVY, spacing=2),
        T(250, 72, "Oct 30, 2023", 11),
        T(250, 140, name, 28, "serif"),
        T(250, 172, "has successfully completed the online, non-credit Specialization", 11,
          color=GREY),
        T(250, 210, course, 19, "sans-b"),
        *lines(250, 246, [
            "In this Specialization learners built four projects: Python for Network Engineers,",
            "Ansible Playbooks for Cisco IOS XE, NETCONF/RESTCONF & YANG, and a Capstone:",
            "Automating a Campus Network.",
        ], 9.5, "sans", color=GREY),
        *signature(330, 430, "Prof. Henrietta Osei", "Department of Computer Science"),
        T(330, 468, "University of Lakemont", 8, "sans", "c", GREY),
        *signature(600, 430, "Dr. Bilal Haddad-Ferreira", "Director, Lakemont Online"),
        T(250, 556, "Verify this certificate at: coursera.org/verify/specialization/QW7RT2LKZP9X",
          8, color=GREY),
        T(250, 572, "The online specialization named in this certificate may draw on material "
          "from courses taught on-campus, but", 6, color=GREY),
        T(250, 580, "the included courses are not equivalent to on-campus courses. Participation "
          "does not confer a University of Lakemont degree.", 6, color=GREY),
    ]
    _case("k_coursera_spec", "known", "fpdf", [Page(LET_L, items)],
          Expected(course, None, "2023-10-30", "QW7RT2LKZP9X", name, "Coursera", True),
          "side panel; bare date at top; university signatures; code only in verify URL",
          filename="Coursera QW7RT2LKZP9X.pdf")


def _k_linkedin_skills() -> None:
    w, _h = LET_P
    name = "Benedikt Aurand"
    course = "Cisco CCNP Enterprise (350-401 ENCOR): Infrastructure Security"
    items: list[Item] = [
        T(w / 2, 70, "LinkedIn Learning", 18, "sans-b", "c", "#0A66C2"),
        T(w / 2, 160, "Certificate of Completion", 26, "serif", "c"),
        T(w / 2, 212, f"Congratulations, {name}", 18, "sans", "c"),
        T(w / 2, 262, course, 14, "sans-b", "c"),
        T(w / 2, 290, "Course completed on Aug 17, 2024 at 09:41AM UTC  •  2 hours 12 minutes",
          10, "sans", "c", GREY),
        *lines(w / 2, 330, [
            "By continuing to learn, you have expanded your perspective, sharpened your",
            "skills, and made yourself even more in demand.",
        ], 10, "serif-i", "c", GREY),
        T(w / 2, 400, "Top skills covered", 10, "sans-b", "c"),
    ]
    for i, chip in enumerate(("Network Security", "Cisco IOS", "Access Control Lists")):
        x = 130 + i * 120
        items += [Rect(x, 412, 110, 22, stroke=LIGHT, width=0.8),
                  T(x + 55, 427, chip, 9, "sans", "c")]
    items += [
        *signature(w / 2, 560, "Karim Wetherell-Oyelaran", "Head of Content Strategy, Learning"),
        T(w / 2, 690, "Certificate ID: AbX3m9PqLzR7wYt2KcV5nD8sHe4", 9, "sans", "c", GREY),
        T(w / 2, 740, "LinkedIn Learning  ·  Sunnyvale, CA 94085  ·  Learning hours count "
          "toward NASBA CPE only where stated.", 6.5, "sans", "c", GREY),
    ]
    _case("k_linkedin_skills", "known", "rl", [Page(LET_P, items)],
          Expected(course, None, "2024-08-17", "AbX3m9PqLzR7wYt2KcV5nD8sHe4", name,
                   "LinkedIn Learning", True),
          "portrait; name inside 'Congratulations, ...'; completion timestamp; skill chips",
          filename="CertificateOfCompletion_Cisco CCNP Enterprise Infrastructure Security.pdf")


def _k_pluralsight_caps_uuid() -> None:
    w, _h = A4_L
    name = "MAREK JÓZEFOWICZ-HALL"
    course = "Configuring Cisco Firepower Threat Defense (FTD) 7.x: Policies & NAT"
    uuid = "3f2b9c1e-77aa-4e0d-9b61-0c2d8e4f5a6b"
    items: list[Item] = [
        Rect(0, 0, w, 8, fill="#F15B2A"),
        T(60, 70, "PLURALSIGHT", 18, "sans-b", color="#F15B2A", spacing=3),
        T(w / 2, 170, "CERTIFICATE OF COMPLETION", 22, "sans-b", "c"),
        T(w / 2, 214, "This certifies that", 12, "sans", "c", GREY),
        T(w / 2, 258, name, 26, "sans-b", "c"),
        T(w / 2, 298, "has completed the course", 12, "sans", "c", GREY),
        T(w / 2, 334, course, 16, "sans-b", "c"),
        T(w / 2, 370, "Completed: 03 Jan 2024    ·    Duration: 3h 47m    ·    Level: "
          "Intermediate", 11, "sans", "c"),
        T(w / 2, 396, "Authored by Ingrid Moravec", 10, "sans", "c", GREY),
        T(w / 2, 560, "pluralsight.com  ·  © 2024 Pluralsight, LLC", 7, "sans", "c", GREY),
    ]
    _case("k_pluralsight_caps_uuid", "known", "fpdf", [Page(A4_L, items)],
          Expected(course, None, "2024-01-03", uuid, name, "Pluralsight", True),
          "learner in ALL CAPS; no printed code, UUID only in the file name",
          filename=f"pluralsight-certificate-{uuid}.pdf")


def _k_ine_dark() -> None:
    w, h = WIDE
    name = "Tariq Al-Masri Johansen"
    course = "CCNP Enterprise: Advanced Routing (ENARSI) – Part 2"
    items: list[Item] = [
        Rect(0, 0, w, h, fill="#111827"),
        T(60, 84, "INE", 44, "sans-b", color="#F97316"),
        T(60, 104, "Internetwork Expert", 10, color=LIGHT),
        T(w - 60, 84, "CERTIFICATE OF COMPLETION", 12, "sans-b", "r", WHITE, spacing=2),
        T(60, 196, "Learning Path", 11, color=LIGHT),
        T(60, 230, course, 24, "sans-b", color=WHITE),
        T(60, 288, "Awarded to", 11, color=LIGHT),
        T(60, 322, name, 26, "serif", color=WHITE),
        T(640, 288, "Started", 10, color=LIGHT),
        T(740, 288, "02 Oct 2023", 11, color=WHITE),
        T(640, 308, "Completed", 10, color=LIGHT),
        T(740, 308, "14 Nov 2023", 11, color=WHITE),
        T(640, 328, "Hours", 10, color=LIGHT),
        T(740, 328, "38.5", 11, color=WHITE),
        Line(60, 420, w - 60, 420, 0.5, GREY),
        T(60, 450, "Certificate ID", 9, color=LIGHT, split=True),
        T(60, 468, "INE-9KQ2-7TLM-X4RA", 12, "mono", color=WHITE),
        T(360, 450, "Student ID", 9, color=LIGHT),
        T(360, 468, "31907822", 12, "mono", color=WHITE),
        T(600, 450, "Lead Instructor", 9, color=LIGHT),
        T(600, 468, "Fenwick Adeyemi-Lund", 12, color=WHITE),
    ]
    _case("k_ine_dark", "known", "rl", [Page(WIDE, items)],
          Expected(course, "2023-10-02", "2023-11-14", "INE-9KQ2-7TLM-X4RA", name, "INE",
                   False),
          "dark background, widescreen; started/completed side table; student ID decoy",
          filename="INE_Certificate.pdf")


def _k_cbt_yearend_spaced() -> None:
    w, h = LET_L
    name = "Folasade Adebayo-Grant"
    course = "Cisco CCNP Enterprise Core (350-401 ENCOR)"
    items: list[Item] = [
        Rect(20, 20, w - 40, h - 40, stroke="#2C3E50", width=2),
        T(50, 66, "CBT Nuggets", 22, "sans-b", color="#2C3E50"),
        T(w - 50, 66, "Order #: 10442871", 9, "sans", "r", GREY),
        T(w / 2, 150, "Certificate of Completion", 30, "serif", "c"),
        T(w / 2, 192, "awarded to", 12, "serif-i", "c", GREY),
        T(w / 2, 234, name, 28, "serif-b", "c"),
        T(w / 2, 270, "for completing the training", 12, "serif-i", "c", GREY),
        T(w / 2, 304, course, 18, "sans-b", "c"),
        T(w / 2, 334, "Training period: December 18, 2023 – January 9, 2024", 11, "sans", "c"),
        T(w / 2, 354, "Trainer: Orla Brennan-Moyo  ·  142 videos  ·  31 hours", 10, "sans", "c",
          GREY),
        T(60, 520, "Verify at cbtnuggets.com/verify", 9, color=GREY),
        T(w - 60, 500, "Verification code", 9, "sans", "r", GREY),
        T(w - 60, 522, "HF7K 29QD M3ZP", 15, "mono", "r"),
    ]
    _case("k_cbt_yearend_spaced", "known", "fpdf", [Page(LET_L, items)],
          Expected(course, "2023-12-18", "2024-01-09", "HF7K 29QD M3ZP", name, "CBT Nuggets",
                   False),
          "range across the year end; code printed in groups with spaces; order # decoy",
          filename="cbt-nuggets-certificate.pdf")


def _k_skillsoft_tinyfooter() -> None:
    w, _h = A4_P
    name = "Agnieszka Lindqvist-Mbeki"
    course = "Cisco Certified Network Associate (CCNA 200-301): Network Fundamentals"
    items: list[Item] = [
        T(w / 2 - 40, 520, "skillsoft", 110, "sans-b", "c", PALE, angle=35),
        T(w / 2, 80, "skillsoft", 26, "sans-b", "c", "#00A88F"),
        T(w / 2, 98, "percipio", 10, "sans", "c", GREY, spacing=2),
        T(w / 2, 190, "CERTIFICATE OF ACHIEVEMENT", 20, "serif-b", "c", spacing=1.5),
        T(w / 2, 240, "This is to certify that", 12, "serif-i", "c", GREY),
        T(w / 2, 284, name, 24, "serif", "c"),
        T(w / 2, 324, "has successfully completed", 12, "serif-i", "c", GREY),
        T(w / 2, 356, "Cisco Certified Network Associate (CCNA 200-301):", 15, "sans-b", "c"),
        T(w / 2, 376, "Network Fundamentals", 15, "sans-b", "c"),
        T(w / 2, 420, "Completion date: 2024-05-21", 11, "sans", "c"),
        T(w / 2, 438, "Duration: 4h 10m", 10, "sans", "c", GREY),
        *signature(w / 2, 600, "Delphine Rautenbach", "Chief Learning Officer"),
        T(w / 2, 812, "Skillsoft Ireland Ltd · Block 2, Harcourt Centre, Dublin 2 · Cert. ID "
          "SKL-5521-0098-AQ · Asset ID: it_nwccna_01_enus · This certificate records", 5, "sans",
          "c", GREY),
        T(w / 2, 819, "completion of the learning asset named above and does not by itself "
          "confer any professional certification.", 5, "sans", "c", GREY),
    ]
    _case("k_skillsoft_tinyfooter", "known", "rl", [Page(A4_P, items)],
          Expected(course, None, "2024-05-21", "SKL-5521-0098-AQ", name, "Skillsoft", True),
          "diagonal watermark; course on two lines; code only in a 5pt footer next to an "
          "asset ID", filename="skillsoft_certificate_it_nwccna_01_enus.pdf")


def _k_cisco_u_transcript() -> None:
    w, _h = LET_L
    name = "Tomasz Wiśniewski"
    course = "Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.0"
    page1: list[Item] = [
        *cisco_bars(40, 54, SKY),
        T(92, 54, "Cisco U.", 20, "sans-b", color=NAVY),
        T(w / 2, 150, "Certificate of Completion", 30, "sans", "c"),
        T(w / 2, 212, name, 28, "sans-b", "c"),
        T(w / 2, 248, "has completed", 12, "sans", "c", GREY),
        T(w / 2, 282, course, 15, "sans-b", "c"),
        T(w / 2, 316, "Course dates: 06/15/2024 – 07/02/2024", 11, "sans", "c"),
        T(w / 2, 336, "Continuing Education Credits: 30", 10, "sans", "c", GREY),
        T(60, 520, "Certificate ID: CU-B1N9-44QE-7MRC", 10, "mono"),
        T(w - 60, 520, "A transcript of completed modules is attached.", 8, "sans", "r", GREY),
    ]
    pw, _ph = LET_P
    page2: list[Item] = [
        T(50, 60, "Cisco U.  Learning Transcript", 16, "sans-b", color=NAVY),
        T(50, 86, f"Learner: {name}", 10),
        T(50, 100, "Learner ID: 4477120", 10),
        T(pw - 50, 86, "Transcript ID: TR-0042-7781", 10, "sans", "r"),
        T(pw - 50, 100, "Generated: 07/03/2024", 10, "sans", "r"),
        T(50, 136, "Module", 9, "sans-b"),
        T(400, 136, "Completed", 9, "sans-b"),
        T(500, 136, "Score", 9, "sans-b"),
        Line(50, 142, pw - 50, 142, 0.5),
    ]
    modules = [
        ("Module 1: Cybersecurity and the SOC", "06/15/2024", "100%"),
        ("Module 2: Security Monitoring Data", "06/18/2024", "92%"),
        ("Lab 6: Explore Network Security Monitoring Tools", "06/20/2024", "pass"),
        ("Module 5: Network Intrusion Analysis", "06/24/2024", "88%"),
        ("Lab 14: Investigating Malware Exploits", "07/01/2024", "pass"),
        ("Final assessment (attempt 2)", "07/02/2024", "84%"),
    ]
    for i, (mod, when, score) in enumerate(modules):
        y = 162 + i * 20
        page2 += [T(50, y, mod, 9), T(400, y, when, 9), T(500, y, score, 9)]
    page2.append(T(pw / 2, 760, "Page 2 of 2", 7, "sans", "c", GREY))
    _case("k_cisco_u_transcript", "known", "fpdf", [Page(LET_L, page1), Page(LET_P, page2)],
          Expected(course, "2024-06-15", "2024-07-02", "CU-B1N9-44QE-7MRC", name, "Cisco U.",
                   False),
          "US numeric range settled by 06/15; page 2 is a transcript with other dates and IDs",
          filename="CBROPS_certificate_and_transcript.pdf")


def _k_partner_formal_oneday() -> None:
    w, h = A4_P
    name = "Cormac Ó Súilleabháin"
    course = "Cisco ThousandEyes: Assurance for Hybrid Work (Workshop)"
    items: list[Item] = [
        Rect(24, 24, w - 48, h - 48, stroke="#8A6D3B", width=3),
        Rect(34, 34, w - 68, h - 68, stroke="#8A6D3B", width=0.8),
        T(w / 2, 96, "Lanterne Networks Institute", 20, "serif-b", "c"),
        T(w / 2, 116, "Authorized Cisco Learning Partner", 10, "serif-i", "c", GREY),
        T(w / 2, 196, "Be it known that", 14, "serif-i", "c"),
        T(w / 2, 240, name, 26, "serif", "c"),
        T(w / 2, 276, "having attended in full the one-day hands-on workshop", 12, "serif-i",
          "c"),
        T(w / 2, 312, course, 14, "serif-b", "c"),
        T(w / 2, 348, "held on the 3rd day of March, 2024, in Dublin,", 12, "serif", "c"),
        T(w / 2, 366, "is hereby awarded this Certificate of Completion.", 12, "serif", "c"),
        T(w / 2, 404, "Duration: 1 day (8 contact hours)", 10, "serif", "c", GREY),
        *signature(170, 560, "Aoife Brannigan", "Director of Training"),
        *signature(w - 170, 560, "Lionel Takahashi-Moore", "Lead Instructor (CCSI #40187)"),
        T(w / 2, 720, "Certificate Serial No. LNI-WS-0303-0112", 10, "serif", "c"),
        T(w / 2, 740, "Issued on 5 March 2024", 9, "serif", "c", GREY),
    ]
    _case("k_partner_formal_oneday", "known", "rl", [Page(A4_P, items)],
          Expected(course, "2024-03-03", "2024-03-03", "LNI-WS-0303-0112", name,
                   "Cisco Learning Partner", False),
          "formal 'the 3rd day of March, 2024' for a one-day workshop; issued-on date; two "
          "signatories", filename="Certificate - ThousandEyes workshop.pdf")


def _k_partner_oldstyle() -> None:
    w, _h = LET_L
    name = "Haruto Nakamura-Reyes"
    course = "Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2"
    items: list[Item] = [
        T(w / 2, 70, "SUMMIT RIDGE LEARNING", 22, "serif-b", "c", NAVY),
        T(w / 2, 88, "A Cisco Learning Partner", 10, "serif-i", "c", GREY),
        T(w / 2, 160, "Certificate of Training", 32, "serif", "c"),
        T(w / 2, 246, name, 22, "serif-i", "c"),
        Line(196, 254, w - 196, 254, 0.6),
        T(w / 2, 268, "Student", 9, "sans", "c", GREY),
        T(w / 2, 322, course, 14, "serif", "c"),
        Line(120, 330, w - 120, 330, 0.6),
        T(w / 2, 344, "Course", 9, "sans", "c", GREY),
    ]
    cols = [
        ("Oct 21 - 25, 2024", "Date(s)"),
        ("Wendell Okoro", "Instructor"),
        ("CLCOR-ILT-5D", "Course Code"),
        ("SRL-88410-CL", "Certificate No."),
    ]
    for i, (value, label) in enumerate(cols):
        cx = 130 + i * 177
        items += [
            T(cx, 420, value, 12, "serif", "c"),
            Line(cx - 75, 428, cx + 75, 428, 0.6),
            T(cx, 442, label, 9, "sans", "c", GREY),
        ]
    items.append(T(w / 2, 560, "Summit Ridge Learning, 400 Canyon Blvd, Boulder CO 80302  ·  "
                   "(303) 555-0142", 7, "sans", "c", GREY))
    _case("k_partner_oldstyle", "known", "fpdf", [Page(LET_L, items)],
          Expected(course, "2024-10-21", "2024-10-25", "SRL-88410-CL", name,
                   "Cisco Learning Partner", False),
          "old style: every value printed above its label; course code next to the number",
          filename="SRL_CLCOR_Oct2024.pdf")


# ============================================================================================
# UNKNOWN ISSUERS
# ============================================================================================


def _u_bootcamp_particle() -> None:
    w, _h = A4_L
    name = "Jan-Willem van der Berg"
    course = "CCNA 200-301 Intensive Bootcamp: Routing, Switching & Automation"
    items: list[Item] = [
        Rect(40, 40, 44, 44, fill="#FFB000"),
        T(62, 70, "pw", 20, "sans-b", "c", WHITE),
        T(96, 60, "PACKETWISE ACADEMY", 16, "sans-b", spacing=1.5),
        T(96, 76, "hands-on network engineering", 9, color=GREY),
        T(w / 2, 160, "Certificate of Completion", 30, "serif-b", "c"),
        T(w / 2, 200, "This is to certify that", 12, "serif-i", "c", GREY),
        T(w / 2, 246, name, 28, "serif", "c"),
        T(w / 2, 282, "has completed all modules, labs and the capstone of", 12, "serif-i", "c",
          GREY),
        T(w / 2, 316, course, 16, "sans-b", "c"),
        T(w / 2, 346, "Cohort dates: 8 January 2024 to 16 February 2024 (Cohort 24-A, evenings)",
          11, "sans", "c"),
        T(70, 440, "Lead instructor: Beatriz Nakashima (Cisco Certified Instructor ID 29904)", 9),
        T(70, 456, "Enrolment no.: ENR-551903", 9, color=GREY),
        T(w - 70, 440, "Credential ID: PW-CCNA-24-1187", 10, "sans-b", "r"),
        T(w - 70, 456, "packetwise.example/credentials", 9, "sans", "r", GREY),
        T(w / 2, 556, "Packetwise Academy is an independent training provider and is not "
          "affiliated with or endorsed by Cisco Systems, Inc.", 6.5, "sans", "c", GREY),
        T(w / 2, 565, "Cisco, Cisco Learning Partner, CCNA and CCNP are trademarks of Cisco "
          "Systems, Inc. and/or its affiliates.", 6.5, "sans", "c", GREY),
    ]
    _case("u_bootcamp_particle", "unknown", "rl", [Page(A4_L, items)],
          Expected(course, "2024-01-08", "2024-02-16", "PW-CCNA-24-1187", name, None, False),
          "independent bootcamp whose footer names Cisco trademarks; particle name; "
          "enrolment no. decoy")


def _u_university_ce() -> None:
    w, _h = LET_P
    name = "Siobhán Ní Bhriain"
    course = "Enterprise Wireless Design (CWDP Prep)"
    items: list[Item] = [
        T(w / 2, 90, "LAKESHORE UNIVERSITY", 22, "times-b", "c", "#5B1A1A", spacing=3),
        T(w / 2, 110, "School of Professional & Continuing Studies", 11, "times-i", "c", GREY),
        T(w / 2, 200, "Certificate of Completion", 30, "times", "c"),
        T(w / 2, 250, "awarded to", 12, "times-i", "c", GREY),
        T(w / 2, 292, name, 26, "times", "c"),
        T(w / 2, 332, "for successful completion of the non-credit course", 12, "times-i", "c",
          GREY),
        T(w / 2, 364, "NET 214", 10, "times", "c", GREY),
        T(w / 2, 388, course, 17, "times-b", "c"),
        T(w / 2, 420, "Fall Term  |  September 5, 2023 - December 12, 2023  |  4.0 CEUs", 11,
          "times", "c"),
        *signature(170, 560, "Dr. Felix Amankwah", "University Registrar"),
        *signature(w - 170, 560, "Prof. Imogen Castellanos", "Dean, Continuing Studies"),
        T(60, 690, "Certificate Serial No. LU-PS-2023-004471", 9, "times"),
        T(60, 704, "Student ID: 900311275", 9, "times", color=GREY),
        T(w - 60, 690, "Date of issue: January 8, 2024", 9, "times", "r"),
        T(w / 2, 760, "Continuing Education Units (CEUs) are awarded in accordance with IACET "
          "guidelines.", 7, "times", "c", GREY),
    ]
    _case("u_university_ce", "unknown", "fpdf", [Page(LET_P, items)],
          Expected(course, "2023-09-05", "2023-12-12", "LU-PS-2023-004471", name, None, False),
          "university non-credit certificate in core Times; course number on its own line; "
          "date of issue; student ID", filename="LU_certificate_NET214.pdf")


def _u_webinar() -> None:
    w, _h = LET_L
    name = "Rafael Quintero-Hollis"
    course = "BGP Route Leaks & RPKI: Lessons from the Field"
    items: list[Item] = [
        T(50, 60, "NETOPS", 22, "sans-b", color="#7A1FA2"),
        T(142, 60, "FORUM", 22, "sans", color="#7A1FA2"),
        T(w - 50, 60, "Live Webinar Series 2024", 10, "sans", "r", GREY),
        T(w / 2, 150, "Certiﬁcate of Attendance", 28, "serif", "c"),
        T(w / 2, 200, name, 26, "serif-b", "c"),
        T(w / 2, 236, "attended the live webinar", 12, "serif-i", "c", GREY),
        T(w / 2, 270, course, 18, "sans-b", "c"),
        T(w / 2, 302, "Date: 12 September 2024  ·  16:00–17:30 CEST  ·  Duration: 90 minutes",
          11, "sans", "c"),
        T(w / 2, 322, "Presenter: Dr. Annika Voss-Mbatha", 10, "sans", "c", GREY),
        T(60, 500, "Webinar ID: 812 5530 9917", 9, color=GREY),
        T(w - 60, 500, "Veriﬁcation code: NOF-WB-5512", 10, "sans-b", "r"),
        T(w / 2, 570, "This certificate may be used to claim continuing professional education "
          "where the certifying body accepts it.", 7, "sans", "c", GREY),
    ]
    _case("u_webinar", "unknown", "rl", [Page(LET_L, items)],
          Expected(course, "2024-09-12", "2024-09-12", "NOF-WB-5512", name, None, False),
          "one-day webinar; 'ﬁ' ligatures in title and code label; spaced webinar ID decoy",
          filename="NetOpsForum_attendance.pdf")


def _u_huge_watermark() -> None:
    w, _h = HUGE
    name = "Ingrid Solheim-Batista"
    course = "Kubernetes Networking: CNI, Service Mesh & eBPF (v2.1)"
    items: list[Item] = [
        T(w / 2 - 200, 1050, "HELIX", 420, "sans-b", "c", PALE, angle=25),
        T(120, 170, "HELIX CLOUD INSTITUTE", 56, "sans-b", color="#0F766E"),
        T(w / 2, 400, "CERTIFICATE", 96, "serif-b", "c", spacing=10),
        T(w / 2, 500, "proudly presented to", 34, "serif-i", "c", GREY),
        T(w / 2, 620, name, 82, "serif", "c"),
        T(w / 2, 740, course, 48, "sans-b", "c"),
        T(w / 2, 830, "Start: 2024-07-01        End: 2024-07-05", 36, "sans", "c"),
        T(140, 1200, "Certificate #HCI-240705-3391", 30, "mono"),
        T(140, 1250, "Exam no.: HCI-KN-210 (passed, 86%)", 26, "sans", color=GREY),
        Line(w - 520, 1150, w - 140, 1150, 1.5, GREY),
        T(w - 330, 1190, "Oskar Lindahl-Mwangi, Program Director", 26, "sans", "c"),
    ]
    _case("u_huge_watermark", "unknown", "fpdf", [Page(HUGE, items)],
          Expected(course, "2024-07-01", "2024-07-05", "HCI-240705-3391", name, None, False),
          "huge 2000x1400 page with giant diagonal watermark; exam no. decoy",
          filename="helix_certificate.pdf")


def _u_rotated() -> None:
    w, h = A4_L
    name = "Kwame Mensah-Oduro"
    course = "Firewall Fundamentals (FortiGate 7.4) & Secure SD-WAN"
    items: list[Item] = [
        Rect(0, 0, 16, h, fill="#B91C1C"),
        T(50, 64, "ARDENT SECURITY TRAINING", 18, "sans-b", color="#B91C1C", spacing=1),
        T(w / 2, 160, "Certificate of Completion", 30, "serif", "c"),
        T(w / 2, 226, name, 28, "serif-b", "c"),
        T(w / 2, 262, "successfully completed", 12, "serif-i", "c", GREY),
        T(w / 2, 298, course, 17, "sans-b", "c"),
        T(w / 2, 330, "Course dates: 11–13 March 2024", 11, "sans", "c"),
        T(70, 470, "Instructor: Pilar Esquivel", 10),
        T(w - 70, 470, "Validation No.: AST-0313-2024-77", 10, "sans-b", "r"),
    ]
    _case("u_rotated", "unknown", "rl", [Page(A4_L, items)],
          Expected(course, "2024-03-11", "2024-03-13", "AST-0313-2024-77", name, None, False),
          "landscape content drawn sideways on a portrait sheet with /Rotate 90",
          filename="scan_0031.pdf", rotated=True)


def _u_cover_letter() -> None:
    pw, _ph = A4_P
    letter: list[Item] = [
        T(60, 70, "Fjordline Tech Academy", 16, "sans-b", color="#1D4ED8"),
        T(60, 86, "Strandgata 14, 5013 Bergen, Norway  ·  Org. no. 921 447 302", 8, color=GREY),
        T(pw - 60, 140, "Bergen, 14 June 2024", 10, "sans", "r"),
        T(60, 170, "Ms Chiamaka Okafor", 10),
        T(60, 184, "Kirkeveien 88", 10),
        T(60, 198, "0368 Oslo", 10),
        T(60, 250, "Dear Ms Okafor,", 11),
        *lines(60, 280, [
            "Thank you for taking part in our course. Please find your certificate on the",
            "following page. Your invoice (Reference: INV-2024-30018) was settled on 28 May",
            "2024, and no further payment is due.",
            "",
            "Our next advanced course starts on 2 September 2024; as a returning participant",
            "you are entitled to a 10% discount until 1 August 2024.",
        ], 11, "sans"),
        T(60, 420, "Kind regards,", 11),
        T(60, 470, "Eirik Haugland", 11),
        T(60, 484, "Course Coordinator", 9, color=GREY),
    ]
    w, _h = A4_L
    name = "Chiamaka Okafor"
    course = "Network Security Essentials & Zero Trust (Level 2)"
    cert: list[Item] = [
        T(w / 2, 70, "Fjordline Tech Academy", 14, "sans-b", "c", "#1D4ED8"),
        T(w / 2, 160, "Certificate of Completion", 30, "serif", "c"),
        T(w / 2, 222, name, 28, "serif-b", "c"),
        T(w / 2, 258, "has completed the course", 12, "serif-i", "c", GREY),
        T(w / 2, 292, course, 17, "sans-b", "c"),
        T(w / 2, 324, "3–7 June 2024  ·  Bergen  ·  35 hours", 11, "sans", "c"),
        T(70, 470, "Instructor: Solveig Aasen", 10),
        T(w - 70, 470, "Certificate code: FTA-ZT2-06-4471", 10, "sans-b", "r"),
    ]
    _case("u_cover_letter", "unknown", "fpdf", [Page(A4_P, letter), Page(A4_L, cert)],
          Expected(course, "2024-06-03", "2024-06-07", "FTA-ZT2-06-4471", name, None, False),
          "page 1 is a cover letter full of other dates, names and references",
          filename="Fjordline_letter_and_certificate.pdf")


# ============================================================================================
# NON-ENGLISH
# ============================================================================================


def _f_de_partner() -> None:
    w, _h = A4_P
    name = "Lukas Oberhäuser-Brandt"
    course = "Implementing and Administering Cisco Solutions (CCNA) v2.0"
    items: list[Item] = [
        T(60, 70, "KERNTAKT", 20, "sans-b", color="#14532D", spacing=2),
        T(60, 86, "Netzwerkschulungen GmbH", 10, color=GREY),
        T(w - 60, 70, "Cisco Learning Partner", 10, "sans-b", "r", SKY),
        T(w / 2, 190, "TEILNAHMEBESCHEINIGUNG", 22, "sans-b", "c", spacing=1.5),
        T(w / 2, 240, "Hiermit bestätigen wir, dass", 12, "serif", "c"),
        T(w / 2, 282, name, 24, "serif-b", "c"),
        T(w / 2, 318, "vom 12. bis 16. Februar 2024 erfolgreich an dem Kurs", 12, "serif", "c"),
        T(w / 2, 352, course, 14, "sans-b", "c"),
        T(w / 2, 384, "teilgenommen hat. Umfang: 5 Tage (40 Unterrichtseinheiten).", 12, "serif",
          "c"),
        T(100, 450, "Kursnummer:", 10, color=GREY),
        T(230, 450, "CCNA-V2-HH-07", 10),
        T(100, 468, "Trainerin:", 10, color=GREY),
        T(230, 468, "Sabine Kowalczyk (CCSI #31877)", 10),
        T(100, 486, "Zertifikatsnummer:", 10, color=GREY),
        T(230, 486, "KT-2024-0212-08", 10, "sans-b"),
        T(100, 600, "Hamburg, den 19.02.2024", 10),
        *signature(w - 170, 600, "Dr. Henning Faber", "Geschäftsführer"),
        T(w / 2, 800, "Kerntakt Netzwerkschulungen GmbH · Amtsgericht Hamburg HRB 171233 · "
          "USt-IdNr. DE318822019", 6.5, "sans", "c", GREY),
        T(w / 2, 809, "Cisco und das Cisco-Logo sind Marken von Cisco Systems, Inc. in den USA "
          "und anderen Ländern.", 6.5, "sans", "c", GREY),
    ]
    _case("f_de_partner", "foreign", "rl", [Page(A4_P, items)],
          Expected(course, "2024-02-12", "2024-02-16", "KT-2024-0212-08", name,
                   "Cisco Learning Partner", False),
          "German; 'vom 12. bis 16. Februar 2024' inside a sentence; dotted issue date; "
          "Kursnummer decoy", filename="Teilnahmebescheinigung_CCNA.pdf")


def _f_fr_udemy() -> None:
    w, _h = A4_L
    name = "Clémence Fournier-Aubry"
    course = "Réseaux Cisco : préparer le CCNA 200-301 (v1.1) de A à Z"
    code = "UC-9b8e2f10-3c4d-4a5b-8e6f-7a1b2c3d4e5f"
    items: list[Item] = [
        T(50, 62, "udemy", 28, "sans-b", color="#A435F0"),
        T(w - 40, 40, f"N° de certificat : {code}", 8, "sans", "r", GREY),
        T(w - 40, 51, f"URL du certificat : ude.my/{code}", 8, "sans", "r", GREY),
        T(w - 40, 62, "Numéro de référence : 0017", 8, "sans", "r", GREY),
        T(50, 196, "CERTIFICAT DE RÉUSSITE", 11, "sans-b", color=GREY, spacing=1),
        T(50, 244, course, 24, "serif-b"),
        T(50, 290, "Instructeurs", 10, color=GREY),
        T(130, 290, "Élodie Marchetti, Yannick Duboisson", 10, "sans-b"),
        T(50, 440, name, 30, "sans-b"),
        T(50, 476, "Date", 10, color=GREY),
        T(110, 476, "3 avr. 2024", 10, "sans-b"),
        T(50, 494, "Durée", 10, color=GREY),
        T(110, 494, "12,5 heures au total", 10, "sans-b"),
    ]
    _case("f_fr_udemy", "foreign", "fpdf", [Page(A4_L, items)],
          Expected(course, None, "2024-04-03", code, name, "Udemy", True),
          "French Udemy; abbreviated month 'avr.'; colon with a space inside the course title",
          filename="UC-9b8e2f10.pdf")


def _f_es_institute() -> None:
    w, _h = A4_L
    name = "María Fernanda Ibáñez Rojas"
    course = "Seguridad en Redes Cisco: ASA y Firepower (2.ª edición)"
    items: list[Item] = [
        T(w / 2, 70, "INSTITUTO ANDINO DE REDES", 18, "serif-b", "c", "#7C2D12", spacing=2),
        T(w / 2, 140, "CERTIFICADO DE APROVECHAMIENTO", 24, "serif", "c"),
        T(w / 2, 184, "Se certifica que", 12, "serif-i", "c", GREY),
        T(w / 2, 224, name, 26, "serif-b", "c"),
        T(w / 2, 258, "con DNI 45881920-K ha realizado el curso", 12, "serif-i", "c", GREY),
        T(w / 2, 292, f"«{course}»", 16, "sans-b", "c"),
        T(w / 2, 324, "con una duración de 40 horas, del 15 de enero al 9 de febrero de 2024.",
          12, "serif", "c"),
        *signature(200, 440, "Ing. Rodrigo Salazar Pinto", "Director Académico"),
        *signature(w - 200, 440, "Lucía Benavente", "Docente"),
        T(w / 2, 520, "Expedido en Lima, a 12 de febrero de 2024", 10, "serif", "c"),
        T(w / 2, 556, "Código de verificación: IAR-7731-QX", 9, "mono", "c"),
    ]
    _case("f_es_institute", "foreign", "rl", [Page(A4_L, items)],
          Expected(course, "2024-01-15", "2024-02-09", "IAR-7731-QX", name, None, False),
          "Spanish; 'del 15 de enero al 9 de febrero de 2024'; DNI decoy; «guillemets»",
          filename="certificado.pdf")


def _f_pt_netacad() -> None:
    w, _h = LET_L
    name = "João Pedro Albuquerque"
    course = "Introdução à Cibersegurança"
    items: list[Item] = [
        *cisco_bars(50, 60, SKY),
        T(102, 58, "Cisco Networking Academy", 14, "sans-b", color=NAVY),
        T(w / 2, 140, "Certificado de Conclusão", 28, "serif", "c"),
        T(w / 2, 180, "A Cisco Networking Academy reconhece que", 12, "serif-i", "c", GREY),
        T(w / 2, 222, name, 26, "serif-b", "c"),
        T(w / 2, 256, "concluiu com êxito o curso", 12, "serif-i", "c", GREY),
        T(w / 2, 290, course, 18, "sans-b", "c"),
        T(w / 2, 322, "e é capaz de:", 10, "sans", "c", GREY),
        *lines(w / 2, 340, [
            "• Explicar as ameaças e vulnerabilidades mais comuns",
            "• Proteger dispositivos pessoais e a privacidade online",
        ], 10, "sans", "c", GREY),
        T(80, 470, "Instrutor(a): Renata Vasconcelos", 10),
        T(80, 486, "Instituição: Escola Técnica Estadual Vale do Sol", 10),
        T(w - 80, 470, "Data de conclusão:", 10, "sans", "r", GREY),
        T(w - 80, 486, "27 de setembro de 2023", 10, "sans-b", "r"),
    ]
    _case("f_pt_netacad", "foreign", "fpdf", [Page(LET_L, items)],
          Expected(course, None, "2023-09-27", None, name, "Cisco Networking Academy", True),
          "Portuguese NetAcad; single completion date; no code at all",
          filename="certificado_conclusao.pdf")


def _f_it_accademia() -> None:
    w, _h = A4_P
    name = "Giuseppe Dell'Acqua"
    course = "Reti Cisco: Routing e Switching avanzato (CCNP ENARSI)"
    items: list[Item] = [
        T(w / 2, 90, "ACCADEMIA LIGURE DI INFORMATICA", 16, "serif-b", "c", "#1E3A8A",
          spacing=1.5),
        T(w / 2, 108, "Ente di formazione accreditato", 9, "serif-i", "c", GREY),
        T(w / 2, 200, "ATTESTATO DI PARTECIPAZIONE", 20, "serif-b", "c"),
        T(w / 2, 250, "Si attesta che", 12, "serif-i", "c"),
        T(w / 2, 290, name, 24, "serif", "c"),
        T(w / 2, 320, "nato a Savona il 14/02/1988", 11, "serif", "c", GREY),
        T(w / 2, 350, "ha frequentato con profitto il corso", 12, "serif-i", "c"),
        T(w / 2, 384, course, 13, "sans-b", "c"),
        T(w / 2, 416, "svoltosi dal 4 all'8 marzo 2024, per un totale di 40 ore.", 12, "serif",
          "c"),
        T(90, 520, "N. attestato: ALI/2024/0387", 10, "serif"),
        T(90, 536, "Matricola: 22871", 10, "serif", color=GREY),
        T(90, 640, "Genova, 11/03/2024", 10, "serif"),
        *signature(w - 170, 640, "Dott.ssa Chiara Bonfiglio", "Direttrice"),
    ]
    _case("f_it_accademia", "foreign", "rl", [Page(A4_P, items)],
          Expected(course, "2024-03-04", "2024-03-08", "ALI/2024/0387", name, None, False),
          "Italian; 'dal 4 all'8 marzo 2024'; birth date and issue date as numeric dates; "
          "apostrophe in the name", filename="attestato_ENARSI.pdf")


def _f_nl_partner() -> None:
    w, _h = A4_L
    name = "Sanne van den Heuvel"
    course = "Understanding Cisco Wireless Foundations (WLFNDU) v1.1"
    items: list[Item] = [
        T(50, 62, "Polderwerk", 20, "sans-b", color="#EA580C"),
        T(50, 78, "IT Opleidingen B.V.", 10, color=GREY),
        T(w - 50, 62, "Cisco Learning Partner", 10, "sans-b", "r", SKY),
        T(w / 2, 150, "CERTIFICAAT VAN DEELNAME", 24, "sans-b", "c", spacing=2),
        T(w / 2, 192, "Dit certificaat wordt uitgereikt aan", 12, "serif-i", "c", GREY),
        T(w / 2, 234, name, 28, "serif", "c"),
        T(w / 2, 270, "voor het succesvol afronden van de training", 12, "serif-i", "c", GREY),
        T(w / 2, 304, course, 17, "sans-b", "c"),
        T(w / 2, 336, "Trainingsdatum: 22 t/m 24 april 2024  ·  Locatie: Utrecht", 11, "sans",
          "c"),
        T(80, 450, "Trainer: Maarten de Vries", 10),
        T(80, 466, "Cursuscode: WLFNDU", 10, color=GREY),
        T(w - 80, 450, "Certificaatnummer: PW-LP-88123", 10, "sans-b", "r"),
        T(w / 2, 570, "Polderwerk IT Opleidingen B.V.  ·  KvK 81234567  ·  BTW NL861234567B01",
          7, "sans", "c", GREY),
    ]
    _case("f_nl_partner", "foreign", "fpdf", [Page(A4_L, items)],
          Expected(course, "2024-04-22", "2024-04-24", "PW-LP-88123", name,
                   "Cisco Learning Partner", False),
          "Dutch; '22 t/m 24 april 2024'; particle name; KvK/BTW numbers",
          filename="Certificaat_WLFNDU.pdf")


def _f_pl_centrum() -> None:
    w, _h = A4_P
    name = "Krzysztof Żmuda-Trzebiatowski"
    course = "Bezpieczeństwo sieci: Cisco Firepower Threat Defense (SSFTD)"
    items: list[Item] = [
        T(w / 2, 80, "CENTRUM SZKOLEŃ SIECIOWYCH VISTULA", 14, "sans-b", "c", "#991B1B",
          spacing=1),
        T(w / 2, 96, "ul. Długa 17, 31-147 Kraków  ·  NIP 676-123-45-67", 8, "sans", "c", GREY),
        T(w / 2, 190, "ZAŚWIADCZENIE", 26, "serif-b", "c", spacing=3),
        T(w / 2, 214, "o ukończeniu szkolenia", 13, "serif-i", "c"),
        T(w / 2, 270, "Niniejszym zaświadcza się, że", 12, "serif", "c", GREY),
        T(w / 2, 306, name, 22, "serif-b", "c"),
        T(w / 2, 332, "urodzony 14.02.1990 r. w Toruniu", 10, "serif", "c", GREY),
        T(w / 2, 362, "ukończył szkolenie", 12, "serif", "c"),
        T(w / 2, 394, course, 13, "sans-b", "c"),
        T(w / 2, 424, "w dniach 18–20 listopada 2024 r. w wymiarze 24 godzin dydaktycznych.", 11,
          "serif", "c"),
        T(90, 520, "Nr zaświadczenia: 241120/03/KT", 10, "serif"),
        T(90, 640, "Kraków, dnia 21.11.2024 r.", 10, "serif"),
        *signature(w - 170, 640, "mgr inż. Halina Wróblewska", "Dyrektor Centrum"),
    ]
    _case("f_pl_centrum", "foreign", "rl", [Page(A4_P, items)],
          Expected(course, "2024-11-18", "2024-11-20", "241120/03/KT", name, None, False),
          "Polish; genitive month 'listopada' in a range; dotted birth date; dotted issue date",
          filename="zaswiadczenie_SSFTD.pdf")


def _f_sv_linkedin() -> None:
    w, _h = LET_L
    name = "Elin Johansson-Bäck"
    course = "Grunderna i Cisco-nätverk: routing och switchning"
    items: list[Item] = [
        T(w / 2, 64, "LinkedIn Learning", 16, "sans-b", "c", "#0A66C2"),
        T(w / 2, 150, "Intyg om slutförande", 28, "serif", "c"),
        T(w / 2, 200, f"Grattis, {name}", 18, "sans", "c"),
        T(w / 2, 244, course, 17, "sans-b", "c"),
        T(w / 2, 272, "Kursen slutfördes 5 mars 2024 kl. 14:02 (UTC)  •  1 timme 48 minuter", 10,
          "sans", "c", GREY),
        T(w / 2, 330, "Huvudkunskaper som behandlas", 10, "sans-b", "c"),
        T(w / 2, 348, "Routing  ·  Switching  ·  Cisco IOS", 10, "sans", "c", GREY),
        *signature(w / 2, 460, "Karim Wetherell-Oyelaran", "Chef för innehållsstrategi"),
        T(w / 2, 560, "Certifikat-ID: Aq7Rk2LmZx9PwN4tYb6Hc3Vd", 9, "sans", "c", GREY),
    ]
    _case("f_sv_linkedin", "foreign", "fpdf", [Page(LET_L, items)],
          Expected(course, None, "2024-03-05", "Aq7Rk2LmZx9PwN4tYb6Hc3Vd", name,
                   "LinkedIn Learning", True),
          "Swedish LinkedIn Learning; name after 'Grattis,'; completion timestamp",
          filename="Intyg_Cisco-natverk.pdf")


# ============================================================================================
# GENUINELY UNCLEAR
# ============================================================================================


def _x_numeric_range() -> None:
    w, _h = LET_L
    name = "Declan Featherstone-Obi"
    course = "Implementing Cisco Enterprise Advanced Routing and Services (ENARSI) v1.1"
    items: list[Item] = [
        T(50, 60, "HARBOURVIEW TRAINING", 16, "helv-b", color=NAVY),
        T(50, 76, "Cisco Learning Partner", 9, "helv", color=SKY),
        T(w / 2, 150, "Certificate of Completion", 28, "times", "c"),
        T(w / 2, 206, name, 26, "times-b", "c"),
        T(w / 2, 240, "has completed the self-paced e-learning course with labs", 12, "times-i",
          "c", GREY),
        T(w / 2, 274, course, 14, "helv-b", "c"),
        T(w / 2, 306, "Access period: 01/02/2024 - 01/05/2024", 11, "helv", "c"),
        T(w - 60, 480, "Certificate Number: HVT-24-0419", 10, "helv-b", "r"),
    ]
    _case("x_numeric_range", "unclear", "rl", [Page(LET_L, items)],
          Expected(course, None, None, "HVT-24-0419", name, "Cisco Learning Partner", True),
          "numeric range 01/02/2024 - 01/05/2024: 2-5 Jan or 1 Feb-1 May, nothing settles it")


def _x_numeric_single() -> None:
    w, _h = A4_P
    name = "Ottilie Brandvold"
    course = "Wireless LAN Troubleshooting with Wireshark"
    items: list[Item] = [
        T(w / 2, 90, "Quillfield Online", 18, "sans-b", "c", "#4D7C0F"),
        T(w / 2, 200, "Certificate", 30, "serif", "c"),
        T(w / 2, 260, name, 24, "serif-b", "c"),
        T(w / 2, 300, course, 15, "sans-b", "c"),
        T(w / 2, 340, "Completed 04/05/2024", 11, "sans", "c"),
        T(w / 2, 700, "Certificate ID: QF-558-2291-TT", 9, "mono", "c"),
    ]
    _case("x_numeric_single", "unclear", "fpdf", [Page(A4_P, items)],
          Expected(course, None, None, "QF-558-2291-TT", name, None, True),
          "minimal layout; single completion date 04/05/2024 with unknown day/month order",
          filename="quillfield-cert.pdf")


def _x_two_codes() -> None:
    w, _h = A4_L
    name = "Leopoldine Asante-Marsh"
    course = "Designing Cisco Data Center Infrastructure (DCID) v7.0"
    items: list[Item] = [
        T(50, 60, "STRATOS", 20, "sans-b", color="#334155", spacing=2),
        T(50, 76, "Learning Cloud", 10, color=GREY),
        T(w - 50, 56, "Certificate Number: SLC-22-19XK4", 10, "sans-b", "r"),
        T(w / 2, 160, "Certificate of Completion", 30, "serif", "c"),
        T(w / 2, 216, name, 26, "serif-b", "c"),
        T(w / 2, 252, "has completed the virtual instructor-led course", 12, "serif-i", "c",
          GREY),
        T(w / 2, 286, course, 16, "sans-b", "c"),
        T(w / 2, 316, "Course period: 5 August 2024 – 16 August 2024", 11, "sans", "c"),
        T(w / 2, 540, "Credential ID: 7Y3N-QQ81-LM0A", 10, "sans-b", "c"),
    ]
    _case("x_two_codes", "unclear", "rl", [Page(A4_L, items)],
          Expected(course, "2024-08-05", "2024-08-16", None, name, None, True),
          "two different codes, 'Certificate Number' top right and 'Credential ID' at bottom",
          filename="stratos_DCID.pdf")


def _x_no_learner() -> None:
    w, _h = LET_L
    course = "Cisco SD-Access Fabric Deployment Lab (3 days)"
    items: list[Item] = [
        T(50, 60, "Corvid Networks Training", 16, "sans-b", color="#111827"),
        T(w / 2, 150, "Certificate of Completion", 30, "serif", "c"),
        T(w / 2, 196, "Awarded to:", 12, "serif-i", "c", GREY),
        Line(w / 2 - 180, 236, w / 2 + 180, 236, 0.6),
        T(w / 2, 276, "for completing", 12, "serif-i", "c", GREY),
        T(w / 2, 310, course, 17, "sans-b", "c"),
        T(w / 2, 340, "14 – 16 October 2024", 11, "sans", "c"),
        *signature(200, 470, "Thandiwe Mokoena", "Instructor"),
        *signature(w - 200, 470, "Peter Lindgren", "Training Manager"),
        T(w / 2, 560, "Certificate No.: CNT-1016-5521", 9, "sans", "c", GREY),
    ]
    _case("x_no_learner", "unclear", "fpdf", [Page(LET_L, items)],
          Expected(course, "2024-10-14", "2024-10-16", "CNT-1016-5521", None, None, True),
          "learner field left blank; only instructor and manager names on the page",
          filename="certificate_template_export.pdf")


def _x_validity_only() -> None:
    w, _h = A4_P
    name = "Ruairí Castellano-Pike"
    course = "Structured Cabling & Fibre Termination (Level 3)"
    items: list[Item] = [
        T(w / 2, 90, "BOREALIS NETWORK ACADEMY", 16, "sans-b", "c", "#0E7490", spacing=1.5),
        T(w / 2, 190, "Certificate of Competence", 26, "serif", "c"),
        T(w / 2, 250, name, 24, "serif-b", "c"),
        T(w / 2, 276, "Date of birth: 02.11.1991", 10, "sans", "c", GREY),
        T(w / 2, 316, "has demonstrated competence in", 12, "serif-i", "c", GREY),
        T(w / 2, 350, course, 15, "sans-b", "c"),
        T(100, 480, "Certificate No.:", 10, color=GREY),
        T(220, 480, "BNA-4471-C", 10, "sans-b"),
        T(100, 498, "Valid until:", 10, color=GREY),
        T(220, 498, "15 May 2027", 10),
        T(w / 2, 810, "Printed on 20 May 2024", 7, "sans", "c", GREY),
    ]
    _case("x_validity_only", "unclear", "rl", [Page(A4_P, items)],
          Expected(course, None, None, "BNA-4471-C", name, None, True),
          "no course date at all: only date of birth, valid-until and printed-on",
          filename="BNA_competence.pdf")


def _x_two_certs_table() -> None:
    w, _h = A4_L
    name = "Yusuf Demir-Halloran"
    items: list[Item] = [
        T(50, 60, "Meridian IT Skills", 18, "sans-b", color="#6D28D9"),
        T(50, 76, "Cisco Learning Partner", 9, color=SKY),
        T(w / 2, 150, "Certificate of Completion", 28, "serif", "c"),
        T(w / 2, 200, name, 24, "serif-b", "c"),
        T(w / 2, 232, "has completed the following Cisco courses:", 12, "serif-i", "c", GREY),
        Rect(60, 260, w - 120, 24, fill=PALE),
        T(72, 277, "Course", 10, "sans-b"),
        T(480, 277, "Dates", 10, "sans-b"),
        T(640, 277, "Certificate No.", 10, "sans-b"),
    ]
    rows = [
        ("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "08–12 Jan 2024", "MIS-24-0108"),
        ("Designing Cisco Enterprise Wireless Networks (ENWLSD) v1.1", "22–26 Jan 2024",
         "MIS-24-0122"),
    ]
    for i, (course, dates, code) in enumerate(rows):
        y = 306 + i * 26
        items += [T(72, y, course, 10), T(480, y, dates, 10), T(640, y, code, 10, "mono"),
                  Line(60, y + 8, w - 60, y + 8, 0.4, LIGHT)]
    items.append(T(w / 2, 540, "Each course is a separate Continuing Education item.", 8, "sans",
                   "c", GREY))
    _case("x_two_certs_table", "unclear", "fpdf", [Page(A4_L, items)],
          Expected(None, None, None, None, name, "Cisco Learning Partner", True),
          "two courses with their own dates and certificate numbers in one table",
          filename="Meridian_certificates_Jan2024.pdf")


def _x_no_code_decoys() -> None:
    w, _h = LET_P
    name = "Valentina Osei-Brennan"
    course = "CCNA: Introduction to Networks (ITN) v7.02"
    items: list[Item] = [
        *cisco_bars(60, 70, SKY),
        T(112, 68, "Cisco Networking Academy", 14, "sans-b", color=NAVY),
        T(w / 2, 170, "Statement of Achievement", 26, "serif", "c"),
        T(w / 2, 226, name, 24, "serif-b", "c"),
        T(w / 2, 260, "has successfully completed the Cisco Networking Academy course", 11,
          "serif-i", "c", GREY),
        T(w / 2, 292, course, 16, "sans-b", "c"),
        T(120, 380, "Class start", 10, color=GREY),
        T(260, 380, "2024-01-22", 10),
        T(120, 398, "Class end", 10, color=GREY),
        T(260, 398, "2024-04-26", 10),
        T(120, 416, "Student ID", 10, color=GREY),
        T(260, 416, "8812034", 10),
        T(120, 434, "Class ID", 10, color=GREY),
        T(260, 434, "1442871", 10),
        T(120, 452, "Course code", 10, color=GREY),
        T(260, 452, "ITN-7.02", 10),
        T(120, 470, "Instructor ID", 10, color=GREY),
        T(260, 470, "55190 (Imre Castellanos)", 10),
        T(w / 2, 740, "Cisco Networking Academy · netacad.com", 7, "sans", "c", GREY),
    ]
    _case("x_no_code_decoys", "unclear", "rl", [Page(LET_P, items)],
          Expected(course, "2024-01-22", "2024-04-26", None, name, "Cisco Networking Academy",
                   True),
          "no certificate code, only student/class/course/instructor IDs",
          filename="ITN_statement.pdf")


def _x_year_missing() -> None:
    w, _h = A4_L
    name = "Mireille Oyelowo-Sands"
    course = "IPv6 Deployment Workshop: Addressing, SLAAC & DHCPv6"
    items: list[Item] = [
        T(50, 60, "TIDEWATER", 18, "sans-b", color="#0369A1", spacing=2),
        T(50, 76, "tech bootcamps", 9, color=GREY),
        T(w / 2, 160, "Certificate of Participation", 28, "serif", "c"),
        T(w / 2, 216, name, 26, "serif-b", "c"),
        T(w / 2, 252, "took part in the two-day workshop", 12, "serif-i", "c", GREY),
        T(w / 2, 286, course, 16, "sans-b", "c"),
        T(w / 2, 318, "Workshop held 14–15 March  ·  Norfolk, VA", 11, "sans", "c"),
        T(w - 60, 470, "Certificate ID: TW-6W-0314-27", 10, "sans-b", "r"),
        T(w / 2, 566, "© 2019–2025 Tidewater Tech Bootcamps LLC. All rights reserved.", 7,
          "sans", "c", GREY),
    ]
    _case("x_year_missing", "unclear", "fpdf", [Page(A4_L, items)],
          Expected(course, None, None, "TW-6W-0314-27", name, None, True),
          "date range printed without a year; only a copyright year span in the footer",
          filename="tidewater_ipv6.pdf")


for _make in (
    _k_cisco_u_darkband,
    _k_netacad_qr,
    _k_partner_letterspaced,
    _k_cisco_live_session,
    _k_udemy_wrapped_url,
    _k_coursera_spec,
    _k_linkedin_skills,
    _k_pluralsight_caps_uuid,
    _k_ine_dark,
    _k_cbt_yearend_spaced,
    _k_skillsoft_tinyfooter,
    _k_cisco_u_transcript,
    _k_partner_formal_oneday,
    _k_partner_oldstyle,
    _u_bootcamp_particle,
    _u_university_ce,
    _u_webinar,
    _u_huge_watermark,
    _u_rotated,
    _u_cover_letter,
    _f_de_partner,
    _f_fr_udemy,
    _f_es_institute,
    _f_pt_netacad,
    _f_it_accademia,
    _f_nl_partner,
    _f_pl_centrum,
    _f_sv_linkedin,
    _x_numeric_range,
    _x_numeric_single,
    _x_two_codes,
    _x_no_learner,
    _x_validity_only,
    _x_two_certs_table,
    _x_no_code_decoys,
    _x_year_missing,
):
    _make()
