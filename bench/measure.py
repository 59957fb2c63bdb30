"""What the extraction reports share: corpora, the comparison rule, and the tallies.

A *sample* is one certificate with the values printed on it; a *reading* is what ceinbox
extracted from it. A field is right, wrong but unsure (confidence below the review line, or
the item flagged), wrong and sure (the worst case: shown green, item not flagged), or missing.
Comparison follows the real set's scorer: names and titles ignore case, spacing, typographic
quotes/dashes, outer quotes and trailing punctuation; dates and codes compare exactly; a
one-date certificate's start may be empty or equal to its end.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.model import REVIEW_BELOW, Extraction
from pipeline.extract.profiles import load_profiles

SCORED = ("course_name", "start_date", "end_date", "validation_code", "learner_name")
BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))
GENERATED_SETS = (
    "holdout_factory",
    "holdout2_factory",
    "holdout3_factory",
    "holdout4_factory",
    "holdout5_factory",
    "holdout6_factory",
    "holdout7_factory",
    "holdout8_factory",
    "holdout9_factory",
    "holdout10_factory",
    "holdout11_factory",
    "holdout12_factory",
    "holdout13_factory",
    "holdout14_factory",
    "holdout15_factory",
    "holdout16_factory",
    "holdout17_factory",
    "holdout18_factory",
    "holdout19_factory",
    "holdout20_factory",
    "holdout21_factory",
    "holdout22_factory",
    "holdout23_factory",
    "holdout24_factory",
)


@dataclass(frozen=True)
class Sample:
    """A certificate and the values printed on it."""

    name: str
    corpus: str
    path: Path
    truth: dict[str, str | None]
    kind: str = ""


@dataclass(frozen=True)
class Scored:
    """One sample's reading, compared field by field."""

    sample: Sample
    reading: Extraction | None
    error: str | None
    verdicts: dict[str, str]  # field -> right | wrong_unsure | wrong_sure | missing

    @property
    def all_right(self) -> bool:
        return all(v == "right" for v in self.verdicts.values())


_FOLD = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-", "−": "-", " ": " "}
)


def _text_key(value: str) -> str:
    value = unicodedata.normalize("NFC", value).translate(_FOLD)
    value = re.sub(r"\s+", " ", value).strip()
    return value.rstrip("\"'.,;:!?… ").lstrip("\"' ").casefold()


def same(field: str, got: str | None, want: str | None, truth: dict[str, str | None]) -> bool:
    """The scorer's rule: is `got` the printed value `want`?"""

    def norm(value: str | None) -> str | None:
        if value is None or not str(value).strip():
            return None
        return _text_key(value) if field in ("course_name", "learner_name") else value.strip()

    if norm(got) == norm(want):
        return True
    return field == "start_date" and want is None and got is not None and got == truth["end_date"]


def score(sample: Sample, reading: Extraction | None, error: str | None = None) -> Scored:
    """Compare a reading with the sample's truth."""
    verdicts: dict[str, str] = {}
    for field in SCORED:
        want = sample.truth.get(field)
        got = reading.value(field) if reading else None
        if same(field, got, want, sample.truth):
            verdicts[field] = "right"
        elif got is None:
            verdicts[field] = "missing"
        else:
            assert reading is not None
            sure = reading.fields[field].confidence >= REVIEW_BELOW and not reading.needs_review
            verdicts[field] = "wrong_sure" if sure else "wrong_unsure"
    return Scored(sample, reading, error, verdicts)


def read_all(samples: list[Sample]) -> list[Scored]:
    """Extract every sample in this process and score it."""
    profiles = load_profiles(None)
    limits = ExtractionLimits()
    out = []
    for sample in samples:
        try:
            reading = extract_file(sample.path, profiles=profiles, limits=limits)
        except Exception as exc:  # a refused file counts as nothing read
            out.append(score(sample, None, f"{type(exc).__name__}: {exc}"))
            continue
        out.append(score(sample, reading))
    return out


def real_samples(folder: Path, *, kinds: tuple[str, ...] = ("real-text",)) -> list[Sample]:
    """The certificates of a real set laid out as FOLDER/truth.json + FOLDER/<file>."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return [
        Sample(
            name=record["file"],
            corpus=folder.name,
            path=folder / record["file"],
            truth={f: record.get(f) for f in (*SCORED, "issuer")},
            kind=record.get("kind", ""),
        )
        for record in truth
        if not kinds or record.get("kind") in kinds
    ]


def generated_samples(module: str, folder: Path) -> Iterator[Sample]:
    """Build a generated set's cases (tests/<module>.py) into folder."""
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError:
        return
    cases = getattr(loaded, "HOLDOUT_CASES", None)
    if cases is None:
        cases = [*loaded.CLEAN_CASES, *loaded.TRICKY_CASES, *loaded.UNCLEAR_CASES]
    for case in cases:
        sub = folder / module / case.name
        sub.mkdir(parents=True)
        expected = case.expected
        yield Sample(
            name=case.name,
            corpus=module,
            path=case.build(sub),
            truth={f: getattr(expected, f) for f in (*SCORED, "issuer")},
            kind="unclear" if expected.needs_review else "clear",
        )


def calibration(scored: list[Scored]) -> list[tuple[str, int, int]]:
    """(band, values in it, of which right) over every value read."""
    rows = []
    for low, high in BANDS:
        values = right = 0
        for item in scored:
            if item.reading is None:
                continue
            for field in SCORED:
                value = item.reading.fields[field]
                if value.value is None or not low <= value.confidence < high:
                    continue
                values += 1
                right += item.verdicts[field] == "right"
        rows.append((f"{low:.2f}–{min(high, 1.0):.2f}", values, right))
    return rows


def by_source(scored: list[Scored]) -> list[tuple[str, int, int, float]]:
    """(rule, values it gave, of which right, lowest confidence it gave) over every value
    read: which evidence earns its confidence."""
    tally: dict[str, list[float]] = {}
    right: dict[str, int] = {}
    for item in scored:
        if item.reading is None:
            continue
        for field in SCORED:
            value = item.reading.fields[field]
            if value.value is None:
                continue
            rule = f"{field}: " + re.sub(r"'[^']*'", "'…'", value.source)
            tally.setdefault(rule, []).append(value.confidence)
            right[rule] = right.get(rule, 0) + (item.verdicts[field] == "right")
    return sorted(
        ((rule, len(c), right[rule], min(c)) for rule, c in tally.items()),
        key=lambda row: -row[1],
    )


def summary(scored: list[Scored]) -> dict[str, Any]:
    """Fields right, wrong-as-sure, and how often all-right certificates are flagged."""
    fields = len(scored) * len(SCORED)
    right = sum(v == "right" for s in scored for v in s.verdicts.values())
    sure_wrong = sum(v == "wrong_sure" for s in scored for v in s.verdicts.values())
    all_right = [s for s in scored if s.all_right]
    flagged_right = sum(1 for s in all_right if s.reading is not None and s.reading.needs_review)
    return {
        "files": len(scored),
        "fields_right": right,
        "fields": fields,
        "wrong_sure": sure_wrong,
        "all_right": len(all_right),
        "all_right_flagged": flagged_right,
        "flagged": sum(1 for s in scored if s.reading is None or s.reading.needs_review),
    }


def summary_row(name: str, scored: list[Scored]) -> str:
    """One table row of `summary`."""
    s = summary(scored)
    pct = 100.0 * s["fields_right"] / s["fields"] if s["fields"] else 0.0
    review = (
        f"{s['all_right_flagged']}/{s['all_right']}" if s["all_right"] else "-"
    )
    return (
        f"| {name} | {s['files']} | {pct:.1f}% | {s['wrong_sure']} | "
        f"{s['all_right']}/{s['files']} | {review} | {s['flagged']}/{s['files']} |"
    )


SUMMARY_HEADER = (
    "| corpus | certificates | fields right | wrong shown as sure | all right | "
    "all-right flagged | flagged |\n|---|---|---|---|---|---|---|"
)


def temporary_folder() -> tempfile.TemporaryDirectory[str]:
    """Where generated sets are built."""
    return tempfile.TemporaryDirectory(prefix="ceinbox-bench-")
