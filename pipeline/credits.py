"""Renewal progress: the credits each certification has, has on the way and still needs.

The rules, as the CE program states them (RENEWAL_RULES holds the per-level table):
- A period is the three years ending on the certification's expiry date: from the day after
  the same date three years earlier, through the expiry date. Periods never overlap; an item
  belongs to the period its end date falls in.
- An item is worth its catalog credits ("expected"); an earned item is worth the credits the
  portal granted, when recorded. Rejected items, items outside the catalog and repeats of a
  course already counted in the period are worth nothing (see _course_key for "a course").
- An item must be submitted within 90 days of its end date (the 90th day is the last).

`progress(session, certifications, today)` does all the work; the CLI and the review page only
present its CertificationProgress objects (or `progress_to_json`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.catalog import Catalog, CatalogMatch, load_catalog, normalize
from pipeline.config import Certification, CertificationLevel
from pipeline.errors import ExamError, ExamNotFound
from pipeline.models import Exam, ExamType, Item, ItemStatus, utcnow

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


@dataclass(frozen=True)
class RenewalPath:
    """One way to renew: this many CE credits, plus these exams passed in the period."""

    credits: int
    exams: tuple[tuple[ExamType, int], ...] = ()

    @property
    def description(self) -> str:
        """e.g. "40 CE credits + two professional exams"."""
        parts = [f"{self.credits} CE credits", *(_exams_text(t, n) for t, n in self.exams)]
        return " + ".join(parts)


RENEWAL_RULES: Mapping[CertificationLevel, tuple[RenewalPath, ...]] = MappingProxyType(
    {
        CertificationLevel.associate: (RenewalPath(30),),
        CertificationLevel.specialist: (RenewalPath(40),),
        CertificationLevel.professional: (
            RenewalPath(80),
            RenewalPath(40, ((ExamType.professional, 1),)),
        ),
        CertificationLevel.expert: (
            RenewalPath(120),
            RenewalPath(40, ((ExamType.technology, 1),)),
            RenewalPath(40, ((ExamType.professional, 2),)),
            RenewalPath(80, ((ExamType.professional, 1),)),
        ),
    }
)


def ce_only_requirement(level: CertificationLevel) -> int:
    """The credits a level needs when no exam is passed."""
    return next(path.credits for path in RENEWAL_RULES[level] if not path.exams)


# --- dates -------------------------------------------------------------------------------


def period_of(expires: date) -> tuple[date, date]:
    """The first and last day of the renewal period ending on expires."""
    return _years_before(expires, PERIOD_YEARS) + timedelta(days=1), expires


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


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


# --- exams -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExamRecord:
    """An exam the user passed."""

    id: int
    name: str
    exam_type: ExamType
    passed_on: date

    def to_json(self) -> dict[str, Any]:
        """The exam as JSON."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.exam_type.value,
            "passed_on": self.passed_on.isoformat(),
        }


def add_exam(
    session: Session, *, name: str, exam_type: ExamType, passed_on: date, today: date
) -> ExamRecord:
    """Record a passed exam; ExamError for an empty name, a future date or a repeat."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ExamError("give the exam's name, e.g. --name 'ENCOR 350-401'")
    if len(cleaned) > 200:
        raise ExamError("the exam's name is longer than 200 characters")
    if passed_on > today:
        raise ExamError(f"the date passed {passed_on.isoformat()} is in the future")
    for other in session.scalars(select(Exam).where(Exam.passed_on == passed_on)):
        if normalize(other.name) == normalize(cleaned):
            raise ExamError(
                f"{other.name} passed on {passed_on.isoformat()} is already recorded as "
                f"exam #{other.id}"
            )
    exam = Exam(name=cleaned, exam_type=exam_type, passed_on=passed_on, created_at=utcnow())
    session.add(exam)
    session.flush()
    return _record(exam)


def list_exams(session: Session) -> tuple[ExamRecord, ...]:
    """Every recorded exam, oldest first."""
    return tuple(
        _record(exam) for exam in session.scalars(select(Exam).order_by(Exam.passed_on, Exam.id))
    )


def remove_exam(session: Session, exam_id: int) -> ExamRecord:
    """Delete a wrongly recorded exam; ExamNotFound when there is none with that id."""
    exam = session.get(Exam, exam_id)
    if exam is None:
        raise ExamNotFound(f"no exam #{exam_id}")
    record = _record(exam)
    session.delete(exam)
    session.flush()
    return record


def _record(exam: Exam) -> ExamRecord:
    return ExamRecord(exam.id, exam.name, exam.exam_type, exam.passed_on)


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


@dataclass(frozen=True)
class _Facts:
    id: int
    status: ItemStatus
    course_name: str | None
    end_date: date | None
    granted: float | None
    closed_at_import: bool = False  # no deadline alarm: its window closed before import


def _load_items(session: Session) -> list[_Facts]:
    # Columns only: loading Item objects would load every certificate's text with them.
    rows = session.execute(
        select(
            Item.id,
            Item.status,
            Item.course_name,
            Item.end_date,
            Item.credits,
            Item.window_closed_at_import,
        )
        .where(Item.status != ItemStatus.rejected)
        .order_by(Item.id)
    )
    return [_Facts(*row) for row in rows]


def _count_once(facts: Sequence[_Facts], catalog: Catalog) -> list[ItemCredits]:
    """Each item's credits; of several items of one course, only one counts."""
    matches = {item.id: catalog.match(item.course_name, item.end_date) for item in facts}
    by_course: dict[str, list[_Facts]] = defaultdict(list)
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


def _course_key(item: _Facts, match: CatalogMatch) -> str:
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


# --- progress ----------------------------------------------------------------------------


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
        parts += [_exams_text(t, n) for t, n in self.exams_missing]
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
    def required(self) -> int:
        """The CE-only requirement of the level."""
        return ce_only_requirement(self.level)

    @property
    def met(self) -> bool:
        """A renewal path is met with earned credits and passed exams."""
        return any(path.met for path in self.paths)

    @property
    def covered(self) -> bool:
        """A renewal path is met once the credits on the way are earned."""
        return any(path.covered for path in self.paths)

    @property
    def need(self) -> float:
        """Credits still to earn on the closest path."""
        return self.closest.credits_missing

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
        """What is still needed, in one sentence."""
        if self.met:
            return (
                f"requirements met ({self.closest.path.description}); once the portal shows the "
                "new expiry date, put it in config.yaml"
            )
        missing = [f"{format_credits(self.need)} more credits"] if self.need else []
        missing += [_exams_text(t, n) for t, n in self.closest.exams_missing]
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


def progress(
    session: Session, certifications: Iterable[Certification], today: date
) -> list[CertificationProgress]:
    """Each certification's progress on today, from the stored items, exams and catalog."""
    certifications = list(certifications)
    if not certifications:
        return []
    catalog = load_catalog(session)
    facts = _load_items(session)
    exams = list_exams(session)
    return [_progress_of(c, facts, exams, catalog, today) for c in certifications]


def _progress_of(
    certification: Certification,
    facts: Sequence[_Facts],
    exams: Sequence[ExamRecord],
    catalog: Catalog,
    today: date,
) -> CertificationProgress:
    start, end = period_of(certification.expires)
    in_period = [f for f in facts if f.end_date is not None and start <= f.end_date <= end]
    closed = {f.id for f in in_period if f.closed_at_import}
    items = _count_once(in_period, catalog)
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
        for path in RENEWAL_RULES[certification.level]
    )
    closest = min(
        paths,
        key=lambda p: (not p.met, sum(n for _, n in p.exams_missing), p.credits_missing),
    )
    return CertificationProgress(
        certification=certification,
        today=today,
        period_start=start,
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
    )


def _path_progress(
    path: RenewalPath, earned: float, on_the_way: float, exams: Sequence[ExamRecord]
) -> PathProgress:
    have = Counter(e.exam_type for e in exams)
    exams_missing = tuple((t, n - have[t]) for t, n in path.exams if have[t] < n)
    return PathProgress(
        path=path,
        credits_missing=max(0.0, path.credits - earned),
        exams_missing=exams_missing,
        met=not exams_missing and earned >= path.credits,
        covered=not exams_missing and earned + on_the_way >= path.credits,
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


def progress_to_json(p: CertificationProgress) -> dict[str, Any]:
    """One certification's progress as the JSON `ceinbox progress --json` prints."""
    return {
        "name": p.name,
        "level": p.level.value,
        "expires": p.expires.isoformat(),
        "period_start": p.period_start.isoformat(),
        "days_left": p.days_left,
        "required": p.required,
        "earned": p.earned,
        "submitted": p.submitted,
        "ready": p.ready,
        "pending": p.pending,
        "on_the_way": p.on_the_way,
        "need": p.need,
        "met": p.met,
        "covered": p.covered,
        "closest": p.closest.path.description,
        "paths": [path.to_json() for path in p.paths],
        "summary": p.summary,
        "due": [d.to_json() for d in p.due],
        "not_in_catalog": [i.to_json() for i in p.not_in_catalog],
        "exams": [e.to_json() for e in p.exams],
        "items": [i.to_json() for i in p.items],
        "undated_items": list(p.undated),
        "alerts": list(p.alerts),
    }


def _exams_text(exam_type: ExamType, count: int) -> str:
    word = _NUMBERS.get(count, str(count))
    return f"{word} {exam_type.value} exam{'s' if count != 1 else ''}"


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
