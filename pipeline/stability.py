"""When a file dropped in the inbox is complete: junk filtered out by name, and files
reported once their size and mtime have stayed put for a quiet period."""

from __future__ import annotations

import logging
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

# Suffixes browsers and copy tools put on a file while it is still being written.
PARTIAL_SUFFIXES = (".crdownload", ".part", ".download", ".tmp", ".partial")
# Browsers create the final name empty first, so an empty file waits this many quiet periods.
EMPTY_QUIET_FACTOR = 5.0


def is_candidate(path: Path) -> bool:
    """True for a `.pdf` (any case) that is, or may become, a regular file; False for junk."""
    name = path.name
    if name.startswith((".", "~$")) or not name.lower().endswith(".pdf"):
        return False
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISREG(mode)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    size: int
    mtime_ns: int


@dataclass(slots=True)
class _Pending:
    snapshot: _Snapshot
    since: float


def _snapshot(path: Path) -> _Snapshot | None:
    """Size and mtime of a regular file; None when the path is gone or not a regular file."""
    try:
        st = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return _Snapshot(st.st_size, st.st_mtime_ns)


def _can_read(path: Path) -> bool:
    """Whether the file opens for reading (Windows refuses while a copy still holds it)."""
    try:
        with path.open("rb"):
            return True
    except OSError:
        return False


def _has_partial_sibling(path: Path) -> bool:
    # Firefox keeps an empty NAME.pdf next to NAME.pdf.part until the download finishes.
    return any(path.with_name(path.name + suffix).exists() for suffix in PARTIAL_SUFFIXES)


class StabilityTracker:
    """Tracks changing files and reports those whose size and mtime stayed put long enough.

    Thread-safe: `seen`/`forget` come from the observer thread, `ready`/`done` from the worker.
    A path returned by `ready` stays in flight until `done`; afterwards it is returned again
    only when its size or mtime changes, or after a `rescan`.
    """

    def __init__(
        self,
        quiet_seconds: float = 0.3,
        *,
        clock: Callable[[], float] = time.monotonic,
        empty_quiet_seconds: float | None = None,
    ) -> None:
        if quiet_seconds < 0:
            raise ValueError(f"quiet_seconds must be >= 0, got {quiet_seconds}")
        self._quiet = quiet_seconds
        if empty_quiet_seconds is None:
            empty_quiet_seconds = EMPTY_QUIET_FACTOR * quiet_seconds
        self._empty_quiet = empty_quiet_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: dict[Path, _Pending] = {}  # insertion order is arrival order
        self._in_flight: set[Path] = set()
        self._handed: dict[Path, _Snapshot] = {}  # what each handed-over file looked like

    def seen(self, path: Path, *, settled: bool = False) -> None:
        """Record that `path` may have changed: its quiet period restarts if it did. A
        `settled` file (its writer closed it, or it was renamed into place) is ready at once,
        unless it was put off with `retry_later`."""
        snapshot = _snapshot(path)
        with self._lock:
            pending = self._pending.get(path)
            now = self._clock()
            if snapshot is None:
                self._forget(path)
            elif self._handed.get(path) == snapshot:
                pass  # handed over already and unchanged since
            elif pending is None or pending.snapshot != snapshot:
                self._handed.pop(path, None)
                self._pending[path] = _Pending(snapshot, now - self._quiet if settled else now)
            elif settled and pending.since <= now:
                pending.since = now - self._quiet

    def forget(self, path: Path) -> None:
        """Stop tracking `path` (it was deleted or renamed away)."""
        with self._lock:
            self._forget(path)

    def rescan(self, paths: Iterable[Path]) -> None:
        """A full listing of the inbox: every path in it may be handed over again."""
        with self._lock:
            self._handed = {p: s for p, s in self._handed.items() if p in self._in_flight}
        for path in paths:
            self.seen(path)

    def ready(self) -> list[Path]:
        """Paths that have been quiet long enough, in arrival order; they are now in flight."""
        now = self._clock()
        ready: list[Path] = []
        with self._lock:
            for path, entry in list(self._pending.items()):
                if path in self._in_flight:
                    continue
                empty = entry.snapshot.size == 0
                if now - entry.since < (self._empty_quiet if empty else self._quiet):
                    continue
                current = _snapshot(path)
                if current is None:
                    self._forget(path)
                elif current != entry.snapshot:
                    self._pending[path] = _Pending(current, now)
                elif (empty and _has_partial_sibling(path)) or not _can_read(path):
                    logger.debug("%s is not finished or not readable yet", path)
                    entry.since = now
                else:
                    del self._pending[path]
                    self._in_flight.add(path)
                    self._handed[path] = current
                    ready.append(path)
        return ready

    def done(self, path: Path) -> None:
        """The handler has returned for `path`."""
        with self._lock:
            self._in_flight.discard(path)

    def retry_later(self, path: Path, delay: float) -> None:
        """Hand `path` over again once it has been quiet for `delay` seconds more."""
        snapshot = _snapshot(path)
        with self._lock:
            self._handed.pop(path, None)
            if snapshot is None:
                self._pending.pop(path, None)
                return
            # `since` in the future: ready() waits the delay plus the quiet period's end.
            self._pending[path] = _Pending(snapshot, self._clock() + max(delay - self._quiet, 0))

    def _forget(self, path: Path) -> None:
        self._pending.pop(path, None)
        self._handed.pop(path, None)
