"""`ceinbox service`: the service files for both platforms, checked by the tools that read
them, and install/status/uninstall through the real command."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.service import launchd_agent, systemd_unit


def test_the_systemd_unit_runs_this_ceinbox_on_this_config(tmp_path: Path) -> None:
    config = tmp_path / "my certs" / "config.yaml"
    config.parent.mkdir()
    config.write_text("owner_name: null\n")
    unit = systemd_unit(config, tmp_path / "home")
    text = unit.content.decode()
    assert unit.path == tmp_path / "home" / ".config" / "systemd" / "user" / "ceinbox.service"
    assert f'ExecStart={sys.executable} -m pipeline --config "{config.resolve()}" run' in text
    assert f"WorkingDirectory={config.parent.resolve()}\n" in text
    assert "WantedBy=default.target" in text and "Restart=on-failure" in text
    if shutil.which("systemd-analyze") is None:
        return  # the text checks above still ran; the verifier is what is missing
    path = tmp_path / "ceinbox.service"
    path.write_bytes(unit.content)
    verified = subprocess.run(
        ["systemd-analyze", "verify", str(path)], capture_output=True, text=True, check=False
    )
    assert verified.returncode == 0, verified.stderr  # a bad setting fails here


def test_the_launchd_agent_is_a_valid_plist_that_runs_at_load(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("owner_name: null\n")
    agent = launchd_agent(config, tmp_path / "home")
    data = plistlib.loads(agent.content)
    assert data["Label"] == "org.ceinbox.run"
    assert data["ProgramArguments"] == [
        sys.executable,
        "-m",
        "pipeline",
        "--config",
        str(config.resolve()),
        "run",
    ]
    assert data["RunAtLoad"] is True and data["KeepAlive"] == {"SuccessfulExit": False}
    assert agent.path.name == "org.ceinbox.run.plist"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="installs the Linux unit")
def test_install_status_uninstall_through_the_command(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("owner_name: null\n")
    home = tmp_path / "home"
    runner = CliRunner(env={"HOME": str(home)})
    installed = runner.invoke(main, ["--config", str(config), "service", "install"])
    assert installed.exit_code == 0, installed.output
    unit = home / ".config" / "systemd" / "user" / "ceinbox.service"
    assert unit.is_file() and f"wrote {unit}" in installed.stdout
    # Without a user session (CI, containers) the steps are printed instead of run.
    switched = any(line.startswith("switched on") for line in installed.stdout.splitlines())
    assert switched or "systemctl --user enable --now ceinbox.service" in installed.stdout
    status = runner.invoke(main, ["--config", str(config), "service", "status"])
    assert status.exit_code == (0 if switched else 1)
    assert f"installed ({unit})" in status.stdout
    removed = runner.invoke(main, ["--config", str(config), "service", "uninstall"])
    assert removed.exit_code == 0 and not unit.exists()
    gone = runner.invoke(main, ["--config", str(config), "service", "status"])
    assert gone.exit_code == 1 and "not installed" in gone.stdout
