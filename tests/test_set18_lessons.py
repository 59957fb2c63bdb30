"""What blind set 18 taught, each as a rule on a page drawn in code: dot leaders between a
form's labels and values, a code with a piece standing apart (a stamp over its middle), the
Vietnamese "Số hiệu chứng nhận" label, months a course-date label names against a signing
date no label names, a sentence that points at the course printed elsewhere, and a date's
label read into the title's line; labels drawn as outlines beside a footer's small print."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_reading_rules import Line, Placed, read, render, render_at, sure

from pipeline.extract.model import ProblemKind
from pipeline.extract.ocr import ocr_setup

needs_ocr = pytest.mark.skipif(
    ocr_setup() is None, reason="Tesseract language data not installed (.ci/run installs it)"
)


def test_dot_leaders_part_a_form_s_labels_from_their_values(tmp_path: Path) -> None:
    leaders = "." * 20
    lines: list[Placed] = [
        ("HELIX PEAK TRAINING", 20, 60, 70),
        ("Certificate of Participation", 30, 230, 150),
        ("Participant", 13, 80, 230),
        (f"{leaders} Sunita Raghavan", 13, 200, 230),
        ("Course", 13, 80, 266),
        (
            f"{leaders} CLCOR v1.2 – Implementing Cisco Collaboration Core Technologies",
            13,
            200,
            266,
        ),
        ("Dates", 13, 80, 302),
        (f"{leaders} 17.03.2025 – 21.03.2025", 13, 200, 302),
        ("Certificate ID", 13, 80, 374),
        (f"{leaders} HPT-CLCOR-0325-58", 13, 200, 374),
    ]
    result = read(render_at(tmp_path / "leaders.pdf", lines))
    assert result.value("course_name") == (
        "CLCOR v1.2 – Implementing Cisco Collaboration Core Technologies"
    )
    assert result.value("learner_name") == "Sunita Raghavan"
    assert result.value("validation_code") == "HPT-CLCOR-0325-58"
    assert (result.value("start_date"), result.value("end_date")) == ("2025-03-17", "2025-03-21")
    assert "Dates" in result.fields["end_date"].source
    assert not result.needs_review


def _code_row(tmp_path: Path, name: str, piece: str | None) -> Path:
    lines: list[Placed] = [
        ("Certificate of Course Completion", 30, 200, 150),
        ("Ethan Moore", 28, 330, 195),
        ("has successfully completed the course", 13, 260, 235),
        ("Network Defense", 24, 320, 275),
        ("Completion date: 28 February 2025", 13, 310, 312),
        ("Certificate ID: NA-ND-47", 12, 64, 470),
    ]
    if piece is not None:
        lines.append((piece, 12, 282, 470))
    return render_at(tmp_path / name, lines)


def test_a_code_with_a_piece_apart_on_its_row_is_never_sure(tmp_path: Path) -> None:
    result = read(_code_row(tmp_path, "stamped.pdf", "-25"))
    assert result.value("validation_code") == "NA-ND-47"  # offered as printed, for checking
    assert not sure(result, "validation_code")
    assert result.needs_review
    assert any(p.field == "validation_code" and "'-25'" in p.message for p in result.problems)


def test_the_same_code_alone_on_its_row_stays_sure(tmp_path: Path) -> None:
    result = read(_code_row(tmp_path, "whole.pdf", None))
    assert result.value("validation_code") == "NA-ND-47"
    assert sure(result, "validation_code")


def test_the_vietnamese_certificate_number_label_names_the_code(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC", 24, 100),
        ("Chứng nhận học viên: Nguyễn Thị Thu Hằng", 14, 150),
        ("Đã hoàn thành khóa học: Quản trị mạng doanh nghiệp với Cisco", 14, 180),
        ("Hoàn thành ngày 19 tháng 7 năm 2024", 12, 210),
        ("Số hiệu chứng nhận: SV-2407-0386", 10, 460),
    ]
    result = read(render(tmp_path / "vi.pdf", lines))
    assert result.value("validation_code") == "SV-2407-0386"
    assert sure(result, "validation_code")


def test_labelled_months_beat_a_signing_date_no_label_names(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("OSVĚDČENÍ", 28, 330, 110),
        ("o absolvování kurzu celoživotního vzdělávání", 13, 250, 140),
        ("Jméno a příjmení: Kateřina Dvořáková", 13, 120, 200),
        ("Název kurzu:", 13, 120, 230),
        ("Správa počítačových sítí a směrování IPv6", 13, 300, 230),
        ("Termín konání:", 13, 120, 260),
        ("září 2024", 13, 300, 260),
        ("Evidenční číslo:", 13, 120, 290),
        ("IKV-2024/0917", 13, 300, 290),
        ("V Brně dne 4. října 2024", 12, 120, 400),
    ]
    result = read(render_at(tmp_path / "cs.pdf", lines))
    assert result.value("end_date") == "2024-09-30"
    assert result.value("start_date") is None
    # The label names the months as the course's: their last day is what a person types.
    assert sure(result, "end_date")
    assert "month only" in result.fields["end_date"].source
    assert not result.needs_review, result.problems


def test_a_labelled_day_still_beats_labelled_months(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 28, 250, 110),
        ("Jane Q. Doe", 22, 300, 160),
        ("Course: Routing Essentials", 13, 120, 230),
        ("Course dates: September 2024", 13, 120, 260),
        ("Completion date: 27 September 2024", 13, 120, 290),
    ]
    result = read(render_at(tmp_path / "day.pdf", lines))
    assert result.value("end_date") == "2024-09-27"


def test_a_sentence_that_points_at_the_course_elsewhere_names_none(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Course Completion", 28, 220, 110),
        (
            "The student named below has completed the Cisco Networking Academy course listed, "
            "having passed the final assessment.",
            11,
            60,
            160,
        ),
        ("Student", 12, 120, 210),
        ("Santiago Peralta Ruiz", 12, 260, 210),
        ("Course", 12, 120, 235),
        ("CCNA: Enterprise Networking, Security, and Automation", 12, 260, 235),
        ("Course end", 12, 120, 260),
        ("13 Dec 2024", 12, 260, 260),
        ("Certificate ID", 12, 120, 285),
        ("NA-ENSA-1209-55873", 12, 260, 285),
    ]
    result = read(render_at(tmp_path / "table.pdf", lines))
    assert result.value("course_name") == "CCNA: Enterprise Networking, Security, and Automation"
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)


def test_a_date_s_label_read_into_the_title_s_line_ends_the_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("CERTIFICATE OF COMPLETION", 26, 230, 110),
        ("This certifies that", 12, 340, 150),
        ("Ayodele Okonkwo-Price", 24, 290, 190),
        ("has completed the course", 12, 330, 225),
        ("CCNP Security: Remote Access VPN Solutions Completion Date", 18, 80, 265),
        ("October 30, 2024", 18, 640, 265),
    ]
    result = read(render_at(tmp_path / "merged.pdf", lines))
    assert result.value("course_name") == "CCNP Security: Remote Access VPN Solutions"


@needs_ocr
def test_labels_drawn_as_outlines_beside_small_print_are_read_by_ocr(tmp_path: Path) -> None:
    import cairocffi as cairo

    path = tmp_path / "outlined.pdf"
    surface = cairo.PDFSurface(str(path), 842, 595)
    ctx = cairo.Context(surface)
    ctx.select_font_face("DejaVu Sans")

    def write(x: float, y: float, text: str, size: float, outlined: bool = False) -> None:
        ctx.set_font_size(size)
        ctx.move_to(x, y)
        if outlined:  # the letters become paths: no text in the PDF's text layer
            ctx.text_path(text)
            ctx.fill()
        else:
            ctx.show_text(text)

    write(45, 55, "CISCO LIVE", 22)
    write(45, 75, "Las Vegas · June 8–12, 2025", 10)
    write(560, 88, "Session Certificate of Attendance", 13)
    for y, label, value, size in (
        (165, "ATTENDEE", "Priyanka Venkataraman", 20),
        (230, "SESSION TITLE", "Troubleshooting SD-Access Campus Fabrics", 14),
        (290, "DATE ATTENDED", "June 10, 2025", 14),
    ):
        write(45, y, label, 8, outlined=True)
        write(45, y + size + 4, value, size)
    write(523, 165, "CERTIFICATE NO.", 8, outlined=True)
    write(523, 183, "CL25-LV-0098413", 14)
    footer = (
        "Cisco Continuing Education Program credits are posted to the attendee's record within "
        "five business days of the event.",
        "Breakout sessions of 90 minutes qualify for 1.5 credits; keep this certificate with your "
        "records for the whole of your certification's renewal period.",
    )
    for n, line in enumerate(footer):
        write(45, 550 + 8 * n, line, 6.5)
    surface.finish()
    result = read(path)
    assert result.value("course_name") == "Troubleshooting SD-Access Campus Fabrics"
    assert result.value("end_date") == "2025-06-10"  # the session's day, not the event's range
    assert result.value("validation_code") == "CL25-LV-0098413"
