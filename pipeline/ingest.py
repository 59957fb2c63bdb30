"""One file in, one CE item (or a clear refusal) out: the per-file work shared by the inbox
watcher, `ceinbox import` and the review page's upload.

Order of work: hash → duplicate check → extract → copy into the archive (atomically) →
commit → remove from the inbox. A crash between any two steps leaves the file either
recorded once (its bytes are then a duplicate of that item on the next run) or still
waiting; a failure at any step keeps the file, moved to `failed/` with `<name>.error.txt`.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.config import Settings
from pipeline.errors import CeinboxError
from pipeline.extract import sha256_of
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.model import Extraction
from pipeline.items import SourceFile, find_duplicate, record_item
from pipeline.models import ItemStatus

logger = logging.getLogger(__name__)

# Test hook: called with each step's name before it runs, so a crash can be injected there.
Checkpoint = Callable[[str], None]
STEPS = ("hash", "duplicate", "extract", "archive", "commit", "remove")
_PARTIAL_PREFIX = ".incoming-"


class Outcome(StrEnum):
    """What happened to one file."""

    RECORDED = "recorded"
    NEEDS_REVIEW = "needs review"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class IngestResult:
    """The outcome for one file, with the item it made or duplicates."""

    path: Path
    outcome: Outcome
    item_id: int | None = None
    reason: str | None = None

    def log_line(self) -> str:
        """One line for the log: recorded / duplicate of #N / failed: reason / needs review."""
        name = self.path.name
        if self.outcome == Outcome.RECORDED:
            return f"{name}: recorded as #{self.item_id}"
        if self.outcome == Outcome.NEEDS_REVIEW:
            return f"{name}: recorded as #{self.item_id}, needs review ({self.reason})"
        if self.outcome == Outcome.DUPLICATE:
            return f"{name}: duplicate of #{self.item_id}"
        return f"{name}: failed: {self.reason}"


@dataclass(frozen=True)
class Ingestor:
    """Everything the per-file work needs, built once per run."""

    settings: Settings
    sessions: sessionmaker[Session]
    reader: GuardedExtractor
    actor: str = "ingest"
    checkpoint: Checkpoint | None = None

    def ingest(
        self, path: Path, *, move_source: bool, status: ItemStatus = ItemStatus.pending
    ) -> IngestResult:
        """Record one file. With move_source (the inbox) the file leaves the folder it was in:
        into the archive when recorded, into `failed/` otherwise. Without it (importing a
        backlog) the user's original is never touched."""
        try:
            return self._ingest(path, move_source=move_source, status=status)
        except CeinboxError as exc:
            reason = str(exc)
        except Exception as exc:  # the per-file boundary: one bad file never stops the rest
            logger.exception("unexpected error while ingesting %s", path)
            reason = f"internal error: {type(exc).__name__}: {exc}"
        if move_source:
            self._keep_failed(path, reason)
        return IngestResult(path, Outcome.FAILED, reason=reason)

    def _step(self, name: str) -> None:
        if self.checkpoint is not None:
            self.checkpoint(name)

    def _ingest(self, path: Path, *, move_source: bool, status: ItemStatus) -> IngestResult:
        self._step("hash")
        sha256 = sha256_of(path)
        self._step("duplicate")
        with self.sessions() as session:
            twin = find_duplicate(session, sha256=sha256)
            if twin is not None:
                return self._duplicate(path, twin.id, move_source=move_source)
        self._step("extract")
        extraction = self.reader.extract(path, display_name=path.name)
        with self.sessions() as session:
            twin = find_duplicate(session, sha256=sha256, extraction=extraction)
            if twin is not None:
                return self._duplicate(path, twin.id, move_source=move_source)
        self._step("archive")
        archived = self._archive(path, sha256)
        self._step("commit")
        try:
            item_id, twin_id = self._commit(path, sha256, extraction, archived, status)
        except IntegrityError:
            # The same bytes were recorded by another process in the meantime.
            with self.sessions() as session:
                twin = find_duplicate(session, sha256=sha256)
            if twin is None:
                raise
            twin_id = twin.id
        if twin_id is not None:
            return self._duplicate(path, twin_id, move_source=move_source)
        self._step("remove")
        if move_source:
            path.unlink(missing_ok=True)
        if extraction.needs_review:
            return IngestResult(path, Outcome.NEEDS_REVIEW, item_id, _summary(extraction))
        return IngestResult(path, Outcome.RECORDED, item_id)

    def _commit(
        self,
        path: Path,
        sha256: str,
        extraction: Extraction,
        archived: Path,
        status: ItemStatus,
    ) -> tuple[int | None, int | None]:
        """Record the item, checking for a twin again in the same transaction: another
        ingest (the watcher and an upload) may have recorded it since the first check.
        Returns (new item id, None) or (None, twin's id)."""
        with self.sessions() as session, session.begin():
            twin = find_duplicate(session, sha256=sha256, extraction=extraction)
            if twin is not None:
                if Path(twin.document.archive_path) != archived:
                    archived.unlink(missing_ok=True)  # our copy of a re-download: not needed
                return None, twin.id
            item = record_item(
                session,
                extraction,
                SourceFile(
                    sha256=sha256,
                    original_name=path.name,
                    size=path.stat().st_size,
                    pages=extraction.page_count,
                    archive_path=str(archived),
                    text=extraction.text,
                ),
                status=status,
                actor=self.actor,
            )
            session.flush()
            return item.id, None

    def _duplicate(self, path: Path, item_id: int, *, move_source: bool) -> IngestResult:
        if move_source:
            note = f"duplicate of item #{item_id}: it is already recorded; nothing was added"
            _move_with_note(path, self.settings.failed / "duplicates", note)
        return IngestResult(path, Outcome.DUPLICATE, item_id)

    def _archive(self, path: Path, sha256: str) -> Path:
        """Copy into archive/YYYY/<sha12>-<name> via a temporary file and an atomic rename."""
        folder = self.settings.archive / datetime.now(UTC).strftime("%Y")
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{sha256[:12]}-{path.name}"
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=_PARTIAL_PREFIX, suffix=".pdf")
        try:
            with os.fdopen(handle, "wb") as out, path.open("rb") as source:
                shutil.copyfileobj(source, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            Path(temporary).replace(target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return target

    def sweep(self) -> int:
        """Remove half-written archive copies a crash left behind; call before work starts.

        Safe: a temporary copy is never referenced by an item (the rename comes first).
        """
        removed = 0
        for stale in self.settings.archive.glob(f"*/{_PARTIAL_PREFIX}*"):
            stale.unlink(missing_ok=True)
            removed += 1
        return removed

    def _keep_failed(self, path: Path, reason: str) -> None:
        try:
            if path.exists():
                _move_with_note(path, self.settings.failed, reason)
        except OSError:
            logger.exception("could not move %s to %s", path, self.settings.failed)


def _summary(extraction: Extraction) -> str:
    if not extraction.problems:
        return "low confidence"
    first = extraction.problems[0].message
    more = len(extraction.problems) - 1
    return first + (f" (+{more} more)" if more else "")


def _move_with_note(path: Path, folder: Path, note: str) -> Path:
    """Move path into folder (never overwriting) and write <name>.error.txt beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder / path.name)
    shutil.move(str(path), target)
    Path(f"{target}.error.txt").write_text(note + "\n", encoding="utf-8")
    return target


def _free_name(target: Path) -> Path:
    counter = 1
    candidate = target
    while candidate.exists() or Path(f"{candidate}.error.txt").exists():
        candidate = target.with_name(f"{target.stem} ({counter}){target.suffix}")
        counter += 1
    return candidate
