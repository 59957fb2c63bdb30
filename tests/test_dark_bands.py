"""Light print on a dark band of a scan is turned dark on light, and read by Tesseract."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from scans import scan

from pipeline.extract.dark_bands import invert_dark_bands
from pipeline.extract.ocr import ocr_page, ocr_setup

if ocr_setup() is None and os.environ.get("CI"):
    raise RuntimeError("CI must install tesseract-ocr and its language data for the OCR tests")
needs_ocr = pytest.mark.skipif(
    ocr_setup() is None, reason="Tesseract language data not installed (.ci/run installs it)"
)
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200


def _page(*, banner: str | None, margin: bool = False) -> Image.Image:
    """A landscape A4 page at 200 dpi: a dark banner with white print (or a plain dark
    margin, as a photo's table top), then dark print on light paper."""
    width, height = int(11.69 * DPI), int(8.27 * DPI)
    page = Image.new("L", (width, height), 240)
    draw = ImageDraw.Draw(page)
    if margin:
        draw.rectangle((0, height - 140, width, height), fill=45)
    if banner is not None:
        draw.rectangle((0, 0, width, 200), fill=50)
        draw.text((110, 70), banner, fill=250, font=ImageFont.truetype(BOLD, 54))
    body = ImageFont.truetype(REGULAR, 44)
    draw.text((520, 420), "Certificate of Participation", fill=30, font=body)
    draw.text((520, 560), "This confirms that Farida Haddad", fill=30, font=body)
    return page


def test_a_banner_s_light_print_is_turned_dark_on_light() -> None:
    page = _page(banner="Kestrelpoint Networks")
    turned = invert_dark_bands(page)
    assert turned.getpixel((20, 20)) > 200  # the banner is light now
    assert (
        turned.crop((0, 300, page.width, page.height)).tobytes()
        == page.crop((0, 300, page.width, page.height)).tobytes()
    )  # the paper below it is as it was


def test_a_dark_margin_without_print_is_left_as_it_is() -> None:
    page = _page(banner=None, margin=True)
    assert invert_dark_bands(page).tobytes() == page.tobytes()


@needs_ocr
def test_the_issuer_in_white_on_a_dark_banner_is_read(tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    _page(banner="Kestrelpoint Networks").convert("RGB").save(printed, "PDF", resolution=DPI)
    scanned = scan(printed, tmp_path / "scanned.pdf", seed="banner", angle=0.6)
    text = "".join(glyph.text for glyph in ocr_page(scanned, 0, ocr_setup()))  # type: ignore[arg-type]
    assert "Kestrelpoint Networks" in text
    assert "Certificate of Participation" in text
