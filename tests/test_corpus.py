"""Every generated certificate, read from a real PDF: right values, or flagged — never a
wrong value presented as certain."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ExtractionLimits
from pipeline.extract import Extraction, extract_file
from pipeline.extract.model import FIELD_NAMES, REQUIRED_FIELDS, REVIEW_BELOW
from pipeline.extract.ocr import ocr_setup
from pipeline.extract.profiles import load_profiles

from certfactory import CLEAN_CASES, PARTIAL_CASES, TRICKY_CASES, UNCLEAR_CASES, Case

PROFILES = load_profiles(None)


def read(case: Case, folder: Path) -> Extraction:
    return extract_file(case.build(folder), profiles=PROFILES, limits=ExtractionLimits())


def ids(cases: list[Case]) -> list[str]:
    return [case.name for case in cases]


READABLE = CLEAN_CASES + TRICKY_CASES + PARTIAL_CASES
CLEAR = [case for case in READABLE if not case.expected.needs_review]
# Values these print only in pictures (labels drawn as images): read with OCR installed.
NEEDS_OCR = {"tricky_labels_as_images"}


@pytest.mark.parametrize("case", READABLE, ids=ids(READABLE))
def test_readable_certificates_give_every_value(case: Case, tmp_path: Path) -> None:
    if case.name in NEEDS_OCR and ocr_setup() is None:
        pytest.skip("Tesseract language data not installed (.ci/run installs it)")
    result = read(case, tmp_path)
    got = {name: result.value(name) for name in FIELD_NAMES}
    want = {name: getattr(case.expected, name) for name in FIELD_NAMES}
    assert got == want, case.note
    assert result.needs_review is case.expected.needs_review, result.problems


@pytest.mark.parametrize("case", CLEAR, ids=ids(CLEAR))
def test_missing_names_exactly_the_portal_fields_not_printed(case: Case, tmp_path: Path) -> None:
    if case.name in NEEDS_OCR and ocr_setup() is None:
        pytest.skip("Tesseract language data not installed (.ci/run installs it)")
    result = read(case, tmp_path)
    not_printed = [name for name in REQUIRED_FIELDS if getattr(case.expected, name) is None]
    if "start_date" in not_printed and result.value("start_date") is not None:
        not_printed.remove("start_date")  # a one-day event: its one date is both
    assert list(result.missing) == not_printed, case.note


@pytest.mark.parametrize("case", UNCLEAR_CASES, ids=ids(UNCLEAR_CASES))
def test_unclear_certificates_are_flagged_with_reasons(case: Case, tmp_path: Path) -> None:
    result = read(case, tmp_path)
    assert result.needs_review, case.note
    assert result.problems
    for name in FIELD_NAMES:
        want = getattr(case.expected, name)
        got = result.value(name)
        if want is None:
            assert got is None or result.fields[name].confidence < REVIEW_BELOW, (name, got)
        elif got is not None:
            assert got == want, (name, case.note)


@pytest.mark.parametrize(
    "case",
    READABLE + UNCLEAR_CASES,
    ids=ids(READABLE + UNCLEAR_CASES),
)
def test_no_wrong_value_is_shown_as_certain(case: Case, tmp_path: Path) -> None:
    result = read(case, tmp_path)
    for name in FIELD_NAMES:
        got, want = result.value(name), getattr(case.expected, name)
        if got is not None and got != want:
            assert result.needs_review, f"{name}: {got!r} shown as certain (want {want!r})"
            assert result.fields[name].confidence < REVIEW_BELOW or result.problems


def test_every_value_found_on_a_page_has_its_box(tmp_path: Path) -> None:
    for case in CLEAN_CASES:
        result = read(case, tmp_path)
        for name in ("course_name", "end_date", "validation_code"):
            field = result.fields[name]
            if field.value is not None and not field.source.startswith("file name"):
                assert field.page is not None and field.bbox is not None, (case.name, name)
                x0, top, x1, bottom = field.bbox
                assert x0 < x1 and top < bottom
