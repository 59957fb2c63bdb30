"""Time to read a scanned certificate page by OCR, by scan resolution and turn.

Run with `make bench`. Each development certificate is printed to a picture and wrapped in a
PDF with no text layer, then read the way the watcher reads it (in this process). Prints a
table; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.ocr import ocr_setup
from pipeline.extract.profiles import load_profiles

from certfactory import CLEAN_CASES

FIELDS = ("course_name", "start_date", "end_date", "validation_code", "learner_name")


def main() -> None:
    """Scan each clean case at 150/200/300 dpi (and turned a quarter) and read it."""
    if ocr_setup() is None:
        print("OCR is not installed (tesseract-ocr and its language data): nothing to time")
        return
    profiles, limits = load_profiles(None), ExtractionLimits()
    print("| scan | pages | median per page | p95 | fields right |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for dpi, turn in ((150, 0), (200, 0), (300, 0), (200, 90)):
            times, right, total = [], 0, 0
            for case in CLEAN_CASES:
                sub = root / f"{case.name}-{dpi}-{turn}"
                sub.mkdir()
                original = case.build(sub)
                picture = pypdfium2.PdfDocument(str(original))[0].render(scale=dpi / 72).to_pil()
                scan = sub / "scan.pdf"
                picture.convert("RGB").rotate(turn, expand=True).save(scan, "PDF", resolution=dpi)
                started = time.perf_counter()
                result = extract_file(scan, profiles=profiles, limits=limits)
                times.append(time.perf_counter() - started)
                for name in FIELDS:
                    want, got = getattr(case.expected, name), result.value(name)
                    total += 1
                    right += got == want or (name == "start_date" and want is None)
            times.sort()
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            label = f"{dpi} dpi" + (f", turned {turn}°" if turn else "")
            print(
                f"| {label} | {len(times)} | {statistics.median(times) * 1000:.0f} ms "
                f"| {p95 * 1000:.0f} ms | {100 * right / total:.1f}% |"
            )


if __name__ == "__main__":
    main()
