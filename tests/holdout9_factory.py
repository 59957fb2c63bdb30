"""Held-out set 9: scanned / image-only certificates (no text layer at all).

Every certificate is drawn as a picture with Pillow and real fonts from /usr/share/fonts, then
degraded the way scanners and phone scanning apps degrade paper (tone, skew, blur, grain,
speckles, folds, punched holes, ink stamps, perspective, uneven light, JPEG), turned when the
page went through the scanner the wrong way round, and wrapped in a minimal PDF written here
(one DCT or Flate image per page, optional /Rotate, a scanner /Producer). All people, codes,
partners and numbers are invented. Builds are deterministic (seeded, no current date).

Public interface: `HOLDOUT_CASES`, `HOLDOUT_KINDS`.
"""

from __future__ import annotations

import io
import math
import random
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))

from certfactory import Case, Expected

# --------------------------------------------------------------------------------------------
# Fonts and the drawing surface
# --------------------------------------------------------------------------------------------

_FONT_ROOT = Path("/usr/share/fonts")
_DV = "truetype/dejavu/"
_URW = "opentype/urw-base35/"
_FONT_FILES: dict[str, str] = {
    "sans": _DV + "DejaVuSans.ttf",
    "sans-b": _DV + "DejaVuSans-Bold.ttf",
    "sans-i": _DV + "DejaVuSans-Oblique.ttf",
    "sans-l": _DV + "DejaVuSans-ExtraLight.ttf",
    "sans-c": _DV + "DejaVuSansCondensed.ttf",
    "sans-cb": _DV + "DejaVuSansCondensed-Bold.ttf",
    "serif": _DV + "DejaVuSerif.ttf",
    "serif-b": _DV + "DejaVuSerif-Bold.ttf",
    "serif-i": _DV + "DejaVuSerif-Italic.ttf",
    "serif-bi": _DV + "DejaVuSerif-BoldItalic.ttf",
    "mono": _DV + "DejaVuSansMono.ttf",
    "mono-b": _DV + "DejaVuSansMono-Bold.ttf",
    "helv": _URW + "NimbusSans-Regular.otf",
    "helv-b": _URW + "NimbusSans-Bold.otf",
    "helv-i": _URW + "NimbusSans-Italic.otf",
    "narrow": _URW + "NimbusSansNarrow-Regular.otf",
    "narrow-b": _URW + "NimbusSansNarrow-Bold.otf",
    "times": _URW + "NimbusRoman-Regular.otf",
    "times-b": _URW + "NimbusRoman-Bold.otf",
    "times-i": _URW + "NimbusRoman-Italic.otf",
    "times-bi": _URW + "NimbusRoman-BoldItalic.otf",
    "pala": _URW + "P052-Roman.otf",
    "pala-b": _URW + "P052-Bold.otf",
    "pala-i": _URW + "P052-Italic.otf",
    "schb": _URW + "C059-Roman.otf",
    "schb-b": _URW + "C059-Bold.otf",
    "schb-i": _URW + "C059-Italic.otf",
    "bookman": _URW + "URWBookman-Light.otf",
    "bookman-d": _URW + "URWBookman-Demi.otf",
    "gothic": _URW + "URWGothic-Book.otf",
    "gothic-d": _URW + "URWGothic-Demi.otf",
    "script": _URW + "Z003-MediumItalic.otf",
    "courier": _URW + "NimbusMonoPS-Regular.otf",
    "courier-b": _URW + "NimbusMonoPS-Bold.otf",
}
_FALLBACK = {"b": "sans-b", "i": "sans-i"}


@cache
def _font(key: str, px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = _FONT_ROOT / _FONT_FILES[key]
    if not path.exists():  # another machine: fall back to DejaVu, then to Pillow's own font
        alt = _FALLBACK.get(key.rsplit("-", 1)[-1], "sans") if "-" in key else "sans"
        if key.startswith(("times", "pala", "schb", "bookman", "serif")):
            alt = "serif-b" if key.endswith(("-b", "-d")) else "serif"
        path = _FONT_ROOT / _FONT_FILES[alt]
        if not path.exists():
            return ImageFont.load_default(px)
    return ImageFont.truetype(str(path), px)


INK = (24, 24, 28)
GREY = (95, 95, 100)
PAPER = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
Seg = tuple[str, str]  # (text, font key)


class Sheet:
    """A page being drawn, in points, y measured from the top (text at its baseline)."""

    def __init__(self, paper: str, landscape: bool, dpi: int, bg: tuple[int, int, int]) -> None:
        w, h = PAPER[paper]
        if landscape:
            w, h = h, w
        self.w, self.h, self.dpi = w, h, dpi
        self.k = dpi / 72.0
        self.im = Image.new("RGB", (round(w * self.k), round(h * self.k)), bg)
        self.d = ImageDraw.Draw(self.im)

    def p(self, v: float) -> int:
        return round(v * self.k)

    def font(self, key: str, size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        return _font(key, max(4, round(size * self.k)))

    def width(self, s: str, size: float, font: str = "sans") -> float:
        return self.font(font, size).getlength(s) / self.k

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 11,
        font: str = "sans",
        fill: tuple[int, int, int] = INK,
        anchor: str = "ls",
        track: float = 0.0,
    ) -> None:
        if track:  # letter-spaced heading: draw glyph by glyph
            total = sum(self.width(c, size, font) for c in s) + track * (len(s) - 1)
            x0 = {"l": x, "m": x - total / 2, "r": x - total}[anchor[0]]
            for c in s:
                self.d.text((x0 * self.k, y * self.k), c, font=self.font(font, size), fill=fill,
                            anchor="l" + anchor[1])
                x0 += self.width(c, size, font) + track
            return
        self.d.text((x * self.k, y * self.k), s, font=self.font(font, size), fill=fill,
                    anchor=anchor)

    def center(self, y: float, s: str, size: float = 11, font: str = "sans",
               fill: tuple[int, int, int] = INK, cx: float | None = None,
               track: float = 0.0) -> None:
        self.text(self.w / 2 if cx is None else cx, y, s, size, font, fill, "ms", track)

    def rect(self, x0: float, y0: float, x1: float, y1: float,
             outline: tuple[int, int, int] | None = INK, fill: tuple[int, int, int] | None = None,
             width: float = 1.0, radius: float = 0.0) -> None:
        box = (self.p(x0), self.p(y0), self.p(x1), self.p(y1))
        wpx = max(1, self.p(width)) if outline else 0
        if radius:
            self.d.rounded_rectangle(box, self.p(radius), fill=fill, outline=outline, width=wpx)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=wpx)

    def line(self, x0: float, y0: float, x1: float, y1: float,
             fill: tuple[int, int, int] = INK, width: float = 0.8) -> None:
        self.d.line((self.p(x0), self.p(y0), self.p(x1), self.p(y1)), fill=fill,
                    width=max(1, self.p(width)))

    def ellipse(self, cx: float, cy: float, rx: float, ry: float,
                outline: tuple[int, int, int] | None = INK,
                fill: tuple[int, int, int] | None = None, width: float = 1.0) -> None:
        self.d.ellipse((self.p(cx - rx), self.p(cy - ry), self.p(cx + rx), self.p(cy + ry)),
                       fill=fill, outline=outline, width=max(1, self.p(width)) if outline else 0)

    def poly(self, pts: Sequence[tuple[float, float]], fill: tuple[int, int, int]) -> None:
        self.d.polygon([(self.p(x), self.p(y)) for x, y in pts], fill=fill)

    def para(self, x: float, y: float, width: float, segs: Sequence[Seg], size: float,
             lead: float | None = None, fill: tuple[int, int, int] = INK,
             align: str = "left") -> float:
        """Word-wrapped rich text (fonts may change inside a line); returns the next baseline."""
        lead = lead or size * 1.38
        words: list[tuple[str, str]] = []
        for text, fk in segs:
            for i, part in enumerate(text.split("\n")):
                if i:
                    words.append(("\n", fk))
                words.extend((w, fk) for w in part.split(" ") if w)
        space = self.width(" ", size, segs[0][1])
        lines: list[list[tuple[str, str, float]]] = []
        cur: list[tuple[str, str, float]] = []
        curw = 0.0
        for w, fk in words:
            if w == "\n":
                lines.append(cur)
                cur, curw = [], 0.0
                continue
            ww = self.width(w, size, fk)
            if cur and curw + space + ww > width:
                lines.append(cur)
                cur, curw = [(w, fk, ww)], ww
            else:
                curw += ww + (space if cur else 0.0)
                cur.append((w, fk, ww))
        if cur:
            lines.append(cur)
        for ln in lines:
            lw = sum(t[2] for t in ln) + space * max(0, len(ln) - 1)
            xx = {"left": x, "center": x + (width - lw) / 2, "right": x + width - lw}[align]
            for w, fk, ww in ln:
                self.text(xx, y, w, size, fk, fill)
                xx += ww + space
            y += lead
        return y


def _signature(s: Sheet, x: float, y: float, w: float, seed: int,
               fill: tuple[int, int, int] = (30, 40, 110)) -> None:
    """A hand-written scribble, deterministic for a seed."""
    rng = random.Random(seed)
    f1, f2, ph = rng.uniform(4.5, 7.5), rng.uniform(4.5, 7.5), rng.uniform(0, 6.28)
    amp = rng.uniform(5, 8)
    pts = []
    n = 120
    for i in range(n):
        t = i / (n - 1)
        env = math.sin(math.pi * min(1.0, 0.15 + t * 1.1))
        px = x + w * t + 5 * math.cos(2 * math.pi * f1 * t + ph)
        py = y - amp * env * math.sin(2 * math.pi * f2 * t) - 4 * t
        pts.append((s.p(px), s.p(py)))
    s.d.line(pts, fill=fill, width=max(1, s.p(0.9)), joint="curve")
    s.d.line([(s.p(x + w * 0.05), s.p(y + 4)), (s.p(x + w * 0.9), s.p(y + 2))], fill=fill,
             width=max(1, s.p(0.7)))


def _cisco_bars(s: Sheet, x: float, y: float, h: float, fill: tuple[int, int, int],
                word: bool = True) -> None:
    """The bridge of bars of a Cisco logo; (x, y) is the bottom-left of the bars."""
    heights = (0.35, 0.62, 1.0, 0.62, 0.35, 0.62, 1.0, 0.62, 0.35)
    step = h * 0.34
    for i, f in enumerate(heights):
        bx = x + i * step
        s.rect(bx, y - h * f, bx + step * 0.5, y, outline=None, fill=fill)
    if word:
        s.text(x + step * 4.25, y + h * 0.78, "CISCO", h * 0.62, "helv-b", fill, "ms", track=1)


def _frame(s: Sheet, inset: float, color: tuple[int, int, int], width: float = 2.0,
           double: bool = True) -> None:
    s.rect(inset, inset, s.w - inset, s.h - inset, outline=color, width=width)
    if double:
        s.rect(inset + 5, inset + 5, s.w - inset - 5, s.h - inset - 5, outline=color,
               width=width * 0.35)


def _seal(s: Sheet, cx: float, cy: float, r: float, color: tuple[int, int, int],
          words: str, ribbon: bool = True) -> None:
    """A printed award seal / badge with a ribbon."""
    if ribbon:
        s.poly([(cx - r * 0.55, cy + r * 0.4), (cx - r * 0.9, cy + r * 1.9),
                (cx - r * 0.45, cy + r * 1.6), (cx - r * 0.2, cy + r * 2.0),
                (cx, cy + r * 0.6)], fill=color)
        s.poly([(cx + r * 0.55, cy + r * 0.4), (cx + r * 0.9, cy + r * 1.9),
                (cx + r * 0.45, cy + r * 1.6), (cx + r * 0.2, cy + r * 2.0),
                (cx, cy + r * 0.6)], fill=color)
    pts = []
    for i in range(48):
        a = i / 48 * 2 * math.pi
        rr = r * (1.0 if i % 2 else 0.92)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    s.poly(pts, fill=color)
    s.ellipse(cx, cy, r * 0.78, r * 0.78, outline=(255, 255, 255), width=1.2)
    for i, wline in enumerate(words.split("\n")):
        s.center(cy - 2 + i * r * 0.3, wline, r * 0.22, "helv-b", (255, 255, 255), cx=cx)


# --------------------------------------------------------------------------------------------
# Ink stamps, glare, dog-ears and other marks made on the paper
# --------------------------------------------------------------------------------------------


def _texture(size: tuple[int, int], rng: random.Random, lo: int, cell: int = 6) -> Image.Image:
    """Blotchy multiplicative texture (values lo..255), seeded."""
    w, h = max(2, size[0] // cell), max(2, size[1] // cell)
    small = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    small = small.point(lambda v: lo + (255 - lo) * v // 255)
    return small.resize(size, Image.Resampling.BILINEAR)


def _apply_ink(s: Sheet, mask: Image.Image, x: float, y: float, color: tuple[int, int, int],
               alpha: float, angle: float, rng: random.Random, lo: int = 120,
               solid: Image.Image | None = None) -> None:
    """Stamp an L mask (255 = ink) centred on (x, y) pt, rotated, with uneven ink.

    Ink is multiplied into the paper (print stays visible through it), except in `solid`
    (over-inked smears), where the thick ink covers whatever was printed underneath."""
    mask = ImageChops.multiply(mask, _texture(mask.size, rng, lo))
    mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    mask = mask.point(lambda v: round(v * alpha))
    x0, y0 = s.p(x) - mask.width // 2, s.p(y) - mask.height // 2
    box = (x0, y0, x0 + mask.width, y0 + mask.height)
    region = s.im.crop(box)
    inked = ImageChops.multiply(region, Image.new("RGB", region.size, color))
    region = Image.composite(inked, region, mask)
    if solid is not None:
        solid = solid.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        solid = solid.filter(ImageFilter.GaussianBlur(max(1.0, s.k * 0.6)))
        solid = solid.point(lambda v: min(255, v * 2))
        region = Image.composite(Image.new("RGB", region.size, color), region, solid)
    s.im.paste(region, box[:2])


def _blots(s: Sheet, size: tuple[int, int],
           blots: Sequence[tuple[float, float, float, float]]) -> Image.Image | None:
    """Over-inked smears (dx, dy, rx, ry in pt from the stamp centre) as a mask."""
    if not blots:
        return None
    m = Image.new("L", size, 0)
    d = ImageDraw.Draw(m)
    cx, cy = size[0] / 2, size[1] / 2
    for bx, by, bw, bh in blots:
        d.ellipse((cx + s.p(bx - bw), cy + s.p(by - bh), cx + s.p(bx + bw), cy + s.p(by + bh)),
                  fill=255)
    return m


def _round_stamp(s: Sheet, x: float, y: float, r: float, ring: str, middle: Sequence[str],
                 color: tuple[int, int, int], alpha: float, angle: float, seed: int,
                 blots: Sequence[tuple[float, float, float, float]] = ()) -> None:
    """A round rubber stamp: two rings, text around, lines in the middle.

    `blots` (dx, dy, rx, ry) in pt relative to the centre add over-inked smears."""
    rng = random.Random(seed)
    size = s.p(2 * r + 8)
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    rp = s.p(r)
    d.ellipse((c - rp, c - rp, c + rp, c + rp), outline=255, width=max(2, s.p(2.2)))
    ri = s.p(r * 0.66)
    d.ellipse((c - ri, c - ri, c + ri, c + ri), outline=255, width=max(1, s.p(1.0)))
    fnt = s.font("helv-b", r * 0.17)
    rt = (rp + ri) / 2
    n = len(ring)
    for i, ch in enumerate(ring):
        theta = -150 + 300 * (i + 0.5) / n
        glyph = Image.new("L", (s.p(r * 0.4), s.p(r * 0.4)), 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=fnt, fill=255,
                                   anchor="mm")
        glyph = glyph.rotate(-theta, resample=Image.Resampling.BICUBIC)
        gx = c + rt * math.sin(math.radians(theta)) - glyph.width / 2
        gy = c - rt * math.cos(math.radians(theta)) - glyph.height / 2
        m.paste(255, (round(gx), round(gy)), glyph)
    for i, text in enumerate(middle):
        yy = c + s.p((i - (len(middle) - 1) / 2) * r * 0.21)
        d.text((c, yy), text, font=s.font("helv-b", r * 0.15), fill=255, anchor="mm")
    _apply_ink(s, m, x, y, color, alpha, angle, rng, solid=_blots(s, m.size, blots))


def _rect_stamp(s: Sheet, x: float, y: float, lines: Sequence[tuple[str, float]],
                color: tuple[int, int, int], alpha: float, angle: float, seed: int,
                pad: float = 6.0, lo: int = 120,
                blots: Sequence[tuple[float, float, float, float]] = ()) -> None:
    """A rectangular rubber stamp with a double border; lines are (text, size pt)."""
    rng = random.Random(seed)
    widths = [s.width(t, sz, "helv-b") for t, sz in lines]
    w = max(widths) + 2 * pad
    h = sum(sz * 1.3 for _, sz in lines) + 2 * pad
    m = Image.new("L", (s.p(w) + 4, s.p(h) + 4), 0)
    d = ImageDraw.Draw(m)
    d.rectangle((2, 2, s.p(w), s.p(h)), outline=255, width=max(2, s.p(2.0)))
    d.rectangle((s.p(3) + 2, s.p(3) + 2, s.p(w - 3), s.p(h - 3)), outline=255,
                width=max(1, s.p(0.7)))
    yy = pad
    for t, sz in lines:
        yy += sz * 1.12
        d.text((m.width / 2, s.p(yy)), t, font=s.font("helv-b", sz), fill=255, anchor="ms")
        yy += sz * 0.18
    _apply_ink(s, m, x, y, color, alpha, angle, rng, lo, _blots(s, m.size, blots))


def _glare(s: Sheet, x: float, y: float, rx: float, ry: float, strength: float = 1.0) -> None:
    """Specular glare of a phone flash on glossy paper: washes everything out."""
    pad = s.p(max(rx, ry))
    w, h = s.p(2 * rx) + 2 * pad, s.p(2 * ry) + 2 * pad
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).ellipse((pad, pad, w - pad, h - pad), fill=255)
    m = m.resize((max(1, w // 8), max(1, h // 8))).filter(
        ImageFilter.GaussianBlur(min(rx, ry) * s.k / 8 * 0.5)).resize((w, h))
    m = m.point(lambda v: min(255, round(v * 2.2 * strength)))
    x0, y0 = s.p(x) - w // 2, s.p(y) - h // 2
    region = s.im.crop((x0, y0, x0 + w, y0 + h))
    s.im.paste(Image.composite(Image.new("RGB", (w, h), (252, 252, 250)), region, m), (x0, y0))


def _dog_ear(s: Sheet, a: float, b: float, bed: tuple[int, int, int]) -> None:
    """Bottom-right corner folded over before scanning: the flap (paper back) hides a triangle."""
    cx, cy = s.w, s.h
    ax, ay = s.w - a, s.h
    bx, by = s.w, s.h - b
    # reflection of the corner over the fold line A-B
    dx, dy = bx - ax, by - ay
    t = ((cx - ax) * dx + (cy - ay) * dy) / (dx * dx + dy * dy)
    fx, fy = ax + t * dx, ay + t * dy
    rx, ry = 2 * fx - cx, 2 * fy - cy
    shadow = Image.new("L", s.im.size, 255)
    ImageDraw.Draw(shadow).polygon(
        [(s.p(ax - 4), s.p(ay)), (s.p(rx - 3), s.p(ry - 3)), (s.p(bx), s.p(by - 4))], fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(s.p(2.5)))
    s.im.paste(ImageChops.multiply(s.im, shadow.convert("RGB")))
    s.poly([(cx, cy), (ax, ay), (bx, by)], fill=bed)
    s.poly([(ax, ay), (rx, ry), (bx, by)], fill=(226, 224, 216))
    s.d.line([(s.p(ax), s.p(ay)), (s.p(bx), s.p(by))], fill=(200, 198, 190), width=s.p(0.8))


# --------------------------------------------------------------------------------------------
# Scanning: degradation of the drawn page and the PDF wrapper
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 200
    paper: str = "A4"
    landscape: bool = False
    tone: tuple[int, int, int] | None = None  # paper colour multiplied in (grey, yellowish)
    skew: float = 0.0  # degrees, counter-clockwise
    blur: float = 0.0  # Gaussian radius in pixels
    grain: int = 0  # amplitude of sensor / paper grain
    speckle: int = 0  # number of dust specks
    jpeg: int | None = 60  # JPEG quality; None -> lossless Flate
    mode: str = "RGB"  # "RGB", "L" (grey scan) or "1" (black and white scan)
    turn: int = 0  # picture turned counter-clockwise by 90/180/270 (page fed the wrong way)
    rotate_key: int = 0  # /Rotate written on the page
    fold: tuple[str, float] | None = None  # ("h"|"v", position as a fraction of the page)
    holes: str | None = None  # punched-hole shadows: "left" or "top"
    photo: tuple[float, ...] | None = None  # phone photo: 8 corner insets as page fractions
    light: tuple[float, float, float] | None = None  # uneven light: centre x, y, fall-off
    bed: tuple[int, int, int] = (244, 244, 242)  # scanner lid / desk colour around the page
    seed: int = 0


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective(im: Image.Image, insets: tuple[float, ...],
                 bg: tuple[int, int, int]) -> Image.Image:
    """Phone photo: the page corners move inwards by the given fractions (TL, TR, BR, BL)."""
    w, h = im.size
    tl = (insets[0] * w, insets[1] * h)
    tr = ((1 - insets[2]) * w, insets[3] * h)
    br = ((1 - insets[4]) * w, (1 - insets[5]) * h)
    bl = (insets[6] * w, (1 - insets[7]) * h)
    src = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    rows, rhs = [], []
    for (x, y), (u, v) in zip((tl, tr, br, bl), src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -x * u, -y * u])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -x * v, -y * v])
        rhs.append(v)
    coeffs = _solve(rows, rhs)
    return im.transform(im.size, Image.Transform.PERSPECTIVE, coeffs,
                        Image.Resampling.BICUBIC, fillcolor=bg)


def _lighting(size: tuple[int, int], cx: float, cy: float, fall: float) -> Image.Image:
    gw, gh = 48, 48
    g = Image.new("L", (gw, gh))
    g.putdata([round(255 * max(0.35, 1 - fall * math.hypot(x / gw - cx, y / gh - cy)))
               for y in range(gh) for x in range(gw)])
    return g.resize(size, Image.Resampling.BICUBIC).convert("RGB")


def _degrade(im: Image.Image, sc: Scan) -> Image.Image:
    rng = random.Random(9000 + sc.seed)
    w, h = im.size
    k = sc.dpi / 72.0
    if sc.tone:
        im = ImageChops.multiply(im, Image.new("RGB", im.size, sc.tone))
    if sc.fold:
        m = Image.new("L", im.size, 255)
        d = ImageDraw.Draw(m)
        if sc.fold[0] == "h":
            y = round(sc.fold[1] * h)
            d.rectangle((0, y - round(5 * k), w, y), fill=228)
            d.line((0, y, w, y + 2), fill=80, width=max(1, round(0.6 * k)))
        else:
            x = round(sc.fold[1] * w)
            d.rectangle((x, 0, x + round(5 * k), h), fill=228)
            d.line((x, 0, x - 2, h), fill=80, width=max(1, round(0.6 * k)))
        m = m.filter(ImageFilter.GaussianBlur(1.2 * k / 4))
        im = ImageChops.multiply(im, m.convert("RGB"))
    if sc.holes:
        d = ImageDraw.Draw(im)
        r = 3.0 * 72 / 25.4 * k  # 6 mm holes
        off = 12 * 72 / 25.4 * k
        gap = 40 * 72 / 25.4 * k  # 80 mm between the two holes
        centres = ([(off, h / 2 - gap), (off, h / 2 + gap)] if sc.holes == "left"
                   else [(w / 2 - gap, off), (w / 2 + gap, off)])
        for x, y in centres:
            d.ellipse((x - r + 0.12 * r, y - r + 0.16 * r, x + r + 0.12 * r, y + r + 0.16 * r),
                      fill=(70, 70, 72))
            d.ellipse((x - r, y - r, x + r, y + r), fill=sc.bed)
    if sc.skew:
        im = im.rotate(sc.skew, resample=Image.Resampling.BICUBIC, fillcolor=sc.bed)
    if sc.photo:
        im = _perspective(im, sc.photo, sc.bed)
    if sc.light:
        im = ImageChops.multiply(im, _lighting(im.size, *sc.light))
    if sc.blur:
        im = im.filter(ImageFilter.GaussianBlur(sc.blur))
    if sc.grain:
        gw, gh = (w + 1) // 2, (h + 1) // 2
        g = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
        amp = sc.grain
        g = g.point(lambda v: 128 + (v - 128) * amp // 128).resize(im.size)
        im = ImageChops.add(im, Image.merge("RGB", (g, g, g)), 1.0, -128)
    if sc.speckle:
        d = ImageDraw.Draw(im)
        for _ in range(sc.speckle):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            r = rng.uniform(0.4, 1.6) * k / 3
            v = rng.randint(30, 110)
            d.ellipse((x - r, y - r, x + r, y + r), fill=(v, v, v))
        for _ in range(sc.speckle // 150):  # a few hairs / fibres on the glass
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            pts = [(x, y)]
            for _ in range(6):
                x += rng.uniform(-6, 6) * k / 3
                y += rng.uniform(-6, 6) * k / 3
                pts.append((x, y))
            d.line(pts, fill=(90, 90, 90), width=1)
    if sc.turn:
        im = im.transpose({90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180,
                           270: Image.Transpose.ROTATE_270}[sc.turn])
    if sc.mode == "L":
        im = im.convert("L")
    elif sc.mode == "1":
        im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1", dither=None)
    return im


@dataclass(frozen=True)
class _PdfImage:
    data: bytes
    width: int
    height: int
    colorspace: str
    bpc: int
    filter: str
    dpi: int
    rotate: int


def _encode(im: Image.Image, sc: Scan) -> _PdfImage:
    if im.mode == "1" or sc.jpeg is None:
        if im.mode == "1":
            data, cs, bpc = im.tobytes(), "DeviceGray", 1
        else:
            data, cs = im.tobytes(), "DeviceRGB" if im.mode == "RGB" else "DeviceGray"
            bpc = 8
        return _PdfImage(zlib.compress(data, 6), im.width, im.height, cs, bpc, "FlateDecode",
                         sc.dpi, sc.rotate_key)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=sc.jpeg, dpi=(sc.dpi, sc.dpi))
    cs = "DeviceRGB" if im.mode == "RGB" else "DeviceGray"
    return _PdfImage(buf.getvalue(), im.width, im.height, cs, 8, "DCTDecode", sc.dpi,
                     sc.rotate_key)


def _write_pdf(path: Path, pages: Sequence[_PdfImage], producer: str,
               created: str | None = None) -> None:
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    add(b"")  # 1: catalog, filled below
    add(b"")  # 2: pages
    kids = []
    for pg in pages:
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                  b"/BitsPerComponent %d /Filter /%s /Length %d >>\nstream\n"
                  % (pg.width, pg.height, pg.colorspace.encode(), pg.bpc, pg.filter.encode(),
                     len(pg.data)) + pg.data + b"\nendstream")
        wpt, hpt = pg.width * 72 / pg.dpi, pg.height * 72 / pg.dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (wpt, hpt)
        cnt = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        rot = b" /Rotate %d" % pg.rotate if pg.rotate else b""
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f]%s "
                        b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                        % (wpt, hpt, rot, img, cnt)))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = b"<< /Producer (%s)" % producer.encode("latin-1")
    if created:
        info += b" /CreationDate (D:%s)" % created.encode()
    info_id = add(info + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, info_id, xref))
    path.write_bytes(out.getvalue())


Draw = Callable[[Sheet], None]


def _page(sc: Scan, draw: Draw, bg: tuple[int, int, int] = (255, 255, 255)) -> _PdfImage:
    sheet = Sheet(sc.paper, sc.landscape, sc.dpi, bg)
    draw(sheet)
    return _encode(_degrade(sheet.im, sc), sc)


def _scan_build(filename: str, pages: Sequence[tuple[Scan, Draw]], producer: str,
                created: str | None = None) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = Path(folder) / filename
        _write_pdf(path, [_page(sc, dr) for sc, dr in pages], producer, created)
        return path

    return build


HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}


def _add(name: str, kind: str, expected: Expected, build: Callable[[Path], Path],
         note: str) -> None:
    assert name.startswith("h9-") and name not in HOLDOUT_KINDS
    HOLDOUT_CASES.append(Case(name, expected, build, note))
    HOLDOUT_KINDS[name] = kind


# --------------------------------------------------------------------------------------------
# Shared page pieces
# --------------------------------------------------------------------------------------------

NAVY = (16, 42, 84)
CISCO_BLUE = (4, 159, 217)


def _bullets(s: Sheet, x: float, y: float, width: float, items: Sequence[str], size: float,
             font: str = "helv") -> float:
    for it in items:
        s.text(x, y, "•", size, font)
        y = s.para(x + size * 0.9, y, width - size * 0.9, [(it, font)], size, size * 1.3)
        y += size * 0.25
    return y


def _caption_line(s: Sheet, x0: float, x1: float, y: float, value: str | None, caption: str,
                  vsize: float = 12, vfont: str = "helv", csize: float = 8.5,
                  cfont: str = "helv") -> None:
    """Old style: the value written on a rule, a small caption under the rule."""
    if value:
        s.center(y - 4, value, vsize, vfont, cx=(x0 + x1) / 2)
    s.line(x0, y, x1, y, GREY, 0.7)
    s.center(y + csize + 3, caption, csize, cfont, GREY, cx=(x0 + x1) / 2)


def _netacad_header(s: Sheet, title: str) -> None:
    _cisco_bars(s, 58, 78, 20, CISCO_BLUE, word=False)
    s.text(58, 100, "Cisco Networking Academy", 11, "helv-b", NAVY)
    s.rect(0, s.h - 26, s.w, s.h, outline=None, fill=(0, 92, 150))
    s.center(150, title, 30, "helv", NAVY)


# --------------------------------------------------------------------------------------------
# Known issuers
# --------------------------------------------------------------------------------------------


def _c_ciscou() -> None:
    code = "CU-8OB0-15SI-7Q2K"
    name = "Marguerite Delacroix-Hébert"

    def draw(s: Sheet) -> None:
        _frame(s, 18, (0, 80, 140), 1.4)
        _cisco_bars(s, 60, 78, 22, CISCO_BLUE, word=False)
        s.text(128, 76, "Cisco U.", 22, "helv-b", NAVY)
        s.text(s.w - 60, 70, "Learning Path", 10, "helv", GREY, "rs")
        s.center(150, "Certificate of Completion", 34, "helv-b", NAVY)
        s.center(190, "This is to certify that", 13, "helv")
        s.center(240, name, 28, "helv-b")
        s.line(250, 252, s.w - 250, 252, GREY, 0.6)
        s.center(282, "has successfully completed the Cisco U. learning path", 13, "helv")
        s.center(322, "Implementing and Operating Cisco Enterprise Network Core Technologies", 19,
                 "helv-b", NAVY)
        s.center(348, "(ENCOR) v1.2", 19, "helv-b", NAVY)
        s.center(392, "Completed on March 3, 2024", 13, "helv")
        s.center(414, "Continuing Education Credits: 64", 12, "helv")
        s.text(60, 500, "Recommended preparation for exam 350-401 ENCOR", 9, "helv", GREY)
        s.text(60, 545, f"Certificate ID: {code}", 8.5, "sans", GREY)
        _signature(s, s.w - 250, 500, 150, 11)
        s.line(s.w - 260, 510, s.w - 80, 510, GREY, 0.6)
        s.center(524, "Renata Kowalski-Hart", 10, "helv-b", cx=s.w - 170)
        s.center(537, "Director, Cisco U. Learning Programs", 8.5, "helv", GREY, cx=s.w - 170)

    sc = Scan(dpi=300, landscape=True, tone=(238, 238, 234), skew=1.2, blur=0.6, grain=6,
              jpeg=55, seed=1)
    _add("h9-ciscou-encor-award", "known",
         Expected("Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) "
                  "v1.2", None, "2024-03-03", code, name, "Cisco U.", False, (64, "CE")),
         _scan_build("Cisco_U_certificate_ENCOR.pdf", [(sc, draw)], "Canon iR-ADV C5535 PDF",
                     "20240305091233+01'00'"),
         "300 dpi A4 landscape, grey paper, skew 1.2°, JPEG q55; title's '(ENCOR) v1.2' tail "
         "alone on line 2; exam 350-401 decoy; 8.5 pt code with O/0, 1/I, 5/S, 8/B.")


def _c_netacad_itn() -> None:
    name = "Tomás Ibarra Quintana"

    def draw(s: Sheet) -> None:
        _netacad_header(s, "Certificate of Course Completion")
        s.center(210, name, 30, "times-bi")
        s.para(110, 250, s.w - 220, [
            ("has successfully achieved student level credential for completing the CCNA: "
             "Introduction to Networks course, administered by the undersigned instructor. The "
             "student was able to proficiently:", "helv")], 12, align="center")
        _bullets(s, 130, 318, s.w - 260, [
            "Configure switches and end devices to provide access to local and remote network "
            "resources.",
            "Explain how physical and data link layer protocols support the operation of "
            "Ethernet in a switched network.",
            "Configure routers to enable end-to-end connectivity between remote devices.",
            "Create IPv4 and IPv6 addressing schemes and verify network connectivity.",
            "Configure a small network with security best practices."], 9.5)
        y = 540
        _caption_line(s, 60, 230, y, "Instituto Tecnológico del Valle", "Academy Name", 10.5)
        _caption_line(s, 250, 390, y, "Guadalajara, Mexico", "Location", 10.5)
        _signature(s, 430, y - 8, 110, 21)
        _caption_line(s, 410, 590, y, None, "Diego Salcedo Ruiz, Instructor Signature", 10.5)
        _caption_line(s, 610, 730, y, "Feb 16, 2024", "Date", 10.5)

    sc = Scan(dpi=200, paper="Letter", landscape=True, tone=(250, 244, 225), blur=0.6,
              jpeg=60, turn=180, seed=2)
    _add("h9-netacad-itn-upside", "known",
         Expected("CCNA: Introduction to Networks", None, "2024-02-16", None, name,
                  "Cisco Networking Academy", False),
         _scan_build("scan_0042.pdf", [(sc, draw)], "HP Smart Scan"),
         "200 dpi Letter landscape scanned upside down (picture turned 180°, no /Rotate), "
         "yellowish paper; course name inside the NetAcad sentence; values on rules with "
         "captions under them; no code.")


def _c_netacad_pt() -> None:
    name = "João Vítor Gonçalves Araújo"

    def draw(s: Sheet) -> None:
        _netacad_header(s, "Certificado de Conclusão do Curso")
        s.center(212, name, 28, "times-bi")
        s.para(110, 252, s.w - 220, [
            ("obteve com êxito a credencial de nível de aluno por concluir o curso "
             "Introduction to Cybersecurity, ministrado pelo instrutor abaixo assinado. O aluno "
             "foi capaz de:", "helv")], 12, align="center")
        _bullets(s, 140, 318, s.w - 280, [
            "Explicar os conceitos básicos de segurança cibernética.",
            "Descrever as características de crimes cibernéticos, princípios de segurança, "
            "tecnologias e procedimentos.",
            "Explicar como proteger dados pessoais e dispositivos.",
            "Descrever oportunidades de carreira em segurança cibernética."], 10)
        y = 520
        _caption_line(s, 60, 250, y, "Escola Técnica Estadual Serra Azul", "Nome da Academia",
                      10.5)
        _caption_line(s, 270, 400, y, "Recife, Brasil", "Local", 10.5)
        _signature(s, 440, y - 8, 110, 31)
        _caption_line(s, 420, 600, y, None, "Patrícia Moura Lins — Assinatura do Instrutor",
                      10.5)
        _caption_line(s, 620, 780, y, "7 de abril de 2024", "Data", 10.5)

    sc = Scan(dpi=240, landscape=True, skew=-0.7, jpeg=50, mode="L", turn=90, grain=5, seed=3)
    _add("h9-netacad-pt-sideways", "known",
         Expected("Introduction to Cybersecurity", None, "2024-04-07", None, name,
                  "Cisco Networking Academy", False),
         _scan_build("certificado_netacad.pdf", [(sc, draw)], "EPSON Scan"),
         "240 dpi grey scan of an A4 landscape NetAcad certificate in Portuguese, picture turned "
         "90° (page sideways, no /Rotate), skew 0.7°; 'de abril de' date; course inside sentence.")


def _c_clp_sdwan() -> None:
    code = "CLP-23-06-04187"
    name = "Lukas Brandstätter"

    def draw(s: Sheet) -> None:
        s.text(60, 80, "NORDLICHT", 26, "helv-b", NAVY, track=2)
        s.text(60, 98, "Netzwerk-Training GmbH", 11, "helv", GREY)
        s.rect(395, 58, 540, 102, outline=(0, 92, 150), width=1.2, radius=4)
        _cisco_bars(s, 405, 84, 14, CISCO_BLUE, word=False)
        s.text(450, 78, "Cisco", 11, "helv-b", (0, 92, 150))
        s.text(450, 92, "Learning Partner", 9.5, "helv", (0, 92, 150))
        s.center(185, "Certificate of Attendance", 26, "helv-b", NAVY)
        s.para(70, 220, s.w - 140, [("This is to confirm that the participant named below "
                                     "attended the following instructor-led training:",
                                     "helv")], 11, align="center")
        rows = [
            ("Participant", name),
            ("Cisco ID (CCO)", "CSCO10458817"),
            ("Course title", "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0"),
            ("Course code", "ENSDWI"),
            ("Dates", "12–16 June 2023"),
            ("Duration", "40 hours (5 days)"),
            ("Delivery", "Virtual instructor-led training (vILT)"),
            ("Instructor", "Hendrik Vos, CCSI #CSI-20417"),
            ("Certificate No.", code),
        ]
        y = 262
        for i, (lab, val) in enumerate(rows):
            if i % 2 == 0:
                s.rect(70, y, 525, y + 28, outline=None, fill=(236, 241, 247))
            s.text(80, y + 18, lab, 10.5, "helv-b", NAVY)
            s.text(210, y + 18, val, 10.5, "helv")
            y += 28
        s.rect(70, 262, 525, y, outline=(150, 160, 175), width=0.6)
        s.line(200, 262, 200, y, (150, 160, 175), 0.6)
        s.text(70, 580, "Issued: Hamburg, 19 June 2023", 10.5, "helv")
        _signature(s, 340, 640, 130, 41)
        s.line(330, 650, 525, 650, GREY, 0.6)
        s.center(664, "Frauke Jessen, Training Manager", 9.5, "helv", cx=427)
        s.center(800, "Nordlicht Netzwerk-Training GmbH · Speicherstadt 12 · 20457 Hamburg · "
                 "Amtsgericht Hamburg HRB 204417", 7.5, "helv", GREY)

    sc = Scan(dpi=240, skew=-0.8, holes="left", jpeg=65, grain=4, seed=4)
    _add("h9-clp-sdwan-table", "known",
         Expected("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "2023-06-12",
                  "2023-06-16", code, name, "Cisco Learning Partner", False, (40, "hours")),
         _scan_build("Certificate_ENSDWI_Brandstaetter.pdf", [(sc, draw)],
                     "KONICA MINOLTA bizhub C308"),
         "240 dpi A4 portrait, skew 0.8°, two punched-hole shadows; label/value table; decoys "
         "Cisco ID CSCO10458817, course code, instructor #CSI-20417, 'Issued' date; range "
         "'12–16 June 2023'; 'Cisco Learning Partner' label in a box.")


def _c_ciscolive() -> None:
    name = "Sigrún Halldórsdóttir"

    def draw(s: Sheet) -> None:
        s.rect(0, 0, s.w, 90, outline=None, fill=(7, 32, 72))
        _cisco_bars(s, 50, 52, 22, (255, 255, 255), word=False)
        s.text(125, 58, "CISCO Live!", 28, "helv-b", (255, 255, 255))
        s.text(s.w - 50, 58, "Amsterdam", 16, "helv", (180, 220, 255), "rs")
        s.center(160, "Certificate of Attendance", 30, "helv-b", NAVY)
        s.center(200, "This certificate is presented to", 13, "helv")
        s.center(250, name, 30, "helv-b")
        s.center(290, "for attending", 13, "helv")
        s.center(330, "Cisco Live Amsterdam 2024", 24, "helv-b", NAVY)
        s.center(362, "RAI Amsterdam, February 5 - February 9, 2024", 13, "helv")
        s.center(400, "Continuing Education Credits earned: 12", 12, "helv")
        s.text(50, 560, "Attendee ID: CL24A-0088314", 9, "helv", GREY)
        _signature(s, s.w - 260, 520, 140, 51)
        s.line(s.w - 270, 530, s.w - 60, 530, GREY, 0.6)
        s.center(545, "Jonas Whitfield-Ahn, Vice President, Events", 9, "helv", cx=s.w - 165)

    sc = Scan(dpi=200, paper="Letter", landscape=True,
              photo=(0.05, 0.07, 0.03, 0.03, 0.06, 0.05, 0.03, 0.04), light=(0.25, 0.3, 0.8),
              bed=(96, 84, 70), blur=0.9, jpeg=60, grain=8, seed=5)
    _add("h9-ciscolive-photo", "known",
         Expected("Cisco Live Amsterdam 2024", "2024-02-05", "2024-02-09", None, name,
                  "Cisco Live", False, (12, "CE")),
         _scan_build("Adobe Scan 12 Feb 2024.pdf", [(sc, draw)], "Adobe Scan for Android"),
         "phone photo at 200 dpi: perspective, desk around the page, uneven light, blur; "
         "'February 5 - February 9, 2024' range; attendee ID decoy; no certificate code.")


def _udemy(s: Sheet, x0: float, y0: float, x1: float, code: str, ref: str, title: Sequence[str],
           instructors: str, name: str, date: str, length: str, scale: float = 1.0,
           name_font: str = "helv-b") -> None:
    k = scale
    s.text(x0, y0 + 30 * k, "udemy", 30 * k, "helv-b", (20, 20, 20))
    cs = 8.5 if k >= 1 else 8.0
    s.text(x1, y0 + 18 * k, f"Certificate no: {code}", cs, "helv", GREY, "rs")
    s.text(x1, y0 + 18 * k + cs * 1.4, f"Certificate url: ude.my/{code}", cs, "helv", GREY, "rs")
    s.text(x1, y0 + 18 * k + cs * 2.8, f"Reference Number: {ref}", cs, "helv", GREY, "rs")
    s.text(x0, y0 + 140 * k, "CERTIFICATE OF COMPLETION", 11 * k, "helv-b", GREY, track=1.5 * k)
    y = y0 + 188 * k
    for ln in title:
        s.text(x0, y, ln, 28 * k, "helv-b")
        y += 36 * k
    s.text(x0, y + 8 * k, "Instructors", 12 * k, "helv-b")
    s.text(x0 + s.width("Instructors ", 12 * k, "helv-b"), y + 8 * k, instructors, 12 * k, "helv")
    s.text(x0, y0 + 420 * k, name, 30 * k, name_font)
    s.text(x0, y0 + 455 * k, "Date", 12 * k, "helv-b")
    s.text(x0 + 55 * k, y0 + 455 * k, date, 12 * k, "helv")
    s.text(x0, y0 + 475 * k, "Length", 12 * k, "helv-b")
    s.text(x0 + 55 * k, y0 + 475 * k, length, 12 * k, "helv")


def _c_udemy_lowq() -> None:
    code = "UC-5b0e8f1a-3c4d-4e7b-9a1f-0d8b6c2e4f7a"
    name = "Bartholomew O'Sullivan-Pryce"

    def draw(s: Sheet) -> None:
        _udemy(s, 50, 40, s.w - 50, code, "0004",
               ["Docker and Kubernetes: The Complete Guide to",
                "Containers, Helm and CI/CD (2024)"],
               "Ana Paula Rezende, Kwame Mensah-Boateng", name, "Aug. 14, 2023",
               "23.5 total hours")

    sc = Scan(dpi=150, paper="Letter", landscape=True, jpeg=35, seed=6)
    _add("h9-udemy-lowq", "known",
         Expected("Docker and Kubernetes: The Complete Guide to Containers, Helm and CI/CD "
                  "(2024)", None, "2023-08-14", code, name, "Udemy", False, (23.5, "hours")),
         _scan_build(f"Udemy-{code}.pdf", [(sc, draw)], "iLovePDF"),
         "platform picture exported to PDF at 150 dpi, heavy JPEG q35; 8.5 pt UC- code top "
         "right (also in the URL and file name); reference number decoy; instructors' names "
         "decoy; two-line title.")


def _coursera(s: Sheet, date: str, name: str, lead: str, title: Sequence[str], body: str,
              ribbon: str, verify: str, partner: str, seed: int) -> None:
    blue = (0, 86, 210)
    s.text(60, 80, "coursera", 26, "helv-b", blue)
    s.rect(s.w - 400, 50, s.w - 210, 92, outline=(120, 120, 130), width=0.8)
    s.para(s.w - 395, 66, 180, [(partner, "times-b")], 10.5, 12, align="center")
    s.text(60, 150, date, 12, "helv")
    s.text(60, 215, name, 30, "helv-b")
    s.text(60, 248, lead, 12, "helv")
    y = 292
    for ln in title:
        s.text(60, y, ln, 22, "helv-b")
        y += 28
    s.para(60, y + 6, 470, [(body, "helv")], 11)
    _signature(s, 70, s.h - 120, 130, seed)
    s.line(60, s.h - 110, 260, s.h - 110, GREY, 0.6)
    s.text(60, s.h - 96, "Dr. Elinor Crane-Vasquez", 9.5, "helv-b")
    s.text(60, s.h - 84, "Associate Professor, School of Computing", 8.5, "helv", GREY)
    s.rect(s.w - 170, 0, s.w - 90, 260, outline=None, fill=(230, 236, 245))
    _seal(s, s.w - 130, 200, 38, (70, 90, 130), ribbon, ribbon=False)
    s.text(s.w - 60, s.h - 60, verify, 8, "helv", GREY, "rs")
    s.text(s.w - 60, s.h - 48, "Coursera has confirmed the identity of this individual and "
           "their participation in the course.", 7, "helv", GREY, "rs")


def _c_coursera_rotkey() -> None:
    code = "8B5OLQ1ZS3IK"
    name = "Ayşe Nur Yıldırım"

    def draw(s: Sheet) -> None:
        _coursera(s, "Mar 3, 2024", name, "has successfully completed",
                  ["Foundations of Cloud Security: Identity,", "Access and Encryption"],
                  "an online non-credit course authorized by Lakeshore Polytechnic University "
                  "and offered through Coursera", "COURSE\nCERTIFICATE",
                  f"Verify at: https://coursera.org/verify/{code}",
                  "LAKESHORE POLYTECHNIC UNIVERSITY", 61)

    sc = Scan(dpi=200, paper="Letter", landscape=True, rotate_key=90, grain=4, jpeg=60, seed=7)
    _add("h9-coursera-rotkey90", "known",
         Expected("Foundations of Cloud Security: Identity, Access and Encryption", None,
                  "2024-03-03", code, name, "Coursera", False),
         _scan_build(f"Coursera {code}.pdf", [(sc, draw)], "Microsoft: Print To PDF"),
         "upright 200 dpi picture with /Rotate 90 on the page; Turkish name (ş, ı); code only "
         "in the 8 pt verify URL (8/B, 5/S, O, 1/I); two-line title.")


def _c_coursera_cover() -> None:
    code = "QX7R2M9KE4TB"
    name = "Oluwaseun Adeyemi-Clarke"

    def letter(s: Sheet) -> None:
        s.text(60, 80, "Hartwell & Byrne Engineering Ltd", 16, "times-b", NAVY)
        s.text(60, 96, "People & Learning · 41 Whitworth Street · Manchester M1 3NG", 9, "times",
               GREY)
        s.text(s.w - 60, 140, "14 December 2023", 11, "times", anchor="rs")
        y = 150
        for ln in ["Ms " + name, "Network Engineering Team", "Manchester Site"]:
            s.text(60, y, ln, 11, "times")
            y += 14
        s.text(60, 220, "Ref.: L&D-2023-1187", 11, "times")
        s.text(60, 250, "Subject: Your enrolment – Advanced Negotiation Skills for Technical Leads",
               11, "times-b")
        s.text(60, 280, "Dear Oluwaseun,", 11, "times")
        y = s.para(60, 304, s.w - 120, [
            ("Congratulations on completing your Coursera specialization; a copy of your "
             "certificate is enclosed for your training record. As agreed in your development "
             "plan, we have enrolled you in the classroom course “Advanced Negotiation Skills "
             "for Technical Leads”, which runs from 15 to 17 January 2024 at our Manchester "
             "office (course code HB-NEG-301, 21 hours). Please confirm your attendance by "
             "5 January 2024.", "times")], 11, 15)
        s.para(60, y + 10, s.w - 120, [
            ("If you have any questions, reply to this letter or contact the Learning desk on "
             "extension 4417.", "times")], 11, 15)
        s.text(60, y + 70, "Kind regards,", 11, "times")
        _signature(s, 64, y + 105, 120, 81)
        s.text(60, y + 130, "Priya Lindholm-Shah", 11, "times-b")
        s.text(60, y + 144, "Learning & Development Partner", 11, "times")

    def cert(s: Sheet) -> None:
        _coursera(s, "Nov 27, 2023", name,
                  "has successfully completed the online, non-credit Specialization",
                  ["Network Automation with Python and Ansible"],
                  "Those who earn the Specialization Certificate have completed all four "
                  "courses: Python for Network Engineers; Ansible Playbooks and Roles; "
                  "Automating Network Configuration; Testing and CI for Network Code.",
                  "SPECIALIZATION\nCERTIFICATE",
                  f"Verify this certificate at: coursera.org/verify/specialization/{code}",
                  "NORTHGATE INSTITUTE OF TECHNOLOGY", 82)

    p1 = Scan(dpi=200, mode="L", jpeg=55, skew=0.4, grain=5, seed=8)
    p2 = Scan(dpi=200, landscape=True, mode="L", jpeg=55, skew=-0.6, grain=5, seed=9)
    _add("h9-coursera-spec-cover", "known",
         Expected("Network Automation with Python and Ansible", None, "2023-11-27", code, name,
                  "Coursera", False),
         _scan_build("scan_2023-12-14_0915.pdf", [(p1, letter), (p2, cert)],
                     "Xerox WorkCentre 7855"),
         "2-page 200 dpi grey scan: page 1 an employer's cover letter about ANOTHER course "
         "(its title, dates, course code, 21 hours, ref.), page 2 the Coursera specialization "
         "certificate; code only in the verify URL.")


def _c_linkedin() -> None:
    code = "AWh0O5SbLx8B1lqKzP7r"
    name = "Rafał Wiśniewski"

    def draw(s: Sheet) -> None:
        s.text(60, 75, "Linked", 22, "helv-b", (10, 102, 194))
        x = 60 + s.width("Linked", 22, "helv-b") + 2
        s.rect(x, 56, x + 24, 80, outline=None, fill=(10, 102, 194), radius=3)
        s.text(x + 12, 75, "in", 19, "helv-b", (255, 255, 255), "ms")
        s.text(x + 32, 75, "LEARNING", 13, "helv", GREY, track=1.5)
        s.text(60, 140, "Certificate of Completion", 14, "helv", GREY)
        s.text(60, 190, f"Congratulations, {name}", 34, "helv-b")
        s.text(60, 240, "Cybersecurity Foundations: Threats, Attacks and Vulnerabilities", 18,
               "helv-b", (40, 40, 40))
        s.text(60, 264, "Course completed on Jan 22, 2024 at 04:17PM UTC", 11, "helv")
        s.para(60, 300, 460, [("By continuing to learn, you have expanded your perspective, "
                               "sharpened your skills, and made yourself even more in demand.",
                               "helv")], 11)
        s.rect(60, 380, 520, 480, outline=(200, 200, 205), width=0.6)
        s.para(70, 398, 440, [
            ("LinkedIn Learning is registered with the National Association of State Boards of "
             "Accountancy (NASBA) as a sponsor of continuing professional education on the "
             "National Registry of CPE Sponsors. Recommended for 1.5 CPE credits. Field of "
             "study: Information Technology. Sponsor ID: 157734. Delivery method: QAS Self "
             "Study.", "helv")], 8.5)
        _signature(s, s.w - 260, 430, 140, 91)
        s.line(s.w - 270, 440, s.w - 70, 440, GREY, 0.6)
        s.text(s.w - 270, 455, "Marisa Delgado-Kent", 10, "helv-b")
        s.text(s.w - 270, 468, "Head of Content Strategy, Learning", 8.5, "helv", GREY)
        s.text(60, 540, "Certificate ID:", 8.5, "helv", GREY)
        s.text(60 + s.width("Certificate ID: ", 8.5, "helv"), 540, code, 8.5, "serif", GREY)

    sc = Scan(dpi=240, landscape=True, tone=(250, 246, 232), blur=0.5, jpeg=60, grain=5, seed=10)
    _add("h9-linkedin-congrats", "known",
         Expected("Cybersecurity Foundations: Threats, Attacks and Vulnerabilities", None,
                  "2024-01-22", code, name, "LinkedIn Learning", False, (1.5, "CPE")),
         _scan_build("CertificateOfCompletion_Cybersecurity Foundations Threats Attacks and "
                     "Vulnerabilities.pdf", [(sc, draw)], "Brother MFC-L8900CDW"),
         "240 dpi yellowish scan; 'Congratulations, <name>' printed much larger than the course; "
         "Polish name; NASBA block with sponsor ID decoy and 1.5 CPE; 8.5 pt mixed-case ID "
         "(0/O, l/1, 5/S, 8/B) in a serif face.")


def _c_pluralsight() -> None:
    code = "PS-7E3F-0B8O-51S2"
    name = "Ngozi Adaeze Okonkwo-Bello"

    def draw(s: Sheet) -> None:
        s.rect(0, 0, 22, s.h, outline=None, fill=(20, 20, 20))
        s.text(70, 80, "PLURALSIGHT", 20, "helv-b", track=3)
        s.text(70, 150, "CERTIFICATE OF COMPLETION", 15, "helv", track=2)
        s.text(70, 200, "This certifies that", 12, "helv")
        s.text(70, 245, name, 28, "times-b")
        s.text(70, 285, "has completed the course", 12, "helv")
        s.text(70, 325, "Securing Kubernetes Clusters with Network", 22, "helv-b")
        s.text(70, 353, "Policies and Pod Security Admission", 22, "helv-b")
        s.text(70, 400, "Completed December 4, 2023", 12, "helv")
        s.text(70, 420, "Author: Tobiah Reinholt-Sanz", 10, "helv")
        s.text(70, 560, f"Certificate ID: {code}", 9, "sans")
        _signature(s, s.w - 230, 530, 130, 101, INK)
        s.line(s.w - 240, 540, s.w - 70, 540, INK, 0.6)
        s.text(s.w - 240, 554, "Chief Content Officer", 9, "helv")

    sc = Scan(dpi=300, paper="Letter", landscape=True, mode="1", skew=0.4, fold=("v", 0.5),
              seed=11)
    _add("h9-pluralsight-bw-fold", "known",
         Expected("Securing Kubernetes Clusters with Network Policies and Pod Security Admission",
                  None, "2023-12-04", code, name, "Pluralsight", False),
         _scan_build("pluralsight_cert.pdf", [(sc, draw)], "RICOH IM C3000"),
         "300 dpi black-and-white (1-bit, Flate) scan with a vertical fold line through the "
         "middle, skew 0.4°; two-line title; author name decoy; 9 pt code 0/O, 8/B, 5/S.")


def _c_ine() -> None:
    code = "INE-CP-8S0B51I7"
    name = "Émilie Rousseau-Lefebvre"

    def draw(s: Sheet) -> None:
        s.rect(0, 0, 190, s.h, outline=None, fill=(18, 24, 38))
        for i in range(8):
            s.line(0, 380 + i * 28, 190, 300 + i * 28, (60, 70, 95), 1.2)
        s.text(95, 120, "INE", 54, "helv-b", (255, 255, 255), "ms")
        s.center(150, "internetwork expert", 9, "helv", (190, 200, 220), cx=95)
        x = 230
        s.text(x, 110, "CERTIFICATE OF COMPLETION", 24, "helv-b", (18, 24, 38))
        s.text(x, 160, "This certifies that", 12, "helv")
        s.text(x, 205, name, 30, "helv-b")
        s.text(x, 240, "has successfully completed the learning path", 12, "helv")
        s.text(x, 282, "Enterprise Network Security: Firewalls, VPNs", 20, "helv-b")
        s.text(x, 308, "and Segmentation", 20, "helv-b")
        s.text(x, 345, "on 21 January 2024", 12, "helv")
        s.text(x, 380, "RECOMMENDED FOR 36 CPE CREDITS", 11, "helv-b", (200, 60, 30), track=1)
        s.text(x, 470, "Instructor: Carlos Méndez-Vargas", 10, "helv")
        s.text(x, 540, f"Certificate ID: {code}", 8.5, "mono", GREY)
        _seal(s, s.w - 110, 440, 42, (200, 60, 30), "INE\nCERTIFIED")

    sc = Scan(dpi=240, landscape=True, skew=2.5, speckle=400, jpeg=50, grain=5, seed=12)
    _add("h9-ine-path-skew", "known",
         Expected("Enterprise Network Security: Firewalls, VPNs and Segmentation", None,
                  "2024-01-21", code, name, "INE", False, (36, "CPE")),
         _scan_build("3f9c2a71-8e4b-4d0a-b6f5-1c7e9d2a4b80.pdf", [(sc, draw)],
                     "ScanSnap Manager #iX1600"),
         "240 dpi, strong skew 2.5°, speckles and dust hairs, JPEG q50; dark side panel; "
         "'RECOMMENDED FOR 36 CPE CREDITS'; 8.5 pt mono code 8/S/0/B/5/1/I; instructor decoy.")


def _c_cbt() -> None:
    code = "CBT-1I5S-80OB"
    name = "Siddharth Venkataraman"

    def draw(s: Sheet) -> None:
        s.text(60, 80, "CBT", 26, "helv-b", (240, 120, 20))
        s.text(60 + s.width("CBT ", 26, "helv-b"), 80, "nuggets", 26, "helv", (40, 40, 40))
        s.center(160, "Certificate of Completion", 32, "times-b")
        s.center(200, "Awarded to", 12, "helv")
        s.center(245, name, 28, "helv-b")
        s.center(285, "for completing the training", 12, "helv")
        s.center(322, "Cisco CCNP Enterprise Core (350-401 ENCOR) Online Training", 18, "helv-b")
        cols = [("Completion date", "2024-01-19"), ("Training hours", "38"),
                ("Trainer", "Marisol Arboleda")]
        for i, (lab, val) in enumerate(cols):
            cx = 200 + i * 220
            s.center(400, lab, 9.5, "helv", GREY, cx=cx)
            s.center(420, val, 13, "helv-b", cx=cx)
        s.center(540, f"Certificate ID: {code}", 9, "sans", GREY)

    sc = Scan(dpi=150, landscape=True, mode="L", speckle=900, grain=10, jpeg=45, seed=13)
    _add("h9-cbtn-iso-speckle", "known",
         Expected("Cisco CCNP Enterprise Core (350-401 ENCOR) Online Training", None,
                  "2024-01-19", code, name, "CBT Nuggets", False, (38, "hours")),
         _scan_build("CBT_Nuggets_Certificate.pdf", [(sc, draw)], "Canon MF Scan Utility"),
         "150 dpi grey scan with heavy speckle and grain; exam number inside the title; ISO "
         "date under a 'Completion date' label; trainer decoy; 9 pt code 1/I, 5/S, 8/0/O/B.")


def _c_skillsoft() -> None:
    name = "Wojciech Żebrowski"

    def draw(s: Sheet) -> None:
        s.text(60, 80, "skillsoft", 26, "helv-b", (0, 140, 90))
        s.text(60 + s.width("skillsoft ", 26, "helv-b"), 80, "percipio", 14, "helv", GREY)
        _frame(s, 28, (0, 140, 90), 1.0, double=False)
        s.center(200, "Certificate of Completion", 30, "times-b")
        s.center(250, "This is to certify that", 12, "helv")
        s.center(300, name, 28, "times-bi")
        s.center(345, "has successfully completed", 12, "helv")
        s.center(390, "Agile Project Management: Scaling Scrum", 20, "helv-b")
        s.center(416, "Across Distributed Teams", 20, "helv-b")
        s.center(470, "Completed: 03/15/2024", 12, "helv")
        _signature(s, 240, 600, 130, 121)
        s.line(200, 610, 412, 610, GREY, 0.6)
        s.center(624, "Chief Learning Officer", 9.5, "helv")
        s.text(60, 740, "Printed on: 04/02/2024", 8.5, "helv", GREY)

    sc = Scan(dpi=200, paper="Letter", tone=(236, 236, 236), turn=270, jpeg=55, grain=5, seed=14)
    _add("h9-skillsoft-us-rot270", "known",
         Expected("Agile Project Management: Scaling Scrum Across Distributed Teams", None,
                  "2024-03-15", None, name, "Skillsoft", False),
         _scan_build("certificate.pdf", [(sc, draw)], "HP LaserJet MFP M428"),
         "200 dpi Letter portrait picture turned 270° (sideways, no /Rotate), grey paper; US "
         "date 03/15/2024 (15 settles the order) and a 'Printed on' 04/02/2024 decoy; Polish Ż; "
         "no code.")


def _c_udemy_12() -> None:
    code = "UC-a0c8e2b4-71d9-4f3e-b6a5-9e1c0d7f2b83"
    name = "Nguyễn Thị Minh Châu"

    def cert(s: Sheet) -> None:
        s.rect(40, 50, s.w - 40, 470, outline=(200, 200, 200), width=0.6)
        _udemy(s, 60, 55, s.w - 60, code, "0011",
               ["Microsoft Excel: Advanced Formulas,", "Power Query and Dashboards"],
               "Leopold Fairweather", name, "Jan. 9, 2025", "11 total hours", scale=0.8,
               name_font="sans-b")

    def blank(i: int) -> Draw:
        def draw(s: Sheet) -> None:
            if i % 3 == 1:  # faint show-through of the print on the back of the sheet
                for j in range(14):
                    s.text(s.w - 70, 120 + j * 16, "l" * 3 + " lorem ipsum " * 5, 9, "times",
                           (238, 238, 238), "rs")
            if i == 6:
                s.rect(30, 30, 52, 33, outline=None, fill=(150, 150, 150))  # staple mark
            if i == 11:
                s.center(s.h - 40, "– intentionally left blank –", 8, "helv", (200, 200, 200))
        return draw

    pages: list[tuple[Scan, Draw]] = [(Scan(dpi=200, mode="L", jpeg=50, grain=5, skew=0.3,
                                            seed=15), cert)]
    for i in range(1, 12):
        pages.append((Scan(dpi=200, mode="L", jpeg=40, grain=4, speckle=60, skew=0.2 * (i % 3),
                           seed=150 + i), blank(i)))
    _add("h9-udemy-12pages", "known",
         Expected("Microsoft Excel: Advanced Formulas, Power Query and Dashboards", None,
                  "2025-01-09", code, name, "Udemy", False, (11, "hours")),
         _scan_build("SCAN0001.pdf", pages, "FUJITSU fi-7160"),
         "12-page 200 dpi grey feeder scan: Udemy certificate printed small on page 1, pages "
         "2-12 blank-ish (show-through, specks, staple mark); Vietnamese name; 8 pt code.")


def _c_netacad_es_stamp() -> None:
    name = "María José Fernández Ortega"

    def draw(s: Sheet) -> None:
        _netacad_header(s, "Certificado de finalización del curso")
        s.center(212, name, 28, "times-bi")
        s.para(110, 252, s.w - 220, [
            ("ha obtenido con éxito la credencial de nivel de estudiante por completar el curso "
             "CCNA: Switching, Routing, and Wireless Essentials, administrado por el instructor "
             "abajo firmante. El estudiante fue capaz de:", "helv")], 12, align="center")
        _bullets(s, 140, 318, s.w - 280, [
            "Configurar VLAN y enrutamiento entre VLAN aplicando las mejores prácticas de "
            "seguridad.",
            "Solucionar problemas de enrutamiento entre VLAN en dispositivos de capa 3.",
            "Configurar la redundancia en una red conmutada mediante STP y EtherChannel.",
            "Configurar WLAN mediante WLC y las mejores prácticas de seguridad de capa 2."], 10)
        y = 520
        _caption_line(s, 50, 250, y, "Universidad Tecnológica de Santa Lucía",
                      "Nombre de la academia", 10.5)
        _caption_line(s, 270, 400, y, "Montevideo, Uruguay", "Ubicación", 10.5)
        _signature(s, 440, y - 8, 110, 151)
        _caption_line(s, 420, 600, y, None, "Firma del instructor", 10.5)
        _caption_line(s, 620, 790, y, "15 de marzo de 2024", "Fecha", 10.5)
        day_x = 705 - s.width("15 de marzo de 2024", 10.5, "helv") / 2
        _round_stamp(s, day_x + 8, y - 8, 44, "UNIVERSIDAD TECNOLÓGICA DE SANTA LUCÍA *",
                     ["CISCO", "NETWORKING", "ACADEMY"], (70, 40, 125), 0.9, 18, 152,
                     blots=[(0, 0, 11, 7), (4, -2, 8, 6), (-4, 2, 7, 6)])

    sc = Scan(dpi=240, landscape=True, skew=0.9, jpeg=60, grain=5, blur=0.5, seed=16)
    _add("h9-netacad-es-stamp", "known",
         Expected("CCNA: Switching, Routing, and Wireless Essentials", None, "2024-03-15", None,
                  name, "Cisco Networking Academy", True),
         _scan_build("certificado_CCNA_SRWE.pdf", [(sc, draw)], "Canon iR-ADV C3530"),
         "240 dpi Spanish NetAcad certificate; the academy's over-inked violet stamp sits on "
         "the day of '15 de marzo de 2024' so the day cannot be read for sure -> review.")


# --------------------------------------------------------------------------------------------
# Foreign issuers (real kinds of issuer that are not in ISSUERS)
# --------------------------------------------------------------------------------------------


def _c_aws() -> None:
    name = "Hannah Møller-Christensen"

    def draw(s: Sheet) -> None:
        dark = (35, 47, 62)
        s.text(60, 82, "aws", 30, "helv-b", dark)
        s.d.arc((s.p(60), s.p(78), s.p(112), s.p(98)), 20, 160, fill=(255, 153, 0),
                width=s.p(3))
        s.text(125, 70, "Training and", 11, "helv", dark)
        s.text(125, 84, "Certification", 11, "helv", dark)
        s.rect(0, s.h - 40, s.w, s.h, outline=None, fill=dark)
        s.rect(0, s.h - 46, s.w, s.h - 40, outline=None, fill=(255, 153, 0))
        s.center(165, "Certificate of Completion", 34, "helv-b", dark)
        s.center(205, "Presented to", 12, "helv")
        s.center(255, name, 30, "helv-b")
        s.center(295, "for successfully completing", 12, "helv")
        s.center(335, "Architecting on AWS: Designing Resilient", 21, "helv-b", dark)
        s.center(362, "Multi-Tier Applications", 21, "helv-b", dark)
        s.center(392, "Classroom training delivered by AWS Training and Certification", 11, "helv",
                 GREY)
        s.center(430, "Completed: 3 Mar 2024", 12, "helv")
        _signature(s, 520, 505, 150, 161)
        s.line(500, 515, 720, 515, GREY, 0.6)
        s.center(529, "Maureen Oduya-Fischer", 10, "helv-b", cx=610)
        s.center(542, "Head of Training Delivery, EMEA", 8.5, "helv", GREY, cx=610)

    sc = Scan(dpi=300, paper="Letter", landscape=True, skew=0.6, jpeg=60, grain=5, seed=17)
    _add("h9-aws-award", "foreign",
         Expected("Architecting on AWS: Designing Resilient Multi-Tier Applications", None,
                  "2024-03-03", None, name, None, False),
         _scan_build("AWS_Certificate_of_Completion.pdf", [(sc, draw)], "Canon iR-ADV C5550"),
         "300 dpi Letter landscape, skew 0.6°; '3 Mar 2024'; Danish ø; centred award style; "
         "two-line title; no code.")


def _c_microsoft() -> None:
    name = "Mateus Conceição Albuquerque"
    title = ("Microsoft Azure Administrator: Configure and Manage Virtual Networks, Storage and "
             "Identity")

    def draw(s: Sheet) -> None:
        for i, col in enumerate([(242, 80, 34), (127, 186, 0), (0, 164, 239), (255, 185, 0)]):
            x, y = 60 + (i % 2) * 12, 52 + (i // 2) * 12
            s.rect(x, y, x + 11, y + 11, outline=None, fill=col)
        s.text(92, 74, "Microsoft", 20, "helv-b", (100, 100, 100))
        s.text(s.w - 60, 130, "November 20, 2023", 11, "times", anchor="rs")
        y = 130
        for ln in [name, "Rua das Flores 1180, Apto 42", "Porto Alegre – RS, 90010-150",
                   "Brazil"]:
            s.text(60, y, ln, 11, "times")
            y += 14
        s.text(60, 230, "Subject: Confirmation of course completion", 11, "times-b")
        s.text(60, 262, "Dear Mateus,", 11, "times")
        y = s.para(60, 288, s.w - 120, [
            ("This letter confirms that you completed the instructor-led course ", "times"),
            (f"“{title}”", "times-b"),
            (" (course AZ-104T00) on 14 November 2023, delivered by a Microsoft Learning Partner "
             "through the Enterprise Skills Initiative.", "times")], 11.5, 16)
        y = s.para(60, y + 10, s.w - 120, [
            ("This course helps prepare you for Exam AZ-104: Microsoft Azure Administrator. Your "
             "Microsoft Certification ID (MCID) is 1045 8871; please quote it when you schedule "
             "your exam.", "times")], 11.5, 16)
        s.para(60, y + 10, s.w - 120, [
            ("Thank you for investing in your skills. We look forward to supporting the next "
             "step of your learning journey.", "times")], 11.5, 16)
        s.text(60, y + 70, "Sincerely,", 11.5, "times")
        _signature(s, 64, y + 108, 130, 171)
        s.text(60, y + 132, "Ingrid Sørlie-Baptiste", 11.5, "times-b")
        s.text(60, y + 146, "Worldwide Learning Operations, Microsoft Corporation", 11, "times")
        s.center(s.h - 40, "Microsoft Corporation · One Microsoft Way · Redmond, WA 98052-6399",
                 8, "helv", GREY)

    sc = Scan(dpi=240, paper="Letter", tone=(252, 247, 230), blur=0.7, jpeg=60, grain=5,
              seed=18)
    _add("h9-msft-letter", "foreign",
         Expected(title, None, "2023-11-14", None, name, None, False),
         _scan_build("Microsoft_completion_letter.pdf", [(sc, draw)], "Epson Scan 2"),
         "240 dpi letter ('This letter confirms that you completed “…”'): quoted bold title "
         "wraps inside the sentence; letter date, course AZ-104T00, exam AZ-104 and MCID "
         "decoys; no code.")


def _c_fortinet() -> None:
    code = "FTI-74-0O8B-S51I"
    name = "Björn Åkesson"

    def draw(s: Sheet) -> None:
        red = (218, 41, 28)
        cx, cy, r = 170, 300, 95
        pts = [(cx + r * math.cos(math.radians(30 + 60 * i)),
                cy + r * math.sin(math.radians(30 + 60 * i))) for i in range(6)]
        s.poly(pts, fill=red)
        s.center(cy - 14, "FORTINET", 17, "helv-b", (255, 255, 255), cx=cx)
        s.center(cy + 10, "TRAINING", 12, "helv", (255, 255, 255), cx=cx)
        s.center(cy + 28, "INSTITUTE", 12, "helv", (255, 255, 255), cx=cx)
        s.text(310, 90, "FORTINET", 26, "helv-b", red, track=2)
        s.text(310, 108, "Training Institute", 11, "helv", GREY)
        x = 310
        s.text(x, 170, "Certificate of Completion", 28, "helv-b")
        s.text(x, 210, "This certifies that", 12, "helv")
        s.text(x, 250, name, 28, "helv-b")
        s.text(x, 285, "has completed the training course", 12, "helv")
        s.text(x, 322, "FortiGate 7.4 Administrator", 22, "helv-b", red)
        s.text(x, 360, "Completed on 22 May 2024", 12, "helv")
        s.text(x, 378, "Valid until 22 May 2026", 10, "helv", GREY)
        s.text(x, 400, "CPE credits: 16", 11, "helv")
        s.text(x, 500, "Fortinet candidate ID: FTNT-C-0418872", 9, "helv", GREY)
        s.text(x, 516, f"Certificate ID: {code}", 8.5, "sans", GREY)
        _signature(s, s.w - 210, 500, 120, 181)
        s.text(s.w - 210, 525, "VP, Training Institute", 9, "helv")

    sc = Scan(dpi=200, landscape=True, rotate_key=180, jpeg=70, grain=4, seed=19)
    _add("h9-fortinet-badge-rot180", "foreign",
         Expected("FortiGate 7.4 Administrator", None, "2024-05-22", code, name, None, False,
                  (16, "CPE")),
         _scan_build("NSE4_certificate.pdf", [(sc, draw)], "Adobe Acrobat Scan"),
         "upright 200 dpi picture with /Rotate 180; hexagon badge left, text right; 'Valid "
         "until' decoy date; candidate ID decoy next to an 8.5 pt code 0/O, 8/B, S/5, 1/I.")


def _c_redhat() -> None:
    code = "RHCA-7716-0452"
    name = "Eliza Kowalska-Brennan"

    def draw(s: Sheet) -> None:
        red = (204, 0, 0)
        s.ellipse(88, 80, 30, 8, outline=None, fill=red)
        s.d.chord((s.p(66), s.p(52), s.p(110), s.p(100)), 180, 360, fill=red)
        s.text(130, 86, "Red Hat", 26, "helv-b")
        s.center(170, "CERTIFICATE OF ATTENDANCE", 26, "helv-b", track=1.5)
        s.center(210, "This is to certify that", 12, "helv")
        s.center(255, name, 28, "times-b")
        s.center(290, "has attended the course", 12, "helv")
        s.center(328, "Red Hat OpenShift Administration II: Operating a Production", 18,
                 "helv-b", red)
        s.center(352, "Kubernetes Cluster (DO280)", 18, "helv-b", red)
        s.center(390, "June 12 - June 16, 2023", 13, "helv")
        y = 440
        for lab, val in [("Red Hat ID", "rhn-ptp-ekbrennan"), ("Course code", "DO280"),
                         ("Delivery", "Virtual Training, 5 days"), ("Certificate No.", code)]:
            s.text(250, y, lab + ":", 10, "helv-b")
            s.text(370, y, val, 10, "helv")
            y += 16
        _signature(s, s.w - 230, 540, 130, 191)
        s.text(s.w - 240, 556, "Global Learning Services", 9, "helv")

    sc = Scan(dpi=300, landscape=True, mode="L", jpeg=55, turn=270, skew=0.5, grain=6, seed=20)
    _add("h9-redhat-sideways", "foreign",
         Expected("Red Hat OpenShift Administration II: Operating a Production Kubernetes "
                  "Cluster (DO280)", "2023-06-12", "2023-06-16", code, name, None, False),
         _scan_build("RH-DO280-certificate.pdf", [(sc, draw)], "Lexmark MX622"),
         "300 dpi grey scan of a landscape page turned 270° (no /Rotate); long title with "
         "colon and '(DO280)'; 'June 12 - June 16, 2023'; Red Hat ID and course code decoys.")


def _c_juniper() -> None:
    code = "JNE-2506-18OB5"
    name = "Inés García-Montoya"

    def draw(s: Sheet) -> None:
        green = (0, 120, 80)
        s.text(60, 80, "JUNIPER", 24, "helv-b", green, track=2)
        s.text(60 + s.width("JUNIPER ", 24, "helv-b") + 14, 80, "NETWORKS", 24, "helv", green,
               track=2)
        s.text(60, 100, "Education Services", 11, "helv", GREY)
        s.center(180, "Certificate of Completion", 28, "times-b")
        rows = [("Student", name, 12), ("Course", "Junos Intermediate Routing (JIR)", 12),
                ("Course dates", "21 May - 18 Jun 2025", 12),
                ("Format", "Virtual instructor-led, part-time (Wednesdays)", 12),
                ("Credit hours", "24", 12), ("Instructor ID", "INS-3381", 12),
                ("Order number", "SO-00419827", 12), ("Certificate ID", code, 8.5)]
        y = 240
        for lab, val, size in rows:
            s.rect(70, y - 14, 190, y + 6, outline=(120, 130, 125), fill=(232, 238, 234),
                   width=0.6, radius=2)
            s.center(y, lab, 9.5, "helv-b", green, cx=130)
            s.text(205, y, val, size, "sans" if size < 10 else "helv")
            y += 36
        _signature(s, 330, 620, 140, 201)
        s.line(320, 630, 540, 630, GREY, 0.6)
        s.center(644, "Director, Education Services", 9.5, "helv", cx=430)

    sc = Scan(dpi=200, paper="Letter", skew=1.5, jpeg=70, grain=5, seed=21)
    _add("h9-juniper-boxes", "foreign",
         Expected("Junos Intermediate Routing (JIR)", "2025-05-21", "2025-06-18", code, name,
                  None, False, (24, "hours")),
         _scan_build("Juniper_JIR_Certificate.pdf", [(sc, draw)], "HP Smart"),
         "200 dpi Letter portrait, skew 1.5°; every label in a box with the value right of it; "
         "'21 May - 18 Jun 2025'; instructor ID and order number decoys; 'Credit hours' 24; "
         "8.5 pt code 1/8/O/B/5.")


def _c_de_hochschule() -> None:
    code = "WB-2024-0318"
    name = "Anneliese Müller-Lüdenscheidt"

    def draw(s: Sheet) -> None:
        s.text(70, 80, "Hochschule Weserbergland", 20, "serif-b", NAVY)
        s.text(70, 98, "Zentrum für Wissenschaftliche Weiterbildung", 11, "serif", GREY)
        s.line(70, 110, s.w - 70, 110, NAVY, 0.8)
        s.center(210, "Teilnahmebescheinigung", 28, "serif-b")
        s.center(260, "Frau", 12, "serif")
        s.center(290, name, 20, "serif-b")
        s.center(312, "geboren am 14.02.1986 in Oldenburg", 11, "serif")
        s.center(348, "hat vom 4. bis 8. März 2024 an der berufsbegleitenden Weiterbildung", 12,
                 "serif")
        s.center(384, "Datenschutz und Informationssicherheit", 18, "serif-b")
        s.center(408, "im Gesundheitswesen", 18, "serif-b")
        s.center(440, "teilgenommen.", 12, "serif")
        s.center(470, "Umfang: 40 Stunden (Präsenz und Online)", 11, "serif")
        s.text(90, 510, "Inhalte:", 11, "serif-b")
        _bullets(s, 100, 530, s.w - 200, [
            "Rechtsgrundlagen: DSGVO, BDSG und Patientendatenschutzgesetz",
            "Informationssicherheits-Managementsysteme nach ISO/IEC 27001",
            "Technische und organisatorische Maßnahmen in Kliniken und Praxen",
            "Meldepflichten und Umgang mit Sicherheitsvorfällen"], 10.5, "serif")
        s.text(90, 650, f"Bescheinigungs-Nr.: {code}", 10, "serif")
        s.text(90, 720, "Bremen, den 11. März 2024", 11, "serif")
        _signature(s, 340, 712, 130, 211)
        s.line(320, 725, 520, 725, GREY, 0.6)
        s.center(739, "Prof. Dr. Konrad Albers-Wiegand", 9.5, "serif", cx=420)
        s.center(751, "Wissenschaftliche Leitung", 9, "serif", GREY, cx=420)
        _round_stamp(s, 215, 712, 40, "HOCHSCHULE WESERBERGLAND * BREMEN *",
                     ["ZENTRUM FÜR", "WEITERBILDUNG"], (40, 60, 170), 0.55, -14, 212)

    sc = Scan(dpi=300, tone=(247, 245, 238), jpeg=55, grain=5, skew=-0.4, seed=22)
    _add("h9-de-hochschule-seal", "foreign",
         Expected("Datenschutz und Informationssicherheit im Gesundheitswesen", "2024-03-04",
                  "2024-03-08", code, name, None, False, (40, "hours")),
         _scan_build("Teilnahmebescheinigung_Mueller-Luedenscheidt.pdf", [(sc, draw)],
                     "SHARP MX-3071"),
         "300 dpi German university certificate: 'vom 4. bis 8. März 2024', date of birth "
         "14.02.1986 and 'Bremen, den 11. März 2024' decoys; blue round seal (legible) over "
         "the issue date; two-line title; 'Umfang: 40 Stunden'.")


def _c_fr_attestation() -> None:
    code = "FC-23-1187"
    name = "Héloïse Fontaine-Lefèvre"
    title = "Administration des réseaux Linux : routage, pare-feu et supervision"

    def draw(s: Sheet) -> None:
        s.text(60, 75, "UNIVERSITÉ DE SAINT-AUBIN", 16, "times-b", NAVY, track=1)
        s.text(60, 92, "Service de Formation Continue", 11, "times-i", GREY)
        s.text(60, 106, "12 quai Claude-Bernard · 69007 Lyon", 9, "times", GREY)
        s.center(190, "ATTESTATION DE FORMATION", 22, "times-b", track=1)
        s.text(s.w - 60, 225, f"N° d'attestation : {code}", 10.5, "times", anchor="rs")
        y = s.para(70, 270, s.w - 140, [
            ("Je soussignée, Corinne Valadier-Marchand, responsable du Service de Formation "
             "Continue, atteste que Madame ", "times"),
            (name, "times-b"),
            (" a suivi avec assiduité la formation ", "times"),
            (f"« {title} »", "times-b"),
            (" du 12 au 16 juin 2023, d'une durée de 35 heures.", "times")], 12.5, 18)
        y = s.para(70, y + 14, s.w - 140, [
            ("Objectifs : configurer le routage statique et dynamique, mettre en place un "
             "pare-feu nftables, superviser les services réseau avec Prometheus et Grafana.",
             "times")], 12, 17)
        s.para(70, y + 14, s.w - 140, [
            ("Cette attestation est délivrée pour servir et valoir ce que de droit.", "times")],
            12, 17)
        s.text(360, 560, "Fait à Lyon, le 19 juin 2023", 12, "times")
        _signature(s, 370, 610, 130, 221)
        s.text(360, 640, "Corinne Valadier-Marchand", 11, "times-b")
        _rect_stamp(s, 420, 580, [("CERTIFIÉ CONFORME", 12), ("Service Formation Continue", 8)],
                    (110, 40, 130), 0.5, 6, 222)
        s.para(60, s.h - 60, s.w - 120, [
            ("Déclaration d'activité enregistrée sous le n° 84 69 12345 69 auprès du préfet de "
             "région Auvergne-Rhône-Alpes. SIRET 123 456 789 00012.", "times")], 8, 10,
            GREY, "center")

    sc = Scan(dpi=200, skew=1.8, tone=(252, 246, 226), jpeg=45, grain=6, seed=23)
    _add("h9-fr-attestation-letter", "foreign",
         Expected(title, "2023-06-12", "2023-06-16", code, name, None, False, (35, "hours")),
         _scan_build("attestation_formation.pdf", [(sc, draw)], "Canon MF743C"),
         "200 dpi, skew 1.8°, yellowish, JPEG q45; French attestation letter: bold name and "
         "« title » inside one wrapped sentence; 'du 12 au 16 juin 2023'; 'Fait à Lyon, le 19 "
         "juin 2023', SIRET and declaration-number decoys; legible purple box stamp.")


def _c_es_jornadas() -> None:
    code = "JT24-5S8B-O0QD"
    name = "Inmaculada Peñalver Ortún"

    def draw(s: Sheet) -> None:
        band = (120, 20, 40)
        s.rect(0, 0, s.w, 70, outline=None, fill=band)
        s.center(44, "JORNADAS TÉCNICAS DE REDES Y SEGURIDAD 2024", 18, "helv-b",
                 (255, 255, 255), track=1)
        s.center(150, "CERTIFICADO DE ASISTENCIA", 28, "helv-b", band)
        s.center(190, "La Asociación Valenciana de Ingeniería de Redes (AVIR) certifica que",
                 12, "helv")
        s.center(235, f"D.ª {name}", 26, "times-bi")
        s.center(270, "ha asistido a las", 12, "helv")
        s.center(308, "Jornadas Técnicas de Redes y Seguridad 2024", 22, "helv-b")
        s.center(340, "celebradas en Valencia del 14 al 15 de noviembre de 2024.", 12, "helv")
        s.center(372, "Las grabaciones de las ponencias estarán disponibles hasta el 31 de enero "
                 "de 2025.", 10, "helv", GREY)
        _signature(s, 120, 480, 130, 231)
        s.line(100, 490, 300, 490, GREY, 0.6)
        s.center(504, "Presidente del Comité Organizador", 9, "helv", cx=200)
        _signature(s, s.w - 280, 480, 130, 232)
        s.line(s.w - 300, 490, s.w - 100, 490, GREY, 0.6)
        s.center(504, "Secretaría Técnica", 9, "helv", cx=s.w - 200)
        s.center(555, f"Código de verificación: {code}", 8.5, "sans", GREY)

    sc = Scan(dpi=240, landscape=True,
              photo=(0.03, 0.05, 0.06, 0.02, 0.04, 0.06, 0.05, 0.03), light=(0.7, 0.2, 0.7),
              bed=(140, 120, 96), blur=0.8, jpeg=55, grain=8, seed=24)
    _add("h9-es-jornadas-photo", "foreign",
         Expected("Jornadas Técnicas de Redes y Seguridad 2024", "2024-11-14", "2024-11-15", code,
                  name, None, False),
         _scan_build("CamScanner 11-16-2024 10.42.pdf", [(sc, draw)], "CamScanner"),
         "phone photo (perspective, uneven light, 240 dpi) of a Spanish conference certificate; "
         "'del 14 al 15 de noviembre de 2024'; recordings-available-until decoy; 8.5 pt code "
         "5/S, 8/B, O/0/Q/D; name after 'D.ª'.")


def _c_it_attestato() -> None:
    code = "CFIA-25-0412"
    name = "Giuseppina Lo Presti"

    def draw(s: Sheet) -> None:
        s.center(70, "CENTRO FORMAZIONE INFORMATICA ADRIATICA S.r.l.", 14, "times-b", NAVY)
        s.center(86, "Ente di formazione accreditato · Via Sparano 114 · 70121 Bari", 9, "times",
                 GREY)
        s.line(60, 96, s.w - 60, 96, NAVY, 0.8)
        s.center(190, "ATTESTATO DI PARTECIPAZIONE", 24, "times-b", track=1)
        s.text(s.w - 60, 225, f"Attestato n. {code}", 10.5, "times", anchor="rs")
        s.center(280, "Si attesta che", 12, "times")
        s.center(315, name, 22, "times-bi")
        s.center(340, "nata a Bari il 04/09/1990", 11, "times")
        s.center(375, "ha frequentato il corso", 12, "times")
        s.center(410, "Sicurezza delle reti aziendali: firewall di nuova", 17, "times-b")
        s.center(432, "generazione e VPN", 17, "times-b")
        s.center(468, "svoltosi dal 3 al 7 marzo 2025.", 12, "times")
        s.center(500, "Codice corso: SEC-NGFW-02 · Modalità: aula", 10, "times", GREY)
        s.text(80, 640, "Bari, 10 marzo 2025", 11, "times")
        _signature(s, 380, 640, 120, 241)
        s.center(660, "Il Direttore", 10, "times", cx=440)

    sc = Scan(dpi=300, mode="L", jpeg=50, skew=-1.5, fold=("h", 0.33), grain=6, seed=25)
    _add("h9-it-attestato-fold", "foreign",
         Expected("Sicurezza delle reti aziendali: firewall di nuova generazione e VPN",
                  "2025-03-03", "2025-03-07", code, name, None, False),
         _scan_build("Attestato_Lo_Presti.pdf", [(sc, draw)], "KYOCERA ECOSYS M3145dn"),
         "300 dpi grey scan, skew 1.5°, horizontal fold line near the top third; Italian "
         "'dal 3 al 7 marzo 2025'; date of birth 04/09/1990 and 'Bari, 10 marzo 2025' "
         "decoys; course code decoy; two-line title.")


def _c_nl_certificaat() -> None:
    code = "DVT-2023-11-0O58"
    name = "Maarten van der Heijden-Ruysdael"

    def draw(s: Sheet) -> None:
        blue = (0, 90, 150)
        for i in range(3):
            s.d.arc((s.p(60), s.p(50 + i * 7), s.p(120), s.p(80 + i * 7)), 200, 340, fill=blue,
                    width=s.p(2))
        s.text(130, 72, "Opleidingscentrum De Vaart", 16, "helv-b", blue)
        s.center(170, "Certificaat", 40, "pala-b", blue)
        s.center(215, "Hierbij verklaren wij dat", 12, "helv")
        s.center(260, name, 26, "pala-i")
        s.center(295, "de training", 12, "helv")
        s.center(332, "ITIL® 4 Foundation: IT Service Management in de praktijk", 18, "helv-b")
        s.center(365, "met goed gevolg heeft afgerond op 14 november 2023.", 12, "helv")
        s.text(70, 520, f"Certificaatnummer: {code}", 9, "sans")
        s.text(70, 536, "Geldig tot: 14 november 2026", 9, "helv")
        s.text(s.w - 300, 470, "Amersfoort", 11, "helv")
        _signature(s, s.w - 300, 510, 140, 251)
        s.text(s.w - 300, 530, "Directeur opleidingen", 9.5, "helv")

    sc = Scan(dpi=150, landscape=True, light=(0.15, 0.85, 0.9), jpeg=60, grain=5, seed=26)
    _add("h9-nl-certificaat-light", "foreign",
         Expected("ITIL® 4 Foundation: IT Service Management in de praktijk", None,
                  "2023-11-14", code, name, None, False),
         _scan_build("Certificaat ITIL 4.pdf", [(sc, draw)], "Microsoft Lens"),
         "150 dpi phone-app scan with strong uneven lighting (dark corner); Dutch 'afgerond op "
         "14 november 2023' and 'Geldig tot' decoy; ® in the title; 9 pt code 0/O.")


def _c_pl_zaswiadczenie() -> None:
    code = "118/2023/CSI"
    name = "Przemysław Łukasz Ździebło"

    def draw(s: Sheet) -> None:
        s.center(70, "Centrum Szkoleniowe Informatyki „Bit-Wisła” sp. z o.o.", 13, "times-b")
        s.center(86, "ul. Żelazna 41, 00-848 Warszawa · NIP 525-000-00-00", 9, "times", GREY)
        s.center(99, "Nr wpisu do Rejestru Instytucji Szkoleniowych: 2.14/00345/2019", 9,
                 "times", GREY)
        s.center(180, "ZAŚWIADCZENIE", 28, "times-b", track=2)
        s.center(204, "o ukończeniu szkolenia", 14, "times")
        s.text(s.w - 60, 240, f"Nr zaświadczenia: {code}", 10.5, "times", anchor="rs")
        s.center(290, "Pan", 12, "times")
        s.center(318, name, 20, "times-b")
        s.center(340, "urodzony 12.05.1988 r. w Łodzi", 11, "times")
        s.center(372, "ukończył szkolenie", 12, "times")
        s.center(405, "Administracja systemami Windows Server 2022 –", 16, "times-b")
        s.center(426, "poziom zaawansowany", 16, "times-b")
        s.center(460, "zorganizowane w dniach 2–6 października 2023 r. w wymiarze 40 godzin "
                 "dydaktycznych.", 11.5, "times")
        s.text(80, 500, "Zakres szkolenia:", 11, "times-b")
        _bullets(s, 90, 520, s.w - 180, [
            "Active Directory: lasy, domeny, relacje zaufania i zasady grupy",
            "Hyper-V, klastry pracy awaryjnej i Storage Spaces Direct",
            "Bezpieczeństwo serwerów i monitorowanie zdarzeń"], 10.5, "times")
        s.text(80, 680, "Warszawa, 9 października 2023 r.", 11, "times")
        _signature(s, 360, 680, 120, 261)
        s.center(700, "Kierownik szkolenia", 10, "times", cx=420)

    sc = Scan(dpi=240, mode="L", turn=180, jpeg=55, grain=5, skew=0.6, seed=27)
    _add("h9-pl-zaswiadczenie-upside", "foreign",
         Expected("Administracja systemami Windows Server 2022 – poziom zaawansowany",
                  "2023-10-02", "2023-10-06", code, name, None, False, (40, "hours")),
         _scan_build("zaswiadczenie.pdf", [(sc, draw)], "Brother DCP-L2550DN"),
         "240 dpi grey scan upside down (picture turned 180°); Polish ł/ż/ś/ź; 'w dniach 2–6 "
         "października 2023 r.'; birth date, RIS register number, NIP and issue-date decoys; "
         "code with slashes; '40 godzin dydaktycznych'.")


def _c_tr_katilim() -> None:
    code = "IBA-2024-0917"
    name = "Işıl Gökçe Çağlayan"

    def draw(s: Sheet) -> None:
        red = (190, 20, 30)
        s.rect(30, 30, s.w - 30, s.h - 30, outline=red, width=2)
        s.center(85, "İSTANBUL BİLİŞİM AKADEMİSİ", 18, "helv-b", red, track=1.5)
        s.center(160, "KATILIM BELGESİ", 32, "times-b")
        s.center(205, "Sayın", 12, "helv")
        s.center(248, name, 26, "times-bi")
        s.center(285, "12-13 Eylül 2024 tarihlerinde düzenlenen", 12, "helv")
        s.center(322, "Siber Güvenlik Operasyonlarına Giriş: SOC Analistliği Temelleri", 18,
                 "helv-b")
        s.center(355, "eğitimine katılarak bu belgeyi almaya hak kazanmıştır.", 12, "helv")
        s.text(70, 520, f"Belge No: {code}", 10, "helv")
        s.text(70, 536, "T.C. Kimlik No: 123******90", 9, "helv", GREY)
        s.text(s.w - 280, 470, "İstanbul, 16 Eylül 2024", 11, "helv")
        _signature(s, s.w - 280, 510, 130, 271)
        s.text(s.w - 280, 530, "Eğitim Koordinatörü", 9.5, "helv")
        _round_stamp(s, 560, 240, 42, "İSTANBUL BİLİŞİM AKADEMİSİ * EĞİTİM *",
                     ["KATILIM", "ONAYLI"], (200, 30, 40), 0.42, 12, 272)

    sc = Scan(dpi=200, landscape=True, turn=90, rotate_key=90, jpeg=55, grain=5, seed=28)
    _add("h9-tr-katilim-compensated", "foreign",
         Expected("Siber Güvenlik Operasyonlarına Giriş: SOC Analistliği Temelleri",
                  "2024-09-12", "2024-09-13", code, name, None, False),
         _scan_build("katilim_belgesi.pdf", [(sc, draw)], "SAMSUNG M337x 387x 407x Series"),
         "picture stored turned 90° with /Rotate 90 so it displays upright (an extractor that "
         "ignores /Rotate sees it sideways); Turkish İ/ı/ş/ğ; '12-13 Eylül 2024'; light red "
         "stamp over the end of the name (still legible); masked national ID and issue-date "
         "decoys.")


def _c_pt_br() -> None:
    code = "B8O5QX71MS0D"
    name = "Luíza Conceição de Araújo Brandão"

    def draw(s: Sheet) -> None:
        green = (0, 110, 70)
        s.rect(0, 0, 40, s.h, outline=None, fill=green)
        s.rect(40, 0, 48, s.h, outline=None, fill=(250, 200, 0))
        s.text(90, 75, "ESCOLA TÉCNICA VALE DO SINOS", 14, "helv-b", green, track=1)
        s.text(90, 142, "CERTIFICADO", 40, "pala-b", green, track=3)
        s.text(90, 190, "Certificamos que", 12, "helv")
        s.text(90, 232, name, 26, "pala-i")
        s.text(90, 265, "concluiu o curso livre", 12, "helv")
        s.text(90, 300, "Fundamentos de Redes de Computadores e Protocolos TCP/IP", 18, "helv-b")
        s.text(90, 330, "realizado no período de 5 de fevereiro a 22 de março de 2024.", 12,
               "helv")
        s.text(90, 440, "Novo Hamburgo, 28 de março de 2024.", 11, "helv")
        _signature(s, 520, 460, 140, 281)
        s.line(500, 470, 740, 470, GREY, 0.6)
        s.center(484, "Coordenação Pedagógica", 9.5, "helv", cx=620)
        s.text(90, 550, f"Valide este certificado em https://valida.etvs.edu.br/c/{code}", 8.5,
               "sans", GREY)

    sc = Scan(dpi=300, landscape=True, skew=0.9, tone=(251, 246, 228), jpeg=60, grain=5,
              seed=29)
    _add("h9-pt-br-certificado", "foreign",
         Expected("Fundamentos de Redes de Computadores e Protocolos TCP/IP", "2024-02-05",
                  "2024-03-22", code, name, None, False),
         _scan_build("certificado_redes_tcpip.pdf", [(sc, draw)], "Canon G7010 series"),
         "300 dpi yellowish, skew 0.9°; Brazilian 'de 5 de fevereiro a 22 de março de 2024'; "
         "issue-date decoy; code only inside an 8.5 pt validation URL (8/B, O/0, 5/S, 1).")


def _c_checkpoint_hole() -> None:
    code = "CPT-R8120-7Q4K-19"
    name = "Anselm Whitcombe-Rao"

    def draw(s: Sheet) -> None:
        pink = (227, 0, 122)
        # the code sits in the top margin right where the binder punch went through it
        hole_x = s.w / 2 - 40 * 72 / 25.4
        label = "Certificate ID: "
        lw = s.width(label, 9, "helv")
        cw = s.width(code, 9, "sans")
        x0 = hole_x - lw - cw * 0.62
        s.text(x0, 37, label, 9, "helv", GREY)
        s.text(x0 + lw, 37, code, 9, "sans", GREY)
        s.ellipse(80, 100, 16, 16, outline=None, fill=pink)
        s.text(104, 98, "Check Point", 20, "helv-b")
        s.text(104, 111, "SOFTWARE TECHNOLOGIES LTD.", 8, "helv", GREY, track=1)
        s.center(190, "CERTIFICATE OF COMPLETION", 26, "helv-b", track=1)
        s.center(230, "This is to certify that", 12, "helv")
        s.center(275, name, 28, "helv-b")
        s.center(310, "has successfully completed the training", 12, "helv")
        s.center(348, "Check Point Certified Security Administrator (CCSA) R81.20", 20, "helv-b",
                 pink)
        s.center(385, "Completion date: 2 October 2024", 12, "helv")
        s.center(405, "Training Center: Baltic Secure Learning OÜ, Tallinn", 10, "helv", GREY)
        _signature(s, s.w - 250, 510, 140, 291)
        s.line(s.w - 260, 520, s.w - 80, 520, GREY, 0.6)
        s.center(534, "Head of Training and Certification", 9, "helv", cx=s.w - 170)

    sc = Scan(dpi=200, landscape=True, holes="top", jpeg=60, grain=5, bed=(250, 250, 250),
              seed=30)
    _add("h9-checkpoint-hole-code", "foreign",
         Expected("Check Point Certified Security Administrator (CCSA) R81.20", None,
                  "2024-10-02", code, name, None, True),
         _scan_build("CCSA_R81.20_training_certificate.pdf", [(sc, draw)], "Xerox B215"),
         "200 dpi; the certificate was punched for a binder before scanning and one hole went "
         "through the top-margin certificate ID, so two or three characters are gone -> review.")


# --------------------------------------------------------------------------------------------
# Unknown (invented or odd) issuers
# --------------------------------------------------------------------------------------------


def _c_skyline() -> None:
    code = "8BO0S5Z2"
    name = "Priyanka Raghunathan"

    def draw(s: Sheet) -> None:
        teal = (0, 105, 110)
        s.rect(0, 0, 230, s.h, outline=None, fill=teal)
        s.ellipse(115, 190, 62, 62, outline=(255, 255, 255), width=3)
        s.poly([(85, 215), (115, 150), (145, 215)], fill=(255, 255, 255))
        s.center(300, "SKYLINE", 24, "gothic-d", (255, 255, 255), cx=115, track=2)
        s.center(322, "MENTORING COLLECTIVE", 10, "gothic", (220, 240, 240), cx=115, track=1)
        x = 280
        s.text(x, 120, "Certificate of Achievement", 30, "gothic-d", teal)
        s.text(x, 165, "awarded to", 12, "gothic")
        s.text(x, 210, name, 28, "helv-b")
        s.text(x, 245, "for completing", 12, "gothic")
        s.text(x, 283, "Practical Incident Response: From Alert Triage", 20, "helv-b")
        s.text(x, 309, "to Post-Mortem", 20, "helv-b")
        s.text(x, 360, "Date of completion: 9 September 2024", 12, "helv")
        s.text(x, 378, "Issued on: 16 September 2024", 10, "helv", GREY)
        _signature(s, x, 470, 140, 301)
        s.line(x, 480, x + 200, 480, GREY, 0.6)
        s.text(x, 494, "Programme Lead", 9.5, "helv")
        s.text(x, 550, f"Verify at https://verify.skylinementor.io/c/{code}", 8.5, "sans", GREY)

    sc = Scan(dpi=240, landscape=True, tone=(234, 234, 232), blur=0.8, jpeg=50, grain=6,
              seed=31)
    _add("h9-unk-skyline-panel", "unknown",
         Expected("Practical Incident Response: From Alert Triage to Post-Mortem", None,
                  "2024-09-09", code, name, None, False),
         _scan_build("b7e2c4d1-09af-4e3b-8c5d-2f6a1e0b9c47.pdf", [(sc, draw)],
                     "Canon iR-ADV C256"),
         "240 dpi grey, blur 0.8, JPEG q50; side panel with badge; 'Issued on' decoy after the "
         "completion date; code only in an 8.5 pt verify URL (8/B, O/0, S/5, Z/2).")


def _c_learnloop() -> None:
    code = "LL-7Q03-B8S1"
    name = "Chidi Obiora-Nwankwo"

    def draw(s: Sheet) -> None:
        purple = (98, 44, 160)
        s.ellipse(78, 76, 16, 16, outline=purple, width=3)
        s.ellipse(98, 76, 16, 16, outline=(240, 150, 0), width=3)
        s.text(124, 83, "LearnLoop Academy", 16, "helv-b", purple)
        s.center(200, "Keep learning!", 46, "helv-b", purple)
        s.center(250, "Certificate of Completion", 14, "helv", GREY, track=1)
        s.center(310, name, 24, "helv-b")
        s.center(345, "completed", 12, "helv")
        s.center(375, "Zero Trust Networking Basics", 16, "helv-b")
        s.center(410, "on the 3rd of March 2024", 12, "helv")
        s.center(440, "2.5 CEUs awarded", 12, "helv")
        _signature(s, 240, 560, 130, 311)
        s.line(200, 570, 412, 570, GREY, 0.6)
        s.center(584, "Founder & Lead Instructor", 9.5, "helv")
        s.center(700, f"Credential ID: {code}", 9, "sans", GREY)

    sc = Scan(dpi=200, paper="Letter", rotate_key=270, skew=0.7, jpeg=65, grain=5, seed=32)
    _add("h9-unk-keeplearning-rot270", "unknown",
         Expected("Zero Trust Networking Basics", None, "2024-03-03", code, name, None, False,
                  (2.5, "CEU")),
         _scan_build("LearnLoop_certificate.pdf", [(sc, draw)], "Genius Scan"),
         "upright 200 dpi Letter picture with /Rotate 270, skew 0.7°; slogan 'Keep learning!' "
         "printed about three times larger than the course name; '3rd of March 2024'; "
         "'2.5 CEUs'; 9 pt code Q/0, B/8, S/1.")


def _c_guild() -> None:
    code = "000817"
    name = "Åke Vilhelm Strandberg"

    def draw(s: Sheet) -> None:
        _frame(s, 24, INK, 3.0)
        for cx, cy in [(34, 34), (s.w - 34, 34), (34, s.h - 34), (s.w - 34, s.h - 34)]:
            s.rect(cx - 9, cy - 9, cx + 9, cy + 9, outline=INK, fill=(255, 255, 255), width=1.5)
        s.text(s.w - 70, 78, f"Serial No. {code}", 10, "schb", anchor="rs")
        s.center(110, "The Guild of Network Craftspeople", 22, "schb-b")
        s.center(165, "Certificate of Proficiency", 36, "script")
        s.center(200, "This is to record that the person named below has completed the course "
                 "shown.", 11, "schb-i")
        _caption_line(s, 200, s.w - 200, 255, name, "Participant", 20, "schb-b", 9, "schb-i")
        s.center(305, "Designing Resilient Campus Networks with", 17, "schb-b")
        _caption_line(s, 170, s.w - 170, 331, "EVPN-VXLAN and Segment Routing", "Course title",
                      17, "schb-b", 9, "schb-i")
        _caption_line(s, 120, 330, 470, "21.11.2023", "Date of completion", 13, "schb", 9,
                      "schb-i")
        _signature(s, 540, 462, 130, 321, INK)
        _caption_line(s, 510, 720, 470, None, "Guild Master", 13, "schb", 9, "schb-i")
        _seal(s, s.w / 2, 470, 34, (60, 60, 60), "GUILD\nSEAL", ribbon=False)

    sc = Scan(dpi=300, landscape=True, mode="1", skew=1.0, speckle=250, seed=33)
    _add("h9-unk-guild-captions", "unknown",
         Expected("Designing Resilient Campus Networks with EVPN-VXLAN and Segment Routing", None,
                  "2023-11-21", code, name, None, False),
         _scan_build("Guild_certificate_scan.pdf", [(sc, draw)], "Brother ADS-2700W"),
         "300 dpi black-and-white scan, skew 1°; old style: values written on rules with small "
         "italic captions under them; two-line title whose 'Course title' caption sits UNDER "
         "its second line; 21.11.2023; 'Serial No.' code.")


def _c_quantum() -> None:
    code = "QLS-5S8B-0O1I"
    name = "Åsa Lindqvist-Öberg"

    def draw(s: Sheet) -> None:
        band = (20, 30, 60)
        s.rect(0, 0, s.w, 64, outline=None, fill=band)
        s.text(50, 42, "QUANTUM LEAP SKILLS HUB", 18, "gothic-d", (255, 255, 255), track=2)
        s.center(130, "Certificate of Completion", 28, "gothic-d", band)
        s.line(s.w / 2, 170, s.w / 2, 500, (180, 180, 190), 0.8)
        x = 60
        s.text(x, 200, name, 22, "helv-b")
        s.text(x, 228, "has completed the bootcamp", 12, "helv")
        s.text(x, 262, "Python for Network Engineers: Automation", 15, "helv-b")
        s.text(x, 282, "with Netmiko, NAPALM and Nornir", 15, "helv-b")
        s.para(x, 320, 300, [("Five days of hands-on labs: inventory, configuration "
                              "templating, state validation and CI pipelines for network "
                              "changes.", "helv")], 10.5)
        x = s.w / 2 + 30
        y = 200
        for lab, val, size, fk in [("Course dates", "2024-06-03 – 2024-06-07", 12, "helv"),
                                   ("Enrolment no.", "ENR-240311-07", 12, "helv"),
                                   ("Printed on", "2024-06-10", 12, "helv"),
                                   ("Certificate ID", code, 8.5, "sans")]:
            s.text(x, y, lab, 9.5, "helv", GREY)
            s.text(x + 110, y, val, size, fk)
            y += 30
        _signature(s, x, 460, 130, 331)
        s.line(x, 470, x + 220, 470, GREY, 0.6)
        s.text(x, 484, "Academic Director", 9.5, "helv")

    sc = Scan(dpi=200, paper="Letter", landscape=True,
              photo=(0.02, 0.04, 0.05, 0.07, 0.03, 0.03, 0.06, 0.05), light=(0.8, 0.7, 0.6),
              bed=(60, 62, 70), blur=0.7, jpeg=55, grain=7, seed=34)
    _add("h9-unk-twocol-photo", "unknown",
         Expected("Python for Network Engineers: Automation with Netmiko, NAPALM and Nornir",
                  "2024-06-03", "2024-06-07", code, name, None, False),
         _scan_build("IMG_4471.pdf", [(sc, draw)], "iOS Notes"),
         "phone photo (perspective, dark desk, light fall-off) at 200 dpi; two columns with "
         "value right of a small label; ISO range '2024-06-03 – 2024-06-07'; enrolment number "
         "and 'Printed on' decoys; 8.5 pt code 5/S, 8/B, 0/O, 1/I.")


def _c_byteforge() -> None:
    code = "BFL-0824-1137"
    name = "Kofi Asante-Darko"

    def cert(s: Sheet) -> None:
        orange = (220, 90, 20)
        s.rect(40, 40, s.w - 40, s.h - 40, outline=orange, width=2.5)
        s.text(70, 95, "ByteForge", 22, "helv-b", orange)
        s.text(70 + s.width("ByteForge ", 22, "helv-b"), 95, "Learning Lab", 22, "helv", GREY)
        s.center(180, "Certificate of Completion", 30, "helv-b")
        s.center(225, "This certificate is awarded to", 12, "helv")
        s.center(270, name, 28, "helv-b")
        s.center(310, "for completing", 12, "helv")
        s.center(348, "BGP Fundamentals for Service Provider Networks", 20, "helv-b", orange)
        s.center(385, "Completed 28 August 2024", 12, "helv")
        s.text(80, 520, f"Certificate No. {code}", 10, "helv")
        _signature(s, s.w - 260, 510, 140, 341)
        s.text(s.w - 260, 530, "Lead Trainer", 9.5, "helv")

    def flyer(s: Sheet) -> None:
        orange = (220, 90, 20)
        s.rect(0, 0, s.w, 140, outline=None, fill=orange)
        s.text(60, 80, "Your next step", 30, "helv-b", (255, 255, 255))
        s.text(60, 110, "ByteForge Learning Lab · Live online cohorts", 12, "helv",
               (255, 235, 220))
        s.text(60, 210, "Advanced BGP Troubleshooting (BGP-ADV)", 22, "helv-b")
        s.text(60, 240, "14–18 October 2024 · Live online · 30 hours", 13, "helv")
        s.para(60, 280, s.w - 120, [
            ("Route reflectors, policy debugging, flowspec, RPKI and large-scale convergence, "
             "with a full-day lab on real provider topologies. Certificate of completion "
             "awarded on passing the final lab.", "helv")], 12)
        s.rect(60, 380, s.w - 60, 450, outline=orange, width=1.5, radius=6)
        s.text(80, 410, "Early-bird code: BGPNEXT15", 14, "helv-b", orange)
        s.text(80, 432, "Save 15% when you book before 30 September 2024.", 11, "helv")
        s.text(60, 500, "Book at byteforgelab.io/courses/bgp-adv", 12, "helv")

    p1 = Scan(dpi=150, landscape=True, mode="L", jpeg=50, grain=6, skew=0.5, seed=35)
    p2 = Scan(dpi=150, mode="L", jpeg=50, grain=6, skew=-0.4, seed=36)
    _add("h9-unk-byteforge-flyer", "unknown",
         Expected("BGP Fundamentals for Service Provider Networks", None, "2024-08-28", code,
                  name, None, False),
         _scan_build("ByteForge_BGP_Fundamentals.pdf", [(p1, cert), (p2, flyer)],
                     "NAPS2 (Not Another PDF Scanner)"),
         "2-page 150 dpi grey scan: certificate first, then a flyer about ANOTHER course "
         "(title with code, range 14–18 October 2024, 30 hours, promo code, deadline).")


def _c_webinar() -> None:
    name = "Fernando Ruiz-Caballero"

    def draw(s: Sheet) -> None:
        navy = (14, 40, 70)
        s.rect(0, 0, s.w, 110, outline=None, fill=navy)
        s.text(60, 60, "Bastion Forum", 24, "helv-b", (255, 255, 255))
        s.text(60, 84, "Webinar Series", 13, "helv", (170, 200, 230))
        s.center(180, "Certificate of Attendance", 28, "helv-b", navy)
        y = 250
        for val, lab, size in [
                (name, "Attendee", 20),
                ("Threat Hunting with Sigma Rules: From Detection Logic to SIEM Queries",
                 "Webinar", 14),
                ("10/22/2024", "Webinar date", 14),
                ("Dr. Yusuf Karaca", "Presenter", 12)]:
            s.text(70, y, val, size, "helv-b")
            s.text(70, y + 15, lab.upper(), 8, "helv", GREY, track=1)
            y += 62
        s.para(70, y + 10, s.w - 140, [
            ("This webinar qualifies for 1 CPE credit (50 minutes). Recording available until "
             "11/30/2024 for registered attendees.", "helv")], 11)
        _signature(s, 70, 660, 130, 351)
        s.line(70, 670, 270, 670, GREY, 0.6)
        s.text(70, 684, "Programme Committee Chair", 9.5, "helv")

    sc = Scan(dpi=200, paper="Letter", jpeg=40, grain=6, skew=-0.5, seed=37)
    _add("h9-unk-webinar-cpe", "unknown",
         Expected("Threat Hunting with Sigma Rules: From Detection Logic to SIEM Queries", None,
                  "2024-10-22", None, name, None, False, (1, "CPE")),
         _scan_build("webinar-certificate-2024-10-22.pdf", [(sc, draw)], "Dell MFP E525w"),
         "200 dpi, JPEG q40; every value printed above its small label (label UNDER the "
         "value); US date 10/22/2024 (22 settles the order); 'Recording available until "
         "11/30/2024' decoy; presenter decoy; '1 CPE credit'; no code.")


# --------------------------------------------------------------------------------------------
# Unclear: a careful person would have to check something
# --------------------------------------------------------------------------------------------


def _c_dogear() -> None:
    code = "HCI-24-7731-QK08"
    name = "Rosalind Achterberg"

    def draw(s: Sheet) -> None:
        blue = (30, 80, 160)
        s.rect(0, 0, s.w, 14, outline=None, fill=blue)
        s.text(60, 80, "Helix Cloud Institute", 20, "pala-b", blue)
        s.center(170, "Certificate of Completion", 32, "pala-b")
        s.center(210, "presented to", 12, "pala-i")
        s.center(255, name, 28, "pala-b")
        s.center(295, "for completing the course", 12, "pala-i")
        s.center(335, "Kubernetes Storage and Stateful Workloads", 22, "helv-b", blue)
        s.center(375, "Completed on 18 April 2024", 12, "helv")
        _signature(s, 90, 500, 140, 361)
        s.line(80, 510, 280, 510, GREY, 0.6)
        s.text(80, 524, "Dean of Studies", 9.5, "helv")
        cw = s.width(code, 9, "sans")
        s.text(s.w - 60 - cw - s.width("Certificate ID: ", 9, "helv"), 555, "Certificate ID: ",
               9, "helv", GREY)
        s.text(s.w - 60 - cw, 555, code, 9, "sans", GREY)
        _dog_ear(s, 150, 110, (246, 246, 244))

    sc = Scan(dpi=240, landscape=True, jpeg=60, grain=5, skew=0.4, seed=38)
    _add("h9-unc-dogear-code", "unclear",
         Expected("Kubernetes Storage and Stateful Workloads", None, "2024-04-18", code, name,
                  None, True),
         _scan_build("certificate (1).pdf", [(sc, draw)], "Canon iR-ADV C3525"),
         "240 dpi; the bottom-right corner was folded over (dog-ear) when scanned and the flap "
         "hides the end of the certificate ID -> the code cannot be read in full -> review.")


def _c_ambiguous() -> None:
    code = "MNA-WS-0973"
    name = "Farhan Qureshi-Lindgren"

    def draw(s: Sheet) -> None:
        s.text(60, 80, "Meridian Network Academy", 18, "helv-b", NAVY)
        s.rect(400, 58, 540, 92, outline=(0, 92, 150), width=1, radius=3)
        _cisco_bars(s, 408, 80, 11, CISCO_BLUE, word=False)
        s.text(445, 79, "Cisco Learning Partner", 8.5, "helv-b", (0, 92, 150))
        s.center(190, "Certificate of Attendance", 26, "times-b")
        s.center(230, "This certifies that", 12, "times")
        s.center(270, name, 22, "times-b")
        s.center(305, "attended the one-day workshop", 12, "times")
        s.center(340, "Cisco Catalyst Center: Automation and Assurance Workshop", 16, "times-b")
        y = 420
        for lab, val in [("Date", "05/04/2023"), ("Format", "Instructor-led, hands-on labs"),
                         ("Certificate No.", code)]:
            s.text(150, y, lab + ":", 11, "times-b")
            s.text(270, y, val, 11, "times")
            y += 22
        _signature(s, 330, 640, 130, 371)
        s.line(320, 650, 520, 650, GREY, 0.6)
        s.center(664, "Training Coordinator", 9.5, "times", cx=420)

    sc = Scan(dpi=200, mode="L", jpeg=60, grain=5, skew=0.6, seed=39)
    _add("h9-unc-ambiguous-date", "unclear",
         Expected("Cisco Catalyst Center: Automation and Assurance Workshop", None, "2023-04-05",
                  code, name, "Cisco Learning Partner", True),
         _scan_build("Attendance_Certificate.pdf", [(sc, draw)], "HP ScanJet Pro 2500"),
         "200 dpi grey; the only date is 05/04/2023 and nothing on the page (no other date, no "
         "country, English text) settles day/month order -> review; CLP label in a box.")


def _c_two_codes() -> None:
    code = "CRA-7731-KQ9"
    name = "Tatiana Villaseñor Rojas"

    def draw(s: Sheet) -> None:
        sky = (0, 120, 200)
        s.rect(0, 0, 180, s.h, outline=None, fill=(232, 242, 250))
        s.poly([(40, 140), (90, 60), (140, 140)], fill=sky)
        s.center(170, "CloudRamp", 18, "helv-b", sky, cx=90)
        s.center(188, "Academy", 12, "helv", GREY, cx=90)
        x = 220
        s.text(x, 120, "Certificate of Completion", 30, "helv-b")
        s.text(x, 170, name, 26, "helv-b", sky)
        s.text(x, 200, "has successfully completed", 12, "helv")
        s.text(x, 236, "Terraform on Azure: Infrastructure as Code for", 18, "helv-b")
        s.text(x, 258, "Production Teams", 18, "helv-b")
        s.text(x, 296, "Completed: 12 July 2024", 12, "helv")
        _signature(s, x, 420, 130, 381)
        s.line(x, 430, x + 200, 430, GREY, 0.6)
        s.text(x, 444, "Head of Curriculum", 9.5, "helv")
        s.text(x, 520, "Certificate ID:", 10, "helv-b")
        s.text(x + 95, 520, code, 10, "helv")
        s.text(x + 300, 520, "Credential ID:", 10, "helv-b")
        s.text(x + 392, 520, "5f2e88ab-19c4", 10, "helv")

    sc = Scan(dpi=200, landscape=True, jpeg=65, grain=5, skew=0.5, seed=40)
    _add("h9-unc-two-codes", "unclear",
         Expected("Terraform on Azure: Infrastructure as Code for Production Teams", None,
                  "2024-07-12", code, name, None, True),
         _scan_build("CloudRamp_Certificate.pdf", [(sc, draw)], "EPSON WF-4830 Series"),
         "200 dpi; two different codes under equally strong labels side by side ('Certificate "
         "ID' and 'Credential ID') -> review; side panel; two-line title.")


def _c_glare() -> None:
    code = "R7KQ2XH5MB3Z"
    name = "Thandiwe Nkosi-Marais"

    def draw(s: Sheet) -> None:
        _coursera(s, "Sep 30, 2024", name, "has successfully completed",
                  ["Introduction to Network Automation with Python"],
                  "an online non-credit course authorized by Eastfield University and offered "
                  "through Coursera", "COURSE\nCERTIFICATE",
                  f"Verify at: https://coursera.org/verify/{code}", "EASTFIELD UNIVERSITY", 391)
        _glare(s, s.w - 125, s.h - 60, 75, 26)

    sc = Scan(dpi=240, paper="Letter", landscape=True,
              photo=(0.04, 0.03, 0.03, 0.05, 0.05, 0.04, 0.03, 0.06), light=(0.5, 0.5, 0.6),
              bed=(110, 100, 92), blur=0.8, jpeg=55, grain=7, seed=41)
    _add("h9-unc-glare-code", "unclear",
         Expected("Introduction to Network Automation with Python", None, "2024-09-30", code,
                  name, "Coursera", True),
         _scan_build("Coursera certificate photo.pdf", [(sc, draw)], "Adobe Scan for iOS"),
         "phone photo of a glossy Coursera print: flash glare washes out the end of the verify "
         "URL, so the code cannot be read in full -> review.")


def _c_received() -> None:
    code = "INE-CP-47QX21"
    name = "Leopoldine Vandersteen-Ickx"

    def draw(s: Sheet) -> None:
        s.center(90, "INE", 40, "helv-b", (18, 24, 38))
        s.center(150, "CERTIFICATE OF COMPLETION", 24, "helv-b", track=1.5)
        s.center(195, "Presented to", 12, "helv")
        s.center(245, name, 30, "helv-b")
        s.center(285, "for successfully completing", 12, "helv")
        s.center(325, "Network Defense Essentials: Securing Switches and Routers", 20, "helv-b")
        s.center(362, "Completed on April 26, 2024", 12, "helv")
        s.center(470, f"Certificate ID: {code}", 9, "sans", GREY)
        _signature(s, s.w / 2 - 70, 530, 140, 401)
        s.center(548, "Chief Learning Officer", 9, "helv")
        x_sur = s.w / 2 + s.width(name, 30, "helv-b") / 2 - s.width("Vandersteen-Ickx", 30,
                                                                    "helv-b") / 2
        _rect_stamp(s, x_sur, 238, [("RECEIVED", 24), ("02 MAY 2024", 18), ("HR DEPT.", 12)],
                    (150, 20, 35), 0.9, 4, 402, lo=160,
                    blots=[(-40, 2, 62, 12), (35, 4, 70, 10), (0, 10, 50, 8)])

    sc = Scan(dpi=200, landscape=True, jpeg=55, grain=6, blur=0.5, seed=42)
    _add("h9-unc-received-stamp-name", "unclear",
         Expected("Network Defense Essentials: Securing Switches and Routers", None,
                  "2024-04-26", code, name, "INE", True),
         _scan_build("INE_certificate_received.pdf", [(sc, draw)], "Canon iR-ADV C5840"),
         "200 dpi; a heavy dark-red 'RECEIVED 02 MAY 2024 HR DEPT.' stamp sits right on the "
         "surname so it cannot be read for sure -> review; the stamp also brings a decoy date.")


for _make in (
    _c_ciscou,
    _c_netacad_itn,
    _c_netacad_pt,
    _c_clp_sdwan,
    _c_ciscolive,
    _c_udemy_lowq,
    _c_coursera_rotkey,
    _c_coursera_cover,
    _c_linkedin,
    _c_pluralsight,
    _c_ine,
    _c_cbt,
    _c_skillsoft,
    _c_udemy_12,
    _c_netacad_es_stamp,
    _c_aws,
    _c_microsoft,
    _c_fortinet,
    _c_redhat,
    _c_juniper,
    _c_de_hochschule,
    _c_fr_attestation,
    _c_es_jornadas,
    _c_it_attestato,
    _c_nl_certificaat,
    _c_pl_zaswiadczenie,
    _c_tr_katilim,
    _c_pt_br,
    _c_checkpoint_hole,
    _c_skyline,
    _c_learnloop,
    _c_guild,
    _c_quantum,
    _c_byteforge,
    _c_webinar,
    _c_dogear,
    _c_ambiguous,
    _c_two_codes,
    _c_glare,
    _c_received,
):
    _make()
