"""Scans made from printed certificates for the blind held-out sets: page 1 rasterised by
Poppler, tilted, grained, smudged, cropped, saved as JPEG and wrapped back into a PDF that
has no text layer (Pillow; seeded, so every build is the same)."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Box = tuple[float, float, float, float]  # fractions of the page: x0, y0, x1, y1


def scan(
    src: Path,
    out: Path,
    seed: str,
    *,
    prefix: str = "",
    dpi: int = 200,
    angle: float = 0.5,
    gray: bool = True,
    smudges: tuple[Box, ...] = (),
    keep_right: float = 1.0,
    quality: int = 58,
) -> Path:
    """An image-only PDF that looks like a flatbed or phone scan of ``src``'s first page;
    its grain and smudges drawn from ``prefix + seed``, so every build is the same."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(prefix + seed)
    work = Path(tempfile.mkdtemp(prefix="scan_"))
    try:
        args = ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", "-png"]
        if gray:
            args.append("-gray")
        subprocess.run([*args, str(src), str(work / "page")], check=True, capture_output=True)
        with Image.open(work / "page.png") as page:
            img: Image.Image = page.convert("L" if gray else "RGB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    w, h = img.size

    # smudges: dark, blurred blobs over given areas (a thumb print, a coffee smear)
    if smudges:
        mask = Image.new("L", (w, h), 0)
        draw = ImageDraw.Draw(mask)
        for x0, y0, x1, y1 in smudges:
            bx0, by0, bx1, by1 = x0 * w, y0 * h, x1 * w, y1 * h
            for _ in range(40):
                cx = rng.uniform(bx0, bx1)
                cy = rng.uniform(by0, by1)
                rx = rng.uniform(0.08, 0.3) * (bx1 - bx0)
                ry = rng.uniform(0.25, 0.6) * (by1 - by0)
                draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=rng.randrange(205, 256))
        mask = mask.filter(ImageFilter.GaussianBlur(dpi / 40))
        stain = Image.new(img.mode, (w, h), 52 if gray else (70, 55, 38))
        img = Image.composite(stain, img, mask)

    # paper tone, slight softness, tilt
    img = img.point(lambda v: int(v * 0.9) + 14)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    fill = 236 if gray else (236, 234, 228)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)

    # grain
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: 128 + (v - 128) // 7)
    if not gray:
        noise = Image.merge("RGB", (noise, noise, noise))
    img = ImageChops.add(img, noise, scale=1.0, offset=-128)

    # the scanner bed missed the right edge of the sheet
    if keep_right < 1.0:
        img = img.crop((0, 0, int(w * keep_right), h))

    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    jpg = Image.open(buf)
    jpg.load()
    stamp = time.gmtime(1735689600)  # fixed dates, so every build is byte-identical
    jpg.save(out, "PDF", resolution=float(dpi), creationDate=stamp, modDate=stamp)
    return out


def scan_rendered(
    render: Callable[[Path], Path], name: str, folder: Path, *, prefix: str, **kw: object
) -> Path:
    """Render with a producer into a scratch folder, then scan that page into ``folder``."""
    work = Path(tempfile.mkdtemp(prefix="scan_src_"))
    try:
        src = render(work)
        return scan(src, folder / f"{name}.pdf", seed=name, prefix=prefix, **kw)  # type: ignore[arg-type]
    finally:
        shutil.rmtree(work, ignore_errors=True)
