"""The speed benchmark runs (small sizes) and reports every target: it is not timed here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "speed.py"


def test_the_speed_benchmark_runs_and_reports_each_target(tmp_path: Path) -> None:
    out = tmp_path / "speed.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--small", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    rows = json.loads(out.read_text())["rows"]
    targets = " | ".join(row["target"] for row in rows)
    for needed in ("inotify", "polling", "import", "list", "extract", "re-import", "memory"):
        assert needed in targets
    assert all(row["measured"] > 0 for row in rows)
    assert "met" in done.stdout.splitlines()[1]  # the table's heading
