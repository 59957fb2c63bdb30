"""Speed against the targets of the speed issue, each beside its reference in the same run.

    python bench/speed.py            # full sizes (a few minutes)
    python bench/speed.py --small    # small sizes: shows it works (CI runs this)

Prints one table (target, measured, reference, ratio, verdict) and writes the numbers as JSON
(`--json FILE`, default bench/speed.json). Asserts nothing: a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from bulk_certificates import make_certificates  # noqa: E402
from processes import descendants, peak_memory_mb  # noqa: E402

PYTHON = sys.executable


@dataclass
class Row:
    """One target: what was measured, against what, and whether it holds."""

    target: str
    measured: float
    unit: str
    reference: float | None
    limit: float
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        return self.measured / self.reference if self.reference else None

    @property
    def met(self) -> bool:
        value = self.ratio if self.reference else self.measured
        assert value is not None
        return value >= self.limit if self.higher_is_better else value <= self.limit


def ceinbox(config: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "pipeline", "--config", str(config), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def wall(run: Callable[[], object], repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_rss_mb(process: subprocess.Popen[str]) -> float:
    """Highest VmHWM of a process and its descendants while it runs (Linux)."""
    peak = 0.0
    while process.poll() is None:
        for pid in [process.pid, *descendants(process.pid)]:
            peak = max(peak, peak_memory_mb(pid))
        time.sleep(0.2)
    return peak


BARE = """
import sys, time
from multiprocessing import Pool
from pathlib import Path
import pypdf

def read(path):
    return sum(len(page.extract_text()) for page in pypdf.PdfReader(path).pages)

if __name__ == "__main__":
    files = sorted(Path(sys.argv[1]).glob("*.pdf"))
    started = time.perf_counter()
    with Pool(int(sys.argv[2])) as pool:
        pool.map(read, files, chunksize=16)
    print(time.perf_counter() - started)
"""


def import_throughput(work: Path, count: int, jobs: int) -> list[Row]:
    """Import `count` one-page certificates vs bare pypdf over the same files, same cores."""
    files = work / "throughput"
    make_certificates(files, count, tag="T")
    config = work / "throughput.yaml"
    config.write_text("owner_name: null\ndatabase: sqlite:///throughput.db\n")
    script = work / "bare.py"
    script.write_text(BARE)
    bare = float(
        subprocess.run(
            [PYTHON, str(script), str(files), str(jobs)], capture_output=True, text=True, check=True
        ).stdout
    )
    started = time.perf_counter()
    done = ceinbox(config, "import", "--jobs", str(jobs), str(files), cwd=work)
    ours = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    return [
        Row(
            f"import {count} files, {jobs} processes (files/s)",
            count / ours,
            "files/s",
            count / bare,
            0.8,
            higher_is_better=True,
        )
    ]


def reimport_and_memory(work: Path, count: int) -> list[Row]:
    """Import `count` files (peak memory), then import them again (all recorded already)."""
    files = work / "backlog"
    make_certificates(files, count, tag="B")
    config = work / "backlog.yaml"
    config.write_text("owner_name: null\ndatabase: sqlite:///backlog.db\n")
    command = [PYTHON, "-m", "pipeline", "--config", str(config), "import", str(files)]
    process = subprocess.Popen(
        command, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
    )
    peak = peak_rss_mb(process)
    started = time.perf_counter()
    again = ceinbox(config, "import", str(files), cwd=work)
    seconds = time.perf_counter() - started
    assert f"duplicates     {count:>5}" in again.stdout, again.stdout
    return [
        Row(f"re-import {count} recorded files (s)", seconds, "s", None, 10.0 * count / 10_000),
        Row(f"peak memory importing {count} files (MB)", peak, "MB", None, 150.0),
    ]


def build_store(url: str, count: int) -> None:
    from pipeline.db import open_database
    from pipeline.extract.model import FIELD_NAMES, Extraction, FieldValue
    from pipeline.items import SourceFile, record_item

    sessions = open_database(url)
    with sessions() as session, session.begin():
        for n in range(count):
            values = {
                "course_name": f"Routing Lab {n:06d}",
                "start_date": f"2025-{1 + n % 12:02d}-01",
                "end_date": f"2025-{1 + n % 12:02d}-{1 + n % 27:02d}",
                "validation_code": f"STORE-{n:06d}",
                "learner_name": "Ada Novak",
                "issuer": "Northwind",
            }
            fields = {
                k: FieldValue(values[k], 0.95, 1, (1.0, 2.0, 3.0, 4.0), "bench")
                for k in FIELD_NAMES
            }
            extraction = Extraction(f"c{n}.pdf", "0" * 64, 1, None, fields, (), n % 7 == 0)
            source = SourceFile(f"{n:064x}", f"c{n}.pdf", 1000, 1, f"/gone/c{n}.pdf", "")
            record_item(session, extraction, source)
    sessions.kw["bind"].dispose()


def commands(work: Path, items: int) -> list[Row]:
    """list / show / progress on a store of `items`; extract FILE vs a bare pypdf process."""
    store = work / "store"
    store.mkdir()
    build_store(f"sqlite:///{store / 'ceinbox.db'}", items)
    config = store / "config.yaml"
    config.write_text("owner_name: null\ndatabase: sqlite:///ceinbox.db\n")
    ceinbox(config, "list", cwd=store)  # migrate once, outside the timing
    rows = [
        Row(
            f"ceinbox {name} on {items} items (s)",
            wall(lambda a=args: ceinbox(config, *a, cwd=store)),
            "s",
            None,
            0.3,
        )
        for name, args in (
            ("list", ("list",)),
            ("show", ("show", str(items // 2))),
            ("progress", ("progress",)),
        )
    ]
    one = make_certificates(work / "one", 1, tag="X")[0]
    bare = wall(
        lambda: subprocess.run(
            [
                PYTHON,
                "-c",
                "import sys, pypdf; [p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages]",
                str(one),
            ],
            check=True,
        )
    )
    ours = wall(lambda: ceinbox(config, "extract", "--json", str(one), cwd=store))
    rows.append(Row("ceinbox extract FILE (s)", ours, "s", bare, 3.0))
    rows += page_times(store, items)
    return rows


def page_times(store: Path, items: int) -> list[Row]:
    from pipeline.config import settings_from_mapping
    from pipeline.db import open_database
    from pipeline.extract.guard import GuardedExtractor
    from pipeline.ingest import Ingestor
    from pipeline.web import create_app

    settings = settings_from_mapping(
        {"owner_name": None, "database": f"sqlite:///{store / 'ceinbox.db'}"}, base=store
    )
    with GuardedExtractor(profiles=[], limits=settings.extraction) as reader:
        app = create_app(Ingestor(settings, open_database(settings.database), reader), testing=True)
        client = app.test_client()
        client.get("/")
        client.get(f"/items/{items // 2}")
        listing = wall(lambda: client.get("/"), 9)
        item = wall(lambda: client.get(f"/items/{items // 2}"), 9)
    return [
        Row(f"review page list, {items} items (ms)", listing * 1000, "ms", None, 100.0),
        Row(f"review page item, {items} items (ms)", item * 1000, "ms", None, 100.0),
    ]


def flat_cost(work: Path, sizes: tuple[int, int], batch: int) -> list[Row]:
    """Import cost per new file into a store of sizes[0] items and of sizes[1] items."""
    costs = []
    for size in sizes:
        folder = work / f"flat{size}"
        folder.mkdir()
        build_store(f"sqlite:///{folder / 'ceinbox.db'}", size)
        config = folder / "config.yaml"
        config.write_text("owner_name: null\ndatabase: sqlite:///ceinbox.db\n")
        files = make_certificates(folder / "new", batch, tag=f"F{size}")
        ceinbox(config, "list", cwd=folder)
        started = time.perf_counter()
        done = ceinbox(config, "import", "--jobs", "1", str(files[0].parent), cwd=folder)
        assert done.returncode == 0, done.stdout + done.stderr
        costs.append((time.perf_counter() - started) / batch * 1000)
    return [
        Row(
            f"import cost per file at {sizes[1]} vs {sizes[0]} items (ms)",
            costs[1],
            "ms",
            costs[0],
            1.25,
        )
    ]


def latency(work: Path, count: int) -> list[Row]:
    """A certificate written and closed, or renamed in from .part: committed how long after."""
    from sqlalchemy import func, select

    from pipeline.config import settings_from_mapping
    from pipeline.db import open_database, reading
    from pipeline.extract.guard import GuardedExtractor
    from pipeline.extract.profiles import load_profiles
    from pipeline.ingest import Ingestor
    from pipeline.models import Item
    from pipeline.watcher import InboxWatcher

    rows = []
    for polling in (False, True):
        root = work / f"latency-{'poll' if polling else 'inotify'}"
        settings = settings_from_mapping({"owner_name": None}, base=root)
        sources = make_certificates(root / "src", count, tag="P" if polling else "L")
        ingestor = Ingestor(
            settings,
            open_database(settings.database),
            GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction),
        )
        recorded = threading.Event()

        def handle(
            path: Path, ingestor: Ingestor = ingestor, recorded: threading.Event = recorded
        ) -> float | None:
            result = ingestor.ingest(path, move_source=True)
            recorded.set()
            return result.retry_after

        delays = []
        interval = 0.5
        watcher = InboxWatcher(settings.inbox, handle, polling=polling, poll_interval=0.02)
        with ingestor.reader, watcher:
            ingestor.reader.extract(sources[0])
            time.sleep(1.0)
            for n, source in enumerate(sources[1:], start=1):
                recorded.clear()
                data = source.read_bytes()
                started = time.perf_counter()
                if n % 2:
                    (settings.inbox / source.name).write_bytes(data)  # written and closed
                else:
                    part = settings.inbox / f"{source.name}.part"
                    part.write_bytes(data)
                    started = time.perf_counter()
                    part.replace(settings.inbox / source.name)  # renamed into place
                while True:
                    with reading(ingestor.sessions) as session:
                        if (session.scalar(select(func.count(Item.id))) or 0) >= n:
                            break
                    time.sleep(0.002)
                delays.append(time.perf_counter() - started)
                time.sleep(interval if polling else 0.05)
        ms = sorted(d * 1000 for d in delays)
        p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
        name = "polling observer" if polling else "inotify observer"
        if polling:
            rows.append(
                Row(f"dropped file, {name}, median (ms)", statistics.median(ms), "ms", None, 1100.0)
            )
        else:
            rows.append(
                Row(f"dropped file, {name}, median (ms)", statistics.median(ms), "ms", None, 100.0)
            )
            rows.append(Row(f"dropped file, {name}, p95 (ms)", p95, "ms", None, 300.0))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="small sizes, to show it works")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "speed.json")
    options = parser.parse_args()
    jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    small = options.small
    with tempfile.TemporaryDirectory(prefix="ceinbox-speed-") as folder:
        work = Path(folder)
        rows = latency(work, 8 if small else 40)
        rows += import_throughput(work, 100 if small else 2000, jobs)
        rows += commands(work, 500 if small else 10_000)
        rows += reimport_and_memory(work, 100 if small else 10_000)
        rows += flat_cost(work, (200, 1000) if small else (1000, 50_000), 20 if small else 200)
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'target':<58} {'measured':>10} {'reference':>10} {'ratio':>7} {'limit':>7}  met")
    for row in rows:
        reference = f"{row.reference:10.3g}" if row.reference else " " * 10
        ratio = f"{row.ratio:7.2f}" if row.ratio is not None else " " * 7
        print(
            f"{row.target:<58} {row.measured:10.3g} {reference} {ratio} {row.limit:7.3g}  "
            + ("yes" if row.met else "NO")
        )
    payload = [{**asdict(r), "ratio": r.ratio, "met": r.met} for r in rows]
    options.json.write_text(json.dumps({"jobs": jobs, "small": small, "rows": payload}, indent=2))
    print(f"\n({jobs} cores; numbers in {options.json})")


if __name__ == "__main__":
    main()
