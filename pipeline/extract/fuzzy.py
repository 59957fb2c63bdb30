"""Text that is nearly the same: a template's fixed words as OCR reads them on a scan.

OCR drops, doubles and confuses a few letters ("Si attesta che" → "“Si attesta che |"), so a
layout's fixed text on a scan is found by similarity, never by equality; values are still
checked exactly (their shape), so a loose anchor never loosens a value.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.text import fold

# Folded texts at least this similar (difflib's ratio) are the same fixed text.
SAME_TEXT = 0.8
# Phrases shorter than this are matched exactly only: a short word is too easily "similar".
SHORTEST = 8


def similar(a: str, b: str) -> float:
    """How alike two texts are once folded, 0–1."""
    left, right = fold(a), fold(b)
    if not left or not right:
        return 0.0
    return SequenceMatcher(None, left, right, autojunk=False).ratio()


def find_phrase(phrase: str, text: str, *, least: float = SAME_TEXT) -> tuple[int, int] | None:
    """(start, end) of the run of words in text most like phrase, if at least `least` alike."""
    if len(fold(phrase)) < SHORTEST:
        return None
    words = [m.span() for m in re.finditer(r"\S+", text)]
    size = len(phrase.split())
    best: tuple[float, int, int] | None = None
    for count in range(max(1, size - 1), size + 2):
        for first in range(len(words) - count + 1):
            start, end = words[first][0], words[first + count - 1][1]
            score = similar(phrase, text[start:end])
            if score >= least and (best is None or score > best[0]):
                best = (score, start, end)
    return (best[1], best[2]) if best else None
