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
        Text(width / 2, 268, "whose study record names the programme", 11, "sans", "c", GREY),
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


@dataclass(frozen=True)
class Session:
    learner: str
    workshop: str
    day: str  # ISO: the workshop's own day, inside the event's three days
    code: str
    event_start: str  # ISO: the event's first day (a decoy date range on every certificate)


SESSIONS = (
    # Taught from this one: the workshop was on the event's first day, printed twice.
    Session("Jörg Weißmüller", "Packet Capture at Scale", "2024-06-03", "4471-22", "2024-06-03"),
    Session(
        "Amélie Rousseau", "EVPN Multihoming in Practice", "2024-06-04", "4472-08", "2024-06-03"
    ),
    Session("Dawit Bekele", "Telemetry Pipelines with gNMI", "2025-05-21", "5110-31", "2025-05-20"),
)


def summit_attendance(folder: Path, values: Session, name: str) -> Path:
    """An event's attendance slip: the event's dates on top (a decoy), the workshop's own day
    alone at the bottom beside a '№' number, no labels at all."""
    width = A4_L[0]
    year, month, day = values.event_start.split("-")
    first = int(day)
    months = {"05": "May", "06": "June"}
    items: list[Item] = [
        Text(90, 60, f"Harbour Networking Days {year}", 12, "sans-b"),
        Text(90, 82, f"{first}–{first + 2} {months[month]} {year}", 14, "sans"),
        Text(90, 220, values.learner, 28, "serif-b"),
        Text(90, 262, "took part in the hands-on workshop", 11, "sans", "l", GREY),
        Text(90, 296, values.workshop, 18, "serif"),
        Text(90, 520, _dotted(values.day), 12, "sans"),
        Text(width - 90, 520, f"№ {values.code}", 12, "mono", "r"),
        Text(width / 2, 570, "Harbour Networking Days · Attendance record", 8, "sans", "c", GREY),
    ]
    return render(Doc((Page(A4_L, tuple(items)),)), folder, name)
