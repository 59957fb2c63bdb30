"""Values the page's edge cuts: the text layer holds characters the printed page never shows.

A value set too near the edge runs past it ("Certificate ID: QL-2025-CC…" on the page, the
whole ID in the text layer). What a reader of the paper could not see is no value to trust:
it stays, unsure, for a person to compare with the certificate.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.layout import Document
from pipeline.extract.model import FieldValue, Problem, ProblemKind

# A glyph's box may overhang the page a little (a side bearing, a rounding): past this many
# points it is off the page.
_OVERHANG = 1.5
_CAP = 0.6


def with_cut_by_the_edge(
    fields: dict[str, FieldValue], doc: Document, problems: list[Problem]
) -> dict[str, FieldValue]:
    """The values, each running past its page's edge made unsure with a problem saying so."""
    sizes = {page.number: (page.width, page.height) for page in doc.pages}
    checked = dict(fields)
    for name, field in fields.items():
        if field.value is None or field.bbox is None or field.page not in sizes:
            continue
        width, height = sizes[field.page]
        x0, top, x1, bottom = field.bbox
        if (
            x0 >= -_OVERHANG
            and top >= -_OVERHANG
            and x1 <= width + _OVERHANG
            and (bottom <= height + _OVERHANG)
        ):
            continue
        checked[name] = replace(field, confidence=min(field.confidence, _CAP))
        label = name.replace("_", " ")
        problems.append(
            Problem(
                ProblemKind.UNSURE,
                f"the {label} '{field.value}' runs past the page's edge, so the printed page "
                "may not show all of it: check it",
                name,
            )
        )
    return checked
