"""Blind held-out set 13: thirty certificate PDFs printed by real producers.

Written without looking at the extractor. Each case is a layout of its own: well-known
platform and vendor certificates, certificates in other languages, small training companies,
universities and meetups, and a few certificates on which a careful reader would have to stop
and check a value. They are printed with headless Chromium, WeasyPrint, LibreOffice (Word and
flat ODF), cairo and Ghostscript, and three of them are printed, rasterised and "scanned" into
image-only PDFs. All people, codes, addresses and phone numbers are invented.
"""

from __future__ import annotations

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

Builder = Callable[[Path], Path]


# --------------------------------------------------------------------------------------------
# Scans: print, rasterise, tilt, dirty, recompress, wrap the pictures in a PDF
# --------------------------------------------------------------------------------------------


def _noise(size: tuple[int, int], sigma: float, rng: Any) -> Any:
    """Gaussian noise around grey 128, like PIL's `effect_noise` but seeded (the same scan
    every build): a tile of it repeated over the page."""
    from PIL import Image

    tw, th = 257, 251
    values = bytes(max(0, min(255, int(rng.gauss(128, sigma)))) for _ in range(tw * th))
    tile = Image.frombytes("L", (tw, th), values)
    out = Image.new("L", size)
    for x in range(0, size[0], tw):
        for y in range(0, size[1], th):
            out.paste(tile, (x, y))
    return out


def _scan(
    render: Builder,
    out: Path,
    dpi: int,
    angle: float,
    seed: str,
    quality: int,
    shear: float = 0.0,
    blot: str | None = None,
) -> Path:
    """Print a certificate with `render`, then turn every page into a scanned picture.

    `blot` names a printed string; an ink blot is dropped over the middle of it on page one.
    """
    import io
    import random

    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random("scan:" + seed)
    work = Path(tempfile.mkdtemp(prefix="h13_scan_"))
    try:
        src = render(work)
        pdf = pdfium.PdfDocument(str(src))
        pictures: list[Any] = []
        scale = dpi / 72
        for index in range(len(pdf)):
            page = pdf[index]
            img = page.render(scale=scale).to_pil().convert("RGB")
            if blot and index == 0:
                _ink_blot(page, img, blot, scale, rng)
            img = img.filter(ImageFilter.GaussianBlur(0.55 * dpi / 200))
            if shear:
                w, h = img.size
                img = img.transform(
                    (w, h),
                    Image.Transform.AFFINE,
                    (1, shear, -shear * h / 2, 0, 1, 0),
                    resample=Image.Resampling.BICUBIC,
                    fillcolor=(255, 255, 255),
                )
            img = img.rotate(
                angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(252, 252, 250)
            )
            gray = img.convert("L").point(lambda v: int(v * 0.9 + 16))
            size = gray.size
            speckles = _noise(size, 40, rng).point(lambda v: 255 if v > 252 else 0)
            gray.paste(80, mask=speckles)
            grain = _noise(size, 14, rng)
            gray = ImageChops.add(gray, grain, 1.0, -128)
            buf = io.BytesIO()
            gray.save(buf, "JPEG", quality=quality)
            buf.seek(0)
            pictures.append(Image.open(buf).convert("L"))
        pdf.close()
        pictures[0].save(
            out, "PDF", resolution=float(dpi), save_all=True, append_images=pictures[1:]
        )
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _ink_blot(page: Any, img: Any, text: str, scale: float, rng: Any) -> None:
    """Cover the middle of a printed string with an irregular, opaque ink blot."""
    import math

    from PIL import ImageDraw

    textpage = page.get_textpage()
    searcher = textpage.search(text)
    hit = searcher.get_next()
    if not hit:
        raise ValueError(f"{text!r} is not on the page to be blotted")
    first, count = hit
    height = page.get_height()
    lo, hi = first + count // 4, first + count - count // 5
    boxes = [textpage.get_charbox(i) for i in range(lo, hi)]
    left = min(b[0] for b in boxes) * scale
    right = max(b[2] for b in boxes) * scale
    top = (height - max(b[3] for b in boxes)) * scale
    bottom = (height - min(b[1] for b in boxes)) * scale
    draw = ImageDraw.Draw(img)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    rx, ry = (right - left) / 2, (bottom - top) / 2
    ink = (28, 30, 58)
    points = []
    steps = 48
    for i in range(steps):  # an irregular blob hugging the covered characters
        a = 2 * math.pi * i / steps
        wobble = rng.uniform(0.92, 1.12)
        points.append((cx + rx * 1.04 * wobble * math.cos(a), cy + ry * 1.7 * wobble * math.sin(a)))
    draw.polygon(points, fill=ink)
    for _ in range(5):  # drips and splashes above and below, never over the legible ends
        ox = rng.uniform(-rx * 0.8, rx * 0.8)
        oy = rng.choice((-1, 1)) * rng.uniform(ry * 1.9, ry * 2.6)
        r = rng.uniform(0.08, 0.18) * ry * 2
        draw.ellipse((cx + ox - r, cy + oy - r, cx + ox + r, cy + oy + r), fill=ink)
    textpage.close()


def _pdf(folder: Path, name: str) -> Path:
    return folder / f"{name}.pdf"


# ============================================================================================
# Well-known platforms and vendors
# ============================================================================================

_CISCOU_CSS = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #0d274d }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.6in 0.8in;
        position: relative; overflow: hidden;
        background: linear-gradient(120deg, #ffffff 0%, #ffffff 62%, #e3f3fb 62%); }
.brand { display: flex; justify-content: space-between; align-items: baseline }
.logo { font-size: 28pt; font-weight: bold; color: #049fd9; letter-spacing: -0.02em }
.logo span { color: #0d274d }
.tag { font-size: 9pt; color: #5b6b7c }
.kicker { text-transform: uppercase; letter-spacing: 0.38em; font-size: 11pt;
          color: #049fd9; margin-top: 0.75in; font-weight: bold }
.pre { font-size: 11pt; color: #44546a; margin-top: 0.18in }
.name { font-family: 'P052', serif; font-size: 36pt; margin: 0.06in 0 0.04in }
.course { width: 6.1in; font-size: 21pt; line-height: 1.22; font-weight: bold;
          margin-top: 0.06in }
.facts { position: absolute; left: 0.8in; bottom: 1.15in; display: grid;
         grid-template-columns: auto auto auto; column-gap: 0.55in }
.v { font-size: 13.5pt; font-weight: bold }
.l { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.14em; color: #6b7a8c;
     border-top: 1px solid #9fb3c8; padding-top: 4px; margin-top: 4px }
.sig { position: absolute; right: 0.8in; bottom: 1.05in; text-align: center;
       font-size: 9pt; color: #33475b }
.foot { position: absolute; left: 0.8in; right: 0.8in; bottom: 0.42in; font-size: 7.5pt;
        color: #7b8794; display: flex; justify-content: space-between }
"""


def _ciscou(folder: Path) -> Path:
    body = f"""
<div class="page">
 <div class="brand"><div class="logo">cisco <span>U.</span></div>
  <div class="tag">Learning path &middot; aligned to exam 350-401</div></div>
 <div class="kicker">Certificate of completion</div>
 <div class="pre">This certifies that</div>
 <div class="name">Marisol Etxeberria</div>
 <div class="pre">has completed all required content and assessments of</div>
 <div class="course">Implementing and Operating Cisco Enterprise Network Core
  Technologies (ENCOR) v1.3</div>
 <div class="facts">
  <div><div class="v">March 3, 2025</div><div class="l">Completion date</div></div>
  <div><div class="v">64</div><div class="l">Continuing Education credits</div></div>
  <div><div class="v">CU-ENCOR-8F3K2Q7W</div><div class="l">Certificate ID</div></div>
 </div>
 <div class="sig">{_signature_svg("h13-ciscou")}<div><b>Elena Dravik</b></div>
  <div>Vice President, Learning &amp; Certifications</div></div>
 <div class="foot"><span>Cisco Systems, Inc. &middot; Cisco U. learning record</span>
  <span>Generated 2025-03-04 08:12 UTC</span></div>
</div>"""
    return _chromium(_html(_CISCOU_CSS, body), _pdf(folder, "h13-ciscou"), "11in", "8.5in")


_NETACAD_CSS = """
@page { size: A4 landscape; margin: 9mm; border: 2.5pt solid #0a5d8f; padding: 9mm 14mm }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #1b2a3a; font-size: 10pt }
.hdr { display: flex; justify-content: space-between; align-items: center;
       border-bottom: 1pt solid #c9d6e2; padding-bottom: 3mm }
.brand { font-size: 15pt; font-weight: bold; color: #0a5d8f }
.brand small { display: block; font-size: 8pt; font-weight: normal; color: #667 }
h1 { font-family: 'C059', serif; font-weight: normal; font-size: 26pt; text-align: center;
     margin: 8mm 0 3mm }
.name { text-align: center; font-size: 24pt; font-weight: bold; margin: 2mm 0 4mm }
.body { text-align: center; margin: 0 16mm; line-height: 1.45 }
ul { columns: 2; column-gap: 10mm; font-size: 8.5pt; color: #334; margin: 4mm 10mm }
li { margin-bottom: 1.5mm }
table.foot { width: 100%; margin-top: 6mm; border-collapse: collapse }
table.foot td { width: 33%; text-align: center; vertical-align: bottom; padding: 0 6mm;
                font-size: 10.5pt }
.l { border-top: 0.8pt solid #556; margin-top: 1.5mm; padding-top: 1mm; font-size: 8pt;
     color: #556; text-transform: uppercase; letter-spacing: 0.08em }
.corp { margin-top: 5mm; font-size: 7.5pt; color: #667; text-align: center }
"""


def _netacad(folder: Path) -> Path:
    skills = (
        "Configure single-area OSPFv2 in both point-to-point and multiaccess networks.",
        "Explain how to mitigate threats and enhance network security using access control "
        "lists and security best practices.",
        "Implement standard IPv4 ACLs to filter traffic and secure administrative access.",
        "Configure NAT services on the edge router to provide IPv4 address scalability.",
        "Explain techniques to provide address scalability and secure remote access for WANs.",
        "Explain how to optimize, monitor, and troubleshoot scalable network architectures.",
        "Explain how networks are affected by virtualization and automation.",
    )
    items = "".join(f"<li>{s}</li>" for s in skills)
    body = f"""
<div class="hdr"><div class="brand">Cisco Networking Academy
 <small>Cisco Networking Academy program</small></div>
 {_seal_svg(54, "#0a5d8f")}</div>
<h1>Certificate of Course Completion</h1>
<div class="name">Kofi Mensah-Larbi</div>
<p class="body">has successfully achieved student level credential for completing the
 <b>CCNA: Enterprise Networking, Security, and Automation</b> course, administered by the
 undersigned instructor. The student was able to proficiently:</p>
<ul>{items}</ul>
<table class="foot"><tr>
 <td>Riverside Technical Institute<div class="l">Academy name</div></td>
 <td>{_signature_svg("h13-netacad-i", 170, 44)}<br>Hallvard Brenne
  <div class="l">Instructor</div></td>
 <td>Jun 18, 2025<div class="l">Date</div></td>
</tr></table>
<div class="corp">Laura Quintero &middot; Vice President, Cisco Networking Academy</div>
"""
    return _weasy(_html(_NETACAD_CSS, body), _pdf(folder, "h13-netacad"))


def _clp(folder: Path) -> Path:
    d = _Docx(11.69, 8.27, 0.7)
    d.p("NORTHBRIDGE LEARNING SOLUTIONS", 11, bold=True, color="#1f4e79", spacing=3)
    d.p("Cisco Learning Partner · Gold", 8.5, color="#5f6b77", after=18)
    d.p("Certificate of Attendance", 30, font="P052", color="#1f2933", after=10)
    d.p("This is to certify that", 11, italic=True, color="#444444")
    d.p("Ingrid Solheim-Varga", 24, bold=True, font="P052", before=4, after=8)
    d.p("has attended the instructor-led training", 11, italic=True, color="#444444")
    d.p(
        "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
        17,
        bold=True,
        color="#1f4e79",
        before=4,
        after=14,
    )
    d.table(
        [
            ("Dates", "14–18 April 2025"),
            ("Delivery", "Virtual classroom (time zone Europe/Berlin)"),
            ("Instructor", "Rafael Okonkwo, CCSI #34871"),
            ("Class ID", "NBL-ENSDWI-250414-V"),
            ("Cisco Continuing Education", "40 CE credits"),
            ("Certificate No.", "NBL-25-11936"),
        ],
        [2.6, 4.4],
        size=10.5,
    )
    d.p(
        "Issued 22 April 2025 · Northbridge Learning Solutions GmbH · Kaiserkai 7, "
        "20457 Hamburg · +49 40 5550 2917",
        8,
        color="#777777",
        before=18,
    )
    return _soffice("h13-clp.docx", d.render(), folder)


def _ciscolive(folder: Path) -> Path:
    c = _Cairo(_pdf(folder, "h13-ciscolive"), 960, 540)
    c.rect(0, 0, 960, 540, fill="#07182d")
    c.rect(0, 0, 330, 540, fill="#0b2a4a")
    for i, col in enumerate(("#00bceb", "#6cc04a", "#fbab18", "#e2231a")):
        c.rect(40 + i * 22, 60, 14, 60 - i * 12, fill=col)
    c.text(40, 170, "CISCO LIVE", 30, bold=True, color="#ffffff", spacing=3)
    c.text(40, 200, "EMEA 2025 · Amsterdam", 15, color="#9fd8f2")
    c.text(40, 460, "Attendee ID", 9, color="#8aa4bf")
    c.text(40, 476, "5500-88213", 12, color="#ffffff")
    c.text(40, 500, "Pass: Full Conference", 9, color="#8aa4bf")
    c.text(380, 95, "CERTIFICATE OF ATTENDANCE", 12, bold=True, color="#00bceb", spacing=2.5)
    c.text(380, 140, "Awarded to", 12, italic=True, color="#c9d6e2")
    c.text(380, 185, "Dimitri Vasquez-Holm", 32, bold=True, color="#ffffff")
    c.wrap(
        380,
        225,
        "for attending Cisco Live EMEA 2025, held at the RAI Amsterdam from "
        "9–14 February 2025, including the technical seminar TECSEC-2002 on "
        "9 February 2025 and breakout sessions on security and automation.",
        520,
        12,
        18,
        color="#c9d6e2",
    )
    c.text(380, 320, "Cisco Continuing Education Program", 10, color="#8aa4bf")
    c.text(380, 340, "16 CE credits earned", 15, bold=True, color="#6cc04a")
    c.line(380, 420, 600, 420, color="#3d5a7a")
    c.signature(390, 372, 190, 46, "h13-ciscolive", color="#9fd8f2")
    c.text(380, 436, "Rowan Achterfeld, Director, Cisco Live Programs", 9, color="#8aa4bf")
    c.text(920, 480, "Certificate number", 9, align="right", color="#8aa4bf")
    c.text(920, 498, "CLE25-7QK4-M2XD", 13, bold=True, align="right", color="#ffffff")
    c.rect(834, 354, 92, 92, fill="#ffffff")
    c.qr(840, 360, 80, "h13-ciscolive")
    return c.finish()


_UDEMY_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1c1d1f }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.55in 0.7in;
        position: relative; border: 10px solid #f7f9fa }
.top { display: flex; justify-content: space-between; align-items: flex-start }
.logo { font-size: 30pt; font-weight: bold; letter-spacing: -0.03em }
.meta { text-align: right; font-size: 8pt; color: #6a6f73; line-height: 1.55 }
.kind { margin-top: 1.0in; font-size: 9pt; letter-spacing: 0.06em; text-transform: uppercase;
        color: #6a6f73; font-weight: bold }
.title { font-family: 'DejaVu Serif', serif; font-size: 29pt; font-weight: bold; width: 8.2in;
         line-height: 1.18; margin-top: 0.14in }
.instr { margin-top: 0.2in; font-size: 11pt; color: #2d2f31 }
.who { position: absolute; left: 0.7in; bottom: 0.6in }
.who .n { font-family: 'DejaVu Serif', serif; font-size: 25pt; font-weight: bold;
          margin-bottom: 0.1in }
.who .d { font-size: 10.5pt; margin-top: 0.04in; color: #2d2f31 }
"""

_UDEMY_BODY = """
<div class="page">
 <div class="top"><div class="logo">udemy</div>
  <div class="meta">$lno $code<br>$lurl ude.my/$code<br>$lref 0004</div></div>
 <div class="kind">$kind</div>
 <div class="title">$title</div>
 <div class="instr">$linstr <b>$instr</b></div>
 <div class="who"><div class="n">$name</div>
  <div class="d">$ldate <b>$date</b></div><div class="d">$llen <b>$length</b></div></div>
</div>"""


def _udemy(folder: Path) -> Path:
    body = _t(
        _UDEMY_BODY,
        lno="Certificate no:",
        lurl="Certificate url:",
        lref="Reference Number:",
        code="UC-3f9a1c2e-7b4d-4e8a-9c61-2d5e8f0a7b13",
        kind="Certificate of completion",
        title="Terraform on AWS: Infrastructure as Code with Modules, Testing and CI/CD "
        "Pipelines - 2025 Edition",
        linstr="Instructors",
        instr="Nadia Fairbrook, Oren Castellanos",
        name="Chidinma Okafor-Reyes",
        ldate="Date",
        date="Mar. 3, 2025",
        llen="Length",
        length="22.5 total hours",
    )
    return _chromium(_html(_UDEMY_CSS, body), _pdf(folder, "h13-udemy"), "11in", "8.5in")


_COURSERA_CSS = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #1f1f1f }
.page { position: relative; width: 11in; height: 8.5in }
.main { position: absolute; left: 0.75in; top: 0.7in; width: 6.9in }
.logo { font-size: 24pt; color: #0056d2; font-weight: bold; letter-spacing: -0.01em }
.partner { font-size: 10pt; color: #555; margin-top: 2px }
.date { margin-top: 0.7in; font-size: 11pt; color: #444 }
.name { font-family: 'P052', serif; font-size: 30pt; margin-top: 0.3in }
.small { font-size: 10.5pt; color: #444; margin-top: 0.12in; line-height: 1.4 }
.course { font-size: 22pt; font-weight: bold; margin-top: 0.12in; line-height: 1.2 }
.sig { margin-top: 0.45in; font-size: 9pt; color: #333; line-height: 1.35 }
.ribbon { position: absolute; right: 0.6in; top: 0; width: 2.3in; height: 5.6in;
          background: #eef3fb; text-align: center; padding-top: 0.6in;
          box-sizing: border-box }
.ribbon .t { font-size: 14pt; letter-spacing: 0.22em; text-transform: uppercase;
             color: #1f1f1f; line-height: 1.5 }
.verify { position: absolute; right: 0.6in; bottom: 0.55in; width: 3.2in; font-size: 8pt;
          color: #555; text-align: right; line-height: 1.4 }
"""


def _coursera(folder: Path) -> Path:
    body = f"""
<div class="page">
 <div class="main">
  <div class="logo">coursera</div>
  <div class="partner">University of Eastmoor</div>
  <div class="date">Mar 21, 2025</div>
  <div class="name">Anneliese Brandvold</div>
  <div class="small">has successfully completed</div>
  <div class="course">Cloud Networking Fundamentals: Designing Hybrid Connectivity</div>
  <div class="small">an online non-credit course authorized by University of Eastmoor and
   offered through Coursera</div>
  <div class="sig">{_signature_svg("h13-coursera", 180, 48)}<br>Halvard Minz<br>
   Associate Professor, Department of Computer Science<br>University of Eastmoor</div>
 </div>
 <div class="ribbon"><div class="t">Course<br>Certificate</div><br>
  {_seal_svg(120, "#c7d3e6")}</div>
 <div class="verify">Verify at:<br>https://coursera.org/verify/7KXM2QPLR4BZ<br>
  Coursera has confirmed the identity of this individual and their participation in the
  course.</div>
</div>"""
    return _weasy(_html(_COURSERA_CSS, body), _pdf(folder, "h13-coursera"))


_LINKEDIN_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #000000e6 }
.page { width: 11in; height: 8.5in; display: flex; box-sizing: border-box }
.side { width: 2.4in; background: #f3f2ef; padding: 0.6in 0.35in; box-sizing: border-box;
        font-size: 8.5pt; color: #555; line-height: 1.5 }
.side .brand { font-size: 15pt; font-weight: bold; color: #0a66c2; margin-bottom: 0.5in }
.side h4 { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.1em; color: #333;
           margin: 0.25in 0 0.05in }
.main { flex: 1; padding: 0.9in 0.7in 0.6in; box-sizing: border-box; position: relative }
.kind { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.2em; color: #666 }
.congr { font-size: 26pt; margin-top: 0.35in; font-weight: 300 }
.course { font-size: 24pt; font-weight: bold; margin-top: 0.3in; line-height: 1.2 }
.done { font-size: 10.5pt; margin-top: 0.25in; color: #333 }
.blurb { font-size: 10pt; color: #555; margin-top: 0.3in; width: 5.6in; line-height: 1.5 }
.bottom { position: absolute; left: 0.7in; right: 0.7in; bottom: 0.55in; display: flex;
          justify-content: space-between; align-items: flex-end; font-size: 8.5pt;
          color: #555 }
"""


def _linkedin(folder: Path) -> Path:
    body = f"""
<div class="page">
 <div class="side"><div class="brand">LinkedIn Learning</div>
  <h4>Top skills covered</h4>Network Security<br>Cisco Identity Services Engine<br>802.1X
  <h4>Continuing education</h4>NASBA: 2.0 CPE<br>Field of study: Information Technology
  <br>NASBA Sponsor #104455<br>Delivery method: QAS Self Study
 </div>
 <div class="main">
  <div class="kind">Certificate of Completion</div>
  <div class="congr">Congratulations, Yusuf Demirel-Strand</div>
  <div class="course">Cisco CCNP Security (350-701 SCOR) Cert Prep: 4 Secure Network
   Access</div>
  <div class="done">Course completed on Apr 8, 2025 at 07:41PM UTC</div>
  <div class="blurb">By continuing to learn, you have expanded your perspective, sharpened
   your skills, and made yourself even more in demand.</div>
  <div class="bottom">
   <div>{_signature_svg("h13-linkedin", 160, 42)}<br>Maren Talbot<br>
    Head of Content Strategy, Learning</div>
   <div style="text-align:right">LinkedIn Learning<br>1000 W Example Ave, Sunnyvale, CA<br>
    Certificate ID: AbXk7P2qLmZr9TfW4hNc0sVyE5</div>
  </div>
 </div>
</div>"""
    return _chromium(_html(_LINKEDIN_CSS, body), _pdf(folder, "h13-linkedin"), "11in", "8.5in")


_PLURALSIGHT_CSS = """
body { margin: 0; font-family: 'URW Gothic', sans-serif; color: #ffffff }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.7in 0.9in;
        background: radial-gradient(circle at 85% 15%, #3a1c5c 0%, #130f25 45%, #0b0a14 100%);
        position: relative }
.logo { text-transform: uppercase; letter-spacing: 0.32em; font-size: 13pt; color: #f15b2a;
        font-weight: bold }
.kind { margin-top: 1.05in; font-size: 12pt; color: #b8b3c9; text-transform: uppercase;
        letter-spacing: 0.18em }
.name { font-size: 34pt; margin-top: 0.25in }
.has { font-size: 11pt; color: #b8b3c9; margin-top: 0.2in }
.course { font-size: 23pt; margin-top: 0.12in; width: 7.4in; line-height: 1.25;
          color: #ffffff }
.author { font-size: 10.5pt; color: #d8d4e6; margin-top: 0.14in }
.row { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.7in; display: flex;
       justify-content: space-between; font-size: 9.5pt; color: #b8b3c9 }
.row b { display: block; color: #ffffff; font-size: 12.5pt; margin-top: 3px }
"""


def _pluralsight(folder: Path) -> Path:
    body = """
<div class="page">
 <div class="logo">Pluralsight</div>
 <div class="kind">Certificate of Completion</div>
 <div class="name">Saoirse Ní Bhraonáin</div>
 <div class="has">has successfully completed the course</div>
 <div class="course">Configuring Juniper Junos OS Routing Policies (JNCIA-Junos JN0-105)</div>
 <div class="author">by Declan Ferrow</div>
 <div class="row">
  <div>Completed<b>March 11, 2025</b></div>
  <div>Skill IQ: Juniper Routing<b>212 &middot; Proficient (measured Feb 2, 2025)</b></div>
  <div>pluralsight.com<b>Technology skills platform</b></div>
 </div>
</div>"""
    return _chromium(
        _html(_PLURALSIGHT_CSS, body), _pdf(folder, "h13-pluralsight"), "11in", "8.5in"
    )


def _ine(folder: Path) -> Path:
    doc = _PS(792, 612)
    doc.rect(0, 0, 792, 612, fill="#ffffff")
    doc.rect(0, 0, 792, 86, fill="#10142b")
    doc.rect(0, 86, 792, 5, fill="#ff6a13")
    doc.text(48, 56, "INE", "sans-b", 34, color="#ffffff")
    doc.text(744, 52, "Expert IT Training", "sans", 11, "right", "#c6cbe0")
    doc.text(396, 150, "CERTIFICATE OF ACHIEVEMENT", "sans-b", 24, "center", "#10142b")
    doc.text(396, 190, "This certificate is presented to", "serif-i", 14, "center", "#444444")
    doc.text(396, 240, "Emeka Lindqvist", "palatino-b", 34, "center", "#10142b")
    doc.line(216, 254, 576, 254, "#ff6a13", 1.2)
    doc.text(396, 288, "for successfully completing the learning path", "serif-i", 13, "center",
             "#444444")
    doc.text(396, 322, "CCNP Enterprise: Advanced Routing (ENARSI 300-410)", "sans-b", 19,
             "center", "#10142b")
    doc.text(396, 346, "Learning Path", "sans-b", 19, "center", "#10142b")
    doc.text(150, 420, "05/19/2025", "sans-b", 14, "center")
    doc.line(80, 428, 220, 428, "#888888")
    doc.text(150, 444, "Date", "sans", 10, "center", "#666666")
    doc.text(396, 420, "42", "sans-b", 14, "center")
    doc.line(326, 428, 466, 428, "#888888")
    doc.text(396, 444, "CPE Credits", "sans", 10, "center", "#666666")
    doc.signature(560, 380, 150, 42, "h13-ine")
    doc.line(560, 428, 712, 428, "#888888")
    doc.text(636, 444, "Brandt Oyelowo, Chief Instructor", "sans", 10, "center", "#666666")
    doc.text(48, 560, "Certificate ID: INE-LP-4471-8820-KD", "sans", 10, color="#333333")
    doc.text(744, 560, "Printed on 2025-05-20 14:02", "sans", 8, "right", "#888888")
    doc.text(48, 576, "Verify this certificate at my.ine.example/certificates", "sans", 8,
             color="#888888")
    return _ghostscript(doc, _pdf(folder, "h13-ine"))


_CBT_CSS = """
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #17202a }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.5in;
        background: #ffffff }
.frame { border: 3px solid #f2a900; height: 100%; box-sizing: border-box;
         padding: 0.55in 0.8in; position: relative }
.logo { font-size: 22pt; font-weight: bold; color: #17202a }
.logo i { color: #f2a900; font-style: normal }
h1 { font-size: 30pt; font-weight: normal; margin: 0.45in 0 0.1in; letter-spacing: 0.02em }
.name { font-size: 26pt; font-weight: bold; color: #0b3d91; margin-top: 0.2in }
.has { font-size: 11pt; color: #555; margin-top: 0.12in }
.course { font-size: 20pt; font-weight: bold; margin-top: 0.08in }
table { margin-top: 0.35in; border-collapse: collapse; font-size: 10.5pt }
td { padding: 5px 18px 5px 0; border-bottom: 1px solid #e4e7eb }
td.k { color: #667; text-transform: uppercase; font-size: 8.5pt; letter-spacing: 0.1em }
.sig { position: absolute; right: 0.8in; bottom: 0.55in; text-align: center; font-size: 9pt }
"""


def _cbtnuggets(folder: Path) -> Path:
    body = f"""
<div class="page"><div class="frame">
 <div class="logo">CBT <i>Nuggets</i></div>
 <h1>Certificate of Completion</h1>
 <div class="has">This is to certify that</div>
 <div class="name">Hana Kobayashi-Price</div>
 <div class="has">has completed the training</div>
 <div class="course">Cisco CCNA (200-301) Online Training</div>
 <table>
  <tr><td class="k">Trainer</td><td>Lorna Quist</td></tr>
  <tr><td class="k">Course started</td><td>2025-01-06</td></tr>
  <tr><td class="k">Date completed</td><td>2025-02-27</td></tr>
  <tr><td class="k">Training hours</td><td>37</td></tr>
  <tr><td class="k">Certificate ID</td><td>CBTN-9C1F-55E2-0A7D</td></tr>
 </table>
 <div class="sig">{_signature_svg("h13-cbt", 170, 44)}<br>Colby Rathmann<br>
  Chief Learning Officer, CBT Nuggets</div>
</div></div>"""
    return _chromium(_html(_CBT_CSS, body), _pdf(folder, "h13-cbtnuggets"), "11in", "8.5in")


_FORTINET_CSS = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #222 }
.page { position: relative; width: 11in; height: 8.5in }
.bar { position: absolute; left: 0; top: 0; bottom: 0; width: 0.45in; background: #da291c }
.main { position: absolute; left: 1.2in; top: 0.8in; right: 1in }
.logo { font-size: 22pt; font-weight: bold; letter-spacing: 0.12em; color: #da291c }
.sub { font-size: 10pt; color: #555; letter-spacing: 0.2em; text-transform: uppercase }
h1 { font-size: 30pt; font-weight: normal; margin: 0.55in 0 0.2in }
.name { font-size: 28pt; font-weight: bold; margin: 0.1in 0 }
.txt { font-size: 12pt; color: #444; margin-top: 0.12in }
.course { font-size: 21pt; font-weight: bold; margin-top: 0.1in }
.grid { display: grid; grid-template-columns: 2.6in 2.6in 3in; margin-top: 0.6in;
        font-size: 11pt }
.grid .l { font-size: 8.5pt; color: #777; text-transform: uppercase; letter-spacing: 0.08em;
           margin-top: 4px }
.grid .v { font-weight: bold }
"""


def _fortinet_source(folder: Path) -> Path:
    body = f"""
<div class="page"><div class="bar"></div><div class="main">
 <div class="logo">FORTINET</div><div class="sub">Training Institute</div>
 <h1>Certificate of Completion</h1>
 <div class="txt">This certifies that</div>
 <div class="name">Gustavo Eriksen-Mota</div>
 <div class="txt">has successfully completed the course</div>
 <div class="course">FortiGate 7.4 Administrator</div>
 <div class="grid">
  <div><div class="v">17 January 2025</div><div class="l">Completion date</div></div>
  <div><div class="v">17 January 2027</div><div class="l">Valid until</div></div>
  <div><div class="v">FGT74-2025-88513</div><div class="l">Validation number</div></div>
 </div>
 <div style="margin-top:0.5in">{_signature_svg("h13-ftnt", 170, 44)}<br>
  <span style="font-size:9pt">Vikram Aldana, VP Training and Certification</span></div>
</div></div>"""
    return _weasy(_html(_FORTINET_CSS, body), _pdf(folder, "h13-fortinet-src"))


def _fortinet(folder: Path) -> Path:
    return _scan(
        _fortinet_source, _pdf(folder, "h13-fortinet-scan"), 200, 0.9, "ftnt", 55, 0.004
    )


# ============================================================================================
# Other languages
# ============================================================================================


def _de(folder: Path) -> Path:
    o = _Odt(21.0, 29.7, 2.0, footer="NetzWerkstatt Schulungen GmbH · Amtsgericht Köln HRB 99817 "
             "· USt-IdNr. DE318822014")
    o.p("NetzWerkstatt Schulungen GmbH", 13, bold=True, align="end", color="#0b4f6c")
    o.p("Hafenstraße 12 · 50668 Köln · Tel. +49 221 5550 1834 · seminare@netzwerkstatt.example",
        8, align="end", color="#666666", after=1.6)
    o.p("Teilnahmebescheinigung", 21, bold=True, font="DejaVu Serif", color="#0b4f6c",
        spacing=1.5, upper=True, after=1.0)
    o.p("Frau", 12, color="#333333")
    o.p("Johanna Marie Becker-Yilmaz", 20, bold=True, font="DejaVu Serif", after=0.1)
    o.p("geboren am 14.07.1991 in Dortmund", 10, italic=True, color="#555555", after=0.6)
    o.p("hat vom 10. bis 12. März 2025 an dem Präsenzseminar", 12, after=0.3)
    o.p("Cisco ISE Grundlagen – Zugangskontrolle mit 802.1X und Profiling", 16, bold=True,
        color="#0b4f6c", after=0.3)
    o.p("erfolgreich teilgenommen.", 12, after=0.9)
    o.p("Inhalte: Architektur und Bereitstellung von Cisco ISE, Richtlinien für "
        "Authentifizierung und Autorisierung, 802.1X und MAB, Profiling, Gastzugang, "
        "Integration mit Active Directory.", 10, align="justify", color="#333333", after=0.7)
    o.table(
        [
            ("Seminarort", "Schulungszentrum Köln-Deutz, Raum 3"),
            ("Dauer", "3 Tage"),
            ("Trainer", "Dipl.-Ing. Stefan Kowalczyk"),
            ("Zertifikats-Nr.", "NWS-2025-0318-07"),
        ],
        [5.0, 10.0],
        size=10.5,
    )
    o.p("Köln, 14.03.2025", 11, align="start", before=1.6)
    o.p("Dr. Petra Ahlers", 11, align="start", before=1.2, after=0.0)
    o.p("Geschäftsführerin", 9, align="start", color="#555555")
    return _soffice("h13-de.fodt", o.render(), folder)


_FR_CSS = """
@page { size: A4; margin: 18mm 20mm;
        @bottom-center { content: "Atelier Réseaux & Sécurité – 14 quai Example, 69002 Lyon – "
                         "N° de déclaration d'activité : 84 69 98765 69 – "
                         "SIRET : 912 345 678 00021"; font-size: 7pt; color: #777 } }
body { font-family: 'DejaVu Serif', serif; color: #222; font-size: 11pt; line-height: 1.5 }
.org { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; color: #7a1f3d;
       font-size: 14pt }
.org small { display: block; font-weight: normal; font-size: 8.5pt; color: #666 }
h1 { font-family: 'DejaVu Sans', sans-serif; text-align: center; font-size: 18pt;
     letter-spacing: 0.12em; text-transform: uppercase; margin: 18mm 0 10mm; color: #7a1f3d }
.who { text-align: center; font-size: 17pt; font-weight: bold; margin: 6mm 0 }
dl { display: grid; grid-template-columns: 48mm 1fr; row-gap: 2mm; margin: 8mm 0 }
dt { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #555;
     text-transform: uppercase; letter-spacing: 0.05em; padding-top: 2px }
dd { margin: 0 }
.sig { margin-top: 14mm; margin-left: 95mm }
"""


def _fr(folder: Path) -> Path:
    body = f"""
<div class="org">Atelier Réseaux &amp; Sécurité<small>Organisme de formation
 professionnelle</small></div>
<h1>Attestation de fin de formation</h1>
<p>Je soussignée, Claire Dumoulin, directrice pédagogique de l'organisme de formation
 Atelier Réseaux &amp; Sécurité, atteste que&nbsp;:</p>
<div class="who">Mme Élodie Marchetti-Sow</div>
<p>a suivi la formation «&nbsp;Administration de pare-feu Palo Alto Networks
 <span style="white-space:nowrap">(PAN-EDU-210)</span>
 – version 11.1&nbsp;» du 3 au 7 février 2025.</p>
<dl>
 <dt>Durée</dt><dd>35 heures</dd>
 <dt>Modalité</dt><dd>Présentiel, Lyon</dd>
 <dt>Formateur</dt><dd>Julien Perrault-Diallo</dd>
 <dt>Évaluation des acquis</dt><dd>Acquis (QCM final : 84 %)</dd>
 <dt>Attestation n°</dt><dd>ARS-2025-00417</dd>
</dl>
<p>Fait à Lyon, le 10 février 2025, pour servir et valoir ce que de droit.</p>
<div class="sig">Claire Dumoulin<br>{_signature_svg("h13-fr", 170, 44)}<br>
 <small>Directrice pédagogique</small></div>
"""
    return _weasy(_html(_FR_CSS, body, "fr"), _pdf(folder, "h13-fr"))


def _es_udemy(folder: Path) -> Path:
    body = _t(
        _UDEMY_BODY,
        lno="N.º de certificado:",
        lurl="URL del certificado:",
        lref="Número de referencia:",
        code="UC-8e2b7d41-0c5f-4a9e-b3d6-71f4a2c90e58",
        kind="Certificado de finalización",
        title="Redes Cisco CCNA 200-301: Curso Completo desde Cero con Laboratorios en "
        "Packet Tracer",
        linstr="Instructores",
        instr="Ramiro Ezcurra",
        name="Valentina Ortega Ruiz",
        ldate="Fecha",
        date="14 de abril de 2025",
        llen="Duración",
        length="31,5 horas en total",
    )
    return _chromium(
        _html(_UDEMY_CSS, body, "es"), _pdf(folder, "h13-es-udemy"), "11in", "8.5in"
    )


def _pt_netacad(folder: Path) -> Path:
    body = f"""
<div class="hdr"><div class="brand">Cisco Networking Academy
 <small>Programa Cisco Networking Academy</small></div>
 {_seal_svg(54, "#0a5d8f")}</div>
<h1>Certificado de Conclusão do Curso</h1>
<div class="name">Rafaela Nogueira Bastos</div>
<p class="body">obteve com êxito a credencial de nível de estudante pela conclusão do curso
 <b>Introdução à Cibersegurança</b>, ministrado pelo instrutor abaixo assinado. O estudante
 foi capaz de:</p>
<ul><li>Explicar os conceitos básicos de cibersegurança e a importância da proteção de
 dados.</li><li>Identificar ameaças, ataques e vulnerabilidades comuns.</li>
 <li>Descrever como proteger dispositivos e redes.</li>
 <li>Explicar as oportunidades de carreira em cibersegurança.</li></ul>
<table class="foot"><tr>
 <td>Instituto Federal de Serra Azul<div class="l">Academia</div></td>
 <td>{_signature_svg("h13-pt-i", 170, 44)}<br>Everton Pacheco<div class="l">Instrutor</div></td>
 <td>15/04/2025<div class="l">Data</div></td>
</tr></table>
<div class="corp">Laura Quintero &middot; Vice-presidente, Cisco Networking Academy</div>
"""
    return _weasy(_html(_NETACAD_CSS, body, "pt-BR"), _pdf(folder, "h13-pt-netacad"))


def _ru(folder: Path) -> Path:
    c = _Cairo(_pdf(folder, "h13-ru"), 842, 595)
    c.rect(0, 0, 842, 595, fill="#fbfaf6")
    c.rect(22, 22, 798, 551, stroke="#8c1c13", lw=2.5)
    c.rect(30, 30, 782, 535, stroke="#c9a227", lw=0.8)
    c.text(421, 78, "Учебный центр «СетьПро»", 15, bold=True, align="center", color="#8c1c13")
    c.text(421, 96, "Лицензия на образовательную деятельность № Л035-01298-77/00123456",
           8, align="center", color="#666666")
    c.text(421, 160, "СЕРТИФИКАТ", 40, family="DejaVu Serif", bold=True, align="center",
           color="#8c1c13", spacing=6)
    c.text(421, 190, "№ СП-2025/118", 12, align="center", color="#333333")
    c.text(421, 235, "Настоящий сертификат подтверждает, что", 13, align="center",
           color="#333333", italic=True)
    c.text(421, 280, "Коваленко Ирина Павловна", 28, family="DejaVu Serif", bold=True,
           align="center", color="#1b1b1b")
    c.text(421, 320, "с 17 по 21 марта 2025 г. прошла обучение по программе", 13,
           align="center", color="#333333")
    c.wrap(421, 356, "«Администрирование сетевых устройств MikroTik (MTCNA)»", 520, 18, 24,
           align="center", bold=True, color="#1b1b1b")
    c.text(421, 414, "в объёме 40 часов", 13, align="center", color="#333333")
    c.text(110, 470, "Преподаватель", 9, color="#666666")
    c.signature(110, 475, 130, 36, "h13-ru-1")
    c.text(110, 525, "А. Н. Белов", 11)
    c.text(560, 470, "Директор", 9, color="#666666")
    c.signature(560, 475, 130, 36, "h13-ru-2")
    c.text(560, 525, "Е. В. Сорокина", 11)
    c.circle(421, 490, 42, stroke="#8c1c13", lw=1.5)
    c.text(421, 494, "М.П.", 11, align="center", color="#8c1c13")
    c.text(421, 552, "Дата выдачи: 24.03.2025 · г. Екатеринбург", 9, align="center",
           color="#555555")
    return c.finish()


def _it(folder: Path) -> Path:
    d = _Docx(8.27, 11.69, 0.9)
    d.p("FormaNet S.r.l.", 15, bold=True, color="#0e5a43", align="left", after=0)
    d.p("Via dei Mille 48 · 40121 Bologna · P.IVA 03918270375 · tel. 051 555 0193", 8,
        color="#666666", align="left", after=40)
    d.p("Attestato di partecipazione", 24, bold=True, caps=True, spacing=2, color="#0e5a43",
        font="DejaVu Serif", after=24)
    d.p("Si attesta che", 12, italic=True)
    d.p("Luca Benedetti Anselmi", 22, bold=True, font="DejaVu Serif", before=6, after=2)
    d.p("Codice fiscale: BNDLCU89M21A944K", 9, color="#666666", after=16)
    d.p("ha partecipato al corso", 12, italic=True)
    d.p("Sicurezza delle reti Wi-Fi aziendali: WPA3, 802.1X e RADIUS", 16, bold=True,
        color="#0e5a43", before=6, after=10)
    d.p("svoltosi in data 22 maggio 2025 (ore 9:00–18:00) presso la sede di Bologna.", 11,
        after=20)
    d.table(
        [
            ("Durata", "8 ore"),
            ("Docente", "Ing. Marta Celli"),
            ("Verifica finale", "Superata"),
            ("Codice attestato", "FN-ATT-25-0522-014"),
        ],
        [2.2, 3.6],
        size=10.5,
    )
    d.p("Bologna, 26 maggio 2025", 11, align="left", before=40)
    d.p("Il Direttore", 10, align="right", before=10, after=0)
    d.p("dott. Riccardo Ferrante", 11, align="right", italic=True)
    return _soffice("h13-it.docx", d.render(), folder)


def _sv(folder: Path) -> Path:
    doc = _PS(595, 842)
    doc.rect(0, 0, 595, 842, fill="#ffffff")
    doc.rect(0, 0, 595, 14, fill="#005b99")
    doc.text(56, 70, "Nordvik IT-utbildning AB", "sans-b", 16, color="#005b99")
    doc.text(56, 86, "Org.nr 559123-4567 · Tel. 08-555 123 45 · kurs@nordvik.example", "sans",
             8, color="#666666")
    doc.text(297, 190, "KURSINTYG", "serif-b", 34, "center", "#1a1a1a")
    doc.line(200, 206, 395, 206, "#005b99", 1.5)
    doc.text(297, 260, "Härmed intygas att", "serif-i", 13, "center", "#333333")
    doc.text(297, 300, "Linnéa Åkesson Björk", "palatino-b", 26, "center", "#1a1a1a")
    doc.text(297, 322, "Personnummer 910305-XXXX", "sans", 9, "center", "#777777")
    doc.text(297, 370, "har genomgått kursen", "serif-i", 13, "center", "#333333")
    doc.text(297, 405, "Automatisering av nätverk med Ansible,", "sans-b", 17, "center",
             "#005b99")
    doc.text(297, 426, "grundkurs (NA-110)", "sans-b", 17, "center", "#005b99")
    doc.text(297, 465, "under perioden 2025-05-06 – 2025-05-08.", "serif", 13, "center")
    y = 530
    for k, v in (
        ("Omfattning", "24 timmar"),
        ("Kursort", "Stockholm, Kungsholmen"),
        ("Kursledare", "Oskar Frendin"),
        ("Intygsnummer", "NVU-2025-3317"),
    ):
        doc.text(150, y, k, "sans", 11, color="#555555")
        doc.text(280, y, v, "sans-b", 11)
        doc.line(150, y + 6, 445, y + 6, "#dddddd", 0.5)
        y += 24
    doc.text(56, 700, "Stockholm den 9 maj 2025", "serif", 12)
    doc.signature(340, 680, 160, 40, "h13-sv")
    doc.line(340, 726, 520, 726, "#888888")
    doc.text(430, 742, "Karin Westerholm, utbildningschef", "sans", 9, "center", "#555555")
    return _ghostscript(doc, _pdf(folder, "h13-sv"))


# ============================================================================================
# Small companies, universities, meetups
# ============================================================================================

_UNI_CSS = """
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'C059', serif; color: #2a2118 }
.page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 14mm;
        background: #fdfbf5 }
.inner { border: 1.2pt solid #5c2a2a; outline: 0.4pt solid #5c2a2a; outline-offset: -3mm;
         height: 100%; box-sizing: border-box; padding: 12mm 20mm; text-align: center;
         position: relative }
.uni { font-size: 20pt; letter-spacing: 0.06em; color: #5c2a2a }
.fac { font-size: 10pt; font-style: italic; color: #6b5a4a }
h1 { font-family: 'Z003', cursive; font-weight: normal; font-size: 38pt; margin: 9mm 0 3mm;
     color: #5c2a2a }
.small { font-size: 11.5pt; margin: 2mm 0 }
.name { font-size: 24pt; font-weight: bold; margin: 3mm 0 1mm }
.sid { font-size: 8.5pt; color: #7a6a5a }
.course { font-size: 16pt; font-weight: bold; margin: 3mm 18mm; line-height: 1.3 }
.foot { position: absolute; left: 20mm; right: 20mm; bottom: 12mm; display: flex;
        justify-content: space-between; align-items: flex-end; font-size: 9pt;
        text-align: left }
"""


def _uni(folder: Path) -> Path:
    body = f"""
<div class="page"><div class="inner">
 <div class="uni">UNIVERSITY OF KESTRELMOOR</div>
 <div class="fac">Faculty of Engineering &middot; Department of Networked Systems</div>
 <h1>Certificate of Attendance</h1>
 <div class="small">This is to certify that</div>
 <div class="name">Aarav Malhotra-Jensen</div>
 <div class="sid">Participant no. 2291047</div>
 <div class="small">attended the</div>
 <div class="course">International Summer School on Software-Defined Networking and
  Network Automation</div>
 <div class="small">held from 30 June to 4 July 2025 at the Kestrelmoor North Campus.</div>
 <div class="small">The programme comprised 32 hours of lectures and laboratory sessions and
  corresponds to a workload of 3 ECTS credits.</div>
 <div class="foot">
  <div>Certificate no. KSS-SDN-25-0087<br>Issued: 11 July 2025</div>
  <div>{_seal_svg(80, "#8a6d3b")}</div>
  <div>{_signature_svg("h13-uni", 170, 44)}<br>Prof. Dr. Ilse Varga<br>
   Programme Director</div>
 </div>
</div></div>"""
    return _weasy(_html(_UNI_CSS, body), _pdf(folder, "h13-uni"))


_MEETUP_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif }
.page { width: 13.333in; height: 7.5in; display: grid; grid-template-columns: 4.4in 1fr;
        box-sizing: border-box }
.left { background: linear-gradient(160deg, #ff5a36, #b0135f); color: #fff;
        padding: 0.7in 0.5in; box-sizing: border-box; position: relative }
.left .m { font-size: 12pt; letter-spacing: 0.25em; text-transform: uppercase;
           opacity: 0.9 }
.left .big { font-size: 34pt; font-weight: bold; line-height: 1.05; margin-top: 0.3in }
.left .when { position: absolute; left: 0.5in; bottom: 0.6in; font-size: 11pt;
              line-height: 1.6 }
.right { padding: 0.8in 0.8in; box-sizing: border-box; position: relative; color: #222 }
.kick { font-size: 10pt; font-weight: bold; letter-spacing: 0.3em; color: #b0135f;
        text-transform: uppercase }
.title { font-size: 36pt; font-weight: bold; margin-top: 0.1in; line-height: 1.1 }
.pres { margin-top: 0.6in; font-size: 12pt; color: #666 }
.name { font-size: 30pt; margin-top: 0.08in; border-bottom: 2px solid #eee;
        padding-bottom: 0.1in }
.people { position: absolute; left: 0.8in; right: 0.8in; bottom: 0.6in; display: flex;
          gap: 0.8in; font-size: 10pt; color: #444 }
.people b { display: block; font-size: 12pt; color: #111 }
"""


def _meetup(folder: Path) -> Path:
    body = """
<div class="page">
 <div class="left"><div class="m">Meetup #42</div>
  <div class="big">Cloud Native<br>Lisbon</div>
  <div class="when">Saturday, 17 May 2025<br>10:00 – 13:00<br>Hub Criativo do Beato,
   Lisbon<br>RSVP 482 &middot; +351 21 555 0147</div></div>
 <div class="right">
  <div class="kick">Hands-on workshop</div>
  <div class="title">eBPF Networking in Production</div>
  <div class="pres">Certificate of attendance presented to</div>
  <div class="name">Beatriz Caldeira Nunes</div>
  <div class="people"><div><b>Tobias Lindgren-Mora</b>Speaker</div>
   <div><b>Inês Vasconcelos</b>Organiser, Cloud Native Lisbon</div></div>
 </div>
</div>"""
    return _chromium(_html(_MEETUP_CSS, body), _pdf(folder, "h13-meetup"), "13.333in", "7.5in")


_BOOTCAMP_CSS = """
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #101828 }
.page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 16mm 20mm;
        background: #ffffff; position: relative;
        border-top: 9mm solid #12b76a }
.head { display: flex; justify-content: space-between; align-items: center }
.brand { font-weight: bold; letter-spacing: 0.3em; font-size: 12pt }
.kind { font-size: 9pt; color: #475467; letter-spacing: 0.2em; text-transform: uppercase }
.name { font-size: 32pt; font-weight: bold; margin-top: 14mm }
.has { font-size: 11pt; color: #475467; margin-top: 3mm }
.course { font-size: 20pt; margin-top: 2mm; font-weight: bold; color: #027a48 }
.cells { margin-top: 12mm; display: grid; grid-template-columns: repeat(4, 1fr);
         border: 1px solid #d0d5dd }
.cells > div { padding: 3.5mm 4mm; border-right: 1px solid #d0d5dd;
               border-bottom: 1px solid #d0d5dd }
.v { font-size: 12pt; font-weight: bold }
.l { font-size: 7.5pt; color: #667085; text-transform: uppercase; letter-spacing: 0.1em;
     margin-top: 1.5mm }
.bottom { position: absolute; left: 20mm; right: 20mm; bottom: 12mm; display: flex;
          justify-content: space-between; align-items: flex-end; font-size: 9pt;
          color: #475467 }
"""


def _bootcamp(folder: Path) -> Path:
    code = "PFA-NAPA-2025-0113-27"
    cells = (
        ("2025-01-13", "Start date"),
        ("2025-03-28", "End date"),
        ("120 hours", "Guided learning"),
        (code, "Credential ID"),
        ("S-448120", "Student ID"),
        ("Cohort 7 (Evening)", "Cohort"),
        ("Distinction", "Result"),
        ("2028-03-28", "Valid until"),
    )
    grid = "".join(f'<div><div class="v">{v}</div><div class="l">{lb}</div></div>'
                   for v, lb in cells)
    body = f"""
<div class="page">
 <div class="head"><div class="brand">PACKETFORGE ACADEMY</div>
  <div class="kind">Certificate of completion</div></div>
 <div class="name">Oluwaseun Abernathy</div>
 <div class="has">has completed the 11-week professional bootcamp</div>
 <div class="course">Network Automation with Python and Ansible (NAPA) v2.1</div>
 <div class="cells">{grid}</div>
 <div class="bottom">
  <div>{_signature_svg("h13-pfa", 170, 44)}<br><b>Mira Castellan</b><br>
   Head of Curriculum</div>
  <div style="text-align:right">{_qr_svg(code, "80px")}<br>
   Verify: https://verify.packetforge.example/c/{code}</div>
 </div>
</div>"""
    return _chromium(_html(_BOOTCAMP_CSS, body), _pdf(folder, "h13-bootcamp"), "297mm", "210mm")


def _cover_letter(folder: Path) -> Path:
    o = _Odt(21.0, 29.7, 2.2)
    o.p("Lakeside IT Training Ltd", 14, bold=True, align="end", color="#22577a", after=0)
    o.p("Unit 4, Millbrook Business Park, Harrowgate HG3 9ZZ", 9, align="end",
        color="#555555", after=0)
    o.p("Tel. 01632 960 418 · training@lakeside-it.example", 9, align="end", color="#555555",
        after=1.2)
    o.p("Mr Daniel Okonjo", 11, align="start", after=0)
    o.p("Flat 2, 17 Rosemary Lane", 11, align="start", after=0)
    o.p("Brackfield BF7 2QX", 11, align="start", after=0.8)
    o.p("Your ref: PO-77120    Our ref: LIT/INV/2025/1193", 10, align="start",
        color="#444444", after=0.2)
    o.p("12 March 2025", 11, align="start", after=0.8)
    o.p("Dear Mr Okonjo,", 11, align="start", after=0.4)
    for para in (
        "Thank you for attending our course Linux Server Administration (LSA-201) at our "
        "Harrowgate training centre. We hope you found the three days useful.",
        "Please find enclosed your certificate of completion. Your invoice LIT/INV/2025/1193 "
        "has been settled in full by your employer; no further action is required.",
        "If you have any questions about this or any of our other courses, please contact "
        "Beth Carrow on 01632 960 422.",
    ):
        o.p(para, 11, align="justify", after=0.4)
    o.p("Yours sincerely,", 11, align="start", before=0.4, after=1.2)
    o.p("Gareth Pryce", 11, align="start", after=0)
    o.p("Training Manager", 10, align="start", color="#555555")
    o.page_break()
    o.p("LAKESIDE IT TRAINING", 12, bold=True, color="#22577a", spacing=4, before=2.5)
    o.p("Certificate of Completion", 30, font="DejaVu Serif", color="#1b1b1b", before=1.2,
        after=1.0)
    o.p("This is to certify that", 12, italic=True, color="#444444")
    o.p("Daniel Okonjo", 24, bold=True, font="DejaVu Serif", before=0.3, after=0.5)
    o.p("has completed the three-day course", 12, italic=True, color="#444444")
    o.p("Linux Server Administration (LSA-201)", 18, bold=True, color="#22577a", before=0.3,
        after=0.5)
    o.p("3–5 March 2025", 13, after=1.2)
    o.table(
        [
            ("CPD", "21 CPD hours"),
            ("Trainer", "Gareth Pryce"),
            ("Certificate number", "LIT-C-2025-0392"),
        ],
        [5.0, 7.0],
        size=10.5,
    )
    o.p("Lakeside IT Training Ltd · Registered in England and Wales No. 09912345", 8,
        color="#777777", before=3.0)
    return _soffice("h13-cover-letter.fodt", o.render(), folder)


def _design(folder: Path) -> Path:
    c = _Cairo(_pdf(folder, "h13-design"), 842, 595)
    c.rect(0, 0, 842, 595, fill="#f4f1ea")
    c.rect(0, 0, 842, 120, fill="#1e3a5f")
    c.ctx.move_to(0, 120)
    c.ctx.line_to(842, 60)
    c.ctx.line_to(842, 120)
    c.ctx.close_path()
    c.color("#f4f1ea")
    c.ctx.fill()
    c.circle(760, 70, 26, fill="#e0a526")
    c.text(760, 75, "BL", 14, bold=True, align="center", color="#1e3a5f")
    c.text(60, 60, "Bytewise Labs", 16, bold=True, color="#ffffff")
    c.text(421, 190, "CERTIFICATE", 44, family="DejaVu Serif", bold=True, align="center",
           color="#1e3a5f", spacing=8)
    c.text(421, 222, "OF COMPLETION", 14, align="center", color="#e0a526", spacing=6)
    c.text(421, 272, "PROUDLY PRESENTED TO", 10, align="center", color="#555555", spacing=3)
    c.text(421, 318, "PRIYA RAMANATHAN", 30, family="DejaVu Serif", align="center",
           color="#1b1b1b", spacing=3)
    c.line(220, 334, 622, 334, color="#e0a526", lw=1.2)
    c.text(421, 362, "for successfully completing the online course", 11, align="center",
           color="#555555", italic=True)
    c.wrap(421, 390, "Wireshark for Network Troubleshooting: Packet Analysis Masterclass",
           440, 17, 22, align="center", bold=True, color="#1e3a5f")
    c.signature(120, 455, 160, 40, "h13-design")
    c.line(110, 500, 290, 500, color="#1b1b1b", lw=0.6)
    c.text(200, 516, "JONAS VELDE", 10, align="center", spacing=1.5)
    c.text(200, 530, "Lead Instructor", 9, align="center", color="#666666")
    c.text(642, 494, "April 9, 2025", 13, align="center")
    c.line(552, 500, 732, 500, color="#1b1b1b", lw=0.6)
    c.text(642, 516, "DATE", 10, align="center", spacing=1.5)
    c.text(421, 572, "Certificate ID: WSK-0409-1187 · www.bytewise-labs.example", 8,
           align="center", color="#888888")
    return c.finish()


def _college(folder: Path) -> Path:
    doc = _PS(612, 792)
    doc.rect(0, 0, 612, 792, fill="#ffffff")
    doc.rect(30, 30, 552, 732, stroke="#2e4a3e", lw=3)
    doc.rect(38, 38, 536, 716, stroke="#2e4a3e", lw=0.6)
    doc.circle(306, 120, 34, stroke="#2e4a3e", lw=1.5)
    doc.text(306, 126, "HPCC", "serif-b", 14, "center", "#2e4a3e")
    doc.text(306, 188, "HARBOR POINT COMMUNITY COLLEGE", "serif-b", 18, "center", "#2e4a3e")
    doc.text(306, 208, "Office of Continuing & Workforce Education", "serif-i", 12, "center",
             "#444444")
    doc.text(306, 280, "Certificate of Completion", "chancery", 40, "center", "#1a1a1a")
    doc.text(306, 330, "is awarded to", "serif-i", 13, "center", "#444444")
    doc.text(306, 372, "Rosalind Achterberg", "schoolbook-b", 26, "center")
    doc.text(306, 412, "for successful completion of the non-credit course", "serif-i", 12,
             "center", "#444444")
    doc.text(306, 444, "CIS-CE 118: Cloud Infrastructure Fundamentals (Hybrid)", "schoolbook-b",
             15, "center", "#2e4a3e")
    doc.text(306, 474, "Course dates: January 14, 2025 – March 4, 2025", "serif", 12, "center")
    doc.text(306, 496, "1.6 Continuing Education Units (CEUs) awarded", "serif-b", 12,
             "center")
    doc.text(306, 518, "CRN 40217 · Section H01 · Tuesday evenings, Room T-214", "sans", 8.5,
             "center", "#666666")
    doc.signature(80, 600, 160, 40, "h13-hpcc-1")
    doc.line(80, 650, 260, 650, "#333333")
    doc.text(170, 666, "Dr. Yvonne Castellari", "serif", 10, "center")
    doc.text(170, 680, "Dean of Workforce Education", "serif-i", 9, "center", "#555555")
    doc.signature(360, 600, 160, 40, "h13-hpcc-2")
    doc.line(350, 650, 530, 650, "#333333")
    doc.text(440, 666, "Marcus Ihejirika", "serif", 10, "center")
    doc.text(440, 680, "Course Instructor", "serif-i", 9, "center", "#555555")
    doc.text(306, 728, "Certificate No. HPCC-CE-25-01448 · 2200 Example Harbor Rd, Port Alden",
             "sans", 8, "center", "#666666")
    return _ghostscript(doc, _pdf(folder, "h13-college"))


_SUMMIT_CSS = """
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #222 }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.8in 0.9in;
        text-align: center; position: relative }
.frame { border: 2px solid #444; height: 100%; box-sizing: border-box; padding: 0.6in 0.5in }
.org { font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; letter-spacing: 0.25em;
       text-transform: uppercase; font-weight: bold }
.addr { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #555; margin-top: 3px }
h1 { font-size: 28pt; font-weight: normal; margin: 0.8in 0 0.3in }
.t { font-size: 12pt; margin: 0.12in 0 }
.name { font-size: 24pt; font-weight: bold; margin: 0.15in 0 }
.course { font-size: 18pt; font-weight: bold; margin: 0.15in 0 }
.facts { margin: 0.5in auto 0; font-family: 'DejaVu Sans', sans-serif; font-size: 11pt;
         border-collapse: collapse }
.facts td { padding: 5px 12px; text-align: left; border-bottom: 1px solid #ccc }
.sig { margin-top: 0.7in; font-size: 10pt }
"""


def _summit_source(folder: Path) -> Path:
    body = f"""
<div class="page"><div class="frame">
 <div class="org">Summit Ridge Technical Training</div>
 <div class="addr">880 Example Parkway, Suite 210 &middot; Cedar Hollow &middot;
  (555) 013-7720</div>
 <h1>Certificate of Completion</h1>
 <div class="t">awarded to</div>
 <div class="name">Maya Thorsdottir</div>
 <div class="t">for completing the one-day</div>
 <div class="course">Practical IPv6 Deployment Workshop</div>
 <div class="t">held on 26 February 2025</div>
 <table class="facts">
  <tr><td>Instruction</td><td>7 hours</td></tr>
  <tr><td>Instructor</td><td>Leonard Ashcombe</td></tr>
  <tr><td>Certificate no.</td><td>SRT-2025-0226-19</td></tr>
 </table>
 <div class="sig">{_signature_svg("h13-summit", 170, 44)}<br>Leonard Ashcombe, Instructor</div>
</div></div>"""
    return _chromium(_html(_SUMMIT_CSS, body), _pdf(folder, "h13-summit-src"), "8.5in", "11in")


def _summit(folder: Path) -> Path:
    return _scan(_summit_source, _pdf(folder, "h13-summit-scan"), 150, -1.3, "summit", 40)


# ============================================================================================
# Certificates a careful reader would have to check
# ============================================================================================

_PLAIN_CSS = """
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #1d2530 }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.7in 0.9in;
        position: relative; border-left: 0.35in solid $accent }
.brand { font-size: 15pt; font-weight: bold; color: $accent; letter-spacing: 0.05em }
h1 { font-family: 'P052', serif; font-weight: normal; font-size: 34pt; margin: 0.6in 0 0.2in }
.t { font-size: 12pt; color: #4a5563; margin-top: 0.12in; line-height: 1.5 }
.name { font-size: 28pt; font-weight: bold; margin-top: 0.1in }
.course { font-size: 21pt; font-weight: bold; margin-top: 0.08in; color: $accent }
.box { position: absolute; right: 0.9in; bottom: 0.7in; width: 3.6in; font-size: 10pt;
       border: 1px solid #cbd2d9; padding: 0.15in 0.2in; line-height: 1.7 }
.box b { display: inline-block; width: 1.6in; color: #52606d; font-weight: normal }
.sig { position: absolute; left: 0.9in; bottom: 0.7in; font-size: 9.5pt }
"""


def _two_dates(folder: Path) -> Path:
    css = _PLAIN_CSS.replace("$accent", "#7b2cbf")
    body = f"""
<div class="page">
 <div class="brand">QUILLON CYBER ACADEMY</div>
 <h1>Certificate of Completion</h1>
 <div class="t">This certifies that</div>
 <div class="name">Haruto Bergström</div>
 <div class="t">has successfully completed the course</div>
 <div class="course">Incident Response Fundamentals (IRF-100)</div>
 <div class="t">on 14 March 2025, including the final practical assessment.</div>
 <div class="sig">{_signature_svg("h13-quillon", 170, 44)}<br>Odile Marchand-Rees<br>
  Academic Director</div>
 <div class="box"><b>Date of completion</b>21 March 2025<br>
  <b>Certificate no.</b>QCA-IRF-55102<br><b>CPE credits</b>12</div>
</div>"""
    return _chromium(_html(css, body), _pdf(folder, "h13-two-dates"), "11in", "8.5in")


def _smudged_source(folder: Path) -> Path:
    c = _Cairo(_pdf(folder, "h13-smudged-src"), 842, 595)
    c.rect(0, 0, 842, 595, fill="#ffffff")
    c.rect(26, 26, 790, 543, stroke="#204060", lw=2)
    c.text(421, 82, "MERIDIAN NETWORK INSTITUTE", 16, bold=True, align="center",
           color="#204060", spacing=2)
    c.text(421, 150, "Certificate of Completion", 34, family="DejaVu Serif", align="center")
    c.text(421, 200, "This is to certify that", 12, italic=True, align="center",
           color="#444444")
    c.text(421, 245, "Tomasz Wielgosz-Amari", 28, bold=True, align="center")
    c.text(421, 285, "has completed the instructor-led course", 12, italic=True,
           align="center", color="#444444")
    c.text(421, 320, "Advanced BGP Design and Troubleshooting", 20, bold=True, align="center",
           color="#204060")
    c.text(421, 352, "held 9–11 June 2025 in Rotterdam", 12, align="center")
    c.text(421, 376, "CPE credits: 24", 12, align="center")
    c.text(90, 470, "Certificate No.", 10, color="#555555")
    c.text(90, 492, "MNI-BGP-2025-4417-RX", 15, family="DejaVu Sans Mono", bold=True)
    c.signature(560, 440, 170, 42, "h13-meridian")
    c.line(550, 492, 760, 492, color="#333333")
    c.text(655, 508, "Pieter van Duyn, Lead Instructor", 9, align="center", color="#555555")
    return c.finish()


def _smudged(folder: Path) -> Path:
    return _scan(
        _smudged_source,
        _pdf(folder, "h13-smudged-scan"),
        300,
        0.5,
        "smudge",
        70,
        blot="MNI-BGP-2025-4417-RX",
    )


def _truncated_name(folder: Path) -> Path:
    d = _Docx(11.0, 8.5, 0.8)
    d.p("BRIGHTWATER TECH SKILLS", 12, bold=True, color="#006d77", spacing=3, after=30)
    d.p("Certificate of Completion", 32, font="P052", after=16)
    d.p("awarded to", 12, italic=True, color="#555555")
    d.p("Alexandra Konstantinidou-Whitf", 24, bold=True, font="P052", before=6, after=12)
    d.p("for completing the self-paced course", 12, italic=True, color="#555555")
    d.p("Python for Network Engineers", 20, bold=True, color="#006d77", before=6, after=20)
    d.table(
        [
            ("Completed", "2 June 2025"),
            ("Certificate ID", "BTS-PNE-2025-0602-33"),
        ],
        [2.0, 3.2],
        size=11,
    )
    d.p("Brightwater Tech Skills · learning@brightwater.example · This certificate was "
        "generated automatically.", 8, color="#888888", before=36)
    return _soffice("h13-truncated.docx", d.render(), folder)


_APEX_CSS = """
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #14213d }
.page { width: 11in; height: 8.5in; position: relative; background: #ffffff }
.top { height: 1.1in; background: #14213d; color: #fca311; font-size: 18pt;
       font-weight: bold; padding: 0.38in 0.8in; box-sizing: border-box;
       letter-spacing: 0.1em }
.main { padding: 0.6in 0.8in }
h1 { font-size: 30pt; font-weight: normal; margin: 0 0 0.3in }
.t { font-size: 11.5pt; color: #555; margin-top: 0.1in }
.name { font-size: 27pt; font-weight: bold; margin-top: 0.08in }
.course { font-size: 20pt; font-weight: bold; margin-top: 0.08in }
table { margin-top: 0.5in; font-size: 11pt; border-collapse: collapse }
td { padding: 4px 24px 4px 0 }
td:first-child { color: #777; font-size: 9pt; text-transform: uppercase;
                 letter-spacing: 0.08em }
.foot { position: absolute; bottom: 0.45in; left: 0.8in; right: 0.8in; font-size: 8pt;
        color: #888; text-align: center }
"""


def _date_order(folder: Path) -> Path:
    body = f"""
<div class="page">
 <div class="top">APEX REMOTE LEARNING</div>
 <div class="main">
  <h1>Certificate of Completion</h1>
  <div class="t">This certificate is awarded to</div>
  <div class="name">Nadia Petrosyan</div>
  <div class="t">for completing</div>
  <div class="course">Kubernetes Administration Essentials</div>
  <table>
   <tr><td>Date of completion</td><td>03/04/2025</td></tr>
   <tr><td>Certificate ID</td><td>ARL-88412-NX</td></tr>
   <tr><td>Format</td><td>Online, instructor-supported</td></tr>
  </table>
  <div style="margin-top:0.4in">{_signature_svg("h13-apex", 170, 44)}<br>
   <span style="font-size:9pt">Programme Team, Apex Remote Learning</span></div>
 </div>
 <div class="foot">Apex Remote Learning &middot; online courses for learners worldwide</div>
</div>"""
    return _weasy(_html(_APEX_CSS, body), _pdf(folder, "h13-date-order"))


def _placeholder(folder: Path) -> Path:
    css = _PLAIN_CSS.replace("$accent", "#0f766e")
    body = f"""
<div class="page">
 <div class="brand">VANTAGE SKILLS HUB</div>
 <h1>Certificate of Completion</h1>
 <div class="t">This certifies that</div>
 <div class="name">Ewa Lindholm-Achebe</div>
 <div class="t">has successfully completed</div>
 <div class="course">{{{{course.title}}}}</div>
 <div class="t">on 19 February 2025.</div>
 <div class="sig">{_signature_svg("h13-vantage", 170, 44)}<br>Programme Director</div>
 <div class="box"><b>Credential ID</b>VSK-2025-77310<br><b>Issued</b>19 February 2025</div>
</div>"""
    return _chromium(_html(css, body), _pdf(folder, "h13-placeholder"), "11in", "8.5in")


# ============================================================================================
# The cases
# ============================================================================================


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
    issuer: str | None,
    credits: tuple[float, str] | None = None,
    review: bool = False,
) -> tuple[Case, str]:
    expected = Expected(course, start, end, code, learner, issuer, review, credits)
    return Case(name, expected, build, note), kind


_ALL: list[tuple[Case, str]] = [
    # ---------------------------------------------------------------- well-known (11)
    _case(
        "h13-ciscou-encor",
        "known",
        _ciscou,
        "Chromium; Cisco U. learning path; value-over-label grid; tracked uppercase kicker "
        "from CSS; exam number and generated-on timestamp as decoys",
        "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
        None,
        "2025-03-03",
        "CU-ENCOR-8F3K2Q7W",
        "Marisol Etxeberria",
        "Cisco U.",
        (64, "CE"),
    ),
    _case(
        "h13-netacad-ensa",
        "known",
        _netacad,
        "WeasyPrint; NetAcad course completion; course name inside the sentence; skill "
        "bullets; instructor and VP names; no code",
        "CCNA: Enterprise Networking, Security, and Automation",
        None,
        "2025-06-18",
        None,
        "Kofi Mensah-Larbi",
        "Cisco Networking Academy",
    ),
    _case(
        "h13-clp-ensdwi",
        "known",
        _clp,
        "LibreOffice Word; Cisco Learning Partner class; date range '14–18 April 2025' in a "
        "table; class ID and CCSI number decoys; issue date after the class",
        "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
        "2025-04-14",
        "2025-04-18",
        "NBL-25-11936",
        "Ingrid Solheim-Varga",
        "Cisco Learning Partner",
        (40, "CE"),
    ),
    _case(
        "h13-ciscolive-emea",
        "known",
        _ciscolive,
        "cairo; dark event certificate; tracked text glyph by glyph; attendee ID decoy; "
        "seminar date inside the event range; code bottom right",
        "Cisco Live EMEA 2025",
        "2025-02-09",
        "2025-02-14",
        "CLE25-7QK4-M2XD",
        "Dimitri Vasquez-Holm",
        "Cisco Live",
        (16, "CE"),
    ),
    _case(
        "h13-udemy-terraform",
        "known",
        _udemy,
        "Chromium; Udemy layout; long title wrapping over lines; UC- uuid code with the url "
        "repeating it; reference number decoy; instructors",
        "Terraform on AWS: Infrastructure as Code with Modules, Testing and CI/CD Pipelines "
        "- 2025 Edition",
        None,
        "2025-03-03",
        "UC-3f9a1c2e-7b4d-4e8a-9c61-2d5e8f0a7b13",
        "Chidinma Okafor-Reyes",
        "Udemy",
        (22.5, "hours"),
    ),
    _case(
        "h13-coursera-cloudnet",
        "known",
        _coursera,
        "WeasyPrint; Coursera course certificate; date on top with no label; code only in "
        "the verify URL; professor signature",
        "Cloud Networking Fundamentals: Designing Hybrid Connectivity",
        None,
        "2025-03-21",
        "7KXM2QPLR4BZ",
        "Anneliese Brandvold",
        "Coursera",
    ),
    _case(
        "h13-linkedin-scor",
        "known",
        _linkedin,
        "Chromium flex; LinkedIn Learning; name after 'Congratulations,'; completion with "
        "time of day; NASBA CPE and sponsor number in the side panel",
        "Cisco CCNP Security (350-701 SCOR) Cert Prep: 4 Secure Network Access",
        None,
        "2025-04-08",
        "AbXk7P2qLmZr9TfW4hNc0sVyE5",
        "Yusuf Demirel-Strand",
        "LinkedIn Learning",
        (2.0, "CPE"),
    ),
    _case(
        "h13-pluralsight-junos",
        "known",
        _pluralsight,
        "Chromium; dark Pluralsight layout; accented Irish name; author line; Skill IQ "
        "measured on another date; no code",
        "Configuring Juniper Junos OS Routing Policies (JNCIA-Junos JN0-105)",
        None,
        "2025-03-11",
        None,
        "Saoirse Ní Bhraonáin",
        "Pluralsight",
    ),
    _case(
        "h13-ine-enarsi",
        "known",
        _ine,
        "Ghostscript; INE learning path over two lines; US date 05/19/2025 over its label; "
        "CPE credits; printed-on timestamp",
        "CCNP Enterprise: Advanced Routing (ENARSI 300-410) Learning Path",
        None,
        "2025-05-19",
        "INE-LP-4471-8820-KD",
        "Emeka Lindqvist",
        "INE",
        (42, "CPE"),
    ),
    _case(
        "h13-cbtnuggets-ccna",
        "known",
        _cbtnuggets,
        "Chromium; CBT Nuggets; start and completion dates as ISO in table rows; trainer "
        "name; training hours",
        "Cisco CCNA (200-301) Online Training",
        "2025-01-06",
        "2025-02-27",
        "CBTN-9C1F-55E2-0A7D",
        "Hana Kobayashi-Price",
        "CBT Nuggets",
        (37, "hours"),
    ),
    _case(
        "h13-fortinet-scan",
        "known",
        _fortinet,
        "scan (WeasyPrint, 200 dpi, tilted and sheared, JPEG); Fortinet Training Institute, "
        "not one of the issuers; 'valid until' date beside the completion date",
        "FortiGate 7.4 Administrator",
        None,
        "2025-01-17",
        "FGT74-2025-88513",
        "Gustavo Eriksen-Mota",
        None,
    ),
    # ---------------------------------------------------------------- other languages (7)
    _case(
        "h13-de-ise",
        "foreign",
        _de,
        "LibreOffice ODF; German Teilnahmebescheinigung; 'Frau' on its own line; birth "
        "date decoy; 'vom 10. bis 12. März 2025'; place and issue date below",
        "Cisco ISE Grundlagen – Zugangskontrolle mit 802.1X und Profiling",
        "2025-03-10",
        "2025-03-12",
        "NWS-2025-0318-07",
        "Johanna Marie Becker-Yilmaz",
        None,
    ),
    _case(
        "h13-fr-paloalto",
        "foreign",
        _fr,
        "WeasyPrint; French attestation; signer named first; 'Mme'; course in guillemets; "
        "'du 3 au 7 février 2025'; SIRET and activity number in the page footer",
        "Administration de pare-feu Palo Alto Networks (PAN-EDU-210) – version 11.1",
        "2025-02-03",
        "2025-02-07",
        "ARS-2025-00417",
        "Élodie Marchetti-Sow",
        None,
        (35, "hours"),
    ),
    _case(
        "h13-es-udemy-ccna",
        "foreign",
        _es_udemy,
        "Chromium; Udemy certificate in Spanish; '14 de abril de 2025'; decimal comma in "
        "'31,5 horas'",
        "Redes Cisco CCNA 200-301: Curso Completo desde Cero con Laboratorios en Packet "
        "Tracer",
        None,
        "2025-04-14",
        "UC-8e2b7d41-0c5f-4a9e-b3d6-71f4a2c90e58",
        "Valentina Ortega Ruiz",
        "Udemy",
        (31.5, "hours"),
    ),
    _case(
        "h13-pt-netacad-cyber",
        "foreign",
        _pt_netacad,
        "WeasyPrint; Brazilian Portuguese NetAcad completion; date 15/04/2025 (day first)",
        "Introdução à Cibersegurança",
        None,
        "2025-04-15",
        None,
        "Rafaela Nogueira Bastos",
        "Cisco Networking Academy",
    ),
    _case(
        "h13-ru-mikrotik",
        "foreign",
        _ru,
        "cairo; Russian certificate; tracked title; Cyrillic number '№ СП-2025/118'; "
        "'с 17 по 21 марта 2025 г.'; licence number and issue date decoys",
        "Администрирование сетевых устройств MikroTik (MTCNA)",
        "2025-03-17",
        "2025-03-21",
        "СП-2025/118",
        "Коваленко Ирина Павловна",
        None,
        (40, "hours"),
    ),
    _case(
        "h13-it-wifi",
        "foreign",
        _it,
        "LibreOffice Word; Italian attestato; codice fiscale and P.IVA decoys; one-day course "
        "'22 maggio 2025'; issue date four days later",
        "Sicurezza delle reti Wi-Fi aziendali: WPA3, 802.1X e RADIUS",
        None,
        "2025-05-22",
        "FN-ATT-25-0522-014",
        "Luca Benedetti Anselmi",
        None,
        (8, "hours"),
    ),
    _case(
        "h13-sv-ansible",
        "foreign",
        _sv,
        "Ghostscript; Swedish kursintyg; course over two lines; ISO range with an en dash; "
        "masked personnummer and org.nr decoys",
        "Automatisering av nätverk med Ansible, grundkurs (NA-110)",
        "2025-05-06",
        "2025-05-08",
        "NVU-2025-3317",
        "Linnéa Åkesson Björk",
        None,
        (24, "hours"),
    ),
    # ---------------------------------------------------------------- own layouts (7)
    _case(
        "h13-uni-summerschool",
        "unknown",
        _uni,
        "WeasyPrint; university summer school; script heading; '30 June to 4 July 2025'; "
        "participant number; hours and ECTS in one sentence; issue date",
        "International Summer School on Software-Defined Networking and Network Automation",
        "2025-06-30",
        "2025-07-04",
        "KSS-SDN-25-0087",
        "Aarav Malhotra-Jensen",
        None,
        (32, "hours"),
    ),
    _case(
        "h13-meetup-ebpf",
        "unknown",
        _meetup,
        "Chromium grid, 16:9 slide; meetup workshop; weekday date with time range; speaker "
        "and organiser names; phone and RSVP numbers; no code",
        "eBPF Networking in Production",
        None,
        "2025-05-17",
        None,
        "Beatriz Caldeira Nunes",
        None,
    ),
    _case(
        "h13-bootcamp-napa",
        "unknown",
        _bootcamp,
        "Chromium grid of cells with labels under values; student ID, cohort and valid-until "
        "decoys; QR and verify URL carrying the code",
        "Network Automation with Python and Ansible (NAPA) v2.1",
        "2025-01-13",
        "2025-03-28",
        "PFA-NAPA-2025-0113-27",
        "Oluwaseun Abernathy",
        None,
        (120, "hours"),
    ),
    _case(
        "h13-cover-letter-lsa",
        "unknown",
        _cover_letter,
        "LibreOffice ODF, two pages: cover letter (address, references, letter date, phone "
        "numbers, 'Mr') then the certificate with '3–5 March 2025'",
        "Linux Server Administration (LSA-201)",
        "2025-03-03",
        "2025-03-05",
        "LIT-C-2025-0392",
        "Daniel Okonjo",
        None,
        (21, "hours"),
    ),
    _case(
        "h13-design-wireshark",
        "unknown",
        _design,
        "cairo design-tool export; every heading and the name tracked glyph by glyph and in "
        "capitals; date over a DATE label; small code line at the foot",
        "Wireshark for Network Troubleshooting: Packet Analysis Masterclass",
        None,
        "2025-04-09",
        "WSK-0409-1187",
        "PRIYA RAMANATHAN",
        None,
    ),
    _case(
        "h13-college-ceu",
        "unknown",
        _college,
        "Ghostscript; community college continuing education; course code prefix; date "
        "range with month names; CEUs; CRN/section and two signers",
        "CIS-CE 118: Cloud Infrastructure Fundamentals (Hybrid)",
        "2025-01-14",
        "2025-03-04",
        "HPCC-CE-25-01448",
        "Rosalind Achterberg",
        None,
        (1.6, "CEU"),
    ),
    _case(
        "h13-summit-scan",
        "unknown",
        _summit,
        "scan (Chromium, 150 dpi, JPEG q40, tilted); small training company, portrait; "
        "instructor named twice",
        "Practical IPv6 Deployment Workshop",
        None,
        "2025-02-26",
        "SRT-2025-0226-19",
        "Maya Thorsdottir",
        None,
        (7, "hours"),
    ),
    # ---------------------------------------------------------------- unclear (5)
    _case(
        "h13-unclear-two-dates",
        "unclear",
        _two_dates,
        "Chromium; the sentence says completed on 14 March 2025, the box says date of "
        "completion 21 March 2025: no way to tell which is right",
        "Incident Response Fundamentals (IRF-100)",
        None,
        None,
        "QCA-IRF-55102",
        "Haruto Bergström",
        None,
        (12, "CPE"),
        review=True,
    ),
    _case(
        "h13-unclear-smudged-code",
        "unclear",
        _smudged,
        "scan (cairo, 300 dpi); an ink blot covers the middle of the certificate number, "
        "only 'MNI-B' and '7-RX' remain legible",
        "Advanced BGP Design and Troubleshooting",
        "2025-06-09",
        "2025-06-11",
        None,
        "Tomasz Wielgosz-Amari",
        None,
        (24, "CPE"),
        review=True,
    ),
    _case(
        "h13-unclear-truncated-name",
        "unclear",
        _truncated_name,
        "LibreOffice Word; the learner's name is cut off by a 30-character mail-merge field "
        "('…-Whitf'); the visible part is what can be typed",
        "Python for Network Engineers",
        None,
        "2025-06-02",
        "BTS-PNE-2025-0602-33",
        "Alexandra Konstantinidou-Whitf",
        None,
        review=True,
    ),
    _case(
        "h13-unclear-date-order",
        "unclear",
        _date_order,
        "WeasyPrint; the only date is 03/04/2025 on an English page of a worldwide online "
        "provider: 3 April or March 4 cannot be told",
        "Kubernetes Administration Essentials",
        None,
        None,
        "ARL-88412-NX",
        "Nadia Petrosyan",
        None,
        review=True,
    ),
    _case(
        "h13-unclear-placeholder",
        "unclear",
        _placeholder,
        "Chromium; the course title was never filled in: the page prints the template "
        "field '{{course.title}}'",
        None,
        None,
        "2025-02-19",
        "VSK-2025-77310",
        "Ewa Lindholm-Achebe",
        None,
        review=True,
    ),
]

HOLDOUT_CASES: list[Case] = [case for case, _ in _ALL]
HOLDOUT_KINDS: dict[str, str] = {case.name: kind for case, kind in _ALL}
