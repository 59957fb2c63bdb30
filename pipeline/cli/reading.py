"""The commands that only read and must answer at once: `list`, `show` and `progress`.

On the SQLite default they read the store through the standard library (pipeline.quick_store)
and never import SQLAlchemy, whose import alone would take longer than the answer should; on
PostgreSQL, or a store still to create or migrate, they read through SQLAlchemy as the other
commands do. `progress` and `exam add` take a hidden `--today YYYY-MM-DD` option that
replaces the real date; it exists for tests (and for asking "where will I stand on that day?").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import click

from pipeline import quick_store
from pipeline.catalog import Catalog
from pipeline.cli.base import State, fail, main
from pipeline.credits import (
    describe_printed,
    format_credits,
    printed_disagrees,
    submit_by,
    submit_flag,
)
from pipeline.errors import ConfigError
from pipeline.history_text import HistoryLike, describe
from pipeline.item_json import StoredItem, item_to_json
from pipeline.progress import CertificationProgress, RenewalFacts
from pipeline.progress import progress as progress_of
from pipeline.progress_json import progress_to_json
from pipeline.quick_store import ListedItem
from pipeline.renewal_rules import rules_of
from pipeline.store_values import ItemStatus

STATUS_CHOICE = click.Choice([s.value for s in ItemStatus])

# `progress` exits with this when something needs action, so cron can alert.
ATTENTION_EXIT = 3

today_option = click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    hidden=True,
    help="Pretend today is this date (YYYY-MM-DD); for tests.",
)


def day_of(value: datetime | None) -> date:
    """The --today option's date, or the real date."""
    return value.date() if value is not None else date.today()


def json_text(data: Any) -> str:
    """data as indented JSON, letters of every script kept as they are."""
    return json.dumps(data, indent=2, ensure_ascii=False)


# --- list ---------------------------------------------------------------------------------


@main.command("list")
@click.option("--status", type=STATUS_CHOICE, help="Only items in this status.")
@click.option("--json", "as_json", is_flag=True, help="Print the export objects as JSON.")
@click.pass_obj
def list_command(state: State, status: str | None, as_json: bool) -> None:
    """List CE items, those needing review first.

    \b
    Example:
        ceinbox list --status pending
    """
    chosen = ItemStatus(status) if status else None
    if as_json:
        click.echo(json_text(_list_objects(state, chosen)))
        return
    rows, catalog = _listed(state, chosen)
    if not rows:
        click.echo("no items" + (f" with status {status}" if status else ""))
        return
    heading = f"{'#':<5} {'status':<9} {'review':<6} {'end date':<10} {'credits':>8} "
    lines = [heading + f"{'validation code':<24} course", *(_list_line(r, catalog) for r in rows)]
    click.echo("\n".join(lines))  # one write: ten thousand lines print at once


def _listed(state: State, status: ItemStatus | None) -> tuple[list[ListedItem], Catalog]:
    """The listed items and the catalog: from SQLite directly, else through SQLAlchemy."""
    quick = quick_store.read(
        state.settings.database,
        lambda connection: (
            quick_store.listed_items(connection, status),
            quick_store.catalog(connection),
        ),
    )
    if quick is not None:
        return quick
    from pipeline.catalog_store import load_catalog
    from pipeline.cli.sessions import snapshot
    from pipeline.items import list_rows

    with snapshot(state) as session:
        rows = list_rows(session, status=status)
        return [ListedItem(**row._asdict()) for row in rows], load_catalog(session)


def _list_objects(state: State, status: ItemStatus | None) -> list[dict[str, Any]]:
    """Every item as its export object (the whole item: read through SQLAlchemy)."""
    from pipeline.catalog_store import load_catalog
    from pipeline.cli.sessions import snapshot
    from pipeline.items import item_to_json, list_items

    with snapshot(state) as session:
        catalog = load_catalog(session)
        return [item_to_json(i, catalog=catalog) for i in list_items(session, status=status)]


def _list_line(item: ListedItem, catalog: Catalog) -> str:
    """One item on one line: id, status, review flag, end date, credits, code, course."""
    flag = click.style("review", fg="yellow") if item.needs_review else "      "
    end = item.end_date.isoformat() if item.end_date else "—".ljust(10)
    credits = item.credits
    if credits is None:
        match = catalog.match(item.course_name, item.end_date)
        credits = match.expected if match else None
    worth = f"{format_credits(credits):>5} cr" if credits is not None else f"{'—':>5}   "
    flagged = (
        None
        if item.window_closed_at_import
        else submit_flag(item.status, item.end_date, date.today())
    )
    due = ""
    if flagged is not None and item.end_date is not None:
        due = _due_note({"submit_flag": flagged.value, "submit_by": submit_by(item.end_date)})
    return (
        f"#{item.id:<4} {item.status.value:<9} {flag} {end} {worth} "
        f"{(item.validation_code or '—'):<24} {item.course_name or '—'}{due}"
    )


def _due_note(obj: dict[str, Any]) -> str:
    """A warning for an item whose submit-by date is near or past."""
    if obj.get("submit_flag") == "overdue":
        return click.style(f"  (submit-by {obj['submit_by']} passed)", fg="red")
    if obj.get("submit_flag") == "due-soon":
        return click.style(f"  (submit by {obj['submit_by']})", fg="yellow")
    return ""


# --- show -------------------------------------------------------------------------------


@main.command()
@click.argument("item_id", type=int)
@click.pass_obj
def show(state: State, item_id: int) -> None:
    """Show one item: the portal's fields in its order, then everything else.

    \b
    Example:
        ceinbox show 12
    """
    quick = quick_store.read(
        state.settings.database, lambda connection: quick_store.shown_item(connection, item_id)
    )
    if quick is not None:
        obj = item_to_json(quick.item, catalog=quick.catalog)
        click.echo(format_item(quick.item, obj, quick.history))
        return
    from pipeline.catalog_store import load_catalog
    from pipeline.cli.sessions import snapshot
    from pipeline.items import get_item, history_of

    with snapshot(state) as session:  # PostgreSQL, a store to migrate, or no such item
        item = get_item(session, item_id)
        obj = item_to_json(item, catalog=load_catalog(session))
        click.echo(format_item(item, obj, history_of(item)))


def format_item(item: StoredItem, obj: dict[str, Any], history: Sequence[HistoryLike]) -> str:
    """The item as the portal's Submit Items form asks for it, then details and history.

    `obj` is the item's export object (with the catalog's expected credits and deadlines).
    """
    fields = item.fields or {}

    def row(title: str, name: str, value: object) -> str:
        meta = fields.get(name) or {}
        note = ""
        if meta:
            note = click.style(
                f"  ({float(meta.get('confidence', 0)):.2f}, {meta.get('source', '')})", dim=True
            )
        shown = "—" if value in (None, "") else str(value)
        return f"  {title:<16} {shown}{note}"

    status = item.status.value + (" — needs review" if item.needs_review else "")
    lines = [click.style(f"Item #{item.id}  [{status}]", bold=True), "For the CE portal:"]
    lines.append(row("Course name", "course_name", item.course_name))
    lines.append(row("Start date", "start_date", item.start_date))
    lines.append(row("End date", "end_date", item.end_date))
    lines.append(row("Validation code", "validation_code", item.validation_code))
    lines.append(f"  {'PDF':<16} {item.document.archive_path}")
    lines.append("Also:")
    lines.append(row("Learner", "learner_name", item.learner_name))
    lines.append(row("Issuer", "issuer", item.issuer))
    lines.append(f"  {'Credits':<16} {item.credits if item.credits is not None else '—'}")
    expected = obj.get("expected_credits")
    if expected is not None:
        lines.append(
            f"  {'Expected':<16} {format_credits(expected)} (catalog: {obj['catalog_match']})"
        )
    elif obj.get("catalog_note"):
        lines.append(f"  {'Expected':<16} — ({obj['catalog_note']})")
    printed = describe_printed(obj.get("printed_credits"))
    if printed:
        lines.append(f"  {'Printed':<16} {printed} (on the certificate)")
    disagreement = printed_disagrees(obj.get("printed_credits"), expected)
    if disagreement:
        lines.append("  " + click.style("! ", fg="yellow") + disagreement)
    if obj.get("missing"):
        missing = ", ".join(name.replace("_", " ") for name in obj["missing"])
        lines.append(f"  {'Not printed':<16} {missing} (type it in before approving)")
    if obj.get("submit_by"):
        late = {"overdue": "  (passed)", "due-soon": "  (soon)"}.get(obj.get("submit_flag") or "")
        if obj.get("window_closed_before_import"):
            late = "  (window closed before import: no alarm)"
        lines.append(f"  {'Submit by':<16} {obj['submit_by']}{late or ''}")
    lines.append(f"  {'Source file':<16} {item.document.original_name}")
    if item.reject_reason:
        lines.append(f"  {'Rejected':<16} {item.reject_reason}")
    if item.problems:
        lines.append("Problems:")
        lines.extend(f"  ! {p}" for p in item.problems)
    lines.append("History:")
    for entry in history:
        lines.append(f"  {entry.at:%Y-%m-%d %H:%M} {entry.actor:<7} {describe(entry)}")
    return "\n".join(lines)


# --- progress -----------------------------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one per certification.")
@today_option
@click.pass_obj
def progress(state: State, as_json: bool, today: datetime | None) -> None:
    """Credits earned and on the way per certification, what is missing, what to submit when.

    Exits 3 when an item is past its submit-by date, or a certification expires within 90
    days without enough credits earned or on the way (for cron); 0 otherwise.

    \b
    Example:
        ceinbox progress
        ceinbox progress --json || notify-send "CE: something needs doing"
    """
    try:
        certifications = state.settings.certifications
        rules = rules_of(state.settings)
    except ConfigError as exc:
        fail(exc)
    found = progress_of(_renewal_facts(state), certifications, day_of(today), rules)
    if as_json:
        click.echo(json_text([progress_to_json(p) for p in found]))
    elif not found:
        click.echo(
            "no certifications in config.yaml; add them, e.g.\n"
            "certifications:\n"
            "  - {name: CCNP Enterprise, level: professional, expires: 2027-03-31}"
        )
    else:
        click.echo("\n\n".join(format_progress(p) for p in found))
    if any(p.alerts for p in found):
        sys.exit(ATTENTION_EXIT)


def _renewal_facts(state: State) -> RenewalFacts:
    """What progress is computed from: from SQLite directly, else through SQLAlchemy."""
    quick = quick_store.read(state.settings.database, quick_store.renewal_facts)
    if quick is not None:
        return quick
    from pipeline.cli.sessions import snapshot
    from pipeline.progress_store import renewal_facts

    with snapshot(state) as session:
        return renewal_facts(session)


def format_progress(p: CertificationProgress) -> str:
    """One certification's progress as text."""
    when = f"expired {-p.days_left} days ago" if p.days_left < 0 else f"in {p.days_left} days"
    lines = [
        click.style(f"{p.name} ({p.level})", bold=True)
        + f" — expires {p.expires.isoformat()}, {when}; period from {p.period_start.isoformat()}",
        f"  credits   earned {p.earned:g} · submitted {p.submitted:g} · ready {p.ready:g}"
        f" · pending review {p.pending:g}",
    ]
    if p.follows is None:
        for number, path in enumerate(p.paths):
            title = "renewal" if number == 0 else ""
            state = "met" if path.met else f"missing {path.missing_text}"
            mark = "  ← closest" if path is p.closest and len(p.paths) > 1 else ""
            lines.append(f"  {title:<9} {path.path.description:<38} {state}{mark}")
    lines.append(f"  {'renewed' if p.met else 'needed':<9} {p.summary}")
    for number, d in enumerate(p.due):
        title = "submit" if number == 0 else ""
        if d.overdue:
            left = click.style(f"({-d.days_left} days late)".ljust(16), fg="red")
        else:
            soon = "today" if d.days_left == 0 else f"in {d.days_left} days"
            left = click.style(f"({soon})".ljust(16), fg="yellow")
        lines.append(
            f"  {title:<9} #{d.id:<4} by {d.submit_by.isoformat()} {left} "
            f"{d.status.value:<8} {d.credits:>3g} cr  {d.course_name or '—'}"
        )
    for number, i in enumerate(p.not_in_catalog):
        title = "0 credits" if number == 0 else ""
        lines.append(f"  {title:<9} #{i.id:<4} {i.course_name or '—'}: {i.note}")
    if p.undated:
        ids = ", ".join(f"#{i}" for i in p.undated)
        lines.append(f"  {'undated':<9} {ids}: no end date yet, so no period counts them")
    for alert in p.grouped_alerts:
        lines.append(click.style(f"  ! {alert}", fg="red"))
    return "\n".join(lines)
