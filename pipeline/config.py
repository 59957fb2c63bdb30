"""config.yaml -> frozen Settings, validated once at load.

Relative paths are resolved against the folder of the config file (or the current folder when
no file is used), so `ceinbox --config /elsewhere/config.yaml` works from anywhere.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
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
    # OCR of scanned pages may take this long per file; pages it does not reach are flagged.
    ocr_time_limit_seconds: float = 20.0
    memory_limit_mb: int = 1024
    max_file_mb: int = 100


class CertificationLevel(StrEnum):
    """A Cisco certification's level; its renewal rules are in pipeline/rules/renewal.yaml."""

    associate = "associate"
    specialist = "specialist"
    professional = "professional"
    expert = "expert"


@dataclass(frozen=True)
class Certification:
    """A certification the user holds, and the date it currently expires."""

    name: str
    level: CertificationLevel
    expires: date


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
    notify: bool = False  # a desktop notification when the watcher records a certificate
    extraction: ExtractionLimits = field(default_factory=ExtractionLimits)
    certifications: tuple[Certification, ...] = ()
    renewal_rules: Path | None = None  # a rule file replacing the built-in renewal rules
    exam_only_paths: bool = False  # also renew by the exam-only paths the rules list
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
    "notify": False,
    "renewal_rules": None,
    "exam_only_paths": False,
}
_NESTED_KEYS = frozenset({"extraction", "certifications"})
_CERTIFICATION_KEYS = ("name", "level", "expires")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LIMIT_KEYS = {
    "max_pages": int,
    "time_limit_seconds": float,
    "ocr_time_limit_seconds": float,
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
    unknown = sorted(set(raw) - set(_DEFAULTS) - _NESTED_KEYS)
    if unknown:
        raise ConfigError(f"{where}unknown key '{unknown[0]}'")
    values = {**_DEFAULTS, **{k: v for k, v in raw.items() if k not in _NESTED_KEYS}}

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

    rules = values["renewal_rules"]
    if rules is not None and (not isinstance(rules, str) or not rules.strip()):
        raise ConfigError(f"{where}'renewal_rules' must be the path of a rule file or left out")
    rules_path = None if rules is None else Path(rules).expanduser()
    if rules_path is not None and not rules_path.is_absolute():
        rules_path = base / rules_path

    for key in ("polling", "notify", "exam_only_paths"):
        if not isinstance(values[key], bool):
            raise ConfigError(f"{where}'{key}' must be true or false")

    return Settings(
        polling=values["polling"],
        notify=values["notify"],
        inbox=paths["inbox"],
        archive=paths["archive"],
        failed=paths["failed"],
        profiles=paths["profiles"],
        database=database,
        owner_name=owner.strip() if isinstance(owner, str) else None,
        extraction=_limits(raw.get("extraction"), where),
        certifications=_certifications(raw.get("certifications"), where),
        renewal_rules=rules_path,
        exam_only_paths=values["exam_only_paths"],
        source=source,
    )


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps an impossible date (2027-02-30) as text, so the error names its
    key instead of escaping as a bare ValueError."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from exc
    try:
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader
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


def _certifications(raw: object, where: str) -> tuple[Certification, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ConfigError(
            f"{where}'certifications' must be a list such as "
            "[{name: CCNP Enterprise, level: professional, expires: 2027-03-31}]"
        )
    found: list[Certification] = []
    first: dict[str, int] = {}
    for number, entry in enumerate(raw, start=1):
        what = f"{where}'certifications' entry {number}"
        certification = _certification(entry, what)
        earlier = first.setdefault(certification.name.casefold(), number)
        if earlier != number:
            raise ConfigError(f"{what}: 'name' {certification.name} is already entry {earlier}")
        found.append(certification)
    return tuple(found)


def _certification(entry: object, what: str) -> Certification:
    if not isinstance(entry, dict):
        raise ConfigError(f"{what} must be a mapping with name, level and expires")
    unknown = sorted(str(key) for key in set(entry) - set(_CERTIFICATION_KEYS))
    if unknown:
        raise ConfigError(f"{what}: unknown key '{unknown[0]}' (keys: name, level, expires)")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{what}: 'name' must be the certification's name, e.g. CCNA")
    level = entry.get("level")
    levels = ", ".join(CertificationLevel)
    if not isinstance(level, str) or level.strip().lower() not in set(CertificationLevel):
        raise ConfigError(f"{what} ({name.strip()}): 'level' must be one of {levels}")
    return Certification(
        name=name.strip(),
        level=CertificationLevel(level.strip().lower()),
        expires=_expiry(entry.get("expires"), f"{what} ({name.strip()})"),
    )


def _expiry(value: object, what: str) -> date:
    """YAML reads an unquoted 2027-03-31 as a date; a quoted one arrives as text."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigError(f"{what}: 'expires' must be a date YYYY-MM-DD")


def _resolve_sqlite_url(url: str, base: Path) -> str:
    """Make a relative sqlite file URL absolute against base; other URLs pass through."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == "sqlite:///:memory:":
        return url
    file_part = url[len(prefix) :]
    if file_part.startswith("/"):
        return url
    return prefix + str(base / file_part)
