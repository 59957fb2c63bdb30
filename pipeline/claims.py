"""Claims on inbox files, so several watchers can share one inbox without racing.

Before any work a watcher renames the file into its own working folder,
`<inbox>/.ceinbox-work/<host>-<pid>/`, keeping the file's path below the inbox. The rename is
atomic: of two watchers only one gets the file, the other sees it gone and moves on. The
claimed copy is private, so its bytes are hashed, read and archived as one. A watcher that
dies leaves its claims behind; the next start on that host puts them back into the inbox.
Watchers on other hosts touch their folder at every rescan; one silent for a long time is
taken as gone.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

WORK_FOLDER = ".ceinbox-work"
# A working folder on another host untouched this long belongs to a watcher that is gone.
FOREIGN_SILENCE_SECONDS = 600.0


def _this_host() -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in socket.gethostname()) or "host"


@dataclass(frozen=True)
class Claims:
    """The working folder of this process below `inbox`, and the moves in and out of it."""

    inbox: Path
    host: str = field(default_factory=_this_host)
    pid: int = field(default_factory=os.getpid)

    @property
    def root(self) -> Path:
        """Where every watcher of this inbox keeps its claimed files."""
        return self.inbox / WORK_FOLDER

    @property
    def folder(self) -> Path:
        """This process's own working folder."""
        return self.root / f"{self.host}-{self.pid}"

    def covers(self, path: Path) -> bool:
        """Whether path lies in the inbox (outside any working folder): it must be claimed."""
        try:
            relative = path.resolve().relative_to(self.inbox.resolve())
        except ValueError:
            return False
        return bool(relative.parts) and relative.parts[0] != WORK_FOLDER

    def claim(self, path: Path) -> Path | None:
        """Move path into the working folder and return where it is now; None when another
        watcher took it first (or it is gone). A path outside the inbox is returned as it is."""
        if not self.covers(path):
            return path
        target = self.folder / path.resolve().relative_to(self.inbox.resolve())
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.rename(target)
        except FileNotFoundError:
            return None
        return target

    def release(self, claimed: Path, original: Path) -> Path:
        """Put a claimed file back where it was (under a free name if that is taken now)."""
        if claimed == original:
            return original
        original.parent.mkdir(parents=True, exist_ok=True)
        target = free_path(original)
        claimed.rename(target)
        return target

    def register(self) -> list[str]:
        """Create this process's working folder; describe the other watchers of this inbox."""
        self.folder.mkdir(parents=True, exist_ok=True)
        others = []
        for folder in sorted(self.root.iterdir()):
            owner = _owner(folder)
            if folder == self.folder or owner is None or not self._alive(folder, *owner):
                continue
            host, pid = owner
            others.append(f"pid {pid}" if host == self.host else f"pid {pid} on {host}")
        return others

    def heartbeat(self) -> None:
        """Tell watchers on other hosts this one is alive."""
        try:
            os.utime(self.folder)
        except OSError:
            self.folder.mkdir(parents=True, exist_ok=True)

    def unregister(self) -> None:
        """Remove this process's working folder when nothing is left in it."""
        _remove_empty(self.folder)

    def recover(self) -> int:
        """Put files claimed by watchers that are gone back into the inbox; how many."""
        if not self.root.is_dir():
            return 0
        recovered = 0
        for folder in sorted(self.root.iterdir()):
            owner = _owner(folder)
            if owner is None or folder == self.folder or self._alive(folder, *owner):
                continue
            for claimed in sorted(p for p in folder.rglob("*") if p.is_file()):
                original = self.inbox / claimed.relative_to(folder)
                self.release(claimed, original)
                logger.info("put %s back into the inbox (its watcher is gone)", original.name)
                recovered += 1
            _remove_empty(folder)
        return recovered

    def _alive(self, folder: Path, host: str, pid: int) -> bool:
        return owner_alive(folder, host, pid, this_host=self.host)


def owner_alive(path: Path, host: str, pid: int, *, this_host: str | None = None) -> bool:
    """Whether the process that made path (a working folder, a staged copy) may still use it:
    on this host, whether it runs; on another, whether path changed lately."""
    if host != (this_host or _this_host()):
        try:
            return time.time() - path.stat().st_mtime < FOREIGN_SILENCE_SECONDS
        except OSError:
            return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # a process of another user: alive
    return True


def owner_tag() -> str:
    """`<host>-<pid>`: names what this process makes, so others can tell when it is gone."""
    return f"{_this_host()}-{os.getpid()}"


def parse_owner(tag: str) -> tuple[str, int] | None:
    """(host, pid) from an owner_tag, or None."""
    host, _, pid = tag.rpartition("-")
    if not host or not pid.isdigit():
        return None
    return host, int(pid)


def _owner(folder: Path) -> tuple[str, int] | None:
    return parse_owner(folder.name) if folder.is_dir() else None


def free_path(target: Path) -> Path:
    """target, or 'name (1).pdf', 'name (2).pdf'… : the first that does not exist."""
    counter = 1
    candidate = target
    while candidate.exists():
        candidate = target.with_name(f"{target.stem} ({counter}){target.suffix}")
        counter += 1
    return candidate


def _remove_empty(folder: Path) -> None:
    if not folder.is_dir():
        return
    if any(p.is_file() for p in folder.rglob("*")):
        return
    shutil.rmtree(folder, ignore_errors=True)
