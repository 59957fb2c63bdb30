"""What items are worth toward renewal, and the dates that govern them.

- A period is the three years ending on the certification's expiry date: from the day after
  the same date three years earlier, through the expiry date. Periods never overlap; an item
  belongs to the period its end date falls in.
- An item is worth its catalog credits ("expected"); an earned item is worth the credits the
  portal granted, when recorded. Rejected items, items outside the catalog and repeats of a
  course already counted in the period are worth nothing (see _course_key for "a course").
- An item must be submitted within 90 days of its end date (the 90th day is the last).

The renewal paths are data (pipeline.renewal_rules); pipeline.progress puts it all together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pipeline.catalog import Catalog, CatalogMatch, normalize
from pipeline.store_values import ItemFacts, ItemStatus

PERIOD_YEARS = 3
SUBMIT_WITHIN_DAYS = 90
DUE_SOON_DAYS = 14
EXPIRY_WARNING_DAYS = 90

_NUMBERS = {1: "one", 2: "two", 3: "three"}
# Which of several items of the same course counts: the one furthest along, then the oldest.
_STATUS_RANK = {
    ItemStatus.earned: 0,
    ItemStatus.submitted: 1,
    ItemStatus.ready: 2,
    ItemStatus.pending: 3,
}
_NOT_SUBMITTED = frozenset({ItemStatus.pending, ItemStatus.ready})


# --- dates -------------------------------------------------------------------------------


def period_of(expires: date) -> tuple[date, date]:
    """The first and last day of the renewal period ending on expires."""
    return years_after(expires, -PERIOD_YEARS) + timedelta(days=1), expires


def years_after(day: date, years: int) -> date:
    """The same date `years` later (28 February for a 29 February in a year without one)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def submit_by(end_date: date) -> date:
    """The last day an item that ended on end_date can be submitted on the portal."""
    return end_date + timedelta(days=SUBMIT_WITHIN_DAYS)


class SubmitFlag(StrEnum):
    """How close a not yet submitted item is to its submit-by date."""

    due_soon = "due-soon"  # within DUE_SOON_DAYS
    overdue = "overdue"  # past it: the portal may refuse the item


def submit_flag(status: ItemStatus, end_date: date | None, today: date) -> SubmitFlag | None:
    """The flag for an item, or None (submitted, earned, rejected, far off or undated)."""
    if status not in _NOT_SUBMITTED or end_date is None:
        return None
    days_left = (submit_by(end_date) - today).days
    if days_left < 0:
        return SubmitFlag.overdue
    if days_left <= DUE_SOON_DAYS:
        return SubmitFlag.due_soon
    return None


# --- what each item is worth -------------------------------------------------------------


@dataclass(frozen=True)
class ItemCredits:
    """An item in a certification's period, and the credits it counts for."""

    id: int
    course_name: str | None
    status: ItemStatus
    end_date: date
    expected: float | None  # from the catalog
    granted: float | None  # recorded when the portal showed it earned
    credits: float  # what counts toward renewal
    catalog_match: str | None  # the catalog pattern it matched
    note: str | None  # why it counts nothing
    duplicate_of: int | None = None  # the item of the same course that counts instead

    @property
    def submit_by(self) -> date:
        """The last day it can be submitted."""
        return submit_by(self.end_date)

    def to_json(self) -> dict[str, Any]:
        """The item's credits as JSON."""
        return {
            "id": self.id,
            "course_name": self.course_name,
            "status": self.status.value,
            "end_date": self.end_date.isoformat(),
            "submit_by": self.submit_by.isoformat(),
            "expected": self.expected,
            "granted": self.granted,
            "credits": self.credits,
            "catalog_match": self.catalog_match,
            "note": self.note,
            "duplicate_of": self.duplicate_of,
        }


def worth(
    status: ItemStatus, granted: float | None, match: CatalogMatch
) -> tuple[float, str | None]:
    """An item's credits (before once-per-period) and, when it counts nothing, why."""
    if status == ItemStatus.rejected:
        return 0.0, "rejected"
    if status == ItemStatus.earned and granted is not None:
        return granted, None
    if match.entry is None:
        return 0.0, match.note
    return match.entry.credits, None


def count_once(facts: Sequence[ItemFacts], catalog: Catalog) -> list[ItemCredits]:
    """Each item's credits; of several items of one course, only one counts."""
    matches = {item.id: catalog.match(item.course_name, item.end_date) for item in facts}
    by_course: dict[str, list[ItemFacts]] = defaultdict(list)
    for item in facts:
        by_course[_course_key(item, matches[item.id])].append(item)
    counted: list[ItemCredits] = []
    for same in by_course.values():
        first = min(same, key=lambda i: (_STATUS_RANK[i.status], i.end_date, i.id))
        for item in same:
            assert item.end_date is not None
            match = matches[item.id]
            credits, note = worth(item.status, item.granted, match)
            duplicate_of = None if item is first else first.id
            if duplicate_of is not None:
                credits, note = 0.0, f"counted once per period: same course as #{first.id}"
            counted.append(
                ItemCredits(
                    id=item.id,
                    course_name=item.course_name,
                    status=item.status,
                    end_date=item.end_date,
                    expected=match.expected,
                    granted=item.granted,
                    credits=credits,
                    catalog_match=match.entry.pattern if match.entry else None,
                    note=note,
                    duplicate_of=duplicate_of,
                )
            )
    return sorted(counted, key=lambda i: (i.end_date, i.id))


def _course_key(item: ItemFacts, match: CatalogMatch) -> str:
    """What makes two items the same course.

    A catalog pattern without `*` names one course, whatever version or code a certificate
    adds to its name; a pattern with `*` names a family of different items (every Cisco U.
    tutorial), so those, like items outside the catalog, are told apart by their names.
    """
    if match.entry is not None and "*" not in match.entry.pattern:
        return f"catalog:{normalize(match.entry.pattern)}"
    if item.course_name and item.course_name.strip():
        return f"name:{normalize(item.course_name)}"
    return f"item:{item.id}"


def format_credits(value: float) -> str:
    """Credits as people write them: 25, 12.5."""
    return f"{value:g}"


_UNIT_WORDS = {"CE": "CE credits", "CPE": "CPE credits", "CEU": "CEUs", "hours": "hours"}


def describe_printed(printed: Mapping[str, Any] | None) -> str | None:
    """What a certificate says it is worth, in words: '48 CE credits', '16 hours'."""
    if not printed:
        return None
    return f"{format_credits(float(printed['value']))} {_UNIT_WORDS[str(printed['unit'])]}"


def printed_disagrees(printed: Mapping[str, Any] | None, expected: float | None) -> str | None:
    """A sentence when the CE credits a certificate prints are not what the catalog expects.

    Only CE credits compare: CPE credits, CEUs and hours are other programmes' units, and the
    CE portal's credits are never derived from them.
    """
    if not printed or printed.get("unit") != "CE" or expected is None:
        return None
    value = float(printed["value"])
    if abs(value - expected) < 0.01:
        return None
    return (
        f"the certificate says {format_credits(value)} CE credits; the catalog expects "
        f"{format_credits(expected)}: check the catalog or the portal's Item Catalog"
    )
