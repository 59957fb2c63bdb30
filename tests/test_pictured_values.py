"""Values only a picture shows (a course name in a banner) and course dates printed as
months: read from real PDFs, offered for review, never invented as sure."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.model import Extraction, ProblemKind
from pipeline.extract.ocr import ocr_setup
from pipeline.extract.profiles import load_profiles

from certfactory import centred_lines

PROFILES = load_profiles(None)
needs_ocr = pytest.mark.skipif(
    ocr_setup() is None, reason="Tesseract language data not installed (.ci/run installs it)"
)


def _read(path: Path) -> dict[str, object]:
    return extract_file(path, profiles=PROFILES, limits=ExtractionLimits()).to_json()


@needs_ocr
def test_a_course_drawn_as_a_picture_is_read_from_it(tmp_path: Path) -> None:
    # Only the learner and the date are text; the wording and the course are pictures.
    path = centred_lines(
        tmp_path,
        [
            ("Cisco Networking Academy", 60, 18, True),
            ("Certificate of Completion", 120, 30, True),
            ("Marisol Quintero-Baptiste", 210, 30, False),
            ("has successfully completed the course", 262, 16, True),
            ("Designing Resilient Branch Networks", 300, 22, True),
            ("Issued on: March 21, 2025", 420, 12, False),
        ],
    )
    found = _read(path)
    assert found["learner_name"] == "Marisol Quintero-Baptiste"
    assert found["end_date"] == "2025-03-21"
    assert found["course_name"] == "Designing Resilient Branch Networks"
    fields = found["fields"]
    assert isinstance(fields, dict)
    assert "OCR" in fields["course_name"]["source"]
    # Letters only OCR read are offered for a person to check, never shown as sure.
    assert fields["course_name"]["confidence"] < 0.8
    assert found["needs_review"] is True
    problems = found["problems"]
    assert isinstance(problems, list)
    assert any("course name" in p for p in problems)
    # The issuer, read from the picture too, is shown unsure but is no reason to review.
    assert found["issuer"] == "Cisco Networking Academy"
    assert fields["issuer"]["confidence"] < 0.8
    assert not any(p.startswith("issuer") for p in problems)


@needs_ocr
def test_a_picture_never_replaces_a_value_the_text_layer_holds(tmp_path: Path) -> None:
    # The text layer's course stands; the picture only gives it the wording around it.
    path = centred_lines(
        tmp_path,
        [
            ("Certificate of Completion", 120, 30, True),
            ("Marisol Quintero-Baptiste", 210, 30, False),
            ("has successfully completed the course", 262, 16, True),
            ("Designing Resilient Branch Networks", 300, 22, False),
            ("Issued on: March 21, 2025", 420, 12, False),
        ],
    )
    found = _read(path)
    assert found["course_name"] == "Designing Resilient Branch Networks"
    fields = found["fields"]
    assert isinstance(fields, dict)
    assert "OCR" not in fields["course_name"]["source"]


def test_artwork_letters_never_become_a_code(tmp_path: Path) -> None:
    # A word under "Scan to verify" is not a code: nothing but letters, read from a picture.
    path = centred_lines(
        tmp_path,
        [
            ("Certificate of Completion", 120, 30, True),
            ("Marisol Quintero-Baptiste", 210, 30, False),
            ("for completing the Networking Essentials course.", 262, 16, False),
            ("Scan to Verify", 400, 10, True),
            ("Director", 414, 10, True),
            ("Issued on: March 21, 2025", 460, 12, False),
        ],
    )
    found = _read(path)
    assert found["validation_code"] is None


@pytest.mark.parametrize(
    ("printed", "start", "end"),
    [
        ("during December 2022 - February 2023", "2022-12-01", "2023-02-28"),
        ("in the term Jan-Apr 2024", "2024-01-01", "2024-04-30"),
        ("Jan-Apr 2024 (12 week course)", "2024-01-01", "2024-04-30"),
        ("in Sept 2021", None, "2021-09-30"),
    ],
)
def test_months_that_state_the_course_period_give_its_first_and_last_days(
    printed: str, start: str | None, end: str, tmp_path: Path
) -> None:
    extraction = _months_certificate(tmp_path, printed)
    assert extraction.value("start_date") == start
    assert extraction.value("end_date") == end
    assert extraction.value("course_name") == "Cloud Automation Virtual Internship"
    # The certificate's whole statement of when the course ran: its first and last days
    # are what a person types, so nothing needs a person here.
    assert extraction.fields["end_date"].confidence >= 0.8
    assert "months only" in extraction.fields["end_date"].source or "month only" in (
        extraction.fields["end_date"].source
    )
    assert not extraction.needs_review, extraction.problems


@pytest.mark.parametrize(
    ("printed", "end"),
    [
        ("Rev. May 2023", "2023-05-31"),  # a footer's revision: maybe no course's month
        ("March 2024 Acme Learning Inc.", "2024-03-31"),
    ],
)
def test_months_other_words_introduce_are_offered_for_a_person_to_check(
    printed: str, end: str, tmp_path: Path
) -> None:
    extraction = _months_certificate(tmp_path, printed)
    assert extraction.value("end_date") == end
    assert extraction.needs_review
    assert extraction.fields["end_date"].confidence < 0.8
    told = [p for p in extraction.problems if p.field == "end_date"]
    assert [p.kind for p in told] == [ProblemKind.UNSURE]
    assert "month" in told[0].message


def _months_certificate(tmp_path: Path, printed: str) -> Extraction:
    path = centred_lines(
        tmp_path,
        [
            ("Certificate of Completion", 120, 30, False),
            ("This is to certify that", 180, 14, False),
            ("Marisol Quintero-Baptiste", 215, 26, False),
            ("has successfully completed 10 weeks", 260, 14, False),
            ("Cloud Automation Virtual Internship", 292, 18, False),
            (printed, 322, 14, False),
            ("Certificate ID: 29c50e56e1b6244", 420, 10, False),
        ],
    )
    return extract_file(path, profiles=PROFILES, limits=ExtractionLimits())


def test_a_day_s_date_is_never_read_as_its_month(tmp_path: Path) -> None:
    # "Valid until 5 March 2026" is a full date of another kind: it lends no month.
    path = centred_lines(
        tmp_path,
        [
            ("Certificate of Completion", 120, 30, False),
            ("Marisol Quintero-Baptiste", 215, 26, False),
            ("has successfully completed", 260, 14, False),
            ("Cloud Automation Essentials", 292, 18, False),
            ("Valid until 5 March 2026", 340, 12, False),
        ],
    )
    extraction = extract_file(path, profiles=PROFILES, limits=ExtractionLimits())
    assert extraction.value("end_date") is None
    assert extraction.value("start_date") is None


def test_satisfied_the_requirements_for_introduces_the_course(tmp_path: Path) -> None:
    path = centred_lines(
        tmp_path,
        [
            ("Marisol Quintero-Baptiste", 200, 34, False),
            ("Has successfully satisfied the requirements for:", 270, 16, False),
            ("Advanced Service Mesh Operations", 320, 22, False),
            ("Issued on: 23 JUL 2023", 400, 11, False),
        ],
    )
    extraction = extract_file(path, profiles=PROFILES, limits=ExtractionLimits())
    assert extraction.value("course_name") == "Advanced Service Mesh Operations"
    assert extraction.fields["course_name"].confidence >= 0.8


@needs_ocr
def test_a_scanned_title_wrapped_onto_a_line_of_another_size_is_read_whole(
    tmp_path: Path,
) -> None:
    # Everything is a picture (a scan); OCR measures the two lines of the title at different
    # sizes, but the second goes on in lower case: one title.
    path = centred_lines(
        tmp_path,
        [
            ("CERTIFICATE OF COMPLETION", 70, 26, True),
            ("This certifies that", 130, 14, True),
            ("Marisol Quintero-Baptiste", 175, 30, True),
            ("has successfully completed", 225, 14, True),
            ("Enterprise Routing Design: Policies, Filters", 270, 28, True),
            ("and Redistribution", 300, 18, True),
            ("on 21 March 2025", 350, 14, True),
        ],
    )
    found = _read(path)
    assert found["course_name"] == "Enterprise Routing Design: Policies, Filters and Redistribution"
