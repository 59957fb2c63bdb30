"""Renewal from the terminal: catalog import/list, exam add/list/remove, progress.

`progress` and `exam add` take a hidden `--today YYYY-MM-DD` option that replaces the real
date; it exists for tests (and for asking "where will I stand on that day?").
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from pipeline import exams
from pipeline.catalog import EXAMPLE_CATALOG, read_catalog_file
from pipeline.catalog_store import load_catalog, replace_catalog
from pipeline.cli.base import State, fail, main
from pipeline.cli.reading import day_of, json_text, today_option
from pipeline.cli.sessions import snapshot, transaction
from pipeline.errors import CatalogError, ConfigError
from pipeline.models import ExamType
from pipeline.renewal_rules import builtin_rules_text, rules_of

# --- catalog -----------------------------------------------------------------------------


@main.group()
def catalog() -> None:
    """The catalog of CE items: which courses earn how many credits.

    \b
    Example:
        ceinbox catalog import example
        ceinbox catalog list
    """


@catalog.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
def catalog_import(state: State, file: Path) -> None:
    """Replace the catalog with a CSV file (pattern,credits,type,offer_expires,note).

    Every row is checked first: a bad row is reported as "row N, column C: …" and nothing
    is imported. `example` (when no file has that name) is the small example catalog that
    comes with ceinbox.

    \b
    Example:
        ceinbox catalog import example
    """
    if str(file) == "example" and not file.exists():
        file = EXAMPLE_CATALOG
    try:
        rows = read_catalog_file(file)
    except CatalogError as exc:
        for line in exc.problems:
            click.echo(f"ceinbox: {line}", err=True)
        sys.exit(exc.exit_code)
    with transaction(state) as session:
        before = replace_catalog(session, rows, source=str(file))
    replaced = f" (replacing {before})" if before else ""
    click.echo(f"{len(rows)} catalog entries imported from {file}{replaced}")


@catalog.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON.")
@today_option
@click.pass_obj
def catalog_list(state: State, as_json: bool, today: datetime | None) -> None:
    """List the catalog's entries, marking offers that have ended.

    \b
    Example:
        ceinbox catalog list
    """
    with snapshot(state) as session:
        found = load_catalog(session)
    if as_json:
        click.echo(
            json_text(
                [
                    {
                        "row": r.row,
                        "pattern": r.pattern,
                        "credits": r.credits,
                        "type": r.activity_type.value,
                        "offer_expires": r.offer_expires.isoformat() if r.offer_expires else None,
                        "note": r.note,
                    }
                    for r in found.rows
                ]
            )
        )
        return
    if not found.rows:
        click.echo("the catalog is empty; import one: ceinbox catalog import example")
        return
    day = day_of(today)
    click.echo(f"{len(found.rows)} entries from {found.source}")
    for r in found.rows:
        offer = ""
        if r.offer_expires is not None:
            ended = " (ended)" if r.offer_expires < day else ""
            offer = f"  offer until {r.offer_expires.isoformat()}{ended}"
        click.echo(f"{r.credits:>6g}  {r.activity_type.value:<14} {r.pattern}{offer}")


# --- exams -------------------------------------------------------------------------------


@main.group()
def exam() -> None:
    """Exams you passed: some renewal paths take an exam and fewer credits.

    \b
    Example:
        ceinbox exam add --name "ENCOR 350-401" --type technology --passed 2025-05-20
        ceinbox exam list
    """


@exam.command("add")
@click.option("--name", required=True, help="The exam, e.g. 'ENARSI 300-410'.")
@click.option(
    "--type",
    "exam_type",
    required=True,
    type=click.Choice([t.value for t in ExamType]),
    help="How it counts: a professional concentration exam, a technology core exam, …",
)
@click.option(
    "--passed",
    required=True,
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The date you passed it (YYYY-MM-DD).",
)
@today_option
@click.pass_obj
def exam_add(
    state: State, name: str, exam_type: str, passed: datetime, today: datetime | None
) -> None:
    """Record an exam you passed.

    \b
    Example:
        ceinbox exam add --name "ENARSI 300-410" --type professional --passed 2025-05-20
    """
    with transaction(state) as session:
        record = exams.add_exam(
            session,
            name=name,
            exam_type=ExamType(exam_type),
            passed_on=passed.date(),
            today=day_of(today),
        )
    click.echo(f"exam #{record.id} recorded: {record.name} ({record.exam_type}), {passed:%Y-%m-%d}")


@exam.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the exams as JSON.")
@click.pass_obj
def exam_list(state: State, as_json: bool) -> None:
    """List the exams you recorded, oldest first.

    \b
    Example:
        ceinbox exam list --json
    """
    with snapshot(state) as session:
        found = exams.list_exams(session)
    if as_json:
        click.echo(json_text([e.to_json() for e in found]))
        return
    if not found:
        click.echo("no exams recorded")
    for e in found:
        click.echo(f"#{e.id:<4} {e.passed_on.isoformat()}  {e.exam_type.value:<12} {e.name}")


@exam.command("remove")
@click.argument("exam_id", type=int)
@click.pass_obj
def exam_remove(state: State, exam_id: int) -> None:
    """Remove an exam recorded by mistake.

    \b
    Example:
        ceinbox exam remove 2
    """
    with transaction(state) as session:
        record = exams.remove_exam(session, exam_id)
    click.echo(f"exam #{record.id} removed: {record.name}")


# --- progress ----------------------------------------------------------------------------


@main.command()
@click.option("--yaml", "as_yaml", is_flag=True, help="Print the rule file, to copy and edit.")
@click.pass_obj
def rules(state: State, as_yaml: bool) -> None:
    """The renewal rules in use: each level's paths, and which are switched on.

    \b
    Example:
        ceinbox rules
        ceinbox rules --yaml > my-rules.yaml   # then renewal_rules: my-rules.yaml
    """
    try:
        found = rules_of(state.settings)
        if as_yaml:
            source = state.settings.renewal_rules
            click.echo(source.read_text("utf-8") if source else builtin_rules_text(), nl=False)
            return
    except ConfigError as exc:
        fail(exc)
    click.echo(f"renewal rules: {found.source}")
    for level in reversed(found.levels):
        below = ", ".join(lower.value for lower in found.levels[: found.rank(level)])
        renews = f" (renewing it renews {below} too)" if below else ""
        click.echo(click.style(level.value, bold=True) + renews)
        for path in found.paths[level]:
            state_text = "" if path.enabled else "  (off: exam_only_paths: true switches it on)"
            click.echo(f"  {path.description}{state_text}")
