"""Looking through many items a page at a time, on SQLite and PostgreSQL: the order the
list promises, pages that add up to the whole, search, neighbours and look-alikes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from pipeline import browse
from pipeline.config import settings_from_mapping
from pipeline.db import make_engine, reading, upgrade
from pipeline.extract.guard import GuardedExtractor
from pipeline.extract.model import FIELD_NAMES, Extraction, FieldValue
from pipeline.ingest import Ingestor
from pipeline.items import SourceFile, list_rows, record_item
from pipeline.models import Item, ItemStatus
from pipeline.web import create_app

NAMES = {7: "zebra crossing.pdf"}  # a word found only in a file name
STATUSES = (ItemStatus.earned, ItemStatus.pending, ItemStatus.ready, ItemStatus.rejected)


def certificate(n: int, *, code: str | None = None, course: str | None = None) -> Extraction:
    values = {
        "course_name": course or f"Routing Lab {n:04d}",
        "start_date": "2025-03-01",
        "end_date": f"2025-03-{1 + n % 28:02d}",
        "validation_code": code or f"BRW-{n:04d}",
        "learner_name": "Ada Novak",
        "issuer": "Northwind",
    }
    fields = {k: FieldValue(values[k], 0.95, 1, (1.0, 2.0, 3.0, 4.0), "test") for k in FIELD_NAMES}
    return Extraction(f"c{n}.pdf", f"{n:064x}", 1, None, fields, (), n % 5 == 0)


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    upgrade(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session, session.begin():
        for n in range(230):
            item = record_item(
                session,
                certificate(n),
                SourceFile(f"{n:064x}", NAMES.get(n, f"cert-{n}.pdf"), 100, 1, f"/a/{n}.pdf", ""),
            )
            item.status = STATUSES[n % len(STATUSES)]
            if item.status != ItemStatus.pending:
                item.needs_review = False
    yield factory
    engine.dispose()


def expected_order(items: list[Item]) -> list[int]:
    rank = {s: n for n, s in enumerate(browse.STATUS_ORDER)}
    return [
        i.id
        for i in sorted(
            items,
            key=lambda i: (
                rank[i.status],
                0 if i.status == ItemStatus.pending and i.needs_review else 1,
                i.id,
            ),
        )
    ]


def test_pages_add_up_to_the_whole_list_in_its_order(sessions: sessionmaker[Session]) -> None:
    with reading(sessions) as session:
        everything = session.query(Item).all()
        pages = [browse.page_of_items(session, status=None, query="", number=n) for n in (1, 2, 3)]
        assert [p.number for p in pages] == [1, 2, 3]
        assert all(p.pages == 3 and p.matched == 230 for p in pages)
        assert [len(p.items) for p in pages] == [100, 100, 30]
        shown = [i.id for p in pages for i in p.items]
        assert shown == expected_order(everything)
        assert shown[0] == 6  # pending and needing review comes first
        beyond = browse.page_of_items(session, status=None, query="", number=99)
        assert beyond.number == 3  # a page past the end shows the last one
        counts = browse.status_counts(session)
        assert counts[ItemStatus.pending] == 58 and counts[ItemStatus.submitted] == 0
        assert sum(counts.values()) == 230
        assert browse.review_count(session) == sum(
            1 for i in everything if i.status == ItemStatus.pending and i.needs_review
        )


def test_a_status_and_a_search_narrow_the_pages(sessions: sessionmaker[Session]) -> None:
    with reading(sessions) as session:
        ready = browse.page_of_items(session, status=ItemStatus.ready, query="", number=1)
        assert ready.matched == 57 and {i.status for i in ready.items} == {ItemStatus.ready}
        found = browse.page_of_items(session, status=None, query="lab 0042", number=1)
        assert [i.validation_code for i in found.items] == ["BRW-0042"]
        by_file = browse.page_of_items(session, status=None, query="zebra", number=1)
        assert [i.id for i in by_file.items] == [8]
        by_id = browse.page_of_items(session, status=None, query="#12", number=1)
        assert [i.id for i in by_id.items] == [12]


def test_neighbours_follow_the_list_order(sessions: sessionmaker[Session]) -> None:
    with reading(sessions) as session:
        order = [row.id for row in list_rows(session)]
        for at in (0, 1, 57, 229):
            item = session.get(Item, order[at])
            assert item is not None
            found = browse.neighbours(session, item)
            assert found["previous"] == (order[at - 1] if at > 0 else None)
            assert found["next"] == (order[at + 1] if at < len(order) - 1 else None)


def test_look_alikes_share_a_code_or_course_learner_and_end_date(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session, session.begin():
        same_code = record_item(
            session,
            certificate(1000, code="brw-0003", course="Another course"),
            SourceFile("e" * 64, "again.pdf", 100, 1, "/a/again.pdf", ""),
        )
        same_course = record_item(
            session,
            certificate(3, code="OTHER-1"),
            SourceFile("d" * 64, "twin.pdf", 100, 1, "/a/twin.pdf", ""),
        )
        ids = (same_code.id, same_course.id)
    with reading(sessions) as session:
        item = session.get(Item, 4)  # BRW-0003, Routing Lab 0003, 2025-03-04
        assert item is not None and item.end_date == date(2025, 3, 4)
        assert sorted(i.id for i in browse.similar_items(session, item)) == sorted(ids)
        unrelated = session.get(Item, 10)
        assert unrelated is not None
        assert browse.similar_items(session, unrelated) == []


def test_the_review_page_shows_one_page_at_a_time(
    sessions: sessionmaker[Session], database_url: str, tmp_path: Path
) -> None:
    settings = settings_from_mapping({"owner_name": None, "database": database_url}, base=tmp_path)
    with GuardedExtractor(profiles=[], limits=settings.extraction) as reader:
        client = create_app(Ingestor(settings, sessions, reader), testing=True).test_client()
        first = client.get("/").text
        last = client.get("/?page=3").text
        narrowed = client.get("/?status=ready&page=1").text
    assert "page 1 of 3 (230 items)" in first and 'rel="next"' in first
    assert first.count('name="ids"') == 58  # every pending item fits on the first page
    assert "page 3 of 3" in last and 'rel="prev"' in last and 'rel="next"' not in last
    assert 'class="pager"' not in narrowed  # 57 ready items: one page, no pager
    assert "BRW-0002" in narrowed and "BRW-0001" not in narrowed
