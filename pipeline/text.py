"""The one text normaliser: how ceinbox compares names, titles, codes and words.

Unicode-aware on purpose: letters of every script are kept (two different Cyrillic course
names never "agree", a Greek owner name matches its own certificate). Width, ligatures and
case go (NFKC + casefold); so do punctuation and runs of spaces. `loose` also drops accents
(and Turkish dotless ı), for people's names typed without them.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "loose", "names_match", "words"]

# Anything that is neither a letter nor a digit (in any script) separates words.
_SEPARATORS = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Case-, width- and punctuation-insensitive form: 'Ｃisco  U.' -> 'cisco u'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SEPARATORS.sub(" ", folded).strip()


def loose(text: str) -> str:
    """`fold` without accents either: 'José Müller' and 'JOSE MULLER' agree."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return fold(bare.replace("ı", "i"))


def words(text: str) -> list[str]:
    """The `loose` words of text."""
    return loose(text).split()


def names_match(owner: str, printed: str) -> bool:
    """Whether a printed name is the owner's (accents, case, order and middle names aside)."""

    def tokens(name: str) -> set[str]:
        return {t for t in words(name) if len(t) > 1 and not t.isdigit()}

    mine, theirs = tokens(owner), tokens(printed)
    if not mine or not theirs:
        return False
    shared = mine & theirs
    return shared in (mine, theirs) or len(shared) >= 2
