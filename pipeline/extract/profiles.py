"""Issuer profiles: data that tunes the generic rules for one issuer's certificates.

Built-in profiles ship as YAML beside this module; users add their own YAML files to the
`profiles` folder (a user profile with a built-in's name replaces it). The profile whose
keywords score highest is used; two profiles tied at the top is reported, never decided by
chance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml

from pipeline.errors import ProfileError
from pipeline.extract.dates import NumericOrder
from pipeline.extract.fuzzy import find_phrase
from pipeline.extract.taught import TAUGHT_FIELDS, Locator, locators_from_mapping

BUILTIN_FOLDER = Path(__file__).with_name("profiles")
LABEL_KINDS = (
    "course_name",
    "validation_code",
    "learner_name",
    "completion_date",
    "start_date",
    "end_date",
)
PATTERN_FIELDS = ("course_name", "validation_code", "learner_name", "start_date", "end_date")
_KEYS = {
    "name",
    "issuer",
    "keywords",
    "exclude",
    "min_score",
    "one_day_event",
    "unlabeled_date_is_completion",
    "issue_date_is_completion",
    "numeric_order",
    "labels",
    "patterns",
    "code_pattern",
    "largest_text",
    "description",
    "fields",
    "page_size",
    "check",
    "absent",
}
# How far (as a share) a page may differ from a layout profile's page size.
_PAGE_SLACK = 0.03
# Fields a profile may say its issuer prints as the largest text on the page.
PROMINENT_FIELDS = ("course_name", "learner_name")


@dataclass(frozen=True)
class Profile:
    """One issuer's profile."""

    name: str
    issuer: str | None
    keywords: tuple[tuple[str, float], ...]
    exclude: tuple[str, ...] = ()
    min_score: float = 2.0
    one_day_event: bool = False
    unlabeled_date_is_completion: bool = False
    issue_date_is_completion: bool = False
    numeric_order: NumericOrder | None = None
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    code_pattern: re.Pattern[str] | None = None
    # Fields this issuer prints as the page's largest text (read surely by size alone).
    largest_text: tuple[str, ...] = ()
    # A layout profile: where each value sits beside the template's fixed text (taught.py).
    fields: Mapping[str, Locator] = field(default_factory=dict)
    # A layout profile's page, [width, height] in points: its template prints on that size.
    page_size: tuple[float, float] | None = None
    # A layout profile's fields a person must check on every certificate of the layout (the
    # one it was taught from printed them ambiguously).
    check: tuple[str, ...] = ()
    # A layout profile's fields its template does not print (a decoy is all that is there).
    absent: tuple[str, ...] = ()
    origin: str = "built-in"

    def fits(self, page_sizes: Iterable[tuple[float, float]]) -> bool:
        """Whether a document has a page of this layout's size (any size without one)."""
        if self.page_size is None:
            return True
        width, height = self.page_size
        return any(
            abs(w - width) <= _PAGE_SLACK * width and abs(h - height) <= _PAGE_SLACK * height
            for w, h in page_sizes
        )

    def score(self, text: str, *, scanned: bool = False) -> tuple[float, list[str]]:
        """Sum of the weights of the keywords in text (0 when an exclude word is there);
        `scanned` text (read by OCR) may hold a layout's fixed text a little misread."""
        if any(_phrase(word).search(text) for word in self.exclude):
            return 0.0, []
        matched = [word for word, _ in self.keywords if self._found(word, text, scanned)]
        total = sum(weight for word, weight in self.keywords if word in matched)
        return total, matched

    def _found(self, word: str, text: str, scanned: bool) -> bool:
        if _phrase(word).search(text):
            return True
        if not (scanned and self.fields):
            return False
        # A layout's fixed text on a scan reads a little differently each time (similarity
        # is slow: only where OCR read the page, never on a text layer).
        return any(find_phrase(word, line) for line in text.splitlines())


@dataclass(frozen=True)
class ProfileChoice:
    """The profile chosen for a document, or why none was."""

    profile: Profile | None
    matched: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()


def _phrase(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])", re.IGNORECASE)


def choose_profile(
    profiles: list[Profile],
    text: str,
    page_sizes: Iterable[tuple[float, float]] = (),
    *,
    scanned: bool = False,
) -> ProfileChoice:
    """The best-scoring profile for text; a tie at the top chooses none and says so.

    A layout profile (one that places values) is one template of an issuer, so when one
    matches (its keywords and its page size) it is chosen over issuer-wide profiles; two
    layout profiles tied leave the issuer-wide choice in place, and the tie is reported."""
    sizes = list(page_sizes)
    scored = []
    for profile in profiles:
        if profile.fields and not profile.fits(sizes):
            continue  # another template's page: no need to read its keywords
        total, matched = profile.score(text, scanned=scanned)
        if total >= profile.min_score:
            scored.append((total, profile, matched))
    wide = _top([item for item in scored if not item[1].fields])
    layouts = [(share_of(p, total), p, m) for total, p, m in scored if p.fields]
    if not layouts:
        return wide
    chosen = _top(layouts)
    if chosen.tied:
        return ProfileChoice(wide.profile, wide.matched, chosen.tied)
    return chosen


def share_of(profile: Profile, total: float) -> float:
    """The share of a profile's keyword weight found (layout profiles compare by it)."""
    return round(total / sum(weight for _, weight in profile.keywords), 6)


def _top(scored: list[tuple[float, Profile, list[str]]]) -> ProfileChoice:
    if not scored:
        return ProfileChoice(None)
    scored.sort(key=lambda item: -item[0])
    best_score = scored[0][0]
    top = [item for item in scored if item[0] == best_score]
    if len(top) > 1:
        return ProfileChoice(None, tied=tuple(p.name for _, p, _ in top))
    return ProfileChoice(scored[0][1], matched=tuple(scored[0][2]))


def load_profiles(user_folder: Path | None) -> list[Profile]:
    """Built-in profiles plus the user's, the user's replacing built-ins of the same name."""
    profiles = {p.name: p for p in _load_folder(BUILTIN_FOLDER, origin="built-in")}
    if user_folder is not None and user_folder.is_dir():
        for profile in _load_folder(user_folder, origin="user"):
            profiles[profile.name] = profile
    return list(profiles.values())


def _load_folder(folder: Path, *, origin: str) -> list[Profile]:
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    return [load_profile(path, origin=origin) for path in files]


def load_profile(path: Path, *, origin: str = "user") -> Profile:
    """Read and validate one profile file; ProfileError names the file and the key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ProfileError(f"{path}: cannot read profile ({type(exc).__name__})") from exc
    if not isinstance(data, dict):
        raise ProfileError(f"{path}: a profile is a mapping of keys to values")
    return profile_from_mapping(data, where=str(path), origin=origin)


def profile_from_mapping(data: dict[str, Any], *, where: str, origin: str) -> Profile:
    """Validate a parsed profile mapping."""
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ProfileError(f"{where}: unknown key '{unknown[0]}'")
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", name):
        raise ProfileError(f"{where}: 'name' must be lowercase letters, digits, '-', '_' or '.'")
    issuer = data.get("issuer")
    if issuer is not None and not isinstance(issuer, str):
        raise ProfileError(f"{where}: 'issuer' must be text")
    return Profile(
        name=name,
        issuer=issuer,
        keywords=_keywords(data.get("keywords"), where),
        exclude=tuple(_strings(data.get("exclude", []), "exclude", where)),
        min_score=_number(data.get("min_score", 2.0), "min_score", where),
        one_day_event=_flag(data, "one_day_event", where),
        unlabeled_date_is_completion=_flag(data, "unlabeled_date_is_completion", where),
        issue_date_is_completion=_flag(data, "issue_date_is_completion", where),
        numeric_order=_order(data.get("numeric_order"), where),
        labels=_labels(data.get("labels", {}), where),
        patterns=_patterns(data.get("patterns", {}), where),
        code_pattern=_regex(data["code_pattern"], "code_pattern", where)
        if data.get("code_pattern")
        else None,
        largest_text=_largest_text(data.get("largest_text", []), where),
        fields=locators_from_mapping(data["fields"], where) if "fields" in data else {},
        page_size=_page_size(data.get("page_size"), where),
        check=_field_list(data.get("check", []), "check", where),
        absent=_field_list(data.get("absent", []), "absent", where),
        origin=origin,
    )


def _field_list(raw: object, key: str, where: str) -> tuple[str, ...]:
    fields = _strings(raw, key, where) if raw != [] else []
    for name in fields:
        if name not in TAUGHT_FIELDS:
            raise ProfileError(f"{where}: '{key}' lists fields from {', '.join(TAUGHT_FIELDS)}")
    return tuple(fields)


def _page_size(raw: object, where: str) -> tuple[float, float] | None:
    if raw is None:
        return None
    if not (isinstance(raw, list) and len(raw) == 2) or any(
        isinstance(v, bool) or not isinstance(v, int | float) or v <= 0 for v in raw
    ):
        raise ProfileError(f"{where}: 'page_size' must be [width, height] in points")
    return (float(raw[0]), float(raw[1]))


def _keywords(raw: object, where: str) -> tuple[tuple[str, float], ...]:
    if isinstance(raw, list):
        raw = {word: 1.0 for word in _strings(raw, "keywords", where)}
    if not isinstance(raw, dict) or not raw:
        raise ProfileError(f"{where}: 'keywords' must list at least one phrase")
    pairs = []
    for word, weight in raw.items():
        if not isinstance(word, str) or not word.strip():
            raise ProfileError(f"{where}: 'keywords' entries must be phrases")
        pairs.append((word.strip(), _number(weight, f"keywords.{word}", where)))
    return tuple(pairs)


def _strings(raw: object, key: str, where: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        raise ProfileError(f"{where}: '{key}' must be a list of phrases")
    return [v.strip() for v in cast(list[str], raw)]


def _number(raw: object, key: str, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw <= 0:
        raise ProfileError(f"{where}: '{key}' must be a positive number")
    return float(raw)


def _flag(data: dict[str, Any], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ProfileError(f"{where}: '{key}' must be true or false")
    return value


def _order(raw: object, where: str) -> NumericOrder | None:
    if raw is None:
        return None
    if raw not in ("dmy", "mdy"):
        raise ProfileError(f"{where}: 'numeric_order' must be dmy or mdy")
    return "dmy" if raw == "dmy" else "mdy"


def _labels(raw: object, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: 'labels' must map a field to a list of labels")
    labels = {}
    for kind, words in raw.items():
        if kind not in LABEL_KINDS:
            raise ProfileError(f"{where}: unknown key 'labels.{kind}'")
        labels[kind] = tuple(re.escape(w) for w in _strings(words, f"labels.{kind}", where))
    return labels


def _largest_text(raw: object, where: str) -> tuple[str, ...]:
    fields = _strings(raw, "largest_text", where) if raw != [] else []
    for name in fields:
        if name not in PROMINENT_FIELDS:
            raise ProfileError(
                f"{where}: 'largest_text' lists fields from {', '.join(PROMINENT_FIELDS)}"
            )
    return tuple(fields)


def _patterns(raw: object, where: str) -> dict[str, re.Pattern[str]]:
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: 'patterns' must map a field to a regular expression")
    patterns = {}
    for kind, expression in raw.items():
        if kind not in PATTERN_FIELDS:
            raise ProfileError(f"{where}: unknown key 'patterns.{kind}'")
        patterns[kind] = _regex(expression, f"patterns.{kind}", where)
    return patterns


def _regex(raw: object, key: str, where: str) -> re.Pattern[str]:
    if not isinstance(raw, str):
        raise ProfileError(f"{where}: '{key}' must be a regular expression")
    try:
        return re.compile(raw, re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise ProfileError(f"{where}: '{key}' is not a valid regular expression ({exc})") from exc
