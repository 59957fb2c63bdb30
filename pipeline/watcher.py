"""Decide when a PDF dropped in the inbox is complete and hand its path to a callback.

Three parts, as in paperless-ngx's consumer: `is_candidate` filters out junk by name,
`StabilityTracker` (pipeline.stability) waits until a file has stopped changing, and
`InboxWatcher` feeds the tracker from watchdog events plus periodic rescans and calls the
handler one file at a time.
No PDF or database code lives here.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from types import FrameType, TracebackType
from typing import Self

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from pipeline.stability import StabilityTracker, is_candidate

__all__ = ["InboxWatcher", "StabilityTracker", "in_hidden_folder", "is_candidate"]

logger = logging.getLogger(__name__)

_WATCHED_EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileMovedEvent,
    FileDeletedEvent,
]


def in_hidden_folder(path: Path, folder: Path) -> bool:
    """Whether path lies in a folder below `folder` whose name starts with a dot (a watcher's
    working folder, a tool's cache): files there are not the inbox's."""
    try:
        parts = path.relative_to(folder).parts[:-1]
    except ValueError:
        return False
    return any(part.startswith(".") for part in parts)


class _EventRouter(FileSystemEventHandler):
    """Turns watchdog events about candidate files into tracker calls."""

    def __init__(self, tracker: StabilityTracker, folder: Path, wake: Callable[[], None]) -> None:
        self._tracker = tracker
        self._folder = folder
        self._wake = wake

    def dispatch(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        try:
            if isinstance(event, FileDeletedEvent | FileMovedEvent):
                self._tracker.forget(Path(os.fsdecode(event.src_path)))
            changed = event.dest_path if isinstance(event, FileMovedEvent) else event.src_path
            if not isinstance(event, FileDeletedEvent):
                path = Path(os.fsdecode(changed))
                if is_candidate(path) and not in_hidden_folder(path, self._folder):
                    settled = isinstance(event, FileClosedEvent | FileMovedEvent)
                    self._tracker.seen(path, settled=settled)
                    if settled:
                        self._wake()
        except Exception:  # an exception here would kill watchdog's dispatcher thread
            logger.exception("could not track %s", event.src_path)


def _silence_watchdog_rewatch_warning() -> None:
    # watchdog's inotify backend registers a folder made by `mkdir -p` twice and warns
    # "Callback with id ... already exists"; the overwrite is harmless, the warning is noise
    # per new folder, and under `-W error` it kills watchdog's reader thread.
    warnings.filterwarnings(
        "ignore",
        message=r"Callback with id .* already exists for watch",
        category=RuntimeWarning,
        module=r"watchdog\.",
    )


class InboxWatcher:
    """Watches `folder` recursively and calls `handle(path)` once per completed PDF, serially.

    Files already in the folder at start are handled too, and the folder is rescanned every
    `rescan_seconds` because file-system events can be missed (`on_scan` is called then). When
    `handle` returns a number, the file is handed over again after that many seconds. An
    exception from `handle` is logged with the file name and the watcher goes on. Folders
    whose names start with a dot are not watched.
    """

    def __init__(
        self,
        folder: Path,
        handle: Callable[[Path], float | None],
        *,
        polling: bool = False,
        quiet_seconds: float = 0.3,
        rescan_seconds: float = 30.0,
        poll_interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        on_scan: Callable[[], None] | None = None,
    ) -> None:
        if poll_interval <= 0 or rescan_seconds <= 0:
            raise ValueError("poll_interval and rescan_seconds must be > 0")
        self._folder = Path(folder)
        self._handle = handle
        self._polling = polling
        self._rescan_seconds = rescan_seconds
        self._poll_interval = poll_interval
        self._clock = clock
        self._on_scan = on_scan
        self._tracker = StabilityTracker(quiet_seconds, clock=clock)
        self._stopping = threading.Event()
        self._wake = threading.Event()  # a settled file: the worker looks at once
        self._lifecycle = threading.Lock()
        self._observer: BaseObserver | None = None
        self._worker: threading.Thread | None = None

    def start(self) -> None:
        """Create the folder if needed and start watching it; returns at once."""
        with self._lifecycle:
            if self._worker is not None:
                raise RuntimeError("InboxWatcher is already running")
            self._folder.mkdir(parents=True, exist_ok=True)
            # Resolved so event and scan paths are the same keys (macOS reports /private/…).
            self._folder = self._folder.resolve()
            self._stopping.clear()
            _silence_watchdog_rewatch_warning()
            observer = PollingObserver() if self._polling else Observer()
            observer.schedule(
                _EventRouter(self._tracker, self._folder, self._wake.set),
                str(self._folder),
                recursive=True,
                event_filter=_WATCHED_EVENTS,
            )
            observer.start()
            # The worker's first pass scans the folder, after the observer is up so nothing
            # slips between the scan and the first event.
            worker = threading.Thread(target=self._run, name="ceinbox-watcher", daemon=True)
            worker.start()
            self._observer, self._worker = observer, worker
        logger.info("watching %s%s", self._folder, " (polling)" if self._polling else "")

    def stop(self) -> None:
        """Stop watching and wait for the file being handled, if any; safe to call twice."""
        # Joins happen outside the lock: handle() may itself call stop().
        with self._lifecycle:
            observer, worker = self._observer, self._worker
            self._observer = self._worker = None
            if observer is None or worker is None:
                return
            self._stopping.set()
            self._wake.set()
        observer.stop()
        observer.join()
        if worker is not threading.current_thread():
            worker.join()
        logger.info("stopped watching %s", self._folder)

    def run_forever(self) -> None:
        """Watch until SIGINT/SIGTERM (or `stop()` from another thread), then stop cleanly."""
        signalled = threading.Event()

        def on_signal(signum: int, frame: FrameType | None) -> None:
            logger.info("received %s, stopping", signal.Signals(signum).name)
            signalled.set()

        previous = {}
        if threading.current_thread() is threading.main_thread():
            previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            with self._lifecycle:
                running = self._worker is not None
            if not running:
                self.start()
            # Polled rather than waited on: a signal handler that sets an Event the main thread
            # is blocked in can deadlock on the Event's internal lock.
            while not signalled.is_set() and not self._stopping.is_set():
                time.sleep(0.2)
        finally:
            # Restored first, so a second Ctrl-C interrupts a handler that is slow to finish.
            for signum, handler in previous.items():
                if handler is not None:  # None: installed outside Python, cannot be restored
                    signal.signal(signum, handler)
            self.stop()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self) -> None:
        next_scan = self._clock()
        while not self._stopping.is_set():
            try:
                if self._clock() >= next_scan:
                    self._scan()
                    next_scan = self._clock() + self._rescan_seconds
                for path in self._tracker.ready():
                    if not self._stopping.is_set():
                        self._handle_one(path)
                    self._tracker.done(path)
            except Exception:  # the worker must outlive any surprise, e.g. a vanished folder
                logger.exception("inbox watcher pass failed for %s", self._folder)
            self._wake.wait(self._poll_interval)
            self._wake.clear()

    def _handle_one(self, path: Path) -> None:
        logger.debug("handing over %s", path)
        try:
            delay = self._handle(path)
        except Exception:
            logger.exception("handling failed for %s", path)
            return
        if delay is not None:
            self._tracker.retry_later(path, delay)

    def _scan(self) -> None:
        candidates: list[Path] = []
        if self._on_scan is not None:
            try:
                self._on_scan()
            except Exception:
                logger.exception("rescan hook failed for %s", self._folder)
        for dirpath, dirnames, filenames in os.walk(self._folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                path = Path(dirpath, name)
                if is_candidate(path):
                    candidates.append(path)
        self._tracker.rescan(candidates)
