"""`ceinbox catalog`, `exam` and `progress` through the real commands on a real SQLite file.

`progress` and `exam add` take a hidden `--today YYYY-MM-DD`: the tests pin the date with it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner, Result

import pipeline.cli.credits  # registers the commands until pipeline.cli imports it
import pipeline.cli.reading
from pipeline.cli import main
from pipeline.config import load_settings
from pipeline.db import open_database
from pipeline.models import ItemStatus

from credit_records import add_item

ROOT = Path(__file__).resolve().parents[1]
CCNP = {"name": "CCNP Enterprise", "level": "professional", "expires": date(2027, 3, 31)}


class Ceinbox:
    """Runs ceinbox commands against one config folder."""

    def __init__(self, root: Path, certifications: list[dict[str, object]]) -> None:
        self.root = root
        self.config = root / "config.yaml"
        self.config.write_text(yaml.safe_dump({"certifications": certifications}))
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int = 0) -> Result:
        result = self.runner.invoke(main, ["--config", str(self.config), *args])
        assert result.exit_code == code, (result.output, result.stderr)
        return result

    def add_items(self, *items: tuple[str, str, ItemStatus]) -> list[int]:
        """Record items straight into the database, as ingestion and review would."""
        sessions = open_database(load_settings(self.config).database)
        try:
            with sessions() as session, session.begin():
                return [add_item(session, *item) for item in items]
        finally:
            sessions.kw["bind"].dispose()


@pytest.fixture
def ceinbox(tmp_path: Path) -> Ceinbox:
    return Ceinbox(tmp_path, [CCNP])


def catalog_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_new_command_has_help_with_an_example() -> None:
    assert isinstance(main, click.Group)
    commands: list[tuple[str, click.Command]] = []
    for name in ("catalog", "exam", "progress"):
        command = main.commands[name]
        commands.append((name, command))
        if isinstance(command, click.Group):
            commands += [(f"{name} {sub}", c) for sub, c in command.commands.items()]
    assert {name for name, _ in commands} >= {
        "catalog import",
        "catalog list",
        "exam add",
        "exam list",
        "exam remove",
    }
    for name, command in commands:
        assert command.help and "Example" in command.help, f"{name}'s help has no example"
    assert pipeline.cli.reading.ATTENTION_EXIT == 3


# --- catalog -----------------------------------------------------------------------------


def test_the_example_catalog_imports_and_lists(ceinbox: Ceinbox) -> None:
    done = ceinbox("catalog", "import", "example")
    assert done.stdout.startswith("12 catalog entries imported from ")
    listed = ceinbox("catalog", "list", "--today", "2026-11-25").stdout
    assert "64  instructor-led" in listed and "Enterprise Network Core Technologies" in listed
    assert "offer until 2026-06-30 (ended)" in listed
    entries = json.loads(ceinbox("catalog", "list", "--json").stdout)
    assert entries[0] == {
        "row": 2,
        "pattern": "Enterprise Network Core Technologies",
        "credits": 64.0,
        "type": "instructor-led",
        "offer_expires": None,
        "note": entries[0]["note"],
    }


def test_reimporting_replaces_the_catalog(ceinbox: Ceinbox, tmp_path: Path) -> None:
    ceinbox("catalog", "import", "example")
    smaller = catalog_file(tmp_path, "mine.csv", "pattern,credits,type\nMy course,8,other\n")
    assert "(replacing 12)" in ceinbox("catalog", "import", str(smaller)).stdout
    entries = json.loads(ceinbox("catalog", "list", "--json").stdout)
    assert [e["pattern"] for e in entries] == ["My course"]


def test_bad_rows_are_one_line_each_and_nothing_is_imported(
    ceinbox: Ceinbox, tmp_path: Path
) -> None:
    ceinbox("catalog", "import", "example")
    bad = catalog_file(
        tmp_path,
        "bad.csv",
        "pattern,credits,type,offer_expires\n"
        "Fine course,8,other,\n"
        "Broken course,eight,other,\n"
        "Another,8,webinar,\n"
        "Dated,8,event,2026-13-01\n",
    )
    done = ceinbox("catalog", "import", str(bad), code=2)
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"ceinbox: {bad}: row 3: column 'credits' must be a number of credits (0 or more), "
        "not 'eight'",
        f"ceinbox: {bad}: row 4: column 'type' must be one of instructor-led, e-learning, "
        "event, authoring, other, not 'webinar'",
        f"ceinbox: {bad}: row 5: column 'offer_expires' must be a date YYYY-MM-DD or empty, "
        "not '2026-13-01'",
    ]
    assert len(json.loads(ceinbox("catalog", "list", "--json").stdout)) == 12


def test_a_missing_catalog_file_is_one_line(ceinbox: Ceinbox, tmp_path: Path) -> None:
    done = ceinbox("catalog", "import", str(tmp_path / "nope.csv"), code=2)
    assert done.stderr.count("\n") == 1 and "cannot read" in done.stderr


def test_an_empty_catalog_says_how_to_import_one(ceinbox: Ceinbox) -> None:
    assert "catalog import" in ceinbox("catalog", "list").stdout
    assert json.loads(ceinbox("catalog", "list", "--json").stdout) == []


# --- exams -------------------------------------------------------------------------------


def test_exams_are_added_listed_and_removed(ceinbox: Ceinbox) -> None:
    added = ceinbox(
        "exam",
        "add",
        "--name",
        "ENARSI 300-410",
        "--type",
        "professional",
        "--passed",
        "2025-05-20",
        "--today",
        "2026-01-01",
    )
    assert added.stdout == "exam #1 recorded: ENARSI 300-410 (professional), 2025-05-20\n"
    assert json.loads(ceinbox("exam", "list", "--json").stdout) == [
        {"id": 1, "name": "ENARSI 300-410", "type": "professional", "passed_on": "2025-05-20"}
    ]
    assert "2025-05-20  professional ENARSI 300-410" in ceinbox("exam", "list").stdout
    ceinbox("exam", "remove", "1")
    assert ceinbox("exam", "list").stdout == "no exams recorded\n"
    assert ceinbox("exam", "remove", "1", code=1).stderr == "ceinbox: no exam #1\n"


def test_exam_mistakes_are_refused(ceinbox: Ceinbox) -> None:
    future = ceinbox(
        "exam",
        "add",
        "--name",
        "ENCOR",
        "--type",
        "technology",
        "--passed",
        "2026-02-01",
        "--today",
        "2026-01-01",
        code=1,
    )
    assert future.stderr == "ceinbox: the date passed 2026-02-01 is in the future\n"
    ceinbox("exam", "add", "--name", "ENCOR", "--type", "expert", "--passed", "2025-02-01", code=2)
    ceinbox(
        "exam", "add", "--name", "ENCOR", "--type", "technology", "--passed", "01/02/2025", code=2
    )


# --- progress ----------------------------------------------------------------------------


@pytest.fixture
def history(ceinbox: Ceinbox) -> dict[str, int]:
    """A CCNP holder in late 2026: one course earned, one submitted, one late, one due soon."""
    ceinbox("catalog", "import", "example")
    ceinbox(
        "exam",
        "add",
        "--name",
        "ENCOR 350-401",
        "--type",
        "technology",
        "--passed",
        "2023-05-02",
        "--today",
        "2026-11-25",
    )
    ids = ceinbox.add_items(
        ("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", "2024-09-13", ItemStatus.earned),
        (
            "Understanding Cisco Network Automation Essentials (DEVNAE)",
            "2026-10-20",
            ItemStatus.submitted,
        ),
        (
            "Implementing Automation for Cisco Enterprise Solutions (ENAUI)",
            "2026-09-01",
            ItemStatus.ready,
        ),
        ("Cisco U. Tutorial: OSPF", "2026-07-15", ItemStatus.pending),  # after its offer ended
        ("Designing Cisco Enterprise Wireless Networks", "2026-08-01", ItemStatus.pending),
        ("Implementing Cisco SD-WAN Solutions", "2026-11-02", ItemStatus.pending),  # a retake
        ("Old course before the period", "2024-03-01", ItemStatus.earned),
    )
    names = ("sdwan", "devnae", "enaui", "tutorial", "ensld", "retake", "old")
    return dict(zip(names, ids, strict=True))


def test_progress_of_a_realistic_history_exits_3(ceinbox: Ceinbox, history: dict[str, int]) -> None:
    done = ceinbox("progress", "--today", "2026-11-25", code=3)
    text = done.stdout
    assert (
        "CCNP Enterprise (professional) — expires 2027-03-31, in 126 days; period from "
        "2024-04-01" in text
    )
    assert "earned 40 · submitted 16 · ready 24 · pending review 40" in text
    assert "80 CE credits" in text and "40 CE credits + one professional exam" in text
    assert (
        "need 40 more credits by 2027-03-31; ready and submitted items would cover 40; "
        "40 more pending review"
    ) in text
    assert f"#{history['ensld']:<4} by 2026-10-30 (26 days late)" in text
    assert f"#{history['enaui']:<4} by 2026-11-30 (in 5 days)" in text
    assert (
        f"#{history['tutorial']:<4} Cisco U. Tutorial: OSPF: not in the catalog (the offer" in text
    )
    # One alarm line per kind, with a count; the late items are each listed above it.
    assert (
        "! 2 items missed their 90-day submission window (the oldest 43 days ago): the portal "
        "may refuse them (each is listed as late)"
    ) in text
    assert text.count(" should have been submitted by ") == 0


def test_progress_json_holds_the_contract(ceinbox: Ceinbox, history: dict[str, int]) -> None:
    done = ceinbox("progress", "--json", "--today", "2026-11-25", code=3)
    (data,) = json.loads(done.stdout)
    assert {k: data[k] for k in ("name", "level", "expires", "days_left", "required")} == {
        "name": "CCNP Enterprise",
        "level": "professional",
        "expires": "2027-03-31",
        "days_left": 126,
        "required": 80,
    }
    assert (data["earned"], data["submitted"], data["ready"], data["pending"]) == (40, 16, 24, 40)
    assert [(d["id"], d["submit_by"], d["overdue"]) for d in data["due"]] == [
        (history["tutorial"], "2026-10-13", True),
        (history["ensld"], "2026-10-30", True),
        (history["enaui"], "2026-11-30", False),
    ]
    assert data["closest"] == "80 CE credits" and data["need"] == 40
    assert data["exams"] == []  # ENCOR was passed before this period
    items = {i["id"]: i for i in data["items"]}
    assert history["old"] not in items
    assert items[history["retake"]]["duplicate_of"] == history["sdwan"]
    assert [a.split(" should")[0] for a in data["alerts"]] == [
        f"item #{history['tutorial']}",
        f"item #{history['ensld']}",
    ]


def test_progress_exits_0_when_nothing_needs_doing(ceinbox: Ceinbox) -> None:
    ceinbox("catalog", "import", "example")
    ceinbox.add_items(
        ("Implementing Cisco SD-WAN Solutions", "2025-09-13", ItemStatus.earned),
        ("Implementing Cisco Collaboration Core Technologies", "2026-10-01", ItemStatus.ready),
    )
    done = ceinbox("progress", "--today", "2026-11-01")
    assert "need 40 more credits by 2027-03-31; ready and submitted items would cover 40" in (
        done.stdout
    )
    assert "!" not in done.stdout


def test_progress_exits_3_close_to_expiry_without_enough_credits(tmp_path: Path) -> None:
    soon = {**CCNP, "expires": date(2026, 12, 31)}
    ceinbox = Ceinbox(tmp_path, [soon])
    ceinbox("catalog", "import", "example")
    ceinbox.add_items(("Implementing Cisco SD-WAN Solutions", "2025-09-13", ItemStatus.earned))
    assert ceinbox("progress", "--today", "2026-10-01").exit_code == 0  # 91 days left
    done = ceinbox("progress", "--today", "2026-10-02", code=3)
    assert "! CCNP Enterprise expires in 90 days (2026-12-31) without enough credits" in (
        done.stdout
    )


def test_progress_without_certifications(tmp_path: Path) -> None:
    ceinbox = Ceinbox(tmp_path, [])
    assert "no certifications in config.yaml" in ceinbox("progress").stdout
    assert json.loads(ceinbox("progress", "--json").stdout) == []


def test_a_bad_certification_is_one_line_and_exit_2(tmp_path: Path) -> None:
    ceinbox = Ceinbox(tmp_path, [{**CCNP, "level": "guru"}])
    done = ceinbox("progress", code=2)
    assert done.stderr.count("\n") == 1
    assert "'certifications' entry 1 (CCNP Enterprise): 'level' must be one of" in done.stderr


def test_today_is_hidden_from_help(ceinbox: Ceinbox) -> None:
    assert "--today" not in ceinbox("progress", "--help").stdout
