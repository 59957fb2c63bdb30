"""Pictures of Cyrillic wording read by OCR with the Cyrillic model: a heading and a sentence
drawn as pictures beside a text layer of values, and a whole Cyrillic scan. Real Tesseract."""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2
import pytest

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.model import ProblemKind
from pipeline.extract.ocr import ocr_setup, with_script
from pipeline.extract.profiles import load_profiles

from certfactory import centred_lines

PROFILES = load_profiles(None)
_SETUP = ocr_setup()
_CYRILLIC = _SETUP is not None and with_script(_SETUP, "Cyrillic") != _SETUP
if not _CYRILLIC and os.environ.get("CI"):
    raise RuntimeError("CI must install tesseract-ocr-script-cyrl for the Cyrillic OCR tests")
needs_cyrillic = pytest.mark.skipif(
    not _CYRILLIC, reason="Tesseract's Cyrillic model not installed (.ci/run installs it)"
)
_COURSE = "Защита сетевой инфраструктуры предприятия"


@needs_cyrillic
def test_cyrillic_wording_in_pictures_gives_the_text_values_their_roles(tmp_path: Path) -> None:
    path = centred_lines(
        tmp_path,
        [
            ("Сертификат", 90, 34, True),
            ("Ирина Соколова", 190, 26, False),
            ("успешно завершил(а) курс", 240, 16, True),
            (_COURSE, 280, 20, False),
            ("14.03.2024", 420, 12, False),
        ],
        font="uni",
    )
    result = extract_file(path, profiles=PROFILES, limits=ExtractionLimits())
    assert result.value("course_name") == _COURSE
    assert result.fields["course_name"].confidence >= 0.8, result.fields["course_name"]
    # The heading is only in a picture, and still says this is a certificate.
    assert not any(p.kind == ProblemKind.NOT_CERTIFICATE for p in result.problems)


@needs_cyrillic
def test_a_cyrillic_scan_is_read_with_the_cyrillic_model(tmp_path: Path) -> None:
    original = centred_lines(
        tmp_path,
        [
            ("Сертификат", 90, 34, False),
            ("Настоящим подтверждается, что", 150, 16, False),
            ("Ирина Соколова", 190, 26, False),
            ("успешно завершила курс", 240, 16, False),
            (_COURSE, 280, 20, False),
            ("Дата выдачи: 14.03.2024", 420, 14, False),
        ],
        font="uni",
    )
    image = pypdfium2.PdfDocument(str(original))[0].render(scale=250 / 72).to_pil()
    scan = tmp_path / "scan.pdf"
    image.convert("RGB").save(scan, "PDF", resolution=250)
    result = extract_file(scan, profiles=PROFILES, limits=ExtractionLimits())
    assert result.value("course_name") == _COURSE
    assert result.value("learner_name") == "Ирина Соколова"
    assert result.value("end_date") == "2024-03-14"
