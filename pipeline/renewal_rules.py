"""The renewal rules as data: which paths renew each level, and which levels rank above others.

The built-in table is `pipeline/rules/renewal.yaml`; `renewal_rules:` in config.yaml names a
file of the same form that replaces it, and `exam_only_paths: true` switches on the paths that
take exams alone. A rule file is validated when it is loaded: a mistake is a RuleError naming
the level and path.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from pipeline.config import CertificationLevel, Settings
from pipeline.errors import ConfigError
from pipeline.store_values import ExamType

_NUMBERS = {1: "one", 2: "two", 3: "three"}


class RuleError(ConfigError):
    """A renewal rule file is not valid."""


@dataclass(frozen=True)
class RenewalPath:
    """One way to renew: this many CE credits, plus these exams passed in the period."""

    credits: int
    exams: tuple[tuple[ExamType, int], ...] = ()
    enabled: bool = True

    @property
    def exam_only(self) -> bool:
        """Exams alone renew: no credits needed."""
        return self.credits == 0

    @property
    def description(self) -> str:
        """e.g. "40 CE credits + two professional exams"."""
        parts = [f"{self.credits} CE credits"] if self.credits else []
        parts += [exams_text(t, n) for t, n in self.exams]
        return " + ".join(parts)


@dataclass(frozen=True)
class RenewalRules:
    """Every level's renewal paths, and the levels from lowest to highest."""

    levels: tuple[CertificationLevel, ...]
    paths: dict[CertificationLevel, tuple[RenewalPath, ...]]
    source: str  # the file they were read from, for messages

    def paths_of(self, level: CertificationLevel) -> tuple[RenewalPath, ...]:
        """The paths that renew a level (switched-off ones left out)."""
        return tuple(p for p in self.paths[level] if p.enabled)

    def rank(self, level: CertificationLevel) -> int:
        """Higher for higher levels: renewing one renews every level of lower or equal rank."""
        return self.levels.index(level)

    def ce_only(self, level: CertificationLevel) -> int | None:
        """The credits a level needs without any exam (None when no path is CE-only)."""
        return next((p.credits for p in self.paths_of(level) if not p.exams), None)

    def with_exam_only_paths(self) -> RenewalRules:
        """The same rules with every exam-only path switched on."""
        paths = {
            level: tuple(replace(p, enabled=True) if p.exam_only else p for p in found)
            for level, found in self.paths.items()
        }
        return replace(self, paths=paths)


def rules_of(settings: Settings) -> RenewalRules:
    """The renewal rules config.yaml asks for."""
    return load_renewal_rules(settings.renewal_rules, exam_only_paths=settings.exam_only_paths)


def builtin_rules_text() -> str:
    """The built-in rule file, as shipped."""
    return resources.files("pipeline").joinpath("rules/renewal.yaml").read_text("utf-8")


def load_renewal_rules(path: Path | None = None, *, exam_only_paths: bool = False) -> RenewalRules:
    """The rules from path (default: the built-in table); RuleError when they are not valid."""
    if path is None:
        text, source = builtin_rules_text(), "the built-in renewal rules"
    else:
        try:
            text, source = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleError(f"cannot read renewal rules {path}: {exc}") from exc
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleError(f"{source} is not valid YAML: {exc}") from exc
    rules = parse_rules(raw, source)
    return rules.with_exam_only_paths() if exam_only_paths else rules


def parse_rules(raw: Any, source: str) -> RenewalRules:
    """Validate a parsed rule file."""
    if not isinstance(raw, dict) or set(raw) - {"levels", "paths"}:
        raise RuleError(f"{source}: expected the keys 'levels' and 'paths'")
    levels = tuple(_level(name, source) for name in _list(raw.get("levels"), "levels", source))
    if sorted(levels) != sorted(CertificationLevel) or len(set(levels)) != len(levels):
        names = ", ".join(level.value for level in CertificationLevel)
        raise RuleError(f"{source}: 'levels' must list each of {names} once, lowest first")
    table = raw.get("paths")
    if not isinstance(table, dict):
        raise RuleError(f"{source}: 'paths' must map each level to its list of paths")
    paths: dict[CertificationLevel, tuple[RenewalPath, ...]] = {}
    for level in levels:
        where = f"{source}: paths of {level.value}"
        found = tuple(
            _path(entry, f"{where}, path {n}")
            for n, entry in enumerate(_list(table.get(level.value), where, source=None), 1)
        )
        if not any(p.enabled for p in found):
            raise RuleError(f"{where}: at least one path must be enabled")
        paths[level] = found
    unknown = set(table) - {level.value for level in levels}
    if unknown:
        raise RuleError(f"{source}: paths for an unknown level: {', '.join(sorted(unknown))}")
    return RenewalRules(levels, paths, source)


def _list(value: Any, what: str, source: str | None) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise RuleError(f"{f'{source}: ' if source else ''}{what} must be a non-empty list")
    return value


def _level(name: Any, source: str) -> CertificationLevel:
    try:
        return CertificationLevel(str(name))
    except ValueError:
        raise RuleError(f"{source}: unknown level {name!r}") from None


def _path(entry: Any, where: str) -> RenewalPath:
    if not isinstance(entry, dict) or set(entry) - {"credits", "exams", "enabled"}:
        raise RuleError(f"{where}: expected credits, exams and enabled")
    credits = entry.get("credits", 0)
    if not isinstance(credits, int) or isinstance(credits, bool) or not 0 <= credits <= 1000:
        raise RuleError(f"{where}: credits must be a whole number from 0 to 1000")
    exams_raw = entry.get("exams", {})
    if not isinstance(exams_raw, dict):
        raise RuleError(f"{where}: exams must map an exam type to a count")
    exams = []
    for name, count in exams_raw.items():
        try:
            exam_type = ExamType(str(name))
        except ValueError:
            kinds = ", ".join(t.value for t in ExamType)
            raise RuleError(f"{where}: unknown exam type {name!r} (one of {kinds})") from None
        if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 10:
            raise RuleError(f"{where}: the number of {name} exams must be from 1 to 10")
        exams.append((exam_type, count))
    if credits == 0 and not exams:
        raise RuleError(f"{where}: a path needs credits, exams or both")
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RuleError(f"{where}: enabled must be true or false")
    return RenewalPath(credits, tuple(exams), enabled)


def exams_text(exam_type: ExamType, count: int) -> str:
    """e.g. "two professional exams"."""
    word = _NUMBERS.get(count, str(count))
    return f"{word} {exam_type.value} exam{'s' if count != 1 else ''}"
