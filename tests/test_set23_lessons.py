"""What blind set 23 taught, each as a rule on a page drawn in code: a title's subtitle after
its colon, a portal's "available until" date, a day printed in words and in digits, a
sentence's linking word, a form's value ending at the next label, an e-mail's subject,
months set apart on a line of their own beside an issue date, and an institution's name
before the title it gave."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Placed, read, render_at, sure


def test_a_subtitle_after_the_title_s_colon_is_the_title_s(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 28, 156, 121),
        ("awarded to", 12.5, 278, 160),
        ("Sigrún Halvorsen-Matos", 27, 154, 190),
        ("for successful completion of", 12.5, 232, 245),
        ("Data Center Networking:", 21, 186, 286),
        ("Automation with Ansible and NetBox", 19, 156, 324),
        ("Course dates: From 9 June 2025 to 13 June 2025", 12, 177, 396),
        ("Certificate ID: DCN-AAN-25-1193", 12, 220, 439),
    ]
    result = read(render_at(tmp_path / "colon.pdf", lines))
    assert result.value("course_name") == (
        "Data Center Networking: Automation with Ansible and NetBox"
    )


def test_a_portal_s_available_until_date_is_no_course_date(tmp_path: Path) -> None:
    lines: list[Placed] = [
        (
            "Our records confirm that Mr. Tobiasz Wrześniewski has completed the course",
            9.5,
            33,
            225,
        ),
        ("below and met the attendance and lab requirements.", 9.5, 33, 239),
        ("Course:", 9.5, 33, 265),
        ("Advanced OSPF Design and Troubleshooting (AOSPF)", 9.5, 135, 265),
        ("Course dates:", 9.5, 33, 285),
        ("June 2–5, 2025", 9.5, 135, 285),
        ("Certificate number: NTA-CC-2025-04417", 9.5, 33, 322),
        (
            "Course materials remain available in the learner portal until 17 September 2025.",
            9,
            33,
            401,
        ),
    ]
    result = read(render_at(tmp_path / "mail.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-06-02", "2025-06-05")
    assert not result.needs_review, result.problems


def test_a_day_printed_in_words_settles_its_digits_order(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("CERTIFICATE OF COMPLETION", 9, 51, 151),
        ("The Complete Python Automation Course", 21, 51, 170),
        ("Leocadia Firmin-Adebayo", 20, 51, 393),
        ("Date Sept. 4, 2025 Length 18.5 total hours", 9, 51, 426),
        ("This certificate above verifies that Leocadia Firmin-Adebayo successfully", 8.5, 31, 572),
        ("completed the course on 09/04/2025 as taught by Marguerite Okafor.", 8.5, 31, 582),
        ("Certificate no: UC-3f6a1b2c-9d4e-4b7a-a1f0-5c2e8d7b6a90", 7.5, 319, 103),
    ]
    result = read(render_at(tmp_path / "twin.pdf", lines))
    assert result.value("end_date") == "2025-09-04"


def test_a_sentence_s_linking_word_opens_no_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("The Complete Python Automation Course", 21, 51, 170),
        ("Leocadia Firmin-Adebayo", 20, 51, 393),
        ("The certificate indicates the entire course was completed as validated by", 8.5, 31, 582),
        ("the student.", 8.5, 31, 591),
    ]
    result = read(render_at(tmp_path / "linking.pdf", lines))
    assert result.value("course_name") != "as validated by the student"


def test_a_form_s_value_ends_at_the_next_label_and_a_subject_names_the_course(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("Subject: Certificate of completion – Secure SD-WAN Deployment (SDW-210)", 10, 50, 152),
        ("Dear Ms. Katarzyna Oyelaran,", 10, 50, 186),
        ("Participant:", 10, 50, 270),
        ("Katarzyna Oyelaran", 10, 206, 270),
        ("Course:", 10, 50, 284),
        ("Secure SD-WAN Deployment (SDW-210)", 10, 206, 284),
        ("Certificate number: SDW-CRT-0711-5530", 10, 50, 298),
        ("Dates: 7–10 July 2025", 10, 50, 312),
    ]
    result = read(render_at(tmp_path / "form.pdf", lines))
    assert result.value("course_name") == "Secure SD-WAN Deployment (SDW-210)"
    assert sure(result, "course_name")


def test_months_set_apart_on_their_line_beat_an_issue_date(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 30, 124, 187),
        ("This is to certify that", 13, 240, 260),
        ("HENRIKE ABDULLAHI-VOSS", 24, 130, 300),
        ("has completed the executive programme", 13, 178, 356),
        ("Cybersecurity Leadership Programme", 21, 101, 394),
        ("Cohort 7 · March – May 2025 · 60 hours of instruction", 12, 138, 437),
        ("Certificate No. HSCS-C7-0219 · Issued 6 June 2025", 9, 189, 721),
    ]
    result = read(render_at(tmp_path / "cohort.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-03-01", "2025-05-31")


def test_an_institution_s_name_before_the_title_it_gave_is_not_the_title(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("Hannelore Vasquez-Obi", 19.5, 61, 139),
        ("has successfully completed", 8, 61, 174),
        ("Building Resilient Microservices with gRPC", 14, 61, 185),
        (
            "an online non-credit course authorized by Northbridge Institute of Technology",
            8,
            61,
            212,
        ),
        ("Coursera certifies their", 9, 416, 239),
        ("successful completion of", 9, 416, 253),
        ("Northbridge Institute of", 9, 416, 266),
        ("Technology Building Resilient", 9, 416, 280),
    ]
    result = read(render_at(tmp_path / "sidebar.pdf", lines))
    assert result.value("course_name") == "Building Resilient Microservices with gRPC"
