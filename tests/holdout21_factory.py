"""Blind held-out set 21: thirty certificates a CCNA/CCNP holder would submit for Cisco
Continuing Education, printed the way design tools, browsers, word processors and training
centres' own templates print them. Everything on the pages is invented (people, training
centres, vendors, codes, session numbers, instructor numbers).

Emphasis
    The Cisco ecosystem: Cisco U. courses and learning paths, Cisco Learning Partner
    instructor-led classes (a CLC/class number next to the partner's own certificate number),
    Cisco Live (session IDs such as BRKENS-2092 that are *not* the certificate code), Cisco
    Networking Academy, video courses from an invented technical press, a DevNet bootcamp,
    invented Cisco-partner vendors (wireless, SD-WAN, mesh), a CEU certificate in the style of
    an IT credentialing body, university short courses, a conference CPE letter and a webinar
    CPE certificate. Layouts are slide- and design-tool-like: words or letters placed one by
    one, titles split into differently styled spans on one line, two and three columns, values
    in bordered table cells, a rotated side ribbon, big watermark words behind the values,
    colour bands with white text, QR codes with the code only printed under them.

Producers (HOLDOUT_KINDS)
    chromium     5  headless Chromium printing HTML+CSS (absolute word/letter placement)
    weasyprint   5  WeasyPrint (tables with borders, watermark, blank name line)
    libreoffice  5  LibreOffice Writer: three flat ODF (.fodt) and two Word (.docx) sources
    cairo        5  cairocffi, design-tool style (glyph-by-glyph tracked titles, rotations)
    ghostscript  5  hand-written PostScript through Ghostscript pdfwrite (URW fonts)
    scan         4  image-only PDFs without a text layer (Chromium, LibreOffice, cairo and
                    Ghostscript pages through scans.scan_rendered, prefix "h21-scan:")
    form         1  a cairo-drawn template whose values sit only in AcroForm text fields
                    filled with pypdf (appearance streams, nothing in the page content)

Languages
    English, plus one each in German (h21-wp-de-hochschule), French (h21-lo-fr-clp-docx),
    Portuguese/Brazil (h21-ca-ptbr-netacad), Turkish (h21-lo-tr-clp-docx) and Spanish
    (h21-ca-es-constancia). Arabic was tried first and skipped: Chromium's PDF of Arabic text
    (DejaVu Sans, the only Arabic-capable font installed) extracts as reversed presentation
    forms with pdfplumber, so it is not a usable text layer; Spanish replaces it.

Unclear on purpose (needs_review=True, 4 of 30)
    h21-cr-ciscou-two-paths  one Cisco U. certificate listing two learning paths with two
                             different completion dates: no single course or date.
    h21-wp-clp-blank-name    the training centre never filled in the participant line.
    h21-gs-ambiguous-date    the only date is "06/05/2024" with nothing on the page telling
                             month-first from day-first (no language, place or weekday cue).
    h21-sc-clp-smudged       a scan whose certificate number is under a dark smear.
    Values that can be decided are still given; the undecidable ones are None.

Conventions of the Expected values
    * Dates are YYYY-MM-DD. A certificate with one course date (a completion date, a webinar
      or session date, a completion timestamp) has start_date == end_date == that date. Dates
      of issue, letter dates and "valid through"/expiry dates are never course dates; when a
      course date is printed next to them, only the course date counts.
    * learner_name is the person's name as printed (an ALL CAPS name stays ALL CAPS), without
      a leading title or form of address ("Dr.", "Eng.", "Ing.", "Frau", "M.", "Sayın") and
      without trailing post-nominal credentials (", CCNP, CISSP", ", CCNP Security"): those
      are decoration, not the name. Middle initials and hyphenated or multi-part surnames
      are kept.
    * course_name is the title of the training as printed (a course code printed in the same
      title line, e.g. a bold "ENCOR:" span before a light title, is part of it; a session ID
      or class number printed elsewhere is not). For a whole event attended (Cisco Live
      letter, a summit), it is the event name.
    * validation_code is the certificate's own number or code; order, learner, student,
      badge, session, class and instructor numbers are not. A certificate that prints no code
      has None and is not unclear for that.
    * issuer is one of certfactory.ISSUERS when the certificate comes from one of them
      (Cisco U., Cisco Live, Cisco Networking Academy, a Cisco Learning Partner), else None.
    * printed_credits is the headline figure the certificate prints it is worth.
"""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable
from functools import cache
from html import escape
from pathlib import Path

from PIL import ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
import producers as p
import scans

from certfactory import Case, Expected

Build = Callable[[Path], Path]

_SCAN = functools.partial(scans.scan_rendered, prefix="h21-scan:")

# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_TTF = {
    ("DejaVu Sans", False): _DEJAVU + "DejaVuSans.ttf",
    ("DejaVu Sans", True): _DEJAVU + "DejaVuSans-Bold.ttf",
    ("DejaVu Serif", False): _DEJAVU + "DejaVuSerif.ttf",
    ("DejaVu Serif", True): _DEJAVU + "DejaVuSerif-Bold.ttf",
}


@cache
def _ttf(family: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_TTF[(family, bold)], size)


def _placed(
    text: str,
    x: float,
    y: float,
    size: int,
    *,
    bold: bool = False,
    family: str = "DejaVu Sans",
    color: str = "#111111",
    per: str = "word",
    tracking: float = 0.0,
    align: str = "left",
) -> str:
    """Absolutely positioned spans, one per word (or per letter), the way slide and design
    tools export text boxes; widths measured with the same DejaVu font Chromium uses."""
    font = _ttf(family, bold, size)
    space = font.getlength(" ")
    units = text.split(" ") if per == "word" else list(text)
    if per == "word":
        total = sum(font.getlength(u) for u in units) + space * (len(units) - 1)
    else:
        total = sum(font.getlength(u) for u in units) + tracking * (len(units) - 1)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    weight = "bold" if bold else "normal"
    out = []
    cx = x
    for u in units:
        if u.strip():
            out.append(
                f'<span style="position:absolute;left:{cx:.1f}px;top:{y:.1f}px;'
                f"font:{weight} {size}px '{family}';color:{color};white-space:pre;"
                f'line-height:1">{escape(u)}</span>'
            )
        cx += font.getlength(u) + (space if per == "word" else tracking)
    return "".join(out)


def _pdf(folder: Path, name: str) -> Path:
    return folder / f"{name}.pdf"


def _sig(seed: str, w: int = 190, h: int = 50, color: str = "#1d2c6b") -> str:
    return p._signature_svg(seed, w, h, color)


# --------------------------------------------------------------------------------------------
# Chromium
# --------------------------------------------------------------------------------------------


def _ciscou_path_html() -> str:
    css = """
    body{margin:0;width:960px;height:540px;position:relative;overflow:hidden;
         font-family:'DejaVu Sans';color:#14263d;background:#fbfcfe}
    .band{position:absolute;left:0;top:0;width:262px;height:540px;background:#0d274d}
    .band .dot{position:absolute;width:14px;height:14px;border-radius:7px;background:#049fd9}
    .logo{position:absolute;left:34px;top:44px;color:#fff;font:bold 38px 'DejaVu Sans'}
    .tag{position:absolute;left:34px;top:100px;color:#9fd8f2;font:11px 'DejaVu Sans';
         letter-spacing:3px}
    .slogan{position:absolute;left:34px;bottom:40px;width:200px;color:#cfe3f3;
         font:italic 12px 'DejaVu Serif';line-height:1.5}
    .kind{position:absolute;left:310px;top:52px;font:bold 12px 'DejaVu Sans';
         letter-spacing:4px;color:#049fd9}
    .head{position:absolute;left:310px;top:76px;font:30px 'DejaVu Sans';color:#0d274d}
    .lead{position:absolute;left:310px;top:138px;font:13px 'DejaVu Sans';color:#5a6b7d}
    .lead2{position:absolute;left:310px;top:232px;font:13px 'DejaVu Sans';color:#5a6b7d}
    .title{position:absolute;left:310px;top:256px;width:600px;font-size:21px;
         line-height:1.35;color:#0d274d}
    .title b{font-weight:bold;color:#049fd9}
    .title span{font-weight:200}
    .facts{position:absolute;left:310px;top:372px;width:620px;display:flex;gap:14px}
    .fact:first-child{flex:1.5}
    .fact{flex:1;border-top:3px solid #049fd9;padding-top:8px}
    .fact .k{font:10px 'DejaVu Sans';letter-spacing:2px;color:#6b7c8f;text-transform:uppercase}
    .fact .v{font:bold 14px 'DejaVu Sans';margin-top:5px;color:#14263d}
    .foot{position:absolute;left:310px;top:516px;font:10px 'DejaVu Sans';color:#8a97a6}
    .sig{position:absolute;left:760px;top:440px}
    .sign{position:absolute;left:620px;top:492px;width:310px;text-align:right;
         font:10px 'DejaVu Sans';color:#5a6b7d}
    """
    dots = "".join(
        f'<div class="dot" style="left:{34 + 22 * i}px;top:150px;opacity:{1 - 0.18 * i}"></div>'
        for i in range(5)
    )
    body = f"""
    <div class="band"><div class="logo">Cisco U.</div>
      <div class="tag">LEARN · PRACTICE · CERTIFY</div>{dots}
      <div class="slogan">Skills for the network you run tomorrow.</div></div>
    <div class="kind">LEARNING PATH</div>
    <div class="head">Certificate of Completion</div>
    <div class="lead">This certifies that</div>
    {_placed("Dariusz K. Lindqvist", 310, 166, 40, bold=True, color="#0d274d")}
    <div class="lead2">has successfully completed the learning path</div>
    <div class="title"><b>ENCOR:</b><span> Implementing and Operating Cisco Enterprise
      Network Core Technologies</span></div>
    <div class="facts">
      <div class="fact"><div class="k">Completed</div><div class="v">Tuesday, October 15,
        2024</div></div>
      <div class="fact"><div class="k">Continuing Education</div>
        <div class="v">64 CE credits</div></div>
      <div class="fact"><div class="k">Credential ID</div>
        <div class="v">CU-LP-7F3K-92QD</div></div>
    </div>
    <div class="sig">{_sig("h21-c1", 170, 44)}</div>
    <div class="sign">Evander Nakashima-Roe · Head of Learning Programs</div>
    <div class="foot">Learner ID: LRN-00482913 · Verify this credential from your Cisco U.
      profile</div>
    """
    return p._html(css, body)


def _build_ciscou_path(folder: Path) -> Path:
    out = _pdf(folder, "h21-cr-ciscou-path")
    return p._chromium(_ciscou_path_html(), out, "960px", "540px")


def _build_live_session(folder: Path) -> Path:
    css = """
    body{margin:0;width:1056px;height:816px;position:relative;overflow:hidden;
         font-family:'DejaVu Sans';background:#ffffff}
    .top{position:absolute;left:0;top:0;width:1056px;height:150px;
         background:linear-gradient(90deg,#1b1f6b,#00a3a6)}
    .foot{position:absolute;left:0;bottom:0;width:1056px;height:22px;background:#00a3a6}
    .pill{position:absolute;border:1.5px solid #1b1f6b;border-radius:14px;
          width:150px;height:26px}
    .line{position:absolute;height:1px;background:#c9cfe0}
    """
    w = []
    w.append(
        _placed("CISCO LIVE", 64, 46, 40, bold=True, color="#ffffff", per="letter", tracking=4)
    )
    w.append(_placed("Amsterdam 2024", 66, 100, 18, color="#e3f7f7"))
    w.append(
        _placed("Session Attendance Certificate", 992, 104, 18, color="#ffffff", align="right")
    )
    w.append(_placed("This certifies that", 528, 200, 16, color="#555555", align="center"))
    w.append(_placed("Noor Vandenberghe", 528, 236, 42, bold=True, color="#1b1f6b", align="center"))
    w.append('<div class="line" style="left:300px;top:296px;width:456px"></div>')
    w.append(
        _placed("attended the breakout session", 528, 318, 16, color="#555555", align="center")
    )
    w.append('<div class="pill" style="left:453px;top:350px"></div>')
    w.append(_placed("BRKENS-2092", 528, 356, 15, bold=True, color="#1b1f6b", align="center"))
    w.append(
        _placed(
            "Designing Resilient Campus Fabrics with SD-Access",
            528,
            400,
            27,
            bold=True,
            color="#111111",
            align="center",
        )
    )
    w.append(
        _placed(
            "Speaker: Linnea Brathwaite-Osei, Distinguished Engineer",
            528,
            446,
            14,
            color="#555555",
            align="center",
        )
    )
    rows = [
        ("Date & time", "Wednesday 7 February 2024, 14:30–16:00 CET"),
        ("Continuing Education credits", "2"),
        ("Verification Code", "CLEU24-K7QX-M3P9"),
        ("Badge ID", "3389201"),
    ]
    y = 510
    for k, v in rows:
        w.append(_placed(k, 300, y, 14, color="#777777"))
        w.append(_placed(v, 540, y, 14, bold=True, color="#1b1f6b"))
        y += 30
    w.append(f'<div style="position:absolute;left:120px;top:650px">{_sig("h21-c2", 200, 50)}</div>')
    w.append('<div class="line" style="left:110px;top:706px;width:240px"></div>')
    w.append(_placed("Marisol Oyelowo-Grant", 120, 716, 13, bold=True, color="#333333"))
    w.append(_placed("Director, Cisco Live Learning Experience", 120, 736, 12, color="#777777"))
    w.append(
        _placed(
            "Learn. Connect. Build the bridge to possible.",
            936,
            736,
            12,
            color="#00a3a6",
            align="right",
        )
    )
    body = '<div class="top"></div><div class="foot"></div>' + "".join(w)
    return p._chromium(p._html(css, body), _pdf(folder, "h21-cr-live-session"), "1056px", "816px")


def _build_devnet_ribbon(folder: Path) -> Path:
    css = """
    @page{size:297mm 210mm;margin:0}
    body{margin:0;width:297mm;height:210mm;position:relative;overflow:hidden;
         font-family:'DejaVu Sans';color:#1c2430;background:#f7f9f4}
    .ribbon{position:absolute;left:-238px;top:330px;width:560px;height:84px;
         background:#2e7d32;color:#fff;transform:rotate(-90deg);text-align:center;
         font:bold 20px 'DejaVu Sans';letter-spacing:6px;line-height:84px}
    .brand{position:absolute;left:150px;top:48px;font:bold 20px 'DejaVu Sans Mono';
         color:#2e7d32}
    .brand span{color:#1c2430;font-weight:normal}
    .host{position:absolute;right:60px;top:52px;font:12px 'DejaVu Sans';color:#6b7480;
         text-align:right;line-height:1.5}
    .h1{position:absolute;left:150px;top:120px;font:bold 44px 'DejaVu Serif';color:#1c2430}
    .lead{position:absolute;left:150px;top:196px;font:15px 'DejaVu Sans';color:#6b7480}
    .name{position:absolute;left:150px;top:222px;font:bold 40px 'DejaVu Sans';
         letter-spacing:2px;color:#2e7d32}
    .lead2{position:absolute;left:150px;top:292px;font:15px 'DejaVu Sans';color:#6b7480}
    .course{position:absolute;left:150px;top:318px;width:800px;font:bold 28px 'DejaVu Sans';
         line-height:1.3}
    .meta{position:absolute;left:150px;top:420px;font:14px 'DejaVu Sans';line-height:1.9}
    .meta b{display:inline-block;width:150px;color:#6b7480;font-weight:normal}
    .sigs{position:absolute;left:150px;top:590px;display:flex;gap:80px}
    .sigs div{width:300px;border-top:1px solid #9aa39a;padding-top:6px;font:12px
         'DejaVu Sans';color:#4a5360;position:relative}
    .sigs svg{position:absolute;top:-52px;left:10px}
    .sigs strong{display:block;color:#1c2430}
    """
    body = f"""
    <div class="ribbon">DEVNET EVENT · AUTOMATION</div>
    <div class="brand">&lt;/&gt; DevNet <span>Automation Bootcamp</span></div>
    <div class="host">Hosted by Kestrel Forge Systems<br>with the Cisco DevNet community</div>
    <div class="h1">Certificate of Participation</div>
    <div class="lead">Awarded to</div>
    <div class="name">MARGUERITE OYELARAN</div>
    <div class="lead2">for completing the hands-on bootcamp</div>
    <div class="course">Network Programmability with Python, NETCONF and RESTCONF</div>
    <div class="meta"><b>Dates</b>March 12, 2024 – March 14, 2024<br>
      <b>Lab time</b>24 hours of hands-on labs<br>
      <b>Certificate ID</b>DVN-BC-2403-00817</div>
    <div class="sigs">
      <div>{_sig("h21-c3a", 180, 48)}<strong>Ines Calloway-Pratt</strong>
        DevNet Community Lead</div>
      <div>{_sig("h21-c3b", 180, 48)}<strong>Teodor Vasquez-Lind</strong>
        Principal Instructor, Kestrel Forge Systems</div>
    </div>
    """
    return p._chromium(p._html(css, body), _pdf(folder, "h21-cr-devnet-ribbon"), "297mm", "210mm")


def _build_aerolume_3col(folder: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;width:11in;height:8.5in;position:relative;overflow:hidden;
         font-family:'DejaVu Sans';color:#202a36;background:#fff}
    .hdr{position:absolute;left:60px;top:50px;right:60px;display:flex;
         justify-content:space-between;align-items:flex-end}
    .logo{font:bold 34px 'DejaVu Sans';color:#6c3fc5;letter-spacing:-1px}
    .logo i{font-style:normal;color:#f29f05}
    .partner{font:11px 'DejaVu Sans';color:#7a8594;text-align:right;line-height:1.5}
    .h1{position:absolute;left:60px;top:140px;font:bold 40px 'DejaVu Serif';color:#202a36}
    .sub{position:absolute;left:62px;top:196px;font:14px 'DejaVu Sans';color:#7a8594}
    .cols{position:absolute;left:60px;right:60px;top:260px;display:grid;
          grid-template-columns:1fr 1.3fr 1fr;gap:26px}
    .col{border-left:4px solid #6c3fc5;padding:4px 0 4px 14px;min-height:110px}
    .col .k{font:bold 11px 'DejaVu Sans';letter-spacing:3px;color:#6c3fc5}
    .col .v{font:19px 'DejaVu Sans';margin-top:10px;line-height:1.35}
    .strip{position:absolute;left:60px;right:60px;top:430px;display:flex;gap:40px;
           background:#f3effb;padding:14px 18px;font:13px 'DejaVu Sans'}
    .strip b{color:#6c3fc5}
    .sig{position:absolute;left:60px;top:560px}
    .signame{position:absolute;left:60px;top:616px;width:260px;border-top:1px solid #bbb;
           padding-top:6px;font:12px 'DejaVu Sans';color:#555}
    .slogan{position:absolute;right:60px;top:640px;font:italic 16px 'DejaVu Serif';
           color:#f29f05}
    .wave{position:absolute;right:60px;top:560px}
    """
    wave = (
        '<svg width="180" height="60" viewBox="0 0 180 60"><path d="M0 30 Q22 0 45 30 T90 30 '
        'T135 30 T180 30" fill="none" stroke="#6c3fc5" stroke-width="4"/><path d="M0 44 Q22 '
        '14 45 44 T90 44 T135 44 T180 44" fill="none" stroke="#f29f05" stroke-width="3"/></svg>'
    )
    body = f"""
    <div class="hdr"><div class="logo">aero<i>lume</i></div>
      <div class="partner">Aerolume Networks · Partner Enablement<br>
      A Cisco partner for campus and outdoor wireless</div></div>
    <div class="h1">Certificate of Achievement</div>
    <div class="sub">Instructor-led partner certification training</div>
    <div class="cols">
      <div class="col"><div class="k">AWARDED TO</div>
        <div class="v">Keisha Tamborrino, CCNP, CISSP</div></div>
      <div class="col"><div class="k">COURSE</div>
        <div class="v">Aerolume Certified Wi-Fi 6E Design Engineer (AWDE-610)</div></div>
      <div class="col"><div class="k">COMPLETED</div>
        <div class="v">2024-11-20 16:45 UTC</div></div>
    </div>
    <div class="strip"><span><b>Cert #:</b> AWN-610-58821</span>
      <span><b>Order ID:</b> ORD-2024-771045</span><span><b>Training hours:</b> 16</span></div>
    <div class="sig">{_sig("h21-c4", 200, 50)}</div>
    <div class="signame"><b>Dmitri Okafor-Sandoval</b><br>VP Partner Enablement</div>
    <div class="wave">{wave}</div>
    <div class="slogan">Air you can engineer.</div>
    """
    return p._chromium(p._html(css, body), _pdf(folder, "h21-cr-aerolume-3col"), "11in", "8.5in")


def _build_ciscou_two_paths(folder: Path) -> Path:
    css = """
    @page{size:8.5in 11in;margin:0}
    body{margin:0;width:8.5in;height:11in;position:relative;font-family:'DejaVu Sans';
         color:#14263d}
    .top{height:120px;background:#0d274d;color:#fff;padding:34px 56px;box-sizing:border-box}
    .top .logo{font:bold 36px 'DejaVu Sans'}
    .top .r{float:right;font:12px 'DejaVu Sans';letter-spacing:3px;margin-top:18px;
         color:#9fd8f2}
    .main{padding:40px 56px}
    h1{font:30px 'DejaVu Sans';margin:0 0 24px;color:#0d274d}
    .lead{font:14px 'DejaVu Sans';color:#5a6b7d;margin:0}
    .name{font:bold 32px 'DejaVu Sans';margin:8px 0 22px}
    table{width:100%;border-collapse:collapse;margin-top:14px;font:13px 'DejaVu Sans'}
    th{background:#049fd9;color:#fff;text-align:left;padding:9px;font-weight:bold}
    td{border-bottom:1px solid #d0dae4;padding:11px 9px;vertical-align:top}
    .tot{margin-top:16px;font:bold 14px 'DejaVu Sans'}
    .meta{margin-top:34px;font:13px 'DejaVu Sans';line-height:1.9}
    .meta b{display:inline-block;width:150px;color:#6b7c8f;font-weight:normal}
    .sig{margin-top:50px}
    .sign{border-top:1px solid #aab4c0;width:260px;padding-top:6px;font:12px 'DejaVu Sans';
          color:#5a6b7d}
    """
    body = f"""
    <div class="top"><span class="logo">Cisco U.</span>
      <span class="r">CERTIFICATE OF COMPLETION</span></div>
    <div class="main">
      <h1>Certificate of Completion</h1>
      <p class="lead">This certifies that</p>
      <div class="name">Ifeoma Castellanos-Reyes</div>
      <p class="lead">has completed the following learning paths:</p>
      <table>
        <tr><th>Learning path</th><th>Completed</th><th>CE credits</th></tr>
        <tr><td>Understanding Cisco SD-WAN (SDWFND)</td><td>02 Sep 2024</td><td>16</td></tr>
        <tr><td>Implementing Cisco SD-WAN Security and Cloud Solutions (SDWSCS)</td>
          <td>19 Sep 2024</td><td>24</td></tr>
      </table>
      <div class="tot">Total: 40 CE credits</div>
      <div class="meta"><b>Credential ID</b>CU-TR-4M2N-8821<br>
        <b>Learner ID</b>LRN-00917736</div>
      <div class="sig">{_sig("h21-c5", 180, 46)}</div>
      <div class="sign"><b>Evander Nakashima-Roe</b><br>Head of Learning Programs, Cisco U.</div>
    </div>
    """
    return p._chromium(p._html(css, body), _pdf(folder, "h21-cr-ciscou-two-paths"), "8.5in", "11in")


# --------------------------------------------------------------------------------------------
# WeasyPrint
# --------------------------------------------------------------------------------------------


def _build_harriet_vale(folder: Path) -> Path:
    css = """
    @page{size:A4;margin:0}
    body{margin:0;font-family:'DejaVu Sans';color:#2b2b2b}
    .frame{position:absolute;left:14mm;top:14mm;right:14mm;bottom:14mm;
           border:2px solid #7b2d42;padding:12mm 14mm}
    .logo{font:bold 22pt 'DejaVu Serif';color:#7b2d42;letter-spacing:2pt}
    .logo small{display:block;font:9pt 'DejaVu Sans';letter-spacing:4pt;color:#8a8a8a}
    .badge{display:inline-block;margin-top:4mm;border:1.5px solid #049fd9;color:#049fd9;
           padding:4pt 9pt;font:bold 9pt 'DejaVu Sans';letter-spacing:1pt}
    h1{font:normal 26pt 'DejaVu Serif';text-align:center;margin:14mm 0 6mm}
    .c{text-align:center;font-size:11pt;color:#666}
    .name{text-align:center;font:bold 24pt 'DejaVu Sans';margin:4mm 0 6mm;color:#111}
    table{width:100%;border-collapse:collapse;margin-top:8mm;font-size:10.5pt}
    td{border:1px solid #7b2d42;padding:7pt 9pt}
    td.k{width:38%;background:#f6eef0;font-weight:bold;color:#7b2d42}
    .sigs{margin-top:18mm;display:flex;justify-content:space-between}
    .sigs div{width:72mm;font-size:9.5pt;color:#555}
    .sigs .ln{border-top:1px solid #888;padding-top:4pt}
    .slogan{position:absolute;bottom:6mm;left:0;right:0;text-align:center;
            font:italic 10pt 'DejaVu Serif';color:#7b2d42}
    """
    body = f"""
    <div class="frame">
      <div class="logo">HARRIET VALE TRAINING<small>NETWORK · SECURITY · CLOUD</small></div>
      <div class="badge">Cisco Learning Partner</div>
      <h1>Certificate of Attendance</h1>
      <p class="c">This is to certify that</p>
      <div class="name">Eng. Salvador Quintero</div>
      <p class="c">attended the following Cisco instructor-led class</p>
      <table>
        <tr><td class="k">Course</td>
          <td>Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0</td></tr>
        <tr><td class="k">Course dates</td><td>15–17 Oct 2024</td></tr>
        <tr><td class="k">Delivery</td><td>Virtual instructor-led (vILT)</td></tr>
        <tr><td class="k">CLC / Class number</td><td>CLC-2024-10-4471</td></tr>
        <tr><td class="k">Instructor</td><td>Rupert Achterberg, CCSI #34781</td></tr>
        <tr><td class="k">Cisco CE credits</td><td>40</td></tr>
        <tr><td class="k">Certificate Number</td><td>HVT-CERT-0241377</td></tr>
      </table>
      <div class="sigs">
        <div>{_sig("h21-w1a", 170, 44)}<div class="ln"><b>Harriet Vale</b><br>
          Managing Director</div></div>
        <div>{_sig("h21-w1b", 170, 44)}<div class="ln"><b>Rupert Achterberg</b><br>
          Certified Cisco Systems Instructor</div></div>
      </div>
      <div class="slogan">Learning that sticks, since 2009.</div>
    </div>
    """
    return p._weasy(p._html(css, body), _pdf(folder, "h21-wp-clp-harriet-vale"))


def _build_de_hochschule(folder: Path) -> Path:
    css = """
    @page{size:A4 landscape;margin:0}
    body{margin:0;font-family:'DejaVu Serif';color:#1e2a38}
    .wm{position:absolute;left:10mm;top:72mm;width:277mm;text-align:center;
        font:bold 92pt 'DejaVu Sans';color:#e9edf2;transform:rotate(-12deg)}
    .content{position:absolute;left:22mm;top:16mm;right:22mm}
    .uni{font:bold 17pt 'DejaVu Sans';color:#004b87}
    .zwb{font:10pt 'DejaVu Sans';color:#6a7686;margin-top:2pt}
    .bar{height:3pt;background:#004b87;margin:5mm 0 10mm;width:60mm}
    h1{font:bold 26pt 'DejaVu Sans';letter-spacing:3pt;margin:0 0 8mm;color:#004b87}
    .txt{font-size:13pt;line-height:1.6}
    .name{font:bold 22pt 'DejaVu Serif';margin:3mm 0}
    .course{font:bold 17pt 'DejaVu Sans';margin:3mm 0;color:#004b87}
    .facts{margin-top:6mm;font:11pt 'DejaVu Sans';line-height:1.8}
    .facts span{display:inline-block;width:48mm;color:#6a7686}
    .ort{margin-top:8mm;font-size:11pt}
    .sig{position:absolute;right:22mm;bottom:18mm;width:80mm;font:9.5pt 'DejaVu Sans';
         color:#555}
    .sig .ln{border-top:1px solid #777;padding-top:3pt}
    """
    body = f"""
    <div class="wm">ZERTIFIKAT</div>
    <div class="content">
      <div class="uni">Hochschule Lahnfeld</div>
      <div class="zwb">Zentrum für wissenschaftliche Weiterbildung</div>
      <div class="bar"></div>
      <h1>TEILNAHMEBESCHEINIGUNG</h1>
      <div class="txt">Hiermit wird bescheinigt, dass</div>
      <div class="name">Frau Dr. Friederike Albrecht-Nowak</div>
      <div class="txt">an der berufsbegleitenden Weiterbildung</div>
      <div class="course">Netzwerkautomatisierung mit Python und Ansible</div>
      <div class="txt">erfolgreich teilgenommen hat.</div>
      <div class="facts">
        <span>Zeitraum:</span>11.11.2024 – 15.11.2024<br>
        <span>Umfang:</span>40 Stunden<br>
        <span>Zertifikatsnummer:</span>HLW-WB-2024-0931</div>
      <div class="ort">Lahnfeld, den 22.11.2024</div>
    </div>
    <div class="sig">{_sig("h21-w2", 170, 44)}<div class="ln"><b>Prof. Dr. Henrike
      Sommerfeld</b><br>Leiterin des Zentrums für wissenschaftliche Weiterbildung</div></div>
    """
    return p._weasy(p._html(css, body, lang="de"), _pdf(folder, "h21-wp-de-hochschule"))


def _build_ceu_valid_through(folder: Path) -> Path:
    css = """
    @page{size:Letter;margin:0}
    body{margin:0;font-family:'DejaVu Sans';color:#222}
    .outer{position:absolute;left:0.5in;top:0.5in;right:0.5in;bottom:0.5in;
           border:6px double #2f5d50;padding:0.45in 0.55in}
    .org{text-align:center;font:bold 16pt 'DejaVu Serif';color:#2f5d50;letter-spacing:1pt}
    .org small{display:block;font:9pt 'DejaVu Sans';letter-spacing:3pt;color:#888;
               margin-top:3pt}
    h1{text-align:center;font:normal 24pt 'DejaVu Serif';margin:0.45in 0 0.2in}
    .c{text-align:center;font-size:11pt;color:#555}
    .name{text-align:center;font:bold 24pt 'DejaVu Serif';margin:8pt 0 12pt}
    .course{text-align:center;font:bold 15pt 'DejaVu Sans';color:#2f5d50;margin:8pt 0 18pt}
    .grid{display:flex;flex-wrap:wrap;margin-top:0.2in;font-size:10.5pt}
    .grid div{width:50%;padding:6pt 0}
    .grid b{display:block;font-size:8.5pt;letter-spacing:2pt;color:#888;font-weight:normal}
    .seal{position:absolute;right:0.6in;bottom:1.35in}
    .sig{position:absolute;left:0.55in;bottom:0.9in;width:2.8in;font-size:9.5pt;color:#555}
    .sig .ln{border-top:1px solid #888;padding-top:3pt}
    .fine{position:absolute;left:0.55in;right:0.55in;bottom:0.3in;font-size:7.5pt;
          color:#999;text-align:center}
    """
    body = f"""
    <div class="outer">
      <div class="org">MERIDIAN IT CREDENTIALING COUNCIL
        <small>CONTINUING EDUCATION PROGRAM</small></div>
      <h1>Continuing Education Unit Certificate</h1>
      <p class="c">This certificate is awarded to</p>
      <div class="name">Alastair J. Mbeki</div>
      <p class="c">for successful completion of</p>
      <div class="course">Network Defense Fundamentals for Hybrid Campuses</div>
      <div class="grid">
        <div><b>COMPLETION DATE</b>10/23/2024</div>
        <div><b>CEUs AWARDED</b>2.4</div>
        <div><b>VERIFICATION CODE</b>MCC-7QF2-L9XB</div>
        <div><b>LEARNER ID</b>004417829</div>
        <div><b>CERTIFICATE VALID THROUGH</b>10/23/2027</div>
        <div><b>DELIVERY</b>Self-paced online with proctored assessment</div>
      </div>
    </div>
    <div class="seal">{p._seal_svg(100, "#2f5d50")}</div>
    <div class="sig">{_sig("h21-w3", 170, 44)}<div class="ln"><b>Corinne Adeyemi-Hart</b><br>
      Registrar</div></div>
    <div class="fine">One CEU equals ten contact hours of participation in an organized
      continuing education experience.</div>
    """
    return p._weasy(p._html(css, body), _pdf(folder, "h21-wp-ceu-valid-through"))


def _build_blank_name(folder: Path) -> Path:
    css = """
    @page{size:A4 landscape;margin:0}
    body{margin:0;font-family:'DejaVu Sans';color:#233}
    .side{position:absolute;left:0;top:0;bottom:0;width:18mm;background:#0b6e99}
    .main{position:absolute;left:34mm;top:18mm;right:22mm}
    .logo{font:bold 20pt 'DejaVu Sans';color:#0b6e99}
    .logo span{font-weight:normal;color:#4a5a66}
    .clp{font:9pt 'DejaVu Sans';letter-spacing:3pt;color:#8899a6;margin-top:2pt}
    h1{font:normal 30pt 'DejaVu Serif';margin:14mm 0 6mm}
    .c{font-size:12pt;color:#556}
    .blank{border-bottom:1.2px solid #233;width:150mm;height:16mm;margin:2mm 0 6mm}
    .course{font:bold 17pt 'DejaVu Sans';color:#0b6e99;margin:3mm 0 8mm}
    table{border-collapse:collapse;font-size:11pt}
    td{padding:4pt 16pt 4pt 0}
    td.k{color:#8899a6}
    .sig{position:absolute;right:22mm;bottom:20mm;width:75mm;font-size:9.5pt;color:#555}
    .sig .ln{border-top:1px solid #888;padding-top:3pt}
    """
    body = f"""
    <div class="side"></div>
    <div class="main">
      <div class="logo">Brightwater <span>Tech Academy</span></div>
      <div class="clp">CISCO LEARNING PARTNER</div>
      <h1>Certificate of Completion</h1>
      <div class="c">This certificate is presented to</div>
      <div class="blank"></div>
      <div class="c">for completing the instructor-led course</div>
      <div class="course">Implementing Cisco Enterprise Advanced Routing and Services
        (ENARSI) v1.1</div>
      <table>
        <tr><td class="k">Class dates</td><td>September 9–13, 2024</td></tr>
        <tr><td class="k">Cisco CE credits</td><td>40</td></tr>
        <tr><td class="k">Certificate No.</td><td>BTA-24-ENARSI-0067</td></tr>
      </table>
    </div>
    <div class="sig">{_sig("h21-w4", 170, 44)}<div class="ln"><b>Cormac Delacroix-Yates</b><br>
      Training Manager, Brightwater Tech Academy</div></div>
    """
    return p._weasy(p._html(css, body), _pdf(folder, "h21-wp-clp-blank-name"))


def _build_video_course(folder: Path) -> Path:
    css = """
    @page{size:A4 landscape;margin:0}
    body{margin:0;font-family:'DejaVu Sans';color:#1d1d1f;background:#fffdf8}
    .hdr{position:absolute;left:0;right:0;top:0;height:30mm;background:#1d1d1f;color:#fff}
    .hdr .l{position:absolute;left:20mm;top:9mm;font:bold 20pt 'DejaVu Sans'}
    .hdr .l i{font-style:normal;color:#e4572e}
    .hdr .r{position:absolute;right:20mm;top:12mm;font:10pt 'DejaVu Sans';color:#ccc}
    .main{position:absolute;left:20mm;right:20mm;top:44mm}
    h1{font:normal 30pt 'DejaVu Serif';margin:0 0 8mm}
    .c{font-size:12pt;color:#666}
    .name{font:bold 26pt 'DejaVu Sans';margin:3mm 0 7mm}
    .course{font:bold 18pt 'DejaVu Serif';color:#e4572e;margin:3mm 0 2mm;width:210mm}
    .pres{font-size:11pt;color:#444;margin-bottom:8mm}
    .row{display:flex;gap:16mm;font-size:11pt}
    .row b{display:block;font-size:8pt;letter-spacing:2pt;color:#888;font-weight:normal}
    .sig{position:absolute;left:20mm;bottom:16mm;width:80mm;font-size:9.5pt;color:#555}
    .sig .ln{border-top:1px solid #888;padding-top:3pt}
    .press{position:absolute;right:20mm;bottom:18mm;font:bold 13pt 'DejaVu Serif';
           color:#1d1d1f;text-align:right}
    .press small{display:block;font:8.5pt 'DejaVu Sans';color:#888}
    """
    body = f"""
    <div class="hdr"><div class="l">quill<i>stream</i> learning</div>
      <div class="r">Video courses from technical publishers</div></div>
    <div class="main">
      <h1>Certificate of Completion</h1>
      <div class="c">Awarded to</div>
      <div class="name">Renata Szabó-Whitlock</div>
      <div class="c">for watching every lesson and passing the module quizzes of</div>
      <div class="course">Mastering OSPF and EIGRP Troubleshooting: Complete Video Course</div>
      <div class="pres">Presenter: Obadiah Kwarteng, CCIE No. 61842</div>
      <div class="row">
        <div><b>COMPLETED ON</b>29 Aug 2024</div>
        <div><b>LENGTH</b>12 hours</div>
        <div><b>SERIAL</b>QS-88F1-02KD</div>
      </div>
    </div>
    <div class="sig">{_sig("h21-w5", 170, 44)}<div class="ln"><b>Philippa Drummond-Oyelaran</b>
      <br>Publisher, Ridgeline Press</div></div>
    <div class="press">RIDGELINE PRESS<small>in association with Quillstream Learning</small>
    </div>
    """
    return p._weasy(p._html(css, body), _pdf(folder, "h21-wp-video-course"))


# --------------------------------------------------------------------------------------------
# LibreOffice (flat ODF and Word)
# --------------------------------------------------------------------------------------------


def _build_netacad_no_code(folder: Path) -> Path:
    d = p._Odt(29.7, 21.0, margin_cm=1.4, border="2.5pt double #1b6e8f")
    d.p("Cisco Networking Academy", size=14, bold=True, color="#1b6e8f", before=0.6)
    d.p("Ashgrove Community College", size=10, color="#666666", spacing=2.0, upper=True)
    d.p("Certificate of Course Completion", size=30, font="C059", before=0.9, after=0.5)
    d.p("Callum Whitford-Nash", size=26, bold=True, font="DejaVu Serif", after=0.4)
    d.p(
        "has successfully achieved student level credential for completing the",
        size=12,
        color="#444444",
    )
    d.p("CCNA: Switching, Routing, and Wireless Essentials", size=17, bold=True, after=0.2)
    d.p(
        "course administered by the undersigned instructor as an offering of the Cisco "
        "Networking Academy.",
        size=12,
        color="#444444",
        after=0.6,
    )
    d.table(
        [
            ["Course completed", "2024/05/21"],
            ["Student ID", "2291-7743-05"],
            ["Instructor", "Bronwen Achebe-Laurent"],
        ],
        [5.0, 8.0],
        size=11,
    )
    d.p("Bronwen Achebe-Laurent", size=18, font="Z003", before=0.8, after=0.0)
    d.p("Instructor, Ashgrove Community College", size=9, color="#666666")
    return p._soffice("h21-lo-netacad-no-code.fodt", d.render(), folder)


def _build_fr_clp(folder: Path) -> Path:
    d = p._Docx(11.69, 8.27, margin_in=0.8)
    d.p("INSTITUT VAUCLAIR RÉSEAUX", size=18, bold=True, color="#8a1538", spacing=2)
    d.p("Cisco Learning Partner · Lyon", size=10, color="#777777", after=18)
    d.p("ATTESTATION DE FIN DE FORMATION", size=24, bold=True, font="DejaVu Serif", after=14)
    d.p("Nous attestons que", size=12, color="#444444")
    d.p("M. Aurélien Marchetti", size=22, bold=True, after=8)
    d.p("a suivi la formation", size=12, color="#444444")
    d.p(
        "Mise en œuvre des réseaux sans fil d'entreprise Cisco (ENWLSI)",
        size=16,
        bold=True,
        color="#8a1538",
        after=4,
    )
    d.p("du 4 au 8 novembre 2024", size=13, after=14)
    d.table(
        [
            ["Durée", "35 heures"],
            ["N° de session", "S-ENWLSI-2411-02"],
            ["Formateur", "Élodie Ravanel"],
            ["N° d'attestation", "IVR-2024-11-0583"],
        ],
        [2.4, 3.6],
        size=11,
    )
    d.p("Fait à Lyon, le 8 novembre 2024", size=11, before=16, align="right")
    d.p("Gaëlle Fontanier-Brun, Directrice pédagogique", size=10, italic=True, align="right")
    return p._soffice("h21-lo-fr-clp-docx.docx", d.render(), folder)


def _build_univ_eu(folder: Path) -> Path:
    d = p._Odt(21.0, 29.7, margin_cm=2.0, footer="Carrowmore University · School of Computing")
    d.p("CARROWMORE UNIVERSITY", size=20, bold=True, font="P052", color="#003d2b", before=0.8)
    d.p("School of Computing · Professional Education", size=10, color="#666666", after=1.2)
    d.p("Certificate of Completion", size=28, font="P052", after=0.8)
    d.p("This is to certify that", size=12, color="#444444")
    d.p("Caoimhe Brannigan", size=24, bold=True, font="DejaVu Serif", after=0.5)
    d.p("has completed the", size=12, color="#444444")
    d.p("Short Course in Network Security Operations", size=17, bold=True, after=1.0)
    d.table(
        [
            ["Course date", "23/09/2024 – 27/09/2024"],
            ["Contact hours", "30"],
            ["Mode", "On campus, five days"],
            ["Serial", "UC-PE-24-3310"],
            ["Date of issue", "04/10/2024"],
        ],
        [5.0, 9.0],
        size=11,
        border="0.8pt solid #003d2b",
        shade_first="#e6f0ec",
    )
    d.p("Dr. Fergal Ostrowski", size=18, font="Z003", before=1.6, after=0.0, align="start")
    d.p("Director of Professional Education", size=10, color="#666666", align="start")
    return p._soffice("h21-lo-univ-eu-dates.fodt", d.render(), folder)


def _build_tr_clp(folder: Path) -> Path:
    d = p._Docx(11.69, 8.27, margin_in=0.9)
    d.p("KUZEYHAT BİLİŞİM AKADEMİSİ", size=18, bold=True, color="#c0392b", spacing=2)
    d.p("Cisco Learning Partner", size=10, color="#777777", after=20)
    d.p("KATILIM SERTİFİKASI", size=28, bold=True, font="DejaVu Serif", after=16)
    d.p("Sayın", size=12, color="#555555", after=0)
    d.p("Elif Nur Karaağaçlı", size=24, bold=True, after=10)
    d.p("21-25 Ekim 2024 tarihleri arasında düzenlenen", size=12, color="#444444")
    d.p(
        "Cisco SD-WAN Çözümlerinin Uygulanması (ENSDWI)",
        size=17,
        bold=True,
        color="#c0392b",
        after=4,
    )
    d.p("eğitimine katılarak başarıyla tamamlamıştır.", size=12, color="#444444", after=16)
    d.table(
        [
            ["Eğitim süresi", "40 saat"],
            ["Eğitmen", "Kaan Yıldırımoğlu"],
            ["Sertifika No", "KBA-2410-2217"],
        ],
        [2.2, 3.4],
        size=11,
    )
    d.p("Deniz Aksoylu-Erdem", size=12, bold=True, before=20, align="right")
    d.p("Genel Müdür", size=10, color="#777777", align="right")
    return p._soffice("h21-lo-tr-clp-docx.docx", d.render(), folder)


def _build_conference_cpe(folder: Path) -> Path:
    d = p._Odt(21.59, 27.94, margin_cm=2.2)
    d.p(
        "LAKESHORE INTERCONNECT SUMMIT",
        size=16,
        bold=True,
        color="#1f4e79",
        align="start",
        spacing=1.5,
    )
    d.p(
        "Program Office · 400 Harborview Plaza · Port Elsmere",
        size=9,
        color="#777777",
        align="start",
        after=1.0,
    )
    d.p("November 1, 2024", size=11, align="start", after=0.6)
    d.p("Dear Hollis Penwarden,", size=11, align="start", after=0.4)
    d.p(
        "This letter confirms that you attended the Lakeshore Interconnect Summit 2024, held "
        "October 15th–17th, 2024 at the Harborview Convention Center, and earned continuing "
        "professional education credit for the sessions you attended.",
        size=11,
        align="justify",
        after=0.5,
    )
    d.table(
        [
            ["Attendee", "Hollis Penwarden"],
            ["Event", "Lakeshore Interconnect Summit 2024"],
            ["Dates", "October 15th–17th, 2024"],
            ["CPE credits", "18"],
            ["Certificate Number", "LIS24-CPE-00412"],
            ["Registration Order ID", "LIS-REG-55012"],
        ],
        [5.5, 10.0],
        size=10.5,
    )
    d.p(
        "Please keep this letter for your records; certification bodies may ask for it when "
        "you report your credits.",
        size=11,
        align="start",
        before=0.6,
        after=0.8,
    )
    d.p("Sincerely,", size=11, align="start")
    d.p("Marguerite Ashby-Coles", size=20, font="Z003", align="start", before=0.3, after=0.0)
    d.p("Marguerite Ashby-Coles, Program Chair", size=10, align="start", color="#444444")
    return p._soffice("h21-lo-conference-cpe.fodt", d.render(), folder)


# --------------------------------------------------------------------------------------------
# cairo (design-tool exports)
# --------------------------------------------------------------------------------------------


def _rotated(c: p._Cairo, x: float, y: float, angle_deg: float, draw: Callable[[], None]) -> None:
    import math

    c.ctx.save()
    c.ctx.translate(x, y)
    c.ctx.rotate(math.radians(angle_deg))
    draw()
    c.ctx.restore()


def _velarion_page(out: Path) -> Path:
    c = p._Cairo(out, 841.89, 595.28)
    c.rect(0, 0, 841.89, 595.28, fill="#ffffff")
    _rotated(
        c,
        421,
        340,
        -18,
        lambda: c.text(0, 40, "CERTIFIED", size=150, bold=True, align="center", color="#eef1f6"),
    )
    c.rect(0, 0, 841.89, 10, fill="#ff6a13")
    c.rect(40, 40, 34, 34, fill="#ff6a13")
    c.rect(50, 50, 14, 14, fill="#ffffff")
    c.text(86, 66, "VELARION", size=24, bold=True, color="#17202a", spacing=3)
    c.text(88, 84, "Every branch, one fabric.", size=10, italic=True, color="#8a94a0")
    c.text(801, 66, "SD-WAN Academy", size=12, align="right", color="#8a94a0")
    c.text(
        421, 160, "CERTIFICATE OF COMPLETION", size=26, align="center", color="#17202a", spacing=5
    )
    c.text(421, 210, "This is to certify that", size=13, align="center", color="#5d6875")
    c.text(421, 262, "Hamid Rezaeifar", size=38, bold=True, align="center", color="#17202a")
    c.line(250, 280, 592, 280, color="#ff6a13", lw=1.5)
    c.text(421, 312, "has completed the partner training", size=13, align="center", color="#5d6875")
    c.text(421, 350, "Velarion SD-WAN Fabric Operations", size=24, align="center", color="#ff6a13")
    c.text(
        421, 384, "03-DEC-2024 to 05-DEC-2024", size=14, bold=True, align="center", color="#17202a"
    )
    c.signature(90, 450, 180, 48, "h21-k1a")
    c.line(80, 505, 300, 505, color="#999999")
    c.text(80, 522, "Sunniva Achterberg-Mensah", size=11, bold=True, color="#17202a")
    c.text(80, 538, "Director, Partner Academy", size=10, color="#5d6875")
    c.signature(350, 450, 180, 48, "h21-k1b")
    c.line(340, 505, 560, 505, color="#999999")
    c.text(340, 522, "Jovan Pereira-Kask", size=11, bold=True, color="#17202a")
    c.text(340, 538, "Lead Instructor", size=10, color="#5d6875")
    c.qr(680, 420, 90, "h21-k1-qr")
    c.text(725, 528, "VLN-SDW-3F8K2Q", size=9, align="center", color="#17202a")
    return c.finish()


def _build_velarion(folder: Path) -> Path:
    return _velarion_page(_pdf(folder, "h21-ca-velarion-qr"))


def _build_ciscou_band(folder: Path) -> Path:
    c = p._Cairo(_pdf(folder, "h21-ca-ciscou-band"), 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(0, 0, 792, 96, fill="#0d274d")
    c.text(48, 60, "Cisco U.", size=32, bold=True, color="#ffffff")
    c.text(744, 58, "COURSE COMPLETION", size=12, align="right", color="#9fd8f2", spacing=3)
    c.text(396, 160, "Certificate of Completion", size=30, align="center", color="#0d274d")
    c.text(396, 200, "presented to", size=13, align="center", color="#6b7c8f")
    c.rect(0, 224, 792, 78, fill="#049fd9")
    c.text(396, 276, "Tomás Ferreira", size=38, bold=True, align="center", color="#ffffff")
    c.text(
        396, 340, "for successfully completing the course", size=13, align="center", color="#6b7c8f"
    )
    c.text(
        396,
        376,
        "Operating Cisco Catalyst Center Assurance",
        size=24,
        bold=True,
        align="center",
        color="#0d274d",
    )
    labels = [
        ("Completed", "29 November 2024"),
        ("CE credits", "8"),
        ("Serial", "CU-C-0X8R4T1M"),
        ("Date of issue", "2 December 2024"),
    ]
    x = 66
    for k, v in labels:
        c.rect(x, 416, 150, 3, fill="#049fd9")
        c.text(x, 438, k.upper(), size=9, color="#6b7c8f", spacing=1.5)
        c.text(x, 458, v, size=13, bold=True, color="#14263d")
        x += 172
    c.signature(520, 500, 170, 44, "h21-k2")
    c.line(510, 552, 740, 552, color="#aab4c0")
    c.text(510, 568, "Evander Nakashima-Roe, Head of Learning Programs", size=9, color="#5a6b7d")
    c.text(48, 568, "Build skills. Prove them. Keep going.", size=10, italic=True, color="#049fd9")
    return c.finish()


def _build_ptbr_netacad(folder: Path) -> Path:
    c = p._Cairo(_pdf(folder, "h21-ca-ptbr-netacad"), 841.89, 595.28)
    c.rect(0, 0, 841.89, 595.28, fill="#fdfdfb")
    c.rect(24, 24, 793.89, 547.28, stroke="#00796b", lw=2.5)
    c.rect(32, 32, 777.89, 531.28, stroke="#9ccfc6", lw=0.8)
    for i in range(5):
        c.rect(70 + 9 * i, 92 - 6 * (i % 3), 5, 12 + 6 * (i % 3), fill="#00796b")
    c.text(124, 98, "Cisco Networking Academy", size=16, bold=True, color="#00796b")
    c.text(124, 116, "Academia Cisco · Faculdade Serra Azul", size=10, color="#6a7a78")
    c.text(421, 176, "CERTIFICADO DE CONCLUSÃO", size=28, bold=True, align="center", spacing=2)
    c.text(421, 222, "Certificamos que", size=13, align="center", color="#555555")
    c.text(
        421,
        268,
        "Luana Cristina Monteiro",
        size=34,
        family="DejaVu Serif",
        bold=True,
        align="center",
        color="#123b36",
    )
    c.text(
        421, 306, "concluiu com aproveitamento o curso", size=13, align="center", color="#555555"
    )
    c.text(
        421, 342, "CCNA: Introdução às Redes", size=22, bold=True, align="center", color="#00796b"
    )
    c.wrap(
        421,
        378,
        "oferecido pela Academia Cisco da Faculdade Serra Azul, de 5 de agosto a 27 de setembro "
        "de 2024, com carga horária de 70 horas.",
        560,
        13,
        19,
        align="center",
        color="#333333",
    )
    c.text(421, 438, "Código de verificação: NA-BR-2409-77X1Q", size=11, align="center")
    c.signature(110, 470, 170, 44, "h21-k3")
    c.line(100, 522, 330, 522, color="#999999")
    c.text(100, 538, "Prof. Gilberto Nakamura Rocha", size=10, bold=True)
    c.text(100, 552, "Instrutor", size=9, color="#666666")
    c.text(741, 538, "Serra Azul, 4 de outubro de 2024", size=10, align="right", color="#444444")
    return c.finish()


def _build_clp_2col(folder: Path) -> Path:
    c = p._Cairo(_pdf(folder, "h21-ca-clp-2col"), 841.89, 595.28)
    c.rect(0, 0, 841.89, 595.28, fill="#ffffff")
    c.rect(560, 0, 281.89, 595.28, fill="#f1f4f8")
    c.text(50, 70, "NORTHLAKE", size=22, bold=True, color="#0a3d62", spacing=2)
    c.text(50, 88, "SYSTEMS LEARNING", size=10, color="#3c6382", spacing=4)
    c.text(50, 150, "Certificate of Completion", size=30, color="#0a3d62", family="DejaVu Serif")
    c.text(50, 196, "Wen-Li Haverkamp", size=32, bold=True, color="#111111")
    c.text(50, 228, "completed the Cisco instructor-led training", size=12, color="#666666")
    c.text(50, 272, "SCOR", size=26, bold=True, color="#e55039")
    c.font("DejaVu Sans", 26, bold=True)
    w = c.width_of("SCOR ")
    c.text(50 + w, 272, "Implementing and Operating", size=17, color="#0a3d62")
    c.text(50 + w, 294, "Cisco Security Core Technologies", size=17, color="#0a3d62")
    c.text(50, 344, "Instructor: Anders Mbatha", size=12, color="#333333")
    c.signature(60, 420, 180, 48, "h21-k4")
    c.line(50, 476, 290, 476, color="#999999")
    c.text(50, 492, "Oriana Blackwood-Sato", size=11, bold=True)
    c.text(50, 507, "Head of Training, Northlake Systems Learning", size=10, color="#666666")
    c.text(50, 560, "Cisco Learning Partner", size=10, bold=True, color="#049fd9", spacing=1)
    facts = [
        ("CLASS DATES", "Mon 10 Jun – Fri 14 Jun 2024"),
        ("DELIVERY", "Classroom, Minneapolis"),
        ("CISCO CE CREDITS", "40"),
        ("CLASS ID", "98113"),
        ("CERT #", "NLS-0610-2288"),
    ]
    y = 120
    for k, v in facts:
        c.text(590, y, k, size=9, color="#3c6382", spacing=2)
        c.text(590, y + 20, v, size=13, bold=True, color="#0a3d62")
        y += 64
    return c.finish()


def _build_es_constancia(folder: Path) -> Path:
    c = p._Cairo(_pdf(folder, "h21-ca-es-constancia"), 792, 612)
    c.rect(0, 0, 792, 612, fill="#fffaf2")
    c.rect(0, 0, 792, 14, fill="#7a1f3d")
    c.rect(0, 598, 792, 14, fill="#c9a227")
    c.circle(396, 70, 30, fill="#7a1f3d")
    c.text(396, 80, "UTVA", size=15, bold=True, align="center", color="#ffffff")
    c.text(
        396,
        128,
        "Universidad Tecnológica del Valle de Aranda",
        size=15,
        bold=True,
        align="center",
        color="#7a1f3d",
    )
    c.text(396, 146, "Dirección de Educación Continua", size=10, align="center", color="#7f6f5f")
    c.text(396, 200, "CONSTANCIA", size=34, align="center", family="DejaVu Serif", spacing=6)
    c.text(396, 238, "Se otorga la presente constancia a", size=13, align="center", color="#555555")
    c.text(
        396, 282, "Ing. Ximena Robledo Farías", size=32, bold=True, align="center", color="#2b1a10"
    )
    c.text(396, 318, "por haber concluido el curso de actualización", size=13, align="center")
    c.text(
        396,
        352,
        "Diseño de Redes Inalámbricas Empresariales",
        size=22,
        bold=True,
        align="center",
        color="#7a1f3d",
    )
    c.text(
        396,
        384,
        "impartido del 3 al 7 de junio de 2024, con una duración de 40 horas.",
        size=13,
        align="center",
    )
    c.text(396, 420, "Aranda, a 14 de junio de 2024", size=11, align="center", color="#555555")
    c.signature(300, 456, 190, 48, "h21-k5", color="#3a2a1a")
    c.line(270, 512, 522, 512, color="#999999")
    c.text(396, 528, "Mtra. Rocío Quiñones Lapuente", size=11, bold=True, align="center")
    c.text(396, 543, "Coordinadora de Educación Continua", size=10, align="center", color="#666666")
    c.text(740, 578, "Folio: UTVA-EC-2406-118", size=9, align="right", color="#444444")
    return c.finish()


# --------------------------------------------------------------------------------------------
# Ghostscript (PostScript)
# --------------------------------------------------------------------------------------------


def _gs_clp_classic(out: Path) -> Path:
    d = p._PS(792, 612)
    d.rect(18, 18, 756, 576, stroke="#6d4c1f", lw=3)
    d.rect(28, 28, 736, 556, stroke="#b08d57", lw=1)
    d.text(396, 78, "LINDMARK TECHNICAL INSTITUTE", "serif-b", 20, "center", "#3b2a12")
    d.text(396, 98, "Cisco Learning Partner", "sans", 10, "center", "#049fd9")
    d.text(396, 170, "Certificate of Completion", "chancery", 44, "center", "#3b2a12")
    d.text(396, 214, "This certifies that", "serif-i", 14, "center", "#555555")
    d.text(396, 260, "Bartholomew O. Quaye", "serif-b", 32, "center")
    d.line(236, 274, 556, 274, "#b08d57", 1)
    d.text(396, 302, "has completed the instructor-led course", "serif-i", 14, "center", "#555555")
    d.text(
        396,
        336,
        "Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2",
        "serif-b",
        18,
        "center",
    )
    d.text(396, 366, "March 18 – 22, 2024", "serif", 15, "center")
    d.text(396, 392, "40 Cisco Continuing Education Credits", "serif", 13, "center", "#555555")
    d.signature(90, 440, 180, 48, "h21-g1a")
    d.line(80, 500, 300, 500, "#777777", 0.8)
    d.text(80, 516, "Ezekiel Marchbanks", "sans-b", 10)
    d.text(80, 530, "Lead Instructor", "sans", 9, "left", "#555555")
    d.signature(510, 440, 180, 48, "h21-g1b")
    d.line(492, 500, 712, 500, "#777777", 0.8)
    d.text(492, 516, "Philomena Kastrati-Wood", "sans-b", 10)
    d.text(492, 530, "Director of Education", "sans", 9, "left", "#555555")
    d.circle(396, 488, 38, fill="#b08d57")
    d.circle(396, 488, 30, stroke="#ffffff", lw=1.2)
    d.text(396, 492, "LTI", "serif-b", 16, "center", "#ffffff")
    d.text(60, 568, "Cert #: LMT-240312-77", "sans", 9)
    d.text(732, 568, "Class #: 5521903", "sans", 9, "right")
    return p._ghostscript(d, out)


def _build_gs_clp_classic(folder: Path) -> Path:
    return _gs_clp_classic(_pdf(folder, "h21-gs-clp-classic"))


def _build_gs_ambiguous(folder: Path) -> Path:
    d = p._PS(612, 792)
    d.rect(0, 0, 612, 120, fill="#263238")
    d.text(48, 62, "NetVantage", "gothic-d", 30, "left", "#ffffff")
    d.text(50, 88, "INSTITUTE", "gothic", 11, "left", "#80cbc4")
    d.text(564, 80, "Routing & Switching Workshops", "gothic", 11, "right", "#b0bec5")
    d.text(306, 200, "Certificate of Completion", "gothic-d", 30, "center", "#263238")
    d.text(306, 240, "awarded to", "gothic", 13, "center", "#607d8b")
    d.text(306, 290, "Delphine Okoro", "bookman-d", 30, "center")
    d.line(156, 306, 456, 306, "#80cbc4", 1.5)
    d.text(306, 340, "for completing the one-day workshop", "gothic", 13, "center", "#607d8b")
    d.text(306, 378, "BGP Design and Policy Workshop", "gothic-d", 20, "center", "#00695c")
    rows = [("Date", "06/05/2024"), ("Duration", "8 hours"), ("Certificate Number", "NVI-BGP-2291")]
    y = 450
    for k, v in rows:
        d.text(160, y, k, "gothic", 12, "left", "#607d8b")
        d.text(320, y, v, "gothic-d", 12)
        d.line(160, y + 8, 452, y + 8, "#cfd8dc", 0.5)
        y += 30
    d.signature(90, 600, 180, 48, "h21-g2")
    d.line(80, 660, 300, 660, "#777777", 0.8)
    d.text(80, 676, "Lorcan Abernathy-Oduya", "sans-b", 10)
    d.text(80, 690, "Workshop Lead", "sans", 9, "left", "#555555")
    d.text(532, 690, "Design it before you debug it.", "sans-i", 9, "right", "#00695c")
    return p._ghostscript(d, _pdf(folder, "h21-gs-ambiguous-date"))


def _build_gs_cisco_live_letter(folder: Path) -> Path:
    d = p._PS(612, 792)
    d.rect(0, 0, 612, 96, fill="#1b1f6b")
    d.rect(0, 96, 612, 6, fill="#00a3a6")
    d.text(48, 56, "CISCO LIVE", "sans-b", 30, "left", "#ffffff")
    d.text(50, 78, "Las Vegas 2024", "sans", 12, "left", "#bfeff0")
    d.text(564, 62, "Certificate of Attendance", "sans", 13, "right", "#ffffff")
    d.text(48, 150, "This certifies that", "sans", 11, "left", "#555555")
    d.text(48, 180, "Ngozi Whitcombe, CCNP Security", "sans-b", 22, "left", "#1b1f6b")
    d.text(48, 210, "attended", "sans", 11, "left", "#555555")
    d.text(48, 238, "Cisco Live Las Vegas 2024", "sans-b", 18)
    d.text(48, 260, "June 2–6, 2024 · Las Vegas, Nevada", "sans", 12, "left", "#333333")
    d.text(48, 300, "Sessions attended", "sans-b", 11, "left", "#00a3a6")
    d.rect(48, 308, 516, 20, fill="#eceef7")
    d.text(56, 322, "Session ID", "sans-b", 9)
    d.text(150, 322, "Title", "sans-b", 9)
    d.text(460, 322, "Date", "sans-b", 9)
    d.text(556, 322, "CE", "sans-b", 9, "right")
    sessions = [
        ("BRKSEC-2046", "Zero Trust Access for Hybrid Workforces", "Mon Jun 3", "2"),
        ("BRKENS-2092", "Designing Resilient Campus Fabrics", "Mon Jun 3", "2"),
        ("LTRENS-1014", "Hands-on: Catalyst Center Automation Lab", "Tue Jun 4", "4"),
        ("BRKDCN-2710", "EVPN VXLAN Troubleshooting Deep Dive", "Wed Jun 5", "2"),
        ("BRKOPS-2301", "Observability for Network Operators", "Wed Jun 5", "2"),
    ]
    y = 346
    for sid, title, day, ce in sessions:
        d.text(56, y, sid, "mono", 9)
        d.text(150, y, title, "sans", 9)
        d.text(460, y, day, "sans", 9)
        d.text(556, y, ce, "sans", 9, "right")
        d.line(48, y + 7, 564, y + 7, "#d5d9e8", 0.4)
        y += 22
    d.text(48, y + 18, "Total Continuing Education credits earned: 12", "sans-b", 11)
    d.text(48, y + 52, "Attendee Verification Code: CLUS24-9K2D-77WQ", "sans", 11)
    d.text(48, y + 70, "Badge ID: 7740215", "sans", 10, "left", "#666666")
    d.signature(60, 640, 170, 44, "h21-g3")
    d.line(48, 692, 280, 692, "#999999", 0.8)
    d.text(48, 708, "Marisol Oyelowo-Grant", "sans-b", 10)
    d.text(48, 722, "Director, Cisco Live Learning Experience", "sans", 9, "left", "#666666")
    d.text(
        564, 760, "Learn. Connect. Build the bridge to possible.", "sans-i", 9, "right", "#00a3a6"
    )
    return p._ghostscript(d, _pdf(folder, "h21-gs-cisco-live-letter"))


def _build_gs_univ_short(folder: Path) -> Path:
    d = p._PS(792, 612)
    d.rect(0, 0, 60, 612, fill="#4a148c")
    d.raw(
        "gsave 38 200 translate 90 rotate /H10-sans-b 16 selectfont 1 1 1 setrgbcolor "
        "0 0 moveto (MARROWDALE  UNIVERSITY  EXTENSION) show grestore"
    )
    d.text(110, 80, "Marrowdale University Extension", "palatino-b", 18, "left", "#4a148c")
    d.text(110, 98, "Continuing & Professional Studies", "palatino", 11, "left", "#777777")
    d.text(110, 170, "Certificate of Completion", "palatino", 34)
    d.text(110, 214, "This certifies that", "palatino", 13, "left", "#555555")
    d.text(110, 254, "Anneliese van der Berg", "palatino-b", 28, "left", "#4a148c")
    d.text(110, 286, "has completed the non-credit short course", "palatino", 13, "left", "#555555")
    d.text(110, 320, "Wireless Network Design Short Course", "palatino-b", 20)
    d.rect(110, 350, 300, 80, stroke="#4a148c", lw=0.8)
    d.line(110, 376, 410, 376, "#4a148c", 0.5)
    d.line(110, 402, 410, 402, "#4a148c", 0.5)
    d.line(220, 350, 220, 430, "#4a148c", 0.5)
    for i, (k, v) in enumerate(
        [("Sessions held", "Oct 15 - Oct 17, 2024"), ("CEUs", "2.1"), ("Cert #", "MUX-WL-24-0440")]
    ):
        d.text(118, 368 + 26 * i, k, "sans", 10, "left", "#555555")
        d.text(228, 368 + 26 * i, v, "sans-b", 10)
    d.signature(470, 450, 180, 48, "h21-g4")
    d.line(460, 505, 700, 505, "#777777", 0.8)
    d.text(460, 521, "Dr. Imogen Fairweather-Lutz", "sans-b", 10)
    d.text(460, 535, "Dean, Continuing & Professional Studies", "sans", 9, "left", "#555555")
    d.text(110, 560, "Lux per scientiam", "palatino", 10, "left", "#999999")
    return p._ghostscript(d, _pdf(folder, "h21-gs-univ-short"))


def _build_gs_webinar(folder: Path) -> Path:
    d = p._PS(792, 612)
    d.rect(0, 0, 792, 612, fill="#0f1c2e")
    d.rect(40, 40, 712, 532, fill="#ffffff")
    d.circle(92, 96, 24, fill="#f9a825")
    d.text(92, 103, "CSA", "sans-b", 13, "center", "#0f1c2e")
    d.text(128, 92, "Corvane Security Alliance", "sans-b", 18, "left", "#0f1c2e")
    d.text(128, 110, "Member education · Live webinars", "sans", 10, "left", "#777777")
    d.text(396, 176, "CPE Certificate", "serif-b", 34, "center", "#0f1c2e")
    d.text(396, 214, "This certifies that", "serif-i", 13, "center", "#555555")
    d.text(396, 258, "Ramón Ibarra-Whitfield", "serif-b", 30, "center")
    d.text(396, 290, "attended the live webinar", "serif-i", 13, "center", "#555555")
    d.text(396, 326, "Zero Trust Segmentation with Cisco ISE", "sans-b", 20, "center", "#b26a00")
    d.text(396, 356, "Thursday, 12 September 2024, 11:00 AM EDT", "sans", 13, "center", "#333333")
    d.text(250, 404, "CPE credits: 1.5", "sans-b", 12, "center")
    d.text(542, 404, "Certificate ID: CSA-WB-240912-3391", "sans-b", 12, "center")
    d.text(396, 426, "Order ID: 558-20931", "sans", 9, "center", "#888888")
    d.signature(110, 460, 170, 44, "h21-g5")
    d.line(100, 512, 320, 512, "#999999", 0.8)
    d.text(100, 528, "Saoirse Lindqvist-Obi", "sans-b", 10)
    d.text(100, 542, "Education Committee Chair", "sans", 9, "left", "#555555")
    d.text(692, 542, "Trust nothing. Verify everything.", "sans-i", 10, "right", "#b26a00")
    return p._ghostscript(d, _pdf(folder, "h21-gs-webinar-cpe"))


# --------------------------------------------------------------------------------------------
# Scans (image-only PDFs of pages printed by the producers above)
# --------------------------------------------------------------------------------------------


def _render_ciscou_course(work: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;width:11in;height:8.5in;position:relative;font-family:'DejaVu Sans';
         color:#14263d}
    .band{position:absolute;left:0;right:0;top:0;height:18px;background:#049fd9}
    .logo{position:absolute;left:70px;top:60px;font:bold 38px 'DejaVu Sans';color:#0d274d}
    .k{position:absolute;right:70px;top:76px;font:13px 'DejaVu Sans';letter-spacing:4px;
       color:#049fd9}
    .c{position:absolute;left:0;right:0;text-align:center}
    """
    body = f"""
    <div class="band"></div><div class="logo">Cisco U.</div><div class="k">COURSE</div>
    <div class="c" style="top:170px;font:36px 'DejaVu Serif'">Certificate of Completion</div>
    <div class="c" style="top:240px;font:16px 'DejaVu Sans';color:#5a6b7d">awarded to</div>
    <div class="c" style="top:272px;font:bold 42px 'DejaVu Sans'">Matteo Ravensworth</div>
    <div class="c" style="top:350px;font:16px 'DejaVu Sans';color:#5a6b7d">for completing the
      course</div>
    <div class="c" style="top:384px;font:bold 28px 'DejaVu Sans';color:#0d274d">Troubleshooting
      Cisco SD-Access Fabrics</div>
    <div class="c" style="top:460px;font:17px 'DejaVu Sans'">Completed November 4, 2024
      &nbsp;·&nbsp; 6 CE credits</div>
    <div class="c" style="top:496px;font:15px 'DejaVu Sans'">Credential ID: CU-CR-5T9W-01LM</div>
    <div style="position:absolute;left:420px;top:600px">{_sig("h21-s1", 200, 50)}</div>
    <div class="c" style="top:664px;font:13px 'DejaVu Sans';color:#5a6b7d">Evander
      Nakashima-Roe · Head of Learning Programs</div>
    """
    return p._chromium(p._html(css, body), work / "ciscou-course.pdf", "11in", "8.5in")


def _render_clp_smudged(work: Path) -> Path:
    d = p._Odt(29.7, 21.0, margin_cm=1.6, border="1.5pt solid #5d4037")
    d.p("ARDENT PEAK LEARNING", size=18, bold=True, color="#5d4037", spacing=2.0, before=0.4)
    d.p("Cisco Learning Partner", size=10, color="#049fd9", after=0.8)
    d.p("Certificate of Completion", size=30, font="P052", after=0.5)
    d.p("This is to certify that", size=12, color="#555555")
    d.p("Gwendolyn Asante-Reilly", size=26, bold=True, font="DejaVu Serif", after=0.4)
    d.p("has successfully completed the Cisco course", size=12, color="#555555")
    d.p(
        "Implementing Cisco Service Provider Advanced Routing Solutions (SPRI)",
        size=16,
        bold=True,
        after=0.6,
    )
    d.table(
        [
            ["Class dates", "Aug 12-16, 2024"],
            ["Cisco CE credits", "40"],
        ],
        [5.0, 8.0],
        size=12,
    )
    d.p("Ivo Brandstetter-Quaye", size=18, font="Z003", before=0.8, after=0.0)
    d.p("Ivo Brandstetter-Quaye, Lead Instructor", size=9, color="#666666", after=0.9)
    d.p("Certificate No. APL-SPRI-24-0815-31", size=10, color="#ababab")
    return p._soffice("clp-smudged.fodt", d.render(), work)


def _render_quorix(work: Path) -> Path:
    c = p._Cairo(work / "quorix.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(0, 0, 792, 120, fill="#00695c")
    for i in range(4):
        c.circle(70 + 16 * i, 60, 6, fill="#a7ffeb")
    c.text(150, 68, "QUORIX", size=28, bold=True, color="#ffffff", spacing=4)
    c.text(152, 90, "WIRELESS", size=10, color="#a7ffeb", spacing=6)
    c.text(740, 70, "Mesh that just works.", size=12, italic=True, align="right", color="#ffffff")
    c.text(396, 190, "Certificate of Training", size=32, align="center", color="#00695c")
    c.text(396, 230, "presented to", size=13, align="center", color="#666666")
    c.text(396, 278, "Soren P. Adebayo", size=36, bold=True, align="center")
    c.text(396, 318, "for completing", size=13, align="center", color="#666666")
    c.text(
        396,
        354,
        "Quorix Certified Mesh Deployment Specialist",
        size=22,
        bold=True,
        align="center",
        color="#00695c",
    )
    c.text(396, 390, "July 8th–10th, 2024", size=16, align="center")
    c.text(396, 430, "Serial QW-MDS-24-8812", size=13, bold=True, align="center")
    c.signature(300, 470, 190, 48, "h21-s3")
    c.line(280, 526, 512, 526, color="#999999")
    c.text(396, 542, "Thandiwe Kowalczyk, Training Director", size=11, align="center")
    return c.finish()


def _render_netacad_gs(work: Path) -> Path:
    d = p._PS(792, 612)
    d.rect(24, 24, 744, 564, stroke="#1b6e8f", lw=2)
    for i in range(5):
        d.rect(60 + 8 * i, 56 + 5 * (i % 3), 4, 16 - 5 * (i % 3), fill="#1b6e8f")
    d.text(110, 70, "Cisco Networking Academy", "sans-b", 16, "left", "#1b6e8f")
    d.text(110, 86, "Riverbend Polytechnic", "sans", 10, "left", "#666666")
    d.text(396, 160, "Certificate of Course Completion", "schoolbook", 32, "center")
    d.text(396, 214, "Chidinma Olvera", "schoolbook-b", 30, "center")
    d.text(
        396,
        246,
        "has successfully achieved student level credential for completing the",
        "sans",
        12,
        "center",
        "#444444",
    )
    d.text(
        396,
        280,
        "CCNA: Enterprise Networking, Security, and Automation",
        "sans-b",
        18,
        "center",
        "#1b6e8f",
    )
    d.text(396, 330, "Completed 2024-12-06", "sans", 13, "center")
    d.text(396, 352, "Certificate ID: NA-2412-66RKT", "sans", 12, "center")
    d.signature(300, 420, 190, 48, "h21-s4")
    d.line(280, 476, 512, 476, "#777777", 0.8)
    d.text(396, 492, "Obiora Lindahl", "sans-b", 11, "center")
    d.text(396, 507, "Instructor, Riverbend Polytechnic", "sans", 9, "center", "#555555")
    out = work / "netacad.pdf"
    return p._ghostscript(d, out)


def _scanned(render: Callable[[Path], Path], name: str, **kw: object) -> Build:
    return functools.partial(_SCAN, render, name, **kw)


# --------------------------------------------------------------------------------------------
# Form: a cairo template with AcroForm text fields filled by pypdf
# --------------------------------------------------------------------------------------------

_FORM_FIELDS = (
    # name, x, y (top, from the top of the page), width, height, font size, value
    ("participant", 230, 214, 420, 30, 18, "Benedikt Osei-Lambert"),
    ("course", 230, 268, 420, 26, 12, "Understanding Cisco Wireless Foundations (WLFNDU) v2.0"),
    ("start_date", 230, 318, 160, 24, 12, "15 Oct 2024"),
    ("end_date", 490, 318, 160, 24, 12, "16 Oct 2024"),
    ("ce_credits", 230, 364, 160, 24, 12, "16"),
    ("certificate_no", 490, 364, 160, 24, 12, "OLP-WLF-24-1015-07"),
)


def _form_template(out: Path) -> Path:
    c = p._Cairo(out, 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(20, 20, 752, 572, stroke="#2e4a62", lw=2)
    c.text(60, 76, "OAKHURST", size=24, bold=True, color="#2e4a62", spacing=3)
    c.text(60, 94, "LEARNING PARTNERS", size=10, color="#6b8197", spacing=4)
    c.text(732, 80, "Cisco Learning Partner", size=11, align="right", color="#049fd9")
    c.text(396, 160, "Certificate of Completion", size=30, align="center", color="#2e4a62")
    labels = [
        (90, 234, "Participant"),
        (90, 286, "Course"),
        (90, 335, "Start date"),
        (410, 335, "End date"),
        (90, 381, "Cisco CE credits"),
        (410, 381, "Certificate No."),
    ]
    for x, y, s in labels:
        c.text(x, y, s, size=11, color="#6b8197")
    for _, x, y, w, h, _size, _value in _FORM_FIELDS:
        c.line(x, y + h, x + w, y + h, color="#9fb1c2", lw=0.8)
    c.signature(100, 450, 180, 48, "h21-f1")
    c.line(90, 506, 330, 506, color="#999999")
    c.text(90, 522, "Josephine Tremaine-Adu", size=11, bold=True)
    c.text(90, 537, "Training Coordinator, Oakhurst Learning Partners", size=9, color="#666666")
    c.text(
        732, 560, "Form OLP-CC-3 · fill in electronically", size=8, align="right", color="#999999"
    )
    return c.finish()


def _build_form(folder: Path) -> Path:
    import tempfile

    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    out = _pdf(folder, "h21-fm-clp-acroform")
    with tempfile.TemporaryDirectory(prefix="h21_form_") as tmp:
        template = _form_template(Path(tmp) / "template.pdf")
        writer = PdfWriter(clone_from=io.BytesIO(template.read_bytes()))
    page = writer.pages[0]
    page_h = float(page.mediabox.height)
    helv = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    refs = ArrayObject()
    for name, x, y, w, h, size, _value in _FORM_FIELDS:
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/Rect"): ArrayObject(
                    [
                        FloatObject(x),
                        FloatObject(page_h - y - h),
                        FloatObject(x + w),
                        FloatObject(page_h - y),
                    ]
                ),
                NameObject("/F"): NumberObject(4),
                NameObject("/DA"): TextStringObject(f"/Helv {size} Tf 0.1 0.1 0.2 rg"),
                NameObject("/P"): page.indirect_reference,
            }
        )
        refs.append(writer._add_object(widget))
    page[NameObject("/Annots")] = ArrayObject(list(refs))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): refs,
            NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
            NameObject("/DR"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv})}
            ),
        }
    )
    writer.update_page_form_field_values(
        page, {f[0]: f[6] for f in _FORM_FIELDS}, auto_regenerate=False
    )
    with out.open("wb") as fh:
        writer.write(fh)
    return out


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

_ROWS: list[tuple[str, str, Build, Expected, str]] = []


def _add(
    name: str,
    kind: str,
    build: Build,
    note: str,
    *,
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None,
    credits: tuple[float, str] | None,
    review: bool = False,
) -> None:
    expected = Expected(
        course_name=course,
        start_date=start,
        end_date=end,
        validation_code=code,
        learner_name=learner,
        issuer=issuer,
        needs_review=review,
        printed_credits=credits,
    )
    _ROWS.append((name, kind, build, expected, note))


# ---- chromium ------------------------------------------------------------------------------
_add(
    "h21-cr-ciscou-path",
    "chromium",
    _build_ciscou_path,
    "16:9 slide; name placed word by word; bold 'ENCOR:' span + light title on one line; "
    "weekday date; Learner ID next to the Credential ID",
    course="ENCOR: Implementing and Operating Cisco Enterprise Network Core Technologies",
    start="2024-10-15",
    end="2024-10-15",
    code="CU-LP-7F3K-92QD",
    learner="Dariusz K. Lindqvist",
    issuer="Cisco U.",
    credits=(64.0, "CE"),
)
_add(
    "h21-cr-live-session",
    "chromium",
    _build_live_session,
    "every word absolutely placed; session ID BRKENS-2092 in a pill (not the code); date with "
    "time range and time zone; Badge ID",
    course="Designing Resilient Campus Fabrics with SD-Access",
    start="2024-02-07",
    end="2024-02-07",
    code="CLEU24-K7QX-M3P9",
    learner="Noor Vandenberghe",
    issuer="Cisco Live",
    credits=(2.0, "CE"),
)
_add(
    "h21-cr-devnet-ribbon",
    "chromium",
    _build_devnet_ribbon,
    "rotated side ribbon with text; ALL CAPS name; DevNet bootcamp hosted by an invented "
    "partner (issuer not in the list); two signers",
    course="Network Programmability with Python, NETCONF and RESTCONF",
    start="2024-03-12",
    end="2024-03-14",
    code="DVN-BC-2403-00817",
    learner="MARGUERITE OYELARAN",
    issuer=None,
    credits=(24.0, "hours"),
)
_add(
    "h21-cr-aerolume-3col",
    "chromium",
    _build_aerolume_3col,
    "three columns; name followed by ', CCNP, CISSP'; completion timestamp with UTC; "
    "Cert # next to an Order ID; invented wireless vendor",
    course="Aerolume Certified Wi-Fi 6E Design Engineer (AWDE-610)",
    start="2024-11-20",
    end="2024-11-20",
    code="AWN-610-58821",
    learner="Keisha Tamborrino",
    issuer=None,
    credits=(16.0, "hours"),
)
_add(
    "h21-cr-ciscou-two-paths",
    "chromium",
    _build_ciscou_two_paths,
    "UNCLEAR: two learning paths with two completion dates on one certificate",
    course=None,
    start=None,
    end=None,
    code="CU-TR-4M2N-8821",
    learner="Ifeoma Castellanos-Reyes",
    issuer="Cisco U.",
    credits=(40.0, "CE"),
    review=True,
)

# ---- weasyprint ----------------------------------------------------------------------------
_add(
    "h21-wp-clp-harriet-vale",
    "weasyprint",
    _build_harriet_vale,
    "bordered table cells; training centre named after a person; CLC class number and "
    "instructor CCSI number next to the partner's certificate number; 'Eng.' title",
    course="Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
    start="2024-10-15",
    end="2024-10-17",
    code="HVT-CERT-0241377",
    learner="Salvador Quintero",
    issuer="Cisco Learning Partner",
    credits=(40.0, "CE"),
)
_add(
    "h21-wp-de-hochschule",
    "weasyprint",
    _build_de_hochschule,
    "German university certificate; big rotated watermark word behind the values; "
    "'Frau Dr.' before a hyphenated surname; place-and-date line is the issue date",
    course="Netzwerkautomatisierung mit Python und Ansible",
    start="2024-11-11",
    end="2024-11-15",
    code="HLW-WB-2024-0931",
    learner="Friederike Albrecht-Nowak",
    issuer=None,
    credits=(40.0, "hours"),
)
_add(
    "h21-wp-ceu-valid-through",
    "weasyprint",
    _build_ceu_valid_through,
    "CEU certificate; US dates with day > 12; 'valid through' date is not a course date; "
    "Learner ID next to the verification code",
    course="Network Defense Fundamentals for Hybrid Campuses",
    start="2024-10-23",
    end="2024-10-23",
    code="MCC-7QF2-L9XB",
    learner="Alastair J. Mbeki",
    issuer=None,
    credits=(2.4, "CEU"),
)
_add(
    "h21-wp-clp-blank-name",
    "weasyprint",
    _build_blank_name,
    "UNCLEAR: the participant line was left blank by the training centre",
    course="Implementing Cisco Enterprise Advanced Routing and Services (ENARSI) v1.1",
    start="2024-09-09",
    end="2024-09-13",
    code="BTA-24-ENARSI-0067",
    learner=None,
    issuer="Cisco Learning Partner",
    credits=(40.0, "CE"),
    review=True,
)
_add(
    "h21-wp-video-course",
    "weasyprint",
    _build_video_course,
    "video course from an invented press on an invented platform; presenter's CCIE number "
    "is not the code; 'Serial'",
    course="Mastering OSPF and EIGRP Troubleshooting: Complete Video Course",
    start="2024-08-29",
    end="2024-08-29",
    code="QS-88F1-02KD",
    learner="Renata Szabó-Whitlock",
    issuer=None,
    credits=(12.0, "hours"),
)

# ---- libreoffice ---------------------------------------------------------------------------
_add(
    "h21-lo-netacad-no-code",
    "libreoffice",
    _build_netacad_no_code,
    "ODT; no certificate code at all (only a Student ID); date 2024/05/21; hyphenated name",
    course="CCNA: Switching, Routing, and Wireless Essentials",
    start="2024-05-21",
    end="2024-05-21",
    code=None,
    learner="Callum Whitford-Nash",
    issuer="Cisco Networking Academy",
    credits=None,
)
_add(
    "h21-lo-fr-clp-docx",
    "libreoffice",
    _build_fr_clp,
    "DOCX in French; 'du 4 au 8 novembre 2024'; session number next to the attestation "
    "number; 'M.' before the name; 'Fait à ... le' issue date equals the last day",
    course="Mise en œuvre des réseaux sans fil d'entreprise Cisco (ENWLSI)",
    start="2024-11-04",
    end="2024-11-08",
    code="IVR-2024-11-0583",
    learner="Aurélien Marchetti",
    issuer="Cisco Learning Partner",
    credits=(35.0, "hours"),
)
_add(
    "h21-lo-univ-eu-dates",
    "libreoffice",
    _build_univ_eu,
    "ODT table; European dd/mm/yyyy with day > 12; 'Course date' versus 'Date of issue'; 'Serial'",
    course="Short Course in Network Security Operations",
    start="2024-09-23",
    end="2024-09-27",
    code="UC-PE-24-3310",
    learner="Caoimhe Brannigan",
    issuer=None,
    credits=(30.0, "hours"),
)
_add(
    "h21-lo-tr-clp-docx",
    "libreoffice",
    _build_tr_clp,
    "DOCX in Turkish; '21-25 Ekim 2024'; 'Sayın' before the name; dotted capital İ",
    course="Cisco SD-WAN Çözümlerinin Uygulanması (ENSDWI)",
    start="2024-10-21",
    end="2024-10-25",
    code="KBA-2410-2217",
    learner="Elif Nur Karaağaçlı",
    issuer="Cisco Learning Partner",
    credits=(40.0, "hours"),
)
_add(
    "h21-lo-conference-cpe",
    "libreoffice",
    _build_conference_cpe,
    "ODT conference CPE letter; letter date is not a course date; 'October 15th–17th, 2024'; "
    "registration Order ID next to the certificate number",
    course="Lakeshore Interconnect Summit 2024",
    start="2024-10-15",
    end="2024-10-17",
    code="LIS24-CPE-00412",
    learner="Hollis Penwarden",
    issuer=None,
    credits=(18.0, "CPE"),
)

# ---- cairo ---------------------------------------------------------------------------------
_add(
    "h21-ca-velarion-qr",
    "cairo",
    _build_velarion,
    "design-tool export; tracked title glyph by glyph; huge rotated watermark word; "
    "code printed only under the QR code, no label; '03-DEC-2024 to 05-DEC-2024'",
    course="Velarion SD-WAN Fabric Operations",
    start="2024-12-03",
    end="2024-12-05",
    code="VLN-SDW-3F8K2Q",
    learner="Hamid Rezaeifar",
    issuer=None,
    credits=None,
)
_add(
    "h21-ca-ciscou-band",
    "cairo",
    _build_ciscou_band,
    "colour band with the name in white; 'Completed' versus 'Date of issue'; 'Serial'",
    course="Operating Cisco Catalyst Center Assurance",
    start="2024-11-29",
    end="2024-11-29",
    code="CU-C-0X8R4T1M",
    learner="Tomás Ferreira",
    issuer="Cisco U.",
    credits=(8.0, "CE"),
)
_add(
    "h21-ca-ptbr-netacad",
    "cairo",
    _build_ptbr_netacad,
    "Portuguese (Brazil); 'de 5 de agosto a 27 de setembro de 2024' inside a wrapped "
    "sentence; issue date on the signature line",
    course="CCNA: Introdução às Redes",
    start="2024-08-05",
    end="2024-09-27",
    code="NA-BR-2409-77X1Q",
    learner="Luana Cristina Monteiro",
    issuer="Cisco Networking Academy",
    credits=(70.0, "hours"),
)
_add(
    "h21-ca-clp-2col",
    "cairo",
    _build_clp_2col,
    "two columns; big bold 'SCOR' then a light title on two lines beside it; weekday dates "
    "'Mon 10 Jun – Fri 14 Jun 2024'; Class ID next to Cert #",
    course="SCOR Implementing and Operating Cisco Security Core Technologies",
    start="2024-06-10",
    end="2024-06-14",
    code="NLS-0610-2288",
    learner="Wen-Li Haverkamp",
    issuer="Cisco Learning Partner",
    credits=(40.0, "CE"),
)
_add(
    "h21-ca-es-constancia",
    "cairo",
    _build_es_constancia,
    "Spanish (Mexico-style) university constancia; 'Ing.' before the name; "
    "'del 3 al 7 de junio de 2024'; 'Folio' in a corner",
    course="Diseño de Redes Inalámbricas Empresariales",
    start="2024-06-03",
    end="2024-06-07",
    code="UTVA-EC-2406-118",
    learner="Ximena Robledo Farías",
    issuer=None,
    credits=(40.0, "hours"),
)

# ---- ghostscript ---------------------------------------------------------------------------
_add(
    "h21-gs-clp-classic",
    "ghostscript",
    _build_gs_clp_classic,
    "classic serif certificate; 'March 18 – 22, 2024'; 'Cert #' and 'Class #' in the corners; "
    "seal drawn as text",
    course="Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2",
    start="2024-03-18",
    end="2024-03-22",
    code="LMT-240312-77",
    learner="Bartholomew O. Quaye",
    issuer="Cisco Learning Partner",
    credits=(40.0, "CE"),
)
_add(
    "h21-gs-ambiguous-date",
    "ghostscript",
    _build_gs_ambiguous,
    "UNCLEAR: the only date is 06/05/2024, month-first or day-first cannot be told",
    course="BGP Design and Policy Workshop",
    start=None,
    end=None,
    code="NVI-BGP-2291",
    learner="Delphine Okoro",
    issuer=None,
    credits=(8.0, "hours"),
    review=True,
)
_add(
    "h21-gs-cisco-live-letter",
    "ghostscript",
    _build_gs_cisco_live_letter,
    "Cisco Live attendance letter with a table of session IDs and session dates; event "
    "dates 'June 2–6, 2024'; name followed by ', CCNP Security'; Badge ID",
    course="Cisco Live Las Vegas 2024",
    start="2024-06-02",
    end="2024-06-06",
    code="CLUS24-9K2D-77WQ",
    learner="Ngozi Whitcombe",
    issuer="Cisco Live",
    credits=(12.0, "CE"),
)
_add(
    "h21-gs-univ-short",
    "ghostscript",
    _build_gs_univ_short,
    "rotated text in a side band; values in a bordered grid; 'Oct 15 - Oct 17, 2024'; "
    "'Cert #'; name with 'van der'",
    course="Wireless Network Design Short Course",
    start="2024-10-15",
    end="2024-10-17",
    code="MUX-WL-24-0440",
    learner="Anneliese van der Berg",
    issuer=None,
    credits=(2.1, "CEU"),
)
_add(
    "h21-gs-webinar-cpe",
    "ghostscript",
    _build_gs_webinar,
    "webinar CPE certificate; weekday, time and time zone in the date; Order ID under the "
    "certificate ID",
    course="Zero Trust Segmentation with Cisco ISE",
    start="2024-09-12",
    end="2024-09-12",
    code="CSA-WB-240912-3391",
    learner="Ramón Ibarra-Whitfield",
    issuer=None,
    credits=(1.5, "CPE"),
)

# ---- scans ---------------------------------------------------------------------------------
_add(
    "h21-sc-ciscou-course",
    "scan",
    _scanned(_render_ciscou_course, "h21-sc-ciscou-course", angle=0.8),
    "image-only scan of a Chromium Cisco U. course certificate",
    course="Troubleshooting Cisco SD-Access Fabrics",
    start="2024-11-04",
    end="2024-11-04",
    code="CU-CR-5T9W-01LM",
    learner="Matteo Ravensworth",
    issuer="Cisco U.",
    credits=(6.0, "CE"),
)
_add(
    "h21-sc-clp-smudged",
    "scan",
    _scanned(
        _render_clp_smudged,
        "h21-sc-clp-smudged",
        angle=-0.6,
        smudges=((0.478, 0.690, 0.612, 0.724), (0.482, 0.694, 0.608, 0.720)),
    ),
    "UNCLEAR: image-only scan of an ODT certificate; a dark smear covers the certificate number",
    course="Implementing Cisco Service Provider Advanced Routing Solutions (SPRI)",
    start="2024-08-12",
    end="2024-08-16",
    code=None,
    learner="Gwendolyn Asante-Reilly",
    issuer="Cisco Learning Partner",
    credits=(40.0, "CE"),
    review=True,
)
_add(
    "h21-sc-quorix-color",
    "scan",
    _scanned(_render_quorix, "h21-sc-quorix-color", angle=1.2, gray=False, quality=50),
    "colour image-only scan of a cairo vendor certificate; 'July 8th–10th, 2024'",
    course="Quorix Certified Mesh Deployment Specialist",
    start="2024-07-08",
    end="2024-07-10",
    code="QW-MDS-24-8812",
    learner="Soren P. Adebayo",
    issuer=None,
    credits=None,
)
_add(
    "h21-sc-netacad-cropped",
    "scan",
    _scanned(_render_netacad_gs, "h21-sc-netacad-cropped", angle=-0.4, keep_right=0.97),
    "image-only scan of a Ghostscript NetAcad certificate, right edge cut off by the scanner "
    "(nothing of value lost)",
    course="CCNA: Enterprise Networking, Security, and Automation",
    start="2024-12-06",
    end="2024-12-06",
    code="NA-2412-66RKT",
    learner="Chidinma Olvera",
    issuer="Cisco Networking Academy",
    credits=None,
)

# ---- form ----------------------------------------------------------------------------------
_add(
    "h21-fm-clp-acroform",
    "form",
    _build_form,
    "cairo template; every value only in filled AcroForm text fields (widget appearance "
    "streams), labels in the page content",
    course="Understanding Cisco Wireless Foundations (WLFNDU) v2.0",
    start="2024-10-15",
    end="2024-10-16",
    code="OLP-WLF-24-1015-07",
    learner="Benedikt Osei-Lambert",
    issuer="Cisco Learning Partner",
    credits=(16.0, "CE"),
)

HOLDOUT_CASES: list[Case] = [
    Case(name=n, expected=e, build=b, note=note) for n, _k, b, e, note in _ROWS
]
HOLDOUT_KINDS: dict[str, str] = {n: k for n, k, _b, _e, _note in _ROWS}
