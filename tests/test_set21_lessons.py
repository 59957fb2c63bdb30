"""What blind set 21 taught, each as a rule on a page drawn in code: Spanish "Folio" and
"por haber concluido", a "SERIAL" caption over its value (both weak labels: read, checked),
"for watching … of", a session table whose rows stand apart, a row of cells that wrap
together, a caption read as one line with its neighbour, a small grouped code under a QR
code, (a guard) a sentence announcing a list of courses over a two-column table, and a dash
before an amount of credits."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Placed, read, render_at, sure


def test_a_spanish_constancia_with_its_folio(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("C O N S T A N C I A", 24, 300, 120),
        ("Se otorga la presente constancia a", 12, 300, 170),
        ("Ing. Ximena Robledo Farías", 22, 260, 205),
        ("por haber concluido el curso de actualización", 12, 280, 240),
        ("Diseño de Redes Inalámbricas Empresariales", 18, 220, 272),
        ("impartido del 3 al 7 de junio de 2024, con una duración de 40 horas.", 11, 220, 300),
        ("Folio: UTVA-EC-2406-118", 9, 60, 520),
    ]
    result = read(render_at(tmp_path / "es.pdf", lines))
    assert result.value("course_name") == "Diseño de Redes Inalámbricas Empresariales"
    assert result.value("validation_code") == "UTVA-EC-2406-118"
    assert result.value("learner_name") == "Ximena Robledo Farías"
    assert sure(result, "course_name")
    # "Folio" may number a page too: its value is read, and checked.
    assert not sure(result, "validation_code")


def test_a_serial_caption_over_its_value_and_for_watching_of(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 30, 57, 155),
        ("Awarded to", 12, 57, 194),
        ("Renata Szabó-Whitlock", 26, 57, 230),
        ("for watching every lesson and passing the module quizzes of", 12, 57, 266),
        ("Mastering OSPF and EIGRP Troubleshooting: Complete", 18, 57, 294),
        ("Video Course", 18, 57, 315),
        ("Presenter: Obadiah Kwarteng, CCIE No. 61842", 11, 57, 335),
        ("COMPLETED ON", 8, 57, 368),
        ("LENGTH", 8, 190, 368),
        ("SERIAL", 8, 284, 368),
        ("29 Aug 2024", 11, 57, 381),
        ("12 hours", 11, 190, 381),
        ("QS-88F1-02KD", 11, 284, 381),
    ]
    result = read(render_at(tmp_path / "video.pdf", lines))
    assert result.value("course_name") == (
        "Mastering OSPF and EIGRP Troubleshooting: Complete Video Course"
    )
    assert result.value("validation_code") == "QS-88F1-02KD"  # (not the presenter's "No.")


def test_a_session_table_with_rows_set_apart_is_a_list_not_the_event(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Attendance", 26, 48, 100),
        ("This certifies that", 12, 48, 150),
        ("Ngozi Whitcombe", 20, 48, 178),
        ("attended", 12, 48, 205),
        ("Cisco Live Las Vegas 2024", 18, 48, 232),
        ("June 2–6, 2024 · Las Vegas, Nevada", 12, 48, 260),
        ("Session ID", 9, 56, 322),
        ("Title", 9, 150, 322),
        ("Date", 9, 460, 322),
        ("CE", 9, 543, 322),
        ("BRKSEC-2046", 9, 56, 346),
        ("Zero Trust Access for Hybrid Workforces", 9, 150, 346),
        ("Mon Jun 3", 9, 460, 346),
        ("2", 9, 551, 346),
        ("BRKENS-2092", 9, 56, 368),
        ("Designing Resilient Campus Fabrics", 9, 150, 368),
        ("Mon Jun 3", 9, 460, 368),
        ("2", 9, 551, 368),
    ]
    result = read(render_at(tmp_path / "live.pdf", lines))
    assert result.value("course_name") == "Cisco Live Las Vegas 2024"
    assert not any(p.field == "course_name" for p in result.problems)


def test_a_value_whose_row_of_cells_wraps_together_is_offered_unsure(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Achievement", 30, 45, 135),
        ("AWARDED TO", 8.2, 58, 206),
        ("COURSE", 8.2, 279, 206),
        ("COMPLETED", 8.2, 560, 206),
        ("Keisha Tamborrino, CCNP,", 14.2, 58, 230),
        ("Aerolume Certified Wi-Fi 6E", 14.2, 279, 230),
        ("2024-11-20", 14.2, 560, 230),
        ("CISSP", 14.2, 58, 249),
        ("Design Engineer (AWDE-610)", 14.2, 279, 249),
    ]
    result = read(render_at(tmp_path / "wrapped.pdf", lines))
    assert result.value("course_name") is None or not sure(result, "course_name")
    assert result.needs_review


def test_a_caption_read_with_its_neighbour_takes_the_value_under_its_own_words(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 26, 232, 120),
        ("This certifies that", 12, 232, 150),
        ("Dariusz K. Lindqvist", 20, 232, 178),
        ("has successfully completed the learning path", 12, 232, 205),
        ("Network Core Technologies", 15.7, 232, 230),
        ("COMPLETED", 7.5, 232, 294),
        ("CONTINUING EDUCATION  CREDENTIAL ID", 7.5, 433, 294),
        ("Tuesday, October 15, 2024", 10.5, 232, 309),
        ("64 CE credits", 10.5, 433, 309),
        ("CU-LP-7F3K-92QD", 10.5, 571, 309),
    ]
    result = read(render_at(tmp_path / "captions.pdf", lines))
    assert result.value("validation_code") == "CU-LP-7F3K-92QD"
    assert result.fields["validation_code"].source.startswith("label")


def test_a_small_grouped_code_alone_is_offered_but_a_form_number_is_not(tmp_path: Path) -> None:
    def page(code: str) -> list[Placed]:
        return [
            ("CERTIFICATE OF COMPLETION", 20, 200, 130),
            ("This is to certify that", 12, 300, 180),
            ("Hamid Rezaeifar", 26, 290, 220),
            ("has completed the partner training", 13, 300, 260),
            ("Velarion SD-WAN Fabric Operations", 24, 210, 300),
            ("03-DEC-2024 to 05-DEC-2024", 14, 306, 340),
            ("Sunniva Achterberg-Mensah", 11, 80, 480),
            ("Director, Partner Academy", 10, 80, 495),
            (code, 9, 684, 488),
        ]

    grouped = read(render_at(tmp_path / "qr.pdf", page("VLN-SDW-3F8K2Q")))
    assert grouped.value("validation_code") == "VLN-SDW-3F8K2Q"
    assert not sure(grouped, "validation_code")
    form = read(render_at(tmp_path / "form.pdf", page("VM-P-DOC-TFM-01")))
    assert form.value("validation_code") is None


def test_a_sentence_announcing_a_list_of_courses_names_none(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 28, 241, 150),
        ("Yusuf Demir-Halloran", 24, 273, 200),
        ("has completed the following Cisco courses:", 12, 289, 232),
        ("Course", 10, 72, 278),
        ("Dates", 10, 480, 278),
        ("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", 10, 72, 306),
        ("08–12 Jan 2024", 10, 480, 306),
        ("Designing Cisco Enterprise Wireless Networks (ENWLSD) v1.1", 10, 72, 332),
        ("22–26 Jan 2024", 10, 480, 332),
    ]
    result = read(render_at(tmp_path / "list.pdf", lines))
    # Two courses, one certificate: neither is shown as sure, and a person is asked.
    assert result.value("course_name") is None or not sure(result, "course_name")
    assert result.needs_review


def test_a_dash_before_an_amount_of_credits_does_not_open_a_range(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 32, 222, 150),
        ("awarded to", 12, 361, 190),
        ("Matteo Ravensworth", 31, 213, 232),
        ("for completing the course", 14, 318, 272),
        ("Troubleshooting Cisco SD-Access Fabrics", 25, 154, 308),
        ("Completed November 4, 2024 - 6 CE credits", 15, 252, 356),
        ("Credential ID: CU-CR-5T9W-01LM", 13.6, 304, 382),
    ]
    result = read(render_at(tmp_path / "credits.pdf", lines))
    assert result.value("end_date") == "2024-11-04"
    assert sure(result, "end_date")
