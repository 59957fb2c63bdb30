"""The `ceinbox` command. Each command's module is imported when that command runs
(`pipeline.cli.base.COMMAND_MODULES`), so a command loads only what it uses."""

from pipeline.cli.base import main

__all__ = ["main"]
