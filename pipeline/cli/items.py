"""Review from the terminal: list, show, edit, approve, submitted, earned, reject, reextract,
export."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import click
from sqlalchemy.orm import Session

from pipeline import item_edits
from pipeline import items as services
from pipeline.catalog_store import load_catalog
from pipeline.cli.base import State, fail, main
from pipeline.cli.reading import format_item
from pipeline.cli.sessions import snapshot, transaction
from pipeline.errors import CeinboxError
from pipeline.export import EXPORT_FORMATS, export_items
from pipeline.models import Item, ItemStatus

ACTOR = "cli"
STATUS_CHOICE = click.Choice([s.value for s in ItemStatus])


@main.command()
@click.argument("item_id", type=int)
@click.option("--course-name")
@click.option(
    "--start-date",
    help="YYYY-MM-DD, or same-as-end on a certificate that prints one date only.",
)
@click.option("--end-date", help="YYYY-MM-DD")
@click.option("--validation-code")
@click.option("--learner-name")
@click.option("--issuer")
@click.option("--credits")
@click.pass_obj
def edit(state: State, /, item_id: int, **values: str | None) -> None:
    """Correct an item's fields; every change is kept in its history.

    An empty value ("") clears a field.

    \b
    Example:
        ceinbox edit 12 --start-date 2024-03-04 --validation-code ABC-123
    """
    changes = {name: value for name, value in values.items() if value is not None}
    if not changes:
        raise click.UsageError("give at least one field to change, e.g. --start-date 2024-03-04")
    with transaction(state) as session:
        item = item_edits.edit_item(session, item_id, changes, actor=ACTOR)
        click.echo(f"#{item.id} updated ({', '.join(sorted(changes))})")


def each(
    state: State, ids: tuple[int, ...], action: Callable[[Session, int], Item], done: str
) -> None:
    """Apply action to each id in one transaction: all succeed or none does."""
    with transaction(state) as session:
        for item_id in ids:
            item = action(session, item_id)
            click.echo(f"#{item.id} {done}")


@main.command()
@click.argument("ids", type=int, nargs=-1, required=True)
@click.pass_obj
def approve(state: State, ids: tuple[int, ...]) -> None:
    """Mark reviewed items ready to submit (refused while a portal field is missing).

    \b
    Example:
        ceinbox approve 12 13
    """
    each(state, ids, lambda s, i: services.approve(s, i, actor=ACTOR), "ready")


@main.command()
@click.argument("ids", type=int, nargs=-1, required=True)
@click.pass_obj
def submitted(state: State, ids: tuple[int, ...]) -> None:
    """Record that items were entered on the CE portal (it shows them Pending).

    \b
    Example:
        ceinbox submitted 12
    """
    each(state, ids, lambda s, i: services.mark_submitted(s, i, actor=ACTOR), "submitted")


@main.command()
@click.argument("ids", type=int, nargs=-1, required=True)
@click.option("--credits", type=click.FloatRange(min=0), help="Credits the portal granted.")
@click.pass_obj
def earned(state: State, ids: tuple[int, ...], credits: float | None) -> None:
    """Record that the portal shows items as Earned.

    \b
    Example:
        ceinbox earned 12 --credits 16
    """
    each(
        state,
        ids,
        lambda s, i: services.mark_earned(s, i, credits=credits, actor=ACTOR),
        "earned",
    )


@main.command()
@click.argument("item_id", type=int)
@click.option("--reason", required=True, help="Why the item is rejected.")
@click.pass_obj
def reject(state: State, item_id: int, reason: str) -> None:
    """Reject an item (not a CE item, not mine, …) with a reason.

    \b
    Example:
        ceinbox reject 12 --reason "not in the CE catalog"
    """
    each(
        state,
        (item_id,),
        lambda s, i: services.reject(s, i, reason=reason, actor=ACTOR),
        "rejected",
    )


@main.command()
@click.argument("item_id", type=int)
@click.pass_obj
def reextract(state: State, item_id: int) -> None:
    """Read an item's archived PDF again (after adding a profile); your edits are kept.

    \b
    Example:
        ceinbox reextract 12
    """
    settings = state.settings
    with snapshot(state) as session:
        item = services.get_item(session, item_id)
        archived, original = Path(item.document.archive_path), item.document.original_name
    # Read outside any transaction: nothing slow runs while a session is open.
    from pipeline.extract.guard import extract_guarded
    from pipeline.extract.profiles import load_profiles

    try:
        extraction = extract_guarded(
            archived,
            profiles=load_profiles(settings.profiles),
            limits=settings.extraction,
            owner_name=settings.owner_name,
            display_name=original,
        )
    except CeinboxError as exc:
        fail(exc)
    with transaction(state) as session:
        item = item_edits.replace_extraction(session, item_id, extraction, actor=ACTOR)
        obj = services.item_to_json(item, catalog=load_catalog(session))
        click.echo(format_item(item, obj, services.history_of(item)))


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv", show_default=True
)
@click.option("--status", type=STATUS_CHOICE, help="Only items in this status.")
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of standard output.",
)
@click.pass_obj
def export(state: State, fmt: str, status: str | None, output: Path | None) -> None:
    """Export items as CSV (portal fields first) or JSON.

    \b
    Example:
        ceinbox export --format csv --status ready --output ready.csv
    """
    with snapshot(state) as session:
        found = services.list_items(session, status=ItemStatus(status) if status else None)
        if fmt == "ics":
            from pipeline.calendar_export import deadlines_calendar

            data = deadlines_calendar(found, state.settings.certifications, stamp=datetime.now(UTC))
        else:
            catalog = load_catalog(session)
            objects = [services.item_to_json(i, catalog=catalog) for i in found]
            data = export_items(objects, fmt).encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror}") from exc
    click.echo(f"{len(found)} item(s) written to {output}", err=True)
