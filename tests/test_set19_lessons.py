"""What blind set 19 taught, each as a rule on a page drawn in code: a French title whose
guillemet opens at the end of the sentence's line, a range broken across lines that a labelled
end and the table's range agree on, and a CPE form's "Presentation" cell under the sentence
that names it."""

from __future__ import annotations

from pathlib import Path

from test_reading_rules import Placed, read, render_at, sure

SIGNED = "Je soussignée, Claire Vidal-Roux, responsable pédagogique de Cyberlis Formation,"
ATTESTS = "atteste que Madame Éloïse Garnier-Brun"
TITLE = "Sécurisation des accès distants avec SD-WAN"


def test_a_quote_that_opens_at_the_line_s_end_holds_the_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Attestation de fin de formation", 20, 110, 200),
        ("N° d'attestation : CYF-2025-07-1182", 9.5, 357, 257),
        (
            "Je soussignée, Claire Vidal-Roux, responsable pédagogique de Cyberlis Formation,",
            11,
            63,
            296,
        ),
        (
            "atteste que Madame Éloïse Garnier-Brun a suivi avec assiduité la formation «",
            11,
            63,
            314,
        ),
        (
            "Sécurisation des accès distants avec SD-WAN », dispensée en présentiel du 14",
            11,
            63,
            331,
        ),
        ("au 18 juillet 2025.", 11, 63, 349),
    ]
    result = read(render_at(tmp_path / "fr.pdf", lines))
    assert result.value("course_name") == "Sécurisation des accès distants avec SD-WAN"
    assert sure(result, "course_name")


def test_a_range_that_ends_on_the_chosen_end_date_gives_the_start(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Attestation de fin de formation", 20, 110, 200),
        (
            "atteste que Madame Éloïse Garnier-Brun a suivi la formation dispensée du 14",
            11,
            63,
            314,
        ),
        ("au 18 juillet 2025.", 11, 63, 332),
        ("Intitulé de la formation", 10.5, 72, 424),
        ("Sécurisation des accès distants avec SD-WAN", 10.5, 246, 424),
        ("Dates", 10.5, 72, 453),
        ("du 14 au 18 juillet 2025", 10.5, 246, 453),
    ]
    result = read(render_at(tmp_path / "range.pdf", lines))
    assert (result.value("start_date"), result.value("end_date")) == ("2025-07-14", "2025-07-18")
    assert not any(p.field == "start_date" for p in result.problems)


def test_a_form_s_presentation_cell_under_the_sentence_is_not_the_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("CPE Certificate of Attendance", 26, 209, 155),
        ("Delphine Okoro-Marsh", 22, 209, 236),
        ("attended the chapter meeting presentation", 11, 209, 270),
        ("Presentation", 10.5, 209, 313),
        ("Cloud Incident Response: Lessons from the Field", 10.5, 335, 313),
        ("Date", 10.5, 209, 366),
        ("January 16, 2025", 10.5, 335, 366),
        ("Certificate No.", 10.5, 209, 427),
        ("GLC-2501-0147", 10.5, 335, 427),
    ]
    result = read(render_at(tmp_path / "cpe.pdf", lines))
    assert result.value("course_name") == "Cloud Incident Response: Lessons from the Field"


def test_a_title_that_begins_with_presentation_is_still_a_title(tmp_path: Path) -> None:
    lines: list[Placed] = [
        ("Certificate of Completion", 26, 220, 120),
        ("Jane Q. Doe", 22, 300, 170),
        ("has successfully completed the course", 12, 280, 210),
        ("Presentation Skills for Network Engineers", 20, 200, 250),
        ("Completed on 2025-03-04", 12, 300, 300),
    ]
    result = read(render_at(tmp_path / "skills.pdf", lines))
    assert result.value("course_name") == "Presentation Skills for Network Engineers"
