"""The day/month order a certificate's language implies, when no date on it settles it.

Only English is written both ways (4/10/2023 is 10 April in London, 4 October in New York).
Every other language a certificate is written in puts the day first, so a page whose wording
is mostly such a language reads 10/08/23 as 10 August. English wording, or too little of
anything, settles nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.dates import NumericOrder

# Short words that occur in every sentence of their language and are not English words.
_FUNCTION_WORDS = {
    "German": "der das und für mit von den dem des ist wird wurde zum zur eine einer nicht auf",
    "Dutch": "het en voor met van een heeft",
    "French": "le la les et pour avec du une est été au aux par sur",
    "Spanish": "el los las y para con del ha sido que",
    "Italian": "il gli della per è stato",
    "Portuguese": "os da do uma foi em na no com",
    "Polish": "że się jest został dla oraz jako",
    "Turkish": "ve ile için bir",
    "Swedish": "och för som att ett",
}
_DAY_FIRST_WORDS = frozenset(w for words in _FUNCTION_WORDS.values() for w in words.split())
_ENGLISH_WORDS = frozenset(
    ("the", "and", "of", "for", "has", "with", "this", "that", "to", "on", "is", "was", "by")
)
_WORD = re.compile(r"[^\W\d_]+")
# Scripts whose languages all put the day first (Cyrillic, Greek).
_DAY_FIRST_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_ENOUGH = 4


def order_of_language(text: str) -> NumericOrder | None:
    """'dmy' when the wording of a page (pages are separated by form feeds) is mostly a
    language that writes the day first, else None. A certificate printed in two languages
    (German, then English) dates both pages alike: the English page settles nothing."""
    for page in text.split("\f"):
        if _order_of_page(page) is not None:
            return "dmy"
    return None


def _order_of_page(text: str) -> NumericOrder | None:
    words = Counter(w.lower() for w in _WORD.findall(text))
    day_first = sum(n for w, n in words.items() if w in _DAY_FIRST_WORDS)
    english = sum(n for w, n in words.items() if w in _ENGLISH_WORDS)
    script = len(_DAY_FIRST_SCRIPT.findall(text))
    if script >= 10 * _ENOUGH and script > 4 * english:
        return "dmy"
    if day_first >= _ENOUGH and day_first >= 3 * english:
        return "dmy"
    return None
