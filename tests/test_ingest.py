"""The per-file work on real files and a real SQLite database: record, duplicate, fail,
and a crash at every step followed by a restart (nothing lost, nothing doubled)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from settings_for_tests import make_settings
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from pipeline.claims import owner_tag
from pipeline.config import Settings
from pipeline.db import open_database
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import STEPS, Ingestor, Outcome
from pipeline.models import Document, Item, ItemStatus

from certfactory import CLEAN_CASES, UNCLEAR_CASES

CASE = CLEAN_CASES[0]


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """On SQLite and on PostgreSQL (conftest's database_url)."""
    return make_settings(tmp_path, database_url)


@pytest.fixture
def ingestor(settings: Settings) -> Iterator[Ingestor]:
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    sessions = open_database(settings.database)
    with reader:
        yield Ingestor(settings, sessions, reader)
    sessions.kw["bind"].dispose()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_items(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count(Item.id))) or 0


def test_a_certificate_is_recorded_archived_and_leaves_the_inbox(
    ingestor: Ingestor, settings: Settings
) -> None:
    settings.inbox.mkdir(parents=True)
    path = CASE.build(settings.inbox)
    digest = sha256(path)
    result = ingestor.ingest(path, move_source=True)
    assert result.outcome == Outcome.RECORDED, result.reason
    assert not path.exists()
    with ingestor.sessions() as session:
        item = session.get(Item, result.item_id)
        assert item is not None and item.status == ItemStatus.pending
        assert item.validation_code == CASE.expected.validation_code
        archived = Path(item.document.archive_path)
        assert archived.is_file() and sha256(archived) == digest
        assert archived.is_relative_to(settings.archive)
    assert result.log_line() == f"{path.name}: recorded as #{result.item_id}"


def test_an_unclear_certificate_is_recorded_as_needing_review(
    ingestor: Ingestor, settings: Settings
) -> None:
    settings.inbox.mkdir()
    path = UNCLEAR_CASES[0].build(settings.inbox)
    result = ingestor.ingest(path, move_source=True)
    assert result.outcome == Outcome.NEEDS_REVIEW
    assert "needs review" in result.log_line()


def test_the_same_bytes_again_is_a_duplicate_kept_with_a_note(
    ingestor: Ingestor, settings: Settings, tmp_path: Path
) -> None:
    first = CASE.build(tmp_path)
    recorded = ingestor.ingest(first, move_source=False)
    settings.inbox.mkdir()
    again = settings.inbox / "copy of certificate.pdf"
    again.write_bytes(first.read_bytes())
    result = ingestor.ingest(again, move_source=True)
    assert result.outcome == Outcome.DUPLICATE and result.item_id == recorded.item_id
    kept = settings.failed / "duplicates" / again.name
    assert kept.is_file() and not again.exists()
    note = Path(f"{kept}.error.txt").read_text()
    assert f"#{recorded.item_id}" in note
    assert count_items(ingestor.sessions) == 1
    assert first.exists()  # an import never touches the user's original


def test_a_redownloaded_certificate_is_a_duplicate(ingestor: Ingestor, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = CASE.build(tmp_path / "a")
    second = CASE.build(tmp_path / "b")
    # The same certificate rendered again: different bytes (creation date), same code.
    with second.open("ab") as handle:
        handle.write(b"\n% downloaded again\n")
    assert sha256(first) != sha256(second)
    one = ingestor.ingest(first, move_source=False)
    two = ingestor.ingest(second, move_source=False)
    assert two.outcome == Outcome.DUPLICATE and two.item_id == one.item_id


def test_a_bad_file_goes_to_failed_with_its_reason(ingestor: Ingestor, settings: Settings) -> None:
    settings.inbox.mkdir()
    bad = settings.inbox / "scan.pdf"
    bad.write_bytes(b"not a pdf at all")
    result = ingestor.ingest(bad, move_source=True)
    assert result.outcome == Outcome.FAILED
    kept = settings.failed / "scan.pdf"
    assert kept.read_bytes() == b"not a pdf at all"
    assert "not a PDF" in Path(f"{kept}.error.txt").read_text()
    assert result.log_line().startswith("scan.pdf: failed: not a PDF")
    assert count_items(ingestor.sessions) == 0


def test_failed_files_with_the_same_name_never_overwrite(
    ingestor: Ingestor, settings: Settings
) -> None:
    settings.inbox.mkdir()
    for content in (b"first", b"second"):
        bad = settings.inbox / "x.pdf"
        bad.write_bytes(content)
        ingestor.ingest(bad, move_source=True)
    kept = sorted(p.read_bytes() for p in settings.failed.glob("x*.pdf"))
    assert kept == [b"first", b"second"]


def test_past_items_can_be_recorded_as_earned(ingestor: Ingestor, tmp_path: Path) -> None:
    result = ingestor.ingest(CASE.build(tmp_path), move_source=False, status=ItemStatus.earned)
    with ingestor.sessions() as session:
        item = session.get(Item, result.item_id)
        assert item is not None and item.status == ItemStatus.earned


CRASHING_RUN = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from test_ingest import make_settings
    from pipeline.db import open_database
    from pipeline.extract.guard import GuardedExtractor
    from pipeline.extract.profiles import load_profiles
    from pipeline.ingest import Ingestor

    def crash(step):
        if step == {step!r}:
            os._exit(17)  # a real crash: no cleanup, no finally blocks

    if __name__ == "__main__":
        settings = make_settings(Path({root!r}), {database!r})
        reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
        ingestor = Ingestor(settings, open_database(settings.database), reader, checkpoint=crash)
        ingestor.ingest(Path({path!r}), move_source=True)
    """
)


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_step_then_a_restart_loses_and_doubles_nothing(
    step: str, tmp_path: Path, database_url: str
) -> None:
    settings = make_settings(tmp_path, database_url)
    settings.inbox.mkdir()
    path = CASE.build(settings.inbox)
    digest = sha256(path)
    script = CRASHING_RUN.format(
        tests=str(Path(__file__).parent),
        step=step,
        root=str(tmp_path),
        path=str(path),
        database=database_url,
    )
    crashed = subprocess.run([sys.executable, "-c", script], check=False, timeout=120)
    assert crashed.returncode == 17

    # Restart: process whatever is still in the inbox, as the watcher does at start.
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    with reader:
        ingestor = Ingestor(settings, open_database(settings.database), reader)
        ingestor.sweep()  # as every command does at start: a dead watcher's claims come back
        for waiting in sorted(settings.inbox.glob("*.pdf")):
            ingestor.ingest(waiting, move_source=True)

    with ingestor.sessions() as session:
        documents = session.scalars(select(Document)).all()
    ingestor.sessions.kw["bind"].dispose()
    assert len(documents) == 1  # recorded exactly once
    archived = Path(documents[0].archive_path)
    assert archived.is_file() and sha256(archived) == digest
    assert not list(settings.inbox.glob("*.pdf"))  # nothing left waiting
    leftovers = [p for p in settings.archive.rglob("*") if p.name.startswith(".incoming")]
    assert leftovers == []
    assert not [p for p in settings.inbox.rglob("*") if p.is_file()]  # no claim left behind


def test_sweep_removes_copies_a_crash_left_half_written(
    ingestor: Ingestor, settings: Settings
) -> None:
    folder = settings.archive / "2026"
    folder.mkdir(parents=True)
    (folder / ".incoming-abc.pdf").write_bytes(b"%PDF-1.7 half")  # whose, unknown
    mine = folder / f".incoming-{owner_tag()}~x1.pdf"  # this process is staging it
    mine.write_bytes(b"%PDF-1.7 being copied")
    (folder / "0123456789ab-kept.pdf").write_bytes(b"%PDF-1.7 whole")
    assert ingestor.sweep() == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted(["0123456789ab-kept.pdf", mine.name])


def test_two_ingests_racing_for_one_certificate_record_it_once(
    ingestor: Ingestor, settings: Settings, tmp_path: Path
) -> None:
    import threading
    from dataclasses import replace

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = CASE.build(tmp_path / "a")
    second = CASE.build(tmp_path / "b")
    with second.open("ab") as handle:
        handle.write(b"\n% downloaded again\n")  # a re-download: other bytes, same code
    both_at_commit = threading.Barrier(2, timeout=60)

    def wait_for_the_other(step: str) -> None:
        if step == "commit":
            both_at_commit.wait()

    racing = replace(ingestor, checkpoint=wait_for_the_other)
    results = []

    def run(path: Path) -> None:
        results.append(racing.ingest(path, move_source=False))

    threads = [threading.Thread(target=run, args=(p,)) for p in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(r.outcome.value for r in results) == ["duplicate", "recorded"]
    assert count_items(ingestor.sessions) == 1
    assert len(list(settings.archive.rglob("*.pdf"))) == 1  # no orphan copy
