"""What blind set 20 taught, each as a rule on a page drawn in code: a quoted title opening the
line under its sentence (not the slogan set larger below it), a short file's details page, a
table column whose entries start with a label's word, a code in a verify URL's query, a label
that ends its sentence, a name printed surname first, a Polish date range, a form's "Grade
achieved" cell, "took part in", and an attendance that lasts minutes."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from test_reading_rules import FONT, Placed, read, render_at, sure


def _pages(path: Path, pages: list[list[Placed]]) -> Path:
    """A landscape A4 file of several pages, each line drawn where it is placed."""
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_font("dejavu", fname=str(FONT))
    for lines in pages:
        pdf.add_page()
        for text, size, x, y in lines:
            pdf.set_font("dejavu", size=size)
            pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def test_a_quoted_title_opening_the_next_line_beats_a_larger_slogan(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 26, 120, 150),
        (
            "This certifies that Imogen Achterberg-Nwosu has successfully completed the course",
            12,
            72,
            220,
        ),
        ("“Securing Kubernetes Clusters with Network Policies” on April 9, 2025.", 12, 72, 238),
        ("Keep learning.", 20, 72, 300),
        ("Verification code: a81f03c9e6b24d7f", 10, 72, 400),
    ]
    result = read(render_at(tmp_path / "quoted.pdf", lines))
    assert result.value("course_name") == "Securing Kubernetes Clusters with Network Policies"


def test_a_short_file_s_details_page_gives_the_course_s_dates(tmp_path: Path) -> None:
    certificate: list[Placed] = [
        ("Certificate of Course Completion", 24, 150, 130),
        ("Nguyen Thi Bich Ngoc", 22, 250, 200),
        (
            "has successfully achieved student level credential for completing the course",
            11,
            150,
            240,
        ),
        ("CCNA: Switching, Routing, and Wireless Essentials", 18, 150, 280),
        ("Mar 14, 2025", 11, 350, 330),
    ]
    details: list[Placed] = [
        ("Course details", 16, 60, 60),
        ("Student", 10, 60, 100),
        ("Nguyen Thi Bich Ngoc", 10, 200, 100),
        ("Course", 10, 60, 118),
        ("CCNA: Switching, Routing, and Wireless Essentials", 10, 200, 118),
        ("Start date", 10, 60, 136),
        ("13 Jan 2025", 10, 200, 136),
        ("End date", 10, 60, 154),
        ("14 Mar 2025", 10, 200, 154),
        ("Academy", 10, 60, 172),
        ("Hoa Khanh Technical College", 10, 200, 172),
        ("Instructor", 10, 60, 190),
        ("Bartholomew Iweala-Tran", 10, 200, 190),
        ("Final exam score", 10, 60, 208),
        ("88%", 10, 200, 208),
        (
            "This document lists the learning outcomes achieved; it is not an exam result.",
            8,
            60,
            260,
        ),
    ]
    result = read(_pages(tmp_path / "two.pdf", [certificate, details]))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-01-13", "2025-03-14")
    assert not result.needs_review


def test_a_transcript_page_of_modules_is_not_read_as_a_details_page(tmp_path: Path) -> None:
    certificate: list[Placed] = [
        ("Certificate of Course Completion", 24, 150, 130),
        ("This is to certify that", 12, 150, 180),
        ("Chen Wanting", 22, 150, 210),
        ("has completed the training course", 12, 150, 240),
        ("HCIA-Datacom V1.0", 18, 150, 270),
        ("Training period 2025-01-06 to 2025-01-17", 11, 150, 310),
    ]
    transcript: list[Placed] = [
        ("Learning Transcript", 16, 60, 60),
        ("Module Title Date Hours", 10, 60, 100),
        ("HCIA-DC-01 Data Communication and Network Basics 2025-01-06 6", 10, 60, 118),
        ("HCIA-DC-02 Building an IP Network with VRP 2025-01-07 7", 10, 60, 136),
    ]
    result = read(_pages(tmp_path / "two.pdf", [certificate, transcript]))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-01-06", "2025-01-17")
    assert result.value("course_name") == "HCIA-Datacom V1.0"


def test_a_column_of_modules_is_a_list_though_an_entry_starts_with_a_label_word(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 26, 200, 80),
        ("This certificate is awarded to", 10, 200, 120),
        ("Dagny Ellefsen-Mbeki", 22, 200, 150),
        ("for successfully completing", 10, 200, 180),
        ("Applied Data Privacy for Public Sector Staff", 18, 200, 210),
        ("Completed March 21, 2025", 10, 200, 240),
        ("#", 9, 64, 300),
        ("Module", 9, 102, 300),
        ("Completed", 9, 528, 300),
        ("Score", 9, 663, 300),
        ("1", 9, 64, 318),
        ("Principles of data protection in the public sector", 9, 102, 318),
        ("Feb 3, 2025", 9, 528, 318),
        ("100%", 9, 663, 318),
        ("2", 9, 64, 336),
        ("Subject access requests and disclosures", 9, 102, 336),
        ("Feb 28, 2025", 9, 528, 336),
        ("90%", 9, 663, 336),
    ]
    result = read(render_at(tmp_path / "modules.pdf", lines))
    assert result.value("course_name") == "Applied Data Privacy for Public Sector Staff"
    assert not any(p.field == "course_name" for p in result.problems)


def test_a_verify_url_s_certificate_id_query_is_the_code(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate", 26, 200, 80),
        ("This certificate is proudly presented to", 11, 200, 130),
        ("Sébastien Nakamura-Oyelaran", 22, 200, 160),
        ("for completing the course", 11, 200, 190),
        ("Cloud Security Posture Management Essentials", 18, 200, 220),
        ("Completion date: 2025-03-04", 10, 200, 260),
        (
            "Verify at https://academy.example/certificate/verify?certificate_id=BWCA-2025-88QK-71ZT",
            8,
            60,
            500,
        ),
    ]
    result = read(render_at(tmp_path / "url.pdf", lines))
    assert result.value("validation_code") == "BWCA-2025-88QK-71ZT"


def test_a_code_label_that_ends_its_sentence_names_no_value(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("CERTIFICADO DE APROVECHAMIENTO", 20, 120, 90),
        (
            "Se certifica que D.ª Ana Belén Quiñones Ibarra ha superado con aprovechamiento",
            11,
            60,
            150,
        ),
        (
            "el curso «Fundamentos de Redes Inalámbricas Empresariales», del 3 de febrero",
            11,
            60,
            166,
        ),
        ("de 2025 al 28 de febrero de 2025.", 11, 60, 182),
        ("Código de verificación: 4F7K-9QX2-MT3B", 8, 60, 400),
        (
            "La autenticidad puede comprobarse introduciendo el código de verificación. "
            "Instituto Almenara es una entidad ficticia.",
            7,
            60,
            420,
        ),
    ]
    result = read(render_at(tmp_path / "es.pdf", lines))
    assert result.value("validation_code") == "4F7K-9QX2-MT3B"
    assert not any(p.field == "validation_code" for p in result.problems)


def test_a_name_printed_surname_first_is_the_learner(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 27, 86, 160),
        ("This certifies that", 10.5, 86, 210),
        ("Van der Berg-Okafor, Annelies", 22.5, 86, 250),
        ("has completed", 10.5, 86, 290),
        ("Wireshark Fundamentals: Capturing and Analysing Traffic", 17, 86, 325),
        ("Date Completed: 17 Mar 2025", 9.5, 86, 395),
    ]
    result = read(render_at(tmp_path / "surname.pdf", lines))
    assert result.value("learner_name") == "Van der Berg-Okafor, Annelies"


def test_a_polish_range_from_od_to_do(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("ZAŚWIADCZENIE", 20, 200, 90),
        ("o ukończeniu szkolenia", 12, 200, 115),
        ("Małgorzata Żurawska-Kędzior", 18, 200, 160),
        (
            "ukończyła w dniach od 3 marca 2025 r. do 7 marca 2025 r. szkolenie",
            11,
            120,
            190,
        ),
        ("Administrowanie sieciami VLAN i routingiem dynamicznym", 14, 120, 215),
        ("Poznań, 10 marca 2025 r.", 10, 60, 400),
    ]
    result = read(render_at(tmp_path / "pl.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-03-03", "2025-03-07")
    assert sure(result, "start_date") and sure(result, "end_date")


def test_a_grade_achieved_cell_is_a_form_label_not_a_sentence(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Course Record", 16, 92, 60),
        ("Learner", 11, 92, 100),
        ("Aoife Ó Súilleabháin", 11, 265, 100),
        ("Course", 11, 92, 114),
        ("Network Security Monitoring with Zeek and Suricata", 11, 265, 114),
        ("Completed", 11, 92, 128),
        ("March 4, 2025", 11, 265, 128),
        ("Grade achieved", 11, 92, 142),
        ("94.3%", 11, 265, 142),
        ("Payment reference", 11, 92, 156),
        ("ORD-55120078", 11, 265, 156),
    ]
    result = read(render_at(tmp_path / "record.pdf", lines))
    assert result.value("course_name") == "Network Security Monitoring with Zeek and Suricata"
    assert not any(p.field == "course_name" for p in result.problems)


def test_took_part_in_the_live_webinar_introduces_the_course(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Participation", 34, 206, 160),
        ("This confirms that", 14, 358, 215),
        ("Farida Haddad-Ekström", 26, 268, 255),
        ("took part in the live webinar", 16, 325, 295),
        ("Designing Resilient EVPN-VXLAN Data Centre Fabrics", 23, 130, 335),
        ("Date: 4 June 2025, 15:00–16:30 CEST", 17, 296, 385),
    ]
    result = read(render_at(tmp_path / "webinar.pdf", lines))
    assert result.value("course_name") == "Designing Resilient EVPN-VXLAN Data Centre Fabrics"
    assert result.fields["course_name"].source.startswith("sentence")


def test_an_attendance_of_sixty_minutes_is_a_one_day_event(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Session Attendance Certificate", 32, 171, 180),
        ("Lachlan Pemberton-Ngata", 30, 188, 250),
        ("attended session BRKSEC-2550", 15, 303, 292),
        ("Deploying Secure Firewall Threat Defense in Multi-Site Networks", 20, 55, 340),
        ("Attended: 2024-12-04 10:00 AEDT · Duration: 60 minutes", 15, 200, 388),
        ("Certificate ID: 9A4F-22C1-E0B7", 15, 534, 500),
    ]
    result = read(render_at(tmp_path / "session.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2024-12-04", "2024-12-04")
