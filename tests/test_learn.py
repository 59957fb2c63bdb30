"""Learning a layout from one correction: `ceinbox profiles suggest`, the saved profile, and
the next certificates of that layout read right and unflagged, others exactly as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from cli_runner import Ceinbox
from taught_layouts import RECORDS, SESSIONS, Session, Values, baltic_record, summit_attendance

from pipeline.errors import ProfileError
from pipeline.extract.profiles import load_profile, load_profiles

from certfactory import CLEAN_CASES

PORTAL = ("course_name", "start_date", "end_date", "validation_code", "learner_name")


@pytest.fixture
def ceinbox(tmp_path: Path) -> Ceinbox:
    return Ceinbox(tmp_path)


def _expected(values: Values) -> dict[str, str]:
    return {
        "course_name": values.course,
        "start_date": values.start,
        "end_date": values.end,
        "validation_code": values.code,
        "learner_name": values.learner,
    }


def _read(data: dict[str, Any]) -> dict[str, str | None]:
    return {name: data[name] for name in PORTAL}


def _import_and_correct(
    ceinbox: Ceinbox, build: Callable[[Path], Path], corrections: dict[str, str]
) -> None:
    """Import one certificate as item 1 and correct its fields as a person would."""
    backlog = ceinbox.root / "backlog"
    backlog.mkdir()
    build(backlog)
    ceinbox("import", str(backlog))
    edits = [part for field, value in corrections.items() for part in (f"--{field}", value)]
    ceinbox("edit", "1", *edits)


def _first_record(folder: Path) -> Path:
    return baltic_record(folder, RECORDS[0], "record-1.pdf")


def _teach_first(ceinbox: Ceinbox) -> Path:
    """Import the first record, correct it as a person would, save the derived profile."""
    first = _expected(RECORDS[0])
    _import_and_correct(
        ceinbox,
        _first_record,
        {"course-name": first["course_name"], "validation-code": first["validation_code"]},
    )
    saved = ceinbox("profiles", "suggest", "1", "--save")
    assert "saved" in saved.stdout
    return ceinbox.root / "profiles"


def test_before_teaching_the_layout_is_misread_or_flagged(ceinbox: Ceinbox) -> None:
    path = baltic_record(ceinbox.root, RECORDS[1], "record-2.pdf")
    data = ceinbox.extract(path)
    assert data["needs_review"] is True
    assert _read(data) != _expected(RECORDS[1])


def test_suggest_prints_yaml_that_loads_as_a_layout_profile(ceinbox: Ceinbox) -> None:
    _import_and_correct(ceinbox, _first_record, {"course-name": RECORDS[0].course})
    printed = ceinbox("profiles", "suggest", "1").stdout
    data = yaml.safe_load(printed)
    assert set(data["fields"]) >= {"course_name", "validation_code", "learner_name", "end_date"}
    assert data["fields"]["course_name"]["anchor"] == "whose study record names the programme"
    assert not (ceinbox.root / "profiles").exists()  # printing saves nothing
    path = ceinbox.root / "printed.yaml"
    path.write_text(printed)
    assert load_profile(path).fields  # validated like a hand-written profile


def test_a_taught_layout_reads_its_next_certificates_right_and_unflagged(
    ceinbox: Ceinbox,
) -> None:
    folder = _teach_first(ceinbox)
    saved = list(folder.glob("*.yaml"))
    assert [p.name for p in saved] == ["baltic-network-institute.yaml"]
    for number, values in enumerate(RECORDS[1:], start=2):
        data = ceinbox.extract(baltic_record(ceinbox.root, values, f"record-{number}.pdf"))
        assert _read(data) == _expected(values), number
        assert data["needs_review"] is False, data["problems"]
        assert data["fields"]["course_name"]["source"].startswith("taught layout")


def test_other_layouts_read_exactly_as_before(ceinbox: Ceinbox, tmp_path: Path) -> None:
    paths = []
    for case in CLEAN_CASES[:8]:
        folder = tmp_path / "others" / case.name
        folder.mkdir(parents=True)
        paths.append(case.build(folder))
    before = [ceinbox.extract(path) for path in paths]
    _teach_first(ceinbox)
    after = [ceinbox.extract(path) for path in paths]
    for old, new in zip(before, after, strict=True):
        assert old == new


def test_save_never_overwrites_without_force(ceinbox: Ceinbox) -> None:
    folder = _teach_first(ceinbox)
    path = folder / "baltic-network-institute.yaml"
    path.write_text(path.read_text() + "# my note\n")
    refused = ceinbox("profiles", "suggest", "1", "--save", code=1)
    assert "exists already; use --force" in refused.stderr
    assert path.read_text().endswith("# my note\n")
    ceinbox("profiles", "suggest", "1", "--save", "--force")
    assert not path.read_text().endswith("# my note\n")


def test_bare_profiles_still_lists_them_with_the_taught_one(ceinbox: Ceinbox) -> None:
    _teach_first(ceinbox)
    listed = ceinbox("profiles").stdout
    assert "coursera" in listed
    assert any(
        line.startswith("baltic-network-institute") and "layout" in line
        for line in listed.splitlines()
    )


def test_a_profile_that_would_misread_its_own_certificate_is_refused(ceinbox: Ceinbox) -> None:
    # A person types a course the certificate does not print: nothing places it, and the
    # rest still teaches; a learner it does not print either is left to the usual rules.
    _import_and_correct(
        ceinbox,
        _first_record,
        {"course-name": "Something Else Entirely", "learner-name": "X Y"},
    )
    printed = yaml.safe_load(ceinbox("profiles", "suggest", "1").stdout)
    assert "course_name" not in printed["fields"]
    assert "learner_name" not in printed["fields"]


def test_suggest_for_a_missing_item_is_one_line(ceinbox: Ceinbox) -> None:
    result = ceinbox("profiles", "suggest", "99", code=1)
    assert result.stderr.startswith("ceinbox: ") and len(result.stderr.splitlines()) == 1


def test_two_layout_profiles_matching_alike_are_a_reported_tie(ceinbox: Ceinbox) -> None:
    folder = _teach_first(ceinbox)
    original = folder / "baltic-network-institute.yaml"
    twin = yaml.safe_load(original.read_text())
    twin["name"] = "twin"
    (folder / "twin.yaml").write_text(yaml.safe_dump(twin, allow_unicode=True))
    data = ceinbox.extract(baltic_record(ceinbox.root, RECORDS[2], "record-3.pdf"))
    assert data["needs_review"] is True
    assert any(
        "baltic-network-institute and twin" in p or "twin and baltic-network-institute" in p
        for p in data["problems"]
    )


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"course_name": {"where": "below"}}, "fields.course_name.anchor"),
        ({"course_name": {"anchor": "x", "where": "beside"}}, "fields.course_name.where"),
        ({"course": {"anchor": "x", "where": "after"}}, "unknown key 'fields.course'"),
        ({"validation_code": {"anchor": "x", "where": "after", "shape": "("}}, "shape"),
        ({"end_date": {"anchor": "x", "where": "after", "date": 0}}, "fields.end_date.date"),
    ],
)
def test_layout_fields_are_validated_at_load(
    tmp_path: Path, spec: dict[str, Any], message: str
) -> None:
    (tmp_path / "bad.yaml").write_text(
        yaml.safe_dump({"name": "bad", "keywords": ["Some Words"], "fields": spec})
    )
    with pytest.raises(ProfileError, match=message.replace("(", r"\(")):
        load_profiles(tmp_path)


def _session_values(values: Session) -> dict[str, str | None]:
    return {
        "course_name": values.workshop,
        "start_date": None,
        "end_date": values.day,
        "validation_code": values.code,
        "learner_name": values.learner,
    }


def test_a_date_printed_twice_is_placed_where_it_stands_alone(ceinbox: Ceinbox) -> None:
    first = _session_values(SESSIONS[0])
    _import_and_correct(
        ceinbox,
        lambda folder: summit_attendance(folder, SESSIONS[0], "slip-1.pdf"),
        {
            "course-name": str(first["course_name"]),
            "validation-code": str(first["validation_code"]),
            "learner-name": str(first["learner_name"]),
            "end-date": str(first["end_date"]),
            "start-date": "",
        },
    )
    ceinbox("profiles", "suggest", "1", "--save")
    for number, values in enumerate(SESSIONS[1:], start=2):
        data = ceinbox.extract(summit_attendance(ceinbox.root, values, f"slip-{number}.pdf"))
        # The workshop's day, not the event's three days; no start date: the layout has none.
        assert _read(data) == _session_values(values), number
        assert data["missing"] == ["start_date"]
        assert data["needs_review"] is False, data["problems"]


def test_a_profile_can_be_named_and_the_same_layout_twice_is_a_tie(ceinbox: Ceinbox) -> None:
    folder = _teach_first(ceinbox)
    # Teaching the same layout again under another name would tie with the first: refused.
    refused = ceinbox("profiles", "suggest", "1", "--save", "--name", "baltic-records", code=1)
    assert "as well as profile baltic-network-institute" in refused.stderr
    (folder / "baltic-network-institute.yaml").unlink()
    ceinbox("profiles", "suggest", "1", "--save", "--name", "baltic-records")
    assert [p.name for p in folder.glob("*.yaml")] == ["baltic-records.yaml"]
    refused = ceinbox("profiles", "suggest", "1", "--name", "coursera", code=1)
    assert "built-in" in refused.stderr
    refused = ceinbox("profiles", "suggest", "1", "--name", "Bad Name", code=1)
    assert "cannot name a profile" in refused.stderr


def test_fixed_text_is_matched_loosely_only_where_ocr_read_the_page(tmp_path: Path) -> None:
    (tmp_path / "scan.yaml").write_text(
        yaml.safe_dump(
            {
                "name": "scan",
                "keywords": ["Istituto Formazione Reti", "Si attesta che"],
                "fields": {"validation_code": {"anchor": "Attestato n.", "where": "after"}},
            }
        )
    )
    profile = next(p for p in load_profiles(tmp_path) if p.name == "scan")
    misread = "ISTITUTO FORMAZIONE RETl\n“Si atesta che |\nAttestato n. IFR-2024-0391"
    assert profile.score(misread, scanned=True)[0] == 2
    # On a text layer the letters are the letters: a near miss is another text.
    assert profile.score(misread)[0] == 0
