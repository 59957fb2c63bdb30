"""Held-out set 20: certificates exported by learning-management systems and vendor academies.

Test plan
---------
Thirty invented certificates (people, companies and codes are all made up) with the values
printed on them, for measuring the extractor on layouts it has never seen.

Emphasis: what LMS exports look like (Moodle custom certificates, Canvas, TalentLMS, Docebo,
Cornerstone, SAP SuccessFactors, Udemy, edX, Pluralsight, Skillsoft Percipio, Coursera,
LinkedIn Learning, INE, CBT Nuggets), vendor academies (network, security, cloud), Cisco Live
session attendance and webinars that print one date and a duration in minutes.

Producers (kind in ``HOLDOUT_KINDS``):

* ``chromium`` (6): HTML+CSS printed by headless Chromium: text-shadow, watermarks,
  letter-spaced ``text-transform: uppercase`` titles, SVG seals, QR blocks, a two-page
  Canvas certificate + transcript.
* ``weasyprint`` (5): Spanish and Italian certificates, an edX certificate whose page 1 is only
  a cover, a Skillsoft certificate with the name as "Surname, Given", a security academy with
  "Issued" and "Valid until" dates besides the training dates.
* ``libreoffice`` (5): flat ODT and DOCX converted by LibreOffice: SAP SuccessFactors table
  layout, a Polish certificate, a Cisco Learning Partner course, a two-page Coursera
  certificate + course record, a Moodle export whose name field came out empty.
* ``cairo`` (5): design-tool style output (tracked text glyph by glyph): INE, CBT Nuggets,
  LinkedIn Learning, a two-page Networking Academy certificate, a cloud academy with an
  expiry date.
* ``ghostscript`` (5): hand-written PostScript with URW fonts: a training company that prints
  an invoice number beside the certificate number, Cisco U., a vendor webinar, Pluralsight
  with the title quoted inside the sentence, an LMS printing a numeric date only.
* ``scan`` (4): image-only scans (no text layer) of pages from Chromium, LibreOffice, cairo
  and Ghostscript: a 90-minute webinar, an internal two-day workshop, a Cisco Live session,
  and a certificate whose date is covered by a smudge.

Codes come in many shapes: UUIDs, long hex, hyphenated groups, Moodle's ten-character codes,
slashed numbers, and labels "Credential ID", "Certificate No.", "Serial number",
"Verification code", "Certificate ID" inside a verification URL only. Many cases also print
an unrelated order/invoice/reference number, learner, student, user or attendee ID that must
not be taken as the code.

Dates: ordinals ("4th of March 2025", "3rd March 2025"), dates with times and time zones
("2025-03-04 14:30 UTC"), compact ranges ("10–12 March 2025"), US numeric dates that are
unambiguous (day > 12), "Issued" / "Printed on" / "Expires" / "Valid until" / place-and-date
lines that must not be taken as course dates, Spanish, Italian and Polish month names.
A Japanese YYYY年M月D日 date was left out: neither Chromium nor WeasyPrint has a CJK font on
this machine (the glyphs come out as .notdef), so it would not be on the page.

Conventions of ``Expected``: dates are ISO strings; a certificate printing only when the
course was completed has ``start_date=None``; a one-day event (webinar, conference session)
has start equal to end. Durations printed in minutes are given as hours in
``printed_credits`` (90 minutes -> (1.5, "hours")). Names and titles are given as printed
(ALL CAPS stays ALL CAPS; "Surname, Given" stays in that order); quotation marks around a
title are not part of it. Issuers not in ``ISSUERS`` are None.

Unclear on purpose (``needs_review=True``), four cases:

* ``h20-cr-talentlms-two-ids``: two different values are both printed as the certificate's
  ID (one at the top, one in the verification footer); no way to tell which is current, so
  the code is None.
* ``h20-lo-odt-moodle-blank-name``: the learner-name merge field of the export is empty (a
  blank line where the name should be); the learner is None.
* ``h20-gs-lms-ambiguous-date``: the only date is "03/04/2025" and nothing on the page
  (language, address, other dates) tells day-first from month-first; the end date is None.
* ``h20-scan-gs-smudged-date``: a scan where a smudge covers the completion date; the end
  date is None.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scans
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

from certfactory import Case, Expected

Build = Callable[[Path], Path]

_scan = functools.partial(scans.scan_rendered, prefix="h20-scan:")


def _exp(
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None,
    *,
    review: bool = False,
    credits: tuple[float, str] | None = None,
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


# A4 and Letter sizes in points (cairo and PostScript)
A4L = (841.89, 595.28)
A4P = (595.28, 841.89)
LTL = (792.0, 612.0)
LTP = (612.0, 792.0)

# ============================================================================================
# Chromium (HTML + CSS)
# ============================================================================================


def _rose_svg(size: int = 400, color: str = "#8a6d2b") -> str:
    """A compass rose drawn with shapes only (a watermark that adds no text)."""
    import math

    c = size / 2
    pts = []
    for i in range(16):
        r = c * (0.98 if i % 4 == 0 else 0.55 if i % 2 == 0 else 0.3)
        a = math.pi * i / 8
        pts.append(f"{c + r * math.sin(a):.1f},{c - r * math.cos(a):.1f}")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}">'
        f'<circle cx="{c}" cy="{c}" r="{c * 0.8:.1f}" fill="none" stroke="{color}" '
        f'stroke-width="6"/><polygon points="{" ".join(pts)}" fill="{color}"/></svg>'
    )


def _cr_moodle(folder: Path) -> Path:
    """Moodle custom certificate, landscape, parchment background, watermark, shadows."""
    css = """
@page { size: 297mm 210mm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { width: 297mm; height: 209mm; overflow: hidden; position: relative;
  font-family: 'DejaVu Serif'; color: #23313f;
  background: radial-gradient(circle at 25% 30%, #fffaf0 0, #f4ebd3 60%, #e6d6ac 100%) }
.frame { position: absolute; left: 9mm; top: 9mm; right: 9mm; bottom: 9mm;
  border: 4px double #8a6d2b }
.inner { position: absolute; left: 13mm; top: 13mm; right: 13mm; bottom: 13mm;
  border: 1px solid #c7ab63 }
.wm { position: absolute; top: 45mm; left: 98mm; opacity: 0.08 }
.site { position: absolute; top: 19mm; left: 22mm; font: 11px 'DejaVu Sans'; color: #7a6a45 }
.congr { position: absolute; top: 26mm; width: 100%; text-align: center;
  font: italic bold 44px 'DejaVu Serif'; color: #8a6d2b;
  text-shadow: 2px 2px 0 #d9c48d, 4px 4px 6px rgba(0,0,0,0.25) }
.kind { position: absolute; top: 52mm; width: 100%; text-align: center;
  font: 15px 'DejaVu Sans'; letter-spacing: 6px; color: #55606b }
.lead { position: absolute; top: 66mm; width: 100%; text-align: center; font: italic 15px serif }
.name { position: absolute; top: 74mm; width: 100%; text-align: center;
  font: bold 36px 'DejaVu Serif'; color: #14263d; text-shadow: 1px 1px 0 #cbb884 }
.course { position: absolute; top: 99mm; width: 100%; text-align: center;
  font: bold 24px 'DejaVu Sans'; color: #1f4e79 }
.dates { position: absolute; top: 117mm; width: 100%; text-align: center;
  font: 13px 'DejaVu Sans'; line-height: 1.7 }
.seal { position: absolute; left: 30mm; top: 138mm }
.sig { position: absolute; left: 175mm; top: 142mm; width: 80mm; text-align: center;
  font: 11px 'DejaVu Sans' }
.sig .line { border-top: 1px solid #23313f; margin-top: 2px; padding-top: 3px }
.code { position: absolute; left: 22mm; top: 176mm; font: 11px 'DejaVu Sans Mono' }
.printed { position: absolute; right: 22mm; top: 176mm; font: 10px 'DejaVu Sans';
  color: #6b6b6b }
.foot { position: absolute; left: 22mm; right: 22mm; top: 185mm; font: 8px 'DejaVu Sans';
  color: #7d7d7d; text-align: center }
"""
    body = f"""
<div class="frame"></div><div class="inner"></div>
<div class="wm">{_rose_svg()}</div>
<div class="site">Northwind Harbour Logistics &middot; Learning Portal</div>
<div class="congr">Congratulations!</div>
<div class="kind">CERTIFICATE OF COMPLETION</div>
<div class="lead">This is to certify that</div>
<div class="name">Zoë O'Connell-Ramírez</div>
<div class="lead" style="top:91mm">has completed the course</div>
<div class="course">Warehouse Network Segmentation Fundamentals</div>
<div class="dates">Course start date: 4th of March 2025<br>
Completion date: 21st of March 2025 &nbsp;&middot;&nbsp; Grade: 92.50 %</div>
<div class="seal">{_seal_svg(110, "#a9852f")}</div>
<div class="sig">{_signature_svg("moodle-sig-anand", 210, 50)}
<div class="line">Priya Anand-Holt<br>Head of Learning &amp; Development</div></div>
<div class="code">Certificate code: kXq7Rv2PzM</div>
<div class="printed">Printed on: 2nd of April 2025</div>
<div class="foot">Verify this certificate at
https://learn.northwind-harbour.example/mod/customcert/verify_certificate.php &middot;
This certificate was generated automatically by the learning portal and is valid without a
handwritten signature. Northwind Harbour Logistics is a fictitious company.</div>
"""
    return _chromium(_html(css, body), folder / "h20-cr-moodle-landscape.pdf", "297mm", "210mm")


def _cr_canvas(folder: Path) -> Path:
    """Canvas certificate (page 1) and course transcript (page 2): the code and the start date
    are only on page 2; page 2 also lists module completion dates."""
    css = """
@page { size: 11in 8.5in; margin: 0 }
html, body { margin: 0; padding: 0; font-family: 'DejaVu Sans'; color: #2d3b45 }
.page { width: 11in; height: 8.49in; position: relative; overflow: hidden;
  break-after: page }
.page:last-child { break-after: auto }
.band { position: absolute; left: 0; top: 0; bottom: 0; width: 2.2in;
  background: linear-gradient(180deg, #0b3954 0%, #087e8b 100%) }
.band .inst { position: absolute; left: 0.3in; top: 0.6in; width: 1.6in; color: #fff;
  font: bold 15px 'DejaVu Sans'; line-height: 1.4 }
.band .seal { position: absolute; left: 0.45in; bottom: 0.7in }
.main { position: absolute; left: 2.8in; top: 0.8in; width: 7.4in }
h1 { font: 300 40px 'DejaVu Sans'; letter-spacing: 2px; margin: 0 0 0.35in 0; color: #0b3954 }
.small { font-size: 13px; color: #5c6b77; margin: 0 }
.name { font: bold 30px 'DejaVu Serif'; margin: 0.1in 0 0.3in 0 }
.title { font: bold 25px 'DejaVu Serif'; width: 5.0in; line-height: 1.3; margin: 0.1in 0;
  color: #087e8b }
.done { font-size: 14px; margin-top: 0.3in }
.sig { position: absolute; left: 2.8in; top: 6.6in; font-size: 11px }
.sig .l { border-top: 1px solid #2d3b45; width: 2.6in; padding-top: 3px }
h2 { font: bold 22px 'DejaVu Sans'; color: #0b3954; margin: 0.6in 0.8in 0.2in 0.8in }
table { margin: 0 0.8in; border-collapse: collapse; font-size: 12px; width: 9.4in }
td, th { border: 1px solid #c7cdd1; padding: 5px 8px; text-align: left }
th { background: #eef2f4 }
.meta td:first-child { width: 2.4in; font-weight: bold; background: #f7f9fa }
.note { margin: 0.25in 0.8in; font-size: 9px; color: #6b7780 }
"""
    modules = [
        ("1", "Principles of data protection in the public sector", "Feb 3, 2025", "100%"),
        ("2", "Retention schedules and records classification", "Feb 14, 2025", "96%"),
        ("3", "Subject access requests and disclosures", "Feb 28, 2025", "90%"),
        ("4", "Breach handling and reporting duties", "Mar 10, 2025", "88%"),
        ("5", "Capstone: records audit of a fictitious agency", "Mar 21, 2025", "92%"),
    ]
    rows = "".join(
        f"<tr><td>{n}</td><td>{t}</td><td>{d}</td><td>{s}</td></tr>" for n, t, d, s in modules
    )
    body = f"""
<div class="page">
 <div class="band"><div class="inst">LAKESHORE POLYTECHNIC<br>
 <span style="font-weight:normal;font-size:12px">Continuing &amp; Professional Education</span>
 </div><div class="seal">{_seal_svg(100, "#f2c14e")}</div></div>
 <div class="main">
  <h1>Certificate of Completion</h1>
  <p class="small">This certificate is awarded to</p>
  <p class="name">Dagny Ellefsen-Mbeki</p>
  <p class="small">for successfully completing</p>
  <p class="title">Applied Data Privacy and Records Management for Public Sector
  Administrative Staff</p>
  <p class="done">Completed March 21, 2025</p>
 </div>
 <div class="sig">{_signature_svg("canvas-sig-ferreira", 200, 46)}
 <div class="l">Dr. Lucinda Ferreira-Hollis, Dean of Continuing Education</div></div>
</div>
<div class="page">
 <h2>Course Transcript</h2>
 <table class="meta">
  <tr><td>Learner</td><td>Dagny Ellefsen-Mbeki</td></tr>
  <tr><td>Canvas user ID</td><td>448817</td></tr>
  <tr><td>Course</td><td>Applied Data Privacy and Records Management for Public Sector
  Administrative Staff</td></tr>
  <tr><td>Section</td><td>CPE-DPR-301-02 (Spring 2025)</td></tr>
  <tr><td>Course start</td><td>January 27, 2025</td></tr>
  <tr><td>Course end</td><td>March 21, 2025</td></tr>
  <tr><td>Final grade</td><td>A (93%)</td></tr>
  <tr><td>Verification code</td><td>7F3A-19C2-B84E-6D05</td></tr>
 </table>
 <h2 style="font-size:16px;margin-top:0.3in">Modules</h2>
 <table><tr><th>#</th><th>Module</th><th>Completed</th><th>Score</th></tr>{rows}</table>
 <p class="note">Exported from Canvas LMS on April 1, 2025. This transcript is an unofficial
 record; Lakeshore Polytechnic is a fictitious institution. Verify a certificate with its
 verification code at https://lakeshore-poly.example/verify.</p>
</div>
"""
    return _chromium(_html(css, body), folder / "h20-cr-canvas-two-page.pdf", "11in", "8.5in")


def _cr_udemy(folder: Path) -> Path:
    """Udemy-style certificate: UUID certificate number, a reference number beside it."""
    css = """
@page { size: 279.4mm 215.9mm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { width: 279.4mm; height: 215mm; position: relative; overflow: hidden;
  font-family: 'DejaVu Sans'; color: #1c1d1f; background: #fff }
.edge { position: absolute; left: 8mm; top: 8mm; right: 8mm; bottom: 8mm;
  border: 1px solid #d1d7dc }
.logo { position: absolute; left: 22mm; top: 22mm; font: bold 30px 'DejaVu Sans';
  color: #a435f0; letter-spacing: -1px }
.ids { position: absolute; right: 22mm; top: 20mm; text-align: right; font-size: 10.5px;
  line-height: 1.6; color: #6a6f73 }
.kind { position: absolute; left: 22mm; top: 70mm; font: bold 13px 'DejaVu Sans';
  letter-spacing: 1px; color: #6a6f73 }
.title { position: absolute; left: 22mm; top: 80mm; width: 220mm;
  font: bold 34px 'DejaVu Serif'; line-height: 1.2 }
.instr { position: absolute; left: 22mm; top: 112mm; font-size: 14px }
.name { position: absolute; left: 22mm; top: 150mm; font: bold 30px 'DejaVu Serif' }
.meta { position: absolute; left: 22mm; top: 168mm; font-size: 13px; line-height: 1.7 }
.meta b { display: inline-block; width: 22mm }
"""
    code = "UC-3f9b2c1e-8d47-4a6b-9e0f-5c2d7a1b4e88"
    body = f"""
<div class="edge"></div>
<div class="logo">udemy</div>
<div class="ids">Certificate no: {code}<br>Certificate url: ude.my/{code}<br>
Reference Number: 0004</div>
<div class="kind">CERTIFICATE OF COMPLETION</div>
<div class="title">Terraform for Network Engineers: Zero to Production</div>
<div class="instr">Instructors <b>Hollis Varga, Matteo Quintavalle</b></div>
<div class="name">Łukasz Wróbel</div>
<div class="meta"><b>Date</b> Mar. 4, 2025<br><b>Length</b> 12.5 total hours</div>
"""
    return _chromium(_html(css, body), folder / "h20-cr-udemy-uuid.pdf", "279.4mm", "215.9mm")


def _cr_ciscolive(folder: Path) -> Path:
    """Cisco Live session attendance: event dates vs. the session date, attendee ID vs.
    certificate ID (long hex), an ALL-CAPS name, a duration in minutes."""
    css = """
@page { size: 297mm 210mm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { width: 297mm; height: 209mm; position: relative; overflow: hidden;
  font-family: 'DejaVu Sans'; color: #fff;
  background: linear-gradient(120deg, #0d274d 0%, #12407a 55%, #049fd9 100%) }
.bars { position: absolute; left: 20mm; top: 16mm }
.ev { position: absolute; left: 20mm; top: 34mm; font: bold 22px 'DejaVu Sans';
  letter-spacing: 3px }
.evd { position: absolute; left: 20mm; top: 44mm; font-size: 13px; color: #bfe6f7 }
.card { position: absolute; left: 20mm; right: 20mm; top: 60mm; bottom: 18mm;
  background: #fff; color: #0d274d; border-radius: 6px; box-shadow: 0 6px 16px rgba(0,0,0,.3) }
.kind { margin: 12mm 0 0 14mm; font: bold 26px 'DejaVu Sans' }
.lead { margin: 5mm 0 0 14mm; font-size: 13px; color: #445 }
.name { margin: 2mm 0 0 14mm; font: bold 28px 'DejaVu Sans'; letter-spacing: 1px }
.sid { margin: 6mm 0 0 14mm; font: bold 12px 'DejaVu Sans Mono'; color: #049fd9 }
.title { margin: 1mm 0 0 14mm; font: bold 21px 'DejaVu Serif'; color: #0d274d }
.grid { position: absolute; left: 14mm; bottom: 9mm; font-size: 11.5px; line-height: 1.7 }
.grid b { display: inline-block; width: 40mm; color: #556 }
.qr { position: absolute; right: 12mm; bottom: 10mm; text-align: center; font-size: 8px;
  color: #667 }
"""
    bars = "".join(
        f'<rect x="{i * 9}" y="{20 - h}" width="4" height="{h}" rx="2"/>'
        for i, h in enumerate((8, 14, 20, 14, 8, 14, 20, 14, 8))
    )
    body = f"""
<div class="bars"><svg width="90" height="22"><g fill="#fff">{bars}</g></svg></div>
<div class="ev">CISCO LIVE EMEA 2025</div>
<div class="evd">Amsterdam &middot; RAI &middot; 9–14 February 2025</div>
<div class="card">
 <div class="kind">Certificate of Attendance</div>
 <div class="lead">This certifies that</div>
 <div class="name">MARGUERITE DELACROIX-HALVORSEN</div>
 <div class="lead">attended the breakout session</div>
 <div class="sid">Session ID BRKENS-2092</div>
 <div class="title">Troubleshooting SD-Access Fabric at Scale</div>
 <div class="grid"><b>Session date</b> 2025-02-11 14:30 CET<br>
 <b>Duration</b> 90 minutes<br>
 <b>Attendee ID</b> CL25-A-448812<br>
 <b>Certificate ID</b> 5e1c9a07b3d24f6e81a2c4d0f9b7e3a6</div>
 <div class="qr">{_qr_svg("cl25-5e1c9a07", "78px")}<br>Scan to verify</div>
</div>
"""
    return _chromium(
        _html(css, body), folder / "h20-cr-ciscolive-emea-session.pdf", "297mm", "210mm"
    )


def _cr_docebo(folder: Path) -> Path:
    """Docebo certificate: letter-spaced uppercase title (CSS), dates with times in UTC, an
    expiration date, and the certificate ID only inside the verification URL."""
    css = """
@page { size: 297mm 210mm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { font-family: 'DejaVu Sans'; color: #1b2a3a }
.page { width: 297mm; height: 209mm; position: relative; overflow: hidden;
  background: linear-gradient(160deg, #ffffff 0%, #eef6fb 60%, #d7ebf6 100%) }
.arc { position: absolute; right: -60mm; top: -60mm; width: 180mm; height: 180mm;
  border-radius: 50%; background: rgba(0,120,190,0.08) }
.arc2 { position: absolute; left: -50mm; bottom: -70mm; width: 160mm; height: 160mm;
  border-radius: 50%; background: rgba(0,160,140,0.07) }
.brand { position: absolute; left: 22mm; top: 18mm; font: bold 18px 'DejaVu Sans';
  color: #0078be }
.brand span { font-weight: normal; color: #5b6b7b; font-size: 12px; display: block }
.big { position: absolute; top: 40mm; width: 100%; text-align: center;
  font: 54px 'DejaVu Serif'; color: #0b3a5c; text-shadow: 0 3px 0 #cfe3f0 }
.lead { position: absolute; width: 100%; text-align: center; font-size: 13px; color: #4c5d6e }
.name { position: absolute; top: 77mm; width: 100%; text-align: center;
  font: bold italic 32px 'DejaVu Serif' }
.title { position: absolute; top: 104mm; left: 30mm; right: 30mm; text-align: center;
  font: bold 19px 'DejaVu Sans'; text-transform: uppercase; letter-spacing: 0.3em;
  color: #0078be }
.dates { position: absolute; top: 124mm; width: 100%; text-align: center; font-size: 12px;
  line-height: 1.8 }
.seal { position: absolute; left: 26mm; top: 140mm }
.qr { position: absolute; right: 26mm; top: 142mm }
.sig { position: absolute; left: 108mm; top: 146mm; width: 80mm; text-align: center;
  font-size: 10.5px }
.sig .l { border-top: 1px solid #1b2a3a; padding-top: 3px }
.foot { position: absolute; left: 22mm; right: 22mm; top: 186mm; text-align: center;
  font-size: 8.5px; color: #6b7a88 }
"""
    url = (
        "https://academy.brightwater-cloud.example/learn/certificate/verify"
        "?certificate_id=BWCA-2025-88QK-71ZT"
    )
    body = f"""
<div class="page"><div class="arc"></div><div class="arc2"></div>
<div class="brand">Brightwater Cloud Academy<span>Learn. Build. Secure.</span></div>
<div class="big">Certificate</div>
<div class="lead" style="top:68mm">This certificate is proudly presented to</div>
<div class="name">Sébastien Nakamura-Oyelaran</div>
<div class="lead" style="top:95mm">for completing the course</div>
<div class="title">Cloud Security Posture Management Essentials</div>
<div class="dates">Enrollment date: 2025-02-17 09:05 UTC &nbsp;&middot;&nbsp;
Completion date: 2025-03-04 14:30 UTC<br>Expiration date: 2027-03-04</div>
<div class="seal">{_seal_svg(96, "#0078be")}</div>
<div class="sig">{_signature_svg("docebo-sig-halloran", 190, 44)}
<div class="l">Keiran Halloran-Mistry, Academy Director</div></div>
<div class="qr">{_qr_svg("bwca-88qk-71zt", "84px")}</div>
<div class="foot">Verify at {url}<br>Powered by Docebo &middot; Brightwater Cloud Academy is a
fictitious organisation. Reproduction of this certificate is permitted in full only.</div>
</div>
"""
    return _chromium(_html(css, body), folder / "h20-cr-docebo-letterspaced.pdf", "297mm", "210mm")


def _cr_talentlms_two_ids(folder: Path) -> Path:
    """TalentLMS certificate printing two different values as 'Certificate ID' (UNCLEAR)."""
    css = """
@page { size: 11in 8.5in; margin: 0 }
html, body { margin: 0; padding: 0 }
body { width: 11in; height: 8.49in; position: relative; overflow: hidden;
  font-family: 'DejaVu Sans'; color: #263238; background: #fafafa }
.top { position: absolute; left: 0; right: 0; top: 0; height: 1.1in; background: #1e88e5 }
.top .co { position: absolute; left: 0.6in; top: 0.38in; color: #fff;
  font: bold 20px 'DejaVu Sans' }
.top .id { position: absolute; right: 0.6in; top: 0.45in; color: #e3f2fd; font-size: 12px }
.kind { position: absolute; top: 1.6in; width: 100%; text-align: center;
  font: bold 36px 'DejaVu Serif'; color: #1565c0 }
.lead { position: absolute; width: 100%; text-align: center; font-size: 15px; color: #546e7a }
.name { position: absolute; top: 2.9in; width: 100%; text-align: center;
  font: bold 32px 'DejaVu Serif' }
.course { position: absolute; top: 4.1in; width: 100%; text-align: center;
  font: bold 24px 'DejaVu Sans'; color: #0d47a1 }
.date { position: absolute; top: 4.85in; width: 100%; text-align: center; font-size: 15px }
.sig { position: absolute; left: 0.9in; top: 5.7in; font-size: 11px }
.sig .l { border-top: 1px solid #263238; width: 2.6in; padding-top: 3px }
.badge { position: absolute; right: 1in; top: 5.5in }
.foot { position: absolute; left: 0; right: 0; bottom: 0; height: 0.55in; background: #eceff1;
  text-align: center; font-size: 10px; line-height: 0.55in; color: #546e7a }
"""
    body = f"""
<div class="top"><div class="co">Corvane Industrial Systems &middot; Academy</div>
<div class="id">Certificate ID: 5830-ZL9K-2214</div></div>
<div class="kind">Certificate of Completion</div>
<div class="lead" style="top:2.5in">This is to certify that</div>
<div class="name">Kwame Asante-Björk</div>
<div class="lead" style="top:3.7in">has successfully completed</div>
<div class="course">Ansible for Network Automation — Level 1</div>
<div class="date">Completion date: 14/03/2025</div>
<div class="sig">{_signature_svg("tlms-sig-varga", 200, 46)}
<div class="l">Oriana Castellví-Brandt, Training Manager</div></div>
<div class="badge">{_seal_svg(100, "#1e88e5")}</div>
<div class="foot">Verify at https://corvane.talentlms.example/verify/TLMS-7C2E91A4
&nbsp;&middot;&nbsp; Certificate ID: TLMS-7C2E91A4</div>
"""
    return _chromium(_html(css, body), folder / "h20-cr-talentlms-two-ids.pdf", "11in", "8.5in")


# ============================================================================================
# WeasyPrint
# ============================================================================================


def _wp_spanish(folder: Path) -> Path:
    """Spanish Moodle certificate: title in «», dates in a sentence, an issue date at the
    bottom, an order number and a student number besides the verification code."""
    css = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif'; color: #2b2b2b }
.page { width: 297mm; height: 210mm; position: relative;
  background: linear-gradient(135deg, #fffdf7 0%, #f6efe0 100%) }
.frame { position: absolute; left: 10mm; top: 10mm; right: 10mm; bottom: 10mm;
  border: 2px solid #9c2f2f; outline: 1px solid #9c2f2f; outline-offset: -5mm }
.inst { position: absolute; left: 0; right: 0; top: 22mm; text-align: center;
  font: bold 15px 'DejaVu Sans'; color: #9c2f2f; letter-spacing: 1px }
.sub { position: absolute; left: 0; right: 0; top: 29mm; text-align: center;
  font: 11px 'DejaVu Sans'; color: #6b5a4a }
h1 { position: absolute; left: 0; right: 0; top: 40mm; margin: 0; text-align: center;
  font: bold 34px 'DejaVu Serif'; letter-spacing: 3px; color: #5a1a1a }
.text { position: absolute; left: 35mm; right: 35mm; top: 66mm; text-align: justify;
  font-size: 15px; line-height: 1.75 }
.text .n { font-weight: bold; font-size: 18px }
.lugar { position: absolute; right: 35mm; top: 125mm; font-size: 13px }
.sig { position: absolute; left: 40mm; top: 138mm; font: 11px 'DejaVu Sans'; text-align: center }
.sig2 { left: auto; right: 40mm }
.sig .l { border-top: 1px solid #333; width: 62mm; padding-top: 2px }
.seal { position: absolute; left: 128mm; top: 134mm }
.foot { position: absolute; left: 25mm; right: 25mm; top: 178mm; font: 9px 'DejaVu Sans';
  color: #555; line-height: 1.6 }
"""
    body = f"""
<div class="page"><div class="frame"></div>
<div class="inst">INSTITUTO TECNOLÓGICO ALMENARA</div>
<div class="sub">Campus Virtual &middot; Formación Continua</div>
<h1>CERTIFICADO DE APROVECHAMIENTO</h1>
<div class="text">Se certifica que D.ª <span class="n">Ana Belén Quiñones Ibarra</span>,
con número de alumno 2025-03318, ha superado con aprovechamiento el curso
«Fundamentos de Redes Inalámbricas Empresariales», con una duración de 40 horas,
impartido en modalidad en línea del 3 de febrero de 2025 al 28 de febrero de 2025.</div>
<div class="lugar">En Almenara, a 7 de marzo de 2025.</div>
<div class="sig">{_signature_svg("es-sig-roldan", 180, 42)}
<div class="l">Fdo.: Inmaculada Roldán Esteve<br>Directora de Formación</div></div>
<div class="seal">{_seal_svg(90, "#9c2f2f")}</div>
<div class="sig sig2">{_signature_svg("es-sig-ureña", 180, 42)}
<div class="l">Fdo.: Tobías Ureña Calvet<br>Coordinador del curso</div></div>
<div class="foot">Código de verificación: 4F7K-9QX2-MT3B &nbsp;&nbsp;|&nbsp;&nbsp;
Número de pedido: PED-2025-004417<br>
La autenticidad de este certificado puede comprobarse en
https://campus.almenara-tec.example/verificar introduciendo el código de verificación.
Instituto Tecnológico Almenara es una entidad ficticia.</div>
</div>
"""
    return _weasy(_html(css, body, lang="es"), folder / "h20-wp-moodle-spanish.pdf")


def _wp_edx_cover(folder: Path) -> Path:
    """edX certificate whose page 1 is only a cover; page 2 has every value, and an issued
    date besides the course run dates."""
    css = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans'; color: #111 }
.page { width: 11in; height: 8.5in; position: relative; page-break-after: always;
  overflow: hidden }
.page:last-child { page-break-after: auto }
.cover { background: linear-gradient(150deg, #02262b 0%, #00414a 60%, #d23228 160%);
  color: #fff }
.cover .logo { position: absolute; left: 1in; top: 1in; font: bold 72px 'DejaVu Sans' }
.cover .v { position: absolute; left: 1in; top: 2.6in; font: 32px 'DejaVu Serif' }
.cover .slogan { position: absolute; left: 1in; top: 5.6in; font: bold 44px 'DejaVu Sans';
  color: #f0cc00 }
.cover .hint { position: absolute; left: 1in; top: 7.2in; font-size: 12px; color: #b9d3d6 }
.ring { position: absolute; right: -1.2in; top: 1.4in; width: 5in; height: 5in;
  border-radius: 50%; border: 30px solid rgba(255,255,255,0.08) }
.cert .side { position: absolute; left: 0; top: 0; bottom: 0; width: 0.35in;
  background: #00414a }
.cert .org { position: absolute; left: 1in; top: 0.8in; font: bold 16px 'DejaVu Sans';
  color: #00414a }
.cert .kind { position: absolute; left: 1in; top: 1.5in; font: 13px 'DejaVu Sans';
  letter-spacing: 3px; color: #555 }
.cert .kind b { display: block; font: 30px 'DejaVu Serif'; letter-spacing: 0; color: #111 }
.cert .name { position: absolute; left: 1in; top: 2.7in; font: bold 34px 'DejaVu Serif' }
.cert .txt { position: absolute; left: 1in; top: 3.5in; width: 6.2in; font-size: 14px;
  line-height: 1.6 }
.cert .title { font: bold 24px 'DejaVu Serif'; display: block; margin: 6px 0; color: #00414a }
.cert .run { position: absolute; left: 1in; top: 5.5in; font-size: 13px; line-height: 1.7 }
.cert .sig { position: absolute; left: 1in; top: 6.4in; font-size: 10.5px }
.cert .sig .l { border-top: 1px solid #111; width: 2.5in; padding-top: 3px }
.cert .box { position: absolute; right: 0.6in; top: 0.8in; width: 2.6in; bottom: 0.8in;
  border-left: 1px solid #ccc; padding-left: 0.3in; font-size: 11px; color: #333 }
.cert .box .id { font: 10px 'DejaVu Sans Mono'; word-break: break-all }
"""
    cid = "8d2f1b6a9c4e4f07a3b5e1d9c7f20a64"
    body = f"""
<div class="page cover"><div class="ring"></div>
<div class="logo">edX</div>
<div class="v">Verified Certificate</div>
<div class="slogan">Keep learning.<br>Keep growing.</div>
<div class="hint">Your certificate is on the next page.</div></div>
<div class="page cert"><div class="side"></div>
<div class="org">RITx &middot; Ridgeview Institute of Technology</div>
<div class="kind">VERIFIED CERTIFICATE<b>of Achievement</b></div>
<div class="name">Thandiwe Mokoena-Brandt</div>
<div class="txt">successfully completed and received a passing grade in
<span class="title">Introduction to Network Automation with Python</span>
a course of study offered by RITx, an online learning initiative of Ridgeview Institute of
Technology through edX.</div>
<div class="run">Course run: January 13, 2025 – March 24, 2025</div>
<div class="sig">{_signature_svg("edx-sig-okonkwo", 190, 44)}
<div class="l">Prof. Adaeze Okonkwo-Lindahl<br>Department of Electrical Engineering</div></div>
<div class="box">{_seal_svg(90, "#00414a")}<br><br>
<b>Issued</b> March 30, 2025<br><br>
<b>Valid Certificate ID</b><br><span class="id">{cid}</span><br><br>
Verify the authenticity of this certificate at<br>
<span class="id">https://courses.edx.example/certificates/{cid}</span><br><br>
<span style="font-size:9px;color:#777">Ridgeview Institute of Technology is a fictitious
institution. This certificate does not grant credit toward a degree.</span></div>
</div>
"""
    return _weasy(_html(css, body), folder / "h20-wp-edx-cover-page.pdf")


def _wp_italian(folder: Path) -> Path:
    """Italian Cornerstone certificate: Italian month names, a place-and-date line, an
    employee number besides the certificate code, hours."""
    css = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif'; color: #1f2a33 }
.page { width: 210mm; height: 297mm; position: relative }
.band { position: absolute; left: 0; right: 0; top: 0; height: 38mm; background: #14505c }
.band .co { position: absolute; left: 20mm; top: 14mm; color: #fff;
  font: bold 17px 'DejaVu Sans' }
.band .co span { display: block; font: 11px 'DejaVu Sans'; color: #b8d8de; margin-top: 2mm }
h1 { position: absolute; top: 60mm; left: 0; right: 0; margin: 0; text-align: center;
  font: bold 30px 'DejaVu Serif'; color: #14505c }
.c { position: absolute; left: 22mm; right: 22mm; text-align: center; font-size: 15px;
  line-height: 1.7 }
.name { font: bold 26px 'DejaVu Serif' }
.title { font: bold italic 19px 'DejaVu Serif'; color: #14505c }
.meta { position: absolute; left: 30mm; top: 190mm; font: 12px 'DejaVu Sans'; line-height: 1.8 }
.luogo { position: absolute; left: 30mm; top: 222mm; font-size: 13px }
.sig { position: absolute; right: 28mm; top: 214mm; text-align: center; font: 11px 'DejaVu Sans' }
.sig .l { border-top: 1px solid #333; width: 65mm; padding-top: 2px }
.foot { position: absolute; left: 20mm; right: 20mm; top: 268mm; font: 8px 'DejaVu Sans';
  color: #666; line-height: 1.5; border-top: 1px solid #bbb; padding-top: 2mm }
"""
    body = f"""
<div class="page">
<div class="band"><div class="co">Adriatica Impianti Digitali S.r.l.
<span>Academy aziendale &middot; Cornerstone OnDemand</span></div></div>
<h1>Attestato di partecipazione</h1>
<div class="c" style="top:85mm">Si attesta che</div>
<div class="c name" style="top:97mm">Giulia Sant'Ambrogio</div>
<div class="c" style="top:113mm">ha frequentato il corso</div>
<div class="c title" style="top:124mm">“Sicurezza delle reti OT negli impianti
industriali”</div>
<div class="c" style="top:146mm">svoltosi dal 14 gennaio 2025 al 6 febbraio 2025, per una
durata complessiva di 16 ore, superando il test finale di apprendimento.</div>
<div class="meta">Codice attestato: CSOD-IT-2025-0193-77<br>Matricola: 004512<br>
Modalità: aula virtuale</div>
<div class="luogo">Milano, 10 febbraio 2025</div>
<div class="sig">{_signature_svg("it-sig-ferrandi", 190, 44)}
<div class="l">Ing. Carlo Ferrandi Tassinari<br>Responsabile Formazione</div></div>
<div class="foot">Documento generato da Cornerstone OnDemand il 10/02/2025 alle 09:14.
Il presente attestato è rilasciato ai sensi del piano formativo aziendale e non costituisce
titolo abilitante. Adriatica Impianti Digitali S.r.l. è una società fittizia.</div>
</div>
"""
    return _weasy(_html(css, body, lang="it"), folder / "h20-wp-cornerstone-italian.pdf")


def _wp_skillsoft(folder: Path) -> Path:
    """Skillsoft Percipio certificate: name as 'Surname, Given', completed vs printed date,
    NASBA CPE credits."""
    css = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans'; color: #20232a }
.page { width: 11in; height: 8.5in; position: relative;
  background: linear-gradient(90deg, #ffffff 0%, #ffffff 70%, #f1f4f9 100%) }
.corner { position: absolute; left: 0; top: 0; width: 0; height: 0;
  border-top: 2.2in solid #0a6ebd; border-right: 2.2in solid transparent }
.brand { position: absolute; right: 0.8in; top: 0.6in; text-align: right;
  font: bold 26px 'DejaVu Sans'; color: #0a6ebd }
.brand span { display: block; font: 13px 'DejaVu Sans'; color: #666 }
h1 { position: absolute; left: 1.2in; top: 1.9in; margin: 0; font: 36px 'DejaVu Serif' }
.lead { position: absolute; left: 1.2in; font-size: 14px; color: #555 }
.name { position: absolute; left: 1.2in; top: 3.2in; font: bold 30px 'DejaVu Sans' }
.title { position: absolute; left: 1.2in; top: 4.3in; width: 8in; font: bold 23px 'DejaVu Serif';
  color: #0a6ebd }
.meta { position: absolute; left: 1.2in; top: 5.3in; font-size: 12.5px; line-height: 1.75 }
.meta b { display: inline-block; width: 1.9in }
.seal { position: absolute; right: 1in; top: 5.1in }
.foot { position: absolute; left: 1.2in; right: 0.8in; top: 7.6in; font-size: 8px;
  color: #777; line-height: 1.5 }
"""
    body = f"""
<div class="page"><div class="corner"></div>
<div class="brand">skillsoft<span>percipio</span></div>
<h1>Certificate of Completion</h1>
<div class="lead" style="top:2.8in">This certifies that</div>
<div class="name">Van der Berg-Okafor, Annelies</div>
<div class="lead" style="top:3.9in">has completed</div>
<div class="title">Wireshark Fundamentals: Capturing and Analysing Traffic</div>
<div class="meta"><b>Date Completed:</b> 17 Mar 2025<br>
<b>Certificate No.:</b> SK-PRC-20250317-5521<br>
<b>NASBA CPE Credits:</b> 2.5<br><b>Delivery Method:</b> QAS Self Study<br>
<b>Printed on:</b> 02 Apr 2025</div>
<div class="seal">{_seal_svg(110, "#0a6ebd")}</div>
<div class="foot">Field of study: Information Technology. Sponsor statement: this program
was delivered by a fictitious sponsor for testing purposes only; final authority on the
acceptance of individual courses for CPE credit rests with the state boards of accountancy.
</div></div>
"""
    return _weasy(_html(css, body), folder / "h20-wp-skillsoft-surname-first.pdf")


def _wp_security_academy(folder: Path) -> Path:
    """Security vendor academy: title with course code and version, a compact date range,
    issued and valid-until dates, serial number beside an order number, QR."""
    css = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans'; color: #e8ecf1 }
.page { width: 297mm; height: 210mm; position: relative;
  background: linear-gradient(200deg, #1a1f2b 0%, #232b3b 60%, #3b1f2b 100%) }
.hex { position: absolute; right: 15mm; top: 12mm; font: bold 120px 'DejaVu Sans';
  color: rgba(255,255,255,0.04) }
.brand { position: absolute; left: 20mm; top: 18mm; font: bold 17px 'DejaVu Sans';
  color: #ff6b4a; letter-spacing: 2px }
.kind { position: absolute; left: 20mm; top: 40mm; font: 13px 'DejaVu Sans';
  letter-spacing: 5px; color: #aab4c3 }
.name { position: absolute; left: 20mm; top: 56mm; font: bold 34px 'DejaVu Serif';
  color: #fff }
.lead { position: absolute; left: 20mm; font-size: 13px; color: #aab4c3 }
.title { position: absolute; left: 20mm; top: 90mm; width: 200mm; font: bold 24px 'DejaVu Sans';
  color: #ffd2c4 }
.when { position: absolute; left: 20mm; top: 112mm; font-size: 14px }
.meta { position: absolute; left: 20mm; top: 134mm; font-size: 11.5px; line-height: 1.8;
  color: #cfd6e0 }
.meta b { display: inline-block; width: 34mm; color: #8f9aab; font-weight: normal }
.qr { position: absolute; right: 22mm; top: 128mm; text-align: center; font-size: 8px;
  color: #8f9aab }
.sig { position: absolute; left: 150mm; top: 134mm; font-size: 10.5px; color: #cfd6e0 }
.sig .l { border-top: 1px solid #8f9aab; width: 60mm; padding-top: 2px }
.foot { position: absolute; left: 20mm; right: 20mm; top: 190mm; font-size: 7.5px;
  color: #7f8a9b; line-height: 1.5 }
"""
    body = f"""
<div class="page"><div class="hex">HSA</div>
<div class="brand">HALCYON SHIELD SECURITY ACADEMY</div>
<div class="kind">CERTIFICATE OF TRAINING</div>
<div class="name">Rhiannon Llewellyn-Pryce</div>
<div class="lead" style="top:81mm">has successfully completed the instructor-led course</div>
<div class="title">HSA-210 Secure Access Service Edge Deployment v3.2</div>
<div class="when">Virtual classroom &middot; 10–12 March 2025 &middot; 24 hours</div>
<div class="meta"><b>Serial number</b> HSA-0F3C-77B1-2E9D<br>
<b>Order no.</b> SO-2025-118734<br><b>Issued</b> 14 March 2025<br>
<b>Valid until</b> 14 March 2027</div>
<div class="sig">{_signature_svg("hsa-sig-brennan", 180, 42, "#ffd2c4")}
<div class="l">Elspeth Brennan-Kowal, Director of Training</div></div>
<div class="qr">{_qr_svg("hsa-0f3c-77b1", "80px")}<br>verify.halcyonshield.example</div>
<div class="foot">This certificate confirms attendance and completion of the course
exercises; it is not a product certification. Halcyon Shield is a fictitious company.
All trademarks are property of their respective owners.</div>
</div>
"""
    return _weasy(_html(css, body), folder / "h20-wp-security-academy-expires.pdf")


# ============================================================================================
# LibreOffice (flat ODT and DOCX)
# ============================================================================================


def _lo_successfactors(folder: Path) -> Path:
    """SAP SuccessFactors Learning certificate: a details table with item ID, revision date,
    user ID and certificate number; a printed timestamp in the footer."""
    d = _Odt(
        29.7,
        21.0,
        margin_cm=1.6,
        border="1.5pt solid #0a6ed1",
        footer="SAP SuccessFactors Learning · Printed: 2025-04-02 08:15 · "
        "Verdant Grid Energy AG is a fictitious company.",
    )
    d.p("Verdant Grid Energy AG", size=13, bold=True, color="#0a6ed1", align="start")
    d.p("Learning & Development", size=9, color="#5b738b", align="start", after=0.6)
    d.p("Certificate of Completion", size=30, font="DejaVu Serif", color="#223548", after=0.4)
    d.p("This is to certify that", size=12, italic=True)
    d.p("Jörg Käßner-Lindholm", size=24, bold=True, font="DejaVu Serif", after=0.3)
    d.p("has completed the learning item", size=12, italic=True)
    d.p(
        "Industrial Firewall Rule Review for Substation Networks",
        size=18,
        bold=True,
        color="#0a6ed1",
        after=0.5,
    )
    d.table(
        [
            ("Item ID", "OTSEC-104"),
            ("Revision", "2 (revision date 01/06/2025)"),
            ("Completion Date", "03/14/2025 10:42 AM CET"),
            ("Total Hours", "3.00"),
            ("User ID", "70013452"),
            ("Certificate Number", "SFL-9920471-03"),
        ],
        [6.0, 9.0],
        size=10.5,
    )
    return _soffice("h20-lo-odt-successfactors.fodt", d.render(), folder)


def _lo_polish(folder: Path) -> Path:
    """Polish certificate: Polish month names in the genitive with 'r.', hours of teaching,
    a numbered certificate, a place-and-date line."""
    d = _Odt(21.0, 29.7, margin_cm=2.0, border="3pt double #7a1f1f")
    d.p(
        "Centrum Szkoleń Sieciowych „Warta-Net” Sp. z o.o.",
        size=13,
        bold=True,
        color="#7a1f1f",
        after=0.1,
    )
    d.p("ul. Przykładowa 12, Poznań · wpis do rejestru instytucji szkoleniowych", size=8)
    d.p("ZAŚWIADCZENIE", size=30, bold=True, font="DejaVu Serif", before=2.2, spacing=4)
    d.p("o ukończeniu szkolenia", size=15, font="DejaVu Serif", after=1.2)
    d.p("Pani", size=13)
    d.p("Małgorzata Żurawska-Kędzior", size=22, bold=True, font="DejaVu Serif", after=0.5)
    d.p(
        "ukończyła w dniach od 3 marca 2025 r. do 7 marca 2025 r. szkolenie",
        size=13,
        after=0.3,
    )
    d.p(
        "Administrowanie sieciami VLAN i routingiem dynamicznym",
        size=17,
        bold=True,
        color="#7a1f1f",
        after=0.3,
    )
    d.p("w wymiarze 32 godzin dydaktycznych.", size=13, after=1.4)
    d.table(
        [
            ("Nr zaświadczenia", "117/WRS/2025"),
            ("Forma szkolenia", "stacjonarna"),
            ("Prowadzący", "mgr inż. Bartosz Lewandowicz-Pyrek"),
        ],
        [5.5, 8.5],
        size=10.5,
    )
    d.p("Poznań, 10 marca 2025 r.", size=11, align="start", before=1.6)
    d.p("..............................................", size=10, align="end", before=1.0)
    d.p("podpis Kierownika Szkolenia", size=9, italic=True, align="end")
    d.p(
        "Zaświadczenie wydano na podstawie rozporządzenia w sprawie kształcenia ustawicznego "
        "w formach pozaszkolnych. Firma fikcyjna.",
        size=7,
        color="#666666",
        before=1.0,
    )
    return _soffice("h20-lo-odt-polish.fodt", d.render(), folder)


def _lo_cisco_partner(folder: Path) -> Path:
    """Cisco Learning Partner (DOCX): title with a course code and version, a date range
    'February 17–21, 2025', a student ID besides the certificate ID, CE credits."""
    d = _Docx(11.0, 8.5, margin_in=0.7)
    d.p("MERIDIAN BAY LEARNING SOLUTIONS", size=14, bold=True, color="#0D274D", spacing=2)
    d.p("Cisco Learning Partner", size=10, color="#049FD9", after=24)
    d.p("Certificate of Course Completion", size=30, font="DejaVu Serif", after=14)
    d.p("This is to certify that", size=12, italic=True)
    d.p("Priyanka Raghunathan-Doyle", size=24, bold=True, font="DejaVu Serif", after=10)
    d.p("has successfully completed the Cisco authorized course", size=12, italic=True)
    d.p(
        "Implementing and Administering Cisco Solutions (CCNA) v2.1",
        size=19,
        bold=True,
        color="#0D274D",
        after=12,
    )
    d.p("Course dates: February 17–21, 2025 · Virtual classroom (UTC−05:00)", size=12, after=14)
    d.table(
        [
            ("Student ID", "MB-55810"),
            ("Certificate ID", "MBLS-CCNA-25-0417"),
            ("Cisco Continuing Education credits", "30 CE"),
            ("Instructor", "Desmond Achterberg, CCSI #000000"),
        ],
        [3.2, 3.6],
        size=10,
    )
    d.p(
        "Meridian Bay Learning Solutions is a fictitious company. Cisco and CCNA are "
        "trademarks of their owner; this certificate is not a Cisco certification.",
        size=7,
        color="#777777",
        before=18,
    )
    return _soffice("h20-lo-docx-cisco-partner.docx", d.render(), folder)


def _lo_coursera(folder: Path) -> Path:
    """Coursera certificate (page 1) and course record (page 2, DOCX): the start date and the
    verification code only on page 2, a payment reference besides them."""
    d = _Docx(11.0, 8.5, margin_in=0.8)
    d.p("coursera", size=26, bold=True, color="#0056D2", align="left", after=2)
    d.p("Mar 4, 2025", size=12, align="left", color="#333333", after=40)
    d.p("Aoife Ó Súilleabháin", size=30, bold=True, font="DejaVu Serif", align="left", after=10)
    d.p("has successfully completed", size=12, align="left", after=10)
    d.p(
        "Network Security Monitoring with Zeek and Suricata",
        size=24,
        bold=True,
        align="left",
        after=12,
    )
    d.p(
        "an online non-credit course authorized by University of Eastmere and offered "
        "through Coursera",
        size=11,
        align="left",
        color="#444444",
        after=60,
    )
    d.p("Dr. Callum Rutherford-Ames", size=11, bold=True, align="left")
    d.p("Department of Computer Science, University of Eastmere", size=10, align="left")
    d.p("Course Record", size=20, bold=True, align="left", after=12, page_break=True)
    d.table(
        [
            ("Learner", "Aoife Ó Súilleabháin"),
            ("Course", "Network Security Monitoring with Zeek and Suricata"),
            ("Offered by", "University of Eastmere"),
            ("Course start", "January 27, 2025"),
            ("Completed", "March 4, 2025"),
            ("Grade achieved", "94.3%"),
            ("Payment reference", "ORD-55120078"),
            ("Verify at", "coursera.org/verify/7QJXK2LMN4PA"),
        ],
        [2.4, 6.2],
        size=11,
    )
    d.p(
        "Coursera has confirmed the identity of this individual and their participation in "
        "the course. University of Eastmere is a fictitious institution.",
        size=8,
        align="left",
        color="#666666",
        before=16,
    )
    return _soffice("h20-lo-docx-coursera-two-page.docx", d.render(), folder)


def _lo_blank_name(folder: Path) -> Path:
    """Moodle export whose learner-name field is empty (UNCLEAR: no learner)."""
    d = _Odt(
        29.7,
        21.0,
        margin_cm=1.8,
        border="2pt solid #2e7d32",
        background="#fbfdf8",
        footer="Generated by Moodle for user id 5521 · Fenlow Fibre Skills is a fictitious "
        "training provider.",
    )
    d.p("Fenlow Fibre Skills", size=14, bold=True, color="#2e7d32")
    d.p("Keep learning!", size=11, italic=True, color="#7cb342", after=0.8)
    d.p("Certificate of Completion", size=32, font="DejaVu Serif", color="#1b3d1f", after=0.5)
    d.p("This is to certify that", size=13, italic=True, after=0.4)
    d.p("______________________________________", size=18, color="#888888", after=0.4)
    d.p("has completed the course", size=13, italic=True)
    d.p("Fibre Optic Splicing and OTDR Testing", size=21, bold=True, color="#2e7d32", after=0.4)
    d.p("on 19 May 2025", size=13, after=1.2)
    d.p("Certificate code: Q8W2E4R6T1", size=10, font="DejaVu Sans Mono")
    return _soffice("h20-lo-odt-moodle-blank-name.fodt", d.render(), folder)


# ============================================================================================
# cairo (design-tool style)
# ============================================================================================


def _ca_ine(folder: Path) -> Path:
    """INE certificate: tracked uppercase heading, long hex certificate ID, CPE credits."""
    w, h = LTL
    c = _Cairo(folder / "h20-ca-ine-hex-id.pdf", w, h)
    c.rect(0, 0, w, h, fill="#0b0f1a")
    c.rect(24, 24, w - 48, h - 48, stroke="#2bd4a4", lw=1.2)
    c.circle(w - 80, 90, 120, fill="#101a2c")
    c.text(60, 88, "INE", 34, bold=True, color="#2bd4a4")
    c.text(60, 150, "CERTIFICATE OF COMPLETION", 15, color="#9fb3c8", spacing=5)
    c.text(
        60, 215, "Kenji Abernathy-Sørensen", 34, family="DejaVu Serif", bold=True, color="#ffffff"
    )
    c.text(60, 252, "has successfully completed", 13, color="#9fb3c8")
    c.wrap(
        60,
        292,
        "Advanced Penetration Testing: Active Directory Attacks",
        560,
        24,
        30,
        bold=True,
        color="#2bd4a4",
    )
    c.text(60, 380, "Completed: March 28, 2025", 13, color="#ffffff")
    c.text(60, 402, "CPE credits: 14", 13, color="#ffffff")
    c.text(
        60,
        520,
        "Certificate ID: 3d7be0a94c1f52e8",
        10.5,
        family="DejaVu Sans Mono",
        color="#9fb3c8",
    )
    c.signature(470, 430, 180, 44, "ine-sig-coutinho", color="#2bd4a4")
    c.line(470, 482, 680, 482, color="#9fb3c8")
    c.text(470, 498, "Rosalind Coutinho-Baker, Chief Learning Officer", 9, color="#9fb3c8")
    c.qr(w - 130, 500, 66, "ine-3d7be0a9")
    return c.finish()


def _ca_cbt(folder: Path) -> Path:
    """CBT Nuggets certificate: title with exam code in brackets, training hours, an account
    number besides the verification ID."""
    w, h = A4L
    c = _Cairo(folder / "h20-ca-cbtnuggets.pdf", w, h)
    c.rect(0, 0, w, h, fill="#ffffff")
    c.rect(0, 0, w, 70, fill="#ff6a13")
    c.rect(0, h - 14, w, 14, fill="#1a1a2e")
    c.text(40, 46, "CBT Nuggets", 26, bold=True, color="#ffffff")
    c.text(w - 40, 44, "Account #: 0093318", 11, align="right", color="#ffffff")
    c.text(w / 2, 150, "Certificate of Completion", 36, family="DejaVu Serif", align="center")
    c.text(w / 2, 200, "This certificate is awarded to", 13, align="center", color="#555555")
    c.text(w / 2, 250, "D'Arcy Montgomery-Xu", 32, bold=True, align="center", color="#1a1a2e")
    c.text(w / 2, 290, "for completing", 13, align="center", color="#555555")
    c.text(
        w / 2,
        330,
        "CompTIA Network+ (N10-009) Online Training",
        22,
        bold=True,
        align="center",
        color="#ff6a13",
    )
    c.text(w / 2, 375, "Completed Jun 2, 2025  ·  Training hours: 18", 13, align="center")
    c.signature(120, 420, 190, 46, "cbt-sig-lindqvist")
    c.line(110, 472, 330, 472)
    c.text(110, 488, "Tamsin Lindqvist-Oduya, VP of Learning", 10)
    c.circle(w - 150, 455, 48, fill="#ff6a13")
    c.circle(w - 150, 455, 38, stroke="#ffffff", lw=2)
    c.text(w - 150, 460, "CBT", 16, bold=True, align="center", color="#ffffff")
    c.text(40, h - 30, "Verification ID: CBT-6H2J-PQ9W-44LM", 10, color="#333333")
    c.text(
        w - 40,
        h - 30,
        "Hours shown are video training hours. Not an exam result.",
        8,
        align="right",
        color="#888888",
    )
    return c.finish()


def _ca_linkedin(folder: Path) -> Path:
    """LinkedIn Learning certificate: 'Congratulations, NAME', completion date with a time
    and a time zone, a 'Keep learning' style slogan, certificate ID at the bottom."""
    w, h = LTL
    c = _Cairo(folder / "h20-ca-linkedin-learning.pdf", w, h)
    c.rect(0, 0, w, h, fill="#f3f2ef")
    c.rect(36, 36, w - 72, h - 72, fill="#ffffff")
    c.rect(36, 36, 12, h - 72, fill="#0a66c2")
    c.text(80, 90, "LinkedIn Learning", 20, bold=True, color="#0a66c2")
    c.text(80, 150, "Certificate of Completion", 14, color="#666666", spacing=1.5)
    c.text(80, 200, "Congratulations, Rafael Iñiguez-Soto", 28, family="DejaVu Serif", bold=True)
    c.text(80, 260, "Packet Analysis for Incident Responders", 22, bold=True, color="#0a66c2")
    c.text(80, 292, "Course completed on Mar 4, 2025 at 02:37PM UTC", 12, color="#333333")
    c.wrap(
        80,
        340,
        "By continuing to learn, you have expanded your perspective, sharpened your skills, "
        "and made yourself even more in demand.",
        460,
        12,
        17,
        color="#444444",
    )
    c.text(80, 430, "Keep learning", 30, bold=True, italic=True, color="#e7e5df")
    c.signature(520, 420, 170, 44, "li-sig-teague")
    c.line(520, 470, 712, 470, color="#999999")
    c.text(520, 486, "Marisol Teague-Bernstein", 10, bold=True)
    c.text(520, 500, "Head of Content Strategy, Learning", 9, color="#666666")
    c.text(
        80,
        h - 52,
        "Certificate ID: AoX7kQ2mZp9Lr4TnWy8Vc3HsFd6J",
        9,
        family="DejaVu Sans Mono",
        color="#777777",
    )
    return c.finish()


def _ca_netacad(folder: Path) -> Path:
    """Networking Academy certificate (page 1) and course details (page 2): start date only on
    page 2, a printed date there too, no certificate code at all, Vietnamese diacritics."""
    w, h = A4L
    c = _Cairo(folder / "h20-ca-netacad-two-page.pdf", w, h)
    c.rect(0, 0, w, h, fill="#ffffff")
    c.rect(20, 20, w - 40, h - 40, stroke="#049fd9", lw=3)
    c.rect(30, 30, w - 60, h - 60, stroke="#0d274d", lw=0.8)
    for i, bh in enumerate((10, 18, 26, 18, 10, 18, 26, 18, 10)):
        c.rect(60 + i * 9, 80 - bh, 4, bh, fill="#049fd9")
    c.text(150, 76, "Cisco Networking Academy", 20, bold=True, color="#0d274d")
    c.text(
        w / 2, 160, "Certificate of Course Completion", 32, family="DejaVu Serif", align="center"
    )
    c.text(w / 2, 230, "Nguyễn Thị Bích Ngọc", 30, bold=True, align="center", color="#0d274d")
    c.text(
        w / 2,
        270,
        "has successfully achieved student level credential for completing the course",
        12,
        align="center",
        color="#444444",
    )
    c.text(
        w / 2,
        315,
        "CCNA: Switching, Routing, and Wireless Essentials",
        22,
        bold=True,
        align="center",
        color="#049fd9",
    )
    c.text(w / 2, 360, "Mar 14, 2025", 13, align="center")
    c.signature(120, 420, 180, 44, "netacad-sig-iweala")
    c.line(110, 470, 320, 470)
    c.text(110, 486, "Bartholomew Iweala-Tran, Instructor", 10)
    c.text(w - 110, 486, "Hòa Khánh Technical College", 10, align="right")
    c.line(w - 330, 470, w - 110, 470)
    c.new_page()
    c.rect(0, 0, w, h, fill="#ffffff")
    c.text(60, 80, "Course details", 22, bold=True, color="#0d274d")
    rows = [
        ("Student", "Nguyễn Thị Bích Ngọc"),
        ("Course", "CCNA: Switching, Routing, and Wireless Essentials"),
        ("Academy", "Hòa Khánh Technical College (fictitious)"),
        ("Instructor", "Bartholomew Iweala-Tran"),
        ("Start date", "13 Jan 2025"),
        ("End date", "14 Mar 2025"),
        ("Final exam score", "88%"),
        ("Printed on", "20 Mar 2025"),
    ]
    y = 130.0
    for label, value in rows:
        c.rect(60, y - 18, w - 120, 26, stroke="#c9d3dd", lw=0.6)
        c.text(72, y, label, 11, bold=True, color="#333333")
        c.text(260, y, value, 11)
        y += 26
    c.text(
        60,
        h - 60,
        "This document lists the learning outcomes achieved; it is not a certification exam "
        "result.",
        8,
        color="#777777",
    )
    return c.finish()


def _ca_cloud_academy(folder: Path) -> Path:
    """Cloud vendor academy: training range, issued date and expiry date (ISO), Credential ID,
    Icelandic letters."""
    w, h = 960.0, 540.0
    c = _Cairo(folder / "h20-ca-cloud-academy-expires.pdf", w, h)
    c.rect(0, 0, w, h, fill="#f7fbff")
    c.rect(0, 0, 300, h, fill="#0f3d6e")
    c.circle(150, 200, 90, fill="#1c5a99")
    c.circle(150, 200, 74, stroke="#9fd3ff", lw=2)
    c.text(150, 192, "NCA", 34, bold=True, align="center", color="#ffffff")
    c.text(150, 222, "CERTIFIED", 10, align="center", color="#9fd3ff", spacing=3)
    c.text(150, 360, "Nimbusfield", 20, bold=True, align="center", color="#ffffff")
    c.text(150, 386, "Cloud Academy", 16, align="center", color="#9fd3ff")
    c.text(340, 90, "Certified Training Completion", 28, family="DejaVu Serif", color="#0f3d6e")
    c.text(340, 140, "Awarded to", 12, color="#5a6b7d")
    c.text(340, 185, "Ólafur Þórðarson-Meyer", 30, bold=True, color="#0b2540")
    c.text(340, 230, "for completing", 12, color="#5a6b7d")
    c.text(340, 268, "Cloud Networking Specialty Bootcamp", 22, bold=True, color="#1c5a99")
    c.text(340, 320, "Training: 2025-02-24 – 2025-02-28", 13)
    c.text(340, 345, "Issued: 2025-03-04", 13, color="#5a6b7d")
    c.text(340, 370, "Expires: 2028-03-04", 13, color="#5a6b7d")
    c.text(340, 420, "Credential ID: NCA-CNS-02-8H3KQ7", 12, family="DejaVu Sans Mono")
    c.qr(w - 130, 400, 80, "nca-cns-8h3kq7")
    c.signature(620, 300, 170, 40, "nca-sig-halvorsen")
    c.line(620, 345, 800, 345, color="#5a6b7d")
    c.text(620, 360, "Academy Lead", 9, color="#5a6b7d")
    c.text(
        340,
        510,
        "Nimbusfield Cloud Academy is fictitious. Verify credentials at "
        "credentials.nimbusfield.example.",
        8,
        color="#8896a5",
    )
    return c.finish()


# ============================================================================================
# Ghostscript (PostScript)
# ============================================================================================


def _gs_harrowgate(folder: Path) -> Path:
    """Training company: ordinal date range in a sentence, 'Certificate No.' printed beside an
    'Invoice No.', a delegate reference, legal footer."""
    w, h = A4P
    d = _PS(w, h)
    d.rect(28, 28, w - 56, h - 56, stroke="#2f4f2f", lw=2.5)
    d.rect(36, 36, w - 72, h - 72, stroke="#2f4f2f", lw=0.6)
    d.text(w / 2, 110, "HARROWGATE TECHNICAL TRAINING LTD", "serif-b", 17, "center", "#2f4f2f")
    d.text(w / 2, 130, "Cabling · Fibre · Data Centre Infrastructure", "serif-i", 10, "center")
    d.text(w / 2, 230, "Certificate of Attendance", "chancery", 40, "center", "#1e2e1e")
    d.text(w / 2, 300, "This is to certify that", "serif-i", 14, "center")
    d.text(w / 2, 350, "Niamh O'Driscoll", "serif-b", 28, "center")
    d.line(150, 362, w - 150, 362, "#888888", 0.5)
    d.text(w / 2, 400, "attended the three-day course", "serif-i", 14, "center")
    d.text(w / 2, 440, "Structured Cabling Installation and Testing", "serif-b", 18, "center")
    d.text(w / 2, 462, "(Copper & Fibre)", "serif-b", 18, "center")
    d.text(
        w / 2,
        500,
        "held from 3rd March 2025 to 5th March 2025 at our Leeds training centre.",
        "serif",
        12,
        "center",
    )
    d.circle(140, 600, 42, fill="#b8860b")
    d.circle(140, 600, 34, stroke="#ffffff", lw=1.2)
    d.text(140, 604, "HTT", "serif-b", 14, "center", "#ffffff")
    d.signature(330, 560, 170, 44, "htt-sig-ashworth")
    d.line(320, 612, 520, 612)
    d.text(420, 628, "Gareth Ashworth-Beale, Course Director", "serif", 10, "center")
    d.text(70, 700, "Certificate No. HTT/2025/0311", "sans-b", 10.5)
    d.text(w - 70, 700, "Invoice No. INV-77821", "sans", 10.5, "right")
    d.text(70, 716, "Delegate ref: D-20931", "sans", 9)
    d.line(60, 760, w - 60, 760, "#bbbbbb", 0.4)
    d.text(
        w / 2,
        775,
        "Harrowgate Technical Training Ltd is a fictitious company. Registered office: "
        "14 Cawthorne Yard, Leeds.",
        "sans",
        7,
        "center",
        "#666666",
    )
    d.text(
        w / 2,
        786,
        "This certificate records attendance only and does not confer a qualification.",
        "sans",
        7,
        "center",
        "#666666",
    )
    return _ghostscript(d, folder / "h20-gs-harrowgate-invoice.pdf")


def _gs_ciscou(folder: Path) -> Path:
    """Cisco U. completion: title with course acronym and version, UUID completion ID, CE
    credits."""
    w, h = LTL
    d = _PS(w, h)
    d.rect(0, 0, w, 90, fill="#0d274d")
    for i, bh in enumerate((10, 18, 26, 18, 10, 18, 26, 18, 10)):
        d.rect(48 + i * 9, 58 - bh, 4, bh, fill="#049fd9")
    d.text(140, 54, "Cisco U.", "sans-b", 24, "left", "#ffffff")
    d.text(w / 2, 170, "Certificate of Completion", "serif", 34, "center", "#0d274d")
    d.text(w / 2, 220, "This certifies that", "sans", 13, "center", "#555555")
    d.text(w / 2, 265, "Tomás Ó Briain-Castellanos", "sans-b", 28, "center")
    d.text(w / 2, 305, "has completed the course", "sans", 13, "center", "#555555")
    d.text(
        w / 2,
        345,
        "Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.1",
        "sans-b",
        17,
        "center",
        "#049fd9",
    )
    d.text(w / 2, 390, "Completion date: 22 April 2025", "sans", 13, "center")
    d.text(w / 2, 410, "Continuing Education credits: 30", "sans", 13, "center")
    d.signature(90, 450, 170, 44, "ciscou-sig-marchetti")
    d.line(80, 502, 290, 502)
    d.text(80, 518, "Learning & Certifications", "sans", 9)
    d.qr(w - 140, 440, 80, "ciscou-6b0f4c2e")
    d.text(
        w / 2,
        575,
        "Completion ID: 6b0f4c2e-93d1-4a57-8e2b-d1c07f5a9e34",
        "mono",
        10,
        "center",
        "#333333",
    )
    d.text(
        w / 2,
        592,
        "Invented test certificate; names and identifiers are fictitious.",
        "sans",
        7,
        "center",
        "#888888",
    )
    return _ghostscript(d, folder / "h20-gs-ciscou-uuid.pdf")


def _gs_webinar(folder: Path) -> Path:
    """Vendor webinar: one date with a time range and zone, duration in minutes, a
    registration ID besides the attendance code."""
    w, h = A4L
    d = _PS(w, h)
    d.rect(0, 0, w, h, fill="#fdf6ec")
    d.rect(0, 0, 26, h, fill="#5b2a86")
    d.rect(26, 0, 8, h, fill="#f4a259")
    d.text(80, 80, "QUORRA SYSTEMS  ·  WEBINAR SERIES", "gothic-d", 15, "left", "#5b2a86")
    d.text(80, 160, "Certificate of Attendance", "palatino-b", 38, "left", "#2a1540")
    d.text(80, 215, "Presented to", "palatino", 13, "left", "#555555")
    d.text(80, 262, "Beatriz Quintanilha-Okoro", "palatino-b", 30)
    d.text(80, 305, "for attending the live webinar", "palatino", 13, "left", "#555555")
    d.text(
        80,
        345,
        "Zero Trust Branch Design: Lessons from the Field",
        "gothic-d",
        22,
        "left",
        "#5b2a86",
    )
    d.text(80, 395, "Tuesday, 18 March 2025  ·  16:00–17:00 GMT", "gothic", 14)
    d.text(80, 418, "Duration: 60 minutes", "gothic", 14)
    d.text(80, 480, "Attendance code: WBN-4417-ZT", "mono", 11)
    d.text(80, 497, "Registration ID: 88120457", "mono", 11)
    d.signature(560, 420, 170, 44, "quorra-sig-adeyemi")
    d.line(550, 472, 760, 472)
    d.text(550, 488, "Host: Ifeoma Adeyemi-Larsen", "gothic", 10)
    d.text(
        80,
        560,
        "Quorra Systems is a fictitious company. Recording and slides are available to "
        "registered attendees for 30 days.",
        "sans",
        7.5,
        "left",
        "#777777",
    )
    return _ghostscript(d, folder / "h20-gs-vendor-webinar.pdf")


def _gs_ambiguous_date(folder: Path) -> Path:
    """LMS certificate whose only date is numeric 03/04/2025 (UNCLEAR: day or month first)."""
    w, h = LTP
    d = _PS(w, h)
    d.rect(40, 40, w - 80, h - 80, stroke="#00796b", lw=2)
    d.circle(w / 2, 150, 46, fill="#00796b")
    d.text(w / 2, 158, "CCI", "sans-b", 22, "center", "#ffffff")
    d.text(w / 2, 240, "Coastline Compliance Institute", "sans-b", 16, "center", "#00796b")
    d.text(w / 2, 320, "Certificate of Completion", "bookman-d", 32, "center")
    d.text(w / 2, 380, "awarded to", "bookman", 13, "center", "#555555")
    d.text(w / 2, 425, "Hugo Ferreira-Lindgren", "bookman-d", 26, "center")
    d.text(w / 2, 470, "for completing", "bookman", 13, "center", "#555555")
    d.text(w / 2, 510, "Network Access Control with 802.1X", "sans-b", 19, "center", "#00796b")
    d.text(w / 2, 560, "Completed: 03/04/2025", "sans", 13, "center")
    d.signature(w / 2 - 90, 600, 180, 44, "cci-sig-okafor")
    d.line(w / 2 - 110, 652, w / 2 + 110, 652)
    d.text(w / 2, 668, "Program Administrator", "sans", 9, "center")
    d.text(w / 2, 720, "Certificate ID: CCI-88341-K", "mono", 10, "center")
    return _ghostscript(d, folder / "h20-gs-lms-ambiguous-date.pdf")


def _gs_pluralsight(folder: Path) -> Path:
    """Pluralsight: the learner, the quoted title and the date all inside one sentence."""
    w, h = LTL
    d = _PS(w, h)
    d.rect(0, 0, w, h, fill="#ffffff")
    d.rect(0, 0, w, 12, fill="#f15b2a")
    d.rect(0, h - 12, w, 12, fill="#e80a89")
    d.circle(w - 60, 70, 150, fill="#fde8f1")
    d.text(60, 80, "PLURALSIGHT", "sans-b", 22, "left", "#f15b2a")
    d.text(60, 170, "Certificate of Completion", "sans", 34, "left", "#181818")
    d.text(
        60,
        240,
        "This certifies that Imogen Achterberg-Nwosu has successfully completed the course",
        "sans",
        15,
    )
    d.text(
        60,
        266,
        "“Securing Kubernetes Clusters with Network Policies” on April 9, 2025.",
        "sans",
        15,
    )
    d.text(60, 360, "Keep learning.", "sans-b", 44, "left", "#e80a89")
    d.signature(480, 430, 180, 44, "ps-sig-marlow")
    d.line(470, 482, 700, 482)
    d.text(470, 498, "Vivienne Marlow-Atkins, SVP Content", "sans", 9.5)
    d.text(60, 560, "Verification code: a81f03c9e6b24d7f", "mono", 10.5, "left", "#333333")
    d.text(
        60,
        576,
        "Invented test certificate; the learner and identifiers are fictitious.",
        "sans",
        7,
        "left",
        "#888888",
    )
    return _ghostscript(d, folder / "h20-gs-pluralsight-quoted.pdf")


# ============================================================================================
# Scans (image only): rendered by a producer, then scanned
# ============================================================================================


def _render_webinar_page(work: Path) -> Path:
    css = """
@page { size: 297mm 210mm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { width: 297mm; height: 209mm; position: relative; overflow: hidden;
  font-family: 'DejaVu Sans'; color: #102a43; background: #fff }
.top { position: absolute; left: 0; right: 0; top: 0; height: 34mm; background: #243b53 }
.top div { position: absolute; left: 20mm; top: 12mm; color: #fff; font: bold 22px 'DejaVu Sans' }
.kind { position: absolute; top: 48mm; width: 100%; text-align: center;
  font: bold 38px 'DejaVu Serif' }
.c { position: absolute; width: 100%; text-align: center; font-size: 18px }
.name { font: bold 34px 'DejaVu Sans' }
.title { font: bold 26px 'DejaVu Sans'; color: #334e68 }
"""
    body = """
<div class="top"><div>Kestrelpoint Networks · Live Webinar</div></div>
<div class="kind">Certificate of Participation</div>
<div class="c" style="top:72mm">This confirms that</div>
<div class="c name" style="top:82mm">Farida Haddad-Ekström</div>
<div class="c" style="top:100mm">took part in the live webinar</div>
<div class="c title" style="top:111mm">Designing Resilient EVPN-VXLAN Data Centre Fabrics</div>
<div class="c" style="top:132mm">Date: 4 June 2025, 15:00–16:30 CEST</div>
<div class="c" style="top:142mm">Duration: 90 minutes</div>
<div class="c" style="top:165mm;font-size:16px">Participation code: KPN-7731-EVX</div>
"""
    return _chromium(_html(css, body), work / "webinar.pdf", "297mm", "210mm")


def _render_workshop_page(work: Path) -> Path:
    d = _Odt(21.0, 29.7, margin_cm=2.2, border="2pt solid #333333")
    d.p("Fenwick & Laird Engineering", size=16, bold=True, before=1.0)
    d.p("Internal Academy", size=12, italic=True, after=2.0)
    d.p("Certificate of Training", size=30, font="DejaVu Serif", after=1.0)
    d.p("awarded to", size=14, italic=True)
    d.p("Ingrid Solberg-Achebe", size=26, bold=True, after=0.8)
    d.p("for completing the two-day workshop", size=14, italic=True)
    d.p("IPv6 Addressing and Migration Planning", size=20, bold=True, after=0.8)
    d.p("12–13 May 2025", size=15, after=2.0)
    d.p("Certificate No.: FLE-ACAD-2025-0442", size=13)
    d.p("Employee no.: 30118", size=11, after=2.0)
    d.p("Fenwick & Laird Engineering is a fictitious company.", size=8, color="#666666")
    return _soffice("workshop.fodt", d.render(), work)


def _render_ciscolive_apjc_page(work: Path) -> Path:
    w, h = A4L
    c = _Cairo(work / "clapjc.pdf", w, h)
    c.rect(0, 0, w, h, fill="#ffffff")
    c.rect(0, 0, w, 110, fill="#0d274d")
    for i, bh in enumerate((12, 22, 32, 22, 12, 22, 32, 22, 12)):
        c.rect(50 + i * 11, 70 - bh, 5, bh, fill="#ffffff")
    c.text(170, 62, "CISCO LIVE APJC 2024 · MELBOURNE", 22, bold=True, color="#ffffff")
    c.text(w / 2, 180, "Session Attendance Certificate", 32, family="DejaVu Serif", align="center")
    c.text(w / 2, 250, "Lachlan Pemberton-Ngata", 32, bold=True, align="center")
    c.text(w / 2, 295, "attended session BRKSEC-2550", 15, align="center", color="#444444")
    c.text(
        w / 2,
        340,
        "Deploying Secure Firewall Threat Defense in Multi-Site Networks",
        20,
        bold=True,
        align="center",
        color="#0d274d",
    )
    c.text(
        w / 2, 390, "Attended: 2024-12-04 10:00 AEDT  ·  Duration: 60 minutes", 15, align="center"
    )
    c.text(90, 500, "Badge ID: CLM24-0091873", 14)
    c.text(w - 90, 500, "Certificate ID: 9A4F-22C1-E0B7", 14, align="right")
    return c.finish()


def _render_smudged_page(work: Path) -> Path:
    w, h = A4L
    d = _PS(w, h)
    d.rect(30, 30, w - 60, h - 60, stroke="#4a4a4a", lw=2)
    d.text(w / 2, 100, "PENNINE WIRELESS SKILLS CENTRE", "sans-b", 18, "center")
    d.text(w / 2, 180, "Certificate of Completion", "serif-b", 36, "center")
    d.text(w / 2, 240, "This is to certify that", "serif-i", 15, "center")
    d.text(w / 2, 290, "Eilidh MacAskill-Brandauer", "serif-b", 30, "center")
    d.text(w / 2, 335, "has completed the course", "serif-i", 15, "center")
    d.text(w / 2, 380, "Wi-Fi Site Survey Essentials", "sans-b", 24, "center")
    d.text(250, 440, "Date of completion:", "sans", 16)
    d.text(412, 440, "26 November 2024", "sans", 16)
    # a blot of ink over the date value; the scan adds a smudge on top of it
    for k, (dx, dy, r) in enumerate(
        (
            (408, 430, 15),
            (428, 436, 19),
            (452, 428, 17),
            (478, 438, 20),
            (505, 431, 18),
            (532, 437, 19),
            (556, 430, 16),
            (575, 437, 13),
            (490, 446, 12),
            (440, 446, 11),
        )
    ):
        d.circle(dx, dy, r, fill="#2e2e2e" if k % 3 else "#3a3a3a")
    d.text(w / 2, 520, "Certificate No. PWS-20417", "sans", 14, "center")
    d.text(
        w / 2, 560, "Pennine Wireless Skills Centre is a fictitious company.", "sans", 8, "center"
    )
    return _ghostscript(d, work / "smudged.pdf")


def _scanned(render: Callable[[Path], Path], name: str, **kw: object) -> Build:
    def build(folder: Path) -> Path:
        return _scan(render, name, folder, **kw)

    return build


# ============================================================================================
# The set
# ============================================================================================

_CASES: list[tuple[str, str, Build, Expected, str]] = [
    # ---- chromium --------------------------------------------------------------------------
    (
        "h20-cr-moodle-landscape",
        "chromium",
        _cr_moodle,
        _exp(
            "Warehouse Network Segmentation Fundamentals",
            "2025-03-04",
            "2025-03-21",
            "kXq7Rv2PzM",
            "Zoë O'Connell-Ramírez",
            None,
        ),
        "Moodle custom certificate: ordinal dates, 'Printed on' date, watermark and shadows",
    ),
    (
        "h20-cr-canvas-two-page",
        "chromium",
        _cr_canvas,
        _exp(
            "Applied Data Privacy and Records Management for Public Sector Administrative Staff",
            "2025-01-27",
            "2025-03-21",
            "7F3A-19C2-B84E-6D05",
            "Dagny Ellefsen-Mbeki",
            None,
        ),
        "three-line title; code and start date on the transcript page; module dates; user ID",
    ),
    (
        "h20-cr-udemy-uuid",
        "chromium",
        _cr_udemy,
        _exp(
            "Terraform for Network Engineers: Zero to Production",
            None,
            "2025-03-04",
            "UC-3f9b2c1e-8d47-4a6b-9e0f-5c2d7a1b4e88",
            "Łukasz Wróbel",
            "Udemy",
            credits=(12.5, "hours"),
        ),
        "UC-UUID certificate number beside 'Reference Number: 0004'",
    ),
    (
        "h20-cr-ciscolive-emea-session",
        "chromium",
        _cr_ciscolive,
        _exp(
            "Troubleshooting SD-Access Fabric at Scale",
            "2025-02-11",
            "2025-02-11",
            "5e1c9a07b3d24f6e81a2c4d0f9b7e3a6",
            "MARGUERITE DELACROIX-HALVORSEN",
            "Cisco Live",
            credits=(1.5, "hours"),
        ),
        "event dates vs session date with time and zone; attendee ID; ALL-CAPS name; 90 minutes",
    ),
    (
        "h20-cr-docebo-letterspaced",
        "chromium",
        _cr_docebo,
        _exp(
            "CLOUD SECURITY POSTURE MANAGEMENT ESSENTIALS",
            "2025-02-17",
            "2025-03-04",
            "BWCA-2025-88QK-71ZT",
            "Sébastien Nakamura-Oyelaran",
            None,
        ),
        "CSS uppercase + letter-spaced title; UTC timestamps; expiration; ID only in the URL",
    ),
    (
        "h20-cr-talentlms-two-ids",
        "chromium",
        _cr_talentlms_two_ids,
        _exp(
            "Ansible for Network Automation — Level 1",
            None,
            "2025-03-14",
            None,
            "Kwame Asante-Björk",
            None,
            review=True,
        ),
        "UNCLEAR: two different values both printed as 'Certificate ID'",
    ),
    # ---- weasyprint ------------------------------------------------------------------------
    (
        "h20-wp-moodle-spanish",
        "weasyprint",
        _wp_spanish,
        _exp(
            "Fundamentos de Redes Inalámbricas Empresariales",
            "2025-02-03",
            "2025-02-28",
            "4F7K-9QX2-MT3B",
            "Ana Belén Quiñones Ibarra",
            None,
            credits=(40.0, "hours"),
        ),
        "Spanish months in a sentence; «» title; place-and-date line; order and student numbers",
    ),
    (
        "h20-wp-edx-cover-page",
        "weasyprint",
        _wp_edx_cover,
        _exp(
            "Introduction to Network Automation with Python",
            "2025-01-13",
            "2025-03-24",
            "8d2f1b6a9c4e4f07a3b5e1d9c7f20a64",
            "Thandiwe Mokoena-Brandt",
            None,
        ),
        "page 1 is a cover only; issued date after the course run; 32-hex ID also in a URL",
    ),
    (
        "h20-wp-cornerstone-italian",
        "weasyprint",
        _wp_italian,
        _exp(
            "Sicurezza delle reti OT negli impianti industriali",
            "2025-01-14",
            "2025-02-06",
            "CSOD-IT-2025-0193-77",
            "Giulia Sant'Ambrogio",
            None,
            credits=(16.0, "hours"),
        ),
        "Italian months; quoted two-line title; 'Milano, 10 febbraio 2025'; employee number",
    ),
    (
        "h20-wp-skillsoft-surname-first",
        "weasyprint",
        _wp_skillsoft,
        _exp(
            "Wireshark Fundamentals: Capturing and Analysing Traffic",
            None,
            "2025-03-17",
            "SK-PRC-20250317-5521",
            "Van der Berg-Okafor, Annelies",
            "Skillsoft",
            credits=(2.5, "CPE"),
        ),
        "name as 'Surname, Given'; completed vs printed on; NASBA CPE",
    ),
    (
        "h20-wp-security-academy-expires",
        "weasyprint",
        _wp_security_academy,
        _exp(
            "HSA-210 Secure Access Service Edge Deployment v3.2",
            "2025-03-10",
            "2025-03-12",
            "HSA-0F3C-77B1-2E9D",
            "Rhiannon Llewellyn-Pryce",
            None,
            credits=(24.0, "hours"),
        ),
        "course code + version title; '10–12 March 2025'; issued / valid until; order no.",
    ),
    # ---- libreoffice -----------------------------------------------------------------------
    (
        "h20-lo-odt-successfactors",
        "libreoffice",
        _lo_successfactors,
        _exp(
            "Industrial Firewall Rule Review for Substation Networks",
            None,
            "2025-03-14",
            "SFL-9920471-03",
            "Jörg Käßner-Lindholm",
            None,
            credits=(3.0, "hours"),
        ),
        "SuccessFactors table: revision date, US date with time, user ID, printed timestamp",
    ),
    (
        "h20-lo-odt-polish",
        "libreoffice",
        _lo_polish,
        _exp(
            "Administrowanie sieciami VLAN i routingiem dynamicznym",
            "2025-03-03",
            "2025-03-07",
            "117/WRS/2025",
            "Małgorzata Żurawska-Kędzior",
            None,
            credits=(32.0, "hours"),
        ),
        "Polish genitive months with 'r.'; slashed certificate number; place-and-date line",
    ),
    (
        "h20-lo-docx-cisco-partner",
        "libreoffice",
        _lo_cisco_partner,
        _exp(
            "Implementing and Administering Cisco Solutions (CCNA) v2.1",
            "2025-02-17",
            "2025-02-21",
            "MBLS-CCNA-25-0417",
            "Priyanka Raghunathan-Doyle",
            "Cisco Learning Partner",
            credits=(30.0, "CE"),
        ),
        "Learning Partner course with version; 'February 17–21, 2025'; student ID; CE credits",
    ),
    (
        "h20-lo-docx-coursera-two-page",
        "libreoffice",
        _lo_coursera,
        _exp(
            "Network Security Monitoring with Zeek and Suricata",
            "2025-01-27",
            "2025-03-04",
            "7QJXK2LMN4PA",
            "Aoife Ó Súilleabháin",
            "Coursera",
        ),
        "certificate + course record: start and verification code on page 2; payment ref",
    ),
    (
        "h20-lo-odt-moodle-blank-name",
        "libreoffice",
        _lo_blank_name,
        _exp(
            "Fibre Optic Splicing and OTDR Testing",
            None,
            "2025-05-19",
            "Q8W2E4R6T1",
            None,
            None,
            review=True,
        ),
        "UNCLEAR: the learner-name field is an empty line",
    ),
    # ---- cairo -----------------------------------------------------------------------------
    (
        "h20-ca-ine-hex-id",
        "cairo",
        _ca_ine,
        _exp(
            "Advanced Penetration Testing: Active Directory Attacks",
            None,
            "2025-03-28",
            "3d7be0a94c1f52e8",
            "Kenji Abernathy-Sørensen",
            "INE",
            credits=(14.0, "CPE"),
        ),
        "dark design export; tracked heading; wrapped title; hex certificate ID",
    ),
    (
        "h20-ca-cbtnuggets",
        "cairo",
        _ca_cbt,
        _exp(
            "CompTIA Network+ (N10-009) Online Training",
            None,
            "2025-06-02",
            "CBT-6H2J-PQ9W-44LM",
            "D'Arcy Montgomery-Xu",
            "CBT Nuggets",
            credits=(18.0, "hours"),
        ),
        "account number in the header vs verification ID in the footer; training hours",
    ),
    (
        "h20-ca-linkedin-learning",
        "cairo",
        _ca_linkedin,
        _exp(
            "Packet Analysis for Incident Responders",
            None,
            "2025-03-04",
            "AoX7kQ2mZp9Lr4TnWy8Vc3HsFd6J",
            "Rafael Iñiguez-Soto",
            "LinkedIn Learning",
        ),
        "'Congratulations, NAME'; date with time and UTC; 'Keep learning' slogan",
    ),
    (
        "h20-ca-netacad-two-page",
        "cairo",
        _ca_netacad,
        _exp(
            "CCNA: Switching, Routing, and Wireless Essentials",
            "2025-01-13",
            "2025-03-14",
            None,
            "Nguyễn Thị Bích Ngọc",
            "Cisco Networking Academy",
        ),
        "certificate + details page with start/end and printed-on dates; no code at all",
    ),
    (
        "h20-ca-cloud-academy-expires",
        "cairo",
        _ca_cloud_academy,
        _exp(
            "Cloud Networking Specialty Bootcamp",
            "2025-02-24",
            "2025-02-28",
            "NCA-CNS-02-8H3KQ7",
            "Ólafur Þórðarson-Meyer",
            None,
        ),
        "ISO training range, then issued and expires dates; Credential ID; wide page",
    ),
    # ---- ghostscript -----------------------------------------------------------------------
    (
        "h20-gs-harrowgate-invoice",
        "ghostscript",
        _gs_harrowgate,
        _exp(
            "Structured Cabling Installation and Testing (Copper & Fibre)",
            "2025-03-03",
            "2025-03-05",
            "HTT/2025/0311",
            "Niamh O'Driscoll",
            None,
        ),
        "ordinal range in a sentence; Certificate No. beside Invoice No.; two-line title",
    ),
    (
        "h20-gs-ciscou-uuid",
        "ghostscript",
        _gs_ciscou,
        _exp(
            "Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.1",
            None,
            "2025-04-22",
            "6b0f4c2e-93d1-4a57-8e2b-d1c07f5a9e34",
            "Tomás Ó Briain-Castellanos",
            "Cisco U.",
            credits=(30.0, "CE"),
        ),
        "Cisco U. completion with UUID completion ID and CE credits",
    ),
    (
        "h20-gs-vendor-webinar",
        "ghostscript",
        _gs_webinar,
        _exp(
            "Zero Trust Branch Design: Lessons from the Field",
            "2025-03-18",
            "2025-03-18",
            "WBN-4417-ZT",
            "Beatriz Quintanilha-Okoro",
            None,
            credits=(1.0, "hours"),
        ),
        "webinar: weekday date with time range and GMT; 60 minutes; registration ID",
    ),
    (
        "h20-gs-lms-ambiguous-date",
        "ghostscript",
        _gs_ambiguous_date,
        _exp(
            "Network Access Control with 802.1X",
            None,
            None,
            "CCI-88341-K",
            "Hugo Ferreira-Lindgren",
            None,
            review=True,
        ),
        "UNCLEAR: only date is 03/04/2025 with nothing telling day-first from month-first",
    ),
    (
        "h20-gs-pluralsight-quoted",
        "ghostscript",
        _gs_pluralsight,
        _exp(
            "Securing Kubernetes Clusters with Network Policies",
            None,
            "2025-04-09",
            "a81f03c9e6b24d7f",
            "Imogen Achterberg-Nwosu",
            "Pluralsight",
        ),
        "learner, quoted title and date all inside one sentence; 'Keep learning.'",
    ),
    # ---- scans -----------------------------------------------------------------------------
    (
        "h20-scan-cr-webinar-90min",
        "scan",
        _scanned(_render_webinar_page, "h20-scan-cr-webinar-90min", angle=0.6),
        _exp(
            "Designing Resilient EVPN-VXLAN Data Centre Fabrics",
            "2025-06-04",
            "2025-06-04",
            "KPN-7731-EVX",
            "Farida Haddad-Ekström",
            None,
            credits=(1.5, "hours"),
        ),
        "scan of a Chromium page: webinar with one date, time range and 90 minutes",
    ),
    (
        "h20-scan-lo-workshop",
        "scan",
        _scanned(_render_workshop_page, "h20-scan-lo-workshop", angle=-0.8, dpi=200),
        _exp(
            "IPv6 Addressing and Migration Planning",
            "2025-05-12",
            "2025-05-13",
            "FLE-ACAD-2025-0442",
            "Ingrid Solberg-Achebe",
            None,
        ),
        "scan of a LibreOffice page: two-day workshop '12–13 May 2025'; employee number",
    ),
    (
        "h20-scan-ca-ciscolive-apjc",
        "scan",
        _scanned(_render_ciscolive_apjc_page, "h20-scan-ca-ciscolive-apjc", angle=0.4, gray=False),
        _exp(
            "Deploying Secure Firewall Threat Defense in Multi-Site Networks",
            "2024-12-04",
            "2024-12-04",
            "9A4F-22C1-E0B7",
            "Lachlan Pemberton-Ngata",
            "Cisco Live",
            credits=(1.0, "hours"),
        ),
        "colour scan of a cairo page: Cisco Live session, badge ID beside certificate ID",
    ),
    (
        "h20-scan-gs-smudged-date",
        "scan",
        _scanned(
            _render_smudged_page,
            "h20-scan-gs-smudged-date",
            angle=-0.5,
            smudges=((0.47, 0.69, 0.71, 0.77),),
        ),
        _exp(
            "Wi-Fi Site Survey Essentials",
            None,
            None,
            "PWS-20417",
            "Eilidh MacAskill-Brandauer",
            None,
            review=True,
        ),
        "UNCLEAR: a smudge covers the completion date of a scanned Ghostscript page",
    ),
]

HOLDOUT_CASES: list[Case] = [
    Case(name=name, expected=exp, build=build, note=note)
    for name, _kind, build, exp, note in _CASES
]

HOLDOUT_KINDS: dict[str, str] = {name: kind for name, kind, _b, _e, _n in _CASES}
