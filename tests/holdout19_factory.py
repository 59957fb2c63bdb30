"""Blind held-out set 19: 24 training-completion certificates, written blind (without looking at
the extractor), with an emphasis on security and cloud vendor trainings (firewall, SD-WAN,
cloud architect courses), CPE certificates from professional associations, self-paced
e-learning with an "Issued on" date only, and instructor-led classes whose date range is
printed in many styles ("14–18 July 2025", "07/14/2025 - 07/18/2025" on a US certificate,
"2025-07-14 to 2025-07-18", "Monday, July 14 through Friday, July 18, 2025", "14.–18. Juli
2025", "du 14 au 18 juillet 2025", "van 10 t/m 14 maart 2025", "de 14 a 18 de julho de 2025").

Other features: learner names printed in capitals, titles with a course code in parentheses and
a version, a transcript page listing several modules with their own dates under one program,
a "Valid until" date that is not a course date, a German certificate with a date of birth,
a Coursera certificate whose code appears only in its verify URL.

Producers: headless Chromium 6, WeasyPrint 5, LibreOffice 5 (3 flat ODF, 2 Word), cairo 4,
Ghostscript 4.  Three of the 24 are image-only scans without a text layer (one Chromium
page, one cairo page, one Ghostscript page, scanned with `scans.scan_rendered`).

Languages: 20 in English, one each in German, French, Dutch and Portuguese.

Unclear on purpose (needs_review=True, 4): h19-cr-ine-two-codes (two different codes both
labelled as the certificate's), h19-wp-ciscou-title-mismatch (the title printed differently
in the heading and in the details table), h19-lo-odt-reversed-range (a date range whose end
is before its start), h19-gs-scan-name-cut (the learner's name runs off the scanned page).
Their expected values give what is printed, or None where a value cannot be decided.

All people, companies, training centres, chapters, instructors and codes are invented.
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
    _t,
    _weasy,
)
from scans import scan_rendered

from certfactory import Case, Expected

_scanned = functools.partial(scan_rendered, prefix="h19-scan:")

# --------------------------------------------------------------------------------------------
# Headless Chromium (6, one of them scanned)
# --------------------------------------------------------------------------------------------

_CISCOU_CSS = """
@page { size: 297mm 210mm; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1b2733 }
.page { width: 297mm; height: 210mm; box-sizing: border-box; position: relative;
  background: linear-gradient(135deg, #ffffff 0%, #f2f7fb 100%) }
.band { position: absolute; left: 0; top: 0; bottom: 0; width: 14mm; background: #049fd9 }
.band2 { position: absolute; left: 14mm; top: 0; bottom: 0; width: 3mm; background: #0d274d }
.inner { position: absolute; left: 34mm; right: 24mm; top: 20mm; text-align: center }
.brand { font-size: 15pt; font-weight: bold; letter-spacing: 3px; color: #0d274d }
.kicker { margin-top: 14mm; font-size: 11pt; letter-spacing: 5px; text-transform: uppercase;
  color: #5a6b7b }
.name { margin-top: 6mm; font-size: 30pt; font-family: 'DejaVu Serif', serif; color: #0d274d }
.rule { width: 120mm; margin: 4mm auto; border-top: 1px solid #9fb4c7 }
.lead { font-size: 11pt; color: #4a5a6a }
.course { margin-top: 4mm; font-size: 19pt; font-weight: bold; color: #049fd9 }
.meta { margin: 12mm auto 0; display: grid; grid-template-columns: repeat(3, 1fr);
  width: 210mm; font-size: 10pt }
.meta div span { display: block; font-size: 7.5pt; letter-spacing: 2px; color: #7a8a99;
  text-transform: uppercase; margin-bottom: 1.5mm }
.foot { position: absolute; left: 34mm; right: 24mm; bottom: 12mm; font-size: 7.5pt;
  color: #7a8a99; display: flex; justify-content: space-between; align-items: flex-end }
"""

_CISCOU_BODY = """
<div class="page"><div class="band"></div><div class="band2"></div>
<div class="inner">
  <div class="brand">CISCO U.</div>
  <div class="kicker">Certificate of Completion</div>
  <div class="name">Ingrid Solheim-Varga</div>
  <div class="rule"></div>
  <div class="lead">has successfully completed the Cisco U. course</div>
  <div class="course">Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0</div>
  <div class="meta">
    <div><span>Completion date</span>March 12, 2025</div>
    <div><span>Continuing Education Credits</span>32</div>
    <div><span>Credential ID</span>CU-7Q4K-2M9X-81</div>
  </div>
</div>
<div class="foot">
  <div>$sig<br>Director, Cisco U. Learning Programs</div>
  <div>Verify this credential at u.cisco.com/verify &middot; Credential ID CU-7Q4K-2M9X-81</div>
</div></div>
"""


def _cr_ciscou_sdwan(folder: Path) -> Path:
    body = _t(_CISCOU_BODY, sig=_signature_svg("h19-ciscou", 170, 44))
    return _chromium(_html(_CISCOU_CSS, body), folder / "h19-cr-ciscou-sdwan.pdf", "297mm", "210mm")


_CHAPTER_CSS = """
body { margin: 0; font-family: 'Nimbus Sans', 'DejaVu Sans', sans-serif; color: #222 }
.page { width: 8.5in; height: 11in; display: flex }
.side { width: 2.3in; background: #23395b; color: #e8eef6; padding: 0.6in 0.3in;
  box-sizing: border-box; font-size: 9pt; line-height: 1.5 }
.side h3 { font-size: 10pt; letter-spacing: 2px; text-transform: uppercase; color: #9cc3ff;
  margin: 0 0 6px }
.side p { margin: 0 0 18px }
.main { flex: 1; padding: 0.9in 0.6in; box-sizing: border-box }
.org { font-size: 11pt; font-weight: bold; color: #23395b }
.org small { display: block; font-weight: normal; color: #666; font-size: 9pt }
h1 { font-size: 26pt; margin: 0.7in 0 0.1in; font-weight: normal; color: #23395b }
.sub { font-size: 10pt; color: #555; letter-spacing: 1px }
.who { font-size: 22pt; margin: 0.45in 0 0.1in; border-bottom: 1px solid #aaa;
  padding-bottom: 6px }
.txt { font-size: 11pt; line-height: 1.6 }
table { margin-top: 0.35in; border-collapse: collapse; font-size: 10.5pt }
td { padding: 5px 14px 5px 0; vertical-align: top }
td.k { color: #666; width: 1.6in }
.sign { margin-top: 0.7in; font-size: 9pt; color: #444 }
"""

_CHAPTER_BODY = """
<div class="page">
<div class="side">
  <h3>Chapter</h3><p>Greater Lakeshore Chapter<br>Information Systems Security
  Professionals Association</p>
  <h3>Meeting</h3><p>Monthly chapter meeting<br>Harbor Point Conference Center<br>
  Milwaukee, WI</p>
  <h3>Record keeping</h3><p>Retain this certificate for at least three years in case
  your certifying body audits your CPE submissions.</p>
</div>
<div class="main">
  <div class="org">Greater Lakeshore Chapter<small>Information Systems Security
  Professionals Association</small></div>
  <h1>CPE Certificate of Attendance</h1>
  <div class="sub">Continuing Professional Education</div>
  <div class="who">Delphine Okoro-Marsh</div>
  <div class="txt">attended the chapter meeting presentation</div>
  <table>
    <tr><td class="k">Presentation</td><td><b>Cloud Incident Response: Lessons from the
    Field</b></td></tr>
    <tr><td class="k">Speaker</td><td>Anders Kvist, Principal Responder</td></tr>
    <tr><td class="k">Date</td><td>January 16, 2025</td></tr>
    <tr><td class="k">CPE hours</td><td>2.0</td></tr>
    <tr><td class="k">Domain</td><td>Security Operations</td></tr>
    <tr><td class="k">Certificate No.</td><td>GLC-2501-0147</td></tr>
  </table>
  <div class="sign">$sig<br>Harriet Bloomfield, Chapter Education Director</div>
</div></div>
"""


def _cr_chapter_cpe(folder: Path) -> Path:
    body = _t(_CHAPTER_BODY, sig=_signature_svg("h19-chapter", 180, 46))
    return _chromium(_html(_CHAPTER_CSS, body), folder / "h19-cr-chapter-cpe.pdf", "8.5in", "11in")


_US_ILT_CSS = """
body { margin: 0; font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; color: #1f2a36 }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.45in;
  background: #fff }
.frame { border: 3px double #0d274d; height: 100%; box-sizing: border-box;
  padding: 0.35in 0.55in; position: relative }
.top { display: flex; justify-content: space-between; font-size: 9pt; color: #555 }
.top b { color: #0d274d; font-size: 12pt; display: block }
h1 { text-align: center; font-size: 30pt; margin: 0.35in 0 0; letter-spacing: 2px;
  color: #0d274d }
.presented { text-align: center; font-size: 11pt; margin-top: 0.18in; color: #555 }
.name { text-align: center; font-size: 26pt; margin-top: 0.1in; font-family: 'P052', serif }
.course { text-align: center; font-size: 15pt; margin-top: 0.2in; font-weight: bold }
.grid { display: grid; grid-template-columns: 1.3in 3in 1.3in 2.4in; gap: 6px 10px;
  margin: 0.35in auto 0; width: 8.4in; font-size: 10pt }
.grid .k { color: #6a7684; text-align: right }
.bottom { position: absolute; left: 0.55in; right: 0.55in; bottom: 0.3in; display: flex;
  justify-content: space-between; align-items: flex-end; font-size: 8.5pt; color: #555 }
"""

_US_ILT_BODY = """
<div class="page"><div class="frame">
  <div class="top">
    <div><b>Lone Star Network Training, Inc.</b>Cisco Learning Partner<br>
    4800 Riverside Dr., Suite 210, Austin, TX 78741 &middot; (512) 555-0143</div>
    <div style="text-align:right">Instructor-led class<br>Central Time (CST)</div>
  </div>
  <h1>Certificate of Completion</h1>
  <div class="presented">This certifies that</div>
  <div class="name">Kevin J. Albright</div>
  <div class="presented">has successfully completed the authorized Cisco course</div>
  <div class="course">Securing Networks with Cisco Firepower Next-Generation Firewall
  (SSNGFW) v1.0</div>
  <div class="grid">
    <div class="k">Class dates:</div><div>07/14/2025 - 07/18/2025</div>
    <div class="k">Location:</div><div>Austin, TX (in person)</div>
    <div class="k">Instructor:</div><div>Ray Dominguez, CCSI #34127</div>
    <div class="k">Certificate #:</div><div>LP-US-250714-0392</div>
    <div class="k">Cisco CE credits:</div><div>40</div>
    <div class="k">Class ID:</div><div>ATX-SSNGFW-2529</div>
  </div>
  <div class="bottom">
    <div>$sig<br>Training Manager</div>
    <div>$seal</div>
  </div>
</div></div>
"""


def _cr_us_ilt_ngfw(folder: Path) -> Path:
    body = _t(
        _US_ILT_BODY,
        sig=_signature_svg("h19-lonestar", 180, 44),
        seal=_seal_svg(80, "#0d274d"),
    )
    return _chromium(_html(_US_ILT_CSS, body), folder / "h19-cr-us-ilt-ngfw.pdf", "11in", "8.5in")


_COURSERA_CSS = """
body { margin: 0; font-family: 'Nimbus Sans', 'DejaVu Sans', sans-serif; color: #1f1f1f }
.page { width: 11in; height: 8.5in; position: relative; box-sizing: border-box;
  padding: 0.8in 0.9in; border-top: 10px solid #0056d2 }
.logo { font-size: 24pt; font-weight: bold; color: #0056d2; letter-spacing: -0.5px }
.date { margin-top: 0.6in; font-size: 12pt }
.name { margin-top: 0.2in; font-size: 30pt; font-weight: bold }
.done { margin-top: 0.2in; font-size: 12pt; color: #555 }
.course { margin-top: 0.12in; font-size: 22pt; width: 6.3in; line-height: 1.2 }
.auth { margin-top: 0.25in; width: 5.6in; font-size: 10pt; color: #555; line-height: 1.5 }
.sig { position: absolute; left: 0.9in; bottom: 0.8in; font-size: 9pt; color: #444 }
.ribbon { position: absolute; right: 0.9in; top: 0; width: 2.2in; height: 4.4in;
  background: #f3f6fb; text-align: center; padding-top: 1.3in; box-sizing: border-box;
  font-size: 10pt; letter-spacing: 2px; color: #0056d2 }
.verify { position: absolute; right: 0.9in; bottom: 0.6in; font-size: 8.5pt; color: #555;
  text-align: right; width: 3.8in; line-height: 1.5 }
"""

_COURSERA_BODY = """
<div class="page">
  <div class="logo">coursera</div>
  <div class="date">Apr 22, 2025</div>
  <div class="name">Tomasz Wierzbicki</div>
  <div class="done">has successfully completed</div>
  <div class="course">Architecting Secure Hybrid Cloud Networks</div>
  <div class="auth">an online non-credit course authorized by Northgate Institute of
  Technology and offered through Coursera</div>
  <div class="sig">$sig<br>Dr. Elena Marchetti<br>Associate Professor, Department of Computer
  Engineering<br>Northgate Institute of Technology</div>
  <div class="ribbon">COURSE<br>CERTIFICATE<br><br>$seal</div>
  <div class="verify">Verify at:<br>https://coursera.org/verify/K7PZ3QWX9TLM<br>Coursera
  has confirmed the identity of this individual and their participation in the course.</div>
</div>
"""


def _cr_coursera(folder: Path) -> Path:
    body = _t(
        _COURSERA_BODY,
        sig=_signature_svg("h19-coursera", 170, 44, "#222"),
        seal=_seal_svg(90, "#0056d2"),
    )
    return _chromium(
        _html(_COURSERA_CSS, body), folder / "h19-cr-coursera-verify.pdf", "11in", "8.5in"
    )


_INE_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #e9edf2 }
.page { width: 297mm; height: 210mm; background: #10151c; position: relative;
  box-sizing: border-box; padding: 18mm 22mm }
.head { display: flex; justify-content: space-between; align-items: flex-start }
.logo { font-size: 30pt; font-weight: bold; letter-spacing: 4px; color: #ff6b2c }
.id { text-align: right; font-size: 9pt; color: #a9b4c0 }
.id b { display: block; font-size: 12pt; color: #fff; letter-spacing: 1px }
.title { margin-top: 18mm; font-size: 11pt; letter-spacing: 6px; color: #ff6b2c;
  text-transform: uppercase }
.name { font-size: 32pt; margin-top: 4mm }
.txt { font-size: 11pt; margin-top: 6mm; color: #a9b4c0 }
.course { font-size: 20pt; margin-top: 2mm; font-weight: bold }
.row { display: flex; gap: 22mm; margin-top: 12mm; font-size: 10.5pt }
.row span { display: block; font-size: 7.5pt; color: #8190a0; letter-spacing: 2px;
  text-transform: uppercase }
.foot { position: absolute; left: 22mm; right: 22mm; bottom: 12mm; border-top: 1px solid #333c47;
  padding-top: 4mm; font-size: 8pt; color: #8190a0; display: flex;
  justify-content: space-between }
"""

_INE_BODY = """
<div class="page">
  <div class="head"><div class="logo">INE</div>
  <div class="id">Certificate ID<b>INE-CA-448120</b></div></div>
  <div class="title">Certificate of Completion</div>
  <div class="name">Rasmus Lindqvist</div>
  <div class="txt">has completed the learning path</div>
  <div class="course">Cloud Architect: Designing Secure Azure Networks</div>
  <div class="row">
    <div><span>Completed</span>June 30, 2025</div>
    <div><span>Instructor</span>Tariq Haddad</div>
    <div><span>Format</span>On-demand video and labs</div>
  </div>
  <div class="foot"><div>INE &middot; Cary, North Carolina &middot; ine.com</div>
  <div>Certificate number: 7F3D-20A9-C1 &middot; validate at ine.com/certificates</div></div>
</div>
"""


def _cr_ine_two_codes(folder: Path) -> Path:
    return _chromium(
        _html(_INE_CSS, _INE_BODY), folder / "h19-cr-ine-two-codes.pdf", "297mm", "210mm"
    )


_LINKEDIN_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #191919 }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.7in 0.9in;
  position: relative; background: #fff }
.logo { font-size: 18pt; font-weight: bold; color: #0a66c2 }
.cert { margin-top: 0.7in; font-size: 13pt; letter-spacing: 1px; color: #555 }
.congrats { margin-top: 0.25in; font-size: 28pt }
.course { margin-top: 0.35in; font-size: 22pt; font-weight: bold; width: 7in; line-height: 1.25 }
.when { margin-top: 0.3in; font-size: 12pt; color: #444 }
.skills { margin-top: 0.3in; font-size: 10.5pt; color: #555 }
.foot { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.6in; font-size: 10pt;
  color: #555; display: flex; justify-content: space-between; align-items: flex-end }
"""

_LINKEDIN_BODY = """
<div class="page">
  <div class="logo">LinkedIn Learning</div>
  <div class="cert">Certificate of Completion</div>
  <div class="congrats">Congratulations, Hannah Oyelaran</div>
  <div class="course">Zero Trust Network Access for Cloud Architects</div>
  <div class="when">Course completed on Feb 11, 2025 at 09:47AM UTC</div>
  <div class="skills">Top skills covered: Zero Trust Architecture &middot; Cloud Security</div>
  <div class="foot"><div>$sig<br>Head of Content Strategy, Learning</div>
  <div>LinkedIn Learning<br>1000 W Maude Ave<br>Sunnyvale, CA 94085</div>
  <div style="text-align:right">Certificate ID: AdK7wMqz4RtH3nVb</div></div>
</div>
"""


def _linkedin_render(folder: Path) -> Path:
    body = _t(_LINKEDIN_BODY, sig=_signature_svg("h19-linkedin", 170, 44, "#333"))
    return _chromium(_html(_LINKEDIN_CSS, body), folder / "src.pdf", "11in", "8.5in")


def _cr_scan_linkedin(folder: Path) -> Path:
    return _scanned(_linkedin_render, "h19-cr-scan-linkedin", folder, angle=-0.6, dpi=200)


# --------------------------------------------------------------------------------------------
# WeasyPrint (5)
# --------------------------------------------------------------------------------------------

_UDEMY_CSS = """
@page { size: 297mm 210mm; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1c1d1f }
.page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 16mm 20mm;
  position: relative }
.logo { font-size: 22pt; font-weight: bold; color: #a435f0 }
.no { position: absolute; right: 20mm; top: 16mm; text-align: right; font-size: 8.5pt;
  color: #555; line-height: 1.6 }
.label { margin-top: 30mm; font-size: 10pt; letter-spacing: 2px; color: #6a6f73 }
.course { font-size: 28pt; font-weight: bold; margin-top: 4mm; width: 220mm; line-height: 1.2 }
.instr { margin-top: 6mm; font-size: 11pt }
.name { position: absolute; left: 20mm; bottom: 40mm; font-size: 26pt; font-weight: bold }
.meta { position: absolute; left: 20mm; bottom: 24mm; font-size: 11pt; color: #333 }
"""

_UDEMY_BODY = """
<div class="page">
  <div class="logo">udemy</div>
  <div class="no">Certificate no: UC-4f2a9c1e-7b3d-4e8a-9c2f-1a6b5d8e3f07<br>
  Certificate url: ude.my/UC-4f2a9c1e-7b3d-4e8a-9c2f-1a6b5d8e3f07<br>Reference Number: 0004</div>
  <div class="label">CERTIFICATE OF COMPLETION</div>
  <div class="course">SD-WAN from Zero to Hero: Design, Deploy and Troubleshoot</div>
  <div class="instr">Instructors <b>Marek Szabo, Ines Duarte</b></div>
  <div class="name">Lucía Fernández Ortega</div>
  <div class="meta">Date <b>Jan. 29, 2025</b></div>
</div>
"""


def _wp_udemy(folder: Path) -> Path:
    return _weasy(_html(_UDEMY_CSS, _UDEMY_BODY), folder / "h19-wp-udemy-sdwan.pdf")


_SKILLSOFT_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-center { content: "Skillsoft Percipio learning transcript \\00B7  page "
  counter(page); font-size: 7.5pt; color: #888 } }
body { font-family: 'Nimbus Sans', 'DejaVu Sans', sans-serif; color: #222; font-size: 10pt }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #0a8f5a;
  padding-bottom: 4mm }
.hd .l { font-size: 18pt; font-weight: bold; color: #0a8f5a }
.hd .r { text-align: right; font-size: 8.5pt; color: #555; line-height: 1.5 }
h1 { font-size: 15pt; margin: 8mm 0 2mm }
dl { display: grid; grid-template-columns: 42mm 1fr; gap: 2mm 4mm; margin: 4mm 0 }
dt { color: #666 }
dd { margin: 0; font-weight: bold }
table { width: 100%; border-collapse: collapse; margin-top: 6mm; font-size: 9.5pt }
th { text-align: left; background: #e8f4ee; padding: 2mm; border-bottom: 1px solid #9bc9b2 }
td { padding: 2mm; border-bottom: 1px solid #ddd }
.note { margin-top: 8mm; font-size: 8.5pt; color: #666; line-height: 1.5 }
"""

_SKILLSOFT_MODULES = (
    ("1", "Cloud Architecture Principles and the Well-Architected Framework", "3 Mar 2025"),
    ("2", "Designing Resilient Multi-Tier Architectures", "10 Mar 2025"),
    ("3", "Securing VPCs: Security Groups, NACLs and Network Firewall", "19 Mar 2025"),
    ("4", "Identity Federation and Least-Privilege Access", "27 Mar 2025"),
    ("5", "Cost-Optimised Storage and Data Lifecycle Design", "4 Apr 2025"),
    ("6", "Capstone: Architecture Review Lab", "11 Apr 2025"),
)


def _wp_skillsoft_transcript(folder: Path) -> Path:
    rows = "".join(
        f"<tr><td>{n}</td><td>{title}</td><td>{when}</td><td>Completed</td><td>{score}%</td></tr>"
        for (n, title, when), score in zip(
            _SKILLSOFT_MODULES, (92, 88, 95, 90, 84, 100), strict=True
        )
    )
    body = f"""
<div class="hd"><div class="l">skillsoft<span style="font-weight:normal;color:#444">
 percipio</span></div>
<div class="r">Learning transcript<br>Generated 14 Apr 2025<br>Organisation: Brightwell
Logistics plc</div></div>
<h1>Program Completion Record</h1>
<dl>
<dt>Learner</dt><dd>Aiyana Whitford</dd>
<dt>Program</dt><dd>Cloud Architect Journey: AWS Track</dd>
<dt>Program period</dt><dd>3 Mar 2025 – 11 Apr 2025</dd>
<dt>Status</dt><dd>Completed</dd>
<dt>Certificate ID</dt><dd>9f1c-44ab-2025-0411</dd>
</dl>
<table><tr><th>#</th><th>Module</th><th>Completed on</th><th>Status</th><th>Score</th></tr>
{rows}</table>
<div class="note">All six modules of the program were completed. The program certificate is
valid for presentation to employers; verify at skillsoft.com/verify using the certificate
ID above.</div>
"""
    return _weasy(_html(_SKILLSOFT_CSS, body), folder / "h19-wp-skillsoft-transcript.pdf")


_NIMBUS_CSS = """
@page { size: 297mm 210mm; margin: 0 }
body { margin: 0; font-family: 'URW Bookman', 'DejaVu Serif', serif; color: #2a2a2a }
.page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 12mm }
.frame { border: 1.5mm solid #2e6f73; height: 186mm; box-sizing: border-box; padding: 12mm 20mm;
  text-align: center; position: relative }
.org { font-size: 13pt; letter-spacing: 4px; color: #2e6f73; text-transform: uppercase }
h1 { font-size: 32pt; margin: 10mm 0 2mm; font-weight: normal }
.p { font-size: 11pt; color: #555; margin-top: 5mm }
.name { font-size: 26pt; margin-top: 3mm; font-style: italic }
.course { font-size: 17pt; margin-top: 3mm; font-weight: bold }
.facts { margin: 10mm auto 0; font-size: 10.5pt; border-collapse: collapse }
.facts td { padding: 1.5mm 6mm; text-align: left }
.facts td:first-child { text-align: right; color: #777 }
.qr { position: absolute; right: 14mm; bottom: 12mm }
.sig { position: absolute; left: 20mm; bottom: 12mm; font-size: 9pt; text-align: left }
"""

_NIMBUS_BODY = """
<div class="page"><div class="frame">
  <div class="org">Nimbus Forge Academy</div>
  <h1>Certificate of Achievement</h1>
  <div class="p">This is to certify that</div>
  <div class="name">Oluwaseun Adebayo-Clarke</div>
  <div class="p">has completed the instructor-led program</div>
  <div class="course">Cloud Solutions Architect – Professional (CSA-P)</div>
  <table class="facts">
    <tr><td>Training period</td><td>2025-07-14 to 2025-07-18</td></tr>
    <tr><td>Certificate number</td><td>NFA-CSA-2025-0718-044</td></tr>
    <tr><td>Valid until</td><td>2028-07-31</td></tr>
  </table>
  <div class="sig">$sig<br>Programme Lead, Nimbus Forge Academy</div>
  <div class="qr">$qr</div>
</div></div>
"""


def _wp_nimbus_valid_until(folder: Path) -> Path:
    body = _t(
        _NIMBUS_BODY,
        sig=_signature_svg("h19-nimbus", 170, 44),
        qr=_qr_svg("h19-nimbus", "70px"),
    )
    return _weasy(_html(_NIMBUS_CSS, body), folder / "h19-wp-valid-until.pdf")


_FR_CSS = """
@page { size: A4; margin: 22mm 20mm }
body { font-family: 'DejaVu Serif', serif; color: #222; font-size: 11pt; line-height: 1.6 }
.hd { display: flex; justify-content: space-between; font-size: 9pt; color: #444;
  font-family: 'DejaVu Sans', sans-serif }
.hd b { font-size: 14pt; color: #7a1f3d; display: block }
h1 { text-align: center; font-size: 20pt; margin: 18mm 0 10mm; letter-spacing: 1px;
  color: #7a1f3d }
.no { text-align: right; font-size: 9.5pt; margin-bottom: 8mm }
p { text-align: justify }
table { margin: 8mm 0; border-collapse: collapse; width: 100% }
td { border: 1px solid #c9b3bb; padding: 2mm 3mm; font-size: 10.5pt }
td.k { background: #f6eef1; width: 55mm }
.sig { margin-top: 16mm; margin-left: 95mm; font-size: 10pt }
"""

_FR_BODY = """
<div class="hd"><div><b>Cyberlis Formation</b>Organisme de formation<br>
12 rue des Tanneurs, 69002 Lyon<br>N° de déclaration d'activité : 84 69 17452 69</div>
<div style="text-align:right">Lyon, le 21 juillet 2025</div></div>
<h1>Attestation de fin de formation</h1>
<div class="no">N° d'attestation : CYF-2025-07-1182</div>
<p>Je soussignée, Claire Vidal-Roux, responsable pédagogique de Cyberlis Formation, atteste
que <b>Madame Éloïse Garnier-Brun</b> a suivi avec assiduité la formation
<b>« Sécurisation des accès distants avec SD-WAN »</b>, dispensée en présentiel
du 14 au 18 juillet 2025.</p>
<table>
<tr><td class="k">Stagiaire</td><td>Éloïse Garnier-Brun</td></tr>
<tr><td class="k">Intitulé de la formation</td><td>Sécurisation des accès distants avec
SD-WAN</td></tr>
<tr><td class="k">Dates</td><td>du 14 au 18 juillet 2025</td></tr>
<tr><td class="k">Durée</td><td>35 heures</td></tr>
<tr><td class="k">Lieu</td><td>Lyon (69)</td></tr>
<tr><td class="k">Résultat de l'évaluation</td><td>Objectifs atteints</td></tr>
</table>
<p>Fait pour servir et valoir ce que de droit.</p>
<div class="sig">Claire Vidal-Roux<br>Responsable pédagogique<br>$sig</div>
"""


def _wp_fr_sdwan(folder: Path) -> Path:
    body = _t(_FR_BODY, sig=_signature_svg("h19-cyberlis", 170, 46))
    return _weasy(_html(_FR_CSS, body, lang="fr"), folder / "h19-wp-fr-sdwan.pdf")


_CCNA_CSS = """
@page { size: 279.4mm 215.9mm; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1b2733 }
.page { width: 279.4mm; height: 215.9mm; display: flex }
.left { width: 95mm; background: #0d274d; color: #fff; padding: 24mm 12mm;
  box-sizing: border-box }
.left .brand { font-size: 20pt; font-weight: bold; letter-spacing: 2px }
.left .k { margin-top: 60mm; font-size: 8pt; letter-spacing: 3px; color: #8fb8e0 }
.left .course { margin-top: 3mm; font-size: 15pt; line-height: 1.3 }
.right { flex: 1; padding: 26mm 16mm; box-sizing: border-box }
.kick { font-size: 10pt; letter-spacing: 5px; color: #049fd9; text-transform: uppercase }
.name { font-size: 28pt; margin-top: 10mm }
.txt { font-size: 11pt; color: #555; margin-top: 4mm; line-height: 1.5 }
table { margin-top: 14mm; border-collapse: collapse; font-size: 10pt; width: 100% }
td { padding: 2.5mm 0; border-bottom: 1px solid #dde4ea }
td.k { color: #7a8a99; width: 45mm }
"""

_CCNA_BODY = """
<div class="page">
<div class="left"><div class="brand">Cisco U.</div>
<div class="k">COURSE</div>
<div class="course">Implementing and Administering Cisco Solutions (CCNA) v2.0</div></div>
<div class="right">
<div class="kick">Certificate of Completion</div>
<div class="name">Farah Naqvi</div>
<div class="txt">has completed all videos, labs and assessments of the course and is awarded
this certificate by Cisco U.</div>
<table>
<tr><td class="k">Course</td><td>Understanding Cisco Cybersecurity Operations Fundamentals
(CBROPS) v1.0</td></tr>
<tr><td class="k">Completion date</td><td>2025-05-20</td></tr>
<tr><td class="k">CE credits</td><td>30</td></tr>
<tr><td class="k">Credential ID</td><td>CU-CCNA-9A7F31</td></tr>
</table>
</div></div>
"""


def _wp_ciscou_title_mismatch(folder: Path) -> Path:
    return _weasy(_html(_CCNA_CSS, _CCNA_BODY), folder / "h19-wp-ciscou-title-mismatch.pdf")


# --------------------------------------------------------------------------------------------
# LibreOffice Writer (5: three flat ODF, two Word)
# --------------------------------------------------------------------------------------------


def _lo_odt_de_dob(folder: Path) -> Path:
    d = _Odt(
        21.0,
        29.7,
        margin_cm=2.2,
        footer="Rheintal Netzwerkakademie GmbH · Amtsgericht "
        "Koblenz HRB 99812 · Cisco Learning Partner",
    )
    d.p("Rheintal Netzwerkakademie GmbH", 14, bold=True, align="start", color="#0d274d")
    d.p(
        "Cisco Learning Partner · Schlossstraße 18 · 56068 Koblenz",
        9,
        align="start",
        color="#555555",
        after=1.6,
    )
    d.p("Teilnahmebescheinigung", 24, bold=True, color="#0d274d", after=0.8)
    d.p("Zertifikatsnummer: RNA-2025-SCOR-0317", 10, align="end", after=0.8)
    d.p([("Herr ", False), ("Jonas Wehrmann", True)], 13, align="start", after=0.1)
    d.p("geboren am 03.02.1988 in Koblenz", 11, align="start", after=0.6)
    d.p("hat vom 14.–18. Juli 2025 an der autorisierten Cisco-Schulung", 12, align="start")
    d.p(
        "Implementing and Operating Cisco Security Core Technologies (SCOR) v1.0",
        14,
        bold=True,
        align="start",
        before=0.2,
        after=0.2,
    )
    d.p("erfolgreich teilgenommen.", 12, align="start", after=0.8)
    d.table(
        [
            ("Schulungszeitraum", "14.–18. Juli 2025"),
            ("Schulungsort", "Koblenz, Präsenzschulung"),
            ("Trainer", "Dipl.-Ing. Matthias Oberländer"),
            ("Umfang", "5 Tage"),
            ("Cisco Continuing Education Credits", "64"),
        ],
        [6.5, 9.5],
        size=10.5,
    )
    d.p("Koblenz, 18.07.2025", 11, align="start", before=1.6)
    d.p("Sabine Krämer, Leitung Schulungszentrum", 10, align="start", before=1.2, color="#444444")
    return _soffice("h19-lo-odt-de-scor.fodt", d.render(), folder)


def _lo_docx_cbt(folder: Path) -> Path:
    d = _Docx(11.0, 8.5, margin_in=0.9)
    d.p("CBT Nuggets", 22, bold=True, color="#f26b21", font="URW Gothic", after=2)
    d.p("IT training that doesn't put you to sleep", 9, italic=True, color="#777777", after=26)
    d.p("Certificate of Completion", 13, color="#555555", spacing=3, caps=True, after=14)
    d.p("PRIYA RAMANATHAN", 28, bold=True, font="Nimbus Sans", after=8)
    d.p("has completed the online training", 11, color="#555555", after=8)
    d.p(
        "Cisco CCNP Security SCOR 350-701 Online Training", 18, bold=True, color="#13294b", after=22
    )
    d.table(
        [
            ("Issued on", "August 4, 2025"),
            ("Training hours", "27"),
            ("Certificate ID", "CBTN-58213-ZK4"),
        ],
        [2.2, 3.2],
        size=10.5,
    )
    d.p("Trainer: Wendell Pruitt · cbtnuggets.com", 9, color="#777777", before=24)
    return _soffice("h19-lo-docx-cbt-caps.docx", d.render(), folder)


def _lo_odt_nl(folder: Path) -> Path:
    d = _Odt(29.7, 21.0, margin_cm=1.8, border="0.12cm solid #1f6f8b", background="#fbfdfe")
    d.p("WOLKWERK OPLEIDINGEN", 12, bold=True, color="#1f6f8b", spacing=3.0, before=0.4)
    d.p("Certificaat van deelname", 30, font="P052", color="#163847", before=0.8, after=0.6)
    d.p("Hierbij verklaren wij dat", 12, color="#555555")
    d.p("Sanne de Vries-Brouwer", 24, font="Z003", before=0.2, after=0.2)
    d.p("met goed gevolg heeft deelgenomen aan de klassikale training", 12, color="#555555")
    d.p("Cloud Architect Essentials voor Azure", 18, bold=True, color="#163847", before=0.2)
    d.p("gehouden van 10 t/m 14 maart 2025 te Utrecht", 12, before=0.2, after=0.7)
    d.table(
        [("Certificaatnummer", "WWO-2503-0219"), ("Trainer", "drs. Pieter van Leeuwen")],
        [5.0, 6.5],
        size=10,
    )
    d.p(
        "Utrecht, 14 maart 2025 — Wolkwerk Opleidingen B.V., Catharijnesingel 40, Utrecht",
        9,
        color="#666666",
        before=0.8,
    )
    return _soffice("h19-lo-odt-nl-azure.fodt", d.render(), folder)


def _lo_docx_cisco_live(folder: Path) -> Path:
    d = _Docx(8.5, 11.0, margin_in=1.0)
    d.p("Cisco Live", 20, bold=True, color="#049fd9", align="left", after=2)
    d.p(
        "Continuing Education Program · Las Vegas, Nevada",
        9,
        color="#666666",
        align="left",
        after=30,
    )
    d.p("July 1, 2025", 11, align="left", after=14)
    d.p("Dear Mateo Ruiz-Castillo,", 11, align="left", after=10)
    d.p(
        "Thank you for attending Cisco Live Las Vegas 2025. This letter confirms your "
        "attendance and the Continuing Education credits recorded for the sessions you "
        "attended and had scanned on site.",
        11,
        align="both",
        after=12,
    )
    d.table(
        [
            ("Attendee", "Mateo Ruiz-Castillo"),
            ("Event", "Cisco Live Las Vegas 2025"),
            ("Event dates", "June 8–12, 2025"),
            ("Continuing Education credits earned", "24"),
            ("Certificate number", "CL25LV-CE-0048213"),
        ],
        [2.9, 3.4],
        size=10.5,
    )
    d.p(
        "Submit your credits through the Cisco Continuing Education portal within 180 days of "
        "the event. Keep this letter for your records.",
        11,
        align="both",
        before=14,
        after=24,
    )
    d.p("Sincerely,", 11, align="left", after=26)
    d.p("Gwendolyn Achebe", 11, align="left", after=0)
    d.p("Program Manager, Cisco Live Learning", 10, color="#555555", align="left")
    return _soffice("h19-lo-docx-cisco-live.docx", d.render(), folder)


def _lo_odt_reversed_range(folder: Path) -> Path:
    d = _Odt(
        29.7,
        21.0,
        margin_cm=2.0,
        footer="Portside Cyber Academy Ltd · Unit 4, Dockside Business Park, Cork",
    )
    d.p("PORTSIDE CYBER ACADEMY", 13, bold=True, color="#8a1c1c", spacing=2.5, before=0.3)
    d.p("Certificate of Completion", 28, font="C059", before=0.8, after=0.5)
    d.p("This certifies that", 11, color="#555555")
    d.p("Liam O'Driscoll", 24, bold=True, font="Nimbus Roman", before=0.2, after=0.3)
    d.p("has completed the instructor-led course", 11, color="#555555")
    d.p("Firewall Administration Bootcamp", 18, bold=True, color="#8a1c1c", before=0.2, after=0.6)
    d.table(
        [
            ("Course dates", "22 September 2025 – 18 September 2025"),
            ("Delivery", "Classroom, Cork"),
            ("Certificate ID", "PCA-FW-2509-077"),
        ],
        [5.0, 9.0],
        size=10.5,
    )
    d.p("Aoife Brennan, Head of Training", 10, color="#444444", before=1.2)
    return _soffice("h19-lo-odt-reversed-range.fodt", d.render(), folder)


# --------------------------------------------------------------------------------------------
# cairo (4, one of them scanned)
# --------------------------------------------------------------------------------------------


def _ca_pluralsight(folder: Path) -> Path:
    c = _Cairo(folder / "h19-ca-pluralsight-caps.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#0e0e14")
    c.rect(0, 0, 792, 8, fill="#f15b2a")
    c.rect(0, 604, 792, 8, fill="#e80a89")
    c.text(60, 72, "Pluralsight", 22, bold=True, color="#ffffff")
    c.text(60, 150, "CERTIFICATE OF COMPLETION", 11, color="#f15b2a", spacing=4)
    c.text(60, 205, "NOAH BRANDT-OKAFOR", 30, bold=True, color="#ffffff", spacing=3)
    c.text(60, 240, "has completed the path", 12, color="#b8b8c8")
    c.wrap(
        60, 280, "Designing Secure AWS Cloud Architectures", 560, 24, 30, bold=True, color="#ffffff"
    )
    c.line(60, 360, 732, 360, color="#3a3a48")
    c.text(60, 390, "ISSUED ON", 8, color="#8a8a9c", spacing=2)
    c.text(60, 408, "October 2, 2025", 12, color="#ffffff")
    c.text(300, 390, "CREDENTIAL ID", 8, color="#8a8a9c", spacing=2)
    c.text(300, 408, "PS-3H8K-WQ72", 12, color="#ffffff")
    c.text(520, 390, "LEVEL", 8, color="#8a8a9c", spacing=2)
    c.text(520, 408, "Intermediate", 12, color="#ffffff")
    c.signature(60, 470, 160, 42, "h19-pluralsight", color="#d0d0e0")
    c.line(60, 520, 260, 520, color="#5a5a68")
    c.text(60, 536, "Chief Content Officer, Pluralsight", 9, color="#8a8a9c")
    c.text(732, 536, "Verify at app.pluralsight.com/credentials", 9, color="#8a8a9c", align="right")
    return c.finish()


def _ca_pt(folder: Path) -> Path:
    c = _Cairo(folder / "h19-ca-pt-sdwan.pdf", 841.89, 595.28)
    c.rect(24, 24, 793.89, 547.28, stroke="#1d5c3a", lw=2.5)
    c.rect(32, 32, 777.89, 531.28, stroke="#9cc4ad", lw=0.8)
    c.text(
        420.9,
        92,
        "ACADEMIA ATLÂNTICA DE REDES",
        13,
        bold=True,
        color="#1d5c3a",
        align="center",
        spacing=2,
    )
    c.text(
        420.9,
        160,
        "Certificado de Conclusão",
        34,
        family="DejaVu Serif",
        align="center",
        color="#1a1a1a",
    )
    c.text(420.9, 212, "Certificamos que", 12, align="center", color="#555555")
    c.text(
        420.9,
        252,
        "Beatriz Monteiro Salgado",
        26,
        family="DejaVu Serif",
        italic=True,
        align="center",
    )
    c.text(420.9, 290, "concluiu com aproveitamento o curso", 13, align="center", color="#333333")
    c.text(
        420.9, 326, "Arquitetura de Redes SD-WAN", 18, bold=True, align="center", color="#1d5c3a"
    )
    c.wrap(
        420.9,
        360,
        "realizado de 14 a 18 de julho de 2025, com carga horária de 40 horas.",
        560,
        13,
        20,
        align="center",
        color="#333333",
    )
    c.text(120, 430, "Lisboa, 18 de julho de 2025", 11, color="#333333")
    c.signature(120, 450, 160, 40, "h19-atlantica")
    c.line(120, 496, 320, 496, color="#555555")
    c.text(120, 512, "Rui Carvalho Mendes, Diretor Pedagógico", 9, color="#555555")
    c.qr(660, 420, 80, "h19-atlantica")
    c.text(700, 520, "Código de validação: AAR-7K2P-9M4Q", 9, align="center", color="#333333")
    return c.finish()


def _netacad_render(folder: Path) -> Path:
    c = _Cairo(folder / "src.pdf", 792, 612)
    c.rect(36, 36, 720, 540, stroke="#049fd9", lw=2)
    c.text(396, 96, "Cisco Networking Academy", 20, bold=True, align="center", color="#0d274d")
    c.text(396, 150, "Certificate of Course Completion", 26, family="DejaVu Serif", align="center")
    c.text(396, 200, "Daniel Achterberg", 28, family="DejaVu Serif", italic=True, align="center")
    c.text(
        396,
        236,
        "has successfully achieved student level credential for completing the",
        11,
        align="center",
        color="#444444",
    )
    c.text(396, 272, "Network Security", 22, bold=True, align="center", color="#049fd9")
    c.text(
        396,
        300,
        "course, administered by the undersigned instructor.",
        11,
        align="center",
        color="#444444",
    )
    c.text(396, 330, "The student was able to proficiently:", 10, align="center", color="#444444")
    for i, line in enumerate(
        (
            "Explain how firewalls and IPS protect network perimeters.",
            "Configure site-to-site IPsec VPNs and secure management access.",
            "Implement AAA and device hardening on routers and switches.",
        )
    ):
        c.text(396, 350 + i * 16, line, 9.5, align="center", color="#555555")
    c.signature(110, 440, 160, 40, "h19-netacad")
    c.line(100, 488, 300, 488, color="#555555")
    c.text(100, 504, "Margit Halvorsen, Instructor", 9, color="#444444")
    c.text(100, 518, "Noordhaven College Academy", 9, color="#444444")
    c.text(692, 488, "21 Nov 2024", 11, align="right")
    c.line(552, 494, 692, 494, color="#555555")
    c.text(692, 510, "Date", 9, align="right", color="#444444")
    return c.finish()


def _ca_scan_netacad(folder: Path) -> Path:
    return _scanned(
        _netacad_render,
        "h19-ca-scan-netacad",
        folder,
        angle=0.9,
        dpi=180,
        smudges=((0.78, 0.12, 0.92, 0.2),),
    )


def _ca_summit_cpe(folder: Path) -> Path:
    c = _Cairo(folder / "h19-ca-summit-cpe.pdf", 612, 792)
    c.rect(0, 0, 612, 180, fill="#3b2a6b")
    c.text(306, 70, "PRAIRIE CHAPTER", 11, color="#cfc2f2", align="center", spacing=4)
    c.text(306, 92, "Cloud Security Practitioners Association", 13, color="#ffffff", align="center")
    c.text(
        306,
        140,
        "Northern Plains Cybersecurity Summit 2025",
        20,
        bold=True,
        color="#ffffff",
        align="center",
    )
    c.text(306, 240, "CPE Certificate", 30, family="DejaVu Serif", align="center")
    c.text(306, 290, "awarded to", 11, align="center", color="#666666")
    c.text(
        306, 330, "Grace Mbeki-Hollander", 26, family="DejaVu Serif", italic=True, align="center"
    )
    c.line(156, 342, 456, 342, color="#aaaaaa")
    c.wrap(
        306,
        376,
        "for attending the Northern Plains Cybersecurity Summit 2025, "
        "held 14–16 October 2025 in Fargo, North Dakota.",
        420,
        12,
        18,
        align="center",
        color="#333333",
    )
    rows = (
        ("Event dates", "14–16 October 2025"),
        ("CPE hours awarded", "18.5"),
        ("Certificate No.", "NPCS25-0613"),
        ("Sessions", "Keynotes, 9 breakout sessions, 1 workshop"),
    )
    y = 460
    for k, v in rows:
        c.text(250, y, k, 10, color="#777777", align="right")
        c.text(266, y, v, 10.5, color="#1a1a1a")
        y += 22
    c.signature(80, 620, 150, 40, "h19-summit")
    c.line(70, 668, 270, 668, color="#777777")
    c.text(70, 684, "Priya Haldane, Education Chair", 9, color="#555555")
    c.qr(460, 610, 80, "h19-summit")
    c.text(500, 708, "scan to verify", 8, align="center", color="#777777")
    return c.finish()


# --------------------------------------------------------------------------------------------
# Ghostscript (4, one of them scanned)
# --------------------------------------------------------------------------------------------


def _gs_bootcamp_longdate(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(30, 30, 732, 552, stroke="#5b3a1a", lw=3)
    d.rect(40, 40, 712, 532, stroke="#b89468", lw=0.8)
    d.text(396, 90, "SUMMIT RIDGE TECHNICAL INSTITUTE", "gothic-d", 15, "center", "#5b3a1a")
    d.text(396, 108, "Denver, Colorado", "gothic", 10, "center", "#7a6a5a")
    d.text(396, 170, "Certificate of Completion", "palatino", 34, "center")
    d.text(
        396, 215, "This certificate is proudly presented to", "palatino", 12, "center", "#555555"
    )
    d.text(396, 262, "Marcus T. Delacroix", "chancery", 34, "center")
    d.line(230, 274, 562, 274, "#b89468")
    d.text(
        396,
        305,
        "for successful completion of the instructor-led",
        "palatino",
        12,
        "center",
        "#555555",
    )
    d.text(
        396,
        335,
        "Cloud Architect Bootcamp: Multi-Cloud Design and Governance",
        "palatino-b",
        17,
        "center",
    )
    d.text(396, 368, "Monday, July 14 through Friday, July 18, 2025", "palatino", 13, "center")
    d.signature(110, 440, 170, 44, "h19-summitridge")
    d.line(100, 492, 300, 492, "#555555")
    d.text(100, 508, "Dana Whitfield, Dean of Instruction", "sans", 9, "left", "#444444")
    d.circle(650, 470, 42, fill="#b89468")
    d.circle(650, 470, 34, stroke="#ffffff", lw=1.2)
    d.text(692, 548, "Certificate Number: SRTI-0725-1189", "sans", 9, "right", "#444444")
    return _ghostscript(d, folder / "h19-gs-bootcamp-longdate.pdf")


def _gs_ine_ngfw(folder: Path) -> Path:
    d = _PS(841.89, 595.28)
    d.rect(0, 0, 841.89, 595.28, fill="#ffffff")
    d.rect(0, 0, 260, 595.28, fill="#1b1f24")
    d.text(40, 80, "INE", "sans-b", 40, "left", "#ff6b2c")
    d.text(40, 104, "Expert-level IT training", "sans", 9, "left", "#c0c6cc")
    d.text(40, 420, "CERTIFICATE ID", "sans-b", 8, "left", "#8a939c")
    d.text(40, 438, "INE-8812-4471-CX", "mono", 12, "left", "#ffffff")
    d.text(40, 480, "DATE OF COMPLETION", "sans-b", 8, "left", "#8a939c")
    d.text(40, 498, "19 August 2025", "sans", 12, "left", "#ffffff")
    d.text(40, 540, "CPE CREDITS", "sans-b", 8, "left", "#8a939c")
    d.text(40, 558, "11", "sans", 12, "left", "#ffffff")
    d.text(300, 110, "Certificate of Completion", "sans", 30, "left", "#1b1f24")
    d.text(300, 170, "This is to certify that", "sans", 12, "left", "#555555")
    d.text(300, 212, "Yusuf Karaca", "sans-b", 30, "left", "#1b1f24")
    d.text(300, 250, "has successfully completed the course", "sans", 12, "left", "#555555")
    d.text(
        300, 284, "Next-Generation Firewall Essentials (NGF-210)", "sans-b", 19, "left", "#ff6b2c"
    )
    d.text(300, 308, "v11.1", "sans-b", 19, "left", "#ff6b2c")
    d.text(
        300,
        350,
        "Instructor: Brielle Castellanos  ·  24 videos  ·  18 labs",
        "sans",
        10,
        "left",
        "#666666",
    )
    d.signature(300, 440, 170, 44, "h19-ine-ngfw")
    d.line(300, 492, 500, 492, "#777777")
    d.text(300, 508, "Director of Content, INE", "sans", 9, "left", "#555555")
    d.qr(700, 420, 90, "h19-ine-ngfw")
    return _ghostscript(d, folder / "h19-gs-ine-ngfw.pdf")


def _namecut_render(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(0, 0, 792, 612, fill="#ffffff")
    d.rect(0, 0, 792, 70, fill="#0a8f5a")
    d.text(48, 46, "skillsoft", "sans-b", 26, "left", "#ffffff")
    d.text(48, 150, "Certificate of Completion", "serif", 32, "left")
    d.text(48, 200, "This certifies that", "serif", 13, "left", "#555555")
    d.text(48, 262, "Alexandra Papadopoulou-Whitcombe", "serif-b", 46, "left")
    d.text(48, 310, "has completed the course", "serif", 13, "left", "#555555")
    d.text(48, 346, "Cisco SD-WAN: Policy and Segmentation", "serif-b", 20, "left", "#0a8f5a")
    d.text(48, 400, "Date: June 5, 2025", "sans", 11, "left", "#333333")
    d.text(48, 420, "Certificate ID: 104822931", "sans", 11, "left", "#333333")
    d.signature(48, 460, 160, 40, "h19-namecut")
    d.line(48, 508, 248, 508, "#777777")
    d.text(48, 524, "Chief Learning Officer", "sans", 9, "left", "#555555")
    return _ghostscript(d, folder / "src.pdf")


def _gs_scan_name_cut(folder: Path) -> Path:
    return _scanned(
        _namecut_render, "h19-gs-scan-name-cut", folder, angle=0.4, dpi=200, keep_right=0.86
    )


def _gs_us_ceu(folder: Path) -> Path:
    d = _PS(612, 792)
    d.text(306, 90, "WESTBROOK UNIVERSITY", "serif-b", 20, "center", "#6b0f1a")
    d.text(
        306, 112, "School of Continuing & Professional Studies", "serif-i", 12, "center", "#6b0f1a"
    )
    d.line(90, 130, 522, 130, "#6b0f1a", 1.2)
    d.text(306, 210, "Certificate of Completion", "schoolbook", 30, "center")
    d.text(306, 260, "Be it known that", "schoolbook", 12, "center", "#555555")
    d.text(306, 306, "Ashley R. Whitmore", "chancery", 32, "center")
    d.text(
        306,
        350,
        "has satisfactorily completed the non-credit course",
        "schoolbook",
        12,
        "center",
        "#555555",
    )
    d.text(306, 390, "Cloud Security Architecture", "schoolbook-b", 20, "center")
    d.text(
        306,
        426,
        "Sept. 8 – Oct. 27, 2025  ·  Online, eight weekly sessions",
        "schoolbook",
        11,
        "center",
    )
    d.text(
        306, 456, "and is awarded 3.2 Continuing Education Units (CEUs)", "schoolbook", 12, "center"
    )
    d.signature(90, 560, 160, 40, "h19-westbrook-1")
    d.line(80, 608, 270, 608, "#555555")
    d.text(80, 624, "Dr. Loretta Nguyen-Baptiste, Dean", "sans", 9, "left", "#444444")
    d.signature(352, 560, 160, 40, "h19-westbrook-2")
    d.line(342, 608, 532, 608, "#555555")
    d.text(342, 624, "Registrar", "sans", 9, "left", "#444444")
    d.text(
        306,
        720,
        "Certificate No. WUCPS-25F-00871  ·  Issued November 3, 2025",
        "sans",
        8.5,
        "center",
        "#666666",
    )
    d.text(
        306,
        734,
        "1 CEU = 10 contact hours of participation in an organized continuing education experience",
        "sans",
        7.5,
        "center",
        "#888888",
    )
    return _ghostscript(d, folder / "h19-gs-us-ceu.pdf")


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------


def _x(
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
    # ---- Chromium
    Case(
        "h19-cr-ciscou-sdwan",
        _x(
            "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
            None,
            "2025-03-12",
            "CU-7Q4K-2M9X-81",
            "Ingrid Solheim-Varga",
            "Cisco U.",
            (32, "CE"),
        ),
        _cr_ciscou_sdwan,
        "Chromium; centred award with a three-column grid whose labels sit above the values "
        "in CSS uppercase; course code and version in the title; code repeated in the footer",
    ),
    Case(
        "h19-cr-chapter-cpe",
        _x(
            "Cloud Incident Response: Lessons from the Field",
            None,
            "2025-01-16",
            "GLC-2501-0147",
            "Delphine Okoro-Marsh",
            None,
            (2.0, "CPE"),
        ),
        _cr_chapter_cpe,
        "Chromium; association chapter-meeting CPE certificate with a dark sidebar repeating "
        "the chapter name; the presentation title is the course; 'CPE hours 2.0' in a table",
    ),
    Case(
        "h19-cr-us-ilt-ngfw",
        _x(
            "Securing Networks with Cisco Firepower Next-Generation Firewall (SSNGFW) v1.0",
            "2025-07-14",
            "2025-07-18",
            "LP-US-250714-0392",
            "Kevin J. Albright",
            "Cisco Learning Partner",
            (40, "CE"),
        ),
        _cr_us_ilt_ngfw,
        "Chromium; US Letter certificate from a Texas learning partner (CST, (512) phone) with "
        "'07/14/2025 - 07/18/2025'; 'Certificate #' beside a 'Class ID' in a four-column grid",
    ),
    Case(
        "h19-cr-coursera-verify",
        _x(
            "Architecting Secure Hybrid Cloud Networks",
            None,
            "2025-04-22",
            "K7PZ3QWX9TLM",
            "Tomasz Wierzbicki",
            "Coursera",
        ),
        _cr_coursera,
        "Chromium; Coursera layout: unlabelled date above the name, the code only as the last "
        "part of the verify URL, the university's professor signing",
    ),
    Case(
        "h19-cr-ine-two-codes",
        _x(
            "Cloud Architect: Designing Secure Azure Networks",
            None,
            "2025-06-30",
            None,
            "Rasmus Lindqvist",
            "INE",
            review=True,
        ),
        _cr_ine_two_codes,
        "Chromium; UNCLEAR: 'Certificate ID INE-CA-448120' at the top and a different "
        "'Certificate number: 7F3D-20A9-C1' in the footer; which one validates cannot be told",
    ),
    Case(
        "h19-cr-scan-linkedin",
        _x(
            "Zero Trust Network Access for Cloud Architects",
            None,
            "2025-02-11",
            "AdK7wMqz4RtH3nVb",
            "Hannah Oyelaran",
            "LinkedIn Learning",
        ),
        _cr_scan_linkedin,
        "Chromium page scanned (image only); name after 'Congratulations,'; "
        "'Course completed on Feb 11, 2025 at 09:47AM UTC'; mixed-case certificate ID",
    ),
    # ---- WeasyPrint
    Case(
        "h19-wp-udemy-sdwan",
        _x(
            "SD-WAN from Zero to Hero: Design, Deploy and Troubleshoot",
            None,
            "2025-01-29",
            "UC-4f2a9c1e-7b3d-4e8a-9c2f-1a6b5d8e3f07",
            "Lucía Fernández Ortega",
            "Udemy",
        ),
        _wp_udemy,
        "WeasyPrint; Udemy layout: code twice (number and ude.my URL) plus a 'Reference Number', "
        "'Date Jan. 29, 2025' at the bottom, instructors' names above the learner's",
    ),
    Case(
        "h19-wp-skillsoft-transcript",
        _x(
            "Cloud Architect Journey: AWS Track",
            "2025-03-03",
            "2025-04-11",
            "9f1c-44ab-2025-0411",
            "Aiyana Whitford",
            "Skillsoft",
        ),
        _wp_skillsoft_transcript,
        "WeasyPrint; transcript page: program with its period, then six modules each with its "
        "own completion date; a 'Generated' date and an employer name in the header",
    ),
    Case(
        "h19-wp-valid-until",
        _x(
            "Cloud Solutions Architect – Professional (CSA-P)",
            "2025-07-14",
            "2025-07-18",
            "NFA-CSA-2025-0718-044",
            "Oluwaseun Adebayo-Clarke",
            None,
        ),
        _wp_nimbus_valid_until,
        "WeasyPrint; unknown academy; 'Training period 2025-07-14 to 2025-07-18' followed by "
        "'Valid until 2028-07-31', which is not a course date",
    ),
    Case(
        "h19-wp-fr-sdwan",
        _x(
            "Sécurisation des accès distants avec SD-WAN",
            "2025-07-14",
            "2025-07-18",
            "CYF-2025-07-1182",
            "Éloïse Garnier-Brun",
            None,
            (35, "hours"),
        ),
        _wp_fr_sdwan,
        "WeasyPrint; French attestation letter: 'du 14 au 18 juillet 2025', title in « », "
        "'Madame' before the name, letter date 21 juillet, 'Durée : 35 heures'",
    ),
    Case(
        "h19-wp-ciscou-title-mismatch",
        _x(
            None,
            None,
            "2025-05-20",
            "CU-CCNA-9A7F31",
            "Farah Naqvi",
            "Cisco U.",
            (30, "CE"),
            review=True,
        ),
        _wp_ciscou_title_mismatch,
        "WeasyPrint; UNCLEAR: the sidebar names 'Implementing and Administering Cisco Solutions "
        "(CCNA) v2.0' but the details table says '... Operations Fundamentals (CBROPS) v1.0'",
    ),
    # ---- LibreOffice
    Case(
        "h19-lo-odt-de-scor",
        _x(
            "Implementing and Operating Cisco Security Core Technologies (SCOR) v1.0",
            "2025-07-14",
            "2025-07-18",
            "RNA-2025-SCOR-0317",
            "Jonas Wehrmann",
            "Cisco Learning Partner",
            (64, "CE"),
        ),
        _lo_odt_de_dob,
        "LibreOffice (flat ODF); German Teilnahmebescheinigung: 'Herr' before the name, "
        "'geboren am 03.02.1988', range '14.–18. Juli 2025', signing date 18.07.2025",
    ),
    Case(
        "h19-lo-docx-cbt-caps",
        _x(
            "Cisco CCNP Security SCOR 350-701 Online Training",
            None,
            "2025-08-04",
            "CBTN-58213-ZK4",
            "PRIYA RAMANATHAN",
            "CBT Nuggets",
            (27, "hours"),
        ),
        _lo_docx_cbt,
        "LibreOffice (Word); self-paced, 'Issued on' only; learner name typed in capitals; "
        "exam number inside the title; a tagline under the logo",
    ),
    Case(
        "h19-lo-odt-nl-azure",
        _x(
            "Cloud Architect Essentials voor Azure",
            "2025-03-10",
            "2025-03-14",
            "WWO-2503-0219",
            "Sanne de Vries-Brouwer",
            None,
        ),
        _lo_odt_nl,
        "LibreOffice (flat ODF); Dutch certificate with page border: 'van 10 t/m 14 maart "
        "2025', name in a script font, a particle in the surname",
    ),
    Case(
        "h19-lo-docx-cisco-live",
        _x(
            "Cisco Live Las Vegas 2025",
            "2025-06-08",
            "2025-06-12",
            "CL25LV-CE-0048213",
            "Mateo Ruiz-Castillo",
            "Cisco Live",
            (24, "CE"),
        ),
        _lo_docx_cisco_live,
        "LibreOffice (Word); attendance letter with salutation 'Dear ...,' and a letter date "
        "July 1, 2025; event dates 'June 8–12, 2025' in a table",
    ),
    Case(
        "h19-lo-odt-reversed-range",
        _x(
            "Firewall Administration Bootcamp",
            "2025-09-22",
            "2025-09-18",
            "PCA-FW-2509-077",
            "Liam O'Driscoll",
            None,
            review=True,
        ),
        _lo_odt_reversed_range,
        "LibreOffice (flat ODF); UNCLEAR: 'Course dates 22 September 2025 – 18 September 2025', "
        "the end before the start; expected gives the dates as printed",
    ),
    # ---- cairo
    Case(
        "h19-ca-pluralsight-caps",
        _x(
            "Designing Secure AWS Cloud Architectures",
            None,
            "2025-10-02",
            "PS-3H8K-WQ72",
            "NOAH BRANDT-OKAFOR",
            "Pluralsight",
        ),
        _ca_pluralsight,
        "cairo; dark design-tool export; the capitalised name is letter-spaced and drawn glyph "
        "by glyph; labels tracked above values in a row",
    ),
    Case(
        "h19-ca-pt-sdwan",
        _x(
            "Arquitetura de Redes SD-WAN",
            "2025-07-14",
            "2025-07-18",
            "AAR-7K2P-9M4Q",
            "Beatriz Monteiro Salgado",
            None,
            (40, "hours"),
        ),
        _ca_pt,
        "cairo; Portuguese: dates inside a wrapped sentence 'de 14 a 18 de julho de 2025', "
        "'carga horária de 40 horas', place-and-date line, code under a QR block",
    ),
    Case(
        "h19-ca-scan-netacad",
        _x(
            "Network Security",
            None,
            "2024-11-21",
            None,
            "Daniel Achterberg",
            "Cisco Networking Academy",
        ),
        _ca_scan_netacad,
        "cairo page scanned (image only) with a smudge; NetAcad layout with skills list, date "
        "over a 'Date' line next to the instructor; no code printed",
    ),
    Case(
        "h19-ca-summit-cpe",
        _x(
            "Northern Plains Cybersecurity Summit 2025",
            "2025-10-14",
            "2025-10-16",
            "NPCS25-0613",
            "Grace Mbeki-Hollander",
            None,
            (18.5, "CPE"),
        ),
        _ca_summit_cpe,
        "cairo; association conference CPE certificate: '14–16 October 2025', "
        "'CPE hours awarded 18.5', chapter name in a coloured banner",
    ),
    # ---- Ghostscript
    Case(
        "h19-gs-bootcamp-longdate",
        _x(
            "Cloud Architect Bootcamp: Multi-Cloud Design and Governance",
            "2025-07-14",
            "2025-07-18",
            "SRTI-0725-1189",
            "Marcus T. Delacroix",
            None,
        ),
        _gs_bootcamp_longdate,
        "Ghostscript; classic bordered award; 'Monday, July 14 through Friday, July 18, 2025'; "
        "name in a chancery script",
    ),
    Case(
        "h19-gs-ine-ngfw",
        _x(
            "Next-Generation Firewall Essentials (NGF-210) v11.1",
            None,
            "2025-08-19",
            "INE-8812-4471-CX",
            "Yusuf Karaca",
            "INE",
            (11, "CPE"),
        ),
        _gs_ine_ngfw,
        "Ghostscript; dark left sidebar with labelled code, date and CPE credits; the title's "
        "version 'v11.1' on its own line under the code in parentheses",
    ),
    Case(
        "h19-gs-scan-name-cut",
        _x(
            "Cisco SD-WAN: Policy and Segmentation",
            None,
            "2025-06-05",
            "104822931",
            None,
            "Skillsoft",
            review=True,
        ),
        _gs_scan_name_cut,
        "Ghostscript page scanned (image only); UNCLEAR: the scanner missed the right edge, so "
        "the learner's long name is cut off mid-word",
    ),
    Case(
        "h19-gs-us-ceu",
        _x(
            "Cloud Security Architecture",
            "2025-09-08",
            "2025-10-27",
            "WUCPS-25F-00871",
            "Ashley R. Whitmore",
            None,
            (3.2, "CEU"),
        ),
        _gs_us_ceu,
        "Ghostscript; US university extension: 'Sept. 8 – Oct. 27, 2025' across months, "
        "'3.2 Continuing Education Units (CEUs)', issue date in the footer",
    ),
]
