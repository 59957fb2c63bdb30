"""Values another line or another field claims: the next column's heading beside a label, a
name offered as the course too, a list's heading under "Completed", a headline naming the
course almost as the sentence does, an apposition after the title. Each on a real PDF drawn
in code."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Line, Placed, read, render, render_at, sure

from pipeline.extract.course_checks import course_problem
from pipeline.extract.model import ProblemKind


def test_the_next_column_s_heading_beside_a_label_is_not_its_value(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Anadolu Dijital Akademi", 16, 50, 60),
        ("KATILIM SERTİFİKASI", 26, 250, 95),
        ("EĞİTİM", 8.5, 250, 160),
        ("Siber Güvenlik Temelleri Eğitimi", 19, 250, 188),
        ("KATILIMCI", 8.5, 250, 298),
        ("EĞİTİM TARİHLERİ", 8.5, 540, 298),
        ("Elif Yıldırım Aksoy", 14, 250, 320),
        ("17-19 Şubat 2025", 14, 540, 320),
        ("SERTİFİKA NO", 8.5, 540, 398),
        ("TR-SG-2025-00871", 14, 540, 420),
    ]
    result = read(render_at(tmp_path / "grid.pdf", lines))
    assert result.value("learner_name") == "Elif Yıldırım Aksoy"
    assert result.value("course_name") == "Siber Güvenlik Temelleri Eğitimi"


def test_a_label_s_value_to_its_right_is_still_read(tmp_path: Path) -> None:
    # The same labels as a table: each value beside its label, nothing under them.
    lines: list[Placed] = [
        ("Certificate of Completion", 26, 60, 80),
        ("Student", 12, 60, 150),
        ("Inés García-Montoya", 12, 200, 150),
        ("Course", 12, 60, 180),
        ("Junos Intermediate Routing (JIR)", 12, 200, 180),
        ("Dates", 12, 60, 210),
        ("21 May - 18 Jun 2025", 12, 200, 210),
        ("Certificate ID", 12, 60, 240),
        ("JNE-2506-18OB5", 12, 200, 240),
    ]
    result = read(render_at(tmp_path / "table.pdf", lines))
    assert result.value("learner_name") == "Inés García-Montoya"
    assert result.value("course_name") == "Junos Intermediate Routing (JIR)"


def test_a_name_offered_as_the_course_too_is_the_learner(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Microsoft Learn", 12, 50),
        ("LEARNING PATH COMPLETED", 11, 90),
        ("Annika Rautio", 30, 130),
        ("has completed the learning path", 12, 170),
        ("Configure and manage virtual networks for Azure", 18, 200),
        ("administrators", 18, 222),
        ("Completed on 18 June 2025", 11, 270),
        ("Modules 7 of 7", 11, 290),
        ("Verification code 4K2M-9QXT-77LB", 11, 310),
    ]
    result = read(render(tmp_path / "path.pdf", lines))
    assert result.value("learner_name") == "Annika Rautio"
    assert result.value("course_name") == (
        "Configure and manage virtual networks for Azure administrators"
    )
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)


def test_a_list_s_heading_is_no_course_name() -> None:
    for heading in ("Modules", "Modules 7 of 7", "Courses: 3/3", "Lessons"):
        assert course_problem(heading) is not None, heading
    assert course_problem("Modules of Network Automation") is None


def test_a_headline_naming_the_course_otherwise_is_for_a_person_to_settle(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("BASTION SECURITY INSTITUTE", 13, 50),
        ("BSI 512: Advanced Incident Response", 24, 95),
        ("and Threat Hunting", 24, 125),
        ("CERTIFICATE OF COMPLETION", 11, 165),
        ("This certifies that", 12, 200),
        ("Callum Abernethy-Quispe", 26, 240),
        ("has completed BSI 508: Advanced Incident Response, Threat Hunting and Digital", 12, 275),
        ("Forensics, a six-day hands-on course held August 4 - 9, 2025 in Denver.", 12, 292),
        ("Certificate #: BSI-512-2508-0437", 10, 340),
    ]
    result = read(render(tmp_path / "rival.pdf", lines))
    # The apposition ("a six-day hands-on course") is not the title's.
    assert result.value("course_name") == (
        "BSI 508: Advanced Incident Response, Threat Hunting and Digital Forensics"
    )
    assert not sure(result, "course_name") and result.needs_review
    assert any(p.kind == ProblemKind.CONFLICT and "BSI 512" in p.message for p in result.problems)


def test_a_headline_that_is_the_course_raises_no_doubt(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("BASTION SECURITY INSTITUTE", 13, 50),
        ("Advanced Incident Response and Threat Hunting", 24, 95),
        ("CERTIFICATE OF COMPLETION", 11, 165),
        ("This certifies that", 12, 200),
        ("Callum Abernethy-Quispe", 26, 240),
        ("has completed the course Advanced Incident Response and Threat Hunting", 12, 275),
        ("held August 4 - 9, 2025 in Denver.", 12, 292),
        ("Certificate #: BSI-512-2508-0437", 10, 340),
    ]
    result = read(render(tmp_path / "same.pdf", lines))
    assert result.value("course_name") == "Advanced Incident Response and Threat Hunting"
    assert sure(result, "course_name") and not result.needs_review


def test_a_bilingual_page_s_title_wraps_in_each_column(tmp_path: Path) -> None:
    left, right = 50.0, 440.0
    rows = [
        ("Attestation de réussite", "Certificate of Achievement", 22, 80),
        ("Nous attestons que", "This is to certify that", 12, 130),
        ("Émilie Tremblay-Nakamura", "Émilie Tremblay-Nakamura", 20, 165),
        ("a réussi la formation", "has successfully completed the course", 12, 200),
        ("Kubernetes Security Essentials", "Kubernetes Security Essentials", 18, 230),
        ("(KSE-201)", "(KSE-201)", 18, 252),
        ("le 5 juin 2025.", "on June 5, 2025.", 12, 285),
    ]
    lines: list[Placed] = [(fr, size, left, y) for fr, _, size, y in rows]
    lines += [(en, size, right, y) for _, en, size, y in rows]
    lines.append(("N° de certificat / Certificate No.: QC-KSE-25-1187", 10, left, 340))
    result = read(render_at(tmp_path / "bilingual.pdf", lines))
    assert result.value("course_name") == "Kubernetes Security Essentials (KSE-201)"
    assert result.value("learner_name") == "Émilie Tremblay-Nakamura"


def test_a_labelled_end_date_the_course_s_range_contradicts_is_flagged(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Attestato di frequenza", 24, 80),
        ("Si attesta che", 12, 120),
        ("Giulia Bernardini", 20, 150),
        ("ha frequentato il corso", 12, 180),
        ("Sicurezza delle applicazioni web", 18, 210),
        ("svoltosi dal 7 al 9 ottobre 2025 in modalità mista.", 12, 240),
        ("Data inizio: 07/10/2025", 11, 280),
        ("Data fine: 10/10/2025", 11, 300),
        ("Durata: 24 ore", 11, 320),
        ("Codice attestato: ATT-2025-10-0098", 11, 340),
        ("Il Direttore", 11, 380),
        ("Verona, 14 ottobre 2025", 11, 400),
    ]
    result = read(render(tmp_path / "it.pdf", lines))
    assert result.value("start_date") == "2025-10-07"
    assert not sure(result, "end_date") and result.needs_review
    conflict = [p for p in result.problems if p.kind == ProblemKind.CONFLICT]
    assert conflict and "7 al 9 ottobre 2025" in conflict[0].message


def test_labelled_dates_the_range_agrees_with_raise_no_doubt(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Attestato di frequenza", 24, 80),
        ("Si attesta che", 12, 120),
        ("Giulia Bernardini", 20, 150),
        ("ha frequentato il corso", 12, 180),
        ("Sicurezza delle applicazioni web", 18, 210),
        ("svoltosi dal 7 al 9 ottobre 2025 in modalità mista.", 12, 240),
        ("Data inizio: 07/10/2025", 11, 280),
        ("Data fine: 09/10/2025", 11, 300),
        ("Durata: 24 ore", 11, 320),
        ("Codice attestato: ATT-2025-10-0098", 11, 340),
        ("Il Direttore", 11, 380),
        ("Verona, 14 ottobre 2025", 11, 400),
    ]
    result = read(render(tmp_path / "it.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-10-07", "2025-10-09")
    assert sure(result, "end_date") and not result.needs_review


def test_a_later_course_s_range_does_not_contradict_the_completion(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificaat", 26, 80),
        ("Hierbij verklaren wij dat", 12, 120),
        ("Sanne van den Berg-Dijkstra", 20, 150),
        ("de training", 12, 180),
        ("Netwerkbeheer met Cisco IOS XE", 18, 210),
        ("met goed gevolg heeft afgerond op 3 maart 2024.", 12, 240),
        ("Certificaatnummer: NL-CT-240303-118", 11, 270),
        ("De vervolgtraining loopt van 15 tot en met 17 april 2024 in Nijmegen.", 10, 330),
    ]
    result = read(render(tmp_path / "nl.pdf", lines))
    assert result.value("end_date") == "2024-03-03" and sure(result, "end_date")
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)
