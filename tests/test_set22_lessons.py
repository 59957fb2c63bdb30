"""What blind set 22 taught, each as a rule on a page drawn in code: a letter's "with <the
host printed elsewhere>", a sentence's own last line, a blank name line under its
introduction, a weekday that settles a numeric date, a course's length and form before its
title, a learner's school after the name, an event named by its acronym, Dutch wording, a
score after the course, a transcript's table, a result's remark, and a big title's run-on."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Placed, read, render_at, sure


def test_a_letter_s_with_the_host_printed_elsewhere_is_not_the_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Lindqvist Data Labs", 18, 74, 79),
        ("Virtual Internship Completion Letter", 13, 74, 202),
        ("This letter confirms that Amara Oduya-Lind completed the Network Security", 10, 74, 261),
        ("Virtual Internship with Lindqvist Data Labs from March 2025 to May 2025,", 10, 74, 278),
        ("working remotely with our platform security team.", 10.5, 74, 295),
        ("Certificate ID: LDL-VIP-7Q2M-9931", 9, 74, 570),
        ("Lindqvist Data Labs AB · Sveavägen 12 · Stockholm", 7.5, 110, 810),
    ]
    result = read(render_at(tmp_path / "letter.pdf", lines))
    assert result.value("course_name") == "Network Security Virtual Internship"


def test_a_sentence_s_own_last_line_is_not_a_title_and_an_acronym_names_the_event(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("CERTIFICATE OF ATTENDANCE", 13, 90, 90),
        ("NORDSECOPS 2024 – Nordic Security Operations Summit", 21, 90, 134),
        ("Bergen Congress Hall · 8–10 October 2024", 13, 90, 170),
        ("NSO", 20, 760, 231),
        ("This certifies that", 12, 90, 231),
        ("Yusra Bakhtiari-Lowe", 32, 90, 260),
        (
            "attended the keynotes, technical tracks and hands-on villages of the summit "
            "and earned 18",
            12,
            90,
            311,
        ),
        ("CPE credits.", 12, 90, 329),
        ("Attendee ID: NSO24-A-30981", 10, 90, 412),
    ]
    result = read(render_at(tmp_path / "summit.pdf", lines))
    assert result.value("course_name") == "NORDSECOPS 2024 – Nordic Security Operations Summit"
    assert sure(result, "course_name")


def test_a_name_above_the_words_introducing_the_learner_is_not_the_learner(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("Pennine Cyber Skills Hub", 18, 187, 96),
        ("Certificate of Attendance", 30, 108, 197),
        ("This is to certify that", 13, 240, 270),
        ("attended the workshop", 13, 233, 362),
        ("Zero Trust Network Access in Practice", 18, 127, 396),
        ("held on 12 September 2024 at the Leeds Digital Campus", 12, 140, 436),
        ("Certificate No. ZTW-24-0912-045", 9, 60, 721),
    ]
    result = read(render_at(tmp_path / "blank.pdf", lines))
    assert result.value("learner_name") != "Pennine Cyber Skills Hub" or not sure(
        result, "learner_name"
    )
    assert result.needs_review


def test_a_weekday_settles_a_numeric_date_s_order(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 30, 165, 190),
        ("Presented to", 12, 259, 281),
        ("Gwendolyn Achterberg", 26, 132, 315),
        ("for completing the online course", 12, 200, 381),
        ("Secure Remote Access with IPsec VPNs", 18, 98, 416),
        ("Completed on Friday, 3/8/2024", 12, 204, 491),
        ("Certificate #: 000481-CF", 9, 60, 733),
    ]
    result = read(render_at(tmp_path / "weekday.pdf", lines))
    assert result.value("end_date") == "2024-03-08"  # 3 August 2024 was a Saturday
    assert sure(result, "end_date")


def test_a_course_s_length_and_form_and_where_it_was_held_are_not_its_title(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("Certificate of Attendance", 30, 133, 165),
        ("This is to certify that Ilse van Rompaey attended the five-day in-person", 14, 68, 265),
        ("Kubernetes Operations Bootcamp held in Rotterdam, the Netherlands, from", 14, 68, 291),
        ("24 to 28 March 2025, comprising 35 hours of hands-on instruction", 14, 68, 317),
        ("installation, upgrades, observability and incident response.", 14, 68, 342),
        ("Certificate no. HTI-KOB-25-0077", 10, 68, 404),
    ]
    result = read(render_at(tmp_path / "bootcamp.pdf", lines))
    assert result.value("course_name") == "Kubernetes Operations Bootcamp"
    assert result.value("learner_name") == "Ilse van Rompaey"


def test_the_learner_s_school_after_the_name_and_an_event_s_acronym_in_the_text(
    tmp_path: Path,
) -> None:
    lines: list[Placed] = [
        ("Kestrel Valley Institute of Engineering", 14, 326, 45),
        ("International Symposium on Edge Computing and Network Automation", 17, 80, 159),
        ("CERTIFICATE OF PARTICIPATION", 26, 174, 204),
        (
            "This is to certify that Dr. Arjun Venkataraghavan of Meridian College of "
            "Engineering has participated",
            12,
            40,
            268,
        ),
        ("in the Three Days International Symposium ISECNA 2025, held 14–16 May", 12, 40, 293),
        ("2025 at Kestrel Valley Institute of Engineering.", 12, 40, 317),
        ("Certificate No: KVIE/ECE/ISECNA25/P-0148", 8.5, 51, 529),
    ]
    result = read(render_at(tmp_path / "symposium.pdf", lines))
    assert result.value("learner_name") == "Arjun Venkataraghavan"
    assert result.value("course_name") == (
        "International Symposium on Edge Computing and Network Automation"
    )
    assert sure(result, "course_name")


def test_dutch_wording_names_the_course_and_settles_numeric_dates(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificaat van deelname", 30, 261, 62),
        ("Hierbij verklaren wij dat", 12, 261, 118),
        ("Sanne de Wit-Verbeek", 24, 261, 138),
        ("met goed gevolg heeft deelgenomen aan de training", 12, 261, 188),
        ("Basiscursus Ansible Automatisering", 17, 261, 211),
        ("Datum training", 10.5, 261, 258),
        ("04-11-2024 t/m 05-11-2024", 10.5, 364, 258),
        ("Locatie", 10.5, 261, 277),
        ("Utrecht", 10.5, 364, 277),
        ("Certificaatnummer BWO-ANS-24-1187", 10.5, 261, 334),
        ("Utrecht, 8 november 2024 · namens Brugwerk Opleidingen", 9, 261, 532),
    ]
    result = read(render_at(tmp_path / "nl.pdf", lines))
    assert result.value("course_name") == "Basiscursus Ansible Automatisering"
    assert result.value("start_date") == "2024-11-04"
    assert result.value("end_date") == "2024-11-05"


def test_a_score_after_the_course_is_not_a_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Data Structures and Algorithms Using Python", 22, 137, 135),
        ("This certificate is awarded to", 10, 349, 167),
        ("KAVYA RAMANATHAN", 19, 299, 183),
        ("for successfully completing the course with a consolidated score of", 10, 253, 212),
        ("78%", 9.5, 541, 260),
        ("Certificate ID: LAC25DSA93117", 8, 66, 532),
    ]
    result = read(render_at(tmp_path / "score.pdf", lines))
    assert result.value("course_name") != "with a consolidated score of"


def test_a_transcript_s_table_names_no_second_course(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 18, 75, 131),
        (
            "This certifies that Oluwaseun Adeyemi-Hart has completed all requirements of",
            9.5,
            75,
            159,
        ),
        ("Wireless LAN Design Fundamentals (WLD-101)", 14, 75, 176),
        ("Certificate ID  CWA-CERT-24-88013", 9.5, 77, 256),
        ("Academic transcript", 11, 51, 314),
        # The code and course cells stand close enough to read as one line per row.
        ("Code", 8.8, 56, 337),
        ("Course", 8.8, 96, 337),
        ("Started", 8.8, 295, 337),
        ("Completed Hours Result", 8.8, 368, 337),
        ("WLD-090", 8.8, 56, 356),
        ("RF Basics for Network Engineers", 8.8, 96, 356),
        ("03 Jun 2024", 8.8, 295, 356),
        ("WLD-101", 8.8, 56, 376),
        ("Wireless LAN Design Fundamentals", 8.8, 96, 376),
        ("02 Sep 2024", 8.8, 295, 376),
        ("WLS-120", 8.8, 56, 396),
        ("Wireless Security Essentials", 8.8, 96, 396),
        ("07 Oct 2024", 8.8, 295, 396),
    ]
    result = read(render_at(tmp_path / "transcript.pdf", lines))
    assert result.value("course_name") == "Wireless LAN Design Fundamentals (WLD-101)"


def test_a_result_s_remark_is_not_a_course(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("TRAINING CERTIFICATE", 26, 145, 180),
        ("Participant", 10.5, 80, 282),
        ("Samira Al-Khouri", 11, 222, 282),
        ("Course", 10.5, 80, 310),
        ("PLC Programming Level 1 (CAA-PLC1)", 11, 222, 310),
        ("Period", 10.5, 80, 338),
        ("14/10/2024 - 18/10/2024", 11, 222, 338),
        ("Assessment", 10.5, 80, 394),
        ("Passed (practical 87%, theory 81%)", 11, 222, 394),
        ("Certificate no.", 10.5, 80, 422),
        ("CAA/2024/1018/07", 11, 222, 422),
    ]
    result = read(render_at(tmp_path / "remark.pdf", lines))
    assert result.value("course_name") == "PLC Programming Level 1 (CAA-PLC1)"
    assert sure(result, "course_name")


def test_a_big_title_s_run_on_stops_at_its_stop_words(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Farida Nwachukwu-Berg", 26, 217, 208),
        ("has successfully achieved student level credential for completing", 13.9, 189, 256),
        (
            "Introduction to Cybersecurity course, administered by the undersigned instructor",
            20,
            60,
            300,
        ),
        ("Issued on: 04 Dec 2024", 10, 564, 532),
    ]
    result = read(render_at(tmp_path / "runon.pdf", lines))
    assert result.value("course_name") == "Introduction to Cybersecurity"
