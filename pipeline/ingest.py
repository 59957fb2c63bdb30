"""One file in, one CE item (or a clear refusal) out: the per-file work shared by the inbox
watcher, `ceinbox import` and the review page's upload.

Order of work: claim (inbox files are renamed into this process's working folder) → hash →
duplicate check → stage (copy into the archive folder, checked against the hash) → extract
(from the staged copy: the values, the hash and the archived bytes are one file) → archive
(atomic rename) → commit → remove. A crash between any two steps leaves the file either
recorded once (its bytes are then a duplicate of that item on the next run) or waiting (a
claim is put back at the next start). A failure that is the file's own moves it to `failed/`
with `<name>.error.txt`; a file that is still being written, or a database that stays locked,
leaves it waiting to be tried again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.claims import Claims, owner_alive, owner_tag, parse_owner
from pipeline.completeness import Patience
from pipeline.config import Settings
from pipeline.db import (
    WRITE_PATIENCE_SECONDS,
    first_line,
    is_transient,
    lock_for_ingest,
    reading,
    writing,
)
from pipeline.duplicates import find_duplicate
from pipeline.errors import CeinboxError, StoreUnavailable
from pipeline.extract import sha256_of
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.model import Extraction
from pipeline.items import SourceFile, record_item
from pipeline.models import ItemStatus

logger = logging.getLogger(__name__)

# Test hook: called with each step's name before it runs, so a crash can be injected there.
Checkpoint = Callable[[str], None]
STEPS = ("claim", "hash", "duplicate", "stage", "extract", "archive", "commit", "remove")
_PARTIAL_PREFIX = ".incoming-"
# A database that stays locked or unreachable: try the file again after this long.
STORE_RETRY_SECONDS = 30.0


class Outcome(StrEnum):
    """What happened to one file."""

    RECORDED = "recorded"
    NEEDS_REVIEW = "needs review"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    WAITING = "waiting"  # not finished being written, or the database was unavailable
    TAKEN = "taken"  # another watcher of the same inbox claimed it first


@dataclass(frozen=True)
class IngestResult:
    """The outcome for one file, with the item it made or duplicates."""

    path: Path
    outcome: Outcome
    item_id: int | None = None
    reason: str | None = None
    retry_after: float | None = None  # WAITING: seconds until the file is worth a new try

    def log_line(self) -> str:
        """One line for the log: recorded / duplicate of #N / failed: reason / needs review."""
        name = self.path.name
        if self.outcome == Outcome.RECORDED:
            return f"{name}: recorded as #{self.item_id}"
        if self.outcome == Outcome.NEEDS_REVIEW:
            return f"{name}: recorded as #{self.item_id}, needs review ({self.reason})"
        if self.outcome == Outcome.DUPLICATE:
            return f"{name}: duplicate of #{self.item_id}"
        if self.outcome == Outcome.WAITING:
            again = f"; trying again in {self.retry_after:g} s" if self.retry_after else ""
            return f"{name}: waiting: {self.reason}{again}"
        if self.outcome == Outcome.TAKEN:
            return f"{name}: taken by another watcher of this inbox"
        return f"{name}: failed: {self.reason}"


class _Changed(Exception):
    """The file's bytes changed between hashing and staging."""


@dataclass(frozen=True)
class Ingestor:
    """Everything the per-file work needs, built once per run."""

    settings: Settings
    sessions: sessionmaker[Session]
    reader: GuardedExtractor
    actor: str = "ingest"
    checkpoint: Checkpoint | None = None
    patience: Patience = field(default_factory=Patience)
    # How long a commit keeps retrying a locked or lost database before the file waits.
    store_patience: float = WRITE_PATIENCE_SECONDS

    @property
    def claims(self) -> Claims:
        """This process's claims on inbox files."""
        return Claims(self.settings.inbox)

    def ingest(
        self,
        path: Path,
        *,
        move_source: bool,
        status: ItemStatus = ItemStatus.pending,
        complete: bool = False,
    ) -> IngestResult:
        """Record one file. With move_source (the inbox) the file leaves the folder it was in:
        into the archive when recorded, into `failed/` otherwise. Without it (importing a
        backlog) the user's original is never touched. An inbox file that looks unfinished
        is given time (WAITING) unless the caller knows it is `complete` (an upload)."""
        if move_source:
            wait = None if complete else self.patience.delay(path)
            if wait is not None:
                return IngestResult(
                    path, Outcome.WAITING, reason="the PDF looks unfinished", retry_after=wait
                )
            self._step("claim")
            work = self.claims.claim(path)
            if work is None:
                return IngestResult(path, Outcome.TAKEN)
        else:
            work = path
        try:
            return self._ingest(path, work, move_source=move_source, status=status)
        except (StoreUnavailable, DBAPIError) as exc:
            if isinstance(exc, DBAPIError) and not is_transient(exc):
                reason = f"internal error: {type(exc).__name__}: {exc}"
                logger.exception("database error while ingesting %s", path)
            else:
                # Not the file's fault: it stays in the inbox and is tried again.
                self._put_back(work, path, move_source=move_source)
                return IngestResult(
                    path,
                    Outcome.WAITING,
                    reason=f"database unavailable ({first_line(exc)})",
                    retry_after=STORE_RETRY_SECONDS,
                )
        except CeinboxError as exc:
            reason = str(exc)
        except Exception as exc:  # the per-file boundary: one bad file never stops the rest
            logger.exception("unexpected error while ingesting %s", path)
            reason = f"internal error: {type(exc).__name__}: {exc}"
        if move_source:
            self._keep_failed(work, reason)
        return IngestResult(path, Outcome.FAILED, reason=reason)

    def _step(self, name: str) -> None:
        if self.checkpoint is not None:
            self.checkpoint(name)

    def _ingest(
        self, path: Path, work: Path, *, move_source: bool, status: ItemStatus
    ) -> IngestResult:
        for _attempt in range(3):
            self._step("hash")
            sha256 = sha256_of(work)
            self._step("duplicate")
            with reading(self.sessions) as session:
                twin = find_duplicate(session, sha256=sha256)
                if twin is not None:
                    return self._duplicate(path, work, twin.id, move_source=move_source)
            self._step("stage")
            try:
                staged = self._stage(work, sha256)
                break
            except _Changed:
                logger.info("%s changed while it was read; reading it again", path.name)
        else:
            raise CeinboxError("the file kept changing while it was read")
        try:
            return self._record(path, work, staged, sha256, move_source=move_source, status=status)
        finally:
            staged.unlink(missing_ok=True)  # renamed into the archive unless something failed

    def _record(
        self,
        path: Path,
        work: Path,
        staged: Path,
        sha256: str,
        *,
        move_source: bool,
        status: ItemStatus,
    ) -> IngestResult:
        self._step("extract")
        extraction = self.reader.extract(staged, display_name=path.name)
        with reading(self.sessions) as session:
            twin = find_duplicate(session, sha256=sha256, extraction=extraction)
            if twin is not None:
                return self._duplicate(path, work, twin.id, move_source=move_source)
        self._step("archive")
        archived = self._archive_path(path, sha256)
        staged.replace(archived)
        self._step("commit")
        size = archived.stat().st_size
        try:
            item_id, twin_id = writing(
                self.sessions,
                lambda session: self._commit(
                    session, path, size, sha256, extraction, archived, status
                ),
                patience=self.store_patience,
            )
        except IntegrityError:
            # The same bytes were recorded by another process in the meantime.
            with reading(self.sessions) as session:
                twin = find_duplicate(session, sha256=sha256)
            if twin is None:
                raise
            twin_id = twin.id
        if twin_id is not None:
            return self._duplicate(path, work, twin_id, move_source=move_source)
        self._step("remove")
        if move_source:
            work.unlink(missing_ok=True)
            self.patience.forget(path)
        if extraction.needs_review:
            return IngestResult(path, Outcome.NEEDS_REVIEW, item_id, _summary(extraction))
        return IngestResult(path, Outcome.RECORDED, item_id)

    def _commit(
        self,
        session: Session,
        path: Path,
        size: int,
        sha256: str,
        extraction: Extraction,
        archived: Path,
        status: ItemStatus,
    ) -> tuple[int | None, int | None]:
        """Record the item, checking for a twin again in the same transaction: another
        ingest (the watcher and an upload, or a watcher on another machine) may have recorded
        it since the first check. Returns (new item id, None) or (None, twin's id)."""
        lock_for_ingest(session)
        twin = find_duplicate(session, sha256=sha256, extraction=extraction)
        if twin is not None:
            if Path(twin.document.archive_path) == archived and twin.document.sha256 == sha256:
                return twin.id, None  # our own commit, made before a lost connection
            if Path(twin.document.archive_path) != archived:
                archived.unlink(missing_ok=True)  # our copy of a re-download: not needed
            return None, twin.id
        item = record_item(
            session,
            extraction,
            SourceFile(
                sha256=sha256,
                original_name=path.name,
                size=size,
                pages=extraction.page_count,
                archive_path=str(archived),
                text=extraction.text,
            ),
            status=status,
            actor=self.actor,
        )
        session.flush()
        return item.id, None

    def _duplicate(
        self, path: Path, work: Path, item_id: int, *, move_source: bool
    ) -> IngestResult:
        if move_source:
            note = f"duplicate of item #{item_id}: it is already recorded; nothing was added"
            _move_with_note(work, self.settings.failed / "duplicates", note, name=path.name)
            self.patience.forget(path)
        return IngestResult(path, Outcome.DUPLICATE, item_id)

    def _archive_path(self, path: Path, sha256: str) -> Path:
        folder = self.settings.archive / datetime.now(UTC).strftime("%Y")
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{sha256[:12]}-{path.name}"

    def _stage(self, work: Path, sha256: str) -> Path:
        """Copy into the archive folder under a temporary name (fsynced), hashing the copy;
        _Changed when its bytes are not the ones hashed before."""
        folder = self.settings.archive / datetime.now(UTC).strftime("%Y")
        folder.mkdir(parents=True, exist_ok=True)
        prefix = f"{_PARTIAL_PREFIX}{owner_tag()}~"  # sweep() tells whose copy it is
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".pdf")
        digest = hashlib.sha256()
        try:
            with os.fdopen(handle, "wb") as out, work.open("rb") as source:
                while chunk := source.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        if digest.hexdigest() != sha256:
            Path(temporary).unlink(missing_ok=True)
            raise _Changed
        return Path(temporary)

    def sweep(self) -> int:
        """Before work starts: remove half-written archive copies a crash left behind, and put
        files claimed by watchers that are gone back into the inbox. Returns the copies removed.

        Safe: a temporary copy is never referenced by an item (the rename comes first).
        """
        removed = 0
        for stale in self.settings.archive.glob(f"*/{_PARTIAL_PREFIX}*"):
            owner = parse_owner(stale.name[len(_PARTIAL_PREFIX) :].partition("~")[0])
            if owner is not None and owner_alive(stale, *owner):
                continue  # another command is staging it right now
            stale.unlink(missing_ok=True)
            removed += 1
        self.claims.recover()
        return removed

    def _put_back(self, work: Path, path: Path, *, move_source: bool) -> None:
        if move_source and work != path and work.exists():
            self.claims.release(work, path)

    def _keep_failed(self, work: Path, reason: str) -> None:
        try:
            if work.exists():
                _move_with_note(work, self.settings.failed, reason)
        except OSError:
            logger.exception("could not move %s to %s", work, self.settings.failed)


def _summary(extraction: Extraction) -> str:
    if not extraction.problems:
        return "low confidence"
    first = extraction.problems[0].message
    more = len(extraction.problems) - 1
    return first + (f" (+{more} more)" if more else "")


def _move_with_note(path: Path, folder: Path, note: str, *, name: str | None = None) -> Path:
    """Move path into folder (never overwriting) and write <name>.error.txt beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder / (name or path.name))
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
