"""Blind held-out set 17: thirty certificates written without seeing the extractor's rules.

Mostly English certificates laid out the way vendors, learning partners, conferences,
universities and e-learning platforms print them (course completions with course codes, CE/CPE
activity certificates, conference attendance with a session list, continuing-education CEUs,
MOOC certificates with verify URLs), plus six in other languages (Spanish, Ukrainian, German,
French, Portuguese, Swedish). Six are unclear on purpose (two learner names, two completion
dates, conflicting credits, a course name that differs between headline and sentence, a
numeric-only date, a code cut off at the page edge).

Printed with the shared producers in ``producers.py``: headless Chromium (9), WeasyPrint (6),
LibreOffice from flat ODF and Word files (5), cairo (5) and Ghostscript from hand-written
PostScript (5). Four of them are image-only "scans" made here by rasterising a printed page and
roughening it with Pillow (seeded, so every build is the same). All people, companies and
codes are invented.
"""

from __future__ import annotations

import sys
from functools import partial
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
    _t,
    _weasy,
)
from scans import scan_rendered

from certfactory import Case, Expected

# --------------------------------------------------------------------------------------------
# Scan effect: rasterise page 1, tilt, add grain, smudges, crop, JPEG, wrap back into a PDF
# --------------------------------------------------------------------------------------------


_scanned = partial(scan_rendered, prefix="h17-scan:")


# Page sizes in points (cairo and Ghostscript)
LETTER_L = (792.0, 612.0)
LETTER_P = (612.0, 792.0)
A4_L = (841.89, 595.28)
A4_P = (595.28, 841.89)

_BASE_CSS = """
html, body { margin: 0; padding: 0; }
* { box-sizing: border-box; }
"""


# ============================================================================================
# Headless Chromium
# ============================================================================================


def _b_encor_partner(folder: Path) -> Path:
    """Cisco learning-partner course completion, learner name largest, week-long date range."""
    css = (
        _BASE_CSS
        + """
body { width: 11in; height: 8.5in; font-family: 'Nimbus Sans', sans-serif; color: #1b2631;
       position: relative; background: #fff; }
.frame { position: absolute; top: 0.35in; left: 0.35in; right: 0.35in; bottom: 0.35in;
         border: 3px solid #0d274d; }
.inner { position: absolute; top: 0.5in; left: 0.5in; right: 0.5in; bottom: 0.5in;
         border: 1px solid #049fd9; }
.top { position: absolute; top: 0.8in; left: 0.9in; right: 0.9in; display: flex;
       justify-content: space-between; align-items: center; }
.brand { font-family: 'URW Gothic', sans-serif; font-size: 20px; font-weight: bold;
         color: #0d274d; letter-spacing: 1px; }
.brand small { display: block; font-size: 11px; font-weight: normal; color: #555;
               letter-spacing: 0; }
.badge { border: 1.5px solid #049fd9; color: #049fd9; padding: 6px 12px; font-size: 12px;
         font-weight: bold; border-radius: 3px; }
.main { position: absolute; top: 2.0in; left: 1in; right: 1in; text-align: center; }
h1 { font-family: 'C059', serif; font-weight: normal; font-size: 22px; letter-spacing: 6px;
     text-transform: uppercase; color: #0d274d; margin: 0 0 18px; }
.lead { font-size: 14px; color: #555; margin: 0 0 8px; }
.name { font-family: 'C059', serif; font-size: 46px; color: #0d274d; margin: 4px 0 14px;
        border-bottom: 1px solid #c8d3de; display: inline-block; padding: 0 30px 6px; }
.course { font-size: 19px; font-weight: bold; margin: 6px 0 8px; line-height: 1.3; }
.when { font-size: 14px; margin: 8px 0; }
.ce { font-size: 13px; color: #0d274d; margin-top: 10px; }
.foot { position: absolute; bottom: 0.8in; left: 1in; right: 1in; display: flex;
        justify-content: space-between; align-items: flex-end; font-size: 11px; }
.sig { text-align: center; width: 2.6in; }
.sig .ln { border-top: 1px solid #333; margin-top: 2px; padding-top: 4px; }
.id { text-align: right; color: #333; line-height: 1.5; }
"""
    )
    body = _t(
        """
<div class="frame"></div><div class="inner"></div>
<div class="top">
  <div class="brand">NORTHGATE NETWORKS ACADEMY
    <small>Authorized training &middot; Cisco Learning Partner</small></div>
  <div class="badge">Cisco Learning Partner</div>
</div>
<div class="main">
  <h1>Certificate of Course Completion</h1>
  <p class="lead">This is to certify that</p>
  <div class="name">Ingrid Castellanos</div>
  <p class="lead">has successfully completed the instructor-led training</p>
  <div class="course">Implementing and Operating Cisco Enterprise Network Core Technologies
    (ENCOR) v1.3</div>
  <div class="when">October 7&ndash;11, 2024 &nbsp;&middot;&nbsp;
    Virtual Instructor-Led Training (vILT)</div>
  <div class="ce">Cisco Continuing Education credits: 64</div>
</div>
<div class="foot">
  <div class="sig">$sig
    <div class="ln">Marek Halloran, Certified Instructor (CCSI #34219)</div></div>
  <div>$seal</div>
  <div class="id">Certificate ID: NGA-24-ENCOR-10873<br>Northgate Networks Academy, Leeds, UK</div>
</div>
""",
        sig=_signature_svg("h17-encor", 190, 50),
        seal=_seal_svg(86, "#049fd9"),
    )
    return _chromium(
        _html(css, body), folder / "h17-clean-encor-partner-range.pdf", "11in", "8.5in"
    )


def _b_coursera(folder: Path) -> Path:
    """MOOC course certificate: date on top, university partner, verify URL at the bottom."""
    css = (
        _BASE_CSS
        + """
body { width: 11in; height: 8.5in; font-family: 'Nimbus Sans', sans-serif; color: #1f1f1f;
       position: relative; background: #fff; }
.left { position: absolute; top: 0.7in; left: 0.8in; width: 7.1in; }
.ribbon { position: absolute; top: 0; right: 0.7in; width: 2.3in; height: 5.6in;
          background: #eef3f8; text-align: center; padding-top: 1.2in; }
.ribbon .lbl { font-size: 15px; letter-spacing: 3px; color: #0b4f8a; font-weight: bold;
               line-height: 1.6; }
.uni { font-family: 'C059', serif; font-size: 24px; color: #26374d; margin-bottom: 0.7in; }
.date { font-size: 14px; margin-bottom: 0.35in; }
.name { font-size: 38px; font-weight: bold; margin-bottom: 10px; }
.txt { font-size: 14px; color: #444; margin: 6px 0; }
.course { font-size: 24px; font-weight: bold; color: #0b4f8a; margin: 10px 0 12px;
          line-height: 1.25; }
.small { font-size: 12px; color: #555; line-height: 1.5; max-width: 6in; }
.sig { margin-top: 0.45in; }
.sig div { font-size: 12px; }
.verify { position: absolute; bottom: 0.45in; right: 0.7in; width: 3.8in; font-size: 10px;
          color: #555; text-align: left; line-height: 1.5; }
.logo { position: absolute; bottom: 0.45in; left: 0.8in; font-size: 22px; color: #0b4f8a;
        font-weight: bold; letter-spacing: 0.5px; }
"""
    )
    body = _t(
        """
<div class="ribbon"><div class="lbl">COURSE<br>CERTIFICATE</div>
  <div style="margin-top:30px">$seal</div></div>
<div class="left">
  <div class="uni">Westbrook University</div>
  <div class="date">Nov 18, 2024</div>
  <div class="name">Arjun Venkataraman</div>
  <div class="txt">has successfully completed</div>
  <div class="course">Data Engineering Foundations: Pipelines, Warehouses and Lakes</div>
  <div class="small">an online non-credit course authorized by Westbrook University and offered
  through Coursera</div>
  <div class="sig">$sig<div><b>Dr. Helen Marsh</b></div>
    <div>Associate Professor, Department of Computer Science</div></div>
</div>
<div class="logo">coursera</div>
<div class="verify">Verify at: https://coursera.org/verify/8KJ2MZQ4XW7L<br>Coursera has confirmed
the identity of this individual and their participation in the course.</div>
""",
        seal=_seal_svg(96, "#0b4f8a"),
        sig=_signature_svg("h17-coursera", 170, 46, "#222"),
    )
    return _chromium(_html(css, body), folder / "h17-clean-coursera-verify.pdf", "11in", "8.5in")


def _b_linkedin_caps(folder: Path) -> Path:
    """LinkedIn-Learning-like certificate: the name is upper-cased by CSS only."""
    css = (
        _BASE_CSS
        + """
body { width: 11in; height: 8.5in; font-family: 'DejaVu Sans', sans-serif; color: #2b2b2b;
       position: relative; background: #fff; }
.band { position: absolute; top: 0; left: 0; right: 0; height: 0.22in; background: #0a66c2; }
.logo { position: absolute; top: 0.6in; left: 0.9in; font-size: 20px; font-weight: bold;
        color: #0a66c2; }
.main { position: absolute; top: 1.6in; left: 0.9in; right: 0.9in; text-align: center; }
.hd { font-size: 13px; letter-spacing: 4px; color: #666; text-transform: uppercase; }
.cong { font-size: 16px; margin-top: 26px; color: #555; }
.name { font-size: 40px; font-weight: bold; text-transform: uppercase; margin: 6px 0 22px;
        letter-spacing: 1px; }
.course { font-size: 26px; color: #0a66c2; margin-bottom: 14px; }
.when { font-size: 13px; color: #555; }
.skills { font-size: 12px; color: #555; margin-top: 16px; }
.nasba { font-size: 10.5px; color: #666; margin-top: 18px; line-height: 1.5; }
.foot { position: absolute; bottom: 0.55in; left: 0.9in; right: 0.9in; display: flex;
        justify-content: space-between; align-items: flex-end; font-size: 10.5px; color: #555; }
"""
    )
    body = _t(
        """
<div class="band"></div>
<div class="logo">LinkedIn Learning</div>
<div class="main">
  <div class="hd">Certificate of Completion</div>
  <div class="cong">Congratulations,</div>
  <div class="name">Siobhan O'Neill</div>
  <div class="course">Threat Modeling for Developers</div>
  <div class="when">Course completed on Mar 5, 2025 at 02:14 PM UTC</div>
  <div class="skills">Top skills covered: Threat Modeling &middot; Application Security
    &middot; Secure Design</div>
  <div class="nasba">This course qualifies for 1.5 CPE credits in the field of Information
  Technology.<br>
  Delivery method: QAS Self Study &middot; Sponsor ID 190442</div>
</div>
<div class="foot">
  <div>$sig<br>Head of Content Strategy, Learning</div>
  <div style="text-align:right">Certificate Id: AbX7kPq2LmN9zR4tWc<br>
  By continuing to learn, you have expanded your perspective and sharpened your skills.</div>
</div>
""",
        sig=_signature_svg("h17-linkedin", 150, 40, "#333"),
    )
    return _chromium(
        _html(css, body), folder / "h17-tricky-linkedin-allcaps-name.pdf", "11in", "8.5in"
    )


_SESSIONS = (
    ("3 Jun 2025", "09:00", "Opening keynote: The Next Decade of Cloud Defence", "1.00"),
    ("3 Jun 2025", "10:30", "Zero Trust Architectures in Multi-Cloud Estates", "1.00"),
    ("3 Jun 2025", "13:00", "Hands-on Lab: Detecting Misconfigured Storage Buckets", "2.00"),
    ("3 Jun 2025", "15:30", "Identity Federation Pitfalls", "0.75"),
    ("4 Jun 2025", "09:00", "Keynote: Securing AI Workloads", "1.00"),
    ("4 Jun 2025", "10:30", "Container Runtime Security Deep Dive", "1.50"),
    ("4 Jun 2025", "13:00", "Incident Response Tabletop Exercise", "2.00"),
    ("4 Jun 2025", "15:30", "Policy-as-Code for Compliance Teams", "0.75"),
    ("5 Jun 2025", "09:00", "Supply-Chain Attacks on CI/CD Pipelines", "1.50"),
    ("5 Jun 2025", "11:00", "Panel: Regulators and the Cloud", "1.00"),
    ("5 Jun 2025", "13:30", "Closing keynote: Resilience by Design", "2.00"),
)


def _b_conference(folder: Path) -> Path:
    """Conference attendance: three-day range on page 1, a session list with dates on page 2."""
    total = sum(float(s[3]) for s in _SESSIONS)
    assert abs(total - 14.5) < 1e-9
    rows = "".join(
        f"<tr><td>{d}</td><td>{t}</td><td>{title}</td><td class='r'>{cpe}</td></tr>"
        for d, t, title, cpe in _SESSIONS
    )
    css = (
        _BASE_CSS
        + """
body { font-family: 'Nimbus Sans', sans-serif; color: #212529; }
.page { width: 297mm; height: 210mm; position: relative; overflow: hidden;
        page-break-after: always; background: #fff; }
.page:last-child { page-break-after: auto; }
.side { position: absolute; top: 0; left: 0; bottom: 0; width: 62mm;
        background: linear-gradient(160deg, #12355b 0%, #1e6091 100%); color: #fff;
        padding: 18mm 10mm; }
.side .ev { font-size: 22px; font-weight: bold; line-height: 1.25; }
.side .loc { font-size: 13px; margin-top: 10mm; line-height: 1.6; opacity: 0.9; }
.content { position: absolute; top: 24mm; left: 80mm; right: 20mm; }
.hd { font-size: 30px; font-family: 'P052', serif; color: #12355b; margin-bottom: 12mm; }
.lbl { font-size: 13px; color: #666; }
.name { font-size: 34px; font-family: 'P052', serif; margin: 3mm 0 9mm; }
.txt { font-size: 15px; line-height: 1.6; }
.cpe { margin-top: 8mm; font-size: 16px; font-weight: bold; color: #1e6091; }
.ids { position: absolute; bottom: 14mm; left: 80mm; right: 20mm; font-size: 10.5px;
       color: #555; display: flex; justify-content: space-between; }
h2 { font-size: 20px; color: #12355b; margin: 0 0 6mm; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border-bottom: 1px solid #d5dbe1; padding: 5px 6px; text-align: left; }
th { background: #eef2f6; }
td.r, th.r { text-align: right; }
.p2 { position: absolute; top: 18mm; left: 20mm; right: 20mm; }
.p2 .note { font-size: 10.5px; color: #666; margin-top: 6mm; line-height: 1.5; }
"""
    )
    body = _t(
        """
<div class="page">
  <div class="side"><div class="ev">CloudSec Summit Europe 2025</div>
    <div class="loc">Centro de Congressos<br>Lisbon, Portugal<br><br>
    June 3&ndash;5, 2025</div></div>
  <div class="content">
    <div class="hd">Certificate of Attendance</div>
    <div class="lbl">presented to</div>
    <div class="name">Tom&aacute;s de la Fuente Ortega</div>
    <div class="txt">for attending <b>CloudSec Summit Europe 2025</b>, held in Lisbon, Portugal,
      June 3&ndash;5, 2025. Sessions attended are listed on the following page.</div>
    <div class="cpe">Total: 14.5 CPE credits</div>
    <div style="margin-top:12mm">$sig
      <div style="font-size:12px">Programme Chair, CloudSec Summit Europe</div></div>
  </div>
  <div class="ids"><span>Badge ID: CSS25-004417</span>
    <span>Certificate No.: CSSE-2025-C-09312</span></div>
</div>
<div class="page">
  <div class="p2">
    <h2>Sessions attended &mdash; Tom&aacute;s de la Fuente Ortega</h2>
    <table><tr><th>Date</th><th>Time</th><th>Session</th><th class="r">CPE</th></tr>
    $rows
    <tr><td colspan="3"><b>Total</b></td><td class="r"><b>14.50</b></td></tr></table>
    <div class="note">One CPE credit is awarded per 50 minutes of attendance. Attendance was
    recorded by badge scan at the session room entrance. Keep this certificate for your
    records; the organiser does not report credits to certification bodies.</div>
  </div>
</div>
""",
        sig=_signature_svg("h17-conf", 170, 44),
        rows=rows,
    )
    return _chromium(
        _html(css, body), folder / "h17-tricky-conference-session-list.pdf", "297mm", "210mm"
    )


def _b_title_three_lines(folder: Path) -> Path:
    """Portrait cloud-vendor completion whose long title wraps over three lines."""
    css = (
        _BASE_CSS
        + """
body { width: 8.5in; height: 11in; font-family: 'DejaVu Sans', sans-serif; color: #243447;
       position: relative; background: #fff; }
.hdr { height: 1.4in; background: #0f4c81; color: #fff; padding: 0.45in 0.8in; }
.hdr .b { font-size: 22px; font-weight: bold; letter-spacing: 1px; }
.hdr .s { font-size: 12px; opacity: 0.85; margin-top: 4px; }
.main { padding: 0.8in 0.8in 0; }
.k { font-size: 13px; color: #6b7b8c; text-transform: uppercase; letter-spacing: 2px; }
.title { width: 6.9in; font-size: 24px; line-height: 1.3; font-weight: bold; margin: 10px 0 28px;
         color: #0f4c81; }
.name { font-size: 24px; margin: 8px 0 28px; }
.row { font-size: 14px; margin: 6px 0; }
.foot { position: absolute; bottom: 0.7in; left: 0.8in; right: 0.8in; display: flex;
        justify-content: space-between; align-items: flex-end; font-size: 11px; color: #555; }
"""
    )
    body = _t(
        """
<div class="hdr"><div class="b">AZURINE CLOUD INSTITUTE</div>
  <div class="s">Official Training &middot; Certificate of Completion</div></div>
<div class="main">
  <div class="k">Course</div>
  <div class="title">Designing and Implementing Hybrid Identity, Access Management
    and Governance Solutions for Enterprise Workloads (AZI-305)</div>
  <div class="k">Awarded to</div>
  <div class="name">Benedikt Achterberg</div>
  <div class="row">Date of completion: January 24, 2025</div>
  <div class="row">Duration: 32 hours</div>
  <div class="row">Delivery: Instructor-led, virtual classroom</div>
</div>
<div class="foot">
  <div>$sig<br>Director of Learning, Azurine Cloud Institute</div>
  <div style="text-align:right">$qr<br>Credential ID: AZI-305-7TQ4-X9M2</div>
</div>
""",
        sig=_signature_svg("h17-azi", 170, 44),
        qr=_qr_svg("h17-azi", "80px"),
    )
    return _chromium(_html(css, body), folder / "h17-tricky-title-three-lines.pdf", "8.5in", "11in")


def _b_two_dates(folder: Path) -> Path:
    """Completion date in the sentence and a different one in the details table."""
    css = (
        _BASE_CSS
        + """
body { width: 11in; height: 8.5in; font-family: 'Nimbus Sans', sans-serif; color: #1c1c1c;
       position: relative; background: #fbfaf6; }
.border { position: absolute; top: 0.3in; left: 0.3in; right: 0.3in; bottom: 0.3in;
          border: 10px double #7a1f2b; }
.main { position: absolute; top: 1.0in; left: 1.1in; right: 1.1in; text-align: center; }
.org { font-size: 16px; letter-spacing: 3px; color: #7a1f2b; font-weight: bold; }
h1 { font-family: 'URW Bookman', serif; font-size: 34px; margin: 18px 0 20px; font-weight: normal; }
.name { font-family: 'URW Bookman', serif; font-size: 36px; margin: 8px 0 14px; }
.txt { font-size: 15px; line-height: 1.6; }
table { margin: 22px auto 0; border-collapse: collapse; font-size: 13px; }
td { padding: 4px 14px; border-bottom: 1px solid #d8d2c4; text-align: left; }
td:first-child { color: #666; }
.foot { position: absolute; bottom: 0.7in; left: 1.1in; right: 1.1in; display: flex;
        justify-content: space-between; align-items: flex-end; font-size: 11px; }
"""
    )
    body = _t(
        """
<div class="border"></div>
<div class="main">
  <div class="org">HEXAFORM SECURITY ACADEMY</div>
  <h1>Certificate of Completion</h1>
  <div class="txt">This certifies that</div>
  <div class="name">Marcus Abernathy</div>
  <div class="txt">completed the course <b>Endpoint Detection and Response Operations</b><br>
  on April 14, 2025.</div>
  <table>
    <tr><td>Course</td><td>Endpoint Detection and Response Operations</td></tr>
    <tr><td>Format</td><td>Self-paced with graded labs</td></tr>
    <tr><td>Completion date</td><td>2025-04-21</td></tr>
    <tr><td>Certificate ID</td><td>HSA-EDR-55120</td></tr>
  </table>
</div>
<div class="foot">
  <div>$sig<br>Head of Training</div><div>$seal</div>
</div>
""",
        sig=_signature_svg("h17-hexa", 160, 44),
        seal=_seal_svg(80, "#7a1f2b"),
    )
    return _chromium(
        _html(css, body), folder / "h17-unclear-two-completion-dates.pdf", "11in", "8.5in"
    )


def _b_es_scrum(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { width: 297mm; height: 210mm; font-family: 'DejaVu Serif', serif; color: #2d2a26;
       position: relative; background: #fff; }
.corner { position: absolute; top: 0; left: 0; width: 70mm; height: 70mm;
          background: linear-gradient(135deg, #e76f51 0 50%, transparent 50%); }
.main { position: absolute; top: 28mm; left: 30mm; right: 30mm; text-align: center; }
.org { font-family: 'DejaVu Sans', sans-serif; font-size: 15px; letter-spacing: 2px;
       color: #e76f51; font-weight: bold; }
h1 { font-size: 36px; margin: 10mm 0 8mm; font-weight: normal; }
.txt { font-size: 15px; color: #555; }
.name { font-size: 34px; font-style: italic; margin: 4mm 0 6mm; }
.course { font-size: 22px; font-weight: bold; margin: 4mm 0 6mm; }
.det { font-family: 'DejaVu Sans', sans-serif; font-size: 13px; line-height: 1.8; }
.foot { position: absolute; bottom: 14mm; left: 30mm; right: 30mm; display: flex;
        justify-content: space-between; align-items: flex-end;
        font-family: 'DejaVu Sans', sans-serif; font-size: 10.5px; color: #555; }
"""
    )
    body = _t(
        """
<div class="corner"></div>
<div class="main">
  <div class="org">AULA DIGITAL MERIDIANO</div>
  <h1>Certificado de finalización</h1>
  <div class="txt">Se otorga el presente certificado a</div>
  <div class="name">María José Ibáñez Herrera</div>
  <div class="txt">por haber completado satisfactoriamente el curso</div>
  <div class="course">Gestión Ágil de Proyectos con Scrum y Kanban</div>
  <div class="det">Duración: 20 horas &nbsp;&middot;&nbsp; Modalidad: en línea<br>
  Fecha de finalización: 12 de febrero de 2025</div>
</div>
<div class="foot">
  <div>$sig<br>Dirección Académica</div>
  <div style="text-align:right">$qr<br>Código de verificación: AGX-2025-0457<br>
  Verifique en https://formacion.aula-meridiano.example/verificar</div>
</div>
""",
        sig=_signature_svg("h17-es", 160, 44),
        qr=_qr_svg("h17-es", "70px"),
    )
    return _chromium(
        _html(css, body, lang="es"), folder / "h17-clean-es-scrum.pdf", "297mm", "210mm"
    )


def _b_udemy_shadow(folder: Path) -> Path:
    """Udemy-like layout: course title largest (with a text shadow), name lower down."""
    cid = "UC-7d3e9a41-52bc-4f18-9e07-3c1b6f2a8d54"
    css = (
        _BASE_CSS
        + """
body { width: 11in; height: 8.5in; font-family: 'DejaVu Sans', sans-serif; color: #1c1d1f;
       position: relative; background: #fff; }
.logo { position: absolute; top: 0.6in; left: 0.8in; font-size: 30px; font-weight: bold;
        color: #a435f0; }
.meta { position: absolute; top: 0.55in; right: 0.8in; text-align: right; font-size: 10.5px;
        color: #555; line-height: 1.6; }
.main { position: absolute; top: 2.1in; left: 0.8in; right: 1.2in; }
.k { font-size: 13px; letter-spacing: 2px; color: #6a6f73; font-weight: bold; }
.course { font-size: 40px; font-weight: bold; line-height: 1.2; margin: 14px 0 16px;
          text-shadow: 2px 2px 0 #d9c2f5; }
.inst { font-size: 14px; }
.bottom { position: absolute; bottom: 0.8in; left: 0.8in; right: 0.8in; }
.name { font-size: 30px; font-weight: bold; margin-bottom: 10px; }
.dl { font-size: 14px; line-height: 1.6; }
.dl b { display: inline-block; width: 70px; }
"""
    )
    body = _t(
        """
<div class="logo">udemy</div>
<div class="meta">Certificate no: $cid<br>Certificate url: ude.my/$cid<br>
  Reference Number: 0004</div>
<div class="main">
  <div class="k">CERTIFICATE OF COMPLETION</div>
  <div class="course">Python for Network Automation with Netmiko, NAPALM and Nornir</div>
  <div class="inst">Instructors <b>Gideon Farrow, Lucía Benavente</b></div>
</div>
<div class="bottom">
  <div class="name">Hannah Kowalczyk</div>
  <div class="dl"><b>Date</b> Jan. 8, 2025<br><b>Length</b> 14.5 total hours</div>
</div>
""",
        cid=cid,
    )
    return _chromium(_html(css, body), folder / "h17-tricky-udemy-text-shadow.pdf", "11in", "8.5in")


def _b_uk(folder: Path) -> Path:
    css = (
        _BASE_CSS
        + """
body { width: 297mm; height: 210mm; font-family: 'DejaVu Sans', sans-serif; color: #1d2b3a;
       position: relative; background: #fff; }
.frame { position: absolute; top: 9mm; left: 9mm; right: 9mm; bottom: 9mm;
         border: 2px solid #005bbb; outline: 4px solid #ffd500; outline-offset: 3px; }
.main { position: absolute; top: 24mm; left: 30mm; right: 30mm; text-align: center; }
.org { font-size: 14px; color: #005bbb; }
h1 { font-size: 40px; letter-spacing: 8px; margin: 8mm 0 1mm; color: #005bbb; }
.sub { font-size: 16px; margin-bottom: 9mm; }
.txt { font-size: 15px; color: #444; }
.name { font-family: 'DejaVu Serif', serif; font-size: 32px; margin: 4mm 0 6mm; }
.course { font-size: 22px; font-weight: bold; margin: 3mm 0 7mm; }
.det { font-size: 13px; line-height: 1.8; }
.foot { position: absolute; bottom: 17mm; left: 30mm; right: 30mm; display: flex;
        justify-content: space-between; align-items: flex-end; font-size: 11px; }
"""
    )
    body = _t(
        """
<div class="frame"></div>
<div class="main">
  <div class="org">Навчальний центр «Цифровий щит»</div>
  <h1>СЕРТИФІКАТ</h1>
  <div class="sub">про проходження навчання</div>
  <div class="txt">Цим засвідчується, що</div>
  <div class="name">Олена Василівна Гребенюк</div>
  <div class="txt">успішно завершила курс</div>
  <div class="course">«Основи кібербезпеки для керівників»</div>
  <div class="det">Обсяг: 30 годин<br>Дата видачі: 21 березня 2025 р.</div>
</div>
<div class="foot">
  <div>$sig<br>Директор центру &nbsp; І. М. Ковальчук</div>
  <div style="text-align:right">Номер сертифіката: UA-KB-2025-0871</div>
</div>
""",
        sig=_signature_svg("h17-uk", 150, 42),
    )
    return _chromium(
        _html(css, body, lang="uk"), folder / "h17-clean-uk-kiberbezpeka.pdf", "297mm", "210mm"
    )


# ============================================================================================
# WeasyPrint
# ============================================================================================


def _b_cpe_iso(folder: Path) -> Path:
    """Security-association CPE certificate as a label/value sheet with an ISO date."""
    css = """
@page { size: letter portrait; margin: 0.8in; }
body { font-family: 'DejaVu Sans', sans-serif; color: #222; font-size: 12pt; }
.hdr { border-bottom: 3px solid #2e7d32; padding-bottom: 10pt; margin-bottom: 24pt; }
.hdr .b { font-size: 17pt; font-weight: bold; color: #2e7d32; }
.hdr .s { font-size: 9.5pt; color: #666; }
h1 { font-size: 22pt; font-weight: normal; margin: 0 0 20pt; }
table { border-collapse: collapse; width: 100%; }
td { padding: 7pt 8pt; border-bottom: 0.5pt solid #ccc; vertical-align: top; }
td.l { width: 36%; color: #555; }
.note { font-size: 9pt; color: #666; margin-top: 24pt; line-height: 1.45; }
.sig { margin-top: 40pt; }
"""
    body = _t(
        """
<div class="hdr"><div class="b">International Information Security Credential Council</div>
<div class="s">ISCC &middot; Continuing Professional Education Program</div></div>
<h1>CPE Credit Certificate</h1>
<table>
<tr><td class="l">Member</td><td>Nguyễn Thị Minh Anh</td></tr>
<tr><td class="l">Member ID</td><td>884213</td></tr>
<tr><td class="l">Activity</td><td>Cloud Incident Response Fundamentals</td></tr>
<tr><td class="l">Activity type</td><td>Webinar series (live, online)</td></tr>
<tr><td class="l">Domain</td><td>Security Operations</td></tr>
<tr><td class="l">CPE credits earned</td><td>8.00 (Group A)</td></tr>
<tr><td class="l">Completed</td><td>2024-11-05</td></tr>
<tr><td class="l">Certificate #</td><td>ISCC-CPE-24110582</td></tr>
</table>
<div class="sig">$sig<br><span style="font-size:10pt">Manager, CPE Program</span></div>
<div class="note">Members are responsible for submitting CPE credits through the member portal
and for keeping this certificate for at least three years after the end of their
certification cycle.</div>
""",
        sig=_signature_svg("h17-iscc", 170, 44),
    )
    return _weasy(_html(css, body), folder / "h17-clean-cpe-iso-date-nguyen.pdf")


_MODULES = (
    ("PME 101", "Project Initiation and Chartering", "Sep 9 – Sep 30, 2024", "0.6"),
    ("PME 102", "Scope, Schedule and Cost Planning", "Oct 1 – Oct 28, 2024", "0.6"),
    ("PME 103", "Risk and Stakeholder Management", "Oct 29 – Nov 18, 2024", "0.6"),
    ("PME 104", "Execution, Monitoring and Closing", "Nov 19 – Dec 2, 2024", "0.6"),
)


def _b_university_ceu(folder: Path) -> Path:
    """University continuing-education certificate with CEUs and a transcript on page 2."""
    rows = "".join(
        f"<tr><td>{c}</td><td>{t}</td><td>{d}</td><td class='r'>{u}</td></tr>"
        for c, t, d, u in _MODULES
    )
    css = """
@page { size: letter landscape; margin: 0; }
body { font-family: 'C059', serif; color: #222; margin: 0; }
.p1 { height: 8.5in; position: relative; border: 14pt solid #5b2c6f; }
.p1 .in { position: absolute; top: 0.5in; left: 0.5in; right: 0.5in; bottom: 0.5in;
          border: 1pt solid #b39ddb; text-align: center; padding-top: 0.45in; }
.uni { font-size: 26pt; color: #5b2c6f; letter-spacing: 1pt; }
.school { font-size: 12pt; font-family: 'Nimbus Sans', sans-serif; color: #555; margin-top: 3pt; }
h1 { font-size: 30pt; font-weight: normal; font-style: italic; margin: 26pt 0 14pt; }
.txt { font-size: 13pt; }
.name { font-size: 32pt; margin: 8pt 0 10pt; }
.course { font-size: 22pt; font-weight: bold; color: #5b2c6f; margin: 8pt 0; }
.det { font-size: 12.5pt; line-height: 1.6; }
.sigs { position: absolute; bottom: 0.45in; left: 0.8in; right: 0.8in; }
.sigs table { width: 100%; font-family: 'Nimbus Sans', sans-serif; font-size: 10pt; }
.sigs td { width: 33%; text-align: center; vertical-align: bottom; }
.sigs .ln { border-top: 0.8pt solid #333; margin: 0 14pt; padding-top: 3pt; }
.p2 { break-before: page; padding: 0.8in; font-family: 'Nimbus Sans', sans-serif; }
.p2 h2 { font-size: 17pt; color: #5b2c6f; margin: 0 0 4pt; }
.p2 .sub { font-size: 10.5pt; color: #555; margin-bottom: 16pt; }
.p2 table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
.p2 th, .p2 td { border: 0.5pt solid #bbb; padding: 5pt 7pt; text-align: left; }
.p2 th { background: #efe9f5; }
.p2 .r { text-align: right; }
.p2 .small { font-size: 9pt; color: #666; margin-top: 14pt; }
"""
    body = _t(
        """
<div class="p1"><div class="in">
  <div class="uni">Lakeshore State University</div>
  <div class="school">School of Professional and Continuing Studies</div>
  <h1>Certificate of Completion</h1>
  <div class="txt">is hereby awarded to</div>
  <div class="name">Priscilla Oyelaran-Booth</div>
  <div class="txt">for satisfactory completion of the non-credit certificate program</div>
  <div class="course">Project Management Essentials</div>
  <div class="det">September 9 – December 2, 2024<br>2.4 Continuing Education Units (CEUs)</div>
  <div class="sigs"><table><tr>
    <td>$sig1<div class="ln">Dean, Professional and Continuing Studies</div></td>
    <td>$seal</td>
    <td>$sig2<div class="ln">Program Director</div></td>
  </tr></table>
  <div style="font-family:'Nimbus Sans',sans-serif;font-size:8.5pt;color:#666;margin-top:6pt">
  Certificate number LSU-PCS-2024-01877</div></div>
</div></div>
<div class="p2">
  <h2>Transcript of Continuing Education Units</h2>
  <div class="sub">Priscilla Oyelaran-Booth &middot; Project Management Essentials &middot;
  Certificate number LSU-PCS-2024-01877</div>
  <table><tr><th>Module</th><th>Title</th><th>Dates</th><th class="r">CEUs</th></tr>
  $rows
  <tr><td colspan="3"><b>Total</b></td><td class="r"><b>2.4</b></td></tr></table>
  <div class="small">One Continuing Education Unit (CEU) equals ten contact hours of participation
  in an organized continuing education experience under responsible sponsorship. CEUs are not
  academic credit and cannot be applied toward a degree.</div>
</div>
""",
        sig1=_signature_svg("h17-lsu-1", 150, 40),
        sig2=_signature_svg("h17-lsu-2", 150, 40),
        seal=_seal_svg(80, "#5b2c6f"),
        rows=rows,
    )
    return _weasy(_html(css, body), folder / "h17-clean-university-ceu-transcript.pdf")


def _b_de_linux(folder: Path) -> Path:
    css = """
@page { size: A4 portrait; margin: 22mm 22mm 18mm; }
body { font-family: 'Nimbus Sans', sans-serif; color: #222; font-size: 11.5pt; }
.hdr { display: flex; justify-content: space-between; align-items: flex-start;
       border-bottom: 1.5pt solid #c0392b; padding-bottom: 6pt; }
.hdr .b { font-size: 16pt; font-weight: bold; color: #c0392b; }
.hdr .a { font-size: 8.5pt; color: #666; text-align: right; line-height: 1.4; }
h1 { font-size: 26pt; text-align: center; margin: 28mm 0 12mm; letter-spacing: 1pt; }
.c { text-align: center; }
.name { font-size: 20pt; font-weight: bold; margin: 4mm 0; }
.course { font-size: 17pt; font-weight: bold; margin: 5mm 0; }
ul { font-size: 10.5pt; line-height: 1.5; margin: 6mm 18mm; }
.sig { margin-top: 22mm; display: flex; justify-content: space-between; font-size: 10pt; }
.foot { position: fixed; bottom: -6mm; left: 0; right: 0; font-size: 8pt; color: #666;
        text-align: center; }
"""
    body = _t(
        """
<div class="hdr"><div class="b">Nordlicht IT-Akademie GmbH</div>
<div class="a">Speicherstraße 14<br>20457 Hamburg<br>www.nordlicht-it-akademie.example</div></div>
<h1>Teilnahmebescheinigung</h1>
<div class="c">Herr</div>
<div class="c name">Jan-Hendrik van der Meulen</div>
<div class="c">hat vom 10. bis 14. März 2025 an der Schulung</div>
<div class="c course">Linux-Systemadministration II (LX-202)</div>
<div class="c">erfolgreich teilgenommen.</div>
<div class="c" style="margin-top:6mm">Dauer: 5 Tage (40 Stunden)</div>
<ul><li>Systemd-Dienste, Journald und Zeitsteuerung</li>
<li>Speicherverwaltung mit LVM und RAID</li>
<li>Netzwerkkonfiguration, Firewalling mit nftables</li>
<li>Automatisierung mit Shell-Skripten</li></ul>
<div class="sig"><div>Hamburg, 14.03.2025</div>
<div style="text-align:center">$sig<br>Dr. Karin Feldhaus, Trainerin</div></div>
<div class="foot">Bescheinigungs-Nr.: LXA-2025-03-1187 &middot; Nordlicht IT-Akademie GmbH &middot;
Amtsgericht Hamburg HRB 998877</div>
""",
        sig=_signature_svg("h17-de", 150, 40),
    )
    return _weasy(_html(css, body, lang="de"), folder / "h17-clean-de-linux-schulung.pdf")


def _b_firewall_footer(folder: Path) -> Path:
    """Course title with a colon and a dash; footer small print with issue/valid/printed dates."""
    css = """
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1e1e1e; }
.pg { height: 8.5in; position: relative; background: #fff; }
.bar { position: absolute; top: 0; left: 0; width: 0.45in; bottom: 0; background: #fa582d; }
.main { position: absolute; top: 0.9in; left: 1.2in; right: 0.9in; }
.b { font-size: 15pt; font-weight: bold; letter-spacing: 2pt; color: #fa582d; }
h1 { font-size: 13pt; font-weight: normal; letter-spacing: 5pt; color: #555; margin: 30pt 0 8pt; }
.name { font-size: 30pt; font-weight: bold; margin: 6pt 0 16pt; }
.txt { font-size: 12pt; color: #444; }
.course { font-size: 21pt; margin: 8pt 0 18pt; line-height: 1.25; }
.dt { font-size: 12pt; }
.sig { position: absolute; bottom: 1.3in; left: 1.2in; font-size: 10pt; }
.foot { position: absolute; bottom: 0.4in; left: 1.2in; right: 0.9in; font-size: 7.5pt;
        color: #777; border-top: 0.5pt solid #ccc; padding-top: 5pt; line-height: 1.5; }
"""
    body = _t(
        """
<div class="pg"><div class="bar"></div>
<div class="main">
  <div class="b">BASTION NETWORKS EDUCATION SERVICES</div>
  <h1>CERTIFICATE OF COMPLETION</h1>
  <div class="txt">This certificate is presented to</div>
  <div class="name">Yusuf Demirtaş</div>
  <div class="txt">for completing the instructor-led course</div>
  <div class="course">Perimeter Firewall 11: Essentials – Configuration and Management
    (PFE-210)</div>
  <div class="dt">Date of completion: April 2, 2025</div>
</div>
<div class="sig">$sig<br>Manager, Education Services</div>
<div class="foot">Certificate ID: BNE-PFE210-0X7K3 &nbsp;|&nbsp; Issued 2025-04-03 &nbsp;|&nbsp;
Valid through 2027-04-30 &nbsp;|&nbsp; Printed on 2025-04-22 14:07 UTC<br>
Verify this certificate at https://edu.bastion-networks.example/verify. This document confirms
course attendance only and is not a product certification.</div>
</div>
""",
        sig=_signature_svg("h17-bne", 160, 42),
    )
    return _weasy(_html(css, body), folder / "h17-tricky-firewall-footer-small-print.pdf")


def _b_credits_conflict(folder: Path) -> Path:
    """CE activity certificate whose banner and table give different CEU numbers."""
    css = """
@page { size: letter portrait; margin: 0.7in; }
body { font-family: 'Nimbus Sans', sans-serif; color: #1d1d1d; font-size: 11.5pt; }
.top { display: flex; justify-content: space-between; align-items: center; }
.b { font-size: 18pt; font-weight: bold; color: #c8102e; }
.pill { background: #c8102e; color: #fff; padding: 6pt 12pt; border-radius: 12pt;
        font-weight: bold; font-size: 12pt; }
h1 { font-size: 22pt; margin: 30pt 0 6pt; }
.sub { color: #555; margin-bottom: 22pt; }
table { border-collapse: collapse; width: 100%; }
td { border: 0.5pt solid #bbb; padding: 7pt 9pt; }
td.l { width: 38%; background: #f4f4f4; font-weight: bold; }
.small { font-size: 9pt; color: #666; margin-top: 22pt; line-height: 1.45; }
"""
    body = _t(
        """
<div class="top"><div class="b">TechCred Alliance</div><div class="pill">Earn 12 CEUs</div></div>
<h1>Continuing Education Activity Certificate</h1>
<div class="sub">NetPro+ ce &middot; Continuing Education Program</div>
<table>
<tr><td class="l">Participant</td><td>Dmitri Halvorsen</td></tr>
<tr><td class="l">Activity</td><td>Advanced Wireless Network Security Workshop</td></tr>
<tr><td class="l">Activity date</td><td>January 16, 2025</td></tr>
<tr><td class="l">CEUs awarded</td><td>8</td></tr>
<tr><td class="l">Certificate ID</td><td>TCA-CE-2501-4471</td></tr>
</table>
<div style="margin-top:30pt">$sig<br>CE Program Administrator</div>
<div class="small">Upload this certificate to your TechCred account within 90 days of the
activity date. CEUs are applied to the certification you hold at the time of upload.</div>
""",
        sig=_signature_svg("h17-tca", 160, 42),
    )
    return _weasy(_html(css, body), folder / "h17-unclear-ce-credits-conflict.pdf")


def _b_fr_scan(folder: Path) -> Path:
    name = "h17-clean-scan-fr-attestation"
    css = """
@page { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1a1a1a; }
.pg { height: 210mm; position: relative; }
.fr { position: absolute; top: 10mm; left: 10mm; right: 10mm; bottom: 10mm;
      border: 2pt solid #1f3a93; }
.main { position: absolute; top: 24mm; left: 30mm; right: 30mm; text-align: center; }
.org { font-family: 'DejaVu Sans', sans-serif; font-size: 14pt; font-weight: bold;
       color: #1f3a93; letter-spacing: 1pt; }
h1 { font-size: 30pt; font-weight: normal; margin: 10mm 0 8mm; }
.txt { font-size: 14pt; }
.name { font-size: 26pt; font-weight: bold; margin: 4mm 0 5mm; }
.course { font-size: 21pt; font-style: italic; margin: 4mm 0 6mm; }
.det { font-size: 13pt; line-height: 1.7; }
.foot { position: absolute; bottom: 18mm; left: 30mm; right: 30mm; display: flex;
        justify-content: space-between; align-items: flex-end; font-size: 11pt; }
"""
    body = _t(
        """
<div class="pg"><div class="fr"></div>
<div class="main">
  <div class="org">INSTITUT VAUBAN NUMÉRIQUE</div>
  <h1>Attestation de formation</h1>
  <div class="txt">Nous attestons que</div>
  <div class="name">Amélie Rousseau-Lefèvre</div>
  <div class="txt">a suivi la formation</div>
  <div class="course">Sécurité des réseaux sans fil</div>
  <div class="det">du 18 au 20 novembre 2024<br>Durée : 21 heures</div>
</div>
<div class="foot"><div>N° d'attestation : IVN-2024-3316</div>
<div style="text-align:center">Fait à Lyon, le 20 novembre 2024<br>$sig<br>
  La directrice pédagogique</div></div>
</div>
""",
        sig=_signature_svg("h17-fr", 150, 40),
    )
    html = _html(css, body, lang="fr")
    return _scanned(
        lambda d: _weasy(html, d / "src.pdf"), name, folder, dpi=220, angle=0.6, gray=True
    )


# ============================================================================================
# LibreOffice (flat ODF and Word)
# ============================================================================================


def _b_letter_ansible(folder: Path) -> Path:
    """Left-aligned training letter: the letter's own date differs from the completion date."""
    d = _Odt(21.0, 29.7, margin_cm=2.2, footer="Redwood Open Systems Ltd · Training Services")
    d.p("REDWOOD OPEN SYSTEMS", size=16, bold=True, align="start", color="#a4161a", spacing=1.5)
    d.p("Training & Certification Services", size=10, align="start", color="#555555", after=1.0)
    d.p("Date: 28 March 2025", size=11, align="start", after=0.2)
    d.p("Reference: ROS-TR-2025-0612", size=11, align="start", after=0.8)
    d.p("Confirmation of Course Completion", size=15, bold=True, align="start", after=0.5)
    d.p("To whom it may concern,", size=11, align="start", after=0.35)
    d.p(
        [
            ("This letter confirms that ", False),
            ("Chiara Bellandi-Moretti", True),
            (" successfully completed the course ", False),
            ("Automating Linux Administration with Ansible (RO-294)", True),
            (" on 27 March 2025.", False),
        ],
        size=11,
        align="justify",
        after=0.35,
    )
    d.p(
        "The course was delivered as a four-day virtual classroom and included hands-on labs "
        "on inventories, playbooks, roles, variables and templates, and the automation of "
        "routine administration tasks.",
        size=11,
        align="justify",
        after=0.35,
    )
    d.p("Course hours: 32", size=11, align="start", after=0.35)
    d.p(
        "Please quote the reference number above if you need to confirm this record with us.",
        size=11,
        align="justify",
        after=0.9,
    )
    d.p("Kind regards,", size=11, align="start", after=1.2)
    d.p("Owen Pritchard", size=11, bold=True, align="start", after=0.05)
    d.p("Training Operations Manager", size=10, align="start", color="#555555")
    return _soffice("h17-tricky-letter-ansible.fodt", d.render(), folder)


def _b_pt_nuvem(folder: Path) -> Path:
    d = _Docx(11.69, 8.27, margin_in=0.9)
    d.p("ESCOLA NUVEM ABERTA", size=14, bold=True, color="#0b6e4f", spacing=2, after=20)
    d.p("Certificado de Conclusão", size=32, font="DejaVu Serif", after=18)
    d.p("Certificamos que", size=13, after=6)
    d.p("João Pedro Magalhães", size=26, bold=True, font="DejaVu Serif", after=6)
    d.p("concluiu o curso", size=13, after=6)
    d.p("Fundamentos de Computação em Nuvem", size=20, bold=True, color="#0b6e4f", after=10)
    d.p("com carga horária de 16 horas, em 15 de janeiro de 2025.", size=13, after=40)
    d.p("Coordenação Pedagógica", size=11, after=30)
    d.p("Código de validação: NVM-4F7A-92C1", size=10, color="#444444", after=2)
    d.p("Valide em www.escola-nuvem-aberta.example/validar", size=9, color="#666666")
    return _soffice("h17-clean-pt-nuvem.docx", d.render(), folder)


def _b_cloud_table(folder: Path) -> Path:
    """Two-column label/value table with 'Date:' plus an expiry date; the code in its own row."""
    d = _Docx(8.5, 11.0, margin_in=0.9)
    d.p("SKYWARD CLOUD TRAINING", size=18, bold=True, color="#1565c0", spacing=1.5, after=4)
    d.p("Authorized Training Provider Program", size=10, color="#666666", after=30)
    d.p("Course Completion Certificate", size=24, font="DejaVu Serif", after=20)
    d.p(
        "This certificate confirms that the participant named below attended and completed "
        "the following training.",
        size=11,
        after=16,
    )
    d.table(
        [
            ("Participant", "Emeka Obi-Nwosu"),
            ("Course", "Architecting Resilient Workloads on Skyward Cloud"),
            ("Course code", "SKY-ARC-300"),
            ("Delivery", "Virtual classroom (instructor-led)"),
            ("Date:", "February 19, 2025"),
            ("Expiry date:", "February 19, 2028"),
            ("Duration", "24 hours"),
            ("Certificate number", "SCT-ARC300-250219-0093"),
        ],
        (2.2, 4.3),
        size=11,
    )
    d.p("", after=40)
    d.p("Rosalind Achterfeld", size=11, bold=True, align="left", after=0)
    d.p("Head of Training Delivery, Skyward Cloud Training", size=10, align="left", after=0)
    return _soffice("h17-clean-cloud-table-expiry.docx", d.render(), folder)


def _b_two_names(folder: Path) -> Path:
    """Headline name and sentence name disagree."""
    d = _Odt(29.7, 21.0, margin_cm=1.8, border="2.5pt solid #3d5a80")
    d.p("QUILLON LEARNING", size=14, bold=True, color="#3d5a80", spacing=3, before=1.6)
    d.p("Certificate of Completion", size=30, font="DejaVu Serif", before=0.6, after=0.6)
    d.p("Daniel Ferreira", size=30, bold=True, font="DejaVu Serif", after=0.5)
    d.p(
        [
            ("This confirms that ", False),
            ("Daniela Ferreira-Costa", True),
            (" has completed the course", False),
        ],
        size=13,
        after=0.25,
    )
    d.p("Business Intelligence Dashboards with Tabular Models", size=19, bold=True, after=0.5)
    d.p("Completed: May 9, 2025", size=12, after=2.4)
    d.p("Certificate ID: QLA-BI-09412", size=10, color="#555555")
    d.p("Quillon Learning · Online Academy", size=9, color="#777777")
    return _soffice("h17-unclear-two-learner-names.fodt", d.render(), folder)


def _b_sv_scan(folder: Path) -> Path:
    name = "h17-clean-scan-sv-kursintyg"
    d = _Odt(21.0, 29.7, margin_cm=2.5, border="1.5pt solid #2a6f97")
    d.p("KOMPETENSFORUM NORRSKEN AB", size=13, bold=True, color="#2a6f97", before=1.5)
    d.p("Kursintyg", size=34, font="DejaVu Serif", before=2.0, after=1.2)
    d.p("Härmed intygas att", size=13, after=0.3)
    d.p("Åsa Lindqvist", size=26, bold=True, font="DejaVu Serif", after=0.4)
    d.p("har genomfört kursen", size=13, after=0.3)
    d.p("Ledarskap i förändring", size=20, bold=True, after=0.8)
    d.p("Omfattning: 12 timmar", size=12, after=0.15)
    d.p("Genomförd: 2025-05-16", size=12, after=2.5)
    d.p("Karin Holmgren, kursansvarig", size=11, after=0.2)
    d.p("Intygsnummer: SE-KI-20250516-044", size=10, color="#444444", before=2.0)
    payload = d.render()
    return _scanned(
        lambda w: _soffice("src.fodt", payload, w), name, folder, dpi=160, angle=-0.8, gray=True
    )


# ============================================================================================
# cairo
# ============================================================================================


def _b_double_layer(folder: Path) -> Path:
    """The course title is drawn twice, 0.6 pt apart, for a faux-bold look; only 'Issued on'."""
    w, h = LETTER_L
    c = _Cairo(folder / "h17-tricky-double-layer-issued-on.pdf", w, h)
    c.rect(0, 0, w, h, fill="#ffffff")
    c.rect(0, 0, w, 70, fill="#1b1b1b")
    c.rect(0, 70, w, 5, fill="#da291c")
    c.text(50, 45, "FORTRESS NETWORK SECURITY INSTITUTE", 16, bold=True, color="#ffffff")
    c.text(w - 50, 45, "FNSI", 22, bold=True, color="#da291c", align="right")
    c.text(w / 2, 150, "CERTIFICATE OF COMPLETION", 15, color="#555555", align="center")
    c.text(w / 2, 200, "This certificate is awarded to", 13, color="#444444", align="center")
    c.text(w / 2, 250, "Kenji Armitage-Sato", 34, family="DejaVu Serif", align="center")
    c.line(w / 2 - 190, 265, w / 2 + 190, 265, color="#bbbbbb")
    c.text(
        w / 2, 300, "for successfully completing the course", 13, color="#444444", align="center"
    )
    title = "Secure SD-WAN Deployment and Troubleshooting"
    for dx in (0.0, 0.6):
        c.text(w / 2 + dx, 345, title, 25, color="#1b1b1b", align="center")
    c.text(w / 2, 378, "Issued on 14 January 2025", 12, color="#333333", align="center")
    c.signature(90, 450, 170, 44, "h17-fnsi")
    c.line(90, 500, 280, 500, color="#333333")
    c.text(90, 515, "Director, Training Programs", 10, color="#444444")
    c.qr(w - 150, 430, 80, "h17-fnsi")
    c.text(w - 70, 530, "Certificate Code: FNSI-8Q2M-77KD", 9.5, color="#333333", align="right")
    return c.finish()


def _b_pluralsight_scan(folder: Path) -> Path:
    name = "h17-clean-scan-pluralsight"

    def render(work: Path) -> Path:
        w, h = LETTER_L
        c = _Cairo(work / "src.pdf", w, h)
        c.rect(0, 0, w, h, fill="#ffffff")
        c.rect(0, 0, 18, h, fill="#f15b2a")
        c.text(60, 70, "PLURALSIGHT", 20, bold=True, color="#f15b2a", spacing=2.0)
        c.text(60, 160, "Certificate of Completion", 30, family="DejaVu Serif", color="#222222")
        c.text(60, 230, "Tobias Engqvist", 28, bold=True, color="#111111")
        c.text(60, 270, "has completed the course", 14, color="#555555")
        c.text(60, 315, "Securing ASP.NET Core 8 Web APIs", 24, color="#111111")
        c.text(60, 360, "Completed on February 27, 2025", 14, color="#333333")
        c.text(60, 385, "Author: Rhea Castellano", 12, color="#555555")
        c.signature(60, 460, 170, 44, "h17-ps")
        c.line(60, 510, 260, 510, color="#555555")
        c.text(60, 526, "Chief Content Officer", 10, color="#555555")
        c.circle(w - 140, 470, 55, fill="#f15b2a")
        c.text(w - 140, 476, "COMPLETE", 12, bold=True, color="#ffffff", align="center")
        return c.finish()

    return _scanned(render, name, folder, dpi=300, angle=0.3, gray=False)


def _b_cisco_u(folder: Path) -> Path:
    w, h = A4_L
    c = _Cairo(folder / "h17-clean-cisco-u-cbrops.pdf", w, h)
    c.rect(0, 0, w, h, fill="#ffffff")
    c.rect(30, 30, w - 60, h - 60, stroke="#049fd9", lw=1.5)
    c.text(60, 85, "Cisco U.", 24, bold=True, color="#0d274d")
    c.text(w - 60, 85, "Certificate of Completion", 14, color="#049fd9", align="right")
    c.text(w / 2, 190, "Haruto Whitfield-Mori", 36, family="DejaVu Serif", align="center")
    c.text(w / 2, 230, "has successfully completed", 14, color="#555555", align="center")
    y = c.wrap(
        w / 2,
        275,
        "Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.2",
        560,
        21,
        28,
        align="center",
        bold=True,
        color="#0d274d",
    )
    c.text(w / 2, y + 12, "Completed June 12, 2025", 13, color="#333333", align="center")
    c.text(w / 2, y + 36, "Continuing Education credits: 30", 13, color="#333333", align="center")
    c.signature(80, 440, 170, 44, "h17-ciscou")
    c.line(80, 490, 280, 490, color="#333333")
    c.text(80, 505, "Cisco Learning & Certifications", 10, color="#444444")
    c.text(w - 80, 505, "Certificate ID: CU-8842-19FA-77C3", 10, color="#444444", align="right")
    return c.finish()


def _b_letterspaced(folder: Path) -> Path:
    """Tracked headings exported glyph by glyph; values above lines, labels under them."""
    w, h = A4_L
    c = _Cairo(folder / "h17-tricky-letterspaced-routing.pdf", w, h)
    c.rect(0, 0, w, h, fill="#f7f9f4")
    c.rect(24, 24, w - 48, h - 48, stroke="#2d6a4f", lw=3)
    c.rect(32, 32, w - 64, h - 64, stroke="#95d5b2", lw=0.8)
    c.text(
        w / 2,
        90,
        "EVERGREEN ROUTING ACADEMY",
        13,
        bold=True,
        color="#2d6a4f",
        align="center",
        spacing=4.0,
    )
    c.text(
        w / 2,
        150,
        "CERTIFICATE OF ACHIEVEMENT",
        26,
        family="DejaVu Serif",
        color="#1b4332",
        align="center",
        spacing=5.0,
    )
    c.text(w / 2, 200, "This is to certify that", 13, color="#444444", align="center")
    c.text(
        w / 2,
        248,
        "Luca Di Stefano",
        34,
        family="DejaVu Serif",
        italic=True,
        color="#111111",
        align="center",
    )
    c.text(
        w / 2, 285, "has completed the instructor-led course", 13, color="#444444", align="center"
    )
    c.text(
        w / 2,
        325,
        "Advanced Routing with EvoOS (ERA-ARE) v2.1",
        22,
        bold=True,
        color="#1b4332",
        align="center",
    )
    c.text(w / 2, 355, "Training dates: 2–4 December 2024", 12, color="#333333", align="center")
    # signature blocks: value above the line, label under it
    c.signature(90, 420, 170, 44, "h17-era")
    c.line(80, 470, 290, 470, color="#333333")
    c.text(185, 486, "Lead Instructor", 10, color="#555555", align="center")
    c.text(w - 185, 462, "4 December 2024", 12, color="#111111", align="center")
    c.line(w - 290, 470, w - 80, 470, color="#333333")
    c.text(w - 185, 486, "Date", 10, color="#555555", align="center")
    c.text(w / 2, 540, "Credential ID: ERA-24-ARE-3381", 9.5, color="#555555", align="center")
    return c.finish()


def _b_course_mismatch(folder: Path) -> Path:
    """Headline course name and the sentence's course name differ."""
    w, h = LETTER_L
    c = _Cairo(folder / "h17-unclear-course-name-mismatch.pdf", w, h)
    c.rect(0, 0, w, h, fill="#0e1a2b")
    c.rect(40, 40, w - 80, h - 80, fill="#ffffff")
    c.text(80, 100, "INE", 30, bold=True, color="#e4002b")
    c.text(w - 80, 100, "Certificate of Completion", 14, color="#555555", align="right")
    c.text(80, 185, "Cloud Penetration Testing Professional", 30, bold=True, color="#0e1a2b")
    c.text(80, 240, "Olamide Fashola", 24, color="#111111")
    c.text(
        80,
        275,
        "has successfully completed the Azure Cloud Penetration Testing learning path",
        13,
        color="#444444",
    )
    c.text(80, 295, "on July 2, 2025.", 13, color="#444444")
    c.signature(80, 400, 170, 44, "h17-ine")
    c.line(80, 450, 280, 450, color="#333333")
    c.text(80, 466, "Chief Learning Officer", 10, color="#555555")
    c.text(w - 80, 530, "Certificate ID: INE-CPT-3f9a71c2", 10, color="#555555", align="right")
    return c.finish()


# ============================================================================================
# Ghostscript (hand-written PostScript)
# ============================================================================================


def _b_ce_activity(folder: Path) -> Path:
    """Certification body's CE activity certificate: candidate ID beside the certificate ID."""
    w, h = LETTER_P
    d = _PS(w, h)
    d.rect(0, 0, w, 90, fill="#003b5c")
    d.text(54, 52, "GLOBAL IT CREDENTIALING ASSOCIATION", "sans-b", 16, color="#ffffff")
    d.text(54, 72, "Continuing Education Program", "sans", 10, color="#cfe3ee")
    d.text(54, 150, "CE Activity Certificate", "serif-b", 26)
    d.text(54, 180, "This certificate verifies completion of the continuing education", "sans", 11)
    d.text(54, 195, "activity below for the renewal of the certification named.", "sans", 11)
    rows = (
        ("Candidate", "Priya Raghunathan"),
        ("Candidate ID", "GITCA-00928341"),
        ("Certification", "SecurePro+ ce"),
        ("Activity", "Threat Intelligence and Hunting Bootcamp"),
        ("Activity provider", "Lanternfish Cyber Training"),
        ("Activity completion date", "January 30, 2025"),
        ("CEUs earned", "16"),
        ("Certificate ID", "CE-2501-88D2"),
    )
    y = 240.0
    for label, value in rows:
        d.rect(54, y - 15, w - 108, 24, fill="#f1f5f8" if label.startswith("C") else "#ffffff")
        d.text(64, y, label, "sans-b", 10.5, color="#333333")
        d.text(230, y, value, "sans", 10.5)
        d.line(54, y + 9, w - 54, y + 9, color="#c9d3dc", lw=0.5)
        y += 24
    d.signature(54, y + 40, 170, 44, "h17-gitca")
    d.line(54, y + 90, 250, y + 90)
    d.text(54, y + 104, "Director, Continuing Education", "sans", 9.5, color="#444444")
    d.text(
        w / 2,
        h - 40,
        "Retain this certificate for audit purposes for four years after renewal.",
        "sans-i",
        8.5,
        "center",
        "#666666",
    )
    return _ghostscript(d, folder / "h17-clean-ce-activity-gitca.pdf")


def _b_cpe_sig_labels(folder: Path) -> Path:
    """Chapter CPE certificate: the values sit above lines and their labels below."""
    w, h = LETTER_L
    d = _PS(w, h)
    d.rect(20, 20, w - 40, h - 40, stroke="#6a1b9a", lw=2.5)
    d.rect(28, 28, w - 56, h - 56, stroke="#ce93d8", lw=0.7)
    d.text(
        w / 2, 80, "INFORMATION SYSTEMS GOVERNANCE ASSOCIATION", "sans-b", 14, "center", "#6a1b9a"
    )
    d.text(w / 2, 98, "Harbor City Chapter", "sans", 11, "center", "#555555")
    d.text(w / 2, 160, "Certificate of Attendance", "palatino-b", 32, "center")
    d.text(w / 2, 200, "presented to", "palatino", 13, "center", "#444444")
    d.text(w / 2, 245, "Olumide Adeyemi-Clarke", "palatino", 30, "center")
    d.text(w / 2, 280, "for attending the chapter seminar", "palatino", 13, "center", "#444444")
    d.text(
        w / 2,
        315,
        "IT Risk Management in Practice: Governance Frameworks for Auditors",
        "palatino-b",
        18,
        "center",
        "#6a1b9a",
    )
    cols = (
        (150.0, "4–5 March 2025", "Event date(s)"),
        (396.0, "12 CPE hours", "CPE awarded"),
        (642.0, "ISGA-HC-2503-11458", "Certificate No."),
    )
    for x, value, label in cols:
        d.text(x, 400, value, "sans", 13, "center")
        d.line(x - 95, 410, x + 95, 410)
        d.text(x, 425, label, "sans", 9.5, "center", "#555555")
    d.signature(w / 2 - 85, 460, 170, 44, "h17-isga")
    d.line(w / 2 - 95, 512, w / 2 + 95, 512)
    d.text(w / 2, 527, "Chapter President", "sans", 9.5, "center", "#555555")
    return _ghostscript(d, folder / "h17-clean-cpe-isaca-like-sig-labels.pdf")


def _b_numeric_date(folder: Path) -> Path:
    """The only date is 03/04/2025, and nothing on the page settles day/month order."""
    w, h = A4_L
    d = _PS(w, h)
    d.rect(0, 0, w, h, fill="#fdfcf8")
    d.rect(36, 36, w - 72, h - 72, stroke="#8d6e63", lw=1.5)
    d.text(w / 2, 100, "COBALT RIDGE TRAINING", "gothic-d", 16, "center", "#37474f")
    d.text(w / 2, 165, "Certificate of Completion", "bookman-d", 30, "center")
    d.text(w / 2, 210, "awarded to", "bookman", 13, "center", "#444444")
    d.text(w / 2, 255, "Evelyn Marchbanks", "chancery", 38, "center")
    d.text(w / 2, 295, "for completing the workshop", "bookman", 13, "center", "#444444")
    d.text(
        w / 2,
        335,
        "Incident Handling and Digital Forensics Workshop",
        "bookman-d",
        20,
        "center",
        "#37474f",
    )
    d.text(w / 2, 370, "Duration: 7 hours", "bookman", 12, "center")
    d.text(120, 470, "Date: 03/04/2025", "bookman", 12)
    d.signature(w - 300, 430, 170, 44, "h17-cobalt")
    d.line(w - 310, 480, w - 110, 480)
    d.text(w - 210, 495, "Lead Trainer", "bookman", 10, "center", "#555555")
    d.text(w / 2, h - 60, "Certificate No. CRT-IH-4410", "sans", 9, "center", "#555555")
    return _ghostscript(d, folder / "h17-unclear-numeric-date-only.pdf")


def _b_netacad(folder: Path) -> Path:
    """Academy course certificate: the course sits inside the sentence; instructor named."""
    w, h = LETTER_L
    d = _PS(w, h)
    d.rect(0, 0, w, h, fill="#ffffff")
    d.rect(0, 0, w, 12, fill="#049fd9")
    d.rect(0, h - 12, w, 12, fill="#049fd9")
    d.text(60, 70, "Cisco Networking Academy", "sans-b", 18, color="#0d274d")
    d.text(w / 2, 140, "Certificate of Course Completion", "sans", 28, "center", "#0d274d")
    d.text(w / 2, 200, "Kwame Mensah-Boateng", "sans-b", 30, "center")
    d.text(
        w / 2,
        235,
        "has successfully achieved student level credential for completing",
        "sans",
        12.5,
        "center",
        "#333333",
    )
    d.text(
        w / 2,
        262,
        "CCNA: Switching, Routing, and Wireless Essentials",
        "sans-b",
        17,
        "center",
        "#0d274d",
    )
    d.text(
        w / 2,
        287,
        "course administered by the undersigned instructor. The student was able to proficiently:",
        "sans",
        12.5,
        "center",
        "#333333",
    )
    bullets = (
        "Configure VLANs, trunking and inter-VLAN routing in small switched networks.",
        "Configure redundancy on a switched network using STP and EtherChannel.",
        "Implement DHCPv4, DHCPv6 and first-hop redundancy protocols.",
        "Configure WLANs and port security to mitigate LAN attacks.",
    )
    y = 320.0
    for b in bullets:
        d.circle(200, y - 4, 2.2, fill="#333333")
        d.text(210, y, b, "sans", 11, color="#333333")
        y += 18
    blocks = (
        (160.0, "Lidia Marchetti", "Instructor"),
        (396.0, "Riverside Technical College", "Academy"),
        (632.0, "Feb 21, 2025", "Date"),
    )
    d.signature(95, 440, 130, 40, "h17-netacad")
    for x, value, label in blocks:
        d.text(x, 500, value, "sans", 12, "center")
        d.line(x - 100, 508, x + 100, 508)
        d.text(x, 522, label, "sans", 9.5, "center", "#555555")
    return _ghostscript(d, folder / "h17-clean-netacad-instructor.pdf")


def _b_cbt_scan_cut(folder: Path) -> Path:
    """A scan whose right edge was missed: the certificate ID loses its last characters."""
    name = "h17-unclear-scan-code-cut"

    def render(work: Path) -> Path:
        w, h = LETTER_L
        d = _PS(w, h)
        d.rect(0, 0, w, h, fill="#ffffff")
        d.rect(0, 0, w, 80, fill="#1f2a44")
        d.text(50, 50, "CBT Nuggets", "sans-b", 24, color="#ffffff")
        d.text(w / 2, 160, "Certificate of Completion", "serif-b", 32, "center")
        d.text(w / 2, 205, "This certifies that", "serif", 14, "center", "#444444")
        d.text(w / 2, 250, "Wilhelmina Achebe-Stroud", "serif", 30, "center")
        d.text(w / 2, 290, "has completed the training", "serif", 14, "center", "#444444")
        d.text(w / 2, 330, "Network Automation with Python and Ansible", "serif-b", 22, "center")
        d.text(w / 2, 365, "November 29, 2024  ·  Training hours: 18", "serif", 13, "center")
        d.signature(70, 450, 170, 44, "h17-cbt")
        d.line(70, 500, 260, 500)
        d.text(70, 515, "VP, Learning", "sans", 10, color="#555555")
        d.text(w - 26, 575, "Certificate ID: CBTN-7F3K-Q28M-5XD1", "sans", 11, "right")
        return _ghostscript(d, work / "src.pdf")

    return _scanned(render, name, folder, dpi=150, angle=-0.4, gray=True, keep_right=0.93)


# ============================================================================================
# The set
# ============================================================================================


def _e(
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None,
    review: bool,
    credits: tuple[float, str] | None = None,
) -> Expected:
    return Expected(course, start, end, code, learner, issuer, review, credits)


HOLDOUT_CASES: list[Case] = [
    # ---------------------------------------------------------------- Chromium
    Case(
        "h17-clean-encor-partner-range",
        _e(
            "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
            "2024-10-07",
            "2024-10-11",
            "NGA-24-ENCOR-10873",
            "Ingrid Castellanos",
            "Cisco Learning Partner",
            False,
            (64.0, "CE"),
        ),
        _b_encor_partner,
        "Learning-partner completion, name largest; range 'October 7–11, 2024' with an en dash; "
        "instructor's CCSI number is a second number-like code.",
    ),
    Case(
        "h17-clean-coursera-verify",
        _e(
            "Data Engineering Foundations: Pipelines, Warehouses and Lakes",
            None,
            "2024-11-18",
            "8KJ2MZQ4XW7L",
            "Arjun Venkataraman",
            "Coursera",
            False,
        ),
        _b_coursera,
        "MOOC certificate: date above the name, code only inside the verify URL, a university "
        "and a professor's name near the course.",
    ),
    Case(
        "h17-tricky-linkedin-allcaps-name",
        _e(
            "Threat Modeling for Developers",
            None,
            "2025-03-05",
            "AbX7kPq2LmN9zR4tWc",
            "SIOBHAN O'NEILL",
            "LinkedIn Learning",
            False,
            (1.5, "CPE"),
        ),
        _b_linkedin_caps,
        "Name written 'Siobhan O'Neill' in the HTML but printed in capitals by CSS "
        "text-transform (the PDF text is upper case); date with a time and 'UTC'; a sponsor ID.",
    ),
    Case(
        "h17-tricky-conference-session-list",
        _e(
            "CloudSec Summit Europe 2025",
            "2025-06-03",
            "2025-06-05",
            "CSSE-2025-C-09312",
            "Tomás de la Fuente Ortega",
            None,
            False,
            (14.5, "CPE"),
        ),
        _b_conference,
        "Conference attendance; 'de la' particle; badge ID beside the certificate number; page 2 "
        "lists eleven sessions with their own dates and per-session CPE.",
    ),
    Case(
        "h17-tricky-title-three-lines",
        _e(
            "Designing and Implementing Hybrid Identity, Access Management and Governance "
            "Solutions for Enterprise Workloads (AZI-305)",
            None,
            "2025-01-24",
            "AZI-305-7TQ4-X9M2",
            "Benedikt Achterberg",
            None,
            False,
            (32.0, "hours"),
        ),
        _b_title_three_lines,
        "Course title wraps over three lines in a narrow column, with its code at the end; the "
        "credential ID repeats the course code.",
    ),
    Case(
        "h17-unclear-two-completion-dates",
        _e(
            "Endpoint Detection and Response Operations",
            None,
            "2025-04-14",
            "HSA-EDR-55120",
            "Marcus Abernathy",
            None,
            True,
        ),
        _b_two_dates,
        "Sentence says completed on April 14, 2025; the details table says completion date "
        "2025-04-21. A human must check which is right.",
    ),
    Case(
        "h17-clean-es-scrum",
        _e(
            "Gestión Ágil de Proyectos con Scrum y Kanban",
            None,
            "2025-02-12",
            "AGX-2025-0457",
            "María José Ibáñez Herrera",
            None,
            False,
            (20.0, "hours"),
        ),
        _b_es_scrum,
        "Spanish: 'Fecha de finalización: 12 de febrero de 2025', 'Duración: 20 horas', "
        "'Código de verificación'.",
    ),
    Case(
        "h17-tricky-udemy-text-shadow",
        _e(
            "Python for Network Automation with Netmiko, NAPALM and Nornir",
            None,
            "2025-01-08",
            "UC-7d3e9a41-52bc-4f18-9e07-3c1b6f2a8d54",
            "Hannah Kowalczyk",
            "Udemy",
            False,
            (14.5, "hours"),
        ),
        _b_udemy_shadow,
        "Course title largest with a CSS text-shadow; instructors' names above the learner; "
        "'Date Jan. 8, 2025' and 'Length 14.5 total hours' as label/value without colons; "
        "'Reference Number: 0004' is not the code.",
    ),
    Case(
        "h17-clean-uk-kiberbezpeka",
        _e(
            "Основи кібербезпеки для керівників",
            None,
            "2025-03-21",
            "UA-KB-2025-0871",
            "Олена Василівна Гребенюк",
            None,
            False,
            (30.0, "hours"),
        ),
        _b_uk,
        "Ukrainian: course in «guillemets», 'Дата видачі: 21 березня 2025 р.', "
        "'Обсяг: 30 годин'; the director's initials are another name.",
    ),
    # ---------------------------------------------------------------- WeasyPrint
    Case(
        "h17-clean-cpe-iso-date-nguyen",
        _e(
            "Cloud Incident Response Fundamentals",
            None,
            "2024-11-05",
            "ISCC-CPE-24110582",
            "Nguyễn Thị Minh Anh",
            None,
            False,
            (8.0, "CPE"),
        ),
        _b_cpe_iso,
        "Label/value sheet: 'Completed: 2024-11-05' ISO date, Vietnamese name with stacked "
        "diacritics, a numeric member ID beside the certificate number, '8.00 (Group A)'.",
    ),
    Case(
        "h17-clean-university-ceu-transcript",
        _e(
            "Project Management Essentials",
            "2024-09-09",
            "2024-12-02",
            "LSU-PCS-2024-01877",
            "Priscilla Oyelaran-Booth",
            None,
            False,
            (2.4, "CEU"),
        ),
        _b_university_ceu,
        "University continuing education: range across months, '2.4 Continuing Education Units "
        "(CEUs)'; page 2 transcript with four module date ranges and 0.6 CEU each.",
    ),
    Case(
        "h17-clean-de-linux-schulung",
        _e(
            "Linux-Systemadministration II (LX-202)",
            "2025-03-10",
            "2025-03-14",
            "LXA-2025-03-1187",
            "Jan-Hendrik van der Meulen",
            None,
            False,
            (40.0, "hours"),
        ),
        _b_de_linux,
        "German: 'Herr' on its own line above the name with 'van der'; 'vom 10. bis 14. März "
        "2025'; 'Dauer: 5 Tage (40 Stunden)'; number only in the page footer.",
    ),
    Case(
        "h17-tricky-firewall-footer-small-print",
        _e(
            "Perimeter Firewall 11: Essentials – Configuration and Management (PFE-210)",
            None,
            "2025-04-02",
            "BNE-PFE210-0X7K3",
            "Yusuf Demirtaş",
            None,
            False,
        ),
        _b_firewall_footer,
        "Title with a colon and an en dash; footer small print carries 'Issued', 'Valid through' "
        "and 'Printed on' dates besides the completion date.",
    ),
    Case(
        "h17-unclear-ce-credits-conflict",
        _e(
            "Advanced Wireless Network Security Workshop",
            None,
            "2025-01-16",
            "TCA-CE-2501-4471",
            "Dmitri Halvorsen",
            None,
            True,
            (8.0, "CEU"),
        ),
        _b_credits_conflict,
        "Banner says 'Earn 12 CEUs', the table says 'CEUs awarded: 8'. Expected credits follow "
        "the 'awarded' row, but a human must check.",
    ),
    Case(
        "h17-clean-scan-fr-attestation",
        _e(
            "Sécurité des réseaux sans fil",
            "2024-11-18",
            "2024-11-20",
            "IVN-2024-3316",
            "Amélie Rousseau-Lefèvre",
            None,
            False,
            (21.0, "hours"),
        ),
        _b_fr_scan,
        "Image-only scan (220 dpi, grey, slight tilt) of a French attestation: 'du 18 au 20 "
        "novembre 2024', 'Durée : 21 heures', 'N° d'attestation'.",
    ),
    # ---------------------------------------------------------------- LibreOffice
    Case(
        "h17-tricky-letter-ansible",
        _e(
            "Automating Linux Administration with Ansible (RO-294)",
            None,
            "2025-03-27",
            "ROS-TR-2025-0612",
            "Chiara Bellandi-Moretti",
            None,
            False,
            (32.0, "hours"),
        ),
        _b_letter_ansible,
        "Left-aligned letter (ODT): 'Date: 28 March 2025' is the letter's date, the sentence "
        "says completed 'on 27 March 2025'; the code is a 'Reference'.",
    ),
    Case(
        "h17-clean-pt-nuvem",
        _e(
            "Fundamentos de Computação em Nuvem",
            None,
            "2025-01-15",
            "NVM-4F7A-92C1",
            "João Pedro Magalhães",
            None,
            False,
            (16.0, "hours"),
        ),
        _b_pt_nuvem,
        "Portuguese (DOCX): 'com carga horária de 16 horas, em 15 de janeiro de 2025', "
        "'Código de validação'.",
    ),
    Case(
        "h17-clean-cloud-table-expiry",
        _e(
            "Architecting Resilient Workloads on Skyward Cloud",
            None,
            "2025-02-19",
            "SCT-ARC300-250219-0093",
            "Emeka Obi-Nwosu",
            None,
            False,
            (24.0, "hours"),
        ),
        _b_cloud_table,
        "Two-column table (DOCX) with 'Date:' and 'Expiry date:' rows; the course code sits in "
        "its own row and is not part of the title.",
    ),
    Case(
        "h17-unclear-two-learner-names",
        _e(
            "Business Intelligence Dashboards with Tabular Models",
            None,
            "2025-05-09",
            "QLA-BI-09412",
            "Daniel Ferreira",
            None,
            True,
        ),
        _b_two_names,
        "Headline name 'Daniel Ferreira', sentence name 'Daniela Ferreira-Costa' (ODT).",
    ),
    Case(
        "h17-clean-scan-sv-kursintyg",
        _e(
            "Ledarskap i förändring",
            None,
            "2025-05-16",
            "SE-KI-20250516-044",
            "Åsa Lindqvist",
            None,
            False,
            (12.0, "hours"),
        ),
        _b_sv_scan,
        "Image-only scan (160 dpi, tilted the other way) of a Swedish course certificate from "
        "ODT: 'Genomförd: 2025-05-16', 'Omfattning: 12 timmar', 'Intygsnummer'.",
    ),
    # ---------------------------------------------------------------- cairo
    Case(
        "h17-tricky-double-layer-issued-on",
        _e(
            "Secure SD-WAN Deployment and Troubleshooting",
            None,
            "2025-01-14",
            "FNSI-8Q2M-77KD",
            "Kenji Armitage-Sato",
            None,
            False,
        ),
        _b_double_layer,
        "Course title drawn twice 0.6 pt apart (faux bold), so the text layer holds it twice; "
        "the only date is 'Issued on 14 January 2025'.",
    ),
    Case(
        "h17-clean-scan-pluralsight",
        _e(
            "Securing ASP.NET Core 8 Web APIs",
            None,
            "2025-02-27",
            None,
            "Tobias Engqvist",
            "Pluralsight",
            False,
        ),
        _b_pluralsight_scan,
        "Image-only colour scan (300 dpi) of a cairo certificate; no code printed; an author's "
        "name under the date.",
    ),
    Case(
        "h17-clean-cisco-u-cbrops",
        _e(
            "Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.2",
            None,
            "2025-06-12",
            "CU-8842-19FA-77C3",
            "Haruto Whitfield-Mori",
            "Cisco U.",
            False,
            (30.0, "CE"),
        ),
        _b_cisco_u,
        "Title wrapped by cairo onto two lines; 'Completed June 12, 2025' without a colon; "
        "'Continuing Education credits: 30'.",
    ),
    Case(
        "h17-tricky-letterspaced-routing",
        _e(
            "Advanced Routing with EvoOS (ERA-ARE) v2.1",
            "2024-12-02",
            "2024-12-04",
            "ERA-24-ARE-3381",
            "Luca Di Stefano",
            None,
            False,
        ),
        _b_letterspaced,
        "Letter-spaced headings drawn glyph by glyph; range '2–4 December 2024'; the end date "
        "again above a line labelled 'Date' underneath; 'Di' particle.",
    ),
    Case(
        "h17-unclear-course-name-mismatch",
        _e(
            "Cloud Penetration Testing Professional",
            None,
            "2025-07-02",
            "INE-CPT-3f9a71c2",
            "Olamide Fashola",
            "INE",
            True,
        ),
        _b_course_mismatch,
        "Headline says 'Cloud Penetration Testing Professional', the sentence says 'the Azure "
        "Cloud Penetration Testing learning path'.",
    ),
    # ---------------------------------------------------------------- Ghostscript
    Case(
        "h17-clean-ce-activity-gitca",
        _e(
            "Threat Intelligence and Hunting Bootcamp",
            None,
            "2025-01-30",
            "CE-2501-88D2",
            "Priya Raghunathan",
            None,
            False,
            (16.0, "CEU"),
        ),
        _b_ce_activity,
        "CE activity certificate as a label/value list: candidate ID and certification name "
        "('SecurePro+ ce') beside the activity; 'CEUs earned: 16'.",
    ),
    Case(
        "h17-clean-cpe-isaca-like-sig-labels",
        _e(
            "IT Risk Management in Practice: Governance Frameworks for Auditors",
            "2025-03-04",
            "2025-03-05",
            "ISGA-HC-2503-11458",
            "Olumide Adeyemi-Clarke",
            None,
            False,
            (12.0, "CPE"),
        ),
        _b_cpe_sig_labels,
        "Values above lines with their labels underneath ('4–5 March 2025' / 'Event date(s)', "
        "'12 CPE hours' / 'CPE awarded', the number / 'Certificate No.').",
    ),
    Case(
        "h17-unclear-numeric-date-only",
        _e(
            "Incident Handling and Digital Forensics Workshop",
            None,
            "2025-03-04",
            "CRT-IH-4410",
            "Evelyn Marchbanks",
            None,
            True,
            (7.0, "hours"),
        ),
        _b_numeric_date,
        "The only date is 'Date: 03/04/2025' with no locale cue (US reading given as expected); "
        "name in a script font.",
    ),
    Case(
        "h17-clean-netacad-instructor",
        _e(
            "CCNA: Switching, Routing, and Wireless Essentials",
            None,
            "2025-02-21",
            None,
            "Kwame Mensah-Boateng",
            "Cisco Networking Academy",
            False,
        ),
        _b_netacad,
        "Course named inside the sentence on its own bold line; instructor, academy and date "
        "above lines with labels under them; no code printed.",
    ),
    Case(
        "h17-unclear-scan-code-cut",
        _e(
            "Network Automation with Python and Ansible",
            None,
            "2024-11-29",
            None,
            "Wilhelmina Achebe-Stroud",
            "CBT Nuggets",
            True,
            (18.0, "hours"),
        ),
        _b_cbt_scan_cut,
        "Image-only scan (150 dpi) that lost the right 7% of the sheet: the certificate ID "
        "'CBTN-7F3K-Q28M-5XD1' is cut mid-code, so no full code can be read (expected None).",
    ),
]
