"""The page's largest text as the course title: where it stands (under the certificate's
heading, or above it in the brand's place) and whether the page's picture shows what the
text layer says. Real PDFs, real Tesseract."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fpdf import FPDF
from glyph_maps import scrambled_map_pdf

from pipeline.config import ExtractionLimits
from pipeline.extract import Extraction, extract_file
from pipeline.extract.model import REVIEW_BELOW
from pipeline.extract.ocr import ocr_setup
from pipeline.extract.profiles import load_profiles

if ocr_setup() is None and os.environ.get("CI"):
    raise RuntimeError("CI must install tesseract-ocr and its language data for the OCR tests")
needs_ocr = pytest.mark.skipif(
    ocr_setup() is None, reason="Tesseract language data not installed (.ci/run installs it)"
)

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PROFILES = load_profiles(None)


def _render(path: Path, lines: list[tuple[str, float, float]]) -> Path:
    """A landscape page of lines (text, size, baseline from the top)."""
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, y in lines:
        pdf.set_font("dejavu", size=size)
        pdf.text(80, y, text)
    pdf.output(str(path))
    return path


def _read(path: Path) -> Extraction:
    return extract_file(path, profiles=PROFILES, limits=ExtractionLimits())


@needs_ocr
def test_the_largest_text_under_the_heading_that_the_picture_shows_is_sure(
    tmp_path: Path,
) -> None:
    result = _read(
        _render(
            tmp_path / "c.pdf",
            [
                ("Brightwater Skills Centre", 12, 70),
                ("CERTIFICATE OF ACHIEVEMENT", 16, 130),
                ("Wireless Site Survey Essentials", 30, 220),
                ("is presented to", 12, 260),
                ("Amara Okonkwo-Lind", 18, 290),
                ("17 March 2025", 12, 350),
            ],
        )
    )
    course = result.fields["course_name"]
    assert course.value == "Wireless Site Survey Essentials"
    assert course.confidence >= REVIEW_BELOW, course
    assert "picture" in course.source
    assert not any(p.field == "course_name" for p in result.problems), result.problems


def test_the_largest_text_above_the_heading_is_the_brand_s_place(tmp_path: Path) -> None:
    result = _read(
        _render(
            tmp_path / "c.pdf",
            [
                ("Keep growing together", 34, 80),
                ("CERTIFICATE OF ACHIEVEMENT", 16, 150),
                ("is presented to", 12, 200),
                ("Amara Okonkwo-Lind", 18, 230),
                ("17 March 2025", 12, 300),
            ],
        )
    )
    course = result.fields["course_name"]
    assert course.value == "Keep growing together", course  # the only candidate
    assert course.confidence <= 0.5  # below even size alone's 0.7
    assert result.needs_review


@needs_ocr
def test_a_title_whose_font_map_lies_is_never_sure(tmp_path: Path) -> None:
    # The page shows "Campus Network Design"; its text layer says "Pnzchf Argjbex Qrfvta".
    path = scrambled_map_pdf(
        tmp_path / "c.pdf",
        [
            ("CERTIFICATE OF COMPLETION", 80, 480, 16),
            ("Campus Network Design", 80, 400, 30),
            ("is presented to", 80, 360, 12),
            ("Amara Okonkwo-Lind", 80, 330, 18),
            ("17 March 2025", 80, 280, 12),
        ],
        scrambled=[1],
    )
    result = _read(path)
    course = result.fields["course_name"]
    assert course.value == "Pnzchf Argjbex Qrfvta", course
    assert course.confidence < REVIEW_BELOW
    assert "otherwise" in course.source
    assert result.needs_review


@needs_ocr
def test_a_heading_wrapped_onto_a_second_line_is_no_sure_title(tmp_path: Path) -> None:
    result = _read(
        _render(
            tmp_path / "c.pdf",
            [
                ("CERTIFICATE", 18, 90),
                ("OF PAPER PRESENTATION", 30, 140),
                ("is presented to", 12, 200),
                ("Amara Okonkwo-Lind", 18, 230),
                ("17 March 2025", 12, 300),
            ],
        )
    )
    course = result.fields["course_name"]
    assert course.value is None or course.confidence < REVIEW_BELOW
    assert result.needs_review


@pytest.mark.parametrize(
    ("file_name", "named"),
    [
        ("Cloud_Network_Practitioner_certificate.pdf", True),
        ("certificate (3).pdf", False),
        ("Cloud_Network.pdf", False),  # part of the title is no name for it
        # The title on the page is cut short of the one the file is named after.
        ("Cloud_Network_Practitioner_Professional.pdf", False),
    ],
)
def test_a_largest_title_without_heading_is_sure_when_the_file_is_named_after_it(
    tmp_path: Path, file_name: str, named: bool
) -> None:
    # A credential page with no heading in its text layer (the logo and labels are art).
    result = _read(
        _render(
            tmp_path / file_name,
            [
                ("Jordan A. Example", 40, 140),
                ("Cloud Network Practitioner", 24, 200),
                ("VALIDATION NUMBER: QK7Z2M9P41XW", 16, 330),
                ("https://credentials.example.org/verification", 12, 360),
                ("Dec 3, 2024", 14, 420),
            ],
        )
    )
    assert result.value("course_name") == "Cloud Network Practitioner"
    assert (result.fields["course_name"].confidence >= REVIEW_BELOW) == named
    assert result.needs_review != named, result.problems
