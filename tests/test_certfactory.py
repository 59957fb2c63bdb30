"""Sanity tests of the certificate factory itself (not of the extractor)."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PasswordType, PdfReader

try:
    import certfactory as cf
except ModuleNotFoundError:  # tests/ imported as a package
    from tests import certfactory as cf

Case = cf.Case
BAD_INPUTS, BOMB_SIZE, ISSUERS = cf.BAD_INPUTS, cf.BOMB_SIZE, cf.ISSUERS
CLEAN_CASES, TRICKY_CASES, UNCLEAR_CASES = cf.CLEAN_CASES, cf.TRICKY_CASES, cf.UNCLEAR_CASES
PARTIAL_CASES = cf.PARTIAL_CASES

ALL_CASES: list[Case] = [*CLEAN_CASES, *TRICKY_CASES, *PARTIAL_CASES, *UNCLEAR_CASES]
BY_NAME = {case.name: case for case in ALL_CASES}
REQUIRED_BAD = {
    "empty", "not_pdf", "truncated", "garbage_after_header", "password", "many_pages", "cyclic",
    "deep_nesting", "decompression_bomb", "blank", "invoice",
}
# Cases whose values are deliberately not in the page's text layer.
NOT_IN_TEXT = {"tricky_form_fields", "tricky_labels_as_images", "unclear_image_only"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {case.name: case.build(tmp_path_factory.mktemp(case.name)) for case in ALL_CASES}


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    return {name: build(folder) for name, build in BAD_INPUTS.items()}


def plumber_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def words(value: str) -> list[str]:
    return value.split()


# --- the case tables -----------------------------------------------------------------------


def test_case_tables() -> None:
    assert len(BY_NAME) == len(ALL_CASES), "case names must be unique"
    assert all(re.fullmatch(r"[a-z0-9_]+", name) for name in BY_NAME)
    clean_issuers = {case.expected.issuer for case in CLEAN_CASES}
    assert clean_issuers == set(ISSUERS)
    assert len(TRICKY_CASES) >= 20
    assert len(UNCLEAR_CASES) >= 5 and len(PARTIAL_CASES) >= 4
    assert set(BAD_INPUTS) >= REQUIRED_BAD
    assert all(case.note for case in ALL_CASES)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_expected_is_well_formed(case: Case) -> None:
    e = case.expected
    for value in (e.start_date, e.end_date):
        if value is not None:
            assert date.fromisoformat(value).isoformat() == value
    if e.start_date and e.end_date:
        assert e.start_date <= e.end_date
    assert e.issuer is None or e.issuer in ISSUERS
    fields = (e.course_name, e.start_date, e.end_date, e.validation_code, e.learner_name)
    if not e.needs_review and case not in PARTIAL_CASES:
        assert None not in fields, "an unflagged case must have every field"
    if case in PARTIAL_CASES:
        assert not e.needs_review and None in fields
    if case in CLEAN_CASES:
        assert not e.needs_review and e.issuer is not None
    if case in UNCLEAR_CASES:  # a value unreadable, ambiguous, or readable only unsurely
        assert e.needs_review


# --- every builder writes a file -----------------------------------------------------------


def test_builders_write_into_the_given_folder(tmp_path: Path) -> None:
    for case in ALL_CASES:
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.build(folder)
        assert path.parent == folder and path.is_file()
        assert path.read_bytes().startswith(b"%PDF-")
    bad_folder = tmp_path / "bad"
    bad_folder.mkdir()
    paths = {name: build(bad_folder) for name, build in BAD_INPUTS.items()}
    assert all(p.parent == bad_folder and p.is_file() for p in paths.values())
    assert len(set(paths.values())) == len(paths)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_opens_with_pypdf_without_password(case: Case, built: dict[str, Path]) -> None:
    reader = PdfReader(built[case.name])
    assert len(reader.pages) >= 1
    assert float(reader.pages[-1].mediabox.width) > 0


@pytest.mark.parametrize("case", CLEAN_CASES, ids=lambda c: c.name)
def test_clean_text_layer_has_the_values(case: Case, built: dict[str, Path]) -> None:
    text = norm(plumber_text(built[case.name]))
    e = case.expected
    assert e.course_name and e.validation_code and e.learner_name
    for word in words(e.course_name):
        assert word in text
    assert e.validation_code in text
    assert e.learner_name in text


@pytest.mark.parametrize(
    "case", [c for c in TRICKY_CASES + UNCLEAR_CASES if c.name not in NOT_IN_TEXT],
    ids=lambda c: c.name,
)
def test_other_cases_have_a_text_layer(case: Case, built: dict[str, Path]) -> None:
    text = "".join(pypdf_text(built[case.name]).split())  # letter-spaced and fragmented too
    for word in words(case.expected.learner_name or ""):
        assert word in text


# --- the quirks are really there -----------------------------------------------------------


def test_form_field_values_are_only_in_fields(built: dict[str, Path]) -> None:
    path, e = built["tricky_form_fields"], BY_NAME["tricky_form_fields"].expected
    values = {str(f.get("/V")) for f in (PdfReader(path).get_fields() or {}).values()}
    assert {e.learner_name, e.course_name, e.validation_code} <= values
    text = plumber_text(path)
    assert "Participant" in text and str(e.learner_name) not in text


def test_labels_as_images(built: dict[str, Path]) -> None:
    path = built["tricky_labels_as_images"]
    text = plumber_text(path)
    assert "9C2E5A7B10D4" in text and "Validation Code" not in text and "Start Date" not in text
    assert len(PdfReader(path).pages[0].images) >= 8


def test_image_only_has_no_text(built: dict[str, Path]) -> None:
    path = built["unclear_image_only"]
    assert plumber_text(path).strip() == ""
    assert len(PdfReader(path).pages[0].images) == 1


def test_rotation(built: dict[str, Path]) -> None:
    assert PdfReader(built["tricky_rotate_90"]).pages[0].rotation == 90
    sideways = PdfReader(built["tricky_sideways_content"]).pages[0]
    assert sideways.rotation == 90
    assert float(sideways.mediabox.width) < float(sideways.mediabox.height)


def test_certificate_on_page_two(built: dict[str, Path]) -> None:
    reader = PdfReader(built["tricky_cover_letter_page2"])
    assert len(reader.pages) == 2
    assert "TP-0051876-12" not in reader.pages[0].extract_text()
    assert "TP-0051876-12" in reader.pages[1].extract_text()


def test_huge_page(built: dict[str, Path]) -> None:
    box = PdfReader(built["tricky_huge_page"]).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (2000, 1400)


def test_empty_password_encryption(built: dict[str, Path]) -> None:
    reader = PdfReader(built["tricky_empty_password"])
    assert reader.is_encrypted
    assert "Nadia Rahimi" in reader.pages[0].extract_text()


def test_file_names(built: dict[str, Path]) -> None:
    assert built["tricky_weird_filename"].name == "it's \"my\" cert \u00fc $(x) & ;.pdf"
    uuid = BY_NAME["tricky_uuid_in_filename"].expected.validation_code
    assert uuid and uuid in built["tricky_uuid_in_filename"].name
    assert uuid not in pypdf_text(built["tricky_uuid_in_filename"])


def test_text_layer_quirks(built: dict[str, Path]) -> None:
    assert "\ufb01" in pypdf_text(built["tricky_ligatures"])
    assert "\t" in pypdf_text(built["tricky_tabs"])
    assert "202316" in plumber_text(built["tricky_glued_number"])
    assert "2 0 2 3" in plumber_text(built["tricky_letter_spaced_fpdf"])
    assert "S i d d h a r t h" in plumber_text(built["tricky_letter_spaced_reportlab"])
    assert "ZP4T9X\nKQ7L2M" in plumber_text(built["tricky_url_code_wrapped"])
    assert "SD-\nWAN" in plumber_text(built["tricky_hyphen_wrap"])


# --- bad inputs are what they claim --------------------------------------------------------


def _stream_body(data: bytes) -> bytes:
    start = data.index(b"stream\n") + len(b"stream\n")
    return data[start : data.rindex(b"\nendstream")]


def _inflated_size(data: bytes) -> Iterator[int]:
    inflater = zlib.decompressobj()
    chunk = data
    while chunk:
        out = inflater.decompress(chunk, 1 << 24)
        yield len(out)
        chunk = inflater.unconsumed_tail


def test_bad_inputs(bad: dict[str, Path]) -> None:
    raw = {name: path.read_bytes() for name, path in bad.items()}
    assert raw["empty"] == b""
    assert raw["not_pdf"].startswith(b"\x89PNG") and bad["not_pdf"].suffix == ".pdf"
    assert raw["truncated"].startswith(b"%PDF-") and b"%%EOF" not in raw["truncated"]
    assert raw["garbage_after_header"].startswith(b"%PDF-1.7")
    assert b"xref" not in raw["garbage_after_header"]
    assert b"/Kids [2 0 R" in raw["cyclic"] and b"/Kids [5 0 R" in raw["cyclic"]
    assert b"[" * 100_000 in raw["deep_nesting"]

    locked = PdfReader(bad["password"])
    assert locked.is_encrypted
    assert locked.decrypt("") == PasswordType.NOT_DECRYPTED
    assert locked.decrypt("secret") != PasswordType.NOT_DECRYPTED

    assert len(PdfReader(bad["many_pages"]).pages) == 500
    blank = PdfReader(bad["blank"])
    assert len(blank.pages) == 1 and blank.pages[0].extract_text().strip() == ""

    bomb = raw["decompression_bomb"]
    assert len(bomb) < 1_000_000
    assert sum(_inflated_size(_stream_body(bomb))) == BOMB_SIZE

    invoice = plumber_text(bad["invoice"])
    assert "Invoice No." in invoice and "Bill to" in invoice and "Total due" in invoice
    assert "Certificate" not in invoice
