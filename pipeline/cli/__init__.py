"""The `ceinbox` command: importing the command modules registers them on the group."""

from pipeline.cli import credits, extract, inbox, items, web
from pipeline.cli.base import main

__all__ = ["credits", "extract", "inbox", "items", "main", "web"]
