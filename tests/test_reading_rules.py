"""Reading rules on real PDFs drawn in code: sizes, paragraphs, quotes, validity dates,
unreadable fonts, names in lower case or after a title, and what a certificate is worth."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from text_document import document_from_text

from pipeline.config import ExtractionLimits
from pipeline.extract import Extraction, extract_file
from pipeline.extract.model import REVIEW_BELOW
from pipeline.extract.printed_credits import find_printed_credits
from pipeline.extract.profiles import load_profiles

from certfactory import raw_pdf

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
Line = tuple[str, float, float]  # text, size, y (baseline from the top)


def render(path: Path, lines: list[Line], *, x: float = 60) -> Path:
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, y in lines:
        pdf.set_font("dejavu", size=size)
        pdf.text(x, y, text)
    pdf.output(str(path))
    return path


Placed = tuple[str, float, float, float]  # text, size, x, y (baseline from the top)


def render_at(path: Path, lines: list[Placed]) -> Path:
    """A page with each line drawn where it is placed (columns, grids, tables)."""
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, x, y in lines:
        pdf.set_font("dejavu", size=size)
        pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def read(path: Path, profiles_folder: Path | None = None) -> Extraction:
    return extract_file(path, profiles=load_profiles(profiles_folder), limits=ExtractionLimits())


def sure(result: Extraction, name: str) -> bool:
    return result.fields[name].confidence >= REVIEW_BELOW


def test_a_title_known_only_by_its_size_is_unsure_unless_the_profile_says(tmp_path: Path) -> None:
    lines = [
        ("ACME Academy", 12, 60),
        ("Routing Deep Dive Workshop", 34, 160),
        ("Jane Q. Doe", 24, 240),
        ("Completed on 2024-02-09", 12, 300),
        ("Certificate ID: ACM-2024-0001", 12, 330),
    ]
    pdf = render(tmp_path / "c.pdf", lines)
    plain = read(pdf)
    assert plain.value("course_name") == "Routing Deep Dive Workshop"
    assert not sure(plain, "course_name") and plain.needs_review
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "acme.yaml").write_text(
        "name: acme\nissuer: ACME Academy\nkeywords: {ACME Academy: 4}\n"
        "largest_text: [course_name, learner_name]\n"
    )
    known = read(pdf, tmp_path / "profiles")
    assert known.value("course_name") == "Routing Deep Dive Workshop"
    assert sure(known, "course_name")


def test_a_slogan_larger_than_the_course_is_never_a_sure_course(tmp_path: Path) -> None:
    lines = [
        ("Keep learning!", 40, 110),
        ("Certificate of completion", 16, 170),
        ("Jane Q. Doe", 26, 230),
        ("Completed on 2024-02-09", 12, 300),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") is None or not sure(result, "course_name")
    assert result.needs_review


def test_a_title_wrapping_in_a_paragraph_is_read_whole(tmp_path: Path) -> None:
    lines = [
        ("CERTIFICADO DE CONCLUSÃO", 26, 80),
        ("Certificamos que Maria Souza concluiu o curso Redes de Computadores: Teoria e", 12, 160),
        ("Laboratórios Práticos, realizado de 5 a 9 de fevereiro de 2024, com", 12, 180),
        ("aproveitamento satisfatório.", 12, 200),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Redes de Computadores: Teoria e Laboratórios Práticos"
    assert (result.value("start_date"), result.value("end_date")) == ("2024-02-05", "2024-02-09")


@pytest.mark.parametrize(("opening", "closing"), [("„", "”"), ("«\u00a0", "\u00a0»"), ("“", "”")])
def test_a_quoted_title_runs_to_its_closing_quote(
    tmp_path: Path, opening: str, closing: str
) -> None:
    lines = [
        ("ZAŚWIADCZENIE", 26, 80),
        ("Zaświadcza się, że Pani Anna Nowak ukończyła szkolenie " + opening + "Projekt", 12, 160),
        ("sieci Wi-Fi" + closing + ", które odbyło się 4–8 listopada 2024 r.", 12, 180),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Projekt sieci Wi-Fi"
    assert result.value("learner_name") == "Anna Nowak"  # "Pani" is a title, not a name


def test_a_quote_that_never_closes_is_unsure(tmp_path: Path) -> None:
    lines = [
        ("CERTIFICATE", 26, 80),
        ("This is to certify that Anna Nowak has completed „Wireless Design", 12, 160),
        ("Printed 2024-12-01", 8, 400),
        ("Completed on 2024-11-08", 12, 200),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") is None or not sure(result, "course_name")


def test_a_validity_end_beside_the_achievement_date_is_not_the_course_date(
    tmp_path: Path,
) -> None:
    lines = [
        ("Jane Q. Doe", 24, 150),
        ("Network Security Associate", 20, 200),
        ("October 29, 2022", 12, 260),
        ("October 29, 2024", 12, 290),
        ("qTbKM41XwP9", 12, 320),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("end_date") == "2022-10-29"


def test_an_organisation_is_never_the_learner() -> None:
    from pipeline.extract.checks import is_name_like

    assert not is_name_like("Centro de Formación Tecnológica")
    assert not is_name_like("Blue Harbor Security Summit")
    assert not is_name_like("Katılım Belgesi")
    assert is_name_like("María José Fernández-Ruiz")


def test_glyphs_without_a_unicode_map_are_never_a_value(tmp_path: Path) -> None:
    # A content stream whose font has no /ToUnicode and unknown glyph codes: pdfminer reads
    # them as (cid:N).
    body = (
        b"BT /F1 24 Tf 72 500 Td (This certifies that) Tj ET "
        b"BT /F2 24 Tf 72 460 Td <0102030405> Tj ET "
        b"BT /F1 12 Tf 72 400 Td (Completed on 2024-02-09) Tj ET"
    )
    font2 = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Nameless /Encoding /Identity-H "
        b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Nameless "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /Nameless /Flags 4 "
        b"/FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 "
        b"/StemV 80 >> >>] >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        font2,
    ]
    path = tmp_path / "garbage.pdf"
    path.write_bytes(raw_pdf(objects))
    result = read(path)
    assert result.value("learner_name") is None
    assert result.needs_review
    assert any(p.kind == "no_text" for p in result.problems)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("CE Credits: 48", 48, "CE"),
        ("This course is worth 16 CE credits", 16, "CE"),
        ("RECOMMENDED FOR 40 CPE CREDITS", 40, "CPE"),
        ("CPE credits: 2,5", 2.5, "CPE"),
        ("25 CEU Hours", 25, "CEU"),
        ("2.4 CEUs", 2.4, "CEU"),
        ("Credit hours: 300", 300, "hours"),
        ("Duration: 16 hours", 16, "hours"),
        ("Com duração de 40 horas", 40, "hours"),
        ("Length 14.5 total hours", 14.5, "hours"),
        ("1 hour 30 minutes", 1.5, "hours"),
    ],
)
def test_printed_credits(text: str, value: float, unit: str) -> None:
    found = find_printed_credits(document_from_text(f"Certificate of completion\n{text}"))
    assert found is not None and (found.value, found.unit) == (value, unit)
    assert found.bbox is not None


@pytest.mark.parametrize(
    "text", ["Completed on 2024-02-09 at 11:03PM", "Certificate ID: 16-HOURS-7", "Nothing here"]
)
def test_no_printed_credits(text: str) -> None:
    assert find_printed_credits(document_from_text(text)) is None


def test_ce_credits_win_over_hours() -> None:
    found = find_printed_credits(document_from_text("Duration: 40 hours\nCE credits: 32"))
    assert found is not None and (found.value, found.unit) == (32, "CE")


def test_the_title_above_course_completed_by_is_the_course(tmp_path: Path) -> None:
    lines = [
        ("Perimeter Defence Essential", 36, 150),
        ("Training", 36, 195),
        ("Course completed by Jamal Osei", 18, 260),
        ("Mar 14, 2023 at 09:41AM UTC · 2 hours 10 minutes", 18, 290),
        ("Certificate ID: 5f2d6e0a9b41c7d3e8f0a2b4c6d8e0f1", 10, 540),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Perimeter Defence Essential Training"
    assert result.value("learner_name") == "Jamal Osei"
    assert result.value("end_date") == "2023-03-14"
    assert not result.needs_review, result.problems


def test_a_line_no_larger_than_completed_by_is_not_taken_as_its_title(tmp_path: Path) -> None:
    lines = [
        ("Northwind Learning Portal", 18, 150),
        ("Course completed by Jamal Osei", 18, 175),
        ("Completed on 2023-11-06", 12, 290),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert "course completed" not in result.fields["course_name"].source
    assert not sure(result, "course_name") and result.needs_review


def test_a_lower_case_name_between_two_sentences_is_sure(tmp_path: Path) -> None:
    lines = [
        ("This certifies that", 20, 160),
        ("amina farouk", 20, 195),
        ("has achieved", 20, 230),
        ("Certified Cloud Security Fundamentals", 20, 265),
        ("Date of achievement: November 7, 2025", 12, 300),
        ("Certification validation number: 4417290033QX", 12, 320),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("learner_name") == "amina farouk"
    assert sure(result, "learner_name")
    assert result.value("course_name") == "Certified Cloud Security Fundamentals"


def test_a_lower_case_name_after_one_sentence_only_stays_unsure(tmp_path: Path) -> None:
    lines = [
        ("This certifies that", 20, 160),
        ("amina farouk", 20, 195),
        ("Certified Cloud Security Fundamentals", 20, 265),
        ("Date of achievement: November 7, 2025", 12, 300),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("learner_name") == "amina farouk"
    assert not sure(result, "learner_name") and result.needs_review


@pytest.mark.parametrize(
    ("address", "is_sure"),
    [("https://cloudcert.example.com/verification", True), ("https://example.com/about", False)],
)
def test_a_code_beside_a_verification_address_is_its_code(
    tmp_path: Path, address: str, is_sure: bool
) -> None:
    lines = [
        ("Maya Lindqvist", 40, 150),
        ("Cloud Practitioner Essentials", 26, 210),
        ("K7QW2MX94RT3LB8Z", 20, 400),
        (address, 20, 430),
        ("Dec 23, 2022", 18, 490),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("validation_code") == "K7QW2MX94RT3LB8Z"
    assert sure(result, "validation_code") is is_sure


def test_a_date_range_wrapped_in_a_widely_spaced_paragraph_is_read(tmp_path: Path) -> None:
    lines = [
        ("Attestation de présence", 24, 170),
        ("Nous attestons que Mme Claire Dumas a participé aux Journées Réseaux 2023,", 13, 237),
        ("qui se sont tenues du 14 au 16 novembre", 13, 259),  # leading 1.7 x the size
        ("2023 à Lyon.", 13, 281),
        ("Fait à Lyon, le 17 novembre 2023", 10, 500),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2023-11-14", "2023-11-16")


def test_a_title_line_ending_in_a_label_word_and_colon_keeps_its_title(tmp_path: Path) -> None:
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, x, y in [
        ("Certificate of Completion", 12, 60, 80),
        ("Congratulations, Ada Brennan", 30, 60, 140),
        ("Wireshark Essential Training:", 19, 60, 215),
        ("professional education on the National", 7.5, 600, 212),
        ("Troubleshooting TCP/IP Networks", 19, 60, 238),
        ("Course completed on Mar 03, 2024 at 09:15AM UTC", 10.5, 60, 282),
    ]:
        pdf.set_font("dejavu", size=size)
        pdf.text(x, y, text)
    pdf.output(str(tmp_path / "c.pdf"))
    result = read(tmp_path / "c.pdf")
    assert result.value("course_name") != "professional education on the National"
    assert result.value("course_name") in (
        None,
        "Wireshark Essential Training: Troubleshooting TCP/IP Networks",
    )


def test_the_title_above_course_completed_on_is_the_course(tmp_path: Path) -> None:
    lines = [
        ("Congratulations, Émilie Dubois", 23, 100),
        ("Learning Cisco Firepower: Threat Defense Fundamentals", 17, 140),
        ("Course completed on Mar 03, 2024 at 09:41AM UTC", 10, 165),
        ("Noor Castellanos", 18, 265),  # the signature: larger than the title
        ("Head of Content Strategy, Learning", 8.5, 285),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Learning Cisco Firepower: Threat Defense Fundamentals"
    assert sure(result, "course_name")


def test_a_browsers_print_time_stamp_is_not_a_course_date(tmp_path: Path) -> None:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    for text, size, y in [
        ("2/1/25, 11:05 AM", 6, 20),
        ("Juniper Networks Certified Associate", 19, 110),
        ("Issued to Rutendo Moyo", 10, 200),
        ("Issued on January 15, 2025", 10, 220),
        ("Expires on January 15, 2028", 10, 240),
        ("Earners of this certification have demonstrated understanding", 9, 270),
    ]:
        pdf.set_font("helvetica", size=size)
        pdf.text(40, y, text)
    pdf.output(str(tmp_path / "c.pdf"))
    result = read(tmp_path / "c.pdf")
    assert result.value("end_date") == "2025-01-15"
    assert not any(p.kind.value == "ambiguous_date" for p in result.problems)


@pytest.mark.parametrize(
    ("opening", "points_below"),
    [
        ("This records that the person named below has completed the course shown.", False),
        ("This records that the learner has completed the course described below.", True),
    ],
)
def test_a_sentence_ending_on_its_line_takes_no_value_from_below(
    tmp_path: Path, opening: str, points_below: bool
) -> None:
    lines = [
        ("Guild of Network Craftspeople", 14, 60),
        (opening, 12, 120),
        ("Åke Vilhelm Strandberg", 24, 170),
        ("Designing Resilient Campus Networks", 20, 230),
        ("Course title", 9, 250),
        ("Date of completion: 21 November 2023", 11, 320),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    # The name below a finished sentence is never the course.
    assert result.value("course_name") != "Åke Vilhelm Strandberg"
    if not points_below:
        assert result.value("course_name") == "Designing Resilient Campus Networks"


def test_a_second_verb_after_the_opening_is_not_the_course(tmp_path: Path) -> None:
    lines = [
        ("Online Campus of Valmont", 14, 60),
        ("This is to certify that", 12, 110),
        ("Rosa María Quintero", 28, 150),
        ("successfully completed and received a passing grade in Wireless Networks", 12, 200),
        ("Issued 29 June 2025", 11, 320),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Wireless Networks"


def test_a_spanish_d_before_a_name_is_a_title_not_a_name(tmp_path: Path) -> None:
    lines = [
        ("Centro de Formación Técnica Levante", 14, 60),
        ("certifica que", 12, 110),
        ("D. Inmaculada Peñalver Ortún", 24, 150),
        ("ha completado el curso", 12, 200),
        ("Redes Inalámbricas Corporativas", 20, 240),
        ("Fecha: 15 de noviembre de 2024", 11, 320),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("learner_name") == "Inmaculada Peñalver Ortún"


def test_a_label_standing_over_one_of_two_dates_is_that_dates_label(tmp_path: Path) -> None:
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, x, y in (
        ("This certificate of acknowledgement confirms that", 14, 60, 150),
        ("Jane Q. Doe", 24, 60, 200),
        ("Valid Until", 10, 560, 300),  # over the right-hand date only
        ("August 10, 2023", 12, 360, 322),
        ("August 10, 2026", 12, 560, 322),
    ):
        pdf.set_font("dejavu", size=size)
        pdf.text(x, y, text)
    pdf.output(str(tmp_path / "c.pdf"))
    result = read(tmp_path / "c.pdf")
    assert result.value("end_date") == "2023-08-10"


@pytest.mark.parametrize(
    ("wording", "day"),
    [
        (["On the Eighth Day Of October", "Of The Year 2025"], "2025-10-08"),
        (["given this twenty-first day of October, 2025"], "2025-10-21"),
    ],
)
def test_a_date_written_in_words_is_read(wording: list[str], day: str, tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Participation", 26, 110),
        ("This is to certify that", 14, 160),
        ("Jane Q. Doe", 24, 200),
        ("has participated in the workshop", 14, 240),
        ("Career Paths in Network Security", 18, 280),
    ]
    lines += [(text, 11, 330 + 15 * n) for n, text in enumerate(wording)]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("end_date") == day


def test_a_slashed_date_on_a_page_in_a_day_first_language_is_read_day_first(
    tmp_path: Path,
) -> None:
    german: list[Line] = [
        ("Teilnahmebestätigung", 26, 110),
        ("Hiermit wird bestätigt, dass", 14, 160),
        ("Jana Beispiel", 24, 200),
        ("den Kurs und die Übungen der Reihe", 14, 240),
        ("Grundlagen der Netzwerktechnik", 18, 280),
        ("mit Erfolg abgeschlossen hat. Der Kurs wurde von der Akademie für", 11, 320),
        ("Netzwerke angeboten und ist mit einer Prüfung auf der Plattform verbunden.", 11, 335),
        ("Abgeschlossen am 10/08/2023", 12, 380),
    ]
    assert read(render(tmp_path / "de.pdf", german)).value("end_date") == "2023-08-10"
    english: list[Line] = [
        ("Certificate of Completion", 26, 110),
        ("This is to certify that", 14, 160),
        ("Jane Example", 24, 200),
        ("has completed the course", 14, 240),
        ("Network Fundamentals", 18, 280),
        ("Completed on 10/08/2023", 12, 330),
    ]
    unsettled = read(render(tmp_path / "en.pdf", english))
    assert unsettled.value("end_date") is None  # London or New York: a person decides
    assert any("day/month order unclear" in p.message for p in unsettled.problems)


def test_a_code_label_line_is_never_taken_for_the_title(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("JANE Q. EXAMPLE", 40, 150),
        ("May 26, 2022", 16, 260),
        ("Code: 7QKZP3MV8TRX2HCJ", 14, 300),
        ("Verify at: http://verify.example.org", 10, 330),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") is None
    assert result.needs_review


@pytest.mark.parametrize(
    ("opening", "course_line", "learner", "course"),
    [
        (
            "Certificamos que o aluno Joana Exemplo Duarte",
            "concluiu com sucesso 1 hora e 51 minutos do Curso de Redes.",
            "Joana Exemplo Duarte",
            "Curso de Redes",
        ),
        (
            "This is to certify that the student Jane Q. Example",
            "has successfully completed 12 total hours of Network Security Basics",
            "Jane Q. Example",
            "Network Security Basics",
        ),
    ],
)
def test_a_role_or_a_duration_before_the_value_is_not_part_of_it(
    opening: str, course_line: str, learner: str, course: str, tmp_path: Path
) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 28, 110),
        (opening, 16, 170),
        (course_line, 16, 200),
        ("Completed on 2024-03-08", 12, 260),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("learner_name") == learner
    assert result.value("course_name") == course


def test_a_sentence_never_runs_on_into_the_label_of_the_value_below(tmp_path: Path) -> None:
    # "has successfully completed the / <an academy> / Training Course / <title>": the
    # sentence's words end where the label "Training Course" of the title below begins.
    path = render(
        tmp_path / "c.pdf",
        [
            ("This is to Certify that", 14, 120),
            ("Anneliese Okonkwo-Marsh", 26, 160),
            ("has successfully completed the", 13.5, 200),
            ("Northwind Rail Learning & Development", 13.5, 216),
            ("Training Course", 13.5, 232),
            ("Functional Safety for Signalling Systems", 13.5, 275),
            ("Date completed: 26/06/2025", 13.5, 319),
        ],
    )
    result = read(path)
    assert result.value("course_name") == "Functional Safety for Signalling Systems"
    assert not any(p.kind.value == "conflict" for p in result.problems)


def test_a_conference_certificate_offers_the_event_s_name_unsure(tmp_path: Path) -> None:
    # No sentence names a course: the event's own wrapped heading is what the item is for.
    path = render(
        tmp_path / "c.pdf",
        [
            ("International Symposium on Network Automation and", 17, 100),
            ("Programmability 2025 (ISNAP 2025)", 17, 123),
            ("CERTIFICATE", 44, 190),
            ("OF PAPER PRESENTATION", 22, 230),
            ("This is to certify that", 15, 270),
            ("Tomasz Wiśniewski-Adeyemi", 30, 310),
            ("took part as an attendee, 4-6 March 2025", 14, 350),
        ],
    )
    result = read(path)
    assert result.value("course_name") == (
        "International Symposium on Network Automation and Programmability 2025 (ISNAP 2025)"
    )
    assert not sure(result, "course_name")
    assert result.needs_review


@pytest.mark.parametrize(
    ("token", "sure_code"),
    [("kQmzpwrt", True), ("HZTQRMVW", True), ("DOWNLOADS", False)],
)
def test_a_letters_only_code_in_a_verification_address_is_sure_only_when_random(
    tmp_path: Path, token: str, sure_code: bool
) -> None:
    lines = [
        ("Certificate of Completion", 28, 120),
        ("This certifies that", 14, 180),
        ("Jane Q. Example", 24, 220),
        ("has successfully completed", 14, 260),
        ("Routing Protocol Fundamentals", 20, 300),
        ("Issued on March 14, 2023", 12, 350),
        (f"Verify at https://learn.example.org/verify/{token}", 10, 520),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    code = result.fields["validation_code"]
    if sure_code:
        assert code.value == token
        assert sure(result, "validation_code") and not result.needs_review, result.problems
    else:
        assert code.value is None or not sure(result, "validation_code")
        assert result.needs_review
