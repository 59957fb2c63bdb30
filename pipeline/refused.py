"""Files the inbox refused (in the failed folder with `<name>.error.txt` beside them), and
putting them back through the inbox path."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.claims import free_path
from pipeline.config import Settings
from pipeline.errors import CeinboxError

NOTE_SUFFIX = ".error.txt"


@dataclass(frozen=True)
class RefusedFile:
    """A refused file, why it was refused, and when."""

    path: Path
    reason: str
    refused_at: datetime

    @property
    def name(self) -> str:
        """The file's name in the failed folder (what the page and `retry` name it by)."""
        return self.path.name


def list_refused(settings: Settings) -> list[RefusedFile]:
    """The refused PDFs, newest first (duplicates, kept apart in `failed/duplicates`, are not
    refusals)."""
    folder = settings.failed
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if not path.is_file() or not path.name.lower().endswith(".pdf"):
            continue
        note = Path(f"{path}{NOTE_SUFFIX}")
        try:
            reason = note.read_text(encoding="utf-8").strip() if note.is_file() else ""
            refused_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            continue
        found.append(RefusedFile(path, reason or "no reason was kept", refused_at))
    return sorted(found, key=lambda r: (r.refused_at, r.name), reverse=True)


def find_refused(settings: Settings, name: str) -> RefusedFile:
    """The refused file called name (a bare file name: nothing outside the failed folder)."""
    for refused in list_refused(settings):
        if refused.name == name:
            return refused
    raise CeinboxError(f"{name}: no such refused file in {settings.failed}")


def requeue(settings: Settings, refused: RefusedFile) -> Path:
    """Move a refused file back into the inbox (its note removed); where it is now."""
    settings.inbox.mkdir(parents=True, exist_ok=True)
    target = free_path(settings.inbox / refused.name)
    shutil.move(refused.path, target)  # the failed folder may be on another disk
    Path(f"{refused.path}{NOTE_SUFFIX}").unlink(missing_ok=True)
    return target
