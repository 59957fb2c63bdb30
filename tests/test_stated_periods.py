"""Courses that print their period as months under an academic term's label, and a
student's own roll number that is no certificate code: each on a page drawn in code."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Placed, read, render_at, sure


def test_months_under_a_term_label_are_the_course_s_first_and_last_days(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("NORTHFIELD COLLEGE", 20, 210, 70),
        ("Certificate of Completion", 28, 200, 130),
        ("This is to certify that", 13, 250, 180),
        ("Adaeze Okonkwo-Lindqvist", 24, 200, 215),
        ("has completed the continuing education course", 13, 190, 255),
        ("Campus Network Design", 18, 230, 285),
        ("Term", 11, 150, 345),
        ("September – December 2025", 11, 300, 345),
        ("Certificate No.", 11, 150, 365),
        ("NFC-CE-25-3318", 11, 300, 365),
    ]
    result = read(render_at(tmp_path / "term.pdf", lines))
    assert result.value("start_date") == "2025-09-01"
    assert result.value("end_date") == "2025-12-31"
    assert sure(result, "start_date") and sure(result, "end_date")
    assert not result.needs_review, result.problems


def test_a_roll_number_is_the_student_s_not_the_certificate_s_code(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("This certificate is awarded to", 16, 220, 120),
        ("RAVI SHANKAR MENON", 22, 230, 160),
        ("for successfully completing", 16, 240, 200),
        ("Wireless Sensor Networks", 22, 200, 240),
        ("Jul-Oct 2025", 16, 270, 300),
        ("Roll No: UNIV25EE41S0093127", 11, 40, 500),
        ("To verify the certificate", 11, 300, 500),
    ]
    result = read(render_at(tmp_path / "roll.pdf", lines))
    assert result.value("validation_code") is None
    assert "validation_code" in result.missing
    assert result.value("end_date") == "2025-10-31"
    assert not result.needs_review, result.problems
