"""The review page's picture of a certificate reads upright however the PDF turns its page,
and each value's box lands on the value on that picture. Real PDFs rendered by pypdfium2;
scans turned upright by real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PageObject, PdfReader, PdfWriter, Transformation

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.ocr import ocr_setup
from pipeline.extract.profiles import load_profiles
from pipeline.previews import PagePreview, render_page

from certfactory import CLEAN_CASES

CASE = next(c for c in CLEAN_CASES if c.name == "clean_netacad_course_completion")


def _upright(original: Path) -> Image.Image:
    return pypdfium2.PdfDocument(str(original))[0].render(scale=1).to_pil().convert("L")


def _rotated_page(original: Path, turn: int, target: Path) -> Path:
    """The page shown turned `turn` degrees clockwise through its /Rotate entry."""
    writer = PdfWriter(clone_from=original)
    writer.pages[0].rotate(turn)
    writer.write(target)
    return target


def _drawn_turned(original: Path, turn: int, target: Path) -> Path:
    """The page's content drawn turned `turn` degrees counter-clockwise (no /Rotate)."""
    source = PdfReader(original).pages[0]
    width, height = float(source.mediabox.width), float(source.mediabox.height)
    size = (height, width) if turn in (90, 270) else (width, height)
    page = PageObject.create_blank_page(width=size[0], height=size[1])
    shift = {90: (height, 0.0), 180: (width, height), 270: (0.0, width)}[turn]
    page.merge_transformed_page(source, Transformation().rotate(turn).translate(*shift))
    writer = PdfWriter()
    writer.add_page(page)
    writer.write(target)
    return target


def _scanned_turned(original: Path, turn: int, target: Path) -> Path:
    picture = pypdfium2.PdfDocument(str(original))[0].render(scale=200 / 72).to_pil()
    picture.convert("RGB").rotate(turn, expand=True).save(target, "PDF", resolution=200)
    return target


def _render(pdf: Path, folder: Path) -> PagePreview:
    return render_page(pdf, 1, folder / f"{pdf.stem}.png", folder / f"{pdf.stem}.json")


def _looks_like(preview: PagePreview, upright: Image.Image) -> float:
    """Mean grey difference between the preview and the upright page (0 = the same)."""
    shown = Image.open(preview.image).convert("L").resize(upright.size)
    return float(ImageStat.Stat(ImageChops.difference(shown, upright)).mean[0])


def _ink_in(preview: PagePreview, box: tuple[float, float, float, float]) -> float:
    """Share of dark pixels inside a box (PDF points on the displayed page) on the picture."""
    picture = Image.open(preview.image).convert("L")
    scale = picture.width / preview.width
    x0, top, x1, bottom = (v * scale for v in preview.place(*box))
    crop = picture.crop((int(x0), int(top), int(x1) + 1, int(bottom) + 1))
    dark = sum(crop.histogram()[:128])
    return dark / max(crop.width * crop.height, 1)


@pytest.mark.parametrize("turn", [90, 180, 270])
@pytest.mark.parametrize("make", [_rotated_page, _drawn_turned], ids=["rotate-entry", "drawn"])
def test_a_turned_page_is_shown_upright_with_its_boxes_on_the_values(
    make: object, turn: int, tmp_path: Path
) -> None:
    original = CASE.build(tmp_path)
    upright = _upright(original)
    assert callable(make)
    turned = make(original, turn, tmp_path / "turned.pdf")
    preview = _render(turned, tmp_path)
    assert preview.turn != 0
    assert (preview.width > preview.height) is (upright.width > upright.height)
    assert _looks_like(preview, upright) < 6, "the picture is not the upright page"
    result = extract_file(turned, profiles=load_profiles(None), limits=ExtractionLimits())
    assert result.value("validation_code") == CASE.expected.validation_code
    box = result.fields["validation_code"].bbox
    assert box is not None
    assert _ink_in(preview, box) > 0.05, "the code's box is not on the code"
    # The same box, unturned, lies on empty paper: placing it is what puts it on the code.
    assert _ink_in(PagePreview(preview.image, preview.width, preview.height, 1), box) < 0.05


def test_an_upright_page_is_left_as_it_is(tmp_path: Path) -> None:
    original = CASE.build(tmp_path)
    preview = _render(original, tmp_path)
    assert preview.turn == 0
    assert _looks_like(preview, _upright(original)) < 3


@pytest.mark.skipif(ocr_setup() is None, reason="Tesseract not installed (.ci/run installs it)")
@pytest.mark.parametrize("turn", [90, 270])
def test_a_sideways_scan_is_shown_upright(turn: int, tmp_path: Path) -> None:
    original = CASE.build(tmp_path)
    preview = _render(_scanned_turned(original, turn, tmp_path / "scan.pdf"), tmp_path)
    assert preview.turn == 360 - turn
    assert _looks_like(preview, _upright(original)) < 12
