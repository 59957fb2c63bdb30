"""Many distinct one-page certificates, fast: for the load and sharing tests.

Each has its own learner, course, dates and validation code, so no two are duplicates of
each other by any rule (same bytes, same code, same learner + course + end date).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

_FIRST = ("Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ivo", "Jana")
_LAST = ("Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka", "Urban", "Varga")
_TOPICS = ("Routing", "Switching", "Wireless", "Security", "Automation", "Collaboration")


def make_certificates(folder: Path, count: int, *, tag: str = "A") -> list[Path]:
    """Write `count` distinct certificates into folder; their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    return [make_certificate(folder, index, tag=tag) for index in range(count)]


def make_certificate(
    folder: Path,
    index: int,
    *,
    tag: str = "A",
    learner: str | None = None,
    course: str | None = None,
    name: str | None = None,
    one_date: bool = False,
) -> Path:
    """Certificate number `index` of series `tag` (learner, course and file name may be
    given instead of the series' own)."""
    learner = learner or (
        f"{_FIRST[index % len(_FIRST)]} {_LAST[(index // len(_FIRST)) % len(_LAST)]}"
    )
    course = course or f"{_TOPICS[index % len(_TOPICS)]} Lab {tag}{index:05d}"
    end = date(2025, 1, 6) + timedelta(days=index % 300)
    start = end - timedelta(days=2)
    code = f"BLK-{tag}{index:05d}-{(index * 7919) % 9973:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"certificate-{tag}{index:05d}.pdf")
    canvas = Canvas(str(path), pagesize=landscape(letter), invariant=1)
    width, height = landscape(letter)
    canvas.setFont("Helvetica-Bold", 30)
    canvas.drawCentredString(width / 2, height - 110, "Certificate of Completion")
    canvas.setFont("Helvetica", 14)
    canvas.drawCentredString(width / 2, height - 170, "This is to certify that")
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawCentredString(width / 2, height - 205, learner)
    canvas.setFont("Helvetica", 14)
    canvas.drawCentredString(width / 2, height - 240, "has successfully completed the course")
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawCentredString(width / 2, height - 272, course)
    canvas.setFont("Helvetica", 12)
    if one_date:  # e-learning: only the day it was completed
        canvas.drawString(90, 150, f"Completed on {end:%B} {end.day}, {end.year}")
    else:
        canvas.drawString(90, 150, f"Start date: {start:%B} {start.day}, {start.year}")
        canvas.drawString(90, 130, f"End date: {end:%B} {end.day}, {end.year}")
    canvas.drawString(470, 150, f"Validation code: {code}")
    canvas.drawString(470, 130, "Issued by Northwind Network Academy")
    canvas.showPage()
    canvas.save()
    return path
