"""Renewal rules as data, and what a renewal does: through the real `ceinbox progress` and
`ceinbox rules` commands on a real SQLite file (dates pinned with the hidden --today)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from sqlalchemy.orm import Session

import pipeline.cli.credits  # noqa: F401  registers the commands
from pipeline.catalog_store import replace_catalog
from pipeline.cli import main
from pipeline.config import load_settings
from pipeline.db import open_database
from pipeline.models import ItemStatus
from pipeline.renewal_rules import RuleError, builtin_rules_text, load_renewal_rules

from credit_records import add_item, catalog_row

CCNP = {"name": "CCNP Enterprise", "level": "professional", "expires": date(2027, 3, 31)}
CCNA = {"name": "CCNA", "level": "associate", "expires": date(2027, 3, 31)}
TODAY = "2026-06-01"


class Store:
    """A config folder with certifications, items recorded as review leaves them, and the CLI."""

    def __init__(self, root: Path, certifications: list[dict[str, Any]], **config: Any) -> None:
        self.config = root / "config.yaml"
        self.config.write_text(yaml.safe_dump({"certifications": certifications, **config}))
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int = 0) -> Result:
        result = self.runner.invoke(main, ["--config", str(self.config), *args])
        assert result.exit_code == code, (result.output, result.stderr)
        return result

    def progress(self) -> dict[str, dict[str, Any]]:
        result = self.runner.invoke(
            main, ["--config", str(self.config), "progress", "--json", "--today", TODAY]
        )
        assert result.exit_code in (0, 3), (result.output, result.stderr)
        return {p["name"]: p for p in json.loads(result.stdout)}

    def add(self, *items: tuple[str, str, ItemStatus]) -> list[int]:
        sessions = open_database(load_settings(self.config).database)
        try:
            with sessions() as session, session.begin():
                ids = [add_item(session, *item) for item in items]
                _catalog(session)
                return ids
        finally:
            sessions.kw["bind"].dispose()


def _catalog(session: Session) -> None:
    rows = [catalog_row(f"Course {n}", 20, n + 1) for n in range(1, 9)]
    replace_catalog(session, rows, source="catalog.csv")


EARNED = ItemStatus.earned


def test_the_day_the_requirements_are_met_renews_and_starts_the_next_period(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path, [CCNP])
    ids = store.add(
        ("Course 1", "2024-06-10", EARNED),
        ("Course 2", "2024-09-10", EARNED),
        ("Course 3", "2025-01-15", EARNED),
        ("Course 4", "2025-03-20", EARNED),  # 80 credits reached on this day
        ("Course 5", "2025-08-01", EARNED),  # after the renewal: for the next period
        ("Course 6", "2026-02-01", ItemStatus.submitted),
    )
    ccnp = store.progress()["CCNP Enterprise"]
    assert ccnp["met"] is True
    assert ccnp["renewal"] == {
        "renewed_on": "2025-03-20",
        "path": "80 CE credits",
        "items": ids[:4],
        "exams": [],
        "credits": 80.0,
        "by": "CCNP Enterprise",
    }
    assert ccnp["next_period"] == {"start": "2025-03-20", "expires": "2028-03-20", "credits": 40.0}
    assert ccnp["summary"].startswith(
        f"renewed on 2025-03-20 by 80 CE credits (items #{ids[0]}, #{ids[1]}, #{ids[2]}, "
        f"#{ids[3]}); the next period runs from 2025-03-20 to 2028-03-20"
    )
    assert "40 credits completed since count toward it" in ccnp["summary"]
    text = store("progress", "--today", TODAY).stdout
    assert "renewed   renewed on 2025-03-20 by 80 CE credits" in text

    # With the new expiry in config.yaml, the items used for the renewal are not counted again.
    moved = Store(tmp_path, [{**CCNP, "expires": date(2028, 3, 20)}])
    after = moved.progress()["CCNP Enterprise"]
    assert after["period_start"] == "2025-03-21"
    assert after["renewal"] is None and after["met"] is False
    assert (after["earned"], after["submitted"]) == (20.0, 20.0)
    assert {i["id"] for i in after["items"]} == set(ids[4:])


def test_a_lower_certification_renews_with_the_highest_not_by_itself(tmp_path: Path) -> None:
    store = Store(tmp_path, [CCNA, CCNP])
    store.add(("Course 1", "2025-01-10", EARNED), ("Course 2", "2025-02-10", EARNED))
    found = store.progress()
    ccna, ccnp = found["CCNA"], found["CCNP Enterprise"]
    # 40 credits would meet CCNA's own 30, but credits count toward the highest held.
    assert ccna["met"] is False and ccna["renewal"] is None
    assert ccna["renews_with"] == "CCNP Enterprise" and ccnp["renews_with"] is None
    assert ccna["summary"].startswith("renews with CCNP Enterprise (the highest certification")
    assert ccna["due"] == [] and ccna["need"] == 0
    assert ccnp["need"] == 40

    store.add(("Course 3", "2025-05-10", EARNED), ("Course 4", "2025-06-10", EARNED))
    found = store.progress()
    ccna, ccnp = found["CCNA"], found["CCNP Enterprise"]
    assert ccnp["renewal"]["renewed_on"] == "2025-06-10"
    assert ccna["met"] is True and ccna["renewal"] == ccnp["renewal"]
    assert ccna["summary"].startswith("renewed on 2025-06-10 by 80 CE credits")
    assert "with CCNP Enterprise" in ccna["summary"]
    text = store("progress", "--today", TODAY).stdout
    ccna_text = text.split("CCNP Enterprise (professional)")[0]
    assert "renewal " not in ccna_text  # its own paths are not offered: it follows CCNP


def test_exam_only_paths_are_rule_data_switched_on_in_config(tmp_path: Path) -> None:
    for switched_on, met in ((False, False), (True, True)):
        folder = tmp_path / str(switched_on)
        folder.mkdir()
        store = Store(folder, [CCNP], exam_only_paths=switched_on)
        store(
            "exam", "add", "--name", "ENCOR 350-401", "--type", "technology",
            "--passed", "2025-10-01", "--today", TODAY,
        )  # fmt: skip
        ccnp = store.progress()["CCNP Enterprise"]
        assert ccnp["met"] is met
        descriptions = [p["description"] for p in ccnp["paths"]]
        assert ("one technology exam" in descriptions) is switched_on
        if met:
            assert ccnp["renewal"]["path"] == "one technology exam"
            assert ccnp["renewal"]["renewed_on"] == "2025-10-01"


def test_a_rule_file_of_ones_own_replaces_the_built_in_table(tmp_path: Path) -> None:
    rules = yaml.safe_load(builtin_rules_text())
    rules["paths"]["professional"] = [{"credits": 60}]
    (tmp_path / "my-rules.yaml").write_text(yaml.safe_dump(rules))
    store = Store(tmp_path, [CCNP], renewal_rules="my-rules.yaml")
    store.add(*((f"Course {n}", f"2025-0{n}-10", EARNED) for n in range(1, 4)))
    ccnp = store.progress()["CCNP Enterprise"]
    assert ccnp["required"] == 60 and ccnp["renewal"]["renewed_on"] == "2025-03-10"
    listed = store("rules").stdout
    assert listed.startswith(f"renewal rules: {tmp_path / 'my-rules.yaml'}")
    assert "professional (renewing it renews associate, specialist too)\n  60 CE credits" in listed
    assert store("rules", "--yaml").stdout == (tmp_path / "my-rules.yaml").read_text()


def test_the_built_in_rules_are_listed_with_the_exam_only_paths_off(tmp_path: Path) -> None:
    listed = Store(tmp_path, [CCNP])("rules").stdout
    assert listed.splitlines()[0] == "renewal rules: the built-in renewal rules"
    assert "  one technology exam  (off: exam_only_paths: true switches it on)" in listed
    assert "  40 CE credits + one professional exam\n" in listed
    assert yaml.safe_load(Store(tmp_path, [CCNP])("rules", "--yaml").stdout)["levels"][-1] == (
        "expert"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"levels": ["associate", "expert"]}, "'levels' must list each of"),
        ({"paths": {"associate": [{"credits": "thirty"}]}}, "credits must be a whole number"),
        ({"paths": {"associate": [{"exams": {"lab": 1}}]}}, "unknown exam type 'lab'"),
        ({"paths": {"associate": [{"credits": 30, "enabled": False}]}}, "must be enabled"),
    ],
)
def test_a_wrong_rule_file_is_one_line_naming_what_is_wrong(
    change: dict[str, Any], message: str, tmp_path: Path
) -> None:
    rules = yaml.safe_load(builtin_rules_text())
    for key, value in change.items():
        rules[key] = {**rules[key], **value} if isinstance(value, dict) else value
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(rules))
    with pytest.raises(RuleError, match=message):
        load_renewal_rules(path)
    store = Store(tmp_path, [CCNP], renewal_rules="rules.yaml")
    failed = store("progress", code=2)
    assert failed.stderr.count("\n") == 1 and message in failed.stderr
