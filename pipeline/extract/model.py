"""What extraction produces: six fields, each with its confidence and where it was found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

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


class Origin(StrEnum):
    """Where a value's text comes from, when that decides how it is checked."""

    PAGE = "page"  # printed on the page (the usual case)
    VERIFICATION_URL = "verification_url"  # the code a printed verification address carries
    FILE_NAME = "file_name"  # the downloaded file's name, not the page


@dataclass(frozen=True)
class FieldValue:
    """One extracted value; `value` is None when nothing trustworthy was found."""

    value: str | None
    confidence: float
    page: int | None
    bbox: BBox | None
    source: str
    origin: Origin = Origin.PAGE

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


class ProblemKind(StrEnum):
    """Why an item needs a person: each kind is one reason, whatever its wording."""

    NO_TEXT = "no_text"  # no usable text layer (a scan, or a font without a Unicode map)
    NOT_CERTIFICATE = "not_certificate"  # no certificate wording on the page
    ISSUER_UNCLEAR = "issuer_unclear"  # two issuer profiles match equally
    NOT_FOUND = "not_found"  # the certificate prints the value, but it was not read
    UNSURE = "unsure"  # a value was read, with too little evidence to be sure
    CONFLICT = "conflict"  # two different values with equally strong evidence
    AMBIGUOUS_DATE = "ambiguous_date"  # 05/04/2023 with nothing to settle day/month order
    FAILED_CHECK = "failed_check"  # future date, start after end, a code of the wrong shape
    FROM_FILE_NAME = "from_file_name"  # a value taken from the file name, not the page
    OTHER_OWNER = "other_owner"  # issued to someone other than owner_name


@dataclass(frozen=True)
class Problem:
    """One reason to review an item: its kind, the field it is about, and what to tell."""

    kind: ProblemKind
    message: str
    field: str | None = None

    def __str__(self) -> str:
        return self.message


CreditUnit = Literal["CE", "CPE", "CEU", "hours"]


@dataclass(frozen=True)
class PrintedCredits:
    """What a certificate says it is worth ("CE Credits: 48"), and where it says so."""

    value: float
    unit: CreditUnit
    page: int | None
    bbox: BBox | None

    def to_json(self) -> dict[str, Any]:
        """The contract's {"value", "unit", "page", "bbox"} object."""
        number: float | int = int(self.value) if self.value.is_integer() else self.value
        return {
            "value": number,
            "unit": self.unit,
            "page": self.page,
            "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None,
        }


@dataclass(frozen=True)
class Extraction:
    """The result of reading one certificate."""

    file: str
    sha256: str
    page_count: int
    profile: str | None
    fields: dict[str, FieldValue]
    problems: tuple[Problem, ...]
    needs_review: bool
    text: str = ""  # the text read from the pages, kept for search and audits
    # The portal fields this certificate does not print (a one-date certificate: start date).
    missing: tuple[str, ...] = ()
    printed_credits: PrintedCredits | None = None

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
        data["problems"] = [problem.message for problem in self.problems]
        data["missing"] = list(self.missing)
        data["printed_credits"] = (
            self.printed_credits.to_json() if self.printed_credits is not None else None
        )
        data["fields"] = {name: self.fields[name].to_json() for name in FIELD_NAMES}
        data["profile"] = self.profile
        data["pages"] = self.page_count
        return data


def needs_review(fields: dict[str, FieldValue], problems: Sequence[Problem]) -> bool:
    """Whether a person must check the item: a problem, or a portal value that is unsure."""
    return bool(problems) or any(
        fields[n].value is not None and fields[n].confidence < REVIEW_BELOW for n in REQUIRED_FIELDS
    )


# The fields whose value a person reviews: the portal's, and the learner (the owner check).
REVIEWED_FIELDS = (*REQUIRED_FIELDS, "learner_name")


def untold_problems(
    fields: dict[str, FieldValue], problems: Sequence[Problem], not_printed: Sequence[str]
) -> list[Problem]:
    """What no problem tells yet: a reviewed field empty though printed ("not found"), or
    holding an unsure value."""
    told = {p.field for p in problems}
    found: list[Problem] = []
    for name in REVIEWED_FIELDS:
        field = fields[name]
        if name in told:
            continue
        label = name.replace("_", " ")
        if field.value is None:
            if name not in not_printed:
                found.append(Problem(ProblemKind.NOT_FOUND, f"{label} not found", name))
        elif field.confidence < REVIEW_BELOW:
            found.append(
                Problem(
                    ProblemKind.UNSURE,
                    f"{label} '{field.value}' is uncertain ({field.source}, "
                    f"confidence {field.confidence:.2f})",
                    name,
                )
            )
    return found
