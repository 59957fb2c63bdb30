"""Dates and codes a sentence or a URL gives away: an enrolment paired with the graduation,
a completion verb before the date, a date clause before the title, a URL's long machine ID."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Line, Placed, read, render, render_at, sure

from pipeline.extract.model import ProblemKind


def test_an_enrolment_printed_with_the_graduation_is_the_course_start(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Northwind Academy certifies that", 14, 60, 80),
        ("Hamid Oyelaran-Brandt", 28, 60, 130),
        ("has successfully completed the", 14, 60, 170),
        ("DATA PIPELINES WITH SPARK", 22, 60, 210),
        ("Enrolled March 3, 2025 · Graduated June 27, 2025", 12, 60, 260),
    ]
    result = read(render_at(tmp_path / "nd.pdf", lines))
    assert result.value("start_date") == "2025-03-03"
    assert result.value("end_date") == "2025-06-27"
    assert sure(result, "end_date")


def test_an_enrolment_date_alone_is_not_the_course_start(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Northwind Academy certifies that", 14, 80),
        ("Hamid Oyelaran-Brandt", 28, 130),
        ("has successfully completed the", 14, 170),
        ("DATA PIPELINES WITH SPARK", 22, 210),
        ("Enrolled on March 3, 2025", 12, 260),
        ("Completed on June 27, 2025", 12, 300),
    ]
    result = read(render(tmp_path / "nd.pdf", lines))
    assert result.value("end_date") == "2025-06-27"
    assert result.value("start_date") is None


def test_a_completion_verb_labels_the_date_and_a_date_clause_stands_before_the_title(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("CERTIFICADO DE CONCLUSÃO", 20, 70),
        ("Certificamos que Luana Ferreira Prates (matrícula", 12, 120),
        ("nº 2025-0045521) concluiu, em 14/03/2025, o curso livre", 12, 140),
        ("Segurança de Redes Sem Fio, com carga horária", 12, 160),
        ("de 40 horas, na modalidade a distância.", 12, 180),
        ("Código de autenticação: 7C1D-22A9-BF03-6E4B", 10, 260),
    ]
    result = read(render(tmp_path / "letter.pdf", lines))
    assert result.value("course_name") == "Segurança de Redes Sem Fio"
    assert result.value("end_date") == "2025-03-14"
    assert sure(result, "end_date")
    assert not any(p.field == "end_date" for p in result.problems)


def test_a_long_machine_id_ending_a_url_is_offered_as_the_code_for_checking(
    tmp_path: Path,
) -> None:
    machine_id = "9b2e4f61c07d3a58e1f2b6c9d4a07e35b18c2f60"
    lines: list[Line] = [
        ("STATEMENT OF ACCOMPLISHMENT", 16, 60),
        ("Mirela Kostadinova", 28, 110),
        ("HAS SUCCESSFULLY COMPLETED THE FOLLOWING TRACK", 11, 150),
        ("Data Engineer in Python", 22, 190),
        ("JUL 09, 2025", 12, 240),
        ("DATE", 9, 256),
        (f"https://learn.example.com/completed/track/{machine_id}", 8, 400),
    ]
    result = read(render(tmp_path / "soa.pdf", lines))
    assert result.value("validation_code") == machine_id
    assert not sure(result, "validation_code")
    assert any(
        p.kind == ProblemKind.UNSURE and p.field == "validation_code" for p in result.problems
    )


def test_a_url_ending_in_a_word_is_no_code(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 20, 60),
        ("Mirela Kostadinova", 28, 110),
        ("has successfully completed", 12, 150),
        ("Data Engineer in Python", 22, 190),
        ("Completed on July 9, 2025", 12, 240),
        ("https://learn.example.com/completed/track/data-engineer", 8, 400),
    ]
    result = read(render(tmp_path / "plain.pdf", lines))
    assert result.value("validation_code") is None


def test_a_polish_webinar_s_title_follows_its_wording_and_took_place_dates_it(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("ZAŚWIADCZENIE", 22, 70),
        ("Zaświadcza się, że", 12, 110),
        ("Pani Bożena Wróblewska-Kmiecik", 18, 140),
        ("wzięła udział w webinarium pt.", 12, 170),
        ("Kopie zapasowe w małym biurze", 16, 195),
        ("które odbyło się 12 marca 2025 r. w formule online.", 12, 220),
        ("Nr zaświadczenia: WEB/2025/03/0222", 10, 260),
    ]
    result = read(render(tmp_path / "webinar.pdf", lines))
    assert result.value("course_name") == "Kopie zapasowe w małym biurze"
    assert sure(result, "course_name")
    assert result.value("end_date") == "2025-03-12"


def test_a_printed_duration_settles_the_day_month_order_of_a_range(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Training", 22, 60, 70),
        (
            "This is to certify that the delegate named below has attended and completed the",
            11,
            60,
            110,
        ),
        ("following course.", 11, 60, 126),
        ("Delegate", 11, 60, 170),
        ("Róisín Mac Giolla", 11, 200, 170),
        ("Course", 11, 60, 195),
        ("Linux Server Administration for Network Engineers", 11, 200, 195),
        ("Course dates", 11, 60, 220),
        ("03/03/2025 - 07/03/2025", 11, 200, 220),
        ("Duration", 11, 60, 245),
        ("5 days (35 hours)", 11, 200, 245),
        ("Certificate No. KIT-25-0307-118", 11, 60, 290),
    ]
    result = read(render_at(tmp_path / "training.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-03-03", "2025-03-07")
    assert not sure(result, "end_date")  # the order is inferred, not printed
    assert any(p.kind == ProblemKind.UNSURE and p.field == "end_date" for p in result.problems)
    assert result.value("course_name") == "Linux Server Administration for Network Engineers"
    assert sure(result, "course_name")


def test_a_range_without_a_printed_duration_stays_ambiguous(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Training", 22, 60, 70),
        ("Delegate", 11, 60, 170),
        ("Róisín Mac Giolla", 11, 200, 170),
        ("Course", 11, 60, 195),
        ("Linux Server Administration for Network Engineers", 11, 200, 195),
        ("Course dates", 11, 60, 220),
        ("03/03/2025 - 07/03/2025", 11, 200, 220),
        ("Duration", 11, 60, 245),
        ("35 hours", 11, 200, 245),
    ]
    result = read(render_at(tmp_path / "training.pdf", lines))
    assert result.value("end_date") is None
    assert any(p.kind == ProblemKind.AMBIGUOUS_DATE for p in result.problems)


def test_a_title_after_entitled_wording_on_the_same_line(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("ZAŚWIADCZENIE", 22, 70),
        ("Pan Michał Nowicki-Bąk", 18, 120),
        ("ukończył szkolenie pt.: Administracja serwerami Linux w sieci firmowej", 12, 150),
        ("Nr zaświadczenia: 48/SZK/2025", 10, 200),
        ("Gdańsk, 27 lutego 2025", 10, 230),
    ]
    result = read(render(tmp_path / "szkolenie.pdf", lines))
    assert result.value("course_name") == "Administracja serwerami Linux w sieci firmowej"
