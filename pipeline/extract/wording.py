"""Whether a page reads like a completion certificate: the wording certificates use, the
wording invoices and cover letters use, and glyphs without a Unicode map that sit inside
certificate wording (so the line holds no value)."""

from __future__ import annotations

import re

from pipeline.extract.date_words import DATE_COMPLETION, DATE_END, DATE_START
from pipeline.extract.vocab import compile_words

# Words that show a page is a completion certificate, and words that show it is not.
CERTIFICATE_WORDS = [
    r"certificat\w*|\w*zertifikat\w*|teilnahmebestätigung|certificad[oa]|certificato|certificaat|attestation|attestato|\w*bescheinigung|diploma",
    r"\w*intyg|certifikat\w*|zaświadczenie|certyfikat\w*|getuigschrift|bewijs\s+van\s+deelname|deelnamecertificaat",
    r"sertifika\w*|başarıyla|tamamla\w*|belgesi|katılım",
    r"osvědčení|osvedčenie|absolvov\w*|úspěšně|úspešne",
    r"сертифікат\w*|свідоцтв\w*|засвідчує|успішно|constancia|"
    r"сертификат\w*|удостоверени\w*|свидетельств\w*|успешно\s+(?:заверши|окончи|прош)\w*|βεβαίωση|βεβαιωση|πιστοποιητικό|chứng\s+nhận|chứng\s+chỉ",
    r"certif(?:y|ies)\s+that|this\s+is\s+to\s+confirm",
    r"successfully|has\s+completed|complet(?:ed|ion)\s+(?:date|of)",
    r"awarded|presented\s+to|granted\s+to|achievement|attendance|participation",
    r"asistencia|participación|partecipazione",
    r"(?:for\s+)?complet(?:ing|ed)\s+the|successfully\s+completed|has\s+attended",
    r"certificate\s*(?:id|no|#|number)|certificate\s+of\s+\w+",
    r"credential|verif(?:y|ication)|validation\s+code",
    r"continuing\s+education|ce\s+credits?",
]
NOT_CERTIFICATE_WORDS = [
    r"invoice|bill\s+to|amount\s+due|subtotal|vat\s+(?:no|number)|tax\s+invoice|purchase\s+order",
    r"receipt|payment\s+method|total\s+(?:due|amount)|unit\s+price|quantity",
]


# Words of a cover letter: a page that reads like one is not the certificate itself.
LETTER_WORDS = [
    r"dear|sincerely|kind\s+regards|best\s+regards|yours\s+(?:truly|faithfully|sincerely)",
    r"please\s+find|attached|enclosed|thank\s+you\s+for",
]


_CERTIFICATE = compile_words(CERTIFICATE_WORDS)


# Each phrase alone, so that a shorter one matched first does not hide a longer one.
def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("a|b(?:c|d)" -> a, b(?:c|d))."""
    parts, depth, start = [], 0, 0
    for index, ch in enumerate(pattern):
        if ch == "(" and pattern[index - 1 : index] != "\\":
            depth += 1
        elif ch == ")" and pattern[index - 1 : index] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    return [*parts, pattern[start:]]


_CERTIFICATE_PHRASES = [
    compile_words([phrase]) for group in CERTIFICATE_WORDS for phrase in _alternatives(group)
]
_NOT_CERTIFICATE = compile_words(NOT_CERTIFICATE_WORDS)


def certificate_score(text: str) -> int:
    """How many distinct certificate phrases appear in text (0: nothing certificate-like);
    a heading set letter by letter ("C E R T I F I C A T E") counts as its word."""
    text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return len({m.group(0).lower() for m in _CERTIFICATE.finditer(text)})


_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){4,}[^\W\d_](?!\S)")


# What a glyph without a Unicode map most often is: a ligature, or one letter of a font
# subset whose map left it out.
_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl", "ft", "st", *"abcdefghijklmnopqrstuvwxyz")


def unreadable_is_wording(line: str, unreadable: str) -> bool:
    """Whether every unreadable glyph of `line` sits inside certificate wording once read as a
    ligature or a letter ("Certi\ufffdcate o\ufffd Completion"): such a line holds no value."""
    holes = re.compile(rf"[\w{unreadable}]*{unreadable}[\w{unreadable}]*")
    while unreadable in line:
        for word in holes.finditer(line):
            start, end = word.span()
            readings = (word.group(0).replace(unreadable, lig) for lig in _LIGATURES)
            read = next(
                (
                    r
                    for r in readings
                    if _inside_wording(line[:start] + r + line[end:], start, start + len(r))
                ),
                None,
            )
            if read is not None:
                line = line[:start] + read + line[end:]
                break
        else:
            return False
    return True


def _inside_wording(text: str, start: int, end: int) -> bool:
    return any(
        m.start() <= start and end <= m.end()
        for phrase in _CERTIFICATE_PHRASES
        for m in phrase.finditer(text)
    )


_LETTER = re.compile(
    r"(?<![\w])(?:" + "|".join(f"(?:{w})" for w in LETTER_WORDS) + r")(?![\w])", re.IGNORECASE
)


def page_score(text: str) -> int:
    """How much a page looks like the certificate itself rather than a letter about it."""
    letter = len({m.group(0).lower() for m in _LETTER.finditer(text)})
    return certificate_score(text) - 2 * letter


def non_certificate_score(text: str) -> int:
    """How many distinct invoice/receipt phrases appear in text."""
    return len({m.group(0).lower() for m in _NOT_CERTIFICATE.finditer(text)})


def _field_line(labels: list[str]) -> re.Pattern[str]:
    """A line that opens with one of the labels and then a date (a digit comes soon)."""
    words = "|".join(f"(?:{w})" for w in labels)
    return re.compile(rf"^\s*(?:{words})\s*[:.]?\s*(?=\S{{0,12}}\d)", re.IGNORECASE | re.MULTILINE)


_START_LINE = _field_line(DATE_START)
_END_LINE = _field_line([*DATE_END, *DATE_COMPLETION])


def details_page(text: str) -> bool:
    """Whether a page lists the course's dates as fields ("Start date 13 Jan 2025" /
    "End date 14 Mar 2025"): the certificate's details page, not a letter or a transcript."""
    return bool(_START_LINE.search(text) and _END_LINE.search(text))
