"""Run extraction in a worker process bounded in time and memory.

A hostile PDF (decompression bomb, cyclic objects, a content stream that never ends) must
not hang or exhaust the caller: the worker gets an address-space limit and is killed when
it overruns its time. Workers fork from a preloaded server, so each costs milliseconds.
"""

from __future__ import annotations

import multiprocessing
import resource
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pipeline import errors
from pipeline.config import ExtractionLimits
from pipeline.errors import HostilePdf, RefusedInput
from pipeline.extract import extract_file
from pipeline.extract.model import Extraction
from pipeline.extract.profiles import Profile

_PRELOAD = ["pipeline.extract", "pdfplumber", "pypdf"]
_context: Any = None


def _mp_context() -> Any:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(_PRELOAD)
    return _context


def extract_guarded(
    path: Path,
    *,
    profiles: list[Profile],
    limits: ExtractionLimits,
    owner_name: str | None = None,
    today: date | None = None,
    display_name: str | None = None,
) -> Extraction:
    """Like extract_file, in a worker limited to limits.time_limit_seconds and memory_limit_mb."""
    context = _mp_context()
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(
        target=_work,
        args=(sender, path, profiles, limits, owner_name, today, display_name),
        daemon=True,
    )
    worker.start()
    sender.close()
    try:
        if not receiver.poll(limits.time_limit_seconds):
            raise HostilePdf(
                f"reading took longer than {limits.time_limit_seconds:g} s (hostile or broken PDF?)"
            )
        try:
            outcome = receiver.recv()
        except EOFError:
            raise HostilePdf(
                f"the reader stopped while reading this PDF (over {limits.memory_limit_mb} MB?)"
            ) from None
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
        receiver.close()
    kind, payload = outcome
    if kind == "ok":
        assert isinstance(payload, Extraction)
        return payload
    if kind == "refused":
        error_name, message = payload
        error_class = getattr(errors, error_name, RefusedInput)
        raise error_class(message)
    raise errors.CeinboxError(f"internal error while reading: {payload}")


def _work(
    sender: Connection,
    path: Path,
    profiles: list[Profile],
    limits: ExtractionLimits,
    owner_name: str | None,
    today: date | None,
    display_name: str | None,
) -> None:
    memory = limits.memory_limit_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    outcome: tuple[str, Any]
    try:
        result = extract_file(
            path,
            profiles=profiles,
            limits=limits,
            owner_name=owner_name,
            today=today,
            display_name=display_name,
        )
        outcome = ("ok", result)
    except RefusedInput as exc:
        outcome = ("refused", (type(exc).__name__, str(exc)))
    except MemoryError:
        outcome = (
            "refused",
            (
                "HostilePdf",
                f"reading needs more than {limits.memory_limit_mb} MB (decompression bomb?)",
            ),
        )
    except RecursionError:
        outcome = ("refused", ("HostilePdf", "the PDF is nested too deeply to read safely"))
    except Exception as exc:  # the per-file boundary: report, never crash the caller
        outcome = ("error", f"{type(exc).__name__}: {exc}")
    sender.send(outcome)
    sender.close()
