"""Held-out completion certificates: layouts written independently of the extractor.

These certificates exist to measure the extractor on designs its authors never tuned for, so
they deliberately share no drawing code with `certfactory` (only its `Expected` and `Case`
dataclasses).  Every case is a hand-laid page drawn by a small pen that writes through either
reportlab or fpdf2, so the text layers come from two different producers.

All people, organisations (other than the platform brands named in the issuer contract),
codes, instructors and signatories are invented.

Public interface: `HOLDOUT_CASES` (list of `Case`) and `HOLDOUT_KINDS` (case name -> kind:
"known" issuer, "unknown" issuer, "foreign" = non-English, "unclear" = genuinely uncertain).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from certfactory import Case, Expected

Size = tuple[float, float]

LETTER_L: Size = (792.0, 612.0)
LETTER_P: Size = (612.0, 792.0)
A4_P: Size = (595.28, 841.89)
A4_L: Size = (841.89, 595.28)
BANNER: Size = (1440.0, 420.0)

INK = "#1C1C1C"
GREY = "#6B6B6B"
LIGHT = "#C8C8C8"
WHITE = "#FFFFFF"

# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_TTF: dict[tuple[str, str], str] = {
    ("sans", ""): "DejaVuSans.ttf",
    ("sans", "B"): "DejaVuSans-Bold.ttf",
    ("sans", "I"): "DejaVuSans-Oblique.ttf",
    ("sans", "BI"): "DejaVuSans-BoldOblique.ttf",
    ("serif", ""): "DejaVuSerif.ttf",
    ("serif", "B"): "DejaVuSerif-Bold.ttf",
    ("serif", "I"): "DejaVuSerif-Italic.ttf",
    ("serif", "BI"): "DejaVuSerif-BoldItalic.ttf",
    ("mono", ""): "DejaVuSansMono.ttf",
    ("mono", "B"): "DejaVuSansMono-Bold.ttf",
    ("cond", ""): "DejaVuSansCondensed.ttf",
    ("cond", "B"): "DejaVuSansCondensed-Bold.ttf",
    ("cond", "I"): "DejaVuSansCondensed-Oblique.ttf",
    ("serifc", ""): "DejaVuSerifCondensed.ttf",
    ("serifc", "B"): "DejaVuSerifCondensed-Bold.ttf",
    ("serifc", "I"): "DejaVuSerifCondensed-Italic.ttf",
    ("light", ""): "DejaVuSans-ExtraLight.ttf",
}
_CORE_RL: dict[tuple[str, str], str] = {
    ("helvetica", ""): "Helvetica",
    ("helvetica", "B"): "Helvetica-Bold",
    ("helvetica", "I"): "Helvetica-Oblique",
    ("helvetica", "BI"): "Helvetica-BoldOblique",
    ("times", ""): "Times-Roman",
    ("times", "B"): "Times-Bold",
    ("times", "I"): "Times-Italic",
    ("times", "BI"): "Times-BoldItalic",
    ("courier", ""): "Courier",
    ("courier", "B"): "Courier-Bold",
    ("courier", "I"): "Courier-Oblique",
}
_RL_REGISTERED: set[str] = set()


def _rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


# --------------------------------------------------------------------------------------------
# Pens: one drawing vocabulary, two PDF producers.  Coordinates are points, y measured from
# the top of the page (to the text baseline for text, to the top edge for rectangles).
# --------------------------------------------------------------------------------------------


class Pen(ABC):
    def __init__(self, size: Size) -> None:
        self.w, self.h = size

    @abstractmethod
    def width(self, s: str, size: float, font: str = "helvetica", style: str = "",
              spacing: float = 0.0) -> float: ...

    @abstractmethod
    def _put(self, x: float, y: float, s: str, size: float, font: str, style: str,
             color: str, spacing: float) -> None: ...

    @abstractmethod
    def line(self, x1: float, y1: float, x2: float, y2: float, color: str = INK,
             width: float = 0.8) -> None: ...

    @abstractmethod
    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None = None,
             stroke: str | None = None, width: float = 1.0) -> None: ...

    @abstractmethod
    def new_page(self, size: Size | None = None) -> None: ...

    @abstractmethod
    def finish(self) -> None: ...

    def text(self, x: float, y: float, s: str, *, size: float = 11, font: str = "helvetica",
             style: str = "", color: str = INK, align: str = "left",
             spacing: float = 0.0) -> float:
        """Draw one line; returns its width."""
        w = self.width(s, size, font, style, spacing)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        self._put(x, y, s, size, font, style, color, spacing)
        return w

    def wrap(self, x: float, y: float, maxw: float, s: str, *, size: float = 11,
             font: str = "helvetica", style: str = "", color: str = INK,
             leading: float | None = None, align: str = "left") -> float:
        """Greedy word wrap; x is the left edge (or centre/right edge per align).

        Returns the baseline the next line would use."""
        leading = leading or size * 1.3
        line = ""
        for word in s.split():
            trial = f"{line} {word}".strip()
            if line and self.width(trial, size, font, style) > maxw:
                self.text(x, y, line, size=size, font=font, style=style, color=color,
                          align=align)
                y += leading
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size=size, font=font, style=style, color=color, align=align)
            y += leading
        return y


class _RLPen(Pen):
    def __init__(self, path: Path, size: Size, title: str) -> None:
        super().__init__(size)
        self.c = Canvas(str(path), pagesize=size)
        self.c.setTitle(title)
        self.c.setCreator("Certificate Studio 4.2")

    def _font(self, font: str, style: str) -> str:
        if (font, style) in _CORE_RL:
            return _CORE_RL[font, style]
        name = f"DV-{font}-{style or 'R'}"
        if name not in _RL_REGISTERED:
            pdfmetrics.registerFont(TTFont(name, str(_DEJAVU / _TTF[font, style])))
            _RL_REGISTERED.add(name)
        return name

    def width(self, s: str, size: float, font: str = "helvetica", style: str = "",
              spacing: float = 0.0) -> float:
        return float(pdfmetrics.stringWidth(s, self._font(font, style), size)) + spacing * len(s)

    def _put(self, x: float, y: float, s: str, size: float, font: str, style: str,
             color: str, spacing: float) -> None:
        self.c.setFillColor(HexColor(color))
        self.c.setFont(self._font(font, style), size)
        self.c.drawString(x, self.h - y, s, charSpace=spacing)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str = INK,
             width: float = 0.8) -> None:
        self.c.setStrokeColor(HexColor(color))
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None = None,
             stroke: str | None = None, width: float = 1.0) -> None:
        if fill:
            self.c.setFillColor(HexColor(fill))
        if stroke:
            self.c.setStrokeColor(HexColor(stroke))
            self.c.setLineWidth(width)
        self.c.rect(x, self.h - y - h, w, h, fill=int(bool(fill)), stroke=int(bool(stroke)))

    def new_page(self, size: Size | None = None) -> None:
        self.c.showPage()
        if size:
            self.c.setPageSize(size)
            self.w, self.h = size

    def finish(self) -> None:
        self.c.save()


class _FPDFPen(Pen):
    def __init__(self, path: Path, size: Size, title: str) -> None:
        super().__init__(size)
        self.path = path
        self.pdf = FPDF(unit="pt", format=size)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.set_title(title)
        self.pdf.set_creator("LMS Export Service")
        self.pdf.add_page()
        self._added: set[tuple[str, str]] = set()

    def _use(self, font: str, style: str, size: float) -> None:
        if (font, style) in _TTF:
            family = f"dv{font}"
            if (font, style) not in self._added:
                self.pdf.add_font(family, style, str(_DEJAVU / _TTF[font, style]))
                self._added.add((font, style))
            self.pdf.set_font(family, style, size)
        else:
            self.pdf.set_font(font, style, size)

    def width(self, s: str, size: float, font: str = "helvetica", style: str = "",
              spacing: float = 0.0) -> float:
        self._use(font, style, size)
        return float(self.pdf.get_string_width(s)) + spacing * len(s)

    def _put(self, x: float, y: float, s: str, size: float, font: str, style: str,
             color: str, spacing: float) -> None:
        self._use(font, style, size)
        self.pdf.set_text_color(*_rgb(color))
        self.pdf.set_char_spacing(spacing)
        self.pdf.text(x, y, s)
        self.pdf.set_char_spacing(0)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str = INK,
             width: float = 0.8) -> None:
        self.pdf.set_draw_color(*_rgb(color))
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None = None,
             stroke: str | None = None, width: float = 1.0) -> None:
        if fill:
            self.pdf.set_fill_color(*_rgb(fill))
        if stroke:
            self.pdf.set_draw_color(*_rgb(stroke))
            self.pdf.set_line_width(width)
        style = ("F" if fill else "") + ("D" if stroke else "")
        self.pdf.rect(x, y, w, h, style=style.replace("FD", "DF") or "D")

    def new_page(self, size: Size | None = None) -> None:
        if size:
            self.pdf.add_page(format=size)
            self.w, self.h = size
        else:
            self.pdf.add_page()

    def finish(self) -> None:
        self.pdf.output(str(self.path))


Draw = Callable[[Pen], None]


def _render(engine: str, size: Size, draw: Draw, path: Path, title: str) -> None:
    pen: Pen = _RLPen(path, size, title) if engine == "rl" else _FPDFPen(path, size, title)
    draw(pen)
    pen.finish()


def _rule_label(p: Pen, x: float, y: float, w: float, value: str, label: str, *,
                size: float = 13, font: str = "times", style: str = "I") -> None:
    """Old style: the value sits on a rule, its label is printed underneath."""
    p.text(x + w / 2, y, value, size=size, font=font, style=style, align="center")
    p.line(x, y + 6, x + w, y + 6, color=GREY, width=0.7)
    p.text(x + w / 2, y + 20, label, size=9, font=font, color=GREY, align="center")


# --------------------------------------------------------------------------------------------
# Known issuers
# --------------------------------------------------------------------------------------------


def _cu_encor(p: Pen) -> None:
    p.rect(0, 0, 26, p.h, fill="#00BCEB")
    p.text(60, 70, "Cisco U.", size=24, style="B", color="#0D274D")
    p.text(p.w - 50, 66, "u.cisco.com", size=9, color=GREY, align="right")
    p.text(60, 150, "Certificate of Completion", size=32, font="times", color="#0D274D")
    p.text(60, 190, "This certifies that", size=12, color=GREY)
    p.text(60, 230, "Marisol Ekwueme", size=28, font="times", style="B")
    p.text(60, 264, "has completed the course", size=12, color=GREY)
    p.wrap(60, 296, 600, "Implementing and Operating Cisco Enterprise Network Core "
           "Technologies (ENCOR) v1.3", size=16, style="B", color="#0D274D", leading=21)
    for x, label, value in ((60, "Course start", "March 4, 2024"),
                            (250, "Course end", "April 19, 2024"),
                            (440, "Continuing Education credits", "64")):
        p.text(x, 390, label, size=9, color=GREY)
        p.text(x, 408, value, size=13)
    p.line(60, 440, p.w - 60, 440, color=LIGHT)
    p.text(60, 470, "Validation code", size=9, color=GREY)
    p.text(60, 490, "CU-7F3K-Q9LM-22XD", size=14, font="courier", style="B")
    p.text(330, 470, "Cisco ID", size=9, color=GREY)
    p.text(330, 490, "csco11348872", size=12, font="courier")
    p.line(540, 530, 730, 530, color=GREY)
    p.text(540, 546, "Avery Quintero-Haas", size=10)
    p.text(540, 560, "Director, Learning & Certifications", size=8, color=GREY)


def _cu_two_codes(p: Pen) -> None:
    p.rect(0, 0, p.w, 92, fill="#0D274D")
    p.text(50, 58, "Cisco U.", size=26, font="sans", style="B", color=WHITE)
    p.text(p.w - 50, 56, "Learning Path Certificate", size=11, font="sans", color=WHITE,
           align="right")
    c = p.w / 2
    p.text(c, 170, "Awarded to", size=12, font="sans", color=GREY, align="center")
    p.text(c, 212, "Deshawn Müller-Okafor", size=26, font="serif", align="center")
    p.text(c, 252, "for completing the learning path", size=12, font="sans", color=GREY,
           align="center")
    p.wrap(c, 290, 460, "Cisco Certified DevNet Associate (DEVASC) Learning Path", size=17,
           font="sans", style="B", color="#0D274D", align="center", leading=22)
    p.text(c, 372, "Started January 6, 2025  ·  Completed January 23, 2025", size=11,
           font="sans", align="center")
    p.text(c, 392, "Learning hours: 18", size=10, font="sans", color=GREY, align="center")
    for x, label, code in ((70, "Certificate ID", "CU-LP-58K2-ZT1W"),
                           (326, "Credential ID", "CU-CR-0Q7N-4HRB")):
        p.rect(x, 560, 216, 70, stroke=LIGHT)
        p.text(x + 14, 584, label, size=10, font="sans", style="B", color="#0D274D")
        p.text(x + 14, 610, code, size=13, font="mono")
    p.text(c, 740, "Cisco U. · Continuing Education eligible content", size=8, font="sans",
           color=GREY, align="center")


def _netacad_a4(p: Pen) -> None:
    p.rect(30, 30, p.w - 60, p.h - 60, stroke="#1D6FA5", width=2)
    c = p.w / 2
    p.text(c, 110, "Cisco Networking Academy", size=20, style="B", color="#1D6FA5",
           align="center")
    p.text(c, 130, "Riverside Technical Institute", size=10, color=GREY, align="center")
    p.text(c, 210, "Certificate of Course Completion", size=24, font="times", align="center")
    p.text(c, 280, "Tobiah Lindqvist", size=30, font="times", style="I", align="center")
    y = p.wrap(80, 330, p.w - 160, "has successfully achieved student level credential for "
               "completing the CCNA: Switching, Routing, and Wireless Essentials course "
               "administered by the undersigned instructor. The student was able to "
               "proficiently:", size=11, leading=15)
    for item in ("Configure VLANs and inter-VLAN routing applying security best practices.",
                 "Troubleshoot inter-VLAN routing on Layer 3 devices.",
                 "Configure redundancy on a switched network using STP and EtherChannel.",
                 "Configure WLANs using a WLC and L2 security best practices."):
        p.text(96, y + 4, "-", size=10)
        y = p.wrap(108, y + 4, p.w - 190, item, size=10, leading=13)
    p.text(80, 600, "Start date: 2023-09-05", size=11)
    p.text(320, 600, "End date: 2023-12-15", size=11)
    p.line(80, 680, 260, 680, color=GREY)
    p.text(80, 694, "Dana Okafor-Reyes", size=10)
    p.text(80, 707, "Instructor     Instructor ID: INS-448120", size=8, color=GREY)
    p.text(80, 770, "Certificate ID: 5d2f8c01-93ae-4c7e-b1d6-72a0e4f9c3b8", size=9,
           font="courier")


def _netacad_sentence(p: Pen) -> None:
    p.rect(20, 20, p.w - 40, p.h - 40, stroke="#444444", width=1.5)
    p.rect(28, 28, p.w - 56, p.h - 56, stroke="#999999", width=0.5)
    c = p.w / 2
    p.text(c, 110, "Cisco Networking Academy", size=18, font="times", style="B",
           align="center")
    p.wrap(c, 250, 560, "This is to certify that Beatriz Almeida-Sørensen has successfully "
           "completed Introduction to Cybersecurity on 05/04/2023.", size=20, font="times",
           align="center", leading=30)
    p.line(c - 110, 470, c + 110, 470, color=GREY)
    p.text(c, 488, "Kwame Pellegrini, Instructor", size=11, font="times", style="I",
           align="center")


def _clp_table(p: Pen) -> None:
    p.text(50, 64, "NorthBridge Networks Training", size=18, font="sans", style="B",
           color="#12355B")
    p.text(50, 82, "Cisco Learning Partner · Gold Certified", size=10, font="sans",
           color=GREY)
    p.text(p.w - 50, 70, "CERTIFICATE OF ATTENDANCE", size=16, font="sans", style="B",
           color="#C0392B", align="right")
    p.line(50, 100, p.w - 50, 100, color="#12355B", width=1.5)
    p.text(50, 160, "Participant", size=10, font="sans", color=GREY)
    p.text(50, 186, "Ilse van Doorn-Achebe", size=22, font="sans", style="B")
    p.text(50, 222, "has attended the following Cisco authorised training:", size=11,
           font="sans")
    cols = (("Course title", 50, 290), ("Course code", 340, 100), ("Delivery", 440, 90),
            ("Dates", 530, 160), ("Hours", 690, 100))
    p.rect(50, 246, p.w - 100, 24, fill="#E6ECF2")
    for label, x, _w in cols:
        p.text(x + 6, 262, label, size=10, font="sans", style="B")
    row = ("Implementing Cisco SD-WAN Solutions", "ENSDWI v3.0", "Virtual ILT",
           "13–17 May 2024", "40")
    for (_label, x, _w), value in zip(cols, row, strict=True):
        p.text(x + 6, 292, value, size=10, font="sans")
    p.rect(50, 246, p.w - 100, 60, stroke="#9AA8B6", width=0.6)
    p.line(50, 270, p.w - 50, 270, color="#9AA8B6", width=0.6)
    for _label, x, _w in cols[1:]:
        p.line(x, 246, x, 306, color="#9AA8B6", width=0.6)
    p.text(50, 380, "Certificate No.: NBN-24-05117", size=11, font="sans", style="B")
    p.text(50, 400, "Instructor ID: CCSI-30418", size=9, font="sans", color=GREY)
    p.text(50, 414, "Purchase order: PO-77120", size=9, font="sans", color=GREY)
    p.line(560, 470, p.w - 50, 470, color=GREY)
    p.text(560, 486, "Training Manager, NorthBridge Networks", size=9, font="sans",
           color=GREY)


def _clp_old_style(p: Pen) -> None:
    p.rect(18, 18, p.w - 36, p.h - 36, stroke="#7A5C1E", width=3)
    p.rect(30, 30, p.w - 60, p.h - 60, stroke="#7A5C1E", width=0.8)
    c = p.w / 2
    p.text(c, 92, "Alpenrand IT Akademie", size=22, font="times", style="B",
           color="#5A3E0E", align="center")
    p.text(c, 112, "Authorized Cisco Learning Partner", size=11, font="times", style="I",
           align="center")
    p.text(c, 180, "Certificate of Training", size=34, font="times", style="BI",
           color="#5A3E0E", align="center")
    p.text(c, 220, "in recognition of the successful completion of", size=12, font="times",
           align="center")
    p.wrap(c, 262, 600, "Implementing and Operating Cisco Security Core Technologies (SCOR)",
           size=19, font="times", style="B", align="center", leading=24)
    _rule_label(p, 70, 400, 200, "Tamsin Olawale", "Student")
    _rule_label(p, 296, 400, 200, "14-Aug-2023 to 18-Aug-2023", "Dates", size=12)
    _rule_label(p, 522, 400, 200, "Lukas Brenner", "Instructor")
    _rule_label(p, 180, 490, 200, "CLP-AIA-230818-07", "Validation Number", font="courier",
                style="", size=12)
    _rule_label(p, 412, 490, 200, "SCOR v1.0", "Course Code", size=12)


def _clp_cover_letter(p: Pen) -> None:
    p.text(60, 70, "Kestrel Point Learning Services", size=16, style="B", color="#2E4A62")
    p.text(60, 86, "400 Harbourview Road, Suite 12  |  training@kestrelpoint.example", size=8,
           color=GREY)
    p.text(60, 150, "Date: November 4, 2024", size=11)
    p.text(60, 190, "Dear Wilhelmina Achterberg,", size=11)
    y = 220.0
    for para in (
        "Thank you for attending our recent Cisco course. Your certificate of completion is "
        "attached on the following page; please keep it for your Continuing Education "
        "records.",
        "Invoice number INV-2024-11873 has been settled in full. Your next scheduled class "
        "begins January 13, 2025. Should you need a duplicate certificate, reply to this "
        "letter quoting your student number 58-11902.",
        "Kind regards,",
    ):
        y = p.wrap(60, y, p.w - 120, para, size=11, leading=15) + 10
    p.text(60, y + 30, "Registrar, Kestrel Point Learning Services", size=11)
    p.new_page(LETTER_L)
    p.rect(0, 0, p.w, p.h, fill="#F4F1EA")
    p.rect(24, 24, p.w - 48, p.h - 48, stroke="#2E4A62", width=2)
    c = p.w / 2
    p.text(c, 86, "Kestrel Point Learning Services — Cisco Learning Partner", size=12,
           font="sans", color="#2E4A62", align="center")
    p.text(c, 150, "CERTIFICATE OF COMPLETION", size=30, font="serif", style="B",
           color="#2E4A62", align="center")
    p.text(c, 200, "is hereby granted to", size=12, font="serif", style="I", align="center")
    p.text(c, 248, "Wilhelmina Achterberg", size=30, font="serif", align="center")
    p.text(c, 290, "for completing the instructor-led course", size=12, font="serif",
           style="I", align="center")
    p.text(c, 330, "Designing Cisco Enterprise Networks (ENSLD)", size=20, font="serif",
           style="B", align="center")
    p.text(c, 372, "OCTOBER 21-25, 2024", size=14, font="sans", style="B", align="center")
    p.text(c, 400, "Live virtual classroom · 40 hours", size=10, font="sans", color=GREY,
           align="center")
    p.text(60, 540, "Certificate #: KPL-ENSLD-102524-19", size=10, font="mono")
    p.line(520, 520, 730, 520, color=GREY)
    p.text(625, 536, "Signed for the Registrar", size=9, font="sans", color=GREY,
           align="center")


def _clp_ambiguous_range(p: Pen) -> None:
    p.rect(0, 0, p.w, 14, fill="#6C2C91")
    p.rect(0, p.h - 14, p.w, 14, fill="#6C2C91")
    p.text(60, 76, "Vantage Network Academy", size=20, style="B", color="#6C2C91")
    p.text(60, 94, "Cisco Learning Partner", size=10, color=GREY)
    p.text(p.w - 60, 80, "Certificate ID: VNA-ECMS-4471", size=10, font="courier",
           align="right")
    c = p.w / 2
    p.text(c, 190, "Certificate of Completion", size=30, style="B", align="center")
    p.text(c, 250, "Student:  Priyanka Olsen-Mbeki", size=16, align="center")
    p.text(c, 300, "Course:  Engineering Cisco Meraki Solutions (ECMS)", size=14,
           align="center")
    p.text(c, 330, "Dates:  03/04/2024 - 05/04/2024", size=14, align="center")
    p.text(c, 360, "Format: instructor-led, 3 days", size=11, color=GREY, align="center")
    p.line(c - 120, 480, c + 120, 480, color=GREY)
    p.text(c, 496, "Academy Director", size=9, color=GREY, align="center")


def _cisco_live(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#0B1F33")
    p.rect(0, 0, p.w, 8, fill="#00BCEB")
    p.rect(0, 8, p.w, 8, fill="#6CC04A")
    p.text(50, 80, "Cisco Live Amsterdam 2025", size=22, style="B", color=WHITE)
    p.text(50, 100, "Continuing Education · Session Attendance", size=11, font="sans",
           color="#9FD8F0")
    p.text(50, 170, "Certificate of Session Attendance", size=28, font="serif", color=WHITE)
    p.text(50, 220, "Attendee", size=10, color="#9FD8F0")
    p.text(50, 248, "Oren Castellanos", size=24, style="B", color=WHITE)
    p.text(50, 300, "Session", size=10, color="#9FD8F0")
    p.text(50, 326, "Troubleshooting Campus Fabric at Scale", size=20, color=WHITE)
    facts = (("Session ID", "BRKENS-2811"), ("Date", "11 February 2025"),
             ("Duration", "90 minutes"), ("Location", "RAI Amsterdam, Hall E"))
    x = 50.0
    for label, value in facts:
        p.text(x, 380, label, size=9, color="#9FD8F0")
        p.text(x, 398, value, size=12, color=WHITE)
        x += 190
    p.line(50, 430, p.w - 50, 430, color="#33506B")
    p.text(50, 470, "CE Validation Code", size=9, color="#9FD8F0")
    p.text(50, 492, "CL25AMS-8H4T2", size=16, font="mono", style="B", color=WHITE)
    p.text(330, 470, "Badge #", size=9, color="#9FD8F0")
    p.text(330, 492, "4471902", size=12, font="mono", color=WHITE)


def _udemy(p: Pen) -> None:
    p.text(50, 70, "udemy", size=30, style="B", color="#A435F0")
    for i, s in enumerate(("Certificate no: UC-3f9a1c2e-77b4-4d0e-9a51-0c6e2b8d4f17",
                           "Certificate url: ude.my/UC-3f9a1c2e-77b4-4d0e-9a51-0c6e2b8d4f17",
                           "Reference Number: 0004")):
        p.text(p.w - 50, 56 + 13 * i, s, size=8, color=GREY, align="right")
    p.text(50, 200, "CERTIFICATE OF COMPLETION", size=11, style="B", color=GREY)
    y = p.wrap(50, 244, 640, "The Complete Cisco CCNA 200-301 Course: Networking "
               "Fundamentals, Routing & Switching, Security and Automation with 40+ Hands-On "
               "Labs", size=26, style="B", leading=32)
    p.text(50, y + 6, "Instructors", size=10, color=GREY)
    p.text(120, y + 6, "Priya Ramaswamy-Holt, Gideon Ashworth", size=10, style="B")
    p.text(50, 470, "Lior Abernethy-Sato", size=28, style="B")
    p.text(50, 500, "Date", size=10, color=GREY)
    p.text(90, 500, "Oct. 3, 2023", size=10, style="B")
    p.text(50, 516, "Length", size=10, color=GREY)
    p.text(90, 516, "22.5 total hours", size=10, style="B")


def _coursera(p: Pen) -> None:
    p.rect(p.w - 230, 0, 230, p.h, fill="#F2F5FA")
    p.text(60, 70, "Jun 12, 2024", size=12)
    p.text(p.w - 115, 90, "Coursera", size=22, style="B", color="#0056D2", align="center")
    p.text(p.w - 115, 112, "Lakeshore State University", size=9, color=GREY,
           align="center")
    p.text(60, 210, "Henrietta Vukovic-Adair", size=30, font="times")
    p.text(60, 250, "has successfully completed", size=12, color=GREY)
    p.text(60, 290, "Software Defined Networking", size=24, style="B")
    p.wrap(60, 330, 460, "an online non-credit course authorized by Lakeshore State "
           "University and offered through Coursera", size=11, color=GREY)
    p.line(60, 470, 260, 470, color=GREY)
    p.text(60, 486, "Prof. Emeka Lindholm", size=10)
    p.text(60, 499, "Department of Computer Science", size=8, color=GREY)
    p.text(p.w - 215, 520, "Verify at coursera.org/verify/8KQ2ZRM4TXPA", size=7)
    p.wrap(p.w - 215, 536, 200, "Coursera has confirmed the identity of this individual and "
           "their participation in the course.", size=7, color=GREY)


def _linkedin(p: Pen) -> None:
    p.rect(0, p.h - 60, p.w, 60, fill="#EEF3F8")
    p.text(60, 72, "LinkedIn Learning", size=16, font="sans", style="B", color="#0A66C2")
    p.text(60, 150, "Certificate of Completion", size=14, font="sans", color=GREY)
    p.text(60, 200, "Congratulations, Fenna Oyelaran-Brandt", size=26, font="sans",
           style="B")
    p.wrap(60, 250, 600, "Cisco CCNP Enterprise (350-401) Cert Prep: 2 Virtualization",
           size=18, font="sans")
    p.text(60, 290, "Course completed on Feb 27, 2024 at 09:41AM UTC  •  1 hour 52 min",
           size=10, font="sans", color=GREY)
    p.wrap(60, 330, 420, "By continuing to learn, you have expanded your perspective, "
           "sharpened your skills, and made yourself even more in demand.", size=10,
           font="sans", color=GREY)
    p.text(60, 400, "Top skills covered", size=9, font="sans", style="B")
    p.text(60, 414, "Network Virtualization  ·  Cisco Networking", size=9, font="sans")
    p.line(520, 420, 730, 420, color=GREY)
    p.text(520, 436, "Marguerite Osei-Lund", size=10, font="sans")
    p.text(520, 449, "Head of Content Strategy, Learning", size=8, font="sans", color=GREY)
    p.text(60, p.h - 36, "Certificate ID: AfT2kq9Wv7LmZpX0cR4hYs1nB", size=8, font="sans")
    p.text(60, p.h - 22, "NASBA Sponsor ID: 146210   Course ID: 3318854   Field of study: "
           "Information Technology", size=7, font="sans", color=GREY)


def _pluralsight(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#15161C")
    p.rect(0, p.h - 10, p.w, 10, fill="#F15B2A")
    p.text(50, 70, "pluralsight", size=24, style="B", color="#F15B2A")
    p.text(50, 150, "CERTIFICATE OF COMPLETION", size=12, style="B", color="#B8B8C0",
           spacing=2)
    p.text(50, 190, "This certifies that", size=12, color="#B8B8C0")
    p.text(50, 230, "Kaito Ferreira-Nwosu", size=30, style="B", color=WHITE)
    p.text(50, 266, "has completed the path", size=12, color="#B8B8C0")
    p.text(50, 300, "Cisco CCNA: Network Fundamentals and Access", size=20, color=WHITE)
    for x, label, value in ((50, "Started", "2024-12-18"), (230, "Completed", "2025-01-09"),
                            (410, "Duration", "14h 32m")):
        p.text(x, 380, label, size=9, color="#B8B8C0")
        p.text(x, 400, value, size=14, style="B", color=WHITE)
    p.text(50, 480, "Credential ID", size=9, color="#B8B8C0")
    p.text(50, 498, "PS-8842-XQ7-T1", size=12, font="courier", style="B", color=WHITE)
    p.text(410, 480, "Path ID", size=9, color="#B8B8C0")
    p.text(410, 498, "ccna-200-301-fundamentals", size=10, font="courier", color=WHITE)


def _ine_banner(p: Pen) -> None:
    p.rect(0, 0, 300, p.h, fill="#1A1446")
    p.text(150, 230, "INE", size=96, style="B", color=WHITE, align="center")
    p.text(150, 270, "Expert-led IT training", size=12, color="#B7B1E8", align="center")
    p.text(360, 90, "Certificate of Completion", size=34, font="times", color="#1A1446")
    p.text(360, 160, "Awarded to", size=12, color=GREY)
    p.text(450, 160, "Saoirse Adeyemi-Kowal", size=28, style="B")
    p.text(360, 220, "for completing the learning path", size=12, color=GREY)
    p.text(360, 262, "CCNP Enterprise: Advanced Routing and Services", size=24,
           color="#1A1446")
    p.text(360, 320, "21 May - 18 Jun 2025", size=14, style="B")
    p.text(360, 340, "42 hours of video, labs and quizzes", size=10, color=GREY)
    p.text(p.w - 60, 300, "Serial No. INE-2025-0618-44719", size=11, font="courier",
           align="right")
    p.text(p.w - 60, 318, "Order #: 883201", size=9, color=GREY, align="right")
    p.line(p.w - 300, 372, p.w - 60, 372, color=GREY)
    p.text(p.w - 180, 388, "Director of Training", size=9, color=GREY, align="center")


def _cbt(p: Pen) -> None:
    p.rect(16, 16, p.w - 32, p.h - 32, stroke="#1B8A5A", width=4)
    c = p.w / 2
    p.text(c, 80, "CBT Nuggets", size=20, style="B", color="#1B8A5A", align="center")
    p.text(c, 150, "CERTIFICATE OF COMPLETION", size=22, style="B", spacing=6,
           align="center")
    p.text(c, 200, "Presented to", size=12, color=GREY, align="center")
    p.text(c, 244, "Rasmus Okonkwo", size=30, font="times", style="I", align="center")
    p.text(c, 290, "for completing the training", size=12, color=GREY, align="center")
    p.text(c, 326, "Cisco CCNP Security SCOR (350-701) Online Training", size=18, style="B",
           align="center")
    p.text(c, 366, "from 2nd of September 2021 to 18th of October 2021", size=13,
           align="center")
    p.text(c, 388, "Training hours: 31", size=10, color=GREY, align="center")
    p.text(70, 520, "Certificate #: CBT-21-A7Q3Z9", size=11, font="courier")
    p.text(70, 538, "Trainer: Halvard Quist", size=9, color=GREY)
    p.line(520, 520, 720, 520, color=GREY)
    p.text(620, 536, "CBT Nuggets Learning Team", size=9, color=GREY, align="center")


def _skillsoft(p: Pen) -> None:
    p.rect(0, 0, p.w, 120, fill="#1F3A5F")
    p.text(50, 62, "skillsoft", size=28, style="B", color=WHITE)
    p.text(50, 88, "percipio", size=14, color="#9CC4F0")
    c = p.w / 2
    p.text(c, 220, "Certificate of Achievement", size=28, font="times", align="center")
    p.text(c, 280, "Presented to", size=12, color=GREY, align="center")
    p.text(c, 320, "Ambrose Takahashi-Bello", size=26, style="B", align="center")
    p.text(c, 370, "For successfully completing", size=12, color=GREY, align="center")
    p.wrap(c, 406, 460, "CCNA 200-301: Network Access and Wireless Concepts", size=18,
           align="center", leading=23)
    p.text(c, 470, "Completed: 11/29/2023", size=12, align="center")
    p.line(70, 620, p.w - 70, 620, color=LIGHT)
    p.text(70, 650, "Verification code: 8f3e-91ab-5522-c0d4", size=10)
    p.text(70, 668, "Employee ID: 004417", size=9, color=GREY)
    p.text(70, 682, "Assigned by: Training Coordinator", size=9, color=GREY)


# --------------------------------------------------------------------------------------------
# Unknown issuers and non-English certificates
# --------------------------------------------------------------------------------------------


def _de_hochschule(p: Pen) -> None:
    c = p.w / 2
    p.text(c, 90, "Technische Hochschule Nordheide", size=18, font="serif", style="B",
           align="center")
    p.text(c, 110, "Zentrum für Weiterbildung", size=11, font="serif", color=GREY,
           align="center")
    p.line(80, 130, p.w - 80, 130, color="#7A0019", width=1.2)
    p.text(c, 220, "TEILNAHMEBESCHEINIGUNG", size=22, font="serif", style="B",
           color="#7A0019", align="center", spacing=2)
    p.text(c, 300, "Jonas Abernathy-Kruse", size=22, font="serif", align="center")
    p.text(c, 326, "geboren am 12.03.1988 in Bremen", size=11, font="serif", color=GREY,
           align="center")
    p.text(c, 370, "hat vom 04.11.2024 bis 08.11.2024 erfolgreich am Zertifikatskurs",
           size=12, font="serif", align="center")
    p.text(c, 406, "Netzwerksicherheit mit Cisco Firepower", size=17, font="serif",
           style="B", align="center")
    p.text(c, 440, "teilgenommen (40 Unterrichtseinheiten).", size=12, font="serif",
           align="center")
    p.text(80, 620, "Nordheide, den 15.11.2024", size=11, font="serif")
    p.line(360, 640, p.w - 80, 640, color=GREY)
    p.text(360, 654, "Prof. Dr. Annelie Strothmann, Leitung", size=9, font="serif",
           color=GREY)
    p.text(80, 760, "Zertifikat-Nr.: THN-WB-2024-1187", size=9, font="serif")
    p.text(80, 774, "Matrikel-Nr.: 7730215", size=9, font="serif", color=GREY)


def _palisade_two_column(p: Pen) -> None:
    p.rect(0, 0, p.w, 6, fill="#E8710A")
    p.text(50, 66, "Palisade Networks", size=22, font="cond", style="B", color="#E8710A")
    p.text(50, 84, "Training Academy", size=11, font="cond", color=GREY)
    p.text(p.w - 50, 72, "Certificate of Completion", size=20, font="cond", align="right")
    rows = (("Student", "Corentin Haddad-Nilsson"),
            ("Course", "Firewall Conﬁguration and Threat Prevention Essentials"),
            ("Course Code", "PNTA-310"),
            ("Start Date", "10 Jun 2024"),
            ("End Date", "13 Jun 2024"),
            ("Certificate ID", "PNA-C-6Y2M-0815"),
            ("Instructor", "Ingrid Valcourt"),
            ("Valid Through", "13 Jun 2026"))
    y = 170.0
    for label, value in rows:
        p.text(230, y, label, size=11, font="cond", color=GREY, align="right")
        p.text(250, y, value, size=13, font="cond", style="B" if label == "Student" else "")
        y += 34
    p.line(250, 470, 560, 470, color=LIGHT)
    p.text(50, 560, "This certificate confirms attendance of an official Palisade Networks "
           "instructor-led course.", size=8, font="cond", color=GREY)


def _nimbus_labels_above(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#F7FAFC")
    p.text(60, 76, "Nimbus Cloud Academy", size=24, font="light", color="#2B6CB0")
    p.text(60, 130, "Certificate of Completion", size=30, style="B", color="#1A202C")

    def field(x: float, y: float, w: float, label: str, value: str, size: float = 15) -> None:
        p.rect(x, y, w, 80, fill=WHITE, stroke="#CBD5E0", width=0.6)
        p.text(x + 14, y + 24, label, size=8, style="B", color="#718096", spacing=1.2)
        p.wrap(x + 14, y + 48, w - 28, value, size=size, leading=size + 3)

    field(60, 170, 380, "NAME", "Yusuf Bergström", 18)
    field(460, 170, 380, "COURSE", "Cloud Networking Architect: Hybrid Connectivity and "
          "Transit Design", 13)
    field(60, 270, 180, "START DATE", "05-FEB-2024")
    field(260, 270, 180, "END DATE", "09-FEB-2024")
    field(460, 270, 180, "CREDENTIAL ID", "NCA-HC-55T9W3", 14)
    field(660, 270, 180, "ACCOUNT ID", "acct-20931877", 13)
    p.text(60, 560, "Nimbus Cloud Academy is an independent training organisation.", size=8,
           color="#718096")


def _conference(p: Pen) -> None:
    p.rect(0, 0, 220, p.h, fill="#0E7C7B")
    p.text(110, 120, "NetOps", size=32, style="B", color=WHITE, align="center")
    p.text(110, 156, "SUMMIT", size=20, color=WHITE, align="center", spacing=4)
    p.text(110, 184, "EUROPE 2024", size=14, color=WHITE, align="center")
    p.text(110, 540, "Lisbon, Portugal", size=10, color="#BFE8E7", align="center")
    x = 260
    p.text(x, 110, "Certificate of Attendance", size=30, font="times", color="#0E7C7B")
    p.text(x, 170, "This certificate is presented to", size=12, color=GREY)
    p.text(x, 210, "Ngozi Vandermeer", size=28, font="times", style="B")
    p.wrap(x, 260, 470, "for attending NetOps Summit Europe 2024, held September 24–26, "
           "2024, including keynotes, technical breakouts and hands-on workshops.", size=12,
           leading=17)
    p.text(x, 360, "Continuing education hours: 18", size=11)
    p.text(x, 470, "Certificate code: NOS24-LIS-03317", size=10, font="courier")
    p.text(x, 486, "Registration #: 771203", size=9, color=GREY)
    p.line(560, 520, 740, 520, color=GREY)
    p.text(650, 536, "Programme Chair", size=9, color=GREY, align="center")


def _fr_centre(p: Pen) -> None:
    c = p.w / 2
    p.rect(40, 40, p.w - 80, 70, fill="#243B6B")
    p.text(c, 82, "Centre de Formation Réseaux de Lyon", size=17, font="serif", style="B",
           color=WHITE, align="center")
    p.text(c, 200, "ATTESTATION DE FORMATION", size=22, font="serif", style="B",
           align="center")
    y = p.wrap(80, 270, p.w - 160, "Nous certifions que Solène Nakamura-Durand a suivi la "
               "formation", size=13, font="serif", leading=19)
    p.text(c, y + 12, "« Administration des commutateurs Cisco Catalyst »", size=15,
           font="serif", style="B", align="center")
    p.wrap(80, y + 48, p.w - 160, "du 15 janvier 2024 au 19 janvier 2024, d'une durée de "
           "35 heures, et a satisfait aux évaluations de fin de formation.", size=13,
           font="serif", leading=19)
    p.text(80, 520, "N° d'attestation : CFRL-2024-0042", size=11, font="serif")
    p.text(80, 540, "N° SIRET : 812 334 901 00027", size=9, font="serif", color=GREY)
    p.text(p.w - 80, 620, "Fait à Lyon, le 22 janvier 2024", size=11, font="serif",
           align="right")
    p.text(p.w - 80, 690, "La directrice pédagogique", size=10, font="serif", style="I",
           align="right")


def _es_mooc(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#FFFDF6")
    p.rect(0, 0, 10, p.h, fill="#D35400")
    p.text(50, 68, "AprendeRed", size=24, font="sans", style="B", color="#D35400")
    p.text(50, 86, "Plataforma de cursos en línea", size=9, font="sans", color=GREY)
    p.text(50, 160, "Certificado de finalización", size=28, font="serif")
    p.text(50, 200, "Se certifica que", size=12, font="sans", color=GREY)
    p.text(50, 236, "Joaquín Ferreyra-Mbatha", size=26, font="serif", style="B")
    p.text(50, 268, "ha completado satisfactoriamente el curso", size=12, font="sans",
           color=GREY)
    p.text(50, 302, "Fundamentos de redes definidas por software (SDN)", size=18,
           font="sans", style="B")
    p.text(50, 370, "Fecha de inicio: 3 de marzo de 2025", size=11, font="sans")
    p.text(350, 370, "Fecha de finalización: 28 de abril de 2025", size=11, font="sans")
    p.text(50, 470, "ID del certificado: ARO-9QZ7-41KC", size=10, font="mono")
    p.text(50, 486, "Nº de matrícula: 2025-118834", size=9, font="sans", color=GREY)


def _pt_universidade(p: Pen) -> None:
    c = p.w / 2
    p.rect(25, 25, p.w - 50, p.h - 50, stroke="#00563F", width=1.5)
    p.text(c, 80, "Universidade Atlântica de Tecnologia", size=18, font="serif", style="B",
           color="#00563F", align="center")
    p.text(c, 98, "Pró-Reitoria de Extensão", size=10, font="serif", color=GREY,
           align="center")
    p.text(c, 170, "CERTIFICADO", size=30, font="serif", style="B", align="center",
           spacing=5)
    p.wrap(c, 240, 640, "Certificamos que Leandro Okoro-Figueiredo concluiu o curso de "
           "extensão Automação de Redes com Python, realizado de 7 de outubro a 2 de dezembro "
           "de 2024, com carga horária de 40 horas.", size=15, font="serif", align="center",
           leading=23)
    p.text(c, 420, "Emitido em 10 de dezembro de 2024", size=11, font="serif",
           align="center")
    p.line(c - 130, 490, c + 130, 490, color=GREY)
    p.text(c, 505, "Coordenação de Extensão", size=9, font="serif", color=GREY,
           align="center")
    p.text(60, 550, "Código de verificação: UAT-EXT-5F81C2", size=9, font="serif")


def _it_accademia(p: Pen) -> None:
    c = p.w / 2
    p.rect(0, 0, p.w, 16, fill="#009246")
    p.rect(0, p.h - 16, p.w, 16, fill="#CE2B37")
    p.text(c, 100, "Accademia Digitale Lombarda", size=20, font="times", style="B",
           align="center")
    p.text(c, 190, "ATTESTATO DI PARTECIPAZIONE", size=20, font="times", align="center",
           spacing=1.5)
    p.text(c, 260, "Si attesta che", size=12, font="times", style="I", align="center")
    p.text(c, 300, "Giulia Ferrante-Osei", size=26, font="times", style="B", align="center")
    p.text(c, 340, "ha partecipato al corso", size=12, font="times", style="I",
           align="center")
    p.text(c, 380, "Configurazione avanzata di BGP e MPLS", size=18, font="times",
           align="center")
    p.text(c, 420, "svoltosi dal 28/12/2024 al 03/01/2025 (24 ore)", size=12, font="times",
           align="center")
    p.text(70, 700, "Codice certificato: ADL-IT-77410", size=10, font="times")
    p.text(70, 716, "P.IVA 04417720961", size=8, font="times", color=GREY)
    p.line(p.w - 260, 700, p.w - 70, 700, color=GREY)
    p.text(p.w - 165, 716, "Il Direttore", size=10, font="times", style="I", align="center")


def _nl_opleiding(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#FFFFFF")
    p.rect(40, 40, 8, p.h - 80, fill="#FF6F00")
    p.text(70, 80, "Opleidingscentrum Delta Netwerken", size=16, style="B")
    p.text(70, 180, "CERTIFICAAT", size=40, style="B", color="#FF6F00")
    p.text(70, 240, "Hierbij verklaren wij dat", size=12)
    p.text(70, 274, "Sven Achterberg-Adomako", size=22, style="B")
    p.text(70, 306, "de training", size=12)
    p.text(70, 336, "Cisco Meraki Fundamenten", size=18)
    p.text(70, 366, "met goed gevolg heeft afgerond.", size=12)
    p.text(70, 430, "Datum: 14 maart 2024", size=12)
    p.text(70, 520, "Certificaatnummer: ODN-24-3391", size=10)
    p.text(70, 536, "Klantnummer: 100482", size=9, color=GREY)
    p.line(480, 520, 720, 520, color=GREY)
    p.text(480, 536, "Namens de directie", size=9, color=GREY)


def _webinar(p: Pen) -> None:
    p.rect(0, 0, p.w, 110, fill="#3B1F5C")
    p.text(40, 56, "Stratus Wireless", size=22, font="sans", style="B", color=WHITE)
    p.text(40, 78, "Live Webinar Series", size=11, font="sans", color="#D4C2F0")
    c = p.w / 2
    p.text(c, 170, "Certificate of Attendance", size=26, font="serif", align="center")
    p.text(c, 225, "Amaru Lindgren", size=24, font="sans", style="B", align="center")
    p.text(c, 255, "attended the live webinar", size=11, font="sans", color=GREY,
           align="center")
    p.text(c, 290, "Wi-Fi 7 Deployment Best Practices for Campus Networks", size=16,
           font="sans", align="center")
    p.text(c, 324, "Webinar date: 2024-05-16  |  60 minutes", size=11, font="sans",
           align="center")
    p.text(40, 440, "Verification code: SWW-160524-K2P", size=10, font="mono")
    p.text(40, 456, "Webinar ID: 882 4410 9917", size=9, font="sans", color=GREY)
    p.text(p.w - 40, 456, "Host: Stratus Wireless Technical Marketing", size=9, font="sans",
           color=GREY, align="right")


def _opencampus_wrapped(p: Pen) -> None:
    p.rect(36, 36, p.w - 72, p.h - 72, stroke="#2F855A", width=1)
    p.text(70, 96, "OpenCampus Networks", size=18, style="B", color="#2F855A")
    p.text(70, 112, "Open online courses for network engineers", size=9, color=GREY)
    p.text(70, 180, "Statement of Accomplishment", size=28, font="times")
    p.text(70, 236, "Mireille Kowalczyk-Ansah", size=24, style="B")
    p.text(70, 270, "successfully completed", size=12, color=GREY)
    p.text(70, 302, "Network Automation with Ansible and NETCONF", size=18)
    p.text(70, 336, "Jan 13 – Mar 2, 2025  ·  8 weeks  ·  graded labs", size=11,
           font="sans")
    p.text(470, 500, "Verify this statement at", size=8, color=GREY)
    p.text(470, 512, "https://verify.opencampus-networks.example/s/Q7XM-3K", size=8,
           color=GREY)
    p.text(470, 524, "VD-88RP", size=8, color=GREY)


def _uuid_filename(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#FBFBFB")
    p.rect(0, 0, p.w, 70, fill="#263238")
    p.text(40, 44, "Netwise Learning Hub", size=18, style="B", color=WHITE)
    c = p.w / 2
    p.text(c, 170, "Certificate of Completion", size=30, font="times", align="center")
    p.text(c, 235, "Elodie Marchetti-Banda", size=26, style="B", align="center")
    p.text(c, 270, "completed", size=12, color=GREY, align="center")
    p.text(c, 305, "IPv6 Fundamentals for Enterprise Networks", size=18, align="center")
    p.text(c, 345, "April 2 - April 16, 2024", size=12, align="center")
    p.text(c, 520, "Self-paced course with instructor office hours", size=9, color=GREY,
           align="center")


def _no_learner(p: Pen) -> None:
    c = p.w / 2
    p.rect(0, 0, p.w, p.h, fill="#FFF8E7")
    p.text(c, 80, "TechBridge Bootcamp", size=18, style="B", color="#B7410E", align="center")
    p.text(c, 150, "Certificate of Completion", size=30, font="times", align="center")
    p.text(c, 200, "This certificate is awarded to", size=12, color=GREY, align="center")
    p.line(c - 200, 250, c + 200, 250, color=INK)
    p.text(c, 300, "for completing", size=12, color=GREY, align="center")
    p.text(c, 334, "Python for Network Engineers", size=20, style="B", align="center")
    p.text(c, 370, "Dates: 6 May 2024 – 17 May 2024", size=12, align="center")
    p.text(60, 520, "Certificate No.: TBB-0517-2291", size=10, font="courier")
    p.line(500, 510, 730, 510, color=GREY)
    p.text(615, 526, "Signed: Rosalind Achebe-Ward, Lead Instructor", size=8, color=GREY,
           align="center")


def _no_dates(p: Pen) -> None:
    c = p.w / 2
    p.rect(40, 40, p.w - 80, p.h - 80, stroke="#4A4A8A", width=2)
    p.text(c, 120, "Meridian IT Institute", size=20, style="B", color="#4A4A8A",
           align="center")
    p.text(c, 220, "Certificate", size=36, font="times", align="center")
    p.text(c, 300, "Theo Lambert-Asante", size=24, font="times", style="I", align="center")
    p.text(c, 340, "has completed", size=12, color=GREY, align="center")
    p.wrap(c, 380, 420, "Cisco Collaboration Core Technologies Workshop", size=18,
           align="center", leading=23)
    p.text(c, 480, "Certificate No.: MITI-CC-20931", size=11, font="courier",
           align="center")
    p.text(70, 730, "Printed on 2024-07-02 14:31", size=8, color=GREY)
    p.text(p.w - 70, 730, "Valid until 2027-07-02", size=8, color=GREY, align="right")


def _no_course(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#F0F4F8")
    p.rect(20, 20, p.w - 40, p.h - 40, fill=WHITE, stroke="#334E68", width=1)
    c = p.w / 2
    p.text(c, 80, "Harbor City Training Center", size=16, style="B", color="#334E68",
           align="center")
    p.text(c, 140, "Certificate of Participation", size=26, font="times", align="center")
    p.text(c, 190, "Awarded to Marguerite Nwachukwu-Lee", size=18, align="center")
    p.wrap(c, 240, 500, "in recognition of completing 24 hours of instructor-led technical "
           "training", size=12, color=GREY, align="center")
    p.text(c, 300, "January 15 – 17, 2024", size=13, align="center")
    p.text(50, 440, "Serial No.: HCTC-24-0117-05", size=10, font="courier")


def _ine_no_code(p: Pen) -> None:
    c = p.w / 2
    p.rect(0, 0, p.w, 150, fill="#1A1446")
    p.text(c, 95, "INE", size=54, style="B", color=WHITE, align="center")
    p.text(c, 240, "Certificate of Achievement", size=26, font="times", align="center")
    p.text(c, 310, "Bartholomew Oyelowo-Fischer", size=24, style="B", align="center")
    p.text(c, 345, "has completed the course", size=12, color=GREY, align="center")
    p.text(c, 385, "Cisco SD-Access Deep Dive", size=20, align="center")
    p.text(c - 90, 450, "Start: August 5, 2024", size=11, align="center")
    p.text(c + 90, 450, "Finish: August 23, 2024", size=11, align="center")
    p.text(70, 760, "Student ID: 5520194", size=8, color=GREY)
    p.text(p.w - 70, 760, "Course code: SDA-DD-01", size=8, color=GREY, align="right")


def _de_learning_partner(p: Pen) -> None:
    p.rect(0, 0, p.w, p.h, fill="#FAFAFA")
    p.rect(0, 0, 200, p.h, fill="#004B87")
    p.text(100, 90, "Akademie", size=18, font="sans", style="B", color=WHITE, align="center")
    p.text(100, 112, "Nordkap GmbH", size=14, font="sans", color=WHITE, align="center")
    p.text(100, 540, "Cisco Learning Partner", size=9, font="sans", color="#BFD7EA",
           align="center")
    x = 240
    p.text(x, 110, "Teilnahmezertifikat", size=32, font="serif", style="B", color="#004B87")
    p.text(x, 170, "Mehmet Kowalski-Brandt", size=24, font="serif")
    p.text(x, 204, "hat an folgender Schulung teilgenommen:", size=12, font="sans",
           color=GREY)
    p.wrap(x, 240, 560, "Implementing and Administering Cisco Solutions (CCNA) v2.1", size=17,
           font="sans", style="B")
    rows = (("Zeitraum", "17.–21. Februar 2025"), ("Dauer", "5 Tage (40 Stunden)"),
            ("Kursnummer", "CCNA-V21-0217"), ("Zertifikat-Nr.", "AKN-25-02-0931"),
            ("Trainer", "Dr. Felix Amundsen"))
    y = 310.0
    for label, value in rows:
        p.text(x, y, label, size=10, font="sans", color=GREY)
        p.text(x + 130, y, value, size=11, font="sans")
        y += 24
    p.line(x, 520, x + 220, 520, color=GREY)
    p.text(x, 536, "Schulungsleitung", size=9, font="sans", color=GREY)


# --------------------------------------------------------------------------------------------
# Case table
# --------------------------------------------------------------------------------------------

HOLDOUT_KINDS: dict[str, str] = {}


def _case(name: str, kind: str, engine: str, size: Size, draw: Draw, expected: Expected,
          note: str, filename: str | None = None) -> Case:
    def build(folder: Path) -> Path:
        path = folder / (filename or f"{name}.pdf")
        _render(engine, size, draw, path, "Certificate")
        return path

    HOLDOUT_KINDS[name] = kind
    return Case(name=name, expected=expected, build=build, note=note)


CU, NA, CLP, LIVE = "Cisco U.", "Cisco Networking Academy", "Cisco Learning Partner", "Cisco Live"

HOLDOUT_CASES: list[Case] = [
    # ---- known issuers --------------------------------------------------------------------
    _case("h_cu_encor", "known", "rl", LETTER_L, _cu_encor, Expected(
        "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
        "2024-03-04", "2024-04-19", "CU-7F3K-Q9LM-22XD", "Marisol Ekwueme", CU, False),
        "left bar, wrapped course, Cisco ID decoy beside the validation code"),
    _case("h_netacad_a4", "known", "fpdf", A4_P, _netacad_a4, Expected(
        "CCNA: Switching, Routing, and Wireless Essentials", "2023-09-05", "2023-12-15",
        "5d2f8c01-93ae-4c7e-b1d6-72a0e4f9c3b8", "Tobiah Lindqvist", NA, False),
        "portrait A4, course name inside a paragraph, ISO dates, instructor ID decoy"),
    _case("h_clp_table", "known", "fpdf", A4_L, _clp_table, Expected(
        "Implementing Cisco SD-WAN Solutions", "2024-05-13", "2024-05-17", "NBN-24-05117",
        "Ilse van Doorn-Achebe", CLP, False),
        "table with course code column, en-dash day range, instructor ID and PO decoys"),
    _case("h_clp_old_style", "known", "rl", LETTER_L, _clp_old_style, Expected(
        "Implementing and Operating Cisco Security Core Technologies (SCOR)", "2023-08-14",
        "2023-08-18", "CLP-AIA-230818-07", "Tamsin Olawale", CLP, False),
        "values above their labels, instructor name as a second person, course code decoy"),
    _case("h_clp_cover_letter", "known", "rl", LETTER_P, _clp_cover_letter, Expected(
        "Designing Cisco Enterprise Networks (ENSLD)", "2024-10-21", "2024-10-25",
        "KPL-ENSLD-102524-19", "Wilhelmina Achterberg", CLP, False),
        "cover letter on page 1 with other dates and numbers; certificate on page 2"),
    _case("h_de_learning_partner", "foreign", "rl", A4_L, _de_learning_partner, Expected(
        "Implementing and Administering Cisco Solutions (CCNA) v2.1", "2025-02-17",
        "2025-02-21", "AKN-25-02-0931", "Mehmet Kowalski-Brandt", CLP, False),
        "German Learning Partner, 'Zertifikat-Nr.', '17.–21. Februar 2025', Kursnummer decoy"),
    _case("h_cisco_live", "known", "rl", A4_L, _cisco_live, Expected(
        "Troubleshooting Campus Fabric at Scale", "2025-02-11", "2025-02-11",
        "CL25AMS-8H4T2", "Oren Castellanos", LIVE, False),
        "dark page, one-day session, session ID and badge # decoys"),
    _case("h_udemy", "known", "rl", LETTER_L, _udemy, Expected(
        "The Complete Cisco CCNA 200-301 Course: Networking Fundamentals, Routing & "
        "Switching, Security and Automation with 40+ Hands-On Labs", None, "2023-10-03",
        "UC-3f9a1c2e-77b4-4d0e-9a51-0c6e2b8d4f17", "Lior Abernethy-Sato", "Udemy", True),
        "very long title wrapped over three lines, single date 'Oct. 3, 2023'"),
    _case("h_coursera", "known", "fpdf", LETTER_L, _coursera, Expected(
        "Software Defined Networking", None, "2024-06-12", "8KQ2ZRM4TXPA",
        "Henrietta Vukovic-Adair", "Coursera", True),
        "date alone at top-left, code only in 'Verify at' URL in a side panel"),
    _case("h_linkedin", "known", "rl", LETTER_L, _linkedin, Expected(
        "Cisco CCNP Enterprise (350-401) Cert Prep: 2 Virtualization", None, "2024-02-27",
        "AfT2kq9Wv7LmZpX0cR4hYs1nB", "Fenna Oyelaran-Brandt", "LinkedIn Learning", True),
        "name after 'Congratulations,', date with time, NASBA sponsor/course ID decoys"),
    _case("h_pluralsight", "known", "fpdf", A4_L, _pluralsight, Expected(
        "Cisco CCNA: Network Fundamentals and Access", "2024-12-18", "2025-01-09",
        "PS-8842-XQ7-T1", "Kaito Ferreira-Nwosu", "Pluralsight", False),
        "white on dark, ISO dates across a year end, path ID decoy"),
    _case("h_ine_banner", "known", "rl", BANNER, _ine_banner, Expected(
        "CCNP Enterprise: Advanced Routing and Services", "2025-05-21", "2025-06-18",
        "INE-2025-0618-44719", "Saoirse Adeyemi-Kowal", "INE", False),
        "very wide banner page, '21 May - 18 Jun 2025', Serial No., order # decoy"),
    _case("h_cbt_letterspaced", "known", "fpdf", LETTER_L, _cbt, Expected(
        "Cisco CCNP Security SCOR (350-701) Online Training", "2021-09-02", "2021-10-18",
        "CBT-21-A7Q3Z9", "Rasmus Okonkwo", "CBT Nuggets", False),
        "letter-spaced title, ordinal dates '2nd of September 2021 to 18th of October 2021'"),
    _case("h_skillsoft", "known", "rl", LETTER_P, _skillsoft, Expected(
        "CCNA 200-301: Network Access and Wireless Concepts", None, "2023-11-29",
        "8f3e-91ab-5522-c0d4", "Ambrose Takahashi-Bello", "Skillsoft", True),
        "portrait, month-first numeric date settled by day 29, employee ID decoy"),
    # ---- unknown issuers (English) --------------------------------------------------------
    _case("h_palisade_two_column", "unknown", "fpdf", LETTER_L, _palisade_two_column,
          Expected("Firewall Configuration and Threat Prevention Essentials", "2024-06-10",
                   "2024-06-13", "PNA-C-6Y2M-0815", "Corentin Haddad-Nilsson", None, False),
          "firewall vendor academy, labels left / values right, 'fi' ligature, Valid Through"),
    _case("h_nimbus_labels_above", "unknown", "rl", (900.0, 640.0), _nimbus_labels_above,
          Expected("Cloud Networking Architect: Hybrid Connectivity and Transit Design",
                   "2024-02-05", "2024-02-09", "NCA-HC-55T9W3", "Yusuf Bergström", None,
                   False),
          "cloud vendor, letter-spaced labels above values in boxes, account ID decoy"),
    _case("h_conference", "unknown", "rl", LETTER_L, _conference, Expected(
        "NetOps Summit Europe 2024", "2024-09-24", "2024-09-26", "NOS24-LIS-03317",
        "Ngozi Vandermeer", None, False),
        "conference attendance, range inside a sentence, registration # decoy"),
    _case("h_webinar", "unknown", "fpdf", (800.0, 500.0), _webinar, Expected(
        "Wi-Fi 7 Deployment Best Practices for Campus Networks", "2024-05-16", "2024-05-16",
        "SWW-160524-K2P", "Amaru Lindgren", None, False),
        "one-day vendor webinar, webinar ID decoy"),
    _case("h_opencampus_wrapped_url", "unknown", "rl", LETTER_L, _opencampus_wrapped,
          Expected("Network Automation with Ansible and NETCONF", "2025-01-13", "2025-03-02",
                   "Q7XM-3KVD-88RP", "Mireille Kowalczyk-Ansah", None, False),
          "MOOC not in list; code only in a verification URL broken inside the code"),
    # ---- non-English ----------------------------------------------------------------------
    _case("h_de_hochschule", "foreign", "fpdf", A4_P, _de_hochschule, Expected(
        "Netzwerksicherheit mit Cisco Firepower", "2024-11-04", "2024-11-08",
        "THN-WB-2024-1187", "Jonas Abernathy-Kruse", None, False),
        "German university, dotted dates, date of birth and issue date decoys, Matrikel-Nr."),
    _case("h_fr_centre", "foreign", "fpdf", A4_P, _fr_centre, Expected(
        "Administration des commutateurs Cisco Catalyst", "2024-01-15", "2024-01-19",
        "CFRL-2024-0042", "Solène Nakamura-Durand", None, False),
        "French training centre, guillemets, 'Fait à Lyon, le' issue date, SIRET decoy"),
    _case("h_es_mooc", "foreign", "rl", LETTER_L, _es_mooc, Expected(
        "Fundamentos de redes definidas por software (SDN)", "2025-03-03", "2025-04-28",
        "ARO-9QZ7-41KC", "Joaquín Ferreyra-Mbatha", None, False),
        "Spanish MOOC, 'ID del certificado', 'Nº de matrícula' decoy"),
    _case("h_pt_universidade", "foreign", "fpdf", A4_L, _pt_universidade, Expected(
        "Automação de Redes com Python", "2024-10-07", "2024-12-02", "UAT-EXT-5F81C2",
        "Leandro Okoro-Figueiredo", None, False),
        "Portuguese sentence-only, 'de 7 de outubro a 2 de dezembro de 2024', Emitido em"),
    _case("h_it_accademia", "foreign", "rl", A4_P, _it_accademia, Expected(
        "Configurazione avanzata di BGP e MPLS", "2024-12-28", "2025-01-03", "ADL-IT-77410",
        "Giulia Ferrante-Osei", None, False),
        "Italian, numeric range across a year end settled day-first by 28/12, P.IVA decoy"),
    _case("h_nl_opleiding", "foreign", "fpdf", LETTER_L, _nl_opleiding, Expected(
        "Cisco Meraki Fundamenten", None, "2024-03-14", "ODN-24-3391",
        "Sven Achterberg-Adomako", None, True),
        "Dutch, single date '14 maart 2024', Klantnummer decoy"),
    # ---- genuinely unclear ----------------------------------------------------------------
    _case("h_cu_two_codes", "unclear", "fpdf", LETTER_P, _cu_two_codes, Expected(
        "Cisco Certified DevNet Associate (DEVASC) Learning Path", "2025-01-06", "2025-01-23",
        None, "Deshawn Müller-Okafor", CU, True),
        "two different codes under 'Certificate ID' and 'Credential ID'"),
    _case("h_netacad_sentence", "unclear", "rl", LETTER_L, _netacad_sentence, Expected(
        "Introduction to Cybersecurity", None, None, None, "Beatriz Almeida-Sørensen", NA,
        True),
        "sentence-only, unsettled numeric date 05/04/2023, no code"),
    _case("h_clp_ambiguous_range", "unclear", "fpdf", LETTER_L, _clp_ambiguous_range,
          Expected("Engineering Cisco Meraki Solutions (ECMS)", None, None, "VNA-ECMS-4471",
                   "Priyanka Olsen-Mbeki", CLP, True),
          "numeric range 03/04/2024 - 05/04/2024 with nothing settling day/month order"),
    _case("h_uuid_filename", "unclear", "fpdf", LETTER_L, _uuid_filename, Expected(
        "IPv6 Fundamentals for Enterprise Networks", "2024-04-02", "2024-04-16",
        "9b2e4f71-5c3a-4d8e-b0f6-1a7c9e3d2b58", "Elodie Marchetti-Banda", None, True),
        "no code on the page; a UUID only in the file name",
        filename="Netwise_certificate_9b2e4f71-5c3a-4d8e-b0f6-1a7c9e3d2b58.pdf"),
    _case("h_no_learner", "unclear", "rl", LETTER_L, _no_learner, Expected(
        "Python for Network Engineers", "2024-05-06", "2024-05-17", "TBB-0517-2291", None,
        None, True),
        "blank name line; the only person printed is the signing instructor"),
    _case("h_no_dates", "unclear", "fpdf", LETTER_P, _no_dates, Expected(
        "Cisco Collaboration Core Technologies Workshop", None, None, "MITI-CC-20931",
        "Theo Lambert-Asante", None, True),
        "no course dates at all, only 'Printed on' and 'Valid until'"),
    _case("h_no_course", "unclear", "rl", (700.0, 480.0), _no_course, Expected(
        None, "2024-01-15", "2024-01-17", "HCTC-24-0117-05", "Marguerite Nwachukwu-Lee",
        None, True),
        "generic participation certificate naming no course"),
    _case("h_ine_no_code", "unclear", "fpdf", A4_P, _ine_no_code, Expected(
        "Cisco SD-Access Deep Dive", "2024-08-05", "2024-08-23", None,
        "Bartholomew Oyelowo-Fischer", "INE", True),
        "no certificate code; student ID and course code decoys only"),
]
