"""Glyphs a font gives no character for: flagged where they could hide a value, not where
they are a ligature inside the certificate's own wording."""

from __future__ import annotations

from pathlib import Path

from glyph_maps import unmapped_glyph_pdf

from pipeline.config import ExtractionLimits
from pipeline.extract import extract_file
from pipeline.extract.layout import UNREADABLE
from pipeline.extract.model import ProblemKind
from pipeline.extract.profiles import load_profiles
from pipeline.extract.wording import unreadable_is_wording

PROFILES = load_profiles(None)


def _certificate(tmp_path: Path, learner: str, unmapped: str) -> Path:
    return unmapped_glyph_pdf(
        tmp_path / "lost-ligature.pdf",
        [
            ("Certificate of Completion", 120, 480, 30),
            ("Presented to", 120, 420, 14),
            (learner, 120, 385, 24),
            ("has successfully completed", 120, 350, 14),
            ("Routing Protocols Deep Dive", 120, 315, 20),
            ("Completion date: 12 March 2025", 120, 260, 12),
            ("Credential ID: RPD-2025-4471", 120, 240, 12),
        ],
        unmapped,
    )


def _extract(path: Path):  # type: ignore[no-untyped-def]
    return extract_file(path, profiles=PROFILES, limits=ExtractionLimits())


def test_a_lost_ligature_in_the_wording_does_not_flag(tmp_path: Path) -> None:
    # Only "f" is unmapped: it appears in "Certificate" alone, never in a value.
    result = _extract(_certificate(tmp_path, "Maria Lopez", "f"))
    assert UNREADABLE in result.text  # the reader really lost the glyph
    assert result.value("learner_name") == "Maria Lopez"
    assert result.value("course_name") == "Routing Protocols Deep Dive"
    assert result.value("validation_code") == "RPD-2025-4471"
    assert not result.needs_review, result.problems


def test_a_lost_glyph_in_a_value_flags(tmp_path: Path) -> None:
    result = _extract(_certificate(tmp_path, "Raffaele Conti", "f"))
    assert result.value("learner_name") != "Raffaele Conti"  # never read with a hole in it
    assert result.needs_review
    assert ProblemKind.NO_TEXT in {p.kind for p in result.problems}


def test_which_unreadable_glyphs_are_wording() -> None:
    u = UNREADABLE
    assert unreadable_is_wording(f"Certi{u}cate of Completion", u)
    assert unreadable_is_wording(f"Certi{u}cate expires February 1, 2027", u)
    assert not unreadable_is_wording(f"Jane Gri{u}n", u)
    assert not unreadable_is_wording(f"Certi{u}cate: Ra{u}aele Conti", u)
    assert not unreadable_is_wording(f"{u}{u}{u} {u}{u}", u)
