"""Run the watcher and the review page by themselves at login: a systemd user unit on Linux,
a launchd agent on macOS, and the steps to take by hand where neither exists."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

UNIT_NAME = "ceinbox.service"
AGENT_LABEL = "org.ceinbox.run"


@dataclass(frozen=True)
class ServiceFile:
    """Where the service definition goes, what it says, and how to switch it on and off."""

    path: Path
    content: bytes
    enable: tuple[tuple[str, ...], ...]
    disable: tuple[tuple[str, ...], ...]
    status: tuple[str, ...]


def command_line(config: Path) -> list[str]:
    """The command the service runs: this Python's ceinbox, on this config."""
    return [sys.executable, "-m", "pipeline", "--config", str(config.resolve()), "run"]


def systemd_unit(config: Path, home: Path) -> ServiceFile:
    """A systemd user unit started at login (Linux)."""
    command = " ".join(_quote(part) for part in command_line(config))
    text = (
        "[Unit]\n"
        "Description=ceinbox: CE certificates inbox watcher and review page\n"
        "After=network.target\n\n"
        "[Service]\n"
        "Type=simple\n"
        # WorkingDirectory takes the rest of the line as it is: no quotes.
        f"WorkingDirectory={_escape(str(config.resolve().parent))}\n"
        f"ExecStart={command}\n"
        "Restart=on-failure\n"
        "RestartSec=5\n\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )
    return ServiceFile(
        path=home / ".config" / "systemd" / "user" / UNIT_NAME,
        content=text.encode("utf-8"),
        enable=(
            ("systemctl", "--user", "daemon-reload"),
            ("systemctl", "--user", "enable", "--now", UNIT_NAME),
        ),
        disable=(("systemctl", "--user", "disable", "--now", UNIT_NAME),),
        status=("systemctl", "--user", "is-active", UNIT_NAME),
    )


def launchd_agent(config: Path, home: Path) -> ServiceFile:
    """A launchd agent loaded at login (macOS)."""
    logs = home / "Library" / "Logs"
    content = plistlib.dumps(
        {
            "Label": AGENT_LABEL,
            "ProgramArguments": command_line(config),
            "WorkingDirectory": str(config.resolve().parent),
            "RunAtLoad": True,
            "KeepAlive": {"SuccessfulExit": False},
            "StandardOutPath": str(logs / "ceinbox.log"),
            "StandardErrorPath": str(logs / "ceinbox.log"),
        }
    )
    path = home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    return ServiceFile(
        path=path,
        content=content,
        enable=(("launchctl", "load", "-w", str(path)),),
        disable=(("launchctl", "unload", "-w", str(path)),),
        status=("launchctl", "list", AGENT_LABEL),
    )


def service_for(config: Path, home: Path, platform: str = sys.platform) -> ServiceFile | None:
    """This platform's service definition, or None where neither systemd nor launchd is."""
    if platform == "darwin":
        return launchd_agent(config, home)
    if platform.startswith("linux"):
        return systemd_unit(config, home)
    return None


def run_steps(steps: tuple[tuple[str, ...], ...]) -> str | None:
    """Run each step; None when all worked, else why not (the caller prints the steps)."""
    for step in steps:
        if shutil.which(step[0]) is None:
            return f"{step[0]} is not available here"
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            output = (done.stderr or done.stdout).strip()
            return output.splitlines()[0] if output else f"{' '.join(step)} failed"
    return None


def _quote(value: str) -> str:
    """systemd command-line quoting: a word with spaces in double quotes."""
    value = _escape(value)
    return f'"{value}"' if any(c.isspace() for c in value) else value


def _escape(value: str) -> str:
    """'%' starts a systemd specifier: a literal one is doubled."""
    return value.replace("%", "%%")
