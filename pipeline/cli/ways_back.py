"""Ways back from the terminal: reopen, undo, delete."""

from __future__ import annotations

import click

from pipeline import removal, review_flow
from pipeline.cli.base import State, main
from pipeline.cli.items import ACTOR, each
from pipeline.cli.sessions import transaction


@main.command()
@click.argument("ids", type=int, nargs=-1, required=True)
@click.pass_obj
def reopen(state: State, ids: tuple[int, ...]) -> None:
    """Send rejected or ready items back to pending, to be reviewed again.

    \b
    Example:
        ceinbox reopen 12
    """
    each(state, ids, lambda s, i: review_flow.reopen(s, i, actor=ACTOR), "pending again")


@main.command()
@click.argument("item_id", type=int)
@click.pass_obj
def undo(state: State, item_id: int) -> None:
    """Undo an item's last status change (it goes back to the status it had before).

    \b
    Example:
        ceinbox undo 12
    """
    with transaction(state) as session:
        item = review_flow.undo(session, item_id, actor=ACTOR)
        click.echo(f"#{item.id} back to {item.status.value}")


@main.command()
@click.argument("ids", type=int, nargs=-1, required=True)
@click.pass_obj
def delete(state: State, ids: tuple[int, ...]) -> None:
    """Delete items (a certificate recorded by mistake). Each certificate's file stays in the
    archive, and `show ID` says who deleted the item and when.

    \b
    Example:
        ceinbox delete 12
    """
    with transaction(state) as session:
        for item_id in ids:
            gone = removal.delete_item(session, item_id, actor=ACTOR)
            click.echo(f"#{gone.item_id} deleted; its certificate is kept at {gone.archive_path}")
