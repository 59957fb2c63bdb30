"""The review page in a real headless Chromium, against `ceinbox serve` in its own process.

Skipped, with the reason shown, where no Chromium is installed; in CI (CI=true) a missing
browser fails instead, since .ci/run installs it.
"""

from __future__ import annotations

import base64
import csv
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.db import open_database
from pipeline.models import Item, ItemStatus

from certfactory import CLEAN_CASES, PARTIAL_CASES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium for the browser tests")
    pytest.skip("no chromium installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


class Server:
    """`ceinbox serve --port 0` in its own process, on a config in a temporary folder."""

    def __init__(self, root: Path, extra_config: str = "") -> None:
        self.config = root / "config.yaml"
        owner = f"owner_name: {CLEAN_CASES[0].expected.learner_name}\n"
        self.config.write_text(owner + extra_config)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pipeline",
                "--config",
                str(self.config),
                "serve",
                "--port",
                "0",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=root,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = re.search(r"review page: (http://127\.0\.0\.1:\d+/)", line)
        assert found, line + self.process.stderr.read() if self.process.stderr else line
        self.url = found.group(1)

    def item(self, item_id: int) -> Item:
        sessions = open_database(load_settings(self.config).database)
        with sessions() as session:
            item = session.get(Item, item_id)
            assert item is not None
            session.expunge(item)
            return item

    def stop(self) -> None:
        self.process.terminate()
        self.process.communicate(timeout=30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path)
    yield running
    running.stop()


def drop_file(page: Page, path: Path) -> None:
    """Drag a file from the desktop onto the page, as a person does."""
    payload = base64.b64encode(path.read_bytes()).decode()
    page.evaluate(
        """([name, payload]) => {
            const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, { type: "application/pdf" }));
            for (const type of ["dragenter", "dragover", "drop"]) {
                const event = new DragEvent(type, { dataTransfer: transfer, bubbles: true });
                document.dispatchEvent(event);
            }
        }""",
        [path.name, payload],
    )


def drop_on_inbox(page: Page, server: Server, path: Path) -> None:
    """Open the inbox page, drop a certificate on it, and wait for its item page."""
    page.goto(server.url)
    drop_file(page, path)
    page.wait_for_url(re.compile(r"/items/\d+$"))


def test_drop_review_correct_approve_export(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    case = PARTIAL_CASES[0]  # a single-date certificate: the start date needs a person
    certificate = case.build(tmp_path)
    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page.goto(server.url)
    expect(page.get_by_text("Drop certificate PDFs here")).to_be_visible()

    drop_file(page, certificate)
    page.wait_for_url(re.compile(r"/items/\d+$"))
    item_id = int(page.url.rsplit("/", 1)[1])
    expect(page.get_by_text(f"recorded as #{item_id}")).to_be_visible()
    expect(page.locator("figure img")).to_be_visible()
    expect(page.locator(".box")).not_to_have_count(0)
    expect(page.locator("#f-validation_code")).to_have_value(str(case.expected.validation_code))

    # A box focuses its field.
    page.locator('.box[data-field="course_name"]').click()
    expect(page.locator("#f-course_name")).to_be_focused()

    # Correct the missing start date and save: the history shows the change.
    page.fill("#f-start_date", "2023-12-01")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    expect(page.locator(".history")).to_contain_text("2023-12-01")

    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved")).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Export CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text())))
    assert rows[0]["start_date"] == "2023-12-01"
    assert rows[0]["status"] == "ready"

    stored = server.item(item_id)
    assert stored.status == ItemStatus.ready
    assert stored.start_date is not None and stored.start_date.isoformat() == "2023-12-01"


def test_copy_button_puts_the_value_on_the_clipboard(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    page.goto(server.url)
    page.set_input_files("#file", CLEAN_CASES[0].build(tmp_path))
    page.get_by_role("button", name="Add").click()
    page.wait_for_url(re.compile(r"/items/\d+$"))
    page.get_by_role("button", name="Copy Validation code").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == CLEAN_CASES[0].expected.validation_code
    context.close()


def test_keyboard_reaches_every_action(browser: Browser, server: Server, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server.url)
    case = (
        next(c for c in CLEAN_CASES if c.expected.learner_name == "Ewa Sandoval-Kraus")
        if any(c.expected.learner_name == "Ewa Sandoval-Kraus" for c in CLEAN_CASES)
        else CLEAN_CASES[0]
    )
    page.set_input_files("#file", case.build(tmp_path))
    page.get_by_role("button", name="Add").click()
    page.wait_for_url(re.compile(r"/items/\d+$"))
    focused: set[str] = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        focused.add(
            page.evaluate("document.activeElement.textContent.trim() || document.activeElement.id")
        )
    assert {"Save changes", "Approve", "Reject"} <= focused
    assert "f-validation_code" in focused
    # The owner's own certificate: no warning about whose it is.
    expect(page.locator(".warning", has_text="not to the owner")).to_have_count(0)
    page.screenshot(path=str(tmp_path / "review-page.png"))
    assert (tmp_path / "review-page.png").stat().st_size > 10_000


def test_dashboard_shows_progress_and_deadlines(browser: Browser, tmp_path: Path) -> None:
    config = "certifications:\n  - {name: CCNA, level: associate, expires: 2030-01-31}\n"
    server = Server(tmp_path, config)
    try:
        page = browser.new_page()
        page.goto(server.url)
        page.set_input_files("#file", CLEAN_CASES[0].build(tmp_path))
        page.get_by_role("button", name="Add").click()
        page.wait_for_url(re.compile(r"/items/\d+$"))
        page.get_by_role("link", name="Credits & deadlines").click()
        expect(page.get_by_role("heading", name="CCNA")).to_be_visible()
        expect(page.locator(".progress")).to_be_visible()
        expect(page.get_by_text("of 30 CE credits")).to_be_visible()
    finally:
        server.stop()


def test_dropping_a_duplicate_says_which_item_it_duplicates(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    certificate = CLEAN_CASES[0].build(tmp_path)
    page = browser.new_page()
    drop_on_inbox(page, server, certificate)
    page.goto(server.url)
    drop_file(page, certificate)
    page.wait_for_url(server.url)
    expect(page.get_by_text("duplicate of #1")).to_be_visible()


def test_a_correction_teaches_the_layout_from_the_page(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    from taught_layouts import RECORDS, baltic_record

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server.url)
    page.set_input_files("#file", baltic_record(tmp_path, RECORDS[0], "record-1.pdf"))
    page.get_by_role("button", name="Add").click()
    page.wait_for_url(re.compile(r"/items/\d+$"))
    offer = page.get_by_role("link", name="Read certificates like this one this way from now on")
    expect(offer).to_have_count(0)  # nothing corrected yet
    page.fill("#f-course_name", RECORDS[0].course)
    page.fill("#f-validation_code", RECORDS[0].code)
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Saved.")).to_be_visible()

    offer.click()
    expect(page.locator("pre.yaml")).to_contain_text("whose study record names the programme")
    page.get_by_role("button", name="Save this profile").click()
    expect(page.get_by_text("certificates like this one are read this way")).to_be_visible()

    page.goto(server.url)
    page.set_input_files("#file", baltic_record(tmp_path, RECORDS[1], "record-2.pdf"))
    page.get_by_role("button", name="Add").click()
    page.wait_for_url(re.compile(r"/items/\d+$"))
    expect(page.locator("#f-course_name")).to_have_value(RECORDS[1].course)
    expect(page.locator("#f-validation_code")).to_have_value(RECORDS[1].code)
    stored = server.item(int(page.url.rsplit("/", 1)[1]))
    # Only whose certificate it is (the server's owner is someone else) is left to check.
    assert [p for p in stored.problems if "not to the owner" not in p] == []


def test_an_item_recorded_by_mistake_is_deleted_and_its_file_kept(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    certificate = CLEAN_CASES[0].build(tmp_path)
    page = browser.new_page()
    drop_on_inbox(page, server, certificate)
    archived = Path(server.item(1).document.archive_path)
    delete = page.get_by_role("button", name="Delete this item")
    delete.click()  # refused by the browser until the box is ticked
    expect(page).to_have_url(re.compile(r"/items/1$"))
    page.get_by_label("recorded by mistake").check()
    delete.click()
    page.wait_for_url(server.url)
    expect(page.get_by_text("Deleted item #1; its certificate is kept at")).to_be_visible()
    assert archived.is_file()
    gone = page.goto(f"{server.url}items/1")
    assert gone is not None and gone.status == 404
    expect(page.get_by_text("item #1 was deleted on")).to_be_visible()
    page.goto(server.url)
    drop_file(page, certificate)  # the same file again is a new item, not a duplicate
    page.wait_for_url(re.compile(r"/items/2$"))  # not the deleted item's id again


def test_the_review_flow_has_no_dead_ends(browser: Browser, server: Server, tmp_path: Path) -> None:
    one_date = PARTIAL_CASES[0].build(tmp_path)  # prints one date: no start date
    (tmp_path / "clean").mkdir()
    clean = CLEAN_CASES[0].build(tmp_path / "clean")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    for certificate in (one_date, clean):
        drop_on_inbox(page, server, certificate)

    # Bulk approve: the incomplete item's box cannot be ticked, and says why.
    page.goto(server.url)
    blocked = page.get_by_label(re.compile(r"item 1 cannot be approved yet: misses start date"))
    expect(blocked).to_be_disabled()
    page.get_by_label("select item 2").check()
    page.get_by_role("button", name="Approve selected").click()
    expect(page.get_by_text("Approved 1 item(s): ready to submit.")).to_be_visible()

    # A wrong value typed by a person is refused in one line and kept in the field.
    page.goto(f"{server.url}items/1")
    page.fill("#f-end_date", "2031-01-01")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text(re.compile(r"end date 2031-01-01 is in the future"))).to_be_visible()
    expect(page.locator("#f-end_date")).to_have_value("2031-01-01")

    # One click fills the start date the portal needs; then it can be approved.
    page.goto(f"{server.url}items/1")
    page.get_by_role("button", name=re.compile(r"Start date = end date")).click()
    expect(page.locator("#f-start_date")).to_have_value(str(PARTIAL_CASES[0].expected.end_date))
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text("Approved")).to_be_visible()

    # Ways back: reopen the ready item, undo that, reject and reopen.
    page.get_by_role("button", name="Reopen for review").click()
    expect(page.get_by_text("Reopened: pending review again.")).to_be_visible()
    page.get_by_role("button", name="Undo the last status change").click()
    expect(page.get_by_text("Undone: back to ready.")).to_be_visible()
    page.fill("#reason", "not in the catalog")
    page.get_by_role("button", name="Reject").click()
    page.get_by_role("button", name="Reopen for review").click()
    expect(page.get_by_text("Reopened: pending review again.")).to_be_visible()
    assert server.item(1).status == ItemStatus.pending
    assert server.item(2).status == ItemStatus.ready
