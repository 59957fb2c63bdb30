"""Renewal progress: where each certification stands, what renewed it, what is still needed.

`progress(facts, certifications, today, rules)` does all the work from the stored facts
(`RenewalFacts`); the CLI and the review page only present its CertificationProgress objects
(or `pipeline.progress_json`). The rules (pipeline.renewal_rules) say which paths renew each
level; on top of them:
- credits accumulate toward the highest certification held: renewing it renews every
  certification at its level and below, so the lower ones follow it ("renews with");
- the first day a path is met is the renewal day: the items and exams it used are not
  counted again, and the next period starts that day (pipeline.renewal).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from pipeline.catalog import Catalog
from pipeline.config import Certification, CertificationLevel
from pipeline.credits import (
    EXPIRY_WARNING_DAYS,
    PERIOD_YEARS,
    ItemCredits,
    SubmitFlag,
    count_once,
    format_credits,
    period_of,
    submit_flag,
    years_after,
)
from pipeline.renewal import Renewal, exams_needed, first_renewal
from pipeline.renewal_rules import RenewalPath, RenewalRules, exams_text, load_renewal_rules
from pipeline.store_values import ExamRecord, ExamType, ItemFacts, ItemStatus


@dataclass(frozen=True)
class PathProgress:
    """How far a certification is along one renewal path."""

    path: RenewalPath
    credits_missing: float  # beyond the credits earned
    exams_missing: tuple[tuple[ExamType, int], ...]
    met: bool  # earned credits and passed exams satisfy it
    covered: bool  # it would be met once submitted and ready items are earned

    @property
    def missing_text(self) -> str:
        """e.g. "25 credits and one professional exam", or "nothing"."""
        parts = [f"{format_credits(self.credits_missing)} credits"] if self.credits_missing else []
        parts += [exams_text(t, n) for t, n in self.exams_missing]
        return " and ".join(parts) or "nothing"

    def to_json(self) -> dict[str, Any]:
        """The path's progress as JSON."""
        return {
            "description": self.path.description,
            "credits": self.path.credits,
            "exams": {t.value: n for t, n in self.path.exams},
            "credits_missing": self.credits_missing,
            "exams_missing": {t.value: n for t, n in self.exams_missing},
            "met": self.met,
            "covered": self.covered,
        }


@dataclass(frozen=True)
class DueItem:
    """A not yet submitted item whose submit-by date is near or past."""

    id: int
    course_name: str | None
    status: ItemStatus
    end_date: date
    submit_by: date
    days_left: int  # negative once past
    credits: float

    @property
    def overdue(self) -> bool:
        """Past its submit-by date."""
        return self.days_left < 0

    def to_json(self) -> dict[str, Any]:
        """The due item as JSON."""
        return {
            "id": self.id,
            "course_name": self.course_name,
            "status": self.status.value,
            "end_date": self.end_date.isoformat(),
            "submit_by": self.submit_by.isoformat(),
            "days_left": self.days_left,
            "overdue": self.overdue,
            "credits": self.credits,
        }


@dataclass(frozen=True)
class CertificationProgress:
    """Where one certification stands on `today`."""

    certification: Certification
    today: date
    period_start: date
    required: int | None  # the credits its level needs without an exam (None: no such path)
    earned: float
    submitted: float
    ready: float
    pending: float
    on_the_way: float  # submitted, and ready items still in their submission window
    paths: tuple[PathProgress, ...]
    closest: PathProgress
    items: tuple[ItemCredits, ...]  # the items completed in the period
    exams: tuple[ExamRecord, ...]  # the exams passed in the period
    due: tuple[DueItem, ...]  # by submit-by date
    undated: tuple[int, ...]  # ids of items without an end date: no period can hold them
    late_ready: float = 0.0  # credits of ready items past their window: not on the way
    renewal: Renewal | None = None  # the renewal that happened in this period, if any
    toward_next: float = 0.0  # credits completed after the renewal day: for the next period
    follows: CertificationProgress | None = None  # the higher certification it renews with

    @property
    def name(self) -> str:
        """The certification's name."""
        return self.certification.name

    @property
    def level(self) -> CertificationLevel:
        """The certification's level."""
        return self.certification.level

    @property
    def expires(self) -> date:
        """Its current expiry date: the period's last day."""
        return self.certification.expires

    @property
    def days_left(self) -> int:
        """Days from today to the expiry date (negative once expired)."""
        return (self.expires - self.today).days

    @property
    def met(self) -> bool:
        """Renewed: a path was met (by it, or by the higher certification it follows)."""
        return self.renewal is not None

    @property
    def covered(self) -> bool:
        """A renewal path is met once the credits on the way are earned."""
        if self.follows is not None:
            return self.met or self.follows.covered
        return any(path.covered for path in self.paths)

    @property
    def need(self) -> float:
        """Credits still to earn on the closest path."""
        if self.met or self.follows is not None:
            return 0.0
        return self.closest.credits_missing

    @property
    def next_period(self) -> tuple[date, date] | None:
        """The period the renewal started: its first day and its expiry date."""
        if self.renewal is None:
            return None
        start = self.renewal.renewed_on
        return start, years_after(start, PERIOD_YEARS)

    @property
    def not_in_catalog(self) -> tuple[ItemCredits, ...]:
        """Items that count nothing because the catalog does not have them."""
        return tuple(
            i
            for i in self.items
            if i.duplicate_of is None
            and i.catalog_match is None
            and not (i.status == ItemStatus.earned and i.granted is not None)
        )

    @property
    def alerts(self) -> tuple[str, ...]:
        """What needs action now: missed submission windows, an expiry without enough credits."""
        found = [
            f"item #{d.id} should have been submitted by {d.submit_by.isoformat()} "
            f"({-d.days_left} days ago)"
            for d in self.due
            if d.overdue
        ]
        if self.days_left <= EXPIRY_WARNING_DAYS and not self.covered:
            when = (
                f"expired on {self.expires.isoformat()}"
                if self.days_left < 0
                else f"expires in {self.days_left} days ({self.expires.isoformat()})"
            )
            if self.follows is not None:
                found.append(
                    f"{self.name} {when}: it renews when {self.follows.name} does, which does "
                    "not have enough credits earned or on the way"
                )
            else:
                found.append(f"{self.name} {when} without enough credits earned or on the way")
        return tuple(found)

    @property
    def grouped_alerts(self) -> tuple[str, ...]:
        """The alerts for a person: one line per kind, with a count (the items themselves are
        listed below them, most urgent first)."""
        late = [d for d in self.due if d.overdue]
        found = []
        if len(late) == 1:
            found.append(self.alerts[0])
        elif late:
            oldest = max(-d.days_left for d in late)
            found.append(
                f"{len(late)} items missed their 90-day submission window (the oldest "
                f"{oldest} days ago): the portal may refuse them (each is listed as late)"
            )
        found += [a for a in self.alerts if not a.startswith("item #")]
        return tuple(found)

    @property
    def summary(self) -> str:
        """What renewed it, or what is still needed, in one sentence."""
        if self.renewal is not None:
            return self._renewed_text(self.renewal)
        if self.follows is not None:
            return (
                f"renews with {self.follows.name} (the highest certification held: its "
                f"credits count toward both); {self.follows.name}: {self.follows.summary}"
            )
        missing = [f"{format_credits(self.need)} more credits"] if self.need else []
        missing += [exams_text(t, n) for t, n in self.closest.exams_missing]
        text = f"need {' and '.join(missing)} by {self.expires.isoformat()}"
        if self.need:
            covered = format_credits(min(self.on_the_way, self.need))
            text += f"; ready and submitted items would cover {covered}"
            if self.late_ready:
                text += (
                    f" ({format_credits(self.late_ready)} ready credits are past their "
                    "submission window, so they are not counted as on the way)"
                )
        if self.pending:
            text += f"; {format_credits(self.pending)} more pending review"
        return text

    def _renewed_text(self, renewal: Renewal) -> str:
        by = "" if renewal.by == self.name else f" with {renewal.by}"
        text = f"{renewal.description}{by}"
        if self.next_period is not None:
            start, expires = self.next_period
            text += (
                f"; the next period runs from {start.isoformat()} to {expires.isoformat()} "
                "(put the expiry the portal shows in config.yaml)"
            )
        if self.toward_next:
            text += f"; {format_credits(self.toward_next)} credits completed since count toward it"
        return text


@dataclass(frozen=True)
class RenewalFacts:
    """What progress is computed from: the catalog, the items' facts and the exams, as read
    from the store (pipeline.progress_store, or pipeline.quick_store on SQLite)."""

    catalog: Catalog
    items: Sequence[ItemFacts]
    exams: tuple[ExamRecord, ...]


def progress(
    facts: RenewalFacts,
    certifications: Iterable[Certification],
    today: date,
    rules: RenewalRules | None = None,
) -> list[CertificationProgress]:
    """Each certification's progress on today, from the stored items, exams and catalog."""
    certifications = list(certifications)
    if not certifications:
        return []
    rules = rules or load_renewal_rules()
    own = [
        _progress_of(c, facts.items, facts.exams, facts.catalog, today, rules)
        for c in certifications
    ]
    return _renew_lower_levels(own, rules)


def _renew_lower_levels(
    found: list[CertificationProgress], rules: RenewalRules
) -> list[CertificationProgress]:
    """Renewing the highest certification held renews every one at its level and below."""
    top = max(rules.rank(p.level) for p in found)
    highest = [p for p in found if rules.rank(p.level) == top]
    renewals = [p.renewal for p in highest if p.renewal is not None]
    first = min(renewals, key=lambda r: r.renewed_on) if renewals else None
    leader = next((p for p in highest if first is not None and p.renewal is first), highest[0])
    result = []
    for p in found:
        shared = (
            first if first is not None and p.period_start <= first.renewed_on <= p.expires else None
        )
        if rules.rank(p.level) == top:
            # Another certification of the same level met its requirements first.
            own = p.renewal
            renewal = (
                shared if own is None or (shared and shared.renewed_on < own.renewed_on) else own
            )
            result.append(replace(p, renewal=renewal))
        else:  # credits count toward the highest: this one renews with it, never by itself
            result.append(replace(p, renewal=shared, follows=leader, due=(), toward_next=0.0))
    return result


def _progress_of(
    certification: Certification,
    facts: Sequence[Any],
    exams: Sequence[ExamRecord],
    catalog: Catalog,
    today: date,
    rules: RenewalRules,
) -> CertificationProgress:
    start, end = period_of(certification.expires)
    in_period = [f for f in facts if f.end_date is not None and start <= f.end_date <= end]
    closed = {f.id for f in in_period if f.closed_at_import}
    items = count_once(in_period, catalog)
    by_status: dict[ItemStatus, float] = defaultdict(float)
    for item in items:
        by_status[item.status] += item.credits
    # A ready item past its submission window will not be accepted: it is not on the way.
    late = sum(
        i.credits
        for i in items
        if i.status == ItemStatus.ready
        and submit_flag(i.status, i.end_date, today) == SubmitFlag.overdue
    )
    on_the_way = by_status[ItemStatus.submitted] + by_status[ItemStatus.ready] - late
    passed = [e for e in exams if start <= e.passed_on <= end]
    paths = tuple(
        _path_progress(path, by_status[ItemStatus.earned], on_the_way, passed)
        for path in rules.paths_of(certification.level)
    )
    closest = min(
        paths,
        key=lambda p: (not p.met, sum(n for _, n in p.exams_missing), p.credits_missing),
    )
    earned = [i for i in items if i.status == ItemStatus.earned]
    renewal = first_renewal(
        rules.paths_of(certification.level), earned, passed, by=certification.name
    )
    toward_next = 0.0
    if renewal is not None:
        toward_next = sum(
            i.credits
            for i in items
            if i.end_date > renewal.renewed_on
            and i.status in (ItemStatus.earned, ItemStatus.submitted, ItemStatus.ready)
        )
    return CertificationProgress(
        certification=certification,
        today=today,
        period_start=start,
        required=rules.ce_only(certification.level),
        earned=by_status[ItemStatus.earned],
        submitted=by_status[ItemStatus.submitted],
        ready=by_status[ItemStatus.ready],
        pending=by_status[ItemStatus.pending],
        on_the_way=on_the_way,
        paths=paths,
        closest=closest,
        items=tuple(items),
        exams=tuple(passed),
        due=_due([i for i in items if i.id not in closed], today),
        undated=tuple(f.id for f in facts if f.end_date is None),
        late_ready=late,
        renewal=renewal,
        toward_next=toward_next,
    )


def _path_progress(
    path: RenewalPath, earned: float, on_the_way: float, exams: Sequence[ExamRecord]
) -> PathProgress:
    missing = exams_needed(path, exams)
    return PathProgress(
        path=path,
        credits_missing=max(0.0, path.credits - earned),
        exams_missing=missing,
        met=not missing and earned >= path.credits,
        covered=not missing and earned + on_the_way >= path.credits,
    )


def _due(items: Iterable[ItemCredits], today: date) -> tuple[DueItem, ...]:
    due = [
        DueItem(
            id=i.id,
            course_name=i.course_name,
            status=i.status,
            end_date=i.end_date,
            submit_by=i.submit_by,
            days_left=(i.submit_by - today).days,
            credits=i.credits,
        )
        for i in items
        if i.duplicate_of is None and submit_flag(i.status, i.end_date, today) is not None
    ]
    return tuple(sorted(due, key=lambda d: (d.submit_by, d.id)))
