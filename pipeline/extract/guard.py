"""Read PDFs in a worker process bounded in time and memory.

A hostile PDF (decompression bomb, cyclic objects, a content stream that never ends) must
not hang or exhaust the caller. A long-lived worker process reads the files one at a time
under an address-space limit; a file that overruns its time gets the worker killed and a
fresh one started for the next file, so a bad file costs only itself.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
import threading
from collections.abc import Callable
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from pipeline import errors
from pipeline.config import ExtractionLimits
from pipeline.errors import HostilePdf, ProfileError, RefusedInput
from pipeline.extract import extract_file
from pipeline.extract.layout import Document
from pipeline.extract.model import Extraction
from pipeline.extract.pdf import read_document
from pipeline.extract.profiles import Profile, load_profiles

if TYPE_CHECKING:
    from pipeline.previews import PagePreview

logger = logging.getLogger(__name__)

_PRELOAD = ["pipeline.extract", "pdfplumber", "pypdf"]
_STARTUP_SECONDS = 120.0
# A worker is replaced after this many files, so slow leaks in the PDF libraries stay small.
_FILES_PER_WORKER = 200


def _context() -> Any:
    # forkserver: workers fork from a clean, preloaded server, never from a threaded caller.
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")  # Windows: no fork at all
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


class GuardedExtractor:
    """Extract files in a worker limited to limits.time_limit_seconds and memory_limit_mb.

    Thread-safe: calls are served one at a time. Use as a context manager, or call close().
    """

    def __init__(
        self,
        *,
        profiles: list[Profile],
        limits: ExtractionLimits,
        owner_name: str | None = None,
        profile_folder: Path | None = None,
    ) -> None:
        self._profiles = profiles
        # The user's profiles folder: a profile saved there (a layout taught from a
        # correction) is used from the next file on, without a restart.
        self._profile_folder = profile_folder
        self._profile_stamp = _stamp(profile_folder)
        self._limits = limits
        self._owner_name = owner_name
        self._lock = threading.Lock()
        self._worker: Any = None
        self._connection: Connection | None = None
        self._served = 0

    def sibling(self) -> GuardedExtractor:
        """Another extractor with the same profiles and limits, with a worker of its own."""
        return GuardedExtractor(
            profiles=self._profiles,
            limits=self._limits,
            owner_name=self._owner_name,
            profile_folder=self._profile_folder,
        )

    def __enter__(self) -> GuardedExtractor:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def extract(
        self, path: Path, *, display_name: str | None = None, today: date | None = None
    ) -> Extraction:
        """Read one file; RefusedInput when it cannot be read or overruns its limits."""
        payload = self._request(("extract", path, display_name, today))
        assert isinstance(payload, Extraction)
        return payload

    def read_layout(self, path: Path) -> Document:
        """The laid-out text of one file (words, lines and their boxes), read in the worker."""
        payload = self._request(("layout", path, None, None))
        assert isinstance(payload, Document)
        return payload

    def render(self, path: Path, page: int, image: Path, meta: Path) -> PagePreview:
        """Render one page to a PNG in the worker (its time and memory limits hold)."""
        from pipeline.previews import PagePreview

        payload = self._request(("render", path, page, (image, meta)))
        assert isinstance(payload, PagePreview)
        return payload

    def _request(self, request: tuple[str, Path, Any, Any]) -> Any:
        with self._lock:
            self._reload_profiles()
            connection = self._ready_worker()
            connection.send(request)
            self._served += 1
            if not connection.poll(self._limits.time_limit_seconds):
                self._stop_worker()
                raise HostilePdf(
                    f"reading took longer than {self._limits.time_limit_seconds:g} s "
                    "(hostile or broken PDF?)"
                )
            try:
                kind, payload = connection.recv()
            except (EOFError, OSError):
                self._stop_worker()
                raise HostilePdf(
                    "the reader died on this PDF "
                    f"(more than {self._limits.memory_limit_mb} MB needed?)"
                ) from None
            if kind == "refused" and payload[0] == "HostilePdf":
                self._stop_worker()  # after a MemoryError the worker is not to be trusted
            elif self._served >= _FILES_PER_WORKER:
                self._stop_worker()
        if kind == "ok":
            return payload
        if kind == "refused":
            error_name, message = payload
            raise getattr(errors, error_name, RefusedInput)(message)
        raise errors.CeinboxError(f"internal error while reading: {payload}")

    def _reload_profiles(self) -> None:
        stamp = _stamp(self._profile_folder)
        if stamp == self._profile_stamp:
            return
        self._profile_stamp = stamp
        try:
            self._profiles = load_profiles(self._profile_folder)
        except ProfileError as exc:
            logger.warning("profiles not reloaded: %s", exc)
            return
        self._stop_worker()  # the next worker starts with the new profiles

    def close(self) -> None:
        """Stop the worker process."""
        with self._lock:
            self._stop_worker()

    def _ready_worker(self) -> Connection:
        if self._connection is not None and self._worker is not None and self._worker.is_alive():
            return self._connection
        self._stop_worker()
        context = _context()
        pipe: tuple[Connection, Connection] = context.Pipe(duplex=True)
        mine, theirs = pipe
        self._worker = context.Process(
            target=_serve,
            args=(theirs, self._profiles, self._limits, self._owner_name),
            daemon=True,
            name="ceinbox-reader",
        )
        self._worker.start()
        theirs.close()
        self._served = 0
        if not mine.poll(_STARTUP_SECONDS) or mine.recv() != "ready":
            raise errors.CeinboxError("the PDF reader process did not start")
        self._connection = mine
        return mine

    def _stop_worker(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._worker is not None:
            if self._worker.is_alive():
                self._worker.kill()
            self._worker.join()
            self._worker.close()
            self._worker = None


def extract_guarded(
    path: Path,
    *,
    profiles: list[Profile],
    limits: ExtractionLimits,
    owner_name: str | None = None,
    today: date | None = None,
    display_name: str | None = None,
) -> Extraction:
    """Read one file in a worker of its own (for one-off reads; reuse GuardedExtractor)."""
    with GuardedExtractor(profiles=profiles, limits=limits, owner_name=owner_name) as reader:
        return reader.extract(path, display_name=display_name, today=today)


def extract_here(
    path: Path,
    *,
    profiles: list[Profile],
    limits: ExtractionLimits,
    owner_name: str | None = None,
) -> Extraction:
    """Read one file in this process, under the same limits as the worker: for a command that
    reads one file and exits (`ceinbox extract FILE`), where starting a worker would cost more
    than the read. The memory cap holds while reading (then this process's own limit is back);
    the time limit is an alarm. Off the main thread, or without alarms, a worker reads it."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        return extract_guarded(path, profiles=profiles, limits=limits, owner_name=owner_name)

    def overran(signum: int, frame: object) -> None:
        raise _Overran

    previous = signal.signal(signal.SIGALRM, overran)
    restore = _limit_memory(limits.memory_limit_mb)
    signal.setitimer(signal.ITIMER_REAL, limits.time_limit_seconds)
    try:
        kind, payload = _read(path, None, None, profiles, limits, owner_name)
    except _Overran:
        raise HostilePdf(
            f"reading took longer than {limits.time_limit_seconds:g} s (hostile or broken PDF?)"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        restore()
    if kind == "ok":
        assert isinstance(payload, Extraction)
        return payload
    if kind == "refused":
        error_name, message = payload
        raise getattr(errors, error_name, RefusedInput)(message)
    raise errors.CeinboxError(f"internal error while reading: {payload}")


class _Overran(BaseException):
    """The time limit's alarm (a BaseException: no `except Exception` in a reader stops it)."""


def _stamp(folder: Path | None) -> tuple[tuple[str, int, int], ...]:
    """What changes when a profile file is added, edited or removed."""
    if folder is None or not folder.is_dir():
        return ()
    found = []
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        try:
            info = path.stat()
        except OSError:
            continue
        found.append((path.name, info.st_mtime_ns, info.st_size))
    return tuple(found)


def _serve(
    connection: Connection,
    profiles: list[Profile],
    limits: ExtractionLimits,
    owner_name: str | None,
) -> None:
    # Ctrl-C reaches the whole process group; the parent decides when the reader stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(limits.memory_limit_mb)
    connection.send("ready")
    while True:
        try:
            kind, path, first, second = connection.recv()
        except (EOFError, OSError):
            return
        if kind == "layout":
            connection.send(_layout(path, limits))
        elif kind == "render":
            connection.send(_render(path, first, second, limits))
        else:
            connection.send(_read(path, first, second, profiles, limits, owner_name))


def _limit_memory(megabytes: int) -> Callable[[], None]:
    """Cap this process's address space where the system allows it; returns what puts the
    previous cap back (only the soft limit is lowered, so it can be raised again).

    macOS refuses RLIMIT_AS below the current usage (and Windows has no resource module):
    there the reader runs without a memory cap, and the time limit still holds.
    """
    try:
        import resource
    except ImportError:
        return lambda: None
    memory = megabytes * 1024 * 1024
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            memory = min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (memory, hard))
    except (ValueError, OSError) as exc:
        print(f"ceinbox reader: no memory limit on {sys.platform}: {exc}", file=sys.stderr)
        return lambda: None
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _render(path: Path, page: int, target: tuple[Path, Path], limits: ExtractionLimits) -> Any:
    from pipeline.previews import render_page

    image, meta = target
    return _guarded(lambda: render_page(path, page, image, meta), limits)


def _layout(path: Path, limits: ExtractionLimits) -> tuple[str, Any]:
    return _guarded(lambda: read_document(path, limits=limits), limits)


def _read(
    path: Path,
    display_name: str | None,
    today: date | None,
    profiles: list[Profile],
    limits: ExtractionLimits,
    owner_name: str | None,
) -> tuple[str, Any]:
    return _guarded(
        lambda: extract_file(
            path,
            profiles=profiles,
            limits=limits,
            owner_name=owner_name,
            today=today,
            display_name=display_name,
        ),
        limits,
    )


def _guarded(work: Callable[[], object], limits: ExtractionLimits) -> tuple[str, Any]:
    """Run one read; a refusal or a failure becomes a reply, never a dead worker."""
    try:
        return ("ok", work())
    except RefusedInput as exc:
        return ("refused", (type(exc).__name__, str(exc)))
    except MemoryError:
        message = f"reading needs more than {limits.memory_limit_mb} MB (decompression bomb?)"
        return ("refused", ("HostilePdf", message))
    except RecursionError:
        return ("refused", ("HostilePdf", "the PDF is nested too deeply to read safely"))
    except Exception as exc:  # the per-file boundary: report, never crash the caller
        return ("error", f"{type(exc).__name__}: {exc}")
