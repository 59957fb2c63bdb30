"""A table's column heading, a slogan beside a wrapped title, a validity date in a sentence,
a day without its year, and a code after the bare word "Certificate": real PDFs drawn with
fpdf2 and read by the extractor."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Line, Placed, read, render, render_at, sure


def test_a_column_heading_over_a_table_of_sessions_names_no_course(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Attendance", 26, 60, 80),
        ("This certifies that", 12, 60, 130),
        ("Jane Q. Example", 22, 60, 160),
        (
            "attended Northwind Summit 2024, held 5-9 February 2024, with the sessions below.",
            11,
            60,
            190,
        ),
        ("Session", 9, 60, 230),
        ("Title", 9, 180, 230),
        ("Credits", 9, 460, 230),
    ]
    for row, (session, title, credits) in enumerate(
        [("NWS-101", "Campus Fabric Deep Dive", "4"), ("NWS-204", "Zero Trust Branch", "2")]
    ):
        y = 248 + 16 * row
        lines += [(session, 9, 60, y), (title, 9, 180, y), (credits, 9, 460, y)]
    result = read(render_at(tmp_path / "summit.pdf", lines))
    assert result.value("course_name") == "Northwind Summit 2024", result.problems
    assert sure(result, "course_name")


def test_a_title_wrapping_beside_a_large_slogan_keeps_its_second_line(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("CERTIFICATE OF COMPLETION", 13, 330, 80),
        ("This certifies that", 13, 330, 140),
        ("Jane Q. Example", 30, 330, 175),
        ("Lean into", 44, 40, 250),
        ("has successfully completed", 13, 330, 235),
        ("Scaling Network Operations:", 21, 330, 262),
        ("learning.", 44, 40, 300),
        ("Automation at Branch Scale", 21, 330, 288),
        ("Completed on: May 17, 2024", 12, 330, 330),
    ]
    result = read(render_at(tmp_path / "slogan.pdf", lines))
    assert result.value("course_name") == ("Scaling Network Operations: Automation at Branch Scale")


def test_a_validity_date_inside_a_sentence_is_not_the_completion_date(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 28, 100),
        ("This certifies that", 12, 150),
        ("Jane Q. Example", 24, 185),
        ("has completed the learning path", 12, 220),
        ("Routing Protocol Fundamentals", 18, 250),
        ("Completion date: March 22, 2024", 9, 400),
        ("Valid for CE submission until March 21, 2025", 9, 420),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("end_date") == "2024-03-22"


def test_a_day_without_its_year_is_no_course_and_a_bare_certificate_word_labels_a_code(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 28, 100),
        ("Presented to", 12, 150),
        ("Jane Q. Example", 24, 185),
        ("for completing the four-session cohort programme", 12, 220),
        ("Leading Hybrid Teams", 18, 250),
        ("Completed on 14 June", 12, 285),
        ("Certificate BLC-11270", 10, 400),
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == "Leading Hybrid Teams"
    assert result.value("learner_name") == "Jane Q. Example"
    assert result.value("validation_code") == "BLC-11270"
    assert result.needs_review  # no year: the date needs a person
