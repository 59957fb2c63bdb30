"""Blind hold-out set 11: thirty-two training, event and credential certificates made by real
document producers.

Producers: headless Chromium printing HTML+CSS through Playwright (9 cases), WeasyPrint (7),
LibreOffice Writer headless converting flat ODF text (.fodt) and Word (.docx) files (5), cairo
through cairocffi the way design tools export (5), Ghostscript pdfwrite from hand-written
PostScript (3), and scans (3): a certificate printed by one of the producers above, rendered to a
picture with pypdfium2, turned a little (or a quarter turn), roughened with grey noise and JPEG
artefacts, and saved back as an image-only PDF without any text layer.

Kinds (see `HOLDOUT_KINDS`): "known" certificates in the style of the issuers in
`certfactory.ISSUERS` (11), "foreign" certificates in another language than English (Russian,
Greek, Ukrainian, Spanish, Portuguese, German, French, Turkish: 8), "unknown" English
certificates from issuers outside ISSUERS - conferences, webinars, workshops, badge platforms,
societies, colleges, corporate academies (8) - and "unclear" certificates where a careful human
reader could not fill every field with certainty (5).

All people, companies, schools, codes, addresses and numbers are invented; any resemblance to a
real person or code is accidental.  Builds are deterministic (seeded randomness only, no current
date).

Public interface: `HOLDOUT_CASES` (list of `certfactory.Case`) and `HOLDOUT_KINDS`
(case name -> "known" | "foreign" | "unknown" | "unclear").
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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

from certfactory import Case, Expected

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

Builder = Callable[[Path], Path]


# --------------------------------------------------------------------------------------------
# Extra bits for this set: text drawn as SVG paths (no text layer), scans
# --------------------------------------------------------------------------------------------

_FONT_CACHE: dict[str, Any] = {}


def _ttfont(name: str) -> Any:
    if name not in _FONT_CACHE:
        from fontTools.ttLib import TTFont

        _FONT_CACHE[name] = TTFont(str(_DEJAVU / name))
    return _FONT_CACHE[name]


def _path_text_svg(
    text: str,
    size: float,
    color: str = "#6b7280",
    font: str = "DejaVuSans-Bold.ttf",
    tracking: float = 0.0,
) -> str:
    """`text` as an inline SVG of glyph outlines: it looks like type but is only paths."""
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen

    f = _ttfont(font)
    glyphs = f.getGlyphSet()
    cmap = f.getBestCmap()
    scale = size / f["head"].unitsPerEm
    asc, desc = f["hhea"].ascent, f["hhea"].descent
    x = 0.0
    parts = []
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        pen = SVGPathPen(glyphs)
        glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, x, asc * scale)))
        parts.append(pen.getCommands())
        x += glyphs[name].width * scale + tracking
    h = (asc - desc) * scale
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{x:.1f}" height="{h:.1f}" '
        f'viewBox="0 0 {x:.1f} {h:.1f}" style="display:block"><path fill="{color}" '
        f'd="{" ".join(parts)}"/></svg>'
    )


def _scan(
    make: Builder,
    out: Path,
    seed: str,
    dpi: int = 200,
    angle: float = 0.0,
    turn: int = 0,
    noise: int = 14,
    quality: int = 55,
    shift: tuple[int, int] = (0, 0),
) -> Path:
    """Print a certificate with `make`, then 'scan' it: picture, slight skew or quarter turn,
    grey paper, noise, JPEG artefacts; the result is an image-only PDF (no text layer)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageFilter, ImageOps

    work = Path(tempfile.mkdtemp(prefix="holdout11_scan_"))
    try:
        src = make(work)
        pdf = pdfium.PdfDocument(str(src))
        try:
            img = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
        finally:
            pdf.close()
        rng = random.Random("scan:" + seed)
        if shift != (0, 0):  # the sheet lay off-centre on the glass: part of it is lost
            w, h = img.size
            moved = Image.new("L", (w, h), 255)
            moved.paste(img, shift)
            img = moved
        # paper tone and a little toner spread
        img = img.point(lambda v: int(22 + v * 0.89))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        if turn:
            img = img.rotate(turn, expand=True)
        if angle:
            img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=236)
        w, h = img.size
        grain = Image.frombytes("L", (w, h), rng.randbytes(w * h))
        grain = grain.point(lambda v: 128 + (v - 128) * noise // 128)
        img = ImageChops.add(img, grain, scale=1.0, offset=-128)
        # a few dust specks
        px = img.load()
        assert px is not None
        for _ in range(260):
            x, y = rng.randrange(w - 3), rng.randrange(h - 3)
            for dx in range(rng.randrange(1, 4)):
                for dy in range(rng.randrange(1, 3)):
                    px[x + dx, y + dy] = rng.randrange(40, 120)
        img = ImageOps.autocontrast(img, cutoff=0.2)
        buf = work / "scan.jpg"
        img.save(buf, "JPEG", quality=quality)
        Image.open(buf).save(out, "PDF", resolution=float(dpi))
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _page_css(width: str, height: str, extra: str = "") -> str:
    return (
        f"@page {{ size: {width} {height}; margin: 0 }} "
        f"html, body {{ margin: 0; padding: 0 }} "
        f".page {{ width: {width}; height: {height}; position: relative; overflow: hidden; "
        f"box-sizing: border-box }} " + extra
    )


# --------------------------------------------------------------------------------------------
# Chromium cases
# --------------------------------------------------------------------------------------------


def _ciscou(folder: Path) -> Path:
    css = _page_css(
        "11in",
        "8.5in",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #0b1f3a }
    .band { position: absolute; left: 0; top: 0; width: 100%; height: 1.35in;
            background: linear-gradient(90deg, #07182d 0%, #0d274d 60%, #0a4f8a 100%) }
    .logo { position: absolute; left: .7in; top: .42in; color: #fff; font-size: 30px;
            font-weight: bold; letter-spacing: .5px }
    .logo span { color: #02c8ff }
    .lpid { position: absolute; right: .7in; top: .52in; color: #9fc3e6; font-size: 10px;
            text-align: right; line-height: 1.5 }
    .main { position: absolute; left: .9in; right: .9in; top: 1.9in }
    .kicker { font-size: 13px; letter-spacing: 3px; text-transform: uppercase; color: #0a6ebd }
    h1 { font-family: 'URW Gothic', sans-serif; font-size: 40px; margin: 6px 0 26px;
         font-weight: normal }
    .lead { font-size: 14px; color: #3b4a5f }
    .name { font-size: 34px; font-weight: bold; margin: 8px 0 14px;
            border-bottom: 2px solid #02c8ff; display: inline-block; padding-bottom: 6px }
    .course { font-size: 22px; font-weight: bold; margin: 6px 0 12px; color: #0d274d }
    .ce { font-size: 14px; margin-top: 10px }
    .ce b { color: #0a6ebd }
    .foot { position: absolute; left: .9in; right: .9in; bottom: .75in; display: flex;
            justify-content: space-between; align-items: flex-end; font-size: 11px }
    .sig .line { border-top: 1px solid #7a8797; width: 2.6in; margin-top: 2px;
                 padding-top: 4px }
    .meta { text-align: right; line-height: 1.7; color: #3b4a5f }
    .meta b { color: #0b1f3a }
    """,
    )
    body = _t(
        """<div class="page"><div class="band"></div>
    <div class="logo">Cisco <span>U.</span></div>
    <div class="lpid">Learning path LP-0412 &middot; 14 modules<br>Catalogue v24.2</div>
    <div class="main">
      <div class="kicker">Learning path</div>
      <h1>Certificate of Completion</h1>
      <div class="lead">This certifies that</div>
      <div class="name">Priyanka Venkataraman</div>
      <div class="lead">has completed the Cisco U. learning path</div>
      <div class="course">Network Automation Essentials with Python and NETCONF</div>
      <div class="ce">and has earned <b>8 Continuing Education credits</b>
        toward the recertification of eligible Cisco certifications.</div>
    </div>
    <div class="foot">
      <div class="sig">$sig<div class="line"><b>Dana Whitcombe</b><br>
        Vice President, Learning &amp; Certifications</div></div>
      <div class="meta">Completion date: <b>March 22, 2024</b><br>
        Certificate ID: <b>CU-7F3K-92QD-LM41</b><br>
        Valid for CE submission until March 21, 2025</div>
    </div></div>""",
        sig=_signature_svg("dana-whitcombe", 190, 50),
    )
    return _chromium(_html(css, body), folder / "Certificate_of_Completion.pdf", "11in", "8.5in")


def _netacad_source(folder: Path) -> Path:
    css = _page_css(
        "11in",
        "8.5in",
        """
    body { font-family: 'Nimbus Sans', sans-serif; color: #222 }
    .frame { position: absolute; inset: .35in; border: 3px solid #1ba0d7 }
    .frame2 { position: absolute; inset: .45in; border: 1px solid #1ba0d7 }
    .brand { position: absolute; left: .85in; top: .75in; font-size: 15px; color: #1ba0d7;
             font-weight: bold; letter-spacing: .3px }
    .brand small { display: block; color: #555; font-weight: normal; font-size: 11px }
    h1 { position: absolute; left: 0; right: 0; top: 1.35in; text-align: center; margin: 0;
         font-size: 34px; font-weight: normal; color: #0d274d }
    .body { position: absolute; left: 1.1in; right: 1.1in; top: 2.2in; font-size: 14px;
            line-height: 1.45 }
    .name { text-align: center; font-size: 30px; font-weight: bold; margin: 4px 0 10px }
    ul { margin: 6px 0 0 0; columns: 2; font-size: 12.5px }
    .foot { position: absolute; left: 1.1in; right: 1.1in; bottom: .85in; display: flex;
            justify-content: space-between; font-size: 12px; align-items: flex-end }
    .foot .l { border-top: 1px solid #444; padding-top: 4px; width: 2.5in }
    """,
    )
    body = _t(
        """<div class="page"><div class="frame"></div><div class="frame2"></div>
    <div class="brand">Cisco Networking Academy<small>Academy ID 4471203 &middot; Course ID
      771845</small></div>
    <h1>Certificate of Course Completion</h1>
    <div class="body">
      <div class="name">Mateus Okonkwo</div>
      has successfully achieved student level credential for completing the
      <b>Networking Essentials</b> course administered by the undersigned instructor.
      The student was able to proficiently:
      <ul><li>Explain network types, components and connections.</li>
      <li>Configure mobile devices for wireless access.</li>
      <li>Configure an integrated wireless router and client.</li>
      <li>Explain how IPv4 and IPv6 addresses are assigned.</li>
      <li>Use common tools to test connectivity.</li>
      <li>Troubleshoot basic network problems.</li></ul>
    </div>
    <div class="foot">
      <div>$sig<div class="l">Ruth Anand-Morales<br>Instructor</div></div>
      <div style="text-align:center">Westbrook Technical College<br>Academy Name<br><br>
        Denver, Colorado, United States<br>Location</div>
      <div style="text-align:right">8 Apr 2024<br>Date</div>
    </div></div>""",
        sig=_signature_svg("ruth-anand", 170, 44, "#222"),
    )
    return _chromium(_html(css, body), folder / "netacad.pdf", "11in", "8.5in")


def _ciscolive(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #101820 }
    .hero { position: absolute; left: 0; right: 0; top: 0; height: 58mm;
            background: linear-gradient(120deg, #1e0a4a, #3b1a86 45%, #00bceb) }
    .hero .tag { position: absolute; left: 18mm; top: 12mm; color: #fff; font-size: 12px;
                 letter-spacing: 4px }
    .hero h1 { position: absolute; left: 18mm; top: 19mm; margin: 0; color: #fff;
               font-size: 40px; font-family: 'URW Gothic', sans-serif }
    .hero .where { position: absolute; left: 18mm; top: 40mm; color: #dbe9ff; font-size: 14px }
    .slogan { position: absolute; right: 16mm; top: 14mm; color: rgba(255,255,255,.9);
              font-size: 28px; font-weight: bold; text-align: right; line-height: 1.05 }
    .main { position: absolute; left: 18mm; right: 18mm; top: 72mm; font-size: 14px;
            line-height: 1.55 }
    .main h2 { font-size: 15px; letter-spacing: 3px; color: #5a2ca0; margin: 0 0 6px }
    .name { font-size: 30px; font-weight: bold; margin: 2px 0 8px }
    table { border-collapse: collapse; font-size: 11px; margin-top: 10px; width: 62% }
    td, th { border-bottom: 1px solid #d5d9e0; padding: 3px 6px; text-align: left }
    .side { position: absolute; right: 18mm; top: 120mm; width: 70mm; font-size: 11px;
            line-height: 1.6; color: #3d4756 }
    .side b { color: #101820 }
    .sig { position: absolute; left: 18mm; bottom: 14mm; font-size: 11px }
    .sig .l { border-top: 1px solid #888; width: 70mm; padding-top: 3px }
    """,
    )
    body = _t(
        """<div class="page"><div class="hero">
      <div class="tag">CERTIFICATE OF ATTENDANCE</div>
      <h1>Cisco Live Amsterdam 2024</h1>
      <div class="where">RAI Amsterdam &middot; 5&ndash;9 February 2024</div>
      <div class="slogan">Go beyond.<br>Make it real.</div></div>
    <div class="main"><h2>THIS CERTIFIES THAT</h2>
      <div class="name">Tomasz Wieczorek-Adeyemi</div>
      attended <b>Cisco Live Amsterdam 2024</b>, held 5&ndash;9 February 2024, and earned
      <b>12 Continuing Education credits</b> through the sessions listed below.
      <table><tr><th>Session</th><th>Title</th><th>Credits</th></tr>
      <tr><td>TECENT-2378</td><td>Campus Fabric Deep Dive</td><td>4</td></tr>
      <tr><td>BRKSEC-2044</td><td>Zero Trust for the Branch</td><td>2</td></tr>
      <tr><td>BRKDCN-2910</td><td>Data Center Telemetry at Scale</td><td>2</td></tr>
      <tr><td>LTRAUT-1200</td><td>Hands-on NETCONF/RESTCONF Lab</td><td>4</td></tr></table>
    </div>
    <div class="side">Attendee ID: <b>4471-22918</b><br>Pass type: Full Conference<br>
      Certificate code: <b>CLEU24-0093-XK7P</b><br>Issued 14 February 2024</div>
    <div class="sig">$sig<div class="l">Marguerite Oyelowo<br>Director, Cisco Live
      Programs</div></div>
    </div>""",
        sig=_signature_svg("marguerite", 180, 46),
    )
    return _chromium(
        _html(css, body), folder / "CiscoLive_Attendance_Certificate.pdf", "297mm", "210mm"
    )


_UDEMY_ID = "UC-3f9c2a71-8d4e-4b1a-9e63-0c5f7d2b8a19"


def _udemy(folder: Path) -> Path:
    css = _page_css(
        "11in",
        "8.5in",
        """
    body { font-family: 'Nimbus Sans', sans-serif; color: #1c1d1f }
    .page { padding: .7in .8in }
    .top { display: flex; justify-content: space-between; align-items: flex-start }
    .logo { font-size: 34px; font-weight: bold; color: #1c1d1f; letter-spacing: -1px }
    .ids { font-size: 11px; text-align: right; line-height: 1.6; color: #444 }
    .lab { font-size: 12px; letter-spacing: 1.5px; color: #6a6f73; margin-top: 1.35in;
           font-weight: bold }
    .course { font-family: 'C059', serif; font-size: 42px; font-weight: bold;
              line-height: 1.12; margin: 14px 0 18px; max-width: 8.6in }
    .inst { font-size: 14px; color: #1c1d1f } .inst b { font-weight: bold }
    .bottom { position: absolute; left: .8in; bottom: .8in }
    .name { font-family: 'C059', serif; font-size: 34px; font-weight: bold;
            margin-bottom: 10px }
    .facts { font-size: 14px; line-height: 1.6 } .facts b { font-weight: bold }
    """,
    )
    body = f"""<div class="page"><div class="top"><div class="logo">udemy</div>
    <div class="ids">Certificate no: {_UDEMY_ID}<br>
      Certificate url: ude.my/{_UDEMY_ID}<br>Reference Number: 0004</div></div>
    <div class="lab">CERTIFICATE OF COMPLETION</div>
    <div class="course">The Complete Terraform &amp; Ansible Bootcamp for Cloud Engineers</div>
    <div class="inst">Instructors <b>Marcus Ellery, Nadia Foroughi</b></div>
    <div class="bottom"><div class="name">Oluwaseun Bakare-Hart</div>
    <div class="facts">Date <b>Jan. 17, 2024</b><br>Length <b>12.5 total hours</b></div></div>
    </div>"""
    return _chromium(_html(css, body), folder / f"{_UDEMY_ID}.pdf", "11in", "8.5in")


def _ru_webinar(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'DejaVu Serif', serif; color: #1d2433 }
    .b1 { position: absolute; inset: 9mm; border: 2px solid #8a6d2b }
    .b2 { position: absolute; inset: 12mm; border: .6px solid #8a6d2b }
    .org { position: absolute; top: 20mm; left: 0; right: 0; text-align: center;
           font-family: 'DejaVu Sans', sans-serif; font-size: 12px; color: #5c4a1f;
           letter-spacing: .5px }
    h1 { position: absolute; top: 34mm; left: 0; right: 0; text-align: center; margin: 0;
         font-size: 46px; letter-spacing: 6px; color: #8a6d2b; font-weight: bold }
    .c { position: absolute; top: 66mm; left: 30mm; right: 30mm; text-align: center;
         font-size: 16px; line-height: 1.6 }
    .name { font-size: 32px; font-style: italic; margin: 6px 0 8px; font-weight: bold }
    .topic { font-size: 21px; font-weight: bold; margin: 6px 0 }
    .meta { font-family: 'DejaVu Sans', sans-serif; font-size: 12px; margin-top: 10px }
    .foot { position: absolute; left: 26mm; right: 26mm; bottom: 22mm; display: flex;
            justify-content: space-between; align-items: flex-end;
            font-family: 'DejaVu Sans', sans-serif; font-size: 12px }
    .reg { position: absolute; left: 26mm; top: 20mm; font-family: 'DejaVu Sans';
           font-size: 10px; color: #555 }
    """,
    )
    body = _t(
        """<div class="page"><div class="b1"></div><div class="b2"></div>
    <div class="org">АНО ДПО &laquo;Северный центр цифровых компетенций&raquo; &middot; ИНН
      7801234567</div>
    <h1>СЕРТИФИКАТ</h1>
    <div class="c">участника<br>настоящим подтверждается, что
      <div class="name">Смирнова Анастасия Игоревна</div>
      приняла участие в онлайн-вебинаре
      <div class="topic">&laquo;Информационная безопасность в облачных сервисах&raquo;</div>
      который состоялся 14 марта 2024 г.
      <div class="meta">Продолжительность: 4 часа &nbsp;&middot;&nbsp; Спикер: Д. А. Ростовцев,
        к.т.н.</div>
    </div>
    <div class="foot"><div>Регистрационный номер: <b>2024/03-0571</b><br>г. Санкт-Петербург</div>
      <div style="text-align:right">$sig<br>Директор ______________ И. П. Ларионов</div></div>
    </div>""",
        sig=_signature_svg("larionov", 150, 40),
    )
    return _chromium(
        _html(css, body, "ru"), folder / "sertifikat_vebinar_14-03-2024.pdf", "297mm", "210mm"
    )


def _pt_curso(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #17324d }
    .side { position: absolute; left: 0; top: 0; bottom: 0; width: 62mm;
            background: linear-gradient(180deg, #ff7a18, #af002d 70%, #319197) }
    .side .s { position: absolute; left: 10mm; right: 8mm; top: 20mm; color: #fff;
               font-size: 22px; font-weight: bold; line-height: 1.2 }
    .side .qr { position: absolute; left: 12mm; bottom: 28mm; background: #fff; padding: 4px }
    .side .v { position: absolute; left: 10mm; right: 6mm; bottom: 12mm; color: #fff;
               font-size: 9px; line-height: 1.4 }
    .m { position: absolute; left: 78mm; right: 18mm; top: 24mm; font-size: 15px;
         line-height: 1.6 }
    h1 { font-size: 30px; letter-spacing: 2px; margin: 0 0 14mm; color: #af002d }
    .name { font-size: 30px; font-weight: bold; margin: 4px 0 8px; color: #0d1b2a }
    .curso { font-size: 22px; font-weight: bold; margin: 4px 0 8px }
    .local { margin-top: 10mm; font-size: 13px }
    .sig { position: absolute; left: 78mm; bottom: 18mm; font-size: 11px }
    .sig .l { border-top: 1px solid #555; width: 70mm; padding-top: 3px }
    .cpf { position: absolute; right: 18mm; bottom: 18mm; font-size: 10px; color: #51606f;
           text-align: right; line-height: 1.6 }
    """,
    )
    body = _t(
        """<div class="page"><div class="side"><div class="s">Escola Aurora<br>de
      Tecnologia</div>
      <div class="qr">$qr</div>
      <div class="v">Verifique em:<br>validar.escolaaurora.com.br</div></div>
    <div class="m"><h1>CERTIFICADO DE CONCLUSÃO</h1>
      Certificamos que
      <div class="name">João Pedro Albuquerque Nogueira</div>
      concluiu o curso livre
      <div class="curso">Análise de Dados com Python e Pandas</div>
      com carga horária de 40 horas, realizado no período de 05/02/2024 a 28/03/2024,
      na modalidade a distância.
      <div class="local">São Paulo, 2 de abril de 2024.</div></div>
    <div class="sig">$sig<div class="l">Renata Figueiredo Sampaio<br>Coordenadora
      Pedagógica</div></div>
    <div class="cpf">CPF: ***.482.317-**<br>Matrícula: 2024-00913<br>
      Código de autenticação: <b>7F4A-2C91-BE03-55D8</b></div>
    </div>""",
        qr=_qr_svg("aurora-7F4A", "78px"),
        sig=_signature_svg("renata", 170, 44),
    )
    return _chromium(
        _html(css, body, "pt-BR"),
        folder / "Joao_Pedro_Nogueira_Analise_de_Dados_com_Python.pdf",
        "297mm",
        "210mm",
    )


def _webinar_cpe(folder: Path) -> Path:
    css = _page_css(
        "8.5in",
        "11in",
        """
    body { font-family: 'P052', serif; color: #222 }
    .page { padding: .9in .9in }
    .hdr { display: flex; justify-content: space-between; align-items: center;
           border-bottom: 3px double #1f3b5b; padding-bottom: 12px }
    .firm { font-size: 24px; color: #1f3b5b; font-weight: bold }
    .firm small { display: block; font-size: 12px; font-weight: normal; color: #555 }
    .addr { font-size: 10px; text-align: right; color: #555; line-height: 1.5 }
    h1 { text-align: center; font-size: 32px; margin: .7in 0 .25in; color: #1f3b5b;
         font-weight: normal; letter-spacing: 1px }
    .c { text-align: center; font-size: 15px; line-height: 1.7 }
    .name { font-size: 28px; font-weight: bold; margin: 6px 0 }
    .title { font-size: 21px; font-style: italic; margin: 4px 0 16px }
    table { margin: 18px auto 0; border-collapse: collapse; font-size: 13px; width: 80% }
    td { border: 1px solid #b8c2cc; padding: 6px 9px } td:first-child { background: #eef2f6;
         width: 45% }
    .sig { margin-top: .7in; display: flex; justify-content: space-between; font-size: 12px }
    .sig .l { border-top: 1px solid #555; width: 2.6in; padding-top: 3px }
    .nasba { position: absolute; left: .9in; right: .9in; bottom: .6in; font-size: 9px;
             color: #555; line-height: 1.4; border-top: 1px solid #ccc; padding-top: 6px }
    """,
    )
    body = _t(
        """<div class="page"><div class="hdr"><div class="firm">Calloway &amp; Pierce
      <small>Professional Learning</small></div>
      <div class="addr">1800 Larkspur Avenue, Suite 400<br>Columbus, OH 43215<br>(614)
        555-0183</div></div>
    <h1>Certificate of Attendance</h1>
    <div class="c">This certifies that<div class="name">Gabriela Ionescu</div>
      attended the live webinar
      <div class="title">Revenue Recognition Update for SaaS Companies</div>
      presented by Harold Nkemelu, CPA, Partner</div>
    <table><tr><td>Date</td><td>March 7, 2024</td></tr>
      <tr><td>Recommended CPE credit</td><td>2.0</td></tr>
      <tr><td>Field of study</td><td>Accounting</td></tr>
      <tr><td>Delivery method</td><td>Group Internet Based</td></tr>
      <tr><td>Program ID</td><td>CPW-0307-RR</td></tr>
      <tr><td>Certificate #</td><td>2024-0307-1183</td></tr></table>
    <div class="sig"><div>$sig<div class="l">Harold Nkemelu, CPA<br>Program Sponsor
      Representative</div></div>
      <div style="align-self:flex-end"><div class="l">Attendance verified by polling (6 of 6
        answered)</div></div></div>
    <div class="nasba">Calloway &amp; Pierce Professional Learning is registered with the National
      Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional
      education on the National Registry of CPE Sponsors, Sponsor ID 117430. State boards of
      accountancy have final authority on the acceptance of individual courses for CPE credit.</div>
    </div>""",
        sig=_signature_svg("nkemelu", 180, 46),
    )
    return _chromium(
        _html(css, body),
        folder / "Revenue Recognition Update for SaaS Companies_certificate.pdf",
        "8.5in",
        "11in",
    )


def _badge_pathlabels(folder: Path) -> Path:
    lab = {
        k: _path_text_svg(k, 11, "#6b7280", "DejaVuSans-Bold.ttf", 0.6)
        for k in ("ISSUED ON", "EXPIRES", "CREDENTIAL ID", "VERIFY AT", "ISSUED BY")
    }
    head = _path_text_svg("DIGITAL CREDENTIAL", 15, "#0f766e", "DejaVuSans-Bold.ttf", 3.0)
    tagline = _path_text_svg("This credential was awarded to", 13, "#374151", "DejaVuSans.ttf")
    css = _page_css(
        "11in",
        "8.5in",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #111827; background: #f3f4f6 }
    .card { position: absolute; left: .8in; right: .8in; top: .7in; bottom: .7in;
            background: #fff; border-radius: 18px; box-shadow: 0 2px 0 #d1d5db;
            border: 1px solid #e5e7eb }
    .hexa { position: absolute; left: .75in; top: 1.15in }
    .txt { position: absolute; left: 3.5in; right: .6in; top: .75in }
    .name { font-size: 44px; font-weight: bold; margin: 16px 0 6px; letter-spacing: -.5px }
    .cred { font-size: 22px; color: #0f766e; margin: 0 0 30px }
    .grid { display: grid; grid-template-columns: 1fr 1fr; row-gap: 18px; column-gap: 28px }
    .v { font-size: 15px; margin-top: 4px }
    .ft { position: absolute; left: .75in; right: .6in; bottom: .45in; font-size: 9px;
          color: #9ca3af }
    """,
    )
    body = _t(
        """<div class="page"><div class="card">
      <div class="hexa"><svg width="150" height="170" viewBox="0 0 150 170">
        <polygon points="75,4 146,44 146,126 75,166 4,126 4,44" fill="#0f766e"/>
        <polygon points="75,20 132,52 132,118 75,150 18,118 18,52" fill="none" stroke="#99f6e4"
          stroke-width="3"/>
        <circle cx="75" cy="85" r="30" fill="#99f6e4"/></svg></div>
      <div class="txt">$head<div style="height:14px"></div>$tagline
        <div class="name">Kofi Mensah-Larsen</div>
        <div class="cred">Cloud Security Practitioner Level II</div>
        <div class="grid">
          <div>$l_issued<div class="v">June 28, 2024</div></div>
          <div>$l_expires<div class="v">June 28, 2027</div></div>
          <div>$l_id<div class="v">HCI-CSP2-0K4M7Q</div></div>
          <div>$l_by<div class="v">Halcyon Cloud Institute</div></div>
          <div style="grid-column: span 2">$l_verify<div
            class="v">verify.halcyoncloud.io/0K4M7Q</div></div>
        </div></div>
      <div class="ft">Meridian Badges &middot; Open Badges 3.0 compliant &middot; Page 1/1</div>
    </div></div>""",
        head=head,
        tagline=tagline,
        l_issued=lab["ISSUED ON"],
        l_expires=lab["EXPIRES"],
        l_id=lab["CREDENTIAL ID"],
        l_by=lab["ISSUED BY"],
        l_verify=lab["VERIFY AT"],
    )
    return _chromium(_html(css, body), folder / "badge_0K4M7Q.pdf", "11in", "8.5in")


def _footer_date(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'URW Gothic', sans-serif; color: #0c2d48 }
    .wm { position: absolute; right: -10mm; top: 6mm; font-size: 120px; color: #eef4f9;
          font-weight: bold; letter-spacing: -3px }
    .logo { position: absolute; left: 20mm; top: 18mm; font-size: 16px; font-weight: bold;
            letter-spacing: 2px; color: #145da0 }
    .slogan { position: absolute; left: 20mm; top: 32mm; font-size: 44px; color: #2e8bc0;
              font-weight: bold }
    .m { position: absolute; left: 20mm; right: 20mm; top: 70mm; font-size: 16px;
         line-height: 1.6 }
    .m h1 { font-size: 20px; letter-spacing: 5px; margin: 0 0 8mm; color: #145da0 }
    .name { font-size: 36px; font-weight: bold; margin: 2px 0 6px }
    .course { font-size: 24px; margin: 4px 0 10px; color: #145da0 }
    .id { position: absolute; right: 20mm; top: 140mm; font-size: 12px; text-align: right;
          line-height: 1.6 }
    .sig { position: absolute; left: 20mm; top: 140mm; font-size: 12px }
    .sig .l { border-top: 1px solid #777; width: 70mm; padding-top: 3px }
    .footer { position: absolute; left: 0; right: 0; bottom: 0; height: 11mm;
              background: #0c2d48; color: #b1d4e0; font-size: 10px; display: flex;
              justify-content: space-between; align-items: center; padding: 0 20mm;
              box-sizing: border-box; font-family: 'DejaVu Sans', sans-serif }
    """,
    )
    body = _t(
        """<div class="page"><div class="wm">HGA</div>
    <div class="logo">HALVORSEN GROUP ACADEMY</div>
    <div class="slogan">Integrity is our course.</div>
    <div class="m"><h1>CERTIFICATE OF COMPLETION</h1>
      This is to confirm that
      <div class="name">Siddharth Rao</div>
      has completed the mandatory e-learning module
      <div class="course">Anti-Bribery and Corruption Awareness 2024</div>
      including the final assessment (score 92%, pass mark 80%).</div>
    <div class="sig">$sig<div class="l">Ingeborg Halvorsen<br>Chief Compliance Officer</div></div>
    <div class="id">Employee no. 00731904<br>Certificate ID: <b>HGA-ABC-24-7731</b></div>
    <div class="footer"><span>Halvorsen Group Academy &middot; Stavanger &middot;
      academy.halvorsen-group.no</span>
      <span>Issued 19.08.2024</span><span>Page 1 of 1</span></div>
    </div>""",
        sig=_signature_svg("ingeborg", 170, 44),
    )
    return _chromium(
        _html(css, body), folder / "Siddharth_Rao_Anti-Bribery_2024.pdf", "297mm", "210mm"
    )


def _blank_name(folder: Path) -> Path:
    css = _page_css(
        "11in",
        "8.5in",
        """
    body { font-family: 'Nimbus Sans', sans-serif; color: #1b1b3a }
    .page { background: #fbfaf7 }
    .corner { position: absolute; left: 0; top: 0; width: 0; height: 0;
              border-top: 2.2in solid #693668; border-right: 2.2in solid transparent }
    .corner2 { position: absolute; right: 0; bottom: 0; width: 0; height: 0;
               border-bottom: 1.6in solid #a74482; border-left: 1.6in solid transparent }
    .org { position: absolute; right: .8in; top: .6in; font-size: 14px; text-align: right;
           font-weight: bold; color: #693668 }
    .org small { display: block; font-weight: normal; color: #555; font-size: 11px }
    .c { position: absolute; left: 1in; right: 1in; top: 1.9in; text-align: center;
         font-size: 16px; line-height: 1.6 }
    h1 { font-family: 'P052', serif; font-size: 42px; margin: 0 0 .35in; font-weight: normal }
    .blank { width: 6in; margin: .45in auto .15in; border-bottom: 1.5px solid #1b1b3a;
             height: 10px }
    .title { font-size: 24px; font-weight: bold; margin: 6px 0 8px; color: #693668 }
    .foot { position: absolute; left: 1.2in; right: 1.2in; bottom: .9in; display: flex;
            justify-content: space-between; font-size: 12px }
    .foot .l { border-top: 1px solid #777; width: 2.4in; padding-top: 3px }
    """,
    )
    body = _t(
        """<div class="page"><div class="corner"></div><div class="corner2"></div>
    <div class="org">Ridgeline Security Forum<small>Webinar Series 2024</small></div>
    <div class="c"><h1>Certificate of Participation</h1>
      This certificate is presented to
      <div class="blank"></div>
      <div style="font-size:10px;color:#888">(Participant name)</div>
      for attending the webinar
      <div class="title">Zero Trust Architecture in Practice</div>
      held online on April 24, 2024 &middot; 1 CPE credit</div>
    <div class="foot"><div>$sig<div class="l">Colette Brannigan<br>Program Chair</div></div>
      <div style="align-self:flex-end"><div class="l">Webinar no. RSF-W-24-07</div></div></div>
    </div>""",
        sig=_signature_svg("colette", 170, 44),
    )
    return _chromium(_html(css, body), folder / "certificate (2).pdf", "11in", "8.5in")


def _cutoff_source(folder: Path) -> Path:
    css = _page_css(
        "11in",
        "8.5in",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #12263a }
    .page { padding: .8in }
    .logo { font-size: 18px; font-weight: bold; color: #326ce5; letter-spacing: 1px }
    .k { margin-top: .9in; font-size: 13px; letter-spacing: 3px; color: #6b7a8c }
    .name { font-size: 38px; font-weight: bold; margin: 10px 0 22px }
    .lead { font-size: 15px }
    .course { font-size: 34px; font-weight: bold; white-space: nowrap; margin: 8px 0 24px;
              color: #326ce5 }
    .facts { font-size: 14px; line-height: 1.8 }
    .sig { position: absolute; left: .8in; bottom: .8in; font-size: 12px }
    .sig .l { border-top: 1px solid #777; width: 2.5in; padding-top: 3px }
    """,
    )
    body = _t(
        """<div class="page"><div class="logo">CLOUDFORGE TRAINING</div>
    <div class="k">CERTIFICATE OF COMPLETION AWARDED TO</div>
    <div class="name">Beatriz Salgado-Finch</div>
    <div class="lead">for successfully completing the instructor-led program</div>
    <div class="course">Advanced Kubernetes Operations: Multi-Cluster Networking and Service Mesh
      Observability</div>
    <div class="facts">Completed: November 12, 2024<br>Certificate ID: CFT-K8S-40917</div>
    <div class="sig">$sig<div class="l">Anders Møllgaard<br>Lead Instructor</div></div>
    </div>""",
        sig=_signature_svg("anders", 170, 44),
    )
    return _chromium(_html(css, body), folder / "cutoff.pdf", "11in", "8.5in")


# --------------------------------------------------------------------------------------------
# WeasyPrint cases
# --------------------------------------------------------------------------------------------


def _learning_partner(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #1f2a37; font-size: 13px }
    .top { position: absolute; left: 0; right: 0; top: 0; height: 30mm; background: #0e3a5b }
    .top .n { position: absolute; left: 16mm; top: 9mm; color: #fff; font-size: 22px;
              font-weight: bold }
    .top .p { position: absolute; right: 16mm; top: 8mm; color: #fff; font-size: 11px;
              text-align: right; border: 1px solid #7fb7e0; padding: 3mm 4mm }
    .top .p b { color: #7fd3ff; font-size: 13px }
    .m { position: absolute; left: 16mm; right: 16mm; top: 42mm }
    h1 { font-family: 'DejaVu Serif', serif; font-size: 30px; margin: 0 0 6mm;
         color: #0e3a5b; font-weight: normal }
    .name { font-size: 28px; font-weight: bold; margin: 2mm 0 3mm }
    .course { font-size: 19px; font-weight: bold; margin: 2mm 0 3mm; color: #0e3a5b }
    table { border-collapse: collapse; margin-top: 6mm; font-size: 11.5px }
    td { padding: 1.6mm 5mm 1.6mm 0; vertical-align: top } td.k { color: #5b6b7c }
    .sig { position: absolute; left: 16mm; bottom: 18mm; font-size: 11px }
    .sig .l { border-top: 1px solid #888; width: 70mm; padding-top: 2mm }
    .no { position: absolute; right: 16mm; bottom: 18mm; text-align: right; font-size: 11px;
          line-height: 1.6 }
    """,
    )
    body = _t(
        """<div class="page"><div class="top"><div class="n">Northgate Learning
      Solutions</div>
      <div class="p"><b>Cisco Learning Partner</b><br>Gold &middot; Authorized Training</div></div>
    <div class="m"><h1>Certificate of Attendance</h1>
      This is to certify that
      <div class="name">Ingrid Solberg-Haugen</div>
      attended the instructor-led course
      <div class="course">Implementing and Administering Cisco Solutions (CCNA) v2.1</div>
      from 15 April 2024 to 19 April 2024 (5 days, virtual classroom).
      <table>
        <tr><td class="k">Course code</td><td>CCNA</td><td class="k">Class
          ID</td><td>NG-24-0415-AMS</td></tr>
        <tr><td class="k">Instructor</td><td>Pieter van Doorn (CCSI #34821)</td>
            <td class="k">Time zone</td><td>CET</td></tr>
        <tr><td class="k">Cisco Continuing Education credits</td><td>30</td>
            <td class="k">Lab hours</td><td>18</td></tr>
      </table></div>
    <div class="sig">$sig<div class="l">Hendrika Verbeek<br>Training Manager, Northgate Learning
      Solutions</div></div>
    <div class="no">Certificate number: <b>NGL-2024-004417</b><br>Date of issue: 22 April 2024</div>
    </div>""",
        sig=_signature_svg("verbeek", 170, 44),
    )
    return _weasy(_html(css, body), folder / "certificate (2).pdf")


def _coursera(folder: Path) -> Path:
    css = _page_css(
        "11in",
        "8.5in",
        """
    body { font-family: 'Nimbus Sans', sans-serif; color: #1f1f1f }
    .l { position: absolute; left: .75in; top: .7in; width: 6.9in }
    .logo { font-size: 30px; color: #0056d2; font-weight: bold; letter-spacing: -.5px }
    .date { margin-top: .9in; font-size: 14px; color: #444 }
    .name { font-size: 36px; margin: .25in 0 .15in; font-weight: bold }
    .lead { font-size: 14px; color: #444 }
    .course { font-size: 28px; font-weight: bold; margin: .12in 0 .15in; line-height: 1.15 }
    .auth { font-size: 13px; color: #444; line-height: 1.5 }
    .sig { margin-top: .55in; font-size: 12px; line-height: 1.45 }
    .ribbon { position: absolute; right: 0; top: 0; bottom: 0; width: 2.3in;
              background: #f0f4fb; border-left: 1px solid #d7e1f2 }
    .ribbon .t { position: absolute; top: .9in; left: 0; right: 0; text-align: center;
                 font-size: 15px; letter-spacing: 3px; color: #0056d2; line-height: 1.4 }
    .ribbon .seal { position: absolute; top: 1.9in; left: .6in }
    .ver { position: absolute; left: .75in; bottom: .55in; font-size: 10px; color: #555;
           width: 6.9in; line-height: 1.5 }
    """,
    )
    body = _t(
        """<div class="page"><div class="l"><div class="logo">coursera</div>
      <div class="date">Sep 9, 2024</div>
      <div class="name">Elena Marchetti</div>
      <div class="lead">has successfully completed</div>
      <div class="course">Foundations of Applied Machine Learning</div>
      <div class="auth">an online non-credit course authorized by Lakeshore Institute of
        Technology and offered through Coursera</div>
      <div class="sig">$sig<br>Prof. Hamid Rostami<br>Department of Computer Science<br>
        Lakeshore Institute of Technology</div></div>
    <div class="ribbon"><div class="t">COURSE<br>CERTIFICATE</div><div
      class="seal">$seal</div></div>
    <div class="ver">Verify at: https://coursera.org/verify/K7WQ2ZP9LRMX<br>
      Coursera has confirmed the identity of this individual and their participation in the
        course.</div>
    </div>""",
        sig=_signature_svg("rostami", 170, 44, "#111"),
        seal=_seal_svg(100, "#0056d2"),
    )
    return _weasy(_html(css, body), folder / "Coursera K7WQ2ZP9LRMX.pdf")


def _ine(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #e8eef7 }
    .page { background: #0b1221 }
    .grid { position: absolute; inset: 0;
            background: linear-gradient(135deg, #0b1221 0%, #13264a 55%, #0b1221 100%) }
    .logo { position: absolute; left: 18mm; top: 16mm; font-size: 34px; font-weight: bold;
            color: #ff6b1a; letter-spacing: 2px }
    .m { position: absolute; left: 18mm; right: 18mm; top: 46mm; font-size: 14px;
         line-height: 1.5 }
    h1 { font-size: 18px; letter-spacing: 6px; color: #9db4d8; margin: 0 0 8mm;
         font-weight: normal }
    .name { font-size: 38px; font-weight: bold; color: #fff; margin: 2mm 0 5mm }
    .path { font-size: 26px; color: #ffb37a; margin: 2mm 0 6mm; font-weight: bold }
    .facts { display: flex; gap: 16mm; margin-top: 8mm; font-size: 12px; color: #9db4d8 }
    .facts b { display: block; color: #fff; font-size: 16px; margin-top: 1mm }
    .sig { position: absolute; left: 18mm; bottom: 16mm; font-size: 11px; color: #9db4d8 }
    .sig .l { border-top: 1px solid #4a5d7e; width: 70mm; padding-top: 2mm }
    .id { position: absolute; right: 18mm; bottom: 16mm; font-size: 11px; color: #9db4d8;
          text-align: right; line-height: 1.6 }
    """,
    )
    body = _t(
        """<div class="page"><div class="grid"></div><div class="logo">INE</div>
    <div class="m"><h1>CERTIFICATE OF COMPLETION</h1>
      This certificate is presented to
      <div class="name">Rafael Quintanilla</div>
      for successfully completing the Learning Path
      <div class="path">Cloud Penetration Testing Professional</div>
      <div class="facts"><div>Issued<b>11/27/2024</b></div><div>CPE credits<b>24</b></div>
        <div>Instructor<b>Caleb Ortiz-Whitmore</b></div><div>Lab
          environment<b>AZ-LAB-07</b></div></div>
    </div>
    <div class="sig">$sig<div class="l">Miriam Castellanos<br>Chief Learning Officer,
      INE</div></div>
    <div class="id">Certificate ID: INE-CPE-8D21F0A7<br>Verify: ine.com/certificates</div>
    </div>""",
        sig=_signature_svg("castellanos", 170, 44, "#ffb37a"),
    )
    return _weasy(
        _html(css, body), folder / "Cloud Penetration Testing Professional_certificate.pdf"
    )


def _el_seminar(folder: Path) -> Path:
    css = _page_css(
        "210mm",
        "297mm",
        """
    body { font-family: 'DejaVu Serif', serif; color: #14213d; font-size: 14px }
    .page { padding: 22mm 20mm; border: 0 }
    .fr { position: absolute; inset: 10mm; border: 1.5px solid #1d3557 }
    .org { text-align: center; font-family: 'DejaVu Sans', sans-serif; font-size: 13px;
           font-weight: bold; color: #1d3557; line-height: 1.4 }
    .org small { display: block; font-weight: normal; font-size: 10px; color: #555 }
    h1 { text-align: center; font-size: 26px; letter-spacing: 3px; margin: 22mm 0 12mm }
    .c { text-align: center; line-height: 1.8 }
    .name { font-size: 26px; font-weight: bold; margin: 4mm 0 }
    .title { font-size: 19px; font-weight: bold; margin: 4mm 0 }
    .meta { margin-top: 10mm; font-family: 'DejaVu Sans', sans-serif; font-size: 12px;
            line-height: 1.7 }
    .sig { position: absolute; right: 24mm; bottom: 30mm; text-align: center; font-size: 12px }
    .seal { position: absolute; left: 26mm; bottom: 28mm }
    .aa { position: absolute; left: 20mm; top: 30mm; font-size: 10px;
          font-family: 'DejaVu Sans'; color: #444 }
    """,
    )
    body = _t(
        """<div class="page"><div class="fr"></div>
    <div class="org">ΙΝΣΤΙΤΟΥΤΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΚΑΤΑΡΤΙΣΗΣ ΑΙΓΑΙΟΥ
      <small>Εγνατίας 112, 546 30 Θεσσαλονίκη &middot; Τηλ. 2310 555 812</small></div>
    <h1>ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</h1>
    <div class="c">Βεβαιώνεται ότι ο
      <div class="name">Γεώργιος Παπαδημητρίου</div>
      παρακολούθησε το σεμινάριο
      <div class="title">«Ψηφιακός Μετασχηματισμός στη Δημόσια Διοίκηση»</div>
      που πραγματοποιήθηκε από 4 έως 8 Νοεμβρίου 2024 στη Θεσσαλονίκη.
      <div class="meta">Διάρκεια: 20 ώρες<br>Αριθμός βεβαίωσης: ΒΠ-2024-1187<br>
        Θεσσαλονίκη, 12 Νοεμβρίου 2024</div></div>
    <div class="seal">$seal</div>
    <div class="sig">Η Διευθύντρια<br>$sig<br>Δρ. Αικατερίνη Λαμπράκη</div>
    </div>""",
        sig=_signature_svg("lamprakis", 160, 44),
        seal=_seal_svg(96, "#1d3557"),
    )
    return _weasy(_html(css, body, "el"), folder / "vevaiosi_parakolouthisis_1187.pdf")


def _fr_source(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'DejaVu Serif', serif; color: #1b263b; font-size: 15px }
    .hdr { position: absolute; left: 20mm; right: 20mm; top: 14mm; display: flex;
           justify-content: space-between; font-family: 'DejaVu Sans', sans-serif;
           font-size: 10px; color: #415a77; line-height: 1.5 }
    .hdr b { font-size: 15px; color: #1b263b }
    h1 { position: absolute; left: 0; right: 0; top: 42mm; text-align: center; margin: 0;
         font-size: 32px; letter-spacing: 4px }
    .c { position: absolute; left: 30mm; right: 30mm; top: 66mm; line-height: 1.75;
         text-align: justify }
    .name { text-align: center; font-size: 26px; font-weight: bold; margin: 3mm 0 }
    .fait { position: absolute; right: 30mm; bottom: 42mm; text-align: right; font-size: 14px }
    .sig { position: absolute; right: 30mm; bottom: 16mm; text-align: right; font-size: 12px }
    .ref { position: absolute; left: 30mm; bottom: 18mm; font-family: 'DejaVu Sans';
           font-size: 11px; color: #415a77; line-height: 1.6 }
    """,
    )
    body = _t(
        """<div class="page"><div class="hdr"><div><b>Ateliers Numériques du Rhône</b><br>
      27 quai Claude Bernard, 69007 Lyon</div>
      <div style="text-align:right">SIRET 812 345 678 00021<br>N° de déclaration d'activité : 84 69
        12345 69</div></div>
    <h1>ATTESTATION DE FORMATION</h1>
    <div class="c">Je soussignée, Claire Dumont-Lefèvre, responsable pédagogique de l'organisme
      Ateliers Numériques du Rhône, atteste que
      <div class="name">Théo Garnier-Baptiste</div>
      a suivi la formation « Cybersécurité pour les équipes support » du 18 au 20 juin 2024,
      d'une durée de 21 heures, en présentiel dans nos locaux de Lyon.</div>
    <div class="fait">Fait à Lyon, le 21 juin 2024</div>
    <div class="ref">Référence : AF-2024-0612<br>Convention n° 2024-117</div>
    <div class="sig">$sig<br>Claire Dumont-Lefèvre<br>Responsable pédagogique</div>
    </div>""",
        sig=_signature_svg("dumont", 160, 42),
    )
    return _weasy(_html(css, body, "fr"), folder / "attestation.pdf")


def _conf_paper(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'P052', serif; color: #2b2d42; font-size: 15px }
    .band { position: absolute; left: 0; right: 0; top: 0; height: 44mm; background: #2b2d42 }
    .acr { position: absolute; left: 18mm; top: 8mm; color: #edf2f4; font-size: 46px;
           font-family: 'URW Gothic', sans-serif; font-weight: bold; letter-spacing: 2px }
    .full { position: absolute; left: 18mm; top: 29mm; color: #edf2f4; font-size: 17px }
    .loc { position: absolute; right: 18mm; top: 13mm; color: #8d99ae; font-size: 13px;
           text-align: right; line-height: 1.5 }
    h1 { position: absolute; left: 0; right: 0; top: 54mm; text-align: center; margin: 0;
         font-size: 28px; letter-spacing: 3px; color: #d90429; font-weight: normal }
    .c { position: absolute; left: 28mm; right: 28mm; top: 74mm; text-align: center;
         line-height: 1.7 }
    .name { font-size: 28px; font-weight: bold; margin: 2mm 0 }
    .paper { font-style: italic; font-size: 18px }
    .sigs { position: absolute; left: 28mm; right: 28mm; bottom: 16mm; display: flex;
            justify-content: space-between; font-size: 12px; text-align: center }
    .sigs .l { border-top: 1px solid #8d99ae; width: 65mm; padding-top: 2mm }
    """,
    )
    body = _t(
        """<div class="page"><div class="band"><div class="acr">ICDSE 2024</div>
      <div class="full">International Conference on Data Systems Engineering 2024</div>
      <div class="loc">Porto, Portugal<br>23&ndash;25 October 2024</div></div>
    <h1>CERTIFICATE OF PRESENTATION</h1>
    <div class="c">This is to certify that
      <div class="name">Wen-Jie Liang</div>
      (Harborview University) presented the paper entitled<br>
      <span class="paper">&ldquo;Adaptive Indexing for Streaming Time-Series
        Workloads&rdquo;</span><br>
      (Paper ID: ICDSE-2024-0187; co-authors: M. Osei, R. Lindgren)<br>
      at the International Conference on Data Systems Engineering 2024, held in Porto,
      Portugal, from 23 to 25 October 2024.</div>
    <div class="sigs"><div>$s1<div class="l">Prof. Inês Carvalhal<br>General Chair</div></div>
      <div>$s2<div class="l">Dr. Tobias Reinholt<br>Program Committee Chair</div></div></div>
    </div>""",
        s1=_signature_svg("carvalhal", 160, 42),
        s2=_signature_svg("reinholt", 160, 42),
    )
    return _weasy(_html(css, body), folder / "ICDSE2024_presentation_certificate_0187.pdf")


def _workshop_qr(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'DejaVu Sans', sans-serif; color: #0b132b; font-size: 14px }
    .page { background: linear-gradient(160deg, #ffffff 60%, #e0fbfc 60%) }
    .aur { position: absolute; left: 0; right: 0; top: 0; height: 8mm;
           background: linear-gradient(90deg, #3a86ff, #8338ec, #06d6a0) }
    .ev { position: absolute; left: 20mm; top: 20mm; font-size: 15px; font-weight: bold;
          letter-spacing: 2px; color: #3a506b }
    h1 { position: absolute; left: 20mm; top: 32mm; margin: 0; font-size: 36px }
    .c { position: absolute; left: 20mm; width: 175mm; top: 58mm; line-height: 1.7 }
    .name { font-size: 30px; font-weight: bold; margin: 2mm 0 3mm; color: #3a506b }
    .ws { font-size: 21px; font-weight: bold; margin: 2mm 0 }
    .fac { margin-top: 6mm; font-size: 12px; color: #3a506b }
    .qr { position: absolute; right: 22mm; top: 62mm; text-align: center; font-size: 11px;
          width: 46mm }
    .qr .code { font-family: 'DejaVu Sans Mono', monospace; font-size: 12px; margin-top: 1mm }
    .sig { position: absolute; left: 20mm; bottom: 16mm; font-size: 11px }
    .sig .l { border-top: 1px solid #777; width: 70mm; padding-top: 2mm }
    """,
    )
    body = _t(
        """<div class="page"><div class="aur"></div>
    <div class="ev">NORTHERN LIGHTS DEVSUMMIT &middot; TROMSØ</div>
    <h1>Certificate of Participation</h1>
    <div class="c">This certifies that
      <div class="name">Linnea Haraldsen</div>
      participated in a workshop on
      <div class="ws">Secure API Design with OAuth 2.1</div>
      held on 16 May 2024 in Tromsø, Norway (3 contact hours).
      <div class="fac">Facilitator: Dr. Emeka Adeyinka-Storm (Facilitator ID: F-0192)<br>
        Room Polaris B &middot; Seat 41</div></div>
    <div class="qr">$qr<div>Scan to verify</div><div class="code">NLD-WS-7Q4X-22</div></div>
    <div class="sig">$sig<div class="l">Sunniva Ekberg<br>Workshop Program Lead</div></div>
    </div>""",
        qr=_qr_svg("NLD-WS-7Q4X-22", "120px"),
        sig=_signature_svg("ekberg", 170, 44),
    )
    return _weasy(_html(css, body), folder / "Linnea_Haraldsen_Secure_API_Design.pdf")


def _two_codes(folder: Path) -> Path:
    css = _page_css(
        "297mm",
        "210mm",
        """
    body { font-family: 'Nimbus Sans', sans-serif; color: #1a1a2e; font-size: 14px }
    .fr { position: absolute; inset: 8mm; border: 2px solid #533483 }
    .tl { position: absolute; left: 18mm; top: 16mm; font-size: 16px; font-weight: bold;
          color: #533483 }
    .tr { position: absolute; right: 18mm; top: 16mm; font-size: 12px; text-align: right }
    h1 { position: absolute; left: 0; right: 0; top: 40mm; text-align: center; margin: 0;
         font-size: 34px; font-family: 'C059', serif; font-weight: normal }
    .c { position: absolute; left: 30mm; right: 30mm; top: 66mm; text-align: center;
         line-height: 1.7 }
    .name { font-size: 30px; font-weight: bold; margin: 2mm 0 }
    .course { font-size: 22px; font-weight: bold; color: #533483; margin: 2mm 0 }
    .bl { position: absolute; left: 18mm; bottom: 16mm; font-size: 12px }
    .br { position: absolute; right: 18mm; bottom: 16mm; font-size: 12px; text-align: right }
    .sig { position: absolute; left: 0; right: 0; bottom: 30mm; text-align: center;
           font-size: 11px }
    """,
    )
    body = _t(
        """<div class="page"><div class="fr"></div>
    <div class="tl">Octavia Privacy Institute</div>
    <div class="tr">Certificate No. OCT-2024-55813</div>
    <h1>Certificate of Achievement</h1>
    <div class="c">This is to certify that
      <div class="name">Natalia Wójcik</div>
      has successfully completed the course and examination
      <div class="course">Data Privacy Officer Foundation</div>
      Issued 30 September 2024</div>
    <div class="sig">$sig<br>Programme Director</div>
    <div class="bl">Credential ID: 9F2C-77AB-E104</div>
    <div class="br">octavia-privacy.eu/verify</div>
    </div>""",
        sig=_signature_svg("octavia", 160, 42),
    )
    return _weasy(_html(css, body), folder / "Natalia_Wojcik_DPO_Foundation.pdf")


# --------------------------------------------------------------------------------------------
# LibreOffice cases
# --------------------------------------------------------------------------------------------


def _cbtnuggets(folder: Path) -> Path:
    d = _Docx(11, 8.5, 0.7)
    d.p("CBT Nuggets", size=26, bold=True, color="#f26a21", font="DejaVu Sans", after=2)
    d.p(
        "IT training that doesn't put you to sleep.",
        size=11,
        italic=True,
        color="#555555",
        after=26,
    )
    d.p("Certificate of Completion", size=30, font="DejaVu Serif", color="#1d2b3a", after=14)
    d.p("This certifies that", size=13, after=6)
    d.p("Daniela Ferreira-Kowalski", size=28, bold=True, color="#1d2b3a", after=8)
    d.p("has completed the CBT Nuggets training", size=13, after=6)
    d.p("CompTIA Network+ (N10-009)", size=22, bold=True, color="#f26a21", after=18)
    d.table(
        [
            ["Trainer", "Garrett Obi"],
            ["Training hours", "18"],
            ["Completed", "October 2, 2024"],
            ["Certificate ID", "CBT-5521-90QK"],
        ],
        [2.2, 3.0],
        size=11,
    )
    d.p(
        "CompTIA CE program: submit this certificate with your CE activity; CompTIA "
        "determines the CEUs awarded.",
        size=8,
        color="#777777",
        before=14,
    )
    d.p("Account #A-88310 \u00b7 cbtnuggets.com", size=8, color="#777777")
    return _soffice("certificate.docx", d.render(), folder)


def _uk_course(folder: Path) -> Path:
    o = _Odt(29.7, 21.0, 1.6, border="2.5pt double #1f4e79", footer="Сторінка 1 з 1")
    o.p("КИЇВСЬКИЙ ЦЕНТР ЦИФРОВОЇ ОСВІТИ", size=12, bold=True, color="#1f4e79", spacing=1.0)
    o.p("вул. Січових Стрільців, 21, м. Київ, 04053", size=9, color="#555555", after=0.6)
    o.p(
        "СЕРТИФІКАТ", size=40, bold=True, color="#1f4e79", font="DejaVu Serif", spacing=4, after=0.1
    )
    o.p("про підвищення кваліфікації", size=14, italic=True, after=0.5)
    o.p("засвідчує, що", size=13)
    o.p("Коваленко Олена Миколаївна", size=26, bold=True, font="DejaVu Serif", after=0.2)
    o.p("успішно пройшла курс підвищення кваліфікації", size=13)
    o.p(
        "«Управління IT-проєктами за методологією Scrum»",
        size=18,
        bold=True,
        color="#1f4e79",
        after=0.2,
    )
    o.p("тривалістю 30 годин, що проходив з 02.09.2024 по 27.09.2024", size=13, after=0.5)
    o.table(
        [
            ["Реєстраційний номер", "DC-2024-0338"],
            ["Дата видачі", "30.09.2024"],
            ["Форма навчання", "дистанційна"],
        ],
        [6.0, 6.0],
        size=11,
    )
    o.p("Директор ____________ Т. В. Бондаренко", size=12, align="end", before=0.8)
    return _soffice("Kovalenko_Scrum_sertyfikat.fodt", o.render(), folder)


def _ordinal(folder: Path) -> Path:
    d = _Docx(8.5, 11, 1.0)
    d.p(
        "THE GUILD OF TECHNICAL WRITERS",
        size=16,
        bold=True,
        font="DejaVu Serif",
        color="#3d2b1f",
        spacing=2,
        after=2,
    )
    d.p(
        "Incorporated 1987 \u00b7 Clarity in every line",
        size=10,
        italic=True,
        color="#6b5a4a",
        after=40,
    )
    d.p(
        "Certificate of Achievement",
        size=32,
        font="DejaVu Serif",
        italic=True,
        color="#3d2b1f",
        after=24,
    )
    d.p("This is to certify that", size=13, font="DejaVu Serif", after=10)
    d.p("Eleanor Whitfield-Ashby", size=26, bold=True, font="DejaVu Serif", after=6)
    d.p("Membership No. GTW-08812", size=10, color="#6b5a4a", after=14)
    d.p(
        "has satisfactorily completed the course of study in", size=13, font="DejaVu Serif", after=8
    )
    d.p(
        "Structured Authoring and DITA Fundamentals",
        size=20,
        bold=True,
        font="DejaVu Serif",
        color="#3d2b1f",
        after=18,
    )
    d.p("and is hereby awarded this certificate.", size=13, font="DejaVu Serif", after=24)
    d.p(
        "Given under our hands and seal this 3rd day of March 2024.",
        size=13,
        font="DejaVu Serif",
        italic=True,
        after=54,
    )
    d.p("______________________            ______________________", size=12, after=2)
    d.p(
        "Margaret Ellsworth, President            Julian Prescott-Hale, Registrar",
        size=11,
        after=36,
    )
    d.p("Certificate No. 2024/117", size=10, color="#6b5a4a", align="right")
    return _soffice("Eleanor_Whitfield-Ashby_Structured_Authoring.docx", d.render(), folder)


def _ceu(folder: Path) -> Path:
    o = _Odt(
        21.59,
        27.94,
        2.0,
        border="1.5pt solid #2e5e4e",
        footer="Lakeside Community College \u00b7 4400 Shoreline Drive, Traverse City, "
        "MI 49684 \u00b7 Page 1 of 1",
    )
    o.p("LAKESIDE COMMUNITY COLLEGE", size=18, bold=True, color="#2e5e4e", spacing=1.5, before=0.4)
    o.p("Workforce & Continuing Education", size=12, italic=True, color="#555555", after=1.0)
    o.p("Certificate of Completion", size=30, font="DejaVu Serif", color="#1b3b30", after=0.6)
    o.p("This certifies that", size=13)
    o.p("Marcus Delacroix-Whitman", size=24, bold=True, font="DejaVu Serif", after=0.3)
    o.p("has completed", size=13)
    o.p("Medical Coding Fundamentals (ICD-10-CM)", size=19, bold=True, color="#2e5e4e", after=0.2)
    o.p("December 4, 2023 \u2013 January 26, 2024", size=13, after=0.4)
    o.p(
        [
            ("Awarded: ", False),
            ("1.2 Continuing Education Units (CEUs)", True),
            (" \u2014 12 contact hours", False),
        ],
        size=13,
        after=0.8,
    )
    o.table(
        [
            ["Course No.", "HLT-1407"],
            ["Section", "W01 (online, evenings)"],
            ["Registration / Order #", "100-55821"],
            ["Certificate No.", "LCC-CE-23-0931"],
        ],
        [6.0, 7.0],
        size=11,
    )
    o.p(
        "Lakeside Community College is an IACET Accredited Provider (#1284530).",
        size=9,
        color="#555555",
        before=0.6,
    )
    o.p("Dr. Renée Castillo-Barros, Dean of Workforce & Continuing Education", size=11, before=1.4)
    return _soffice("Medical Coding Fundamentals_certificate.fodt", o.render(), folder)


def _no_year(folder: Path) -> Path:
    d = _Docx(11, 8.5, 0.9)
    d.p("BAYFRONT LEADERSHIP CIRCLE", size=14, bold=True, color="#0a5c6b", spacing=3, after=2)
    d.p("Summer Leadership Intensive", size=11, italic=True, color="#555555", after=30)
    d.p("Certificate of Completion", size=34, font="DejaVu Serif", color="#0a3d47", after=18)
    d.p("Presented to", size=13, after=6)
    d.p("Oskar Lindqvist", size=30, bold=True, font="DejaVu Serif", after=10)
    d.p("for completing the four-session cohort programme", size=13, after=6)
    d.p("Leading Hybrid Teams", size=22, bold=True, color="#0a5c6b", after=10)
    d.p("Completed on 14 June", size=13, after=40)
    d.p("Facilitators: Amina Farouk-Grant \u00b7 Jonah Pettersen", size=11, after=4)
    d.p("Certificate BLC-1127", size=10, color="#777777")
    return _soffice("certificate.docx", d.render(), folder)


# --------------------------------------------------------------------------------------------
# cairo cases
# --------------------------------------------------------------------------------------------

_LI_COURSE = "Financial Modeling for Project Managers"


def _linkedin(folder: Path) -> Path:
    c = _Cairo(folder / f"CertificateOfCompletion_{_LI_COURSE}.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(0, 0, 792, 8, fill="#0a66c2")
    # logo: "Linked" + white "in" on a blue square, then "Learning"
    c.text(56, 62, "Linked", size=22, family="DejaVu Sans", bold=True, color="#0a66c2")
    lw = c.width_of("Linked")
    c.rect(56 + lw + 3, 43, 25, 25, fill="#0a66c2")
    c.text(56 + lw + 6, 62, "in", size=18, family="DejaVu Sans", bold=True, color="#ffffff")
    c.text(56 + lw + 34, 62, "Learning", size=20, family="DejaVu Sans", color="#404040")
    c.text(56, 140, "Certificate of Completion", size=14, color="#666666")
    c.text(
        56,
        186,
        "Congratulations, Aarav Deshmukh",
        size=30,
        family="DejaVu Sans",
        bold=True,
        color="#1d1d1d",
    )
    c.text(56, 236, _LI_COURSE, size=22, color="#1d1d1d")
    c.text(56, 266, "Course completed on Jun 3, 2024 at 10:42AM UTC", size=12, color="#404040")
    c.wrap(
        56,
        300,
        "By continuing to learn, you have expanded your perspective, sharpened "
        "your skills, and made yourself even more in demand.",
        420,
        12,
        17,
        color="#404040",
    )
    c.text(56, 370, "Top skills covered", size=11, bold=True, color="#1d1d1d")
    c.text(
        56,
        388,
        "Financial Modeling  \u00b7  Project Budgeting  \u00b7  Forecasting",
        size=11,
        color="#404040",
    )
    c.signature(56, 420, 150, 40, "katrin-voss")
    c.line(56, 466, 260, 466, "#999999")
    c.text(56, 482, "Katrin Voss-Alvarez", size=11, bold=True, color="#1d1d1d")
    c.text(56, 497, "Head of Global Content Programs, LinkedIn Learning", size=10, color="#666666")
    # NASBA box on the right
    c.rect(520, 300, 220, 200, fill="#f3f6f8", stroke="#d0d7de", lw=0.8)
    rows = [
        ("Field of study", "Finance"),
        ("CPE credits", "1.6"),
        ("Delivery method", "QAS Self Study"),
        ("Sponsor", "NASBA #103-774"),
    ]
    y = 328
    for k, v in rows:
        c.text(536, y, k, size=9, color="#666666")
        c.text(536, y + 14, v, size=12, bold=True, color="#1d1d1d")
        y += 40
    c.text(56, 570, "Certificate ID: Ad9Kx3LqPm7Z2bVw", size=10, color="#404040")
    c.text(736, 570, "linkedin.com/learning", size=9, color="#888888", align="right")
    return c.finish()


_SK_COURSE = "Agile Project Management: Scaling with SAFe Principles"


def _skillsoft(folder: Path) -> Path:
    name = _SK_COURSE.replace(":", "_")
    c = _Cairo(folder / f"{name}_certificate.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#ffffff")
    c.rect(0, 0, 300, 595, fill="#0c1a3d")
    c.text(40, 70, "skillsoft", size=34, family="DejaVu Sans", bold=True, color="#ffffff")
    c.text(40, 92, "Percipio", size=14, color="#7fd1ff")
    c.text(40, 250, "Lean into", size=44, family="URW Gothic", bold=True, color="#ffffff")
    c.text(40, 300, "learning.", size=44, family="URW Gothic", bold=True, color="#7fd1ff")
    c.circle(150, 450, 58, fill="#13306e")
    c.circle(150, 450, 46, stroke="#7fd1ff", lw=2)
    c.text(330, 90, "CERTIFICATE OF COMPLETION", size=13, color="#4a5a7a", spacing=2.5)
    c.text(330, 150, "This certifies that", size=13, color="#333333")
    c.text(330, 190, "Yusuf Al-Khatib", size=32, bold=True, color="#0c1a3d")
    c.text(330, 228, "has successfully completed", size=13, color="#333333")
    y = c.wrap(330, 262, _SK_COURSE, 470, 21, 27, bold=True, color="#0c1a3d")
    c.text(330, y + 14, "Completed on: May 17, 2024", size=12, color="#333333")
    c.rect(330, y + 36, 470, 64, fill="#f1f4fa")
    c.text(
        344,
        y + 58,
        "CPE Credits: 1.5   |   Field of Study: Management Services",
        size=11,
        color="#0c1a3d",
    )
    c.text(
        344,
        y + 80,
        "Delivery Method: QAS Self Study   |   NASBA Sponsor ID: 108467",
        size=11,
        color="#0c1a3d",
    )
    c.signature(330, 470, 150, 40, "skillsoft-cco")
    c.line(330, 515, 560, 515, "#999999")
    c.text(330, 530, "Morgan Tregarthen, Chief Content Officer", size=10, color="#555555")
    c.text(
        800, 560, "Certificate Number: SKS-20240517-38812", size=10, color="#555555", align="right"
    )
    return c.finish()


def _es_taller(folder: Path) -> Path:
    c = _Cairo(folder / "constancia_taller_UX.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#fffdf8")
    c.rect(22, 22, 798, 551, stroke="#c0392b", lw=2)
    c.rect(30, 30, 782, 535, stroke="#e6b0aa", lw=0.7)
    c.text(
        421,
        78,
        "FUNDACIÓN LEVANTE DIGITAL",
        size=15,
        bold=True,
        color="#c0392b",
        align="center",
        spacing=1.5,
    )
    c.text(
        421,
        96,
        "Avda. del Puerto 214, 46023 València \u00b7 CIF G-98765432",
        size=9,
        color="#777777",
        align="center",
    )
    c.text(
        421,
        160,
        "CONSTANCIA DE PARTICIPACIÓN",
        size=30,
        family="DejaVu Serif",
        color="#2c3e50",
        align="center",
    )
    c.text(421, 205, "Se otorga la presente constancia a", size=13, color="#333333", align="center")
    c.text(
        421,
        248,
        "María José Villanueva Ortega",
        size=30,
        family="DejaVu Serif",
        italic=True,
        bold=True,
        color="#2c3e50",
        align="center",
    )
    c.text(421, 288, "por su participación en el taller", size=13, color="#333333", align="center")
    c.text(
        421,
        324,
        "Diseño de Experiencias de Usuario Accesibles",
        size=21,
        bold=True,
        color="#c0392b",
        align="center",
    )
    c.text(
        421,
        358,
        "celebrado los días 12 y 13 de septiembre de 2024 en Valencia, con una "
        "duración de 10 horas.",
        size=12.5,
        color="#333333",
        align="center",
    )
    for x, who, role, seed in (
        (120, "Dra. Lucía Benavente", "Directora Académica", "benavente"),
        (520, "Ing. Tomás Ridruejo", "Coordinador del Taller", "ridruejo"),
    ):
        c.signature(x + 20, 410, 150, 42, seed)
        c.line(x, 460, x + 200, 460, "#777777")
        c.text(x + 100, 476, who, size=11, bold=True, color="#2c3e50", align="center")
        c.text(x + 100, 491, role, size=10, color="#666666", align="center")
    c.text(60, 545, "Código de verificación: CV-TALLER-24-0193", size=10, color="#555555")
    c.text(
        782, 545, "Folio 37 \u00b7 Libro de registro 2024", size=9, color="#888888", align="right"
    )
    return c.finish()


def _qr_only(folder: Path) -> Path:
    c = _Cairo(folder / "Hannah_Oyelaran-Price_certificate.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#ffffff")
    c.rect(0, 0, 842, 120, fill="#05445e")
    c.text(
        50, 62, "BRIGHTWATER LOGISTICS ACADEMY", size=20, bold=True, color="#ffffff", spacing=1.2
    )
    c.text(50, 88, "Safe hands. Safe loads.", size=13, italic=True, color="#75e6da")
    c.text(792, 62, "Employee No. 004821", size=10, color="#d4f1f4", align="right")
    c.text(50, 180, "Certificate of Completion", size=34, family="DejaVu Serif", color="#05445e")
    c.text(50, 224, "awarded to", size=13, color="#444444")
    c.text(50, 264, "Hannah Oyelaran-Price", size=30, bold=True, color="#111111")
    c.text(50, 300, "for completing", size=13, color="#444444")
    c.text(
        50,
        334,
        "Warehouse Safety and Forklift Operations Refresher",
        size=20,
        bold=True,
        color="#189ab4",
    )
    c.text(
        50,
        362,
        "Module code WS-104  \u00b7  Blended (e-learning + practical check)",
        size=11,
        color="#666666",
    )
    c.text(50, 400, "Completion date: July 9, 2024", size=13, color="#111111")
    c.signature(50, 450, 150, 42, "brightwater-hse")
    c.line(50, 498, 270, 498, "#888888")
    c.text(50, 514, "Declan Forsythe-Amadi, HSE Training Lead", size=10, color="#555555")
    c.rect(660, 400, 130, 130, fill="#ffffff", stroke="#cccccc", lw=0.6)
    c.qr(667, 407, 116, "brightwater-hannah-ws104", n=29)
    c.text(725, 548, "Scan to verify this certificate", size=9, color="#555555", align="center")
    return c.finish()


def _ambiguous_numeric(folder: Path) -> Path:
    c = _Cairo(folder / "GIS_certificate.pdf", 842, 595)
    c.rect(0, 0, 842, 595, fill="#f7fbf4")
    c.rect(0, 545, 842, 50, fill="#2d6a4f")
    c.text(60, 70, "OpenGeo Learning Collective", size=18, bold=True, color="#2d6a4f")
    c.text(60, 90, "learn.opengeo-collective.org", size=10, color="#52796f")
    c.text(60, 170, "Completion of Online Course", size=28, family="DejaVu Serif", color="#1b4332")
    c.text(60, 220, "Amara Nwosu-Field", size=30, bold=True, color="#081c15")
    c.text(60, 256, "has completed all lessons and the final project of", size=13, color="#40534c")
    c.text(60, 292, "Introduction to GIS with QGIS", size=22, bold=True, color="#2d6a4f")
    c.text(60, 340, "Date: 04/05/2024", size=13, color="#081c15")
    c.text(60, 362, "Certificate: GEO-51820", size=13, color="#081c15")
    c.signature(560, 300, 160, 44, "opengeo")
    c.line(540, 350, 760, 350, "#888888")
    c.text(650, 366, "Course mentor", size=10, color="#555555", align="center")
    c.text(
        60, 575, "Made with open data \u00b7 CC BY 4.0 course materials", size=10, color="#d8f3dc"
    )
    return c.finish()


# --------------------------------------------------------------------------------------------
# Ghostscript cases
# --------------------------------------------------------------------------------------------


def _pluralsight(folder: Path) -> Path:
    d = _PS(792, 612)
    d.rect(0, 0, 792, 612, fill="#ffffff")
    d.rect(0, 0, 792, 14, fill="#f15b2a")
    d.rect(0, 14, 792, 6, fill="#e80a89")
    d.circle(84, 84, 26, fill="#f15b2a")
    d.raw("1 1 1 setrgbcolor newpath 76 537 moveto 76 519 lineto 94 528 lineto closepath fill")
    d.text(122, 94, "PLURALSIGHT", font="sans-b", size=24, color="#181818")
    d.text(60, 190, "CERTIFICATE OF COMPLETION", font="sans-b", size=13, color="#f15b2a")
    d.text(60, 240, "Sigrún Halldórsdóttir", font="sans-b", size=34, color="#181818")
    d.text(60, 280, "has successfully completed the course", font="sans", size=14, color="#555555")
    d.text(60, 322, "Securing ASP.NET Core 8 Web APIs", font="sans-b", size=26, color="#181818")
    d.text(60, 352, "by Declan Moriarty", font="sans-i", size=13, color="#555555")
    d.text(60, 400, "Completed on August 14, 2024", font="sans", size=14, color="#181818")
    d.text(60, 420, "Verification ID: PS-24-81QZ-7731", font="sans", size=11, color="#555555")
    d.signature(540, 440, 170, 46, "pluralsight-ceo")
    d.line(520, 494, 740, 494, "#999999")
    d.text(630, 510, "Elaine Vandermeer", font="sans-b", size=11, align="center", color="#181818")
    d.text(630, 525, "SVP, Content & Skills", font="sans", size=10, align="center", color="#555555")
    d.text(
        60,
        580,
        "Course ID 4f2a-securing-aspnet-core-8-web-apis  \u00b7  Level: Advanced",
        font="sans",
        size=8,
        color="#888888",
    )
    return _ghostscript(d, folder / "Sigrun_Halldorsdottir_Securing-ASP.NET-Core-8-Web-APIs.pdf")


def _de_teilnahme(folder: Path) -> Path:
    d = _PS(595.28, 841.89)
    d.rect(0, 0, 595.28, 841.89, fill="#ffffff")
    d.rect(0, 0, 18, 841.89, fill="#7b1e3a")
    d.text(60, 70, "Akademie Frankenwerk GmbH", font="serif-b", size=18, color="#7b1e3a")
    d.text(
        60,
        88,
        "Königstraße 41 \u00b7 90402 Nürnberg \u00b7 Tel. 0911 555 3170",
        font="sans",
        size=9,
        color="#555555",
    )
    d.text(
        535,
        70,
        "Bescheinigungs-Nr.: TB-24-03117",
        font="sans",
        size=9,
        color="#333333",
        align="right",
    )
    d.text(
        297.64,
        200,
        "TEILNAHMEBESCHEINIGUNG",
        font="serif-b",
        size=28,
        align="center",
        color="#222222",
    )
    d.line(150, 216, 445, 216, "#7b1e3a", 1.2)
    d.text(297.64, 270, "Herr", font="serif", size=14, align="center")
    d.text(297.64, 300, "Lukas Brandstätter", font="serif-b", size=24, align="center")
    d.text(
        297.64,
        326,
        "geboren am 11.07.1991",
        font="serif-i",
        size=11,
        align="center",
        color="#555555",
    )
    d.text(
        297.64,
        366,
        "hat vom 4. bis 6. März 2024 an dem Seminar",
        font="serif",
        size=14,
        align="center",
    )
    d.text(
        297.64,
        400,
        "Datenschutz und IT-Sicherheit im Mittelstand",
        font="serif-b",
        size=18,
        align="center",
        color="#7b1e3a",
    )
    d.text(297.64, 432, "teilgenommen.", font="serif", size=14, align="center")
    d.text(80, 486, "Inhalte:", font="sans-b", size=11)
    for i, line in enumerate(
        (
            "\u2022 Grundlagen der DSGVO und des BDSG",
            "\u2022 Technische und organisatorische Maßnahmen (TOM)",
            "\u2022 Umgang mit Datenpannen und Meldepflichten",
            "\u2022 Passwortrichtlinien, Phishing-Abwehr, Backup-Konzepte",
        )
    ):
        d.text(92, 506 + i * 17, line, font="sans", size=11)
    d.text(80, 592, "Umfang: 20 Stunden", font="sans-b", size=11)
    d.text(80, 670, "Nürnberg, 8. März 2024", font="serif", size=12)
    d.signature(340, 640, 160, 42, "kraemer")
    d.line(330, 688, 520, 688, "#666666")
    d.text(425, 703, "Dr. Sabine Krämer", font="serif-b", size=11, align="center")
    d.text(425, 717, "Seminarleitung", font="serif", size=10, align="center")
    d.text(
        297.64,
        805,
        "Amtsgericht Nürnberg HRB 31847 \u00b7 Geschäftsführer: "
        "Jörg Pfannenschmidt \u00b7 USt-IdNr. DE 298 114 557",
        font="sans",
        size=7,
        align="center",
        color="#777777",
    )
    return _ghostscript(d, folder / "Teilnahmebescheinigung_Brandstaetter.pdf")


def _tr_sertifika(folder: Path) -> Path:
    d = _PS(841.89, 595.28)
    d.rect(0, 0, 841.89, 595.28, fill="#fdfcf7")
    d.rect(20, 20, 801.89, 555.28, stroke="#b22222", lw=3)
    d.rect(28, 28, 785.89, 539.28, stroke="#d4a017", lw=1)
    d.text(
        420.9,
        80,
        "ANKARA BİLİŞİM AKADEMİSİ",
        font="sans-b",
        size=16,
        align="center",
        color="#b22222",
    )
    d.text(
        420.9, 150, "KATILIM SERTİFİKASI", font="serif-b", size=34, align="center", color="#222222"
    )
    d.text(420.9, 200, "Sayın", font="serif", size=14, align="center")
    d.text(
        420.9, 236, "Elif Şahin Yıldırım", font="serif-b", size=28, align="center", color="#b22222"
    )
    d.text(
        420.9,
        276,
        "Ankara Bilişim Akademisi tarafından 21-25 Ekim 2024 tarihleri arasında düzenlenen",
        font="serif",
        size=14,
        align="center",
    )
    d.text(
        420.9,
        312,
        "Siber Güvenlik Temelleri ve Olay Müdahalesi",
        font="serif-b",
        size=20,
        align="center",
    )
    d.text(420.9, 344, "eğitimini başarıyla tamamlamıştır.", font="serif", size=14, align="center")
    d.text(
        420.9, 376, "Eğitim süresi: 30 saat", font="sans", size=12, align="center", color="#444444"
    )
    for x, who, role, seed in (
        (130, "Prof. Dr. Kemal Aydoğdu", "Akademi Müdürü", "aydogdu"),
        (510, "Öğr. Gör. Zeynep Karataş", "Eğitmen", "karatas"),
    ):
        d.signature(x + 25, 410, 150, 42, seed)
        d.line(x, 460, x + 200, 460, "#777777")
        d.text(x + 100, 476, who, font="sans-b", size=11, align="center")
        d.text(x + 100, 491, role, font="sans", size=10, align="center", color="#555555")
    d.text(60, 545, "Sertifika No: ABA-2024-10-0447", font="sans", size=10, color="#333333")
    d.text(782, 545, "Ankara, 28.10.2024", font="sans", size=10, align="right", color="#333333")
    return _ghostscript(d, folder / "katilim_sertifikasi_0447.pdf")


# --------------------------------------------------------------------------------------------
# Scans (image-only PDFs)
# --------------------------------------------------------------------------------------------


def _netacad_scan(folder: Path) -> Path:
    return _scan(
        _netacad_source,
        folder / "SCAN0007.pdf",
        "netacad",
        dpi=200,
        angle=1.4,
        noise=16,
        quality=50,
    )


def _fr_scan(folder: Path) -> Path:
    return _scan(
        _fr_source,
        folder / "attestation_formation_scan.pdf",
        "fr",
        dpi=200,
        turn=90,
        angle=-0.7,
        noise=12,
        quality=55,
    )


def _cutoff_scan(folder: Path) -> Path:
    return _scan(
        _cutoff_source,
        folder / "certificate_scan.pdf",
        "cutoff",
        dpi=150,
        angle=-2.2,
        noise=18,
        quality=45,
    )


# --------------------------------------------------------------------------------------------
# The case table
# --------------------------------------------------------------------------------------------


def _case(name: str, kind: str, build: Builder, note: str, **exp: Any) -> tuple[Case, str]:
    exp.setdefault("start_date", None)
    exp.setdefault("needs_review", False)
    exp.setdefault("printed_credits", None)
    return Case(name=name, expected=Expected(**exp), build=build, note=note), kind


_TABLE: list[tuple[Case, str]] = [
    # ---------------------------------------------------------------- known issuers (11)
    _case(
        "h11_ciscou_learning_path",
        "known",
        _ciscou,
        "Chromium. Cisco U. learning-path certificate on a dark band; 'Learning path LP-0412' "
        "and 'Catalogue v24.2' in the header, a 'valid for CE submission until' date one year "
        "later under the completion date, signatory with title.",
        course_name="Network Automation Essentials with Python and NETCONF",
        end_date="2024-03-22",
        validation_code="CU-7F3K-92QD-LM41",
        learner_name="Priyanka Venkataraman",
        issuer="Cisco U.",
        printed_credits=(8, "CE"),
    ),
    _case(
        "h11_netacad_scan",
        "known",
        _netacad_scan,
        "SCAN (image only, 200 dpi, 1.4 degree skew, grain, JPEG). Networking Academy course "
        "completion: 'Academy ID' and 'Course ID' numbers under the brand, bullet list of "
        "skills, instructor / academy / location / date in a label-under-value footer; no "
        "code on the page.",
        course_name="Networking Essentials",
        end_date="2024-04-08",
        validation_code=None,
        learner_name="Mateus Okonkwo",
        issuer="Cisco Networking Academy",
    ),
    _case(
        "h11_learning_partner_ccna",
        "known",
        _learning_partner,
        "WeasyPrint. Learning-partner attendance certificate: the partner company name is the "
        "biggest brand, 'Cisco Learning Partner' in a box; course dates 15-19 April plus a "
        "later 'Date of issue'; course code, class ID, instructor CCSI number and lab hours in "
        "a table next to the CE credits. File 'certificate (2).pdf'.",
        course_name="Implementing and Administering Cisco Solutions (CCNA) v2.1",
        start_date="2024-04-15",
        end_date="2024-04-19",
        validation_code="NGL-2024-004417",
        learner_name="Ingrid Solberg-Haugen",
        issuer="Cisco Learning Partner",
        printed_credits=(30, "CE"),
    ),
    _case(
        "h11_ciscolive_attendance",
        "known",
        _ciscolive,
        "Chromium. Conference attendance: the event name heads the page and is repeated in the "
        "body; date range '5-9 February 2024' with an en dash, a session table with session "
        "codes and per-session credits, attendee ID, a later issue date, big slogan.",
        course_name="Cisco Live Amsterdam 2024",
        start_date="2024-02-05",
        end_date="2024-02-09",
        validation_code="CLEU24-0093-XK7P",
        learner_name="Tomasz Wieczorek-Adeyemi",
        issuer="Cisco Live",
        printed_credits=(12, "CE"),
    ),
    _case(
        "h11_udemy_uc",
        "known",
        _udemy,
        "Chromium. Udemy-style page: certificate number and URL top right, 'Reference Number: "
        "0004', course title above the instructors, learner name at the bottom, 'Date Jan. 17, "
        "2024' with an abbreviated month, 'Length 12.5 total hours'. File UC-<uuid>.pdf.",
        course_name="The Complete Terraform & Ansible Bootcamp for Cloud Engineers",
        end_date="2024-01-17",
        validation_code=_UDEMY_ID,
        learner_name="Oluwaseun Bakare-Hart",
        issuer="Udemy",
        printed_credits=(12.5, "hours"),
    ),
    _case(
        "h11_coursera_course",
        "known",
        _coursera,
        "WeasyPrint. Coursera-style course certificate: date at the top, the authorizing "
        "institute named in the body and under the signature, 'Verify at' URL ending in the "
        "code, ribbon 'COURSE CERTIFICATE'.",
        course_name="Foundations of Applied Machine Learning",
        end_date="2024-09-09",
        validation_code="K7WQ2ZP9LRMX",
        learner_name="Elena Marchetti",
        issuer="Coursera",
    ),
    _case(
        "h11_linkedin_cpe",
        "known",
        _linkedin,
        "cairo. LinkedIn Learning style: 'Congratulations, <name>' on one line, completion "
        "date with time of day, skills list, NASBA box with CPE credits and a sponsor number. "
        "File 'CertificateOfCompletion_<course>.pdf'.",
        course_name=_LI_COURSE,
        end_date="2024-06-03",
        validation_code="Ad9Kx3LqPm7Z2bVw",
        learner_name="Aarav Deshmukh",
        issuer="LinkedIn Learning",
        printed_credits=(1.6, "CPE"),
    ),
    _case(
        "h11_pluralsight_course",
        "known",
        _pluralsight,
        "Ghostscript. Pluralsight-style: course author line 'by ...' under the title, "
        "Icelandic characters in the name, a long course-ID slug in the small footer. File "
        "'<Learner>_<Course>.pdf'.",
        course_name="Securing ASP.NET Core 8 Web APIs",
        end_date="2024-08-14",
        validation_code="PS-24-81QZ-7731",
        learner_name="Sigrún Halldórsdóttir",
        issuer="Pluralsight",
    ),
    _case(
        "h11_ine_learning_path",
        "known",
        _ine,
        "WeasyPrint. Dark INE page: value-under-label facts row (Issued 11/27/2024 in US "
        "numeric form, CPE credits, instructor, lab environment code). File "
        "'<Course Title>_certificate.pdf'.",
        course_name="Cloud Penetration Testing Professional",
        end_date="2024-11-27",
        validation_code="INE-CPE-8D21F0A7",
        learner_name="Rafael Quintanilla",
        issuer="INE",
        printed_credits=(24, "CPE"),
    ),
    _case(
        "h11_cbtnuggets_docx",
        "known",
        _cbtnuggets,
        "LibreOffice (.docx). CBT Nuggets style with a slogan under the brand, exam code in the "
        "course title, trainer / training hours / date / ID in a table, account number and a "
        "CEU remark in the small print.",
        course_name="CompTIA Network+ (N10-009)",
        end_date="2024-10-02",
        validation_code="CBT-5521-90QK",
        learner_name="Daniela Ferreira-Kowalski",
        issuer="CBT Nuggets",
        printed_credits=(18, "hours"),
    ),
    _case(
        "h11_skillsoft_percipio",
        "known",
        _skillsoft,
        "cairo. Skillsoft Percipio style: huge slogan 'Lean into learning.' in the side panel, "
        "tracked-out heading, course title with a colon wrapped over two lines, NASBA sponsor "
        "ID next to the CPE credits. File name has the colon turned into '_'.",
        course_name=_SK_COURSE,
        end_date="2024-05-17",
        validation_code="SKS-20240517-38812",
        learner_name="Yusuf Al-Khatib",
        issuer="Skillsoft",
        printed_credits=(1.5, "CPE"),
    ),
    # ---------------------------------------------------------------- foreign (8)
    _case(
        "h11_ru_webinar",
        "foreign",
        _ru_webinar,
        "Chromium, Russian. Webinar participation certificate: surname-first full name with "
        "patronymic, topic in guillemets, '14 марта 2024 г.', organisation with its tax number "
        "(ИНН) at the top, speaker named in the meta line.",
        course_name="Информационная безопасность в облачных сервисах",
        end_date="2024-03-14",
        validation_code="2024/03-0571",
        learner_name="Смирнова Анастасия Игоревна",
        issuer=None,
        printed_credits=(4, "hours"),
    ),
    _case(
        "h11_el_seminar",
        "foreign",
        _el_seminar,
        "WeasyPrint, Greek. Attendance certificate, 'από 4 έως 8 Νοεμβρίου 2024' range with "
        "genitive month, later issue date line, Greek-letter certificate number, address "
        "with postcode and phone under the organisation.",
        course_name="Ψηφιακός Μετασχηματισμός στη Δημόσια Διοίκηση",
        start_date="2024-11-04",
        end_date="2024-11-08",
        validation_code="ΒΠ-2024-1187",
        learner_name="Γεώργιος Παπαδημητρίου",
        issuer=None,
        printed_credits=(20, "hours"),
    ),
    _case(
        "h11_uk_course",
        "foreign",
        _uk_course,
        "LibreOffice (.fodt), Ukrainian. Professional-development certificate: numeric "
        "dd.mm.yyyy range 02.09.2024-27.09.2024 (27 makes the order clear) and a separate "
        "issue date in the table, page-number footer, director signature line.",
        course_name="Управління IT-проєктами за методологією Scrum",
        start_date="2024-09-02",
        end_date="2024-09-27",
        validation_code="DC-2024-0338",
        learner_name="Коваленко Олена Миколаївна",
        issuer=None,
        printed_credits=(30, "hours"),
    ),
    _case(
        "h11_es_taller",
        "foreign",
        _es_taller,
        "cairo, Spanish. Workshop 'constancia': two days written as 'los días 12 y 13 de "
        "septiembre de 2024', two signatories with titles, tax ID and registry folio decoys.",
        course_name="Diseño de Experiencias de Usuario Accesibles",
        start_date="2024-09-12",
        end_date="2024-09-13",
        validation_code="CV-TALLER-24-0193",
        learner_name="María José Villanueva Ortega",
        issuer=None,
        printed_credits=(10, "hours"),
    ),
    _case(
        "h11_pt_curso",
        "foreign",
        _pt_curso,
        "Chromium, Brazilian Portuguese. Course certificate: 'no período de 05/02/2024 a "
        "28/03/2024' (day first, 28 settles it), a later place-and-date line, masked CPF and "
        "enrolment number next to the authentication code, QR in the side panel.",
        course_name="Análise de Dados com Python e Pandas",
        start_date="2024-02-05",
        end_date="2024-03-28",
        validation_code="7F4A-2C91-BE03-55D8",
        learner_name="João Pedro Albuquerque Nogueira",
        issuer=None,
        printed_credits=(40, "hours"),
    ),
    _case(
        "h11_de_teilnahme",
        "foreign",
        _de_teilnahme,
        "Ghostscript, German, A4 portrait. 'hat vom 4. bis 6. März 2024 an dem Seminar ... "
        "teilgenommen' (the title sits between the date and the verb), a birth date under the "
        "name, content bullets, a later place-and-date line, commercial-register footer.",
        course_name="Datenschutz und IT-Sicherheit im Mittelstand",
        start_date="2024-03-04",
        end_date="2024-03-06",
        validation_code="TB-24-03117",
        learner_name="Lukas Brandstätter",
        issuer=None,
        printed_credits=(20, "hours"),
    ),
    _case(
        "h11_fr_attestation_scan",
        "foreign",
        _fr_scan,
        "SCAN (image only) turned a quarter turn, French. 'du 18 au 20 juin 2024' course "
        "dates versus 'Fait à Lyon, le 21 juin 2024'; the signatory's name also appears in "
        "the body; SIRET and declaration numbers in the header.",
        course_name="Cybersécurité pour les équipes support",
        start_date="2024-06-18",
        end_date="2024-06-20",
        validation_code="AF-2024-0612",
        learner_name="Théo Garnier-Baptiste",
        issuer=None,
        printed_credits=(21, "hours"),
    ),
    _case(
        "h11_tr_sertifika",
        "foreign",
        _tr_sertifika,
        "Ghostscript, Turkish (dotted/dotless i, ş, ğ). '21-25 Ekim 2024 tarihleri arasında' "
        "range before the course title, the issue date 28.10.2024 in the corner, two "
        "signatories with academic titles.",
        course_name="Siber Güvenlik Temelleri ve Olay Müdahalesi",
        start_date="2024-10-21",
        end_date="2024-10-25",
        validation_code="ABA-2024-10-0447",
        learner_name="Elif Şahin Yıldırım",
        issuer=None,
        printed_credits=(30, "hours"),
    ),
    # ---------------------------------------------------------------- unknown issuers (8)
    _case(
        "h11_conf_paper",
        "unknown",
        _conf_paper,
        "WeasyPrint. Paper-presentation certificate: acronym and full conference name head the "
        "page; the body repeats the conference name after the paper title, paper ID and "
        "co-authors; no certificate code.",
        course_name="International Conference on Data Systems Engineering 2024",
        start_date="2024-10-23",
        end_date="2024-10-25",
        validation_code=None,
        learner_name="Wen-Jie Liang",
        issuer=None,
    ),
    _case(
        "h11_webinar_cpe",
        "unknown",
        _webinar_cpe,
        "Chromium, letter portrait. 'attended the live webinar' with a label/value table: "
        "'Recommended CPE credit 2.0', program ID next to the certificate number, NASBA "
        "sponsor ID in the small print, presenter named twice.",
        course_name="Revenue Recognition Update for SaaS Companies",
        end_date="2024-03-07",
        validation_code="2024-0307-1183",
        learner_name="Gabriela Ionescu",
        issuer=None,
        printed_credits=(2.0, "CPE"),
    ),
    _case(
        "h11_badge_path_labels",
        "unknown",
        _badge_pathlabels,
        "Chromium. Digital-credential card: heading and every label (ISSUED ON, EXPIRES, "
        "CREDENTIAL ID, ISSUED BY, VERIFY AT) are SVG glyph paths, only the values are text; "
        "learner name biggest, credential title below it, expiry three years later.",
        course_name="Cloud Security Practitioner Level II",
        end_date="2024-06-28",
        validation_code="HCI-CSP2-0K4M7Q",
        learner_name="Kofi Mensah-Larsen",
        issuer=None,
    ),
    _case(
        "h11_qr_only",
        "unknown",
        _qr_only,
        "cairo. Corporate LMS certificate verified only by a QR code ('Scan to verify this "
        "certificate', no code text); employee number and module code decoys, slogan.",
        course_name="Warehouse Safety and Forklift Operations Refresher",
        end_date="2024-07-09",
        validation_code=None,
        learner_name="Hannah Oyelaran-Price",
        issuer=None,
    ),
    _case(
        "h11_workshop_qr_code",
        "unknown",
        _workshop_qr,
        "WeasyPrint. 'participated in a workshop on ...' at a developer summit; the code is "
        "printed under 'Scan to verify' below the QR; facilitator ID, room and seat decoys.",
        course_name="Secure API Design with OAuth 2.1",
        end_date="2024-05-16",
        validation_code="NLD-WS-7Q4X-22",
        learner_name="Linnea Haraldsen",
        issuer=None,
        printed_credits=(3, "hours"),
    ),
    _case(
        "h11_ordinal_date",
        "unknown",
        _ordinal,
        "LibreOffice (.docx). Society certificate: 'Given under our hands and seal this 3rd "
        "day of March 2024', membership number under the name, 'Incorporated 1987' and a "
        "motto, two signatories on one line.",
        course_name="Structured Authoring and DITA Fundamentals",
        end_date="2024-03-03",
        validation_code="2024/117",
        learner_name="Eleanor Whitfield-Ashby",
        issuer=None,
    ),
    _case(
        "h11_footer_date",
        "unknown",
        _footer_date,
        "Chromium. Compliance module certificate whose only date is 'Issued 19.08.2024' in the "
        "dark footer; a year inside the course title, a big slogan, score line, employee "
        "number beside the certificate ID, page number.",
        course_name="Anti-Bribery and Corruption Awareness 2024",
        end_date="2024-08-19",
        validation_code="HGA-ABC-24-7731",
        learner_name="Siddharth Rao",
        issuer=None,
    ),
    _case(
        "h11_ceu_college",
        "unknown",
        _ceu,
        "LibreOffice (.fodt), letter portrait. College continuing-education certificate: "
        "range across years 'December 4, 2023 - January 26, 2024', '1.2 Continuing Education "
        "Units (CEUs) - 12 contact hours', course number, order number, IACET provider "
        "number, address footer with page number.",
        course_name="Medical Coding Fundamentals (ICD-10-CM)",
        start_date="2023-12-04",
        end_date="2024-01-26",
        validation_code="LCC-CE-23-0931",
        learner_name="Marcus Delacroix-Whitman",
        issuer=None,
        printed_credits=(1.2, "CEU"),
    ),
    # ---------------------------------------------------------------- unclear (5)
    _case(
        "h11_unclear_blank_name",
        "unclear",
        _blank_name,
        "Chromium. Webinar certificate printed from the template without the participant: "
        "the name line is empty with '(Participant name)' under it; webinar number decoy.",
        course_name="Zero Trust Architecture in Practice",
        end_date="2024-04-24",
        validation_code=None,
        learner_name=None,
        issuer=None,
        needs_review=True,
        printed_credits=(1, "CPE"),
    ),
    _case(
        "h11_unclear_two_codes",
        "unclear",
        _two_codes,
        "WeasyPrint. Two different codes of equal standing: 'Certificate No. OCT-2024-55813' "
        "top right and 'Credential ID: 9F2C-77AB-E104' bottom left, verify URL without either; "
        "a reader cannot tell which is the validation code (expected None).",
        course_name="Data Privacy Officer Foundation",
        end_date="2024-09-30",
        validation_code=None,
        learner_name="Natalia Wójcik",
        issuer=None,
        needs_review=True,
    ),
    _case(
        "h11_unclear_no_year",
        "unclear",
        _no_year,
        "LibreOffice (.docx). 'Completed on 14 June' and no year anywhere on the page "
        "(expected date None).",
        course_name="Leading Hybrid Teams",
        end_date=None,
        validation_code="BLC-1127",
        learner_name="Oskar Lindqvist",
        issuer=None,
        needs_review=True,
    ),
    _case(
        "h11_unclear_numeric_date",
        "unclear",
        _ambiguous_numeric,
        "cairo. 'Date: 04/05/2024' from an issuer with no country, language or other date to "
        "tell day-first from month-first (expected date None).",
        course_name="Introduction to GIS with QGIS",
        end_date=None,
        validation_code="GEO-51820",
        learner_name="Amara Nwosu-Field",
        issuer=None,
        needs_review=True,
    ),
    _case(
        "h11_unclear_cutoff_scan",
        "unclear",
        _cutoff_scan,
        "SCAN (image only, 150 dpi, 2.2 degree skew). The one-line course title runs off the "
        "right edge of the page mid-word ('... Multi-Cluster Ne'); the rest is complete "
        "(expected course None).",
        course_name=None,
        end_date="2024-11-12",
        validation_code="CFT-K8S-40917",
        learner_name="Beatriz Salgado-Finch",
        issuer=None,
        needs_review=True,
    ),
]

HOLDOUT_CASES: list[Case] = [case for case, _ in _TABLE]
HOLDOUT_KINDS: dict[str, str] = {case.name: kind for case, kind in _TABLE}

assert len({c.name for c in HOLDOUT_CASES}) == len(HOLDOUT_CASES)
