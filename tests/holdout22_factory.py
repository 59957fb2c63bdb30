"""Blind held-out set 22: real-world platform exports as people download them.

Emphasis: MOOC and university online-programme certificates (score tables, candidate
statistics, "12 week course", a QR "To verify" block, a lesson list on a second page),
vendor academies (firewall, cloud, wireless and automation vendors, all invented), LMS
certificates from PHP-style generators ("Powered by ..." footers, a numeric date settled by a
weekday, by a day above 12 or by the page's language), a NetAcad-like page whose text apart
from the learner name and the "Issued on" date is outlined paths, certificate numbers printed
vertically along a page edge, conference and symposium participation certificates (event
acronyms, "Three Days International ..."), attendance certificates for in-person bootcamps
with the city and dates in one sentence, a virtual-internship letter printing months only, a
transcript listing several courses of which only one is the certificate's, and two-page files
(cover letter + certificate, certificate + course outline, certificate + lesson list).

Producers (30 cases): 5 headless Chromium, 5 WeasyPrint, 5 LibreOffice Writer (flat ODF and
Word files), 5 cairo, 5 Ghostscript (hand-written PostScript) and 5 scans (image-only PDFs of
pages printed by Chromium, WeasyPrint, LibreOffice, Ghostscript and cairo; 150-300 dpi, tilted,
grey or colour, JPEG noise, one smudge, one with the right edge cropped).

Languages: mostly English, plus German, Dutch, Portuguese, Italian, French and Greek (a
non-Latin script with a real text layer, printed by WeasyPrint with DejaVu fonts).

Unclear on purpose (needs_review=True), four cases:
  h22-lms-placeholder-course  the course title placeholder was printed unfilled
                              ("{{course.title}}"), so course_name is None;
  h22-cairo-two-certificate-ids  two different "Certificate ID" values of equal standing,
                              so validation_code is None;
  h22-ps-numeric-ambiguous    the only date is 04/05/2025 with nothing on the page settling
                              day/month order, so end_date is None;
  h22-ps-blank-name           the learner name line was left blank, so learner_name is None.
Everything decidable on those pages is still given.

Conventions of the Expected values: dates are YYYY-MM-DD; a certificate printing one course
date (completion, issued-on-completion) has start_date None and end_date that date; a range
gives both; months only ("Jan-Apr 2025", "from March 2025 to May 2025") give the first day of
the first month and the last day of the last month; issue dates printed beside separate course
dates, letter dates, birth dates, lesson dates and validity dates are never course dates.
learner_name is as printed (ALL CAPS stays) without titles or post-nominals; course_name is as
printed, a course code in the same title line included; validation_code is the certificate's
own number/ID (roll, student, learner, reference, attendee, badge and instructor numbers are
not), None when none is printed; issuer is one of certfactory.ISSUERS or None;
printed_credits is (number, unit) when the certificate prints what it is worth.
"""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import producers as p
import scans

from certfactory import Case, Expected

HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}

Build = Callable[[Path], Path]

_scan = functools.partial(scans.scan_rendered, prefix="h22-scan:")


def _case(name: str, kind: str, expected: Expected, note: str) -> Callable[[Build], Build]:
    def register(fn: Build) -> Build:
        HOLDOUT_CASES.append(Case(name=name, expected=expected, build=fn, note=note))
        HOLDOUT_KINDS[name] = kind
        return fn

    return register


def _fill(s: str, **values: str) -> str:
    for key, value in values.items():
        s = s.replace(f"@{key}@", value)
    return s


def _outline(
    c: p._Cairo,
    x: float,
    y: float,
    s: str,
    size: float,
    family: str = "DejaVu Sans",
    bold: bool = False,
    italic: bool = False,
    align: str = "left",
    color: str = "#000000",
) -> None:
    """Text converted to filled outlines, the way design tools export 'outlined' type."""
    c.font(family, size, bold, italic)
    w = c.width_of(s)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    c.ctx.new_path()
    c.ctx.move_to(x, y)
    c.ctx.text_path(s)
    c.color(color)
    c.ctx.fill()


def _cairo_vertical(c: p._Cairo, x: float, y: float, s: str, up: bool, **kw: object) -> None:
    """Text along a page edge: read bottom-to-top when ``up``, top-to-bottom otherwise."""
    c.ctx.save()
    c.ctx.translate(x, y)
    c.ctx.rotate(-math.pi / 2 if up else math.pi / 2)
    c.text(0, 0, s, **kw)  # type: ignore[arg-type]
    c.ctx.restore()


def _ps_lines(
    ps: p._PS,
    x: float,
    y: float,
    lines: list[str],
    font: str,
    size: float,
    leading: float,
    align: str = "center",
    color: str = "#000000",
) -> float:
    for line in lines:
        ps.text(x, y, line, font=font, size=size, align=align, color=color)
        y += leading
    return y


def _ps_vertical(ps: p._PS, x: float, y: float, s: str, size: float, color: str) -> None:
    """ASCII text read bottom-to-top, its baseline start at (x, y) measured from the top."""
    lit = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ps.raw(
        f"gsave {ps._rgb(color)} setrgbcolor /H10-mono {size} selectfont "
        f"{x} {ps.h - y} translate 90 rotate 0 0 moveto ({lit}) show grestore"
    )


def _E(
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None = None,
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


A4L_CSS = "297mm", "210mm"
A4P_CSS = "210mm", "297mm"
LETL_CSS = "11in", "8.5in"

# ============================================================================================
# Headless Chromium
# ============================================================================================

_MOOC_CSS = """
@page { size: 297mm 210mm; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1b1b1b }
.page { width: 297mm; height: 210mm; position: relative; overflow: hidden;
  background: #fffdf6; box-sizing: border-box; border: 9mm solid #f3e7c4 }
.in { position: absolute; inset: 4mm; border: 1.2pt solid #b9954a }
.top { display: flex; justify-content: space-between; padding: 8mm 12mm 0 12mm }
.logo { font: bold 26pt 'URW Gothic', sans-serif; color: #7a1f1f }
.logo span { display: block; font: 8pt 'DejaVu Sans'; color: #7a6a50; letter-spacing: 2pt }
.partner { text-align: right; font: bold 11pt 'DejaVu Serif'; color: #333 }
.partner small { display: block; font: 8pt 'DejaVu Sans'; color: #666 }
.elite { text-align: center; font: italic bold 15pt 'P052'; color: #b9954a; margin-top: 2mm }
h1 { text-align: center; font: bold 22pt 'DejaVu Serif'; color: #10315e; margin: 2mm 20mm }
.aw { text-align: center; font-size: 10pt; margin: 3mm 0 1mm }
.nm { text-align: center; font: bold 19pt 'DejaVu Sans'; letter-spacing: 1pt }
table.sc { margin: 4mm auto 0; border-collapse: collapse; font-size: 9.5pt }
table.sc th, table.sc td { border: 0.8pt solid #b9954a; padding: 1.5mm 6mm; text-align: center }
table.sc th { background: #f6edd3; font-weight: bold }
.period { position: absolute; left: 16mm; top: 122mm; text-align: center;
  font: bold 13pt 'DejaVu Sans'; color: #7a1f1f }
.period small { display: block; font: 8.5pt 'DejaVu Sans'; color: #444 }
.stats { text-align: center; font-size: 8.5pt; color: #555; margin-top: 4mm }
.sigs { position: absolute; left: 70mm; right: 70mm; top: 128mm; display: flex;
  justify-content: space-between; font-size: 8pt; text-align: center }
.sigs b { display: block; font-size: 9pt }
.foot { position: absolute; left: 10mm; right: 10mm; bottom: 6mm; display: flex;
  justify-content: space-between; align-items: flex-end; font-size: 8pt; color: #333 }
.qr { text-align: center; font-size: 7.5pt }
"""

_MOOC_BODY = """
<div class="page"><div class="in">
 <div class="top">
  <div class="logo">LearnArc<span>ONLINE CERTIFICATION</span></div>
  <div class="partner">Northbridge Institute of Technology
   <small>Centre for Continuing and Online Education</small></div>
 </div>
 <div class="elite">Elite</div>
 <h1>Data Structures and Algorithms Using Python</h1>
 <p class="aw">This certificate is awarded to</p>
 <div class="nm">KAVYA RAMANATHAN</div>
 <p class="aw">for successfully completing the course with a consolidated score of</p>
 <table class="sc">
  <tr><th>Online Assignments</th><th>Proctored Exam</th><th>Total Score</th></tr>
  <tr><td>21.5/25</td><td>56.4/75</td><td>78%</td></tr>
 </table>
 <div class="stats">Total number of candidates certified in this course: 4,812
  &nbsp;&middot;&nbsp; Average score of certified candidates: 61%</div>
 <div class="period">Jan-Apr 2025<small>(12 week course)</small></div>
 <div class="sigs">
  <div>@SIG1@<b>Prof. Devika Anantharaman</b>Course Coordinator</div>
  <div>@SIG2@<b>Dr. Marcus Oyelowo-Grant</b>Chair, Online Programmes</div>
 </div>
 <div class="foot">
  <div>Roll No: LA25CS41S3318207<br>Certificate ID: LAC25DSA93117</div>
  <div class="qr">@QR@<br>To verify the certificate</div>
 </div>
</div></div>
"""


@_case(
    "h22-chromium-mooc-scores",
    "chromium",
    _E(
        "Data Structures and Algorithms Using Python",
        "2025-01-01",
        "2025-04-30",
        "LAC25DSA93117",
        "KAVYA RAMANATHAN",
    ),
    "MOOC course certificate with score table and candidate statistics; the course period is "
    "printed as months only ('Jan-Apr 2025', '12 week course'); a roll number sits above the "
    "certificate ID; QR 'To verify' block.",
)
def _mooc_scores(folder: Path) -> Path:
    body = _fill(
        _MOOC_BODY,
        SIG1=p._signature_svg("h22-mooc-1", 150, 40),
        SIG2=p._signature_svg("h22-mooc-2", 150, 40),
        QR=p._qr_svg("LAC25DSA93117", "72px"),
    )
    return p._chromium(p._html(_MOOC_CSS, body), folder / "h22-mooc.pdf", *A4L_CSS)


_CRS_CSS = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #1f1f1f }
.page { width: 11in; height: 8.5in; position: relative; overflow: hidden;
  page-break-after: always; background: #fff }
.band { position: absolute; right: 0; top: 0; bottom: 0; width: 2.6in; background: #eef1f5 }
.ribbon { position: absolute; right: 0.75in; top: 0; width: 1.1in; height: 2.6in;
  background: #c8cfd9; clip-path: polygon(0 0, 100% 0, 100% 100%, 50% 85%, 0 100%) }
.ribbon div { color: #33404f; font: bold 10pt 'Nimbus Sans'; text-align: center;
  padding-top: 0.9in; letter-spacing: 1pt }
.brand { position: absolute; left: 0.8in; top: 0.6in; font: bold 20pt 'Nimbus Sans';
  color: #0056d2 }
.partner { position: absolute; left: 0.8in; top: 1.15in; font: bold 15pt 'Nimbus Roman';
  color: #5b1e2c }
.date { position: absolute; left: 0.8in; top: 2.0in; font-size: 12pt }
.name { position: absolute; left: 0.8in; top: 2.5in; font: bold 30pt 'Nimbus Sans' }
.txt { position: absolute; left: 0.8in; top: 3.3in; width: 6.9in; font-size: 12pt }
.course { position: absolute; left: 0.8in; top: 3.65in; width: 7in;
  font: bold 24pt 'Nimbus Sans'; line-height: 1.15 }
.auth { position: absolute; left: 0.8in; top: 4.95in; width: 6.6in; font-size: 11pt;
  color: #333 }
.sig { position: absolute; left: 0.8in; top: 5.7in; font-size: 10pt }
.sig b { display: block }
.verify { position: absolute; right: 0.3in; bottom: 0.35in; width: 2.2in; font-size: 8pt;
  color: #444 }
.p2 h2 { margin: 0; padding: 0.8in 0.8in 0.2in; font: bold 20pt 'Nimbus Sans' }
.p2 p { margin: 0 0.8in 0.1in; font-size: 11pt }
.p2 ol { margin: 0.2in 0.8in; font-size: 11pt; line-height: 1.7 }
"""

_CRS_BODY = """
<div class="page">
 <div class="band"></div>
 <div class="ribbon"><div>COURSE<br>CERTIFICATE</div></div>
 <div class="brand">coursera</div>
 <div class="partner">VALEMONT UNIVERSITY</div>
 <div class="date">Mar 17, 2025</div>
 <div class="name">Rafael Okonkwo-Lindqvist</div>
 <div class="txt">has successfully completed</div>
 <div class="course">Cloud Networking Fundamentals: VPCs, Routing and Peering</div>
 <div class="auth">an online non-credit course authorized by Valemont University and offered
  through Coursera</div>
 <div class="sig">@SIG@<b>Prof. Hanna Eberle-Marsh</b>Department of Computer Science<br>
  Valemont University</div>
 <div class="verify">Verify at:<br>coursera.org/verify/7QKXH3M2PZLT<br><br>
  Coursera has confirmed the identity of this individual and their participation in the
  course.</div>
</div>
<div class="page p2">
 <h2>Course outline</h2>
 <p>Cloud Networking Fundamentals: VPCs, Routing and Peering &mdash; 4 modules,
  self-paced</p>
 <ol>
  <li>Module 1 &ndash; Virtual private clouds, subnets and address planning</li>
  <li>Module 2 &ndash; Route tables, internet and NAT gateways</li>
  <li>Module 3 &ndash; Peering, transit hubs and hybrid connectivity</li>
  <li>Module 4 &ndash; Security groups, network ACLs and flow logs</li>
 </ol>
 <p>Graded items: 4 quizzes, 2 hands-on labs, 1 peer-reviewed design assignment.</p>
</div>
"""


@_case(
    "h22-chromium-coursera-outline",
    "chromium",
    _E(
        "Cloud Networking Fundamentals: VPCs, Routing and Peering",
        None,
        "2025-03-17",
        "7QKXH3M2PZLT",
        "Rafael Okonkwo-Lindqvist",
        issuer="Coursera",
    ),
    "Coursera-style course certificate (partner university named in the header, single "
    "completion date above the name) followed by a second page with the course outline "
    "repeating the title.",
)
def _coursera_outline(folder: Path) -> Path:
    body = _fill(_CRS_BODY, SIG=p._signature_svg("h22-crs", 170, 44))
    return p._chromium(p._html(_CRS_CSS, body), folder / "h22-coursera.pdf", *LETL_CSS)


_FW_CSS = """
@page { size: 297mm 210mm; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222 }
.page { width: 297mm; height: 210mm; position: relative; overflow: hidden; background: #fff }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 16mm; background: #13233f }
.vert { position: absolute; left: 4.5mm; top: 22mm; writing-mode: vertical-rl;
  transform: rotate(180deg); color: #e9eef7; font: 8pt 'DejaVu Sans Mono';
  letter-spacing: 1.5pt }
.hdr { position: absolute; left: 32mm; top: 16mm; font: bold 17pt 'DejaVu Sans';
  color: #13233f; letter-spacing: 3pt }
.hdr span { color: #e2531d }
.sub { position: absolute; left: 32mm; top: 25mm; font-size: 9pt; color: #777;
  letter-spacing: 2pt }
h1 { position: absolute; left: 32mm; top: 44mm; margin: 0; font: 300 34pt 'DejaVu Sans';
  color: #13233f }
.pre { position: absolute; left: 32mm; top: 66mm; font-size: 11pt; color: #555 }
.name { position: absolute; left: 32mm; top: 74mm; font: bold 28pt 'DejaVu Serif' }
.for { position: absolute; left: 32mm; top: 93mm; font-size: 11pt; color: #555 }
.course { position: absolute; left: 32mm; top: 101mm; width: 225mm;
  font: bold 17pt 'DejaVu Sans'; color: #e2531d }
.facts { position: absolute; left: 32mm; top: 122mm; font-size: 10pt; line-height: 1.7 }
.facts b { display: inline-block; width: 40mm; color: #13233f }
.sig { position: absolute; left: 32mm; top: 160mm; font-size: 9pt; border-top: 0.8pt solid
  #999; padding-top: 1.5mm; width: 70mm }
.issued { position: absolute; right: 18mm; top: 170mm; font-size: 9pt; color: #555 }
.seal { position: absolute; right: 24mm; top: 20mm }
"""

_FW_BODY = """
<div class="page">
 <div class="side"><div class="vert">CERTIFICATE NO. PNA-EDU214-250213-0619</div></div>
 <div class="hdr">PALISADE<span>NETWORKS</span></div>
 <div class="sub">EDUCATION SERVICES</div>
 <div class="seal">@SEAL@</div>
 <h1>Certificate of Training</h1>
 <div class="pre">This certificate is presented to</div>
 <div class="name">Mei-Lin Sørensen</div>
 <div class="for">for completing the instructor-led course</div>
 <div class="course">EDU-214: Firewall Essentials – Configuration and Management</div>
 <div class="facts">
  <b>Training dates</b>10 – 13 February 2025 (virtual classroom, CET)<br>
  <b>CPE credits</b>32<br>
  <b>Instructor</b>Jonas Verhoef (Instructor ID PN-INS-0457)<br>
  <b>Delivered by</b>Palisade Authorized Training Center Benelux
 </div>
 <div class="sig">@SIG@<br>Director, Education Services</div>
 <div class="issued">Date of issue: 14 February 2025</div>
</div>
"""


@_case(
    "h22-chromium-firewall-vertical-number",
    "chromium",
    _E(
        "EDU-214: Firewall Essentials – Configuration and Management",
        "2025-02-10",
        "2025-02-13",
        "PNA-EDU214-250213-0619",
        "Mei-Lin Sørensen",
        credits=(32.0, "CPE"),
    ),
    "Firewall-vendor training certificate whose certificate number runs vertically up the dark "
    "left edge; an instructor ID and a separate date of issue are distractors.",
)
def _firewall_vertical(folder: Path) -> Path:
    body = _fill(
        _FW_BODY,
        SEAL=p._seal_svg(90, "#e2531d"),
        SIG=p._signature_svg("h22-fw", 160, 40),
    )
    return p._chromium(p._html(_FW_CSS, body), folder / "h22-palisade.pdf", *A4L_CSS)


_BOOT_CSS = """
@page { size: 210mm 297mm; margin: 0 }
body { margin: 0; font-family: 'Nimbus Roman', serif; color: #1c1c1c }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; background: #fff }
.top { height: 34mm; background: linear-gradient(90deg, #0e5a63, #2aa198); color: #fff;
  padding: 10mm 18mm 0; box-sizing: border-box; font: bold 18pt 'URW Gothic' }
.top small { display: block; font: 9pt 'Nimbus Sans'; letter-spacing: 2pt; opacity: 0.9 }
h1 { text-align: center; margin: 26mm 0 4mm; font: 30pt 'P052'; color: #0e5a63 }
.rule { width: 40mm; margin: 0 auto 16mm; border-top: 1.5pt solid #2aa198 }
p.txt { margin: 0 24mm; font-size: 14pt; line-height: 1.75; text-align: justify }
p.txt strong { font-size: 15pt }
.num { margin: 14mm 24mm 0; font: 10pt 'Nimbus Sans'; color: #444 }
.place { position: absolute; left: 24mm; top: 222mm; font-size: 12pt }
.sigs { position: absolute; left: 24mm; right: 24mm; top: 240mm; display: flex;
  justify-content: space-between; font: 9pt 'Nimbus Sans' }
.sigs div { width: 70mm; border-top: 0.8pt solid #555; padding-top: 2mm }
.foot { position: absolute; bottom: 10mm; left: 0; right: 0; text-align: center;
  font: 7.5pt 'Nimbus Sans'; color: #777 }
"""

_BOOT_BODY = """
<div class="page">
 <div class="top">Harbourline Tech Institute<small>PROFESSIONAL BOOTCAMPS</small></div>
 <h1>Certificate of Attendance</h1>
 <div class="rule"></div>
 <p class="txt">This is to certify that <strong>Ilse van Rompaey</strong> attended the
  five-day in-person <strong>Kubernetes Operations Bootcamp</strong> held in Rotterdam,
  the Netherlands, from 24 to 28 March 2025, comprising 35 hours of hands-on instruction
  in cluster installation, upgrades, observability and incident response.</p>
 <div class="num">Certificate no. HTI-KOB-25-0077 &nbsp;&middot;&nbsp; Cohort RTM-03</div>
 <div class="place">Rotterdam, 31 March 2025</div>
 <div class="sigs">
  <div>@SIG1@<br>Lead Trainer</div>
  <div>@SIG2@<br>Head of Bootcamps, Harbourline Tech Institute</div>
 </div>
 <div class="foot">Harbourline Tech Institute &middot; Veerhaven Kade 9 &middot; Rotterdam
  &middot; Chamber of Commerce 91827364</div>
</div>
"""


@_case(
    "h22-chromium-bootcamp-sentence",
    "chromium",
    _E(
        "Kubernetes Operations Bootcamp",
        "2025-03-24",
        "2025-03-28",
        "HTI-KOB-25-0077",
        "Ilse van Rompaey",
        credits=(35.0, "hours"),
    ),
    "In-person bootcamp attendance certificate: the name, course, city, date range and hours "
    "all sit in one justified sentence; the place-and-date line below is the issue date.",
)
def _bootcamp_sentence(folder: Path) -> Path:
    body = _fill(
        _BOOT_BODY,
        SIG1=p._signature_svg("h22-boot-1", 150, 40),
        SIG2=p._signature_svg("h22-boot-2", 150, 40),
    )
    return p._chromium(p._html(_BOOT_CSS, body), folder / "h22-bootcamp.pdf", *A4P_CSS)


_PH_CSS = """
@page { size: 297mm 210mm; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #2b2b2b }
.page { width: 297mm; height: 210mm; position: relative; overflow: hidden;
  background: #fbfbfb; border: 6mm solid #4b3f8f; box-sizing: border-box }
.logo { position: absolute; left: 14mm; top: 12mm; font: bold 16pt 'DejaVu Sans';
  color: #4b3f8f }
.logo small { font: 8pt 'DejaVu Sans'; color: #888; display: block }
h1 { text-align: center; margin: 40mm 0 0; font: bold 30pt 'DejaVu Serif'; color: #4b3f8f }
.c { text-align: center; font-size: 12pt; margin-top: 7mm }
.n { text-align: center; font: italic 26pt 'DejaVu Serif'; margin-top: 4mm }
.t { text-align: center; font: bold 18pt 'DejaVu Sans'; margin-top: 5mm; color: #222 }
.meta { position: absolute; left: 14mm; bottom: 18mm; font-size: 9pt; line-height: 1.6 }
.sig { position: absolute; right: 18mm; bottom: 20mm; text-align: center; font-size: 9pt }
.pw { position: absolute; left: 0; right: 0; bottom: 4mm; text-align: center;
  font-size: 6.5pt; color: #999 }
"""

_PH_BODY = """
<div class="page">
 <div class="logo">Skoolpad<small>Learning portal</small></div>
 <h1>Certificate of Completion</h1>
 <div class="c">This certifies that</div>
 <div class="n">Dominika Wrzesińska</div>
 <div class="c">has successfully completed</div>
 <div class="t">{{course.title}}</div>
 <div class="c">on 19 November 2024</div>
 <div class="meta">Certificate ID: SKP-1119-58302<br>Enrolment no.: 204-77318<br>
  Grade: Pass</div>
 <div class="sig">@SIG@<br>Training Administrator</div>
 <div class="pw">Powered by Skoolpad LMS 3.2 &middot; certificate template "Classic Violet"</div>
</div>
"""


@_case(
    "h22-lms-placeholder-course",
    "chromium",
    _E(
        None,
        None,
        "2024-11-19",
        "SKP-1119-58302",
        "Dominika Wrzesińska",
        review=True,
    ),
    "UNCLEAR: PHP-style LMS certificate whose course-title merge field was printed unfilled "
    "('{{course.title}}'); the course is missing from the page. Date, ID and name are fine; "
    "the enrolment number is not the certificate's.",
)
def _lms_placeholder(folder: Path) -> Path:
    body = _fill(_PH_BODY, SIG=p._signature_svg("h22-skp", 150, 40))
    return p._chromium(p._html(_PH_CSS, body), folder / "h22-skoolpad.pdf", *A4L_CSS)


# ============================================================================================
# WeasyPrint
# ============================================================================================

_SYM_CSS = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1d1d1d }
.page { width: 297mm; height: 209mm; position: relative; overflow: hidden;
  background: #fff }
.frame { position: absolute; left: 7mm; top: 7mm; right: 7mm; bottom: 7mm;
  border: 3pt double #1b4f8a }
.acr { position: absolute; left: 16mm; top: 14mm; width: 36mm; height: 36mm;
  border-radius: 18mm; background: #1b4f8a; color: #fff; text-align: center;
  font: bold 10pt 'DejaVu Sans'; line-height: 1.25; padding-top: 11mm;
  box-sizing: border-box }
.inst { position: absolute; left: 60mm; right: 20mm; top: 15mm; text-align: center;
  font: bold 14pt 'DejaVu Serif'; color: #1b4f8a }
.inst small { display: block; font: 9.5pt 'DejaVu Sans'; color: #333; margin-top: 1mm }
.ev { position: absolute; left: 22mm; right: 22mm; top: 55mm; text-align: center;
  font: bold 17pt 'DejaVu Sans'; color: #8a1b3d }
.ttl { position: absolute; left: 0; right: 0; top: 72mm; text-align: center;
  font: bold 26pt 'P052'; letter-spacing: 2pt; color: #1b4f8a }
.txt { position: absolute; left: 26mm; right: 26mm; top: 92mm; text-align: center;
  font-size: 12.5pt; line-height: 1.9 }
.txt b { font-size: 13.5pt }
.no { position: absolute; left: 18mm; bottom: 16mm; font: 8.5pt 'DejaVu Sans' }
.sigs { position: absolute; left: 70mm; right: 18mm; bottom: 16mm; display: flex;
  justify-content: space-between; font: 8.5pt 'DejaVu Sans'; text-align: center }
"""

_SYM_BODY = """
<div class="page"><div class="frame"></div>
 <div class="acr">ISECNA<br>2025</div>
 <div class="inst">Kestrel Valley Institute of Engineering
  <small>Department of Electronics &amp; Communication Engineering
  &middot; in association with the Society for Networked Systems Research</small></div>
 <div class="ev">International Symposium on Edge Computing and Network Automation</div>
 <div class="ttl">CERTIFICATE OF PARTICIPATION</div>
 <div class="txt">This is to certify that <b>Dr. Arjun Venkataraghavan</b> of Meridian College
  of Engineering has participated and presented a paper titled <i>&ldquo;Latency-Aware
  Placement of Virtual Network Functions at the Edge&rdquo;</i> in the Three Days
  International Symposium ISECNA 2025, held during 14&ndash;16 May 2025 at Kestrel Valley
  Institute of Engineering.</div>
 <div class="no">Certificate No: KVIE/ECE/ISECNA25/P-0148<br>Paper ID: ISECNA-117</div>
 <div class="sigs">
  <div>@S1@<br>Convener</div><div>@S2@<br>Organising Secretary</div>
  <div>@S3@<br>Principal</div>
 </div>
</div>
"""


@_case(
    "h22-weasy-symposium-three-days",
    "weasyprint",
    _E(
        "International Symposium on Edge Computing and Network Automation",
        "2025-05-14",
        "2025-05-16",
        "KVIE/ECE/ISECNA25/P-0148",
        "Arjun Venkataraghavan",
    ),
    "Symposium participation certificate: acronym roundel, event title above the heading, a "
    "paper title in quotes, 'Three Days International Symposium' in the sentence; title 'Dr.' "
    "before the name; a paper ID beside the certificate number.",
)
def _symposium(folder: Path) -> Path:
    body = _fill(
        _SYM_BODY,
        S1=p._signature_svg("h22-sym-1", 120, 34),
        S2=p._signature_svg("h22-sym-2", 120, 34),
        S3=p._signature_svg("h22-sym-3", 120, 34),
    )
    return p._weasy(p._html(_SYM_CSS, body), folder / "h22-isecna.pdf")


_LET_CSS = """
@page { size: A4; margin: 22mm 24mm 20mm 24mm;
  @bottom-center { content: "Quillfeather Analytics B.V. · Oostelijke Handelskade 71 · Amsterdam · "
    "quillfeather-analytics.example"; font: 7.5pt 'DejaVu Sans'; color: #888 } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.6;
  color: #222 }
.head { display: flex; justify-content: space-between; align-items: center;
  border-bottom: 2pt solid #5e2ca5; padding-bottom: 4mm }
.brand { font: bold 18pt 'URW Gothic'; color: #5e2ca5 }
.brand small { display: block; font: 8pt 'DejaVu Sans'; color: #777; letter-spacing: 1pt }
.date { margin-top: 10mm }
h2 { font-size: 13pt; margin: 8mm 0 4mm; color: #5e2ca5 }
.id { margin-top: 10mm; font-size: 9pt; color: #444 }
"""

_LET_BODY = """
<div class="head"><div class="brand">Quillfeather<small>VIRTUAL EXPERIENCE PROGRAMMES</small>
 </div>@QR@</div>
<p class="date">Amsterdam, 12 June 2025</p>
<h2>Virtual Internship Completion Letter</h2>
<p>To whom it may concern,</p>
<p>This letter confirms that <b>Tomás Ferreira-Lund</b> completed the
 <b>Cloud Security Virtual Internship</b> with Quillfeather Analytics from March 2025 to
 May 2025, working remotely with our platform security team.</p>
<p>During the programme Tomás threat-modelled a multi-tenant data pipeline, reviewed
 identity and access policies for least privilege, built detection rules for anomalous
 storage access and presented a remediation plan to the engineering leads. The work was
 assessed by two mentors and rated &ldquo;exceeds expectations&rdquo;.</p>
<p>We thank Tomás for the contribution and wish every success in the next steps.</p>
<p style="margin-top:10mm">Kind regards,</p>
@SIG@
<p style="margin-top:0"><b>Renske Haverkamp-Odu</b><br>Programme Lead, Early Careers</p>
<p class="id">Certificate ID: QFA-VIP-7Q2M-9931<br>Participant reference: P-2025-0316</p>
"""


@_case(
    "h22-weasy-internship-months",
    "weasyprint",
    _E(
        "Cloud Security Virtual Internship",
        "2025-03-01",
        "2025-05-31",
        "QFA-VIP-7Q2M-9931",
        "Tomás Ferreira-Lund",
    ),
    "Virtual-internship completion letter: months only ('from March 2025 to May 2025'), a "
    "letter date above, a participant reference beside the certificate ID.",
)
def _internship(folder: Path) -> Path:
    body = _fill(
        _LET_BODY,
        QR=p._qr_svg("QFA-VIP-7Q2M-9931", "64px"),
        SIG=p._signature_svg("h22-qfa", 160, 42),
    )
    return p._weasy(p._html(_LET_CSS, body), folder / "h22-quillfeather.pdf")


_NL_CSS = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #222 }
.page { width: 297mm; height: 209mm; position: relative; overflow: hidden;
  background: #fff }
.left { position: absolute; left: 0; top: 0; bottom: 0; width: 78mm; background: #f28c28 }
.left .b { position: absolute; left: 12mm; top: 18mm; color: #fff; font: bold 22pt
  'URW Gothic'; line-height: 1.1 }
.left .s { position: absolute; left: 12mm; bottom: 16mm; color: #fff; font-size: 8.5pt;
  line-height: 1.5 }
.main { position: absolute; left: 92mm; top: 22mm; right: 18mm }
h1 { margin: 0; font: bold 30pt 'Nimbus Sans'; color: #f28c28 }
.k { margin-top: 9mm; font-size: 12pt }
.n { margin-top: 3mm; font: bold 24pt 'Nimbus Roman' }
.c { margin-top: 4mm; font: bold 17pt 'Nimbus Sans'; color: #1d3557 }
table { margin-top: 9mm; border-collapse: collapse; font-size: 10.5pt }
td { padding: 1.5mm 6mm 1.5mm 0 }
td:first-child { color: #666 }
.sig { position: absolute; left: 92mm; bottom: 18mm; font-size: 9pt }
"""

_NL_BODY = """
<div class="page">
 <div class="left"><div class="b">Brugwerk<br>Opleidingen</div>
  <div class="s">Brugwerk Opleidingen B.V.<br>Catharijnesingel 88<br>Utrecht</div></div>
 <div class="main">
  <h1>Certificaat van deelname</h1>
  <div class="k">Hierbij verklaren wij dat</div>
  <div class="n">Sanne de Wit-Verbeek</div>
  <div class="k">met goed gevolg heeft deelgenomen aan de training</div>
  <div class="c">Basiscursus Ansible Automatisering</div>
  <table>
   <tr><td>Datum training</td><td>04-11-2024 t/m 05-11-2024</td></tr>
   <tr><td>Locatie</td><td>Utrecht</td></tr>
   <tr><td>Studiebelasting</td><td>14 uur</td></tr>
   <tr><td>Trainer</td><td>Joost Ammerlaan</td></tr>
   <tr><td>Certificaatnummer</td><td>BWO-ANS-24-1187</td></tr>
  </table>
 </div>
 <div class="sig">@SIG@<br>Utrecht, 8 november 2024 &middot; namens Brugwerk Opleidingen</div>
</div>
"""


@_case(
    "h22-weasy-dutch-numeric-dates",
    "weasyprint",
    _E(
        "Basiscursus Ansible Automatisering",
        "2024-11-04",
        "2024-11-05",
        "BWO-ANS-24-1187",
        "Sanne de Wit-Verbeek",
        credits=(14.0, "hours"),
    ),
    "Dutch participation certificate: the training dates are numeric (04-11-2024 t/m "
    "05-11-2024), day-month by the Dutch language (t/m, Dutch month name in the issue "
    "line).",
)
def _dutch(folder: Path) -> Path:
    body = _fill(_NL_BODY, SIG=p._signature_svg("h22-nl", 150, 40))
    return p._weasy(p._html(_NL_CSS, body, lang="nl"), folder / "h22-brugwerk.pdf")


_TR_CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages);
    font: 7.5pt 'DejaVu Sans'; color: #777 } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222 }
.hd { display: flex; justify-content: space-between; border-bottom: 1.5pt solid #0b6e4f;
  padding-bottom: 3mm }
.hd b { font: bold 15pt 'DejaVu Sans'; color: #0b6e4f }
.box { margin-top: 7mm; border: 1pt solid #0b6e4f; padding: 6mm 8mm; background: #f3faf7 }
.box h1 { margin: 0 0 3mm; font: bold 18pt 'DejaVu Serif'; color: #0b6e4f }
.box .c { font: bold 14pt 'DejaVu Sans'; margin: 2mm 0 3mm }
.kv td { padding: 0.8mm 6mm 0.8mm 0 }
.kv td:first-child { color: #555 }
h2 { font-size: 11pt; margin: 9mm 0 2mm; color: #0b6e4f }
table.t { width: 100%; border-collapse: collapse; font-size: 8.8pt }
table.t th { background: #0b6e4f; color: #fff; text-align: left; padding: 1.6mm }
table.t td { border-bottom: 0.6pt solid #c9d8d1; padding: 1.6mm }
.fine { margin-top: 8mm; font-size: 7.5pt; color: #666 }
"""

_TR_BODY = """
<div class="hd"><div><b>Corvane Wireless Academy</b><br>Learner record and certificate</div>
 <div>Learner: Oluwaseun Adeyemi-Hart<br>Student ID: CWA-S-204517</div></div>
<div class="box">
 <h1>Certificate of Completion</h1>
 This certifies that <b>Oluwaseun Adeyemi-Hart</b> has completed all requirements of
 <div class="c">Wireless LAN Design Fundamentals (WLD-101)</div>
 <table class="kv">
  <tr><td>Completed</td><td>27 September 2024</td></tr>
  <tr><td>Contact hours</td><td>16</td></tr>
  <tr><td>Final assessment</td><td>91 / 100</td></tr>
  <tr><td>Certificate ID</td><td>CWA-CERT-24-88013</td></tr>
 </table>
</div>
<h2>Academic transcript</h2>
<table class="t">
 <tr><th>Code</th><th>Course</th><th>Started</th><th>Completed</th><th>Hours</th>
  <th>Result</th></tr>
 <tr><td>WLD-090</td><td>RF Basics for Network Engineers</td><td>03 Jun 2024</td>
  <td>14 Jun 2024</td><td>8</td><td>Pass</td></tr>
 <tr><td>WLD-101</td><td>Wireless LAN Design Fundamentals</td><td>02 Sep 2024</td>
  <td>27 Sep 2024</td><td>16</td><td>91</td></tr>
 <tr><td>WLS-120</td><td>Wireless Security Essentials</td><td>07 Oct 2024</td>
  <td>&mdash;</td><td>12</td><td>In progress</td></tr>
 <tr><td>WLT-150</td><td>Site Survey Tools and Heat Maps</td><td>&mdash;</td>
  <td>&mdash;</td><td>10</td><td>Enrolled</td></tr>
</table>
<p class="fine">This record lists every course on the learner's plan. Only the course named
 in the certificate box above is certified by this document; other courses receive their
 own certificates on completion. Record generated for Oluwaseun Adeyemi-Hart.</p>
"""


@_case(
    "h22-weasy-transcript-one-certified",
    "weasyprint",
    _E(
        "Wireless LAN Design Fundamentals (WLD-101)",
        None,
        "2024-09-27",
        "CWA-CERT-24-88013",
        "Oluwaseun Adeyemi-Hart",
        credits=(16.0, "hours"),
    ),
    "Learner record: a certificate box for one course (single completion date) above a "
    "transcript table of four courses with their own start/completion dates and hours; a "
    "student ID in the header.",
)
def _transcript(folder: Path) -> Path:
    return p._weasy(p._html(_TR_CSS, _TR_BODY), folder / "h22-corvane.pdf")


_GR_CSS = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1e1e1e }
.page { width: 297mm; height: 209mm; position: relative; overflow: hidden;
  background: #fdfcf8 }
.fr { position: absolute; inset: 8mm; border: 1.5pt solid #2a5d8f; outline: 0.5pt solid
  #2a5d8f; outline-offset: -3mm }
.org { position: absolute; left: 0; right: 0; top: 20mm; text-align: center;
  font: bold 14pt 'DejaVu Sans'; color: #2a5d8f }
.org small { display: block; font: 9pt 'DejaVu Sans'; color: #555; margin-top: 1mm }
h1 { position: absolute; left: 0; right: 0; top: 44mm; margin: 0; text-align: center;
  font: bold 26pt 'DejaVu Serif'; letter-spacing: 2pt; color: #2a5d8f }
.t { position: absolute; left: 30mm; right: 30mm; top: 70mm; text-align: center;
  font-size: 13pt; line-height: 2 }
.nm { font: bold 21pt 'DejaVu Serif' }
.cr { font: bold 16pt 'DejaVu Sans'; color: #7b2d26 }
.ft { position: absolute; left: 22mm; bottom: 20mm; font: 9pt 'DejaVu Sans';
  line-height: 1.6 }
.sg { position: absolute; right: 26mm; bottom: 18mm; text-align: center;
  font: 9pt 'DejaVu Sans' }
"""

_GR_BODY = """
<div class="page"><div class="fr"></div>
 <div class="org">ΙΝΣΤΙΤΟΥΤΟ ΨΗΦΙΑΚΗΣ ΚΑΤΑΡΤΙΣΗΣ ΑΙΓΑΙΟΥ
  <small>Κέντρο Επαγγελματικής Εκπαίδευσης Πληροφορικής</small></div>
 <h1>ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</h1>
 <div class="t">Βεβαιώνεται ότι η<br><span class="nm">Ελένη Σταματοπούλου-Ρήγα</span><br>
  παρακολούθησε με επιτυχία το πρόγραμμα κατάρτισης<br>
  <span class="cr">Διαχείριση Δικτύων Υπολογιστών</span><br>
  που πραγματοποιήθηκε από 3 έως 7 Μαρτίου 2025, συνολικής διάρκειας 35 ωρών.</div>
 <div class="ft">Αριθμός βεβαίωσης: BK-2025-0412<br>Πειραιάς, 10 Μαρτίου 2025</div>
 <div class="sg">@SIG@<br>Ο Διευθυντής Σπουδών</div>
</div>
"""


@_case(
    "h22-weasy-greek-attendance",
    "weasyprint",
    _E(
        "Διαχείριση Δικτύων Υπολογιστών",
        "2025-03-03",
        "2025-03-07",
        "BK-2025-0412",
        "Ελένη Σταματοπούλου-Ρήγα",
        credits=(35.0, "hours"),
    ),
    "Greek attendance certificate (non-Latin script with a text layer): range 'από 3 έως 7 "
    "Μαρτίου 2025' in genitive month form, hours as 'διάρκειας 35 ωρών', a place-and-date "
    "issue line below the certificate number.",
)
def _greek(folder: Path) -> Path:
    body = _fill(_GR_BODY, SIG=p._signature_svg("h22-gr", 150, 40))
    return p._weasy(p._html(_GR_CSS, body, lang="el"), folder / "h22-aigaio.pdf")


# ============================================================================================
# LibreOffice Writer (flat ODF and Word files)
# ============================================================================================


@_case(
    "h22-lo-german-teilnahme",
    "libreoffice",
    _E(
        "Netzwerksicherheit mit Firewalls – Grundlagen",
        "2025-02-03",
        "2025-02-07",
        "ANL-2025-00318",
        "Annika Vollmer-Staub",
        credits=(40.0, "hours"),
    ),
    "German Teilnahmebescheinigung: 'Frau Dr.' before the name, a birth date under it, range "
    "'vom 03. bis 07. Februar 2025', a numeric place-and-date issue line, Stunden.",
)
def _german(folder: Path) -> Path:
    d = p._Odt(
        21.0,
        29.7,
        2.2,
        footer="Akademie Nordlicht für IT-Weiterbildung GmbH · "
        "Speicherstadt 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 998877",
    )
    d.p("AKADEMIE NORDLICHT", 20, bold=True, color="#123c69", font="URW Gothic", spacing=3)
    d.p("für IT-Weiterbildung", 10, color="#555555", after=2.2)
    d.p("Teilnahmebescheinigung", 28, bold=True, color="#123c69", font="DejaVu Serif", after=1.4)
    d.p("Frau Dr. Annika Vollmer-Staub", 18, bold=True, after=0.1)
    d.p("geboren am 14.06.1988 in Lüneburg", 10, color="#555555", after=1.0)
    d.p("hat vom 03. bis 07. Februar 2025 an dem Seminar", 12, after=0.4)
    d.p("Netzwerksicherheit mit Firewalls – Grundlagen", 16, bold=True, color="#ac3b61", after=0.4)
    d.p("erfolgreich teilgenommen.", 12, after=1.0)
    d.p("Umfang: 40 Stunden (Präsenzunterricht in Hamburg)", 11, after=0.6)
    d.p("Inhalte:", 10, bold=True, align="start", before=0.6)
    for line in (
        "Grundlagen von Paketfiltern und zustandsbehafteten Firewalls",
        "Zonenkonzepte, NAT und VPN-Anbindung",
        "Regelwerke entwerfen, testen und dokumentieren",
        "Protokollierung, Monitoring und Fehlersuche",
    ):
        d.p("•  " + line, 10, align="start", after=0.05)
    d.p("Bescheinigungs-Nr.: ANL-2025-00318", 10, align="start", before=1.4)
    d.p("Hamburg, den 10.02.2025", 10, align="start", before=0.4, after=1.6)
    d.p("______________________________", 10, align="start", after=0.05)
    d.p("Seminarleitung", 9, align="start", color="#555555")
    return p._soffice("h22-nordlicht.fodt", d.render(), folder)


@_case(
    "h22-lo-portuguese-docx",
    "libreoffice",
    _E(
        "Automação de Redes com Python",
        "2024-08-05",
        "2024-08-09",
        "8F3K-2LQ9-XR71",
        "JOÃO PEDRO ALBUQUERQUE NUNES",
        credits=(20.0, "hours"),
    ),
    "Brazilian-Portuguese certificate from a Word file: ALL-CAPS name, 'realizado de 5 a 9 de "
    "agosto de 2024', carga horária in hours, 'Emitido em' issue date, a validation code "
    "with a validation address.",
)
def _portuguese(folder: Path) -> Path:
    d = p._Docx(11.69, 8.27, 0.9)
    d.p("ESCOLA TÉCNICA VÉRTICE DIGITAL", 16, bold=True, color="#0F5257", spacing=2)
    d.p("Educação profissional em redes e infraestrutura", 9, color="#666666", after=24)
    d.p("CERTIFICADO DE CONCLUSÃO", 30, bold=True, color="#0F5257", font="DejaVu Serif", after=18)
    d.p("Certificamos que", 12, after=6)
    d.p("JOÃO PEDRO ALBUQUERQUE NUNES", 22, bold=True, after=8)
    d.p("concluiu o curso", 12, after=6)
    d.p("Automação de Redes com Python", 18, bold=True, color="#B5651D", after=8)
    d.p(
        "com carga horária de 20 horas, realizado de 5 a 9 de agosto de 2024, na modalidade "
        "online ao vivo.",
        12,
        after=20,
    )
    d.p("Emitido em 12 de agosto de 2024.", 10, color="#444444", after=24)
    d.p("___________________________          ___________________________", 10, after=2)
    d.p("Coordenação Pedagógica                              Direção", 9, after=20)
    d.p([("Código de validação: ", False), ("8F3K-2LQ9-XR71", True)], 9, align="left", after=2)
    d.p(
        "Verifique a autenticidade em vertice-digital.example/validar",
        8,
        align="left",
        color="#666666",
    )
    return p._soffice("h22-vertice.docx", d.render(), folder)


@_case(
    "h22-lo-cover-letter-then-certificate",
    "libreoffice",
    _E(
        "Serverless Application Design on Stratus Cloud",
        "2024-11-18",
        "2024-11-22",
        "SCA-2024-11-4471",
        "Priyanka Raghunathan-Moss",
    ),
    "Two-page file: a dated cover letter (with a learner number) on page 1, the certificate "
    "with the course dates and certificate number on page 2.",
)
def _cover_letter(folder: Path) -> Path:
    d = p._Odt(21.0, 29.7, 2.4)
    d.p("Strandvik Cloud Academy", 16, bold=True, color="#1b5e20", align="start")
    d.p("Havnegata 41 · 7010 Trondheim · Norway", 9, color="#666666", align="start", after=1.4)
    d.p("2 December 2024", 11, align="start", after=0.8)
    d.p("Dear Priyanka Raghunathan-Moss,", 11, align="start", after=0.4)
    for para in (
        "Thank you for taking part in our five-day instructor-led programme. We hope the "
        "labs and the design reviews were useful for your daily work.",
        "Your certificate of completion is on the following page of this file. Please keep "
        "it with your training records; your manager can confirm it with the certificate "
        "number printed on it.",
        "Your learner number is SCA-L-55190. Quote it whenever you contact the academy "
        "about bookings or invoices.",
        "We look forward to seeing you again in one of our advanced courses.",
    ):
        d.p(para, 11, align="justify", after=0.35)
    d.p("Kind regards,", 11, align="start", before=0.6)
    d.p("Learner Services, Strandvik Cloud Academy", 11, align="start", after=0.2)
    d.page_break()
    d.p("STRANDVIK CLOUD ACADEMY", 12, bold=True, color="#1b5e20", spacing=3, before=2.0)
    d.p("Certificate of Completion", 30, bold=True, font="DejaVu Serif", before=1.4, after=1.2)
    d.p("This is to certify that", 12, after=0.3)
    d.p("Priyanka Raghunathan-Moss", 22, italic=True, font="DejaVu Serif", after=0.6)
    d.p("has successfully completed the instructor-led course", 12, after=0.3)
    d.p("Serverless Application Design on Stratus Cloud", 17, bold=True, color="#1b5e20", after=1.0)
    d.table(
        [
            ["Course dates", "18 – 22 November 2024"],
            ["Delivery", "Live online, 09:00–16:30 CET"],
            ["Certificate number", "SCA-2024-11-4471"],
        ],
        [5.0, 8.0],
        size=11,
    )
    d.p("______________________________", 10, before=2.4, after=0.05)
    d.p("Head of Training", 9, color="#555555")
    return p._soffice("h22-strandvik.fodt", d.render(), folder)


@_case(
    "h22-lo-italian-attestato",
    "libreoffice",
    _E(
        "Sicurezza delle reti wireless aziendali",
        "2024-10-14",
        "2024-10-16",
        "2024/WL/0562",
        "Lorenzo Bellandi-Ferraris",
        credits=(24.0, "hours"),
    ),
    "Italian attestato from a Word file: 'il Sig.' before the name, 'svoltosi a Milano dal 14 "
    "al 16 ottobre 2024', durata in ore, a later place-and-date issue line.",
)
def _italian(folder: Path) -> Path:
    d = p._Docx(11.69, 8.27, 0.9)
    d.p("ACCADEMIA RETI SICURE S.r.l.", 15, bold=True, color="#7A1F2B", spacing=2)
    d.p("Ente di formazione accreditato · Via dei Mille 27, Milano", 9, color="#666666", after=26)
    d.p(
        "ATTESTATO DI PARTECIPAZIONE", 28, bold=True, font="DejaVu Serif", color="#7A1F2B", after=20
    )
    d.p("Si attesta che il Sig.", 12, after=6)
    d.p("Lorenzo Bellandi-Ferraris", 22, bold=True, italic=True, font="DejaVu Serif", after=8)
    d.p("ha frequentato il corso di formazione", 12, after=6)
    d.p("Sicurezza delle reti wireless aziendali", 18, bold=True, after=8)
    d.p(
        "svoltosi a Milano dal 14 al 16 ottobre 2024, per una durata complessiva di 24 ore, "
        "superando la verifica finale di apprendimento.",
        12,
        after=22,
    )
    d.p("Attestato n. 2024/WL/0562", 10, align="left", after=2)
    d.p("Milano, 21 ottobre 2024", 10, align="left", after=16)
    d.p(
        "Il Direttore                                                            Il Docente",
        10,
        after=2,
    )
    return p._soffice("h22-ars.docx", d.render(), folder)


@_case(
    "h22-lo-statement-grades-table",
    "libreoffice",
    _E(
        "Introduction to Software-Defined Networking",
        "2024-09-02",
        "2024-10-11",
        "OCE-SDN-24F-002871",
        "Nadia Brückner-Osei",
    ),
    "University online-programme statement of accomplishment: '6 week course' with a date "
    "range, a grades table, a learner ID beside the statement ID, a 'generated' date.",
)
def _statement(folder: Path) -> Path:
    d = p._Odt(
        29.7,
        21.0,
        1.6,
        border="2pt solid #3d405b",
        footer="Open Campus Eastmere · online learning · generated 14 October 2024",
    )
    d.p("OPEN CAMPUS EASTMERE", 13, bold=True, color="#3d405b", spacing=3, before=0.4)
    d.p("University of Eastmere · School of Computing", 9, color="#777777", after=0.8)
    d.p("Statement of Accomplishment", 28, bold=True, font="P052", color="#3d405b", after=0.6)
    d.p("awarded to", 11, italic=True, after=0.1)
    d.p("Nadia Brückner-Osei", 22, bold=True, after=0.4)
    d.p("for successfully completing", 11, italic=True, after=0.1)
    d.p("Introduction to Software-Defined Networking", 17, bold=True, color="#e07a5f", after=0.2)
    d.p("6 week course · 2 September – 11 October 2024 · final grade 82%", 11, after=0.6)
    d.table(
        [
            ["Component", "Weight", "Score"],
            ["Weekly quizzes", "30%", "88%"],
            ["Programming assignments", "40%", "79%"],
            ["Final exam", "30%", "80%"],
        ],
        [7.0, 3.0, 3.0],
        size=10,
    )
    d.p(
        [
            ("Statement ID: ", False),
            ("OCE-SDN-24F-002871", True),
            ("      Learner ID: 5530912", False),
        ],
        9,
        before=0.6,
    )
    return p._soffice("h22-eastmere.fodt", d.render(), folder)


# ============================================================================================
# cairo
# ============================================================================================


@_case(
    "h22-cairo-netacad-outlined",
    "cairo",
    _E(
        "Introduction to Cybersecurity",
        None,
        "2024-12-04",
        None,
        "Farida Nwachukwu-Berg",
        issuer="Cisco Networking Academy",
    ),
    "NetAcad-like course-completion page exported with outlined type: the title, the course "
    "name, the statement and the bullet list are filled paths; only the learner name and "
    "the 'Issued on' date are text. No certificate number is printed.",
)
def _netacad(folder: Path) -> Path:
    w, h = 792.0, 612.0
    c = p._Cairo(folder / "h22-netacad.pdf", w, h)
    c.rect(0, 0, w, h, fill="#ffffff")
    c.rect(0, 0, w, 14, fill="#049fd9")
    c.rect(0, h - 14, w, 14, fill="#0d274d")
    for i, bh in enumerate((10, 18, 26, 18, 10, 18, 26, 18, 10)):
        c.rect(60 + i * 7, 70 - bh, 3.6, bh, fill="#049fd9")
    _outline(c, 60, 88, "CISCO", 11, bold=True, color="#049fd9")
    _outline(c, 108, 88, "Networking Academy", 15, bold=True, color="#0d274d")
    _outline(
        c,
        w / 2,
        165,
        "Certificate of Course Completion",
        30,
        family="DejaVu Serif",
        align="center",
        color="#0d274d",
    )
    c.text(
        w / 2,
        228,
        "Farida Nwachukwu-Berg",
        size=26,
        family="DejaVu Sans",
        bold=True,
        align="center",
        color="#1a1a1a",
    )
    c.line(w / 2 - 200, 240, w / 2 + 200, 240, color="#bbbbbb")
    _outline(
        c,
        w / 2,
        268,
        "has successfully achieved student level credential for completing the",
        12,
        align="center",
        color="#444444",
    )
    _outline(
        c,
        w / 2,
        302,
        "Introduction to Cybersecurity",
        24,
        bold=True,
        align="center",
        color="#049fd9",
    )
    _outline(
        c,
        w / 2,
        326,
        "course, administered by the undersigned instructor.",
        12,
        align="center",
        color="#444444",
    )
    _outline(c, 120, 362, "The student was able to proficiently:", 11, bold=True, color="#0d274d")
    y = 382.0
    for item in (
        "Explain the basics of being safe online, including what cybersecurity is.",
        "Explain how to protect devices and personal data from attacks.",
        "Describe how organizations protect their operations against attacks.",
        "Explain the importance of cybersecurity careers and opportunities.",
    ):
        _outline(c, 132, y, "•  " + item, 10, color="#333333")
        y += 16
    c.signature(120, 480, 150, 40, "h22-netacad")
    c.line(110, 525, 300, 525, color="#888888")
    _outline(c, 110, 540, "Instructor · Westbridge Community College", 9, color="#555555")
    c.text(w - 110, 540, "Issued on: 04 Dec 2024", size=10, align="right", color="#333333")
    _outline(
        c, w - 110, 556, "Academy: Westbridge Community College", 9, align="right", color="#555555"
    )
    return c.finish()


@_case(
    "h22-cairo-cloud-vertical-id",
    "cairo",
    _E(
        "Cloud Architecture Foundations (SCA-110)",
        None,
        "2025-01-09",
        "STR-CAF-8842-1095-LX",
        "Benedikt Ólafsson",
        credits=(12.0, "hours"),
    ),
    "Cloud-vendor academy certificate with the certificate ID running top-to-bottom along the "
    "right edge and a digital badge ID in the footer (not the certificate's code).",
)
def _cloud_vertical(folder: Path) -> Path:
    w, h = 792.0, 612.0
    c = p._Cairo(folder / "h22-stratoline.pdf", w, h)
    c.rect(0, 0, w, h, fill="#f7f9fc")
    c.rect(w - 44, 0, 44, h, fill="#2b2d8f")
    _cairo_vertical(
        c,
        w - 26,
        80,
        "CERTIFICATE ID   STR-CAF-8842-1095-LX",
        up=False,
        size=9,
        family="DejaVu Sans Mono",
        color="#ffffff",
    )
    c.circle(86, 86, 26, fill="#2b2d8f")
    c.circle(86, 86, 12, fill="#7fd1ff")
    c.text(124, 80, "STRATOLINE", size=20, bold=True, color="#2b2d8f", spacing=2.5)
    c.text(124, 98, "Cloud Academy", size=11, color="#6a6f85")
    c.text(70, 200, "Certificate of Completion", size=34, family="DejaVu Serif", color="#1b1d4f")
    c.text(70, 250, "Awarded to", size=12, color="#6a6f85")
    c.text(70, 290, "Benedikt Ólafsson", size=30, bold=True, color="#111111")
    c.text(70, 330, "for completing the on-demand course", size=12, color="#6a6f85")
    c.text(70, 362, "Cloud Architecture Foundations (SCA-110)", size=20, bold=True, color="#2b2d8f")
    c.text(70, 410, "Completed", size=9, color="#6a6f85")
    c.text(70, 426, "9 January 2025", size=13, color="#111111")
    c.text(250, 410, "Duration", size=9, color="#6a6f85")
    c.text(250, 426, "12 hours", size=13, color="#111111")
    c.text(400, 410, "Level", size=9, color="#6a6f85")
    c.text(400, 426, "Foundational", size=13, color="#111111")
    c.signature(70, 470, 150, 40, "h22-strato")
    c.line(70, 515, 260, 515, color="#999999")
    c.text(70, 530, "VP, Training and Certification", size=9, color="#6a6f85")
    c.text(
        w - 70,
        575,
        "Digital badge ID: BDG-55012 · badges.stratoline-cloud.example",
        size=8,
        align="right",
        color="#6a6f85",
    )
    c.qr(w - 150, 440, 80, "STR-CAF-8842-1095-LX")
    return c.finish()


@_case(
    "h22-cairo-lms-weekday-numeric",
    "cairo",
    _E(
        "Secure Remote Access with IPsec VPNs",
        None,
        "2024-03-08",
        "000481-CF",
        "Gwendolyn Achterberg",
    ),
    "LMS certificate with a 'Powered by' footer whose only date is 'Friday, 3/8/2024': the "
    "weekday settles it as 8 March 2024.",
)
def _lms_weekday(folder: Path) -> Path:
    w, h = 595.28, 841.89
    c = p._Cairo(folder / "h22-courseforge.pdf", w, h)
    c.rect(0, 0, w, h, fill="#ffffff")
    c.rect(28, 28, w - 56, h - 56, stroke="#c9a227", lw=3)
    c.rect(36, 36, w - 72, h - 72, stroke="#c9a227", lw=0.8)
    c.text(
        w / 2,
        120,
        "NORTHGATE IT TRAINING",
        size=13,
        bold=True,
        align="center",
        color="#444444",
        spacing=2,
    )
    c.text(
        w / 2,
        210,
        "Certificate of Completion",
        size=30,
        family="Z003",
        align="center",
        color="#7a5c00",
    )
    c.text(w / 2, 290, "Presented to", size=12, align="center", color="#555555")
    c.text(
        w / 2,
        335,
        "Gwendolyn Achterberg",
        size=26,
        family="DejaVu Serif",
        bold=True,
        align="center",
    )
    c.line(120, 350, w - 120, 350, color="#c9a227")
    c.text(w / 2, 390, "for completing the online course", size=12, align="center", color="#555555")
    c.wrap(
        w / 2,
        430,
        "Secure Remote Access with IPsec VPNs",
        400,
        18,
        24,
        align="center",
        bold=True,
        color="#1a1a1a",
    )
    c.text(w / 2, 500, "Completed on Friday, 3/8/2024", size=12, align="center")
    c.text(w / 2, 522, "Score: 46 / 50 (92%)", size=11, align="center", color="#555555")
    c.signature(w / 2 - 75, 600, 150, 40, "h22-cforge")
    c.line(w / 2 - 90, 645, w / 2 + 90, 645, color="#888888")
    c.text(w / 2, 660, "Training Coordinator", size=9, align="center", color="#555555")
    c.text(60, 740, "Certificate #: 000481-CF", size=9, color="#333333")
    c.text(w / 2, 790, "Powered by CourseForge LMS v5.4", size=6.5, align="center", color="#999999")
    return c.finish()


@_case(
    "h22-cairo-conference-acronym",
    "cairo",
    _E(
        "EUROSECOPS 2024 – European Security Operations Summit",
        "2024-10-08",
        "2024-10-10",
        None,
        "Yusra Bakhtiari-Lowe",
        credits=(18.0, "CPE"),
    ),
    "Conference certificate of attendance: acronym and full name in one title line, venue "
    "and date range below, CPE credits; only an attendee ID is printed (not a certificate "
    "code).",
)
def _conference(folder: Path) -> Path:
    w, h = 960.0, 540.0
    c = p._Cairo(folder / "h22-eurosecops.pdf", w, h)
    c.rect(0, 0, w, h, fill="#0b1d2e")
    c.rect(40, 40, w - 80, h - 80, fill="#ffffff")
    c.rect(40, 40, 14, h - 80, fill="#ff6b35")
    c.text(90, 100, "CERTIFICATE OF ATTENDANCE", size=13, bold=True, color="#ff6b35", spacing=3)
    c.text(
        90,
        150,
        "EUROSECOPS 2024 – European Security Operations Summit",
        size=21,
        bold=True,
        color="#0b1d2e",
    )
    c.text(90, 180, "Lisbon Congress Centre · 8–10 October 2024", size=13, color="#4a5a6a")
    c.text(90, 240, "This certifies that", size=12, color="#4a5a6a")
    c.text(90, 284, "Yusra Bakhtiari-Lowe", size=32, family="DejaVu Serif", color="#0b1d2e")
    c.wrap(
        90,
        320,
        "attended the keynotes, technical tracks and hands-on villages of the "
        "summit and earned 18 CPE credits.",
        560,
        12,
        18,
        color="#333333",
    )
    c.text(90, 420, "Attendee ID: ESO24-A-30981", size=10, color="#4a5a6a")
    c.signature(640, 380, 150, 40, "h22-eso")
    c.line(630, 428, 830, 428, color="#999999")
    c.text(730, 444, "Programme Committee Chair", size=9, align="center", color="#4a5a6a")
    c.circle(840, 250, 44, fill="#ff6b35")
    c.text(840, 246, "ESO", size=20, bold=True, align="center", color="#ffffff")
    c.text(840, 266, "2024", size=11, align="center", color="#ffffff")
    return c.finish()


@_case(
    "h22-cairo-two-certificate-ids",
    "cairo",
    _E(
        "Industrial Network Automation with Ansible",
        None,
        "2025-02-28",
        None,
        "Hiroshi Tanabe-Clarke",
        review=True,
    ),
    "UNCLEAR: automation-vendor certificate printing two different 'Certificate ID' values "
    "(top right and bottom left) with equal standing; everything else is clear.",
)
def _two_ids(folder: Path) -> Path:
    w, h = 841.89, 595.28
    c = p._Cairo(folder / "h22-vantorix.pdf", w, h)
    c.rect(0, 0, w, h, fill="#fffefa")
    c.rect(20, 20, w - 40, h - 40, stroke="#2e7d32", lw=2)
    c.text(50, 70, "VANTORIX", size=22, bold=True, color="#2e7d32", spacing=3)
    c.text(50, 88, "Automation Academy", size=10, color="#666666")
    c.text(w - 50, 70, "Certificate ID: VAA-25-02-11873", size=9, align="right", color="#333333")
    c.text(
        w / 2,
        180,
        "Certificate of Achievement",
        size=32,
        family="DejaVu Serif",
        align="center",
        color="#1b3a1c",
    )
    c.text(w / 2, 230, "This is to certify that", size=12, align="center", color="#555555")
    c.text(w / 2, 275, "Hiroshi Tanabe-Clarke", size=28, bold=True, align="center")
    c.text(w / 2, 315, "has successfully completed", size=12, align="center", color="#555555")
    c.text(
        w / 2,
        350,
        "Industrial Network Automation with Ansible",
        size=20,
        bold=True,
        align="center",
        color="#2e7d32",
    )
    c.text(w / 2, 385, "Completed 28 February 2025", size=12, align="center")
    c.signature(w - 260, 430, 150, 40, "h22-vtx")
    c.line(w - 270, 478, w - 90, 478, color="#888888")
    c.text(w - 180, 492, "Academy Manager", size=9, align="center", color="#555555")
    c.text(50, 540, "Certificate ID: VX-3MQ9-T7KD", size=9, color="#333333")
    c.qr(50, 440, 70, "VX-3MQ9-T7KD")
    return c.finish()


# ============================================================================================
# Ghostscript (hand-written PostScript)
# ============================================================================================


@_case(
    "h22-ps-wireless-ceu-expiry",
    "ghostscript",
    _E(
        "AeroMesh Certified Wireless Associate (ACWA) Training",
        None,
        "2025-01-22",
        "AMN-ACWA-25-01944",
        "Lucía Fernández-Oyelaran",
        credits=(3.2, "CEU"),
    ),
    "Wireless-vendor certificate: one completion date, a 'Valid until' date three years on, "
    "credits as 'worth 3.2 CEUs'.",
)
def _ps_wireless(folder: Path) -> Path:
    w, h = 792.0, 612.0
    ps = p._PS(w, h)
    ps.rect(0, 0, w, h, fill="#ffffff")
    ps.rect(24, 24, w - 48, h - 48, stroke="#00838f", lw=2.5)
    ps.rect(0, 0, w, 70, fill="#00838f")
    ps.text(48, 46, "AeroMesh Networks", font="sans-b", size=22, color="#ffffff")
    ps.text(
        w - 48, 46, "LEARNING & CERTIFICATION", font="sans", size=10, align="right", color="#e0f7fa"
    )
    ps.text(
        w / 2,
        150,
        "Certificate of Completion",
        font="palatino-b",
        size=32,
        align="center",
        color="#004d54",
    )
    ps.text(w / 2, 195, "This certifies that", font="sans", size=12, align="center")
    ps.text(w / 2, 240, "Lucía Fernández-Oyelaran", font="palatino", size=28, align="center")
    ps.line(w / 2 - 190, 252, w / 2 + 190, 252, color="#00838f")
    ps.text(
        w / 2, 285, "has completed the instructor-led course", font="sans", size=12, align="center"
    )
    ps.text(
        w / 2,
        318,
        "AeroMesh Certified Wireless Associate (ACWA) Training",
        font="sans-b",
        size=18,
        align="center",
        color="#004d54",
    )
    ps.text(
        w / 2,
        350,
        "This course is worth 3.2 CEUs (32 contact hours).",
        font="sans",
        size=11,
        align="center",
    )
    _ps_lines(
        ps,
        90,
        410,
        [
            "Date of completion:   22 January 2025",
            "Certificate Number:   AMN-ACWA-25-01944",
            "Valid until:          22 January 2028",
        ],
        "mono",
        11,
        18,
        align="left",
    )
    ps.signature(500, 400, 160, 44, "h22-aeromesh")
    ps.line(490, 452, 690, 452, color="#777777")
    ps.text(590, 468, "Director of Technical Education", font="sans", size=9, align="center")
    ps.text(
        w / 2,
        h - 40,
        "AeroMesh Networks Inc. is an accredited continuing-education "
        "provider (provider no. 7720431).",
        font="sans-i",
        size=7.5,
        align="center",
        color="#666666",
    )
    return p._ghostscript(ps, folder / "h22-aeromesh.pdf")


@_case(
    "h22-ps-numeric-ambiguous",
    "ghostscript",
    _E(
        "Introduction to Network Troubleshooting",
        None,
        None,
        "BP-000-7731",
        "Marek Hollanders",
        review=True,
    ),
    "UNCLEAR: PHP-style LMS certificate whose only date is '04/05/2025' (English page, no "
    "weekday, no month name, no other date) - day/month order cannot be settled.",
)
def _ps_ambiguous(folder: Path) -> Path:
    w, h = 842.0, 595.0
    ps = p._PS(w, h)
    ps.rect(0, 0, w, h, fill="#fbfaf5")
    ps.rect(30, 30, w - 60, h - 60, stroke="#34495e", lw=1.2)
    ps.rect(36, 36, w - 72, h - 72, stroke="#34495e", lw=0.4)
    ps.text(
        w / 2, 110, "BRIGHTPATH ACADEMY", font="gothic-d", size=16, align="center", color="#34495e"
    )
    ps.text(
        w / 2,
        175,
        "Certificate of Completion",
        font="schoolbook-b",
        size=34,
        align="center",
        color="#1f2d3a",
    )
    ps.text(w / 2, 225, "This is to certify that", font="schoolbook", size=13, align="center")
    ps.text(w / 2, 268, "Marek Hollanders", font="chancery", size=34, align="center")
    ps.text(w / 2, 305, "completed the course", font="schoolbook", size=13, align="center")
    ps.text(
        w / 2,
        340,
        "Introduction to Network Troubleshooting",
        font="schoolbook-b",
        size=20,
        align="center",
    )
    ps.text(w / 2, 375, "on 04/05/2025", font="schoolbook", size=13, align="center")
    ps.signature(w / 2 - 80, 415, 160, 40, "h22-bp")
    ps.line(w / 2 - 100, 462, w / 2 + 100, 462, color="#555555")
    ps.text(w / 2, 478, "Administrator", font="sans", size=9, align="center")
    ps.text(70, 520, "Certificate No: BP-000-7731", font="sans", size=9)
    ps.text(
        w - 70,
        520,
        "Powered by Brightpath LMS",
        font="sans",
        size=7,
        align="right",
        color="#888888",
    )
    return p._ghostscript(ps, folder / "h22-brightpath.pdf")


@_case(
    "h22-ps-lesson-list-page2",
    "ghostscript",
    _E(
        "Linux Fundamentals for Network Engineers",
        None,
        "2025-05-06",
        "TOS-LFN-0506-2291",
        "Ravindra Coelho-Baptiste",
    ),
    "Online-school certificate with one completion date on page 1 and a second page listing "
    "the completed lessons, each with its own completion date in April-May 2025.",
)
def _ps_lessons(folder: Path) -> Path:
    w, h = 842.0, 595.0
    ps = p._PS(w, h)
    ps.rect(0, 0, 260, h, fill="#263238")
    ps.text(40, 80, "TIDEWAY", font="gothic-d", size=26, color="#ffca28")
    ps.text(40, 102, "ONLINE SCHOOL", font="gothic", size=11, color="#eceff1")
    ps.circle(130, 420, 60, fill="#ffca28")
    ps.circle(130, 420, 46, stroke="#263238", lw=1.5)
    ps.text(130, 426, "COMPLETED", font="sans-b", size=11, align="center", color="#263238")
    ps.text(300, 140, "CERTIFICATE OF COMPLETION", font="sans-b", size=24, color="#263238")
    ps.text(300, 190, "Ravindra Coelho-Baptiste", font="serif-b", size=28)
    ps.text(
        300,
        225,
        "has completed every lesson and the final project of",
        font="sans",
        size=12,
        color="#455a64",
    )
    ps.text(
        300,
        258,
        "Linux Fundamentals for Network Engineers",
        font="sans-b",
        size=19,
        color="#263238",
    )
    ps.text(300, 310, "Completed on 6 May 2025", font="sans", size=12)
    ps.text(
        300, 330, "18 lessons · 1 final project · see page 2", font="sans", size=10, color="#607d8b"
    )
    ps.signature(300, 400, 150, 40, "h22-tide")
    ps.line(295, 448, 480, 448, color="#90a4ae")
    ps.text(300, 463, "Head of Curriculum", font="sans", size=9, color="#607d8b")
    ps.text(300, 545, "Certificate ID: TOS-LFN-0506-2291", font="mono", size=9)
    ps.text(300, 558, "Verify: tideway-school.example/verify", font="mono", size=8, color="#607d8b")
    ps.new_page()
    ps.text(50, 60, "Completed lessons", font="sans-b", size=18, color="#263238")
    ps.text(
        50,
        80,
        "Linux Fundamentals for Network Engineers - Ravindra Coelho-Baptiste",
        font="sans",
        size=10,
        color="#607d8b",
    )
    lessons = [
        ("Shells, prompts and getting help", "02 Apr 2025"),
        ("Files, paths and permissions", "03 Apr 2025"),
        ("Users, groups and sudo", "07 Apr 2025"),
        ("Processes and services with systemd", "09 Apr 2025"),
        ("Package management", "11 Apr 2025"),
        ("Text processing with grep, sed and awk", "14 Apr 2025"),
        ("Shell scripting basics", "16 Apr 2025"),
        ("Network interfaces and ip", "18 Apr 2025"),
        ("Routing tables and policy routing", "22 Apr 2025"),
        ("DNS resolution and troubleshooting", "23 Apr 2025"),
        ("SSH keys and hardening", "25 Apr 2025"),
        ("Firewalls with nftables", "28 Apr 2025"),
        ("Packet capture with tcpdump", "29 Apr 2025"),
        ("Logs and journald", "30 Apr 2025"),
        ("Bonding, VLANs and bridges", "01 May 2025"),
        ("Automation with cron and timers", "02 May 2025"),
        ("Containers for network tools", "05 May 2025"),
        ("Final project: a Linux jump host", "06 May 2025"),
    ]
    ps.text(50, 112, "#", font="sans-b", size=9)
    ps.text(80, 112, "Lesson", font="sans-b", size=9)
    ps.text(560, 112, "Completed", font="sans-b", size=9)
    ps.line(50, 118, 700, 118, color="#263238")
    y = 134.0
    for i, (title, day) in enumerate(lessons, 1):
        ps.text(50, y, str(i), font="sans", size=9)
        ps.text(80, y, title, font="sans", size=9)
        ps.text(560, y, day, font="sans", size=9)
        y += 22
    return p._ghostscript(ps, folder / "h22-tideway.pdf")


@_case(
    "h22-ps-blank-name",
    "ghostscript",
    _E(
        "Zero Trust Network Access in Practice",
        None,
        "2024-09-12",
        "ZTW-24-0912-045",
        None,
        review=True,
        credits=(6.0, "hours"),
    ),
    "UNCLEAR: workshop attendance certificate whose name line was left blank (a rule with "
    "nothing on it); date, course, number and hours are printed.",
)
def _ps_blank(folder: Path) -> Path:
    w, h = 612.0, 792.0
    ps = p._PS(w, h)
    ps.rect(0, 0, w, h, fill="#ffffff")
    ps.rect(30, 30, w - 60, h - 60, stroke="#6a1b9a", lw=1.5)
    ps.text(
        w / 2,
        110,
        "Pennine Cyber Skills Hub",
        font="bookman-d",
        size=18,
        align="center",
        color="#6a1b9a",
    )
    ps.text(
        w / 2,
        128,
        "Community workshops for IT professionals",
        font="bookman",
        size=9,
        align="center",
        color="#555555",
    )
    ps.text(w / 2, 220, "Certificate of Attendance", font="bookman-d", size=30, align="center")
    ps.text(w / 2, 280, "This is to certify that", font="bookman", size=13, align="center")
    ps.line(150, 330, w - 150, 330, color="#333333", lw=0.7)
    ps.text(w / 2, 372, "attended the workshop", font="bookman", size=13, align="center")
    ps.text(
        w / 2,
        410,
        "Zero Trust Network Access in Practice",
        font="bookman-d",
        size=18,
        align="center",
        color="#6a1b9a",
    )
    ps.text(
        w / 2,
        445,
        "held on 12 September 2024 at the Leeds Digital Campus",
        font="bookman",
        size=12,
        align="center",
    )
    ps.text(w / 2, 466, "Duration: 6 hours", font="bookman", size=12, align="center")
    ps.signature(w / 2 - 80, 540, 160, 40, "h22-pcsh")
    ps.line(w / 2 - 100, 588, w / 2 + 100, 588, color="#555555")
    ps.text(w / 2, 604, "Workshop Lead", font="bookman", size=10, align="center")
    ps.text(60, 730, "Certificate No. ZTW-24-0912-045", font="sans", size=9)
    return p._ghostscript(ps, folder / "h22-pennine.pdf")


@_case(
    "h22-ps-automation-ddmm",
    "ghostscript",
    _E(
        "PLC Programming Level 1 (CAA-PLC1)",
        "2024-10-14",
        "2024-10-18",
        "CAA/2024/1018/07",
        "Samira Al-Khouri",
    ),
    "Automation-vendor training certificate in a form layout with numeric dates "
    "(14/10/2024 - 18/10/2024, settled by the day above 12), an 'Eng.' title, a numeric "
    "issue date and a vertical revision mark along the left edge.",
)
def _ps_automation(folder: Path) -> Path:
    w, h = 595.0, 842.0
    ps = p._PS(w, h)
    ps.rect(0, 0, w, 110, fill="#37474f")
    ps.rect(0, 110, w, 6, fill="#fbc02d")
    ps.text(50, 60, "COBALTLINE", font="sans-b", size=26, color="#ffffff")
    ps.text(
        50,
        84,
        "Automation Academy - Industrial Controls Training",
        font="sans",
        size=10,
        color="#cfd8dc",
    )
    ps.text(
        w / 2, 200, "TRAINING CERTIFICATE", font="sans-b", size=26, align="center", color="#37474f"
    )
    ps.text(
        w / 2,
        228,
        "The participant named below has completed the course and passed the practical assessment.",
        font="sans",
        size=9.5,
        align="center",
        color="#555555",
    )
    rows = [
        ("Participant", "Eng. Samira Al-Khouri"),
        ("Course", "PLC Programming Level 1 (CAA-PLC1)"),
        ("Period", "14/10/2024 - 18/10/2024"),
        ("Location", "Cobaltline Training Centre, Eindhoven"),
        ("Assessment", "Passed (practical 87%, theory 81%)"),
        ("Certificate no.", "CAA/2024/1018/07"),
        ("Issued", "21/10/2024"),
    ]
    y = 290.0
    for label, value in rows:
        ps.rect(70, y - 18, 140, 28, fill="#eceff1")
        ps.rect(70, y - 18, 455, 28, stroke="#b0bec5", lw=0.6)
        ps.text(80, y, label, font="sans-b", size=10.5, color="#37474f")
        ps.text(222, y, value, font="sans", size=11)
        y += 28
    ps.signature(90, 560, 150, 40, "h22-cob-1")
    ps.signature(350, 560, 150, 40, "h22-cob-2")
    ps.line(80, 608, 250, 608, color="#777777")
    ps.line(340, 608, 510, 608, color="#777777")
    ps.text(165, 623, "Trainer", font="sans", size=9, align="center")
    ps.text(425, 623, "Training Manager", font="sans", size=9, align="center")
    _ps_vertical(ps, 22, 800, "FORM CAA-TC-03 REV.7", 7, "#90a4ae")
    return p._ghostscript(ps, folder / "h22-cobaltline.pdf")


# ============================================================================================
# Scans (image-only PDFs of pages printed by the producers above)
# ============================================================================================

_UD_CSS = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1c1d1f }
.page { width: 11in; height: 8.5in; position: relative; overflow: hidden; background: #fff }
.logo { position: absolute; left: 0.7in; top: 0.6in; font: bold 26pt 'DejaVu Sans';
  color: #1c1d1f; letter-spacing: -1pt }
.logo span { color: #a435f0 }
.ids { position: absolute; right: 0.7in; top: 0.62in; text-align: right; font-size: 9pt;
  color: #6a6f73; line-height: 1.6 }
.kind { position: absolute; left: 0.7in; top: 2.2in; font: bold 11pt 'DejaVu Sans';
  color: #6a6f73; letter-spacing: 1.5pt }
.course { position: absolute; left: 0.7in; top: 2.55in; width: 8.8in;
  font: bold 30pt 'DejaVu Serif'; line-height: 1.2 }
.inst { position: absolute; left: 0.7in; top: 4.2in; font-size: 12pt }
.inst b { font-weight: bold }
.name { position: absolute; left: 0.7in; top: 5.9in; font: bold 28pt 'DejaVu Serif' }
.meta { position: absolute; left: 0.7in; top: 6.7in; font-size: 12pt; line-height: 1.6 }
"""

_UD_BODY = """
<div class="page">
 <div class="logo">ude<span>my</span></div>
 <div class="ids">Certificate no: UC-5f2b9c1e-8d4a-4e71-9b0c-3a6e2d7f1b84<br>
  Certificate url: ude.my/UC-5f2b9c1e-8d4a-4e71-9b0c-3a6e2d7f1b84<br>
  Reference Number: 0004</div>
 <div class="kind">CERTIFICATE OF COMPLETION</div>
 <div class="course">Network Subnetting and VLANs Masterclass</div>
 <div class="inst">Instructors <b>Karsten Moll, Aisha Penberthy</b></div>
 <div class="name">Lindiwe Mokoena-Strand</div>
 <div class="meta">Date <b>Nov. 3, 2024</b><br>Length <b>14.5 total hours</b></div>
</div>
"""


def _udemy_page(work: Path) -> Path:
    return p._chromium(p._html(_UD_CSS, _UD_BODY), work / "udemy.pdf", *LETL_CSS)


@_case(
    "h22-scan-udemy-chromium",
    "scan",
    _E(
        "Network Subnetting and VLANs Masterclass",
        None,
        "2024-11-03",
        "UC-5f2b9c1e-8d4a-4e71-9b0c-3a6e2d7f1b84",
        "Lindiwe Mokoena-Strand",
        issuer="Udemy",
        credits=(14.5, "hours"),
    ),
    "Scan (200 dpi, grey, slight tilt) of a Udemy-style certificate: long UC- number and the "
    "same number in the certificate url, a reference number, abbreviated 'Nov. 3, 2024', "
    "'Length 14.5 total hours'.",
)
def _scan_udemy(folder: Path) -> Path:
    return _scan(_udemy_page, "h22-scan-udemy", folder, dpi=200, angle=0.6, quality=60)


_LI_CSS = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #1d1d1d }
.page { width: 11in; height: 8.45in; position: relative; overflow: hidden;
  background: #fff }
.top { position: absolute; left: 0.8in; top: 0.7in; font: bold 18pt 'Nimbus Sans' }
.top span { background: #0a66c2; color: #fff; padding: 0 4pt; border-radius: 3pt;
  margin-left: 3pt }
.k { position: absolute; left: 0; right: 0; top: 1.9in; text-align: center;
  font: 14pt 'Nimbus Sans'; color: #555; letter-spacing: 1pt }
.n { position: absolute; left: 0; right: 0; top: 2.5in; text-align: center;
  font: 30pt 'Nimbus Roman' }
.c { position: absolute; left: 1in; right: 1in; top: 3.4in; text-align: center;
  font: bold 24pt 'Nimbus Sans' }
.d { position: absolute; left: 0; right: 0; top: 4.3in; text-align: center;
  font-size: 12pt; color: #444 }
.q { position: absolute; left: 2in; right: 2in; top: 4.9in; text-align: center;
  font-size: 11pt; color: #555; line-height: 1.5 }
.sk { position: absolute; left: 0; right: 0; top: 5.9in; text-align: center;
  font-size: 10.5pt }
.f { position: absolute; left: 0.8in; right: 0.8in; bottom: 0.6in; display: flex;
  justify-content: space-between; align-items: flex-end; font-size: 9pt; color: #555 }
"""

_LI_BODY = """
<div class="page">
 <div class="top">Linked<span>in</span> Learning</div>
 <div class="k">Certificate of Completion</div>
 <div class="n">Congratulations, Tobias Ekwueme-Hallström</div>
 <div class="c">Network Automation with Python Essentials</div>
 <div class="d">Course completed on Mar 12, 2025 at 09:41AM UTC</div>
 <div class="q">By continuing to learn, you have expanded your perspective, sharpened your
  skills, and made yourself even more in demand.</div>
 <div class="sk"><b>Top skills covered</b><br>Python (Programming Language) &middot; Network
  Automation</div>
 <div class="f"><div>@SIG@<br>Head of Content Strategy, Learning</div>
  <div>LinkedIn Learning<br>Learning certificate</div>
  <div>Certificate ID: AbX7qR2mPk9LwT3vYz0nHs4</div></div>
</div>
"""


def _linkedin_page(work: Path) -> Path:
    body = _fill(_LI_BODY, SIG=p._signature_svg("h22-li", 140, 36))
    return p._weasy(p._html(_LI_CSS, body), work / "linkedin.pdf")


@_case(
    "h22-scan-linkedin-weasy",
    "scan",
    _E(
        "Network Automation with Python Essentials",
        None,
        "2025-03-12",
        "AbX7qR2mPk9LwT3vYz0nHs4",
        "Tobias Ekwueme-Hallström",
        issuer="LinkedIn Learning",
    ),
    "Colour scan at 300 dpi, tilted the other way, of a LinkedIn Learning-style certificate: "
    "the name after 'Congratulations,', completion date with a clock time, a mixed-case "
    "certificate ID in the footer corner.",
)
def _scan_linkedin(folder: Path) -> Path:
    return _scan(
        _linkedin_page, "h22-scan-linkedin", folder, dpi=300, angle=-1.1, gray=False, quality=62
    )


def _workshop_page(work: Path) -> Path:
    d = p._Odt(21.0, 29.7, 2.0, border="1.2pt solid #444444")
    d.p("EASTGATE TECHNICAL COLLEGE", 14, bold=True, spacing=2, before=1.0)
    d.p("Department of Continuing Education", 10, italic=True, color="#555555", after=2.4)
    d.p("Certificate of Attendance", 30, font="URW Bookman", bold=True, after=1.6)
    d.p("This is to certify that", 12, after=0.3)
    d.p("Colm Ó Briain", 24, font="URW Bookman", after=0.6)
    d.p("attended the two-day practical workshop", 12, after=0.3)
    d.p("Wi-Fi 6 Site Survey Workshop", 18, bold=True, after=0.6)
    d.p("held on 21–22 January 2025 at the Eastgate campus, Galway.", 12, after=0.2)
    d.p("Duration: 14 hours", 12, after=2.6)
    d.p("______________________________", 10, after=0.05)
    d.p("Head of Continuing Education", 9, color="#555555", after=2.0)
    d.p("Certificate No: ETC-CE-25-0142", 10, align="start")
    return p._soffice("workshop.fodt", d.render(), work)


@_case(
    "h22-scan-workshop-libreoffice",
    "scan",
    _E(
        "Wi-Fi 6 Site Survey Workshop",
        "2025-01-21",
        "2025-01-22",
        "ETC-CE-25-0142",
        "Colm Ó Briain",
        credits=(14.0, "hours"),
    ),
    "Low-resolution scan (150 dpi, grey, heavy JPEG) of a LibreOffice attendance certificate: "
    "an accented Irish name, a compact '21–22 January 2025' range, hours.",
)
def _scan_workshop(folder: Path) -> Path:
    return _scan(_workshop_page, "h22-scan-workshop", folder, dpi=150, angle=0.9, quality=45)


def _ironquill_page(work: Path) -> Path:
    w, h = 842.0, 595.0
    ps = p._PS(w, h)
    ps.rect(0, 0, w, h, fill="#ffffff")
    ps.rect(22, 22, w - 44, h - 44, stroke="#8d2020", lw=3)
    ps.text(60, 80, "IRONQUILL", font="sans-b", size=24, color="#8d2020")
    ps.text(60, 98, "Security Academy", font="sans", size=11, color="#555555")
    ps.text(w / 2, 170, "Certificate of Training", font="serif-b", size=34, align="center")
    ps.text(w / 2, 215, "awarded to", font="serif-i", size=14, align="center")
    ps.text(w / 2, 262, "Hannelore Vasquez-Diallo", font="serif-b", size=30, align="center")
    ps.text(w / 2, 300, "for completing", font="serif-i", size=14, align="center")
    ps.text(
        w / 2,
        338,
        "Next-Generation Firewall Administration (IQ-NGFW-201)",
        font="sans-b",
        size=19,
        align="center",
        color="#8d2020",
    )
    ps.text(w / 2, 372, "3 - 6 December 2024  |  24 CPE", font="sans", size=13, align="center")
    ps.signature(w - 280, 420, 160, 40, "h22-iq")
    ps.line(w - 290, 468, w - 90, 468, color="#555555")
    ps.text(w - 190, 484, "Chief Instructor", font="sans", size=10, align="center")
    ps.text(60, 530, "Certificate No. ISA-201-241206-33", font="sans", size=11)
    return p._ghostscript(ps, work / "ironquill.pdf")


@_case(
    "h22-scan-firewall-ghostscript",
    "scan",
    _E(
        "Next-Generation Firewall Administration (IQ-NGFW-201)",
        "2024-12-03",
        "2024-12-06",
        "ISA-201-241206-33",
        "Hannelore Vasquez-Diallo",
        credits=(24.0, "CPE"),
    ),
    "Scan (250 dpi, grey, 2 degree tilt, a smudge across the signature area) of a "
    "Ghostscript certificate: range and CPE credits on one line separated by a bar.",
)
def _scan_firewall(folder: Path) -> Path:
    return _scan(
        _ironquill_page,
        "h22-scan-ironquill",
        folder,
        dpi=250,
        angle=2.0,
        smudges=((0.62, 0.68, 0.9, 0.8),),
        quality=55,
    )


def _french_page(work: Path) -> Path:
    w, h = 841.89, 595.28
    c = p._Cairo(work / "lumiere.pdf", w, h)
    c.rect(0, 0, w, h, fill="#fdfbf7")
    c.rect(0, 0, w, 90, fill="#1d3461")
    c.text(
        50,
        55,
        "Institut Lumière Réseaux",
        size=22,
        family="DejaVu Serif",
        bold=True,
        color="#ffffff",
    )
    c.text(w - 60, 55, "Organisme de formation", size=10, align="right", color="#dfe7f5")
    c.text(
        w / 2,
        160,
        "ATTESTATION DE FORMATION",
        size=28,
        bold=True,
        align="center",
        color="#1d3461",
        spacing=1.5,
    )
    c.text(w / 2, 210, "Nous attestons que", size=13, align="center")
    c.text(w / 2, 252, "Mme Clémence Dubois-Achour", size=26, family="DejaVu Serif", align="center")
    c.text(w / 2, 292, "a suivi la formation", size=13, align="center")
    c.text(
        w / 2,
        330,
        "« Administration des commutateurs et VLAN »",
        size=19,
        bold=True,
        align="center",
        color="#1d3461",
    )
    c.text(
        w / 2, 366, "du 2 au 4 avril 2025, soit une durée de 21 heures.", size=13, align="center"
    )
    c.text(60, 470, "Attestation n° ILR-2025-0419", size=11)
    c.text(60, 490, "Fait à Lyon, le 7 avril 2025", size=11)
    c.signature(w - 260, 430, 150, 40, "h22-ilr")
    c.text(w - 185, 500, "La Responsable pédagogique", size=10, align="center")
    return c.finish()


@_case(
    "h22-scan-french-cairo",
    "scan",
    _E(
        "Administration des commutateurs et VLAN",
        "2025-04-02",
        "2025-04-04",
        "ILR-2025-0419",
        "Clémence Dubois-Achour",
        credits=(21.0, "hours"),
    ),
    "Colour scan (200 dpi, right edge slightly cropped by the scanner bed) of a French "
    "attestation de formation: 'Mme' before the name, the title in guillemets, 'du 2 au 4 "
    "avril 2025', a 'Fait à Lyon, le ...' issue line.",
)
def _scan_french(folder: Path) -> Path:
    return _scan(
        _french_page,
        "h22-scan-lumiere",
        folder,
        dpi=200,
        angle=-0.4,
        gray=False,
        keep_right=0.985,
        quality=58,
    )


assert len(HOLDOUT_CASES) == 30, len(HOLDOUT_CASES)
assert len({c.name for c in HOLDOUT_CASES}) == 30
assert sum(c.expected.needs_review for c in HOLDOUT_CASES) == 4
