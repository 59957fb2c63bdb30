"""The stored records: a certificate's Document, the CE Item made from it, and its history;
the catalog of known CE items and the exams the user passed (for renewal progress).

Portable across SQLite and PostgreSQL: only generic SQLAlchemy types. The schema itself is
created by the Alembic migrations in `pipeline/migrations`, which must agree with these models
(tests/test_db.py compares them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# The enumerations live apart so that light commands use them without SQLAlchemy.
from pipeline.store_values import ActivityType as ActivityType
from pipeline.store_values import ExamType as ExamType
from pipeline.store_values import HistoryAction as HistoryAction
from pipeline.store_values import ItemStatus as ItemStatus

# Stable constraint names, so later migrations (and SQLite batch mode) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC; SQLite gives back naive values, read as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: store timezone-aware times")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with the project's naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Document(Base):
    """One certificate file as received: its hash, its archived copy and its text."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    original_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    archive_path: Mapped[str] = mapped_column(Text)
    # Deferred: lists and item pages never need the whole text of every certificate.
    text: Mapped[str] = mapped_column(Text, default="", deferred=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Item(Base):
    """One Continuing Education item, made from one document."""

    __tablename__ = "items"
    __table_args__ = (
        Index("ix_items_issuer_validation_code", "issuer", "validation_code"),
        # end_date leads: duplicate checks filter on it in SQL, then compare names in Python
        # (case- and accent-insensitively, which SQL cannot do portably).
        Index("ix_items_end_date_learner_course", "end_date", "learner_name", "course_name"),
        # The duplicate check looks codes up case-insensitively.
        Index("ix_items_code_lower", func.lower(text("validation_code"))),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    status: Mapped[ItemStatus] = mapped_column(
        Enum(
            ItemStatus,
            name="item_status",
            native_enum=False,
            length=16,
            values_callable=lambda statuses: [s.value for s in statuses],
            validate_strings=True,
        ),
        index=True,
    )
    course_name: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    validation_code: Mapped[str | None] = mapped_column(String(200))
    learner_name: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(String(200))
    credits: Mapped[float | None] = mapped_column(Float)
    needs_review: Mapped[bool] = mapped_column(Boolean)
    # Recorded after its 90-day submission window had closed: no deadline alarm for it.
    window_closed_at_import: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    problems: Mapped[list[str]] = mapped_column(JSON)
    # The portal fields the certificate does not print (e.g. ["start_date"]).
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    # {"value", "unit", "page", "bbox"}: what the certificate says it is worth, or None.
    printed_credits: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # field name -> {"confidence", "page", "bbox", "source"}: where each value came from
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    profile: Mapped[str | None] = mapped_column(String(100))
    reject_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    # Joined: item_to_json needs the document, often after the session has closed.
    document: Mapped[Document] = relationship(lazy="joined", innerjoin=True)
    history: Mapped[list[HistoryEntry]] = relationship(
        back_populates="item",
        order_by=lambda: (HistoryEntry.at, HistoryEntry.id),
        cascade="save-update, merge",
    )


class HistoryEntry(Base):
    """One change to an item; append-only (nothing updates or deletes these rows)."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    item: Mapped[Item] = relationship(back_populates="history")


class DeletedItem(Base):
    """What is left of a deleted item: who deleted it when, where its certificate is kept, and
    its last export object and history (the items and history tables no longer hold them)."""

    __tablename__ = "deleted_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, index=True)
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    course_name: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    archive_path: Mapped[str] = mapped_column(Text)
    # {"item": export object, "history": [{"at", "actor", "action", "field", "old", "new"}]}
    record: Mapped[dict[str, Any]] = mapped_column(JSON)


class CatalogEntry(Base):
    """One row of the imported catalog: course names matching `pattern` earn `credits`.

    The whole table is replaced on each import; items are matched on the fly (pipeline.catalog).
    """

    __tablename__ = "catalog_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    row: Mapped[int] = mapped_column(Integer)  # its row in the imported file
    pattern: Mapped[str] = mapped_column(Text)
    credits: Mapped[float] = mapped_column(Float)
    activity_type: Mapped[ActivityType] = mapped_column(
        Enum(
            ActivityType,
            name="activity_type",
            native_enum=False,
            length=32,
            values_callable=lambda types: [t.value for t in types],
            validate_strings=True,
        )
    )
    offer_expires: Mapped[date | None] = mapped_column(Date)  # the last completion date it covers
    note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)  # the file it was imported from
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Exam(Base):
    """An exam the user passed; some renewal paths take exams plus fewer credits."""

    __tablename__ = "exams"
    __table_args__ = (UniqueConstraint("name", "passed_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    exam_type: Mapped[ExamType] = mapped_column(
        Enum(
            ExamType,
            name="exam_type",
            native_enum=False,
            length=16,
            values_callable=lambda types: [t.value for t in types],
            validate_strings=True,
        )
    )
    passed_on: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
