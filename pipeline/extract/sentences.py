"""Values that follow a sentence's opening ("This is to certify that …", "has completed …")."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterator

from pipeline.extract.candidates import Accept, Candidate
from pipeline.extract.course_checks import COLUMN_HEAD_WORDS
from pipeline.extract.dates import find_dates
from pipeline.extract.geometry import (
    SENTENCE_REACH,
    continuation,
    join_wrapped,
    line_below,
    paragraph_continuation,
    union,
)
from pipeline.extract.layout import Document, Line
from pipeline.extract.quotes import find_quoted, quote_opening
from pipeline.extract.sentence_parts import (
    FORM_BEFORE_TITLE,
    LEAD_IN,
    SECOND_PREDICATE,
    name_run_on,
    title_below,
)
from pipeline.extract.value_trims import (
    without_issuer,
    without_leading_institution,
    without_organisation,
)


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
    issuer: re.Pattern[str] | None = None,
    labels: re.Pattern[str] | None = None,
) -> Iterator[Candidate]:
    """Values that follow a sentence opening, on the same line or on the line(s) below it.

    `filler` matches words that may stand between the opening and the value ("the official
    Cisco training"), and `names` the issuer's names; a line that ends in those alone has its
    value on the line below; a line below that is a label (`labels`) is not the value.
    """
    stop_re = re.compile("|".join(f"(?:{s})" for s in stops), re.IGNORECASE)
    sizes = [line.size for line in doc.lines()]
    body_size = statistics.median(sizes) if sizes else 0.0
    smallest = min(sizes) if sizes else 0.0
    filler_re = (
        re.compile(rf"^(?:\W*{filler}(?!\w))*\W*$", re.IGNORECASE | re.VERBOSE) if filler else None
    )
    lines = list(doc.lines())
    for index, line in enumerate(lines):
        # A sentence in the fine print (a footer's disclaimer: small beside the page's
        # text, and among its smallest) is weak evidence.
        fine = line.size < FINE_PRINT * body_size and line.size <= _SMALLEST_TIER * smallest
        weight = FINE_PRINT if fine else 1.0
        if _LIST_HEADING.match(line.text):
            continue  # "Courses completed:" heads a list of the parts, not the course
        for match in triggers.finditer(line.text):
            if _is_table_label(line, match, lines):
                continue
            rest = line.text[match.end() :]
            # ('… marked as "completed".': the quote closes, then the sentence.)
            if rest.strip().lstrip("\"'”’»").startswith(".") or _ENDS_HERE.fullmatch(rest):
                continue  # "… completed the evening course.": the sentence ends, no value
            if rest.strip().startswith("(") or _COLUMN_HEADS.fullmatch(rest):
                continue  # "Passed (practical 87%, …)", "Completed Hours Result": no title
            source = f"sentence '{match.group(0).strip()}'"
            if wrap:
                title = title_below(line, lines[index + 1 :], accept)
                if title is not None and (cut := accept(_cut(title[0], stop_re))):
                    # ("Introduction to Cybersecurity" / "course, administered by …")
                    text, block = cut, title[1]
                    bbox = union([b.bbox for b in block])
                    unsure = _UNSURE_END if _whole_and_part(block) else 1.0
                    yield Candidate(
                        field, text, confidence * weight * unsure, block[0].page, bbox, source
                    )
                    continue
            # "completed and received a passing grade in X": the second verb's words too
            # stand between the opening and the value.
            rest = SECOND_PREDICATE.sub("", rest, count=1)
            # "certificamos que o aluno Jane Doe", "completed 1 hour and 51 minutes of X":
            # a role or a duration stands between the opening and the value.
            rest = LEAD_IN.sub("", rest, count=1)
            # The issuer's own name is filler too: "has completed the Cisco U. learning path".
            plain = names.sub(" ", rest) if names is not None else rest
            if _POINTS_ELSEWHERE.match(plain):
                break  # "… completed the course listed, …": the value is in the table
            if filler_re is not None and filler_re.match(plain) and quote_opening(rest) is None:
                rest = ""  # (a quote that opens at the line's end holds the value below)
            elif issuer is not None:
                rest = without_issuer(rest, issuer)
            if rest.strip(' :,."“”'):
                following = paragraph_continuation(line, lines[index + 1 :]) if wrap else []
                found = _sentence_value(line, rest, following, stop_re, wrap)
                if not wrap and found is not None:
                    found = name_run_on(found, rest, line, lines[index + 1 :], stop_re)
                if found is not None:
                    text, block, sure = found
                    if wrap:
                        text = without_organisation(text, line, lines)
                        text = without_leading_institution(text, line, lines)
                        text = FORM_BEFORE_TITLE.sub("", text, count=1)
                    if block and issuer is not None:  # the brand may follow a line break
                        text = without_issuer(text, issuer)
                    accepted = accept(text)
                    if accepted:
                        start = line.text.find(text.split()[0], match.end())
                        start = start if start >= 0 else match.end()
                        boxes = [line.bbox_of(start, len(line.text))] + [b.bbox for b in block]
                        said = Candidate(
                            field,
                            accepted,
                            confidence * weight * (1.0 if sure else _UNSURE_END),
                            line.page,
                            union(boxes),
                            source,
                        )
                        # "… attended the full-day tutorial" / "Zero Trust Network Access":
                        # the sentence's own lower-case words end its line, the title
                        # stands on the next.
                        titled = (
                            _title_on_next_line(line, lines[index + 1 :], accept, stop_re)
                            if wrap and not block and accepted[:1].islower()
                            else None
                        )
                        if titled is not None:
                            text, block = titled
                            said = Candidate(
                                field,
                                text,
                                confidence * 0.97 * weight,
                                block[0].page,
                                union([b.bbox for b in block]),
                                source,
                            )
                        yield said
                        break  # later openings on the line are inside this sentence
                continue
            below = line_below(line, lines[index + 1 :], reach=SENTENCE_REACH)
            if below is None or (filler_re is not None and filler_re.match(below.text)):
                continue  # "… completed the" / "following course.": the value is elsewhere
            if labels is not None and labels.fullmatch(below.text.strip(" :")):
                continue  # "… the chapter meeting presentation" / "Presentation | …": a form
            quoted = find_quoted(below.text, []) if wrap else None
            if quoted is not None:
                after = paragraph_continuation(below, lines[lines.index(below) + 1 :])
                found = _sentence_value(below, below.text, after, stop_re, wrap)
                if found is None or not (accepted := accept(found[0])):
                    continue
                block, sure = [below, *found[1]], found[2]
            else:
                block = [below] + (continuation(below, lines) if wrap else [])
                text = without_leading_institution(_block_text(block, stop_re), below, lines)
                if not (accepted := accept(text)):
                    continue
                sure = not _whole_and_part(block)
            bbox = union([b.bbox for b in block])
            # Fine print is the page's smallest text: a sentence set larger than the value
            # under it is not fine print, however small beside the headings.
            if below.size < line.size:
                weight = 1.0
            yield Candidate(
                field,
                accepted,
                confidence * 0.97 * weight * (1.0 if sure else _UNSURE_END),
                below.page,
                bbox,
                source,
            )


def _title_on_next_line(
    line: Line, following: list[Line], accept: Accept, stop_re: re.Pattern[str]
) -> tuple[str, list[Line]] | None:
    """The title on the line under a sentence, with the lines it wraps onto: set no smaller
    than the sentence, opening with a capital or a digit, and not a sentence itself."""
    below = line_below(line, following, reach=SENTENCE_REACH)
    if below is None or below.size < 0.95 * line.size or not below.text[:1].isupper():
        return None
    if below.size <= 1.05 * line.size and below.text.rstrip().endswith("."):
        return None  # "… and earned 18" / "CPE credits.": the sentence's own last line
    block = [below, *continuation(below, following)]
    text = _block_text(block, stop_re)
    value = accept(text) if text and not text.rstrip().endswith(".") else None
    return (value, block) if value else None


def _block_text(block: list[Line], stop_re: re.Pattern[str]) -> str:
    """A value's wrapped lines joined, cut at its stop words: a stop word may open a wrapped
    line too ("…Internship" / "during May 2023"), and a line cut short ends the value ("…
    (RO-294) on 27 March" / "2025."). A course noun before the title is the sentence's
    ("the" / "course Automating Linux …")."""
    kept: list[str] = []
    for line in block:
        kept.append(_cut(line.text, stop_re))
        if stop_re.search(" " + line.text) or find_dates(line.text):
            break
    kept = [text for text in kept if text]
    return _LEADING_NOUN.sub("", _cut(join_wrapped(kept), stop_re), count=1)


_LEADING_NOUN = re.compile(
    r"^(?:course|training|program(?:me)?|class|workshop|webinar|module)\s+(?=[A-Z0-9])"
)


def _whole_and_part(block: list[Line]) -> bool:
    """Whether the lines name a programme and then one part of it, in one style
    ("Cloud Security Professional Program" / "Module 3 — Identity…"): which is the course
    is for a person to say."""
    return any(
        _WHOLE.search(above.text) and _PART.match(below.text)
        for above, below in itertools.pairwise(block)
    )


_WHOLE = re.compile(
    r"\b(?:program(?:me)?|track|path|series|speciali[sz]ation|curriculum|certificate)\s*$",
    re.IGNORECASE,
)
_PART = re.compile(r"(?:module|part|unit|lesson|chapter|section|course)\s+\d", re.IGNORECASE)


# A few lowercase words and a full stop ("… has completed the course shown."): the sentence
# ends on its line; unless it points below ("named below", "ci-dessous"), no value follows.
_ENDS_HERE = re.compile(
    r"\s*(?!.*\b(?i:below|following|overleaf|unten|folgende[nr]?|ci-dessous|suivante?s?|"
    r"abajo|siguientes?|seguinte|sotto|seguente)\b)(?:[a-zß-ÿ]+\s+){0,7}[a-zß-ÿ]+\.\s*"
)
# A table's heading row read as one line ("Completed Hours Result"): its words head columns.
_COLUMN_HEADS = re.compile(rf"(?:\s*(?:{COLUMN_HEAD_WORDS})){{2,}}\s*", re.IGNORECASE)
_PARTS = r"(?:courses|modules|lessons|sessions|topics|units|kurse|cours|cursos|corsi)"
_LIST_HEADING = re.compile(
    rf"^\s*(?:{_PARTS}\s+"
    r"(?:completed|included|covered|taken|attended|abgeschlossen|suivis|completados|completati)"
    rf"|completed\s+{_PARTS})\s*:?\s*$",
    re.IGNORECASE,
)
# A value whose end cannot be told (an unclosed quote, a dangling "and") is unsure.
_UNSURE_END = 0.65
# A sentence that points at the course printed elsewhere names none itself.
_POINTS_ELSEWHERE = re.compile(
    r"^\W*(?:the\s+)?(?:[\w.]+\s+){0,3}?(?:course|program(?:me)?|training|module|class)s?\s+"
    r"(?:listed|named|shown|described|specified|indicated|detailed|mentioned|below|above)\b",
    re.IGNORECASE,
)
# A wrapped line ending in one of these goes on: a title never ends there.
_DANGLING = re.compile(
    r"(?:\s(?:and|or|of|for|with|the|to|in|on|a|an|e|y|et|und|oder|der|die|das|des|de|du|"
    r"la|le|les|del|di|da|do|dos|das|em|en|van|voor|met|i|oraz|w|z|na|и|в|с|на|και|του|της|"
    r"ve|ile|và|của)|[-–—:,&/(])\s*$",
    re.IGNORECASE,
)
_LABEL_START = re.compile(r"^\s*[^\W\d_][\w .'’/-]{0,30}:\s")


def _sentence_value(
    line: Line,
    rest: str,
    following: list[Line],
    stop_re: re.Pattern[str],
    wrap: bool,
) -> tuple[str, list[Line], bool] | None:
    """The value after a sentence opening: (text, continuation lines used, sure).

    A quoted title is everything up to its closing quote, however many lines it takes; an
    unquoted one ends at a stop word or date, and goes on to the next lines of the paragraph
    only when its line is full (it wrapped) or ends in a word a title cannot end with.
    """
    # A quote that opens before the first stop word holds the title, stop words and all.
    stop = stop_re.search(rest)
    quoted = find_quoted(rest, [b.text for b in following])
    opens = quote_opening(rest)
    if (
        wrap
        and quoted is not None
        and (stop is None or (opens is not None and opens < stop.start()))
    ):
        title, lines_used, closed = quoted
        return title, following[:lines_used], closed
    if wrap and opens is None and following and _LOWER_WORDS.fullmatch(rest):
        # "… completed the professional certificate" / "program "Network …"": the quote
        # opens on the next line, after the sentence's own words.
        joined = join_wrapped([rest.strip(), following[0].text])
        quoted = find_quoted(joined, [b.text for b in following[1:]])
        if quoted is not None and _LOWER_WORDS.fullmatch(joined[: quote_opening(joined)]):
            title, lines_used, closed = quoted
            return title, following[: lines_used + 1], closed
    value = _cut(rest, stop_re)
    if not value:
        return None
    runs_on = wrap and value == rest.strip(" ,:;.") and bool(following)
    if runs_on and not _DANGLING.search(rest) and not _wrapped(line, following):
        runs_on = False
    if not runs_on:
        return value, [], not (wrap and _DANGLING.search(value + " "))
    used: list[Line] = []
    for other in following:
        if _LABEL_START.match(other.text):
            break
        used.append(other)
        joined = _cut(join_wrapped([rest.strip(), *[b.text for b in used]]), stop_re)
        if len(joined) < len(join_wrapped([rest.strip(), *[b.text for b in used]])):
            break  # the value ends on this line
    if not used:
        return value, [], not _DANGLING.search(value + " ")
    text = _cut(join_wrapped([rest.strip(), *[b.text for b in used]]), stop_re)
    return text, used, not _DANGLING.search(text + " ")


def _wrapped(line: Line, following: list[Line]) -> bool:
    """Whether a line was broken for width: it is about as wide as its paragraph's widest."""
    widest = max(o.x1 - o.x0 for o in [line, *following])
    return line.x1 - line.x0 >= 0.85 * widest


# A sentence's own words before a value: a few lower-case words, nothing else.
_LOWER_WORDS = re.compile(r"\s*(?:[a-z][a-z-]*\s+){0,5}[a-z][a-z-]*\s*")


# Sentences set this much smaller than the page's usual text are fine print.
FINE_PRINT = 0.8
# Text up to this much larger than the page's smallest is still its fine print.
_SMALLEST_TIER = 1.15


# A cell holding a number or a score ("94.3%", "88 / 100", "12.5 hours").
_SCORE_CELL = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*(?:%|/\s*\d+|points?|pts|hours?|h)?\s*$", re.I)


def _is_table_label(line: Line, match: re.Match[str], lines: list[Line]) -> bool:
    """A trigger word that is a whole cell with a value beside it ("Completed | Mar 11"), or
    ends a cell with a date or a score beside it ("Final assessment passed | January 23,
    2025", "Grade achieved | 94.3%")."""
    if line.text[match.end() :].strip(" :"):
        return False
    beside = [o for o in lines if o.row == line.row and o.page == line.page and o.x0 > line.x1]
    if not line.text[: match.start()].strip():
        return bool(beside)
    return any(
        _SCORE_CELL.match(o.text) or ((found := find_dates(o.text)) and found[0].span[0] == 0)
        for o in beside
    )


def _cut(text: str, stop_re: re.Pattern[str]) -> str:
    """The start of text up to its first stop word or date."""
    text = text.lstrip(" ,:;")
    end = len(text)
    # (A stop word may open the text: "… the course" / "with a consolidated score of".)
    stop = stop_re.search(" " + text)
    if stop:
        end = max(stop.start() - 1, 0)
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
