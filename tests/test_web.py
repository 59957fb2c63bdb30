"""The review page's security and behaviour through Flask's test client, on real files."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_client import token

from pipeline.catalog import CatalogRow
from pipeline.catalog_store import replace_catalog
from pipeline.cli.web import DEFAULT_HOST
from pipeline.config import settings_from_mapping
from pipeline.db import open_database
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import Ingestor
from pipeline.item_edits import edit_item
from pipeline.models import ActivityType, Item, ItemStatus
from pipeline.web import create_app

from certfactory import CLEAN_CASES, UNCLEAR_CASES, ce_credits_certificate


@pytest.fixture
def ingestor(tmp_path: Path) -> Iterator[Ingestor]:
    settings = settings_from_mapping({"owner_name": "Somebody Else"}, base=tmp_path)
    reader = GuardedExtractor(
        profiles=load_profiles(None),
        limits=settings.extraction,
        owner_name=settings.owner_name,
        profile_folder=settings.profiles,
    )
    with reader:
        yield Ingestor(settings, open_database(settings.database), reader, actor="test")


def record(ingestor: Ingestor, tmp_path: Path, case_index: int = 0) -> int:
    path = CLEAN_CASES[case_index].build(tmp_path)
    result = ingestor.ingest(path, move_source=False)
    assert result.item_id is not None
    return result.item_id


def test_binds_to_loopback_by_default() -> None:
    assert DEFAULT_HOST == "127.0.0.1"


def test_state_changes_need_the_csrf_token(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    assert client.post(f"/items/{item_id}/approve").status_code == 400
    assert client.post(f"/items/{item_id}/edit", data={"course_name": "x"}).status_code == 400
    assert client.post("/upload", data={}).status_code == 400
    with ingestor.sessions() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.status == ItemStatus.pending
    ok = client.post(f"/items/{item_id}/approve", data={"csrf_token": token(client)})
    assert ok.status_code == 302


def test_state_changes_are_post_only(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    assert client.get(f"/items/{item_id}/approve").status_code == 405


def test_everything_from_a_certificate_is_escaped(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.post(f"/items/{item_id}/edit", data={"csrf_token": token(client), "course_name": evil})
    for url in ("/", f"/items/{item_id}"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert" in page
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1]


def test_files_are_served_by_item_id_only(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    with client.get(f"/items/{item_id}/pdf") as pdf:
        assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
        assert CLEAN_CASES[0].build(tmp_path).name in pdf.headers["Content-Disposition"]
    with client.get(f"/items/{item_id}/pages/1.png") as image:
        assert image.status_code == 200 and image.data.startswith(b"\x89PNG")
    assert client.get("/items/999/pdf").status_code == 404
    assert client.get(f"/items/{item_id}/pages/99.png").status_code == 404
    assert client.get("/items/1/../../etc/passwd").status_code == 404
    assert client.get("/static/../config.py").status_code == 404


def test_uploads_are_size_limited(client: FlaskClient, app: Flask) -> None:
    boundary = "ceinbox-test"
    too_big = b"%PDF-1.7\n" + b"0" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
            f"{token(client)}\r\n--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + too_big
        + f"\r\n--{boundary}--\r\n".encode()
    )
    # Raw bytes: the test client would otherwise spool its own copy to a temporary file.
    response = client.post(
        "/upload", data=body, content_type=f"multipart/form-data; boundary={boundary}"
    )
    assert response.status_code == 413


def test_an_upload_goes_through_the_inbox_path(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    good = CLEAN_CASES[1].build(tmp_path)
    response = client.post(
        "/upload",
        data={
            "csrf_token": token(client),
            "file": [
                (io.BytesIO(good.read_bytes()), good.name),
                (io.BytesIO(b"not a pdf"), "../../evil.pdf"),
            ],
        },
        content_type="multipart/form-data",
        headers={"Accept": "application/json"},
    )
    body = response.get_json()
    assert body["item"] is not None
    assert any("recorded as #" in line for line in body["results"])
    assert any("evil.pdf: failed: not a PDF" in line for line in body["results"])
    kept = ingestor.settings.failed / "evil.pdf"
    assert kept.read_bytes() == b"not a pdf"  # kept, with its reason, never escaping the folder
    assert Path(f"{kept}.error.txt").is_file()
    with ingestor.sessions() as session:
        item = session.get(Item, body["item"])
        assert item is not None and Path(item.document.archive_path).is_file()


def test_item_page_shows_portal_fields_boxes_owner_warning_and_history(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    page = client.get(f"/items/{item_id}").get_data(as_text=True)
    order = [
        page.index(label) for label in ("Course name", "Start date", "End date", "Validation code")
    ]
    assert order == sorted(order)
    assert page.count('class="box ') >= 4
    assert "not to the owner" in page  # owner_name is someone else in this fixture
    assert "recorded as pending" in page


def test_item_page_shows_printed_credits_and_a_catalog_disagreement(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = ingestor.ingest(ce_credits_certificate(tmp_path), move_source=False).item_id
    with ingestor.sessions() as session, session.begin():
        replace_catalog(
            session,
            [CatalogRow(1, "Implementing Cisco SD-WAN*", 40, ActivityType.instructor_led)],
            source="test",
        )
    page = client.get(f"/items/{item_id}").get_data(as_text=True)
    assert "Printed on the certificate: <strong>48 CE credits</strong>" in page
    assert "the certificate says 48 CE credits; the catalog expects 40" in page
    assert "Not printed on the certificate: start date" in page


def test_bulk_approve_approves_what_it_can_and_says_why_not_the_rest(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    good = record(ingestor, tmp_path)
    unclear = ingestor.ingest(UNCLEAR_CASES[0].build(tmp_path), move_source=False).item_id
    listing = client.get("/").get_data(as_text=True)
    assert f"item {unclear} cannot be approved yet: misses" in listing  # its box is disabled
    assert f'name="ids" value="{good}"' in listing
    assert f'name="ids" value="{unclear}"' not in listing
    response = client.post(
        "/approve",
        data={"csrf_token": token(client), "ids": [str(good), str(unclear)]},
        follow_redirects=True,
    )
    page = response.get_data(as_text=True)
    assert "Approved 1 item(s): ready to submit." in page
    assert f"Not approved: item #{unclear} misses" in page
    with ingestor.sessions() as session:
        item = session.get(Item, good)
        assert item is not None and item.status == ItemStatus.ready
        still = session.get(Item, unclear)
        assert still is not None and still.status == ItemStatus.pending


def test_inbox_search_and_export(client: FlaskClient, ingestor: Ingestor, tmp_path: Path) -> None:
    record(ingestor, tmp_path, 0)
    record(ingestor, tmp_path, 1)
    code = str(CLEAN_CASES[1].expected.validation_code)
    page = client.get("/", query_string={"q": code}).get_data(as_text=True)
    assert code in page and str(CLEAN_CASES[0].expected.validation_code) not in page
    csv_text = client.get("/export.csv").get_data(as_text=True)
    assert csv_text.splitlines()[0].startswith("course_name,start_date,end_date,validation_code")
    assert len(client.get("/export.json").get_json()) == 2
    assert client.get("/export.xml").status_code == 404


def test_progress_page_shows_bars_paths_and_deadlines(tmp_path: Path) -> None:
    from datetime import date, timedelta

    from pipeline.catalog import parse_catalog
    from pipeline.catalog_store import replace_catalog

    expires = (date.today() + timedelta(days=400)).isoformat()
    settings = settings_from_mapping(
        {
            "certifications": [
                {"name": "CCNP Enterprise", "level": "professional", "expires": expires},
                {"name": "CCNA", "level": "associate", "expires": expires},
            ]
        },
        base=tmp_path,
    )
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    with reader:
        ingestor = Ingestor(settings, open_database(settings.database), reader)
        item_id = record(ingestor, tmp_path)
        with ingestor.sessions() as session, session.begin():
            item = session.get(Item, item_id)
            assert item is not None and item.course_name
            rows = parse_catalog(
                f"pattern,credits,type\n{item.course_name},40,e-learning\n", source="t"
            )
            replace_catalog(session, rows, source="t")
            # Completed 80 days ago: within its 90-day window, due in 10 days.
            end = date.today() - timedelta(days=80)
            edit_item(
                session,
                item_id,
                {"start_date": (end - timedelta(days=2)).isoformat(), "end_date": end.isoformat()},
                actor="test",
            )
        client = create_app(ingestor, testing=True).test_client()
        page = client.get("/progress").get_data(as_text=True)
        assert "CCNP Enterprise" in page and "of 80 CE credits" in page
        assert "pending review 40" in page
        assert "need 80 more credits" in page
        assert f"#{item_id}" in page and "Submit soon" in page
        assert page.count("Submit soon") == 1  # the CCNA beside it repeats no deadline
        assert "renews with CCNP Enterprise (the highest certification held" in page
        detail = client.get(f"/items/{item_id}").get_data(as_text=True)
        assert "Expected: <strong>40 credits</strong>" in detail
        assert "Submit on the CE portal by" in detail


def test_progress_page_names_a_broken_rule_file(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text("levels: [associate]\npaths: {}\n")
    settings = settings_from_mapping({"renewal_rules": "rules.yaml"}, base=tmp_path)
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    ingestor = Ingestor(settings, open_database(settings.database), reader)
    page = create_app(ingestor, testing=True).test_client().get("/progress")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "The renewal rules cannot be used:" in text and "must list each of" in text


def test_progress_page_without_certifications_says_how_to_add_one(client: FlaskClient) -> None:
    page = client.get("/progress").get_data(as_text=True)
    assert "certifications:" in page and "config.yaml" in page


def test_the_item_page_teaches_its_layout_after_a_correction(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    from taught_layouts import RECORDS, baltic_record

    result = ingestor.ingest(baltic_record(tmp_path, RECORDS[0], "record.pdf"), move_source=False)
    item_id = result.item_id
    assert item_id is not None
    offer = "Read certificates like this one this way from now on"
    assert offer not in client.get(f"/items/{item_id}").get_data(as_text=True)
    csrf = token(client)
    edited = {"csrf_token": csrf, "course_name": RECORDS[0].course}
    client.post(f"/items/{item_id}/edit", data=edited)
    assert offer in client.get(f"/items/{item_id}").get_data(as_text=True)
    preview = client.get(f"/items/{item_id}/profile").get_data(as_text=True)
    assert "whose study record names the programme" in preview  # the YAML, shown before saving
    target = ingestor.settings.profiles / "baltic-network-institute.yaml"
    assert not target.exists()
    saved = client.post(f"/items/{item_id}/profile", data={"csrf_token": csrf})
    assert saved.status_code == 302
    assert "whose study record names the programme" in target.read_text()
    # The reader uses it from the next certificate on, without a restart.
    nxt = ingestor.reader.extract(baltic_record(tmp_path, RECORDS[1], "next.pdf"))
    assert nxt.fields["course_name"].value == RECORDS[1].course
    # Only the fixture's owner_name (someone else) flags it.
    assert [p.kind.value for p in nxt.problems] == ["other_owner"]


def test_small_things_a_user_sees(client: FlaskClient, ingestor: Ingestor, tmp_path: Path) -> None:
    with client.get("/favicon.ico") as icon:
        assert icon.status_code == 200 and b"<svg" in icon.data
    item_id = record(ingestor, tmp_path)
    client.post(f"/items/{item_id}/approve", data={"csrf_token": token(client)})
    history = client.get(f"/items/{item_id}").get_data(as_text=True)
    assert "recorded as pending" in history and "pending → ready" in history
    assert "status status" not in history and "created:" not in history
    assert '<footer class="where">' in history and "; database sqlite:///" in history
    (tmp_path / "again").mkdir()
    again = CLEAN_CASES[0].build(tmp_path / "again")
    with again.open("rb") as handle:
        page = client.post(
            "/upload",
            data={"csrf_token": token(client), "file": [(handle, "again.pdf")]},
            content_type="multipart/form-data",
            follow_redirects=True,
        ).get_data(as_text=True)
    assert f'<li class="warning">again.pdf: duplicate of #{item_id}</li>' in page


def test_the_page_reopens_and_undoes(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    csrf = token(client)
    client.post(f"/items/{item_id}/reject", data={"csrf_token": csrf, "reason": "wrong course"})
    page = client.get(f"/items/{item_id}").get_data(as_text=True)
    assert "Reopen for review" in page and "Undo the last status change" in page
    reopened = client.post(
        f"/items/{item_id}/reopen", data={"csrf_token": csrf}, follow_redirects=True
    ).get_data(as_text=True)
    assert "Reopened: pending review again." in reopened
    undone = client.post(
        f"/items/{item_id}/undo", data={"csrf_token": csrf}, follow_redirects=True
    ).get_data(as_text=True)
    assert "Undone: back to rejected." in undone
    with ingestor.sessions() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.status == ItemStatus.rejected


def test_a_one_date_certificate_gets_a_start_equals_end_button(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    from bulk_certificates import make_certificate

    one = ingestor.ingest(make_certificate(tmp_path, 0, one_date=True), move_source=False)
    two = ingestor.ingest(make_certificate(tmp_path, 1), move_source=False)
    assert one.item_id and two.item_id
    assert "Start date = end date" in client.get(f"/items/{one.item_id}").get_data(as_text=True)
    assert "Start date = end date" not in client.get(f"/items/{two.item_id}").get_data(as_text=True)
    client.post(
        f"/items/{one.item_id}/edit",
        data={"csrf_token": token(client), "start_date": "same-as-end"},
    )
    with ingestor.sessions() as session:
        item = session.get(Item, one.item_id)
        assert item is not None and item.start_date == item.end_date is not None


def test_the_credits_page_links_the_calendar(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    from icalendar import Calendar

    item_id = record(ingestor, tmp_path)
    assert 'href="/export.ics"' in client.get("/progress").get_data(as_text=True)
    with client.get("/export.ics") as response:
        assert response.mimetype == "text/calendar"
        calendar = Calendar.from_ical(response.data)
    uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
    assert uids == {f"item-{item_id}-submit@ceinbox"}


def test_a_refused_edit_keeps_what_the_person_typed(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    page = client.post(
        f"/items/{item_id}/edit",
        data={"csrf_token": token(client), "start_date": "2030-12-01"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "start date 2030-12-01 is in the future" in page
    assert re.search(r'id="f-start_date"[^>]*value="2030-12-01"', page)
    again = client.get(f"/items/{item_id}").get_data(as_text=True)
    assert 'value="2030-12-01"' not in again  # shown once, then the stored value again
