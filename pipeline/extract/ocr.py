"""Reading a page's picture with Tesseract: glyphs with boxes and confidences.

Used for pages without usable text (a scan, a certificate exported as a picture) and for
pages whose labels are pictures while the values are text: the OCR'd glyphs then go through
the same layout and rules as a text layer's. Each glyph keeps Tesseract's own confidence in
it, so a value read from a picture is only as sure as the characters it is made of.

tesserocr (Tesseract's C++ API in process) is used rather than the command line: measured
on certificate pages at 300 dpi, 0.63 s a page against 1.24 s through pytesseract, which
starts a Tesseract process and loads the models for every call.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.extract.dark_bands import invert_dark_bands
from pipeline.extract.layout import Glyph, spread_word

logger = logging.getLogger(__name__)

# Rendered at this resolution (Tesseract reads best at about 300 dpi), within a pixel budget
# so that a poster-sized page box cannot exhaust memory.
_DPI = 300
_MAX_PIXELS = 40_000_000
_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)
# Debian: tesseract-ocr-script-latn (or tesseract-ocr-eng).
_MODELS = ("Latin", "script/Latin", "eng")
NOT_INSTALLED = "no text layer; install tesseract-ocr to read scans"


@dataclass(frozen=True)
class OcrSetup:
    """Where Tesseract's language data is, and which model to read with."""

    tessdata: str
    languages: str


@cache
def ocr_setup() -> OcrSetup | None:
    """Tesseract's data folder and the model to read with, or None when OCR cannot run here
    (no tesserocr, no language data). The Latin-script model reads every Latin alphabet's
    accents (measured on generated scans: 57 of 60 fields, against 52 with
    eng+fra+deu+spa, which drops "í" and "ö"); English alone is the fallback."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return None
    for folder in (os.environ.get("TESSDATA_PREFIX", ""), *_TESSDATA_DIRS):
        if not folder:
            continue
        for model in _MODELS:
            found = Path(folder) / f"{model}.traineddata"
            if found.is_file():
                return OcrSetup(f"{found.parent}/", found.name.removesuffix(".traineddata"))
    return None


class OcrTimeout(Exception):
    """Tesseract did not finish a page within the time it was given."""


def ocr_page(
    path: Path, page_index: int, setup: OcrSetup, *, seconds: float = 60.0, scan: bool = True
) -> list[Glyph]:
    """The page's characters as Tesseract reads them from its rendered picture, in PDF
    points of the displayed page (the coordinates the text layer uses); OcrTimeout when
    recognising it takes longer than `seconds`."""
    import tesserocr
    from PIL import ImageFilter, ImageOps

    image, scale = _page_picture(path, page_index)
    # A pale or grey scan stretched to full black and white: Tesseract's thresholding
    # loses faint print, not print at full contrast.
    if scan:
        image = invert_dark_bands(ImageOps.autocontrast(image, cutoff=0.5))
    turn, script = _orientation(image, setup, tesserocr)
    setup = with_script(setup, script)
    upright = image.rotate(turn, expand=True) if turn else image
    deadline = time.monotonic() + seconds
    glyphs, sure = _recognise(upright, setup, tesserocr, scale, deadline, scan, page_index)
    if scan and sure < _SPECKLED_BELOW:
        # Speckled scans (dust, noise, a fax) read better once each isolated dot is gone;
        # clean ones lose thin strokes that way: keep the reading Tesseract is surer of.
        cleaned = upright.filter(ImageFilter.MedianFilter(3))
        with contextlib.suppress(OcrTimeout):  # out of time: the first reading stands
            second, surer = _recognise(cleaned, setup, tesserocr, scale, deadline, scan, page_index)
            if surer > sure:
                glyphs = second
    return [_turned_back(g, turn, image.width / scale, image.height / scale) for g in glyphs]


def _page_picture(path: Path, page_index: int) -> tuple[Any, float]:
    """The page rendered in grey at about 300 dpi (within the pixel budget), and its scale
    (pixels per point)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[page_index]
        width, height = page.get_size()
        scale = min(_DPI / 72, (_MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
        image = page.render(scale=scale, grayscale=True).to_pil()
    finally:
        document.close()
    return image, scale


# Below this mean word confidence (0-100), a scan is read a second time with its specks gone.
_SPECKLED_BELOW = 85


def _recognise(
    image: Any,
    setup: OcrSetup,
    tesserocr: Any,
    scale: float,
    deadline: float,
    scan: bool,
    page_index: int,
) -> tuple[list[Glyph], int]:
    """The picture's glyphs and Tesseract's mean confidence in them; OcrTimeout past the
    deadline."""
    api = _engine(setup.tessdata, setup.languages, "auto")
    try:
        # A scan (the whole page a picture) may be pale or unevenly lit; labels drawn as
        # pictures beside a text layer are crisp, and read best by the global threshold.
        api.SetVariable("thresholding_method", _LOCAL_THRESHOLD if scan else _GLOBAL_THRESHOLD)
        api.SetImage(image)
        left = deadline - time.monotonic()
        if left <= 0 or not api.Recognize(timeout=max(1, int(left * 1000))):
            raise OcrTimeout(f"page {page_index + 1}")
        return _glyphs(api, tesserocr, scale), int(api.MeanTextConf())
    finally:
        api.Clear()


# Tesseract's orientation detection below this confidence is a guess: the page stays as is.
_SURE_ORIENTATION = 2.0


def picture_turn(image: Any) -> int:
    """Degrees (counter-clockwise) that turn a sideways or upside-down scan upright; 0 when
    it is upright, Tesseract is missing, or it cannot tell."""
    setup = ocr_setup()
    if setup is None:
        return 0
    import tesserocr

    return _upright_turn(image, setup, tesserocr)


def _upright_turn(image: Any, setup: OcrSetup, tesserocr: Any) -> int:
    """Degrees (counter-clockwise) that turn a sideways or upside-down scan upright."""
    return _orientation(image, setup, tesserocr)[0]


def _orientation(image: Any, setup: OcrSetup, tesserocr: Any) -> tuple[int, str | None]:
    """The turn that makes the picture upright, and the script Tesseract sees it written
    in ("Latin", "Cyrillic", …; None when it cannot tell)."""
    if not (Path(setup.tessdata) / "osd.traineddata").is_file():
        return 0, None
    api = _engine(setup.tessdata, "osd", "osd")
    try:
        api.SetImage(image)
        found = api.DetectOrientationScript()
    except RuntimeError:  # too little text to tell
        return 0, None
    finally:
        api.Clear()
    if not found:
        return 0, None
    script = str(found.get("script_name") or "") or None
    if found.get("orient_conf", 0.0) < _SURE_ORIENTATION:
        return 0, script
    return int(found.get("orient_deg", 0)) % 360, script


# Scripts read with their own model (Debian: tesseract-ocr-script-cyrl, -grek) besides the
# Latin one, when installed: the Latin model reads Cyrillic or Greek letters as Latin ones.
_OTHER_SCRIPTS = ("Cyrillic", "Greek")


def with_script(setup: OcrSetup, script: str | None) -> OcrSetup:
    """`setup` reading a page of `script` too, when it is another script whose model is
    installed; otherwise `setup` as it is."""
    if script not in _OTHER_SCRIPTS:
        return setup
    for model in (script, f"script/{script}"):
        if (Path(setup.tessdata) / f"{model}.traineddata").is_file():
            return OcrSetup(setup.tessdata, f"{model}+{setup.languages}")
    return setup


@cache
def _engine(tessdata: str, languages: str, mode: str) -> Any:
    """One Tesseract engine per model, kept for the reader process's life: loading a model
    costs more than reading a page."""
    import tesserocr

    psm = {"osd": tesserocr.PSM.OSD_ONLY, "block": tesserocr.PSM.SINGLE_BLOCK}.get(
        mode, tesserocr.PSM.AUTO
    )
    api = tesserocr.PyTessBaseAPI(path=tessdata, lang=languages, psm=psm)
    return api


def read_region(
    path: Path,
    page_index: int,
    bbox: tuple[float, float, float, float],
    setup: OcrSetup,
    *,
    seconds: float,
) -> str:
    """The words Tesseract reads in one box of a page's picture (PDF points of the page as
    displayed), as one block of text; OcrTimeout past `seconds`."""
    image, scale = _page_picture(path, page_index)
    margin = 4.0
    box = tuple(
        round(v * scale)
        for v in (bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin)
    )
    api = _engine(setup.tessdata, setup.languages, "block")
    try:
        api.SetVariable("thresholding_method", _GLOBAL_THRESHOLD)
        api.SetImage(image.crop(box))
        if not api.Recognize(timeout=max(1, int(seconds * 1000))):
            raise OcrTimeout(f"page {page_index + 1}")
        return str(api.GetUTF8Text() or "")
    finally:
        api.Clear()


def _turned_back(glyph: Glyph, turn: int, width: float, height: float) -> Glyph:
    """A glyph read on the upright picture, placed back on the page as displayed (`width` x
    `height` points), its reading direction turned with it."""
    if turn == 0:
        return glyph

    def back(x: float, y: float) -> tuple[float, float]:
        if turn == 180:
            return width - x, height - y
        if turn == 90:  # the picture was turned a quarter counter-clockwise
            return width - y, x
        return y, height - x  # 270

    (ax, ay), (bx, by) = back(glyph.x0, glyph.top), back(glyph.x1, glyph.bottom)
    direction = {90: (0.0, 1.0), 180: (-1.0, 0.0), 270: (0.0, -1.0)}[turn]
    return Glyph(
        glyph.text,
        min(ax, bx),
        min(ay, by),
        max(ax, bx),
        max(ay, by),
        glyph.size,
        direction=direction,
        ocr_confidence=glyph.ocr_confidence,
    )


# Tesseract 5's Sauvola thresholding (2): each pixel against its neighbourhood, so a scan
# lit unevenly (a dark corner, a shadow across the page) keeps its faint print; Otsu (0),
# one threshold for the page, is Tesseract's default.
_LOCAL_THRESHOLD = "2"
_GLOBAL_THRESHOLD = "0"
# What Tesseract makes of a drawn vertical rule (a table's border, a column's edge).
_RULE_MARKS = "|¦‖[]!"


def _glyphs(api: Any, tesserocr: Any, scale: float) -> list[Glyph]:
    """Tesseract's words as glyphs spread evenly over each word's box, all the words of a
    text line at that line's size (so the layout sees one line of one size), a space between
    words; every glyph carries its word's confidence (Tesseract's least sure character)."""
    glyphs: list[Glyph] = []
    word, textline = tesserocr.RIL.WORD, tesserocr.RIL.TEXTLINE
    size, middle = 0.0, 0.0
    for item in tesserocr.iterate_level(api.GetIterator(), word):
        text = (item.GetUTF8Text(word) or "").strip()
        box = item.BoundingBox(word)
        if not text or box is None:
            continue
        if not text.strip(_RULE_MARKS):
            continue  # a table's or a box's rule read as a bar, not a word
        if item.IsAtBeginningOf(textline) or not size:
            size = _line_size(item, textline, box) / scale
            line_box = item.BoundingBox(textline) or box
            middle = (line_box[1] + line_box[3]) / 2 / scale
        # Every word of Tesseract's line on one band of the line's size around the line's
        # middle: a skewed scan's long line drifts, and its box is tall, but it is one line.
        x0, x1 = box[0] / scale, box[2] / scale
        top, bottom = middle - 0.6 * size, middle + 0.6 * size
        confidence = max(0.0, min(1.0, item.Confidence(word) / 100))
        if glyphs:
            last = glyphs[-1]
            glyphs.append(Glyph(" ", last.x1, top, last.x1, bottom, size))
        glyphs.extend(spread_word(text, (x0, top, x1, bottom), size, ocr_confidence=confidence))
    return glyphs


def _line_size(item: Any, textline: Any, word_box: tuple[int, int, int, int]) -> float:
    """A text line's font size in pixels, from Tesseract's row metrics (x-height plus
    ascenders and descenders: unlike the line's box, not inflated by skew)."""
    try:
        row = item.RowAttributes()
        size = float(row["row_height"]) - float(row["descenders"])
    except (AttributeError, KeyError, RuntimeError, TypeError):
        size = 0.0
    if size <= 0:
        size = (word_box[3] - word_box[1]) / 1.2
    return max(size, 1.0)
