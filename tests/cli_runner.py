"""Running the real `ceinbox` command group against one config folder (a real SQLite file
beside it), for the terminal tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from pipeline.cli import main


class Ceinbox:
    """Runs ceinbox commands against one config folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.config = root / "config.yaml"
        self.config.write_text("owner_name: null\n")
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int = 0) -> Result:
        result = self.runner.invoke(main, ["--config", str(self.config), *args])
        assert result.exit_code == code, (result.output, result.stderr)
        return result

    def items(self, *args: str) -> list[dict[str, object]]:
        """`list --json`, parsed."""
        data = json.loads(self("list", "--json", *args).stdout)
        assert isinstance(data, list)
        return data

    def extract(self, path: Path) -> dict[str, Any]:
        """`extract --json` of one file, parsed."""
        data = json.loads(self("extract", "--json", str(path)).stdout)
        assert isinstance(data, dict)
        return data
