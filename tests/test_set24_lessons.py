"""What blind set 24 taught, each as a rule on a page drawn in code: the passive voice names
the course first and the learner after it, a letter's "Confirmation of course completion"
subject is no course, and days listed before a range ("7, 8 e 9 ottobre") start it."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Placed, read, render_at, sure


def test_the_passive_voice_names_the_course_then_the_learner(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("CENTRO DIDATTICO TIRRENO", 13, 292, 64),
        ("Attestato di partecipazione", 28, 229, 100),
        ("Si attesta che il corso", 13, 351, 148),
        ("Gestione avanzata delle reti SD-WAN", 20, 212, 170),
        ("è stato frequentato con profitto da", 13, 308, 198),
        ("Giulio Ferrandina", 22, 323, 221),
        ("nei giorni 7, 8 e 9 ottobre 2025 (durata complessiva 21 ore).", 12, 180, 253),
        ("Attestato n. CDT/2025/0412", 11, 65, 281),
    ]
    result = read(render_at(tmp_path / "passive.pdf", lines))
    assert result.value("course_name") == "Gestione avanzata delle reti SD-WAN"
    assert result.value("learner_name") == "Giulio Ferrandina"
    assert (result.value("start_date"), result.value("end_date")) == ("2025-10-07", "2025-10-09")


def test_a_letter_s_confirmation_subject_is_no_course(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Vantrel Security Training B.V.", 15, 60, 68),
        ("Rotterdam, 9 December 2025", 11, 405, 141),
        ("Subject: Confirmation of course completion", 12, 60, 200),
        ("To whom it may concern,", 12, 60, 241),
        ("This is to confirm that the course “Secure Email Gateway Administration”", 12, 60, 277),
        ("was completed by Mr. Desmond Achterberg on 2 December 2025. The course", 12, 60, 295),
        ("comprised lectures, guided labs and a final practical assessment.", 12, 60, 313),
        ("Certificate reference: SEG-25-1202-08", 11, 60, 381),
    ]
    result = read(render_at(tmp_path / "letter.pdf", lines))
    assert result.value("course_name") == "Secure Email Gateway Administration"
    assert sure(result, "course_name")
    assert result.value("learner_name") == "Desmond Achterberg"


def test_days_listed_before_a_two_day_range_start_it_and_nothing_else_does() -> None:
    from pipeline.extract.dates import find_dates

    def span(text: str) -> tuple[str, str] | None:
        found = find_dates(text)
        if not found or found[0].start is None or found[0].end is None:
            return None
        return (found[0].start.isoformat(), found[0].end.isoformat())

    assert span("nei giorni 7, 8 e 9 ottobre 2025") == ("2025-10-07", "2025-10-09")
    assert span("on 3, 4 and 5 June 2025") == ("2025-06-03", "2025-06-05")
    assert span("Room 5, 8 and 9 March 2025") == ("2025-03-08", "2025-03-09")  # a room
    assert span("Room 5, 8-9 March 2025") == ("2025-03-08", "2025-03-09")
    assert span("Kurs 0, 1 und 2 Mai 2025") == ("2025-05-01", "2025-05-02")
