"""Renewal rules, periods, submission windows and progress, on real SQLite files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from pipeline.catalog import Catalog
from pipeline.catalog_store import load_catalog, replace_catalog
from pipeline.config import (
    Certification,
    CertificationLevel,
    load_settings,
    settings_from_mapping,
)
from pipeline.credits import SubmitFlag, period_of, submit_by, submit_flag
from pipeline.db import alembic_config, make_engine, open_database
from pipeline.errors import ConfigError, ExamError, ExamNotFound
from pipeline.exams import add_exam, list_exams, remove_exam
from pipeline.items import (
    get_item,
    item_to_json,
    mark_submitted,
)
from pipeline.models import ExamType, ItemStatus
from pipeline.progress import CertificationProgress, progress
from pipeline.progress_json import progress_to_json
from pipeline.progress_store import renewal_facts
from pipeline.renewal_rules import RenewalPath, load_renewal_rules

from credit_records import add_item, catalog_row, use_catalog

LEVEL = CertificationLevel
CCNP = Certification("CCNP Enterprise", LEVEL.professional, date(2027, 3, 31))


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'ceinbox.db'}")
    yield factory
    factory.kw["bind"].dispose()


def one(
    sessions: sessionmaker[Session], certification: Certification, today: str
) -> CertificationProgress:
    with sessions() as session:
        (found,) = progress(renewal_facts(session), [certification], date.fromisoformat(today))
    return found


# --- the rules as data -------------------------------------------------------------------


def test_the_renewal_rules_are_the_program_table() -> None:
    pro, tech = ExamType.professional, ExamType.technology
    rules = load_renewal_rules()
    assert rules.paths_of(LEVEL.associate) == (RenewalPath(30),)
    assert rules.paths_of(LEVEL.specialist) == (RenewalPath(40),)
    assert rules.paths_of(LEVEL.professional) == (RenewalPath(80), RenewalPath(40, ((pro, 1),)))
    assert rules.paths_of(LEVEL.expert) == (
        RenewalPath(120),
        RenewalPath(40, ((tech, 1),)),
        RenewalPath(40, ((pro, 2),)),
        RenewalPath(80, ((pro, 1),)),
    )
    assert [rules.ce_only(level) for level in LEVEL] == [30, 40, 80, 120]
    assert RenewalPath(40, ((pro, 2),)).description == "40 CE credits + two professional exams"


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expires", "first_day"),
    [
        ("2027-03-31", "2024-04-01"),
        ("2027-02-28", "2024-02-29"),  # a period may start on 29 February...
        ("2028-02-29", "2025-03-01"),  # ...and end on it: three years back has no 29th
        ("2026-12-31", "2024-01-01"),
    ],
)
def test_a_period_is_the_three_years_ending_on_the_expiry_date(
    expires: str, first_day: str
) -> None:
    assert period_of(date.fromisoformat(expires)) == (
        date.fromisoformat(first_day),
        date.fromisoformat(expires),
    )


def test_consecutive_periods_neither_overlap_nor_leave_a_gap() -> None:
    for expires in (date(2027, 3, 31), date(2028, 2, 29), date(2027, 2, 28)):
        start, _ = period_of(expires)
        _, previous_end = period_of(start - timedelta(days=1))
        assert previous_end + timedelta(days=1) == start


def test_submit_by_is_the_90th_day_after_the_end_date() -> None:
    assert submit_by(date(2025, 1, 1)) == date(2025, 4, 1)
    assert submit_by(date(2024, 1, 1)) == date(2024, 3, 31)  # through 29 February
    assert submit_by(date(2024, 12, 15)) == date(2025, 3, 15)


@pytest.mark.parametrize(
    ("today", "flag"),
    [
        ("2025-03-17", None),  # 15 days left
        ("2025-03-18", SubmitFlag.due_soon),  # 14 days left
        ("2025-04-01", SubmitFlag.due_soon),  # the 90th day: still in time
        ("2025-04-02", SubmitFlag.overdue),
    ],
)
def test_items_are_flagged_two_weeks_before_and_after_their_submit_by_date(
    today: str, flag: SubmitFlag | None
) -> None:
    end, day = date(2025, 1, 1), date.fromisoformat(today)
    assert submit_flag(ItemStatus.pending, end, day) == flag
    assert submit_flag(ItemStatus.ready, end, day) == flag


def test_submitted_earned_rejected_and_undated_items_are_never_flagged() -> None:
    late = date(2026, 1, 1)
    for status in (ItemStatus.submitted, ItemStatus.earned, ItemStatus.rejected):
        assert submit_flag(status, date(2025, 1, 1), late) is None
    assert submit_flag(ItemStatus.pending, None, late) is None


# --- which items count -------------------------------------------------------------------


def test_only_items_ending_inside_the_period_count(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Course*", 10))  # a family: every course counts
        add_item(session, "Course A", "2024-03-31", ItemStatus.earned)  # the day before
        first = add_item(session, "Course B", "2024-04-01", ItemStatus.earned)
        last = add_item(session, "Course C", "2027-03-31", ItemStatus.earned)
        add_item(session, "Course D", "2027-04-01", ItemStatus.earned)  # the day after
        spans = add_item(session, "Course E", "2024-04-03", ItemStatus.earned, start="2024-03-28")
        add_item(session, "Course F", "2027-04-02", ItemStatus.earned, start="2027-03-30")
    found = one(sessions, CCNP, "2026-01-10")
    assert found.period_start == date(2024, 4, 1)
    assert [i.id for i in found.items] == [first, spans, last]
    assert found.earned == 30


def test_an_item_counts_in_the_period_its_end_date_falls_in(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("ENCOR", 64))
        add_item(session, "ENCOR", "2024-03-31", ItemStatus.earned, start="2024-03-25")
    before = Certification("CCNP Enterprise", LEVEL.professional, date(2024, 3, 31))
    assert one(sessions, before, "2024-03-31").earned == 64
    assert one(sessions, CCNP, "2024-04-01").earned == 0


def test_leap_day_periods(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Course*", 10))
        add_item(session, "Course on the leap day", "2024-02-29", ItemStatus.earned)
        add_item(session, "Course the day before", "2024-02-28", ItemStatus.earned)
    ends_feb_28 = Certification("CCNA", LEVEL.associate, date(2027, 2, 28))
    assert [i.course_name for i in one(sessions, ends_feb_28, "2027-01-01").items] == [
        "Course on the leap day"
    ]
    ends_feb_29 = Certification("CCNA", LEVEL.associate, date(2027 + 1, 2, 29))
    assert one(sessions, ends_feb_29, "2027-01-01").items == ()


def test_a_course_counts_once_per_period(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Enterprise Network Core Technologies", 64))
        retake = add_item(session, "ENCOR Enterprise Network Core Technologies", "2026-02-01")
        earned = add_item(
            session, "encor  enterprise network core technologies", "2025-06-01", ItemStatus.earned
        )
        previous = add_item(
            session, "ENCOR Enterprise Network Core Technologies", "2023-06-01", ItemStatus.earned
        )
    found = one(sessions, CCNP, "2026-02-10")
    assert found.earned == 64 and found.ready == 0
    counted = {i.id: i for i in found.items}
    assert previous not in counted
    assert counted[earned].credits == 64 and counted[earned].duplicate_of is None
    assert counted[retake].credits == 0 and counted[retake].duplicate_of == earned
    assert counted[retake].note == f"counted once per period: same course as #{earned}"
    assert found.due == () and found.not_in_catalog == ()
    # The same course in the previous period counted there, not here.
    earlier = Certification("CCNP Enterprise", LEVEL.professional, date(2024, 3, 31))
    assert one(sessions, earlier, "2024-01-01").earned == 64


def test_one_course_is_one_catalog_pattern_whatever_the_certificate_adds(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Implementing Cisco SD-WAN Solutions", 40), ("Cisco U. Tutorial*", 2))
        first = add_item(
            session,
            "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
            "2025-01-10",
            ItemStatus.earned,
        )
        again = add_item(session, "Implementing Cisco SD-WAN Solutions", "2026-01-10")
        ospf = add_item(session, "Cisco U. Tutorial: OSPF", "2026-01-11")
        bgp = add_item(session, "Cisco U. Tutorial: BGP", "2026-01-12")
    counted = {i.id: i for i in one(sessions, CCNP, "2026-01-20").items}
    assert counted[again].duplicate_of == first
    assert counted[ospf].credits == counted[bgp].credits == 2  # a family of different items


def test_credits_by_state(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Course A", 10), ("Course B", 20), ("Course C", 30), ("Course*", 1))
        granted = add_item(session, "Course A", "2025-01-10", ItemStatus.earned, granted=12)
        fallback = add_item(session, "Course B", "2025-02-10", ItemStatus.earned)
        add_item(session, "Course C", "2025-03-10", ItemStatus.submitted)
        add_item(session, "Course D", "2025-04-10", ItemStatus.ready)
        add_item(session, "Course E", "2025-05-10", ItemStatus.pending)
        add_item(session, "Course C rejected", "2025-05-11", ItemStatus.rejected)
        outside = add_item(session, "Webinar", "2025-05-12", ItemStatus.earned, granted=3)
        nothing = add_item(session, "Webinar two", "2025-05-13", ItemStatus.earned)
        unknown = add_item(session, "Udemy Python", "2025-05-14", ItemStatus.pending)
    found = one(sessions, CCNP, "2025-05-20")
    assert (found.earned, found.submitted, found.ready, found.pending) == (12 + 20 + 3, 30, 1, 1)
    counted = {i.id: i for i in found.items}
    assert (counted[granted].expected, counted[granted].granted) == (10, 12)
    assert counted[fallback].credits == 20 and counted[fallback].granted is None
    assert counted[outside].credits == 3
    assert len(counted) == 8  # the rejected item is not there at all
    assert {i.id for i in found.not_in_catalog} == {nothing, unknown}
    assert all(i.note == "not in the catalog" and i.credits == 0 for i in found.not_in_catalog)


def test_undated_items_are_reported_not_counted(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Course", 10))
        item_id = add_item(session, "Course", "2025-01-10", ItemStatus.pending)
        get_item(session, item_id).end_date = None
    found = one(sessions, CCNP, "2025-02-01")
    assert found.items == () and found.undated == (item_id,)


# --- renewal paths -----------------------------------------------------------------------


def record_exams(sessions: sessionmaker[Session], *exams: tuple[str, ExamType, str]) -> None:
    with sessions() as session, session.begin():
        for name, exam_type, passed in exams:
            add_exam(
                session,
                name=name,
                exam_type=exam_type,
                passed_on=date.fromisoformat(passed),
                today=date(2026, 6, 1),
            )


def earned_credits(sessions: sessionmaker[Session], credits: float) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Course", credits))
        add_item(session, "Course", "2025-06-01", ItemStatus.earned)


CCIE = Certification("CCIE Enterprise Infrastructure", LEVEL.expert, date(2027, 3, 31))


def test_expert_with_credits_only(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 40)
    found = one(sessions, CCIE, "2026-06-01")
    assert not found.met and found.required == 120
    assert found.closest.path == RenewalPath(120)
    assert found.need == 80
    assert (
        found.summary
        == "need 80 more credits by 2027-03-31; ready and submitted items would cover 0"
    )


def test_expert_40_credits_and_a_technology_exam(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 40)
    record_exams(sessions, ("ENCOR 350-401", ExamType.technology, "2025-09-01"))
    found = one(sessions, CCIE, "2026-06-01")
    assert found.met
    assert found.closest.path.description == "40 CE credits + one technology exam"
    # Met on the day the exam was passed (the credits were earned before it).
    assert found.summary.startswith(
        "renewed on 2025-09-01 by 40 CE credits + one technology exam (item #1 and exam #1); "
        "the next period runs from 2025-09-01 to 2028-09-01"
    )


def test_expert_one_professional_exam_is_not_enough_with_40(
    sessions: sessionmaker[Session],
) -> None:
    earned_credits(sessions, 40)
    record_exams(sessions, ("ENARSI 300-410", ExamType.professional, "2025-09-01"))
    found = one(sessions, CCIE, "2026-06-01")
    assert not found.met
    by_path = {p.path.description: p for p in found.paths}
    two = by_path["40 CE credits + two professional exams"]
    assert two.credits_missing == 0
    assert two.exams_missing == ((ExamType.professional, 1),)
    eighty = by_path["80 CE credits + one professional exam"]
    assert eighty.credits_missing == 40 and eighty.exams_missing == ()
    assert found.closest is eighty  # credits are what ceinbox tracks: no exam missing wins
    assert found.summary.startswith("need 40 more credits by 2027-03-31")


def test_expert_two_professional_exams_or_80_and_one(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 40)
    record_exams(
        sessions,
        ("ENARSI 300-410", ExamType.professional, "2025-09-01"),
        ("ENSLD 300-420", ExamType.professional, "2026-01-15"),
    )
    found = one(sessions, CCIE, "2026-06-01")
    assert found.met
    assert found.closest.path.description == "40 CE credits + two professional exams"


def test_expert_80_credits_and_a_professional_exam(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 80)
    record_exams(sessions, ("ENARSI 300-410", ExamType.professional, "2025-09-01"))
    found = one(sessions, CCIE, "2026-06-01")
    assert found.met
    assert found.closest.path.description == "80 CE credits + one professional exam"


def test_exams_outside_the_period_do_not_count(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 40)
    record_exams(sessions, ("ENCOR 350-401", ExamType.technology, "2024-03-31"))
    found = one(sessions, CCIE, "2026-06-01")
    assert not found.met and found.exams == ()


def test_professional_40_credits_and_a_professional_exam(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 25)
    record_exams(sessions, ("ENARSI 300-410", ExamType.professional, "2025-09-01"))
    found = one(sessions, CCNP, "2026-06-01")
    assert found.closest.path == RenewalPath(40, ((ExamType.professional, 1),))
    assert found.need == 15 and found.required == 80


def test_a_path_says_what_it_misses(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 40)
    found = one(sessions, CCNP, "2026-06-01")
    eighty, with_exam = found.paths
    assert eighty.missing_text == "40 credits"
    assert with_exam.missing_text == "one professional exam"
    # An exam is a bigger step than credits: the CE-only path is the closest here.
    assert found.closest is eighty


# --- what is needed, due and alarming ----------------------------------------------------


@pytest.fixture
def history(sessions: sessionmaker[Session]) -> dict[str, int]:
    """A realistic period: 40 earned, 16 submitted, 8 ready (one late), a pending webinar."""
    with sessions() as session, session.begin():
        use_catalog(
            session,
            ("Implementing Cisco SD-WAN Solutions", 40),
            ("Cisco U. Tutorial*", 2),
            ("Understanding Cisco Network Automation Essentials", 16),
            ("Designing Cisco Enterprise Wireless Networks", 8),
            ("Cisco Live*", 4),
        )
        ids = {
            "sdwan": add_item(
                session,
                "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
                "2024-09-13",
                ItemStatus.earned,
                granted=40,
            ),
            "devnae": add_item(
                session,
                "Understanding Cisco Network Automation Essentials (DEVNAE)",
                "2026-10-20",
                ItemStatus.submitted,
            ),
            "ensld": add_item(
                session, "Designing Cisco Enterprise Wireless Networks", "2026-09-01"
            ),
            "late": add_item(session, "Cisco U. Tutorial: OSPF", "2026-08-01"),
            "live": add_item(
                session, "Cisco Live Amsterdam: BRKENS-2810", "2026-11-20", ItemStatus.pending
            ),
            "webinar": add_item(session, "Vendor webinar", "2026-11-01", ItemStatus.pending),
        }
    return ids


def test_progress_of_a_realistic_history(
    sessions: sessionmaker[Session], history: dict[str, int]
) -> None:
    found = one(sessions, CCNP, "2026-11-25")
    assert (found.earned, found.submitted, found.ready, found.pending) == (40, 16, 10, 4)
    assert found.on_the_way == 16 + 8  # the late tutorial is no longer on the way
    assert found.days_left == 126 and found.need == 40
    assert found.summary == (
        "need 40 more credits by 2027-03-31; ready and submitted items would cover 24 (2 ready "
        "credits are past their submission window, so they are not counted as on the way); "
        "4 more pending review"
    )
    assert [(d.id, d.submit_by.isoformat(), d.days_left) for d in found.due] == [
        (history["late"], "2026-10-30", -26),
        (history["ensld"], "2026-11-30", 5),
    ]
    assert [i.id for i in found.not_in_catalog] == [history["webinar"]]
    assert found.alerts == (
        f"item #{history['late']} should have been submitted by 2026-10-30 (26 days ago)",
    )


def test_an_expiry_within_90_days_without_enough_credits_is_an_alert(
    sessions: sessionmaker[Session],
) -> None:
    earned_credits(sessions, 70)
    soon = Certification("CCNP Enterprise", LEVEL.professional, date(2026, 8, 30))
    assert one(sessions, soon, "2026-05-31").alerts == ()  # 91 days
    assert one(sessions, soon, "2026-06-01").alerts == (
        "CCNP Enterprise expires in 90 days (2026-08-30) without enough credits earned or on "
        "the way",
    )
    assert one(sessions, soon, "2026-09-01").alerts == (
        "CCNP Enterprise expired on 2026-08-30 without enough credits earned or on the way",
    )


def test_credits_on_the_way_settle_an_expiry_alert(sessions: sessionmaker[Session]) -> None:
    earned_credits(sessions, 70)
    with sessions() as session, session.begin():
        use_catalog(session, ("Course", 70), ("Webinar", 10))
        add_item(session, "Webinar", "2026-05-20", ItemStatus.ready)
    soon = Certification("CCNP Enterprise", LEVEL.professional, date(2026, 8, 30))
    found = one(sessions, soon, "2026-06-15")
    assert found.covered and not found.met and found.alerts == ()
    with sessions() as session, session.begin():
        item_id = add_item(session, "Other", "2026-06-01")
        mark_submitted(session, item_id, actor="test")
    assert one(sessions, soon, "2026-06-15").alerts == ()


def test_json_holds_the_contract(sessions: sessionmaker[Session], history: dict[str, int]) -> None:
    data = progress_to_json(one(sessions, CCNP, "2026-11-25"))
    assert set(data) >= {
        "name",
        "level",
        "expires",
        "days_left",
        "required",
        "earned",
        "submitted",
        "ready",
        "pending",
        "due",
    }
    assert (data["name"], data["level"], data["expires"]) == (
        "CCNP Enterprise",
        "professional",
        "2027-03-31",
    )
    assert data["required"] == 80 and data["days_left"] == 126
    assert data["due"][0]["submit_by"] == "2026-10-30" and data["due"][0]["overdue"] is True


def test_no_certifications_no_progress(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        assert progress(renewal_facts(session), [], date(2026, 1, 1)) == []


# --- exams -------------------------------------------------------------------------------


def test_exams_are_recorded_listed_and_removed(sessions: sessionmaker[Session]) -> None:
    today = date(2026, 6, 1)
    with sessions() as session, session.begin():
        later = add_exam(
            session,
            name=" ENSLD  300-420 ",
            exam_type=ExamType.professional,
            passed_on=date(2026, 1, 15),
            today=today,
        )
        earlier = add_exam(
            session,
            name="ENCOR 350-401",
            exam_type=ExamType.technology,
            passed_on=date(2025, 9, 1),
            today=today,
        )
    assert later.name == "ENSLD 300-420"
    with sessions() as session, session.begin():
        assert list_exams(session) == (earlier, later)
        assert remove_exam(session, earlier.id) == earlier
        assert list_exams(session) == (later,)
        with pytest.raises(ExamNotFound, match=f"no exam #{earlier.id}"):
            remove_exam(session, earlier.id)


def test_an_exam_cannot_be_recorded_twice_or_in_the_future(
    sessions: sessionmaker[Session],
) -> None:
    today = date(2026, 6, 1)
    with sessions() as session, session.begin():
        add_exam(
            session,
            name="ENCOR 350-401",
            exam_type=ExamType.technology,
            passed_on=date(2025, 9, 1),
            today=today,
        )
        with pytest.raises(ExamError, match="already recorded as exam #1"):
            add_exam(
                session,
                name="encor 350-401",
                exam_type=ExamType.technology,
                passed_on=date(2025, 9, 1),
                today=today,
            )
        with pytest.raises(ExamError, match="in the future"):
            add_exam(
                session,
                name="ENARSI",
                exam_type=ExamType.professional,
                passed_on=date(2026, 6, 2),
                today=today,
            )
        with pytest.raises(ExamError, match="give the exam's name"):
            add_exam(
                session,
                name="  ",
                exam_type=ExamType.professional,
                passed_on=date(2026, 6, 1),
                today=today,
            )


# --- the export object -------------------------------------------------------------------


def test_item_to_json_carries_expected_credits_and_the_submit_by_date(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session, session.begin():
        use_catalog(session, ("Implementing Cisco SD-WAN Solutions", 40))
        matched = add_item(session, "Implementing Cisco SD-WAN Solutions v3", "2026-09-01")
        other = add_item(session, "Vendor webinar", "2026-10-01", ItemStatus.submitted)
    with sessions() as session:
        catalog = load_catalog(session)
        today = date(2026, 11, 25)
        data = item_to_json(get_item(session, matched), catalog=catalog, today=today)
        assert data["expected_credits"] == 40
        assert data["catalog_match"] == "Implementing Cisco SD-WAN Solutions"
        assert data["catalog_note"] is None
        assert (data["submit_by"], data["submit_flag"]) == ("2026-11-30", "due-soon")
        data = item_to_json(get_item(session, other), catalog=catalog, today=today)
        assert data["expected_credits"] is None and data["catalog_note"] == "not in the catalog"
        assert (data["submit_by"], data["submit_flag"]) == ("2026-12-30", None)
        bare = item_to_json(get_item(session, matched), today=today)
        assert bare["expected_credits"] is None and bare["catalog_note"] is None
        assert bare["submit_flag"] == "due-soon"


def test_catalog_values_apply_to_stored_items_as_soon_as_they_are_imported(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session, session.begin():
        item_id = add_item(session, "Cisco U. Tutorial: OSPF", "2026-07-01", ItemStatus.submitted)
    assert one(sessions, CCNP, "2026-08-01").submitted == 0
    with sessions() as session, session.begin():
        replace_catalog(
            session, [catalog_row("Cisco U. Tutorial*", 2, expires="2026-06-30")], source="t.csv"
        )
    found = one(sessions, CCNP, "2026-08-01")
    assert found.submitted == 0
    assert found.items[0].id == item_id
    assert found.items[0].note == (
        "not in the catalog (the offer 'Cisco U. Tutorial*' ended on 2026-06-30)"
    )
    with sessions() as session, session.begin():
        replace_catalog(session, [catalog_row("Cisco U. Tutorial*", 2)], source="t.csv")
    assert one(sessions, CCNP, "2026-08-01").submitted == 2
    assert Catalog().rows == ()


# --- configuration and schema ------------------------------------------------------------


def test_certifications_are_read_from_the_config(tmp_path: Path) -> None:
    settings = settings_from_mapping(
        {
            "certifications": [
                {"name": "CCNP Enterprise", "level": "professional", "expires": date(2027, 3, 31)},
                {"name": " CCIE ", "level": "Expert", "expires": "2028-02-29"},
            ]
        },
        base=tmp_path,
    )
    assert settings.certifications == (
        CCNP,
        Certification("CCIE", LEVEL.expert, date(2028, 2, 29)),
    )
    assert settings_from_mapping({}, base=tmp_path).certifications == ()


def test_the_inline_yaml_form_of_the_shipped_example_loads(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "certifications:\n  - {name: CCNP Enterprise, level: professional, expires: 2027-03-31}\n",
        encoding="utf-8",
    )
    assert load_settings(path).certifications == (CCNP,)


def test_an_impossible_unquoted_date_names_its_key(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "certifications:\n  - {name: CCNA, level: associate, expires: 2027-02-30}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"entry 1 \(CCNA\): 'expires' must be a date"):
        load_settings(path)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"name": "CCNA"}, "'certifications' must be a list"),
        (["CCNA"], "'certifications' entry 1 must be a mapping"),
        ([{"level": "associate", "expires": "2027-01-01"}], "entry 1: 'name' must be"),
        (
            [{"name": "CCNA", "level": "novice", "expires": "2027-01-01"}],
            "entry 1 (CCNA): 'level' must be one of associate, specialist, professional, expert",
        ),
        ([{"name": "CCNA", "level": "associate"}], "entry 1 (CCNA): 'expires' must be a date"),
        (
            [{"name": "CCNA", "level": "associate", "expires": "31/03/2027"}],
            "'expires' must be a date YYYY-MM-DD",
        ),
        (
            [{"name": "CCNA", "level": "associate", "expires": "2027-02-30"}],
            "'expires' must be a date YYYY-MM-DD",
        ),
        (
            [{"name": "CCNA", "level": "associate", "expires": "2027-01-01", "renews": 1}],
            "entry 1: unknown key 'renews'",
        ),
        (
            [
                {"name": "CCNA", "level": "associate", "expires": "2027-01-01"},
                {"name": "ccna", "level": "associate", "expires": "2028-01-01"},
            ],
            "entry 2: 'name' ccna is already entry 1",
        ),
    ],
)
def test_bad_certifications_are_one_line_naming_the_key(
    value: object, message: str, tmp_path: Path
) -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_mapping({"certifications": value}, base=tmp_path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_database_made_before_the_catalog_is_upgraded_in_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:  # an item as the first schema stored it
        connection.execute(
            text(
                "INSERT INTO documents (id, sha256, original_name, size, pages, archive_path,"
                " text, created_at) VALUES (1, :sha, 'old.pdf', 1, 1, '/archive/old.pdf', '',"
                " '2026-01-06 10:00:00')"
            ),
            {"sha": "f" * 64},
        )
        connection.execute(
            text(
                "INSERT INTO items (id, document_id, status, course_name, start_date, end_date,"
                " validation_code, learner_name, issuer, needs_review, problems, fields,"
                " created_at, updated_at) VALUES (1, 1, 'submitted', 'Course', '2026-01-05',"
                " '2026-01-05', 'CODE-OLD', 'Jane Q. Doe', 'Cisco Learning Partner', 0, '[]',"
                " '{}', '2026-01-06 10:00:00', '2026-01-06 10:00:00')"
            )
        )
    engine.dispose()
    item_id = 1
    sessions = open_database(url)
    try:
        with sessions() as session, session.begin():
            use_catalog(session, ("Course", 8))
        found = one(sessions, CCNP, "2026-02-01")
        assert found.submitted == 8 and found.items[0].id == item_id
    finally:
        sessions.kw["bind"].dispose()
