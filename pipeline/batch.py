"""Many files at once (a backlog import): one reader process per core, each file still going
through the whole per-file path on its own (claim-free: originals are never moved), so every
file stays crash-safe and the database's own locking keeps duplicates out."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from pipeline.ingest import Ingestor, IngestResult
from pipeline.models import ItemStatus


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def ingest_many(
    ingestor: Ingestor,
    files: Sequence[Path],
    *,
    status: ItemStatus = ItemStatus.pending,
    jobs: int = 1,
    done: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest files (without moving them) with `jobs` readers at once; results in file order.

    Readers beyond the ingestor's own start only when a file needs reading: re-importing
    files that are all recorded already only hashes them."""
    results: list[IngestResult | None] = [None] * len(files)
    jobs = max(1, min(jobs, len(files)))
    readers = [ingestor.reader] + [ingestor.reader.sibling() for _ in range(jobs - 1)]
    position = iter(range(len(files)))
    lock = threading.Lock()

    def work(reader_index: int) -> None:
        mine = replace(ingestor, reader=readers[reader_index])
        while True:
            with lock:
                index = next(position, None)
            if index is None:
                return
            result = mine.ingest(files[index], move_source=False, status=status)
            results[index] = result
            if done is not None:
                with lock:
                    done(result)

    threads = [threading.Thread(target=work, args=(n,), daemon=True) for n in range(jobs)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for reader in readers[1:]:
            reader.close()
    return [r for r in results if r is not None]
