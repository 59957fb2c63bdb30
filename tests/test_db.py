"""Engines, migrations and sessions on real SQLite files, across processes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.db import SCHEMA_HEAD, alembic_config, make_engine, open_database, upgrade
from pipeline.extract.model import FIELD_NAMES, Extraction, FieldValue
from pipeline.items import SourceFile, get_item, item_to_json, record_item
from pipeline.models import Base, Document, Item

TABLES = {
    "alembic_version",
    "documents",
    "deleted_items",
    "items",
    "history",
    "catalog_entries",
    "exams",
}


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def db_url(database_url: str) -> str:
    """Each test runs on SQLite and on PostgreSQL (conftest's database_url)."""
    return database_url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)


def certificate(code: str = "CLP-2023-7781X") -> Extraction:
    values = {
        "course_name": "Implementing Cisco Enterprise Network Core Technologies",
        "start_date": "2023-06-12",
        "end_date": "2023-06-16",
        "validation_code": code,
        "learner_name": "Jane Q. Doe",
        "issuer": "Cisco Learning Partner",
    }
    fields = {
        name: FieldValue(values[name], 0.95, 1, (10.0, 20.0, 30.0, 40.0), "test")
        for name in FIELD_NAMES
    }
    return Extraction("cert.pdf", "0" * 64, 1, "learning-partner", fields, (), False)


def source(sha256: str = "a" * 64) -> SourceFile:
    return SourceFile(sha256, "cert.pdf", 1234, 1, "/archive/2023/cert.pdf", "certificate text")


def run_python(code: str, *, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_make_engine_creates_the_database_folder(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "deep" / "er" / "ceinbox.db"))
    try:
        assert (tmp_path / "deep" / "er").is_dir()
    finally:
        engine.dispose()


def test_upgrade_creates_the_schema_and_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) == TABLES
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    assert versions == [(head_revision(),)]


def test_open_database_migrates_and_keeps_objects_usable_after_commit(db_url: str) -> None:
    sessions = open_database(db_url)
    try:
        with sessions() as session, session.begin():
            item = record_item(session, certificate(), source())
        # expire_on_commit=False: the committed item is still readable without a session.
        assert item_to_json(item)["validation_code"] == "CLP-2023-7781X"
    finally:
        sessions.kw["bind"].dispose()


EXPRESSION_INDEXES = {"ix_items_code_lower"}


def test_the_migrations_build_exactly_the_models(sessions: sessionmaker[Session]) -> None:
    engine = sessions.kw["bind"]

    def comparable(obj: object, name: str | None, kind: str, *args: object) -> bool:
        # SQLite cannot reflect an index on an expression: that one is checked below.
        return not (kind == "index" and name in EXPRESSION_INDEXES and sqlite)

    sqlite = engine.dialect.name == "sqlite"
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression")
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_object": comparable}
            )
            assert compare_metadata(context, Base.metadata) == []
            if sqlite:
                indexes = connection.execute(text("PRAGMA index_list(items)")).all()
                assert {row[1] for row in indexes} >= EXPRESSION_INDEXES


def test_schema_head_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_a_code_lookup_uses_the_index(sessions: sessionmaker[Session]) -> None:
    engine = sessions.kw["bind"]
    if engine.dialect.name != "sqlite":
        pytest.skip("the plan is read with SQLite's EXPLAIN QUERY PLAN")
    with engine.connect() as connection:
        plan = connection.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM items WHERE lower(validation_code) = 'x'")
        ).all()
    assert "ix_items_code_lower" in " ".join(str(row) for row in plan)


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "ceinbox.db"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    engine.dispose()


def test_foreign_keys_are_enforced(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(IntegrityError), sessions() as session, session.begin():
        session.execute(
            text(
                "INSERT INTO history (item_id, at, actor, action) "
                "VALUES (999, '2024-01-01 00:00:00', 'test', 'created')"
            )
        )


def test_the_same_bytes_cannot_be_recorded_twice(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        record_item(session, certificate(), source())
    with pytest.raises(IntegrityError), sessions() as session, session.begin():
        record_item(session, certificate("OTHER-1"), source())


def test_a_failed_transaction_leaves_nothing(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(RuntimeError), sessions() as session, session.begin():
        record_item(session, certificate(), source())
        raise RuntimeError("crash before commit")
    with sessions() as session:
        assert session.scalars(select(Document)).all() == []


def test_times_come_back_aware_in_utc(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        item_id = record_item(session, certificate(), source()).id
    with sessions() as session:
        item = get_item(session, item_id)
        assert item.created_at.tzinfo is UTC
        assert abs(datetime.now(UTC) - item.created_at).total_seconds() < 60


def test_open_database_from_two_processes_in_a_row(db_url: str, tmp_path: Path) -> None:
    code = f"""
        from pipeline.db import open_database
        sessions = open_database({db_url!r})
        sessions.kw["bind"].dispose()
        print("ok")
    """
    for _ in range(2):
        done = run_python(code, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "ok"


def test_two_processes_starting_together_both_migrate_cleanly(db_url: str, tmp_path: Path) -> None:
    code = f"""
        from pipeline.db import open_database
        open_database({db_url!r}).kw["bind"].dispose()
    """
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code)],
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr


def test_another_process_sees_committed_items(
    sessions: sessionmaker[Session], db_url: str, tmp_path: Path
) -> None:
    with sessions() as session, session.begin():
        item = record_item(session, certificate(), source())
    expected = item_to_json(item)
    code = f"""
        import json
        from pipeline.db import open_database
        from pipeline.items import get_item, item_to_json
        sessions = open_database({db_url!r})
        with sessions() as session:
            print(json.dumps(item_to_json(get_item(session, {item.id}))))
        sessions.kw["bind"].dispose()
    """
    done = run_python(code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected


def test_a_second_writer_waits_for_the_first_instead_of_failing(
    sessions: sessionmaker[Session], db_url: str, tmp_path: Path
) -> None:
    started = tmp_path / "writer-started"
    code = f"""
        from pathlib import Path
        from pipeline.db import open_database
        from pipeline.items import SourceFile, record_item
        from pipeline.extract.model import FIELD_NAMES, MISSING, Extraction
        Path({str(started)!r}).touch()
        sessions = open_database({db_url!r})
        extraction = Extraction("b.pdf", "b" * 64, 1, None,
                                {{n: MISSING for n in FIELD_NAMES}}, (), True)
        with sessions() as session, session.begin():
            record_item(session, extraction, SourceFile("b" * 64, "b.pdf", 1, 1, "b.pdf", ""))
        sessions.kw["bind"].dispose()
    """
    with sessions() as session, session.begin():
        record_item(session, certificate(), source())
        writer = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code)],
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        # Hold the write lock a while longer: the writer must wait, not fail.
        time.sleep(0.5)
    _, stderr = writer.communicate(timeout=120)
    assert writer.returncode == 0, stderr
    with sessions() as session:
        assert len(session.scalars(select(Item)).all()) == 2
