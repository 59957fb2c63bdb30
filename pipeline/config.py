"""config.yaml -> frozen Settings, validated once at load.

Relative paths are resolved against the folder of the config file (or the current folder when
no file is used), so `ceinbox --config /elsewhere/config.yaml` works from anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError

CONFIG_ENV = "CEINBOX_CONFIG"
DEFAULT_CONFIG_NAME = "config.yaml"


@dataclass(frozen=True)
class ExtractionLimits:
    """Bounds that keep a huge or hostile PDF from hanging or exhausting memory."""

    max_pages: int = 30
    time_limit_seconds: float = 30.0
    memory_limit_mb: int = 1024
    max_file_mb: int = 100


@dataclass(frozen=True)
class Settings:
    """Everything ceinbox reads from config.yaml, with paths already absolute."""

    inbox: Path
    archive: Path
    failed: Path
    database: str
    profiles: Path
    owner_name: str | None = None
    polling: bool = False
    extraction: ExtractionLimits = field(default_factory=ExtractionLimits)
    source: Path | None = None  # the config file these came from, if any


_PATH_KEYS = ("inbox", "archive", "failed", "profiles")
_DEFAULTS: dict[str, Any] = {
    "inbox": "inbox",
    "archive": "archive",
    "failed": "failed",
    "database": "sqlite:///data/ceinbox.db",
    "profiles": "profiles",
    "owner_name": None,
    "polling": False,
}
_LIMIT_KEYS = {
    "max_pages": int,
    "time_limit_seconds": float,
    "memory_limit_mb": int,
    "max_file_mb": int,
}


def find_config(explicit: Path | None) -> Path | None:
    """The config file to use: --config, else $CEINBOX_CONFIG, else ./config.yaml if present."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env)
    local = Path.cwd() / DEFAULT_CONFIG_NAME
    return local if local.is_file() else None


def load_settings(path: Path | None = None) -> Settings:
    """Load and validate settings; raise ConfigError with a one-line message naming the key."""
    config_path = find_config(path)
    raw: dict[str, Any] = {}
    base = Path.cwd()
    if config_path is not None:
        raw = _read_yaml(config_path)
        base = config_path.resolve().parent
    return settings_from_mapping(raw, base=base, source=config_path)


def settings_from_mapping(
    raw: dict[str, Any], *, base: Path, source: Path | None = None
) -> Settings:
    """Validate a parsed config mapping; relative paths are resolved against base."""
    where = f"{source}: " if source else ""
    unknown = sorted(set(raw) - set(_DEFAULTS) - {"extraction"})
    if unknown:
        raise ConfigError(f"{where}unknown key '{unknown[0]}'")
    values = {**_DEFAULTS, **{k: v for k, v in raw.items() if k != "extraction"}}

    paths: dict[str, Path] = {}
    for key in _PATH_KEYS:
        value = values[key]
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}'{key}' must be a folder path")
        folder = Path(value).expanduser()
        paths[key] = folder if folder.is_absolute() else (base / folder)

    for key in ("archive", "failed"):
        if paths[key].resolve().is_relative_to(paths["inbox"].resolve()):
            # The watcher covers the inbox's sub-folders: kept files would be read again.
            raise ConfigError(f"{where}'{key}' must not be inside the inbox folder")

    database = values["database"]
    if not isinstance(database, str) or "://" not in database:
        raise ConfigError(
            f"{where}'database' must be a database URL such as sqlite:///data/ceinbox.db"
        )
    database = _resolve_sqlite_url(database, base)

    owner = values["owner_name"]
    if owner is not None and (not isinstance(owner, str) or not owner.strip()):
        raise ConfigError(f"{where}'owner_name' must be a name or left out")

    polling = values["polling"]
    if not isinstance(polling, bool):
        raise ConfigError(f"{where}'polling' must be true or false")

    return Settings(
        polling=polling,
        inbox=paths["inbox"],
        archive=paths["archive"],
        failed=paths["failed"],
        profiles=paths["profiles"],
        database=database,
        owner_name=owner.strip() if isinstance(owner, str) else None,
        extraction=_limits(raw.get("extraction"), where),
        source=source,
    )


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}: not valid YAML{line}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of keys to values")
    return data


def _limits(raw: object, where: str) -> ExtractionLimits:
    if raw is None:
        return ExtractionLimits()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}'extraction' must be a mapping")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        kind = _LIMIT_KEYS.get(key)
        if kind is None:
            raise ConfigError(f"{where}unknown key 'extraction.{key}'")
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ConfigError(f"{where}'extraction.{key}' must be a positive number")
        values[key] = kind(value)
    return ExtractionLimits(**values)


def _resolve_sqlite_url(url: str, base: Path) -> str:
    """Make a relative sqlite file URL absolute against base; other URLs pass through."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == "sqlite:///:memory:":
        return url
    file_part = url[len(prefix) :]
    if file_part.startswith("/"):
        return url
    return prefix + str(base / file_part)
