"""Profiles: loading, validation, choice by score (ties are reported, never decided)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_document import document_from_text

from pipeline.errors import ProfileError
from pipeline.extract.engine import extract_document
from pipeline.extract.profiles import choose_profile, load_profile, load_profiles


def test_builtin_profiles_load_and_have_unique_names() -> None:
    profiles = load_profiles(None)
    names = [p.name for p in profiles]
    assert len(names) == len(set(names)) >= 10
    assert {"cisco-u", "netacad", "learning-partner", "cisco-live", "webinar", "udemy"} <= set(
        names
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cisco U. certificate of completion", "cisco-u"),
        ("Cisco Networking Academy — netacad.com", "netacad"),
        ("Delivered by Fast Lane, a Cisco Learning Partner", "learning-partner"),
        ("Cisco Live Amsterdam 2024 session certificate", "cisco-live"),
        ("Certificate of attendance for the webinar", "webinar"),
        ("Verify at ude.my/UC-1234 — Udemy", "udemy"),
        ("Verify at coursera.org/verify/ABC", "coursera"),
        ("Some school nobody has heard of", None),
    ],
)
def test_profile_is_chosen_by_score(text: str, expected: str | None) -> None:
    choice = choose_profile(load_profiles(None), text)
    assert (choice.profile.name if choice.profile else None) == expected


def test_a_webinar_by_cisco_u_is_cisco_u_not_a_generic_webinar() -> None:
    choice = choose_profile(load_profiles(None), "Cisco U. webinar: attendance certificate")
    assert choice.profile is not None and choice.profile.name == "cisco-u"


def test_a_tie_chooses_no_profile_and_says_which(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("name: alpha\nissuer: Alpha\nkeywords: {Acme Training: 3}\n")
    (tmp_path / "b.yaml").write_text("name: beta\nissuer: Beta\nkeywords: {acme training: 3}\n")
    profiles = load_profiles(tmp_path)
    choice = choose_profile(profiles, "ACME Training certificate")
    assert choice.profile is None
    assert set(choice.tied) == {"alpha", "beta"}
    doc = document_from_text(
        "ACME Training\nCertificate of Completion\nThis is to certify that\nJane Doe\n"
        "has successfully completed\nNetwork Basics\nCompletion date: 2023-05-04\n"
        "Certificate ID: AC-12345"
    )
    result = extract_document(doc, file="x.pdf", sha256="0", profiles=profiles)
    assert result.value("issuer") is None
    assert result.needs_review
    assert any("alpha" in p and "beta" in p for p in map(str, result.problems))


def test_user_profile_replaces_builtin_and_adds_labels_and_patterns(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(
        "name: acme\n"
        "issuer: ACME Academy\n"
        "keywords: {ACME Academy: 4}\n"
        "one_day_event: true\n"
        "labels: {validation_code: [Ticket]}\n"
        "patterns: {course_name: 'Programme\\s*>>\\s*(.+)'}\n"
        "code_pattern: '^T-\\d{5}$'\n"
    )
    profiles = load_profiles(tmp_path)
    doc = document_from_text(
        "ACME Academy\nCertificate\nPresented to: Jane Doe\nProgramme >> Routing Deep Dive\n"
        "Date: 2024-02-03\nTicket: T-12345"
    )
    result = extract_document(doc, file="x.pdf", sha256="0", profiles=profiles)
    assert result.profile == "acme"
    assert result.value("issuer") == "ACME Academy"
    assert result.value("validation_code") == "T-12345"
    assert result.value("course_name") == "Routing Deep Dive"
    assert result.value("start_date") == result.value("end_date") == "2024-02-03"


def test_code_of_the_wrong_shape_for_the_issuer_is_flagged(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(
        "name: acme\nissuer: ACME\nkeywords: {ACME Academy: 4}\ncode_pattern: '^T-\\d{5}$'\n"
    )
    doc = document_from_text(
        "ACME Academy certificate\nThis is to certify that Jane Doe has successfully completed "
        "Routing Deep Dive\nCourse dates: 1-3 March 2024\nCertificate ID: X-99999"
    )
    result = extract_document(doc, file="x.pdf", sha256="0", profiles=load_profiles(tmp_path))
    assert result.value("validation_code") == "X-99999"
    assert result.needs_review
    assert any("not shaped like ACME" in p for p in map(str, result.problems))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("issuer: X\nkeywords: [a]\n", "'name'"),
        ("name: Bad Name\nkeywords: [a]\n", "'name'"),
        ("name: x\n", "'keywords'"),
        ("name: x\nkeywords: [a]\ncolour: red\n", "unknown key 'colour'"),
        ("name: x\nkeywords: [a]\nlabels: {hair: [a]}\n", "unknown key 'labels.hair'"),
        ("name: x\nkeywords: [a]\npatterns: {course_name: '('}\n", "'patterns.course_name'"),
        ("name: x\nkeywords: [a]\none_day_event: maybe\n", "'one_day_event'"),
        ("name: x\nkeywords: [a]\nnumeric_order: ydm\n", "'numeric_order'"),
        ("- just\n- a list\n", "mapping"),
        ("name: [unclosed\n", "cannot read profile"),
    ],
)
def test_invalid_profile_is_one_line_naming_file_and_key(
    tmp_path: Path, body: str, message: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(body)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    text = str(caught.value)
    assert str(path) in text and message in text and "\n" not in text


def test_a_profiles_date_labels_and_patterns_are_used(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(
        "name: acme\n"
        "issuer: ACME Academy\n"
        "keywords: {ACME Academy: 4}\n"
        "labels: {completion_date: [Kursende], start_date: [Kursbeginn]}\n"
        "patterns: {start_date: 'Los ging es am (.+?)\\.'}\n"
    )
    profiles = load_profiles(tmp_path)
    labelled = extract_document(
        document_from_text(
            "ACME Academy\nCertificate of completion\nThis certifies that Jane Doe\n"
            "has completed Routing Deep Dive\nKursbeginn\t2024-02-01\nKursende\t2024-02-09"
        ),
        file="x.pdf",
        sha256="0",
        profiles=profiles,
    )
    assert labelled.value("start_date") == "2024-02-01"
    assert labelled.value("end_date") == "2024-02-09"
    assert "date labelled 'Kursende'" in labelled.fields["end_date"].source
    patterned = extract_document(
        document_from_text(
            "ACME Academy\nCertificate of completion\nThis certifies that Jane Doe\n"
            "has completed Routing Deep Dive\nLos ging es am 2024-02-01.\n"
            "Completed on 2024-02-09"
        ),
        file="x.pdf",
        sha256="0",
        profiles=profiles,
    )
    assert patterned.value("start_date") == "2024-02-01"
    assert patterned.fields["start_date"].source == "profile acme"


def test_largest_text_names_only_fields_it_can_hold(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(
        "name: acme\nissuer: ACME Academy\nkeywords: {ACME Academy: 4}\n"
        "largest_text: [course_name]\n"
    )
    assert next(p for p in load_profiles(tmp_path) if p.name == "acme").largest_text == (
        "course_name",
    )
    (tmp_path / "bad.yaml").write_text(
        "name: bad\nkeywords: {Bad: 4}\nlargest_text: [validation_code]\n"
    )
    with pytest.raises(ProfileError, match="largest_text"):
        load_profiles(tmp_path)
