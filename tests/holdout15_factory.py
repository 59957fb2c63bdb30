"""Blind held-out set 15: thirty certificates written without seeing the extractor's rules.

Printed with the shared producers (headless Chromium, WeasyPrint, LibreOffice from ODF and
Word files, cairo, Ghostscript); four of them are image-only "scans" made here by rasterising
a printed page and roughening it with Pillow (seeded, so every build is the same).
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


_scanned = partial(scan_rendered, prefix="h15-scan:")


# ============================================================================================
# Chromium
# ============================================================================================


def _b_aws(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #16191f }
    .page { width: 11in; height: 8.5in; position: relative; overflow: hidden;
            background: #fff; box-sizing: border-box }
    .band { position: absolute; left: 0; top: 0; bottom: 0; width: 2.3in; background: #232f3e }
    .band .logo { color: #fff; font-weight: bold; font-size: 30pt; margin: 0.6in 0 0 0.45in }
    .band .smile { width: 1.1in; height: 0.12in; border-bottom: 4px solid #ff9900;
                   border-radius: 0 0 60px 60px; margin-left: 0.45in }
    .band .sb { color: #d5dbdb; font-size: 10pt; margin: 0.25in 0 0 0.45in;
                text-transform: uppercase; letter-spacing: 0.18em; line-height: 1.6 }
    .main { position: absolute; left: 3in; right: 0.7in; top: 0.9in }
    .kicker { text-transform: uppercase; letter-spacing: 0.45em; font-size: 11pt;
              color: #ec7211; font-weight: bold }
    h1 { font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 34pt;
         margin: 0.15in 0 0.35in }
    .lbl { font-size: 10pt; color: #545b64; text-transform: uppercase; letter-spacing: 0.2em }
    .name { font-size: 28pt; font-weight: bold; margin: 0.08in 0 0.3in }
    .course { font-size: 20pt; color: #0f1b2d; margin: 0.08in 0 0.35in }
    .meta { display: flex; gap: 0.6in; font-size: 11pt }
    .meta b { display: block; font-size: 13pt; margin-top: 4px }
    .foot { position: absolute; left: 3in; right: 0.7in; bottom: 0.55in; display: flex;
            justify-content: space-between; align-items: flex-end; font-size: 9pt;
            color: #545b64 }
    """
    body = _t(
        """<div class="page">
        <div class="band"><div class="logo">aws</div><div class="smile"></div>
        <div class="sb">Training &amp;<br>Certification<br><br>Skill Builder</div></div>
        <div class="main">
          <div class="kicker">Certificate of Completion</div>
          <h1>Digital training</h1>
          <div class="lbl">Awarded to</div>
          <div class="name">Rhiannon Castellanos-Voss</div>
          <div class="lbl">For successfully completing</div>
          <div class="course">AWS Cloud Practitioner Essentials</div>
          <div class="meta">
            <div>Completed on<b>August 21, 2025</b></div>
            <div>Duration<b>6 hours</b></div>
            <div>Certificate ID<b>SB-4F7A2C19-88D3</b></div>
          </div>
        </div>
        <div class="foot"><div>$sig<br>Director, AWS Training and Certification</div>
        <div>Amazon Web Services, Inc. &middot; skillbuilder.aws</div></div>
        </div>""",
        sig=_signature_svg("h15-aws", 180, 48),
    )
    return _chromium(_html(css, body), folder / "aws-skill-builder.pdf", "11in", "8.5in")


def _b_redhat(folder: Path) -> Path:
    css = """
    @page { size: 210mm 297mm; margin: 0 }
    body { margin: 0; font-family: 'Nimbus Sans', 'DejaVu Sans', sans-serif; color: #151515 }
    .page { width: 210mm; height: 297mm; position: relative; overflow: hidden }
    .top { height: 38mm; background: #ee0000; color: #fff; padding: 12mm 16mm;
           box-sizing: border-box }
    .top .brand { font-size: 26pt; font-weight: bold }
    .top .sub { font-size: 11pt; letter-spacing: 0.08em; margin-top: 2mm }
    .content { padding: 22mm 18mm 0 }
    h1 { font-size: 26pt; margin: 0 0 12mm; font-weight: 300 }
    p { font-size: 12pt; margin: 0 0 4mm; line-height: 1.5 }
    .big { font-size: 22pt; font-weight: bold; margin: 2mm 0 8mm }
    .course { font-size: 17pt; font-weight: bold; color: #a30000; margin: 2mm 0 10mm }
    dl { display: grid; grid-template-columns: 48mm 1fr; row-gap: 4mm; font-size: 11.5pt;
         margin: 0; border-top: 1px solid #d2d2d2; padding-top: 7mm }
    dt { color: #6a6e73 } dd { margin: 0 }
    .sig { position: absolute; left: 18mm; bottom: 30mm; font-size: 10pt }
    .sig .line { border-top: 1px solid #151515; width: 70mm; padding-top: 2mm }
    .seal { position: absolute; right: 20mm; bottom: 24mm }
    .legal { position: absolute; left: 18mm; right: 18mm; bottom: 10mm; font-size: 7.5pt;
             color: #6a6e73 }
    """
    body = _t(
        """<div class="page">
        <div class="top"><div class="brand">Red Hat</div>
        <div class="sub">Red Hat Training and Certification</div></div>
        <div class="content">
          <h1>Certificate of Attendance</h1>
          <p>This document confirms that</p>
          <div class="big">Ifeoma Adeyemi-Lindqvist</div>
          <p>attended the instructor-led course</p>
          <div class="course">Red Hat System Administration I (RH124)</div>
          <dl>
            <dt>Training dates</dt><dd>8 September 2025 &ndash; 12 September 2025</dd>
            <dt>Delivery</dt><dd>Virtual classroom (Europe/Dublin)</dd>
            <dt>Product version</dt><dd>Red Hat Enterprise Linux 9.3</dd>
            <dt>Certificate number</dt><dd>RHT-0925-440712</dd>
          </dl>
        </div>
        <div class="sig">$sig<div class="line">Manager, Global Learning Services</div></div>
        <div class="seal">$seal</div>
        <div class="legal">Attendance at a Red Hat Training course does not constitute Red Hat
        certification. Red Hat, Red Hat Enterprise Linux and the Red Hat logo are trademarks of
        Red Hat, Inc.</div>
        </div>""",
        sig=_signature_svg("h15-redhat", 190, 50, "#222"),
        seal=_seal_svg(96, "#ee0000"),
    )
    return _chromium(_html(css, body), folder / "redhat-rh124.pdf", "210mm", "297mm")


def _b_cisco_u(folder: Path) -> Path:
    css = """
    @page { size: 13.333in 7.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #0d274d }
    .page { width: 13.333in; height: 7.5in; position: relative; overflow: hidden;
            background: linear-gradient(115deg, #ffffff 0 62%, #e8f4fb 62% 100%) }
    .stripe { position: absolute; top: 0; left: 0; right: 0; height: 10px;
              background: linear-gradient(90deg, #049fd9, #00bceb, #6abf4b) }
    .logo { position: absolute; left: 0.8in; top: 0.6in; font-size: 22pt; font-weight: bold;
            color: #049fd9; letter-spacing: 0.04em }
    .logo small { color: #0d274d; font-weight: normal; font-size: 14pt }
    .main { position: absolute; left: 0.8in; top: 1.7in; width: 7.4in }
    .cap { font-size: 12pt; text-transform: uppercase; letter-spacing: 0.3em; color: #58585b }
    .name { font-size: 34pt; font-weight: bold; margin: 0.15in 0 0.25in }
    .txt { font-size: 13pt; color: #58585b }
    .course { font-size: 21pt; margin: 0.12in 0 0; line-height: 1.25 }
    .side { position: absolute; left: 8.9in; top: 1.7in; width: 3.6in; font-size: 11pt }
    .side div { margin-bottom: 0.28in }
    .side span { display: block; font-size: 9pt; color: #58585b; text-transform: uppercase;
                 letter-spacing: 0.14em; margin-bottom: 3px }
    .side b { font-size: 14pt }
    .foot { position: absolute; left: 0.8in; bottom: 0.55in; font-size: 9pt; color: #58585b }
    """
    body = _t(
        """<div class="page"><div class="stripe"></div>
        <div class="logo">cisco <small>U.</small></div>
        <div class="main">
          <div class="cap">Certificate of completion</div>
          <div class="name">Benedikt Oyelowo</div>
          <div class="txt">has completed the learning path</div>
          <div class="course">Understanding Cisco Cybersecurity Operations Fundamentals
          (CBROPS) v1.2</div>
        </div>
        <div class="side">
          <div><span>Completion date</span><b>2025-10-02</b></div>
          <div><span>Continuing Education credits</span><b>30</b></div>
          <div><span>Completion ID</span><b>CU-8H2K-5T9W-QM41</b></div>
          <div>$sig<span>Vice President, Learning &amp; Certifications</span></div>
        </div>
        <div class="foot">Cisco U. &middot; u.cisco.com &middot; CE credits may be applied toward
        recertification of eligible Cisco certifications.</div>
        </div>""",
        sig=_signature_svg("h15-ciscou", 170, 46, "#0d274d"),
    )
    return _chromium(_html(css, body), folder / "cisco-u-cbrops.pdf", "13.333in", "7.5in")


def _b_isaca(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif }
    .sheet { width: 297mm; height: 210mm; position: relative; overflow: hidden; background: #fff }
    .bh { position: absolute; top: 5mm; left: 10mm; right: 10mm; font-size: 7.5pt;
          color: #333; display: flex; justify-content: space-between }
    .bf { position: absolute; bottom: 5mm; left: 10mm; right: 10mm; font-size: 7.5pt;
          color: #333; display: flex; justify-content: space-between }
    .cert { position: absolute; top: 14mm; left: 16mm; right: 16mm; bottom: 14mm;
            border: 3px double #004e7c; text-align: center; padding-top: 12mm }
    .org { font-size: 13pt; color: #004e7c; letter-spacing: 0.2em; text-transform: uppercase }
    h1 { font-family: 'DejaVu Serif', serif; font-size: 30pt; color: #1b365d; margin: 8mm 0 2mm;
         text-shadow: 1px 1px 0 #c9d6e3 }
    .s { font-size: 12pt; color: #444; margin: 4mm 0 }
    .name { font-family: 'DejaVu Serif', serif; font-size: 26pt; font-style: italic;
            margin: 4mm 0 }
    .ev { font-size: 17pt; font-weight: bold; color: #004e7c; margin: 3mm 0 }
    .row { display: flex; justify-content: center; gap: 16mm; margin-top: 10mm; font-size: 10.5pt }
    .row div span { display: block; color: #777; font-size: 8.5pt; text-transform: uppercase;
                    letter-spacing: 0.1em }
    .sigs { position: absolute; bottom: 10mm; left: 20mm; right: 20mm; display: flex;
            justify-content: space-between; font-size: 9pt; color: #333 }
    .sigs div { border-top: 1px solid #333; width: 70mm; padding-top: 2mm }
    """
    body = _t(
        """<div class="sheet">
        <div class="bh"><span>10/3/25, 2:41 PM</span><span>My Certificates &ndash; ISACA Lisbon
        Chapter Events</span><span></span></div>
        <div class="cert">
          <div class="org">ISACA Lisbon Chapter</div>
          <h1>Certificate of Attendance</h1>
          <div class="s">This certificate is presented to</div>
          <div class="name">Ms Marguerite Okonkwo-Sá, CISA, CISM</div>
          <div class="s">for attending the</div>
          <div class="ev">ISACA Lisbon Chapter Annual Conference 2025</div>
          <div class="s">held at the Centro de Congressos do Tejo, Lisbon,
          23&ndash;25 September 2025</div>
          <div class="row">
            <div><span>CPE hours earned</span>19</div>
            <div><span>ISACA ID</span>1184302</div>
            <div><span>Certificate ID</span>ISACA-LIS-25-0917</div>
          </div>
          <div class="sigs"><div>$sig1 Chapter President</div><div>$sig2 Education Director
          </div></div>
        </div>
        <div class="bf"><span>https://events.isaca-lisbon.example/my/certificates?view=print&amp;s=8812
        </span><span>1/1</span></div>
        </div>""",
        sig1=_signature_svg("h15-isaca-a", 120, 32),
        sig2=_signature_svg("h15-isaca-b", 120, 32),
    )
    return _chromium(_html(css, body), folder / "isaca-conference.pdf", "297mm", "210mm")


def _b_portuguese(folder: Path) -> Path:
    css = """
    @page { size: 210mm 297mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #222 }
    .page { width: 210mm; height: 297mm; position: relative; overflow: hidden }
    .lh { margin: 18mm 22mm 0; border-bottom: 2px solid #1e6b52; padding-bottom: 4mm;
          display: flex; justify-content: space-between; align-items: flex-end }
    .lh b { font-family: 'DejaVu Sans', sans-serif; font-size: 16pt; color: #1e6b52 }
    .lh span { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #555;
               text-align: right }
    h1 { text-align: center; font-size: 22pt; letter-spacing: 0.12em; margin: 30mm 0 16mm;
         text-transform: uppercase; color: #1e6b52 }
    .body { margin: 0 26mm; font-size: 13pt; line-height: 1.9; text-align: left }
    .place { margin: 16mm 26mm 0; text-align: right; font-size: 12pt }
    .sig { margin: 26mm auto 0; width: 80mm; text-align: center; font-size: 10pt }
    .sig .l { border-top: 1px solid #222; padding-top: 2mm }
    .auth { position: absolute; left: 22mm; right: 22mm; bottom: 14mm; font-family: 'DejaVu Sans',
            sans-serif; font-size: 8.5pt; color: #444; border-top: 1px solid #ccc;
            padding-top: 3mm; display: flex; justify-content: space-between }
    """
    body = _t(
        """<div class="page">
        <div class="lh"><b>Escola Técnica Horizonte Digital</b><span>Rua das Acácias, 410 &ndash;
        Campinas/SP<br>CNPJ 00.000.000/0001-00</span></div>
        <h1>Certificado de Conclusão</h1>
        <div class="body">Certificamos que <b>Rafaela Nogueira Bastos</b>
        (matrícula nº&nbsp;2025&#8209;0031187) concluiu, em 14/03/2025, o curso livre
        <b>Fundamentos de Redes de Computadores</b>, com carga horária de 40 horas, na
        modalidade a distância, tendo obtido aproveitamento de 92%.</div>
        <div class="place">São Paulo, 20 de março de 2025.</div>
        <div class="sig">$sig<div class="l">Coordenação Pedagógica</div></div>
        <div class="auth"><span>Código de autenticação: <b>8F2A-11C9-BE04-7D3A</b></span>
        <span>Verifique em horizontedigital.example/validar</span></div>
        </div>""",
        sig=_signature_svg("h15-pt", 200, 50, "#123"),
    )
    return _chromium(_html(css, body, "pt-BR"), folder / "certificado-redes.pdf", "210mm", "297mm")


def _b_turkish(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1d1d1b }
    .page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 12mm;
            background: #f7f3ea }
    .grid { display: grid; height: 100%; grid-template-columns: 70mm 1fr 1fr;
            grid-template-rows: 34mm 46mm 1fr 1fr 30mm; gap: 3mm }
    .cell { background: #fff; border: 1px solid #d8cfbb; padding: 4mm 5mm; box-sizing: border-box }
    .brand { grid-row: 1 / span 5; background: #b3202a; color: #fff; border: none;
             display: flex; flex-direction: column; justify-content: space-between }
    .brand b { font-size: 17pt; line-height: 1.3 }
    .title { grid-column: 2 / span 2; display: flex; align-items: center; font-size: 26pt;
             font-weight: bold; letter-spacing: 0.16em; color: #b3202a }
    .course { grid-column: 2 / span 2; font-size: 19pt }
    .k { font-size: 8.5pt; color: #8a7f6a; text-transform: uppercase; letter-spacing: 0.12em;
         display: block; margin-bottom: 2mm }
    .v { font-size: 14pt }
    .sig { grid-column: 2 / span 2; display: flex; justify-content: space-between;
           align-items: flex-end; font-size: 9pt }
    """
    body = _t(
        """<div class="page"><div class="grid">
        <div class="cell brand"><b>Anadolu Dijital<br>Akademi</b>
        <span style="font-size:9pt">Kadıköy / İstanbul<br>www.anadoludijital.example</span></div>
        <div class="cell title">KATILIM SERTİFİKASI</div>
        <div class="cell course"><span class="k">Eğitim</span>Siber Güvenlik Temelleri
        Eğitimi</div>
        <div class="cell"><span class="k">Katılımcı</span><span class="v">Elif Yıldırım
        Aksoy</span></div>
        <div class="cell"><span class="k">Eğitim Tarihleri</span><span class="v">17-19 Şubat
        2025</span></div>
        <div class="cell"><span class="k">Süre</span><span class="v">18 saat</span></div>
        <div class="cell"><span class="k">Sertifika No</span><span class="v">TR-SG-2025-00871
        </span></div>
        <div class="cell sig"><div>Düzenleme Tarihi: 24.02.2025<br>Eğitmen: Dr. Kerem Oğuzhan
        </div><div style="text-align:center">$sig<br>Akademi Müdürü</div></div>
        </div></div>""",
        sig=_signature_svg("h15-tr", 150, 42),
    )
    return _chromium(_html(css, body, "tr"), folder / "katilim-sertifikasi.pdf", "297mm", "210mm")


def _b_huawei(folder: Path) -> Path:
    css = """
    @page { size: 210mm 297mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222 }
    .page { width: 210mm; height: 296mm; position: relative; overflow: hidden;
            box-sizing: border-box }
    .p1 { page-break-after: always; border: 10mm solid #c7000b; padding: 20mm 16mm }
    .logo { font-size: 22pt; font-weight: bold; color: #c7000b; letter-spacing: 0.06em }
    .logo small { font-size: 11pt; color: #555; font-weight: normal; letter-spacing: 0.3em }
    h1 { font-size: 24pt; text-align: center; margin: 30mm 0 12mm; font-weight: normal }
    .c { text-align: center; font-size: 12pt; color: #555; margin: 3mm 0 }
    .name { text-align: center; font-size: 24pt; font-weight: bold; margin: 6mm 0 }
    .course { text-align: center; font-size: 20pt; color: #c7000b; margin: 6mm 0 }
    .kv { margin: 22mm auto 0; width: 130mm; font-size: 11pt; border-collapse: collapse }
    .kv td { padding: 2.5mm 0; border-bottom: 1px solid #e3e3e3 }
    .kv td:first-child { color: #777; width: 55mm }
    .p2 { padding: 18mm 16mm }
    h2 { font-size: 16pt; margin: 0 0 2mm }
    .note { font-size: 9pt; color: #777; margin-bottom: 8mm }
    table.t { width: 100%; border-collapse: collapse; font-size: 9.5pt }
    table.t th { background: #c7000b; color: #fff; text-align: left; padding: 2mm }
    table.t td { padding: 2mm; border-bottom: 1px solid #ddd }
    .gen { position: absolute; bottom: 12mm; left: 16mm; font-size: 8pt; color: #999 }
    """
    modules = [
        ("HCIA-DC-01", "Data Communication and Network Basics", "2025-01-06", "6"),
        ("HCIA-DC-02", "Building an IP Network with VRP", "2025-01-07", "7"),
        ("HCIA-DC-03", "Ethernet Switching and VLAN Technologies", "2025-01-09", "8"),
        ("HCIA-DC-04", "OSPF and Static Routing", "2025-01-10", "9"),
        ("HCIA-DC-05", "WLAN Fundamentals", "2025-01-13", "8"),
        ("HCIA-DC-06", "Network Security and ACL", "2025-01-14", "8"),
        ("HCIA-DC-07", "Network Management and O&amp;M", "2025-01-15", "6"),
        ("HCIA-DC-08", "SDN and Automation Basics", "2025-01-16", "6"),
        ("HCIA-DC-09", "Final Assessment", "2025-01-17", "4"),
    ]
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>Passed</td></tr>"
        for a, b, c, d in modules
    )
    body = _t(
        """<div class="page p1">
        <div class="logo">HUAWEI <small>TALENT</small></div>
        <h1>Certificate of Course Completion</h1>
        <div class="c">This is to certify that</div>
        <div class="name">Chen Wanting</div>
        <div class="c">has completed the training course</div>
        <div class="course">HCIA-Datacom V1.0</div>
        <table class="kv">
          <tr><td>Training period</td><td>2025-01-06 to 2025-01-17</td></tr>
          <tr><td>Training center</td>
          <td>Huawei ICT Academy &ndash; Hangzhou Binjiang Center</td></tr>
          <tr><td>Certificate No.</td><td>HWTL-2025-0117-00462</td></tr>
        </table>
        </div>
        <div class="page p2">
        <h2>Learning Transcript</h2>
        <div class="note">Chen Wanting &middot; HCIA-Datacom V1.0 &middot; Certificate No.
        HWTL-2025-0117-00462</div>
        <table class="t"><tr><th>Module</th><th>Title</th><th>Date</th><th>Hours</th>
        <th>Result</th></tr>$rows
        <tr><td></td><td><b>Total learning hours</b></td><td></td><td><b>62</b></td><td></td></tr>
        </table>
        <div class="gen">Transcript generated 2025-02-03 09:12 UTC &middot; Page 2 of 2</div>
        </div>""",
        rows=rows,
    )
    return _chromium(_html(css, body), folder / "huawei-hcia.pdf", "210mm", "297mm")


def _b_udacity(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #2e3d49 }
    .page { width: 11in; height: 8.5in; position: relative; overflow: hidden;
            background: #fff }
    .frame { position: absolute; inset: 0.35in; border: 1px solid #02b3e4 }
    .logo { position: absolute; left: 0.9in; top: 0.8in; font-size: 20pt; font-weight: bold;
            color: #02b3e4; letter-spacing: 0.12em; text-transform: uppercase }
    .main { position: absolute; left: 0.9in; top: 2in; width: 7in }
    .t { font-size: 11pt; color: #7d97ad; margin-bottom: 0.12in }
    .name { font-size: 30pt; font-weight: bold; text-shadow: 2px 2px 0 #dbeef6;
            margin-bottom: 0.3in }
    .course { font-size: 27pt; text-transform: uppercase; letter-spacing: 0.05em;
              color: #02b3e4; text-shadow: 1px 1px 1px #9ed8ee; line-height: 1.2 }
    .nd { font-size: 12pt; letter-spacing: 0.3em; color: #7d97ad; margin-top: 0.08in }
    .dates { margin-top: 0.45in; font-size: 11pt; line-height: 1.7 }
    .qr { position: absolute; right: 0.9in; bottom: 0.8in; text-align: center; font-size: 8.5pt;
          color: #7d97ad; width: 2.4in }
    .sig { position: absolute; left: 0.9in; bottom: 0.8in; font-size: 9pt }
    """
    body = _t(
        """<div class="page"><div class="frame"></div>
        <div class="logo">Udacity</div>
        <div class="main">
          <div class="t">Udacity certifies that</div>
          <div class="name">Hamish Oduya-Brandt</div>
          <div class="t">has successfully completed the</div>
          <div class="course">Data Engineering with AWS</div>
          <div class="nd">NANODEGREE PROGRAM</div>
          <div class="dates">Enrolled March 3, 2025 &nbsp;&middot;&nbsp; Graduated June 27, 2025
          </div>
        </div>
        <div class="sig">$sig<br>Chief Executive Officer, Udacity</div>
        <div class="qr">$qr<br>Verify this certificate at<br>confirm.udacity.com/XJQ4PLNE</div>
        </div>""",
        sig=_signature_svg("h15-udacity", 170, 44),
        qr=_qr_svg("h15-udacity", "92px"),
    )
    return _chromium(_html(css, body), folder / "udacity-nd.pdf", "11in", "8.5in")


def _fortinet_page(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1a1a1a }
    .page { width: 297mm; height: 210mm; position: relative; overflow: hidden; background: #fff }
    .bar { position: absolute; left: 0; right: 0; top: 0; height: 30mm; background: #1a1a1a }
    .bar b { position: absolute; left: 18mm; top: 9mm; color: #fff; font-size: 20pt;
             letter-spacing: 0.1em }
    .bar b i { color: #ee3124; font-style: normal }
    .bar span { position: absolute; right: 18mm; top: 12mm; color: #bbb; font-size: 10pt }
    h1 { position: absolute; left: 18mm; top: 44mm; margin: 0; font-size: 26pt;
         font-weight: normal }
    .a { position: absolute; left: 18mm; top: 62mm; font-size: 12pt; color: #555 }
    .name { position: absolute; left: 18mm; top: 72mm; font-size: 26pt; font-weight: bold }
    .b { position: absolute; left: 18mm; top: 90mm; font-size: 12pt; color: #555 }
    .course { position: absolute; left: 18mm; top: 99mm; font-size: 20pt; color: #ee3124 }
    .date { position: absolute; left: 18mm; top: 124mm; font-size: 12pt }
    .code { position: absolute; left: 18mm; top: 134mm; font-size: 12pt }
    .qr { position: absolute; right: 20mm; top: 118mm; text-align: center; font-size: 8pt;
          color: #555 }
    .sig { position: absolute; left: 18mm; bottom: 18mm; font-size: 9pt }
    """
    body = _t(
        """<div class="page">
        <div class="bar"><b>F<i>&#9632;</i>RTINET</b><span>Training Institute</span></div>
        <h1>Certificate of Completion</h1>
        <div class="a">This certifies that</div>
        <div class="name">Yusuf Demirel-Hagen</div>
        <div class="b">has successfully completed the course</div>
        <div class="course">FortiGate 7.4 Administrator</div>
        <div class="date">Date of completion: 2025/06/30</div>
        <div class="code">Certificate Validation Number: FTNT-74A-6620193</div>
        <div class="qr">$qr<br>Validate at training.fortinet.com/validate</div>
        <div class="sig">$sig<br>Vice President, Training Institute</div>
        </div>""",
        qr=_qr_svg("h15-fortinet", "100px"),
        sig=_signature_svg("h15-fortinet", 170, 44),
    )
    return _chromium(_html(css, body), folder / "fortinet.pdf", "297mm", "210mm")


def _b_fortinet_scan(folder: Path) -> Path:
    # the validation number's last three digits lie under a smear (the code line sits 134 mm
    # down the 210 mm sheet; "193" runs from about 113 mm to 123 mm of its 297 mm width)
    return _scanned(
        _fortinet_page,
        "fortinet-scan",
        folder,
        dpi=200,
        angle=-0.7,
        gray=False,
        smudges=((0.379, 0.630, 0.417, 0.657),),
    )


# ============================================================================================
# WeasyPrint
# ============================================================================================


def _b_mslearn(folder: Path) -> Path:
    css = """
    @page { size: A4 landscape; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #242424 }
    .page { width: 297mm; height: 210mm; position: relative }
    .logo { position: absolute; left: 20mm; top: 18mm; font-size: 14pt; color: #505050 }
    .sq { display: inline-block; width: 4mm; height: 4mm; margin-right: 0.6mm }
    .main { position: absolute; left: 20mm; top: 48mm; width: 180mm }
    .cap { font-size: 11pt; color: #0067b8; text-transform: uppercase; letter-spacing: 0.15em }
    .name { font-size: 30pt; font-weight: bold; margin: 6mm 0 8mm }
    .txt { font-size: 12pt; color: #505050 }
    .path { font-size: 19pt; margin: 3mm 0 10mm; line-height: 1.3 }
    .meta { font-size: 11pt; line-height: 1.8 }
    .meta span { color: #505050; display: inline-block; width: 45mm }
    .badge { position: absolute; right: 28mm; top: 50mm; width: 62mm; height: 62mm;
             border-radius: 50%; background: #0067b8; color: #fff; text-align: center;
             font-size: 11pt; line-height: 1.4; padding-top: 20mm; box-sizing: border-box }
    .foot { position: absolute; left: 20mm; right: 20mm; bottom: 14mm; font-size: 8pt;
            color: #707070; border-top: 1px solid #e0e0e0; padding-top: 3mm }
    """
    sq = "".join(
        f'<span class="sq" style="background:{c}"></span>'
        for c in ("#f25022", "#7fba00", "#00a4ef", "#ffb900")
    )
    body = (
        f'<div class="page"><div class="logo">{sq} Microsoft Learn</div>'
        '<div class="main"><div class="cap">Learning path completed</div>'
        '<div class="name">Annika Rautio</div>'
        '<div class="txt">has completed the learning path</div>'
        '<div class="path">Configure and manage virtual networks for Azure administrators</div>'
        '<div class="meta"><span>Completed on</span>18 June 2025<br>'
        "<span>Modules</span>7 of 7<br>"
        "<span>Verification code</span>4K2M-9QXT-77LB</div></div>"
        '<div class="badge">Azure<br><b>Networking</b><br>Learning path</div>'
        '<div class="foot">Verify at learn.microsoft.com/users/me/transcript &middot; This '
        "achievement reflects completion of self-paced training and is not a Microsoft "
        "Certification.</div></div>"
    )
    return _weasy(_html(css, body), folder / "mslearn-path.pdf")


def _b_linux_foundation(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #003764 }
    .page { width: 11in; height: 8.5in; position: relative; background: #f4f8fb }
    .inner { position: absolute; inset: 0.45in; background: #fff; border-top: 14px solid #003764 }
    .issued { position: absolute; right: 0.5in; top: 0.4in; text-align: right;
              font-family: 'DejaVu Sans', sans-serif }
    .issued span { display: block; font-size: 9pt; color: #6a7f92; letter-spacing: 0.1em }
    .issued b { font-size: 18pt }
    .logo { position: absolute; left: 0.5in; top: 0.45in; font-family: 'DejaVu Sans', sans-serif;
            font-size: 15pt; font-weight: bold }
    .c { position: absolute; left: 0.5in; right: 0.5in; top: 1.7in; text-align: center }
    h1 { font-size: 28pt; margin: 0 0 0.3in; font-weight: normal }
    .s { font-size: 12pt; color: #4a5d70; margin: 0.1in 0 }
    .n { font-size: 28pt; font-style: italic; margin: 0.1in 0 0.2in }
    .k { font-size: 20pt; font-weight: bold; margin: 0.1in 0 }
    .low { position: absolute; left: 0.5in; right: 0.5in; bottom: 0.45in;
           font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #4a5d70 }
    .low table { width: 100% } .low td { vertical-align: bottom }
    """
    body = _t(
        """<div class="page"><div class="inner">
        <div class="logo">THE LINUX FOUNDATION<br><span style="font-weight:normal;
        font-size:10pt">Training &amp; Certification</span></div>
        <div class="issued"><span>ISSUE DATE</span><b>2025-04-24</b></div>
        <div class="c">
          <h1>Certificate of Completion</h1>
          <div class="s">This is to certify that</div>
          <div class="n">Siddharth Okafor-Lund</div>
          <div class="s">has successfully completed</div>
          <div class="k">Kubernetes Fundamentals (LFS258)</div>
          <div class="s">Completed: 2025-04-22</div>
        </div>
        <div class="low"><table><tr><td>$sig<br>General Manager, Training &amp;
        Certification</td><td style="text-align:right">Certificate ID: LF-9R2KX7W1QV<br>
        Learner ID: 00458213<br>Verify at training.linuxfoundation.org/certification/verify
        </td></tr></table></div>
        </div></div>""",
        sig=_signature_svg("h15-lf", 170, 44, "#003764"),
    )
    return _weasy(_html(css, body), folder / "lf-lfs258.pdf")


def _b_netacad(folder: Path) -> Path:
    css = """
    @page { size: A4 landscape; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1f2a44 }
    .page { width: 297mm; height: 210mm; position: relative }
    .hdr { position: absolute; top: 14mm; left: 18mm; right: 18mm; display: flex;
           justify-content: space-between; align-items: center;
           border-bottom: 1px solid #cfd8e3; padding-bottom: 4mm }
    .hdr b { font-size: 14pt; color: #049fd9 } .hdr span { font-size: 9pt; color: #6b7785 }
    h1 { position: absolute; top: 36mm; left: 18mm; margin: 0; font-size: 24pt;
         font-weight: normal }
    .name { position: absolute; top: 54mm; left: 18mm; font-size: 26pt; font-weight: bold }
    .para { position: absolute; top: 72mm; left: 18mm; width: 170mm; font-size: 11.5pt;
            line-height: 1.6 }
    ul { margin: 2mm 0 0 5mm; padding: 0; font-size: 10pt; line-height: 1.55 }
    .side { position: absolute; top: 40mm; right: 18mm; width: 70mm; font-size: 10pt;
            line-height: 1.6 }
    .side span { color: #6b7785; display: block; font-size: 8.5pt }
    .sig { position: absolute; bottom: 16mm; left: 18mm; font-size: 9.5pt }
    .sig div { border-top: 1px solid #1f2a44; width: 80mm; padding-top: 2mm }
    .dt { position: absolute; bottom: 16mm; left: 125mm; font-size: 9.5pt }
    .dt div { border-top: 1px solid #1f2a44; width: 50mm; padding-top: 2mm }
    """
    body = _t(
        """<div class="page">
        <div class="hdr"><b>Cisco Networking Academy</b><span>netacad.com</span></div>
        <h1>Certificate of Course Completion</h1>
        <div class="name">Mateusz Grabowski</div>
        <div class="para">has successfully achieved student level credential for completing
        the <b>Introduction to Cybersecurity</b> course, administered by the undersigned
        instructor. The student was able to proficiently:
        <ul><li>Explain the basics of being safe online, including what cybersecurity is and
        its potential impact.</li><li>Describe the most common types of threats, attacks
        and vulnerabilities.</li><li>Explain how to protect devices and networks against
        common threats.</li></ul></div>
        <div class="side"><span>Academy</span>Ridgeline Technical College<br>
        <span>Location</span>Kraków, Poland<br><span>Instructor ID</span>4401877<br>
        <span>Course hours</span>6</div>
        <div class="sig">$sig<div>Hollis Varga-Mbeki, Instructor</div></div>
        <div class="dt">3 Jan 2025<div>Date</div></div>
        </div>""",
        sig=_signature_svg("h15-netacad", 150, 40),
    )
    return _weasy(_html(css, body), folder / "netacad-itc.pdf")


def _b_bilingual(folder: Path) -> Path:
    css = """
    @page { size: A4 landscape; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #26323d }
    .page { width: 297mm; height: 210mm; position: relative }
    .top { position: absolute; top: 14mm; left: 0; right: 0; text-align: center;
           font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; letter-spacing: 0.1em;
           color: #5b2c83 }
    .cols { position: absolute; top: 34mm; left: 16mm; right: 16mm; height: 130mm;
            display: flex }
    .col { flex: 1; padding: 0 10mm; text-align: center }
    .col + .col { border-left: 1px solid #b9a7cc }
    h1 { font-size: 21pt; margin: 0 0 8mm; color: #5b2c83 }
    .s { font-size: 11pt; margin: 3mm 0; line-height: 1.5 }
    .n { font-size: 20pt; font-style: italic; margin: 4mm 0 }
    .k { font-size: 15pt; font-weight: bold; margin: 4mm 0 }
    .low { position: absolute; bottom: 14mm; left: 16mm; right: 16mm;
           font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; display: flex;
           justify-content: space-between; align-items: flex-end }
    """
    fr = (
        '<div class="col" lang="fr"><h1>Attestation de réussite</h1>'
        '<div class="s">Nous attestons que</div><div class="n">Émilie Tremblay-Nakamura</div>'
        '<div class="s">a réussi la formation</div>'
        '<div class="k">Kubernetes Security Essentials (KSE-201)</div>'
        '<div class="s">d’une durée de 7 heures, le 5 juin 2025.</div></div>'
    )
    en = (
        '<div class="col" lang="en"><h1>Certificate of Achievement</h1>'
        '<div class="s">This is to certify that</div>'
        '<div class="n">Émilie Tremblay-Nakamura</div>'
        '<div class="s">has successfully completed the course</div>'
        '<div class="k">Kubernetes Security Essentials (KSE-201)</div>'
        '<div class="s">7 hours of training, on June 5, 2025.</div></div>'
    )
    body = _t(
        """<div class="page">
        <div class="top">INSTITUT BORÉAL DU NUMÉRIQUE &middot; BOREAL DIGITAL INSTITUTE</div>
        <div class="cols">$fr$en</div>
        <div class="low"><div>$sig<br>Direction de la formation / Head of Training</div>
        <div style="text-align:right">N° de certificat / Certificate No.: QC-KSE-25-1187<br>
        Montréal (Québec)</div></div>
        </div>""",
        fr=fr,
        en=en,
        sig=_signature_svg("h15-fr", 160, 42, "#5b2c83"),
    )
    return _weasy(_html(css, body, "fr"), folder / "attestation-kse.pdf")


def _b_greek(folder: Path) -> Path:
    css = """
    @page { size: A4; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #10304a }
    .page { width: 210mm; height: 297mm; position: relative }
    .border { position: absolute; inset: 10mm; border: 2px solid #2c6e9b;
              outline: 1px solid #2c6e9b; outline-offset: -5mm }
    .org { position: absolute; top: 26mm; left: 0; right: 0; text-align: center;
           font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; line-height: 1.5 }
    h1 { position: absolute; top: 62mm; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 24pt; letter-spacing: 0.08em }
    .c { position: absolute; top: 90mm; left: 24mm; right: 24mm; text-align: center;
         font-size: 13pt; line-height: 1.9 }
    .n { font-size: 22pt; font-weight: bold; margin: 4mm 0 }
    .k { font-size: 17pt; font-style: italic; margin: 4mm 0 }
    .meta { position: absolute; top: 190mm; left: 30mm; right: 30mm; font-size: 11pt;
            line-height: 2 }
    .sig { position: absolute; bottom: 30mm; right: 30mm; text-align: center; font-size: 10pt }
    """
    body = _t(
        """<div class="page"><div class="border"></div>
        <div class="org">ΚΕΝΤΡΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΚΑΤΑΡΤΙΣΗΣ «ΑΙΓΑΙΟ ΨΗΦΙΑΚΟ»<br>
        <span style="font-size:9pt">Λεωφόρος Ελευθερίου 27, Θεσσαλονίκη</span></div>
        <h1>ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</h1>
        <div class="c">Βεβαιώνεται ότι η<div class="n">Ελένη Μαυρίδου</div>
        παρακολούθησε με επιτυχία το πρόγραμμα κατάρτισης
        <div class="k">Εισαγωγή στη Μηχανική Μάθηση</div>
        που πραγματοποιήθηκε από 3 έως 28 Μαρτίου 2025.</div>
        <div class="meta">Διάρκεια: 30 ώρες<br>Τρόπος υλοποίησης: Σύγχρονη εξ αποστάσεως<br>
        Αριθμός βεβαίωσης: ML25-0612</div>
        <div class="sig">Θεσσαλονίκη, 2 Απριλίου 2025<br>$sig<br>Ο Διευθυντής Σπουδών</div>
        </div>""",
        sig=_signature_svg("h15-gr", 160, 44),
    )
    return _weasy(_html(css, body, "el"), folder / "vevaiosi-ml.pdf")


def _b_italian_conflict(folder: Path) -> Path:
    css = """
    @page { size: A4; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #202020 }
    .page { width: 210mm; height: 297mm; position: relative }
    .head { background: #006847; color: #fff; padding: 14mm 20mm 10mm }
    .head b { font-size: 17pt } .head div { font-size: 9pt; margin-top: 2mm; opacity: 0.9 }
    h1 { text-align: center; font-family: 'DejaVu Serif', serif; font-size: 24pt;
         margin: 22mm 0 10mm; letter-spacing: 0.05em }
    .p { margin: 0 22mm; font-size: 12.5pt; line-height: 1.8; text-align: center }
    .p b.n { font-size: 18pt; display: block; margin: 3mm 0 }
    .p b.k { font-size: 15pt; display: block; margin: 3mm 0; color: #006847 }
    table { margin: 14mm auto 0; border-collapse: collapse; width: 150mm; font-size: 11pt }
    td { border: 1px solid #b5c7bd; padding: 2.5mm 3mm }
    td:first-child { background: #eef5f0; width: 55mm; font-weight: bold }
    .firma { position: absolute; bottom: 30mm; right: 24mm; text-align: center; font-size: 10pt }
    .luogo { position: absolute; bottom: 30mm; left: 24mm; font-size: 10pt }
    """
    body = _t(
        """<div class="page">
        <div class="head"><b>Centro Formazione Digitale Val d’Adige</b>
        <div>Via dei Mille 12, Verona &middot; Ente accreditato</div></div>
        <h1>Attestato di frequenza</h1>
        <div class="p">Si attesta che<b class="n">Giulia Bernardini</b>ha frequentato il corso
        <b class="k">Sicurezza delle applicazioni web</b>svoltosi dal 7 al 9 ottobre 2025 in
        modalità mista.</div>
        <table>
          <tr><td>Data inizio</td><td>07/10/2025</td></tr>
          <tr><td>Data fine</td><td>10/10/2025</td></tr>
          <tr><td>Durata</td><td>24 ore</td></tr>
          <tr><td>Codice attestato</td><td>ATT-2025-10-0098</td></tr>
        </table>
        <div class="luogo">Verona, 14 ottobre 2025</div>
        <div class="firma">Il Direttore<br>$sig</div>
        </div>""",
        sig=_signature_svg("h15-it", 160, 44),
    )
    return _weasy(_html(css, body, "it"), folder / "attestato-sicurezza.pdf")


# ============================================================================================
# LibreOffice (Word and flat ODF files)
# ============================================================================================


def _b_paloalto(folder: Path) -> Path:
    d = _Docx(11, 8.5, 0.8)
    d.p("paloalto", size=22, bold=True, color="#fa582d", font="DejaVu Sans", after=0)
    d.p("NETWORKS  ·  EDUCATION SERVICES", size=9, color="#555555", spacing=2, after=18)
    d.p("Certificate of Training Completion", size=26, font="DejaVu Serif", after=14)
    d.p(
        "Presented upon completion of instructor-led training",
        size=11,
        italic=True,
        color="#555555",
        after=16,
    )
    d.table(
        [
            ("Student", "Kwabena Ostrowski"),
            ("Course", "Firewall Essentials: Configuration and Management (EDU-210)"),
            ("Course dates", "February 10, 2025 - February 14, 2025"),
            ("Certificate number", "PANW-EDU210-77821"),
            ("CPE credits", "32"),
            ("Authorized Training Partner", "Summit Ridge Learning (ATP ID: ATP-0193)"),
        ],
        (2.6, 5.8),
        size=11,
    )
    d.p("", after=26)
    d.p(
        [("Instructor: ", True), ("Delphine Arkwright, PCNSE", False)],
        size=10,
        align="left",
        after=2,
    )
    d.p(
        "Palo Alto Networks, Inc. · 3000 Tannery Way, Santa Clara, CA",
        size=8,
        color="#777777",
        align="left",
    )
    return _soffice("paloalto-edu210.docx", d.render(), folder)


def _b_nptel(folder: Path) -> Path:
    d = _Docx(11.69, 8.27, 0.7)
    d.p(
        "DECCAN INSTITUTE OF TECHNOLOGY",
        size=18,
        bold=True,
        color="#7a1f1f",
        font="DejaVu Serif",
        after=0,
    )
    d.p("DOCP Online Certification", size=12, color="#333333", after=0)
    d.p(
        "(Funded by the National Mission on Online Education)",
        size=9,
        italic=True,
        color="#555555",
        after=14,
    )
    d.p("This certificate is awarded to", size=12, after=2)
    d.p("Kavya Ramanathan Iyer", size=24, bold=True, font="DejaVu Serif", after=4)
    d.p("for successfully completing the course", size=12, after=2)
    d.p("Cloud Computing", size=22, bold=True, color="#7a1f1f", after=4)
    d.p("with a consolidated score of 72 %", size=12, after=12)
    d.table(
        [
            ("Online Assignments", "22.5/25"),
            ("Proctored Exam", "49.5/75"),
            ("Total number of candidates certified in this course", "3418"),
        ],
        (4.2, 1.6),
        size=10,
    )
    d.p("", after=8)
    d.p([("Jan-Apr 2025", True), ("  (12 week course)", False)], size=13, after=6)
    d.p("No. of credits recommended: 3 or 4", size=10, color="#444444", after=14)
    d.p(
        [
            ("Roll No: ", True),
            ("DOCP25CS46S0712453", False),
            ("          Certificate ID: ", True),
            ("DOCP-CC-25A-004417", False),
        ],
        size=10,
        after=2,
    )
    d.p(
        "To validate and check scores: docp.deccan-tech.example/noc/verify", size=8, color="#555555"
    )
    return _soffice("docp-cloud-computing.docx", d.render(), folder)


def _b_ambiguous_date(folder: Path) -> Path:
    d = _Docx(8.27, 11.69, 1.0)
    d.p("Global Data Governance Forum", size=20, bold=True, color="#0b5563", after=2)
    d.p("Online Learning Series", size=11, color="#555555", spacing=1.5, after=40)
    d.p("CERTIFICATE OF PARTICIPATION", size=18, color="#0b5563", spacing=3, after=26)
    d.p("This certifies that", size=12, after=6)
    d.p("Noor Haddad-Willems", size=24, font="DejaVu Serif", bold=True, after=10)
    d.p("participated in the live webinar", size=12, after=6)
    d.p(
        "Data Lineage for Regulated Industries", size=18, italic=True, font="DejaVu Serif", after=30
    )
    d.table(
        [
            ("Date", "03/04/2025"),
            ("Duration", "60 minutes"),
            ("CPE credits", "1"),
            ("Certificate ID", "GDGF-W-7730"),
        ],
        (2.0, 3.0),
        size=11,
    )
    d.p("", after=40)
    d.p("Programme Committee, Global Data Governance Forum", size=10, color="#444444", after=2)
    d.p("Delivered online to participants worldwide.", size=8, color="#777777")
    return _soffice("gdgf-webinar.docx", d.render(), folder)


def _b_cisco_lp_german(folder: Path) -> Path:
    o = _Odt(29.7, 21.0, 1.6, border="1.2pt solid #1b5e8c")
    o.p(
        "Netzwerkakademie Rheinmain GmbH",
        size=16,
        bold=True,
        color="#1b5e8c",
        align="start",
        after=0,
    )
    o.p(
        "Cisco Learning Partner · Hanauer Landstraße 204 · 60314 Frankfurt am Main",
        size=8,
        color="#555555",
        align="start",
        after=0.9,
    )
    o.p("Teilnahmebestätigung", size=28, font="DejaVu Serif", after=0.5)
    o.p("Hiermit bestätigen wir, dass", size=12, after=0.2)
    o.p("Herr Jonas Keßler-Brandt", size=20, bold=True, after=0.3)
    o.p("an der Schulung", size=12, after=0.2)
    o.p(
        "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
        size=15,
        bold=True,
        color="#1b5e8c",
        after=0.2,
    )
    o.p("vom 17.03.2025 bis 21.03.2025 erfolgreich teilgenommen hat.", size=12, after=0.6)
    o.table(
        [
            ("Kursdauer", "5 Tage (40 Unterrichtseinheiten)"),
            ("CE-Credits", "64"),
            ("Zertifikats-Nr.", "LP-DE-2025-03817"),
            ("Auftragsnummer", "4500129384"),
        ],
        (5.0, 8.0),
        size=10,
    )
    o.p("Frankfurt am Main, 21.03.2025", size=10, align="start", before=0.8, after=0.1)
    o.p("Schulungsleitung", size=10, align="start", color="#555555")
    return _soffice("teilnahme-encor.fodt", o.render(), folder)


def _polish_page(folder: Path) -> Path:
    o = _Odt(21.0, 29.7, 2.0, border="2pt solid #9b1c31")
    o.p("Fundacja Cyfrowa Przystań", size=14, bold=True, color="#9b1c31", after=0)
    o.p("ul. Ogrodowa 58, Łódź", size=9, color="#555555", after=2.2)
    o.p("ZAŚWIADCZENIE", size=30, bold=True, spacing=4, font="DejaVu Serif", after=0.2)
    o.p("o udziale w webinarium", size=14, italic=True, after=1.4)
    o.p("Zaświadcza się, że", size=12, after=0.3)
    o.p("Pani Agnieszka Zawadzka-Pióro", size=20, bold=True, after=0.4)
    o.p("wzięła udział w webinarium pt.", size=12, after=0.3)
    o.p("Bezpieczeństwo sieci Wi-Fi w małej firmie", size=17, bold=True, color="#9b1c31", after=0.4)
    o.p("które odbyło się 12 marca 2025 r. w formule online.", size=12, after=1.6)
    o.p("Czas trwania: 1,5 godz.", size=11, align="start", after=0.1)
    o.p("Nr zaświadczenia: WEB/2025/03/0147", size=11, align="start", after=2.2)
    o.p("Prezes Zarządu Fundacji", size=10, align="end", color="#444444")
    return _soffice("zaswiadczenie-webinar.fodt", o.render(), folder)


def _b_polish_scan(folder: Path) -> Path:
    return _scanned(_polish_page, "zaswiadczenie-scan", folder, dpi=200, angle=0.9)


def _b_ukrainian(folder: Path) -> Path:
    o = _Odt(21.0, 29.7, 2.2)
    o.p(
        "Освітній центр «Мережна Школа»",
        size=13,
        bold=True,
        color="#1f4e8c",
        align="start",
        after=0,
    )
    o.p("вул. Садова, 17, м. Львів", size=9, color="#555555", align="start", after=1.2)
    o.p("Вих. № 2025/118 від 17.03.2025", size=10, align="start", after=0.8)
    o.p("Шановна Олено Ковальчук!", size=12, bold=True, align="start", after=0.4)
    o.p(
        "Дякуємо за навчання в нашому центрі. У додатку надсилаємо ваш сертифікат. "
        "Запрошуємо вас також на наступний курс «Хмарні технології AWS для початківців», "
        "який розпочнеться 5 травня 2025 року та триватиме до 30 травня 2025 року. "
        "Реєстрація відкрита до 25 квітня 2025 року.",
        size=11,
        align="justify",
        after=0.4,
    )
    o.p("З повагою,", size=11, align="start", before=0.6, after=0.1)
    o.p("адміністрація центру", size=11, align="start")
    o.page_break()
    o.p("СЕРТИФІКАТ", size=32, bold=True, color="#1f4e8c", spacing=5, before=3.0, after=0.8)
    o.p("засвідчує, що", size=13, after=0.3)
    o.p("Олена Ковальчук", size=22, bold=True, font="DejaVu Serif", after=0.4)
    o.p("успішно пройшла курс", size=13, after=0.3)
    o.p("«Адміністрування мереж на базі Linux»", size=17, bold=True, after=0.4)
    o.p("з 3 по 14 березня 2025 року", size=13, after=0.3)
    o.p("Обсяг: 36 годин", size=12, after=2.0)
    o.p("№ сертифіката: UA-NET-25-0457", size=11, align="start", after=0.2)
    o.p("Директор центру ____________", size=11, align="end")
    return _soffice("sertyfikat-linux.fodt", o.render(), folder)


# ============================================================================================
# cairo
# ============================================================================================


def _b_gcsb_mismatch(folder: Path) -> Path:
    c = _Cairo(folder / "skills-boost-badge.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    for i, col in enumerate(("#4285f4", "#ea4335", "#fbbc04", "#34a853")):
        c.rect(i * 198, 0, 198, 8, fill=col)
    c.text(48, 62, "Google Cloud", size=20, bold=True, color="#5f6368")
    c.text(48, 84, "Skills Boost", size=13, color="#5f6368")
    c.circle(640, 170, 72, fill="#e8f0fe", stroke="#4285f4", lw=3)
    c.text(640, 165, "SKILL", size=13, bold=True, align="center", color="#1a73e8")
    c.text(640, 184, "BADGE", size=13, bold=True, align="center", color="#1a73e8")
    c.text(48, 170, "Skill badge earned", size=12, color="#5f6368")
    c.wrap(
        48,
        206,
        "Build a Secure Google Cloud Network",
        480,
        26,
        32,
        color="#202124",
        family="DejaVu Serif",
    )
    c.text(48, 284, "Awarded to", size=11, color="#5f6368")
    c.text(48, 314, "Tavita Fonoti", size=26, bold=True, color="#202124")
    c.text(48, 364, "Earned Feb 3, 2025", size=13, color="#202124")
    c.text(48, 388, "Credential ID: a7Qm2ZkP4x", size=13, color="#202124")
    c.qr(600, 400, 110, "h15-gcsb")
    c.text(
        655,
        528,
        "cloudskillsboost.google/public_profiles/",
        size=7,
        align="center",
        color="#5f6368",
    )
    c.text(655, 540, "badges/verify/a7Qm2ZPk4x", size=7, align="center", color="#5f6368")
    c.line(48, 500, 300, 500, color="#9aa0a6")
    c.signature(60, 450, 190, 46, "h15-gcsb")
    c.text(48, 516, "Google Cloud Learning", size=9, color="#5f6368")
    return c.finish()


def _b_cisco_live(folder: Path) -> Path:
    c = _Cairo(folder / "cisco-live-attendance.pdf", 841.89, 595.28)
    c.rect(0, 0, 841.89, 595.28, fill="#07182d")
    c.rect(30, 30, 781.89, 535.28, fill="#ffffff")
    c.rect(30, 30, 781.89, 90, fill="#0d274d")
    c.text(60, 86, "CISCO LIVE", size=30, bold=True, color="#ffffff", spacing=3)
    c.text(780, 70, "Amsterdam", size=12, align="right", color="#a6d8f5")
    c.text(780, 90, "RAI Convention Centre", size=10, align="right", color="#a6d8f5")
    c.text(
        421,
        178,
        "Certificate of Attendance",
        size=28,
        align="center",
        family="DejaVu Serif",
        color="#0d274d",
    )
    c.text(421, 214, "This is to certify that", size=12, align="center", color="#555555")
    c.text(421, 254, "Rasmus Thorvaldsen", size=26, bold=True, align="center", color="#0d274d")
    c.text(421, 288, "attended", size=12, align="center", color="#555555")
    c.text(
        421, 322, "Cisco Live Amsterdam 2025", size=20, bold=True, align="center", color="#049fd9"
    )
    c.text(421, 350, "9–14 February 2025", size=13, align="center", color="#0d274d")
    sessions = (
        ("BRKENS-2092", "Campus Fabric Design", "11 Feb 2025"),
        ("BRKSEC-2140", "Zero Trust Access in Practice", "12 Feb 2025"),
        ("LTRCRT-1100", "Automation Lab", "13 Feb 2025"),
    )
    c.text(80, 398, "Sessions attended", size=10, bold=True, color="#0d274d")
    y = 416.0
    for code, title, day in sessions:
        c.text(80, y, code, size=9, color="#333333")
        c.text(170, y, title, size=9, color="#333333")
        c.text(360, y, day, size=9, color="#333333")
        y += 15
    c.text(500, 398, "Continuing Education credits earned: 16", size=10, color="#0d274d")
    c.text(500, 416, "Attendee ID: CL25A-338104", size=9, color="#555555")
    c.text(500, 431, "Certificate ID: CLEUR25-CE-55019", size=10, bold=True, color="#0d274d")
    c.signature(560, 470, 170, 44, "h15-clive")
    c.line(550, 520, 770, 520, color="#0d274d")
    c.text(550, 536, "Cisco Live Program Office", size=9, color="#555555")
    return c.finish()


def _b_datacamp(folder: Path) -> Path:
    c = _Cairo(folder / "datacamp-soa.pdf", 841.89, 595.28)
    c.rect(0, 0, 841.89, 595.28, fill="#05192d")
    c.rect(24, 24, 793.89, 547.28, fill="#ffffff")
    c.rect(24, 24, 12, 547.28, fill="#03ef62")
    c.text(70, 80, "datacamp", size=22, bold=True, color="#05192d")
    c.text(70, 130, "STATEMENT OF ACCOMPLISHMENT", size=11, bold=True, color="#05192d", spacing=2.5)
    c.text(70, 186, "Ilse Marjanović", size=30, bold=True, color="#05192d")
    c.text(
        70,
        222,
        "HAS SUCCESSFULLY COMPLETED THE FOLLOWING TRACK",
        size=9,
        color="#5d6a77",
        spacing=1.5,
    )
    end = c.wrap(
        70,
        262,
        "Machine Learning Engineer in Python: Model Deployment, Monitoring and MLOps Foundations",
        420,
        24,
        30,
        bold=True,
        color="#05192d",
    )
    c.text(70, end + 22, "JUL 09, 2025", size=12, bold=True, color="#05192d")
    c.text(200, end + 22, "94 HOURS", size=12, bold=True, color="#05192d")
    c.text(70, end + 38, "DATE", size=7, color="#5d6a77", spacing=1)
    c.text(200, end + 38, "DURATION", size=7, color="#5d6a77", spacing=1)
    c.rect(560, 120, 220, 300, fill="#f7f7fc", stroke="#e5e1da")
    c.text(580, 150, "Courses in this track", size=10, bold=True, color="#05192d")
    courses = (
        "MLOps Concepts",
        "Designing Machine Learning Workflows",
        "Developing Python Packages",
        "ETL and ELT in Python",
        "Monitoring Machine Learning Models",
        "Fully Automated MLOps",
        "Deployment with FastAPI",
    )
    y = 172.0
    for name in courses:
        c.text(580, y, "✓ " + name, size=8.5, color="#333333")
        y += 17
    c.text(
        70,
        540,
        "https://www.datacamp.com/completed/statement-of-accomplishment/track/"
        "3c6a9e17b84f02d5c1e8a7f49b2d60c3e15f8a04",
        size=7,
        color="#5d6a77",
    )
    c.signature(580, 450, 160, 42, "h15-datacamp", color="#05192d")
    c.text(580, 515, "CEO, DataCamp", size=9, color="#5d6a77")
    return c.finish()


def _dutch_page(folder: Path) -> Path:
    c = _Cairo(folder / "certificaat-python.pdf", 595.28, 841.89)
    c.rect(0, 0, 595.28, 841.89, fill="#ffffff")
    c.rect(40, 40, 515.28, 761.89, stroke="#e07b00", lw=2.5)
    c.rect(50, 50, 495.28, 741.89, stroke="#e07b00", lw=0.7)
    c.text(
        297.6,
        118,
        "Opleidingscentrum De Waalbrug",
        size=15,
        bold=True,
        align="center",
        color="#7a4300",
    )
    c.text(297.6, 136, "Nijmegen", size=10, align="center", color="#7a4300")
    c.text(
        297.6,
        230,
        "CERTIFICAAT",
        size=36,
        align="center",
        family="DejaVu Serif",
        color="#222222",
        spacing=4,
    )
    c.text(297.6, 290, "Hierbij verklaren wij dat", size=12, align="center", color="#444444")
    c.text(297.6, 330, "Sanne van der Linden", size=24, bold=True, align="center")
    c.text(
        297.6,
        368,
        "met goed gevolg heeft deelgenomen aan de",
        size=12,
        align="center",
        color="#444444",
    )
    c.text(
        297.6,
        404,
        "Basiscursus Python voor Data-analyse",
        size=18,
        bold=True,
        align="center",
        color="#7a4300",
    )
    rows = (
        ("Datum:", "21 januari 2025"),
        ("Studiebelasting:", "16 uur"),
        ("Certificaatnummer:", "NL-PY-25-3310"),
        ("Geldig tot:", "21 januari 2028"),
    )
    y = 480.0
    for k, v in rows:
        c.text(150, y, k, size=12, color="#444444")
        c.text(290, y, v, size=12, bold=True)
        y += 24
    c.signature(320, 640, 170, 46, "h15-nl")
    c.line(300, 700, 500, 700)
    c.text(400, 716, "Directeur", size=10, align="center", color="#444444")
    return c.finish()


def _b_dutch_scan(folder: Path) -> Path:
    return _scanned(_dutch_page, "certificaat-scan", folder, dpi=240, angle=-0.4)


def _b_sans_conflict(folder: Path) -> Path:
    c = _Cairo(folder / "bsi-512.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#fbfaf6")
    c.rect(22, 22, 748, 568, stroke="#1c2b39", lw=4)
    c.rect(32, 32, 728, 548, stroke="#a88b3d", lw=1)
    c.text(
        396,
        82,
        "BASTION SECURITY INSTITUTE",
        size=13,
        bold=True,
        align="center",
        color="#1c2b39",
        spacing=3,
    )
    c.wrap(
        396,
        128,
        "BSI 512: Advanced Incident Response and Threat Hunting",
        560,
        24,
        30,
        align="center",
        color="#1c2b39",
        family="DejaVu Serif",
        bold=True,
    )
    c.text(
        396, 210, "CERTIFICATE OF COMPLETION", size=11, align="center", color="#a88b3d", spacing=4
    )
    c.text(396, 256, "This certifies that", size=12, align="center", color="#444444")
    c.text(
        396, 296, "Callum Abernethy-Quispe", size=26, align="center", family="Z003", color="#1c2b39"
    )
    c.wrap(
        396,
        336,
        "has completed BSI 508: Advanced Incident Response, Threat Hunting and Digital "
        "Forensics, a six-day hands-on course held August 4 - 9, 2025 in Denver, Colorado.",
        540,
        12,
        18,
        align="center",
        color="#333333",
    )
    c.text(396, 408, "36 CPEs", size=14, bold=True, align="center", color="#1c2b39")
    c.text(120, 470, "Certificate #: BSI-512-2508-0437", size=10, color="#1c2b39")
    c.text(120, 486, "Exam attempt: EA-77120-B (not required for CPE)", size=8, color="#666666")
    c.signature(480, 440, 170, 46, "h15-bsi")
    c.line(470, 496, 680, 496, color="#1c2b39")
    c.text(575, 512, "Dean of Faculty", size=9, align="center", color="#444444")
    return c.finish()


# ============================================================================================
# Ghostscript (hand-written PostScript)
# ============================================================================================


def _b_juniper(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(0, 0, 792, 612, fill="#ffffff")
    d.rect(0, 0, 792, 70, fill="#0a2240")
    d.text(40, 45, "JUNIPER", font="sans-b", size=24, color="#ffffff")
    d.text(160, 45, "NETWORKS", font="sans", size=13, color="#84b135")
    d.text(752, 45, "Juniper Open Learning", font="sans", size=11, align="right", color="#ffffff")
    d.text(
        396,
        150,
        "Certificate of Completion",
        font="palatino",
        size=32,
        align="center",
        color="#0a2240",
    )
    d.text(
        396,
        190,
        "is hereby granted for completing the self-paced course",
        font="sans",
        size=12,
        align="center",
        color="#555555",
    )
    d.text(
        396,
        232,
        "Introduction to the Junos Operating System (IJOS)",
        font="sans-b",
        size=20,
        align="center",
        color="#0a2240",
    )
    d.text(
        396,
        262,
        "including all lab exercises and the final knowledge check",
        font="sans-i",
        size=11,
        align="center",
        color="#555555",
    )
    # values printed above their rules, labels underneath
    cols = (
        (70, "Lorenzo Achterberg", "Participant"),
        (300, "07 May 2025", "Date of Completion"),
        (470, "JNPR-OL-00582913", "Certificate ID"),
        (640, "55-20931", "Student Account"),
    )
    for x, value, label in cols:
        d.text(x, 400, value, font="sans-b", size=13, color="#0a2240")
        d.line(x, 410, x + 140 if x > 200 else x + 200, 410, color="#84b135", lw=1.2)
        d.text(x, 426, label, font="sans", size=9, color="#666666")
    d.signature(70, 470, 180, 48, "h15-juniper")
    d.line(70, 528, 270, 528, color="#0a2240")
    d.text(70, 544, "Director, Education Services", font="sans", size=9, color="#666666")
    d.circle(680, 510, 44, stroke="#84b135", lw=3)
    d.text(680, 506, "JUNIPER", font="sans-b", size=9, align="center", color="#0a2240")
    d.text(680, 520, "EDUCATION", font="sans", size=7, align="center", color="#0a2240")
    return _ghostscript(d, folder / "juniper-ijos.pdf")


def _b_isc2(folder: Path) -> Path:
    d = _PS(612, 792)
    d.rect(0, 0, 612, 792, fill="#ffffff")
    d.rect(0, 0, 612, 24, fill="#006f3c")
    d.rect(0, 768, 612, 24, fill="#006f3c")
    d.text(60, 90, "ISC2", font="sans-b", size=30, color="#006f3c")
    d.text(60, 110, "Professional Development", font="sans", size=11, color="#555555")
    d.text(306, 200, "Certificate of Attendance", font="serif-b", size=28, align="center")
    d.text(306, 240, "This certificate is awarded to", font="serif-i", size=13, align="center")
    d.text(
        306,
        285,
        "Dr. Farida Lindström, CISSP",
        font="serif",
        size=24,
        align="center",
        color="#003d21",
    )
    d.text(306, 325, "for attending the ISC2 webinar", font="serif-i", size=13, align="center")
    d.text(
        306,
        365,
        "Zero Trust in Practice: Segmenting Legacy OT",
        font="sans-b",
        size=16,
        align="center",
        color="#006f3c",
    )
    d.text(306, 386, "Networks", font="sans-b", size=16, align="center", color="#006f3c")
    d.text(306, 420, "Broadcast live on April 10, 2025", font="serif", size=12, align="center")
    d.rect(120, 470, 372, 110, stroke="#006f3c", lw=1)
    d.text(140, 498, "CPE credits:", font="sans", size=11)
    d.text(300, 498, "1.5 (Group A)", font="sans-b", size=11)
    d.text(140, 522, "Member #:", font="sans", size=11)
    d.text(300, 522, "884203", font="sans", size=11)
    d.text(140, 546, "Certificate ID:", font="sans", size=11)
    d.text(300, 546, "W250410-ZT-55127", font="sans-b", size=11)
    d.text(140, 568, "Domain:", font="sans", size=11)
    d.text(300, 568, "Security Architecture", font="sans", size=11)
    d.signature(200, 630, 210, 50, "h15-isc2")
    d.line(180, 690, 432, 690)
    d.text(
        306,
        706,
        "Director, Professional Development",
        font="sans",
        size=9,
        align="center",
        color="#555555",
    )
    d.text(
        306,
        745,
        "Submit CPE credits via your ISC2 member dashboard.",
        font="sans-i",
        size=8,
        align="center",
        color="#777777",
    )
    return _ghostscript(d, folder / "isc2-webinar.pdf")


def _b_spanish(folder: Path) -> Path:
    d = _PS(841.89, 595.28)
    d.rect(0, 0, 841.89, 595.28, fill="#fffdf7")
    d.rect(26, 26, 789.89, 543.28, stroke="#8c1d18", lw=3)
    d.text(
        420,
        80,
        "Academia Meridiana de Sistemas",
        font="bookman-d",
        size=18,
        align="center",
        color="#8c1d18",
    )
    d.text(
        420,
        100,
        "Calle de Alcalá 301, 28027 Madrid",
        font="bookman",
        size=9,
        align="center",
        color="#555555",
    )
    d.text(420, 170, "CERTIFICADO DE APROVECHAMIENTO", font="schoolbook-b", size=26, align="center")
    d.text(420, 215, "Se certifica que", font="schoolbook", size=13, align="center")
    d.text(
        420,
        258,
        "Lucía Fernández Ortega",
        font="chancery",
        size=34,
        align="center",
        color="#3a1a10",
    )
    d.text(
        420,
        300,
        "ha superado con aprovechamiento el curso",
        font="schoolbook",
        size=13,
        align="center",
    )
    d.text(
        420,
        340,
        "Administración de Sistemas Linux",
        font="schoolbook-b",
        size=22,
        align="center",
        color="#8c1d18",
    )
    d.text(
        420,
        376,
        "impartido del 3 al 28 de noviembre de 2025, con una duración de 60 horas.",
        font="schoolbook",
        size=12,
        align="center",
    )
    d.text(80, 470, "Madrid, 1 de diciembre de 2025", font="schoolbook", size=11)
    d.text(80, 520, "Código de verificación: CV-7Q3M-2K8D", font="mono", size=10)
    d.text(
        80,
        536,
        "Compruebe la autenticidad en meridiana.example/verificar",
        font="sans",
        size=8,
        color="#555555",
    )
    d.signature(560, 440, 180, 50, "h15-es")
    d.line(540, 500, 760, 500)
    d.text(650, 516, "El Director Académico", font="schoolbook", size=10, align="center")
    return _ghostscript(d, folder / "certificado-linux.pdf")


def _edx_page(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(0, 0, 792, 612, fill="#ffffff")
    d.rect(0, 0, 16, 612, fill="#02262b")
    d.text(50, 70, "edX", font="sans-b", size=30, color="#02262b")
    d.text(130, 70, "| LakeshoreX", font="sans", size=16, color="#00688d")
    d.text(50, 140, "VERIFIED CERTIFICATE of ACHIEVEMENT", font="sans", size=11, color="#00688d")
    d.text(50, 172, "This is to certify that", font="serif-i", size=13, color="#454545")
    d.text(50, 215, "Jae-won Halvorsen", font="serif-b", size=32, color="#02262b")
    d.text(
        50,
        255,
        "successfully completed and received a passing grade in",
        font="serif-i",
        size=13,
        color="#454545",
    )
    d.text(
        50,
        292,
        "DSP101x: Introduction to Data Structures in Python",
        font="sans-b",
        size=18,
        color="#02262b",
    )
    d.text(
        50,
        320,
        "a course of study offered by LakeshoreX, an online learning initiative of",
        font="serif",
        size=11,
        color="#454545",
    )
    d.text(
        50,
        336,
        "Lakeshore Polytechnic University through edX.",
        font="serif",
        size=11,
        color="#454545",
    )
    d.signature(50, 400, 170, 44, "h15-edx")
    d.line(50, 452, 250, 452)
    d.text(
        50,
        468,
        "Professor of Computer Science, Lakeshore Polytechnic",
        font="sans",
        size=8,
        color="#454545",
    )
    d.text(470, 420, "Issued May 30, 2025", font="sans", size=11, color="#02262b")
    d.text(470, 446, "Valid Certificate ID", font="sans", size=9, color="#454545")
    d.text(470, 462, "3e9b1c7a42f84d6e8a0b5c2d1f7e9a64", font="mono", size=13, color="#02262b")
    d.text(
        470,
        500,
        "Verify the authenticity of this certificate at",
        font="sans",
        size=8,
        color="#454545",
    )
    d.text(
        470,
        512,
        "https://courses.edx.org/certificates/3e9b1c7a42f84d6e8a0b5c2d1f7e9a64",
        font="sans",
        size=8,
        color="#00688d",
    )
    return _ghostscript(d, folder / "edx-verified.pdf")


def _b_edx_cutoff(folder: Path) -> Path:
    # the sheet lay askew on the scanner: its right edge (and the end of the ID) is missing
    return _scanned(_edx_page, "edx-scan", folder, dpi=200, angle=0.3, keep_right=0.795)


# ============================================================================================
# The cases
# ============================================================================================

HOLDOUT_CASES: list[Case] = [
    # ---------------------------------------------------------------- clean
    Case(
        name="h15-clean-aws-skill-builder",
        expected=Expected(
            course_name="AWS Cloud Practitioner Essentials",
            start_date=None,
            end_date="2025-08-21",
            validation_code="SB-4F7A2C19-88D3",
            learner_name="Rhiannon Castellanos-Voss",
            issuer=None,
            needs_review=False,
            printed_credits=(6.0, "hours"),
        ),
        build=_b_aws,
        note="Chromium; dark side band, uppercase letter-spaced labels above values, "
        "values in a three-column row (date / duration / ID)",
    ),
    Case(
        name="h15-clean-redhat-rh124",
        expected=Expected(
            course_name="Red Hat System Administration I (RH124)",
            start_date="2025-09-08",
            end_date="2025-09-12",
            validation_code="RHT-0925-440712",
            learner_name="Ifeoma Adeyemi-Lindqvist",
            issuer=None,
            needs_review=False,
            printed_credits=None,
        ),
        build=_b_redhat,
        note="Chromium; course code kept in the title, dates in a CSS-grid definition list, "
        "product version 9.3 as a number decoy",
    ),
    Case(
        name="h15-clean-cisco-u-cbrops",
        expected=Expected(
            course_name="Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.2",
            start_date=None,
            end_date="2025-10-02",
            validation_code="CU-8H2K-5T9W-QM41",
            learner_name="Benedikt Oyelowo",
            issuer="Cisco U.",
            needs_review=False,
            printed_credits=(30.0, "CE"),
        ),
        build=_b_cisco_u,
        note="Chromium 16:9; title wraps over two lines, values in a right-hand column "
        "under uppercase labels, ISO date, CE credits",
    ),
    Case(
        name="h15-clean-mslearn-path",
        expected=Expected(
            course_name="Configure and manage virtual networks for Azure administrators",
            start_date=None,
            end_date="2025-06-18",
            validation_code="4K2M-9QXT-77LB",
            learner_name="Annika Rautio",
            issuer=None,
            needs_review=False,
            printed_credits=None,
        ),
        build=_b_mslearn,
        note="WeasyPrint; Microsoft Learn learning path, sentence-case title, badge disc with "
        "other words, 'Modules 7 of 7' number decoy",
    ),
    Case(
        name="h15-clean-greek-ml",
        expected=Expected(
            course_name="Εισαγωγή στη Μηχανική Μάθηση",
            start_date="2025-03-03",
            end_date="2025-03-28",
            validation_code="ML25-0612",
            learner_name="Ελένη Μαυρίδου",
            issuer=None,
            needs_review=False,
            printed_credits=(30.0, "hours"),
        ),
        build=_b_greek,
        note="WeasyPrint; Greek, genitive month 'Μαρτίου' in 'από 3 έως 28', issue date "
        "2 Απριλίου 2025 by the signature",
    ),
    Case(
        name="h15-clean-paloalto-edu210",
        expected=Expected(
            course_name="Firewall Essentials: Configuration and Management (EDU-210)",
            start_date="2025-02-10",
            end_date="2025-02-14",
            validation_code="PANW-EDU210-77821",
            learner_name="Kwabena Ostrowski",
            issuer=None,
            needs_review=False,
            printed_credits=(32.0, "CPE"),
        ),
        build=_b_paloalto,
        note="LibreOffice from DOCX; two-column table of fields, partner ID decoy, instructor "
        "with post-nominal below",
    ),
    Case(
        name="h15-clean-docp-month-range",
        expected=Expected(
            course_name="Cloud Computing",
            start_date="2025-01-01",
            end_date="2025-04-30",
            validation_code="DOCP-CC-25A-004417",
            learner_name="Kavya Ramanathan Iyer",
            issuer=None,
            needs_review=False,
            printed_credits=None,
        ),
        build=_b_nptel,
        note="LibreOffice from DOCX; NPTEL-style university MOOC, 'Jan-Apr 2025' month range, "
        "roll number decoy, scores table, academic credits (not CE/CPE) decoy",
    ),
    Case(
        name="h15-clean-cisco-live-amsterdam",
        expected=Expected(
            course_name="Cisco Live Amsterdam 2025",
            start_date="2025-02-09",
            end_date="2025-02-14",
            validation_code="CLEUR25-CE-55019",
            learner_name="Rasmus Thorvaldsen",
            issuer="Cisco Live",
            needs_review=False,
            printed_credits=(16.0, "CE"),
        ),
        build=_b_cisco_live,
        note="cairo; conference attendance with en-dash day range, session list with own "
        "dates and session codes, attendee ID decoy",
    ),
    Case(
        name="h15-clean-isc2-webinar",
        expected=Expected(
            course_name="Zero Trust in Practice: Segmenting Legacy OT Networks",
            start_date=None,
            end_date="2025-04-10",
            validation_code="W250410-ZT-55127",
            learner_name="Farida Lindström",
            issuer=None,
            needs_review=False,
            printed_credits=(1.5, "CPE"),
        ),
        build=_b_isc2,
        note="Ghostscript; webinar title broken over two centred lines, 'Dr.' and CISSP "
        "around the name, member number decoy, fractional CPE",
    ),
    Case(
        name="h15-clean-spanish-linux",
        expected=Expected(
            course_name="Administración de Sistemas Linux",
            start_date="2025-11-03",
            end_date="2025-11-28",
            validation_code="CV-7Q3M-2K8D",
            learner_name="Lucía Fernández Ortega",
            issuer=None,
            needs_review=False,
            printed_credits=(60.0, "hours"),
        ),
        build=_b_spanish,
        note="Ghostscript; Spanish 'del 3 al 28 de noviembre de 2025', script-font name, "
        "issue place/date decoy 1 de diciembre",
    ),
    # ---------------------------------------------------------------- tricky
    Case(
        name="h15-tricky-isaca-browser-print",
        expected=Expected(
            course_name="ISACA Lisbon Chapter Annual Conference 2025",
            start_date="2025-09-23",
            end_date="2025-09-25",
            validation_code="ISACA-LIS-25-0917",
            learner_name="Marguerite Okonkwo-Sá",
            issuer=None,
            needs_review=False,
            printed_credits=(19.0, "CPE"),
        ),
        build=_b_isaca,
        note="Chromium; printed from a browser (timestamp header '10/3/25, 2:41 PM', URL "
        "footer), 'Ms' and CISA, CISM around the name, ISACA member ID decoy, text-shadow",
    ),
    Case(
        name="h15-tricky-portuguese-letter",
        expected=Expected(
            course_name="Fundamentos de Redes de Computadores",
            start_date=None,
            end_date="2025-03-14",
            validation_code="8F2A-11C9-BE04-7D3A",
            learner_name="Rafaela Nogueira Bastos",
            issuer=None,
            needs_review=False,
            printed_credits=(40.0, "hours"),
        ),
        build=_b_portuguese,
        note="Chromium; letter-style Portuguese sentence holding name, completion date "
        "14/03/2025, course and hours; matrícula and CNPJ decoys; issue date 20 de março",
    ),
    Case(
        name="h15-tricky-turkish-grid",
        expected=Expected(
            course_name="Siber Güvenlik Temelleri Eğitimi",
            start_date="2025-02-17",
            end_date="2025-02-19",
            validation_code="TR-SG-2025-00871",
            learner_name="Elif Yıldırım Aksoy",
            issuer=None,
            needs_review=False,
            printed_credits=(18.0, "hours"),
        ),
        build=_b_turkish,
        note="Chromium CSS grid of boxed cells with uppercase labels; Turkish 'Şubat' range "
        "'17-19 Şubat 2025', dotless ı / dotted İ, issue date 24.02.2025, instructor Dr.",
    ),
    Case(
        name="h15-tricky-huawei-transcript",
        expected=Expected(
            course_name="HCIA-Datacom V1.0",
            start_date="2025-01-06",
            end_date="2025-01-17",
            validation_code="HWTL-2025-0117-00462",
            learner_name="Chen Wanting",
            issuer=None,
            needs_review=False,
            printed_credits=(62.0, "hours"),
        ),
        build=_b_huawei,
        note="Chromium two pages: certificate, then a transcript of nine modules with their "
        "own dates, codes and hours; transcript generation timestamp decoy",
    ),
    Case(
        name="h15-tricky-udacity-uppercase",
        expected=Expected(
            course_name="DATA ENGINEERING WITH AWS",
            start_date="2025-03-03",
            end_date="2025-06-27",
            validation_code="XJQ4PLNE",
            learner_name="Hamish Oduya-Brandt",
            issuer=None,
            needs_review=False,
            printed_credits=None,
        ),
        build=_b_udacity,
        note="Chromium; title set in CSS text-transform uppercase with text-shadow, "
        "'NANODEGREE PROGRAM' line under it, 'Enrolled … · Graduated …', code only at the end "
        "of the verification URL under a QR code",
    ),
    Case(
        name="h15-tricky-linux-foundation-issued",
        expected=Expected(
            course_name="Kubernetes Fundamentals (LFS258)",
            start_date=None,
            end_date="2025-04-22",
            validation_code="LF-9R2KX7W1QV",
            learner_name="Siddharth Okafor-Lund",
            issuer=None,
            needs_review=False,
            printed_credits=None,
        ),
        build=_b_linux_foundation,
        note="WeasyPrint; a big 'ISSUE DATE 2025-04-24' in the corner vs the small "
        "'Completed: 2025-04-22'; learner ID decoy beside the certificate ID",
    ),
    Case(
        name="h15-tricky-netacad-no-code",
        expected=Expected(
            course_name="Introduction to Cybersecurity",
            start_date=None,
            end_date="2025-01-03",
            validation_code=None,
            learner_name="Mateusz Grabowski",
            issuer="Cisco Networking Academy",
            needs_review=False,
            printed_credits=(6.0, "hours"),
        ),
        build=_b_netacad,
        note="WeasyPrint; course named inside a sentence with bullet list, no certificate ID "
        "at all (instructor ID is a decoy), value '3 Jan 2025' above its 'Date' label",
    ),
    Case(
        name="h15-tricky-bilingual-fr-en",
        expected=Expected(
            course_name="Kubernetes Security Essentials (KSE-201)",
            start_date=None,
            end_date="2025-06-05",
            validation_code="QC-KSE-25-1187",
            learner_name="Émilie Tremblay-Nakamura",
            issuer=None,
            needs_review=False,
            printed_credits=(7.0, "hours"),
        ),
        build=_b_bilingual,
        note="WeasyPrint; French and English side by side, every value printed twice "
        "('le 5 juin 2025' / 'June 5, 2025'), bilingual label 'N° de certificat / Certificate "
        "No.'",
    ),
    Case(
        name="h15-tricky-cisco-lp-german",
        expected=Expected(
            course_name="Implementing and Operating Cisco Enterprise Network Core Technologies "
            "(ENCOR) v1.3",
            start_date="2025-03-17",
            end_date="2025-03-21",
            validation_code="LP-DE-2025-03817",
            learner_name="Jonas Keßler-Brandt",
            issuer="Cisco Learning Partner",
            needs_review=False,
            printed_credits=(64.0, "CE"),
        ),
        build=_b_cisco_lp_german,
        note="LibreOffice from ODT; German Teilnahmebestätigung, 'Herr' before the name, "
        "'vom … bis …' dotted dates, Auftragsnummer decoy, Unterrichtseinheiten, long title",
    ),
    Case(
        name="h15-tricky-polish-webinar-scan",
        expected=Expected(
            course_name="Bezpieczeństwo sieci Wi-Fi w małej firmie",
            start_date=None,
            end_date="2025-03-12",
            validation_code="WEB/2025/03/0147",
            learner_name="Agnieszka Zawadzka-Pióro",
            issuer=None,
            needs_review=False,
            printed_credits=(1.5, "hours"),
        ),
        build=_b_polish_scan,
        note="LibreOffice ODT rasterised: image-only scan (tilt, grain, JPEG); Polish, "
        "'Pani' before the name, '12 marca 2025 r.', decimal comma '1,5 godz.', slashes in code",
    ),
    Case(
        name="h15-tricky-ukrainian-cover-letter",
        expected=Expected(
            course_name="Адміністрування мереж на базі Linux",
            start_date="2025-03-03",
            end_date="2025-03-14",
            validation_code="UA-NET-25-0457",
            learner_name="Олена Ковальчук",
            issuer=None,
            needs_review=False,
            printed_credits=(36.0, "hours"),
        ),
        build=_b_ukrainian,
        note="LibreOffice from ODT, two pages: a Ukrainian cover letter about a different "
        "upcoming course (own dates, letter number, vocative 'Олено'), then the certificate; "
        "title in «» quotes",
    ),
    Case(
        name="h15-tricky-datacamp-three-lines",
        expected=Expected(
            course_name="Machine Learning Engineer in Python: Model Deployment, Monitoring and "
            "MLOps Foundations",
            start_date=None,
            end_date="2025-07-09",
            validation_code="3c6a9e17b84f02d5c1e8a7f49b2d60c3e15f8a04",
            learner_name="Ilse Marjanović",
            issuer=None,
            needs_review=False,
            printed_credits=(94.0, "hours"),
        ),
        build=_b_datacamp,
        note="cairo; track title wraps over three lines, values above tiny labels "
        "('JUL 09, 2025' / DATE), side list of course names, code only as the URL's last part",
    ),
    Case(
        name="h15-tricky-dutch-expiry-scan",
        expected=Expected(
            course_name="Basiscursus Python voor Data-analyse",
            start_date=None,
            end_date="2025-01-21",
            validation_code="NL-PY-25-3310",
            learner_name="Sanne van der Linden",
            issuer=None,
            needs_review=False,
            printed_credits=(16.0, "hours"),
        ),
        build=_b_dutch_scan,
        note="cairo rasterised: image-only scan; Dutch 'Datum: 21 januari 2025' vs expiry "
        "'Geldig tot: 21 januari 2028', studiebelasting in 'uur', tussenvoegsel name",
    ),
    Case(
        name="h15-tricky-juniper-values-above",
        expected=Expected(
            course_name="Introduction to the Junos Operating System (IJOS)",
            start_date=None,
            end_date="2025-05-07",
            validation_code="JNPR-OL-00582913",
            learner_name="Lorenzo Achterberg",
            issuer=None,
            needs_review=False,
            printed_credits=None,
        ),
        build=_b_juniper,
        note="Ghostscript; name, date, certificate ID and student account printed above "
        "rules with their labels underneath; student account number decoy",
    ),
    # ---------------------------------------------------------------- unclear
    Case(
        name="h15-unclear-fortinet-smudged-scan",
        expected=Expected(
            course_name="FortiGate 7.4 Administrator",
            start_date=None,
            end_date="2025-06-30",
            validation_code="FTNT-74A-6620193",
            learner_name="Yusuf Demirel-Hagen",
            issuer=None,
            needs_review=True,
            printed_credits=None,
        ),
        build=_b_fortinet_scan,
        note="Chromium page rasterised to a colour scan; a smear covers the end of the "
        "validation number, and the QR caption gives no code to cross-check",
    ),
    Case(
        name="h15-unclear-italian-conflicting-end",
        expected=Expected(
            course_name="Sicurezza delle applicazioni web",
            start_date="2025-10-07",
            end_date="2025-10-09",
            validation_code="ATT-2025-10-0098",
            learner_name="Giulia Bernardini",
            issuer=None,
            needs_review=True,
            printed_credits=(24.0, "hours"),
        ),
        build=_b_italian_conflict,
        note="WeasyPrint; sentence says 'dal 7 al 9 ottobre 2025' but the table says Data "
        "fine 10/10/2025: two conflicting end dates (expected follows the sentence)",
    ),
    Case(
        name="h15-unclear-ambiguous-webinar-date",
        expected=Expected(
            course_name="Data Lineage for Regulated Industries",
            start_date=None,
            end_date="2025-03-04",
            validation_code="GDGF-W-7730",
            learner_name="Noor Haddad-Willems",
            issuer=None,
            needs_review=True,
            printed_credits=(1.0, "CPE"),
        ),
        build=_b_ambiguous_date,
        note="LibreOffice from DOCX; only date is '03/04/2025' from a worldwide online forum "
        "with no country, language or weekday hint (expected uses the month-first reading)",
    ),
    Case(
        name="h15-unclear-gcsb-code-mismatch",
        expected=Expected(
            course_name="Build a Secure Google Cloud Network",
            start_date=None,
            end_date="2025-02-03",
            validation_code="a7Qm2ZkP4x",
            learner_name="Tavita Fonoti",
            issuer=None,
            needs_review=True,
            printed_credits=None,
        ),
        build=_b_gcsb_mismatch,
        note="cairo; labelled credential ID 'a7Qm2ZkP4x' but the verify URL under the QR ends "
        "'a7Qm2ZPk4x' (two characters swapped): conflicting codes",
    ),
    Case(
        name="h15-unclear-bsi-title-conflict",
        expected=Expected(
            course_name="BSI 512: Advanced Incident Response and Threat Hunting",
            start_date="2025-08-04",
            end_date="2025-08-09",
            validation_code="BSI-512-2508-0437",
            learner_name="Callum Abernethy-Quispe",
            issuer=None,
            needs_review=True,
            printed_credits=(36.0, "CPE"),
        ),
        build=_b_sans_conflict,
        note="cairo; SANS-like institute, headline course 'BSI 512: …' but the sentence says "
        "'has completed BSI 508: … and Digital Forensics' (template reuse), exam attempt "
        "decoy, 'August 4 - 9, 2025'",
    ),
    Case(
        name="h15-unclear-edx-cutoff-scan",
        expected=Expected(
            course_name="DSP101x: Introduction to Data Structures in Python",
            start_date=None,
            end_date="2025-05-30",
            validation_code="3e9b1c7a42f84d6e8a0b",
            learner_name="Jae-won Halvorsen",
            issuer=None,
            needs_review=True,
            printed_credits=None,
        ),
        build=_b_edx_cutoff,
        note="Ghostscript page rasterised; the scan misses the sheet's right edge so the "
        "certificate ID (3e9b1c7a42f84d6e8a0b5c2d1f7e9a64) and its URL are cut off; expected "
        "holds the visible part only",
    ),
]
