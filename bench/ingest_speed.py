"""Inbox latency (file closed -> item recorded) and backlog import speed.

Run with `make bench`. Prints tables; asserts nothing.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from sqlalchemy import func, select

from pipeline.config import settings_from_mapping
from pipeline.db import open_database
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import Ingestor, Outcome
from pipeline.models import Item
from pipeline.watcher import InboxWatcher

from certfactory import CLEAN_CASES, TRICKY_CASES, UNCLEAR_CASES


def main() -> None:
    """Measure and print."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sources = root / "sources"
        sources.mkdir()
        files = [case.build(sources) for case in CLEAN_CASES + TRICKY_CASES + UNCLEAR_CASES]
        _import_speed(root / "import", files)
        _latency(root / "watch", files[:20])


def _ingestor(root: Path) -> Ingestor:
    settings = settings_from_mapping({}, base=root)
    reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
    return Ingestor(settings, open_database(settings.database), reader)


def _import_speed(root: Path, files: list[Path]) -> None:
    ingestor = _ingestor(root)
    with ingestor.reader:
        ingestor.reader.extract(files[0])  # start the reader process outside the timing
        started = time.perf_counter()
        results = [ingestor.ingest(path, move_source=False) for path in files]
        elapsed = time.perf_counter() - started
        again = time.perf_counter()
        repeats = [ingestor.ingest(path, move_source=False) for path in files]
        elapsed_again = time.perf_counter() - again
    recorded = sum(r.outcome in (Outcome.RECORDED, Outcome.NEEDS_REVIEW) for r in results)
    duplicates = sum(r.outcome == Outcome.DUPLICATE for r in repeats)
    print(f"import of {len(files)} certificates          files/s   ms/file")
    for label, seconds in (
        (f"first run ({recorded} recorded)", elapsed),
        (f"second run ({duplicates} duplicates)", elapsed_again),
    ):
        rate, per_file = len(files) / seconds, seconds / len(files) * 1000
        print(f"  {label:<34} {rate:8.1f} {per_file:9.1f}")


def _latency(root: Path, files: list[Path]) -> None:
    ingestor = _ingestor(root)
    inbox = ingestor.settings.inbox
    staging = root / "staging"
    staging.mkdir(parents=True)
    delays: list[float] = []

    def handle(path: Path) -> None:
        ingestor.ingest(path, move_source=True)

    with ingestor.reader, InboxWatcher(inbox, handle):
        ingestor.reader.extract(files[0])
        for count, path in enumerate(files, start=1):
            staged = staging / path.name
            shutil.copy(path, staged)
            dropped = time.perf_counter()
            staged.replace(inbox / path.name)  # the browser's final rename
            while _items(ingestor) < count:
                time.sleep(0.005)
            delays.append(time.perf_counter() - dropped)
    ms = sorted(d * 1000 for d in delays)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"\ninbox latency, {len(ms)} files one by one   median     p95     max (ms)")
    median = statistics.median(ms)
    print(f"  file renamed into inbox -> item recorded {median:7.0f} {p95:7.0f} {ms[-1]:7.0f}")


def _items(ingestor: Ingestor) -> int:
    with ingestor.sessions() as session:
        return session.scalar(select(func.count(Item.id))) or 0


if __name__ == "__main__":
    main()
