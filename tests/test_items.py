"""Item services on a real SQLite file: recording, duplicates, edits, statuses, re-extraction."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from pipeline.db import make_engine, upgrade
from pipeline.duplicates import find_duplicate
from pipeline.errors import InvalidTransition, InvalidValue, ItemIncomplete, ItemNotFound
from pipeline.extract.model import (
    FIELD_NAMES,
    MISSING,
    Extraction,
    FieldValue,
    Problem,
    ProblemKind,
)
from pipeline.item_edits import edit_item, replace_extraction
from pipeline.items import (
    SourceFile,
    approve,
    get_item,
    history_of,
    item_to_json,
    list_items,
    mark_earned,
    mark_submitted,
    record_item,
    reject,
)
from pipeline.models import Item, ItemStatus

DEFAULTS: dict[str, str | None] = {
    "course_name": "Implementing Cisco Enterprise Network Core Technologies",
    "start_date": "2023-06-12",
    "end_date": "2023-06-16",
    "validation_code": "CLP-2023-7781X",
    "learner_name": "Jane Q. Doe",
    "issuer": "Cisco Learning Partner",
}
EXPORT_KEYS = {
    "id",
    "status",
    "course_name",
    "start_date",
    "end_date",
    "validation_code",
    "learner_name",
    "issuer",
    "credits",
    "expected_credits",
    "catalog_match",
    "catalog_note",
    "submit_by",
    "submit_flag",
    "window_closed_before_import",
    "needs_review",
    "problems",
    "missing",
    "printed_credits",
    "source_file",
    "sha256",
    "pdf_path",
    "fields",
    "created_at",
    "updated_at",
}


def extraction(
    *, needs_review: bool = False, problems: tuple[str, ...] = (), **values: str | None
) -> Extraction:
    """A certificate's extraction: DEFAULTS with values overridden (None: not found)."""
    merged = {**DEFAULTS, **values}
    fields = {
        name: MISSING
        if merged[name] is None
        else FieldValue(merged[name], 0.93, 1, (72.0, 100.5, 300.25, 118.0), f"rule for {name}")
        for name in FIELD_NAMES
    }
    found = tuple(Problem(ProblemKind.UNSURE, message) for message in problems)
    return Extraction("cert.pdf", "0" * 64, 1, "learning-partner", fields, found, needs_review)


def source(sha256: str) -> SourceFile:
    return SourceFile(
        sha256=sha256,
        original_name=f"{sha256[:4]}.pdf",
        size=2048,
        pages=1,
        archive_path=f"/archive/2023/{sha256[:12]}.pdf",
        text="This is to certify that Jane Q. Doe has successfully completed ...",
    )


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        yield sessionmaker(engine, expire_on_commit=False)
    finally:
        engine.dispose()


Record = Callable[..., int]
RECORDED_ON = date(2023, 6, 20)


@pytest.fixture
def record(sessions: sessionmaker[Session]) -> Record:
    """Record an extraction (a fresh sha256 each time) and return the item's id."""
    counter = iter(range(1, 1000))

    def record(
        found: Extraction | None = None,
        *,
        status: ItemStatus = ItemStatus.pending,
        sha256: str | None = None,
    ) -> int:
        sha = sha256 or f"{next(counter):064x}"
        with sessions() as session, session.begin():
            return record_item(  # recorded days after the course, inside its window
                session, found or extraction(), source(sha), status=status, today=RECORDED_ON
            ).id

    return record


def duplicate_of(
    sessions: sessionmaker[Session], found: Extraction | None, sha256: str = "f" * 64
) -> int | None:
    with sessions() as session:
        twin = find_duplicate(session, sha256=sha256, extraction=found)
        return None if twin is None else twin.id


def run(
    sessions: sessionmaker[Session], service: Callable[..., Item], *args: object, **kw: object
) -> Item:
    with sessions() as session, session.begin():
        return service(session, *args, **kw)


def load(
    sessions: sessionmaker[Session], item_id: int
) -> tuple[Item, list[tuple[str, str | None, str | None, str | None]]]:
    """The item and its history as (action, field, old, new) tuples."""
    with sessions() as session:
        item = get_item(session, item_id)
        entries = [(e.action, e.field, e.old_value, e.new_value) for e in history_of(item)]
        return item, entries


# --- recording -------------------------------------------------------------------------


def test_record_item_stores_document_item_and_a_created_entry(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(extraction(needs_review=True, problems=("course name is uncertain",)))
    item, entries = load(sessions, item_id)
    assert item.status == ItemStatus.pending
    assert item.start_date == date(2023, 6, 12) and item.end_date == date(2023, 6, 16)
    assert item.validation_code == "CLP-2023-7781X"
    assert item.needs_review is True
    assert item.problems == ["course name is uncertain"]
    assert item.profile == "learning-partner"
    assert item.credits is None
    assert item.fields["course_name"] == {
        "confidence": 0.93,
        "page": 1,
        "bbox": [72.0, 100.5, 300.2, 118.0],
        "source": "rule for course_name",
    }
    assert set(item.fields) == set(FIELD_NAMES)
    assert item.document.archive_path.endswith(".pdf")
    with sessions() as session:  # the text is loaded only when asked for (deferred)
        assert get_item(session, item_id).document.text.startswith("This is to certify")
    assert entries == [("created", None, None, "pending")]


def test_a_missing_required_field_means_review_even_if_extraction_said_not(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item, _ = load(sessions, record(extraction(validation_code=None)))
    assert item.validation_code is None
    assert item.needs_review is True


def test_a_malformed_extracted_date_is_stored_empty_and_flagged(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item, _ = load(sessions, record(extraction(start_date="12/06/2023")))
    assert item.start_date is None
    assert item.needs_review is True
    assert "start date must be YYYY-MM-DD, not '12/06/2023'" in item.problems


def test_an_item_recorded_as_ready_must_be_complete(record: Record) -> None:
    assert record(extraction(), status=ItemStatus.earned) > 0
    with pytest.raises(ItemIncomplete, match="misses validation code"):
        record(extraction(validation_code=None), status=ItemStatus.ready)
    with pytest.raises(InvalidTransition):
        record(extraction(), status=ItemStatus.rejected)


# --- duplicates ------------------------------------------------------------------------


def test_same_bytes_is_a_duplicate_even_without_an_extraction(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(sha256="e" * 64)
    assert duplicate_of(sessions, None, sha256="e" * 64) == item_id
    assert duplicate_of(sessions, None, sha256="d" * 64) is None


def test_same_code_and_issuer_from_different_bytes_is_a_duplicate(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record()
    assert duplicate_of(sessions, extraction(learner_name="Someone Else")) == item_id


def test_codes_compare_trimmed_and_case_insensitively(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record()
    assert duplicate_of(sessions, extraction(validation_code="  clp-2023-7781x ")) == item_id
    assert duplicate_of(sessions, extraction(validation_code="CLP-2023-7782X")) is None


def test_same_code_from_another_issuer_is_not_a_duplicate(
    sessions: sessionmaker[Session], record: Record
) -> None:
    record()
    assert duplicate_of(sessions, extraction(issuer="Udemy")) is None


def test_without_issuer_a_code_needs_the_same_learner(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(extraction(issuer=None))
    assert duplicate_of(sessions, extraction(issuer=None)) == item_id
    assert duplicate_of(sessions, extraction(issuer=None, learner_name="JANE Q. DOE")) == item_id
    assert duplicate_of(sessions, extraction(issuer=None, learner_name="John Roe")) is None
    # An unknown name cannot tell them apart: the code decides.
    assert duplicate_of(sessions, extraction(issuer=None, learner_name=None)) == item_id


def test_without_code_same_learner_course_and_end_date_is_a_duplicate(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(extraction(validation_code=None, learner_name="José Müller"))
    twin = extraction(
        validation_code=None,
        learner_name="jose  MULLER",
        course_name="implementing cisco enterprise   network core technologies",
    )
    assert duplicate_of(sessions, twin) == item_id
    assert duplicate_of(sessions, extraction(validation_code=None, end_date="2023-06-17")) is None


def test_two_learners_with_the_same_course_and_date_are_not_duplicates(
    sessions: sessionmaker[Session], record: Record
) -> None:
    record(extraction(validation_code=None))
    assert duplicate_of(sessions, extraction(validation_code=None, learner_name="John Roe")) is None
    assert duplicate_of(sessions, extraction(validation_code=None, learner_name=None)) is None


def test_a_rejected_item_still_has_duplicates_and_the_oldest_wins(
    sessions: sessionmaker[Session], record: Record
) -> None:
    first = record()
    record(extraction(issuer=None))  # same code, unknown issuer: a twin recorded anyway
    run(sessions, reject, first, reason="not Cisco-related", actor="cli")
    assert duplicate_of(sessions, extraction()) == first


# --- reading ---------------------------------------------------------------------------


def test_get_item_names_the_missing_id(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, pytest.raises(ItemNotFound, match="no item #42"):
        get_item(session, 42)


def test_list_items_puts_pending_items_needing_review_first(
    sessions: sessionmaker[Session], record: Record
) -> None:
    fine = record()
    unsure = record(extraction(needs_review=True))
    ready = record(status=ItemStatus.ready)
    with sessions() as session:
        assert [i.id for i in list_items(session)] == [unsure, fine, ready]
        assert [i.id for i in list_items(session, status=ItemStatus.pending)] == [unsure, fine]
        assert [i.id for i in list_items(session, status=ItemStatus.ready)] == [ready]
        assert list_items(session, status=ItemStatus.earned) == []


def test_item_to_json_is_the_export_object(sessions: sessionmaker[Session], record: Record) -> None:
    item_id = record(sha256="c" * 64)
    item, _ = load(sessions, item_id)
    data = item_to_json(item)
    assert set(data) == EXPORT_KEYS
    assert data["id"] == item_id
    assert data["status"] == "pending"
    assert (data["start_date"], data["end_date"]) == ("2023-06-12", "2023-06-16")
    assert data["source_file"] == "cccc.pdf"
    assert data["sha256"] == "c" * 64
    assert data["pdf_path"] == "/archive/2023/cccccccccccc.pdf"
    assert "value" not in data["fields"]["validation_code"]
    assert data["created_at"].endswith("+00:00")
    assert json.loads(json.dumps(data)) == data


# --- edits -----------------------------------------------------------------------------


def test_edit_records_old_and_new_values_and_marks_the_field_as_a_persons(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(extraction(needs_review=True, problems=("course name is uncertain",)))
    run(
        sessions,
        edit_item,
        item_id,
        {"course_name": "  ENCOR v1.2 ", "start_date": "2023-06-13", "credits": "40"},
        actor="web",
    )
    item, entries = load(sessions, item_id)
    assert item.course_name == "ENCOR v1.2"
    assert item.start_date == date(2023, 6, 13)
    assert item.credits == 40.0
    assert entries[1:] == [
        (
            "edited",
            "course_name",
            "Implementing Cisco Enterprise Network Core Technologies",
            "ENCOR v1.2",
        ),
        ("edited", "start_date", "2023-06-12", "2023-06-13"),
        ("edited", "credits", None, "40.0"),
    ]
    assert item.fields["course_name"] == {
        "confidence": 1.0,
        "page": None,
        "bbox": None,
        "source": "edited by web",
    }
    assert item.fields["end_date"]["confidence"] == 0.93
    assert item.problems == []
    assert item.needs_review is False


def test_clearing_a_required_field_keeps_the_item_in_review(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record()
    run(sessions, edit_item, item_id, {"validation_code": "", "issuer": "   "}, actor="cli")
    item, entries = load(sessions, item_id)
    assert item.validation_code is None and item.issuer is None
    assert item.needs_review is True
    assert item.problems == ["validation code is missing"]
    assert ("edited", "validation_code", "CLP-2023-7781X", None) in entries


def test_an_edit_that_changes_nothing_leaves_no_history(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record()
    run(sessions, edit_item, item_id, {"end_date": "2023-06-16"}, actor="cli")
    _, entries = load(sessions, item_id)
    assert [e[0] for e in entries] == ["created"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start_date": "12/06/2023"}, "start date must be YYYY-MM-DD"),
        ({"end_date": "2023-02-30"}, "end date must be YYYY-MM-DD"),
        ({"start_date": "2023-06-20"}, "start date 2023-06-20 is after end date 2023-06-16"),
        ({"start_date": "2023-07-01", "end_date": "2023-06-30"}, "is after end date"),
        ({"credits": "-1"}, "credits must be a non-negative number"),
        ({"credits": "lots"}, "credits must be a non-negative number"),
        ({"credits": "nan"}, "credits must be a non-negative number"),
        ({"status": "earned"}, "cannot edit status"),
        # The checks extraction applies hold for a person's values too.
        (
            {"start_date": "2030-12-01", "end_date": "2031-01-01"},
            "start date 2030-12-01 is in the future",
        ),
        ({"start_date": "1985-06-12"}, "start date 1985-06-12 is not a plausible year"),
        ({"validation_code": "CLP 2023"}, "validation code 'CLP 2023' cannot be a code"),
        ({"validation_code": "X1"}, "validation code 'X1' cannot be a code"),
    ],
)
def test_edit_refuses_malformed_values(
    sessions: sessionmaker[Session], record: Record, changes: dict[str, str], message: str
) -> None:
    item_id = record()
    with pytest.raises(InvalidValue, match=message):
        run(sessions, edit_item, item_id, changes, actor="cli")
    _, entries = load(sessions, item_id)
    assert len(entries) == 1


def test_an_approved_item_cannot_lose_a_required_field(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(status=ItemStatus.ready)
    with pytest.raises(ItemIncomplete, match="item #1 is ready; it cannot lose its end date"):
        run(sessions, edit_item, item_id, {"end_date": None}, actor="cli")
    run(sessions, edit_item, item_id, {"learner_name": None}, actor="cli")


# --- status changes --------------------------------------------------------------------


def test_the_whole_way_from_pending_to_earned(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(extraction(needs_review=True))
    run(sessions, approve, item_id, actor="web")
    run(sessions, mark_submitted, item_id, actor="cli")
    run(sessions, mark_earned, item_id, credits=8, actor="cli")
    item, entries = load(sessions, item_id)
    assert item.status == ItemStatus.earned
    assert item.credits == 8.0
    assert item.needs_review is False
    assert entries == [
        ("created", None, None, "pending"),
        ("status", "status", "pending", "ready"),
        ("status", "status", "ready", "submitted"),
        ("edited", "credits", None, "8.0"),
        ("status", "status", "submitted", "earned"),
    ]


def test_mark_earned_without_credits_keeps_them_unknown(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(status=ItemStatus.submitted)
    assert run(sessions, mark_earned, item_id, credits=None, actor="cli").credits is None
    with pytest.raises(InvalidValue):
        run(sessions, mark_earned, record(status=ItemStatus.submitted), credits=-2, actor="cli")


@pytest.mark.parametrize("status", [ItemStatus.pending, ItemStatus.ready, ItemStatus.submitted])
def test_reject_from_every_open_status_keeps_the_reason(
    sessions: sessionmaker[Session], record: Record, status: ItemStatus
) -> None:
    item_id = record(status=status)
    run(sessions, reject, item_id, reason=" a vendor webinar ", actor="web")
    item, entries = load(sessions, item_id)
    assert item.status == ItemStatus.rejected
    assert item.reject_reason == "a vendor webinar"
    assert entries[-1] == ("status", "status", status.value, "rejected")


def test_reject_needs_a_reason(sessions: sessionmaker[Session], record: Record) -> None:
    item_id = record()
    with pytest.raises(InvalidValue, match="give a reason to reject item #1"):
        run(sessions, reject, item_id, reason="  ", actor="cli")


def test_approve_names_every_missing_field(sessions: sessionmaker[Session], record: Record) -> None:
    item_id = record(extraction(start_date=None, validation_code=None))
    with pytest.raises(ItemIncomplete, match=r"^item #1 misses start date, validation code$"):
        run(sessions, approve, item_id, actor="cli")
    run(
        sessions,
        edit_item,
        item_id,
        {"start_date": "2023-06-12", "validation_code": "X-1"},
        actor="cli",
    )
    assert run(sessions, approve, item_id, actor="cli").status == ItemStatus.ready


ALLOWED = {
    "approve": {ItemStatus.pending},
    "mark_submitted": {ItemStatus.ready},
    "mark_earned": {ItemStatus.submitted},
    "reject": {ItemStatus.pending, ItemStatus.ready, ItemStatus.submitted},
}
SERVICES: dict[str, Callable[[Session, int], Item]] = {
    "approve": lambda s, i: approve(s, i, actor="cli"),
    "mark_submitted": lambda s, i: mark_submitted(s, i, actor="cli"),
    "mark_earned": lambda s, i: mark_earned(s, i, credits=None, actor="cli"),
    "reject": lambda s, i: reject(s, i, reason="no", actor="cli"),
}


@pytest.mark.parametrize("action", sorted(ALLOWED))
@pytest.mark.parametrize("status", list(ItemStatus))
def test_every_transition_is_allowed_or_refused(
    sessions: sessionmaker[Session], record: Record, action: str, status: ItemStatus
) -> None:
    item_id = record()
    if status == ItemStatus.rejected:
        run(sessions, reject, item_id, reason="setup", actor="test")
    elif status != ItemStatus.pending:
        with sessions() as session, session.begin():
            get_item(session, item_id).status = status
    with sessions() as session, session.begin():
        if status in ALLOWED[action]:
            assert SERVICES[action](session, item_id).status != status
        else:
            with pytest.raises(InvalidTransition, match=f"^item #1 is {status}; only a "):
                SERVICES[action](session, item_id)


def test_the_refusal_says_what_is_allowed(sessions: sessionmaker[Session], record: Record) -> None:
    item_id = record()
    run(sessions, reject, item_id, reason="duplicate", actor="cli")
    with pytest.raises(InvalidTransition) as refused:
        run(sessions, mark_earned, item_id, credits=1.0, actor="cli")
    assert str(refused.value) == "item #1 is rejected; only a submitted item can be marked earned"


# --- re-extraction ---------------------------------------------------------------------


def test_replace_extraction_keeps_what_a_person_edited(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(extraction(validation_code=None))
    run(sessions, edit_item, item_id, {"validation_code": "TYPED-BY-HAND"}, actor="web")
    better = extraction(
        validation_code="FOUND-LATER",
        course_name="ENCOR v1.2",
        needs_review=True,
        problems=("validation code conflict",),
    )
    run(sessions, replace_extraction, item_id, better, actor="cli")
    item, entries = load(sessions, item_id)
    assert item.validation_code == "TYPED-BY-HAND"
    assert item.fields["validation_code"]["source"] == "edited by web"
    assert item.course_name == "ENCOR v1.2"
    assert item.fields["course_name"]["source"] == "rule for course_name"
    assert entries[-1] == (
        "reextracted",
        "course_name",
        "Implementing Cisco Enterprise Network Core Technologies",
        "ENCOR v1.2",
    )
    # A person has edited this item: the extractor's complaints no longer count.
    assert item.problems == [] and item.needs_review is False


def test_replace_extraction_of_an_unedited_item_takes_everything(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(extraction(end_date=None))
    run(
        sessions,
        replace_extraction,
        item_id,
        extraction(problems=("learner name not found",), needs_review=True, learner_name=None),
        actor="cli",
    )
    item, entries = load(sessions, item_id)
    assert item.end_date == date(2023, 6, 16) and item.learner_name is None
    assert item.problems == ["learner name not found"] and item.needs_review is True
    assert [(e[0], e[1]) for e in entries[1:]] == [
        ("reextracted", "end_date"),
        ("reextracted", "learner_name"),
    ]


def test_replace_extraction_sends_a_changed_ready_item_back_to_review(
    sessions: sessionmaker[Session], record: Record
) -> None:
    item_id = record(status=ItemStatus.ready)
    run(sessions, replace_extraction, item_id, extraction(), actor="cli")
    assert load(sessions, item_id)[0].status == ItemStatus.ready  # nothing changed
    run(sessions, replace_extraction, item_id, extraction(end_date="2023-06-17"), actor="cli")
    item, entries = load(sessions, item_id)
    assert item.status == ItemStatus.pending and item.needs_review is True
    assert entries[-1] == ("status", "status", "ready", "pending")


@pytest.mark.parametrize("status", [ItemStatus.submitted, ItemStatus.earned])
def test_replace_extraction_refuses_items_past_review(
    sessions: sessionmaker[Session], record: Record, status: ItemStatus
) -> None:
    item_id = record(status=status)
    with pytest.raises(InvalidTransition, match="only a pending or ready item can be re-extracted"):
        run(sessions, replace_extraction, item_id, extraction(), actor="cli")


def test_a_backlog_item_the_portal_took_is_recorded_with_the_fields_it_has(
    sessions: sessionmaker[Session], record: Record
) -> None:
    """A one-date certificate imported as earned or submitted: the portal already took it,
    so a start date it does not print does not keep it out."""
    for status in (ItemStatus.earned, ItemStatus.submitted):
        item_id = record(extraction(start_date=None), status=status)
        with sessions() as session:
            item = get_item(session, item_id)
            assert item.status == status and item.start_date is None


def test_an_old_certificate_imported_for_review_is_marked_once_and_raises_no_alarm(
    sessions: sessionmaker[Session],
) -> None:
    """Its 90-day window closed before ceinbox saw it: marked, and no deadline alarm."""
    with sessions() as session, session.begin():
        old = record_item(session, extraction(), source("c" * 64), today=date(2024, 1, 10))
        fresh = record_item(
            session, extraction(validation_code="NEW-1"), source("d" * 64), today=RECORDED_ON
        )
        old_json = item_to_json(old, today=date(2024, 1, 10))
        fresh_json = item_to_json(fresh, today=date(2024, 1, 10))
    assert old_json["window_closed_before_import"] is True
    assert old_json["submit_flag"] is None  # no "overdue" alarm
    assert old_json["problems"] == [] and old_json["needs_review"] is False
    assert fresh_json["window_closed_before_import"] is False
    assert fresh_json["submit_flag"] == "overdue"  # missed while ceinbox was watching


def test_a_deleted_item_leaves_a_record_and_its_id_is_never_given_again(
    sessions: sessionmaker[Session], record: Record
) -> None:
    from pipeline.models import DeletedItem, Document, HistoryEntry
    from pipeline.removal import delete_item

    first = record()
    last = record(extraction(validation_code="OTHER-CODE-77", course_name="Another Course"))
    with sessions() as session, session.begin():
        edit_item(session, last, {"course_name": "Another Course, corrected"}, actor="cli")
    with sessions() as session, session.begin():
        gone = delete_item(session, last, actor="cli")
    assert gone.item_id == last and gone.course_name == "Another Course, corrected"
    with sessions() as session:
        assert session.get(Item, last) is None
        assert session.query(HistoryEntry).filter_by(item_id=last).count() == 0
        assert session.query(Document).count() == 1
        kept = session.query(DeletedItem).one()
        assert kept.record["item"]["validation_code"] == "OTHER-CODE-77"
        assert [h["action"] for h in kept.record["history"]] == ["created", "edited"]
        with pytest.raises(ItemNotFound, match=rf"item #{last} was deleted on .* by cli"):
            get_item(session, last)
    again = record(extraction(validation_code="OTHER-CODE-77", course_name="Another Course"))
    assert again > last > first  # a new item, never the deleted one's id
