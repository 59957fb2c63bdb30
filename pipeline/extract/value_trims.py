"""What a sentence's value is trimmed of: the issuer's brand around it, the host
organisation after it ("… Internship with Quillfeather Analytics"), an institution's name
before it — names the page prints elsewhere too, saying who gave the course."""

from __future__ import annotations

import re

from pipeline.extract.layout import Line
from pipeline.extract.organisations import is_institution
from pipeline.text import fold

_WITH_ORGANISATION = re.compile(
    r"\s+(?:con|avec|mit|bei|presso|junto\s+a|with|at)\s+(?P<org>[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ][\w&'’.-]*)+)$",
)


def without_organisation(value: str, line: Line, lines: list[Line]) -> str:
    """The value without a trailing "con Global Knowledge" when that name is printed
    elsewhere on the page too (the letterhead, the signature): it is who gave the course."""
    match = _WITH_ORGANISATION.search(value)
    if match is None:
        return value
    org = fold(match.group("org"))
    elsewhere = any(org in fold(o.text) for o in lines if o is not line and o.page == line.page)
    return value[: match.start()] if elsewhere else value


def without_leading_institution(value: str, line: Line, lines: list[Line]) -> str:
    """The value without an institution's name before the title ("… successful completion
    of Northbridge Institute of Technology Building Resilient …") when that name is printed
    elsewhere on the page too (a logo, "authorized by …"): it says who gave the course."""
    words = value.split()
    others = " ".join(fold(o.text) for o in lines if o is not line and o.page == line.page)
    for cut in range(len(words), 1, -1):
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        named_elsewhere = f" {fold(head)} " in f" {others} "
        if (not rest or rest[:1].isupper()) and is_institution(head) and named_elsewhere:
            return rest  # (nothing left when the value is the institution's name)
    return value


def without_issuer(rest: str, issuer: re.Pattern[str]) -> str:
    """The value without the issuer's brand around it: "Cisco Networking Academy® CCNA: …"
    and "Introducción a … de Cisco Networking Academy® y …" name the issuer, not the course."""
    leading = re.match(rf"\s*(?:the\s+)?(?:{issuer.pattern})\s*[®™]\s*", rest, re.IGNORECASE)
    if leading:
        rest = " " + rest[leading.end() :]
    inner = re.search(
        rf"\s+(?:de|of|by|from|at|da|di|von|par|do|del|con|with|avec|mit)\s+(?:the\s+)?"
        rf"(?:{issuer.pattern})",
        rest,
        re.IGNORECASE,
    )
    if inner and rest[: inner.start()].strip():
        return rest[: inner.start()]
    return rest
