"""Layouts taught by one correction: the next certificates of each layout, before and after.

For each family of the blind set tests/families_factory.py (one template, five sets of
values), the first certificate is "corrected" with its printed values and a layout profile
is derived from it (as `ceinbox profiles suggest --save` does); the other four are then read
with and without it. Every other family is read again with all derived profiles loaded, to
show they read exactly as before.

    .venv/bin/python bench/learned_layouts.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pipeline.config import ExtractionLimits
from pipeline.errors import CeinboxError
from pipeline.extract.engine import extract_document
from pipeline.extract.layout import Document
from pipeline.extract.pdf import read_document
from pipeline.extract.profiles import Profile, load_profiles
from pipeline.extract.teach import check_lesson, derive_profile, issuer_hint
from pipeline.learn import profile_name

from measure import SCORED, SUMMARY_HEADER, Sample, Scored, score, summary_row, temporary_folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="Print every wrong field.")
    args = parser.parse_args()
    from families_factory import FAMILIES

    builtins = load_profiles(None)
    limits = ExtractionLimits()
    lessons: dict[str, Profile] = {}
    before: list[Scored] = []
    after: list[Scored] = []
    refused: list[str] = []
    with temporary_folder() as tmp:
        docs: dict[str, list[tuple[Sample, Document]]] = {}
        for family, cases in FAMILIES.items():
            docs[family] = []
            for case in cases:
                folder = Path(tmp) / case.name
                folder.mkdir()
                path = case.build(folder)
                truth = {f: getattr(case.expected, f) for f in (*SCORED, "issuer")}
                sample = Sample(case.name, family, path, truth)
                docs[family].append((sample, read_document(path, limits=limits)))
        for family, members in docs.items():
            (first, first_doc), rest = members[0], members[1:]
            values = {f: first.truth[f] for f in SCORED}
            name = profile_name(first.truth["issuer"] or issuer_hint(first_doc, values), set(), 0)
            try:
                lesson = derive_profile(first_doc, values, name=name, issuer=first.truth["issuer"])

                def read(
                    profiles: list[Profile], doc: Document = first_doc
                ) -> dict[str, str | None]:
                    got = extract_document(doc, file="x", sha256="", profiles=profiles)
                    return {f: got.fields[f].value for f in SCORED}

                check_lesson(lesson, first_doc, values, builtins, read=read)
                lessons[family] = lesson.profile
            except CeinboxError as exc:
                refused.append(f"{family}: {exc}")
            for sample, doc in rest:
                before.append(_scored(sample, doc, builtins))
                taught = [*builtins, lessons[family]] if family in lessons else builtins
                after.append(_scored(sample, doc, taught))
        changed = 0
        compared = 0
        for family, members in docs.items():
            others = [p for f, p in lessons.items() if f != family]
            for _, doc in members:
                plain = extract_document(doc, file="x", sha256="", profiles=builtins)
                loaded = extract_document(doc, file="x", sha256="", profiles=[*builtins, *others])
                compared += 1
                changed += plain.to_json() != loaded.to_json()
    print(f"families: {len(docs)}, layouts learned: {len(lessons)}")
    for line in refused:
        print(f"  refused: {line}")
    print()
    print(SUMMARY_HEADER)
    print(summary_row("next 4 certificates, built-in profiles only", before))
    print(summary_row("next 4 certificates, with the taught layout", after))
    print()
    print(f"other layouts read differently with every taught profile loaded: {changed}/{compared}")
    if args.show:
        for scored in after:
            for field, verdict in scored.verdicts.items():
                if verdict != "right":
                    got = scored.reading.value(field) if scored.reading else None
                    print(
                        f"  {scored.sample.name} {field}: {verdict} got {got!r} "
                        f"want {scored.sample.truth[field]!r}"
                    )


def _scored(sample: Sample, doc: Document, profiles: list[Profile]) -> Scored:
    return score(sample, extract_document(doc, file=sample.name, sha256="", profiles=profiles))


if __name__ == "__main__":
    main()
