"""A PDF file in, a layout Document out.

pipeline.extract.pdf_open opens the file safely and picks the pages worth reading;
pdfplumber gives their positioned glyphs, and Tesseract reads the pages (or the parts of
them) that have no usable text. Every failure becomes a RefusedInput with a one-line reason.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pdfminer.utils import decode_text

from pipeline.config import ExtractionLimits
from pipeline.errors import CorruptPdf, EmptyFile, HostilePdf, NotAPdf
from pipeline.extract.layout import (
    UNREADABLE,
    BBox,
    Document,
    Glyph,
    Line,
    Page,
    build_lines,
    normalize_text,
)
from pipeline.extract.ocr import OcrSetup, OcrTimeout, ocr_page, ocr_setup, read_region
from pipeline.extract.ocr_merge import ocr_labels
from pipeline.extract.pdf_open import (
    check_contents,
    choose_pages,
    form_fields,
    open_pdf,
    page_count,
    reason,
)

logger = logging.getLogger(__name__)

_NOISY_LOGGERS = ("pypdf", "pdfminer", "pdfplumber")
_MAX_GLYPHS_PER_PAGE = 50_000


def read_document(path: Path, *, limits: ExtractionLimits) -> Document:
    """Read the pages of `path` that hold the certificate; raise RefusedInput when unreadable."""
    _check_header(path, limits)
    with _quiet(), open_pdf(path) as pdf:
        count = page_count(pdf)
        if count == 0:
            raise CorruptPdf("damaged PDF: no pages could be found")
        if count == 1:  # nothing to choose (and pypdf, the page-choice reader, not needed)
            check_contents(pdf, 0)
            chosen = [0]
        else:  # every page it scores has its contents checked first
            chosen = choose_pages(path, pdf, min(count, limits.max_pages))
        fields = form_fields(pdf)
        budget = _OcrBudget(limits.ocr_time_limit_seconds)
        pages, pictured, needs_ocr = _read_pages(pdf, path, chosen, budget)
    return Document(
        file_name=path.name,
        pages=tuple(pages),
        pictured=tuple(pictured),
        page_count=count,
        form_fields=fields,
        ocr_missing=needs_ocr and ocr_setup() is None,
        ocr_unread=tuple(budget.unread),
        coarse_scans=tuple(budget.coarse),
        sight=_sight(path, budget),
    )


def _sight(path: Path, budget: _OcrBudget) -> Callable[[int, BBox], str | None] | None:
    """What the file's pictures show in a box, read within the file's OCR time."""
    setup = ocr_setup()
    return None if setup is None else _Sight(path, setup, budget.deadline)


class _Sight:
    """Reads a box of a page's picture (a class, not a closure: documents are pickled)."""

    def __init__(self, path: Path, setup: OcrSetup, deadline: float) -> None:
        self.path, self.setup, self.deadline = path, setup, deadline

    def __call__(self, page: int, bbox: BBox) -> str | None:
        left = self.deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            return read_region(self.path, page - 1, bbox, self.setup, seconds=left)
        except Exception as exc:  # OCR failing, or out of time: nothing seen
            logger.warning("page %d: OCR of a box failed: %s", page, exc)
            return None


def _check_header(path: Path, limits: ExtractionLimits) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise CorruptPdf(f"cannot read the file ({exc.strerror})") from exc
    if size == 0:
        raise EmptyFile("empty file (0 bytes)")
    if size > limits.max_file_mb * 1024 * 1024:
        raise HostilePdf(f"file too large ({size // (1024 * 1024)} MB > {limits.max_file_mb} MB)")
    if b"%PDF-" not in head:
        raise NotAPdf(f"not a PDF ({_describe(head)})")


def _describe(head: bytes) -> str:
    signatures = {
        b"\x89PNG": "a PNG image",
        b"\xff\xd8\xff": "a JPEG image",
        b"PK\x03\x04": "a ZIP archive or Office document",
        b"GIF8": "a GIF image",
        b"<!DOCTYPE html": "an HTML page",
        b"<html": "an HTML page",
        b"{\\rtf": "an RTF document",
    }
    stripped = head.lstrip()
    for signature, kind in signatures.items():
        if stripped[: len(signature)].lower() == signature.lower():
            return f"looks like {kind}"
    return "no %PDF header"


def _read_pages(
    pdf: Any, path: Path, indexes: list[int], budget: _OcrBudget
) -> tuple[list[Page], list[Page], bool]:
    """The pages' lines; the same pages with every word OCR read in their pictures (for
    pages whose text layer holds the values only); whether a page had too little text to
    read without OCR."""
    pages: list[Page] = []
    pictured_pages: list[Page] = []
    needs_ocr = any_pictured = False
    setup = ocr_setup()
    try:
        row = 0
        for index in indexes:
            page = pdf.pages[index]
            glyphs = _glyphs(page.chars)
            widgets = _widget_glyphs(page)
            everything: list[Glyph] | None = None
            if _needs_ocr(glyphs):
                needs_ocr = True
                if setup is not None:
                    glyphs = _with_ocr(glyphs, budget.glyphs(path, index, setup))
                    dpi = _scan_dpi(page)
                    if dpi is not None and dpi < COARSE_SCAN_DPI:
                        budget.coarse.append((index + 1, round(dpi)))
            elif setup is not None and _values_only(glyphs, page):
                pictured = budget.glyphs(path, index, setup, scan=False)
                everything = _with_ocr(glyphs, pictured) + widgets
                glyphs += ocr_labels(glyphs, pictured, index + 1)
            size = (index + 1, float(page.width), float(page.height))
            lines: list[Line] = build_lines(glyphs + widgets, page=index + 1, first_row=row)
            if lines:
                row = lines[-1].row + 1
            pages.append(Page(*size, tuple(lines)))
            if everything is None:
                pictured_pages.append(pages[-1])
            else:
                any_pictured = True
                more = build_lines(everything, page=index + 1, first_row=row)
                if more:
                    row = more[-1].row + 1
                pictured_pages.append(Page(*size, tuple(more)))
    except RecursionError as exc:
        raise HostilePdf("a page's content is cyclic or nested too deeply") from exc
    except MemoryError as exc:
        raise HostilePdf("a page needs more memory than allowed (decompression bomb?)") from exc
    except Exception as exc:  # pdfminer's errors have no common base class
        raise CorruptPdf(f"damaged page content: {reason(exc)}") from exc
    # Only a page read again with its picture's words makes a second reading worth it.
    return pages, pictured_pages if any_pictured else [], needs_ocr


# Scans are read from 150 dpi up; below it, letters blur into each other and OCR's own
# confidence no longer tells a right reading from a wrong one.
COARSE_SCAN_DPI = 140
# A page with fewer readable characters than this has no usable text layer (a scan, a
# picture in a PDF, a few stray characters): it is read by OCR.
_OCR_BELOW = 20
# With fewer than this, the text layer holds the values only (its labels are pictures): the
# labels are read by OCR and added where the text layer has nothing.
_SPARSE_BELOW = 250


def _scan_dpi(page: Any) -> float | None:
    """The resolution of the page's largest picture (a scan's), in dots per inch."""
    pictures = [
        i
        for i in page.images
        if i.get("srcsize") and i["x1"] > i["x0"] and i["bottom"] > i["top"]
    ]
    if not pictures:
        return None
    largest = max(pictures, key=lambda i: (i["x1"] - i["x0"]) * (i["bottom"] - i["top"]))
    # By area, so that a picture drawn turned (its rows down the page) measures the same.
    pixels = float(largest["srcsize"][0]) * float(largest["srcsize"][1])
    inches = (largest["x1"] - largest["x0"]) * (largest["bottom"] - largest["top"]) / 72.0**2
    return float((pixels / max(float(inches), 1e-6)) ** 0.5)


def _values_only(glyphs: list[Glyph], page: Any) -> bool:
    """Whether the text layer may hold the values only, its labels drawn: little text beside
    pictures or outlines, or some more text (a footer's small print) beside many outlines."""
    readable = _readable_count(glyphs)
    if readable < _SPARSE_BELOW:
        return _has_pictures(page)
    return readable < 2 * _SPARSE_BELOW and len(page.curves) >= _OUTLINED_LABELS


# Labels drawn as vector outlines are many curves; a border or a seal is a few.
_OUTLINE_CURVES = 12
# A page of labels drawn as outlines, whatever else it prints ("ATTENDEE", "SESSION TITLE",
# "DATE ATTENDED": some 80 curves).
_OUTLINED_LABELS = 40


def _has_pictures(page: Any) -> bool:
    """Whether the page draws anything OCR could read that the text layer lacks: an image,
    or text turned into outlines. A short certificate of plain text needs no OCR."""
    return bool(page.images) or len(page.curves) >= _OUTLINE_CURVES


def _needs_ocr(glyphs: list[Glyph]) -> bool:
    """No usable text: hardly any characters, or most of them without a Unicode map."""
    visible = sum(1 for g in glyphs if not g.text.isspace())
    readable = _readable_count(glyphs)
    return readable < _OCR_BELOW or readable < 0.5 * visible


def _readable_count(glyphs: list[Glyph]) -> int:
    return sum(1 for g in glyphs if g.text != UNREADABLE and not g.text.isspace())


class _OcrBudget:
    """The OCR time a file may still take; pages it does not reach are noted."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.unread: list[int] = []
        self.coarse: list[tuple[int, int]] = []  # (page, dpi) of scans too coarse to trust

    def glyphs(self, path: Path, index: int, setup: OcrSetup, *, scan: bool = True) -> list[Glyph]:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.unread.append(index + 1)
            return []
        try:
            return _ocr_glyphs(path, index, setup, left, scan)
        except OcrTimeout:
            self.unread.append(index + 1)
            return []


def _ocr_glyphs(path: Path, index: int, setup: OcrSetup, seconds: float, scan: bool) -> list[Glyph]:
    try:
        return ocr_page(path, index, setup, seconds=seconds, scan=scan)
    except OcrTimeout:
        raise
    except Exception as exc:  # OCR failing must not cost the text layer
        logger.warning("page %d: OCR failed: %s", index + 1, exc)
        return []


def _with_ocr(text: list[Glyph], ocr: list[Glyph]) -> list[Glyph]:
    """The text layer's readable glyphs, and the OCR'd ones where the text layer has none
    (the labels drawn as pictures around text values; a whole scanned page)."""
    readable = [g for g in text if g.text != UNREADABLE]
    cell = 20.0
    grid: dict[tuple[int, int], list[Glyph]] = {}
    for g in readable:
        if not g.text.isspace():
            grid.setdefault((int(g.x0 // cell), int(g.top // cell)), []).append(g)

    def covered(o: Glyph) -> bool:
        cx, cy = (o.x0 + o.x1) / 2, (o.top + o.bottom) / 2
        return any(
            t.x0 - 1 <= cx <= t.x1 + 1 and t.top - 1 <= cy <= t.bottom + 1
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for t in grid.get((int(cx // cell) + dx, int(cy // cell) + dy), ())
        )

    return readable + [o for o in ocr if o.text.isspace() or not covered(o)]


def _glyphs(chars: list[dict[str, Any]]) -> list[Glyph]:
    if len(chars) > _MAX_GLYPHS_PER_PAGE:
        raise HostilePdf(f"a page has {len(chars)} characters; a certificate has far fewer")
    glyphs = []
    for char in chars:
        a, b = float(char["matrix"][0]), float(char["matrix"][1])
        glyphs.append(
            Glyph(
                text=_readable(str(char["text"])),
                x0=float(char["x0"]),
                top=float(char["top"]),
                x1=float(char["x1"]),
                bottom=float(char["bottom"]),
                size=_glyph_size(char),
                direction=(a, -b),  # the matrix is y-up; layout is y-down
                bold="bold" in str(char.get("fontname", "")).lower(),
            )
        )
    return glyphs


def _readable(text: str) -> str:
    """The glyph's text, or U+FFFD when its font gives no character for it ("(cid:12)",
    a private-use code point): such text is shown to no one as a value."""
    if _UNMAPPED.fullmatch(text) or any(_unmapped_char(ch) for ch in text):
        return UNREADABLE
    return text


_UNMAPPED = re.compile(r"\(cid:\d+\)")


def _unmapped_char(ch: str) -> bool:
    code = ord(ch)
    return 0xE000 <= code <= 0xF8FF or (code < 0x20 and ch not in "\t\n\r")


def _glyph_size(char: dict[str, Any]) -> float:
    if char.get("upright", True):
        return float(char["size"])
    return float(char["x1"]) - float(char["x0"])


def _widget_glyphs(page: Any) -> list[Glyph]:
    """Form-field values, as glyphs spread over their widgets' boxes.

    Some certificates print only the labels and keep the values in form fields; placing the
    values where the widgets are lets the usual label-to-value rules find them.
    """
    glyphs: list[Glyph] = []
    for annot in page.annots or []:
        data = annot.get("data") or {}
        value = data.get("V")
        if isinstance(value, bytes):
            value = decode_text(value)  # PDFDocEncoding, or UTF-16 with a byte-order mark
        if not isinstance(value, str) or not value.strip():
            continue
        text = normalize_text(value.strip())
        x0, top, x1, bottom = (float(annot[k]) for k in ("x0", "top", "x1", "bottom"))
        size = max(min(bottom - top, 14.0), 6.0)
        advance = min((x1 - x0) / max(len(text), 1), size * 0.6)
        for i, ch in enumerate(text):
            left = x0 + 2 + i * advance
            glyphs.append(Glyph(ch, left, top, left + advance * 0.9, bottom, size))
    return glyphs


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence the PDF libraries' warnings: damaged files are reported once, by us."""
    saved = {name: logging.getLogger(name).level for name in _NOISY_LOGGERS}
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)
