"""`pipx install .` and a built wheel: the package carries the `ceinbox` command and every
file it reads at run time (profiles, templates, static files, migrations, the example
catalog)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEEDED = (
    "pipeline/catalogs/example.csv",
    "pipeline/rules/renewal.yaml",
    "pipeline/web/templates/inbox.html",
    "pipeline/web/templates/item.html",
    "pipeline/web/static/app.css",
    "pipeline/web/static/favicon.svg",
    "pipeline/migrations/env.py",
    "pipeline/migrations/script.py.mako",
    "pipeline/migrations/versions/0004_code_lookup_index.py",
    "pipeline/migrations/versions/0006_deleted_items.py",
    "pipeline/py.typed",
)


def test_the_wheel_holds_the_command_and_every_file_read_at_run_time(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(
        ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info")
    )
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(source), "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("ceinbox-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in NEEDED if name not in names]
    assert missing == []
    profiles = [n for n in names if n.startswith("pipeline/extract/profiles/")]
    assert len(profiles) >= 3 and all(n.endswith(".yaml") for n in profiles)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "ceinbox = pipeline.cli:main" in text
    assert not any(n.startswith(("tests/", "bench/")) for n in names)
