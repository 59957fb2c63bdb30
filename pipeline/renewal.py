"""When a certification was renewed: the first day its earned credits and passed exams met a
renewal path, what that used, and what counts toward the period that then begins.

The CE program's rules: an item counts by its completion (end) date; credits once used for a
renewal are not counted again; a new period starts on the day the requirements are met.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pipeline.credits import ItemCredits
from pipeline.renewal_rules import RenewalPath
from pipeline.store_values import ExamRecord, ExamType


@dataclass(frozen=True)
class Renewal:
    """A renewal: the day the requirements were met, by which path, with which items and exams."""

    renewed_on: date
    path: RenewalPath
    items: tuple[int, ...]  # ids of the earned items it used
    exams: tuple[int, ...]  # ids of the exams it used
    credits: float  # the credits of those items
    by: str  # the certification whose requirements were met

    @property
    def description(self) -> str:
        """e.g. "renewed on 2026-05-03 by 80 CE credits (items #1, #4, #9)"."""
        used = [_ids("item", self.items), _ids("exam", self.exams)]
        what = " and ".join(u for u in used if u)
        return f"renewed on {self.renewed_on.isoformat()} by {self.path.description} ({what})"

    def to_json(self) -> dict[str, Any]:
        """The renewal as JSON."""
        return {
            "renewed_on": self.renewed_on.isoformat(),
            "path": self.path.description,
            "items": list(self.items),
            "exams": list(self.exams),
            "credits": self.credits,
            "by": self.by,
        }


def _ids(kind: str, ids: Sequence[int]) -> str:
    if not ids:
        return ""
    return f"{kind}{'s' if len(ids) > 1 else ''} {', '.join(f'#{i}' for i in ids)}"


def first_renewal(
    paths: Sequence[RenewalPath],
    earned: Sequence[ItemCredits],
    exams: Sequence[ExamRecord],
    *,
    by: str,
) -> Renewal | None:
    """The earliest day a path is met by earned items and passed exams (all within one
    period), or None. Of paths met on the same day, the one needing fewest exams is named."""
    found = [r for path in paths if (r := _met_on(path, earned, exams, by)) is not None]
    if not found:
        return None
    return min(found, key=lambda r: (r.renewed_on, sum(n for _, n in r.path.exams)))


def _met_on(
    path: RenewalPath, earned: Sequence[ItemCredits], exams: Sequence[ExamRecord], by: str
) -> Renewal | None:
    counting = sorted((i for i in earned if i.credits > 0), key=lambda i: (i.end_date, i.id))
    # The day the credits reached the path's (none needed: no day of their own).
    credits_day: date | None = None
    total = 0.0
    for item in counting:
        if total >= path.credits:
            break
        total += item.credits
        credits_day = item.end_date
    if total < path.credits:
        return None
    exam_days, exam_ids = [], []
    for exam_type, count in path.exams:
        passed = sorted((e for e in exams if e.exam_type == exam_type), key=lambda e: e.passed_on)
        if len(passed) < count:
            return None
        exam_days.append(passed[count - 1].passed_on)
        exam_ids += [e.id for e in passed[:count]]
    days = [d for d in (credits_day, *exam_days) if d is not None]
    if not days:
        return None
    day = max(days)
    # Every item completed by that day is used up with the renewal, not only those needed.
    spent = [i for i in counting if i.end_date <= day]
    return Renewal(
        renewed_on=day,
        path=path,
        items=tuple(i.id for i in spent),
        exams=tuple(sorted(exam_ids)),
        credits=sum(i.credits for i in spent),
        by=by,
    )


def exams_needed(
    path: RenewalPath, exams: Sequence[ExamRecord]
) -> tuple[tuple[ExamType, int], ...]:
    """The exams a path still needs beyond those passed."""
    have = Counter(e.exam_type for e in exams)
    return tuple((t, n - have[t]) for t, n in path.exams if have[t] < n)
