"""Extraction rules on text alone (no PDF): labels, layouts, sentences, decoys, flags."""

from __future__ import annotations

from datetime import date

import pytest
from text_document import document_from_text

from pipeline.extract.engine import extract_document
from pipeline.extract.model import REVIEW_BELOW, Extraction
from pipeline.extract.profiles import load_profiles
from pipeline.text import names_match

PROFILES = load_profiles(None)
TODAY = date(2026, 11, 25)


def read(text: str, *, file_name: str = "certificate.pdf", owner: str | None = None) -> Extraction:
    doc = document_from_text(text, file_name=file_name)
    return extract_document(
        doc, file=file_name, sha256="0" * 64, profiles=PROFILES, owner_name=owner, today=TODAY
    )


def values(result: Extraction) -> dict[str, str | None]:
    return {
        name: result.value(name)
        for name in ("course_name", "start_date", "end_date", "validation_code", "learner_name")
    }


def test_sentence_layout_with_labelled_fields() -> None:
    result = read(
        "CERTIFICATE OF COMPLETION\n"
        "This is to certify that\n"
        "Maria Fernanda López\n"
        "has successfully completed the course\n"
        "Understanding Cisco Cybersecurity Operations Fundamentals\n"
        "Start Date: 2024-03-04\tEnd Date: 2024-03-08\n"
        "Certificate No.: CBR-0042-7781"
    )
    assert values(result) == {
        "course_name": "Understanding Cisco Cybersecurity Operations Fundamentals",
        "start_date": "2024-03-04",
        "end_date": "2024-03-08",
        "validation_code": "CBR-0042-7781",
        "learner_name": "Maria Fernanda López",
    }
    assert not result.needs_review, result.problems


def test_value_above_its_label_old_style() -> None:
    result = read(
        "Certificate of Achievement\n"
        "awarded for completing the course Routing Essentials\n"
        "Ahmed Karimi\tMarch 3, 2022\n"
        "Student\tDate\n"
        "Serial No. RT-88123-B"
    )
    assert result.value("learner_name") == "Ahmed Karimi"
    assert result.value("end_date") == "2022-03-03"
    assert result.value("start_date") is None
    assert result.missing == ("start_date",)  # one date, not a one-day event: not printed
    assert {p.field for p in result.problems} <= {"learner_name"}  # nothing else to check


def test_range_gives_both_dates_and_decoys_are_not_the_code() -> None:
    result = read(
        "Certificate of Attendance\n"
        "This certifies that Lena Schmidt has attended\n"
        "Implementing Cisco SD-WAN Solutions\n"
        "Dates: June 12 - June 16, 2023\n"
        "Instructor ID: INS-55120\tCourse code: ENSDWI 300-415\n"
        "Candidate ID: CSCO12345678\n"
        "Certificate #: 5F3K-92LM-QQ81"
    )
    assert result.value("start_date") == "2023-06-12"
    assert result.value("end_date") == "2023-06-16"
    assert result.value("validation_code") == "5F3K-92LM-QQ81"
    assert result.value("course_name") == "Implementing Cisco SD-WAN Solutions"


def test_only_decoys_means_no_code() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Lena Schmidt has completed\n"
        "Cisco SD-WAN Fundamentals\nCompletion date: 2023-06-16\n"
        "Instructor ID: INS-55120\nCourse code: ENSDWI 300-415\nCisco ID: CSCO12345678"
    )
    assert result.value("validation_code") is None
    assert "validation_code" in result.missing  # nothing on the page is labelled as the code
    assert not any(p.field == "validation_code" for p in result.problems)


def test_code_from_verification_url_and_unlabelled_date_on_coursera() -> None:
    result = read(
        "Jan 5, 2024\nPriya Natarajan\nhas successfully completed\nNetworking Basics\n"
        "an online non-credit course authorized by a university and offered through Coursera\n"
        "Verify at https://coursera.org/verify/7XK2MPQ9RT4B\n"
        "Coursera has confirmed the identity of this individual"
    )
    assert result.value("validation_code") == "7XK2MPQ9RT4B"
    assert result.value("learner_name") == "Priya Natarajan"
    assert result.value("course_name") == "Networking Basics"
    assert result.value("end_date") == "2024-01-05"
    assert result.value("issuer") == "Coursera"


def test_printed_and_valid_until_dates_are_not_course_dates() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Tom Baker has successfully completed\n"
        "Cisco Data Center Essentials\nPrinted on: 2024-08-01\nValid until: 2027-08-01\n"
        "Completion Date: 2024-07-30\nIssued on: 2024-07-31\nCertificate ID: DC-77120"
    )
    assert result.value("end_date") == "2024-07-30"


def test_an_only_issue_date_is_the_completion_date() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Tom Baker has successfully completed\n"
        "Cisco Data Center Essentials\nIssued on: 2024-07-31\nCertificate ID: DC-77120"
    )
    assert result.value("end_date") == "2024-07-31"
    assert result.fields["end_date"].confidence >= REVIEW_BELOW
    assert not result.needs_review, result.problems


def test_an_issue_date_beside_a_course_date_not_read_is_flagged() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Tom Baker has successfully completed\n"
        "Cisco Data Center Essentials\nTerm: Spring 2024\nIssued on: 2024-07-31\n"
        "Certificate ID: DC-77120"
    )
    assert result.value("end_date") == "2024-07-31"
    assert result.fields["end_date"].confidence < REVIEW_BELOW
    assert result.needs_review


def test_ambiguous_numeric_date_is_flagged_not_guessed() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Tom Baker has successfully completed\n"
        "Cisco Data Center Essentials\nCompletion Date: 05/04/2023\nCertificate ID: DC-77120"
    )
    assert result.value("end_date") is None
    assert result.needs_review
    assert any("day/month" in p for p in map(str, result.problems))


def test_another_date_on_the_page_settles_day_month_order() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Tom Baker has successfully completed\n"
        "Cisco Data Center Essentials\nCourse dates: 01/04/2023 - 05/04/2023\n"
        "Printed on 25/04/2023\nCertificate ID: DC-77120"
    )
    assert result.value("start_date") == "2023-04-01"
    assert result.value("end_date") == "2023-04-05"


def test_webinar_single_date_is_a_one_day_event() -> None:
    result = read(
        "Certificate of Attendance\nThis certifies that Olu Adeyemi attended the webinar\n"
        "Zero Trust for Campus Networks\nDate: 14 September 2023\nVerification code: WB-221144"
    )
    assert result.value("start_date") == result.value("end_date") == "2023-09-14"
    assert not result.needs_review, result.problems


def test_two_conflicting_codes_are_a_conflict() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Olu Adeyemi "
        "has successfully completed\n"
        "Cloud Security\nCompletion date: 2023-09-14\nCertificate ID: AB-12345\n"
        "Credential ID: ZZ-99999"
    )
    assert result.needs_review
    assert any("two different values for validation code" in p for p in map(str, result.problems))
    assert result.fields["validation_code"].confidence < 0.8


def test_uuid_in_the_file_name_is_used_with_low_confidence() -> None:
    uuid = "3f2a9c1e-5b7d-4e8f-9a10-2b3c4d5e6f70"
    result = read(
        "Certificate of Completion\nThis is to certify that Olu Adeyemi "
        "has successfully completed\n"
        "Cloud Security\nCompletion date: 2023-09-14",
        file_name=f"certificate-{uuid}.pdf",
    )
    assert result.value("validation_code") == uuid
    assert result.fields["validation_code"].confidence < 0.8
    assert result.fields["validation_code"].source.startswith("file name")
    assert result.needs_review


def test_future_date_and_start_after_end_are_flagged() -> None:
    result = read(
        "Certificate of Completion\nThis is to certify that Olu Adeyemi "
        "has successfully completed\n"
        "Cloud Security\nStart date: 2024-05-10\nEnd date: 2024-05-01\nCertificate ID: AB-12345"
    )
    assert result.needs_review
    assert any("after end date" in p for p in map(str, result.problems))
    future = read(
        "Certificate of Completion\nThis is to certify that Olu Adeyemi "
        "has successfully completed\n"
        "Cloud Security\nCompletion date: 2031-05-10\nCertificate ID: AB-12345"
    )
    assert future.needs_review and any("future" in p for p in map(str, future.problems))


def test_learner_other_than_owner_is_flagged() -> None:
    text = (
        "Certificate of Completion\nThis is to certify that Olu Adeyemi "
        "has successfully completed\n"
        "Cloud Security\nCourse dates: 10-12 May 2024\nCertificate ID: AB-12345"
    )
    assert not read(text, owner="Olu Adeyemi").needs_review
    other = read(text, owner="Jane Doe")
    assert other.needs_review
    assert any("not to the owner" in p for p in map(str, other.problems))


@pytest.mark.parametrize(
    ("owner", "printed", "same"),
    [
        ("Jane Doe", "JANE DOE", True),
        ("José Álvarez", "Jose Alvarez", True),
        ("Jane Doe", "Doe, Jane", True),
        ("Jane Doe", "Jane Mary Doe", True),
        ("Jane Doe", "John Smith", False),
        ("Jane Doe", "Jane Smith", False),
    ],
)
def test_names_match(owner: str, printed: str, same: bool) -> None:
    assert names_match(owner, printed) is same


def test_no_text_is_flagged_not_refused() -> None:
    result = read("")
    assert result.needs_review
    assert all(result.value(n) is None for n in ("course_name", "end_date", "validation_code"))


def test_course_label_inside_a_sentence_is_not_a_label() -> None:
    result = read(
        "Certificate of Completion\nThis course is authorized by the vendor\n"
        "This is to certify that Olu Adeyemi has successfully completed\n"
        "Cloud Security Basics\nCompletion date: 2023-09-14\nCertificate ID: AB-12345"
    )
    assert result.value("course_name") == "Cloud Security Basics"


def test_name_label_inside_course_name_label_is_not_the_learner() -> None:
    result = read(
        "Certificate of Completion\nCourse Name: Python Essentials\nStudent: Olu Adeyemi\n"
        "Completion date: 2023-09-14\nCertificate ID: AB-12345"
    )
    assert result.value("learner_name") == "Olu Adeyemi"
    assert result.value("course_name") == "Python Essentials"


def test_a_course_given_with_an_organisation_named_elsewhere_stops_before_it() -> None:
    result = read(
        "Formaciones Norte S.L.\nCARTA DE ASISTENCIA AL CURSO\n"
        "Esta carta es para verificar que ANA PÉREZ LÓPEZ ha asistido a Redes Seguras con\n"
        "Formaciones Norte, que tuvo lugar de 22/09/2025 to 25/09/2025\n"
        "En nombre de Formaciones Norte,"
    )
    assert result.value("course_name") == "Redes Seguras"
    assert result.value("learner_name") == "ANA PÉREZ LÓPEZ"
    assert (result.value("start_date"), result.value("end_date")) == ("2025-09-22", "2025-09-25")


_NO_COURSE_DATE = (
    "Certificate of Completion\nThis is to certify that Tom Baker has successfully completed\n"
    "Cisco Data Center Essentials\n{dates}\nCertificate ID: DC-77120"
)


def test_a_certificate_without_any_course_date_misses_both_dates_and_is_not_flagged() -> None:
    result = read(_NO_COURSE_DATE.format(dates="Printed on: 2024-08-01\nValid until: 2027-08-01"))
    assert result.value("end_date") is None
    assert result.missing == ("start_date", "end_date")
    assert not result.needs_review, result.problems


@pytest.mark.parametrize(
    "dates",
    [
        "Term: Spring 2025\nPrinted on: 2025-06-01",  # a season and a year only
        "Completion Date CPE Credits\n19 March 20254.5\nPrinted on: 2025-06-01",  # glued cells
    ],
)
def test_a_course_date_printed_but_not_read_is_flagged_not_missing(dates: str) -> None:
    result = read(_NO_COURSE_DATE.format(dates=dates))
    assert result.value("end_date") is None
    assert "end_date" not in result.missing
    assert result.needs_review


def test_a_vietnamese_form_with_values_in_the_next_cells() -> None:
    result = read(
        "TRUNG TÂM ĐÀO TẠO MẠNG\nCHỨNG NHẬN HOÀN THÀNH KHÓA HỌC\n"
        "Chứng nhận học viên:\tPhạm Thu Hà\nNgày sinh:\t02/05/1995\n"
        "Đã hoàn thành khóa học:\tBảo mật mạng với Cisco ASA\n"
        "Thời gian học:\ttừ ngày 06/05/2024 đến ngày 17/05/2024\n"
        "Số hiệu chứng nhận:\tTT-ASA-2405-0042\nHà Nội, ngày 20 tháng 5 năm 2024"
    )
    assert values(result) == {
        "course_name": "Bảo mật mạng với Cisco ASA",
        "start_date": "2024-05-06",
        "end_date": "2024-05-17",
        "validation_code": "TT-ASA-2405-0042",
        "learner_name": "Phạm Thu Hà",
    }


def test_a_register_number_that_starts_with_a_date_is_a_code() -> None:
    result = read(
        "ZAŚWIADCZENIE\no ukończeniu szkolenia\nPan Jan Kowalski\nukończył szkolenie\n"
        "„Administracja sieciami Cisco”\nw dniach 5–7 lutego 2024 r.\n"
        "Nr zaświadczenia: 17/02/2024/SZK"
    )
    assert result.value("validation_code") == "17/02/2024/SZK"


def test_a_training_centres_licence_number_is_not_the_code() -> None:
    result = read(
        "Учебный центр «СетьПро»\nЛицензия на образовательную деятельность № 041237\n"
        "СЕРТИФИКАТ\nНастоящим подтверждается, что\nПетров Иван Сергеевич\n"
        "успешно прошёл обучение по программе\n«Основы маршрутизации»\n"
        "в период с 12 по 23 июня 2023 г.\nРегистрационный номер: 0471-23"
    )
    assert result.value("validation_code") == "0471-23"
    assert not any(p.kind.value == "conflict" for p in result.problems)


@pytest.mark.parametrize(
    "organisation",
    ["Transports Rhodaniens SA", "Laguna Formazione S.r.l", "Accademia Digitale Ligure"],
)
def test_a_company_or_academy_is_never_the_learner(organisation: str) -> None:
    from pipeline.extract.checks import is_name_like
    from pipeline.extract.organisations import is_organisation

    assert is_organisation(organisation)
    assert not is_name_like(organisation)


def test_the_name_before_an_aside_is_the_learner() -> None:
    result = read(
        "CERTIFICADO DE APROVECHAMIENTO\n"
        "D.ª Lucía Martín Vega, con DNI 48291736K, ha superado con aprovechamiento el curso\n"
        "«Administración de Redes Linux»\nimpartido del 3 al 28 de marzo de 2024.\n"
        "Código de verificación: CFA-24-LX-0917"
    )
    assert result.value("learner_name") == "Lucía Martín Vega"


def test_of_two_equally_sure_readings_of_a_title_the_fuller_is_shown() -> None:
    from pipeline.extract.candidates import Candidate
    from pipeline.extract.choose import pick

    part = Candidate("course_name", "Network Automation", 0.9, 1, None, "label 'Learning path'")
    whole = Candidate(
        "course_name", "Network Automation with Python and Netmiko", 0.9, 1, None, "sentence"
    )
    for order in ([part, whole], [whole, part]):
        value, conflict = pick(order, "course_name")
        assert (value.value, conflict) == ("Network Automation with Python and Netmiko", None)


def test_attestons_que_without_nous_opens_the_learners_name() -> None:
    result = read(
        "Attestation de présence\nNous soussignés, comité d'organisation, attestons que "
        "Mme Odile Marchand a participé aux\nJournées Réseaux 2023, du 14 au 16 novembre 2023.\n"
        "N° d'attestation : JR23-0457"
    )
    assert result.value("learner_name") == "Odile Marchand"


def test_a_second_opening_inside_the_sentence_is_not_another_course() -> None:
    result = read(
        "CERTIFICATE OF ATTENDANCE\nThis certifies that\nJonas Weber\n"
        "attended Cisco Live Amsterdam 2024, held February 5–9, 2024, and participated in\n"
        "technical breakouts, labs and seminars."
    )
    assert result.value("course_name") == "Cisco Live Amsterdam 2024"
    assert not any(p.kind.value == "conflict" for p in result.problems)


def test_a_persons_microsoft_certification_id_is_not_the_code() -> None:
    result = read(
        "Microsoft\nJonas Weber\n"
        "has successfully completed the requirements to be recognized as a\n"
        "Microsoft Certified: Azure Network Engineer Associate\n"
        "Date achieved: October 8, 2023\nCertification number: F8E3A1-2B4C9D\n"
        "Microsoft Certification ID: 993412577"
    )
    assert result.value("validation_code") == "F8E3A1-2B4C9D"


def test_the_issuers_brand_after_a_line_break_is_not_part_of_the_course() -> None:
    result = read(
        "Cisco Networking Academy\nCertificado de finalización del curso\n"
        "Por haber completado el curso Introducción a la Ciberseguridad de Cisco Networking\n"
        "Academy® y demostrado la capacidad de:\nLucía Martín Vega\tEstudiante\n"
        "12 de febrero de 2024"
    )
    assert result.value("course_name") == "Introducción a la Ciberseguridad"


def test_designated_as_opens_the_certification_and_current_through_is_not_a_course_date() -> None:
    result = read(
        "Red Hat\nThis is to certify that\nJonas Weber\n"
        "has met all the requirements and is hereby designated a Red Hat Certified Engineer.\n"
        "Date: 03/04/2024\tCurrent through: 03/31/2027\tCertification ID: 230-118-492"
    )
    assert result.value("course_name") == "Red Hat Certified Engineer"
    assert result.value("end_date") == "2024-03-04"
    assert result.value("validation_code") == "230-118-492"


def test_a_persons_vendor_certification_id_on_a_course_certificate_is_not_the_code() -> None:
    result = read(
        "CERTIFICATE OF ATTENDANCE\nThis is to certify that\nJonas Weber\nattended the course\n"
        "Red Hat System Administration I (RH124)\nCertificate number: 250618-RH124-00731\n"
        "Red Hat Certification ID: 250-118-443"
    )
    assert result.value("validation_code") == "250618-RH124-00731"


@pytest.mark.parametrize(
    "value",
    ["AZ-700", "Exam 350-401", "all four courses listed", "a series of rigorous courses",
     "l'ensemble des évaluations"],
)
def test_an_exam_code_or_a_description_is_not_a_course_name(value: str) -> None:
    from pipeline.extract.course_checks import course_problem

    assert course_problem(value) is not None


def test_a_specialization_reads_its_title_not_its_parts_or_the_blurb() -> None:
    result = read(
        "coursera\nJan 15, 2025\nMei Abernathy\n"
        "has successfully completed the online, non-credit Specialization\n"
        "Cloud Security Engineering with Zero Trust\nCourses completed:\n"
        "Zero Trust Architecture Foundations\n"
        "Those who earn the Specialization have completed all four courses listed.\n"
        "Exam passed: AZ-700\n"
        "Verify this certificate at: https://coursera.org/verify/specialization/9WQ3ZT5HLKAE"
    )
    assert result.value("course_name") == "Cloud Security Engineering with Zero Trust"
    assert not any(p.kind.value == "conflict" for p in result.problems)



def test_an_attendee_or_registration_number_is_not_the_code() -> None:
    result = read(
        "CERTIFICATE OF ATTENDANCE\nThis certifies that\nJonas Weber\nattended\n"
        "Cisco Live Amsterdam 2025\nFebruary 9 – 14, 2025 · RAI Amsterdam\n"
        "Attendee ID: 8827341 · Registration confirmation: CLEUR25-XK29MQ"
    )
    assert result.value("validation_code") is None
    assert "validation_code" in result.missing
    assert not result.needs_review, result.problems


def test_a_sentence_that_ends_on_its_line_has_no_value_below() -> None:
    result = read(
        "Certificate of Completion\n"
        "This certifies that the participant named below has completed the course.\n"
        "Marek Dvořák\nCourse: VMware vSphere 8: Install, Configure, Manage\n"
        "Dates: 21 May - 18 Jun 2025\tCertificate ID: CZ-VMW-25-0618-03"
    )
    assert result.value("course_name") == "VMware vSphere 8: Install, Configure, Manage"
    assert not any(p.kind.value == "conflict" for p in result.problems)
