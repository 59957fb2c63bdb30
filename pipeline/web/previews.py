"""Certificate pages rendered as PNG images, cached on disk by the file's hash.

The first view of a page renders it with pypdfium2 (pdfplumber's renderer); later views
read the cached file, which keeps an item page well under 100 ms of server time.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2

from pipeline.errors import CeinboxError

# Pixels per PDF point: 2x makes small print readable on a laptop screen.
SCALE = 2.0
_lock = threading.Lock()


@dataclass(frozen=True)
class PagePreview:
    """A rendered page and its size in PDF points (display orientation)."""

    image: Path
    width: float
    height: float
    page_count: int


def page_preview(pdf: Path, sha256: str, page: int, cache: Path) -> PagePreview:
    """The PNG of page `page` (1-based) of `pdf`, rendering it on first use."""
    image = cache / f"{sha256}-{page}.png"
    meta = cache / f"{sha256}-{page}.json"
    if image.is_file() and meta.is_file():
        size = json.loads(meta.read_text(encoding="utf-8"))
        return PagePreview(image, size["width"], size["height"], size["pages"])
    with _lock:  # pdfium is not thread-safe
        return _render(pdf, page, image, meta)


def _render(pdf: Path, page: int, image: Path, meta: Path) -> PagePreview:
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
        bitmap = pdf_page.render(scale=SCALE, may_draw_forms=True)
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
