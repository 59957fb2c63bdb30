"""Held-out set 14: twenty-four SCANNED completion certificates (image-only PDFs, no text layer).

Each certificate is first laid out and printed by one of the shared producers (headless
Chromium, WeasyPrint, LibreOffice, cairo, Ghostscript), then "scanned": page 1 is rasterised
with pypdfium2 at 150-300 dpi and degraded the way office scanners and phone photos degrade
a page (skew, quarter turns, blur, paper tint, uneven light, noise and speckle, JPEG, folds,
stamps and pen ink on top), and saved as a PDF that holds nothing but the page image.

Kinds: "known" platform and vendor layouts, "foreign" (non-English, Latin script), "unknown"
(small training companies, universities, meetups) and "unclear" (a value a careful human
could not read or could not decide, so the certificate must be checked).

All people, codes, companies and addresses are invented.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    _seal_svg,
    _signature,
    _signature_svg,
    _soffice,
    _weasy,
)

from certfactory import Case, Expected

RGB = tuple[int, int, int]
Point = tuple[float, float]

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"

# --------------------------------------------------------------------------------------------
# What lies on the paper besides the print: rubber stamps, pen ink, stains, flash glare
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """A rubber stamp; `at` is its centre as fractions of the page, `size` its width in inches."""

    at: Point
    lines: tuple[str, ...] = ()
    ring: str = ""  # text running round a round stamp
    size: float = 1.5
    round: bool = True
    angle: float = -12.0
    color: RGB = (38, 62, 168)
    strength: float = 0.8


@dataclass(frozen=True)
class Ink:
    """A pen signature; `at` is its top-left corner (fractions), `size` in inches."""

    seed: str
    at: Point
    size: tuple[float, float] = (2.0, 0.6)
    color: RGB = (24, 34, 120)
    width: float = 1.4  # points


@dataclass(frozen=True)
class Stain:
    """A coffee-cup ring; `radius` in inches."""

    at: Point
    radius: float = 0.8
    color: RGB = (168, 118, 62)
    strength: float = 0.45


@dataclass(frozen=True)
class Glare:
    """A phone flash reflection washing out the print; `radius` in inches."""

    at: Point
    radius: tuple[float, float] = (1.2, 0.6)
    strength: float = 0.995


Mark = Stamp | Ink | Stain | Glare


@dataclass(frozen=True)
class Scan:
    dpi: int
    seed: str
    skew: float = 0.0  # degrees, counter-clockwise
    turn: int = 0  # 0 / 90 / 180 / 270, the sheet fed sideways or upside down
    blur: float = 0.0
    focus: tuple[float, float] | None = None  # (from this height fraction down, blur radius)
    paper: RGB | None = None
    light: float = 0.0  # strength of uneven lighting
    light_at: Point = (0.35, 0.3)
    shade: float = 0.0  # a linear shadow from one side (phone or hand)
    noise: float = 0.0  # grain amplitude, grey levels
    speckle: float = 0.0  # dust dots per square inch
    quality: int = 85
    fold: tuple[str, float] | None = None  # ("h" or "v", position fraction)
    mode: str = "RGB"  # "RGB", "L" or "1"
    threshold: int = 150
    photo: bool = False
    warp: float = 0.025
    table: RGB = (92, 76, 60)
    bed: RGB = (236, 236, 233)
    marks: tuple[Mark, ...] = ()


def _font(px: int, bold: bool = True) -> Any:
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(_DEJAVU + name, max(px, 6))


def _grain(size: tuple[int, int], rng: random.Random, amp: float, soft: float = 0.0) -> Any:
    """Deterministic noise centred on 128 with +-amp levels."""
    from PIL import Image, ImageFilter

    w, h = size
    n = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    if soft:
        n = n.filter(ImageFilter.GaussianBlur(soft))
        lo, hi = n.getextrema()
        span = max(int(hi) - int(lo), 1)
        n = n.point(lambda v: (v - lo) * 255 // span)
    return n.point(lambda v: max(0, min(255, int(128 + (v - 128) * amp / 128))))


def _ink_onto(page: Any, mask: Any, color: RGB, x0: int, y0: int, strength: float) -> None:
    """Multiply ink of `color` into the page through an L mask placed at (x0, y0)."""
    from PIL import Image, ImageChops

    w, h = page.size
    x0 = max(0, min(x0, w - mask.width))
    y0 = max(0, min(y0, h - mask.height))
    box = (x0, y0, x0 + mask.width, y0 + mask.height)
    region = page.crop(box)
    inked = ImageChops.multiply(region, Image.new("RGB", region.size, color))
    alpha = mask.point(lambda v: int(v * strength))
    page.paste(Image.composite(inked, region, alpha), box[:2])


def _texture(mask: Any, rng: random.Random, low: int = 110) -> Any:
    """Uneven rubber-stamp inking."""
    from PIL import ImageChops

    tex = _grain(mask.size, rng, 128, soft=max(mask.width / 90, 1.0))
    tex = tex.point(lambda v: low + (255 - low) * v // 255)
    return ImageChops.multiply(mask, tex)


def _draw_stamp(page: Any, st: Stamp, ppi: float, rng: random.Random) -> None:
    from PIL import Image, ImageDraw

    d = int(st.size * ppi)
    lw = max(2, d // 42)
    if st.round:
        mask = Image.new("L", (d, d), 0)
        dr = ImageDraw.Draw(mask)
        dr.ellipse((lw, lw, d - lw, d - lw), outline=255, width=lw)
        inner = int(d * 0.2)
        dr.ellipse((inner, inner, d - inner, d - inner), outline=255, width=max(1, lw // 2))
        if st.ring:
            import math

            rr = (d / 2 - lw + d / 2 - inner) / 2
            px = int((inner - lw) * 0.62)
            while True:  # shrink the letters until the text fits once round the ring
                f = _font(px)
                widths = [f.getlength(ch) + (inner - lw) * 0.06 for ch in st.ring]
                total = sum(widths) / rr
                if total < 2 * math.pi * 0.94 or px <= 6:
                    break
                px -= 1
            theta = -math.pi / 2 - total / 2
            for ch, cw in zip(st.ring, widths, strict=True):
                mid = theta + cw / 2 / rr
                glyph = Image.new("L", (int(cw * 2) + 4, int(f.size * 1.6)), 0)
                ImageDraw.Draw(glyph).text(
                    (glyph.width / 2, glyph.height / 2), ch, fill=255, font=f, anchor="mm"
                )
                glyph = glyph.rotate(-math.degrees(mid) - 90, expand=True)
                cx = d / 2 + rr * math.cos(mid) - glyph.width / 2
                cy = d / 2 + rr * math.sin(mid) - glyph.height / 2
                mask.paste(255, (int(cx), int(cy)), glyph)
                theta += cw / rr
        room = d - 2 * inner
        n = max(len(st.lines), 1)
        for i, line in enumerate(st.lines):
            size = int(room * 0.24)
            f = _font(size)
            while f.getlength(line) > room * 0.9 and size > 6:
                size -= 1
                f = _font(size)
            y = d / 2 + (i - (n - 1) / 2) * size * 1.25
            dr.text((d / 2, y), line, fill=255, font=f, anchor="mm")
    else:
        line_h = int(d * 0.16)
        hgt = line_h * len(st.lines) + 4 * lw + line_h // 2
        mask = Image.new("L", (d, hgt), 0)
        dr = ImageDraw.Draw(mask)
        dr.rectangle((lw, lw, d - lw, hgt - lw), outline=255, width=lw)
        dr.rectangle((3 * lw, 3 * lw, d - 3 * lw, hgt - 3 * lw), outline=255, width=max(1, lw // 2))
        for i, line in enumerate(st.lines):
            size = int(line_h * 0.78)
            f = _font(size)
            while f.getlength(line) > d * 0.86 and size > 6:
                size -= 1
                f = _font(size)
            y = 4 * lw + line_h * (i + 0.5) + line_h // 4
            dr.text((d / 2, y), line, fill=255, font=f, anchor="mm")
    mask = _texture(mask, rng).rotate(st.angle, expand=True, resample=Image.Resampling.BICUBIC)
    x0 = int(st.at[0] * page.width - mask.width / 2)
    y0 = int(st.at[1] * page.height - mask.height / 2)
    _ink_onto(page, mask, st.color, x0, y0, st.strength)


def _bezier(p0: Point, c1: Point, c2: Point, p1: Point, steps: int = 14) -> list[Point]:
    out = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p1[0],
                u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1],
            )
        )
    return out


def _draw_ink(page: Any, ink: Ink, ppi: float) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    w, h = int(ink.size[0] * ppi), int(ink.size[1] * ppi)
    start, segs = _signature(ink.seed, w, h)
    pts = [start]
    for a, b, c, d, e, f in segs:
        pts += _bezier(pts[-1], (a, b), (c, d), (e, f))
    pad = int(ppi * 0.15)
    mask = Image.new("L", (w + 2 * pad, h + 2 * pad), 0)
    ImageDraw.Draw(mask).line(
        [(x + pad, y + pad) for x, y in pts],
        fill=255,
        width=max(1, int(ink.width * ppi / 72)),
        joint="curve",
    )
    mask = mask.filter(ImageFilter.GaussianBlur(ppi / 300))
    x0 = int(ink.at[0] * page.width) - pad
    y0 = int(ink.at[1] * page.height) - pad
    _ink_onto(page, mask, ink.color, x0, y0, 0.92)


def _draw_stain(page: Any, st: Stain, ppi: float) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    r = int(st.radius * ppi)
    mask = Image.new("L", (2 * r + 8, 2 * r + 8), 0)
    dr = ImageDraw.Draw(mask)
    dr.ellipse((4, 4, 2 * r + 4, 2 * r + 4), fill=38)
    dr.ellipse((4, 4, 2 * r + 4, 2 * r + 4), outline=255, width=max(2, r // 14))
    dr.arc((r // 3, r // 4, 2 * r - r // 5, 2 * r), 200, 320, fill=150, width=max(2, r // 24))
    mask = mask.filter(ImageFilter.GaussianBlur(max(1.0, r / 40)))
    x0 = int(st.at[0] * page.width) - r
    y0 = int(st.at[1] * page.height) - r
    _ink_onto(page, mask, st.color, x0, y0, st.strength)


def _draw_glare(page: Any, g: Glare, ppi: float) -> None:
    from PIL import Image

    rx, ry = int(g.radius[0] * ppi), int(g.radius[1] * ppi)
    mask = Image.radial_gradient("L").resize((2 * rx, 2 * ry), Image.Resampling.BICUBIC)
    # 0 on the ellipse (the gradient reads 181 there), a flat washed-out core inside
    peak = 255 * g.strength
    mask = mask.point(lambda v: int(max(0.0, min(1.0, (1 - v / 181) * 2.0)) ** 0.8 * peak))
    x0 = int(g.at[0] * page.width) - rx
    y0 = int(g.at[1] * page.height) - ry
    box = (x0, y0, x0 + 2 * rx, y0 + 2 * ry)
    region = page.crop(box)
    white = Image.new("RGB", region.size, (255, 255, 255))
    page.paste(Image.composite(white, region, mask), box[:2])


def _column_mask(size: tuple[int, int], values: Sequence[int], vertical: bool = True) -> Any:
    """An L mask that varies along one axis only."""
    from PIL import Image

    w, h = size
    if vertical:
        strip = Image.new("L", (1, len(values)))
        strip.putdata(list(values))
        return strip.resize((w, h), Image.Resampling.BILINEAR)
    strip = Image.new("L", (len(values), 1))
    strip.putdata(list(values))
    return strip.resize((w, h), Image.Resampling.BILINEAR)


def _fold(page: Any, axis: str, pos: float, ppi: float, rng: random.Random) -> None:
    """A crease: a thin dark line with a light band on one side and a soft shadow on the other."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    w, h = page.size
    length = w if axis == "h" else h
    at = pos * (h if axis == "h" else w)
    pts = []
    wobble = 0.0
    for i in range(0, length + 40, 40):
        wobble = max(-ppi * 0.03, min(ppi * 0.03, wobble + rng.uniform(-1.5, 1.5)))
        pts.append((i, at + wobble) if axis == "h" else (at + wobble, i))
    dark = Image.new("L", page.size, 0)
    light = Image.new("L", page.size, 0)
    dd, ld = ImageDraw.Draw(dark), ImageDraw.Draw(light)
    off = ppi * 0.025
    shift = [(x, y + off) if axis == "h" else (x + off, y) for x, y in pts]
    back = [(x, y - 2 * off) if axis == "h" else (x - 2 * off, y) for x, y in pts]
    dd.line(pts, fill=120, width=max(1, int(ppi / 110)))
    dd.line(back, fill=40, width=max(2, int(ppi / 25)))
    ld.line(shift, fill=110, width=max(2, int(ppi / 30)))
    dark = dark.filter(ImageFilter.GaussianBlur(ppi / 160))
    light = light.filter(ImageFilter.GaussianBlur(ppi / 80))
    grey = Image.new("RGB", page.size, (70, 70, 70))
    page.paste(Image.composite(ImageChops.multiply(page, grey), page, dark))
    page.paste(Image.composite(Image.new("RGB", page.size, (255, 255, 255)), page, light))


def _solve(rows: list[list[float]], rhs: list[float]) -> list[float]:
    m = [[*row, v] for row, v in zip(rows, rhs, strict=True)]
    n = len(m)
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[p] = m[p], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                for c in range(i, n + 1):
                    m[r][c] -= f * m[i][c]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective(dst: Sequence[Point], src: Sequence[Point]) -> list[float]:
    """Pillow PERSPECTIVE coefficients mapping output corners `dst` to input corners `src`."""
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (xo, yo), (xi, yi) in zip(dst, src, strict=True):
        rows.append([xo, yo, 1, 0, 0, 0, -xo * xi, -yo * xi])
        rhs.append(xi)
        rows.append([0, 0, 0, xo, yo, 1, -xo * yi, -yo * yi])
        rhs.append(yi)
    return _solve(rows, rhs)


def _photo(page: Any, s: Scan, rng: random.Random) -> Any:
    """The sheet lying on a table, photographed slightly off-axis."""
    from PIL import Image, ImageChops, ImageFilter

    w, h = page.size
    mx, my = int(w * 0.08), int(h * 0.08)
    big_w, big_h = w + 2 * mx, h + 2 * my
    j = s.warp * min(w, h)
    base = [(mx, my), (mx + w, my), (mx + w, my + h), (mx, my + h)]
    dst = [(x + rng.uniform(-j, j), y + rng.uniform(-j, j)) for x, y in base]
    coeffs = _perspective(dst, [(0, 0), (w, 0), (w, h), (0, h)])
    sheet = page.convert("RGBA").transform(
        (big_w, big_h),
        Image.Transform.PERSPECTIVE,
        coeffs,
        Image.Resampling.BICUBIC,
        fillcolor=(0, 0, 0, 0),
    )
    table = Image.new("RGB", (big_w, big_h), s.table)
    mottle = _grain((max(big_w // 48, 2), max(big_h // 48, 2)), rng, 40)
    mottle = mottle.resize((big_w, big_h), Image.Resampling.BICUBIC)
    mottle = mottle.filter(ImageFilter.GaussianBlur(big_w / 90))
    table = ImageChops.add(table, Image.merge("RGB", (mottle,) * 3), 1.0, -128)
    alpha = sheet.getchannel("A")
    shadow = alpha.filter(ImageFilter.GaussianBlur(w * 0.012)).point(lambda v: v * 6 // 10)
    table.paste((25, 20, 15), (int(w * 0.006), int(h * 0.008)), shadow)
    table.paste(sheet.convert("RGB"), (0, 0), alpha)
    return table


def _light(img: Any, s: Scan) -> Any:
    from PIL import Image, ImageChops

    w, h = img.size
    out = img
    if s.light:
        grad = Image.radial_gradient("L").resize((2 * w, 2 * h), Image.Resampling.BILINEAR)
        cx, cy = int(s.light_at[0] * w), int(s.light_at[1] * h)
        grad = grad.crop((w - cx, h - cy, 2 * w - cx, 2 * h - cy))
        lm = grad.point(lambda v: 255 - int(v * s.light))
        out = ImageChops.multiply(out, Image.merge("RGB", (lm,) * 3))
    if s.shade:
        n = 64
        vals = [255 - int(s.shade * 255 * max(0.0, 1 - i / (n * 0.55)) ** 1.6) for i in range(n)]
        lm = _column_mask((w, h), vals, vertical=False)
        out = ImageChops.multiply(out, Image.merge("RGB", (lm,) * 3))
    return out


def _scan(src: Path, out: Path, s: Scan) -> Path:
    """Rasterise page 1 of `src` and write it as a degraded, image-only PDF to `out`."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random("h14:" + s.seed)
    doc = pdfium.PdfDocument(str(src))
    try:
        page = doc[0].render(scale=s.dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()
    ppi = float(s.dpi)
    if s.paper:
        page = ImageChops.multiply(page, Image.new("RGB", page.size, s.paper))
    for mark in s.marks:
        if isinstance(mark, Stamp):
            _draw_stamp(page, mark, ppi, rng)
        elif isinstance(mark, Ink):
            _draw_ink(page, mark, ppi)
        elif isinstance(mark, Stain):
            _draw_stain(page, mark, ppi)
    if s.fold:
        _fold(page, s.fold[0], s.fold[1], ppi, rng)
    for mark in s.marks:
        if isinstance(mark, Glare):
            _draw_glare(page, mark, ppi)
    if s.photo:
        img = _photo(page, s, rng)
        fill = s.table
        if s.skew:
            img = img.rotate(s.skew, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    else:
        img = page
        if s.skew:
            img = img.rotate(
                s.skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=s.bed
            )
    img = _light(img, s)
    if s.focus:
        y0, radius = s.focus
        n = 100
        ramp = [max(0, min(255, int((i / n - y0) / 0.08 * 255))) for i in range(n)]
        soft = img.filter(ImageFilter.GaussianBlur(radius))
        img = Image.composite(soft, img, _column_mask(img.size, ramp))
    if s.blur:
        img = img.filter(ImageFilter.GaussianBlur(s.blur))
    if s.noise:
        g = _grain(img.size, rng, s.noise, soft=0.6)
        img = ImageChops.add(img, Image.merge("RGB", (g,) * 3), 1.0, -128)
    if s.speckle:
        dr = ImageDraw.Draw(img)
        w, h = img.size
        for _ in range(int(s.speckle * w * h / (ppi * ppi))):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            r = rng.uniform(0.4, 1.6) * ppi / 200
            v = rng.randrange(20, 120)
            dr.ellipse((x - r, y - r, x + r, y + r), fill=(v, v, v))
    if s.photo:  # the phone's own JPEG before the PDF app re-encodes it
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=min(s.quality + 10, 92))
        buf.seek(0)
        img = Image.open(buf).convert("RGB")
    if s.mode == "L":
        img = img.convert("L")
    elif s.mode == "1":
        img = img.convert("L").point(lambda v: 255 if v > s.threshold else 0)
        img = img.convert("1", dither=Image.Dither.NONE)
    if s.turn:
        img = img.rotate(s.turn, expand=True)
    if img.mode == "1":  # CCITT G4, as office scanners store black-and-white pages
        img.save(out, "PDF", resolution=float(s.dpi))
    else:
        img.save(out, "PDF", resolution=float(s.dpi), quality=s.quality)
    return out


def _scanned(stem: str, scan: Scan, make: Callable[[Path], Path]) -> Callable[[Path], Path]:
    """A build function: print the certificate in a scratch folder, then scan it into `folder`."""

    def build(folder: Path) -> Path:
        work = Path(tempfile.mkdtemp(prefix="h14_"))
        try:
            vector = make(work)
            return _scan(vector, folder / f"{stem}.pdf", scan)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return build


# --------------------------------------------------------------------------------------------
# Known platforms and vendors
# --------------------------------------------------------------------------------------------

_UDEMY_CODE = "UC-3f9a2c71-8b4e-4d2a-9e61-5c0d7b8a4f12"


def _udemy(work: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;font-family:'DejaVu Sans',sans-serif;color:#1c1d1f}
    .pg{width:11in;height:8.5in;box-sizing:border-box;padding:.62in .8in;position:relative;
        border:1px solid #d1d7dc}
    .logo{font:700 40px 'Nimbus Sans';letter-spacing:-1.5px}
    .logo span{color:#a435f0}
    .meta{position:absolute;top:.64in;right:.8in;text-align:right;font-size:12px;
          color:#6a6f73;line-height:1.75}
    .kicker{margin-top:1.3in;font-size:13px;letter-spacing:2.5px;color:#6a6f73}
    h1{font:700 42px/1.2 'Nimbus Sans';margin:.14in 0 .24in;width:7.3in}
    .ins{font-size:15px}
    .foot{position:absolute;left:.8in;bottom:.78in}
    .nm{font:700 36px 'Nimbus Sans';margin-bottom:12px}
    .f{font-size:14px;line-height:1.8}
    .f b{margin-left:8px}
    """
    body = f"""<div class="pg">
    <div class="logo"><span>U</span>demy</div>
    <div class="meta">Certificate no: {_UDEMY_CODE}<br>
      Certificate url: ude.my/{_UDEMY_CODE}<br>Reference Number: 0004</div>
    <div class="kicker">CERTIFICATE OF COMPLETION</div>
    <h1>Terraform on AWS: Infrastructure as Code for Network Engineers</h1>
    <div class="ins">Instructors <b>Dana Whitcombe, Rafael Ortiz</b></div>
    <div class="foot"><div class="nm">Marisol Achterberg</div>
      <div class="f">Date <b>Aug. 14, 2025</b><br>Length <b>12.5 total hours</b></div></div>
    </div>"""
    return _chromium(_html(css, body), work / "udemy.pdf", "11in", "8.5in")


def _coursera(work: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;font-family:'Nimbus Sans',sans-serif;color:#1f1f1f}
    .pg{width:11in;height:8.5in;position:relative;overflow:hidden}
    .main{position:absolute;left:.75in;top:.6in;width:7.1in}
    .logo{font:700 30px 'Nimbus Sans';color:#0056d2;letter-spacing:-.5px}
    .uni{font:700 15px 'P052';color:#4a2f6e;margin-top:6px}
    .date{font-size:14px;margin-top:.5in;color:#333}
    .nm{font:400 38px 'Nimbus Sans';margin-top:.35in}
    .lead{font-size:15px;margin-top:.12in}
    .course{font:700 28px/1.2 'Nimbus Sans';margin-top:.1in;width:6.2in}
    .desc{font-size:13px;color:#444;margin-top:.16in;width:5.6in;line-height:1.45}
    .sig{margin-top:.38in}
    .sig .who{font-size:12px;line-height:1.45;border-top:1px solid #999;width:3.2in;
              padding-top:4px}
    .band{position:absolute;right:0;top:0;width:2.55in;height:8.5in;background:#eef1f5}
    .band .cc{font:700 17px 'Nimbus Sans';letter-spacing:3px;color:#1f1f1f;text-align:center;
              margin-top:1.1in;line-height:1.5}
    .band .seal{text-align:center;margin-top:.4in}
    .verify{position:absolute;left:.75in;bottom:.55in;font-size:11px;color:#555;
            line-height:1.6;width:7in}
    """
    body = f"""<div class="pg"><div class="main">
    <div class="logo">coursera</div>
    <div class="uni">NORTHBRIDGE TECHNICAL UNIVERSITY</div>
    <div class="date">Mar 3, 2025</div>
    <div class="nm">Priyanka Venkataraman</div>
    <div class="lead">has successfully completed</div>
    <div class="course">Network Security Fundamentals and Threat Detection</div>
    <div class="desc">an online non-credit course authorized by Northbridge Technical University
      and offered through Coursera</div>
    <div class="sig">{_signature_svg("h14-coursera", 190, 50)}
      <div class="who">Helena Marchetti<br>Associate Professor, Department of Computer
      Science<br>Northbridge Technical University</div></div>
    </div>
    <div class="band"><div class="cc">COURSE<br>CERTIFICATE</div>
      <div class="seal">{_seal_svg(150, "#c9a64a")}</div></div>
    <div class="verify">Verify at: https://coursera.org/verify/7KQ2XW9RPLZM<br>
      Coursera has confirmed the identity of this individual and their participation in
      the course.</div>
    </div>"""
    return _weasy(_html(css, body), work / "coursera.pdf")


def _linkedin(work: Path) -> Path:
    c = _Cairo(work / "linkedin.pdf", 792, 612)
    c.rect(18, 18, 756, 576, stroke="#d0d4d9", lw=1)
    c.rect(60, 52, 26, 26, fill="#0a66c2")
    c.text(64.5, 72, "in", size=19, family="Nimbus Sans", bold=True, color="#ffffff")
    c.text(94, 72, "Learning", size=20, family="Nimbus Sans", color="#0a66c2")
    c.text(396, 150, "Certificate of Completion", size=32, family="P052", align="center")
    c.text(396, 196, "Congratulations, Oluwaseun Adeyemi-Brandt", size=19, align="center",
           family="Nimbus Sans")
    y = c.wrap(396, 246, "Securing Remote Access: IPsec, SSL VPNs and Zero Trust Network Access",
               560, 24, 30, align="center", family="Nimbus Sans", bold=True)
    c.text(396, y + 14, "Course completed on Feb 11, 2025 at 04:37PM UTC", size=11.5,
           align="center", family="Nimbus Sans", color="#444444")
    c.text(396, y + 32, "1 hour 48 minutes", size=11.5, align="center", family="Nimbus Sans",
           color="#444444")
    c.wrap(396, y + 62, "By continuing to learn, you have expanded your perspective, sharpened "
           "your skills, and made yourself even more in demand.", 470, 10.5, 14,
           align="center", family="Nimbus Sans", color="#555555")
    c.signature(78, 458, 150, 40, "h14-linkedin")
    c.line(72, 505, 262, 505, color="#888888", lw=0.6)
    c.text(72, 520, "Ines Kowalczyk", size=10.5, family="Nimbus Sans", bold=True)
    c.text(72, 534, "Head of Content Strategy, Learning", size=9.5, family="Nimbus Sans",
           color="#555555")
    c.rect(470, 446, 262, 92, stroke="#c5cbd3", lw=0.8)
    rows = (
        ("NASBA CPE", True),
        ("Field of study: Information Technology", False),
        ("CPE credits: 2.0", False),
        ("Delivery method: QAS Self Study", False),
        ("Sponsor ID: 140940", False),
    )
    for i, (s, b) in enumerate(rows):
        c.text(482, 464 + i * 16, s, size=9.5, family="Nimbus Sans", bold=b, color="#333333")
    c.text(720, 575, "Certificate ID: 5c1e9a07b3d84f26e0a7c915", size=9, align="right",
           family="Nimbus Sans", color="#555555")
    return c.finish()


def _cisco_u(work: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;font-family:'Nimbus Sans',sans-serif;color:#0d274d}
    .pg{width:11in;height:8.5in;position:relative;overflow:hidden;background:#fff}
    .band{position:absolute;left:0;top:0;width:2.5in;height:8.5in;background:#0d274d}
    .band .u{color:#fff;font:700 44px 'Nimbus Sans';margin:.7in 0 0 .4in}
    .band .c{color:#049fd9;font:700 15px 'Nimbus Sans';letter-spacing:4px;margin:.08in 0 0 .42in}
    .band .id{position:absolute;bottom:.5in;left:.42in;color:#b9c6d8;font-size:11px}
    .main{position:absolute;left:3.1in;top:.8in;width:7.2in}
    .k{color:#049fd9;font:700 15px 'Nimbus Sans';letter-spacing:3px}
    .lead{font-size:15px;margin-top:.45in;color:#333}
    .nm{font:700 38px 'Nimbus Sans';margin-top:.08in}
    .course{font:700 25px/1.25 'Nimbus Sans';margin-top:.1in;width:6.8in;color:#1a1a1a}
    .facts{display:flex;gap:.4in;margin-top:.45in}
    .facts div{border-top:2px solid #049fd9;padding-top:6px;font-size:19px;font-weight:700;
               color:#1a1a1a}
    .facts span{display:block;font-size:11px;font-weight:400;color:#555;margin-top:4px}
    .sig{position:absolute;left:3.1in;bottom:.75in;font-size:12px;line-height:1.45;color:#333}
    .note{position:absolute;right:.6in;bottom:.75in;width:3.1in;font-size:10px;color:#666;
          text-align:right;line-height:1.45}
    """
    body = f"""<div class="pg">
    <div class="band"><div class="u">Cisco U.</div><div class="c">CISCO</div>
      <div class="id">Cisco ID: k.nakamuraholt</div></div>
    <div class="main"><div class="k">CERTIFICATE OF COMPLETION</div>
      <div class="lead">This certifies that</div>
      <div class="nm">Keiko Nakamura-Holt</div>
      <div class="lead" style="margin-top:.18in">has successfully completed</div>
      <div class="course">Implementing and Operating Cisco Enterprise Network Core
        Technologies (ENCOR) v1.3</div>
      <div class="facts"><div>27 June 2025<span>Completion date</span></div>
        <div>64<span>Continuing Education credits</span></div>
        <div>CSCO-U-7Q4M-2K9X-81FD<span>Credential ID</span></div></div></div>
    <div class="sig">{_signature_svg("h14-ciscou", 170, 46)}<br>Marcus Delacroix-Wynn<br>
      Vice President, Learning &amp; Certifications</div>
    <div class="note">CE credits may be submitted to the Cisco Continuing Education Program
      until 27 June 2028.</div>
    </div>"""
    return _chromium(_html(css, body), work / "ciscou.pdf", "11in", "8.5in")


def _netacad(work: Path) -> Path:
    d = _Odt(29.7, 21.0, margin_cm=1.4, border="2.5pt solid #049fd9")
    d.p("Cisco Networking Academy", size=15, bold=True, color="#049fd9", before=0.3)
    d.p("Certificate of Course Completion", size=30, font="DejaVu Serif", before=0.5)
    d.p("Jonas Vermeulen", size=28, bold=True, font="Nimbus Roman", before=0.45, after=0.3)
    d.p(
        [
            ("has successfully achieved student level credential for completing the ", False),
            ("CCNA: Switching, Routing, and Wireless Essentials", True),
            (" course.", False),
        ],
        size=13,
        after=0.4,
    )
    d.p("The student was able to proficiently:", size=10.5, align="start", before=0.2)
    for bullet in (
        "• Configure VLANs, trunks and inter-VLAN routing applying security best practices.",
        "• Troubleshoot redundancy with Spanning Tree Protocol and EtherChannel.",
        "• Configure WLANs using a WLC and implement first-hop redundancy protocols.",
    ):
        d.p(bullet, size=10, align="start", after=0.05)
    d.p("", size=6, before=0.3)
    d.table(
        [
            ["Kaunas Technical College", "Lithuania", "Rūta Žemaitienė", "15 Jun 2025"],
            ["Academy Name", "Location", "Instructor Signature", "Date"],
        ],
        [8.0, 4.4, 6.6, 4.4],
        size=11,
        bold_first=False,
        border="none",
        shade_first=None,
    )
    d.p("Laura Quintana-Reyes · Vice President, Cisco Networking Academy", size=9,
        color="#555555", before=0.5)
    return _soffice("netacad.fodt", d.render(), work)


def _cisco_live(work: Path) -> Path:
    css = """
    @page{size:8.5in 11in;margin:0}
    body{margin:0;font-family:'Nimbus Sans',sans-serif;color:#1a1a1a}
    .top{background:#0d274d;color:#fff;padding:.45in .7in .35in}
    .top .w{font:700 36px 'Nimbus Sans'}
    .top .w i{color:#00bceb;font-style:normal}
    .top .e{font-size:14px;margin-top:6px;color:#cfe3f5}
    .main{padding:.55in .7in 0}
    h1{font:400 34px 'P052';margin:0 0 .3in}
    .l{font-size:14px;margin:.12in 0}
    .nm{font:700 32px 'Nimbus Sans';margin:.05in 0 .15in}
    .code{font-size:13px;color:#555;margin-top:.2in;letter-spacing:1px}
    .course{font:700 23px/1.25 'Nimbus Sans';margin:.05in 0 .12in;width:6.6in}
    table{border-collapse:collapse;margin-top:.35in;font-size:13px}
    td{border:1px solid #b8c2cc;padding:7px 12px}
    td:first-child{background:#f0f3f6;font-weight:700;width:2.4in}
    .sig{margin-top:.55in;font-size:12px;line-height:1.45}
    .foot{position:absolute;bottom:.5in;left:.7in;right:.7in;font-size:10px;color:#666;
          border-top:1px solid #ccc;padding-top:6px}
    """
    body = f"""<div class="top"><div class="w">CISCO <i>Live!</i></div>
    <div class="e">Amsterdam · RAI · 9–14 February 2025</div></div>
    <div class="main"><h1>Certificate of Attendance</h1>
    <div class="l">This is to certify that</div>
    <div class="nm">Anneliese Okonkwo</div>
    <div class="l">attended the Technical Seminar</div>
    <div class="code">TECSEC-2600</div>
    <div class="course">Next-Generation Firewall Design, Deployment and Troubleshooting</div>
    <div class="l">held on Sunday, 9 February 2025 at RAI Amsterdam.</div>
    <table><tr><td>Continuing Education credits</td><td>8</td></tr>
    <tr><td>Attendee ID</td><td>CLEUR25-118407</td></tr>
    <tr><td>Certificate No.</td><td>CLE25-TS-004417</td></tr></table>
    <div class="sig">{_signature_svg("h14-clive", 180, 48)}<br>Priya Deshmukh-Larsen<br>
      Director, Cisco Live Learning</div></div>
    <div class="foot">Submit your CE credits at cisco.com/go/ce within 12 months of the event.
      Cisco Live is a trademark of Cisco Systems, Inc.</div>"""
    return _weasy(_html(css, body), work / "ciscolive.pdf")


def _learning_partner(work: Path) -> Path:
    d = _Docx(8.27, 11.69, margin_in=0.9)
    d.p("MERIDIAN NETWORK ACADEMY", size=20, bold=True, color="#0d274d", spacing=1.5)
    d.p("Cisco Gold Learning Partner · Authorised Training Centre", size=10, color="#555555",
        after=30)
    d.p("Certificate of Attendance", size=30, font="P052", before=24, after=18)
    d.p("This is to certify that", size=12)
    d.p("Fiona Gallagher-Osei", size=26, bold=True, font="P052", before=6, after=10)
    d.p("attended the instructor-led training course", size=12)
    d.p("Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1", size=17,
        bold=True, before=6, after=20)
    d.table(
        [
            ["Course code", "SCOR 1.1"],
            ["Course dates", "12–16 May 2025"],
            ["Duration", "5 days (40 hours)"],
            ["Cisco CE credits", "40"],
            ["Delivery", "Classroom — London, Canary Wharf"],
            ["Instructor", "Piotr Nowicki, CCSI #34127"],
            ["Certificate number", "MNA-2025-05-0193"],
        ],
        [2.3, 4.0],
        size=11,
    )
    d.p("Issued 19 May 2025", size=10.5, align="left", before=28)
    d.p("Graham Ashworth, Head of Training Delivery", size=10.5, align="right", before=30)
    d.p("Meridian Network Academy Ltd · 40 Bank Street, London E14 5NR · +44 20 7946 0381 · "
        "Registered in England No. 09876543", size=8, color="#666666", before=40)
    return _soffice("meridian.docx", d.render(), work)


def _cbt_nuggets(work: Path) -> Path:
    c = _Cairo(work / "cbt.pdf", 792, 612)
    c.rect(0, 0, 792, 612, fill="#ffffff")
    c.rect(0, 0, 16, 612, fill="#f46f25")
    c.text(60, 70, "CBT Nuggets", size=24, family="Nimbus Sans", bold=True, color="#0b2a3c")
    c.text(60, 128, "CERTIFICATE OF COMPLETION", size=14, family="Nimbus Sans", bold=True,
           color="#f46f25", spacing=2.5)
    c.text(60, 172, "This certifies that", size=13, family="Nimbus Sans", color="#444444")
    c.text(60, 212, "Dariusz Wróblewski", size=32, family="Nimbus Sans", bold=True,
           color="#0b2a3c")
    c.text(60, 246, "has completed the training course", size=13, family="Nimbus Sans",
           color="#444444")
    c.text(60, 282, "CompTIA Security+ (SY0-701) Online Training", size=23,
           family="Nimbus Sans", bold=True, color="#1a1a1a")
    facts = (("04/22/2025", "Completion date"), ("32", "Training hours"),
             ("148", "Videos"), ("Lena Moravec", "Trainer"))
    x = 60.0
    for value, label in facts:
        c.line(x, 330, x + 140, 330, color="#f46f25", lw=1.5)
        c.text(x, 354, value, size=16, family="Nimbus Sans", bold=True, color="#1a1a1a")
        c.text(x, 372, label, size=9.5, family="Nimbus Sans", color="#666666")
        x += 165
    c.signature(60, 440, 150, 42, "h14-cbt")
    c.line(60, 488, 250, 488, color="#999999", lw=0.6)
    c.text(60, 503, "Owen Marsh, Chief Learning Officer", size=10, family="Nimbus Sans")
    c.qr(640, 428, 80, "h14-cbt")
    c.text(60, 566, "Certificate ID: CBT-9F4K7T2Q", size=10, family="Nimbus Sans",
           color="#333333")
    c.text(732, 566, "Verify at cbtnuggets.com/verify", size=9, align="right",
           family="Nimbus Sans", color="#666666")
    return c.finish()


def _fortinet(work: Path) -> Path:
    d = _PS(792, 612)
    d.rect(0, 0, 792, 58, fill="#da291c")
    d.text(48, 38, "FORTINET", font="sans-b", size=26, color="#ffffff")
    d.text(744, 37, "Training Institute", font="sans", size=16, align="right", color="#ffffff")
    d.text(396, 140, "CERTIFICATE OF COMPLETION", font="sans-b", size=28, align="center",
           color="#222222")
    d.line(296, 158, 496, 158, color="#da291c", lw=2)
    d.text(396, 204, "This certifies that", font="serif-i", size=15, align="center")
    d.text(396, 250, "Hannah Lindqvist-Moreau", font="serif-b", size=32, align="center")
    d.text(396, 290, "has successfully completed the course", font="serif", size=15,
           align="center")
    d.text(396, 334, "FortiGate 7.4 Administrator", font="sans-b", size=26, align="center",
           color="#222222")
    d.text(396, 378, "Date of completion: September 3, 2025", font="sans", size=14,
           align="center")
    d.text(396, 400, "Training Institute ID: FTI-552190", font="sans", size=10, align="center",
           color="#666666")
    d.signature(90, 452, 160, 44, "h14-ftnt")
    d.line(84, 500, 290, 500, color="#777777", lw=0.6)
    d.text(84, 516, "Renata Albescu", font="sans-b", size=11)
    d.text(84, 531, "VP, Fortinet Training Institute", font="sans", size=10, color="#555555")
    d.qr(630, 440, 90, "h14-ftnt")
    d.text(708, 552, "Certificate ID: 7A9K-3Q2M-XW81", font="sans", size=10, align="right")
    d.text(396, 590, "Verify this certificate at training.fortinet.com/verify", font="sans",
           size=8.5, align="center", color="#666666")
    return _ghostscript(d, work / "fortinet.pdf")


# --------------------------------------------------------------------------------------------
# Foreign-language certificates
# --------------------------------------------------------------------------------------------


def _german(work: Path) -> Path:
    css = """
    @page{size:210mm 297mm;margin:0}
    body{margin:0;font-family:'DejaVu Sans',sans-serif;color:#1b1b1b}
    .pg{width:210mm;height:297mm;box-sizing:border-box;padding:18mm 22mm;position:relative}
    .hd{display:flex;justify-content:space-between;border-bottom:2px solid #1f4e8c;
        padding-bottom:8px}
    .logo{font:700 22px 'Nimbus Sans';color:#1f4e8c;letter-spacing:1px}
    .logo small{display:block;font:400 10px 'Nimbus Sans';color:#555;letter-spacing:0}
    .adr{font-size:9px;color:#555;text-align:right;line-height:1.5}
    h1{font:700 32px 'Nimbus Sans';text-align:center;margin:22mm 0 12mm;letter-spacing:1px}
    .c{text-align:center;font-size:14px;line-height:1.6}
    .nm{font:700 26px 'Nimbus Sans';margin:3mm 0 1mm}
    .course{font:700 20px/1.3 'Nimbus Sans';margin:4mm auto 4mm;width:150mm}
    .inh{font-size:11.5px;margin:9mm 0 0 6mm;line-height:1.55}
    .inh b{display:block;margin-bottom:2mm}
    .facts{margin:8mm 0 0 6mm;font-size:12.5px;line-height:1.8}
    .bot{position:absolute;left:22mm;right:22mm;bottom:32mm;display:flex;
         justify-content:space-between}
    .bot>div{width:72mm}
    .bot .v{height:16mm;display:flex;align-items:flex-end;font-size:13px;padding-bottom:2px}
    .bot .lab{border-top:1px solid #555;font-size:10px;color:#555;padding-top:3px}
    .ft{position:absolute;left:22mm;right:22mm;bottom:12mm;font-size:8.5px;color:#777;
        text-align:center}
    """
    body = f"""<div class="pg"><div class="hd">
    <div class="logo">TECHNIKAKADEMIE BAYERN<small>Seminare · Zertifizierungen ·
      Inhouse-Schulungen</small></div>
    <div class="adr">Technikakademie Bayern GmbH<br>Landsberger Straße 302 · 80687 München<br>
      Tel. +49 89 4412 7730</div></div>
    <h1>Teilnahmebescheinigung</h1>
    <div class="c">Frau<div class="nm">Katharina Oberländer</div>
    geboren am 14.03.1987 in Regensburg<br><br>hat vom 17. bis 19. März 2025 an dem Seminar
    <div class="course">Netzwerksicherheit mit Next-Generation-Firewalls – Planung, Betrieb
      und Fehlersuche</div>erfolgreich teilgenommen.</div>
    <div class="inh"><b>Seminarinhalte:</b>
      – Architektur und Zonenkonzepte moderner Firewalls<br>
      – Applikationserkennung, TLS-Inspektion und Benutzer-Identifikation<br>
      – Hochverfügbarkeit, Logging und systematische Fehlersuche</div>
    <div class="facts">Seminar-Nr.: NS-301<br>Dauer: 3 Tage (21 Stunden)<br>
      Zertifikats-Nr.: TBA-2025-03-4471</div>
    <div class="bot"><div><div class="v">München, 20.03.2025</div>
      <div class="lab">Ort, Datum</div></div>
      <div><div class="v">{_signature_svg("h14-de", 170, 44)}</div>
      <div class="lab">Dipl.-Ing. Heiko Brandstetter, Seminarleitung</div></div></div>
    <div class="ft">Technikakademie Bayern GmbH · Amtsgericht München HRB 219734 ·
      Geschäftsführer: Wolfgang Reischl</div></div>"""
    return _chromium(_html(css, body, "de"), work / "de.pdf", "210mm", "297mm")


def _french(work: Path) -> Path:
    css = """
    @page{size:297mm 210mm;margin:0}
    body{margin:0;font-family:'DejaVu Serif',serif;color:#1d1d1d}
    .pg{width:297mm;height:210mm;box-sizing:border-box;padding:14mm 20mm;position:relative;
        border:6px double #7a1f2b}
    .hd{display:flex;justify-content:space-between;font-family:'Nimbus Sans'}
    .org{font:700 17px 'Nimbus Sans';color:#7a1f2b}
    .org small{display:block;font-weight:400;font-size:10px;color:#555}
    .adr{font-size:9.5px;color:#555;text-align:right;line-height:1.5}
    h1{text-align:center;font:700 26px 'Nimbus Sans';letter-spacing:2px;margin:9mm 0 7mm}
    p{font-size:13.5px;line-height:1.65;margin:0 0 3mm;text-align:center}
    .nm{font:700 22px 'DejaVu Serif'}
    .course{font:700 18px 'DejaVu Serif'}
    table{margin:4mm auto 0;border-collapse:collapse;font-size:11.5px;font-family:'Nimbus Sans'}
    td{padding:3px 10px;border-bottom:1px solid #d8c8c8}
    .bot{position:absolute;right:24mm;bottom:20mm;text-align:center;font-size:12.5px}
    .ft{position:absolute;left:20mm;bottom:9mm;font:9px 'Nimbus Sans';color:#666;width:200mm}
    """
    body = f"""<div class="pg"><div class="hd">
    <div class="org">CFN Rhône-Alpes<small>Centre de Formation Numérique</small></div>
    <div class="adr">27 rue de la Villette, 69003 Lyon<br>Tél. 04 72 19 84 30</div></div>
    <h1>ATTESTATION DE FIN DE FORMATION</h1>
    <p>Je soussignée, Claire Dumontel, directrice pédagogique du Centre de Formation
      Numérique Rhône-Alpes, atteste que</p>
    <p>Madame <span class="nm">Élodie Castaing-Renaud</span></p>
    <p>a suivi avec assiduité la formation<br><span class="course">« Administration des
      réseaux Cisco : routage et commutation avancés »</span></p>
    <p>qui s'est déroulée du 2 au 6 juin 2025 à Lyon (69), d'une durée totale de 35 heures.</p>
    <table><tr><td>Nature de l'action</td><td>Action d'adaptation et de développement des
      compétences</td></tr><tr><td>Résultats de l'évaluation</td><td>Objectifs acquis</td></tr>
    <tr><td>N° d'attestation</td><td>CFNRA-25-0611-072</td></tr></table>
    <div class="bot">Fait à Lyon, le 10 juin 2025<br>{_signature_svg("h14-fr", 160, 44)}<br>
      Claire Dumontel</div>
    <div class="ft">Déclaration d'activité enregistrée sous le n° 84 69 17342 69 auprès du
      préfet de région Auvergne-Rhône-Alpes · SIRET 812 447 903 00021</div></div>"""
    return _weasy(_html(css, body, "fr"), work / "fr.pdf")


def _spanish_netacad(work: Path) -> Path:
    d = _Docx(11.69, 8.27, margin_in=0.7)
    d.p("Cisco Networking Academy", size=15, bold=True, color="#049fd9", after=20)
    d.p("Certificado de finalización del curso", size=28, font="Nimbus Roman", after=16)
    d.p("Alejandro Ruiz Montenegro", size=26, bold=True, after=12)
    d.p(
        [
            ("ha obtenido la credencial de nivel de estudiante por haber completado el curso ",
             False),
            ("CCNA: Introducción a las redes", True),
            (".", False),
        ],
        size=13,
        after=14,
    )
    d.p("El estudiante fue capaz de:", size=10.5, align="left")
    for line in (
        "• Construir redes LAN sencillas, configurar routers y switches básicos.",
        "• Implementar esquemas de direccionamiento IPv4 e IPv6.",
        "• Explicar cómo se comunican los dispositivos y aplicar buenas prácticas de seguridad.",
    ):
        d.p(line, size=10, align="left", after=2)
    d.p("", size=8, before=10)
    d.table(
        [
            ["Instituto Tecnológico Superior de Valparaíso", "Chile", "Camila Fuentes Araya",
             "12 de noviembre de 2024"],
            ["Nombre de la academia", "Ubicación", "Firma del instructor", "Fecha"],
        ],
        [3.7, 1.5, 2.5, 2.4],
        size=10.5,
    )
    d.p("Laura Quintana-Reyes · Vicepresidenta, Cisco Networking Academy", size=9,
        color="#555555", before=20)
    return _soffice("netacad_es.docx", d.render(), work)


def _italian(work: Path) -> Path:
    c = _Cairo(work / "it.pdf", 841.89, 595.28)
    c.rect(20, 20, 801.89, 555.28, stroke="#1d5c3a", lw=3)
    c.rect(28, 28, 785.89, 539.28, stroke="#1d5c3a", lw=0.8)
    c.text(421, 72, "FORMATECH EMILIA S.r.l.", size=18, family="Nimbus Sans", bold=True,
           align="center", color="#1d5c3a")
    c.text(421, 90, "Ente di formazione accreditato dalla Regione Emilia-Romagna", size=10,
           family="Nimbus Sans", align="center", color="#555555")
    c.text(421, 146, "ATTESTATO DI PARTECIPAZIONE", size=30, family="P052", bold=True,
           align="center", spacing=1.5)
    c.text(421, 186, "Si attesta che", size=14, family="P052", italic=True, align="center")
    c.text(421, 224, "Giulia Bianchi Ferraresi", size=28, family="P052", bold=True,
           align="center")
    c.text(421, 250, "nata a Modena il 22/09/1990", size=12, family="P052", align="center")
    c.text(421, 282, "ha partecipato al corso di formazione", size=14, family="P052",
           align="center")
    y = c.wrap(421, 318, "Sicurezza delle reti industriali OT/ICS secondo la norma IEC 62443",
               560, 21, 27, align="center", family="P052", bold=True)
    c.text(421, y + 10, "svoltosi dal 14/10/2024 al 18/10/2024 presso la sede di Bologna,",
           size=13, family="P052", align="center")
    c.text(421, y + 30, "per un totale di 40 ore.", size=13, family="P052", align="center")
    c.text(421, y + 60, "Matricola: 558120     Codice attestato: AT-2024-BO-00873", size=11,
           family="Nimbus Sans", align="center", color="#333333")
    c.text(90, 500, "Bologna, 21/10/2024", size=12, family="P052")
    c.text(640, 470, "Il Direttore", size=12, family="P052", align="center")
    c.line(540, 512, 740, 512, color="#666666", lw=0.6)
    c.text(640, 528, "Ing. Marco Lanzoni", size=11, family="P052", align="center")
    c.text(421, 556, "Formatech Emilia S.r.l. · Via Stalingrado 45, 40128 Bologna · "
           "P.IVA 03318450372", size=8, family="Nimbus Sans", align="center",
           color="#777777")
    return c.finish()


def _polish(work: Path) -> Path:
    d = _PS(595.28, 841.89)
    d.text(297.6, 60, "CENTRUM SZKOLEŃ INFORMATYCZNYCH „BAŁTYK” SP. Z O.O.", font="sans-b",
           size=12.5, align="center", color="#123c69")
    d.text(297.6, 76, "ul. Grunwaldzka 211, 80-266 Gdańsk · tel. 58 742 19 60 · "
           "NIP 584-271-90-33", font="sans", size=8.5, align="center", color="#555555")
    d.line(60, 88, 535, 88, color="#123c69", lw=1.2)
    d.text(297.6, 170, "ZAŚWIADCZENIE", font="serif-b", size=32, align="center")
    d.text(297.6, 196, "o ukończeniu szkolenia", font="serif", size=16, align="center")
    d.text(297.6, 222, "Nr 47/SZK/2025", font="sans", size=12, align="center")
    d.text(297.6, 282, "Pan", font="serif", size=14, align="center")
    d.text(297.6, 314, "Michał Wiśniewski-Kot", font="serif-b", size=24, align="center")
    d.text(297.6, 340, "urodzony 03.07.1991 r. w Elblągu", font="serif", size=12,
           align="center")
    d.text(297.6, 378, "ukończył szkolenie pt.:", font="serif", size=14, align="center")
    d.text(297.6, 410, "Konfiguracja i utrzymanie sieci SD-WAN", font="serif-b", size=18,
           align="center")
    d.text(297.6, 432, "w środowisku wielooddziałowym", font="serif-b", size=18,
           align="center")
    d.text(297.6, 468, "zorganizowane w dniach 24–26 lutego 2025 r. w Gdańsku", font="serif",
           size=13, align="center")
    d.text(297.6, 488, "w wymiarze 24 godzin.", font="serif", size=13, align="center")
    d.text(72, 536, "Zakres szkolenia:", font="sans-b", size=10.5)
    for i, line in enumerate((
        "1. Architektura SD-WAN, kontrolery i orkiestracja",
        "2. Polityki routingu aplikacyjnego i QoS",
        "3. Bezpieczeństwo, segmentacja i monitorowanie łączy",
    )):
        d.text(84, 554 + i * 15, line, font="sans", size=10)
    d.text(150, 690, "Gdańsk, 27.02.2025", font="serif", size=12, align="center")
    d.line(72, 700, 228, 700, color="#444444", lw=0.5)
    d.text(150, 712, "miejscowość, data", font="sans-i", size=8.5, align="center")
    d.signature(380, 648, 130, 40, "h14-pl")
    d.line(360, 700, 530, 700, color="#444444", lw=0.5)
    d.text(445, 712, "Kierownik szkolenia", font="sans-i", size=8.5, align="center")
    d.text(445, 726, "mgr inż. Tomasz Zielonka", font="sans", size=9.5, align="center")
    d.text(297.6, 800, "Zaświadczenie wydano na podstawie § 23 ust. 1 rozporządzenia w sprawie "
           "kształcenia ustawicznego w formach pozaszkolnych.", font="sans", size=7,
           align="center", color="#666666")
    return _ghostscript(d, work / "pl.pdf")


def _turkish(work: Path) -> Path:
    d = _Odt(29.7, 21.0, margin_cm=1.5)
    d.p("ANADOLU BİLİŞİM EĞİTİM A.Ş.", size=16, bold=True, color="#b3122e")
    d.p("Kızılay Mah. Atatürk Bulvarı No: 118/7 Çankaya / Ankara · Tel: 0312 418 27 90",
        size=8, color="#666666")
    d.p("KATILIM BELGESİ", size=30, bold=True, before=0.7, spacing=2)
    d.p("Sayın", size=12, before=0.3)
    d.p("Emre Yıldırım Aksoy", size=24, bold=True, font="DejaVu Serif", after=0.3)
    d.p(
        [
            ("09.12.2024 – 13.12.2024 tarihleri arasında düzenlenen ", False),
            ("Ağ Otomasyonu: Python ve Ansible ile Yapılandırma Yönetimi", True),
            (" eğitimine katılarak bu belgeyi almaya hak kazanmıştır.", False),
        ],
        size=13,
        after=0.5,
    )
    d.table(
        [
            ["Eğitim Süresi", "30 saat"],
            ["Eğitmen", "Selin Karaca"],
            ["Belge No", "ANK-EGT-2024-1207"],
            ["Düzenlenme Tarihi", "16.12.2024"],
        ],
        [5.0, 7.0],
        size=11,
    )
    d.p("Murat Demirel", size=12, bold=True, align="end", before=1.0)
    d.p("Genel Müdür", size=10, align="end", color="#555555")
    return _soffice("tr.fodt", d.render(), work)


# --------------------------------------------------------------------------------------------
# Small training companies, universities, meetups
# --------------------------------------------------------------------------------------------


def _university(work: Path) -> Path:
    css = """
    @page{size:8.5in 11in;margin:0}
    body{margin:0;font-family:'P052',serif;color:#1c1c1c}
    .pg{width:8.5in;height:11in;box-sizing:border-box;padding:.7in .8in;position:relative;
        border:14px solid #3b1f5c;outline:2px solid #c9a64a;outline-offset:-22px}
    .hd{text-align:center}
    .u{font:700 22px 'P052';letter-spacing:2px;color:#3b1f5c;margin-top:10px}
    .s{font:13px 'Nimbus Sans';color:#555;letter-spacing:1px;margin-top:4px}
    h1{font:400 44px 'Z003';text-align:center;margin:.45in 0 .25in;color:#3b1f5c}
    .c{text-align:center;font-size:15px;line-height:1.6}
    .nm{font:700 30px 'P052';margin:.08in 0 .14in}
    .course{font:700 21px/1.3 'P052';margin:.1in auto .16in;width:5.8in}
    .ceu{font-size:15px;margin-top:.14in}
    table{margin:.4in auto 0;font:12px 'Nimbus Sans';border-collapse:collapse}
    td{padding:4px 14px;border-bottom:1px solid #ccc}
    .sigs{position:absolute;left:.9in;right:.9in;bottom:1.35in;display:flex;
          justify-content:space-between}
    .sigs div{width:2.8in;border-top:1px solid #555;font:11px/1.45 'Nimbus Sans';
              padding-top:4px;text-align:center}
    .ft{position:absolute;left:.9in;right:.9in;bottom:.7in;font:9px 'Nimbus Sans';color:#666;
        text-align:center}
    """
    body = f"""<div class="pg"><div class="hd">{_seal_svg(90, "#3b1f5c")}
    <div class="u">UNIVERSITY OF PORT ALBANY</div>
    <div class="s">School of Professional &amp; Continuing Studies</div></div>
    <h1>Certificate of Completion</h1>
    <div class="c">This certifies that<div class="nm">Benedikt Sørensen</div>
    has satisfactorily completed the non-credit professional development program
    <div class="course">Cloud Network Architecture: Design Patterns for Hybrid
      Enterprises</div>
    Program dates: September 9, 2024 – November 25, 2024
    <div class="ceu">Awarded 3.0 Continuing Education Units (CEUs)</div></div>
    <table><tr><td>Student ID</td><td>2024-77315</td></tr>
    <tr><td>Certificate No.</td><td>SPCS-CE-24-01928</td></tr></table>
    <div class="sigs"><div>Margaret O'Donnell-Park, PhD<br>Dean</div>
      <div>Victor Anand<br>Program Director</div></div>
    <div class="ft">One CEU equals ten contact hours of participation in an organized
      continuing education experience under responsible sponsorship.</div></div>"""
    return _weasy(_html(css, body), work / "uni.pdf")


def _meetup(work: Path) -> Path:
    css = """
    @page{size:210mm 148mm;margin:0}
    body{margin:0;font-family:'URW Gothic',sans-serif;color:#20232a}
    .pg{width:210mm;height:148mm;position:relative;overflow:hidden}
    .hd{background:#ffb400;padding:6mm 10mm;display:flex;justify-content:space-between;
        align-items:center}
    .hd .m{font:700 17px 'URW Gothic'}
    .hd .n{font:700 26px 'URW Gothic'}
    .main{padding:7mm 10mm 0}
    h1{font:700 24px 'URW Gothic';margin:0 0 4mm}
    .nm{font:700 24px 'URW Gothic';margin:2mm 0 3mm;color:#0a4f7a}
    .l{font-size:13px}
    .course{font:700 17px/1.3 'URW Gothic';margin:2mm 0 3mm;width:170mm}
    .when{font-size:12.5px;line-height:1.6}
    .org{position:absolute;left:10mm;bottom:9mm;font-size:11px;line-height:1.4}
    .sp{position:absolute;right:10mm;bottom:9mm;font-size:9.5px;color:#666;text-align:right}
    """
    body = f"""<div class="pg"><div class="hd">
    <div class="m">Baltic Network Automation Meetup</div><div class="n">#27</div></div>
    <div class="main"><h1>Certificate of Attendance</h1>
    <div class="nm">Nadia El-Amrani</div>
    <div class="l">took part in the hands-on workshop</div>
    <div class="course">Hands-on Ansible for Network Devices: From Inventory to Pull
      Request</div>
    <div class="when">Thursday, 23 January 2025 · 18:00–21:30 · Technopolis, Riga<br>
      Duration: 3.5 hours</div></div>
    <div class="org">{_signature_svg("h14-meetup", 130, 36)}<br>Edgars Liepa, Organiser</div>
    <div class="sp">Thanks to our hosts and sponsors<br>Kurzeme Cloud · Daugava Networks</div>
    </div>"""
    return _chromium(_html(css, body), work / "meetup.pdf", "210mm", "148mm")


def _bootcamp(work: Path) -> Path:
    c = _Cairo(work / "hex.pdf", 792, 612)
    c.rect(0, 0, 792, 96, fill="#101820")
    c.text(54, 58, "HEXLINE", size=30, family="URW Gothic", bold=True, color="#39d0b5",
           spacing=3)
    c.text(218, 57, "Cyber Bootcamp", size=16, family="URW Gothic", color="#ffffff")
    c.text(396, 160, "CERTIFICATE OF COMPLETION", size=26, family="URW Gothic", bold=True,
           align="center", color="#101820", spacing=2)
    c.text(396, 198, "presented to", size=13, family="URW Gothic", align="center",
           color="#555555")
    c.text(396, 238, "Tomás Ibarra-Whitfield", size=32, family="URW Gothic", bold=True,
           align="center", color="#101820")
    c.text(396, 270, "for successfully completing the 12-week full-time program", size=13,
           family="URW Gothic", align="center", color="#555555")
    c.text(396, 306, "Blue Team Operations Immersive", size=24, family="URW Gothic",
           bold=True, align="center", color="#1b7a6a")
    facts = (("Jan 13, 2025 — Apr 4, 2025", "Program dates"), ("480", "Instructional hours"),
             ("BTO-14", "Cohort"))
    for i, (value, label) in enumerate(facts):
        x = 180 + i * 216
        c.text(x, 360, value, size=14, family="URW Gothic", bold=True, align="center")
        c.line(x - 90, 368, x + 90, 368, color="#39d0b5", lw=1.2)
        c.text(x, 383, label, size=9.5, family="URW Gothic", align="center", color="#666666")
    for x, who, role in ((160, "Andre Castellanos", "Lead Instructor"),
                         (420, "Mei-Ling Ostrowski", "Director of Education")):
        c.line(x - 90, 484, x + 90, 484, color="#888888", lw=0.6)
        c.text(x, 500, who, size=10.5, family="URW Gothic", bold=True, align="center")
        c.text(x, 514, role, size=9.5, family="URW Gothic", align="center", color="#555555")
    c.qr(640, 430, 86, "h14-hex")
    c.text(683, 536, "Verification code: HX-BTO14-5R7K2", size=9, family="Nimbus Sans",
           align="center")
    c.text(683, 550, "hexline.io/verify", size=8.5, family="Nimbus Sans", align="center",
           color="#666666")
    return c.finish()


def _training_company(work: Path) -> Path:
    d = _Odt(21.0, 29.7, margin_cm=2.0)
    d.p("KEYSTONE IT TRAINING", size=20, bold=True, color="#17365d", spacing=1.5, align="start")
    d.p("Unit 4, Harbour Point Business Park, Cork T12 X8P2 · +353 21 480 6621 · keystone-it.ie",
        size=8, color="#666666", align="start")
    d.p("Certificate of Training", size=28, font="URW Bookman", before=1.6, after=0.5)
    d.p("This is to certify that the delegate named below has attended and completed the "
        "following course.", size=11, after=0.6)
    d.table(
        [
            ["Delegate", "Siobhán Ní Bhriain"],
            ["Course", "Linux Server Administration for Network Engineers"],
            ["Course code", "LNX-201"],
            ["Course dates", "03/03/2025 – 07/03/2025"],
            ["Duration", "5 days (35 hours)"],
            ["Venue", "Keystone Training Centre, Cork"],
            ["Trainer", "Gareth Pryce-Jones"],
            ["Certificate No.", "KIT-25-0307-112"],
        ],
        [4.5, 11.0],
        size=11,
    )
    d.p("Signed: ______________________", size=11, align="start", before=1.6)
    d.p("Aoife Brennan, Training Manager", size=11, align="start")
    d.p("Date of issue: 10/03/2025", size=11, align="start", before=0.4)
    d.p("Keystone IT Training Ltd is registered in Ireland, company no. 614552.", size=8,
        color="#666666", before=2.0)
    return _soffice("keystone.fodt", d.render(), work)


def _conference(work: Path) -> Path:
    d = _PS(841.89, 595.28)
    d.rect(0, 0, 841.89, 12, fill="#6b8e23")
    d.rect(0, 583.28, 841.89, 12, fill="#6b8e23")
    d.text(421, 70, "PRAIRIE INFRASTRUCTURE SUMMIT 2024", font="gothic-d", size=22,
           align="center", color="#3d5214")
    d.text(421, 92, "Saskatoon · October 1–3, 2024", font="gothic", size=13, align="center",
           color="#555555")
    d.text(421, 160, "Certificate of Participation", font="bookman-d", size=32, align="center")
    d.text(421, 204, "awarded to", font="bookman", size=14, align="center")
    d.text(421, 248, "Ravi Chandrasekhar", font="bookman-d", size=30, align="center")
    d.text(421, 286, "for attending the full-day tutorial", font="bookman", size=14,
           align="center")
    d.text(421, 326, "Zero Trust Network Access in Practice", font="bookman-d", size=22,
           align="center")
    d.text(421, 360, "on Wednesday, October 2, 2024", font="bookman", size=14, align="center")
    d.text(421, 394, "This tutorial qualifies for 6 CPE credits (Group A).", font="gothic",
           size=12, align="center")
    d.signature(120, 450, 150, 40, "h14-pis")
    d.line(100, 498, 300, 498, color="#555555", lw=0.6)
    d.text(200, 514, "Jolene Whitehorse, Program Chair", font="gothic", size=10.5,
           align="center")
    d.text(740, 514, "Badge #0586", font="mono", size=11, align="right")
    return _ghostscript(d, work / "pis.pdf")


def _college(work: Path) -> Path:
    d = _PS(612, 792)
    d.rect(36, 36, 540, 720, stroke="#0f4c81", lw=2)
    d.text(306, 92, "LAKESHORE COMMUNITY COLLEGE", font="schoolbook-b", size=20,
           align="center", color="#0f4c81")
    d.text(306, 112, "Workforce Development & Continuing Education", font="schoolbook",
           size=12, align="center")
    d.text(306, 128, "1200 N. Harbor Drive, Milwaukee, WI 53202 · (414) 555-0187",
           font="sans", size=8.5, align="center", color="#555555")
    d.text(306, 214, "Certificate of Completion", font="chancery", size=38, align="center",
           color="#0f4c81")
    d.text(306, 270, "This is to certify that", font="schoolbook", size=13, align="center")
    d.text(306, 310, "Darnell Whitaker-Hughes", font="schoolbook-b", size=26, align="center")
    d.text(306, 346, "has completed", font="schoolbook", size=13, align="center")
    d.text(306, 380, "Introduction to Structured Cabling", font="schoolbook-b", size=19,
           align="center")
    d.text(306, 403, "and Fiber Optics", font="schoolbook-b", size=19, align="center")
    d.text(306, 436, "Course number: CAB-110 · Section 02", font="sans", size=10.5,
           align="center", color="#444444")
    rows = (
        ("Class dates:", "04/07/2025 – 04/25/2025"),
        ("Contact hours:", "45"),
        ("Certificate #:", "LCC-WD-250425-031"),
    )
    for i, (label, value) in enumerate(rows):
        d.text(300, 486 + i * 20, label, font="sans-b", size=11, align="right")
        d.text(310, 486 + i * 20, value, font="sans", size=11)
    d.signature(96, 600, 140, 40, "h14-lcc-1")
    d.signature(370, 600, 140, 40, "h14-lcc-2")
    for x, who in ((170, "Raymond Kowalski, Instructor"),
                   (442, "Alicia Ferreira, Dean, Workforce Development")):
        d.line(x - 110, 650, x + 110, 650, color="#555555", lw=0.6)
        d.text(x, 664, who, font="sans", size=9, align="center")
    return _ghostscript(d, work / "lcc.pdf")


# --------------------------------------------------------------------------------------------
# Unclear: a value a careful human could not read or could not decide
# --------------------------------------------------------------------------------------------


def _isc2_chapter(work: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;font-family:'Nimbus Sans',sans-serif;color:#1a1a1a}
    .pg{width:11in;height:8.5in;box-sizing:border-box;padding:.6in .8in;position:relative;
        border:10px solid #00594f}
    .hd{font:700 20px 'Nimbus Sans';color:#00594f}
    .hd small{display:block;font-weight:400;font-size:12px;color:#555;margin-top:3px}
    h1{font:700 34px 'Nimbus Sans';margin:.45in 0 .25in;text-align:center}
    .c{text-align:center;font-size:15px;line-height:1.55}
    .nm{font:700 30px 'Nimbus Sans';margin:.05in 0}
    .mid{font-size:12px;color:#555}
    .course{font:700 23px 'Nimbus Sans';margin:.12in 0}
    .cpe{margin-top:.2in;font-size:15px}
    .sig{position:absolute;left:.8in;bottom:1.3in;font-size:12px;line-height:1.4}
    .ft{position:absolute;left:.8in;right:.8in;bottom:.45in;font-size:11.5px;color:#333}
    .ft p{margin:0;font-size:9.5px;color:#666}
    """
    body = f"""<div class="pg"><div class="hd">ISC2 Lake Erie Chapter
    <small>An official chapter of ISC2</small></div>
    <h1>Certificate of CPE Credit</h1>
    <div class="c">This certifies that<div class="nm">Ingrid Halvorsen-Pike</div>
    <div class="mid">ISC2 Member ID: 775214</div><br>attended the chapter webinar
    <div class="course">Detecting Lateral Movement with NetFlow Analytics</div>
    held on May 14, 2025 (online)
    <div class="cpe">CPE credits earned: <b>2.0</b> — Group A (Domain: Security Operations)
    </div></div>
    <div class="sig">{_signature_svg("h14-isc2", 160, 42)}<br>Dwayne Okafor-Lutz,
      Chapter President</div>
    <div class="ft">Certificate ID: CPE-B80S-1I5O
      <p>Members should retain this certificate for audit purposes for 12 months after the
      end of their certification cycle.</p></div></div>"""
    return _chromium(_html(css, body), work / "isc2.pdf", "11in", "8.5in")


def _ine(work: Path) -> Path:
    css = """
    @page{size:11in 8.5in;margin:0}
    body{margin:0;font-family:'Nimbus Sans',sans-serif;color:#111}
    .pg{width:11in;height:8.5in;position:relative;overflow:hidden}
    .side{position:absolute;left:0;top:0;bottom:0;width:.35in;background:#e63c2f}
    .main{position:absolute;left:1.1in;top:.75in;width:8.8in}
    .logo{font:700 46px 'Nimbus Sans';letter-spacing:2px}
    h1{font:400 34px 'Nimbus Sans';margin:.5in 0 .3in}
    .nm{font:700 38px 'Nimbus Sans'}
    .l{font-size:15px;margin:.16in 0 .06in;color:#444}
    .course{font:700 27px 'Nimbus Sans'}
    .facts{display:flex;gap:.7in;margin-top:.6in}
    .facts div{font:700 20px 'Nimbus Sans'}
    .facts span{display:block;font:400 11px 'Nimbus Sans';color:#666;margin-top:5px;
                border-top:1px solid #bbb;padding-top:4px}
    .ins{position:absolute;left:1.1in;bottom:.7in;font-size:12px;line-height:1.45}
    """
    body = f"""<div class="pg"><div class="side"></div><div class="main">
    <div class="logo">INE</div>
    <h1>Certificate of Completion</h1>
    <div class="nm">Samira Haddad-Lennox</div>
    <div class="l">has successfully completed the learning path</div>
    <div class="course">Advanced Enterprise Routing &amp; Troubleshooting</div>
    <div class="facts"><div>July 18, 2025<span>Completion date</span></div>
      <div>28<span>CPE credits</span></div>
      <div>INE-LP-7F31C0<span>Certificate ID</span></div></div></div>
    <div class="ins">{_signature_svg("h14-ine", 160, 42)}<br>Brandon Keswick<br>
      Senior Instructor</div></div>"""
    return _weasy(_html(css, body), work / "ine.pdf")


def _ambiguous_date(work: Path) -> Path:
    c = _Cairo(work / "pwa.pdf", 841.89, 595.28)
    c.rect(24, 24, 793.89, 547.28, stroke="#2b2d42", lw=1.5)
    c.text(421, 84, "PACKETWISE ONLINE ACADEMY", size=18, family="Nimbus Sans", bold=True,
           align="center", color="#2b2d42", spacing=2)
    c.text(421, 154, "Certificate of Completion", size=34, family="DejaVu Serif",
           align="center")
    c.text(421, 200, "This certificate is awarded to", size=14, family="DejaVu Serif",
           italic=True, align="center", color="#444444")
    c.text(421, 244, "Lukas Brennan-Okafor", size=30, family="DejaVu Serif", bold=True,
           align="center")
    c.text(421, 282, "for completing the self-paced course", size=14, family="DejaVu Serif",
           align="center", color="#444444")
    c.text(421, 322, "BGP Fundamentals for Service Provider Networks", size=23,
           family="DejaVu Serif", bold=True, align="center", color="#8d0801")
    c.text(421, 372, "Completion date: 03/04/2025", size=14, family="Nimbus Sans",
           align="center")
    c.text(421, 394, "Study time: 14 hours", size=12, family="Nimbus Sans", align="center",
           color="#444444")
    c.signature(110, 440, 150, 40, "h14-pwa")
    c.line(96, 490, 296, 490, color="#777777", lw=0.6)
    c.text(196, 505, "Ilya Verbitsky, Course Author", size=10, family="Nimbus Sans",
           align="center")
    c.text(744, 490, "Certificate ID: PWA-48213-BGP", size=10.5, family="Nimbus Sans",
           align="right")
    c.text(744, 505, "verify at packetwise.academy/verify", size=9, family="Nimbus Sans",
           align="right", color="#666666")
    return c.finish()


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}


def _add(
    name: str,
    kind: str,
    stem: str,
    scan: Scan,
    make: Callable[[Path], Path],
    expected: Expected,
    note: str,
) -> None:
    HOLDOUT_CASES.append(Case(name, expected, _scanned(stem, scan, make), note))
    HOLDOUT_KINDS[name] = kind


_add(
    "h14-udemy-phone-photo",
    "known",
    "IMG_4471",
    Scan(dpi=200, seed="udemy", photo=True, skew=2.5, light=0.35, light_at=(0.3, 0.25),
         blur=0.6, noise=10, quality=70, paper=(255, 250, 240)),
    _udemy,
    Expected(
        course_name="Terraform on AWS: Infrastructure as Code for Network Engineers",
        start_date=None,
        end_date="2025-08-14",
        validation_code=_UDEMY_CODE,
        learner_name="Marisol Achterberg",
        issuer="Udemy",
        needs_review=False,
        printed_credits=(12.5, "hours"),
    ),
    "Udemy layout photographed on a desk: title over two lines, instructors as decoys, "
    "reference number next to the certificate number.",
)
_add(
    "h14-coursera-grey-300",
    "known",
    "scan0007",
    Scan(dpi=300, seed="coursera", mode="L", skew=0.6, noise=4, quality=88),
    _coursera,
    Expected(
        course_name="Network Security Fundamentals and Threat Detection",
        start_date=None,
        end_date="2025-03-03",
        validation_code="7KQ2XW9RPLZM",
        learner_name="Priyanka Venkataraman",
        issuer="Coursera",
        needs_review=False,
    ),
    "Clean greyscale office scan of a Coursera course certificate; the professor is a decoy.",
)
_add(
    "h14-linkedin-turned-90",
    "known",
    "scan0012",
    Scan(dpi=200, seed="linkedin", turn=90, skew=-1.2, blur=0.5, noise=6, speckle=0.5,
         quality=82),
    _linkedin,
    Expected(
        course_name="Securing Remote Access: IPsec, SSL VPNs and Zero Trust Network Access",
        start_date=None,
        end_date="2025-02-11",
        validation_code="5c1e9a07b3d84f26e0a7c915",
        learner_name="Oluwaseun Adeyemi-Brandt",
        issuer="LinkedIn Learning",
        needs_review=False,
        printed_credits=(2.0, "CPE"),
    ),
    "LinkedIn Learning certificate scanned sideways (page turned 90 degrees); NASBA box with a "
    "sponsor ID decoy; course length printed as well as CPE credits.",
)
_add(
    "h14-ciscou-upside-down",
    "known",
    "SCAN_0419",
    Scan(dpi=250, seed="ciscou", turn=180, skew=0.8, fold=("h", 0.5), noise=5, quality=85),
    _cisco_u,
    Expected(
        course_name="Implementing and Operating Cisco Enterprise Network Core Technologies "
        "(ENCOR) v1.3",
        start_date=None,
        end_date="2025-06-27",
        validation_code="CSCO-U-7Q4M-2K9X-81FD",
        learner_name="Keiko Nakamura-Holt",
        issuer="Cisco U.",
        needs_review=False,
        printed_credits=(64, "CE"),
    ),
    "Cisco U. certificate fed upside down with a fold across the middle; values above their "
    "labels; a Cisco ID and a 'submit until' date as decoys.",
)
_add(
    "h14-netacad-bilevel",
    "known",
    "Document_03",
    Scan(dpi=300, seed="netacad", mode="1", threshold=165, skew=-0.4, speckle=1.5),
    _netacad,
    Expected(
        course_name="CCNA: Switching, Routing, and Wireless Essentials",
        start_date=None,
        end_date="2025-06-15",
        validation_code=None,
        learner_name="Jonas Vermeulen",
        issuer="Cisco Networking Academy",
        needs_review=False,
    ),
    "Black-and-white (1-bit) office scan of a NetAcad course certificate: course name inside "
    "the sentence, academy/location/instructor/date above their labels, no code.",
)
_add(
    "h14-ciscolive-150",
    "known",
    "scan_0031",
    Scan(dpi=150, seed="ciscolive", skew=1.3, paper=(250, 246, 232), speckle=1.0, noise=6,
         quality=80),
    _cisco_live,
    Expected(
        course_name="Next-Generation Firewall Design, Deployment and Troubleshooting",
        start_date=None,
        end_date="2025-02-09",
        validation_code="CLE25-TS-004417",
        learner_name="Anneliese Okonkwo",
        issuer="Cisco Live",
        needs_review=False,
        printed_credits=(8, "CE"),
    ),
    "Low-resolution colour scan of a Cisco Live seminar attendance certificate: the event's "
    "9-14 February range is a decoy for the one-day seminar; attendee ID as a decoy code.",
)
_add(
    "h14-learning-partner-photo",
    "known",
    "IMG_20_0193",
    Scan(dpi=180, seed="meridian", photo=True, skew=3.5, light=0.45, light_at=(0.7, 0.2),
         shade=0.25, blur=0.8, noise=12, quality=65, warp=0.03),
    _learning_partner,
    Expected(
        course_name="Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1",
        start_date="2025-05-12",
        end_date="2025-05-16",
        validation_code="MNA-2025-05-0193",
        learner_name="Fiona Gallagher-Osei",
        issuer="Cisco Learning Partner",
        needs_review=False,
        printed_credits=(40, "CE"),
    ),
    "Phone photo of a Cisco Learning Partner attendance certificate: a table with course "
    "dates as a day range, instructor with CCSI number, issue date and phone number decoys.",
)
_add(
    "h14-cbtnuggets-received-stamp",
    "known",
    "scan0044",
    Scan(dpi=200, seed="cbt", mode="L", skew=1.5, fold=("v", 0.5), quality=80, noise=5,
         marks=(Stamp(at=(0.56, 0.76), lines=("RECEIVED", "06 MAY 2025", "HR DEPT."),
                      round=False, size=1.7, angle=8, color=(40, 70, 190)),)),
    _cbt_nuggets,
    Expected(
        course_name="CompTIA Security+ (SY0-701) Online Training",
        start_date=None,
        end_date="2025-04-22",
        validation_code="CBT-9F4K7T2Q",
        learner_name="Dariusz Wróblewski",
        issuer="CBT Nuggets",
        needs_review=False,
        printed_credits=(32, "hours"),
    ),
    "Greyscale scan of a CBT Nuggets certificate with a vertical fold and an HR 'RECEIVED' "
    "stamp carrying its own date; values above labels; trainer as a decoy name.",
)
_add(
    "h14-fortinet-clean-300",
    "known",
    "scan0051",
    Scan(dpi=300, seed="fortinet", skew=-0.9, paper=(252, 249, 240), noise=3, quality=90),
    _fortinet,
    Expected(
        course_name="FortiGate 7.4 Administrator",
        start_date=None,
        end_date="2025-09-03",
        validation_code="7A9K-3Q2M-XW81",
        learner_name="Hannah Lindqvist-Moreau",
        issuer=None,
        needs_review=False,
    ),
    "Clean colour scan of a Fortinet Training Institute certificate (issuer not in the list); "
    "a Training Institute ID as a decoy code.",
)
_add(
    "h14-de-teilnahme-stamp",
    "foreign",
    "Scan_2025_017",
    Scan(dpi=240, seed="de", skew=1.1, paper=(253, 250, 242), noise=5, quality=82,
         marks=(Stamp(at=(0.64, 0.83), ring="TECHNIKAKADEMIE BAYERN GMBH · MÜNCHEN ·",
                      lines=("★",), size=1.35, angle=-8, color=(35, 55, 160), strength=0.7),)),
    _german,
    Expected(
        course_name="Netzwerksicherheit mit Next-Generation-Firewalls – Planung, Betrieb und "
        "Fehlersuche",
        start_date="2025-03-17",
        end_date="2025-03-19",
        validation_code="TBA-2025-03-4471",
        learner_name="Katharina Oberländer",
        issuer=None,
        needs_review=False,
        printed_credits=(21, "hours"),
    ),
    "German Teilnahmebescheinigung: 'vom 17. bis 19. März 2025', birth date and 'Ort, Datum' "
    "issue date as decoys, seminar number, round company stamp over the signature.",
)
_add(
    "h14-fr-attestation-turned-270",
    "foreign",
    "numerisation_22",
    Scan(dpi=200, seed="fr", mode="L", turn=270, skew=-0.7, noise=8, quality=78),
    _french,
    Expected(
        course_name="Administration des réseaux Cisco : routage et commutation avancés",
        start_date="2025-06-02",
        end_date="2025-06-06",
        validation_code="CFNRA-25-0611-072",
        learner_name="Élodie Castaing-Renaud",
        issuer=None,
        needs_review=False,
        printed_credits=(35, "hours"),
    ),
    "French attestation de fin de formation scanned sideways: 'du 2 au 6 juin 2025', the "
    "signatory named first, 'Fait à Lyon, le 10 juin 2025', activity number and SIRET decoys.",
)
_add(
    "h14-es-netacad-photo",
    "foreign",
    "IMG_7730",
    Scan(dpi=170, seed="es", photo=True, skew=-2.2, light=0.4, light_at=(0.6, 0.35),
         blur=0.7, noise=10, quality=68),
    _spanish_netacad,
    Expected(
        course_name="CCNA: Introducción a las redes",
        start_date=None,
        end_date="2024-11-12",
        validation_code=None,
        learner_name="Alejandro Ruiz Montenegro",
        issuer="Cisco Networking Academy",
        needs_review=False,
    ),
    "Spanish NetAcad certificate photographed with a phone: '12 de noviembre de 2024' in a "
    "table cell above its label, academy and instructor as decoys, no code.",
)
_add(
    "h14-it-attestato-clean",
    "foreign",
    "scansione_0003",
    Scan(dpi=300, seed="it", skew=0.3, quality=90,
         marks=(Ink(seed="h14-it-pen", at=(0.64, 0.77), size=(2.3, 0.55)),)),
    _italian,
    Expected(
        course_name="Sicurezza delle reti industriali OT/ICS secondo la norma IEC 62443",
        start_date="2024-10-14",
        end_date="2024-10-18",
        validation_code="AT-2024-BO-00873",
        learner_name="Giulia Bianchi Ferraresi",
        issuer=None,
        needs_review=False,
        printed_credits=(40, "hours"),
    ),
    "Italian attestato di partecipazione, clean scan with a pen signature: dd/mm dates, birth "
    "date, matricola and P.IVA decoys, issue date 'Bologna, 21/10/2024'.",
)
_add(
    "h14-pl-zaswiadczenie-150",
    "foreign",
    "skan_47",
    Scan(dpi=150, seed="pl", mode="L", skew=1.8, blur=0.5, speckle=3.0, noise=10,
         quality=75, paper=(245, 245, 240)),
    _polish,
    Expected(
        course_name="Konfiguracja i utrzymanie sieci SD-WAN w środowisku wielooddziałowym",
        start_date="2025-02-24",
        end_date="2025-02-26",
        validation_code="47/SZK/2025",
        learner_name="Michał Wiśniewski-Kot",
        issuer=None,
        needs_review=False,
        printed_credits=(24, "hours"),
    ),
    "Polish zaświadczenie at 150 dpi with dust: 'w dniach 24–26 lutego 2025 r.', course title "
    "over two lines, birth date, NIP, phone and issue date decoys.",
)
_add(
    "h14-tr-katilim-coffee",
    "foreign",
    "tarama_1207",
    Scan(dpi=220, seed="tr", skew=-1.6, paper=(250, 245, 230), noise=6, quality=80,
         marks=(Stain(at=(0.9, 0.16), radius=0.75),)),
    _turkish,
    Expected(
        course_name="Ağ Otomasyonu: Python ve Ansible ile Yapılandırma Yönetimi",
        start_date="2024-12-09",
        end_date="2024-12-13",
        validation_code="ANK-EGT-2024-1207",
        learner_name="Emre Yıldırım Aksoy",
        issuer=None,
        needs_review=False,
        printed_credits=(30, "hours"),
    ),
    "Turkish katılım belgesi with a coffee ring in a corner: date range inside the sentence, "
    "course name in bold mid-sentence, table with trainer and issue date decoys.",
)
_add(
    "h14-university-ceu",
    "unknown",
    "scan0060",
    Scan(dpi=300, seed="uni", skew=0.5, paper=(252, 248, 236), noise=3, quality=88),
    _university,
    Expected(
        course_name="Cloud Network Architecture: Design Patterns for Hybrid Enterprises",
        start_date="2024-09-09",
        end_date="2024-11-25",
        validation_code="SPCS-CE-24-01928",
        learner_name="Benedikt Sørensen",
        issuer=None,
        needs_review=False,
        printed_credits=(3.0, "CEU"),
    ),
    "University continuing-studies certificate, clean scan: program date range, CEUs, student "
    "ID as a decoy next to the certificate number, dean and director signers.",
)
_add(
    "h14-meetup-poor-photo",
    "unknown",
    "IMG_0123",
    Scan(dpi=150, seed="meetup", photo=True, skew=-4.0, light=0.55, light_at=(0.25, 0.3),
         shade=0.3, blur=1.0, noise=14, quality=60, warp=0.035),
    _meetup,
    Expected(
        course_name="Hands-on Ansible for Network Devices: From Inventory to Pull Request",
        start_date=None,
        end_date="2025-01-23",
        validation_code=None,
        learner_name="Nadia El-Amrani",
        issuer=None,
        needs_review=False,
        printed_credits=(3.5, "hours"),
    ),
    "Poor phone photo of a meetup attendance card: meetup number '#27', time range next to "
    "the date, organiser as a decoy name, no code.",
)
_add(
    "h14-bootcamp-pen",
    "unknown",
    "scan0071",
    Scan(dpi=200, seed="hex", skew=2.0, speckle=1.0, noise=5, quality=84,
         marks=(Ink(seed="h14-hex-pen-1", at=(0.14, 0.71), size=(1.9, 0.5)),
                Ink(seed="h14-hex-pen-2", at=(0.47, 0.7), size=(1.9, 0.55),
                    color=(15, 15, 30)))),
    _bootcamp,
    Expected(
        course_name="Blue Team Operations Immersive",
        start_date="2025-01-13",
        end_date="2025-04-04",
        validation_code="HX-BTO14-5R7K2",
        learner_name="Tomás Ibarra-Whitfield",
        issuer=None,
        needs_review=False,
        printed_credits=(480, "hours"),
    ),
    "Bootcamp certificate with two pen signatures: date range above its label, cohort code "
    "as a decoy, verification code under a QR block.",
)
_add(
    "h14-training-company-grey",
    "unknown",
    "Scan_112",
    Scan(dpi=250, seed="keystone", mode="L", skew=-0.6, fold=("h", 0.34), noise=4,
         quality=85),
    _training_company,
    Expected(
        course_name="Linux Server Administration for Network Engineers",
        start_date="2025-03-03",
        end_date="2025-03-07",
        validation_code="KIT-25-0307-112",
        learner_name="Siobhán Ní Bhriain",
        issuer=None,
        needs_review=False,
        printed_credits=(35, "hours"),
    ),
    "Irish training company, table layout: dd/mm dates 03/03/2025 – 07/03/2025 (a 5-day "
    "course, so 3 to 7 March), course code, trainer, issue date 10/03/2025 as decoys.",
)
_add(
    "h14-conference-turned-90",
    "unknown",
    "scan0086",
    Scan(dpi=180, seed="pis", mode="L", turn=90, skew=1.0, noise=8, quality=80),
    _conference,
    Expected(
        course_name="Zero Trust Network Access in Practice",
        start_date=None,
        end_date="2024-10-02",
        validation_code=None,
        learner_name="Ravi Chandrasekhar",
        issuer=None,
        needs_review=False,
        printed_credits=(6, "CPE"),
    ),
    "Regional summit tutorial certificate scanned sideways: the summit's October 1-3 range "
    "is a decoy for the one-day tutorial; badge number, no certificate code.",
)
_add(
    "h14-college-lid-open",
    "unknown",
    "scan_copy_031",
    Scan(dpi=160, seed="lcc", skew=2.8, bed=(38, 38, 40), paper=(250, 247, 238), noise=7,
         quality=72,
         marks=(Stamp(at=(0.74, 0.9), lines=("CERTIFIED TRUE COPY",), round=False,
                      size=2.2, angle=-6, color=(190, 30, 40), strength=0.75),)),
    _college,
    Expected(
        course_name="Introduction to Structured Cabling and Fiber Optics",
        start_date="2025-04-07",
        end_date="2025-04-25",
        validation_code="LCC-WD-250425-031",
        learner_name="Darnell Whitaker-Hughes",
        issuer=None,
        needs_review=False,
        printed_credits=(45, "hours"),
    ),
    "Community-college certificate scanned with the lid open (dark surround): course title "
    "over two lines, mm/dd dates, course number and phone decoys, red 'certified true copy' "
    "stamp below the signatures.",
)
_add(
    "h14-unclear-isc2-blurred-code",
    "unclear",
    "IMG_5514",
    Scan(dpi=200, seed="isc2", photo=True, skew=1.5, light=0.3, light_at=(0.4, 0.3),
         focus=(0.72, 3.6), noise=8, quality=50, warp=0.03),
    _isc2_chapter,
    Expected(
        course_name="Detecting Lateral Movement with NetFlow Analytics",
        start_date=None,
        end_date="2025-05-14",
        validation_code="CPE-B80S-1I5O",
        learner_name="Ingrid Halvorsen-Pike",
        issuer=None,
        needs_review=True,
        printed_credits=(2.0, "CPE"),
    ),
    "Phone photo out of focus at the bottom: the certificate ID (printed CPE-B80S-1I5O, full "
    "of 8/B, 0/O, 1/I, 5/S look-alikes) cannot be read; the rest is sharp.",
)
_add(
    "h14-unclear-ine-glare-date",
    "unclear",
    "IMG_6018",
    Scan(dpi=200, seed="ine", photo=True, skew=-1.8, light=0.25, light_at=(0.45, 0.6),
         blur=0.5, noise=9, quality=70,
         paper=(247, 245, 238), marks=(Glare(at=(0.147, 0.485), radius=(1.25, 0.42)),)),
    _ine,
    Expected(
        course_name="Advanced Enterprise Routing & Troubleshooting",
        start_date=None,
        end_date="2025-07-18",
        validation_code="INE-LP-7F31C0",
        learner_name="Samira Haddad-Lennox",
        issuer="INE",
        needs_review=True,
        printed_credits=(28, "CPE"),
    ),
    "Phone photo with flash glare washing out the completion date (printed July 18, 2025); "
    "no other date on the page.",
)
_add(
    "h14-unclear-ambiguous-date",
    "unclear",
    "scan0093",
    Scan(dpi=180, seed="pwa", mode="L", skew=1.2, noise=6, quality=80),
    _ambiguous_date,
    Expected(
        course_name="BGP Fundamentals for Service Provider Networks",
        start_date=None,
        end_date="2025-04-03",
        validation_code="PWA-48213-BGP",
        learner_name="Lukas Brennan-Okafor",
        issuer=None,
        needs_review=True,
        printed_credits=(14, "hours"),
    ),
    "Online academy with no address or country: 'Completion date: 03/04/2025' is 3 April or "
    "4 March and nothing on the page decides it (expected value is the day-first reading).",
)
