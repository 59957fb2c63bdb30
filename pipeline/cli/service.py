"""`ceinbox service install|status|uninstall`: the watcher and the page started at login."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.base import State, fail, main
from pipeline.errors import CeinboxError, ConfigError

if TYPE_CHECKING:
    from pipeline.service import ServiceFile


@main.group()
def service() -> None:
    """Start the watcher and the review page by themselves at login.

    \b
    Examples:
        ceinbox service install
        ceinbox service status
    """


def _definition(state: State) -> ServiceFile:
    from pipeline.service import service_for

    try:
        source = state.settings.source
    except CeinboxError as exc:
        fail(exc)
    if source is None:
        fail(ConfigError("no config.yaml found: the service runs on one (use --config)"))
    found = service_for(source, Path.home())
    if found is None:
        fail(CeinboxError(f"no systemd or launchd on {sys.platform}: run `ceinbox run` yourself"))
    return found


def _by_hand(steps: tuple[tuple[str, ...], ...]) -> str:
    return "\n".join("  " + " ".join(step) for step in steps)


@service.command()
@click.pass_obj
def install(state: State) -> None:
    """Write the service (systemd user unit or launchd agent) and switch it on."""
    from pipeline.service import run_steps

    found = _definition(state)
    found.path.parent.mkdir(parents=True, exist_ok=True)
    found.path.write_bytes(found.content)
    click.echo(f"wrote {found.path}")
    problem = run_steps(found.enable)
    if problem is None:
        click.echo("switched on: the watcher and the review page now start at login")
        return
    click.echo(f"not switched on ({problem}); to do it by hand:\n{_by_hand(found.enable)}")


@service.command()
@click.pass_obj
def status(state: State) -> None:
    """Say whether the service is installed and running (exit 0 only when it runs)."""
    from pipeline.service import run_steps

    found = _definition(state)
    if not found.path.exists():
        click.echo(f"not installed ({found.path} does not exist): ceinbox service install")
        sys.exit(1)
    problem = run_steps((found.status,))
    if problem is None:
        click.echo(f"installed ({found.path}) and running")
        return
    click.echo(f"installed ({found.path}), not running: {problem}")
    sys.exit(1)


@service.command()
@click.pass_obj
def uninstall(state: State) -> None:
    """Switch the service off and remove its file."""
    from pipeline.service import run_steps

    found = _definition(state)
    if not found.path.exists():
        click.echo(f"not installed: {found.path} does not exist")
        return
    problem = run_steps(found.disable)
    found.path.unlink()
    click.echo(f"removed {found.path}")
    if problem is not None:
        click.echo(f"(could not switch it off: {problem}; by hand:\n{_by_hand(found.disable)})")
