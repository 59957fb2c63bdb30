"""Server time of the review page's item page (first view renders the certificate image).

Run with `make bench`. Prints a table; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pipeline.config import settings_from_mapping
from pipeline.db import open_database
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.profiles import load_profiles
from pipeline.ingest import Ingestor
from pipeline.web import create_app

from certfactory import CLEAN_CASES


def main() -> None:
    """Record a few items, then time their pages through the WSGI app."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        settings = settings_from_mapping({}, base=root)
        reader = GuardedExtractor(profiles=load_profiles(None), limits=settings.extraction)
        with reader:
            ingestor = Ingestor(settings, open_database(settings.database), reader)
            ids = [ingestor.ingest(c.build(root), move_source=False).item_id for c in CLEAN_CASES]
            client = create_app(ingestor).test_client()
            first: list[float] = []
            again: list[float] = []
            for item_id in ids:
                for timings in (first, again, again, again):
                    started = time.perf_counter()
                    page = client.get(f"/items/{item_id}")
                    with client.get(f"/items/{item_id}/pages/1.png") as image:
                        assert page.status_code == 200 and image.status_code == 200
                    timings.append(time.perf_counter() - started)
            inbox: list[float] = []
            for _ in range(20):
                started = time.perf_counter()
                client.get("/")
                inbox.append(time.perf_counter() - started)
    print(f"review page server time ({len(ids)} items)   median     max (ms)")
    for label, values in (
        ("item page + image, first view", first),
        ("item page + image, cached", again),
        ("items list", inbox),
    ):
        ms = [v * 1000 for v in values]
        print(f"  {label:<34} {statistics.median(ms):7.1f} {max(ms):8.1f}")


if __name__ == "__main__":
    main()
