"""Teaching ceinbox a layout from one reviewed item: derive the profile, show it, save it.

The person's values (corrected or confirmed) and the item's archived certificate make a
layout profile (extract/teach.py). It is shown as YAML first; saving writes a new file into
the profiles folder, named after the issuer, and never replaces one without `force`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pipeline import items as services
from pipeline.config import Settings
from pipeline.db import reading
from pipeline.errors import CannotTeach
from pipeline.extract.engine import extract_document
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.layout import Document
from pipeline.extract.profiles import Profile, load_profiles
from pipeline.extract.teach import ReadWith, check_lesson, derive_profile, issuer_hint
from pipeline.models import HistoryAction, ItemStatus

TAUGHT = ("course_name", "start_date", "end_date", "validation_code", "learner_name")


@dataclass(frozen=True)
class Suggestion:
    """A derived layout profile for one item, ready to show or save."""

    item_id: int
    name: str
    path: Path
    yaml_text: str
    placed: tuple[str, ...]
    left: tuple[str, ...]
    reviewed: bool  # a person edited or approved the item (else: values as extracted)
    exists: bool  # a profile file of that name is already there


@dataclass(frozen=True)
class _ItemFacts:
    values: dict[str, str | None]
    issuer: str | None
    profile: str | None
    archive: Path
    original: str
    reviewed: bool


def suggest_profile(
    settings: Settings,
    sessions: sessionmaker[Session],
    reader: GuardedExtractor,
    item_id: int,
    *,
    name: str | None = None,
) -> Suggestion:
    """The layout profile item_id's certificate teaches (named after its issuer unless `name`
    is given); CannotTeach says why there is none."""
    if name is not None and not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", name):
        raise CannotTeach(f"'{name}' cannot name a profile: use lowercase letters, digits, '-'")
    with reading(sessions) as session, session.begin():
        facts = _facts(session, item_id)
    if not facts.archive.is_file():
        raise CannotTeach(f"item {item_id}: its archived certificate {facts.archive} is gone")
    # Read outside any transaction: nothing slow runs while a session is open.
    doc = reader.read_layout(facts.archive)
    everyone = load_profiles(settings.profiles)
    builtin_names = {p.name for p in load_profiles(None)}
    base = next((p for p in everyone if p.name == facts.profile), None)
    issuer = facts.issuer or (base.issuer if base else None)
    if name is None:
        name = profile_name(issuer or issuer_hint(doc, facts.values), builtin_names, item_id)
    elif name in builtin_names:
        raise CannotTeach(f"'{name}' is a built-in profile's name; choose another")
    lesson = derive_profile(
        doc,
        facts.values,
        name=name,
        issuer=issuer,
        base=base,
        source=f" (item {item_id}, '{facts.original}')",
    )
    others = [p for p in everyone if p.name != name]
    check_lesson(lesson, doc, facts.values, others, read=_reader_of(doc, facts.original))
    path = settings.profiles / f"{name}.yaml"
    return Suggestion(
        item_id=item_id,
        name=name,
        path=path,
        yaml_text=lesson.yaml_text,
        placed=lesson.placed,
        left=lesson.left,
        reviewed=facts.reviewed,
        exists=path.exists(),
    )


def save_profile(suggestion: Suggestion, *, force: bool = False) -> Path:
    """Write the suggestion into the profiles folder; an existing file needs force."""
    path = suggestion.path
    if path.exists() and not force:
        raise CannotTeach(f"{path} exists already; use --force to replace it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".yaml.part")
        partial.write_text(suggestion.yaml_text, encoding="utf-8")
        partial.replace(path)  # whole or not at all: a watcher may be reading the folder
    except OSError as exc:
        raise CannotTeach(f"cannot write {path}: {exc.strerror}") from exc
    return path


def profile_name(issuer: str | None, builtin: set[str], item_id: int) -> str:
    """The file and profile name: the issuer's, never a built-in's (that would replace it
    for every layout of the issuer); `layout-<item>` without an issuer."""
    slug = re.sub(r"[^a-z0-9]+", "-", (issuer or "").lower()).strip("-")
    if not slug:
        return f"layout-{item_id}"
    return f"{slug}-layout" if slug in builtin else slug


def _facts(session: Session, item_id: int) -> _ItemFacts:
    item = services.get_item(session, item_id)
    values: dict[str, str | None] = {}
    for field in TAUGHT:
        value = getattr(item, field)
        values[field] = value.isoformat() if hasattr(value, "isoformat") else value
    reviewed = item.status != ItemStatus.pending or any(
        entry.action == HistoryAction.edited for entry in item.history
    )
    return _ItemFacts(
        values=values,
        issuer=item.issuer,
        profile=item.profile,
        archive=Path(item.document.archive_path),
        original=item.document.original_name,
        reviewed=reviewed,
    )


def _reader_of(doc: Document, name: str) -> ReadWith:
    def read(profiles: list[Profile]) -> Mapping[str, str | None]:
        extraction = extract_document(doc, file=name, sha256="", profiles=profiles)
        return {field: extraction.fields[field].value for field in TAUGHT}

    return read
