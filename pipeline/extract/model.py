"""What extraction produces: six fields, each with its confidence and where it was found."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.extract.layout import BBox

FIELD_NAMES = (
    "course_name",
    "start_date",
    "end_date",
    "validation_code",
    "learner_name",
    "issuer",
)
# The values the CE portal's "Submit Items" form asks for.
REQUIRED_FIELDS = ("course_name", "start_date", "end_date", "validation_code")
# Below this confidence a value is shown but the item needs a person's review.
REVIEW_BELOW = 0.8


@dataclass(frozen=True)
class FieldValue:
    """One extracted value; `value` is None when nothing trustworthy was found."""

    value: str | None
    confidence: float
    page: int | None
    bbox: BBox | None
    source: str

    def to_json(self) -> dict[str, Any]:
        """The contract's {"value", "confidence", "page", "bbox", "source"} object."""
        return {
            "value": self.value,
            "confidence": round(self.confidence, 2),
            "page": self.page,
            "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None,
            "source": self.source,
        }


MISSING = FieldValue(None, 0.0, None, None, "not found")


@dataclass(frozen=True)
class Extraction:
    """The result of reading one certificate."""

    file: str
    sha256: str
    page_count: int
    profile: str | None
    fields: dict[str, FieldValue]
    problems: tuple[str, ...]
    needs_review: bool
    text: str = ""  # the text read from the pages, kept for search and audits

    def value(self, name: str) -> str | None:
        """The value of one of FIELD_NAMES, or None."""
        return self.fields[name].value

    def to_json(self) -> dict[str, Any]:
        """The `ceinbox extract --json` object."""
        data: dict[str, Any] = {"file": self.file, "sha256": self.sha256}
        data["issuer"] = self.value("issuer")
        for name in FIELD_NAMES:
            if name != "issuer":
                data[name] = self.value(name)
        data["needs_review"] = self.needs_review
        data["problems"] = list(self.problems)
        data["fields"] = {name: self.fields[name].to_json() for name in FIELD_NAMES}
        data["profile"] = self.profile
        data["pages"] = self.page_count
        return data
