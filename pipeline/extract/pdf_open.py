"""Opening a PDF safely, and choosing which of its pages to read.

pdfplumber (pdfminer) opens the file, decrypts it with the empty password, walks the page
tree and reads the form fields. Before anything parses a page, its content streams are
inflated under a limit, so a decompression bomb is refused in milliseconds instead of filling
memory. Only a file of several pages needs pypdf: its fast text scores each page, to find
which holds the certificate (imported then, not for the usual one-page certificate: it is
the slowest import of a reader's start).

Every failure becomes a RefusedInput with a one-line reason.
"""

from __future__ import annotations

import contextlib
import logging
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.errors import CorruptPdf, EncryptedPdf, HostilePdf
from pipeline.extract.layout import normalize_text
from pipeline.extract.wording import details_page, non_certificate_score, page_score

logger = logging.getLogger(__name__)

# Pages scoring at least this share of the best page are read too (a certificate can span two).
_SECONDARY_PAGE_SHARE = 0.6
MAX_PAGES_READ = 3
# A page whose fast text is shorter than this holds at most a few values.
_SPARSE_PAGE_CHARS = 250
# The bytes a page's content may inflate to (pypdf's own limit for one stream).
_MAX_INFLATED = 75_000_000
_FLATE = frozenset({"FlateDecode", "Fl"})
_BOMB = "a page's content expands beyond safe limits (decompression bomb?)"


@contextlib.contextmanager
def open_pdf(path: Path) -> Iterator[Any]:
    """The file opened by pdfplumber (closed afterwards); RefusedInput when it cannot be."""
    try:
        pdf = pdfplumber.open(path, password="")
    except RecursionError as exc:
        raise HostilePdf("the PDF's structure is cyclic or nested too deeply") from exc
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise EncryptedPdf(
                "password-protected PDF: save it without a password and try again"
            ) from exc
        if isinstance(cause, PDFEncryptionError):
            raise EncryptedPdf(f"encrypted PDF that cannot be opened: {reason(cause)}") from exc
        raise CorruptPdf(f"truncated or damaged PDF: {reason(cause)}") from exc
    except Exception as exc:  # pdfminer's errors have no common base class
        raise CorruptPdf(f"truncated or damaged PDF: {reason(exc)}") from exc
    try:
        yield pdf
    finally:
        pdf.close()


def page_count(pdf: Any) -> int:
    """How many pages the page tree holds; RefusedInput when it cannot be walked, or loops
    (pdfminer skips a loop silently; a file built that way is refused, not half read)."""
    try:
        count = len(pdf.pages)
        cyclic = _loops(resolve1(pdf.doc.catalog.get("Pages")), set(), 0)
    except RecursionError as exc:
        raise HostilePdf("the PDF's page tree is cyclic or nested too deeply") from exc
    except Exception as exc:
        raise CorruptPdf(f"damaged PDF: {reason(exc)}") from exc
    if cyclic:
        raise HostilePdf("the PDF's page tree is cyclic or nested too deeply")
    return count


def _loops(node: Any, seen: set[int], depth: int) -> bool:
    """Whether a page tree node lists itself or an ancestor among its /Kids."""
    if not isinstance(node, dict) or depth > 64:
        return depth > 64
    kids = resolve1(node.get("Kids"))
    for kid in kids if isinstance(kids, list) else []:
        ref = getattr(kid, "objid", None)
        if ref is not None:
            if ref in seen:
                return True
            seen = seen | {ref}
        if _loops(resolve1(kid), seen, depth + 1):
            return True
    return False


def check_contents(pdf: Any, index: int) -> None:
    """Inflate page `index`'s content streams under _MAX_INFLATED; HostilePdf beyond it."""
    try:
        contents = resolve1(pdf.pages[index].page_obj.attrs.get("Contents"))
        streams = contents if isinstance(contents, list) else [contents]
        resolved = [resolve1(stream) for stream in streams]
    except RecursionError as exc:
        raise HostilePdf("a page's content is cyclic or nested too deeply") from exc
    except Exception as exc:  # damaged: pdfminer says so when it reads the page
        logger.debug("page %d: contents not checked: %s", index + 1, exc)
        return
    for stream in resolved:
        if isinstance(stream, PDFStream):
            _inflate_bounded(stream)


def _inflate_bounded(stream: PDFStream) -> None:
    try:
        filters = stream.get_filters()
    except Exception:
        return
    if not filters or _name(filters[0][0]) not in _FLATE:
        return
    raw = stream.rawdata
    if not isinstance(raw, bytes):
        return  # already decoded by pdfminer
    inflater = zlib.decompressobj()
    try:
        inflater.decompress(raw, _MAX_INFLATED)
    except zlib.error:
        return  # damaged (or encrypted) data: pdfminer reads what it can
    if inflater.unconsumed_tail:
        raise HostilePdf(_BOMB)


def _name(value: Any) -> str:
    return str(value.name) if isinstance(value, PSLiteral) else str(value)


def choose_pages(path: Path, pdf: Any, pages_to_scan: int) -> list[int]:
    """0-based indexes of the pages to read in full: the most certificate-like first."""
    import pypdf  # only files of several pages need it

    reader = _pypdf_reader(pypdf, path)
    scores: list[tuple[int, int]] = []
    sparse: list[int] = []
    companions: list[int] = []
    for index in range(pages_to_scan):
        check_contents(pdf, index)

        def page_text(index: int = index) -> str:
            if reader is None:
                return ""
            return reader.pages[index].extract_text() or ""

        text = _quick_read(pypdf, page_text, index)
        plain = normalize_text(text)
        scores.append((page_score(plain), index))
        if details_page(plain) and not non_certificate_score(plain):
            companions.append(index)
        if len(text.strip()) < _SPARSE_PAGE_CHARS:
            sparse.append(index)
    best = max(score for score, _ in scores)
    ranked = sorted(scores, key=lambda item: (-item[0], item[1]))
    chosen = [i for s, i in ranked if s >= best * _SECONDARY_PAGE_SHARE and s > 0] or [0]
    # A page with next to no text may be the certificate itself, as a picture or with its
    # wording drawn as pictures (only the values are text): a cover letter's wording must
    # not hide it. Read it too (OCR fills in what it draws), in a short file.
    if len(scores) <= MAX_PAGES_READ:
        chosen += [i for i in sparse if i not in chosen]
        # A short file's page listing the course's dates as fields (a "Course details"
        # page) is part of the certificate; a letter, a transcript or a receipt is not.
        chosen += [i for i in companions if i not in chosen]
    return sorted(chosen[:MAX_PAGES_READ])


def _pypdf_reader(pypdf: Any, path: Path) -> Any:
    """pypdf's reader of the file, or None when pypdf cannot open what pdfminer could."""
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        return reader
    except pypdf.errors.LimitReachedError as exc:
        raise HostilePdf("the PDF expands beyond safe limits (decompression bomb?)") from exc
    except Exception as exc:
        logger.debug("pypdf cannot open the file: %s", exc)
        return None


def _quick_read(pypdf: Any, read: Callable[[], str], index: int) -> str:
    """read() of page `index` by pypdf: hostile content refused, damaged content read as ""."""
    try:
        return read()
    except RecursionError as exc:
        raise HostilePdf("a page's content is cyclic or nested too deeply") from exc
    except pypdf.errors.LimitReachedError as exc:
        raise HostilePdf(_BOMB) from exc
    except Exception as exc:  # pypdf raises many kinds on damaged content streams
        logger.debug("page %d: quick read failed: %s", index + 1, exc)
        return ""


def form_fields(pdf: Any) -> tuple[tuple[str, str], ...]:
    """The text values of the document's form fields, with their full names."""
    try:
        acro = resolve1(pdf.doc.catalog.get("AcroForm"))
        top = resolve1(acro.get("Fields")) if isinstance(acro, dict) else None
        found: list[tuple[str, str]] = []
        _walk_fields(top if isinstance(top, list) else [], "", found, depth=0)
    except Exception:  # a damaged AcroForm must not cost us the page text
        return ()
    return tuple(found)


def _walk_fields(fields: list[Any], prefix: str, found: list[tuple[str, str]], depth: int) -> None:
    if depth > 20:  # a cyclic or absurdly deep field tree: what was read is enough
        return
    for entry in fields:
        field = resolve1(entry)
        if not isinstance(field, dict):
            continue
        part = _text(resolve1(field.get("T")))
        name = f"{prefix}.{part}" if prefix and part else part or prefix
        value = _text(resolve1(field.get("V")))
        if name and value and value.strip():
            found.append((normalize_text(name), normalize_text(value.strip())))
        kids = resolve1(field.get("Kids"))
        if isinstance(kids, list):
            _walk_fields(kids, name, found, depth + 1)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return decode_text(value)  # PDFDocEncoding, or UTF-16 with a byte-order mark
    return value if isinstance(value, str) else ""


def reason(exc: BaseException) -> str:
    """An exception's first line, short (its type's name when it has no message)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
