"""The `ceinbox` command group, its global options and the helpers every command shares.

The `pipeline.cli` package is the only code that knows click and exit codes. Each command is
thin: load settings, call one library function, print, and turn a library error into a
one-line message and its exit code.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from pipeline import __version__
from pipeline.config import Settings, load_settings
from pipeline.errors import CeinboxError


class State:
    """What the group passes to its commands."""

    def __init__(self, config: Path | None, *, verbose: bool = False) -> None:
        self.config_path = config
        self.verbose = verbose
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        """Settings, loaded on first use so `--help` works with a broken config."""
        if self._settings is None:
            self._settings = load_settings(self.config_path)
            if self.verbose:
                from pipeline.doctor import where

                click.echo(f"ceinbox: using {where(self._settings)}", err=True)
        return self._settings


def fail(error: CeinboxError) -> NoReturn:
    """Print one line for a library error and exit with its code."""
    click.echo(f"ceinbox: {error}", err=True)
    sys.exit(error.exit_code)


class LazyGroup(click.Group):
    """A group whose commands live in modules imported only when the command is run, so
    `ceinbox list` does not load the PDF readers or the web stack."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self._lazy:
            importlib.import_module(self._lazy[cmd_name])  # registers it on this group
        return super().get_command(ctx, cmd_name)


# Which module defines each command (importing it registers the command).
COMMAND_MODULES = {
    **dict.fromkeys(
        (
            "edit",
            "approve",
            "submitted",
            "earned",
            "reject",
            "reextract",
        ),
        "pipeline.cli.items",
    ),
    **dict.fromkeys(("reopen", "undo", "delete"), "pipeline.cli.ways_back"),
    "export": "pipeline.cli.items",
    **dict.fromkeys(("catalog", "exam", "rules"), "pipeline.cli.credits"),
    **dict.fromkeys(("list", "show", "progress"), "pipeline.cli.reading"),
    **dict.fromkeys(("extract", "profiles"), "pipeline.cli.extract"),
    **dict.fromkeys(("watch", "import", "retry"), "pipeline.cli.inbox"),
    **dict.fromkeys(("serve", "run"), "pipeline.cli.web"),
    "doctor": "pipeline.cli.doctor",
    "service": "pipeline.cli.service",
}


@click.group(
    cls=LazyGroup,
    lazy=COMMAND_MODULES,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="CEINBOX_CONFIG",
    help="config.yaml to use (default: $CEINBOX_CONFIG, else ./config.yaml).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log what happens to each file.")
@click.version_option(__version__, prog_name="ceinbox")
@click.pass_context
def main(ctx: click.Context, config: Path | None, verbose: bool) -> None:
    """Turn training completion certificates into Cisco CE items ready to submit.

    \b
    Example:
        ceinbox extract ~/Downloads/certificate.pdf
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(message)s",
        datefmt="%H:%M:%S",
    )
    ctx.obj = State(config, verbose=verbose)
