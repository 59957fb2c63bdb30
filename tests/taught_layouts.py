"""Two certificate layouts no built-in profile knows, each filled with several sets of values
(the same template, other people, titles, dates and codes): for teaching a layout from one
correction and reading the next certificates of it."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from certfactory import A4_L, GREY, Doc, Item, Page, Rule, Text, render, wrap


@dataclass(frozen=True)
class Values:
    learner: str
    course: str
    start: str  # ISO
    end: str
    code: str


RECORDS = (
    Values("Ingrid Ozola", "Campus Switching Design", "2024-03-14", "2024-03-15", "BNI-24-00731"),
    Values(
        "Tomasz Wójcik-Lindqvist",
        "Segment Routing and SRv6 Migration Planning for Service Provider Backbones",
        "2024-05-06",
        "2024-05-08",
        "BNI-24-01102",
    ),
    Values("Aino Mäkelä", "Wireless Site Surveys", "2024-09-02", "2024-09-02", "BNI-24-01950"),
    Values(
        "Rasmus Østergaard",
        "Network Automation with NETCONF",
        "2025-01-20",
        "2025-01-24",
        "BNI-25-00017",
    ),
)


def _dotted(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def baltic_record(folder: Path, values: Values, name: str) -> Path:
    """A 'record of professional training': values under small grey captions, dotted dates."""
    width = A4_L[0]
    items: list[Item] = [
        Text(width / 2, 70, "BALTIC NETWORK INSTITUTE", 13, "sans-b", "c"),
        Text(width / 2, 140, "Record of professional training", 26, "serif", "c"),
        Text(width / 2, 190, "This record is kept for", 11, "sans", "c", GREY),
        Text(width / 2, 228, values.learner, 22, "serif-b", "c"),
        Text(width / 2, 268, "who took part in the programme", 11, "sans", "c", GREY),
    ]
    for row, line in enumerate(wrap(values.course, "serif", 18, 560)):
        items.append(Text(width / 2, 302 + 24 * row, line, 18, "serif", "c"))
    period = _dotted(values.start)
    if values.end != values.start:
        period += " – " + _dotted(values.end)
    items += [
        Rule(80, 430, width - 80, 430, 0.5, GREY),
        Text(90, 460, "HELD", 8, "sans-b", "l", GREY),
        Text(90, 480, period, 12, "sans", "l"),
        Text(width - 90, 460, "REGISTER ENTRY", 8, "sans-b", "r", GREY),
        Text(width - 90, 480, values.code, 12, "mono", "r"),
        Text(width / 2, 540, "Riga · Tallinn · Vilnius", 9, "sans", "c", GREY),
    ]
    return render(Doc((Page(A4_L, tuple(items)),)), folder, name)
