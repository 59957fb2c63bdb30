"""Codes without a label beside them: in verification URLs, file names, or standing alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract.candidates import Candidate
from pipeline.extract.checks import code_from_url, is_plausible_code, uuid_in
from pipeline.extract.geometry import line_above, line_below
from pipeline.extract.layout import Document, Line
from pipeline.extract.model import Origin
from pipeline.extract.vocab import URL, URL_HINT

_VERIFY_WORDS = re.compile(r"verif|validat|authentic", re.IGNORECASE)
_LONG_ID = re.compile(
    r"/(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])(?:[0-9a-f]{24,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})"
    r"/?$",
    re.IGNORECASE,
)
_CODE_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/=-]*$")


def codes_in_urls(doc: Document, *, confidence: float) -> Iterator[Candidate]:
    """Codes carried by verification URLs ('Verify at https://…/verify/CODE')."""
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        for match in URL.finditer(line.text):
            url = match.group(0).rstrip(".,;)")
            # "Verify: https://…/go/CODE": the words before a URL can say what it is for.
            before = line.text[max(0, match.start() - 30) : match.start()]
            source = "verification URL"
            weight = 1.0
            if not URL_HINT.search(url) and not _VERIFY_WORDS.search(before):
                # ".../track/3c6a9e17…": a long machine ID ending a URL is likely the
                # certificate's, though nothing says so.
                if not _LONG_ID.search(url):
                    continue
                source, weight = "URL ending in a long ID", 0.85
            end = match.start() + len(url)
            if end >= len(line.text.rstrip()) - 1:
                joined = _join_wrapped_url(url, line, lines[index + 1 :])
                if joined != url:
                    url, source, weight = joined, "verification URL (wrapped onto two lines)", 0.95
            code = code_from_url(url)
            if code:
                yield Candidate(
                    "validation_code",
                    code,
                    confidence * weight,
                    line.page,
                    line.bbox_of(match.start(), end),
                    source,
                    Origin.VERIFICATION_URL,
                )


def _join_wrapped_url(url: str, line: Line, following: list[Line]) -> str:
    below = line_below(line, following)
    if below is None or len(below.words) != 1:
        return url
    token = below.words[0].text
    height = max(line.bottom - line.top, 1.0)
    aligned = abs(below.x0 - line.x0) < 2 * height or below.x0 <= line.x0 + 1
    if not aligned or not _CODE_TOKEN.match(token) or below.top - line.bottom > 0.8 * height:
        return url
    return url + token


def codes_in_file_name(doc: Document, *, confidence: float) -> Iterator[Candidate]:
    """An ID only in the downloaded file's name (some platforms put a UUID there)."""
    found = uuid_in(doc.file_name)
    if found:
        source = "file name (not printed on the page)"
        yield Candidate("validation_code", found, confidence, None, None, source, Origin.FILE_NAME)


def standalone_codes(
    doc: Document, decoys: set[str], *, confidence: float, beside_url: float
) -> Iterator[Candidate]:
    """Fallback: a lone code-shaped token with no label (labels drawn as images); not in
    the fine print, where document and form numbers live. Right above or below the address
    of a verification page that carries no code itself, it is what that page asks for."""
    lines = list(doc.lines())
    sizes = sorted(line.size for line in lines)
    fine_print = 0.75 * sizes[len(sizes) // 2] if sizes else 0.0
    for line in lines:
        if len(line.words) != 1:
            continue
        token = line.words[0].text
        # A document number in the footer is fine print; a code in groups of letters and
        # digits under a QR code is set small too, and stands alone on its line.
        if line.size < fine_print and not _grouped_code(token):
            continue
        if token in decoys or not is_plausible_code(token):
            continue
        if len(token) >= 8 and any(c.isalpha() for c in token):
            index = lines.index(line)
            neighbours = (line_above(line, lines[:index]), line_below(line, lines[index + 1 :]))
            if any(n is not None and _verification_address(n) for n in neighbours):
                yield Candidate(
                    "validation_code",
                    token,
                    beside_url,
                    line.page,
                    line.bbox,
                    "layout (code beside the verification address)",
                )
                continue
            yield Candidate(
                "validation_code",
                token,
                confidence,
                line.page,
                line.bbox,
                "layout (code-shaped text without a label)",
            )


def _grouped_code(token: str) -> bool:
    """'VLN-SDW-3F8K2Q': three groups or more, one of them mixing letters and digits as
    random codes do (a form number, 'VM-P-DOC-TFM-01', spells words and counts)."""
    groups = [g for g in token.split("-") if g]
    return len(groups) >= 3 and all(g.isalnum() for g in groups) and any(_mixed(g) for g in groups)


def _mixed(group: str) -> bool:
    return any(c.isdigit() for c in group) and any(c.isalpha() for c in group)


def _verification_address(line: Line) -> bool:
    """A line holding a verification page's address with no code in it."""
    return any(
        URL_HINT.search(url.group(0)) and not code_from_url(url.group(0))
        for url in URL.finditer(line.text)
    )
