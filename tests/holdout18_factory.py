"""Held-out set 18: thirty training-completion certificates written blind, the way networking
and IT training issuers print them.

What is in it:

* Networking / IT vendor trainings: Cisco U., Cisco Networking Academy, Cisco Learning Partner
  (partner training companies), Cisco Live (session and techtorial certificates), Udemy,
  Coursera, LinkedIn Learning, Pluralsight, INE, CBT Nuggets, Skillsoft, and unknown issuers
  (training centres, universities, conferences, webinar hosts) with ``issuer=None``.
* Webinar attendance, multi-day bootcamps with a date range, conference session certificates,
  university continuing-education courses that print only months ("January – March 2025",
  "Sept 2024 – Jan 2025", "září 2024"), titles with a course code and version, values in
  tables and behind dotted leaders, letters written in prose, two-page files (a cover letter
  about a DIFFERENT course first, or the certificate first and a follow-up letter second), a
  landscape certificate drawn on a portrait sheet turned with /Rotate, verify URLs holding
  the code, and CE / CPE / CEU / hours credits printed in varied wordings (next to durations
  and "non-credit" wording that are not credits).
* Six in other languages: Greek, Vietnamese, Czech, Turkish, Italian and Polish (with their
  month names and letters).

Producers: headless Chromium 9, WeasyPrint 6, LibreOffice 5 (3 flat ODF, 2 Word), cairo 5,
Ghostscript from hand-written PostScript 5.  Four of the thirty are image-only scans
(``h18-scan-*``: one each over Chromium, LibreOffice/Word, cairo and Ghostscript).
Chromium certificates use SVG-path labels (two of them), letter-spacing, text-transform,
text-shadow, flex ``order`` and grids.

Unclear on purpose (``needs_review=True``; five): two unlabelled dates that could each be the
completion date (h18-unclear-two-dates), one certificate for two learners
(h18-unclear-two-learners), a purely numeric date 04/05/2025 with no hint of the order
(h18-unclear-numeric-date), a title printed with two different versions
(h18-unclear-title-versions), and a certificate code half covered by a rubber stamp
(h18-unclear-stamped-code).  For those the undecidable value is expected as None and the
rest as printed.

All people, companies, academies, universities, sessions and codes are invented.  Builds are
deterministic (QR blocks, signatures and scan grain are seeded from fixed strings).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from producers import (
    _PS,
    _Cairo,
    _chromium,
    _Docx,
    _ghostscript,
    _html,
    _Odt,
    _qr_svg,
    _seal_svg,
    _signature_svg,
    _soffice,
    _weasy,
)
from scans import scan_rendered

from certfactory import Case, Expected

_scanned = functools.partial(scan_rendered, prefix="h18-scan:")

_DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


@functools.cache
def _font(path: str) -> object:
    from fontTools.ttLib import TTFont

    return TTFont(path)


def _path_label(
    text: str, size: float, color: str = "#5b6b80", spacing: float = 0.0, font: str = _DEJAVU_BOLD
) -> str:
    """``text`` drawn as SVG outlines (no text layer at all), as some web certificates do."""
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen

    f = _font(font)
    glyphs = f.getGlyphSet()  # type: ignore[attr-defined]
    cmap = f.getBestCmap()  # type: ignore[attr-defined]
    scale = size / f["head"].unitsPerEm  # type: ignore[index]
    ascent = f["hhea"].ascent * scale  # type: ignore[index]
    descent = f["hhea"].descent * scale  # type: ignore[index]
    pen = SVGPathPen(glyphs)
    x = 0.0
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, x, ascent)))
        x += glyphs[name].width * scale + spacing
    w, h = x - spacing, ascent - descent
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.1f}" height="{h:.1f}" '
        f'viewBox="0 0 {w:.1f} {h:.1f}" style="display:block">'
        f'<path d="{pen.getCommands()}" fill="{color}"/></svg>'
    )


def _pdf(folder: Path, name: str) -> Path:
    return folder / f"{name}.pdf"


_BASE_CSS = """
* { box-sizing: border-box; margin: 0; padding: 0 }
html, body { margin: 0; padding: 0 }
.page { position: relative; overflow: hidden; background: #fff }
"""


# --------------------------------------------------------------------------------------------
# Chromium (9)
# --------------------------------------------------------------------------------------------


def _ciscou_award(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Sans', sans-serif; color: #0d274d }
.page { width: 11in; height: 8.49in; padding: 0.42in }
.frame { height: 100%; border: 3px solid #0d274d; outline: 1px solid #049fd9;
  outline-offset: -11px; padding: 0.5in 0.8in 0; text-align: center; position: relative }
.brand { font-size: 27px; font-weight: bold; letter-spacing: 1px }
.brand span { color: #049fd9 }
.kind { margin-top: 22px; font-size: 15px; letter-spacing: 6px; text-transform: uppercase;
  color: #4a5a70 }
.lead { margin-top: 26px; font-size: 14px; font-style: italic; color: #555 }
.name { margin: 8px 0 10px; font-family: 'DejaVu Serif', serif; font-size: 40px }
.course { font-size: 23px; font-weight: bold; margin: 10px 50px; line-height: 1.3 }
.when { margin-top: 16px; font-size: 15px }
.ce { margin-top: 8px; font-size: 13px; color: #333 }
.foot { position: absolute; left: 0.5in; right: 0.5in; bottom: 0.4in; display: flex;
  justify-content: space-between; align-items: flex-end; font-size: 10px; color: #444 }
.sig { text-align: left } .sig .line { border-top: 1px solid #999; padding-top: 3px }
.cred { display: flex; gap: 10px; align-items: flex-end; text-align: right }
.cred .lbl { text-transform: uppercase; letter-spacing: 2px; font-size: 8px; color: #777 }
.cred b { font-size: 12px; color: #0d274d }
"""
    )
    body = f"""
<div class="page"><div class="frame">
  <div class="brand">Cisco <span>U.</span></div>
  <div class="kind">Certificate of Completion</div>
  <div class="lead">This certifies that</div>
  <div class="name">Rosalind Achterberg</div>
  <div class="lead">has successfully completed the learning path</div>
  <div class="course">Implementing and Administering Cisco Solutions (CCNA) v2.1</div>
  <div class="when">Completed on March 14, 2025</div>
  <div class="ce">and has earned <b>30</b> Cisco Continuing Education (CE) credits</div>
  <div class="foot">
    <div class="sig">{_signature_svg("h18-ciscou", 190, 50)}
      <div class="line">Marisol Eckhart<br>Director, Learning Experience</div></div>
    <div>{_seal_svg(96, "#049fd9")}</div>
    <div class="cred"><div><div class="lbl">Credential ID</div><b>CU-7Q4M-2R8T-XK31</b><br>
      Verify at u.cisco.com/credentials/verify/CU-7Q4M-2R8T-XK31</div>
      {_qr_svg("h18-ciscou", "74px")}</div>
  </div>
</div></div>"""
    return _chromium(_html(css, body), _pdf(folder, "h18-ciscou-award"), "11in", "8.5in")


def _ciscolive_session(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Sans', sans-serif; color: #10233f }
.page { width: 297mm; height: 209.5mm }
.band { height: 44mm; background: linear-gradient(100deg, #07182f 0%, #0b3e73 60%, #00bceb 100%);
  color: #fff; padding: 12mm 16mm; display: flex; justify-content: space-between }
.band .ev { font-size: 30px; font-weight: bold; letter-spacing: 4px }
.band .where { font-size: 13px; margin-top: 6px; opacity: .9 }
.band .kind { font-size: 17px; text-align: right; align-self: flex-end; letter-spacing: 1px }
.grid { display: grid; grid-template-columns: 1.6fr 1fr; gap: 9mm 14mm; padding: 13mm 16mm 0 }
.cell .v { margin-top: 5px; font-size: 19px }
.cell.big .v { font-size: 27px; font-weight: bold }
.fine { position: absolute; left: 16mm; right: 16mm; bottom: 11mm; font-size: 9px; color: #667;
  display: flex; justify-content: space-between; align-items: flex-end }
"""
    )

    def cell(label: str, value: str, big: bool = False) -> str:
        cls = "cell big" if big else "cell"
        svg = _path_label(label, 11, spacing=1.4)
        return f'<div class="{cls}">{svg}<div class="v">{value}</div></div>'

    body = f"""
<div class="page">
  <div class="band"><div><div class="ev">CISCO LIVE</div>
    <div class="where">Las Vegas &middot; June 8–12, 2025</div></div>
    <div class="kind">Session Certificate of Attendance</div></div>
  <div class="grid">
    {cell("ATTENDEE", "Priyanka Venkataraman", True)}
    {cell("CERTIFICATE NO.", "CL25-LV-0098413")}
    {cell("SESSION TITLE", "Troubleshooting SD-Access Campus Fabrics")}
    {cell("SESSION ID", "BRKENS-2811")}
    {cell("DATE ATTENDED", "June 10, 2025")}
    {cell("CONTINUING EDUCATION CREDITS", "1.5 CE")}
  </div>
  <div class="fine"><div>Cisco Continuing Education Program credits are posted to the attendee's
    record within five business days of the event.<br>Breakout sessions of 90 minutes qualify
    for 1.5 credits.</div>{_qr_svg("h18-clive", "64px")}</div>
</div>"""
    return _chromium(_html(css, body), _pdf(folder, "h18-ciscolive-session"), "297mm", "210mm")


def _udemy_flex(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Sans', sans-serif; color: #1c1d1f }
.page { width: 11in; height: 8.49in; padding: 0.6in 0.75in; display: flex;
  flex-direction: column }
.top { display: flex; justify-content: space-between; align-items: flex-start }
.logo { font-size: 34px; font-weight: bold; letter-spacing: -1px }
.logo i { color: #a435f0; font-style: normal }
.meta { font-size: 11px; color: #555; text-align: right; line-height: 1.6 }
.main { display: flex; flex-direction: column; flex: 1; margin-top: 0.7in }
.kind { order: 1; font-size: 13px; letter-spacing: 2px; color: #6a6f73; text-transform: uppercase }
.title { order: 2; font-family: 'DejaVu Serif', serif; font-size: 36px; font-weight: bold;
  margin-top: 14px; max-width: 8in; line-height: 1.2 }
.inst { order: 3; margin-top: 14px; font-size: 14px }
.who { order: 4; margin-top: auto; font-family: 'DejaVu Serif', serif; font-size: 32px;
  font-weight: bold }
.facts { order: 5; margin-top: 10px; font-size: 14px; line-height: 1.6 }
.facts b { display: inline-block; width: 60px }
"""
    )
    # DOM order differs from the painted order (flex `order`): facts and name come first.
    body = """
<div class="page">
  <div class="top"><div class="logo">ud<i>e</i>my</div>
    <div class="meta">Certificate no: UC-9b2e41d7-5c03-4a8f-b6e2-0d7f3a91c5e8<br>
    Certificate url: ude.my/UC-9b2e41d7-5c03-4a8f-b6e2-0d7f3a91c5e8<br>
    Reference Number: 0004</div></div>
  <div class="main">
    <div class="facts"><b>Date</b> Mar. 3, 2025<br><b>Length</b> 22.5 total hours</div>
    <div class="who">Kwame Asante-Boateng</div>
    <div class="inst">Instructors <b>Marta Oyelaran-Fisk</b></div>
    <div class="title">Network Automation with Python, Netmiko and NAPALM</div>
    <div class="kind">Certificate of Completion</div>
  </div>
</div>"""
    return _chromium(_html(css, body), _pdf(folder, "h18-udemy-flex"), "11in", "8.5in")


def _linkedin_sidebar(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Sans', sans-serif; color: #1d2226 }
.page { width: 11in; height: 8.49in; display: grid; grid-template-columns: 2.7in 1fr }
.side { background: #1d2226; color: #fff; padding: 0.6in 0.35in; display: flex;
  flex-direction: column; justify-content: space-between }
.side .lg { font-size: 22px; font-weight: bold } .side .lg span { background: #0a66c2;
  padding: 0 5px; border-radius: 3px; margin-left: 2px }
.side .sub { font-size: 13px; letter-spacing: 1px; margin-top: 6px; color: #c9d1d9 }
.side .id { font-size: 8.5px; color: #aab4be; white-space: nowrap; line-height: 1.5 }
.main { padding: 0.75in 0.7in 0.5in; display: flex; flex-direction: column }
.kind { font-size: 12px; letter-spacing: 3px; text-transform: uppercase; color: #915907 }
.congr { margin-top: 26px; font-size: 30px; font-family: 'DejaVu Serif', serif }
.title { margin-top: 24px; font-size: 27px; font-weight: bold; line-height: 1.25 }
.done { margin-top: 14px; font-size: 13px; color: #56687a }
.blurb { margin-top: 26px; font-size: 12px; color: #56687a; max-width: 5.4in; line-height: 1.5 }
.low { margin-top: auto; display: flex; justify-content: space-between; align-items: flex-end }
.sig { font-size: 11px; color: #333 } .sig div { border-top: 1px solid #aaa; padding-top: 3px }
.cpe { border: 1px solid #d0d7de; padding: 8px 10px; font-size: 9.5px; line-height: 1.5;
  color: #3d4a57; width: 2.5in }
"""
    )
    body = f"""
<div class="page">
  <div class="side"><div><div class="lg">Linked<span>in</span></div>
    <div class="sub">Learning</div></div>
    <div class="id">Certificate ID: AbX2k9QmR7tLw4cZpN8vYe3H0sF</div></div>
  <div class="main">
    <div class="kind">Certificate of Completion</div>
    <div class="congr">Congratulations, Hyun-woo Baek</div>
    <div class="title">Cisco Network Security Essentials: Firewalls and VPNs</div>
    <div class="done">Course completed on Feb 11, 2025 at 04:17PM UTC &bull;
      2 hours 26 minutes</div>
    <div class="blurb">By continuing to learn, you have expanded your perspective, sharpened
      your skills, and made yourself even more in demand.</div>
    <div class="low"><div class="sig">{_signature_svg("h18-li", 170, 46)}
      <div>Odalys Brennan-Kraus<br>Head of Content Strategy, Learning</div></div>
      <div class="cpe">NASBA &mdash; Field of Study: Information Technology<br>
      Program Level: Basic &middot; Delivery Method: QAS Self Study<br>
      Continuing Professional Education (CPE) credits: <b>2.4</b><br>
      Sponsor ID: 193755</div></div>
  </div>
</div>"""
    return _chromium(_html(css, body), _pdf(folder, "h18-linkedin-sidebar"), "11in", "8.5in")


def _partner_cover_then_cert(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Serif', serif; color: #222 }
.page { width: 210mm; height: 296.5mm; padding: 22mm 22mm }
.page + .page { break-before: page }
.lh { display: flex; justify-content: space-between; border-bottom: 2px solid #2b5d8a;
  padding-bottom: 6mm; font-family: 'DejaVu Sans', sans-serif }
.lh .co { font-size: 18px; font-weight: bold; color: #2b5d8a }
.lh .clp { font-size: 10px; color: #555; text-align: right; line-height: 1.5 }
.letter { margin-top: 14mm; font-size: 13px; line-height: 1.65 }
.letter p { margin-bottom: 4mm }
.letter table { border-collapse: collapse; margin: 2mm 0 5mm; font-size: 12.5px }
.letter td { padding: 2px 12px 2px 0 }
.cert { text-align: center; border: 6px double #2b5d8a; height: 100%; padding: 20mm 14mm }
.cert .k { font-family: 'DejaVu Sans', sans-serif; letter-spacing: 5px; font-size: 14px;
  color: #2b5d8a; text-transform: uppercase; margin-top: 12mm }
.cert .n { font-size: 34px; margin: 10mm 0 6mm }
.cert .c { font-size: 21px; font-weight: bold; line-height: 1.35; margin: 5mm 6mm }
.cert .d { font-size: 15px; margin-top: 7mm }
.cert .ce { font-size: 13px; margin-top: 5mm }
.cert .no { font-family: 'DejaVu Sans', sans-serif; font-size: 11px; margin-top: 30mm;
  color: #444 }
"""
    )
    head = """<div class="lh"><div class="co">Northgate Systems Training Ltd</div>
  <div class="clp">Cisco Learning Partner<br>14 Harbour Lane, Leith<br>
  training@northgate-systems.example</div></div>"""
    body = f"""
<div class="page">{head}
  <div class="letter">
    <p>17 February 2025</p>
    <p>Dear Ilse Vandermeulen,</p>
    <p>Thank you for training with us. We are pleased to confirm your booking for your next
    course:</p>
    <table><tr><td>Course</td><td><b>Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0</b></td>
    </tr><tr><td>Dates</td><td>7 April 2025 – 10 April 2025</td></tr>
    <tr><td>Location</td><td>Virtual classroom (CET)</td></tr>
    <tr><td>Booking reference</td><td>NST-BK-55120</td></tr></table>
    <p>Joining instructions and lab access details will be sent one week before the start
    date. The certificate for the course you have just completed is on the following page.</p>
    <p>Kind regards,</p><p>{_signature_svg("h18-nst-letter", 150, 40)}<br>Declan Murray-Ives<br>
    Training Coordinator</p>
  </div>
</div>
<div class="page"><div class="cert">
  <div class="co" style="font-family:'DejaVu Sans',sans-serif;font-size:19px;font-weight:bold;
  color:#2b5d8a">Northgate Systems Training Ltd</div>
  <div style="font-family:'DejaVu Sans',sans-serif;font-size:11px;color:#555;margin-top:2mm">
  Cisco Learning Partner</div>
  <div class="k">Certificate of Attendance</div>
  <div style="margin-top:8mm;font-style:italic">This is to certify that</div>
  <div class="n">Ilse Vandermeulen</div>
  <div style="font-style:italic">attended the instructor-led course</div>
  <div class="c">Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3</div>
  <div class="d">10 February 2025 – 14 February 2025</div>
  <div class="ce">Cisco Continuing Education credits earned: 64</div>
  <div style="margin-top:14mm">{_seal_svg(90, "#2b5d8a")}</div>
  <div class="no">Certificate number: NST-ENCOR-250214-117</div>
</div></div>"""
    return _chromium(
        _html(css, body), _pdf(folder, "h18-partner-cover-then-cert"), "210mm", "297mm"
    )


def _greek_center(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Serif', serif; color: #1b2a41 }
.page { width: 297mm; height: 209.5mm; padding: 10mm }
.b { height: 100%; border: 2px solid #8a6d1f; padding: 3mm }
.b2 { height: 100%; border: 1px solid #8a6d1f; text-align: center; padding: 12mm 20mm 0;
  position: relative }
.org { font-family: 'DejaVu Sans', sans-serif; font-size: 14px; letter-spacing: 1px;
  color: #5a4a1a }
.k { margin-top: 10mm; font-size: 28px; letter-spacing: 8px; color: #8a6d1f }
.l { margin-top: 8mm; font-size: 15px; font-style: italic }
.n { margin-top: 4mm; font-size: 32px; font-weight: bold }
.c { margin-top: 4mm; font-size: 22px; line-height: 1.3 }
.d { margin-top: 7mm; font-size: 15px }
.foot { position: absolute; left: 18mm; right: 18mm; bottom: 12mm; display: flex;
  justify-content: space-between; align-items: flex-end; font-size: 12px }
"""
    )
    body = f"""
<div class="page"><div class="b"><div class="b2">
  <div class="org">ΚΕΝΤΡΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΚΑΤΑΡΤΙΣΗΣ ΔΙΚΤΥΩΝ «ΠΛΕΙΑΔΕΣ» &middot; ΘΕΣΣΑΛΟΝΙΚΗ</div>
  <div class="k">ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</div>
  <div class="l">Βεβαιώνεται ότι η</div>
  <div class="n">Αικατερίνη Παπαδοπούλου</div>
  <div class="l">παρακολούθησε με επιτυχία το πρόγραμμα κατάρτισης</div>
  <div class="c">Διαχείριση Δικτύων Cisco και Ασφάλεια Υποδομών</div>
  <div class="d">από 3 Μαρτίου 2025 έως 28 Μαρτίου 2025 &middot; Συνολική διάρκεια: 40 ώρες</div>
  <div class="foot"><div style="text-align:left">Αριθμός βεβαίωσης: <b>KEK-2025-0412</b><br>
    Θεσσαλονίκη, 31 Μαρτίου 2025</div>
    <div>{_seal_svg(80, "#8a6d1f")}</div>
    <div>{_signature_svg("h18-gr", 160, 44)}<br>Ο Διευθυντής Σπουδών<br>Νικόλαος Σταυρίδης</div>
  </div>
</div></div></div>"""
    return _chromium(_html(css, body, "el"), _pdf(folder, "h18-greek-center"), "297mm", "210mm")


def _coursera_page(out: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Sans', sans-serif; color: #1f1f1f }
.page { width: 11in; height: 8.49in; padding: 0.7in 0.8in; display: grid;
  grid-template-columns: 1fr 2.9in; column-gap: 0.35in }
.logo { font-size: 34px; color: #0056d2; font-weight: bold; letter-spacing: -1px }
.partner { margin-top: 12px; font-size: 16px; color: #444 }
.date { margin-top: 0.5in; font-size: 16px }
.name { margin-top: 0.35in; font-size: 38px; font-family: 'DejaVu Serif', serif }
.has { margin-top: 12px; font-size: 16px }
.course { margin-top: 10px; font-size: 28px; font-weight: bold; line-height: 1.25 }
.auth { margin-top: 16px; font-size: 13.5px; color: #444; line-height: 1.5; max-width: 5.6in }
.ribbon { background: #eef3fb; border-left: 5px solid #0056d2; padding: 0.4in 0.2in;
  display: flex; flex-direction: column; justify-content: space-between; align-items: center;
  text-align: center }
.ribbon .k { font-size: 15px; letter-spacing: 3px; color: #0056d2; font-weight: bold }
.ver { font-size: 12px; line-height: 1.5; color: #222 }
"""
    )
    body = f"""
<div class="page">
  <div>
    <div class="logo">coursera</div>
    <div class="partner">Westbrook Polytechnic University</div>
    <div class="date">Jan 19, 2025</div>
    <div class="name">Lucia Ferreira Gomes</div>
    <div class="has">has successfully completed</div>
    <div class="course">Computer Networks and Internet Protocols</div>
    <div class="auth">an online non-credit course authorized by Westbrook Polytechnic University
      and offered through Coursera</div>
    <div style="margin-top:0.35in">{_signature_svg("h18-coursera", 180, 48)}
      <div style="font-size:12px">Prof. Anders Lindgren-Havel<br>Department of Computer
      Engineering</div></div>
  </div>
  <div class="ribbon"><div class="k">COURSE<br>CERTIFICATE</div>
    {_seal_svg(110, "#0056d2")}
    <div class="ver">Verify at:<br><b>coursera.org/verify/K7QX2M9RTB4P</b><br><br>Coursera has
    confirmed the identity of this individual and their participation in the course.</div>
  </div>
</div>"""
    return _chromium(_html(css, body), out, "11in", "8.5in")


def _scan_coursera(folder: Path) -> Path:
    return _scanned(
        lambda work: _coursera_page(work / "src.pdf"),
        "h18-scan-coursera",
        folder,
        angle=-0.6,
        dpi=200,
    )


def _unclear_two_dates(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Sans', sans-serif; color: #14213d }
.page { width: 13.333in; height: 7.49in; padding: 0.6in 0.9in;
  background: linear-gradient(135deg, #ffffff 0%, #ffffff 62%, #e6f0ff 62%, #cfe0ff 100%) }
.host { font-size: 18px; font-weight: bold; color: #2f5bea; letter-spacing: 1px }
.k { margin-top: 0.45in; font-size: 46px; font-weight: bold; letter-spacing: 2px;
  text-transform: uppercase; text-shadow: 2px 2px 0 #d9e3ff }
.sub { font-size: 16px; color: #555; margin-top: 4px }
.d1 { margin-top: 10px; font-size: 16px; color: #2f5bea; font-weight: bold }
.to { margin-top: 0.4in; font-size: 15px }
.n { font-size: 36px; font-family: 'DejaVu Serif', serif; margin-top: 6px }
.c { margin-top: 0.25in; font-size: 15px }
.c b { display: block; font-size: 24px; margin-top: 6px }
.foot { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.5in; display: flex;
  justify-content: space-between; align-items: flex-end; font-size: 12px; color: #333 }
"""
    )
    body = f"""
<div class="page">
  <div class="host">MERIDIAN NETSEC FORUM</div>
  <div class="k">Certificate of Attendance</div>
  <div class="sub">Live webinar</div>
  <div class="d1">April 8, 2025</div>
  <div class="to">Presented to</div>
  <div class="n">Dorota Lindqvist</div>
  <div class="c">for attending<b>Zero Trust Segmentation for Campus Networks</b></div>
  <div style="margin-top:12px;font-size:14px">1 CPE credit &middot; Field of study:
    Information Technology</div>
  <div class="foot"><div>Certificate ID: MNF-WB-3117</div>
    <div style="text-align:center">{_signature_svg("h18-mnf", 170, 46)}<br>Yusuf Delacroix,
    Program Chair<br>April 15, 2025</div></div>
</div>"""
    return _chromium(_html(css, body), _pdf(folder, "h18-unclear-two-dates"), "13.333in", "7.5in")


def _pluralsight_dark(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { font-family: 'DejaVu Sans', sans-serif; color: #fff }
.page { width: 11in; height: 8.49in; background: #130f25; padding: 0.65in 0.8in;
  display: grid; grid-template-rows: auto 1fr auto }
.hd { display: flex; justify-content: space-between; align-items: center }
.lg { font-size: 28px; font-weight: bold; color: #fff; letter-spacing: 0.5px }
.lg span { color: #f15b2a }
.hd .k { font-size: 12px; letter-spacing: 4px; text-transform: uppercase; color: #c7c2e0 }
.mid { align-self: center }
.pt { font-size: 15px; color: #c7c2e0 }
.n { font-size: 40px; font-weight: bold; margin: 8px 0 22px;
  text-shadow: 0 0 12px rgba(241,91,42,.55) }
.c { font-size: 29px; line-height: 1.25; max-width: 8.2in; margin-top: 6px;
  text-shadow: 1px 1px 0 #000 }
.row { display: grid; grid-template-columns: repeat(3, auto); justify-content: start;
  column-gap: 0.7in; row-gap: 6px; font-size: 15px }
.row .v { color: #fff }
"""
    )
    lbl = functools.partial(_path_label, color="#9b95b8", spacing=1.2)
    body = f"""
<div class="page">
  <div class="hd"><div class="lg">plural<span>sight</span></div>
    <div class="k">Certificate of Completion</div></div>
  <div class="mid">
    <div class="pt">Presented to</div>
    <div class="n">Aurelio Santangelo</div>
    <div class="pt">for successfully completing the course</div>
    <div class="c">Configuring Cisco Catalyst Switches: VLANs and Trunking</div>
  </div>
  <div class="row">
    {lbl("COMPLETED", 10)}{lbl("CERTIFICATE ID", 10)}{lbl("COURSE DURATION", 10)}
    <div class="v">22 November 2024</div><div class="v">ps-cert-4f91c2a7</div>
    <div class="v">3h 41m</div>
  </div>
</div>"""
    return _chromium(_html(css, body), _pdf(folder, "h18-pluralsight-dark"), "11in", "8.5in")


# --------------------------------------------------------------------------------------------
# WeasyPrint (6)
# --------------------------------------------------------------------------------------------


def _vietnamese_center(folder: Path) -> Path:
    css = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #222 }
.page { width: 297mm; height: 210mm; padding: 9mm; box-sizing: border-box }
.b { height: 100%; border: 5px solid #b71c1c; padding: 2mm; box-sizing: border-box }
.b2 { height: 100%; border: 1.5px solid #c9a227; box-sizing: border-box; text-align: center;
  padding: 8mm 18mm 0; position: relative }
.nat { font-family: 'DejaVu Sans', sans-serif; font-size: 12px; font-weight: bold }
.motto { font-size: 12px; text-decoration: underline; margin-bottom: 4mm }
.org { font-family: 'DejaVu Sans', sans-serif; font-size: 13px; color: #b71c1c;
  font-weight: bold }
.k { margin-top: 6mm; font-size: 30px; font-weight: bold; color: #b71c1c; letter-spacing: 1px }
.rows { margin: 7mm auto 0; text-align: left; width: 215mm; font-size: 15px; line-height: 1.9 }
.rows b { font-size: 17px }
.foot { position: absolute; left: 18mm; right: 18mm; bottom: 10mm; font-size: 13px }
.foot .l { float: left; text-align: left } .foot .r { float: right; text-align: center }
"""
    body = f"""
<div class="page"><div class="b"><div class="b2">
  <div class="nat">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
  <div class="motto">Độc lập - Tự do - Hạnh phúc</div>
  <div class="org">TRUNG TÂM ĐÀO TẠO MẠNG SAO VIỆT</div>
  <div class="k">CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC</div>
  <div class="rows">
    Chứng nhận học viên: <b>Nguyễn Thị Thu Hằng</b><br>
    Đã hoàn thành khóa học:
    <b>Quản trị mạng doanh nghiệp với Cisco (CCNA thực hành)</b><br>
    Thời gian: từ ngày 15 tháng 7 năm 2024 đến ngày 19 tháng 7 năm 2024<br>
    Thời lượng: 24 giờ &nbsp;&middot;&nbsp; Xếp loại: Giỏi
  </div>
  <div class="foot"><div class="l">Số hiệu chứng nhận: <b>SV-2407-0386</b><br>
    Tra cứu: saoviet-training.vn/tra-cuu/SV-2407-0386</div>
    <div class="r"><i>Hà Nội, ngày 22 tháng 7 năm 2024</i><br><b>GIÁM ĐỐC</b><br>
    {_signature_svg("h18-vn", 150, 42, "#1a237e")}<br>Trần Quốc Bảo</div></div>
</div></div></div>"""
    return _weasy(_html(css, body, "vi"), _pdf(folder, "h18-vietnamese-center"))


def _university_months(folder: Path) -> Path:
    css = """
@page { size: letter; margin: 0.9in 1in 0.8in;
  @bottom-center { content: "One Continuing Education Unit (CEU) is awarded for every ten "
  "contact hours of instruction. This certificate does not confer academic credit.";
  font-size: 7.5pt; color: #777; font-family: 'DejaVu Sans', sans-serif } }
body { font-family: 'DejaVu Serif', serif; color: #1a1a1a; margin: 0 }
.crest { text-align: center } .crest div { font-size: 20pt; letter-spacing: 2px;
  color: #5b1f2a }
.school { text-align: center; font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;
  color: #5b1f2a; letter-spacing: 1px; margin-top: 2pt }
h1 { text-align: center; font-weight: normal; font-size: 27pt; margin: 32pt 0 20pt;
  font-variant: small-caps }
.p { font-size: 12.5pt; line-height: 1.7; text-align: center }
.n { font-size: 25pt; text-align: center; margin: 8pt 0 12pt; font-style: italic }
.c { font-size: 18pt; text-align: center; font-weight: bold; margin: 8pt 0 4pt }
.code { text-align: center; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt;
  color: #555 }
dl { width: 4.3in; margin: 26pt auto 0; font-family: 'DejaVu Sans', sans-serif;
  font-size: 10.5pt }
dt { float: left; width: 2in; color: #555; clear: left; padding: 3pt 0 }
dd { margin-left: 2in; padding: 3pt 0; border-bottom: 0.5pt solid #ccc }
.sigs { margin-top: 44pt; font-size: 9.5pt; font-family: 'DejaVu Sans', sans-serif }
.sigs td { width: 3.1in; vertical-align: bottom; padding-right: 0.4in }
.sigs .ln { border-top: 0.6pt solid #333; padding-top: 3pt }
"""
    body = f"""
<div class="crest"><div>HARROWGATE UNIVERSITY</div></div>
<div class="school">SCHOOL OF PROFESSIONAL AND CONTINUING STUDIES</div>
<h1>Certificate of Completion</h1>
<div class="p">This is to certify that</div>
<div class="n">Marguerite O'Donnell</div>
<div class="p">has satisfactorily completed the non-degree continuing education course</div>
<div class="c">Enterprise Wireless Networking</div>
<div class="code">Course number NET-210 &middot; Section 01 &middot; Online</div>
<dl>
  <dt>Term</dt><dd>January – March 2025</dd>
  <dt>Contact hours</dt><dd>45</dd>
  <dt>CEUs awarded</dt><dd>4.5</dd>
  <dt>Certificate No.</dt><dd>HU-PCS-25-01187</dd>
</dl>
<table class="sigs"><tr>
  <td>{_signature_svg("h18-hu-1", 170, 44)}<div class="ln">Dr. Celeste Amari<br>Dean, School
  of Professional and Continuing Studies</div></td>
  <td>{_signature_svg("h18-hu-2", 170, 44)}<div class="ln">Victor Hallström<br>Registrar</div>
  </td></tr></table>"""
    return _weasy(_html(css, body), _pdf(folder, "h18-university-months"))


def _netacad_table(folder: Path) -> Path:
    css = """
@page { size: A4 landscape; margin: 14mm 18mm }
body { font-family: 'DejaVu Sans', sans-serif; color: #1e2a38; margin: 0 }
.top { border-bottom: 3px solid #049fd9; padding-bottom: 5mm }
.top .a { font-size: 13pt; font-weight: bold; color: #0d274d }
.top .b { font-size: 9pt; color: #556; margin-top: 2pt }
h1 { font-size: 24pt; color: #0d274d; margin: 12mm 0 3mm; font-weight: normal }
.intro { font-size: 11pt; color: #444 }
table { border-collapse: collapse; margin-top: 8mm; width: 100%; font-size: 11.5pt }
th { text-align: left; width: 55mm; background: #eef5fa; color: #2d3e50; font-weight: bold;
  padding: 6pt 10pt; border: 0.6pt solid #b9cad8 }
td { padding: 6pt 10pt; border: 0.6pt solid #b9cad8 }
.foot { margin-top: 10mm; font-size: 9pt; color: #555 }
.foot table { margin: 0; width: auto; font-size: 9pt } .foot td { border: none; padding: 0 }
"""
    body = f"""
<div class="top"><div class="a">Cisco Networking Academy</div>
  <div class="b">Riverside Technical College &middot; Academy ID 4417-RTC</div></div>
<h1>Certificate of Course Completion</h1>
<div class="intro">The student named below has completed the Cisco Networking Academy course
  listed, having passed the final assessment.</div>
<table>
  <tr><th>Student</th><td>Santiago Peralta Ruiz</td></tr>
  <tr><th>Course</th><td>CCNA: Enterprise Networking, Security, and Automation</td></tr>
  <tr><th>Instructor</th><td>Helen Mbeki-Strand</td></tr>
  <tr><th>Course start</th><td>09 Sep 2024</td></tr>
  <tr><th>Course end</th><td>13 Dec 2024</td></tr>
  <tr><th>Certificate ID</th><td>NA-ENSA-1209-55873</td></tr>
</table>
<div class="foot"><table><tr><td style="padding-right:14mm">{_signature_svg("h18-na", 150, 40)}
  <br>Helen Mbeki-Strand, Instructor</td><td>Issued 16 Dec 2024</td></tr></table></div>"""
    return _weasy(_html(css, body), _pdf(folder, "h18-netacad-table"))


def _cbt_footer(folder: Path) -> Path:
    css = """
@page { size: letter landscape; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #20252b }
.page { width: 11in; height: 8.5in; position: relative; box-sizing: border-box;
  padding: 0.8in 0.9in; border-top: 0.35in solid #ff7a00 }
.lg { font-size: 22pt; font-weight: bold } .lg span { color: #ff7a00 }
.k { margin-top: 0.5in; font-size: 12pt; letter-spacing: 4pt; color: #6b7280 }
.to { margin-top: 0.35in; font-size: 12pt; color: #444 }
.n { font-size: 32pt; font-weight: bold; margin-top: 4pt }
.for { margin-top: 0.3in; font-size: 12pt; color: #444 }
.c { font-size: 22pt; margin-top: 4pt }
.d { margin-top: 0.3in; font-size: 12pt }
.sig { position: absolute; right: 0.9in; bottom: 1.2in; text-align: center; font-size: 9.5pt }
.fine { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.35in; font-size: 7pt;
  color: #6b7280; border-top: 0.5pt solid #d1d5db; padding-top: 5pt; line-height: 1.5 }
"""
    body = f"""
<div class="page">
  <div class="lg">CBT <span>Nuggets</span></div>
  <div class="k">CERTIFICATE OF COMPLETION</div>
  <div class="to">Awarded to</div>
  <div class="n">Nadia Brzezinski</div>
  <div class="for">for completing the online training</div>
  <div class="c">Cisco CCNP Security 350-701 SCOR</div>
  <div class="d">Completed January 27, 2025</div>
  <div class="sig">{_signature_svg("h18-cbt", 160, 44)}<br>Trevor Halvorsen-Day<br>
    VP of Learning</div>
  <div class="fine">Certificate ID CBTN-8842-61093-Z &middot; Verify this certificate at
    cbtnuggets.com/verify/CBTN-8842-61093-Z &middot; Continuing education: this training is
    eligible for 3.2 CEUs toward certification renewal where accepted by the certifying body.
    CBT Nuggets training is not affiliated with or endorsed by the exam vendor.</div>
</div>"""
    return _weasy(_html(css, body), _pdf(folder, "h18-cbt-footer"))


def _unclear_two_learners(folder: Path) -> Path:
    css = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #102a43 }
.page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 16mm 22mm;
  background: #f7fafc; border-left: 14mm solid #1f7a8c; position: relative }
.lg { font-size: 15pt; font-weight: bold; color: #1f7a8c; letter-spacing: 2pt }
.k { margin-top: 14mm; font-size: 30pt; font-weight: bold }
.to { margin-top: 9mm; font-size: 12pt; color: #486581 }
.n { font-size: 26pt; margin-top: 3mm; font-family: 'DejaVu Serif', serif }
.c { margin-top: 9mm; font-size: 12pt; color: #486581 }
.c b { display: block; color: #102a43; font-size: 21pt; margin-top: 3mm }
.d { margin-top: 8mm; font-size: 12.5pt }
.foot { position: absolute; left: 22mm; right: 22mm; bottom: 14mm; font-size: 9.5pt;
  color: #334e68 }
.foot .r { float: right; text-align: center }
"""
    body = f"""
<div class="page">
  <div class="lg">BLUESHIFT LABS</div>
  <div class="k">Certificate of Completion</div>
  <div class="to">This certificate is awarded to the lab team</div>
  <div class="n">Jonas Feldmann &amp; Aiyana Redcloud</div>
  <div class="c">for completing the hands-on bootcamp
    <b>Data Center Networking with Cisco ACI</b></div>
  <div class="d">May 5–8, 2025 &middot; 24 CPE credits</div>
  <div class="foot"><div class="r">{_signature_svg("h18-blue", 150, 40)}<br>Mirela Castellanos,
    Lead Instructor</div>
    Certificate ID: DCB-ACI-2505-042<br>blueshift-labs.example/verify</div>
</div>"""
    return _weasy(_html(css, body), _pdf(folder, "h18-unclear-two-learners"))


def _czech_month(folder: Path) -> Path:
    css = """
@page { size: A4; margin: 22mm 24mm 18mm;
  @bottom-left { content: "Moravská technická akademie, Institut celoživotního vzdělávání";
  font-size: 7.5pt; color: #777; font-family: 'DejaVu Sans', sans-serif } }
body { font-family: 'DejaVu Serif', serif; color: #1b1b1b; margin: 0 }
.hd { text-align: center; font-family: 'DejaVu Sans', sans-serif; color: #0b4f6c }
.hd .a { font-size: 14pt; font-weight: bold; letter-spacing: 1pt }
.hd .b { font-size: 10.5pt; margin-top: 2pt }
h1 { text-align: center; font-size: 34pt; letter-spacing: 6pt; margin: 30mm 0 2mm;
  color: #0b4f6c }
.sub { text-align: center; font-size: 13pt; margin-bottom: 18mm }
table { width: 100%; border-collapse: collapse; font-size: 12.5pt }
td { padding: 5pt 0; vertical-align: top } td.l { width: 48mm; color: #555 }
td.v { font-weight: bold }
.sig { margin-top: 28mm; font-size: 11pt } .sig .r { float: right; text-align: center }
"""
    body = f"""
<div class="hd"><div class="a">MORAVSKÁ TECHNICKÁ AKADEMIE</div>
  <div class="b">Institut celoživotního vzdělávání</div></div>
<h1>OSVĚDČENÍ</h1>
<div class="sub">o absolvování kurzu celoživotního vzdělávání</div>
<table>
  <tr><td class="l">Jméno a příjmení:</td><td class="v">Kateřina Dvořáková</td></tr>
  <tr><td class="l">Název kurzu:</td><td class="v">Správa počítačových sítí a směrování IPv6
  </td></tr>
  <tr><td class="l">Termín konání:</td><td class="v">září 2024</td></tr>
  <tr><td class="l">Rozsah:</td><td class="v">20 hodin</td></tr>
  <tr><td class="l">Evidenční číslo:</td><td class="v">IKV-2024/0917</td></tr>
</table>
<div class="sig"><div class="r">{_signature_svg("h18-cz", 160, 44)}<br>
  doc. Ing. Radim Šťastný, Ph.D.<br>ředitel institutu</div>V Brně dne 4. října 2024</div>"""
    return _weasy(_html(css, body, "cs"), _pdf(folder, "h18-czech-month"))


# --------------------------------------------------------------------------------------------
# LibreOffice (5: three flat ODF, two Word)
# --------------------------------------------------------------------------------------------


def _turkish_odt(folder: Path) -> Path:
    d = _Odt(29.7, 21.0, 1.6, border="2.5pt solid #a61b29", footer=None)
    d.p("KARADENİZ AĞ TEKNOLOJİLERİ AKADEMİSİ", size=13, bold=True, color="#a61b29", spacing=1.5)
    d.p("Samsun Eğitim Merkezi", size=10, color="#555555", after=0.6)
    d.p("KATILIM SERTİFİKASI", size=30, bold=True, font="DejaVu Serif", spacing=3, after=0.5)
    d.p("Bu sertifika,", size=12, italic=True)
    d.p("Gülşen Yıldırım", size=26, font="DejaVu Serif", after=0.3)
    d.p(
        "adına, aşağıda bilgileri yer alan eğitimi başarıyla tamamladığı için düzenlenmiştir.",
        size=12,
        italic=True,
        after=0.5,
    )
    d.table(
        [
            ["Eğitim Adı", "Kurumsal Ağlarda Yönlendirme ve Anahtarlama (CCNP ENCOR Hazırlık)"],
            ["Eğitim Tarihleri", "3–7 Mart 2025"],
            ["Eğitim Süresi", "35 saat"],
            ["Eğitmen", "Levent Karaosmanoğlu"],
            ["Sertifika No", "KAT-2025-03-1147"],
        ],
        [5.5, 15.5],
        size=11.5,
    )
    d.p(
        "Bu sertifikanın doğruluğunu https://dogrula.kat-akademi.example/KAT-2025-03-1147 "
        "adresinden kontrol edebilirsiniz.",
        size=8.5,
        color="#666666",
        before=0.6,
    )
    d.p("Samsun, 10 Mart 2025", size=10.5, align="end", before=0.4)
    return _soffice("h18-turkish-odt.fodt", d.render(), folder)


def _skillsoft_docx_pdf(work: Path) -> Path:
    d = _Docx(11.0, 8.5, 0.9)
    d.p("skillsoft", size=26, bold=True, color="#1b5e20", font="DejaVu Sans", after=2)
    d.p("percipio", size=11, color="#555555", after=24)
    d.p("CERTIFICATE OF COMPLETION", size=22, bold=True, spacing=2, after=18, font="DejaVu Serif")
    d.p("This certifies that", size=13, italic=True, after=6)
    d.p("Ayodele Okonkwo-Price", size=28, font="DejaVu Serif", after=10)
    d.p("has completed the course", size=13, italic=True, after=6)
    d.p("CCNP Security: Remote Access VPN Solutions", size=21, bold=True, after=22)
    d.table(
        [
            ["Completion Date", "October 30, 2024"],
            ["Recommended CPE credits", "1.5"],
            ["Certificate ID", "SK-20241030-77A3F2"],
        ],
        [2.8, 3.2],
        size=12,
    )
    d.p(
        "Skillsoft is registered with NASBA as a sponsor of continuing professional education "
        "on the National Registry of CPE Sponsors.",
        size=9,
        color="#555555",
        before=24,
    )
    return _soffice("h18-scan-skillsoft.docx", d.render(), work)


def _scan_skillsoft(folder: Path) -> Path:
    return _scanned(_skillsoft_docx_pdf, "h18-scan-skillsoft", folder, angle=0.8, quality=62)


def _college_month_span_docx(folder: Path) -> Path:
    d = _Docx(8.5, 11.0, 1.0)
    d.p("LAKESHORE COMMUNITY COLLEGE", size=18, bold=True, color="#1f3b73", spacing=1.5, after=2)
    d.p("Workforce & Continuing Education", size=12, color="#1f3b73", after=40)
    d.p("Certificate of Completion", size=30, font="DejaVu Serif", after=28)
    d.p("This certifies that", size=13, italic=True, font="DejaVu Serif", after=8)
    d.p("Theodore Nakashima-Bell", size=26, bold=True, font="DejaVu Serif", after=12)
    d.p("has successfully completed the continuing education program", size=13, after=8)
    d.p(
        "Linux Networking and Cloud Infrastructure Fundamentals",
        size=18,
        bold=True,
        color="#1f3b73",
        after=10,
    )
    d.p("Sept 2024 – Jan 2025", size=14, after=6)
    d.p(
        [("Continuing Education Units: ", False), ("6.0", True)],
        size=12,
        after=40,
    )
    d.p("____________________________            ____________________________", size=11)
    d.p(
        "Director, Workforce Programs                        Vice President, Academic Affairs",
        size=9.5,
        after=30,
    )
    d.p("Certificate number LCC-WCE-24-3390", size=9, color="#555555", align="left")
    d.p(
        "One CEU equals ten contact hours of participation in an organized continuing "
        "education experience.",
        size=8,
        color="#777777",
        align="left",
    )
    return _soffice("h18-college-month-span.docx", d.render(), folder)


def _cert_then_letter_odt(folder: Path) -> Path:
    d = _Odt(21.0, 29.7, 2.0)
    d.p("FJORDLINE IT ACADEMY", size=14, bold=True, color="#0e4c6b", spacing=2, after=1.6)
    d.p("Certificate of Attendance", size=30, font="DejaVu Serif", after=1.0)
    d.p("This is to certify that", size=12, italic=True, font="DejaVu Serif")
    d.p("Annelie Voskuijlen", size=26, bold=True, font="DejaVu Serif", after=0.5)
    d.p("attended the two-day workshop", size=12, italic=True, font="DejaVu Serif")
    d.p("Wi-Fi 6E Design and Site Survey Workshop", size=19, bold=True, after=0.4)
    d.p("held on 18–19 November 2024 in Bergen", size=12.5, after=0.3)
    d.p("CPE credits: 14", size=12, after=2.5)
    d.p("Ragnhild Sætre-Olsen, Head of Training", size=10, color="#333333")
    d.p("Certificate ID: FIA-W6E-24-0219", size=9.5, color="#555555", before=1.5)
    d.page_break()
    d.p("Fjordline IT Academy · Strandkaien 9 · Bergen", size=9, align="start", color="#555555")
    d.p("22 November 2024", size=11, align="start", before=1.2, after=0.6)
    d.p("Dear Annelie,", size=11, align="start", after=0.4)
    body = (
        "Thank you for joining our Wi-Fi 6E workshop; your certificate is on the previous page. "
        "Several participants asked about a follow-up, so we would like to invite you to our "
        "advanced course Wireless Security and 802.1X Deployment, which takes place from "
        "3 March 2025 to 5 March 2025. The course is worth 21 CPE credits. To reserve a seat, "
        "quote reference FIA-W8X-25-0008 when you register."
    )
    d.p(body, size=11, align="justify", after=0.4)
    d.p("Early registration closes on 31 January 2025.", size=11, align="start", after=0.8)
    d.p("Best regards,", size=11, align="start")
    d.p("Ragnhild Sætre-Olsen", size=11, align="start")
    return _soffice("h18-cert-then-letter.fodt", d.render(), folder)


def _unclear_numeric_date(folder: Path) -> Path:
    d = _Odt(29.7, 21.0, 2.2, border="1pt solid #444444")
    d.p("HALCYON TECH INSTITUTE", size=13, bold=True, spacing=3, color="#333333", after=1.2)
    d.p("Certificate of Completion", size=32, font="URW Bookman", after=0.8)
    d.p("awarded to", size=12, italic=True)
    d.p("Noor Halvorsen", size=26, font="URW Bookman", bold=True, after=0.5)
    d.p("for completing the course", size=12, italic=True)
    d.p("Cisco Meraki Cloud Networking Essentials", size=20, after=1.0)
    d.table(
        [["Date", "04/05/2025"], ["Certificate code", "HTI-MRK-8823"]],
        [5.0, 6.0],
        size=12,
        shade_first=None,
        border="0.5pt solid #bbbbbb",
    )
    d.p("Program Director", size=10, before=1.4, color="#444444")
    return _soffice("h18-unclear-numeric-date.fodt", d.render(), folder)


# --------------------------------------------------------------------------------------------
# cairo (5)
# --------------------------------------------------------------------------------------------


def _italian_cairo(folder: Path) -> Path:
    c = _Cairo(_pdf(folder, "h18-italian-cairo"), 841.89, 595.28)
    w = c.w
    c.rect(0, 0, c.w, c.h, fill="#fbf8f1")
    c.rect(22, 22, c.w - 44, c.h - 44, stroke="#1e5a3c", lw=2.5)
    c.rect(30, 30, c.w - 60, c.h - 60, stroke="#b8943b", lw=0.8)
    c.text(
        w / 2,
        78,
        "ACCADEMIA RETI E SICUREZZA INFORMATICA",
        13,
        bold=True,
        align="center",
        color="#1e5a3c",
        spacing=1.5,
    )
    c.text(w / 2, 96, "Torino", 10, align="center", color="#555555")
    c.text(
        w / 2,
        160,
        "ATTESTATO DI PARTECIPAZIONE",
        30,
        "DejaVu Serif",
        align="center",
        color="#1e5a3c",
        spacing=2,
    )
    c.text(w / 2, 205, "Si attesta che", 13, "DejaVu Serif", italic=True, align="center")
    c.text(w / 2, 248, "Federica Dall'Olio", 30, "DejaVu Serif", bold=True, align="center")
    c.text(
        w / 2,
        284,
        "ha partecipato con profitto al corso",
        13,
        "DejaVu Serif",
        italic=True,
        align="center",
    )
    c.text(
        w / 2,
        322,
        "Progettazione di reti aziendali sicure con Cisco",
        22,
        bold=True,
        align="center",
    )
    c.text(
        w / 2, 356, "svoltosi dal 12 al 16 maggio 2025 in modalità blended", 13.5, align="center"
    )
    c.text(w / 2, 378, "Durata: 32 ore", 13.5, align="center")
    c.text(80, 480, "Codice attestato: ARSI-25-0516-207", 10.5, color="#333333")
    c.text(80, 498, "Torino, 19 maggio 2025", 10.5, color="#333333")
    c.signature(560, 440, 170, 44, "h18-it")
    c.line(550, 490, 760, 490, color="#555555")
    c.text(655, 505, "Il Direttore Didattico", 10, align="center")
    c.text(655, 520, "Ing. Carlo Benedetti", 10, align="center")
    c.circle(w / 2, 480, 34, fill="#b8943b")
    c.circle(w / 2, 480, 27, stroke="#fbf8f1", lw=1.2)
    return c.finish()


def _ine_rotated(folder: Path) -> Path:
    """Drawn as a landscape certificate on a portrait sheet, then turned with /Rotate 90."""
    import cairocffi
    from pypdf import PdfReader, PdfWriter

    raw = folder / "h18-ine-rotated.raw.pdf"
    c = _Cairo(raw, 595.28, 841.89)
    # display space (u, v) of the landscape page -> media space: x = v, y = H - u
    c.ctx.set_matrix(cairocffi.Matrix(xx=0, yx=-1, xy=1, yy=0, x0=0, y0=841.89))
    W, H = 841.89, 595.28
    c.rect(0, 0, W, H, fill="#ffffff")
    c.rect(0, 0, 18, H, fill="#e5412a")
    c.text(60, 80, "INE", 34, bold=True, color="#111111")
    c.text(128, 80, "CERTIFICATE OF COMPLETION", 12, color="#666666", spacing=2.5)
    c.text(60, 160, "Awarded to", 13, color="#555555")
    c.text(60, 200, "Oluwaseun Adeyemi-Clarke", 32, "DejaVu Serif")
    c.text(60, 250, "for completing the learning path", 13, color="#555555")
    c.wrap(60, 288, "Enterprise Network Routing: OSPF, EIGRP and BGP", 560, 25, 32, bold=True)
    c.text(60, 360, "Completed on 2 December 2024", 14)
    c.text(60, 384, "CPE credits: 14", 14)
    c.line(60, 470, 300, 470, color="#999999")
    c.signature(70, 420, 170, 46, "h18-ine")
    c.text(60, 486, "Brandt Okafor, Director of Instruction", 10, color="#444444")
    c.qr(690, 430, 90, "h18-ine")
    c.text(735, 540, "Certificate ID: INE-LP-3C81F04A", 9, align="center", color="#333333")
    c.text(735, 554, "ine.com/verify/INE-LP-3C81F04A", 8, align="center", color="#666666")
    c.finish()
    reader = PdfReader(raw)
    writer = PdfWriter()
    for page in reader.pages:
        page.rotate(90)
        writer.add_page(page)
    out = _pdf(folder, "h18-ine-rotated")
    with out.open("wb") as fh:
        writer.write(fh)
    raw.unlink()
    return out


def _conference_session_cairo(folder: Path) -> Path:
    c = _Cairo(_pdf(folder, "h18-conference-session"), 612.0, 792.0)
    c.rect(0, 0, 612, 150, fill="#232f3e")
    c.text(50, 70, "NetOps Summit 2025", 30, bold=True, color="#ffffff")
    c.text(50, 98, "Chicago, IL  ·  September 22–24, 2025", 12, color="#c8d1dc")
    c.text(50, 126, "SESSION ATTENDANCE CERTIFICATE", 11, color="#ffb547", spacing=2.2)
    rows = [
        ("Attendee", "Grace Whitfield"),
        ("Session title", "Intent-Based Networking in Practice"),
        ("Session code", "NS25-T14  (Track: Automation & Operations)"),
        ("Date", "September 23, 2025, 14:00–15:15 CDT"),
        ("CPE", "1.5 (NASBA field of study: Specialized Knowledge)"),
        ("Attendance code", "NOS25-7741-QW"),
    ]
    y = 210.0
    for label, value in rows:
        c.text(50, y, label.upper(), 8.5, color="#6b7785", spacing=1.2)
        c.text(50, y + 20, value, 15 if label != "Attendee" else 22, bold=label == "Attendee")
        c.line(50, y + 32, 562, y + 32, color="#e1e5ea", lw=0.6)
        y += 62
    c.wrap(
        50,
        y + 18,
        "Attendance was recorded by badge scan at the session room entrance and exit. CPE "
        "credits are based on a 50-minute hour. Keep this certificate for your records.",
        500,
        9,
        13,
        color="#555555",
    )
    c.signature(50, 640, 160, 42, "h18-netops")
    c.line(50, 690, 250, 690, color="#888888")
    c.text(50, 704, "Imogen Castellane, Program Committee Chair", 9.5, color="#333333")
    c.qr(480, 620, 80, "h18-netops")
    return c.finish()


def _unclear_title_versions(folder: Path) -> Path:
    c = _Cairo(_pdf(folder, "h18-unclear-title-versions"), 792.0, 612.0)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(0, 0, 792, 64, fill="#0b2545")
    c.text(40, 40, "ALTAMIRA NETWORKS EDUCATION", 15, bold=True, color="#ffffff", spacing=1.5)
    c.text(752, 40, "Cisco Learning Partner", 11, align="right", color="#8ecae6")
    c.text(396, 130, "Certificate of Completion", 30, "DejaVu Serif", align="center")
    c.text(
        396, 170, "Henrik Solberg", 26, "DejaVu Serif", bold=True, align="center", color="#0b2545"
    )
    c.text(396, 200, "has successfully completed", 12, align="center", color="#555555")
    c.wrap(
        396,
        236,
        "Implementing and Operating Cisco Security Core Technologies (SCOR) v1.0",
        600,
        20,
        26,
        align="center",
        bold=True,
    )
    c.text(396, 300, "24–28 March 2025  ·  Instructor-led, virtual", 13, align="center")
    c.rect(120, 340, 552, 120, fill="#f1f5f9")
    details = [
        ("Course", "Implementing and Operating Cisco Security Core Technologies (SCOR) v2.0"),
        ("Delivery", "24–28 March 2025, 5 days"),
        ("Cisco CE credits", "64"),
        ("Certificate ID", "ANE-SCOR-250328-031"),
    ]
    y = 366.0
    for label, value in details:
        c.text(138, y, label, 10, bold=True, color="#334155")
        c.text(250, y, value, 10, color="#111111")
        y += 26
    c.signature(520, 480, 170, 44, "h18-altamira")
    c.line(510, 530, 720, 530, color="#777777")
    c.text(615, 545, "Paulo Rezende, Training Manager", 9.5, align="center")
    return c.finish()


def _webinar_cairo_pdf(work: Path) -> Path:
    c = _Cairo(work / "src.pdf", 792.0, 612.0)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(30, 30, 732, 552, stroke="#3a0ca3", lw=3)
    c.text(396, 95, "PACKETWISE ACADEMY", 18, bold=True, align="center", color="#3a0ca3", spacing=3)
    c.text(396, 160, "Certificate of Attendance", 34, "DejaVu Serif", align="center")
    c.text(396, 192, "LIVE WEBINAR", 12, align="center", color="#666666", spacing=3)
    c.text(396, 245, "Attendee: Siddharth Raghunathan", 22, align="center")
    c.text(396, 300, "BGP Route Leaks: Detection and Mitigation", 24, bold=True, align="center")
    c.text(396, 345, "Held on February 20, 2025", 16, align="center")
    c.text(396, 372, "Earned 1 CPE credit", 16, align="center")
    c.signature(90, 450, 170, 46, "h18-pw")
    c.line(80, 505, 300, 505, color="#444444")
    c.text(190, 522, "Lena Marchetti, Host", 12, align="center")
    c.qr(610, 430, 90, "h18-pw")
    c.text(655, 545, "Verify: packetwise.io/v/PW-5K2D9H", 11, align="center")
    return c.finish()


def _scan_webinar(folder: Path) -> Path:
    return _scanned(_webinar_cairo_pdf, "h18-scan-webinar", folder, angle=1.1, dpi=200)


# --------------------------------------------------------------------------------------------
# Ghostscript (5)
# --------------------------------------------------------------------------------------------


def _polish_gs(folder: Path) -> Path:
    d = _PS(595.0, 842.0)
    d.rect(28, 28, 539, 786, stroke="#8b1e3f", lw=2)
    d.rect(34, 34, 527, 774, stroke="#8b1e3f", lw=0.6)
    d.text(
        297.5,
        90,
        "CENTRUM SZKOLEŃ SIECIOWYCH NETKRAFT SP. Z O.O.",
        "sans-b",
        11,
        "center",
        "#8b1e3f",
    )
    d.text(297.5, 106, "ul. Rzemieślnicza 14, 30-363 Kraków", "sans", 9, "center", "#555555")
    d.text(297.5, 200, "ZAŚWIADCZENIE", "serif-b", 34, "center", "#222222")
    d.text(297.5, 228, "o ukończeniu szkolenia", "serif-i", 16, "center")
    d.text(297.5, 300, "Zaświadcza się, że", "serif", 13, "center")
    d.text(297.5, 340, "Małgorzata Żebrowska", "serif-b", 26, "center")
    d.text(297.5, 378, "ukończyła szkolenie", "serif", 13, "center")
    d.text(297.5, 418, "Konfiguracja i zabezpieczanie sieci SD-WAN", "sans-b", 18, "center")
    d.text(
        297.5,
        456,
        "które odbyło się w dniach 24–26 lutego 2025 r. w Krakowie",
        "serif",
        13,
        "center",
    )
    d.text(297.5, 476, "w wymiarze 16 godzin dydaktycznych.", "serif", 13, "center")
    d.text(
        297.5,
        520,
        "Program szkolenia znajduje się na odwrocie zaświadczenia.",
        "serif-i",
        10,
        "center",
        "#555555",
    )
    d.text(70, 680, "Kraków, 27 lutego 2025 r.", "serif", 11)
    d.text(70, 700, "Nr zaświadczenia: ZS/2025/02/114", "serif", 11)
    d.signature(360, 640, 160, 44, "h18-pl")
    d.line(350, 690, 530, 690, color="#555555")
    d.text(440, 704, "Kierownik Centrum", "serif", 10, "center")
    d.text(440, 718, "Tomasz Wróblewski", "serif", 10, "center")
    return _ghostscript(d, _pdf(folder, "h18-polish-gs"))


def _letter_partner_gs(folder: Path) -> Path:
    d = _PS(612.0, 792.0)
    d.text(72, 72, "Cobalt Ridge Learning Solutions", "palatino-b", 17, color="#1c3f6e")
    d.text(72, 88, "An Authorized Cisco Learning Partner", "palatino", 10, color="#555555")
    d.text(540, 72, "2200 Meridian Pkwy, Suite 410", "sans", 8.5, "right", "#555555")
    d.text(540, 84, "Raleigh, NC 27601", "sans", 8.5, "right", "#555555")
    d.line(72, 100, 540, 100, color="#1c3f6e", lw=1.2)
    d.text(72, 140, "April 14, 2025", "palatino", 11)
    d.text(72, 180, "To whom it may concern,", "palatino", 11)
    d.text(72, 205, "Re: Letter of Completion", "palatino-b", 11)
    paragraph = [
        "This letter confirms that Lorenzo Whitaker attended and completed the instructor-led",
        "course Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.1,",
        "delivered in our virtual classroom from April 7, 2025 through April 11, 2025",
        "(five days, 40 hours of instruction).",
        "",
        "The course is eligible for 30 Cisco Continuing Education (CE) credits, which the",
        "learner may submit to the Cisco Continuing Education Program. Please quote the",
        "completion reference below in any correspondence about this training.",
    ]
    y = 235.0
    for line in paragraph:
        d.text(72, y, line, "palatino", 11)
        y += 16
    d.text(72, y + 14, "Completion reference: CRL-2504-0719", "palatino-b", 11)
    d.text(72, y + 60, "Sincerely,", "palatino", 11)
    d.signature(72, y + 70, 160, 44, "h18-cobalt")
    d.text(72, y + 134, "Danielle Okoro-Finch", "palatino", 11)
    d.text(72, y + 149, "Director of Training Operations", "palatino", 11)
    d.line(72, 730, 540, 730, color="#bbbbbb", lw=0.5)
    d.text(
        306,
        744,
        "Cobalt Ridge Learning Solutions  ·  cobaltridge-learning.example",
        "sans",
        7.5,
        "center",
        "#777777",
    )
    return _ghostscript(d, _pdf(folder, "h18-letter-partner"))


def _unclear_stamped_code(folder: Path) -> Path:
    d = _PS(842.0, 595.0)
    d.rect(0, 0, 842, 70, fill="#0d274d")
    d.text(40, 44, "Cisco Networking Academy", "sans-b", 20, color="#ffffff")
    d.text(802, 44, "Oakfield Community Academy", "sans", 11, "right", "#cfe8f7")
    d.text(421, 150, "Certificate of Course Completion", "serif", 32, "center", "#0d274d")
    d.text(421, 200, "Ethan Moore", "serif-b", 30, "center")
    d.text(
        421,
        235,
        "has successfully completed the Cisco Networking Academy course",
        "sans",
        13,
        "center",
        "#444444",
    )
    d.text(421, 275, "Network Defense", "sans-b", 24, "center", "#0d274d")
    d.text(421, 312, "Completion date: 28 February 2025", "sans", 13, "center")
    # the code: only what the stamp leaves visible is printed
    d.text(64, 470, "Certificate ID:", "sans", 12, color="#333333")
    d.text(150, 470, "NA-ND-47", "sans-b", 12)
    d.text(282, 470, "-25", "sans-b", 12)
    d.raw(
        "gsave 245 129 translate -14 rotate "
        "0.80 0.12 0.16 setrgbcolor 2.4 setlinewidth newpath 0 0 34 0 360 arc stroke "
        "0.8 setlinewidth newpath 0 0 29 0 360 arc stroke "
        "0.97 0.86 0.87 setrgbcolor newpath 0 0 28 0 360 arc fill "
        "0.80 0.12 0.16 setrgbcolor "
        "/H10-sans-b 9 selectfont (VERIFIED) dup stringwidth pop 2 div neg 3 moveto show "
        "/H10-sans 5.5 selectfont (OAKFIELD) dup stringwidth pop 2 div neg -7 moveto show "
        "(ACADEMY) dup stringwidth pop 2 div neg -14 moveto show grestore"
    )
    d.signature(560, 420, 170, 46, "h18-oak")
    d.line(550, 472, 770, 472, color="#666666")
    d.text(660, 488, "Instructor: Priya Castellanos", "sans", 10, "center")
    return _ghostscript(d, _pdf(folder, "h18-unclear-stamped-code"))


def _ciscolive_techtorial_ps(work: Path) -> Path:
    d = _PS(842.0, 595.0)
    d.rect(0, 0, 842, 595, fill="#ffffff")
    d.rect(0, 0, 842, 96, fill="#07182f")
    d.text(40, 50, "CISCO LIVE", "sans-b", 30, color="#ffffff")
    d.text(40, 76, "Amsterdam  2025", "sans", 13, color="#9fd8f3")
    d.text(802, 60, "Techtorial Attendance Certificate", "sans", 15, "right", "#ffffff")
    rows = [
        ("Attendee", "Marieke de Bruijn"),
        ("Session", "Secure Firewall Threat Defense Deep Dive"),
        ("Session ID", "TECSEC-2600"),
        ("Date", "9 February 2025"),
        ("Continuing Education Credits", "8"),
        ("Certificate No.", "CLE25-T-004417"),
    ]
    y = 160.0
    for label, value in rows:
        d.text(60, y, label, "sans", 13, color="#555555")
        d.text(330, y, value, "sans-b", 16 if label != "Attendee" else 20, color="#111111")
        y += 46
    d.text(
        60,
        460,
        "Full-day techtorials qualify for 8 Cisco Continuing Education credits.",
        "sans-i",
        11,
        color="#555555",
    )
    d.qr(690, 430, 100, "h18-clive-ams")
    return _ghostscript(d, work / "src.pdf")


def _scan_techtorial(folder: Path) -> Path:
    return _scanned(
        _ciscolive_techtorial_ps, "h18-scan-techtorial", folder, angle=-0.9, dpi=200, gray=False
    )


def _leaders_code_version_gs(folder: Path) -> Path:
    d = _PS(842.0, 595.0)
    d.rect(24, 24, 794, 547, stroke="#2a6f4e", lw=1.5)
    d.text(60, 75, "HELIX PEAK TRAINING", "gothic-d", 20, color="#2a6f4e")
    d.text(782, 75, "Cisco Learning Partner", "gothic", 12, "right", "#2a6f4e")
    d.text(421, 150, "Certificate of Participation", "bookman", 30, "center")
    rows = [
        ("Participant", "Sunita Raghavan"),
        ("Course", "CLCOR v1.2 – Implementing Cisco Collaboration Core Technologies"),
        ("Dates", "17.03.2025 – 21.03.2025"),
        ("Cisco CE credits", "40"),
        ("Certificate ID", "HPT-CLCOR-0325-58"),
    ]
    y = 230.0
    for label, value in rows:
        d.text(80, y, label, "bookman", 13)
        d.text(200, y, "." * 20, "bookman", 13, color="#999999")
        d.text(292, y, value, "bookman-d", 13)
        y += 36
    d.signature(560, 445, 170, 44, "h18-helix")
    d.line(550, 495, 770, 495, color="#666666")
    d.text(660, 510, "Johanna Lindqvist-Bauer, Instructor", "gothic", 10, "center")
    d.text(80, 510, "Helix Peak Training GmbH · Munich", "gothic", 9, color="#666666")
    return _ghostscript(d, _pdf(folder, "h18-leaders-code-version"))


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------


def _e(
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None,
    credits: tuple[float, str] | None = None,
    review: bool = False,
) -> Expected:
    return Expected(
        course_name=course,
        start_date=start,
        end_date=end,
        validation_code=code,
        learner_name=learner,
        issuer=issuer,
        needs_review=review,
        printed_credits=credits,
    )


HOLDOUT_CASES: list[Case] = [
    # ---- Chromium (9)
    Case(
        "h18-ciscou-award",
        _e(
            "Implementing and Administering Cisco Solutions (CCNA) v2.1",
            None,
            "2025-03-14",
            "CU-7Q4M-2R8T-XK31",
            "Rosalind Achterberg",
            "Cisco U.",
            (30.0, "CE"),
        ),
        _ciscou_award,
        "Chromium; centered award with exam code and version in the title, uppercase "
        "letter-spaced labels, code printed twice (label and inside the verify URL).",
    ),
    Case(
        "h18-ciscolive-session",
        _e(
            "Troubleshooting SD-Access Campus Fabrics",
            None,
            "2025-06-10",
            "CL25-LV-0098413",
            "Priyanka Venkataraman",
            "Cisco Live",
            (1.5, "CE"),
        ),
        _ciscolive_session,
        "Chromium; every label is an SVG path (no text), the event's date range June 8–12 "
        "is printed in the header but the session date is June 10; Session ID is not the code.",
    ),
    Case(
        "h18-udemy-flex",
        _e(
            "Network Automation with Python, Netmiko and NAPALM",
            None,
            "2025-03-03",
            "UC-9b2e41d7-5c03-4a8f-b6e2-0d7f3a91c5e8",
            "Kwame Asante-Boateng",
            "Udemy",
            (22.5, "hours"),
        ),
        _udemy_flex,
        "Chromium; flex `order` reverses the DOM order (date and learner come first in the "
        "text), 'Mar. 3, 2025' abbreviation, code also in the ude.my URL, instructor name.",
    ),
    Case(
        "h18-linkedin-sidebar",
        _e(
            "Cisco Network Security Essentials: Firewalls and VPNs",
            None,
            "2025-02-11",
            "AbX2k9QmR7tLw4cZpN8vYe3H0sF",
            "Hyun-woo Baek",
            "LinkedIn Learning",
            (2.4, "CPE"),
        ),
        _linkedin_sidebar,
        "Chromium; grid with a dark sidebar holding the certificate ID, learner inside "
        "'Congratulations, ...', duration '2 hours 26 minutes' is not the credit (2.4 CPE).",
    ),
    Case(
        "h18-partner-cover-then-cert",
        _e(
            "Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
            "2025-02-10",
            "2025-02-14",
            "NST-ENCOR-250214-117",
            "Ilse Vandermeulen",
            "Cisco Learning Partner",
            (64.0, "CE"),
        ),
        _partner_cover_then_cert,
        "Chromium, 2 pages; page 1 is a booking letter for a DIFFERENT course (ENSDWI v3.0, "
        "7–10 April 2025, booking ref), page 2 the ENCOR certificate of a 5-day course.",
    ),
    Case(
        "h18-greek-center",
        _e(
            "Διαχείριση Δικτύων Cisco και Ασφάλεια Υποδομών",
            "2025-03-03",
            "2025-03-28",
            "KEK-2025-0412",
            "Αικατερίνη Παπαδοπούλου",
            None,
            (40.0, "hours"),
        ),
        _greek_center,
        "Chromium, Greek; genitive month names (Μαρτίου), 'από ... έως ...' range, issue date "
        "31 Μαρτίου after the range, 'Cisco' inside the course of an unknown issuer.",
    ),
    Case(
        "h18-scan-coursera",
        _e(
            "Computer Networks and Internet Protocols",
            None,
            "2025-01-19",
            "K7QX2M9RTB4P",
            "Lucia Ferreira Gomes",
            "Coursera",
            None,
        ),
        _scan_coursera,
        "Image-only scan of a Chromium page; code only inside the verify URL, date alone "
        "above the name without a label, 'non-credit course' is not a credit.",
    ),
    Case(
        "h18-unclear-two-dates",
        _e(
            "Zero Trust Segmentation for Campus Networks",
            None,
            None,
            "MNF-WB-3117",
            "Dorota Lindqvist",
            None,
            (1.0, "CPE"),
            review=True,
        ),
        _unclear_two_dates,
        "Chromium, UNCLEAR: two unlabelled dates (April 8, 2025 under the title and "
        "April 15, 2025 under the signature); either could be the completion date.",
    ),
    Case(
        "h18-pluralsight-dark",
        _e(
            "Configuring Cisco Catalyst Switches: VLANs and Trunking",
            None,
            "2024-11-22",
            "ps-cert-4f91c2a7",
            "Aurelio Santangelo",
            "Pluralsight",
            None,
        ),
        _pluralsight_dark,
        "Chromium; light text on a dark page with text-shadow, labels as SVG paths in a grid "
        "row above the values, course duration '3h 41m' is not a credit.",
    ),
    # ---- WeasyPrint (6)
    Case(
        "h18-vietnamese-center",
        _e(
            "Quản trị mạng doanh nghiệp với Cisco (CCNA thực hành)",
            "2024-07-15",
            "2024-07-19",
            "SV-2407-0386",
            "Nguyễn Thị Thu Hằng",
            None,
            (24.0, "hours"),
        ),
        _vietnamese_center,
        "WeasyPrint, Vietnamese; 'từ ngày 15 tháng 7 năm 2024 đến ngày 19 tháng 7 năm 2024', "
        "national motto header, signing date 22 tháng 7 after the course.",
    ),
    Case(
        "h18-university-months",
        _e(
            "Enterprise Wireless Networking",
            "2025-01-01",
            "2025-03-31",
            "HU-PCS-25-01187",
            "Marguerite O'Donnell",
            None,
            (4.5, "CEU"),
        ),
        _university_months,
        "WeasyPrint; university continuing education printing only months "
        "('January – March 2025'), both contact hours (45) and CEUs (4.5) in a definition list.",
    ),
    Case(
        "h18-netacad-table",
        _e(
            "CCNA: Enterprise Networking, Security, and Automation",
            "2024-09-09",
            "2024-12-13",
            "NA-ENSA-1209-55873",
            "Santiago Peralta Ruiz",
            "Cisco Networking Academy",
            None,
        ),
        _netacad_table,
        "WeasyPrint; all values in a two-column table, instructor name repeated under the "
        "signature, 'Issued 16 Dec 2024' after the course end.",
    ),
    Case(
        "h18-cbt-footer",
        _e(
            "Cisco CCNP Security 350-701 SCOR",
            None,
            "2025-01-27",
            "CBTN-8842-61093-Z",
            "Nadia Brzezinski",
            "CBT Nuggets",
            (3.2, "CEU"),
        ),
        _cbt_footer,
        "WeasyPrint; exam number in the title, code and CEUs only in 7pt small print in the "
        "footer ('eligible for 3.2 CEUs').",
    ),
    Case(
        "h18-unclear-two-learners",
        _e(
            "Data Center Networking with Cisco ACI",
            "2025-05-05",
            "2025-05-08",
            "DCB-ACI-2505-042",
            None,
            None,
            (24.0, "CPE"),
            review=True,
        ),
        _unclear_two_learners,
        "WeasyPrint, UNCLEAR: one certificate awarded to a lab team of two learners "
        "('Jonas Feldmann & Aiyana Redcloud').",
    ),
    Case(
        "h18-czech-month",
        _e(
            "Správa počítačových sítí a směrování IPv6",
            None,
            "2024-09-30",
            "IKV-2024/0917",
            "Kateřina Dvořáková",
            None,
            (20.0, "hours"),
        ),
        _czech_month,
        "WeasyPrint, Czech; only a month ('září 2024') as the course term, signing date "
        "'4. října 2024', labels left of values in a table, page-margin footer.",
    ),
    # ---- LibreOffice (5)
    Case(
        "h18-turkish-odt",
        _e(
            "Kurumsal Ağlarda Yönlendirme ve Anahtarlama (CCNP ENCOR Hazırlık)",
            "2025-03-03",
            "2025-03-07",
            "KAT-2025-03-1147",
            "Gülşen Yıldırım",
            None,
            (35.0, "hours"),
        ),
        _turkish_odt,
        "LibreOffice (ODF), Turkish; values in a table, compact range '3–7 Mart 2025', "
        "dotted capital İ in headings, code also in the verify URL, issue date after.",
    ),
    Case(
        "h18-scan-skillsoft",
        _e(
            "CCNP Security: Remote Access VPN Solutions",
            None,
            "2024-10-30",
            "SK-20241030-77A3F2",
            "Ayodele Okonkwo-Price",
            "Skillsoft",
            (1.5, "CPE"),
        ),
        _scan_skillsoft,
        "Image-only scan of a LibreOffice (Word) page; values in a table, 'Recommended CPE "
        "credits: 1.5', brand printed lower-case ('skillsoft', 'percipio').",
    ),
    Case(
        "h18-college-month-span",
        _e(
            "Linux Networking and Cloud Infrastructure Fundamentals",
            "2024-09-01",
            "2025-01-31",
            "LCC-WCE-24-3390",
            "Theodore Nakashima-Bell",
            None,
            (6.0, "CEU"),
        ),
        _college_month_span_docx,
        "LibreOffice (Word); continuing-education program printing only abbreviated months "
        "across a year boundary ('Sept 2024 – Jan 2025'), code in small print at the bottom.",
    ),
    Case(
        "h18-cert-then-letter",
        _e(
            "Wi-Fi 6E Design and Site Survey Workshop",
            "2024-11-18",
            "2024-11-19",
            "FIA-W6E-24-0219",
            "Annelie Voskuijlen",
            None,
            (14.0, "CPE"),
        ),
        _cert_then_letter_odt,
        "LibreOffice (ODF), 2 pages; certificate first, then a letter inviting to a DIFFERENT "
        "course (dates 3–5 March 2025, 21 CPE credits, a reference code).",
    ),
    Case(
        "h18-unclear-numeric-date",
        _e(
            "Cisco Meraki Cloud Networking Essentials",
            None,
            None,
            "HTI-MRK-8823",
            "Noor Halvorsen",
            None,
            None,
            review=True,
        ),
        _unclear_numeric_date,
        "LibreOffice (ODF), UNCLEAR: the only date is '04/05/2025' with no hint of day/month "
        "order (no address, no language clue).",
    ),
    # ---- cairo (5)
    Case(
        "h18-italian-cairo",
        _e(
            "Progettazione di reti aziendali sicure con Cisco",
            "2025-05-12",
            "2025-05-16",
            "ARSI-25-0516-207",
            "Federica Dall'Olio",
            None,
            (32.0, "hours"),
        ),
        _italian_cairo,
        "cairo, Italian; compact range 'dal 12 al 16 maggio 2025', tracked heading exported "
        "glyph by glyph, place/date line 'Torino, 19 maggio 2025' after the course.",
    ),
    Case(
        "h18-ine-rotated",
        _e(
            "Enterprise Network Routing: OSPF, EIGRP and BGP",
            None,
            "2024-12-02",
            "INE-LP-3C81F04A",
            "Oluwaseun Adeyemi-Clarke",
            "INE",
            (14.0, "CPE"),
        ),
        _ine_rotated,
        "cairo; a landscape certificate drawn sideways on a portrait sheet and turned with "
        "/Rotate 90; code small under a QR block and inside a verify URL.",
    ),
    Case(
        "h18-conference-session",
        _e(
            "Intent-Based Networking in Practice",
            None,
            "2025-09-23",
            "NOS25-7741-QW",
            "Grace Whitfield",
            None,
            (1.5, "CPE"),
        ),
        _conference_session_cairo,
        "cairo; conference session certificate, summit range 'September 22–24, 2025' in the "
        "header vs the session date with a time range, session code is not the code.",
    ),
    Case(
        "h18-unclear-title-versions",
        _e(
            None,
            "2025-03-24",
            "2025-03-28",
            "ANE-SCOR-250328-031",
            "Henrik Solberg",
            "Cisco Learning Partner",
            (64.0, "CE"),
            review=True,
        ),
        _unclear_title_versions,
        "cairo, UNCLEAR: the headline says '... (SCOR) v1.0' while the details box says "
        "'... (SCOR) v2.0'; which course version was taken cannot be decided.",
    ),
    Case(
        "h18-scan-webinar",
        _e(
            "BGP Route Leaks: Detection and Mitigation",
            None,
            "2025-02-20",
            "PW-5K2D9H",
            "Siddharth Raghunathan",
            None,
            (1.0, "CPE"),
        ),
        _scan_webinar,
        "Image-only scan of a cairo page, tilted 1.1°; webinar attendance, code only in the "
        "verify URL, 'Attendee:' label on the same line as the name.",
    ),
    # ---- Ghostscript (5)
    Case(
        "h18-polish-gs",
        _e(
            "Konfiguracja i zabezpieczanie sieci SD-WAN",
            "2025-02-24",
            "2025-02-26",
            "ZS/2025/02/114",
            "Małgorzata Żebrowska",
            None,
            (16.0, "hours"),
        ),
        _polish_gs,
        "Ghostscript, Polish; 'w dniach 24–26 lutego 2025 r.' (genitive month), "
        "'16 godzin dydaktycznych', issue date 27 lutego, code with slashes.",
    ),
    Case(
        "h18-letter-partner",
        _e(
            "Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.1",
            "2025-04-07",
            "2025-04-11",
            "CRL-2504-0719",
            "Lorenzo Whitaker",
            "Cisco Learning Partner",
            (30.0, "CE"),
        ),
        _letter_partner_gs,
        "Ghostscript; a letter in prose: course, dates ('from April 7, 2025 through "
        "April 11, 2025') and learner inside sentences broken over lines, letter date first.",
    ),
    Case(
        "h18-unclear-stamped-code",
        _e(
            "Network Defense",
            None,
            "2025-02-28",
            None,
            "Ethan Moore",
            "Cisco Networking Academy",
            None,
            review=True,
        ),
        _unclear_stamped_code,
        "Ghostscript, UNCLEAR: a round 'VERIFIED' rubber stamp covers the middle of the "
        "certificate ID; only 'NA-ND-47' and '-25' remain readable.",
    ),
    Case(
        "h18-scan-techtorial",
        _e(
            "Secure Firewall Threat Defense Deep Dive",
            None,
            "2025-02-09",
            "CLE25-T-004417",
            "Marieke de Bruijn",
            "Cisco Live",
            (8.0, "CE"),
        ),
        _scan_techtorial,
        "Image-only colour scan of a Ghostscript page; label/value rows, Session ID vs "
        "Certificate No., lower-case Dutch particle in the name.",
    ),
    Case(
        "h18-leaders-code-version",
        _e(
            "CLCOR v1.2 – Implementing Cisco Collaboration Core Technologies",
            "2025-03-17",
            "2025-03-21",
            "HPT-CLCOR-0325-58",
            "Sunita Raghavan",
            "Cisco Learning Partner",
            (40.0, "CE"),
        ),
        _leaders_code_version_gs,
        "Ghostscript; dotted leaders between labels and values, course code and version "
        "before the title, numeric dates '17.03.2025 – 21.03.2025' (day > 12, unambiguous).",
    ),
]
