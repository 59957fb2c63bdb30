"""The light read path of `list`, `show` and `progress` (pipeline.quick_store) against SQLAlchemy's.

Both readers read one real SQLite store, built the way ingestion and review build it; their
answers must be identical, and the commands must print the same through either path, while
the light one never imports SQLAlchemy.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from sqlalchemy.orm import Session

from pipeline import quick_store
from pipeline.catalog import EXAMPLE_CATALOG, read_catalog_file
from pipeline.catalog_store import load_catalog, replace_catalog
from pipeline.db import open_database
from pipeline.exams import add_exam
from pipeline.extract.model import FIELD_NAMES, Extraction, FieldValue
from pipeline.item_edits import edit_item
from pipeline.items import SourceFile, list_rows, record_item
from pipeline.progress_store import renewal_facts
from pipeline.removal import delete_item
from pipeline.store_values import ExamType, ItemStatus

from credit_records import add_item

ROOT = Path(__file__).resolve().parents[1]
# Run a command and report whether SQLAlchemy was imported, as the last line of stderr.
RUN = (
    "import sys\n"
    "from pipeline.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:], prog_name='ceinbox')\n"
    "except SystemExit as done:\n"
    "    code = done.code\n"
    "print('sqlalchemy' in sys.modules, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with items in every status, a catalog, exams and an undated item."""
    path = tmp_path_factory.mktemp("quick") / "ceinbox.db"
    sessions = open_database(f"sqlite:///{path}")
    try:
        with sessions() as session, session.begin():
            replace_catalog(session, read_catalog_file(EXAMPLE_CATALOG), source="example.csv")
            add_exam(
                session,
                name="ENCOR 350-401",
                exam_type=ExamType.technology,
                passed_on=date(2023, 5, 2),
                today=date(2026, 11, 25),
            )
            for course, end, status in (
                ("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "2024-09-13", "earned"),
                ("Understanding Cisco Network Automation Essentials", "2026-10-20", "submitted"),
                ("Implementing Automation for Cisco Enterprise Solutions", "2026-09-01", "ready"),
                ("Cisco U. Tutorial: OSPF", "2026-07-15", "pending"),
                ("Designing Cisco Enterprise Wireless Networks", "2026-11-20", "pending"),
                ("Not a CE course", "2026-02-01", "rejected"),
                ("Old course before the period", "2019-03-01", "earned"),
            ):
                add_item(session, course, end, ItemStatus(status), granted=12.5)
            _undated_flagged_item(session)
            edit_item(session, 3, {"course_name": "Implementing Automation (ENAUI)"}, actor="cli")
            doomed = add_item(session, "Recorded by mistake", "2026-03-01")
            delete_item(session, doomed, actor="cli")
    finally:
        sessions.kw["bind"].dispose()
    return path


def _undated_flagged_item(session: Session) -> None:
    fields = {
        name: FieldValue(None, 0.0, None, None, "not found")
        if name in ("end_date", "start_date", "validation_code")
        else FieldValue("Ünïcode Course Ω", 0.5, 1, (1.0, 2.0, 3.0, 4.0), "test")
        for name in FIELD_NAMES
    }
    extraction = Extraction("u.pdf", "f" * 64, 1, None, fields, (), True)
    source = SourceFile("f" * 64, "u.pdf", 1, 1, "/archive/u.pdf", "")
    record_item(session, extraction, source)


def test_both_readers_give_the_same_items_catalog_and_renewal_facts(store: Path) -> None:
    url = f"sqlite:///{store}"
    sessions = open_database(url)
    try:
        with sessions() as session:
            for status in (None, *ItemStatus):
                quick = quick_store.read(url, lambda c, s=status: quick_store.listed_items(c, s))
                orm = [
                    quick_store.ListedItem(**r._asdict()) for r in list_rows(session, status=status)
                ]
                assert quick == orm
            assert quick_store.read(url, quick_store.catalog) == load_catalog(session)
            assert quick_store.read(url, quick_store.renewal_facts) == renewal_facts(session)
            listed = quick_store.read(url, lambda c: quick_store.listed_items(c, None))
    finally:
        sessions.kw["bind"].dispose()
    assert listed is not None and len(listed) == 8
    assert listed[0].needs_review and listed[0].end_date is None  # flagged first
    assert {item.status for item in listed} == set(ItemStatus)


def _run(store: Path, url: str, *args: str) -> tuple[int, str, str, bool]:
    """Exit code, stdout, stderr and whether SQLAlchemy was imported."""
    config = store.parent / f"config-{abs(hash(url))}.yaml"
    certifications = [{"name": "CCNP Enterprise", "level": "professional", "expires": "2027-03-31"}]
    config.write_text(yaml.safe_dump({"database": url, "certifications": certifications}))
    done = subprocess.run(
        [sys.executable, "-c", RUN, "--config", str(config), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    *told, imported = done.stderr.strip().splitlines()
    return done.returncode, done.stdout, "\n".join(told), imported == "True"


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("list", "--status", "pending"),
        ("list", "--status", "rejected"),
        *(("show", str(n)) for n in range(1, 9)),
        ("show", "9"),  # deleted: SQLAlchemy's path tells who deleted it
        ("show", "99"),
        ("progress", "--today", "2026-11-25"),
        ("progress", "--json", "--today", "2026-11-25"),
    ],
)
def test_commands_print_the_same_without_sqlalchemy(store: Path, args: tuple[str, ...]) -> None:
    quick = _run(store, f"sqlite:///{store}", *args)
    # A query string is not the plain file the light path reads: SQLAlchemy reads it.
    orm = _run(store, f"sqlite:///{store}?timeout=5", *args)
    assert orm[3] is True
    assert quick[:3] == orm[:3]
    if args[0] == "show" and int(args[1]) > 8:
        assert quick[0] == 1 and quick[2].startswith("ceinbox: ")  # no such item
        assert ("deleted" in quick[2]) == (args[1] == "9")
        return
    assert quick[3] is False, "the light path imported SQLAlchemy"
    assert quick[1].strip()


def test_list_json_reads_whole_items_through_sqlalchemy(store: Path) -> None:
    code, out, _, used_sqlalchemy = _run(store, f"sqlite:///{store}", "list", "--json")
    assert code == 0 and used_sqlalchemy and '"sha256"' in out


def test_every_other_store_is_left_to_sqlalchemy(store: Path, tmp_path: Path) -> None:
    def count(url: str) -> int | None:
        return quick_store.read(url, lambda c: len(quick_store.listed_items(c, None)))

    assert count(f"sqlite:///{store}") == 8
    assert count("postgresql://ceinbox:ceinbox@127.0.0.1/ceinbox") is None
    assert count(f"sqlite:///{tmp_path / 'absent.db'}") is None
    assert not (tmp_path / "absent.db").exists()  # reading never creates a store
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("not a database")
    assert count(f"sqlite:///{not_a_store}") is None
    older = tmp_path / "older.db"
    shutil.copy(store, older)
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    assert count(f"sqlite:///{older}") is None  # SQLAlchemy's path migrates it first


def test_list_of_a_store_to_create_still_works(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'ceinbox.db'}"
    code, out, _, used_sqlalchemy = _run(tmp_path, url, "list")
    assert (code, out.strip(), used_sqlalchemy) == (0, "no items", True)
    assert (tmp_path / "new" / "ceinbox.db").is_file()
