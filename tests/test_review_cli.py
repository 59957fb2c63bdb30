"""Import, review and export through the real `ceinbox` commands on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from bulk_certificates import make_certificate
from cli_runner import Ceinbox

from certfactory import CLEAN_CASES, PARTIAL_CASES, UNCLEAR_CASES, ce_credits_certificate

EXPORT_KEYS = {
    "id",
    "status",
    "course_name",
    "start_date",
    "end_date",
    "validation_code",
    "learner_name",
    "issuer",
    "credits",
    "needs_review",
    "problems",
    "missing",
    "printed_credits",
    "source_file",
    "sha256",
    "pdf_path",
}


@pytest.fixture
def ceinbox(tmp_path: Path) -> Ceinbox:
    return Ceinbox(tmp_path)


@pytest.fixture
def backlog(tmp_path: Path) -> Path:
    folder = tmp_path / "backlog" / "2023"
    folder.mkdir(parents=True)
    for case in CLEAN_CASES[:3]:
        case.build(folder)
    UNCLEAR_CASES[0].build(folder.parent)
    (folder / "notes.txt").write_text("not a certificate")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    return folder.parent


def test_import_twice_records_nothing_new_and_keeps_originals(
    ceinbox: Ceinbox, backlog: Path
) -> None:
    before = sorted(p.name for p in backlog.rglob("*"))
    first = ceinbox("import", str(backlog), code=1)
    assert "recorded           3" in first.stdout
    assert "needs review       1" in first.stdout
    assert "failed             1" in first.stdout and "broken.pdf" in first.stdout
    second = ceinbox("import", str(backlog), code=1)
    assert "recorded           0" in second.stdout and "duplicates         4" in second.stdout
    assert sorted(p.name for p in backlog.rglob("*")) == before
    assert len(ceinbox.items()) == 4


def test_import_of_good_files_exits_0_and_can_record_past_items(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    path = CLEAN_CASES[0].build(tmp_path)
    ceinbox("import", str(path), "--status", "earned")
    [item] = ceinbox.items("--status", "earned")
    assert item["validation_code"] == CLEAN_CASES[0].expected.validation_code


def test_list_json_objects_carry_the_export_keys(ceinbox: Ceinbox, backlog: Path) -> None:
    ceinbox("import", str(backlog), code=1)
    items = ceinbox.items()
    assert all(set(item) >= EXPORT_KEYS for item in items)
    assert items[0]["needs_review"] is True  # needs review first
    assert all(Path(str(item["pdf_path"])).is_file() for item in items)


def test_review_flow_edit_approve_submit_earn(ceinbox: Ceinbox, tmp_path: Path) -> None:
    ceinbox("import", str(PARTIAL_CASES[0].build(tmp_path)))
    [item] = ceinbox.items()
    item_id = str(item["id"])
    refused = ceinbox("approve", item_id, code=1)
    assert "start date" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    ceinbox("edit", item_id, "--start-date", "2023-01-02", "--validation-code", "UC-FIXED-1")
    bad = ceinbox("edit", item_id, "--start-date", "02/01/2023", code=1)
    assert "YYYY-MM-DD" in bad.stderr
    ceinbox("approve", item_id)
    ceinbox("submitted", item_id)
    ceinbox("earned", item_id, "--credits", "12")
    [done] = ceinbox.items("--status", "earned")
    assert done["start_date"] == "2023-01-02" and done["credits"] == 12
    shown = ceinbox("show", item_id).stdout
    order = [
        shown.index(t) for t in ("Course name", "Start date", "End date", "Validation code", "PDF")
    ]
    assert order == sorted(order)
    assert "edited" in shown and "UC-FIXED-1" in shown


def test_reject_needs_a_reason_and_wrong_transitions_are_refused(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    ceinbox("import", str(CLEAN_CASES[0].build(tmp_path)))
    ceinbox("reject", "1", code=2)  # --reason is required: a usage error
    ceinbox("reject", "1", "--reason", "not in the CE catalog")
    refused = ceinbox("earned", "1", code=1)
    assert "rejected" in refused.stderr
    missing = ceinbox("show", "99", code=1)
    assert "#99" in missing.stderr


def test_reextract_keeps_what_the_person_edited(ceinbox: Ceinbox, tmp_path: Path) -> None:
    ceinbox("import", str(CLEAN_CASES[0].build(tmp_path)))
    ceinbox("edit", "1", "--course-name", "My own wording")
    ceinbox("reextract", "1")
    [item] = ceinbox.items()
    assert item["course_name"] == "My own wording"
    assert item["validation_code"] == CLEAN_CASES[0].expected.validation_code


def test_export_csv_puts_portal_fields_first_and_json_matches_list(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    for case in CLEAN_CASES[:2]:
        ceinbox("import", str(case.build(tmp_path)))
    text = ceinbox("export", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0])[:4] == ["course_name", "start_date", "end_date", "validation_code"]
    assert len(rows) == 2
    out = tmp_path / "items.json"
    ceinbox("export", "--format", "json", "--output", str(out))
    assert json.loads(out.read_text()) == ceinbox.items()
    ceinbox("approve", "1")
    ready = json.loads(ceinbox("export", "--format", "json", "--status", "ready").stdout)
    assert [item["id"] for item in ready] == [1]


def test_export_csv_neutralises_spreadsheet_formulas(ceinbox: Ceinbox, tmp_path: Path) -> None:
    ceinbox("import", str(CLEAN_CASES[0].build(tmp_path)))
    ceinbox("edit", "1", "--course-name", '=HYPERLINK("http://evil")')
    row = next(csv.DictReader(io.StringIO(ceinbox("export").stdout)))
    assert row["course_name"].startswith("'=")


def test_printed_credits_are_shown_and_a_catalog_disagreement_is_said(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    ceinbox("import", str(ce_credits_certificate(tmp_path)))
    [item] = ceinbox.items()
    assert item["printed_credits"] == {
        "value": 48,
        "unit": "CE",
        "page": 1,
        "bbox": item["printed_credits"]["bbox"],  # type: ignore[index]
    }
    assert item["missing"] == ["start_date"]  # one date: the start is not printed
    assert item["needs_review"] is False
    catalog = tmp_path / "catalog.csv"
    catalog.write_text("pattern,credits,type\nImplementing Cisco SD-WAN*,40,instructor-led\n")
    ceinbox("catalog", "import", str(catalog))
    shown = ceinbox("show", str(item["id"])).stdout
    assert "48 CE credits (on the certificate)" in shown
    assert "the certificate says 48 CE credits; the catalog expects 40" in shown
    assert "start date (type it in before approving)" in shown


def test_an_edit_into_the_future_is_refused_in_one_line_naming_the_field(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    ceinbox("import", str(CLEAN_CASES[0].build(tmp_path)))
    refused = ceinbox("edit", "1", "--start-date", "2030-12-01", "--end-date", "2031-01-01", code=1)
    assert refused.stderr.strip() == "ceinbox: start date 2030-12-01 is in the future"
    assert ceinbox.items()[0]["start_date"] == str(CLEAN_CASES[0].expected.start_date)


def test_a_backlog_of_one_date_certificates_imports_as_earned(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    """The README's backlog command: certificates the portal already took are recorded,
    a one-date one too (its start date is not printed)."""
    folder = tmp_path / "earned"
    for n in range(3):
        make_certificate(folder, n, one_date=n == 0)
    done = ceinbox("import", str(folder), "--status", "earned")
    assert re.search(r"^recorded\s+3$", done.stdout, re.MULTILINE), done.stdout
    items = ceinbox.items()
    assert len(items) == 3 and {i["status"] for i in items} == {"earned"}
    one = next(i for i in items if i["source_file"] == "certificate-A00000.pdf")
    assert one["start_date"] is None and one["missing"] == ["start_date"]


def test_list_has_headings_and_show_says_a_passed_date_once(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    ceinbox("import", str(CLEAN_CASES[0].build(tmp_path)))
    listing = ceinbox("list").stdout.splitlines()
    assert listing[0].split()[:4] == ["#", "status", "review", "end"]
    assert "— cr" not in "\n".join(listing)
    shown = ceinbox("show", "1").stdout
    submit = next(line for line in shown.splitlines() if "Submit by" in line)
    due = str(ceinbox.items()[0]["submit_by"])
    assert submit.count(due) == 1  # the date once, not again in a note
    assert "recorded as pending" in shown


def test_reopen_and_undo_are_ways_back_and_leave_history(ceinbox: Ceinbox, tmp_path: Path) -> None:
    ceinbox("import", str(CLEAN_CASES[0].build(tmp_path)))
    ceinbox("reject", "1", "--reason", "not in the catalog")
    assert "#1 pending again" in ceinbox("reopen", "1").stdout
    item = ceinbox.items()[0]
    assert item["status"] == "pending"
    ceinbox("approve", "1")
    ceinbox("submitted", "1")
    assert "#1 back to ready" in ceinbox("undo", "1").stdout
    assert ceinbox.items()[0]["status"] == "ready"
    assert "#1 pending again" in ceinbox("reopen", "1").stdout
    refused = ceinbox("reopen", "1", code=1)
    assert refused.stderr.strip() == (
        "ceinbox: item #1 is pending; only a rejected or ready item can be reopened"
    )
    shown = ceinbox("show", "1").stdout
    for line in ("rejected → pending", "submitted → ready", "ready → pending"):
        assert line in shown
    assert "reject reason: not in the catalog → —" in shown
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    ceinbox("import", str(CLEAN_CASES[1].build(fresh)))
    nothing = ceinbox("undo", "2", code=1)
    assert nothing.stderr.strip() == "ceinbox: item #2 has no status change to undo"


def test_delete_removes_the_item_keeps_its_file_and_says_so(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    certificate = CLEAN_CASES[0].build(tmp_path)
    ceinbox("import", str(certificate))
    (tmp_path / "other").mkdir()
    ceinbox("import", str(CLEAN_CASES[1].build(tmp_path / "other")))
    archived = Path(str(ceinbox.items()[0]["pdf_path"]))
    deleted = ceinbox("delete", "1").stdout
    assert deleted.strip() == f"#1 deleted; its certificate is kept at {archived}"
    assert archived.is_file()
    assert [item["id"] for item in ceinbox.items()] == [2]
    shown = ceinbox("show", "1", code=1).stderr.strip()
    assert re.fullmatch(
        rf"ceinbox: item #1 was deleted on \d{{4}}-\d\d-\d\d by cli; its certificate is kept "
        rf"at {re.escape(str(archived))}",
        shown,
    ), shown
    assert ceinbox("delete", "1", code=1).stderr.startswith("ceinbox: item #1 was deleted")
    again = ceinbox("import", str(certificate)).stdout
    assert "recorded           1" in again  # not refused as a duplicate of the deleted item
    assert [item["id"] for item in ceinbox.items()] == [2, 3]  # never the deleted item's id


def test_a_one_date_certificate_takes_its_end_date_as_start_in_one_step(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    ceinbox("import", str(make_certificate(tmp_path / "one", 0, one_date=True)))
    ceinbox("import", str(make_certificate(tmp_path / "two", 1)))
    one = ceinbox.items()[0]
    assert one["start_date"] is None and one["missing"] == ["start_date"]
    ceinbox("approve", "1", code=1)  # still refused: the portal needs a start date
    ceinbox("edit", "1", "--start-date", "same-as-end")
    edited = ceinbox.items()[0]
    assert edited["start_date"] == edited["end_date"]
    ceinbox("approve", "1")
    refused = ceinbox("edit", "2", "--start-date", "same-as-end", code=1)
    assert "prints a start date: type that date instead" in refused.stderr
