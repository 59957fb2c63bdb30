"""Certificate pages rendered as PNG images, cached on disk by the file's hash.

Rendering runs in the guarded reader process (time and memory limits), never in the web
server: a page box of a square metre must not stall or exhaust the page. The image is capped
at MAX_PIXELS, so a huge page renders small rather than in gigabytes. Later views read the
cached file, which keeps an item page well under 100 ms of server time.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2

from pipeline.errors import CeinboxError

# Pixels per PDF point: 2x makes small print readable on a laptop screen.
SCALE = 2.0
# At most this many pixels per rendered page (an A4 page at 2x is about 2 million).
MAX_PIXELS = 8_000_000


@dataclass(frozen=True)
class PagePreview:
    """A rendered page, turned so that its text reads upright, and its size in PDF points as
    shown (a sideways page's width and height swap)."""

    image: Path
    width: float
    height: float
    page_count: int
    # Degrees counter-clockwise the displayed page was turned to read upright (0, 90, 180, 270).
    turn: int = 0

    def place(self, x0: float, top: float, x1: float, bottom: float) -> tuple[float, ...]:
        """A box on the displayed page (as the extractor reports it) on the turned picture."""
        quarter = self.turn in (90, 270)  # a quarter turn swapped the page's width and height
        width, height = (self.height, self.width) if quarter else (self.width, self.height)
        (ax, ay), (bx, by) = (
            _turned(corner, self.turn, width, height) for corner in ((x0, top), (x1, bottom))
        )
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _turned(
    point: tuple[float, float], turn: int, width: float, height: float
) -> tuple[float, float]:
    x, y = point
    if turn == 90:  # the picture turned a quarter counter-clockwise
        return y, width - x
    if turn == 180:
        return width - x, height - y
    if turn == 270:
        return height - y, x
    return x, y


# Renders page `page` of a PDF into `image` (with its size in `meta`); run in the reader worker.
Renderer = Callable[[Path, int, Path, Path], PagePreview]


def cached_preview(sha256: str, page: int, cache: Path) -> PagePreview | None:
    """The page's PNG when it was rendered before."""
    image, meta = _paths(sha256, page, cache)
    if not (image.is_file() and meta.is_file()):
        return None
    size = json.loads(meta.read_text(encoding="utf-8"))
    return PagePreview(
        image, size["width"], size["height"], size["pages"], int(size.get("turn", 0))
    )


def page_preview(pdf: Path, sha256: str, page: int, cache: Path, render: Renderer) -> PagePreview:
    """The PNG of page `page` (1-based) of `pdf`, rendered by `render` on first use."""
    found = cached_preview(sha256, page, cache)
    if found is not None:
        return found
    image, meta = _paths(sha256, page, cache)
    return render(pdf, page, image, meta)


def _paths(sha256: str, page: int, cache: Path) -> tuple[Path, Path]:
    # "upright": pictures cached before previews were turned upright are rendered again.
    stem = f"{sha256}-{page}.upright"
    return cache / f"{stem}.png", cache / f"{stem}.json"


def render_page(pdf: Path, page: int, image: Path, meta: Path) -> PagePreview:
    """Render one page with pypdfium2 into image (PNG), its size and page count into meta."""
    try:
        document = pypdfium2.PdfDocument(str(pdf))
    except (pypdfium2.PdfiumError, OSError) as exc:
        raise CeinboxError(f"cannot render {pdf.name}: {exc}") from exc
    try:
        count = len(document)
        if not 1 <= page <= count:
            raise CeinboxError(f"{pdf.name} has no page {page}")
        pdf_page = document[page - 1]
        width, height = pdf_page.get_size()
        bitmap = pdf_page.render(scale=preview_scale(width, height), may_draw_forms=True)
        picture = bitmap.to_pil()
        turn = text_turn(pdf_page)
        if turn is None:
            from pipeline.extract.ocr import picture_turn  # too little text: a scan, perhaps

            turn = picture_turn(picture.convert("L"))
        if turn:
            picture = picture.rotate(turn, expand=True)
            if turn in (90, 270):
                width, height = height, width
        image.parent.mkdir(parents=True, exist_ok=True)
        temporary = image.with_suffix(".tmp.png")
        picture.save(temporary, format="PNG", optimize=False)
        temporary.replace(image)
        meta.write_text(
            json.dumps({"width": width, "height": height, "pages": count, "turn": turn}),
            encoding="utf-8",
        )
        return PagePreview(image, width, height, count, turn)
    finally:
        document.close()


# A page's text reads in one direction when this share of its letters do.
_ONE_DIRECTION = 0.6
_ENOUGH_LETTERS = 20


def text_turn(page: pypdfium2.PdfPage) -> int | None:
    """Degrees counter-clockwise that turn the displayed page so its text reads upright, from
    the direction most of its letters are drawn in; None when it has too little text."""
    import pypdfium2.raw as pdfium

    textpage = page.get_textpage()
    try:
        turns: Counter[int] = Counter()
        text = textpage.get_text_range()
        for index, char in enumerate(text[: textpage.count_chars()]):
            if char.isalnum():
                angle = math.degrees(pdfium.FPDFText_GetCharAngle(textpage, index))
                turns[round(angle / 90) % 4 * 90] += 1
    finally:
        textpage.close()
    total = sum(turns.values())
    if total < _ENOUGH_LETTERS:
        return None
    angle, count = turns.most_common(1)[0]
    if count < _ONE_DIRECTION * total:
        return 0
    # pdfium measures a letter's angle on the page before its /Rotate is applied.
    return (angle + int(page.get_rotation())) % 360


def preview_scale(width: float, height: float) -> float:
    """SCALE, or less when the page would exceed MAX_PIXELS."""
    area = max(width, 1.0) * max(height, 1.0)
    return min(SCALE, 0.99 * math.sqrt(MAX_PIXELS / area))  # 0.99: pixel rounding
