# ruff: noqa: E501  (embedded HTML/CSS/ODF/PostScript templates keep their long lines)
"""Layout families: five certificates per issuer template, for "learn a layout from one correction".

Every family is ONE template (same issuer, wording, positions, fonts, date format and code shape)
filled with five different sets of values.  The first case of a family is the one a person
corrects; the other four are the "next certificates" of the same layout.

Producers differ between families, as they do in the wild: reportlab, fpdf2, HTML printed by
headless Chromium (Playwright), LibreOffice (flat ODF converted headless), Ghostscript (hand
written PostScript) and one scanned paper certificate (Pillow image wrapped in a PDF).

All people, organisations, codes and numbers are invented.

Public interface: `FAMILIES` (family id -> list of 5 `Case`), `ALL_CASES`.
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium_printer import shared_browser

from certfactory import Case, Expected

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
URW_OTF = Path("/usr/share/fonts/opentype/urw-base35")

# A fixed instant written into document metadata where the producer lets us set it.
_FIXED_EPOCH = "1717200000"  # 2024-06-01
os.environ.setdefault("SOURCE_DATE_EPOCH", _FIXED_EPOCH)

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONTHS_RU_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def _d(iso: str) -> date:
    return date.fromisoformat(iso)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _pin_metadata(path: Path) -> Path:
    """Replace the producer's "now" timestamps and random file ID by fixed values of the same
    length (byte offsets, hence the xref table, stay valid) so that builds are deterministic."""
    import re

    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240601120000", data)
    seed = hashlib.md5(path.name.encode()).hexdigest().upper().encode()

    def fix_id(m: re.Match) -> bytes:
        return m.group(0)[:0] + re.sub(
            rb"<[0-9A-Fa-f]+>",
            lambda h: b"<" + (seed * 4)[: len(h.group(0)) - 2] + b">",
            m.group(0),
        )

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + seed[:32], data)
    path.write_bytes(data)
    return path


def _ascii_file(s: str) -> str:
    import unicodedata

    out = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O"))
    out = "".join(c for c in out if not unicodedata.combining(c))
    return "".join(c if c.isalnum() and c.isascii() else "_" for c in out).strip("_")


# ============================================================================================
# reportlab helpers
# ============================================================================================


@cache
def _rl_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in [
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSerif", "DejaVuSerif.ttf"),
        ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
        ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
        ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, str(DEJAVU / file)))


def _wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if measure(trial) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ============================================================================================
# Family 1: vendor firewall academy, reportlab, landscape, captions UNDER their values
# ============================================================================================

PALISADE = [
    dict(
        name="Daniel Okonkwo",
        course="Threat Prevention with Palisade NGFW",
        ccode="EDU-210",
        done="2024-03-05",
        code="PNA-2024-004711",
    ),
    dict(
        name="Anaïs Lefèvre-Beaumont",
        course="Palisade Panorama Central Management and Log Analytics for Multi Site Deployments",
        ccode="EDU-220",
        done="2024-06-21",
        code="PNA-2024-011902",
    ),
    dict(
        name="Wei Chen",
        course="Firewall Essentials",
        ccode="EDU-110",
        done="2023-11-09",
        code="PNA-2023-038455",
    ),
    dict(
        name="Σταύρος Καλογεράκης",
        course="Secure SD-WAN Design, Deployment and Troubleshooting with Palisade EdgeLink Gateways",
        ccode="EDU-330",
        done="2025-01-17",
        code="PNA-2025-000386",
    ),
    dict(
        name="María José Fernández de Castro y Villalobos",
        course="Cloud NGFW for Hybrid Networks",
        ccode="EDU-318",
        done="2024-09-30",
        code="PNA-2024-027640",
    ),
]


def _palisade_date(iso: str) -> str:
    d = _d(iso)
    return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"


def _palisade_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        from reportlab.lib.colors import Color
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.pdfgen.canvas import Canvas

        _rl_fonts()
        W, H = 842.0, 595.0
        path = folder / f"{v['code']}_certificate.pdf"
        c = Canvas(str(path), pagesize=(W, H), invariant=1)
        c.setTitle("Certificate of Completion")
        c.setAuthor("Palisade Networks Education Services")
        navy, orange, grey = (
            Color(0.07, 0.15, 0.32),
            Color(0.93, 0.45, 0.09),
            Color(0.45, 0.45, 0.5),
        )

        def Y(top: float) -> float:
            return H - top

        # frame
        c.setStrokeColor(navy)
        c.setLineWidth(3)
        c.rect(22, 22, W - 44, H - 44)
        c.setLineWidth(0.6)
        c.rect(30, 30, W - 60, H - 60)
        # logo: shield path + wordmark
        c.setFillColor(orange)
        p = c.beginPath()
        p.moveTo(62, Y(52))
        p.lineTo(88, Y(46))
        p.lineTo(114, Y(52))
        p.lineTo(112, Y(78))
        p.curveTo(108, Y(92), 98, Y(100), 88, Y(106))
        p.curveTo(78, Y(100), 68, Y(92), 64, Y(78))
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(124, Y(74), "PALISADE")
        t = c.beginText(124, Y(88))
        t.setFont("Helvetica", 7.5)
        t.setCharSpace(1.6)
        t.textLine("NETWORKS  ·  EDUCATION SERVICES")
        t.setCharSpace(0)
        c.drawText(t)

        # bottom captions are drawn first (template layer), values afterwards
        cols = (190.0, 421.0, 652.0)
        c.setFillColor(grey)
        c.setFont("Helvetica", 7.5)
        for x, cap in zip(
            cols,
            ("DATE OF COMPLETION", "DIRECTOR, EDUCATION SERVICES", "CREDENTIAL ID"),
            strict=True,
        ):
            c.drawCentredString(x, Y(500), cap)
        c.setStrokeColor(grey)
        c.setLineWidth(0.5)
        for x in cols:
            c.line(x - 85, Y(488), x + 85, Y(488))

        # heading
        c.setFillColor(navy)
        heading = "CERTIFICATE OF COMPLETION"
        t = c.beginText()
        t.setFont("Helvetica-Bold", 26)
        t.setCharSpace(3)
        hw = stringWidth(heading, "Helvetica-Bold", 26) + 3 * (len(heading) - 1)
        t.setTextOrigin((W - hw) / 2, Y(150))
        t.textLine(heading)
        t.setCharSpace(0)
        c.drawText(t)
        c.setFont("Times-Italic", 14)
        c.setFillColor(grey)
        c.drawCentredString(W / 2, Y(192), "This is to certify that")
        c.drawCentredString(W / 2, Y(290), "has successfully completed the instructor-led course")
        c.setFillColor(navy)
        c.setFont("DejaVuSerif-Bold", 30)
        c.drawCentredString(W / 2, Y(245), v["name"])
        c.setStrokeColor(orange)
        c.setLineWidth(1.2)
        c.line(W / 2 - 200, Y(262), W / 2 + 200, Y(262))
        c.setFont("DejaVuSans-Bold", 18)
        lines = _wrap(v["course"], 600, lambda s: stringWidth(s, "DejaVuSans-Bold", 18))
        for i, line in enumerate(lines[:2]):
            c.drawCentredString(W / 2, Y(326 + 24 * i), line)
        c.setFont("Helvetica", 10)
        c.setFillColor(grey)
        c.drawCentredString(
            W / 2, Y(392), f"Course code {v['ccode']}   ·   Delivery: virtual classroom"
        )

        # values above the captions
        c.setFillColor(navy)
        c.setFont("DejaVuSans", 13)
        c.drawCentredString(cols[0], Y(480), _palisade_date(v["done"]))
        c.drawCentredString(cols[2], Y(480), v["code"])
        c.setFont("Times-Italic", 17)
        c.drawCentredString(cols[1], Y(480), "Miriam Okafor-Lindqvist")
        valid = _d(v["done"]).replace(year=_d(v["done"]).year + 2).isoformat()
        c.setFont("Helvetica", 8)
        c.setFillColor(grey)
        c.drawCentredString(cols[0], Y(516), f"Valid through {_palisade_date(valid)}")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(
            W / 2,
            Y(552),
            "Verify this credential at https://education.palisade-networks.example/verify",
        )
        c.showPage()
        c.save()
        return path

    return build


# ============================================================================================
# fpdf2 helpers
# ============================================================================================


def _fpdf(orientation: str = "P"):
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_creation_date(datetime(2024, 6, 1, 12, 0, tzinfo=UTC))
    for fam, style, file in [
        ("DejaVu", "", "DejaVuSans.ttf"),
        ("DejaVu", "B", "DejaVuSans-Bold.ttf"),
        ("DejaVuCond", "", "DejaVuSansCondensed.ttf"),
        ("DejaVuCond", "B", "DejaVuSansCondensed-Bold.ttf"),
        ("DejaVuSerif", "", "DejaVuSerif.ttf"),
        ("DejaVuSerif", "B", "DejaVuSerif-Bold.ttf"),
        ("DejaVuSerif", "I", "DejaVuSerif-Italic.ttf"),
    ]:
        pdf.add_font(fam, style, str(DEJAVU / file))
    pdf.add_page()
    return pdf


# ============================================================================================
# Family 2: German training centre, fpdf2, bordered label/value table, "Teilnehmer/in"
# ============================================================================================

GRUENWALD = [
    dict(
        name="Jonas Weißenberger",
        born="14.07.1988",
        course="Cisco SD-Access Grundlagen",
        ccode="NAG-SDA-07",
        start="2024-03-04",
        end="2024-03-08",
        issued="2024-03-11",
        code="NAG/24/03/1187",
    ),
    dict(
        name="Katarzyna Żółtowska-Dąbrowska",
        born="02.02.1991",
        course="Netzwerkautomatisierung mit Python, Ansible und NETCONF/RESTCONF für "
        "Administratoren von Campusnetzen",
        ccode="NAG-AUT-12",
        start="2024-06-10",
        end="2024-06-14",
        issued="2024-06-17",
        code="NAG/24/06/1342",
    ),
    dict(
        name="Ali Öztürk",
        born="23.11.1979",
        course="IPv6 in der Praxis",
        ccode="NAG-IP6-03",
        start="2023-09-25",
        end="2023-09-27",
        issued="2023-09-28",
        code="NAG/23/09/0968",
    ),
    dict(
        name="Ελένη Παπαδοπούλου",
        born="30.05.1994",
        course="Firewallkonzepte und Netzwerksegmentierung in Unternehmensnetzen nach dem "
        "Grundschutz Kompendium",
        ccode="NAG-SEC-21",
        start="2025-01-20",
        end="2025-01-24",
        issued="2025-01-27",
        code="NAG/25/01/0074",
    ),
    dict(
        name="Maximilian Friedrich von Hohenstein-Lützelburg",
        born="08.12.1985",
        course="WLAN Design und Ausleuchtung",
        ccode="NAG-WLN-05",
        start="2024-12-02",
        end="2024-12-06",
        issued="2024-12-09",
        code="NAG/24/12/1511",
    ),
]


def _de_date(iso: str) -> str:
    d = _d(iso)
    return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"


def _gruenwald_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        pdf = _fpdf("P")
        pdf.set_title("Teilnahmebescheinigung")
        pdf.set_author("Netzwerkakademie Grünwald GmbH")
        W = 595.28
        # letterhead
        pdf.set_fill_color(0, 92, 75)
        pdf.rect(0, 0, W, 14, "F")
        pdf.set_text_color(0, 92, 75)
        pdf.set_font("DejaVu", "B", 15)
        pdf.text(56, 62, "Netzwerkakademie Grünwald GmbH")
        pdf.set_font("DejaVu", "", 8)
        pdf.set_text_color(90, 90, 90)
        pdf.text(
            56,
            76,
            "Nördliche Münchner Str. 14  ·  82031 Grünwald  ·  Tel. 089 6410 2270  ·  "
            "seminare@na-gruenwald.example",
        )
        pdf.set_draw_color(0, 92, 75)
        pdf.set_line_width(0.8)
        pdf.line(56, 86, W - 56, 86)

        pdf.set_text_color(20, 20, 20)
        pdf.set_font("DejaVuSerif", "B", 24)
        title = "TEILNAHMEBESCHEINIGUNG"
        pdf.text((W - pdf.get_string_width(title)) / 2, 150, title)
        pdf.set_font("DejaVuSerif", "", 11)
        intro = "Hiermit bestätigen wir die erfolgreiche Teilnahme an unserem Präsenzseminar."
        pdf.text((W - pdf.get_string_width(intro)) / 2, 178, intro)

        rows = [
            ("Teilnehmer/in:", v["name"], "B"),
            ("geboren am:", v["born"], ""),
            ("Seminar:", v["course"], "B"),
            ("Kurs-Nr.:", v["ccode"], ""),
            ("Zeitraum:", f"{_de_date(v['start'])} – {_de_date(v['end'])}", ""),
            ("Seminarort:", "Schulungszentrum Grünwald, Raum 2.14", ""),
            ("Zertifikat-Nr.:", v["code"], ""),
        ]
        x0, lw, vw, y = 70.0, 120.0, 335.0, 215.0
        pdf.set_draw_color(120, 120, 120)
        pdf.set_line_width(0.5)
        for label, value, style in rows:
            pdf.set_font("DejaVu", style, 11)
            lines = pdf.multi_cell(vw - 12, 15, value, dry_run=True, output="LINES")
            h = max(1, len(lines)) * 15 + 12
            pdf.set_fill_color(236, 242, 240)
            pdf.rect(x0, y, lw, h, "DF")
            pdf.rect(x0 + lw, y, vw, h, "D")
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_text_color(70, 70, 70)
            pdf.text(x0 + 6, y + 17, label)
            pdf.set_text_color(15, 15, 15)
            pdf.set_font("DejaVu", style, 11)
            pdf.set_xy(x0 + lw + 6, y + 6)
            pdf.multi_cell(vw - 12, 15, value, align="L")
            y += h

        pdf.set_font("DejaVuSerif", "", 10.5)
        pdf.set_text_color(30, 30, 30)
        body = (
            "Die Inhalte des Seminars wurden in Theorie und praktischen Laborübungen vermittelt. "
            "Die Teilnahme erfolgte vollständig."
        )
        pdf.set_xy(70, y + 24)
        pdf.multi_cell(455, 14, body, align="L")

        pdf.set_font("DejaVu", "", 10.5)
        pdf.text(70, 690, f"Grünwald, den {_de_date(v['issued'])}")
        pdf.line(340, 680, 525, 680)
        pdf.set_font("DejaVu", "", 9)
        pdf.text(340, 694, "Dipl.-Ing. Helmut Brandauer")
        pdf.text(340, 706, "Geschäftsführer")
        pdf.set_font("DejaVu", "", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.text(
            56,
            800,
            "Netzwerkakademie Grünwald GmbH  ·  Amtsgericht München HRB 999123  ·  "
            "USt-IdNr. DE 000000000  ·  Geschäftsführer: H. Brandauer",
        )
        stem = _ascii_file(v["name"].split()[-1]) or v["code"].replace("/", "-")
        path = folder / f"Teilnahmebescheinigung_{stem}.pdf"
        pdf.output(str(path))
        return path

    return build


# ============================================================================================
# LibreOffice helpers: all office documents converted in ONE soffice call, cached on disk
# ============================================================================================

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title><meta:creation-date>2024-06-01T12:00:00</meta:creation-date></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/>
  <style:font-face style:name="DejaVu Sans Condensed" svg:font-family="'DejaVu Sans Condensed'"/>
  <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'"/>
  <style:font-face style:name="C059" svg:font-family="C059"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:language="{lang}"
     fo:country="{country}" fo:hyphenate="false"/>
  </style:default-style>
 </office:styles>
"""

_LO_SOURCES: dict[str, str] = {}  # stem -> fodt text (registered at import time)


def _lo_register(stem: str, fodt: str) -> None:
    _LO_SOURCES[stem] = fodt


@cache
def _lo_cache_dir() -> Path:
    digest = hashlib.sha256()
    for stem in sorted(_LO_SOURCES):
        digest.update(stem.encode())
        digest.update(_LO_SOURCES[stem].encode())
    key = digest.hexdigest()[:16]
    final = Path(tempfile.gettempdir()) / f"ceinbox-families-lo-{key}"
    if final.is_dir() and all((final / f"{s}.pdf").is_file() for s in _LO_SOURCES):
        return final
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed to build the office families")
    work = Path(tempfile.mkdtemp(prefix="ceinbox-families-lo-work-"))
    src = work / "src"
    out = work / "out"
    src.mkdir()
    out.mkdir()
    for stem, text in _LO_SOURCES.items():
        (src / f"{stem}.fodt").write_text(text, encoding="utf-8")
    profile = work / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *sorted(str(p) for p in src.glob("*.fodt")),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=300,
    )
    missing = [s for s in _LO_SOURCES if not (out / f"{s}.pdf").is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not convert {missing}")
    for pdf in out.glob("*.pdf"):
        _pin_metadata(pdf)
    try:
        out.rename(final)
    except OSError:  # another process won the race
        if not final.is_dir():
            raise
    shutil.rmtree(work, ignore_errors=True)
    return final


def _lo_build(stem: str, filename: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / filename
        shutil.copyfile(_lo_cache_dir() / f"{stem}.pdf", path)
        return path

    return build


def _x(s: str) -> str:
    return html.escape(s, quote=True)


# ============================================================================================
# Family 3: university extension school, LibreOffice, small-caps labels ABOVE their values
# ============================================================================================

NORTHVALE = [
    dict(
        name="Priya Raghunathan",
        course="Enterprise Network Administration",
        start="2024-01-16",
        end="2024-03-26",
        ceu="3.6",
        crn="41827",
        code="NSU-CE-24-0381",
        printed="04/02/2024",
    ),
    dict(
        name="Tomás Ó Súilleabháin",
        course="Applied Cybersecurity Operations: Monitoring, Incident Response and Digital "
        "Forensics for Network Professionals",
        start="2024-04-02",
        end="2024-06-11",
        ceu="4.2",
        crn="42210",
        code="NSU-CE-24-0517",
        printed="06/20/2024",
    ),
    dict(
        name="Jamal Whitaker",
        course="Cloud Networking Fundamentals",
        start="2024-09-03",
        end="2024-10-22",
        ceu="2.4",
        crn="43086",
        code="NSU-CE-24-0902",
        printed="10/30/2024",
    ),
    dict(
        name="Trần Bảo Ngọc Hân",
        course="Wireless LAN Design and Site Survey Techniques for Campus and Industrial "
        "Environments",
        start="2025-01-21",
        end="2025-03-04",
        ceu="3.0",
        crn="44019",
        code="NSU-CE-25-0046",
        printed="03/12/2025",
    ),
    dict(
        name="Evangeline Montgomery-Hargreaves",
        course="Linux for Network Engineers",
        start="2023-10-01",
        end="2023-11-21",
        ceu="1.8",
        crn="40555",
        code="NSU-CE-23-1127",
        printed="12/01/2023",
    ),
]


def _us_ordinal_date(iso: str) -> str:
    d = _d(iso)
    return f"{MONTHS_EN[d.month - 1]} {_ordinal(d.day)}, {d.year}"


def _northvale_fodt(v: dict) -> str:
    head = (
        _FODT_HEAD.replace("{title}", "Certificate of Completion")
        .replace("{lang}", "en")
        .replace("{country}", "US")
    )
    styles = """ <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="27.94cm" fo:page-height="21.59cm"
     style:print-orientation="landscape" fo:margin-top="1.4cm" fo:margin-bottom="0.8cm"
     fo:margin-left="2.2cm" fo:margin-right="2.2cm" fo:border="2.5pt double #6b1d2a" fo:padding="0.5cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.2cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Uni" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="C059" fo:font-size="34pt" fo:font-weight="bold" fo:color="#6b1d2a"
     fo:letter-spacing="0.04cm"/>
  </style:style>
  <style:style style:name="School" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.45cm"/>
   <style:text-properties style:font-name="C059" fo:font-size="13pt" fo:font-style="italic" fo:color="#333333"/>
  </style:style>
  <style:style style:name="Lbl" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.05cm"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt" fo:font-variant="small-caps"
     fo:letter-spacing="0.05cm" fo:color="#7a7a7a"/>
  </style:style>
  <style:style style:name="Name" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="24pt" fo:color="#111111"/>
  </style:style>
  <style:style style:name="Course" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#6b1d2a"/>
  </style:style>
  <style:style style:name="CellLbl" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="7.5pt" fo:font-variant="small-caps"
     fo:letter-spacing="0.04cm" fo:color="#7a7a7a"/>
  </style:style>
  <style:style style:name="CellVal" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.5pt" fo:color="#111111"/>
  </style:style>
  <style:style style:name="Sig" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="2.2cm"/>
   <style:text-properties style:font-name="URW Bookman" fo:font-size="9pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="Foot" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="DejaVu Sans Condensed" fo:font-size="7pt" fo:color="#888888"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="21cm" table:align="center" fo:margin-top="1.6cm"/>
  </style:style>
  <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
  <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
  <style:style style:name="TblCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.08cm" fo:border-top="0.5pt solid #b9a0a4" fo:border-bottom="none"
     fo:border-left="none" fo:border-right="none"/>
  </style:style>
 </office:automatic-styles>
"""
    printed = v["printed"]
    master = f""" <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Foot">Printed on {printed} from the NSU Continuing Education
 student portal  ·  Page 1 of 1</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
"""
    cells_lbl = [
        "Term of enrollment",
        "Continuing Education Units",
        "Course reference (CRN)",
        "Certificate no.",
    ]
    cells_val = [
        f"{_us_ordinal_date(v['start'])} – {_us_ordinal_date(v['end'])}",
        f"{v['ceu']} CEUs",
        v["crn"],
        v["code"],
    ]

    def row(style: str, items: list[str]) -> str:
        return (
            "<table:table-row>"
            + "".join(
                f'<table:table-cell table:style-name="TblCell" office:value-type="string">'
                f'<text:p text:style-name="{style}">{_x(s)}</text:p></table:table-cell>'
                for s in items
            )
            + "</table:table-row>"
        )

    body = f""" <office:body><office:text>
  <text:p text:style-name="Uni">Northvale State University</text:p>
  <text:p text:style-name="School">School of Continuing &amp; Professional Studies</text:p>
  <text:p text:style-name="Lbl">This certificate of completion is presented to</text:p>
  <text:p text:style-name="Name">{_x(v["name"])}</text:p>
  <text:p text:style-name="Lbl">Program of study</text:p>
  <text:p text:style-name="Course">{_x(v["course"])}</text:p>
  <table:table table:name="Details" table:style-name="Tbl">
   <table:table-column table:style-name="ColA"/>
   <table:table-column table:style-name="ColB" table:number-columns-repeated="2"/>
   <table:table-column table:style-name="ColC"/>
   <table:table-header-rows>{row("CellLbl", cells_lbl)}</table:table-header-rows>
   {row("CellVal", cells_val)}
  </table:table>
  <text:p text:style-name="Sig">Dr. Leonora Baptiste-Ruiz, Dean of Continuing &amp; Professional Studies</text:p>
 </office:text></office:body>
</office:document>
"""
    return head + styles + master + body


# ============================================================================================
# Chromium helpers (Playwright, one browser per process)
# ============================================================================================

def _browser():
    """The test process's one Chromium, shared with the held-out sets printed by it."""
    return shared_browser()


def _chromium_pdf(html_text: str, path: Path, **pdf_kwargs) -> Path:
    page = _browser().new_page()
    try:
        page.set_content(html_text, wait_until="load")
        page.pdf(path=str(path), print_background=True, **pdf_kwargs)
    finally:
        page.close()
    return _pin_metadata(path)


@cache
def _ft_font(file: str):
    from fontTools.ttLib import TTFont as FTFont

    return FTFont(str(DEJAVU / file))


def _svg_text(
    text: str,
    size: float,
    *,
    file: str = "DejaVuSans.ttf",
    fill: str = "#555",
    spacing: float = 0.0,
) -> str:
    """A label drawn as one vector path (no text in the PDF), as design tools export it."""
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen

    f = _ft_font(file)
    glyphs, cmap = f.getGlyphSet(), f.getBestCmap()
    scale = size / f["head"].unitsPerEm
    asc, desc = f["hhea"].ascent, f["hhea"].descent
    pen = SVGPathPen(glyphs)
    x = 0.0
    for ch in text:
        g = cmap.get(ord(ch), ".notdef")
        glyphs[g].draw(TransformPen(pen, (scale, 0, 0, -scale, x, asc * scale)))
        x += glyphs[g].width * scale + spacing
    w, h = max(x - spacing, 1.0), (asc - desc) * scale
    return (
        f'<svg class="lbl" width="{w:.2f}" height="{h:.2f}" viewBox="0 0 {w:.2f} {h:.2f}" '
        f'aria-hidden="true"><path d="{pen.getCommands()}" fill="{fill}"/></svg>'
    )


# ============================================================================================
# Family 4: conference workshop, Chromium, value-only (every label is an SVG path), grid order
# ============================================================================================

NETOPS = [
    dict(
        name="Rui Almeida",
        course="Hands-on Network Automation with Nornir",
        session="WS-07",
        done="2024-06-03",
        token="5f2c9a7e41b3",
        event="NetOps Summit Lisboa 2024",
        range="3–5 June 2024",
    ),
    dict(
        name="Ingrid Sørensen-Haugland",
        course="Streaming Telemetry Pipelines with gNMI, Kafka and Time Series Databases at Scale",
        session="WS-12",
        done="2024-06-04",
        token="a08d3e9b7c21",
        event="NetOps Summit Lisboa 2024",
        range="3–5 June 2024",
    ),
    dict(
        name="Kenji Watanabe",
        course="Intent Based Networking 101",
        session="WS-02",
        done="2023-10-17",
        token="3c7e00f19a4d",
        event="NetOps Summit Kraków 2023",
        range="16–18 October 2023",
    ),
    dict(
        name="Оксана Гриценко",
        course="Building a Source of Truth with NetBox and Git",
        session="WS-05",
        done="2025-05-20",
        token="e91b62c5d804",
        event="NetOps Summit Tallinn 2025",
        range="20–22 May 2025",
    ),
    dict(
        name="Alexandre Dubois-Marchetti",
        course="Zero Touch Provisioning for Campus Switches: From Day 0 to Day 2 Operations "
        "Without a Console Cable",
        session="WS-09",
        done="2024-06-05",
        token="7d4fa2b8e613",
        event="NetOps Summit Lisboa 2024",
        range="3–5 June 2024",
    ),
]


def _netops_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        done = _d(v["done"]).strftime("%Y.%m.%d")
        lbl = _svg_text
        page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>NetOps Summit – Certificate of Attendance</title>
<style>
@page {{ size: 297mm 210mm; margin: 0 }}
html, body {{ margin: 0; padding: 0; }}
body {{ width: 297mm; height: 210mm; font-family: "DejaVu Sans", sans-serif; color: #14213d;
  background: linear-gradient(135deg, #fdfcf7 0%, #f1f5ff 100%); position: relative; overflow: hidden; }}
.band {{ position: absolute; left: 0; top: 0; bottom: 0; width: 22mm; background: #14213d; }}
.band::after {{ content: ""; position: absolute; right: -4mm; top: 0; bottom: 0; width: 4mm; background: #fca311; }}
.grid {{ position: absolute; left: 40mm; right: 18mm; top: 16mm; bottom: 14mm; display: grid;
  grid-template-columns: 1fr 1fr 1fr; grid-template-rows: 22mm 16mm 30mm 12mm 34mm 1fr;
  grid-template-areas: "event event event" "title title title" "name name name" "lbl2 lbl2 lbl2"
                       "course course course" "date sess token"; }}
.event {{ grid-area: event; font-size: 11pt; color: #555; }}
.event b {{ display: block; font-size: 15pt; color: #14213d; margin-top: 2mm; }}
.title {{ grid-area: title; }}
.name {{ grid-area: name; font-family: "DejaVu Serif", serif; font-size: 30pt; font-weight: bold;
  align-self: end; border-bottom: 1.2pt solid #fca311; padding-bottom: 2mm; }}
.lbl2 {{ grid-area: lbl2; align-self: center; }}
.course {{ grid-area: course; font-size: 18pt; line-height: 1.3; max-width: 200mm; }}
.cell {{ align-self: end; }}
.cell .v {{ font-size: 12pt; margin-top: 1.5mm; font-family: "DejaVu Sans Mono", monospace; }}
.date {{ grid-area: date; }} .sess {{ grid-area: sess; }} .token {{ grid-area: token; }}
svg.lbl {{ display: block; }}
</style></head><body>
<div class="band"></div>
<div class="grid">
  <div class="cell token">{lbl("ATTENDEE TOKEN", 7.5, spacing=1.2, fill="#888")}<div class="v">{v["token"]}</div></div>
  <div class="cell sess">{lbl("SESSION", 7.5, spacing=1.2, fill="#888")}<div class="v">{v["session"]}</div></div>
  <div class="cell date">{lbl("HELD ON", 7.5, spacing=1.2, fill="#888")}<div class="v">{done}</div></div>
  <div class="course">{html.escape(v["course"])}</div>
  <div class="lbl2">{lbl("attended the hands-on workshop", 11, file="DejaVuSerif-Italic.ttf", fill="#666")}</div>
  <div class="name">{html.escape(v["name"])}</div>
  <div class="title">{lbl("CERTIFICATE OF ATTENDANCE", 20, file="DejaVuSans-Bold.ttf", fill="#14213d", spacing=2.5)}</div>
  <div class="event">{html.escape(v["event"])}<b>{html.escape(v["range"])}</b></div>
</div>
</body></html>"""
        path = folder / f"netops-summit-certificate-{v['token']}.pdf"
        return _chromium_pdf(page, path, prefer_css_page_size=True)

    return build


# ============================================================================================
# Family 5: webinar platform, Chromium "Print to PDF" of the certificate page (browser header
# with the print date, footer with the verification URL holding the code), flex `order:`
# ============================================================================================

STREAMCAST = [
    dict(
        name="Sofia Lindqvist",
        course="Demystifying EVPN VXLAN for Data Center Fabrics",
        done="2024-03-05",
        time="14:00–15:30 CET",
        cpe="1.5",
        wid="842 1173 0091",
        code="7Q2K-9HDM-XX31",
        printed="3/14/24, 9:12 AM",
        host="Dr. Amara Velasquez",
    ),
    dict(
        name="Nguyễn Phúc Thịnh",
        course="Zero Trust Network Access in Practice: Lessons Learned from Migrating Two Thousand "
        "Remote Users off the Legacy VPN Concentrators",
        done="2024-06-13",
        time="17:00–18:00 CEST",
        cpe="1.0",
        wid="857 2290 4413",
        code="M4TP-2CQA-7B9Z",
        printed="6/20/24, 4:47 PM",
        host="Rasmus Feldt",
    ),
    dict(
        name="Bob Kaye",
        course="QoS Basics",
        done="2024-10-02",
        time="16:00–17:00 CEST",
        cpe="1.0",
        wid="861 0043 7752",
        code="H8W3-KD5R-PL60",
        printed="10/2/24, 6:05 PM",
        host="Imogen Castellanos",
    ),
    dict(
        name="Chidinma Adaeze Okoro-Williams",
        course="Troubleshooting BGP Route Leaks",
        done="2025-01-14",
        time="15:00–16:30 CET",
        cpe="1.5",
        wid="870 3381 2206",
        code="XR7N-3MJF-Q2D8",
        printed="1/27/25, 11:30 AM",
        host="Dr. Amara Velasquez",
    ),
    dict(
        name="Łukasz Grzegorczyk",
        course="Automating Firewall Rule Reviews with Python and an Open Source Network "
        "Configuration Analysis Toolkit",
        done="2023-11-17",
        time="13:00–15:00 CET",
        cpe="2.0",
        wid="835 7719 0380",
        code="9VFE-T6HU-4NWC",
        printed="11/18/23, 8:02 AM",
        host="Rasmus Feldt",
    ),
]


def _streamcast_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        d = _d(v["done"])
        when = f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year}"
        url = f"https://academy.streamcast.example/certificates/{v['code']}"
        page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Certificate – StreamCast Academy</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; color: #1d1d1f; margin: 0; background: #fff; }}
.app {{ display: flex; flex-direction: column; }}
.nav {{ order: 0; display: flex; justify-content: space-between; align-items: center;
  padding: 10px 24px; border-bottom: 1px solid #ddd; font-size: 11px; color: #666; }}
.nav .brand {{ font-weight: bold; font-size: 16px; color: #6d28d9; }}
.card {{ order: 1; margin: 28px 40px; border: 1px solid #e3dcf5; border-radius: 14px; padding: 28px 36px;
  display: flex; flex-direction: column; background: #faf8ff; }}
.card .meta {{ order: 4; display: grid; grid-template-columns: 2.3fr 1.2fr 1fr 1.3fr; gap: 24px;
  font-size: 12px; color: #444; margin-top: 22px; white-space: nowrap; }}
.card .meta div span {{ display: block; color: #888; font-size: 10px; text-transform: uppercase;
  letter-spacing: 1px; margin-bottom: 3px; }}
.card .course {{ order: 3; font-size: 22px; font-weight: bold; line-height: 1.3; color: #2e1065; }}
.card .for {{ order: 2; font-size: 13px; color: #555; margin: 18px 0 6px; }}
.card .name {{ order: 1; font-size: 30px; font-family: "DejaVu Serif", serif; }}
.card .award {{ order: 0; font-size: 12px; color: #6d28d9; text-transform: uppercase; letter-spacing: 2px;
  margin-bottom: 6px; }}
.badge {{ order: 2; margin: 0 40px; font-size: 11px; color: #555; }}
.badge b {{ color: #15803d; }}
.more {{ order: 3; margin: 18px 40px; font-size: 11px; color: #777; border-top: 1px solid #eee;
  padding-top: 10px; }}
</style></head><body><div class="app">
<div class="more">Related on-demand sessions: “IPv6 Address Planning”, “Wi-Fi 7 for Enterprise”,
 “Observability for Network Teams”. Recommended for you based on your watch history.</div>
<div class="badge"><b>✔ Verified attendance</b> — attendance time and poll participation were
 recorded by the StreamCast player for this live session.</div>
<div class="card">
  <div class="meta">
    <div><span>Live session</span>{when} · {v["time"]}</div>
    <div><span>Webinar ID</span>{v["wid"]}</div>
    <div><span>Earned</span>{v["cpe"]} CPE credits</div>
    <div><span>Presenter</span>{html.escape(v["host"])}</div>
  </div>
  <div class="course">{html.escape(v["course"])}</div>
  <div class="for">for attending the live webinar</div>
  <div class="name">{html.escape(v["name"])}</div>
  <div class="award">Certificate of attendance — awarded to</div>
</div>
<div class="nav"><span class="brand">StreamCast Academy</span>
 <span>My learning · Certificates · Account</span></div>
</div></body></html>"""
        header = (
            f'<div style="font-size:8px; width:100%; padding:0 10mm; display:flex; '
            f'justify-content:space-between; font-family:DejaVu Sans"><span>{v["printed"]}</span>'
            f"<span>Certificate – StreamCast Academy</span><span></span></div>"
        )
        footer = (
            f'<div style="font-size:8px; width:100%; padding:0 10mm; display:flex; '
            f'justify-content:space-between; font-family:DejaVu Sans"><span>{url}</span>'
            f"<span>1/1</span></div>"
        )
        path = folder / "Certificate – StreamCast Academy.pdf"
        return _chromium_pdf(
            page,
            path,
            format="Letter",
            display_header_footer=True,
            header_template=header,
            footer_template=footer,
            margin={"top": "14mm", "bottom": "14mm", "left": "10mm", "right": "10mm"},
        )

    return build


# ============================================================================================
# Family 6: corporate LMS export, fpdf2, record sheet with assigned/due/exported decoy dates
# ============================================================================================

TALENTCORE = [
    dict(
        name="Henrik Solberg",
        emp="104772",
        dept="Network Operations",
        course="Secure Remote Access for OT Networks",
        acode="NET-SEC-112",
        assigned="2024-02-01",
        due="2024-03-31",
        done="2024-03-05 16:42",
        exported="2024-03-07 08:15",
        code="9f3b2c1d-7e4a-4b8e-a1c2-0d5e6f7a8b9c",
        score="92",
    ),
    dict(
        name="Ragnhild Østby-Kristiansen",
        emp="100385",
        dept="IT Infrastructure",
        course="Information Security Awareness 2024: Phishing, Social Engineering and Safe Use of "
        "Shipboard Networks",
        acode="NET-SEC-100",
        assigned="2024-01-08",
        due="2024-02-29",
        done="2024-02-14 09:03",
        exported="2024-02-15 07:30",
        code="0c4e8a1f-5b2d-4d6e-9f7a-3b8c2e1d0a95",
        score="88",
    ),
    dict(
        name="Joe Lim",
        emp="108221",
        dept="Fleet Communications",
        course="VSAT Link Troubleshooting",
        acode="NET-COM-204",
        assigned="2024-09-02",
        due="2024-10-15",
        done="2024-09-27 13:11",
        exported="2024-10-01 06:00",
        code="6ad7f3b0-2c19-4e85-b7d4-91e0c5a8f236",
        score="100",
    ),
    dict(
        name="Γιώργος Αντωνίου",
        emp="109904",
        dept="Vessel IT",
        course="Network Segmentation Principles for Vessel IT and OT Systems under the IACS "
        "Unified Requirements E26 and E27",
        acode="NET-SEC-131",
        assigned="2024-11-04",
        due="2024-12-20",
        done="2024-12-02 21:58",
        exported="2024-12-03 08:15",
        code="b2e5c8d1-7f3a-4c60-8e9b-5d1a2f4c7e03",
        score="84",
    ),
    dict(
        name="Mette-Marie Kjeldsen",
        emp="102950",
        dept="Network Operations",
        course="Catalyst Center Basics",
        acode="NET-ENT-150",
        assigned="2025-02-10",
        due="2025-03-14",
        done="2025-03-13 15:20",
        exported="2025-03-14 08:15",
        code="e7d1a094-3b6c-4f2e-a58d-0c9b7e2f1a46",
        score="95",
    ),
]


def _talentcore_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        pdf = _fpdf("P")
        pdf.set_title("Learning record")
        pdf.set_creator("TalentCore LMS 11.4 report service")
        W = 595.28
        pdf.set_fill_color(23, 37, 84)
        pdf.rect(0, 0, W, 58, "F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVuCond", "B", 15)
        pdf.text(36, 30, "Halvorsen Maritime ASA  |  Learning Hub")
        pdf.set_font("DejaVuCond", "", 8)
        pdf.text(36, 46, "powered by TalentCore LMS")
        pdf.set_text_color(30, 30, 30)
        pdf.set_font("DejaVuCond", "B", 13)
        pdf.text(36, 92, "Learning record — completion")
        pdf.set_font("DejaVuCond", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.text(
            36, 106, f"Report: LR-COMPLETION-01  ·  Exported {v['exported']} UTC by svc-hr-reports"
        )

        rows = [
            ("Learner", v["name"]),
            ("Employee ID", v["emp"]),
            ("Department", v["dept"]),
            ("Activity", v["course"]),
            ("Activity type", "E-learning (SCORM 2004, 4th ed.)"),
            ("Activity code", v["acode"]),
            ("Assigned", v["assigned"]),
            ("Due", v["due"]),
            ("Completed", f"{v['done']} UTC"),
            ("Status", f"Completed — passed (score {v['score']} %)"),
            ("Completion ID", v["code"]),
        ]
        y, lx, vx, vw = 126.0, 36.0, 150.0, 405.0
        for i, (label, value) in enumerate(rows):
            pdf.set_font("DejaVuCond", "B" if label in ("Learner", "Activity") else "", 10)
            lines = pdf.multi_cell(vw, 13, value, dry_run=True, output="LINES")
            h = max(1, len(lines)) * 13 + 8
            if i % 2 == 0:
                pdf.set_fill_color(242, 244, 248)
                pdf.rect(lx - 4, y, W - 2 * lx + 8, h, "F")
            pdf.set_font("DejaVuCond", "", 9)
            pdf.set_text_color(100, 100, 110)
            pdf.text(lx, y + 13, label)
            pdf.set_text_color(20, 20, 20)
            pdf.set_font("DejaVuCond", "B" if label in ("Learner", "Activity") else "", 10)
            pdf.set_xy(vx, y + 4)
            pdf.multi_cell(vw, 13, value, align="L")
            y += h
        pdf.set_font("DejaVuCond", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(36, y + 18)
        pdf.multi_cell(
            W - 72,
            11,
            "This record was generated automatically from the TalentCore learning record "
            "store and is valid without signature. Times are shown in UTC.",
            align="L",
        )
        pdf.text(36, 815, "Halvorsen Maritime ASA · Internal · Page 1 of 1")
        path = folder / f"learning_record_{v['emp']}_{v['acode']}.pdf"
        pdf.output(str(path))
        return path

    return build


# ============================================================================================
# Ghostscript helpers
# ============================================================================================

_PS_PROLOG = """%!PS-Adobe-3.0
%%Creator: hand-written PostScript (certificate template)
%%Pages: (atend)
/Latin1Fixed ISOLatin1Encoding dup length array copy dup 45 /hyphen put def
/reencode { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding Latin1Fixed def currentdict end definefont pop } bind def
/HelvL /Helvetica reencode
/HelvBL /Helvetica-Bold reencode
/TimesL /Times-Roman reencode
/TimesBL /Times-Bold reencode
/TimesIL /Times-Italic reencode
/CourL /Courier reencode
/F { exch findfont exch scalefont setfont } bind def
"""


def _ps_str(s: str) -> str:
    out = []
    for ch in s.encode("latin-1"):
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append(f"\\{ch:03o}")
    return "(" + "".join(out) + ")"


_PS_METRIC = {
    "HelvL": "Helvetica",
    "HelvBL": "Helvetica-Bold",
    "TimesL": "Times-Roman",
    "TimesBL": "Times-Bold",
    "TimesIL": "Times-Italic",
    "CourL": "Courier",
}


def _ps_width(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(s, _PS_METRIC[font], size)


def _gs_pdf(ps: str, path: Path) -> Path:
    gs = shutil.which("gs")
    if gs is None:
        raise RuntimeError("Ghostscript (gs) is needed to build the PostScript families")
    with tempfile.TemporaryDirectory(prefix="ceinbox-families-gs-") as tmp:
        src = Path(tmp) / "in.ps"
        src.write_text(ps, encoding="latin-1")
        env = dict(os.environ, SOURCE_DATE_EPOCH=_FIXED_EPOCH)
        subprocess.run(
            [
                gs,
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                f"-sOutputFile={path}",
                str(src),
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            timeout=60,
        )
    return path


# ============================================================================================
# Family 7: Linux vendor academy, Ghostscript, letter-spaced name (ashow), fake-bold heading
# ============================================================================================

KESTREL = [
    dict(
        name="Ana Conceição",
        course="Kestrel Enterprise Linux System Administration I",
        cand="40018823",
        done="2024-03-05",
        code="KLT-0734-2291",
    ),
    dict(
        name="Søren Østergaard-Kjærgaard",
        course="Kestrel Enterprise Linux Automation with Ansible Playbooks, Roles and Collections "
        "for Network Devices",
        cand="40021907",
        done="2024-07-19",
        code="KLT-1180-5536",
    ),
    dict(
        name="Zoë Dunne",
        course="Container Basics",
        cand="40009412",
        done="2023-12-12",
        code="KLT-0093-7710",
    ),
    dict(
        name="Jean-François Lévesque-Beauchemin",
        course="Kubernetes Networking on Kestrel Platform Edition",
        cand="40033158",
        done="2025-02-27",
        code="KLT-2207-0418",
    ),
    dict(
        name="Íñigo Barrenetxea",
        course="Performance Tuning and Troubleshooting of Linux Network Stacks: sysctl, eBPF and "
        "XDP Fast Paths",
        cand="40027764",
        done="2024-10-08",
        code="KLT-1562-9083",
    ),
]


def _kestrel_date(iso: str) -> str:
    d = _d(iso)
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def _kestrel_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        W, H = 595.0, 842.0

        def centred(text: str, font: str, size: float, top: float, spacing: float = 0.0) -> str:
            w = _ps_width(text, font, size) + spacing * len(text)
            x = (W - w) / 2
            if spacing:
                return (
                    f"/{font} {size} F {x:.2f} {H - top:.2f} moveto {spacing} 0 "
                    f"{_ps_str(text)} ashow\n"
                )
            return f"/{font} {size} F {x:.2f} {H - top:.2f} moveto {_ps_str(text)} show\n"

        ps = [_PS_PROLOG, "%%Page: 1 1\n<< /PageSize [595 842] >> setpagedevice\n"]
        # red frame and corner ornaments
        ps.append(
            "0.72 0.07 0.12 setrgbcolor 4 setlinewidth 28 28 539 786 rectstroke\n"
            "0.8 setlinewidth 36 36 523 770 rectstroke\n"
        )
        ps.append(
            "newpath 297.5 760 moveto 320 735 lineto 297.5 710 lineto 275 735 lineto closepath fill\n"
        )
        # heading drawn twice, 0.4 pt apart (fake bold)
        for dx in (0.0, 0.4):
            ps.append(
                "gsave "
                + f"{dx} 0 translate "
                + centred("KESTREL LINUX ACADEMY", "HelvBL", 22, 165, 2.0).strip()
                + " grestore\n"
            )
        ps.append("0.35 0.35 0.35 setrgbcolor\n")
        ps.append(centred("Certificate of Course Completion", "TimesIL", 15, 195))
        ps.append(centred("Awarded to", "HelvL", 11, 290, 0.8))
        ps.append("0.1 0.1 0.1 setrgbcolor\n")
        ps.append(centred(v["name"], "TimesBL", 26, 330, 1.6))
        ps.append(
            "0.72 0.07 0.12 setrgbcolor 0.8 setlinewidth 130 498 moveto 465 498 lineto stroke\n"
        )
        ps.append("0.35 0.35 0.35 setrgbcolor\n")
        ps.append(centred("for completing the course", "HelvL", 11, 380, 0.8))
        ps.append("0.1 0.1 0.1 setrgbcolor\n")
        lines = _wrap(v["course"], 430, lambda s: _ps_width(s, "HelvBL", 16))
        for i, line in enumerate(lines[:2]):
            ps.append(centred(line, "HelvBL", 16, 418 + 21 * i))
        ps.append("0.35 0.35 0.35 setrgbcolor\n")
        ps.append(centred(f"Completed  {_kestrel_date(v['done'])}", "HelvL", 12, 500))
        # lower block: two small columns
        ps.append(
            f"/HelvL 9 F 80 {H - 640} moveto (Ref.) show "
            f"/CourL 11 F 80 {H - 655} moveto {_ps_str(v['code'])} show\n"
        )
        ps.append(
            f"/HelvL 9 F 80 {H - 685} moveto (Candidate No.) show "
            f"/CourL 11 F 80 {H - 700} moveto {_ps_str(v['cand'])} show\n"
        )
        ps.append(f"0.5 setlinewidth 340 {H - 660} moveto 515 {H - 660} lineto stroke\n")
        ps.append(f"/TimesIL 12 F 340 {H - 652} moveto (Nadia Vervoort) show\n")
        ps.append(
            f"/HelvL 8.5 F 340 {H - 672} moveto (Curriculum Manager, Kestrel Linux Academy) show\n"
        )
        ps.append(
            f"/HelvL 7 F 80 {H - 790} moveto "
            f"(Kestrel Linux Academy is a training programme of Kestrel Open Systems B.V. "
            f"This certificate records course attendance, not an exam result.) show\n"
        )
        ps.append("showpage\n%%Trailer\n%%Pages: 1\n%%EOF\n")
        path = folder / f"KLA_certificate_{v['code']}.pdf"
        return _gs_pdf("".join(ps), path)

    return build


# ============================================================================================
# Family 8: Spanish training centre, LibreOffice, page-anchored frames in scrambled source order
# ============================================================================================

TECNORED = [
    dict(
        name="Lucía Martínez Soler",
        course="Configuración avanzada de routers y switches",
        start="2024-03-04",
        end="2024-03-08",
        hours="30",
        code="4F7A-22B9-C01D",
        exp="FC-2024-118",
        issued="2024-03-12",
    ),
    dict(
        name="José Antonio Fernández-Villaverde Ruiz de Alarcón",
        course="Seguridad perimetral con cortafuegos de nueva generación y sistemas de prevención de "
        "intrusiones en redes corporativas",
        start="2024-05-13",
        end="2024-05-24",
        hours="40",
        code="9B01-E6D3-7A2F",
        exp="FC-2024-163",
        issued="2024-05-29",
    ),
    dict(
        name="Ana Ruiz",
        course="Redes inalámbricas",
        start="2024-10-07",
        end="2024-10-09",
        hours="15",
        code="1C5E-80FA-D3B7",
        exp="FC-2024-241",
        issued="2024-10-14",
    ),
    dict(
        name="Aitana Goikoetxea Urrutia",
        course="Voz sobre IP y comunicaciones unificadas",
        start="2025-01-20",
        end="2025-01-31",
        hours="50",
        code="E2A9-4C71-0B8D",
        exp="FC-2025-009",
        issued="2025-02-05",
    ),
    dict(
        name="Yasmina El Amrani",
        course="Automatización de redes con Python y Ansible para técnicos de sistemas y "
        "administradores de infraestructuras",
        start="2023-11-20",
        end="2023-12-01",
        hours="60",
        code="7D3C-B58E-21F0",
        exp="FC-2023-377",
        issued="2023-12-04",
    ),
]


def _es_date(iso: str) -> str:
    d = _d(iso)
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def _tecnored_fodt(v: dict) -> str:
    head = (
        _FODT_HEAD.replace("{title}", "Certificado de aprovechamiento")
        .replace("{lang}", "es")
        .replace("{country}", "ES")
    )
    styles = """ <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
  <style:style style:name="fr" style:family="graphic">
   <style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page"
     style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none" fo:padding="0cm"
     draw:stroke="none" draw:fill="none" style:run-through="foreground"/>
  </style:style>
  <style:style style:name="frbox" style:family="graphic">
   <style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page"
     style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="0.6pt solid #9c2a00"
     fo:padding="0.15cm" draw:stroke="none" draw:fill="solid" draw:fill-color="#fff4ec"
     style:run-through="foreground"/>
  </style:style>
  <style:style style:name="Brand" style:family="paragraph">
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="17pt" fo:font-weight="bold" fo:color="#9c2a00"/>
  </style:style>
  <style:style style:name="BrandSub" style:family="paragraph">
   <style:text-properties style:font-name="DejaVu Sans Condensed" fo:font-size="8pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="26pt" fo:text-transform="uppercase"
     fo:letter-spacing="0.08cm" fo:color="#222222"/>
  </style:style>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:line-height="140%" fo:margin-top="0.25cm"/>
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="12pt" fo:color="#222222"/>
  </style:style>
  <style:style style:name="Name" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="21pt" fo:font-weight="bold" fo:color="#111111"/>
  </style:style>
  <style:style style:name="Course" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:line-height="125%" fo:margin-top="0.3cm"
     fo:margin-bottom="0.3cm"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#9c2a00"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph">
   <style:text-properties style:font-name="DejaVu Sans Condensed" fo:font-size="8.5pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="SmallR" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="DejaVu Sans Condensed" fo:font-size="10pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="Sig" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="DejaVu Sans Condensed" fo:font-size="9pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="T1" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
"""

    def frame(n: int, x: float, y: float, w: float, paras: str, style: str = "fr") -> str:
        return (
            f'<draw:frame draw:style-name="{style}" draw:name="Marco{n}" text:anchor-type="page" '
            f'text:anchor-page-number="1" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'draw:z-index="{n}"><draw:text-box fo:min-height="0.5cm">{paras}</draw:text-box>'
            f"</draw:frame>\n"
        )

    body = "".join(
        [
            # source order: verification box, place/date, signature, then the certificate text
            frame(
                1,
                2.5,
                24.6,
                7.6,
                '<text:p text:style-name="Small"><text:span text:style-name="T1">CSV</text:span> '
                f"(código seguro de verificación): {_x(v['code'])}</text:p>"
                '<text:p text:style-name="Small">Compruebe la autenticidad en '
                "https://sede.tecnored-levante.example/csv</text:p>",
                "frbox",
            ),
            frame(
                2,
                10.5,
                22.2,
                8.0,
                f'<text:p text:style-name="SmallR">En Valencia, a {_es_date(v["issued"])}</text:p>',
            ),
            frame(
                3,
                11.5,
                25.2,
                7.0,
                '<text:p text:style-name="Sig">Fdo.: Inmaculada Ferrer Borrás</text:p>'
                '<text:p text:style-name="Sig">Directora académica</text:p>',
            ),
            frame(
                4,
                2.5,
                27.3,
                16.0,
                f'<text:p text:style-name="Small">Expediente: {_x(v["exp"])}  ·  Centro de Formación '
                "TecnoRed Levante S.L.  ·  C/ de la Industria 41, 46980 Paterna (Valencia)</text:p>",
            ),
            frame(
                5,
                2.5,
                1.6,
                12.0,
                '<text:p text:style-name="Brand">TecnoRed Levante</text:p>'
                '<text:p text:style-name="BrandSub">Centro de Formación en Redes y Telecomunicaciones'
                "</text:p>",
            ),
        ]
    )
    flow = f"""
  <text:p text:style-name="Body"/>
  <text:p text:style-name="Body"/>
  <text:p text:style-name="Body"/>
  <text:p text:style-name="Title">Certificado de aprovechamiento</text:p>
  <text:p text:style-name="Body"/>
  <text:p text:style-name="Body">El Centro de Formación TecnoRed Levante certifica que</text:p>
  <text:p text:style-name="Body">D./Dña.</text:p>
  <text:p text:style-name="Name">{_x(v["name"])}</text:p>
  <text:p text:style-name="Body">ha realizado con aprovechamiento el curso</text:p>
  <text:p text:style-name="Course">{_x(v["course"])}</text:p>
  <text:p text:style-name="Body">celebrado del {_es_date(v["start"])} al {_es_date(v["end"])},
 en modalidad presencial, con una duración de {v["hours"]} horas.</text:p>
"""
    return (
        head
        + styles
        + " <office:body><office:text>\n"
        + body
        + flow
        + " </office:text></office:body>\n</office:document>\n"
    )


# ============================================================================================
# Family 9: Polish Cisco Learning Partner, fpdf2, sentence with the dates + table header row
# ============================================================================================

NETKRAKOW = [
    dict(
        name="Piotr Zawadzki",
        course="Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
        kod="ENCOR",
        hours="40",
        start="2024-03-04",
        end="2024-03-08",
        code="117/2024/NK",
        issued="2024-03-11",
    ),
    dict(
        name="Małgorzata Szczepańska-Wróblewska",
        course="Implementing Cisco Enterprise Advanced Routing and Services (ENARSI) v1.1",
        kod="ENARSI",
        hours="40",
        start="2024-04-15",
        end="2024-04-19",
        code="142/2024/NK",
        issued="2024-04-22",
    ),
    dict(
        name="Jan Kos",
        course="Cisco Catalyst Center Fundamentals (DNAC)",
        kod="DNAC",
        hours="16",
        start="2024-10-14",
        end="2024-10-15",
        code="219/2024/NK",
        issued="2024-10-16",
    ),
    dict(
        name="Олена Шевчук",
        course="Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2",
        kod="CLCOR",
        hours="40",
        start="2024-12-09",
        end="2024-12-13",
        code="261/2024/NK",
        issued="2024-12-16",
    ),
    dict(
        name="Krzysztof Brzęczyszczykiewicz",
        course="Designing and Implementing Cloud Connectivity (ENCC) v1.0",
        kod="ENCC",
        hours="24",
        start="2025-01-20",
        end="2025-01-22",
        code="008/2025/NK",
        issued="2025-01-24",
    ),
]


def _pl_date(iso: str) -> str:
    return _d(iso).strftime("%d.%m.%Y")


def _netkrakow_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        pdf = _fpdf("P")
        pdf.set_title("Zaświadczenie o ukończeniu szkolenia")
        pdf.set_author("NetKraków Centrum Szkoleń Sieciowych")
        W = 595.28

        def centred(text: str, y: float) -> None:
            pdf.text((W - pdf.get_string_width(text)) / 2, y, text)

        # header: brand left, partner badge right
        pdf.set_text_color(0, 84, 150)
        pdf.set_font("DejaVu", "B", 20)
        pdf.text(50, 70, "NetKraków")
        pdf.set_font("DejaVu", "", 8)
        pdf.set_text_color(80, 80, 80)
        pdf.text(50, 84, "Centrum Szkoleń Sieciowych Sp. z o.o.")
        pdf.set_draw_color(0, 120, 190)
        pdf.set_line_width(1)
        pdf.rect(370, 48, 175, 42)
        pdf.set_text_color(0, 120, 190)
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(382, 66, "Cisco Learning Partner")
        pdf.set_font("DejaVu", "", 7)
        pdf.text(382, 80, "Autoryzowany Partner Szkoleniowy Cisco")

        pdf.set_text_color(25, 25, 25)
        pdf.set_font("DejaVuSerif", "B", 30)
        centred("ZAŚWIADCZENIE", 180)
        pdf.set_font("DejaVuSerif", "", 13)
        centred("o ukończeniu szkolenia", 202)
        pdf.set_font("DejaVuSerif", "", 12)
        centred("Niniejszym zaświadcza się, że", 260)
        pdf.set_font("DejaVuSerif", "B", 22)
        centred(v["name"], 298)
        pdf.set_font("DejaVuSerif", "", 12)
        centred(
            f"w dniach {_pl_date(v['start'])} – {_pl_date(v['end'])} ukończył(a) szkolenie", 336
        )
        pdf.set_font("DejaVu", "B", 15)
        pdf.set_xy(80, 356)
        pdf.multi_cell(W - 160, 20, v["course"], align="C")
        pdf.set_font("DejaVuSerif", "", 11)
        centred("prowadzone w formie stacjonarnej w siedzibie NetKraków, ul. Lea 114, Kraków.", 430)

        # table: header row with labels, one row of values
        cols = [
            ("Kod szkolenia", 120),
            ("Liczba godzin", 110),
            ("Trener", 150),
            ("Nr zaświadczenia", 115),
        ]
        x, y = (W - sum(w for _, w in cols)) / 2, 470
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.5)
        vals = [v["kod"], v["hours"], "mgr inż. Wojciech Bartnicki", v["code"]]
        for (label, w), value in zip(cols, vals, strict=True):
            pdf.set_fill_color(230, 238, 246)
            pdf.rect(x, y, w, 20, "DF")
            pdf.rect(x, y + 20, w, 24, "D")
            pdf.set_font("DejaVu", "", 8)
            pdf.set_text_color(70, 70, 70)
            pdf.text(x + (w - pdf.get_string_width(label)) / 2, y + 13, label)
            pdf.set_font("DejaVu", "", 10)
            pdf.set_text_color(20, 20, 20)
            pdf.text(x + (w - pdf.get_string_width(value)) / 2, y + 36, value)
            x += w

        pdf.set_font("DejaVu", "", 10)
        pdf.text(60, 650, f"Kraków, dnia {_pl_date(v['issued'])}")
        pdf.line(360, 640, 535, 640)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.text(360, 654, "Barbara Lis-Ostrowska")
        pdf.text(360, 665, "Dyrektor ds. szkoleń")
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(120, 120, 120)
        pdf.text(
            50,
            805,
            "NetKraków Centrum Szkoleń Sieciowych Sp. z o.o., ul. Lea 114, 30-133 Kraków, "
            "KRS 0000999999, NIP 000-000-00-00. Cisco is a trademark of Cisco Systems, Inc.",
        )
        path = folder / f"zaswiadczenie_{v['code'].replace('/', '-')}.pdf"
        pdf.output(str(path))
        return path

    return build


# ============================================================================================
# Family 10: Russian training centre, reportlab, dates inside the running sentence
# ============================================================================================

SETPRO = [
    dict(
        name="Анна Сергеевна Волкова",
        course="Администрирование сетевого оборудования Cisco",
        start="2024-03-04",
        end="2024-03-15",
        hours="72",
        code="162417004318",
        issued="2024-03-18",
    ),
    dict(
        name="Константин Владимирович Черноморский-Залесский",
        course="Проектирование и эксплуатация защищённых корпоративных сетей передачи данных с "
        "применением межсетевых экранов",
        start="2024-06-03",
        end="2024-06-28",
        hours="144",
        code="162417004562",
        issued="2024-07-01",
    ),
    dict(
        name="Ли Вэй",
        course="Основы IPv6",
        start="2024-09-16",
        end="2024-09-18",
        hours="24",
        code="162417004790",
        issued="2024-09-19",
    ),
    dict(
        name="Айгуль Рашидовна Хабибуллина",
        course="Маршрутизация и коммутация в сетях Cisco",
        start="2025-01-13",
        end="2025-01-31",
        hours="108",
        code="162418000027",
        issued="2025-02-03",
    ),
    dict(
        name="Егор Лебедев",
        course="Автоматизация сетевой инфраструктуры средствами Python, Ansible и NETCONF для "
        "инженеров эксплуатации",
        start="2023-11-06",
        end="2023-11-24",
        hours="72",
        code="162317009134",
        issued="2023-11-27",
    ),
]


def _ru_date(iso: str) -> str:
    d = _d(iso)
    return f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year} г."


def _setpro_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        from reportlab.lib.colors import Color
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.pdfgen.canvas import Canvas

        _rl_fonts()
        W, H = 842.0, 595.0  # landscape: left half "cover" with emblem, right half the text
        path = folder / f"udostoverenie_{v['code']}.pdf"
        c = Canvas(str(path), pagesize=(W, H), invariant=1)
        c.setTitle("Удостоверение о повышении квалификации")
        c.setAuthor("ООО «Учебный центр СетьПро»")
        blue = Color(0.05, 0.2, 0.45)

        def Y(top: float) -> float:
            return H - top

        c.setStrokeColor(blue)
        c.setLineWidth(1)
        c.line(W / 2, 40, W / 2, H - 40)
        # left half
        c.setFillColor(blue)
        c.circle(W / 4, Y(160), 46, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont("DejaVuSans-Bold", 26)
        c.drawCentredString(W / 4, Y(170), "СП")
        c.setFillColor(blue)
        c.setFont("DejaVuSans-Bold", 13)
        c.drawCentredString(W / 4, Y(248), "ООО «Учебный центр СетьПро»")
        c.setFont("DejaVuSans-Bold", 20)
        c.drawCentredString(W / 4, Y(310), "УДОСТОВЕРЕНИЕ")
        c.setFont("DejaVuSans", 12)
        c.drawCentredString(W / 4, Y(330), "о повышении квалификации")
        c.setFont("DejaVuSans", 14)
        c.drawCentredString(W / 4, Y(372), f"№ {v['code']}")
        c.setFont("DejaVuSans", 9)
        c.setFillColor(Color(0.3, 0.3, 0.3))
        c.drawCentredString(W / 4, Y(520), "Город Казань")
        c.drawCentredString(W / 4, Y(534), f"Дата выдачи {_ru_date(v['issued'])}")

        # right half: running text
        x0, width = W / 2 + 36, W / 2 - 72
        c.setFillColor(Color(0.1, 0.1, 0.1))
        c.setFont("DejaVuSerif", 11.5)
        c.drawString(x0, Y(90), "Настоящее удостоверение свидетельствует о том, что")
        c.setFont("DejaVuSerif-Bold", 16)
        name_lines = _wrap(v["name"], width, lambda s: stringWidth(s, "DejaVuSerif-Bold", 16))
        for i, line in enumerate(name_lines[:2]):
            c.drawCentredString(x0 + width / 2, Y(126 + 21 * i), line)
        c.setStrokeColor(Color(0.6, 0.6, 0.6))
        c.setLineWidth(0.4)
        c.line(x0, Y(154), x0 + width, Y(154))
        sentence = (
            f"с {_ru_date(v['start'])} по {_ru_date(v['end'])} прошёл(а) повышение "
            "квалификации в ООО «Учебный центр СетьПро» по дополнительной "
            "профессиональной программе"
        )
        c.setFont("DejaVuSerif", 11.5)
        y = 186.0
        for line in _wrap(sentence, width, lambda s: stringWidth(s, "DejaVuSerif", 11.5)):
            c.drawString(x0, Y(y), line)
            y += 17
        c.setFont("DejaVuSerif-Bold", 12.5)
        course_lines = _wrap(
            f"«{v['course']}»", width, lambda s: stringWidth(s, "DejaVuSerif-Bold", 12.5)
        )
        y = 256.0
        for line in course_lines[:4]:
            c.drawCentredString(x0 + width / 2, Y(y), line)
            y += 17
        c.setFont("DejaVuSerif", 11.5)
        c.drawString(x0, Y(340), f"в объёме {v['hours']} ч.")
        c.setFont("DejaVuSans", 10)
        c.drawString(x0, Y(440), "Руководитель")
        c.drawString(x0, Y(480), "Секретарь")
        c.drawString(x0 + 180, Y(440), "Р. Ф. Галиуллин")
        c.drawString(x0 + 180, Y(480), "Е. А. Мухаметова")
        c.line(x0 + 80, Y(442), x0 + 170, Y(442))
        c.line(x0 + 80, Y(482), x0 + 170, Y(482))
        c.setFont("DejaVuSans", 8)
        c.drawString(x0, Y(530), "М.П.")
        c.showPage()
        c.save()
        return path

    return build


# ============================================================================================
# Family 11: routing vendor institute, Ghostscript, labels converted to outlines (charpath),
# two pages: a cover letter about the NEXT course first, the certificate second
# ============================================================================================

MERIDIAN = [
    dict(
        name="Lars Henriksen",
        first="Lars",
        course="Meridian OS Routing Essentials",
        ccode="MOS-RE-201",
        start="2024-03-04",
        end="2024-03-08",
        code="MRI-4C1F-88A0",
        nxt="Meridian OS Intermediate Routing",
        nxt_date="2024-04-15",
    ),
    dict(
        name="Françoise Delacroix-Aubert",
        first="Françoise",
        course="Meridian Service Provider Routing: MPLS, Segment Routing and Layer 3 VPN Deployment",
        ccode="MOS-SP-310",
        start="2024-06-10",
        end="2024-06-14",
        code="MRI-9A02-D71E",
        nxt="Meridian Advanced Traffic Engineering",
        nxt_date="2024-09-09",
    ),
    dict(
        name="Noah Kim",
        first="Noah",
        course="Switching Basics",
        ccode="MOS-SW-101",
        start="2023-10-02",
        end="2023-10-04",
        code="MRI-03BB-5E94",
        nxt="Meridian OS Routing Essentials",
        nxt_date="2023-11-06",
    ),
    dict(
        name="Ólafur Sigurðsson",
        first="Ólafur",
        course="Meridian Data Center Fabric Automation",
        ccode="MOS-DC-320",
        start="2025-01-20",
        end="2025-01-24",
        code="MRI-E6C8-1F30",
        nxt="Meridian Data Center Security",
        nxt_date="2025-03-03",
    ),
    dict(
        name="Giulia Bianchi-Santangelo",
        first="Giulia",
        course="Meridian Security Policy and Threat Defense for Branch and Campus Gateway Clusters",
        ccode="MOS-SEC-240",
        start="2024-09-16",
        end="2024-09-19",
        code="MRI-72D4-A0C9",
        nxt="Meridian Secure SD-WAN",
        nxt_date="2024-11-18",
    ),
]


def _meridian_date(iso: str) -> str:
    d = _d(iso)
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3]} {d.year}"


def _meridian_build(v: dict) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        H = 595.0  # landscape sheet, 842 x 595 pt
        ps = [_PS_PROLOG]
        # ---- page 1: cover letter (portrait content on a landscape sheet, like the printer setup)
        ps.append("%%Page: 1 1\n<< /PageSize [842 595] >> setpagedevice\n0 0 0 setrgbcolor\n")
        letter = [
            ("HelvBL", 14, "Meridian Routing Institute"),
            ("HelvL", 9, "Training Operations  ·  Keizersgracht 901  ·  Amsterdam"),
            ("HelvL", 11, ""),
            ("HelvL", 11, f"Dear {v['first']},"),
            ("HelvL", 11, ""),
            (
                "HelvL",
                11,
                "thank you for training with us. Your certificate is enclosed on the next page.",
            ),
            (
                "HelvL",
                11,
                f'Your next scheduled course is "{v["nxt"]}", starting on '
                f"{_meridian_date(v['nxt_date'])}.",
            ),
            ("HelvL", 11, "Joining instructions will follow one week before the start date."),
            ("HelvL", 11, ""),
            ("HelvL", 11, "Kind regards,"),
            ("HelvL", 11, "Training Operations Team"),
        ]
        y = 80.0
        for font, size, text in letter:
            if text:
                ps.append(f"/{font} {size} F 90 {H - y:.1f} moveto {_ps_str(text)} show\n")
            y += size + 9
        ps.append("showpage\n")
        # ---- page 2: certificate. Every label is drawn with charpath + fill (outlines, no text)
        ps.append("%%Page: 2 2\n")
        ps.append(
            "0.02 0.29 0.35 setrgbcolor newpath 0 0 moveto 842 0 lineto 842 70 lineto 0 130 lineto "
            "closepath fill\n"
        )
        ps.append(
            "0.96 0.71 0.12 setrgbcolor newpath 0 130 moveto 842 70 lineto 842 76 lineto 0 136 "
            "lineto closepath fill\n"
        )

        def outline(text: str, font: str, size: float, x: float, top: float) -> str:
            return f"/{font} {size} F newpath {x:.1f} {H - top:.1f} moveto {_ps_str(text)} true charpath fill\n"

        def text(t: str, font: str, size: float, x: float, top: float) -> str:
            return f"/{font} {size} F {x:.1f} {H - top:.1f} moveto {_ps_str(t)} show\n"

        ps.append("0.02 0.29 0.35 setrgbcolor\n")
        ps.append(outline("MERIDIAN ROUTING INSTITUTE", "HelvBL", 13, 70, 70))
        ps.append(outline("Certificate of Training", "TimesBL", 34, 70, 130))
        ps.append("0.4 0.4 0.4 setrgbcolor\n")
        ps.append(outline("PRESENTED TO", "HelvL", 8, 70, 180))
        ps.append(outline("TRAINING", "HelvL", 8, 70, 262))
        ps.append(outline("DATES", "HelvL", 8, 70, 375))
        ps.append(outline("CREDENTIAL", "HelvL", 8, 300, 375))
        ps.append(outline("COURSE CODE", "HelvL", 8, 530, 375))
        ps.append(outline("VALID UNTIL", "HelvL", 8, 680, 375))
        ps.append("0.05 0.05 0.05 setrgbcolor\n")
        ps.append(text(v["name"], "TimesBL", 28, 70, 215))
        lines = _wrap(v["course"], 640, lambda s: _ps_width(s, "HelvBL", 19))
        for i, line in enumerate(lines[:2]):
            ps.append(text(line, "HelvBL", 19, 70, 290 + 24 * i))
        ps.append(
            text(f"{_meridian_date(v['start'])} - {_meridian_date(v['end'])}", "HelvL", 12, 70, 393)
        )
        ps.append(text(v["code"], "CourL", 12, 300, 393))
        ps.append(text(v["ccode"], "HelvL", 12, 530, 393))
        valid = _d(v["end"]).replace(year=_d(v["end"]).year + 3).isoformat()
        ps.append(text(_meridian_date(valid), "HelvL", 12, 680, 393))
        ps.append("1 1 1 setrgbcolor\n")
        ps.append(
            outline(
                "Authorised training  ·  meridian-routing.example/credentials", "HelvL", 8, 70, 560
            )
        )
        ps.append("showpage\n%%Trailer\n%%Pages: 2\n%%EOF\n")
        path = folder / f"MRI_{v['ccode']}_{_ascii_file(v['name'])}.pdf"
        return _gs_pdf("".join(ps), path)

    return build


# ============================================================================================
# Family 12: Italian training institute, scanned paper certificate (image only, no text layer)
# ============================================================================================

IFR = [
    dict(
        name="Giorgio Ferraresi",
        course="Configurazione di reti VLAN e routing inter VLAN",
        start="2024-03-04",
        end="2024-03-08",
        hours="24",
        code="IFR-2024-0218",
        ccode="R-114",
        issued="2024-03-11",
    ),
    dict(
        name="Maria Assunta Del Vecchio Santarelli",
        course="Sicurezza delle reti aziendali: firewall, VPN e segmentazione secondo le linee guida "
        "nazionali",
        start="2024-05-13",
        end="2024-05-17",
        hours="32",
        code="IFR-2024-0391",
        ccode="R-207",
        issued="2024-05-21",
    ),
    dict(
        name="Luca Bo",
        course="Reti wireless",
        start="2024-10-21",
        end="2024-10-22",
        hours="12",
        code="IFR-2024-0655",
        ccode="R-131",
        issued="2024-10-25",
    ),
    dict(
        name="Niccolò Pellegrini",
        course="Fondamenti di Linux per tecnici di rete",
        start="2025-01-27",
        end="2025-01-31",
        hours="20",
        code="IFR-2025-0032",
        ccode="R-160",
        issued="2025-02-04",
    ),
    dict(
        name="Aurora Esposito",
        course="Automazione delle configurazioni di rete con Python e Ansible per amministratori di "
        "sistema",
        start="2023-11-06",
        end="2023-11-17",
        hours="40",
        code="IFR-2023-0874",
        ccode="R-219",
        issued="2023-11-20",
    ),
]


def _it_date(iso: str) -> str:
    return _d(iso).strftime("%d/%m/%Y")


def _ifr_build(v: dict, seed: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

        dpi = 200
        W, H = int(8.27 * dpi), int(11.69 * dpi)
        k = dpi / 72.0
        im = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(im)

        def font(file: str, pt: float):
            return ImageFont.truetype(str(URW_OTF / file), int(pt * k))

        def centred(text: str, f, top_pt: float, fill: int = 20) -> None:
            w = dr.textlength(text, font=f)
            dr.text(((W - w) / 2, top_pt * k), text, font=f, fill=fill)

        # ornamental border
        dr.rectangle(
            [int(30 * k), int(30 * k), W - int(30 * k), H - int(30 * k)], outline=60, width=4
        )
        dr.rectangle(
            [int(38 * k), int(38 * k), W - int(38 * k), H - int(38 * k)], outline=110, width=1
        )
        centred("ISTITUTO FORMAZIONE RETI", font("NimbusSans-Bold.otf", 18), 70)
        centred(
            "Bologna  ·  Ente di formazione accreditato", font("NimbusSans-Regular.otf", 9), 94, 80
        )
        centred("ATTESTATO DI PARTECIPAZIONE", font("NimbusRoman-Bold.otf", 26), 170)
        centred("Si attesta che", font("NimbusRoman-Italic.otf", 14), 250, 50)
        centred(v["name"], font("NimbusRoman-Bold.otf", 24), 280)
        centred("ha frequentato con profitto il corso", font("NimbusRoman-Italic.otf", 14), 340, 50)
        fc = font("NimbusSans-Bold.otf", 16)
        lines = _wrap(v["course"], 430 * k, lambda s: dr.textlength(s, font=fc))
        for i, line in enumerate(lines[:2]):
            centred(line, fc, 372 + 22 * i)
        fb = font("NimbusRoman-Regular.otf", 13)
        centred(
            f"svoltosi dal {_it_date(v['start'])} al {_it_date(v['end'])} "
            f"(durata complessiva: {v['hours']} ore)",
            fb,
            440,
            30,
        )
        centred(
            f"Cod. corso {v['ccode']}  ·  sede di via del Pratello 77, Bologna",
            font("NimbusRoman-Regular.otf", 11),
            466,
            60,
        )
        fs = font("NimbusRoman-Regular.otf", 12)
        dr.text((70 * k, 600 * k), f"Bologna, {_it_date(v['issued'])}", font=fs, fill=30)
        dr.text((70 * k, 640 * k), f"Attestato n. {v['code']}", font=fs, fill=30)
        dr.line([(340 * k, 640 * k), (520 * k, 640 * k)], fill=60, width=2)
        dr.text((370 * k, 648 * k), "Il Direttore", font=fs, fill=40)
        dr.text(
            (370 * k, 664 * k),
            "dott. Ettore Scanavini",
            font=font("NimbusRoman-Italic.otf", 11),
            fill=40,
        )
        # a round stamp half over the signature line, drawn lighter
        cx, cy, r = 470 * k, 610 * k, 42 * k
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=140, width=3)
        dr.ellipse([cx - r + 8, cy - r + 8, cx + r - 8, cy + r - 8], outline=160, width=1)
        sf = font("NimbusSans-Bold.otf", 8)
        w = dr.textlength("I.F.R. BOLOGNA", font=sf)
        dr.text((cx - w / 2, cy - 6), "I.F.R. BOLOGNA", font=sf, fill=140)
        dr.text(
            (70 * k, 790 * k),
            "Rilasciato ai sensi del regolamento interno dell'Istituto.",
            font=font("NimbusSans-Regular.otf", 7),
            fill=90,
        )

        # the "scan": slight skew, blur, speckle noise, grey paper, JPEG
        rng = random.Random(seed)
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        noise = Image.frombytes("L", (W, H), rng.randbytes(W * H))
        speck = noise.point(lambda p: 0 if p < 1 else 255)
        im = ImageChops.darker(im, speck.filter(ImageFilter.MinFilter(1)))
        grain = noise.point(lambda p: 235 + p // 24)
        im = ImageChops.multiply(im, grain)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        buf.seek(0)
        path = folder / f"scan_attestato_{_ascii_file(v['name'].split()[-1]).lower()}.pdf"
        fixed = time.gmtime(1717243200)  # 2024-06-01 12:00 UTC
        Image.open(buf).save(path, "PDF", resolution=dpi, creationDate=fixed, modDate=fixed)
        return path

    return build


# ============================================================================================
# Registration
# ============================================================================================


def _family(fid: str, rows: list[dict], make_build, make_expected, note: str) -> list[Case]:
    cases = []
    for i, v in enumerate(rows, start=1):
        cases.append(
            Case(
                name=f"{fid}-{i}",
                expected=make_expected(v),
                build=make_build(v, i),
                note=note + (" [corrected case]" if i == 1 else " [next certificate]"),
            )
        )
    return cases


FAMILIES: dict[str, list[Case]] = {}

FAMILIES["f-palisade"] = _family(
    "f-palisade",
    PALISADE,
    lambda v, i: _palisade_build(v),
    lambda v: Expected(v["course"], None, v["done"], v["code"], v["name"], None, False),
    "vendor firewall academy, reportlab landscape; captions under their values; DD-Mon-YYYY; "
    "decoys: valid-through date, course code, signatory name",
)

FAMILIES["f-gruenwald"] = _family(
    "f-gruenwald",
    GRUENWALD,
    lambda v, i: _gruenwald_build(v),
    lambda v: Expected(v["course"], v["start"], v["end"], v["code"], v["name"], None, False),
    "German training centre, fpdf2 bordered table (Teilnehmer/in, Seminar, Zeitraum); '4. März 2024' "
    "range; decoys: birth date, Kurs-Nr., issue date",
)

for _i, _v in enumerate(NORTHVALE, start=1):
    _lo_register(f"northvale-{_i}", _northvale_fodt(_v))
FAMILIES["f-northvale"] = _family(
    "f-northvale",
    NORTHVALE,
    lambda v, i: _lo_build(f"northvale-{i}", f"NSU_Certificate_{v['code']}.pdf"),
    lambda v: Expected(
        v["course"],
        v["start"],
        v["end"],
        v["code"],
        v["name"],
        None,
        False,
        (float(v["ceu"]), "CEU"),
    ),
    "university extension school, LibreOffice; small-caps labels ABOVE values, table header row; "
    "ordinal dates 'March 4th, 2024'; decoys: CRN, 'Printed on' footer date",
)

FAMILIES["f-netops"] = _family(
    "f-netops",
    NETOPS,
    lambda v, i: _netops_build(v),
    lambda v: Expected(v["course"], None, v["done"], v["token"], v["name"], None, False),
    "conference workshop, Chromium; value-only (labels are SVG paths); CSS grid with DOM order "
    "reversed; 2024.06.03 dates; hex token; decoys: conference date range, session code",
)

FAMILIES["f-streamcast"] = _family(
    "f-streamcast",
    STREAMCAST,
    lambda v, i: _streamcast_build(v),
    lambda v: Expected(
        v["course"], None, v["done"], v["code"], v["name"], None, False, (float(v["cpe"]), "CPE")
    ),
    "webinar platform, Chromium browser print (header with print date, code only in footer URL); "
    "flex order differs from DOM; decoys: webinar ID, print date, presenter",
)

FAMILIES["f-talentcore"] = _family(
    "f-talentcore",
    TALENTCORE,
    lambda v, i: _talentcore_build(v),
    lambda v: Expected(v["course"], None, v["done"][:10], v["code"], v["name"], None, False),
    "corporate LMS export, fpdf2 zebra record sheet; ISO timestamps; UUID completion ID; decoys: "
    "assigned/due/exported dates, employee ID, activity code",
)

FAMILIES["f-kestrel"] = _family(
    "f-kestrel",
    KESTREL,
    lambda v, i: _kestrel_build(v),
    lambda v: Expected(v["course"], None, v["done"], v["code"], v["name"], None, False),
    "Linux vendor academy, Ghostscript from PostScript; Latin-1 reencoded base fonts, name "
    "letter-spaced with ashow, heading drawn twice; '05 MAR 2024'; 'Ref.' code; decoy candidate no.",
)

for _i, _v in enumerate(TECNORED, start=1):
    _lo_register(f"tecnored-{_i}", _tecnored_fodt(_v))
FAMILIES["f-tecnored"] = _family(
    "f-tecnored",
    TECNORED,
    lambda v, i: _lo_build(
        f"tecnored-{i}", f"Certificado_{_ascii_file(v['name'].split()[0])}_{v['exp']}.pdf"
    ),
    lambda v: Expected(
        v["course"],
        v["start"],
        v["end"],
        v["code"],
        v["name"],
        None,
        False,
        (float(v["hours"]), "hours"),
    ),
    "Spanish training centre, LibreOffice; page-anchored frames in scrambled source order; range "
    "inside a sentence ('del 4 de marzo de 2024 al ...'); CSV code; decoys: expediente, issue date",
)

FAMILIES["f-netkrakow"] = _family(
    "f-netkrakow",
    NETKRAKOW,
    lambda v, i: _netkrakow_build(v),
    lambda v: Expected(
        v["course"],
        v["start"],
        v["end"],
        v["code"],
        v["name"],
        "Cisco Learning Partner",
        False,
        (float(v["hours"]), "hours"),
    ),
    "Polish Cisco Learning Partner, fpdf2; dates inside a sentence 'w dniach dd.mm.yyyy – ...'; "
    "values in a table under a header row; code NNN/YYYY/NK; decoys: course code, trainer, issue date",
)

FAMILIES["f-setpro"] = _family(
    "f-setpro",
    SETPRO,
    lambda v, i: _setpro_build(v),
    lambda v: Expected(
        v["course"],
        v["start"],
        v["end"],
        v["code"],
        v["name"],
        None,
        False,
        (float(v["hours"]), "hours"),
    ),
    "Russian training centre, reportlab two-panel landscape; Cyrillic; range inside a sentence "
    "('с 4 марта 2024 г. по ...'); course in guillemets; 12-digit number; decoys: issue date, city",
)

FAMILIES["f-meridian"] = _family(
    "f-meridian",
    MERIDIAN,
    lambda v, i: _meridian_build(v),
    lambda v: Expected(v["course"], v["start"], v["end"], v["code"], v["name"], None, False),
    "routing vendor institute, Ghostscript; two pages (cover letter about the NEXT course first); "
    "labels as outlines (charpath), only values are text; decoys: next course + date, course code, "
    "valid-until date",
)

FAMILIES["f-ifr"] = _family(
    "f-ifr",
    IFR,
    lambda v, i: _ifr_build(v, 7100 + i),
    lambda v: Expected(
        v["course"],
        v["start"],
        v["end"],
        v["code"],
        v["name"],
        None,
        False,
        (float(v["hours"]), "hours"),
    ),
    "Italian training institute, scanned paper (image only, skew, noise, stamp); 'dal dd/mm/yyyy al "
    "dd/mm/yyyy'; decoys: issue date, course code",
)

ALL_CASES: list[Case] = [c for cases in FAMILIES.values() for c in cases]
