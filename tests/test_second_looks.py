"""Values that read cleanly yet need a person's second look — a stamp printed over a date, a
labelled date the sentence contradicts, a programme and one of its modules, a badge ID as
the only identifier — and values that are simply there to read: a long title over four
lines, a sentence's own "course (course version 3.0)", credentials after a name, forms of
address, Czech labels. Each on a real PDF drawn in code."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from test_reading_rules import FONT, Line, read, render, sure

from pipeline.extract.checks import clean_name
from pipeline.extract.course_checks import clean_course
from pipeline.extract.model import ProblemKind


def test_a_stamp_printed_over_the_date_makes_it_unsure(tmp_path: Path) -> None:
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    for text, size, y in [
        ("Certificate of Completion", 26, 90),
        ("This is to certify that", 12, 140),
        ("Gabriela Sandoval", 22, 175),
        ("has successfully completed", 12, 210),
        ("Introduction to Cloud Cost Management", 20, 245),
        ("Certificate No. LCEC-0314-2291", 9, 330),
    ]:
        pdf.set_font("dejavu", size=size)
        pdf.text(60, y, text)
    pdf.set_font("dejavu", size=12)
    pdf.text(60, 290, "Date of completion: 14 March 2025")
    pdf.set_text_color(200, 30, 30)
    pdf.set_font("dejavu", size=18)
    with pdf.rotation(8, 190, 292):
        pdf.text(165, 296, "AMENDED 21.03.2025")
    path = tmp_path / "stamped.pdf"
    pdf.output(str(path))

    result = read(path)
    assert result.value("end_date") == "2025-03-14"
    assert not sure(result, "end_date") and result.needs_review
    assert any("printed over" in p.message for p in result.problems if p.field == "end_date")
    # The rest of the certificate is untouched by the stamp.
    assert sure(result, "course_name") and sure(result, "validation_code")
    assert result.missing == ("start_date",)


def test_text_in_a_row_is_no_overprint(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 26, 90),
        ("This is to certify that", 12, 140),
        ("Gabriela Sandoval", 22, 175),
        ("has successfully completed", 12, 210),
        ("Introduction to Cloud Cost Management", 20, 245),
        ("Date of completion: 14 March 2025", 11, 290),
        ("Certificate No. LCEC-0314-2291", 11, 330),
    ]
    result = read(render(tmp_path / "plain.pdf", lines))
    assert result.value("end_date") == "2025-03-14" and sure(result, "end_date")
    assert not result.needs_review


def test_a_labelled_date_the_sentence_contradicts_is_flagged(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate No. HIT-PE-25-1187      Date of completion: 2025-04-09", 10, 50),
        ("Certificate of Achievement", 26, 110),
        ("This is to certify that Benedikt Aschenbrenner has successfully completed the", 12, 170),
        ("course Secure Coding Practices for Web Developers on 9 May 2025.", 12, 188),
    ]
    result = read(render(tmp_path / "two-dates.pdf", lines))
    assert result.value("end_date") == "2025-04-09"  # the labelled one, offered unsure
    assert not sure(result, "end_date") and result.needs_review
    conflict = [p for p in result.problems if p.kind == ProblemKind.CONFLICT]
    assert conflict and "9 May 2025" in conflict[0].message
    # One date each: the start is not printed, not "not found".
    assert result.missing == ("start_date",)


def test_a_sentence_agreeing_with_the_labelled_date_raises_no_doubt(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate No. HIT-PE-25-1187      Date of completion: 2025-05-09", 10, 50),
        ("Certificate of Achievement", 26, 110),
        ("This is to certify that Benedikt Aschenbrenner has successfully completed the", 12, 170),
        ("course Secure Coding Practices for Web Developers on 9 May 2025.", 12, 188),
    ]
    result = read(render(tmp_path / "agree.pdf", lines))
    assert result.value("end_date") == "2025-05-09" and sure(result, "end_date")


def test_a_programme_and_its_module_on_two_lines_is_for_a_person_to_settle(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("MERIDIAN CLOUD ACADEMY", 14, 60),
        ("Certificate of Completion", 26, 110),
        ("Noor Haddad", 24, 170),
        ("has completed", 12, 205),
        ("Cloud Security Professional Program", 20, 245),
        ("Module 3 — Identity and Access Management", 20, 272),
        ("Completed 18 Jul 2025", 12, 320),
        ("Credential ID: MCA-CSP-M3-30912", 11, 350),
    ]
    result = read(render(tmp_path / "module.pdf", lines))
    assert result.value("course_name") is not None
    assert not sure(result, "course_name") and result.needs_review


def test_a_title_over_four_lines_is_read_whole(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 28, 80),
        ("Awarded to", 12, 120),
        ("Jonas Eklund", 24, 155),
        ("for successfully completing", 12, 190),
        ("Agile Project Management: Sprint", 24, 225),
        ("Planning, Estimation and", 24, 255),
        ("Retrospectives for Distributed", 24, 285),
        ("Teams", 24, 315),
        ("Completed: Thursday, 19 June 2025", 11, 355),
        ("Certificate ID: SKS-9F2C-41D7-B0E3", 10, 385),
    ]
    result = read(render(tmp_path / "four.pdf", lines))
    assert result.value("course_name") == (
        "Agile Project Management: Sprint Planning, Estimation and Retrospectives for "
        "Distributed Teams"
    )
    assert sure(result, "course_name")


def _badge_certificate(tmp_path: Path, extra: list[Line]) -> Path:
    lines: list[Line] = [
        ("Certificate of Completion", 28, 80),
        ("This certifies that", 12, 120),
        ("Jonas Eklund", 24, 155),
        ("has successfully completed", 12, 190),
        ("Kubernetes Operations Fundamentals", 22, 225),
        ("Completed: 19 June 2025", 11, 270),
        ("Badge ID: 8812-4471", 10, 300),
        *extra,
    ]
    return render(tmp_path / "badge.pdf", lines)


def test_a_badge_id_as_the_only_identifier_is_offered_unsure(tmp_path: Path) -> None:
    result = read(_badge_certificate(tmp_path, []))
    assert result.value("validation_code") == "8812-4471"
    assert not sure(result, "validation_code") and result.needs_review


def test_a_badge_id_beside_the_certificate_s_code_is_not_the_code(tmp_path: Path) -> None:
    result = read(_badge_certificate(tmp_path, [("Certificate ID: KOF-2025-0619", 10, 330)]))
    assert result.value("validation_code") == "KOF-2025-0619"
    assert sure(result, "validation_code")


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("the Networking Essentials course (course version 3.0)", "Networking Essentials"),
        ("Implementing Cisco SD-WAN (ENSDWI) v3.0", "Implementing Cisco SD-WAN (ENSDWI) v3.0"),
        ("Python Crash Course (Second Edition)", "Python Crash Course (Second Edition)"),
    ],
)
def test_a_sentence_s_course_word_and_its_aside_are_not_the_title(raw: str, title: str) -> None:
    assert clean_course(raw) == title


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Yusuf Demirci, CISA", "Yusuf Demirci"),
        ("Jane Doe, CISSP, PMP", "Jane Doe"),
        ("Ana Li, PhD", "Ana Li"),
        ("SMITH, JOHN", "SMITH, JOHN"),  # a surname and a first name, no credential
    ],
)
def test_credentials_after_a_name_are_not_part_of_it(raw: str, name: str) -> None:
    assert clean_name(raw) == name


def test_a_form_of_address_opens_the_learner_s_name(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Bilge Teknoloji Akademisi", 14, 60),
        ("Başarı Sertifikası", 26, 110),
        ("Sayın Elif Yıldırım, 10-14 Şubat 2025 tarihleri arasında düzenlenen", 13, 170),
        ("«Siber Güvenlik Temelleri» eğitimini başarıyla tamamlamıştır.", 13, 192),
        ("Sertifika No: TR-SG-2025-0457", 11, 260),
    ]
    result = read(render(tmp_path / "tr.pdf", lines))
    assert result.value("learner_name") == "Elif Yıldırım"
    assert result.value("course_name") == "Siber Güvenlik Temelleri"
    assert (result.value("start_date"), result.value("end_date")) == ("2025-02-10", "2025-02-14")
    assert not result.needs_review


def test_a_czech_certificate_s_labels_are_read(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("VZDĚLÁVACÍ CENTRUM BRNO", 14, 60),
        ("OSVĚDČENÍ", 28, 110),
        ("o absolvování kurzu", 14, 140),
        ("Jméno a příjmení:  Ing. Petra Dvořáková", 12, 200),
        ("Název kurzu:  Bezpečnost počítačových sítí", 12, 225),
        ("Termín konání:  7. – 9. října 2024", 12, 250),
        ("Číslo osvědčení:  2024/OS/0412", 12, 275),
    ]
    result = read(render(tmp_path / "cs.pdf", lines))
    assert result.value("learner_name") == "Petra Dvořáková"
    assert result.value("course_name") == "Bezpečnost počítačových sítí"
    assert result.value("validation_code") == "2024/OS/0412" and sure(result, "validation_code")
    assert (result.value("start_date"), result.value("end_date")) == ("2024-10-07", "2024-10-09")
    assert not any(p.kind == ProblemKind.NOT_CERTIFICATE for p in result.problems)


def test_a_letter_s_quoted_programme_its_wrapped_range_and_its_addressee(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Harrowgate University", 16, 60),
        ("May 2, 2025", 11, 100),
        ("Ms Rafaela Cunha-Moretti", 11, 130),
        ("Dear Ms Cunha-Moretti,", 11, 170),
        ("this letter confirms that you have successfully completed the professional", 11, 195),
        ('programme "Network Automation with Python and Ansible", which ran from the', 11, 211),
        ("3rd of March 2025 to the 25th of April 2025 in a blended format.", 11, 227),
        ("With warm congratulations,", 11, 280),
        ("Prof. Alasdair Penhallow", 11, 300),
        ("Certificate No. SCS-PC-25-0442", 9, 340),
    ]
    result = read(render(tmp_path / "letter.pdf", lines))
    assert result.value("course_name") == "Network Automation with Python and Ansible"
    assert (result.value("start_date"), result.value("end_date")) == ("2025-03-03", "2025-04-25")
    # Greeted by surname: the full name is the address block's; the closing's signer is not.
    assert result.value("learner_name") == "Rafaela Cunha-Moretti"
    assert not result.needs_review


def test_what_starts_next_is_not_the_course_s_date(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Congratulations!", 30, 80),
        ("Amara Nwosu-Fontaine", 22, 130),
        ("you completed", 12, 165),
        ("Python Essentials for Network Engineers", 18, 195),
        ("on the 3rd of March 2024", 12, 225),
        ("Credential ID: LL-93F2-0A71", 11, 260),
        ("Up next: Advanced Python — starts on the 15th of April 2024", 10, 320),
    ]
    result = read(render(tmp_path / "next.pdf", lines))
    assert result.value("end_date") == "2024-03-03"
    assert result.value("start_date") is None


def test_an_issue_date_and_its_expiry_three_years_on_give_the_issue_date(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 26, 80),
        ("Kofi Mensah-Larsen", 22, 130),
        ("has successfully completed", 12, 165),
        ("Cloud Security Practitioner Level II", 18, 195),
        ("Issued on: June 28, 2024", 11, 240),
        ("Credential ID: HCI-CSP2-0K4M7Q", 11, 270),
        ("verify.halcyoncloud.io/verify/0K4M7Q", 10, 300),
        ("June 28, 2027", 11, 340),  # its label ("Expires") drawn as a picture
    ]
    result = read(render(tmp_path / "expiry.pdf", lines))
    assert result.value("end_date") == "2024-06-28"
    # The address's code is the labelled code's last part: one code, not a conflict.
    assert result.value("validation_code") == "HCI-CSP2-0K4M7Q"
    assert not any(p.kind == ProblemKind.CONFLICT for p in result.problems)


def test_a_template_s_unfilled_field_is_never_a_value(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Completion", 26, 80),
        ("This certifies that", 12, 120),
        ("Ana Lima", 22, 155),
        ("has successfully completed", 12, 190),
        ("{{course.title}}", 20, 225),
        ("Completed on 12 May 2025", 11, 265),
        ("Certificate ID: QX-2025-0512", 10, 295),
    ]
    result = read(render(tmp_path / "template.pdf", lines))
    assert result.value("course_name") is None and result.needs_review
    assert any("unfilled" in p.message for p in result.problems)


def test_a_title_above_course_completed_on_stops_at_the_greeting(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("CERTIFICATE OF COMPLETION", 10, 60),
        ("Congratulations, Yusuf Demirel-Strand", 26, 110),
        ("Cisco CCNP Security (350-701 SCOR)", 24, 150),
        ("Cert Prep: 4 Secure Network Access", 24, 180),
        ("Course completed on Apr 8, 2025", 11, 215),
        ("Certificate ID: AbXk7P2qLmZr9TfW4hNc0sVyE5", 9, 300),
    ]
    result = read(render(tmp_path / "greeting.pdf", lines))
    assert result.value("course_name") == (
        "Cisco CCNP Security (350-701 SCOR) Cert Prep: 4 Secure Network Access"
    )
    assert result.value("learner_name") == "Yusuf Demirel-Strand"


@pytest.mark.parametrize(
    ("wording", "course", "code"),
    [
        (
            [
                "ATTESTATION DE FIN DE FORMATION",
                "Mme Élodie Marchetti-Sow a suivi la formation « Pare-feu Palo Alto »",
                "du 3 au 7 février 2025.",
                "ATTESTATION N° ARS-2025-00417",
            ],
            "Pare-feu Palo Alto",
            "ARS-2025-00417",
        ),
        (
            [
                "Certificado de Conclusão do Curso",
                "Rafaela Nogueira Bastos",
                "obteve a credencial pela conclusão do curso Introdução à Cibersegurança,",
                "ministrado pelo instrutor abaixo assinado. Data: 15/04/2025",
            ],
            "Introdução à Cibersegurança",
            None,
        ),
        (
            [
                "KURSINTYG",
                "Härmed intygas att Linnéa Åkesson Björk",
                "har genomgått kursen Automatisering av nätverk med Ansible",
                "under perioden 2025-05-06 – 2025-05-08.",
            ],
            "Automatisering av nätverk med Ansible",
            None,
        ),
    ],
)
def test_french_portuguese_and_swedish_wording(
    wording: list[str], course: str, code: str | None, tmp_path: Path
) -> None:
    lines: list[Line] = [
        (text, 22 if i == 0 else 12, 80 + 30 * i) for i, text in enumerate(wording)
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert result.value("course_name") == course
    assert result.value("validation_code") == code


def test_a_range_broken_after_its_dash_in_a_letter_s_first_lines_is_read(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Blue Harbor Security Summit", 16, 60),
        ("July 1, 2024", 10.5, 95),
        ("Dear Farah Al-Khatib,", 10.5, 135),
        ("This letter confirms that you attended Blue Harbor Security Summit 2024, held June 12 -",
         10.5, 170),
        ("June 16, 2024 at the Harborview Convention Center in Baltimore, MD. Attendance at the",
         10.5, 188),
        ("full program is RECOMMENDED FOR 40 CPE CREDITS.", 10.5, 206),
        ("CPE Certificate No. BHSS-CPE-24-3381", 9.7, 240),
    ]
    result = read(render(tmp_path / "letter.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2024-06-12", "2024-06-16")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("los días 12 y 13 de septiembre de 2024 en Valencia", "2024-09-12", "2024-09-13"),
        ("held on 3 and 4 March 2025 in Leeds", "2025-03-03", "2025-03-04"),
    ],
)
def test_two_days_joined_by_and_are_the_course_s_first_and_last(
    text: str, first: str, last: str
) -> None:
    from pipeline.extract.dates import find_dates

    (mention,) = find_dates(text)
    assert (str(mention.start), str(mention.end)) == (first, last)


def test_an_italian_attendance_names_its_course_after_ha_partecipato_al_corso(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("ATTESTATO DI PARTECIPAZIONE", 22, 70),
        ("Si attesta che Giulia Marchetti-Bellandi", 12, 120),
        ("Ha partecipato al corso Sicurezza Informatica per le PMI", 12, 145),
        ("Svoltosi dal 21 al 23 ottobre 2024", 12, 170),
        ("Codice attestato ATT-2024-10-0552", 11, 200),
    ]
    result = read(render(tmp_path / "it.pdf", lines))
    assert result.value("course_name") == "Sicurezza Informatica per le PMI"


@pytest.mark.parametrize(
    ("wording", "course"),
    [
        (
            [
                "С Е Р Т И Ф І К А Т",
                "засвідчує, що",
                "Коваленко Олена Миколаївна",
                "успішно пройшла курс підвищення кваліфікації",
                "«Управління IT-проєктами за методологією Scrum»",
                "Реєстраційний номер DC-2024-0338   Дата видачі 30.09.2024",
            ],
            "Управління IT-проєктами за методологією Scrum",
        ),
        (
            [
                "CONSTANCIA DE PARTICIPACIÓN",
                "Se otorga la presente constancia a",
                "María José Villanueva Ortega",
                "por su participación en el taller",
                "Diseño de Experiencias de Usuario Accesibles",
                "celebrado el 13 de septiembre de 2024.   Código de verificación: CV-24-0193",
            ],
            "Diseño de Experiencias de Usuario Accesibles",
        ),
    ],
)
def test_ukrainian_and_spanish_certificates_are_certificates(
    wording: list[str], course: str, tmp_path: Path
) -> None:
    lines: list[Line] = [
        (text, 22 if i == 0 else 12, 80 + 30 * i) for i, text in enumerate(wording)
    ]
    result = read(render(tmp_path / "c.pdf", lines))
    assert not any(p.kind == ProblemKind.NOT_CERTIFICATE for p in result.problems)
    assert result.value("course_name") == course and sure(result, "course_name")


def test_a_sentence_ending_in_its_own_words_has_the_title_on_the_next_line(
    tmp_path: Path,
) -> None:
    lines: list[Line] = [
        ("Certificate of Participation", 26, 80),
        ("awarded to", 12, 120),
        ("Ravi Chandrasekhar", 22, 150),
        ("for attending the full-day tutorial", 14, 185),
        ("Zero Trust Network Access in Practice", 16, 210),
        ("on Wednesday, October 2, 2024", 12, 240),
    ]
    result = read(render(tmp_path / "tutorial.pdf", lines))
    assert result.value("course_name") == "Zero Trust Network Access in Practice"
    assert sure(result, "course_name")


def test_a_ukrainian_certificate_s_number_label_is_read(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("СЕРТИФІКАТ", 28, 80),
        ("засвідчує, що", 12, 120),
        ("Олена Ковальчук", 22, 155),
        ("успішно пройшла курс", 12, 190),
        ("«Адміністрування мереж на базі Linux»", 18, 222),
        ("з 3 по 14 березня 2025 року", 12, 255),
        ("№ сертифіката: UA-NET-25-0457", 11, 300),
    ]
    result = read(render(tmp_path / "uk.pdf", lines))
    assert result.value("validation_code") == "UA-NET-25-0457" and sure(result, "validation_code")


def test_a_surname_ending_in_sa_is_no_company(tmp_path: Path) -> None:
    lines: list[Line] = [
        ("Certificate of Attendance", 26, 80),
        ("This certificate is presented to", 12, 120),
        ("Ms Marguerite Okonkwo-Sá, CISA, CISM", 20, 155),
        ("for attending the", 12, 190),
        ("ISACA Lisbon Chapter Annual Conference 2025", 18, 222),
        ("held in Lisbon, 23–25 September 2025", 12, 255),
        ("Certificate ID: ISACA-LIS-25-0917", 11, 300),
    ]
    result = read(render(tmp_path / "sa.pdf", lines))
    assert result.value("learner_name") == "Marguerite Okonkwo-Sá"
    assert clean_name("Ms Marguerite Okonkwo-Sá, CISA") == "Marguerite Okonkwo-Sá"
