from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_settings, settings_from_mapping
from pipeline.errors import ConfigError


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    path = folder / "config.yaml"
    path.write_text("inbox: in\narchive: /abs/archive\ndatabase: sqlite:///db/ce.db\n")
    settings = load_settings(path)
    assert settings.inbox == folder / "in"
    assert settings.archive == Path("/abs/archive")
    assert settings.database == f"sqlite:///{folder}/db/ce.db"
    assert settings.failed == folder / "failed"


def test_env_variable_names_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "other.yaml"
    path.write_text("owner_name: Jane Doe\n")
    monkeypatch.setenv("CEINBOX_CONFIG", str(path))
    assert load_settings().owner_name == "Jane Doe"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"inbx": "x"}, "unknown key 'inbx'"),
        ({"inbox": 3}, "'inbox' must be a folder path"),
        ({"database": "data.db"}, "'database' must be a database URL"),
        ({"owner_name": ""}, "'owner_name'"),
        ({"extraction": {"max_pages": -1}}, "'extraction.max_pages' must be a positive number"),
        ({"extraction": {"speed": 1}}, "unknown key 'extraction.speed'"),
        ({"polling": "yes"}, "'polling' must be true or false"),
        ({"notify": "often"}, "'notify' must be true or false"),
    ],
)
def test_invalid_values_name_the_key(raw: dict[str, object], message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        settings_from_mapping(raw, base=tmp_path)


def test_broken_yaml_is_one_line_with_the_line_number(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("inbox: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML at line"):
        load_settings(path)


def test_shipped_config_yaml_is_valid() -> None:
    root = Path(__file__).resolve().parents[1]
    settings = load_settings(root / "config.yaml")
    assert settings.inbox == root / "inbox"
    assert settings.database.startswith("sqlite:///")


def test_archive_inside_the_inbox_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'archive' must not be inside the inbox"):
        settings_from_mapping({"inbox": "in", "archive": "in/archive"}, base=tmp_path)
