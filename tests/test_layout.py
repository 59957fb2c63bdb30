"""Glyphs to lines on real PDFs: text drawn twice (fake bold, shadows) reads once."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pipeline.config import ExtractionLimits
from pipeline.extract.pdf import read_document


def _doubled_pdf(path: Path) -> Path:
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=30)
    for dx, dy in ((0.0, 0.0), (0.35, 0.25)):  # a shadow layer a fraction of a point off
        pdf.text(40 + dx, 60 + dy, "Routing Essentials")
    pdf.set_font("helvetica", size=9)
    pdf.set_char_spacing(-0.6)  # tight tracking: the two l's nearly touch, yet are two
    pdf.text(40, 100, "Skills Hall Committee")
    pdf.output(str(path))
    return path


def test_a_duplicated_text_layer_reads_once(tmp_path: Path) -> None:
    doc = read_document(_doubled_pdf(tmp_path / "doubled.pdf"), limits=ExtractionLimits())
    lines = [line.text for line in doc.lines()]
    assert "Routing Essentials" in lines
    assert "Skills Hall Committee" in lines
