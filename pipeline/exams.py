"""The exams a user passed: recorded once each, for the renewal paths that take exams."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.catalog import normalize
from pipeline.errors import ExamError, ExamNotFound
from pipeline.models import Exam, ExamType, utcnow
from pipeline.store_values import ExamRecord as ExamRecord


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
