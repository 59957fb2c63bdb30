"""Per-field accuracy and time per file on the generated certificate corpus.

Run with `make bench`. Prints a table per case kind and a speed table; no assertion here:
correctness is the tests' job, numbers are this script's.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles

from certfactory import CLEAN_CASES, TRICKY_CASES, UNCLEAR_CASES, Case

FIELDS = ("course_name", "start_date", "end_date", "validation_code", "learner_name", "issuer")


def main() -> None:
    """Build every corpus case, extract it, and print accuracy and speed tables."""
    profiles = load_profiles(None)
    limits = ExtractionLimits()
    timings: list[float] = []
    guarded: list[float] = []
    peaks: list[float] = []
    reader = GuardedExtractor(profiles=profiles, limits=limits)
    with tempfile.TemporaryDirectory() as folder, reader:
        for kind, cases in (
            ("clean", CLEAN_CASES),
            ("tricky", TRICKY_CASES),
            ("unclear", UNCLEAR_CASES),
        ):
            right = dict.fromkeys(FIELDS, 0)
            flagged_right = 0
            silent_wrong = 0
            for case in cases:
                path = case.build(Path(folder))
                started = time.perf_counter()
                result = extract_file(path, profiles=profiles, limits=limits)
                timings.append(time.perf_counter() - started)
                # Memory in a second pass: tracing slows the first one down several times.
                tracemalloc.start()
                extract_file(path, profiles=profiles, limits=limits)
                peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
                tracemalloc.stop()
                started = time.perf_counter()
                reader.extract(path)
                guarded.append(time.perf_counter() - started)
                for name in FIELDS:
                    got, want = result.value(name), getattr(case.expected, name)
                    right[name] += got == want
                    if got != want and got is not None and not result.needs_review:
                        silent_wrong += 1
                        print(f"  silent wrong value: {case.name}.{name}: {got!r} != {want!r}")
                flagged_right += result.needs_review == case.expected.needs_review
            _accuracy_table(kind, cases, right, flagged_right, silent_wrong)
    print("\nspeed per file (ms)          median     p95     max")
    for label, values in (("in process", timings), ("worker process", guarded)):
        ms = sorted(v * 1000 for v in values)
        p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
        print(f"  {label:<24} {statistics.median(ms):8.1f} {p95:7.1f} {ms[-1]:7.1f}")
    median_peak = statistics.median(peaks)
    print(f"  peak Python memory per file: {max(peaks):.1f} MB (median {median_peak:.1f})")


def _accuracy_table(
    kind: str, cases: list[Case], right: dict[str, int], flagged: int, silent: int
) -> None:
    total = len(cases)
    print(f"\n{kind} certificates: {total}")
    for name in FIELDS:
        print(f"  {name:<18} {right[name]:3d}/{total}  {100 * right[name] / total:5.1f}%")
    print(f"  {'needs_review as expected':<18} {flagged:3d}/{total}")
    print(f"  {'wrong values not flagged':<18} {silent:3d}")


if __name__ == "__main__":
    main()
