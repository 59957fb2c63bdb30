"""Accuracy of the extractor on held-out certificate layouts.

Run with `.venv/bin/python bench/holdout_report.py [holdout_factory|holdout2_factory]` (the
module in tests/ holding HOLDOUT_CASES and HOLDOUT_KINDS; the first by default). Each set was
written by someone who never saw the extractor; numbers on a set the rules were later fixed
against are no longer blind (see the README).  Prints per-field accuracy, needs_review
agreement and, most important, the "silent wrong values": fields whose value differs from the
expected one while the extractor did not ask for review.  No assertion: numbers only.

Comparison rules: dates compare as ISO strings; course names ignore case, runs of white space
and surrounding quotes/punctuation; learner names ignore runs of white space only; codes and
issuers compare exactly (after stripping outer white space).  A case whose build or extraction
raises counts as wrong on every field (but not as silent) and its error is printed.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import importlib

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.profiles import load_profiles

_SET = importlib.import_module(sys.argv[1] if len(sys.argv) > 1 else "holdout_factory")
HOLDOUT_CASES = _SET.HOLDOUT_CASES
# A set without kinds groups its cases by the word after its prefix ("h15-tricky-…").
HOLDOUT_KINDS: dict[str, str] = getattr(_SET, "HOLDOUT_KINDS", {})

FIELDS = ("course_name", "start_date", "end_date", "validation_code", "learner_name", "issuer")
_QUOTES = " \t\r\n\"'«»“”„‘’.,;:"


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _norm(name: str, value: Any) -> str | None:
    text = _as_text(value)
    if text is None:
        return None
    text = " ".join(text.split())
    if name == "course_name":
        return text.strip(_QUOTES).casefold() or None
    return text or None


@dataclass
class Outcome:
    name: str
    kind: str
    error: str | None = None
    got: dict[str, Any] = field(default_factory=dict)
    confidence: dict[str, Any] = field(default_factory=dict)
    needs_review: bool | None = None
    problems: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def _confidence(result: Any, name: str) -> Any:
    try:
        return result.fields[name].confidence
    except Exception:
        return None


def _run_case(case: Any, folder: Path, profiles: Any, limits: Any) -> Outcome:
    out = Outcome(case.name, HOLDOUT_KINDS.get(case.name, case.name.split("-")[1]))
    sub = folder / case.name
    sub.mkdir()
    try:
        path = case.build(sub)
    except Exception as exc:
        out.error = f"build failed: {exc!r}"
        out.wrong = list(FIELDS)
        return out
    try:
        result = extract_file(path, profiles=profiles, limits=limits)
        out.needs_review = bool(result.needs_review)
        out.problems = [str(p) for p in (result.problems or [])]
        for name in FIELDS:
            out.got[name] = result.value(name)
            out.confidence[name] = _confidence(result, name)
    except Exception as exc:
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        out.error = f"extraction raised: {last}"
        out.wrong = list(FIELDS)
        return out
    want = case.expected
    out.wrong = [n for n in FIELDS if _norm(n, out.got[n]) != _norm(n, getattr(want, n))]
    return out


def _pct(n: int, d: int) -> str:
    return f"{n:>3}/{d:<3} {100.0 * n / d:5.1f}%" if d else "  -"


def _short(value: Any, width: int = 60) -> str:
    text = repr(_as_text(value))
    return text if len(text) <= width else text[: width - 3] + "..."


def main() -> None:
    """Build every held-out case, extract it, print accuracy and the silent wrong values."""
    cases = HOLDOUT_CASES
    profiles = load_profiles(None)
    limits = ExtractionLimits()
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="holdout-") as tmp:
        for case in cases:
            outcomes.append(_run_case(case, Path(tmp), profiles, limits))
    expected = {c.name: c.expected for c in cases}

    kinds = Counter(o.kind for o in outcomes)
    errors = [o for o in outcomes if o.error]
    print(
        f"Held-out certificates: {len(outcomes)} cases "
        f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
        f"{len(errors)} raised"
    )

    # ---- per-field accuracy, overall and by kind ---------------------------------------------
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.kind].append(o)
    print("\nPer-field accuracy")
    header = f"  {'field':<16} {'all':>14}" + "".join(f" {k:>14}" for k in sorted(by_kind))
    print(header)
    for name in FIELDS:
        ok = sum(name not in o.wrong for o in outcomes)
        row = f"  {name:<16} {_pct(ok, len(outcomes)):>14}"
        for k in sorted(by_kind):
            group = by_kind[k]
            row += f" {_pct(sum(name not in o.wrong for o in group), len(group)):>14}"
        print(row)
    perfect = sum(not o.wrong for o in outcomes)
    print(f"  {'all six fields':<16} {_pct(perfect, len(outcomes)):>14}")

    # ---- needs_review agreement --------------------------------------------------------------
    ran = [o for o in outcomes if o.needs_review is not None]
    agree = sum(o.needs_review == expected[o.name].needs_review for o in ran)
    missed = [o for o in ran if expected[o.name].needs_review and not o.needs_review]
    extra = [o for o in ran if not expected[o.name].needs_review and o.needs_review]
    print("\nneeds_review agreement")
    print(f"  agree                         {_pct(agree, len(outcomes))}")
    print(
        f"  not flagged but should be     {len(missed):>3}  "
        f"{', '.join(o.name for o in missed) or '-'}"
    )
    print(
        f"  flagged but need not be       {len(extra):>3}  "
        f"{', '.join(o.name for o in extra) or '-'}"
    )

    # ---- silent wrong values -----------------------------------------------------------------
    silent = [(o, n) for o in ran if o.needs_review is False for n in o.wrong]
    silent_cases = {o.name for o, _ in silent}
    print(
        f"\nSILENT WRONG VALUES (differ from expected while needs_review is False): "
        f"{len(silent)} in {len(silent_cases)} case(s)"
    )
    for o, n in silent:
        print(
            f"  {o.name:<28} {n:<16} got {_short(o.got[n], 50)}  "
            f"want {_short(getattr(expected[o.name], n), 50)}"
        )

    # ---- per-case mismatch lines -------------------------------------------------------------
    print("\nCases with any mismatch")
    for o in outcomes:
        want = expected[o.name]
        review_off = o.needs_review is not None and o.needs_review != want.needs_review
        if not o.wrong and not review_off and not o.error:
            continue
        if o.error:
            print(f"  {o.name} [{o.kind}]  ERROR {o.error}")
            continue
        probs = "; ".join(o.problems[:2]) or "-"
        print(
            f"  {o.name} [{o.kind}]  needs_review={o.needs_review} "
            f"(want {want.needs_review})  problems: {probs}"
        )
        for n in o.wrong:
            conf = o.confidence.get(n)
            conf_s = f"  conf={conf:.2f}" if isinstance(conf, int | float) else ""
            print(f"      {n:<16} got {_short(o.got[n])}  want {_short(getattr(want, n))}{conf_s}")


if __name__ == "__main__":
    main()
