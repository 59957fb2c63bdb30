"""`ceinbox watch`, `ceinbox import` and `ceinbox run`: files in, items out."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from pipeline.batch import default_jobs, ingest_many
from pipeline.cli.base import State, fail, main
from pipeline.db import open_database
from pipeline.errors import CeinboxError
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import Ingestor, IngestResult, Outcome
from pipeline.models import ItemStatus
from pipeline.refused import RefusedFile, find_refused, list_refused, requeue
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


def log_handler(ingestor: Ingestor) -> Callable[[Path], float | None]:
    """The watcher's handler: ingest a file from the inbox and print its one line; returns
    when to try a file again that is not finished or met a locked database."""

    def handle(path: Path) -> float | None:
        result = ingestor.ingest(path, move_source=True)
        if result.outcome != Outcome.TAKEN:  # the other watcher reports that file
            click.echo(result.log_line())
        if ingestor.settings.notify and result.outcome in _NOTIFIED:
            from pipeline.notify import notify

            notify("ceinbox", result.log_line())
        return result.retry_after

    return handle


# What a desktop notification is sent for (with the `notify` option).
_NOTIFIED = (Outcome.RECORDED, Outcome.NEEDS_REVIEW, Outcome.FAILED)


def inbox_watcher(ingestor: Ingestor) -> InboxWatcher:
    """The watcher on the inbox, announcing in one line any other watcher of the same inbox
    (they share the files: each is claimed by one of them)."""
    settings = ingestor.settings
    claims = ingestor.claims
    others = claims.register()
    if others:
        click.echo(
            f"note: another watcher ({', '.join(others)}) also watches {settings.inbox}; "
            "each file is taken by one of you"
        )
    return InboxWatcher(
        settings.inbox, log_handler(ingestor), polling=settings.polling, on_scan=claims.heartbeat
    )


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
    watcher = inbox_watcher(ingestor)
    click.echo(f"watching {ingestor.settings.inbox} — drop certificate PDFs there; Ctrl-C stops")
    try:
        with ingestor.reader:
            watcher.run_forever()
    finally:
        ingestor.claims.unregister()
    click.echo("stopped")


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--status",
    type=click.Choice([ItemStatus.submitted.value, ItemStatus.earned.value]),
    help="Record these past items as already submitted or earned.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Files read at once (default: one per core).",
)
@click.pass_obj
def import_command(
    state: State, paths: tuple[Path, ...], status: str | None, jobs: int | None
) -> None:
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
    with (
        ingestor.reader,
        click.progressbar(
            length=len(files),
            label=f"importing {len(files)} file(s)",
            file=sys.stderr,
            show_pos=True,
        ) as bar,
    ):
        results = ingest_many(
            ingestor,
            files,
            status=item_status,
            jobs=jobs or default_jobs(),
            done=lambda result: bar.update(1),
        )
    click.echo(format_import_summary(results))
    sys.exit(1 if any(r.outcome in (Outcome.FAILED, Outcome.WAITING) for r in results) else 0)


@main.command()
@click.argument("names", nargs=-1, metavar="[FILE]...")
@click.pass_obj
def retry(state: State, names: tuple[str, ...]) -> None:
    """Put refused files back through the inbox: each is read and recorded again.

    FILE is a file in the failed folder (its name, or its path); with none, every refused
    file is retried. A file refused again goes back with its new reason. Exit status 0 when
    every file was recorded (or was a duplicate), 1 otherwise.

    \b
    Example:
        ceinbox retry
        ceinbox retry "Certificate (1).pdf"
    """
    settings = state.settings
    try:
        chosen: list[RefusedFile] = (
            [find_refused(settings, Path(name).name) for name in names]
            if names
            else list_refused(settings)
        )
    except CeinboxError as exc:
        fail(exc)
    if not chosen:
        click.echo(f"nothing to retry: {settings.failed} holds no refused file")
        return
    ingestor = ingestor_for(state, "retry")
    results = []
    with ingestor.reader:
        for refused in chosen:
            path = requeue(settings, refused)
            result = ingestor.ingest(path, move_source=True, complete=True)
            if result.outcome != Outcome.TAKEN:
                click.echo(result.log_line())
            else:
                click.echo(f"{path.name}: taken by the running watcher")
            results.append(result)
    settled = (Outcome.RECORDED, Outcome.NEEDS_REVIEW, Outcome.DUPLICATE, Outcome.TAKEN)
    sys.exit(0 if all(r.outcome in settled for r in results) else 1)


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
    if counts[Outcome.WAITING]:
        lines.append(f"{'not recorded':<14} {counts[Outcome.WAITING]:>5}  (run it again)")
    for result in results:
        if result.outcome != Outcome.RECORDED:
            lines.append("  " + result.log_line())
    return "\n".join(lines)
