"""Faults the store and the inbox must survive, each with real processes and real files:
a writer holding the database for longer than the busy timeout, a file written in chunks with
pauses, a file that never completes, a watcher that died holding claims, refused files put
back through the inbox."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from bulk_certificates import make_certificate, make_certificates
from click.testing import CliRunner
from settings_for_tests import make_settings
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from pipeline.claims import WORK_FOLDER, Claims
from pipeline.cli import main
from pipeline.completeness import Patience, looks_complete
from pipeline.config import Settings
from pipeline.db import BUSY_TIMEOUT_MS, open_database, reading, writing
from pipeline.errors import StoreUnavailable
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import Ingestor, IngestResult, Outcome
from pipeline.models import Item
from pipeline.watcher import InboxWatcher

BUSY_SECONDS = BUSY_TIMEOUT_MS / 1000
HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    connection.execute("ROLLBACK")
    """
)


class LockHolder:
    """Another process holding SQLite's write lock for `seconds`."""

    def __init__(self, database: Path, seconds: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(database), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"
        self.started = time.monotonic()

    def wait(self) -> None:
        self.process.communicate(timeout=60)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    found = make_settings(tmp_path)
    found.inbox.mkdir(parents=True)
    return found


@pytest.fixture
def ingestor(settings: Settings) -> Iterator[Ingestor]:
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    with reader:
        yield Ingestor(settings, open_database(settings.database), reader)


def database_file(settings: Settings) -> Path:
    return Path(settings.database.removeprefix("sqlite:///"))


def count_items(sessions: sessionmaker[Session]) -> int:
    with reading(sessions) as session:
        return session.scalar(select(func.count(Item.id))) or 0


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_reads_answer_at_once_while_another_process_holds_the_write_lock(
    ingestor: Ingestor, settings: Settings, tmp_path: Path
) -> None:
    ingestor.ingest(make_certificate(tmp_path, 1), move_source=False)
    holder = LockHolder(database_file(settings), 2 * BUSY_SECONDS)
    began = time.monotonic()
    assert count_items(ingestor.sessions) == 1
    config = tmp_path / "config.yaml"
    config.write_text("owner_name: null\n")
    listed = CliRunner().invoke(main, ["--config", str(config), "list", "--json"])
    assert listed.exit_code == 0, listed.output
    assert '"course_name": "Switching Lab A00001"' in listed.output
    waited = time.monotonic() - began
    assert holder.process.poll() is None  # the lock was held all along
    holder.wait()
    assert waited < BUSY_SECONDS  # never waited for the writer


def test_a_write_outlasts_a_lock_held_longer_than_the_busy_timeout(settings: Settings) -> None:
    sessions = open_database(settings.database)
    holder = LockHolder(database_file(settings), BUSY_SECONDS + 1.5)
    outcomes: dict[str, object] = {}

    def write(name: str, patience: float) -> None:
        try:
            writing(
                sessions,
                lambda s: s.execute(text("UPDATE alembic_version SET version_num = version_num")),
                patience=patience,
            )
            outcomes[name] = time.monotonic() - holder.started
        except StoreUnavailable as exc:
            outcomes[name] = exc

    threads = [
        threading.Thread(target=write, args=("patient", 60.0)),
        threading.Thread(target=write, args=("impatient", 0.0)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    holder.wait()
    # The patient write hit "database is locked" once (after the busy timeout) and retried.
    patient = outcomes["patient"]
    assert isinstance(patient, float) and patient >= BUSY_SECONDS
    impatient = outcomes["impatient"]
    assert isinstance(impatient, StoreUnavailable)
    assert "database is locked" in str(impatient)


def test_a_certificate_meeting_a_locked_database_waits_in_the_inbox_then_is_recorded(
    ingestor: Ingestor, settings: Settings
) -> None:
    path = make_certificate(settings.inbox, 2)
    ingestor.reader.extract(path)  # the reader process is up before the lock is taken
    impatient = replace(ingestor, store_patience=0.0)
    holder = LockHolder(database_file(settings), BUSY_SECONDS + 2.5)
    waiting = impatient.ingest(path, move_source=True)
    holder.wait()
    assert waiting.outcome == Outcome.WAITING, waiting.log_line()
    assert waiting.retry_after and "database unavailable" in (waiting.reason or "")
    assert path.is_file()  # back where it was, not in failed/
    assert files_in(settings.failed) == [] and files_in(settings.inbox) == [path]
    again = impatient.ingest(path, move_source=True)
    assert again.outcome == Outcome.RECORDED, again.log_line()
    assert count_items(ingestor.sessions) == 1 and files_in(settings.inbox) == []


def test_the_page_and_the_cli_read_while_a_commit_waits_for_nothing(
    ingestor: Ingestor, settings: Settings, tmp_path: Path
) -> None:
    """The original fault: a long read (the page) held the write lock and the watcher's
    commit failed. Now a read transaction held open does not delay a commit at all."""
    ingestor.ingest(make_certificate(tmp_path, 3), move_source=False)
    with reading(ingestor.sessions) as session, session.begin():
        assert session.scalar(select(func.count(Item.id))) == 1
        began = time.monotonic()
        result = replace(ingestor, store_patience=0.0).ingest(
            make_certificate(settings.inbox, 4), move_source=True
        )
        took = time.monotonic() - began
    assert result.outcome == Outcome.RECORDED, result.log_line()
    assert took < BUSY_SECONDS


class Recorder:
    """The watcher's handler: ingest each file, keep every result, pass on the retry delay."""

    def __init__(self, ingestor: Ingestor) -> None:
        self.ingestor = ingestor
        self.results: list[IngestResult] = []

    def __call__(self, path: Path) -> float | None:
        result = self.ingestor.ingest(path, move_source=True)
        self.results.append(result)
        return result.retry_after


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_a_file_written_in_chunks_with_pauses_is_recorded_once_complete(
    ingestor: Ingestor, settings: Settings, tmp_path: Path
) -> None:
    data = make_certificate(tmp_path, 5).read_bytes()
    recorder = Recorder(ingestor)
    target = settings.inbox / "slow download.pdf"
    with InboxWatcher(settings.inbox, recorder, quiet_seconds=0.3, poll_interval=0.05):
        with target.open("wb") as handle:
            for start in range(0, len(data), len(data) // 3 + 1):
                handle.write(data[start : start + len(data) // 3 + 1])
                handle.flush()
                time.sleep(1.2)  # a pause four times the quiet period, as scp or wget make
        wait_for(lambda: any(r.outcome == Outcome.RECORDED for r in recorder.results))
    outcomes = [r.outcome for r in recorder.results]
    assert Outcome.WAITING in outcomes  # it was seen unfinished, and waited for
    assert Outcome.FAILED not in outcomes
    assert outcomes.count(Outcome.RECORDED) == 1
    assert files_in(settings.failed) == [] and files_in(settings.inbox) == []


def test_a_file_that_never_completes_is_refused_when_patience_runs_out(
    ingestor: Ingestor, settings: Settings, tmp_path: Path
) -> None:
    data = make_certificate(tmp_path, 6).read_bytes()
    recorder = Recorder(replace(ingestor, patience=Patience(limit_seconds=2.0)))
    with InboxWatcher(settings.inbox, recorder, quiet_seconds=0.2, poll_interval=0.05):
        (settings.inbox / "cut off.pdf").write_bytes(data[: len(data) // 2])
        wait_for(lambda: any(r.outcome == Outcome.FAILED for r in recorder.results))
    waits = [r for r in recorder.results if r.outcome == Outcome.WAITING]
    assert len(waits) >= 2 and waits[0].retry_after == 1.0
    assert all(0 < (w.retry_after or 0) <= 2.0 for w in waits)
    refused = settings.failed / "cut off.pdf"
    assert refused.is_file()
    assert "truncated" in Path(f"{refused}.error.txt").read_text()


def test_patience_grows_its_pauses_restarts_when_the_file_grows_and_ends(
    tmp_path: Path,
) -> None:
    now = [0.0]
    patience = Patience(limit_seconds=20.0, clock=lambda: now[0])
    path = tmp_path / "part.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    assert not looks_complete(path)
    pauses = []
    while (pause := patience.delay(path)) is not None:
        pauses.append(pause)
        now[0] += pause
    assert pauses == [1.0, 2.0, 4.0, 8.0, 5.0]  # the last one only up to the limit
    with path.open("ab") as handle:
        handle.write(b"endobj\n")
    assert patience.delay(path) == 1.0  # it grew: a new wait
    with path.open("ab") as handle:
        handle.write(b"trailer\n<<>>\n%%EOF\n")
    assert looks_complete(path) and patience.delay(path) is None
    not_pdf = tmp_path / "photo.pdf"
    not_pdf.write_bytes(b"\x89PNG not a pdf")
    assert looks_complete(not_pdf)  # for the reader to refuse at once, never waited for


def test_claims_of_a_watcher_that_died_come_back_into_the_inbox(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(dead.stdout)
    mine = Claims(inbox)
    theirs = Claims(inbox, pid=dead_pid)
    (inbox / "sub").mkdir(parents=True)
    waiting = inbox / "sub" / "certificate.pdf"
    waiting.write_bytes(b"%PDF-1.7 claimed")
    claimed = theirs.claim(waiting)
    assert claimed is not None and not waiting.exists()
    assert claimed.is_relative_to(inbox / WORK_FOLDER)
    assert mine.claim(waiting) is None  # already taken: the other watcher has it
    assert mine.register() == []  # the dead watcher is not announced as another watcher
    assert mine.recover() == 1
    assert waiting.read_bytes() == b"%PDF-1.7 claimed"
    assert not (inbox / WORK_FOLDER / f"{theirs.host}-{dead_pid}").exists()
    living = Claims(inbox, pid=os.getppid())
    living.register()
    assert mine.register() == [f"pid {os.getppid()}"]


def refuse(settings: Settings, name: str, data: bytes, reason: str) -> Path:
    settings.failed.mkdir(parents=True, exist_ok=True)
    path = settings.failed / name
    path.write_bytes(data)
    Path(f"{path}.error.txt").write_text(reason + "\n")
    return path


def test_retry_puts_refused_files_back_through_the_inbox(
    settings: Settings, tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("owner_name: null\n")
    good = make_certificate(tmp_path / "src", 7).read_bytes()
    refuse(settings, "good.pdf", good, "internal error: the database was unavailable")
    refuse(settings, "bad.pdf", b"%PDF-1.7\n" + b"x" * 300 + b"\n%%EOF\n", "damaged")
    runner = CliRunner()
    one = runner.invoke(main, ["--config", str(config), "retry", "good.pdf"])
    assert one.exit_code == 0, one.output
    assert "good.pdf: recorded as #1" in one.output
    assert not (settings.failed / "good.pdf").exists()
    assert not (settings.failed / "good.pdf.error.txt").exists()
    rest = runner.invoke(main, ["--config", str(config), "retry"])
    assert rest.exit_code == 1
    assert "bad.pdf: failed:" in rest.output
    assert (settings.failed / "bad.pdf").is_file()
    note = (settings.failed / "bad.pdf.error.txt").read_text()
    assert note.strip() != "damaged"  # refused again, with the reader's own reason
    unknown = runner.invoke(main, ["--config", str(config), "retry", "nothing.pdf"])
    assert unknown.exit_code == 1
    assert "nothing.pdf: no such refused file" in unknown.output
    assert "Traceback" not in unknown.output
    assert files_in(settings.inbox) == []


def redownloaded(folder: Path, sources: list[Path]) -> list[Path]:
    """The same certificates downloaded again: other bytes, same values."""
    folder.mkdir(parents=True)
    copies = []
    for source in sources:
        copy = folder / source.name
        copy.write_bytes(source.read_bytes() + b"\n% downloaded again\n")
        copies.append(copy)
    return copies


def test_two_imports_of_the_same_certificates_at_once_record_each_once(
    tmp_path: Path, database_url: str
) -> None:
    """Two machines (here two processes) importing the same re-downloaded certificates into
    one database at the same moment: the database itself keeps each certificate once."""
    sources = make_certificates(tmp_path / "laptop", 20, tag="R")
    redownloaded(tmp_path / "desktop", sources)
    config = tmp_path / "config.yaml"
    config.write_text(f"owner_name: null\ndatabase: {database_url}\n")
    command = [sys.executable, "-m", "pipeline", "--config", str(config), "import"]
    runs = [
        subprocess.Popen(
            [*command, str(tmp_path / name)],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("laptop", "desktop")
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, out + err
        assert "Traceback" not in err
    sessions = open_database(database_url)
    try:
        assert count_items(sessions) == 20
    finally:
        sessions.kw["bind"].dispose()
    assert (summed("recorded", outputs), summed("duplicates", outputs)) == (20, 20)


def summed(label: str, outputs: list[tuple[str, str]]) -> int:
    """A count from `import`'s summary, added over several runs."""
    total = 0
    for out, _ in outputs:
        found = re.search(rf"^{label}\s+(\d+)", out, re.MULTILINE)
        assert found, out
        total += int(found.group(1))
    return total


def test_a_lost_database_connection_is_retried_not_a_failure(
    tmp_path: Path, database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("a connection to a SQLite file cannot be cut from outside")
    import psycopg
    from sqlalchemy import make_url

    settings = make_settings(tmp_path, database_url)
    settings.inbox.mkdir(parents=True)
    sessions = open_database(database_url)
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    with reader:
        ingestor = Ingestor(settings, sessions, reader)
        first = ingestor.ingest(make_certificate(settings.inbox, 8), move_source=True)
        assert first.outcome == Outcome.RECORDED
        # The server drops every connection to this database (a restart, a network cut).
        admin = make_url(database_url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (make_url(database_url).database,),
            )
        second = ingestor.ingest(make_certificate(settings.inbox, 9), move_source=True)
    assert second.outcome == Outcome.RECORDED, second.log_line()
    assert count_items(sessions) == 2
    assert files_in(settings.failed) == []
    sessions.kw["bind"].dispose()


def test_where_the_system_refuses_a_memory_cap_the_reader_still_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """macOS refuses RLIMIT_AS below the current usage: the reader starts without the cap."""
    import resource

    from pipeline.extract.guard import _limit_memory

    def refuse(*args: object) -> None:
        raise ValueError("current limit exceeds maximum limit")

    monkeypatch.setattr(resource, "setrlimit", refuse)
    _limit_memory(64)  # no exception: the worker goes on to report ready
    assert "no memory limit" in capsys.readouterr().err


def test_reading_one_file_in_the_command_leaves_the_process_limits_as_they_were(
    tmp_path: Path,
) -> None:
    """`extract FILE` reads in its own process under the memory cap; the cap is lifted after,
    so a program calling it (a test run, a notebook) keeps its own limits."""
    import resource

    from pipeline.config import ExtractionLimits
    from pipeline.extract.guard import extract_here

    before = resource.getrlimit(resource.RLIMIT_AS)
    result = extract_here(
        make_certificate(tmp_path, 11),
        profiles=load_profiles(None),
        limits=ExtractionLimits(memory_limit_mb=900),
    )
    assert result.fields["validation_code"].value == "BLK-A00011-7325"
    assert resource.getrlimit(resource.RLIMIT_AS) == before
