"""Whether a file in the inbox is a whole PDF yet, and how long to wait when it is not.

A program writing in chunks with pauses (wget, scp, a slow network share) leaves a file that
has been still for the quiet period but is not finished. A PDF ends with `%%EOF` near its last
byte; a file without it is given more time, with growing pauses, before it is read anyway
(some damaged but readable PDFs lack the marker; the reader decides those).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_TAIL_BYTES = 2048
FIRST_WAIT_SECONDS = 1.0
LONGEST_WAIT_SECONDS = 30.0


def looks_complete(path: Path) -> bool:
    """False only for a PDF whose last bytes lack the end-of-file marker every PDF writer puts;
    a file that is no PDF at all (or empty, or gone) is for the reader to refuse at once."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
            size = os.fstat(handle.fileno()).st_size
            handle.seek(max(0, size - _TAIL_BYTES))
            tail = handle.read()
    except OSError:
        return True
    if b"%PDF-" not in head:
        return True
    return b"%%EOF" in tail


@dataclass
class _Wait:
    first: float
    size: int
    attempts: int


class Patience:
    """Per file, how long to wait for it to be completed; thread-safe."""

    def __init__(
        self, limit_seconds: float = 180.0, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._limit = limit_seconds
        self._clock = clock
        self._waits: dict[Path, _Wait] = {}
        self._lock = threading.Lock()

    def delay(self, path: Path) -> float | None:
        """Seconds to wait before trying path again, or None: read it now (it looks complete,
        or patience ran out)."""
        if looks_complete(path):
            self.forget(path)
            return None
        try:
            size = path.stat().st_size
        except OSError:
            return None
        now = self._clock()
        with self._lock:
            wait = self._waits.get(path)
            if wait is None or wait.size != size:  # new, or it grew: the clock restarts
                wait = self._waits[path] = _Wait(now, size, 0)
            if now - wait.first >= self._limit:
                del self._waits[path]
                return None
            wait.attempts += 1
            pause = min(FIRST_WAIT_SECONDS * 2.0 ** (wait.attempts - 1), LONGEST_WAIT_SECONDS)
            return min(pause, max(self._limit - (now - wait.first), 0.1))

    def forget(self, path: Path) -> None:
        """Drop what is known about path."""
        with self._lock:
            self._waits.pop(path, None)
