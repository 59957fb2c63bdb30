"""Shared fixtures: a config folder on tmp_path and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """A config.yaml in its own folder, with default relative paths."""
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"owner_name": None}), encoding="utf-8")
    return path


@pytest.fixture
def runner() -> CliRunner:
    """A click runner whose stdout and stderr are read separately."""
    return CliRunner()
