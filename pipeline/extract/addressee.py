"""The learner of a letter that greets them by surname: "Dear Ms Żebrowska-Kołodziej," with
the full name in the address block above ("Ms Łucja Żebrowska-Kołodziej")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract.candidates import Candidate, accept_name
from pipeline.extract.layout import Document

# A salutation with a form of address, then the surname and a comma.
_SALUTATION = re.compile(
    r"^\s*(?:dear|sehr\s+geehrte[r]?|cher|chère|estimad[oa]|querid[oa]|szanown[ay]|geachte|"
    r"gentile|caro|cara)\s+"
    r"(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|monsieur|madame|mademoiselle|sr|sra|srta|"
    r"pan|pani|heer|mevrouw|signor|signora|sig\.ra)\.?\s+"
    r"(?P<surname>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*[,:!]",
    re.IGNORECASE,
)


def addressees(doc: Document, *, confidence: float) -> Iterator[Candidate]:
    """The full name, above a salutation by surname, that ends in that surname."""
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        greeting = _SALUTATION.match(line.text)
        if greeting is None:
            continue
        surname = greeting.group("surname").casefold()
        for other in lines[:index]:
            if other.page != line.page:
                continue
            name = accept_name(other.text)
            if (
                name is not None
                and name.casefold().endswith(surname)
                and len(name.split()) > len(surname.split())
            ):
                yield Candidate(
                    "learner_name",
                    name,
                    confidence,
                    other.page,
                    other.bbox,
                    f"addressee of '{line.text.strip()[:40]}'",
                )
                break
