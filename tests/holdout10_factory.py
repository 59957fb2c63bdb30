"""Blind hold-out set 10: forty training-completion certificates made by real document producers.

Producers: headless Chromium printing HTML+CSS through Playwright (11 cases), WeasyPrint (9),
LibreOffice Writer headless converting flat ODF text (.fodt) and Word (.docx) files (6),
cairo through cairocffi the way design tools export (7), Ghostscript pdfwrite from hand-written
PostScript (5), fpdf2 (1) and reportlab (1).

Kinds (see `HOLDOUT_KINDS`): "known" certificates from one of the issuers in
`certfactory.ISSUERS` (12), "foreign" certificates written in another language than English
(German, French, Spanish, Portuguese, Italian, Polish, Russian, Greek, Vietnamese, Dutch,
Turkish: 11), "unknown" English certificates from issuers outside ISSUERS - universities,
conferences, webinars, LMS exports, badge platforms, corporate academies (11) - and "unclear"
certificates where a careful human reader could not fill every field with certainty (6).

All people, companies, schools, codes, addresses and numbers are invented; any resemblance to a
real person is accidental.  Builds are deterministic (seeded randomness only, no current date).

Public interface: `HOLDOUT_CASES` (list of `certfactory.Case`) and `HOLDOUT_KINDS`
(case name -> "known" | "foreign" | "unknown" | "unclear").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
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
    _signature,
    _signature_svg,
    _soffice,
    _t,
    _weasy,
)

from certfactory import Case, Expected

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

Builder = Callable[[Path], Path]


# --------------------------------------------------------------------------------------------
# Chromium cases
# --------------------------------------------------------------------------------------------

_CISCO_BARS = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="62" height="34" viewBox="0 0 62 34">'
    '<g stroke="#049fd9" stroke-width="3.2" stroke-linecap="round">'
    '<line x1="4" y1="20" x2="4" y2="26"/><line x1="12" y1="14" x2="12" y2="26"/>'
    '<line x1="20" y1="6" x2="20" y2="26"/><line x1="28" y1="14" x2="28" y2="26"/>'
    '<line x1="36" y1="20" x2="36" y2="26"/><line x1="44" y1="14" x2="44" y2="26"/>'
    '<line x1="52" y1="6" x2="52" y2="26"/><line x1="60" y1="14" x2="60" y2="26"/></g></svg>'
)


def _build_cisco_u(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #0d274d; }
    .page { width: 11in; height: 8.49in; position: relative; overflow: hidden;
            background: linear-gradient(120deg, #ffffff 60%, #e8f4fb 100%); }
    .band { position: absolute; left: 0; top: 0; bottom: 0; width: 0.42in;
            background: linear-gradient(#049fd9, #0d274d); }
    .logo { position: absolute; left: 0.95in; top: 0.6in; display: flex; align-items: center;
            gap: 10px; font-size: 24px; font-weight: bold; }
    .kicker { position: absolute; left: 0.95in; top: 1.75in; font-size: 15px;
              letter-spacing: 0.32em; text-transform: uppercase; color: #049fd9; }
    .pre { position: absolute; left: 0.95in; font-size: 15px; color: #4b5d73; margin: 0; }
    .name { position: absolute; left: 0.95in; top: 2.75in; font-size: 44px;
            font-family: 'DejaVu Serif', serif; }
    .course { position: absolute; left: 0.95in; top: 4.05in; width: 8.6in; font-size: 27px;
              font-weight: bold; line-height: 1.25; }
    .meta { position: absolute; left: 0.95in; top: 5.6in; width: 9in; display: grid;
            grid-template-columns: 1fr 1.3fr 1.4fr; column-gap: 0.3in; }
    .lab { display: block; font-size: 10px; text-transform: uppercase; letter-spacing: 0.12em;
           color: #6b7c93; margin-bottom: 5px; }
    .val { display: block; font-size: 17px; }
    .sig { position: absolute; right: 0.9in; top: 6.55in; text-align: center; font-size: 11px;
           color: #4b5d73; }
    .sig .rule { border-top: 1px solid #8aa0b8; width: 2.6in; margin-top: 2px; padding-top: 4px; }
    footer { position: absolute; left: 0.95in; right: 0.9in; bottom: 0.4in; font-size: 8.5px;
             color: #7a8aa0; line-height: 1.4; }
    """
    body = _t(
        """
    <div class="page">
      <div class="band"></div>
      <div class="logo">$bars<span>Cisco U.</span></div>
      <div class="kicker">Certificate of Completion</div>
      <p class="pre" style="top:2.35in">This certifies that</p>
      <div class="name">Rafael Quintero-Lindqvist</div>
      <p class="pre" style="top:3.65in">has successfully completed the course</p>
      <div class="course">Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0</div>
      <div class="meta">
        <div><span class="lab">Completion date</span><span class="val">March 14, 2024</span></div>
        <div><span class="lab">Continuing Education credits</span><span class="val">40</span></div>
        <div><span class="lab">Certificate ID</span><span class="val">CU-7F3A9D21-B84E</span></div>
      </div>
      <div class="sig">$sig<div class="rule">Director, Learning &amp; Certifications</div></div>
      <footer>Cisco U. is a learning experience of Cisco Systems, Inc. Completion of this
      course does not represent a Cisco certification. Continuing Education credits may be
      applied toward recertification where the course is listed as eligible.</footer>
    </div>""",
        bars=_CISCO_BARS,
        sig=_signature_svg("cisco-u-director", 220, 54),
    )
    return _chromium(_html(css, body), folder / "cisco_u_certificate.pdf", "11in", "8.5in")


def _build_linkedin(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1d1d1d; }
    .page { width: 11in; height: 8.49in; position: relative; overflow: hidden; }
    .frame { position: absolute; inset: 0.35in; border: 1px solid #c9c9c9; }
    .logo { position: absolute; left: 0.85in; top: 0.75in; font-size: 22px; font-weight: bold;
            display: flex; align-items: center; }
    .logo .in { background: #0a66c2; color: #fff; border-radius: 3px; padding: 0 4px;
                margin-left: 2px; font-size: 19px; }
    .logo .ll { font-weight: normal; color: #555; margin-left: 8px; }
    .center { position: absolute; left: 1in; right: 1in; top: 1.75in; text-align: center; }
    .cap { font-size: 13px; letter-spacing: 0.2em; text-transform: uppercase; color: #666; }
    .congrats { font-size: 34px; margin: 0.3in 0 0.22in; font-family: 'DejaVu Serif', serif; }
    .title { font-size: 26px; font-weight: bold; margin-bottom: 0.2in; }
    .when { font-size: 13px; color: #555; }
    .blurb { font-size: 12px; color: #555; width: 6in; margin: 0.3in auto 0; line-height: 1.5; }
    .skills { font-size: 11px; color: #444; margin-top: 0.22in; }
    .bottom { position: absolute; left: 0.85in; right: 0.85in; bottom: 0.7in; display: flex;
              justify-content: space-between; align-items: flex-end; font-size: 10px;
              color: #555; }
    .bottom .sig { text-align: left; }
    .bottom .rule { border-top: 1px solid #999; padding-top: 3px; width: 2.4in; }
    .cpe { text-align: right; line-height: 1.6; }
    """
    body = _t(
        """
    <div class="page"><div class="frame"></div>
      <div class="logo">Linked<span class="in">in</span><span class="ll">Learning</span></div>
      <div class="center">
        <div class="cap">Certificate of Completion</div>
        <div class="congrats">Congratulations, Ngozi Adebayo-Hart</div>
        <div class="title">Network Automation with Python and NETCONF</div>
        <div class="when">Course completed on Feb 02, 2024 at 04:17PM UTC &nbsp;•&nbsp;
          1 hour 38 min</div>
        <div class="blurb">By continuing to learn, you have expanded your perspective,
          sharpened your skills, and made yourself even more in demand.</div>
        <div class="skills">Top skills covered: Network Automation · Python (Programming
          Language) · NETCONF</div>
      </div>
      <div class="bottom">
        <div class="sig">$sig<div class="rule">Head of Content Strategy, Learning</div>
          <div style="margin-top:8px">LinkedIn Learning</div></div>
        <div class="cpe">Recommended CPE credits: 1.5<br>Field of study: Information
          Technology<br>Delivery method: QAS Self-Study<br>
          Certificate ID: AZrT4kq0Lw8vN2mYp6sD1fGh</div>
      </div>
    </div>""",
        sig=_signature_svg("linkedin-head-content", 190, 46, "#222"),
    )
    return _chromium(
        _html(css, body), folder / "CertificateOfCompletion_Network.pdf", "11in", "8.5in"
    )


def _build_coursera(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1f1f1f; }
    .page { width: 11in; height: 8.49in; display: grid; grid-template-columns: 1fr 2.6in;
            overflow: hidden; }
    .main { padding: 0.8in 0.5in 0.5in 0.85in; position: relative; }
    .brand { font-size: 30px; color: #0056d2; font-weight: bold; letter-spacing: -0.02em; }
    .partner { font-size: 14px; color: #333; margin-top: 4px; font-family: 'C059', serif; }
    .date { margin-top: 0.55in; font-size: 14px; color: #444; }
    .name { font-size: 38px; margin-top: 0.3in; font-family: 'DejaVu Serif', serif; }
    .done { font-size: 14px; color: #444; margin-top: 0.15in; }
    .course { font-size: 30px; font-weight: bold; margin-top: 0.15in; line-height: 1.2;
              max-width: 6.6in; }
    .desc { font-size: 12px; color: #555; margin-top: 0.22in; max-width: 6in; line-height: 1.5; }
    .sig { position: absolute; left: 0.85in; bottom: 0.9in; font-size: 11px; color: #444; }
    .side { background: #f3f6fb; border-left: 1px solid #d9e1ee; position: relative; }
    .ribbon { position: absolute; top: 0; left: 0.55in; width: 1.5in; height: 3.7in;
              background: #e4ebf7; clip-path: polygon(0 0,100% 0,100% 100%,50% 88%,0 100%); }
    .ribbon .txt { position: absolute; top: 0.5in; width: 100%; text-align: center;
                   font-size: 13px; letter-spacing: 0.18em; color: #0056d2; line-height: 1.7; }
    .seal { position: absolute; top: 2.2in; left: 0.82in; }
    .verify { position: absolute; right: 0.3in; bottom: 0.45in; width: 2.1in; font-size: 9.5px;
              color: #555; line-height: 1.45; text-align: left; }
    """
    body = _t(
        """
    <div class="page">
      <div class="main">
        <div class="brand">coursera</div>
        <div class="partner">Northvale University</div>
        <div class="date">Mar 18, 2024</div>
        <div class="name">Thandiwe Okafor-Lindahl</div>
        <div class="done">has successfully completed</div>
        <div class="course">Introduction to Network Security Monitoring</div>
        <div class="desc">an online non-credit course authorized by Northvale University and
          offered through Coursera</div>
        <div class="sig">$sig<br>Prof. Emeric Vandersloot<br>Department of Computer
          Science<br>Northvale University</div>
      </div>
      <div class="side">
        <div class="ribbon"><div class="txt">COURSE<br>CERTIFICATE</div></div>
        <div class="seal">$seal</div>
        <div class="verify">Verify at:<br>coursera.org/verify/8XK2PQ7LMN4R<br><br>
          Coursera has confirmed the identity of this individual and their participation
          in the course.</div>
      </div>
    </div>""",
        sig=_signature_svg("coursera-vandersloot", 180, 50),
        seal=_seal_svg(92, "#c7d3ea"),
    )
    return _chromium(_html(css, body), folder / "Coursera 8XK2PQ7LMN4R.pdf", "11in", "8.5in")


def _build_ine(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #e9eef5; }
    .page { width: 297mm; height: 209.5mm; background: #0b1526; position: relative;
            overflow: hidden; }
    .glow { position: absolute; right: -60mm; top: -60mm; width: 180mm; height: 180mm;
            border-radius: 50%; background: radial-gradient(#1f3b68, #0b1526 70%); }
    .logo { position: absolute; left: 22mm; top: 18mm; font-size: 34px; font-weight: bold;
            letter-spacing: 0.08em; color: #ff6b2c; }
    .head { position: absolute; left: 22mm; top: 48mm; font-size: 14px;
            letter-spacing: 0.4em; text-transform: uppercase; color: #9fb3cf; }
    .to { position: absolute; left: 22mm; top: 62mm; font-size: 13px; color: #9fb3cf; }
    .name { position: absolute; left: 22mm; top: 70mm; font-size: 40px; font-weight: bold; }
    .for { position: absolute; left: 22mm; top: 92mm; font-size: 13px; color: #9fb3cf; }
    .path { position: absolute; left: 22mm; top: 100mm; font-size: 26px; width: 200mm;
            color: #ffffff; }
    .row { position: absolute; left: 22mm; top: 130mm; display: flex; gap: 16mm; }
    .row div { border-left: 3px solid #ff6b2c; padding-left: 4mm; }
    .row small { display: block; font-size: 9px; text-transform: uppercase;
                 letter-spacing: 0.15em; color: #8398b6; margin-bottom: 2mm; }
    .row span { font-size: 15px; }
    .id { position: absolute; left: 22mm; bottom: 16mm; font-size: 10px; color: #8398b6; }
    .qr { position: absolute; right: 22mm; bottom: 14mm; }
    """
    body = _t(
        """
    <div class="page"><div class="glow"></div>
      <div class="logo">INE</div>
      <div class="head">Certificate of Completion</div>
      <div class="to">Presented to</div>
      <div class="name">Dmitri Halloran-Osei</div>
      <div class="for">for successfully completing the learning path</div>
      <div class="path">Enterprise Network Security Fundamentals</div>
      <div class="row">
        <div><small>Date issued</small><span>2024-05-21</span></div>
        <div><small>CPE credits</small><span>24</span></div>
        <div><small>Instructor</small><span>Lucía Brandt-Okoye</span></div>
      </div>
      <div class="id">Certificate ID: 3b7c9e12-6a4f-4d21-b0e8-91f2ad5c7e60</div>
      <div class="qr">$qr</div>
    </div>""",
        qr=_qr_svg("ine-3b7c9e12", "26mm"),
    )
    return _chromium(_html(css, body), folder / "ine-certificate.pdf", "297mm", "210mm")


def _build_de_teilnahme(folder: Path) -> Path:
    css = """
    @page { size: 210mm 297mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222; }
    .page { width: 210mm; height: 296.5mm; position: relative; overflow: hidden; }
    header { display: flex; justify-content: space-between; align-items: flex-start;
             padding: 16mm 20mm 0; }
    .mark { display: flex; gap: 3mm; align-items: center; font-weight: bold; font-size: 15px;
            color: #7a1f2b; }
    .mark i { width: 9mm; height: 9mm; background: #7a1f2b; display: inline-block;
              transform: rotate(45deg); }
    .addr { font-size: 9px; color: #555; text-align: right; line-height: 1.5; }
    h1 { text-align: center; font-size: 30px; letter-spacing: 0.06em; margin: 32mm 0 4mm;
         font-family: 'DejaVu Serif', serif; font-weight: normal; }
    .sub { text-align: center; font-size: 12px; color: #666; }
    .text { margin: 20mm 25mm 0; font-size: 14px; line-height: 1.9; text-align: center; }
    .text b.n { font-size: 22px; display: block; margin: 3mm 0; }
    .text b.c { font-size: 18px; display: block; margin: 3mm 0; color: #7a1f2b; }
    .inhalt { margin: 12mm 30mm 0; font-size: 11.5px; line-height: 1.6; }
    .inhalt ul { margin: 2mm 0 0 0; padding-left: 5mm; }
    .facts { margin: 8mm 30mm 0; font-size: 11.5px; display: grid;
             grid-template-columns: 45mm 1fr; row-gap: 1.5mm; }
    .sign { position: absolute; left: 30mm; right: 30mm; top: 232mm; display: flex;
            justify-content: space-between; font-size: 10.5px; }
    .sign .rule { border-top: 0.6px solid #444; padding-top: 1.5mm; width: 62mm; }
    footer { position: absolute; left: 20mm; right: 20mm; bottom: 10mm; font-size: 7.5px;
             color: #777; text-align: center; border-top: 0.5px solid #bbb; padding-top: 2mm;
             line-height: 1.5; }
    """
    body = _t(
        """
    <div class="page">
      <header><div class="mark"><i></i>Netzakademie Rhein-Main</div>
        <div class="addr">Netzakademie Rhein-Main GmbH<br>Hanauer Landstraße 318<br>
          60314 Frankfurt am Main<br>Tel. 069 4410 2280</div></header>
      <h1>Teilnahmebescheinigung</h1>
      <div class="sub">Zertifikatsnummer: DE-NS-2403-0571</div>
      <div class="text">Hiermit bestätigen wir, dass
        <b class="n">Herr Jörg Weißmüller</b>
        vom 4. bis 6. März 2024 an der Präsenzschulung
        <b class="c">„Grundlagen der Netzwerksicherheit“</b>
        erfolgreich teilgenommen hat.</div>
      <div class="inhalt"><b>Inhalte:</b><ul>
        <li>Bedrohungsmodelle, Angriffsflächen und Schutzziele</li>
        <li>Firewalls, Paketfilter und Segmentierung mit VLANs</li>
        <li>VPN-Technologien (IPsec, WireGuard) im Unternehmenseinsatz</li>
        <li>Protokollierung, Monitoring und Incident-Handling</li></ul></div>
      <div class="facts"><span>Umfang:</span><span>18 Stunden</span>
        <span>Schulungsort:</span><span>Frankfurt am Main</span>
        <span>Referentin:</span><span>Dipl.-Inf. Henrike Staudacher</span></div>
      <div class="sign">
        <div>Frankfurt am Main, 6. März 2024<div class="rule" style="margin-top:15mm">
          Ort, Datum</div></div>
        <div>$sig<div class="rule">Geschäftsführung</div></div></div>
      <footer>Netzakademie Rhein-Main GmbH · Sitz: Frankfurt am Main · Amtsgericht Frankfurt
        am Main HRB 48213 · USt-IdNr. DE281774903 · Geschäftsführer: Tobias Reinhold<br>
        Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.</footer>
    </div>""",
        sig=_signature_svg("netzakademie-gf", 200, 50, "#123"),
    )
    return _chromium(
        _html(css, body, "de"),
        folder / "Teilnahmebescheinigung_Weissmueller.pdf",
        "210mm",
        "297mm",
    )


def _build_it_attestato(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #2a2a2a; }
    .page { width: 297mm; height: 209.5mm; position: relative; overflow: hidden;
            background: #fbf8f1; }
    .border { position: absolute; inset: 9mm; border: 2.5mm solid #14532d;
              outline: 0.6mm solid #14532d; outline-offset: -5mm; }
    .top { position: absolute; top: 22mm; left: 0; right: 0; text-align: center;
           font-family: 'URW Gothic', sans-serif; font-size: 15px; letter-spacing: 0.3em;
           color: #14532d; text-transform: uppercase; }
    h1 { position: absolute; top: 34mm; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 40px; font-weight: normal; font-variant: small-caps; }
    .body { position: absolute; top: 68mm; left: 35mm; right: 35mm; text-align: center;
            font-size: 15px; line-height: 1.8; }
    .nome { font-size: 30px; font-style: italic; margin: 2mm 0 4mm; }
    .titolo { font-size: 22px; font-weight: bold; margin: 2mm 0; }
    .cols { position: absolute; left: 35mm; right: 35mm; bottom: 24mm; display: flex;
            justify-content: space-between; align-items: flex-end; font-size: 11.5px; }
    .cols .rule { border-top: 0.5px solid #333; padding-top: 1mm; width: 60mm;
                  text-align: center; }
    """
    body = _t(
        """
    <div class="page"><div class="border"></div>
      <div class="top">Officina Digitale · Formazione</div>
      <h1>Attestato di partecipazione</h1>
      <div class="body">Si attesta che<div class="nome">Francesca Dell'Acqua</div>
        ha partecipato al webinar<div class="titolo">Introduzione a Kubernetes per
        sviluppatori</div>svoltosi online il 12 dicembre 2023 · Durata: 2 ore</div>
      <div class="cols">
        <div>ID attestato: IT23-KB-00942<br>Officina Digitale S.r.l. – P.IVA 04417720961</div>
        <div>$sig<div class="rule">Il Responsabile Didattico</div></div>
      </div>
    </div>""",
        sig=_signature_svg("officina-resp", 200, 50, "#1b3b2b"),
    )
    return _chromium(
        _html(css, body, "it"), folder / "attestato_IT23-KB-00942.pdf", "297mm", "210mm"
    )


def _build_vi_chungnhan(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #3b1d0f; }
    .page { width: 297mm; height: 209.5mm; position: relative; overflow: hidden;
            background: radial-gradient(circle at 50% 45%, #fffaf0 0%, #f6e7c8 100%); }
    .b1 { position: absolute; inset: 8mm; border: 1.8mm double #a8201a; }
    .org { position: absolute; top: 18mm; left: 0; right: 0; text-align: center;
           font-family: 'DejaVu Sans', sans-serif; font-size: 14px; font-weight: bold;
           color: #a8201a; }
    .motto { position: absolute; top: 25mm; left: 0; right: 0; text-align: center;
             font-size: 11px; font-style: italic; }
    h1 { position: absolute; top: 38mm; left: 0; right: 0; margin: 0; text-align: center;
         font-size: 40px; color: #a8201a; letter-spacing: 0.05em; }
    h2 { position: absolute; top: 58mm; left: 0; right: 0; margin: 0; text-align: center;
         font-size: 18px; font-weight: normal; letter-spacing: 0.12em; }
    .grid { position: absolute; top: 82mm; left: 45mm; right: 45mm; display: grid;
            grid-template-columns: 62mm 1fr; row-gap: 5mm; font-size: 15px; }
    .grid .v { font-weight: bold; }
    .foot { position: absolute; left: 45mm; right: 35mm; bottom: 22mm; display: flex;
            justify-content: space-between; align-items: flex-end; font-size: 12px; }
    .stamp { text-align: center; }
    """
    body = _t(
        """
    <div class="page"><div class="b1"></div>
      <div class="org">HỌC VIỆN MẠNG SAO VIỆT</div>
      <div class="motto">Học tập suốt đời – Vững bước tương lai</div>
      <h1>GIẤY CHỨNG NHẬN</h1>
      <h2>HOÀN THÀNH KHÓA HỌC</h2>
      <div class="grid">
        <span>Chứng nhận học viên:</span><span class="v">Nguyễn Thị Thu Hương</span>
        <span>Ngày sinh:</span><span>02/09/1996</span>
        <span>Đã hoàn thành khóa học:</span><span class="v">Quản trị mạng máy tính căn bản</span>
        <span>Thời lượng:</span><span>48 giờ</span>
        <span>Xếp loại:</span><span>Giỏi</span>
      </div>
      <div class="foot"><div>Số hiệu: VN-QT-230815-662</div>
        <div class="stamp">Hà Nội, ngày 15 tháng 8 năm 2023<br>GIÁM ĐỐC<br>$seal<br>
          Trần Minh Khôi</div></div>
    </div>""",
        seal=_seal_svg(70, "#c8302a", 18),
    )
    return _chromium(
        _html(css, body, "vi"), folder / "chung-nhan-VN-QT-230815-662.pdf", "297mm", "210mm"
    )


def _build_conference_cpe(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #10213a; }
    .page { width: 11in; height: 8.49in; display: flex; overflow: hidden; }
    .left { width: 3.1in; background: linear-gradient(160deg, #0e3b43, #10213a);
            color: #d9f2ef; padding: 0.7in 0.45in; box-sizing: border-box; position: relative; }
    .left .ev { font-size: 26px; font-weight: bold; line-height: 1.2; color: #7ff0d4; }
    .left .place { margin-top: 0.25in; font-size: 13px; line-height: 1.6; }
    .aur { position: absolute; bottom: 0.6in; left: 0.45in; right: 0.45in; height: 1.4in;
           background: repeating-linear-gradient(100deg, rgba(127,240,212,.35) 0 6px,
           transparent 6px 18px); border-radius: 50% 50% 0 0; }
    .right { flex: 1; padding: 0.85in 0.8in; position: relative; }
    .kind { font-size: 13px; letter-spacing: 0.35em; text-transform: uppercase; color: #3a7d7a; }
    .intro { margin-top: 0.45in; font-size: 14px; color: #44546a; }
    .name { font-size: 36px; font-family: 'P052', serif; margin: 0.12in 0; }
    .what { font-size: 14px; color: #44546a; line-height: 1.7; }
    .what b { color: #10213a; }
    .cpe { margin-top: 0.35in; display: inline-block; border: 2px solid #3a7d7a;
           padding: 8px 16px; font-size: 18px; font-weight: bold; color: #3a7d7a; }
    .bottom { position: absolute; left: 0.8in; right: 0.8in; bottom: 0.6in; display: flex;
              justify-content: space-between; align-items: flex-end; font-size: 10px;
              color: #44546a; }
    .rule { border-top: 1px solid #9aa; padding-top: 3px; width: 2.3in; }
    """
    body = _t(
        """
    <div class="page">
      <div class="left"><div class="ev">Northern Lights Security Summit 2024</div>
        <div class="place">October 8–10, 2024<br>Tromsø, Norway<br>
          Arctic Congress Centre</div><div class="aur"></div></div>
      <div class="right">
        <div class="kind">Certificate of Attendance</div>
        <div class="intro">This certificate is presented to</div>
        <div class="name">Oluwaseun Bergström</div>
        <div class="what">in recognition of attendance at the
          <b>Northern Lights Security Summit 2024</b>, three days of keynotes, technical
          tracks and hands-on labs on defensive security and incident response.</div>
        <div class="cpe">18 CPE credits</div>
        <div class="bottom"><div>$sig<div class="rule">Programme Chair</div></div>
          <div style="text-align:right">Verification code: NLSS24-A7Q2-K4<br>
            Retain this certificate for your CPE records.</div></div>
      </div>
    </div>""",
        sig=_signature_svg("nlss-chair", 180, 46),
    )
    return _chromium(
        _html(css, body), folder / "NLSS24_attendance_certificate.pdf", "11in", "8.5in"
    )


def _build_canvas_style(folder: Path) -> Path:
    css = """
    @page { size: 8.5in 11in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #2d3b45; }
    .page { width: 8.5in; height: 10.99in; position: relative; overflow: hidden; }
    .bar { height: 0.55in; background: #394b58; color: #fff; display: flex; align-items: center;
           padding: 0 0.6in; font-size: 13px; justify-content: space-between; }
    .inner { margin: 1.2in 0.9in 0; border: 1px solid #c7cdd1; padding: 0.6in 0.5in;
             text-align: center; }
    .school { font-size: 14px; letter-spacing: 0.15em; text-transform: uppercase;
              color: #73818c; }
    h1 { font-size: 30px; font-weight: normal; margin: 0.35in 0 0.3in; color: #0374b5; }
    .name { font-size: 28px; font-weight: bold; margin: 0.15in 0; }
    .course { font-size: 20px; margin: 0.15in 0 0.4in; font-style: italic; }
    table { margin: 0 auto; border-collapse: collapse; font-size: 13px; }
    td { padding: 6px 14px; border-bottom: 1px solid #e3e6e8; text-align: left; }
    td:first-child { color: #73818c; }
    .note { position: absolute; bottom: 0.5in; left: 0.9in; right: 0.9in; font-size: 9px;
            color: #8b969e; text-align: center; }
    """
    body = """
    <div class="page">
      <div class="bar"><span>Westbrook Community College · Online Learning</span>
        <span>Course Completion</span></div>
      <div class="inner">
        <div class="school">Westbrook Community College</div>
        <h1>Certificate of Completion</h1>
        <div>This is to certify that</div>
        <div class="name">Tomasz Kowalczyk</div>
        <div>has completed all required modules of</div>
        <div class="course">Introduction to Python for Network Engineers</div>
        <table>
          <tr><td>Completed</td><td>Sep 30, 2023</td></tr>
          <tr><td>Hours</td><td>12</td></tr>
          <tr><td>Final score</td><td>94%</td></tr>
          <tr><td>Section</td><td>NETW-1150-OL2 (Fall 2023)</td></tr>
        </table>
      </div>
      <div class="note">Generated from the course site on completion of all requirements.
        Westbrook Community College, 4100 Harbor Road, Westbrook, OR 97000.</div>
    </div>"""
    return _chromium(
        _html(css, body), folder / "course_completion_certificate.pdf", "8.5in", "11in"
    )


def _build_vendor_portal(folder: Path) -> Path:
    css = """
    @page { size: 210mm 297mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1b1f3a; }
    .page { width: 210mm; height: 296.5mm; position: relative; overflow: hidden;
            page-break-after: always; }
    .page:last-child { page-break-after: auto; }
    .hero { height: 70mm; background: linear-gradient(135deg, #3b2bd1, #00a3c4); color: #fff;
            padding: 18mm 20mm 0; box-sizing: border-box; }
    .hero .brand { font-size: 16px; letter-spacing: 0.2em; text-transform: uppercase; }
    .hero h1 { font-size: 34px; margin: 10mm 0 0; font-weight: bold; }
    .content { padding: 16mm 20mm; }
    .lab { font-size: 10px; letter-spacing: 0.12em; text-transform: uppercase; color: #6b6f8e;
           margin-top: 7mm; }
    .val { font-size: 17px; margin-top: 1.5mm; }
    .big { font-size: 30px; font-weight: bold; }
    .acc { font-size: 21px; font-weight: bold; color: #3b2bd1; line-height: 1.3; }
    .two { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; }
    .qr { position: absolute; right: 20mm; bottom: 22mm; text-align: center; font-size: 8px;
          color: #6b6f8e; }
    .legal { position: absolute; left: 20mm; right: 60mm; bottom: 20mm; font-size: 8px;
             color: #6b6f8e; line-height: 1.5; }
    h2 { font-size: 20px; margin: 0 0 6mm; }
    table { width: 100%; border-collapse: collapse; font-size: 11px; }
    th { text-align: left; background: #eef0fb; padding: 2.5mm; }
    td { padding: 2.5mm; border-bottom: 0.5px solid #d6d8ea; }
    """
    modules = [
        ("HCS-101", "Hyperconverged Storage Concepts", "12 Jun 2024", "88%"),
        ("HCS-110", "Sizing and Capacity Planning", "17 Jun 2024", "91%"),
        ("HCS-120", "Data Protection and Replication", "21 Jun 2024", "84%"),
        ("HCS-130", "Competitive Positioning", "26 Jun 2024", "95%"),
        ("HCS-190", "Accreditation Exam", "03 Jul 2024", "86%"),
    ]
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in modules
    )
    body = _t(
        """
    <div class="page">
      <div class="hero"><div class="brand">Nimbusfield Partner Academy</div>
        <h1>Accreditation Certificate</h1></div>
      <div class="content">
        <div class="lab">Awarded to</div><div class="val big">Ingrid Solheim</div>
        <div class="lab">Partner organisation</div><div class="val">Blue Fjord Systems AS</div>
        <div class="lab">Accreditation</div>
        <div class="val acc">Nimbusfield Hyperconverged Storage Technical Sales
          Accreditation</div>
        <div class="two">
          <div><div class="lab">Date of completion</div><div class="val">03 Jul 2024</div></div>
          <div><div class="lab">Valid until</div><div class="val">03 Jul 2026</div></div>
          <div><div class="lab">Accreditation ID</div>
            <div class="val">NPA-0098-4471-22</div></div>
          <div><div class="lab">Level</div><div class="val">Professional</div></div>
        </div>
      </div>
      <div class="legal">This accreditation is issued to the named individual and is
        non-transferable. Partner programme benefits depend on the partner organisation
        maintaining the required number of accredited staff. See page 2 for the transcript.
      </div>
      <div class="qr">$qr<br>Scan to verify</div>
    </div>
    <div class="page"><div class="content">
      <h2>Transcript</h2>
      <p style="font-size:11px;color:#6b6f8e">Ingrid Solheim · Blue Fjord Systems AS ·
        Nimbusfield Partner Academy</p>
      <table><tr><th>Module</th><th>Title</th><th>Completed</th><th>Score</th></tr>
        $rows</table>
    </div></div>""",
        qr=_qr_svg("npa-0098-4471-22", "30mm"),
        rows=rows,
    )
    return _chromium(_html(css, body), folder / "NPA-accreditation.pdf", "210mm", "297mm")


def _build_unclear_numeric_date(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'URW Bookman', serif; color: #2b2b2b; }
    .page { width: 11in; height: 8.49in; position: relative; overflow: hidden; }
    .frame { position: absolute; inset: 0.4in; border: 6px double #5b6770; }
    .logo { position: absolute; top: 0.85in; left: 0; right: 0; text-align: center; }
    .logo span { display: inline-block; border: 2px solid #5b6770; padding: 4px 14px;
                 font-family: 'URW Gothic', sans-serif; font-size: 17px; letter-spacing: 0.2em; }
    h1 { position: absolute; top: 1.6in; left: 0; right: 0; margin: 0; text-align: center;
         font-size: 42px; font-weight: normal; }
    .c { position: absolute; left: 1.2in; right: 1.2in; text-align: center; }
    .line { position: absolute; left: 1in; right: 1in; bottom: 1in; display: flex;
            justify-content: space-between; font-size: 13px; }
    .line div { text-align: center; width: 2.6in; }
    .line .v { border-bottom: 1px solid #555; padding-bottom: 3px; margin-bottom: 4px;
               min-height: 20px; }
    """
    body = _t(
        """
    <div class="page"><div class="frame"></div>
      <div class="logo"><span>RIDGELINE TECH INSTITUTE</span></div>
      <h1>Certificate of Completion</h1>
      <div class="c" style="top:2.75in;font-size:16px">This is to certify that</div>
      <div class="c" style="top:3.2in;font-size:36px;font-style:italic">Callum Ferreira</div>
      <div class="c" style="top:4.05in;font-size:16px">has satisfactorily completed</div>
      <div class="c" style="top:4.45in;font-size:26px">Linux Server Hardening</div>
      <div class="line">
        <div><div class="v">04/05/2023</div>Date</div>
        <div><div class="v">$sig</div>Instructor</div>
        <div><div class="v">RTI-55102</div>Certificate No.</div>
      </div>
    </div>""",
        sig=_signature_svg("ridgeline-instr", 170, 40),
    )
    return _chromium(_html(css, body), folder / "Ferreira_LinuxHardening.pdf", "11in", "8.5in")


# --------------------------------------------------------------------------------------------
# WeasyPrint cases
# --------------------------------------------------------------------------------------------


def _build_netacad(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #1a1a1a; }
    .page { width: 11in; height: 8.5in; position: relative; }
    .top { position: absolute; top: 0.55in; left: 0.7in; right: 0.7in; display: flex;
           justify-content: space-between; align-items: center;
           border-bottom: 3px solid #049fd9; padding-bottom: 8px; }
    .top .na { font-size: 19px; font-weight: bold; color: #1d3f6e; }
    .top .na small { display: block; font-size: 10px; font-weight: normal; color: #555; }
    h1 { position: absolute; top: 1.35in; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 32px; color: #1d3f6e; font-weight: normal; }
    .name { position: absolute; top: 2.1in; left: 0; right: 0; text-align: center;
            font-size: 34px; font-weight: bold; }
    .txt { position: absolute; top: 2.9in; left: 1.1in; right: 1.1in; font-size: 14px;
           line-height: 1.6; text-align: center; }
    .skills { position: absolute; top: 3.95in; left: 1.6in; right: 1.6in; font-size: 12px;
              line-height: 1.5; }
    .foot { position: absolute; bottom: 0.8in; left: 0.9in; right: 0.9in; display: flex;
            justify-content: space-between; font-size: 12px; align-items: flex-end; }
    .foot .rule { border-top: 1px solid #444; padding-top: 3px; width: 2.8in; }
    """
    skills = [
        "Build simple LANs, perform basic configurations for routers and switches, and "
        "implement IPv4 and IPv6 addressing schemes.",
        "Configure routers, switches, and end devices to provide access to local and remote "
        "network resources and to enable end-to-end connectivity between remote devices.",
        "Develop critical thinking and problem-solving skills using real equipment and Cisco "
        "Packet Tracer.",
        "Configure and troubleshoot connectivity on a small network using security best practices.",
    ]
    items = "".join(f"<li>{s}</li>" for s in skills)
    body = _t(
        """
    <div class="page">
      <div class="top"><div class="na">Cisco Networking Academy<small>Riverside Technical
        College · Academy ID 40318</small></div>$bars</div>
      <h1>Certificate of Course Completion</h1>
      <div class="name">Siddharth Menon-Albrecht</div>
      <div class="txt">has successfully achieved student level credential for completing the
        CCNA: Introduction to Networks course, administered by the undersigned instructor. The
        student was able to proficiently:</div>
      <div class="skills"><ul>$items</ul></div>
      <div class="foot">
        <div>$sig<div class="rule">Halvard Mbeki, Instructor</div></div>
        <div style="text-align:center"><div style="font-size:15px">12 Jan 2024</div>
          <div class="rule">Date</div></div>
      </div>
    </div>""",
        bars=_CISCO_BARS,
        items=items,
        sig=_signature_svg("netacad-mbeki", 200, 46),
    )
    return _weasy(_html(css, body), folder / "ITN_Certificate.pdf")


def _build_udemy(folder: Path) -> Path:
    css = """
    @page { size: 330mm 255mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1c1d1f; }
    .page { width: 330mm; height: 255mm; position: relative; }
    .logo { position: absolute; left: 18mm; top: 16mm; font-size: 30px; font-weight: bold;
            letter-spacing: -0.03em; }
    .ids { position: absolute; right: 18mm; top: 16mm; font-size: 9.5px; text-align: right;
           line-height: 1.6; color: #555; }
    .cap { position: absolute; left: 18mm; top: 60mm; font-size: 12px; letter-spacing: 0.12em;
           color: #6a6f73; text-transform: uppercase; }
    .title { position: absolute; left: 18mm; top: 70mm; width: 230mm; font-size: 34px;
             font-weight: bold; line-height: 1.2; }
    .instr { position: absolute; left: 18mm; top: 128mm; font-size: 14px; }
    .learner { position: absolute; left: 18mm; top: 188mm; font-size: 34px; font-weight: bold; }
    .meta { position: absolute; left: 18mm; top: 207mm; font-size: 14px; line-height: 1.6; }
    .meta span { color: #6a6f73; display: inline-block; width: 22mm; }
    """
    uc = "UC-4f1e7a9c-2b3d-4e8f-9a61-0c5d7e2b8f13"
    body = _t(
        """
    <div class="page">
      <div class="logo">$hat udemy</div>
      <div class="ids">Certificate no: $uc<br>Certificate url: ude.my/$uc<br>
        Reference Number: 0004</div>
      <div class="cap">Certificate of completion</div>
      <div class="title">The Complete Cisco CCNA 200-301 Course: Networking from Zero to
        Hero</div>
      <div class="instr">Instructors <b>Anil Varga, Dora Lindqvist</b></div>
      <div class="learner">Kateřina Horáková</div>
      <div class="meta"><span>Date</span><b>Aug. 9, 2023</b><br><span>Length</span>
        <b>21.5 total hours</b></div>
    </div>""",
        uc=uc,
        hat='<svg width="22" height="14" viewBox="0 0 22 14"><polygon points="0,12 11,0 22,12 '
        '11,6" fill="#a435f0"/></svg>',
    )
    return _weasy(_html(css, body), folder / f"{uc}.pdf")


def _build_skillsoft(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #222; }
    .page { width: 11in; height: 8.5in; position: relative; background: #fff; }
    .stripe { position: absolute; left: 0; right: 0; top: 0; height: 0.22in;
              background: linear-gradient(90deg, #2a2b6e, #8e3bff, #ff6a3d); }
    .logos { position: absolute; top: 0.6in; left: 0.8in; right: 0.8in; display: flex;
             justify-content: space-between; font-size: 22px; font-weight: bold; }
    .logos .p { color: #8e3bff; font-weight: normal; font-style: italic; }
    h1 { position: absolute; top: 1.6in; left: 0; right: 0; margin: 0; text-align: center;
         font-size: 20px; letter-spacing: 0.35em; font-weight: normal; }
    .t { position: absolute; left: 1in; right: 1in; text-align: center; }
    .nm { font-size: 38px; font-family: 'C059', serif; }
    .cs { font-size: 26px; font-weight: bold; color: #2a2b6e; }
    .foot { position: absolute; left: 1in; right: 1in; bottom: 0.9in; display: flex;
            justify-content: space-between; font-size: 12px; align-items: flex-end; }
    .rule { border-top: 1px solid #777; padding-top: 3px; width: 2.5in; text-align: center; }
    """
    body = _t(
        """
    <div class="page"><div class="stripe"></div>
      <div class="logos"><span>skillsoft<span style="color:#ff6a3d">.</span></span>
        <span class="p">percipio</span></div>
      <h1>CERTIFICATE OF COMPLETION</h1>
      <div class="t" style="top:2.35in;font-size:15px">This certifies that</div>
      <div class="t nm" style="top:2.8in">Liang Wei-Ting</div>
      <div class="t" style="top:3.7in;font-size:15px">has successfully completed the
        Skillsoft course</div>
      <div class="t cs" style="top:4.15in">Securing Wireless Networks</div>
      <div class="t" style="top:4.85in;font-size:14px">Completed on 19 September 2023</div>
      <div class="foot"><div>$sig<div class="rule">Chief Content Officer</div></div>
        <div class="rule" style="border:0;text-align:right;color:#666">Content type: Course
          <br>Issued through Percipio</div></div>
    </div>""",
        sig=_signature_svg("skillsoft-cco", 190, 46),
    )
    return _weasy(_html(css, body), folder / "Completion Certificate.pdf")


def _build_fr_attestation(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1b2540; }
    .page { width: 297mm; height: 210mm; position: relative; }
    .side { position: absolute; left: 0; top: 0; bottom: 0; width: 14mm;
            background: linear-gradient(#1b2540 33%, #ffffff 33% 66%, #c8102e 66%); }
    .org { position: absolute; left: 30mm; top: 16mm; font-family: 'DejaVu Sans', sans-serif;
           font-size: 14px; font-weight: bold; }
    .org small { display: block; font-weight: normal; font-size: 10px; color: #556; }
    h1 { position: absolute; left: 30mm; right: 20mm; top: 42mm; margin: 0; font-size: 36px;
         letter-spacing: 0.14em; text-transform: uppercase; font-weight: normal; }
    .body { position: absolute; left: 30mm; right: 30mm; top: 70mm; font-size: 15px;
            line-height: 1.9; }
    .nm { font-size: 25px; font-weight: bold; }
    .meta { position: absolute; left: 30mm; top: 140mm; font-size: 12.5px; line-height: 1.8; }
    .sign { position: absolute; right: 28mm; top: 140mm; width: 75mm; text-align: center;
            font-size: 12px; }
    footer { position: absolute; left: 30mm; right: 20mm; bottom: 10mm; font-size: 8px;
             color: #778; font-family: 'DejaVu Sans', sans-serif; }
    """
    body = _t(
        """
    <div class="page"><div class="side"></div>
      <div class="org">Institut Numérique de Lyon<small>Organisme de formation
        professionnelle continue</small></div>
      <h1>Attestation de réussite</h1>
      <div class="body">Nous soussignés, Institut Numérique de Lyon, certifions que<br>
        <span class="nm">Madame Léa Beaumont-Durand</span><br>
        a suivi avec succès la formation « Administration des réseaux Linux »<br>
        du 15 janvier au 19 janvier 2024, en présentiel à Lyon.</div>
      <div class="meta">Durée : 35 heures<br>Évaluation des acquis : validée (QCM et travaux
        pratiques)<br>N° d'attestation : FR-2024-00318</div>
      <div class="sign">Fait à Lyon, le 19 janvier 2024<br>$sig<br>Nathalie Guérin-Poulain,
        directrice pédagogique</div>
      <footer>Institut Numérique de Lyon – SAS au capital de 20 000 € – 27 rue de la
        Thibaudière, 69007 Lyon – SIRET 852 114 907 00021 – Déclaration d'activité enregistrée
        sous le n° 84 69 17302 69 auprès du préfet de région Auvergne-Rhône-Alpes.</footer>
    </div>""",
        sig=_signature_svg("inl-guerin", 180, 50),
    )
    return _weasy(_html(css, body, "fr"), folder / "attestation_FR-2024-00318.pdf")


def _build_ru_sertifikat(folder: Path) -> Path:
    css = """
    @page { size: A4; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1c2431; }
    .page { width: 210mm; height: 297mm; position: relative; }
    .frame { position: absolute; top: 10mm; left: 10mm; right: 10mm; bottom: 10mm;
             border: 1.2mm solid #23446b; }
    .org { position: absolute; top: 24mm; left: 20mm; right: 20mm; text-align: center;
           font-family: 'DejaVu Sans', sans-serif; font-size: 12px; line-height: 1.5; }
    h1 { position: absolute; top: 55mm; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 44px; letter-spacing: 0.25em; color: #23446b; }
    .sub { position: absolute; top: 75mm; left: 0; right: 0; text-align: center; font-size: 16px; }
    .txt { position: absolute; top: 98mm; left: 25mm; right: 25mm; text-align: center;
           font-size: 15px; line-height: 1.9; }
    .fio { font-size: 25px; font-weight: bold; display: block; margin: 4mm 0; }
    .prog { font-size: 19px; font-weight: bold; display: block; margin: 4mm 0; }
    .meta { position: absolute; top: 200mm; left: 25mm; font-size: 13px; line-height: 1.9; }
    .sign { position: absolute; top: 240mm; left: 25mm; right: 25mm; display: flex;
            justify-content: space-between; font-size: 12px; align-items: flex-end; }
    """
    body = _t(
        """
    <div class="page"><div class="frame"></div>
      <div class="org">Автономная некоммерческая организация дополнительного
        профессионального образования<br><b>«Учебный центр Северная Звезда»</b><br>
        г. Санкт-Петербург</div>
      <h1>СЕРТИФИКАТ</h1>
      <div class="sub">о прохождении обучения</div>
      <div class="txt">Настоящий сертификат подтверждает, что
        <span class="fio">Волкова Екатерина Сергеевна</span>
        с 02.04.2024 по 18.04.2024 прошла обучение по программе
        <span class="prog">«Основы информационной безопасности»</span>
        в объёме 16 часов</div>
      <div class="meta">Регистрационный номер: 2024-ИБ-03317<br>
        Дата выдачи: 18 апреля 2024 г.</div>
      <div class="sign"><div>Директор<br><br>М.П.</div><div>$sig</div>
        <div>А. В. Лебедянский</div></div>
    </div>""",
        sig=_signature_svg("sz-director", 160, 48),
    )
    return _weasy(_html(css, body, "ru"), folder / "sertifikat_2024-IB-03317.pdf")


def _build_tr_sertifika(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222; }
    .page { width: 297mm; height: 210mm; position: relative; background: #fff; }
    .corner { position: absolute; width: 0; height: 0; }
    .c1 { left: 0; top: 0; border-top: 60mm solid #c0392b; border-right: 60mm solid transparent; }
    .c2 { right: 0; bottom: 0; border-bottom: 60mm solid #1f3a5f;
          border-left: 60mm solid transparent; }
    .org { position: absolute; right: 22mm; top: 16mm; font-size: 14px; font-weight: bold;
           text-align: right; color: #1f3a5f; }
    h1 { position: absolute; top: 42mm; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 38px; letter-spacing: 0.1em; color: #c0392b; }
    .t { position: absolute; left: 40mm; right: 40mm; text-align: center; }
    .nm { font-size: 30px; font-family: 'DejaVu Serif', serif; font-style: italic; }
    .grid { position: absolute; top: 132mm; left: 70mm; display: grid;
            grid-template-columns: 45mm 1fr; row-gap: 2mm; font-size: 13px; }
    .sig { position: absolute; right: 45mm; bottom: 30mm; text-align: center; font-size: 11px; }
    """
    body = _t(
        """
    <div class="page"><div class="corner c1"></div><div class="corner c2"></div>
      <div class="org">BİLİŞİM AKADEMİSİ ANADOLU<br><span style="font-weight:normal;
        font-size:10px">Ankara · www.bilisimakademisi.example</span></div>
      <h1>BAŞARI SERTİFİKASI</h1>
      <div class="t" style="top:70mm;font-size:15px">Sayın</div>
      <div class="t nm" style="top:80mm">Elif Şahin Yıldırım</div>
      <div class="t" style="top:100mm;font-size:15px;line-height:1.7">
        <b>Siber Güvenliğe Giriş</b> eğitimini başarıyla tamamlamıştır.</div>
      <div class="grid"><span>Eğitim Tarihi:</span><span>9 Ocak 2024</span>
        <span>Eğitim Süresi:</span><span>12 saat</span>
        <span>Sertifika No:</span><span>TR-SG-240109-0045</span></div>
      <div class="sig">$sig<br>Dr. Kaan Özdemirci<br>Eğitim Koordinatörü</div>
    </div>""",
        sig=_signature_svg("ba-koordinator", 170, 46),
    )
    return _weasy(_html(css, body, "tr"), folder / "sertifika_TR-SG-240109-0045.pdf")


def _build_university_ceu(folder: Path) -> Path:
    css = """
    @page { size: Letter; margin: 0 }
    body { margin: 0; font-family: 'C059', serif; color: #2a1f14; }
    .page { width: 8.5in; height: 11in; position: relative; page-break-after: always; }
    .page:last-child { page-break-after: auto; }
    .frame { position: absolute; top: 0.45in; left: 0.45in; right: 0.45in; bottom: 0.45in;
             border: 3px solid #6d1a36; }
    .frame2 { position: absolute; top: 0.55in; left: 0.55in; right: 0.55in; bottom: 0.55in;
              border: 1px solid #6d1a36; }
    .uni { position: absolute; top: 1.1in; left: 0; right: 0; text-align: center; font-size: 26px;
           font-variant: small-caps; letter-spacing: 0.05em; color: #6d1a36; }
    .office { position: absolute; top: 1.6in; left: 0; right: 0; text-align: center;
              font-size: 14px; font-style: italic; }
    .seal { position: absolute; top: 2.05in; left: 3.7in; }
    h1 { position: absolute; top: 3.35in; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 34px; font-weight: normal; }
    .t { position: absolute; left: 1in; right: 1in; text-align: center; font-size: 15px;
         line-height: 1.6; }
    .nm { font-size: 32px; font-style: italic; }
    .crs { font-size: 22px; font-weight: bold; }
    .sig { position: absolute; bottom: 1.3in; width: 2.7in; text-align: center; font-size: 11px; }
    .rule { border-top: 1px solid #444; padding-top: 3px; }
    .no { position: absolute; bottom: 0.8in; left: 0; right: 0; text-align: center;
          font-size: 10px; }
    .terms { padding: 1in 1in; font-family: 'Nimbus Sans', sans-serif; font-size: 11px;
             line-height: 1.55; }
    .terms h2 { font-family: 'C059', serif; font-size: 18px; color: #6d1a36; }
    """
    body = _t(
        """
    <div class="page"><div class="frame"></div><div class="frame2"></div>
      <div class="uni">Halvorsen State University</div>
      <div class="office">Office of Continuing and Professional Education</div>
      <div class="seal">$seal</div>
      <h1>Certificate of Completion</h1>
      <div class="t" style="top:4.1in">This certifies that</div>
      <div class="t nm" style="top:4.5in">Imani Castellanos-Rhee</div>
      <div class="t" style="top:5.25in">has successfully completed the non-credit program</div>
      <div class="t crs" style="top:5.7in">Network Automation with Python and Ansible</div>
      <div class="t" style="top:6.55in">Fall 2023 session, September 12 – November 14, 2023
        <br>and is awarded 3.0 Continuing Education Units (CEUs)</div>
      <div class="sig" style="left:1in">$sig1<div class="rule">Dean, Continuing and
        Professional Education</div></div>
      <div class="sig" style="right:1in">$sig2<div class="rule">Program Director</div></div>
      <div class="no">Certificate No. 2023-CPE-04417</div>
    </div>
    <div class="page"><div class="terms">
      <h2>About this record</h2>
      <p>The Continuing Education Unit (CEU) is a nationally recognized measure of
        participation in qualified non-credit continuing education programs. CEUs are not
        academic credit and cannot be converted to credit toward a degree.</p>
      <p>Attendance was recorded for every session. A participant must attend at least 90
        percent of the scheduled sessions and complete the final project to receive a
        certificate. Records are kept by the Office of Continuing and Professional Education
        for seven years.</p>
      <p>To request an official transcript of CEUs, contact the Registrar, Office of
        Continuing and Professional Education, 200 College Avenue, Halvorsen, MN 55000, and
        quote the certificate number printed on the front of this document.</p>
    </div></div>""",
        seal=_seal_svg(76, "#6d1a36"),
        sig1=_signature_svg("hsu-dean", 190, 46),
        sig2=_signature_svg("hsu-director", 190, 46),
    )
    return _weasy(_html(css, body), folder / "HSU_CPE_certificate.pdf")


def _build_openedx(folder: Path) -> Path:
    css = """
    @page { size: 11in 8.5in; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #23282d; }
    .page { width: 11in; height: 8.5in; position: relative; }
    .edge { position: absolute; top: 0; bottom: 0; left: 0; width: 0.5in; background: #0a3055; }
    .hdr { position: absolute; left: 1in; top: 0.7in; font-size: 13px; color: #0a3055; }
    .hdr b { font-size: 24px; display: block; }
    .kind { position: absolute; left: 1in; top: 1.7in; font-size: 15px; text-transform: uppercase;
            letter-spacing: 0.2em; color: #0075b4; }
    .ach { position: absolute; left: 1in; top: 2.0in; font-size: 30px; font-family: 'P052'; }
    .t { position: absolute; left: 1in; width: 7in; font-size: 14px; line-height: 1.6; }
    .nm { font-size: 34px; font-weight: bold; }
    .crs { font-size: 24px; font-weight: bold; color: #0a3055; line-height: 1.3; }
    .aside { position: absolute; right: 0.7in; top: 2.4in; width: 2.3in; font-size: 11px;
             color: #555; line-height: 1.5; border-left: 1px solid #ccd; padding-left: 0.2in; }
    .aside b { display: block; color: #23282d; font-size: 12px; margin-top: 0.15in; }
    .sig { position: absolute; left: 1in; bottom: 0.75in; font-size: 11px; }
    .url { position: absolute; left: 1in; right: 0.7in; bottom: 0.35in; font-size: 9px;
           color: #777; }
    """
    cid = "9d2f0c7b8a4e4f61b3c2e1d0a9f8e7c6"
    body = _t(
        """
    <div class="page"><div class="edge"></div>
      <div class="hdr"><b>OpenCampusX</b>an online learning initiative of Tallis University</div>
      <div class="kind">Verified Certificate</div>
      <div class="ach">of Achievement</div>
      <div class="t" style="top:2.75in">This is to certify that</div>
      <div class="t nm" style="top:3.05in">Sofía Elena Marroquín</div>
      <div class="t" style="top:3.75in">successfully completed and received a passing grade
        in</div>
      <div class="t crs" style="top:4.1in">Software-Defined Networking Fundamentals</div>
      <div class="t" style="top:5.0in">a course of study offered by Tallis University
        through OpenCampusX.</div>
      <div class="aside"><b>Issued</b>June 20, 2024<b>Course</b>NET204x<b>Valid
        Certificate ID</b>$cid</div>
      <div class="sig">$sig<br>Prof. Oren Castellanos<br>Associate Professor of Electrical
        Engineering, Tallis University</div>
      <div class="url">Verify the authenticity of this certificate at
        https://certificates.opencampusx.example/cert/$cid</div>
    </div>""",
        cid=cid,
        sig=_signature_svg("ocx-castellanos", 190, 46),
    )
    return _weasy(_html(css, body), folder / "OpenCampusX_NET204x_certificate.pdf")


def _build_unclear_two_codes(folder: Path) -> Path:
    css = """
    @page { size: 297mm 210mm; margin: 0 }
    body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #243b53; }
    .page { width: 297mm; height: 210mm; position: relative; background: #f7fafc; }
    .mount { position: absolute; left: 18mm; top: 14mm; }
    .brand { position: absolute; left: 40mm; top: 17mm; font-size: 17px; font-weight: bold; }
    .id1 { position: absolute; right: 18mm; top: 17mm; font-size: 10px; color: #627d98; }
    h1 { position: absolute; top: 45mm; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 34px; font-weight: normal; }
    .t { position: absolute; left: 30mm; right: 30mm; text-align: center; }
    footer { position: absolute; left: 18mm; right: 18mm; bottom: 12mm; display: flex;
             justify-content: space-between; font-size: 9.5px; color: #627d98;
             border-top: 0.5px solid #bcccdc; padding-top: 2.5mm; }
    """
    mountain = (
        '<svg width="18mm" height="12mm" viewBox="0 0 30 20">'
        '<polygon points="0,20 11,4 17,12 21,7 30,20" fill="#2f80ed"/></svg>'
    )
    body = _t(
        """
    <div class="page">
      <div class="mount">$m</div><div class="brand">Summit Ridge Learning</div>
      <div class="id1">Certificate ID: SRL-118273</div>
      <h1>Certificate of Completion</h1>
      <div class="t" style="top:68mm;font-size:15px">Awarded to</div>
      <div class="t" style="top:77mm;font-size:32px;font-weight:bold">Marguerite Oyelaran</div>
      <div class="t" style="top:98mm;font-size:15px">for completing</div>
      <div class="t" style="top:107mm;font-size:24px">Fundamentals of Cloud Identity and
        Access Management</div>
      <div class="t" style="top:132mm;font-size:14px">November 8, 2023</div>
      <div class="t" style="top:148mm">$sig</div>
      <footer><span>Summit Ridge Learning · Continuing professional development</span>
        <span>Certificate ID: QX7-2291-MM</span></footer>
    </div>""",
        m=mountain,
        sig=_signature_svg("srl-sig", 180, 44),
    )
    return _weasy(_html(css, body), folder / "SRL_certificate.pdf")


# --------------------------------------------------------------------------------------------
# LibreOffice Writer cases (.fodt and .docx converted headless)
# --------------------------------------------------------------------------------------------


def _build_cbt_nuggets(folder: Path) -> Path:
    d = _Docx(11, 8.5, 0.7)
    d.p(
        [("CBT", True), (" Nuggets", False)],
        size=26,
        color="#f26522",
        font="DejaVu Sans",
        align="left",
        after=2,
    )
    d.p(
        "IT training that doesn't put you to sleep.",
        size=10,
        italic=True,
        color="#666666",
        align="left",
        after=30,
    )
    d.p("Certificate of Completion", size=34, font="DejaVu Serif", color="#1b2a41", after=14)
    d.p("This certifies that", size=14, color="#555555", after=6)
    d.p("Owen Fitzgerald-Achebe", size=30, bold=True, color="#1b2a41", after=6)
    d.p("has completed the training", size=14, color="#555555", after=6)
    d.p(
        "Cisco CCNP Enterprise (350-401 ENCOR) Online Training",
        size=22,
        bold=True,
        color="#f26522",
        after=24,
    )
    d.table(
        [
            ("Completed", "June 30, 2023"),
            ("Trainer", "Marisol Okonkwo"),
            ("Training hours", "32"),
            ("Certificate #", "CBT-2023-0630-84417"),
        ],
        (2.0, 3.6),
        size=12,
    )
    d.p(
        "CBT Nuggets, LLC · This certificate confirms completion of video training and does "
        "not represent a vendor certification.",
        size=8,
        color="#888888",
        before=36,
    )
    return _soffice("CBT_Nuggets_Certificate.docx", d.render(), folder)


def _build_cisco_learning_partner(folder: Path) -> Path:
    o = _Odt(
        29.7,
        21.0,
        1.2,
        border="0.1cm solid #005073",
        footer="Helix Networks Academy B.V. · Stationsplein 45, 3511 ED Utrecht · KvK "
        "70412297 · This certificate confirms attendance; it is not a Cisco "
        "certification.",
    )
    o.p(
        [("HELIX ", True), ("Networks Academy", False)],
        size=20,
        color="#005073",
        align="left",
        after=0.05,
    )
    o.p(
        "Authorized Cisco Learning Partner",
        size=10,
        color="#049fd9",
        align="left",
        upper=True,
        spacing=1.5,
        after=0.9,
    )
    o.p("Certificate of Attendance", size=32, font="DejaVu Serif", color="#0d274d", after=0.4)
    o.p("This is to certify that", size=13, color="#444444")
    o.p("Bartholomew Ezeani-Forsberg", size=28, bold=True, color="#0d274d", before=0.2, after=0.3)
    o.p("has attended the instructor-led training", size=13, color="#444444")
    o.p(
        "Implementing and Administering Cisco Solutions (CCNA) v2.0",
        size=20,
        bold=True,
        color="#005073",
        before=0.2,
        after=0.3,
    )
    o.p("from 8 April 2024 to 12 April 2024 · Virtual classroom", size=13, after=0.6)
    o.table(
        [
            ("Instructor", "Rosalind Achterberg"),
            ("Cisco Continuing Education credits", "30"),
            ("Certificate No.", "HNA-24-0412-117"),
        ],
        (7.0, 6.5),
        size=11,
    )
    o.p(
        "Cisco Learning Partner",
        size=9,
        color="#049fd9",
        align="end",
        before=0.8,
        upper=True,
        spacing=2,
    )
    return _soffice("HNA-24-0412-117.fodt", o.render(), folder)


def _build_pt_certificado(folder: Path) -> Path:
    o = _Odt(29.7, 21.0, 1.6, border="0.25cm double #0b6e4f", background="#fbfdfb")
    o.p("Escola Técnica Digital Horizonte", size=15, bold=True, color="#0b6e4f", after=0.05)
    o.p("Educação profissional a distância", size=10, italic=True, color="#555555", after=0.8)
    o.p(
        "CERTIFICADO DE CONCLUSÃO",
        size=30,
        font="DejaVu Serif",
        color="#0b6e4f",
        spacing=3,
        after=0.7,
    )
    o.p(
        [
            ("Certificamos que ", False),
            ("João Victor Magalhães Araújo", True),
            (" concluiu o curso ", False),
            ("Segurança em Redes Sem Fio", True),
            (", com carga horária de 20 horas, em 07/11/2023.", False),
        ],
        size=15,
        align="center",
        after=1.2,
    )
    o.p("São Paulo, 7 de novembro de 2023.", size=12, after=1.4)
    o.p("______________________________", size=12, after=0.05)
    o.p("Profa. Beatriz Salgueiro Nunes — Coordenação Pedagógica", size=10, after=0.8)
    o.p(
        "Código de autenticação: 5E2A91BC · Valide em https://horizonte.example/validar",
        size=9,
        color="#555555",
    )
    o.page_break()
    o.p("Conteúdo programático", size=18, bold=True, color="#0b6e4f", align="start", after=0.4)
    o.table(
        [
            ("Módulo", "Conteúdo", "Carga horária"),
            ("1", "Fundamentos de redes 802.11 e espectro de rádio", "4h"),
            ("2", "WEP, WPA2 e WPA3: criptografia e autenticação", "4h"),
            ("3", "802.1X, RADIUS e EAP em redes corporativas", "4h"),
            ("4", "Ataques a redes sem fio e contramedidas", "5h"),
            ("5", "Projeto final e avaliação", "3h"),
            ("", "Carga horária total", "20h"),
        ],
        (2.0, 16.0, 4.0),
        size=11,
        bold_first=False,
        shade_first=None,
    )
    return _soffice("certificado_seguranca_redes.fodt", o.render(), folder)


def _build_moodle(folder: Path) -> Path:
    o = _Odt(29.7, 21.0, 1.8, background="#ffffff", border="0.05cm solid #c3c9d1")
    o.p(
        "Meridian Health Learning Hub",
        size=13,
        bold=True,
        color="#f98012",
        align="start",
        after=1.2,
    )
    o.p("CERTIFICATE", size=40, font="P052", color="#333333", spacing=6, after=0.5)
    o.p("This is to certify that", size=13, italic=True, color="#555555")
    o.p("Anneliese Vogt-Ramírez", size=28, bold=True, before=0.2, after=0.2)
    o.p("has completed the course", size=13, italic=True, color="#555555")
    o.p("IT Security Awareness 2024", size=22, bold=True, color="#1d4f91", before=0.2, after=0.6)
    o.p("Tuesday, 16 January 2024, 10:42 AM", size=12, after=0.1)
    o.p("Grade: 92.50 %", size=12, after=1.4)
    o.p("Code: Xk3PqR8tVm", size=10, align="end", color="#444444", after=0.05)
    o.p(
        "https://learn.meridianhealth.example/admin/tool/certificate/index.php?code=Xk3PqR8tVm",
        size=8,
        align="end",
        color="#777777",
    )
    return _soffice("certificate_Xk3PqR8tVm.fodt", o.render(), folder)


def _build_training_company(folder: Path) -> Path:
    o = _Odt(
        21.0,
        29.7,
        2.0,
        footer="Ashcombe IT Training Ltd · Registered in England and Wales No. 09417762 · "
        "Unit 4, Kennet Business Park, Reading RG2 0TB",
    )
    o.p(
        "ASHCOMBE IT TRAINING",
        size=18,
        bold=True,
        color="#2e3a87",
        align="start",
        spacing=2,
        after=0.05,
    )
    o.p(
        "Practical cyber security training since 2009",
        size=9,
        italic=True,
        color="#777777",
        align="start",
        after=2.2,
    )
    o.p("Certificate of Training", size=30, font="DejaVu Serif", color="#2e3a87", after=1.0)
    o.table(
        [
            ("Participant:", "Zoë Hartley-Nakamura"),
            ("Course:", "Ethical Hacking and Countermeasures Bootcamp"),
            ("Dates:", "19/02/2024 – 23/02/2024"),
            ("Duration:", "5 days (35 hours)"),
            ("Delivery:", "Classroom, Reading"),
            ("Trainer:", "Edmund Fairweather-Li"),
            ("Certificate No.:", "24-0219-EH-031"),
        ],
        (4.5, 10.5),
        size=12,
        border="0.5pt solid #d0d4e8",
    )
    o.p(
        "The participant attended all sessions and completed the practical lab assessment.",
        size=11,
        italic=True,
        before=1.0,
        after=2.4,
    )
    o.p("______________________________", size=12, align="start", after=0.05)
    o.p("Training Manager, Ashcombe IT Training Ltd", size=10, align="start")
    return _soffice("Ashcombe_Certificate_24-0219-EH-031.fodt", o.render(), folder)


def _build_unclear_placeholder(folder: Path) -> Path:
    d = _Docx(8.5, 11, 1.0)
    d.p("PINECREST DIGITAL SKILLS", size=16, bold=True, color="#2f6b3a", spacing=2, after=60)
    d.p("Certificate of Completion", size=32, font="DejaVu Serif", color="#222222", after=30)
    d.p("awarded to", size=14, italic=True, color="#555555", after=10)
    d.p("Desmond Achterberg-Oduya", size=28, bold=True, after=24)
    d.p("for completing the self-paced course", size=14, italic=True, color="#555555", after=10)
    d.p(
        "Endpoint Security Administration Essentials", size=20, bold=True, color="#2f6b3a", after=50
    )
    d.table(
        [
            ("Date of completion", "«CompletionDate»"),
            ("Certificate number", "PDS-2023-7719"),
        ],
        (2.4, 3.2),
        size=12,
    )
    d.p(
        "Pinecrest Digital Skills · Community learning programme",
        size=9,
        color="#888888",
        before=120,
    )
    return _soffice("Certificate_Achterberg-Oduya.docx", d.render(), folder)


# --------------------------------------------------------------------------------------------
# cairo cases (design-tool style exports)
# --------------------------------------------------------------------------------------------


def _build_coursera_specialization(folder: Path) -> Path:
    c = _Cairo(folder / "Coursera ZQ4MB9TXW2KD.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(560, 0, 232, 612, fill="#f2f5fa")
    c.rect(600, 0, 150, 260, fill="#dfe7f5")
    c.text(675, 70, "SPECIALIZATION", 12, bold=True, align="center", color="#0056d2", spacing=1.6)
    c.text(675, 90, "CERTIFICATE", 12, bold=True, align="center", color="#0056d2", spacing=1.6)
    c.circle(675, 190, 46, fill="#c7d3ea")
    c.circle(675, 190, 36, stroke="#ffffff", lw=1.5)
    c.text(56, 70, "coursera", 28, bold=True, color="#0056d2")
    c.text(56, 96, "Lakemont Institute of Technology", 12, family="C059", color="#333333")
    c.text(56, 150, "Mar 3, 2024", 12, color="#444444")
    c.text(56, 196, "Anders Nakashima-Ruiz", 30, family="DejaVu Serif", color="#1f1f1f")
    c.text(
        56,
        226,
        "has successfully completed the online, non-credit Specialization",
        12,
        color="#444444",
    )
    c.text(56, 266, "Cloud Network Security", 28, bold=True, color="#1f1f1f")
    y = c.wrap(
        56,
        300,
        "Those who earn the Cloud Network Security Specialization Certificate have completed "
        "four courses covering virtual network design, segmentation, identity-aware access "
        "and monitoring of cloud workloads, and a hands-on capstone project.",
        470,
        10.5,
        15,
        color="#555555",
    )
    courses = (
        "Cloud Networking Basics",
        "Securing Virtual Private Clouds",
        "Identity and Access in the Cloud",
        "Monitoring and Incident Response for Cloud Networks",
    )
    c.text(56, y + 18, "Courses in this Specialization", 9.5, bold=True, color="#333333")
    for i, title in enumerate(courses):
        c.text(64, y + 34 + 14 * i, f"{i + 1}.  {title}", 9.5, color="#555555")
    c.signature(56, 500, 170, 44, "lakemont-sig")
    c.line(56, 548, 240, 548, color="#999999")
    c.text(56, 562, "Dr. Leopold Havránek, Program Lead", 9.5, color="#444444")
    c.text(580, 520, "Verify this certificate at:", 9, color="#555555")
    c.text(580, 534, "coursera.org/verify/specialization/", 9, color="#555555")
    c.text(580, 548, "ZQ4MB9TXW2KD", 9, color="#555555")
    return c.finish()


def _build_cisco_live(folder: Path) -> Path:
    c = _Cairo(folder / "CiscoLive_CE_Certificate.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#07182d")
    for i in range(14):  # a "light wave" band behind the title
        c.line(0, 120 + i * 6, 842, 60 + i * 9, color="#0d4a7a", lw=1.2)
    c.rect(40, 40, 762, 515, stroke="#1e90d6", lw=1.0)
    c.text(70, 92, "cisco", 30, bold=True, color="#ffffff")
    c.text(168, 92, "Live!", 30, color="#1fb5ff")
    c.text(421, 190, "CERTIFICATE OF ATTENDANCE", 16, align="center", color="#9ccff5", spacing=4.0)
    c.text(421, 232, "Technical Seminar", 14, align="center", color="#c9d8e8")
    c.text(
        421,
        270,
        "Modern Campus Fabric Design and Deployment",
        26,
        bold=True,
        align="center",
        color="#ffffff",
    )
    c.text(421, 318, "Presented to", 13, align="center", color="#c9d8e8")
    c.text(
        421, 356, "Henrike Obuya-Santos", 30, family="DejaVu Serif", align="center", color="#ffffff"
    )
    c.text(421, 396, "June 2–3, 2024  ·  Las Vegas, NV", 14, align="center", color="#c9d8e8")
    c.rect(266, 420, 310, 40, fill="#1fb5ff")
    c.text(
        421, 446, "Continuing Education credits: 16", 13, bold=True, align="center", color="#07182d"
    )
    c.text(
        421,
        520,
        "Cisco Continuing Education Program · Credits apply to eligible Cisco certifications",
        9,
        align="center",
        color="#7f9bb8",
    )
    return c.finish()


def _build_es_constancia(folder: Path) -> Path:
    c = _Cairo(folder / "constancia_7Q2M-K9XD-41PA.pdf", 595, 842)
    c.rect(0, 0, 595, 842, fill="#fffdf8")
    c.rect(0, 0, 595, 120, fill="#0f4c5c")
    c.circle(70, 60, 26, fill="#f4a259")
    c.circle(70, 60, 14, fill="#0f4c5c")
    c.text(110, 56, "Aula Digital Andina", 22, bold=True, color="#ffffff")
    c.text(110, 78, "Formación en tecnología para toda la región", 10, italic=True, color="#d6eef2")
    c.text(
        297.5,
        200,
        "CONSTANCIA DE FINALIZACIÓN",
        22,
        family="DejaVu Serif",
        align="center",
        color="#0f4c5c",
        spacing=2.2,
    )
    c.line(180, 220, 415, 220, color="#f4a259", lw=2)
    c.text(297.5, 280, "Se otorga la presente a", 13, align="center", color="#444444")
    c.text(
        297.5,
        325,
        "María José Ibáñez Quiroga",
        26,
        family="DejaVu Serif",
        italic=True,
        align="center",
        color="#1b1b1b",
    )
    c.text(
        297.5,
        370,
        "por haber completado satisfactoriamente el curso",
        13,
        align="center",
        color="#444444",
    )
    c.text(
        297.5,
        410,
        "Fundamentos de Computación en la Nube",
        19,
        bold=True,
        align="center",
        color="#0f4c5c",
    )
    c.text(
        297.5,
        450,
        "Intensidad: 40 horas  ·  Modalidad virtual",
        12,
        align="center",
        color="#444444",
    )
    c.text(297.5, 520, "Bogotá D.C., 23 de octubre de 2023", 12, align="center", color="#444444")
    c.signature(210, 580, 175, 50, "ada-directora")
    c.line(190, 640, 405, 640, color="#777777")
    c.text(297.5, 656, "Directora Académica", 10, align="center", color="#444444")
    c.qr(60, 720, 70, "ada-7Q2M")
    c.text(145, 745, "Código de verificación: 7Q2M-K9XD-41PA", 10, color="#333333")
    c.text(
        145, 761, "Verifique esta constancia en aula-andina.example/verificar", 9, color="#777777"
    )
    return c.finish()


def _build_el_vevaiosi(folder: Path) -> Path:
    c = _Cairo(folder / "vevaiosi_GR-8841-2024.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#f7f9fc")
    c.rect(24, 24, 794, 547, stroke="#0d3b66", lw=3)
    c.rect(32, 32, 778, 531, stroke="#0d3b66", lw=0.7)
    for i in range(8):  # meander strip
        x = 300 + i * 30
        c.rect(x, 60, 22, 4, fill="#0d3b66")
        c.rect(x + 18, 60, 4, 14, fill="#0d3b66")
    c.text(
        421,
        110,
        "Κέντρο Επαγγελματικής Κατάρτισης «Αιγαίο»",
        15,
        bold=True,
        align="center",
        color="#0d3b66",
    )
    c.text(
        421,
        170,
        "ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ",
        28,
        family="DejaVu Serif",
        align="center",
        color="#0d3b66",
        spacing=1.5,
    )
    c.text(421, 225, "Βεβαιώνεται ότι ο/η", 14, align="center", color="#333333")
    c.text(
        421,
        268,
        "Γεράσιμος Καλλιγέρης",
        28,
        family="DejaVu Serif",
        italic=True,
        align="center",
        color="#111111",
    )
    c.text(421, 310, "παρακολούθησε επιτυχώς το σεμινάριο", 14, align="center", color="#333333")
    c.text(
        421,
        350,
        "«Ασφάλεια Δικτύων και Τείχη Προστασίας»",
        20,
        bold=True,
        align="center",
        color="#0d3b66",
    )
    c.text(421, 384, "διάρκειας 30 ωρών", 13, align="center", color="#333333")
    c.text(90, 470, "Ημερομηνία: 21/02/2024", 12, color="#333333")
    c.text(90, 490, "Αρ. Βεβαίωσης: GR-8841-2024", 12, color="#333333")
    c.signature(560, 440, 170, 46, "kek-aigaio")
    c.line(550, 495, 752, 495, color="#555555")
    c.text(651, 512, "Ο Διευθυντής Σπουδών", 11, align="center", color="#333333")
    return c.finish()


def _build_webinar_cpe(folder: Path) -> Path:
    c = _Cairo(folder / "webinar_certificate.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(0, 0, 792, 16, fill="#5b2a86")
    c.rect(0, 596, 792, 16, fill="#5b2a86")
    # a shield-shaped logo
    ctx = c.ctx
    c.color("#5b2a86")
    ctx.move_to(60, 50)
    ctx.line_to(96, 50)
    ctx.line_to(96, 78)
    ctx.curve_to(96, 96, 78, 104, 78, 104)
    ctx.curve_to(78, 104, 60, 96, 60, 78)
    ctx.close_path()
    ctx.fill()
    c.text(108, 76, "Cyberwise Forum", 20, bold=True, color="#5b2a86")
    c.text(108, 94, "Community webinars for defenders", 9.5, color="#777777")
    c.text(
        396, 170, "Certificate of Participation", 34, family="P052", align="center", color="#2c2c2c"
    )
    c.text(396, 212, "awarded to", 13, align="center", color="#666666")
    c.text(396, 254, "Hiroshi Tanaka-Moreau", 28, bold=True, align="center", color="#2c2c2c")
    c.text(396, 296, "for attending the live webinar", 13, align="center", color="#666666")
    c.text(
        396,
        334,
        "Detecting Lateral Movement with Network Telemetry",
        21,
        align="center",
        color="#5b2a86",
    )
    c.text(
        396,
        372,
        "Thursday, 7 March 2024  ·  15:00–16:00 CET  ·  Online",
        12,
        align="center",
        color="#444444",
    )
    c.text(
        396,
        404,
        "This webinar qualifies for 1 CPE credit.",
        12,
        bold=True,
        align="center",
        color="#444444",
    )
    c.signature(120, 470, 170, 44, "cyberwise-host")
    c.line(110, 522, 310, 522, color="#999999")
    c.text(210, 538, "Presenter: Dr. Ilse Kowarik", 10, align="center", color="#555555")
    c.text(680, 538, "cyberwise-forum.example", 9, align="right", color="#999999")
    return c.finish()


def _build_corporate_academy(folder: Path) -> Path:
    c = _Cairo(folder / "KLA-ZTA-2023-118.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#fcfcfa")
    c.rect(0, 0, 250, 595, fill="#113c2f")
    ctx = c.ctx
    c.color("#e0b84c")  # kestrel logo: two wings
    ctx.move_to(60, 110)
    ctx.line_to(125, 70)
    ctx.line_to(110, 110)
    ctx.close_path()
    ctx.fill()
    ctx.move_to(110, 110)
    ctx.line_to(190, 80)
    ctx.line_to(150, 120)
    ctx.close_path()
    ctx.fill()
    c.text(60, 160, "KESTREL", 24, bold=True, color="#ffffff", spacing=3)
    c.text(60, 184, "LOGISTICS ACADEMY", 12, color="#e0b84c", spacing=2)
    c.text(60, 540, "Moving the world, securely.", 10, italic=True, color="#cfe3da")
    c.text(300, 120, "Certificate of Achievement", 34, family="DejaVu Serif", color="#113c2f")
    c.text(300, 180, "awarded to", 13, color="#555555")
    c.text(300, 222, "Priyanka Raghunathan", 30, bold=True, color="#222222")
    c.text(300, 262, "for successfully completing", 13, color="#555555")
    c.wrap(
        300,
        300,
        "Zero Trust Architecture for Operations Teams",
        480,
        22,
        28,
        bold=True,
        color="#113c2f",
    )
    c.text(
        300,
        360,
        "on the 5th day of December, 2023",
        14,
        family="DejaVu Serif",
        italic=True,
        color="#333333",
    )
    c.text(300, 420, "Employee ID: 004417", 10, color="#666666")
    c.text(300, 436, "Certificate ID: KLA-ZTA-2023-118", 10, color="#666666")
    c.signature(300, 470, 160, 40, "kla-cso")
    c.line(300, 515, 480, 515, color="#999999")
    c.text(300, 530, "Chief Security Officer", 10, color="#555555")
    c.qr(720, 470, 70, "kla-zta-118")
    return c.finish()


def _build_unclear_blank_name(folder: Path) -> Path:
    c = _Cairo(folder / "workshop_certificate_blank.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#ffffff")
    c.rect(30, 30, 782, 535, stroke="#e4572e", lw=2)
    c.text(70, 80, "OSN Meetup Berlin", 16, bold=True, color="#e4572e")
    c.text(70, 98, "Open Source Networking community", 9.5, color="#777777")
    c.text(
        421,
        170,
        "Certificate of Attendance",
        34,
        family="DejaVu Serif",
        align="center",
        color="#29335c",
    )
    c.text(421, 220, "This is to certify that", 14, align="center", color="#555555")
    c.line(231, 275, 611, 275, color="#555555", lw=0.8)
    c.text(421, 310, "attended the hands-on workshop", 14, align="center", color="#555555")
    c.text(
        421,
        350,
        "Hands-on eBPF for Network Observability",
        24,
        bold=True,
        align="center",
        color="#29335c",
    )
    c.text(
        421, 390, "held on 27 April 2024 in Berlin-Kreuzberg", 13, align="center", color="#444444"
    )
    c.text(421, 414, "CPE credits: 2", 13, bold=True, align="center", color="#444444")
    c.signature(120, 460, 170, 44, "osn-organiser")
    c.line(110, 512, 310, 512, color="#999999")
    c.text(210, 528, "Organiser", 10, align="center", color="#555555")
    return c.finish()


# --------------------------------------------------------------------------------------------
# Ghostscript cases (PostScript written by hand, as report engines and old print drivers do)
# --------------------------------------------------------------------------------------------


def _build_pluralsight(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(0, 0, 792, 612, fill="#181818")
    d.rect(0, 0, 14, 612, fill="#f15b2a")
    # logo: a ring with a play triangle
    d.circle(80, 80, 20, stroke="#f15b2a", lw=4)
    d.raw(
        f"0.945 0.357 0.165 setrgbcolor newpath 74 {612 - 70} moveto 74 {612 - 90} lineto "
        f"91 {612 - 80} lineto closepath fill"
    )
    d.text(110, 88, "PLURALSIGHT", "gothic-d", 22, color="#ffffff")
    d.text(396, 190, "CERTIFICATE OF COMPLETION", "gothic", 16, "center", "#f15b2a")
    d.text(396, 250, "Farida Oyelowo-Brandt", "sans-b", 34, "center", "#ffffff")
    d.text(396, 292, "has completed", "sans", 14, "center", "#bbbbbb")
    d.text(396, 336, "Configuring BGP on Cisco Routers", "sans-b", 24, "center", "#ffffff")
    d.text(396, 372, "Author: Gideon Varga", "sans", 12, "center", "#bbbbbb")
    d.text(396, 440, "Completed on 11/27/2023", "sans", 13, "center", "#ffffff")
    d.line(296, 455, 496, 455, color="#555555")
    d.text(60, 570, "Pluralsight, LLC", "sans", 9, color="#888888")
    d.text(732, 570, "pluralsight.com", "sans", 9, "right", "#888888")
    return _ghostscript(d, folder / "pluralsight-certificate.pdf")


def _build_pl_zaswiadczenie(folder: Path) -> Path:
    d = _PS(595, 842)
    d.rect(28, 28, 539, 786, stroke="#8b1e3f", lw=2)
    d.text(
        297.5,
        90,
        "Centrum Szkoleń Informatycznych „Bałtyk” sp. z o.o.",
        "sans-b",
        13,
        "center",
        "#8b1e3f",
    )
    d.text(
        297.5,
        106,
        "ul. Grunwaldzka 211, 80-266 Gdańsk · NIP 584-27-61-903",
        "sans",
        9,
        "center",
        "#555555",
    )
    d.text(297.5, 210, "ZAŚWIADCZENIE", "serif-b", 36, "center", "#222222")
    d.text(297.5, 238, "o ukończeniu szkolenia", "serif-i", 16, "center", "#444444")
    d.text(297.5, 300, "Niniejszym zaświadcza się, że", "serif", 14, "center")
    d.text(297.5, 345, "Pan Łukasz Żółkiewski-Wąs", "serif-b", 24, "center")
    d.text(297.5, 390, "w dniach 13–15 maja 2024 r. ukończył szkolenie", "serif", 14, "center")
    d.text(
        297.5, 430, "„Administracja systemami Windows Server”", "serif-b", 19, "center", "#8b1e3f"
    )
    d.text(297.5, 462, "w wymiarze 24 godzin.", "serif", 14, "center")
    d.text(80, 560, "Zakres szkolenia:", "sans-b", 11)
    topics = (
        "instalacja i konfiguracja ról serwera, Active Directory i zasady grupy,",
        "usługi DNS i DHCP, udziały plików i uprawnienia NTFS,",
        "kopie zapasowe, monitorowanie i podstawy PowerShell.",
    )
    for i, line in enumerate(topics):
        d.text(92, 578 + 15 * i, "– " + line, "sans", 10.5)
    d.text(80, 700, "Nr zaświadczenia: 117/2024/WS", "sans", 11)
    d.text(80, 716, "Gdańsk, 15 maja 2024 r.", "sans", 11)
    d.signature(360, 660, 160, 44, "csi-baltyk")
    d.line(350, 712, 530, 712, color="#444444")
    d.text(440, 728, "Dyrektor ds. szkoleń", "sans", 10, "center")
    return _ghostscript(d, folder / "zaswiadczenie_117_2024_WS.pdf")


def _build_nl_certificaat(folder: Path) -> Path:
    d = _PS(842, 595)
    d.rect(0, 0, 842, 595, fill="#fffaf2")
    d.rect(0, 0, 842, 70, fill="#ff7a00")
    d.text(40, 45, "Kennisinstituut Lage Landen", "gothic-d", 22, color="#ffffff")
    d.text(802, 45, "Samen slimmer werken", "gothic", 12, "right", "#ffffff")
    d.text(421, 150, "Certificaat van deelname", "palatino-b", 34, "center", "#1d3557")
    d.text(421, 200, "Hierbij verklaart Kennisinstituut Lage Landen dat", "palatino", 14, "center")
    d.text(421, 245, "Sven van der Berg-Öztürk", "palatino-b", 28, "center")
    d.text(421, 285, "heeft deelgenomen aan de training", "palatino", 14, "center")
    d.text(421, 325, "Cloud Architectuur op Azure", "palatino-b", 22, "center", "#ff7a00")
    d.text(421, 360, "op 3 juli 2024 te Utrecht.", "palatino", 14, "center")
    d.text(421, 385, "Studiebelasting: 8 uur", "palatino", 12, "center", "#444444")
    d.text(60, 520, "Certificaatnummer: NL-2024-7731", "sans", 10, color="#444444")
    d.text(
        60, 536, "KvK 81234567 · Catharijnesingel 92, 3511 GR Utrecht", "sans", 8.5, color="#777777"
    )
    d.signature(600, 455, 160, 44, "kll-trainer")
    d.line(590, 505, 770, 505, color="#444444")
    d.text(680, 520, "Trainer", "sans", 10, "center")
    return _ghostscript(d, folder / "certificaat_NL-2024-7731.pdf")


def _build_badge_platform(folder: Path) -> Path:
    uid = "5f8b2c1e-7d3a-4b9e-a6f0-2c4d8e1b7a93"
    d = _PS(612, 792)
    d.rect(0, 0, 612, 110, fill="#102a43")
    d.text(50, 62, "CredVault", "sans-b", 26, color="#ffffff")
    d.text(50, 82, "Verified digital credentials", "sans", 10, color="#9fb3c8")
    # hexagon badge
    d.raw(
        "0.161 0.502 0.725 setrgbcolor newpath 306 592 moveto 366 557 lineto 366 487 lineto "
        "306 452 lineto 246 487 lineto 246 557 lineto closepath fill"
    )
    d.raw(
        "1 1 1 setrgbcolor 2 setlinewidth newpath 306 577 moveto 352 550 lineto 352 494 lineto "
        "306 467 lineto 260 494 lineto 260 550 lineto closepath stroke"
    )
    d.text(306, 360, "CERTIFICATE OF ACHIEVEMENT", "sans-b", 13, "center", "#2980b9")
    d.text(306, 395, "Kwame Asante-Lindgren", "sans-b", 28, "center", "#102a43")
    d.text(306, 425, "has earned the credential", "sans", 13, "center", "#486581")
    d.text(306, 462, "Cloud Infrastructure Essentials", "sans-b", 22, "center", "#102a43")
    d.text(306, 488, "Issued by: Stratocore Academy", "sans", 12, "center", "#486581")
    rows = (
        ("Issued on", "2024-02-29"),
        ("Expires", "2027-02-28"),
        ("Credential ID", uid),
    )
    for i, (label, value) in enumerate(rows):
        y = 550 + 22 * i
        d.text(90, y, label, "sans-b", 11, color="#334e68")
        d.text(200, y, value, "mono", 11, color="#102a43")
    d.text(
        90,
        630,
        "Skills: virtual networks, load balancing, object storage, IAM basics",
        "sans",
        10,
        color="#486581",
    )
    d.qr(440, 650, 90, "credvault-" + uid)
    d.text(90, 700, "Verify:", "sans-b", 9, color="#334e68")
    d.text(90, 714, f"https://verify.credvault.example/c/{uid}", "sans", 9, color="#334e68")
    return _ghostscript(d, folder / "credential.pdf")


def _build_unclear_masked_id(folder: Path) -> Path:
    d = _PS(842, 595)
    d.rect(0, 0, 842, 595, fill="#ffffff")
    d.rect(36, 36, 770, 523, stroke="#3d5a80", lw=1.5)
    d.rect(60, 64, 40, 40, fill="#3d5a80")
    d.rect(72, 76, 16, 16, fill="#ffffff")
    d.text(112, 90, "Stackfield Academy", "sans-b", 18, color="#3d5a80")
    d.text(421, 180, "Certificate of Completion", "schoolbook-b", 34, "center", "#293241")
    d.text(421, 225, "This is to certify that", "schoolbook", 14, "center", "#555555")
    d.text(421, 270, "Renata Oyarzún-Becker", "schoolbook-b", 28, "center")
    d.text(421, 310, "has completed the course", "schoolbook", 14, "center", "#555555")
    d.text(
        421, 350, "Kubernetes Network Policies in Practice", "schoolbook-b", 22, "center", "#3d5a80"
    )
    d.text(421, 392, "Completed 14 February 2024", "schoolbook", 13, "center")
    d.text(80, 500, "Credential ID: ****-****-7Q4K", "mono", 11, color="#444444")
    d.text(
        80,
        516,
        "Shared copy - sign in to Stackfield Academy to view the full credential ID.",
        "sans-i",
        8.5,
        color="#888888",
    )
    d.signature(600, 455, 150, 40, "stackfield-sig")
    d.line(590, 502, 760, 502, color="#888888")
    d.text(675, 518, "Head of Curriculum", "sans", 10, "center", "#555555")
    return _ghostscript(d, folder / "stackfield_certificate_shared.pdf")


# --------------------------------------------------------------------------------------------
# fpdf2 and reportlab (one case each)
# --------------------------------------------------------------------------------------------


def _build_fpdf_statement(folder: Path) -> Path:
    from datetime import UTC, datetime

    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="pt", format="Letter")
    pdf.set_creation_date(datetime(2023, 12, 1, 9, 30, tzinfo=UTC))
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(_DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(_DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_fill_color(0, 119, 182)
    pdf.rect(0, 0, 612, 90, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 20)
    pdf.set_xy(50, 30)
    pdf.cell(400, 24, "Brightwater Cloud School")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(50, 56)
    pdf.cell(400, 14, "Hands-on infrastructure courses")
    pdf.set_text_color(30, 30, 30)
    pdf.set_font("DejaVu", "B", 28)
    pdf.set_xy(50, 170)
    pdf.cell(512, 34, "Statement of Completion", align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.set_xy(50, 240)
    pdf.cell(512, 18, "This statement confirms that", align="C")
    pdf.set_font("DejaVu", "B", 24)
    pdf.set_xy(50, 270)
    pdf.cell(512, 30, "Mateus Oliveira-Kang", align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.set_xy(50, 320)
    pdf.cell(512, 18, "has completed all lessons and labs of", align="C")
    pdf.set_font("DejaVu", "B", 19)
    pdf.set_xy(50, 350)
    pdf.cell(512, 26, "Terraform for Multi-Cloud Deployments", align="C")
    pdf.set_font("DejaVu", "", 12)
    for i, (label, value) in enumerate(
        (("Completion date", "2023-12-01"), ("Serial", "000184227"), ("Level", "Intermediate"))
    ):
        pdf.set_xy(170, 440 + 22 * i)
        pdf.cell(120, 16, label + ":")
        pdf.set_xy(300, 440 + 22 * i)
        pdf.cell(200, 16, value)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(50, 700, 562, 700)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(50, 708)
    pdf.multi_cell(
        512,
        11,
        "Brightwater Cloud School is an independent training provider. This statement is not "
        "a vendor certification. Questions: records@brightwater-cloud.example",
    )
    out = folder / "statement_000184227.pdf"
    pdf.output(str(out))
    return out


def _build_unclear_no_year(folder: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    for name, file in (
        ("H10Serif", "DejaVuSerif.ttf"),
        ("H10SerifB", "DejaVuSerif-Bold.ttf"),
        ("H10Sans", "DejaVuSans.ttf"),
    ):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_DEJAVU / file)))
    out = folder / "HTT_certificate.pdf"
    w, h = landscape(A4)
    cv = Canvas(str(out), pagesize=(w, h), invariant=True)
    cv.setFillColorRGB(0.97, 0.95, 0.9)
    cv.rect(0, 0, w, h, fill=1, stroke=0)
    cv.setStrokeColorRGB(0.2, 0.3, 0.45)
    cv.setLineWidth(3)
    cv.rect(25, 25, w - 50, h - 50, fill=0, stroke=1)
    cv.setFillColorRGB(0.2, 0.3, 0.45)
    cv.setFont("H10SerifB", 15)
    cv.drawString(60, h - 75, "Harborview Tech Talks")
    cv.setFont("H10Serif", 36)
    cv.drawCentredString(w / 2, h - 170, "Certificate of Completion")
    cv.setFillColorRGB(0.25, 0.25, 0.25)
    cv.setFont("H10Sans", 14)
    cv.drawCentredString(w / 2, h - 220, "presented to")
    cv.setFont("H10SerifB", 28)
    cv.drawCentredString(w / 2, h - 262, "Yusuf Demirci-Hale")
    cv.setFont("H10Sans", 14)
    cv.drawCentredString(w / 2, h - 302, "for completing the evening course")
    cv.setFont("H10SerifB", 21)
    cv.drawCentredString(w / 2, h - 340, "Secure Shell (SSH) Key Management Basics")
    cv.setFont("H10Sans", 13)
    cv.drawCentredString(w / 2, h - 380, "Completed on 14 June")
    cv.setFont("H10Sans", 10)
    cv.drawString(60, 70, "Certificate code: HTT-SSH-3308")
    (sx, sy), segs = _signature("htt-host", 180, 44)
    sig = cv.beginPath()
    sig.moveTo(w - 255 + sx, 140 - sy)
    for a, b, c, d, e, f in segs:
        sig.curveTo(w - 255 + a, 140 - b, w - 255 + c, 140 - d, w - 255 + e, 140 - f)
    cv.setStrokeColorRGB(0.11, 0.17, 0.42)
    cv.setLineWidth(1.2)
    cv.drawPath(sig, stroke=1, fill=0)
    cv.setStrokeColorRGB(0.25, 0.25, 0.25)
    cv.setLineWidth(0.8)
    cv.line(w - 260, 90, w - 70, 90)
    cv.drawCentredString(w - 165, 75, "Course host")
    cv.showPage()
    cv.save()
    return out


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------


def _case(
    name: str,
    kind: str,
    build: Builder,
    note: str,
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None = None,
    review: bool = False,
    credits: tuple[float, str] | None = None,
) -> tuple[Case, str]:
    expected = Expected(course, start, end, code, learner, issuer, review, credits)
    return Case(name, expected, build, note), kind


_ROWS: list[tuple[Case, str]] = [
    # ---- Chromium -------------------------------------------------------------------------
    _case(
        "h10_cisco_u_ce",
        "known",
        _build_cisco_u,
        "Chromium; absolute layout, tracked uppercase kicker, label-above-value grid",
        "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
        None,
        "2024-03-14",
        "CU-7F3A9D21-B84E",
        "Rafael Quintero-Lindqvist",
        "Cisco U.",
        credits=(40.0, "CE"),
    ),
    _case(
        "h10_linkedin_cpe",
        "known",
        _build_linkedin,
        "Chromium; name inside 'Congratulations, …', date with time, CPE block, logo split",
        "Network Automation with Python and NETCONF",
        None,
        "2024-02-02",
        "AZrT4kq0Lw8vN2mYp6sD1fGh",
        "Ngozi Adebayo-Hart",
        "LinkedIn Learning",
        credits=(1.5, "CPE"),
    ),
    _case(
        "h10_coursera_course",
        "known",
        _build_coursera,
        "Chromium; two-column grid, date above the name, code only inside verify URL",
        "Introduction to Network Security Monitoring",
        None,
        "2024-03-18",
        "8XK2PQ7LMN4R",
        "Thandiwe Okafor-Lindahl",
        "Coursera",
    ),
    _case(
        "h10_ine_path",
        "known",
        _build_ine,
        "Chromium; dark theme, ISO date, UUID certificate id, QR block",
        "Enterprise Network Security Fundamentals",
        None,
        "2024-05-21",
        "3b7c9e12-6a4f-4d21-b0e8-91f2ad5c7e60",
        "Dmitri Halloran-Osei",
        "INE",
        credits=(24.0, "CPE"),
    ),
    _case(
        "h10_de_teilnahme",
        "foreign",
        _build_de_teilnahme,
        "Chromium; German A4 portrait, 'vom 4. bis 6. März 2024', title in „…“, legal footer",
        "Grundlagen der Netzwerksicherheit",
        "2024-03-04",
        "2024-03-06",
        "DE-NS-2403-0571",
        "Jörg Weißmüller",
        credits=(18.0, "hours"),
    ),
    _case(
        "h10_it_webinar",
        "foreign",
        _build_it_attestato,
        "Chromium; Italian webinar attestation, small-caps heading, VAT number in footer",
        "Introduzione a Kubernetes per sviluppatori",
        None,
        "2023-12-12",
        "IT23-KB-00942",
        "Francesca Dell'Acqua",
        credits=(2.0, "hours"),
    ),
    _case(
        "h10_vi_chungnhan",
        "foreign",
        _build_vi_chungnhan,
        "Chromium; Vietnamese, label/value grid incl. a birth date, 'ngày … tháng … năm'",
        "Quản trị mạng máy tính căn bản",
        None,
        "2023-08-15",
        "VN-QT-230815-662",
        "Nguyễn Thị Thu Hương",
        credits=(48.0, "hours"),
    ),
    _case(
        "h10_conference_cpe",
        "unknown",
        _build_conference_cpe,
        "Chromium; flex two-panel conference attendance, en-dash range, CPE badge",
        "Northern Lights Security Summit 2024",
        "2024-10-08",
        "2024-10-10",
        "NLSS24-A7Q2-K4",
        "Oluwaseun Bergström",
        credits=(18.0, "CPE"),
    ),
    _case(
        "h10_canvas_style",
        "unknown",
        _build_canvas_style,
        "Chromium; LMS-style portrait page, values in a table, course section code",
        "Introduction to Python for Network Engineers",
        None,
        "2023-09-30",
        None,
        "Tomasz Kowalczyk",
        credits=(12.0, "hours"),
    ),
    _case(
        "h10_vendor_accreditation",
        "unknown",
        _build_vendor_portal,
        "Chromium; vendor partner portal, partner company next to learner, transcript page",
        "Nimbusfield Hyperconverged Storage Technical Sales Accreditation",
        None,
        "2024-07-03",
        "NPA-0098-4471-22",
        "Ingrid Solheim",
    ),
    _case(
        "h10_unclear_numeric_date",
        "unclear",
        _build_unclear_numeric_date,
        "Chromium; only date is 04/05/2023 with no locale hint at all",
        "Linux Server Hardening",
        None,
        None,
        "RTI-55102",
        "Callum Ferreira",
        review=True,
    ),
    # ---- WeasyPrint -----------------------------------------------------------------------
    _case(
        "h10_netacad_itn",
        "known",
        _build_netacad,
        "WeasyPrint; course title inside a sentence, skills list, date under a rule",
        "CCNA: Introduction to Networks",
        None,
        "2024-01-12",
        None,
        "Siddharth Menon-Albrecht",
        "Cisco Networking Academy",
    ),
    _case(
        "h10_udemy",
        "known",
        _build_udemy,
        "WeasyPrint; lowercase logo, long wrapped title, UC- code plus reference number",
        "The Complete Cisco CCNA 200-301 Course: Networking from Zero to Hero",
        None,
        "2023-08-09",
        "UC-4f1e7a9c-2b3d-4e8f-9a61-0c5d7e2b8f13",
        "Kateřina Horáková",
        "Udemy",
        credits=(21.5, "hours"),
    ),
    _case(
        "h10_skillsoft",
        "known",
        _build_skillsoft,
        "WeasyPrint; two logos (skillsoft / percipio), 'Completed on 19 September 2023'",
        "Securing Wireless Networks",
        None,
        "2023-09-19",
        None,
        "Liang Wei-Ting",
        "Skillsoft",
    ),
    _case(
        "h10_fr_attestation",
        "foreign",
        _build_fr_attestation,
        "WeasyPrint; French, title in « », 'du 15 janvier au 19 janvier 2024', SIRET footer",
        "Administration des réseaux Linux",
        "2024-01-15",
        "2024-01-19",
        "FR-2024-00318",
        "Léa Beaumont-Durand",
        credits=(35.0, "hours"),
    ),
    _case(
        "h10_ru_sertifikat",
        "foreign",
        _build_ru_sertifikat,
        "WeasyPrint; Russian, surname-first full name, dd.mm.yyyy range, Cyrillic in code",
        "Основы информационной безопасности",
        "2024-04-02",
        "2024-04-18",
        "2024-ИБ-03317",
        "Волкова Екатерина Сергеевна",
        credits=(16.0, "hours"),
    ),
    _case(
        "h10_tr_sertifika",
        "foreign",
        _build_tr_sertifika,
        "WeasyPrint; Turkish, title fused into a sentence with a case suffix",
        "Siber Güvenliğe Giriş",
        None,
        "2024-01-09",
        "TR-SG-240109-0045",
        "Elif Şahin Yıldırım",
        credits=(12.0, "hours"),
    ),
    _case(
        "h10_university_ceu",
        "unknown",
        _build_university_ceu,
        "WeasyPrint; university CE office, 'September 12 – November 14, 2023', CEUs, terms p.2",
        "Network Automation with Python and Ansible",
        "2023-09-12",
        "2023-11-14",
        "2023-CPE-04417",
        "Imani Castellanos-Rhee",
        credits=(3.0, "CEU"),
    ),
    _case(
        "h10_openedx_verified",
        "unknown",
        _build_openedx,
        "WeasyPrint; Open edX style, 32-hex certificate id in a side column and URL",
        "Software-Defined Networking Fundamentals",
        None,
        "2024-06-20",
        "9d2f0c7b8a4e4f61b3c2e1d0a9f8e7c6",
        "Sofía Elena Marroquín",
    ),
    _case(
        "h10_unclear_two_codes",
        "unclear",
        _build_unclear_two_codes,
        "WeasyPrint; header and footer each print a different 'Certificate ID'",
        "Fundamentals of Cloud Identity and Access Management",
        None,
        "2023-11-08",
        None,
        "Marguerite Oyelaran",
        review=True,
    ),
    # ---- LibreOffice ----------------------------------------------------------------------
    _case(
        "h10_cbt_nuggets",
        "known",
        _build_cbt_nuggets,
        "LibreOffice from .docx; slogan, label/value table, training hours",
        "Cisco CCNP Enterprise (350-401 ENCOR) Online Training",
        None,
        "2023-06-30",
        "CBT-2023-0630-84417",
        "Owen Fitzgerald-Achebe",
        "CBT Nuggets",
        credits=(32.0, "hours"),
    ),
    _case(
        "h10_cisco_learning_partner",
        "known",
        _build_cisco_learning_partner,
        "LibreOffice .fodt; partner ILT attendance 'from 8 April 2024 to 12 April 2024'",
        "Implementing and Administering Cisco Solutions (CCNA) v2.0",
        "2024-04-08",
        "2024-04-12",
        "HNA-24-0412-117",
        "Bartholomew Ezeani-Forsberg",
        "Cisco Learning Partner",
        credits=(30.0, "CE"),
    ),
    _case(
        "h10_pt_certificado",
        "foreign",
        _build_pt_certificado,
        "LibreOffice .fodt; Brazilian Portuguese one-sentence body with 07/11/2023, syllabus p.2",
        "Segurança em Redes Sem Fio",
        None,
        "2023-11-07",
        "5E2A91BC",
        "João Victor Magalhães Araújo",
        credits=(20.0, "hours"),
    ),
    _case(
        "h10_moodle_export",
        "unknown",
        _build_moodle,
        "LibreOffice .fodt; Moodle-style certificate with weekday+time date, code and URL",
        "IT Security Awareness 2024",
        None,
        "2024-01-16",
        "Xk3PqR8tVm",
        "Anneliese Vogt-Ramírez",
    ),
    _case(
        "h10_training_company_table",
        "unknown",
        _build_training_company,
        "LibreOffice .fodt; labels left of values in a table, dd/mm range, footer",
        "Ethical Hacking and Countermeasures Bootcamp",
        "2024-02-19",
        "2024-02-23",
        "24-0219-EH-031",
        "Zoë Hartley-Nakamura",
        credits=(35.0, "hours"),
    ),
    _case(
        "h10_unclear_mailmerge_date",
        "unclear",
        _build_unclear_placeholder,
        "LibreOffice from .docx; completion date left as the mail-merge field «CompletionDate»",
        "Endpoint Security Administration Essentials",
        None,
        None,
        "PDS-2023-7719",
        "Desmond Achterberg-Oduya",
        review=True,
    ),
    # ---- cairo ----------------------------------------------------------------------------
    _case(
        "h10_coursera_specialization",
        "known",
        _build_coursera_specialization,
        "cairo; specialization certificate listing its courses, code on its own line",
        "Cloud Network Security",
        None,
        "2024-03-03",
        "ZQ4MB9TXW2KD",
        "Anders Nakashima-Ruiz",
        "Coursera",
    ),
    _case(
        "h10_cisco_live_seminar",
        "known",
        _build_cisco_live,
        "cairo; dark event design, logo in two runs, 'June 2–3, 2024' range, CE credits",
        "Modern Campus Fabric Design and Deployment",
        "2024-06-02",
        "2024-06-03",
        None,
        "Henrike Obuya-Santos",
        "Cisco Live",
        credits=(16.0, "CE"),
    ),
    _case(
        "h10_es_constancia",
        "foreign",
        _build_es_constancia,
        "cairo; Spanish portrait, glyph-by-glyph tracked heading, QR block",
        "Fundamentos de Computación en la Nube",
        None,
        "2023-10-23",
        "7Q2M-K9XD-41PA",
        "María José Ibáñez Quiroga",
        credits=(40.0, "hours"),
    ),
    _case(
        "h10_el_vevaiosi",
        "foreign",
        _build_el_vevaiosi,
        "cairo; Greek attendance certificate, title in «», dd/mm/yyyy date",
        "Ασφάλεια Δικτύων και Τείχη Προστασίας",
        None,
        "2024-02-21",
        "GR-8841-2024",
        "Γεράσιμος Καλλιγέρης",
        credits=(30.0, "hours"),
    ),
    _case(
        "h10_webinar_cpe",
        "unknown",
        _build_webinar_cpe,
        "cairo; webinar participation, weekday date with time range, 1 CPE",
        "Detecting Lateral Movement with Network Telemetry",
        None,
        "2024-03-07",
        None,
        "Hiroshi Tanaka-Moreau",
        credits=(1.0, "CPE"),
    ),
    _case(
        "h10_corporate_academy",
        "unknown",
        _build_corporate_academy,
        "cairo; corporate academy, 'on the 5th day of December, 2023', employee id + cert id",
        "Zero Trust Architecture for Operations Teams",
        None,
        "2023-12-05",
        "KLA-ZTA-2023-118",
        "Priyanka Raghunathan",
    ),
    _case(
        "h10_unclear_blank_name",
        "unclear",
        _build_unclear_blank_name,
        "cairo; hand-out attendance certificate whose name line was left blank",
        "Hands-on eBPF for Network Observability",
        None,
        "2024-04-27",
        None,
        None,
        review=True,
        credits=(2.0, "CPE"),
    ),
    # ---- Ghostscript ----------------------------------------------------------------------
    _case(
        "h10_pluralsight",
        "known",
        _build_pluralsight,
        "Ghostscript; dark page, US numeric date 11/27/2023, no certificate code",
        "Configuring BGP on Cisco Routers",
        None,
        "2023-11-27",
        None,
        "Farida Oyelowo-Brandt",
        "Pluralsight",
    ),
    _case(
        "h10_pl_zaswiadczenie",
        "foreign",
        _build_pl_zaswiadczenie,
        "Ghostscript; Polish, re-encoded Type 1 fonts, 'w dniach 13–15 maja 2024 r.'",
        "Administracja systemami Windows Server",
        "2024-05-13",
        "2024-05-15",
        "117/2024/WS",
        "Łukasz Żółkiewski-Wąs",
        credits=(24.0, "hours"),
    ),
    _case(
        "h10_nl_certificaat",
        "foreign",
        _build_nl_certificaat,
        "Ghostscript; Dutch participation certificate, 'op 3 juli 2024', study load",
        "Cloud Architectuur op Azure",
        None,
        "2024-07-03",
        "NL-2024-7731",
        "Sven van der Berg-Öztürk",
        credits=(8.0, "hours"),
    ),
    _case(
        "h10_badge_platform",
        "unknown",
        _build_badge_platform,
        "Ghostscript; credential platform, issue and expiry dates, UUID in table and URL",
        "Cloud Infrastructure Essentials",
        None,
        "2024-02-29",
        "5f8b2c1e-7d3a-4b9e-a6f0-2c4d8e1b7a93",
        "Kwame Asante-Lindgren",
    ),
    _case(
        "h10_unclear_masked_id",
        "unclear",
        _build_unclear_masked_id,
        "Ghostscript; shared copy with the credential id masked as ****-****-7Q4K",
        "Kubernetes Network Policies in Practice",
        None,
        "2024-02-14",
        None,
        "Renata Oyarzún-Becker",
        review=True,
    ),
    # ---- fpdf2 / reportlab ----------------------------------------------------------------
    _case(
        "h10_fpdf_statement",
        "unknown",
        _build_fpdf_statement,
        "fpdf2; statement of completion with numeric serial",
        "Terraform for Multi-Cloud Deployments",
        None,
        "2023-12-01",
        "000184227",
        "Mateus Oliveira-Kang",
    ),
    _case(
        "h10_unclear_no_year",
        "unclear",
        _build_unclear_no_year,
        "reportlab; 'Completed on 14 June' and no year anywhere on the page",
        "Secure Shell (SSH) Key Management Basics",
        None,
        None,
        "HTT-SSH-3308",
        "Yusuf Demirci-Hale",
        review=True,
    ),
]

HOLDOUT_CASES: list[Case] = [case for case, _ in _ROWS]
HOLDOUT_KINDS: dict[str, str] = {case.name: kind for case, kind in _ROWS}
