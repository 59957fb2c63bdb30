"""`ceinbox watch`, `ceinbox import` and `ceinbox run`: files in, items out."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from pipeline.cli.base import State, fail, main
from pipeline.db import open_database
from pipeline.errors import CeinboxError
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import Ingestor, IngestResult, Outcome
from pipeline.models import ItemStatus
from pipeline.watcher import InboxWatcher, is_candidate


def ingestor_for(state: State, actor: str) -> Ingestor:
    """Settings, database and a PDF reader for one command; errors end the command."""
    try:
        settings = state.settings
        reader = GuardedExtractor(
            profiles=load_profiles(settings.profiles),
            limits=settings.extraction,
            owner_name=settings.owner_name,
            profile_folder=settings.profiles,
        )
        ingestor = Ingestor(
            settings=settings,
            sessions=open_database(settings.database),
            reader=reader,
            actor=actor,
        )
        ingestor.sweep()
        return ingestor
    except CeinboxError as exc:
        fail(exc)


def log_handler(ingestor: Ingestor) -> Callable[[Path], None]:
    """The watcher's handler: ingest a file from the inbox and print its one line."""

    def handle(path: Path) -> None:
        click.echo(ingestor.ingest(path, move_source=True).log_line())

    return handle


@main.command()
@click.pass_obj
def watch(state: State) -> None:
    """Watch the inbox folder and record each certificate PDF as it lands.

    Files already in the inbox are processed first. Each file leaves the inbox: into the
    archive when recorded, into the failed folder (with NAME.error.txt) otherwise.

    \b
    Example:
        ceinbox watch
    """
    ingestor = ingestor_for(state, "watcher")
    settings = ingestor.settings
    watcher = InboxWatcher(settings.inbox, log_handler(ingestor), polling=settings.polling)
    click.echo(f"watching {settings.inbox} — drop certificate PDFs there; Ctrl-C stops")
    with ingestor.reader:
        watcher.run_forever()
    click.echo("stopped")


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--status",
    type=click.Choice([ItemStatus.submitted.value, ItemStatus.earned.value]),
    help="Record these past items as already submitted or earned.",
)
@click.pass_obj
def import_command(state: State, paths: tuple[Path, ...], status: str | None) -> None:
    """Import a backlog of certificate PDFs (files and folders, recursively).

    Your originals are never moved or deleted: the archive gets a copy. Running it twice
    records nothing new. Exit status 0 when nothing failed, 1 when some files failed.

    \b
    Example:
        ceinbox import ~/Documents/certificates --status earned
    """
    missing = [p for p in paths if not p.exists()]
    if missing:
        fail(CeinboxError(f"{missing[0]}: no such file or folder"))
    files = sorted(dict.fromkeys(_pdfs(paths)))
    ingestor = ingestor_for(state, "import")
    item_status = ItemStatus(status) if status else ItemStatus.pending
    results: list[IngestResult] = []
    with (
        ingestor.reader,
        click.progressbar(
            files,
            label=f"importing {len(files)} file(s)",
            file=sys.stderr,
            show_pos=True,
            item_show_func=lambda p: p.name if p else None,
        ) as bar,
    ):
        for path in bar:
            results.append(ingestor.ingest(path, move_source=False, status=item_status))
    click.echo(format_import_summary(results))
    sys.exit(1 if any(r.outcome == Outcome.FAILED for r in results) else 0)


def _pdfs(paths: tuple[Path, ...]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and is_candidate(p))
        else:
            yield path


def format_import_summary(results: list[IngestResult]) -> str:
    """Counts per outcome, then one line per file that needs attention."""
    counts = Counter(r.outcome for r in results)
    lines = [
        f"{'recorded':<14} {counts[Outcome.RECORDED]:>5}",
        f"{'needs review':<14} {counts[Outcome.NEEDS_REVIEW]:>5}",
        f"{'duplicates':<14} {counts[Outcome.DUPLICATE]:>5}",
        f"{'failed':<14} {counts[Outcome.FAILED]:>5}",
    ]
    for result in results:
        if result.outcome != Outcome.RECORDED:
            lines.append("  " + result.log_line())
    return "\n".join(lines)
