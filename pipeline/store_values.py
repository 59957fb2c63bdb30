"""The values the store holds, apart from the SQLAlchemy models: what its enumerated columns
take (an item's status, a history entry's action, a catalog entry's activity type, an exam's
type) and the plain records renewal is computed from (an item's facts, an exam).

Kept apart from pipeline.models so that commands which only read (list, progress) can use
them without importing SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

# The newest migration's revision (a test checks it against Alembic's head). Knowing it here
# lets a command see that the schema is current with one query, without loading Alembic.
SCHEMA_HEAD = "0006"


class ItemStatus(StrEnum):
    """Where an item is on its way to the CE portal."""

    pending = "pending"  # recorded, waiting for a person's review
    ready = "ready"  # approved: complete and ready to submit
    submitted = "submitted"  # entered on the CE portal
    earned = "earned"  # the portal granted the credits
    rejected = "rejected"  # not a CE item (the reason says why)


class HistoryAction(StrEnum):
    """What a history entry records."""

    created = "created"
    edited = "edited"  # a person changed a field: re-extraction leaves that field alone
    status = "status"
    reextracted = "reextracted"


class ActivityType(StrEnum):
    """The kind of CE activity a catalog entry describes."""

    instructor_led = "instructor-led"  # classroom or virtual course with an instructor
    e_learning = "e-learning"  # Cisco U., Cisco Digital Learning, partners' e-learning
    event = "event"  # Cisco Live sessions, webinars
    authoring = "authoring"  # writing exam items
    other = "other"


class ExamType(StrEnum):
    """How an exam counts toward renewal (see pipeline/rules/renewal.yaml)."""

    associate = "associate"
    specialist = "specialist"
    professional = "professional"  # a professional concentration exam
    technology = "technology"  # a technology core exam


@dataclass(frozen=True)
class ItemFacts:
    """What renewal needs of a (not rejected) item."""

    id: int
    status: ItemStatus
    course_name: str | None
    end_date: date | None
    granted: float | None  # the credits recorded when the portal showed it earned
    closed_at_import: bool = False  # no deadline alarm: its window closed before import


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
