"""Whether text names an organisation (a school, a company, an event, a document) rather than
a person or a course."""

from __future__ import annotations

import re

from pipeline.text import loose

# Parts of words (after `text.loose`) that name institutions: never a course, never a person.
_INSTITUTION_WORDS = (
    r"academ|accadem|akademi|institu|univers|school|college|schule|escola|escuela|scuola|kulub|"
    r"dernek|\bassociation|associazione|verein|stiftung|gmbh|\bltd|\binc\b|"
    r"\bllc\b|\bs ?r ?l\b|\bsarl\b|\bsas\b|\bs a\b|\bb ?v$|\bministr|faculty|fakult|"
    r"\bcentro\b|\bcentrum\b|training cent|\bstichting\b"
)
_INSTITUTION = re.compile(_INSTITUTION_WORDS)
# ... and of events, documents and training that a course may be about, but a person never.
_ORGANISATION = re.compile(
    _INSTITUTION_WORDS + r"|centr|summit|conferen|congres|kongress|forum|symposi|training|"
    r"formaci|formacao|opleiding|badge|certif|zertifi|sertifi|βεβαιω|πιστοπ|σεμιναρ|сертиф|"
    r"удостов|свидетел|chung nhan|giay |zaswiad|belges|foundation|departm|s\.a\.|\bspa\b"
)


def is_organisation(value: str) -> bool:
    """Whether text names an organisation, an event or a document rather than a person."""
    return bool(_ORGANISATION.search(loose(value)) or _COMPANY_SA.search(value))


def is_institution(value: str) -> bool:
    """Whether text names a school, company or other institution (not a course)."""
    return bool(_INSTITUTION.search(loose(value)) or _COMPANY_SA.search(value))


# A company's "SA" ends its name as a word of its own, in capitals ("Redes Ibéricas SA"):
# not the end of a surname ("Okonkwo-Sá").
_COMPANY_SA = re.compile(r"(?<![\w-])SA\.?$")
