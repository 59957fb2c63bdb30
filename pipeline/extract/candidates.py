"""Finders: each walks the laid-out document and proposes candidate values for a field.

A candidate says what it found, where, how (`source`) and how much that way of finding is
worth (`confidence`). Choosing between candidates is the engine's job, not the finders'.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from pipeline.extract.checks import (
    clean_course,
    clean_name,
    code_is_certain_shape,
    code_problem,
    course_problem,
    is_name_like,
    uuid_in,
)
from pipeline.extract.dates import find_dates
from pipeline.extract.layout import BBox, Document, Line

# How much each layout relation between a label and its value is trusted.
SAME_LINE, RIGHT, BELOW, ABOVE, ABOVE_CAPTIONED = 1.0, 0.97, 0.93, 0.85, 0.92
# Values further than this many line heights from their label are not its value.
MAX_LABEL_DISTANCE = 3.0
# Certificates leave generous space between a sentence and the large value it introduces.
SENTENCE_REACH = 4.0


@dataclass(frozen=True)
class Candidate:
    """A proposed value for one field."""

    field: str
    value: str
    confidence: float
    page: int | None
    bbox: BBox | None
    source: str


@dataclass(frozen=True)
class LabelHit:
    """A label found on a line, and where its text ends."""

    line: Line
    label: str
    end: int  # offset in line.text right after the label and its punctuation
    label_only: bool  # the label is the whole line
    colon: bool  # punctuation (":" or "#") follows the label
    gap: float  # space between the label and the next word, in font sizes


# A value is accepted (and cleaned) or refused: refusal returns None.
Accept = Callable[[str], str | None]

_LABEL_PUNCT = re.compile(r"^\s*[:#=\-–—.]*\s*")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|(?<![\w@.])(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|my|edu|"
    r"learning|academy|training)(?:/[^\s<>\"']*)",
    re.IGNORECASE,
)
_URL_HINT = re.compile(
    r"verif|validat|certif|credential|badge|ude\.my|/UC-|/cert|/c/|/share/", re.IGNORECASE
)
_URL_PARAM_KEYS = {"id", "code", "cert", "certificate", "credential", "serial", "c", "verification"}
_CODE_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/=-]*$")


def find_labels(
    doc: Document, labels: re.Pattern[str], shadow: re.Pattern[str] | None = None
) -> Iterator[LabelHit]:
    """Every occurrence of a label in the document's lines.

    A hit inside a longer label of another kind ("Name" in "Course Name") is skipped:
    `shadow` matches every known label.
    """
    for line in doc.lines():
        longer = [m.span() for m in shadow.finditer(line.text)] if shadow else []
        for match in labels.finditer(line.text):
            start, end_ = match.span()
            label_start = start + len(match.group(0)) - len(match.group(0).lstrip())
            if any(
                s <= label_start and end_ <= e and (e - s) > (end_ - label_start) + 1
                for s, e in longer
            ):
                continue
            rest = _LABEL_PUNCT.match(line.text[match.end() :])
            end = match.end() + (rest.end() if rest else 0)
            before = line.text[: match.start()].strip()
            yield LabelHit(
                line=line,
                label=match.group(0),
                end=end,
                label_only=not before and not line.text[end:].strip(),
                colon=bool(re.search(r"[:#]\s*$", match.group(0)))
                or bool(re.match(r"\s*[:#]", line.text[match.end() :])),
                gap=_gap_after(line, match.end()),
            )


def _gap_after(line: Line, offset: int) -> float:
    """The space after the word ending at `offset`, in font sizes beyond the line's usual
    word spacing (letter-spaced lines space every word widely)."""
    gaps = [(b.bbox[0] - a.bbox[2]) / max(a.size, 1.0) for a, b in itertools.pairwise(line.words)]
    if not gaps:
        return 0.0
    usual = statistics.median(gaps)
    position = 0
    for index, word in enumerate(line.words[:-1]):
        position += len(word.text)
        if position >= offset:
            return gaps[index] - usual if len(gaps) > 2 else gaps[index] - 0.3
        position += 1
    return 0.0


# Without a colon, a label is told from a sentence's first word by the space after it.
LABEL_GAP = 0.8


def values_for_labels(
    doc: Document,
    labels: re.Pattern[str],
    any_label: re.Pattern[str],
    label_then_colon: re.Pattern[str],
    accept: Accept,
    *,
    field: str,
    confidence: float,
    first_token: bool = False,
    wrap: bool = False,
    not_a_value: Callable[[str], bool] | None = None,
    need_gap: bool = False,
) -> Iterator[Candidate]:
    """Values beside their labels: on the same line, to the right, below, or above.

    A neighbouring line that is itself a label ("Cisco ID" beside "Validation code"), or a
    sentence (`not_a_value`), is never a label's value. With `wrap`, a value below or above
    its label takes the lines that continue it.
    """
    lines = list(doc.lines())
    for hit in find_labels(doc, labels, any_label):
        line = hit.line
        if need_gap and not (hit.label_only or hit.colon or hit.gap >= LABEL_GAP):
            continue
        rest = line.text[hit.end :]
        next_label = label_then_colon.search(rest)
        if next_label and next_label.start() > 0:
            rest = rest[: next_label.start()]
        elif next_label:
            rest = ""
        raw = rest.strip()
        if raw:
            if first_token:
                raw = code_token(raw)
            start = line.text.index(raw, hit.end)
            value = accept(raw)
            if value:
                yield Candidate(
                    field,
                    value,
                    confidence * SAME_LINE,
                    line.page,
                    line.bbox_of(start, start + len(raw)),
                    f"label '{hit.label.strip()}'",
                )
            continue
        found: list[Candidate] = []
        for relation, weight, neighbour in _neighbours(line, lines, hit.label_only):
            if any_label.fullmatch(neighbour.text.strip(" :")):
                continue  # another label, e.g. the next column's heading
            if not_a_value is not None and not_a_value(neighbour.text):
                continue
            block = [neighbour]
            if wrap:
                block += _continuation(neighbour, lines)
            text = _join_wrapped([b.text for b in block])
            text = code_token(text) if first_token and text else text
            value = accept(text)
            if value:
                bbox = _union([neighbour.bbox_of(0, len(text)), *[b.bbox for b in block[1:]]])
                source = f"label '{hit.label.strip()}' ({relation})"
                found.append(
                    Candidate(field, value, confidence * weight, neighbour.page, bbox, source)
                )
        # A code with digits beats a word that merely passes the code check.
        found.sort(key=lambda c: field == "validation_code" and not code_is_certain_shape(c.value))
        if found:
            yield found[0]


def _neighbours(
    line: Line, lines: list[Line], label_only: bool
) -> Iterator[tuple[str, float, Line]]:
    """Lines that may hold a label's value, best relation first."""
    same_page = [other for other in lines if other.page == line.page and other is not line]
    right = [o for o in same_page if o.row == line.row and o.x0 >= line.x1]
    if right:
        yield "right", RIGHT, min(right, key=lambda o: o.x0)
    height = max(line.bottom - line.top, 1.0)
    below = [
        o
        for o in same_page
        if o.top >= line.bottom - 1
        and o.top - line.bottom <= MAX_LABEL_DISTANCE * height
        and _overlaps(o, line)
        and not _is_rule(o)
    ]
    above = (
        [
            o
            for o in same_page
            if o.bottom <= line.top + 1
            and line.top - o.bottom <= MAX_LABEL_DISTANCE * height
            and _overlaps(o, line)
            and not _is_rule(o)
        ]
        if label_only
        else []
    )
    nearest_below = min(below, key=lambda o: o.top - line.bottom) if below else None
    nearest_above = max(above, key=lambda o: o.bottom) if above else None
    options: list[tuple[float, str, float, Line]] = []
    if nearest_below is not None:
        options.append((nearest_below.top - line.bottom, "below", BELOW, nearest_below))
    if nearest_above is not None:
        # Old-style certificates print a small caption under a large value.
        weight = ABOVE_CAPTIONED if nearest_above.size > line.size * 1.1 else ABOVE
        options.append((line.top - nearest_above.bottom, "above", weight, nearest_above))
    for _, relation, weight, neighbour in sorted(options, key=lambda o: o[0]):
        yield relation, weight, neighbour


def _overlaps(a: Line, b: Line) -> bool:
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    return overlap > 0.3 * min(a.x1 - a.x0, b.x1 - b.x0)


def _is_rule(line: Line) -> bool:
    return not line.text.strip("_-–—=.· ")


def lines_after_trigger(
    doc: Document,
    triggers: re.Pattern[str],
    stops: list[str],
    accept: Accept,
    *,
    field: str,
    confidence: float,
    wrap: bool,
    filler: str | None = None,
    names: re.Pattern[str] | None = None,
) -> Iterator[Candidate]:
    """Values that follow a sentence opening, on the same line or on the line(s) below it.

    `filler` matches words that may stand between the opening and the value ("the official
    Cisco training"), and `names` the issuer's names; a line that ends in those alone has its
    value on the line below.
    """
    stop_re = re.compile("|".join(f"(?:{s})" for s in stops), re.IGNORECASE)
    sizes = [line.size for line in doc.lines()]
    body_size = statistics.median(sizes) if sizes else 0.0
    filler_re = (
        re.compile(rf"^(?:\W*{filler}(?!\w))*\W*$", re.IGNORECASE | re.VERBOSE) if filler else None
    )
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        # A sentence in the fine print (a footer's disclaimer) is weak evidence.
        weight = FINE_PRINT if line.size < FINE_PRINT * body_size else 1.0
        for match in triggers.finditer(line.text):
            if _is_table_label(line, match, lines):
                continue
            rest = line.text[match.end() :]
            source = f"sentence '{match.group(0).strip()}'"
            if wrap:
                title = _title_below(line, lines[index + 1 :], accept)
                if title is not None:
                    text, block = title
                    bbox = _union([b.bbox for b in block])
                    yield Candidate(field, text, confidence * weight, block[0].page, bbox, source)
                    continue
            # The issuer's own name is filler too: "has completed the Cisco U. learning path".
            plain = names.sub(" ", rest) if names is not None else rest
            if filler_re is not None and filler_re.match(plain):
                rest = ""
            if rest.strip(' :,."“”'):
                value = _cut(rest, stop_re)
                start = line.text.find(value, match.end()) if value else -1
                start = start if start >= 0 else match.end()
                block = [line]
                # A value that runs to the end of its line may go on in the next lines of
                # the paragraph; the stop words then end it wherever it ends.
                if wrap and not stop_re.search(rest) and not find_dates(rest):
                    block += _continuation(line, lines[index + 1 :])
                text = _cut(_join_wrapped([rest.strip(), *[b.text for b in block[1:]]]), stop_re)
                accepted = accept(text)
                if accepted:
                    boxes = [line.bbox_of(start, start + len(value))] + [b.bbox for b in block[1:]]
                    yield Candidate(
                        field, accepted, confidence * weight, line.page, _union(boxes), source
                    )
                continue
            below = _line_below(line, lines[index + 1 :], reach=SENTENCE_REACH)
            if below is None:
                continue
            block = [below] + (_continuation(below, lines) if wrap else [])
            text = _join_wrapped([_cut(b.text, stop_re) for b in block])
            accepted = accept(text)
            if accepted:
                bbox = _union([b.bbox for b in block])
                yield Candidate(
                    field, accepted, confidence * 0.97 * weight, below.page, bbox, source
                )


# Sentences set this much smaller than the page's usual text are fine print.
FINE_PRINT = 0.8
# A value set this much larger than the sentence introducing it is the value itself.
TITLE_SIZE = 1.15


def _title_below(
    line: Line, following: list[Line], accept: Accept
) -> tuple[str, list[Line]] | None:
    """The title a sentence introduces: the next lines set clearly larger than the sentence.

    "has completed all modules, labs and the capstone of" / (small print) / BIG TITLE — the
    sentence's own words are not the course; the large line under it is.
    """
    height = max(line.bottom - line.top, 1.0)
    looked = 0
    for other in following:
        if other.page != line.page or other.row == line.row or other.top <= line.top:
            continue
        if other.top - line.bottom > SENTENCE_REACH * max(height, other.bottom - other.top):
            return None
        looked += 1
        if looked > 3:
            return None
        if other.size >= TITLE_SIZE * line.size and (
            _overlaps(other, line)
            or abs(_centre(other) - _centre(line)) < 0.5 * (line.x1 - line.x0)
        ):
            block = [other, *_continuation(other, following)]
            text = accept(_join_wrapped([b.text for b in block]))
            return (text, block) if text else None
    return None


def _is_table_label(line: Line, match: re.Match[str], lines: list[Line]) -> bool:
    """A trigger word that is a whole cell with a value beside it ("Completed | Mar 11")."""
    if line.text[: match.start()].strip() or line.text[match.end() :].strip(" :"):
        return False
    return any(o.row == line.row and o.page == line.page and o.x0 > line.x1 for o in lines)


def _cut(text: str, stop_re: re.Pattern[str]) -> str:
    """The start of text up to its first stop word or date."""
    text = text.lstrip(" ,:;")
    end = len(text)
    stop = stop_re.search(text)
    if stop:
        end = stop.start()
    dates = find_dates(text[:end])
    if dates:
        end = dates[0].span[0]
    value = text[:end]
    value = re.sub(
        r"(?:\s+(?:on|from|between|dated?|held|in|at|am|le|el|il|op|the))+\s*$",
        "",
        value,
        flags=re.IGNORECASE,
    )
    return value.strip(" ,;:.")


def _join_wrapped(parts: list[str]) -> str:
    """Join the lines of a wrapped value; a line ending in a hyphen ("SD-") joins tight."""
    text = ""
    for part in parts:
        if text.endswith("-") and text[-2:-1].isalpha():
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text


def _line_below(
    line: Line, following: list[Line], *, reach: float = MAX_LABEL_DISTANCE
) -> Line | None:
    for other in following:
        if other.page != line.page or other.row == line.row:
            continue
        height = max(line.bottom - line.top, other.bottom - other.top, 1.0)
        if other.top - line.bottom > reach * height:
            return None
        if _is_rule(other):
            continue
        if _overlaps(other, line) or abs(_centre(other) - _centre(line)) < 0.5 * (
            line.x1 - line.x0
        ):
            return other
    return None


def _continuation(first: Line, lines: list[Line]) -> list[Line]:
    """Lines that carry on a wrapped value: same size, right below, aligned, and not a cell
    of a table row (a line sharing its row with another column)."""
    block: list[Line] = []
    current = first
    rows = Counter((line.page, line.row) for line in lines)
    for other in lines:
        if other.page != first.page or other.row <= current.row or other.top <= current.top:
            continue
        if rows[(other.page, other.row)] > 1:
            break
        size = current.size
        # Wrapped lines of one paragraph sit closer than a line of text apart.
        if other.top - current.bottom > 0.5 * size:
            break
        if abs(other.size - size) > 0.1 * size or not _overlaps(other, current):
            break
        if find_dates(other.text) or other.text.rstrip().endswith(":") or _URL.search(other.text):
            break
        block.append(other)
        current = other
        if len(block) >= 2:
            break
    return block


def _centre(line: Line) -> float:
    return (line.x0 + line.x1) / 2


def _union(boxes: list[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


_VERB_FIRST = re.compile(
    r"^\s*(?:has|have|hat|ha|a|heeft)\s+(?:successfully|erfolgreich|obtenido|obtained|achieved|"
    r"completed|attended|passed|earned|demonstrated|met|fulfilled|réussi|suivi|completado|"
    r"completato|finished|participated|taken)\b",
    re.IGNORECASE,
)


def names_before_course(
    doc: Document, triggers: re.Pattern[str], *, confidence: float
) -> Iterator[Candidate]:
    """The learner's name just before 'has successfully completed', on its line or above."""
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        verb_first = _VERB_FIRST.match(line.text)
        matches = [verb_first] if verb_first else list(triggers.finditer(line.text))
        for match in matches:
            before = clean_name(line.text[: match.start()])
            if before:
                if is_name_like(before):
                    yield Candidate(
                        "learner_name",
                        before,
                        confidence,
                        line.page,
                        line.bbox_of(0, len(before)),
                        "sentence (name before the course)",
                    )
                continue
            above = _line_above(line, lines[:index])
            if above is not None and is_name_like(clean_name(above.text)):
                yield Candidate(
                    "learner_name",
                    clean_name(above.text),
                    confidence * 0.95,
                    above.page,
                    above.bbox,
                    "layout (name above 'completed')",
                )


def _line_above(line: Line, previous: list[Line]) -> Line | None:
    height = max(line.bottom - line.top, 1.0)
    for other in reversed(previous):
        if other.page != line.page or other.row == line.row:
            continue
        if line.top - other.bottom > MAX_LABEL_DISTANCE * max(height, other.bottom - other.top):
            return None
        if _is_rule(other):
            continue
        return other if _overlaps(other, line) or abs(_centre(other) - _centre(line)) < 60 else None
    return None


def codes_in_urls(doc: Document, *, confidence: float) -> Iterator[Candidate]:
    """Codes carried by verification URLs ('Verify at https://…/verify/CODE')."""
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        for match in _URL.finditer(line.text):
            url = match.group(0).rstrip(".,;)")
            if not _URL_HINT.search(url):
                continue
            source = "verification URL"
            weight = 1.0
            end = match.start() + len(url)
            if end >= len(line.text.rstrip()) - 1:
                joined = _join_wrapped_url(url, line, lines[index + 1 :])
                if joined != url:
                    url, source, weight = joined, "verification URL (wrapped onto two lines)", 0.95
            code = _code_from_url(url)
            if code:
                yield Candidate(
                    "validation_code",
                    code,
                    confidence * weight,
                    line.page,
                    line.bbox_of(match.start(), end),
                    source,
                )


def _join_wrapped_url(url: str, line: Line, following: list[Line]) -> str:
    below = _line_below(line, following)
    if below is None or len(below.words) != 1:
        return url
    token = below.words[0].text
    height = max(line.bottom - line.top, 1.0)
    aligned = abs(below.x0 - line.x0) < 2 * height or below.x0 <= line.x0 + 1
    if not aligned or not _CODE_TOKEN.match(token) or below.top - line.bottom > 0.8 * height:
        return url
    return url + token


def _code_from_url(url: str) -> str | None:
    parts = urlsplit(url if "://" in url else "https://" + url)
    for key, value in parse_qsl(parts.query):
        if key.lower() in _URL_PARAM_KEYS and value and code_problem(value) is None:
            return value
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    last = segments[-1]
    if re.fullmatch(
        r"(?:verify|verification|validate|certificate|certificates|badges?|share)", last, re.I
    ):
        return None
    found_uuid = uuid_in(last)
    if found_uuid and len(found_uuid) >= len(last) - 4:
        return last
    return last if code_problem(last) is None and code_is_certain_shape(last) else None


def codes_in_file_name(doc: Document, *, confidence: float) -> Iterator[Candidate]:
    """An ID only in the downloaded file's name (some platforms put a UUID there)."""
    found = uuid_in(doc.file_name)
    if found:
        yield Candidate(
            "validation_code", found, confidence, None, None, "file name (not printed on the page)"
        )


def form_field_values(
    doc: Document,
    labels: dict[str, re.Pattern[str]],
    accepts: dict[str, Accept],
    *,
    confidence: float,
) -> Iterator[Candidate]:
    """Values kept in form fields whose names read like a field's label."""
    for name, raw in doc.form_fields:
        readable = re.sub(r"(?<=[a-z])(?=[A-Z])|[_.\-]+", " ", name)
        for field, pattern in labels.items():
            if pattern.search(readable):
                value = accepts[field](raw)
                if value:
                    yield Candidate(
                        field,
                        value,
                        confidence,
                        _page_of(doc, raw),
                        _bbox_of(doc, raw),
                        f"form field '{name}'",
                    )
                break


def _page_of(doc: Document, value: str) -> int | None:
    for line in doc.lines():
        if value in line.text:
            return line.page
    return None


def _bbox_of(doc: Document, value: str) -> BBox | None:
    for line in doc.lines():
        position = line.text.find(value)
        if position >= 0:
            return line.bbox_of(position, position + len(value))
    return None


def pattern_values(
    doc: Document,
    field: str,
    pattern: re.Pattern[str],
    accept: Accept,
    *,
    source: str,
    confidence: float,
) -> Iterator[Candidate]:
    """Values matched by a profile's own regular expression (first group, or the match)."""
    for page in doc.pages:
        for match in pattern.finditer(page.text):
            raw = match.group(1) if pattern.groups else match.group(0)
            value = accept(raw.strip())
            if value:
                yield Candidate(
                    field, value, confidence, page.number, _bbox_of(doc, raw.strip()), source
                )


def prominent_text(
    doc: Document,
    accept: Accept,
    *,
    field: str,
    skip: Callable[[str], bool],
    clear: float,
    unsure: float,
) -> Iterator[Candidate]:
    """Fallback: the largest text on the page that passes `accept` and is not skipped.

    Certificates print the learner and the course far larger than anything else; when no
    label or sentence names them (labels drawn as images, a bare layout) size is the clue.
    Confidence is `clear` when one block stands out, `unsure` when another is as large.
    """
    lines = list(doc.lines())
    if not lines:
        return
    body = statistics.median(line.size for line in lines)
    blocks: list[tuple[float, Line, list[Line], str]] = []
    used: set[int] = set()
    for line in sorted(lines, key=lambda item: (-item.size, item.top)):
        if id(line) in used or line.size < 1.3 * body or skip(line.text):
            continue
        block = [line, *_continuation(line, lines)]
        block = [b for b in block if not skip(b.text)]
        used.update(id(b) for b in block)
        value = accept(_join_wrapped([b.text for b in block]))
        if value and len(value.split()) >= 2:
            blocks.append((line.size, line, block, value))
    if not blocks:
        return
    size, line, block, value = blocks[0]
    stands_out = len(blocks) == 1 or blocks[1][0] < 0.87 * size
    if len(block) == 1 and value.isupper():
        stands_out = False  # one line in capitals: a heading or a brand more often than not
    yield Candidate(
        field,
        value,
        clear if stands_out else unsure,
        line.page,
        _union([b.bbox for b in block]),
        "layout (largest text)",
    )


def standalone_codes(doc: Document, decoys: set[str], *, confidence: float) -> Iterator[Candidate]:
    """Fallback: a lone code-shaped token with no label (labels drawn as images)."""
    for line in doc.lines():
        if len(line.words) != 1:
            continue
        token = line.words[0].text
        if token in decoys or code_problem(token) or not code_is_certain_shape(token):
            continue
        if len(token) >= 8 and any(c.isalpha() for c in token):
            yield Candidate(
                "validation_code",
                token,
                confidence,
                line.page,
                line.bbox,
                "layout (code-shaped text without a label)",
            )


_GROUP = re.compile(r"[A-Z0-9]{3,6}")


def code_token(text: str) -> str:
    """The code at the start of text: its first token, or groups printed apart ("HF7K 29QD
    M3ZP": upper-case letters and digits in groups of one length)."""
    tokens = text.split()
    groups = [tokens[0]]
    for token in tokens[1:6]:
        if not (_GROUP.fullmatch(token) and _GROUP.fullmatch(groups[0])):
            break
        if len(token) != len(groups[0]):
            break
        groups.append(token)
    return " ".join(groups) if len(groups) >= 3 else tokens[0]


def accept_code(raw: str) -> str | None:
    """A certificate code as printed (or carried by a URL printed as the value), or None."""
    value = raw.strip(" .,;:()[]\"'")
    if _URL.fullmatch(value):
        return _code_from_url(value)
    return value if code_problem(value) is None else None


def accept_course(raw: str) -> str | None:
    """A cleaned course name, or None."""
    value = clean_course(raw)
    return value if course_problem(value) is None else None


def accept_name(raw: str) -> str | None:
    """A cleaned person's name, or None."""
    value = clean_name(raw)
    return value if is_name_like(value) else None


def accept_issuer(raw: str) -> str | None:
    """An organisation's name as printed after 'issued by', or None."""
    value = re.split(r"\s{2,}|\s[-–|]\s|[,;(]", raw.strip())[0].strip(" .:")
    words = value.split()
    if not 1 <= len(words) <= 6 or not value[:1].isupper() or find_dates(value):
        return None
    return value
