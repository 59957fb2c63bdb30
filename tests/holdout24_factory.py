"""Blind held-out set 24: 24 invented training-completion certificates with their known printed
values, printed by producers the extractor was not tuned on.

Emphasis: wording and structure variety. Passive sentences where the course comes before the
learner ("The course X was successfully completed by Y on ..."), certificates where the
learner's name follows the course, bilingual certificates (English/French side by side as in
Canada, German/English, Spanish/English; the same values printed once or twice), multi-day
instructor-led classes at Cisco Learning Partners with compact class dates ("10-14 Mar 2025",
"2025-05-19 -> 2025-05-23", "Mon 7 Apr - Fri 11 Apr 2025"), a two-column grid of key/value
pairs, codes printed only inside a verification URL, CPE webinar certificates with the duration
in minutes, a decorative large initial and monograms, a landscape certificate with a wide
letter-spaced title, Portuguese (Brazil) and Italian certificates, and four scans.

Producers: 4 headless Chromium, 4 WeasyPrint, 4 LibreOffice Writer (2 flat ODF, 2 Word),
4 cairo, 4 Ghostscript (hand-written PostScript), 4 scans (tilted, 200-300 dpi, JPEG noise) of
pages printed by Chromium, WeasyPrint, LibreOffice and Ghostscript.

Languages: English, French (Canada, beside English), German (alone and beside English),
Spanish (beside English), Portuguese (Brazil), Italian.

Unclear on purpose (needs_review=True), the decidable values still given:
- h24-lo-unclear-slash-date: the only date is "04/05/2025", no locale cue tells day from month;
  end_date None.
- h24-cairo-unclear-two-numbers: the header and the footer print two different
  "Certificate No." values; validation_code None.
- h24-gs-unclear-blank-name: the name line was never filled in; learner_name None.

Conventions of the Expected values: dates YYYY-MM-DD; one course date gives start_date None and
end_date that date; a range gives both; months only give the first day of the first month and
the last day of the last month; issue, letter, print and validity dates are never course dates.
learner_name as printed (ALL CAPS kept) without titles (Dr., Mr., Ms., Mme, Frau, Herr, Eng.,
Ing.) or post-nominal credentials. course_name as printed (a course code on the same title line
is part of it). validation_code is the certificate's own number or verification code (taken out
of a verification URL when only the URL carries it); student, order, enrolment, participant,
attendee, customer, class, instructor, sponsor and badge numbers are not. issuer is one of
certfactory.ISSUERS or None. printed_credits only when the certificate prints a number of CE,
CPE, CEU or hours.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import producers as p
import scans

from certfactory import Case, Expected

A4_L = (841.89, 595.28)
A4_P = (595.28, 841.89)
LETTER_L = (792.0, 612.0)
LETTER_P = (612.0, 792.0)

SCAN_PREFIX = "h24-scan:"


def _scanned(render: Callable[[Path], Path], name: str, **kw: object) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        return scans.scan_rendered(render, name, folder, prefix=SCAN_PREFIX, **kw)

    return build


# --------------------------------------------------------------------------------------------
# Chromium
# --------------------------------------------------------------------------------------------


def _chr_passive_clp(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1b2733 }
    .page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 16mm 22mm;
            border: 9px double #0b5d8c; position: relative }
    .top { display: flex; justify-content: space-between; font-family: 'DejaVu Sans';
           font-size: 10.5pt; color: #0b5d8c }
    h1 { text-align: center; font-size: 30pt; margin: 12mm 0 4mm; letter-spacing: 2px }
    .lead { text-align: center; font-size: 13pt; margin: 2mm 0 }
    .course { text-align: center; font-size: 21pt; font-weight: bold; margin: 3mm 0 }
    .name { text-align: center; font-size: 26pt; font-style: italic; margin: 3mm 0 }
    table { margin: 8mm auto 0; font-family: 'DejaVu Sans'; font-size: 10pt;
            border-collapse: collapse }
    td { padding: 2px 12px } td.k { color: #5a6b7b }
    .sig { position: absolute; bottom: 16mm; left: 26mm; font-family: 'DejaVu Sans';
           font-size: 9pt }
    .seal { position: absolute; bottom: 14mm; right: 26mm }
    """
    body = f"""<div class="page">
    <div class="top"><span>KESTREL BAY NETWORKS ACADEMY</span>
    <span>Cisco Learning Partner</span></div>
    <h1>CERTIFICATE OF COMPLETION</h1>
    <p class="lead">The course</p>
    <p class="course">Implementing and Administering Cisco Solutions (CCNA) v2.1</p>
    <p class="lead">was successfully completed by</p>
    <p class="name">Tomasz Wrzelak</p>
    <p class="lead">in an instructor-led class held 10&#8211;14 Mar 2025 in Gda&#324;sk
    (5 days, 30 CE credits).</p>
    <table>
    <tr><td class="k">Certificate No.</td><td>KBN-CCNA-25-03117</td>
        <td class="k">Class ID</td><td>CL-88213</td></tr>
    <tr><td class="k">Instructor</td><td>Marit Solberg (Instructor ID 40-1173)</td>
        <td class="k">Issued</td><td>17 Mar 2025</td></tr>
    </table>
    <div class="sig">{p._signature_svg("h24-1")}<br>Training Director</div>
    <div class="seal">{p._seal_svg(96, "#0b5d8c")}</div>
    </div>"""
    return p._chromium(p._html(css, body), folder / "kestrel_ccna.pdf", "297mm", "210mm")


def _chr_bilingual_enfr(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222 }
    .page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.6in 0.7in;
            background: #fbfaf6; border-top: 14px solid #b3202a }
    .org { text-align: center; font-size: 12pt; color: #b3202a; font-weight: bold }
    .cols { display: flex; gap: 0.5in; margin-top: 0.35in }
    .col { flex: 1; text-align: center; border-top: 1px solid #ccc; padding-top: 10px }
    .col h2 { font-family: 'DejaVu Serif'; font-size: 20pt; margin: 6px 0 14px }
    .name { font-size: 17pt; font-weight: bold; margin: 8px 0 }
    .course { font-size: 14pt; font-style: italic; margin: 8px 0 }
    .foot { margin-top: 0.5in; text-align: center; font-size: 10pt; color: #444 }
    """
    body = f"""<div class="page">
    <div class="org">Maplecrest Institute of Technology &middot;
    Institut technologique Maplecrest</div>
    <div class="cols">
    <div class="col" lang="en"><h2>Certificate of Completion</h2>
      <p>This certifies that</p><p class="name">Jean-S&eacute;bastien Th&eacute;riault</p>
      <p>has completed the course</p><p class="course">Kubernetes Operations Essentials</p>
      <p>on April 22, 2025</p><p>Duration: 14 hours</p></div>
    <div class="col" lang="fr"><h2>Attestation de r&eacute;ussite</h2>
      <p>Nous certifions que</p><p class="name">Jean-S&eacute;bastien Th&eacute;riault</p>
      <p>a compl&eacute;t&eacute; le cours</p>
      <p class="course">Kubernetes Operations Essentials</p>
      <p>le 22 avril 2025</p><p>Dur&eacute;e&nbsp;: 14 heures</p></div>
    </div>
    <div class="foot">Certificate No. / N<sup>o</sup> de certificat&nbsp;: MCI-K8S-22047
    &nbsp;&nbsp;|&nbsp;&nbsp; Ottawa (Ontario)<br><br>{p._signature_svg("h24-2")}<br>
    Registrar / Registraire</div>
    </div>"""
    return p._chromium(
        p._html(css, body, lang="en"), folder / "maplecrest_k8s.pdf", "11in", "8.5in"
    )


def _chr_verify_url(folder: Path) -> Path:
    css = """
    @page { size: 210mm 297mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #14213d }
    .page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 22mm 20mm }
    .brand { font-size: 13pt; font-weight: bold; letter-spacing: 1px; color: #fca311 }
    .kicker { margin-top: 30mm; font-size: 11pt; text-transform: uppercase; color: #666 }
    .course { font-size: 26pt; font-weight: bold; margin: 4mm 0 10mm; line-height: 1.15 }
    .awarded { font-size: 12pt; color: #555 }
    .name { font-size: 24pt; margin: 2mm 0 10mm }
    .meta { font-size: 11pt; line-height: 1.7 }
    .verify { position: absolute; bottom: 22mm; left: 20mm; right: 20mm; font-size: 9.5pt;
              display: flex; align-items: center; gap: 8mm; border-top: 1px solid #ddd;
              padding-top: 6mm }
    """
    body = f"""<div class="page">
    <div class="brand">LUMENFIELD DIGITAL SCHOOL</div>
    <div class="kicker">Certificate of completion</div>
    <div class="course">Applied Threat Hunting with Zeek</div>
    <div class="awarded">Certificate awarded to</div>
    <div class="name">Nadia Okonkwo-Reyes</div>
    <div class="meta">Completed 9 September 2025<br>Student ID 2291774<br>
    Order #LF-558120</div>
    <div class="verify">{p._qr_svg("h24-3", "70px")}<div>Verify this certificate at<br>
    <b>https://verify.lumenfield.example/c/ZK4P-7RWM</b></div></div>
    </div>"""
    return p._chromium(p._html(css, body), folder / "lumenfield.pdf", "210mm", "297mm")


def _chr_landscape_spaced(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1e1e1e }
    .page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 18mm 24mm;
            background: linear-gradient(90deg, #0f3d3e 0 14mm, #ffffff 14mm) }
    .t1 { text-align: center; font-size: 34pt; letter-spacing: 0.55em; font-weight: 300;
          margin-top: 8mm }
    .t2 { text-align: center; font-size: 12pt; letter-spacing: 0.6em; color: #0f3d3e }
    .row { text-align: center; margin-top: 12mm; font-size: 12pt; color: #555 }
    .prog { text-align: center; font-size: 20pt; font-weight: bold; margin: 2mm 0 }
    .name { text-align: center; font-size: 28pt; margin: 2mm 0 }
    .small { text-align: center; font-size: 10pt; color: #444; margin-top: 10mm }
    """
    body = """<div class="page">
    <div class="t1">CERTIFICATE</div><div class="t2">OF ACHIEVEMENT</div>
    <div class="row">Program</div>
    <div class="prog">Multi-Cloud Networking Practitioner</div>
    <div class="row">awarded to</div>
    <div class="name">LENA MARQUARDT</div>
    <div class="row">Program period: March &ndash; May 2025</div>
    <div class="small">Aldervane Cloud Guild &middot; Issued 6 June 2025 &middot;
    Valid until June 2028 &middot; Certificate ID AVG-MCNP-0093</div>
    </div>"""
    return p._chromium(p._html(css, body), folder / "aldervane.pdf", "297mm", "210mm")


# --------------------------------------------------------------------------------------------
# WeasyPrint
# --------------------------------------------------------------------------------------------


def _wp_cpe_webinar(folder: Path) -> Path:
    css = """
    @page { size: letter landscape; margin: 0.55in }
    body { font-family: 'DejaVu Serif', serif; color: #2b2b2b }
    .frame { border: 3px solid #6d4c41; padding: 0.35in 0.5in; height: 6.5in;
             box-sizing: border-box }
    .org { font-family: 'DejaVu Sans'; font-size: 11pt; color: #6d4c41; text-align: center }
    h1 { text-align: center; font-size: 26pt; margin: 10px 0 16px }
    .c { text-align: center; margin: 4px 0 }
    .name { font-size: 21pt; font-weight: bold }
    .course { font-size: 16pt; font-style: italic }
    table { margin: 18px auto 0; font-family: 'DejaVu Sans'; font-size: 10pt }
    td { padding: 2px 14px }
    """
    body = f"""<div class="frame">
    <div class="org">TIDEWATER GOVERNANCE FORUM</div>
    <h1>Certificate of CPE Attendance</h1>
    <p class="c name">Priyanka Venkataraman, CISA, CRISC</p>
    <p class="c">attended the live webinar</p>
    <p class="c course">Auditing AI Model Risk: A Practical Playbook</p>
    <table>
      <tr><td>Date: 18 June 2025</td><td>Duration: 100 minutes</td></tr>
      <tr><td>CPE credits earned: 2.0</td><td>Field of study: Auditing</td></tr>
      <tr><td>Delivery method: Group Internet Based</td><td>Attendee ID: 77-10432</td></tr>
      <tr><td>Certificate number: TGF-W0618-4471</td><td>Issued: 20 June 2025</td></tr>
    </table>
    <p class="c" style="margin-top:18px">{p._signature_svg("h24-5")}<br>
    <span style="font-size:9pt">CPE Program Coordinator</span></p>
    </div>"""
    return p._weasy(p._html(css, body), folder / "tidewater_cpe.pdf")


def _wp_grid(folder: Path) -> Path:
    css = """
    @page { size: A4; margin: 18mm }
    body { font-family: 'DejaVu Sans', sans-serif; color: #1a1a1a; font-size: 10.5pt }
    .head { display: flex; justify-content: space-between; align-items: center;
            border-bottom: 2px solid #049fd9; padding-bottom: 6mm }
    .head b { font-size: 15pt }
    h1 { font-size: 22pt; margin: 14mm 0 8mm; font-weight: normal }
    table { width: 100%; border-collapse: collapse }
    td { border: 1px solid #c9d3dc; padding: 7px 9px; vertical-align: top; width: 25% }
    td.k { background: #eef5fa; color: #3b4b5b; font-size: 9pt }
    td.nw { white-space: nowrap }
    .foot { margin-top: 16mm; font-size: 9pt; color: #555 }
    """
    body = f"""<div class="head"><div><b>Orbisnet Training GmbH</b><br>
    Cisco Learning Partner</div>{p._qr_svg("h24-6", "64px")}</div>
    <h1>Course Completion Certificate</h1>
    <table>
    <tr><td class="k">Participant</td><td>Dr. Helena Markovic-Strand</td>
        <td class="k">Certificate ID</td><td class="nw">OT-SCOR-250519-12</td></tr>
    <tr><td class="k">Course</td>
        <td colspan="3">SCOR 350-701: Implementing and Operating Cisco Security Core
        Technologies</td></tr>
    <tr><td class="k">Class dates</td><td>2025-05-19 &rarr; 2025-05-23</td>
        <td class="k">Location</td><td>Vienna / Virtual</td></tr>
    <tr><td class="k">Student No.</td><td>S-4471902</td>
        <td class="k">Instructor</td><td>Paulo Ventresca (CCSI #32871)</td></tr>
    <tr><td class="k">Format</td><td>5-day instructor-led</td>
        <td class="k">CE credits</td><td>64</td></tr>
    <tr><td class="k">Date of issue</td><td>2025-05-26</td>
        <td class="k">Result</td><td>Completed</td></tr>
    </table>
    <div class="foot">{p._signature_svg("h24-6b", 170, 48)}<br>Head of Training Operations
    </div>"""
    return p._weasy(p._html(css, body), folder / "orbisnet_scor.pdf")


def _wp_ptbr(folder: Path) -> Path:
    css = """
    @page { size: A4 landscape; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1f2d1f }
    .page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 22mm 30mm;
            border-left: 22mm solid #2e7d32 }
    h1 { font-size: 40pt; letter-spacing: 4px; margin: 0 0 4mm; color: #2e7d32 }
    .org { font-family: 'DejaVu Sans'; font-size: 11pt; color: #555; margin-bottom: 12mm }
    .txt { font-size: 14.5pt; line-height: 1.6; text-align: justify }
    .loc { margin-top: 10mm; font-size: 12pt }
    .code { margin-top: 12mm; font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #333 }
    """
    body = f"""<div class="page">
    <h1>CERTIFICADO</h1>
    <div class="org">Instituto Serra Azul de Tecnologia</div>
    <p class="txt">Certificamos que <b>RAFAELA GONÇALVES TAVARES</b>, matrícula 20250113,
    concluiu o curso <b>Segurança em Redes Corporativas</b>, realizado de 3 a 7 de
    fevereiro de 2025, com carga horária de 40 horas.</p>
    <p class="loc">São Paulo, 10 de fevereiro de 2025.</p>
    <p>{p._signature_svg("h24-7")}<br><span style="font-size:10pt">Coordenação
    Pedagógica</span></p>
    <div class="code">Código de validação: ISA-7F3K-92QA &middot; Valide em
    validar.serraazul.example</div>
    </div>"""
    return p._weasy(p._html(css, body, lang="pt-BR"), folder / "certificado_serra_azul.pdf")


def _wp_monogram(folder: Path) -> Path:
    css = """
    @page { size: letter; margin: 0.8in }
    body { font-family: 'DejaVu Serif', serif; color: #2a2320 }
    .mono { width: 1.3in; height: 1.3in; border-radius: 50%; border: 3px solid #8c6d1f;
            margin: 0 auto; text-align: center; line-height: 1.3in; font-size: 40pt;
            color: #8c6d1f; font-style: italic }
    .org { text-align: center; font-size: 11pt; letter-spacing: 2px; margin: 10px 0 40px }
    .body { font-size: 15pt; line-height: 1.7 }
    .body::first-letter { float: left; font-size: 64pt; line-height: 0.8; padding: 6px 8px 0 0;
                          color: #8c6d1f }
    .meta { margin-top: 40px; font-family: 'DejaVu Sans'; font-size: 10pt }
    """
    body = f"""<div class="mono">HW</div>
    <div class="org">HOLLOWELL WORKS ACADEMY</div>
    <p class="body">This certificate recognises that <b>Aurelio Banda-Mwale</b> completed
    the course <b>Site Reliability Engineering Fundamentals</b> on 30 July 2025, having met
    every assessment requirement of the programme.</p>
    <div class="meta">Credential HWA-SRE-3107-0215<br><br>{p._signature_svg("h24-8")}<br>
    Dean of Studies</div>"""
    return p._weasy(p._html(css, body), folder / "hollowell_sre.pdf")


# --------------------------------------------------------------------------------------------
# LibreOffice Writer
# --------------------------------------------------------------------------------------------


def _lo_de_en(folder: Path) -> Path:
    d = p._Odt(29.7, 21.0, margin_cm=1.6, border="2pt solid #7a1f1f")
    d.p("Lindqvist & Brandt Akademie", size=12, bold=True, color="#7a1f1f", before=0.3)
    d.p(
        "TEILNAHMEBESCHEINIGUNG / CERTIFICATE OF ATTENDANCE",
        size=22,
        font="DejaVu Serif",
        before=0.7,
        after=0.5,
    )
    d.p("Hiermit wird bestätigt, dass / This is to confirm that", size=12)
    d.p("Frau Dr. Annegret Vollmer-Sieg", size=20, bold=True, font="DejaVu Serif", before=0.2)
    d.p("am Seminar / attended the seminar", size=12, before=0.2)
    d.p("Zero Trust Architecture Deep Dive", size=17, italic=True, before=0.2, after=0.3)
    d.p(
        "vom 17. bis 19. Juni 2025 teilgenommen hat / from 17 to 19 June 2025.",
        size=12,
        after=0.5,
    )
    d.table(
        [
            ["Umfang / Scope", "24 Stunden / 24 hours"],
            ["Bescheinigungs-Nr. / Certificate No.", "LBA-2025-06-1193"],
            ["Teilnehmer-Nr. / Participant No.", "50817"],
            ["Ort, Datum / Place, date", "München, 20.06.2025"],
        ],
        [8.0, 8.0],
        size=10.5,
    )
    d.p("Seminarleitung / Seminar lead: Konstantin Aberle", size=10, before=0.8)
    return p._soffice("lba_teilnahme.fodt", d.render(), folder)


def _lo_it(folder: Path) -> Path:
    d = p._Docx(11.69, 8.27, margin_in=0.9)
    d.p("CENTRO DIDATTICO TIRRENO", size=13, bold=True, color="#1c4e80", spacing=2)
    d.p("Attestato di partecipazione", size=28, font="DejaVu Serif", before=18, after=14)
    d.p("Si attesta che il corso", size=13)
    d.p("Gestione avanzata delle reti SD-WAN", size=20, bold=True, before=4, after=4)
    d.p("è stato frequentato con profitto da", size=13)
    d.p("Giulio Ferrandina", size=22, italic=True, font="DejaVu Serif", before=4, after=6)
    d.p(
        "nei giorni 7, 8 e 9 ottobre 2025 (durata complessiva 21 ore), matricola 88-3014.",
        size=12,
        after=14,
    )
    d.p("Attestato n. CDT/2025/0412", size=11, align="left")
    d.p("Milano, 15 ottobre 2025", size=11, align="left")
    d.p("Il Direttore dei corsi — Ernesta Pagliarulo", size=11, align="right", before=10)
    return p._soffice("attestato_tirreno.docx", d.render(), folder)


def _lo_es_en(folder: Path) -> Path:
    d = p._Docx(8.5, 11.0, margin_in=1.0)
    d.p("ACADEMIA QUETZAL RED", size=14, bold=True, color="#0f6e5c", spacing=1.5)
    d.p(
        "CONSTANCIA DE FINALIZACIÓN / CERTIFICATE OF COMPLETION",
        size=17,
        bold=True,
        before=24,
        after=18,
    )
    d.table(
        [
            ["Otorgado a / Awarded to", "Ing. Mariana Echeverría Lozano"],
            ["Curso / Course", "Python para Automatización de Redes"],
            [
                "Fecha de finalización / Completion date",
                "5 de septiembre de 2025 / September 5, 2025",
            ],
            ["Duración / Duration", "32 horas / 32 hours"],
            ["Nº de matrícula / Enrollment No.", "MAT-2025-10488"],
            ["Folio del certificado / Certificate No.", "AQR-CF-55810"],
            ["Emitido / Issued", "Monterrey, 12/09/2025"],
        ],
        [2.6, 3.9],
        size=10.5,
    )
    d.p("Dirección Académica / Academic Office", size=10, before=40)
    return p._soffice("constancia_quetzal.docx", d.render(), folder)


def _lo_unclear_slash_date(folder: Path) -> Path:
    d = p._Odt(21.0, 29.7, margin_cm=2.2, background="#f7f9fc")
    d.p("Brightwater Online Academy", size=13, bold=True, color="#24527a", before=1.0)
    d.p("Certificate of Completion", size=26, font="DejaVu Serif", before=2.0, after=1.0)
    d.p("presented to", size=12, italic=True)
    d.p("Sunniva Aasheim-Koroma", size=22, bold=True, before=0.3, after=0.6)
    d.p("for completing", size=12, italic=True)
    d.p("Introduction to Network Programmability", size=16, before=0.3, after=1.2)
    d.table(
        [["Date of completion", "04/05/2025"], ["Certificate code", "BWA-1184-2207"]],
        [6.0, 6.0],
        size=11,
    )
    d.p("Brightwater Online Academy — learning without borders", size=9, before=3.0)
    return p._soffice("brightwater.fodt", d.render(), folder)


# --------------------------------------------------------------------------------------------
# cairo
# --------------------------------------------------------------------------------------------


def _cairo_clp_weekdays(folder: Path) -> Path:
    w, h = A4_L
    c = p._Cairo(folder / "ridgeline_encor.pdf", w, h)
    c.rect(0, 0, w, h, fill="#f4f6f8")
    c.rect(0, 0, w, 78, fill="#0d274d")
    c.text(40, 47, "RIDGELINE LEARNING SERVICES", size=18, bold=True, color="#ffffff")
    c.text(w - 40, 47, "Cisco Learning Partner", size=12, align="right", color="#9fd3ff")
    c.text(
        w / 2,
        150,
        "Certificate of Course Completion",
        size=30,
        family="DejaVu Serif",
        align="center",
        color="#0d274d",
    )
    c.text(w / 2, 210, "Eng. Hamid Rostampour", size=26, bold=True, align="center")
    c.text(
        w / 2,
        245,
        "has attended the instructor-led training",
        size=13,
        align="center",
        color="#444444",
    )
    c.text(
        w / 2,
        285,
        "Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
        size=16.5,
        bold=True,
        align="center",
        color="#0d274d",
    )
    c.text(w / 2, 322, "Mon 7 Apr – Fri 11 Apr 2025 · Virtual classroom", size=13, align="center")
    c.text(
        w / 2,
        352,
        "Cisco Continuing Education: 64 CE credits",
        size=11,
        align="center",
        color="#444444",
    )
    c.line(70, 470, 290, 470, color="#0d274d")
    c.signature(80, 420, 200, 50, "h24-13")
    c.text(70, 488, "Instructor: Bruno Castellvi · Instructor ID 11290", size=9.5)
    c.text(w - 70, 470, "Certificate Number RLS-ENCOR-0407-19", size=11, align="right")
    c.text(w - 70, 488, "Issued 14 Apr 2025", size=9.5, align="right")
    c.qr(w - 150, 360, 80, "h24-13")
    return c.finish()


def _cairo_initial(folder: Path) -> Path:
    w, h = LETTER_L
    c = p._Cairo(folder / "northgate_airflow.pdf", w, h)
    c.rect(22, 22, w - 44, h - 44, stroke="#3d2b56", lw=2.5)
    c.rect(30, 30, w - 60, h - 60, stroke="#b39ddb", lw=0.8)
    c.circle(w / 2, 92, 36, stroke="#3d2b56", lw=2)
    c.text(
        w / 2,
        104,
        "NA",
        size=30,
        family="DejaVu Serif",
        italic=True,
        align="center",
        color="#3d2b56",
    )
    c.text(
        w / 2,
        150,
        "NORTHGATE ACADEMY OF APPLIED COMPUTING",
        size=11,
        align="center",
        spacing=1.5,
        color="#3d2b56",
    )
    # the decorative large initial is drawn on its own, the rest of the word beside it
    c.text(218, 250, "C", size=92, family="DejaVu Serif", color="#7e57c2")
    c.text(290, 238, "ertificate of Excellence", size=34, family="DejaVu Serif", color="#3d2b56")
    c.text(w / 2, 305, "awarded to", size=13, italic=True, align="center", color="#555555")
    c.text(
        w / 2, 345, "Marguerite Delacroix-Imbert", size=28, family="DejaVu Serif", align="center"
    )
    c.text(w / 2, 385, "for completing", size=13, italic=True, align="center", color="#555555")
    c.text(w / 2, 420, "Data Pipelines with Apache Airflow", size=20, bold=True, align="center")
    c.text(w / 2, 455, "Completed on November 3, 2025", size=12, align="center")
    c.signature(90, 480, 190, 48, "h24-14")
    c.line(80, 530, 290, 530, color="#3d2b56")
    c.text(80, 546, "Academic Director", size=9.5)
    c.text(w - 80, 530, "Credential No. NAAC-DPA-11-0358", size=10, align="right")
    c.text(w - 80, 546, "Issued November 4, 2025", size=9.5, align="right")
    return c.finish()


def _cairo_unclear_two_numbers(folder: Path) -> Path:
    w, h = A4_P
    c = p._Cairo(folder / "coastline_survey.pdf", w, h)
    c.rect(0, 0, w, 12, fill="#00838f")
    c.text(50, 70, "Coastline Wireless School", size=16, bold=True, color="#00838f")
    c.text(w - 50, 70, "Certificate No. 2025-CL-00417", size=10, align="right")
    c.text(w / 2, 210, "CERTIFICATE", size=34, family="DejaVu Serif", align="center", spacing=6)
    c.text(w / 2, 280, "Ishaan Malhotra", size=24, bold=True, align="center")
    c.text(w / 2, 315, "successfully completed the hands-on course", size=12, align="center")
    c.text(
        w / 2, 350, "Wireless LAN Site Survey Techniques", size=18, align="center", color="#00838f"
    )
    c.text(w / 2, 385, "held 2025-08-11 to 2025-08-13 in Porto", size=12, align="center")
    c.signature(w / 2 - 100, 520, 200, 50, "h24-15")
    c.line(w / 2 - 110, 575, w / 2 + 110, 575)
    c.text(w / 2, 592, "Lead Instructor", size=9.5, align="center")
    c.line(50, 770, w - 50, 770, color="#00838f", lw=0.5)
    c.wrap(
        50,
        790,
        "This certificate No. 2025-CL-00471 is issued by Coastline Wireless School and "
        "remains the property of the school.",
        w - 100,
        8.5,
        11,
        color="#666666",
    )
    return c.finish()


def _cairo_ine(folder: Path) -> Path:
    w, h = 960.0, 600.0
    c = p._Cairo(folder / "ine_bgp.pdf", w, h)
    c.rect(0, 0, w, h, fill="#101820")
    c.rect(40, 40, w - 80, h - 80, fill="#ffffff")
    c.text(80, 110, "INE", size=36, bold=True, color="#e4572e")
    c.text(80, 140, "Certificate of Completion", size=14, color="#555555")
    c.text(80, 230, "Advanced BGP Troubleshooting", size=32, bold=True, color="#101820")
    c.text(80, 275, "completed by", size=14, color="#777777")
    c.text(80, 320, "Oluwaseun Adebayo-Clarke", size=28, color="#101820")
    c.text(80, 390, "Completion date: 2025-10-02", size=13)
    c.text(80, 412, "Learning hours: 9.5", size=13)
    c.text(80, 500, "Certificate ID INE-CRT-8QF2LM7X", size=11, color="#333333")
    c.text(80, 518, "Badge ID B-22031", size=9, color="#888888")
    c.qr(w - 180, 420, 100, "h24-16")
    c.circle(w - 150, 170, 60, stroke="#e4572e", lw=4)
    return c.finish()


# --------------------------------------------------------------------------------------------
# Ghostscript
# --------------------------------------------------------------------------------------------


def _gs_passive_letter(folder: Path) -> Path:
    w, h = A4_P
    d = p._PS(w, h)
    d.rect(0, 0, w, 8, fill="#37474f")
    d.text(60, 80, "Vantrel Security Training B.V.", font="sans-b", size=15, color="#37474f")
    d.text(60, 96, "Havenstraat 118 · 3011 Rotterdam", font="sans", size=9, color="#555555")
    d.text(w - 60, 150, "Rotterdam, 9 December 2025", font="serif", size=11, align="right")
    d.text(60, 210, "Subject: Confirmation of course completion", font="serif-b", size=12)
    lines = [
        "To whom it may concern,",
        "",
        "This is to confirm that the course “Secure Email Gateway Administration”",
        "was completed by Mr. Desmond Achterberg on 2 December 2025. The course",
        "comprised lectures, guided labs and a final practical assessment, which",
        "was passed.",
    ]
    for i, s in enumerate(lines):
        d.text(60, 250 + 18 * i, s, font="serif", size=12)
    d.text(60, 390, "Certificate reference: SEG-25-1202-08", font="serif", size=11)
    d.text(60, 408, "Customer account: 40-77812", font="serif", size=11)
    d.text(60, 460, "Kind regards,", font="serif", size=12)
    d.signature(60, 470, 180, 48, "h24-17")
    d.text(60, 540, "Femke van der Stoel, Training Manager", font="serif", size=11)
    return p._ghostscript(d, folder / "vantrel_confirmation.pdf")


def _gs_unclear_blank_name(folder: Path) -> Path:
    w, h = LETTER_L
    d = p._PS(w, h)
    d.rect(24, 24, w - 48, h - 48, stroke="#2f5d50", lw=3)
    d.text(
        w / 2,
        110,
        "OPENFIELD NETWORKING CIRCLE",
        font="gothic-d",
        size=14,
        align="center",
        color="#2f5d50",
    )
    d.text(w / 2, 180, "Certificate of Completion", font="palatino-b", size=34, align="center")
    d.text(w / 2, 240, "This certificate is presented to", font="palatino", size=14, align="center")
    d.line(w / 2 - 180, 290, w / 2 + 180, 290, color="#444444")
    d.text(w / 2, 330, "for successfully completing", font="palatino", size=14, align="center")
    d.text(w / 2, 370, "Foundations of IPv6 Addressing", font="palatino-b", size=22, align="center")
    d.text(w / 2, 405, "on 14 August 2025", font="palatino", size=14, align="center")
    d.signature(110, 470, 180, 50, "h24-18")
    d.line(100, 525, 300, 525)
    d.text(200, 542, "Program Chair", font="sans", size=10, align="center")
    d.text(w - 100, 525, "Certificate ID: OPN-6-140825-31", font="sans", size=10, align="right")
    return p._ghostscript(d, folder / "openfield_ipv6.pdf")


def _gs_bilingual_enfr(folder: Path) -> Path:
    w, h = LETTER_L
    d = p._PS(w, h)
    d.rect(0, 0, w, 70, fill="#8e1b1b")
    d.text(
        w / 2,
        32,
        "Northern Lights Training Inc. / Formation Aurores boréales inc.",
        font="sans-b",
        size=14,
        align="center",
        color="#ffffff",
    )
    d.text(
        w / 2,
        54,
        "Cisco Learning Partner / Partenaire de formation Cisco",
        font="sans",
        size=10,
        align="center",
        color="#ffffff",
    )
    d.line(w / 2, 100, w / 2, 470, color="#999999", lw=0.6)
    colx = (w / 4, 3 * w / 4)
    en = [
        ("Certificate of Attendance", "serif-b", 22),
        ("This certifies that", "serif-i", 12),
        ("Ms. Geneviève Laplante-Ouellet", "serif-b", 16),
        ("attended the instructor-led course", "serif-i", 12),
        ("ENWLSI: Implementing Cisco", "serif-b", 14),
        ("Enterprise Wireless Networks", "serif-b", 14),
        ("May 12–16, 2025", "serif", 13),
    ]
    fr = [
        ("Attestation de participation", "serif-b", 22),
        ("Nous attestons que", "serif-i", 12),
        ("Mme Geneviève Laplante-Ouellet", "serif-b", 16),
        ("a suivi la formation avec instructeur", "serif-i", 12),
        ("ENWLSI: Implementing Cisco", "serif-b", 14),
        ("Enterprise Wireless Networks", "serif-b", 14),
        ("du 12 au 16 mai 2025", "serif", 13),
    ]
    ys = (150, 200, 235, 275, 315, 335, 380)
    for x, col in zip(colx, (en, fr), strict=True):
        for y, (s, font, size) in zip(ys, col, strict=True):
            d.text(x, y, s, font=font, size=size, align="center")
    d.text(
        w / 2,
        510,
        "Certificate No. / No de certificat : NLT-ENW-25-0512",
        font="sans",
        size=11,
        align="center",
    )
    d.signature(w / 2 - 90, 525, 180, 44, "h24-19")
    d.text(w / 2, 585, "Montréal (Québec)", font="sans", size=9, align="center", color="#555555")
    return p._ghostscript(d, folder / "northern_lights_enwlsi.pdf")


def _gs_cpe_webinar(folder: Path) -> Path:
    w, h = LETTER_P
    d = p._PS(w, h)
    d.rect(40, 40, w - 80, h - 80, stroke="#283593", lw=1.5)
    d.text(
        w / 2,
        110,
        "QUILLMONT CPE NETWORK",
        font="gothic-d",
        size=16,
        align="center",
        color="#283593",
    )
    d.text(w / 2, 170, "CERTIFICATE OF COMPLETION", font="bookman-d", size=24, align="center")
    d.text(w / 2, 195, "Continuing Professional Education", font="bookman", size=12, align="center")
    rows = [
        ("Participant", "Tobias Grünwald-Esposito"),
        ("Program title", "Cloud Audit Evidence in Practice"),
        ("Format", "Live webinar"),
        ("Date", "Thursday, 23 October 2025"),
        ("Time", "14:00–15:15 CET"),
        ("Duration", "75 minutes"),
        ("CPE credits", "1.5"),
        ("Field of study", "Information Technology"),
        ("Delivery method", "Group Internet Based"),
        ("Sponsor ID", "112-904"),
        ("Certificate No.", "QCN-251023-0087"),
    ]
    for i, (k, v) in enumerate(rows):
        y = 260 + 26 * i
        d.text(110, y, k + ":", font="sans-b", size=11)
        d.text(250, y, v, font="sans", size=11)
    d.signature(110, 590, 180, 48, "h24-20")
    d.line(100, 645, 320, 645)
    d.text(100, 662, "Director of Education, Quillmont CPE Network", font="sans", size=9)
    return p._ghostscript(d, folder / "quillmont_cpe.pdf")


# --------------------------------------------------------------------------------------------
# Pages that get scanned
# --------------------------------------------------------------------------------------------


def _src_chr_clp(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #111 }
    .page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 20mm 26mm;
            border: 6mm solid #e8eef3 }
    .org { font-size: 14pt; font-weight: bold } .lp { font-size: 11pt; color: #333 }
    .name { text-align: center; font-size: 30pt; font-weight: bold; margin: 22mm 0 4mm }
    .c { text-align: center; font-size: 14pt; margin: 3mm 0 }
    .course { text-align: center; font-size: 20pt; margin: 4mm 0 }
    .foot { display: flex; justify-content: space-between; margin-top: 18mm; font-size: 12pt }
    """
    body = f"""<div class="page">
    <div class="org">Harborview Tech Institute</div><div class="lp">Cisco Learning Partner</div>
    <div class="name">KAROLINA BRZESZCZYK</div>
    <div class="c">successfully completed the instructor-led class</div>
    <div class="course">Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0</div>
    <div class="c">17&#8211;21 Nov 2025</div>
    <div class="foot"><span>{p._signature_svg("h24-21")}<br>Training Coordinator</span>
    <span>Cert. No. HTI-SDW-1121-07</span></div>
    </div>"""
    return p._chromium(p._html(css, body), folder / "harborview.pdf", "297mm", "210mm")


def _src_wp_ptbr_months(folder: Path) -> Path:
    css = """
    @page { size: A4; margin: 25mm }
    body { font-family: 'DejaVu Serif', serif; font-size: 14pt; color: #111 }
    h1 { text-align: center; font-size: 26pt; margin: 20mm 0 6mm }
    .org { text-align: center; font-family: 'DejaVu Sans'; font-size: 12pt; margin-bottom: 20mm }
    p.t { line-height: 1.7; text-align: justify }
    .code { margin-top: 30mm; font-family: 'DejaVu Sans'; font-size: 12pt }
    """
    body = f"""<h1>DECLARAÇÃO DE CONCLUSÃO</h1>
    <div class="org">Escola Vale do Ipê de Gestão</div>
    <p class="t">Declaramos que <b>Thiago Albuquerque Nunes</b> concluiu o programa
    <b>Gestão de Projetos Ágeis</b>, no período de junho a agosto de 2025, com carga
    horária total de 60 horas.</p>
    <p>Belo Horizonte, 5 de setembro de 2025.</p>
    <p>{p._signature_svg("h24-22")}<br>Secretaria Acadêmica</p>
    <div class="code">Código de verificação: PGA-2025-6Q8W</div>"""
    return p._weasy(p._html(css, body, lang="pt-BR"), folder / "declaracao.pdf")


def _src_lo_de(folder: Path) -> Path:
    d = p._Odt(21.0, 29.7, margin_cm=2.5)
    d.p("Alpenkamm Weiterbildung", size=14, bold=True, align="left", color="#333333")
    d.p("Kundennummer: K-100294", size=10, align="left", after=2.5)
    d.p("ZERTIFIKAT", size=34, bold=True, spacing=4, after=1.5)
    d.p("Herr Florian Unterkircher", size=20, bold=True, after=0.4)
    d.p("hat am 28.02.2025 erfolgreich an der Schulung", size=13)
    d.p("Netzwerkmonitoring mit Prometheus und Grafana", size=17, italic=True, before=0.3)
    d.p("teilgenommen.", size=13, after=2.5)
    d.p("Zertifikatsnummer: AKW-2502-3381", size=12, align="left")
    d.p("Ausgestellt am 03.03.2025", size=12, align="left")
    return p._soffice("alpenkamm.fodt", d.render(), folder)


def _src_gs_verify(folder: Path) -> Path:
    w, h = A4_P
    d = p._PS(w, h)
    d.rect(30, 30, w - 60, h - 60, stroke="#8d6e63", lw=2)
    d.text(
        w / 2, 120, "COPPERLEAF ACADEMY", font="sans-b", size=18, align="center", color="#6d4c41"
    )
    d.text(w / 2, 200, "Certificate", font="palatino-b", size=36, align="center")
    lines = [
        "The course Practical Incident Response for SMBs",
        "was successfully completed by",
    ]
    for i, s in enumerate(lines):
        d.text(w / 2, 280 + 24 * i, s, font="palatino", size=15, align="center")
    d.text(w / 2, 350, "Wen-Li Castellanos", font="palatino-b", size=26, align="center")
    d.text(w / 2, 390, "on 19 January 2025.", font="palatino", size=15, align="center")
    d.signature(w / 2 - 90, 470, 180, 48, "h24-24")
    d.line(w / 2 - 110, 525, w / 2 + 110, 525)
    d.text(w / 2, 542, "Head of Curriculum", font="sans", size=10, align="center")
    d.qr(70, 650, 90, "h24-24")
    d.text(180, 690, "Check authenticity:", font="sans", size=11)
    d.text(180, 708, "verify.copperleaf.example/c/HP4T-9WZQ", font="sans-b", size=12)
    return p._ghostscript(d, folder / "copperleaf.pdf")


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

CLP = "Cisco Learning Partner"

_SPECS: list[tuple[str, str, Expected, Callable[[Path], Path], str]] = [
    (
        "h24-chr-passive-clp",
        "chromium",
        Expected(
            "Implementing and Administering Cisco Solutions (CCNA) v2.1",
            "2025-03-10",
            "2025-03-14",
            "KBN-CCNA-25-03117",
            "Tomasz Wrzelak",
            CLP,
            False,
            (30, "CE"),
        ),
        _chr_passive_clp,
        "passive: 'The course X was successfully completed by Y'; compact '10–14 Mar 2025'; "
        "Class ID and Instructor ID beside the certificate number; issue date separate",
    ),
    (
        "h24-chr-bilingual-enfr",
        "chromium",
        Expected(
            "Kubernetes Operations Essentials",
            None,
            "2025-04-22",
            "MCI-K8S-22047",
            "Jean-Sébastien Thériault",
            None,
            False,
            (14, "hours"),
        ),
        _chr_bilingual_enfr,
        "Canadian EN/FR side by side: name, course, date and duration printed twice "
        "('April 22, 2025' / 'le 22 avril 2025'); code printed once under a bilingual label",
    ),
    (
        "h24-chr-verify-url",
        "chromium",
        Expected(
            "Applied Threat Hunting with Zeek",
            None,
            "2025-09-09",
            "ZK4P-7RWM",
            "Nadia Okonkwo-Reyes",
            None,
            False,
        ),
        _chr_verify_url,
        "learner follows the course; the code is only inside the verification URL; "
        "Student ID and Order # are distractors",
    ),
    (
        "h24-chr-landscape-spaced",
        "chromium",
        Expected(
            "Multi-Cloud Networking Practitioner",
            "2025-03-01",
            "2025-05-31",
            "AVG-MCNP-0093",
            "LENA MARQUARDT",
            None,
            False,
        ),
        _chr_landscape_spaced,
        "wide letter-spaced 'CERTIFICATE' title; programme name before the ALL CAPS learner; "
        "months only 'March – May 2025'; issue and validity dates beside it",
    ),
    (
        "h24-wp-cpe-webinar",
        "weasyprint",
        Expected(
            "Auditing AI Model Risk: A Practical Playbook",
            None,
            "2025-06-18",
            "TGF-W0618-4471",
            "Priyanka Venkataraman",
            None,
            False,
            (2.0, "CPE"),
        ),
        _wp_cpe_webinar,
        "CPE webinar, 'Duration: 100 minutes' beside 'CPE credits earned: 2.0'; name with "
        "', CISA, CRISC'; Attendee ID distractor; issue date two days later",
    ),
    (
        "h24-wp-grid",
        "weasyprint",
        Expected(
            "SCOR 350-701: Implementing and Operating Cisco Security Core Technologies",
            "2025-05-19",
            "2025-05-23",
            "OT-SCOR-250519-12",
            "Helena Markovic-Strand",
            CLP,
            False,
            (64, "CE"),
        ),
        _wp_grid,
        "two-column grid of key/value pairs (4 cells a row); dates '2025-05-19 → 2025-05-23'; "
        "Student No. and CCSI number distractors; 'Dr.' title; course code in the title",
    ),
    (
        "h24-wp-ptbr",
        "weasyprint",
        Expected(
            "Segurança em Redes Corporativas",
            "2025-02-03",
            "2025-02-07",
            "ISA-7F3K-92QA",
            "RAFAELA GONÇALVES TAVARES",
            None,
            False,
            (40, "hours"),
        ),
        _wp_ptbr,
        "Portuguese (Brazil) running sentence 'realizado de 3 a 7 de fevereiro de 2025', "
        "'carga horária de 40 horas'; matrícula distractor; letter date 'São Paulo, 10 de ...'",
    ),
    (
        "h24-wp-monogram",
        "weasyprint",
        Expected(
            "Site Reliability Engineering Fundamentals",
            None,
            "2025-07-30",
            "HWA-SRE-3107-0215",
            "Aurelio Banda-Mwale",
            None,
            False,
        ),
        _wp_monogram,
        "circle monogram 'HW' and a floated drop-cap 'T' starting the running sentence; "
        "everything inside one paragraph",
    ),
    (
        "h24-lo-de-en",
        "libreoffice",
        Expected(
            "Zero Trust Architecture Deep Dive",
            "2025-06-17",
            "2025-06-19",
            "LBA-2025-06-1193",
            "Annegret Vollmer-Sieg",
            None,
            False,
            (24, "hours"),
        ),
        _lo_de_en,
        "German/English labels with slashes; 'Frau Dr.' titles; 'vom 17. bis 19. Juni 2025 / "
        "from 17 to 19 June 2025'; Teilnehmer-Nr. distractor; place/date row is the issue date",
    ),
    (
        "h24-lo-it",
        "libreoffice",
        Expected(
            "Gestione avanzata delle reti SD-WAN",
            "2025-10-07",
            "2025-10-09",
            "CDT/2025/0412",
            "Giulio Ferrandina",
            None,
            False,
            (21, "hours"),
        ),
        _lo_it,
        "Italian passive 'il corso X è stato frequentato con profitto da Y'; dates as a list "
        "'nei giorni 7, 8 e 9 ottobre 2025'; matricola distractor; Word file",
    ),
    (
        "h24-lo-es-en",
        "libreoffice",
        Expected(
            "Python para Automatización de Redes",
            None,
            "2025-09-05",
            "AQR-CF-55810",
            "Mariana Echeverría Lozano",
            None,
            False,
            (32, "hours"),
        ),
        _lo_es_en,
        "Spanish/English table, date printed twice in two languages; 'Ing.' title; "
        "Enrollment No. beside Certificate No.; issue date '12/09/2025' in D/M/Y",
    ),
    (
        "h24-lo-unclear-slash-date",
        "libreoffice",
        Expected(
            "Introduction to Network Programmability",
            None,
            None,
            "BWA-1184-2207",
            "Sunniva Aasheim-Koroma",
            None,
            True,
        ),
        _lo_unclear_slash_date,
        "UNCLEAR: the only date '04/05/2025' could be 4 May or 5 April; no locale cue",
    ),
    (
        "h24-cairo-clp-weekdays",
        "cairo",
        Expected(
            "Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
            "2025-04-07",
            "2025-04-11",
            "RLS-ENCOR-0407-19",
            "Hamid Rostampour",
            CLP,
            False,
            (64, "CE"),
        ),
        _cairo_clp_weekdays,
        "weekday range 'Mon 7 Apr – Fri 11 Apr 2025'; 'Eng.' title; Instructor ID distractor; "
        "issued date separate",
    ),
    (
        "h24-cairo-initial",
        "cairo",
        Expected(
            "Data Pipelines with Apache Airflow",
            None,
            "2025-11-03",
            "NAAC-DPA-11-0358",
            "Marguerite Delacroix-Imbert",
            None,
            False,
        ),
        _cairo_initial,
        "decorative large initial 'C' drawn apart from 'ertificate of Excellence'; 'NA' "
        "monogram; completion and issue dates one day apart",
    ),
    (
        "h24-cairo-unclear-two-numbers",
        "cairo",
        Expected(
            "Wireless LAN Site Survey Techniques",
            "2025-08-11",
            "2025-08-13",
            None,
            "Ishaan Malhotra",
            None,
            True,
        ),
        _cairo_unclear_two_numbers,
        "UNCLEAR: header 'Certificate No. 2025-CL-00417' and footer 'certificate "
        "No. 2025-CL-00471' disagree; no way to tell which is right",
    ),
    (
        "h24-cairo-ine",
        "cairo",
        Expected(
            "Advanced BGP Troubleshooting",
            None,
            "2025-10-02",
            "INE-CRT-8QF2LM7X",
            "Oluwaseun Adebayo-Clarke",
            "INE",
            False,
            (9.5, "hours"),
        ),
        _cairo_ine,
        "learner follows the course ('completed by'); Badge ID beside the Certificate ID; "
        "'Learning hours: 9.5'",
    ),
    (
        "h24-gs-passive-letter",
        "ghostscript",
        Expected(
            "Secure Email Gateway Administration",
            None,
            "2025-12-02",
            "SEG-25-1202-08",
            "Desmond Achterberg",
            None,
            False,
        ),
        _gs_passive_letter,
        "confirmation letter: passive 'the course “X” was completed by Mr. Y on 2 December "
        "2025', sentence broken over lines; letter date 9 December; customer account distractor",
    ),
    (
        "h24-gs-unclear-blank-name",
        "ghostscript",
        Expected(
            "Foundations of IPv6 Addressing",
            None,
            "2025-08-14",
            "OPN-6-140825-31",
            None,
            None,
            True,
        ),
        _gs_unclear_blank_name,
        "UNCLEAR: 'presented to' followed by an empty signature-style line; no learner name",
    ),
    (
        "h24-gs-bilingual-enfr",
        "ghostscript",
        Expected(
            "ENWLSI: Implementing Cisco Enterprise Wireless Networks",
            "2025-05-12",
            "2025-05-16",
            "NLT-ENW-25-0512",
            "Geneviève Laplante-Ouellet",
            CLP,
            False,
        ),
        _gs_bilingual_enfr,
        "EN/FR columns side by side, name ('Ms.'/'Mme') and course printed twice, course "
        "wrapped over two lines in each column; 'May 12–16, 2025' / 'du 12 au 16 mai 2025'",
    ),
    (
        "h24-gs-cpe-webinar",
        "ghostscript",
        Expected(
            "Cloud Audit Evidence in Practice",
            None,
            "2025-10-23",
            "QCN-251023-0087",
            "Tobias Grünwald-Esposito",
            None,
            False,
            (1.5, "CPE"),
        ),
        _gs_cpe_webinar,
        "CPE webinar label list: 'Duration: 75 minutes', 'CPE credits: 1.5', time of day, "
        "Sponsor ID distractor; weekday in the date",
    ),
    (
        "h24-scan-chr-clp",
        "scan",
        Expected(
            "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
            "2025-11-17",
            "2025-11-21",
            "HTI-SDW-1121-07",
            "KAROLINA BRZESZCZYK",
            CLP,
            False,
        ),
        _scanned(_src_chr_clp, "h24-scan-chr-clp", dpi=300, angle=1.2, quality=60),
        "scan (300 dpi, 1.2°) of a Chromium page; ALL CAPS hard-to-read name; '17–21 Nov 2025'",
    ),
    (
        "h24-scan-wp-ptbr-months",
        "scan",
        Expected(
            "Gestão de Projetos Ágeis",
            "2025-06-01",
            "2025-08-31",
            "PGA-2025-6Q8W",
            "Thiago Albuquerque Nunes",
            None,
            False,
            (60, "hours"),
        ),
        _scanned(_src_wp_ptbr_months, "h24-scan-wp-ptbr-months", dpi=200, angle=-0.8),
        "scan (200 dpi) of a WeasyPrint page; Portuguese months only 'de junho a agosto de "
        "2025'; letter date in September",
    ),
    (
        "h24-scan-lo-de",
        "scan",
        Expected(
            "Netzwerkmonitoring mit Prometheus und Grafana",
            None,
            "2025-02-28",
            "AKW-2502-3381",
            "Florian Unterkircher",
            None,
            False,
        ),
        _scanned(_src_lo_de, "h24-scan-lo-de", dpi=250, angle=0.6, quality=55),
        "scan (250 dpi) of a LibreOffice page; German 'Herr'; date inside the sentence "
        "'hat am 28.02.2025 ...'; Kundennummer distractor; issue date 03.03.2025",
    ),
    (
        "h24-scan-gs-verify",
        "scan",
        Expected(
            "Practical Incident Response for SMBs",
            None,
            "2025-01-19",
            "HP4T-9WZQ",
            "Wen-Li Castellanos",
            None,
            False,
        ),
        _scanned(_src_gs_verify, "h24-scan-gs-verify", dpi=240, angle=-1.5, quality=45),
        "scan (240 dpi, -1.5°, heavy JPEG) of a Ghostscript page; passive course-first "
        "sentence; code only inside the verification URL",
    ),
]

HOLDOUT_CASES: list[Case] = [
    Case(name=name, expected=exp, build=build, note=note)
    for name, _kind, exp, build, note in _SPECS
]
HOLDOUT_KINDS: dict[str, str] = {name: kind for name, kind, *_ in _SPECS}
