"""Certificate pages rendered as PNG images, cached on disk by the file's hash.

Rendering runs in the guarded reader process (time and memory limits), never in the web
server: a page box of a square metre must not stall or exhaust the page. The image is capped
at MAX_PIXELS, so a huge page renders small rather than in gigabytes. Later views read the
cached file, which keeps an item page well under 100 ms of server time.
"""

from __future__ import annotations

import json
import math
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
    """A rendered page and its size in PDF points (display orientation)."""

    image: Path
    width: float
    height: float
    page_count: int


# Renders page `page` of a PDF into `image` (with its size in `meta`); run in the reader worker.
Renderer = Callable[[Path, int, Path, Path], PagePreview]


def cached_preview(sha256: str, page: int, cache: Path) -> PagePreview | None:
    """The page's PNG when it was rendered before."""
    image, meta = _paths(sha256, page, cache)
    if not (image.is_file() and meta.is_file()):
        return None
    size = json.loads(meta.read_text(encoding="utf-8"))
    return PagePreview(image, size["width"], size["height"], size["pages"])


def page_preview(pdf: Path, sha256: str, page: int, cache: Path, render: Renderer) -> PagePreview:
    """The PNG of page `page` (1-based) of `pdf`, rendered by `render` on first use."""
    found = cached_preview(sha256, page, cache)
    if found is not None:
        return found
    image, meta = _paths(sha256, page, cache)
    return render(pdf, page, image, meta)


def _paths(sha256: str, page: int, cache: Path) -> tuple[Path, Path]:
    return cache / f"{sha256}-{page}.png", cache / f"{sha256}-{page}.json"


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
        image.parent.mkdir(parents=True, exist_ok=True)
        temporary = image.with_suffix(".tmp.png")
        bitmap.to_pil().save(temporary, format="PNG", optimize=False)
        temporary.replace(image)
        meta.write_text(
            json.dumps({"width": width, "height": height, "pages": count}), encoding="utf-8"
        )
        return PagePreview(image, width, height, count)
    finally:
        document.close()


def preview_scale(width: float, height: float) -> float:
    """SCALE, or less when the page would exceed MAX_PIXELS."""
    area = max(width, 1.0) * max(height, 1.0)
    return min(SCALE, 0.99 * math.sqrt(MAX_PIXELS / area))  # 0.99: pixel rounding
