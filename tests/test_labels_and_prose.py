"""Codes under more labels and shapes, and sentence prose that is no title or name: real
PDFs drawn with fpdf2 and read by the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from test_reading_rules import FONT, Line, read, render, sure


def _certificate(extra: list[Line]) -> list[Line]:
    return [
        ("Certificate of Completion", 28, 110),
        ("This certifies that", 14, 160),
        ("Jane Q. Example", 24, 200),
        ("has successfully completed", 14, 240),
        ("Routing Protocol Fundamentals", 20, 280),
        ("Issued on March 14, 2023", 12, 330),
        *extra,
    ]


@pytest.mark.parametrize(
    ("line", "code", "sure_code"),
    [
        ("ID attestato: QX23-KB-00417", "QX23-KB-00417", True),
        ("Регистрационный номер: 2023-ЦБ-01187", "2023-ЦБ-01187", True),
        # "Serial" alone may number anything (a device, a page): read, but checked.
        ("Serial: 000731904", "000731904", False),
    ],
)
def test_a_code_under_a_label_of_another_language_or_script(
    tmp_path: Path, line: str, code: str, sure_code: bool
) -> None:
    result = read(render(tmp_path / "c.pdf", _certificate([(line, 11, 480)])))
    assert result.value("validation_code") == code
    assert sure(result, "validation_code") == sure_code, result.problems
    assert result.needs_review != sure_code, result.problems


def test_a_code_broken_after_a_hyphen_goes_on_in_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"

    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, y in _certificate([]):
        pdf.set_font("dejavu", size=size)
        pdf.text(60, y, text)
    pdf.set_font("dejavu", size=10)
    pdf.text(60, 420, "Certificate No:")
    pdf.text(200, 420, "QX-")
    pdf.text(200, 432, "RP-230314-0071")
    pdf.output(str(path))
    result = read(path)
    assert result.value("validation_code") == "QX-RP-230314-0071"


def test_a_company_s_name_before_this_certificate_confirms_names_no_learner(
    tmp_path: Path,
) -> None:
    lines = _certificate(
        [("Acme Learning, LLC · This certificate confirms completion of video training", 8, 520)]
    )
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("learner_name") == "Jane Q. Example"
    assert not any(p.field == "learner_name" for p in result.problems), result.problems


def test_sentence_prose_is_no_rival_for_a_labelled_title(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Training", 28, 110),
        ("Participant: Jane Q. Example", 12, 180),
        ("Course: Ethical Hacking and Countermeasures Bootcamp", 12, 200),
        ("Dates: 19 February 2024 – 23 February 2024", 12, 220),
        ("Certificate No.: 24-0219-EH-031", 12, 240),
        ("All sessions attended; completed the practical lab assessment.", 11, 300),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Ethical Hacking and Countermeasures Bootcamp"
    assert not any(p.field == "course_name" for p in result.problems), result.problems


def test_a_course_number_in_a_side_panel_is_no_rival_for_the_title(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, x, y in [
        ("VERIFIED CERTIFICATE of Achievement", 20, 60, 120),
        ("This is to certify that", 11, 60, 200),
        ("Sofia Example-Marr", 24, 60, 230),
        ("successfully completed and received a passing grade in", 11, 60, 275),
        ("Software-Defined Networking Fundamentals", 18, 60, 300),
        ("Issued", 9, 600, 190),
        ("June 20, 2024", 9, 600, 202),
        ("Course", 9, 600, 226),
        ("NET204x", 9, 600, 238),
    ]:
        pdf.set_font("dejavu", size=size)
        pdf.text(x, y, text)
    pdf.output(str(path))
    result = read(path)
    assert result.value("course_name") == "Software-Defined Networking Fundamentals"
    assert not any(p.field == "course_name" for p in result.problems), result.problems


def test_a_turkish_sentence_names_the_course_before_its_verb(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("BAŞARI SERTİFİKASI", 28, 110),
        ("Sayın", 12, 170),
        ("Elif Example Yıldız", 22, 200),
        ("Ağ Güvenliğine Giriş eğitimini başarıyla tamamlamıştır.", 12, 240),
        ("Eğitim Tarihi: 9 Ocak 2024", 10, 300),
        ("Sertifika No: SG-240109-0045", 10, 320),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Ağ Güvenliğine Giriş"
    assert sure(result, "course_name"), result.problems


@pytest.mark.parametrize("code_printed", [True, False])
def test_scan_to_verify_announces_a_code_only_where_one_is_printed(
    tmp_path: Path, code_printed: bool
) -> None:
    extra: list[Line] = [("Scan to verify", 9, 470), ("Director, Example Academy", 9, 500)]
    if code_printed:
        extra.append(("VX-7K2P-99QD", 9, 484))
    result = read(render(tmp_path / "c.pdf", _certificate(extra)))
    if code_printed:
        assert result.value("validation_code") == "VX-7K2P-99QD"
        assert "validation_code" not in result.missing
    else:
        # The QR code alone carries it: not printed, and no reason to review.
        assert result.value("validation_code") is None
        assert "validation_code" in result.missing
        assert not result.needs_review, result.problems


def test_a_code_under_a_label_no_vocabulary_knows_is_flagged_not_taken_as_unprinted(
    tmp_path: Path,
) -> None:
    result = read(
        render(tmp_path / "c.pdf", _certificate([("Urkundenkennung: QX-2231-77", 11, 480)]))
    )
    # Not read (nothing says it is the certificate's code), but printed: a person looks.
    assert result.value("validation_code") is None
    assert "validation_code" not in result.missing
    assert result.needs_review
