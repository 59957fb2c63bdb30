"""What blind set 17 taught, each as a rule on a page drawn in code: a programme's range over
its modules' ranges, a name printed large that the sentence names otherwise, a brand that
shares words with the course, CPE forms' 'Member' and 'Activity', a letter's sentence that
wraps between the course and its date, credits in a table's cells."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Line, Placed, read, render, render_at, sure

from pipeline.extract.model import ProblemKind


def test_a_programme_s_range_over_its_modules_ranges_is_the_course_s(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 26, 60, 80),
        ("is hereby awarded to", 12, 60, 120),
        ("Priscilla Oyelaran-Booth", 22, 60, 150),
        ("for satisfactory completion of the non-credit certificate program", 12, 60, 180),
        ("Project Management Essentials", 18, 60, 210),
        ("September 9 – December 2, 2024", 12, 60, 240),
        ("Certificate number LSU-PCS-2024-01877", 10, 60, 270),
        ("Module", 10, 60, 320),
        ("Dates", 10, 300, 320),
        ("PME 101 Project Initiation", 10, 60, 336),
        ("Sep 9 – Sep 30, 2024", 10, 300, 336),
        ("PME 102 Scope and Schedule", 10, 60, 352),
        ("Oct 1 – Oct 28, 2024", 10, 300, 352),
        ("PME 103 Execution and Closing", 10, 60, 368),
        ("Oct 29 – Dec 2, 2024", 10, 300, 368),
    ]
    result = read(render_at(tmp_path / "transcript.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2024-09-09", "2024-12-02")
    assert sure(result, "end_date")
    assert not any(p.field == "end_date" for p in result.problems)


def test_ranges_that_do_not_nest_still_conflict(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 26, 80),
        ("Priscilla Oyelaran-Booth", 22, 150),
        ("for satisfactory completion of the program", 12, 180),
        ("Project Management Essentials", 18, 210),
        ("September 9 – October 2, 2024", 12, 240),
        ("Second cohort: November 4 – December 13, 2024", 12, 260),
    ]
    result = read(render(tmp_path / "two.pdf", lines))
    assert result.value("end_date") is None
    assert any(p.kind == ProblemKind.CONFLICT for p in result.problems)


def test_a_name_printed_large_that_the_sentence_names_otherwise_is_a_conflict(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("QUILLON LEARNING", 12, 60),
        ("Certificate of Completion", 26, 100),
        ("Daniel Ferreira", 30, 150),
        ("This confirms that Daniela Ferreira-Costa has completed the course", 12, 190),
        ("Business Intelligence Dashboards with Tabular Models", 18, 220),
        ("Completed: May 9, 2025", 12, 260),
        ("Certificate ID: QLA-BI-09412", 10, 290),
    ]
    result = read(render(tmp_path / "names.pdf", lines))
    assert result.needs_review
    assert not sure(result, "learner_name")
    assert any(
        p.kind == ProblemKind.CONFLICT and p.field == "learner_name" for p in result.problems
    )


def test_the_same_name_printed_large_and_in_the_sentence_raises_no_doubt(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 26, 100),
        ("Daniela Ferreira-Costa", 30, 150),
        ("This confirms that Daniela Ferreira-Costa has completed the course", 12, 190),
        ("Business Intelligence Dashboards with Tabular Models", 18, 220),
        ("Completed: May 9, 2025", 12, 260),
        ("Certificate ID: QLA-BI-09412", 10, 290),
    ]
    result = read(render(tmp_path / "same.pdf", lines))
    assert result.value("learner_name") == "Daniela Ferreira-Costa"
    assert not any(p.field == "learner_name" for p in result.problems)


def test_a_brand_sharing_two_words_with_the_course_is_no_rival_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("SKYWARD CLOUD TRAINING", 22, 60, 70),
        ("Course Completion Certificate", 16, 60, 110),
        ("Participant", 11, 60, 170),
        ("Emeka Obi-Nwosu", 11, 220, 170),
        ("Course", 11, 60, 195),
        ("Architecting Resilient Workloads on Skyward Cloud", 11, 220, 195),
        ("Date:", 11, 60, 220),
        ("February 19, 2025", 11, 220, 220),
        ("Certificate number", 11, 60, 245),
        ("SCT-ARC300-250219-0093", 11, 220, 245),
    ]
    result = read(render_at(tmp_path / "table.pdf", lines))
    assert result.value("course_name") == "Architecting Resilient Workloads on Skyward Cloud"
    assert sure(result, "course_name")
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)


def test_a_cpe_form_s_member_and_activity(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("CPE Credit Certificate", 20, 60, 80),
        ("Member", 11, 60, 140),
        ("Nguyễn Thị Minh Anh", 11, 220, 140),
        ("Member ID", 11, 60, 165),
        ("884213", 11, 220, 165),
        ("Activity", 11, 60, 190),
        ("Cloud Incident Response Fundamentals", 11, 220, 190),
        ("Completed", 11, 60, 215),
        ("2024-11-05", 11, 220, 215),
        ("Certificate #", 11, 60, 240),
        ("ISCC-CPE-24110582", 11, 220, 240),
    ]
    result = read(render_at(tmp_path / "cpe.pdf", lines))
    assert result.value("learner_name") == "Nguyễn Thị Minh Anh"
    assert result.value("course_name") == "Cloud Incident Response Fundamentals"


def test_a_letter_s_title_wraps_onto_the_line_of_its_date(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Date: 28 March 2025", 11, 60),
        ("Confirmation of Course Completion", 16, 100),
        ("This letter confirms that Chiara Bellandi-Moretti successfully completed the", 12, 140),
        ("course Automating Linux Administration with Ansible (RO-294) on 27 March", 12, 156),
        ("2025.", 12, 172),
    ]
    result = read(render(tmp_path / "letter.pdf", lines))
    assert result.value("course_name") == "Automating Linux Administration with Ansible (RO-294)"
    # The letter's own date and the completion's: never one of them as sure.
    assert result.value("end_date") in (None, "2025-03-27")
    assert result.needs_review


def test_credits_in_a_table_s_cell_that_a_banner_contradicts(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("TechCred Alliance", 14, 60, 60),
        ("Earn 12 CEUs", 14, 600, 60),
        ("Continuing Education Activity Certificate", 18, 60, 110),
        ("Participant", 11, 60, 160),
        ("Dmitri Halvorsen", 11, 220, 160),
        ("Activity", 11, 60, 185),
        ("Advanced Wireless Network Security Workshop", 11, 220, 185),
        ("Activity date", 11, 60, 210),
        ("January 16, 2025", 11, 220, 210),
        ("CEUs awarded", 11, 60, 235),
        ("8", 11, 220, 235),
    ]
    result = read(render_at(tmp_path / "ceu.pdf", lines))
    assert any(p.kind == ProblemKind.CONFLICT and "CEU" in p.message for p in result.problems)


def test_a_year_before_a_credit_label_in_its_row_is_no_credit_figure(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 24, 60, 80),
        ("This certifies that", 12, 60, 120),
        ("Lena Hartmann-Okafor", 22, 60, 150),
        ("has successfully completed", 12, 60, 180),
        ("Implementing Secure Routing Services", 18, 60, 210),
        ("Completion Date", 10, 60, 250),
        ("February 2, 2024", 10, 180, 250),
        ("CE Credits", 10, 330, 250),
        ("48", 10, 430, 250),
    ]
    result = read(render_at(tmp_path / "row.pdf", lines))
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)
    assert result.printed_credits is not None and result.printed_credits.value == 48.0
