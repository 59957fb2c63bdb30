"""Conference and webinar certificates: an event heading the wording names again, and a
webinar's title under a modest sentence on a page of display-size headings. Real PDFs drawn
with fpdf2 and read by the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_reading_rules import Line, read, render, sure

_EVENT = "International Symposium on Resilient Packet Networks 2024"


@pytest.mark.parametrize("named_again", [True, False])
def test_an_event_heading_is_sure_only_when_the_wording_names_it_again(
    tmp_path: Path, named_again: bool
) -> None:
    closing = (
        f"at the {_EVENT} held in Porto on 4-6 June 2024"
        if named_again
        else "at the annual meeting held in Porto on 4-6 June 2024"
    )
    lines: list[Line] = [
        (_EVENT, 18, 70),
        ("CERTIFICATE", 40, 140),
        ("OF PARTICIPATION", 20, 175),
        ("This is to certify that", 14, 230),
        ("Jane Q. Example", 22, 265),
        ("has participated as a delegate", 14, 300),
        (closing, 14, 330),
    ]
    result = read(render(tmp_path / "event.pdf", lines))
    assert result.value("course_name") == _EVENT
    assert result.value("start_date") == "2024-06-04"
    assert sure(result, "course_name") == named_again, result.fields["course_name"]
    assert result.needs_review != named_again, result.problems


def test_a_webinar_title_under_a_small_sentence_among_big_headings_is_sure(
    tmp_path: Path,
) -> None:
    # Half the lines are display headings, so the sentence is small beside the page's
    # usual line; it is still no fine print: the title it introduces is smaller still.
    lines: list[Line] = [
        ("Northwind Institute", 40, 50),
        ("Certificate of", 48, 110),
        ("Participation", 46, 160),
        ("Jane Q. Example", 26, 230),
        ("Participated in a webinar on", 16, 275),
        ("Careers in Network Automation", 15, 320),
        ("On the Eighth Day Of October", 10, 360),
        ("Of The Year 2025", 10, 374),
    ]
    result = read(render(tmp_path / "webinar.pdf", lines))
    assert result.value("course_name") == "Careers in Network Automation"
    assert sure(result, "course_name"), result.fields["course_name"]
