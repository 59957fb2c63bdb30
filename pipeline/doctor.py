"""`ceinbox doctor`: is everything this configuration needs in place? One check per line."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url

from pipeline.claims import WORK_FOLDER, owner_alive, parse_owner
from pipeline.config import Settings
from pipeline.errors import ConfigError


@dataclass(frozen=True)
class Check:
    """One thing looked at: whether it is fine, and what was found."""

    name: str
    ok: bool
    detail: str
    needed: bool = True  # False: the product works without it, with less


def where(settings: Settings) -> str:
    """Which config, database and folders a command uses, in one line."""
    config = settings.source.resolve() if settings.source else "built-in defaults (no config.yaml)"
    return (
        f"config {config}; database {_safe_url(settings.database)}; inbox {settings.inbox}; "
        f"archive {settings.archive}; failed {settings.failed}"
    )


def run_checks(settings: Settings) -> list[Check]:
    """Every check, in the order a user would fix them."""
    return [
        Check(
            "config",
            True,
            str(settings.source.resolve()) if settings.source else "none found: built-in defaults",
        ),
        _database(settings),
        *(_writable(name, folder) for name, folder in _folders(settings)),
        _tesseract(),
        _rules(settings),
        _watcher(settings),
    ]


def _folders(settings: Settings) -> list[tuple[str, Path]]:
    return [
        ("inbox", settings.inbox),
        ("archive", settings.archive),
        ("failed", settings.failed),
    ]


def _database(settings: Settings) -> Check:
    from pipeline.db import open_database  # here: only this check needs the store

    try:
        sessions = open_database(settings.database)
    except Exception as exc:  # the check reports any failure as one line
        return Check("database", False, f"{_safe_url(settings.database)}: {exc}")
    sessions.kw["bind"].dispose()
    return Check("database", True, f"{_safe_url(settings.database)} (schema current)")


def _writable(name: str, folder: Path) -> Check:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".ceinbox-doctor-"):
            pass
    except OSError as exc:
        return Check(name, False, f"{folder}: not writable ({exc.strerror})")
    return Check(name, True, f"{folder} (writable)")


def _tesseract() -> Check:
    from pipeline.extract.ocr import ocr_setup

    setup = ocr_setup()
    if setup is None:
        return Check(
            "tesseract",
            False,
            "not found: scans are recorded but not read (install tesseract-ocr)",
            needed=False,
        )
    return Check("tesseract", True, "found: scans are read by OCR")


def _rules(settings: Settings) -> Check:
    from pipeline.renewal_rules import rules_of  # loads the models: only when checked

    try:
        rules = rules_of(settings)
    except ConfigError as exc:
        return Check("rules", False, str(exc))
    exam_only = "on" if settings.exam_only_paths else "off"
    return Check("rules", True, f"{rules.source} (exam-only paths {exam_only})")


def _watcher(settings: Settings) -> Check:
    root = settings.inbox / WORK_FOLDER
    live = []
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            owner = parse_owner(folder.name)
            if owner is not None and folder.is_dir() and owner_alive(folder, *owner):
                live.append(f"pid {owner[1]} on {owner[0]}")
    if not live:
        return Check(
            "watcher", False, f"none is watching {settings.inbox} (start `ceinbox run`)", False
        )
    return Check("watcher", True, f"watching {settings.inbox}: {', '.join(live)}")


def _safe_url(url: str) -> str:
    """The database URL without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # a malformed URL is shown as it is: the database check says why
        return url
