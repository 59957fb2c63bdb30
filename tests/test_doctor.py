"""`ceinbox doctor` and "where am I": which config, database and folders are in use, and
whether each is usable, through the real command and the real page."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.claims import Claims
from pipeline.cli import main


def write_config(root: Path, extra: str = "") -> Path:
    config = root / "config.yaml"
    config.write_text("owner_name: null\n" + extra)
    return config


def doctor(config: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["--config", str(config), "doctor"])
    return result.exit_code, result.stdout.splitlines()


def test_a_sound_configuration_passes_and_names_what_it_uses(tmp_path: Path) -> None:
    code, lines = doctor(write_config(tmp_path))
    assert code == 0, lines
    assert lines[0] == f"ok   config     {(tmp_path / 'config.yaml').resolve()}"
    assert any(line.startswith("ok   database   sqlite:///") for line in lines)
    for folder in ("inbox", "archive", "failed"):
        assert f"ok   {folder:<10} {tmp_path / folder} (writable)" in lines
    assert any(line.startswith("note watcher    none is watching") for line in lines)
    assert "ok   rules      the built-in renewal rules (exam-only paths off)" in lines


def test_a_running_watcher_is_seen(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    claims = Claims(tmp_path / "inbox")
    claims.register()  # what `ceinbox watch` does at start (this process stands in for it)
    code, lines = doctor(config)
    assert code == 0
    assert any(line.startswith(f"ok   watcher    watching {tmp_path / 'inbox'}") for line in lines)


def test_each_problem_is_one_failing_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where a folder should be")
    config = write_config(
        tmp_path,
        "failed: blocked/failed\ndatabase: postgresql://nobody:secret@127.0.0.1:1/none\n"
        "renewal_rules: missing.yaml\n",
    )
    code, lines = doctor(config)
    assert code == 1
    database = next(line for line in lines if " database " in line)
    assert database.startswith("FAIL database   postgresql")
    assert "secret" not in database  # the password is never printed
    assert any(line.startswith("FAIL failed ") and "not writable" in line for line in lines)
    assert any(line.startswith("ok   inbox ") for line in lines)
    assert any(line.startswith("FAIL rules      cannot read renewal rules") for line in lines)


def test_verbose_says_which_config_and_database_a_command_uses(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    result = CliRunner().invoke(main, ["-v", "--config", str(config), "list"])
    assert result.exit_code == 0
    assert f"ceinbox: using config {config.resolve()}; database sqlite:///" in result.stderr
    assert f"inbox {tmp_path / 'inbox'}" in result.stderr
