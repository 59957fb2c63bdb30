"""The only module that touches pypdf and pdfplumber: a PDF file in, a layout Document out.

pypdf opens, decrypts (empty password), counts pages, reads form fields and gives the fast
text used to find which page holds the certificate; pdfplumber gives the positioned glyphs of
the pages worth reading. Every failure becomes a RefusedInput with a one-line reason.
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

import pdfplumber
import pypdf
from pdfminer.utils import decode_text
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PyPdfError

from pipeline.config import ExtractionLimits
from pipeline.errors import CorruptPdf, EmptyFile, EncryptedPdf, HostilePdf, NotAPdf
from pipeline.extract.layout import (
    UNREADABLE,
    Document,
    Glyph,
    Line,
    Page,
    build_lines,
    normalize_text,
)
from pipeline.extract.ocr import OcrSetup, OcrTimeout, ocr_page, ocr_setup
from pipeline.extract.ocr_merge import ocr_labels
from pipeline.extract.vocab import page_score

logger = logging.getLogger(__name__)

_NOISY_LOGGERS = ("pypdf", "pdfminer", "pdfplumber")
# Pages scoring at least this share of the best page are read too (a certificate can span two).
_SECONDARY_PAGE_SHARE = 0.6
_MAX_PAGES_READ = 3
# A page whose fast text is shorter than this holds at most a few values.
_SPARSE_PAGE_CHARS = 250
_MAX_GLYPHS_PER_PAGE = 50_000


def read_document(path: Path, *, limits: ExtractionLimits) -> Document:
    """Read the pages of `path` that hold the certificate; raise RefusedInput when unreadable."""
    _check_header(path, limits)
    with _quiet():
        reader = _open_reader(path)
        try:
            page_count = len(reader.pages)
        except RecursionError as exc:
            raise HostilePdf("the PDF's page tree is cyclic or nested too deeply") from exc
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CorruptPdf(f"damaged PDF: {_reason(exc)}") from exc
        if page_count == 0:
            raise CorruptPdf("damaged PDF: no pages could be found")
        if page_count == 1:  # nothing to choose: only pypdf's guard against bombs is needed
            _check_contents(reader)
            chosen = [0]
        else:
            chosen = _choose_pages(reader, min(page_count, limits.max_pages))
        form_fields = _form_fields(reader)
        budget = _OcrBudget(limits.ocr_time_limit_seconds)
        pages, needs_ocr = _read_pages(path, chosen, budget)
    return Document(
        file_name=path.name,
        pages=tuple(pages),
        page_count=page_count,
        form_fields=form_fields,
        ocr_missing=needs_ocr and ocr_setup() is None,
        ocr_unread=tuple(budget.unread),
    )


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


def _open_reader(path: Path) -> pypdf.PdfReader:
    try:
        reader = pypdf.PdfReader(path, strict=False)
    except RecursionError as exc:
        raise HostilePdf("the PDF's structure is cyclic or nested too deeply") from exc
    except LimitReachedError as exc:
        raise HostilePdf("the PDF expands beyond safe limits (decompression bomb?)") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise CorruptPdf(f"truncated or damaged PDF: {_reason(exc)}") from exc
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("")
        except (PyPdfError, NotImplementedError, ValueError) as exc:
            raise EncryptedPdf(f"encrypted PDF that cannot be opened: {_reason(exc)}") from exc
        if not unlocked:
            raise EncryptedPdf("password-protected PDF: save it without a password and try again")
    return reader


def _check_contents(reader: pypdf.PdfReader) -> None:
    """Decompress the first page's content under pypdf's limits (a decompression bomb is
    refused here in milliseconds, before pdfminer would inflate it up to the memory cap)."""

    def inflate() -> str:
        contents = reader.pages[0].get_contents()
        return "" if contents is None else str(len(contents.get_data()))

    _quick_read(inflate, 0)


def _quick_read(read: Callable[[], str], index: int) -> str:
    """read() of page `index` by pypdf: hostile content refused, damaged content read as ""."""
    try:
        return read()
    except RecursionError as exc:
        raise HostilePdf("a page's content is cyclic or nested too deeply") from exc
    except LimitReachedError as exc:
        raise HostilePdf(
            "a page's content expands beyond safe limits (decompression bomb?)"
        ) from exc
    except FileNotDecryptedError as exc:
        raise EncryptedPdf("password-protected PDF") from exc
    except Exception as exc:  # pypdf raises many kinds on damaged content streams
        logger.debug("page %d: quick read failed: %s", index + 1, exc)
        return ""


def _choose_pages(reader: pypdf.PdfReader, pages_to_scan: int) -> list[int]:
    """0-based indexes of the pages to read in full: the most certificate-like first."""
    scores: list[tuple[int, int]] = []
    sparse: list[int] = []
    for index in range(pages_to_scan):

        def page_text(index: int = index) -> str:
            return reader.pages[index].extract_text() or ""

        text = _quick_read(page_text, index)
        scores.append((page_score(normalize_text(text)), index))
        if len(text.strip()) < _SPARSE_PAGE_CHARS:
            sparse.append(index)
    best = max(score for score, _ in scores)
    ranked = sorted(scores, key=lambda item: (-item[0], item[1]))
    chosen = [i for s, i in ranked if s >= best * _SECONDARY_PAGE_SHARE and s > 0] or [0]
    # A page with next to no text may be the certificate itself, as a picture or with its
    # wording drawn as pictures (only the values are text): a cover letter's wording must
    # not hide it. Read it too (OCR fills in what it draws), in a short file.
    if len(scores) <= _MAX_PAGES_READ:
        chosen += [i for i in sparse if i not in chosen]
    return sorted(chosen[:_MAX_PAGES_READ])


def _form_fields(reader: pypdf.PdfReader) -> tuple[tuple[str, str], ...]:
    try:
        fields = reader.get_fields() or {}
    except Exception:  # a damaged AcroForm must not cost us the page text
        return ()
    values = []
    for name, spec in fields.items():
        value = spec.get("/V") if isinstance(spec, dict) else None
        if isinstance(value, str) and value.strip():
            values.append((normalize_text(str(name)), normalize_text(value.strip())))
    return tuple(values)


def _read_pages(path: Path, indexes: list[int], budget: _OcrBudget) -> tuple[list[Page], bool]:
    """The pages' lines, and whether a page had too little text to read without OCR."""
    pages: list[Page] = []
    needs_ocr = False
    setup = ocr_setup()
    try:
        with pdfplumber.open(path, password="") as pdf:
            row = 0
            for index in indexes:
                page = pdf.pages[index]
                glyphs = _glyphs(page.chars)
                if _needs_ocr(glyphs):
                    needs_ocr = True
                    if setup is not None:
                        glyphs = _with_ocr(glyphs, budget.glyphs(path, index, setup))
                elif setup is not None and _sparse(glyphs) and _has_pictures(page):
                    pictured = budget.glyphs(path, index, setup, scan=False)
                    glyphs += ocr_labels(glyphs, pictured, index + 1)
                glyphs += _widget_glyphs(page)
                lines: list[Line] = build_lines(glyphs, page=index + 1, first_row=row)
                if lines:
                    row = lines[-1].row + 1
                pages.append(Page(index + 1, float(page.width), float(page.height), tuple(lines)))
    except RecursionError as exc:
        raise HostilePdf("a page's content is cyclic or nested too deeply") from exc
    except MemoryError as exc:
        raise HostilePdf("a page needs more memory than allowed (decompression bomb?)") from exc
    except Exception as exc:  # pdfminer's errors have no common base class
        raise CorruptPdf(f"damaged page content: {_reason(exc)}") from exc
    return pages, needs_ocr


# A page with fewer readable characters than this has no usable text layer (a scan, a
# picture in a PDF, a few stray characters): it is read by OCR.
_OCR_BELOW = 20
# With fewer than this, the text layer holds the values only (its labels are pictures): the
# labels are read by OCR and added where the text layer has nothing.
_SPARSE_BELOW = 250


def _sparse(glyphs: list[Glyph]) -> bool:
    return _readable_count(glyphs) < _SPARSE_BELOW


# Labels drawn as vector outlines are many curves; a border or a seal is a few.
_OUTLINE_CURVES = 12


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


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


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
