"""The CE item catalog: reading a CSV, replacing the stored catalog, matching course names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from pipeline.catalog import (
    EXAMPLE_CATALOG,
    Catalog,
    CatalogRow,
    parse_catalog,
    read_catalog_file,
)
from pipeline.catalog_store import load_catalog, replace_catalog
from pipeline.db import open_database
from pipeline.errors import CatalogError
from pipeline.models import ActivityType

ROOT = Path(__file__).resolve().parents[1]
HEADER = "pattern,credits,type,offer_expires,note\n"


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'ceinbox.db'}")
    yield factory
    factory.kw["bind"].dispose()


def row(pattern: str, credits: float = 10, *, expires: str | None = None, n: int = 2) -> CatalogRow:
    return CatalogRow(
        row=n,
        pattern=pattern,
        credits=credits,
        activity_type=ActivityType.instructor_led,
        offer_expires=date.fromisoformat(expires) if expires else None,
    )


# --- reading -----------------------------------------------------------------------------


def test_the_shipped_example_is_valid() -> None:
    rows = read_catalog_file(EXAMPLE_CATALOG)
    assert len(rows) >= 5
    assert rows[0].row == 2
    assert {r.activity_type for r in rows} >= {ActivityType.instructor_led, ActivityType.event}
    assert any(r.offer_expires is not None for r in rows)


def test_a_row_is_read_with_its_optional_columns() -> None:
    rows = parse_catalog(
        HEADER
        + "Implementing  Cisco SD-WAN Solutions ,40,Instructor-Led,,ENSDWI\n"
        + "Cisco U. Tutorial*,2.5,e-learning,2026-06-30,\n",
        source="c.csv",
    )
    assert rows == (
        CatalogRow(
            2,
            "Implementing Cisco SD-WAN Solutions",
            40.0,
            ActivityType.instructor_led,
            None,
            "ENSDWI",
        ),
        CatalogRow(3, "Cisco U. Tutorial*", 2.5, ActivityType.e_learning, date(2026, 6, 30)),
    )


def test_only_the_three_required_columns_are_needed_in_any_order() -> None:
    rows = parse_catalog("Type,Pattern,Credits\nevent,Cisco Live*,8\n", source="c.csv")
    assert rows == (CatalogRow(2, "Cisco Live*", 8.0, ActivityType.event),)


def test_semicolons_and_decimal_commas_from_a_spreadsheet_are_read() -> None:
    rows = parse_catalog("pattern;credits;type\nENCOR;12,5;e-learning\n", source="c.csv")
    assert rows[0].credits == 12.5


def test_blank_lines_are_skipped_and_rows_keep_their_line_numbers() -> None:
    rows = parse_catalog(HEADER + "\nA course,1,other\n,,,,\nB course,2,other\n", source="c.csv")
    assert [(r.row, r.pattern) for r in rows] == [(3, "A course"), (5, "B course")]


def test_each_bad_row_is_one_line_naming_the_row_and_the_column() -> None:
    text = (
        HEADER
        + "Good course,10,instructor-led,,\n"  # row 2
        + "Bad credits,ten,instructor-led,,\n"  # row 3
        + "Bad type,8,webinar,,\n"  # row 4
        + "Bad date,8,event,30/06/2026,\n"  # row 5
        + ",8,event,,\n"  # row 6
        + "Negative,-4,event,,\n"  # row 7
        + "Two wrongs,,lecture,,\n"  # row 8
        + "good COURSE,12,other,,\n"  # row 9: the same pattern as row 2
        + "Too long,1,other,,,extra\n"  # row 10
    )
    with pytest.raises(CatalogError) as caught:
        parse_catalog(text, source="c.csv")
    problems = caught.value.problems
    assert len(problems) == 9 - 1
    assert all("\n" not in p and p.startswith("c.csv: row ") for p in problems)
    by_row = {int(p.split("row ")[1].split(":")[0].split(",")[0]): p for p in problems}
    assert sorted(by_row) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "column 'credits' must be a number" in by_row[3] and "'ten'" in by_row[3]
    assert "column 'type' must be one of instructor-led, e-learning" in by_row[4]
    assert "column 'offer_expires' must be a date YYYY-MM-DD" in by_row[5]
    assert "column 'pattern' is empty" in by_row[6]
    assert "column 'credits'" in by_row[7]
    assert "column 'credits'" in by_row[8] and "column 'type'" in by_row[8]
    assert "column 'pattern'" in by_row[9] and "already on row 2" in by_row[9]
    assert "more cells than the header" in by_row[10]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty; the first row must name the columns"),
        ("pattern,credits\nA,1\n", "missing column 'type'"),
        ("pattern,credits,type,cost\n", "unknown column 'cost'"),
        ("pattern,credits,type,type\n", "column 'type' appears twice"),
        (HEADER, "no entries below the header row"),
    ],
)
def test_a_bad_file_is_one_line(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message) as caught:
        parse_catalog(text, source="c.csv")
    assert len(caught.value.problems) == 1


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes((HEADER + "Cours réseau,8,other,,\n").encode("latin-1"))
    with pytest.raises(CatalogError, match="not UTF-8"):
        read_catalog_file(path)


def test_a_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes((HEADER + "A course,8,other,,\n").encode("utf-8-sig"))
    assert read_catalog_file(path)[0].pattern == "A course"


# --- storing -----------------------------------------------------------------------------


def test_import_replaces_the_whole_catalog(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        assert (
            replace_catalog(session, [row("A course"), row("B course", n=3)], source="1.csv") == 0
        )
    with sessions() as session, session.begin():
        assert replace_catalog(session, [row("C course", 7)], source="2.csv") == 2
    with sessions() as session:
        stored = load_catalog(session)
    assert [r.pattern for r in stored.rows] == ["C course"]
    assert stored.source == "2.csv"
    assert stored.imported_at is not None


def test_an_empty_database_has_an_empty_catalog(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        assert load_catalog(session) == Catalog()


# --- matching ----------------------------------------------------------------------------


def test_patterns_match_case_and_space_insensitively_at_word_edges() -> None:
    catalog = Catalog((row("implementing cisco SD-WAN  solutions", 40), row("ENCOR", 64, n=3)))
    assert catalog.match("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", None).expected == 40
    assert catalog.match("ENCOR v1.3 self-paced", None).expected == 64
    assert catalog.match("ENCORE: an encore", None).entry is None


def test_a_star_stands_for_any_text() -> None:
    catalog = Catalog((row("Cisco Live*Security", 4), row("DEVN*", 16, n=3)))
    assert catalog.match("Cisco Live 2024: Zero Trust Security Deep Dive", None).expected == 4
    assert catalog.match("Security at Cisco Live", None).entry is None
    assert catalog.match("DEVNAE essentials", None).expected == 16


def test_the_most_specific_pattern_wins_whatever_its_row() -> None:
    catalog = Catalog(
        (
            row("Cisco Enterprise Wireless", 10, n=2),
            row("Implementing Cisco Enterprise Wireless Networks", 40, n=3),
            row("Wireless", 1, n=4),
        )
    )
    match = catalog.match("Implementing Cisco Enterprise Wireless Networks (ENWLSI)", None)
    assert match.expected == 40 and match.entry is not None and match.entry.row == 3
    assert catalog.match("Designing Cisco Enterprise Wireless Networks", None).expected == 10


def test_equally_specific_patterns_with_different_credits_match_nothing_and_say_why() -> None:
    catalog = Catalog((row("Alpha Track", 64), row("Bravo  track", 40, n=3)))
    match = catalog.match("Alpha Track with Bravo Track", None)
    assert match.entry is None
    assert match.note is not None
    assert "row 2 'Alpha Track' and row 3 'Bravo  track' equally" in match.note


def test_equally_specific_patterns_with_the_same_value_take_the_first_row() -> None:
    catalog = Catalog((row("Alpha Track", 64, n=5), row("Bravo Track", 64, n=3)))
    match = catalog.match("Alpha Track with Bravo Track", None)
    assert match.entry is not None and match.entry.row == 3


def test_an_ended_offer_does_not_match_items_completed_after_it() -> None:
    catalog = Catalog((row("Cisco U. Tutorial*", 2, expires="2026-06-30"),))
    assert catalog.match("Cisco U. Tutorial: OSPF", date(2026, 6, 30)).expected == 2
    late = catalog.match("Cisco U. Tutorial: OSPF", date(2026, 7, 1))
    assert late.entry is None
    assert late.note == "not in the catalog (the offer 'Cisco U. Tutorial*' ended on 2026-06-30)"


def test_an_ended_offer_gives_way_to_a_less_specific_current_one() -> None:
    catalog = Catalog(
        (row("Cisco U. Tutorial: OSPF", 4, expires="2025-12-31"), row("Cisco U.", 1, n=3))
    )
    assert catalog.match("Cisco U. Tutorial: OSPF", date(2025, 12, 31)).expected == 4
    assert catalog.match("Cisco U. Tutorial: OSPF", date(2026, 1, 1)).expected == 1


def test_an_item_without_a_course_name_or_match_says_it_is_not_in_the_catalog() -> None:
    catalog = Catalog((row("ENCOR"),))
    assert catalog.match(None, None).note == "not in the catalog (no course name)"
    assert catalog.match("Python for everybody", None).note == "not in the catalog"
    assert Catalog().match("ENCOR", None).note == "not in the catalog"
