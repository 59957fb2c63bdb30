"""Titles in quotation marks, in every style the vocabulary's languages print them
("…", „…“, «…», 「…」), however many lines the quoted text runs onto."""

from __future__ import annotations

from pipeline.extract.geometry import join_wrapped

# Each opening mark and the marks that may close it.
OPENING = {"„": "“”", "«": "»", "“": "”", '"': '"', "‘": "’", "‹": "›", "‚": "‘’", "「": "」"}


def quote_opening(rest: str) -> int | None:
    """Where a quote opens near the start of `rest`, or None."""
    return next((i for i, ch in enumerate(rest[:60]) if ch in OPENING), None)


def find_quoted(rest: str, more: list[str]) -> tuple[str, int, bool] | None:
    """A title in quotes near the start of `rest`, with the lines it runs onto:
    (text, lines used, closed); None when no quote opens there."""
    opening = quote_opening(rest)
    if opening is None or (opening and rest[opening - 1].isalnum()):
        return None
    closing = OPENING[rest[opening]]
    text = rest[opening + 1 :]
    for used in range(len(more) + 1):
        if used:
            text = join_wrapped([text, more[used - 1]])
        end = next((i for i, ch in enumerate(text) if ch in closing), None)
        if end is not None:
            return text[:end].strip(), used, True
    return text.split("\n")[0].strip(), 0, False
