"""What blind set 16 taught, each as a rule on a page drawn in code: a value past the page's
edge, two credit figures, a form of address before a name, a name or a quoted title running
onto the next line, Romanian and Czech wording, an assessment's date beside the course's, a
label set between a value's two lines."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Line, Placed, read, render, render_at, sure

from pipeline.extract.model import ProblemKind


def test_a_code_running_past_the_page_s_edge_is_unsure(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 30, 60, 120),
        ("Mirela Stanković", 24, 60, 180),
        ("completed the hands-on workshop", 12, 60, 220),
        ("Cloud Cost Optimisation Workshop", 20, 60, 260),
        ("Completed on 18 July 2025", 12, 60, 300),
        ("Certificate ID: QL-2025-CCO-00418-B7", 13, 700, 560),
    ]
    result = read(render_at(tmp_path / "edge.pdf", lines))
    assert result.value("validation_code") == "QL-2025-CCO-00418-B7"
    assert not sure(result, "validation_code")
    assert any(p.field == "validation_code" and "edge" in p.message for p in result.problems)


def test_a_code_inside_the_page_raises_no_edge_doubt(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 30, 60, 120),
        ("Mirela Stanković", 24, 60, 180),
        ("completed the hands-on workshop", 12, 60, 220),
        ("Cloud Cost Optimisation Workshop", 20, 60, 260),
        ("Completed on 18 July 2025", 12, 60, 300),
        ("Certificate ID: QL-2025-CCO-00418-B7", 13, 500, 560),
    ]
    result = read(render_at(tmp_path / "inside.pdf", lines))
    assert sure(result, "validation_code")
    assert not any(p.field == "validation_code" for p in result.problems)


def test_two_different_credit_figures_are_for_a_person_to_settle(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 28, 80),
        ("This is to certify that", 12, 120),
        ("Rafael Domínguez Soto", 22, 150),
        ("has completed the course", 12, 180),
        ("Incident Response Essentials", 18, 210),
        ("Date of completion: 21 January 2025", 12, 250),
        ("Continuing education units: 1.6 CEUs", 12, 270),
        ("This program has been approved for 2.0 CEUs (20 contact hours).", 9, 320),
        ("Certificate ID: NST-IR-0093", 9, 340),
    ]
    result = read(render(tmp_path / "ceu.pdf", lines))
    assert result.needs_review
    assert any(p.kind == ProblemKind.CONFLICT and "CEU" in p.message for p in result.problems)


def test_one_credit_figure_and_its_hours_raise_no_doubt(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 28, 80),
        ("This is to certify that", 12, 120),
        ("Rafael Domínguez Soto", 22, 150),
        ("has completed the course", 12, 180),
        ("Incident Response Essentials", 18, 210),
        ("Date of completion: 21 January 2025", 12, 250),
        ("This program has been approved for 2.0 CEUs (20 contact hours).", 9, 320),
        ("Certificate ID: NST-IR-0093", 9, 340),
    ]
    result = read(render(tmp_path / "ceu.pdf", lines))
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)
    assert not result.needs_review


def test_a_name_after_a_form_of_address_runs_onto_the_next_line(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("ATTESTATION DE FORMATION", 20, 70),
        ("N° d'attestation : AF-2025-0214-09", 11, 100),
        ("Nous soussignés, Cyberforma SAS, attestons que Mme Élodie", 12, 140),
        ("Marchand-Bérard a suivi la formation « Sécurité des réseaux industriels", 12, 156),
        ("(ICS/SCADA) » du 10 au 14 février 2025, d'une durée de 35 heures.", 12, 172),
    ]
    result = read(render(tmp_path / "attestation.pdf", lines))
    assert result.value("learner_name") == "Élodie Marchand-Bérard"
    assert result.value("course_name") == "Sécurité des réseaux industriels (ICS/SCADA)"


def test_a_form_of_address_is_no_part_of_the_name(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("ATTESTATO DI PARTECIPAZIONE", 20, 70),
        ("Si attesta che la Sig.ra Chiara Dell'Acqua ha partecipato con profitto al", 12, 120),
        ("corso “Fondamenti di Cybersecurity per le PMI: rischi, normative e buone", 12, 136),
        ("pratiche” tenutosi in data 15 aprile 2025 presso la nostra sede.", 12, 152),
        ("Codice attestato: ATT-25-1190", 11, 200),
    ]
    result = read(render(tmp_path / "attestato.pdf", lines))
    assert result.value("learner_name") == "Chiara Dell'Acqua"
    assert result.value("course_name") == (
        "Fondamenti di Cybersecurity per le PMI: rischi, normative e buone pratiche"
    )
    assert not sure(result, "course_name")  # a quote alone may be another course's


def test_a_quoted_course_a_letter_invites_to_is_no_sure_course(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificaat", 24, 70),
        ("Hierbij verklaren wij dat", 12, 110),
        ("Sanne de Wit", 20, 140),
        ("de training", 12, 170),
        ("Netwerkbeheer met Cisco IOS XE", 18, 200),
        ("met goed gevolg heeft afgerond op 3 maart 2024.", 12, 230),
        ("Beste Sanne, graag nodigen we je uit voor de training “Netwerkbeveiliging”,", 10, 300),
        ("die plaatsvindt van 15 tot en met 17 april 2024.", 10, 316),
    ]
    result = read(render(tmp_path / "letter.pdf", lines))
    assert result.value("course_name") != "Netwerkbeveiliging" or not sure(result, "course_name")
    assert result.needs_review


def test_a_quoted_title_after_a_course_noun_and_a_name_after_frau(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Teilnahmebescheinigung", 20, 70),
        ("Frau Jana Lüdenscheidt-Maaß hat vom 3.-7. März 2025 an", 12, 120),
        ("dem Seminar „IT-Service-Management nach ITIL 4", 12, 136),
        ("(Foundation)“ teilgenommen.", 12, 152),
        ("Zertifikats-Nr.: TB-2025/0351", 11, 200),
    ]
    result = read(render(tmp_path / "teilnahme.pdf", lines))
    assert result.value("learner_name") == "Jana Lüdenscheidt-Maaß"
    assert result.value("course_name") == "IT-Service-Management nach ITIL 4 (Foundation)"
    assert (result.value("start_date"), result.value("end_date")) == ("2025-03-03", "2025-03-07")


def test_romanian_and_czech_wording(tmp_path: Path) -> None:
    romanian: list[Line] = [
        ("CERTIFICAT DE ABSOLVIRE", 22, 70),
        ("Se certifică faptul că", 12, 110),
        ("Ioana-Maria Dumitrescu", 20, 140),
        ("a absolvit cursul", 12, 170),
        ("Administrarea rețelelor Linux", 18, 200),
        ("desfăşurat în perioada 17–21 martie 2025, cu o durată de 40 ore.", 12, 230),
        ("Cod certificat: RO-LX-004519", 11, 270),
    ]
    result = read(render(tmp_path / "ro.pdf", romanian))
    assert result.value("learner_name") == "Ioana-Maria Dumitrescu"
    assert result.value("course_name") == "Administrarea rețelelor Linux"
    assert (result.value("start_date"), result.value("end_date")) == ("2025-03-17", "2025-03-21")
    assert result.value("validation_code") == "RO-LX-004519"
    czech: list[Line] = [
        ("OSVĚDČENÍ", 22, 70),
        ("Petra Nováková-Hrubá", 20, 120),
        ("úspěšně absolvovala kurz", 12, 150),
        ("Správa sítí Cisco", 18, 180),
        ("konaný dne 5. června 2025 v Praze.", 12, 210),
        ("Číslo osvědčení: CZ-NET-2025-044", 11, 250),
        ("V Praze dne 6. června 2025", 11, 280),
    ]
    result = read(render(tmp_path / "cz.pdf", czech))
    assert result.value("course_name") == "Správa sítí Cisco"
    assert result.value("end_date") == "2025-06-05"
    assert sure(result, "end_date")


def test_an_assessment_s_date_yields_to_the_course_s_completion(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Course Completion Record", 17, 60, 130),
        ("Official record of a completed course with a passed final assessment.", 10, 60, 160),
        ("Learner", 10, 70, 200),
        ("Mateo Quiroga Lindholm", 10, 290, 200),
        ("Leading Agile Teams: Coaching for High", 10, 290, 227),
        ("Course title", 10, 70, 233),
        ("Performance", 10, 290, 239),
        ("Course start date", 10, 70, 266),
        ("January 6, 2025", 10, 290, 266),
        ("Final assessment passed", 10, 70, 293),
        ("January 23, 2025", 10, 290, 293),
        ("Course completion date", 10, 70, 320),
        ("January 24, 2025", 10, 290, 320),
        ("Certificate number", 10, 70, 347),
        ("SKP-20250125-99B2D", 10, 290, 347),
    ]
    result = read(render_at(tmp_path / "transcript.pdf", lines))
    assert result.value("end_date") == "2025-01-24"
    assert sure(result, "end_date")
    assert result.value("course_name") == "Leading Agile Teams: Coaching for High Performance"
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)


def test_an_attendance_sentence_is_no_date_caption(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Attendance", 26, 90),
        ("This is to confirm that", 12, 130),
        ("Valentina Moreau-Castell", 22, 160),
        ("attended the Cisco Live Technical Seminar", 12, 190),
        ("TECSEC-2421: Zero Trust Segmentation with Cisco Secure Workload", 16, 220),
        ("Sunday, February 9, 2025", 12, 250),
        ("Certificate ID: CLEU25-TS-0093422", 10, 300),
    ]
    result = read(render(tmp_path / "seminar.pdf", lines))
    assert result.value("end_date") == "2025-02-09"
    assert sure(result, "end_date")
