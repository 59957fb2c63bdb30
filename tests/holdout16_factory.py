"""Blind held-out set 16: thirty certificates written without seeing the extractor's rules.

They imitate what real platforms and training vendors print: landscape award certificates,
letter-style confirmations, label/value tables (labels beside, above and under the values),
two-page files (a cover letter about another course, a module list), transcripts with several
kinds of dates, badges with credential IDs, QR codes with verify URLs, and ten certificates in
German, French, Portuguese (Brazil), Spanish, Italian, Polish, Turkish, Greek, Romanian and
Czech. Seven of them are deliberately unclear (needs_review=True).

Producers (from ``producers``): headless Chromium (8), WeasyPrint (6), LibreOffice Writer from
flat ODF and Word files (6), cairo (5) and Ghostscript from hand-written PostScript (5). Four of
the thirty are image-only "scans" made here by rasterising the printed page and roughening it
with Pillow (seeded, so every build is the same); they need OCR to read.

All people, companies, codes and instructors are invented.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

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

# --------------------------------------------------------------------------------------------
# Scan effect: rasterise page 1, tilt, add grain, smudges, crop, JPEG, wrap back into a PDF
# --------------------------------------------------------------------------------------------


_scanned = partial(scan_rendered, prefix="h16-scan:")


def _odt_textbox(
    doc: _Odt, x_cm: float, y_cm: float, w_cm: float, h_cm: float, lines: list[str], size: float
) -> None:
    """A LibreOffice text box (draw:frame with a draw:text-box) anchored to a paragraph."""
    fr, pn = f"fr{len(doc.styles)}", f"Pbox{len(doc.styles)}"
    doc.styles.append(
        f'<style:style style:name="{fr}" style:family="graphic">'
        '<style:graphic-properties fo:border="0.6pt solid #3b4a5a" fo:padding="0.15cm" '
        'style:wrap="none" style:vertical-pos="from-top" style:horizontal-pos="from-left" '
        'style:vertical-rel="paragraph" style:horizontal-rel="paragraph" '
        'fo:background-color="#f4f6f8" draw:fill="solid" draw:fill-color="#f4f6f8"/>'
        "</style:style>"
    )
    doc.styles.append(
        f'<style:style style:name="{pn}" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="start"/>'
        f'<style:text-properties style:font-name="DejaVu Sans" fo:font-size="{size}pt" '
        'fo:color="#1f2933"/></style:style>'
    )
    inner = "".join(f'<text:p text:style-name="{pn}">{escape(s)}</text:p>' for s in lines)
    doc.body.append(
        '<text:p text:style-name="Standard">'
        f'<draw:frame draw:style-name="{fr}" draw:name="Box{len(doc.styles)}" '
        f'text:anchor-type="paragraph" svg:x="{x_cm}cm" svg:y="{y_cm}cm" '
        f'svg:width="{w_cm}cm" svg:height="{h_cm}cm" draw:z-index="1">'
        f"<draw:text-box>{inner}</draw:text-box></draw:frame></text:p>"
    )


# ============================================================================================
# Chromium
# ============================================================================================

_SANS = "'Montserrat', 'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif"
_SERIF = "'Playfair Display', 'Georgia', 'DejaVu Serif', serif"


def _b_ciscou_award(folder: Path) -> Path:
    css = f"""
    @font-face {{ font-family: 'CiscoSansTT'; src: local('CiscoSansTT'), local('Nimbus Sans'); }}
    html, body {{ margin: 0; padding: 0; }}
    .page {{ width: 297mm; height: 210mm; box-sizing: border-box; padding: 14mm 18mm;
      background: linear-gradient(135deg, #ffffff 0%, #eef6fb 60%, #d9eef8 100%);
      border: 5mm solid #0d274d; display: flex; flex-direction: column;
      font-family: 'CiscoSansTT', {_SANS}; color: #1a1a1a; position: relative; }}
    .top {{ display: flex; justify-content: space-between; align-items: center; }}
    .brand {{ font-size: 26pt; font-weight: 700; color: #049fd9; letter-spacing: 1px; }}
    .slogan {{ font-size: 10pt; color: #0d274d; text-transform: uppercase; letter-spacing: 3px; }}
    .main {{ flex: 1; display: flex; flex-direction: column; align-items: center;
      justify-content: center; text-align: center; }}
    h1 {{ font-size: 40pt; margin: 0 0 6mm; color: #0d274d; text-transform: uppercase;
      letter-spacing: 8px; text-shadow: 2px 2px 0 #bfe3f4; font-weight: 800; }}
    .small {{ font-size: 13pt; color: #555; margin: 2mm 0; }}
    .name {{ font-family: {_SERIF}; font-size: 34pt; margin: 3mm 0; color: #0d274d; }}
    .course {{ font-size: 21pt; font-weight: 700; margin: 3mm 0; max-width: 220mm; }}
    .foot {{ display: flex; justify-content: space-between; align-items: flex-end;
      font-size: 11pt; }}
    .sig {{ border-top: 1px solid #333; padding-top: 2mm; width: 70mm; text-align: center; }}
    .label {{ text-transform: uppercase; letter-spacing: 2px; font-size: 8pt; color: #777; }}
    """
    body = f"""
    <div class="page">
      <div class="top"><div class="brand">Cisco U.</div>
        <div class="slogan">Learn it. Prove it. Build the bridge.</div></div>
      <div class="main">
        <h1>Certificate of Completion</h1>
        <div class="small">This certifies that</div>
        <div class="name">Tomasz Wróblewski</div>
        <div class="small">has successfully completed the Cisco U. course</div>
        <div class="course">Automating Cisco Enterprise Solutions (ENAUI)</div>
        <div class="small">on March 3, 2025 and earned 32 CE credits
          toward Cisco certification recertification</div>
      </div>
      <div class="foot">
        <div>{_signature_svg("h16-ciscou", 200, 50)}
          <div class="sig">Renata Oyelaran<br><span class="label">Director, Learning
          Programs</span></div></div>
        <div>{_seal_svg(96, "#049fd9")}</div>
        <div style="text-align:right"><span class="label">Certificate ID</span><br>
          <b>CU-7F3K-92QX</b></div>
      </div>
    </div>"""
    return _chromium(_html(css, body), folder / "h16-clean-ciscou-award.pdf", "297mm", "210mm")


def _b_udemy_url_only(folder: Path) -> Path:
    css = f"""
    html, body {{ margin: 0; }}
    .page {{ width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.6in 0.7in;
      font-family: {_SANS}; color: #1c1d1f; position: relative; background: #fff; }}
    .logo {{ font-size: 30pt; font-weight: 800; color: #a435f0; letter-spacing: -1px; }}
    .meta {{ position: absolute; top: 0.62in; right: 0.7in; text-align: right;
      font-size: 9pt; color: #6a6f73; line-height: 1.6; }}
    .kicker {{ margin-top: 1.2in; font-size: 11pt; text-transform: uppercase;
      letter-spacing: 2px; color: #6a6f73; font-weight: 700; }}
    .title {{ font-family: {_SERIF}; font-size: 34pt; font-weight: 700; margin: 0.15in 0;
      max-width: 8.4in; line-height: 1.15; }}
    .instr {{ font-size: 12pt; color: #1c1d1f; }}
    .bottom {{ position: absolute; left: 0.7in; bottom: 0.8in; }}
    .who {{ font-family: {_SERIF}; font-size: 30pt; font-weight: 700; }}
    .facts {{ font-size: 12pt; margin-top: 0.1in; line-height: 1.6; }}
    .facts b {{ display: inline-block; width: 0.7in; }}
    """
    body = """
    <div class="page">
      <div class="logo">udemy</div>
      <div class="meta">Certificate url: ude.my/UC-4b1e9a2c-77d0-4f3e-9d5b-1a2c3e4f5a6b<br>
        Reference Number: 0004</div>
      <div class="kicker">Certificate of Completion</div>
      <div class="title">Terraform for Beginners: Infrastructure as Code on AWS</div>
      <div class="instr">Instructors <b>Marek Ilves, Dorothea Quint</b></div>
      <div class="bottom">
        <div class="who">Aisha Rahmanova</div>
        <div class="facts"><b>Date</b> Feb. 18, 2025<br><b>Length</b> 12.5 total hours</div>
      </div>
    </div>"""
    return _chromium(_html(css, body), folder / "h16-tricky-udemy-url-only.pdf", "11in", "8.5in")


def _b_coursera_grid(folder: Path) -> Path:
    css = f"""
    html, body {{ margin: 0; }}
    .page {{ width: 279mm; height: 216mm; display: grid; grid-template-columns: 1fr 62mm;
      font-family: {_SANS}; color: #1f1f1f; }}
    .main {{ padding: 18mm 16mm; display: grid; grid-template-rows: auto auto 1fr auto; }}
    .brand {{ font-size: 24pt; font-weight: 700; color: #0056d2; }}
    .uni {{ font-size: 12pt; color: #444; margin-top: 2mm; }}
    .date {{ font-size: 12pt; margin-top: 14mm; }}
    .name {{ font-size: 30pt; font-weight: 600; margin: 6mm 0 4mm; }}
    .done {{ font-size: 12pt; color: #444; }}
    .course {{ font-size: 24pt; font-weight: 700; margin: 4mm 0; max-width: 170mm; }}
    .desc {{ font-size: 10.5pt; color: #555; max-width: 165mm; line-height: 1.5; }}
    .foot {{ display: grid; grid-template-columns: 1fr 1fr; gap: 10mm; font-size: 9pt;
      color: #555; align-items: end; }}
    .band {{ background: #eaf1fb; display: flex; flex-direction: column; align-items: center;
      justify-content: space-between; padding: 16mm 0; }}
    .vert {{ writing-mode: vertical-rl; transform: rotate(180deg); font-size: 20pt;
      letter-spacing: 6px; text-transform: uppercase; color: #0056d2; font-weight: 700; }}
    """
    body = f"""
    <div class="page">
      <div class="main">
        <div><div class="brand">coursera</div>
          <div class="uni">Westbrook Institute of Technology</div></div>
        <div>
          <div class="date">Mar 9, 2025</div>
          <div class="name">Gabriela Ionescu-Watts</div>
          <div class="done">has successfully completed</div>
          <div class="course">Machine Learning Operations: Monitoring Models in Production</div>
          <div class="desc">an online non-credit course authorized by Westbrook Institute of
            Technology and offered through Coursera</div>
        </div>
        <div></div>
        <div class="foot">
          <div>{_signature_svg("h16-coursera", 180, 46)}<br>Prof. Leontine Abara<br>
            Department of Computer Science, Westbrook Institute of Technology</div>
          <div>Verify at: https://coursera.org/verify/K8ZP2QW4M7LD<br>Coursera has confirmed
            the identity of this individual and their participation in the course.</div>
        </div>
      </div>
      <div class="band"><div class="vert">Course Certificate</div>
        {_seal_svg(120, "#0056d2")}</div>
    </div>"""
    return _chromium(_html(css, body), folder / "h16-clean-coursera-grid.pdf", "279mm", "216mm")


def _b_linkedin_hex(folder: Path) -> Path:
    css = f"""
    html, body {{ margin: 0; }}
    .page {{ width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.7in 0.9in;
      font-family: {_SANS}; color: #191919; border-top: 0.18in solid #0a66c2; }}
    .brand {{ font-size: 15pt; font-weight: 700; }}
    .brand span {{ color: #0a66c2; }}
    .kind {{ margin-top: 0.6in; font-size: 13pt; text-transform: uppercase; letter-spacing: 5px;
      color: #666; }}
    .congrats {{ font-size: 30pt; font-weight: 300; margin: 0.2in 0; }}
    .course {{ font-size: 24pt; font-weight: 700; }}
    .when {{ font-size: 11pt; color: #555; margin-top: 0.12in; }}
    .blurb {{ font-size: 11pt; color: #555; margin-top: 0.3in; max-width: 7in; line-height: 1.5; }}
    .skills {{ font-size: 10.5pt; margin-top: 0.25in; }}
    .box {{ margin-top: 0.35in; border: 1px solid #ccc; padding: 0.12in 0.18in; font-size: 9pt;
      color: #444; width: 7.6in; line-height: 1.5; }}
    .id {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }}
    """
    code = "4e9c1b7a2f8d03e6b5a9c4d2e1f0a7b8c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1"
    body = f"""
    <div class="page">
      <div class="brand">Linked<span>in</span> Learning</div>
      <div class="kind">Certificate of Completion</div>
      <div class="congrats">Congratulations, Henrik Lindqvist</div>
      <div class="course">Advanced Python: Working with Databases</div>
      <div class="when">Course completed on Jan 27, 2025 at 04:12PM UTC &bull;
        1 hour 36 minutes</div>
      <div class="blurb">By continuing to learn, you have expanded your perspective, sharpened
        your skills, and made yourself even more in demand.</div>
      <div class="skills"><b>Top skills covered:</b> SQLite, SQLAlchemy, Python (Programming
        Language)</div>
      <div class="box">LinkedIn Learning is registered with the National Association of State
        Boards of Accountancy (NASBA) as a sponsor of continuing professional education.
        Field of study: Information Technology &bull; CPE credits: 1.5 &bull; Delivery method:
        QAS Self Study<br>Certificate ID: <span class="id">{code}</span></div>
    </div>"""
    return _chromium(_html(css, body), folder / "h16-tricky-linkedin-hex.pdf", "11in", "8.5in")


def _render_german(folder: Path) -> Path:
    css = """
    html, body { margin: 0; }
    .page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 22mm 24mm;
      font-family: 'Source Sans Pro', 'DejaVu Sans', sans-serif; color: #222;
      border-left: 9mm solid #7a1f2b; position: relative; }
    .org { font-size: 15pt; font-weight: 700; color: #7a1f2b; }
    .addr { font-size: 9.5pt; color: #666; }
    h1 { font-size: 28pt; margin: 30mm 0 12mm; letter-spacing: 1px; }
    p { font-size: 13.5pt; line-height: 1.6; margin: 0 0 6mm; }
    .facts { font-size: 13pt; line-height: 1.8; margin-top: 10mm; }
    .sign { position: absolute; bottom: 30mm; left: 24mm; font-size: 12pt; }
    """
    body = f"""
    <div class="page">
      <div class="org">Lindenhof IT-Akademie GmbH</div>
      <div class="addr">Aachener Straße 212 · 50931 Köln</div>
      <h1>Teilnahmebescheinigung</h1>
      <p>Frau <b>Jana Müller-Lüdenscheidt</b> hat vom 3.–7. März 2025 an dem Präsenzseminar
      „IT-Service-Management nach ITIL 4 (Foundation)“ teilgenommen.</p>
      <p>Inhalte: Servicewertsystem, Leitprinzipien, Praktiken des Service-Managements,
      Vorbereitung auf die Zertifizierungsprüfung.</p>
      <div class="facts">Dauer: 28 Stunden<br>Zertifikats-Nr.: TB-2025/0347</div>
      <div class="sign">Köln, 7. März 2025<br>{_signature_svg("h16-de", 190, 50)}<br>
        Dr. Ansgar Helmbrecht, Seminarleitung</div>
    </div>"""
    return _chromium(_html(css, body, "de"), folder / "de-src.pdf", "210mm", "297mm")


def _b_scan_german(folder: Path) -> Path:
    return _scanned(
        _render_german, "h16-tricky-scan-german-range", folder, dpi=220, angle=-0.7, gray=False
    )


def _b_pluralsight_modules(folder: Path) -> Path:
    css = f"""
    html, body {{ margin: 0; }}
    .page {{ width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.7in 0.8in;
      font-family: {_SANS}; color: #fff; background: #181818; break-after: page;
      position: relative; overflow: hidden; }}
    .page.two {{ background: #fff; color: #222; break-after: auto; }}
    .brand {{ font-size: 20pt; font-weight: 700; color: #f15b2a; }}
    .k {{ margin-top: 0.8in; font-size: 12pt; text-transform: uppercase; letter-spacing: 4px;
      color: #bbb; }}
    .name {{ font-size: 34pt; font-weight: 700; margin: 0.15in 0 0.3in; }}
    .lbl {{ font-size: 11pt; color: #bbb; }}
    .course {{ font-size: 24pt; font-weight: 600; margin: 0.08in 0 0.3in; }}
    .row {{ display: flex; gap: 0.8in; font-size: 12pt; }}
    .row div span {{ display: block; color: #bbb; font-size: 10pt; text-transform: uppercase;
      letter-spacing: 1px; }}
    .stripe {{ position: absolute; right: -1in; top: -1in; width: 4in; height: 12in;
      background: linear-gradient(#f15b2a, #e80a89); transform: rotate(18deg); opacity: .85;
      z-index: 0; }}
    .page > *:not(.stripe) {{ position: relative; z-index: 1; }}
    table {{ border-collapse: collapse; width: 100%; font-size: 11pt; margin-top: 0.2in; }}
    td, th {{ border-bottom: 1px solid #ddd; padding: 7px 4px; text-align: left; }}
    h2 {{ font-size: 18pt; margin: 0 0 0.05in; }}
    """
    mods = [
        ("1", "Threat Modelling a Kubernetes Cluster", "34m"),
        ("2", "Securing the Control Plane and etcd", "41m"),
        ("3", "Pod Security Admission and Workload Isolation", "52m"),
        ("4", "Network Policies in Practice", "38m"),
        ("5", "Supply Chain Security: Image Signing and Scanning", "45m"),
        ("6", "Runtime Detection and Audit Logging", "30m"),
    ]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in mods)
    body = f"""
    <div class="page"><div class="stripe"></div>
      <div class="brand">Pluralsight</div>
      <div class="k">Certificate of Completion</div>
      <div class="lbl">This certifies that</div>
      <div class="name">Kofi Mensah-Bonsu</div>
      <div class="lbl">has completed the course</div>
      <div class="course">Kubernetes Security: Hardening Clusters and Workloads</div>
      <div class="row"><div><span>Completed</span>April 11, 2025</div>
        <div><span>Duration</span>4 hours</div>
        <div><span>Verification code</span>PS-2K9D-44LM-Q7</div></div>
    </div>
    <div class="page two">
      <h2>Course modules</h2>
      <div>Kubernetes Security: Hardening Clusters and Workloads &middot; Kofi Mensah-Bonsu</div>
      <table><tr><th>#</th><th>Module</th><th>Length</th></tr>{rows}
        <tr><td></td><td><b>Total</b></td><td><b>4h 00m</b></td></tr></table>
    </div>"""
    return _chromium(
        _html(css, body), folder / "h16-tricky-pluralsight-modules.pdf", "11in", "8.5in"
    )


def _b_ine_badge(folder: Path) -> Path:
    css = f"""
    html, body {{ margin: 0; }}
    .page {{ width: 1000px; height: 700px; position: relative; font-family: {_SANS};
      background: radial-gradient(circle at 20% 30%, #1b2a4a, #0b1220); color: #e8eefc;
      overflow: hidden; }}
    .a {{ position: absolute; }}
    .brand {{ left: 60px; top: 48px; font-size: 34px; font-weight: 900; letter-spacing: 4px;
      color: #ff6b35; }}
    .badge {{ left: 70px; top: 190px; }}
    .kind {{ left: 400px; top: 120px; font-size: 15px; letter-spacing: 4px;
      text-transform: uppercase; color: #9fb3d9; }}
    .course {{ left: 400px; top: 150px; width: 540px; font-size: 34px; font-weight: 700;
      line-height: 1.15; text-shadow: 0 2px 6px rgba(0,0,0,.5); }}
    .to {{ left: 400px; top: 290px; font-size: 13px; color: #9fb3d9;
      text-transform: uppercase; letter-spacing: 2px; }}
    .name {{ left: 400px; top: 312px; font-size: 30px; }}
    .facts {{ left: 400px; top: 380px; font-size: 15px; line-height: 1.9; }}
    .qr {{ left: 830px; top: 540px; }}
    .url {{ left: 60px; top: 640px; font-size: 11px; color: #9fb3d9; }}
    """
    code = "8d2f6a10-3c4b-4e7a-9f12-6b8e0d4c2a95"
    hexagon = (
        '<svg width="260" height="290" viewBox="0 0 260 290" xmlns="http://www.w3.org/2000/svg">'
        '<polygon points="130,5 255,75 255,215 130,285 5,215 5,75" fill="#ff6b35"/>'
        '<polygon points="130,30 232,88 232,202 130,260 28,202 28,88" fill="#14213d"/>'
        '<circle cx="130" cy="145" r="55" fill="none" stroke="#ff6b35" stroke-width="6"/></svg>'
    )
    body = f"""
    <div class="page">
      <div class="a brand">INE</div>
      <div class="a badge">{hexagon}</div>
      <div class="a kind">Certificate of Achievement</div>
      <div class="a course">Azure Cloud Penetration Testing</div>
      <div class="a to">Awarded to</div>
      <div class="a name">Oluwaseun Adeyemi-Clarke</div>
      <div class="a facts">Issued: 2025-05-02<br>CPE credits: 12<br>
        Credential ID: {code}</div>
      <div class="a qr">{_qr_svg("h16-ine", "110px")}</div>
      <div class="a url">Verify this credential at https://certs.ine.com/verify/{code}</div>
    </div>"""
    return _chromium(_html(css, body), folder / "h16-clean-ine-badge.pdf", "1000px", "700px")


def _b_two_course_names(folder: Path) -> Path:
    css = f"""
    html, body {{ margin: 0; }}
    .page {{ width: 297mm; height: 210mm; box-sizing: border-box; padding: 16mm;
      font-family: {_SANS}; text-align: center; color: #13294b;
      background: repeating-linear-gradient(45deg, #f7fbff, #f7fbff 12px, #eef5fd 12px,
      #eef5fd 24px); }}
    .frame {{ border: 2px solid #2f80ed; height: 100%; box-sizing: border-box; padding: 12mm;
      display: flex; flex-direction: column; justify-content: space-between; }}
    .org {{ font-size: 14pt; letter-spacing: 3px; text-transform: uppercase; color: #2f80ed; }}
    .title {{ font-size: 30pt; font-weight: 800; margin-top: 4mm; }}
    .txt {{ font-size: 14pt; line-height: 1.6; }}
    .name {{ font-family: {_SERIF}; font-size: 32pt; margin: 2mm 0; }}
    .foot {{ display: flex; justify-content: space-between; font-size: 11pt; text-align: left; }}
    """
    body = f"""
    <div class="page"><div class="frame">
      <div><div class="org">Skyline Cloud Academy</div>
        <div class="title">Microsoft Azure Administrator (AZ-104) Bootcamp</div></div>
      <div class="txt">This certificate is proudly presented to
        <div class="name">Daniela Furtado Reis</div>
        for successfully completing the Azure Fundamentals (AZ-900) Bootcamp,
        a live online programme delivered by Skyline Cloud Academy.</div>
      <div class="foot"><div>Date: 12 June 2025<br>Certificate No.: SCA-104-55812</div>
        <div>{_signature_svg("h16-skyline", 170, 44)}<br>Imogen Castellanos, Lead Trainer</div>
      </div>
    </div></div>"""
    return _chromium(
        _html(css, body), folder / "h16-unclear-two-course-names.pdf", "297mm", "210mm"
    )


# ============================================================================================
# WeasyPrint
# ============================================================================================


def _render_cbt_table(folder: Path) -> Path:
    css = """
    @page { size: A4 landscape; margin: 0; }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #111; }
    .page { padding: 20mm 24mm; }
    .brand { font-size: 24pt; font-weight: bold; }
    .brand span { color: #e8772e; }
    h1 { font-size: 26pt; margin: 10mm 0 8mm; }
    table { border-collapse: collapse; width: 235mm; font-size: 15pt; }
    td { border: 1px solid #888; padding: 4mm 5mm; }
    td.l { width: 62mm; background: #f1f1f1; font-weight: bold; }
    .foot { margin-top: 12mm; font-size: 12pt; }
    """
    rows = [
        ("Learner", "Priya Venkataraman"),
        ("Course", "CompTIA Network+ (N10-009) Online Training"),
        ("Completed", "January 30, 2025"),
        ("Duration", "24.5 hours"),
        ("Certificate number", "CBTN-8812-4471"),
    ]
    trs = "".join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in rows)
    body = f"""
    <div class="page">
      <div class="brand">CBT <span>Nuggets</span></div>
      <h1>Certificate of Completion</h1>
      <table>{trs}</table>
      <div class="foot">Awarded by CBT Nuggets, LLC &middot; Eugene, Oregon</div>
    </div>"""
    return _weasy(_html(css, body), folder / "cbt-src.pdf")


def _b_scan_cbt(folder: Path) -> Path:
    return _scanned(_render_cbt_table, "h16-clean-scan-cbt-table", folder, dpi=200, angle=0.6)


def _b_french_letter(folder: Path) -> Path:
    css = """
    @page { size: A4; margin: 22mm 24mm; }
    body { font-family: 'DejaVu Serif', serif; font-size: 11.5pt; color: #1b1b1b;
      line-height: 1.55; }
    .head { display: flex; justify-content: space-between; border-bottom: 1px solid #999;
      padding-bottom: 4mm; }
    .org { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 14pt;
      color: #1d4e89; }
    .small { font-size: 9pt; color: #555; }
    h1 { text-align: center; font-size: 20pt; letter-spacing: 2px; margin: 18mm 0 10mm;
      text-transform: uppercase; }
    .ref { text-align: right; margin-bottom: 8mm; }
    .sign { margin-top: 16mm; margin-left: 95mm; }
    """
    body = f"""
    <div class="head"><div><div class="org">Cyberforma Rhône SAS</div>
      <div class="small">Organisme de formation enregistré sous le n° 84 69 17203 69</div></div>
      <div class="small">12 quai Perrache<br>69002 Lyon</div></div>
    <h1>Attestation de formation</h1>
    <p class="ref">N° d'attestation : AF-2025-0214-07</p>
    <p>Nous soussignés, Cyberforma Rhône SAS, attestons que Mme Élodie Marchand-Bérard a suivi
    la formation « Sécurité des réseaux industriels (ICS/SCADA) » du 10 au 14 février 2025,
    d'une durée de 35 heures, dispensée en présentiel dans nos locaux de Lyon.</p>
    <p>Objectifs : identifier les menaces propres aux systèmes de contrôle industriels,
    segmenter un réseau OT, mettre en œuvre une supervision adaptée.</p>
    <p>Cette attestation est délivrée pour servir et valoir ce que de droit.</p>
    <div class="sign">Fait à Lyon, le 17 février 2025<br>{_signature_svg("h16-fr", 170, 46)}
      <br>Bastien Coudray-Lefèvre<br><span class="small">Responsable pédagogique</span></div>
    """
    return _weasy(_html(css, body, "fr"), folder / "h16-tricky-french-letter.pdf")


def _b_skillsoft_transcript(folder: Path) -> Path:
    css = """
    @page { size: Letter; margin: 18mm 20mm; }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; }
    .bar { background: #2c2c6e; color: #fff; padding: 5mm 6mm; display: flex;
      justify-content: space-between; align-items: center; }
    .bar b { font-size: 16pt; }
    h1 { font-size: 17pt; margin: 8mm 0 2mm; }
    .sub { color: #666; margin-bottom: 6mm; }
    table { border-collapse: collapse; width: 100%; }
    th { text-align: left; background: #ececf5; width: 45%; }
    th, td { border: 1px solid #c9c9d9; padding: 2.5mm 3mm; }
    .note { font-size: 8.5pt; color: #666; margin-top: 8mm; line-height: 1.45; }
    """
    rows = [
        ("Learner", "Mateo Quiroga Lindholm"),
        ("Course title", "Leading Agile Teams: Coaching for High Performance"),
        ("Course ID", "lead_agl_a02_it_enus"),
        ("Course start date", "January 6, 2025"),
        ("Final assessment passed", "January 23, 2025"),
        ("Course completion date", "January 24, 2025"),
        ("Certificate issued", "January 25, 2025"),
        ("Certificate valid until", "January 25, 2028"),
        ("NASBA CPE credits", "2.4"),
        ("Certificate number", "SKP-20250125-99A1C"),
    ]
    trs = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)
    body = f"""
    <div class="bar"><b>Skillsoft</b><span>Percipio &middot; Learning Transcript</span></div>
    <h1>Course Completion Record</h1>
    <div class="sub">Official record of a completed course with a passed final assessment.</div>
    <table>{trs}</table>
    <div class="note">Skillsoft is registered with the National Association of State Boards of
    Accountancy (NASBA) as a sponsor of continuing professional education on the National
    Registry of CPE Sponsors. Field of study: Business Management &amp; Organization.
    Delivery method: QAS Self Study.</div>"""
    return _weasy(_html(css, body), folder / "h16-tricky-skillsoft-transcript.pdf")


def _b_clp_cover_letter(folder: Path) -> Path:
    css = """
    @page { size: A4; margin: 0; }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1a1a1a; }
    .letter { padding: 24mm 24mm; font-size: 11pt; line-height: 1.55;
      page-break-after: always; }
    .org { font-weight: bold; font-size: 14pt; color: #005073; }
    .cert { height: 297mm; box-sizing: border-box; padding: 20mm; text-align: center;
      border: 6mm double #005073; }
    .cert h1 { font-size: 28pt; color: #005073; margin: 22mm 0 10mm; letter-spacing: 1px; }
    .cert .name { font-size: 26pt; font-family: 'DejaVu Serif', serif; margin: 6mm 0; }
    .cert .course { font-size: 17pt; font-weight: bold; margin: 6mm 10mm; }
    .cert p { font-size: 12pt; line-height: 1.6; }
    .cert .foot { margin-top: 24mm; font-size: 10.5pt; }
    """
    body = f"""
    <div class="letter">
      <div class="org">Adriatic NetSkills d.o.o.</div>
      <div>Savska cesta 41, 10000 Zagreb &middot; Cisco Learning Partner</div>
      <p style="margin-top:14mm">Zagreb, 16 June 2025</p>
      <p>Dear Ms. Kovačević,</p>
      <p>thank you for training with us. Your certificate of attendance is enclosed on the
      following page.</p>
      <p>Many participants continue with our next instructor-led class,
      <b>Implementing Cisco SD-WAN Solutions (ENSDWI) 300-415</b>, which runs from 14 to 18
      July 2025 in Zagreb and online. It is eligible for 40 CE credits. Early registration
      closes on 30 June 2025; please quote offer code ANS-SDWAN-EARLY.</p>
      <p>Kind regards,<br>Luka Perišić-Vrdoljak<br>Training Coordinator</p>
    </div>
    <div class="cert">
      <div class="org">Adriatic NetSkills &middot; Cisco Learning Partner</div>
      <h1>Certificate of Attendance</h1>
      <p>This is to certify that</p>
      <div class="name">Hana Kovačević</div>
      <p>attended the instructor-led course</p>
      <div class="course">Implementing and Administering Cisco Solutions (CCNA) v2.1</div>
      <p>from 9 to 13 June 2025, delivered by Adriatic NetSkills d.o.o., an authorized Cisco
      Learning Partner. This course earns 30 CE credits under the Cisco Continuing Education
      Program.</p>
      <div class="foot">{_signature_svg("h16-clp", 180, 46)}<br>Instructor: Dario Mlinarić
        <br><br>Certificate No. CLP-EU-2025-118734</div>
    </div>"""
    return _weasy(_html(css, body), folder / "h16-tricky-clp-cover-letter.pdf")


def _b_portuguese_qr(folder: Path) -> Path:
    css = """
    @page { size: A4 landscape; margin: 0; }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #123; }
    .page { height: 210mm; box-sizing: border-box; padding: 18mm 22mm;
      background: #fbfaf5; border-bottom: 14mm solid #1f7a4d; position: relative; }
    .org { font-size: 15pt; font-weight: bold; color: #1f7a4d; }
    h1 { font-size: 32pt; margin: 12mm 0 8mm; text-align: center; }
    p { font-size: 15pt; line-height: 1.7; text-align: center; margin: 0 12mm; }
    .qr { position: absolute; right: 22mm; bottom: 14mm; text-align: center; font-size: 8pt; }
    .val { position: absolute; left: 22mm; bottom: 16mm; font-size: 10pt; line-height: 1.6; }
    """
    code = "7F2A-91BC-44DE-0A13"
    body = f"""
    <div class="page">
      <div class="org">Trilha Ágil Educação</div>
      <h1>Certificado de Conclusão</h1>
      <p>Certificamos que <b>Luíza Gonçalves Araújo</b> concluiu o curso
      <b>Gestão de Projetos Ágeis com Scrum</b>, com carga horária de 20 horas, realizado de
      03/02/2025 a 28/02/2025.</p>
      <p style="margin-top:10mm">{_signature_svg("h16-pt", 170, 44)}<br>
        <span style="font-size:11pt">Renata Vasconcelos Lima &middot; Coordenadora</span></p>
      <div class="val">Código de validação: {code}<br>
        Valide em: https://certificados.trilhaagil.com.br/validar/{code}</div>
      <div class="qr">{_qr_svg("h16-pt", "28mm")}</div>
    </div>"""
    return _weasy(_html(css, body, "pt-BR"), folder / "h16-clean-portuguese-qr.pdf")


def _b_ceu_conflict(folder: Path) -> Path:
    css = """
    @page { size: Letter landscape; margin: 0; }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #222; }
    .page { height: 8.5in; box-sizing: border-box; padding: 0.6in 0.8in; text-align: center;
      border: 0.25in solid #3d5a3d; }
    .org { font-family: 'DejaVu Sans', sans-serif; letter-spacing: 3px; font-size: 12pt;
      text-transform: uppercase; color: #3d5a3d; }
    h1 { font-size: 30pt; margin: 0.25in 0 0.35in; font-weight: normal; }
    .fields { display: flex; flex-wrap: wrap; justify-content: center; gap: 0.35in 0.6in; }
    .f { width: 4.2in; }
    .v { font-size: 17pt; min-height: 0.35in; border-bottom: 1px solid #333;
      padding-bottom: 2px; }
    .l { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #666;
      text-transform: uppercase; letter-spacing: 1px; margin-top: 3px; }
    .note { font-size: 9pt; color: #555; margin-top: 0.45in; }
    """
    fields = [
        ("Rafael Domínguez Soto", "Participant"),
        ("Incident Response Essentials", "Course"),
        ("21 January 2025", "Date of completion"),
        ("1.6 CEUs", "Continuing education units"),
    ]
    divs = "".join(
        f'<div class="f"><div class="v">{v}</div><div class="l">{lab}</div></div>'
        for v, lab in fields
    )
    body = f"""
    <div class="page">
      <div class="org">Northwind Security Training</div>
      <h1>Certificate of Completion</h1>
      <div class="fields">{divs}</div>
      <div class="note">Northwind Security Training is an accredited provider. This program has
      been approved for 2.0 CEUs (20 contact hours). Certificate ID: NST-IR-0093</div>
    </div>"""
    return _weasy(_html(css, body), folder / "h16-unclear-ceu-conflict.pdf")


# ============================================================================================
# LibreOffice Writer (flat ODF and Word)
# ============================================================================================


def _b_spanish_odt(folder: Path) -> Path:
    d = _Odt(29.7, 21.0, 1.8, border="2.5pt solid #8b1e3f")
    d.p("Academia Técnica del Norte", 15, bold=True, color="#8b1e3f", font="Nimbus Sans")
    d.p("Certificado de aprovechamiento", 26, bold=True, before=0.5, after=0.5, font="C059")
    d.p(
        "Se certifica que el alumno abajo indicado ha superado con aprovechamiento la "
        "siguiente acción formativa:",
        12,
        after=0.4,
    )
    d.table(
        [
            ("Alumno", "José Ignacio Peña Ordóñez"),
            ("Curso", "Administración de sistemas Linux (LPIC-1)"),
            ("Fecha de inicio", "6 de octubre de 2025"),
            ("Fecha de finalización", "17 de octubre de 2025"),
            ("Duración", "40 horas"),
            ("Código de verificación", "ES-LNX-25-0417"),
        ],
        [6.5, 12.0],
        size=12,
    )
    d.p("Oviedo, a 20 de octubre de 2025", 11, align="end", before=0.8)
    d.p("Fdo.: Marta Iglesias Cuervo, Directora académica", 10, align="end", italic=True)
    return _soffice("h16-clean-spanish-table.fodt", d.render(), folder)


def _b_italian_docx(folder: Path) -> Path:
    d = _Docx(8.27, 11.69, 1.0)
    d.p("Formazione Digitale Emilia S.r.l.", 15, bold=True, align="left", color="#0b5394")
    d.p("Via dell'Indipendenza 18 – 40121 Bologna", 9, align="left", color="#666666", after=30)
    d.p("ATTESTATO DI PARTECIPAZIONE", 20, bold=True, spacing=1.5, after=24)
    d.p(
        "Si attesta che la Sig.ra Chiara Dell'Acqua ha partecipato con profitto al corso "
        "“Fondamenti di Cybersecurity per le PMI: rischi, normative e buone pratiche” "
        "tenutosi in data 15 aprile 2025 presso la nostra sede di Bologna, per una durata "
        "complessiva di 8 ore.",
        12,
        align="both",
        after=14,
    )
    d.p(
        "Argomenti trattati: phishing e ingegneria sociale, NIS2 e GDPR, gestione delle "
        "password, backup e continuità operativa.",
        11,
        align="both",
        after=14,
    )
    d.p("Codice attestato: ATT-25-1187", 11, align="left", after=30)
    d.p("Bologna, 22 aprile 2025", 11, align="left")
    d.p("Il Direttore – Ing. Piergiorgio Sbarbati", 11, align="right", italic=True)
    return _soffice("h16-tricky-italian-letter.docx", d.render(), folder)


def _b_learner_conflict_odt(folder: Path) -> Path:
    d = _Odt(29.7, 21.0, 1.6, background="#fdfbf6")
    _odt_textbox(
        d,
        18.5,
        0.0,
        7.6,
        2.1,
        ["Participant: Sanne de Vries", "Booking ref.: BK-55310", "Venue: Utrecht"],
        9,
    )
    d.p("Fenwick & Hale Training Ltd", 14, bold=True, align="start", color="#4b2e83")
    d.p("CERTIFICATE OF ATTENDANCE", 28, bold=True, before=1.6, spacing=2.0, font="P052")
    d.p("This is to certify that", 13, before=0.5)
    d.p("Femke Jansen", 30, font="Z003", before=0.2, after=0.2)
    d.p("attended the three-day classroom course", 13)
    d.p("Practical Kubernetes Administration", 20, bold=True, before=0.2)
    d.p("Date: 5 September 2025", 12, before=0.6)
    d.p("Certificate No.: FH-2025-0905-117", 10, color="#555555", before=0.6)
    return _soffice("h16-unclear-learner-conflict.fodt", d.render(), folder)


def _b_polish_docx(folder: Path) -> Path:
    d = _Docx(11.69, 8.27, 0.9)
    d.p("Akademia Bezpiecznego Kodu Sp. z o.o.", 13, bold=True, color="#b22222")
    d.p("ZAŚWIADCZENIE O UKOŃCZENIU SZKOLENIA", 22, bold=True, before=18, after=6, spacing=1)
    d.p("Nr zaświadczenia: 118/09/2024/BAW", 11, color="#444444", after=18)
    d.p("Niniejszym zaświadcza się, że Pan", 13)
    d.p("Michał Żółkiewski-Nowak", 24, bold=True, font="DejaVu Serif", after=8)
    d.p(
        "uczestniczył w dniach 24–26 września 2024 r. w szkoleniu „Bezpieczeństwo aplikacji "
        "webowych (OWASP Top 10)” w wymiarze 24 godzin dydaktycznych.",
        13,
        after=24,
    )
    d.table(
        [
            ("Miejsce i data wystawienia", "Warszawa, 30 września 2024 r."),
            ("Trener prowadzący", "Grzegorz Łapiński"),
        ],
        [3.2, 4.2],
        size=10,
    )
    return _soffice("h16-tricky-polish-range.docx", d.render(), folder)


def _render_netacad(folder: Path) -> Path:
    d = _Odt(27.94, 21.59, 1.6, border="3pt solid #049fd9")
    d.p("Cisco Networking Academy", 20, bold=True, color="#049fd9", before=0.3)
    d.p("Certificate of Course Completion", 26, bold=True, before=0.6, after=0.5)
    d.p("Amelia Okonkwo-Hart", 28, font="DejaVu Serif", after=0.4)
    d.p(
        "has successfully achieved student level credential for completing the "
        "CCNA: Introduction to Networks course administered by the undersigned instructor. "
        "The student was able to proficiently:",
        13,
        after=0.2,
    )
    for line in (
        "Configure switches and end devices to provide access to local and remote resources.",
        "Explain how physical and data link layer protocols support Ethernet operation.",
        "Configure IPv4 and IPv6 addressing and verify connectivity.",
    ):
        d.p("• " + line, 12, align="start", after=0.05)
    d.table(
        [
            ("Instructor", "Gregor Hallström"),
            ("Academy", "Northgate Community College"),
            ("Date", "15 Nov 2024"),
        ],
        [5.0, 9.0],
        size=13,
    )
    return _soffice("netacad-src.fodt", d.render(), folder)


def _b_scan_netacad(folder: Path) -> Path:
    return _scanned(_render_netacad, "h16-clean-scan-netacad", folder, dpi=300, angle=-0.4)


def _b_end_date_conflict(folder: Path) -> Path:
    d = _Docx(8.5, 11.0, 1.0)
    d.p("Brightline Analytics Training", 16, bold=True, color="#f39c12")
    d.p("Certificate of Completion", 24, bold=True, before=20, after=16)
    d.p(
        "This certificate is awarded to Ingrid Solbakken, who completed the course on "
        "21 March 2025.",
        12,
        after=16,
    )
    d.table(
        [
            ("Participant", "Ingrid Solbakken"),
            ("Course", "Power BI Data Modelling and DAX"),
            ("Course completed", "14/03/2025"),
            ("Format", "Live online, 4 half-days"),
            ("Certificate code", "BAT-PBI-7731"),
        ],
        [2.3, 3.9],
        size=11,
    )
    d.p("Oskar Lindgren-Mbeki, Head of Training", 10, before=30, italic=True)
    return _soffice("h16-unclear-end-date-conflict.docx", d.render(), folder)


# ============================================================================================
# cairo
# ============================================================================================


def _b_helios_huge(folder: Path) -> Path:
    out = folder / "h16-clean-helios-huge.pdf"
    c = _Cairo(out, 1600, 1131)
    c.rect(0, 0, 1600, 1131, fill="#0f172a")
    c.rect(40, 40, 1520, 1051, fill="#f8fafc")
    c.rect(40, 40, 150, 1051, fill="#f59e0b")
    c.ctx.save()
    c.ctx.translate(140, 900)
    c.ctx.rotate(-1.5707963)
    c.text(0, 0, "CERTIFIED PROFESSIONAL", size=44, bold=True, color="#0f172a", spacing=5)
    c.ctx.restore()
    c.text(280, 170, "HELIOS DATA ACADEMY", size=36, bold=True, color="#b45309", spacing=5)
    c.text(280, 300, "Certificate of Completion", size=84, family="DejaVu Serif")
    c.text(280, 400, "Presented to", size=30, color="#475569")
    c.text(280, 500, "Bartholomew Nakagawa-Reyes", size=72, family="DejaVu Serif", italic=True)
    c.line(280, 530, 1400, 530, color="#f59e0b", lw=3)
    c.text(280, 600, "for completing the professional course", size=30, color="#475569")
    c.wrap(
        280,
        680,
        "Data Engineering on Apache Spark: Pipelines, Streaming and Lakehouse Design",
        1150,
        size=54,
        leading=70,
        bold=True,
        color="#0f172a",
    )
    c.text(280, 900, "Issued 2025-06-20", size=30)
    c.text(280, 950, "16 contact hours", size=30)
    c.text(280, 1000, "Credential ID HDA-5521-XK", size=30)
    c.signature(1050, 860, 330, 90, "h16-helios")
    c.line(1050, 965, 1400, 965, color="#334155", lw=1.5)
    c.text(1050, 1000, "Selma Achterberg, Dean of Programs", size=24, color="#334155")
    c.qr(1430, 80, 110, "h16-helios")
    return c.finish()


def _b_turkish_cairo(folder: Path) -> Path:
    out = folder / "h16-tricky-turkish-range.pdf"
    c = _Cairo(out, 842, 595)
    c.rect(0, 0, 842, 595, fill="#fffaf0")
    c.rect(18, 18, 806, 559, stroke="#c0392b", lw=3)
    c.rect(26, 26, 790, 543, stroke="#c0392b", lw=0.8)
    c.text(
        421,
        80,
        "ANADOLU SİBER AKADEMİ",
        size=16,
        bold=True,
        align="center",
        color="#c0392b",
        spacing=3,
    )
    c.text(421, 150, "Katılım Belgesi", size=44, family="DejaVu Serif", align="center")
    c.text(421, 210, "Sayın", size=15, align="center", color="#555555")
    c.text(
        421,
        255,
        "Çağla Öztürk Yıldırım",
        size=32,
        family="DejaVu Serif",
        italic=True,
        align="center",
    )
    y = c.wrap(
        421,
        310,
        "14–16 Nisan 2025 tarihleri arasında düzenlenen “Siber Güvenlik Operasyon Merkezi "
        "(SOC) Analistliği” eğitimini başarıyla tamamlamıştır.",
        640,
        size=15,
        leading=22,
        align="center",
    )
    c.text(421, y + 20, "Süre: 18 saat", size=13, align="center")
    c.text(70, 520, "Belge No: TR-SOC-2025-0412", size=11, color="#333333")
    c.text(70, 538, "İstanbul, 18 Nisan 2025", size=11, color="#333333")
    c.signature(560, 450, 180, 50, "h16-tr")
    c.line(550, 510, 760, 510, color="#333333")
    c.text(655, 528, "Eğitim Koordinatörü Hakan Erdoğmuş", size=10, align="center")
    return c.finish()


def _b_code_cut_off(folder: Path) -> Path:
    out = folder / "h16-unclear-code-cut-off.pdf"
    c = _Cairo(out, 842, 595)
    c.rect(0, 0, 842, 595, fill="#ffffff")
    c.rect(0, 0, 842, 70, fill="#14532d")
    c.text(40, 46, "QUARRY LABS", size=24, bold=True, color="#ffffff", spacing=4)
    c.text(60, 160, "Certificate of Completion", size=40, family="DejaVu Serif")
    c.text(60, 220, "Mirela Stanković", size=30, bold=True)
    c.text(60, 260, "completed the hands-on workshop", size=14, color="#555555")
    c.text(60, 300, "Cloud Cost Optimisation Workshop", size=24, bold=True, color="#14532d")
    c.text(60, 345, "Completed on 18 July 2025", size=14)
    c.signature(60, 420, 180, 50, "h16-quarry")
    c.text(60, 500, "Ewa Trzaskowska, Principal Instructor", size=11)
    # the certificate ID is printed so far right that the page edge cuts it
    c.text(690, 560, "Certificate ID: QL-2025-CCO-00418-B7", size=13, bold=True)
    return c.finish()


def _b_greek_cairo(folder: Path) -> Path:
    out = folder / "h16-clean-greek.pdf"
    c = _Cairo(out, 595, 842)
    c.rect(0, 0, 595, 842, fill="#f5f8fc")
    c.rect(0, 0, 595, 120, fill="#0d47a1")
    c.text(
        297,
        70,
        "Ελληνική Ακαδημία Πληροφορικής",
        size=20,
        bold=True,
        align="center",
        color="#ffffff",
    )
    c.text(297, 210, "Βεβαίωση Παρακολούθησης", size=30, family="DejaVu Serif", align="center")
    c.text(297, 280, "Βεβαιώνεται ότι η", size=14, align="center", color="#444444")
    c.text(297, 330, "Αικατερίνη Παπαδοπούλου", size=26, bold=True, align="center")
    c.text(
        297,
        380,
        "παρακολούθησε με επιτυχία το πρόγραμμα κατάρτισης",
        size=14,
        align="center",
        color="#444444",
    )
    c.text(
        297,
        430,
        "Διαχείριση Έργων Πληροφορικής με Agile",
        size=20,
        bold=True,
        align="center",
        color="#0d47a1",
    )
    c.text(297, 480, "που ολοκληρώθηκε στις 12 Μαΐου 2025.", size=14, align="center")
    c.text(297, 520, "Διάρκεια: 12 ώρες", size=14, align="center")
    c.text(60, 760, "Αρ. Βεβαίωσης: GR-PM-2025-0612", size=11)
    c.signature(360, 640, 170, 50, "h16-gr")
    c.line(350, 700, 540, 700, color="#333333")
    c.text(445, 718, "Νικόλαος Σταματόπουλος", size=10, align="center")
    c.text(445, 733, "Διευθυντής Σπουδών", size=9, align="center", color="#666666")
    return c.finish()


def _b_cisco_live(folder: Path) -> Path:
    out = folder / "h16-clean-ciscolive-seminar.pdf"
    c = _Cairo(out, 960, 540)
    c.rect(0, 0, 960, 540, fill="#07182d")
    for i in range(9):  # diagonal light bars, the way event templates decorate
        c.ctx.save()
        c.ctx.translate(600 + i * 48, -40)
        c.ctx.rotate(0.5)
        c.rect(0, 0, 14, 700, fill="#0b3a66" if i % 2 else "#0e4c84")
        c.ctx.restore()
    c.ctx.save()
    c.ctx.translate(54, 470)
    c.ctx.rotate(-1.5707963)
    c.text(0, 0, "AMSTERDAM · 2025", size=20, bold=True, color="#00bceb", spacing=5)
    c.ctx.restore()
    c.text(90, 80, "CISCO LIVE", size=34, bold=True, color="#ffffff", spacing=3)
    c.text(90, 150, "Certificate of Attendance", size=36, family="DejaVu Serif", color="#ffffff")
    c.text(90, 200, "This is to confirm that", size=15, color="#9cc9ea")
    c.text(90, 245, "Valentina Moreau-Castell", size=30, bold=True, color="#ffffff")
    c.text(90, 285, "attended the Cisco Live Technical Seminar", size=15, color="#9cc9ea")
    c.text(
        90,
        325,
        "TECSEC-2421: Zero Trust Segmentation with Cisco Secure Workload",
        size=19,
        bold=True,
        color="#ffffff",
    )
    c.text(90, 375, "Sunday, February 9, 2025", size=15, color="#ffffff")
    c.text(90, 400, "8 CE credits", size=15, color="#ffffff")
    c.text(90, 470, "Certificate ID: CLEU25-TS-0093417", size=12, color="#9cc9ea")
    c.text(90, 490, "Cisco Live", size=12, color="#9cc9ea")
    return c.finish()


# ============================================================================================
# Ghostscript (hand-written PostScript)
# ============================================================================================


def _b_romanian_ps(folder: Path) -> Path:
    d = _PS(842, 595)
    d.rect(20, 20, 802, 555, stroke="#1b4f72", lw=3)
    d.rect(30, 30, 782, 535, stroke="#d4ac0d", lw=1)
    d.text(421, 80, "Centrul de Instruire Digitală Bucureşti", "sans-b", 15, "center", "#1b4f72")
    d.text(421, 150, "CERTIFICAT DE ABSOLVIRE", "serif-b", 34, "center")
    d.text(421, 200, "Se certifică faptul că", "serif-i", 15, "center", "#444444")
    d.text(421, 245, "Ştefan-Andrei Pătraşcu", "palatino-b", 30, "center", "#1b4f72")
    d.text(421, 290, "a absolvit cursul", "serif", 15, "center")
    d.text(421, 330, "Configurare şi depanare Cisco (CCNA-200)", "serif-b", 22, "center")
    d.text(
        421,
        370,
        "desfăşurat în perioada 17–21 martie 2025, cu o durată de 40 ore.",
        "serif",
        15,
        "center",
    )
    d.text(80, 500, "Cod certificat: RO-CN-004512", "sans", 11)
    d.text(80, 518, "Bucureşti, 24 martie 2025", "sans", 11)
    d.signature(560, 430, 180, 50, "h16-ro")
    d.line(550, 495, 760, 495)
    d.text(655, 512, "Director, Mihaela Bălănescu", "sans", 10, "center")
    return _ghostscript(d, folder / "h16-clean-romanian.pdf")


def _b_feb_range_ps(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(0, 0, 792, 90, fill="#111827")
    d.text(50, 55, "REDHAVEN CYBER INSTITUTE", "gothic-d", 22, "left", "#f87171")
    d.text(50, 150, "Certificate of Completion", "bookman-d", 34)
    grid = [
        (50, 210, "PARTICIPANT", "Yusuf Al-Khatib"),
        (50, 290, "COURSE", "Certified Ethical Hacking Bootcamp (CEH-312)"),
        (50, 370, "COURSE DATES", "Feb 10 – Feb 14, 2025"),
        (420, 370, "CPE CREDITS", "40"),
        (50, 450, "CERT #", "2025-0210-CEH-0088"),
        (420, 450, "DELIVERY", "Live online, instructor-led"),
    ]
    for x, y, label, value in grid:
        d.text(x, y, label, "sans-b", 9, "left", "#6b7280")
        d.text(x, y + 26, value, "sans", 18, "left", "#111827")
    d.signature(520, 500, 180, 46, "h16-redhaven")
    d.line(510, 560, 740, 560)
    d.text(625, 576, "Cornelius Abernathy-Osei, Chief Instructor", "sans", 9, "center")
    return _ghostscript(d, folder / "h16-tricky-feb-range-labels-above.pdf")


def _b_czech_ps(folder: Path) -> Path:
    d = _PS(595, 842)
    d.rect(0, 0, 595, 842, fill="#fbfbf8")
    d.rect(0, 0, 18, 842, fill="#11457e")
    d.rect(18, 0, 10, 842, fill="#d7141a")
    d.text(300, 110, "Školicí centrum Vltava s.r.o.", "sans-b", 16, "center", "#11457e")
    d.text(300, 230, "OSVĚDČENÍ", "serif-b", 38, "center")
    d.text(300, 262, "o absolvování kurzu", "serif", 18, "center")
    d.text(300, 340, "Jiří Dvořák-Šťastný", "palatino-b", 26, "center")
    d.text(300, 390, "úspěšně absolvoval kurz", "serif", 14, "center")
    d.text(300, 430, "Správa serverů Windows Server 2022", "serif-b", 19, "center")
    d.text(300, 470, "konaný dne 5. června 2025 v Praze.", "serif", 14, "center")
    d.text(300, 500, "Rozsah: 16 hodin", "serif", 14, "center")
    d.text(70, 720, "Číslo osvědčení: CZ-WS22-2025-031", "sans", 10)
    d.text(70, 736, "V Praze dne 6. června 2025", "sans", 10)
    d.signature(350, 650, 170, 46, "h16-cz")
    d.line(340, 705, 530, 705)
    d.text(435, 720, "Ing. Radka Šebestová, lektorka", "sans", 9, "center")
    return _ghostscript(d, folder / "h16-clean-czech.pdf")


def _b_ambiguous_date_ps(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(24, 24, 744, 564, stroke="#1e3a8a", lw=2)
    d.text(396, 90, "BLUEGATE LEARNING", "gothic-d", 18, "center", "#1e3a8a")
    d.text(396, 170, "Certificate of Completion", "chancery", 44, "center")
    d.text(396, 230, "awarded to", "serif-i", 14, "center", "#444444")
    d.text(396, 280, "Noah Fitzgerald-Obi", "serif-b", 30, "center")
    d.text(396, 325, "for completing the self-paced course", "serif", 14, "center")
    d.text(396, 370, "Introduction to SQL for Data Analysts", "serif-b", 22, "center")
    d.text(100, 500, "Date: 04/05/2025", "sans", 12)
    d.text(100, 520, "Certificate ID: BGL-55102", "sans", 12)
    d.signature(500, 450, 180, 46, "h16-bluegate")
    d.line(490, 510, 700, 510)
    d.text(595, 526, "Program Manager", "sans", 10, "center")
    return _ghostscript(d, folder / "h16-unclear-ambiguous-date.pdf")


def _render_harborview(folder: Path) -> Path:
    d = _PS(612, 792)
    d.rect(30, 30, 552, 732, stroke="#7c2d12", lw=2.5)
    d.text(306, 110, "HARBORVIEW PROFESSIONAL EDUCATION", "sans-b", 15, "center", "#7c2d12")
    d.text(306, 200, "Certificate of Completion", "serif-b", 32, "center")
    d.text(306, 270, "This certifies that", "serif-i", 15, "center")
    d.text(306, 320, "Catalina Restrepo Uribe", "serif-b", 28, "center")
    d.text(306, 370, "has completed the course", "serif", 15, "center")
    d.text(306, 410, "Fundamentals of Network Security Monitoring", "serif-b", 19, "center")
    d.text(306, 470, "Completed on June 27, 2025", "serif", 16, "center")
    d.text(306, 500, "6 CPE credits", "serif", 16, "center")
    d.text(306, 660, "Certificate No. HPE-NSM-2207", "sans", 12, "center")
    d.signature(216, 560, 180, 46, "h16-harbor")
    d.line(206, 620, 406, 620)
    return _ghostscript(d, folder / "harbor-src.pdf")


def _b_scan_smudged_date(folder: Path) -> Path:
    # the smear sits over "June 27, 2025" (y 470 of 792 pt, centred)
    return _scanned(
        _render_harborview,
        "h16-unclear-scan-smudged-date",
        folder,
        dpi=200,
        angle=1.1,
        smudges=((0.5, 0.571, 0.74, 0.597),),
    )


# ============================================================================================
# The cases
# ============================================================================================

HOLDOUT_CASES: list[Case] = [
    # ---- Chromium ----
    Case(
        "h16-clean-ciscou-award",
        Expected(
            "Automating Cisco Enterprise Solutions (ENAUI)",
            None,
            "2025-03-03",
            "CU-7F3K-92QX",
            "Tomasz Wróblewski",
            "Cisco U.",
            False,
            (32.0, "CE"),
        ),
        _b_ciscou_award,
        "Chromium landscape award: flex layout, uppercase letter-spaced title with text-shadow, "
        "a slogan, web-font fallbacks; date and CE credits inside one sentence.",
    ),
    Case(
        "h16-tricky-udemy-url-only",
        Expected(
            "Terraform for Beginners: Infrastructure as Code on AWS",
            None,
            "2025-02-18",
            "UC-4b1e9a2c-77d0-4f3e-9d5b-1a2c3e4f5a6b",
            "Aisha Rahmanova",
            "Udemy",
            False,
            (12.5, "hours"),
        ),
        _b_udemy_url_only,
        "Udemy layout with the certificate number only inside the ude.my URL, a 'Reference "
        "Number: 0004' that is not the code, 'Feb. 18, 2025', '12.5 total hours'.",
    ),
    Case(
        "h16-clean-coursera-grid",
        Expected(
            "Machine Learning Operations: Monitoring Models in Production",
            None,
            "2025-03-09",
            "K8ZP2QW4M7LD",
            "Gabriela Ionescu-Watts",
            "Coursera",
            False,
            None,
        ),
        _b_coursera_grid,
        "Coursera CSS-grid layout with a vertical 'COURSE CERTIFICATE' band; the date sits "
        "above the name; the code only in the verify URL; a university name as partner.",
    ),
    Case(
        "h16-tricky-linkedin-hex",
        Expected(
            "Advanced Python: Working with Databases",
            None,
            "2025-01-27",
            "4e9c1b7a2f8d03e6b5a9c4d2e1f0a7b8c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1",
            "Henrik Lindqvist",
            "LinkedIn Learning",
            False,
            (1.5, "CPE"),
        ),
        _b_linkedin_hex,
        "LinkedIn Learning: name inside 'Congratulations, …', date with a time of day, a "
        "duration in hours and minutes, NASBA box with 'CPE credits: 1.5', 64-char hex ID.",
    ),
    Case(
        "h16-tricky-scan-german-range",
        Expected(
            "IT-Service-Management nach ITIL 4 (Foundation)",
            "2025-03-03",
            "2025-03-07",
            "TB-2025/0347",
            "Jana Müller-Lüdenscheidt",
            None,
            False,
            (28.0, "hours"),
        ),
        _b_scan_german,
        "Colour scan (220 dpi, tilted) of a Chromium-printed German Teilnahmebescheinigung: "
        "'vom 3.–7. März 2025', course in „…“ quotes, 'Frau' before the name, 'Dauer: 28 "
        "Stunden', code with a slash; the place/date line repeats the end date.",
    ),
    Case(
        "h16-tricky-pluralsight-modules",
        Expected(
            "Kubernetes Security: Hardening Clusters and Workloads",
            None,
            "2025-04-11",
            "PS-2K9D-44LM-Q7",
            "Kofi Mensah-Bonsu",
            "Pluralsight",
            False,
            (4.0, "hours"),
        ),
        _b_pluralsight_modules,
        "Two pages: a dark Pluralsight certificate (labels above values in a flex row) and a "
        "second page listing six module titles with their lengths.",
    ),
    Case(
        "h16-clean-ine-badge",
        Expected(
            "Azure Cloud Penetration Testing",
            None,
            "2025-05-02",
            "8d2f6a10-3c4b-4e7a-9f12-6b8e0d4c2a95",
            "Oluwaseun Adeyemi-Clarke",
            "INE",
            False,
            (12.0, "CPE"),
        ),
        _b_ine_badge,
        "INE badge page (1000x700 px) with absolutely positioned text, a hexagon badge, a QR "
        "code; ISO 'Issued' date as the only date; UUID credential ID repeated in the URL.",
    ),
    Case(
        "h16-unclear-two-course-names",
        Expected(
            "Microsoft Azure Administrator (AZ-104) Bootcamp",
            None,
            "2025-06-12",
            "SCA-104-55812",
            "Daniela Furtado Reis",
            None,
            True,
            None,
        ),
        _b_two_course_names,
        "The big title names the AZ-104 bootcamp but the sentence says the learner completed "
        "the AZ-900 bootcamp: two different course names on one certificate.",
    ),
    # ---- WeasyPrint ----
    Case(
        "h16-clean-scan-cbt-table",
        Expected(
            "CompTIA Network+ (N10-009) Online Training",
            None,
            "2025-01-30",
            "CBTN-8812-4471",
            "Priya Venkataraman",
            "CBT Nuggets",
            False,
            (24.5, "hours"),
        ),
        _b_scan_cbt,
        "Grey 200 dpi scan of a WeasyPrint label/value table (labels in the left column).",
    ),
    Case(
        "h16-tricky-french-letter",
        Expected(
            "Sécurité des réseaux industriels (ICS/SCADA)",
            "2025-02-10",
            "2025-02-14",
            "AF-2025-0214-07",
            "Élodie Marchand-Bérard",
            None,
            False,
            (35.0, "hours"),
        ),
        _b_french_letter,
        "French attestation letter: course in « » inside a sentence, 'du 10 au 14 février "
        "2025', 'durée de 35 heures', a training-body registration number that is not the "
        "code, and a later 'Fait à Lyon, le 17 février 2025'.",
    ),
    Case(
        "h16-tricky-skillsoft-transcript",
        Expected(
            "Leading Agile Teams: Coaching for High Performance",
            "2025-01-06",
            "2025-01-24",
            "SKP-20250125-99A1C",
            "Mateo Quiroga Lindholm",
            "Skillsoft",
            False,
            (2.4, "CPE"),
        ),
        _b_skillsoft_transcript,
        "Skillsoft transcript table with five dates (start, assessment, completion, issue, "
        "expiry) and an internal course ID; only start and completion are course dates.",
    ),
    Case(
        "h16-tricky-clp-cover-letter",
        Expected(
            "Implementing and Administering Cisco Solutions (CCNA) v2.1",
            "2025-06-09",
            "2025-06-13",
            "CLP-EU-2025-118734",
            "Hana Kovačević",
            "Cisco Learning Partner",
            False,
            (30.0, "CE"),
        ),
        _b_clp_cover_letter,
        "Page 1 is a cover letter advertising a different course (ENSDWI, its July dates, 40 "
        "CE credits, an offer code); the certificate on page 2 says 'from 9 to 13 June 2025'.",
    ),
    Case(
        "h16-clean-portuguese-qr",
        Expected(
            "Gestão de Projetos Ágeis com Scrum",
            "2025-02-03",
            "2025-02-28",
            "7F2A-91BC-44DE-0A13",
            "Luíza Gonçalves Araújo",
            None,
            False,
            (20.0, "hours"),
        ),
        _b_portuguese_qr,
        "Brazilian certificate: day-first dates 03/02/2025 a 28/02/2025 (the 28 settles the "
        "order), 'carga horária de 20 horas', validation code and URL, QR code.",
    ),
    Case(
        "h16-unclear-ceu-conflict",
        Expected(
            "Incident Response Essentials",
            None,
            "2025-01-21",
            "NST-IR-0093",
            "Rafael Domínguez Soto",
            None,
            True,
            (1.6, "CEU"),
        ),
        _b_ceu_conflict,
        "Signature-line layout (values above their labels); the CEU field says 1.6 CEUs but "
        "the accreditation note says the program is approved for 2.0 CEUs.",
    ),
    # ---- LibreOffice ----
    Case(
        "h16-clean-spanish-table",
        Expected(
            "Administración de sistemas Linux (LPIC-1)",
            "2025-10-06",
            "2025-10-17",
            "ES-LNX-25-0417",
            "José Ignacio Peña Ordóñez",
            None,
            False,
            (40.0, "hours"),
        ),
        _b_spanish_odt,
        "LibreOffice (ODT) landscape table in Spanish with 'Fecha de inicio' / 'Fecha de "
        "finalización' rows, 'Duración: 40 horas', and a later place/date line.",
    ),
    Case(
        "h16-tricky-italian-letter",
        Expected(
            "Fondamenti di Cybersecurity per le PMI: rischi, normative e buone pratiche",
            None,
            "2025-04-15",
            "ATT-25-1187",
            "Chiara Dell'Acqua",
            None,
            False,
            (8.0, "hours"),
        ),
        _b_italian_docx,
        "Word letter in Italian: long title in curly quotes inside a justified sentence, "
        "'tenutosi in data 15 aprile 2025', 'durata complessiva di 8 ore', issue date later.",
    ),
    Case(
        "h16-unclear-learner-conflict",
        Expected(
            "Practical Kubernetes Administration",
            None,
            "2025-09-05",
            "FH-2025-0905-117",
            "Femke Jansen",
            None,
            True,
            None,
        ),
        _b_learner_conflict_odt,
        "Mail-merge error: the big script name says Femke Jansen, the LibreOffice text box in "
        "the corner says 'Participant: Sanne de Vries' (plus a booking reference).",
    ),
    Case(
        "h16-tricky-polish-range",
        Expected(
            "Bezpieczeństwo aplikacji webowych (OWASP Top 10)",
            "2024-09-24",
            "2024-09-26",
            "118/09/2024/BAW",
            "Michał Żółkiewski-Nowak",
            None,
            False,
            (24.0, "hours"),
        ),
        _b_polish_docx,
        "Word certificate in Polish: 'w dniach 24–26 września 2024 r.', course in „…” quotes, "
        "'24 godzin dydaktycznych', slash-separated number, issue place/date in a table.",
    ),
    Case(
        "h16-clean-scan-netacad",
        Expected(
            "CCNA: Introduction to Networks",
            None,
            "2024-11-15",
            None,
            "Amelia Okonkwo-Hart",
            "Cisco Networking Academy",
            False,
            None,
        ),
        _b_scan_netacad,
        "300 dpi grey scan of a LibreOffice Networking Academy certificate: course name inside "
        "the sentence, bullet list of outcomes, '15 Nov 2024' in a small table, no code.",
    ),
    Case(
        "h16-unclear-end-date-conflict",
        Expected(
            "Power BI Data Modelling and DAX",
            None,
            "2025-03-14",
            "BAT-PBI-7731",
            "Ingrid Solbakken",
            None,
            True,
            None,
        ),
        _b_end_date_conflict,
        "Word file: the sentence says completed on 21 March 2025, the table says 14/03/2025.",
    ),
    # ---- cairo ----
    Case(
        "h16-clean-helios-huge",
        Expected(
            "Data Engineering on Apache Spark: Pipelines, Streaming and Lakehouse Design",
            None,
            "2025-06-20",
            "HDA-5521-XK",
            "Bartholomew Nakagawa-Reyes",
            None,
            False,
            (16.0, "hours"),
        ),
        _b_helios_huge,
        "cairo 1600x1131 pt designer layout, rotated tracked side text, a title wrapping over "
        "two lines, 'Issued' ISO date as the only date, '16 contact hours', QR code.",
    ),
    Case(
        "h16-tricky-turkish-range",
        Expected(
            "Siber Güvenlik Operasyon Merkezi (SOC) Analistliği",
            "2025-04-14",
            "2025-04-16",
            "TR-SOC-2025-0412",
            "Çağla Öztürk Yıldırım",
            None,
            False,
            (18.0, "hours"),
        ),
        _b_turkish_cairo,
        "Turkish Katılım Belgesi from cairo: 'Sayın' before the name, '14–16 Nisan 2025 "
        "tarihleri arasında', course in quotes wrapped over lines, 'Süre: 18 saat'.",
    ),
    Case(
        "h16-unclear-code-cut-off",
        Expected(
            "Cloud Cost Optimisation Workshop",
            None,
            "2025-07-18",
            "QL-2025-CCO-00418-B7",
            "Mirela Stanković",
            None,
            True,
            None,
        ),
        _b_code_cut_off,
        "The certificate ID runs past the right edge of the page: the text layer holds the "
        "whole ID but the printed page shows only 'QL-2025-CC…'.",
    ),
    Case(
        "h16-clean-greek",
        Expected(
            "Διαχείριση Έργων Πληροφορικής με Agile",
            None,
            "2025-05-12",
            "GR-PM-2025-0612",
            "Αικατερίνη Παπαδοπούλου",
            None,
            False,
            (12.0, "hours"),
        ),
        _b_greek_cairo,
        "Greek attendance certificate from cairo: genitive month '12 Μαΐου 2025', 'Διάρκεια: "
        "12 ώρες', Latin code after a Greek label.",
    ),
    Case(
        "h16-clean-ciscolive-seminar",
        Expected(
            "TECSEC-2421: Zero Trust Segmentation with Cisco Secure Workload",
            None,
            "2025-02-09",
            "CLEU25-TS-0093417",
            "Valentina Moreau-Castell",
            "Cisco Live",
            False,
            (8.0, "CE"),
        ),
        _b_cisco_live,
        "Cisco Live technical seminar, dark cairo slide with rotated decorative bars and a "
        "rotated 'AMSTERDAM · 2025' side label; weekday in the date; session code in title.",
    ),
    # ---- Ghostscript ----
    Case(
        "h16-clean-romanian",
        Expected(
            "Configurare şi depanare Cisco (CCNA-200)",
            "2025-03-17",
            "2025-03-21",
            "RO-CN-004512",
            "Ştefan-Andrei Pătraşcu",
            None,
            False,
            (40.0, "hours"),
        ),
        _b_romanian_ps,
        "Romanian PostScript certificate (cedilla ş as legacy systems print it): 'în perioada "
        "17–21 martie 2025', 'durată de 40 ore', 'Cod certificat' in the footer.",
    ),
    Case(
        "h16-tricky-feb-range-labels-above",
        Expected(
            "Certified Ethical Hacking Bootcamp (CEH-312)",
            "2025-02-10",
            "2025-02-14",
            "2025-0210-CEH-0088",
            "Yusuf Al-Khatib",
            None,
            False,
            (40.0, "CPE"),
        ),
        _b_feb_range_ps,
        "Labels above values in a two-column grid; 'Feb 10 – Feb 14, 2025'; the code under "
        "'CERT #' looks like a date; 'CPE CREDITS' label with a bare 40.",
    ),
    Case(
        "h16-clean-czech",
        Expected(
            "Správa serverů Windows Server 2022",
            None,
            "2025-06-05",
            "CZ-WS22-2025-031",
            "Jiří Dvořák-Šťastný",
            None,
            False,
            (16.0, "hours"),
        ),
        _b_czech_ps,
        "Czech osvědčení: 'konaný dne 5. června 2025', 'Rozsah: 16 hodin', a year inside the "
        "course title, an issue date one day later.",
    ),
    Case(
        "h16-unclear-ambiguous-date",
        Expected(
            "Introduction to SQL for Data Analysts",
            None,
            "2025-04-05",
            "BGL-55102",
            "Noah Fitzgerald-Obi",
            None,
            True,
            None,
        ),
        _b_ambiguous_date_ps,
        "The only date is 'Date: 04/05/2025' with nothing on the page to tell day-first from "
        "month-first (US reading used for the expected value).",
    ),
    Case(
        "h16-unclear-scan-smudged-date",
        Expected(
            "Fundamentals of Network Security Monitoring",
            None,
            "2025-06-27",
            "HPE-NSM-2207",
            "Catalina Restrepo Uribe",
            None,
            True,
            (6.0, "CPE"),
        ),
        _b_scan_smudged_date,
        "200 dpi tilted scan of a PostScript certificate with a smear over the completion "
        "date, the only date on the page.",
    ),
]
