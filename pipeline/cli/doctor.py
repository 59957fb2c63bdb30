"""`ceinbox doctor`: one line per thing this configuration needs, and whether it is there."""

from __future__ import annotations

import sys

import click

from pipeline.cli.base import State, fail, main
from pipeline.errors import CeinboxError


@main.command()
@click.pass_obj
def doctor(state: State) -> None:
    """Check the configuration: database, folders, Tesseract and a running watcher.

    Exit status 0 when everything ceinbox needs is in place (Tesseract and a watcher are
    reported but optional), 1 otherwise.

    \b
    Example:
        ceinbox doctor
    """
    from pipeline.doctor import run_checks

    try:
        checks = run_checks(state.settings)
    except CeinboxError as exc:
        fail(exc)
    for check in checks:
        mark = (
            click.style("ok  ", fg="green")
            if check.ok
            else click.style("FAIL", fg="red")
            if check.needed
            else click.style("note", fg="yellow")
        )
        click.echo(f"{mark} {check.name:<10} {check.detail}")
    sys.exit(0 if all(c.ok or not c.needed for c in checks) else 1)
