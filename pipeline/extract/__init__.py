"""Certificate extraction: a PDF in, the CE portal's fields (with confidence and boxes) out.

Front door: `extract_file` reads one file in this process; `pipeline.extract.guard` runs it
in a worker process bounded in time and memory, for files nobody has vouched for.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.extract.model import Extraction

if TYPE_CHECKING:
    from pipeline.config import ExtractionLimits
    from pipeline.extract.profiles import Profile

__all__ = ["Extraction", "extract_file", "sha256_of"]


def sha256_of(path: Path) -> str:
    """The file's SHA-256, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extract_file(
    path: Path,
    *,
    profiles: list[Profile],
    limits: ExtractionLimits,
    owner_name: str | None = None,
    today: date | None = None,
    display_name: str | None = None,
) -> Extraction:
    """Read one certificate PDF; raise RefusedInput when it cannot be read."""
    # Imported here: the PDF libraries are loaded only by the code that reads PDFs (the
    # reader process), never by a command that only lists items.
    from pipeline.extract.engine import extract_document
    from pipeline.extract.pdf import read_document

    document = read_document(path, limits=limits)
    return extract_document(
        document,
        file=display_name or str(path),
        sha256=sha256_of(path),
        profiles=profiles,
        owner_name=owner_name,
        today=today,
    )
