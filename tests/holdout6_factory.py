"""Blind hold-out set no. 6: completion certificates rendered from HTML + CSS by WeasyPrint.

Every certificate is an HTML page styled the way real platform and training-provider templates
are (absolute positioning, flex and grid layouts, @page margin boxes, letter-spacing,
text-transform, inline pictures, AcroForm fields, multi-page documents, huge page sizes) and is
printed to PDF by WeasyPrint at test time.  Some quirks are made with pictures drawn by Pillow,
glyph outlines turned into SVG paths, or a font whose character map was scrambled with
fontTools, so that the text layer does not carry what the page shows.

All people, partners, codes and instructors are invented.

Public interface: `HOLDOUT_CASES`, `HOLDOUT_KINDS`.
"""

from __future__ import annotations

import base64
import io
import random
import string
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from certfactory import Case, Expected

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    ("sans", False): _FONT_DIR / "DejaVuSans.ttf",
    ("sans", True): _FONT_DIR / "DejaVuSans-Bold.ttf",
    ("serif", False): _FONT_DIR / "DejaVuSerif.ttf",
    ("serif", True): _FONT_DIR / "DejaVuSerif-Bold.ttf",
}

HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}

# --------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------

_BASE_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'DejaVu Sans', sans-serif; color: #1d232b; font-size: 11pt; }
p { margin: 0; }
"""


def _doc(css: str, body: str, lang: str = "en", title: str = "Certificate") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_BASE_CSS}{css}</style></head>"
        f"<body>{body}</body></html>"
    )


def _render(folder: Path, filename: str, html: str, forms: bool = False) -> Path:
    from weasyprint import HTML

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    HTML(string=html, base_url=str(folder)).write_pdf(str(path), pdf_forms=forms)
    return path


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@cache
def _pil_font(serif: bool, bold: bool, px: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(_FONTS[("serif" if serif else "sans", bold)]), px)


def _picture(
    text: str,
    pt: float,
    color: str = "#1d232b",
    bold: bool = False,
    serif: bool = False,
    css: str = "",
) -> str:
    """An <img> showing `text` as a raster picture (nothing of it reaches the text layer)."""
    from PIL import Image, ImageDraw

    scale = 4  # pixels per point
    font = _pil_font(serif, bold, round(pt * scale))
    left, _top, right, _bottom = font.getbbox(text)
    ascent, descent = font.getmetrics()
    pad = scale
    width, height = right - left + 2 * pad, ascent + descent + 2 * pad
    img = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((pad - left, pad), text, font=font, fill=color)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    uri = _data_uri("image/png", buf.getvalue())
    return (
        f'<img src="{uri}" style="width:{width / scale:.2f}pt;height:{height / scale:.2f}pt;'
        f'vertical-align:middle;{css}">'
    )


@cache
def _tt_font(serif: bool, bold: bool) -> Any:
    from fontTools.ttLib import TTFont

    return TTFont(str(_FONTS[("serif" if serif else "sans", bold)]))


def _outlines(text: str, pt: float, fill: str, serif: bool = False, bold: bool = False) -> str:
    """An <img> of SVG paths tracing the glyphs of `text` (vector, but no text at all)."""
    from fontTools.pens.svgPathPen import SVGPathPen

    font = _tt_font(serif, bold)
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    ascent, descent = font["hhea"].ascent, font["hhea"].descent
    upm = font["head"].unitsPerEm
    x = 0
    paths = []
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        pen = SVGPathPen(glyphs)
        glyphs[name].draw(pen)
        commands = pen.getCommands()
        if commands:
            paths.append(f'<path transform="translate({x} 0)" d="{commands}"/>')
        x += hmtx[name][0]
    height = ascent - descent
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{x * pt / upm:.2f}pt" '
        f'height="{height * pt / upm:.2f}pt" viewBox="0 {-ascent} {x} {height}">'
        f'<g fill="{fill}" transform="scale(1,-1)">{"".join(paths)}</g></svg>'
    )
    return (
        f'<img src="{_data_uri("image/svg+xml", svg.encode())}" '
        f'style="width:{x * pt / upm:.2f}pt;height:{height * pt / upm:.2f}pt;'
        f'vertical-align:middle">'
    )


_LETTERS = string.ascii_letters


@cache
def _cipher_font() -> tuple[str, dict[str, str]]:
    """A bold serif font whose cmap is scrambled: typing the cipher shows the plain letters."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(_FONTS[("serif", True)]), recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=string.printable)
    subsetter.subset(font)
    shuffled = list(_LETTERS)
    random.Random(60606).shuffle(shuffled)
    cipher = dict(zip(_LETTERS, shuffled, strict=True))
    plain_cmap = font.getBestCmap()
    new_cmap = {code: glyph for code, glyph in plain_cmap.items() if chr(code) not in cipher}
    for plain, coded in cipher.items():
        new_cmap[ord(coded)] = plain_cmap[ord(plain)]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap = dict(new_cmap)
    buf = io.BytesIO()
    font.save(buf)
    return _data_uri("font/ttf", buf.getvalue()), cipher


def _add(
    name: str,
    kind: str,
    expected: Expected,
    filename: str,
    html: str | Callable[[], str],
    note: str,
    forms: bool = False,
) -> None:
    assert name.startswith("h6-") and name not in HOLDOUT_KINDS, name
    assert kind in {"known", "foreign", "unknown", "unclear"}, kind

    def build(folder: Path) -> Path:
        source = html() if callable(html) else html
        return _render(folder, filename, source, forms=forms)

    HOLDOUT_CASES.append(Case(name, expected, build, note))
    HOLDOUT_KINDS[name] = kind


_LANDSCAPE = "@page { size: A4 landscape; margin: 0; }\n"
_PORTRAIT = "@page { size: A4 portrait; margin: 0; }\n"
_SHEET = ".sheet { position: relative; width: 297mm; height: 209mm; overflow: hidden; }\n"
_SHEET_P = ".sheet { position: relative; width: 210mm; height: 296mm; overflow: hidden; }\n"

# --------------------------------------------------------------------------------------------
# Known issuers
# --------------------------------------------------------------------------------------------

_UDEMY_CSS = (
    _LANDSCAPE
    + _SHEET
    + """
.logo { position: absolute; left: 22mm; top: 15mm; font: bold 30pt 'DejaVu Sans';
        color: #1c1d1f; letter-spacing: -1.5pt; }
.logo span { color: #a435f0; }
.meta { position: absolute; right: 16mm; top: 14mm; font-size: 8pt; color: #6a6f73;
        text-align: right; line-height: 1.6; }
.body { position: absolute; left: 22mm; top: 60mm; width: 240mm; }
.kicker { font-size: 10pt; letter-spacing: 1.5pt; text-transform: uppercase; color: #6a6f73;
          font-weight: bold; }
.title { font: bold 30pt 'DejaVu Serif'; line-height: 1.18; margin: 5mm 0 6mm; }
.instr { font-size: 11pt; } .instr b { margin-right: 3mm; }
.name { position: absolute; left: 22mm; bottom: 38mm; font: bold 26pt 'DejaVu Serif'; }
.facts { position: absolute; left: 22mm; bottom: 18mm; font-size: 10.5pt; }
.facts td { padding: 1mm 6mm 1mm 0; } .facts td:first-child { font-weight: bold; }
"""
)


def _udemy_body(
    code: str,
    ref: str,
    title: str,
    instructors: str,
    name: str,
    date: str,
    length: str,
    header_as_picture: bool = False,
) -> str:
    if header_as_picture:
        header = (
            '<div class="logo" style="top:14mm">'
            + _picture("udemy", 30, bold=True, color="#1c1d1f")
            + '</div><div class="meta">'
            + _picture(f"Certificate no: {code}", 8, color="#6a6f73")
            + "<br>"
            + _picture(f"Certificate url: ude.my/{code}", 8, color="#6a6f73")
            + "<br>"
            + _picture(f"Reference Number: {ref}", 8, color="#6a6f73")
            + "</div>"
        )
    else:
        header = (
            '<div class="logo">ude<span>my</span></div>'
            f'<div class="meta">Certificate no: {code}<br>'
            f"Certificate url: ude.my/{code}<br>Reference Number: {ref}</div>"
        )
    return (
        f'<div class="sheet">{header}'
        '<div class="body"><div class="kicker">Certificate of completion</div>'
        f'<div class="title">{title}</div>'
        f'<div class="instr"><b>Instructors</b>{instructors}</div></div>'
        f'<div class="name">{name}</div>'
        f'<table class="facts"><tr><td>Date</td><td>{date}</td></tr>'
        f"<tr><td>Length</td><td>{length}</td></tr></table></div>"
    )


_UDEMY_CODE = "UC-4d1e9b7a-3c2f-4a8e-9b61-0f7d2c5e8a13"
_add(
    "h6-udemy-uc",
    "known",
    Expected(
        course_name="Cisco CCNA 200-301: The Complete Guide to Hands-on Labs, Subnetting "
        "and Network Automation",
        start_date=None,
        end_date="2024-03-03",
        validation_code=_UDEMY_CODE,
        learner_name="Soledad Ferreira-Nakamura",
        issuer="Udemy",
        needs_review=False,
        printed_credits=(27.5, "hours"),
    ),
    f"{_UDEMY_CODE}.pdf",
    _doc(
        _UDEMY_CSS,
        _udemy_body(
            _UDEMY_CODE,
            "0004",
            "Cisco CCNA 200-301: The Complete Guide to Hands-on Labs, Subnetting and "
            "Network Automation",
            "Bartholomew Quist, Ifeoma Lindqvist",
            "Soledad Ferreira-Nakamura",
            "Mar. 3, 2024",
            "27.5 total hours",
        ),
    ),
    "Udemy layout; title wraps over 2 lines and contains exam number 200-301; code also in "
    "certificate url; 'Reference Number: 0004' decoy; 'Mar. 3, 2024' with a dot",
)

_COURSERA_CSS = (
    _LANDSCAPE
    + _SHEET
    + """
.wrap { display: flex; flex-direction: row; width: 297mm; height: 209mm; }
.ribbon { order: 2; width: 78mm; background: #eef1f5; position: relative; padding: 14mm 8mm; }
.seal { width: 46mm; height: 46mm; border-radius: 23mm; border: 2.5mm solid #c9d3de;
        margin: 18mm auto 6mm; background: #fff; padding-top: 15mm; text-align: center;
        font-size: 9pt; font-weight: bold; letter-spacing: 1pt; color: #51606f; }
.ribbon .kind { text-align: center; font-size: 11pt; font-weight: bold; letter-spacing: 2pt;
                color: #51606f; }
.ribbon ol { font-size: 8.5pt; color: #3b4754; padding-left: 5mm; line-height: 1.4; }
.main { order: 1; flex: 1; padding: 16mm 18mm 12mm 20mm; position: relative; }
.brand { font: bold 24pt 'DejaVu Sans'; color: #0056d2; letter-spacing: -0.5pt; }
.date { margin-top: 10mm; font-size: 11pt; color: #3b4754; }
.name { font: 28pt 'DejaVu Serif'; margin: 7mm 0 4mm; }
.small { font-size: 10pt; color: #3b4754; }
.title { font: bold 20pt 'DejaVu Sans'; margin: 3mm 0; line-height: 1.2; width: 165mm; }
.sign { position: absolute; left: 20mm; bottom: 34mm; font-size: 9pt; line-height: 1.4; }
.sign .line { width: 60mm; border-top: 0.6pt solid #333; margin-bottom: 1.5mm; }
.verify { position: absolute; left: 20mm; bottom: 12mm; width: 170mm; font-size: 8pt;
          color: #51606f; line-height: 1.5; }
"""
)

_add(
    "h6-coursera-course",
    "known",
    Expected(
        course_name="Machine Learning for Network Engineers: Telemetry, Anomaly Detection "
        "and Automation",
        start_date=None,
        end_date="2024-02-18",
        validation_code="R7KXQ2MZ4PLB",
        learner_name="Kwabena Oduro-Lindgren",
        issuer="Coursera",
        needs_review=False,
    ),
    "Coursera R7KXQ2MZ4PLB.pdf",
    _doc(
        _COURSERA_CSS,
        """<div class="sheet"><div class="wrap">
<div class="ribbon"><div class="seal">COURSERA<br>VERIFIED</div>
<div class="kind">COURSE<br>CERTIFICATE</div></div>
<div class="main"><div class="brand">coursera</div>
<div class="date">Feb 18, 2024</div>
<div class="name">Kwabena Oduro-Lindgren</div>
<div class="small">has successfully completed</div>
<div class="title">Machine Learning for Network Engineers: Telemetry, Anomaly Detection and
Automation</div>
<div class="small">an online non-credit course authorized by Northbridge University and offered
through Coursera</div>
<div class="sign"><div class="line"></div>Dr. Amara Velden<br>Associate Professor, School of
Computing<br>Northbridge University</div>
<div class="verify">Verify at:<br>https://coursera.org/verify/R7KXQ2MZ4PLB<br>Coursera has
confirmed the identity of this individual and their participation in the course.</div>
</div></div></div>""",
    ),
    "flex layout with the right ribbon first in source order; date alone above the name; "
    "code only inside the verify URL",
)

_add(
    "h6-coursera-spec",
    "known",
    Expected(
        course_name="Cloud Security Engineering with Zero Trust",
        start_date=None,
        end_date="2025-01-15",
        validation_code="9WQ3ZT5HLKAE",
        learner_name="Mei-Ling Abernathy-Osei",
        issuer="Coursera",
        needs_review=False,
    ),
    "certificate (3).pdf",
    _doc(
        _COURSERA_CSS,
        """<div class="sheet"><div class="wrap">
<div class="ribbon"><div class="seal" style="margin-top:6mm">SPECIALIZATION</div>
<div class="kind">SPECIALIZATION<br>CERTIFICATE</div>
<ol><li>Zero Trust Architecture Foundations</li>
<li>Identity and Access Management in the Cloud</li>
<li>Securing Cloud Networks and Workloads</li>
<li>Capstone: Designing a Zero Trust Rollout</li></ol></div>
<div class="main"><div class="brand">coursera</div>
<div class="date">Jan 15, 2025</div>
<div class="name">Mei-Ling Abernathy-Osei</div>
<div class="small">has successfully completed the online, non-credit Specialization</div>
<div class="title">Cloud Security Engineering with Zero Trust</div>
<div class="small">Those who earn the Specialization Certificate have completed all four courses
listed, authorized by Harrowgate Institute of Technology and offered through Coursera.</div>
<div class="sign"><div class="line"></div>Prof. Idris Kellerman<br>Program Director, Cyber
Security<br>Harrowgate Institute of Technology</div>
<div class="verify">Verify this certificate at:<br>
https://coursera.org/verify/specialization/9WQ3ZT5HLKAE</div>
</div></div></div>""",
    ),
    "specialization: four component course titles listed in the side panel as decoys; code in "
    "a /verify/specialization/ URL",
)

_add(
    "h6-linkedin",
    "known",
    Expected(
        course_name="Wireshark Essential Training: Troubleshooting TCP/IP Networks",
        start_date=None,
        end_date="2024-03-03",
        validation_code="cf3a9e27b5d14e0a8c61f2b7d09e4a53",
        learner_name="Halldóra Sigurðardóttir",
        issuer="LinkedIn Learning",
        needs_review=False,
        printed_credits=(1.5, "CPE"),
    ),
    "CertificateOfCompletion_Wireshark Essential Training.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.frame { position: absolute; left: 10mm; top: 10mm; right: 10mm; bottom: 10mm;
         border: 0.8pt solid #d0d5da; }
.head { position: absolute; left: 24mm; top: 24mm; font-size: 12pt; color: #56687a; }
.congr { position: absolute; left: 24mm; top: 38mm; font: 34pt 'DejaVu Sans'; color: #1d2226; }
.title { position: absolute; left: 24mm; top: 70mm; width: 160mm; font: bold 19pt 'DejaVu Sans';
         line-height: 1.25; }
.done { position: absolute; left: 24mm; top: 96mm; font-size: 10.5pt; color: #56687a; }
.blurb { position: absolute; left: 24mm; top: 108mm; width: 150mm; font-size: 10pt;
         color: #56687a; line-height: 1.4; }
.skills { position: absolute; left: 24mm; top: 130mm; font-size: 9pt; color: #56687a; }
.skills span { border: 0.6pt solid #a0aab4; border-radius: 3mm; padding: 1mm 3mm;
               margin-right: 2mm; }
.logo { position: absolute; left: 24mm; bottom: 34mm; font: bold 15pt 'DejaVu Sans'; }
.logo b { background: #0a66c2; color: #fff; padding: 0 1.2mm; border-radius: 1mm; }
.sig { position: absolute; left: 24mm; bottom: 20mm; font-size: 8.5pt; color: #56687a; }
.nasba { position: absolute; right: 22mm; top: 60mm; width: 68mm; font-size: 7.5pt;
         color: #56687a; line-height: 1.45; border-left: 0.6pt solid #d0d5da; padding-left: 5mm; }
.nasba b { color: #1d2226; }
.cid { position: absolute; right: 22mm; bottom: 20mm; font-size: 8pt; color: #56687a; }
""",
        """<div class="sheet"><div class="frame"></div>
<div class="head">Certificate of Completion</div>
<div class="congr">Congratulations, Halldóra Sigurðardóttir</div>
<div class="title">Wireshark Essential Training: Troubleshooting TCP/IP Networks</div>
<div class="done">Course completed on Mar 03, 2024 at 09:15AM UTC</div>
<div class="blurb">By continuing to learn, you have expanded your perspective, sharpened your
skills, and made yourself even more in demand.</div>
<div class="skills">Top skills covered &nbsp; <span>Wireshark</span>
<span>Network Troubleshooting</span></div>
<div class="logo">Linked<b>in</b> Learning</div>
<div class="sig">Priyanka Vellacott, Head of Content Strategy, Learning</div>
<div class="nasba">LinkedIn is registered with the National Association of State Boards of
Accountancy (NASBA) as a sponsor of continuing professional education on the National
Registry of CPE Sponsors. Sponsor ID #191735.<br><br>
<b>Field of study:</b> Information Technology<br><b>CPE credits:</b> 1.5<br>
<b>Delivery method:</b> QAS Self Study</div>
<div class="cid">Certificate ID: cf3a9e27b5d14e0a8c61f2b7d09e4a53</div>
</div>""",
    ),
    "'Congratulations, <name>' printed much larger than the course title; date with time "
    "and UTC; NASBA sponsor ID decoy; CPE credits in a side box",
)

_add(
    "h6-pluralsight",
    "known",
    Expected(
        course_name="Kubernetes Networking Deep Dive: CNI, Services and Ingress",
        start_date=None,
        end_date="2024-01-27",
        validation_code=None,
        learner_name="Olusegun Adebayo-Kraft",
        issuer="Pluralsight",
        needs_review=False,
    ),
    "pluralsight-certificate-kubernetes-networking-deep-dive.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.side { position: absolute; left: 0; top: 0; width: 82mm; height: 209mm; background: #130f25;
        color: #fff; padding: 20mm 12mm; }
.side .brand { font: bold 22pt 'DejaVu Sans'; color: #f15b2a; }
.side .what { margin-top: 70mm; font-size: 13pt; letter-spacing: 2pt; line-height: 1.5;
              text-transform: uppercase; }
.vals { position: absolute; left: 100mm; top: 28mm; width: 180mm; }
.v { font: bold 22pt 'DejaVu Serif'; line-height: 1.2; }
.cap { font-size: 8pt; letter-spacing: 1.5pt; text-transform: uppercase; color: #8a8f99;
       margin: 1.5mm 0 11mm; border-top: 0.6pt solid #c8ccd2; padding-top: 1.5mm; }
.v.small { font: 14pt 'DejaVu Sans'; }
""",
        """<div class="sheet">
<div class="side"><div class="brand">pluralsight</div>
<div class="what">Certificate<br>of completion</div></div>
<div class="vals">
<div class="v">Olusegun Adebayo-Kraft</div><div class="cap">Awarded to</div>
<div class="v">Kubernetes Networking Deep Dive: CNI, Services and Ingress</div>
<div class="cap">Course</div>
<div class="v small">Tamsin Okoro</div><div class="cap">Author</div>
<div class="v small">2024-01-27</div><div class="cap">Completion date</div>
</div></div>""",
    ),
    "dark side panel; every value printed ABOVE its small caption (label under value); "
    "course author as decoy person; ISO date; no code",
)

_CENTRED_CSS = (
    _LANDSCAPE
    + _SHEET
    + """
.border { position: absolute; left: 9mm; top: 9mm; right: 9mm; bottom: 9mm;
          border: 2.2mm double #2b3a55; }
.c { position: absolute; left: 25mm; right: 25mm; text-align: center; }
.brand { top: 20mm; font: bold 24pt 'DejaVu Sans'; letter-spacing: 1pt; }
.head { top: 38mm; font: 13pt 'DejaVu Serif'; letter-spacing: 4pt; text-transform: uppercase;
        color: #5a6475; }
.l1 { top: 54mm; font-size: 11pt; color: #5a6475; }
.name { top: 62mm; font: bold 28pt 'DejaVu Serif'; }
.l2 { top: 80mm; font-size: 11pt; color: #5a6475; }
.title { top: 88mm; font: bold 19pt 'DejaVu Sans'; line-height: 1.25; }
.facts { position: absolute; left: 78mm; width: 141mm; top: 124mm; font-size: 10.5pt;
         border-collapse: collapse; }
.facts td { padding: 1.6mm 3mm; border-bottom: 0.5pt solid #d5d9e0; }
.facts td:first-child { color: #5a6475; width: 48%; }
.foot { position: absolute; left: 25mm; right: 25mm; bottom: 17mm; text-align: center;
        font-size: 8pt; color: #7a8392; }
"""
)

_add(
    "h6-ine",
    "known",
    Expected(
        course_name="Network Pivoting and Tunneling for Penetration Testers",
        start_date=None,
        end_date="2024-03-14",
        validation_code="INE-7Q2K-91XD-4M",
        learner_name="Radomír Šťastný",
        issuer="INE",
        needs_review=False,
        printed_credits=(24, "CPE"),
    ),
    "certificate.pdf",
    _doc(
        _CENTRED_CSS,
        """<div class="sheet"><div class="border"></div>
<div class="c brand" style="color:#e4572e">INE</div>
<div class="c head">Certificate of Completion</div>
<div class="c l1">This certifies that</div>
<div class="c name">Radomír Šťastný</div>
<div class="c l2">has successfully completed the course</div>
<div class="c title">Network Pivoting and Tunneling for Penetration Testers</div>
<table class="facts">
<tr><td>Completion Date</td><td>03/14/2024</td></tr>
<tr><td>CPE Credits</td><td>24</td></tr>
<tr><td>Instructor</td><td>Brock Halvorsen</td></tr>
<tr><td>Certificate ID</td><td>INE-7Q2K-91XD-4M</td></tr></table>
<div class="c foot">INE · Cary, North Carolina · Verify this certificate in your INE account
</div></div>""",
    ),
    "centred award; US date 03/14/2024 settled by the 14; instructor name decoy; label/value table",
)

_add(
    "h6-cbt-encor",
    "known",
    Expected(
        course_name="Cisco CCNP Enterprise Core (350-401 ENCOR) Online Training",
        start_date=None,
        end_date="2024-02-09",
        validation_code="CBTN-5521-0093-XT",
        learner_name="Chinonso Eberhardt",
        issuer="CBT Nuggets",
        needs_review=False,
        printed_credits=(46, "hours"),
    ),
    "CBT_Nuggets_Certificate_of_Completion.pdf",
    _doc(
        _CENTRED_CSS,
        """<div class="sheet"><div class="border" style="border-color:#f26a21"></div>
<div class="c brand">CBT <span style="color:#f26a21">nuggets</span></div>
<div class="c head">Certificate of Completion</div>
<div class="c l1">This certifies that</div>
<div class="c name">Chinonso Eberhardt</div>
<div class="c l2">has completed the CBT Nuggets training</div>
<div class="c title">Cisco CCNP Enterprise Core (350-401 ENCOR) Online Training</div>
<table class="facts">
<tr><td>Trainer</td><td>Okonkwo Daley</td></tr>
<tr><td>Training Hours</td><td>46</td></tr>
<tr><td>Date</td><td>February 9, 2024</td></tr>
<tr><td>Certificate ID</td><td>CBTN-5521-0093-XT</td></tr></table>
<div class="c foot">This training prepares learners for Cisco exam 350-401 ENCOR. Passing the
exam is required to earn the certification.</div></div>""",
    ),
    "exam number 350-401 inside the title and again in the footer (not the code); trainer "
    "decoy; training hours",
)

_add(
    "h6-skillsoft-de",
    "known",
    Expected(
        course_name="Grundlagen der IT-Sicherheit: Bedrohungen, Schwachstellen und Gegenmaßnahmen",
        start_date=None,
        end_date="2024-03-07",
        validation_code="4c1b7e2a-9d3f-4b8e-a5c6-2f0e9d7b1a84",
        learner_name="Jürgen Weißbäcker",
        issuer="Skillsoft",
        needs_review=False,
        printed_credits=(2.5, "CPE"),
    ),
    "Zertifikat_Grundlagen_der_IT-Sicherheit.pdf",
    _doc(
        """
@page { size: A4 landscape; margin: 14mm 16mm;
  @top-right { content: "Gedruckt am 12.03.2024"; font: 8pt 'DejaVu Sans'; color: #888; }
  @bottom-center { content: "Skillsoft Percipio · Seite " counter(page);
                   font: 7.5pt 'DejaVu Sans'; color: #888; } }
.hdr { display: flex; justify-content: space-between; align-items: center;
       border-bottom: 1.2mm solid #2bb673; padding-bottom: 3mm; }
.hdr .b { font: bold 22pt 'DejaVu Sans'; color: #0b1f33; }
.hdr .p { font: 11pt 'DejaVu Sans'; color: #2bb673; letter-spacing: 3pt; }
h1 { text-align: center; font: bold 30pt 'DejaVu Serif'; letter-spacing: 6pt; margin: 12mm 0 6mm;
     color: #0b1f33; }
.t { text-align: center; font-size: 12pt; margin: 2mm 0; color: #40505f; }
.n { text-align: center; font: bold 24pt 'DejaVu Serif'; margin: 3mm 0; }
.k { text-align: center; font: bold 17pt 'DejaVu Sans'; margin: 3mm 20mm; line-height: 1.3; }
.facts { margin: 9mm auto 0; font-size: 9.5pt; color: #40505f; }
.facts td { padding: 0.8mm 4mm; }
""",
        """<div class="hdr"><div class="b">skillsoft</div><div class="p">PERCIPIO</div></div>
<h1>ABSCHLUSSZERTIFIKAT</h1>
<div class="t">Hiermit wird bestätigt, dass</div>
<div class="n">Jürgen Weißbäcker</div>
<div class="t">den Kurs</div>
<div class="k">Grundlagen der IT-Sicherheit: Bedrohungen, Schwachstellen und
Gegenmaßnahmen</div>
<div class="t">am 7. März 2024 erfolgreich abgeschlossen hat.</div>
<table class="facts">
<tr><td>CPE-Punkte (NASBA):</td><td>2,5</td></tr>
<tr><td>Fachgebiet:</td><td>Informationstechnologie</td></tr>
<tr><td>Zertifikat-ID:</td><td>4c1b7e2a-9d3f-4b8e-a5c6-2f0e9d7b1a84</td></tr></table>""",
        lang="de",
    ),
    "German Skillsoft; heading letter-spaced and larger than the title; '7. März 2024'; "
    "@top-right margin box 'Gedruckt am 12.03.2024' decoy; CPE with decimal comma '2,5'",
)

_add(
    "h6-ciscou-cbrops",
    "known",
    Expected(
        course_name="Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.2",
        start_date=None,
        end_date="2024-03-11",
        validation_code="CU-5K8P2T9WQR41",
        learner_name="Anneliese Vargas-Holmberg",
        issuer="Cisco U.",
        needs_review=False,
        printed_credits=(30, "CE"),
    ),
    "CiscoU_Certificate_CBROPS.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.band { position: absolute; left: 0; top: 0; width: 297mm; height: 34mm; background: #07182d;
        color: #fff; padding: 10mm 20mm; }
.band .b { font: bold 22pt 'DejaVu Sans'; display: inline-block; }
.band .b span { color: #02c8ff; }
.band .k { float: right; font-size: 12pt; letter-spacing: 2pt; margin-top: 4mm; }
.body { position: absolute; left: 20mm; top: 48mm; width: 200mm; }
.l { font-size: 11pt; color: #4f5b66; margin: 2mm 0; }
.n { font: bold 26pt 'DejaVu Sans'; margin: 2mm 0 6mm; }
.t { font: bold 20pt 'DejaVu Sans'; color: #07182d; line-height: 1.3; margin: 2mm 0; }
.grid { position: absolute; left: 20mm; bottom: 18mm; display: grid;
        grid-template-columns: 52mm 52mm 52mm 60mm; column-gap: 4mm; font-size: 9pt; }
.grid .lab { color: #4f5b66; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1pt; }
.grid .val { font-size: 11pt; font-weight: bold; margin-top: 1mm; }
""",
        """<div class="sheet">
<div class="band"><div class="b">Cisco <span>U.</span></div>
<div class="k">Certificate of Completion</div></div>
<div class="body"><div class="l">This certifies that</div>
<div class="n">Anneliese Vargas-Holmberg</div>
<div class="l">has successfully completed the course</div>
<div class="t">Understanding Cisco Cybersecurity Operations Fundamentals<br>(CBROPS) v1.2</div>
</div>
<div class="grid">
<div><div class="lab">Completed</div><div class="val">11 Mar 2024</div></div>
<div><div class="lab">Continuing Education credits</div><div class="val">30</div></div>
<div><div class="lab">Cisco ID</div><div class="val">CSCO10462289</div></div>
<div><div class="lab">Certificate ID</div><div class="val">CU-5K8P2T9WQR41</div></div>
</div></div>""",
    ),
    "title's '(CBROPS) v1.2' tail alone on the next line; Cisco ID CSCO10462289 decoy beside "
    "the certificate ID; labels above values in a grid; '11 Mar 2024'",
)

_NETACAD_CSS = """
.brand { font: bold 14pt 'DejaVu Sans'; color: #049fd9; }
.brand small { display: block; font: 9pt 'DejaVu Sans'; color: #6c7a89; letter-spacing: 1pt; }
.kicker { font: 13pt 'DejaVu Serif'; color: #6c7a89; margin-top: 10mm; }
.course { font: bold 26pt 'DejaVu Sans'; color: #0d274d; margin: 3mm 0 5mm; line-height: 1.2; }
.txt { font-size: 10pt; color: #39475a; line-height: 1.45; }
ul.skills { font-size: 9pt; color: #39475a; line-height: 1.45; margin: 2mm 0 0; }
.sigs { display: flex; gap: 8mm; position: absolute; }
.sig { flex: 1 1 auto; }
.sig .v { font: 12pt 'DejaVu Serif'; min-height: 6mm; white-space: nowrap; }
.sig .cap { border-top: 0.6pt solid #39475a; font-size: 8pt; color: #6c7a89; padding-top: 1mm;
            margin-top: 1mm; }
"""

_add(
    "h6-netacad-itn",
    "known",
    Expected(
        course_name="CCNA: Introduction to Networks",
        start_date=None,
        end_date="2024-04-12",
        validation_code=None,
        learner_name="Thiago Conceição Brandão",
        issuer="Cisco Networking Academy",
        needs_review=False,
    ),
    "ITNv7_Certificate.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + _NETACAD_CSS
        + """
.pad { position: absolute; left: 22mm; top: 18mm; width: 250mm; }
.sigs { left: 22mm; right: 22mm; bottom: 18mm; }
""",
        """<div class="sheet"><div class="pad">
<div class="brand">Cisco Networking Academy<small>CISCO NETWORKING ACADEMY PROGRAM</small></div>
<div class="kicker">Certificate of Course Completion</div>
<div class="course">CCNA: Introduction to Networks</div>
<div class="txt">For completing the Cisco Networking Academy® CCNA: Introduction to Networks
course, and demonstrating the ability to:</div>
<ul class="skills"><li>Configure switches and end devices to provide access to local and remote
network resources.</li>
<li>Explain how physical and data link layer protocols support the operation of Ethernet in a
switched network.</li>
<li>Configure routers to enable end-to-end connectivity between remote devices.</li>
<li>Create IPv4 and IPv6 addressing schemes and verify network connectivity.</li></ul></div>
<div class="sigs">
<div class="sig"><div class="v">Thiago Conceição Brandão</div>
<div class="cap">Student</div></div>
<div class="sig"><div class="v">Escola Técnica Vale do Sol</div>
<div class="cap">Academy Name</div></div>
<div class="sig"><div class="v">Campinas, Brazil</div><div class="cap">Location</div></div>
<div class="sig"><div class="v">Renata Moura Okafor</div><div class="cap">Instructor</div></div>
<div class="sig"><div class="v">Apr 12, 2024</div>
<div class="cap">Date</div></div>
</div></div>""",
    ),
    "NetAcad: values above caption lines (Student / Academy Name / Location / Instructor / "
    "Date); instructor name decoy; course title repeated in the sentence",
)

_add(
    "h6-netacad-es",
    "known",
    Expected(
        course_name="Introducción a la Ciberseguridad",
        start_date=None,
        end_date="2024-02-12",
        validation_code=None,
        learner_name="María Inés Castañeda Ruiz",
        issuer="Cisco Networking Academy",
        needs_review=False,
    ),
    "Introduccion_a_la_Ciberseguridad_certificado.pdf",
    _doc(
        _PORTRAIT
        + _SHEET_P
        + _NETACAD_CSS
        + """
.pad { position: absolute; left: 22mm; top: 26mm; width: 166mm; }
.course { font-size: 24pt; }
.sigs { left: 22mm; right: 22mm; bottom: 40mm; }
.bar { position: absolute; left: 0; bottom: 0; width: 210mm; height: 14mm; background: #049fd9; }
""",
        """<div class="sheet"><div class="pad">
<div class="brand">Cisco Networking Academy</div>
<div class="kicker">Certificado de finalización del curso</div>
<div class="course">Introducción a la Ciberseguridad</div>
<div class="txt">Por haber completado el curso Introducción a la Ciberseguridad de Cisco
Networking Academy® y demostrado la capacidad de:</div>
<ul class="skills"><li>Explicar los conceptos básicos de la ciberseguridad.</li>
<li>Describir las características y el funcionamiento de un ataque informático.</li>
<li>Explicar cómo proteger los dispositivos y la red frente a las amenazas.</li></ul></div>
<div class="sigs">
<div class="sig"><div class="v">María Inés Castañeda Ruiz</div>
<div class="cap">Estudiante</div></div>
<div class="sig"><div class="v">12 de febrero de 2024</div>
<div class="cap">Fecha</div></div></div>
<div class="bar"></div></div>""",
        lang="es",
    ),
    "Spanish NetAcad, portrait; '12 de febrero de 2024'; label under value",
)

_add(
    "h6-clp-encor",
    "known",
    Expected(
        course_name="Implementing and Operating Cisco Enterprise Network Core Technologies "
        "(ENCOR) v1.2",
        start_date="2023-06-12",
        end_date="2023-06-16",
        validation_code="NS-2023-06-1187",
        learner_name="Ravindra Kowalczyk-Mbeki",
        issuer="Cisco Learning Partner",
        needs_review=False,
        printed_credits=(64, "CE"),
    ),
    "Certificate_ENCOR_Kowalczyk-Mbeki.pdf",
    _doc(
        """
@page { size: A4 landscape; margin: 16mm 20mm 14mm;
  @top-right { content: "Printed on June 19, 2023"; font: 8pt 'DejaVu Sans'; color: #777; }
  @top-left { content: "NetSkill Training GmbH"; font: 8pt 'DejaVu Sans'; color: #777; } }
.logo { font: bold 20pt 'DejaVu Sans'; color: #00205b; }
.logo span { font: 9pt 'DejaVu Sans'; color: #fff; background: #049fd9; padding: 1mm 2mm;
             margin-left: 4mm; vertical-align: middle; letter-spacing: 1pt; }
h1 { font: 28pt 'DejaVu Serif'; margin: 8mm 0 4mm; color: #00205b; }
.l { font-size: 11pt; color: #555; margin: 2mm 0; }
.n { font: bold 22pt 'DejaVu Serif'; margin: 2mm 0 4mm; }
.t { font: bold 17pt 'DejaVu Sans'; line-height: 1.3; margin: 2mm 0 6mm; width: 220mm; }
table.kv { border-collapse: collapse; font-size: 10pt; }
table.kv td { padding: 1.4mm 5mm 1.4mm 0; vertical-align: top; }
table.kv td.k { color: #555; width: 70mm; }
.next { page-break-before: always; }
.next h2 { font: bold 18pt 'DejaVu Sans'; color: #00205b; }
.next p { font-size: 10.5pt; line-height: 1.5; margin: 3mm 0; width: 220mm; }
""",
        """<div class="logo">NetSkill Training<span>CISCO LEARNING PARTNER · GOLD</span></div>
<h1>Certificate of Attendance</h1>
<div class="l">This is to certify that</div>
<div class="n">Ravindra Kowalczyk-Mbeki</div>
<div class="l">attended the instructor-led training</div>
<div class="t">Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR)
v1.2</div>
<table class="kv">
<tr><td class="k">Course dates</td><td>June 12 - June 16, 2023</td></tr>
<tr><td class="k">Course code</td><td>ENCOR</td></tr>
<tr><td class="k">Delivery</td><td>Virtual instructor-led training (vILT)</td></tr>
<tr><td class="k">Cisco Continuing Education credits</td><td>64</td></tr>
<tr><td class="k">Instructor</td><td>Leopold Varga (CCSI #34871)</td></tr>
<tr><td class="k">Certificate No.</td><td>NS-2023-06-1187</td></tr></table>
<div class="next"><h2>Your next step</h2>
<p>Continue your CCNP Enterprise journey with
<b>Implementing Cisco Enterprise Advanced Routing and Services (ENARSI) v1.1</b>.</p>
<p>Next public dates: September 4 - September 8, 2023 (virtual) · Course code: ENARSI ·
Cisco Continuing Education credits: 40</p>
<p>Book before July 31, 2023 to receive the early-bird price. Quote offer code NS-EB-23-ENARSI
when booking.</p></div>""",
    ),
    "Learning-partner ILT certificate; range 'June 12 - June 16, 2023'; instructor CCSI number "
    "and course code decoys; @top-right 'Printed on' decoy; page 2 advertises ANOTHER course "
    "with its own dates, credits and offer code",
)

_add(
    "h6-cisco-live",
    "known",
    Expected(
        course_name="Cisco Live Amsterdam 2024",
        start_date="2024-02-05",
        end_date="2024-02-09",
        validation_code=None,
        learner_name="Aurélien Desrosiers-Kahn",
        issuer="Cisco Live",
        needs_review=False,
        printed_credits=(16, "CE"),
    ),
    "CiscoLive_Attendance_Certificate.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.bg { position: absolute; left: 0; top: 0; width: 297mm; height: 209mm;
      background: linear-gradient(135deg, #0d1b3e 0%, #1c4a8f 60%, #20a6d8 100%); }
.card { position: absolute; left: 20mm; top: 20mm; width: 257mm; height: 169mm;
        background: #fff; border-radius: 4mm; padding: 14mm 18mm; }
.b { font: bold 26pt 'DejaVu Sans'; letter-spacing: 3pt; color: #0d1b3e; }
.k { font-size: 12pt; letter-spacing: 2pt; text-transform: uppercase; color: #1c4a8f;
     margin-top: 2mm; }
.ev { font: bold 20pt 'DejaVu Sans'; margin: 9mm 0 2mm; }
.txt { font-size: 11pt; line-height: 1.6; color: #333; width: 200mm; }
.n { font: bold 22pt 'DejaVu Serif'; margin: 3mm 0; }
.row { position: absolute; left: 18mm; right: 18mm; bottom: 12mm; display: flex;
       justify-content: space-between; font-size: 9pt; color: #555; }
""",
        """<div class="sheet"><div class="bg"></div><div class="card">
<div class="b">CISCO LIVE</div>
<div class="k">Certificate of Attendance</div>
<div class="ev">Cisco Live Amsterdam 2024</div>
<div class="txt">This certifies that</div>
<div class="n">Aurélien Desrosiers-Kahn</div>
<div class="txt">attended Cisco Live Amsterdam 2024, held February 5–9, 2024 at RAI Amsterdam,
and participated in technical breakouts, labs and seminars.</div>
<div class="txt" style="margin-top:5mm"><b>Continuing Education Credits earned: 16</b></div>
<div class="txt" style="margin-top:3mm;font-size:9pt">Session recordings are available on
demand until May 9, 2024.</div>
<div class="row"><span>Cisco ID: CSCO20485573</span><span>Badge ID: 8812-4471</span>
<span>ciscolive.com</span></div></div></div>""",
    ),
    "conference: event name is the title; 'February 5–9, 2024' with en dash inside a sentence; "
    "'recordings available until' decoy date; Cisco ID and badge ID decoys; no code",
)

# --------------------------------------------------------------------------------------------
# Foreign issuers (real kinds of issuers that are not in ISSUERS)
# --------------------------------------------------------------------------------------------

_add(
    "h6-aws-saa",
    "foreign",
    Expected(
        course_name="AWS Certified Solutions Architect – Associate",
        start_date=None,
        end_date="2024-03-21",
        validation_code="4XWQ7HK2J1E41ZS9",
        learner_name="Beatriz Okonjo-Halvorsen",
        issuer=None,
        needs_review=False,
    ),
    "AWS Certified Solutions Architect - Associate certificate.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.top { position: absolute; left: 0; top: 0; width: 297mm; height: 10mm; background: #232f3e; }
.left { position: absolute; left: 22mm; top: 36mm; width: 160mm; }
.n { font: bold 30pt 'DejaVu Sans'; color: #232f3e; }
.l { font-size: 11pt; color: #444; margin: 6mm 0 3mm; line-height: 1.5; }
.cert { font: bold 21pt 'DejaVu Sans'; color: #232f3e; line-height: 1.25; }
.badge { position: absolute; right: 30mm; top: 30mm; width: 60mm; height: 60mm; }
.meta { position: absolute; right: 22mm; top: 108mm; width: 78mm; font-size: 9.5pt; }
.meta div { margin-bottom: 3.5mm; } .meta b { display: block; font-size: 8pt; color: #666;
            font-weight: normal; text-transform: uppercase; letter-spacing: 1pt; }
.cand { position: absolute; left: 22mm; bottom: 18mm; font-size: 8.5pt; color: #666; }
""",
        """<div class="sheet"><div class="top"></div>
<div class="left"><div class="n">Beatriz Okonjo-Halvorsen</div>
<div class="l">has successfully completed the AWS Certification requirements and has achieved
their:</div>
<div class="cert">AWS Certified Solutions Architect – Associate</div></div>
<svg class="badge" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg">
<polygon points="50,3 93,27 93,73 50,97 7,73 7,27" fill="#232f3e"/>
<polygon points="50,12 85,32 85,68 50,88 15,68 15,32" fill="none" stroke="#ff9900"
stroke-width="2"/></svg>
<div class="meta"><div><b>Issue Date</b>Mar 21, 2024</div>
<div><b>Expiration Date</b>Mar 21, 2027</div>
<div><b>Validation Number</b>4XWQ7HK2J1E41ZS9</div>
<div><b>Validate at</b>http://aws.amazon.com/verification</div></div>
<div class="cand">Candidate ID: AWS02847731</div></div>""",
    ),
    "AWS certification: issue and expiration dates (only issue date counts); 'Validation "
    "Number' is the code, Candidate ID is a decoy; hexagon badge as SVG",
)

_add(
    "h6-ms-azure",
    "foreign",
    Expected(
        course_name="Microsoft Certified: Azure Network Engineer Associate",
        start_date=None,
        end_date="2023-10-08",
        validation_code="F8E3A1-2B4C9D",
        learner_name="Halvard Ekström-Nwosu",
        issuer=None,
        needs_review=False,
    ),
    "Certification - Microsoft Certified Azure Network Engineer Associate.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.sq { position: absolute; left: 22mm; top: 22mm; width: 14mm; height: 14mm; }
.sq i { position: absolute; width: 6.5mm; height: 6.5mm; }
.ms { position: absolute; left: 40mm; top: 24mm; font: 16pt 'DejaVu Sans'; color: #737373; }
.c { position: absolute; left: 22mm; right: 22mm; text-align: center; }
.n { top: 58mm; font: 30pt 'DejaVu Sans'; }
.l { top: 78mm; font-size: 11pt; color: #505050; }
.t { top: 90mm; font: bold 22pt 'DejaVu Sans'; color: #0078d4; }
.facts { position: absolute; left: 22mm; right: 22mm; bottom: 26mm; display: flex;
         justify-content: space-around; font-size: 9.5pt; color: #505050; text-align: center; }
.facts b { display: block; color: #1b1b1b; font-size: 11pt; margin-top: 1mm; }
.tiny { position: absolute; left: 22mm; right: 22mm; bottom: 12mm; text-align: center;
        font-size: 7.5pt; color: #888; }
""",
        """<div class="sheet">
<div class="sq"><i style="left:0;top:0;background:#f25022"></i>
<i style="left:7.5mm;top:0;background:#7fba00"></i>
<i style="left:0;top:7.5mm;background:#00a4ef"></i>
<i style="left:7.5mm;top:7.5mm;background:#ffb900"></i></div>
<div class="ms">Microsoft</div>
<div class="c n">Halvard Ekström-Nwosu</div>
<div class="c l">has successfully completed the requirements to be recognized as a</div>
<div class="c t">Microsoft Certified: Azure Network Engineer Associate</div>
<div class="facts">
<div>Date achieved<b>October 8, 2023</b></div>
<div>Valid until<b>October 8, 2024</b></div>
<div>Certification number<b>F8E3A1-2B4C9D</b></div>
<div>Microsoft Certification ID<b>993412577</b></div></div>
<div class="tiny">Passed exam AZ-700: Designing and Implementing Microsoft Azure Networking
Solutions</div></div>""",
    ),
    "Microsoft certification: 'Valid until' decoy date; MCID 993412577 and exam AZ-700 decoys "
    "beside the certification number; label above value",
)

_add(
    "h6-fortinet-fcp",
    "foreign",
    Expected(
        course_name="Fortinet Certified Professional – Network Security",
        start_date=None,
        end_date="2024-01-15",
        validation_code="7KJ3XQ9M2L",
        learner_name="Eitan Bar-Lev Montoya",
        issuer=None,
        needs_review=False,
    ),
    "Fortinet_Certification_FCP_Network_Security.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.red { position: absolute; left: 0; top: 0; width: 16mm; height: 209mm; background: #da291c; }
.b { position: absolute; left: 30mm; top: 18mm; font: bold 22pt 'DejaVu Sans';
     letter-spacing: 2pt; }
.b small { display: block; font: 9pt 'DejaVu Sans'; letter-spacing: 1.5pt; color: #666; }
.k { position: absolute; left: 30mm; top: 48mm; font: 15pt 'DejaVu Serif'; color: #da291c;
     text-transform: uppercase; letter-spacing: 2pt; }
.body { position: absolute; left: 30mm; top: 64mm; width: 230mm; line-height: 1.5; }
.n { font: bold 26pt 'DejaVu Serif'; margin: 1mm 0 4mm; }
.t { font: bold 19pt 'DejaVu Sans'; margin: 1mm 0 3mm; }
.ex { font-size: 10pt; color: #444; }
table.kv { position: absolute; left: 30mm; bottom: 20mm; font-size: 9.5pt; }
table.kv td { padding: 0.8mm 6mm 0.8mm 0; } table.kv td:first-child { color: #666; }
""",
        """<div class="sheet"><div class="red"></div>
<div class="b">FORTINET<small>TRAINING INSTITUTE</small></div>
<div class="k">Certificate of Achievement</div>
<div class="body">This certifies that
<div class="n">Eitan Bar-Lev Montoya</div>has achieved the certification
<div class="t">Fortinet Certified Professional – Network Security</div>
<div class="ex">by passing: FCP - FortiGate 7.4 Administrator and FCP - FortiManager 7.4
Administrator</div></div>
<table class="kv">
<tr><td>Date of achievement</td><td>15 January 2024</td></tr>
<tr><td>Valid through</td><td>15 January 2026</td></tr>
<tr><td>Certification Validation Number</td><td>7KJ3XQ9M2L</td></tr>
<tr><td>Validate at</td><td>https://training.fortinet.com/certifications/validate</td></tr>
</table></div>""",
    ),
    "Fortinet: passed exam names as decoy titles; 'Valid through' decoy date; "
    "'Certification Validation Number' label",
)

_add(
    "h6-redhat-rhcsa",
    "foreign",
    Expected(
        course_name="Red Hat Certified System Administrator",
        start_date=None,
        end_date="2024-03-04",
        validation_code="230-118-492",
        learner_name="Kaveh Rostami-Lindqvist",
        issuer=None,
        needs_review=False,
    ),
    "RHCSA_certificate_230-118-492.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.hat { position: absolute; left: 24mm; top: 18mm; font: bold 22pt 'DejaVu Sans'; color: #e00; }
.c { position: absolute; left: 24mm; right: 24mm; text-align: center; }
.l1 { top: 48mm; font-size: 11pt; color: #444; }
.n { top: 58mm; font: bold 28pt 'DejaVu Serif'; }
.l2 { top: 78mm; font-size: 11pt; color: #444; line-height: 1.5; }
.t { top: 96mm; font: bold 22pt 'DejaVu Sans'; text-transform: uppercase; letter-spacing: 1pt; }
.row { position: absolute; left: 24mm; right: 24mm; top: 136mm; display: flex;
       justify-content: space-between; font-size: 10pt; }
.row b { font-weight: normal; color: #666; margin-right: 2mm; }
.v { position: absolute; left: 24mm; right: 24mm; bottom: 16mm; text-align: center;
     font-size: 8.5pt; color: #666; }
""",
        """<div class="sheet">
<div class="hat">Red Hat</div>
<div class="c l1">This is to certify that</div>
<div class="c n">Kaveh Rostami-Lindqvist</div>
<div class="c l2">has successfully passed the performance-based exam EX200 and has been
awarded the credential</div>
<div class="c t">Red Hat Certified System Administrator</div>
<div class="row"><span><b>Date:</b>03/04/2024</span>
<span><b>Current through:</b>03/31/2027</span>
<span><b>Cert ID:</b>230-118-492</span></div>
<div class="v">Verify at https://rhtapps.redhat.com/verify?certId=230-118-492</div></div>""",
    ),
    "'Date: 03/04/2024' whose month-first order is settled by 'Current through: 03/31/2027'; "
    "exam EX200 decoy; uppercase via CSS; code also in verify URL and file name",
)


_add(
    "h6-juniper-grid",
    "foreign",
    Expected(
        course_name="Juniper Networks Certified Associate, Junos (JNCIA-Junos)",
        start_date=None,
        end_date="2024-02-20",
        validation_code="JPR-7F4H9Q2",
        learner_name="Ji-woo Park-Sørensen",
        issuer=None,
        needs_review=False,
    ),
    "JNCIA-Junos_certificate.pdf",
    _doc(
        _LANDSCAPE
        + """
.g { display: grid; width: 297mm; height: 209mm; padding: 20mm 24mm;
     grid-template-columns: 1fr 1fr;
     grid-template-rows: 22mm 16mm 34mm 30mm 1fr 26mm;
     grid-template-areas: "head head" "kick kick" "title title" "name name" "x x" "dates code"; }
.code { grid-area: code; text-align: right; font-size: 9.5pt; align-self: end; line-height: 1.6; }
.dates { grid-area: dates; font-size: 9.5pt; align-self: end; line-height: 1.6; }
.name { grid-area: name; font: bold 24pt 'DejaVu Serif'; }
.name small { display: block; font: 10pt 'DejaVu Sans'; color: #555; margin-bottom: 2mm; }
.title { grid-area: title; font: bold 21pt 'DejaVu Sans'; color: #0b3a5b; line-height: 1.25; }
.kick { grid-area: kick; font-size: 11pt; letter-spacing: 2pt; text-transform: uppercase;
        color: #84b135; }
.head { grid-area: head; font: bold 20pt 'DejaVu Sans'; }
""",
        """<div class="g">
<div class="code">Certification Number: JPR-7F4H9Q2<br>Exam: JN0-105</div>
<div class="dates">Certified since: 2024-02-20<br>Expiration: 2027-02-20</div>
<div class="name"><small>awarded to</small>Ji-woo Park-Sørensen</div>
<div class="title">Juniper Networks Certified Associate, Junos (JNCIA-Junos)</div>
<div class="kick">Juniper Networks Certification Program</div>
<div class="head">JUNIPER NETWORKS</div></div>""",
    ),
    "CSS grid with template areas: source (text-layer) order is code, dates, name, title, "
    "heading, reversed from the reading order; exam JN0-105 and expiration decoys",
)

_add(
    "h6-univ-letter",
    "foreign",
    Expected(
        course_name="Advanced Routing and Switching for Campus Networks: Design, "
        "Implementation and Troubleshooting (Module III)",
        start_date="2025-05-21",
        end_date="2025-06-18",
        validation_code=None,
        learner_name="Łucja Żebrowska-Kołodziej",
        issuer=None,
        needs_review=False,
        printed_credits=(48, "hours"),
    ),
    "confirmation_letter_CE-NET-311.pdf",
    _doc(
        """
@page { size: A4 portrait; margin: 22mm 24mm 20mm;
  @bottom-center { content: "Baltic University of Technology · Centre for Continuing Education ·"
                   " ul. Nadbrzeżna 14, 80-000 Gdańsk"; font: 7.5pt 'DejaVu Sans';
                   color: #777; } }
body { font: 10.5pt/1.55 'DejaVu Serif'; }
.lh { border-bottom: 0.8pt solid #1e3a5f; padding-bottom: 3mm; margin-bottom: 8mm; }
.lh b { font: bold 15pt 'DejaVu Sans'; color: #1e3a5f; display: block; }
.lh span { font: 9pt 'DejaVu Sans'; color: #555; }
.place { text-align: right; margin-bottom: 8mm; }
.addr { margin-bottom: 10mm; }
p { margin: 0 0 4mm; text-align: justify; }
.sig { margin-top: 14mm; }
""",
        """<div class="lh"><b>Baltic University of Technology</b>
<span>Centre for Continuing Education</span></div>
<div class="place">Gdańsk, 2 July 2025</div>
<div class="addr">Ms Łucja Żebrowska-Kołodziej<br>ul. Lipowa 7/3<br>81-000 Gdynia</div>
<p>Dear Ms Żebrowska-Kołodziej,</p>
<p>This letter confirms that you have successfully completed the course “Advanced Routing and
Switching for Campus Networks: Design, Implementation and Troubleshooting (Module III)”, which
ran 21 May - 18 Jun 2025 and comprised 48 contact hours of lectures and laboratory work.</p>
<p>Your final assessment grade was 4.5 (good plus). For your records: enrolment no. 2025/0712,
course code CE-NET-311.</p>
<p>We congratulate you on this achievement and hope to welcome you again at one of our
continuing education programmes.</p>
<div class="sig">Yours sincerely,<br><br>dr inż. Tadeusz Wilkoń<br>Head of the Centre for
Continuing Education</div>""",
    ),
    "letter: quoted title with colon and parentheses wraps inside a justified sentence; range "
    "'21 May - 18 Jun 2025'; letter date decoy; enrolment number and course code decoys; "
    "contact hours",
)

_add(
    "h6-conf-fr",
    "foreign",
    Expected(
        course_name="Journées Francophones de la Sécurité des Réseaux 2023",
        start_date="2023-11-14",
        end_date="2023-11-16",
        validation_code="JFSR23-0457",
        learner_name="Gaëlle Lefèvre-Dubois",
        issuer=None,
        needs_review=False,
        printed_credits=(18, "hours"),
    ),
    "attestation_presence_JFSR2023.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.band { position: absolute; left: 0; top: 0; width: 297mm; height: 40mm; background: #1f2a5a;
        color: #fff; padding: 10mm 24mm; }
.band .e { font: bold 17pt 'DejaVu Sans'; line-height: 1.3; }
.band .y { font-size: 10pt; color: #c7cff5; }
h1 { position: absolute; left: 24mm; top: 52mm; margin: 0; font: 30pt 'DejaVu Serif';
     color: #1f2a5a; font-variant: small-caps; }
.txt { position: absolute; left: 24mm; top: 78mm; width: 240mm; font: 13pt/1.7 'DejaVu Serif'; }
.facts { position: absolute; left: 24mm; top: 128mm; font-size: 10.5pt; line-height: 1.7; }
.sig { position: absolute; right: 24mm; bottom: 20mm; text-align: right; font-size: 10pt; }
""",
        """<div class="sheet">
<div class="band"><div class="e">Journées Francophones de la Sécurité des Réseaux 2023</div>
<div class="y">Lyon · Centre de Congrès</div></div>
<h1>Attestation de présence</h1>
<div class="txt">Nous soussignés, comité d'organisation, attestons que
<b>Mme Gaëlle Lefèvre-Dubois</b> a participé aux Journées Francophones de la Sécurité des
Réseaux 2023, qui se sont tenues du 14 au 16 novembre 2023 à Lyon.</div>
<div class="facts">Durée : 18 heures<br>N° d'attestation : JFSR23-0457</div>
<div class="sig">Fait à Lyon, le 17 novembre 2023<br><br>Pour le comité d'organisation<br>
Hélène Marchetti-Roux</div></div>""",
        lang="fr",
    ),
    "French conference attestation: 'du 14 au 16 novembre 2023' inside a sentence; name after "
    "'Mme' inside the sentence; 'Fait à Lyon, le 17 novembre 2023' decoy; small-caps heading",
)

_add(
    "h6-centre-de",
    "foreign",
    Expected(
        course_name="Netzwerktechnik kompakt: Routing, Switching und WLAN im Unternehmen",
        start_date="2023-09-04",
        end_date="2023-09-08",
        validation_code="NTB-2309-114",
        learner_name="Annegret Müller-Schönfeld",
        issuer=None,
        needs_review=False,
        printed_credits=(40, "hours"),
    ),
    "Teilnahmebescheinigung_Mueller-Schoenfeld.pdf",
    _doc(
        _PORTRAIT
        + _SHEET_P
        + """
.pad { position: absolute; left: 25mm; top: 22mm; width: 160mm; }
.logo { font: bold 13pt 'DejaVu Sans'; color: #7a1e2c; }
.logo small { display: block; font: 8pt 'DejaVu Sans'; color: #666; }
h1 { font: bold 26pt 'DejaVu Sans'; margin: 24mm 0 12mm; letter-spacing: 1pt; }
p { font: 11.5pt/1.7 'DejaVu Serif'; margin: 0 0 5mm; }
.t { font: bold 15pt/1.35 'DejaVu Sans'; margin: 2mm 0 5mm; }
table { font-size: 10pt; margin-top: 8mm; } td { padding: 0.8mm 6mm 0.8mm 0; }
.foot { position: absolute; left: 25mm; bottom: 24mm; font-size: 9.5pt; }
""",
        """<div class="sheet"><div class="pad">
<div class="logo">Netzwerk-Trainingszentrum Franken GmbH
<small>Schulungen · Zertifizierungen · Beratung</small></div>
<h1>Teilnahmebescheinigung</h1>
<p>Frau <b>Annegret Müller-Schönfeld</b>, geboren am 04.07.1988 in Würzburg, hat vom 4. bis
8. September 2023 an dem Seminar</p>
<div class="t">Netzwerktechnik kompakt: Routing, Switching und WLAN im Unternehmen</div>
<p>teilgenommen.</p>
<table><tr><td>Dauer:</td><td>40 Stunden (5 Tage)</td></tr>
<tr><td>Kundennummer:</td><td>K-004471</td></tr>
<tr><td>Bescheinigungs-Nr.:</td><td>NTB-2309-114</td></tr></table></div>
<div class="foot">Nürnberg, 11.09.2023<br><br>Dipl.-Ing. Konrad Teubner, Schulungsleitung</div>
</div>""",
        lang="de",
    ),
    "German training centre: date of birth decoy; 'vom 4. bis 8. September 2023' range split "
    "over lines; customer number decoy; issue date 11.09.2023 decoy",
)

_add(
    "h6-tr",
    "foreign",
    Expected(
        course_name="Ağ Güvenliği ve Sızma Testi Temelleri",
        start_date=None,
        end_date="2024-03-15",
        validation_code="TR-2024-00817",
        learner_name="İlkay Işıkdağ",
        issuer=None,
        needs_review=False,
    ),
    "sertifika_TR-2024-00817.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.fr { position: absolute; left: 12mm; top: 12mm; right: 12mm; bottom: 12mm;
      border: 1.5mm solid #b0122b; }
.c { position: absolute; left: 25mm; right: 25mm; text-align: center; }
.a { top: 22mm; font: bold 12pt 'DejaVu Sans'; color: #b0122b; letter-spacing: 2pt; }
.h { top: 36mm; font: bold 30pt 'DejaVu Serif'; text-transform: uppercase; letter-spacing: 3pt; }
.n { top: 66mm; font: bold 26pt 'DejaVu Serif'; }
.t1 { top: 86mm; font-size: 12pt; color: #444; }
.t { top: 96mm; font: bold 19pt 'DejaVu Sans'; }
.t2 { top: 112mm; font-size: 12pt; color: #444; }
.row { position: absolute; left: 30mm; right: 30mm; bottom: 24mm; display: flex;
       justify-content: space-between; font-size: 10pt; }
""",
        """<div class="sheet"><div class="fr"></div>
<div class="c a">KUZEY SİBER AKADEMİ</div>
<div class="c h">Katılım Sertifikası</div>
<div class="c n">İlkay Işıkdağ</div>
<div class="c t1">15 Mart 2024 tarihinde</div>
<div class="c t">Ağ Güvenliği ve Sızma Testi Temelleri</div>
<div class="c t2">eğitimini başarıyla tamamlamıştır.</div>
<div class="row"><span>Eğitmen: Barış Çelikkaya</span>
<span>Sertifika No: TR-2024-00817</span></div></div>""",
        lang="tr",
    ),
    "Turkish: dotted İ and dotless ı in name and title; heading uppercased by CSS with lang=tr "
    "(KATILIM SERTİFİKASI) larger than the title; '15 Mart 2024'; instructor decoy",
)

_add(
    "h6-gr",
    "foreign",
    Expected(
        course_name="Διαχείριση και Ασφάλεια Δικτύων Επιχειρήσεων",
        start_date="2024-04-10",
        end_date="2024-04-14",
        validation_code="0318/2024",
        learner_name="Ευάγγελος Παπαδημητρίου",
        issuer=None,
        needs_review=False,
    ),
    "bebaiosi_0318_2024.pdf",
    _doc(
        _PORTRAIT
        + _SHEET_P
        + """
.pad { position: absolute; left: 24mm; top: 26mm; width: 162mm; text-align: center; }
.org { font: bold 12pt 'DejaVu Sans'; color: #0d5eaf; }
h1 { font: bold 22pt 'DejaVu Serif'; margin: 26mm 0 14mm; letter-spacing: 2pt; }
.l { font: 12pt 'DejaVu Serif'; color: #333; margin: 4mm 0; }
.n { font: bold 21pt 'DejaVu Serif'; margin: 4mm 0; }
.t { font: bold 17pt/1.35 'DejaVu Sans'; margin: 4mm 0; }
.foot { position: absolute; left: 24mm; right: 24mm; bottom: 30mm; font-size: 10pt;
        display: flex; justify-content: space-between; }
""",
        """<div class="sheet"><div class="pad">
<div class="org">ΚΕΝΤΡΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΚΑΤΑΡΤΙΣΗΣ «ΔΙΚΤΥΟΝ»</div>
<h1>ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</h1>
<div class="l">Βεβαιώνεται ότι ο</div>
<div class="n">Ευάγγελος Παπαδημητρίου</div>
<div class="l">παρακολούθησε με επιτυχία το πρόγραμμα κατάρτισης</div>
<div class="t">Διαχείριση και Ασφάλεια Δικτύων Επιχειρήσεων</div>
<div class="l">που πραγματοποιήθηκε από 10 έως 14 Απριλίου 2024.</div></div>
<div class="foot"><span>Αρ. Βεβαίωσης: 0318/2024</span><span>Αθήνα, 15 Απριλίου 2024</span></div>
</div>""",
        lang="el",
    ),
    "Greek: name, title and genitive month 'Απριλίου' in a range; place+date decoy; code with "
    "slash; heading larger than the title",
)

_add(
    "h6-ru",
    "foreign",
    Expected(
        course_name="Администрирование сетей на базе оборудования Cisco",
        start_date="2024-03-03",
        end_date="2024-03-07",
        validation_code="24/0317",
        learner_name="Кузнецова Дарья Андреевна",
        issuer=None,
        needs_review=False,
    ),
    "sertifikat.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.side { position: absolute; right: 0; top: 0; width: 70mm; height: 209mm; background: #1b3b6f;
        color: #fff; padding: 20mm 9mm; font-size: 9.5pt; line-height: 1.6; }
.side b { display: block; font-size: 13pt; margin-bottom: 6mm; }
.main { position: absolute; left: 24mm; top: 24mm; width: 180mm; }
h1 { font: bold 34pt 'DejaVu Serif'; letter-spacing: 5pt; margin: 0 0 10mm; color: #1b3b6f; }
.l { font-size: 12pt; color: #444; margin: 3mm 0; }
.n { font: bold 23pt 'DejaVu Serif'; margin: 3mm 0 5mm; }
.t { font: bold 17pt/1.35 'DejaVu Sans'; margin: 3mm 0 5mm; }
""",
        """<div class="sheet">
<div class="side"><b>Учебный центр «СетьПро»</b>Рег. № 24/0317<br>
Дата выдачи: 11 марта 2024 г.<br><br>г. Екатеринбург</div>
<div class="main"><h1>СЕРТИФИКАТ</h1>
<div class="l">Настоящий сертификат подтверждает, что</div>
<div class="n">Кузнецова Дарья Андреевна</div>
<div class="l">с 3 по 7 марта 2024 г. прошла обучение по программе</div>
<div class="t">«Администрирование сетей на базе оборудования Cisco»</div>
</div></div>""",
        lang="ru",
    ),
    "Russian: surname-first full name; title inside «»; 'с 3 по 7 марта 2024 г.' range; issue "
    "date decoy; code 'Рег. №' in a side panel placed first in source",
)

_add(
    "h6-vi",
    "foreign",
    Expected(
        course_name="Quản trị mạng doanh nghiệp với Cisco",
        start_date="2024-03-04",
        end_date="2024-03-15",
        validation_code="VNT-24-0391",
        learner_name="Nguyễn Thị Thu Hà",
        issuer=None,
        needs_review=False,
    ),
    "giay_chung_nhan_VNT-24-0391.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.fr { position: absolute; left: 10mm; top: 10mm; right: 10mm; bottom: 10mm;
      border: 1mm solid #c8102e; outline: 0.4mm solid #c8102e; outline-offset: 1.5mm; }
.c { position: absolute; left: 25mm; right: 25mm; text-align: center; }
.org { top: 20mm; font: bold 11pt 'DejaVu Sans'; }
.h { top: 34mm; font: bold 30pt 'DejaVu Serif'; color: #c8102e; }
.h2 { top: 52mm; font: bold 14pt 'DejaVu Sans'; letter-spacing: 1pt; }
.body { position: absolute; left: 45mm; top: 72mm; width: 210mm; font: 12.5pt/1.9 'DejaVu Serif'; }
.foot { position: absolute; left: 45mm; right: 30mm; bottom: 22mm; display: flex;
        justify-content: space-between; font-size: 10pt; }
""",
        """<div class="sheet"><div class="fr"></div>
<div class="c org">TRUNG TÂM ĐÀO TẠO MẠNG VIỆT NAM</div>
<div class="c h">GIẤY CHỨNG NHẬN</div>
<div class="c h2">HOÀN THÀNH KHÓA HỌC</div>
<div class="body">Chứng nhận Bà: <b>Nguyễn Thị Thu Hà</b><br>
Ngày sinh: 09/11/1995<br>
Đã hoàn thành khóa học: <b>Quản trị mạng doanh nghiệp với Cisco</b><br>
Thời gian: từ ngày 04/03/2024 đến ngày 15/03/2024</div>
<div class="foot"><span>Số hiệu: VNT-24-0391</span>
<span>Hà Nội, ngày 18 tháng 3 năm 2024</span></div></div>""",
        lang="vi",
    ),
    "Vietnamese: value right of label; date of birth decoy; dd/mm range settled by 15/03; "
    "'ngày 18 tháng 3 năm 2024' issue date decoy",
)

_add(
    "h6-pt-br",
    "foreign",
    Expected(
        course_name="Segurança em Redes: Fundamentos, Firewalls e Detecção de Intrusão",
        start_date="2024-03-04",
        end_date="2024-03-08",
        validation_code="8F2A-91C3-77DE",
        learner_name="João Guilherme Conceição Araújo",
        issuer=None,
        needs_review=False,
        printed_credits=(40, "hours"),
    ),
    "3f9c1e52-8a7b-4d06-b2e4-91c0d5a7f368.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.left { position: absolute; left: 0; top: 0; width: 20mm; height: 209mm;
        background: repeating-linear-gradient(45deg, #009c3b 0 4mm, #ffdf00 4mm 8mm); }
.c { position: absolute; left: 36mm; right: 22mm; }
.org { top: 20mm; font: bold 12pt 'DejaVu Sans'; color: #004d1f; }
.h { top: 34mm; font: bold 28pt 'DejaVu Sans'; letter-spacing: 4pt; }
.body { top: 62mm; font: 13.5pt/1.8 'DejaVu Serif'; text-align: justify; }
.ver { bottom: 18mm; font-size: 9pt; color: #333; line-height: 1.6; }
""",
        """<div class="sheet"><div class="left"></div>
<div class="c org">Instituto Paulista de Tecnologia em Redes</div>
<div class="c h">CERTIFICADO DE CONCLUSÃO</div>
<div class="c body">Certificamos que <b>João Guilherme Conceição Araújo</b> concluiu o curso
<b>Segurança em Redes: Fundamentos, Firewalls e Detecção de Intrusão</b>, realizado de 4 a 8 de
março de 2024, na modalidade presencial, com carga horária de 40 horas.</div>
<div class="c ver">Código de verificação: 8F2A-91C3-77DE<br>
Valide em https://certificados.iptr-edu.com.br/validar/8F2A-91C3-77DE</div></div>""",
        lang="pt-BR",
    ),
    "Brazilian Portuguese: name, title, range and hours all inside one justified sentence; "
    "'de 4 a 8 de março de 2024'; code label and validation URL; UUID file name",
)

_add(
    "h6-it",
    "foreign",
    Expected(
        course_name="Progettazione di reti wireless aziendali",
        start_date=None,
        end_date="2024-05-10",
        validation_code="ATT-2024-05-1042",
        learner_name="Ludovica Sant'Angelo",
        issuer=None,
        needs_review=False,
    ),
    "attestato.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.c { position: absolute; left: 30mm; right: 30mm; text-align: center; }
.org { top: 18mm; font: bold 13pt 'DejaVu Serif'; color: #00573f; }
.h { top: 36mm; font: 30pt 'DejaVu Serif'; letter-spacing: 3pt; color: #00573f; }
.l { font: italic 12pt 'DejaVu Serif'; color: #444; }
.n { font: bold 25pt 'DejaVu Serif'; }
.t { font: bold 19pt 'DejaVu Sans'; }
.foot { position: absolute; left: 30mm; right: 30mm; bottom: 18mm; display: flex;
        justify-content: space-between; font-size: 9.5pt; }
""",
        """<div class="sheet">
<div class="c org">Accademia Reti &amp; Sistemi · Milano</div>
<div class="c h">ATTESTATO DI PARTECIPAZIONE</div>
<div class="c l" style="top:62mm">Si attesta che</div>
<div class="c n" style="top:72mm">Ludovica Sant'Angelo</div>
<div class="c l" style="top:90mm">nata a Bari il 02/09/1990, ha partecipato al corso</div>
<div class="c t" style="top:102mm">Progettazione di reti wireless aziendali</div>
<div class="c l" style="top:118mm">svoltosi il 10 maggio 2024 presso la sede di Milano</div>
<div class="foot"><span>Codice attestato: ATT-2024-05-1042</span>
<span>Il Direttore didattico — Ing. Fabrizio Lanzillotta</span></div></div>""",
        lang="it",
    ),
    "Italian: date of birth 02/09/1990 decoy in the sentence; '10 maggio 2024'; apostrophe "
    "in the surname",
)

_add(
    "h6-nl",
    "foreign",
    Expected(
        course_name="Linux Systeembeheer voor Netwerkbeheerders",
        start_date=None,
        end_date="2023-10-03",
        validation_code="NL-LSB-23-0871",
        learner_name="Sanne van der Heijden-Oudshoorn",
        issuer=None,
        needs_review=False,
    ),
    "Certificaat_Linux_Systeembeheer.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.top { position: absolute; left: 0; top: 0; width: 297mm; height: 28mm; background: #ff6200;
       color: #fff; padding: 8mm 22mm; font: bold 16pt 'DejaVu Sans'; }
.body { position: absolute; left: 22mm; top: 44mm; width: 250mm; }
h1 { font: bold 32pt 'DejaVu Sans'; margin: 0 0 8mm; letter-spacing: 6pt; }
.l { font-size: 12pt; color: #444; margin: 2mm 0; }
.n { font: bold 22pt 'DejaVu Serif'; margin: 2mm 0 4mm; }
.t { font: bold 18pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.kv { position: absolute; right: 22mm; bottom: 18mm; font-size: 9.5pt; text-align: right;
      line-height: 1.7; }
""",
        """<div class="sheet"><div class="top">Oranjedijk Opleidingen</div>
<div class="body"><h1>CERTIFICAAT</h1>
<div class="l">Hierbij verklaren wij dat</div>
<div class="n">Sanne van der Heijden-Oudshoorn</div>
<div class="l">met goed gevolg de training</div>
<div class="t">Linux Systeembeheer voor Netwerkbeheerders</div>
<div class="l">heeft afgerond op 3 oktober 2023.</div></div>
<div class="kv">Certificaatnummer: NL-LSB-23-0871<br>Geldig tot: 3 oktober 2026</div>
</div>""",
        lang="nl",
    ),
    "Dutch: 'afgerond op 3 oktober 2023'; 'Geldig tot' expiry decoy; tussenvoegsel surname",
)

_add(
    "h6-pl",
    "foreign",
    Expected(
        course_name="Bezpieczeństwo sieci komputerowych – poziom zaawansowany",
        start_date="2023-11-21",
        end_date="2023-11-23",
        validation_code="117/2023/BSK",
        learner_name="Grzegorz Łęcki-Wróbel",
        issuer=None,
        needs_review=False,
    ),
    "zaswiadczenie_117_2023.pdf",
    _doc(
        _PORTRAIT
        + _SHEET_P
        + """
.pad { position: absolute; left: 24mm; top: 24mm; width: 162mm; text-align: center; }
.org { font: bold 12pt 'DejaVu Sans'; color: #c4002f; }
.org small { display: block; font: 8.5pt 'DejaVu Sans'; color: #555; }
h1 { font: bold 28pt 'DejaVu Serif'; letter-spacing: 3pt; margin: 22mm 0 2mm; }
.h2 { font: 14pt 'DejaVu Serif'; margin-bottom: 16mm; }
.l { font: 12pt/1.6 'DejaVu Serif'; margin: 3mm 0; }
.n { font: bold 21pt 'DejaVu Serif'; margin: 3mm 0; }
.t { font: bold 16pt/1.35 'DejaVu Sans'; margin: 4mm 0; }
.nr { position: absolute; left: 24mm; top: 14mm; font-size: 9pt; }
.foot { position: absolute; left: 24mm; right: 24mm; bottom: 28mm; font-size: 10pt;
        display: flex; justify-content: space-between; }
""",
        """<div class="sheet">
<div class="nr">Nr zaświadczenia: 117/2023/BSK</div>
<div class="pad"><div class="org">Mazowieckie Centrum Szkoleń Sieciowych
<small>ul. Grzybowska 80, 00-844 Warszawa</small></div>
<h1>ZAŚWIADCZENIE</h1><div class="h2">o ukończeniu szkolenia</div>
<div class="l">Pan</div>
<div class="n">Grzegorz Łęcki-Wróbel</div>
<div class="l">ukończył w dniach 21–23 listopada 2023 r. szkolenie</div>
<div class="t">„Bezpieczeństwo sieci komputerowych – poziom zaawansowany”</div></div>
<div class="foot"><span>Warszawa, 24 listopada 2023 r.</span>
<span>Kierownik szkolenia<br>mgr inż. Bożena Kwiatkowska</span></div></div>""",
        lang="pl",
    ),
    "Polish: genitive month range 'w dniach 21–23 listopada 2023 r.'; title in „” quotes with "
    "en dash; place+date decoy; code at the very top",
)

_add(
    "h6-form-field",
    "foreign",
    Expected(
        course_name="Structured Cabling Installer: Copper and Fiber (Level 1)",
        start_date=None,
        end_date="2024-04-26",
        validation_code="LPTC-24-0426-017",
        learner_name="Dagny Oyelowo-Brandt",
        issuer=None,
        needs_review=False,
        printed_credits=(2.4, "CEU"),
    ),
    "LPTC_Certificate_of_Completion_fillable.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.fr { position: absolute; left: 12mm; top: 12mm; right: 12mm; bottom: 12mm;
      border: 0.8mm solid #2e5e4e; }
.c { position: absolute; left: 25mm; right: 25mm; text-align: center; }
.org { top: 22mm; font: bold 13pt 'DejaVu Sans'; color: #2e5e4e; }
.h { top: 36mm; font: 30pt 'DejaVu Serif'; }
.l { font-size: 12pt; color: #444; }
.field { top: 70mm; left: 73mm; right: 73mm; }
input.name { appearance: auto; width: 125mm; height: 13mm; font: bold 20pt 'DejaVu Serif';
             text-align: center; border: none; border-bottom: 0.5pt solid #444; }
.t { top: 102mm; font: bold 18pt 'DejaVu Sans'; }
.facts { position: absolute; left: 40mm; right: 40mm; bottom: 28mm; display: flex;
         justify-content: space-between; font-size: 10pt; }
""",
        """<div class="sheet"><div class="fr"></div>
<div class="c org">Lakeshore Professional Training Center</div>
<div class="c h">Certificate of Completion</div>
<div class="c l" style="top:60mm">This certifies that</div>
<div class="c field"><input class="name" type="text" name="ParticipantName"
value="Dagny Oyelowo-Brandt"></div>
<div class="c l" style="top:92mm">has completed</div>
<div class="c t">Structured Cabling Installer: Copper and Fiber (Level 1)</div>
<div class="facts"><span>Completion date: April 26, 2024</span><span>CEUs awarded: 2.4</span>
<span>Certificate #: LPTC-24-0426-017</span></div></div>""",
    ),
    "fillable template: the learner name exists only as an AcroForm text field value "
    "(/V and its widget appearance), not in the page's own text; CEUs",
    forms=True,
)

_add(
    "h6-shadow-title",
    "foreign",
    Expected(
        course_name="Automating Network Operations with Python and Ansible",
        start_date=None,
        end_date="2024-01-17",
        validation_code="KTA-PY-24-0312",
        learner_name="Oksana Hrytsenko-Ballard",
        issuer=None,
        needs_review=False,
    ),
    "KestrelTechAcademy_certificate.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.bg { position: absolute; left: 0; top: 0; width: 297mm; height: 209mm; background: #f7f4ec; }
.org { position: absolute; left: 26mm; top: 20mm; font: bold 14pt 'DejaVu Sans';
       color: #8a5a00; letter-spacing: 2pt; }
.h { position: absolute; left: 26mm; top: 36mm; font: 15pt 'DejaVu Serif'; color: #555;
     text-transform: uppercase; letter-spacing: 4pt; }
.tt { position: absolute; left: 26mm; top: 56mm; width: 240mm; height: 40mm; }
.tt div { position: absolute; left: 0; top: 0; width: 240mm; font: bold 26pt/1.2 'DejaVu Serif'; }
.tt .sh { left: 0.4pt; top: 0.4pt; color: #c9b68a; }
.tt .fg { color: #2b2118; }
.l { position: absolute; left: 26mm; top: 104mm; font-size: 11pt; color: #555; }
.n { position: absolute; left: 26mm; top: 112mm; font: bold 22pt 'DejaVu Serif'; }
.foot { position: absolute; left: 26mm; bottom: 20mm; font-size: 10pt; line-height: 1.7; }
""",
        """<div class="sheet"><div class="bg"></div>
<div class="org">KESTREL TECH ACADEMY</div>
<div class="h">Certificate of Completion</div>
<div class="tt"><div class="sh">Automating Network Operations with Python and Ansible</div>
<div class="fg">Automating Network Operations with Python and Ansible</div></div>
<div class="l">awarded to</div>
<div class="n">Oksana Hrytsenko-Ballard</div>
<div class="foot">Date: 17 Jan 2024<br>Credential ID: KTA-PY-24-0312</div></div>""",
    ),
    "title drawn twice (shadow copy 0.4pt off under the real one): every title glyph is "
    "doubled in the text layer; value right of label",
)


def _label_pictures_html() -> str:
    def lab(text: str) -> str:
        return _picture(text, 10, color="#5b6b7b", bold=True)

    return _doc(
        _LANDSCAPE
        + _SHEET
        + """
.org { position: absolute; left: 24mm; top: 20mm; font: bold 15pt 'DejaVu Sans';
       color: #13505b; }
h1 { position: absolute; left: 24mm; top: 34mm; margin: 0; font: 28pt 'DejaVu Serif'; }
table { position: absolute; left: 24mm; top: 66mm; width: 240mm; border-collapse: collapse; }
td { padding: 4mm 3mm; border-bottom: 0.5pt solid #c9d3dc; vertical-align: middle; }
td.k { width: 55mm; }
td.v { font-size: 15pt; }
td.v.big { font: bold 19pt 'DejaVu Sans'; }
""",
        f"""<div class="sheet">
<div class="org">Harbourview IT Training</div>
<h1>Certificate of Completion</h1>
<table>
<tr><td class="k">{lab("Participant")}</td><td class="v">Siobhán Ní Bhriain</td></tr>
<tr><td class="k">{lab("Course")}</td>
<td class="v big">Wireless LAN Troubleshooting with Cisco Catalyst 9800</td></tr>
<tr><td class="k">{lab("Date of completion")}</td><td class="v">3rd of March 2024</td></tr>
<tr><td class="k">{lab("Certificate No.")}</td><td class="v">HIT-2024-0303-55</td></tr>
</table></div>""",
    )


_add(
    "h6-label-pictures",
    "foreign",
    Expected(
        course_name="Wireless LAN Troubleshooting with Cisco Catalyst 9800",
        start_date=None,
        end_date="2024-03-03",
        validation_code="HIT-2024-0303-55",
        learner_name="Siobhán Ní Bhriain",
        issuer=None,
        needs_review=False,
    ),
    "Certificate_HIT_WLAN.pdf",
    _label_pictures_html,
    "every label of the label/value table is a PNG picture; only the values are text; "
    "'3rd of March 2024'",
)

_add(
    "h6-cover-before",
    "foreign",
    Expected(
        course_name="MPLS Fundamentals: LDP, L3VPN and Traffic Engineering",
        start_date="2024-06-06",
        end_date="2024-06-07",
        validation_code="FNA-24-0607-219",
        learner_name="Henrik Olsen-Achebe",
        issuer=None,
        needs_review=False,
    ),
    "Fjordline_certificate_and_invitation.pdf",
    _doc(
        """
@page cover { size: A4 portrait; margin: 24mm; }
@page cert { size: A4 landscape; margin: 0; }
.cover { page: cover; font: 10.5pt/1.6 'DejaVu Serif'; }
.cover .lh { font: bold 15pt 'DejaVu Sans'; color: #0f4c81; margin-bottom: 14mm; }
.cover p { margin: 0 0 4mm; }
.cert { page: cert; position: relative; width: 297mm; height: 209mm; }
.cert .fr { position: absolute; left: 14mm; top: 14mm; right: 14mm; bottom: 14mm;
            border: 0.6mm solid #0f4c81; }
.cert .c { position: absolute; left: 30mm; right: 30mm; text-align: center; }
.cert .org { top: 26mm; font: bold 13pt 'DejaVu Sans'; color: #0f4c81; }
.cert .h { top: 40mm; font: 28pt 'DejaVu Serif'; }
.cert .n { top: 70mm; font: bold 24pt 'DejaVu Serif'; }
.cert .l { font-size: 11.5pt; color: #444; }
.cert .t { top: 100mm; font: bold 18pt 'DejaVu Sans'; }
.cert .foot { position: absolute; left: 30mm; right: 30mm; bottom: 26mm; display: flex;
              justify-content: space-between; font-size: 10pt; }
""",
        """<div class="cover"><div class="lh">Fjordline Network Academy</div>
<p>Bergen, 10 June 2024</p>
<p>Dear Mr Olsen-Achebe,</p>
<p>Thank you for attending our MPLS course last week. Your certificate of completion is on the
next page of this document.</p>
<p>We would also like to invite you to our next course, <b>Advanced BGP Design and Policy
Control</b>, which runs 14–18 October 2024 in Bergen (course code FNA-BGP-402, 35 hours,
certificate of completion included). Early registration closes on 31 August 2024.</p>
<p>Kind regards,<br>Ingrid Solbakken-Maru<br>Course Coordinator</p></div>
<div class="cert"><div class="fr"></div>
<div class="c org">FJORDLINE NETWORK ACADEMY</div>
<div class="c h">Certificate of Completion</div>
<div class="c l" style="top:62mm">This certifies that</div>
<div class="c n">Henrik Olsen-Achebe</div>
<div class="c l" style="top:90mm">has completed the course</div>
<div class="c t">MPLS Fundamentals: LDP, L3VPN and Traffic Engineering</div>
<div class="c l" style="top:116mm">held on 6–7 June 2024 in Bergen</div>
<div class="foot"><span>Certificate ID: FNA-24-0607-219</span>
<span>Ingrid Solbakken-Maru, Course Coordinator</span></div></div>""",
    ),
    "2 pages: portrait cover letter inviting to ANOTHER course (title, dates, course code, "
    "35 hours) before the landscape certificate; '6–7 June 2024'",
)

_add(
    "h6-old-style",
    "foreign",
    Expected(
        course_name="Fundamentals of Structured Cabling and Fibre Optic Termination",
        start_date=None,
        end_date="2023-11-09",
        validation_code="004217",
        learner_name="Rosalind Achterberg",
        issuer=None,
        needs_review=False,
    ),
    "scan0042.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.bg { position: absolute; left: 0; top: 0; width: 297mm; height: 209mm; background: #fbf6e9; }
.fr { position: absolute; left: 11mm; top: 11mm; right: 11mm; bottom: 11mm;
      border: 3mm double #6b4f1d; }
.fr2 { position: absolute; left: 17mm; top: 17mm; right: 17mm; bottom: 17mm;
       border: 0.4mm solid #6b4f1d; }
.c { position: absolute; left: 40mm; right: 40mm; text-align: center;
     font-family: 'DejaVu Serif'; }
.org { top: 25mm; font-size: 15pt; letter-spacing: 3pt; text-transform: uppercase; }
.l { font-style: italic; font-size: 12pt; color: #4a3b20; }
.val { font-size: 19pt; border-bottom: 0.5pt solid #4a3b20; padding-bottom: 0.5mm;
       line-height: 1.3; }
.cap { font-size: 7.5pt; letter-spacing: 1pt; color: #6b5a3a; margin-top: 0.8mm; }
.ser { position: absolute; left: 26mm; bottom: 24mm; font: 9pt 'DejaVu Serif'; }
.sign { position: absolute; right: 30mm; bottom: 24mm; width: 60mm; text-align: center;
        font: 9pt 'DejaVu Serif'; border-top: 0.5pt solid #4a3b20; padding-top: 1mm; }
""",
        """<div class="sheet"><div class="bg"></div><div class="fr"></div><div class="fr2"></div>
<div class="c org">Ashgrove Technical College</div>
<div class="c l" style="top:44mm">This is to certify that</div>
<div class="c" style="top:54mm"><div class="val">Rosalind Achterberg</div>
<div class="cap">name of participant</div></div>
<div class="c l" style="top:76mm">has satisfactorily completed a course of instruction in</div>
<div class="c" style="top:86mm"><div class="val">Fundamentals of Structured Cabling and<br>
Fibre Optic Termination</div><div class="cap">title of course</div></div>
<div class="c l" style="top:122mm">given under our hand this</div>
<div class="c" style="top:131mm;left:90mm;right:90mm"><div class="val">9th of November 2023</div>
<div class="cap">date</div></div>
<div class="ser">Serial No. 004217</div>
<div class="sign">Principal</div></div>""",
    ),
    "old style: values written above a rule with a small caption below; the two-line title has "
    "its caption UNDER it; '9th of November 2023'; serial number",
)

_add(
    "h6-label-box-conf",
    "foreign",
    Expected(
        course_name="Nordic Network Operators Forum 2024",
        start_date="2024-09-23",
        end_date="2024-09-25",
        validation_code="NNOF24-A7K2-QX",
        learner_name="Eero Väänänen-Kristiansen",
        issuer=None,
        needs_review=False,
        printed_credits=(14, "CPE"),
    ),
    "NNOF24_attendance.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.hd { position: absolute; left: 22mm; top: 18mm; font: bold 28pt 'DejaVu Sans'; color: #003b5c; }
.sub { position: absolute; left: 22mm; top: 34mm; font-size: 12pt; color: #5c7080; }
table { position: absolute; left: 22mm; top: 56mm; border-collapse: separate;
        border-spacing: 0 3mm; }
td.k { background: #003b5c; color: #fff; font-size: 9pt; text-transform: uppercase;
       letter-spacing: 1pt; padding: 2.5mm 4mm; width: 55mm; border: 0.5mm solid #003b5c; }
td.v { border: 0.5mm solid #003b5c; border-left: none; padding: 2.5mm 5mm; font-size: 13pt;
       width: 170mm; }
.reg { position: absolute; right: 22mm; bottom: 14mm; font-size: 8pt; color: #777; }
""",
        """<div class="sheet">
<div class="hd">Attendance Certificate</div>
<div class="sub">issued by the NNOF programme committee</div>
<table>
<tr><td class="k">Attendee</td><td class="v">Eero Väänänen-Kristiansen</td></tr>
<tr><td class="k">Event</td><td class="v"><b>Nordic Network Operators Forum 2024</b></td></tr>
<tr><td class="k">Venue</td><td class="v">Clarion Congress Centre, Trondheim</td></tr>
<tr><td class="k">Dates</td><td class="v">23–25 September 2024</td></tr>
<tr><td class="k">CPE credits</td><td class="v">14</td></tr>
<tr><td class="k">Verification code</td><td class="v">NNOF24-A7K2-QX</td></tr></table>
<div class="reg">Registration no. REG-11873</div></div>""",
    ),
    "labels in filled boxes to the left of bordered value boxes; heading larger than the event "
    "name; registration number decoy; CPE credits",
)

# --------------------------------------------------------------------------------------------
# Unknown / odd issuers
# --------------------------------------------------------------------------------------------

_add(
    "h6-huge-page",
    "unknown",
    Expected(
        course_name="Subnetting Without Tears",
        start_date=None,
        end_date="2024-02-29",
        validation_code="GPW-0042-MASTER",
        learner_name="Ptolemy Quackenbush-Ndiaye",
        issuer=None,
        needs_review=False,
    ),
    "certificate-of-mastery.pdf",
    _doc(
        """
@page { size: 1400mm 990mm; margin: 0; }
.sheet { position: relative; width: 1400mm; height: 989mm; overflow: hidden;
         background: #fffbe6; }
.slogan { position: absolute; left: 80mm; top: 60mm; font: bold 190pt 'DejaVu Sans';
          color: #ff7a00; }
.h { position: absolute; left: 80mm; top: 200mm; font: 90pt 'DejaVu Serif';
     letter-spacing: 12pt; }
.l { position: absolute; left: 80mm; font: 44pt 'DejaVu Sans'; color: #555; }
.t { position: absolute; left: 80mm; top: 430mm; font: bold 80pt 'DejaVu Sans'; }
.n { position: absolute; left: 80mm; top: 610mm; font: bold 100pt 'DejaVu Serif'; }
.foot { position: absolute; left: 80mm; bottom: 70mm; font: 36pt/1.6 'DejaVu Sans'; }
""",
        """<div class="sheet">
<div class="slogan">Keep learning!</div>
<div class="h">CERTIFICATE OF MASTERY</div>
<div class="l" style="top:360mm">The Guild of Packet Wranglers proudly declares mastery of</div>
<div class="t">Subnetting Without Tears</div>
<div class="l" style="top:560mm">by the honourable</div>
<div class="n">Ptolemy Quackenbush-Ndiaye</div>
<div class="foot">Wrangled on 29 Feb 2024<br>
Verify at https://guild-of-packet-wranglers.example/verify/GPW-0042-MASTER</div></div>""",
    ),
    "1400 x 990 mm page; 'Keep learning!' slogan printed far larger than the title; odd "
    "wording 'Wrangled on'; leap day; code only in verify URL",
)

_add(
    "h6-badge",
    "unknown",
    Expected(
        course_name="Python for Network Automation – Level 2",
        start_date=None,
        end_date="2024-05-28",
        validation_code="CSH-B2-88410",
        learner_name="Zanele Mthembu-Ferraro",
        issuer=None,
        needs_review=False,
    ),
    "badge_CSH-B2-88410.pdf",
    _doc(
        _PORTRAIT
        + _SHEET_P
        + """
.b { position: absolute; left: 55mm; top: 28mm; width: 100mm; height: 100mm; }
.c { position: absolute; left: 20mm; right: 20mm; text-align: center; }
.t { top: 142mm; font: bold 20pt 'DejaVu Sans'; }
.l { font-size: 11pt; color: #555; }
.n { top: 172mm; font: bold 18pt 'DejaVu Serif'; }
table { position: absolute; left: 45mm; top: 200mm; font-size: 10pt; }
td { padding: 1mm 5mm 1mm 0; } td:first-child { color: #666; }
.foot { bottom: 20mm; font-size: 8pt; color: #888; }
""",
        """<div class="sheet">
<svg class="b" viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg">
<circle cx="100" cy="100" r="96" fill="#14213d"/>
<circle cx="100" cy="100" r="80" fill="none" stroke="#fca311" stroke-width="5"/>
<polygon points="100,45 114,85 156,85 122,108 135,148 100,124 65,148 78,108 44,85 86,85"
fill="#fca311"/>
<text x="100" y="178" text-anchor="middle" font-family="DejaVu Sans" font-size="13"
fill="#ffffff" letter-spacing="3">SKILL BADGE</text></svg>
<div class="c t">Python for Network Automation – Level 2</div>
<div class="c l" style="top:164mm">earned by</div>
<div class="c n">Zanele Mthembu-Ferraro</div>
<table><tr><td>Completed</td><td>28 May 2024</td></tr>
<tr><td>Issued on</td><td>30 May 2024</td></tr>
<tr><td>Credential ID</td><td>CSH-B2-88410</td></tr></table>
<div class="c foot">Credibly Skills Hub · badges that travel with you</div></div>""",
    ),
    "digital-badge page: SVG badge with its own text; 'Issued on' decoy two days after the "
    "completion date; title with en dash",
)

# --------------------------------------------------------------------------------------------
# Unclear: a careful person must check or type something
# --------------------------------------------------------------------------------------------

_add(
    "h6-u-ambiguous-date",
    "unclear",
    Expected(
        course_name="Introduction to Network Automation",
        start_date=None,
        end_date="2023-05-04",
        validation_code="BLI-23-1187",
        learner_name="Marisol Etxeberria",
        issuer=None,
        needs_review=True,
    ),
    "BLI_certificate.pdf",
    _doc(
        _CENTRED_CSS,
        """<div class="sheet"><div class="border" style="border-color:#5a2a82"></div>
<div class="c brand" style="color:#5a2a82">Brightpath Learning Institute</div>
<div class="c head">Certificate of Completion</div>
<div class="c l1">This certifies that</div>
<div class="c name">Marisol Etxeberria</div>
<div class="c l2">has completed</div>
<div class="c title">Introduction to Network Automation</div>
<table class="facts">
<tr><td>Completion date</td><td>05/04/2023</td></tr>
<tr><td>Certificate ID</td><td>BLI-23-1187</td></tr></table>
<div class="c foot">Brightpath Learning Institute · online programme</div></div>""",
    ),
    "only date is 05/04/2023 and nothing on the page (no country, no other date, English "
    "wording) settles day/month order; expected value is the month-first reading",
)

_add(
    "h6-u-two-codes",
    "unclear",
    Expected(
        course_name="Cloud Networking Bootcamp: Hybrid Connectivity",
        start_date=None,
        end_date="2024-04-19",
        validation_code="VCA-2024-118823",
        learner_name="Tobias Engström-Achterberg",
        issuer=None,
        needs_review=True,
    ),
    "VertexCloudAcademy_Certificate.pdf",
    _doc(
        _CENTRED_CSS,
        """<div class="sheet"><div class="border" style="border-color:#0e7c86"></div>
<div class="c brand" style="color:#0e7c86">Vertex Cloud Academy</div>
<div class="c head">Certificate of Completion</div>
<div class="c l1">This certifies that</div>
<div class="c name">Tobias Engström-Achterberg</div>
<div class="c l2">has successfully completed</div>
<div class="c title">Cloud Networking Bootcamp: Hybrid Connectivity</div>
<table class="facts">
<tr><td>Date</td><td>April 19, 2024</td></tr>
<tr><td>Certificate ID</td><td>VCA-2024-118823</td></tr>
<tr><td>Credential ID</td><td>5f1e9c2a-77b4</td></tr></table>
<div class="c foot">Vertex Cloud Academy</div></div>""",
    ),
    "two different identifiers under equally strong labels (Certificate ID and Credential ID); "
    "expected value is the first one",
)

_UDEMY_CODE2 = "UC-9a2c7f14-6b3e-4d58-8f0a-e7c1b5d2943f"
_add(
    "h6-u-udemy-code-picture",
    "unclear",
    Expected(
        course_name="Python for Network Engineers: Netmiko, NAPALM, pyATS and Nornir",
        start_date=None,
        end_date="2024-07-14",
        validation_code=_UDEMY_CODE2,
        learner_name="Fenna Oyarzún-Whitlock",
        issuer="Udemy",
        needs_review=True,
        printed_credits=(6, "hours"),
    ),
    "certificate.pdf",
    lambda: _doc(
        _UDEMY_CSS,
        _udemy_body(
            _UDEMY_CODE2,
            "0017",
            "Python for Network Engineers: Netmiko, NAPALM, pyATS and Nornir",
            "Eduardo Villalobos-Grant",
            "Fenna Oyarzún-Whitlock",
            "Jul. 14, 2024",
            "6 total hours",
            header_as_picture=True,
        ),
    ),
    "Udemy layout whose header (logo, certificate no, url, reference number) is a PNG "
    "picture: the code is visible but in no text layer, and the file name carries nothing",
)


def _cbt_paths_html() -> str:
    name = _outlines("Dmitrij Vasquez-Holloway", 28, "#1d232b", serif=True, bold=True)
    return _doc(
        _CENTRED_CSS,
        f"""<div class="sheet"><div class="border" style="border-color:#f26a21"></div>
<div class="c brand">CBT <span style="color:#f26a21">nuggets</span></div>
<div class="c head">Certificate of Completion</div>
<div class="c l1">This certifies that</div>
<div class="c name">{name}</div>
<div class="c l2">has completed the CBT Nuggets training</div>
<div class="c title">Juniper JNCIA-Junos (JN0-105) Online Training</div>
<table class="facts">
<tr><td>Trainer</td><td>Marguerite Osei-Lindahl</td></tr>
<tr><td>Date</td><td>May 2, 2024</td></tr>
<tr><td>Certificate ID</td><td>CBTN-7740-2218-JQ</td></tr></table>
<div class="c foot">This training prepares learners for Juniper exam JN0-105.</div></div>""",
    )


_add(
    "h6-u-cbt-name-paths",
    "unclear",
    Expected(
        course_name="Juniper JNCIA-Junos (JN0-105) Online Training",
        start_date=None,
        end_date="2024-05-02",
        validation_code="CBTN-7740-2218-JQ",
        learner_name="Dmitrij Vasquez-Holloway",
        issuer="CBT Nuggets",
        needs_review=True,
    ),
    "CBT_Nuggets_Certificate_of_Completion (1).pdf",
    _cbt_paths_html,
    "learner name drawn as vector glyph outlines (SVG paths): visible but absent from the "
    "text layer; the only text name on the page is the trainer's",
)


def _cipher_html() -> str:
    uri, cipher = _cipher_font()
    title = "Troubleshooting Enterprise Wireless Networks"
    coded = "".join(cipher.get(ch, ch) for ch in title)
    css = (
        "@font-face { font-family: 'OrbTitle'; src: url("
        + uri
        + "); }\n"
        + _LANDSCAPE
        + _SHEET
        + """
.org { position: absolute; left: 24mm; top: 20mm; font: bold 13pt 'DejaVu Sans';
       color: #3d348b; }
.h { position: absolute; left: 24mm; top: 34mm; font: 26pt 'DejaVu Serif'; }
.l { position: absolute; left: 24mm; font-size: 11pt; color: #555; }
.t { position: absolute; left: 24mm; top: 70mm; font: 24pt 'OrbTitle'; color: #3d348b; }
.n { position: absolute; left: 24mm; top: 104mm; font: bold 22pt 'DejaVu Serif'; }
.foot { position: absolute; left: 24mm; bottom: 20mm; font-size: 10pt; line-height: 1.7; }
"""
    )
    return _doc(
        css,
        f"""<div class="sheet">
<div class="org">Orbital Networks Training</div>
<div class="h">Certificate of Completion</div>
<div class="l" style="top:60mm">Course</div>
<div class="t">{coded}</div>
<div class="l" style="top:96mm">Participant</div>
<div class="n">Céleste Abramowicz-Tanaka</div>
<div class="foot">Completed: 22 Feb 2024<br>Certificate No.: ORB-24-0222-07</div></div>""",
    )


_add(
    "h6-u-cipher-font",
    "unclear",
    Expected(
        course_name="Troubleshooting Enterprise Wireless Networks",
        start_date=None,
        end_date="2024-02-22",
        validation_code="ORB-24-0222-07",
        learner_name="Céleste Abramowicz-Tanaka",
        issuer=None,
        needs_review=True,
    ),
    "ORB-24-0222-07.pdf",
    _cipher_html,
    "course title set in an embedded font whose character map is scrambled: the page shows "
    "the title, the text layer holds letter salad",
)


def _clp_date_picture_html() -> str:
    dates = _picture("8–12 April 2024", 10.5)
    return _doc(
        """
@page { size: A4 landscape; margin: 16mm 20mm; }
.logo { font: bold 20pt 'DejaVu Sans'; color: #00205b; }
.logo span { font: 9pt 'DejaVu Sans'; color: #fff; background: #049fd9; padding: 1mm 2mm;
             margin-left: 4mm; vertical-align: middle; letter-spacing: 1pt; }
h1 { font: 28pt 'DejaVu Serif'; margin: 10mm 0 4mm; color: #00205b; }
.l { font-size: 11pt; color: #555; margin: 2mm 0; }
.n { font: bold 22pt 'DejaVu Serif'; margin: 2mm 0 4mm; }
.t { font: bold 17pt 'DejaVu Sans'; line-height: 1.3; margin: 2mm 0 6mm; }
table.kv { border-collapse: collapse; font-size: 10.5pt; }
table.kv td { padding: 1.4mm 5mm 1.4mm 0; } table.kv td.k { color: #555; width: 70mm; }
""",
        f"""<div class="logo">Skyline Networks Learning<span>CISCO LEARNING PARTNER</span></div>
<h1>Certificate of Completion</h1>
<div class="l">This is to certify that</div>
<div class="n">Priscila Domínguez-Farrow</div>
<div class="l">has completed the Cisco authorized training</div>
<div class="t">Designing Cisco Enterprise Networks (ENSLD) v1.1</div>
<table class="kv">
<tr><td class="k">Course dates</td><td>{dates}</td></tr>
<tr><td class="k">Continuing Education credits</td><td>40</td></tr>
<tr><td class="k">Certificate No.</td><td>SNL-ENSLD-2404-31</td></tr></table>""",
    )


_add(
    "h6-u-clp-date-picture",
    "unclear",
    Expected(
        course_name="Designing Cisco Enterprise Networks (ENSLD) v1.1",
        start_date="2024-04-08",
        end_date="2024-04-12",
        validation_code="SNL-ENSLD-2404-31",
        learner_name="Priscila Domínguez-Farrow",
        issuer="Cisco Learning Partner",
        needs_review=True,
        printed_credits=(40, "CE"),
    ),
    "Skyline_ENSLD_certificate.pdf",
    _clp_date_picture_html,
    "learning-partner certificate whose 'Course dates' label is text but the value "
    "'8–12 April 2024' is a picture: no date at all in the text layer",
)

_add(
    "h6-u-ambiguous-range",
    "unclear",
    Expected(
        course_name="Firewall Fundamentals Workshop",
        start_date="2024-04-03",
        end_date="2024-04-05",
        validation_code="MTS-7731",
        learner_name="Wendelin Abara-Castellanos",
        issuer=None,
        needs_review=True,
    ),
    "Meridian_Workshop_Certificate.pdf",
    _doc(
        _LANDSCAPE
        + _SHEET
        + """
.org { position: absolute; left: 26mm; top: 22mm; font: bold 14pt 'DejaVu Sans'; color: #7b2d26; }
.h { position: absolute; left: 26mm; top: 38mm; font: 30pt 'DejaVu Serif'; }
.body { position: absolute; left: 26mm; top: 66mm; width: 240mm; font: 13pt/1.8 'DejaVu Serif'; }
.foot { position: absolute; left: 26mm; bottom: 22mm; font-size: 10pt; }
""",
        """<div class="sheet">
<div class="org">Meridian Training Services</div>
<div class="h">Certificate of Attendance</div>
<div class="body">Awarded to <b>Wendelin Abara-Castellanos</b> for attending the
<b>Firewall Fundamentals Workshop</b>.<br>Attended: 03/04/2024 – 05/04/2024</div>
<div class="foot">Certificate No. MTS-7731</div></div>""",
    ),
    "range 03/04/2024 – 05/04/2024 with no country and no other date: 3–5 April or 4 March – "
    "4 May cannot be settled; expected value is the day-first reading",
)
