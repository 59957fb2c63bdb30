"""`ceinbox extract` and `ceinbox profiles` (list, suggest)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from pipeline.cli.base import State, fail, main
from pipeline.errors import CeinboxError, RefusedInput
from pipeline.extract.guard import GuardedExtractor, extract_here
from pipeline.extract.model import FIELD_NAMES, Extraction
from pipeline.extract.profiles import load_profiles

_FIELD_TITLES = {
    "course_name": "course name",
    "start_date": "start date",
    "end_date": "end date",
    "validation_code": "validation code",
    "learner_name": "learner",
    "issuer": "issuer",
}


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (an array for several files).")
@click.pass_obj
def extract(state: State, files: tuple[Path, ...], as_json: bool) -> None:
    """Read certificate PDFs and print the values the CE portal asks for.

    Exit status 0 when every file was read (even if it needs review), 2 when a file was
    refused (not a PDF, damaged, password-protected, too hostile to read).

    \b
    Example:
        ceinbox extract "Cisco U certificate.pdf" --json
    """
    try:
        settings = state.settings
        profiles = load_profiles(settings.profiles)
    except CeinboxError as exc:
        fail(exc)
    results: list[Extraction] = []
    refused = False
    with GuardedExtractor(
        profiles=profiles, limits=settings.extraction, owner_name=settings.owner_name
    ) as reader:
        for path in files:
            try:
                if not path.is_file():
                    raise RefusedInput("no such file" if not path.exists() else "not a file")
                if len(files) == 1:  # no worker to start for one file: read it here
                    result = extract_here(
                        path,
                        profiles=profiles,
                        limits=settings.extraction,
                        owner_name=settings.owner_name,
                    )
                else:
                    result = reader.extract(path)
            except CeinboxError as exc:
                click.echo(f"ceinbox: {path}: {exc}", err=True)
                refused = True
                continue
            results.append(result)
            if not as_json:
                click.echo(format_summary(result))
    if as_json:
        payload: Any = [r.to_json() for r in results]
        if len(files) == 1:
            payload = payload[0] if payload else None
        if payload is not None:
            click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    sys.exit(2 if refused else 0)


def format_summary(result: Extraction) -> str:
    """A readable block for one extracted certificate."""
    verdict = (
        click.style("needs review", fg="yellow")
        if result.needs_review
        else click.style("ready to check", fg="green")
    )
    lines = [f"{click.style(result.file, bold=True)}  [{verdict}]"]
    for name in FIELD_NAMES:
        field = result.fields[name]
        shown = field.value if field.value is not None else click.style("—", dim=True)
        where = f"p.{field.page}" if field.page else ""
        lines.append(
            f"  {_FIELD_TITLES[name]:<16} {shown}  "
            + click.style(
                f"({field.confidence:.2f} {where} {field.source})".replace("  ", " "), dim=True
            )
        )
    for problem in result.problems:
        lines.append("  " + click.style("! ", fg="yellow") + problem.message)
    return "\n".join(lines) + "\n"


@main.group("profiles", invoke_without_command=True)
@click.pass_context
def profiles_group(ctx: click.Context) -> None:
    """List the issuer profiles in use (built-in ones and yours), or teach a layout.

    \b
    Examples:
        ceinbox profiles
        ceinbox profiles suggest 12 --save
    """
    if ctx.invoked_subcommand is not None:
        return
    state: State = ctx.obj
    try:
        profiles = load_profiles(state.settings.profiles)
    except CeinboxError as exc:
        fail(exc)
    for profile in sorted(profiles, key=lambda p: p.name):
        keywords = ", ".join(word for word, _ in profile.keywords[:3])
        kind = "layout" if profile.fields else ""
        click.echo(
            f"{profile.name:<20} {profile.origin:<9} {kind:<7}{profile.issuer or '-':<26} "
            f"{keywords}"
        )


@profiles_group.command("suggest")
@click.argument("item_id", type=int)
@click.option("--save", is_flag=True, help="Write it into the profiles folder.")
@click.option("--force", is_flag=True, help="With --save: replace a profile of that name.")
@click.option("--name", help="Name the profile (and its file) instead of after the issuer.")
@click.pass_obj
def suggest(state: State, item_id: int, save: bool, force: bool, name: str | None) -> None:
    """Derive a layout profile from an item you corrected or confirmed, and print it.

    The next certificates of that layout are then read with those values where this one
    shows them. With --save the YAML goes into the profiles folder as a new file named after
    the issuer (an existing file is kept unless --force).

    \b
    Example:
        ceinbox profiles suggest 12 --save
    """
    from pipeline.db import open_database  # here: `extract` needs no database
    from pipeline.learn import save_profile, suggest_profile

    try:
        settings = state.settings
        with GuardedExtractor(
            profiles=load_profiles(settings.profiles), limits=settings.extraction
        ) as reader:
            sessions = open_database(settings.database)
            suggestion = suggest_profile(settings, sessions, reader, item_id, name=name)
        if not suggestion.reviewed:
            click.echo(
                f"ceinbox: item {item_id} has not been reviewed: the profile learns its values "
                "as extracted",
                err=True,
            )
        if not save:
            click.echo(suggestion.yaml_text, nl=False)
            return
        path = save_profile(suggestion, force=force)
    except CeinboxError as exc:
        fail(exc)
    placed = ", ".join(field.replace("_", " ") for field in suggestion.placed)
    click.echo(f"saved {path}: certificates of this layout now read {placed} as on item {item_id}")
    click.echo("(a certificate already recorded is read again with `ceinbox reextract ID`)")
