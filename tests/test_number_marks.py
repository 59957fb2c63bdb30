"""A certificate's noun and a number mark ("Attestato n. …", "Bescheinigung Nr. …") label its
code; a bare "Nr" before a code reads it, unsure (a number, but of what is unsaid), except
right under the certificate's heading, where such certificates print their number."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_reading_rules import Placed, read, render_at, sure


@pytest.mark.parametrize(
    ("heading", "printed", "code"),
    [
        ("ATTESTATO DI PARTECIPAZIONE", "Attestato n. CFIA-25-0412", "CFIA-25-0412"),
        ("TEILNAHMEBESCHEINIGUNG", "Bescheinigung Nr. TB-2025-1187", "TB-2025-1187"),
    ],
)
def test_the_certificate_s_noun_and_a_number_mark_label_its_code(
    heading: str, printed: str, code: str, tmp_path: Path
) -> None:
    lines: list[Placed] = [
        (heading, 26, 150, 110),
        (printed, 12, 380, 160),
        ("Giuseppina Lo Presti", 22, 200, 230),
        ("Sicurezza delle reti aziendali", 16, 180, 290),
        ("3 marzo 2025", 12, 250, 330),
    ]
    result = read(render_at(tmp_path / "n.pdf", lines))
    assert result.value("validation_code") == code
    assert sure(result, "validation_code")


def test_a_bare_nr_reads_its_code_for_a_person_to_check(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("ZAŚWIADCZENIE", 30, 200, 110),
        ("o ukończeniu szkolenia", 14, 230, 150),
        ("Michał Wiśniewski-Kot", 24, 190, 240),
        ("ukończył szkolenie pt.:", 14, 240, 290),
        ("Konfiguracja sieci SD-WAN", 18, 190, 315),
        ("w dniach 24-26 lutego 2025 r.", 14, 210, 350),
        ("Nr 47/SZK/2025", 10, 60, 520),  # in the footer: a number, but of what is unsaid
    ]
    result = read(render_at(tmp_path / "nr.pdf", lines))
    assert result.value("validation_code") == "47/SZK/2025"
    assert not sure(result, "validation_code")
    assert result.needs_review


def test_a_bare_nr_right_under_the_certificate_s_heading_is_its_number(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("ZAŚWIADCZENIE O UKOŃCZENIU", 20, 150, 110),
        ("SZKOLENIA", 20, 250, 133),
        ("Nr ZS/117/01/2025", 12, 255, 160),
        ("Bartłomiej Żółkiewski-Kędzior", 20, 160, 220),
        ("ukończył szkolenie", 12, 250, 255),
        ("Administracja systemami Linux", 15, 180, 280),
        ("w dniach 13–16 stycznia 2025 r.", 12, 200, 320),
    ]
    result = read(render_at(tmp_path / "heading.pdf", lines))
    assert result.value("validation_code") == "ZS/117/01/2025"
    assert sure(result, "validation_code")
