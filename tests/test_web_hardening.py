"""The review page against hostile input: every state-changing route needs the CSRF token
and POST, nothing a certificate carries is ever rendered as markup, no route serves a file
by a path from the request, uploads are bounded and checked, and the page answers only to
its own address (DNS rebinding)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bulk_certificates import make_certificate
from flask import Flask
from flask.testing import FlaskClient
from web_client import token

from pipeline.cli.web import DEFAULT_HOST
from pipeline.config import settings_from_mapping
from pipeline.db import open_database, reading
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import Ingestor
from pipeline.models import Item
from pipeline.web import create_app
from pipeline.web.app import host_check

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'
# A file name cannot hold "/": the same attack without one.
EVIL_NAME = "<img src=x onerror=alert(1)><svg onload=alert(2)>"
MARKUP = re.compile(r"<script>alert|<img src=x|<svg onload")


@pytest.fixture
def ingestor(tmp_path: Path) -> Iterator[Ingestor]:
    settings = settings_from_mapping({"owner_name": None}, base=tmp_path)
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    with reader:
        yield Ingestor(settings, open_database(settings.database), reader, actor="test")


def record(ingestor: Ingestor, folder: Path, index: int = 0, **kwargs: str) -> int:
    result = ingestor.ingest(make_certificate(folder, index, **kwargs), move_source=False)
    assert result.item_id is not None, result.log_line()
    return result.item_id


def state_changing_rules(app: Flask) -> list[str]:
    return sorted(r.rule for r in app.url_map.iter_rules() if "POST" in (r.methods or ()))


def test_every_state_changing_route_needs_post_and_the_csrf_token(
    app: Flask, client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    rules = state_changing_rules(app)
    assert len(rules) >= 6  # approve, upload, edit, status actions, profile, retry
    tried = 0
    for rule in rules:
        for action in ("approve", "reject", "submitted", "earned") if "<action>" in rule else ("",):
            url = rule.replace("<int:item_id>", str(item_id)).replace("<action>", action)
            refused = client.post(url, data={"course_name": "changed", "name": "x.pdf"})
            assert refused.status_code == 400, url  # no token: refused before any work
            tried += 1
    assert tried >= 9
    with reading(ingestor.sessions) as session:
        item = session.get(Item, item_id)
        assert item is not None and item.status.value == "pending"
        assert item.course_name == "Routing Lab A00000"
    for rule in rules:
        methods = next(r.methods for r in app.url_map.iter_rules() if r.rule == rule)
        if "GET" not in (methods or ()):
            url = rule.replace("<int:item_id>", str(item_id)).replace("<action>", "approve")
            assert client.get(url).status_code == 405, url


def test_nothing_a_certificate_carries_is_rendered_as_markup(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    # Printed on the certificate (course and learner) and in its file name.
    item_id = record(
        ingestor,
        tmp_path,
        1,
        course=f"Course {EVIL}",
        learner="Eve <b>Mallory</b>",
        name=f"{EVIL_NAME}.pdf",
    )
    other = record(ingestor, tmp_path, 2)
    csrf = token(client)
    client.post(
        f"/items/{other}/edit",
        data={"csrf_token": csrf, "validation_code": EVIL, "learner_name": EVIL},
    )
    # A refused file with a hostile name and reason.
    ingestor.settings.failed.mkdir(parents=True, exist_ok=True)
    (ingestor.settings.failed / f"x{EVIL_NAME}.pdf").write_bytes(b"%PDF-1.7 refused")
    (ingestor.settings.failed / f"x{EVIL_NAME}.pdf.error.txt").write_text(f"bad {EVIL}\n")
    pages = ["/", f"/items/{item_id}", f"/items/{other}", "/progress", "/?q=%3Cscript%3E"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not MARKUP.search(response.text), url
        assert "<b>Mallory" not in response.text
    assert "&lt;script&gt;" in client.get("/").text
    for fmt in ("csv", "json"):
        exported = client.get(f"/export.{fmt}")
        assert exported.headers["Content-Type"].startswith(("text/csv", "application/json"))
        assert "attachment" in exported.headers["Content-Disposition"]


def test_no_route_serves_a_file_by_a_path_from_the_request(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    item_id = record(ingestor, tmp_path)
    secret = ingestor.settings.failed.parent / "config.yaml"
    secret.write_text("secret: yes\n")
    attempts = [
        "/static/../config.yaml",
        "/static/%2e%2e/config.yaml",
        "/static/..%2fconfig.yaml",
        f"/items/{item_id}/pages/0.png",
        f"/items/{item_id}/pages/-1.png",
        f"/items/{item_id}/pages/2.png",
        "/items/999/pdf",
        "/items/999/pages/1.png",
        f"/items/{item_id}/../../config.yaml",
        "/export.yaml",
        "/export.csv/../../config.yaml",
    ]
    for url in attempts:
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"secret: yes" not in response.data
    retried = client.post(
        "/refused/retry", data={"csrf_token": token(client), "name": "../config.yaml"}
    )
    assert retried.status_code == 302
    assert secret.read_text() == "secret: yes\n"  # not moved into the inbox
    assert not ingestor.settings.inbox.exists() or not any(ingestor.settings.inbox.iterdir())


def test_uploads_that_are_not_pdfs_are_refused_and_kept_apart(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    from io import BytesIO

    data = {
        "csrf_token": token(client),
        "file": [(BytesIO(b"MZ\x90\x00 an executable"), "certificate.pdf")],
    }
    response = client.post("/upload", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    listing = client.get("/").text
    assert "not a PDF" in listing and "Refused files" in listing
    with reading(ingestor.sessions) as session:
        assert session.query(Item).count() == 0


def test_the_page_answers_only_to_its_own_address(client: FlaskClient) -> None:
    assert DEFAULT_HOST == "127.0.0.1"
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"):
        assert client.get("/", headers={"Host": host}).status_code == 200, host
    for host in ("evil.example", "evil.example:8765", "127.0.0.1.evil.example", "attacker"):
        response = client.get("/", headers={"Host": host})
        assert response.status_code == 400, host
    token_page = client.get("/", headers={"Host": "localhost"}).text
    found = re.search(r'name="csrf-token" content="([^"]+)"', token_page)
    assert found
    forged = client.post(
        "/approve", data={"csrf_token": found.group(1)}, headers={"Host": "evil.example"}
    )
    assert forged.status_code == 400


def test_bound_to_every_interface_the_page_accepts_addresses_but_not_other_names() -> None:
    check = host_check("0.0.0.0")
    assert check("192.168.1.20:8765") and check("[fe80::1]:8765") and check("localhost")
    assert not check("evil.example") and not check("rebind.attacker.test:8765")
    specific = host_check("192.168.1.20")
    assert specific("192.168.1.20:8765") and not specific("10.0.0.1")


def huge_certificate(folder: Path) -> Path:
    """A certificate on a 200 x 200 inch page box (the largest PDF allows)."""
    from reportlab.pdfgen.canvas import Canvas

    path = folder / "poster.pdf"
    canvas = Canvas(str(path), pagesize=(14400, 14400), invariant=1)
    canvas.setFont("Helvetica-Bold", 600)
    canvas.drawCentredString(7200, 10000, "Certificate of Completion")
    canvas.setFont("Helvetica", 300)
    canvas.drawCentredString(7200, 8000, "Ada Novak has completed Routing Lab Poster")
    canvas.drawString(1000, 3000, "Date: March 3, 2025")
    canvas.showPage()
    canvas.save()
    return path


def test_a_huge_page_box_renders_small_in_the_reader_process(
    client: FlaskClient, ingestor: Ingestor, tmp_path: Path
) -> None:
    from PIL import Image

    from pipeline.previews import MAX_PIXELS

    result = ingestor.ingest(huge_certificate(tmp_path), move_source=False)
    assert result.item_id is not None, result.log_line()
    assert client.get(f"/items/{result.item_id}").status_code == 200
    with client.get(f"/items/{result.item_id}/pages/1.png") as image:
        assert image.status_code == 200
    (cached,) = (ingestor.settings.archive / ".previews").glob(f"{sha(tmp_path)}-1.*png")
    with Image.open(cached) as png:
        assert png.width * png.height <= MAX_PIXELS
        assert png.width > 1000  # still a readable preview


def sha(folder: Path) -> str:
    import hashlib

    return hashlib.sha256((folder / "poster.pdf").read_bytes()).hexdigest()


def test_a_page_the_reader_cannot_render_in_time_leaves_the_item_page_usable(
    ingestor: Ingestor, tmp_path: Path
) -> None:
    from dataclasses import replace

    item_id = record(ingestor, tmp_path)
    limits = replace(ingestor.settings.extraction, time_limit_seconds=0.001)
    with GuardedExtractor(profiles=[], limits=limits) as slow:
        client = create_app(ingestor, previews=slow, testing=True).test_client()
        page = client.get(f"/items/{item_id}")
        assert page.status_code == 200
        assert "This page cannot be shown: reading took longer than" in page.text
        assert "Routing Lab A00000" in page.text  # the fields are all there
        assert client.get(f"/items/{item_id}/pages/1.png").status_code == 404
