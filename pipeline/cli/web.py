"""`ceinbox serve` and `ceinbox run`: the review page, alone or with the inbox watcher."""

from __future__ import annotations

import click

from pipeline import __version__
from pipeline.cli.base import State, fail, main
from pipeline.cli.inbox import inbox_watcher, ingestor_for
from pipeline.errors import CeinboxError
from pipeline.extract.guard import GuardedExtractor
from pipeline.web import create_app
from pipeline.web.server import serve as serve_app

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def _announce(address: str) -> None:
    click.echo(f"review page: {address}  (Ctrl-C stops)")


@main.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.pass_obj
def serve(state: State, host: str, port: int) -> None:
    """Open the review page: each certificate beside its fields, with one-click actions.

    It listens on 127.0.0.1 only unless told otherwise.

    \b
    Example:
        ceinbox serve --port 8765
    """
    ingestor = ingestor_for(state, "web")
    previews = GuardedExtractor(profiles=[], limits=ingestor.settings.extraction)
    try:
        with ingestor.reader, previews:
            app = create_app(ingestor, previews=previews, bind_host=host)
            serve_app(app, host=host, port=port, ready=_announce)
    except CeinboxError as exc:
        fail(exc)


@main.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.pass_obj
def run(state: State, host: str, port: int) -> None:
    """Start the product (what `make run` does): the inbox watcher and the review page.

    \b
    Example:
        ceinbox run
    """
    ingestor = ingestor_for(state, "watcher")
    settings = ingestor.settings
    click.echo(f"ceinbox {__version__}: watching {settings.inbox} — drop certificate PDFs there")
    watcher = inbox_watcher(ingestor)
    previews = GuardedExtractor(profiles=[], limits=settings.extraction)
    try:
        with ingestor.reader, previews, watcher:
            app = create_app(ingestor, previews=previews, bind_host=host)
            serve_app(app, host=host, port=port, ready=_announce)
    except CeinboxError as exc:
        fail(exc)
    finally:
        ingestor.claims.unregister()
    click.echo("stopped")
