"""`ceinbox watch` as a user runs it: a real process, a real observer, real files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bulk_certificates import make_certificates

from pipeline.claims import WORK_FOLDER

from certfactory import CLEAN_CASES

TIMEOUT = 30.0


def wait_for(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


class Watching:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.config = root / "config.yaml"
        self.config.write_text("owner_name: null\n")
        self.inbox = root / "inbox"
        self.failed = root / "failed"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "--config", str(self.config), "watch"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=root,
        )

    def items(self) -> list[dict[str, object]]:
        done = subprocess.run(
            [sys.executable, "-m", "pipeline", "--config", str(self.config), "list", "--json"],
            capture_output=True,
            text=True,
            check=True,
            cwd=self.root,
        )
        data = json.loads(done.stdout)
        assert isinstance(data, list)
        return data

    def stop(self) -> tuple[int, str, str]:
        self.process.send_signal(signal.SIGTERM)
        out, err = self.process.communicate(timeout=TIMEOUT)
        return self.process.returncode, out, err


@pytest.fixture
def watching(tmp_path: Path) -> Iterator[Watching]:
    watcher = Watching(tmp_path)
    wait_for(lambda: watcher.inbox.is_dir())
    yield watcher
    if watcher.process.poll() is None:
        watcher.process.kill()
        watcher.process.communicate()


def test_files_dropped_into_the_inbox_become_items_and_sigterm_stops_cleanly(
    watching: Watching, tmp_path: Path
) -> None:
    source = tmp_path / "downloads"
    source.mkdir()
    first = CLEAN_CASES[0].build(source)
    second = CLEAN_CASES[1].build(source)

    # copyfile, not copy: the watcher takes a file when it is closed, so copy's chmod after
    # the close may find it gone (a copier's own race; the certificate is recorded).
    shutil.copyfile(first, watching.inbox / first.name)
    # A browser download: written under .crdownload, renamed when complete.
    partial = watching.inbox / f"{second.name}.crdownload"
    partial.write_bytes(second.read_bytes())
    partial.replace(watching.inbox / second.name)
    # The first certificate again, and a file that is not a PDF.
    shutil.copyfile(first, watching.inbox / "copy.pdf")
    (watching.inbox / "broken.pdf").write_bytes(b"this is not a pdf")

    # rglob: a file being worked on sits in the watcher's working folder below the inbox.
    wait_for(lambda: not any(watching.inbox.rglob("*.pdf")))
    items = watching.items()
    codes = sorted(str(item["validation_code"]) for item in items)
    assert codes == sorted(str(case.expected.validation_code) for case in CLEAN_CASES[:2])
    assert all(item["status"] == "pending" for item in items)
    duplicates = {p.name for p in (watching.failed / "duplicates").glob("*.pdf")}
    assert duplicates in ({"copy.pdf"}, {first.name})  # whichever of the two came second
    assert (watching.failed / "broken.pdf.error.txt").read_text().startswith("not a PDF")

    code, out, err = watching.stop()
    assert code == 0, err
    assert "duplicate of #" in out and "failed: not a PDF" in out and "recorded as #" in out
    assert "Traceback" not in err


def test_files_already_waiting_are_processed_at_start(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    CLEAN_CASES[2].build(inbox)
    watcher = Watching(tmp_path)
    try:
        wait_for(lambda: not any(inbox.rglob("*.pdf")))
        assert len(watcher.items()) == 1
    finally:
        code, _, err = watcher.stop()
    assert code == 0, err


def test_two_watchers_on_one_inbox_share_the_files_without_a_false_failure(
    tmp_path: Path,
) -> None:
    first = Watching(tmp_path)
    wait_for(lambda: first.inbox.is_dir())
    second = Watching(tmp_path)  # the same config: the same inbox and database
    try:
        wait_for(lambda: len(list((first.inbox / WORK_FOLDER).iterdir())) == 2)
        sources = make_certificates(tmp_path / "downloads", 30, tag="W")
        for source in sources:
            partial = first.inbox / f"{source.name}.part"
            shutil.copy(source, partial)
            partial.replace(first.inbox / source.name)
        wait_for(lambda: len(first.items()) == 30, timeout=120)
    finally:
        results = [first.stop(), second.stop()]
    outputs = "".join(out for _, out, _ in results)
    assert all(code == 0 for code, _, _ in results), [err for _, _, err in results]
    assert "note: another watcher (pid" in results[1][1]
    assert outputs.count(": recorded as #") == 30  # each file once, by one of the two
    assert "failed" not in outputs and "duplicate" not in outputs
    assert all("Traceback" not in err for _, _, err in results)
    assert [p for p in first.inbox.rglob("*") if p.is_file()] == []
    assert not first.failed.exists() or not any(first.failed.rglob("*.pdf"))
    codes = sorted(str(item["validation_code"]) for item in first.items())
    assert len(set(codes)) == 30


def test_with_notify_on_each_recorded_certificate_is_announced_on_the_desktop(
    tmp_path: Path,
) -> None:
    """`notify: true`: the watcher calls the desktop's notifier (here a stand-in notify-send
    on PATH that writes down what it was asked to show)."""
    shown = tmp_path / "shown.txt"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    notifier = bin_dir / "notify-send"
    notifier.write_text(f'#!/bin/sh\nprintf "%s|%s|%s\\n" "$1" "$2" "$3" >> "{shown}"\n')
    notifier.chmod(0o755)
    (tmp_path / "config.yaml").write_text("owner_name: null\nnotify: true\n")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = CLEAN_CASES[0].build(tmp_path)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "--config", str(tmp_path / "config.yaml"), "watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    try:
        shutil.copyfile(source, inbox / "new.pdf")
        wait_for(lambda: shown.exists() and "recorded as #1" in shown.read_text())
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=TIMEOUT)
    assert shown.read_text().splitlines() == ["--app-name=ceinbox|ceinbox|new.pdf: recorded as #1"]
