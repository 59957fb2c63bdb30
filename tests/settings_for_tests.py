"""Settings for a test's own folder, on the database it is given."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import Settings, settings_from_mapping


def make_settings(root: Path, database: str | None = None) -> Settings:
    """Default folders below root; the database URL given, else the default SQLite file."""
    values: dict[str, object] = {"owner_name": None}
    if database is not None:
        values["database"] = database
    return settings_from_mapping(values, base=root)
