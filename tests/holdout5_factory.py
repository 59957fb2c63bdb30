"""Held-out set 5: completion certificates made as HTML + CSS and printed by headless Chromium.

Every certificate is an HTML page (inline CSS, images as data: URIs, system fonts only) printed
to PDF through Playwright's sync API with Debian's /usr/bin/chromium, so the text layers carry
what real web templates produce: CSS letter-spacing and text-transform, text-shadow (which
Chromium draws as a second copy of the glyphs), duplicated text layers, flex/grid/absolute
layouts whose source order differs from the reading order, labels drawn as SVG paths or PNG
pictures, ::before generated labels, browser header/footer lines, <canvas> drawings, rotated
content and a web font whose character map is scrambled.

All people, organisations (apart from the well-known vendors and platforms named as issuers),
codes and numbers are invented.  The PDF /CreationDate and /ModDate written by Chromium are
replaced by a fixed per-case stamp so that nothing depends on the build date.

Public interface: `HOLDOUT_CASES`, `HOLDOUT_KINDS`.
"""

from __future__ import annotations

import base64
import io
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from fontTools import subset as ft_subset
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium_printer import shared_browser

from certfactory import Case, Expected

Builder = Callable[[Path], Path]

# --------------------------------------------------------------------------------------------
# Browser
# --------------------------------------------------------------------------------------------



def _browser() -> Any:
    """The test process's one Chromium (shared with the other sets printed by it)."""
    return shared_browser()


_BASE_CSS = """
html, body { margin: 0; padding: 0 }
* { box-sizing: border-box }
.page { position: relative; overflow: hidden; break-after: page; margin: 0 }
.page:last-child { break-after: auto }
"""

_DATE_RE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}")


def _render(
    folder: Path,
    filename: str,
    body: str,
    css: str = "",
    *,
    size: tuple[str, str] = ("11in", "8.5in"),
    lang: str = "en",
    title: str = "Certificate",
    stamp: str = "20250601120000",
    margin: str = "0in",
    header: str | None = None,
    footer: str | None = None,
    fixed: bool = True,
) -> Path:
    """Print one HTML document to `folder/filename` and return the path.

    With `fixed` every `<section class="page">` is exactly one sheet (minus `margin`); without
    it the content flows like a web page printed from the browser.
    """
    width, height = size
    page_css = ""
    if fixed:
        page_css = (
            f".page {{ width: calc({width} - 2 * {margin}); "
            f"height: calc({height} - 2 * {margin} - 1px) }}"
        )
    doc = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_BASE_CSS}{page_css}{css}</style></head>"
        f"<body>{body}</body></html>"
    )
    out = folder / filename
    page = _browser().new_page()
    try:
        page.set_content(doc, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        options: dict[str, Any] = {
            "path": str(out),
            "width": width,
            "height": height,
            "print_background": True,
            "margin": {"top": margin, "bottom": margin, "left": margin, "right": margin},
        }
        if header is not None or footer is not None:
            options["display_header_footer"] = True
            options["header_template"] = header or "<span></span>"
            options["footer_template"] = footer or "<span></span>"
        page.pdf(**options)
    finally:
        page.close()
    data = _DATE_RE.sub(lambda m: b"/" + m.group(1) + b" (D:" + stamp.encode(), out.read_bytes())
    out.write_bytes(data)
    return out


def _browser_line(left: str, middle: str = "", right: str = "") -> str:
    """A header/footer template as Chromium prints it when 'Headers and footers' is on."""
    return (
        "<div style=\"font-family:'DejaVu Sans',sans-serif;font-size:8px;color:#222;"
        'width:100%;padding:0 0.42in;display:flex;justify-content:space-between">'
        f"<span>{left}</span><span>{middle}</span><span>{right}</span></div>"
    )


# --------------------------------------------------------------------------------------------
# Pictures of text: SVG paths, PNG images, a scrambled web font
# --------------------------------------------------------------------------------------------

_FONT_FILES = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "serif-italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "script": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
}


def _font_file(key: str) -> str:
    path = _FONT_FILES[key]
    return path if Path(path).exists() else _FONT_FILES["serif-italic"]


@cache
def _ttfont(key: str) -> TTFont:
    return TTFont(_font_file(key))


def _svg_text(
    text: str, size: float, *, font: str = "sans", fill: str = "#333", spacing: float = 0.0
) -> str:
    """`text` as glyph outlines in an inline <svg> (nothing of it reaches the text layer)."""
    f = _ttfont(font)
    glyphs = f.getGlyphSet()
    cmap = f.getBestCmap()
    upm = f["head"].unitsPerEm
    asc, desc = f["hhea"].ascent, -f["hhea"].descent
    extra = spacing * upm / size
    x = 0.0
    parts = []
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        pen = SVGPathPen(glyphs)
        glyphs[name].draw(pen)
        d = pen.getCommands()
        if d:
            parts.append(f'<path transform="translate({x:.0f} 0)" d="{d}"/>')
        x += glyphs[name].width + extra
    w, h = x * size / upm, (asc + desc) * size / upm
    return (
        f'<svg class="glyphs" width="{w:.1f}" height="{h:.1f}" viewBox="0 0 {x:.0f} {asc + desc}"'
        f' style="vertical-align:-{desc * size / upm:.1f}px">'
        f'<g transform="translate(0 {asc}) scale(1 -1)" fill="{fill}">{"".join(parts)}</g></svg>'
    )


def _data_uri(img: Image.Image) -> str:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _png_text(
    text: str,
    size: float,
    *,
    font: str = "sans",
    color: tuple[int, int, int] = (40, 40, 40),
    scale: int = 3,
) -> str:
    """`text` rendered into a transparent PNG shown as an <img> of the same size."""
    fnt = ImageFont.truetype(_font_file(font), round(size * scale))
    asc, desc = fnt.getmetrics()
    width = int(fnt.getlength(text)) + 4 * scale
    img = Image.new("RGBA", (width, asc + desc), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((2 * scale, 0), text, font=fnt, fill=(*color, 255))
    return (
        f'<img alt="" src="{_data_uri(img)}" style="width:{width / scale:.1f}px;'
        f'height:{(asc + desc) / scale:.1f}px;vertical-align:-{desc / scale:.1f}px">'
    )


def _stamp_png(lines: list[str], *, color: tuple[int, int, int] = (190, 30, 45)) -> str:
    """A rubber-stamp seal (rounded box, slightly tilted) as a PNG <img>."""
    scale = 3
    fnt_big = ImageFont.truetype(_font_file("sans-bold"), 26 * scale)
    fnt_small = ImageFont.truetype(_font_file("sans-bold"), 15 * scale)
    w, h = 230 * scale, 110 * scale
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    ink = (*color, 225)
    draw.rounded_rectangle((6, 6, w - 6, h - 6), radius=18 * scale, outline=ink, width=4 * scale)
    draw.rounded_rectangle(
        (14 * scale, 14 * scale, w - 14 * scale, h - 14 * scale),
        radius=12 * scale,
        outline=ink,
        width=scale,
    )
    draw.text((w / 2, 38 * scale), lines[0], font=fnt_small, fill=ink, anchor="mm")
    draw.text((w / 2, 72 * scale), lines[1], font=fnt_big, fill=ink, anchor="mm")
    img = img.rotate(8, expand=True, resample=Image.Resampling.BICUBIC)
    return (
        f'<img alt="" src="{_data_uri(img)}" style="width:{img.width / scale:.0f}px;'
        f'height:{img.height / scale:.0f}px">'
    )


def _rot(ch: str) -> str:
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + 13) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + 13) % 26 + 65)
    if "0" <= ch <= "9":
        return chr((ord(ch) - 48 + 5) % 10 + 48)
    return ch


def _scramble(text: str) -> str:
    """What to put in the DOM so that `text` shows through `_scrambled_font_css`."""
    out = []
    for ch in text:
        for cand in map(chr, range(32, 127)):
            if _rot(cand) == ch:
                out.append(cand)
                break
        else:
            out.append(ch)
    return "".join(out)


@cache
def _scrambled_font_css(family: str) -> str:
    """@font-face for a DejaVu Sans Bold subset whose cmap draws `_rot(c)` for code point c.

    Chromium writes the /ToUnicode map from the font's cmap, so the text layer holds the
    scrambled DOM characters while the page shows the real ones.
    """
    font = TTFont(_font_file("sans-bold"), recalcTimestamp=False)
    opts = ft_subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "kern", "FFTM"]
    sub = ft_subset.Subsetter(opts)
    sub.populate(text="".join(map(chr, range(32, 127))))
    sub.subset(font)
    for table in font["cmap"].tables:
        if table.isUnicode():
            old = dict(table.cmap)
            table.cmap = {cp: old.get(ord(_rot(chr(cp))), g) for cp, g in old.items()}
    font["name"].setName(family, 1, 3, 1, 0x409)
    font["name"].setName(family, 4, 3, 1, 0x409)
    font["name"].setName(family.replace(" ", ""), 6, 3, 1, 0x409)
    buf = io.BytesIO()
    font.save(buf)
    b64 = base64.b64encode(buf.getvalue()).decode("ascii")
    return f"@font-face {{ font-family: '{family}'; src: url(data:font/ttf;base64,{b64}); }}"


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------

_REGISTRY: list[tuple[Case, str]] = []


def _case(name: str, kind: str, expected: Expected, note: str) -> Callable[[Builder], Builder]:
    def register(build: Builder) -> Builder:
        _REGISTRY.append((Case(name, expected, build, note), kind))
        return build

    return register


def _x(
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None,
    review: bool = False,
    credits: tuple[float, str] | None = None,
) -> Expected:
    return Expected(course, start, end, code, learner, issuer, review, credits)


# --------------------------------------------------------------------------------------------
# Issuers from ISSUERS ("known")
# --------------------------------------------------------------------------------------------


@_case(
    "h5-ciscou-keeplearning",
    "known",
    _x(
        "Implementing and Administering Cisco Solutions (CCNA) v2.1",
        None,
        "2024-03-03",
        "CU-7Q4M-X2KD-93LF",
        "Aleksandra Nováková-Brennan",
        "Cisco U.",
        credits=(30, "CE"),
    ),
    "Cisco U. award page: 'Keep learning!' slogan far larger than the title; the title's "
    "'(CCNA) v2.1' tail alone on a second line (<br>); letter-spaced uppercase heading; logo "
    "as SVG paths; Cisco ID CSCO… decoy beside the CE credits; Certificate ID top right.",
)
def _b_ciscou(folder: Path) -> Path:
    css = """
    body { font-family: "Montserrat", "Helvetica Neue", "DejaVu Sans", sans-serif; color: #1d2b36 }
    .page { border: 14px solid #0d274d; text-align: center; padding: 0 80px }
    .logo { position: absolute; left: 46px; top: 34px }
    .cid { position: absolute; right: 46px; top: 40px; font-size: 11px; color: #55606b }
    .slogan { margin-top: 92px; font-size: 50px; font-weight: bold; color: #049fd9 }
    .kind { margin-top: 18px; font-size: 14px; letter-spacing: 5px; text-transform: uppercase;
            color: #55606b }
    .lead { margin-top: 28px; font-size: 15px }
    .name { font-size: 29px; margin-top: 10px; font-family: "DejaVu Serif", serif }
    .title { font-size: 22px; font-weight: bold; margin-top: 10px; line-height: 1.4 }
    .facts { position: absolute; left: 90px; right: 90px; bottom: 78px; display: flex;
             justify-content: space-between; font-size: 13px }
    .facts span { display: block; font-size: 9.5px; letter-spacing: 1.5px;
                  text-transform: uppercase; color: #6a7681; margin-bottom: 3px }
    .foot { position: absolute; left: 0; right: 0; bottom: 34px; font-size: 10px; color: #6a7681 }
    """
    logo = _svg_text("cisco U.", 26, font="sans-bold", fill="#049fd9")
    body = f"""<section class="page">
    <div class="logo">{logo}</div>
    <div class="cid">Certificate ID: CU-7Q4M-X2KD-93LF</div>
    <div class="slogan">Keep learning!</div>
    <div class="kind">Certificate of Completion</div>
    <div class="lead">This certifies that</div>
    <div class="name">Aleksandra Nováková-Brennan</div>
    <div class="lead">has successfully completed the Cisco U. course</div>
    <div class="title">Implementing and Administering Cisco Solutions<br>(CCNA) v2.1</div>
    <div class="facts">
      <div><span>Completion date</span>Mar 3, 2024</div>
      <div><span>Continuing Education credits</span>30</div>
      <div><span>Cisco ID</span>CSCO10482736</div>
    </div>
    <div class="foot">Cisco U. · u.cisco.com · Cisco Continuing Education Program</div>
    </section>"""
    return _render(folder, "Cisco_U_Certificate_CCNA.pdf", body, css, stamp="20240303181502")


@_case(
    "h5-netacad-itn",
    "known",
    _x(
        "CCNA: Introduction to Networks",
        None,
        "2023-06-14",
        None,
        "Zuzanna Wójcik-Kołodziej",
        "Cisco Networking Academy",
    ),
    "Networking Academy course-completion wording (title inside the sentence '…for completing "
    "the CCNA: Introduction to Networks course…'); flex `order:` puts the footer and the skills "
    "list first in the source; values above small caption lines (Instructor/Academy/Date); "
    "Polish name and academy; no certificate code.",
)
def _b_netacad(folder: Path) -> Path:
    css = """
    body { font-family: "Open Sans", "DejaVu Sans", sans-serif; color: #222 }
    .page { display: flex; flex-direction: column; align-items: center; padding: 46px 90px;
            background: linear-gradient(#fff, #f3f7fb); border-top: 18px solid #1ba0d7 }
    .head { order: 1; font-size: 13px; letter-spacing: 2px; color: #1ba0d7 }
    .kind { order: 2; font-size: 30px; margin-top: 18px; font-family: "DejaVu Serif", serif }
    .name { order: 3; font-size: 34px; margin-top: 26px; font-weight: bold; color: #0b3b5c }
    .lead { order: 4; font-size: 14px; margin-top: 18px; text-align: center; line-height: 1.6;
            max-width: 720px }
    .skills { order: 5; font-size: 12px; margin-top: 8px; line-height: 1.55; width: 640px }
    .foot { order: 6; margin-top: auto; display: flex; gap: 60px; width: 100% }
    .foot div { flex: 1; text-align: center; font-size: 13px }
    .foot .cap { border-top: 1px solid #777; margin-top: 4px; padding-top: 3px; font-size: 10px;
                 color: #555 }
    """
    body = """<section class="page">
    <div class="foot">
      <div>Bartosz Lewandowski<div class="cap">Instructor</div></div>
      <div>Technikum Łączności nr 7 w Gdańsku<div class="cap">Academy</div></div>
      <div>14 Jun 2023<div class="cap">Date</div></div>
    </div>
    <ul class="skills">
      <li>Explain network technologies and how devices access local and remote resources.</li>
      <li>Configure switches and end devices to provide access to network resources.</li>
      <li>Calculate and apply an IPv4 and IPv6 subnetting scheme.</li>
      <li>Explain how Ethernet operates in a switched network.</li>
      <li>Use security best practices to configure a small network.</li>
    </ul>
    <div class="lead">has successfully achieved student level credential for completing the
      CCNA: Introduction to Networks course administered by the undersigned instructor.
      The student was able to proficiently:</div>
    <div class="name">Zuzanna Wójcik-Kołodziej</div>
    <div class="kind">Certificate of Course Completion</div>
    <div class="head">CISCO NETWORKING ACADEMY</div>
    </section>"""
    return _render(
        folder,
        "CCNA-_Introduction_to_Networks_certificate_zuzanna-wojcik.pdf",
        body,
        css,
        lang="pl",
        stamp="20230614201133",
    )


@_case(
    "h5-clp-encor-cover",
    "known",
    _x(
        "Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3",
        "2023-06-12",
        "2023-06-16",
        "NLN-23-06-4471",
        "Henrik Søndergaard",
        "Cisco Learning Partner",
        credits=(64, "CE"),
    ),
    "Two pages: a cover letter recommending ANOTHER course (ENSDWI, 4–8 September 2023, 40 CE "
    "credits, booking code) before the certificate; certificate is a 4-column label/value table "
    "with exam 350-401, CCSI instructor number and order number as decoys; range '12–16 June "
    "2023'.",
)
def _b_clp(folder: Path) -> Path:
    css = """
    body { font-family: "Source Sans Pro", "DejaVu Sans", sans-serif; color: #1a1a1a }
    .letter { padding: 70px 80px; font-size: 13.5px; line-height: 1.6 }
    .lh { font-size: 20px; font-weight: bold; color: #173f5f }
    .lh small { display: block; font-size: 11px; font-weight: normal; color: #5a6b7a }
    .right { text-align: right; margin: 30px 0 }
    .cert { padding: 60px 56px }
    .band { display: flex; justify-content: space-between; align-items: center;
            border-bottom: 3px solid #173f5f; padding-bottom: 12px }
    .band .clp { font-size: 11px; letter-spacing: 2px; text-transform: uppercase; color: #049fd9;
                 border: 1px solid #049fd9; padding: 4px 8px }
    h1 { font-size: 34px; text-align: center; margin: 60px 0 8px; font-weight: normal;
         font-family: "DejaVu Serif", serif }
    .sub { text-align: center; font-size: 14px; color: #444; margin-bottom: 40px }
    table { width: 100%; border-collapse: collapse; font-size: 13px }
    th { text-align: left; font-weight: normal; color: #5a6b7a; width: 17%; padding: 9px 6px;
         border-bottom: 1px solid #d6dde3; vertical-align: top }
    td { padding: 9px 6px; border-bottom: 1px solid #d6dde3; vertical-align: top; width: 33% }
    td.course { font-weight: bold; font-size: 15px }
    .sig { margin-top: 80px; display: flex; justify-content: space-between; font-size: 12px }
    .sig div { width: 40%; border-top: 1px solid #333; padding-top: 4px }
    """
    body = """<section class="page letter">
    <div class="lh">Nordlicht Networks Academy GmbH
      <small>Cisco Learning Partner · Überseeallee 12 · 20457 Hamburg</small></div>
    <div class="right">Hamburg, 19 June 2023</div>
    <p>Dear Mr. Søndergaard,</p>
    <p>thank you for attending our instructor-led training last week. Please find your
    certificate of attendance on the following page.</p>
    <p>Based on your feedback we would like to recommend our follow-up course
    “Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0”, which runs from 4–8 September 2023
    in Hamburg and is recommended for 40 CE credits. Use the early-bird booking code
    EB-ENSDWI-0923 before 31 July 2023 to receive a 10% discount.</p>
    <p>Kind regards,<br><br>Carola Brinkmann<br>Training Coordinator</p>
    </section>
    <section class="page cert">
    <div class="band"><b style="font-size:18px;color:#173f5f">Nordlicht Networks Academy</b>
      <span class="clp">Cisco Learning Partner</span></div>
    <h1>Certificate of Attendance</h1>
    <div class="sub">Instructor-led training delivered by an authorised Cisco Learning Partner</div>
    <table>
    <tr><th>Participant</th><td>Henrik Søndergaard</td>
        <th>Certificate No.</th><td>NLN-23-06-4471</td></tr>
    <tr><th>Course</th><td class="course" colspan="3">Implementing Cisco Enterprise Network Core
        Technologies (ENCOR) v1.3</td></tr>
    <tr><th>Course dates</th><td>12–16 June 2023</td><th>Location</th><td>Hamburg, Germany</td></tr>
    <tr><th>Related exam</th><td>350-401 ENCOR</td>
        <th>Instructor</th><td>Matthias Oberländer<br>CCSI #34821</td></tr>
    <tr><th>Cisco CE credits</th><td>64</td><th>Order no.</th><td>SO-2023-118307</td></tr>
    </table>
    <div class="sig"><div>Matthias Oberländer, Instructor</div>
      <div>Carola Brinkmann, Training Coordinator</div></div>
    </section>"""
    return _render(
        folder,
        "Teilnahmebestaetigung_ENCOR_Soendergaard.pdf",
        body,
        css,
        size=("210mm", "297mm"),
        stamp="20230619093012",
    )


@_case(
    "h5-ciscolive-ams",
    "known",
    _x(
        "Cisco Live Amsterdam 2025",
        "2025-02-09",
        "2025-02-14",
        None,
        "Maximilian Oyelaran-Fischer",
        "Cisco Live",
        credits=(28, "CE"),
    ),
    "Dark event certificate; 'Congratulations!' in a huge font with text-shadow (Chromium "
    "draws every glyph twice); range 'February 9 – 14, 2025'; attendee ID and registration "
    "confirmation as decoys, no certificate code; CE credits in a sentence.",
)
def _b_ciscolive(folder: Path) -> Path:
    css = """
    body { font-family: "Inter", "DejaVu Sans", sans-serif; color: #fff }
    .page { background: radial-gradient(circle at 80% 20%, #1e4f8a, #07182e 70%);
            text-align: center; padding-top: 64px }
    .brand { font-size: 16px; letter-spacing: 6px; text-transform: uppercase; color: #7fd3f7 }
    .congrats { font-size: 64px; font-weight: bold; margin-top: 30px;
                text-shadow: 2px 3px 0 #0a77c4 }
    .kind { font-size: 15px; letter-spacing: 3px; text-transform: uppercase; margin-top: 18px;
            color: #b9d7ee }
    .lead { font-size: 15px; margin-top: 26px; color: #dbe8f3 }
    .name { font-size: 32px; margin-top: 8px }
    .event { font-size: 24px; margin-top: 8px; font-weight: bold; color: #7fd3f7 }
    .when { font-size: 15px; margin-top: 8px }
    .ce { font-size: 14px; margin-top: 34px; color: #dbe8f3 }
    .ids { position: absolute; bottom: 36px; left: 0; right: 0; font-size: 10px; color: #8fa9c0 }
    """
    body = """<section class="page">
    <div class="brand">Cisco Live · EMEA</div>
    <div class="congrats">Congratulations!</div>
    <div class="kind">Certificate of Attendance</div>
    <div class="lead">This certifies that</div>
    <div class="name">Maximilian Oyelaran-Fischer</div>
    <div class="lead">attended</div>
    <div class="event">Cisco Live Amsterdam 2025</div>
    <div class="when">February 9 – 14, 2025 · RAI Amsterdam</div>
    <div class="ce">You earned 28 Continuing Education credits toward Cisco certification
      recertification.</div>
    <div class="ids">Attendee ID: 8827341 · Registration confirmation: CLEUR25-XK29MQ</div>
    </section>"""
    return _render(
        folder, "CiscoLive_Certificate_of_Attendance.pdf", body, css, stamp="20250217110245"
    )


_UDEMY_ID = "UC-3f9a2c61-8b7e-4d2a-9c15-6e0b4f7a8d21"


@_case(
    "h5-udemy-linuxnet",
    "known",
    _x(
        "Mastering Linux Networking: iptables, nftables, WireGuard & Packet Analysis",
        None,
        "2024-11-12",
        _UDEMY_ID,
        "Chioma Okonkwo-Adeyemi",
        "Udemy",
        credits=(22.5, "hours"),
    ),
    "Udemy layout: logo as SVG paths, 'Certificate no:' / 'Certificate url:' / 'Reference "
    "Number' top right, the long title wraps onto two lines by width, learner name at the "
    "bottom, 'Date Nov. 12, 2024' and 'Length 22.5 total hours' with labels generated by "
    "::before.",
)
def _b_udemy(folder: Path) -> Path:
    css = """
    body { font-family: "Udemy Sans", "SF Pro Text", "DejaVu Sans", sans-serif; color: #1c1d1f }
    .page { padding: 56px 64px }
    .top { display: flex; justify-content: space-between; align-items: flex-start }
    .meta { text-align: right; font-size: 11px; line-height: 1.6; color: #444 }
    .kind { margin-top: 130px; font-size: 13px; letter-spacing: 1.5px; color: #6a6f73;
            text-transform: uppercase }
    .title { margin-top: 14px; font-size: 38px; font-weight: bold; line-height: 1.25;
             width: 820px; font-family: "DejaVu Serif", serif }
    .inst { margin-top: 16px; font-size: 14px }
    .inst b { font-weight: bold }
    .name { position: absolute; left: 64px; bottom: 120px; font-size: 34px; font-weight: bold;
            font-family: "DejaVu Serif", serif }
    .facts { position: absolute; left: 64px; bottom: 66px; font-size: 13px; line-height: 1.6 }
    .date::before { content: "Date "; font-weight: bold }
    .len::before { content: "Length "; font-weight: bold }
    """
    logo = _svg_text("udemy", 34, font="sans-bold", fill="#a435f0")
    body = f"""<section class="page">
    <div class="top"><div>{logo}</div>
      <div class="meta">Certificate no: {_UDEMY_ID}<br>
      Certificate url: ude.my/{_UDEMY_ID}<br>Reference Number: 0004</div></div>
    <div class="kind">Certificate of completion</div>
    <div class="title">Mastering Linux Networking: iptables, nftables, WireGuard &amp; Packet
      Analysis</div>
    <div class="inst"><b>Instructors</b> Rafael Quintanilla, Devika Raman</div>
    <div class="name">Chioma Okonkwo-Adeyemi</div>
    <div class="facts"><div class="date">Nov. 12, 2024</div>
      <div class="len">22.5 total hours</div></div>
    </section>"""
    return _render(folder, f"Udemy-{_UDEMY_ID}.pdf", body, css, stamp="20241112194407")


@_case(
    "h5-coursera-ribbon",
    "known",
    _x(
        "Cloud Networking Foundations: VPCs, Load Balancing and Hybrid Connectivity",
        None,
        "2024-03-03",
        "7XKQ2MZP9R4T",
        "Nguyễn Thị Minh Châu",
        "Coursera",
    ),
    "Coursera course certificate: everything absolutely positioned and the source order is "
    "ribbon, verify footer, signature, then date, name, title; right-hand 'COURSE "
    "CERTIFICATE' ribbon; code only inside 'Verify at: https://coursera.org/verify/…'; "
    "Vietnamese name; two-line title.",
)
def _b_coursera(folder: Path) -> Path:
    css = """
    body { font-family: "Source Sans Pro", "DejaVu Sans", sans-serif; color: #1f1f1f }
    .page > div { position: absolute }
    .ribbon { right: 60px; top: 0; width: 190px; height: 560px; background: #e8eef7;
              text-align: center; padding-top: 60px; font-size: 15px; letter-spacing: 3px;
              color: #2a73cc; line-height: 1.5 }
    .ribbon svg { margin-top: 40px }
    .date { left: 70px; top: 120px; font-size: 15px }
    .name { left: 70px; top: 190px; font-size: 38px; font-weight: bold; width: 620px }
    .lead { left: 70px; top: 250px; font-size: 15px }
    .course { left: 70px; top: 282px; font-size: 28px; font-weight: bold; width: 640px;
              line-height: 1.25 }
    .auth { left: 70px; top: 420px; width: 600px; font-size: 13px; line-height: 1.5 }
    .sig { left: 70px; top: 500px; font-size: 12px }
    .sig .s { font-family: "Z003", cursive; font-size: 30px }
    .verify { left: 70px; bottom: 44px; width: 880px; font-size: 10.5px; color: #555 }
    .brand { left: 70px; top: 48px }
    """
    seal = (
        '<svg width="110" height="110" viewBox="0 0 110 110"><circle cx="55" cy="55" r="50" '
        'fill="none" stroke="#2a73cc" stroke-width="4"/><circle cx="55" cy="55" r="38" '
        'fill="#2a73cc" opacity=".2"/></svg>'
    )
    logo = _svg_text("coursera", 30, font="sans-bold", fill="#0056d2")
    body = f"""<section class="page">
    <div class="ribbon">COURSE<br>CERTIFICATE<br>{seal}</div>
    <div class="verify">Verify at: https://coursera.org/verify/7XKQ2MZP9R4T<br>Coursera has
      confirmed the identity of this individual and their participation in the course.</div>
    <div class="sig"><div class="s">Ilse Vandermeer</div>Dr. Ilse Vandermeer<br>
      Associate Professor, Department of Computer Science</div>
    <div class="auth">an online non-credit course authorized by Westbrook Institute of
      Technology and offered through Coursera</div>
    <div class="brand">{logo}</div>
    <div class="date">Mar 3, 2024</div>
    <div class="course">Cloud Networking Foundations: VPCs, Load Balancing and Hybrid
      Connectivity</div>
    <div class="lead">has successfully completed</div>
    <div class="name">Nguyễn Thị Minh Châu</div>
    </section>"""
    return _render(
        folder, "Coursera 7XKQ2MZP9R4T.pdf", body, css, lang="en", stamp="20240303223950"
    )


@_case(
    "h5-linkedin-firepower",
    "known",
    _x(
        "Learning Cisco Firepower: Threat Defense Fundamentals",
        None,
        "2024-03-03",
        "AY8kLq2nR7vTw3XzE5mB0cPd9HsU",
        "Émilie Dubois-Laurent",
        "LinkedIn Learning",
        credits=(1.5, "CPE"),
    ),
    "LinkedIn Learning: 'Congratulations, <name>' larger than the course; 'Cisco' inside the "
    "title (issuer decoy); 'Course completed on Mar 03, 2024 at 09:41AM UTC' plus a duration; "
    "NASBA box with a sponsor ID decoy and 'Recommended CPE credits: 1.5'; left side panel.",
)
def _b_linkedin(folder: Path) -> Path:
    css = """
    body { font-family: "Segoe UI", "DejaVu Sans", sans-serif; color: #1d2226 }
    .page { display: grid; grid-template-columns: 230px 1fr }
    .side { background: #0a66c2; color: #fff; padding: 50px 28px; font-size: 13px }
    .side .b { font-size: 22px; font-weight: bold; margin-top: 8px }
    .main { padding: 64px 60px 40px; position: relative }
    .kind { font-size: 14px; letter-spacing: 2px; text-transform: uppercase; color: #56687a }
    .hello { font-size: 31px; margin-top: 26px; font-weight: bold; white-space: nowrap }
    .course { font-size: 23px; margin-top: 22px; line-height: 1.3 }
    .done { font-size: 13px; margin-top: 14px; color: #38434f; line-height: 1.6 }
    .blurb { font-size: 12.5px; margin-top: 26px; width: 560px; color: #38434f; line-height: 1.5 }
    .sig { margin-top: 30px; font-size: 11.5px }
    .sig .s { font-family: "Z003", cursive; font-size: 24px }
    .nasba { position: absolute; right: 40px; bottom: 70px; width: 280px; border: 1px solid #c7d1db;
             padding: 10px 12px; font-size: 10.5px; line-height: 1.55; color: #38434f }
    .addr { position: absolute; left: 60px; bottom: 34px; font-size: 10px; color: #56687a }
    .cid { position: absolute; right: 40px; bottom: 34px; font-size: 10px; color: #56687a }
    """
    body = """<section class="page">
    <div class="side">LinkedIn<div class="b">Learning</div></div>
    <div class="main">
      <div class="kind">Certificate of Completion</div>
      <div class="hello">Congratulations, Émilie Dubois-Laurent</div>
      <div class="course">Learning Cisco Firepower: Threat Defense Fundamentals</div>
      <div class="done">Course completed on Mar 03, 2024 at 09:41AM UTC<br>1 hour 23 minutes</div>
      <div class="blurb">By continuing to learn, you have expanded your perspective, sharpened
        your skills, and made yourself even more in demand.</div>
      <div class="sig"><div class="s">Noor Castellanos</div>Head of Content Strategy, Learning</div>
      <div class="nasba">LinkedIn Learning is registered with the National Association of State
        Boards of Accountancy (NASBA) as a sponsor of continuing professional education.<br>
        NASBA Sponsor ID: 103998 · Field of study: Information Technology<br>
        Delivery method: QAS Self Study · Recommended CPE credits: 1.5</div>
      <div class="addr">LinkedIn Learning · 1000 W Maude Ave · Sunnyvale, CA 94085</div>
      <div class="cid">Certificate ID: AY8kLq2nR7vTw3XzE5mB0cPd9HsU</div>
    </div>
    </section>"""
    return _render(
        folder,
        "CertificateOfCompletion_Learning Cisco Firepower Threat Defense Fundamentals.pdf",
        body,
        css,
        stamp="20240303094410",
    )


@_case(
    "h5-pluralsight-print",
    "known",
    _x(
        "Network Automation with Python and Netmiko",
        None,
        "2024-11-08",
        None,
        "Kwame Asante-Boateng",
        "Pluralsight",
    ),
    "Browser 'Print to PDF' of the Pluralsight certificate web page: printed header date "
    "'11/18/24, 8:02 AM' and URL footer are decoys; site navigation text; a screen-reader-only "
    "skip link (clipped, so Chromium leaves it out); ISO completion date '2024-11-08'; no "
    "credits, no code.",
)
def _b_pluralsight(folder: Path) -> Path:
    css = """
    body { font-family: "PS TT Commons", "Gotham SSm", "DejaVu Sans", sans-serif; color: #130f25;
           background: #fff }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }
    nav { display: flex; gap: 26px; align-items: center; font-size: 13px; padding: 14px 20px;
          background: #130f25; color: #fff }
    nav .logo { font-weight: bold; font-size: 17px; margin-right: 30px }
    .crumb { font-size: 12px; color: #5e5c6b; margin: 18px 20px }
    .card { margin: 10px 40px; border: 1px solid #d8d6e0; border-radius: 8px; padding: 46px 50px;
            text-align: center }
    .kind { font-size: 12px; letter-spacing: 3px; text-transform: uppercase; color: #e80a89 }
    .name { font-size: 30px; font-weight: bold; margin-top: 24px }
    .lead { font-size: 14px; margin-top: 12px; color: #5e5c6b }
    .course { font-size: 24px; margin-top: 12px; font-weight: bold }
    .author { font-size: 13px; margin-top: 10px }
    dl { display: grid; grid-template-columns: auto auto; justify-content: center; gap: 6px 18px;
         font-size: 13px; margin-top: 30px }
    dt { color: #5e5c6b; text-align: right } dd { margin: 0; text-align: left }
    .btns { margin-top: 30px; display: flex; gap: 14px; justify-content: center; font-size: 13px }
    .btns span { border: 1px solid #130f25; border-radius: 4px; padding: 7px 16px }
    """
    body = """<a class="sr" href="#main">Skip to main content</a>
    <nav><span class="logo">Pluralsight</span><span>Skills</span><span>Browse</span>
      <span>Search</span><span>Channels</span><span style="margin-left:auto">KA</span></nav>
    <div class="crumb">Home › Profile › Achievements › Certificate</div>
    <main id="main" class="card">
      <div class="kind">Certificate of Completion</div>
      <div class="name">Kwame Asante-Boateng</div>
      <div class="lead">has successfully completed</div>
      <div class="course">Network Automation with Python and Netmiko</div>
      <div class="author">by Teodora Vasilescu</div>
      <dl><dt>Completed</dt><dd>2024-11-08</dd><dt>Skill level</dt><dd>Intermediate</dd>
        <dt>Learning path</dt><dd>Network Automation</dd></dl>
      <div class="btns"><span>Download certificate</span><span>Share on LinkedIn</span></div>
    </main>"""
    return _render(
        folder,
        "Certificate _ Pluralsight.pdf",
        body,
        css,
        size=("8.5in", "11in"),
        margin="0.42in",
        fixed=False,
        title="Certificate | Pluralsight",
        header=_browser_line("11/18/24, 8:02 AM", "Certificate | Pluralsight"),
        footer=_browser_line(
            "https://app.pluralsight.com/achievements/certificate/network-automation-netmiko",
            "",
            "1/1",
        ),
        stamp="20241118080231",
    )


_INE_ID = "6b1f9e2a-47c3-4d58-a0e9-3f2c8b7d1e46"


@_case(
    "h5-ine-path",
    "known",
    _x(
        "Network Security Fundamentals: Firewalls, VPNs & IDS/IPS (Part 2)",
        "2025-05-21",
        "2025-06-18",
        _INE_ID,
        "Rahel Tesfaye",
        "INE",
        credits=(32, "CPE"),
    ),
    "INE learning-path certificate laid out with CSS grid-template-areas whose source order "
    "(meta, title, name, logo) differs from the visual one; range '21 May - 18 Jun 2025'; UUID "
    "credential ID repeated inside a verify URL; instructor ID decoy; CPE credits.",
)
def _b_ine(folder: Path) -> Path:
    css = """
    body { font-family: "Poppins", "DejaVu Sans", sans-serif; color: #0f172a }
    .page { display: grid; padding: 56px 64px; gap: 10px 40px;
            grid-template-columns: 1fr 300px; grid-template-rows: 70px 40px 70px 1fr auto;
            grid-template-areas: "logo logo" "kind kind" "name name" "title meta" "foot foot";
            border-left: 22px solid #ff6b00 }
    .logo { grid-area: logo } .kind { grid-area: kind; font-size: 15px; letter-spacing: 4px;
            text-transform: uppercase; color: #64748b }
    .name { grid-area: name; font-size: 36px; font-weight: bold }
    .name small { display: block; font-size: 12px; font-weight: normal; color: #64748b }
    .title { grid-area: title; font-size: 25px; line-height: 1.35 }
    .title small { display: block; font-size: 12px; color: #64748b; margin-bottom: 6px }
    .meta { grid-area: meta; font-size: 12.5px; line-height: 1.5; border-left: 1px solid #cbd5e1;
            padding-left: 18px }
    .meta div { margin-bottom: 10px } .meta span { display: block; color: #64748b; font-size: 10px;
            text-transform: uppercase; letter-spacing: 1px }
    .foot { grid-area: foot; font-size: 10.5px; color: #64748b }
    """
    logo = _svg_text("INE", 44, font="sans-bold", fill="#ff6b00")
    body = f"""<section class="page">
    <div class="meta">
      <div><span>Dates</span>21 May - 18 Jun 2025</div>
      <div><span>CPE credits</span>32</div>
      <div><span>Instructor ID</span>INS-00417</div>
      <div><span>Credential ID</span>{_INE_ID}</div>
    </div>
    <div class="title"><small>for completing the Learning Path</small>Network Security
      Fundamentals: Firewalls, VPNs &amp; IDS/IPS (Part 2)</div>
    <div class="foot">Verify at https://certificates.ine.com/verify/{_INE_ID}</div>
    <div class="name"><small>Awarded to</small>Rahel Tesfaye</div>
    <div class="kind">Certificate of Achievement</div>
    <div class="logo">{logo}</div>
    </section>"""
    return _render(folder, f"INE_Certificate_{_INE_ID[:8]}.pdf", body, css, stamp="20250618170540")


@_case(
    "h5-cbt-netplus",
    "known",
    _x(
        "CompTIA Network+ (N10-009)",
        None,
        "2024-03-04",
        "58KX-22PQ-91TM",
        "Darnell Whitfield-Ocampo",
        "CBT Nuggets",
        credits=(24, "hours"),
    ),
    "CBT Nuggets: 'Completed on 03/04/2024' is month-first, settled only by the footer "
    "'Printed 03/26/2024' (a decoy date itself); exam number inside the title; 'Training "
    "hours: 24'.",
)
def _b_cbt(folder: Path) -> Path:
    css = """
    body { font-family: "Roboto", "DejaVu Sans", sans-serif; color: #232f3e }
    .page { padding: 50px 70px; background: #fbfbf8; border: 2px solid #e3dfd3 }
    .inner { border: 1px solid #f0a500; height: 100%; padding: 46px 60px; text-align: center }
    .logo { font-size: 26px; font-weight: bold; color: #f0a500 }
    h1 { font-size: 34px; font-weight: normal; margin: 26px 0 0;
         font-family: "DejaVu Serif", serif }
    .lead { font-size: 14px; margin-top: 26px }
    .name { font-size: 30px; margin-top: 10px; font-weight: bold }
    .course { font-size: 25px; margin-top: 10px; color: #0b6e99 }
    .row { display: flex; justify-content: center; gap: 70px; margin-top: 44px; font-size: 13px }
    .row b { display: block; font-size: 10px; text-transform: uppercase; color: #6b7785;
             letter-spacing: 1px }
    .printed { position: absolute; right: 80px; bottom: 62px; font-size: 9px; color: #8a94a0 }
    """
    body = """<section class="page"><div class="inner">
    <div class="logo">CBT Nuggets</div>
    <h1>Certificate of Completion</h1>
    <div class="lead">This certifies that</div>
    <div class="name">Darnell Whitfield-Ocampo</div>
    <div class="lead">has completed the CBT Nuggets training course</div>
    <div class="course">CompTIA Network+ (N10-009)</div>
    <div class="row">
      <div><b>Completed on</b>03/04/2024</div>
      <div><b>Training hours</b>24</div>
      <div><b>Certificate ID</b>58KX-22PQ-91TM</div>
    </div>
    <div class="row"><div><b>Trainer</b>Keith Barlowe</div></div>
    </div>
    <div class="printed">Printed 03/26/2024 from cbtnuggets.com/account/certificates</div>
    </section>"""
    return _render(folder, "certificate.pdf", body, css, stamp="20240326150322")


@_case(
    "h5-skillsoft-de",
    "known",
    _x(
        "Netzwerkgrundlagen: Routing-Protokolle und Konvergenz",
        None,
        "2024-03-03",
        "SKS-DE-5581-2044",
        "Jürgen Weißmüller",
        "Skillsoft",
        credits=(1.5, "CPE"),
    ),
    "German Skillsoft Percipio certificate: 'am 3. März 2024 erfolgreich abgeschlossen'; "
    "course number decoy; 'CPE-Punkte: 1,5' with a decimal comma; 'Zertifikat-Nr.' label.",
)
def _b_skillsoft(folder: Path) -> Path:
    css = """
    body { font-family: "Lato", "DejaVu Sans", sans-serif; color: #1b1b1b }
    .page { padding: 60px 80px; text-align: center;
            background: linear-gradient(90deg, #0a2240 0 16px, #fff 16px) }
    .logo { font-size: 24px; font-weight: bold; color: #0a2240; text-align: left }
    .logo small { font-weight: normal; color: #777; font-size: 13px; margin-left: 10px }
    h1 { font-size: 30px; letter-spacing: 6px; margin: 60px 0 0; font-weight: normal }
    .lead { font-size: 15px; margin-top: 26px }
    .name { font-size: 32px; margin-top: 10px; font-family: "DejaVu Serif", serif }
    .course { font-size: 24px; margin-top: 10px; font-weight: bold; color: #0a2240 }
    table { margin: 46px auto 0; font-size: 12.5px; border-collapse: collapse; text-align: left }
    td { padding: 4px 14px } td:first-child { color: #666 }
    """
    body = """<section class="page">
    <div class="logo">skillsoft<small>Percipio</small></div>
    <h1>ABSCHLUSSZERTIFIKAT</h1>
    <div class="lead">Hiermit wird bestätigt, dass</div>
    <div class="name">Jürgen Weißmüller</div>
    <div class="lead">den Kurs</div>
    <div class="course">Netzwerkgrundlagen: Routing-Protokolle und Konvergenz</div>
    <div class="lead">am 3. März 2024 erfolgreich abgeschlossen hat.</div>
    <table>
      <tr><td>Kursnummer</td><td>it_nenwfdj_03_dede</td><td>CPE-Punkte</td><td>1,5</td></tr>
      <tr><td>Fachgebiet</td><td>Informationstechnologie</td>
          <td>Zertifikat-Nr.</td><td>SKS-DE-5581-2044</td></tr>
    </table>
    </section>"""
    return _render(
        folder, "Skillsoft_Abschlusszertifikat.pdf", body, css, lang="de", stamp="20240303120933"
    )


# --------------------------------------------------------------------------------------------
# Real kinds of issuers outside ISSUERS ("foreign")
# --------------------------------------------------------------------------------------------


@_case(
    "h5-aws-saa",
    "foreign",
    _x(
        "AWS Certified Solutions Architect – Associate",
        None,
        "2024-10-12",
        "9XQ2TCB1K2EE1Y3K",
        "Siddharth Venkataraman",
        None,
    ),
    "AWS certification certificate, old style: every value sits above a small caption line "
    "(Issue Date / Expiration Date / Validation Number); expiration date decoy; 'Validate at' "
    "URL without the code; logo as SVG paths.",
)
def _b_aws(folder: Path) -> Path:
    css = """
    body { font-family: "Amazon Ember", "Helvetica Neue", "DejaVu Sans", sans-serif;
           color: #232f3e }
    .page { padding: 70px 90px; border: 10px solid #232f3e; text-align: center }
    .name { font-size: 34px; margin-top: 70px; font-family: "DejaVu Serif", serif }
    .lead { font-size: 14px; margin-top: 20px; line-height: 1.5 }
    .cert { font-size: 26px; font-weight: bold; margin-top: 14px }
    .row { position: absolute; left: 90px; right: 90px; bottom: 110px; display: flex;
           justify-content: space-between }
    .row div { width: 28%; font-size: 15px }
    .row .cap { border-top: 1px solid #232f3e; margin-top: 4px; padding-top: 3px; font-size: 10px;
                color: #555; letter-spacing: 1px; text-transform: uppercase }
    .val { position: absolute; left: 0; right: 0; bottom: 52px; font-size: 10px; color: #555 }
    """
    logo = _svg_text("aws certified", 30, font="sans-bold", fill="#ff9900")
    body = f"""<section class="page">
    <div>{logo}</div>
    <div class="name">Siddharth Venkataraman</div>
    <div class="lead">has successfully completed the AWS Certification requirements and is
      recognized as an</div>
    <div class="cert">AWS Certified Solutions Architect – Associate</div>
    <div class="row">
      <div>Oct 12, 2024<div class="cap">Issue Date</div></div>
      <div>Oct 12, 2027<div class="cap">Expiration Date</div></div>
      <div>9XQ2TCB1K2EE1Y3K<div class="cap">Validation Number</div></div>
    </div>
    <div class="val">Validate at: http://aws.amazon.com/verification</div>
    </section>"""
    return _render(
        folder,
        "AWS Certified Solutions Architect - Associate certificate.pdf",
        body,
        css,
        stamp="20241013072209",
    )


@_case(
    "h5-ms-azure-twocodes",
    "foreign",
    _x(
        "Microsoft Certified: Azure Network Engineer Associate",
        None,
        "2024-07-03",
        "F2A7C9-41B6D3",
        "Mateusz Przybylski",
        None,
        review=True,
    ),
    "Microsoft certification placed with grid-template-areas (source order: codes and expiry "
    "first); TWO different codes under equally strong labels ('Certification number' and "
    "'Credential ID') -> needs review; 'Valid until' decoy; exam AZ-700 decoy. Expected code "
    "is the certification number.",
)
def _b_ms(folder: Path) -> Path:
    css = """
    body { font-family: "Segoe UI", "Selawik", "DejaVu Sans", sans-serif; color: #171717 }
    .page { display: grid; padding: 60px 80px; gap: 18px 60px;
            grid-template-columns: 1fr 1fr; grid-template-rows: 50px 70px 60px 90px auto;
            grid-template-areas: "logo logo" "title title" "name name" "d1 d2" "c1 c2";
            background: linear-gradient(#fff 85%, #f2f2f2) }
    .logo { grid-area: logo; display: flex; gap: 10px; align-items: center; font-size: 20px;
            color: #5e5e5e }
    .sq { width: 22px; height: 22px;
          background: conic-gradient(#f25022 0 25%, #7fba00 0 50%, #00a4ef 0 75%, #ffb900 0) }
    .title { grid-area: title; font-size: 28px; font-weight: 600 }
    .name { grid-area: name; font-size: 30px; color: #0067b8 }
    .d1 { grid-area: d1 } .d2 { grid-area: d2 } .c1 { grid-area: c1 } .c2 { grid-area: c2 }
    .f span { display: block; font-size: 11px; color: #5e5e5e; text-transform: uppercase;
              letter-spacing: 1px; margin-bottom: 4px }
    .f { font-size: 16px }
    .exam { position: absolute; left: 80px; bottom: 40px; font-size: 10.5px; color: #5e5e5e }
    """
    body = """<section class="page">
    <div class="f c2"><span>Credential ID</span>8B1D47E2C9A03F56</div>
    <div class="f d2"><span>Valid until</span>July 3, 2025</div>
    <div class="f c1"><span>Certification number</span>F2A7C9-41B6D3</div>
    <div class="f d1"><span>Date of achievement</span>July 3, 2024</div>
    <div class="name">Mateusz Przybylski</div>
    <div class="title">Microsoft Certified: Azure Network Engineer Associate</div>
    <div class="logo"><div class="sq"></div>Microsoft</div>
    <div class="exam">Earned by passing Exam AZ-700: Designing and Implementing Microsoft Azure
      Networking Solutions · learn.microsoft.com/users/mprzybylski/credentials</div>
    </section>"""
    return _render(
        folder,
        "Microsoft_Certified_Azure_Network_Engineer_Associate.pdf",
        body,
        css,
        stamp="20240704090000",
    )


@_case(
    "h5-fortinet-nse4",
    "foreign",
    _x(
        "NSE 4 Network Security Professional",
        None,
        "2024-09-30",
        "NS4VX7Q2LM",
        "Yuki Tanabe-Morris",
        None,
    ),
    "Fortinet NSE certificate with dotted European dates (30.09.2024 achieved, 30.09.2026 "
    "expiry decoy); Candidate ID decoy next to the 'Certification validation number'; product "
    "line 'FortiOS 7.4' under the title.",
)
def _b_fortinet(folder: Path) -> Path:
    css = """
    body { font-family: "Arial", "Liberation Sans", "DejaVu Sans", sans-serif; color: #1b1b1b }
    .page { padding: 0; background: #fff }
    .bar { height: 90px; background: #da291c; padding: 28px 60px }
    .main { padding: 46px 60px }
    .lead { font-size: 15px; color: #555 }
    .name { font-size: 34px; font-weight: bold; margin: 10px 0 24px }
    .title { font-size: 28px; color: #da291c; font-weight: bold }
    .prod { font-size: 15px; margin-top: 6px }
    table { margin-top: 46px; font-size: 13.5px; border-collapse: collapse }
    td { padding: 6px 20px 6px 0 } td:first-child { color: #666; width: 260px }
    .verify { position: absolute; left: 60px; bottom: 36px; font-size: 10.5px; color: #666 }
    """
    logo = _svg_text("FORTINET", 30, font="sans-bold", fill="#ffffff", spacing=3)
    body = f"""<section class="page">
    <div class="bar">{logo}</div>
    <div class="main">
      <div class="lead">This is to certify that</div>
      <div class="name">Yuki Tanabe-Morris</div>
      <div class="lead">has achieved the certification</div>
      <div class="title">NSE 4 Network Security Professional</div>
      <div class="prod">FortiOS 7.4</div>
      <table>
        <tr><td>Date of achievement</td><td>30.09.2024</td></tr>
        <tr><td>Expiry date</td><td>30.09.2026</td></tr>
        <tr><td>Candidate ID</td><td>FTNT0047712</td></tr>
        <tr><td>Certification validation number</td><td>NS4VX7Q2LM</td></tr>
      </table>
    </div>
    <div class="verify">Verify this certification at https://training.fortinet.com/verify</div>
    </section>"""
    return _render(folder, "NSE4_Certificate.pdf", body, css, stamp="20241001081500")


@_case(
    "h5-redhat-rh134",
    "foreign",
    _x(
        "Red Hat System Administration II (RH134)",
        "2023-06-12",
        "2023-06-16",
        "RHA-230616-0192",
        "Paulina Ferreira da Silva",
        None,
        credits=(40, "hours"),
    ),
    "Red Hat training attendance delivered by a partner; 'Class dates: June 12 - June 16, "
    "2023'; student ID decoy; 'Duration: 40 hours'; labels generated by ::before content.",
)
def _b_redhat(folder: Path) -> Path:
    css = """
    body { font-family: "Red Hat Display", "Overpass", "DejaVu Sans", sans-serif; color: #151515 }
    .page { padding: 56px 70px; border-top: 26px solid #ee0000 }
    .brand { font-size: 22px; font-weight: bold }
    h1 { font-size: 34px; font-weight: 300; margin: 60px 0 10px }
    .name { font-size: 30px; font-weight: bold; margin: 22px 0 }
    .course { font-size: 24px; color: #a30000 }
    ul { list-style: none; padding: 0; margin-top: 36px; font-size: 14px; line-height: 1.9 }
    .dates::before { content: "Class dates: "; color: #6a6e73 }
    .dur::before { content: "Duration: "; color: #6a6e73 }
    .by::before { content: "Delivered by: "; color: #6a6e73 }
    .sid::before { content: "Student ID: "; color: #6a6e73 }
    .no::before { content: "Certificate number: "; color: #6a6e73 }
    """
    body = """<section class="page">
    <div class="brand">Red Hat Training</div>
    <h1>Certificate of Attendance</h1>
    <div>This is to confirm that</div>
    <div class="name">Paulina Ferreira da Silva</div>
    <div>has attended the course</div>
    <div class="course">Red Hat System Administration II (RH134)</div>
    <ul>
      <li class="dates">June 12 - June 16, 2023</li>
      <li class="dur">40 hours</li>
      <li class="by">Lusitânia IT Training, Lda. (Red Hat Training Partner), Lisboa</li>
      <li class="sid">4471823</li>
      <li class="no">RHA-230616-0192</li>
    </ul>
    </section>"""
    return _render(
        folder, "RH134_certificate_of_attendance.pdf", body, css, lang="pt", stamp="20230616170000"
    )


_CREDLY_ID = "4c1e8a2f-9b7d-4e36-a5f1-0d2c6b8e9a73"


@_case(
    "h5-credly-jncia-print",
    "foreign",
    _x(
        "Juniper Networks Certified Associate, Junos (JNCIA-Junos)",
        None,
        "2025-01-15",
        _CREDLY_ID,
        "Rutendo Moyo",
        None,
    ),
    "Browser print of a Credly badge page for a Juniper certification: printed header date "
    "'2/1/25, 11:05 AM' and URL footer; 'Issued on' vs 'Expires on'; exam JN0-105 decoy in "
    "the earning criteria; code is the badge ID carried in the printed share URL.",
)
def _b_credly(folder: Path) -> Path:
    css = """
    body { font-family: "Inter", "Helvetica Neue", "DejaVu Sans", sans-serif; color: #1c1c1c }
    header { display: flex; justify-content: space-between; align-items: center;
             padding: 12px 24px; border-bottom: 1px solid #ddd; font-size: 13px }
    header b { font-size: 20px; color: #ff6b00 }
    .wrap { display: flex; gap: 36px; padding: 30px 24px }
    .badge { width: 220px; text-align: center }
    .info { flex: 1 }
    h1 { font-size: 26px; margin: 0 0 8px; font-weight: 600 }
    .by { font-size: 14px; color: #555 }
    .meta { margin-top: 18px; font-size: 13px; line-height: 1.9 }
    .meta b { font-weight: 600 }
    .desc { margin-top: 16px; font-size: 12.5px; line-height: 1.55; color: #333 }
    .tags span { display: inline-block; border: 1px solid #bbb; border-radius: 14px;
                 padding: 3px 10px; margin: 6px 6px 0 0; font-size: 11.5px }
    h2 { font-size: 15px; margin: 22px 0 6px }
    .share { margin-top: 18px; font-size: 12px; background: #f6f6f6; padding: 10px 12px }
    """
    badge = (
        '<svg width="200" height="220" viewBox="0 0 200 220"><polygon '
        'points="100,5 190,55 190,165 100,215 10,165 10,55" fill="#0f2b46" stroke="#7ac143" '
        'stroke-width="6"/><circle cx="100" cy="110" r="46" fill="#7ac143"/></svg>'
    )
    badge_text = _svg_text("JNCIA-Junos", 17, font="sans-bold", fill="#0f2b46")
    body = f"""<header><b>Credly</b><span>Earn badges · Explore · Sign in</span></header>
    <div class="wrap">
      <div class="badge">{badge}<div>{badge_text}</div></div>
      <div class="info">
        <h1>Juniper Networks Certified Associate, Junos
        <span style="white-space:nowrap">(JNCIA-Junos)</span></h1>
        <div class="by">Issued by Juniper Networks</div>
        <div class="meta">
          <div><b>Issued to</b> Rutendo Moyo</div>
          <div><b>Issued on</b> January 15, 2025</div>
          <div><b>Expires on</b> January 15, 2028</div>
        </div>
        <div class="desc">Earners of the JNCIA-Junos certification have demonstrated
          understanding of networking fundamentals and the core functionality of the Junos
          operating system.</div>
        <h2>Skills</h2>
        <div class="tags"><span>Junos OS</span><span>Routing Fundamentals</span>
          <span>Routing Policy</span><span>Firewall Filters</span><span>Networking</span></div>
        <h2>Earning Criteria</h2>
        <div class="desc">Pass exam JN0-105 (Junos, Associate).</div>
        <div class="share">Share this badge: https://www.credly.com/badges/{_CREDLY_ID}</div>
      </div>
    </div>"""
    return _render(
        folder,
        "JNCIA-Junos - Credly.pdf",
        body,
        css,
        size=("8.5in", "11in"),
        margin="0.42in",
        fixed=False,
        title="JNCIA-Junos - Credly",
        header=_browser_line("2/1/25, 11:05 AM", "JNCIA-Junos - Credly"),
        footer=_browser_line(f"https://www.credly.com/badges/{_CREDLY_ID}", "", "1/1"),
        stamp="20250201110533",
    )


@_case(
    "h5-fr-univ-attestation",
    "foreign",
    _x(
        "Sécurité des réseaux et des systèmes d'information : architectures, menaces et "
        "contre-mesures",
        "2023-06-12",
        "2023-06-16",
        "FC-2023-0614",
        "Élodie Marchand-Lefèvre",
        None,
        credits=(35, "hours"),
    ),
    "French university continuing-education attestation written as one paragraph: the "
    "guillemet-quoted title wraps inside the sentence; 'du 12 au 16 juin 2023'; date of birth "
    "'née le 04/11/1990' and 'Fait à Lyon, le 20 juin 2023' decoys; '35 heures'.",
)
def _b_fr(folder: Path) -> Path:
    css = """
    body { font-family: "Marianne", "DejaVu Serif", serif; color: #161616 }
    .page { padding: 70px 80px; font-size: 15px; line-height: 1.75 }
    .uni { font-size: 19px; font-weight: bold; letter-spacing: 1px }
    .svc { font-size: 12px; color: #555; margin-bottom: 60px }
    h1 { text-align: center; font-size: 24px; letter-spacing: 4px; margin: 0 0 46px }
    p { text-align: justify; margin: 0 0 18px }
    .name { font-weight: bold; font-size: 17px }
    .sign { margin-top: 50px; margin-left: 55%; font-size: 14px }
    .no { position: absolute; left: 80px; bottom: 50px; font-size: 11.5px; color: #444 }
    """
    body = """<section class="page">
    <div class="uni">UNIVERSITÉ DE VALMONT-SUR-RHÔNE</div>
    <div class="svc">Service Commun de Formation Continue · 4 quai des Tanneurs · 69002 Lyon</div>
    <h1>ATTESTATION DE RÉUSSITE</h1>
    <p>Je soussignée, Hélène Vasseur-Dumont, directrice du Service Commun de Formation
    Continue, atteste que</p>
    <p style="text-align:center"><span class="name">Madame Élodie Marchand-Lefèvre</span><br>
    née le 04/11/1990 à Annecy (74)</p>
    <p>a suivi avec succès la formation qualifiante « Sécurité des réseaux et des systèmes
    d'information : architectures, menaces et contre-mesures » qui s'est déroulée du 12 au
    16 juin 2023 dans nos locaux, d'une durée totale de 35 heures, et en a validé l'ensemble
    des évaluations.</p>
    <p>La présente attestation est délivrée pour servir et valoir ce que de droit.</p>
    <div class="sign">Fait à Lyon, le 20 juin 2023<br><br>Hélène Vasseur-Dumont<br>
      Directrice du SCFC</div>
    <div class="no">N° d'attestation : FC-2023-0614</div>
    </section>"""
    return _render(
        folder,
        "Attestation_reussite_FC-2023-0614.pdf",
        body,
        css,
        size=("210mm", "297mm"),
        lang="fr",
        stamp="20230620101500",
    )


@_case(
    "h5-de-conf-teilnahme",
    "foreign",
    _x(
        "Netzwerk-Sicherheitstage 2024",
        "2024-03-14",
        "2024-03-15",
        "NST24-TB-01187",
        "Annegret Schäfer-Büttner",
        None,
        credits=(14, "hours"),
    ),
    "German conference attendance confirmation with a coloured side panel placed first in the "
    "source (repeats the range as '14.–15.03.2024'); 'vom 14. bis 15. März 2024'; participant "
    "number decoy; 'Ausgestellt am' decoy; '14 Fortbildungsstunden'.",
)
def _b_de(folder: Path) -> Path:
    css = """
    body { font-family: "Frutiger", "DejaVu Sans", sans-serif; color: #1e1e1e }
    .page { display: flex; flex-direction: row-reverse }
    .side { width: 250px; background: #004b6b; color: #fff; padding: 60px 30px; font-size: 14px;
            line-height: 1.6 }
    .side b { display: block; font-size: 30px; margin-bottom: 14px }
    .main { flex: 1; padding: 70px 60px }
    h1 { font-size: 32px; font-weight: normal; margin: 0 0 40px }
    .name { font-size: 28px; font-weight: bold; margin: 8px 0 18px }
    .ev { font-size: 24px; color: #004b6b; font-weight: bold; margin: 10px 0 }
    p { font-size: 14.5px; line-height: 1.6; margin: 0 }
    .small { margin-top: 40px; font-size: 12.5px; line-height: 1.8 }
    """
    body = """<section class="page">
    <div class="side"><b>NST 2024</b>Netzwerk-Sicherheitstage<br>14.–15.03.2024<br>
      Congress Center Leipzig</div>
    <div class="main">
      <h1>Teilnahmebescheinigung</h1>
      <p>Frau</p>
      <div class="name">Annegret Schäfer-Büttner</div>
      <p>hat vom 14. bis 15. März 2024 an der Fachkonferenz</p>
      <div class="ev">Netzwerk-Sicherheitstage 2024</div>
      <p>im Congress Center Leipzig teilgenommen.</p>
      <div class="small">Umfang: 14 Fortbildungsstunden<br>Teilnehmer-Nr.: 2024-0387<br>
        Bescheinigungs-Nr.: NST24-TB-01187<br>Ausgestellt am 18. März 2024, Leipzig</div>
    </div>
    </section>"""
    return _render(
        folder, "Teilnahmebescheinigung_NST24.pdf", body, css, lang="de", stamp="20240318140000"
    )


@_case(
    "h5-es-centro-aprovechamiento",
    "foreign",
    _x(
        "Administración de Redes Linux y Servicios de Red",
        "2024-03-03",
        "2024-03-28",
        "CFA-24-LX-0917",
        "María José Fernández-Ruiz",
        None,
    ),
    "Spanish training-centre certificate: 'D.ª' honorific and DNI before the name, range "
    "'del 3 al 28 de marzo de 2024', signing date decoy, enrolment file number decoy, code in "
    "a boxed label; no credits printed.",
)
def _b_es(folder: Path) -> Path:
    css = """
    body { font-family: "Montserrat", "DejaVu Sans", sans-serif; color: #202020 }
    .page { padding: 54px 70px; border: 3px double #8a1538 }
    .head { display: flex; justify-content: space-between; font-size: 12px; color: #555 }
    .head b { font-size: 18px; color: #8a1538 }
    h1 { text-align: center; font-size: 28px; letter-spacing: 3px; margin: 46px 0 30px;
         color: #8a1538 }
    p { font-size: 15px; line-height: 1.7; text-align: center; margin: 0 60px }
    .course { font-size: 22px; font-weight: bold; margin: 14px 0 }
    .boxes { position: absolute; left: 70px; bottom: 50px; display: flex; gap: 24px }
    .box { border: 1px solid #8a1538; font-size: 13px }
    .box span { display: block; background: #8a1538; color: #fff; font-size: 10px;
                padding: 3px 8px; letter-spacing: 1px }
    .box div { padding: 5px 8px }
    .firma { position: absolute; right: 80px; bottom: 50px; font-size: 13px; text-align: center }
    """
    body = """<section class="page">
    <div class="head"><b>Centro de Formación Tecnológica Albarracín</b>
      <span>Calle de los Tintes 8 · 44001 Teruel</span></div>
    <h1>CERTIFICADO DE APROVECHAMIENTO</h1>
    <p>D.ª María José Fernández-Ruiz, con DNI 48291736K, ha superado con aprovechamiento el
    curso</p>
    <p class="course">«Administración de Redes Linux y Servicios de Red»</p>
    <p>impartido del 3 al 28 de marzo de 2024 en modalidad presencial.</p>
    <div class="boxes">
      <div class="box"><span>CÓDIGO DE VERIFICACIÓN</span><div>CFA-24-LX-0917</div></div>
      <div class="box"><span>Nº DE EXPEDIENTE</span><div>2024/0311</div></div>
    </div>
    <div class="firma">En Teruel, a 2 de abril de 2024<br><br>La Dirección</div>
    </section>"""
    return _render(
        folder,
        "Certificado_Administracion_Redes_Linux.pdf",
        body,
        css,
        lang="es",
        stamp="20240402123000",
    )


@_case(
    "h5-ptbr-certificado",
    "foreign",
    _x(
        "Redes de Computadores do Zero ao CCNA 200-301: Teoria e Laboratórios Práticos",
        "2024-02-05",
        "2024-03-28",
        "8F2C-19AB-77DE-4410",
        "João Guimarães Brandão",
        None,
    ),
    "Brazilian course certificate: exam number '200-301' inside the title; range 'no período "
    "de 5 de fevereiro a 28 de março de 2024'; masked CPF decoy; place/date decoy; code "
    "printed and repeated in a validation URL.",
)
def _b_ptbr(folder: Path) -> Path:
    css = """
    body { font-family: "Nunito", "DejaVu Sans", sans-serif; color: #1d1d1b }
    .page { padding: 60px 80px; background: linear-gradient(135deg, #009c3b 0 70px, #fff 70px) }
    .inst { text-align: right; font-size: 17px; font-weight: bold; color: #00613a }
    h1 { font-size: 40px; letter-spacing: 8px; margin: 50px 0 6px; color: #00613a }
    .sub { font-size: 13px; letter-spacing: 3px; color: #555 }
    p { font-size: 15px; line-height: 1.8; margin: 22px 0 0; width: 780px }
    .nm { font-size: 26px; font-weight: bold; display: block }
    .cs { font-weight: bold }
    .foot { position: absolute; left: 80px; right: 80px; bottom: 44px; display: flex;
            justify-content: space-between; font-size: 11.5px; color: #444; line-height: 1.6 }
    """
    body = """<section class="page">
    <div class="inst">Instituto Paulista de Redes e Telecom</div>
    <h1>CERTIFICADO</h1><div class="sub">DE CONCLUSÃO DE CURSO LIVRE</div>
    <p>Certificamos que <span class="nm">João Guimarães Brandão</span>
    CPF ***.482.917-** concluiu o curso <span class="cs">Redes de Computadores do Zero ao CCNA
    200-301: Teoria e Laboratórios Práticos</span>, realizado no período de 5 de fevereiro a
    28 de março de 2024, com aproveitamento satisfatório.</p>
    <div class="foot"><div>Código de autenticação: 8F2C-19AB-77DE-4410<br>
      Verifique a autenticidade em https://ipr.edu.br/validar/8F2C-19AB-77DE-4410</div>
      <div style="text-align:right">São Paulo, 2 de abril de 2024<br>Coordenação Pedagógica</div>
    </div>
    </section>"""
    return _render(
        folder, "certificado-8f2c19ab.pdf", body, css, lang="pt-BR", stamp="20240402151200"
    )


@_case(
    "h5-it-attestato",
    "foreign",
    _x(
        "Sicurezza Informatica per le PMI: GDPR, NIS2 e Gestione degli Incidenti",
        "2024-10-21",
        "2024-10-23",
        "ATT-2024-10-0552",
        "Giulia Marchetti-Bellandi",
        None,
    ),
    "Italian attendance certificate in a two-column label/value layout (labels left, values "
    "right); date of birth decoy 'nata a Genova il 23/07/1989'; 'svoltosi dal 21 al 23 "
    "ottobre 2024'; student number decoy; signing date decoy.",
)
def _b_it(folder: Path) -> Path:
    css = """
    body { font-family: "Titillium Web", "DejaVu Sans", sans-serif; color: #1a1a1a }
    .page { padding: 60px 80px; border-left: 40px solid #0066cc }
    .org { font-size: 20px; font-weight: bold; color: #0066cc }
    h1 { font-size: 30px; margin: 44px 0 30px; font-weight: normal; letter-spacing: 2px }
    .grid { display: grid; grid-template-columns: 200px 1fr; gap: 12px 24px; font-size: 15px }
    .grid .l { color: #5c6f82; text-align: right }
    .grid .v.c { font-weight: bold; font-size: 19px }
    .luogo { position: absolute; left: 80px; bottom: 50px; font-size: 12.5px }
    .firma { position: absolute; right: 80px; bottom: 50px; font-size: 12.5px; width: 240px;
             text-align: center; border-top: 1px solid #333; padding-top: 4px }
    """
    body = """<section class="page">
    <div class="org">Accademia Digitale Ligure</div>
    <h1>ATTESTATO DI PARTECIPAZIONE</h1>
    <div class="grid">
      <div class="l">Si attesta che</div><div class="v">Giulia Marchetti-Bellandi</div>
      <div class="l">Nata a</div><div class="v">Genova il 23/07/1989</div>
      <div class="l">Matricola</div><div class="v">20931</div>
      <div class="l">Ha partecipato al corso</div>
      <div class="v c">Sicurezza Informatica per le PMI: GDPR, NIS2 e Gestione degli
        Incidenti</div>
      <div class="l">Svoltosi</div>
      <div class="v">dal 21 al 23 ottobre 2024, in modalità mista (aula e videoconferenza)</div>
      <div class="l">Codice attestato</div><div class="v">ATT-2024-10-0552</div>
    </div>
    <div class="luogo">Genova, 25 ottobre 2024</div>
    <div class="firma">Il Direttore dei Corsi</div>
    </section>"""
    return _render(
        folder, "Attestato_ATT-2024-10-0552.pdf", body, css, lang="it", stamp="20241025110000"
    )


@_case(
    "h5-nl-certificaat-nextletter",
    "foreign",
    _x(
        "Netwerkbeheer met Cisco IOS XE: Routing, Switching en Automatisering",
        None,
        "2024-03-03",
        "NL-CT-240303-118",
        "Sanne van den Berg-Dijkstra",
        None,
    ),
    "Dutch certificate followed by a SECOND page: a letter inviting to another course "
    "('Netwerkbeveiliging met Cisco Firepower', 15 t/m 17 april 2024, 24 uur, registration "
    "number); certificate has a date-of-birth decoy, 'afgerond op 3 maart 2024' and the "
    "number in a boxed label.",
)
def _b_nl(folder: Path) -> Path:
    css = """
    body { font-family: "Fira Sans", "DejaVu Sans", sans-serif; color: #1b1b1b }
    .cert { padding: 60px 70px; text-align: center; border: 12px solid #f36c21 }
    .org { font-size: 16px; letter-spacing: 2px; color: #f36c21 }
    h1 { font-size: 46px; margin: 30px 0 24px; font-family: "DejaVu Serif", serif;
         font-weight: normal }
    p { font-size: 15px; margin: 10px 0 }
    .name { font-size: 30px; font-weight: bold; margin: 6px 0 }
    .course { font-size: 23px; font-weight: bold; color: #333 }
    .box { position: absolute; right: 70px; bottom: 60px; border: 2px solid #f36c21;
           text-align: left }
    .box span { display: block; font-size: 10px; padding: 3px 8px;
                border-bottom: 1px solid #f36c21 }
    .box div { padding: 6px 8px; font-size: 14px; font-weight: bold }
    .letter { padding: 80px 90px; font-size: 14px; line-height: 1.7 }
    """
    body = """<section class="page cert">
    <div class="org">OPLEIDINGSCENTRUM DE WAALBRUG · NIJMEGEN</div>
    <h1>Certificaat</h1>
    <p>Hierbij verklaren wij dat</p>
    <div class="name">Sanne van den Berg-Dijkstra</div>
    <p>geboren op 17 augustus 1994, de training</p>
    <div class="course">Netwerkbeheer met Cisco IOS XE: Routing, Switching en Automatisering</div>
    <p>met goed gevolg heeft afgerond op 3 maart 2024.</p>
    <div class="box"><span>Certificaatnummer</span><div>NL-CT-240303-118</div></div>
    </section>
    <section class="page letter">
    <p style="text-align:right">Nijmegen, 5 maart 2024</p>
    <p>Beste Sanne,</p>
    <p>Gefeliciteerd met het behalen van je certificaat! Graag nodigen we je uit voor de
    vervolgtraining “Netwerkbeveiliging met Cisco Firepower”, die plaatsvindt van 15 tot en
    met 17 april 2024 (24 uur) op onze locatie in Nijmegen.</p>
    <p>Je voorlopige inschrijfnummer is INS-2024-0456. Bevestig je deelname vóór 1 april
    2024 via de cursistenportal.</p>
    <p>Met vriendelijke groet,<br>Pieter Hoogendoorn<br>Opleidingscentrum De Waalbrug</p>
    </section>"""
    return _render(
        folder,
        "Certificaat_NL-CT-240303-118.pdf",
        body,
        css,
        size=("297mm", "210mm"),
        lang="nl",
        stamp="20240305093000",
    )


@_case(
    "h5-pl-zaswiadczenie",
    "foreign",
    _x(
        "Bezpieczeństwo sieci komputerowych – zapory, VPN i systemy IDS",
        "2024-02-05",
        "2024-02-07",
        "17/02/2024/SZK",
        "Łukasz Żółkiewski",
        None,
        credits=(24, "hours"),
    ),
    "Polish training certificate: certificate number '17/02/2024/SZK' looks like a date; date "
    "of birth '12.09.1987 r.' and issue place/date decoys; 'w dniach 5–7 lutego 2024 r.'; "
    "'Czas trwania: 24 godziny'.",
)
def _b_pl(folder: Path) -> Path:
    css = """
    body { font-family: "Lato", "DejaVu Sans", sans-serif; color: #1a1a1a }
    .page { padding: 56px 64px; background:
            repeating-linear-gradient(45deg, #fff 0 12px, #fbf3f3 12px 24px) }
    .inner { background: #fff; border: 2px solid #c8102e; height: 100%; padding: 40px 60px;
             text-align: center }
    .org { font-size: 14px; letter-spacing: 2px; color: #c8102e }
    h1 { font-size: 36px; letter-spacing: 5px; margin: 30px 0 0 }
    .sub { font-size: 15px; letter-spacing: 2px; margin-bottom: 26px }
    p { font-size: 15px; margin: 8px 0 }
    .name { font-size: 28px; font-weight: bold }
    .course { font-size: 22px; font-weight: bold; color: #c8102e; margin: 12px 0 }
    .meta { display: flex; justify-content: space-between; margin-top: 44px; font-size: 13px }
    """
    body = """<section class="page"><div class="inner">
    <div class="org">CENTRUM SZKOLENIOWE INFONET · KRAKÓW</div>
    <h1>ZAŚWIADCZENIE</h1><div class="sub">o ukończeniu szkolenia</div>
    <p>Pan</p>
    <div class="name">Łukasz Żółkiewski</div>
    <p>urodzony 12.09.1987 r. w Poznaniu</p>
    <p>ukończył szkolenie</p>
    <div class="course">„Bezpieczeństwo sieci komputerowych – zapory, VPN i systemy IDS”</div>
    <p>zorganizowane w dniach 5–7 lutego 2024 r. w Krakowie.</p>
    <p>Czas trwania: 24 godziny</p>
    <div class="meta"><span>Nr zaświadczenia: 17/02/2024/SZK</span>
      <span>Kraków, 9 lutego 2024 r.</span></div>
    </div></section>"""
    return _render(
        folder, "zaswiadczenie_17-02-2024.pdf", body, css, lang="pl", stamp="20240209100000"
    )


@_case(
    "h5-tr-katilim",
    "foreign",
    _x(
        "Ağ Güvenliği ve Sızma Testi Eğitimi",
        "2024-03-11",
        "2024-03-15",
        "TR-AGS-2024-0311",
        "İlknur Işıkdağ",
        None,
    ),
    "Turkish participation certificate: dotted/dotless İ ı in name and title; range '11-15 "
    "Mart 2024 tarihleri arasında'; trainer registry number decoy; 'Düzenlenme tarihi: "
    "18.03.2024' decoy; heading 'KATILIM BELGESİ' in capitals with the Turkish İ.",
)
def _b_tr(folder: Path) -> Path:
    css = """
    body { font-family: "Roboto Slab", "DejaVu Serif", serif; color: #1f1f1f }
    .page { padding: 60px 80px; text-align: center; border: 16px solid #e30a17 }
    .org { font-size: 17px; color: #e30a17; font-weight: bold }
    h1 { font-size: 40px; letter-spacing: 6px; margin: 40px 0 30px }
    .name { font-size: 30px; font-weight: bold; margin: 0 0 24px }
    p { font-size: 15px; line-height: 1.7; margin: 0 90px }
    .course { font-weight: bold }
    .meta { position: absolute; left: 96px; right: 96px; bottom: 66px; display: flex;
            justify-content: space-between; font-size: 12px }
    """
    body = """<section class="page">
    <div class="org">İstanbul Bilişim Akademisi</div>
    <h1>KATILIM BELGESİ</h1>
    <div class="name">İlknur Işıkdağ</div>
    <p>11-15 Mart 2024 tarihleri arasında düzenlenen
    <span class="course">“Ağ Güvenliği ve Sızma Testi Eğitimi”</span> programına katılarak bu
    belgeyi almaya hak kazanmıştır.</p>
    <div class="meta"><span>Belge No: TR-AGS-2024-0311</span>
      <span>Eğitmen Sicil No: EGT-1187</span><span>Düzenlenme tarihi: 18.03.2024</span></div>
    </section>"""
    return _render(
        folder, "Katilim_Belgesi_TR-AGS-2024-0311.pdf", body, css, lang="tr", stamp="20240318090000"
    )


@_case(
    "h5-gr-vevaiosi",
    "foreign",
    _x(
        "Διαχείριση και Ασφάλεια Δικτύων Υπολογιστών",
        "2024-10-02",
        "2024-12-15",
        "GR7K-QX41-2208",
        "Δημήτριος Παπαδόπουλος",
        None,
    ),
    "Greek university lifelong-learning attestation: genitive month names ('από 2 Οκτωβρίου "
    "2024 έως 15 Δεκεμβρίου 2024'); protocol number '1187/20-12-2024' containing a date as a "
    "decoy; verification code label 'Κωδικός Βεβαίωσης'.",
)
def _b_gr(folder: Path) -> Path:
    css = """
    body { font-family: "Noto Serif", "DejaVu Serif", serif; color: #1a1a2e }
    .page { padding: 60px 90px; font-size: 15px; line-height: 1.8 }
    .uni { text-align: center; font-size: 18px; font-weight: bold; letter-spacing: 1px }
    .ke { text-align: center; font-size: 13px; color: #444 }
    .prot { position: absolute; right: 90px; top: 150px; font-size: 12px; text-align: right }
    h1 { text-align: center; font-size: 24px; letter-spacing: 3px; margin: 90px 0 30px }
    .name { text-align: center; font-size: 24px; font-weight: bold; margin: 10px 0 }
    p { text-align: center; margin: 0 }
    .course { font-weight: bold; font-size: 19px; margin: 12px 0 }
    .code { position: absolute; left: 90px; bottom: 60px; font-size: 12.5px }
    .place { position: absolute; right: 90px; bottom: 60px; font-size: 12.5px }
    """
    body = """<section class="page">
    <div class="uni">ΠΑΝΕΠΙΣΤΗΜΙΟ ΚΥΚΛΑΔΩΝ</div>
    <div class="ke">Κέντρο Επιμόρφωσης και Διά Βίου Μάθησης</div>
    <div class="prot">Αρ. Πρωτ.: 1187/20-12-2024</div>
    <h1>ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</h1>
    <p>Βεβαιώνεται ότι ο</p>
    <div class="name">Δημήτριος Παπαδόπουλος</div>
    <p>παρακολούθησε με επιτυχία το πρόγραμμα</p>
    <p class="course">«Διαχείριση και Ασφάλεια Δικτύων Υπολογιστών»</p>
    <p>που πραγματοποιήθηκε από 2 Οκτωβρίου 2024 έως 15 Δεκεμβρίου 2024 με εξ αποστάσεως
    εκπαίδευση.</p>
    <div class="code">Κωδικός Βεβαίωσης: GR7K-QX41-2208</div>
    <div class="place">Σύρος, 20 Δεκεμβρίου 2024</div>
    </section>"""
    return _render(
        folder,
        "vevaiosi_parakolouthisis.pdf",
        body,
        css,
        size=("210mm", "297mm"),
        lang="el",
        stamp="20241220120000",
    )


@_case(
    "h5-ru-sertifikat",
    "foreign",
    _x(
        "Основы сетевых технологий и маршрутизации",
        "2023-06-12",
        "2023-06-23",
        "0471-23",
        "Иванова Анна Сергеевна",
        None,
        credits=(36, "hours"),
    ),
    "Russian training-centre certificate: 'в период с 12 по 23 июня 2023 г.'; '36 академических "
    "часов'; 'Дата выдачи' and licence date '14.02.2019' decoys; short registration number "
    "'0471-23'; name in surname-first order.",
)
def _b_ru(folder: Path) -> Path:
    css = """
    body { font-family: "PT Sans", "DejaVu Sans", sans-serif; color: #111 }
    .page { padding: 50px 70px; text-align: center;
            border: 18px solid; border-image: linear-gradient(45deg, #1c3f94, #6fa8dc) 1 }
    .org { font-size: 15px; color: #1c3f94 }
    .lic { font-size: 10px; color: #666 }
    h1 { font-size: 50px; letter-spacing: 10px; margin: 36px 0 20px; color: #1c3f94 }
    p { font-size: 15px; margin: 8px 0; line-height: 1.6 }
    .name { font-size: 28px; font-weight: bold; margin: 10px 0 }
    .course { font-size: 22px; font-weight: bold; margin: 10px 0 }
    .meta { position: absolute; left: 90px; right: 90px; bottom: 60px; display: flex;
            justify-content: space-between; font-size: 12.5px }
    """
    body = """<section class="page">
    <div class="org">Учебный центр «СетьПро», г. Новосибирск</div>
    <div class="lic">Лицензия на образовательную деятельность № 041237 от 14.02.2019</div>
    <h1>СЕРТИФИКАТ</h1>
    <p>Настоящим подтверждается, что</p>
    <div class="name">Иванова Анна Сергеевна</div>
    <p>успешно прошла обучение по программе</p>
    <div class="course">«Основы сетевых технологий и маршрутизации»</div>
    <p>в период с 12 по 23 июня 2023 г. в объёме 36 академических часов.</p>
    <div class="meta"><span>Регистрационный номер: 0471-23</span>
      <span>Дата выдачи: 26 июня 2023 г.</span></div>
    </section>"""
    return _render(folder, "sertifikat_0471-23.pdf", body, css, lang="ru", stamp="20230626110000")


@_case(
    "h5-vi-chungnhan",
    "foreign",
    _x(
        "Quản trị mạng Cisco CCNA 200-301",
        "2024-03-04",
        "2024-04-26",
        "SV-CCNA-2404-0318",
        "Trần Văn Đức",
        None,
    ),
    "Vietnamese training-centre certificate as a label/value table: range 'từ ngày 04 tháng "
    "03 năm 2024 đến ngày 26 tháng 04 năm 2024'; date of birth 14/08/1996 and 'Hà Nội, ngày "
    "29 tháng 4 năm 2024' decoys; exam number inside the course name.",
)
def _b_vi(folder: Path) -> Path:
    css = """
    body { font-family: "Be Vietnam Pro", "DejaVu Sans", sans-serif; color: #1a1a1a }
    .page { padding: 50px 70px; border: 6px solid #b8860b; background: #fffdf6 }
    .org { text-align: center; font-size: 16px; font-weight: bold; color: #b22222 }
    h1 { text-align: center; font-size: 28px; color: #b22222; margin: 30px 0 30px;
         letter-spacing: 1px }
    table { margin: 0 auto; border-collapse: collapse; font-size: 15px; width: 760px }
    td { padding: 8px 10px; border-bottom: 1px dotted #b8860b; vertical-align: top }
    td:first-child { width: 230px; color: #555 }
    .v { font-weight: bold }
    .place { position: absolute; right: 90px; bottom: 60px; font-size: 13px; font-style: italic }
    """
    body = """<section class="page">
    <div class="org">TRUNG TÂM ĐÀO TẠO MẠNG SAO VIỆT</div>
    <h1>CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC</h1>
    <table>
      <tr><td>Chứng nhận học viên:</td><td class="v">Trần Văn Đức</td></tr>
      <tr><td>Ngày sinh:</td><td>14/08/1996</td></tr>
      <tr><td>Đã hoàn thành khóa học:</td><td class="v">Quản trị mạng Cisco CCNA 200-301</td></tr>
      <tr><td>Thời gian học:</td>
          <td>từ ngày 04 tháng 03 năm 2024 đến ngày 26 tháng 04 năm 2024</td></tr>
      <tr><td>Xếp loại:</td><td>Giỏi</td></tr>
      <tr><td>Số hiệu chứng nhận:</td><td>SV-CCNA-2404-0318</td></tr>
    </table>
    <div class="place">Hà Nội, ngày 29 tháng 4 năm 2024</div>
    </section>"""
    return _render(
        folder, "ChungNhan_SV-CCNA-2404-0318.pdf", body, css, lang="vi", stamp="20240429080000"
    )


@_case(
    "h5-conf-cpe-letter",
    "foreign",
    _x(
        "Blue Harbor Security Summit 2024",
        "2024-06-12",
        "2024-06-16",
        "BHSS-CPE-24-3381",
        "Farah Al-Khatib",
        None,
        credits=(40, "CPE"),
    ),
    "Conference CPE letter: 'Dear …, this letter confirms that you attended …, held June 12 - "
    "June 16, 2024'; letter date and 'recordings remain available until' decoys; attendee ID "
    "decoy; 'RECOMMENDED FOR 40 CPE CREDITS' in capitals.",
)
def _b_cpe_letter(folder: Path) -> Path:
    css = """
    body { font-family: "Georgia", "DejaVu Serif", serif; color: #1b1b1b }
    .page { padding: 64px 84px; font-size: 14px; line-height: 1.7 }
    .lh { border-bottom: 3px solid #1f4e79; padding-bottom: 10px; display: flex;
          justify-content: space-between; align-items: flex-end }
    .lh b { font-size: 22px; color: #1f4e79 }
    .lh span { font-size: 11px; color: #555; text-align: right }
    .addr { margin: 40px 0 26px }
    .cpe { font-weight: bold; letter-spacing: 1px }
    table { font-size: 13px; margin: 14px 0 }
    td { padding: 2px 18px 2px 0 }
    """
    body = """<section class="page">
    <div class="lh"><b>Blue Harbor Security Summit</b>
      <span>Harborview Convention Center<br>Baltimore, MD</span></div>
    <div class="addr">July 1, 2024<br><br>Farah Al-Khatib<br>1450 Meridian Ave, Apt 3B<br>
      Baltimore, MD 21230</div>
    <p>Dear Farah Al-Khatib,</p>
    <p>This letter confirms that you attended Blue Harbor Security Summit 2024, held June 12 -
    June 16, 2024 at the Harborview Convention Center in Baltimore, MD. Attendance at the full
    program is <span class="cpe">RECOMMENDED FOR 40 CPE CREDITS</span>.</p>
    <table><tr><td>Attendee ID</td><td>BHS24-00917</td></tr>
      <tr><td>CPE Certificate No.</td><td>BHSS-CPE-24-3381</td></tr></table>
    <p>Session recordings remain available in the attendee portal until December 31, 2024.
    Please keep this letter for your records; it may be requested by your certifying body.</p>
    <p>Sincerely,<br><br>Dana Whitcombe<br>Program Chair, Blue Harbor Security Summit</p>
    </section>"""
    return _render(
        folder, "BHSS2024_CPE_Letter.pdf", body, css, size=("8.5in", "11in"), stamp="20240701090000"
    )


@_case(
    "h5-univ-letter-wrap",
    "foreign",
    _x(
        "Network Automation with Python and Ansible: Design, Deployment and Operations in "
        "Multi-Vendor Environments",
        "2025-03-03",
        "2025-04-25",
        "SCS-PC-25-0442",
        "Rafaela Cunha-Moretti",
        None,
        credits=(2.5, "CEU"),
    ),
    "University completion letter: the quoted program title wraps over three lines inside the "
    "sentence; 'from the 3rd of March 2025 to the 25th of April 2025'; letter date and student "
    "number decoys; '2.5 CEUs'.",
)
def _b_univ_letter(folder: Path) -> Path:
    css = """
    body { font-family: "Minion Pro", "DejaVu Serif", serif; color: #222 }
    .page { padding: 70px 90px; font-size: 14.5px; line-height: 1.75 }
    .crest { display: flex; gap: 16px; align-items: center; margin-bottom: 40px }
    .crest div { font-size: 18px; font-weight: bold; color: #5b2333 }
    .crest small { display: block; font-size: 12px; font-weight: normal; color: #555 }
    .meta { font-size: 12.5px; margin-bottom: 26px }
    p { text-align: justify; margin: 0 0 16px }
    """
    shield = (
        '<svg width="52" height="60" viewBox="0 0 52 60"><path d="M2 2h48v26c0 16-12 26-24 '
        '30C14 54 2 44 2 28z" fill="#5b2333"/><path d="M14 18h24M14 28h24M14 38h24" '
        'stroke="#e8c547" stroke-width="3"/></svg>'
    )
    body = f"""<section class="page">
    <div class="crest">{shield}<div>Harrowgate University
      <small>School of Continuing Studies · Office of the Registrar</small></div></div>
    <div class="meta">May 2, 2025<br>Recipient: Rafaela Cunha-Moretti<br>
      Student number: 20250187</div>
    <p>Dear Rafaela Cunha-Moretti,</p>
    <p>this letter confirms that you have successfully completed the professional certificate
    program "Network Automation with Python and Ansible: Design, Deployment and Operations in
    Multi-Vendor Environments", which ran from the 3rd of March 2025 to the 25th of April 2025
    and was delivered in a blended format. In recognition of this achievement you have been
    awarded 2.5 CEUs (Continuing Education Units).</p>
    <p>Certificate No. SCS-PC-25-0442</p>
    <p>With warm congratulations,<br><br>Prof. Alasdair Penhallow<br>
      Dean, School of Continuing Studies</p>
    </section>"""
    return _render(
        folder,
        "Letter_of_Completion_SCS-PC-25-0442.pdf",
        body,
        css,
        size=("8.5in", "11in"),
        stamp="20250502103000",
    )


@_case(
    "h5-gulf-bilingual-rtl",
    "foreign",
    _x(
        "Fortinet NSE 4 Exam Preparation Bootcamp",
        None,
        "2024-10-24",
        "GHTI-24-10-2231",
        "Omar Haddad Al-Mansoori",
        None,
    ),
    "Bilingual English/Arabic training-centre certificate: right-to-left Arabic headings, "
    "labels and a decorative RTL band; vendor name (Fortinet) inside a third-party course "
    "title; trainer ID decoy; 'Completed on 24 October 2024'.",
)
def _b_gulf(folder: Path) -> Path:
    css = """
    body { font-family: "Tajawal", "DejaVu Sans", sans-serif; color: #1b2a38 }
    .page { padding: 40px 60px; border: 10px solid #0f5257; text-align: center }
    .band { direction: rtl; font-size: 13px; color: #b08d57; letter-spacing: 2px;
            border-top: 1px solid #b08d57; border-bottom: 1px solid #b08d57; padding: 4px 0 }
    .org { display: flex; justify-content: space-between; margin: 18px 0; font-size: 16px;
           font-weight: bold; color: #0f5257 }
    .ar { direction: rtl; unicode-bidi: isolate }
    h1 { font-size: 30px; margin: 20px 0 0; letter-spacing: 3px }
    .h1ar { font-size: 24px; direction: rtl; color: #0f5257 }
    p { font-size: 15px; margin: 12px 0 }
    .name { font-size: 28px; font-weight: bold }
    .course { font-size: 22px; font-weight: bold; color: #0f5257 }
    .rows { display: grid; grid-template-columns: 1fr auto 1fr; gap: 6px 20px; width: 700px;
            margin: 26px auto 0; font-size: 13px }
    .rows .en { text-align: left; color: #555 } .rows .ar { text-align: right; color: #555 }
    """
    band = "تعلّم • تطوّر • تميّز • " * 6
    body = f"""<section class="page">
    <div class="band">{band}</div>
    <div class="org"><span>Gulf Horizon Training Institute</span>
      <span class="ar">معهد الأفق الخليجي للتدريب</span></div>
    <h1>CERTIFICATE OF COMPLETION</h1>
    <div class="h1ar">شهادة إتمام</div>
    <p>This is to certify that</p>
    <div class="name">Omar Haddad Al-Mansoori</div>
    <p>has successfully completed the course</p>
    <div class="course">Fortinet NSE 4 Exam Preparation Bootcamp</div>
    <div class="rows">
      <span class="en">Completed on</span><span>24 October 2024</span>
      <span class="ar">تاريخ الإتمام</span>
      <span class="en">Certificate Serial No.</span><span>GHTI-24-10-2231</span>
      <span class="ar">الرقم التسلسلي للشهادة</span>
      <span class="en">Trainer ID</span><span>TR-0093</span><span class="ar">رقم المدرب</span>
    </div>
    <div class="band" style="margin-top:30px">{band}</div>
    </section>"""
    return _render(folder, "GHTI_Certificate_2231.pdf", body, css, stamp="20241024160000")


@_case(
    "h5-canvas-name",
    "foreign",
    _x(
        "PRNOF 41: Pacific Rim Network Operators Forum",
        "2024-11-04",
        "2024-11-06",
        "PRN41-7788-KQ",
        "Keoni Kahananui-Park",
        None,
        review=True,
    ),
    "Conference portal that paints the attendee's name on a <canvas>: Chromium prints it as "
    "a bitmap, so the name is visible but absent from the text layer -> needs review; "
    "everything else is text ('November 4–6, 2024').",
)
def _b_canvas(folder: Path) -> Path:
    css = """
    body { font-family: "Raleway", "DejaVu Sans", sans-serif; color: #10324a }
    .page { padding: 56px 80px; text-align: center;
            background: linear-gradient(180deg, #e6f4f1 0 130px, #fff 130px) }
    .ev { font-size: 16px; letter-spacing: 3px; color: #0e7c7b }
    h1 { font-size: 34px; margin: 60px 0 20px; font-weight: normal }
    p { font-size: 15px; margin: 8px 0 }
    canvas { display: block; margin: 10px auto; width: 600px; height: 64px }
    .course { font-size: 24px; font-weight: bold; margin: 10px 0 }
    .foot { position: absolute; left: 80px; right: 80px; bottom: 50px; display: flex;
            justify-content: space-between; font-size: 12px }
    """
    body = """<section class="page">
    <div class="ev">PACIFIC RIM NETWORK OPERATORS FORUM · HONOLULU</div>
    <h1>Certificate of Participation</h1>
    <p>This certificate is presented to</p>
    <canvas id="nm" width="1800" height="192"></canvas>
    <p>for participating in</p>
    <div class="course">PRNOF 41: Pacific Rim Network Operators Forum</div>
    <p>held November 4–6, 2024 at the Kalākaua Conference Center, Honolulu</p>
    <div class="foot"><span>Certificate code: PRN41-7788-KQ</span>
      <span>Program Committee, PRNOF</span></div>
    </section>
    <script>
    const c = document.getElementById("nm").getContext("2d");
    c.scale(3, 3);
    c.font = "italic 44px 'DejaVu Serif'";
    c.textAlign = "center";
    c.fillStyle = "#10324a";
    c.fillText("Keoni Kahananui-Park", 300, 48);
    </script>"""
    return _render(folder, "PRNOF41_certificate.pdf", body, css, stamp="20241107020000")


# --------------------------------------------------------------------------------------------
# Invented or odd issuers ("unknown")
# --------------------------------------------------------------------------------------------


@_case(
    "h5-hyperion-wide-badge",
    "unknown",
    _x("Packet Wrangler — Level II", None, "2024-12-01", "HSF-PW2-000731", "Björn Åkesson", None),
    "Gamified badge on a very wide 20 x 6 inch page, laid out in one row; every label "
    "('AWARDED TO', 'UNLOCKED', 'BADGE SERIAL', 'XP EARNED') is a PNG <img>, only the values "
    "are text; date '01 DEC 2024'; XP number is not a credit.",
)
def _b_hyperion(folder: Path) -> Path:
    css = """
    body { font-family: "Orbitron", "DejaVu Sans", sans-serif; color: #e8e6ff }
    .page { display: flex; align-items: center; gap: 60px; padding: 0 80px;
            background: linear-gradient(90deg, #1a0b3d, #3b1a78 60%, #12082b) }
    .hex { flex: none }
    .mid { flex: 1 }
    .org { font-size: 18px; letter-spacing: 8px; color: #b3a6ff }
    .unl { font-size: 26px; letter-spacing: 4px; margin-top: 10px; color: #ffd166 }
    .title { font-size: 56px; font-weight: bold; margin-top: 14px }
    .facts { display: grid; grid-template-columns: auto auto; gap: 18px 30px; align-items: center;
             font-size: 24px; flex: none }
    """
    hexagon = (
        '<svg class="hex" width="300" height="330" viewBox="0 0 200 220"><polygon '
        'points="100,5 190,55 190,165 100,215 10,165 10,55" fill="#ffd166"/><polygon '
        'points="100,30 168,68 168,152 100,190 32,152 32,68" fill="#3b1a78"/>'
        '<path d="M60 120 L100 70 L140 120 L100 160 Z" fill="#ffd166"/></svg>'
    )
    lab = {
        k: _png_text(k, 15, font="sans-bold", color=(179, 166, 255))
        for k in ("AWARDED TO", "UNLOCKED", "BADGE SERIAL", "XP EARNED")
    }
    body = f"""<section class="page">
    {hexagon}
    <div class="mid"><div class="org">HYPERION SKILLFORGE</div>
      <div class="unl">BADGE UNLOCKED</div>
      <div class="title">Packet Wrangler — Level II</div></div>
    <div class="facts">
      {lab["AWARDED TO"]}<span>Björn Åkesson</span>
      {lab["UNLOCKED"]}<span>01 DEC 2024</span>
      {lab["BADGE SERIAL"]}<span>HSF-PW2-000731</span>
      {lab["XP EARNED"]}<span>1200</span>
    </div>
    </section>"""
    return _render(
        folder,
        "hyperion-badge-HSF-PW2-000731.pdf",
        body,
        css,
        size=("20in", "6in"),
        stamp="20241201200000",
    )


@_case(
    "h5-aurora-rotated",
    "unknown",
    _x(
        "Kubernetes Networking Deep Dive: CNI, Services and Ingress",
        None,
        "2024-09-09",
        "ACA-K8N-0924-5512",
        "Fernando Ibáñez Sáez",
        None,
    ),
    "A landscape certificate printed on a PORTRAIT page with the whole design rotated by "
    "CSS transform (text runs bottom-to-top in the text layer); Spanish accented name; "
    "'Date: 9 Sep 2024'.",
)
def _b_aurora(folder: Path) -> Path:
    css = """
    body { font-family: "Nunito Sans", "DejaVu Sans", sans-serif; color: #0b1f33 }
    .land { position: absolute; left: 0; top: 0; width: 11in; height: 8.5in;
            transform-origin: 0 0; transform: translate(0, 11in) rotate(-90deg);
            padding: 60px 80px; text-align: center;
            background: linear-gradient(160deg, #e0f2ff, #fff 45%, #e9fff4) }
    .org { font-size: 17px; letter-spacing: 5px; color: #1565c0 }
    h1 { font-size: 40px; font-weight: 300; margin: 50px 0 26px }
    .name { font-size: 32px; font-weight: bold; margin: 12px 0 }
    .course { font-size: 24px; margin: 12px 0; color: #1565c0 }
    p { font-size: 15px; margin: 6px 0 }
    .meta { position: absolute; left: 80px; right: 80px; bottom: 60px; display: flex;
            justify-content: space-between; font-size: 13px }
    """
    body = """<section class="page"><div class="land">
    <div class="org">AURORA CLOUD ACADEMY</div>
    <h1>Certificate of Completion</h1>
    <p>This is to certify that</p>
    <div class="name">Fernando Ibáñez Sáez</div>
    <p>has completed</p>
    <div class="course">Kubernetes Networking Deep Dive: CNI, Services and Ingress</div>
    <div class="meta"><span>Date: 9 Sep 2024</span><span>Certificate ID: ACA-K8N-0924-5512</span>
    </div>
    </div></section>"""
    return _render(
        folder,
        "3b0f6d2e-91a4-4c7f-8e25-7d4a1c9b6f03.pdf",
        body,
        css,
        size=("8.5in", "11in"),
        stamp="20240909140000",
    )


@_case(
    "h5-ridgeway-fakebold",
    "unknown",
    _x(
        "Wireless LAN Design, Site Surveys and Spectrum Analysis",
        None,
        "2025-01-17",
        "RTI-WL-7730-08",
        "Priyanka Raghunathan",
        None,
    ),
    "Old-style diploma: values above small captions (label UNDER the value); the two-line "
    "title (<br>) is drawn twice, offset by a fraction of a point (fake bold), and the name "
    "has a text-shadow, so both are doubled in the text layer; '17th of January 2025'; "
    "'Established 1987' decoy.",
)
def _b_ridgeway(folder: Path) -> Path:
    css = """
    body { font-family: "Cinzel", "DejaVu Serif", serif; color: #2b2118 }
    .page { padding: 46px; background: #fbf7ee }
    .frame { border: 6px double #8c6d3f; height: 100%; padding: 40px 70px; text-align: center }
    .org { font-size: 26px; letter-spacing: 4px }
    .est { font-size: 11px; letter-spacing: 3px; color: #6d5a3f }
    .blk { margin: 34px auto 0; width: 680px }
    .val { font-size: 22px }
    .cap { border-top: 1px solid #8c6d3f; font-size: 10px; letter-spacing: 2px; padding-top: 3px;
           text-transform: uppercase; color: #6d5a3f }
    .name { font-size: 30px; text-shadow: 0.6px 0.6px 0 #5a4630 }
    .fb { position: relative; font-size: 24px; line-height: 1.35 }
    .fb .dup { position: absolute; left: 0.4px; top: 0.3px; width: 100% }
    .row { display: flex; justify-content: space-between; margin-top: 40px }
    .row .blk { width: 300px; margin: 0 }
    """
    title = "Wireless LAN Design, Site Surveys<br>and Spectrum Analysis"
    body = f"""<section class="page"><div class="frame">
    <div class="org">RIDGEWAY TECHNICAL INSTITUTE</div>
    <div class="est">ESTABLISHED 1987</div>
    <div class="blk"><div class="val name">Priyanka Raghunathan</div>
      <div class="cap">Name of Candidate</div></div>
    <div class="blk"><div class="val fb"><div>{title}</div>
      <div class="dup" aria-hidden="true">{title}</div></div>
      <div class="cap">Course Title</div></div>
    <div class="row">
      <div class="blk"><div class="val">17th of January 2025</div>
        <div class="cap">Date of Completion</div></div>
      <div class="blk"><div class="val">RTI-WL-7730-08</div>
        <div class="cap">Certificate Serial</div></div>
    </div>
    </div></section>"""
    return _render(folder, "RTI_Diploma_Raghunathan.pdf", body, css, stamp="20250120100000")


@_case(
    "h5-kestrel-svglabels",
    "unknown",
    _x(
        "Zero Trust Network Access: Principles and Practice",
        None,
        "2024-06-28",
        "KLH-ZT-88QJ-2T4W",
        "Amara Nwosu-Lindqvist",
        None,
    ),
    "All field labels (Awarded to / Course / Completed / Credential ID) and the logo are "
    "inline SVG <path>s; the text layer holds only the heading and the bare values, which are "
    "still unambiguous (one date, one code).",
)
def _b_kestrel(folder: Path) -> Path:
    css = """
    body { font-family: "Manrope", "DejaVu Sans", sans-serif; color: #102a43 }
    .page { padding: 56px 70px; background: linear-gradient(90deg, #fff 70%, #f0f4f8 70%) }
    h1 { font-size: 34px; font-weight: 300; margin: 40px 0 40px }
    .f { margin-bottom: 26px }
    .f .v { font-size: 22px; margin-top: 4px }
    .f .v.big { font-size: 30px; font-weight: bold }
    .foot { position: absolute; left: 70px; bottom: 40px; font-size: 11px; color: #627d98 }
    """
    g = {
        k: _svg_text(k, 12, fill="#627d98", spacing=1.5)
        for k in ("AWARDED TO", "COURSE", "COMPLETED", "CREDENTIAL ID")
    }
    logo = _svg_text("Kestrel", 30, font="serif-bold", fill="#d64545")
    body = f"""<section class="page">
    <div>{logo}</div>
    <h1>Certificate of Completion</h1>
    <div class="f">{g["AWARDED TO"]}<div class="v big">Amara Nwosu-Lindqvist</div></div>
    <div class="f">{g["COURSE"]}<div class="v">Zero Trust Network Access: Principles and
      Practice</div></div>
    <div class="f">{g["COMPLETED"]}<div class="v">June 28, 2024</div></div>
    <div class="f">{g["CREDENTIAL ID"]}<div class="v">KLH-ZT-88QJ-2T4W</div></div>
    <div class="foot">Kestrel Learning Hub</div>
    </section>"""
    return _render(folder, "certificate (3).pdf", body, css, stamp="20240628190000")


@_case(
    "h5-tessellate-icons-print",
    "unknown",
    _x(
        "Observability with OpenTelemetry and Prometheus",
        None,
        "2025-04-14",
        "TA-OTEL-5KD82P",
        "Léa Rousseau-Nakamura",
        None,
        credits=(12, "hours"),
    ),
    "Browser print of a web certificate page: header date '4/20/25, 9:14 PM' and URL footer "
    "decoys; icon-only labels (SVG) with screen-reader-only text that Chromium drops; "
    "'Credential ID:' and 'Enrollment no.:' generated by ::before; 'Credit hours: 12'.",
)
def _b_tessellate(folder: Path) -> Path:
    css = """
    body { font-family: "Inter", "DejaVu Sans", sans-serif; color: #1f2937 }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap }
    .top { display: flex; justify-content: space-between; padding: 10px 0 16px;
           border-bottom: 1px solid #e5e7eb; font-size: 13px }
    .top b { font-size: 18px; color: #7c3aed }
    .card { margin-top: 26px; border: 1px solid #e5e7eb; border-radius: 12px; padding: 36px 40px }
    .kind { font-size: 12px; letter-spacing: 3px; color: #7c3aed }
    h1 { font-size: 28px; margin: 12px 0 26px }
    .it { display: flex; gap: 12px; align-items: center; font-size: 15px; margin: 12px 0 }
    .code::before { content: "Credential ID: "; color: #6b7280 }
    .enr::before { content: "Enrollment no.: "; color: #6b7280 }
    .small { font-size: 12.5px; margin-top: 24px; line-height: 1.8 }
    """
    person = (
        '<svg width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="6" r="4" '
        'fill="#7c3aed"/><path d="M2 19c1-5 15-5 16 0z" fill="#7c3aed"/></svg>'
    )
    cal = (
        '<svg width="20" height="20" viewBox="0 0 20 20"><rect x="2" y="4" width="16" '
        'height="14" rx="2" fill="none" stroke="#7c3aed" stroke-width="2"/><path d="M2 8h16" '
        'stroke="#7c3aed" stroke-width="2"/></svg>'
    )
    clock = (
        '<svg width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="10" r="8" '
        'fill="none" stroke="#7c3aed" stroke-width="2"/><path d="M10 5v5l3 3" stroke="#7c3aed" '
        'stroke-width="2" fill="none"/></svg>'
    )
    body = f"""<div class="top"><b>Tessellate Academy</b><span>Catalog · My learning · Help</span>
    </div>
    <main class="card">
      <div class="kind">CERTIFICATE</div>
      <h1>Observability with OpenTelemetry and Prometheus</h1>
      <div class="it">{person}<span class="sr">Issued to</span>Léa Rousseau-Nakamura</div>
      <div class="it">{cal}<span class="sr">Date of completion</span>April 14, 2025</div>
      <div class="it">{clock}<span class="sr">Workload</span>Credit hours: 12</div>
      <div class="small"><div class="code">TA-OTEL-5KD82P</div><div class="enr">ENR-99120</div>
      </div>
    </main>"""
    url = "https://learn.tessellate-academy.example/certificates/TA-OTEL-5KD82P"
    return _render(
        folder,
        "Tessellate Academy - Certificate.pdf",
        body,
        css,
        size=("210mm", "297mm"),
        margin="10mm",
        fixed=False,
        title="Tessellate Academy - Certificate",
        header=_browser_line("4/20/25, 9:14 PM", "Tessellate Academy - Certificate"),
        footer=_browser_line(url, "", "1/1"),
        stamp="20250420211400",
    )


_BRIGHTPATH_LINES: list[tuple[int, int, str, str, tuple[int, int, int]]] = [
    (92, 20, "sans-bold", "BRIGHTPATH SKILLS STUDIO", (20, 90, 120)),
    (170, 46, "serif", "Certificate of Achievement", (30, 30, 30)),
    (268, 16, "sans", "presented to", (90, 90, 90)),
    (300, 36, "serif-bold", "Santiago Herrera Quispe", (20, 90, 120)),
    (372, 16, "sans", "for completing the course", (90, 90, 90)),
    (404, 28, "sans-bold", "Python for Network Engineers", (30, 30, 30)),
    (476, 16, "sans", "on 14 May 2024", (60, 60, 60)),
    (706, 12, "sans", "Certificate ID BPS-PY-0093-KX", (90, 90, 90)),
]


@_case(
    "h5-brightpath-overlay",
    "unknown",
    _x(
        "Python for Network Engineers",
        None,
        "2024-05-14",
        "BPS-PY-0093-KX",
        "Santiago Herrera Quispe",
        None,
    ),
    "The visible certificate is one background PNG; an invisible (color: transparent) HTML "
    "copy of every line lies on top of it, so the text layer is complete although nothing "
    "visible is text; Spanish double surname.",
)
def _b_brightpath(folder: Path) -> Path:
    scale = 2
    w, h = 1056, 816
    img = Image.new("RGB", (w * scale, h * scale), (252, 250, 245))
    draw = ImageDraw.Draw(img)
    draw.rectangle(
        (30 * scale, 30 * scale, (w - 30) * scale, (h - 30) * scale),
        outline=(20, 90, 120),
        width=6 * scale,
    )
    draw.rectangle(
        (44 * scale, 44 * scale, (w - 44) * scale, (h - 44) * scale),
        outline=(200, 170, 90),
        width=2 * scale,
    )
    spans = []
    for top, size, font, text, color in _BRIGHTPATH_LINES:
        fnt = ImageFont.truetype(_font_file(font), size * scale)
        draw.text((w / 2 * scale, top * scale), text, font=fnt, fill=color, anchor="mt")
        family = "DejaVu Serif" if font.startswith("serif") else "DejaVu Sans"
        weight = "bold" if font.endswith("bold") else "normal"
        spans.append(
            f'<div class="ov" style="top:{top}px;font-size:{size}px;font-family:\'{family}\';'
            f'font-weight:{weight}">{text}</div>'
        )
    css = f"""
    .page {{ background: url({_data_uri(img)}) 0 0 / 100% 100% no-repeat }}
    .ov {{ position: absolute; left: 0; right: 0; text-align: center; color: transparent;
           line-height: 1.164; white-space: nowrap }}
    """
    body = f'<section class="page">{"".join(spans)}</section>'
    return _render(folder, "BrightPath_Certificate.pdf", body, css, stamp="20240514170000")


# --------------------------------------------------------------------------------------------
# Cases a careful reader must check ("unclear", needs_review)
# --------------------------------------------------------------------------------------------


@_case(
    "h5-unclear-ambigdate",
    "unclear",
    _x(
        "Introduction to Network Automation",
        None,
        "2023-05-04",
        "MTS-7731-Q",
        "Alex Morgan-Reyes",
        None,
        review=True,
    ),
    "The only date is '05/04/2023' and nothing on the page (no other date, no locale, no "
    "address) settles day/month order -> needs review. Expected end date follows the "
    "month-first reading, but 2023-04-05 is equally plausible.",
)
def _b_ambig(folder: Path) -> Path:
    css = """
    body { font-family: "Open Sans", "DejaVu Sans", sans-serif; color: #2d3436 }
    .page { padding: 70px 90px; text-align: center; border: 8px solid #6c5ce7 }
    .org { font-size: 16px; letter-spacing: 4px; color: #6c5ce7 }
    h1 { font-size: 36px; font-weight: normal; margin: 50px 0 30px }
    p { font-size: 15px; margin: 10px 0 }
    .name { font-size: 30px; font-weight: bold }
    .course { font-size: 24px; color: #6c5ce7; font-weight: bold }
    .meta { position: absolute; left: 100px; right: 100px; bottom: 70px; display: flex;
            justify-content: space-between; font-size: 13px }
    """
    body = """<section class="page">
    <div class="org">MERIDIAN TECH SEMINARS</div>
    <h1>Certificate of Attendance</h1>
    <p>This is to certify that</p>
    <div class="name">Alex Morgan-Reyes</div>
    <p>attended the seminar</p>
    <div class="course">Introduction to Network Automation</div>
    <div class="meta"><span>Date: 05/04/2023</span><span>Certificate No. MTS-7731-Q</span></div>
    </section>"""
    return _render(folder, "Meridian_certificate.pdf", body, css, stamp="20250601120000")


@_case(
    "h5-unclear-twocodes",
    "unclear",
    _x(
        "Incident Response Lab: Ransomware Containment",
        None,
        "2025-01-22",
        "NCR-2025-55180",
        "Ingrid Halvorsen",
        None,
        review=True,
    ),
    "Two different codes under equally strong labels ('Certificate Number' bottom left, "
    "'Verification Code' bottom right) -> needs review; expected code is the first one.",
)
def _b_twocodes(folder: Path) -> Path:
    css = """
    body { font-family: "IBM Plex Sans", "DejaVu Sans", sans-serif; color: #161616 }
    .page { padding: 60px 80px; background: #f4f4f4 }
    .card { background: #fff; height: 100%; padding: 50px 60px; border-top: 8px solid #0f62fe }
    .org { font-size: 15px; letter-spacing: 3px; color: #0f62fe }
    h1 { font-size: 34px; font-weight: 300; margin: 30px 0 }
    .name { font-size: 28px; font-weight: 600 }
    .course { font-size: 22px; margin: 14px 0 }
    p { font-size: 14px; margin: 6px 0 }
    .codes { position: absolute; left: 140px; right: 140px; bottom: 110px; display: flex;
             justify-content: space-between; font-size: 14px }
    .codes span { display: block; font-size: 11px; color: #525252 }
    """
    body = """<section class="page"><div class="card">
    <div class="org">NORTHWIND CYBER RANGE</div>
    <h1>Certificate of Completion</h1>
    <div class="name">Ingrid Halvorsen</div>
    <p>has completed the hands-on lab</p>
    <div class="course">Incident Response Lab: Ransomware Containment</div>
    <p>on January 22, 2025</p>
    <div class="codes"><div><span>Certificate Number</span>NCR-2025-55180</div>
      <div><span>Verification Code</span>7HQ2-KM9X-4PLT</div></div>
    </div></section>"""
    return _render(folder, "NCR_Certificate_Halvorsen.pdf", body, css, stamp="20250122150000")


@_case(
    "h5-unclear-svgcode",
    "unclear",
    _x(
        "SD-WAN Operations and Troubleshooting",
        None,
        "2024-08-02",
        "VX4S-8TQ2-N7LD",
        "Tomás Villanueva Ortega",
        None,
        review=True,
    ),
    "The 'Validation code:' label is text but the code itself is drawn as SVG paths, so it "
    "is visible and missing from the text layer -> needs review.",
)
def _b_svgcode(folder: Path) -> Path:
    css = """
    body { font-family: "Work Sans", "DejaVu Sans", sans-serif; color: #22313f }
    .page { padding: 64px 84px; border-right: 60px solid #16a085 }
    .org { font-size: 18px; font-weight: bold; color: #16a085 }
    h1 { font-size: 36px; font-weight: normal; margin: 46px 0 26px }
    p { font-size: 15px; margin: 8px 0 }
    .name { font-size: 30px; font-weight: bold }
    .course { font-size: 24px; font-weight: bold; color: #16a085 }
    .meta { margin-top: 56px; font-size: 14px; line-height: 2.1 }
    """
    code = _svg_text("VX4S-8TQ2-N7LD", 14, font="sans-bold", fill="#22313f", spacing=1)
    body = f"""<section class="page">
    <div class="org">Vantage Point Training</div>
    <h1>Certificate of Completion</h1>
    <div class="name">Tomás Villanueva Ortega</div>
    <p>has completed the course</p>
    <div class="course">SD-WAN Operations and Troubleshooting</div>
    <div class="meta">Completed: 2 August 2024<br>Validation code: {code}</div>
    </section>"""
    return _render(folder, "VPT-certificate.pdf", body, css, stamp="20240802120000")


@_case(
    "h5-unclear-imgname",
    "unclear",
    _x(
        "Wireshark for Network Troubleshooting",
        None,
        "2025-02-19",
        "LDA-WS-61520",
        "Anneliese Vogt-Carvalho",
        None,
        review=True,
    ),
    "The learner's name is a calligraphic PNG picture (personalised image) - visible but "
    "absent from the text layer -> needs review; everything else is text.",
)
def _b_imgname(folder: Path) -> Path:
    css = """
    body { font-family: "Playfair Display", "DejaVu Serif", serif; color: #2c2c2c }
    .page { padding: 60px 90px; text-align: center; background: #fffaf2;
            border: 14px solid #2e5e4e }
    .org { font-size: 17px; letter-spacing: 4px; color: #2e5e4e }
    h1 { font-size: 38px; font-weight: normal; margin: 40px 0 20px }
    p { font-size: 15px; margin: 10px 0 }
    .course { font-size: 24px; font-weight: bold; color: #2e5e4e }
    .meta { position: absolute; left: 110px; right: 110px; bottom: 70px; display: flex;
            justify-content: space-between; font-size: 13px }
    """
    name = _png_text("Anneliese Vogt-Carvalho", 46, font="script", color=(46, 94, 78))
    body = f"""<section class="page">
    <div class="org">LAKESIDE DIGITAL ACADEMY</div>
    <h1>Certificate of Completion</h1>
    <p>Awarded to</p>
    <div>{name}</div>
    <p>for successfully completing</p>
    <div class="course">Wireshark for Network Troubleshooting</div>
    <div class="meta"><span>Date of completion: 19 February 2025</span>
      <span>Certificate ID: LDA-WS-61520</span></div>
    </section>"""
    return _render(folder, "LDA_Certificate_LDA-WS-61520.pdf", body, css, stamp="20250219180000")


@_case(
    "h5-unclear-obfont",
    "unclear",
    _x(
        "Designing Resilient Campus Networks",
        None,
        "2024-11-11",
        "OLC-4482-DRC",
        "Mehmet Can Yıldırım",
        None,
        review=True,
    ),
    "The course title is set in an embedded display web font whose character map is "
    "scrambled: the page shows 'Designing Resilient Campus Networks' but the text layer says "
    "'Qrfvtavat Erfvyvrag Pnzchf Argjbexf' -> needs review.",
)
def _b_obfont(folder: Path) -> Path:
    css = (
        _scrambled_font_css("Orbital Display")
        + """
    body { font-family: "Source Sans 3", "DejaVu Sans", sans-serif; color: #1e293b }
    .page { padding: 60px 90px; text-align: center;
            background: radial-gradient(circle at 50% 0, #e0e7ff, #fff 60%) }
    .org { font-size: 16px; letter-spacing: 5px; color: #4338ca }
    h1 { font-size: 20px; font-weight: normal; letter-spacing: 3px; margin: 40px 0 14px }
    .course { font-family: "Orbital Display"; font-size: 40px; color: #312e81; margin: 10px 0 30px }
    p { font-size: 15px; margin: 8px 0 }
    .name { font-size: 28px; font-weight: bold }
    .meta { position: absolute; left: 110px; right: 110px; bottom: 70px; display: flex;
            justify-content: space-between; font-size: 13px }
    """
    )
    body = f"""<section class="page">
    <div class="org">ORBITAL LEARNING COLLECTIVE</div>
    <h1>CERTIFICATE OF COMPLETION</h1>
    <div class="course">{_scramble("Designing Resilient Campus Networks")}</div>
    <p>is hereby awarded to</p>
    <div class="name">Mehmet Can Yıldırım</div>
    <div class="meta"><span>Completed 11 November 2024</span>
      <span>Certificate ID: OLC-4482-DRC</span></div>
    </section>"""
    return _render(folder, "OLC-4482-DRC.pdf", body, css, stamp="20241111100000")


@_case(
    "h5-unclear-stampdate",
    "unclear",
    _x(
        "BGP Fundamentals for Service Providers",
        None,
        "2024-11-18",
        "CLI-BGP-3391",
        "Dalia Mendoza Ortiz",
        None,
        review=True,
    ),
    "The completion date exists only inside a tilted rubber-stamp PNG ('COMPLETED / 18 NOV "
    "2024'); the text layer has no date at all -> needs review.",
)
def _b_stamp(folder: Path) -> Path:
    css = """
    body { font-family: "Merriweather Sans", "DejaVu Sans", sans-serif; color: #1c1c1c }
    .page { padding: 60px 90px; border: 2px solid #b87333; text-align: center }
    .org { font-size: 18px; letter-spacing: 3px; color: #b87333 }
    h1 { font-size: 34px; font-weight: normal; margin: 46px 0 26px }
    p { font-size: 15px; margin: 8px 0 }
    .name { font-size: 30px; font-weight: bold }
    .course { font-size: 24px; font-weight: bold; color: #7a4a1e }
    .stamp { position: absolute; right: 110px; bottom: 70px }
    .code { position: absolute; left: 90px; bottom: 80px; font-size: 13px }
    """
    stamp = _stamp_png(["COMPLETED", "18 NOV 2024"])
    body = f"""<section class="page">
    <div class="org">COPPERLINE INSTITUTE</div>
    <h1>Certificate of Completion</h1>
    <p>This is to certify that</p>
    <div class="name">Dalia Mendoza Ortiz</div>
    <p>has completed the course</p>
    <div class="course">BGP Fundamentals for Service Providers</div>
    <div class="code">Certificate ID: CLI-BGP-3391</div>
    <div class="stamp">{stamp}</div>
    </section>"""
    return _render(folder, "Copperline_CLI-BGP-3391.pdf", body, css, stamp="20250110084500")


HOLDOUT_CASES: list[Case] = [case for case, _ in _REGISTRY]
HOLDOUT_KINDS: dict[str, str] = {case.name: kind for case, kind in _REGISTRY}
