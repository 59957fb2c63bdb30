"""Accuracy and calibration over every corpus: generated, held-out, and a real set.

    .venv/bin/python bench/accuracy_report.py [--real FOLDER] [--only NAME] [--show]

FOLDER is laid out as truth.json + the PDFs it names (the shape of the real development set;
`../shared/realdev/files` is used when it exists). Prints, per corpus: fields right (five:
course, start, end, code, learner), values wrong but shown as sure, how many certificates
with every value right are still flagged, and the calibration table — for each confidence
band, how often the values in it were right. No assertion: numbers only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from measure import (
    GENERATED_SETS,
    SCORED,
    SUMMARY_HEADER,
    Scored,
    by_source,
    calibration,
    generated_samples,
    read_all,
    real_samples,
    summary_row,
    temporary_folder,
)

_DEFAULT_REAL = Path(__file__).resolve().parents[2] / "shared" / "realdev" / "files"


def main() -> None:
    """Measure every corpus and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=_DEFAULT_REAL)
    parser.add_argument("--only", help="one corpus: certfactory, holdoutN_factory or real")
    parser.add_argument("--show", action="store_true", help="list every value not right")
    args = parser.parse_args()

    results: dict[str, list[Scored]] = {}
    with temporary_folder() as tmp:
        for module in ("certfactory", *GENERATED_SETS):
            if args.only and args.only != module:
                continue
            samples = list(generated_samples(module, Path(tmp)))
            if samples:
                results[module] = read_all(samples)
        if (args.only in (None, "real")) and (args.real / "truth.json").exists():
            results["real (text layer)"] = read_all(real_samples(args.real))

    print(SUMMARY_HEADER)
    for name, scored in results.items():
        print(summary_row(name, scored))
    everything = [s for scored in results.values() for s in scored]
    print("\nCalibration: confidence band -> share of values in it that were right")
    print("| band | values | right | share |\n|---|---|---|---|")
    for band, values, right in calibration(everything):
        share = f"{100.0 * right / values:.1f}%" if values else "-"
        print(f"| {band} | {values} | {right} | {share} |")

    print("\nBy rule: values each rule gave, how often right, its lowest confidence")
    print("| rule | values | right | share | lowest confidence |\n|---|---|---|---|---|")
    for rule, values, right, lowest in by_source(everything):
        print(f"| {rule} | {values} | {right} | {100.0 * right / values:.1f}% | {lowest:.2f} |")

    print("\nWrong values shown as sure:")
    for scored in everything:
        for field in SCORED:
            if scored.verdicts[field] == "wrong_sure":
                assert scored.reading is not None
                value = scored.reading.fields[field]
                print(
                    f"  {scored.sample.corpus}:{scored.sample.name[:40]} {field} "
                    f"{value.value!r} ({value.confidence:.2f}, {value.source})"
                )
    if args.show:
        print("\nEvery value not right:")
        for scored in everything:
            if scored.error:
                print(f"  {scored.sample.corpus}:{scored.sample.name[:40]} ERROR {scored.error}")
            for field in SCORED:
                verdict = scored.verdicts[field]
                if verdict == "right" or scored.reading is None:
                    continue
                value = scored.reading.fields[field]
                print(
                    f"  {scored.sample.corpus}:{scored.sample.name[:40]} {field} {verdict} "
                    f"got {value.value!r} ({value.confidence:.2f} {value.source}) "
                    f"want {scored.sample.truth[field]!r}"
                )
        print("\nAll right but flagged:")
        for scored in everything:
            if scored.all_right and scored.reading is not None and scored.reading.needs_review:
                problems = "; ".join(p.message for p in scored.reading.problems)[:160]
                print(f"  {scored.sample.corpus}:{scored.sample.name[:40]} {problems}")


if __name__ == "__main__":
    main()
