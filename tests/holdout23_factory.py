"""Blind held-out set 23: certificates the way people actually keep them.

Emphasis: what ends up in a learner's downloads folder rather than the issuer's pristine
export -- a browser's "Print to PDF" of a certificate web page (Chromium's own header line
with a print date/time and the page title, and footer line with the page URL and "1/1"),
e-mail confirmations of course completion printed to PDF (From/To/Subject/Date block, then
the message body), learning-platform lookalikes (MOOC, video-course, IT-training and
professional-skills platforms, all invented pages), a digital-badge page (badge image,
"Issued by", "Issued on", "Expires", credential ID, skills), a dark-theme certificate, US
Letter and A4 in both orientations, a learner name in a script font, instructors and a
training venue with its own hotel-booking period, "printed on" stamps, a course title split
across a two-colour banner, one PDF holding two copies of one certificate (portrait page,
then landscape page), and a Cisco-partner class certificate whose class number sits next to
its certificate number.

Producers (30 cases): chromium 5, weasyprint 5, libreoffice 5 (3 flat ODF .fodt, 2 .docx),
cairo 5, ghostscript 5, scan 5 (of pages printed by chromium, weasyprint, libreoffice,
cairo and ghostscript; 150-300 dpi, tilted both ways, grey and colour, heavy JPEG, a
cropped right edge, a stain).

Languages: English (most), French (2), Spanish, German, Polish, Czech -- all with real
accented characters.

Unclear on purpose (needs_review=True), 4 cases:
  h23-wp-two-certificate-numbers  "Certificate No." and "Certificate ID" of equal standing,
                                  different values -> validation_code None.
  h23-lo-numeric-date-undecidable the only date is 04/06/2025 with nothing settling the
                                  day/month order -> both dates None.
  h23-cairo-blank-name-line       a template printed with an empty name line -> learner None.
  h23-scan-cairo-stained-code     the certificate number is under a stain on the scan ->
                                  validation_code None.
Everything decidable in those four is still given.

Conventions of the Expected values:
  * dates are YYYY-MM-DD; a single printed course date is end_date with start_date None; a
    range gives both; months only ("March – May 2025") gives the first day of the first
    month and the last day of the last month. Browser print timestamps, e-mail "Date:"
    headers, issue dates beside separate course dates, "printed on" stamps, hotel-booking
    periods and expiry/validity dates are never course dates. A badge's "Issued on" is its
    only course date when nothing else is printed.
  * learner_name as printed (ALL CAPS kept), without titles (Mr., Ms., Dr., Eng., Herr,
    Pan, Mme, Ing.) and without post-nominals (", CCNP").
  * course_name as printed, a course code on the same title line included; a title split
    over two banner bands is joined with one space.
  * validation_code is the certificate's own number/ID/verification code; student,
    attendee, order, session, class, instructor, accreditation and registration numbers are
    not. None when the certificate prints none.
  * issuer is one of certfactory.ISSUERS only when the page is clearly that platform's (or
    a Cisco partner's/academy's) certificate; None for every invented training company.
  * printed_credits is what the certificate says it is worth ("30 CE credits", "3.2 CEUs",
    "21 heures", "Length 18.5 total hours"); None when nothing of the kind is printed.
"""

from __future__ import annotations

import functools
import random
import sys
from collections.abc import Callable
from html import escape as h
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import producers as p
import scans

from certfactory import Case, Expected

HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}

_SCAN = functools.partial(scans.scan_rendered, prefix="h23-scan:")

# page sizes in points
A4_P = (595.28, 841.89)
A4_L = (841.89, 595.28)
LETTER_P = (612.0, 792.0)
LETTER_L = (792.0, 612.0)


def _add(
    name: str, kind: str, expected: Expected, build: Callable[[Path], Path], note: str
) -> None:
    HOLDOUT_CASES.append(Case(name=name, expected=expected, build=build, note=note))
    HOLDOUT_KINDS[name] = kind


# --------------------------------------------------------------------------------------------
# Chromium "Print to PDF" with the browser's own header and footer lines
# --------------------------------------------------------------------------------------------


def _print_to_pdf(
    html: str,
    out: Path,
    *,
    width: str = "8.5in",
    height: str = "11in",
    header: tuple[str, str] | None = None,
    footer: tuple[str, str] | None = None,
) -> Path:
    """Print like a desktop browser's "Save as PDF": default margins, the date/time and page
    title above the page, the URL and page count below it."""
    page = p._browser().new_page()
    try:
        page.set_content(html, wait_until="load")
        kw: dict[str, object] = {}
        margin = {"top": "0", "right": "0", "bottom": "0", "left": "0"}
        if header or footer:
            style = (
                "font-family:'DejaVu Sans',sans-serif;font-size:8px;color:#000;width:100%;"
                "margin:0 0.42in;display:flex;justify-content:space-between;"
            )
            hl, hc = header or ("", "")
            fl, fr = footer or ("", "")
            kw = {
                "display_header_footer": True,
                "header_template": (
                    f'<div style="{style}"><span style="width:30%">{h(hl)}</span>'
                    f'<span style="width:60%;text-align:center">{h(hc)}</span>'
                    '<span style="width:10%"></span></div>'
                ),
                "footer_template": (
                    f'<div style="{style}"><span>{h(fl)}</span><span>{h(fr)}</span></div>'
                ),
            }
            margin = {"top": "0.42in", "right": "0.42in", "bottom": "0.42in", "left": "0.42in"}
        page.pdf(
            path=str(out),
            width=width,
            height=height,
            print_background=True,
            margin=margin,
            **kw,
        )
    finally:
        page.close()
    return out


# ============================================================================================
# Chromium (5)
# ============================================================================================


def _build_mooc_print(folder: Path) -> Path:
    code = "7XKQ2M9RZ4PB"
    name = "Hannelore Vasquez-Obi"
    course = "Building Resilient Microservices with gRPC"
    css = """
    body{margin:0;font-family:'DejaVu Sans',sans-serif;color:#1f1f1f;font-size:12px}
    .nav{display:flex;align-items:center;gap:22px;border-bottom:1px solid #e1e1e1;
         padding:10px 14px}
    .logo{color:#0056d2;font-weight:bold;font-size:22px;letter-spacing:-0.5px}
    .nav span{color:#444}.avatar{margin-left:auto;background:#5a3ea1;color:#fff;
         border-radius:50%;width:28px;height:28px;display:flex;align-items:center;
         justify-content:center;font-size:11px}
    .wrap{display:flex;gap:22px;padding:22px 14px}
    .cert{flex:0 0 60%;border:1px solid #cfcfcf;padding:26px 26px 18px;position:relative;
          background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.15)}
    .cert .date{font-size:11px;color:#333}
    .cert .uni{position:absolute;right:24px;top:22px;font-family:'P052',serif;
          font-size:13px;color:#7a1f2b;text-align:right;line-height:1.2}
    .cert .who{font-family:'P052',serif;font-size:26px;margin:40px 0 8px}
    .cert .small{font-size:10.5px;color:#333}
    .cert .course{font-family:'P052',serif;font-weight:bold;font-size:19px;margin:8px 0}
    .cert .sig{margin-top:24px}
    .cert .ver{position:absolute;right:22px;bottom:14px;font-size:8.5px;color:#555;
          text-align:right;width:210px}
    .side{flex:1}
    .side h2{font-size:12px;text-transform:uppercase;color:#555;margin:0 0 6px}
    .side h1{font-size:19px;margin:0 0 14px}
    .side .box{border-top:1px solid #ddd;padding-top:10px;margin-top:10px;line-height:1.5}
    .btn{display:inline-block;border:1px solid #0056d2;color:#0056d2;padding:6px 12px;
         border-radius:4px;margin:10px 8px 0 0;font-weight:bold}
    """
    body = f"""
    <div class="nav"><span class="logo">coursera</span><span>Explore</span>
      <span>My Learning</span><span>Degrees</span><span class="avatar">HV</span></div>
    <div class="wrap">
      <div class="cert">
        <div class="date">Feb 9, 2025</div>
        <div class="uni">Northbridge<br>Institute of<br>Technology</div>
        <div class="who">{name}</div>
        <div class="small">has successfully completed</div>
        <div class="course">{course}</div>
        <div class="small">an online non-credit course authorized by Northbridge Institute
          of Technology and offered through Coursera</div>
        <div class="sig">{p._signature_svg("h23-mooc", 170, 46)}<br>
          <span class="small">Prof. Adaeze Hollings-Varga<br>Department of Computer Science,
          Northbridge Institute of Technology</span></div>
        <div class="ver">Verify at:<br>coursera.org/verify/{code}<br>Coursera has confirmed
          the identity of this individual and their participation in the course.</div>
      </div>
      <div class="side">
        <h2>Course Certificate</h2>
        <h1>{course}</h1>
        <div class="box"><b>Completed by {name}</b><br>February 9, 2025</div>
        <div class="box">{name}'s account is verified. Coursera certifies their successful
          completion of Northbridge Institute of Technology {course}</div>
        <span class="btn">Download Certificate</span><span class="btn">Share</span>
      </div>
    </div>
    """
    return _print_to_pdf(
        p._html(css, body),
        folder / "Coursera certificate.pdf",
        header=("2/14/25, 9:41 AM", f"Completion Certificate for {course} | Coursera"),
        footer=(f"https://www.coursera.org/account/accomplishments/certificate/{code}", "1/1"),
    )


_add(
    "h23-chr-mooc-browser-print",
    "chromium",
    Expected(
        course_name="Building Resilient Microservices with gRPC",
        start_date=None,
        end_date="2025-02-09",
        validation_code="7XKQ2M9RZ4PB",
        learner_name="Hannelore Vasquez-Obi",
        issuer="Coursera",
        needs_review=False,
    ),
    _build_mooc_print,
    "browser Print to PDF of a MOOC certificate page: the print header carries 2/14/25 9:41 "
    "AM and the page title, the footer the page URL and 1/1; the course date is printed twice "
    "in two formats; the university name sits right before the course in the side panel",
)


def _build_email_print(folder: Path) -> Path:
    course = "Advanced OSPF Design and Troubleshooting (AOSPF)"
    css = """
    body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:12.5px;color:#242424}
    .subj{font-size:19px;font-weight:bold;margin:4px 0 14px}
    .hdr{display:flex;gap:12px;border-bottom:1px solid #e0e0e0;padding-bottom:12px}
    .ini{width:40px;height:40px;border-radius:50%;background:#0f6cbd;color:#fff;
         display:flex;align-items:center;justify-content:center;font-weight:bold}
    .hdr .meta{line-height:1.55}.lbl{color:#616161}
    .msg{padding:16px 4px;line-height:1.55}
    .msg table{border-collapse:collapse;margin:10px 0}
    .msg td{padding:3px 14px 3px 0;vertical-align:top}.msg td:first-child{color:#555}
    .att{display:inline-block;border:1px solid #d1d1d1;border-radius:4px;padding:6px 10px;
         margin:4px 0 10px;font-size:11.5px}
    .sig{color:#555;font-size:11.5px;border-top:1px solid #eee;padding-top:8px;margin-top:16px}
    """
    body = f"""
    <div class="subj">Course completion confirmation – {course}</div>
    <div class="hdr"><div class="ini">NA</div><div class="meta">
      <b>Northtide Academy Registrar</b> &lt;registrar@northtide-academy.example&gt;<br>
      <span class="lbl">To:</span> Tobiasz Wrześniewski
        &lt;t.wrzesniewski@lumenfield.example&gt;<br>
      <span class="lbl">Cc:</span> Lumenfield Training Coordination
        &lt;training@lumenfield.example&gt;<br>
      <span class="lbl">Date:</span> Tue 6/17/2025 4:12 PM</div></div>
    <div class="att">Attachment: Certificate_NTA-CC-2025-04417.pdf &nbsp; 212 KB</div>
    <div class="msg">
      <p>Dear Mr. Wrześniewski,</p>
      <p>Congratulations! Our records confirm that Mr. Tobiasz Wrześniewski has successfully
      completed the instructor-led course below and met the attendance and lab requirements.</p>
      <table>
        <tr><td>Course:</td><td><b>{course}</b></td></tr>
        <tr><td>Course dates:</td><td>June 2–5, 2025</td></tr>
        <tr><td>Delivery:</td><td>Virtual classroom (Central European Time)</td></tr>
        <tr><td>Certificate number:</td><td>NTA-CC-2025-04417</td></tr>
        <tr><td>Student ID:</td><td>S-889120</td></tr>
        <tr><td>Credits:</td><td>3.2 CEUs</td></tr>
      </table>
      <p>Your PDF certificate is attached to this e-mail. Please quote your certificate number
      when submitting it to a certification body. Course materials remain available in the
      learner portal until 17 September 2025.</p>
      <p>Kind regards,<br>Registrar's Office</p>
      <div class="sig">Northtide Academy · 41 Harbour Row · Suite 300 ·
        registrar@northtide-academy.example<br>This message was sent automatically; replies
        to this address are not monitored.</div>
    </div>
    """
    return _print_to_pdf(
        p._html(css, body),
        folder / "Mail - Course completion confirmation.pdf",
        header=("6/18/25, 8:05 AM", "Mail - Tobiasz Wrześniewski - Outlook"),
        footer=("https://outlook.office.com/mail/inbox/id/AAQkAGRhZmQ3YTk5LTgwNjEtNDI1Ny05", "1/1"),
    )


_add(
    "h23-chr-email-confirmation",
    "chromium",
    Expected(
        course_name="Advanced OSPF Design and Troubleshooting (AOSPF)",
        start_date="2025-06-02",
        end_date="2025-06-05",
        validation_code="NTA-CC-2025-04417",
        learner_name="Tobiasz Wrześniewski",
        issuer=None,
        needs_review=False,
        printed_credits=(3.2, "CEU"),
    ),
    _build_email_print,
    "webmail message printed to PDF: browser header/footer, e-mail Date 6/17/2025 and print "
    "date 6/18/25 are not course dates, nor is the materials-until date; a student ID next to "
    "the certificate number; the name comes with Mr. in the body and bare in To:",
)


def _build_dark(folder: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;width:11in;height:8.5in;font-family:'DejaVu Sans',sans-serif;color:#e8edf5;
         background:radial-gradient(circle at 20% 10%,#1d2b45 0%,#0b111c 70%)}
    .frame{position:absolute;inset:0.35in;border:1.5px solid #3bc9b5;border-radius:10px}
    .in{position:absolute;inset:0.5in;padding:0.4in 0.6in}
    .brand{font-family:'URW Gothic',sans-serif;letter-spacing:4px;color:#3bc9b5;font-size:15px}
    .kicker{margin-top:0.45in;font-size:13px;letter-spacing:6px;color:#9fb0c8}
    .title{font-size:38px;font-weight:bold;margin:6px 0 0.25in;color:#fff}
    .lead{font-size:14px;color:#9fb0c8}
    .name{font-size:34px;color:#f4c66a;font-family:'P052',serif;margin:8px 0 12px}
    .course{font-size:24px;color:#fff;font-weight:bold;margin:6px 0}
    .facts{font-size:13.5px;color:#c9d4e3}
    .foot{position:absolute;left:0.6in;right:0.6in;bottom:0.35in;display:flex;
          justify-content:space-between;align-items:flex-end;font-size:11.5px;color:#9fb0c8}
    .foot b{color:#e8edf5}
    """
    body = f"""
    <div class="frame"></div><div class="in">
      <div class="brand">HELIX CLOUD ACADEMY</div>
      <div class="kicker">CERTIFICATE OF COMPLETION</div>
      <div class="title">Live Bootcamp</div>
      <div class="lead">This is to certify that</div>
      <div class="name">Priyanka Oyelaran-Holm</div>
      <div class="lead">has completed the live bootcamp</div>
      <div class="course">Kubernetes Security Hardening Bootcamp</div>
      <div class="facts">March 3 – 7, 2025 &nbsp;·&nbsp; Online, instructor-led &nbsp;·&nbsp;
        35 contact hours</div>
      <div class="foot">
        <div>{p._signature_svg("h23-dark", 180, 48, "#f4c66a")}<br>
          <b>Oren Vasilakis-Dunne</b><br>Director of Training</div>
        <div>Credential ID <b>KSH-25-0310-7741</b><br>Valid through March 7, 2028<br>
          Verify at helixcloud.example/verify</div>
        <div>{p._qr_svg("KSH-25-0310-7741", "84px")}</div>
      </div>
    </div>
    """
    return p._chromium(p._html(css, body), folder / "helix-certificate.pdf", "11in", "8.5in")


_add(
    "h23-chr-dark-theme",
    "chromium",
    Expected(
        course_name="Kubernetes Security Hardening Bootcamp",
        start_date="2025-03-03",
        end_date="2025-03-07",
        validation_code="KSH-25-0310-7741",
        learner_name="Priyanka Oyelaran-Holm",
        issuer=None,
        needs_review=False,
        printed_credits=(35.0, "hours"),
    ),
    _build_dark,
    "light text on a dark gradient, US Letter landscape; a 'Valid through' date with the same "
    "day and month as the course end; 'Live Bootcamp' heading above the real course title",
)


def _build_badge(folder: Path) -> Path:
    cid = "8c41f2d9-6b7e-4a53-9f0d-2e1ab47c6d58"
    title = "Cloud Network Associate – Foundations"
    badge = """
    <svg xmlns="http://www.w3.org/2000/svg" width="200" height="224" viewBox="0 0 200 224">
      <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#2f7fe0"/><stop offset="1" stop-color="#123c7a"/>
      </linearGradient></defs>
      <polygon points="100,4 194,58 194,166 100,220 6,166 6,58" fill="url(#g)"
        stroke="#c9a227" stroke-width="6"/>
      <polygon points="100,30 172,72 172,152 100,194 28,152 28,72" fill="none"
        stroke="#ffffff" stroke-width="1.5" opacity="0.6"/>
      <path d="M60 120 q40 -60 80 0" fill="none" stroke="#fff" stroke-width="7"/>
      <circle cx="100" cy="128" r="9" fill="#fff"/>
      <rect x="52" y="150" width="96" height="20" rx="3" fill="#c9a227"/>
    </svg>"""
    css = """
    body{margin:0;font-family:'DejaVu Sans',sans-serif;color:#222;font-size:12px}
    .top{display:flex;align-items:center;border-bottom:1px solid #ddd;padding:8px 6px}
    .top b{font-size:17px;color:#e0592a}.top span{margin-left:auto;color:#666}
    .main{display:flex;gap:28px;padding:24px 6px}
    .art{flex:0 0 210px;text-align:center}
    .info h1{font-size:22px;margin:0 0 6px}
    .info .by{color:#555;margin-bottom:14px}
    .grid{display:grid;grid-template-columns:120px auto;row-gap:6px;margin:12px 0}
    .grid div:nth-child(odd){color:#666}
    .chips span{display:inline-block;background:#eef1f6;border-radius:12px;padding:4px 10px;
         margin:3px 4px 3px 0;font-size:11px}
    h3{font-size:13px;margin:18px 0 6px;border-bottom:1px solid #eee;padding-bottom:4px}
    .verify{display:inline-block;background:#e0592a;color:#fff;padding:7px 16px;
         border-radius:4px;font-weight:bold;margin-top:10px}
    """
    body = f"""
    <div class="top"><b>kestrel badges</b><span>Sign in</span></div>
    <div class="main">
      <div class="art">{badge}<div class="verify">Verify</div></div>
      <div class="info">
        <h1>{title}</h1>
        <div class="by">Issued by <b>Halvard Institute of Networking</b></div>
        <div>This badge was issued to <b>Mateus Okonkwo-Lindqvist</b></div>
        <div class="grid">
          <div>Issued on</div><div>August 12, 2025</div>
          <div>Expires</div><div>August 12, 2028</div>
          <div>Credential ID</div><div>{cid}</div>
        </div>
        <p>Earners of this badge can design and operate virtual private cloud networks,
          connect them to on-premises sites and secure them with cloud-native firewalls.</p>
        <h3>Skills</h3>
        <div class="chips"><span>IP Addressing</span><span>VPC Design</span>
          <span>Hybrid Connectivity</span><span>Cloud Firewalls</span><span>Routing</span>
          <span>Network Troubleshooting</span></div>
        <h3>Earning Criteria</h3>
        <ul><li>Complete the {title} course</li>
          <li>Pass the proctored assessment with a score of 75% or higher</li></ul>
      </div>
    </div>
    """
    return _print_to_pdf(
        p._html(css, body),
        folder / "badge.pdf",
        width="210mm",
        height="297mm",
        header=("8/20/25, 10:02 PM", f"{title} - Kestrel Badges"),
        footer=(f"https://badges.kestrel-cred.example/badges/{cid}", "1/1"),
    )


_add(
    "h23-chr-digital-badge",
    "chromium",
    Expected(
        course_name="Cloud Network Associate – Foundations",
        start_date=None,
        end_date="2025-08-12",
        validation_code="8c41f2d9-6b7e-4a53-9f0d-2e1ab47c6d58",
        learner_name="Mateus Okonkwo-Lindqvist",
        issuer=None,
        needs_review=False,
    ),
    _build_badge,
    "digital-badge page printed from a browser: Issued on is the only course date, Expires "
    "three years later is not; credential ID is a UUID also in the footer URL; skills chips",
)


def _build_cisco_partner(folder: Path) -> Path:
    css = """
    body{margin:0;width:11in;height:8.5in;font-family:'Nimbus Sans',sans-serif;color:#1d1d1d}
    .bar{height:0.5in;background:#049fd9}
    .in{padding:0.35in 0.8in}
    .row{display:flex;justify-content:space-between;align-items:center}
    .partner{font-size:18px;font-weight:bold;color:#0b3d5c}
    .clp{font-size:11px;color:#049fd9;border:1.5px solid #049fd9;padding:5px 9px;
         font-weight:bold;letter-spacing:1px}
    h1{font-size:30px;font-weight:normal;margin:0.35in 0 0.05in;color:#0b3d5c}
    .name{font-size:30px;font-weight:bold;margin:0.15in 0 0.05in}
    .txt{font-size:14px;color:#444}
    .course{font-size:20px;font-weight:bold;margin:8px 0 12px}
    table{border-collapse:collapse;font-size:13px;margin-top:10px}
    td{padding:4px 28px 4px 0}td.l{color:#667}
    .foot{position:absolute;bottom:0.3in;left:0.8in;right:0.8in;font-size:10px;color:#666;
          display:flex;justify-content:space-between;align-items:flex-end}
    """
    body = f"""
    <div class="bar"></div><div class="in">
      <div class="row"><div class="partner">Fenwick Technical Education B.V.</div>
        <div class="clp">CISCO LEARNING PARTNER</div></div>
      <h1>Certificate of Course Completion</h1>
      <div class="txt">This certificate is presented to</div>
      <div class="name">Eng. Ruairí Van der Berghe, CCNP</div>
      <div class="txt">for successfully completing the authorised Cisco course</div>
      <div class="course">Implementing and Administering Cisco Solutions (CCNA) v2.1</div>
      <table>
        <tr><td class="l">Certificate No.</td><td><b>FTE-25-041418-07</b></td>
            <td class="l">Class No.</td><td>20250414-AMS-0937</td></tr>
        <tr><td class="l">Course dates</td><td>14 – 18 April 2025</td>
            <td class="l">Location</td><td>Amsterdam – Fenwick Training Centre Zuidas</td></tr>
        <tr><td class="l">Instructor</td><td>Henrike Daalman (CCSI #34921)</td>
            <td class="l">Credits</td><td>30 CE credits (Cisco Continuing Education)</td></tr>
      </table>
      <div class="foot"><div>{p._signature_svg("h23-clp", 170, 44)}<br>
        Maarten Oosterhuis-Ruiz, Training Manager<br>Date of issue: 22 April 2025</div>
        <div>Fenwick Technical Education B.V. is an authorised Cisco Learning Partner.<br>
        Verify this certificate at fenwick-edu.example/verify</div></div>
    </div>
    """
    return p._chromium(p._html(css, body), folder / "CCNA_certificate.pdf", "11in", "8.5in")


_add(
    "h23-chr-cisco-partner-class",
    "chromium",
    Expected(
        course_name="Implementing and Administering Cisco Solutions (CCNA) v2.1",
        start_date="2025-04-14",
        end_date="2025-04-18",
        validation_code="FTE-25-041418-07",
        learner_name="Ruairí Van der Berghe",
        issuer="Cisco Learning Partner",
        needs_review=False,
        printed_credits=(30.0, "CE"),
    ),
    _build_cisco_partner,
    "Cisco partner class certificate: a Class No. in the cell beside the Certificate No., an "
    "instructor CCSI number, 'Eng.' title and ', CCNP' post-nominal around the name, issue "
    "date four days after the course",
)


# ============================================================================================
# WeasyPrint (5)
# ============================================================================================


def _build_udemy_print(folder: Path) -> Path:
    uc = "UC-3f6a1b2c-9d4e-4b7a-a1f0-5c2e8d7b6a90"
    css = f"""
    @page{{size:A4;margin:14mm 11mm;
      @top-left{{content:"05/09/2025, 14:22";font-size:7.5pt;font-family:'DejaVu Sans'}}
      @top-center{{content:"Certificate of Completion | Udemy";font-size:7.5pt;
                   font-family:'DejaVu Sans'}}
      @bottom-left{{content:"https://www.udemy.com/certificate/{uc}/";font-size:7.5pt;
                    font-family:'DejaVu Sans'}}
      @bottom-right{{content:"1/1";font-size:7.5pt;font-family:'DejaVu Sans'}}}}
    body{{font-family:'DejaVu Sans',sans-serif;color:#1c1d1f;font-size:10pt;margin:0}}
    .nav{{display:flex;align-items:center;gap:14px;border-bottom:1px solid #d1d7dc;
         padding:6px 0 8px}}
    .logo{{font-weight:bold;font-size:17pt;color:#1c1d1f}}
    .search{{border:1px solid #1c1d1f;border-radius:20px;padding:5px 14px;color:#6a6f73;
         flex:1}}
    .crt{{border:1px solid #d1d7dc;margin:16px 0;padding:22px 26px;height:118mm;
         position:relative}}
    .crt .logo{{font-size:15pt}}
    .ids{{position:absolute;right:24px;top:22px;text-align:right;font-size:7.5pt;
         color:#333;line-height:1.5}}
    .k{{margin-top:42px;font-size:9pt;letter-spacing:1px;color:#6a6f73;font-weight:bold}}
    .course{{font-family:'DejaVu Serif',serif;font-size:21pt;font-weight:bold;margin:8px 0;
         line-height:1.2}}
    .ins{{font-size:9pt}}
    .name{{position:absolute;left:26px;bottom:52px;font-family:'DejaVu Serif',serif;
         font-size:20pt;font-weight:bold}}
    .meta{{position:absolute;left:26px;bottom:22px;font-size:9pt}}
    h2{{font-size:13pt;margin:14px 0 6px}}
    """
    body = f"""
    <div class="nav"><span class="logo">Udemy</span><span>Categories</span>
      <span class="search">Search for anything</span><span>My learning</span></div>
    <div class="crt">
      <div class="logo">udemy</div>
      <div class="ids">Certificate no: {uc}<br>Certificate url: ude.my/{uc}<br>
        Reference Number: 0004</div>
      <div class="k">CERTIFICATE OF COMPLETION</div>
      <div class="course">The Complete Python Automation Course for Network Engineers</div>
      <div class="ins">Instructors <b>Marguerite Okafor, Lennart Bjørnsson</b></div>
      <div class="name">Leocadia Firmin-Adebayo</div>
      <div class="meta">Date <b>Sept. 4, 2025</b> &nbsp;&nbsp; Length <b>18.5 total hours</b></div>
    </div>
    <h2>Certificate Recipient:</h2><p>Leocadia Firmin-Adebayo</p>
    <h2>About the Course:</h2>
    <p>The Complete Python Automation Course for Network Engineers<br>
      Marguerite Okafor, Lennart Bjørnsson · 4.7 ★ (2,318 ratings) · 16,402 students</p>
    <p style="color:#6a6f73;font-size:8.5pt">This certificate above verifies that Leocadia
      Firmin-Adebayo successfully completed the course on 09/04/2025 as taught by Marguerite
      Okafor, Lennart Bjørnsson on Udemy. The certificate indicates the entire course was
      completed as validated by the student. The course duration represents the total video
      hours of the course at time of most recent completion.</p>
    """
    out = folder / "Udemy certificate.pdf"
    return p._weasy(p._html(css, body), out)


_add(
    "h23-wp-video-course-print",
    "weasyprint",
    Expected(
        course_name="The Complete Python Automation Course for Network Engineers",
        start_date=None,
        end_date="2025-09-04",
        validation_code="UC-3f6a1b2c-9d4e-4b7a-a1f0-5c2e8d7b6a90",
        learner_name="Leocadia Firmin-Adebayo",
        issuer="Udemy",
        needs_review=False,
        printed_credits=(18.5, "hours"),
    ),
    _build_udemy_print,
    "video-course certificate page printed to PDF (A4, European browser): print header "
    "'05/09/2025, 14:22' beside the course date Sept. 4, 2025 (also given as 09/04/2025 in "
    "US order below); a Reference Number 0004; the code appears three times",
)


def _build_french(folder: Path) -> Path:
    css = """
    @page{size:A4 landscape;margin:0}
    body{margin:0;font-family:'C059',serif;color:#222}
    .page{height:210mm;box-sizing:border-box;padding:16mm 22mm;
          border:9mm solid #f3efe4;outline:1px solid #b9a66b;outline-offset:-12mm;
          text-align:center}
    .org{font-family:'URW Gothic',sans-serif;font-size:12pt;letter-spacing:3px;color:#6d5a1e}
    h1{font-size:25pt;margin:9mm 0 5mm;letter-spacing:2px;color:#2b2b2b}
    .t{font-size:12.5pt;margin:2mm 0}
    .name{font-size:24pt;font-style:italic;margin:3mm 0}
    .course{font-size:17pt;font-weight:bold;margin:3mm 12mm}
    .grid{display:flex;justify-content:center;gap:14mm;font-size:10.5pt;margin-top:5mm}
    .bottom{display:flex;justify-content:space-between;margin-top:9mm;font-size:10pt;
            text-align:left}
    .small{font-size:8pt;color:#666;margin-top:5mm}
    """
    body = f"""
    <div class="page">
      <div class="org">INSTITUT LÉMANIQUE DES RÉSEAUX</div>
      <h1>ATTESTATION DE FIN DE FORMATION</h1>
      <div class="t">Nous certifions que</div>
      <div class="name">Mme Éloïse Charpentier-Nguyen</div>
      <div class="t">a suivi avec assiduité la formation</div>
      <div class="course">Sécurisation des réseaux d'entreprise avec pare-feu de nouvelle
        génération</div>
      <div class="t">qui s'est déroulée du 12 au 14 novembre 2024 à Lyon (Espace Confluence,
        salle Rhône).</div>
      <div class="grid"><span>Durée : 21 heures</span>
        <span>Formateur : Baptiste Lemaire-Okoye</span>
        <span>N° d'attestation : ILR-ATT-2024-11-0582</span></div>
      <div class="bottom"><div>Fait à Lyon, le 15 novembre 2024<br>
          La directrice pédagogique<br>{p._signature_svg("h23-fr", 160, 42)}<br>
          Clémence Aubry-Sørensen</div>
        <div>{p._seal_svg(86, "#b9a66b")}</div></div>
      <div class="small">Institut Lémanique des Réseaux – organisme de formation enregistré
        sous le n° de déclaration d'activité 84 69 17853 69 auprès du préfet de région.</div>
    </div>
    """
    return p._weasy(p._html(css, body, lang="fr"), folder / "attestation_formation.pdf")


_add(
    "h23-wp-french-attestation",
    "weasyprint",
    Expected(
        course_name="Sécurisation des réseaux d'entreprise avec pare-feu de nouvelle génération",
        start_date="2024-11-12",
        end_date="2024-11-14",
        validation_code="ILR-ATT-2024-11-0582",
        learner_name="Éloïse Charpentier-Nguyen",
        issuer=None,
        needs_review=False,
        printed_credits=(21.0, "hours"),
    ),
    _build_french,
    "French 'du 12 au 14 novembre 2024' range; 'Fait à Lyon, le 15 novembre 2024' is the issue "
    "date; Mme title; a training-organisation registration number that is not the code; the "
    "course title wraps over two lines",
)


def _build_banner(folder: Path) -> Path:
    css = """
    @page{size:A4;margin:0}
    body{margin:0;font-family:'Nimbus Sans',sans-serif;color:#1b2430}
    .page{height:297mm;box-sizing:border-box;padding:22mm 0;text-align:center;
          border-left:8mm solid #14546a}
    .org{font-size:13pt;font-weight:bold;letter-spacing:2px;color:#14546a}
    h1{font-size:28pt;margin:16mm 0 4mm;font-weight:normal}
    .t{font-size:12.5pt;color:#555}
    .name{font-size:27pt;font-weight:bold;margin:6mm 0 10mm}
    .b1{background:#14546a;color:#fff;font-size:21pt;font-weight:bold;padding:5mm 0 3mm;
        margin-top:5mm}
    .b2{background:#f08a24;color:#fff;font-size:19pt;padding:3mm 0 5mm}
    .facts{margin:12mm 20mm 0;font-size:12pt;line-height:1.8}
    .sig{display:flex;justify-content:space-around;margin-top:22mm;font-size:10pt}
    .printed{position:absolute;bottom:10mm;left:0;right:0;font-size:8pt;color:#888}
    """
    body = f"""
    <div class="page">
      <div class="org">CORVID SYSTEMS TRAINING</div>
      <h1>Certificate of Completion</h1>
      <div class="t">awarded to</div>
      <div class="name">Sigrún Halvorsen-Matos</div>
      <div class="t">for successful completion of</div>
      <div class="b1">Data Center Networking:</div>
      <div class="b2">Automation with Ansible and NetBox</div>
      <div class="facts">Course dates: From 9 June 2025 to 13 June 2025<br>
        Continuing Education Units: 4.0 CEU<br>Certificate ID: DCN-AAN-25-1193</div>
      <div class="sig"><div>{p._signature_svg("h23-banner1", 150, 40)}<br>Lead Instructor<br>
        Kwabena Thorsdottir</div><div>{p._signature_svg("h23-banner2", 150, 40)}<br>
        Head of Training<br>Ines Vukovic-Allard</div></div>
      <div class="printed">Printed on 20 June 2025 from the Corvid learner portal ·
        corvid-training.example</div>
    </div>
    """
    return p._weasy(p._html(css, body), folder / "corvid-cert.pdf")


_add(
    "h23-wp-split-banner-title",
    "weasyprint",
    Expected(
        course_name="Data Center Networking: Automation with Ansible and NetBox",
        start_date="2025-06-09",
        end_date="2025-06-13",
        validation_code="DCN-AAN-25-1193",
        learner_name="Sigrún Halvorsen-Matos",
        issuer=None,
        needs_review=False,
        printed_credits=(4.0, "CEU"),
    ),
    _build_banner,
    "course title split over two differently coloured banner bands (white text on teal, then "
    "on orange); 'Printed on 20 June 2025' footer; A4 portrait",
)


def _build_spanish(folder: Path) -> Path:
    css = """
    @page{size:A4;margin:18mm 20mm}
    body{font-family:'DejaVu Serif',serif;color:#222;font-size:11.5pt}
    .head{display:flex;justify-content:space-between;align-items:center;
          border-bottom:2px solid #8a1c2b;padding-bottom:4mm}
    .org{font-family:'DejaVu Sans',sans-serif;font-weight:bold;color:#8a1c2b;font-size:13pt}
    .exp{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#555;text-align:right}
    h1{text-align:center;font-size:22pt;letter-spacing:2px;margin:18mm 0 10mm;color:#8a1c2b}
    .c{text-align:center;margin:3mm 0}
    .name{text-align:center;font-size:20pt;font-weight:bold;margin:5mm 0}
    .course{text-align:center;font-size:16pt;font-style:italic;margin:5mm 0}
    .txt{text-align:justify;line-height:1.6;margin-top:8mm}
    .firma{margin-top:18mm;display:flex;justify-content:space-between;align-items:flex-end}
    .csv{margin-top:16mm;border-top:1px solid #bbb;padding-top:3mm;font-size:8.5pt;
         font-family:'DejaVu Sans',sans-serif;color:#444;display:flex;gap:6mm;
         align-items:center}
    """
    body = f"""
    <div class="head"><div class="org">Academia Técnica del Cantábrico</div>
      <div class="exp">Nº de expediente: 2025/0311<br>Registro de centros: E-39-00417</div></div>
    <h1>CERTIFICADO DE APROVECHAMIENTO</h1>
    <div class="c">Se certifica que</div>
    <div class="name">BEGOÑA ITURRALDE QUIÑONES</div>
    <div class="c">ha superado con aprovechamiento el curso</div>
    <div class="course">Diseño e implementación de redes inalámbricas empresariales</div>
    <div class="txt">celebrado del 3 al 7 de marzo de 2025, con una duración de 30 horas
      lectivas, en modalidad presencial en las instalaciones de la Academia en Santander.
      Los contenidos incluyeron planificación de cobertura, estándares 802.11ax, seguridad
      WPA3 y gestión centralizada de puntos de acceso.</div>
    <div class="firma"><div>En Santander, a 10 de marzo de 2025<br>
      {p._signature_svg("h23-es", 150, 42)}<br>Fdo.: Íñigo Larrañaga Etxeberria<br>
      Director académico</div><div>{p._seal_svg(80, "#8a1c2b")}</div></div>
    <div class="csv"><div>{p._qr_svg("CSV-8K2P-77QM-3XTA", "60px")}</div>
      <div>Código de verificación: <b>CSV-8K2P-77QM-3XTA</b><br>Puede verificar la
      autenticidad de este documento en<br>https://sede.atcantabrico.example/verificar</div></div>
    """
    return p._weasy(p._html(css, body, lang="es"), folder / "certificado.pdf")


_add(
    "h23-wp-spanish-aprovechamiento",
    "weasyprint",
    Expected(
        course_name="Diseño e implementación de redes inalámbricas empresariales",
        start_date="2025-03-03",
        end_date="2025-03-07",
        validation_code="CSV-8K2P-77QM-3XTA",
        learner_name="BEGOÑA ITURRALDE QUIÑONES",
        issuer=None,
        needs_review=False,
        printed_credits=(30.0, "hours"),
    ),
    _build_spanish,
    "Spanish 'del 3 al 7 de marzo de 2025' inside running text; ALL CAPS name with Ñ; "
    "expediente and centre-registry numbers in the header are not the code; the verification "
    "code sits in the footer beside a QR",
)


def _build_two_codes(folder: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;font-family:'DejaVu Sans',sans-serif;color:#1e1e1e}
    .page{height:8.5in;box-sizing:border-box;padding:0.55in 0.8in;position:relative;
          background:linear-gradient(90deg,#7d1d1d 0 0.28in,#fff 0.28in)}
    .org{font-size:14pt;font-weight:bold;color:#7d1d1d;letter-spacing:1px}
    h1{font-size:30pt;margin:0.35in 0 2pt}
    .no{font-size:11pt;color:#555;margin-bottom:0.3in}
    .name{font-size:27pt;font-family:'DejaVu Serif',serif;margin:6pt 0}
    .t{font-size:12pt;color:#444}
    .course{font-size:19pt;font-weight:bold;margin:6pt 0}
    .foot{position:absolute;left:0.8in;right:0.8in;bottom:0.45in;display:flex;
          justify-content:space-between;align-items:flex-end;font-size:10pt}
    """
    body = f"""
    <div class="page">
      <div class="org">RIDGEBACK SECURITY INSTITUTE</div>
      <h1>Certificate of Completion</h1>
      <div class="no">Certificate No. TRC-55102</div>
      <div class="t">This certifies that</div>
      <div class="name">Dariusz Abernathy-Sato</div>
      <div class="t">has completed the hands-on course</div>
      <div class="course">Applied Threat Hunting with Zeek and Suricata</div>
      <div class="t">held October 6–9, 2025 · 28 CPE credits</div>
      <div class="foot"><div>{p._signature_svg("h23-two", 170, 44)}<br>
        Programme Director, Ridgeback Security Institute</div>
        <div style="text-align:right">{p._qr_svg("9Q4-LL7-2MX", "74px")}<br>
        Certificate ID: 9Q4-LL7-2MX<br>verify at ridgeback-sec.example/verify</div></div>
    </div>
    """
    return p._weasy(p._html(css, body), folder / "ridgeback.pdf")


_add(
    "h23-wp-two-certificate-numbers",
    "weasyprint",
    Expected(
        course_name="Applied Threat Hunting with Zeek and Suricata",
        start_date="2025-10-06",
        end_date="2025-10-09",
        validation_code=None,
        learner_name="Dariusz Abernathy-Sato",
        issuer=None,
        needs_review=True,
        printed_credits=(28.0, "CPE"),
    ),
    _build_two_codes,
    "UNCLEAR: 'Certificate No. TRC-55102' under the title and 'Certificate ID: 9Q4-LL7-2MX' by "
    "the QR in the footer -- two different certificate identifiers of equal standing",
)


# ============================================================================================
# LibreOffice Writer (5)
# ============================================================================================


def _build_german(folder: Path) -> Path:
    d = p._Odt(
        21.0,
        29.7,
        margin_cm=2.0,
        footer="Akademie für Netzwerktechnik Rhein-Main GmbH "
        "· Mainzer Landstraße 118 · 60327 Frankfurt am Main · HRB 99412",
    )
    d.p(
        "Akademie für Netzwerktechnik Rhein-Main",
        size=13,
        bold=True,
        color="#1b4f8a",
        align="start",
        after=0.1,
    )
    d.p(
        "Weiterbildung · Zertifizierung · Beratung",
        size=9,
        color="#666666",
        align="start",
        after=1.6,
    )
    d.p("TEILNAHMEBESCHEINIGUNG", size=24, bold=True, color="#1b4f8a", spacing=2, after=1.0)
    d.p("Herr Jürgen Weißhäupl", size=20, font="DejaVu Serif", after=0.4)
    d.p("hat vom 24.02.2025 bis 27.02.2025 an der Schulung", size=12, after=0.3)
    d.p("Netzwerkautomatisierung mit Python und Nornir", size=16, bold=True, after=0.3)
    d.p("erfolgreich teilgenommen.", size=12, after=1.0)
    d.table(
        [
            ("Schulungsort", "Frankfurt am Main, Schulungsraum 3"),
            ("Umfang", "28 Stunden (4 Tage)"),
            ("Trainer", "Dr. Konstanze Ebersbach"),
            ("Zertifikatsnummer", "ANR-2025-00871"),
            ("Teilnehmernummer", "TN-44120"),
        ],
        [5.0, 9.5],
        size=10.5,
    )
    d.p(
        "Inhalte: Inventar und Variablen, Tasks und Plugins, Konfigurations-Backups, "
        "Validierung mit pyATS, Einbindung in CI-Pipelines.",
        size=10,
        align="start",
        before=0.9,
        color="#333333",
    )
    d.p("Frankfurt am Main, 28.02.2025", size=11, align="start", before=1.6)
    d.p("_____________________________", size=11, align="start", before=1.0, after=0.0)
    d.p("Dr. Konstanze Ebersbach, Leitung Weiterbildung", size=10, align="start")
    return p._soffice("Teilnahmebescheinigung.fodt", d.render(), folder)


_add(
    "h23-lo-german-teilnahme",
    "libreoffice",
    Expected(
        course_name="Netzwerkautomatisierung mit Python und Nornir",
        start_date="2025-02-24",
        end_date="2025-02-27",
        validation_code="ANR-2025-00871",
        learner_name="Jürgen Weißhäupl",
        issuer=None,
        needs_review=False,
        printed_credits=(28.0, "hours"),
    ),
    _build_german,
    "German 'vom 24.02.2025 bis 27.02.2025' (dotted day-first dates) with the place-and-date "
    "issue line 28.02.2025; Herr title; Teilnehmernummer and HRB number are not the code; ß",
)


def _build_polish(folder: Path) -> Path:
    d = p._Docx(8.27, 11.69, margin_in=0.9)
    d.p(
        "Centrum Szkoleń Informatycznych „Wisła” sp. z o.o.",
        size=12,
        bold=True,
        color="#9b1c31",
        align="left",
        after=2,
    )
    d.p(
        "ul. Długa 17, 31-147 Kraków · NIP 676-000-00-00",
        size=8,
        color="#777777",
        align="left",
        after=40,
    )
    d.p("ZAŚWIADCZENIE O UKOŃCZENIU SZKOLENIA", size=20, bold=True, after=4)
    d.p("Nr ZS/117/01/2025", size=12, after=30)
    d.p("Pan", size=12, after=4)
    d.p("Bartłomiej Żółkiewski-Kędzior", size=20, bold=True, font="DejaVu Serif", after=14)
    d.p("ukończył szkolenie", size=12, after=8)
    d.p("Administracja systemami Linux – poziom zaawansowany (LX-301)", size=15, bold=True, after=8)
    d.p(
        "zorganizowane w dniach 13–16 stycznia 2025 r. w Krakowie, w wymiarze 32 godzin.",
        size=12,
        after=24,
    )
    d.p("Program szkolenia:", size=11, bold=True, align="left", after=4)
    d.table(
        [
            ("1.", "Zarządzanie usługami systemd i dziennikami journald"),
            ("2.", "LVM, RAID programowy i systemy plików XFS/Btrfs"),
            ("3.", "SELinux, firewalld i utwardzanie systemu"),
            ("4.", "Automatyzacja zadań administracyjnych w Ansible"),
        ],
        [0.5, 5.6],
        size=10,
    )
    d.p("Kraków, 17 stycznia 2025 r.", size=11, align="left", before=40, after=30)
    d.p("……………………………………", size=11, align="right", after=2)
    d.p("Kierownik ds. szkoleń: Agnieszka Wróblewska-Nowicka", size=9, align="right")
    return p._soffice("zaswiadczenie.docx", d.render(), folder)


_add(
    "h23-lo-polish-zaswiadczenie",
    "libreoffice",
    Expected(
        course_name="Administracja systemami Linux – poziom zaawansowany (LX-301)",
        start_date="2025-01-13",
        end_date="2025-01-16",
        validation_code="ZS/117/01/2025",
        learner_name="Bartłomiej Żółkiewski-Kędzior",
        issuer=None,
        needs_review=False,
        printed_credits=(32.0, "hours"),
    ),
    _build_polish,
    "Polish .docx: 'w dniach 13–16 stycznia 2025 r.' (genitive month), 'Pan' title on its own "
    "line above the name, certificate number with slashes, tax number in the letterhead, "
    "issue date 17 stycznia",
)


def _build_czech(folder: Path) -> Path:
    d = p._Odt(29.7, 21.0, margin_cm=1.6, border="2.5pt double #2e6b3a")
    d.p(
        "Vzdělávací centrum Morava s.r.o.",
        size=13,
        bold=True,
        color="#2e6b3a",
        before=0.8,
        after=0.1,
    )
    d.p("Akreditace MŠMT č. j. MSMT-18842/2024-2", size=8.5, color="#666666", after=0.8)
    d.p("OSVĚDČENÍ O ABSOLVOVÁNÍ KURZU", size=24, bold=True, spacing=1.5, after=0.2)
    d.p("Číslo osvědčení: VCM-2025-0412-77", size=11, after=0.8)
    d.p("Ing. Radka Šťastná Dvořáková", size=21, font="DejaVu Serif", after=0.3)
    d.p("úspěšně absolvovala kurz", size=12, after=0.3)
    d.p("Řízení projektů v agilním prostředí – Scrum Master", size=17, bold=True, after=0.3)
    d.p("konaný ve dnech 7.–9. dubna 2025 v rozsahu 24 hodin.", size=12, after=0.3)
    d.p("Lektor: Mgr. Ondřej Kašpárek", size=11, color="#333333", after=0.9)
    d.p("V Brně dne 10. dubna 2025", size=11, align="start", after=0.6)
    d.p("ředitelka vzdělávacího centra: Mgr. Zdeňka Hrubá", size=10, align="end")
    return p._soffice("osvedceni.fodt", d.render(), folder)


_add(
    "h23-lo-czech-osvedceni",
    "libreoffice",
    Expected(
        course_name="Řízení projektů v agilním prostředí – Scrum Master",
        start_date="2025-04-07",
        end_date="2025-04-09",
        validation_code="VCM-2025-0412-77",
        learner_name="Radka Šťastná Dvořáková",
        issuer=None,
        needs_review=False,
        printed_credits=(24.0, "hours"),
    ),
    _build_czech,
    "Czech 've dnech 7.–9. dubna 2025' (genitive month, dotted ordinals); 'Ing.' title; a "
    "ministry accreditation reference that looks like a code; issue date 'V Brně dne 10. "
    "dubna 2025'; A4 landscape with a double border",
)


def _build_printed_on(folder: Path) -> Path:
    d = p._Docx(8.5, 11.0, margin_in=1.0)
    d.p("BAYSIDE WIRELESS INSTITUTE", size=14, bold=True, color="#0a5c8a", spacing=2, after=2)
    d.p("Professional Education Division", size=9, color="#777777", after=40)
    d.p("Certificate of Attendance", size=28, font="P052", after=18)
    d.p("This is to confirm that", size=12, after=6)
    d.p("Cornelius Abara-Whitfield", size=22, bold=True, after=6)
    d.p("attended the three-day hands-on course", size=12, after=6)
    d.p("Wireless LAN Site Survey Practicum", size=17, bold=True, color="#0a5c8a", after=24)
    d.table(
        [
            ("Training dates", "August 18 – 20, 2025"),
            ("Location", "Harborview Conference Center, Room 4B, Tacoma, WA"),
            ("Instructors", "Marguerite Oduya; Tomasz Leverett"),
            ("CPE credits", "24"),
            ("Certificate #", "WLSS-0825-0193"),
            ("Attendee ID", "A-55231"),
        ],
        [1.8, 4.4],
        size=10.5,
    )
    d.p("", after=40)
    d.p("_________________________", size=11, align="left", after=0)
    d.p("Registrar, Bayside Wireless Institute", size=9.5, align="left", after=60)
    d.p(
        "Printed on 09/02/2025 10:14 AM from the Bayside registrar portal. Page 1 of 1",
        size=8,
        color="#888888",
    )
    return p._soffice("attendance_certificate.docx", d.render(), folder)


_add(
    "h23-lo-letter-printed-on",
    "libreoffice",
    Expected(
        course_name="Wireless LAN Site Survey Practicum",
        start_date="2025-08-18",
        end_date="2025-08-20",
        validation_code="WLSS-0825-0193",
        learner_name="Cornelius Abara-Whitfield",
        issuer=None,
        needs_review=False,
        printed_credits=(24.0, "CPE"),
    ),
    _build_printed_on,
    "US Letter .docx with a label/value table: two instructors, a venue, an Attendee ID right "
    "under 'Certificate #', CPE credits as a bare number, and a 'Printed on 09/02/2025' stamp",
)


def _build_numeric_date(folder: Path) -> Path:
    d = p._Odt(29.7, 21.0, margin_cm=2.0, background="#fbfaf6", border="1.5pt solid #6b4e2e")
    d.p(
        "LINECREST CABLING ACADEMY",
        size=13,
        bold=True,
        color="#6b4e2e",
        spacing=3,
        before=0.4,
        after=1.2,
    )
    d.p("Certificate of Completion", size=30, font="URW Bookman", after=0.8)
    d.p("This certificate is awarded to", size=12, after=0.3)
    d.p("Oluwaseun Marchetti", size=24, bold=True, font="DejaVu Serif", after=0.4)
    d.p("for completing the course", size=12, after=0.3)
    d.p("Introduction to Structured Cabling Standards", size=18, bold=True, after=1.2)
    d.p([("Date of completion: ", False), ("04/06/2025", True)], size=12, after=0.2)
    d.p([("Certificate No.: ", False), ("SCS-44817", True)], size=12, after=1.2)
    d.p("_________________________          _________________________", size=11, after=0.05)
    d.p(
        "Lead Instructor                                              Academy Director",
        size=9,
        color="#555555",
    )
    return p._soffice("linecrest_certificate.fodt", d.render(), folder)


_add(
    "h23-lo-numeric-date-undecidable",
    "libreoffice",
    Expected(
        course_name="Introduction to Structured Cabling Standards",
        start_date=None,
        end_date=None,
        validation_code="SCS-44817",
        learner_name="Oluwaseun Marchetti",
        issuer=None,
        needs_review=True,
    ),
    _build_numeric_date,
    "UNCLEAR: the only date is 'Date of completion: 04/06/2025' with no language, address or "
    "other date settling whether it is 4 June or 6 April",
)


# ============================================================================================
# cairo (5)
# ============================================================================================


def _zt_page(c: p._Cairo, w: float, hgt: float) -> None:
    cx = w / 2
    c.rect(0, 0, w, hgt, fill="#ffffff")
    c.rect(18, 18, w - 36, hgt - 36, stroke="#243b6b", lw=2.5)
    c.rect(26, 26, w - 52, hgt - 52, stroke="#8aa0c8", lw=0.6)
    c.rect(26, 26, w - 52, 46, fill="#243b6b")
    c.text(cx, 56, "MERIDIAN SECURE LEARNING", 15, bold=True, align="center", color="#ffffff")
    y = hgt * 0.26
    c.text(
        cx,
        y,
        "Certificate of Completion",
        30,
        family="DejaVu Serif",
        align="center",
        color="#243b6b",
    )
    c.text(cx, y + 40, "This is to certify that", 12, align="center", color="#555555")
    c.text(cx, y + 78, "Anneliese Moreau-Takahashi", 26, bold=True, align="center")
    c.text(
        cx,
        y + 108,
        "has successfully completed the e-learning course",
        12,
        align="center",
        color="#555555",
    )
    c.wrap(
        cx,
        y + 140,
        "Zero Trust Network Access Fundamentals",
        w - 140,
        19,
        24,
        align="center",
        bold=True,
        color="#243b6b",
    )
    c.text(cx, y + 190, "Completed: 22 May 2025", 12, align="center")
    c.text(cx, y + 208, "Certificate ID: ZT-FND-250522-3381", 12, align="center")
    c.qr(w - 120, hgt - 124, 70, "ZT-FND-250522-3381")
    c.signature(60, hgt - 130, 150, 42, "h23-zt")
    c.line(60, hgt - 82, 230, hgt - 82, color="#243b6b")
    c.text(60, hgt - 68, "Chief Learning Officer", 9.5, color="#555555")


def _build_two_copies(folder: Path) -> Path:
    c = p._Cairo(folder / "ZTNA_certificate_2pages.pdf", *A4_P)
    _zt_page(c, *A4_P)
    c.new_page()
    c.surface.set_size(*A4_L)
    _zt_page(c, *A4_L)
    return c.finish()


_add(
    "h23-cairo-two-copies",
    "cairo",
    Expected(
        course_name="Zero Trust Network Access Fundamentals",
        start_date=None,
        end_date="2025-05-22",
        validation_code="ZT-FND-250522-3381",
        learner_name="Anneliese Moreau-Takahashi",
        issuer=None,
        needs_review=False,
    ),
    _build_two_copies,
    "one PDF holding the same certificate twice: A4 portrait on page 1, A4 landscape on "
    "page 2 (a download that bundles both layouts)",
)


def _build_script_name(folder: Path) -> Path:
    w, hgt = LETTER_L
    c = p._Cairo(folder / "stonebridge_certificate.pdf", w, hgt)
    c.rect(0, 0, w, hgt, fill="#fffdf7")
    c.rect(22, 22, w - 44, hgt - 44, stroke="#7a5c1e", lw=3)
    c.rect(32, 32, w - 64, hgt - 64, stroke="#c7a75a", lw=0.8)
    cx = w / 2
    c.text(
        cx,
        92,
        "STONEBRIDGE LEADERSHIP INSTITUTE",
        13,
        family="C059",
        align="center",
        color="#7a5c1e",
        spacing=2.5,
    )
    c.text(cx, 150, "Certificate of Achievement", 34, family="C059", align="center")
    c.text(
        cx,
        196,
        "proudly presented to",
        13,
        family="C059",
        italic=True,
        align="center",
        color="#555555",
    )
    c.text(
        cx, 258, "Genevieve Ashworth-Kaminski", 46, family="Z003", align="center", color="#1d2c6b"
    )
    c.line(cx - 230, 272, cx + 230, 272, color="#c7a75a", lw=1)
    c.text(
        cx,
        306,
        "for completing the three-day programme",
        13,
        family="C059",
        align="center",
        color="#555555",
    )
    c.text(
        cx,
        340,
        "Leadership Essentials for Technical Managers",
        22,
        family="C059",
        bold=True,
        align="center",
    )
    c.text(
        cx,
        372,
        "January 27 – 29, 2025  ·  Denver, Colorado  ·  2.1 CEUs",
        12,
        family="C059",
        align="center",
    )
    c.signature(110, 430, 170, 46, "h23-stone1")
    c.line(100, 484, 300, 484, color="#7a5c1e")
    c.text(200, 500, "Dr. Harriet Okonedo-Blake", 10.5, family="C059", align="center")
    c.text(200, 514, "Program Director", 9, family="C059", align="center", color="#666666")
    c.signature(w - 290, 430, 170, 46, "h23-stone2")
    c.line(w - 300, 484, w - 100, 484, color="#7a5c1e")
    c.text(w - 200, 500, "Emerson T. Vale", 10.5, family="C059", align="center")
    c.text(w - 200, 514, "President", 9, family="C059", align="center", color="#666666")
    c.circle(cx, 480, 40, fill="#b08d2f")
    c.circle(cx, 480, 32, stroke="#ffffff", lw=1.5)
    c.text(
        cx,
        562,
        "Certificate Number LETM-2501-0046",
        9.5,
        family="C059",
        align="center",
        color="#555555",
    )
    return c.finish()


_add(
    "h23-cairo-script-name",
    "cairo",
    Expected(
        course_name="Leadership Essentials for Technical Managers",
        start_date="2025-01-27",
        end_date="2025-01-29",
        validation_code="LETM-2501-0046",
        learner_name="Genevieve Ashworth-Kaminski",
        issuer=None,
        needs_review=False,
        printed_credits=(2.1, "CEU"),
    ),
    _build_script_name,
    "learner name set large in a calligraphic script font (Z003) on US Letter landscape; the "
    "institute name is letter-spaced glyph by glyph; dates, city and CEUs share one line",
)


def _build_linkedin_style(folder: Path) -> Path:
    w, hgt = LETTER_L
    c = p._Cairo(folder / "CertificateOfCompletion_Network Automation Foundations.pdf", w, hgt)
    c.rect(0, 0, w, hgt, fill="#ffffff")
    c.rect(0, 0, 14, hgt, fill="#0a66c2")
    c.text(60, 76, "Linked", 20, bold=True, color="#0a66c2")
    c.rect(60 + c.width_of("Linked") + 2, 58, 24, 24, fill="#0a66c2")
    c.text(60 + c.width_of("Linked") + 5, 77, "in", 18, bold=True, color="#ffffff")
    c.text(60, 100, "LEARNING", 11, bold=True, color="#444444")
    c.text(60, 176, "Certificate of Completion", 30, color="#222222")
    c.text(60, 222, "Congratulations, Rafferty Nwachukwu-Blom", 20, bold=True)
    c.text(60, 276, "Network Automation Foundations: YANG and NETCONF", 22, color="#0a66c2")
    c.text(60, 306, "Course completed on Mar 11, 2025 at 02:17PM UTC", 12, color="#444444")
    c.wrap(
        60,
        350,
        "By continuing to learn, you have expanded your perspective, sharpened "
        "your skills, and made yourself even more in demand.",
        420,
        12,
        17,
        color="#444444",
    )
    c.text(60, 420, "Top skills covered", 11, bold=True, color="#222222")
    c.text(60, 438, "NETCONF  ·  YANG  ·  Network Automation", 11, color="#444444")
    c.signature(w - 300, 400, 170, 46, "h23-li")
    c.line(w - 300, 452, w - 90, 452, color="#999999")
    c.text(w - 300, 468, "Rosalind Achterberg-Mwangi", 10.5, bold=True)
    c.text(w - 300, 482, "Head of Content Strategy, Learning", 9.5, color="#666666")
    c.text(60, hgt - 46, "Certificate Id: AeX7q2Lm9RtZ0pWcYeKs4NvB3h", 9, color="#666666")
    c.text(w - 60, hgt - 46, "LinkedIn Learning", 9, color="#666666", align="right")
    return c.finish()


_add(
    "h23-cairo-pro-skills-platform",
    "cairo",
    Expected(
        course_name="Network Automation Foundations: YANG and NETCONF",
        start_date=None,
        end_date="2025-03-11",
        validation_code="AeX7q2Lm9RtZ0pWcYeKs4NvB3h",
        learner_name="Rafferty Nwachukwu-Blom",
        issuer="LinkedIn Learning",
        needs_review=False,
    ),
    _build_linkedin_style,
    "professional-skills platform lookalike: the name follows 'Congratulations,' on one line, "
    "completion date carries a time and UTC, the logo is split into a word and a boxed 'in', "
    "certificate id is a long mixed-case token at the bottom",
)


def _build_hotel(folder: Path) -> Path:
    w, hgt = A4_L
    c = p._Cairo(folder / "BGP_workshop_Lisbon.pdf", w, hgt)
    c.rect(0, 0, w, hgt, fill="#f7f9fb")
    c.rect(0, 0, w, 90, fill="#0e3b43")
    c.text(48, 54, "ATLAS ROUTING ACADEMY", 20, bold=True, color="#ffffff")
    c.text(w - 48, 54, "Certificate No. BGPW-LIS-25-0917-12", 11, color="#cfe8ea", align="right")
    c.text(48, 150, "Certificate of Participation", 28, family="DejaVu Serif", color="#0e3b43")
    c.text(48, 186, "This certifies that", 12, color="#555555")
    c.text(48, 222, "Dr. Ifeoma Castellanos-Richter", 24, bold=True)
    c.text(48, 254, "participated in the on-site workshop", 12, color="#555555")
    c.text(
        48, 286, "Advanced BGP Policy and Route Reflection Workshop", 20, bold=True, color="#0e3b43"
    )
    rows = [
        ("Training dates", "15–17 September 2025"),
        ("Venue", "Grand Meridian Hotel Lisboa, Conference Level, Sala Tejo"),
        ("Accommodation", "booked 14 September 2025 – 18 September 2025 (4 nights)"),
        ("Instructors", "Joaquim Ferreira-Lund, Ayla Brenninkmeijer"),
        ("Credits", "21 CPE"),
    ]
    y = 330
    for label, value in rows:
        c.text(48, y, label, 11, bold=True, color="#555555")
        c.text(190, y, value, 11)
        y += 22
    c.signature(w - 270, 420, 170, 46, "h23-atlas")
    c.line(w - 280, 474, w - 60, 474, color="#0e3b43")
    c.text(w - 280, 490, "Nuno Albuquerque-Stein, Academy Director", 9.5, color="#555555")
    c.text(
        48,
        hgt - 30,
        "Atlas Routing Academy · Lisbon · atlas-routing.example/verify",
        8.5,
        color="#888888",
    )
    return c.finish()


_add(
    "h23-cairo-hotel-venue",
    "cairo",
    Expected(
        course_name="Advanced BGP Policy and Route Reflection Workshop",
        start_date="2025-09-15",
        end_date="2025-09-17",
        validation_code="BGPW-LIS-25-0917-12",
        learner_name="Ifeoma Castellanos-Richter",
        issuer=None,
        needs_review=False,
        printed_credits=(21.0, "CPE"),
    ),
    _build_hotel,
    "training venue is a hotel with its own accommodation period (14–18 September, wider than "
    "the 15–17 September course); two instructors; certificate number in the header band; Dr.",
)


def _build_blank_name(folder: Path) -> Path:
    w, hgt = A4_L
    c = p._Cairo(folder / "fire_safety_certificate.pdf", w, hgt)
    c.rect(0, 0, w, hgt, fill="#ffffff")
    c.rect(20, 20, w - 40, hgt - 40, stroke="#c0392b", lw=4)
    cx = w / 2
    c.text(
        cx, 84, "QUARRY LANE FACILITIES TRAINING", 14, bold=True, align="center", color="#c0392b"
    )
    c.text(cx, 150, "Certificate of Completion", 32, family="DejaVu Serif", align="center")
    c.text(cx, 200, "This certifies that", 13, align="center", color="#555555")
    c.line(cx - 220, 252, cx + 220, 252, color="#333333", lw=0.8)
    c.text(cx, 268, "(participant name)", 8.5, align="center", color="#999999")
    c.text(cx, 300, "has completed the mandatory course", 13, align="center", color="#555555")
    c.text(cx, 336, "Fire Safety Awareness for Data Center Staff", 21, bold=True, align="center")
    c.text(cx, 376, "Date: 30 April 2025", 12, align="center")
    c.signature(90, 440, 160, 44, "h23-fire")
    c.line(80, 492, 280, 492, color="#333333")
    c.text(180, 508, "Facilities Safety Officer", 9.5, align="center", color="#555555")
    c.text(w - 80, 508, "Certificate Serial: FSA-0430-2219", 10, align="right", color="#555555")
    return c.finish()


_add(
    "h23-cairo-blank-name-line",
    "cairo",
    Expected(
        course_name="Fire Safety Awareness for Data Center Staff",
        start_date=None,
        end_date="2025-04-30",
        validation_code="FSA-0430-2219",
        learner_name=None,
        issuer=None,
        needs_review=True,
    ),
    _build_blank_name,
    "UNCLEAR: the name line is empty (only a rule and the placeholder caption "
    "'(participant name)'), everything else is filled in",
)


# ============================================================================================
# Ghostscript (5)
# ============================================================================================


def _build_skillsoft_style(folder: Path) -> Path:
    w, hgt = LETTER_L
    d = p._PS(w, hgt)
    d.rect(0, 0, w, hgt, fill="#ffffff")
    d.rect(0, 0, w, 10, fill="#0073cf")
    d.rect(0, hgt - 10, w, 10, fill="#0073cf")
    d.text(60, 78, "skillsoft", "sans-b", 26, color="#0073cf")
    d.text(60, 96, "percipio", "sans", 10, color="#666666")
    d.text(w / 2, 176, "Certificate of Completion", "sans", 32, "center", "#222222")
    d.text(w / 2, 224, "This certifies that", "sans", 13, "center", "#555555")
    d.text(w / 2, 268, "Thaddeus Oyelowo-Brandt", "sans-b", 28, "center")
    d.text(w / 2, 306, "has successfully completed", "sans", 13, "center", "#555555")
    d.text(
        w / 2,
        346,
        "Agile Software Development: Scaling Scrum with Nexus",
        "sans-b",
        20,
        "center",
        "#0073cf",
    )
    d.text(w / 2, 390, "Completion Date: 07/23/2025", "sans", 13, "center")
    d.signature(90, 440, 170, 46, "h23-sks")
    d.line(80, 494, 290, 494, "#444444")
    d.text(80, 510, "Chief Content Officer", "sans", 9.5, color="#555555")
    d.text(w - 80, 510, "Certificate ID: SKS-9C4D7E21-0723", "sans", 10, "right", "#555555")
    d.qr(w - 150, 410, 70, "SKS-9C4D7E21-0723")
    return p._ghostscript(d, folder / "skillsoft_certificate.pdf")


_add(
    "h23-gs-skills-library-style",
    "ghostscript",
    Expected(
        course_name="Agile Software Development: Scaling Scrum with Nexus",
        start_date=None,
        end_date="2025-07-23",
        validation_code="SKS-9C4D7E21-0723",
        learner_name="Thaddeus Oyelowo-Brandt",
        issuer="Skillsoft",
        needs_review=False,
    ),
    _build_skillsoft_style,
    "corporate skills-library lookalike (Ghostscript, US Letter landscape): one numeric US "
    "date whose day 23 settles the order; product name under the wordmark",
)


def _build_email_gs(folder: Path) -> Path:
    w, hgt = A4_P
    d = p._PS(w, hgt)
    d.text(40, 40, "Thunderbird", "sans", 8, color="#666666")
    d.text(w - 40, 40, "11.07.2025, 09:07", "sans", 8, "right", "#666666")
    subj = "Certificate of completion – Secure SD-WAN Deployment (SDW-210)"
    d.text(50, 84, subj, "sans-b", 13)
    y = 112
    for label, value in (
        ("From:", "Vantage Edge Training <certificates@vantage-edge.example>"),
        ("Date:", "Fri, 11 Jul 2025 09:03:41 +0200"),
        ("To:", "Katarzyna Oyelaran <k.oyelaran@fernwood-logistics.example>"),
        ("Subject:", subj),
    ):
        d.text(50, y, label, "sans-b", 10)
        d.text(110, y, value, "sans", 10)
        y += 16
    d.line(50, y - 4, w - 50, y - 4, "#999999", 0.6)
    body = [
        "Dear Ms. Katarzyna Oyelaran,",
        "",
        "thank you for attending Secure SD-WAN Deployment (SDW-210), which took place",
        "from 7 July to 10 July 2025 in our Warsaw training centre. You have met all",
        "attendance and lab requirements, and your certificate has been issued.",
        "",
        "    Participant:          Katarzyna Oyelaran",
        "    Course:               Secure SD-WAN Deployment (SDW-210)",
        "    Certificate number:   SDW-CRT-0711-5530",
        "    Session ID:           SDW210-WAW-2507",
        "    Order reference:      PO-2025-88310",
        "    Credits:              3.0 CEUs",
        "",
        "The certificate PDF is attached. You can also confirm it at any time at",
        "https://vantage-edge.example/verify?c=SDW-CRT-0711-5530",
        "",
        "Best regards,",
        "Marta Ostrowska-Quinlan",
        "Customer Success, Vantage Edge Training",
        "ul. Prosta 51, 00-838 Warszawa",
    ]
    y += 18
    for line in body:
        d.text(50, y, line, "mono", 10)
        y += 14
    d.line(50, y + 6, w - 50, y + 6, "#cccccc", 0.5)
    d.text(
        50,
        y + 22,
        "Attachment: SDW-210_certificate_Oyelaran.pdf (188 KB)",
        "sans-i",
        9,
        color="#555555",
    )
    return p._ghostscript(d, folder / "Certificate of completion - SDW-210.pdf")


_add(
    "h23-gs-email-mail-client",
    "ghostscript",
    Expected(
        course_name="Secure SD-WAN Deployment (SDW-210)",
        start_date="2025-07-07",
        end_date="2025-07-10",
        validation_code="SDW-CRT-0711-5530",
        learner_name="Katarzyna Oyelaran",
        issuer=None,
        needs_review=False,
        printed_credits=(3.0, "CEU"),
    ),
    _build_email_gs,
    "mail-client print of a completion e-mail: print stamp 11.07.2025 09:07 and Date: header "
    "are not course dates; 'from 7 July to 10 July 2025'; a session ID and an order reference "
    "beside the certificate number; monospace body; Ms. title",
)


def _build_months_only(folder: Path) -> Path:
    w, hgt = LETTER_P
    d = p._PS(w, hgt)
    d.rect(28, 28, w - 56, hgt - 56, stroke="#3c2a5e", lw=3)
    d.rect(36, 36, w - 72, hgt - 72, stroke="#9b87c2", lw=0.7)
    d.text(w / 2, 110, "HARTWELL SCHOOL OF CYBER STUDIES", "bookman-d", 14, "center", "#3c2a5e")
    d.text(w / 2, 210, "Certificate of Completion", "bookman", 30, "center")
    d.text(w / 2, 270, "This is to certify that", "bookman", 13, "center", "#555555")
    d.text(w / 2, 318, "HENRIKE ABDULLAHI-VOSS", "bookman-d", 24, "center")
    d.text(w / 2, 366, "has completed the executive programme", "bookman", 13, "center", "#555555")
    d.text(w / 2, 410, "Cybersecurity Leadership Programme", "bookman-d", 21, "center", "#3c2a5e")
    d.text(
        w / 2,
        446,
        "Cohort 7  ·  March – May 2025  ·  60 hours of instruction",
        "bookman",
        12,
        "center",
    )
    d.circle(w / 2, 540, 44, fill="#3c2a5e")
    d.circle(w / 2, 540, 36, stroke="#ffffff", lw=1.2)
    d.signature(80, 610, 170, 46, "h23-hart1")
    d.line(80, 664, 260, 664, "#333333")
    d.text(170, 680, "Dean of Executive Education", "bookman", 9, "center", "#555555")
    d.signature(w - 250, 610, 170, 46, "h23-hart2")
    d.line(w - 260, 664, w - 80, 664, "#333333")
    d.text(w - 170, 680, "Programme Director", "bookman", 9, "center", "#555555")
    d.text(
        w / 2,
        728,
        "Certificate No. HSCS-C7-0219  ·  Issued 6 June 2025",
        "bookman",
        9,
        "center",
        "#555555",
    )
    return p._ghostscript(d, folder / "hartwell_certificate.pdf")


_add(
    "h23-gs-months-only-caps",
    "ghostscript",
    Expected(
        course_name="Cybersecurity Leadership Programme",
        start_date="2025-03-01",
        end_date="2025-05-31",
        validation_code="HSCS-C7-0219",
        learner_name="HENRIKE ABDULLAHI-VOSS",
        issuer=None,
        needs_review=False,
        printed_credits=(60.0, "hours"),
    ),
    _build_months_only,
    "months-only programme period 'March – May 2025' on a cohort line; ALL CAPS name; issue "
    "date shares the last line with the certificate number; US Letter portrait",
)


def _build_netacad(folder: Path) -> Path:
    w, hgt = A4_L
    d = p._PS(w, hgt)
    d.rect(0, 0, w, hgt, fill="#ffffff")
    d.rect(0, 0, w, 70, fill="#1b6a8c")
    d.text(40, 44, "Cisco Networking Academy", "sans-b", 20, color="#ffffff")
    d.text(w / 2, 130, "Certificate of Course Completion", "sans", 28, "center", "#1b6a8c")
    d.text(w / 2, 184, "Valentina Okafor-Lindahl", "sans-b", 26, "center")
    d.text(
        w / 2,
        214,
        "has successfully achieved student level credential for completing the",
        "sans",
        11.5,
        "center",
        "#444444",
    )
    d.text(w / 2, 244, "CCNA: Switching, Routing, and Wireless Essentials", "sans-b", 18, "center")
    d.text(
        w / 2,
        270,
        "course administered by the undersigned instructor. The student was able to proficiently:",
        "sans",
        11.5,
        "center",
        "#444444",
    )
    bullets = [
        "Configure VLANs and inter-VLAN routing applying security best practices.",
        "Troubleshoot inter-VLAN routing on Layer 3 devices.",
        "Configure redundant switched networks using STP and EtherChannel.",
        "Configure WLANs using a WLC and L2 security best practices.",
        "Configure IPv4 and IPv6 static routing on routers.",
    ]
    y = 304
    for b in bullets:
        d.text(150, y, "•  " + b, "sans", 10.5, color="#333333")
        y += 17
    d.text(90, 470, "Declan Ashby-Moreno", "sans", 12)
    d.line(90, 478, 300, 478, "#555555")
    d.text(90, 492, "Instructor", "sans", 9, color="#666666")
    d.text(340, 470, "Riverside Technical College", "sans", 12)
    d.line(340, 478, 560, 478, "#555555")
    d.text(340, 492, "Academy Name", "sans", 9, color="#666666")
    d.text(600, 470, "Dec 12, 2024", "sans", 12)
    d.line(600, 478, 760, 478, "#555555")
    d.text(600, 492, "Date", "sans", 9, color="#666666")
    d.signature(90, 420, 150, 40, "h23-netacad")
    return p._ghostscript(d, folder / "SRWE_certificate.pdf")


_add(
    "h23-gs-academy-no-code",
    "ghostscript",
    Expected(
        course_name="CCNA: Switching, Routing, and Wireless Essentials",
        start_date=None,
        end_date="2024-12-12",
        validation_code=None,
        learner_name="Valentina Okafor-Lindahl",
        issuer="Cisco Networking Academy",
        needs_review=False,
    ),
    _build_netacad,
    "academy course-completion layout with no certificate number at all; the name comes "
    "before any 'certifies' phrase; instructor, academy and date sit above their captions",
)


def _build_iso_validity(folder: Path) -> Path:
    w, hgt = A4_L
    d = p._PS(w, hgt)
    d.rect(0, 0, 120, hgt, fill="#14313d")
    d.text(60, 90, "ORBITAL", "gothic-d", 16, "center", "#ffffff")
    d.text(60, 110, "ITSM ACADEMY", "gothic", 10, "center", "#9cc7d6")
    d.text(160, 110, "Certificate of Achievement", "gothic-d", 30, color="#14313d")
    d.text(160, 160, "Awarded to", "gothic", 12, color="#666666")
    d.text(160, 196, "Yusuf Brannigan-Ortiz", "gothic-d", 26)
    d.text(160, 236, "for successfully completing", "gothic", 12, color="#666666")
    d.text(
        160,
        270,
        "IT Service Management Foundation Bootcamp (ITSM-F)",
        "gothic-d",
        19,
        color="#14313d",
    )
    rows = [
        ("Course period", "2025-01-20 to 2025-01-24"),
        ("Credits", "18 CPE"),
        ("Certificate code", "ITSM-F/2025/00347"),
        ("Exam voucher", "VX-339201"),
        ("Valid until", "2028-01-24"),
    ]
    y = 320
    for label, value in rows:
        d.text(160, y, label, "gothic-d", 11, color="#555555")
        d.text(300, y, value, "gothic", 11)
        y += 20
    d.signature(w - 260, 440, 170, 46, "h23-orbital")
    d.line(w - 270, 494, w - 60, 494, "#14313d")
    d.text(w - 270, 510, "Accreditation Manager", "gothic", 9.5, color="#555555")
    d.qr(160, 450, 70, "ITSM-F/2025/00347")
    return p._ghostscript(d, folder / "orbital_itsm.pdf")


_add(
    "h23-gs-iso-dates-validity",
    "ghostscript",
    Expected(
        course_name="IT Service Management Foundation Bootcamp (ITSM-F)",
        start_date="2025-01-20",
        end_date="2025-01-24",
        validation_code="ITSM-F/2025/00347",
        learner_name="Yusuf Brannigan-Ortiz",
        issuer=None,
        needs_review=False,
        printed_credits=(18.0, "CPE"),
    ),
    _build_iso_validity,
    "ISO dates 'Course period: 2025-01-20 to 2025-01-24' and an ISO 'Valid until' date; an "
    "exam-voucher code right under the certificate code; dark side band",
)


# ============================================================================================
# Scans (5) -- pages printed by each producer, then scanned
# ============================================================================================


def _render_campus(work: Path) -> Path:
    css = """
    body{margin:0;width:11in;height:8.5in;font-family:'DejaVu Serif',serif;color:#111}
    .b{position:absolute;inset:0.4in;border:6px double #2a4d2a;padding:0.5in 0.7in;
       text-align:center}
    .org{font-family:'DejaVu Sans',sans-serif;font-weight:bold;font-size:16px;
         letter-spacing:3px;color:#2a4d2a}
    h1{font-size:40px;margin:0.35in 0 0.2in}
    .t{font-size:17px}.name{font-size:36px;font-weight:bold;margin:12px 0}
    .course{font-size:27px;font-weight:bold;margin:12px 0}
    .foot{position:absolute;left:0.7in;right:0.7in;bottom:0.45in;display:flex;
          justify-content:space-between;font-size:15px;font-family:'DejaVu Sans',sans-serif}
    """
    body = f"""
    <div class="b"><div class="org">PINECREST NETWORK ACADEMY</div>
      <h1>Certificate of Completion</h1>
      <div class="t">presented to</div>
      <div class="name">Aurelio Fitzgerald-Mensah</div>
      <div class="t">for completing the instructor-led course</div>
      <div class="course">Designing Secure Campus Networks</div>
      <div class="t">held on 19–21 March 2025</div>
      <div class="foot"><div>{p._signature_svg("h23-pine", 170, 46)}<br>Course Director</div>
        <div style="align-self:flex-end">Certificate No. DSC-2503-4471</div></div>
    </div>
    """
    return p._chromium(p._html(css, body), work / "campus.pdf", "11in", "8.5in")


_add(
    "h23-scan-chromium-tilted",
    "scan",
    Expected(
        course_name="Designing Secure Campus Networks",
        start_date="2025-03-19",
        end_date="2025-03-21",
        validation_code="DSC-2503-4471",
        learner_name="Aurelio Fitzgerald-Mensah",
        issuer=None,
        needs_review=False,
    ),
    lambda folder: _SCAN(_render_campus, "scan_campus", folder, dpi=200, angle=1.3),
    "flatbed scan (200 dpi, grey, tilted 1.3°) of a Chromium-printed Letter landscape page; "
    "no text layer",
)


def _render_french_ot(work: Path) -> Path:
    css = """
    @page{size:A4;margin:22mm 20mm}
    body{font-family:'DejaVu Sans',sans-serif;color:#111;font-size:13pt;text-align:center}
    .org{font-size:14pt;font-weight:bold;color:#23356b}
    h1{font-size:28pt;margin:22mm 0 12mm}
    .name{font-size:24pt;font-weight:bold;margin:6mm 0}
    .course{font-size:19pt;font-weight:bold;margin:6mm 0;color:#23356b}
    .facts{margin-top:14mm;line-height:1.9;font-size:13pt}
    .sig{margin-top:24mm;text-align:left;font-size:11pt}
    """
    body = f"""
    <div class="org">ÉCOLE SUPÉRIEURE DES SYSTÈMES INDUSTRIELS CONNECTÉS</div>
    <h1>Certificat de réussite</h1>
    <div>décerné à</div>
    <div class="name">Amélie Rousseau-Benali</div>
    <div>pour la réussite du module</div>
    <div class="course">Fondamentaux de la cybersécurité industrielle (OT)</div>
    <div class="facts">Date de réussite : 5 février 2025<br>
      N° de certificat : CRT-OT-0205-118</div>
    <div class="sig">{p._signature_svg("h23-ot", 170, 46)}<br>Le responsable pédagogique<br>
      Grégoire Vasseur-Nakamura</div>
    """
    return p._weasy(p._html(css, body, lang="fr"), work / "ot.pdf")


_add(
    "h23-scan-weasy-french-skewed",
    "scan",
    Expected(
        course_name="Fondamentaux de la cybersécurité industrielle (OT)",
        start_date=None,
        end_date="2025-02-05",
        validation_code="CRT-OT-0205-118",
        learner_name="Amélie Rousseau-Benali",
        issuer=None,
        needs_review=False,
    ),
    lambda folder: _SCAN(
        _render_french_ot, "scan_certificat_ot", folder, dpi=300, angle=-1.8, quality=40
    ),
    "French certificate (WeasyPrint, A4 portrait) scanned at 300 dpi, tilted -1.8°, heavy "
    "JPEG compression; accents must survive OCR",
)


def _render_electrical(work: Path) -> Path:
    d = p._Docx(11.0, 8.5, margin_in=0.8)
    d.p("HALDEN TECHNICAL SAFETY COLLEGE", size=16, bold=True, color="#b3261e", after=20)
    d.p("Certificate of Training", size=34, font="DejaVu Serif", after=16)
    d.p("This is to certify that", size=15, after=6)
    d.p("Marisol Achterberg", size=28, bold=True, after=10)
    d.p("has completed", size=15, after=6)
    d.p("Electrical Safety for IT Technicians (NFPA 70E)", size=22, bold=True, after=16)
    d.p("Training period: 10/02/2025 – 14/02/2025", size=15, after=4)
    d.p("1.6 CEU  ·  Certificate Code: TRN-88213", size=15, after=4)
    return p._soffice("electrical.docx", d.render(), work)


_add(
    "h23-scan-lo-colour-150dpi",
    "scan",
    Expected(
        course_name="Electrical Safety for IT Technicians (NFPA 70E)",
        start_date="2025-02-10",
        end_date="2025-02-14",
        validation_code="TRN-88213",
        learner_name="Marisol Achterberg",
        issuer=None,
        needs_review=False,
        printed_credits=(1.6, "CEU"),
    ),
    lambda folder: _SCAN(
        _render_electrical, "scan_electrical", folder, dpi=150, angle=0.6, gray=False
    ),
    "colour scan at only 150 dpi of a LibreOffice .docx page; numeric day-first range "
    "10/02/2025 – 14/02/2025 settled by the 14; course code in parentheses in the title",
)


def _render_optical(work: Path) -> Path:
    w, hgt = A4_L
    c = p._Cairo(work / "optical.pdf", w, hgt)
    c.rect(0, 0, w, hgt, fill="#ffffff")
    c.rect(24, 24, w - 48, hgt - 48, stroke="#4a2a6b", lw=3)
    cx = w / 2
    c.text(cx, 90, "LUMEN OPTICAL INSTITUTE", 16, bold=True, align="center", color="#4a2a6b")
    c.text(cx, 160, "Certificate of Completion", 34, family="DejaVu Serif", align="center")
    c.text(cx, 210, "This certifies that", 15, align="center")
    c.text(cx, 256, "Bronwyn Adeyemi-Castillo", 30, bold=True, align="center")
    c.text(cx, 300, "has completed the course", 15, align="center")
    c.text(cx, 342, "Optical Transport Networks Essentials", 24, bold=True, align="center")
    c.text(cx, 384, "June 2–4, 2025", 16, align="center")
    c.signature(90, 440, 170, 46, "h23-lumen")
    c.line(80, 494, 290, 494)
    c.text(185, 512, "Director of Studies", 11, align="center")
    c.font("DejaVu Sans", 14)
    x1 = w - 90
    x0 = x1 - c.width_of("LOI-0604-7312") - 8
    c.text(x0 - 28, 500, "Certificate No.", 14, align="right")
    c.text(x1, 500, "LOI-0604-7312", 14, align="right")
    # a coffee spill on the paper, dried over the number (the scan adds its own smear)
    rng = random.Random("h23-coffee")
    c.rect(x0, 484, x1 - x0 + 8, 22, fill="#4b3a2a")
    for i in range(16):
        cx_ = x0 + (x1 - x0 + 8) * i / 15 + rng.uniform(-6, 6)
        c.circle(cx_, 495 + rng.uniform(-5, 5), rng.uniform(12, 22), fill="#4b3a2a")
    return c.finish()


_add(
    "h23-scan-cairo-stained-code",
    "scan",
    Expected(
        course_name="Optical Transport Networks Essentials",
        start_date="2025-06-02",
        end_date="2025-06-04",
        validation_code=None,
        learner_name="Bronwyn Adeyemi-Castillo",
        issuer=None,
        needs_review=True,
    ),
    lambda folder: _SCAN(
        _render_optical,
        "scan_optical",
        folder,
        dpi=200,
        angle=-0.9,
        # over the coffee spill that covers the number (x 630-760 pt, baseline 500 pt)
        smudges=((0.77, 0.79, 0.93, 0.875),),
    ),
    "UNCLEAR: a dark stain covers the certificate number at the bottom right of the scan; "
    "course, name and dates stay legible",
)


def _render_cbt(work: Path) -> Path:
    w, hgt = LETTER_P
    d = p._PS(w, hgt)
    d.rect(0, 0, w, 120, fill="#f2f2f2")
    d.text(60, 74, "CBT Nuggets", "sans-b", 26, color="#1a1a1a")
    d.rect(60, 86, 60, 4, fill="#f7941d")
    d.text(w / 2 - 40, 220, "Certificate of Completion", "sans-b", 28, "center")
    d.text(w / 2 - 40, 280, "Siobhán Delacroix-Mbeki", "sans-b", 26, "center")
    d.text(w / 2 - 40, 320, "has completed", "sans", 15, "center")
    d.text(w / 2 - 40, 360, "Azure Networking Deep Dive Online Training", "sans-b", 19, "center")
    d.text(w / 2 - 40, 410, "Completed September 30, 2025", "sans", 15, "center")
    d.text(w / 2 - 40, 436, "Training hours: 14", "sans", 15, "center")
    d.text(w / 2 - 40, 462, "Certificate ID: CBT-7Q2W-9E4R", "sans", 15, "center")
    d.signature(80, 560, 170, 46, "h23-cbt")
    d.line(80, 614, 280, 614, "#333333")
    d.text(80, 632, "Chief Learning Officer", "sans", 11)
    return p._ghostscript(d, work / "cbt.pdf")


_add(
    "h23-scan-gs-cropped-edge",
    "scan",
    Expected(
        course_name="Azure Networking Deep Dive Online Training",
        start_date=None,
        end_date="2025-09-30",
        validation_code="CBT-7Q2W-9E4R",
        learner_name="Siobhán Delacroix-Mbeki",
        issuer="CBT Nuggets",
        needs_review=False,
        printed_credits=(14.0, "hours"),
    ),
    lambda folder: _SCAN(_render_cbt, "scan_cbt", folder, dpi=250, angle=-0.7, keep_right=0.93),
    "IT-training platform lookalike (Ghostscript, Letter portrait) scanned at 250 dpi with the "
    "scanner missing the right 7% of the sheet (text is placed left of centre so nothing "
    "printed is lost)",
)
